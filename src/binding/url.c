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
 * only when a longer URL than any before comes along.
 *
 * No function here throws: a failure is a value JS turns into the error
 * (undefined for "not a URL", null for out of memory). That lets the same
 * code run as an engine host function (below), which cannot throw through
 * the C API. */
#include <stdlib.h>
#include <string.h>

#include "../url/url.h"
#include "../engine_fast.h"
#include "bindings.h"

enum { URL_SLOTS = 9, URL_FORM_SLOTS = 1024 };

/* ---- the engine's own host functions and strings ----------------------------
 *
 * A C API callback costs as much as a whole parse: the engine drops its
 * lock before the callback and every API call inside takes it again, the
 * arguments are copied into a vector, and a string argument is copied
 * twice (into an OpaqueJSString, then widened to UTF-16) and a result
 * string twice more. Node's own URL binding is a V8 fast call. So each
 * function here is also an engine host function (src/engine_fast.h) that
 * reads its string arguments in place and makes its result string with one
 * copy; where the engine's layout did not check out, the C API alone
 * gives the same results, slower. */

/* ---- state ------------------------------------------------------------------- */

typedef struct {
    url_t url;
    url_t base;
    uint32_t *offsets; /* the bytes of binding.offsets, which the binding object keeps alive */
    /* Immediates (not heap cells), made once. */
    JSValueRef v_true, v_false, v_undefined, v_null;
    /* The last base string and whether it parsed (into `base`): code that
     * resolves many references against one page passes the same base. */
    uint16_t *base_in;
    size_t base_len, base_cap;
    int base_rc;
    /* 8-bit strings widened for the parser, which reads UTF-16; one each
     * for an input and a base. */
    uint16_t *wide[2];
    size_t wide_cap[2];
    /* serializeForm: the lengths (the bytes of binding.formLengths) and
     * the output, reused. */
    uint32_t *form_lengths;
    char *form;
    uint32_t form_cap;
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
    free(st->wide[0]);
    free(st->wide[1]);
    url_realloc(st->form, 0);
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

/* One call: its context, whether it runs as a host function (lock held),
 * its arguments. */
typedef struct {
    JSContextRef ctx;
    url_state_t *st;
    bool host;
    size_t argc;
    const JSValueRef *argv;
} url_call;

/* A string argument's UTF-16 units: borrowed from the engine's string,
 * widened into st->wide[slot] when it is 8-bit, or copied through the API
 * (when `s` is set, release it). u8 is the 8-bit form when there is one. */
typedef struct {
    JSStringRef s;
    const uint16_t *u;
    const uint8_t *u8;
    size_t n;
} url_units_t;

/* Latin-1 to UTF-16, vectorized (-O2 alone leaves this loop scalar, and it
 * was a tenth of a parse). */
__attribute__((optimize("tree-vectorize"))) static void url_widen(uint16_t *restrict w,
                                                                 const uint8_t *restrict b, size_t n) {
    for (size_t k = 0; k < n; k++)
        w[k] = b[k];
}

static bool url_units(url_call *c, size_t i, int slot, url_units_t *out) {
    CHECK(i < c->argc);
    JSValueRef v = c->argv[i];
    engine_fast_units_t in;
    out->s = NULL;
    out->u8 = NULL;
    if (engine_fast_units_in_place(v, &in)) {
        out->n = in.n;
        if (!in.u8) {
            out->u = in.u;
            return true;
        }
        url_state_t *st = c->st;
        const uint8_t *b = in.u8;
        if (out->n > st->wide_cap[slot]) {
            uint16_t *w = url_realloc(st->wide[slot], out->n * sizeof *w);
            if (!w)
                return false;
            st->wide[slot] = w;
            st->wide_cap[slot] = out->n;
        }
        uint16_t *w = st->wide[slot];
        url_widen(w, b, out->n);
        out->u = w;
        out->u8 = b;
        return true;
    }
    /* lib/ passes strings, so this converts without running user code; an
     * exception here is the engine running out of memory. */
    JSValueRef exc = NULL;
    out->s = JSValueToStringCopy(c->ctx, v, &exc);
    if (!out->s)
        return false;
    out->n = JSStringGetLength(out->s);
    out->u = JSStringGetCharactersPtr(out->s);
    return true;
}

static void url_units_free(url_units_t *u) {
    if (u->s)
        JSStringRelease(u->s);
}

static JSValueRef url_ascii_value(url_call *c, const char *s, size_t n) {
    if (c->host)
        return engine_fast_latin1(c->ctx, (const uint8_t *)s, n, true);
    return js_strn(c->ctx, s, n);
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

/* Parses argument 0 (against argument 1, when given) into st->url. *same
 * tells whether the href is the input itself, so that JS can keep its
 * string. */
static int url_parse_args(url_call *c, bool *same) {
    url_state_t *st = c->st;
    *same = false;
    const url_t *b = NULL;
    if (c->argc > 1) {
        url_units_t bu;
        if (!url_units(c, 1, 1, &bu))
            return URL_ENOMEM;
        int rc;
        if (st->base_in && bu.n == st->base_len && memcmp(bu.u, st->base_in, bu.n * sizeof *bu.u) == 0) {
            rc = st->base_rc;
        } else {
            rc = url_parse(&st->base, bu.u, bu.n, NULL);
            if (rc != URL_ENOMEM) {
                if (bu.n > st->base_cap || !st->base_in) {
                    free(st->base_in);
                    st->base_in = js_xmalloc(bu.n ? bu.n * sizeof *bu.u : 1);
                    st->base_cap = bu.n;
                }
                memcpy(st->base_in, bu.u, bu.n * sizeof *bu.u);
                st->base_len = bu.n;
                st->base_rc = rc;
            }
        }
        url_units_free(&bu);
        if (rc != URL_OK)
            return rc;
        b = &st->base;
    }
    url_units_t in;
    if (!url_units(c, 0, 0, &in))
        return URL_ENOMEM;
    int rc = url_parse(&st->url, in.u, in.n, b);
    if (rc == URL_OK && in.n == st->url.href_len) {
        if (in.u8) {
            *same = memcmp(in.u8, st->url.href, in.n) == 0;
        } else {
            size_t i = 0;
            while (i < in.n && in.u[i] == (uint8_t)st->url.href[i])
                i++;
            *same = i == in.n;
        }
    }
    url_units_free(&in);
    return rc;
}

/* binding.parse(input[, base]) -> href, offsets in binding.offsets; true
 * when the href is the input string itself (no new string is made: most
 * URLs in programs are already in their serialized form); undefined when
 * either does not parse; null when memory ran out. Both are strings; JS
 * leaves base out rather than passing undefined. */
static JSValueRef url_do_parse(url_call *c) {
    url_state_t *st = c->st;
    bool same;
    int rc = url_parse_args(c, &same);
    if (rc == URL_ENOMEM)
        return st->v_null;
    if (rc != URL_OK)
        return st->v_undefined;
    url_export(st, &st->url);
    return same ? st->v_true : url_ascii_value(c, st->url.href, st->url.href_len);
}

/* binding.canParse(input[, base]) -> boolean; null when memory ran out. */
static JSValueRef url_do_can_parse(url_call *c) {
    url_state_t *st = c->st;
    bool same;
    int rc = url_parse_args(c, &same);
    if (rc == URL_ENOMEM)
        return st->v_null;
    return rc == URL_OK ? st->v_true : st->v_false;
}

/* binding.update(href, component, value) -> the new href, offsets in
 * binding.offsets; false when the setter leaves the URL as it was; null
 * when memory ran out. href is one this binding made, so it parses.
 * component is a url_component, an int32. */
static JSValueRef url_do_update(url_call *c) {
    url_state_t *st = c->st;
    CHECK(c->argc == 3);
    uint64_t bits = (uint64_t)(uintptr_t)c->argv[1];
    CHECK((bits & ENGINE_FAST_INT32_TAG) == ENGINE_FAST_INT32_TAG);
    int component = (int32_t)bits;
    CHECK(component >= URL_SET_PROTOCOL && component <= URL_SET_HASH);
    url_units_t href, value;
    if (!url_units(c, 2, 1, &value))
        return st->v_null;
    if (!url_units(c, 0, 0, &href)) {
        url_units_free(&value);
        return st->v_null;
    }
    int rc = url_parse(&st->url, href.u, href.n, NULL);
    url_units_free(&href);
    if (rc == URL_OK)
        rc = url_set(&st->url, (url_component)component, value.u, value.n);
    url_units_free(&value);
    if (rc == URL_ENOMEM)
        return st->v_null;
    if (rc != URL_OK)
        return st->v_false;
    url_export(st, &st->url);
    return url_ascii_value(c, st->url.href, st->url.href_len);
}

/* binding.domainToASCII(domain) -> string, '' when it is not valid; null
 * when memory ran out. */
static JSValueRef url_do_domain_to_ascii(url_call *c) {
    url_units_t in;
    if (!url_units(c, 0, 0, &in))
        return c->st->v_null;
    char *out = NULL;
    size_t len = 0;
    int rc = url_domain_to_ascii(in.u, in.n, &out, &len);
    url_units_free(&in);
    if (rc == URL_ENOMEM)
        return c->st->v_null;
    if (rc != URL_OK)
        return url_ascii_value(c, "", 0);
    JSValueRef v = url_ascii_value(c, out, len);
    url_realloc(out, 0);
    return v;
}

/* binding.serializeForm(joined, count) -> the form serialization of
 * count names and values, concatenated in joined, with their lengths in
 * binding.formLengths (URL_FORM_SLOTS at most); null when memory ran out. */
static JSValueRef url_do_serialize_form(url_call *c) {
    url_state_t *st = c->st;
    CHECK(c->argc == 2);
    uint64_t bits = (uint64_t)(uintptr_t)c->argv[1];
    CHECK((bits & ENGINE_FAST_INT32_TAG) == ENGINE_FAST_INT32_TAG);
    int32_t count = (int32_t)bits;
    CHECK(count >= 0 && count <= URL_FORM_SLOTS);
    url_units_t in;
    if (!url_units(c, 0, 0, &in))
        return st->v_null;
    size_t total = 0;
    for (int32_t i = 0; i < count; i++)
        total += st->form_lengths[i];
    CHECK(total == in.n);
    size_t len = 0;
    int rc = url_form_serialize(in.u, st->form_lengths, (size_t)count, &st->form, &st->form_cap, &len);
    url_units_free(&in);
    if (rc != URL_OK)
        return st->v_null;
    return url_ascii_value(c, st->form, len);
}

/* binding.toASCII(domain) -> UTS #46 ToASCII, '' when it fails; null when
 * memory ran out. For the legacy url.parse(). */
static JSValueRef url_do_to_ascii(url_call *c) {
    url_units_t in;
    if (!url_units(c, 0, 0, &in))
        return c->st->v_null;
    char *out = NULL;
    size_t len = 0;
    int rc = url_idna_to_ascii(in.u, in.n, &out, &len);
    url_units_free(&in);
    if (rc == URL_ENOMEM)
        return c->st->v_null;
    if (rc != URL_OK)
        return url_ascii_value(c, "", 0);
    JSValueRef v = url_ascii_value(c, out, len);
    url_realloc(out, 0);
    return v;
}

/* binding.domainToUnicode(domain) -> string, '' when it is not valid; null
 * when memory ran out. */
static JSValueRef url_do_domain_to_unicode(url_call *c) {
    url_units_t in;
    if (!url_units(c, 0, 0, &in))
        return c->st->v_null;
    uint16_t *out = NULL;
    size_t len = 0;
    int rc = url_domain_to_unicode(in.u, in.n, &out, &len);
    url_units_free(&in);
    if (rc == URL_ENOMEM)
        return c->st->v_null;
    if (rc != URL_OK)
        return url_ascii_value(c, "", 0);
    JSStringRef s = JSStringCreateWithCharacters(out, len);
    url_realloc(out, 0);
    JSValueRef v = JSValueMakeString(c->ctx, s);
    JSStringRelease(s);
    return v;
}

/* ---- the two ways in ------------------------------------------------------------ */

/* As a host function: the frame's arguments, the lock held. */
#define URL_HOST(name, impl)                                                                \
    static int64_t name(void *global, void *frame) {                                        \
        JSContextRef ctx = engine_fast_context(global);                                     \
        url_call c = {ctx, url_state(ctx), true, engine_fast_argc(frame), engine_fast_argv(frame)}; \
        return (int64_t)(uintptr_t)impl(&c);                                                \
    }
/* As a C API callback. */
#define URL_CALLBACK(name, impl)                               \
    static JS_FN(name) {                                       \
        url_call c = {ctx, url_state(ctx), false, argc, argv}; \
        return impl(&c);                                       \
    }

URL_HOST(url_parse_host, url_do_parse)
URL_HOST(url_can_parse_host, url_do_can_parse)
URL_HOST(url_update_host, url_do_update)
URL_HOST(url_domain_to_ascii_host, url_do_domain_to_ascii)
URL_HOST(url_domain_to_unicode_host, url_do_domain_to_unicode)
URL_HOST(url_to_ascii_host, url_do_to_ascii)
URL_HOST(url_serialize_form_host, url_do_serialize_form)
URL_CALLBACK(url_parse_fn, url_do_parse)
URL_CALLBACK(url_can_parse_fn, url_do_can_parse)
URL_CALLBACK(url_update_fn, url_do_update)
URL_CALLBACK(url_domain_to_ascii_fn, url_do_domain_to_ascii)
URL_CALLBACK(url_domain_to_unicode_fn, url_do_domain_to_unicode)
URL_CALLBACK(url_to_ascii_fn, url_do_to_ascii)
URL_CALLBACK(url_serialize_form_fn, url_do_serialize_form)

static const struct {
    const char *name;
    engine_fast_host_fn host;
    js_fn callback;
} url_functions[] = {
    {"parse", url_parse_host, url_parse_fn},
    {"canParse", url_can_parse_host, url_can_parse_fn},
    {"update", url_update_host, url_update_fn},
    {"domainToASCII", url_domain_to_ascii_host, url_domain_to_ascii_fn},
    {"domainToUnicode", url_domain_to_unicode_host, url_domain_to_unicode_fn},
    {"toASCII", url_to_ascii_host, url_to_ascii_fn},
    {"serializeForm", url_serialize_form_host, url_serialize_form_fn},
};

static void url_bytes_free(void *bytes, void *ctx) {
    free(bytes);
}

JSObjectRef url_binding(JSContextRef ctx) {
    kiln_runtime *rt = runtime_of(ctx);
    /* Made once per runtime: internalBinding() caches the object. */
    url_state_t *st = js_xmalloc(sizeof *st);
    memset(st, 0, sizeof *st);
    url_init(&st->url);
    url_init(&st->base);
    st->v_true = JSValueMakeBoolean(ctx, true);
    st->v_false = JSValueMakeBoolean(ctx, false);
    st->v_undefined = JSValueMakeUndefined(ctx);
    st->v_null = JSValueMakeNull(ctx);
    runtime_set_binding_state(rt, "url", st, url_state_cleanup);
    engine_fast_init(ctx);
    uint32_t *bytes = js_xmalloc(URL_SLOTS * sizeof *bytes);
    memset(bytes, 0, URL_SLOTS * sizeof *bytes);
    JSValueRef exc = NULL;
    JSObjectRef offsets = JSObjectMakeTypedArrayWithBytesNoCopy(
        ctx, kJSTypedArrayTypeUint32Array, bytes, URL_SLOTS * sizeof *bytes, url_bytes_free, NULL, &exc);
    CHECK(offsets != NULL && exc == NULL);
    st->offsets = bytes;
    uint32_t *lengths = js_xmalloc(URL_FORM_SLOTS * sizeof *lengths);
    memset(lengths, 0, URL_FORM_SLOTS * sizeof *lengths);
    JSObjectRef form_lengths = JSObjectMakeTypedArrayWithBytesNoCopy(
        ctx, kJSTypedArrayTypeUint32Array, lengths, URL_FORM_SLOTS * sizeof *lengths, url_bytes_free, NULL, &exc);
    CHECK(form_lengths != NULL && exc == NULL);
    st->form_lengths = lengths;
    JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
    js_set(ctx, b, "offsets", offsets);
    js_set(ctx, b, "formLengths", form_lengths);
    /* Whether the calibration passed: for tests and benchmarks to check. */
    js_set(ctx, b, "hostFunctions", JSValueMakeBoolean(ctx, engine_fast_hosts()));
    for (size_t i = 0; i < sizeof url_functions / sizeof *url_functions; i++) {
        JSObjectRef f = engine_fast_host(ctx, url_functions[i].name, 0, url_functions[i].host);
        if (f)
            js_set(ctx, b, url_functions[i].name, f);
        else
            js_set_fn(ctx, b, url_functions[i].name, url_functions[i].callback);
    }
    return b;
}
