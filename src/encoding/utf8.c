#include "utf8.h"

#include <string.h>

size_t utf8_ascii_prefix(const uint8_t *in, size_t len) {
    size_t i = 0;
    /* Eight bytes at a time while no high bit is set. */
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, in + i, 8);
        if (w & 0x8080808080808080ull)
            break;
    }
    while (i < len && in[i] < 0x80)
        i++;
    return i;
}

size_t utf8_decode(const uint8_t *in, size_t len, uint16_t *out) {
    size_t i = 0, o = 0;
    while (i < len) {
        uint8_t b = in[i];
        if (b < 0x80) {
            size_t run = utf8_ascii_prefix(in + i, len - i);
            for (size_t k = 0; k < run; k++)
                out[o++] = in[i + k];
            i += run;
            continue;
        }
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
