/* internalBinding('messaging'): the wakeup behind a MessagePort or a
 * BroadcastChannel, a uv_async_t per port as in Node, so that a posted
 * message is delivered in the poll phase and a port's 'close' in the close
 * phase. The messages themselves stay in JS (lib/internal/worker/io.js):
 * with one thread, a queue of cloned values is all a channel needs.
 *
 * binding.create() -> handle, unref'd; h.send() wakes it up: the runtime
 * then calls h.onmessage() until it returns false. h.ref(), h.unref(),
 * h.hasRef(); h.close() closes it, and its close callback calls h.onclose().
 * The wrapper is protected while the handle is ref'd or closing: an
 * unref'd port nothing references is collected, as in Node, and its
 * finalizer closes the handle without calling JS. Handles still open when
 * the runtime ends are closed then, without calling JS. */
#include <stdlib.h>

#include "bindings.h"

typedef struct messaging_s messaging_t;

typedef struct {
    messaging_t *open; /* handles not yet closed */
    /* Handles closed whose 'close' JS has not heard of yet, in the order
     * of their closing. */
    messaging_t *closed_head, *closed_tail;
    size_t count;      /* handles not yet through their close callback */
    bool ending;       /* the runtime is being torn down */
} messaging_state_t;

struct messaging_s {
    uv_async_t handle;
    JSGlobalContextRef ctx;
    JSObjectRef wrapper;
    messaging_state_t *state;
    messaging_t *next;
    messaging_t **prev;
    messaging_t *closed_next;
    bool closing;
    bool told;      /* onclose was called (or will not be) */
    bool protected; /* the wrapper is protected from collection */
    bool pending;    /* a wakeup was sent and its callback has not run */
    bool delivering; /* its callback is running */
    runtime_wrap_t link; /* listed as an active handle until closed or collected */
};

/* The wrapper must live while the handle is ref'd, closing, or has a
 * wakeup pending or running (the callback reads it). */
static void messaging_protect(messaging_t *m, bool on) {
    on = on || m->closing || m->pending || m->delivering || uv_has_ref((uv_handle_t *)&m->handle);
    if (m->protected == on || !m->wrapper)
        return;
    m->protected = on;
    if (on)
        JSValueProtect(m->ctx, m->wrapper);
    else
        JSValueUnprotect(m->ctx, m->wrapper);
}

static void messaging_unlink(messaging_t *m) {
    if (m->prev) {
        *m->prev = m->next;
        if (m->next)
            m->next->prev = m->prev;
        m->prev = NULL;
        m->next = NULL;
    }
}

static void messaging_tell_closed(messaging_t *m) {
    m->told = true;
    if (m->state->ending)
        return;
    JSValueRef fn = js_get(m->ctx, m->wrapper, "onclose");
    if (JSValueIsObject(m->ctx, fn))
        runtime_call(runtime_of(m->ctx), (JSObjectRef)fn, m->wrapper, 0, NULL);
}

/* libuv runs one turn's close callbacks latest-closed first; Node's ports
 * report 'close' in the order they were closed. So the first callback of
 * a turn tells JS of every handle closed up to its own, oldest first:
 * those closed before it are in the same turn's batch. */
static void messaging_close_cb(uv_handle_t *h) {
    messaging_t *m = h->data;
    messaging_state_t *st = m->state;
    runtime_wrap_remove(&m->link);
    while (!m->told) {
        messaging_t *first = st->closed_head;
        st->closed_head = first->closed_next;
        if (!st->closed_head)
            st->closed_tail = NULL;
        messaging_tell_closed(first);
    }
    if (m->wrapper) {
        JSObjectSetPrivate(m->wrapper, NULL);
        messaging_protect(m, false);
    }
    free(m);
    if (--st->count == 0 && st->ending)
        free(st);
}

static void messaging_close(messaging_t *m) {
    if (m->closing)
        return;
    m->closing = true;
    messaging_unlink(m);
    messaging_protect(m, true);
    messaging_state_t *st = m->state;
    if (st->closed_tail)
        st->closed_tail->closed_next = m;
    else
        st->closed_head = m;
    st->closed_tail = m;
    uv_close((uv_handle_t *)&m->handle, messaging_close_cb);
}

static void messaging_cleanup(kiln_runtime *rt, void *data) {
    messaging_state_t *st = data;
    st->ending = true;
    while (st->open)
        messaging_close(st->open);
    /* The close callbacks still to run (in the loop's last turn) read the
     * state: the last of them frees it. */
    if (st->count == 0)
        free(st);
}

static messaging_state_t *messaging_state(JSContextRef ctx) {
    kiln_runtime *rt = runtime_of(ctx);
    messaging_state_t *st = runtime_find_binding_state(rt, "messaging");
    if (!st) {
        st = calloc(1, sizeof *st);
        CHECK(st != NULL);
        runtime_set_binding_state(rt, "messaging", st, messaging_cleanup);
    }
    return st;
}

static JSClassRef messaging_class(void);

/* The open handle behind this, or NULL once it was closed. */
static messaging_t *messaging_of(JSContextRef ctx, JSObjectRef self) {
    if (!JSValueIsObjectOfClass(ctx, self, messaging_class()))
        return NULL;
    messaging_t *m = JSObjectGetPrivate(self);
    return m && !m->closing ? m : NULL;
}

static void messaging_deliver(messaging_t *m);

static void messaging_async_cb(uv_async_t *h) {
    messaging_t *m = h->data;
    m->pending = false;
    m->delivering = true;
    messaging_deliver(m);
    m->delivering = false;
    messaging_protect(m, false);
}

static void messaging_deliver(messaging_t *m) {
    /* onmessage() delivers one message and returns true while more of
     * this wakeup's batch remain, so that ticks and promise jobs run
     * between messages, as in Node. A port closed meanwhile goes on with
     * what had arrived: the handle is freed only in its close callback. */
    for (;;) {
        JSValueRef fn = js_get(m->ctx, m->wrapper, "onmessage");
        if (!JSValueIsObject(m->ctx, fn))
            return;
        JSValueRef r = runtime_call(runtime_of(m->ctx), (JSObjectRef)fn, m->wrapper, 0, NULL);
        if (m->state->ending || !r || !JSValueToBoolean(m->ctx, r))
            return;
    }
}

static JS_FN(messaging_send) {
    messaging_t *m = messaging_of(ctx, self);
    if (m) {
        m->pending = true;
        messaging_protect(m, true);
        uv_async_send(&m->handle);
    }
    return JSValueMakeUndefined(ctx);
}

static JS_FN(messaging_close_fn) {
    messaging_t *m = messaging_of(ctx, self);
    if (m)
        messaging_close(m);
    return JSValueMakeUndefined(ctx);
}

static JS_FN(messaging_ref) {
    messaging_t *m = messaging_of(ctx, self);
    if (m) {
        uv_ref((uv_handle_t *)&m->handle);
        messaging_protect(m, true);
    }
    return JSValueMakeUndefined(ctx);
}

static JS_FN(messaging_unref) {
    messaging_t *m = messaging_of(ctx, self);
    if (m) {
        uv_unref((uv_handle_t *)&m->handle);
        messaging_protect(m, false);
    }
    return JSValueMakeUndefined(ctx);
}

static JS_FN(messaging_has_ref) {
    /* A closing handle still counts until its close callback, as in Node. */
    messaging_t *m = JSValueIsObjectOfClass(ctx, self, messaging_class()) ? JSObjectGetPrivate(self) : NULL;
    return JSValueMakeBoolean(ctx, m && uv_has_ref((uv_handle_t *)&m->handle));
}

/* Only an unprotected wrapper is collected: an open, unref'd handle. */
static void messaging_finalize(JSObjectRef obj) {
    messaging_t *m = JSObjectGetPrivate(obj);
    if (!m)
        return;
    m->wrapper = NULL;
    runtime_wrap_remove(&m->link);
    if (m->closing)
        return;
    m->closing = true;
    m->told = true;
    messaging_unlink(m);
    uv_close((uv_handle_t *)&m->handle, messaging_close_cb);
}

static JSClassRef messaging_class(void) {
    static JSClassRef cls;
    if (!cls) {
        static const JSStaticFunction fns[] = {
            {"send", messaging_send, kJSPropertyAttributeDontEnum},
            {"close", messaging_close_fn, kJSPropertyAttributeDontEnum},
            {"ref", messaging_ref, kJSPropertyAttributeDontEnum},
            {"unref", messaging_unref, kJSPropertyAttributeDontEnum},
            {"hasRef", messaging_has_ref, kJSPropertyAttributeDontEnum},
            {NULL, NULL, 0},
        };
        JSClassDefinition def = kJSClassDefinitionEmpty;
        def.className = "MessagePortHandle";
        def.staticFunctions = fns;
        def.finalize = messaging_finalize;
        cls = JSClassCreate(&def);
    }
    return cls;
}

static JS_FN(messaging_create) {
    messaging_state_t *st = messaging_state(ctx);
    messaging_t *m = calloc(1, sizeof *m);
    CHECK(m != NULL);
    CHECK(uv_async_init(runtime_loop(ctx), &m->handle, messaging_async_cb) == 0);
    uv_unref((uv_handle_t *)&m->handle);
    m->handle.data = m;
    m->ctx = JSContextGetGlobalContext(ctx);
    m->state = st;
    st->count++;
    m->wrapper = JSObjectMake(ctx, messaging_class(), m);
    runtime_wrap_add(ctx, &m->link, "MessagePort", (uv_handle_t *)&m->handle, m->wrapper);
    m->next = st->open;
    if (st->open)
        st->open->prev = &m->next;
    st->open = m;
    m->prev = &st->open;
    return m->wrapper;
}

JSObjectRef messaging_binding(JSContextRef ctx) {
    JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
    js_set_fn(ctx, b, "create", messaging_create);
    return b;
}
