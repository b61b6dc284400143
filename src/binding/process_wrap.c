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
 * Children start with posix_spawn where it can do what was asked (not for
 * uid/gid), and their end is watched through a pidfd polled on the loop:
 * glibc's posix_spawn shares the parent's memory until the exec (vfork
 * semantics), where uv_spawn forks, copying the page tables of a large
 * engine process and taking copy-on-write faults until the child execs:
 * about 1 ms a spawn. Anything the fast path cannot start (a missing file,
 * a kernel without pidfd_open) goes through uv_spawn, which reports the
 * error as before. */
#define _GNU_SOURCE /* posix_spawn_file_actions_addchdir_np */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

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
    int wstatus;
    pid_t r;
    do
        r = waitpid(w->pid, &wstatus, WNOHANG);
    while (r < 0 && errno == EINTR);
    if (r == 0 && status == 0)
        return; /* not yet */
    uv_poll_stop(&w->u.poll);
    w->exited = true;
    int64_t code = 0;
    int signal = 0;
    if (r == w->pid && WIFEXITED(wstatus))
        code = WEXITSTATUS(wstatus);
    else if (r == w->pid && WIFSIGNALED(wstatus))
        signal = WTERMSIG(wstatus);
    process_wrap_exited(w, code, signal);
}

static process_wrap_t *process_wrap_of(JSContextRef ctx, JSValueRef v) {
    CHECK(JSValueIsObjectOfClass(ctx, v, process_wrap_class()));
    return JSObjectGetPrivate((JSObjectRef)v);
}

static char **process_wrap_strings(JSContextRef ctx, JSValueRef v, JSValueRef *exc, bool *ok) {
    *ok = true;
    if (!JSValueIsObject(ctx, v))
        return NULL;
    JSObjectRef arr = (JSObjectRef)v;
    size_t n = (size_t)js_num(ctx, js_get(ctx, arr, "length"));
    char **list = js_xmalloc((n + 1) * sizeof *list);
    for (size_t i = 0; i < n; i++) {
        js_cstr c;
        if (!js_cstr_get(ctx, JSObjectGetPropertyAtIndex(ctx, arr, (unsigned)i, NULL), &c, exc)) {
            for (size_t k = 0; k < i; k++)
                free(list[k]);
            free(list);
            *ok = false;
            return NULL;
        }
        list[i] = js_xstrdup(c.s);
        js_cstr_free(&c);
    }
    list[n] = NULL;
    return list;
}

static void process_wrap_free_strings(char **list) {
    if (!list)
        return;
    for (char **p = list; *p; p++)
        free(*p);
    free(list);
}

/* Whether this kernel has pidfd_open (Linux 5.3), asked once. */
static bool process_wrap_have_pidfd(void) {
    static int have = -1;
    if (have < 0) {
        long fd = syscall(SYS_pidfd_open, getpid(), 0);
        have = fd >= 0;
        if (fd >= 0)
            close((int)fd);
    }
    return have;
}

/* The file to execute, found as execvp finds it but in the child's PATH
 * (libuv's rule): a name with a slash as it is, else the first executable
 * regular file in PATH's directories. NULL when there is none: uv_spawn
 * then reports the error. */
static char *process_wrap_resolve(const char *file, char **env) {
    if (!*file)
        return NULL;
    if (strchr(file, '/'))
        return js_xstrdup(file);
    const char *path = "/usr/local/bin:/usr/bin:/bin";
    if (env) {
        for (char **e = env; *e; e++)
            if (strncmp(*e, "PATH=", 5) == 0)
                path = *e + 5;
    } else {
        const char *p = getenv("PATH");
        if (p)
            path = p;
    }
    size_t flen = strlen(file);
    for (const char *dir = path;; dir++) {
        const char *end = strchr(dir, ':');
        size_t dlen = end ? (size_t)(end - dir) : strlen(dir);
        char *cand = js_xmalloc(dlen + flen + 3);
        if (dlen == 0)
            memcpy(cand, ".", 2), dlen = 1;
        else
            memcpy(cand, dir, dlen);
        cand[dlen] = '/';
        memcpy(cand + dlen + 1, file, flen + 1);
        struct stat st;
        if (stat(cand, &st) == 0 && S_ISREG(st.st_mode) && access(cand, X_OK) == 0)
            return cand;
        free(cand);
        if (!end)
            return NULL;
        dir = end;
    }
}

/* What the child gets at fd i: a pipe's child end, an inherited fd, or
 * nothing. */
typedef struct {
    int kind; /* 0 ignore, 1 inherit fd, 2 pipe */
    int fd;
    stream_wrap_t *pipe;
} process_wrap_stdio_t;

/* Starts the child with posix_spawn and watches it through a pidfd.
 * Returns 0, or -1 when the fast path cannot start it (nothing was
 * changed: the caller uses uv_spawn). */
static int process_wrap_spawn_fast(JSContextRef ctx, process_wrap_t *w, const char *file, char **args,
                                   char **env, const char *cwd, process_wrap_stdio_t *stdio, size_t n,
                                   bool detached) {
    if (!process_wrap_have_pidfd())
        return -1;
    char *path = process_wrap_resolve(file, env);
    if (!path)
        return -1;
    /* Every source fd is first copied above the child's stdio range (close
     * on exec), so that no dup2 into fd i clobbers a later source. */
    int *src = js_xmalloc((n ? n : 1) * sizeof *src);
    int *parent_end = js_xmalloc((n ? n : 1) * sizeof *parent_end);
    int rc = -1;
    size_t made = 0;
    for (; made < n; made++) {
        src[made] = -1;
        parent_end[made] = -1;
        if (stdio[made].kind == 1) {
            src[made] = fcntl(stdio[made].fd, F_DUPFD_CLOEXEC, (int)n);
            if (src[made] < 0)
                goto out;
            /* The child's stdin, stdout and stderr block, as libuv makes
             * them (on the open file, which the parent shares). */
            int fl = made <= 2 ? fcntl(src[made], F_GETFL) : -1;
            if (fl >= 0 && (fl & O_NONBLOCK))
                fcntl(src[made], F_SETFL, fl & ~O_NONBLOCK);
        } else if (stdio[made].kind == 2) {
            int sv[2];
            if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0)
                goto out;
            parent_end[made] = sv[0];
            src[made] = fcntl(sv[1], F_DUPFD_CLOEXEC, (int)n);
            close(sv[1]);
            if (src[made] < 0)
                goto out;
        }
    }
    posix_spawn_file_actions_t fa;
    posix_spawnattr_t attr;
    posix_spawn_file_actions_init(&fa);
    posix_spawnattr_init(&attr);
    for (size_t i = 0; i < n; i++) {
        if (src[i] >= 0)
            posix_spawn_file_actions_adddup2(&fa, src[i], (int)i);
        else if (i <= 2)
            posix_spawn_file_actions_addopen(&fa, (int)i, "/dev/null", i == 0 ? O_RDONLY : O_RDWR, 0);
    }
    if (cwd)
        posix_spawn_file_actions_addchdir_np(&fa, cwd);
    /* As libuv's children: default signal dispositions, nothing blocked. */
    sigset_t all, none;
    sigfillset(&all);
    sigemptyset(&none);
    posix_spawnattr_setsigdefault(&attr, &all);
    posix_spawnattr_setsigmask(&attr, &none);
    short flags = POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK;
    if (detached)
        flags |= POSIX_SPAWN_SETSID;
    posix_spawnattr_setflags(&attr, flags);
    extern char **environ;
    pid_t pid;
    int err = posix_spawn(&pid, path, &fa, &attr, args, env ? env : environ);
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&attr);
    if (err != 0)
        goto out;
    long pidfd = syscall(SYS_pidfd_open, pid, 0);
    if (pidfd < 0 || uv_poll_init(runtime_loop(ctx), &w->u.poll, (int)pidfd) != 0) {
        /* Cannot watch it: end it rather than leave it unwatched. */
        if (pidfd >= 0)
            close((int)pidfd);
        kill(pid, SIGKILL);
        waitpid(pid, NULL, 0);
        goto out;
    }
    w->u.poll.data = w;
    uv_poll_start(&w->u.poll, UV_READABLE, process_wrap_pidfd_cb);
    w->fast = true;
    w->pid = pid;
    w->pidfd = (int)pidfd;
    for (size_t i = 0; i < n; i++) {
        if (parent_end[i] >= 0) {
            /* The pipe's parent end; on failure the child sees a closed pipe. */
            if (uv_pipe_open(&stdio[i].pipe->u.pipe, parent_end[i]) != 0)
                close(parent_end[i]);
            parent_end[i] = -1;
        }
    }
    rc = 0;
out:
    for (size_t i = 0; i < made && i < n; i++) {
        if (src[i] >= 0)
            close(src[i]);
        if (parent_end[i] >= 0)
            close(parent_end[i]);
    }
    free(src);
    free(parent_end);
    free(path);
    return rc;
}

/* handle.spawn(file, args, env, cwd, stdio, detached, uid, gid) -> 0 or a
 * libuv code. */
static JS_FN(process_wrap_spawn) {
    process_wrap_t *w = process_wrap_of(ctx, self);
    if (!w || w->spawned)
        return JSValueMakeNumber(ctx, UV_EINVAL);
    int r = 0;
    bool ok;
    char **args = NULL, **env = NULL;
    uv_stdio_container_t *stdio = NULL;
    process_wrap_stdio_t *fast_stdio = NULL;
    js_cstr file, cwd;
    bool has_cwd = JSValueIsString(ctx, JS_ARG(3));
    if (!js_cstr_get(ctx, JS_ARG(0), &file, exc))
        return NULL;
    JSValueRef result = NULL;
    if (has_cwd && !js_cstr_get(ctx, JS_ARG(3), &cwd, exc))
        goto out_file;
    args = process_wrap_strings(ctx, JS_ARG(1), exc, &ok);
    if (!ok)
        goto out_cwd;
    env = process_wrap_strings(ctx, JS_ARG(2), exc, &ok);
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
        fast_stdio[i].kind = 0;
        if (JSValueIsNumber(ctx, spec)) {
            stdio[i].flags = UV_INHERIT_FD;
            stdio[i].data.fd = js_int(ctx, spec);
            fast_stdio[i].kind = 1;
            fast_stdio[i].fd = stdio[i].data.fd;
        } else if (JSValueIsObjectOfClass(ctx, spec, pipe_class())) {
            stream_wrap_t *p = stream_wrap_of(ctx, spec, STREAM_WRAP_PIPE);
            if (!p) {
                r = UV_EBADF;
                goto out_env;
            }
            stdio[i].flags = UV_CREATE_PIPE | UV_READABLE_PIPE | UV_WRITABLE_PIPE;
            stdio[i].data.stream = &p->u.stream;
            fast_stdio[i].kind = 2;
            fast_stdio[i].pipe = p;
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
    if (!ids && process_wrap_spawn_fast(ctx, w, file.s, args, env, opts.cwd, fast_stdio, n,
                                        opts.flags & UV_PROCESS_DETACHED) == 0) {
        r = 0;
    } else {
        w->u.proc.data = w;
        r = uv_spawn(runtime_loop(ctx), &w->u.proc, &opts);
    }
    w->spawned = true;
    JSValueProtect(ctx, w->wrapper);
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
    process_wrap_free_strings(env);
out_args:
    process_wrap_free_strings(args);
out_cwd:
    if (has_cwd)
        js_cstr_free(&cwd);
out_file:
    js_cstr_free(&file);
    return result;
}

/* handle.kill(signal) -> 0 or a libuv code. */
static JS_FN(process_wrap_kill) {
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
    process_wrap_t *w = process_wrap_of(ctx, self);
    if (w && w->spawned)
        uv_ref(&w->u.handle);
    return JSValueMakeUndefined(ctx);
}

static JS_FN(process_wrap_unref) {
    process_wrap_t *w = process_wrap_of(ctx, self);
    if (w && w->spawned)
        uv_unref(&w->u.handle);
    return JSValueMakeUndefined(ctx);
}

static JS_FN(process_wrap_has_ref) {
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
