/* internalBinding('signal_wrap'): a uv_signal_t per signal a program
 * listens for (process.on('SIGINT', ...)).
 *
 * binding.create() -> handle; h.start(signum) -> 0 or a libuv code;
 * h.stop(); h.close(); h.unref(). On a signal the runtime calls
 * h.onsignal(signum). The handle's wrapper is protected from creation
 * until its close callback; handles still open when the runtime ends are
 * closed then.
 *
 * binding.traceSigint(format) and traceSigint(null): --trace-sigint and
 * util.setTraceSigInt(). While on, SIGINT prints where the program was
 * and then ends it as the signal would: "KEYBOARD_INTERRUPT: ..." and, if
 * JavaScript was running, its stack (format() returns the frames), as
 * Node's watchdog does. A SIGINT handler that was there before (libuv's,
 * for a program's own process.on('SIGINT') listener) takes the signal
 * instead; so does one installed after. JavaScript is interrupted through
 * the engine's watchdog (JSContextGroupSetExecutionTimeLimit, exported but
 * not in the installed headers): its callback runs on the JavaScript
 * thread every kTraceSigintSlice of CPU time the running code takes, and
 * acts only once the signal has come. When no JavaScript runs, the loop
 * hears of it through a uv_async_t. */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bindings.h"

typedef bool (*signal_wrap_terminate_cb)(JSContextRef ctx, void *data);
extern __attribute__((weak)) void JSContextGroupSetExecutionTimeLimit(JSContextGroupRef group, double limit,
                                                                      signal_wrap_terminate_cb callback, void *data);
extern __attribute__((weak)) void JSContextGroupClearExecutionTimeLimit(JSContextGroupRef group);

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

/* ---- --trace-sigint ------------------------------------------------------------ */

static const double kTraceSigintSlice = 0.05; /* seconds of CPU time between checks */
static const char kTraceSigintHeader[] = "KEYBOARD_INTERRUPT: Script execution was interrupted by `SIGINT`\n";

/* Process-wide: there is one SIGINT disposition. Only the main thread's
 * runtime turns it on (lib/ refuses it in workers). */
static struct {
    volatile sig_atomic_t pending; /* a SIGINT came and was not reported yet */
    volatile sig_atomic_t on;
    struct sigaction previous;     /* the disposition before ours */
    uv_async_t *async;             /* wakes the loop for an idle report */
    JSGlobalContextRef ctx;
    JSObjectRef format;            /* () -> the frames of the running code */
} trace_sigint;

static void trace_sigint_write(const char *text, size_t len) {
    while (len > 0) {
        ssize_t n = write(STDERR_FILENO, text, len);
        if (n <= 0)
            return;
        text += n;
        len -= (size_t)n;
    }
}

/* Ends the process as SIGINT's default action does. */
static void trace_sigint_die(void) {
    struct sigaction dfl;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(SIGINT, &dfl, NULL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    raise(SIGINT);
    _exit(128 + SIGINT);
}

static void trace_sigint_handler(int signum) {
    if (!trace_sigint.on)
        return;
    void (*prev)(int) = trace_sigint.previous.sa_handler;
    if ((trace_sigint.previous.sa_flags & SA_SIGINFO) == 0 && prev == SIG_IGN)
        return;
    if ((trace_sigint.previous.sa_flags & SA_SIGINFO) != 0 || prev != SIG_DFL) {
        /* Someone else's handler (a listener of the program's): theirs. */
        if (trace_sigint.previous.sa_flags & SA_SIGINFO) {
            siginfo_t info;
            memset(&info, 0, sizeof info);
            info.si_signo = signum;
            trace_sigint.previous.sa_sigaction(signum, &info, NULL);
        } else {
            prev(signum);
        }
        return;
    }
    trace_sigint.pending = 1;
    uv_async_send(trace_sigint.async);
}

/* The engine's watchdog, on the JavaScript thread: report and end when the
 * signal has come; otherwise let the code run another slice. */
static bool trace_sigint_check(JSContextRef ctx, void *data) {
    if (!trace_sigint.on)
        return false;
    if (!trace_sigint.pending) {
        /* Another slice: the engine re-arms its timer only when the limit
         * is set again (a callback that just returns false is not called
         * any more). */
        JSContextGroupSetExecutionTimeLimit(JSContextGetGroup(ctx), kTraceSigintSlice, trace_sigint_check, NULL);
        return false;
    }
    trace_sigint.pending = 0;
    trace_sigint_write(kTraceSigintHeader, sizeof kTraceSigintHeader - 1);
    JSValueRef e = NULL;
    JSValueRef frames = trace_sigint.format ? JSObjectCallAsFunction(ctx, trace_sigint.format, NULL, 0, NULL, &e) : NULL;
    if (frames && !e && JSValueIsString(ctx, frames)) {
        js_cstr text;
        if (js_cstr_get(ctx, frames, &text, &e)) {
            trace_sigint_write(text.s, strlen(text.s));
            trace_sigint_write("\n\n", 2);
            js_cstr_free(&text);
        }
    }
    trace_sigint_die();
    return true;
}

/* The loop, when the signal came while no JavaScript ran (or the code
 * returned before the watchdog's next look). */
static void trace_sigint_async_cb(uv_async_t *h) {
    if (!trace_sigint.pending || !trace_sigint.on)
        return;
    trace_sigint.pending = 0;
    trace_sigint_write(kTraceSigintHeader, sizeof kTraceSigintHeader - 1);
    trace_sigint_die();
}

static void trace_sigint_async_close_cb(uv_handle_t *h) {
    free(h);
}

static void trace_sigint_off(void) {
    if (!trace_sigint.on)
        return;
    trace_sigint.on = 0;
    /* Ours back to what was there, unless another handler replaced it since. */
    struct sigaction now;
    if (sigaction(SIGINT, NULL, &now) == 0 && (now.sa_flags & SA_SIGINFO) == 0 && now.sa_handler == trace_sigint_handler)
        sigaction(SIGINT, &trace_sigint.previous, NULL);
    if (JSContextGroupClearExecutionTimeLimit)
        JSContextGroupClearExecutionTimeLimit(JSContextGetGroup(trace_sigint.ctx));
    if (trace_sigint.format)
        JSValueUnprotect(trace_sigint.ctx, trace_sigint.format);
    trace_sigint.format = NULL;
    uv_close((uv_handle_t *)trace_sigint.async, trace_sigint_async_close_cb);
    trace_sigint.async = NULL;
    trace_sigint.pending = 0;
}

static void trace_sigint_cleanup(kiln_runtime *rt, void *data) {
    trace_sigint_off();
}

/* binding.traceSigint(format) turns it on (or replaces format),
 * traceSigint(null) off. Returns whether the engine can interrupt running
 * code (without its watchdog only the idle report is made). */
static JS_FN(signal_wrap_trace_sigint) {
    JSValueRef arg = argc > 0 ? argv[0] : JSValueMakeUndefined(ctx);
    kiln_runtime *rt = runtime_of(ctx);
    if (!JSValueIsObject(ctx, arg) || !JSObjectIsFunction(ctx, (JSObjectRef)arg)) {
        trace_sigint_off();
        return JSValueMakeBoolean(ctx, false);
    }
    bool engine = JSContextGroupSetExecutionTimeLimit && JSContextGroupClearExecutionTimeLimit;
    if (trace_sigint.on) {
        JSValueProtect(ctx, arg);
        JSValueUnprotect(ctx, trace_sigint.format);
        trace_sigint.format = (JSObjectRef)arg;
        return JSValueMakeBoolean(ctx, engine);
    }
    if (!runtime_find_binding_state(rt, "trace_sigint"))
        runtime_set_binding_state(rt, "trace_sigint", &trace_sigint, trace_sigint_cleanup);
    trace_sigint.ctx = JSContextGetGlobalContext(ctx);
    trace_sigint.format = (JSObjectRef)arg;
    JSValueProtect(ctx, arg);
    trace_sigint.async = malloc(sizeof *trace_sigint.async);
    CHECK(trace_sigint.async != NULL);
    CHECK(uv_async_init(runtime_loop(ctx), trace_sigint.async, trace_sigint_async_cb) == 0);
    uv_unref((uv_handle_t *)trace_sigint.async);
    trace_sigint.pending = 0;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = trace_sigint_handler;
    sa.sa_flags = SA_RESTART;
    sigemptyset(&sa.sa_mask);
    CHECK(sigaction(SIGINT, &sa, &trace_sigint.previous) == 0);
    trace_sigint.on = 1;
    if (engine)
        JSContextGroupSetExecutionTimeLimit(JSContextGetGroup(ctx), kTraceSigintSlice, trace_sigint_check, NULL);
    return JSValueMakeBoolean(ctx, engine);
}

JSObjectRef signal_wrap_binding(JSContextRef ctx) {
    JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
    js_set_fn(ctx, b, "create", signal_wrap_create);
    js_set_fn(ctx, b, "traceSigint", signal_wrap_trace_sigint);
    return b;
}
