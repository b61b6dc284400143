#include "utf8.h"

#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>

/* Whether any of 64 bytes has its high bit set. */
static inline int utf8_block_high(const uint8_t *p, __m128i *v) {
    v[0] = _mm_loadu_si128((const __m128i *)(const void *)p);
    v[1] = _mm_loadu_si128((const __m128i *)(const void *)(p + 16));
    v[2] = _mm_loadu_si128((const __m128i *)(const void *)(p + 32));
    v[3] = _mm_loadu_si128((const __m128i *)(const void *)(p + 48));
    return _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(v[0], v[1]), _mm_or_si128(v[2], v[3])));
}
#endif

/* The bytes after the 64-byte blocks: eight at a time, then one. */
static size_t utf8_ascii_tail(const uint8_t *in, size_t i, size_t len, uint8_t *out) {
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, in + i, 8);
        if (w & 0x8080808080808080ull)
            break;
        if (out)
            memcpy(out + i, &w, 8);
    }
    for (; i < len && in[i] < 0x80; i++)
        if (out)
            out[i] = in[i];
    return i;
}

size_t utf8_ascii_prefix(const uint8_t *in, size_t len) {
    size_t i = 0;
#if defined(__SSE2__)
    __m128i v[4];
    for (; i + 64 <= len; i += 64)
        if (utf8_block_high(in + i, v))
            break;
#else
    for (; i + 32 <= len; i += 32) {
        uint64_t w[4];
        memcpy(w, in + i, 32);
        if ((w[0] | w[1] | w[2] | w[3]) & 0x8080808080808080ull)
            break;
    }
#endif
    return utf8_ascii_tail(in, i, len, NULL);
}

/* One pass that checks and copies: as fast as memcpy on long ASCII runs,
 * where a scan followed by a copy reads the input twice. */
size_t utf8_ascii_copy(const uint8_t *in, size_t len, uint8_t *out) {
    size_t i = 0;
#if defined(__SSE2__)
    __m128i v[4];
    for (; i + 64 <= len; i += 64) {
        if (utf8_block_high(in + i, v))
            break;
        for (int k = 0; k < 4; k++)
            _mm_storeu_si128((__m128i *)(void *)(out + i + 16 * k), v[k]);
    }
#endif
    return utf8_ascii_tail(in, i, len, out);
}

/* The number of ASCII bytes that open an 8-byte word (8 when all are). */
static inline size_t utf8_ascii_in_word(uint64_t w) {
    uint64_t high = w & 0x8080808080808080ull;
    return high ? (size_t)__builtin_ctzll(high) >> 3 : 8; /* little-endian: the first byte is lowest */
}

size_t utf8_decode_latin1(const uint8_t *in, size_t len, uint8_t *out, size_t *consumed) {
    size_t i = 0, o = 0;
    while (i < len) {
        /* ASCII a word at a time, including the run up to the next other
         * byte; the whole word is stored, which fits since o <= i and
         * i + 8 <= len. */
        if (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, in + i, 8);
            memcpy(out + o, &w, 8);
            size_t k = utf8_ascii_in_word(w);
            i += k;
            o += k;
            if (k == 8)
                continue;
        } else if (in[i] < 0x80) {
            out[o++] = in[i++];
            continue;
        }
        uint8_t b = in[i];
        if ((b != 0xC2 && b != 0xC3) || i + 1 >= len || (in[i + 1] & 0xC0) != 0x80)
            break;
        out[o++] = (uint8_t)((b & 0x03) << 6 | (in[i + 1] & 0x3F));
        i += 2;
    }
    *consumed = i;
    return o;
}

size_t utf8_decode(const uint8_t *in, size_t len, uint16_t *out) {
    size_t i = 0, o = 0;
    while (i < len) {
        /* ASCII a word at a time, including the run up to the next other
         * byte (runs between other characters are often short, so no
         * call); all eight are widened, which fits since o <= i. */
        if (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, in + i, 8);
            for (int k = 0; k < 8; k++)
                out[o + k] = (uint16_t)((w >> (8 * k)) & 0xff);
            size_t k = utf8_ascii_in_word(w);
            i += k;
            o += k;
            if (k == 8)
                continue;
        } else if (in[i] < 0x80) {
            out[o++] = in[i++];
            continue;
        }
        uint8_t b = in[i];
        int need;
        uint32_t cp;
        uint8_t lower = 0x80, upper = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
            cp = b & 0x1F;
        } else if (b >= 0xE0 && b <= 0xEF) {
            need = 2;
            cp = b & 0x0F;
            if (b == 0xE0)
                lower = 0xA0;
            if (b == 0xED)
                upper = 0x9F; /* no surrogates */
        } else if (b >= 0xF0 && b <= 0xF4) {
            need = 3;
            cp = b & 0x07;
            if (b == 0xF0)
                lower = 0x90;
            if (b == 0xF4)
                upper = 0x8F; /* nothing past U+10FFFF */
        } else {
            out[o++] = 0xFFFD;
            i++;
            continue;
        }
        size_t j = i + 1;
        int ok = 1;
        for (int k = 0; k < need; k++, j++) {
            if (j >= len || in[j] < lower || in[j] > upper) {
                ok = 0;
                break;
            }
            cp = (cp << 6) | (in[j] & 0x3F);
            lower = 0x80;
            upper = 0xBF;
        }
        /* On failure the bytes read so far form one maximal subpart; the
         * byte that broke the sequence starts over. */
        i = j;
        if (!ok) {
            out[o++] = 0xFFFD;
        } else if (cp >= 0x10000) {
            cp -= 0x10000;
            out[o++] = (uint16_t)(0xD800 | (cp >> 10));
            out[o++] = (uint16_t)(0xDC00 | (cp & 0x3FF));
        } else {
            out[o++] = (uint16_t)cp;
        }
    }
    return o;
}
