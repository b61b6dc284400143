/* internalBinding('process_wrap'): the child process handle under
 * child_process.spawn. binding.create() makes a handle; its methods:
 *
 *   handle.spawn(file, args, env, cwd, stdio, detached, uid, gid)
 *       -> 0 or a libuv code. stdio[i] is undefined (ignore), a number (an
 *       fd the child inherits) or a Pipe handle (internalBinding('pipe'))
 *       the child's end of which is created. handle.pid is set on success.
 *   handle.kill(signal) -> 0 or a libuv code
 *   handle.ref(), unref(), hasRef(), close()
 *
 * Calls into JS through runtime_call: handle.onexit(exitStatus, termSignal)
 * once the child ends, handle.onclose() once the handle is closed. An open
 * handle's wrapper is protected; every handle still open at teardown is
 * closed there.
 *
 * Children start through fast_spawn.c (posix_spawn, watched by a pidfd)
 * where it can do what was asked, else through uv_spawn (uid/gid, and every
 * start that fails, so that errors are libuv's). */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fast_spawn.h"
#include "stream_wrap.h"

typedef struct process_wrap_s process_wrap_t;

typedef struct {
    process_wrap_t *open;  /* every handle not yet closed */
    bool exiting;          /* cleanup ran: the last close callback frees this */
} process_wrap_state_t;

struct process_wrap_s {
    union {
        uv_handle_t handle;
        uv_process_t proc;     /* started by uv_spawn */
        uv_poll_t poll;        /* started by posix_spawn: the child's pidfd */
    } u;
    bool fast;             /* posix_spawn: pid and pidfd below */
    bool exited;           /* fast: reaped, the pid may be someone else's now */
    pid_t pid;
    int pidfd;
    JSGlobalContextRef ctx;
    JSObjectRef wrapper;
    process_wrap_state_t *state;
    bool spawned;          /* the handle is initialized */
    process_wrap_t *next;
    process_wrap_t **prev;
    runtime_wrap_t link;   /* spawned: listed as an active handle until closed */
};

static JSClassRef process_wrap_class(void);

static void process_wrap_finalize(JSObjectRef obj) {
    /* Protected while open: only a closed handle can be collected. */
    process_wrap_t *w = JSObjectGetPrivate(obj);
    if (w) {
        /* Never spawned, so never protected nor listed. */
        CHECK(!w->spawned);
        free(w);
    }
}

static void process_wrap_call(JSContextRef ctx, JSObjectRef obj, const char *name, size_t argc,
                              const JSValueRef argv[]) {
    JSValueRef fn = js_get(ctx, obj, name);
    if (JSValueIsObject(ctx, fn))
        runtime_call(runtime_of(ctx), (JSObjectRef)fn, obj, argc, argv);
}

static void process_wrap_close_cb(uv_handle_t *h) {
    process_wrap_t *w = h->data;
    JSContextRef ctx = w->ctx;
    if (w->fast)
        close(w->pidfd);
    process_wrap_state_t *st = w->state;
    runtime_wrap_remove(&w->link);
    *w->prev = w->next;
    if (w->next)
        w->next->prev = w->prev;
    JSObjectRef wrapper = w->wrapper;
    free(w);
    if (st->exiting) {
        JSValueUnprotect(ctx, wrapper);
        if (!st->open)
            free(st);
        return;
    }
    process_wrap_call(ctx, wrapper, "onclose", 0, NULL);
    JSValueUnprotect(ctx, wrapper);
}

static void process_wrap_close(process_wrap_t *w) {
    CHECK(!uv_is_closing(&w->u.handle));
    JSObjectSetPrivate(w->wrapper, NULL);
    uv_close(&w->u.handle, process_wrap_close_cb);
}

static void process_wrap_exited(process_wrap_t *w, int64_t status, int signal) {
    if (w->state->exiting)
        return;
    JSValueRef args[2] = {JSValueMakeNumber(w->ctx, (double)status), JSValueMakeNumber(w->ctx, signal)};
    process_wrap_call(w->ctx, w->wrapper, "onexit", 2, args);
}

static void process_wrap_exit_cb(uv_process_t *proc, int64_t status, int signal) {
    process_wrap_exited(proc->data, status, signal);
}

/* The pidfd became readable: the child ended (or the poll failed). */
static void process_wrap_pidfd_cb(uv_poll_t *poll, int status, int events) {
    process_wrap_t *w = poll->data;
    int64_t code;
    int signal;
    if (!fast_spawn_reap(w->pid, status, &code, &signal))
        return; /* not yet */
    uv_poll_stop(&w->u.poll);
    w->exited = true;
    process_wrap_exited(w, code, signal);
}

static process_wrap_t *process_wrap_of(JSContextRef ctx, JSValueRef v) {
    CHECK(JSValueIsObjectOfClass(ctx, v, process_wrap_class()));
    return JSObjectGetPrivate((JSObjectRef)v);
}

/* handle.spawn(file, args, env, cwd, stdio, detached, uid, gid) -> 0 or a
 * libuv code. */
static JS_FN(process_wrap_spawn) {
    BINDING_CHECK_THIS(process_wrap_class());
    process_wrap_t *w = process_wrap_of(ctx, self);
    if (!w || w->spawned)
        return JSValueMakeNumber(ctx, UV_EINVAL);
    int r = 0;
    bool ok;
    char **args = NULL, **env = NULL;
    uv_stdio_container_t *stdio = NULL;
    fast_spawn_stdio_t *fast_stdio = NULL;
    js_cstr file, cwd;
    bool has_cwd = JSValueIsString(ctx, JS_ARG(3));
    if (!js_cstr_get(ctx, JS_ARG(0), &file, exc))
        return NULL;
    JSValueRef result = NULL;
    if (has_cwd && !js_cstr_get(ctx, JS_ARG(3), &cwd, exc))
        goto out_file;
    args = js_string_list(ctx, JS_ARG(1), exc, &ok);
    if (!ok)
        goto out_cwd;
    env = js_string_list(ctx, JS_ARG(2), exc, &ok);
    if (!ok)
        goto out_args;

    size_t n = 0;
    JSObjectRef stdio_arr = NULL;
    if (JSValueIsObject(ctx, JS_ARG(4))) {
        stdio_arr = (JSObjectRef)JS_ARG(4);
        n = (size_t)js_num(ctx, js_get(ctx, stdio_arr, "length"));
    }
    stdio = js_xmalloc((n ? n : 1) * sizeof *stdio);
    fast_stdio = js_xmalloc((n ? n : 1) * sizeof *fast_stdio);
    for (size_t i = 0; i < n; i++) {
        JSValueRef spec = JSObjectGetPropertyAtIndex(ctx, stdio_arr, (unsigned)i, NULL);
        fast_stdio[i].kind = FAST_SPAWN_IGNORE;
        if (JSValueIsNumber(ctx, spec)) {
            stdio[i].flags = UV_INHERIT_FD;
            stdio[i].data.fd = js_int(ctx, spec);
            fast_stdio[i].kind = FAST_SPAWN_INHERIT;
            fast_stdio[i].fd = stdio[i].data.fd;
        } else if (JSValueIsObjectOfClass(ctx, spec, pipe_class())) {
            stream_wrap_t *p = stream_wrap_of(ctx, spec, STREAM_WRAP_PIPE);
            if (!p) {
                r = UV_EBADF;
                goto out_env;
            }
            stdio[i].flags = UV_CREATE_PIPE | UV_READABLE_PIPE | UV_WRITABLE_PIPE;
            stdio[i].data.stream = &p->u.stream;
            fast_stdio[i].kind = FAST_SPAWN_PIPE;
            fast_stdio[i].pipe = &p->u.pipe;
        } else {
            stdio[i].flags = UV_IGNORE;
        }
    }

    uv_process_options_t opts;
    memset(&opts, 0, sizeof opts);
    opts.file = file.s;
    opts.args = args;
    opts.env = env;
    opts.cwd = has_cwd ? cwd.s : NULL;
    opts.stdio = stdio;
    opts.stdio_count = (int)n;
    opts.exit_cb = process_wrap_exit_cb;
    if (JSValueToBoolean(ctx, JS_ARG(5)))
        opts.flags |= UV_PROCESS_DETACHED;
    if (JSValueIsNumber(ctx, JS_ARG(6))) {
        opts.flags |= UV_PROCESS_SETUID;
        opts.uid = (uv_uid_t)js_num(ctx, JS_ARG(6));
    }
    if (JSValueIsNumber(ctx, JS_ARG(7))) {
        opts.flags |= UV_PROCESS_SETGID;
        opts.gid = (uv_gid_t)js_num(ctx, JS_ARG(7));
    }

    /* From here the handle is initialized, failed or not: it is listed and
     * its wrapper protected until it is closed. */
    bool ids = opts.flags & (UV_PROCESS_SETUID | UV_PROCESS_SETGID);
    if (!ids && fast_spawn(runtime_loop(ctx), &w->u.poll, process_wrap_pidfd_cb, file.s, args, env, opts.cwd,
                           fast_stdio, n, opts.flags & UV_PROCESS_DETACHED, &w->pid, &w->pidfd) == 0) {
        w->u.poll.data = w;
        w->fast = true;
        r = 0;
    } else {
        w->u.proc.data = w;
        r = uv_spawn(runtime_loop(ctx), &w->u.proc, &opts);
    }
    w->spawned = true;
    JSValueProtect(ctx, w->wrapper);
    runtime_wrap_add(ctx, &w->link, "ProcessWrap", &w->u.handle, w->wrapper);
    process_wrap_state_t *st = w->state;
    w->next = st->open;
    if (w->next)
        w->next->prev = &w->next;
    w->prev = &st->open;
    st->open = w;
    if (r == 0)
        js_set_num(ctx, w->wrapper, "pid", w->fast ? w->pid : w->u.proc.pid);

out_env:
    result = JSValueMakeNumber(ctx, r);
    free(stdio);
    free(fast_stdio);
    js_string_list_free(env);
out_args:
    js_string_list_free(args);
out_cwd:
    if (has_cwd)
        js_cstr_free(&cwd);
out_file:
    js_cstr_free(&file);
    return result;
}

/* handle.kill(signal) -> 0 or a libuv code. */
static JS_FN(process_wrap_kill) {
    BINDING_CHECK_THIS(process_wrap_class());
    process_wrap_t *w = process_wrap_of(ctx, self);
    if (!w || !w->spawned)
        return JSValueMakeNumber(ctx, UV_EBADF);
    int sig = js_int(ctx, JS_ARG(0));
    if (!w->fast)
        return JSValueMakeNumber(ctx, uv_process_kill(&w->u.proc, sig));
    if (w->exited)
        return JSValueMakeNumber(ctx, UV_ESRCH);
    return JSValueMakeNumber(ctx, kill(w->pid, sig) == 0 ? 0 : uv_translate_sys_error(errno));
}

static JS_FN(process_wrap_close_fn) {
    BINDING_CHECK_THIS(process_wrap_class());
    process_wrap_t *w = process_wrap_of(ctx, self);
    if (w && w->spawned && !uv_is_closing(&w->u.handle)) {
        JSValueRef cb = JS_ARG(0);
        if (JSValueIsObject(ctx, cb))
            js_set(ctx, w->wrapper, "onclose", cb);
        process_wrap_close(w);
    }
    return JSValueMakeUndefined(ctx);
}

static JS_FN(process_wrap_ref) {
    BINDING_CHECK_THIS(process_wrap_class());
    process_wrap_t *w = process_wrap_of(ctx, self);
    if (w && w->spawned)
        uv_ref(&w->u.handle);
    return JSValueMakeUndefined(ctx);
}

static JS_FN(process_wrap_unref) {
    BINDING_CHECK_THIS(process_wrap_class());
    process_wrap_t *w = process_wrap_of(ctx, self);
    if (w && w->spawned)
        uv_unref(&w->u.handle);
    return JSValueMakeUndefined(ctx);
}

static JS_FN(process_wrap_has_ref) {
    BINDING_CHECK_THIS(process_wrap_class());
    process_wrap_t *w = process_wrap_of(ctx, self);
    return JSValueMakeBoolean(ctx, w && w->spawned && uv_has_ref(&w->u.handle));
}

static const JSStaticFunction process_wrap_methods[] = {
    {"spawn", process_wrap_spawn, kJSPropertyAttributeDontEnum},
    {"kill", process_wrap_kill, kJSPropertyAttributeDontEnum},
    {"close", process_wrap_close_fn, kJSPropertyAttributeDontEnum},
    {"ref", process_wrap_ref, kJSPropertyAttributeDontEnum},
    {"unref", process_wrap_unref, kJSPropertyAttributeDontEnum},
    {"hasRef", process_wrap_has_ref, kJSPropertyAttributeDontEnum},
    {NULL, NULL, 0},
};

static JSClassRef process_wrap_class(void) {
    static JSClassRef cls;
    if (!cls) {
        JSClassDefinition def = kJSClassDefinitionEmpty;
        def.className = "Process";
        def.staticFunctions = process_wrap_methods;
        def.finalize = process_wrap_finalize;
        cls = JSClassCreate(&def);
    }
    return cls;
}

/* binding.create() -> a new, not yet spawned process handle. */
static JS_FN(process_wrap_create) {
    process_wrap_t *w = js_xmalloc(sizeof *w);
    memset(w, 0, sizeof *w);
    w->u.handle.data = w;
    w->ctx = JSContextGetGlobalContext(ctx);
    w->state = runtime_binding_state(runtime_of(ctx), "process_wrap");
    w->wrapper = JSObjectMake(ctx, process_wrap_class(), w);
    return w->wrapper;
}

static void process_wrap_cleanup(kiln_runtime *rt, void *data) {
    process_wrap_state_t *st = data;
    st->exiting = true;
    if (!st->open) {
        free(st);
        return;
    }
    for (process_wrap_t *w = st->open; w; w = w->next)
        if (!uv_is_closing(&w->u.handle))
            process_wrap_close(w);
}

JSObjectRef process_wrap_binding(JSContextRef ctx) {
    process_wrap_state_t *st = calloc(1, sizeof *st);
    CHECK(st != NULL);
    runtime_set_binding_state(runtime_of(ctx), "process_wrap", st, process_wrap_cleanup);
    JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
    js_set_fn(ctx, b, "create", process_wrap_create);
    return b;
}
