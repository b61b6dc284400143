/* libFuzzer target for src/transpile: any bytes through the module
 * transpiler, the `using` lowering of scripts and the three script
 * scanners. What must hold: no crash, no read outside the input, no hang;
 * a transformed module keeps every line break of its source (the
 * generated text has exactly one more LF, the one before the closing
 * `})`), starts with the generator's header and
 * parses again as module code; the metadata is a JSON object; an error
 * has a message and a line. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "transpile/transpile.h"

#define FUZZ_CHECK(c)                                                      \
    do {                                                                   \
        if (!(c))                                                          \
            abort();                                                       \
    } while (0)

static size_t fuzz_count(const char *s, size_t n, char c) {
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += s[i] == c;
    return k;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len) {
    if (len > 65536)
        return 0;
    /* An exact-size copy, so a read past the end is caught by ASan. */
    char *src = malloc(len ? len : 1);
    if (len)
        memcpy(src, data, len);
    transpile_result r;
    if (transpile_module(src, len, &r) == 0) {
        FUZZ_CHECK(r.code && r.meta && !r.error);
        FUZZ_CHECK(strncmp(r.code, "(function* (_$kiln_m) {", 23) == 0 ||
                   strncmp(r.code, "(async function* (_$kiln_m) {", 29) == 0);
        FUZZ_CHECK(fuzz_count(r.code, r.code_len, '\n') == fuzz_count(src, len, '\n') + 1);
        FUZZ_CHECK(fuzz_count(r.code, r.code_len, '\r') == fuzz_count(src, len, '\r'));
        FUZZ_CHECK(r.meta[0] == '{' && r.meta[r.meta_len - 1] == '}');
        FUZZ_CHECK(strlen(r.code) <= r.code_len);
        /* The result is itself valid module code (a function expression
         * whose body is the module without its import and export
         * declarations): a rewrite that broke the syntax fails here. */
        transpile_result again;
        if (transpile_module(r.code, r.code_len, &again) != 0) {
            fprintf(stderr, "generated code does not parse: %s at %u:%u\n%s\n", again.error, again.line,
                    again.column, r.code);
            abort();
        }
        transpile_result_free(&again);
    } else {
        FUZZ_CHECK(r.error && r.error[0] && r.line >= 1 && !r.code && !r.meta);
        FUZZ_CHECK(r.offset <= len);
    }
    transpile_result_free(&r);

    /* The `using` lowering of scripts: lines kept (one more at the end of
     * a CommonJS body with top-level declarations), and the result parses
     * again as a script. */
    static const int using_flags[] = {0, TRANSPILE_FUNCTION_BODY, TRANSPILE_FUNCTION_BODY | TRANSPILE_ASYNC};
    for (size_t k = 0; k < sizeof using_flags / sizeof *using_flags; k++) {
        int flags = using_flags[k];
        if (transpile_using(src, len, flags, &r) == 0) {
            FUZZ_CHECK(r.code && !r.error);
            size_t added = fuzz_count(r.code, r.code_len, '\n') - fuzz_count(src, len, '\n');
            FUZZ_CHECK(added == 0 || (added == 1 && flags));
            transpile_result again;
            if (transpile_using(r.code, r.code_len, flags, &again) != 0) {
                fprintf(stderr, "lowered script does not parse: %s at %u:%u\n%s\n", again.error, again.line,
                        again.column, r.code);
                abort();
            }
            transpile_result_free(&again);
        } else {
            FUZZ_CHECK(r.error && r.error[0] && r.line >= 1 && !r.code);
        }
        transpile_result_free(&r);
    }

    FUZZ_CHECK(transpile_script(src, len, &r) == 0);
    if (r.code)
        FUZZ_CHECK(fuzz_count(r.code, r.code_len, '\n') == fuzz_count(src, len, '\n'));
    transpile_result_free(&r);

    FUZZ_CHECK(transpile_cjs_exports(src, len, &r) == 0);
    FUZZ_CHECK(r.meta && strncmp(r.meta, "{\"exports\":[", 12) == 0);
    transpile_result_free(&r);

    (void)transpile_contains_module_syntax(src, len);
    free(src);
    return 0;
}
