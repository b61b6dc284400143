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
 *   binding.fast.execute(p, bytes, target)
 *                                       execute as an engine host function
 *                                       (no API callback's entry and exit,
 *                                       the engine's lock taken once): the
 *                                       same result, or -2 where the method
 *                                       must be asked (it throws what is
 *                                       wrong), or -3 when a callback threw:
 *                                       the exception is target.pendingError
 *                                       (a host function cannot throw)
 *
 * Calls into JS, made from inside execute()/finish() on `target` (p itself
 * when omitted; so no runtime_call: the caller is JS already and its
 * exceptions go up through execute):
 *   target.onHead(major, minor, head, method, status, upgrade, keepAlive,
 *                 headers, bodyless) -> 0, 1 (no body follows), 2
 *                 (upgrade) or 3: bodyless says a request ends with its
 *                 head, and 3 that onHead finished it (no onComplete)
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
#include "stream_wrap.h"

typedef struct {
    http_parser_t parser;
    JSContextRef ctx;      /* set for the duration of execute/finish */
    JSObjectRef self;      /* the callbacks' target, likewise */
    JSValueRef *exc;       /* where a callback's exception goes */
    const char *input;     /* the bytes execute() is parsing */
    size_t input_len;
    size_t consumed;       /* from the last execute, for error() */
    /* Taking a handle's reads in C (binding.consume): */
    stream_wrap_consumer_t consumer;
    stream_wrap_t *handle;   /* the handle, or NULL */
    JSObjectRef native;      /* this parser's object and the callbacks' */
    JSObjectRef target;      /* target: protected while consuming */
    JSObjectRef input_view;  /* a read's bytes made a Uint8Array, or NULL */
    JSObjectRef run;         /* the trampoline that parses a read (protected), or NULL */
    char *pending;           /* the read it is to parse */
    size_t pending_len, pending_cap;
    char *input_own;         /* a big read's buffer, which a view may keep */
    size_t input_own_cap;
    bool input_kept;         /* it did */
    double unreported;       /* bytes read since JS last took the count */
    bool js_in_progress;     /* JS was last told a message is under way */
    bool completed_early;    /* onHead finished its bodyless message */
    bool reading;            /* inside a read: a release waits for its end */
    bool release_pending;
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

/* A header's value; a folded one (lenient parsing) without the line ends
 * of its folds, as Node joins llhttp's pieces of it. */
static JSValueRef http_binding_value(JSContextRef ctx, const http_head_t *h, const http_header_t *hd) {
    if (!hd->folded)
        return http_binding_latin1(ctx, h->base + hd->value_off, hd->value_len);
    char *d = js_xmalloc(hd->value_len ? hd->value_len : 1);
    uint32_t k = 0;
    for (uint32_t i = 0; i < hd->value_len; i++) {
        char c = h->base[hd->value_off + i];
        if (c != '\r' && c != '\n')
            d[k++] = c;
    }
    JSValueRef v = http_binding_latin1(ctx, d, k);
    free(d);
    return v;
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
            vals[2 * i + 1] = http_binding_value(ctx, h, hd);
        }
        return JSObjectMakeArray(ctx, 2 * n, vals, exc);
    }
    JSObjectRef arr = js_array_new(ctx);
    for (uint32_t i = 0; i < n; i++) {
        const http_header_t *hd = &h->headers[i];
        js_array_set(ctx, arr, 2 * i, http_binding_latin1(ctx, h->base + hd->name_off, hd->name_len));
        js_array_set(ctx, arr, 2 * i + 1, http_binding_value(ctx, h, hd));
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
    JSValueRef args[9];
    args[0] = engine_fast_make_number(ctx, h->major);
    args[1] = engine_fast_make_number(ctx, h->minor);
    args[2] = http_binding_latin1(ctx, h->base, end);
    args[3] = request ? engine_fast_make_number(ctx, h->method) : engine_fast_make_undefined(ctx);
    args[4] = request ? engine_fast_make_undefined(ctx) : engine_fast_make_number(ctx, h->status);
    args[5] = engine_fast_make_boolean(ctx, h->upgrade);
    args[6] = engine_fast_make_boolean(ctx, h->keep_alive);
    args[7] = engine_fast_make_undefined(ctx);
    /* A request without a body ends with its head: onHead may finish it
     * itself (returning 3) and spare the onComplete call. */
    bool bodyless = request && !h->upgrade && !(h->flags & (HTTP_F_CHUNKED | HTTP_F_TRANSFER_ENCODING)) &&
                    (!(h->flags & HTTP_F_CONTENT_LENGTH) || h->content_length == 0);
    args[8] = engine_fast_make_boolean(ctx, bodyless);
    o[1] = field_off;
    o[2] = field_off + field_len;
    /* Folded values are not slices of the head: they come as strings. */
    bool folded = false;
    for (uint32_t i = 0; b->parser.lenient && i < h->nheaders; i++)
        folded |= h->headers[i].folded != 0;
    if (h->nheaders <= HTTP_OFFSETS_HEADERS && !folded) {
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
    JSValueRef r = http_binding_call(b, HB_ONHEAD, 9, args);
    if (*b->exc)
        return HTTP_CB_ERROR;
    int v = 0;
    if (r && engine_fast_values() && (engine_fast_bits(r) & ENGINE_FAST_INT32_TAG) == ENGINE_FAST_INT32_TAG)
        v = (int32_t)(uint32_t)engine_fast_bits(r);
    else if (r && JSValueIsNumber(ctx, r))
        v = (int)JSValueToNumber(ctx, r, NULL);
    if (v == 3 && bodyless) {
        b->completed_early = true;
        return HTTP_CB_OK;
    }
    return v == 1 ? HTTP_CB_SKIP_BODY : v == 2 ? HTTP_CB_UPGRADE : HTTP_CB_OK;
}

static void http_binding_bytes_free(void *bytes, void *ctx) {
    free(bytes);
}

/* The input of a consumed read as a Uint8Array of its own (made once per
 * read), which JS reads body chunks from as views. */
static JSObjectRef http_binding_input_view(JSContextRef ctx, http_binding_t *b) {
    if (!b->input_view) {
        void *copy;
        if (b->input_own && b->input_len >= b->input_own_cap / 2) {
            /* A big read's own buffer rather than a copy. Not shrunk: the
             * parser is still reading it; half of it at least is used. */
            copy = b->input_own;
            b->input_own = NULL;
            b->input_kept = true;
        } else {
            copy = js_xmalloc(b->input_len ? b->input_len : 1);
            memcpy(copy, b->input, b->input_len);
        }
        b->input_view = JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint8Array, copy, b->input_len,
                                                              http_binding_bytes_free, NULL, NULL);
        CHECK(b->input_view != NULL);
    }
    return b->input_view;
}

static JSStringRef http_binding_buf_name(void) {
    static JSStringRef name;
    if (!name)
        name = JSStringCreateWithUTF8CString("buf");
    return name;
}

static int http_binding_on_body(void *ud, const char *p, size_t n) {
    http_binding_t *b = ud;
    JSContextRef ctx = b->ctx;
    /* Body bytes always lie in the current input (only a head is ever
     * buffered by the parser), so JS can take a view of its own buffer;
     * a read taken in C has none: it gets one, as parser.buf. */
    CHECK(p >= b->input);
    if (b->reading && !b->input_view)
        JSObjectSetProperty(ctx, b->self, http_binding_buf_name(), http_binding_input_view(ctx, b),
                            kJSPropertyAttributeNone, NULL);
    JSValueRef args[2] = {engine_fast_make_number(ctx, (double)(p - b->input)),
                          engine_fast_make_number(ctx, (double)n)};
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
    if (b->completed_early) {
        b->completed_early = false;
        return HTTP_CB_OK;
    }
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

/* p.initialize(type, maxHeaderSize, lenientFlags) */
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
    b->parser.lenient = (uint32_t)js_int(ctx, JS_ARG(2)) & (HTTP_LENIENT_ALL | HTTP_LENIENT_HEADER_VALUE_RELAXED);
    b->consumed = 0;
    b->completed_early = false;
    if (b->handle)
        stream_wrap_set_consumer(b->handle, NULL);
    return engine_fast_make_undefined(ctx);
}

/* p.reset(): a new stream, same settings. */
static JS_FN(http_binding_reset) {
    HTTP_BINDING_THIS();
    if (b->ctx)
        return js_throw_msg(ctx, exc, "Error", "HTTPParser.reset() called from its own callback");
    http_parser_reset(&b->parser);
    b->completed_early = false;
    return engine_fast_make_undefined(ctx);
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

/* One run of the parser over bytes, its callbacks on target: what execute
 * returns (-1 for a parse error, else 2 * bytes used + 1 while a message is
 * under way), or -3 with a callback's exception in *exc. The caller holds
 * the engine's lock. */
static double http_binding_run(JSContextRef ctx, http_binding_t *b, JSObjectRef target,
                               const uint8_t *bytes, size_t len, JSValueRef *exc) {
    /* The parser keeps what it needs of an unfinished head in its own
     * buffer, and callbacks get offsets, not pointers: a callback that
     * detached the input would only make later offsets meaningless, which
     * JS checks by the buffer's length. */
    if (b->parser.error == HPE_PAUSED_UPGRADE || b->parser.error == HPE_PAUSED)
        http_parser_resume(&b->parser);
    b->ctx = ctx;
    b->self = target;
    b->exc = exc;
    b->input = (const char *)bytes;
    b->input_len = len;
    size_t used = 0;
    int rc = http_parser_execute(&b->parser, (const char *)bytes, len, &used);
    b->ctx = NULL;
    b->self = NULL;
    b->exc = NULL;
    b->input = NULL;
    b->consumed = used;
    if (*exc)
        return -3;
    if (http_binding_failed(rc))
        return -1;
    /* The low bit says whether a message is under way (its first bytes
     * came, its end did not): what the server's headersTimeout and
     * requestTimeout measure from. */
    return (double)used * 2 + (b->parser.message_started ? 1 : 0);
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
    /* The engine's lock, taken once for the whole parse: a C API callback
     * runs with it dropped, and the callbacks' arguments and calls are a
     * dozen API calls per message. Promise jobs are not run at its release
     * inside a callback, so holding it across the JS calls changes nothing
     * of their order. */
    engine_fast_hold_t hold;
    engine_fast_hold(ctx, &hold);
    double r = http_binding_run(ctx, b, http_binding_target(ctx, self, JS_ARG(1)), bytes, len, exc);
    JSValueRef v = r == -3 ? NULL : engine_fast_make_number(ctx, r);
    engine_fast_release(&hold);
    return v;
}

/* Where fast.consume leaves onConsumed's arguments. */
static JSStringRef http_binding_args_name(void) {
    static JSStringRef name;
    if (!name)
        name = JSStringCreateWithUTF8CString("consumedArgs");
    return name;
}

/* Where the host functions leave a callback's exception. */
static JSStringRef http_binding_pending_name(void) {
    static JSStringRef name;
    if (!name)
        name = JSStringCreateWithUTF8CString("pendingError");
    return name;
}

/* binding.fast.execute(p, bytes, target): see the top of the file. */
static int64_t http_binding_host_execute(void *global, void *frame) {
    JSContextRef ctx = engine_fast_context(global);
    JSValueRef p = engine_fast_arg(frame, 0), t = engine_fast_arg(frame, 2);
    uint8_t *bytes;
    size_t len;
    if (!engine_fast_is_cell(p) || !engine_fast_is_cell(t) || !JSValueIsObject(ctx, t) ||
        !JSValueIsObjectOfClass(ctx, p, http_binding_class()) ||
        !engine_fast_bytes_in_place(engine_fast_arg(frame, 1), &bytes, &len))
        return engine_fast_number(-2);
    http_binding_t *b = JSObjectGetPrivate((JSObjectRef)p);
    if (!b || b->ctx)
        return engine_fast_number(-2);
    JSValueRef exc = NULL;
    double r = http_binding_run(ctx, b, (JSObjectRef)t, bytes, len, &exc);
    if (r == -3)
        JSObjectSetProperty(ctx, (JSObjectRef)t, http_binding_pending_name(), exc, kJSPropertyAttributeNone, NULL);
    return engine_fast_number(r);
}

/* ---- taking a handle's reads ------------------------------------------------
 *
 *   binding.consume(handle, p, target, run) -> true
 *                                       the handle's reads go to p in C (no
 *                                       Uint8Array, no onread), its
 *                                       callbacks on target; false if the
 *                                       handle is closed or the engine has
 *                                       no host functions. run(p, target)
 *                                       is each read's one call into JS: it
 *                                       calls fast.consume(p, target), which
 *                                       parses the read from inside it (the
 *                                       callbacks are then calls within JS,
 *                                       not entries from C), and onConsumed
 *                                       when that answers 1 (its arguments
 *                                       in target.consumedArgs)
 *   binding.unconsume(p) -> bytes       let go; the bytes read since JS
 *                                       last took the count
 *   binding.takeBytes(p) -> bytes       that count, taken
 *
 * After a read, run calls target.onConsumed(result, bytes, input) only
 * when there is something for JS to do: result as execute's (or -3, the
 * callback's exception in target.pendingError), bytes the count as above,
 * input the read's bytes as a Uint8Array when not all were used or the
 * parse failed. That is, after an error, an exception, bytes left over (an
 * upgrade), or a read that left a message under way or ended one JS was
 * told of. Other reads run only the parser's callbacks: one entry into JS
 * per read. The nextTick queue and promise jobs run after each read, as
 * after a callback. A read that comes while the parser is executing (from
 * a callback) goes to onread, which queues it. */

static void http_consume_unprotect(JSContextRef ctx, http_binding_t *b) {
    JSValueUnprotect(ctx, b->target);
    JSValueUnprotect(ctx, b->native);
    JSValueUnprotect(ctx, b->run);
    b->target = NULL;
    b->native = NULL;
    b->run = NULL;
}

static void http_consume_release(stream_wrap_consumer_t *c, stream_wrap_t *w) {
    http_binding_t *b = (http_binding_t *)((char *)c - offsetof(http_binding_t, consumer));
    b->handle = NULL;
    if (b->reading) {
        b->release_pending = true;
        return;
    }
    http_consume_unprotect(w->ctx, b);
}

/* Parses a consumed read, its callbacks on b->target; true when JS must
 * hear of it: then args hold onConsumed's arguments (and a callback's
 * exception is in target.pendingError). The caller holds the engine's
 * lock. */
static bool http_consume_parse(JSContextRef ctx, http_binding_t *b, const char *bytes, size_t n,
                               JSValueRef args[3]) {
    JSObjectRef target = b->target;
    b->input_view = NULL;
    b->unreported += (double)n;
    JSValueRef exc = NULL;
    double r = http_binding_run(ctx, b, target, (const uint8_t *)bytes, n, &exc);
    bool in_progress = b->parser.message_started;
    /* JS needs the bytes after an error (the rawPacket), and where the
     * parser stopped: an upgrade (what follows the head is the socket's)
     * or a message whose upgrade nobody took (what follows is parsed
     * again). */
    bool partial = r == -1 || (r >= 0 && (b->consumed < n || b->parser.error == HPE_PAUSED_UPGRADE ||
                                          b->parser.error == HPE_PAUSED));
    JSObjectRef view = b->input_view;
    b->input_view = NULL;
    if (view)
        JSObjectSetProperty(ctx, target, http_binding_buf_name(), engine_fast_make_null(ctx), kJSPropertyAttributeNone,
                            NULL);
    if (!(r < 0 || partial || in_progress || b->js_in_progress))
        return false;
    if (partial && !view) {
        b->input = bytes;
        b->input_len = n;
        view = http_binding_input_view(ctx, b);
        b->input = NULL;
        b->input_view = NULL;
    }
    args[0] = engine_fast_make_number(ctx, r);
    args[1] = engine_fast_make_number(ctx, b->unreported);
    args[2] = partial ? (JSValueRef)view : engine_fast_make_undefined(ctx);
    b->unreported = 0;
    b->js_in_progress = in_progress;
    if (r == -3)
        JSObjectSetProperty(ctx, target, http_binding_pending_name(), exc, kJSPropertyAttributeNone, NULL);
    return true;
}

/* fast.consume(p, target): the read the handle is delivering, parsed from
 * inside JS (lib/_http_common.js consumeRead, called as the read's one
 * callback): 1 when onConsumed must run, its arguments in
 * target.consumedArgs; 0 otherwise. */
static int64_t http_binding_host_consume(void *global, void *frame) {
    JSContextRef ctx = engine_fast_context(global);
    JSValueRef p = engine_fast_arg(frame, 0);
    if (!engine_fast_is_cell(p) || !JSValueIsObjectOfClass(ctx, p, http_binding_class()))
        return engine_fast_number(0);
    http_binding_t *b = JSObjectGetPrivate((JSObjectRef)p);
    if (!b || !b->pending || b->ctx || !b->target)
        return engine_fast_number(0);
    char *bytes = b->pending;
    b->pending = NULL;
    b->input_own = bytes;
    b->input_own_cap = b->pending_cap;
    JSValueRef args[3];
    bool need = http_consume_parse(ctx, b, bytes, b->pending_len, args);
    b->input_own = NULL;
    if (!need)
        return engine_fast_number(0);
    JSObjectRef arr = JSObjectMakeArray(ctx, 3, args, NULL);
    JSObjectSetProperty(ctx, b->target, http_binding_args_name(), arr, kJSPropertyAttributeNone, NULL);
    return engine_fast_number(1);
}

static int http_consume_read(stream_wrap_consumer_t *c, stream_wrap_t *w, char *bytes, size_t n) {
    http_binding_t *b = (http_binding_t *)((char *)c - offsetof(http_binding_t, consumer));
    if (b->ctx || !b->run)
        return STREAM_WRAP_NOT_TAKEN;
    JSContextRef ctx = w->ctx;
    kiln_runtime *rt = runtime_of(ctx);
    /* The engine's lock, for the loop's poll phase where it can be, else
     * for this read: the callbacks run with it held, and the promise jobs
     * run after the nextTick queue as the trampoline's hook ends (or, before
     * the engine is calibrated, at runtime_after_engine_work or the
     * release), as in Node. */
    engine_fast_hold_t hold;
    hold.held = false;
    if (!runtime_loop_hold(rt))
        engine_fast_hold(ctx, &hold);
    b->reading = true;
    /* One entry into JS for the whole read: the trampoline calls
     * fast.consume, whose parse calls the callbacks from inside JS (each
     * entry from C costs the engine a setup), and the nextTick queue runs
     * before it returns. */
    b->pending = bytes;
    b->pending_len = n;
    b->pending_cap = stream_wrap_read_size();
    b->input_kept = false;
    JSValueRef args[2] = {b->native, b->target};
    runtime_call_held(rt, b->run, NULL, 2, args);
    b->pending = NULL;
    bool kept = b->input_kept;
    b->input_kept = false;
    b->reading = false;
    if (b->release_pending) {
        b->release_pending = false;
        http_consume_unprotect(ctx, b);
    }
    engine_fast_release(&hold);
    runtime_after_engine_work(rt);
    return kept ? STREAM_WRAP_KEPT : STREAM_WRAP_TAKEN;
}

/* binding.consume(handle, p, target, run) */
static JS_FN(http_binding_consume) {
    http_binding_t *b = http_binding_of(ctx, (JSObjectRef)(JSValueIsObject(ctx, JS_ARG(1)) ? JS_ARG(1) : NULL), exc);
    if (!b)
        return NULL;
    stream_wrap_t *w = stream_wrap_any_of(ctx, JS_ARG(0));
    if (!w || !JSValueIsObject(ctx, JS_ARG(2)) || !engine_fast_hosts() || !JSValueIsObject(ctx, JS_ARG(3)))
        return engine_fast_make_boolean(ctx, false);
    if (b->handle)
        stream_wrap_set_consumer(b->handle, NULL);
    /* Let go of inside a read of its own (which waits to unprotect): the
     * old references go now, before the new ones are taken. */
    if (b->release_pending) {
        b->release_pending = false;
        http_consume_unprotect(ctx, b);
    }
    b->consumer.read = http_consume_read;
    b->consumer.release = http_consume_release;
    b->native = (JSObjectRef)JS_ARG(1);
    b->target = (JSObjectRef)JS_ARG(2);
    JSValueProtect(ctx, b->native);
    JSValueProtect(ctx, b->target);
    b->run = (JSObjectRef)JS_ARG(3);
    JSValueProtect(ctx, b->run);
    b->handle = w;
    /* JS starts the headers timer at the connection: the first read
     * reports, whatever it holds. */
    b->js_in_progress = true;
    stream_wrap_set_consumer(w, &b->consumer);
    return engine_fast_make_boolean(ctx, true);
}

/* binding.takeBytes(p) and binding.unconsume(p) -> bytes: the count, and
 * for unconsume the end of the handle's reads coming here. */
static JSValueRef http_binding_take(JSContextRef ctx, JSValueRef p, bool unconsume, JSValueRef *exc) {
    http_binding_t *b = http_binding_of(ctx, (JSObjectRef)(JSValueIsObject(ctx, p) ? p : NULL), exc);
    if (!b)
        return NULL;
    if (unconsume && b->handle)
        stream_wrap_set_consumer(b->handle, NULL);
    double n = b->unreported;
    b->unreported = 0;
    return engine_fast_make_number(ctx, n);
}
static JS_FN(http_binding_unconsume) { return http_binding_take(ctx, JS_ARG(0), true, exc); }
static JS_FN(http_binding_take_bytes) { return http_binding_take(ctx, JS_ARG(0), false, exc); }

/* p.finish() -> 0, or -1 for a message cut short. */
static JS_FN(http_binding_finish) {
    HTTP_BINDING_THIS();
    /* An error was reported already, by execute (as llhttp_finish does). */
    if (http_binding_failed(b->parser.error))
        return engine_fast_make_number(ctx, 0);
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
    return engine_fast_make_number(ctx, http_binding_failed(rc) ? -1 : 0);
}

/* p.error() -> [code, reason, bytesParsed] of the last failure. */
static JS_FN(http_binding_error) {
    HTTP_BINDING_THIS();
    int code = b->parser.error;
    JSValueRef vals[3];
    vals[0] = js_str(ctx, http_errno_name(code));
    vals[1] = js_str(ctx, b->parser.reason ? b->parser.reason : "");
    vals[2] = engine_fast_make_number(ctx, (double)b->consumed);
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
    js_set_fn(ctx, b, "consume", http_binding_consume);
    js_set_fn(ctx, b, "unconsume", http_binding_unconsume);
    js_set_fn(ctx, b, "takeBytes", http_binding_take_bytes);
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
    engine_fast_init(ctx);
    if (engine_fast_hosts()) {
        JSObjectRef fast = JSObjectMake(ctx, NULL, NULL);
        js_set(ctx, fast, "execute", engine_fast_host(ctx, "execute", 3, http_binding_host_execute));
        js_set(ctx, fast, "consume", engine_fast_host(ctx, "consume", 2, http_binding_host_consume));
        js_set(ctx, b, "fast", fast);
    }
    return b;
}
