#include "encoding.h"

#include <string.h>

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

size_t enc_base64_decoded_length(const uint16_t *in, size_t n) {
    if (n > 0 && in[n - 1] == '=')
        n--;
    if (n > 1 && in[n - 1] == '=')
        n--;
    return (n * 3) >> 2;
}

size_t enc_base64_decode(const uint16_t *in, size_t n, uint8_t *out, size_t cap) {
    if (!enc_b64_ready)
        enc_b64_init();
    uint32_t acc = 0;
    int bits = 0;
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        uint16_t u = in[i];
        if (u == '=')
            break;
        int v = u < 256 ? enc_b64_table[u] : -1;
        if (v < 0)
            continue;
        acc = (acc << 6) | (uint32_t)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            if (o == cap)
                return o;
            out[o++] = (uint8_t)(acc >> bits);
        }
    }
    return o;
}

static int enc_hex_value(uint16_t u) {
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

size_t enc_hex_decode(const uint16_t *in, size_t n, uint8_t *out, size_t cap) {
    size_t o = 0;
    for (size_t i = 0; i + 1 < n && o < cap; i += 2) {
        int hi = enc_hex_value(in[i]);
        int lo = enc_hex_value(in[i + 1]);
        if (hi < 0 || lo < 0)
            break;
        out[o++] = (uint8_t)(hi << 4 | lo);
    }
    return o;
}

size_t enc_base64_encode(const uint8_t *in, size_t len, char *out, bool url) {
    const char *alpha = url ? "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
                            : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    size_t o = 0, i = 0;
    for (; i + 3 <= len; i += 3) {
        uint32_t v = (uint32_t)in[i] << 16 | (uint32_t)in[i + 1] << 8 | in[i + 2];
        out[o++] = alpha[v >> 18];
        out[o++] = alpha[(v >> 12) & 63];
        out[o++] = alpha[(v >> 6) & 63];
        out[o++] = alpha[v & 63];
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
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < len; i++) {
        out[2 * i] = digits[in[i] >> 4];
        out[2 * i + 1] = digits[in[i] & 15];
    }
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
