/* The ES-module transpiler: a one-pass lexer driven by a recursive-descent
 * parser of ES2025 module code, scope analysis, and a code generator that
 * rewrites the module's text by edits into the generator function of
 * docs/esm.md.
 *
 * No syntax tree is built. The parser records, in source order, every
 * identifier reference (with the scope it occurs in) and every declaration
 * (in one hash table keyed by scope and name); after the parse, the
 * references to imported names that no inner declaration shadows become
 * namespace reads. Arrow parameters are only known to be parameters at
 * the `=>`: the identifiers that could be binding targets are marked while
 * the parenthesized list is parsed as an expression (the "cover grammar"),
 * and at the `=>` they become declarations of a new scope that also adopts
 * the other references and scopes of the list (see arrow_scope). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>

#include "internal.h"
#include "transpile.h"

/* ---- tokens ------------------------------------------------------------- */

enum {
    T_EOF = 0,
    /* one-character punctuators are their ASCII code */
    T_NAME = 256, /* identifier or keyword: tok.id */
    T_PRIVATE,    /* #name */
    T_NUMBER,
    T_BIGINT,
    T_STRING,
    T_TEMPLATE,      /* `...` or the tail }...` */
    T_TEMPLATE_HEAD, /* `...${ or the middle }...${ */
    T_REGEX,
    T_ARROW,
    T_ELLIPSIS,
    T_QDOT,
    T_EQ,
    T_SEQ,
    T_NE,
    T_SNE,
    T_LE,
    T_GE,
    T_AND,
    T_OR,
    T_NULLISH,
    T_INC,
    T_DEC,
    T_SHL,
    T_SAR,
    T_SHR,
    T_EXP,
    T_ASSIGN_OP, /* += -= *= /= %= **= <<= >>= >>>= &= |= ^= &&= ||= ??= */
};

/* Keywords are interned first, so a name's id tells what it is. */
enum {
    KW_NONE,
    KW_BREAK, KW_CASE, KW_CATCH, KW_CLASS, KW_CONST, KW_CONTINUE, KW_DEBUGGER, KW_DEFAULT,
    KW_DELETE, KW_DO, KW_ELSE, KW_ENUM, KW_EXPORT, KW_EXTENDS, KW_FALSE, KW_FINALLY, KW_FOR,
    KW_FUNCTION, KW_IF, KW_IMPORT, KW_IN, KW_INSTANCEOF, KW_NEW, KW_NULL, KW_RETURN, KW_SUPER,
    KW_SWITCH, KW_THIS, KW_THROW, KW_TRUE, KW_TRY, KW_TYPEOF, KW_VAR, KW_VOID, KW_WHILE, KW_WITH,
    KW_LAST_KEYWORD = KW_WITH,
    KW_YIELD, KW_LET, KW_STATIC, KW_IMPLEMENTS, KW_INTERFACE, KW_PACKAGE, KW_PRIVATE,
    KW_PROTECTED, KW_PUBLIC,
    KW_LAST_STRICT = KW_PUBLIC,
    KW_AWAIT,
    KW_LAST_RESERVED = KW_AWAIT,
    KW_ASYNC, KW_OF, KW_GET, KW_SET, KW_FROM, KW_AS, KW_TARGET, KW_META, KW_EVAL, KW_ARGUMENTS,
    KW_USING,
    KW_COUNT
};
static const char *const tp_keywords[KW_COUNT] = {
    "", "break", "case", "catch", "class", "const", "continue", "debugger", "default",
    "delete", "do", "else", "enum", "export", "extends", "false", "finally", "for",
    "function", "if", "import", "in", "instanceof", "new", "null", "return", "super",
    "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with",
    "yield", "let", "static", "implements", "interface", "package", "private",
    "protected", "public", "await", "async", "of", "get", "set", "from", "as", "target",
    "meta", "eval", "arguments", "using",
};

typedef struct {
    uint16_t type;
    uint8_t nl;      /* a line terminator comes before it */
    uint8_t escaped; /* a name written with \u escapes */
    uint32_t start, end;
    uint32_t id; /* T_NAME, T_PRIVATE: interned name */
} tp_tok;

/* ---- parser state ------------------------------------------------------- */

enum { SC_MODULE, SC_FUNCTION, SC_BLOCK, SC_CLASS };
typedef struct {
    uint32_t parent;
    uint8_t kind;
    uint8_t arrow; /* an SC_FUNCTION of an arrow function: no own `arguments` */
} tp_scope;

enum { R_CAND = 1, R_SHORTHAND = 2, R_CALLEE = 4, R_DEAD = 8, R_OBJECT = 16 /* the object of a member access */ };
typedef struct {
    uint32_t start, end, name, scope;
    uint8_t flags;
} tp_refent;

/* Declaration kinds. */
enum { D_VAR = 1, D_VAR_THROUGH, D_LEXICAL, D_FUNCTION, D_PARAM, D_CATCH, D_IMPORT, D_NAME };
typedef struct {
    uint64_t key; /* scope << 32 | name, +1 so 0 is empty */
    uint32_t kind, data;
} tp_slot;
typedef struct {
    tp_slot *v;
    uint32_t cap, n;
} tp_map;

typedef struct tp_edit_s {
    uint32_t start, end;
    const char *rep;
    uint32_t rep_len;
} tp_edit;

typedef TP_VEC(struct tp_edit_s) tp_edits;
typedef struct {
    const char *spec;
    uint32_t spec_len;
    const char *attrs; /* canonical JSON object */
    uint32_t attrs_len;
    bool source; /* `import source x from` (the source phase) */
} tp_import;

#define TP_NS 0xFFFFFFFFu /* a namespace binding: the whole module */
typedef struct {
    uint32_t imp, name; /* import index, imported name id or TP_NS */
} tp_ibind;

enum { EX_LOCAL, EX_FROM, EX_DEFAULT };
typedef struct {
    uint32_t name; /* the export name */
    uint8_t kind;
    uint32_t local; /* EX_LOCAL: the local name */
    uint32_t imp, imported; /* EX_FROM */
    uint32_t pos;           /* of the export name */
    uint32_t local_pos;     /* of the local name */
} tp_export;

typedef struct {
    const char *s;
    uint32_t len, hash;
} tp_name;

/* The result of parsing an expression: what it could still become. */
enum { K_OTHER, K_IDENT, K_MEMBER, K_ARRAY, K_OBJECT, K_ASSIGN, K_ARROW };
typedef struct {
    uint8_t kind;
    uint8_t anon;       /* an anonymous function, class or arrow (maybe parenthesized) */
    uint8_t async_name; /* the bare identifier `async` */
    uint8_t unary;      /* a unary expression (not allowed before **) */
    uint16_t op;        /* the outermost binary operator, unparenthesized */
    uint32_t op_pos;
    uint32_t ref; /* K_IDENT: its reference */
} tp_ex;

#define TP_MAX_DEPTH 1200

/* The block a `using` declaration may appear in: the stack it lowers to
 * (_$kiln_sN, id -1 until the first declaration) and what it holds. */
enum { U_SYNC = 1, U_ASYNC = 2 };
typedef struct {
    int32_t id;
    uint8_t flags;
} tp_ublk;

/* A text edit of the `using` lowering. They are made out of source order
 * (a block's header is known at its end), so they are sorted before
 * generation: by position, then closing text before opening text, inner
 * constructs' closings first and outer constructs' openings first, then
 * replacements of source text. */
typedef struct {
    uint32_t start, end;
    const char *rep;
    uint32_t rep_len;
    uint32_t rank, seq;
} tp_uedit;

typedef struct {
    const uint8_t *s; /* the source, copied with zero padding */
    uint32_t len, pos;
    tp_tok tok;
    uint32_t prev_end, prev_start;
    jmp_buf jb;
    char err[256];
    uint32_t err_pos;
    tp_arena arena;
    int depth;

    TP_VEC(tp_name) names;
    uint64_t *ntab; /* open addressing: hash << 32 | (name id + 1) */
    uint32_t ntab_mask;

    TP_VEC(tp_scope) scopes;
    bool args_seen; /* a reference to `arguments` was recorded */
    TP_VEC(tp_refent) refs;
    tp_map decls;
    TP_VEC(tp_edit) edits;
    TP_VEC(tp_import) imports;
    TP_VEC(tp_ibind) ibinds;
    TP_VEC(tp_export) exports;
    TP_VEC(uint32_t) stars;
    TP_VEC(uint64_t) bindings; /* imp << 32 | name, for the metadata */
    TP_VEC(uint32_t) bindlocal; /* each one's local name, TP_NS for `export { x } from` */
    tp_map bindset, exportset;
    struct {
        uint32_t local, pos, imported;
    } * pend; /* import specifiers of the declaration being parsed */
    uint32_t pend_n, pend_cap;

    uint32_t cur; /* current scope */
    /* function context */
    bool await_ok, yield_ok, no_in, in_function;
    int fn_depth;
    bool tla;
    bool default_fn_name; /* the header names an anonymous default function */
    uint32_t first_binding; /* where the last declaration list began */
    /* break and continue targets: enclosing loops, switches, labels */
    int loops, breakables;
    TP_VEC(uint64_t) labels; /* name | is_loop << 32 */
    uint32_t label_base;     /* the current function's first label */
    TP_VEC(tp_tok) ltoks;    /* local names of an export list */
    /* the lowering of `using` declarations */
    tp_ublk *ublk;          /* where `using` declares now, or NULL */
    uint32_t n_stacks;      /* _$kiln_sN made so far */
    int32_t top_stack;      /* the module body's stack, or -1 */
    TP_VEC(tp_uedit) uedits;
    bool script;            /* transpile_using: sloppy script code, import() renamed */
    bool pending_label;     /* the statement being parsed is labelled from label_start */
    uint32_t label_start;
} P;

/* ---- errors ------------------------------------------------------------- */

static _Noreturn void tp_fail(P *p, uint32_t pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(p->err, sizeof p->err, fmt, ap);
    va_end(ap);
    p->err_pos = pos;
    longjmp(p->jb, 1);
}

static _Noreturn void tp_unexpected(P *p) {
    tp_tok *t = &p->tok;
    const char *text = (const char *)p->s + t->start;
    int n = (int)(t->end - t->start);
    if (n > 64)
        n = 64;
    switch (t->type) {
    case T_EOF:
        tp_fail(p, t->start, "Unexpected end of input");
    case T_NAME:
        if (!t->escaped && t->id >= 1 && t->id <= KW_LAST_KEYWORD)
            tp_fail(p, t->start, "Unexpected token '%.*s'", n, text);
        if (t->id > KW_LAST_KEYWORD && t->id <= KW_LAST_STRICT)
            tp_fail(p, t->start, "Unexpected strict mode reserved word");
        if (t->id == KW_AWAIT || (t->id == KW_ENUM && !t->escaped))
            tp_fail(p, t->start, "Unexpected reserved word");
        if (t->escaped && t->id >= 1 && t->id <= KW_LAST_KEYWORD)
            tp_fail(p, t->start, "Keyword must not contain escaped characters");
        tp_fail(p, t->start, "Unexpected identifier '%.*s'", n, text);
    case T_PRIVATE:
        tp_fail(p, t->start, "Unexpected identifier '%.*s'", n, text);
    case T_NUMBER:
    case T_BIGINT:
        tp_fail(p, t->start, "Unexpected number");
    case T_STRING:
        tp_fail(p, t->start, "Unexpected string");
    case T_TEMPLATE:
    case T_TEMPLATE_HEAD:
        tp_fail(p, t->start, "Unexpected template string");
    case T_REGEX:
        tp_fail(p, t->start, "Unexpected regular expression");
    default:
        tp_fail(p, t->start, "Unexpected token '%.*s'", n, text);
    }
}

static void tp_enter(P *p) {
    if (++p->depth > TP_MAX_DEPTH)
        tp_fail(p, p->tok.start, "Maximum call stack size exceeded");
}
#define tp_leave(p) ((p)->depth--)

/* ---- names -------------------------------------------------------------- */

static void tp_ntab_grow(P *p) {
    uint32_t cap = p->ntab ? (p->ntab_mask + 1) * 2 : 1024;
    free(p->ntab);
    p->ntab = tp_xmalloc(cap * sizeof *p->ntab);
    memset(p->ntab, 0, cap * sizeof *p->ntab);
    p->ntab_mask = cap - 1;
    for (uint32_t i = 0; i < p->names.n; i++) {
        uint32_t h = p->names.v[i].hash & p->ntab_mask;
        while (p->ntab[h])
            h = (h + 1) & p->ntab_mask;
        p->ntab[h] = (uint64_t)p->names.v[i].hash << 32 | (i + 1);
    }
}

static inline uint32_t tp_hash(const uint8_t *s, uint32_t n) {
    uint32_t h = 2166136261u;
    for (uint32_t i = 0; i < n; i++)
        h = (h ^ s[i]) * 16777619u;
    return h;
}

/* The id of a name; s must outlive the parse (the source or the arena). */
static uint32_t tp_intern(P *p, const char *s, uint32_t n, uint32_t h) {
    uint32_t i = h & p->ntab_mask;
    for (;;) {
        uint64_t e = p->ntab[i];
        if (!e)
            break;
        /* the hash in the slot spares a look at the name on a mismatch */
        if ((uint32_t)(e >> 32) == h) {
            tp_name *nm = &p->names.v[(uint32_t)e - 1];
            if (nm->len == n && memcmp(nm->s, s, n) == 0)
                return (uint32_t)e - 1;
        }
        i = (i + 1) & p->ntab_mask;
    }
    uint32_t id = p->names.n;
    tp_push(p->names, (tp_name){s, n, h});
    p->ntab[i] = (uint64_t)h << 32 | (id + 1);
    if (p->names.n * 2 > p->ntab_mask)
        tp_ntab_grow(p);
    return id;
}

/* ---- hash map of (scope, name) -> declaration ---------------------------- */

static tp_slot *tp_map_find(tp_map *m, uint64_t key) {
    if (!m->cap)
        return NULL;
    key++;
    uint64_t h = key * 0x9E3779B97F4A7C15ull;
    uint32_t i = (uint32_t)(h >> 32) & (m->cap - 1);
    for (;;) {
        tp_slot *s = &m->v[i];
        if (s->key == key)
            return s;
        if (!s->key)
            return NULL;
        i = (i + 1) & (m->cap - 1);
    }
}

static tp_slot *tp_map_add(tp_map *m, uint64_t key, uint32_t kind, uint32_t data) {
    if ((m->n + 1) * 2 > m->cap) {
        tp_map old = *m;
        m->cap = old.cap ? old.cap * 2 : 256;
        m->v = tp_xmalloc(m->cap * sizeof *m->v);
        memset(m->v, 0, m->cap * sizeof *m->v);
        m->n = 0;
        for (uint32_t i = 0; i < old.cap; i++)
            if (old.v[i].key)
                tp_map_add(m, old.v[i].key - 1, old.v[i].kind, old.v[i].data);
        free(old.v);
    }
    uint64_t k = key + 1;
    uint64_t h = k * 0x9E3779B97F4A7C15ull;
    uint32_t i = (uint32_t)(h >> 32) & (m->cap - 1);
    while (m->v[i].key)
        i = (i + 1) & (m->cap - 1);
    m->v[i] = (tp_slot){k, kind, data};
    m->n++;
    return &m->v[i];
}

#define TP_KEY(scope, name) ((uint64_t)(scope) << 32 | (name))

/* ---- lexer -------------------------------------------------------------- */

/* Character classes of ASCII bytes. */
enum { C_ID = 1, C_IDSTART = 2, C_DIGIT = 4, C_HEX = 8, C_WS = 16 };
static uint8_t tp_cc[256];

static void tp_init_tables(void) {
    static bool done;
    if (done)
        return;
    for (int c = 0; c < 256; c++) {
        uint8_t f = 0;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$')
            f |= C_ID | C_IDSTART;
        if (c >= '0' && c <= '9')
            f |= C_ID | C_DIGIT | C_HEX;
        if ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))
            f |= C_HEX;
        if (c == ' ' || c == '\t' || c == '\v' || c == '\f')
            f |= C_WS;
        tp_cc[c] = f;
    }
    done = true;
}

/* Non-ASCII whitespace (Zs, BOM) and line terminators, by code point. */
static bool tp_is_uws(int32_t cp) {
    return cp == 0xA0 || cp == 0xFEFF || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F ||
           cp == 0x205F || cp == 0x3000;
}

/* Non-ASCII identifier characters: every code point that is not white
 * space or a line terminator is taken (the engine checks the Unicode
 * properties when it compiles the result). */
static bool tp_is_uid(int32_t cp) {
    return cp > 0x7F && !tp_is_uws(cp) && cp != 0x2028 && cp != 0x2029 && cp != 0x200B;
}

static int tp_hexval(uint8_t c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* A \u escape at s[pos] ('\\'): its code point, pos advanced; -1 if bad. */
static int32_t tp_read_uescape(P *p, uint32_t *pos) {
    uint32_t i = *pos;
    if (p->s[i] != '\\' || p->s[i + 1] != 'u')
        return -1;
    i += 2;
    int32_t cp = 0;
    if (p->s[i] == '{') {
        i++;
        int digits = 0;
        while (i < p->len && tp_hexval(p->s[i]) >= 0) {
            cp = cp * 16 + tp_hexval(p->s[i]);
            if (cp > 0x10FFFF)
                return -1;
            i++;
            digits++;
        }
        if (!digits || p->s[i] != '}')
            return -1;
        i++;
    } else {
        for (int k = 0; k < 4; k++) {
            int v = i < p->len ? tp_hexval(p->s[i]) : -1;
            if (v < 0)
                return -1;
            cp = cp * 16 + v;
            i++;
        }
    }
    *pos = i;
    return cp;
}

static uint32_t tp_put_utf8(uint8_t *o, uint32_t cp) {
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

/* An identifier from tok start (pos at its first char, which starts it). */
static void tp_lex_name(P *p, uint32_t start) {
    const uint8_t *s = p->s;
    uint32_t i = start;
    bool escaped = false;
    uint32_t h = 2166136261u;
    while (tp_cc[s[i]] & C_ID) {
        h = (h ^ s[i]) * 16777619u;
        i++;
    }
    if (s[i] != '\\' && s[i] < 0x80) {
        /* the common case: ASCII, no escapes */
        p->tok.type = T_NAME;
        p->tok.end = i;
        p->tok.escaped = 0;
        p->tok.id = tp_intern(p, (const char *)s + start, i - start, h);
        p->pos = i;
        return;
    }
    for (;;) {
        uint8_t c = s[i];
        if (tp_cc[c] & C_ID) {
            i++;
            continue;
        }
        if (c == '\\') {
            escaped = true;
            uint32_t j = i;
            int32_t cp = tp_read_uescape(p, &j);
            bool ok = cp >= 0 && (cp < 0x80 ? (tp_cc[cp] & (i == start ? C_IDSTART : C_ID)) : tp_is_uid(cp));
            if (!ok)
                tp_fail(p, i, "Invalid Unicode escape sequence");
            i = j;
            continue;
        }
        if (c >= 0x80) {
            uint32_t n;
            int32_t cp = tp_utf8_decode(s + i, p->len - i, &n);
            if (cp >= 0 && tp_is_uid(cp)) {
                i += n;
                continue;
            }
        }
        break;
    }
    p->tok.type = T_NAME;
    p->tok.end = i;
    p->tok.escaped = escaped;
    if (!escaped) {
        p->tok.id = tp_intern(p, (const char *)s + start, i - start, tp_hash(s + start, i - start));
    } else {
        /* The name's cooked form, for keyword checks and comparisons. */
        uint8_t *o = tp_alloc(&p->arena, i - start);
        uint32_t n = 0;
        for (uint32_t k = start; k < i;) {
            if (s[k] == '\\') {
                int32_t cp = tp_read_uescape(p, &k);
                n += tp_put_utf8(o + n, (uint32_t)cp);
            } else {
                o[n++] = s[k++];
            }
        }
        p->tok.id = tp_intern(p, (const char *)o, n, tp_hash(o, n));
    }
    p->pos = i;
}

static void tp_lex_number(P *p, uint32_t start) {
    const uint8_t *s = p->s;
    uint32_t i = start;
    bool bigint_ok = true;
    uint8_t radix = s[i + 1] | 0x20;
    if (s[i] == '0' && (radix == 'x' || radix == 'o' || radix == 'b')) {
        uint8_t r = radix;
        i += 2;
        uint32_t d0 = i;
        for (;;) {
            uint8_t c = s[i];
            bool digit = r == 'x' ? tp_hexval(c) >= 0 : r == 'o' ? (c >= '0' && c <= '7') : (c == '0' || c == '1');
            if (digit) {
                i++;
            } else if (c == '_' && i > d0 && s[i - 1] != '_') {
                i++;
            } else {
                break;
            }
        }
        if (i == d0 || s[i - 1] == '_')
            tp_fail(p, start, "Invalid or unexpected token");
    } else {
        if (s[i] == '0' && (tp_cc[s[i + 1]] & C_DIGIT) && !p->script) {
            uint32_t j = i;
            bool octal = true;
            while (tp_cc[s[j]] & C_DIGIT) {
                if (s[j] >= '8')
                    octal = false;
                j++;
            }
            tp_fail(p, start, octal ? "Octal literals are not allowed in strict mode."
                                     : "Decimals with leading zeros are not allowed in strict mode.");
        }
        bool any = false;
        while ((tp_cc[s[i]] & C_DIGIT) || (s[i] == '_' && any && (tp_cc[s[i + 1]] & C_DIGIT))) {
            any = true;
            i++;
        }
        if (s[i] == '.') {
            bigint_ok = false;
            i++;
            bool fa = false;
            while ((tp_cc[s[i]] & C_DIGIT) || (s[i] == '_' && fa && (tp_cc[s[i + 1]] & C_DIGIT))) {
                fa = true;
                i++;
            }
        }
        if ((s[i] | 0x20) == 'e') {
            bigint_ok = false;
            uint32_t j = i + 1;
            if (s[j] == '+' || s[j] == '-')
                j++;
            if (!(tp_cc[s[j]] & C_DIGIT))
                tp_fail(p, start, "Invalid or unexpected token");
            while ((tp_cc[s[j]] & C_DIGIT) || (s[j] == '_' && (tp_cc[s[j + 1]] & C_DIGIT) && (tp_cc[s[j - 1]] & C_DIGIT)))
                j++;
            i = j;
        }
        if (s[i] == '_' && s[i + 1] == '_')
            tp_fail(p, i + 1, "Only one underscore is allowed as numeric separator");
        if (s[i] == '_')
            tp_fail(p, i, "Numeric separators are not allowed at the end of numeric literals");
    }
    p->tok.type = T_NUMBER;
    if (s[i] == 'n' && bigint_ok) {
        i++;
        p->tok.type = T_BIGINT;
    }
    if ((tp_cc[s[i]] & (C_ID | C_DIGIT)) || s[i] == '\\' || (s[i] >= 0x80 && (({
                                                                                 uint32_t n;
                                                                                 int32_t cp = tp_utf8_decode(s + i, p->len - i, &n);
                                                                                 tp_is_uid(cp);
                                                                             }))))
        tp_fail(p, start, "Invalid or unexpected token");
    p->tok.end = i;
    p->pos = i;
}

static bool tp_is_lt_at(const uint8_t *s, uint32_t i) {
    return s[i] == '\n' || s[i] == '\r' || (s[i] == 0xE2 && s[i + 1] == 0x80 && (s[i + 2] == 0xA8 || s[i + 2] == 0xA9));
}

static void tp_lex_string(P *p, uint32_t start) {
    const uint8_t *s = p->s;
    uint8_t q = s[start];
    uint32_t i = start + 1;
    for (;;) {
        uint8_t c = s[i];
        if (c == q) {
            i++;
            break;
        }
        if (c == '\\') {
            uint8_t d = s[i + 1];
            if (i + 1 >= p->len)
                tp_fail(p, start, "Invalid or unexpected token");
            if (d >= '1' && d <= '7' && !p->script)
                tp_fail(p, i, "Octal escape sequences are not allowed in strict mode.");
            if (d == '0' && (tp_cc[s[i + 2]] & C_DIGIT) && !p->script)
                tp_fail(p, i, "Octal escape sequences are not allowed in strict mode.");
            if ((d == '8' || d == '9') && !p->script)
                tp_fail(p, i, "\\8 and \\9 are not allowed in strict mode.");
            if (d == 'x') {
                if (tp_hexval(s[i + 2]) < 0 || tp_hexval(s[i + 3]) < 0)
                    tp_fail(p, i, "Invalid hexadecimal escape sequence");
            } else if (d == 'u') {
                uint32_t j = i;
                if (tp_read_uescape(p, &j) < 0) {
                    /* \u{...} of hex digits past U+10FFFF has its own message */
                    uint32_t k = i + 3;
                    while (s[i + 2] == '{' && tp_hexval(s[k]) >= 0)
                        k++;
                    if (s[i + 2] == '{' && k > i + 3 && s[k] == '}')
                        tp_fail(p, i, "Undefined Unicode code-point");
                    /* V8 points at the escape, or in the braced form at the
                     * first character that does not fit */
                    tp_fail(p, s[i + 2] == '{' ? k : i, "Invalid Unicode escape sequence");
                }
            }
            if (d == '\r' && s[i + 2] == '\n')
                i++;
            i += 2;
            continue;
        }
        if (c == '\n' || c == '\r' || (c == 0 && i >= p->len))
            tp_fail(p, start, "Invalid or unexpected token");
        i++;
    }
    p->tok.type = T_STRING;
    p->tok.end = i;
    p->pos = i;
}

/* A template part from `start` (a backquote or the closing brace of a
 * substitution). */
static void tp_lex_template(P *p, uint32_t start) {
    const uint8_t *s = p->s;
    uint32_t i = start + 1;
    for (;;) {
        uint8_t c = s[i];
        if (i >= p->len)
            tp_fail(p, p->len, "Unexpected end of input");
        if (c == '`') {
            p->tok.type = T_TEMPLATE;
            i++;
            break;
        }
        if (c == '$' && s[i + 1] == '{') {
            p->tok.type = T_TEMPLATE_HEAD;
            i += 2;
            break;
        }
        if (c == '\\') {
            i += 2;
            continue;
        }
        i++;
    }
    p->tok.start = start;
    p->tok.end = i;
    p->pos = i;
}

/* A regular expression literal from `start` (a slash). */
static void tp_lex_regex(P *p, uint32_t start) {
    const uint8_t *s = p->s;
    uint32_t i = start + 1;
    bool cls = false;
    for (;;) {
        uint8_t c = s[i];
        if (tp_is_lt_at(s, i) || i >= p->len)
            tp_fail(p, start, "Invalid regular expression: missing /");
        if (c == '\\') {
            if (tp_is_lt_at(s, i + 1) || i + 1 >= p->len)
                tp_fail(p, start, "Invalid regular expression: missing /");
            i += 2;
            continue;
        }
        if (c == '[')
            cls = true;
        else if (c == ']')
            cls = false;
        else if (c == '/' && !cls)
            break;
        i++;
    }
    i++;
    while (tp_cc[s[i]] & C_ID)
        i++;
    if (s[i] == '\\' || s[i] >= 0x80) {
        uint32_t n;
        if (s[i] == '\\' || tp_is_uid(tp_utf8_decode(s + i, p->len - i, &n)))
            tp_fail(p, i, "Invalid regular expression flags");
    }
    p->tok.type = T_REGEX;
    p->tok.start = start;
    p->tok.end = i;
    p->pos = i;
}

static void tp_next(P *p) {
    const uint8_t *s = p->s;
    uint32_t i = p->pos;
    p->prev_end = p->tok.end;
    p->prev_start = p->tok.start;
    p->tok.nl = 0;
    p->tok.escaped = 0;
    for (;;) {
        uint8_t c = s[i];
        if (tp_cc[c] & C_WS) {
            i++;
        } else if (c == '\n' || c == '\r') {
            p->tok.nl = 1;
            i++;
        } else if (c == '/' && s[i + 1] == '/') {
            i += 2;
            while (i < p->len && !tp_is_lt_at(s, i))
                i++;
        } else if (c == '/' && s[i + 1] == '*') {
            uint32_t st = i;
            i += 2;
            for (;;) {
                if (i >= p->len)
                    tp_fail(p, st, "Invalid or unexpected token");
                if (s[i] == '*' && s[i + 1] == '/') {
                    i += 2;
                    break;
                }
                if (tp_is_lt_at(s, i))
                    p->tok.nl = 1;
                i++;
            }
        } else if (c >= 0x80) {
            uint32_t n;
            int32_t cp = tp_utf8_decode(s + i, p->len - i, &n);
            if (cp == 0x2028 || cp == 0x2029)
                p->tok.nl = 1;
            else if (!tp_is_uws(cp))
                break;
            i += n;
        } else {
            break;
        }
    }
    p->tok.start = i;
    p->pos = i + 1;
    uint8_t c = s[i];
    uint8_t d = s[i + 1];
    int t = c;
    switch (c) {
    case 0:
        if (i >= p->len) {
            p->tok.type = T_EOF;
            p->tok.end = i;
            p->pos = i;
            return;
        }
        tp_fail(p, i, "Invalid or unexpected token");
    case '(': case ')': case '[': case ']': case '{': case '}': case ';': case ',': case '~': case ':':
        break;
    case '.':
        if (tp_cc[d] & C_DIGIT) {
            tp_lex_number(p, i);
            return;
        }
        if (d == '.' && s[i + 2] == '.') {
            t = T_ELLIPSIS;
            p->pos = i + 3;
        }
        break;
    case '?':
        if (d == '.' && !(tp_cc[s[i + 2]] & C_DIGIT)) {
            t = T_QDOT;
            p->pos = i + 2;
        } else if (d == '?') {
            if (s[i + 2] == '=') {
                t = T_ASSIGN_OP;
                p->pos = i + 3;
            } else {
                t = T_NULLISH;
                p->pos = i + 2;
            }
        }
        break;
    case '=':
        if (d == '>') {
            t = T_ARROW;
            p->pos = i + 2;
        } else if (d == '=') {
            if (s[i + 2] == '=') {
                t = T_SEQ;
                p->pos = i + 3;
            } else {
                t = T_EQ;
                p->pos = i + 2;
            }
        }
        break;
    case '!':
        if (d == '=') {
            if (s[i + 2] == '=') {
                t = T_SNE;
                p->pos = i + 3;
            } else {
                t = T_NE;
                p->pos = i + 2;
            }
        }
        break;
    case '+': case '-':
        if (d == c) {
            t = c == '+' ? T_INC : T_DEC;
            p->pos = i + 2;
        } else if (d == '=') {
            t = T_ASSIGN_OP;
            p->pos = i + 2;
        }
        break;
    case '*':
        if (d == '*') {
            if (s[i + 2] == '=') {
                t = T_ASSIGN_OP;
                p->pos = i + 3;
            } else {
                t = T_EXP;
                p->pos = i + 2;
            }
        } else if (d == '=') {
            t = T_ASSIGN_OP;
            p->pos = i + 2;
        }
        break;
    case '/': case '%': case '^':
        if (d == '=') {
            t = T_ASSIGN_OP;
            p->pos = i + 2;
        }
        break;
    case '&': case '|':
        if (d == c) {
            if (s[i + 2] == '=') {
                t = T_ASSIGN_OP;
                p->pos = i + 3;
            } else {
                t = c == '&' ? T_AND : T_OR;
                p->pos = i + 2;
            }
        } else if (d == '=') {
            t = T_ASSIGN_OP;
            p->pos = i + 2;
        }
        break;
    case '<':
        if (d == '<') {
            if (s[i + 2] == '=') {
                t = T_ASSIGN_OP;
                p->pos = i + 3;
            } else {
                t = T_SHL;
                p->pos = i + 2;
            }
        } else if (d == '=') {
            t = T_LE;
            p->pos = i + 2;
        }
        break;
    case '>':
        if (d == '>') {
            if (s[i + 2] == '>') {
                if (s[i + 3] == '=') {
                    t = T_ASSIGN_OP;
                    p->pos = i + 4;
                } else {
                    t = T_SHR;
                    p->pos = i + 3;
                }
            } else if (s[i + 2] == '=') {
                t = T_ASSIGN_OP;
                p->pos = i + 3;
            } else {
                t = T_SAR;
                p->pos = i + 2;
            }
        } else if (d == '=') {
            t = T_GE;
            p->pos = i + 2;
        }
        break;
    case '"': case '\'':
        tp_lex_string(p, i);
        return;
    case '`':
        tp_lex_template(p, i);
        return;
    case '#':
        if ((tp_cc[d] & C_IDSTART) || d == '\\' || d >= 0x80) {
            tp_lex_name(p, i + 1);
            p->tok.type = T_PRIVATE;
            p->tok.start = i;
            return;
        }
        tp_fail(p, i, "Invalid or unexpected token");
    default:
        if (tp_cc[c] & C_DIGIT) {
            tp_lex_number(p, i);
            return;
        }
        if ((tp_cc[c] & C_IDSTART) || c == '\\') {
            tp_lex_name(p, i);
            return;
        }
        if (c >= 0x80) {
            uint32_t n;
            if (tp_is_uid(tp_utf8_decode(s + i, p->len - i, &n))) {
                tp_lex_name(p, i);
                return;
            }
        }
        tp_fail(p, i, "Invalid or unexpected token");
    }
    p->tok.type = (uint16_t)t;
    p->tok.end = p->pos;
}

/* The token after the current one, without consuming anything. */
static tp_tok tp_peek(P *p) {
    tp_tok save = p->tok;
    uint32_t pos = p->pos, prev = p->prev_end, prev_start = p->prev_start;
    tp_next(p);
    tp_tok t = p->tok;
    p->tok = save;
    p->pos = pos;
    p->prev_end = prev;
    p->prev_start = prev_start;
    return t;
}

/* ---- small parser helpers ------------------------------------------------ */

#define TOK (p->tok.type)
static inline bool tp_is(P *p, int kw) { return p->tok.type == T_NAME && p->tok.id == (uint32_t)kw && !p->tok.escaped; }

static void tp_expect(P *p, int t) {
    if (p->tok.type != t)
        tp_unexpected(p);
    tp_next(p);
}

static void tp_semi(P *p) {
    if (TOK == ';') {
        tp_next(p);
        return;
    }
    if (TOK == '}' || TOK == T_EOF || p->tok.nl)
        return;
    tp_unexpected(p);
}

/* An identifier usable as a reference or binding here. */
static void tp_check_ident(P *p) {
    if (TOK != T_NAME)
        tp_unexpected(p);
    uint32_t id = p->tok.id;
    if (id >= 1 && id <= KW_LAST_RESERVED) {
        /* A sloppy script may name a variable yield (outside generators),
         * await (outside async functions), let, static, ... */
        if (p->script && !p->tok.escaped && id > KW_LAST_KEYWORD && !(id == KW_YIELD && p->yield_ok) &&
            !(id == KW_AWAIT && p->await_ok))
            return;
        tp_unexpected(p); /* module code is strict: all of them are reserved */
    }
}

static void tp_check_binding(P *p) {
    tp_check_ident(p);
    if ((p->tok.id == KW_EVAL || p->tok.id == KW_ARGUMENTS) && !p->script)
        tp_fail(p, p->tok.start, "Unexpected eval or arguments in strict mode");
}

static void tp_add_edit(P *p, uint32_t start, uint32_t end, const char *rep, uint32_t n) {
    tp_push(p->edits, (tp_edit){start, end, rep, n});
}

static char *tp_strdup_arena(P *p, const char *s, size_t n) {
    char *o = tp_alloc(&p->arena, n + 1);
    memcpy(o, s, n);
    o[n] = 0;
    return o;
}

/* ---- scopes and declarations -------------------------------------------- */

static uint32_t tp_scope_new(P *p, uint8_t kind, uint32_t parent) {
    uint32_t id = p->scopes.n;
    tp_push(p->scopes, (tp_scope){parent, kind, 0});
    return id;
}

static void tp_scope_push(P *p, uint8_t kind) { p->cur = tp_scope_new(p, kind, p->cur); }
static void tp_scope_pop(P *p) { p->cur = p->scopes.v[p->cur].parent; }

static _Noreturn void tp_redeclared(P *p, uint32_t name, uint32_t pos) {
    tp_name *n = &p->names.v[name];
    tp_fail(p, pos, "Identifier '%.*s' has already been declared", (int)(n->len > 64 ? 64 : n->len), n->s);
}

/* A function declaration directly in a function body is var-like; at the
 * top of a module or in a block it is lexical. */
static bool tp_var_scope(P *p, uint32_t s) { return p->scopes.v[s].kind == SC_FUNCTION; }

static void tp_declare_in(P *p, uint32_t scope, uint32_t name, int kind, uint32_t pos, uint32_t data) {
    if (kind == D_VAR) {
        uint32_t s = scope;
        for (;;) {
            tp_slot *e = tp_map_find(&p->decls, TP_KEY(s, name));
            uint8_t sk = p->scopes.v[s].kind;
            bool top = sk == SC_FUNCTION || sk == SC_MODULE;
            if (e) {
                if (e->kind == D_LEXICAL || e->kind == D_IMPORT || (e->kind == D_FUNCTION && !tp_var_scope(p, s)))
                    tp_redeclared(p, name, pos);
            } else {
                tp_map_add(&p->decls, TP_KEY(s, name), top ? D_VAR : D_VAR_THROUGH, 0);
            }
            if (top)
                return;
            s = p->scopes.v[s].parent;
        }
    }
    tp_slot *e = tp_map_find(&p->decls, TP_KEY(scope, name));
    if (e) {
        if (kind == D_NAME)
            return;
        if (e->kind == D_NAME) {
            e->kind = (uint32_t)kind;
            e->data = data;
            return;
        }
        if (kind == D_PARAM && p->script)
            return;
        if (kind == D_PARAM)
            tp_fail(p, pos, "Duplicate parameter name not allowed in this context");
        if (kind == D_FUNCTION && tp_var_scope(p, scope) && (e->kind == D_VAR || e->kind == D_FUNCTION || e->kind == D_PARAM))
            return;
        tp_redeclared(p, name, pos);
    }
    tp_map_add(&p->decls, TP_KEY(scope, name), (uint32_t)kind, data);
}

static void tp_declare(P *p, uint32_t name, int kind, uint32_t pos) { tp_declare_in(p, p->cur, name, kind, pos, 0); }

static uint32_t tp_ref(P *p, uint8_t flags) {
    uint32_t r = p->refs.n;
    if (p->tok.id == KW_ARGUMENTS)
        p->args_seen = true;
    tp_push(p->refs, (tp_refent){p->tok.start, p->tok.end, p->tok.id, p->cur, flags});
    return r;
}

static void tp_clear_cand(P *p, uint32_t from) {
    for (uint32_t i = from; i < p->refs.n; i++)
        p->refs.v[i].flags &= (uint8_t)~R_CAND;
}

/* At an arrow's `=>`: a new function scope for the parameter list just
 * parsed as an expression from reference r0 and scope s0 on. Its marked
 * identifiers become parameters; its other references and its scopes
 * (default values, nested functions) move into the new scope. */
static uint32_t tp_arrow_scope(P *p, uint32_t r0, uint32_t s0) {
    uint32_t outer = p->cur;
    uint32_t sc = tp_scope_new(p, SC_FUNCTION, outer);
    p->scopes.v[sc].arrow = 1;
    for (uint32_t s = s0; s < sc; s++)
        if (p->scopes.v[s].parent == outer)
            p->scopes.v[s].parent = sc;
    for (uint32_t r = r0; r < p->refs.n; r++) {
        tp_refent *ref = &p->refs.v[r];
        if ((ref->flags & R_DEAD) || ref->scope != outer)
            continue;
        if (ref->flags & R_CAND) {
            if ((ref->name == KW_EVAL || ref->name == KW_ARGUMENTS) && !p->script)
                tp_fail(p, ref->start, "Unexpected eval or arguments in strict mode");
            tp_declare_in(p, sc, ref->name, D_PARAM, ref->start, 0);
            ref->flags |= R_DEAD;
        } else {
            ref->scope = sc;
        }
    }
    return sc;
}

/* ---- expressions --------------------------------------------------------- */

static tp_ex tp_assign(P *p);
static tp_ex tp_expression(P *p);
static tp_ex tp_unary(P *p);
static void tp_statement(P *p, int ctx);
static void tp_function_rest(P *p, bool is_async, bool is_gen, uint32_t expr_name);
static bool tp_class(P *p, bool is_decl, bool name_optional, uint32_t *name_out);
static void tp_binding_target(P *p, int kind, bool exporting);

static const tp_ex TP_OTHER = {.kind = K_OTHER};

typedef struct {
    bool await_ok, yield_ok, no_in, in_function;
    int loops, breakables;
    uint32_t label_base;
} tp_ctx;

static tp_ctx tp_ctx_enter(P *p, bool is_async, bool is_gen) {
    tp_ctx c = {p->await_ok, p->yield_ok, p->no_in, p->in_function, p->loops, p->breakables, p->label_base};
    p->loops = p->breakables = 0;
    p->label_base = p->labels.n;
    p->await_ok = is_async;
    p->yield_ok = is_gen;
    p->no_in = false;
    p->in_function = true;
    p->fn_depth++;
    return c;
}

static void tp_ctx_leave(P *p, tp_ctx c) {
    p->await_ok = c.await_ok;
    p->yield_ok = c.yield_ok;
    p->no_in = c.no_in;
    p->in_function = c.in_function;
    p->loops = c.loops;
    p->breakables = c.breakables;
    p->label_base = c.label_base;
    p->fn_depth--;
}

/* ---- using declarations --------------------------------------------------
 *
 * The engine has no `using`; a block that declares with it becomes
 *
 *     { const _$kiln_sN = _$kiln_using(); try { ... const x = _$kiln_sN.u(EXPR); ...
 *       } catch (_$kiln_e) { _$kiln_sN.t(_$kiln_e) } finally { _$kiln_sN.d() } }
 *
 * all on the block's own lines, `using` replaced by `const` (and `await` by
 * spaces) so columns after it stay. _$kiln_using() (lib/internal/disposable.js)
 * makes the stack: u/a add a resource (sync or `await using`), t records the
 * body's exception, d disposes in reverse order and throws what the spec's
 * DisposeResources returns. A block with `await using` awaits each
 * asynchronous disposal in its own finally: n() disposes up to the next
 * value to await (r), x(e) records a rejection, f() throws the result. A
 * module's top-level stack is disposed by the loader after the body ran. */

static void tp_uedit_add(P *p, uint32_t start, uint32_t end, const char *rep, uint32_t rank) {
    tp_push(p->uedits, (tp_uedit){start, end, rep, (uint32_t)strlen(rep), rank, p->uedits.n});
}
/* Ranks: closings (inner first), openings (outer first), replacements. */
#define TP_U_CLOSE(p) (0xFFFFu - (uint32_t)(p)->depth)
#define TP_U_OPEN(p) (0x10000u + (uint32_t)(p)->depth)
#define TP_U_REPLACE 0x20000u

static const char *tp_fmt_arena(P *p, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *o = tp_alloc(&p->arena, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(o, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return o;
}

static const char *tp_using_head(P *p, int32_t id) {
    return tp_fmt_arena(p, " const _$kiln_s%d = _$kiln_using(); try {", id);
}

static const char *tp_using_tail(P *p, int32_t id, uint8_t flags) {
    if (flags & U_ASYNC)
        return tp_fmt_arena(p,
                            " } catch (_$kiln_e) { _$kiln_s%d.t(_$kiln_e) } finally { while (_$kiln_s%d.n()) try "
                            "{ await _$kiln_s%d.r } catch (_$kiln_e) { _$kiln_s%d.x(_$kiln_e) } _$kiln_s%d.f() }",
                            id, id, id, id, id);
    return tp_fmt_arena(p, " } catch (_$kiln_e) { _$kiln_s%d.t(_$kiln_e) } finally { _$kiln_s%d.d() }", id, id);
}

/* Is the current token (`using`) the start of a using declaration? It is
 * when a binding identifier follows on the same line: `using(x)`,
 * `using\nx`, `using in o` stay expressions. In a for head, `using of`
 * is the expression too. */
static bool tp_using_follows(P *p, bool in_for) {
    if (!tp_is(p, KW_USING))
        return false;
    tp_tok t = tp_peek(p);
    if (t.type != T_NAME || t.nl || (!t.escaped && t.id >= 1 && t.id <= KW_LAST_KEYWORD))
        return false;
    return !(in_for && t.id == KW_OF && !t.escaped);
}

/* `await using x`: the current token is `await`, in an async context. */
static bool tp_await_using_follows(P *p, bool in_for) {
    tp_tok save = p->tok;
    uint32_t pos = p->pos, prev = p->prev_end, prev_start = p->prev_start;
    bool yes = false;
    tp_next(p);
    if (!p->tok.nl && tp_using_follows(p, in_for))
        yes = true;
    p->tok = save;
    p->pos = pos;
    p->prev_end = prev;
    p->prev_start = prev_start;
    return yes;
}

/* From `await` or `using` (current) to after `using`: the keywords become
 * `const`. Returns the stack's flags bit. */
static uint8_t tp_using_keyword(P *p) {
    uint8_t kind = U_SYNC;
    if (tp_is(p, KW_AWAIT)) {
        tp_uedit_add(p, p->tok.start, p->tok.end, "     ", TP_U_REPLACE);
        kind = U_ASYNC;
        tp_next(p);
    }
    tp_uedit_add(p, p->tok.start, p->tok.end, "const", TP_U_REPLACE);
    tp_next(p);
    return kind;
}

/* The binding identifier of a using declaration (current token). */
static void tp_using_binding(P *p) {
    tp_check_binding(p);
    if (tp_is(p, KW_LET))
        tp_fail(p, p->tok.start, "let is disallowed as a lexically bound name");
    tp_declare(p, p->tok.id, D_LEXICAL, p->tok.start);
}

/* `= EXPR` of a declarator (current token `=` or else an error at `at`),
 * wrapped as _$kiln_sN.u(EXPR) (a() for await using). */
static void tp_using_init(P *p, int32_t id, uint8_t kind, uint32_t at) {
    if (TOK != '=')
        tp_fail(p, at, "Missing initializer in using declaration");
    tp_next(p);
    tp_uedit_add(p, p->tok.start, p->tok.start, tp_fmt_arena(p, "_$kiln_s%d.%c(", id, kind == U_ASYNC ? 'a' : 'u'),
                 TP_U_OPEN(p));
    tp_assign(p);
    tp_uedit_add(p, p->prev_end, p->prev_end, ")", TP_U_CLOSE(p));
}

/* A using declaration statement in the current block. */
static void tp_using_statement(P *p) {
    tp_ublk *b = p->ublk;
    if (b->id < 0)
        b->id = (int32_t)p->n_stacks++;
    uint8_t kind = tp_using_keyword(p);
    b->flags |= kind;
    for (;;) {
        uint32_t at = p->tok.start;
        tp_using_binding(p);
        tp_next(p);
        tp_using_init(p, b->id, kind, at);
        if (TOK != ',')
            break;
        tp_next(p);
    }
    tp_semi(p);
}

/* Statements up to the closing brace (consumed), in the current scope: a
 * block, function body or static block, where `using` may declare. */
static void tp_body(P *p) {
    tp_ublk blk = {-1, 0}, *outer = p->ublk;
    p->ublk = &blk;
    /* A function's directive prologue stays first: the try starts after
     * any leading string-literal statements. */
    uint32_t start = p->prev_end, head = start;
    bool prologue = true;
    while (TOK != '}') {
        if (TOK == T_EOF)
            tp_unexpected(p);
        prologue = prologue && TOK == T_STRING;
        tp_statement(p, 1);
        if (prologue)
            head = p->prev_end;
    }
    if (blk.id >= 0) {
        /* a directive ended by ASI needs its `;` before the header */
        const char *h = tp_using_head(p, blk.id);
        if (head != start && p->s[head - 1] != ';')
            h = tp_fmt_arena(p, ";%s", h);
        tp_uedit_add(p, head, head, h, TP_U_OPEN(p));
        tp_uedit_add(p, p->tok.start, p->tok.start, tp_using_tail(p, blk.id, blk.flags), TP_U_CLOSE(p));
    }
    p->ublk = outer;
    tp_next(p);
}

/* From `=>` (current token) to the end of the arrow's body. */
static tp_ex tp_arrow_body(P *p, uint32_t scope, bool is_async) {
    tp_next(p);
    bool no_in = p->no_in;
    tp_ctx c = tp_ctx_enter(p, is_async, false);
    uint32_t saved = p->cur;
    p->cur = scope;
    if (TOK == '{') {
        tp_next(p);
        tp_body(p);
    } else {
        p->no_in = no_in;
        tp_assign(p);
    }
    p->cur = saved;
    tp_ctx_leave(p, c);
    return (tp_ex){.kind = K_ARROW, .anon = 1};
}

/* A template from its first token to its end (consumed). */
static void tp_template(P *p) {
    while (TOK == T_TEMPLATE_HEAD) {
        tp_next(p);
        bool no_in = p->no_in;
        p->no_in = false;
        uint32_t at = p->tok.start;
        tp_expression(p);
        p->no_in = no_in;
        if (TOK != '}') {
            if (TOK == T_EOF)
                tp_fail(p, at, "Missing } in template expression");
            tp_unexpected(p);
        }
        tp_lex_template(p, p->tok.start);
    }
    tp_next(p);
}

/* Call arguments from `(` (current) to `)` (consumed). Bare identifiers
 * are marked: `async(a, b)` may turn out to be arrow parameters. */
static void tp_arguments(P *p) {
    tp_next(p);
    bool no_in = p->no_in;
    p->no_in = false;
    while (TOK != ')') {
        uint32_t arg_at = p->tok.start;
        if (TOK == T_ELLIPSIS)
            tp_next(p);
        tp_ex e = tp_assign(p);
        if (e.kind == K_IDENT)
            p->refs.v[e.ref].flags |= R_CAND;
        if (TOK != ')') {
            if (TOK != ',')
                tp_fail(p, arg_at, "missing ) after argument list");
            tp_next(p);
        }
    }
    p->no_in = no_in;
    tp_next(p);
}

/* A property name (identifier, keyword, string, number, [computed], and in
 * classes #private); returns the name id for identifiers, else ~0. */
static uint32_t tp_property_name(P *p, bool allow_private) {
    uint32_t id = ~0u;
    switch (TOK) {
    case T_NAME:
        id = p->tok.id;
        tp_next(p);
        break;
    case T_STRING:
    case T_NUMBER:
    case T_BIGINT:
        tp_next(p);
        break;
    case T_PRIVATE:
        if (!allow_private)
            tp_unexpected(p);
        tp_next(p);
        break;
    case '[': {
        tp_next(p);
        uint32_t r1 = p->refs.n;
        bool no_in = p->no_in;
        p->no_in = false;
        tp_assign(p);
        p->no_in = no_in;
        tp_clear_cand(p, r1);
        tp_expect(p, ']');
        break;
    }
    default:
        tp_unexpected(p);
    }
    return id;
}

/* After `get`, `set`, `async` or `static`: does a property name follow
 * (so the word is a modifier, not the name itself)? */
static bool tp_modifier_follows(P *p, bool is_async) {
    tp_tok t = tp_peek(p);
    if (is_async && t.nl)
        return false;
    switch (t.type) {
    case '(': case ')': case ',': case ':': case '=': case ';': case '}': case T_EOF:
        return false;
    }
    return true;
}

static tp_ex tp_object(P *p) {
    tp_next(p);
    bool no_in = p->no_in;
    p->no_in = false;
    while (TOK != '}') {
        if (TOK == T_ELLIPSIS) {
            tp_next(p);
            tp_ex e = tp_assign(p);
            if (e.kind == K_IDENT)
                p->refs.v[e.ref].flags |= R_CAND;
        } else {
            bool is_async = false, is_gen = false, accessor = false;
            if (tp_is(p, KW_ASYNC) && tp_modifier_follows(p, true)) {
                is_async = true;
                tp_next(p);
            }
            if (TOK == '*') {
                is_gen = true;
                tp_next(p);
            }
            if (!is_async && !is_gen && (tp_is(p, KW_GET) || tp_is(p, KW_SET)) && tp_modifier_follows(p, false)) {
                accessor = true;
                tp_next(p);
            }
            tp_tok key = p->tok;
            uint32_t id = tp_property_name(p, false);
            if (is_async || is_gen || accessor || TOK == '(') {
                tp_function_rest(p, is_async, is_gen, ~0u);
            } else if (TOK == ':') {
                tp_next(p);
                tp_ex e = tp_assign(p);
                if (e.kind == K_IDENT)
                    p->refs.v[e.ref].flags |= R_CAND;
            } else if (key.type == T_NAME && id != ~0u) {
                /* Shorthand: a reference to the name. */
                tp_tok now = p->tok;
                p->tok = key;
                tp_check_ident(p);
                tp_ref(p, R_CAND | R_SHORTHAND);
                p->tok = now;
                if (TOK == '=') {
                    tp_next(p);
                    uint32_t r1 = p->refs.n;
                    tp_assign(p);
                    tp_clear_cand(p, r1);
                }
            } else {
                tp_unexpected(p);
            }
        }
        if (TOK != '}')
            tp_expect(p, ',');
    }
    p->no_in = no_in;
    tp_next(p);
    return (tp_ex){.kind = K_OBJECT};
}

static tp_ex tp_array(P *p) {
    tp_next(p);
    bool no_in = p->no_in;
    p->no_in = false;
    while (TOK != ']') {
        if (TOK == ',') {
            tp_next(p);
            continue;
        }
        if (TOK == T_ELLIPSIS)
            tp_next(p);
        tp_ex e = tp_assign(p);
        if (e.kind == K_IDENT)
            p->refs.v[e.ref].flags |= R_CAND;
        if (TOK != ']')
            tp_expect(p, ',');
    }
    p->no_in = no_in;
    tp_next(p);
    return (tp_ex){.kind = K_ARRAY};
}

/* `(` ... `)`: a parenthesized expression or an arrow's parameters. */
static tp_ex tp_paren(P *p) {
    uint32_t r0 = p->refs.n, s0 = p->scopes.n;
    tp_next(p);
    bool no_in = p->no_in;
    p->no_in = false;
    tp_ex last = TP_OTHER;
    int count = 0;
    bool only_params = false; /* empty, rest or trailing comma */
    if (TOK == ')') {
        only_params = true;
    } else {
        for (;;) {
            if (TOK == T_ELLIPSIS) {
                tp_next(p);
                tp_ex e = tp_assign(p);
                if (e.kind == K_IDENT)
                    p->refs.v[e.ref].flags |= R_CAND;
                only_params = true;
                break;
            }
            last = tp_assign(p);
            if (last.kind == K_IDENT)
                p->refs.v[last.ref].flags |= R_CAND;
            count++;
            if (TOK != ',')
                break;
            tp_next(p);
            if (TOK == ')') {
                only_params = true;
                break;
            }
        }
    }
    p->no_in = no_in;
    tp_expect(p, ')');
    if (TOK == T_ARROW && !p->tok.nl) {
        uint32_t sc = tp_arrow_scope(p, r0, s0);
        return tp_arrow_body(p, sc, false);
    }
    if (only_params)
        tp_unexpected(p); /* `()`, `(...a)` or `(a,)` must be parameters */
    if (count == 1) {
        tp_ex e = last;
        e.async_name = 0;
        e.op = 0;
        e.unary = 0;
        if (e.kind == K_ARRAY || e.kind == K_OBJECT || e.kind == K_ASSIGN || e.kind == K_ARROW)
            e.kind = K_OTHER;
        return e;
    }
    return TP_OTHER;
}

static tp_ex tp_function_expr(P *p, bool is_async) {
    tp_next(p); /* function */
    bool is_gen = false;
    if (TOK == '*') {
        is_gen = true;
        tp_next(p);
    }
    uint32_t name = ~0u;
    if (TOK == T_NAME && TOK != '(') {
        tp_check_binding(p);
        name = p->tok.id;
        tp_next(p);
    }
    tp_function_rest(p, is_async, is_gen, name);
    return (tp_ex){.kind = K_OTHER, .anon = name == ~0u};
}

/* import(...) and import.meta; the current token is `import`. */
/* The name `source` (of `import source x` and `import.source(...)`). */
static bool tp_is_source(P *p) {
    if (TOK != T_NAME || p->tok.escaped)
        return false;
    tp_name *n = &p->names.v[p->tok.id];
    return n->len == 6 && memcmp(n->s, "source", 6) == 0;
}

static void tp_import_expr(P *p) {
    uint32_t start = p->tok.start;
    tp_next(p);
    if (TOK == '.') {
        tp_next(p);
        if (tp_is_source(p) && !p->script) {
            /* import.source(x): the source phase of a dynamic import */
            tp_add_edit(p, start, p->tok.end, "_$kiln_m.source", 15);
            tp_next(p);
            if (TOK != '(')
                tp_unexpected(p);
            tp_next(p);
            bool no_in = p->no_in;
            p->no_in = false;
            tp_assign(p);
            if (TOK == ',') {
                tp_next(p);
                if (TOK != ')') {
                    tp_assign(p);
                    if (TOK == ',')
                        tp_next(p);
                }
            }
            p->no_in = no_in;
            if (TOK != ')')
                tp_fail(p, p->tok.start, "missing ) after argument list");
            tp_next(p);
            return;
        }
        if (!tp_is(p, KW_META))
            tp_unexpected(p);
        if (p->script)
            tp_fail(p, start, "Cannot use 'import.meta' outside a module");
        tp_add_edit(p, start, p->tok.end, "_$kiln_m.meta", 13);
        tp_next(p);
        return;
    }
    if (TOK != '(')
        tp_unexpected(p);
    if (p->script)
        tp_add_edit(p, start, start + 6, "_$kiln_import", 13);
    else
        tp_add_edit(p, start, start + 6, "_$kiln_m.import", 15);
    tp_next(p);
    bool no_in = p->no_in;
    p->no_in = false;
    tp_assign(p);
    if (TOK == ',') {
        tp_next(p);
        if (TOK != ')') {
            tp_assign(p);
            if (TOK == ',')
                tp_next(p);
        }
    }
    p->no_in = no_in;
    if (TOK != ')')
        tp_fail(p, p->tok.start, "missing ) after argument list");
    tp_next(p);
}

static tp_ex tp_primary(P *p) {
    switch (TOK) {
    case T_NAME: {
        uint32_t id = p->tok.id;
        if (!p->tok.escaped) {
            switch (id) {
            case KW_FUNCTION:
                return tp_function_expr(p, false);
            case KW_CLASS: {
                uint32_t nm;
                bool anon = tp_class(p, false, true, &nm);
                return (tp_ex){.kind = K_OTHER, .anon = anon};
            }
            case KW_THIS: case KW_NULL: case KW_TRUE: case KW_FALSE:
                tp_next(p);
                return TP_OTHER;
            case KW_ASYNC: {
                tp_tok t = tp_peek(p);
                if (!t.nl && t.type == T_NAME && t.id == KW_FUNCTION && !t.escaped) {
                    tp_next(p);
                    tp_ex e = tp_function_expr(p, true);
                    return e;
                }
                if (!t.nl && t.type == T_NAME && !(t.id >= 1 && t.id <= KW_LAST_RESERVED)) {
                    /* async x => ... */
                    tp_next(p);
                    tp_check_binding(p);
                    uint32_t sc = tp_scope_new(p, SC_FUNCTION, p->cur);
                    p->scopes.v[sc].arrow = 1;
                    tp_declare_in(p, sc, p->tok.id, D_PARAM, p->tok.start, 0);
                    tp_next(p);
                    if (TOK != T_ARROW || p->tok.nl)
                        tp_unexpected(p);
                    return tp_arrow_body(p, sc, true);
                }
                break;
            }
            }
        }
        tp_check_ident(p);
        uint32_t r = tp_ref(p, 0);
        bool is_async = id == KW_ASYNC && !p->tok.escaped;
        tp_next(p);
        if (TOK == T_ARROW && !p->tok.nl) {
            p->refs.v[r].flags |= R_DEAD;
            if ((id == KW_EVAL || id == KW_ARGUMENTS) && !p->script)
                tp_fail(p, p->refs.v[r].start, "Unexpected eval or arguments in strict mode");
            uint32_t sc = tp_scope_new(p, SC_FUNCTION, p->cur);
            p->scopes.v[sc].arrow = 1;
            tp_declare_in(p, sc, id, D_PARAM, p->refs.v[r].start, 0);
            return tp_arrow_body(p, sc, false);
        }
        return (tp_ex){.kind = K_IDENT, .async_name = is_async, .ref = r};
    }
    case T_NUMBER: case T_BIGINT: case T_STRING:
        tp_next(p);
        return TP_OTHER;
    case T_TEMPLATE: case T_TEMPLATE_HEAD:
        tp_template(p);
        return TP_OTHER;
    case '/':
    case T_ASSIGN_OP:
        if (p->s[p->tok.start] != '/')
            tp_unexpected(p);
        tp_lex_regex(p, p->tok.start);
        tp_next(p);
        return TP_OTHER;
    case '(':
        return tp_paren(p);
    case '[':
        return tp_array(p);
    case '{':
        return tp_object(p);
    default:
        tp_unexpected(p);
    }
}

/* Member accesses, calls, templates after a callee `e` (or after `new X`
 * when `is_new`: no calls). */
static tp_ex tp_suffixes(P *p, tp_ex e, bool is_new) {
    for (;;) {
        switch (TOK) {
        case '.':
            if (e.kind == K_IDENT)
                p->refs.v[e.ref].flags |= R_OBJECT;
            tp_next(p);
            if (TOK != T_NAME && TOK != T_PRIVATE)
                tp_unexpected(p);
            tp_next(p);
            e = (tp_ex){.kind = K_MEMBER};
            break;
        case '[': {
            if (e.kind == K_IDENT)
                p->refs.v[e.ref].flags |= R_OBJECT;
            tp_next(p);
            bool no_in = p->no_in;
            p->no_in = false;
            tp_expression(p);
            p->no_in = no_in;
            tp_expect(p, ']');
            e = (tp_ex){.kind = K_MEMBER};
            break;
        }
        case T_TEMPLATE:
        case T_TEMPLATE_HEAD:
            if (e.kind == K_IDENT)
                p->refs.v[e.ref].flags |= R_CALLEE;
            tp_template(p);
            e = TP_OTHER;
            break;
        case '(': {
            if (is_new)
                return e;
            if (e.kind == K_IDENT)
                p->refs.v[e.ref].flags |= R_CALLEE;
            if (e.async_name && !p->tok.nl) {
                uint32_t r0 = p->refs.n, s0 = p->scopes.n;
                uint32_t aref = e.ref;
                tp_arguments(p);
                if (TOK == T_ARROW && !p->tok.nl) {
                    p->refs.v[aref].flags |= R_DEAD;
                    uint32_t sc = tp_arrow_scope(p, r0, s0);
                    return tp_arrow_body(p, sc, true);
                }
            } else {
                tp_arguments(p);
            }
            e = TP_OTHER;
            break;
        }
        case T_QDOT:
            if (is_new)
                tp_fail(p, p->tok.start, "Invalid optional chain from new expression");
            tp_next(p);
            if (TOK != '(' && e.kind == K_IDENT)
                p->refs.v[e.ref].flags |= R_OBJECT;
            if (TOK == '(') {
                if (e.kind == K_IDENT)
                    p->refs.v[e.ref].flags |= R_CALLEE;
                tp_arguments(p);
            } else if (TOK == '[') {
                tp_next(p);
                bool no_in = p->no_in;
                p->no_in = false;
                tp_expression(p);
                p->no_in = no_in;
                tp_expect(p, ']');
            } else if (TOK == T_NAME || TOK == T_PRIVATE) {
                tp_next(p);
            } else {
                tp_unexpected(p);
            }
            e = TP_OTHER;
            break;
        default:
            return e;
        }
    }
}

static tp_ex tp_new(P *p) {
    tp_next(p); /* new */
    if (TOK == '.') {
        tp_next(p);
        if (!tp_is(p, KW_TARGET))
            tp_unexpected(p);
        if (!p->in_function)
            tp_fail(p, p->tok.start, "new.target expression is not allowed here");
        tp_next(p);
        return TP_OTHER;
    }
    tp_ex callee;
    if (tp_is(p, KW_NEW)) {
        callee = tp_new(p);
    } else if (tp_is(p, KW_IMPORT)) {
        if (tp_peek(p).type != '.')
            tp_fail(p, p->tok.start, "Cannot use new with import");
        tp_import_expr(p); /* new import.meta.X() */
        callee = TP_OTHER;
    } else if (tp_is(p, KW_SUPER)) {
        tp_next(p);
        if (TOK != '.' && TOK != '[')
            tp_fail(p, p->tok.start, "'super' keyword unexpected here");
        callee = TP_OTHER;
    } else {
        callee = tp_primary(p);
        if (callee.kind == K_ARROW)
            tp_unexpected(p);
    }
    callee.async_name = 0;
    callee = tp_suffixes(p, callee, true);
    if (TOK == '(')
        tp_arguments(p);
    return TP_OTHER;
}

static tp_ex tp_lhs(P *p) {
    tp_ex e;
    if (tp_is(p, KW_NEW)) {
        e = tp_new(p);
    } else if (tp_is(p, KW_SUPER)) {
        tp_next(p);
        if (TOK != '.' && TOK != '[' && TOK != '(')
            tp_fail(p, p->tok.start, "'super' keyword unexpected here");
        e = TP_OTHER;
    } else if (tp_is(p, KW_IMPORT)) {
        tp_import_expr(p);
        e = TP_OTHER;
    } else {
        e = tp_primary(p);
        if (e.kind == K_ARROW)
            return e;
    }
    /* A suffix makes a new value (anon and async_name cleared), or it is
     * an async arrow. */
    return tp_suffixes(p, e, false);
}

static tp_ex tp_postfix(P *p) {
    tp_ex e = tp_lhs(p);
    if (e.kind == K_ARROW)
        return e;
    if ((TOK == T_INC || TOK == T_DEC) && !p->tok.nl) {
        if (e.kind != K_IDENT && e.kind != K_MEMBER)
            tp_fail(p, p->tok.start, "Invalid left-hand side expression in postfix operation");
        tp_next(p);
        return TP_OTHER;
    }
    return e;
}

static tp_ex tp_unary(P *p) {
    tp_enter(p);
    tp_ex r = TP_OTHER;
    switch (TOK) {
    case '!': case '~': case '+': case '-':
        tp_next(p);
        tp_unary(p);
        r.unary = 1;
        break;
    case T_INC:
    case T_DEC: {
        tp_next(p);
        uint32_t at = p->tok.start;
        tp_ex e = tp_unary(p);
        if (e.kind != K_IDENT && e.kind != K_MEMBER)
            tp_fail(p, at, "Invalid left-hand side expression in prefix operation");
        break;
    }
    case T_NAME:
        if (!p->tok.escaped) {
            uint32_t id = p->tok.id;
            if (id == KW_TYPEOF || id == KW_VOID || id == KW_DELETE) {
                tp_next(p);
                uint32_t at = p->tok.start;
                tp_ex e = tp_unary(p);
                if (id == KW_DELETE && e.kind == K_IDENT && !p->script)
                    tp_fail(p, at, "Delete of an unqualified identifier in strict mode.");
                r.unary = 1;
                break;
            }
            if (id == KW_AWAIT && p->await_ok) {
                tp_next(p);
                if (p->fn_depth == 0)
                    p->tla = true;
                tp_unary(p);
                r.unary = 1;
                break;
            }
        }
        r = tp_postfix(p);
        break;
    default:
        r = tp_postfix(p);
    }
    tp_leave(p);
    return r;
}

static int tp_binprec(P *p) {
    switch (TOK) {
    case T_NULLISH: return 1;
    case T_OR: return 2;
    case T_AND: return 3;
    case '|': return 4;
    case '^': return 5;
    case '&': return 6;
    case T_EQ: case T_NE: case T_SEQ: case T_SNE: return 7;
    case '<': case '>': case T_LE: case T_GE: return 8;
    case T_NAME:
        if (p->tok.escaped)
            return 0;
        if (p->tok.id == KW_INSTANCEOF)
            return 8;
        if (p->tok.id == KW_IN && !p->no_in)
            return 8;
        return 0;
    case T_SHL: case T_SAR: case T_SHR: return 9;
    case '+': case '-': return 10;
    case '*': case '/': case '%': return 11;
    case T_EXP: return 12;
    }
    return 0;
}

static tp_ex tp_binary(P *p, int minprec) {
    tp_ex left;
    if (TOK == T_PRIVATE) {
        /* #x in obj */
        tp_next(p);
        if (!tp_is(p, KW_IN) || p->no_in)
            tp_unexpected(p);
        left = TP_OTHER;
    } else {
        uint32_t at = p->tok.start;
        left = tp_unary(p);
        if (left.kind == K_ARROW)
            return left;
        if (left.unary && TOK == T_EXP)
            tp_fail(p, at, "Unary operator used immediately before exponentiation expression. Parenthesis must be "
                           "used to disambiguate operator precedence");
    }
    for (;;) {
        int prec = tp_binprec(p);
        if (!prec || prec <= minprec)
            break;
        uint16_t op = p->tok.type;
        uint32_t op_pos = p->tok.start;
        /* ?? does not mix with || and && without parentheses */
        if (op == T_NULLISH && (left.op == T_OR || left.op == T_AND))
            tp_unexpected(p);
        if ((op == T_OR || op == T_AND) && left.op == T_NULLISH)
            tp_unexpected(p);
        tp_next(p);
        tp_ex right = tp_binary(p, prec == 12 ? prec - 1 : prec); /* ** is right-associative */
        if (right.kind == K_ARROW)
            tp_unexpected(p);
        if (op == T_NULLISH && (right.op == T_OR || right.op == T_AND)) {
            p->tok.start = right.op_pos;
            p->tok.end = right.op_pos + 2;
            p->tok.type = right.op;
            tp_unexpected(p);
        }
        if ((op == T_OR || op == T_AND) && right.op == T_NULLISH) {
            p->tok.start = right.op_pos;
            p->tok.end = right.op_pos + 2;
            p->tok.type = T_NULLISH;
            tp_unexpected(p);
        }
        left = TP_OTHER;
        left.op = op;
        left.op_pos = op_pos;
    }
    return left;
}

static tp_ex tp_conditional(P *p) {
    tp_ex e = tp_binary(p, 0);
    if (e.kind == K_ARROW)
        return e;
    if (TOK == '?') {
        tp_next(p);
        bool no_in = p->no_in;
        p->no_in = false;
        tp_assign(p);
        p->no_in = no_in;
        tp_expect(p, ':');
        tp_assign(p);
        return TP_OTHER;
    }
    return e;
}

static tp_ex tp_assign(P *p) {
    tp_enter(p);
    if (tp_is(p, KW_YIELD) && p->yield_ok) {
        tp_next(p);
        bool arg = false;
        if (TOK == '*') {
            tp_next(p);
            arg = true;
        } else if (!p->tok.nl) {
            switch (TOK) {
            case ')': case ']': case '}': case ',': case ';': case ':': case T_EOF:
                break;
            default:
                arg = !(TOK == T_NAME && p->tok.id == KW_IN && !p->tok.escaped);
            }
        }
        if (arg)
            tp_assign(p);
        tp_leave(p);
        return TP_OTHER;
    }
    uint32_t at = p->tok.start;
    tp_ex e = tp_conditional(p);
    if (e.kind == K_ARROW) {
        tp_leave(p);
        return e;
    }
    if ((TOK == '=' || TOK == T_ASSIGN_OP) && e.kind == K_IDENT &&
        (p->refs.v[e.ref].name == KW_EVAL || p->refs.v[e.ref].name == KW_ARGUMENTS) && !p->script)
        tp_fail(p, at, "Unexpected eval or arguments in strict mode");
    if (TOK == '=') {
        if (e.kind == K_IDENT)
            p->refs.v[e.ref].flags |= R_CAND;
        else if (e.kind != K_MEMBER && e.kind != K_ARRAY && e.kind != K_OBJECT)
            tp_fail(p, at, "Invalid left-hand side in assignment");
        tp_next(p);
        uint32_t r1 = p->refs.n;
        tp_assign(p);
        tp_clear_cand(p, r1);
        tp_leave(p);
        return (tp_ex){.kind = K_ASSIGN};
    }
    if (TOK == T_ASSIGN_OP) {
        if (e.kind != K_IDENT && e.kind != K_MEMBER)
            tp_fail(p, at, "Invalid left-hand side in assignment");
        tp_next(p);
        tp_assign(p);
        tp_leave(p);
        return TP_OTHER;
    }
    tp_leave(p);
    return e;
}

static tp_ex tp_expression(P *p) {
    tp_ex e = tp_assign(p);
    while (TOK == ',') {
        tp_next(p);
        tp_assign(p);
        e = TP_OTHER;
    }
    return e;
}

/* ---- functions and classes ---------------------------------------------- */

/* From the parameter list's `(` to the body's `}` (consumed). */
static void tp_function_rest(P *p, bool is_async, bool is_gen, uint32_t expr_name) {
    tp_scope_push(p, SC_FUNCTION);
    if (expr_name != ~0u)
        tp_declare(p, expr_name, D_NAME, 0);
    tp_ctx c = tp_ctx_enter(p, is_async, is_gen);
    tp_expect(p, '(');
    while (TOK != ')') {
        if (TOK == T_ELLIPSIS) {
            tp_next(p);
            tp_binding_target(p, D_PARAM, false);
            if (TOK != ')')
                tp_fail(p, p->tok.start, "Rest parameter must be last formal parameter");
            break;
        }
        tp_binding_target(p, D_PARAM, false);
        if (TOK == '=') {
            tp_next(p);
            tp_assign(p);
        }
        if (TOK != ')')
            tp_expect(p, ',');
    }
    tp_next(p);
    tp_expect(p, '{');
    tp_body(p);
    tp_ctx_leave(p, c);
    tp_scope_pop(p);
}

/* A class (current token `class`). Declarations declare their name in the
 * current scope. Returns true when the class has no name. */
static bool tp_class(P *p, bool is_decl, bool name_optional, uint32_t *name_out) {
    tp_enter(p);
    tp_next(p);
    uint32_t name = ~0u, name_pos = 0;
    if (TOK == T_NAME && !tp_is(p, KW_EXTENDS)) {
        tp_check_binding(p);
        name = p->tok.id;
        name_pos = p->tok.start;
        tp_next(p);
    } else if (!name_optional) {
        tp_unexpected(p);
    }
    if (is_decl && name != ~0u)
        tp_declare(p, name, D_LEXICAL, name_pos);
    *name_out = name;
    tp_scope_push(p, SC_CLASS);
    if (name != ~0u)
        tp_declare(p, name, D_NAME, name_pos);
    if (tp_is(p, KW_EXTENDS)) {
        tp_next(p);
        tp_ex e = tp_lhs(p);
        if (e.kind == K_ARROW)
            tp_unexpected(p);
    }
    tp_expect(p, '{');
    while (TOK != '}') {
        if (TOK == ';') {
            tp_next(p);
            continue;
        }
        if (tp_is(p, KW_STATIC) && tp_modifier_follows(p, false)) {
            tp_next(p);
            if (TOK == '{') {
                tp_next(p);
                tp_scope_push(p, SC_FUNCTION);
                tp_ctx c = tp_ctx_enter(p, false, false);
                tp_body(p);
                tp_ctx_leave(p, c);
                tp_scope_pop(p);
                continue;
            }
        }
        bool is_async = false, is_gen = false, accessor = false;
        if (tp_is(p, KW_ASYNC) && tp_modifier_follows(p, true)) {
            is_async = true;
            tp_next(p);
        }
        if (TOK == '*') {
            is_gen = true;
            tp_next(p);
        }
        if (!is_async && !is_gen && (tp_is(p, KW_GET) || tp_is(p, KW_SET)) && tp_modifier_follows(p, false)) {
            accessor = true;
            tp_next(p);
        }
        tp_property_name(p, true);
        if (is_async || is_gen || accessor || TOK == '(') {
            tp_function_rest(p, is_async, is_gen, ~0u);
            continue;
        }
        /* A field: its initializer is a function of its own. */
        if (TOK == '=') {
            tp_next(p);
            tp_scope_push(p, SC_FUNCTION);
            tp_ctx c = tp_ctx_enter(p, false, false);
            tp_assign(p);
            tp_ctx_leave(p, c);
            tp_scope_pop(p);
        }
        if (TOK == ';')
            tp_next(p);
        else if (TOK != '}' && !p->tok.nl)
            tp_unexpected(p);
    }
    tp_next(p);
    tp_scope_pop(p);
    tp_leave(p);
    return name == ~0u;
}

/* ---- declarations -------------------------------------------------------- */

static void tp_add_export(P *p, uint32_t name, uint8_t kind, uint32_t local, uint32_t imp, uint32_t imported,
                          uint32_t pos) {
    tp_slot *dup = tp_map_find(&p->exportset, name);
    if (dup) {
        if (dup->kind == EX_DEFAULT && kind == EX_DEFAULT)
            tp_fail(p, pos, "Identifier '.default' has already been declared");
        tp_name *n = &p->names.v[name];
        tp_fail(p, pos, "Duplicate export of '%.*s'", (int)(n->len > 64 ? 64 : n->len), n->s);
    }
    tp_map_add(&p->exportset, name, kind, 0);
    tp_push(p->exports, (tp_export){name, kind, local, imp, imported, pos, pos});
}

/* A binding identifier or pattern, each name declared as `kind`. */
static void tp_binding_target(P *p, int kind, bool exporting) {
    tp_enter(p);
    if (TOK == T_NAME) {
        tp_check_binding(p);
        tp_declare(p, p->tok.id, kind, p->tok.start);
        if (exporting)
            tp_add_export(p, p->tok.id, EX_LOCAL, p->tok.id, 0, 0, p->tok.start);
        tp_next(p);
    } else if (TOK == '[') {
        tp_next(p);
        while (TOK != ']') {
            if (TOK == ',') {
                tp_next(p);
                continue;
            }
            bool rest = TOK == T_ELLIPSIS;
            if (rest)
                tp_next(p);
            tp_binding_target(p, kind, exporting);
            if (!rest && TOK == '=') {
                tp_next(p);
                bool no_in = p->no_in;
                p->no_in = false;
                tp_assign(p);
                p->no_in = no_in;
            }
            if (TOK != ']')
                tp_expect(p, ',');
        }
        tp_next(p);
    } else if (TOK == '{') {
        tp_next(p);
        while (TOK != '}') {
            if (TOK == T_ELLIPSIS) {
                tp_next(p);
                if (TOK != T_NAME)
                    tp_unexpected(p);
                tp_binding_target(p, kind, exporting);
            } else {
                tp_tok key = p->tok;
                tp_property_name(p, false);
                if (TOK == ':') {
                    tp_next(p);
                    tp_binding_target(p, kind, exporting);
                } else {
                    if (key.type != T_NAME)
                        tp_unexpected(p);
                    tp_tok now = p->tok;
                    p->tok = key;
                    tp_check_binding(p);
                    tp_declare(p, key.id, kind, key.start);
                    if (exporting)
                        tp_add_export(p, key.id, EX_LOCAL, key.id, 0, 0, key.start);
                    p->tok = now;
                }
                if (TOK == '=') {
                    tp_next(p);
                    bool no_in = p->no_in;
                    p->no_in = false;
                    tp_assign(p);
                    p->no_in = no_in;
                }
            }
            if (TOK != '}')
                tp_expect(p, ',');
        }
        tp_next(p);
    } else {
        tp_unexpected(p);
    }
    tp_leave(p);
}

/* `var`/`let`/`const` declarators after the keyword; in a for head
 * (in_for) initializers are optional. Returns the number of declarators;
 * *init tells whether any had an initializer. */
static int tp_declarators(P *p, int kind, bool is_const, bool in_for, bool exporting, bool *init) {
    int n = 0;
    *init = false;
    for (;;) {
        bool pattern = TOK == '[' || TOK == '{';
        uint32_t at = p->tok.start;
        if (!n)
            p->first_binding = at;
        tp_binding_target(p, kind, exporting);
        n++;
        if (TOK == '=') {
            tp_next(p);
            tp_assign(p);
            *init = true;
        } else if (!in_for) {
            if (is_const)
                tp_fail(p, at, "Missing initializer in const declaration");
            if (pattern)
                tp_fail(p, at, "Missing initializer in destructuring declaration");
        }
        if (TOK != ',')
            return n;
        tp_next(p);
    }
}

/* function / async function / generator declarations; the current token
 * is `function` (after `async`, if any). Returns the name, or ~0u when
 * anonymous (export default only); *name_at gets where a name would go. */
static uint32_t tp_function_decl(P *p, bool is_async, bool anon_ok, uint32_t *name_at) {
    tp_next(p);
    bool is_gen = false;
    *name_at = p->prev_end;
    if (TOK == '*') {
        is_gen = true;
        tp_next(p);
        *name_at = p->prev_end;
    }
    uint32_t name = ~0u;
    if (TOK == '(' && anon_ok) {
        /* anonymous */
    } else {
        tp_check_binding(p);
        name = p->tok.id;
        tp_declare(p, name, D_FUNCTION, p->tok.start);
        tp_next(p);
    }
    tp_function_rest(p, is_async, is_gen, ~0u);
    return name;
}

/* A cooked string literal (the current token) into the arena as UTF-8
 * (WTF-8 for lone surrogates); *n gets its length. */
static char *tp_cook_string(P *p, uint32_t *n) {
    const uint8_t *s = p->s;
    uint32_t a = p->tok.start + 1, b = p->tok.end - 1;
    uint8_t *o = tp_alloc(&p->arena, (b - a) * 2 + 4);
    uint32_t k = 0;
    uint32_t pending_hi = 0;
    for (uint32_t i = a; i < b;) {
        if (s[i] != '\\') {
            if (pending_hi) {
                k += tp_put_utf8(o + k, pending_hi);
                pending_hi = 0;
            }
            o[k++] = s[i++];
            continue;
        }
        uint8_t c = s[i + 1];
        uint32_t cp;
        bool have = true;
        switch (c) {
        case 'n': cp = '\n'; i += 2; break;
        case 't': cp = '\t'; i += 2; break;
        case 'r': cp = '\r'; i += 2; break;
        case 'b': cp = '\b'; i += 2; break;
        case 'f': cp = '\f'; i += 2; break;
        case 'v': cp = '\v'; i += 2; break;
        case '0': cp = 0; i += 2; break;
        case 'x':
            cp = (uint32_t)(tp_hexval(s[i + 2]) * 16 + tp_hexval(s[i + 3]));
            i += 4;
            break;
        case 'u': {
            int32_t v = tp_read_uescape(p, &i);
            cp = v < 0 ? 0xFFFD : (uint32_t)v;
            break;
        }
        case '\r':
            i += 2;
            if (s[i] == '\n')
                i++;
            have = false;
            cp = 0;
            break;
        case '\n':
            i += 2;
            have = false;
            cp = 0;
            break;
        default:
            if (c == 0xE2 && s[i + 2] == 0x80 && (s[i + 3] == 0xA8 || s[i + 3] == 0xA9)) {
                i += 4;
                have = false;
                cp = 0;
            } else {
                /* the escaped character itself, as its bytes */
                i++;
                have = false;
                cp = 0;
                if (pending_hi) {
                    k += tp_put_utf8(o + k, pending_hi);
                    pending_hi = 0;
                }
                o[k++] = s[i++];
                while (i < b && (s[i] & 0xC0) == 0x80)
                    o[k++] = s[i++];
            }
        }
        if (!have)
            continue;
        if (pending_hi) {
            if (cp >= 0xDC00 && cp <= 0xDFFF) {
                cp = 0x10000 + ((pending_hi - 0xD800) << 10) + (cp - 0xDC00);
                pending_hi = 0;
                k += tp_put_utf8(o + k, cp);
                continue;
            }
            k += tp_put_utf8(o + k, pending_hi);
            pending_hi = 0;
        }
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            pending_hi = cp;
            continue;
        }
        k += tp_put_utf8(o + k, cp);
    }
    if (pending_hi)
        k += tp_put_utf8(o + k, pending_hi);
    o[k] = 0;
    *n = k;
    return (char *)o;
}

/* The module specifier (current token, a string) and its `with { ... }`
 * clause; returns the import index, shared by equal requests. */
static uint32_t tp_module_request(P *p, bool source) {
    if (TOK != T_STRING)
        tp_unexpected(p);
    uint32_t spec_len;
    char *spec = tp_cook_string(p, &spec_len);
    tp_next(p);
    /* attributes, kept sorted by key for comparison */
    struct {
        char *k, *v;
        uint32_t kn, vn;
    } attrs[16];
    int na = 0;
    if (tp_is(p, KW_WITH) && !p->tok.nl) {
        tp_next(p);
        tp_expect(p, '{');
        while (TOK != '}') {
            uint32_t kn;
            char *k;
            uint32_t kpos = p->tok.start;
            if (TOK == T_STRING) {
                k = tp_cook_string(p, &kn);
            } else if (TOK == T_NAME) {
                tp_name *nm = &p->names.v[p->tok.id];
                k = (char *)nm->s;
                kn = nm->len;
            } else {
                tp_unexpected(p);
            }
            tp_next(p);
            tp_expect(p, ':');
            if (TOK != T_STRING)
                tp_unexpected(p);
            uint32_t vn;
            char *v = tp_cook_string(p, &vn);
            tp_next(p);
            int at = na;
            for (int i = 0; i < na; i++) {
                int c = memcmp(attrs[i].k, k, attrs[i].kn < kn ? attrs[i].kn : kn);
                if (c == 0 && attrs[i].kn == kn)
                    tp_fail(p, kpos, "Import attribute has duplicate key '%.*s'", (int)(kn > 64 ? 64 : kn), k);
                if (c > 0 || (c == 0 && attrs[i].kn > kn)) {
                    at = i;
                    break;
                }
            }
            if (na == 16)
                tp_fail(p, kpos, "Too many import attributes");
            memmove(&attrs[at + 1], &attrs[at], (size_t)(na - at) * sizeof attrs[0]);
            attrs[at].k = k;
            attrs[at].kn = kn;
            attrs[at].v = v;
            attrs[at].vn = vn;
            na++;
            if (TOK != '}')
                tp_expect(p, ',');
        }
        tp_next(p);
    }
    tp_buf b = {0};
    tp_buf_ch(&b, '{');
    for (int i = 0; i < na; i++) {
        if (i)
            tp_buf_ch(&b, ',');
        tp_buf_quote(&b, attrs[i].k, attrs[i].kn);
        tp_buf_ch(&b, ':');
        tp_buf_quote(&b, attrs[i].v, attrs[i].vn);
    }
    tp_buf_ch(&b, '}');
    for (uint32_t i = 0; i < p->imports.n; i++) {
        tp_import *im = &p->imports.v[i];
        if (im->spec_len == spec_len && im->attrs_len == b.n && im->source == source && memcmp(im->spec, spec, spec_len) == 0 &&
            memcmp(im->attrs, b.s, b.n) == 0) {
            free(b.s);
            return i;
        }
    }
    char *a = tp_strdup_arena(p, b.s, b.n);
    tp_push(p->imports, (tp_import){spec, spec_len, a, (uint32_t)b.n, source});
    free(b.s);
    return p->imports.n - 1;
}

static void tp_add_binding(P *p, uint32_t imp, uint32_t name, uint32_t local) {
    uint64_t key = (uint64_t)imp << 32 | name;
    if (tp_map_find(&p->bindset, key))
        return;
    tp_map_add(&p->bindset, key, 0, 0);
    tp_push(p->bindings, key);
    tp_push(p->bindlocal, local);
}

/* The metadata lists the bindings in the order V8 checks them at link
 * time, which decides the error when several are missing: imports by
 * their local names' code units, then `export { x } from` in source order. */
typedef struct {
    const tp_name *local; /* NULL for `export { x } from` */
    uint32_t k;           /* the index in p->bindings: source order */
} tp_binding_key;

static int tp_binding_cmp(const void *a, const void *b) {
    const tp_binding_key *x = a, *y = b;
    int c = 0;
    if (!x->local || !y->local)
        c = !x->local - !y->local;
    else if ((c = memcmp(x->local->s, y->local->s, x->local->len < y->local->len ? x->local->len : y->local->len)) == 0)
        c = (x->local->len > y->local->len) - (x->local->len < y->local->len);
    return c ? c : (x->k > y->k) - (x->k < y->k);
}

/* An import or export name: an identifier name or a string (interned). */
static uint32_t tp_module_export_name(P *p) {
    uint32_t id;
    if (TOK == T_STRING) {
        uint32_t n;
        char *s = tp_cook_string(p, &n);
        id = tp_intern(p, s, n, tp_hash((const uint8_t *)s, n));
    } else if (TOK == T_NAME) {
        id = p->tok.id;
    } else {
        tp_unexpected(p);
    }
    tp_next(p);
    return id;
}

static void tp_pend(P *p, uint32_t local, uint32_t pos, uint32_t imported) {
    if (p->pend_n == p->pend_cap) {
        p->pend_cap = p->pend_cap ? p->pend_cap * 2 : 16;
        p->pend = tp_xrealloc(p->pend, p->pend_cap * sizeof *p->pend);
    }
    p->pend[p->pend_n].local = local;
    p->pend[p->pend_n].pos = pos;
    p->pend[p->pend_n].imported = imported;
    p->pend_n++;
}

static void tp_remove_statement(P *p, uint32_t start) {
    /* `;` in place of the declaration: the statements around it must not
     * join (`a\nimport 'x'\n(b)` is not `a(b)`). */
    tp_add_edit(p, start, p->prev_end, ";", 1);
}

static void tp_import_decl(P *p) {
    uint32_t start = p->tok.start;
    tp_next(p);
    p->pend_n = 0;
    bool source = false;
    if (tp_is_source(p)) {
        /* `import source x from '...'`; `import source from` imports a default */
        tp_tok t = tp_peek(p);
        if (t.type == T_NAME && !(t.id == KW_FROM && !t.escaped)) {
            source = true;
            tp_next(p);
            tp_check_binding(p);
            tp_pend(p, p->tok.id, p->tok.start, TP_NS);
            tp_next(p);
            if (!tp_is(p, KW_FROM))
                tp_unexpected(p);
            tp_next(p);
        }
    }
    if (!source && TOK != T_STRING) {
        if (TOK == T_NAME) {
            tp_check_binding(p);
            tp_pend(p, p->tok.id, p->tok.start, KW_DEFAULT);
            tp_next(p);
            if (TOK == ',') {
                tp_next(p);
                if (TOK != '*' && TOK != '{')
                    tp_unexpected(p);
            }
        }
        if (TOK == '*') {
            tp_next(p);
            if (!tp_is(p, KW_AS))
                tp_unexpected(p);
            tp_next(p);
            tp_check_binding(p);
            tp_pend(p, p->tok.id, p->tok.start, TP_NS);
            tp_next(p);
        } else if (TOK == '{') {
            tp_next(p);
            while (TOK != '}') {
                tp_tok first = p->tok;
                uint32_t imported = tp_module_export_name(p);
                if (tp_is(p, KW_AS)) {
                    tp_next(p);
                    tp_check_binding(p);
                    tp_pend(p, p->tok.id, p->tok.start, imported);
                    tp_next(p);
                } else {
                    tp_tok now = p->tok;
                    p->tok = first;
                    if (first.type == T_NAME && first.id >= 1 && first.id <= KW_LAST_KEYWORD)
                        tp_fail(p, first.start, "Unexpected reserved word");
                    if (first.type == T_STRING)
                        tp_unexpected(p);
                    tp_check_binding(p);
                    p->tok = now;
                    tp_pend(p, imported, first.start, imported);
                }
                if (TOK != '}')
                    tp_expect(p, ',');
            }
            tp_next(p);
        }
        if (!tp_is(p, KW_FROM))
            tp_unexpected(p);
        tp_next(p);
    }
    uint32_t imp = tp_module_request(p, source);
    for (uint32_t i = 0; i < p->pend_n; i++) {
        uint32_t b = p->ibinds.n;
        tp_push(p->ibinds, (tp_ibind){imp, p->pend[i].imported});
        tp_declare_in(p, 0, p->pend[i].local, D_IMPORT, p->pend[i].pos, b);
        if (p->pend[i].imported != TP_NS)
            tp_add_binding(p, imp, p->pend[i].imported, p->pend[i].local);
    }
    tp_semi(p);
    tp_remove_statement(p, start);
}

static void tp_export_decl(P *p) {
    uint32_t start = p->tok.start;
    tp_next(p);
    if (TOK == '*') {
        tp_next(p);
        uint32_t as = ~0u, pos = p->tok.start;
        if (tp_is(p, KW_AS)) {
            tp_next(p);
            pos = p->tok.start;
            as = tp_module_export_name(p);
        }
        if (!tp_is(p, KW_FROM))
            tp_unexpected(p);
        tp_next(p);
        uint32_t imp = tp_module_request(p, false);
        if (as == ~0u)
            tp_push(p->stars, imp);
        else
            tp_add_export(p, as, EX_FROM, 0, imp, TP_NS, pos);
        tp_semi(p);
        tp_remove_statement(p, start);
        return;
    }
    if (TOK == '{') {
        tp_next(p);
        uint32_t n0 = p->exports.n;
        p->ltoks.n = 0; /* the parser's: an error longjmps past this frame */
        while (TOK != '}') {
            tp_tok ltok = p->tok;
            uint32_t local = tp_module_export_name(p);
            uint32_t name = local, pos = ltok.start;
            if (tp_is(p, KW_AS)) {
                tp_next(p);
                pos = p->tok.start;
                name = tp_module_export_name(p);
            }
            tp_push(p->ltoks, ltok);
            tp_add_export(p, name, EX_LOCAL, local, 0, 0, pos);
            p->exports.v[p->exports.n - 1].local_pos = ltok.start;
            if (TOK != '}')
                tp_expect(p, ',');
        }
        tp_next(p);
        if (tp_is(p, KW_FROM)) {
            tp_next(p);
            uint32_t imp = tp_module_request(p, false);
            for (uint32_t i = n0; i < p->exports.n; i++) {
                tp_export *e = &p->exports.v[i];
                e->kind = EX_FROM;
                e->imp = imp;
                e->imported = e->local;
                tp_add_binding(p, imp, e->local, TP_NS);
            }
        } else {
            /* Local names must be identifiers, not strings or keywords. */
            for (uint32_t i = 0; i < p->ltoks.n; i++) {
                tp_tok now = p->tok;
                p->tok = p->ltoks.v[i];
                if (p->ltoks.v[i].type == T_STRING)
                    tp_unexpected(p);
                tp_check_ident(p);
                p->tok = now;
            }
        }
        tp_semi(p);
        tp_remove_statement(p, start);
        return;
    }
    if (tp_is(p, KW_VAR) || tp_is(p, KW_LET) || tp_is(p, KW_CONST)) {
        tp_add_edit(p, start, p->tok.start, "", 0);
        int kind = tp_is(p, KW_VAR) ? D_VAR : D_LEXICAL;
        bool is_const = tp_is(p, KW_CONST);
        tp_next(p);
        bool init;
        tp_declarators(p, kind, is_const, false, true, &init);
        tp_semi(p);
        return;
    }
    if (tp_is(p, KW_FUNCTION) || tp_is(p, KW_ASYNC)) {
        bool is_async = tp_is(p, KW_ASYNC);
        tp_add_edit(p, start, p->tok.start, "", 0);
        if (is_async) {
            tp_next(p);
            if (!tp_is(p, KW_FUNCTION) || p->tok.nl)
                tp_unexpected(p);
        }
        uint32_t pos = tp_peek(p).start, at;
        uint32_t name = tp_function_decl(p, is_async, false, &at);
        tp_add_export(p, name, EX_LOCAL, name, 0, 0, pos);
        return;
    }
    if (tp_is(p, KW_CLASS)) {
        tp_add_edit(p, start, p->tok.start, "", 0);
        uint32_t pos = tp_peek(p).start, name;
        tp_class(p, true, false, &name);
        tp_add_export(p, name, EX_LOCAL, name, 0, 0, pos);
        return;
    }
    if (!tp_is(p, KW_DEFAULT))
        tp_unexpected(p);
    uint32_t dpos = p->tok.start;
    tp_next(p);
    bool is_async = false;
    if (tp_is(p, KW_ASYNC)) {
        tp_tok t = tp_peek(p);
        is_async = t.type == T_NAME && t.id == KW_FUNCTION && !t.escaped && !t.nl;
    }
    if (tp_is(p, KW_FUNCTION) || is_async) {
        tp_add_edit(p, start, p->tok.start, "", 0);
        if (is_async)
            tp_next(p);
        uint32_t slot = p->edits.n;
        tp_add_edit(p, 0, 0, "", 0); /* the name, if it needs one */
        uint32_t at;
        uint32_t name = tp_function_decl(p, is_async, true, &at);
        if (name == ~0u) {
            p->edits.v[slot] = (tp_edit){at, at, " _$kiln_default", 15};
            p->default_fn_name = true;
            tp_add_export(p, KW_DEFAULT, EX_DEFAULT, 0, 0, 0, dpos);
        } else {
            p->edits.v[slot] = (tp_edit){at, at, "", 0};
            tp_add_export(p, KW_DEFAULT, EX_LOCAL, name, 0, 0, dpos);
        }
        return;
    }
    if (tp_is(p, KW_CLASS)) {
        tp_tok t = tp_peek(p);
        bool anon = !(t.type == T_NAME && !(t.id == KW_EXTENDS && !t.escaped));
        if (anon) {
            static const char pre[] = "const _$kiln_default = ({ default: ";
            tp_add_edit(p, start, p->tok.start, pre, sizeof pre - 1);
        } else {
            tp_add_edit(p, start, p->tok.start, "", 0);
        }
        uint32_t name;
        tp_class(p, !anon, true, &name);
        if (anon) {
            tp_add_edit(p, p->prev_end, p->prev_end, "}).default;", 11);
            tp_add_export(p, KW_DEFAULT, EX_DEFAULT, 0, 0, 0, dpos);
        } else {
            tp_add_export(p, KW_DEFAULT, EX_LOCAL, name, 0, 0, dpos);
        }
        return;
    }
    uint32_t slot = p->edits.n;
    tp_add_edit(p, start, p->tok.start, "", 0);
    tp_ex e = tp_assign(p);
    if (e.anon) {
        static const char pre[] = "const _$kiln_default = ({ default: ";
        p->edits.v[slot].rep = pre;
        p->edits.v[slot].rep_len = sizeof pre - 1;
        tp_add_edit(p, p->prev_end, p->prev_end, "}).default", 10);
    } else {
        static const char pre[] = "const _$kiln_default = ";
        p->edits.v[slot].rep = pre;
        p->edits.v[slot].rep_len = sizeof pre - 1;
    }
    tp_add_export(p, KW_DEFAULT, EX_DEFAULT, 0, 0, 0, dpos);
    tp_semi(p);
}

/* ---- statements ---------------------------------------------------------- */

enum { CTX_TOP = 0, CTX_LIST = 1, CTX_SINGLE = 2 };

static void tp_loop_body(P *p) {
    p->loops++;
    p->breakables++;
    tp_statement(p, CTX_SINGLE);
    p->loops--;
    p->breakables--;
}

static void tp_for(P *p, uint32_t stmt_start) {
    tp_next(p);
    if (tp_is(p, KW_AWAIT)) {
        if (!p->await_ok)
            tp_unexpected(p);
        if (p->fn_depth == 0)
            p->tla = true;
        tp_next(p);
    }
    tp_expect(p, '(');
    tp_scope_push(p, SC_BLOCK);
    bool classic = true;
    /* `using` in the head: a stack around the whole loop (classic), or
     * one per iteration around the body (for-of), which registers the
     * iteration's value first. */
    int32_t uid = -1;
    uint8_t ukind = 0;
    uint32_t uname_start = 0, uname_end = 0;
    if (TOK == ';') {
        /* no init */
    } else if (tp_using_follows(p, true) || (tp_is(p, KW_AWAIT) && p->await_ok && tp_await_using_follows(p, true))) {
        if (tp_is(p, KW_AWAIT) && p->fn_depth == 0)
            p->tla = true;
        uid = (int32_t)p->n_stacks++;
        ukind = tp_using_keyword(p);
        uint32_t at = p->tok.start;
        uname_start = p->tok.start;
        uname_end = p->tok.end;
        tp_using_binding(p);
        tp_next(p);
        if (tp_is(p, KW_IN))
            tp_fail(p, p->tok.start, "Invalid 'using' in for-in loop");
        if (tp_is(p, KW_OF)) {
            classic = false;
        } else {
            p->no_in = true;
            for (;;) {
                tp_using_init(p, uid, ukind, at);
                if (TOK != ',')
                    break;
                tp_next(p);
                at = p->tok.start;
                tp_using_binding(p);
                tp_next(p);
            }
            p->no_in = false;
        }
    } else if (tp_is(p, KW_VAR) || tp_is(p, KW_LET) || tp_is(p, KW_CONST)) {
        int kind = tp_is(p, KW_VAR) ? D_VAR : D_LEXICAL;
        bool is_const = tp_is(p, KW_CONST);
        tp_next(p);
        p->no_in = true;
        bool init;
        int n = tp_declarators(p, kind, false, true, false, &init);
        p->no_in = false;
        if (tp_is(p, KW_OF) || tp_is(p, KW_IN)) {
            if (n != 1)
                tp_fail(p, p->first_binding, "Invalid left-hand side in for-%s loop: Must have a single binding.",
                        tp_is(p, KW_OF) ? "of" : "in");
            classic = false;
        } else if (is_const && !init) {
            tp_fail(p, p->first_binding, "Missing initializer in const declaration");
        }
    } else {
        p->no_in = true;
        tp_ex e = tp_expression(p);
        p->no_in = false;
        if (tp_is(p, KW_OF) || tp_is(p, KW_IN)) {
            if (e.kind != K_IDENT && e.kind != K_MEMBER && e.kind != K_ARRAY && e.kind != K_OBJECT)
                tp_fail(p, p->tok.start, "Invalid left-hand side in for-loop");
            classic = false;
        }
    }
    if (classic) {
        tp_expect(p, ';');
        if (TOK != ';')
            tp_expression(p);
        tp_expect(p, ';');
        if (TOK != ')')
            tp_expression(p);
    } else {
        bool of = tp_is(p, KW_OF);
        tp_next(p);
        if (of)
            tp_assign(p);
        else
            tp_expression(p);
    }
    tp_expect(p, ')');
    if (uid >= 0 && !classic) {
        tp_uedit_add(p, p->tok.start, p->tok.start,
                     tp_fmt_arena(p, "{ const _$kiln_s%d = _$kiln_using(); try { _$kiln_s%d.%c(%.*s); ", uid, uid,
                                  ukind == U_ASYNC ? 'a' : 'u', (int)(uname_end - uname_start),
                                  (const char *)p->s + uname_start),
                     TP_U_OPEN(p));
    } else if (uid >= 0) {
        tp_uedit_add(p, stmt_start, stmt_start, tp_fmt_arena(p, "{%s", tp_using_head(p, uid)), TP_U_OPEN(p));
    }
    tp_loop_body(p);
    if (uid >= 0)
        tp_uedit_add(p, p->prev_end, p->prev_end, tp_fmt_arena(p, "%s }", tp_using_tail(p, uid, ukind)),
                     TP_U_CLOSE(p));
    tp_scope_pop(p);
}

static void tp_paren_expr(P *p) {
    tp_expect(p, '(');
    tp_expression(p);
    tp_expect(p, ')');
}

static void tp_statement(P *p, int ctx) {
    tp_enter(p);
    /* where the statement begins, with its labels */
    uint32_t stmt_start = p->pending_label ? p->label_start : p->tok.start;
    p->pending_label = false;
    switch (TOK) {
    case '{':
        tp_next(p);
        tp_scope_push(p, SC_BLOCK);
        tp_body(p);
        tp_scope_pop(p);
        goto out;
    case ';':
        tp_next(p);
        goto out;
    case T_NAME:
        if (p->tok.escaped)
            break;
        switch (p->tok.id) {
        case KW_VAR:
        case KW_LET:
        case KW_CONST: {
            uint32_t id = p->tok.id;
            if (id != KW_VAR && ctx == CTX_SINGLE)
                tp_fail(p, p->tok.start, "Lexical declaration cannot appear in a single-statement context");
            tp_next(p);
            bool init;
            tp_declarators(p, id == KW_VAR ? D_VAR : D_LEXICAL, id == KW_CONST, false, false, &init);
            tp_semi(p);
            goto out;
        }
        case KW_USING:
            if (p->ublk && ctx != CTX_SINGLE && tp_using_follows(p, false)) {
                tp_using_statement(p);
                goto out;
            }
            break;
        case KW_AWAIT:
            if (p->script && !p->await_ok && p->ublk && ctx != CTX_SINGLE && tp_await_using_follows(p, false))
                tp_fail(p, p->tok.start, "await is only valid in async functions and the top level bodies of modules");
            if (p->ublk && ctx != CTX_SINGLE && p->await_ok && tp_await_using_follows(p, false)) {
                if (p->fn_depth == 0)
                    p->tla = true;
                tp_using_statement(p);
                goto out;
            }
            break;
        case KW_FUNCTION: {
            if (ctx == CTX_SINGLE && !p->script)
                tp_fail(p, p->tok.start,
                        "In strict mode code, functions can only be declared at top level or inside a block.");
            uint32_t at;
            tp_function_decl(p, false, false, &at);
            goto out;
        }
        case KW_ASYNC: {
            tp_tok t = tp_peek(p);
            if (t.type == T_NAME && t.id == KW_FUNCTION && !t.escaped && !t.nl) {
                if (ctx == CTX_SINGLE)
                    tp_fail(p, p->tok.start, "Async functions can only be declared at the top level or inside a block.");
                tp_next(p);
                uint32_t at;
                tp_function_decl(p, true, false, &at);
                goto out;
            }
            break;
        }
        case KW_CLASS: {
            if (ctx == CTX_SINGLE)
                tp_unexpected(p);
            uint32_t name;
            tp_class(p, true, false, &name);
            goto out;
        }
        case KW_IF:
            tp_next(p);
            tp_paren_expr(p);
            tp_statement(p, CTX_SINGLE);
            if (tp_is(p, KW_ELSE)) {
                tp_next(p);
                tp_statement(p, CTX_SINGLE);
            }
            goto out;
        case KW_FOR:
            tp_for(p, stmt_start);
            goto out;
        case KW_WHILE:
            tp_next(p);
            tp_paren_expr(p);
            tp_loop_body(p);
            goto out;
        case KW_DO:
            tp_next(p);
            tp_loop_body(p);
            if (!tp_is(p, KW_WHILE))
                tp_unexpected(p);
            tp_next(p);
            tp_paren_expr(p);
            if (TOK == ';')
                tp_next(p);
            goto out;
        case KW_CONTINUE:
        case KW_BREAK: {
            bool is_break = p->tok.id == KW_BREAK;
            uint32_t at = p->tok.start;
            tp_next(p);
            if (TOK == T_NAME && !p->tok.nl && !(p->tok.id >= 1 && p->tok.id <= KW_LAST_RESERVED)) {
                /* a label, not a reference */
                uint32_t k = p->labels.n;
                while (k > p->label_base && (uint32_t)p->labels.v[k - 1] != p->tok.id)
                    k--;
                tp_name *nm = &p->names.v[p->tok.id];
                int nl = (int)(nm->len > 64 ? 64 : nm->len);
                if (k == p->label_base)
                    tp_fail(p, p->tok.start, "Undefined label '%.*s'", nl, nm->s);
                if (!is_break && !(p->labels.v[k - 1] >> 32))
                    tp_fail(p, at, "Illegal continue statement: '%.*s' does not denote an iteration statement", nl,
                            nm->s);
                tp_next(p);
            } else if (is_break && !p->breakables) {
                tp_fail(p, at, "Illegal break statement");
            } else if (!is_break && !p->loops) {
                tp_fail(p, at, "Illegal continue statement: no surrounding iteration statement");
            }
            tp_semi(p);
            goto out;
        }
        case KW_RETURN:
            if (!p->in_function)
                tp_fail(p, p->tok.start, "Illegal return statement");
            tp_next(p);
            if (TOK != ';' && TOK != '}' && TOK != T_EOF && !p->tok.nl)
                tp_expression(p);
            tp_semi(p);
            goto out;
        case KW_WITH:
            if (p->script) {
                tp_next(p);
                tp_paren_expr(p);
                tp_statement(p, CTX_SINGLE);
                goto out;
            }
            tp_fail(p, p->tok.start, "Strict mode code may not include a with statement");
        case KW_SWITCH:
            tp_next(p);
            tp_paren_expr(p);
            tp_expect(p, '{');
            tp_scope_push(p, SC_BLOCK);
            p->breakables++;
            {
                /* V8 takes no `using` directly in a case clause */
                tp_ublk *ublk = p->ublk;
                p->ublk = NULL;
                bool seen_default = false;
                while (TOK != '}') {
                    if (tp_is(p, KW_CASE)) {
                        tp_next(p);
                        tp_expression(p);
                    } else if (tp_is(p, KW_DEFAULT)) {
                        if (seen_default)
                            tp_fail(p, p->tok.start, "More than one default clause in switch statement");
                        seen_default = true;
                        tp_next(p);
                    } else {
                        tp_unexpected(p);
                    }
                    tp_expect(p, ':');
                    while (TOK != '}' && !tp_is(p, KW_CASE) && !tp_is(p, KW_DEFAULT)) {
                        if (TOK == T_EOF)
                            tp_unexpected(p);
                        tp_statement(p, CTX_LIST);
                    }
                }
                p->ublk = ublk;
            }
            tp_next(p);
            p->breakables--;
            tp_scope_pop(p);
            goto out;
        case KW_THROW:
            tp_next(p);
            if (p->tok.nl)
                tp_fail(p, p->prev_start, "Illegal newline after throw");
            tp_expression(p);
            tp_semi(p);
            goto out;
        case KW_TRY: {
            tp_next(p);
            if (TOK != '{')
                tp_unexpected(p);
            tp_statement(p, CTX_LIST);
            bool handled = false;
            if (tp_is(p, KW_CATCH)) {
                handled = true;
                tp_next(p);
                tp_scope_push(p, SC_BLOCK);
                if (TOK == '(') {
                    tp_next(p);
                    tp_binding_target(p, D_CATCH, false);
                    tp_expect(p, ')');
                }
                /* The block shares the parameter's scope, so `let e`
                 * inside conflicts with `catch (e)`, as in V8. */
                tp_expect(p, '{');
                tp_body(p);
                tp_scope_pop(p);
            }
            if (tp_is(p, KW_FINALLY)) {
                handled = true;
                tp_next(p);
                if (TOK != '{')
                    tp_unexpected(p);
                tp_statement(p, CTX_LIST);
            }
            if (!handled)
                tp_fail(p, p->prev_start, "Missing catch or finally after try");
            goto out;
        }
        case KW_DEBUGGER:
            tp_next(p);
            tp_semi(p);
            goto out;
        case KW_IMPORT: {
            tp_tok t = tp_peek(p);
            if (t.type == '(' || t.type == '.')
                break;
            if (p->script)
                tp_fail(p, p->tok.start, "Cannot use import statement outside a module");
            if (ctx != CTX_TOP) {
                /* V8 reads `import` as the start of an expression here */
                tp_next(p);
                tp_unexpected(p);
            }
            tp_import_decl(p);
            goto out;
        }
        case KW_EXPORT:
            if (ctx != CTX_TOP || p->script)
                tp_unexpected(p);
            tp_export_decl(p);
            goto out;
        case KW_ENUM:
            tp_fail(p, p->tok.start, "Unexpected reserved word");
        }
        break;
    }
    /* An expression statement, or a label. */
    {
        tp_ex e = tp_expression(p);
        if (e.kind == K_IDENT && TOK == ':') {
            tp_refent *ref = &p->refs.v[e.ref];
            ref->flags |= R_DEAD;
            for (uint32_t k = p->label_base; k < p->labels.n; k++)
                if ((uint32_t)p->labels.v[k] == ref->name) {
                    tp_name *nm = &p->names.v[ref->name];
                    tp_fail(p, ref->start, "Label '%.*s' has already been declared", (int)(nm->len > 64 ? 64 : nm->len),
                            nm->s);
                }
            tp_next(p);
            if (tp_is(p, KW_FUNCTION) && !p->script)
                tp_fail(p, p->tok.start,
                        "In strict mode code, functions can only be declared at top level or inside a block.");
            bool loop = tp_is(p, KW_FOR) || tp_is(p, KW_WHILE) || tp_is(p, KW_DO);
            if (!loop && TOK == T_NAME) {
                tp_tok t = tp_peek(p);
                loop = t.type == ':';
            }
            tp_push(p->labels, (uint64_t)ref->name | (uint64_t)loop << 32);
            /* A labeled block can be left with `break label`. */
            p->pending_label = true;
            p->label_start = stmt_start;
            tp_statement(p, tp_is(p, KW_FUNCTION) ? CTX_LIST : CTX_SINGLE);
            p->labels.n--;
        } else {
            tp_semi(p);
        }
    }
out:
    tp_leave(p);
}

/* ---- code generation ------------------------------------------------------ */

/* Is s an IdentifierName we can write after a dot? (ASCII only: others
 * go in brackets, which is always right.) */
static bool tp_dot_name(const char *s, uint32_t n) {
    if (!n || !(tp_cc[(uint8_t)s[0]] & C_IDSTART))
        return false;
    for (uint32_t i = 1; i < n; i++)
        if (!(tp_cc[(uint8_t)s[i]] & C_ID))
            return false;
    return true;
}

/* `_$kiln_iN.name`, `_$kiln_iN["name"]`, or for a namespace binding
 * `_$kiln_iN` (the bindings object, whose properties `ns.x` reads) or,
 * when `value` (any other use), `_$kiln_m.n[N]` (the namespace object
 * itself: a Proxy the loader makes on demand, slower to read through). */
static void tp_emit_import_ref(P *p, tp_buf *b, uint32_t imp, uint32_t name, bool value) {
    /* A source-phase import's d[N] is the source object itself. */
    if (name == TP_NS && value && !p->imports.v[imp].source) {
        tp_buf_str(b, "_$kiln_m.n[");
        tp_buf_u32(b, imp);
        tp_buf_ch(b, ']');
        return;
    }
    tp_buf_str(b, "_$kiln_i");
    tp_buf_u32(b, imp);
    if (name == TP_NS)
        return;
    tp_name *n = &p->names.v[name];
    if (tp_dot_name(n->s, n->len)) {
        tp_buf_ch(b, '.');
        tp_buf_add(b, n->s, n->len);
    } else {
        tp_buf_ch(b, '[');
        tp_buf_quote(b, n->s, n->len);
        tp_buf_ch(b, ']');
    }
}

/* The import binding a module-scope name denotes, or NULL. */
static tp_ibind *tp_import_of(P *p, uint32_t name) {
    tp_slot *d = tp_map_find(&p->decls, TP_KEY(0, name));
    return d && d->kind == D_IMPORT ? &p->ibinds.v[d->data] : NULL;
}

/* Whether a module-code reference to `arguments` would see the generator's
 * own arguments object: no non-arrow function (nor class, whose field
 * initialisers the engine refuses it in) lies between it and the module. */
static bool tp_module_arguments(P *p, uint32_t s) {
    while (s != 0) {
        tp_scope *sc = &p->scopes.v[s];
        if ((sc->kind == SC_FUNCTION && !sc->arrow) || sc->kind == SC_CLASS)
            return false;
        s = sc->parent;
    }
    return true;
}

/* Rewrites for every reference that resolves to an import, and for
 * `arguments` at the module's top level (renamed to an undeclared name, so
 * it is a ReferenceError and typeof gives "undefined", as in a module). */
static void tp_resolve_refs(P *p, tp_edits *out) {
    if (!p->ibinds.n && (p->script || !p->args_seen))
        return;
    /* Which names are imports at all: most references are not. */
    uint8_t *is_import = tp_xmalloc(p->names.n ? p->names.n : 1);
    memset(is_import, 0, p->names.n);
    if (p->ibinds.n) {
        for (uint32_t i = 0; i < p->decls.cap; i++) {
            tp_slot *s = &p->decls.v[i];
            if (s->key && s->kind == D_IMPORT)
                is_import[(uint32_t)(s->key - 1)] = 1;
        }
    }
    bool module = !p->script;
    tp_buf b = {0};
    for (uint32_t r = 0; r < p->refs.n; r++) {
        tp_refent *ref = &p->refs.v[r];
        if (ref->flags & R_DEAD)
            continue;
        if (module && ref->name == KW_ARGUMENTS && !is_import[ref->name]) {
            if (!tp_module_arguments(p, ref->scope))
                continue;
            b.n = 0;
            if (ref->flags & R_SHORTHAND) {
                tp_buf_add(&b, (const char *)p->s + ref->start, ref->end - ref->start);
                tp_buf_str(&b, ": ");
            }
            tp_buf_str(&b, "_$kiln_arguments");
            char *rep = tp_strdup_arena(p, b.s, b.n);
            tp_push(*out, (tp_edit){ref->start, ref->end, rep, (uint32_t)b.n});
            continue;
        }
        if (!is_import[ref->name])
            continue;
        uint32_t s = ref->scope;
        tp_slot *d;
        for (;;) {
            d = tp_map_find(&p->decls, TP_KEY(s, ref->name));
            if (d && d->kind != D_VAR_THROUGH)
                break;
            if (s == 0)
                break;
            s = p->scopes.v[s].parent;
        }
        if (!d || s != 0 || d->kind != D_IMPORT)
            continue;
        tp_ibind *ib = &p->ibinds.v[d->data];
        b.n = 0;
        if (ref->flags & R_SHORTHAND) {
            tp_buf_add(&b, (const char *)p->s + ref->start, ref->end - ref->start);
            tp_buf_str(&b, ": ");
        }
        bool call = (ref->flags & R_CALLEE) && ib->name != TP_NS;
        if (call)
            tp_buf_str(&b, "(0, ");
        tp_emit_import_ref(p, &b, ib->imp, ib->name, !(ref->flags & R_OBJECT));
        if (call)
            tp_buf_ch(&b, ')');
        char *rep = tp_strdup_arena(p, b.s, b.n);
        tp_push(*out, (tp_edit){ref->start, ref->end, rep, (uint32_t)b.n});
    }
    free(b.s);
    free(is_import);
}

static void tp_emit_range(P *p, tp_buf *o, uint32_t from, uint32_t to) {
    tp_buf_add(o, (const char *)p->s + from, to - from);
}

/* An edit's replacement, then the line breaks of the text it replaces. */
static void tp_emit_edit(P *p, tp_buf *o, const tp_edit *e) {
    tp_buf_add(o, e->rep, e->rep_len);
    const uint8_t *s = p->s;
    for (uint32_t i = e->start; i < e->end; i++) {
        if (s[i] == '\n' || s[i] == '\r')
            tp_buf_ch(o, (char)s[i]);
        else if (s[i] == 0xE2 && s[i + 1] == 0x80 && (s[i + 2] == 0xA8 || s[i + 2] == 0xA9) && i + 2 < e->end) {
            tp_buf_add(o, (const char *)s + i, 3);
            i += 2;
        }
    }
}

static int tp_uedit_cmp(const void *a, const void *b) {
    const tp_uedit *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->rank != y->rank)
        return x->rank < y->rank ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* ---- the column map ------------------------------------------------------------
 * Edits keep every line where it was but move columns: `f(` becomes
 * `(0, _$kiln_i0.f)(`. The map lets stack traces show original columns:
 * per line with such an edit, triples (generated column, original column,
 * inside) in generated order; a generated column c maps through the last
 * triple at or before it to o + (c - g), or to o itself when `inside` (a
 * place within a replacement). Columns are UTF-16 units from the start of
 * the line (on line 1, of the module's own text, after the header). */
typedef struct {
    tp_buf *map;      /* the JSON array being written, NULL for none */
    uint32_t line;    /* 1-based, the same in the source and the output */
    uint32_t ocol, gcol;
    uint32_t map_line; /* the line whose entry is open in map, or 0 */
} tp_cols;

/* The UTF-16 units of a UTF-8 byte: 1 for a character's first byte (2 for
 * one beyond U+FFFF), 0 for a continuation byte. */
static uint32_t tp_units_of_byte(uint8_t c) {
    return (c & 0xC0) == 0x80 ? 0 : c >= 0xF0 ? 2 : 1;
}

/* Moves over source bytes [from, to): in the output as well when `copied`. */
static void tp_cols_advance(P *p, tp_cols *t, uint32_t from, uint32_t to, bool copied) {
    const uint8_t *s = p->s;
    for (uint32_t i = from; i < to; i++) {
        if (tp_is_lt_at(s, i) && !(s[i] == '\r' && s[i + 1] == '\n')) { /* CR LF: one, at the LF */
            t->line++;
            t->ocol = t->gcol = 0;
            if (s[i] == 0xE2)
                i += 2;
            continue;
        }
        uint32_t u = tp_units_of_byte(s[i]);
        t->ocol += u;
        if (copied)
            t->gcol += u;
    }
}

static void tp_cols_mark(tp_cols *t, bool inside) {
    if (t->map_line != t->line) {
        tp_buf_str(t->map, t->map_line ? "],[" : "[");
        tp_buf_u32(t->map, t->line);
        t->map_line = t->line;
    }
    tp_buf_ch(t->map, ',');
    tp_buf_u32(t->map, t->gcol);
    tp_buf_ch(t->map, ',');
    tp_buf_u32(t->map, t->ocol);
    tp_buf_str(t->map, inside ? ",1" : ",0");
}

/* An edit's effect on the columns: marks when it moves them (a
 * replacement of another length, or one across lines). */
static void tp_cols_edit(P *p, tp_cols *t, const tp_edit *e) {
    uint32_t rep = 0;
    for (uint32_t i = 0; i < e->rep_len; i++)
        rep += tp_units_of_byte((uint8_t)e->rep[i]);
    tp_cols after = *t;
    after.gcol += rep;
    tp_cols_advance(p, &after, e->start, e->end, false);
    if (after.line == t->line && after.ocol - t->ocol == rep) {
        *t = after;
        return;
    }
    tp_cols_mark(t, true);
    after.map_line = t->map_line;
    *t = after;
    tp_cols_mark(t, false);
}

/* The source from `pos` on with the three edit lists merged: the parser's
 * (in source order), the import references (refs), and the `using`
 * lowering's (sorted here; at one position they come first). No two
 * replacements overlap. With `map`, writes the column map there. */
static void tp_emit_body(P *p, tp_buf *o, const tp_edits *refs, uint32_t pos, tp_buf *map) {
    tp_cols cols = {map, 1, pos, pos, 0}; /* pos: 0, or 2 after `#!` made `//` */
    uint32_t i = 0, j = 0, k = 0, nrefs = refs ? refs->n : 0;
    if (p->uedits.n > 1)
        qsort(p->uedits.v, p->uedits.n, sizeof *p->uedits.v, tp_uedit_cmp);
    for (;;) {
        tp_edit u;
        const tp_edit *e = NULL;
        int from = 0;
        if (k < p->uedits.n) {
            const tp_uedit *x = &p->uedits.v[k];
            u = (tp_edit){x->start, x->end, x->rep, x->rep_len};
            e = &u;
            from = 1;
        }
        if (i < p->edits.n && (!e || p->edits.v[i].start < e->start)) {
            e = &p->edits.v[i];
            from = 2;
        }
        if (j < nrefs && (!e || refs->v[j].start < e->start)) {
            e = &refs->v[j];
            from = 3;
        }
        if (!e)
            break;
        if (from == 1)
            k++;
        else if (from == 2)
            i++;
        else
            j++;
        if (e->start < pos)
            continue; /* cannot happen for valid edits; never emit twice */
        tp_emit_range(p, o, pos, e->start);
        tp_emit_edit(p, o, e);
        if (map) {
            tp_cols_advance(p, &cols, pos, e->start, true);
            tp_cols_edit(p, &cols, e);
        }
        pos = e->end;
    }
    tp_emit_range(p, o, pos, p->len);
    if (map && cols.map_line)
        tp_buf_ch(map, ']');
}

static void tp_generate(P *p, transpile_result *out) {
    /* Local exports must name module-scope declarations. */
    for (uint32_t i = 0; i < p->exports.n; i++) {
        tp_export *e = &p->exports.v[i];
        if (e->kind != EX_LOCAL)
            continue;
        tp_slot *d = tp_map_find(&p->decls, TP_KEY(0, e->local));
        if (!d || d->kind == D_NAME || d->kind == D_VAR_THROUGH) {
            tp_name *n = &p->names.v[e->local];
            tp_fail(p, e->local_pos, "Export '%.*s' is not defined in module", (int)(n->len > 64 ? 64 : n->len), n->s);
        }
    }
    tp_edits refs = {0};
    tp_resolve_refs(p, &refs);

    tp_buf o = {0};
    tp_buf_str(&o, p->tla ? "(async function* (_$kiln_m) {\"use strict\"; " : "(function* (_$kiln_m) {\"use strict\"; ");
    for (uint32_t i = 0; i < p->imports.n; i++) {
        tp_buf_str(&o, i ? ", _$kiln_i" : "const _$kiln_i");
        tp_buf_u32(&o, i);
        tp_buf_str(&o, " = _$kiln_m.d[");
        tp_buf_u32(&o, i);
        tp_buf_ch(&o, ']');
        if (i + 1 == p->imports.n)
            tp_buf_str(&o, "; ");
    }
    tp_buf_str(&o, "_$kiln_m.e({");
    for (uint32_t i = 0; i < p->exports.n; i++) {
        tp_export *e = &p->exports.v[i];
        tp_name *n = &p->names.v[e->name];
        tp_buf_str(&o, i ? ", " : " ");
        tp_buf_quote(&o, n->s, n->len);
        tp_buf_str(&o, ": () => ");
        if (e->kind == EX_DEFAULT) {
            tp_buf_str(&o, "_$kiln_default");
        } else if (e->kind == EX_FROM) {
            tp_emit_import_ref(p, &o, e->imp, e->imported, true);
        } else {
            tp_ibind *ib = tp_import_of(p, e->local);
            if (ib) {
                tp_emit_import_ref(p, &o, ib->imp, ib->name, true);
            } else {
                tp_name *l = &p->names.v[e->local];
                tp_buf_add(&o, l->s, l->len);
            }
        }
        if (i + 1 == p->exports.n)
            tp_buf_ch(&o, ' ');
    }
    tp_buf_str(&o, "}); ");
    if (p->n_stacks) {
        tp_buf_str(&o, "const _$kiln_using = _$kiln_m.using(); ");
        if (p->top_stack >= 0) {
            tp_buf_str(&o, "const _$kiln_s");
            tp_buf_u32(&o, (uint32_t)p->top_stack);
            tp_buf_str(&o, " = _$kiln_m.s = _$kiln_using(); ");
        }
    }
    if (p->default_fn_name)
        tp_buf_str(&o, "Object.defineProperty(_$kiln_default, \"name\", { value: \"default\" }); ");
    tp_buf_str(&o, "yield;");
    size_t header = o.n;
    uint32_t offset = 0;
    for (size_t i = 0; i < header; i++) {
        uint8_t c = (uint8_t)o.s[i];
        if ((c & 0xC0) != 0x80)
            offset += c >= 0xF0 ? 2 : 1;
    }

    uint32_t pos = 0;
    if (p->len >= 2 && p->s[0] == '#' && p->s[1] == '!') {
        tp_buf_str(&o, "//");
        pos = 2;
    }
    tp_buf colmap = {0};
    tp_emit_body(p, &o, &refs, pos, &colmap);
    tp_buf_str(&o, "\n})");
    free(refs.v);
    out->code_len = o.n;
    out->code = tp_buf_cstr(&o);

    tp_buf m = {0};
    tp_buf_str(&m, "{\"imports\":[");
    for (uint32_t k = 0; k < p->imports.n; k++) {
        tp_import *im = &p->imports.v[k];
        tp_buf_str(&m, k ? ",{\"specifier\":" : "{\"specifier\":");
        tp_buf_quote(&m, im->spec, im->spec_len);
        tp_buf_str(&m, ",\"attributes\":");
        tp_buf_add(&m, im->attrs, im->attrs_len);
        if (im->source)
            tp_buf_str(&m, ",\"phase\":\"source\"");
        tp_buf_ch(&m, '}');
    }
    tp_buf_str(&m, "],\"bindings\":[");
    tp_binding_key *order = tp_xmalloc((p->bindings.n ? p->bindings.n : 1) * sizeof *order);
    for (uint32_t k = 0; k < p->bindings.n; k++) {
        uint32_t local = p->bindlocal.v[k];
        order[k] = (tp_binding_key){local == TP_NS ? NULL : &p->names.v[local], k};
    }
    qsort(order, p->bindings.n, sizeof *order, tp_binding_cmp);
    for (uint32_t k = 0; k < p->bindings.n; k++) {
        uint64_t bk = p->bindings.v[order[k].k];
        tp_name *n = &p->names.v[(uint32_t)bk];
        tp_buf_str(&m, k ? ",[" : "[");
        tp_buf_u32(&m, (uint32_t)(bk >> 32));
        tp_buf_ch(&m, ',');
        tp_buf_quote(&m, n->s, n->len);
        tp_buf_ch(&m, ']');
    }
    free(order);
    tp_buf_str(&m, "],\"exports\":[");
    for (uint32_t k = 0; k < p->exports.n; k++) {
        tp_name *n = &p->names.v[p->exports.v[k].name];
        if (k)
            tp_buf_ch(&m, ',');
        tp_buf_quote(&m, n->s, n->len);
    }
    tp_buf_str(&m, "],\"stars\":[");
    for (uint32_t k = 0; k < p->stars.n; k++) {
        if (k)
            tp_buf_ch(&m, ',');
        tp_buf_u32(&m, p->stars.v[k]);
    }
    tp_buf_str(&m, "],\"columns\":[");
    tp_buf_add(&m, colmap.s, colmap.n);
    free(colmap.s);
    tp_buf_str(&m, p->tla ? "],\"async\":true,\"offset\":" : "],\"async\":false,\"offset\":");
    tp_buf_u32(&m, offset);
    tp_buf_ch(&m, '}');
    out->meta_len = m.n;
    out->meta = tp_buf_cstr(&m);
}

/* ---- driver ------------------------------------------------------------- */

static void tp_free_parser(P *p) {
    free(p->names.v);
    free(p->ntab);
    free(p->scopes.v);
    free(p->refs.v);
    free(p->decls.v);
    free(p->edits.v);
    free(p->imports.v);
    free(p->ibinds.v);
    free(p->exports.v);
    free(p->stars.v);
    free(p->bindings.v);
    free(p->bindlocal.v);
    free(p->bindset.v);
    free(p->exportset.v);
    free(p->pend);
    free(p->labels.v);
    free(p->ltoks.v);
    free(p->uedits.v);
    tp_arena_free(&p->arena);
}

int transpile_module(const char *src, size_t len, transpile_result *out) {
    memset(out, 0, sizeof *out);
    tp_init_tables();
    P *p = tp_xmalloc(sizeof *p);
    memset(p, 0, sizeof *p);
    int rc = 0;
    if (len > 0x7FFFFFF0u) {
        out->error = strdup("Source is too large");
        out->line = 1;
        free(p);
        return -1;
    }
    /* The source with zero padding: the lexer looks a few bytes ahead
     * without bounds checks. */
    uint8_t *s = tp_alloc(&p->arena, len + 8);
    memcpy(s, src, len);
    memset(s + len, 0, 8);
    p->s = s;
    p->len = (uint32_t)len;
    tp_ntab_grow(p);
    for (int k = 0; k < KW_COUNT; k++) {
        const char *kw = tp_keywords[k];
        tp_intern(p, kw, (uint32_t)strlen(kw), tp_hash((const uint8_t *)kw, (uint32_t)strlen(kw)));
    }
    tp_scope_new(p, SC_MODULE, 0);
    p->cur = 0;
    p->await_ok = true;
    tp_ublk top = {-1, 0};
    p->ublk = &top;
    p->top_stack = -1;
    if (setjmp(p->jb) == 0) {
        if (len >= 2 && s[0] == '#' && s[1] == '!') {
            p->pos = 2;
            while (p->pos < p->len && !tp_is_lt_at(s, p->pos))
                p->pos++;
        }
        tp_next(p);
        while (TOK != T_EOF)
            tp_statement(p, CTX_TOP);
        p->top_stack = top.id;
        tp_generate(p, out);
    } else {
        free(out->code);
        free(out->meta);
        out->code = out->meta = NULL;
        out->code_len = out->meta_len = 0;
        out->error = strdup(p->err);
        if (!out->error)
            abort();
        out->offset = p->err_pos;
        tp_position(src, len, p->err_pos, &out->line, &out->column);
        rc = -1;
    }
    tp_free_parser(p);
    free(p);
    return rc;
}

int transpile_using(const char *src, size_t len, int flags, transpile_result *out) {
    memset(out, 0, sizeof *out);
    tp_init_tables();
    if (len > 0x7FFFFFF0u) {
        out->error = strdup("Source is too large");
        out->line = 1;
        return -1;
    }
    P *p = tp_xmalloc(sizeof *p);
    memset(p, 0, sizeof *p);
    int rc = 0;
    uint8_t *s = tp_alloc(&p->arena, len + 8);
    memcpy(s, src, len);
    memset(s + len, 0, 8);
    p->s = s;
    p->len = (uint32_t)len;
    tp_ntab_grow(p);
    for (int k = 0; k < KW_COUNT; k++) {
        const char *kw = tp_keywords[k];
        tp_intern(p, kw, (uint32_t)strlen(kw), tp_hash((const uint8_t *)kw, (uint32_t)strlen(kw)));
    }
    /* A function body (CommonJS) is one function scope where `using` may
     * declare and `return` may appear; a script's top level is neither. */
    bool body = flags & TRANSPILE_FUNCTION_BODY;
    tp_scope_new(p, body ? SC_FUNCTION : SC_MODULE, 0);
    p->script = true;
    p->in_function = body;
    p->await_ok = body && (flags & TRANSPILE_ASYNC);
    p->top_stack = -1;
    tp_ublk top = {-1, 0};
    p->ublk = body ? &top : NULL;
    if (setjmp(p->jb) == 0) {
        uint32_t pos = 0;
        if (len >= 2 && s[0] == '#' && s[1] == '!') {
            p->pos = 2;
            while (p->pos < p->len && !tp_is_lt_at(s, p->pos))
                p->pos++;
        }
        tp_next(p);
        uint32_t head = 0;
        bool prologue = true;
        while (TOK != T_EOF) {
            prologue = prologue && TOK == T_STRING;
            tp_statement(p, CTX_TOP);
            if (prologue)
                head = p->prev_end;
        }
        if (top.id >= 0) {
            const char *h = tp_using_head(p, top.id);
            if (head != 0 && p->s[head - 1] != ';')
                h = tp_fmt_arena(p, ";%s", h);
            tp_uedit_add(p, head, head, h, TP_U_OPEN(p));
            /* On a line of its own: the source may end in a line comment. */
            tp_uedit_add(p, p->len, p->len, tp_fmt_arena(p, "\n%s", tp_using_tail(p, top.id, top.flags)),
                         TP_U_CLOSE(p));
        }
        tp_buf o = {0};
        if (p->len >= 2 && p->s[0] == '#' && p->s[1] == '!') {
            tp_buf_str(&o, "#!");
            pos = 2;
        }
        tp_emit_body(p, &o, NULL, pos, NULL);
        out->code_len = o.n;
        out->code = tp_buf_cstr(&o);
    } else {
        out->error = strdup(p->err);
        if (!out->error)
            abort();
        out->offset = p->err_pos;
        tp_position(src, len, p->err_pos, &out->line, &out->column);
        rc = -1;
    }
    tp_free_parser(p);
    free(p);
    return rc;
}
