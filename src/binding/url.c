/* internalBinding('url'): the WHATWG URL parser of src/url/ for
 * lib/internal/url.js. A parse or a setter is one call: it returns the new
 * href (ASCII) and leaves the component offsets in `binding.offsets`, a
 * Uint32Array shared with JS:
 *
 *   [0] protocol_end [1] username_end [2] host_start [3] host_end [4] port
 *   [5] pathname_start [6] search_start [7] hash_start [8] flags
 *
 * as src/url/url.h describes them (0xFFFFFFFF for none). The url_t records
 * live in the runtime's state and keep their buffers, so a parse allocates
 * only when a longer URL than any before comes along. */
#include <stdlib.h>
#include <string.h>

#include "../url/url.h"
#include "bindings.h"

enum { URL_SLOTS = 9 };

typedef struct {
    url_t url;
    url_t base;
    uint32_t *offsets; /* the bytes of binding.offsets, which the binding object keeps alive */
    /* Immediates (not heap cells), made once: every JSC call made from a
     * callback takes the engine's lock, and that is most of the cost of a
     * parse, so the common results cost none. */
    JSValueRef v_true, v_false, v_undefined;
    /* The last base string and whether it parsed (into `base`): code that
     * resolves many references against one page passes the same base. */
    uint16_t *base_in;
    size_t base_len, base_cap;
    int base_rc;
} url_state_t;

/* The state of the runtime whose context called last: a parse is one
 * lookup of a pointer, not a search by name. */
static _Thread_local struct {
    JSContextRef ctx;
    url_state_t *st;
} url_last;

static void url_state_cleanup(kiln_runtime *rt, void *data) {
    url_state_t *st = data;
    if (url_last.st == st)
        url_last.ctx = NULL;
    url_free(&st->url);
    url_free(&st->base);
    free(st->base_in);
    free(st);
}

static url_state_t *url_state(JSContextRef ctx) {
    if (url_last.ctx == ctx)
        return url_last.st;
    url_state_t *st = runtime_binding_state(runtime_of(ctx), "url");
    CHECK(st != NULL);
    url_last.ctx = ctx;
    url_last.st = st;
    return st;
}

/* A string's UTF-16 units, owned by the JSStringRef. */
typedef struct {
    JSStringRef s;
    const uint16_t *u;
    size_t n;
} url_units_t;

static bool url_units(JSContextRef ctx, JSValueRef v, url_units_t *out, JSValueRef *exc) {
    out->s = JSValueToStringCopy(ctx, v, exc);
    if (!out->s)
        return false;
    out->n = JSStringGetLength(out->s);
    out->u = JSStringGetCharactersPtr(out->s);
    return true;
}

static void url_export(url_state_t *st, const url_t *u) {
    uint32_t *o = st->offsets;
    o[0] = u->protocol_end;
    o[1] = u->username_end;
    o[2] = u->host_start;
    o[3] = u->host_end;
    o[4] = u->port;
    o[5] = u->pathname_start;
    o[6] = u->search_start;
    o[7] = u->hash_start;
    o[8] = u->flags;
}

static JSValueRef url_href_value(JSContextRef ctx, const url_t *u) {
    JSStringRef s = JSStringCreateWithUTF8CString(u->href);
    JSValueRef v = JSValueMakeString(ctx, s);
    JSStringRelease(s);
    return v;
}

static JSValueRef url_throw_nomem(JSContextRef ctx, JSValueRef *exc) {
    return js_throw_msg(ctx, exc, "RangeError", "Invalid string length");
}

/* Parses input (and base, when given) into st->url. *same tells whether
 * the href is the input itself, so that JS can keep its string. */
static int url_parse_args(JSContextRef ctx, url_state_t *st, JSValueRef input, JSValueRef base,
                          JSValueRef *exc, bool *threw, bool *same) {
    *threw = false;
    *same = false;
    const url_t *b = NULL;
    url_units_t in, bu;
    if (base) {
        if (!url_units(ctx, base, &bu, exc)) {
            *threw = true;
            return URL_FAIL;
        }
        int rc;
        if (st->base_in && bu.n == st->base_len && memcmp(bu.u, st->base_in, bu.n * sizeof *bu.u) == 0) {
            rc = st->base_rc;
        } else {
            rc = url_parse(&st->base, bu.u, bu.n, NULL);
            if (rc != URL_ENOMEM) {
                if (bu.n > st->base_cap) {
                    free(st->base_in);
                    st->base_in = js_xmalloc(bu.n * sizeof *bu.u);
                    st->base_cap = bu.n;
                } else if (!st->base_in) {
                    st->base_in = js_xmalloc(1);
                }
                memcpy(st->base_in, bu.u, bu.n * sizeof *bu.u);
                st->base_len = bu.n;
                st->base_rc = rc;
            }
        }
        JSStringRelease(bu.s);
        if (rc != URL_OK)
            return rc;
        b = &st->base;
    }
    if (!url_units(ctx, input, &in, exc)) {
        *threw = true;
        return URL_FAIL;
    }
    int rc = url_parse(&st->url, in.u, in.n, b);
    if (rc == URL_OK && in.n == st->url.href_len) {
        size_t i = 0;
        while (i < in.n && in.u[i] == (uint8_t)st->url.href[i])
            i++;
        *same = i == in.n;
    }
    JSStringRelease(in.s);
    return rc;
}

/* binding.parse(input[, base]) -> href, offsets in binding.offsets; true
 * when the href is the input string itself (no new string is made: most
 * URLs in programs are already in their serialized form); or undefined
 * when either does not parse. Both are strings; JS leaves base out rather
 * than passing undefined, which saves a call into the engine. */
static JS_FN(url_parse_fn) {
    url_state_t *st = url_state(ctx);
    bool threw, same;
    CHECK(argc >= 1);
    int rc = url_parse_args(ctx, st, argv[0], argc > 1 ? argv[1] : NULL, exc, &threw, &same);
    if (threw)
        return NULL;
    if (rc == URL_ENOMEM)
        return url_throw_nomem(ctx, exc);
    if (rc != URL_OK)
        return st->v_undefined;
    url_export(st, &st->url);
    return same ? st->v_true : url_href_value(ctx, &st->url);
}

/* binding.canParse(input[, base]) -> boolean. */
static JS_FN(url_can_parse) {
    url_state_t *st = url_state(ctx);
    bool threw, same;
    CHECK(argc >= 1);
    int rc = url_parse_args(ctx, st, argv[0], argc > 1 ? argv[1] : NULL, exc, &threw, &same);
    if (threw)
        return NULL;
    if (rc == URL_ENOMEM)
        return url_throw_nomem(ctx, exc);
    return rc == URL_OK ? st->v_true : st->v_false;
}

/* binding.update(href, component, value) -> the new href, offsets in
 * binding.offsets; or false when the setter leaves the URL as it was.
 * href is one this binding made, so it parses. component is url_component. */
static JS_FN(url_update) {
    url_state_t *st = url_state(ctx);
    int component = js_int(ctx, JS_ARG(1));
    CHECK(component >= URL_SET_PROTOCOL && component <= URL_SET_HASH);
    url_units_t href, value;
    if (!url_units(ctx, JS_ARG(2), &value, exc))
        return NULL;
    if (!url_units(ctx, JS_ARG(0), &href, exc)) {
        JSStringRelease(value.s);
        return NULL;
    }
    int rc = url_parse(&st->url, href.u, href.n, NULL);
    JSStringRelease(href.s);
    if (rc == URL_OK)
        rc = url_set(&st->url, (url_component)component, value.u, value.n);
    JSStringRelease(value.s);
    if (rc == URL_ENOMEM)
        return url_throw_nomem(ctx, exc);
    if (rc != URL_OK)
        return st->v_false;
    url_export(st, &st->url);
    return url_href_value(ctx, &st->url);
}

/* binding.domainToASCII(domain) -> string, '' when it is not valid. */
static JS_FN(url_domain_to_ascii_fn) {
    url_units_t in;
    if (!url_units(ctx, JS_ARG(0), &in, exc))
        return NULL;
    char *out = NULL;
    size_t len = 0;
    int rc = url_domain_to_ascii(in.u, in.n, &out, &len);
    JSStringRelease(in.s);
    if (rc == URL_ENOMEM)
        return url_throw_nomem(ctx, exc);
    if (rc != URL_OK)
        return js_str(ctx, "");
    JSValueRef v = js_strn(ctx, out, len);
    url_realloc(out, 0);
    return v;
}

/* binding.domainToUnicode(domain) -> string, '' when it is not valid. */
static JS_FN(url_domain_to_unicode_fn) {
    url_units_t in;
    if (!url_units(ctx, JS_ARG(0), &in, exc))
        return NULL;
    uint16_t *out = NULL;
    size_t len = 0;
    int rc = url_domain_to_unicode(in.u, in.n, &out, &len);
    JSStringRelease(in.s);
    if (rc == URL_ENOMEM)
        return url_throw_nomem(ctx, exc);
    if (rc != URL_OK)
        return js_str(ctx, "");
    JSStringRef s = JSStringCreateWithCharacters(out, len);
    url_realloc(out, 0);
    JSValueRef v = JSValueMakeString(ctx, s);
    JSStringRelease(s);
    return v;
}

static void url_offsets_free(void *bytes, void *ctx) {
    free(bytes);
}

JSObjectRef url_binding(JSContextRef ctx) {
    kiln_runtime *rt = runtime_of(ctx);
    /* Made once per runtime: internalBinding() caches the object. */
    url_state_t *st = js_xmalloc(sizeof *st);
    url_init(&st->url);
    url_init(&st->base);
    st->base_in = NULL;
    st->base_len = st->base_cap = 0;
    st->v_true = JSValueMakeBoolean(ctx, true);
    st->v_false = JSValueMakeBoolean(ctx, false);
    st->v_undefined = JSValueMakeUndefined(ctx);
    runtime_set_binding_state(rt, "url", st, url_state_cleanup);
    uint32_t *bytes = js_xmalloc(URL_SLOTS * sizeof *bytes);
    memset(bytes, 0, URL_SLOTS * sizeof *bytes);
    JSValueRef exc = NULL;
    JSObjectRef offsets = JSObjectMakeTypedArrayWithBytesNoCopy(
        ctx, kJSTypedArrayTypeUint32Array, bytes, URL_SLOTS * sizeof *bytes, url_offsets_free, NULL, &exc);
    CHECK(offsets != NULL && exc == NULL);
    st->offsets = bytes;
    JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
    js_set(ctx, b, "offsets", offsets);
    js_set_fn(ctx, b, "parse", url_parse_fn);
    js_set_fn(ctx, b, "canParse", url_can_parse);
    js_set_fn(ctx, b, "update", url_update);
    js_set_fn(ctx, b, "domainToASCII", url_domain_to_ascii_fn);
    js_set_fn(ctx, b, "domainToUnicode", url_domain_to_unicode_fn);
    return b;
}
