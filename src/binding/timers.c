/* internalBinding('timers'): one uv timer for all JS timers, and the check
 * and idle handles that run immediates.
 *
 * As in Node, lib/internal/timers.js keeps the timers (lists per duration,
 * a heap of lists by expiry); C only holds the single uv_timer_t set to the
 * earliest expiry. Every callback is its own call from C (processTimers and
 * processImmediate each run one callback and return), because the engine
 * drains promise jobs only when a call from C returns, and Node runs them
 * between any two timer or immediate callbacks. */
#include <math.h>
#include <stdlib.h>

#include "bindings.h"

typedef struct {
    uv_timer_t timer;
    uv_check_t check;
    uv_idle_t idle;
    kiln_runtime *rt;
    JSGlobalContextRef ctx;
    JSObjectRef binding; /* protected: holds processTimers, processImmediate */
    int32_t *immediate_info; /* [count, refCount] shared with JS */
    int closing;
} timers_state_t;

enum { TIMERS_IMMEDIATE_COUNT = 0, TIMERS_IMMEDIATE_REF_COUNT = 1 };

static timers_state_t *timers_state(JSContextRef ctx) {
    return runtime_binding_state(runtime_of(ctx), "timers");
}

static JSValueRef timers_call(timers_state_t *st, const char *name, size_t argc,
                              const JSValueRef argv[]) {
    JSObjectRef fn = (JSObjectRef)js_get(st->ctx, st->binding, name);
    return runtime_call(st->rt, fn, st->binding, argc, argv);
}

static void timers_timer_cb(uv_timer_t *handle) {
    timers_state_t *st = handle->data;
    JSContextRef ctx = st->ctx;
    JSValueRef r;
    /* processTimers(now) runs one due timer and returns true, or returns
     * the next expiry when none is due: 0 for none, negative when no
     * remaining timer is ref'd. undefined means the callback threw (and was
     * reported): there may be more. */
    for (;;) {
        JSValueRef now = JSValueMakeNumber(ctx, (double)uv_now(handle->loop));
        r = timers_call(st, "processTimers", 1, &now);
        if (st->closing)
            return;
        if (r && JSValueIsNumber(ctx, r))
            break;
    }
    double next = JSValueToNumber(ctx, r, NULL);
    if (next == 0 || next != next)
        return;
    double abs_next = fabs(next);
    double now = (double)uv_now(handle->loop);
    double wait = abs_next - now;
    CHECK(uv_timer_start(&st->timer, timers_timer_cb, wait > 1 ? (uint64_t)wait : 1, 0) == 0);
    if (next > 0)
        uv_ref((uv_handle_t *)&st->timer);
    else
        uv_unref((uv_handle_t *)&st->timer);
}

static void timers_check_cb(uv_check_t *handle) {
    timers_state_t *st = handle->data;
    if (st->immediate_info[TIMERS_IMMEDIATE_COUNT] == 0)
        return;
    /* processImmediate() runs one immediate of this turn's batch and returns
     * true while more of the batch remain. */
    for (;;) {
        JSValueRef r = timers_call(st, "processImmediate", 0, NULL);
        if (st->closing)
            return;
        if (r && JSValueIsBoolean(st->ctx, r) && !JSValueToBoolean(st->ctx, r))
            break;
    }
    if (st->immediate_info[TIMERS_IMMEDIATE_REF_COUNT] == 0)
        uv_idle_stop(&st->idle);
}

static void timers_idle_cb(uv_idle_t *handle) {
    /* Only there to keep the loop from blocking in poll while immediates
     * are pending. */
}

/* binding.scheduleTimer(ms): (re)arms the one uv timer. */
static JS_FN(timers_schedule_timer) {
    timers_state_t *st = timers_state(ctx);
    double ms = JSValueToNumber(ctx, JS_ARG(0), NULL);
    CHECK(uv_timer_start(&st->timer, timers_timer_cb, ms >= 1 ? (uint64_t)ms : 1, 0) == 0);
    return JSValueMakeUndefined(ctx);
}

/* binding.toggleTimerRef(bool): whether pending timers keep the loop alive. */
static JS_FN(timers_toggle_timer_ref) {
    timers_state_t *st = timers_state(ctx);
    if (JSValueToBoolean(ctx, JS_ARG(0)))
        uv_ref((uv_handle_t *)&st->timer);
    else
        uv_unref((uv_handle_t *)&st->timer);
    return JSValueMakeUndefined(ctx);
}

/* binding.toggleImmediateRef(bool): ref'd immediates keep the loop alive
 * and stop it from blocking. */
static JS_FN(timers_toggle_immediate_ref) {
    timers_state_t *st = timers_state(ctx);
    if (JSValueToBoolean(ctx, JS_ARG(0)))
        CHECK(uv_idle_start(&st->idle, timers_idle_cb) == 0);
    else
        uv_idle_stop(&st->idle);
    return JSValueMakeUndefined(ctx);
}

/* binding.getLibuvNow() -> the loop's time in ms, as timers count it,
 * brought up to date first: the loop's cached time is from its last turn
 * (or from its creation, before the main script ran), and a timer counted
 * from a stale start would fire early. */
static JS_FN(timers_get_libuv_now) {
    uv_loop_t *loop = runtime_loop(ctx);
    uv_update_time(loop);
    return JSValueMakeNumber(ctx, (double)uv_now(loop));
}

/* binding.getLoopIdleTime() -> ms the loop has spent blocked in the poll
 * phase, for performance.eventLoopUtilization(). Zero unless the runtime
 * configured the loop with UV_METRICS_IDLE_TIME. */
static JS_FN(timers_get_loop_idle_time) {
    return JSValueMakeNumber(ctx, (double)uv_metrics_idle_time(runtime_loop(ctx)) / 1e6);
}

static void timers_free_cb(uv_handle_t *h) {
    timers_state_t *st = h->data;
    /* The last of the three handles to close frees the state. */
    if (++st->closing == 4)
        free(st);
}

static void timers_cleanup(kiln_runtime *rt, void *data) {
    timers_state_t *st = data;
    JSValueUnprotect(st->ctx, st->binding);
    st->closing = 1;
    uv_close((uv_handle_t *)&st->timer, timers_free_cb);
    uv_close((uv_handle_t *)&st->check, timers_free_cb);
    uv_close((uv_handle_t *)&st->idle, timers_free_cb);
}

JSObjectRef timers_binding(JSContextRef ctx) {
    kiln_runtime *rt = runtime_of(ctx);
    uv_loop_t *loop = runtime_loop(ctx);
    timers_state_t *st = js_xmalloc(sizeof *st);
    st->rt = rt;
    st->ctx = JSContextGetGlobalContext(ctx);
    st->closing = 0;
    CHECK(uv_timer_init(loop, &st->timer) == 0);
    CHECK(uv_check_init(loop, &st->check) == 0);
    CHECK(uv_idle_init(loop, &st->idle) == 0);
    st->timer.data = st->check.data = st->idle.data = st;
    CHECK(uv_check_start(&st->check, timers_check_cb) == 0);
    uv_unref((uv_handle_t *)&st->check);

    JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
    st->binding = b;
    JSValueProtect(ctx, b);
    js_set_fn(ctx, b, "scheduleTimer", timers_schedule_timer);
    js_set_fn(ctx, b, "toggleTimerRef", timers_toggle_timer_ref);
    js_set_fn(ctx, b, "toggleImmediateRef", timers_toggle_immediate_ref);
    js_set_fn(ctx, b, "getLibuvNow", timers_get_libuv_now);
    js_set_fn(ctx, b, "getLoopIdleTime", timers_get_loop_idle_time);
    JSValueRef exc = NULL;
    JSObjectRef info = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeInt32Array, 2, &exc);
    CHECK(info != NULL);
    st->immediate_info = JSObjectGetTypedArrayBytesPtr(ctx, info, &exc);
    CHECK(st->immediate_info != NULL);
    js_set(ctx, b, "immediateInfo", info);
    runtime_set_binding_state(rt, "timers", st, timers_cleanup);
    return b;
}
