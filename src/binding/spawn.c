/* internalBinding('spawn_sync'): child_process.spawnSync. The child runs on
 * a private uv loop, so nothing of the main loop moves while it runs: its
 * piped output is collected in memory, its input written from a buffer,
 * with the timeout and maxBuffer limits enforced by killing it. The child
 * starts as spawn()'s do (fast_spawn.c, else uv_spawn). */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bindings.h"
#include "fast_spawn.h"

typedef struct {
    uv_pipe_t pipe;
    char *data;
    size_t len, cap;
    struct spawn_sync *owner;
    bool used;
} spawn_pipe_t;

typedef struct spawn_sync {
    uv_loop_t loop;
    union {
        uv_process_t proc;
        uv_poll_t poll; /* fast: the child's pidfd */
    } child;
    bool fast;
    pid_t pid;
    int pidfd;
    uv_timer_t timer;
    spawn_pipe_t pipes[3];
    uv_write_t write_req;
    uv_buf_t input;
    double max_buffer;   /* bytes per output stream; <0 for no limit */
    int kill_signal;
    int64_t exit_status;
    int term_signal;
    int error;           /* ETIMEDOUT or ENOBUFS once the child was killed */
    bool exited;
    bool killed;
} spawn_sync_t;

/* Kills the child for a limit, and closes our ends of its pipes: its own
 * children may hold the other ends open and would block writing to a pipe
 * nobody reads, where a closed one gives them EPIPE. */
static void spawn_kill(spawn_sync_t *s, int error) {
    if (!s->error)
        s->error = error;
    if (!s->killed && !s->exited) {
        s->killed = true;
        if (s->fast)
            kill(s->pid, s->kill_signal);
        else
            uv_process_kill(&s->child.proc, s->kill_signal);
    }
    for (int i = 0; i < 3; i++) {
        uv_handle_t *h = (uv_handle_t *)&s->pipes[i].pipe;
        if (s->pipes[i].used && !uv_is_closing(h))
            uv_close(h, NULL);
    }
}

static void spawn_alloc_cb(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
    spawn_pipe_t *p = h->data;
    if (p->cap - p->len < suggested) {
        size_t cap = p->cap ? p->cap * 2 : 65536;
        while (cap - p->len < suggested)
            cap *= 2;
        p->data = js_xrealloc(p->data, cap);
        p->cap = cap;
    }
    *buf = uv_buf_init(p->data + p->len, (unsigned)(p->cap - p->len));
}

static void spawn_read_cb(uv_stream_t *st, ssize_t n, const uv_buf_t *buf) {
    spawn_pipe_t *p = st->data;
    if (n > 0) {
        p->len += (size_t)n;
        if (p->owner->max_buffer >= 0 && (double)p->len > p->owner->max_buffer)
            spawn_kill(p->owner, UV_ENOBUFS);
    } else if (n < 0) {
        uv_read_stop(st);
        if (!uv_is_closing((uv_handle_t *)st))
            uv_close((uv_handle_t *)st, NULL);
    }
}

static void spawn_write_cb(uv_write_t *req, int status) {
    spawn_sync_t *s = req->data;
    uv_close((uv_handle_t *)&s->pipes[0].pipe, NULL);
}

static void spawn_exited(spawn_sync_t *s, uv_handle_t *h, int64_t status, int signal) {
    s->exited = true;
    s->exit_status = status;
    s->term_signal = signal;
    uv_close(h, NULL);
    if (uv_is_active((uv_handle_t *)&s->timer))
        uv_timer_stop(&s->timer);
    if (!uv_is_closing((uv_handle_t *)&s->timer))
        uv_close((uv_handle_t *)&s->timer, NULL);
}

static void spawn_exit_cb(uv_process_t *proc, int64_t status, int signal) {
    spawn_exited(proc->data, (uv_handle_t *)proc, status, signal);
}

static void spawn_pidfd_cb(uv_poll_t *poll, int status, int events) {
    spawn_sync_t *s = poll->data;
    int64_t code;
    int signal;
    if (fast_spawn_reap(s->pid, status, &code, &signal))
        spawn_exited(s, (uv_handle_t *)poll, code, signal);
}

static void spawn_timeout_cb(uv_timer_t *t) {
    spawn_kill(t->data, UV_ETIMEDOUT);
}

static void spawn_bytes_free_cb(void *bytes, void *ctx) {
    free(bytes);
}

static void spawn_close_walk_cb(uv_handle_t *h, void *arg) {
    if (!uv_is_closing(h))
        uv_close(h, NULL);
}

/* binding.spawnSync(file, args, env, cwd, stdio, input, timeout, maxBuffer,
 * killSignal, uid, gid, detached) -> { pid, status, signal, output: [null,
 * stdout, stderr] (null where not piped), error }: error is 0, a negative
 * errno from uv_spawn, or ETIMEDOUT / ENOBUFS when the child was killed
 * for a limit. stdio[i] is 'pipe', 'ignore', 'inherit' or an fd. */
static JS_FN(spawn_sync_fn) {
    js_cstr file;
    if (!js_cstr_get(ctx, JS_ARG(0), &file, exc))
        return NULL;
    bool ok;
    char **args = js_string_list(ctx, JS_ARG(1), exc, &ok);
    if (!ok) {
        js_cstr_free(&file);
        return NULL;
    }
    char **env = js_string_list(ctx, JS_ARG(2), exc, &ok);
    if (!ok) {
        js_string_list_free(args);
        js_cstr_free(&file);
        return NULL;
    }
    js_cstr cwd = {0};
    bool has_cwd = JSValueIsString(ctx, JS_ARG(3));
    if (has_cwd && !js_cstr_get(ctx, JS_ARG(3), &cwd, exc)) {
        js_string_list_free(args);
        js_string_list_free(env);
        js_cstr_free(&file);
        return NULL;
    }
    JSObjectRef stdio_arr = (JSObjectRef)JS_ARG(4);
    double timeout = js_num(ctx, JS_ARG(6));
    double max_buffer = js_num(ctx, JS_ARG(7));
    int kill_signal = js_int(ctx, JS_ARG(8));
    JSValueRef uid = JS_ARG(9), gid = JS_ARG(10);
    bool detached = JSValueToBoolean(ctx, JS_ARG(11));

    spawn_sync_t *s = js_xmalloc(sizeof *s);
    memset(s, 0, sizeof *s);
    CHECK(uv_loop_init(&s->loop) == 0);
    s->max_buffer = max_buffer == max_buffer && max_buffer < 1e300 ? max_buffer : -1;
    s->kill_signal = kill_signal;

    uv_stdio_container_t stdio[3];
    fast_spawn_stdio_t fast_stdio[3];
    for (int i = 0; i < 3; i++) {
        JSValueRef spec = JSObjectGetPropertyAtIndex(ctx, stdio_arr, (unsigned)i, NULL);
        s->pipes[i].owner = s;
        s->pipes[i].pipe.data = &s->pipes[i];
        fast_stdio[i].kind = FAST_SPAWN_IGNORE;
        if (JSValueIsNumber(ctx, spec)) {
            stdio[i].flags = UV_INHERIT_FD;
            stdio[i].data.fd = js_int(ctx, spec);
            fast_stdio[i].kind = FAST_SPAWN_INHERIT;
            fast_stdio[i].fd = stdio[i].data.fd;
            continue;
        }
        js_cstr kind;
        if (!js_cstr_get(ctx, spec, &kind, exc))
            kind.s = NULL;
        if (kind.s && strcmp(kind.s, "pipe") == 0) {
            CHECK(uv_pipe_init(&s->loop, &s->pipes[i].pipe, 0) == 0);
            s->pipes[i].used = true;
            stdio[i].flags = UV_CREATE_PIPE | (i == 0 ? UV_READABLE_PIPE : UV_WRITABLE_PIPE);
            stdio[i].data.stream = (uv_stream_t *)&s->pipes[i].pipe;
            fast_stdio[i].kind = FAST_SPAWN_PIPE;
            fast_stdio[i].pipe = &s->pipes[i].pipe;
        } else if (kind.s && strcmp(kind.s, "inherit") == 0) {
            stdio[i].flags = UV_INHERIT_FD;
            stdio[i].data.fd = i;
            fast_stdio[i].kind = FAST_SPAWN_INHERIT;
            fast_stdio[i].fd = i;
        } else {
            stdio[i].flags = UV_IGNORE;
        }
        if (kind.s)
            js_cstr_free(&kind);
    }

    uv_process_options_t opts = {0};
    opts.file = file.s;
    opts.args = args;
    opts.env = env;
    opts.cwd = has_cwd ? cwd.s : NULL;
    opts.stdio = stdio;
    opts.stdio_count = 3;
    opts.exit_cb = spawn_exit_cb;
    if (detached)
        opts.flags |= UV_PROCESS_DETACHED;
    if (JSValueIsNumber(ctx, uid)) {
        opts.flags |= UV_PROCESS_SETUID;
        opts.uid = (uv_uid_t)js_num(ctx, uid);
    }
    if (JSValueIsNumber(ctx, gid)) {
        opts.flags |= UV_PROCESS_SETGID;
        opts.gid = (uv_gid_t)js_num(ctx, gid);
    }

    int r;
    if (!(opts.flags & (UV_PROCESS_SETUID | UV_PROCESS_SETGID)) &&
        fast_spawn(&s->loop, &s->child.poll, spawn_pidfd_cb, file.s, args, env, opts.cwd, fast_stdio, 3,
                   detached, &s->pid, &s->pidfd) == 0) {
        s->child.poll.data = s;
        s->fast = true;
        r = 0;
    } else {
        s->child.proc.data = s;
        r = uv_spawn(&s->loop, &s->child.proc, &opts);
        s->pid = r == 0 ? s->child.proc.pid : 0;
    }
    int pid = s->pid;
    if (r == 0) {
        /* The input, copied: the loop below runs no JS, but a copy keeps
         * the borrowed bytes' lifetime trivially right. */
        uint8_t *in;
        size_t in_len;
        if (s->pipes[0].used) {
            if (js_bytes_borrow(ctx, JS_ARG(5), &in, &in_len) && in_len > 0) {
                s->input = uv_buf_init(js_xmalloc(in_len), (unsigned)in_len);
                memcpy(s->input.base, in, in_len);
                s->write_req.data = s;
                if (uv_write(&s->write_req, (uv_stream_t *)&s->pipes[0].pipe, &s->input, 1, spawn_write_cb) < 0)
                    uv_close((uv_handle_t *)&s->pipes[0].pipe, NULL);
            } else {
                uv_close((uv_handle_t *)&s->pipes[0].pipe, NULL);
            }
        }
        for (int i = 1; i < 3; i++)
            if (s->pipes[i].used)
                uv_read_start((uv_stream_t *)&s->pipes[i].pipe, spawn_alloc_cb, spawn_read_cb);
        CHECK(uv_timer_init(&s->loop, &s->timer) == 0);
        s->timer.data = s;
        if (timeout > 0)
            uv_timer_start(&s->timer, spawn_timeout_cb, (uint64_t)timeout, 0);
        uv_unref((uv_handle_t *)&s->timer);
        uv_run(&s->loop, UV_RUN_DEFAULT);
    }
    /* Whatever is still open (pipes of a failed spawn) closes now. */
    uv_walk(&s->loop, spawn_close_walk_cb, NULL);
    uv_run(&s->loop, UV_RUN_DEFAULT);
    CHECK(uv_loop_close(&s->loop) == 0);
    if (s->fast)
        close(s->pidfd); /* its poll handle is closed */

    JSObjectRef result = JSObjectMake(ctx, NULL, NULL);
    js_set_num(ctx, result, "pid", pid);
    js_set_num(ctx, result, "status", (double)s->exit_status);
    js_set_num(ctx, result, "signal", s->term_signal);
    js_set_num(ctx, result, "error", r < 0 ? r : s->error);
    js_set(ctx, result, "exited", JSValueMakeBoolean(ctx, s->exited));
    JSObjectRef output = js_array_new(ctx);
    js_set(ctx, result, "output", output);
    js_array_set(ctx, output, 0, JSValueMakeNull(ctx));
    for (int i = 1; i < 3; i++) {
        spawn_pipe_t *p = &s->pipes[i];
        if (!p->used) {
            js_array_set(ctx, output, (size_t)i, JSValueMakeNull(ctx));
            free(p->data);
            continue;
        }
        JSValueRef bytes;
        if (p->len == 0) {
            free(p->data);
            bytes = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeUint8Array, 0, NULL);
        } else {
            bytes = JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint8Array, p->data, p->len,
                                                          spawn_bytes_free_cb, NULL, NULL);
        }
        js_array_set(ctx, output, (size_t)i, bytes);
    }
    free(s->input.base);
    free(s);
    js_cstr_free(&file);
    if (has_cwd)
        js_cstr_free(&cwd);
    js_string_list_free(args);
    js_string_list_free(env);
    return result;
}

JSObjectRef spawn_sync_binding(JSContextRef ctx) {
    JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
    js_set_fn(ctx, b, "spawnSync", spawn_sync_fn);
    return b;
}
