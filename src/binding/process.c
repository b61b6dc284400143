/* internalBinding('process'): facts and controls of this process. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bindings.h"

extern char **environ;

/* process.env is a live view of the C environment, as in Node: reads and
 * writes go straight to getenv/setenv, so child processes see them later. */
static JSValueRef process_env_get(JSContextRef ctx, JSObjectRef obj, JSStringRef name,
                                  JSValueRef *exc) {
    char *key = js_string_to_utf8(name, NULL);
    const char *v = getenv(key);
    free(key);
    return v ? js_str(ctx, v) : NULL;
}

static bool process_env_has(JSContextRef ctx, JSObjectRef obj, JSStringRef name) {
    char *key = js_string_to_utf8(name, NULL);
    bool has = getenv(key) != NULL;
    free(key);
    return has;
}

static bool process_env_set(JSContextRef ctx, JSObjectRef obj, JSStringRef name,
                            JSValueRef value, JSValueRef *exc) {
    js_cstr v;
    /* Node stores String(value); a Symbol throws, as ToString does. */
    if (!js_cstr_get(ctx, value, &v, exc))
        return true;
    char *key = js_string_to_utf8(name, NULL);
    if (*key && !strchr(key, '='))
        setenv(key, v.s, 1);
    free(key);
    js_cstr_free(&v);
    return true;
}

static bool process_env_delete(JSContextRef ctx, JSObjectRef obj, JSStringRef name,
                               JSValueRef *exc) {
    char *key = js_string_to_utf8(name, NULL);
    if (*key && !strchr(key, '='))
        unsetenv(key);
    free(key);
    return true;
}

static void process_env_names(JSContextRef ctx, JSObjectRef obj,
                              JSPropertyNameAccumulatorRef names) {
    for (char **e = environ; *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq || eq == *e)
            continue;
        size_t n = (size_t)(eq - *e);
        char *key = js_xmalloc(n + 1);
        memcpy(key, *e, n);
        key[n] = 0;
        JSStringRef s = JSStringCreateWithUTF8CString(key);
        JSPropertyNameAccumulatorAddName(names, s);
        JSStringRelease(s);
        free(key);
    }
}

static JSClassRef process_env_class(void) {
    static JSClassRef cls;
    if (!cls) {
        JSClassDefinition def = kJSClassDefinitionEmpty;
        def.className = "Object";
        def.getProperty = process_env_get;
        def.hasProperty = process_env_has;
        def.setProperty = process_env_set;
        def.deleteProperty = process_env_delete;
        def.getPropertyNames = process_env_names;
        cls = JSClassCreate(&def);
    }
    return cls;
}

static JS_FN(process_cwd) {
    char buf[4096];
    size_t n = sizeof buf;
    int r = uv_cwd(buf, &n);
    if (r < 0)
        return js_throw_uv(ctx, exc, r, "uv_cwd", NULL, NULL);
    return js_str(ctx, buf);
}

static JS_FN(process_chdir) {
    js_cstr dir;
    if (!js_cstr_get(ctx, JS_ARG(0), &dir, exc))
        return NULL;
    int r = uv_chdir(dir.s);
    JSValueRef result = r < 0 ? js_throw_uv(ctx, exc, r, "chdir", dir.s, NULL)
                              : JSValueMakeUndefined(ctx);
    js_cstr_free(&dir);
    return result;
}

/* binding.hrtime() -> nanoseconds of the monotonic clock, as a number
 * (exact below 2^53 ns, about 104 days of uptime). */
static JS_FN(process_hrtime) {
    return JSValueMakeNumber(ctx, (double)uv_hrtime());
}

/* binding.guessHandleType(fd) -> 'TTY', 'FILE', 'PIPE', 'TCP', 'UDP' or
 * 'UNKNOWN', as libuv sees the descriptor. */
static JS_FN(process_guess_handle_type) {
    switch (uv_guess_handle(js_int(ctx, JS_ARG(0)))) {
    case UV_TTY: return js_str(ctx, "TTY");
    case UV_FILE: return js_str(ctx, "FILE");
    case UV_NAMED_PIPE: return js_str(ctx, "PIPE");
    case UV_TCP: return js_str(ctx, "TCP");
    case UV_UDP: return js_str(ctx, "UDP");
    default: return js_str(ctx, "UNKNOWN");
    }
}

JSObjectRef process_binding(JSContextRef ctx) {
    JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
    js_set_fn(ctx, b, "cwd", process_cwd);
    js_set_fn(ctx, b, "chdir", process_chdir);
    js_set_fn(ctx, b, "hrtime", process_hrtime);
    js_set_fn(ctx, b, "guessHandleType", process_guess_handle_type);
    js_set_num(ctx, b, "pid", getpid());
    js_set_num(ctx, b, "ppid", getppid());
    js_set(ctx, b, "env", JSObjectMake(ctx, process_env_class(), NULL));
    return b;
}
