/* internalBinding('signal_wrap'): a uv_signal_t per signal a program
 * listens for (process.on('SIGINT', ...)).
 *
 * binding.create() -> handle; h.start(signum) -> 0 or a libuv code;
 * h.stop(); h.close(); h.unref(). On a signal the runtime calls
 * h.onsignal(signum). The handle's wrapper is protected from creation
 * until its close callback; handles still open when the runtime ends are
 * closed then. */
#include <stdlib.h>

#include "bindings.h"

typedef struct signal_wrap_s signal_wrap_t;

typedef struct {
    signal_wrap_t *open; /* handles not yet closed */
} signal_wrap_state_t;

struct signal_wrap_s {
    uv_signal_t handle;
    JSGlobalContextRef ctx;
    JSObjectRef wrapper;
    signal_wrap_state_t *state;
    signal_wrap_t *next;
    signal_wrap_t **prev;
    bool closing;
    runtime_wrap_t link; /* listed as an active handle until closed */
};

static void signal_wrap_unlink(signal_wrap_t *w) {
    if (w->prev) {
        *w->prev = w->next;
        if (w->next)
            w->next->prev = w->prev;
        w->prev = NULL;
        w->next = NULL;
    }
}

static void signal_wrap_close_cb(uv_handle_t *h) {
    signal_wrap_t *w = h->data;
    runtime_wrap_remove(&w->link);
    if (w->wrapper) {
        JSObjectSetPrivate(w->wrapper, NULL);
        JSValueUnprotect(w->ctx, w->wrapper);
    }
    free(w);
}

static void signal_wrap_close(signal_wrap_t *w) {
    if (w->closing)
        return;
    w->closing = true;
    signal_wrap_unlink(w);
    uv_close((uv_handle_t *)&w->handle, signal_wrap_close_cb);
}

static void signal_wrap_cleanup(kiln_runtime *rt, void *data) {
    signal_wrap_state_t *st = data;
    while (st->open)
        signal_wrap_close(st->open);
    free(st);
}

static signal_wrap_state_t *signal_wrap_state(JSContextRef ctx) {
    kiln_runtime *rt = runtime_of(ctx);
    signal_wrap_state_t *st = runtime_find_binding_state(rt, "signal_wrap");
    if (!st) {
        st = calloc(1, sizeof *st);
        CHECK(st != NULL);
        runtime_set_binding_state(rt, "signal_wrap", st, signal_wrap_cleanup);
    }
    return st;
}

static JSClassRef signal_wrap_class(void);

/* The open handle behind this, or NULL once it was closed. */
static signal_wrap_t *signal_wrap_of(JSContextRef ctx, JSObjectRef self) {
    CHECK(JSValueIsObjectOfClass(ctx, self, signal_wrap_class()));
    signal_wrap_t *w = JSObjectGetPrivate(self);
    return w && !w->closing ? w : NULL;
}

static void signal_wrap_cb(uv_signal_t *h, int signum) {
    signal_wrap_t *w = h->data;
    JSContextRef ctx = w->ctx;
    JSValueRef fn = js_get(ctx, w->wrapper, "onsignal");
    if (!JSValueIsObject(ctx, fn))
        return;
    JSValueRef arg = JSValueMakeNumber(ctx, signum);
    runtime_call(runtime_of(ctx), (JSObjectRef)fn, w->wrapper, 1, &arg);
}

static JSValueRef signal_wrap_start(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                    size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(signal_wrap_class());
    signal_wrap_t *w = signal_wrap_of(ctx, self);
    if (!w)
        return JSValueMakeNumber(ctx, UV_EBADF);
    return JSValueMakeNumber(ctx, uv_signal_start(&w->handle, signal_wrap_cb, js_int(ctx, argc > 0 ? argv[0] : JSValueMakeUndefined(ctx))));
}

static JSValueRef signal_wrap_stop(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                   size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(signal_wrap_class());
    signal_wrap_t *w = signal_wrap_of(ctx, self);
    return JSValueMakeNumber(ctx, w ? uv_signal_stop(&w->handle) : 0);
}

static JSValueRef signal_wrap_close_fn(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                       size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(signal_wrap_class());
    signal_wrap_t *w = signal_wrap_of(ctx, self);
    if (w)
        signal_wrap_close(w);
    return JSValueMakeUndefined(ctx);
}

static JSValueRef signal_wrap_ref(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                  size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(signal_wrap_class());
    signal_wrap_t *w = signal_wrap_of(ctx, self);
    if (w)
        uv_ref((uv_handle_t *)&w->handle);
    return JSValueMakeUndefined(ctx);
}

static JSValueRef signal_wrap_unref(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                    size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(signal_wrap_class());
    signal_wrap_t *w = signal_wrap_of(ctx, self);
    if (w)
        uv_unref((uv_handle_t *)&w->handle);
    return JSValueMakeUndefined(ctx);
}

static JSClassRef signal_wrap_class(void) {
    static JSClassRef cls;
    if (!cls) {
        static const JSStaticFunction fns[] = {
            {"start", signal_wrap_start, kJSPropertyAttributeDontEnum},
            {"stop", signal_wrap_stop, kJSPropertyAttributeDontEnum},
            {"close", signal_wrap_close_fn, kJSPropertyAttributeDontEnum},
            {"ref", signal_wrap_ref, kJSPropertyAttributeDontEnum},
            {"unref", signal_wrap_unref, kJSPropertyAttributeDontEnum},
            {NULL, NULL, 0},
        };
        JSClassDefinition def = kJSClassDefinitionEmpty;
        def.className = "Signal";
        def.staticFunctions = fns;
        cls = JSClassCreate(&def);
    }
    return cls;
}

static JS_FN(signal_wrap_create) {
    signal_wrap_state_t *st = signal_wrap_state(ctx);
    signal_wrap_t *w = calloc(1, sizeof *w);
    CHECK(w != NULL);
    CHECK(uv_signal_init(runtime_loop(ctx), &w->handle) == 0);
    w->handle.data = w;
    w->ctx = JSContextGetGlobalContext(ctx);
    w->state = st;
    w->wrapper = JSObjectMake(ctx, signal_wrap_class(), w);
    JSValueProtect(ctx, w->wrapper);
    runtime_wrap_add(ctx, &w->link, "SignalWrap", (uv_handle_t *)&w->handle, w->wrapper);
    w->next = st->open;
    if (st->open)
        st->open->prev = &w->next;
    st->open = w;
    w->prev = &st->open;
    return w->wrapper;
}

JSObjectRef signal_wrap_binding(JSContextRef ctx) {
    JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
    js_set_fn(ctx, b, "create", signal_wrap_create);
    return b;
}
