/* internalBinding('transpile'): the ES-module transpiler of src/transpile/
 * for the module loaders, as docs/esm.md specifies:
 *
 *   transformModule(source, filename) -> { code, meta }   (throws SyntaxError)
 *   transformScript(source)           -> code with _$kiln_import(...), or undefined
 *   transformUsing(source, isBody, isAsync) -> code with `using` lowered (throws SyntaxError)
 *   cjsExports(source)                -> { exports: [...], reexports: [...] }
 *   containsModuleSyntax(source)      -> boolean
 *
 * Each is one conversion of the source to UTF-8, one C pass, and one
 * conversion of the result back. */
#include <stdlib.h>
#include <string.h>

#include "../transpile/transpile.h"
#include "bindings.h"

/* The source as UTF-8, malloc'd (caller frees), or NULL with *exc set when
 * ToString threw. A lone surrogate (legal in a JS string, and so in a
 * module's string literals) becomes its 3-byte form, which the transpiler
 * passes through and transpile_string turns back: the engine's own UTF-8
 * conversion would drop it. */
static char *transpile_source(JSContextRef ctx, JSValueRef v, size_t *len, JSValueRef *exc) {
    JSStringRef str = JSValueToStringCopy(ctx, v, exc);
    if (!str)
        return NULL;
    size_t n = JSStringGetLength(str);
    const JSChar *u = JSStringGetCharactersPtr(str);
    char *o = js_xmalloc(n * 3 + 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = u[i];
        if (c < 0x80) {
            o[k++] = (char)c;
        } else if (c < 0x800) {
            o[k++] = (char)(0xC0 | c >> 6);
            o[k++] = (char)(0x80 | (c & 0x3F));
        } else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && u[i + 1] >= 0xDC00 && u[i + 1] <= 0xDFFF) {
            c = 0x10000 + ((c - 0xD800) << 10) + (u[++i] - 0xDC00);
            o[k++] = (char)(0xF0 | c >> 18);
            o[k++] = (char)(0x80 | ((c >> 12) & 0x3F));
            o[k++] = (char)(0x80 | ((c >> 6) & 0x3F));
            o[k++] = (char)(0x80 | (c & 0x3F));
        } else {
            o[k++] = (char)(0xE0 | c >> 12);
            o[k++] = (char)(0x80 | ((c >> 6) & 0x3F));
            o[k++] = (char)(0x80 | (c & 0x3F));
        }
    }
    o[k] = 0;
    JSStringRelease(str);
    *len = k;
    return o;
}

/* A JS string from the transpiler's output: UTF-8 with lone surrogates in
 * their 3-byte form (see transpile_source). s[len] must be writable. */
static JSValueRef transpile_string(JSContextRef ctx, char *s, size_t len) {
    const uint8_t *b = (const uint8_t *)s;
    size_t i = 0;
    while (i < len && b[i] < 0x80 && b[i])
        i++;
    JSStringRef str;
    if (i == len) {
        str = js_string_from_utf8(s, len); /* ASCII: the engine keeps it 8-bit */
    } else {
        uint16_t *units = js_xmalloc(len * sizeof *units);
        size_t n = 0;
        for (i = 0; i < len;) {
            uint32_t c = b[i];
            if (c < 0x80) {
                units[n++] = (uint16_t)c;
                i++;
            } else if (c >= 0xF0 && i + 3 < len) {
                c = (c & 7) << 18 | (b[i + 1] & 0x3Fu) << 12 | (b[i + 2] & 0x3Fu) << 6 | (b[i + 3] & 0x3Fu);
                units[n++] = (uint16_t)(0xD800 + ((c - 0x10000) >> 10));
                units[n++] = (uint16_t)(0xDC00 + ((c - 0x10000) & 0x3FF));
                i += 4;
            } else if (c >= 0xE0 && i + 2 < len) {
                units[n++] = (uint16_t)((c & 15) << 12 | (b[i + 1] & 0x3Fu) << 6 | (b[i + 2] & 0x3Fu));
                i += 3;
            } else if (c >= 0xC0 && i + 1 < len) {
                units[n++] = (uint16_t)((c & 31) << 6 | (b[i + 1] & 0x3Fu));
                i += 2;
            } else {
                units[n++] = 0xFFFD; /* cannot happen: the text came from transpile_source */
                i++;
            }
        }
        str = JSStringCreateWithCharacters(units, n);
        free(units);
    }
    JSValueRef v = JSValueMakeString(ctx, str);
    JSStringRelease(str);
    return v;
}

/* A SyntaxError with V8's message and own `line` (1-based) and `column`
 * (0-based, UTF-16 units) properties. */
static JSValueRef transpile_throw(JSContextRef ctx, JSValueRef *exc, const transpile_result *r) {
    /* The message quotes source text, cut at 64 bytes: made with this
     * file's decoder, which takes a cut UTF-8 sequence. */
    JSValueRef msg = transpile_string(ctx, r->error, strlen(r->error));
    JSObjectRef ctor = (JSObjectRef)js_get(ctx, JSContextGetGlobalObject(ctx), "SyntaxError");
    JSObjectRef err = JSObjectCallAsConstructor(ctx, ctor, 1, &msg, NULL);
    CHECK(err != NULL);
    *exc = err;
    js_set_num(ctx, err, "line", r->line);
    js_set_num(ctx, err, "column", r->column);
    return NULL;
}

static JS_FN(transpile_transform_module) {
    size_t len;
    char *src = transpile_source(ctx, JS_ARG(0), &len, exc);
    if (!src)
        return NULL;
    transpile_result r;
    int rc = transpile_module(src, len, &r);
    free(src);
    JSValueRef ret = NULL;
    if (rc) {
        transpile_throw(ctx, exc, &r);
    } else {
        JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
        js_set(ctx, o, "code", transpile_string(ctx, r.code, r.code_len));
        js_set(ctx, o, "meta", transpile_string(ctx, r.meta, r.meta_len));
        ret = o;
    }
    transpile_result_free(&r);
    return ret;
}

static JS_FN(transpile_transform_script) {
    size_t len;
    char *src = transpile_source(ctx, JS_ARG(0), &len, exc);
    if (!src)
        return NULL;
    transpile_result r;
    transpile_script(src, len, &r);
    free(src);
    JSValueRef ret = r.code ? transpile_string(ctx, r.code, r.code_len) : JSValueMakeUndefined(ctx);
    transpile_result_free(&r);
    return ret;
}

/* transformUsing(source, isFunctionBody, isAsync) -> code with `using` lowered and
 * import() renamed; throws a SyntaxError (line, column) when the parse
 * fails. Called only after the engine rejected the source. */
static JS_FN(transpile_transform_using) {
    size_t len;
    char *src = transpile_source(ctx, JS_ARG(0), &len, exc);
    if (!src)
        return NULL;
    int flags = (JSValueToBoolean(ctx, JS_ARG(1)) ? TRANSPILE_FUNCTION_BODY : 0) |
                (JSValueToBoolean(ctx, JS_ARG(2)) ? TRANSPILE_ASYNC : 0);
    transpile_result r;
    int rc = transpile_using(src, len, flags, &r);
    free(src);
    JSValueRef ret = NULL;
    if (rc)
        transpile_throw(ctx, exc, &r);
    else
        ret = transpile_string(ctx, r.code, r.code_len);
    transpile_result_free(&r);
    return ret;
}

static JS_FN(transpile_cjs_exports_fn) {
    size_t len;
    char *src = transpile_source(ctx, JS_ARG(0), &len, exc);
    if (!src)
        return NULL;
    transpile_result r;
    transpile_cjs_exports(src, len, &r);
    free(src);
    JSStringRef json = JSStringCreateWithUTF8CString(r.meta);
    JSValueRef ret = JSValueMakeFromJSONString(ctx, json);
    JSStringRelease(json);
    transpile_result_free(&r);
    CHECK(ret != NULL); /* the C side writes valid JSON */
    return ret;
}

static JS_FN(transpile_contains_module_syntax_fn) {
    size_t len;
    char *src = transpile_source(ctx, JS_ARG(0), &len, exc);
    if (!src)
        return NULL;
    bool yes = transpile_contains_module_syntax(src, len);
    free(src);
    return JSValueMakeBoolean(ctx, yes);
}

JSObjectRef transpile_binding(JSContextRef ctx) {
    JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
    js_set_fn(ctx, b, "transformModule", transpile_transform_module);
    js_set_fn(ctx, b, "transformScript", transpile_transform_script);
    js_set_fn(ctx, b, "transformUsing", transpile_transform_using);
    js_set_fn(ctx, b, "cjsExports", transpile_cjs_exports_fn);
    js_set_fn(ctx, b, "containsModuleSyntax", transpile_contains_module_syntax_fn);
    return b;
}
