/* internalBinding('udp_wrap'): UDP handles for node:dgram, on libuv's
 * uv_udp_t. new UDP() (or binding.create()) makes a handle; its methods
 * take numeric IPs (lib/ has looked names up) and return 0 or a libuv code,
 * the shape Node's own handle has, so lib/dgram.js drives both alike. A
 * handle has no socket until it is bound, connected or opened: bind/connect/
 * send take IPv4 addresses, bind6/connect6/send6 IPv6 ones.
 *
 * Calls into JS, one per event, each through runtime_call:
 *   handle.onrecv(nread, bytes, address, port, family)
 *                         one per datagram: bytes a Uint8Array of nread
 *                         bytes, family 4 or 6; or nread a libuv code alone
 *   handle.onerror(err)   a datagram larger than the read buffer (truncated)
 *   req.oncomplete(status, bytes)
 *                         a send that had to wait, when it asked for one
 *
 * Sends first try the socket directly (uv_udp_try_send): a datagram the
 * kernel takes at once completes inside the call, as in Node, which returns
 * its size + 1; the rest go through uv_udp_send with the caller's bytes,
 * which req keeps alive (req stays protected until the send completes). */
#include <errno.h>
#include <net/if.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "bindings.h"

/* Node's flag values (its UV_UDP_REUSEPORT is libuv 1.49's); libuv 1.44
 * has no flag for SO_REUSEPORT, so that one is done here. */
enum { UDP_FLAG_IPV6ONLY = 1, UDP_FLAG_REUSEADDR = 4, UDP_FLAG_REUSEPORT = 64 };

/* Reads land in a buffer of this size (the largest UDP payload); one that
 * fills a good part of it is handed to JS as it is, a smaller one copied
 * out at its length so the buffer serves the next read. */
#define UDP_READ_SIZE 65536
#define UDP_HAND_OVER (UDP_READ_SIZE / 4)

typedef struct udp_wrap_s udp_wrap_t;

typedef struct {
    udp_wrap_t *open;    /* every handle not yet closed */
    bool exiting;        /* cleanup ran: the last close callback frees this */
    bool no_try_send;    /* --test-udp-no-try-send: every send queues */
    char *spare;         /* a read buffer no one owns, or NULL */
    JSObjectRef proto;   /* the handles' prototype, protected */
    JSGlobalContextRef ctx;
} udp_state_t;

/* A handle and its JS wrapper. The wrapper is protected from creation
 * until udp_close_cb, as in Node, where a handle lives until closed; from
 * close() on it is detached (private NULL), so later calls see a closed
 * handle. */
struct udp_wrap_s {
    uv_udp_t handle;
    JSGlobalContextRef ctx;
    JSObjectRef wrapper;
    udp_state_t *state;
    udp_wrap_t *next;
    udp_wrap_t **prev;
    /* The sender of the last datagram, as a string: a peer usually sends
     * many, and its address need not be formatted again. */
    struct sockaddr_storage from;
    JSStringRef from_str;
    runtime_wrap_t link; /* listed as an active handle until closed */
};

typedef struct {
    uv_udp_send_t req;
    JSGlobalContextRef ctx;
    JSObjectRef obj;     /* the request: holds the bytes; protected */
    bool callback;       /* call obj.oncomplete when done */
    size_t size;
    uv_buf_t small[4];
    uv_buf_t *bufs;
    runtime_wrap_t link; /* listed as an active request until done */
} udp_send_t;

static void udp_cleanup(kiln_runtime *rt, void *data);
static JSClassRef udp_class(void);

static udp_state_t *udp_state(JSContextRef ctx) {
    kiln_runtime *rt = runtime_of(ctx);
    udp_state_t *st = runtime_find_binding_state(rt, "udp_wrap");
    if (!st) {
        st = calloc(1, sizeof *st);
        CHECK(st != NULL);
        st->ctx = JSContextGetGlobalContext(ctx);
        runtime_set_binding_state(rt, "udp_wrap", st, udp_cleanup);
    }
    return st;
}

/* The callback names, made once: one is looked up per event. */
enum { UDP_ONRECV, UDP_ONERROR, UDP_ONCOMPLETE };

static JSStringRef udp_name(int which) {
    static const char *const names[] = {"onrecv", "onerror", "oncomplete"};
    static JSStringRef made[3];
    if (!made[which])
        made[which] = JSStringCreateWithUTF8CString(names[which]);
    return made[which];
}

/* obj[name](...argv) through the runtime, if it is a function. */
static void udp_call(JSContextRef ctx, JSObjectRef obj, int name, size_t argc, const JSValueRef argv[]) {
    JSValueRef fn = JSObjectGetProperty(ctx, obj, udp_name(name), NULL);
    if (fn && JSValueIsObject(ctx, fn))
        runtime_call(runtime_of(ctx), (JSObjectRef)fn, obj, argc, argv);
}

/* ---- lifetime ---------------------------------------------------------------- */

static void udp_finalize(JSObjectRef obj) {
    /* Protected while open: only a closed handle can be collected. */
    CHECK(JSObjectGetPrivate(obj) == NULL);
}

static void udp_close_cb(uv_handle_t *h) {
    udp_wrap_t *w = h->data;
    JSContextRef ctx = w->ctx;
    udp_state_t *st = w->state;
    runtime_wrap_remove(&w->link);
    *w->prev = w->next;
    if (w->next)
        w->next->prev = w->prev;
    JSObjectRef wrapper = w->wrapper;
    if (w->from_str)
        JSStringRelease(w->from_str);
    free(w);
    JSValueUnprotect(ctx, wrapper);
    if (st->exiting && !st->open)
        free(st);
}

static void udp_close(udp_wrap_t *w) {
    CHECK(!uv_is_closing((uv_handle_t *)&w->handle));
    JSObjectSetPrivate(w->wrapper, NULL);
    uv_close((uv_handle_t *)&w->handle, udp_close_cb);
}

static JSObjectRef udp_proto(JSContextRef ctx, udp_state_t *st);

/* A new handle with its wrapper, or NULL with a libuv code in *err. */
static udp_wrap_t *udp_new(JSContextRef ctx, int *err) {
    udp_wrap_t *w = js_xmalloc(sizeof *w);
    memset(w, 0, sizeof *w);
    int r = uv_udp_init(runtime_loop(ctx), &w->handle);
    if (r < 0) {
        free(w);
        *err = r;
        return NULL;
    }
    w->handle.data = w;
    w->ctx = JSContextGetGlobalContext(ctx);
    udp_state_t *st = udp_state(ctx);
    w->wrapper = JSObjectMake(ctx, udp_class(), w);
    JSValueProtect(ctx, w->wrapper);
    JSObjectSetPrototype(ctx, w->wrapper, udp_proto(ctx, st));
    runtime_wrap_add(ctx, &w->link, "UDPWrap", (uv_handle_t *)&w->handle, w->wrapper);
    w->state = st;
    w->next = st->open;
    if (w->next)
        w->next->prev = &w->next;
    w->prev = &st->open;
    st->open = w;
    return w;
}

/* The open handle behind this, or NULL once it was closed. */
static udp_wrap_t *udp_of(JSContextRef ctx, JSValueRef v) {
    CHECK(JSValueIsObjectOfClass(ctx, v, udp_class()));
    return JSObjectGetPrivate((JSObjectRef)v);
}

#define UDP_THIS()                                                           \
    BINDING_CHECK_THIS(udp_class());                                         \
    udp_wrap_t *w = udp_of(ctx, self);                                       \
    if (!w)                                                                  \
        return JSValueMakeNumber(ctx, UV_EBADF)

/* ---- addresses ------------------------------------------------------------------ */

/* Parses ip (a string) and port into addr for family 4 or 6: 0, UV_EINVAL,
 * or 1 with *exc set when the string conversion threw. */
static int udp_addr(JSContextRef ctx, JSValueRef ip, int port, int family,
                    struct sockaddr_storage *addr, JSValueRef *exc) {
    js_cstr s;
    if (!js_cstr_get(ctx, ip, &s, exc))
        return 1;
    memset(addr, 0, sizeof *addr);
    int r = family == 6 ? uv_ip6_addr(s.s, port, (struct sockaddr_in6 *)addr)
                        : uv_ip4_addr(s.s, port, (struct sockaddr_in *)addr);
    js_cstr_free(&s);
    return r;
}

/* The text of an address: "fe80::1%eth0" for a scoped IPv6 one, as Node
 * shows it. */
static void udp_ip_name(const struct sockaddr_storage *addr, char *ip, size_t n) {
    if (addr->ss_family == AF_INET6) {
        const struct sockaddr_in6 *a = (const struct sockaddr_in6 *)addr;
        uv_ip6_name(a, ip, n);
        if (a->sin6_scope_id) {
            size_t len = strlen(ip);
            char scope[UV_IF_NAMESIZE];
            size_t sn = sizeof scope;
            if (uv_if_indextoname(a->sin6_scope_id, scope, &sn) == 0 && len + sn + 2 <= n)
                snprintf(ip + len, n - len, "%%%s", scope);
        }
    } else {
        uv_ip4_name((const struct sockaddr_in *)addr, ip, n);
    }
}

static int udp_port(const struct sockaddr_storage *addr) {
    return addr->ss_family == AF_INET6 ? ntohs(((const struct sockaddr_in6 *)addr)->sin6_port)
                                       : ntohs(((const struct sockaddr_in *)addr)->sin_port);
}

/* Fills out.address, out.family ('IPv4', 'IPv6') and out.port. */
static int udp_name_out(JSContextRef ctx, JSObjectRef out, const struct sockaddr_storage *addr) {
    if (addr->ss_family != AF_INET && addr->ss_family != AF_INET6)
        return UV_EINVAL;
    char ip[INET6_ADDRSTRLEN + UV_IF_NAMESIZE + 2];
    udp_ip_name(addr, ip, sizeof ip);
    js_set_str(ctx, out, "address", ip);
    js_set_str(ctx, out, "family", addr->ss_family == AF_INET6 ? "IPv6" : "IPv4");
    js_set_num(ctx, out, "port", udp_port(addr));
    return 0;
}

/* ---- bind, open, connect -------------------------------------------------------- */

/* SO_REUSEPORT must be set before bind: the socket is made here and handed
 * to the handle, which binds it. 0 or a libuv code. */
static int udp_open_reuseport(uv_udp_t *h, int family) {
    int fd = socket(family, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -errno;
    int on = 1;
    int r = setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof on) < 0 ? -errno
                                                                          : uv_udp_open(h, fd);
    if (r < 0)
        close(fd);
    return r;
}

static JSValueRef udp_do_bind(JSContextRef ctx, JSObjectRef self, size_t argc,
                              const JSValueRef argv[], JSValueRef *exc, int family) {
    UDP_THIS();
    struct sockaddr_storage addr;
    int flags = js_int(ctx, JS_ARG(2));
    int r = udp_addr(ctx, JS_ARG(0), js_int(ctx, JS_ARG(1)), family, &addr, exc);
    if (r == 1)
        return NULL;
    uv_os_fd_t fd;
    if (r == 0 && (flags & UDP_FLAG_REUSEPORT) && uv_fileno((uv_handle_t *)&w->handle, &fd) < 0)
        r = udp_open_reuseport(&w->handle, family == 6 ? AF_INET6 : AF_INET);
    if (r == 0)
        r = uv_udp_bind(&w->handle, (struct sockaddr *)&addr,
                        flags & (UDP_FLAG_IPV6ONLY | UDP_FLAG_REUSEADDR));
    return JSValueMakeNumber(ctx, r);
}

/* handle.bind(ip, port, flags) / bind6(...) -> 0 or a libuv code. flags:
 * UV_UDP_IPV6ONLY, UV_UDP_REUSEADDR, UV_UDP_REUSEPORT (Node's values). */
static JS_FN(udp_bind) { return udp_do_bind(ctx, self, argc, argv, exc, 4); }
static JS_FN(udp_bind6) { return udp_do_bind(ctx, self, argc, argv, exc, 6); }

/* handle.open(fd) -> 0 or a libuv code. */
static JS_FN(udp_open) {
    UDP_THIS();
    return JSValueMakeNumber(ctx, uv_udp_open(&w->handle, js_int(ctx, JS_ARG(0))));
}

static JSValueRef udp_do_connect(JSContextRef ctx, JSObjectRef self, size_t argc,
                                 const JSValueRef argv[], JSValueRef *exc, int family) {
    UDP_THIS();
    struct sockaddr_storage addr;
    int r = udp_addr(ctx, JS_ARG(0), js_int(ctx, JS_ARG(1)), family, &addr, exc);
    if (r == 1)
        return NULL;
    if (r == 0)
        r = uv_udp_connect(&w->handle, (struct sockaddr *)&addr);
    return JSValueMakeNumber(ctx, r);
}

/* handle.connect(ip, port) / connect6(...) -> 0 or a libuv code. */
static JS_FN(udp_connect) { return udp_do_connect(ctx, self, argc, argv, exc, 4); }
static JS_FN(udp_connect6) { return udp_do_connect(ctx, self, argc, argv, exc, 6); }

/* handle.disconnect() -> 0 or a libuv code. */
static JS_FN(udp_disconnect) {
    UDP_THIS();
    return JSValueMakeNumber(ctx, uv_udp_connect(&w->handle, NULL));
}

/* handle.getsockname(out) / getpeername(out) -> 0 or a libuv code. */
static JS_FN(udp_getsockname) {
    UDP_THIS();
    CHECK(JSValueIsObject(ctx, JS_ARG(0)));
    struct sockaddr_storage addr;
    int len = sizeof addr;
    int r = uv_udp_getsockname(&w->handle, (struct sockaddr *)&addr, &len);
    if (r == 0)
        r = udp_name_out(ctx, (JSObjectRef)JS_ARG(0), &addr);
    return JSValueMakeNumber(ctx, r);
}

static JS_FN(udp_getpeername) {
    UDP_THIS();
    CHECK(JSValueIsObject(ctx, JS_ARG(0)));
    struct sockaddr_storage addr;
    int len = sizeof addr;
    int r = uv_udp_getpeername(&w->handle, (struct sockaddr *)&addr, &len);
    if (r == 0)
        r = udp_name_out(ctx, (JSObjectRef)JS_ARG(0), &addr);
    return JSValueMakeNumber(ctx, r);
}

/* ---- sending ------------------------------------------------------------------- */

static void udp_send_cb(uv_udp_send_t *req, int status) {
    udp_send_t *s = req->data;
    JSGlobalContextRef ctx = s->ctx;
    JSObjectRef obj = s->obj;
    udp_wrap_t *w = req->handle->data;
    bool callback = s->callback && !w->state->exiting;
    size_t size = s->size;
    if (s->bufs != s->small)
        free(s->bufs);
    if (callback) {
        JSValueRef args[2] = {JSValueMakeNumber(ctx, status), JSValueMakeNumber(ctx, (double)size)};
        udp_call(ctx, obj, UDP_ONCOMPLETE, 2, args);
    }
    runtime_wrap_remove(&s->link);
    free(s);
    JSValueUnprotect(ctx, obj);
}

/* Sends bufs[0..n) as one datagram to addr (NULL: the connected peer).
 * Returns size + 1 when the kernel took it in the call, 0 when a request
 * was queued (req.oncomplete fires if callback), or a libuv code. */
static int udp_send_bufs(JSContextRef ctx, udp_wrap_t *w, JSValueRef req, uv_buf_t *bufs,
                         size_t n, const struct sockaddr *addr, bool callback) {
    size_t size = 0;
    for (size_t i = 0; i < n; i++)
        size += bufs[i].len;
    if (!w->state->no_try_send) {
        int r = uv_udp_try_send(&w->handle, bufs, (unsigned)n, addr);
        if (r >= 0) {
            /* A datagram goes whole or not at all. */
            CHECK((size_t)r == size);
            return (int)size + 1;
        }
        if (r != UV_EAGAIN && r != UV_ENOSYS)
            return r;
    }
    CHECK(JSValueIsObject(ctx, req));
    udp_send_t *s = js_xmalloc(sizeof *s);
    s->bufs = n <= 4 ? s->small : js_xmalloc(n * sizeof *s->bufs);
    memcpy(s->bufs, bufs, n * sizeof *bufs);
    s->ctx = JSContextGetGlobalContext(ctx);
    s->obj = (JSObjectRef)req;
    s->callback = callback;
    s->size = size;
    s->req.data = s;
    int rc = uv_udp_send(&s->req, &w->handle, s->bufs, (unsigned)n, addr, udp_send_cb);
    if (rc < 0) {
        if (s->bufs != s->small)
            free(s->bufs);
        free(s);
        return rc;
    }
    JSValueProtect(ctx, s->obj);
    runtime_wrap_add(ctx, &s->link, "SendWrap", NULL, s->obj);
    return 0;
}

/* handle.send(req, chunks, count, port, ip, hasCallback) -> as
 * udp_send_bufs; send6 for IPv6. On a connected handle,
 * send(req, chunks, count, hasCallback). chunks: an array of Uint8Arrays,
 * or one Uint8Array; req holds them (req.list) until the send is done. */
static JSValueRef udp_do_send(JSContextRef ctx, JSObjectRef self, size_t argc,
                              const JSValueRef argv[], JSValueRef *exc, int family) {
    UDP_THIS();
    bool sendto = argc >= 6;
    struct sockaddr_storage addr;
    if (sendto) {
        int r = udp_addr(ctx, argv[4], js_int(ctx, argv[3]), family, &addr, exc);
        if (r == 1)
            return NULL;
        if (r < 0)
            return JSValueMakeNumber(ctx, r);
    }
    bool callback = JSValueToBoolean(ctx, JS_ARG(sendto ? 5 : 3));
    JSValueRef chunks = JS_ARG(1);
    CHECK(JSValueIsObject(ctx, chunks));
    uv_buf_t small[16];
    uv_buf_t *bufs = small;
    size_t n = 1;
    uint8_t *bytes;
    size_t len;
    if (js_bytes_borrow(ctx, chunks, &bytes, &len)) {
        small[0] = uv_buf_init((char *)bytes, (unsigned)len);
    } else {
        JSObjectRef arr = (JSObjectRef)chunks;
        n = (size_t)js_int(ctx, JS_ARG(2));
        if (n > 16)
            bufs = js_xmalloc(n * sizeof *bufs);
        /* An array of plain typed arrays has no getters: no JS runs
         * between taking a pointer and the send. */
        for (size_t i = 0; i < n; i++) {
            JSValueRef v = JSObjectGetPropertyAtIndex(ctx, arr, (unsigned)i, NULL);
            CHECK(v && JSValueIsObject(ctx, v) && js_bytes_borrow(ctx, v, &bytes, &len));
            bufs[i] = uv_buf_init((char *)bytes, (unsigned)len);
        }
    }
    udp_wrap_t *again = udp_of(ctx, self); /* ToString above may have closed it */
    int r = again != w ? UV_EBADF
                       : udp_send_bufs(ctx, w, JS_ARG(0), bufs, n,
                                       sendto ? (struct sockaddr *)&addr : NULL, callback);
    if (bufs != small)
        free(bufs);
    return JSValueMakeNumber(ctx, r);
}

static JS_FN(udp_send) { return udp_do_send(ctx, self, argc, argv, exc, 4); }
static JS_FN(udp_send6) { return udp_do_send(ctx, self, argc, argv, exc, 6); }

/* handle.getSendQueueSize() / getSendQueueCount(): bytes and sends waiting. */
static JS_FN(udp_get_send_queue_size) {
    BINDING_CHECK_THIS(udp_class());
    udp_wrap_t *w = udp_of(ctx, self);
    return JSValueMakeNumber(ctx, w ? (double)uv_udp_get_send_queue_size(&w->handle) : 0);
}

static JS_FN(udp_get_send_queue_count) {
    BINDING_CHECK_THIS(udp_class());
    udp_wrap_t *w = udp_of(ctx, self);
    return JSValueMakeNumber(ctx, w ? (double)uv_udp_get_send_queue_count(&w->handle) : 0);
}

/* ---- receiving ------------------------------------------------------------------ */

/* libuv calls alloc and then recv for the same handle with nothing in
 * between, so one spare buffer per runtime is enough. */
static void udp_alloc_cb(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
    udp_wrap_t *w = h->data;
    udp_state_t *st = w->state;
    char *p = st->spare ? st->spare : js_xmalloc(UDP_READ_SIZE);
    st->spare = NULL;
    *buf = uv_buf_init(p, UDP_READ_SIZE);
}

static void udp_bytes_free_cb(void *bytes, void *ctx) {
    free(bytes);
}

/* Gives the read buffer back for the next read. */
static void udp_keep_spare(udp_state_t *st, char *base) {
    if (!base)
        return;
    if (st->spare)
        free(base);
    else
        st->spare = base;
}

/* The sender's address as a JS string, formatted again only when it
 * differs from the last datagram's. */
static JSValueRef udp_from_string(JSContextRef ctx, udp_wrap_t *w, const struct sockaddr *addr) {
    size_t n = addr->sa_family == AF_INET6 ? sizeof(struct sockaddr_in6) : sizeof(struct sockaddr_in);
    if (!w->from_str || memcmp(&w->from, addr, n) != 0) {
        if (w->from_str)
            JSStringRelease(w->from_str);
        memset(&w->from, 0, sizeof w->from);
        memcpy(&w->from, addr, n);
        char ip[INET6_ADDRSTRLEN + UV_IF_NAMESIZE + 2];
        udp_ip_name(&w->from, ip, sizeof ip);
        w->from_str = JSStringCreateWithUTF8CString(ip);
    }
    return JSValueMakeString(ctx, w->from_str);
}

static void udp_recv_cb(uv_udp_t *h, ssize_t nread, const uv_buf_t *buf,
                        const struct sockaddr *addr, unsigned flags) {
    udp_wrap_t *w = h->data;
    udp_state_t *st = w->state;
    JSContextRef ctx = w->ctx;
    /* Nothing more to read for now. */
    if (nread == 0 && !addr) {
        udp_keep_spare(st, buf->base);
        return;
    }
    if (nread < 0) {
        udp_keep_spare(st, buf->base);
        JSValueRef arg = JSValueMakeNumber(ctx, (double)nread);
        udp_call(ctx, w->wrapper, UDP_ONRECV, 1, &arg);
        return;
    }
    if (flags & UV_UDP_PARTIAL) {
        udp_keep_spare(st, buf->base);
        JSValueRef arg = JSValueMakeNumber(ctx, UV_EMSGSIZE);
        udp_call(ctx, w->wrapper, UDP_ONERROR, 1, &arg);
        return;
    }
    JSValueRef args[5];
    JSValueRef exc = NULL;
    if (nread >= UDP_HAND_OVER) {
        /* Shrunk to what was read: JS may keep it long. */
        char *bytes = nread < UDP_READ_SIZE ? js_xrealloc(buf->base, (size_t)nread) : buf->base;
        args[1] = JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint8Array, bytes,
                                                        (size_t)nread, udp_bytes_free_cb, NULL, &exc);
    } else if (nread > 0) {
        /* A small array the engine allocates itself (in its heap, no
         * finalizer): cheaper to make and to collect than one over malloc'd
         * bytes, which matters at one per datagram. */
        JSObjectRef arr = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeUint8Array, (size_t)nread, &exc);
        CHECK(arr != NULL);
        void *bytes = JSObjectGetTypedArrayBytesPtr(ctx, arr, &exc);
        CHECK(bytes != NULL);
        memcpy(bytes, buf->base, (size_t)nread);
        udp_keep_spare(st, buf->base);
        args[1] = arr;
    } else {
        udp_keep_spare(st, buf->base);
        args[1] = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeUint8Array, 0, &exc);
    }
    CHECK(args[1] != NULL);
    args[0] = JSValueMakeNumber(ctx, (double)nread);
    args[2] = udp_from_string(ctx, w, addr);
    args[3] = JSValueMakeNumber(ctx, udp_port((const struct sockaddr_storage *)addr));
    args[4] = JSValueMakeNumber(ctx, addr->sa_family == AF_INET6 ? 6 : 4);
    udp_call(ctx, w->wrapper, UDP_ONRECV, 5, args);
}

/* handle.recvStart() -> 0 or a libuv code; started twice is no error. */
static JS_FN(udp_recv_start) {
    UDP_THIS();
    int r = uv_udp_recv_start(&w->handle, udp_alloc_cb, udp_recv_cb);
    return JSValueMakeNumber(ctx, r == UV_EALREADY ? 0 : r);
}

/* handle.recvStop() -> 0 or a libuv code. */
static JS_FN(udp_recv_stop) {
    UDP_THIS();
    return JSValueMakeNumber(ctx, uv_udp_recv_stop(&w->handle));
}

/* ---- options -------------------------------------------------------------------- */

/* handle.setBroadcast(on), setTTL(n), setMulticastTTL(n),
 * setMulticastLoopback(on) -> 0 or a libuv code. */
static JS_FN(udp_set_broadcast) {
    UDP_THIS();
    return JSValueMakeNumber(ctx, uv_udp_set_broadcast(&w->handle, js_int(ctx, JS_ARG(0))));
}

static JS_FN(udp_set_ttl) {
    UDP_THIS();
    return JSValueMakeNumber(ctx, uv_udp_set_ttl(&w->handle, js_int(ctx, JS_ARG(0))));
}

static JS_FN(udp_set_multicast_ttl) {
    UDP_THIS();
    return JSValueMakeNumber(ctx, uv_udp_set_multicast_ttl(&w->handle, js_int(ctx, JS_ARG(0))));
}

static JS_FN(udp_set_multicast_loopback) {
    UDP_THIS();
    return JSValueMakeNumber(ctx, uv_udp_set_multicast_loop(&w->handle, js_int(ctx, JS_ARG(0))));
}

/* handle.setMulticastInterface(address) -> 0 or a libuv code. */
static JS_FN(udp_set_multicast_interface) {
    UDP_THIS();
    js_cstr s;
    if (!js_cstr_get(ctx, JS_ARG(0), &s, exc))
        return NULL;
    int r = udp_of(ctx, self) == w ? uv_udp_set_multicast_interface(&w->handle, s.s) : UV_EBADF;
    js_cstr_free(&s);
    return JSValueMakeNumber(ctx, r);
}

/* Strings for a membership call; an interface of undefined or null is
 * none (the kernel picks). Returns false with *exc set when one threw. */
static bool udp_strings(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t n,
                        js_cstr *out, const char **ptr, JSValueRef *exc) {
    for (size_t i = 0; i < n; i++) {
        JSValueRef v = JS_ARG(i);
        ptr[i] = NULL;
        if (i == n - 1 && (JSValueIsUndefined(ctx, v) || JSValueIsNull(ctx, v)))
            continue;
        if (!js_cstr_get(ctx, v, &out[i], exc)) {
            for (size_t k = 0; k < i; k++)
                if (ptr[k])
                    js_cstr_free(&out[k]);
            return false;
        }
        ptr[i] = out[i].s;
    }
    return true;
}

static JSValueRef udp_membership(JSContextRef ctx, JSObjectRef self, size_t argc,
                                 const JSValueRef argv[], JSValueRef *exc, uv_membership m) {
    UDP_THIS();
    js_cstr s[2];
    const char *p[2];
    if (!udp_strings(ctx, argc, argv, 2, s, p, exc))
        return NULL;
    int r = udp_of(ctx, self) == w ? uv_udp_set_membership(&w->handle, p[0], p[1], m) : UV_EBADF;
    for (int i = 0; i < 2; i++)
        if (p[i])
            js_cstr_free(&s[i]);
    return JSValueMakeNumber(ctx, r);
}

/* handle.addMembership(group, iface) / dropMembership -> 0 or a libuv code. */
static JS_FN(udp_add_membership) { return udp_membership(ctx, self, argc, argv, exc, UV_JOIN_GROUP); }
static JS_FN(udp_drop_membership) { return udp_membership(ctx, self, argc, argv, exc, UV_LEAVE_GROUP); }

static JSValueRef udp_source_membership(JSContextRef ctx, JSObjectRef self, size_t argc,
                                        const JSValueRef argv[], JSValueRef *exc, uv_membership m) {
    UDP_THIS();
    js_cstr s[3];
    const char *p[3];
    if (!udp_strings(ctx, argc, argv, 3, s, p, exc))
        return NULL;
    int r = udp_of(ctx, self) == w ? uv_udp_set_source_membership(&w->handle, p[1], p[2], p[0], m)
                                   : UV_EBADF;
    for (int i = 0; i < 3; i++)
        if (p[i])
            js_cstr_free(&s[i]);
    return JSValueMakeNumber(ctx, r);
}

/* handle.addSourceSpecificMembership(source, group, iface) / drop... */
static JS_FN(udp_add_source_membership) {
    return udp_source_membership(ctx, self, argc, argv, exc, UV_JOIN_GROUP);
}
static JS_FN(udp_drop_source_membership) {
    return udp_source_membership(ctx, self, argc, argv, exc, UV_LEAVE_GROUP);
}

/* handle.bufferSize(size, isRecv) -> the size (0 asks for it; Linux
 * reports twice what was set) or a libuv code. A size past int32 is
 * UV_EINVAL, as in Node. */
static JS_FN(udp_buffer_size) {
    double d = js_num(ctx, JS_ARG(0));
    bool recv = JSValueToBoolean(ctx, JS_ARG(1));
    UDP_THIS();
    if (!(d >= -2147483648.0 && d <= 2147483647.0) || d != (int)d)
        return JSValueMakeNumber(ctx, UV_EINVAL);
    int size = (int)d;
    int r = recv ? uv_recv_buffer_size((uv_handle_t *)&w->handle, &size)
                 : uv_send_buffer_size((uv_handle_t *)&w->handle, &size);
    return JSValueMakeNumber(ctx, r < 0 ? r : size);
}

/* ---- the rest -------------------------------------------------------------------- */

/* handle.close(): closes it; pending sends complete with UV_ECANCELED. A
 * closed handle is left alone. */
static JS_FN(udp_close_fn) {
    BINDING_CHECK_THIS(udp_class());
    udp_wrap_t *w = udp_of(ctx, self);
    if (w)
        udp_close(w);
    return JSValueMakeUndefined(ctx);
}

static JS_FN(udp_ref) {
    BINDING_CHECK_THIS(udp_class());
    udp_wrap_t *w = udp_of(ctx, self);
    if (w)
        uv_ref((uv_handle_t *)&w->handle);
    return JSValueMakeUndefined(ctx);
}

static JS_FN(udp_unref) {
    BINDING_CHECK_THIS(udp_class());
    udp_wrap_t *w = udp_of(ctx, self);
    if (w)
        uv_unref((uv_handle_t *)&w->handle);
    return JSValueMakeUndefined(ctx);
}

static JS_FN(udp_has_ref) {
    BINDING_CHECK_THIS(udp_class());
    udp_wrap_t *w = udp_of(ctx, self);
    return JSValueMakeBoolean(ctx, w && uv_has_ref((uv_handle_t *)&w->handle));
}

/* handle.getFd() -> the descriptor, or -1 (closed, or no socket yet). */
static JS_FN(udp_get_fd) {
    BINDING_CHECK_THIS(udp_class());
    udp_wrap_t *w = udp_of(ctx, self);
    uv_os_fd_t fd;
    if (!w || uv_fileno((uv_handle_t *)&w->handle, &fd) < 0)
        return JSValueMakeNumber(ctx, -1);
    return JSValueMakeNumber(ctx, fd);
}

static const JSStaticFunction udp_methods[] = {
    {"recvStart", udp_recv_start, kJSPropertyAttributeDontEnum},
    {"recvStop", udp_recv_stop, kJSPropertyAttributeDontEnum},
    {"open", udp_open, kJSPropertyAttributeDontEnum},
    {"bind", udp_bind, kJSPropertyAttributeDontEnum},
    {"connect", udp_connect, kJSPropertyAttributeDontEnum},
    {"send", udp_send, kJSPropertyAttributeDontEnum},
    {"bind6", udp_bind6, kJSPropertyAttributeDontEnum},
    {"connect6", udp_connect6, kJSPropertyAttributeDontEnum},
    {"send6", udp_send6, kJSPropertyAttributeDontEnum},
    {"disconnect", udp_disconnect, kJSPropertyAttributeDontEnum},
    {"getpeername", udp_getpeername, kJSPropertyAttributeDontEnum},
    {"getsockname", udp_getsockname, kJSPropertyAttributeDontEnum},
    {"addMembership", udp_add_membership, kJSPropertyAttributeDontEnum},
    {"dropMembership", udp_drop_membership, kJSPropertyAttributeDontEnum},
    {"addSourceSpecificMembership", udp_add_source_membership, kJSPropertyAttributeDontEnum},
    {"dropSourceSpecificMembership", udp_drop_source_membership, kJSPropertyAttributeDontEnum},
    {"setMulticastInterface", udp_set_multicast_interface, kJSPropertyAttributeDontEnum},
    {"setMulticastTTL", udp_set_multicast_ttl, kJSPropertyAttributeDontEnum},
    {"setMulticastLoopback", udp_set_multicast_loopback, kJSPropertyAttributeDontEnum},
    {"setBroadcast", udp_set_broadcast, kJSPropertyAttributeDontEnum},
    {"setTTL", udp_set_ttl, kJSPropertyAttributeDontEnum},
    {"bufferSize", udp_buffer_size, kJSPropertyAttributeDontEnum},
    {"getSendQueueSize", udp_get_send_queue_size, kJSPropertyAttributeDontEnum},
    {"getSendQueueCount", udp_get_send_queue_count, kJSPropertyAttributeDontEnum},
    {"close", udp_close_fn, kJSPropertyAttributeDontEnum},
    {"ref", udp_ref, kJSPropertyAttributeDontEnum},
    {"unref", udp_unref, kJSPropertyAttributeDontEnum},
    {"hasRef", udp_has_ref, kJSPropertyAttributeDontEnum},
    {"getFd", udp_get_fd, kJSPropertyAttributeDontEnum},
    {NULL, NULL, 0},
};

/* The class only marks handles and finalizes them; the methods live on one
 * plain prototype per runtime, made once, as stream_wrap.c does. */
static JSClassRef udp_class(void) {
    static JSClassRef cls;
    if (!cls) {
        JSClassDefinition def = kJSClassDefinitionEmpty;
        def.className = "UDP";
        def.finalize = udp_finalize;
        cls = JSClassCreate(&def);
    }
    return cls;
}

static JSObjectRef udp_proto(JSContextRef ctx, udp_state_t *st) {
    if (!st->proto) {
        JSObjectRef proto = JSObjectMake(ctx, NULL, NULL);
        JSValueProtect(ctx, proto);
        for (const JSStaticFunction *f = udp_methods; f->name; f++) {
            JSStringRef name = JSStringCreateWithUTF8CString(f->name);
            JSObjectRef fn = JSObjectMakeFunctionWithCallback(ctx, name, f->callAsFunction);
            JSObjectSetProperty(ctx, proto, name, fn, kJSPropertyAttributeDontEnum, NULL);
            JSStringRelease(name);
        }
        st->proto = proto;
    }
    return st->proto;
}

static void udp_cleanup(kiln_runtime *rt, void *data) {
    udp_state_t *st = data;
    st->exiting = true;
    free(st->spare);
    st->spare = NULL;
    if (st->proto)
        JSValueUnprotect(st->ctx, st->proto);
    st->proto = NULL;
    if (!st->open) {
        free(st);
        return;
    }
    for (udp_wrap_t *w = st->open; w; w = w->next)
        if (!uv_is_closing((uv_handle_t *)&w->handle))
            udp_close(w);
}

/* For passing UDP handles over IPC pipes (cluster's shared dgram sockets),
 * when stream_wrap.c takes them: the class of UDP handles, the libuv
 * handle behind a wrapper (NULL when v is no open UDP handle)... */
JSClassRef udp_wrap_class(void) {
    return udp_class();
}

uv_handle_t *udp_wrap_handle(JSContextRef ctx, JSValueRef v) {
    if (!JSValueIsObjectOfClass(ctx, v, udp_class()))
        return NULL;
    udp_wrap_t *w = JSObjectGetPrivate((JSObjectRef)v);
    return w ? (uv_handle_t *)&w->handle : NULL;
}

/* ...and a new handle on the descriptor a pipe received (uv_accept), or
 * NULL with a libuv code in *err (the handle made for it is closed). */
JSObjectRef udp_wrap_accept(JSContextRef ctx, uv_stream_t *server, int *err) {
    udp_wrap_t *w = udp_new(ctx, err);
    if (!w)
        return NULL;
    *err = uv_accept(server, (uv_stream_t *)&w->handle);
    if (*err < 0) {
        udp_close(w);
        return NULL;
    }
    return w->wrapper;
}

/* binding.create() -> a new handle; throws a system error. */
static JS_FN(udp_create) {
    int err;
    udp_wrap_t *w = udp_new(ctx, &err);
    if (!w)
        return js_throw_uv(ctx, exc, err, "uv_udp_init", NULL, NULL);
    return w->wrapper;
}

/* binding.setNoTrySend(on): every send queues (--test-udp-no-try-send). */
static JS_FN(udp_set_no_try_send) {
    udp_state(ctx)->no_try_send = JSValueToBoolean(ctx, JS_ARG(0));
    return JSValueMakeUndefined(ctx);
}

/* binding.UDP: `new UDP()` makes a handle whose prototype is UDP.prototype
 * (instanceof works, as Node's internal tests expect), with handle.fd a
 * getter there; binding.SendWrap: the constructor of send requests. Made
 * from a few lines of JS: the C API cannot give a constructor a prototype
 * of our choosing. */
static const char udp_ctor_src[] =
    "'use strict';"
    "function UDP() { return create(); }"
    "UDP.prototype = proto;"
    "Object.defineProperty(proto, 'constructor', { value: UDP, writable: true, configurable: true });"
    "Object.defineProperty(proto, 'fd', { get() { return this.getFd(); }, configurable: true });"
    "function SendWrap() {}"
    "return { UDP, SendWrap };";

JSObjectRef udp_binding(JSContextRef ctx) {
    JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
    JSObjectRef create = JSObjectMakeFunctionWithCallback(ctx, NULL, udp_create);
    js_set(ctx, b, "create", create);
    js_set_fn(ctx, b, "setNoTrySend", udp_set_no_try_send);
    JSStringRef params[2] = {JSStringCreateWithUTF8CString("create"), JSStringCreateWithUTF8CString("proto")};
    JSStringRef body = JSStringCreateWithUTF8CString(udp_ctor_src);
    JSObjectRef make = JSObjectMakeFunction(ctx, NULL, 2, params, body, NULL, 0, NULL);
    JSStringRelease(body);
    JSStringRelease(params[0]);
    JSStringRelease(params[1]);
    CHECK(make != NULL);
    JSValueRef args[2] = {create, udp_proto(ctx, udp_state(ctx))};
    JSValueRef made = JSObjectCallAsFunction(ctx, make, NULL, 2, args, NULL);
    CHECK(made != NULL && JSValueIsObject(ctx, made));
    js_set(ctx, b, "UDP", js_get(ctx, (JSObjectRef)made, "UDP"));
    js_set(ctx, b, "SendWrap", js_get(ctx, (JSObjectRef)made, "SendWrap"));
    JSObjectRef constants = JSObjectMake(ctx, NULL, NULL);
    js_set_num(ctx, constants, "UV_UDP_IPV6ONLY", UDP_FLAG_IPV6ONLY);
    js_set_num(ctx, constants, "UV_UDP_REUSEADDR", UDP_FLAG_REUSEADDR);
    js_set_num(ctx, constants, "UV_UDP_REUSEPORT", UDP_FLAG_REUSEPORT);
    js_set(ctx, b, "constants", constants);
    return b;
}
