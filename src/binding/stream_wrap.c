/* What TCP and pipe handles share: reading, writing, shutdown, close and
 * ref, as methods of the handle object (handle.readStart(), ...), the way
 * lib/net.js drives Node's StreamBase.
 *
 * Calls into JS, one per event, each through runtime_call:
 *   handle.onread(nread, bytes)       bytes a Uint8Array of nread bytes, or
 *                                     undefined with nread a libuv code (UV_EOF)
 *   handle.onconnection(status, client)
 *   req.oncomplete(status)            connect, write and shutdown requests
 *   handle.onclose()                  once the handle is closed
 *
 * Writes first try the socket directly (uv_try_write): a write that fits
 * the kernel's buffer completes inside the call, as Node's does, and the
 * rest goes to one uv_write with every remaining buffer. */
#include <stdlib.h>
#include <string.h>

#include "stream_wrap.h"
#include "../engine_fast.h"

/* Reads go into a malloc'd buffer of this size. A read that fills a good
 * part of it hands the buffer itself to JS (no copy); a small one is copied
 * out at its length and the buffer is kept for the next read. */
#define STREAM_WRAP_READ_SIZE 65536
#define STREAM_WRAP_HAND_OVER (STREAM_WRAP_READ_SIZE / 4)

typedef struct {
    stream_wrap_t *open;  /* every handle not yet closed */
    bool exiting;         /* cleanup ran: the last close callback frees this */
    char *spare;          /* a read buffer no one owns, or NULL */
    JSObjectRef proto[2]; /* the handles' prototypes by kind, protected */
    JSGlobalContextRef ctx;
} stream_wrap_state_t;

static void stream_wrap_cleanup(kiln_runtime *rt, void *data);
static JSObjectRef stream_wrap_proto(JSContextRef ctx, stream_wrap_state_t *st, stream_wrap_kind kind);

/* Made by whichever of the tcp and pipe bindings loads first: the runtime
 * has no way to ask whether a state exists, so this remembers it. */
static struct {
    kiln_runtime *rt;
    stream_wrap_state_t *st;
} stream_wrap_states[16];

static stream_wrap_state_t *stream_wrap_state(JSContextRef ctx) {
    kiln_runtime *rt = runtime_of(ctx);
    size_t n = sizeof stream_wrap_states / sizeof stream_wrap_states[0];
    for (size_t i = 0; i < n; i++)
        if (stream_wrap_states[i].rt == rt)
            return stream_wrap_states[i].st;
    for (size_t i = 0; i < n; i++) {
        if (!stream_wrap_states[i].rt) {
            stream_wrap_state_t *st = calloc(1, sizeof *st);
            CHECK(st != NULL);
            stream_wrap_states[i].rt = rt;
            stream_wrap_states[i].st = st;
            runtime_set_binding_state(rt, "stream_wrap", st, stream_wrap_cleanup);
            return st;
        }
    }
    CHECK(!"too many runtimes");
}

/* The callback names, made once: one is looked up per event. */
enum { STREAM_WRAP_ONREAD, STREAM_WRAP_ONCONNECTION, STREAM_WRAP_ONCOMPLETE, STREAM_WRAP_ONCLOSE };

static JSStringRef stream_wrap_name(int which) {
    static const char *const names[] = {"onread", "onconnection", "oncomplete", "onclose"};
    static JSStringRef made[4];
    if (!made[which])
        made[which] = JSStringCreateWithUTF8CString(names[which]);
    return made[which];
}

/* obj[name](...argv) through the runtime, if it is a function. */
static void stream_wrap_call(JSContextRef ctx, JSObjectRef obj, int name, size_t argc,
                             const JSValueRef argv[]) {
    JSValueRef fn = JSObjectGetProperty(ctx, obj, stream_wrap_name(name), NULL);
    if (fn && JSValueIsObject(ctx, fn))
        runtime_call(runtime_of(ctx), (JSObjectRef)fn, obj, argc, argv);
}

/* ---- lifetime ---------------------------------------------------------------- */

static void stream_wrap_finalize(JSObjectRef obj) {
    /* Protected while open: only a closed handle can be collected. */
    CHECK(JSObjectGetPrivate(obj) == NULL);
}

static void stream_wrap_close_cb(uv_handle_t *h) {
    stream_wrap_t *w = h->data;
    JSContextRef ctx = w->ctx;
    stream_wrap_state_t *st = w->state;
    stream_wrap_set_consumer(w, NULL);
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
    stream_wrap_call(ctx, wrapper, STREAM_WRAP_ONCLOSE, 0, NULL);
    JSValueUnprotect(ctx, wrapper);
}

size_t stream_wrap_read_size(void) {
    return STREAM_WRAP_READ_SIZE;
}

void stream_wrap_set_consumer(stream_wrap_t *w, stream_wrap_consumer_t *c) {
    stream_wrap_consumer_t *old = w->consumer;
    w->consumer = c;
    if (old && old != c)
        old->release(old, w);
}

stream_wrap_t *stream_wrap_any_of(JSContextRef ctx, JSValueRef v) {
    if (!JSValueIsObjectOfClass(ctx, v, stream_wrap_class()))
        return NULL;
    return JSObjectGetPrivate((JSObjectRef)v);
}

static void stream_wrap_close(stream_wrap_t *w) {
    CHECK(!uv_is_closing(&w->u.handle));
    JSObjectSetPrivate(w->wrapper, NULL);
    uv_close(&w->u.handle, stream_wrap_close_cb);
}

int stream_wrap_close_reset(stream_wrap_t *w) {
    CHECK(w->kind == STREAM_WRAP_TCP && !uv_is_closing(&w->u.handle));
    int r = uv_tcp_close_reset(&w->u.tcp, stream_wrap_close_cb);
    if (r == 0)
        JSObjectSetPrivate(w->wrapper, NULL);
    return r;
}

stream_wrap_t *stream_wrap_new(JSContextRef ctx, stream_wrap_kind kind, bool ipc, int *err) {
    stream_wrap_t *w = js_xmalloc(sizeof *w);
    memset(w, 0, sizeof *w);
    int r = kind == STREAM_WRAP_TCP ? uv_tcp_init(runtime_loop(ctx), &w->u.tcp)
                                    : uv_pipe_init(runtime_loop(ctx), &w->u.pipe, ipc);
    if (r < 0) {
        free(w);
        *err = r;
        return NULL;
    }
    w->u.handle.data = w;
    w->kind = kind;
    w->ctx = JSContextGetGlobalContext(ctx);
    stream_wrap_state_t *st = stream_wrap_state(ctx);
    w->wrapper = JSObjectMake(ctx, kind == STREAM_WRAP_TCP ? tcp_class() : pipe_class(), w);
    JSValueProtect(ctx, w->wrapper);
    JSObjectSetPrototype(ctx, w->wrapper, stream_wrap_proto(ctx, st, kind));
    runtime_wrap_add(ctx, &w->link, kind == STREAM_WRAP_TCP ? "TCPSocketWrap" : "PipeWrap", &w->u.handle,
                     w->wrapper);
    w->state = st;
    w->next = st->open;
    if (w->next)
        w->next->prev = &w->next;
    w->prev = &st->open;
    st->open = w;
    return w;
}

stream_wrap_t *stream_wrap_of(JSContextRef ctx, JSValueRef v, stream_wrap_kind kind) {
    CHECK(JSValueIsObjectOfClass(ctx, v, kind == STREAM_WRAP_TCP ? tcp_class() : pipe_class()));
    return JSObjectGetPrivate((JSObjectRef)v);
}

/* `this` of a method: w, a handle of either kind (NULL once closed), else
 * Node's TypeError (the methods are reachable on the handles' prototype,
 * and a program can call them on anything). */
#define STREAM_WRAP_ANY()                                                    \
    BINDING_CHECK_THIS(stream_wrap_class());                                 \
    stream_wrap_t *w = JSObjectGetPrivate(self)

/* The same, for a method that needs the handle open: EBADF when closed. */
#define STREAM_WRAP_THIS()                                                   \
    STREAM_WRAP_ANY();                                                       \
    if (!w)                                                                  \
        return JSValueMakeNumber(ctx, UV_EBADF)

/* ---- requests ------------------------------------------------------------------ */

/* A request object stays protected from issue to completion. */
typedef struct {
    uv_write_t req;
    JSGlobalContextRef ctx;
    JSObjectRef obj;
    JSObjectRef keep;  /* what holds the bytes being written */
    uv_buf_t small[4];
    uv_buf_t *bufs;
    runtime_wrap_t link;
} stream_wrap_write_t;

typedef struct {
    uv_shutdown_t req;
    JSGlobalContextRef ctx;
    JSObjectRef obj;
    runtime_wrap_t link;
} stream_wrap_shutdown_t;

/* Ends a request on handle h: req.oncomplete(status), unless the runtime
 * is shutting down (its cleanup closed the handle and cancelled this).
 * The request is listed as active until its callback has run, as in
 * Node; the caller frees it after. */
static void stream_wrap_complete(JSContextRef ctx, uv_stream_t *h, JSObjectRef obj, runtime_wrap_t *link,
                                 int status) {
    stream_wrap_t *w = h->data;
    stream_wrap_state_t *st = w->state;
    if (!st->exiting) {
        JSValueRef arg = JSValueMakeNumber(ctx, status);
        stream_wrap_call(ctx, obj, STREAM_WRAP_ONCOMPLETE, 1, &arg);
    }
    runtime_wrap_remove(link);
    JSValueUnprotect(ctx, obj);
}

stream_wrap_connect_t *stream_wrap_connect_new(JSContextRef ctx, JSValueRef req) {
    CHECK(JSValueIsObject(ctx, req));
    stream_wrap_connect_t *c = js_xmalloc(sizeof *c);
    c->ctx = JSContextGetGlobalContext(ctx);
    c->obj = (JSObjectRef)req;
    c->req.data = c;
    JSValueProtect(ctx, c->obj);
    runtime_wrap_add(ctx, &c->link, "ConnectWrap", NULL, c->obj);
    return c;
}

void stream_wrap_connect_cb(uv_connect_t *req, int status) {
    stream_wrap_connect_t *c = req->data;
    stream_wrap_complete(c->ctx, req->handle, c->obj, &c->link, status);
    free(c);
}

void stream_wrap_connect_abort(stream_wrap_connect_t *c) {
    runtime_wrap_remove(&c->link);
    JSValueUnprotect(c->ctx, c->obj);
    free(c);
}

static void stream_wrap_write_cb(uv_write_t *req, int status) {
    stream_wrap_write_t *r = req->data;
    JSValueUnprotect(r->ctx, r->keep);
    if (r->bufs != r->small)
        free(r->bufs);
    stream_wrap_complete(r->ctx, req->handle, r->obj, &r->link, status);
    free(r);
}

/* Writes bufs[0..n): what the socket takes at once, then the rest through
 * one uv_write. Returns 0 when all was written in the call, 1 when a
 * request was queued (req.oncomplete will fire), or a libuv code. */
static int stream_wrap_write_bufs(JSContextRef ctx, stream_wrap_t *w, JSValueRef req,
                                  JSObjectRef keep, uv_buf_t *bufs, size_t n) {
    size_t i = 0;
    if (uv_stream_get_write_queue_size(&w->u.stream) == 0) {
        int r = uv_try_write(&w->u.stream, bufs, (unsigned)n);
        if (r < 0 && r != UV_EAGAIN && r != UV_ENOSYS)
            return r;
        size_t done = r > 0 ? (size_t)r : 0;
        while (i < n && done >= bufs[i].len)
            done -= bufs[i++].len;
        if (i == n)
            return 0;
        bufs[i].base += done;
        bufs[i].len -= done;
    }
    CHECK(JSValueIsObject(ctx, req));
    stream_wrap_write_t *r = js_xmalloc(sizeof *r);
    size_t left = n - i;
    r->bufs = left <= 4 ? r->small : js_xmalloc(left * sizeof *r->bufs);
    memcpy(r->bufs, bufs + i, left * sizeof *bufs);
    r->ctx = JSContextGetGlobalContext(ctx);
    r->obj = (JSObjectRef)req;
    r->keep = keep;
    r->req.data = r;
    int rc = uv_write(&r->req, &w->u.stream, r->bufs, (unsigned)left, stream_wrap_write_cb);
    if (rc < 0) {
        if (r->bufs != r->small)
            free(r->bufs);
        free(r);
        return rc;
    }
    JSValueProtect(ctx, r->obj);
    JSValueProtect(ctx, keep);
    runtime_wrap_add(ctx, &r->link, "SimpleWriteWrap", NULL, r->obj);
    return 1;
}

/* Writes bytes with a handle to send (an IPC pipe's uv_write2): always
 * one request, so the descriptor goes with the first of these bytes. */
static int stream_wrap_write_handle(JSContextRef ctx, stream_wrap_t *w, JSValueRef req, JSObjectRef keep,
                                    uv_buf_t *buf, uv_handle_t *send) {
    if (w->kind != STREAM_WRAP_PIPE || !w->u.pipe.ipc)
        return UV_EINVAL;
    CHECK(JSValueIsObject(ctx, req));
    stream_wrap_write_t *r = js_xmalloc(sizeof *r);
    r->bufs = r->small;
    r->bufs[0] = *buf;
    r->ctx = JSContextGetGlobalContext(ctx);
    r->obj = (JSObjectRef)req;
    r->keep = keep;
    r->req.data = r;
    int rc = uv_write2(&r->req, &w->u.stream, r->bufs, 1, (uv_stream_t *)send, stream_wrap_write_cb);
    if (rc < 0) {
        free(r);
        return rc;
    }
    JSValueProtect(ctx, r->obj);
    JSValueProtect(ctx, keep);
    runtime_wrap_add(ctx, &r->link, "SimpleWriteWrap", NULL, r->obj);
    return 1;
}

/* handle.writeBuffer(req, bytes[, sendHandle]) -> 0 written, 1 queued, or
 * a libuv code. sendHandle (IPC pipes only) goes with the bytes. */
static JS_FN(stream_wrap_write_buffer) {
    STREAM_WRAP_THIS();
    uv_buf_t buf;
    uint8_t *bytes;
    size_t len;
    CHECK(JSValueIsObject(ctx, JS_ARG(1)) && js_bytes_borrow(ctx, JS_ARG(1), &bytes, &len));
    buf = uv_buf_init((char *)bytes, (unsigned)len);
    if (argc > 2 && JSValueIsObject(ctx, argv[2])) {
        uv_handle_t *send;
        if (JSValueIsObjectOfClass(ctx, argv[2], stream_wrap_class())) {
            stream_wrap_t *sw = JSObjectGetPrivate((JSObjectRef)argv[2]);
            send = sw ? &sw->u.handle : NULL;
        } else if (JSValueIsObjectOfClass(ctx, argv[2], udp_wrap_class())) {
            send = udp_wrap_handle(ctx, argv[2]);
        } else {
            return JSValueMakeNumber(ctx, UV_EINVAL);
        }
        if (!send)
            return JSValueMakeNumber(ctx, UV_EBADF);
        return JSValueMakeNumber(ctx, stream_wrap_write_handle(ctx, w, JS_ARG(0), (JSObjectRef)JS_ARG(1),
                                                               &buf, send));
    }
    return JSValueMakeNumber(ctx, stream_wrap_write_bufs(ctx, w, JS_ARG(0), (JSObjectRef)JS_ARG(1),
                                                         &buf, 1));
}

/* fast.writeBuffer(handle, req, bytes[, length]) -> handle.writeBuffer(req,
 * bytes) as an engine host function (no API callback's entry and exit, the
 * engine's lock taken once), of bytes' first length bytes when given (a
 * view spared), or 2 where the method must be asked: a closed handle or
 * anything unusual, which it answers or rejects. */
static int64_t stream_wrap_host_write_buffer(void *global, void *frame) {
    JSContextRef ctx = engine_fast_context(global);
    JSValueRef h = engine_fast_arg(frame, 0), req = engine_fast_arg(frame, 1), data = engine_fast_arg(frame, 2);
    uint8_t *bytes;
    size_t len;
    if (!engine_fast_is_cell(h) || !engine_fast_is_cell(req) || !engine_fast_bytes_in_place(data, &bytes, &len) ||
        !JSValueIsObject(ctx, req) || !JSValueIsObjectOfClass(ctx, h, stream_wrap_class()))
        return engine_fast_number(2);
    stream_wrap_t *w = JSObjectGetPrivate((JSObjectRef)h);
    if (!w)
        return engine_fast_number(2);
    if (engine_fast_argc(frame) > 3) {
        double n = engine_fast_arg_num(frame, 3);
        if (!(n >= 0 && n <= (double)len))
            return engine_fast_number(2);
        len = (size_t)n;
    }
    uv_buf_t buf = uv_buf_init((char *)bytes, (unsigned)len);
    return engine_fast_number(stream_wrap_write_bufs(ctx, w, req, (JSObjectRef)data, &buf, 1));
}

void stream_wrap_add_fast(JSContextRef ctx, JSObjectRef binding) {
    engine_fast_init(ctx);
    if (!engine_fast_hosts())
        return;
    JSObjectRef fast = JSObjectMake(ctx, NULL, NULL);
    js_set(ctx, fast, "writeBuffer", engine_fast_host(ctx, "writeBuffer", 3, stream_wrap_host_write_buffer));
    js_set(ctx, binding, "fast", fast);
}

/* handle.writev(req, chunks) -> as writeBuffer; chunks an array of
 * Uint8Arrays (lib/ has encoded strings), written in order. */
static JS_FN(stream_wrap_writev) {
    STREAM_WRAP_THIS();
    CHECK(JSValueIsObject(ctx, JS_ARG(1)));
    JSObjectRef chunks = (JSObjectRef)JS_ARG(1);
    size_t n = (size_t)js_num(ctx, js_get(ctx, chunks, "length"));
    uv_buf_t small[16];
    uv_buf_t *bufs = n <= 16 ? small : js_xmalloc(n * sizeof *bufs);
    /* Elements first, bytes after: no JS runs between taking a pointer and
     * the write (an array of plain typed arrays has no getters). */
    for (size_t i = 0; i < n; i++) {
        JSValueRef v = JSObjectGetPropertyAtIndex(ctx, chunks, (unsigned)i, exc);
        if (*exc) {
            if (bufs != small)
                free(bufs);
            return NULL;
        }
        uint8_t *bytes;
        size_t len;
        CHECK(JSValueIsObject(ctx, v) && js_bytes_borrow(ctx, v, &bytes, &len));
        bufs[i] = uv_buf_init((char *)bytes, (unsigned)len);
    }
    int r = stream_wrap_write_bufs(ctx, w, JS_ARG(0), chunks, bufs, n);
    if (bufs != small)
        free(bufs);
    return JSValueMakeNumber(ctx, r);
}

static void stream_wrap_shutdown_cb(uv_shutdown_t *req, int status) {
    stream_wrap_shutdown_t *s = req->data;
    stream_wrap_complete(s->ctx, req->handle, s->obj, &s->link, status);
    free(s);
}

/* handle.shutdown(req) -> 0 or a libuv code; req.oncomplete(status) once
 * queued writes are done and the write side is closed. */
static JS_FN(stream_wrap_shutdown) {
    STREAM_WRAP_THIS();
    CHECK(JSValueIsObject(ctx, JS_ARG(0)));
    stream_wrap_shutdown_t *s = js_xmalloc(sizeof *s);
    s->ctx = JSContextGetGlobalContext(ctx);
    s->obj = (JSObjectRef)JS_ARG(0);
    s->req.data = s;
    int r = uv_shutdown(&s->req, &w->u.stream, stream_wrap_shutdown_cb);
    if (r < 0) {
        free(s);
    } else {
        JSValueProtect(ctx, s->obj);
        runtime_wrap_add(ctx, &s->link, "SimpleShutdownWrap", NULL, s->obj);
    }
    return JSValueMakeNumber(ctx, r);
}

/* ---- reading --------------------------------------------------------------------- */

/* libuv calls alloc and then read for the same handle with nothing in
 * between, so one spare buffer per runtime is enough. */
static void stream_wrap_alloc_cb(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
    stream_wrap_t *w = h->data;
    stream_wrap_state_t *st = w->state;
    char *p = st->spare ? st->spare : js_xmalloc(STREAM_WRAP_READ_SIZE);
    st->spare = NULL;
    *buf = uv_buf_init(p, STREAM_WRAP_READ_SIZE);
}

static void stream_wrap_bytes_free_cb(void *bytes, void *ctx) {
    free(bytes);
}

static void stream_wrap_read_cb(uv_stream_t *s, ssize_t nread, const uv_buf_t *buf) {
    stream_wrap_t *w = s->data;
    stream_wrap_state_t *st = w->state;
    JSContextRef ctx = w->ctx;
    char *copy = NULL;
    int taken = nread > 0 && w->consumer ? w->consumer->read(w->consumer, w, buf->base, (size_t)nread)
                                          : STREAM_WRAP_NOT_TAKEN;
    if (taken == STREAM_WRAP_KEPT)
        return;
    if (taken == STREAM_WRAP_TAKEN) {
        /* Taken in place: the buffer serves the next read. (w may be
         * closing now, but its memory lasts until the close callback.) */
        if (st->spare)
            free(buf->base);
        else
            st->spare = buf->base;
        return;
    }
    if (nread >= STREAM_WRAP_HAND_OVER) {
        /* Shrunk to what was read: JS may keep it long. */
        copy = nread < STREAM_WRAP_READ_SIZE ? js_xrealloc(buf->base, (size_t)nread) : buf->base;
    } else if (buf->base) {
        if (nread > 0) {
            copy = js_xmalloc((size_t)nread);
            memcpy(copy, buf->base, (size_t)nread);
        }
        if (st->spare)
            free(buf->base);
        else
            st->spare = buf->base;
    }
    if (nread == 0)
        return;
    /* The calls that make the arguments take the engine's lock once, for
     * the loop's poll phase (runtime_call runs the promise jobs). */
    runtime_loop_hold(runtime_of(ctx));
    JSValueRef args[3];
    size_t argc = 2;
    args[0] = JSValueMakeNumber(ctx, (double)nread);
    if (nread > 0) {
        JSValueRef exc = NULL;
        args[1] = JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint8Array, copy,
                                                        (size_t)nread, stream_wrap_bytes_free_cb,
                                                        NULL, &exc);
        CHECK(args[1] != NULL);
    } else {
        args[1] = JSValueMakeUndefined(ctx);
    }
    /* A handle sent over an IPC pipe arrives with the bytes written with
     * it: the third argument (one per read; libuv queues the others for the
     * reads that follow). */
    if (nread > 0 && w->kind == STREAM_WRAP_PIPE && w->u.pipe.ipc && uv_pipe_pending_count(&w->u.pipe) > 0) {
        uv_handle_type type = uv_pipe_pending_type(&w->u.pipe);
        int err = 0;
        stream_wrap_t *h = NULL;
        if (type == UV_TCP || type == UV_NAMED_PIPE)
            h = stream_wrap_new(ctx, type == UV_TCP ? STREAM_WRAP_TCP : STREAM_WRAP_PIPE, false, &err);
        if (h && uv_accept(&w->u.stream, &h->u.stream) < 0) {
            stream_wrap_close(h);
            h = NULL;
        }
        if (h) {
            args[argc++] = h->wrapper;
        } else if (type == UV_UDP) {
            JSObjectRef udp = udp_wrap_accept(ctx, &w->u.stream, &err);
            if (udp)
                args[argc++] = udp;
        }
    }
    stream_wrap_call(ctx, w->wrapper, STREAM_WRAP_ONREAD, argc, args);
}

/* handle.readStart() -> 0 or a libuv code. */
static JS_FN(stream_wrap_read_start) {
    STREAM_WRAP_THIS();
    return JSValueMakeNumber(ctx, uv_read_start(&w->u.stream, stream_wrap_alloc_cb,
                                                stream_wrap_read_cb));
}

/* handle.readStop() -> 0 or a libuv code. */
static JS_FN(stream_wrap_read_stop) {
    STREAM_WRAP_THIS();
    return JSValueMakeNumber(ctx, uv_read_stop(&w->u.stream));
}

/* ---- listening -------------------------------------------------------------------- */

static void stream_wrap_connection_cb(uv_stream_t *server, int status) {
    stream_wrap_t *w = server->data;
    JSContextRef ctx = w->ctx;
    JSValueRef args[2];
    stream_wrap_t *client = NULL;
    if (status == 0) {
        client = stream_wrap_new(ctx, w->kind, false, &status);
        if (client && (status = uv_accept(server, &client->u.stream)) < 0) {
            stream_wrap_close(client);
            client = NULL;
        }
    }
    args[0] = JSValueMakeNumber(ctx, status);
    args[1] = client ? (JSValueRef)client->wrapper : JSValueMakeUndefined(ctx);
    stream_wrap_call(ctx, w->wrapper, STREAM_WRAP_ONCONNECTION, 2, args);
}

int stream_wrap_listen(stream_wrap_t *w, int backlog) {
    if (w->kind == STREAM_WRAP_TCP)
        w->link.name = "TCPServerWrap";
    return uv_listen(&w->u.stream, backlog, stream_wrap_connection_cb);
}

/* ---- the rest -------------------------------------------------------------------- */

/* handle.close(): closes it; onclose() fires after. A closed handle is
 * left alone. */
static JS_FN(stream_wrap_close_fn) {
    STREAM_WRAP_ANY();
    if (w)
        stream_wrap_close(w);
    return JSValueMakeUndefined(ctx);
}

static JS_FN(stream_wrap_ref) {
    STREAM_WRAP_ANY();
    if (w)
        uv_ref(&w->u.handle);
    return JSValueMakeUndefined(ctx);
}

static JS_FN(stream_wrap_unref) {
    STREAM_WRAP_ANY();
    if (w)
        uv_unref(&w->u.handle);
    return JSValueMakeUndefined(ctx);
}

static JS_FN(stream_wrap_has_ref) {
    STREAM_WRAP_ANY();
    return JSValueMakeBoolean(ctx, w && uv_has_ref(&w->u.handle));
}

/* handle.getWriteQueueSize() -> bytes queued in libuv, not yet written. */
static JS_FN(stream_wrap_write_queue_size) {
    STREAM_WRAP_ANY();
    return JSValueMakeNumber(ctx, w ? (double)uv_stream_get_write_queue_size(&w->u.stream) : 0);
}

/* handle.getFd() -> the descriptor, or -1. */
static JS_FN(stream_wrap_get_fd) {
    STREAM_WRAP_ANY();
    uv_os_fd_t fd;
    if (!w || uv_fileno(&w->u.handle, &fd) < 0)
        return JSValueMakeNumber(ctx, -1);
    return JSValueMakeNumber(ctx, fd);
}

/* handle.setBlocking(bool) -> 0 or a libuv code. */
static JS_FN(stream_wrap_set_blocking) {
    STREAM_WRAP_THIS();
    return JSValueMakeNumber(ctx, uv_stream_set_blocking(&w->u.stream,
                                                         JSValueToBoolean(ctx, JS_ARG(0))));
}

/* handle.isReadable() / isWritable(). */
static JS_FN(stream_wrap_is_readable) {
    STREAM_WRAP_ANY();
    return JSValueMakeBoolean(ctx, w && uv_is_readable(&w->u.stream));
}

static JS_FN(stream_wrap_is_writable) {
    STREAM_WRAP_ANY();
    return JSValueMakeBoolean(ctx, w && uv_is_writable(&w->u.stream));
}

/* The methods every handle has, on its prototype (see stream_wrap_proto). */
static const JSStaticFunction stream_wrap_methods[] = {
    {"readStart", stream_wrap_read_start, kJSPropertyAttributeDontEnum},
    {"readStop", stream_wrap_read_stop, kJSPropertyAttributeDontEnum},
    {"writeBuffer", stream_wrap_write_buffer, kJSPropertyAttributeDontEnum},
    {"writev", stream_wrap_writev, kJSPropertyAttributeDontEnum},
    {"shutdown", stream_wrap_shutdown, kJSPropertyAttributeDontEnum},
    {"close", stream_wrap_close_fn, kJSPropertyAttributeDontEnum},
    {"ref", stream_wrap_ref, kJSPropertyAttributeDontEnum},
    {"unref", stream_wrap_unref, kJSPropertyAttributeDontEnum},
    {"hasRef", stream_wrap_has_ref, kJSPropertyAttributeDontEnum},
    {"getWriteQueueSize", stream_wrap_write_queue_size, kJSPropertyAttributeDontEnum},
    {"getFd", stream_wrap_get_fd, kJSPropertyAttributeDontEnum},
    {"setBlocking", stream_wrap_set_blocking, kJSPropertyAttributeDontEnum},
    {"isReadable", stream_wrap_is_readable, kJSPropertyAttributeDontEnum},
    {"isWritable", stream_wrap_is_writable, kJSPropertyAttributeDontEnum},
    {NULL, NULL, 0},
};

/* The class only marks handles and finalizes them: the methods live on one
 * plain prototype object per kind and runtime. Static functions of a class
 * would be looked up through the C API and made into a function object per
 * handle, on every handle; a prototype's are made once and inlined by the
 * JIT like any method. */
JSClassRef stream_wrap_class(void) {
    static JSClassRef cls;
    if (!cls) {
        JSClassDefinition def = kJSClassDefinitionEmpty;
        def.className = "StreamWrap";
        def.finalize = stream_wrap_finalize;
        cls = JSClassCreate(&def);
    }
    return cls;
}

static void stream_wrap_add_methods(JSContextRef ctx, JSObjectRef proto, const JSStaticFunction *fns) {
    for (; fns->name; fns++) {
        JSStringRef name = JSStringCreateWithUTF8CString(fns->name);
        JSObjectRef fn = JSObjectMakeFunctionWithCallback(ctx, name, fns->callAsFunction);
        JSObjectSetProperty(ctx, proto, name, fn, kJSPropertyAttributeDontEnum, NULL);
        JSStringRelease(name);
    }
}

/* The prototype of handles of kind: made on first use, protected until the
 * runtime's cleanup. */
static JSObjectRef stream_wrap_proto(JSContextRef ctx, stream_wrap_state_t *st, stream_wrap_kind kind) {
    if (!st->proto[kind]) {
        JSObjectRef proto = JSObjectMake(ctx, NULL, NULL);
        JSValueProtect(ctx, proto);
        stream_wrap_add_methods(ctx, proto, stream_wrap_methods);
        stream_wrap_add_methods(ctx, proto, kind == STREAM_WRAP_TCP ? tcp_methods : pipe_methods);
        st->proto[kind] = proto;
        st->ctx = JSContextGetGlobalContext(ctx);
    }
    return st->proto[kind];
}

static void stream_wrap_cleanup(kiln_runtime *rt, void *data) {
    stream_wrap_state_t *st = data;
    size_t n = sizeof stream_wrap_states / sizeof stream_wrap_states[0];
    for (size_t i = 0; i < n; i++)
        if (stream_wrap_states[i].rt == rt)
            stream_wrap_states[i].rt = NULL, stream_wrap_states[i].st = NULL;
    st->exiting = true;
    free(st->spare);
    st->spare = NULL;
    for (int k = 0; k < 2; k++)
        if (st->proto[k])
            JSValueUnprotect(st->ctx, st->proto[k]);
    if (!st->open) {
        free(st);
        return;
    }
    for (stream_wrap_t *w = st->open; w; w = w->next)
        if (!uv_is_closing(&w->u.handle))
            stream_wrap_close(w);
}
