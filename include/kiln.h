/* kiln: a JavaScript runtime with Node's API, on JavaScriptCore and libuv.
 *
 * The embedding API. A program creates a runtime, runs a file or a string in
 * it, runs the event loop to completion, reads the exit code and frees it.
 * The kiln command line (src/main.c) is one client of this API.
 *
 *     kiln_options o = { .argc = argc, .argv = argv };
 *     kiln_runtime *rt = kiln_create(&o);
 *     kiln_run_file(rt, "app.js");
 *     int code = kiln_run_loop(rt);
 *     kiln_destroy(rt);
 *
 * A runtime belongs to the thread that created it. process.exit() from
 * JavaScript ends the whole process, as it does in Node.
 */
#ifndef KILN_H
#define KILN_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define KILN_VERSION "0.1.0"

typedef struct kiln_runtime kiln_runtime;

typedef struct kiln_options {
    /* process.argv as the script sees it: argv[0] is the program (made
     * absolute for process.execPath), the script and its arguments follow. */
    int argc;
    char **argv;
    /* Runtime options that came before the script (process.execArgv). */
    int exec_argc;
    char **exec_argv;
    /* process.argv0: the program name as typed; argv[0] when NULL. */
    const char *argv0;
} kiln_options;

/* Creates a runtime: one JavaScript global context and one event loop.
 * Returns NULL only if the engine or the loop cannot be initialised. */
kiln_runtime *kiln_create(const kiln_options *opts);

/* Loads path as the main CommonJS module (require.main). An exception that
 * escapes is reported as Node reports it; the result is the exit code so far
 * (0 while nothing failed). */
int kiln_run_file(kiln_runtime *rt, const char *path);

/* Evaluates code as `node -e` does (name is the script's file name in stack
 * traces, "[eval]" when NULL); with print non-zero the completion value is
 * printed as `node -p` does. Returns the exit code so far. */
int kiln_run_string(kiln_runtime *rt, const char *code, size_t len,
                    const char *name, int print);

/* Checks the syntax of a file without running it (`node --check`). Returns
 * 0, or 1 after printing the syntax error. */
int kiln_check_file(kiln_runtime *rt, const char *path);
int kiln_check_string(kiln_runtime *rt, const char *code, size_t len, const char *name);

/* `kiln --test`: runs the test files that process.argv names (patterns or
 * paths; Node's default set when none), each in its own process, and
 * reports them; the exit code is 1 when a test failed. Run the loop after. */
int kiln_run_tests(kiln_runtime *rt);

/* Runs the event loop until nothing keeps it alive, with 'beforeExit' and
 * 'exit' as in Node. Returns the process exit code. */
int kiln_run_loop(kiln_runtime *rt);

/* The exit code as it stands (process.exitCode, or 1 after an uncaught
 * exception). */
int kiln_exit_code(kiln_runtime *rt);

/* Closes every handle the runtime holds and frees it. */
void kiln_destroy(kiln_runtime *rt);

#ifdef __cplusplus
}
#endif

#endif
