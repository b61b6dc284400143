/* JavaScriptCore's fast paths past its C API: see engine_fast.h and
 * docs/engine.md. The engine's private functions used here are weak
 * references (an engine build without one links and runs, with the public
 * API in use), and every layout fact is checked by engine_fast_calibrate
 * against values made through the public API. */
#include "engine_fast.h"

#include <pthread.h>
#include <stdlib.h>

#include "encoding/utf8.h"

engine_fast_facts_t engine_fast_facts = {false, false, -1, -1, {-1, -1, -1}};

/* JSC::JSLockHolder(VM&) and ~JSLockHolder(): the engine drops its lock
 * around a C callback (each API call takes it again), and its internal
 * functions must run with it held. The holder is one pointer; room for
 * more is given. */
typedef struct {
    _Alignas(16) unsigned char storage[32];
} engine_fast_lock_t;
extern __attribute__((weak)) void _ZN3JSC12JSLockHolderC1ERNS_2VME(engine_fast_lock_t *holder, void *vm);
extern __attribute__((weak)) void _ZN3JSC12JSLockHolderD1Ev(engine_fast_lock_t *holder);
/* JSFunction::create(VM&, JSGlobalObject*, unsigned length, const String& name,
 * NativeFunction, ImplementationVisibility, Intrinsic, NativeFunction constructor,
 * const DOMJIT::Signature*): an ordinary host function like the engine's
 * builtins. */
extern __attribute__((weak)) void *_ZN3JSC10JSFunction6createERNS_2VMEPNS_14JSGlobalObjectEjRKN3WTF6StringENS5_11FunctionPtrILNS5_6PtrTagE1EFlS4_PNS_9CallFrameEELNS5_18FunctionAttributesE2EEENS_24ImplementationVisibilityENS_9IntrinsicESF_PKNS_6DOMJIT9SignatureE(
    void *vm, void *global, unsigned length, void **name, engine_fast_host_fn fn, uint8_t visibility,
    uint8_t intrinsic, engine_fast_host_fn ctor, const void *signature);
extern __attribute__((weak)) int64_t _ZN3JSC29callHostFunctionAsConstructorEPNS_14JSGlobalObjectEPNS_9CallFrameE(void *global,
                                                                                         void *frame);

#define engine_fast_impl_create8 _ZN3WTF10StringImpl19createUninitializedEmRSt4spanIhLm18446744073709551615EE
#define engine_fast_impl_create16 _ZN3WTF10StringImpl19createUninitializedEmRSt4spanIDsLm18446744073709551615EE
#define engine_fast_string_with_impl _ZN3JSC25jsStringWithCacheSlowCaseERNS_2VMERN3WTF10StringImplE
#define engine_fast_impl_destroy _ZN3WTF10StringImpl7destroyEPS0_
#define engine_fast_lock _ZN3JSC12JSLockHolderC1ERNS_2VME
#define engine_fast_unlock _ZN3JSC12JSLockHolderD1Ev
#define engine_fast_function_create                                                                            \
    _ZN3JSC10JSFunction6createERNS_2VMEPNS_14JSGlobalObjectEjRKN3WTF6StringENS5_11FunctionPtrILNS5_6PtrTagE1EFlS4_PNS_9CallFrameEELNS5_18FunctionAttributesE2EEENS_24ImplementationVisibilityENS_9IntrinsicESF_PKNS_6DOMJIT9SignatureE
#define engine_fast_as_constructor _ZN3JSC29callHostFunctionAsConstructorEPNS_14JSGlobalObjectEPNS_9CallFrameE


/* A JSContextGroupRef is the VM; asking for it takes no lock. */
static void *engine_fast_vm(JSContextRef ctx) {
    return (void *)JSContextGetGroup(ctx);
}

/* void JSC::VM::drainMicrotasks() */
extern __attribute__((weak)) void _ZN3JSC2VM15drainMicrotasksEv(void *vm);

bool engine_fast_can_drain(void) {
    return engine_fast_facts.values && _ZN3JSC2VM15drainMicrotasksEv != NULL;
}

void engine_fast_drain(JSContextRef ctx) {
    CHECK(engine_fast_can_drain());
    _ZN3JSC2VM15drainMicrotasksEv(engine_fast_vm(ctx));
}

static int64_t engine_fast_drain_host(void *global, void *frame) {
    _ZN3JSC2VM15drainMicrotasksEv(engine_fast_vm(engine_fast_context(global)));
    return ENGINE_FAST_UNDEFINED;
}

/* drainMicrotasks() for JS: the promise jobs run inside the caller's entry
 * into the engine. Drained from C instead, with no JS on the stack, each
 * job is an entry of its own, and every outermost entry costs the engine a
 * reset of its date cache (a few kilobytes cleared on Linux): a third of
 * the time of a loop of awaits. */
JSObjectRef engine_fast_drain_function(JSContextRef ctx) {
    if (!engine_fast_can_drain() || !engine_fast_hosts())
        return NULL;
    return engine_fast_host(ctx, "drainMicrotasks", 0, engine_fast_drain_host);
}

void engine_fast_hold(JSContextRef ctx, engine_fast_hold_t *h) {
    h->held = engine_fast_facts.values;
    if (h->held)
        engine_fast_lock((engine_fast_lock_t *)h->storage, engine_fast_vm(ctx));
}

void engine_fast_release(engine_fast_hold_t *h) {
    if (h->held)
        engine_fast_unlock((engine_fast_lock_t *)h->storage);
    h->held = false;
}

/* ---- array buffers ------------------------------------------------------------------- */

/* Gigacage::tryMalloc(Kind, size_t) and Gigacage::free(Kind, void *) with
 * kind 0 (Primitive): the allocator and the address range of the engine's
 * own ArrayBuffer memory, without the clearing its constructors do. */
extern __attribute__((weak)) void *_ZN8Gigacage9tryMallocENS_4KindEm(int kind, size_t n);
extern __attribute__((weak)) void _ZN8Gigacage4freeENS_4KindEPv(int kind, void *p);
#define engine_fast_cage_malloc _ZN8Gigacage9tryMallocENS_4KindEm
#define engine_fast_cage_free _ZN8Gigacage4freeENS_4KindEPv
enum { ENGINE_FAST_CAGE_PRIMITIVE = 0 };

static void engine_fast_cage_release(void *bytes, void *unused) {
    (void)unused;
    engine_fast_cage_free(ENGINE_FAST_CAGE_PRIMITIVE, bytes);
}

bool engine_fast_can_alloc_uninitialized(void) {
    return engine_fast_facts.values && engine_fast_cage_malloc != NULL && engine_fast_cage_free != NULL;
}

/* The engine's largest ArrayBuffer: its own constructors refuse more with a
 * RangeError, but a buffer made over more bytes aborts it when a view is
 * made (measured: 4 GiB works, 4 GiB + 1 aborts). */
#define ENGINE_FAST_ARRAY_BUFFER_MAX ((size_t)1 << 32)

JSObjectRef engine_fast_array_buffer_uninitialized(JSContextRef ctx, size_t n, JSValueRef *exc) {
    if (n == 0 || n > ENGINE_FAST_ARRAY_BUFFER_MAX || !engine_fast_can_alloc_uninitialized())
        return NULL;
    void *bytes = engine_fast_cage_malloc(ENGINE_FAST_CAGE_PRIMITIVE, n);
    if (bytes == NULL)
        return NULL;
    /* On failure the engine has released the bytes with the buffer. */
    return JSObjectMakeArrayBufferWithBytesNoCopy(ctx, bytes, n, engine_fast_cage_release, NULL, exc);
}

/* ---- strings -------------------------------------------------------------------------- */

bool engine_fast_units(JSContextRef ctx, JSValueRef v, engine_fast_units_t *u, JSValueRef *exc) {
    if (engine_fast_units_in_place(v, u))
        return true;
    if (engine_fast_facts.values && JSValueIsString(ctx, v)) {
        /* A rope: the conversion resolves it in place. */
        JSStringRef s = JSValueToStringCopy(ctx, v, exc);
        if (!s)
            return false;
        JSStringRelease(s);
        if (engine_fast_units_in_place(v, u))
            return true;
    }
    u->s = JSValueToStringCopy(ctx, v, exc);
    if (!u->s)
        return false;
    u->n = JSStringGetLength(u->s);
    u->u = JSStringGetCharactersPtr(u->s);
    u->u8 = NULL;
    return true;
}

/* As engine_fast_string_begin, also during calibration (before `values`
 * is set). */
static bool engine_fast_string_make(size_t n, bool wide, engine_fast_string_t *s) {
    if (n < 2 || n > 0x7fffffff)
        return false;
    /* The engine aborts when it cannot allocate; for large strings ask the
     * system first, so that failure is the caller's fallback instead. */
    if (n >= ((size_t)16 << 20)) {
        void *probe = malloc(wide ? n * 2 : n);
        if (!probe)
            return false;
        free(probe);
    }
    engine_fast_string_alloc(n, wide, s);
    return true;
}

bool engine_fast_string_begin_large(size_t n, bool wide, engine_fast_string_t *s) {
    return engine_fast_facts.values && engine_fast_string_make(n, wide, s);
}

JSValueRef engine_fast_string_end_unlocked(JSContextRef ctx, engine_fast_string_t *s) {
    void *vm = engine_fast_vm(ctx);
    engine_fast_lock_t lock;
    engine_fast_lock(&lock, vm);
    void *str = engine_fast_string_with_impl(vm, s->impl);
    engine_fast_string_drop(s); /* the engine's string holds its own reference */
    engine_fast_unlock(&lock);
    return (JSValueRef)str;
}

JSValueRef engine_fast_latin1(JSContextRef ctx, const uint8_t *s, size_t n, bool locked) {
    engine_fast_string_t ns;
    if (engine_fast_string_begin(n, false, &ns)) {
        memcpy(ns.chars, s, n);
        return engine_fast_string_end(ctx, &ns, locked);
    }
    uint16_t small[64] = {0}; /* n may be 0 */
    uint16_t *units = n <= 64 ? small : js_xmalloc(n * sizeof *units);
    for (size_t i = 0; i < n; i++)
        units[i] = s[i];
    JSStringRef str = JSStringCreateWithCharacters(units, n);
    if (units != small)
        free(units);
    JSValueRef v = JSValueMakeString(ctx, str);
    JSStringRelease(str);
    return v;
}

JSValueRef engine_fast_utf8_try(JSContextRef ctx, const uint8_t *in, size_t n, bool locked) {
    engine_fast_string_t ns;
    size_t ascii = utf8_ascii_prefix(in, n);
    if (ascii == n) {
        if (!engine_fast_string_begin(n, false, &ns))
            return NULL;
        memcpy(ns.chars, in, n);
        return engine_fast_string_end(ctx, &ns, locked);
    }
    if (!engine_fast_facts.values)
        return NULL;
    /* Decoded into scratch first: the length is known only after. Text
     * within Latin-1 (ASCII and accented Western letters) becomes an 8-bit
     * string, half the memory, as the engine would make it; past the first
     * character above U+00FF, UTF-16. */
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
        if (engine_fast_string_begin(k, false, &ns)) {
            memcpy(ns.chars, scratch, k);
            v = engine_fast_string_end(ctx, &ns, locked);
        }
    } else {
        /* Widen the Latin-1 part in place, from the end, then go on. */
        uint16_t *units = (uint16_t *)(void *)scratch;
        for (size_t i = k; i-- > 0;)
            units[i] = scratch[i];
        k += utf8_decode(in + used, n - used, units + k);
        if (engine_fast_string_begin(k, true, &ns)) {
            memcpy(ns.chars, units, k * 2);
            v = engine_fast_string_end(ctx, &ns, locked);
        }
    }
    if (scratch != (uint8_t *)stack)
        free(scratch);
    return v;
}

JSValueRef engine_fast_utf8(JSContextRef ctx, const uint8_t *in, size_t n, bool locked) {
    JSValueRef v = engine_fast_utf8_try(ctx, in, n, locked);
    if (v)
        return v;
    char small[256];
    char *buf = n < sizeof small ? small : js_xmalloc(n + 1);
    memcpy(buf, in, n);
    JSStringRef s = js_string_from_utf8(buf, n);
    if (buf != small)
        free(buf);
    v = JSValueMakeString(ctx, s);
    JSStringRelease(s);
    return v;
}

/* ---- host functions ------------------------------------------------------------------- */

static JSObjectRef engine_fast_host_make(JSContextRef ctx, const char *name, unsigned length,
                                         engine_fast_host_fn fn) {
    void *vm = engine_fast_vm(ctx);
    engine_fast_string_t ns = {NULL, NULL};
    size_t n = name ? strlen(name) : 0;
    if (n >= 2) {
        CHECK(engine_fast_string_make(n, false, &ns));
        memcpy(ns.chars, name, n);
    }
    engine_fast_lock_t lock;
    engine_fast_lock(&lock, vm);
    /* A WTF::String is its StringImpl pointer; null is a string without a name. */
    void *f = engine_fast_function_create(vm, (void *)JSContextGetGlobalContext(ctx), length, &ns.impl, fn, 0, 0,
                                          engine_fast_as_constructor, NULL);
    if (ns.impl)
        engine_fast_string_drop(&ns);
    engine_fast_unlock(&lock);
    return (JSObjectRef)f;
}

JSObjectRef engine_fast_host(JSContextRef ctx, const char *name, unsigned length, engine_fast_host_fn fn) {
    if (!engine_fast_facts.hosts)
        return NULL;
    JSObjectRef f = engine_fast_host_make(ctx, name, length, fn);
    CHECK(f != NULL);
    return f;
}

/* ---- calibration ------------------------------------------------------------------------ */

/* The object a function body returns, or NULL. */
static JSObjectRef engine_fast_eval(JSContextRef ctx, const char *body) {
    JSStringRef src = JSStringCreateWithUTF8CString(body);
    JSObjectRef f = JSObjectMakeFunction(ctx, NULL, 0, NULL, src, NULL, 0, NULL);
    JSStringRelease(src);
    if (!f)
        return NULL;
    JSValueRef r = JSObjectCallAsFunction(ctx, f, NULL, 0, NULL, NULL);
    return r && JSValueIsObject(ctx, r) ? (JSObjectRef)r : NULL;
}

/* Checks the value encoding and the layout of views; fills `f`. */
static bool engine_fast_calibrate_views(JSContextRef ctx, engine_fast_facts_t *f) {
    static uint8_t backing[64];
    if (engine_fast_bits(JSValueMakeNumber(ctx, 7)) != (ENGINE_FAST_INT32_TAG | 7) ||
        engine_fast_bits(JSValueMakeNumber(ctx, -7)) != (ENGINE_FAST_INT32_TAG | 0xfffffff9u))
        return false;
    double half = 0.5;
    uint64_t bits;
    memcpy(&bits, &half, sizeof bits);
    if (engine_fast_bits(JSValueMakeNumber(ctx, 0.5)) != bits + ENGINE_FAST_DOUBLE_OFFSET ||
        engine_fast_bits(JSValueMakeUndefined(ctx)) != (uint64_t)ENGINE_FAST_UNDEFINED ||
        engine_fast_bits(JSValueMakeNull(ctx)) != (uint64_t)ENGINE_FAST_NULL ||
        engine_fast_bits(JSValueMakeBoolean(ctx, true)) != (uint64_t)ENGINE_FAST_TRUE ||
        engine_fast_bits(JSValueMakeBoolean(ctx, false)) != (uint64_t)ENGINE_FAST_FALSE)
        return false;

    /* Views: a small one (in the collected heap), a large one, and one
     * over an ArrayBuffer at an offset. */
    JSObjectRef small = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeUint8Array, 16, NULL);
    JSObjectRef large = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeUint8Array, 65536, NULL);
    JSObjectRef ab = JSObjectMakeArrayBufferWithBytesNoCopy(ctx, backing, sizeof backing, NULL, NULL, NULL);
    if (!small || !large || !ab)
        return false;
    JSObjectRef view = JSObjectMakeTypedArrayWithArrayBufferAndOffset(ctx, kJSTypedArrayTypeUint8Array, ab, 8, 20,
                                                                      NULL);
    if (!view)
        return false;
    for (unsigned i = 0; i < 16; i++)
        JSObjectSetPropertyAtIndex(ctx, small, i, JSValueMakeNumber(ctx, i * 7 + 1), NULL);
    JSObjectSetPropertyAtIndex(ctx, large, 65535, JSValueMakeNumber(ctx, 99), NULL);
    JSObjectSetPropertyAtIndex(ctx, view, 3, JSValueMakeNumber(ctx, 42), NULL);
    int t = engine_fast_byte_at(small, ENGINE_FAST_CELL_TYPE);
    if (t != engine_fast_byte_at(large, ENGINE_FAST_CELL_TYPE) || t != engine_fast_byte_at(view, ENGINE_FAST_CELL_TYPE) ||
        t == engine_fast_byte_at(ab, ENGINE_FAST_CELL_TYPE) ||
        t == engine_fast_byte_at(JSObjectMake(ctx, NULL, NULL), ENGINE_FAST_CELL_TYPE))
        return false;
    const uint8_t *sv = (const uint8_t *)(uintptr_t)engine_fast_word_at(small, ENGINE_FAST_VIEW_VECTOR);
    const uint8_t *lv = (const uint8_t *)(uintptr_t)engine_fast_word_at(large, ENGINE_FAST_VIEW_VECTOR);
    const uint8_t *vv = (const uint8_t *)(uintptr_t)engine_fast_word_at(view, ENGINE_FAST_VIEW_VECTOR);
    if (!sv || !lv || vv != backing + 8 || backing[11] != 42 || lv[65535] != 99 ||
        engine_fast_word_at(small, ENGINE_FAST_VIEW_LENGTH) != 16 ||
        engine_fast_word_at(large, ENGINE_FAST_VIEW_LENGTH) != 65536 ||
        engine_fast_word_at(view, ENGINE_FAST_VIEW_LENGTH) != 20 ||
        engine_fast_word_at(view, ENGINE_FAST_VIEW_OFFSET) != 8 ||
        engine_fast_word_at(small, ENGINE_FAST_VIEW_OFFSET) != 0)
        return false;
    for (unsigned i = 0; i < 16; i++)
        if (sv[i] != i * 7 + 1)
            return false;
    /* The engine's mode byte is the same for all three; views that track
     * a resizable buffer's length (whose length field is not kept) and
     * views of a detached buffer must read differently. */
    int mode = engine_fast_byte_at(small, ENGINE_FAST_VIEW_MODE);
    if (mode != engine_fast_byte_at(large, ENGINE_FAST_VIEW_MODE) || mode != engine_fast_byte_at(view, ENGINE_FAST_VIEW_MODE))
        return false;
    /* Arrays made in JS keep their bytes without an ArrayBuffer until one
     * is asked for: a small one inline in the collected heap, a large one
     * in memory of its own, each with a mode of its own. Neither moves
     * while it lives (the collector does not move objects), so they are
     * read in place too, which spares the API's conversion to the mode
     * above. */
    JSObjectRef own = engine_fast_eval(ctx,
        "const s = new Uint8Array(16), l = new Uint8Array(65536);"
        "for (let i = 0; i < 16; i++) s[i] = i * 7 + 1;"
        "l[65535] = 99; return [s, l];");
    if (!own)
        return false;
    int modes[3] = {mode, mode, mode};
    for (unsigned i = 0; i < 2; i++) {
        JSValueRef r = JSObjectGetPropertyAtIndex(ctx, own, i, NULL);
        size_t n = i ? 65536 : 16;
        if (!r || !JSValueIsObject(ctx, r) || engine_fast_byte_at(r, ENGINE_FAST_CELL_TYPE) != t ||
            engine_fast_word_at(r, ENGINE_FAST_VIEW_LENGTH) != n || engine_fast_word_at(r, ENGINE_FAST_VIEW_OFFSET) != 0)
            return false;
        const uint8_t *p = (const uint8_t *)(uintptr_t)engine_fast_word_at(r, ENGINE_FAST_VIEW_VECTOR);
        if (!p || (i ? p[65535] != 99 : p[0] != 1 || p[15] != 15 * 7 + 1))
            return false;
        modes[i + 1] = engine_fast_byte_at(r, ENGINE_FAST_VIEW_MODE);
    }
    JSObjectRef others = engine_fast_eval(ctx,
        "const d = new ArrayBuffer(8), dv = new Uint8Array(d); d.transfer();"
        "let r = [dv];"
        "try { const ab = new ArrayBuffer(16, { maxByteLength: 64 });"
        "      r.push(new Uint8Array(ab), new Uint8Array(ab, 4, 4)); } catch {}"
        "return r;");
    if (!others)
        return false;
    JSValueRef detached = JSObjectGetPropertyAtIndex(ctx, others, 0, NULL);
    if (!detached || !JSValueIsObject(ctx, detached) || engine_fast_byte_at(detached, ENGINE_FAST_CELL_TYPE) != t ||
        (engine_fast_word_at(detached, ENGINE_FAST_VIEW_VECTOR) && engine_fast_word_at(detached, ENGINE_FAST_VIEW_LENGTH)))
        return false;
    for (unsigned i = 1; i < 3; i++) {
        JSValueRef r = JSObjectGetPropertyAtIndex(ctx, others, i, NULL);
        if (!r || !JSValueIsObject(ctx, r))
            continue;
        int m = engine_fast_byte_at(r, ENGINE_FAST_VIEW_MODE);
        if (m == modes[0] || m == modes[1] || m == modes[2])
            return false;
    }
    f->u8_type = t;
    memcpy(f->modes, modes, sizeof modes);
    return true;
}

/* Checks reading strings (8-bit, UTF-16, a rope) and making them. */
static bool engine_fast_calibrate_strings(JSContextRef ctx, engine_fast_facts_t *f) {
    JSStringRef a = JSStringCreateWithUTF8CString("kiln calibrates");
    static const uint16_t wide_units[] = {'k', 0x100, 0x2603, 'n'};
    JSStringRef w = JSStringCreateWithCharacters(wide_units, 4);
    JSValueRef av = JSValueMakeString(ctx, a);
    JSValueRef wv = JSValueMakeString(ctx, w);
    JSStringRelease(a);
    JSStringRelease(w);
    int st = engine_fast_byte_at(av, ENGINE_FAST_CELL_TYPE);
    if (!engine_fast_is_cell(av) || st != engine_fast_byte_at(wv, ENGINE_FAST_CELL_TYPE) || st == f->u8_type ||
        st == engine_fast_byte_at(JSObjectMake(ctx, NULL, NULL), ENGINE_FAST_CELL_TYPE))
        return false;
    uint64_t af = engine_fast_word_at(av, ENGINE_FAST_STRING_FIBER), wf = engine_fast_word_at(wv, ENGINE_FAST_STRING_FIBER);
    if ((af & 1) || (wf & 1))
        return false;
    const void *ai = (const void *)(uintptr_t)af, *wi = (const void *)(uintptr_t)wf;
    if (engine_fast_u32_at(ai, ENGINE_FAST_IMPL_LENGTH) != 15 || engine_fast_u32_at(wi, ENGINE_FAST_IMPL_LENGTH) != 4 ||
        !(engine_fast_u32_at(ai, ENGINE_FAST_IMPL_FLAGS) & ENGINE_FAST_IMPL_8BIT) ||
        (engine_fast_u32_at(wi, ENGINE_FAST_IMPL_FLAGS) & ENGINE_FAST_IMPL_8BIT) ||
        memcmp((const void *)(uintptr_t)engine_fast_word_at(ai, ENGINE_FAST_IMPL_DATA), "kiln calibrates", 15) ||
        memcmp((const void *)(uintptr_t)engine_fast_word_at(wi, ENGINE_FAST_IMPL_DATA), wide_units, sizeof wide_units))
        return false;
    JSObjectRef concat = engine_fast_eval(ctx, "return (a, b) => a + b;");
    if (!concat)
        return false;
    JSValueRef parts[2] = {av, wv};
    JSValueRef rope = JSObjectCallAsFunction(ctx, concat, NULL, 2, parts, NULL);
    if (!rope || !JSValueIsString(ctx, rope) || engine_fast_byte_at(rope, ENGINE_FAST_CELL_TYPE) != st ||
        !(engine_fast_word_at(rope, ENGINE_FAST_STRING_FIBER) & 1))
        return false;
    f->string_type = st;

    /* Making strings: an 8-bit and a UTF-16 one, read back through the API. */
    engine_fast_string_t ns;
    if (!engine_fast_string_make(15, false, &ns) || engine_fast_u32_at(ns.impl, 0) != ENGINE_FAST_REF_ONE ||
        engine_fast_u32_at(ns.impl, ENGINE_FAST_IMPL_LENGTH) != 15)
        return false;
    memcpy(ns.chars, "kiln calibrates", 15);
    void *impl = ns.impl;
    JSValueRef made = engine_fast_string_end_unlocked(ctx, &ns);
    /* One reference left, the engine string's. */
    bool held = engine_fast_u32_at(impl, 0) == ENGINE_FAST_REF_ONE;
    JSStringRef back = JSValueToStringCopy(ctx, made, NULL);
    bool ok = held && back && JSStringIsEqualToUTF8CString(back, "kiln calibrates") &&
              engine_fast_word_at(made, ENGINE_FAST_STRING_FIBER) == (uint64_t)(uintptr_t)impl;
    if (back)
        JSStringRelease(back);
    if (!ok || !engine_fast_string_make(4, true, &ns))
        return false;
    memcpy(ns.chars, wide_units, sizeof wide_units);
    made = engine_fast_string_end_unlocked(ctx, &ns);
    return JSValueIsStrictEqual(ctx, made, wv);
}

static void *engine_fast_probe_global;

/* The calibration's host function: returns its third argument when the
 * frame reads as expected, else undefined. */
static int64_t engine_fast_probe(void *global, void *frame) {
    engine_fast_probe_global = global;
    if (engine_fast_argc(frame) != 3 || engine_fast_arg_num(frame, 0) != 7 || engine_fast_arg_num(frame, 1) != 0.5)
        return ENGINE_FAST_UNDEFINED;
    return engine_fast_ret(engine_fast_arg(frame, 2));
}

/* Host functions work if one made here, called through the API and from
 * JS, sees its arguments and its global object, and returns its value. */
static bool engine_fast_calibrate_hosts(JSContextRef ctx) {
    if (!engine_fast_function_create || !engine_fast_as_constructor)
        return false;
    JSObjectRef probe = engine_fast_host_make(ctx, "probe", 3, engine_fast_probe);
    if (!probe || !JSObjectIsFunction(ctx, probe))
        return false;
    JSObjectRef marker = JSObjectMake(ctx, NULL, NULL);
    JSValueRef args[3] = {JSValueMakeNumber(ctx, 7), JSValueMakeNumber(ctx, 0.5), marker};
    engine_fast_probe_global = NULL;
    JSValueRef r = JSObjectCallAsFunction(ctx, probe, NULL, 3, args, NULL);
    if (r != marker || engine_fast_probe_global != (void *)JSContextGetGlobalContext(ctx))
        return false;
    JSObjectRef via_js = engine_fast_eval(ctx, "return (f, m) => f(7, 0.5, m);");
    if (!via_js)
        return false;
    JSValueRef args2[2] = {probe, marker};
    r = JSObjectCallAsFunction(ctx, via_js, NULL, 2, args2, NULL);
    return r == marker;
}

static pthread_mutex_t engine_fast_mutex = PTHREAD_MUTEX_INITIALIZER;
static bool engine_fast_calibrated;
/* Called once the host functions are known to work (engine_fast_on_ready). */
static void (*engine_fast_ready_hook)(void *data);
static void *engine_fast_ready_data;

/* The facts are the engine build's, so the first context calibrates for
 * the process; the work is done in a local copy and published whole. */
void engine_fast_init(JSContextRef ctx) {
    CHECK(pthread_mutex_lock(&engine_fast_mutex) == 0);
    if (!engine_fast_calibrated) {
        engine_fast_calibrated = true;
        engine_fast_facts_t f = engine_fast_facts;
        /* KILN_ENGINE_FAST=0 leaves the public API in use, as an engine
         * build that fails calibration would: for testing those paths. */
        const char *env = getenv("KILN_ENGINE_FAST");
        if ((!env || strcmp(env, "0") != 0) && sizeof(void *) == 8 && engine_fast_impl_create8 && engine_fast_impl_create16 &&
            engine_fast_string_with_impl && engine_fast_impl_destroy && engine_fast_lock && engine_fast_unlock &&
            engine_fast_calibrate_views(ctx, &f) && engine_fast_calibrate_strings(ctx, &f)) {
            f.values = true;
            /* Host functions are checked with the value facts in force. */
            engine_fast_facts = f;
            engine_fast_facts.hosts = engine_fast_calibrate_hosts(ctx);
        }
    }
    void (*hook)(void *) = engine_fast_facts.hosts ? engine_fast_ready_hook : NULL;
    void *data = engine_fast_ready_data;
    engine_fast_ready_hook = NULL;
    engine_fast_ready_data = NULL;
    CHECK(pthread_mutex_unlock(&engine_fast_mutex) == 0);
    if (hook)
        hook(data);
}

void engine_fast_cancel_ready(void *data) {
    CHECK(pthread_mutex_lock(&engine_fast_mutex) == 0);
    if (engine_fast_ready_data == data) {
        engine_fast_ready_hook = NULL;
        engine_fast_ready_data = NULL;
    }
    CHECK(pthread_mutex_unlock(&engine_fast_mutex) == 0);
}

void engine_fast_on_ready(void (*hook)(void *data), void *data) {
    CHECK(pthread_mutex_lock(&engine_fast_mutex) == 0);
    bool ready = engine_fast_calibrated && engine_fast_facts.hosts;
    if (!ready && !engine_fast_calibrated) {
        engine_fast_ready_hook = hook;
        engine_fast_ready_data = data;
    }
    CHECK(pthread_mutex_unlock(&engine_fast_mutex) == 0);
    if (ready)
        hook(data);
}
