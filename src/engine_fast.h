/* JavaScriptCore's fast paths past its C API, in one place (docs/engine.md).
 *
 * Every C API call takes the engine's lock, and a C API callback costs
 * ~120 ns per call from JIT code. This module reads the engine's 64-bit
 * value encoding, typed-array views and strings in place, makes strings
 * with the functions the library exports (one copy, written where the
 * engine keeps them), and makes engine host functions, which the JIT calls
 * for ~10 ns. All of it rests on layout facts that engine_fast_init checks
 * against values made through the public API; when one fails (another
 * engine build), engine_fast_values() / engine_fast_hosts() are false and
 * every helper below answers through the public API instead, with the
 * same results, more slowly.
 *
 * The interface:
 *
 *   engine_fast_init(ctx)             before a binding's first use: calibrates
 *                                     (the first call in the process does).
 *   engine_fast_host(ctx, name, n, f) a JS function that calls f(global,
 *                                     frame) with the engine's lock held;
 *                                     NULL when host functions are not
 *                                     available (use js_set_fn then). f reads
 *                                     its arguments with engine_fast_arg*
 *                                     and returns a value as int64_t
 *                                     (engine_fast_ret, engine_fast_number,
 *                                     ENGINE_FAST_UNDEFINED). A host function
 *                                     cannot throw: it returns a value that
 *                                     tells its JS caller to ask a C API
 *                                     function, which can. It may call the C
 *                                     API (the engine's lock is recursive).
 *   engine_fast_bytes[_in_place]      a Uint8Array's bytes, borrowed for the
 *                                     call, without pinning or moving them.
 *   engine_fast_units[_in_place]      a string's 8-bit or UTF-16 units.
 *   engine_fast_latin1 / _utf8        strings made in place.
 *   engine_fast_num                   a number argument, decoded from the
 *                                     value itself.
 *
 * Nothing here may be called from a finalizer or off the context's
 * thread. */
#ifndef KILN_ENGINE_FAST_H
#define KILN_ENGINE_FAST_H

#include <JavaScriptCore/JavaScript.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "js.h"

/* What engine_fast_init found, process-wide (one engine build). Read
 * through the inline functions below. */
typedef struct {
    bool values;   /* value encoding, views and strings read and made in place */
    bool hosts;    /* host functions, too */
    int u8_type;   /* JSType byte of a Uint8Array */
    int string_type;
    int modes[3];  /* view modes read in place */
} engine_fast_facts_t;
extern engine_fast_facts_t engine_fast_facts;

void engine_fast_init(JSContextRef ctx);
static inline bool engine_fast_values(void) { return engine_fast_facts.values; }
static inline bool engine_fast_hosts(void) { return engine_fast_facts.hosts; }

/* ---- the value encoding ---------------------------------------------------------
 * JSC on 64-bit machines: an int32 is ENGINE_FAST_INT32_TAG | n, any other
 * number its bits plus 2^49, a cell (object, string) its pointer, and
 * true, false, undefined, null fixed immediates. */
#define ENGINE_FAST_INT32_TAG 0xfffe000000000000ull
#define ENGINE_FAST_DOUBLE_OFFSET (1ull << 49)
#define ENGINE_FAST_UNDEFINED ((int64_t)0xa)
#define ENGINE_FAST_NULL ((int64_t)0x2)
#define ENGINE_FAST_TRUE ((int64_t)0x7)
#define ENGINE_FAST_FALSE ((int64_t)0x6)

enum {
    ENGINE_FAST_CELL_TYPE = 5,     /* JSCell: the JSType byte */
    ENGINE_FAST_STRING_FIBER = 8,  /* JSString: StringImpl*, or a rope (bit 0) */
    ENGINE_FAST_VIEW_VECTOR = 16,  /* JSArrayBufferView: first byte of the view */
    ENGINE_FAST_VIEW_LENGTH = 24,  /* its length in elements (bytes for Uint8Array) */
    ENGINE_FAST_VIEW_OFFSET = 32,  /* its byteOffset */
    ENGINE_FAST_VIEW_MODE = 40,    /* TypedArrayMode (one byte) */
    ENGINE_FAST_IMPL_LENGTH = 4,   /* StringImpl: unsigned length */
    ENGINE_FAST_IMPL_DATA = 8,     /* const LChar* or const UChar* */
    ENGINE_FAST_IMPL_FLAGS = 16,   /* hash and flags */
};
#define ENGINE_FAST_IMPL_8BIT (1u << 2)

static inline uint64_t engine_fast_bits(JSValueRef v) { return (uint64_t)(uintptr_t)v; }
static inline uint8_t engine_fast_byte_at(const void *p, size_t off) { return ((const uint8_t *)p)[off]; }
static inline uint64_t engine_fast_word_at(const void *p, size_t off) {
    uint64_t w;
    memcpy(&w, (const uint8_t *)p + off, sizeof w);
    return w;
}
static inline uint32_t engine_fast_u32_at(const void *p, size_t off) {
    uint32_t w;
    memcpy(&w, (const uint8_t *)p + off, sizeof w);
    return w;
}

/* Not a number, not an immediate. */
static inline bool engine_fast_is_cell(JSValueRef v) {
    uint64_t x = engine_fast_bits(v);
    return x != 0 && (x & 0xffff000000000002ull) == 0;
}

/* A number value's double; anything else through the API (ToNumber). */
static inline double engine_fast_num(JSContextRef ctx, JSValueRef v) {
    uint64_t x = engine_fast_bits(v);
    if (engine_fast_facts.values && x >= ENGINE_FAST_DOUBLE_OFFSET) {
        if ((x & ENGINE_FAST_INT32_TAG) == ENGINE_FAST_INT32_TAG)
            return (double)(int32_t)(uint32_t)x;
        x -= ENGINE_FAST_DOUBLE_OFFSET;
        double d;
        memcpy(&d, &x, sizeof d);
        return d;
    }
    return js_num(ctx, v);
}

/* A number as a value (for a host function's return). */
static inline int64_t engine_fast_number(double d) {
    if (d >= -2147483648.0 && d <= 2147483647.0 && d == (double)(int32_t)d && !(d == 0 && 1 / d < 0))
        return (int64_t)(ENGINE_FAST_INT32_TAG | (uint32_t)(int32_t)d);
    uint64_t x;
    memcpy(&x, &d, sizeof x);
    return (int64_t)(x + ENGINE_FAST_DOUBLE_OFFSET);
}
static inline int64_t engine_fast_ret(JSValueRef v) { return (int64_t)(uintptr_t)v; }

/* Numbers, booleans, undefined and null as values without a C API call
 * (each takes the engine's lock) where the encoding is known. */
static inline JSValueRef engine_fast_make_number(JSContextRef ctx, double d) {
    /* NaN through the API, which makes the engine's one NaN. */
    return engine_fast_facts.values && d == d ? (JSValueRef)(uintptr_t)engine_fast_number(d)
                                              : JSValueMakeNumber(ctx, d);
}
static inline JSValueRef engine_fast_make_boolean(JSContextRef ctx, bool b) {
    return engine_fast_facts.values ? (JSValueRef)(uintptr_t)(b ? ENGINE_FAST_TRUE : ENGINE_FAST_FALSE)
                                    : JSValueMakeBoolean(ctx, b);
}
static inline JSValueRef engine_fast_make_undefined(JSContextRef ctx) {
    return engine_fast_facts.values ? (JSValueRef)(uintptr_t)ENGINE_FAST_UNDEFINED : JSValueMakeUndefined(ctx);
}
static inline JSValueRef engine_fast_make_null(JSContextRef ctx) {
    return engine_fast_facts.values ? (JSValueRef)(uintptr_t)ENGINE_FAST_NULL : JSValueMakeNull(ctx);
}

/* ---- bytes ------------------------------------------------------------------------ */

/* A Uint8Array of the calibrated kinds, read in place (no API call: safe
 * in a host function), or false. Borrowed for this call only, as with
 * js_bytes_borrow. A detached view reads as empty. */
static inline bool engine_fast_bytes_in_place(JSValueRef v, uint8_t **bytes, size_t *len) {
    if (!engine_fast_facts.values || !engine_fast_is_cell(v) ||
        engine_fast_byte_at(v, ENGINE_FAST_CELL_TYPE) != engine_fast_facts.u8_type)
        return false;
    int mode = engine_fast_byte_at(v, ENGINE_FAST_VIEW_MODE);
    if (mode != engine_fast_facts.modes[0] && mode != engine_fast_facts.modes[1] &&
        mode != engine_fast_facts.modes[2])
        return false;
    uint8_t *p = (uint8_t *)(uintptr_t)engine_fast_word_at(v, ENGINE_FAST_VIEW_VECTOR);
    size_t n = (size_t)engine_fast_word_at(v, ENGINE_FAST_VIEW_LENGTH);
    *bytes = p && n ? p : (uint8_t *)"";
    *len = p ? n : 0;
    return true;
}

/* The same, with js_bytes_borrow for everything else. */
static inline bool engine_fast_bytes(JSContextRef ctx, JSValueRef v, uint8_t **bytes, size_t *len) {
    return engine_fast_bytes_in_place(v, bytes, len) || js_bytes_borrow(ctx, v, bytes, len);
}

/* ---- strings read ------------------------------------------------------------------
 * A string's units: 8-bit (u8) or UTF-16 (u), owned by the engine's string
 * while the value lives (an argument of the running call), or by s when it
 * came through the API. */
typedef struct {
    JSStringRef s;
    const uint8_t *u8;
    const uint16_t *u;
    size_t n;
} engine_fast_units_t;

/* The StringImpl of a resolved (not rope) string value, or NULL. */
static inline const void *engine_fast_string_impl(JSValueRef v) {
    if (!engine_fast_facts.values || !engine_fast_is_cell(v) ||
        engine_fast_byte_at(v, ENGINE_FAST_CELL_TYPE) != engine_fast_facts.string_type)
        return NULL;
    uint64_t fiber = engine_fast_word_at(v, ENGINE_FAST_STRING_FIBER);
    return fiber & 1 ? NULL : (const void *)(uintptr_t)fiber;
}

/* A resolved string read in place (no API call), or false. */
static inline bool engine_fast_units_in_place(JSValueRef v, engine_fast_units_t *u) {
    const void *impl = engine_fast_string_impl(v);
    if (!impl)
        return false;
    u->s = NULL;
    u->n = engine_fast_u32_at(impl, ENGINE_FAST_IMPL_LENGTH);
    const void *data = (const void *)(uintptr_t)engine_fast_word_at(impl, ENGINE_FAST_IMPL_DATA);
    bool is8 = engine_fast_u32_at(impl, ENGINE_FAST_IMPL_FLAGS) & ENGINE_FAST_IMPL_8BIT;
    u->u8 = is8 ? data : NULL;
    u->u = is8 ? NULL : data;
    return true;
}

/* Any string (a rope is resolved in place first); other values through
 * ToString. False with *exc set when that threw. Release with
 * engine_fast_units_free. */
bool engine_fast_units(JSContextRef ctx, JSValueRef v, engine_fast_units_t *u, JSValueRef *exc);
static inline void engine_fast_units_free(engine_fast_units_t *u) {
    if (u->s)
        JSStringRelease(u->s);
}

/* ---- strings made ------------------------------------------------------------------
 * begin: a new engine string of n units (8-bit, or UTF-16 when wide) for
 * the caller to fill at chars, then end (the value) or drop (abandoned).
 * False when not calibrated, n < 2 (the engine shares strings of one
 * character) or n > INT32_MAX, or a large allocation would fail (the
 * engine would abort). `locked`: called from a host function, which holds
 * the engine's lock; an API callback does not. */
typedef struct {
    void *impl;
    void *chars;
} engine_fast_string_t;

/* The engine's functions behind these, declared here so that the calls
 * inline into the bindings' hot paths; only used once engine_fast_init
 * found them (weak references: NULL in an engine build without them). */
typedef struct {
    void *p;
    size_t n;
} engine_fast_span_t; /* std::span<T>: pointer, then length */
/* static Ref<StringImpl> StringImpl::createUninitialized(size_t, std::span<LChar or UChar>&):
 * a Ref is returned through a hidden pointer (it has a destructor). */
extern __attribute__((weak)) void _ZN3WTF10StringImpl19createUninitializedEmRSt4spanIhLm18446744073709551615EE(
    void **ret, size_t n, engine_fast_span_t *chars);
extern __attribute__((weak)) void _ZN3WTF10StringImpl19createUninitializedEmRSt4spanIDsLm18446744073709551615EE(
    void **ret, size_t n, engine_fast_span_t *chars);
extern __attribute__((weak)) void *_ZN3JSC25jsStringWithCacheSlowCaseERNS_2VMERN3WTF10StringImplE(void *vm, void *impl);
extern __attribute__((weak)) void _ZN3WTF10StringImpl7destroyEPS0_(void *impl);
#define ENGINE_FAST_REF_ONE 2u /* StringImpl's refcount step */

bool engine_fast_string_begin_large(size_t n, bool wide, engine_fast_string_t *s);
JSValueRef engine_fast_string_end_unlocked(JSContextRef ctx, engine_fast_string_t *s);

/* The allocation itself; the engine aborts if it fails. */
static inline void engine_fast_string_alloc(size_t n, bool wide, engine_fast_string_t *s) {
    engine_fast_span_t span = {0};
    s->impl = NULL;
    if (wide)
        _ZN3WTF10StringImpl19createUninitializedEmRSt4spanIDsLm18446744073709551615EE(&s->impl, n, &span);
    else
        _ZN3WTF10StringImpl19createUninitializedEmRSt4spanIhLm18446744073709551615EE(&s->impl, n, &span);
    CHECK(s->impl && span.p && span.n == n);
    s->chars = span.p;
}

static inline bool engine_fast_string_begin(size_t n, bool wide, engine_fast_string_t *s) {
    if (!engine_fast_facts.values || n < 2 || n > 0x7fffffff)
        return false;
    if (n >= ((size_t)16 << 20))
        return engine_fast_string_begin_large(n, wide, s);
    engine_fast_string_alloc(n, wide, s);
    return true;
}

static inline void engine_fast_string_drop(engine_fast_string_t *s) {
    uint32_t *rc = s->impl;
    if (*rc == ENGINE_FAST_REF_ONE)
        _ZN3WTF10StringImpl7destroyEPS0_(s->impl);
    else
        *rc -= ENGINE_FAST_REF_ONE;
}

static inline JSValueRef engine_fast_string_end(JSContextRef ctx, engine_fast_string_t *s, bool locked) {
    if (!locked)
        return engine_fast_string_end_unlocked(ctx, s);
    /* A JSContextGroupRef is the VM; asking for it takes no lock. */
    void *str = _ZN3JSC25jsStringWithCacheSlowCaseERNS_2VMERN3WTF10StringImplE((void *)JSContextGetGroup(ctx), s->impl);
    engine_fast_string_drop(s); /* the engine's string holds its own reference */
    return (JSValueRef)str;
}

/* A string of the Latin-1 bytes s[0, n), made in place when it can be,
 * else through the API. */
JSValueRef engine_fast_latin1(JSContextRef ctx, const uint8_t *s, size_t n, bool locked);
/* A string of UTF-8 bytes (ill-formed sequences become U+FFFD, as
 * js_string_from_utf8): 8-bit when every character fits, else UTF-16.
 * NULL when it could not be made in place (see engine_fast_string_begin,
 * or memory ran out); engine_fast_utf8 then goes through the API. */
JSValueRef engine_fast_utf8_try(JSContextRef ctx, const uint8_t *in, size_t n, bool locked);
JSValueRef engine_fast_utf8(JSContextRef ctx, const uint8_t *in, size_t n, bool locked);

/* ---- array buffers -------------------------------------------------------------------
 * An ArrayBuffer of n bytes whose contents are whatever the allocator had
 * (Buffer.allocUnsafe's promise), from the engine's own ArrayBuffer
 * allocator; NULL when that is unavailable, when n is 0 or above the
 * engine's largest ArrayBuffer (4 GiB), or when memory ran out (an
 * exception, if any, in *exc). */
bool engine_fast_can_alloc_uninitialized(void);
JSObjectRef engine_fast_array_buffer_uninitialized(JSContextRef ctx, size_t n, JSValueRef *exc);

/* ---- host functions ----------------------------------------------------------------
 * EncodedJSValue f(JSGlobalObject *global, CallFrame *frame). The global
 * object is also the JSContextRef of the call. The frame is an array of
 * 8-byte slots: the argument count including `this` in slot 4 (low half),
 * `this` in slot 5, the arguments from slot 6. */
typedef int64_t (*engine_fast_host_fn)(void *global, void *frame);

JSObjectRef engine_fast_host(JSContextRef ctx, const char *name, unsigned length, engine_fast_host_fn fn);
/* A JS function that drains the promise jobs from inside JS, or NULL. */
JSObjectRef engine_fast_drain_function(JSContextRef ctx);
/* Calls hook(data) once the fast paths are calibrated (now, if they are;
 * never, if they failed). Calibration is lazy (the first binding that
 * wants it): start-up does not pay for it. One hook at a time. */
void engine_fast_on_ready(void (*hook)(void *data), void *data);
/* Forgets a hook not yet called (its data is going away). */
void engine_fast_cancel_ready(void *data);

static inline JSContextRef engine_fast_context(void *global) { return (JSContextRef)global; }
static inline size_t engine_fast_argc(const void *frame) {
    return (size_t)(uint32_t)engine_fast_word_at(frame, 4 * 8) - 1;
}
/* Argument i; undefined past the count. */
static inline JSValueRef engine_fast_arg(const void *frame, size_t i) {
    return i < engine_fast_argc(frame) ? (JSValueRef)(uintptr_t)engine_fast_word_at(frame, (6 + i) * 8)
                                       : (JSValueRef)(uintptr_t)ENGINE_FAST_UNDEFINED;
}
/* The arguments as an array of engine_fast_argc(frame) values. */
static inline const JSValueRef *engine_fast_argv(const void *frame) {
    return (const JSValueRef *)frame + 6;
}
/* A number argument, or -1 for anything else (the callers pass numbers).
 * Infinities, NaN and numbers past 2^53 read as -1 too, so that a check
 * for a non-negative value also makes a conversion to size_t defined. */
static inline double engine_fast_arg_num(const void *frame, size_t i) {
    uint64_t x = engine_fast_bits(engine_fast_arg(frame, i));
    if (x < ENGINE_FAST_DOUBLE_OFFSET)
        return -1;
    double d = engine_fast_num(NULL, (JSValueRef)(uintptr_t)x);
    return d >= -9007199254740992.0 && d <= 9007199254740992.0 ? d : -1;
}
/* An int32 argument into *out, or false. */
static inline bool engine_fast_arg_int(const void *frame, size_t i, int32_t *out) {
    uint64_t x = engine_fast_bits(engine_fast_arg(frame, i));
    if ((x & ENGINE_FAST_INT32_TAG) != ENGINE_FAST_INT32_TAG)
        return false;
    *out = (int32_t)(uint32_t)x;
    return true;
}

/* The engine's lock, held across a stretch of C API calls. A C API
 * callback runs with the lock dropped (the engine releases it around the
 * call), and so does a libuv callback, so each API call in them takes it
 * anew (~30-60 ns, more with cache misses: it resets per-entry state such
 * as the date cache); with it held, they take it recursively. Hold it for
 * callbacks that make several API calls and do not block; a no-op where
 * the engine's lock functions are not available. */
typedef struct {
    _Alignas(16) unsigned char storage[32];
    bool held;
} engine_fast_hold_t;
void engine_fast_hold(JSContextRef ctx, engine_fast_hold_t *h);
void engine_fast_release(engine_fast_hold_t *h);

/* Runs the promise jobs now, as the engine does when its lock is last
 * released; for a caller that holds the lock with no JS on the stack.
 * engine_fast_can_drain() says whether it is available (the lock's
 * release is the only drain otherwise). */
bool engine_fast_can_drain(void);
void engine_fast_drain(JSContextRef ctx);

#endif
