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
} url_state_t;

static void url_state_cleanup(kiln_runtime *rt, void *data) {
    url_state_t *st = data;
    url_free(&st->url);
    url_free(&st->base);
    free(st);
}

static url_state_t *url_state(JSContextRef ctx) {
    url_state_t *st = runtime_binding_state(runtime_of(ctx), "url");
    CHECK(st != NULL);
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

/* Parses input (and base, unless undefined) into st->url. */
static int url_parse_args(JSContextRef ctx, url_state_t *st, JSValueRef input, JSValueRef base,
                          JSValueRef *exc, bool *threw) {
    *threw = false;
    const url_t *b = NULL;
    url_units_t in, bu;
    if (!JSValueIsUndefined(ctx, base)) {
        if (!url_units(ctx, base, &bu, exc)) {
            *threw = true;
            return URL_FAIL;
        }
        int rc = url_parse(&st->base, bu.u, bu.n, NULL);
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
    JSStringRelease(in.s);
    return rc;
}

/* binding.parse(input, base) -> href, offsets in binding.offsets; or
 * undefined when either does not parse. base is a string or undefined. */
static JS_FN(url_parse_fn) {
    url_state_t *st = url_state(ctx);
    bool threw;
    int rc = url_parse_args(ctx, st, JS_ARG(0), JS_ARG(1), exc, &threw);
    if (threw)
        return NULL;
    if (rc == URL_ENOMEM)
        return url_throw_nomem(ctx, exc);
    if (rc != URL_OK)
        return JSValueMakeUndefined(ctx);
    url_export(st, &st->url);
    return url_href_value(ctx, &st->url);
}

/* binding.canParse(input, base) -> boolean. */
static JS_FN(url_can_parse) {
    url_state_t *st = url_state(ctx);
    bool threw;
    int rc = url_parse_args(ctx, st, JS_ARG(0), JS_ARG(1), exc, &threw);
    if (threw)
        return NULL;
    if (rc == URL_ENOMEM)
        return url_throw_nomem(ctx, exc);
    return JSValueMakeBoolean(ctx, rc == URL_OK);
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
        return JSValueMakeBoolean(ctx, false);
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
    url_state_t *st = runtime_binding_state(rt, "url");
    if (!st) {
        st = js_xmalloc(sizeof *st);
        url_init(&st->url);
        url_init(&st->base);
        st->offsets = NULL;
        runtime_set_binding_state(rt, "url", st, url_state_cleanup);
    }
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
