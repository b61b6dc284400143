/* Helpers shared by the transpiler's files: allocation, the arena, the
 * string builder, UTF-8, positions. */
#include <stdio.h>

#include "internal.h"
#include "transpile.h"

void *tp_xmalloc(size_t n) {
    void *p = malloc(n ? n : 1);
    if (!p)
        abort(); /* internal sizes: out of memory is fatal, as js_xmalloc */
    return p;
}

void *tp_xrealloc(void *p, size_t n) {
    p = realloc(p, n ? n : 1);
    if (!p)
        abort();
    return p;
}

struct tp_chunk {
    tp_chunk *next;
    size_t cap, used;
    _Alignas(8) char data[];
};

void *tp_alloc(tp_arena *a, size_t n) {
    n = (n + 7) & ~(size_t)7;
    tp_chunk *c = a->head;
    if (!c || c->cap - c->used < n) {
        size_t cap = n > 65536 ? n : 65536;
        c = tp_xmalloc(sizeof *c + cap);
        c->cap = cap;
        c->used = 0;
        /* A big one-off block goes behind the current chunk so the rest of
         * that chunk stays usable. */
        if (a->head && n > 65536) {
            c->next = a->head->next;
            a->head->next = c;
        } else {
            c->next = a->head;
            a->head = c;
        }
    }
    void *p = c->data + c->used;
    c->used += n;
    return p;
}

void tp_arena_free(tp_arena *a) {
    tp_chunk *c = a->head;
    while (c) {
        tp_chunk *next = c->next;
        free(c);
        c = next;
    }
    a->head = NULL;
}

void tp_buf_add(tp_buf *b, const char *s, size_t n) {
    if (b->cap - b->n < n + 1) {
        size_t cap = b->cap ? b->cap * 2 : 256;
        while (cap - b->n < n + 1)
            cap *= 2;
        b->s = tp_xrealloc(b->s, cap);
        b->cap = cap;
    }
    if (n)
        memcpy(b->s + b->n, s, n);
    b->n += n;
}

void tp_buf_str(tp_buf *b, const char *s) { tp_buf_add(b, s, strlen(s)); }
void tp_buf_ch(tp_buf *b, char c) { tp_buf_add(b, &c, 1); }

void tp_buf_u32(tp_buf *b, uint32_t v) {
    char tmp[16];
    int k = snprintf(tmp, sizeof tmp, "%u", v);
    tp_buf_add(b, tmp, (size_t)k);
}

char *tp_buf_cstr(tp_buf *b) {
    tp_buf_add(b, "", 0);
    b->s[b->n] = 0;
    return b->s;
}

int32_t tp_utf8_decode(const uint8_t *s, size_t n, uint32_t *len) {
    uint8_t c = s[0];
    *len = 1;
    if (c < 0x80)
        return c;
    if (c < 0xC2)
        return -1;
    if (c < 0xE0) {
        if (n < 2 || (s[1] & 0xC0) != 0x80)
            return -1;
        *len = 2;
        return (int32_t)((c & 0x1Fu) << 6 | (s[1] & 0x3Fu));
    }
    if (c < 0xF0) {
        if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
            return -1;
        uint32_t cp = (c & 0x0Fu) << 12 | (s[1] & 0x3Fu) << 6 | (s[2] & 0x3Fu);
        if (cp < 0x800)
            return -1;
        *len = 3;
        return (int32_t)cp;
    }
    if (c < 0xF5) {
        if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
            return -1;
        uint32_t cp = (c & 0x07u) << 18 | (s[1] & 0x3Fu) << 12 | (s[2] & 0x3Fu) << 6 | (s[3] & 0x3Fu);
        if (cp < 0x10000 || cp > 0x10FFFF)
            return -1;
        *len = 4;
        return (int32_t)cp;
    }
    return -1;
}

static void tp_buf_u16esc(tp_buf *b, uint32_t u) {
    static const char hex[] = "0123456789abcdef";
    char e[6] = {'\\', 'u', hex[(u >> 12) & 15], hex[(u >> 8) & 15], hex[(u >> 4) & 15], hex[u & 15]};
    tp_buf_add(b, e, 6);
}

void tp_buf_quote(tp_buf *b, const char *s, size_t n) {
    const uint8_t *u = (const uint8_t *)s;
    tp_buf_ch(b, '"');
    size_t i = 0;
    while (i < n) {
        uint8_t c = u[i];
        if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
            size_t j = i;
            while (j < n && u[j] >= 0x20 && u[j] < 0x7F && u[j] != '"' && u[j] != '\\')
                j++;
            tp_buf_add(b, s + i, j - i);
            i = j;
            continue;
        }
        if (c == '"' || c == '\\') {
            char e[2] = {'\\', (char)c};
            tp_buf_add(b, e, 2);
            i++;
            continue;
        }
        uint32_t len;
        int32_t cp = tp_utf8_decode(u + i, n - i, &len);
        if (cp < 0)
            cp = 0xFFFD;
        if (cp >= 0x10000) {
            tp_buf_u16esc(b, 0xD800 + ((uint32_t)(cp - 0x10000) >> 10));
            tp_buf_u16esc(b, 0xDC00 + ((uint32_t)(cp - 0x10000) & 0x3FF));
        } else {
            tp_buf_u16esc(b, (uint32_t)cp);
        }
        i += len;
    }
    tp_buf_ch(b, '"');
}

void tp_position(const char *s, size_t n, size_t off, uint32_t *line, uint32_t *col) {
    const uint8_t *u = (const uint8_t *)s;
    if (off > n)
        off = n;
    uint32_t l = 1;
    size_t ls = 0;
    for (size_t i = 0; i < off; i++) {
        if (u[i] == '\n' || (u[i] == '\r' && !(i + 1 < n && u[i + 1] == '\n'))) {
            l++;
            ls = i + 1;
        } else if (u[i] == 0xE2 && i + 2 < n && u[i + 1] == 0x80 && (u[i + 2] == 0xA8 || u[i + 2] == 0xA9)) {
            l++;
            ls = i + 3;
            i += 2;
        }
    }
    uint32_t c = 0;
    for (size_t i = ls; i < off;) {
        uint32_t len;
        int32_t cp = tp_utf8_decode(u + i, n - i, &len);
        c += cp >= 0x10000 ? 2 : 1;
        i += len;
    }
    *line = l;
    *col = c;
}

void transpile_result_free(transpile_result *r) {
    free(r->code);
    free(r->meta);
    free(r->error);
    memset(r, 0, sizeof *r);
}
