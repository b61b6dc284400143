/* The engine's own run loop, driven from libuv.
 *
 * JavaScriptCore does some work later, on its run loop: WebAssembly.compile
 * and instantiate finish there (compilation runs on engine threads, then the
 * promise settles on the loop), and so do FinalizationRegistry callbacks. In
 * WebKitGTK that run loop is GLib's default main context, which nothing in
 * kiln iterates by itself: without this file, such promises never settle
 * and registries never call back.
 *
 * The engine's run loop takes the thread's default GLib context when it is
 * first made, else a context of its own that nothing else can reach; so
 * engine_loop_claim pushes a context as the thread default before the
 * engine starts.
 *
 * Every piece of that work becomes ready through a GLib source's ready time;
 * setting one, from any thread, signals the context's wakeup descriptor. So
 * kiln watches that descriptor with a uv_poll and GLib's next deadline with
 * a uv_timer, and iterates the context when either fires. Both handles are
 * unreferenced: the engine's pending work keeps the process alive only
 * while lib/ holds a reference (engine_loop_ref), which it does for each
 * WebAssembly compilation in flight, as Node keeps the loop alive for it. */
#include <glib.h>

#include "bindings.h"

#define ENGINE_LOOP_MAX_FDS 8

typedef struct {
    kiln_runtime *rt;
    GMainContext *context;
    uv_poll_t wakeup;
    uv_timer_t deadline;
    int wakeup_fd;
    int refs;
} engine_loop;

static void engine_loop_arm(engine_loop *l);

/* One GLib iteration that does not block: whatever is ready runs, then the
 * nextTick queue and promise jobs that work left behind. */
static void engine_loop_turn(engine_loop *l) {
    if (!g_main_context_acquire(l->context))
        return;
    gint priority;
    GPollFD fds[ENGINE_LOOP_MAX_FDS];
    g_main_context_prepare(l->context, &priority);
    gint timeout;
    gint n = g_main_context_query(l->context, priority, &timeout, fds, ENGINE_LOOP_MAX_FDS);
    if (n > ENGINE_LOOP_MAX_FDS)
        n = ENGINE_LOOP_MAX_FDS;
    g_poll(fds, (guint)n, 0);
    if (g_main_context_check(l->context, priority, fds, n)) {
        runtime_js_enter(l->rt);
        g_main_context_dispatch(l->context);
        runtime_js_leave(l->rt);
    }
    g_main_context_release(l->context);
    runtime_after_engine_work(l->rt);
    engine_loop_arm(l);
}

static void engine_loop_wakeup_cb(uv_poll_t *h, int status, int events) {
    engine_loop_turn(h->data);
}

static void engine_loop_deadline_cb(uv_timer_t *h) {
    engine_loop_turn(h->data);
}

/* Watches the wakeup descriptor and sets the timer to GLib's next
 * deadline (none when it has nothing timed). */
static void engine_loop_arm(engine_loop *l) {
    if (!g_main_context_acquire(l->context))
        return;
    gint priority;
    GPollFD fds[ENGINE_LOOP_MAX_FDS];
    gint timeout = -1;
    g_main_context_prepare(l->context, &priority);
    gint n = g_main_context_query(l->context, priority, &timeout, fds, ENGINE_LOOP_MAX_FDS);
    /* A query must be followed by a check; nothing is dispatched here. */
    for (gint i = 0; i < n && i < ENGINE_LOOP_MAX_FDS; i++)
        fds[i].revents = 0;
    g_main_context_check(l->context, priority, fds, n < ENGINE_LOOP_MAX_FDS ? n : ENGINE_LOOP_MAX_FDS);
    g_main_context_release(l->context);
    /* The context's own wakeup descriptor is the only one it has unless
     * something attached more; the first is enough to be woken. */
    if (l->wakeup_fd < 0 && n > 0) {
        l->wakeup_fd = fds[0].fd;
        CHECK(uv_poll_init(l->deadline.loop, &l->wakeup, l->wakeup_fd) == 0);
        l->wakeup.data = l;
        CHECK(uv_poll_start(&l->wakeup, UV_READABLE, engine_loop_wakeup_cb) == 0);
        if (l->refs == 0)
            uv_unref((uv_handle_t *)&l->wakeup);
    }
    if (timeout >= 0)
        uv_timer_start(&l->deadline, engine_loop_deadline_cb, (uint64_t)timeout, 0);
    else
        uv_timer_stop(&l->deadline);
}

static void engine_loop_free_cb(uv_handle_t *h) {
    free(h->data);
}

/* At kiln_destroy: close callbacks run in the order of the closes, so the
 * timer's, which frees the state, comes last. */
static void engine_loop_cleanup(kiln_runtime *rt, void *data) {
    engine_loop *l = data;
    if (l->wakeup_fd >= 0)
        uv_close((uv_handle_t *)&l->wakeup, NULL);
    uv_close((uv_handle_t *)&l->deadline, engine_loop_free_cb);
}

static engine_loop *engine_loop_get(kiln_runtime *rt) {
    return runtime_binding_state(rt, "engine_loop");
}

/* The context the engine's run loop will use, once per process. */
static GMainContext *engine_loop_context;

/* WTF's main thread (an exported C++ function; weak, so that an engine
 * build without it still links). Once the run loop turns, the engine's
 * garbage-collection timers fire on it, and they reach
 * WTF::MemoryPressureHandler, whose construction crashed when WTF did not
 * know which thread is the main one (it is this one, as for the engine's
 * run loop). WTF makes it once; a second call does nothing. */
extern void engine_wtf_initialize_main_thread(void) __asm__("_ZN3WTF20initializeMainThreadEv")
    __attribute__((weak));

void engine_loop_claim(void) {
    if (engine_loop_context)
        return;
    engine_loop_context = g_main_context_get_thread_default();
    if (!engine_loop_context) {
        engine_loop_context = g_main_context_new();
        g_main_context_push_thread_default(engine_loop_context);
    }
    if (engine_wtf_initialize_main_thread)
        engine_wtf_initialize_main_thread();
}

void engine_loop_start(kiln_runtime *rt, uv_loop_t *loop) {
    engine_loop *l = js_xmalloc(sizeof *l);
    memset(l, 0, sizeof *l);
    l->rt = rt;
    CHECK(engine_loop_context != NULL);
    l->context = engine_loop_context;
    l->wakeup_fd = -1;
    CHECK(uv_timer_init(loop, &l->deadline) == 0);
    l->deadline.data = l;
    uv_unref((uv_handle_t *)&l->deadline);
    runtime_set_binding_state(rt, "engine_loop", l, engine_loop_cleanup);
    engine_loop_arm(l);
}

/* ref(delta): while the count is above zero, the engine's pending work
 * keeps the event loop alive. */
static JS_FN(engine_loop_ref) {
    engine_loop *l = engine_loop_get(runtime_of(ctx));
    CHECK(l != NULL);
    int before = l->refs;
    l->refs += js_int(ctx, JS_ARG(0));
    if (l->refs < 0)
        l->refs = 0;
    uv_handle_t *h = (uv_handle_t *)&l->deadline;
    if (before == 0 && l->refs > 0) {
        uv_ref(h);
        if (l->wakeup_fd >= 0)
            uv_ref((uv_handle_t *)&l->wakeup);
    } else if (before > 0 && l->refs == 0) {
        uv_unref(h);
        if (l->wakeup_fd >= 0)
            uv_unref((uv_handle_t *)&l->wakeup);
    }
    return JSValueMakeUndefined(ctx);
}

JSObjectRef engine_loop_binding(JSContextRef ctx) {
    JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
    js_set_fn(ctx, b, "ref", engine_loop_ref);
    return b;
}
