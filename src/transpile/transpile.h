/* kiln's ES-module front end: turns the text of an ES module into the
 * generator function docs/esm.md describes, and answers the questions the
 * CommonJS loader asks of a script (its dynamic import() calls, its
 * statically visible exports, whether it is module syntax).
 *
 * Plain C, no engine and no libuv: UTF-8 in, UTF-8 out. Every function
 * takes any bytes (not only valid JavaScript, not only valid UTF-8) and
 * never reads outside them. Results are malloc'd; release them with
 * transpile_result_free. Memory exhaustion aborts. */
#ifndef KILN_TRANSPILE_H
#define KILN_TRANSPILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct {
    char *code;      /* the generated text (NUL-terminated), or NULL */
    size_t code_len;
    char *meta;      /* JSON (NUL-terminated), or NULL */
    size_t meta_len;
    char *error;     /* a SyntaxError message in V8's words, or NULL */
    uint32_t line;   /* of the error: 1-based */
    uint32_t column; /* 0-based, in UTF-16 code units */
    uint32_t offset; /* byte offset of the error */
} transpile_result;

/* The module as a generator function expression (code) and its metadata
 * JSON (meta), docs/esm.md. Returns 0, or -1 with error/line/column set. */
int transpile_module(const char *src, size_t len, transpile_result *out);

/* A script (CommonJS, -e, the REPL) with each dynamic import(...) call
 * renamed to _$kiln_import(...). Returns 0 with code NULL when the script
 * has none; -1 never (a script the scanner cannot follow is left alone). */
int transpile_script(const char *src, size_t len, transpile_result *out);

/* The names a CommonJS module visibly exports, as Node's cjs-module-lexer
 * finds them: meta = {"exports":[...],"reexports":[...]}. Returns 0. */
int transpile_cjs_exports(const char *src, size_t len, transpile_result *out);

/* True when the source has a top-level import or export declaration or
 * import.meta: Node's detection of module syntax in an ambiguous .js file. */
bool transpile_contains_module_syntax(const char *src, size_t len);

/* A script with its `using` and `await using` declarations lowered to
 * try/finally around a disposal stack made by _$kiln_using() (a function
 * the caller provides, lib/internal/disposable.js), and its dynamic
 * import(...) calls renamed as transpile_script does. Lines are kept; with
 * TRANSPILE_FUNCTION_BODY (the body of the CommonJS wrapper) `return` is
 * allowed, `using` may declare at the top level, and the code gains one
 * line at its end; with TRANSPILE_ASYNC as well, the body is an async
 * function's (Node's detection of top-level await). The parse is of
 * sloppy code (the engine judges the result). Returns 0, or -1 with error/line/column set. */
#define TRANSPILE_FUNCTION_BODY 1
#define TRANSPILE_ASYNC 2 /* the body of an async function: await allowed */
int transpile_using(const char *src, size_t len, int flags, transpile_result *out);

void transpile_result_free(transpile_result *r);

#endif
