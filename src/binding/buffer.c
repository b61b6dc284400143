#define _GNU_SOURCE /* memmem, memrchr */
/* internalBinding('buffer'): the byte work behind node:buffer, one call per
 * operation on a whole string or range. lib/buffer.js validates arguments
 * and normalises offsets before calling; these functions trust them but
 * still clamp to the buffer's real length (a user's valueOf may have
 * shrunk it).
 *
 * Most operations exist twice: as C API functions (binding.toString, ...)
 * and, when the engine's layout checked out at start, as engine host
 * functions (binding.fast.toString, ...) that cost a tenth as much to call
 * and decline whatever they cannot do in place. See "the engine's own
 * representations" and "host functions" below.
 *
 * Encodings are numbered as enc_t in src/encoding/encoding.h:
 * 0 utf8, 1 utf16le, 2 latin1, 3 ascii, 4 base64, 5 base64url, 6 hex. */
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>

#include "../encoding/encoding.h"
#include "../encoding/utf8.h"
#include "../engine_fast.h"
#include "bindings.h"

/* The engine's own representations (strings, views and numbers read and
 * made in place, host functions) come from src/engine_fast.h, calibrated
 * when this binding is made; where they are not available every path
 * below uses the public API instead, with the same results. */

/* Writes the string's bytes in encoding enc to out (cap bytes at most). */
static size_t buffer_encode(enc_t enc, const engine_fast_units_t *u, uint8_t *out, size_t cap) {
    if (u->u8) {
        switch (enc) {
        case ENC_UTF8: return enc_utf8_encode8(u->u8, u->n, out, cap, NULL);
        case ENC_UTF16LE: return enc_utf16le_encode8(u->u8, u->n, out, cap);
        case ENC_BASE64:
        case ENC_BASE64URL: return enc_base64_decode8(u->u8, u->n, out, cap);
        case ENC_HEX: return enc_hex_decode8(u->u8, u->n, out, cap);
        default: {
            size_t m = u->n < cap ? u->n : cap;
            memcpy(out, u->u8, m);
            return m;
        }
        }
    }
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
static size_t buffer_encoded_length(enc_t enc, const engine_fast_units_t *u) {
    switch (enc) {
    case ENC_UTF8: return u->u8 ? enc_utf8_length8(u->u8, u->n) : enc_utf8_length(u->u, u->n);
    case ENC_UTF16LE: return u->n * 2;
    case ENC_BASE64:
    case ENC_BASE64URL:
        return u->u8 ? enc_base64_decoded_length8(u->u8, u->n) : enc_base64_decoded_length(u->u, u->n);
    case ENC_HEX: return u->n / 2;
    default: return u->n;
    }
}

/* ---- the operations ----------------------------------------------------------
 * Each is a core over plain C values, called by two entry points: a C API
 * callback (binding.toString, ...), and, when calibrated, an engine host
 * function (binding.fast.toString, ...) that the JIT calls without the
 * lock dance of an API callback (~10 ns instead of ~120). A host function
 * never throws: where it cannot answer (a view or string it cannot read in
 * place, a failed allocation, a result past the limits) it returns a value
 * meaning "ask the API entry", which then does the work or throws. */

/* The string of bytes [0, n) in enc, or NULL when it could not be made
 * here (wants the API path: see buffer_to_string). */
static JSValueRef buffer_decode_fast(JSContextRef ctx, const uint8_t *in, size_t n, enc_t enc, bool locked) {
    engine_fast_string_t ns;
    switch (enc) {
    case ENC_LATIN1:
    case ENC_ASCII:
        if (!engine_fast_string_begin(n, false, &ns))
            return NULL;
        if (enc == ENC_ASCII) {
            uint8_t *out = ns.chars;
            for (size_t i = 0; i < n; i++)
                out[i] = in[i] & 0x7f;
        } else {
            memcpy(ns.chars, in, n);
        }
        return engine_fast_string_end(ctx, &ns, locked);
    case ENC_UTF8: return engine_fast_utf8_try(ctx, in, n, locked);
    case ENC_UTF16LE:
        if (!engine_fast_string_begin(n / 2, true, &ns))
            return NULL;
        memcpy(ns.chars, in, n / 2 * 2); /* a little-endian host, as JSC's value encoding */
        return engine_fast_string_end(ctx, &ns, locked);
    default: {
        size_t max = enc_decoded_units_max(enc, n);
        if (!engine_fast_string_begin(max, false, &ns))
            return NULL;
        size_t k = enc == ENC_HEX ? enc_hex_encode(in, n, ns.chars)
                                  : enc_base64_encode(in, n, ns.chars, enc == ENC_BASE64URL);
        if (k == max)
            return engine_fast_string_end(ctx, &ns, locked);
        /* base64url without padding: fewer characters than the bound. */
        engine_fast_string_t exact;
        JSValueRef v = NULL;
        if (engine_fast_string_begin(k, false, &exact)) {
            memcpy(exact.chars, ns.chars, k);
            v = engine_fast_string_end(ctx, &exact, locked);
        }
        engine_fast_string_drop(&ns);
        return v;
    }
    }
}

/* binding.toString(buf, start, end, enc) -> string, or undefined when the
 * result would exceed the engine's string limit (lib/buffer.js then throws
 * ERR_STRING_TOO_LONG). */
static JS_FN(buffer_to_string) {
    size_t start = (size_t)engine_fast_num(ctx, JS_ARG(1));
    size_t end = (size_t)engine_fast_num(ctx, JS_ARG(2));
    enc_t enc = (enc_t)engine_fast_num(ctx, JS_ARG(3));
    uint8_t *bytes;
    size_t len;
    if (!engine_fast_bytes(ctx, JS_ARG(0), &bytes, &len))
        return js_str(ctx, "");
    if (end > len)
        end = len;
    if (start >= end)
        return js_str(ctx, "");
    const uint8_t *in = bytes + start;
    size_t n = end - start;
    size_t max_units = enc_decoded_units_max(enc, n);
    if (enc != ENC_UTF8 && max_units > 0x7fffffff)
        return JSValueMakeUndefined(ctx);
    if (max_units >= 2) {
        JSValueRef v = buffer_decode_fast(ctx, in, n, enc, false);
        if (v)
            return v;
    }
    /* Through the API (also when the engine's memory ran short above: the
     * allocation here fails cleanly). */
    uint16_t *units = malloc((max_units ? max_units : 1) * sizeof *units);
    if (!units)
        return js_throw_msg(ctx, exc, "RangeError", "Array buffer allocation failed");
    size_t k = enc_decode(enc, in, n, units);
    JSValueRef v;
    if (k > 0x7fffffff) {
        v = JSValueMakeUndefined(ctx);
    } else {
        JSStringRef s = JSStringCreateWithCharacters(units, k);
        v = JSValueMakeString(ctx, s);
        JSStringRelease(s);
    }
    free(units);
    return v;
}

/* binding.byteLengthUtf8(string) -> bytes. */
static JS_FN(buffer_byte_length_utf8) {
    engine_fast_units_t u;
    if (!engine_fast_units(ctx, JS_ARG(0), &u, exc))
        return NULL;
    size_t n = buffer_encoded_length(ENC_UTF8, &u);
    engine_fast_units_free(&u);
    return JSValueMakeNumber(ctx, (double)n);
}

/* Writes the string's whole characters in enc into bytes[offset, offset +
 * length), clamped to len; returns the count written. */
static size_t buffer_write_core(const engine_fast_units_t *u, uint8_t *bytes, size_t len, size_t offset,
                                size_t length, enc_t enc) {
    if (offset > len)
        return 0;
    if (length > len - offset)
        length = len - offset;
    return buffer_encode(enc, u, bytes + offset, length);
}

/* binding.write(buf, string, offset, length, enc) -> bytes written: whole
 * characters only, at most length bytes from offset. */
static JS_FN(buffer_write) {
    engine_fast_units_t u;
    if (!engine_fast_units(ctx, JS_ARG(1), &u, exc))
        return NULL;
    size_t offset = (size_t)engine_fast_num(ctx, JS_ARG(2));
    size_t length = (size_t)engine_fast_num(ctx, JS_ARG(3));
    enc_t enc = (enc_t)engine_fast_num(ctx, JS_ARG(4));
    uint8_t *bytes;
    size_t len;
    size_t written = 0;
    if (engine_fast_bytes(ctx, JS_ARG(0), &bytes, &len))
        written = buffer_write_core(&u, bytes, len, offset, length, enc);
    engine_fast_units_free(&u);
    return JSValueMakeNumber(ctx, (double)written);
}

/* Node's RangeError for a bad index given to a binding function. */
static JSValueRef buffer_throw_index(JSContextRef ctx, JSValueRef *exc) {
    js_throw_msg(ctx, exc, "RangeError", "Index out of range");
    js_set_str(ctx, (JSObjectRef)*exc, "code", "ERR_OUT_OF_RANGE");
    return NULL;
}

/* binding.fill(buf, value, start, end, enc) -> 0, or -1 when value (a
 * string in enc, or bytes) encodes to nothing. A number value is a byte. */
static JS_FN(buffer_fill) {
    JSValueRef value = JS_ARG(1);
    double dstart = engine_fast_num(ctx, JS_ARG(2)), dend = engine_fast_num(ctx, JS_ARG(3));
    /* lib/ never passes a negative index; Node's binding refuses one with
     * ERR_OUT_OF_RANGE, and its tests call the binding directly. */
    if (!(dstart >= 0 && dstart <= 9007199254740991.0) || !(dend >= 0 && dend <= 9007199254740991.0))
        return buffer_throw_index(ctx, exc);
    size_t start = (size_t)dstart;
    size_t end = (size_t)dend;
    enc_t enc = (enc_t)engine_fast_num(ctx, JS_ARG(4));
    uint8_t *pattern = NULL;
    size_t plen = 0;
    uint8_t byte;
    engine_fast_units_t u = {0};
    bool owned = false;
    if (JSValueIsString(ctx, value)) {
        if (!engine_fast_units(ctx, value, &u, exc))
            return NULL;
        plen = buffer_encoded_length(enc, &u);
        pattern = malloc(plen ? plen : 1);
        if (!pattern) {
            engine_fast_units_free(&u);
            return js_throw_msg(ctx, exc, "RangeError", "Array buffer allocation failed");
        }
        owned = true;
        plen = buffer_encode(enc, &u, pattern, plen);
        engine_fast_units_free(&u);
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
        if (!engine_fast_bytes(ctx, value, &src, &slen))
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
    } else if (engine_fast_bytes(ctx, JS_ARG(0), &bytes, &len)) {
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

/* The first occurrence of the needle in the haystack. memchr finds
 * candidates for the needle's first byte (vectorised in libc) and memcmp
 * checks them; when candidates turn out to be frequent, the rest is left to
 * memmem, whose Two-Way search is linear in the worst case. */
static const uint8_t *buffer_search(const uint8_t *h, size_t hn, const uint8_t *nd, size_t nn) {
    if (nn > hn)
        return NULL;
    if (nn == 1)
        return memchr(h, nd[0], hn);
    const uint8_t *p = h, *last = h + (hn - nn);
    size_t misses = 0;
    while (p <= last) {
        p = memchr(p, nd[0], (size_t)(last - p) + 1);
        if (!p)
            return NULL;
        if (p[nn - 1] == nd[nn - 1] && memcmp(p + 1, nd + 1, nn - 2) == 0)
            return p;
        p++;
        /* More than one false candidate per 32 bytes scanned. */
        if (++misses > 16 && misses * 32 > (size_t)(p - h))
            return memmem(p, (size_t)(h + hn - p), nd, nn);
    }
    return NULL;
}

/* The last occurrence that starts at or before h + hn - nn. */
static const uint8_t *buffer_search_back(const uint8_t *h, size_t hn, const uint8_t *nd, size_t nn) {
    if (nn > hn)
        return NULL;
    size_t i = hn - nn + 1; /* candidates are [0, i) */
    while (i > 0) {
        const uint8_t *p = memrchr(h, nd[0], i);
        if (!p)
            return NULL;
        if (memcmp(p, nd, nn) == 0)
            return p;
        i = (size_t)(p - h);
    }
    return NULL;
}

/* The index of the needle (bytes pat, plen) in bytes[0, len): forward from
 * off, or backward from off as the last start; off may be out of range. */
static double buffer_index_core(const uint8_t *bytes, size_t len, const uint8_t *pat, size_t plen,
                                double off, bool forward) {
    if (forward) {
        if (off < 0)
            off = 0;
        if (off > (double)len)
            return -1;
        size_t s = (size_t)off;
        if (plen == 0)
            return (double)s;
        const uint8_t *hit = buffer_search(bytes + s, len - s, pat, plen);
        return hit ? (double)(hit - bytes) : -1;
    }
    if (off < 0)
        return -1;
    size_t last = off > (double)len ? len : (size_t)off;
    if (plen == 0)
        return (double)last;
    size_t hn = last + plen < len ? last + plen : len;
    const uint8_t *hit = buffer_search_back(bytes, hn, pat, plen);
    return hit ? (double)(hit - bytes) : -1;
}

/* A string needle's bytes in enc: in `small` when they fit, else malloc'd
 * (*owned set). NULL when allocation failed. */
static uint8_t *buffer_needle(const engine_fast_units_t *u, enc_t enc, uint8_t *small, size_t small_cap,
                              size_t *plen, bool *owned) {
    size_t n = buffer_encoded_length(enc, u);
    uint8_t *pat = small;
    *owned = false;
    if (n > small_cap) {
        pat = malloc(n);
        if (!pat)
            return NULL;
        *owned = true;
    }
    *plen = buffer_encode(enc, u, pat, n);
    return pat;
}

/* binding.indexOf(buf, needle, byteOffset, enc, forward) -> index or -1.
 * needle is a string in enc or a view; byteOffset is where the search
 * starts (forward) or the last index a match may start at (backward), and
 * may be out of range, as lib/buffer.js computed it. */
static JS_FN(buffer_index_of) {
    JSValueRef needle = JS_ARG(1);
    double off = engine_fast_num(ctx, JS_ARG(2));
    enc_t enc = (enc_t)engine_fast_num(ctx, JS_ARG(3));
    bool forward = JSValueToBoolean(ctx, JS_ARG(4));
    uint8_t small[256];
    uint8_t *pat = NULL;
    size_t plen = 0;
    bool owned = false;
    if (JSValueIsString(ctx, needle)) {
        engine_fast_units_t u;
        if (!engine_fast_units(ctx, needle, &u, exc))
            return NULL;
        pat = buffer_needle(&u, enc, small, sizeof small, &plen, &owned);
        engine_fast_units_free(&u);
        if (!pat)
            return js_throw_msg(ctx, exc, "RangeError", "Array buffer allocation failed");
    }
    uint8_t *bytes;
    size_t len;
    double r = -1;
    if (engine_fast_bytes(ctx, JS_ARG(0), &bytes, &len) && (pat || engine_fast_bytes(ctx, needle, &pat, &plen)))
        r = buffer_index_core(bytes, len, pat, plen, off, forward);
    if (owned)
        free(pat);
    return JSValueMakeNumber(ctx, r);
}

static int buffer_compare_core(const uint8_t *a, size_t alen, size_t as, size_t ae, const uint8_t *b,
                               size_t blen, size_t bs, size_t be) {
    if (ae > alen)
        ae = alen;
    if (be > blen)
        be = blen;
    size_t an = as < ae ? ae - as : 0, bn = bs < be ? be - bs : 0;
    size_t m = an < bn ? an : bn;
    int c = m ? memcmp(a + as, b + bs, m) : 0;
    if (c == 0)
        c = an < bn ? -1 : an > bn ? 1 : 0;
    return c < 0 ? -1 : c > 0 ? 1 : 0;
}

/* binding.compare(a, aStart, aEnd, b, bStart, bEnd) -> -1, 0 or 1. */
static JS_FN(buffer_compare) {
    size_t as = (size_t)engine_fast_num(ctx, JS_ARG(1)), ae = (size_t)engine_fast_num(ctx, JS_ARG(2));
    size_t bs = (size_t)engine_fast_num(ctx, JS_ARG(4)), be = (size_t)engine_fast_num(ctx, JS_ARG(5));
    uint8_t *a, *b;
    size_t alen, blen;
    if (!engine_fast_bytes(ctx, JS_ARG(0), &a, &alen) || !engine_fast_bytes(ctx, JS_ARG(3), &b, &blen))
        return JSValueMakeNumber(ctx, 0);
    return JSValueMakeNumber(ctx, buffer_compare_core(a, alen, as, ae, b, blen, bs, be));
}

/* binding.swap(buf, width): reverses each group of width (2, 4, 8) bytes. */
static JS_FN(buffer_swap) {
    int w = (int)engine_fast_num(ctx, JS_ARG(1));
    uint8_t *p;
    size_t len;
    if (!engine_fast_bytes(ctx, JS_ARG(0), &p, &len))
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
    if (!engine_fast_bytes(ctx, JS_ARG(0), &p, &len))
        return JSValueMakeBoolean(ctx, false);
    return JSValueMakeBoolean(ctx, enc_is_utf8(p, len));
}

static JS_FN(buffer_is_ascii) {
    uint8_t *p;
    size_t len;
    if (!engine_fast_bytes(ctx, JS_ARG(0), &p, &len))
        return JSValueMakeBoolean(ctx, false);
    return JSValueMakeBoolean(ctx, enc_is_ascii(p, len));
}

/* The text of bytes in a single-byte encoding: below 0x80 ASCII, the rest
 * through high (the 256 bytes of 128 UTF-16 units in the machine's order,
 * as a Uint16Array holds them; U+FFFD for a byte that maps to nothing),
 * 8-bit when every character fits one. ASCII text, the usual case, is a
 * check and a copy. Made in place: 0 and the string in *out; 1 when fatal
 * and a byte maps to nothing; 2 when the string cannot be made in place
 * (engine_fast_string_begin), after the fatal check. */
static int buffer_decode_table_in_place(JSContextRef ctx, const uint8_t *in, size_t n, const uint8_t *high,
                                        bool fatal, bool locked, JSValueRef *out) {
    engine_fast_string_t ns;
    size_t ascii = utf8_ascii_prefix(in, n);
    if (ascii == n) {
        if (!engine_fast_string_begin(n, false, &ns))
            return 2;
        memcpy(ns.chars, in, n);
        *out = engine_fast_string_end(ctx, &ns, locked);
        return 0;
    }
    /* All 256 bytes: the loops below have no branch per byte, which text
     * mixing ASCII and other letters would mispredict. */
    uint16_t table[256];
    for (int i = 0; i < 128; i++)
        table[i] = (uint16_t)i;
    memcpy(table + 128, high, 256);
    /* The OR of all units is above 0xFF exactly when one of them is. */
    unsigned any = 0, bad = 0;
    for (size_t i = ascii; i < n; i++) {
        uint16_t u = table[in[i]];
        any |= u;
        bad |= u == 0xfffd;
    }
    if (bad && fatal)
        return 1;
    bool wide = any > 0xff;
    if (!engine_fast_string_begin(n, wide, &ns))
        return 2;
    if (wide) {
        uint16_t *o = ns.chars;
        for (size_t i = 0; i < ascii; i++)
            o[i] = in[i];
        for (size_t i = ascii; i < n; i++)
            o[i] = table[in[i]];
    } else {
        uint8_t *o = ns.chars;
        memcpy(o, in, ascii);
        for (size_t i = ascii; i < n; i++)
            o[i] = (uint8_t)table[in[i]];
    }
    *out = engine_fast_string_end(ctx, &ns, locked);
    return 0;
}

/* binding.decodeTable(bytes, table, fatal) -> the text of bytes in a
 * single-byte encoding (table: the 256 bytes of the 128 units for bytes
 * 0x80-0xFF), or null when fatal and a byte maps to nothing. */
static JS_FN(buffer_decode_table) {
    uint8_t *tp;
    size_t tn;
    CHECK(js_bytes_borrow(ctx, JS_ARG(1), &tp, &tn) && tn == 256); /* lib/ made it */
    uint8_t high[256];
    memcpy(high, tp, sizeof high);
    bool fatal = JSValueToBoolean(ctx, JS_ARG(2));
    uint8_t *in;
    size_t n;
    if (!engine_fast_bytes(ctx, JS_ARG(0), &in, &n))
        return NULL;
    /* No JS runs from here on. */
    JSValueRef v;
    int r = buffer_decode_table_in_place(ctx, in, n, high, fatal, false, &v);
    if (r == 0)
        return v;
    if (r == 1)
        return JSValueMakeNull(ctx);
    uint16_t *units = malloc((n ? n : 1) * sizeof *units);
    if (!units)
        return js_throw_msg(ctx, exc, "RangeError", "Array buffer allocation failed");
    /* Past the fatal check: through the API. */
    uint16_t upper[128];
    memcpy(upper, high, sizeof upper);
    for (size_t i = 0; i < n; i++)
        units[i] = in[i] < 0x80 ? in[i] : upper[in[i] - 0x80];
    JSStringRef str = JSStringCreateWithCharacters(units, n);
    v = JSValueMakeString(ctx, str);
    JSStringRelease(str);
    free(units);
    return v;
}

/* ---- legacy CJK decoders, through ICU ---------------------------------------
 *
 * TextDecoder's gbk, gb18030, big5, euc-jp, iso-2022-jp, shift_jis and
 * euc-kr are what Node's ICU converters make of them, so kiln asks the same
 * library: the ICU the engine itself links (its headers name the version).
 * It is opened on the first such decoder; without it those encodings are
 * not supported, as in a Node built without ICU. A converter belongs to
 * its wrapper object, whose finalizer closes it. */

#define BUFFER_ICU_STR2(x) #x
#define BUFFER_ICU_STR(x) BUFFER_ICU_STR2(x) /* the versioned name, e.g. ucnv_open_72 */
#define BUFFER_ICU_SYMBOLS(X) \
    X(ucnv_open)              \
    X(ucnv_close)             \
    X(ucnv_reset)             \
    X(ucnv_toUnicode)         \
    X(ucnv_toUCountPending)   \
    X(ucnv_setToUCallBack)    \
    X(ucnv_setSubstChars)     \
    X(ucnv_getMinCharSize)    \
    X(ucnv_cbToUWriteUChars)  \
    X(UCNV_TO_U_CALLBACK_STOP) \
    X(UCNV_TO_U_CALLBACK_SUBSTITUTE)
#define BUFFER_ICU_DEFINE(name) static __typeof__(name) *buffer_icu_##name;
BUFFER_ICU_SYMBOLS(BUFFER_ICU_DEFINE)
#undef BUFFER_ICU_DEFINE

static bool buffer_icu_load(void) {
    static int state; /* 0 not tried, 1 loaded, -1 unavailable */
    if (state == 0) {
        state = -1;
        void *h = dlopen("libicuuc.so." BUFFER_ICU_STR(U_ICU_VERSION_MAJOR_NUM), RTLD_NOW | RTLD_GLOBAL);
        if (!h)
            return false;
#define BUFFER_ICU_RESOLVE(name)                                                          \
        if (!(buffer_icu_##name = (__typeof__(name) *)dlsym(h, BUFFER_ICU_STR(name)))) \
            return false;
        BUFFER_ICU_SYMBOLS(BUFFER_ICU_RESOLVE)
#undef BUFFER_ICU_RESOLVE
        state = 1;
    }
    return state == 1;
}

/* gbk and gb18030 are one decoder in Node, GB18030-2022 as the Encoding
 * standard has it: ICU's gb18030 but for a lone byte 0x80, which is the
 * euro sign, and, before ICU 73 (which moved to the 2022 tables; Debian 12
 * ships 72), eighteen two-byte sequences that 2005 gave to the private use
 * area. */
static const uint16_t buffer_gb18030_2022[][2] = {
    {0xe5e5, 0x3000}, {0xe78d, 0xfe10}, {0xe78e, 0xfe12}, {0xe78f, 0xfe11}, {0xe790, 0xfe13},
    {0xe791, 0xfe14}, {0xe792, 0xfe15}, {0xe793, 0xfe16}, {0xe794, 0xfe17}, {0xe795, 0xfe18},
    {0xe796, 0xfe19}, {0xe81e, 0x9fb4}, {0xe826, 0x9fb5}, {0xe82b, 0x9fb6}, {0xe82c, 0x9fb7},
    {0xe832, 0x9fb8}, {0xe843, 0x9fb9}, {0xe854, 0x9fba}, {0xe864, 0x9fbb},
};

/* Those code points came from nothing else: in the 2005 tables each
 * private use code point has one byte sequence. */
static inline void buffer_gb18030_remap(UChar *p, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (p[i] < 0xe5e5 || p[i] > 0xe864)
            continue;
        for (size_t k = 0; k < sizeof buffer_gb18030_2022 / sizeof buffer_gb18030_2022[0]; k++) {
            if (p[i] == buffer_gb18030_2022[k][0]) {
                p[i] = buffer_gb18030_2022[k][1];
                break;
            }
        }
    }
}

/* The gb18030 converters' callback: the euro sign for 0x80, else ICU's
 * stop (context non-NULL: a fatal decoder) or substitute. */
static void buffer_gb18030_cb(const void *context, UConverterToUnicodeArgs *args, const char *units,
                              int32_t length, UConverterCallbackReason reason, UErrorCode *err) {
    if (reason <= UCNV_IRREGULAR && length == 1 && (uint8_t)units[0] == 0x80) {
        static const UChar euro = 0x20ac;
        *err = U_ZERO_ERROR;
        buffer_icu_ucnv_cbToUWriteUChars(args, &euro, 1, 0, err);
        return;
    }
    if (context)
        buffer_icu_UCNV_TO_U_CALLBACK_STOP(NULL, args, units, length, reason, err);
    else
        buffer_icu_UCNV_TO_U_CALLBACK_SUBSTITUTE(NULL, args, units, length, reason, err);
}

static int buffer_gb18030_fatal; /* its address: the fatal callbacks' context */

static void buffer_icu_finalize(JSObjectRef obj) {
    UConverter *cv = JSObjectGetPrivate(obj);
    if (cv)
        buffer_icu_ucnv_close(cv);
}

static JSClassRef buffer_icu_class(void) {
    static JSClassRef cls;
    if (!cls) {
        JSClassDefinition def = kJSClassDefinitionEmpty;
        def.className = "Converter";
        def.finalize = buffer_icu_finalize;
        cls = JSClassCreate(&def);
    }
    return cls;
}

/* binding.icuOpen(name, fatal) -> a converter for the encoding ICU knows
 * by that name, or undefined (no ICU, or no such converter). A fatal one
 * stops at the first byte sequence it cannot decode; the others put
 * ICU's substitute (U+FFFD) there. gbk and gb18030 get the 2022 decoder
 * above. */
static JS_FN(buffer_icu_open) {
    if (!buffer_icu_load())
        return JSValueMakeUndefined(ctx);
    js_cstr name;
    if (!js_cstr_get(ctx, JS_ARG(0), &name, exc))
        return NULL;
    bool gb18030 = strcmp(name.s, "gbk") == 0 || strcmp(name.s, "gb18030") == 0;
    bool fatal = JSValueToBoolean(ctx, JS_ARG(1));
    UErrorCode st = U_ZERO_ERROR;
    UConverter *cv = buffer_icu_ucnv_open(gb18030 ? "gb18030" : name.s, &st);
    js_cstr_free(&name);
    if (U_FAILURE(st))
        return JSValueMakeUndefined(ctx);
    /* Node gives its converters '?' as their substitute bytes; with it ICU
     * substitutes U+FFFD where some converters' own (0x1a) would give
     * U+001A. */
    char sub[8] = "????????";
    int8_t sublen = buffer_icu_ucnv_getMinCharSize(cv);
    st = U_ZERO_ERROR;
    buffer_icu_ucnv_setSubstChars(cv, sub, sublen > 0 && sublen <= 8 ? sublen : 1, &st);
    CHECK(U_SUCCESS(st));
    if (gb18030) {
        st = U_ZERO_ERROR;
        buffer_icu_ucnv_setToUCallBack(cv, buffer_gb18030_cb, fatal ? &buffer_gb18030_fatal : NULL,
                                       NULL, NULL, &st);
        CHECK(U_SUCCESS(st));
    } else if (fatal) {
        st = U_ZERO_ERROR;
        buffer_icu_ucnv_setToUCallBack(cv, buffer_icu_UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &st);
        CHECK(U_SUCCESS(st));
    }
    /* The wrapper owns cv from here, even if making it fails (the
     * finalizer of a half-made object does not run: close it then). */
    JSObjectRef obj = JSObjectMake(ctx, buffer_icu_class(), cv);
    if (!obj)
        buffer_icu_ucnv_close(cv);
    return obj;
}

/* binding.icuDecode(converter, bytes, flush, gb18030) -> the text, or null when
 * the input is not valid (a fatal converter stopped). Without flush an
 * unfinished sequence at the end waits in the converter for the next
 * call; with it, it is decoded (or refused) and the converter starts
 * afresh, as Node resets its own. */
static JS_FN(buffer_icu_decode) {
    CHECK(JSValueIsObjectOfClass(ctx, JS_ARG(0), buffer_icu_class()));
    UConverter *cv = JSObjectGetPrivate((JSObjectRef)JS_ARG(0));
    CHECK(cv);
    bool flush = JSValueToBoolean(ctx, JS_ARG(2));
    bool gb18030 = JSValueToBoolean(ctx, JS_ARG(3));
    uint8_t *in;
    size_t n;
    if (!engine_fast_bytes(ctx, JS_ARG(1), &in, &n))
        return NULL;
    /* No JS runs from here on: the borrowed bytes stay put. A byte gives
     * at most one UTF-16 unit (four give two), a pending sequence a few. */
    UErrorCode st = U_ZERO_ERROR;
    size_t cap = 2 * n + 2 * (size_t)buffer_icu_ucnv_toUCountPending(cv, &st) + 16;
    st = U_ZERO_ERROR;
    UChar *out = malloc(cap * sizeof *out);
    if (!out)
        return js_throw_msg(ctx, exc, "RangeError", "Array buffer allocation failed");
    const char *src = (const char *)in;
    UChar *t = out;
    for (;;) {
        buffer_icu_ucnv_toUnicode(cv, &t, out + cap, &src, (const char *)in + n, NULL, flush, &st);
        if (st != U_BUFFER_OVERFLOW_ERROR)
            break;
        size_t used = (size_t)(t - out);
        UChar *grown = realloc(out, 2 * cap * sizeof *out);
        if (!grown) {
            free(out);
            return js_throw_msg(ctx, exc, "RangeError", "Array buffer allocation failed");
        }
        out = grown;
        cap *= 2;
        t = out + used;
        st = U_ZERO_ERROR;
    }
    if (flush)
        buffer_icu_ucnv_reset(cv);
    JSValueRef v;
    if (U_FAILURE(st)) {
        v = JSValueMakeNull(ctx);
    } else {
#if U_ICU_VERSION_MAJOR_NUM < 73
        if (gb18030)
            buffer_gb18030_remap(out, (size_t)(t - out));
#else
        (void)gb18030;
#endif
        JSStringRef str = JSStringCreateWithCharacters((const JSChar *)out, (size_t)(t - out));
        v = JSValueMakeString(ctx, str);
        JSStringRelease(str);
    }
    free(out);
    return v;
}

/* binding.pin(arrayBuffer): the engine will not detach it from then on;
 * a transfer() copies its bytes instead. For Buffer's shared pool, which
 * Node makes non-detachable: detaching it would empty every Buffer made
 * from it, and every later one. (JavaScriptCore pins a buffer whose bytes
 * the C API handed out.) */
static JS_FN(buffer_pin) {
    JSValueRef e = NULL;
    JSObjectGetArrayBufferBytesPtr(ctx, (JSObjectRef)JS_ARG(0), &e);
    CHECK(e == NULL); /* lib/ passes an ArrayBuffer it made */
    return JSValueMakeUndefined(ctx);
}

/* binding.allocUninitialized(n) -> an ArrayBuffer of n bytes, not cleared,
 * or undefined (then lib/ makes a cleared one). Present only when the
 * engine's allocator is reachable. */
static JS_FN(buffer_alloc_uninitialized) {
    double n = engine_fast_num(ctx, JS_ARG(0));
    if (!(n >= 0 && n <= (double)SIZE_MAX))
        return JSValueMakeUndefined(ctx);
    JSObjectRef ab = engine_fast_array_buffer_uninitialized(ctx, (size_t)n, exc);
    if (ab == NULL && *exc == NULL)
        return JSValueMakeUndefined(ctx);
    return ab;
}

/* binding.byteLength(string, enc) -> bytes the string encodes to. */
static JS_FN(buffer_byte_length) {
    engine_fast_units_t u;
    if (!engine_fast_units(ctx, JS_ARG(0), &u, exc))
        return NULL;
    size_t n = buffer_encoded_length((enc_t)engine_fast_num(ctx, JS_ARG(1)), &u);
    engine_fast_units_free(&u);
    return JSValueMakeNumber(ctx, (double)n);
}

static size_t buffer_encode_into_core(const engine_fast_units_t *u, uint8_t *bytes, size_t len, size_t *read) {
    return u->u8 ? enc_utf8_encode8(u->u8, u->n, bytes, len, read) : enc_utf8_encode(u->u, u->n, bytes, len, read);
}

/* binding.encodeInto(string, view, out): TextEncoder#encodeInto, UTF-8 of
 * as many whole characters as fit; out (a Float64Array of 2) gets the
 * UTF-16 units read and the bytes written. */
static JS_FN(buffer_encode_into) {
    engine_fast_units_t u;
    if (!engine_fast_units(ctx, JS_ARG(0), &u, exc))
        return NULL;
    uint8_t *bytes;
    size_t len;
    size_t read = 0, written = 0;
    double *out = JSObjectGetTypedArrayBytesPtr(ctx, (JSObjectRef)JS_ARG(2), exc);
    CHECK(out != NULL);
    if (engine_fast_bytes(ctx, JS_ARG(1), &bytes, &len))
        written = buffer_encode_into_core(&u, bytes, len, &read);
    engine_fast_units_free(&u);
    out[0] = (double)read;
    out[1] = (double)written;
    return JSValueMakeUndefined(ctx);
}

/* ---- host functions ----------------------------------------------------------
 * Engine host functions (engine_fast_host): arguments read from the
 * frame, values in place; each declines what it cannot do there. */

/* fast.toString(buf, start, end, enc) -> string, or undefined: ask binding.toString. */
static int64_t buffer_host_to_string(void *global, void *frame) {
    uint8_t *bytes;
    size_t len;
    double start = engine_fast_arg_num(frame, 1), end = engine_fast_arg_num(frame, 2);
    double enc = engine_fast_arg_num(frame, 3);
    if (!engine_fast_bytes_in_place(engine_fast_arg(frame, 0), &bytes, &len) || !(start >= 0) || !(end <= (double)len) ||
        !(start < end) || !(enc >= 0 && enc <= ENC_HEX))
        return ENGINE_FAST_UNDEFINED;
    JSValueRef v = buffer_decode_fast(engine_fast_context(global), bytes + (size_t)start, (size_t)end - (size_t)start, (enc_t)enc, true);
    return v ? (int64_t)(uintptr_t)v : ENGINE_FAST_UNDEFINED;
}

/* fast.decodeTable(bytes, table, fatal) -> string, or null as
 * binding.decodeTable; undefined: ask binding.decodeTable. */
static int64_t buffer_host_decode_table(void *global, void *frame) {
    uint8_t *in, *high;
    size_t n, tn;
    if (!engine_fast_bytes_in_place(engine_fast_arg(frame, 0), &in, &n) ||
        !engine_fast_bytes_in_place(engine_fast_arg(frame, 1), &high, &tn) || tn != 256)
        return ENGINE_FAST_UNDEFINED;
    bool fatal = engine_fast_ret(engine_fast_arg(frame, 2)) == ENGINE_FAST_TRUE;
    JSValueRef v;
    int r = buffer_decode_table_in_place(engine_fast_context(global), in, n, high, fatal, true, &v);
    return r == 0 ? engine_fast_ret(v) : r == 1 ? ENGINE_FAST_NULL : ENGINE_FAST_UNDEFINED;
}

/* fast.write(buf, string, offset, length, enc) -> bytes written, or -1: ask binding.write. */
static int64_t buffer_host_write(void *global, void *frame) {
    engine_fast_units_t u;
    uint8_t *bytes;
    size_t len;
    double offset = engine_fast_arg_num(frame, 2), length = engine_fast_arg_num(frame, 3), enc = engine_fast_arg_num(frame, 4);
    if (!engine_fast_units_in_place(engine_fast_arg(frame, 1), &u) || !engine_fast_bytes_in_place(engine_fast_arg(frame, 0), &bytes, &len) ||
        !(offset >= 0) || !(length >= 0) || !(enc >= 0 && enc <= ENC_HEX))
        return engine_fast_number(-1);
    return engine_fast_number((double)buffer_write_core(&u, bytes, len, (size_t)offset, (size_t)length, (enc_t)enc));
}

/* fast.byteLength(string, enc) -> bytes, or -1: ask the binding. */
static int64_t buffer_host_byte_length(void *global, void *frame) {
    engine_fast_units_t u;
    double enc = engine_fast_arg_num(frame, 1);
    if (!engine_fast_units_in_place(engine_fast_arg(frame, 0), &u) || !(enc >= 0 && enc <= ENC_HEX))
        return engine_fast_number(-1);
    return engine_fast_number((double)buffer_encoded_length((enc_t)enc, &u));
}

/* fast.indexOf(buf, needle, byteOffset, enc, forward) -> index, -1, or -2: ask the binding. */
static int64_t buffer_host_index_of(void *global, void *frame) {
    JSValueRef needle = engine_fast_arg(frame, 1);
    double off = engine_fast_arg_num(frame, 2), enc = engine_fast_arg_num(frame, 3);
    bool forward = engine_fast_ret(engine_fast_arg(frame, 4)) == ENGINE_FAST_TRUE;
    uint8_t *bytes, *pat;
    size_t len, plen;
    uint8_t small[256];
    engine_fast_units_t u;
    if (!engine_fast_bytes_in_place(engine_fast_arg(frame, 0), &bytes, &len) || !(enc >= 0 && enc <= ENC_HEX) ||
        engine_fast_bits(engine_fast_arg(frame, 2)) < ENGINE_FAST_DOUBLE_OFFSET)
        return engine_fast_number(-2);
    if (engine_fast_bytes_in_place(needle, &pat, &plen))
        return engine_fast_number(buffer_index_core(bytes, len, pat, plen, off, forward));
    if (!engine_fast_units_in_place(needle, &u))
        return engine_fast_number(-2);
    bool owned;
    pat = buffer_needle(&u, (enc_t)enc, small, sizeof small, &plen, &owned);
    if (!pat)
        return engine_fast_number(-2);
    double r = buffer_index_core(bytes, len, pat, plen, off, forward);
    if (owned)
        free(pat);
    return engine_fast_number(r);
}

/* fast.compare(a, aStart, aEnd, b, bStart, bEnd) -> -1, 0, 1, or 2: ask the binding. */
static int64_t buffer_host_compare(void *global, void *frame) {
    uint8_t *a, *b;
    size_t alen, blen;
    double as = engine_fast_arg_num(frame, 1), ae = engine_fast_arg_num(frame, 2);
    double bs = engine_fast_arg_num(frame, 4), be = engine_fast_arg_num(frame, 5);
    if (!engine_fast_bytes_in_place(engine_fast_arg(frame, 0), &a, &alen) ||
        !engine_fast_bytes_in_place(engine_fast_arg(frame, 3), &b, &blen) || !(as >= 0) || !(ae >= 0) || !(bs >= 0) ||
        !(be >= 0))
        return engine_fast_number(2);
    return engine_fast_number(
        buffer_compare_core(a, alen, (size_t)as, (size_t)ae, b, blen, (size_t)bs, (size_t)be));
}

/* fast.encodeInto(string, view) -> read * 2 ** 32 + written (units read,
 * bytes written), or -1: ask binding.encodeInto. Both counts fit the one
 * number exactly while they are below 2 ** 20, so larger views decline. */
static int64_t buffer_host_encode_into(void *global, void *frame) {
    engine_fast_units_t u;
    uint8_t *bytes;
    size_t len;
    if (!engine_fast_units_in_place(engine_fast_arg(frame, 0), &u) || !engine_fast_bytes_in_place(engine_fast_arg(frame, 1), &bytes, &len) ||
        len > ((size_t)1 << 20))
        return engine_fast_number(-1);
    size_t read = 0;
    size_t written = buffer_encode_into_core(&u, bytes, len, &read);
    if (read > ((size_t)1 << 20))
        return engine_fast_number(-1);
    return engine_fast_number((double)read * 4294967296.0 + (double)written);
}

JSObjectRef buffer_binding(JSContextRef ctx) {
    engine_fast_init(ctx);
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
    js_set_fn(ctx, b, "pin", buffer_pin);
    if (engine_fast_can_alloc_uninitialized())
        js_set_fn(ctx, b, "allocUninitialized", buffer_alloc_uninitialized);
    js_set_fn(ctx, b, "decodeTable", buffer_decode_table);
    js_set_fn(ctx, b, "icuOpen", buffer_icu_open);
    js_set_fn(ctx, b, "icuDecode", buffer_icu_decode);
    /* binding.fast: the host functions, when calibrated; lib/ falls back
     * to the entries above when it is absent or a call declines. */
    if (engine_fast_hosts()) {
        JSObjectRef fast = JSObjectMake(ctx, NULL, NULL);
        js_set(ctx, fast, "toString", engine_fast_host(ctx, "toString", 4, buffer_host_to_string));
        js_set(ctx, fast, "write", engine_fast_host(ctx, "write", 5, buffer_host_write));
        js_set(ctx, fast, "byteLength", engine_fast_host(ctx, "byteLength", 2, buffer_host_byte_length));
        js_set(ctx, fast, "indexOf", engine_fast_host(ctx, "indexOf", 5, buffer_host_index_of));
        js_set(ctx, fast, "compare", engine_fast_host(ctx, "compare", 6, buffer_host_compare));
        js_set(ctx, fast, "encodeInto", engine_fast_host(ctx, "encodeInto", 2, buffer_host_encode_into));
        js_set(ctx, fast, "decodeTable", engine_fast_host(ctx, "decodeTable", 3, buffer_host_decode_table));
        js_set(ctx, b, "fast", fast);
    }
    js_set(ctx, b, "engineFast", JSValueMakeBoolean(ctx, engine_fast_values()));
    return b;
}
