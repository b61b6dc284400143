#include "js.h"
#include "engine_fast.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uv.h>

#include "encoding/encoding.h"
#include "encoding/utf8.h"

void js_check_failed(const char *file, int line, const char *what) {
    fprintf(stderr, "kiln: internal error at %s:%d: CHECK(%s) failed\n", file, line, what);
    fflush(stderr);
    abort();
}

void *js_xmalloc(size_t n) {
    void *p = malloc(n ? n : 1);
    if (!p) {
        fprintf(stderr, "kiln: out of memory allocating %zu bytes\n", n);
        abort();
    }
    return p;
}

void *js_xrealloc(void *p, size_t n) {
    void *q = realloc(p, n ? n : 1);
    if (!q) {
        fprintf(stderr, "kiln: out of memory allocating %zu bytes\n", n);
        abort();
    }
    return q;
}

char *js_xstrdup(const char *s) {
    size_t n = strlen(s) + 1;
    return memcpy(js_xmalloc(n), s, n);
}

/* The UTF-8 of s into buf (cap bytes, from JSStringGetMaximumUTF8CString-
 * Size), NUL-terminated; returns its length without the NUL. The engine's
 * conversion stops at a lone surrogate (a string may hold one); then the
 * text is converted again with each lone surrogate as U+FFFD, as Node
 * does. Whether it stopped early shows in the UTF-16 units its output
 * stands for (one per sequence, two for a four-byte one). */
static size_t js_utf8_into(JSStringRef s, char *buf, size_t cap) {
    size_t n = JSStringGetUTF8CString(s, buf, cap); /* counts the NUL */
    size_t len = n ? n - 1 : 0;
    size_t units = JSStringGetLength(s), seen = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char b = (unsigned char)buf[i];
        seen += (b & 0xC0) != 0x80;
        seen += (b & 0xF8) == 0xF0;
    }
    if (seen == units)
        return len;
    const uint16_t *u = (const uint16_t *)JSStringGetCharactersPtr(s);
    size_t consumed;
    len = enc_utf8_encode(u, units, (uint8_t *)buf, cap - 1, &consumed);
    buf[len] = 0;
    return len;
}

char *js_string_to_utf8(JSStringRef s, size_t *len) {
    size_t cap = JSStringGetMaximumUTF8CStringSize(s);
    char *buf = js_xmalloc(cap);
    size_t n = js_utf8_into(s, buf, cap);
    if (len)
        *len = n;
    return buf;
}

bool js_cstr_get(JSContextRef ctx, JSValueRef v, js_cstr *out, JSValueRef *exc) {
    JSValueRef e = NULL;
    JSStringRef s = JSValueToStringCopy(ctx, v, &e);
    if (!s) {
        *exc = e;
        out->s = NULL;
        return false;
    }
    size_t cap = JSStringGetMaximumUTF8CStringSize(s);
    out->s = cap <= sizeof out->inline_buf ? out->inline_buf : js_xmalloc(cap);
    out->len = js_utf8_into(s, out->s, cap);
    JSStringRelease(s);
    return true;
}

void js_cstr_free(js_cstr *c) {
    if (c->s && c->s != c->inline_buf)
        free(c->s);
    c->s = NULL;
}

JSValueRef js_str(JSContextRef ctx, const char *s) {
    JSStringRef js = JSStringCreateWithUTF8CString(s);
    JSValueRef v = JSValueMakeString(ctx, js);
    JSStringRelease(js);
    return v;
}

JSValueRef js_strn(JSContextRef ctx, const char *s, size_t len) {
    /* JSStringCreateWithUTF8CString needs a terminated string. */
    char small[256];
    char *buf = len < sizeof small ? small : js_xmalloc(len + 1);
    memcpy(buf, s, len);
    buf[len] = 0;
    JSValueRef v = js_str(ctx, buf);
    if (buf != small)
        free(buf);
    return v;
}

JSStringRef js_string_from_utf8(char *buf, size_t len) {
    const uint8_t *in = (const uint8_t *)buf;
    if (utf8_ascii_prefix(in, len) == len) {
        /* The engine keeps an ASCII string in 8-bit form: half the memory. */
        buf[len] = 0;
        if (strlen(buf) == len)
            return JSStringCreateWithUTF8CString(buf);
    }
    uint16_t *units = js_xmalloc(len * sizeof *units);
    size_t n = utf8_decode(in, len, units);
    JSStringRef s = JSStringCreateWithCharacters(units, n);
    free(units);
    return s;
}

bool js_bytes_borrow(JSContextRef ctx, JSValueRef v, uint8_t **bytes, size_t *len) {
    /* A Uint8Array of the kinds the engine's fast paths know is read in
     * place: no API calls (each takes the engine's lock), and no pinning
     * of its ArrayBuffer as a side effect (src/engine_fast.h). */
    if (engine_fast_bytes_in_place(v, bytes, len))
        return true;
    JSValueRef e = NULL;
    JSTypedArrayType t = JSValueGetTypedArrayType(ctx, v, &e);
    if (e || t == kJSTypedArrayTypeNone)
        return false;
    JSObjectRef o = (JSObjectRef)v;
    uint8_t *base;
    if (t == kJSTypedArrayTypeArrayBuffer) {
        base = JSObjectGetArrayBufferBytesPtr(ctx, o, &e);
        *len = base ? JSObjectGetArrayBufferByteLength(ctx, o, &e) : 0;
        *bytes = base;
    } else {
        base = JSObjectGetTypedArrayBytesPtr(ctx, o, &e);
        *len = base ? JSObjectGetTypedArrayByteLength(ctx, o, &e) : 0;
        *bytes = base ? base + JSObjectGetTypedArrayByteOffset(ctx, o, &e) : NULL;
    }
    if (e || !*bytes) {
        *bytes = (uint8_t *)"";
        *len = 0;
    }
    return true;
}

JSObjectRef js_array_new(JSContextRef ctx) {
    JSObjectRef a = JSObjectMakeArray(ctx, 0, NULL, NULL);
    CHECK(a != NULL);
    return a;
}

void js_array_set(JSContextRef ctx, JSObjectRef arr, size_t i, JSValueRef v) {
    JSObjectSetPropertyAtIndex(ctx, arr, (unsigned)i, v, NULL);
}

int32_t js_int(JSContextRef ctx, JSValueRef v) {
    double d = JSValueToNumber(ctx, v, NULL);
    if (d != d)
        return 0;
    if (d >= 2147483647.0)
        return INT32_MAX;
    if (d <= -2147483648.0)
        return INT32_MIN;
    return (int32_t)d;
}

double js_num(JSContextRef ctx, JSValueRef v) {
    return JSValueToNumber(ctx, v, NULL);
}

/* A property name as an engine string, kept for the next call with the
 * same name: js_get and js_set run per event (a request's oncomplete, a
 * handle's onexit), and making the string from UTF-8 each time costs more
 * than the property access. Keyed by the name's address and checked by
 * its text, so a caller's buffer reused for another name just misses.
 * Returns a string the caller releases. */
static JSStringRef js_name(const char *name) {
    enum { SLOTS = 64, LONGEST = 31 };
    static _Thread_local struct {
        const char *key;
        char text[LONGEST + 1];
        JSStringRef s;
    } cache[SLOTS];
    size_t len = strlen(name);
    if (len > LONGEST)
        return JSStringCreateWithUTF8CString(name);
    size_t slot = ((uintptr_t)name >> 3) % SLOTS;
    if (cache[slot].key != name || strcmp(cache[slot].text, name) != 0) {
        if (cache[slot].s)
            JSStringRelease(cache[slot].s);
        cache[slot].key = name;
        memcpy(cache[slot].text, name, len + 1);
        cache[slot].s = JSStringCreateWithUTF8CString(name);
    }
    return JSStringRetain(cache[slot].s);
}

JSValueRef js_get(JSContextRef ctx, JSObjectRef obj, const char *name) {
    JSStringRef n = js_name(name);
    JSValueRef v = JSObjectGetProperty(ctx, obj, n, NULL);
    JSStringRelease(n);
    return v ? v : JSValueMakeUndefined(ctx);
}

void js_set(JSContextRef ctx, JSObjectRef obj, const char *name, JSValueRef v) {
    JSStringRef n = js_name(name);
    JSObjectSetProperty(ctx, obj, n, v, kJSPropertyAttributeNone, NULL);
    JSStringRelease(n);
}

void js_set_fn(JSContextRef ctx, JSObjectRef obj, const char *name, js_fn fn) {
    JSStringRef n = JSStringCreateWithUTF8CString(name);
    JSObjectRef f = JSObjectMakeFunctionWithCallback(ctx, n, fn);
    JSObjectSetProperty(ctx, obj, n, f, kJSPropertyAttributeNone, NULL);
    JSStringRelease(n);
}

void js_set_num(JSContextRef ctx, JSObjectRef obj, const char *name, double v) {
    js_set(ctx, obj, name, JSValueMakeNumber(ctx, v));
}

void js_set_str(JSContextRef ctx, JSObjectRef obj, const char *name, const char *v) {
    js_set(ctx, obj, name, js_str(ctx, v));
}

JSValueRef js_throw_msg(JSContextRef ctx, JSValueRef *exc, const char *ctor,
                        const char *msg) {
    JSObjectRef global = JSContextGetGlobalObject(ctx);
    JSValueRef c = js_get(ctx, global, ctor);
    JSValueRef arg = js_str(ctx, msg);
    JSObjectRef err = JSObjectCallAsConstructor(ctx, (JSObjectRef)c, 1, &arg, NULL);
    CHECK(err != NULL);
    *exc = err;
    return NULL;
}

/* Sets obj[name] = v unless *thrown is set already; a setter's exception
 * goes to *thrown. */
static void js_uv_field(JSContextRef ctx, JSObjectRef obj, const char *name, JSValueRef v,
                        JSValueRef *thrown) {
    if (*thrown)
        return;
    JSStringRef n = JSStringCreateWithUTF8CString(name);
    JSObjectSetProperty(ctx, obj, n, v, kJSPropertyAttributeNone, thrown);
    JSStringRelease(n);
}

static JSObjectRef js_uv_error_made(JSContextRef ctx, int err, const char *syscall,
                                    const char *path, const char *dest, JSValueRef *thrown) {
    /* The _r forms: the plain ones leak a string for unknown codes. */
    char code[64], desc[256];
    uv_err_name_r(err, code, sizeof code);
    uv_strerror_r(err, desc, sizeof desc);
    size_t n = strlen(code) + strlen(desc) + strlen(syscall) + 16 +
               (path ? strlen(path) + 3 : 0) + (dest ? strlen(dest) + 7 : 0);
    char *msg = js_xmalloc(n);
    int k = snprintf(msg, n, "%s: %s, %s", code, desc, syscall);
    if (path)
        k += snprintf(msg + k, n - k, " '%s'", path);
    if (dest)
        snprintf(msg + k, n - k, " -> '%s'", dest);
    JSValueRef arg = js_str(ctx, msg);
    free(msg);
    /* Through the global Error (kiln's wrapper), so the error's stack is
     * Node's like any other. */
    JSValueRef ctor = js_get(ctx, JSContextGetGlobalObject(ctx), "Error");
    JSObjectRef e = JSValueIsObject(ctx, ctor)
                        ? JSObjectCallAsConstructor(ctx, (JSObjectRef)ctor, 1, &arg, NULL)
                        : NULL;
    if (!e)
        e = JSObjectMakeError(ctx, 1, &arg, NULL);
    CHECK(e != NULL);
    *thrown = NULL;
    js_uv_field(ctx, e, "errno", JSValueMakeNumber(ctx, err), thrown);
    js_uv_field(ctx, e, "code", js_str(ctx, code), thrown);
    js_uv_field(ctx, e, "syscall", js_str(ctx, syscall), thrown);
    if (path)
        js_uv_field(ctx, e, "path", js_str(ctx, path), thrown);
    if (dest)
        js_uv_field(ctx, e, "dest", js_str(ctx, dest), thrown);
    return e;
}

JSObjectRef js_uv_error(JSContextRef ctx, int err, const char *syscall,
                        const char *path, const char *dest) {
    JSValueRef thrown;
    return js_uv_error_made(ctx, err, syscall, path, dest, &thrown);
}

JSValueRef js_uv_error_value(JSContextRef ctx, int err, const char *syscall,
                             const char *path, const char *dest) {
    JSValueRef thrown;
    JSObjectRef e = js_uv_error_made(ctx, err, syscall, path, dest, &thrown);
    return thrown ? thrown : e;
}

JSValueRef js_throw_uv(JSContextRef ctx, JSValueRef *exc, int err,
                       const char *syscall, const char *path, const char *dest) {
    *exc = js_uv_error_value(ctx, err, syscall, path, dest);
    return NULL;
}

char **js_string_list(JSContextRef ctx, JSValueRef v, JSValueRef *exc, bool *ok) {
    *ok = true;
    if (!JSValueIsObject(ctx, v))
        return NULL;
    JSObjectRef arr = (JSObjectRef)v;
    size_t n = (size_t)js_num(ctx, js_get(ctx, arr, "length"));
    char **list = js_xmalloc((n + 1) * sizeof *list);
    for (size_t i = 0; i < n; i++) {
        js_cstr c;
        if (!js_cstr_get(ctx, JSObjectGetPropertyAtIndex(ctx, arr, (unsigned)i, NULL), &c, exc)) {
            for (size_t k = 0; k < i; k++)
                free(list[k]);
            free(list);
            *ok = false;
            return NULL;
        }
        list[i] = js_xstrdup(c.s);
        js_cstr_free(&c);
    }
    list[n] = NULL;
    return list;
}

void js_string_list_free(char **list) {
    if (!list)
        return;
    for (char **p = list; *p; p++)
        free(*p);
    free(list);
}
