#include "encoding.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "utf8.h"

/* ---- UTF-16 -> UTF-8 ------------------------------------------------------ */

static int enc_is_high(uint16_t u) { return u >= 0xD800 && u <= 0xDBFF; }
static int enc_is_low(uint16_t u) { return u >= 0xDC00 && u <= 0xDFFF; }

size_t enc_utf8_length(const uint16_t *in, size_t n) {
    size_t bytes = 0;
    for (size_t i = 0; i < n; i++) {
        uint16_t u = in[i];
        if (u < 0x80) {
            bytes += 1;
        } else if (u < 0x800) {
            bytes += 2;
        } else if (enc_is_high(u) && i + 1 < n && enc_is_low(in[i + 1])) {
            bytes += 4;
            i++;
        } else {
            bytes += 3; /* BMP, or a lone surrogate as U+FFFD */
        }
    }
    return bytes;
}

size_t enc_utf8_encode(const uint16_t *in, size_t n, uint8_t *out, size_t cap, size_t *consumed) {
    size_t i = 0, o = 0;
    while (i < n) {
        uint16_t u = in[i];
        if (u < 0x80) {
            if (o + 1 > cap)
                break;
            out[o++] = (uint8_t)u;
            i++;
            continue;
        }
        if (u < 0x800) {
            if (o + 2 > cap)
                break;
            out[o++] = (uint8_t)(0xC0 | (u >> 6));
            out[o++] = (uint8_t)(0x80 | (u & 0x3F));
            i++;
            continue;
        }
        if (enc_is_high(u) && i + 1 < n && enc_is_low(in[i + 1])) {
            if (o + 4 > cap)
                break;
            uint32_t cp = 0x10000 + (((uint32_t)u - 0xD800) << 10) + (in[i + 1] - 0xDC00);
            out[o++] = (uint8_t)(0xF0 | (cp >> 18));
            out[o++] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
            out[o++] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
            out[o++] = (uint8_t)(0x80 | (cp & 0x3F));
            i += 2;
            continue;
        }
        if (o + 3 > cap)
            break;
        if (enc_is_high(u) || enc_is_low(u))
            u = 0xFFFD;
        out[o++] = (uint8_t)(0xE0 | (u >> 12));
        out[o++] = (uint8_t)(0x80 | ((u >> 6) & 0x3F));
        out[o++] = (uint8_t)(0x80 | (u & 0x3F));
        i++;
    }
    if (consumed)
        *consumed = i;
    return o;
}

size_t enc_latin1_encode(const uint16_t *in, size_t n, uint8_t *out, size_t cap) {
    size_t m = n < cap ? n : cap;
    for (size_t i = 0; i < m; i++)
        out[i] = (uint8_t)in[i];
    return m;
}

size_t enc_utf16le_encode(const uint16_t *in, size_t n, uint8_t *out, size_t cap) {
    size_t m = n < cap / 2 ? n : cap / 2;
    for (size_t i = 0; i < m; i++) {
        out[2 * i] = (uint8_t)in[i];
        out[2 * i + 1] = (uint8_t)(in[i] >> 8);
    }
    return m * 2;
}

size_t enc_utf8_length8(const uint8_t *in, size_t n) {
    /* One more byte for each unit with the high bit set: counted eight at
     * a time. */
    size_t bytes = n, i = 0;
#ifdef __SSE2__
    /* Sixty-four at a time: a block's high bits as a mask, counted only
     * when there are any (text is mostly ASCII). */
    for (; i + 64 <= n; i += 64) {
        const __m128i *p = (const __m128i *)(const void *)(in + i);
        uint64_t m = (uint64_t)(uint16_t)_mm_movemask_epi8(_mm_loadu_si128(p)) |
                     (uint64_t)(uint16_t)_mm_movemask_epi8(_mm_loadu_si128(p + 1)) << 16 |
                     (uint64_t)(uint16_t)_mm_movemask_epi8(_mm_loadu_si128(p + 2)) << 32 |
                     (uint64_t)(uint16_t)_mm_movemask_epi8(_mm_loadu_si128(p + 3)) << 48;
        if (m)
            bytes += (size_t)__builtin_popcountll(m);
    }
#endif
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, in + i, 8);
        /* Each byte's high bit moved to its low bit; the multiply sums
         * the eight bytes into the top one. */
        bytes += (size_t)((((w & 0x8080808080808080ull) >> 7) * 0x0101010101010101ull) >> 56);
    }
    for (; i < n; i++)
        bytes += in[i] >> 7;
    return bytes;
}

size_t enc_utf8_encode8(const uint8_t *in, size_t n, uint8_t *out, size_t cap, size_t *consumed) {
    size_t i = 0, o = 0, words = 0;
    while (i < n) {
        /* ASCII a word at a time, including the run up to the next other
         * byte (in text such runs are short: a call per run cost more than
         * the copy); the whole word is stored while it fits. */
        if (i + 8 <= n && o + 8 <= cap) {
            uint64_t w;
            memcpy(&w, in + i, 8);
            memcpy(out + o, &w, 8);
            uint64_t high = w & 0x8080808080808080ull;
            if (!high) {
                i += 8;
                o += 8;
                /* A long run (rare in text that has other characters):
                 * the rest of it in bulk. */
                if (++words == 8) {
                    words = 0;
                    size_t run = utf8_ascii_copy(in + i, n - i < cap - o ? n - i : cap - o, out + o);
                    i += run;
                    o += run;
                }
                continue;
            }
            words = 0;
            size_t k = (size_t)__builtin_ctzll(high) >> 3; /* little-endian: the first byte is lowest */
            i += k;
            o += k;
        } else if (in[i] < 0x80) {
            if (o == cap)
                break;
            out[o++] = in[i++];
            continue;
        }
        if (o + 2 > cap)
            break;
        uint8_t c = in[i++];
        out[o++] = (uint8_t)(0xC0 | (c >> 6));
        out[o++] = (uint8_t)(0x80 | (c & 0x3F));
    }
    if (consumed)
        *consumed = i;
    return o;
}

size_t enc_utf16le_encode8(const uint8_t *in, size_t n, uint8_t *out, size_t cap) {
    size_t m = n < cap / 2 ? n : cap / 2;
    for (size_t i = 0; i < m; i++) {
        out[2 * i] = in[i];
        out[2 * i + 1] = 0;
    }
    return m * 2;
}

/* ---- base64 and hex ------------------------------------------------------- */

/* Value of a base64 digit in either alphabet, or -1; made at first use. */
static int8_t enc_b64_table[256];
static int enc_b64_ready;

static void enc_b64_init(void) {
    for (int i = 0; i < 256; i++)
        enc_b64_table[i] = -1;
    const char *std = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 64; i++)
        enc_b64_table[(unsigned char)std[i]] = (int8_t)i;
    enc_b64_table['-'] = 62;
    enc_b64_table['_'] = 63;
    enc_b64_ready = 1;
}

/* The base64 and hex decoders, for UTF-16 units and for 8-bit strings:
 * the same loop over either type of unit. */
#define ENC_DEFINE_DECODERS(SUFFIX, UNIT)                                              \
    size_t enc_base64_decoded_length##SUFFIX(const UNIT *in, size_t n) {               \
        if (n > 0 && in[n - 1] == '=')                                                 \
            n--;                                                                       \
        if (n > 1 && in[n - 1] == '=')                                                 \
            n--;                                                                       \
        return (n * 3) >> 2;                                                           \
    }                                                                                  \
                                                                                       \
    size_t enc_base64_decode##SUFFIX(const UNIT *in, size_t n, uint8_t *out, size_t cap) { \
        if (!enc_b64_ready)                                                            \
            enc_b64_init();                                                            \
        size_t i = 0, o = 0;                                                           \
        /* Four clean digits at a time while there is room for three bytes. */        \
        while (i + 4 <= n && o + 3 <= cap) {                                           \
            UNIT c0 = in[i], c1 = in[i + 1], c2 = in[i + 2], c3 = in[i + 3];           \
            int a = enc_b64_digit(c0), b = enc_b64_digit(c1);                          \
            int c = enc_b64_digit(c2), d = enc_b64_digit(c3);                          \
            if ((a | b | c | d) < 0)                                                   \
                break;                                                                 \
            uint32_t v = (uint32_t)a << 18 | (uint32_t)b << 12 | (uint32_t)c << 6 | (uint32_t)d; \
            out[o] = (uint8_t)(v >> 16);                                               \
            out[o + 1] = (uint8_t)(v >> 8);                                            \
            out[o + 2] = (uint8_t)v;                                                   \
            o += 3;                                                                    \
            i += 4;                                                                    \
        }                                                                              \
        uint32_t acc = 0;                                                              \
        int bits = 0;                                                                  \
        for (; i < n; i++) {                                                           \
            UNIT u = in[i];                                                            \
            if (u == '=')                                                              \
                break;                                                                 \
            int v = enc_b64_digit(u);                                                  \
            if (v < 0)                                                                 \
                continue;                                                              \
            acc = (acc << 6) | (uint32_t)v;                                            \
            bits += 6;                                                                 \
            if (bits >= 8) {                                                           \
                bits -= 8;                                                             \
                if (o == cap)                                                          \
                    return o;                                                          \
                out[o++] = (uint8_t)(acc >> bits);                                     \
            }                                                                          \
        }                                                                              \
        return o;                                                                      \
    }                                                                                  \
                                                                                       \
    size_t enc_hex_decode##SUFFIX(const UNIT *in, size_t n, uint8_t *out, size_t cap) { \
        if (!enc_hex_ready)                                                            \
            enc_hex_init();                                                            \
        size_t o = 0, i = 0;                                                           \
        enc_hex_vector##SUFFIX(in, n, out, cap, &i, &o);                               \
        for (; i + 1 < n && o < cap; i += 2) {                                         \
            int hi = enc_hex_digit(in[i]);                                             \
            int lo = enc_hex_digit(in[i + 1]);                                         \
            if ((hi | lo) < 0)                                                         \
                break;                                                                 \
            out[o++] = (uint8_t)(hi << 4 | lo);                                        \
        }                                                                              \
        return o;                                                                      \
    }

/* A unit's value as a base64 digit of either alphabet, or -1. */
static inline int enc_b64_digit(unsigned u) {
    return u < 256 ? enc_b64_table[u] : -1;
}

/* Value of a hex digit, or -1: a table, as branches on the digit's class
 * mispredict on random data. */
static int8_t enc_hex_table[256];
static int enc_hex_ready;

static void enc_hex_init(void) {
    for (int i = 0; i < 256; i++)
        enc_hex_table[i] = (int8_t)(i >= '0' && i <= '9' ? i - '0'
                                    : i >= 'a' && i <= 'f' ? i - 'a' + 10
                                    : i >= 'A' && i <= 'F' ? i - 'A' + 10
                                                           : -1);
    enc_hex_ready = 1;
}

static inline int enc_hex_digit(unsigned u) {
    return u < 256 ? enc_hex_table[u] : -1;
}

/* Sixteen hex digits of an 8-bit string at a time (SSE2), while all are
 * digits and eight bytes fit; the scalar loop goes on from where this
 * stops, so the first bad pair ends the text exactly as it would there. */
static inline void enc_hex_vector8(const uint8_t *in, size_t n, uint8_t *out, size_t cap, size_t *pi,
                                   size_t *po) {
#ifdef __SSE2__
    size_t i = *pi, o = *po;
    /* Bytes above 0x7F compare as negative, so they are never digits. */
    const __m128i below0 = _mm_set1_epi8('0' - 1), above9 = _mm_set1_epi8('9' + 1);
    const __m128i belowa = _mm_set1_epi8('a' - 1), abovef = _mm_set1_epi8('f' + 1);
    const __m128i lower = _mm_set1_epi8(0x20), digit0 = _mm_set1_epi8('0'), lettera = _mm_set1_epi8('a' - 10);
    const __m128i low8 = _mm_set1_epi16(0x00ff);
    for (; i + 16 <= n && o + 8 <= cap; i += 16, o += 8) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(in + i));
        __m128i l = _mm_or_si128(x, lower); /* 'A'-'F' as 'a'-'f'; digits unchanged */
        __m128i isd = _mm_and_si128(_mm_cmpgt_epi8(x, below0), _mm_cmpgt_epi8(above9, x));
        __m128i isl = _mm_and_si128(_mm_cmpgt_epi8(l, belowa), _mm_cmpgt_epi8(abovef, l));
        if (_mm_movemask_epi8(_mm_or_si128(isd, isl)) != 0xffff)
            break;
        __m128i v = _mm_or_si128(_mm_and_si128(isd, _mm_sub_epi8(x, digit0)),
                                 _mm_and_si128(isl, _mm_sub_epi8(l, lettera)));
        /* Each 16-bit lane holds a pair, first digit in its low byte. */
        __m128i bytes = _mm_or_si128(_mm_slli_epi16(_mm_and_si128(v, low8), 4), _mm_srli_epi16(v, 8));
        _mm_storel_epi64((__m128i *)(void *)(out + o), _mm_packus_epi16(bytes, bytes));
    }
    *pi = i;
    *po = o;
#else
    (void)in, (void)n, (void)out, (void)cap, (void)pi, (void)po;
#endif
}

/* UTF-16 input: the scalar loop only (such strings are rare here). */
static inline void enc_hex_vector(const uint16_t *in, size_t n, uint8_t *out, size_t cap, size_t *pi,
                                  size_t *po) {
    (void)in, (void)n, (void)out, (void)cap, (void)pi, (void)po;
}

ENC_DEFINE_DECODERS(, uint16_t)
ENC_DEFINE_DECODERS(8, uint8_t)

size_t enc_base64_encode(const uint8_t *in, size_t len, char *out, bool url) {
    const char *alpha = url ? "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
                            : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    /* Two digits per 12 bits from a table, so three bytes are two loads
     * and one four-byte store. */
    static uint16_t pairs[2][4096];
    static int ready[2];
    uint16_t *pair = pairs[url];
    if (!ready[url]) {
        for (int v = 0; v < 4096; v++) {
            char two[2] = {alpha[v >> 6], alpha[v & 63]};
            memcpy(&pair[v], two, 2);
        }
        ready[url] = 1;
    }
    size_t o = 0, i = 0;
    for (; i + 3 <= len; i += 3) {
        uint32_t v = (uint32_t)in[i] << 16 | (uint32_t)in[i + 1] << 8 | in[i + 2];
        uint32_t four = (uint32_t)pair[v >> 12] | (uint32_t)pair[v & 4095] << 16;
        memcpy(out + o, &four, 4); /* little-endian: the first digits first */
        o += 4;
    }
    size_t rest = len - i;
    if (rest) {
        uint32_t v = (uint32_t)in[i] << 16 | (rest > 1 ? (uint32_t)in[i + 1] << 8 : 0);
        out[o++] = alpha[v >> 18];
        out[o++] = alpha[(v >> 12) & 63];
        if (rest > 1)
            out[o++] = alpha[(v >> 6) & 63];
        else if (!url)
            out[o++] = '=';
        if (!url)
            out[o++] = '=';
    }
    return o;
}

size_t enc_hex_encode(const uint8_t *in, size_t len, char *out) {
    size_t i = 0;
#ifdef __SSE2__
    /* Sixteen bytes at a time (SSE2, which every x86-64 has): each nibble
     * becomes '0' + n, plus the gap up to 'a' where n > 9; the high and
     * low digits are then interleaved. A third of the table loop's time. */
    const __m128i nibble = _mm_set1_epi8(0x0f), nine = _mm_set1_epi8(9), digit0 = _mm_set1_epi8('0'),
                  gap = _mm_set1_epi8('a' - '0' - 10);
    for (; i + 16 <= len; i += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(in + i));
        __m128i hi = _mm_and_si128(_mm_srli_epi16(x, 4), nibble);
        __m128i lo = _mm_and_si128(x, nibble);
        hi = _mm_add_epi8(_mm_add_epi8(hi, digit0), _mm_and_si128(_mm_cmpgt_epi8(hi, nine), gap));
        lo = _mm_add_epi8(_mm_add_epi8(lo, digit0), _mm_and_si128(_mm_cmpgt_epi8(lo, nine), gap));
        _mm_storeu_si128((__m128i *)(void *)(out + 2 * i), _mm_unpacklo_epi8(hi, lo));
        _mm_storeu_si128((__m128i *)(void *)(out + 2 * i + 16), _mm_unpackhi_epi8(hi, lo));
    }
#endif
    /* Both digits of a byte as one 16-bit unit (in memory order), four
     * bytes' worth stored at once. */
    static uint16_t pairs[256];
    static int ready;
    if (!ready) {
        static const char digits[] = "0123456789abcdef";
        for (int b = 0; b < 256; b++) {
            char two[2] = {digits[b >> 4], digits[b & 15]};
            memcpy(&pairs[b], two, 2);
        }
        ready = 1;
    }
    for (; i + 4 <= len; i += 4) {
        uint64_t w = (uint64_t)pairs[in[i]] | (uint64_t)pairs[in[i + 1]] << 16 |
                     (uint64_t)pairs[in[i + 2]] << 32 | (uint64_t)pairs[in[i + 3]] << 48;
        memcpy(out + 2 * i, &w, 8); /* little-endian: the first byte's digits first */
    }
    for (; i < len; i++)
        memcpy(out + 2 * i, &pairs[in[i]], 2);
    return len * 2;
}

/* ---- bytes -> UTF-16 -------------------------------------------------------- */

size_t enc_decoded_units_max(enc_t enc, size_t len) {
    switch (enc) {
    case ENC_UTF16LE: return len / 2;
    case ENC_BASE64:
    case ENC_BASE64URL: return (len + 2) / 3 * 4;
    case ENC_HEX: return len * 2;
    default: return len;
    }
}

size_t enc_decode(enc_t enc, const uint8_t *in, size_t len, uint16_t *out) {
    switch (enc) {
    case ENC_UTF8:
        return utf8_decode(in, len, out);
    case ENC_LATIN1:
        for (size_t i = 0; i < len; i++)
            out[i] = in[i];
        return len;
    case ENC_ASCII:
        for (size_t i = 0; i < len; i++)
            out[i] = in[i] & 0x7F;
        return len;
    case ENC_UTF16LE:
        for (size_t i = 0; i + 1 < len; i += 2)
            out[i / 2] = (uint16_t)(in[i] | in[i + 1] << 8);
        return len / 2;
    case ENC_BASE64:
    case ENC_BASE64URL:
    case ENC_HEX: {
        /* The text is ASCII: encode into the tail of out as bytes, then
         * widen from the front, which never overtakes the reading end. */
        size_t max = enc_decoded_units_max(enc, len);
        char *text = (char *)out + max; /* max bytes past the units' start */
        size_t n = enc == ENC_HEX ? enc_hex_encode(in, len, text)
                                  : enc_base64_encode(in, len, text, enc == ENC_BASE64URL);
        for (size_t i = 0; i < n; i++)
            out[i] = (uint8_t)text[i];
        return n;
    }
    }
    return 0;
}

/* ---- checks ------------------------------------------------------------------ */

bool enc_is_ascii(const uint8_t *in, size_t len) {
    return utf8_ascii_prefix(in, len) == len;
}

bool enc_is_utf8(const uint8_t *in, size_t len) {
    size_t i = 0;
    while (i < len) {
        i += utf8_ascii_prefix(in + i, len - i);
        if (i >= len)
            break;
        uint8_t b = in[i];
        int need;
        uint8_t lower = 0x80, upper = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            need = 2;
            if (b == 0xE0)
                lower = 0xA0;
            if (b == 0xED)
                upper = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            need = 3;
            if (b == 0xF0)
                lower = 0x90;
            if (b == 0xF4)
                upper = 0x8F;
        } else {
            return false;
        }
        for (int k = 1; k <= need; k++) {
            if (i + (size_t)k >= len || in[i + k] < lower || in[i + k] > upper)
                return false;
            lower = 0x80;
            upper = 0xBF;
        }
        i += (size_t)need + 1;
    }
    return true;
}

size_t enc_utf8_units(const uint8_t *in, size_t len) {
    size_t units = 0;
    for (size_t i = 0; i < len; i++) {
        uint8_t b = in[i];
        if ((b & 0xC0) != 0x80)
            units += b >= 0xF0 ? 2 : 1;
    }
    return units;
}
