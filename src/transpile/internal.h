/* Shared by the files of src/transpile/: allocation, the arena, growable
 * vectors, a string builder, UTF-8 and escaping helpers. */
#ifndef KILN_TRANSPILE_INTERNAL_H
#define KILN_TRANSPILE_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void *tp_xmalloc(size_t n);
void *tp_xrealloc(void *p, size_t n);

/* Bump allocation in 64 KiB chunks, all freed at once. */
typedef struct tp_chunk tp_chunk;
typedef struct {
    tp_chunk *head;
} tp_arena;
void *tp_alloc(tp_arena *a, size_t n);
void tp_arena_free(tp_arena *a);

/* A growable array: doubles, so amortized O(1) per push. */
#define TP_VEC(T)                                                          \
    struct {                                                               \
        T *v;                                                              \
        uint32_t n, cap;                                                   \
    }
#define tp_push(vec, ...)                                                  \
    do {                                                                   \
        if ((vec).n == (vec).cap) {                                        \
            (vec).cap = (vec).cap ? (vec).cap * 2 : 16;                    \
            (vec).v = tp_xrealloc((vec).v, (size_t)(vec).cap * sizeof *(vec).v); \
        }                                                                  \
        (vec).v[(vec).n++] = (__VA_ARGS__);                                \
    } while (0)

/* A byte string builder (malloc'd, NUL-terminated on tp_buf_cstr). */
typedef struct {
    char *s;
    size_t n, cap;
} tp_buf;
void tp_buf_add(tp_buf *b, const char *s, size_t n);
void tp_buf_str(tp_buf *b, const char *s);
void tp_buf_ch(tp_buf *b, char c);
void tp_buf_u32(tp_buf *b, uint32_t v);
/* s (UTF-8, or WTF-8 for lone surrogates) as a double-quoted JSON / JS
 * string literal, all ASCII (\uXXXX for everything else). */
void tp_buf_quote(tp_buf *b, const char *s, size_t n);
char *tp_buf_cstr(tp_buf *b);

/* One code point from UTF-8 at s (n bytes available, n >= 1); *len gets
 * its length. Returns -1 (len 1) for an ill-formed sequence. Surrogates
 * encoded as 3 bytes (WTF-8) are accepted. */
int32_t tp_utf8_decode(const uint8_t *s, size_t n, uint32_t *len);

/* Line (1-based) and UTF-16 column (0-based) of a byte offset. */
void tp_position(const char *s, size_t n, size_t off, uint32_t *line, uint32_t *col);

#endif
