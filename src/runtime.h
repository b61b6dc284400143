/* The runtime: one JSC global context and one uv loop, the boot of lib/, and
 * the single path by which C calls into JS. */
#ifndef KILN_RUNTIME_H
#define KILN_RUNTIME_H

#include <uv.h>

#include "../include/kiln.h"
#include "js.h"

/* A builtin module's source, embedded at build time (build/gen/builtins.c). */
typedef struct {
    const char *id;          /* "fs", "internal/errors" */
    const char *source;      /* ASCII, NUL-terminated, wrapped as a function or a program (but bootstrap) */
    size_t len;              /* in bytes, without the NUL */
    int program;             /* stored as a program, not a function (tools/js2c.c) */
} runtime_builtin_t;

extern const runtime_builtin_t runtime_builtins[];
extern const size_t runtime_builtins_count;

/* A native binding: builds the object internalBinding(name) returns. */
typedef JSObjectRef (*runtime_binding_init)(JSContextRef ctx);

kiln_runtime *runtime_of(JSContextRef ctx);
uv_loop_t *runtime_loop(JSContextRef ctx);

/* When the runtime reached each stage of its start, in uv_hrtime()
 * nanoseconds (0 until reached), for performance.timeOrigin and nodeTiming. */
enum {
    RUNTIME_MS_ORIGIN,      /* the process's start (its libraries loaded) */
    RUNTIME_MS_START,       /* kiln_create */
    RUNTIME_MS_ENGINE,      /* the engine's context being made */
    RUNTIME_MS_ENVIRONMENT, /* the context made, before the JS bootstrap */
    RUNTIME_MS_BOOTSTRAP,   /* the bootstrap done */
    RUNTIME_MS_LOOP_START,  /* the event loop first run */
    RUNTIME_MS_LOOP_EXIT,   /* the event loop done */
    RUNTIME_MILESTONES
};
const double *runtime_milestones(kiln_runtime *rt);

/* Calls fn(self, ...argv) from the event loop: through the JS trampoline,
 * which routes an escaping exception to 'uncaughtException', then drains the
 * nextTick queue (and with it, promise jobs) until it is empty. Returns the
 * callback's result, or NULL if it threw. */
JSValueRef runtime_call(kiln_runtime *rt, JSObjectRef fn, JSObjectRef self,
                        size_t argc, const JSValueRef argv[]);

/* The engine's lock held from a libuv callback to the end of the loop's
 * poll phase (see runtime.c): true when held (false where the engine
 * cannot run promise jobs on request). A callback that takes it makes its
 * API calls without taking the lock each time; it calls JS only through
 * runtime_call and friends, and ends with runtime_after_engine_work if it
 * called JS directly. The loop lets go at its check phase and before it
 * waits (runtime.c). */
bool runtime_loop_hold(kiln_runtime *rt);
/* Around a call into JS from a callback made otherwise than through
 * runtime_call (the HTTP parser's, the engine's run loop): while JS is on
 * the stack, nothing runs promise jobs. */
void runtime_js_enter(kiln_runtime *rt);
void runtime_js_leave(kiln_runtime *rt);

/* For a caller that holds the engine's lock across calls into JS from the
 * event loop: runtime_call without the loop over ticks and rejections
 * after it (the callback hook runs the nextTick queue and the promise jobs
 * before it returns). The caller ends with runtime_after_engine_work:
 * Node's order, ticks, then promise jobs, then rejections. */
JSValueRef runtime_call_held(kiln_runtime *rt, JSObjectRef fn, JSObjectRef self,
                             size_t argc, const JSValueRef argv[]);

/* Evaluates a complete script with its file name for stack traces. */
JSValueRef runtime_eval(JSContextRef ctx, JSStringRef code, const char *url,
                        JSValueRef *exc);

/* State a binding keeps per runtime (its handles), by the binding's name.
 * cleanup runs in kiln_destroy before the loop's last run: it closes the
 * handles, whose close callbacks free the state. */
typedef void (*runtime_cleanup_fn)(kiln_runtime *rt, void *data);
void runtime_set_binding_state(kiln_runtime *rt, const char *name, void *data,
                               runtime_cleanup_fn cleanup);
void *runtime_binding_state(kiln_runtime *rt, const char *name);

/* After the engine ran JavaScript from its own run loop (src/engine_loop.c):
 * the nextTick queue and promise rejections, as after any callback. */
void runtime_after_engine_work(kiln_runtime *rt);

/* Drives the engine's run loop from libuv (src/binding/engine_loop.c):
 * claim before the first engine context is made, start after boot. */
void engine_loop_claim(void);
void engine_loop_start(kiln_runtime *rt, uv_loop_t *loop);
/* The same, or NULL when the binding set none yet. */
void *runtime_find_binding_state(kiln_runtime *rt, const char *name);

/* What keeps the event loop alive, in Node's terms, for
 * process.getActiveResourcesInfo(), _getActiveHandles() and
 * _getActiveRequests(): a handle's wrapper is listed from its creation
 * until its close callback, a request's object from its start until its
 * completion callback has run, each under the name Node gives it. A
 * binding embeds the link in its handle or request and adds it once it
 * has the JS object; removing a link that is in no list (removed before,
 * or never added in zeroed memory) is a no-op. */
typedef struct runtime_wrap_s runtime_wrap_t;
struct runtime_wrap_s {
    const char *name;          /* "TCPSocketWrap", ...; NULL: the object's class names it */
    const uv_handle_t *handle; /* a handle's (its ref state counts); NULL for a request */
    JSObjectRef object;        /* the handle's wrapper, the request's object */
    runtime_wrap_t *prev, *next; /* NULL while in no list */
};
void runtime_wrap_add(JSContextRef ctx, runtime_wrap_t *w, const char *name, const uv_handle_t *handle,
                      JSObjectRef object);
void runtime_wrap_remove(runtime_wrap_t *w);
/* [object, name, object, name, ...]: the pending requests, or the handles
 * that hold the loop open (ref'd), oldest first. */
JSObjectRef runtime_active_wraps(JSContextRef ctx, bool requests, JSValueRef *exc);

/* Flushes and ends the process with code (process.reallyExit). */
_Noreturn void runtime_exit(kiln_runtime *rt, int code);

#endif
