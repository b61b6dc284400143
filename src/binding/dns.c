/* internalBinding('dns'): name lookup through the system resolver, as
 * dns.lookup and dns.lookupService do it (uv_getaddrinfo, uv_getnameinfo
 * on libuv's thread pool). Sorting by family order and the error objects
 * are lib/'s; a request object's oncomplete gets the status and results.
 * The thread pool sees only the C copies of the arguments. */
#include <stdlib.h>
#include <string.h>

#include "bindings.h"

typedef struct {
    union {
        uv_req_t req;
        uv_getaddrinfo_t gai;
        uv_getnameinfo_t gni;
    } u;
    JSGlobalContextRef ctx;
    JSObjectRef obj; /* the request object: protected until completion */
    runtime_wrap_t link; /* listed as an active request until its callback ran */
} dns_req_t;

static dns_req_t *dns_req_new(JSContextRef ctx, JSValueRef obj) {
    CHECK(JSValueIsObject(ctx, obj));
    dns_req_t *r = js_xmalloc(sizeof *r);
    r->ctx = JSContextGetGlobalContext(ctx);
    r->obj = (JSObjectRef)obj;
    r->u.req.data = r;
    return r;
}

static void dns_complete(dns_req_t *r, size_t argc, const JSValueRef argv[]) {
    JSContextRef ctx = r->ctx;
    JSObjectRef obj = r->obj;
    JSValueRef fn = js_get(ctx, obj, "oncomplete");
    if (JSValueIsObject(ctx, fn))
        runtime_call(runtime_of(ctx), (JSObjectRef)fn, obj, argc, argv);
    runtime_wrap_remove(&r->link);
    free(r);
    JSValueUnprotect(ctx, obj);
}

static void dns_getaddrinfo_cb(uv_getaddrinfo_t *req, int status, struct addrinfo *res) {
    dns_req_t *r = req->data;
    JSContextRef ctx = r->ctx;
    JSValueRef args[2];
    args[0] = JSValueMakeNumber(ctx, status);
    JSObjectRef list = js_array_new(ctx);
    args[1] = list;
    size_t n = 0;
    for (struct addrinfo *a = res; a; a = a->ai_next) {
        char ip[INET6_ADDRSTRLEN];
        /* One entry per address: the resolver repeats each for every
         * socket type unless asked for one (lib/ asks for SOCK_STREAM). */
        if (a->ai_family == AF_INET)
            uv_ip4_name((struct sockaddr_in *)a->ai_addr, ip, sizeof ip);
        else if (a->ai_family == AF_INET6)
            uv_ip6_name((struct sockaddr_in6 *)a->ai_addr, ip, sizeof ip);
        else
            continue;
        js_array_set(ctx, list, n++, js_str(ctx, ip));
    }
    uv_freeaddrinfo(res);
    dns_complete(r, 2, args);
}

/* binding.getaddrinfo(req, hostname, family, flags) -> 0 or a libuv code;
 * req.oncomplete(status, addresses) with the addresses as strings in the
 * resolver's order. family 0, 4 or 6; flags AI_* hints. */
static JS_FN(dns_getaddrinfo) {
    js_cstr host;
    if (!js_cstr_get(ctx, JS_ARG(1), &host, exc))
        return NULL;
    int family = js_int(ctx, JS_ARG(2));
    struct addrinfo hints;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = family == 4 ? AF_INET : family == 6 ? AF_INET6 : AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = js_int(ctx, JS_ARG(3));
    dns_req_t *r = dns_req_new(ctx, JS_ARG(0));
    int rc = uv_getaddrinfo(runtime_loop(ctx), &r->u.gai, dns_getaddrinfo_cb, host.s, NULL, &hints);
    js_cstr_free(&host);
    if (rc < 0) {
        free(r);
    } else {
        JSValueProtect(ctx, r->obj);
        runtime_wrap_add(ctx, &r->link, "GetAddrInfoReqWrap", NULL, r->obj);
    }
    return JSValueMakeNumber(ctx, rc);
}

static void dns_getnameinfo_cb(uv_getnameinfo_t *req, int status, const char *host,
                               const char *service) {
    dns_req_t *r = req->data;
    JSContextRef ctx = r->ctx;
    JSValueRef args[3];
    args[0] = JSValueMakeNumber(ctx, status);
    args[1] = status == 0 ? js_str(ctx, host) : JSValueMakeUndefined(ctx);
    args[2] = status == 0 ? js_str(ctx, service) : JSValueMakeUndefined(ctx);
    dns_complete(r, 3, args);
}

/* binding.getnameinfo(req, ip, port) -> 0 or a libuv code (UV_EINVAL for
 * an address that is not numeric); req.oncomplete(status, host, service). */
static JS_FN(dns_getnameinfo) {
    js_cstr ip;
    if (!js_cstr_get(ctx, JS_ARG(1), &ip, exc))
        return NULL;
    int port = js_int(ctx, JS_ARG(2));
    struct sockaddr_storage addr;
    int rc = uv_ip4_addr(ip.s, port, (struct sockaddr_in *)&addr);
    if (rc < 0)
        rc = uv_ip6_addr(ip.s, port, (struct sockaddr_in6 *)&addr);
    js_cstr_free(&ip);
    if (rc < 0)
        return JSValueMakeNumber(ctx, rc);
    dns_req_t *r = dns_req_new(ctx, JS_ARG(0));
    rc = uv_getnameinfo(runtime_loop(ctx), &r->u.gni, dns_getnameinfo_cb,
                        (struct sockaddr *)&addr, NI_NAMEREQD);
    if (rc < 0) {
        free(r);
    } else {
        JSValueProtect(ctx, r->obj);
        runtime_wrap_add(ctx, &r->link, "GetNameInfoReqWrap", NULL, r->obj);
    }
    return JSValueMakeNumber(ctx, rc);
}

JSObjectRef dns_binding(JSContextRef ctx) {
    JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
    js_set_fn(ctx, b, "getaddrinfo", dns_getaddrinfo);
    js_set_fn(ctx, b, "getnameinfo", dns_getnameinfo);
    js_set_num(ctx, b, "AI_ADDRCONFIG", AI_ADDRCONFIG);
    js_set_num(ctx, b, "AI_ALL", AI_ALL);
    js_set_num(ctx, b, "AI_V4MAPPED", AI_V4MAPPED);
    return b;
}
