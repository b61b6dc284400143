#define _GNU_SOURCE /* memmem */
/* internalBinding('buffer'): the byte work behind node:buffer, one call per
 * operation on a whole string or range. lib/buffer.js validates arguments
 * and normalises offsets before calling; these functions trust them but
 * still clamp to the buffer's real length (a user's valueOf may have
 * shrunk it).
 *
 * Encodings are numbered as enc_t in src/encoding/encoding.h:
 * 0 utf8, 1 utf16le, 2 latin1, 3 ascii, 4 base64, 5 base64url, 6 hex. */
#include <stdlib.h>
#include <string.h>

#include "../encoding/encoding.h"
#include "bindings.h"

/* A string's UTF-16 units, owned by the JSStringRef. */
typedef struct {
    JSStringRef s;
    const uint16_t *u;
    size_t n;
} buffer_units_t;

static bool buffer_units(JSContextRef ctx, JSValueRef v, buffer_units_t *out, JSValueRef *exc) {
    out->s = JSValueToStringCopy(ctx, v, exc);
    if (!out->s)
        return false;
    out->n = JSStringGetLength(out->s);
    out->u = JSStringGetCharactersPtr(out->s);
    return true;
}

static void buffer_units_free(buffer_units_t *u) {
    JSStringRelease(u->s);
}

/* Writes the string's bytes in encoding enc to out (cap bytes at most). */
static size_t buffer_encode(enc_t enc, const buffer_units_t *u, uint8_t *out, size_t cap) {
    switch (enc) {
    case ENC_UTF8: return enc_utf8_encode(u->u, u->n, out, cap, NULL);
    case ENC_UTF16LE: return enc_utf16le_encode(u->u, u->n, out, cap);
    case ENC_BASE64:
    case ENC_BASE64URL: return enc_base64_decode(u->u, u->n, out, cap);
    case ENC_HEX: return enc_hex_decode(u->u, u->n, out, cap);
    default: return enc_latin1_encode(u->u, u->n, out, cap);
    }
}

/* Bytes the string takes in encoding enc. */
static size_t buffer_encoded_length(enc_t enc, const buffer_units_t *u) {
    switch (enc) {
    case ENC_UTF8: return enc_utf8_length(u->u, u->n);
    case ENC_UTF16LE: return u->n * 2;
    case ENC_BASE64:
    case ENC_BASE64URL: return enc_base64_decoded_length(u->u, u->n);
    case ENC_HEX: return u->n / 2;
    default: return u->n;
    }
}

/* binding.byteLengthUtf8(string) -> bytes. */
static JS_FN(buffer_byte_length_utf8) {
    buffer_units_t u;
    if (!buffer_units(ctx, JS_ARG(0), &u, exc))
        return NULL;
    size_t n = enc_utf8_length(u.u, u.n);
    buffer_units_free(&u);
    return JSValueMakeNumber(ctx, (double)n);
}

/* binding.write(buf, string, offset, length, enc) -> bytes written: whole
 * characters only, at most length bytes from offset. */
static JS_FN(buffer_write) {
    buffer_units_t u;
    if (!buffer_units(ctx, JS_ARG(1), &u, exc))
        return NULL;
    size_t offset = (size_t)js_num(ctx, JS_ARG(2));
    size_t length = (size_t)js_num(ctx, JS_ARG(3));
    enc_t enc = (enc_t)js_int(ctx, JS_ARG(4));
    uint8_t *bytes;
    size_t len;
    size_t written = 0;
    if (js_bytes_borrow(ctx, JS_ARG(0), &bytes, &len) && offset <= len) {
        if (length > len - offset)
            length = len - offset;
        written = buffer_encode(enc, &u, bytes + offset, length);
    }
    buffer_units_free(&u);
    return JSValueMakeNumber(ctx, (double)written);
}

/* A JS string from ASCII bytes: the engine keeps it in 8-bit form. */
static JSValueRef buffer_ascii_string(JSContextRef ctx, char *text, size_t n) {
    text[n] = 0;
    JSStringRef s = JSStringCreateWithUTF8CString(text);
    JSValueRef v = JSValueMakeString(ctx, s);
    JSStringRelease(s);
    return v;
}

/* binding.toString(buf, start, end, enc) -> string. Throws ERR_STRING_TOO_LONG
 * (through JS) when the result would exceed the engine's string limit:
 * returns undefined then, and lib/buffer.js throws. */
static JS_FN(buffer_to_string) {
    size_t start = (size_t)js_num(ctx, JS_ARG(1));
    size_t end = (size_t)js_num(ctx, JS_ARG(2));
    enc_t enc = (enc_t)js_int(ctx, JS_ARG(3));
    uint8_t *bytes;
    size_t len;
    if (!js_bytes_borrow(ctx, JS_ARG(0), &bytes, &len))
        return js_str(ctx, "");
    if (end > len)
        end = len;
    if (start >= end)
        return js_str(ctx, "");
    const uint8_t *in = bytes + start;
    size_t n = end - start;
    size_t max_units = enc_decoded_units_max(enc, n);
    if (max_units > (size_t)0x7FFFFFFF - 32)
        return JSValueMakeUndefined(ctx); /* too long for a string */

    if (enc == ENC_BASE64 || enc == ENC_BASE64URL || enc == ENC_HEX) {
        char *text = malloc(max_units + 1);
        if (!text)
            return js_throw_msg(ctx, exc, "RangeError", "Array buffer allocation failed");
        size_t k = enc == ENC_HEX ? enc_hex_encode(in, n, text)
                                  : enc_base64_encode(in, n, text, enc == ENC_BASE64URL);
        JSValueRef v = buffer_ascii_string(ctx, text, k);
        free(text);
        return v;
    }
    if ((enc == ENC_UTF8 || enc == ENC_LATIN1 || enc == ENC_ASCII) && enc_is_ascii(in, n) &&
        memchr(in, 0, n) == NULL) {
        char *text = malloc(n + 1);
        if (!text)
            return js_throw_msg(ctx, exc, "RangeError", "Array buffer allocation failed");
        memcpy(text, in, n);
        JSValueRef v = buffer_ascii_string(ctx, text, n);
        free(text);
        return v;
    }
    uint16_t *units = malloc((max_units ? max_units : 1) * sizeof *units);
    if (!units)
        return js_throw_msg(ctx, exc, "RangeError", "Array buffer allocation failed");
    size_t k = enc_decode(enc, in, n, units);
    JSStringRef s = JSStringCreateWithCharacters(units, k);
    free(units);
    JSValueRef v = JSValueMakeString(ctx, s);
    JSStringRelease(s);
    return v;
}

/* binding.fill(buf, value, start, end, enc) -> 0, or -1 when value (a
 * string in enc, or bytes) encodes to nothing. A number value is a byte. */
static JS_FN(buffer_fill) {
    JSValueRef value = JS_ARG(1);
    size_t start = (size_t)js_num(ctx, JS_ARG(2));
    size_t end = (size_t)js_num(ctx, JS_ARG(3));
    enc_t enc = (enc_t)js_int(ctx, JS_ARG(4));
    uint8_t *pattern = NULL;
    size_t plen = 0;
    uint8_t byte;
    buffer_units_t u = {0};
    bool owned = false;
    if (JSValueIsString(ctx, value)) {
        if (!buffer_units(ctx, value, &u, exc))
            return NULL;
        plen = buffer_encoded_length(enc, &u);
        pattern = malloc(plen ? plen : 1);
        if (!pattern) {
            buffer_units_free(&u);
            return js_throw_msg(ctx, exc, "RangeError", "Array buffer allocation failed");
        }
        owned = true;
        plen = buffer_encode(enc, &u, pattern, plen);
        buffer_units_free(&u);
    } else if (JSValueIsNumber(ctx, value)) {
        byte = (uint8_t)(js_int(ctx, value) & 255);
        pattern = &byte;
        plen = 1;
    }
    uint8_t *bytes;
    size_t len;
    JSValueRef result = JSValueMakeNumber(ctx, 0);
    if (!pattern) {
        /* Bytes of a view; taken last, as they are borrowed. */
        uint8_t *src;
        size_t slen;
        if (!js_bytes_borrow(ctx, value, &src, &slen))
            return JSValueMakeNumber(ctx, -1);
        pattern = malloc(slen ? slen : 1);
        if (!pattern)
            return js_throw_msg(ctx, exc, "RangeError", "Array buffer allocation failed");
        owned = true;
        memcpy(pattern, src, slen);
        plen = slen;
    }
    if (plen == 0) {
        result = JSValueMakeNumber(ctx, -1);
    } else if (js_bytes_borrow(ctx, JS_ARG(0), &bytes, &len)) {
        if (end > len)
            end = len;
        if (start < end) {
            uint8_t *p = bytes + start;
            size_t n = end - start;
            if (plen == 1) {
                memset(p, pattern[0], n);
            } else {
                /* Copy the pattern once, then double what is written. */
                size_t first = plen < n ? plen : n;
                memcpy(p, pattern, first);
                size_t done = first;
                while (done < n) {
                    size_t k = done < n - done ? done : n - done;
                    memcpy(p + done, p, k);
                    done += k;
                }
            }
        }
    }
    if (owned)
        free(pattern);
    return result;
}

static const uint8_t *buffer_memmem(const uint8_t *h, size_t hn, const uint8_t *n, size_t nn) {
    return memmem(h, hn, n, nn);
}

static const uint8_t *buffer_memrmem(const uint8_t *h, size_t hn, const uint8_t *n, size_t nn) {
    if (nn > hn)
        return NULL;
    for (size_t i = hn - nn + 1; i-- > 0;)
        if (h[i] == n[0] && memcmp(h + i, n, nn) == 0)
            return h + i;
    return NULL;
}

/* binding.indexOf(buf, needle, byteOffset, enc, forward) -> index or -1.
 * needle is a string in enc or a view; byteOffset is where the search
 * starts (forward) or the last index a match may start at (backward), and
 * may be out of range, as lib/buffer.js computed it. */
static JS_FN(buffer_index_of) {
    JSValueRef needle = JS_ARG(1);
    double off = js_num(ctx, JS_ARG(2));
    enc_t enc = (enc_t)js_int(ctx, JS_ARG(3));
    bool forward = JSValueToBoolean(ctx, JS_ARG(4));
    uint8_t *pat = NULL;
    size_t plen = 0;
    bool owned = false;
    if (JSValueIsString(ctx, needle)) {
        buffer_units_t u;
        if (!buffer_units(ctx, needle, &u, exc))
            return NULL;
        plen = buffer_encoded_length(enc, &u);
        pat = malloc(plen ? plen : 1);
        if (!pat) {
            buffer_units_free(&u);
            return js_throw_msg(ctx, exc, "RangeError", "Array buffer allocation failed");
        }
        owned = true;
        plen = buffer_encode(enc, &u, pat, plen);
        buffer_units_free(&u);
    }
    uint8_t *bytes;
    size_t len;
    double r = -1;
    if (!js_bytes_borrow(ctx, JS_ARG(0), &bytes, &len))
        goto out;
    if (!pat) {
        if (!js_bytes_borrow(ctx, needle, &pat, &plen))
            goto out;
    }
    if (forward) {
        if (off < 0)
            off = 0;
        if (off > (double)len)
            goto out;
        size_t s = (size_t)off;
        if (plen == 0) {
            r = (double)s;
            goto out;
        }
        const uint8_t *hit = buffer_memmem(bytes + s, len - s, pat, plen);
        if (hit)
            r = (double)(hit - bytes);
    } else {
        if (off < 0)
            goto out;
        size_t last = off > (double)len ? len : (size_t)off;
        if (plen == 0) {
            r = (double)last;
            goto out;
        }
        size_t hn = last + plen < len ? last + plen : len;
        const uint8_t *hit = buffer_memrmem(bytes, hn, pat, plen);
        if (hit)
            r = (double)(hit - bytes);
    }
out:
    if (owned)
        free(pat);
    return JSValueMakeNumber(ctx, r);
}

/* binding.compare(a, aStart, aEnd, b, bStart, bEnd) -> -1, 0 or 1. */
static JS_FN(buffer_compare) {
    size_t as = (size_t)js_num(ctx, JS_ARG(1)), ae = (size_t)js_num(ctx, JS_ARG(2));
    size_t bs = (size_t)js_num(ctx, JS_ARG(4)), be = (size_t)js_num(ctx, JS_ARG(5));
    uint8_t *a, *b;
    size_t alen, blen;
    if (!js_bytes_borrow(ctx, JS_ARG(0), &a, &alen) || !js_bytes_borrow(ctx, JS_ARG(3), &b, &blen))
        return JSValueMakeNumber(ctx, 0);
    if (ae > alen)
        ae = alen;
    if (be > blen)
        be = blen;
    size_t an = as < ae ? ae - as : 0, bn = bs < be ? be - bs : 0;
    size_t m = an < bn ? an : bn;
    int c = m ? memcmp(a + as, b + bs, m) : 0;
    if (c == 0)
        c = an < bn ? -1 : an > bn ? 1 : 0;
    return JSValueMakeNumber(ctx, c < 0 ? -1 : c > 0 ? 1 : 0);
}

/* binding.swap(buf, width): reverses each group of width (2, 4, 8) bytes. */
static JS_FN(buffer_swap) {
    int w = js_int(ctx, JS_ARG(1));
    uint8_t *p;
    size_t len;
    if (!js_bytes_borrow(ctx, JS_ARG(0), &p, &len))
        return JSValueMakeUndefined(ctx);
    for (size_t i = 0; i + (size_t)w <= len; i += (size_t)w)
        for (int a = 0, b = w - 1; a < b; a++, b--) {
            uint8_t t = p[i + a];
            p[i + a] = p[i + b];
            p[i + b] = t;
        }
    return JSValueMakeUndefined(ctx);
}

static JS_FN(buffer_is_utf8) {
    uint8_t *p;
    size_t len;
    if (!js_bytes_borrow(ctx, JS_ARG(0), &p, &len))
        return JSValueMakeBoolean(ctx, false);
    return JSValueMakeBoolean(ctx, enc_is_utf8(p, len));
}

static JS_FN(buffer_is_ascii) {
    uint8_t *p;
    size_t len;
    if (!js_bytes_borrow(ctx, JS_ARG(0), &p, &len))
        return JSValueMakeBoolean(ctx, false);
    return JSValueMakeBoolean(ctx, enc_is_ascii(p, len));
}

/* binding.byteLength(string, enc) -> bytes the string encodes to. */
static JS_FN(buffer_byte_length) {
    buffer_units_t u;
    if (!buffer_units(ctx, JS_ARG(0), &u, exc))
        return NULL;
    size_t n = buffer_encoded_length((enc_t)js_int(ctx, JS_ARG(1)), &u);
    buffer_units_free(&u);
    return JSValueMakeNumber(ctx, (double)n);
}

/* binding.encodeInto(string, view, out): TextEncoder#encodeInto, UTF-8 of
 * as many whole characters as fit; out (a Float64Array of 2) gets the
 * UTF-16 units read and the bytes written. */
static JS_FN(buffer_encode_into) {
    buffer_units_t u;
    if (!buffer_units(ctx, JS_ARG(0), &u, exc))
        return NULL;
    uint8_t *bytes;
    size_t len;
    size_t read = 0, written = 0;
    double *out = JSObjectGetTypedArrayBytesPtr(ctx, (JSObjectRef)JS_ARG(2), exc);
    CHECK(out != NULL);
    if (js_bytes_borrow(ctx, JS_ARG(1), &bytes, &len))
        written = enc_utf8_encode(u.u, u.n, bytes, len, &read);
    buffer_units_free(&u);
    out[0] = (double)read;
    out[1] = (double)written;
    return JSValueMakeUndefined(ctx);
}

JSObjectRef buffer_binding(JSContextRef ctx) {
    JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
    js_set_fn(ctx, b, "byteLengthUtf8", buffer_byte_length_utf8);
    js_set_fn(ctx, b, "byteLength", buffer_byte_length);
    js_set_fn(ctx, b, "write", buffer_write);
    js_set_fn(ctx, b, "toString", buffer_to_string);
    js_set_fn(ctx, b, "fill", buffer_fill);
    js_set_fn(ctx, b, "indexOf", buffer_index_of);
    js_set_fn(ctx, b, "compare", buffer_compare);
    js_set_fn(ctx, b, "swap", buffer_swap);
    js_set_fn(ctx, b, "isUtf8", buffer_is_utf8);
    js_set_fn(ctx, b, "isAscii", buffer_is_ascii);
    js_set_fn(ctx, b, "encodeInto", buffer_encode_into);
    return b;
}
