/* internalBinding('contextify'): the engine side of node:vm.
 *
 * A vm context is a second global object in the runtime's context group
 * (the same engine VM, so values pass between the two freely). When the
 * program gives an object to contextify, the new global's class forwards
 * reads, writes, `in` checks, deletes and key listings of global names to
 * that object first, as Node's interceptors do; names the object does not
 * have fall through to the global's own properties (the context's own
 * Array, Object, ...). Declarations (`var x`, `function f`) land on the
 * global itself; lib/vm.js copies them back to the object after each run.
 *
 * The object is kept in a private property of the global, so the garbage
 * collector sees the edge and a context lives exactly as long as either is
 * reachable. */
#include <math.h>
#include <stdbool.h>
#include <string.h>

#include "bindings.h"

/* Exported by the engine, declared in its private headers (not installed). */
JSValueRef JSObjectGetPrivateProperty(JSContextRef ctx, JSObjectRef object, JSStringRef name);
bool JSObjectSetPrivateProperty(JSContextRef ctx, JSObjectRef object, JSStringRef name, JSValueRef value);
JSGlobalContextRef JSObjectGetGlobalContext(JSObjectRef object);
void JSGlobalContextSetEvalEnabled(JSGlobalContextRef ctx, bool enabled, JSStringRef message);

static JSClassRef contextify_class;

static JSValueRef contextify_private(JSContextRef ctx, JSObjectRef global, const char *which) {
    static JSStringRef keys[2];
    int i = which[0] == 's' ? 0 : 1;
    if (!keys[i])
        keys[i] = JSStringCreateWithUTF8CString(i == 0 ? "kiln.vm.sandbox" : "kiln.vm.declared");
    return JSObjectGetPrivateProperty(ctx, global, keys[i]);
}

/* The contextified object, or NULL for a plain context. */
static JSObjectRef contextify_sandbox(JSContextRef ctx, JSObjectRef global) {
    JSValueRef v = contextify_private(ctx, global, "sandbox");
    return v && JSValueIsObject(ctx, v) ? (JSObjectRef)v : NULL;
}

/* The names the program declared on the global itself (the engine then
 * keeps a variable slot it reads directly): an object used as a set. */
static JSObjectRef contextify_declared(JSContextRef ctx, JSObjectRef global) {
    JSValueRef v = contextify_private(ctx, global, "declared");
    return v && JSValueIsObject(ctx, v) ? (JSObjectRef)v : NULL;
}

static bool contextify_set_private(JSContextRef ctx, JSObjectRef global, const char *key, JSValueRef v) {
    JSStringRef k = JSStringCreateWithUTF8CString(key);
    bool ok = JSObjectSetPrivateProperty(ctx, global, k, v);
    JSStringRelease(k);
    return ok;
}

static bool contextify_has(JSContextRef ctx, JSObjectRef global, JSStringRef name) {
    JSObjectRef sb = contextify_sandbox(ctx, global);
    return sb && JSObjectHasProperty(ctx, sb, name);
}

static JSValueRef contextify_get(JSContextRef ctx, JSObjectRef global, JSStringRef name,
                                 JSValueRef *exc) {
    JSObjectRef sb = contextify_sandbox(ctx, global);
    if (!sb || !JSObjectHasProperty(ctx, sb, name))
        return NULL;
    return JSObjectGetProperty(ctx, sb, name, exc);
}

/* While lib/vm.js copies the object's values onto the global's variable
 * slots before a run, writes go through to the global. */
static bool contextify_pass_through;

static bool contextify_set(JSContextRef ctx, JSObjectRef global, JSStringRef name,
                           JSValueRef value, JSValueRef *exc) {
    JSObjectRef sb = contextify_sandbox(ctx, global);
    if (!sb || contextify_pass_through)
        return false;
    bool had = JSObjectHasProperty(ctx, sb, name);
    JSObjectSetProperty(ctx, sb, name, value, kJSPropertyAttributeNone, exc);
    /* A new name (a `var` being initialised, or an implicit global) is
     * written to the global too, and remembered: the engine reads a
     * declared variable's slot directly, so every later write must reach
     * the slot as well. A name only the object has is the object's alone
     * (writing it on the global would meet a read-only view of it). */
    JSObjectRef declared = contextify_declared(ctx, global);
    if (!declared)
        return had;
    if (!had) {
        JSObjectSetProperty(ctx, declared, name, JSValueMakeBoolean(ctx, true), kJSPropertyAttributeNone, NULL);
        return false;
    }
    return !JSObjectHasProperty(ctx, declared, name);
}

/* passThrough(on) */
static JS_FN(contextify_set_pass_through) {
    contextify_pass_through = JSValueToBoolean(ctx, JS_ARG(0));
    return JSValueMakeUndefined(ctx);
}

static bool contextify_delete(JSContextRef ctx, JSObjectRef global, JSStringRef name,
                              JSValueRef *exc) {
    JSObjectRef sb = contextify_sandbox(ctx, global);
    if (!sb || !JSObjectHasProperty(ctx, sb, name))
        return false;
    return JSObjectDeleteProperty(ctx, sb, name, exc);
}

static void contextify_names(JSContextRef ctx, JSObjectRef global, JSPropertyNameAccumulatorRef acc) {
    JSObjectRef sb = contextify_sandbox(ctx, global);
    if (!sb)
        return;
    JSPropertyNameArrayRef names = JSObjectCopyPropertyNames(ctx, sb);
    size_t n = JSPropertyNameArrayGetCount(names);
    for (size_t i = 0; i < n; i++)
        JSPropertyNameAccumulatorAddName(acc, JSPropertyNameArrayGetNameAtIndex(names, i));
    JSPropertyNameArrayRelease(names);
}

/* makeContext(sandbox | null, name, allowStrings) -> the new global object. */
static JS_FN(contextify_make) {
    JSContextGroupRef group = JSContextGetGroup(ctx);
    JSObjectRef sandbox = JSValueIsObject(ctx, JS_ARG(0)) ? (JSObjectRef)JS_ARG(0) : NULL;
    JSGlobalContextRef gctx = JSGlobalContextCreateInGroup(group, sandbox ? contextify_class : NULL);
    if (!gctx)
        return js_throw_msg(ctx, exc, "Error", "could not create a vm context");
    JSObjectRef global = JSContextGetGlobalObject(gctx);
    if (sandbox && (!contextify_set_private(gctx, global, "kiln.vm.declared", JSObjectMake(gctx, NULL, NULL)) ||
                    !contextify_set_private(gctx, global, "kiln.vm.sandbox", sandbox))) {
        JSGlobalContextRelease(gctx);
        return js_throw_msg(ctx, exc, "Error", "could not contextify the object");
    }
    if (JSValueIsString(ctx, JS_ARG(1))) {
        JSStringRef name = JSValueToStringCopy(ctx, JS_ARG(1), NULL);
        if (name) {
            JSGlobalContextSetName(gctx, name);
            JSStringRelease(name);
        }
    }
    if (argc > 2 && !JSValueToBoolean(ctx, argv[2]))
        JSGlobalContextSetEvalEnabled(gctx, false, NULL);
    /* The global object keeps the context alive from here on. */
    JSValueRef r = global;
    JSGlobalContextRelease(gctx);
    return r;
}

/* run(global | null, code, filename, line) -> the completion value; null
 * global means the runtime's own context. run(global, code, filename,
 * line, true) only checks the syntax (throws the SyntaxError, if any).
 *
 * There is no `timeout`: the engine's watchdog (JSContextGroupSet-
 * ExecutionTimeLimit) arms only if it existed when the running code first
 * entered the engine, and when it fires it terminates every frame up to
 * that first entry (the caller of vm.runInContext too), not just the
 * script, and nothing in the C API clears the termination. */
static JS_FN(contextify_run) {
    JSContextRef target = ctx;
    if (JSValueIsObject(ctx, JS_ARG(0)))
        target = JSObjectGetGlobalContext((JSObjectRef)JS_ARG(0));
    if (!target)
        return js_throw_msg(ctx, exc, "TypeError", "not a vm context");
    JSStringRef code = JSValueToStringCopy(ctx, JS_ARG(1), exc);
    if (!code)
        return NULL;
    JSStringRef url = JSValueToStringCopy(ctx, JS_ARG(2), exc);
    if (!url) {
        JSStringRelease(code);
        return NULL;
    }
    double line = JSValueToNumber(ctx, JS_ARG(3), NULL);
    if (!isfinite(line) || line < 1 || line > 1e9)
        line = 1;
    JSValueRef r;
    if (argc > 4 && JSValueToBoolean(ctx, argv[4])) {
        /* Only the syntax: undefined, or the SyntaxError thrown. */
        r = JSCheckScriptSyntax(target, code, url, (int)line, exc) ? JSValueMakeUndefined(ctx) : NULL;
    } else {
        r = JSEvaluateScript(target, code, NULL, url, (int)line, exc);
    }
    JSStringRelease(code);
    JSStringRelease(url);
    return r;
}

/* declaredNames(global) -> the names declared on the global itself. */
static JS_FN(contextify_declared_names) {
    JSObjectRef d = JSValueIsObject(ctx, JS_ARG(0)) ? contextify_declared(ctx, (JSObjectRef)JS_ARG(0)) : NULL;
    JSObjectRef arr = js_array_new(ctx);
    if (!d)
        return arr;
    JSPropertyNameArrayRef names = JSObjectCopyPropertyNames(ctx, d);
    size_t n = JSPropertyNameArrayGetCount(names);
    for (size_t i = 0; i < n; i++)
        js_array_set(ctx, arr, i, JSValueMakeString(ctx, JSPropertyNameArrayGetNameAtIndex(names, i)));
    JSPropertyNameArrayRelease(names);
    return arr;
}

JSObjectRef contextify_binding(JSContextRef ctx) {
    if (!contextify_class) {
        JSClassDefinition def = kJSClassDefinitionEmpty;
        def.className = "Object";
        def.hasProperty = contextify_has;
        def.getProperty = contextify_get;
        def.setProperty = contextify_set;
        def.deleteProperty = contextify_delete;
        def.getPropertyNames = contextify_names;
        contextify_class = JSClassCreate(&def);
    }
    JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
    js_set_fn(ctx, b, "makeContext", contextify_make);
    js_set_fn(ctx, b, "run", contextify_run);
    js_set_fn(ctx, b, "passThrough", contextify_set_pass_through);
    js_set_fn(ctx, b, "declaredNames", contextify_declared_names);
    return b;
}
