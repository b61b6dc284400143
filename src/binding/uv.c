/* internalBinding('uv'): libuv's error names and messages, for
 * util.getSystemErrorName/Map and errors made in JS. */
#include "bindings.h"

/* binding.errname(err) -> 'ENOENT' for -2; Unknown system error otherwise. */
static JS_FN(uv_errname_fn) {
    char buf[64]; /* uv_err_name leaks a string for unknown codes */
    return js_str(ctx, uv_err_name_r(js_int(ctx, JS_ARG(0)), buf, sizeof buf));
}

/* binding.strerror(err) -> 'no such file or directory' for -2. */
static JS_FN(uv_strerror_fn) {
    char buf[256];
    return js_str(ctx, uv_strerror_r(js_int(ctx, JS_ARG(0)), buf, sizeof buf));
}

/* binding.getErrorMap() -> [[errno, name, message], ...] for every libuv
 * error, in libuv's order. */
static JS_FN(uv_get_error_map) {
    static const int codes[] = {
#define UV_ERR_ENTRY(name, _) UV_##name,
        UV_ERRNO_MAP(UV_ERR_ENTRY)
#undef UV_ERR_ENTRY
    };
    size_t n = sizeof codes / sizeof codes[0];
    JSObjectRef arr = js_array_new(ctx);
    for (size_t i = 0; i < n; i++) {
        JSObjectRef row = js_array_new(ctx);
        js_array_set(ctx, arr, i, row);
        js_array_set(ctx, row, 0, JSValueMakeNumber(ctx, codes[i]));
        js_array_set(ctx, row, 1, js_str(ctx, uv_err_name(codes[i])));
        js_array_set(ctx, row, 2, js_str(ctx, uv_strerror(codes[i])));
    }
    return arr;
}

JSObjectRef uv_binding(JSContextRef ctx) {
    JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
    /* UV_E2BIG, UV_EACCES, ...: every libuv error code, as Node's binding
     * has them (tests and internals compare against them). */
#define UV_ERR_CONST(name, _) js_set_num(ctx, b, "UV_" #name, UV_##name);
    UV_ERRNO_MAP(UV_ERR_CONST)
#undef UV_ERR_CONST
    js_set_fn(ctx, b, "errname", uv_errname_fn);
    js_set_fn(ctx, b, "strerror", uv_strerror_fn);
    js_set_fn(ctx, b, "getErrorMap", uv_get_error_map);
    return b;
}
