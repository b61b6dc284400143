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

JSObjectRef util_binding(JSContextRef ctx) {
    util_calibrate(ctx);
    util_calibrate_shape(ctx);
    JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
    js_set_fn(ctx, b, "getCellType", util_get_cell_type);
    js_set_fn(ctx, b, "getPromiseDetails", util_get_promise_details);
    js_set_fn(ctx, b, "getProxyTarget", util_get_proxy_target);
    js_set_fn(ctx, b, "getShape", util_get_shape);
    js_set_fn(ctx, b, "getSameShape", util_get_same_shape);
    js_set(ctx, b, "promiseSupported", JSValueMakeBoolean(ctx, util_promise_type >= 0));
    return b;
}
