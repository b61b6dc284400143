/* internalBinding('util'): what util.inspect and util.types need to know
 * about a value that JavaScript itself cannot tell: a promise's state and
 * result, a proxy's target, and the engine's type and shape of an object.
 *
 * JavaScriptCore's C API has no call for these. On JSC's 64-bit value
 * encoding a JSObjectRef is the object's cell, whose header holds the
 * engine's type in byte 5; JSPromise::status and ::result are exported
 * (C++ symbols) and take the VM, which JSContextGetGroup returns. Both
 * facts are checked at start against objects of known kinds; if the engine
 * ever lays things out differently, these functions report "unknown"
 * instead of guessing. */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "bindings.h"
#include "engine_fast.h"

extern __attribute__((weak)) JSObjectRef JSObjectGetProxyTarget(JSObjectRef);
extern __attribute__((weak)) unsigned _ZNK3JSC9JSPromise6statusERNS_2VME(const void *self, void *vm);
extern __attribute__((weak)) uint64_t _ZNK3JSC9JSPromise6resultERNS_2VME(const void *self, void *vm);
extern __attribute__((weak)) bool _ZNK3JSC9JSPromise9isHandledERNS_2VME(const void *self, void *vm);

enum { UTIL_CELL_TYPE_BYTE = 5 };

static int util_promise_type = -1; /* the engine's type byte of a promise */

static int util_cell_type(JSContextRef ctx, JSValueRef v) {
    if (!JSValueIsObject(ctx, v))
        return -1;
    return ((const uint8_t *)v)[UTIL_CELL_TYPE_BYTE];
}

/* Learns the promise type byte from a real promise, and accepts it only if
 * plain objects, arrays and functions have other types and the status of a
 * resolved and a rejected promise read back right. */
static void util_calibrate(JSContextRef ctx) {
    /* Weak references: an engine build without them reports "unknown". */
    if (!_ZNK3JSC9JSPromise6statusERNS_2VME || !_ZNK3JSC9JSPromise6resultERNS_2VME ||
        !_ZNK3JSC9JSPromise9isHandledERNS_2VME)
        return;
    JSObjectRef resolve, reject;
    JSObjectRef p = JSObjectMakeDeferredPromise(ctx, &resolve, &reject, NULL);
    JSObjectRef q = JSObjectMakeDeferredPromise(ctx, &resolve, &reject, NULL);
    CHECK(p && q);
    /* Fulfilled, not rejected: a rejected promise would be reported as
     * unhandled to the program. */
    JSValueRef arg = JSValueMakeNumber(ctx, 42);
    CHECK(JSObjectCallAsFunction(ctx, resolve, NULL, 1, &arg, NULL) != NULL);
    int t = util_cell_type(ctx, p);
    JSObjectRef plain = JSObjectMake(ctx, NULL, NULL);
    JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, NULL);
    if (t == util_cell_type(ctx, plain) || t == util_cell_type(ctx, arr) ||
        t != util_cell_type(ctx, q))
        return;
    void *vm = (void *)JSContextGetGroup(ctx);
    if (_ZNK3JSC9JSPromise6statusERNS_2VME(p, vm) != 0 ||
        _ZNK3JSC9JSPromise6statusERNS_2VME(q, vm) != 1)
        return;
    JSValueRef r = (JSValueRef)_ZNK3JSC9JSPromise6resultERNS_2VME(q, vm);
    if (!JSValueIsNumber(ctx, r) || JSValueToNumber(ctx, r, NULL) != 42)
        return;
    util_promise_type = t;
}

/* binding.getCellType(value) -> the engine's type byte of an object, -1
 * for primitives. lib/internal/util/types.js calibrates what each means. */
static JS_FN(util_get_cell_type) {
    return JSValueMakeNumber(ctx, util_cell_type(ctx, JS_ARG(0)));
}

/* binding.getPromiseDetails(value) -> [state, result, handled] with state
 * 0 pending, 1 fulfilled, 2 rejected, and handled whether a reaction was
 * ever attached; undefined for anything not a promise. */
static JS_FN(util_get_promise_details) {
    JSValueRef v = JS_ARG(0);
    if (util_promise_type < 0 || util_cell_type(ctx, v) != util_promise_type)
        return JSValueMakeUndefined(ctx);
    void *vm = (void *)JSContextGetGroup(ctx);
    unsigned state = _ZNK3JSC9JSPromise6statusERNS_2VME(v, vm);
    JSValueRef items[3] = {JSValueMakeNumber(ctx, state), JSValueMakeUndefined(ctx),
                           JSValueMakeBoolean(ctx, _ZNK3JSC9JSPromise9isHandledERNS_2VME(v, vm))};
    if (state != 0)
        items[1] = (JSValueRef)_ZNK3JSC9JSPromise6resultERNS_2VME(v, vm);
    return JSObjectMakeArray(ctx, 3, items, exc);
}

/* The shape of an object: JavaScriptCore's StructureID, the first 32 bits
 * of the cell header. Two live objects share it exactly when they have the
 * same kind, prototype and own named properties (names, order, attributes),
 * so deep equality can tell that a typed array or an array has no property
 * besides its elements without listing its keys, which costs JavaScriptCore
 * microseconds per element. Accepted only if typed arrays of one type share
 * it whatever their size, and one with a named property, a plain object and
 * an array each have another. */
static bool util_shape_ok;

static uint32_t util_shape(JSValueRef v) {
    uint32_t id;
    memcpy(&id, (const void *)v, sizeof id);
    return id;
}

static void util_calibrate_shape(JSContextRef ctx) {
    JSValueRef e = NULL;
    JSObjectRef a = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeUint8Array, 4, &e);
    JSObjectRef b = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeUint8Array, 1 << 12, &e);
    JSObjectRef c = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeUint8Array, 4, &e);
    CHECK(!e && a && b && c);
    JSStringRef name = JSStringCreateWithUTF8CString("kilnShapeProbe");
    JSObjectSetProperty(ctx, c, name, JSValueMakeNumber(ctx, 1), kJSPropertyAttributeNone, &e);
    JSStringRelease(name);
    CHECK(!e);
    JSObjectRef plain = JSObjectMake(ctx, NULL, NULL);
    JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, NULL);
    uint32_t id = util_shape(a);
    util_shape_ok = id != 0 && id == util_shape(b) && id != util_shape(c) &&
                    id != util_shape(plain) && id != util_shape(arr) &&
                    util_shape(plain) != util_shape(arr);
}

/* binding.getShape(value) -> the shape of an object as a number, or -1 for
 * a primitive or when shapes are not known (see above). Only meaningful
 * while both objects compared are alive: a dead object's id is reused. */
static JS_FN(util_get_shape) {
    JSValueRef v = JS_ARG(0);
    if (!util_shape_ok || !JSValueIsObject(ctx, v))
        return JSValueMakeNumber(ctx, -1);
    return JSValueMakeNumber(ctx, util_shape(v));
}

/* binding.getSameShape(a, b) -> the shape two objects share, or -1 when
 * their shapes differ, either is a primitive or shapes are not known. One
 * call for both sides of a comparison: deep equality asks it of every pair
 * of arrays, where listing keys costs far more. */
static JS_FN(util_get_same_shape) {
    JSValueRef a = JS_ARG(0);
    JSValueRef b = JS_ARG(1);
    if (!util_shape_ok || !JSValueIsObject(ctx, a) || !JSValueIsObject(ctx, b) ||
        util_shape(a) != util_shape(b))
        return JSValueMakeNumber(ctx, -1);
    return JSValueMakeNumber(ctx, util_shape(a));
}

/* binding.getProxyTarget(value) -> the target of a Proxy, or undefined. */
static JS_FN(util_get_proxy_target) {
    JSValueRef v = JS_ARG(0);
    if (!JSValueIsObject(ctx, v) || !JSObjectGetProxyTarget)
        return JSValueMakeUndefined(ctx);
    JSObjectRef t = JSObjectGetProxyTarget((JSObjectRef)v);
    return t ? (JSValueRef)t : JSValueMakeUndefined(ctx);
}

/* The object a calibration script evaluates to, or NULL. */
static JSObjectRef util_eval_object(JSContextRef ctx, const char *script) {
    JSStringRef src = JSStringCreateWithUTF8CString(script);
    JSValueRef e = NULL;
    JSValueRef v = JSEvaluateScript(ctx, src, NULL, NULL, 1, &e);
    JSStringRelease(src);
    return v && !e && JSValueIsObject(ctx, v) ? (JSObjectRef)v : NULL;
}

/* ---- Map and Set iterators ---------------------------------------------------
 * util.inspect shows what a Map or Set iterator has left without taking
 * it (Node's previewEntries). JavaScript cannot copy an iterator, so this
 * makes a new one of the same collection and kind and gives it the
 * original's place: the engine keeps an iterator's collection, its
 * storage, its place in that storage and its kind in internal fields, JS
 * values after the object's header. Which field is which is learned from
 * real iterators at the first call, and the copy checked to go on where
 * its original stopped; if anything disagrees, there is no preview. The
 * copy is fresh (young) and gets values the original holds, which keeps
 * them alive: no write barrier is needed. */

enum { UTIL_ITER_FIELDS = 4, UTIL_ITER_FIRST_FIELD = 16 };
enum { UTIL_ITER_MAP = 0, UTIL_ITER_SET = 1 };

typedef struct {
    int object, storage, entry, kind; /* field indexes; -1 when unknown */
    int type;                         /* the iterator's cell type */
} util_iter_layout_t;

static util_iter_layout_t util_iter[2] = {{-1, -1, -1, -1, -1}, {-1, -1, -1, -1, -1}};
static bool util_iter_calibrated[2];
static const uint64_t kUtilInt32Tag = 0xfffe000000000000ull;

static uint64_t util_iter_field(JSValueRef it, int i) {
    uint64_t x;
    memcpy(&x, (const uint8_t *)it + UTIL_ITER_FIRST_FIELD + 8 * i, sizeof x);
    return x;
}

static void util_iter_set_field(JSValueRef it, int i, uint64_t x) {
    memcpy((uint8_t *)it + UTIL_ITER_FIRST_FIELD + 8 * i, &x, sizeof x);
}

/* The copy of `it` (of collection `which`) positioned where `it` is, made
 * by make(collection, kind); NULL if there is none. *kind gets the kind
 * (0 keys, 1 values, 2 entries). */
static JSValueRef util_iter_clone(JSContextRef ctx, JSValueRef it, int which, JSObjectRef make, int *kind) {
    const util_iter_layout_t *l = &util_iter[which];
    if (l->type < 0 || !engine_fast_is_cell(it) || engine_fast_byte_at(it, ENGINE_FAST_CELL_TYPE) != l->type)
        return NULL;
    uint64_t obj = util_iter_field(it, l->object), k = util_iter_field(it, l->kind);
    if ((k & kUtilInt32Tag) != kUtilInt32Tag || (uint32_t)k > 2 || !engine_fast_is_cell((JSValueRef)(uintptr_t)obj) ||
        !JSValueIsObject(ctx, (JSValueRef)(uintptr_t)obj))
        return NULL;
    *kind = (int)(uint32_t)k;
    JSValueRef args[2] = {(JSValueRef)(uintptr_t)obj, JSValueMakeNumber(ctx, *kind)};
    JSValueRef e = NULL;
    JSValueRef copy = JSObjectCallAsFunction(ctx, make, NULL, 2, args, &e);
    if (e || !copy || !engine_fast_is_cell(copy) || engine_fast_byte_at(copy, ENGINE_FAST_CELL_TYPE) != l->type ||
        util_iter_field(copy, l->object) != obj)
        return NULL;
    /* Read again: make() ran JavaScript. */
    util_iter_set_field(copy, l->storage, util_iter_field(it, l->storage));
    util_iter_set_field(copy, l->entry, util_iter_field(it, l->entry));
    return copy;
}

/* Learns one collection's layout from iterators a (fresh, of kind
 * first_kind: a Map's keys(), a Set's keys() which is values()), b and c
 * (entries, advanced once and twice) of `coll`, and checks it by copying
 * c (the copy must yield what c has left: `left`, a JSON text). */
static void util_iter_learn(JSContextRef ctx, int which, JSObjectRef list, JSObjectRef make, uint64_t first_kind,
                            const char *left) {
    JSValueRef v[4];
    JSValueRef e = NULL;
    for (unsigned i = 0; i < 4; i++) {
        v[i] = JSObjectGetPropertyAtIndex(ctx, list, i, &e);
        if (e || !v[i] || !engine_fast_is_cell(v[i]))
            return;
    }
    JSValueRef coll = v[0], a = v[1], b = v[2], c = v[3];
    int type = engine_fast_byte_at(a, ENGINE_FAST_CELL_TYPE);
    if (type != engine_fast_byte_at(b, ENGINE_FAST_CELL_TYPE) || type != engine_fast_byte_at(c, ENGINE_FAST_CELL_TYPE))
        return;
    util_iter_layout_t l = {-1, -1, -1, -1, type};
    uint64_t collBits = (uint64_t)(uintptr_t)coll;
    for (int i = 0; i < UTIL_ITER_FIELDS; i++) {
        uint64_t fa = util_iter_field(a, i), fb = util_iter_field(b, i), fc = util_iter_field(c, i);
        if (fa == collBits && fb == collBits && fc == collBits)
            l.object = i;
        else if (fa == kUtilInt32Tag && fb == (kUtilInt32Tag | 1) && fc == (kUtilInt32Tag | 2))
            l.entry = i;
        else if (fa == (kUtilInt32Tag | first_kind) && fb == (kUtilInt32Tag | 2) && fc == (kUtilInt32Tag | 2))
            l.kind = i;
        else if (fa == fb && fb == fc && engine_fast_is_cell((JSValueRef)(uintptr_t)fa))
            l.storage = i;
    }
    if (l.object < 0 || l.entry < 0 || l.kind < 0 || l.storage < 0)
        return;
    util_iter[which] = l;
    int kind;
    JSValueRef copy = util_iter_clone(ctx, c, which, make, &kind);
    if (copy) {
        JSObjectRef spread = util_eval_object(ctx, "(function (it) { return JSON.stringify([...it]); })");
        JSValueRef text = spread ? JSObjectCallAsFunction(ctx, spread, NULL, 1, &copy, &e) : NULL;
        js_cstr t;
        if (text && !e && JSValueIsString(ctx, text) && js_cstr_get(ctx, text, &t, &e)) {
            bool same = strcmp(t.s, left) == 0;
            js_cstr_free(&t);
            if (same && kind == 2)
                return;
        }
    }
    util_iter[which] = (util_iter_layout_t){-1, -1, -1, -1, -1};
}

/* Learns the layout of one collection's iterators (the first time one is
 * shown: make makes that collection's). A program that replaced the
 * collections' methods before then gets no previews. */
static void util_iter_calibrate(JSContextRef ctx, int which, JSObjectRef make) {
    util_iter_calibrated[which] = true;
    if (!engine_fast_values())
        return;
    JSObjectRef lists = util_eval_object(ctx,
        "(function () {\n"
        "  const m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);\n"
        "  const mb = m.entries(); mb.next();\n"
        "  const mc = m.entries(); mc.next(); mc.next();\n"
        "  const s = new Set([1, 2, 3]);\n"
        "  const sb = s.entries(); sb.next();\n"
        "  const sc = s.entries(); sc.next(); sc.next();\n"
        "  return [[m, m.keys(), mb, mc], [s, s.keys(), sb, sc]];\n"
        "})()");
    if (!lists)
        return;
    JSValueRef e = NULL;
    JSValueRef list = JSObjectGetPropertyAtIndex(ctx, lists, (unsigned)which, &e);
    if (e || !JSValueIsObject(ctx, list))
        return;
    if (which == UTIL_ITER_MAP)
        util_iter_learn(ctx, UTIL_ITER_MAP, (JSObjectRef)list, make, 0, "[[3,\"c\"]]");
    else
        util_iter_learn(ctx, UTIL_ITER_SET, (JSObjectRef)list, make, 1, "[[3,3]]");
}

/* binding.cloneIterator(it, isSet, make) -> [copy, kind]: a new iterator
 * of it's collection at it's place, made by make(collection, kind), and
 * the kind (0 keys, 1 values, 2 entries); undefined when the engine's
 * iterators are not understood (see above) or it is not one; null for an
 * iterator that has finished. */
static JS_FN(util_clone_iterator) {
    JSValueRef it = JS_ARG(0);
    JSValueRef make = JS_ARG(2);
    if (!JSValueIsObject(ctx, make) || !JSObjectIsFunction(ctx, (JSObjectRef)make))
        return JSValueMakeUndefined(ctx);
    int which = JSValueToBoolean(ctx, JS_ARG(1)) ? UTIL_ITER_SET : UTIL_ITER_MAP;
    if (!util_iter_calibrated[which])
        util_iter_calibrate(ctx, which, (JSObjectRef)make);
    const util_iter_layout_t *l = &util_iter[which];
    if (l->type < 0 || !engine_fast_is_cell(it) || engine_fast_byte_at(it, ENGINE_FAST_CELL_TYPE) != l->type)
        return JSValueMakeUndefined(ctx);
    /* A finished iterator lets go of its collection. */
    uint64_t obj = util_iter_field(it, l->object);
    if (!engine_fast_is_cell((JSValueRef)(uintptr_t)obj))
        return JSValueMakeNull(ctx);
    int kind;
    JSValueRef copy = util_iter_clone(ctx, it, which, (JSObjectRef)make, &kind);
    if (!copy)
        return JSValueMakeUndefined(ctx);
    JSValueRef items[2] = {copy, JSValueMakeNumber(ctx, kind)};
    return JSObjectMakeArray(ctx, 2, items, exc);
}

/* ---- host functions ----------------------------------------------------------
 * The values JS passes are strings, symbols, big integers or objects; the
 * first three have cell types of their own, learned from real ones, and
 * every other cell type is an object's. Accepted only if that agrees with
 * JSValueIsObject on values of each kind. */
static int util_nonobject_types[3] = {-1, -1, -1};
static bool util_objects_ok;

static bool util_is_object(JSValueRef v) {
    if (!engine_fast_is_cell(v))
        return false;
    int t = engine_fast_byte_at(v, ENGINE_FAST_CELL_TYPE);
    return t != util_nonobject_types[0] && t != util_nonobject_types[1] && t != util_nonobject_types[2];
}

static void util_calibrate_objects(JSContextRef ctx) {
    if (!engine_fast_values())
        return;
    JSObjectRef list = util_eval_object(ctx, "[Symbol('k'), 12345678901234567890n, 'ab' + 'cd' + Math.random(), "
                                             "{}, [], function f() {}, new Map(), new Uint8Array(2), "
                                             "Promise.resolve(), /x/, new Date(0), Object(1n), new Proxy({}, {})]");
    if (!list)
        return;
    JSValueRef e = NULL;
    JSValueRef items[13];
    for (unsigned i = 0; i < 13; i++) {
        items[i] = JSObjectGetPropertyAtIndex(ctx, list, i, &e);
        if (e || !engine_fast_is_cell(items[i]))
            return;
    }
    for (int i = 0; i < 3; i++)
        util_nonobject_types[i] = engine_fast_byte_at(items[i], ENGINE_FAST_CELL_TYPE);
    for (unsigned i = 0; i < 13; i++)
        if (util_is_object(items[i]) != JSValueIsObject(ctx, items[i]))
            return;
    util_objects_ok = true;
}

/* getCellType, getShape and getSameShape as engine host functions
 * (src/engine_fast.h): util.inspect and the type checks ask getCellType of
 * nearly every value they meet, and a C API call cost most of an inspect
 * (about 120 ns each). */

static int64_t util_host_cell_type(void *global, void *frame) {
    JSValueRef v = engine_fast_arg(frame, 0);
    return engine_fast_number(util_is_object(v) ? engine_fast_byte_at(v, UTIL_CELL_TYPE_BYTE) : -1);
}

static int64_t util_host_shape(void *global, void *frame) {
    JSValueRef v = engine_fast_arg(frame, 0);
    return engine_fast_number(util_shape_ok && util_is_object(v) ? (double)util_shape(v) : -1);
}

static int64_t util_host_same_shape(void *global, void *frame) {
    JSValueRef a = engine_fast_arg(frame, 0), b = engine_fast_arg(frame, 1);
    if (!util_shape_ok || !util_is_object(a) || !util_is_object(b) || util_shape(a) != util_shape(b))
        return engine_fast_number(-1);
    return engine_fast_number(util_shape(a));
}

/* Sets binding[name] to the host function, or to the C API one. */
static void util_set(JSContextRef ctx, JSObjectRef b, const char *name, unsigned length, engine_fast_host_fn host,
                     js_fn api) {
    JSObjectRef f = engine_fast_hosts() && util_objects_ok ? engine_fast_host(ctx, name, length, host) : NULL;
    if (f)
        js_set(ctx, b, name, f);
    else
        js_set_fn(ctx, b, name, api);
}

JSObjectRef util_binding(JSContextRef ctx) {
    util_calibrate(ctx);
    util_calibrate_shape(ctx);
    engine_fast_init(ctx);
    util_calibrate_objects(ctx);
    JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
    util_set(ctx, b, "getCellType", 1, util_host_cell_type, util_get_cell_type);
    js_set_fn(ctx, b, "getPromiseDetails", util_get_promise_details);
    js_set_fn(ctx, b, "getProxyTarget", util_get_proxy_target);
    js_set_fn(ctx, b, "cloneIterator", util_clone_iterator);
    util_set(ctx, b, "getShape", 1, util_host_shape, util_get_shape);
    util_set(ctx, b, "getSameShape", 2, util_host_same_shape, util_get_same_shape);
    js_set(ctx, b, "promiseSupported", JSValueMakeBoolean(ctx, util_promise_type >= 0));
    return b;
}
