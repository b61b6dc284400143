/* The kiln command line, as node's: kiln [options] [script.js | -e code |
 * -p code | -] [--] [arguments]. A client of the embedding API. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <uv.h>

#include "../include/kiln.h"

enum main_mode { MAIN_FILE, MAIN_EVAL, MAIN_STDIN, MAIN_REPL, MAIN_TEST };

/* Options that take a value, either as the next argument or after '='. */
static const char *const main_value_opts[] = {
    "-e", "--eval", "-p", "--print", "-r", "--require", "--import",
    "--unhandled-rejections", "--input-type", "--stack-trace-limit",
    "--title", "--conditions", "-C", "--max-old-space-size", "--stack-size",
    "--disable-warning", "--env-file", "--env-file-if-exists", "--redirect-warnings", "--trace-event-categories",
    "--experimental-loader", "--loader", "--dns-result-order", "--max-http-header-size",
    "--secure-heap", "--secure-heap-min", "--test-reporter", "--test-reporter-destination",
    "--test-name-pattern", "--test-skip-pattern", "--test-timeout", "--test-concurrency",
    "--watch-path", "--inspect-port", "--report-directory", "--report-filename",
    "--diagnostic-dir", "--heapsnapshot-signal", "--icu-data-dir", "--openssl-config",
    "--tls-cipher-list", "--tls-keylog", "--tls-min-v1.0", "--use-largepages", "--localstorage-file",
    "--network-family-autoselection-attempt-timeout", "--report-signal",
    NULL,
};

/* Flags kiln accepts. Many only matter to V8 or to Node's internals; kiln
 * takes them so that programs and tests written for node start, and lib/
 * reads the ones it honours from process.execArgv. */
static const char *const main_flags[] = {
    "--expose-gc", "--expose_gc", "--no-warnings", "--no-deprecation", "--throw-deprecation",
    "--trace-deprecation", "--trace-warnings", "--pending-deprecation", "--expose-internals",
    "--allow-natives-syntax", "--trace-uncaught", "--abort-on-uncaught-exception",
    "--preserve-symlinks", "--preserve-symlinks-main", "--no-addons", "--no-global-search-paths",
    "--enable-source-maps", "--frozen-intrinsics", "--jitless", "--zero-fill-buffers",
    "--no-force-async-hooks-checks", "--force-async-hooks-checks", "--trace-sync-io",
    "--insecure-http-parser", "--use-env-proxy", "--no-use-env-proxy", "--no-node-snapshot", "--expose-externalize-string",
    "--verify-base-objects", "--no-extra-info-on-fatal-exception", "--trace-exit",
    "--trace-sigint", "--disallow-code-generation-from-strings", "--abort_on_uncaught_exception",
    "--no-network-family-autoselection", "--network-family-autoselection",
    "--openssl-legacy-provider", "--openssl-shared-config", "--use-openssl-ca", "--use-bundled-ca",
    "--report-on-signal", "--report-uncaught-exception", "--report-on-fatalerror", "--report-compact",
    "--security-revert", "--test", "--test-only", "--test-force-exit", "--watch", "--inspect", "--inspect-brk", "--no-opt",
    "--no-concurrent-recompilation", "--predictable", "--stack-trace-on-illegal",
    "--no-harmony", "--interactive", "-i", "--require-module", "--no-require-module",
    "--warnings", "--deprecation", "--addons", "--global-search-paths",
    "--no-experimental-require-module", "--no-experimental-global-navigator",
    "--no-experimental-fetch", "--no-experimental-websocket", "--experimental-vm-modules",
    "--single-threaded", "--v8-options", "--completion-bash", "--gc-interval",
    "--max-semi-space-size", "--huge-max-old-generation-size", "--no-expose-wasm",
    "--disable-proto", "--async-context-frame", "--no-async-context-frame",
    "--entry-url", "--experimental-strip-types", "--no-experimental-strip-types",
    "--test-udp-no-try-send", "--report-exclude-network", "--report-exclude-env",
    "--experimental-transform-types", "--no-experimental-detect-module",
    "--experimental-detect-module",
    NULL,
};

/* Families of V8 and Node flags taken whole. */
static const char *const main_flag_prefixes[] = {
    "--experimental-", "--no-experimental-", "--harmony", "--max-old-space-size=",
    "--stack-size=", "--stack-trace-limit=", "--v8-pool-size=", "--uv-threadpool-size",
    "--max-semi-space-size=", "--disable-proto=", "--trace-", "--no-trace-", "--gc-",
    NULL,
};

static int main_in(const char *const *list, const char *s, size_t n) {
    for (; *list; list++)
        if (strlen(*list) == n && strncmp(*list, s, n) == 0)
            return 1;
    return 0;
}

static int main_pow2(long long n) {
    return n > 0 && (n & (n - 1)) == 0;
}

static int main_has_prefix(const char *s) {
    for (const char *const *p = main_flag_prefixes; *p; p++)
        if (strncmp(s, *p, strlen(*p)) == 0)
            return 1;
    return 0;
}

static void main_usage(void) {
    fputs("Usage: kiln [options] [ script.js ] [arguments]\n"
          "       kiln [options] -e \"script\" [arguments]\n"
          "       kiln [options] -p \"script\" [arguments]\n"
          "       kiln [options] - [arguments]     (script read from stdin)\n"
          "\n"
          "kiln runs JavaScript with the API of Node.js " "24" ", on JavaScriptCore and libuv.\n"
          "\n"
          "Options:\n"
          "  -                       script read from stdin (the default when stdin is not a terminal)\n"
          "  --                      end of options; the next argument is the script\n"
          "  -c, --check             check the script's syntax without running it\n"
          "  -e, --eval script       evaluate script\n"
          "  -p, --print script      evaluate script and print the result\n"
          "  -r, --require module    require module before the main script\n"
          "  -h, --help              print this help\n"
          "  -v, --version           print kiln's version\n"
          "  --no-warnings           silence process warnings\n"
          "  --stack-trace-limit=n   frames in error stacks\n"
          "\n"
          "Other options of node are accepted; see docs/cli.md for which have an effect.\n"
          "\n"
          "Environment variables:\n"
          "  NODE_PATH               ':'-separated directories searched by require()\n"
          "  KILN_LIB_DIR            read the builtin modules from this lib/ directory\n"
          "\n"
          "Documentation: README.md and docs/ in kiln's source tree.\n",
          stdout);
}

static char *main_read_stdin(size_t *len) {
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);
    if (!buf)
        return NULL;
    for (;;) {
        if (n == cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) {
                free(buf);
                return NULL;
            }
            buf = nb;
        }
        ssize_t k = read(0, buf + n, cap - n);
        if (k < 0) {
            free(buf);
            return NULL;
        }
        if (k == 0)
            break;
        n += (size_t)k;
    }
    *len = n;
    return buf;
}

int main(int argc, char **argv) {
    /* Descriptors 0-2 closed by whoever started kiln are opened on
     * /dev/null, as Node does: otherwise the first files or sockets opened
     * would become "stdout", and libuv's own descriptors would land there. */
    for (int fd = 0; fd <= 2; fd++) {
        if (fcntl(fd, F_GETFD) == -1 && errno == EBADF) {
            int nfd = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
            if (nfd != fd) { /* the lowest free descriptor must be this one */
                fprintf(stderr, "kiln: cannot open /dev/null as descriptor %d\n", fd);
                return 1;
            }
        }
    }
    /* Signals the parent left ignored take their default action again, as
     * in Node: a program started in the background by a script (whose
     * shell ignores SIGINT there) still stops on SIGINT. Handlers set by
     * an embedder or a preloaded library are left alone, and so are the
     * real-time signals and the signal mask, as Node leaves them (the
     * engine suspends threads with a signal of its own; one still pending
     * from a program that exec'd this one must not be unblocked into its
     * default action). */
    for (int sig = 1; sig < 32; sig++) {
        struct sigaction old;
        if (sig == SIGKILL || sig == SIGSTOP || sigaction(sig, NULL, &old) != 0 || old.sa_handler != SIG_IGN)
            continue;
        struct sigaction dfl;
        memset(&dfl, 0, sizeof dfl);
        dfl.sa_handler = SIG_DFL;
        sigaction(sig, &dfl, NULL);
    }
    /* A write to a closed pipe is an EPIPE error, not death by signal. */
    signal(SIGPIPE, SIG_IGN);
    /* So is a write past the file size limit (EFBIG), as in Node. */
    signal(SIGXFSZ, SIG_IGN);
    /* libuv keeps argv's memory to rewrite for process.title; the copy it
     * returns is ours to use. */
    argv = uv_setup_args(argc, argv);

    const char *prog = argv[0];
    const char *eval = NULL;
    int print = 0, check = 0;
    long long secure_heap = 0, secure_heap_min = 2;
    char **exec_argv = calloc((size_t)argc + 1, sizeof *exec_argv);
    int exec_argc = 0;
    if (!exec_argv)
        return 1;

    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (a[0] != '-' || strcmp(a, "-") == 0)
            break;
        const char *eq = strchr(a, '=');
        size_t name_len = eq && a[1] == '-' ? (size_t)(eq - a) : strlen(a);
        if (strcmp(a, "-v") == 0 || strcmp(a, "--version") == 0) {
            printf("v%s\n", KILN_VERSION);
            free(exec_argv);
            return 0;
        }
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            main_usage();
            free(exec_argv);
            return 0;
        }
        if (strcmp(a, "-c") == 0 || strcmp(a, "--check") == 0) {
            check = 1;
            exec_argv[exec_argc++] = argv[i];
            continue;
        }
        /* -p and --print take the next argument as their code unless there
         * is none or it is an option (or "--", or "-" for stdin), as in
         * Node: then the code comes from stdin (or a file), and its value
         * is printed. */
        if ((strcmp(a, "-p") == 0 || strcmp(a, "--print") == 0) && (i + 1 >= argc || argv[i + 1][0] == '-')) {
            print = 1;
            exec_argv[exec_argc++] = argv[i];
            continue;
        }
        /* "-pe code" is -p with -e's value. */
        int is_pe = strcmp(a, "-pe") == 0 || strcmp(a, "-ep") == 0;
        if (is_pe || main_in(main_value_opts, a, name_len)) {
            const char *value;
            exec_argv[exec_argc++] = argv[i];
            if (eq && a[1] == '-') {
                value = eq + 1;
            } else if (i + 1 < argc) {
                value = argv[++i];
                exec_argv[exec_argc++] = argv[i];
            } else {
                fprintf(stderr, "%s: %.*s requires an argument\n", prog, (int)name_len, a);
                free(exec_argv);
                return 9;
            }
            if (!strncmp(a, "--secure-heap", name_len))
                secure_heap = strtoll(value, NULL, 10);
            else if (!strncmp(a, "--secure-heap-min", name_len))
                secure_heap_min = strtoll(value, NULL, 10);
            if (!strncmp(a, "--unhandled-rejections", name_len) && strcmp(value, "throw") &&
                strcmp(value, "strict") && strcmp(value, "warn") && strcmp(value, "none") &&
                strcmp(value, "warn-with-error-code")) {
                fprintf(stderr, "%s: invalid value for --unhandled-rejections\n", prog);
                free(exec_argv);
                return 9;
            }
            if (is_pe) {
                eval = value;
                print = 1;
            } else if (!strncmp(a, "-e", name_len) || !strncmp(a, "--eval", name_len)) {
                eval = value;
            } else if (!strncmp(a, "-p", name_len) || !strncmp(a, "--print", name_len)) {
                eval = value;
                print = 1;
            }
            continue;
        }
        if (main_in(main_flags, a, name_len) || main_has_prefix(a) ||
            (strncmp(a, "--no-", 5) == 0 && main_in(main_flags, a + 3, strlen(a + 3)))) {
            exec_argv[exec_argc++] = argv[i];
            continue;
        }
        fprintf(stderr, "%s: bad option: %s\n", prog, a);
        free(exec_argv);
        return 9;
    }

    /* OpenSSL's secure heap takes powers of two, checked as Node does
     * when there is a heap: its smallest block is at least 2 and at most
     * the heap (lib/internal/process/setup.js does the same). A negative
     * size is refused here, where Node leaves it to OpenSSL's assertion. */
    if (secure_heap >= 2 || secure_heap < 0) {
        long long min = secure_heap_min < 2 ? 2 : secure_heap_min;
        if (min > secure_heap)
            min = secure_heap;
        int bad_heap = !main_pow2(secure_heap), bad_min = secure_heap > 0 && !main_pow2(min);
        if (bad_heap)
            fprintf(stderr, "%s: --secure-heap must be a power of 2\n", prog);
        if (bad_min)
            fprintf(stderr, "%s: --secure-heap-min must be a power of 2\n", prog);
        if (bad_heap || bad_min) {
            free(exec_argv);
            return 9;
        }
    }

    /* What runs, and process.argv: [execPath, script?, ...args]. */
    enum main_mode mode;
    const char *script = NULL;
    int test = 0;
    for (int k = 0; k < exec_argc; k++)
        if (strcmp(exec_argv[k], "--test") == 0)
            test = 1;
    if (eval) {
        mode = MAIN_EVAL;
    } else if (test && !check) {
        mode = MAIN_TEST; /* the arguments are test files or patterns */
    } else if (i < argc && strcmp(argv[i], "-") != 0) {
        mode = MAIN_FILE;
        script = argv[i++];
    } else if (i < argc || !isatty(0) || check) {
        mode = MAIN_STDIN;
        if (i < argc)
            script = argv[i++]; /* "-" shows in process.argv */
    } else {
        mode = MAIN_REPL;
    }

    char **pargv = calloc((size_t)argc + 2, sizeof *pargv);
    if (!pargv)
        return 1;
    int pargc = 0;
    pargv[pargc++] = argv[0];
    if (script)
        pargv[pargc++] = (char *)script;
    while (i < argc)
        pargv[pargc++] = argv[i++];

    kiln_options opts = {
        .argc = pargc, .argv = pargv, .exec_argc = exec_argc, .exec_argv = exec_argv,
        .argv0 = argv[0],
    };
    kiln_runtime *rt = kiln_create(&opts);
    if (!rt) {
        fprintf(stderr, "%s: cannot start the JavaScript engine\n", prog);
        return 1;
    }

    int code = 0;
    if (mode == MAIN_FILE && check) {
        code = kiln_check_file(rt, script);
    } else if (mode == MAIN_FILE) {
        kiln_run_file(rt, script);
    } else if (mode == MAIN_EVAL) {
        kiln_run_string(rt, eval, strlen(eval), "[eval]", print);
    } else if (mode == MAIN_TEST) {
        kiln_run_tests(rt);
    } else if (mode == MAIN_STDIN) {
        size_t len = 0;
        char *src = main_read_stdin(&len);
        if (!src) {
            perror("kiln: reading the script from stdin");
            return 1;
        }
        if (check)
            code = kiln_check_string(rt, src, len, "[stdin]");
        else
            kiln_run_string(rt, src, len, "[stdin]", print);
        free(src);
    } else {
        fprintf(stderr, "%s: the interactive REPL is not available yet; "
                        "run a file, -e code, or pipe a script on stdin\n", prog);
        return 9;
    }
    if (!check)
        code = kiln_run_loop(rt);
    /* A process about to end need not tear down the engine's heap, as
     * Node does not: that is a few percent of a short program's run.
     * KILN_DESTROY=1 does it anyway (leak checks); examples/embed.c shows
     * the embedder's way, which always does. */
    const char *destroy = getenv("KILN_DESTROY");
    if (destroy && *destroy && strcmp(destroy, "0") != 0) {
        kiln_destroy(rt);
        free(pargv);
        free(exec_argv);
        return code;
    }
    fflush(stdout);
    fflush(stderr);
    exit(code);
}
