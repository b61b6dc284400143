/* internalBinding('tcp'): TCP handles for node:net. binding.create() makes
 * a handle; its methods here are TCP's own (bind, listen, connect, names,
 * options), the stream methods come from stream_wrap.c. Addresses arrive as
 * numeric IPs (lib/ has looked names up); results are libuv codes. */
#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "stream_wrap.h"

enum { TCP_FLAG_IPV6ONLY = 1, TCP_FLAG_REUSEPORT = 2 };

/* SO_REUSEPORT must be set before bind; libuv 1.44 has no flag for it, so
 * the socket is made here and handed to the handle. 0 or a libuv code. */
static int tcp_open_reuseport(uv_tcp_t *tcp, int family) {
    int fd = socket(family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -errno;
    int on = 1;
    int r = 0;
    if (setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof on) < 0)
        r = -errno;
    else
        r = uv_tcp_open(tcp, fd);
    if (r < 0)
        close(fd);
    return r;
}

#define TCP_THIS()                                                           \
    BINDING_CHECK_THIS(tcp_class());                                         \
    stream_wrap_t *w = JSObjectGetPrivate(self);                             \
    if (!w)                                                                  \
        return JSValueMakeNumber(ctx, UV_EBADF)

/* Parses ip:port into addr for family 4 or 6; 0 or UV_EINVAL. */
static int tcp_addr(JSContextRef ctx, JSValueRef ip, JSValueRef port, int family,
                    struct sockaddr_storage *addr, JSValueRef *exc) {
    js_cstr s;
    if (!js_cstr_get(ctx, ip, &s, exc))
        return 1;
    int p = js_int(ctx, port);
    int r = family == 6 ? uv_ip6_addr(s.s, p, (struct sockaddr_in6 *)addr)
                        : uv_ip4_addr(s.s, p, (struct sockaddr_in *)addr);
    js_cstr_free(&s);
    return r;
}

/* handle.bind(ip, port, family, flags) -> 0 or a libuv code. flags: 1 for
 * IPv6 only, 2 for SO_REUSEPORT. */
static JS_FN(tcp_bind) {
    TCP_THIS();
    struct sockaddr_storage addr;
    int family = js_int(ctx, JS_ARG(2));
    int flags = js_int(ctx, JS_ARG(3));
    int r = tcp_addr(ctx, JS_ARG(0), JS_ARG(1), family, &addr, exc);
    if (r == 1)
        return NULL;
    if (r == 0 && (flags & TCP_FLAG_REUSEPORT))
        r = tcp_open_reuseport(&w->u.tcp, family == 6 ? AF_INET6 : AF_INET);
    if (r == 0)
        r = uv_tcp_bind(&w->u.tcp, (struct sockaddr *)&addr,
                        (flags & TCP_FLAG_IPV6ONLY) ? UV_TCP_IPV6ONLY : 0);
    return JSValueMakeNumber(ctx, r);
}

/* handle.listen(backlog) -> 0 or a libuv code. */
static JS_FN(tcp_listen) {
    TCP_THIS();
    return JSValueMakeNumber(ctx, stream_wrap_listen(w, js_int(ctx, JS_ARG(0))));
}

/* handle.connect(req, ip, port, family) -> 0 or a libuv code;
 * req.oncomplete(status) when connected. */
static JS_FN(tcp_connect) {
    TCP_THIS();
    struct sockaddr_storage addr;
    int r = tcp_addr(ctx, JS_ARG(1), JS_ARG(2), js_int(ctx, JS_ARG(3)), &addr, exc);
    if (r == 1)
        return NULL;
    if (r == 0) {
        stream_wrap_connect_t *c = stream_wrap_connect_new(ctx, JS_ARG(0));
        r = uv_tcp_connect(&c->req, &w->u.tcp, (struct sockaddr *)&addr, stream_wrap_connect_cb);
        if (r < 0)
            stream_wrap_connect_abort(c);
    }
    return JSValueMakeNumber(ctx, r);
}

/* handle.open(fd) -> 0 or a libuv code. */
static JS_FN(tcp_open) {
    TCP_THIS();
    return JSValueMakeNumber(ctx, uv_tcp_open(&w->u.tcp, js_int(ctx, JS_ARG(0))));
}

/* Fills out.address, out.family ('IPv4', 'IPv6') and out.port. */
static int tcp_name(JSContextRef ctx, JSObjectRef out, const struct sockaddr_storage *addr) {
    char ip[INET6_ADDRSTRLEN];
    int port;
    const char *family;
    if (addr->ss_family == AF_INET6) {
        const struct sockaddr_in6 *a = (const struct sockaddr_in6 *)addr;
        uv_ip6_name(a, ip, sizeof ip);
        port = ntohs(a->sin6_port);
        family = "IPv6";
    } else if (addr->ss_family == AF_INET) {
        const struct sockaddr_in *a = (const struct sockaddr_in *)addr;
        uv_ip4_name(a, ip, sizeof ip);
        port = ntohs(a->sin_port);
        family = "IPv4";
    } else {
        return UV_EINVAL;
    }
    js_set_str(ctx, out, "address", ip);
    js_set_str(ctx, out, "family", family);
    js_set_num(ctx, out, "port", port);
    return 0;
}

/* handle.getsockname(out) / getpeername(out) -> 0 or a libuv code. */
static JS_FN(tcp_getsockname) {
    TCP_THIS();
    CHECK(JSValueIsObject(ctx, JS_ARG(0)));
    struct sockaddr_storage addr;
    int len = sizeof addr;
    int r = uv_tcp_getsockname(&w->u.tcp, (struct sockaddr *)&addr, &len);
    if (r == 0)
        r = tcp_name(ctx, (JSObjectRef)JS_ARG(0), &addr);
    return JSValueMakeNumber(ctx, r);
}

static JS_FN(tcp_getpeername) {
    TCP_THIS();
    CHECK(JSValueIsObject(ctx, JS_ARG(0)));
    struct sockaddr_storage addr;
    int len = sizeof addr;
    int r = uv_tcp_getpeername(&w->u.tcp, (struct sockaddr *)&addr, &len);
    if (r == 0)
        r = tcp_name(ctx, (JSObjectRef)JS_ARG(0), &addr);
    return JSValueMakeNumber(ctx, r);
}

/* handle.setNoDelay(bool) -> 0 or a libuv code. */
static JS_FN(tcp_set_no_delay) {
    TCP_THIS();
    return JSValueMakeNumber(ctx, uv_tcp_nodelay(&w->u.tcp, JSValueToBoolean(ctx, JS_ARG(0))));
}

/* handle.setKeepAlive(bool, delaySeconds) -> 0 or a libuv code. */
static JS_FN(tcp_set_keep_alive) {
    TCP_THIS();
    return JSValueMakeNumber(ctx, uv_tcp_keepalive(&w->u.tcp, JSValueToBoolean(ctx, JS_ARG(0)),
                                                   (unsigned)js_int(ctx, JS_ARG(1))));
}

/* handle.reset() -> 0, or a libuv code with the handle still open: closes
 * with a TCP RST (resetAndDestroy); onclose() fires as for close(). */
static JS_FN(tcp_reset) {
    TCP_THIS();
    return JSValueMakeNumber(ctx, stream_wrap_close_reset(w));
}

/* The methods of this kind of handle, beside stream_wrap's. */
const JSStaticFunction tcp_methods[] = {
        {"bind", tcp_bind, kJSPropertyAttributeDontEnum},
        {"listen", tcp_listen, kJSPropertyAttributeDontEnum},
        {"connect", tcp_connect, kJSPropertyAttributeDontEnum},
        {"open", tcp_open, kJSPropertyAttributeDontEnum},
        {"getsockname", tcp_getsockname, kJSPropertyAttributeDontEnum},
        {"getpeername", tcp_getpeername, kJSPropertyAttributeDontEnum},
        {"setNoDelay", tcp_set_no_delay, kJSPropertyAttributeDontEnum},
        {"setKeepAlive", tcp_set_keep_alive, kJSPropertyAttributeDontEnum},
        {"reset", tcp_reset, kJSPropertyAttributeDontEnum},
        {NULL, NULL, 0},
};

JSClassRef tcp_class(void) {
    static JSClassRef cls;
    if (!cls) {
        JSClassDefinition def = kJSClassDefinitionEmpty;
        def.className = "TCP";
        def.parentClass = stream_wrap_class();
        cls = JSClassCreate(&def);
    }
    return cls;
}

/* binding.create() -> a new TCP handle; throws a system error. */
static JS_FN(tcp_create) {
    int err;
    stream_wrap_t *w = stream_wrap_new(ctx, STREAM_WRAP_TCP, false, &err);
    if (!w)
        return js_throw_uv(ctx, exc, err, "socket", NULL, NULL);
    return w->wrapper;
}

/* binding.guessHandleType(fd) -> 'TCP', 'PIPE', 'TTY', 'FILE', 'UDP' or
 * 'UNKNOWN': what kind of handle a descriptor wants (net.Socket({ fd })). */
static JS_FN(tcp_guess_handle_type) {
    int fd = js_int(ctx, JS_ARG(0));
    const char *kind = "UNKNOWN";
    switch (fd < 0 ? UV_UNKNOWN_HANDLE : uv_guess_handle(fd)) {
    case UV_TCP: kind = "TCP"; break;
    case UV_NAMED_PIPE: kind = "PIPE"; break;
    case UV_TTY: kind = "TTY"; break;
    case UV_FILE: kind = "FILE"; break;
    case UV_UDP: kind = "UDP"; break;
    default: break;
    }
    return js_str(ctx, kind);
}

JSObjectRef tcp_binding(JSContextRef ctx) {
    JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
    js_set_fn(ctx, b, "create", tcp_create);
    js_set_fn(ctx, b, "guessHandleType", tcp_guess_handle_type);
    stream_wrap_add_fast(ctx, b);
    return b;
}
