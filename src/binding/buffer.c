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
#include "bindings.h"

/* ---- the engine's own representations ------------------------------------
 *
 * Through the public C API every call takes the engine's lock (~20 ns, and
 * a binding used to make a dozen), a string crosses as UTF-16 (an 8-bit
 * string is widened on each JSStringGetCharactersPtr, and
 * JSStringCreateWithUTF8CString converts to UTF-16 and back before the copy
 * JSValueMakeString makes), and JSObjectGetTypedArrayBytesPtr moves a small
 * typed array out of the collected heap and pins its ArrayBuffer (a later
 * transfer() then copies instead of detaching).
 *
 * So, as src/binding/util.c does for promises, this file reads
 * JavaScriptCore's 64-bit value encoding and the layout of typed arrays and
 * strings directly, and makes strings with functions the library exports
 * (WTF::StringImpl::createUninitialized, JSC::jsStringWithCacheSlowCase):
 * one pass over the bytes, written where the engine keeps them. Every fact
 * used is checked by buffer_calibrate() against values made through the
 * public API when the binding is created; if any check fails, buffer_fast
 * stays false and every path below uses the public API instead. */

typedef struct {
    void *p;
    size_t n;
} buffer_span_t; /* std::span<T>: pointer, then length */

/* static Ref<StringImpl> StringImpl::createUninitialized(size_t, std::span<LChar or UChar>&):
 * a Ref is returned through a hidden pointer (it has a destructor). */
extern __attribute__((weak)) void _ZN3WTF10StringImpl19createUninitializedEmRSt4spanIhLm18446744073709551615EE(
    void **ret, size_t n, buffer_span_t *chars);
extern __attribute__((weak)) void _ZN3WTF10StringImpl19createUninitializedEmRSt4spanIDsLm18446744073709551615EE(
    void **ret, size_t n, buffer_span_t *chars);
extern __attribute__((weak)) void *_ZN3JSC25jsStringWithCacheSlowCaseERNS_2VMERN3WTF10StringImplE(void *vm, void *impl);
extern __attribute__((weak)) void _ZN3WTF10StringImpl7destroyEPS0_(void *impl);
/* JSC::JSLockHolder(VM&) and ~JSLockHolder(): the engine drops its lock
 * around a C callback (each API call takes it again), and its internal
 * functions must run with it held. The holder is one pointer; room for
 * more is given. */
typedef struct {
    _Alignas(16) unsigned char storage[32];
} buffer_lock_t;
extern __attribute__((weak)) void _ZN3JSC12JSLockHolderC1ERNS_2VME(buffer_lock_t *holder, void *vm);
extern __attribute__((weak)) void _ZN3JSC12JSLockHolderD1Ev(buffer_lock_t *holder);

enum {
    BUFFER_CELL_TYPE = 5,     /* JSCell: the JSType byte */
    BUFFER_STRING_FIBER = 8,  /* JSString: StringImpl*, or a rope (bit 0) */
    BUFFER_VIEW_VECTOR = 16,  /* JSArrayBufferView: first byte of the view */
    BUFFER_VIEW_LENGTH = 24,  /* its length in elements (bytes for Uint8Array) */
    BUFFER_VIEW_OFFSET = 32,  /* its byteOffset */
    BUFFER_VIEW_MODE = 40,    /* TypedArrayMode (one byte) */
    BUFFER_IMPL_LENGTH = 4,   /* StringImpl: unsigned length */
    BUFFER_IMPL_DATA = 8,     /* const LChar* or const UChar* */
    BUFFER_IMPL_FLAGS = 16,   /* hash and flags */
};
#define BUFFER_IMPL_8BIT (1u << 2)   /* flags: one byte per unit */
#define BUFFER_REF_ONE 2u            /* StringImpl's refcount step */
#define BUFFER_INT32_TAG 0xfffe000000000000ull
#define BUFFER_DOUBLE_OFFSET (1ull << 49)

static bool buffer_fast;             /* all of the above checked */
static int buffer_u8_type = -1;      /* JSType of a Uint8Array */
static int buffer_string_type = -1;  /* JSType of a string */
static int buffer_modes[3] = {-1, -1, -1}; /* modes of views read in place */
/* The VM of this thread's context (a worker has its own). */
static _Thread_local void *buffer_vm;

static inline uint8_t buffer_byte_at(const void *cell, size_t off) {
    return ((const uint8_t *)cell)[off];
}
static inline uint64_t buffer_word_at(const void *cell, size_t off) {
    uint64_t w;
    memcpy(&w, (const uint8_t *)cell + off, sizeof w);
    return w;
}
static inline uint32_t buffer_u32_at(const void *p, size_t off) {
    uint32_t w;
    memcpy(&w, (const uint8_t *)p + off, sizeof w);
    return w;
}

/* A number argument (lib/ passes numbers): decoded from the value itself. */
static double buffer_num(JSContextRef ctx, JSValueRef v) {
    uint64_t x = (uint64_t)(uintptr_t)v;
    if (buffer_fast && x >= BUFFER_DOUBLE_OFFSET) {
        if ((x & BUFFER_INT32_TAG) == BUFFER_INT32_TAG)
            return (double)(int32_t)(uint32_t)x;
        x -= BUFFER_DOUBLE_OFFSET;
        double d;
        memcpy(&d, &x, sizeof d);
        return d;
    }
    return js_num(ctx, v);
}

static bool buffer_is_cell(JSValueRef v) {
    uint64_t x = (uint64_t)(uintptr_t)v;
    return x != 0 && (x & 0xffff000000000002ull) == 0; /* not a number, not an immediate */
}

/* The bytes of a view, borrowed for this call only (see js_bytes_borrow):
 * a Uint8Array of the three kinds calibrated is read in place, without
 * moving or pinning its memory; anything else goes through the API. */
static bool buffer_bytes(JSContextRef ctx, JSValueRef v, uint8_t **bytes, size_t *len) {
    if (buffer_fast && buffer_is_cell(v) && buffer_byte_at(v, BUFFER_CELL_TYPE) == buffer_u8_type) {
        int mode = buffer_byte_at(v, BUFFER_VIEW_MODE);
        if (mode == buffer_modes[0] || mode == buffer_modes[1] || mode == buffer_modes[2]) {
            uint8_t *p = (uint8_t *)(uintptr_t)buffer_word_at(v, BUFFER_VIEW_VECTOR);
            size_t n = (size_t)buffer_word_at(v, BUFFER_VIEW_LENGTH);
            *bytes = p && n ? p : (uint8_t *)"";
            *len = p ? n : 0;
            return true;
        }
    }
    return js_bytes_borrow(ctx, v, bytes, len);
}

/* A string's units: 8-bit (u8) or UTF-16 (u16), owned by the engine's
 * string (or by the JSStringRef, when it came through the API). */
typedef struct {
    JSStringRef s;
    const uint8_t *u8;
    const uint16_t *u;
    size_t n;
} buffer_units_t;

/* The StringImpl of a resolved string value, or NULL. */
static const void *buffer_string_impl(JSValueRef v) {
    if (!buffer_fast || !buffer_is_cell(v) || buffer_byte_at(v, BUFFER_CELL_TYPE) != buffer_string_type)
        return NULL;
    uint64_t fiber = buffer_word_at(v, BUFFER_STRING_FIBER);
    if (fiber & 1)
        return NULL; /* a rope */
    return (const void *)(uintptr_t)fiber;
}

static bool buffer_units(JSContextRef ctx, JSValueRef v, buffer_units_t *out, JSValueRef *exc) {
    out->s = NULL;
    const void *impl = buffer_string_impl(v);
    if (!impl && buffer_fast && JSValueIsString(ctx, v)) {
        /* A rope: the conversion resolves it in place. */
        JSStringRef s = JSValueToStringCopy(ctx, v, exc);
        if (!s)
            return false;
        JSStringRelease(s);
        impl = buffer_string_impl(v);
    }
    if (impl) {
        out->n = buffer_u32_at(impl, BUFFER_IMPL_LENGTH);
        const void *data = (const void *)(uintptr_t)buffer_word_at(impl, BUFFER_IMPL_DATA);
        if (buffer_u32_at(impl, BUFFER_IMPL_FLAGS) & BUFFER_IMPL_8BIT) {
            out->u8 = data;
            out->u = NULL;
        } else {
            out->u8 = NULL;
            out->u = data;
        }
        return true;
    }
    out->s = JSValueToStringCopy(ctx, v, exc);
    if (!out->s)
        return false;
    out->n = JSStringGetLength(out->s);
    out->u = JSStringGetCharactersPtr(out->s);
    out->u8 = NULL;
    return true;
}

static void buffer_units_free(buffer_units_t *u) {
    if (u->s)
        JSStringRelease(u->s);
}

/* A new engine string of n units (8-bit or UTF-16) for the caller to fill
 * in place, then hand to buffer_string_end. n is at least 2 (the engine
 * shares its strings of one character) and at most INT32_MAX. */
typedef struct {
    void *impl;
    void *chars;
} buffer_new_string_t;

static bool buffer_string_begin(size_t n, bool wide, buffer_new_string_t *s) {
    if (!buffer_fast || n < 2 || n > 0x7fffffff)
        return false;
    /* The engine aborts when it cannot allocate; for large strings ask the
     * system first, so that failure is a RangeError here instead. */
    if (n >= ((size_t)16 << 20)) {
        void *probe = malloc(wide ? n * 2 : n);
        if (!probe)
            return false;
        free(probe);
    }
    buffer_span_t span = {0};
    s->impl = NULL;
    if (wide)
        _ZN3WTF10StringImpl19createUninitializedEmRSt4spanIDsLm18446744073709551615EE(&s->impl, n, &span);
    else
        _ZN3WTF10StringImpl19createUninitializedEmRSt4spanIhLm18446744073709551615EE(&s->impl, n, &span);
    CHECK(s->impl && span.p && span.n == n);
    s->chars = span.p;
    return true;
}

static void buffer_impl_deref(void *impl) {
    uint32_t *rc = impl;
    if (*rc == BUFFER_REF_ONE)
        _ZN3WTF10StringImpl7destroyEPS0_(impl);
    else
        *rc -= BUFFER_REF_ONE;
}

/* `locked`: called from a host function, which runs with the engine's
 * lock held; an API callback runs without it. */
static JSValueRef buffer_string_end(buffer_new_string_t *s, bool locked) {
    buffer_lock_t lock;
    if (!locked)
        _ZN3JSC12JSLockHolderC1ERNS_2VME(&lock, buffer_vm);
    void *str = _ZN3JSC25jsStringWithCacheSlowCaseERNS_2VMERN3WTF10StringImplE(buffer_vm, s->impl);
    buffer_impl_deref(s->impl); /* the engine's string holds its own reference */
    if (!locked)
        _ZN3JSC12JSLockHolderD1Ev(&lock);
    return (JSValueRef)str;
}

/* The object a function body returns, or NULL. */
static JSObjectRef buffer_eval(JSContextRef ctx, const char *body) {
    JSStringRef src = JSStringCreateWithUTF8CString(body);
    JSObjectRef f = JSObjectMakeFunction(ctx, NULL, 0, NULL, src, NULL, 0, NULL);
    JSStringRelease(src);
    if (!f)
        return NULL;
    JSValueRef r = JSObjectCallAsFunction(ctx, f, NULL, 0, NULL, NULL);
    return r && JSValueIsObject(ctx, r) ? (JSObjectRef)r : NULL;
}

/* Checks each fact the fast paths rely on; sets buffer_fast only if all
 * hold. Nothing here can fail in a way that matters: a wrong guess only
 * leaves the public API in use. */
static void buffer_calibrate(JSContextRef ctx) {
    static uint8_t backing[64];
    buffer_vm = (void *)JSContextGetGroup(ctx);

    /* The engine's private functions are weak references: an engine build
     * without one of them leaves the public API in use. */
    if (!_ZN3WTF10StringImpl19createUninitializedEmRSt4spanIhLm18446744073709551615EE ||
        !_ZN3WTF10StringImpl19createUninitializedEmRSt4spanIDsLm18446744073709551615EE ||
        !_ZN3JSC25jsStringWithCacheSlowCaseERNS_2VMERN3WTF10StringImplE || !_ZN3WTF10StringImpl7destroyEPS0_ ||
        !_ZN3JSC12JSLockHolderC1ERNS_2VME || !_ZN3JSC12JSLockHolderD1Ev)
        return;

    /* Numbers. */
    if ((uint64_t)(uintptr_t)JSValueMakeNumber(ctx, 7) != (BUFFER_INT32_TAG | 7))
        return;
    double half = 0.5;
    uint64_t bits;
    memcpy(&bits, &half, sizeof bits);
    if ((uint64_t)(uintptr_t)JSValueMakeNumber(ctx, 0.5) != bits + BUFFER_DOUBLE_OFFSET)
        return;

    /* Views: a small one (in the collected heap), a large one, and one
     * over an ArrayBuffer at an offset. */
    JSObjectRef small = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeUint8Array, 16, NULL);
    JSObjectRef large = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeUint8Array, 65536, NULL);
    JSObjectRef ab = JSObjectMakeArrayBufferWithBytesNoCopy(ctx, backing, sizeof backing, NULL, NULL, NULL);
    if (!small || !large || !ab)
        return;
    JSObjectRef view = JSObjectMakeTypedArrayWithArrayBufferAndOffset(ctx, kJSTypedArrayTypeUint8Array,
                                                                      ab, 8, 20, NULL);
    if (!view)
        return;
    for (unsigned i = 0; i < 16; i++)
        JSObjectSetPropertyAtIndex(ctx, small, i, JSValueMakeNumber(ctx, i * 7 + 1), NULL);
    JSObjectSetPropertyAtIndex(ctx, large, 65535, JSValueMakeNumber(ctx, 99), NULL);
    JSObjectSetPropertyAtIndex(ctx, view, 3, JSValueMakeNumber(ctx, 42), NULL);
    int t = buffer_byte_at(small, BUFFER_CELL_TYPE);
    if (t != buffer_byte_at(large, BUFFER_CELL_TYPE) || t != buffer_byte_at(view, BUFFER_CELL_TYPE) ||
        t == buffer_byte_at(ab, BUFFER_CELL_TYPE) || t == buffer_byte_at(JSObjectMake(ctx, NULL, NULL), BUFFER_CELL_TYPE))
        return;
    const uint8_t *sv = (const uint8_t *)(uintptr_t)buffer_word_at(small, BUFFER_VIEW_VECTOR);
    const uint8_t *lv = (const uint8_t *)(uintptr_t)buffer_word_at(large, BUFFER_VIEW_VECTOR);
    const uint8_t *vv = (const uint8_t *)(uintptr_t)buffer_word_at(view, BUFFER_VIEW_VECTOR);
    if (!sv || !lv || vv != backing + 8 || backing[11] != 42 || lv[65535] != 99 ||
        buffer_word_at(small, BUFFER_VIEW_LENGTH) != 16 || buffer_word_at(large, BUFFER_VIEW_LENGTH) != 65536 ||
        buffer_word_at(view, BUFFER_VIEW_LENGTH) != 20 || buffer_word_at(view, BUFFER_VIEW_OFFSET) != 8 ||
        buffer_word_at(small, BUFFER_VIEW_OFFSET) != 0)
        return;
    for (unsigned i = 0; i < 16; i++)
        if (sv[i] != i * 7 + 1)
            return;
    /* The engine's mode byte is the same for all three; views that track
     * a resizable buffer's length (whose length field is not kept) and
     * views of a detached buffer must read differently. */
    int mode = buffer_byte_at(small, BUFFER_VIEW_MODE);
    if (mode != buffer_byte_at(large, BUFFER_VIEW_MODE) || mode != buffer_byte_at(view, BUFFER_VIEW_MODE))
        return;
    /* Arrays made in JS keep their bytes without an ArrayBuffer until one
     * is asked for: a small one inline in the collected heap, a large one
     * in memory of its own, each with a mode of its own. Neither moves
     * while it lives (the collector does not move objects), so they are
     * read in place too, which spares the API's conversion to the mode
     * above. */
    JSObjectRef own = buffer_eval(ctx,
        "const s = new Uint8Array(16), l = new Uint8Array(65536);"
        "for (let i = 0; i < 16; i++) s[i] = i * 7 + 1;"
        "l[65535] = 99; return [s, l];");
    if (!own)
        return;
    int modes[3] = {mode, mode, mode};
    for (unsigned i = 0; i < 2; i++) {
        JSValueRef r = JSObjectGetPropertyAtIndex(ctx, own, i, NULL);
        size_t n = i ? 65536 : 16;
        if (!r || !JSValueIsObject(ctx, r) || buffer_byte_at(r, BUFFER_CELL_TYPE) != t ||
            buffer_word_at(r, BUFFER_VIEW_LENGTH) != n || buffer_word_at(r, BUFFER_VIEW_OFFSET) != 0)
            return;
        const uint8_t *p = (const uint8_t *)(uintptr_t)buffer_word_at(r, BUFFER_VIEW_VECTOR);
        if (!p || (i ? p[65535] != 99 : p[0] != 1 || p[15] != 15 * 7 + 1))
            return;
        modes[i + 1] = buffer_byte_at(r, BUFFER_VIEW_MODE);
    }
    JSObjectRef others = buffer_eval(ctx,
        "const d = new ArrayBuffer(8), dv = new Uint8Array(d); d.transfer();"
        "let r = [dv];"
        "try { const ab = new ArrayBuffer(16, { maxByteLength: 64 });"
        "      r.push(new Uint8Array(ab), new Uint8Array(ab, 4, 4)); } catch {}"
        "return r;");
    if (!others)
        return;
    JSValueRef detached = JSObjectGetPropertyAtIndex(ctx, others, 0, NULL);
    if (!detached || !JSValueIsObject(ctx, detached) || buffer_byte_at(detached, BUFFER_CELL_TYPE) != t ||
        (buffer_word_at(detached, BUFFER_VIEW_VECTOR) && buffer_word_at(detached, BUFFER_VIEW_LENGTH)))
        return;
    for (unsigned i = 1; i < 3; i++) {
        JSValueRef r = JSObjectGetPropertyAtIndex(ctx, others, i, NULL);
        if (!r || !JSValueIsObject(ctx, r))
            continue;
        int m = buffer_byte_at(r, BUFFER_VIEW_MODE);
        if (m == modes[0] || m == modes[1] || m == modes[2])
            return;
    }

    /* Strings: an 8-bit one, a UTF-16 one, and a rope. */
    JSStringRef a = JSStringCreateWithUTF8CString("kiln calibrates");
    static const uint16_t wide_units[] = {'k', 0x100, 0x2603, 'n'};
    JSStringRef w = JSStringCreateWithCharacters(wide_units, 4);
    JSValueRef av = JSValueMakeString(ctx, a);
    JSValueRef wv = JSValueMakeString(ctx, w);
    JSStringRelease(a);
    JSStringRelease(w);
    int st = buffer_byte_at(av, BUFFER_CELL_TYPE);
    if (st != buffer_byte_at(wv, BUFFER_CELL_TYPE) || st == t)
        return;
    uint64_t af = buffer_word_at(av, BUFFER_STRING_FIBER), wf = buffer_word_at(wv, BUFFER_STRING_FIBER);
    if ((af & 1) || (wf & 1))
        return;
    const void *ai = (const void *)(uintptr_t)af, *wi = (const void *)(uintptr_t)wf;
    if (buffer_u32_at(ai, BUFFER_IMPL_LENGTH) != 15 || buffer_u32_at(wi, BUFFER_IMPL_LENGTH) != 4 ||
        !(buffer_u32_at(ai, BUFFER_IMPL_FLAGS) & BUFFER_IMPL_8BIT) ||
        (buffer_u32_at(wi, BUFFER_IMPL_FLAGS) & BUFFER_IMPL_8BIT) ||
        memcmp((const void *)(uintptr_t)buffer_word_at(ai, BUFFER_IMPL_DATA), "kiln calibrates", 15) ||
        memcmp((const void *)(uintptr_t)buffer_word_at(wi, BUFFER_IMPL_DATA), wide_units, sizeof wide_units))
        return;
    JSObjectRef concat = buffer_eval(ctx, "return (a, b) => a + b;");
    if (!concat)
        return;
    JSValueRef parts[2] = {av, wv};
    JSValueRef rope = JSObjectCallAsFunction(ctx, concat, NULL, 2, parts, NULL);
    if (!rope || !JSValueIsString(ctx, rope) || buffer_byte_at(rope, BUFFER_CELL_TYPE) != st ||
        !(buffer_word_at(rope, BUFFER_STRING_FIBER) & 1))
        return;

    /* Making strings: an 8-bit and a UTF-16 one, read back through the API. */
    buffer_u8_type = t;
    buffer_string_type = st;
    memcpy(buffer_modes, modes, sizeof modes);
    buffer_fast = true;
    bool ok = false;
    buffer_new_string_t ns;
    if (buffer_string_begin(15, false, &ns) && buffer_u32_at(ns.impl, 0) == BUFFER_REF_ONE &&
        buffer_u32_at(ns.impl, BUFFER_IMPL_LENGTH) == 15) {
        memcpy(ns.chars, "kiln calibrates", 15);
        void *impl = ns.impl;
        JSValueRef made = buffer_string_end(&ns, false);
        /* One reference left, the engine string's. */
        bool held = buffer_u32_at(impl, 0) == BUFFER_REF_ONE;
        JSStringRef back = JSValueToStringCopy(ctx, made, NULL);
        ok = held && back && JSStringIsEqualToUTF8CString(back, "kiln calibrates") &&
             buffer_word_at(made, BUFFER_STRING_FIBER) == (uint64_t)(uintptr_t)impl;
        if (back)
            JSStringRelease(back);
    }
    if (ok && buffer_string_begin(4, true, &ns)) {
        memcpy(ns.chars, wide_units, sizeof wide_units);
        JSValueRef made = buffer_string_end(&ns, false);
        ok = JSValueIsStrictEqual(ctx, made, wv);
    } else {
        ok = false;
    }
    buffer_fast = ok;
}

/* Writes the string's bytes in encoding enc to out (cap bytes at most). */
static size_t buffer_encode(enc_t enc, const buffer_units_t *u, uint8_t *out, size_t cap) {
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
static size_t buffer_encoded_length(enc_t enc, const buffer_units_t *u) {
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
static JSValueRef buffer_decode_fast(const uint8_t *in, size_t n, enc_t enc, bool locked) {
    buffer_new_string_t ns;
    switch (enc) {
    case ENC_LATIN1:
    case ENC_ASCII:
        if (!buffer_string_begin(n, false, &ns))
            return NULL;
        if (enc == ENC_ASCII) {
            uint8_t *out = ns.chars;
            for (size_t i = 0; i < n; i++)
                out[i] = in[i] & 0x7f;
        } else {
            memcpy(ns.chars, in, n);
        }
        return buffer_string_end(&ns, locked);
    case ENC_UTF8: {
        size_t ascii = utf8_ascii_prefix(in, n);
        if (ascii == n) {
            if (!buffer_string_begin(n, false, &ns))
                return NULL;
            memcpy(ns.chars, in, n);
            return buffer_string_end(&ns, locked);
        }
        /* Decoded into scratch first: the length is known only after.
         * Text within Latin-1 (ASCII and accented Western letters) becomes
         * an 8-bit string, half the memory, as the engine would make it;
         * past the first character above U+00FF, UTF-16. */
        uint16_t stack[512];
        uint8_t *scratch = n <= 512 ? (uint8_t *)stack : malloc(n * 2);
        if (!scratch)
            return NULL;
        memcpy(scratch, in, ascii);
        size_t used;
        size_t k = ascii + utf8_decode_latin1(in + ascii, n - ascii, scratch + ascii, &used);
        used += ascii;
        JSValueRef v = NULL;
        if (used == n) {
            if (buffer_string_begin(k, false, &ns)) {
                memcpy(ns.chars, scratch, k);
                v = buffer_string_end(&ns, locked);
            }
        } else {
            /* Widen the Latin-1 part in place, from the end, then go on. */
            uint16_t *units = (uint16_t *)(void *)scratch;
            for (size_t i = k; i-- > 0;)
                units[i] = scratch[i];
            k += utf8_decode(in + used, n - used, units + k);
            if (buffer_string_begin(k, true, &ns)) {
                memcpy(ns.chars, units, k * 2);
                v = buffer_string_end(&ns, locked);
            }
        }
        if (scratch != (uint8_t *)stack)
            free(scratch);
        return v;
    }
    case ENC_UTF16LE:
        if (!buffer_string_begin(n / 2, true, &ns))
            return NULL;
        memcpy(ns.chars, in, n / 2 * 2); /* a little-endian host, as JSC's value encoding */
        return buffer_string_end(&ns, locked);
    default: {
        size_t max = enc_decoded_units_max(enc, n);
        if (!buffer_string_begin(max, false, &ns))
            return NULL;
        size_t k = enc == ENC_HEX ? enc_hex_encode(in, n, ns.chars)
                                  : enc_base64_encode(in, n, ns.chars, enc == ENC_BASE64URL);
        if (k == max)
            return buffer_string_end(&ns, locked);
        /* base64url without padding: fewer characters than the bound. */
        buffer_new_string_t exact;
        JSValueRef v = NULL;
        if (buffer_string_begin(k, false, &exact)) {
            memcpy(exact.chars, ns.chars, k);
            v = buffer_string_end(&exact, locked);
        }
        buffer_impl_deref(ns.impl);
        return v;
    }
    }
}

/* binding.toString(buf, start, end, enc) -> string, or undefined when the
 * result would exceed the engine's string limit (lib/buffer.js then throws
 * ERR_STRING_TOO_LONG). */
static JS_FN(buffer_to_string) {
    size_t start = (size_t)buffer_num(ctx, JS_ARG(1));
    size_t end = (size_t)buffer_num(ctx, JS_ARG(2));
    enc_t enc = (enc_t)buffer_num(ctx, JS_ARG(3));
    uint8_t *bytes;
    size_t len;
    if (!buffer_bytes(ctx, JS_ARG(0), &bytes, &len))
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
        JSValueRef v = buffer_decode_fast(in, n, enc, false);
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
    buffer_units_t u;
    if (!buffer_units(ctx, JS_ARG(0), &u, exc))
        return NULL;
    size_t n = buffer_encoded_length(ENC_UTF8, &u);
    buffer_units_free(&u);
    return JSValueMakeNumber(ctx, (double)n);
}

/* Writes the string's whole characters in enc into bytes[offset, offset +
 * length), clamped to len; returns the count written. */
static size_t buffer_write_core(const buffer_units_t *u, uint8_t *bytes, size_t len, size_t offset,
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
    buffer_units_t u;
    if (!buffer_units(ctx, JS_ARG(1), &u, exc))
        return NULL;
    size_t offset = (size_t)buffer_num(ctx, JS_ARG(2));
    size_t length = (size_t)buffer_num(ctx, JS_ARG(3));
    enc_t enc = (enc_t)buffer_num(ctx, JS_ARG(4));
    uint8_t *bytes;
    size_t len;
    size_t written = 0;
    if (buffer_bytes(ctx, JS_ARG(0), &bytes, &len))
        written = buffer_write_core(&u, bytes, len, offset, length, enc);
    buffer_units_free(&u);
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
    double dstart = buffer_num(ctx, JS_ARG(2)), dend = buffer_num(ctx, JS_ARG(3));
    /* lib/ never passes a negative index; Node's binding refuses one with
     * ERR_OUT_OF_RANGE, and its tests call the binding directly. */
    if (!(dstart >= 0 && dstart <= 9007199254740991.0) || !(dend >= 0 && dend <= 9007199254740991.0))
        return buffer_throw_index(ctx, exc);
    size_t start = (size_t)dstart;
    size_t end = (size_t)dend;
    enc_t enc = (enc_t)buffer_num(ctx, JS_ARG(4));
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
        if (!buffer_bytes(ctx, value, &src, &slen))
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
    } else if (buffer_bytes(ctx, JS_ARG(0), &bytes, &len)) {
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
static uint8_t *buffer_needle(const buffer_units_t *u, enc_t enc, uint8_t *small, size_t small_cap,
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
    double off = buffer_num(ctx, JS_ARG(2));
    enc_t enc = (enc_t)buffer_num(ctx, JS_ARG(3));
    bool forward = JSValueToBoolean(ctx, JS_ARG(4));
    uint8_t small[256];
    uint8_t *pat = NULL;
    size_t plen = 0;
    bool owned = false;
    if (JSValueIsString(ctx, needle)) {
        buffer_units_t u;
        if (!buffer_units(ctx, needle, &u, exc))
            return NULL;
        pat = buffer_needle(&u, enc, small, sizeof small, &plen, &owned);
        buffer_units_free(&u);
        if (!pat)
            return js_throw_msg(ctx, exc, "RangeError", "Array buffer allocation failed");
    }
    uint8_t *bytes;
    size_t len;
    double r = -1;
    if (buffer_bytes(ctx, JS_ARG(0), &bytes, &len) && (pat || buffer_bytes(ctx, needle, &pat, &plen)))
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
    size_t as = (size_t)buffer_num(ctx, JS_ARG(1)), ae = (size_t)buffer_num(ctx, JS_ARG(2));
    size_t bs = (size_t)buffer_num(ctx, JS_ARG(4)), be = (size_t)buffer_num(ctx, JS_ARG(5));
    uint8_t *a, *b;
    size_t alen, blen;
    if (!buffer_bytes(ctx, JS_ARG(0), &a, &alen) || !buffer_bytes(ctx, JS_ARG(3), &b, &blen))
        return JSValueMakeNumber(ctx, 0);
    return JSValueMakeNumber(ctx, buffer_compare_core(a, alen, as, ae, b, blen, bs, be));
}

/* binding.swap(buf, width): reverses each group of width (2, 4, 8) bytes. */
static JS_FN(buffer_swap) {
    int w = (int)buffer_num(ctx, JS_ARG(1));
    uint8_t *p;
    size_t len;
    if (!buffer_bytes(ctx, JS_ARG(0), &p, &len))
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
    if (!buffer_bytes(ctx, JS_ARG(0), &p, &len))
        return JSValueMakeBoolean(ctx, false);
    return JSValueMakeBoolean(ctx, enc_is_utf8(p, len));
}

static JS_FN(buffer_is_ascii) {
    uint8_t *p;
    size_t len;
    if (!buffer_bytes(ctx, JS_ARG(0), &p, &len))
        return JSValueMakeBoolean(ctx, false);
    return JSValueMakeBoolean(ctx, enc_is_ascii(p, len));
}

/* binding.decodeTable(bytes, table, fatal) -> the text of bytes in a
 * single-byte encoding: below 0x80 ASCII, the rest through table (128
 * UTF-16 units in a Uint16Array, U+FFFD for a byte that maps to nothing);
 * null when fatal and such a byte is there. An 8-bit string when every
 * character fits one. */
static JS_FN(buffer_decode_table) {
    uint8_t *tp;
    size_t tn;
    CHECK(js_bytes_borrow(ctx, JS_ARG(1), &tp, &tn) && tn == 256); /* lib/ made it */
    uint16_t table[128];
    memcpy(table, tp, sizeof table);
    bool fatal = JSValueToBoolean(ctx, JS_ARG(2));
    uint8_t *in;
    size_t n;
    if (!buffer_bytes(ctx, JS_ARG(0), &in, &n))
        return NULL;
    /* No JS runs from here on. */
    uint16_t max = 0;
    for (size_t i = 0; i < n; i++) {
        if (in[i] < 0x80)
            continue;
        uint16_t u = table[in[i] - 0x80];
        if (u == 0xfffd && fatal)
            return JSValueMakeNull(ctx);
        if (u > max)
            max = u;
    }
    bool wide = max > 0xff;
    buffer_new_string_t ns;
    if (buffer_string_begin(n, wide, &ns)) {
        if (wide) {
            uint16_t *out = ns.chars;
            for (size_t i = 0; i < n; i++)
                out[i] = in[i] < 0x80 ? in[i] : table[in[i] - 0x80];
        } else {
            uint8_t *out = ns.chars;
            for (size_t i = 0; i < n; i++)
                out[i] = in[i] < 0x80 ? in[i] : (uint8_t)table[in[i] - 0x80];
        }
        return buffer_string_end(&ns, false);
    }
    uint16_t *units = malloc((n ? n : 1) * sizeof *units);
    if (!units)
        return js_throw_msg(ctx, exc, "RangeError", "Array buffer allocation failed");
    for (size_t i = 0; i < n; i++)
        units[i] = in[i] < 0x80 ? in[i] : table[in[i] - 0x80];
    JSStringRef str = JSStringCreateWithCharacters(units, n);
    JSValueRef v = JSValueMakeString(ctx, str);
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
    if (!buffer_bytes(ctx, JS_ARG(1), &in, &n))
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

/* binding.byteLength(string, enc) -> bytes the string encodes to. */
static JS_FN(buffer_byte_length) {
    buffer_units_t u;
    if (!buffer_units(ctx, JS_ARG(0), &u, exc))
        return NULL;
    size_t n = buffer_encoded_length((enc_t)buffer_num(ctx, JS_ARG(1)), &u);
    buffer_units_free(&u);
    return JSValueMakeNumber(ctx, (double)n);
}

static size_t buffer_encode_into_core(const buffer_units_t *u, uint8_t *bytes, size_t len, size_t *read) {
    return u->u8 ? enc_utf8_encode8(u->u8, u->n, bytes, len, read) : enc_utf8_encode(u->u, u->n, bytes, len, read);
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
    if (buffer_bytes(ctx, JS_ARG(1), &bytes, &len))
        written = buffer_encode_into_core(&u, bytes, len, &read);
    buffer_units_free(&u);
    out[0] = (double)read;
    out[1] = (double)written;
    return JSValueMakeUndefined(ctx);
}

/* ---- host functions ----------------------------------------------------------
 * EncodedJSValue f(JSGlobalObject*, CallFrame*). The frame is an array of
 * 8-byte slots: the argument count including `this` in slot 4 (low half),
 * `this` in slot 5, the arguments from slot 6. Calibrated like the rest. */

typedef int64_t (*buffer_host_t)(void *global, void *frame);
extern __attribute__((weak)) void *_ZN3JSC10JSFunction6createERNS_2VMEPNS_14JSGlobalObjectEjRKN3WTF6StringENS5_11FunctionPtrILNS5_6PtrTagE1EFlS4_PNS_9CallFrameEELNS5_18FunctionAttributesE2EEENS_24ImplementationVisibilityENS_9IntrinsicESF_PKNS_6DOMJIT9SignatureE(
    void *vm, void *global, unsigned length, void **name, buffer_host_t fn, uint8_t visibility, uint8_t intrinsic,
    buffer_host_t ctor, const void *signature);
extern __attribute__((weak)) int64_t _ZN3JSC29callHostFunctionAsConstructorEPNS_14JSGlobalObjectEPNS_9CallFrameE(void *global, void *frame);

#define BUFFER_UNDEFINED ((int64_t)0xa)

static inline size_t buffer_host_argc(const void *frame) {
    return (size_t)(uint32_t)buffer_word_at(frame, 4 * 8) - 1;
}
static inline JSValueRef buffer_host_arg(const void *frame, size_t i) {
    return i < buffer_host_argc(frame) ? (JSValueRef)(uintptr_t)buffer_word_at(frame, (6 + i) * 8)
                                       : (JSValueRef)(uintptr_t)BUFFER_UNDEFINED;
}
/* A number argument, or -1 for anything else (lib/ passes numbers).
 * Infinities and NaN read as -1 too, so that the callers' checks for a
 * non-negative value also make the conversion to size_t defined. */
static inline double buffer_host_num(const void *frame, size_t i) {
    uint64_t x = (uint64_t)(uintptr_t)buffer_host_arg(frame, i);
    if (x < BUFFER_DOUBLE_OFFSET)
        return -1;
    double d = buffer_num(NULL, (JSValueRef)(uintptr_t)x);
    return d >= -9007199254740992.0 && d <= 9007199254740992.0 ? d : -1;
}
static inline int64_t buffer_host_number(double d) {
    if (d == (double)(int32_t)d)
        return (int64_t)(BUFFER_INT32_TAG | (uint32_t)(int32_t)d);
    uint64_t x;
    memcpy(&x, &d, sizeof x);
    return (int64_t)(x + BUFFER_DOUBLE_OFFSET);
}

/* A Uint8Array read in place, or false. */
static bool buffer_host_bytes(JSValueRef v, uint8_t **bytes, size_t *len) {
    if (!buffer_is_cell(v) || buffer_byte_at(v, BUFFER_CELL_TYPE) != buffer_u8_type)
        return false;
    int mode = buffer_byte_at(v, BUFFER_VIEW_MODE);
    if (mode != buffer_modes[0] && mode != buffer_modes[1] && mode != buffer_modes[2])
        return false;
    uint8_t *p = (uint8_t *)(uintptr_t)buffer_word_at(v, BUFFER_VIEW_VECTOR);
    size_t n = (size_t)buffer_word_at(v, BUFFER_VIEW_LENGTH);
    *bytes = p && n ? p : (uint8_t *)"";
    *len = p ? n : 0;
    return true;
}

/* A resolved string read in place, or false (a rope). */
static bool buffer_host_units(JSValueRef v, buffer_units_t *u) {
    const void *impl = buffer_string_impl(v);
    if (!impl)
        return false;
    u->s = NULL;
    u->n = buffer_u32_at(impl, BUFFER_IMPL_LENGTH);
    const void *data = (const void *)(uintptr_t)buffer_word_at(impl, BUFFER_IMPL_DATA);
    bool is8 = buffer_u32_at(impl, BUFFER_IMPL_FLAGS) & BUFFER_IMPL_8BIT;
    u->u8 = is8 ? data : NULL;
    u->u = is8 ? NULL : data;
    return true;
}

/* fast.toString(buf, start, end, enc) -> string, or undefined: ask binding.toString. */
static int64_t buffer_host_to_string(void *global, void *frame) {
    uint8_t *bytes;
    size_t len;
    double start = buffer_host_num(frame, 1), end = buffer_host_num(frame, 2);
    double enc = buffer_host_num(frame, 3);
    if (!buffer_host_bytes(buffer_host_arg(frame, 0), &bytes, &len) || !(start >= 0) || !(end <= (double)len) ||
        !(start < end) || !(enc >= 0 && enc <= ENC_HEX))
        return BUFFER_UNDEFINED;
    JSValueRef v = buffer_decode_fast(bytes + (size_t)start, (size_t)end - (size_t)start, (enc_t)enc, true);
    return v ? (int64_t)(uintptr_t)v : BUFFER_UNDEFINED;
}

/* fast.write(buf, string, offset, length, enc) -> bytes written, or -1: ask binding.write. */
static int64_t buffer_host_write(void *global, void *frame) {
    buffer_units_t u;
    uint8_t *bytes;
    size_t len;
    double offset = buffer_host_num(frame, 2), length = buffer_host_num(frame, 3), enc = buffer_host_num(frame, 4);
    if (!buffer_host_units(buffer_host_arg(frame, 1), &u) || !buffer_host_bytes(buffer_host_arg(frame, 0), &bytes, &len) ||
        !(offset >= 0) || !(length >= 0) || !(enc >= 0 && enc <= ENC_HEX))
        return buffer_host_number(-1);
    return buffer_host_number((double)buffer_write_core(&u, bytes, len, (size_t)offset, (size_t)length, (enc_t)enc));
}

/* fast.byteLength(string, enc) -> bytes, or -1: ask the binding. */
static int64_t buffer_host_byte_length(void *global, void *frame) {
    buffer_units_t u;
    double enc = buffer_host_num(frame, 1);
    if (!buffer_host_units(buffer_host_arg(frame, 0), &u) || !(enc >= 0 && enc <= ENC_HEX))
        return buffer_host_number(-1);
    return buffer_host_number((double)buffer_encoded_length((enc_t)enc, &u));
}

/* fast.indexOf(buf, needle, byteOffset, enc, forward) -> index, -1, or -2: ask the binding. */
static int64_t buffer_host_index_of(void *global, void *frame) {
    JSValueRef needle = buffer_host_arg(frame, 1);
    double off = buffer_host_num(frame, 2), enc = buffer_host_num(frame, 3);
    bool forward = (uint64_t)(uintptr_t)buffer_host_arg(frame, 4) == 0x7; /* true */
    uint8_t *bytes, *pat;
    size_t len, plen;
    uint8_t small[256];
    buffer_units_t u;
    if (!buffer_host_bytes(buffer_host_arg(frame, 0), &bytes, &len) || !(enc >= 0 && enc <= ENC_HEX) ||
        (uint64_t)(uintptr_t)buffer_host_arg(frame, 2) < BUFFER_DOUBLE_OFFSET)
        return buffer_host_number(-2);
    if (buffer_host_bytes(needle, &pat, &plen))
        return buffer_host_number(buffer_index_core(bytes, len, pat, plen, off, forward));
    if (!buffer_host_units(needle, &u))
        return buffer_host_number(-2);
    bool owned;
    pat = buffer_needle(&u, (enc_t)enc, small, sizeof small, &plen, &owned);
    if (!pat)
        return buffer_host_number(-2);
    double r = buffer_index_core(bytes, len, pat, plen, off, forward);
    if (owned)
        free(pat);
    return buffer_host_number(r);
}

/* fast.compare(a, aStart, aEnd, b, bStart, bEnd) -> -1, 0, 1, or 2: ask the binding. */
static int64_t buffer_host_compare(void *global, void *frame) {
    uint8_t *a, *b;
    size_t alen, blen;
    double as = buffer_host_num(frame, 1), ae = buffer_host_num(frame, 2);
    double bs = buffer_host_num(frame, 4), be = buffer_host_num(frame, 5);
    if (!buffer_host_bytes(buffer_host_arg(frame, 0), &a, &alen) ||
        !buffer_host_bytes(buffer_host_arg(frame, 3), &b, &blen) || !(as >= 0) || !(ae >= 0) || !(bs >= 0) ||
        !(be >= 0))
        return buffer_host_number(2);
    return buffer_host_number(
        buffer_compare_core(a, alen, (size_t)as, (size_t)ae, b, blen, (size_t)bs, (size_t)be));
}

/* fast.encodeInto(string, view) -> read * 2 ** 32 + written (units read,
 * bytes written), or -1: ask binding.encodeInto. Both counts fit the one
 * number exactly while they are below 2 ** 20, so larger views decline. */
static int64_t buffer_host_encode_into(void *global, void *frame) {
    buffer_units_t u;
    uint8_t *bytes;
    size_t len;
    if (!buffer_host_units(buffer_host_arg(frame, 0), &u) || !buffer_host_bytes(buffer_host_arg(frame, 1), &bytes, &len) ||
        len > ((size_t)1 << 20))
        return buffer_host_number(-1);
    size_t read = 0;
    size_t written = buffer_encode_into_core(&u, bytes, len, &read);
    if (read > ((size_t)1 << 20))
        return buffer_host_number(-1);
    return buffer_host_number((double)read * 4294967296.0 + (double)written);
}

/* The calibration's host function: returns its third argument when the
 * frame reads as buffer_calibrate_host expects, else undefined. */
static int64_t buffer_host_probe(void *global, void *frame) {
    if (buffer_host_argc(frame) != 3 || buffer_host_num(frame, 0) != 7 || buffer_host_num(frame, 1) != 0.5)
        return BUFFER_UNDEFINED;
    return (int64_t)(uintptr_t)buffer_host_arg(frame, 2);
}

static JSObjectRef buffer_make_host(JSContextRef ctx, const char *name, unsigned length, buffer_host_t fn) {
    size_t n = strlen(name);
    buffer_new_string_t ns;
    CHECK(buffer_string_begin(n, false, &ns));
    memcpy(ns.chars, name, n);
    buffer_lock_t lock;
    _ZN3JSC12JSLockHolderC1ERNS_2VME(&lock, buffer_vm);
    void *f = _ZN3JSC10JSFunction6createERNS_2VMEPNS_14JSGlobalObjectEjRKN3WTF6StringENS5_11FunctionPtrILNS5_6PtrTagE1EFlS4_PNS_9CallFrameEELNS5_18FunctionAttributesE2EEENS_24ImplementationVisibilityENS_9IntrinsicESF_PKNS_6DOMJIT9SignatureE(
        buffer_vm, (void *)ctx, length, &ns.impl, fn, 0, 0,
        _ZN3JSC29callHostFunctionAsConstructorEPNS_14JSGlobalObjectEPNS_9CallFrameE, NULL);
    buffer_impl_deref(ns.impl);
    _ZN3JSC12JSLockHolderD1Ev(&lock);
    return (JSObjectRef)f;
}

/* Host functions work if one made here, called through the API and from
 * JS, sees its arguments and returns its value. */
static bool buffer_calibrate_host(JSContextRef ctx) {
    if (!_ZN3JSC10JSFunction6createERNS_2VMEPNS_14JSGlobalObjectEjRKN3WTF6StringENS5_11FunctionPtrILNS5_6PtrTagE1EFlS4_PNS_9CallFrameEELNS5_18FunctionAttributesE2EEENS_24ImplementationVisibilityENS_9IntrinsicESF_PKNS_6DOMJIT9SignatureE ||
        !_ZN3JSC29callHostFunctionAsConstructorEPNS_14JSGlobalObjectEPNS_9CallFrameE)
        return false; /* weak references: not in this engine build */
    if (!buffer_fast || (uint64_t)(uintptr_t)JSValueMakeUndefined(ctx) != (uint64_t)BUFFER_UNDEFINED ||
        (uint64_t)(uintptr_t)JSValueMakeBoolean(ctx, true) != 0x7)
        return false;
    JSObjectRef probe = buffer_make_host(ctx, "probe", 3, buffer_host_probe);
    if (!probe || !JSObjectIsFunction(ctx, probe))
        return false;
    JSObjectRef marker = JSObjectMake(ctx, NULL, NULL);
    JSValueRef args[3] = {JSValueMakeNumber(ctx, 7), JSValueMakeNumber(ctx, 0.5), marker};
    JSValueRef r = JSObjectCallAsFunction(ctx, probe, NULL, 3, args, NULL);
    if (r != marker)
        return false;
    JSObjectRef viaJs = buffer_eval(ctx, "return (f, m) => f(7, 0.5, m);");
    if (!viaJs)
        return false;
    JSValueRef args2[2] = {probe, marker};
    r = JSObjectCallAsFunction(ctx, viaJs, NULL, 2, args2, NULL);
    return r == marker;
}

JSObjectRef buffer_binding(JSContextRef ctx) {
    buffer_calibrate(ctx);
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
    js_set_fn(ctx, b, "decodeTable", buffer_decode_table);
    js_set_fn(ctx, b, "icuOpen", buffer_icu_open);
    js_set_fn(ctx, b, "icuDecode", buffer_icu_decode);
    /* binding.fast: the host functions, when calibrated; lib/ falls back
     * to the entries above when it is absent or a call declines. */
    if (buffer_calibrate_host(ctx)) {
        JSObjectRef fast = JSObjectMake(ctx, NULL, NULL);
        js_set(ctx, fast, "toString", buffer_make_host(ctx, "toString", 4, buffer_host_to_string));
        js_set(ctx, fast, "write", buffer_make_host(ctx, "write", 5, buffer_host_write));
        js_set(ctx, fast, "byteLength", buffer_make_host(ctx, "byteLength", 2, buffer_host_byte_length));
        js_set(ctx, fast, "indexOf", buffer_make_host(ctx, "indexOf", 5, buffer_host_index_of));
        js_set(ctx, fast, "compare", buffer_make_host(ctx, "compare", 6, buffer_host_compare));
        js_set(ctx, fast, "encodeInto", buffer_make_host(ctx, "encodeInto", 2, buffer_host_encode_into));
        js_set(ctx, b, "fast", fast);
    }
    js_set(ctx, b, "engineFast", JSValueMakeBoolean(ctx, buffer_fast));
    return b;
}
