/* internalBinding('cares'): DNS queries for the resolve* family and
 * dns.Resolver, on c-ares (Debian's libc-ares), as Node does it.
 *
 * A channel is a JS object owning one ares_channel. c-ares tells us which
 * sockets it wants watched (sock_state_cb); each gets a uv_poll_t, and one
 * uv_timer_t fires at the channel's next query timeout. Answers are parsed
 * here, one pass over the message, into one plain object per record of the
 * answer section, shaped as Node's resolveAny() shows records; lib/ picks
 * and reshapes them per query type. One C->JS call per finished query.
 *
 * While queries are pending the channel object is protected from the
 * collector; its finalizer (no queries left) destroys the channel and
 * closes the handles, which free the struct when the last one has closed. */
#include <arpa/inet.h>
#include <ares.h>
#include <stdlib.h>
#include <string.h>

#include "bindings.h"
#include "../engine_fast.h"

typedef struct cares_poll {
    uv_poll_t handle;
    struct cares_channel *ch;
    ares_socket_t fd;
    struct cares_poll *next;
} cares_poll_t;

/* A finished query waiting for its callback: answers are collected while
 * c-ares is inside ares_process_fd/ares_cancel/ares_query (whose lists JS
 * could change under it, by starting or cancelling queries) and delivered
 * once it has returned. Values are protected until then. */
typedef struct cares_done {
    JSObjectRef callback;
    JSValueRef args[2];
    int argc;
    struct cares_done *next;
} cares_done_t;

typedef struct cares_channel {
    ares_channel channel;
    JSGlobalContextRef ctx;
    JSObjectRef obj; /* the JS channel object (weak unless pending > 0) */
    uv_loop_t *loop;
    uv_timer_t timer;
    cares_poll_t *polls;
    int pending;     /* queries in flight */
    int handles;     /* open uv handles (timer + polls) */
    int finalized;   /* the JS object is gone */
    int kept;        /* the JS object is protected (queries pending or done) */
    cares_done_t *done_head, *done_tail;
} cares_channel_t;

typedef struct {
    cares_channel_t *ch;
    JSObjectRef callback; /* protected until the answer */
    int type;
} cares_query_t;

static JSClassRef cares_class;

static void cares_free_bytes(void *bytes, void *ctx) {
    (void)ctx;
    free(bytes);
}
static int cares_library_ready;

static void cares_maybe_free(cares_channel_t *ch) {
    if (ch->finalized && ch->handles == 0)
        free(ch);
}

static void cares_handle_closed(uv_handle_t *h) {
    cares_channel_t *ch = h->data;
    if ((void *)h != (void *)&ch->timer)
        free(h);
    ch->handles--;
    cares_maybe_free(ch);
}

static void cares_timer_cb(uv_timer_t *t);

/* Delivers the finished queries' callbacks, oldest first. `direct` when
 * called from a binding function (JS is on the stack: no dispatch, lib/
 * defers the callback itself); through the runtime's dispatch otherwise.
 * Lets go of the JS object when nothing is pending or queued. */
static void cares_flush(cares_channel_t *ch, int direct) {
    JSContextRef ctx = ch->ctx;
    cares_done_t *d;
    while ((d = ch->done_head) != NULL) {
        ch->done_head = d->next;
        if (!ch->done_head)
            ch->done_tail = NULL;
        if (direct)
            JSObjectCallAsFunction(ctx, d->callback, NULL, (size_t)d->argc, d->args, NULL);
        else
            runtime_call(runtime_of(ctx), d->callback, NULL, (size_t)d->argc, d->args);
        for (int i = 0; i < d->argc; i++)
            JSValueUnprotect(ctx, d->args[i]);
        JSValueUnprotect(ctx, d->callback);
        free(d);
    }
    if (ch->pending == 0 && ch->kept && !ch->done_head) {
        ch->kept = 0;
        uv_timer_stop(&ch->timer);
        JSValueUnprotect(ctx, ch->obj);
    }
}

/* Starts the timer for c-ares's next timeout, or stops it when idle. */
static void cares_arm_timer(cares_channel_t *ch) {
    struct timeval tv, *next = ares_timeout(ch->channel, NULL, &tv);
    if (!next || ch->pending == 0) {
        uv_timer_stop(&ch->timer);
        return;
    }
    uint64_t ms = (uint64_t)next->tv_sec * 1000 + (uint64_t)(next->tv_usec + 999) / 1000;
    uv_timer_start(&ch->timer, cares_timer_cb, ms ? ms : 1, 0);
}

static void cares_timer_cb(uv_timer_t *t) {
    cares_channel_t *ch = t->data;
    ares_process_fd(ch->channel, ARES_SOCKET_BAD, ARES_SOCKET_BAD);
    if (!ch->finalized)
        cares_arm_timer(ch);
    if (!ch->finalized)
        cares_flush(ch, 0);
}

static void cares_poll_cb(uv_poll_t *h, int status, int events) {
    cares_poll_t *p = (cares_poll_t *)h;
    cares_channel_t *ch = p->ch;
    ares_socket_t fd = p->fd;
    if (status < 0) {
        /* An error on the socket: let c-ares read it and see. */
        events = UV_READABLE | UV_WRITABLE;
    }
    ares_process_fd(ch->channel, (events & UV_READABLE) ? fd : ARES_SOCKET_BAD,
                    (events & UV_WRITABLE) ? fd : ARES_SOCKET_BAD);
    if (!ch->finalized)
        cares_arm_timer(ch);
    if (!ch->finalized)
        cares_flush(ch, 0);
}

static void cares_sock_state(void *data, ares_socket_t fd, int readable, int writable) {
    cares_channel_t *ch = data;
    cares_poll_t **pp = &ch->polls, *p;
    for (; (p = *pp) != NULL; pp = &p->next)
        if (p->fd == fd)
            break;
    if (!readable && !writable) {
        if (p) {
            *pp = p->next;
            uv_poll_stop(&p->handle);
            uv_close((uv_handle_t *)&p->handle, cares_handle_closed);
        }
        return;
    }
    if (!p) {
        p = js_xmalloc(sizeof *p);
        if (uv_poll_init_socket(ch->loop, &p->handle, fd) != 0) {
            free(p);
            return;
        }
        p->handle.data = ch;
        p->ch = ch;
        p->fd = fd;
        p->next = ch->polls;
        ch->polls = p;
        ch->handles++;
    }
    uv_poll_start(&p->handle, (readable ? UV_READABLE : 0) | (writable ? UV_WRITABLE : 0), cares_poll_cb);
}

/* ---- parsing an answer ------------------------------------------------ */

typedef struct {
    const unsigned char *buf;
    int len;
} cares_msg;

static int cares_u16(const unsigned char *p) {
    return (p[0] << 8) | p[1];
}

static uint32_t cares_u32(const unsigned char *p) {
    return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
}

/* The (possibly compressed) name at p, as a JS string; *used gets its
 * length in the message. NULL when malformed. */
static JSValueRef cares_name(JSContextRef ctx, const cares_msg *m, const unsigned char *p, long *used) {
    char *name = NULL;
    if (ares_expand_name(p, m->buf, m->len, &name, used) != ARES_SUCCESS)
        return NULL;
    JSValueRef v = js_str(ctx, name);
    ares_free_string(name);
    return v;
}

/* Bytes as a string of the same code units (Latin-1), as Node shows the
 * text of TXT, CAA and NAPTR records: any byte, NUL included. */
static JSValueRef cares_latin1(JSContextRef ctx, const unsigned char *p, size_t n) {
    return engine_fast_latin1(ctx, p, n, false);
}

/* A <character-string> (length byte, bytes) at p within end. */
static JSValueRef cares_chars(JSContextRef ctx, const unsigned char *p, const unsigned char *end, int *used) {
    if (p >= end || p + 1 + p[0] > end)
        return NULL;
    *used = 1 + p[0];
    return cares_latin1(ctx, p + 1, p[0]);
}

static void cares_set(JSContextRef ctx, JSObjectRef o, const char *k, JSValueRef v) {
    js_set(ctx, o, k, v);
}

static void cares_set_num(JSContextRef ctx, JSObjectRef o, const char *k, double v) {
    js_set_num(ctx, o, k, v);
}

/* One record's data as an object, or NULL to skip it (a type Node does
 * not show, or malformed data: *bad is set then). */
static JSObjectRef cares_record(JSContextRef ctx, const cares_msg *m, int type, uint32_t ttl,
                                const unsigned char *rd, int rdlen, int *bad) {
    const unsigned char *end = rd + rdlen;
    JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
    long used;
    char ip[INET6_ADDRSTRLEN];
    switch (type) {
    case 1: /* A */
        if (rdlen != 4 || !inet_ntop(AF_INET, rd, ip, sizeof ip))
            goto malformed;
        cares_set(ctx, o, "address", js_str(ctx, ip));
        cares_set_num(ctx, o, "ttl", ttl);
        cares_set(ctx, o, "type", js_str(ctx, "A"));
        return o;
    case 28: /* AAAA */
        if (rdlen != 16 || !inet_ntop(AF_INET6, rd, ip, sizeof ip))
            goto malformed;
        cares_set(ctx, o, "address", js_str(ctx, ip));
        cares_set_num(ctx, o, "ttl", ttl);
        cares_set(ctx, o, "type", js_str(ctx, "AAAA"));
        return o;
    case 5: case 2: case 12: { /* CNAME, NS, PTR */
        JSValueRef v = cares_name(ctx, m, rd, &used);
        if (!v)
            goto malformed;
        cares_set(ctx, o, "value", v);
        cares_set(ctx, o, "type", js_str(ctx, type == 5 ? "CNAME" : type == 2 ? "NS" : "PTR"));
        return o;
    }
    case 15: { /* MX */
        if (rdlen < 3)
            goto malformed;
        JSValueRef v = cares_name(ctx, m, rd + 2, &used);
        if (!v)
            goto malformed;
        cares_set(ctx, o, "exchange", v);
        cares_set_num(ctx, o, "priority", cares_u16(rd));
        cares_set(ctx, o, "type", js_str(ctx, "MX"));
        return o;
    }
    case 16: { /* TXT */
        JSObjectRef entries = js_array_new(ctx);
        size_t n = 0;
        for (const unsigned char *p = rd; p < end;) {
            int u;
            JSValueRef s = cares_chars(ctx, p, end, &u);
            if (!s)
                goto malformed;
            js_array_set(ctx, entries, n++, s);
            p += u;
        }
        cares_set(ctx, o, "entries", entries);
        cares_set(ctx, o, "type", js_str(ctx, "TXT"));
        return o;
    }
    case 33: { /* SRV */
        if (rdlen < 7)
            goto malformed;
        JSValueRef v = cares_name(ctx, m, rd + 6, &used);
        if (!v)
            goto malformed;
        cares_set(ctx, o, "name", v);
        cares_set_num(ctx, o, "port", cares_u16(rd + 4));
        cares_set_num(ctx, o, "priority", cares_u16(rd));
        cares_set_num(ctx, o, "weight", cares_u16(rd + 2));
        cares_set(ctx, o, "type", js_str(ctx, "SRV"));
        return o;
    }
    case 6: { /* SOA */
        long a, b;
        JSValueRef ns = cares_name(ctx, m, rd, &a);
        if (!ns || a > rdlen)
            goto malformed;
        JSValueRef host = cares_name(ctx, m, rd + a, &b);
        if (!host || a + b + 20 > rdlen)
            goto malformed;
        const unsigned char *n = rd + a + b;
        cares_set(ctx, o, "nsname", ns);
        cares_set(ctx, o, "hostmaster", host);
        cares_set_num(ctx, o, "serial", cares_u32(n));
        cares_set_num(ctx, o, "refresh", cares_u32(n + 4));
        cares_set_num(ctx, o, "retry", cares_u32(n + 8));
        cares_set_num(ctx, o, "expire", cares_u32(n + 12));
        cares_set_num(ctx, o, "minttl", cares_u32(n + 16));
        cares_set(ctx, o, "type", js_str(ctx, "SOA"));
        return o;
    }
    case 35: { /* NAPTR */
        if (rdlen < 4)
            goto malformed;
        const unsigned char *p = rd + 4;
        int u;
        JSValueRef flags = cares_chars(ctx, p, end, &u);
        if (!flags)
            goto malformed;
        p += u;
        JSValueRef service = cares_chars(ctx, p, end, &u);
        if (!service)
            goto malformed;
        p += u;
        JSValueRef regexp = cares_chars(ctx, p, end, &u);
        if (!regexp)
            goto malformed;
        p += u;
        if (p >= end)
            goto malformed;
        JSValueRef repl = cares_name(ctx, m, p, &used);
        if (!repl)
            goto malformed;
        cares_set(ctx, o, "flags", flags);
        cares_set(ctx, o, "service", service);
        cares_set(ctx, o, "regexp", regexp);
        cares_set(ctx, o, "replacement", repl);
        cares_set_num(ctx, o, "order", cares_u16(rd));
        cares_set_num(ctx, o, "preference", cares_u16(rd + 2));
        cares_set(ctx, o, "type", js_str(ctx, "NAPTR"));
        return o;
    }
    case 257: { /* CAA: flags, tag length, tag, value */
        if (rdlen < 2 || 2 + rd[1] > rdlen || rd[1] == 0)
            goto malformed;
        char tag[256];
        memcpy(tag, rd + 2, rd[1]);
        tag[rd[1]] = 0;
        cares_set_num(ctx, o, "critical", rd[0]);
        cares_set(ctx, o, "type", js_str(ctx, "CAA"));
        cares_set(ctx, o, tag, cares_latin1(ctx, rd + 2 + rd[1], (size_t)(rdlen - 2 - rd[1])));
        return o;
    }
    case 52: { /* TLSA: usage, selector, matching type, data */
        if (rdlen < 3)
            goto malformed;
        JSValueRef e = NULL;
        JSObjectRef data = JSObjectMakeArrayBufferWithBytesNoCopy(ctx, NULL, 0, NULL, NULL, &e);
        size_t dl = (size_t)(rdlen - 3);
        if (dl) {
            void *copy = js_xmalloc(dl);
            memcpy(copy, rd + 3, dl);
            data = JSObjectMakeArrayBufferWithBytesNoCopy(ctx, copy, dl, cares_free_bytes, NULL, &e);
        }
        if (!data)
            goto malformed;
        cares_set_num(ctx, o, "certUsage", rd[0]);
        cares_set_num(ctx, o, "selector", rd[1]);
        cares_set_num(ctx, o, "match", rd[2]);
        cares_set(ctx, o, "data", data);
        cares_set(ctx, o, "type", js_str(ctx, "TLSA"));
        return o;
    }
    default:
        return NULL;
    }
malformed:
    *bad = 1;
    return NULL;
}

/* The records of the answer section, or NULL for a malformed message. */
static JSObjectRef cares_parse(JSContextRef ctx, const unsigned char *buf, int len) {
    if (len < 12)
        return NULL;
    cares_msg m = {buf, len};
    int qd = cares_u16(buf + 4), an = cares_u16(buf + 6);
    const unsigned char *p = buf + 12, *end = buf + len;
    for (int i = 0; i < qd; i++) {
        char *name = NULL;
        long used;
        if (ares_expand_name(p, buf, len, &name, &used) != ARES_SUCCESS)
            return NULL;
        ares_free_string(name);
        p += used + 4;
        if (p > end)
            return NULL;
    }
    JSObjectRef out = js_array_new(ctx);
    size_t n = 0;
    for (int i = 0; i < an; i++) {
        char *name = NULL;
        long used;
        if (ares_expand_name(p, buf, len, &name, &used) != ARES_SUCCESS)
            return NULL;
        ares_free_string(name);
        p += used;
        if (p + 10 > end)
            return NULL;
        int type = cares_u16(p), cls = cares_u16(p + 2);
        uint32_t ttl = cares_u32(p + 4);
        int rdlen = cares_u16(p + 8);
        p += 10;
        if (p + rdlen > end)
            return NULL;
        int bad = 0;
        JSObjectRef rec = cls == 1 ? cares_record(ctx, &m, type, ttl, p, rdlen, &bad) : NULL;
        if (bad)
            return NULL;
        if (rec)
            js_array_set(ctx, out, n++, rec);
        p += rdlen;
    }
    return out;
}

/* Node's code for a c-ares status. */
static const char *cares_code(int status) {
    switch (status) {
    case ARES_ENODATA: return "ENODATA";
    case ARES_EFORMERR: return "EFORMERR";
    case ARES_ESERVFAIL: return "ESERVFAIL";
    case ARES_ENOTFOUND: return "ENOTFOUND";
    case ARES_ENOTIMP: return "ENOTIMP";
    case ARES_EREFUSED: return "EREFUSED";
    case ARES_EBADQUERY: return "EBADQUERY";
    case ARES_EBADNAME: return "EBADNAME";
    case ARES_EBADFAMILY: return "EBADFAMILY";
    case ARES_EBADRESP: return "EBADRESP";
    case ARES_ECONNREFUSED: return "ECONNREFUSED";
    case ARES_ETIMEOUT: return "ETIMEOUT";
    case ARES_EOF: return "EOF";
    case ARES_EFILE: return "EFILE";
    case ARES_ENOMEM: return "ENOMEM";
    case ARES_EDESTRUCTION: return "EDESTRUCTION";
    case ARES_EBADSTR: return "EBADSTR";
    case ARES_EBADFLAGS: return "EBADFLAGS";
    case ARES_ENONAME: return "ENONAME";
    case ARES_EBADHINTS: return "EBADHINTS";
    case ARES_ENOTINITIALIZED: return "ENOTINITIALIZED";
    case ARES_ECANCELLED: return "ECANCELLED";
    default: return "EBADRESP";
    }
}

static void cares_answer(void *arg, int status, int timeouts, unsigned char *abuf, int alen) {
    (void)timeouts;
    cares_query_t *q = arg;
    cares_channel_t *ch = q->ch;
    JSContextRef ctx = ch->ctx;
    JSObjectRef cb = q->callback;
    free(q);
    ch->pending--;
    if (ch->finalized) {
        /* The channel is being destroyed: no JS now. */
        return;
    }
    JSValueRef args[2];
    int argc = 1;
    if (status == ARES_SUCCESS) {
        JSObjectRef records = cares_parse(ctx, abuf, alen);
        if (records) {
            args[0] = JSValueMakeNull(ctx);
            args[1] = records;
            argc = 2;
        } else {
            args[0] = js_str(ctx, "EBADRESP");
        }
    } else {
        args[0] = js_str(ctx, cares_code(status));
    }
    cares_done_t *d = js_xmalloc(sizeof *d);
    d->callback = cb; /* still protected */
    d->argc = argc;
    for (int i = 0; i < argc; i++) {
        d->args[i] = args[i];
        JSValueProtect(ctx, args[i]);
    }
    d->next = NULL;
    if (ch->done_tail)
        ch->done_tail->next = d;
    else
        ch->done_head = d;
    ch->done_tail = d;
}

static cares_channel_t *cares_get(JSContextRef ctx, JSValueRef v, JSValueRef *exc) {
    if (!JSValueIsObjectOfClass(ctx, v, cares_class)) {
        js_throw_msg(ctx, exc, "TypeError", "not a DNS channel");
        return NULL;
    }
    return JSObjectGetPrivate((JSObjectRef)v);
}

static void cares_finalize(JSObjectRef obj) {
    cares_channel_t *ch = JSObjectGetPrivate(obj);
    if (!ch)
        return;
    ch->finalized = 1;
    ares_destroy(ch->channel); /* no queries are pending: nothing calls back */
    for (cares_poll_t *p = ch->polls, *next; p; p = next) {
        next = p->next;
        uv_poll_stop(&p->handle);
        uv_close((uv_handle_t *)&p->handle, cares_handle_closed);
    }
    ch->polls = NULL;
    uv_close((uv_handle_t *)&ch->timer, cares_handle_closed);
}

/* createChannel(timeoutMs, tries) -> a channel, or throws. */
static JS_FN(cares_create_channel) {
    if (!cares_library_ready) {
        if (ares_library_init(ARES_LIB_INIT_ALL) != ARES_SUCCESS)
            return js_throw_msg(ctx, exc, "Error", "c-ares could not start");
        cares_library_ready = 1;
    }
    double timeout = JSValueToNumber(ctx, JS_ARG(0), NULL);
    double tries = JSValueToNumber(ctx, JS_ARG(1), NULL);
    cares_channel_t *ch = js_xmalloc(sizeof *ch);
    memset(ch, 0, sizeof *ch);
    ch->ctx = JSContextGetGlobalContext(ctx);
    ch->loop = runtime_loop(ctx);
    struct ares_options o;
    memset(&o, 0, sizeof o);
    int mask = ARES_OPT_FLAGS | ARES_OPT_SOCK_STATE_CB;
    o.flags = ARES_FLAG_NOCHECKRESP;
    o.sock_state_cb = cares_sock_state;
    o.sock_state_cb_data = ch;
    if (timeout >= 0 && timeout <= 2147483647) {
        o.timeout = (int)timeout;
        mask |= ARES_OPT_TIMEOUTMS;
    }
    if (tries >= 1 && tries <= 2147483647) {
        o.tries = (int)tries;
        mask |= ARES_OPT_TRIES;
    }
    int rc = ares_init_options(&ch->channel, &o, mask);
    if (rc != ARES_SUCCESS) {
        free(ch);
        return js_throw_msg(ctx, exc, "Error", ares_strerror(rc));
    }
    uv_timer_init(ch->loop, &ch->timer);
    ch->timer.data = ch;
    ch->handles = 1;
    ch->obj = JSObjectMake(ctx, cares_class, ch);
    return ch->obj;
}

/* query(channel, name, type, callback(codeOrNull, records)) */
static JS_FN(cares_query) {
    cares_channel_t *ch = cares_get(ctx, JS_ARG(0), exc);
    if (!ch)
        return NULL;
    js_cstr name;
    if (!js_cstr_get(ctx, JS_ARG(1), &name, exc))
        return NULL;
    int type = js_int(ctx, JS_ARG(2));
    if (!JSValueIsObject(ctx, JS_ARG(3)) || !JSObjectIsFunction(ctx, (JSObjectRef)JS_ARG(3))) {
        js_cstr_free(&name);
        return js_throw_msg(ctx, exc, "TypeError", "callback must be a function");
    }
    cares_query_t *q = js_xmalloc(sizeof *q);
    q->ch = ch;
    q->type = type;
    q->callback = (JSObjectRef)JS_ARG(3);
    JSValueProtect(ctx, q->callback);
    ch->pending++;
    if (!ch->kept) {
        ch->kept = 1;
        JSValueProtect(ctx, ch->obj);
    }
    ares_query(ch->channel, name.s, 1 /* C_IN */, type, cares_answer, q);
    js_cstr_free(&name);
    if (ch->pending > 0)
        cares_arm_timer(ch);
    cares_flush(ch, 1); /* an answer before ares_query returned (a bad name) */
    return JSValueMakeUndefined(ctx);
}

/* cancel(channel): every pending query ends with ECANCELLED. */
static JS_FN(cares_cancel) {
    cares_channel_t *ch = cares_get(ctx, JS_ARG(0), exc);
    if (!ch)
        return NULL;
    ares_cancel(ch->channel);
    cares_flush(ch, 1);
    return JSValueMakeUndefined(ctx);
}

/* setServers(channel, [[family, address, port], ...]) -> 0 or a code. */
static JS_FN(cares_set_servers) {
    cares_channel_t *ch = cares_get(ctx, JS_ARG(0), exc);
    if (!ch)
        return NULL;
    if (!JSValueIsObject(ctx, JS_ARG(1)))
        return js_throw_msg(ctx, exc, "TypeError", "servers must be an array");
    JSObjectRef list = (JSObjectRef)JS_ARG(1);
    int n = js_int(ctx, js_get(ctx, list, "length"));
    if (n < 0 || n > 1024)
        return js_throw_msg(ctx, exc, "RangeError", "too many servers");
    struct ares_addr_port_node *nodes = n ? calloc((size_t)n, sizeof *nodes) : NULL;
    if (n && !nodes)
        return js_throw_msg(ctx, exc, "Error", "out of memory");
    for (int i = 0; i < n; i++) {
        JSValueRef e = JSObjectGetPropertyAtIndex(ctx, list, (unsigned)i, NULL);
        if (!JSValueIsObject(ctx, e))
            continue;
        JSObjectRef entry = (JSObjectRef)e;
        int family = js_int(ctx, JSObjectGetPropertyAtIndex(ctx, entry, 0, NULL));
        js_cstr addr;
        if (!js_cstr_get(ctx, JSObjectGetPropertyAtIndex(ctx, entry, 1, NULL), &addr, exc)) {
            free(nodes);
            return NULL;
        }
        int port = js_int(ctx, JSObjectGetPropertyAtIndex(ctx, entry, 2, NULL));
        nodes[i].family = family == 6 ? AF_INET6 : AF_INET;
        if (inet_pton(nodes[i].family, addr.s, family == 6 ? (void *)&nodes[i].addr.addr6 : (void *)&nodes[i].addr.addr4) != 1) {
            js_cstr_free(&addr);
            free(nodes);
            return JSValueMakeNumber(ctx, ARES_EBADSTR);
        }
        js_cstr_free(&addr);
        nodes[i].udp_port = port;
        nodes[i].tcp_port = port;
        nodes[i].next = i + 1 < n ? &nodes[i + 1] : NULL;
    }
    int rc = ares_set_servers_ports(ch->channel, n ? nodes : NULL);
    free(nodes);
    return JSValueMakeNumber(ctx, rc);
}

/* getServers(channel) -> [[address, port], ...] */
static JS_FN(cares_get_servers) {
    cares_channel_t *ch = cares_get(ctx, JS_ARG(0), exc);
    if (!ch)
        return NULL;
    struct ares_addr_port_node *servers = NULL;
    JSObjectRef out = js_array_new(ctx);
    if (ares_get_servers_ports(ch->channel, &servers) != ARES_SUCCESS)
        return out;
    size_t n = 0;
    for (struct ares_addr_port_node *s = servers; s; s = s->next) {
        char ip[INET6_ADDRSTRLEN];
        if (!inet_ntop(s->family, &s->addr, ip, sizeof ip))
            continue;
        JSValueRef pair[2] = {js_str(ctx, ip), JSValueMakeNumber(ctx, s->udp_port ? s->udp_port : 53)};
        js_array_set(ctx, out, n++, JSObjectMakeArray(ctx, 2, pair, NULL));
    }
    ares_free_data(servers);
    return out;
}

/* strerror(code): c-ares's words for one of its status codes. */
static JS_FN(cares_strerror) {
    double code = JSValueToNumber(ctx, JS_ARG(0), exc);
    if (*exc)
        return NULL;
    return js_str(ctx, ares_strerror(code >= -1000000 && code <= 1000000 ? (int)code : ARES_EBADQUERY));
}

/* setLocalAddress(channel, ipv4 | '', ipv6 | '') */
static JS_FN(cares_set_local_address) {
    cares_channel_t *ch = cares_get(ctx, JS_ARG(0), exc);
    if (!ch)
        return NULL;
    js_cstr a;
    for (size_t i = 1; i <= 2; i++) {
        if (!JSValueIsString(ctx, JS_ARG(i)))
            continue;
        if (!js_cstr_get(ctx, JS_ARG(i), &a, exc))
            return NULL;
        unsigned char buf[16];
        if (inet_pton(AF_INET, a.s, buf) == 1)
            ares_set_local_ip4(ch->channel, ((uint32_t)buf[0] << 24) | ((uint32_t)buf[1] << 16) | ((uint32_t)buf[2] << 8) | buf[3]);
        else if (inet_pton(AF_INET6, a.s, buf) == 1)
            ares_set_local_ip6(ch->channel, buf);
        js_cstr_free(&a);
    }
    return JSValueMakeUndefined(ctx);
}

JSObjectRef cares_binding(JSContextRef ctx) {
    if (!cares_class) {
        JSClassDefinition def = kJSClassDefinitionEmpty;
        def.className = "ChannelWrap";
        def.finalize = cares_finalize;
        cares_class = JSClassCreate(&def);
    }
    JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
    js_set_fn(ctx, b, "createChannel", cares_create_channel);
    js_set_fn(ctx, b, "query", cares_query);
    js_set_fn(ctx, b, "cancel", cares_cancel);
    js_set_fn(ctx, b, "setServers", cares_set_servers);
    js_set_fn(ctx, b, "getServers", cares_get_servers);
    js_set_fn(ctx, b, "setLocalAddress", cares_set_local_address);
    js_set_fn(ctx, b, "strerror", cares_strerror);
    return b;
}
