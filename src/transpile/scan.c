/* The questions the CommonJS loader asks of a script, answered by a
 * token scanner (no parser: scripts are sloppy-mode code the module
 * parser would reject): its dynamic import() calls (transpile_script),
 * the names it visibly exports (transpile_cjs_exports, the detection
 * patterns of Node's cjs-module-lexer) and whether it has module syntax
 * (transpile_contains_module_syntax).
 *
 * A slash starts a regular expression or is a division depending on the
 * token before it, decided as cjs-module-lexer does: after a name (other
 * than an operator keyword), a literal, `)`, `]` or `}` closing an
 * expression it divides. */
#define _GNU_SOURCE /* memmem */
#include "internal.h"
#include "transpile.h"

enum { S_EOF, S_NAME, S_STRING, S_NUMBER, S_TEMPLATE, S_REGEX, S_PUNCT };

typedef struct {
    const uint8_t *s;
    uint32_t n, i;
    /* the current token */
    int type;
    uint32_t start, end;
    uint8_t c;  /* S_PUNCT: its first character */
    uint8_t c2; /* S_PUNCT: its second character or 0 */
    /* state for the regex decision */
    int prev_type;
    uint8_t prev_c;
    bool prev_keyword; /* the previous name is a keyword after which an expression starts */
    /* braces: depth, and the depths at which template substitutions and
     * expression-valued braces (object literals) opened */
    uint32_t depth;
    uint32_t tstack[64];
    uint32_t tn;
    uint32_t paren;
    uint64_t paren_kw; /* by paren depth (mod 64): opened after if/for/while/with */
    bool close_kw;     /* the last `)` closed such a head: a regex may follow */
    bool brace_is_expr[256]; /* by depth (mod 256): a `}` there ends an expression */
} sc_t;

static bool sc_id(uint8_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$' ||
           c == '\\' || c >= 0x80;
}

static bool sc_lt(const uint8_t *s, uint32_t i, uint32_t n) {
    return s[i] == '\n' || s[i] == '\r' ||
           (s[i] == 0xE2 && i + 2 < n && s[i + 1] == 0x80 && (s[i + 2] == 0xA8 || s[i + 2] == 0xA9));
}

#define sc_word(t, w) sc_word_n(t, w, sizeof(w) - 1)
static inline bool sc_word_n(const sc_t *t, const char *w, uint32_t n) {
    return t->type == S_NAME && t->end - t->start == n && memcmp(t->s + t->start, w, n) == 0;
}

/* Names after which `/` starts a regular expression. */
static bool sc_expr_keyword(const uint8_t *s, uint32_t n) {
    static const char *const kws[] = {"return", "typeof", "instanceof", "in", "of", "new", "delete", "void",
                                      "throw", "case", "do", "else", "yield", "await", "extends", NULL};
    if (n < 2 || n > 10 || !strchr("rtionvdcey", s[0]))
        return false;
    for (int k = 0; kws[k]; k++)
        if (kws[k][0] == s[0] && strlen(kws[k]) == n && memcmp(kws[k], s, n) == 0)
            return true;
    return false;
}

static bool sc_regex_allowed(const sc_t *t) {
    switch (t->prev_type) {
    case S_EOF:
        return true;
    case S_NAME:
        return t->prev_keyword;
    case S_STRING: case S_NUMBER: case S_REGEX: case S_TEMPLATE:
        return false;
    case S_PUNCT:
        if (t->prev_c == ')')
            return t->close_kw;
        if (t->prev_c == ']')
            return false;
        if (t->prev_c == '}')
            return !t->brace_is_expr[(t->depth + 1) & 255];
        return true;
    }
    return true;
}

/* Scans a template from i (just after ` or the } closing a substitution). */
static void sc_template(sc_t *t, uint32_t i) {
    const uint8_t *s = t->s;
    while (i < t->n) {
        if (s[i] == '\\') {
            i += 2;
            continue;
        }
        if (s[i] == '`') {
            i++;
            break;
        }
        if (s[i] == '$' && i + 1 < t->n && s[i + 1] == '{') {
            i += 2;
            if (t->tn < 64)
                t->tstack[t->tn] = t->depth;
            t->tn++;
            t->depth++;
            t->brace_is_expr[t->depth & 255] = true;
            break;
        }
        i++;
    }
    t->type = S_TEMPLATE;
    t->end = i > t->n ? t->n : i;
    t->i = t->end;
}

static void sc_next(sc_t *t) {
    const uint8_t *s = t->s;
    uint32_t i = t->i, n = t->n;
    uint32_t prev_start = t->start, prev_len = t->end - t->start;
    if (t->type != S_EOF || t->end) {
        t->prev_type = t->type;
        t->prev_c = t->c;
        t->prev_keyword = t->type == S_NAME && sc_expr_keyword(s + t->start, t->end - t->start);
    }
    for (;;) {
        if (i >= n) {
            t->type = S_EOF;
            t->start = t->end = n;
            t->i = n;
            return;
        }
        uint8_t c = s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            i++;
        } else if (c == '/' && i + 1 < n && s[i + 1] == '/') {
            while (i < n && !sc_lt(s, i, n))
                i++;
        } else if (c == '/' && i + 1 < n && s[i + 1] == '*') {
            i += 2;
            while (i < n && !(s[i] == '*' && i + 1 < n && s[i + 1] == '/'))
                i++;
            i += 2;
        } else if (c == 0xC2 && i + 1 < n && s[i + 1] == 0xA0) {
            i += 2;
        } else if (c == 0xEF && i + 2 < n && s[i + 1] == 0xBB && s[i + 2] == 0xBF) {
            i += 3;
        } else if (c == 0xE2 && i + 2 < n && s[i + 1] == 0x80 && (s[i + 2] == 0xA8 || s[i + 2] == 0xA9)) {
            i += 3;
        } else if (c == '#' && i == 0 && n > 1 && s[1] == '!') {
            while (i < n && !sc_lt(s, i, n))
                i++;
        } else {
            break;
        }
    }
    if (i > n)
        i = n;
    t->start = i;
    if (i >= n) {
        t->type = S_EOF;
        t->end = n;
        t->i = n;
        return;
    }
    uint8_t c = s[i];
    t->c = c;
    t->c2 = 0;
    if (c == '"' || c == '\'') {
        i++;
        while (i < n && s[i] != c && s[i] != '\n' && s[i] != '\r') {
            if (s[i] == '\\')
                i++;
            i++;
        }
        if (i < n)
            i++;
        t->type = S_STRING;
    } else if (c == '`') {
        sc_template(t, i + 1);
        return;
    } else if (c >= '0' && c <= '9') {
        while (i < n && (sc_id(s[i]) || s[i] == '.' ||
                         ((s[i] == '+' || s[i] == '-') && (s[i - 1] == 'e' || s[i - 1] == 'E'))))
            i++;
        t->type = S_NUMBER;
    } else if (c == '.' && i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9') {
        i++;
        while (i < n && (sc_id(s[i]) || s[i] == '.'))
            i++;
        t->type = S_NUMBER;
    } else if (sc_id(c) || c == '#') {
        i++;
        while (i < n && sc_id(s[i])) {
            if (s[i] == '\\')
                i++;
            i++;
        }
        t->type = S_NAME;
    } else if (c == '/' && sc_regex_allowed(t)) {
        i++;
        bool cls = false;
        while (i < n && !sc_lt(s, i, n)) {
            if (s[i] == '\\') {
                i += 2;
                continue;
            }
            if (s[i] == '[')
                cls = true;
            else if (s[i] == ']')
                cls = false;
            else if (s[i] == '/' && !cls)
                break;
            i++;
        }
        i++;
        while (i < n && sc_id(s[i]))
            i++;
        t->type = S_REGEX;
    } else {
        t->type = S_PUNCT;
        i++;
        if (c == '{') {
            /* An object literal where an expression is expected. */
            bool expr = t->prev_type == S_PUNCT ? (t->prev_c != ')' && t->prev_c != ';' && t->prev_c != '}' &&
                                                    t->prev_c != '{' && t->prev_c != ']')
                                                 : t->prev_type == S_NAME && t->prev_keyword;
            if (t->prev_type == S_EOF)
                expr = false;
            t->depth++;
            t->brace_is_expr[t->depth & 255] = expr;
        } else if (c == '}') {
            if (t->tn && t->depth && (t->tn > 64 || t->tstack[t->tn - 1] == t->depth - 1)) {
                t->tn--;
                t->depth--;
                sc_template(t, i);
                t->start = i - 1;
                return;
            }
            if (t->depth)
                t->depth--;
        } else if (c == '(') {
            const uint8_t *w = s + prev_start;
            bool kw = t->prev_type == S_NAME &&
                      ((prev_len == 2 && memcmp(w, "if", 2) == 0) || (prev_len == 3 && memcmp(w, "for", 3) == 0) ||
                       (prev_len == 5 && memcmp(w, "while", 5) == 0) || (prev_len == 4 && memcmp(w, "with", 4) == 0));
            t->paren++;
            uint64_t bit = 1ull << (t->paren & 63);
            t->paren_kw = kw ? t->paren_kw | bit : t->paren_kw & ~bit;
        } else if (c == ')') {
            t->close_kw = (t->paren_kw >> (t->paren & 63)) & 1;
            if (t->paren)
                t->paren--;
        } else if (c == '.' && i + 1 < n && s[i] == '.' && s[i + 1] == '.') {
            t->c2 = '.';
            i += 2;
        } else if (c == '?' && i < n && s[i] == '.') {
            t->c2 = '.';
            i++;
        } else if (c == '=' && i < n && (s[i] == '=' || s[i] == '>')) {
            t->c2 = s[i];
            i++;
            if (i < n && s[i] == '=')
                i++;
        } else if (c == '!' && i < n && s[i] == '=') {
            t->c2 = '=';
            i++;
        }
    }
    if (i > n)
        i = n;
    t->end = i;
    t->i = i;
}

static void sc_init(sc_t *t, const char *src, size_t len) {
    memset(t, 0, sizeof *t);
    t->s = (const uint8_t *)src;
    t->n = len > 0xFFFFFFF0u ? 0xFFFFFFF0u : (uint32_t)len;
}

static bool sc_punct(const sc_t *t, char c) { return t->type == S_PUNCT && t->c == (uint8_t)c && !t->c2; }

/* ---- transformScript ------------------------------------------------------ */

/* At the `(` after `import`: is this a method named import (its
 * parameter list followed by a body), not a call? Scans a copy. */
static bool sc_method_follows(const sc_t *at) {
    sc_t *t = tp_xmalloc(sizeof *t);
    *t = *at;
    uint32_t depth = t->paren - 1;
    bool method = false;
    for (;;) {
        sc_next(t);
        if (t->type == S_EOF)
            break;
        if (sc_punct(t, ')') && t->paren == depth) {
            sc_next(t);
            method = sc_punct(t, '{');
            break;
        }
    }
    free(t);
    return method;
}

/* Direct eval calls get their argument passed through
 * `_$kiln_import.s(...)`, which gives a string of code the same rewriting
 * (the eval'd code sees the wrapper's `_$kiln_import`): `eval(x)` becomes
 * `eval(_$kiln_import.s(x))`, still a direct eval. */
#define SC_EVAL_MAX 32

/* Whether the name at t follows the word `function` (a declaration). */
static bool sc_after_function(const sc_t *t) {
    if (t->prev_type != S_NAME)
        return false;
    uint32_t i = t->start;
    while (i > 0 && (t->s[i - 1] == ' ' || t->s[i - 1] == '\t' || t->s[i - 1] == '\n' || t->s[i - 1] == '\r'))
        i--;
    return i >= 8 && memcmp(t->s + i - 8, "function", 8) == 0 && (i == 8 || !sc_id(t->s[i - 9]));
}

static void sc_insert(tp_buf *b, const char *src, uint32_t *copied, uint32_t at, const char *text) {
    tp_buf_add(b, src + *copied, at - *copied);
    tp_buf_str(b, text);
    *copied = at;
}

int transpile_script(const char *src, size_t len, transpile_result *out) {
    memset(out, 0, sizeof *out);
    if (len < 4 || (!memmem(src, len, "import", 6) && !memmem(src, len, "eval", 4)))
        return 0;
    sc_t t;
    sc_init(&t, src, len);
    tp_buf b = {0};
    uint32_t copied = 0;
    bool any = false;
    uint32_t evals[SC_EVAL_MAX]; /* paren depths of the open eval( argument lists */
    uint32_t nevals = 0;
    sc_next(&t);
    while (t.type != S_EOF) {
        if (sc_word(&t, "import") && !(t.prev_type == S_PUNCT && t.prev_c == '.' && t.prev_c != '?')) {
            uint32_t at = t.start;
            bool after_dot = t.prev_type == S_PUNCT && t.prev_c == '.';
            sc_next(&t);
            if (!after_dot && sc_punct(&t, '(') && !sc_method_follows(&t)) {
                tp_buf_add(&b, src + copied, at - copied);
                tp_buf_str(&b, "_$kiln_import");
                copied = at + 6;
                any = true;
            }
            continue;
        }
        if (sc_word(&t, "eval") && !(t.prev_type == S_PUNCT && t.prev_c == '.') && !sc_after_function(&t)) {
            sc_next(&t);
            if (sc_punct(&t, '(') && nevals < SC_EVAL_MAX && !sc_method_follows(&t)) {
                sc_insert(&b, src, &copied, t.end, "_$kiln_import.s(");
                evals[nevals++] = t.paren - 1;
                any = true;
                sc_next(&t);
            }
            continue;
        }
        if (nevals && sc_punct(&t, ')') && t.paren == evals[nevals - 1]) {
            sc_insert(&b, src, &copied, t.start, ")");
            nevals--;
        }
        sc_next(&t);
    }
    if (!any) {
        free(b.s);
        return 0;
    }
    tp_buf_add(&b, src + copied, len - copied);
    out->code_len = b.n;
    out->code = tp_buf_cstr(&b);
    return 0;
}

/* ---- containsModuleSyntax --------------------------------------------------- */

bool transpile_contains_module_syntax(const char *src, size_t len) {
    if (!memmem(src, len, "import", 6) && !memmem(src, len, "export", 6) && !memmem(src, len, "await", 5) &&
        !memmem(src, len, "require", 7) && !memmem(src, len, "module", 6) && !memmem(src, len, "exports", 7) &&
        !memmem(src, len, "__filename", 10) && !memmem(src, len, "__dirname", 9))
        return false;
    sc_t t;
    sc_init(&t, src, len);
    sc_next(&t);
    while (t.type != S_EOF) {
        bool after_dot = t.prev_type == S_PUNCT && t.prev_c == '.';
        if (!after_dot && sc_word(&t, "import")) {
            uint32_t depth = t.depth, paren = t.paren;
            sc_next(&t);
            if (sc_punct(&t, '.')) {
                sc_next(&t);
                if (sc_word(&t, "meta"))
                    return true;
                continue;
            }
            if (depth == 0 && paren == 0 && !sc_punct(&t, '('))
                return true;
            continue;
        }
        if (!after_dot && t.depth == 0 && t.paren == 0 && sc_word(&t, "export")) {
            sc_next(&t);
            if (t.type == S_NAME || sc_punct(&t, '{') || sc_punct(&t, '*'))
                return true;
            continue;
        }
        if (!after_dot && t.depth == 0 && t.paren == 0 &&
            (sc_word(&t, "const") || sc_word(&t, "let") || sc_word(&t, "class"))) {
            /* A top-level lexical declaration of one of the CommonJS
             * wrapper's parameters fails as a script: Node then tries
             * the source as a module. */
            sc_next(&t);
            if (sc_word(&t, "require") || sc_word(&t, "module") || sc_word(&t, "exports") ||
                sc_word(&t, "__filename") || sc_word(&t, "__dirname"))
                return true;
            continue;
        }
        if (!after_dot && t.depth == 0 && t.paren == 0 && sc_word(&t, "await")) {
            /* `await x` at the top is a syntax error in a script; `await(x)`
             * or `await = 1` is not. */
            sc_next(&t);
            if (t.type == S_NAME || t.type == S_STRING || t.type == S_NUMBER || t.type == S_TEMPLATE)
                return true;
            continue;
        }
        sc_next(&t);
    }
    return false;
}

/* ---- cjsExports --------------------------------------------------------------- */

typedef TP_VEC(char *) cx_list;
typedef struct {
    cx_list exports;
    cx_list reexports;
    /* identifiers bound to require('x') (Babel's interop forms) */
    TP_VEC(char *) req_names;
    TP_VEC(char *) req_specs;
    const char *src;
} cx_t;

static char *cx_dup(const char *s, size_t n) {
    char *o = tp_xmalloc(n + 1);
    memcpy(o, s, n);
    o[n] = 0;
    return o;
}

static int cx_hex(uint8_t c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
        return (c | 0x20) - 'a' + 10;
    return -1;
}

/* A \u escape at s[*i] (just after the `u`): its code unit or code point,
 * or -1 when malformed. */
static int32_t cx_uescape(const uint8_t *s, uint32_t n, uint32_t *i) {
    uint32_t k = *i;
    int32_t v = 0;
    if (k < n && s[k] == '{') {
        k++;
        uint32_t digits = 0;
        while (k < n && s[k] != '}') {
            int h = cx_hex(s[k++]);
            if (h < 0 || ++digits > 6)
                return -1;
            v = v * 16 + h;
        }
        if (k >= n || !digits || v > 0x10FFFF)
            return -1;
        *i = k + 1;
        return v;
    }
    for (int j = 0; j < 4; j++) {
        int h = k < n ? cx_hex(s[k++]) : -1;
        if (h < 0)
            return -1;
        v = v * 16 + h;
    }
    *i = k;
    return v;
}

static uint32_t cx_utf8(uint8_t *o, uint32_t cp) {
    if (cp < 0x80) {
        o[0] = (uint8_t)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (uint8_t)(0xC0 | cp >> 6);
        o[1] = (uint8_t)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (uint8_t)(0xE0 | cp >> 12);
        o[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (uint8_t)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (uint8_t)(0xF0 | cp >> 18);
    o[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (uint8_t)(0x80 | (cp & 0x3F));
    return 4;
}

/* A string token's value, escapes decoded (as UTF-8); NULL when it is
 * malformed or names no well-formed string (a lone surrogate), which Node's
 * lexer does not count as an export name either. */
static char *cx_string(const sc_t *t) {
    if (t->type != S_STRING || t->end - t->start < 2 || t->s[t->end - 1] != t->s[t->start])
        return NULL;
    const uint8_t *s = t->s + t->start + 1;
    uint32_t n = t->end - t->start - 2;
    if (!memchr(s, '\\', n))
        return cx_dup((const char *)s, n);
    uint8_t *o = tp_xmalloc((size_t)n * 2 + 1); /* an escape is never shorter than its UTF-8 */
    uint32_t m = 0;
    for (uint32_t i = 0; i < n;) {
        uint8_t c = s[i++];
        if (c != '\\') {
            o[m++] = c;
            continue;
        }
        if (i >= n)
            goto bad;
        c = s[i++];
        int32_t cp;
        switch (c) {
        case 'n': cp = '\n'; break;
        case 't': cp = '\t'; break;
        case 'r': cp = '\r'; break;
        case 'b': cp = '\b'; break;
        case 'f': cp = '\f'; break;
        case 'v': cp = '\v'; break;
        case '0':
            if (i < n && s[i] >= '0' && s[i] <= '9')
                goto bad;
            cp = 0;
            break;
        case 'x': {
            int h1 = i < n ? cx_hex(s[i]) : -1, h2 = i + 1 < n ? cx_hex(s[i + 1]) : -1;
            if (h1 < 0 || h2 < 0)
                goto bad;
            cp = h1 * 16 + h2;
            i += 2;
            break;
        }
        case 'u':
            cp = cx_uescape(s, n, &i);
            if (cp < 0 || (cp >= 0xDC00 && cp <= 0xDFFF))
                goto bad;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                /* a pair only as two escapes */
                if (i + 1 >= n || s[i] != '\\' || s[i + 1] != 'u')
                    goto bad;
                i += 2;
                int32_t lo = cx_uescape(s, n, &i);
                if (lo < 0xDC00 || lo > 0xDFFF)
                    goto bad;
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            }
            break;
        case '\r':
            if (i < n && s[i] == '\n')
                i++;
            continue;
        case '\n':
            continue;
        default:
            if (c >= '1' && c <= '9')
                goto bad;
            o[m++] = c; /* \' \" \\ and the like, or a multi-byte character's lead */
            continue;
        }
        m += cx_utf8(o + m, (uint32_t)cp);
    }
    o[m] = 0;
    return (char *)o;
bad:
    free(o);
    return NULL;
}

static void cx_add(cx_t *x, char *name, bool re) {
    if (!name)
        return;
    cx_list *v = re ? &x->reexports : &x->exports;
    for (uint32_t i = 0; i < v->n; i++)
        if (strcmp(v->v[i], name) == 0) {
            free(name);
            return;
        }
    tp_push(*v, name);
}

/* `require('x')` from the current token; returns the specifier or NULL,
 * leaving the scanner after `)` on success. */
static char *cx_require(sc_t *t) {
    if (!sc_word(t, "require"))
        return NULL;
    sc_next(t);
    if (!sc_punct(t, '('))
        return NULL;
    sc_next(t);
    char *spec = cx_string(t);
    if (!spec)
        return NULL;
    sc_next(t);
    if (!sc_punct(t, ')')) {
        free(spec);
        return NULL;
    }
    sc_next(t);
    return spec;
}

/* After `module.exports = {`: keys, shorthand names, `...require('x')`.
 * As in Node, `key: value` counts only when the value is an identifier,
 * and anything else ends the scan (`{ a: f() }` still exports a). */
static void cx_object(cx_t *x, sc_t *t) {
    sc_next(t);
    for (;;) {
        if (t->type == S_PUNCT && t->c == '.' && t->c2 == '.') {
            sc_next(t);
            char *spec = cx_require(t);
            if (!spec)
                return;
            cx_add(x, spec, true);
        } else {
            char *key = NULL;
            if (t->type == S_NAME)
                key = cx_dup((const char *)t->s + t->start, t->end - t->start);
            else if (t->type == S_STRING)
                key = cx_string(t);
            if (!key)
                return;
            sc_next(t);
            if (sc_punct(t, ':')) {
                sc_next(t);
                if (t->type != S_NAME) {
                    free(key);
                    return;
                }
                sc_next(t);
            }
            cx_add(x, key, false);
        }
        if (sc_punct(t, ',')) {
            sc_next(t);
            continue;
        }
        return;
    }
}

/* After `Object.defineProperty(`: (exports | module.exports), 'name',
 * { [enumerable: true,] value: ... | get: function () { return a.b } |
 *   get() { return a.b } }. */
static void cx_define(cx_t *x, sc_t *t) {
    if (sc_word(t, "module")) {
        sc_next(t);
        if (!sc_punct(t, '.'))
            return;
        sc_next(t);
    }
    if (!sc_word(t, "exports"))
        return;
    sc_next(t);
    if (!sc_punct(t, ','))
        return;
    sc_next(t);
    char *name = cx_string(t);
    if (!name)
        return;
    sc_next(t);
    if (!sc_punct(t, ',') ) {
        free(name);
        return;
    }
    sc_next(t);
    if (!sc_punct(t, '{')) {
        free(name);
        return;
    }
    sc_next(t);
    if (sc_word(t, "enumerable")) {
        sc_next(t);
        if (!sc_punct(t, ':')) {
            free(name);
            return;
        }
        sc_next(t);
        if (!sc_word(t, "true")) {
            free(name);
            return;
        }
        sc_next(t);
        if (!sc_punct(t, ',')) {
            free(name);
            return;
        }
        sc_next(t);
    }
    if (sc_word(t, "value")) {
        sc_next(t);
        if (sc_punct(t, ':')) {
            cx_add(x, name, false);
            return;
        }
        free(name);
        return;
    }
    if (sc_word(t, "get")) {
        sc_next(t);
        if (sc_punct(t, ':')) {
            sc_next(t);
            if (!sc_word(t, "function")) {
                free(name);
                return;
            }
            sc_next(t);
            if (t->type == S_NAME)
                sc_next(t);
        }
        if (!sc_punct(t, '(')) {
            free(name);
            return;
        }
        sc_next(t);
        if (!sc_punct(t, ')')) {
            free(name);
            return;
        }
        sc_next(t);
        if (!sc_punct(t, '{')) {
            free(name);
            return;
        }
        sc_next(t);
        if (!sc_word(t, "return")) {
            free(name);
            return;
        }
        sc_next(t);
        /* return id(.id | [string])* [;] } */
        if (t->type != S_NAME) {
            free(name);
            return;
        }
        sc_next(t);
        for (;;) {
            if (sc_punct(t, '.')) {
                sc_next(t);
                if (t->type != S_NAME)
                    break;
                sc_next(t);
            } else if (sc_punct(t, '[')) {
                sc_next(t);
                if (t->type != S_STRING)
                    break;
                sc_next(t);
                if (!sc_punct(t, ']'))
                    break;
                sc_next(t);
            } else {
                break;
            }
        }
        if (sc_punct(t, ';'))
            sc_next(t);
        if (sc_punct(t, '}')) {
            cx_add(x, name, false);
            return;
        }
    }
    free(name);
}

static const char *cx_lookup_require(cx_t *x, const sc_t *t) {
    for (uint32_t i = 0; i < x->req_names.n; i++) {
        const char *nm = x->req_names.v[i];
        if (strlen(nm) == t->end - t->start && memcmp(nm, t->s + t->start, t->end - t->start) == 0)
            return x->req_specs.v[i];
    }
    return NULL;
}

static void cx_json_list(tp_buf *b, char **v, uint32_t n) {
    tp_buf_ch(b, '[');
    for (uint32_t i = 0; i < n; i++) {
        if (i)
            tp_buf_ch(b, ',');
        tp_buf_quote(b, v[i], strlen(v[i]));
    }
    tp_buf_ch(b, ']');
}

int transpile_cjs_exports(const char *src, size_t len, transpile_result *out) {
    memset(out, 0, sizeof *out);
    cx_t x;
    memset(&x, 0, sizeof x);
    x.src = src;
    sc_t t;
    sc_init(&t, src, len);
    sc_next(&t);
    while (t.type != S_EOF) {
        bool after_dot = t.prev_type == S_PUNCT && t.prev_c == '.';
        if (after_dot && !sc_word(&t, "__exportStar")) {
            sc_next(&t);
            continue;
        }
        if (sc_word(&t, "exports") || sc_word(&t, "module")) {
            bool is_module = sc_word(&t, "module");
            sc_next(&t);
            if (is_module) {
                if (!sc_punct(&t, '.'))
                    continue;
                sc_next(&t);
                if (!sc_word(&t, "exports"))
                    continue;
                sc_next(&t);
                if (sc_punct(&t, '=')) {
                    /* module.exports = require('x') | { ... } */
                    sc_next(&t);
                    if (sc_punct(&t, '{')) {
                        cx_object(&x, &t);
                        continue;
                    }
                    char *spec = cx_require(&t);
                    if (spec)
                        cx_add(&x, spec, true);
                    continue;
                }
            }
            /* exports.name = | exports['name'] = */
            char *name = NULL;
            if (sc_punct(&t, '.')) {
                sc_next(&t);
                if (t.type == S_NAME)
                    name = cx_dup((const char *)t.s + t.start, t.end - t.start);
                sc_next(&t);
            } else if (sc_punct(&t, '[')) {
                sc_next(&t);
                name = cx_string(&t);
                sc_next(&t);
                if (!sc_punct(&t, ']')) {
                    free(name);
                    continue;
                }
                sc_next(&t);
            } else {
                continue;
            }
            /* any `=` will do, `==` too, as in Node */
            if (name && t.type == S_PUNCT && t.c == '=' && t.c2 != '>')
                cx_add(&x, name, false);
            else
                free(name);
            continue;
        }
        if (sc_word(&t, "Object")) {
            sc_next(&t);
            if (!sc_punct(&t, '.'))
                continue;
            sc_next(&t);
            if (sc_word(&t, "defineProperty")) {
                sc_next(&t);
                if (!sc_punct(&t, '('))
                    continue;
                sc_next(&t);
                cx_define(&x, &t);
                continue;
            }
            if (sc_word(&t, "keys")) {
                /* Babel: Object.keys(_x).forEach(function (key) { ... exports[key] ... }) */
                sc_next(&t);
                if (!sc_punct(&t, '('))
                    continue;
                sc_next(&t);
                if (t.type != S_NAME)
                    continue;
                const char *spec = cx_lookup_require(&x, &t);
                sc_next(&t);
                if (!spec || !sc_punct(&t, ')'))
                    continue;
                sc_next(&t);
                if (!sc_punct(&t, '.'))
                    continue;
                sc_next(&t);
                if (!sc_word(&t, "forEach"))
                    continue;
                cx_add(&x, cx_dup(spec, strlen(spec)), true);
                continue;
            }
            continue;
        }
        if (sc_word(&t, "__exportStar") || sc_word(&t, "__export")) {
            /* TypeScript: __exportStar(require('x'), exports), __export(require('x')) */
            sc_next(&t);
            if (!sc_punct(&t, '('))
                continue;
            sc_next(&t);
            char *spec = cx_require(&t);
            if (spec)
                cx_add(&x, spec, true);
            continue;
        }
        if (sc_word(&t, "var") || sc_word(&t, "let") || sc_word(&t, "const")) {
            /* var _x = require('x') | _interopRequireWildcard(require('x')) */
            sc_next(&t);
            if (t.type != S_NAME)
                continue;
            sc_t name = t;
            sc_next(&t);
            if (!sc_punct(&t, '='))
                continue;
            sc_next(&t);
            if (t.type == S_NAME && !sc_word(&t, "require")) {
                sc_next(&t);
                if (!sc_punct(&t, '('))
                    continue;
                sc_next(&t);
            }
            char *spec = cx_require(&t);
            if (spec) {
                tp_push(x.req_names, cx_dup((const char *)name.s + name.start, name.end - name.start));
                tp_push(x.req_specs, spec);
            }
            continue;
        }
        sc_next(&t);
    }
    tp_buf b = {0};
    tp_buf_str(&b, "{\"exports\":");
    cx_json_list(&b, x.exports.v, x.exports.n);
    tp_buf_str(&b, ",\"reexports\":");
    cx_json_list(&b, x.reexports.v, x.reexports.n);
    tp_buf_ch(&b, '}');
    out->meta_len = b.n;
    out->meta = tp_buf_cstr(&b);
    for (uint32_t i = 0; i < x.exports.n; i++)
        free(x.exports.v[i]);
    for (uint32_t i = 0; i < x.reexports.n; i++)
        free(x.reexports.v[i]);
    for (uint32_t i = 0; i < x.req_names.n; i++) {
        free(x.req_names.v[i]);
        free(x.req_specs.v[i]);
    }
    free(x.exports.v);
    free(x.reexports.v);
    free(x.req_names.v);
    free(x.req_specs.v);
    return 0;
}
