/* Embeds every lib/ .js file into the binary: js2c OUT.c LIBDIR FILE... writes a C
 * file defining runtime_builtins[], one entry per file, its id the path
 * under LIBDIR without ".js". Sources must be ASCII (write \u escapes), so
 * the runtime can hand them to the engine as 8-bit text without decoding.
 *
 * All sources are one array, in the order of the command line (the
 * Makefile puts the modules every start runs first), after all the ids:
 * the pages a start touches are then a few contiguous ones, not one or two
 * in each of many 64 KiB windows the kernel maps around a fault. It also
 * writes runtime_builtins_public[], the indices of the public top-level
 * modules.
 *
 * `--program N` stores the first N modules (the ones every start runs) as
 * programs rather than functions: the engine parses a function expression
 * twice (a syntax check when the script that contains it is evaluated, a
 * full parse at the first call), a program's top-level code once, which
 * saves about 27 instructions per byte (docs/startup.md). Such a module's
 * code runs in a block of its own, its six parameters read from `this`
 * (the runtime evaluates it with the array of them as this), so it must
 * not use top-level `var`, `return`, `this` or `arguments`. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/builtin_wrap.h"

/* Builtins are parsed on every start, at a few tens of MB/s, so their
 * comments and indentation are dropped here: about a third of the bytes.
 * Every newline is kept, so line numbers in stack traces stay the source's.
 * The lexer knows strings, template literals (with nested ${}), comments
 * and regular expression literals (a '/' where an expression may start). */
enum { JS2C_CODE, JS2C_SQ, JS2C_DQ, JS2C_TEMPLATE, JS2C_REGEX, JS2C_REGEX_CLASS };

static int js2c_regex_allowed(const char *out, size_t n) {
    size_t i = n;
    while (i > 0 && (out[i - 1] == ' ' || out[i - 1] == '\t' || out[i - 1] == '\n'))
        i--;
    if (i == 0)
        return 1;
    char c = out[i - 1];
    if (strchr("(,=:[!&|?{};+-*%<>~^", c))
        return 1;
    if (c == '_' || c == '$' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        size_t e = i;
        while (i > 0 && (out[i - 1] == '_' || out[i - 1] == '$' || (out[i - 1] >= 'a' && out[i - 1] <= 'z') ||
                         (out[i - 1] >= 'A' && out[i - 1] <= 'Z') || (out[i - 1] >= '0' && out[i - 1] <= '9')))
            i--;
        static const char *const words[] = {"return", "typeof", "case", "do", "else", "in", "of", "new",
                                            "delete", "void", "throw", "instanceof", "yield", "await", NULL};
        for (const char *const *w = words; *w; w++)
            if (strlen(*w) == e - i && strncmp(out + i, *w, e - i) == 0)
                return 1;
    }
    return 0;
}

/* Strips src (len bytes) into a new buffer; returns its length, or -1 when
 * the lexer ends inside a string, comment or template (a bug to report). */
static long js2c_strip(const char *src, size_t len, char **result) {
    char *out = malloc(len + 1);
    if (!out)
        return -1;
    size_t n = 0;
    int state = JS2C_CODE;
    char stack[256]; /* 'b' for a '{' of code, 't' for a template's "${" */
    int sp = 0;
    int line_start = 1;
    for (size_t i = 0; i < len; i++) {
        char c = src[i];
        char next = i + 1 < len ? src[i + 1] : 0;
        switch (state) {
        case JS2C_CODE:
            if (line_start && (c == ' ' || c == '\t'))
                continue;
            line_start = 0;
            if (c == '/' && next == '/') {
                while (i + 1 < len && src[i + 1] != '\n')
                    i++;
                continue;
            }
            if (c == '/' && next == '*') {
                int newline = 0;
                for (i += 2; i + 1 < len && !(src[i] == '*' && src[i + 1] == '/'); i++)
                    if (src[i] == '\n') {
                        out[n++] = '\n';
                        newline = 1;
                    }
                if (i + 1 >= len)
                    goto fail;
                i++;
                if (!newline)
                    out[n++] = ' ';
                line_start = newline;
                continue;
            }
            if (c == '/' && js2c_regex_allowed(out, n))
                state = JS2C_REGEX;
            else if (c == '\'')
                state = JS2C_SQ;
            else if (c == '"')
                state = JS2C_DQ;
            else if (c == '`')
                state = JS2C_TEMPLATE;
            else if (c == '{') {
                if (sp == (int)sizeof stack)
                    goto fail;
                stack[sp++] = 'b';
            } else if (c == '}') {
                if (sp > 0 && stack[--sp] == 't')
                    state = JS2C_TEMPLATE;
            } else if (c == '\n')
                line_start = 1;
            out[n++] = c;
            break;
        case JS2C_SQ:
        case JS2C_DQ:
            out[n++] = c;
            if (c == '\\' && i + 1 < len)
                out[n++] = src[++i];
            else if (c == (state == JS2C_SQ ? '\'' : '"'))
                state = JS2C_CODE;
            else if (c == '\n')
                goto fail;
            break;
        case JS2C_TEMPLATE:
            out[n++] = c;
            if (c == '\\' && i + 1 < len) {
                out[n++] = src[++i];
            } else if (c == '`') {
                state = JS2C_CODE;
            } else if (c == '$' && next == '{') {
                out[n++] = src[++i];
                if (sp == (int)sizeof stack)
                    goto fail;
                stack[sp++] = 't';
                state = JS2C_CODE;
            }
            break;
        case JS2C_REGEX:
        case JS2C_REGEX_CLASS:
            out[n++] = c;
            if (c == '\\' && i + 1 < len)
                out[n++] = src[++i];
            else if (c == '[')
                state = JS2C_REGEX_CLASS;
            else if (c == ']' && state == JS2C_REGEX_CLASS)
                state = JS2C_REGEX;
            else if (c == '/' && state == JS2C_REGEX)
                state = JS2C_CODE;
            else if (c == '\n')
                goto fail;
            break;
        }
    }
    if (state != JS2C_CODE || sp != 0)
        goto fail;
    out[n] = 0;
    *result = out;
    return (long)n;
fail:
    free(out);
    return -1;
}

static int js2c_emit(FILE *out, const char *path, int program, size_t *text_len) {
    FILE *in = fopen(path, "rb");
    if (!in) {
        perror(path);
        return -1;
    }
    size_t cap = 1 << 16, len = 0, k;
    char *src = malloc(cap);
    while (src && (k = fread(src + len, 1, cap - len, in)) > 0) {
        len += k;
        if (len == cap)
            src = realloc(src, cap *= 2);
    }
    fclose(in);
    if (!src) {
        fprintf(stderr, "js2c: out of memory\n");
        return -1;
    }
    int line = 1;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)src[i];
        if (c == '\n')
            line++;
        if (c >= 0x80 || c == 0) {
            fprintf(stderr, "%s:%d: non-ASCII byte 0x%02x: builtins must be ASCII\n", path, line, c);
            free(src);
            return -1;
        }
    }
    char *code;
    long n = js2c_strip(src, len, &code);
    free(src);
    if (n < 0) {
        fprintf(stderr, "%s: js2c could not follow this file's strings and comments\n", path);
        return -1;
    }
    /* A module's source is stored already wrapped, so the runtime hands it
     * to the engine without converting or copying it. The wrapper opens on
     * the first line, so line numbers stay the file's. Each source ends
     * with a NUL (the engine is given the length; the NUL lets the fallback
     * path read it as a C string). */
    int is_script = strstr(path, "internal/bootstrap.js") != NULL;
    static const char func_head[] = BUILTIN_FUNCTION_HEAD;
    static const char func_tail[] = BUILTIN_FUNCTION_TAIL;
    static const char prog_head[] = BUILTIN_PROGRAM_HEAD;
    static const char prog_tail[] = BUILTIN_PROGRAM_TAIL;
    const char *head = is_script ? "" : program ? prog_head : func_head;
    const char *tail = is_script ? "" : program ? prog_tail : func_tail;
    fprintf(out, "/* %s */\n\"%s", path, head);
    for (long i = 0; i < n; i++) {
        unsigned char c = (unsigned char)code[i];
        if (c == '\n')
            fputs("\\n\"\n\"", out);
        else if (c == '\\' || c == '"')
            fprintf(out, "\\%c", c);
        else if (c == '?')
            fputs("\\?", out); /* no trigraphs */
        else if (c < 0x20)
            fprintf(out, "\\%03o", c);
        else
            fputc(c, out);
    }
    /* The tail, escaped as the text is (it holds a newline). */
    for (const char *t = tail; *t; t++) {
        if (*t == '\n')
            fputs("\\n", out);
        else
            fputc(*t, out);
    }
    fputs("\\0\"\n", out);
    *text_len = (size_t)n + strlen(head) + strlen(tail);
    free(code);
    return 0;
}

/* The id of lib file `p`: its path under libdir without ".js"; sets *n. */
static const char *js2c_id(const char *p, const char *libdir, size_t prefix, size_t *n) {
    if (strncmp(p, libdir, prefix) == 0 && p[prefix] == '/')
        p += prefix + 1;
    *n = strlen(p);
    if (*n > 3 && strcmp(p + *n - 3, ".js") == 0)
        *n -= 3;
    return p;
}

int main(int argc, char **argv) {
    size_t programs = 0;
    if (argc > 4 && strcmp(argv[3], "--program") == 0) {
        programs = strtoul(argv[4], NULL, 10);
        for (int i = 5; i <= argc; i++)
            argv[i - 2] = argv[i];
        argc -= 2;
    }
    if (argc < 3) {
        fprintf(stderr, "usage: js2c OUT.c LIBDIR [--program N] FILE...\n");
        return 2;
    }
    const char *libdir = argv[2];
    size_t prefix = strlen(libdir);
    FILE *out = fopen(argv[1], "w");
    if (!out) {
        perror(argv[1]);
        return 1;
    }
    size_t count = (size_t)(argc - 3);
    size_t *lens = calloc(count ? count : 1, sizeof *lens);
    if (!lens) {
        fprintf(stderr, "js2c: out of memory\n");
        return 1;
    }
    /* The ids come first in the same array, next to the boot modules:
     * every start looks ids up, and as separate string literals they would
     * sit after all the text, in a 64 KiB window of their own. */
    fputs("/* Generated by tools/js2c from lib/. Do not edit. */\n"
          "#include \"runtime.h\"\n\n"
          "static const char js2c_text[] =\n", out);
    size_t ids_len = 0;
    for (size_t i = 0; i < count; i++) {
        size_t n;
        const char *id = js2c_id(argv[i + 3], libdir, prefix, &n);
        fprintf(out, "\"%.*s\\0\"\n", (int)n, id);
        ids_len += n + 1;
    }
    for (size_t i = 0; i < count; i++)
        if (js2c_emit(out, argv[i + 3], i < programs, &lens[i]) != 0) {
            fclose(out);
            remove(argv[1]);
            return 1;
        }
    fputs(";\n\nconst runtime_builtin_t runtime_builtins[] = {\n", out);
    size_t id_at = 0, offset = ids_len;
    for (size_t i = 0; i < count; i++) {
        size_t n;
        js2c_id(argv[i + 3], libdir, prefix, &n);
        int program = i < programs && !strstr(argv[i + 3], "internal/bootstrap.js");
        fprintf(out, "    {js2c_text + %zu, js2c_text + %zu, %zu, %d},\n", id_at, offset, lens[i], program);
        id_at += n + 1;
        offset += lens[i] + 1;
    }
    free(lens);
    fputs("};\n", out);
    fprintf(out, "const size_t runtime_builtins_count = %d;\n", argc - 3);
    /* The public top-level modules (not internal/..., not _stream_*, no
     * subpath), by index: the names `kiln -e` looks for in its script. */
    fputs("const unsigned short runtime_builtins_public[] = {", out);
    size_t public_count = 0;
    for (size_t i = 0; i < count; i++) {
        size_t n;
        const char *id = js2c_id(argv[i + 3], libdir, prefix, &n);
        if (id[0] == '_' || strncmp(id, "internal", 8) == 0 || memchr(id, '/', n))
            continue;
        fprintf(out, "%s%zu", public_count++ ? ", " : "", i);
    }
    fprintf(out, "};\nconst size_t runtime_builtins_public_count = %zu;\n", public_count);
    if (fclose(out) != 0) {
        perror(argv[1]);
        return 1;
    }
    return 0;
}
