/* internalBinding('http_parser'): src/http/http_parser.c for lib/_http_*.js.
 *
 *   const p = binding.create(binding.proto);
 *   p.initialize(type, maxHeaderSize)   1 request, 2 response; resets
 *   p.execute(bytes, target) -> 2n + m  n bytes consumed (all of them unless
 *                                       an upgrade/CONNECT message stopped
 *                                       the parser), m 1 while a message is
 *                                       under way; or -1 on a parse error
 *   p.finish(target) -> 0 or -1         the peer ended the stream (0 after
 *                                       an error execute reported)
 *   p.error() -> [code, reason, bytesParsed]   after a -1
 *   p.reset()                           ready for a new stream
 *
 * Calls into JS, made from inside execute()/finish() on `target` (p itself
 * when omitted; so no runtime_call: the caller is JS already and its
 * exceptions go up through execute):
 *   target.onHead(major, minor, head, method, status, upgrade, keepAlive,
 *                 headers) -> 0, 1 (no body follows) or 2 (upgrade)
 *     head the message head's bytes as one latin1 string, and
 *     binding.headOffsets (a Uint32Array shared by the runtime's parsers,
 *     read before anything else runs) where its fields lie: [0] the
 *     number of headers n, [1] and [2] the start and end of the request
 *     target (requests) or reason phrase (responses), then per header the
 *     start and end of its name and of its value. JS slices the fields out
 *     of the string (a substring costs the JIT a few instructions, a string
 *     made through the API a few thousand). A head with more headers than
 *     the offsets hold passes them as `headers`, a flat array [name, value,
 *     ...] as Node's rawHeaders (undefined otherwise). method an index into
 *     binding.methods.
 *   target.onBody(offset, length)       a slice of the bytes passed to execute
 *   target.onTrailers(headers)
 *   target.onComplete()
 * One call per message head carries the whole head: the JS side builds its
 * IncomingMessage from it without further crossings. */
#include <stdlib.h>
#include <string.h>

#include "bindings.h"
#include "../engine_fast.h"
#include "../http/http_parser.h"

typedef struct {
    http_parser_t parser;
    JSContextRef ctx;      /* set for the duration of execute/finish */
    JSObjectRef self;      /* the callbacks' target, likewise */
    JSValueRef *exc;       /* where a callback's exception goes */
    const char *input;     /* the bytes execute() is parsing */
    size_t consumed;       /* from the last execute, for error() */
} http_binding_t;

enum { HB_ONHEAD, HB_ONBODY, HB_ONTRAILERS, HB_ONCOMPLETE, HB_NNAMES };

static JSStringRef http_binding_name(int which) {
    static const char *const names[] = {"onHead", "onBody", "onTrailers", "onComplete"};
    static JSStringRef made[HB_NNAMES];
    if (!made[which])
        made[which] = JSStringCreateWithUTF8CString(names[which]);
    return made[which];
}

/* A JS string from bytes read as latin1, as Node reads header bytes. The
 * usual all-ASCII case goes through the UTF-8 entry point, which makes an
 * 8-bit engine string (faster to compare and lowercase in JS than the
 * 16-bit one the UTF-16 entry point makes). */
static JSValueRef http_binding_latin1(JSContextRef ctx, const char *s, size_t n) {
    if (n == 0)
        return js_str(ctx, "");
    /* Made in place when the engine's fast paths are calibrated (node:http
     * loads Buffer, which calibrates them): an 8-bit string, one copy. */
    if (engine_fast_values())
        return engine_fast_latin1(ctx, (const uint8_t *)s, n, false);
    unsigned char high = 0;
    bool nul = false;
    for (size_t i = 0; i < n; i++) {
        high |= (unsigned char)s[i];
        nul |= s[i] == 0;
    }
    JSStringRef str;
    /* The parser rejects NUL in every field it hands over; should one get
     * through, the UTF-16 path keeps it (the C-string one would cut). */
    if (high < 0x80 && !nul) {
        char small[256];
        char *c = n < sizeof small ? small : js_xmalloc(n + 1);
        memcpy(c, s, n);
        c[n] = '\0';
        str = JSStringCreateWithUTF8CString(c);
        if (c != small)
            free(c);
    } else {
        JSChar small[256];
        JSChar *w = n <= 256 ? small : js_xmalloc(n * sizeof *w);
        for (size_t i = 0; i < n; i++)
            w[i] = (unsigned char)s[i];
        str = JSStringCreateWithCharacters(w, n);
        if (w != small)
            free(w);
    }
    JSValueRef v = JSValueMakeString(ctx, str);
    JSStringRelease(str);
    return v;
}

/* this[name](...argv): the callback's result, or NULL when it threw (the
 * exception is in *b->exc) or is missing. */
static JSValueRef http_binding_call(http_binding_t *b, int name, size_t argc,
                                    const JSValueRef argv[]) {
    JSContextRef ctx = b->ctx;
    if (*b->exc)
        return NULL;
    JSValueRef fn = JSObjectGetProperty(ctx, b->self, http_binding_name(name), b->exc);
    if (*b->exc || !fn || !JSValueIsObject(ctx, fn))
        return NULL;
    return JSObjectCallAsFunction(ctx, (JSObjectRef)fn, b->self, argc, argv, b->exc);
}

/* The headers of h as [name, value, ...]. Up to 64 headers the values sit
 * in a stack array the collector scans; past that, each is stored into
 * the array as it is made (see js_array_set). */
static JSObjectRef http_binding_headers(JSContextRef ctx, const http_head_t *h, JSValueRef *exc) {
    uint32_t n = h->nheaders;
    if (n <= 64) {
        JSValueRef vals[128];
        for (uint32_t i = 0; i < n; i++) {
            const http_header_t *hd = &h->headers[i];
            vals[2 * i] = http_binding_latin1(ctx, h->base + hd->name_off, hd->name_len);
            vals[2 * i + 1] = http_binding_latin1(ctx, h->base + hd->value_off, hd->value_len);
        }
        return JSObjectMakeArray(ctx, 2 * n, vals, exc);
    }
    JSObjectRef arr = js_array_new(ctx);
    for (uint32_t i = 0; i < n; i++) {
        const http_header_t *hd = &h->headers[i];
        js_array_set(ctx, arr, 2 * i, http_binding_latin1(ctx, h->base + hd->name_off, hd->name_len));
        js_array_set(ctx, arr, 2 * i + 1,
                     http_binding_latin1(ctx, h->base + hd->value_off, hd->value_len));
    }
    return arr;
}

/* binding.headOffsets' memory: one per runtime (each runtime has its own
 * thread), owned by the array, which the binding object keeps. */
enum { HTTP_OFFSETS_HEADERS = 256, HTTP_OFFSETS_LEN = 3 + 4 * HTTP_OFFSETS_HEADERS };
static _Thread_local uint32_t *http_offsets;

static int http_binding_on_head(void *ud, const http_head_t *h) {
    http_binding_t *b = ud;
    JSContextRef ctx = b->ctx;
    uint32_t *o = http_offsets;
    bool request = b->parser.type == HTTP_REQUEST;
    uint32_t field_off = request ? h->url_off : h->reason_off;
    uint32_t field_len = request ? h->url_len : h->reason_len;
    /* The head string runs from the start of base to the end of the last
     * field handed over (the headers come in order). */
    uint32_t end = field_off + field_len;
    if (h->nheaders > 0) {
        const http_header_t *last = &h->headers[h->nheaders - 1];
        if (last->value_off + last->value_len > end)
            end = last->value_off + last->value_len;
        if (last->name_off + last->name_len > end)
            end = last->name_off + last->name_len;
    }
    JSValueRef args[8];
    args[0] = JSValueMakeNumber(ctx, h->major);
    args[1] = JSValueMakeNumber(ctx, h->minor);
    args[2] = http_binding_latin1(ctx, h->base, end);
    args[3] = request ? JSValueMakeNumber(ctx, h->method) : JSValueMakeUndefined(ctx);
    args[4] = request ? JSValueMakeUndefined(ctx) : JSValueMakeNumber(ctx, h->status);
    args[5] = JSValueMakeBoolean(ctx, h->upgrade);
    args[6] = JSValueMakeBoolean(ctx, h->keep_alive);
    args[7] = JSValueMakeUndefined(ctx);
    o[1] = field_off;
    o[2] = field_off + field_len;
    if (h->nheaders <= HTTP_OFFSETS_HEADERS) {
        o[0] = h->nheaders;
        for (uint32_t i = 0; i < h->nheaders; i++) {
            const http_header_t *hd = &h->headers[i];
            uint32_t *f = o + 3 + 4 * i;
            f[0] = hd->name_off;
            f[1] = hd->name_off + hd->name_len;
            f[2] = hd->value_off;
            f[3] = hd->value_off + hd->value_len;
        }
    } else {
        o[0] = 0;
        args[7] = http_binding_headers(ctx, h, b->exc);
        if (*b->exc)
            return HTTP_CB_ERROR;
    }
    JSValueRef r = http_binding_call(b, HB_ONHEAD, 8, args);
    if (*b->exc)
        return HTTP_CB_ERROR;
    int v = r && JSValueIsNumber(ctx, r) ? (int)JSValueToNumber(ctx, r, NULL) : 0;
    return v == 1 ? HTTP_CB_SKIP_BODY : v == 2 ? HTTP_CB_UPGRADE : HTTP_CB_OK;
}

static int http_binding_on_body(void *ud, const char *p, size_t n) {
    http_binding_t *b = ud;
    JSContextRef ctx = b->ctx;
    /* Body bytes always lie in the current input (only a head is ever
     * buffered by the parser), so JS can take a view of its own buffer. */
    CHECK(p >= b->input);
    JSValueRef args[2] = {JSValueMakeNumber(ctx, (double)(p - b->input)),
                          JSValueMakeNumber(ctx, (double)n)};
    http_binding_call(b, HB_ONBODY, 2, args);
    return *b->exc ? HTTP_CB_ERROR : HTTP_CB_OK;
}

static int http_binding_on_trailers(void *ud, const http_head_t *h) {
    http_binding_t *b = ud;
    JSValueRef arr = http_binding_headers(b->ctx, h, b->exc);
    if (*b->exc)
        return HTTP_CB_ERROR;
    http_binding_call(b, HB_ONTRAILERS, 1, &arr);
    return *b->exc ? HTTP_CB_ERROR : HTTP_CB_OK;
}

static int http_binding_on_complete(void *ud) {
    http_binding_t *b = ud;
    http_binding_call(b, HB_ONCOMPLETE, 0, NULL);
    return *b->exc ? HTTP_CB_ERROR : HTTP_CB_OK;
}

static const http_callbacks_t http_binding_callbacks = {
    .on_head = http_binding_on_head,
    .on_body = http_binding_on_body,
    .on_trailers = http_binding_on_trailers,
    .on_message_complete = http_binding_on_complete,
};

/* ---- the class ------------------------------------------------------------- */

static void http_binding_finalize(JSObjectRef obj) {
    http_binding_t *b = JSObjectGetPrivate(obj);
    if (b) {
        http_parser_free(&b->parser);
        free(b);
    }
}

static JSClassRef http_binding_class(void) {
    static JSClassRef cls;
    if (!cls) {
        JSClassDefinition def = kJSClassDefinitionEmpty;
        def.className = "HTTPParser";
        def.finalize = http_binding_finalize;
        cls = JSClassCreate(&def);
    }
    return cls;
}

/* The parser behind `this`, or NULL with a TypeError in *exc: the methods
 * are reachable from user code (require('_http_common').HTTPParser), so a
 * wrong receiver is an error, not a bug. */
static http_binding_t *http_binding_of(JSContextRef ctx, JSObjectRef self, JSValueRef *exc) {
    http_binding_t *b = NULL;
    if (self && JSValueIsObjectOfClass(ctx, self, http_binding_class()))
        b = JSObjectGetPrivate(self);
    if (!b)
        js_throw_msg(ctx, exc, "TypeError", "Illegal invocation");
    return b;
}

#define HTTP_BINDING_THIS()                                                  \
    http_binding_t *b = http_binding_of(ctx, self, exc);                     \
    if (!b)                                                                  \
        return NULL

/* p.initialize(type, maxHeaderSize) */
static JS_FN(http_binding_initialize) {
    HTTP_BINDING_THIS();
    if (b->ctx)
        return js_throw_msg(ctx, exc, "Error", "HTTPParser.initialize() called from its own callback");
    int type = js_int(ctx, JS_ARG(0));
    double max = js_num(ctx, JS_ARG(1));
    if (type != HTTP_REQUEST && type != HTTP_RESPONSE)
        return js_throw_msg(ctx, exc, "TypeError", "Invalid parser type");
    http_parser_free(&b->parser);
    http_parser_init(&b->parser, (http_type)type, &http_binding_callbacks, b);
    if (max > 0 && max < 4294967295.0)
        b->parser.max_header_size = (uint32_t)max;
    b->consumed = 0;
    return JSValueMakeUndefined(ctx);
}

/* p.reset(): a new stream, same settings. */
static JS_FN(http_binding_reset) {
    HTTP_BINDING_THIS();
    if (b->ctx)
        return js_throw_msg(ctx, exc, "Error", "HTTPParser.reset() called from its own callback");
    http_parser_reset(&b->parser);
    return JSValueMakeUndefined(ctx);
}

/* Whose onHead/onBody/... a call runs: the object passed after the bytes
 * (lib/ passes its plain parser object, whose properties the JIT caches;
 * those of an object of a C class it cannot), else the parser itself. */
static JSObjectRef http_binding_target(JSContextRef ctx, JSObjectRef self, JSValueRef t) {
    return JSValueIsObject(ctx, t) ? (JSObjectRef)t : self;
}

static bool http_binding_failed(int rc) {
    return rc != HPE_OK && rc != HPE_PAUSED && rc != HPE_PAUSED_UPGRADE;
}

/* p.execute(bytes) -> bytes consumed, or -1 (see p.error()). A callback's
 * exception propagates; the parser is then failed with HPE_USER. */
static JS_FN(http_binding_execute) {
    HTTP_BINDING_THIS();
    uint8_t *bytes;
    size_t len;
    /* The parser is not re-entrant: a callback that made the socket emit
     * more data synchronously must queue it (lib/_http_common.js does). */
    if (b->ctx)
        return js_throw_msg(ctx, exc, "Error", "HTTPParser.execute() called from its own callback");
    if (!js_bytes_borrow(ctx, JS_ARG(0), &bytes, &len))
        return js_throw_msg(ctx, exc, "TypeError", "The data must be a Uint8Array");
    /* The parser keeps what it needs of an unfinished head in its own
     * buffer, and callbacks get offsets, not pointers: a callback that
     * detached the input would only make later offsets meaningless, which
     * JS checks by the buffer's length. */
    if (b->parser.error == HPE_PAUSED_UPGRADE || b->parser.error == HPE_PAUSED)
        http_parser_resume(&b->parser);
    b->ctx = ctx;
    b->self = http_binding_target(ctx, self, JS_ARG(1));
    b->exc = exc;
    b->input = (const char *)bytes;
    size_t used = 0;
    int rc = http_parser_execute(&b->parser, (const char *)bytes, len, &used);
    b->ctx = NULL;
    b->self = NULL;
    b->exc = NULL;
    b->input = NULL;
    b->consumed = used;
    if (*exc)
        return NULL;
    if (http_binding_failed(rc))
        return JSValueMakeNumber(ctx, -1);
    /* The low bit says whether a message is under way (its first bytes
     * came, its end did not): what the server's headersTimeout and
     * requestTimeout measure from. */
    return JSValueMakeNumber(ctx, (double)used * 2 + (b->parser.message_started ? 1 : 0));
}

/* p.finish() -> 0, or -1 for a message cut short. */
static JS_FN(http_binding_finish) {
    HTTP_BINDING_THIS();
    /* An error was reported already, by execute (as llhttp_finish does). */
    if (http_binding_failed(b->parser.error))
        return JSValueMakeNumber(ctx, 0);
    if (b->ctx)
        return js_throw_msg(ctx, exc, "Error", "HTTPParser.finish() called from its own callback");
    b->ctx = ctx;
    b->self = http_binding_target(ctx, self, JS_ARG(0));
    b->exc = exc;
    b->input = NULL;
    int rc = http_parser_finish(&b->parser);
    b->ctx = NULL;
    b->self = NULL;
    b->exc = NULL;
    b->consumed = 0;
    if (*exc)
        return NULL;
    return JSValueMakeNumber(ctx, http_binding_failed(rc) ? -1 : 0);
}

/* p.error() -> [code, reason, bytesParsed] of the last failure. */
static JS_FN(http_binding_error) {
    HTTP_BINDING_THIS();
    int code = b->parser.error;
    JSValueRef vals[3];
    vals[0] = js_str(ctx, http_errno_name(code));
    vals[1] = js_str(ctx, b->parser.reason ? b->parser.reason : "");
    vals[2] = JSValueMakeNumber(ctx, (double)b->consumed);
    return JSObjectMakeArray(ctx, 3, vals, exc);
}

/* binding.create(proto) -> a new parser (a request parser until
 * initialize), with proto (binding.proto, which has the methods) as its
 * prototype. */
static JS_FN(http_binding_create) {
    http_binding_t *b = js_xmalloc(sizeof *b);
    memset(b, 0, sizeof *b);
    http_parser_init(&b->parser, HTTP_REQUEST, &http_binding_callbacks, b);
    JSObjectRef obj = JSObjectMake(ctx, http_binding_class(), b);
    if (JSValueIsObject(ctx, JS_ARG(0)))
        JSObjectSetPrototype(ctx, obj, JS_ARG(0));
    return obj;
}

static void http_binding_free_offsets(void *bytes, void *ctx) {
    if (http_offsets == bytes)
        http_offsets = NULL;
    free(bytes);
}

JSObjectRef http_parser_binding(JSContextRef ctx) {
    JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
    JSObjectRef proto = JSObjectMake(ctx, NULL, NULL);
    js_set_fn(ctx, proto, "initialize", http_binding_initialize);
    js_set_fn(ctx, proto, "reset", http_binding_reset);
    js_set_fn(ctx, proto, "execute", http_binding_execute);
    js_set_fn(ctx, proto, "finish", http_binding_finish);
    js_set_fn(ctx, proto, "error", http_binding_error);
    js_set(ctx, b, "proto", proto);
    js_set_fn(ctx, b, "create", http_binding_create);
    JSObjectRef methods = js_array_new(ctx);
    for (int i = 0; i < HTTP_METHOD_COUNT; i++)
        js_array_set(ctx, methods, (size_t)i, js_str(ctx, http_method_names[i]));
    js_set(ctx, b, "methods", methods);
    uint32_t *offsets = js_xmalloc(HTTP_OFFSETS_LEN * sizeof *offsets);
    memset(offsets, 0, HTTP_OFFSETS_LEN * sizeof *offsets);
    JSObjectRef view = JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint32Array, offsets,
                                                             HTTP_OFFSETS_LEN * sizeof *offsets,
                                                             http_binding_free_offsets, NULL, NULL);
    CHECK(view != NULL);
    http_offsets = offsets;
    js_set(ctx, b, "headOffsets", view);
    js_set_num(ctx, b, "REQUEST", HTTP_REQUEST);
    js_set_num(ctx, b, "RESPONSE", HTTP_RESPONSE);
    return b;
}
