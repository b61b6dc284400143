/* One runtime: a JSC global context, a uv loop, the boot of lib/ and the one
 * path from C into JS.
 *
 * Boot is lazy: only lib/internal/bootstrap.js is evaluated before the user's
 * code; it loads the rest of the bootstrap (lib/internal/bootstrap/node.js)
 * on first need, and every other builtin is compiled the first time it is
 * required (docs/startup.md). */
#include "runtime.h"
#include "builtin_wrap.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "binding/bindings.h"
#include "engine_fast.h"

extern int jsc_options_set_boolean(const char *option, int value);
extern void JSGlobalContextSetUnhandledRejectionCallback(JSGlobalContextRef ctx, JSObjectRef function,
                                                         JSValueRef *exception);

struct kiln_runtime {
    JSGlobalContextRef ctx;
    uv_loop_t loop;
    /* The functions bootstrap.js returned (runMain, callback, runTicks, ...).
     * Protected for the runtime's lifetime: they are roots anyway. */
    JSObjectRef hooks;
    /* The hooks every event-loop callback goes through, read once: a
     * lookup by name costs a string and a property get per call. They
     * stay alive as values of hooks, which nothing else can reach. */
    JSObjectRef hook_callback, hook_run_ticks, hook_rejections;
    JSObjectRef natives; /* bootstrap's natives (protected) */
    /* Bootstrap's tick state, shared memory: [0] is non-zero while the
     * nextTick queue holds callbacks, [1] while promise rejections wait to
     * be processed, so C can loop without a call. */
    int32_t *tick_info;
    int32_t tick_buf[2]; /* what tick_info points at (natives.tickInfo's bytes) */
    const char *lib_dir; /* KILN_LIB_DIR: read lib/ from here (development) */
    double milestones[RUNTIME_MILESTONES]; /* uv_hrtime() of each, 0 until reached */
    struct {
        const char *name;
        void *data;
        runtime_cleanup_fn cleanup;
    } states[16]; /* per-runtime state of bindings, see runtime_set_binding_state */
    runtime_wrap_t wraps[2]; /* list heads: [0] handles, [1] requests (runtime_wrap_add) */
    /* The engine's lock, held by the loop across the callbacks of one
     * poll phase (runtime_loop_hold): taken by the first that asks, let go
     * at the check phase and before the loop waits. */
    engine_fast_hold_t loop_hold;
    bool loop_held;
    int js_depth;            /* hooks being called (JS on the stack) */
    uv_prepare_t hold_prepare;
    uv_check_t hold_check;
};

static void runtime_hold_prepare_cb(uv_prepare_t *h);
static void runtime_hold_check_cb(uv_check_t *h);

void runtime_wrap_add(JSContextRef ctx, runtime_wrap_t *w, const char *name, const uv_handle_t *handle,
                      JSObjectRef object) {
    runtime_wrap_t *head = &runtime_of(ctx)->wraps[handle == NULL];
    w->name = name;
    w->handle = handle;
    w->object = object;
    w->next = head;
    w->prev = head->prev;
    head->prev->next = w;
    head->prev = w;
}

void runtime_wrap_remove(runtime_wrap_t *w) {
    if (w->next == NULL)
        return;
    w->prev->next = w->next;
    w->next->prev = w->prev;
    w->next = w->prev = NULL;
}

JSObjectRef runtime_active_wraps(JSContextRef ctx, bool requests, JSValueRef *exc) {
    const runtime_wrap_t *head = &runtime_of(ctx)->wraps[requests];
    JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, exc);
    if (!arr)
        return NULL;
    unsigned i = 0;
    for (const runtime_wrap_t *w = head->next; w != head; w = w->next) {
        if (w->handle && !uv_has_ref(w->handle))
            continue;
        JSObjectSetPropertyAtIndex(ctx, arr, i++, w->object, NULL);
        JSObjectSetPropertyAtIndex(ctx, arr, i++, w->name ? js_str(ctx, w->name) : JSValueMakeUndefined(ctx),
                                   NULL);
    }
    return arr;
}

void runtime_set_binding_state(kiln_runtime *rt, const char *name, void *data,
                               runtime_cleanup_fn cleanup) {
    for (size_t i = 0; i < sizeof rt->states / sizeof rt->states[0]; i++) {
        if (!rt->states[i].name) {
            rt->states[i].name = name;
            rt->states[i].data = data;
            rt->states[i].cleanup = cleanup;
            return;
        }
    }
    CHECK(!"too many binding states");
}

void *runtime_find_binding_state(kiln_runtime *rt, const char *name) {
    for (size_t i = 0; i < sizeof rt->states / sizeof rt->states[0]; i++)
        if (rt->states[i].name && strcmp(rt->states[i].name, name) == 0)
            return rt->states[i].data;
    return NULL;
}

void *runtime_binding_state(kiln_runtime *rt, const char *name) {
    void *data = runtime_find_binding_state(rt, name);
    CHECK(data != NULL);
    return data;
}

/* Runtimes by context. Nearly always one; a list keeps embedders with
 * several runtimes on one thread correct. */
static struct {
    JSGlobalContextRef ctx;
    kiln_runtime *rt;
} runtime_table[16];

/* The process's time origin (performance.timeOrigin): when the binary
 * and its libraries were loaded, before main. */
static uint64_t runtime_process_start;
__attribute__((constructor)) static void runtime_note_process_start(void) {
    runtime_process_start = uv_hrtime();
}

const double *runtime_milestones(kiln_runtime *rt) {
    return rt->milestones;
}

kiln_runtime *runtime_of(JSContextRef ctx) {
    /* The context a callback gets is its global object, the same pointer
     * as the global context: found without asking the engine (which takes
     * its lock), most of the time. */
    for (size_t i = 0; i < sizeof runtime_table / sizeof runtime_table[0]; i++)
        if (runtime_table[i].ctx == (JSGlobalContextRef)ctx)
            return runtime_table[i].rt;
    JSGlobalContextRef g = JSContextGetGlobalContext(ctx);
    for (size_t i = 0; i < sizeof runtime_table / sizeof runtime_table[0]; i++)
        if (runtime_table[i].ctx == g)
            return runtime_table[i].rt;
    CHECK(!"context without a runtime");
}

uv_loop_t *runtime_loop(JSContextRef ctx) {
    return &runtime_of(ctx)->loop;
}

static void runtime_register(kiln_runtime *rt) {
    for (size_t i = 0; i < sizeof runtime_table / sizeof runtime_table[0]; i++) {
        if (!runtime_table[i].ctx) {
            runtime_table[i].ctx = rt->ctx;
            runtime_table[i].rt = rt;
            return;
        }
    }
    CHECK(!"too many runtimes");
}

static void runtime_unregister(kiln_runtime *rt) {
    for (size_t i = 0; i < sizeof runtime_table / sizeof runtime_table[0]; i++)
        if (runtime_table[i].rt == rt)
            runtime_table[i].ctx = NULL, runtime_table[i].rt = NULL;
}

/* Prints an exception that reached C, which only a bug in bootstrap allows
 * (user exceptions are handled in JS), and aborts. */
static _Noreturn void runtime_fatal(JSContextRef ctx, JSValueRef exc, const char *where) {
    js_cstr msg = {0}, stack = {0};
    JSValueRef ignored = NULL;
    js_cstr_get(ctx, exc, &msg, &ignored);
    if (JSValueIsObject(ctx, exc))
        js_cstr_get(ctx, js_get(ctx, (JSObjectRef)exc, "stack"), &stack, &ignored);
    fprintf(stderr, "kiln: internal error in %s: %s\n%s\n", where,
            msg.s ? msg.s : "?", stack.s ? stack.s : "");
    fflush(stderr);
    abort();
}

JSValueRef runtime_eval(JSContextRef ctx, JSStringRef code, const char *url,
                        JSValueRef *exc) {
    JSStringRef u = JSStringCreateWithUTF8CString(url);
    JSValueRef r = JSEvaluateScript(ctx, code, NULL, u, 1, exc);
    JSStringRelease(u);
    return r;
}

_Noreturn void runtime_exit(kiln_runtime *rt, int code) {
    (void)rt;
    fflush(stdout);
    fflush(stderr);
    exit(code);
}

/* ---- builtins ---------------------------------------------------------- */

static const char runtime_builtin_head[] = BUILTIN_FUNCTION_HEAD;
static const char runtime_builtin_tail[] = BUILTIN_FUNCTION_TAIL;
/* A module stored as a program (tools/js2c.c). */
static const char runtime_program_head[] = BUILTIN_PROGRAM_HEAD;
static const char runtime_program_tail[] = BUILTIN_PROGRAM_TAIL;

/* The entry of builtin `id`, or NULL. */
static const runtime_builtin_t *runtime_builtin_find(const char *id) {
    for (size_t i = 0; i < runtime_builtins_count; i++)
        if (strcmp(runtime_builtins[i].id, id) == 0)
            return &runtime_builtins[i];
    return NULL;
}

/* Reads lib_dir/id.js, wrapped as the binary's copy is (but bootstrap),
 * for KILN_LIB_DIR: a change to lib/ then needs no rebuild. NULL when the
 * file is not there. */
static JSStringRef runtime_builtin_from_dir(kiln_runtime *rt, const char *id) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s.js", rt->lib_dir, id);
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    bool wrap = strcmp(id, "internal/bootstrap") != 0;
    const runtime_builtin_t *entry = runtime_builtin_find(id);
    bool program = entry && entry->program;
    const char *head_text = program ? runtime_program_head : runtime_builtin_head;
    const char *tail_text = program ? runtime_program_tail : runtime_builtin_tail;
    size_t head = wrap ? strlen(head_text) : 0;
    size_t cap = 1 << 16, n = head, k;
    char *buf = js_xmalloc(cap);
    memcpy(buf, head_text, head);
    while ((k = fread(buf + n, 1, cap - n - 8, f)) > 0) {
        n += k;
        if (n + 8 >= cap)
            buf = js_xrealloc(buf, cap *= 2);
    }
    fclose(f);
    if (wrap) {
        memcpy(buf + n, tail_text, strlen(tail_text));
        n += strlen(tail_text);
    }
    JSStringRef s = js_string_from_utf8(buf, n);
    free(buf);
    return s;
}

/* An engine string of static 8-bit text, used in place. The C API makes
 * strings without a copy only from UTF-16; these two exported engine
 * functions (weak references: docs/engine.md) do it for 8-bit text, which
 * is half the bytes and parses faster. Without them the text is copied. */
extern __attribute__((weak)) void _ZN3WTF10StringImpl28createWithoutCopyingNonEmptyESt4spanIKhLm18446744073709551615EE(
    void **result, const char *chars, size_t len);
extern __attribute__((weak)) void _ZN14OpaqueJSString9tryCreateEON3WTF6StringE(void **result, void **string);

static JSStringRef runtime_static_string(const char *text, size_t len) {
    if (len > 0 && len < UINT32_MAX &&
        _ZN3WTF10StringImpl28createWithoutCopyingNonEmptyESt4spanIKhLm18446744073709551615EE &&
        _ZN14OpaqueJSString9tryCreateEON3WTF6StringE) {
        void *impl = NULL, *str = NULL;
        _ZN3WTF10StringImpl28createWithoutCopyingNonEmptyESt4spanIKhLm18446744073709551615EE(&impl, text, len);
        _ZN14OpaqueJSString9tryCreateEON3WTF6StringE(&str, &impl); /* moves impl out */
        if (str && !impl)
            return str;
    }
    return JSStringCreateWithUTF8CString(text);
}

/* The source of builtin `id`: the binary's text, which the engine uses in
 * place (no conversion, no copy), or KILN_LIB_DIR's. */
static JSStringRef runtime_builtin_source(kiln_runtime *rt, const char *id) {
    if (rt->lib_dir) {
        JSStringRef s = runtime_builtin_from_dir(rt, id);
        if (s)
            return s;
    }
    const runtime_builtin_t *entry = runtime_builtin_find(id);
    return entry ? runtime_static_string(entry->source, entry->len) : NULL;
}

/* natives.compileBuiltin(id, args) -> the module's function of (exports,
 * require, module, process, internalBinding, natives), for the caller to
 * call with args; or true when the module is stored as a program, which
 * has then run with args as its `this` (tools/js2c.c); or null for an
 * unknown id. */
static JS_FN(runtime_compile_builtin) {
    js_cstr id;
    if (!js_cstr_get(ctx, JS_ARG(0), &id, exc))
        return NULL;
    kiln_runtime *rt = runtime_of(ctx);
    JSStringRef src = runtime_builtin_source(rt, id.s);
    const runtime_builtin_t *entry = runtime_builtin_find(id.s);
    JSValueRef r = JSValueMakeNull(ctx);
    if (src) {
        char url[512];
        snprintf(url, sizeof url, "node:%s", id.s);
        if (entry && entry->program) {
            JSObjectRef args = JSValueIsObject(ctx, JS_ARG(1)) ? (JSObjectRef)JS_ARG(1) : NULL;
            JSStringRef u = JSStringCreateWithUTF8CString(url);
            r = args ? JSEvaluateScript(ctx, src, args, u, 1, exc) : NULL;
            JSStringRelease(u);
            if (!args)
                js_throw_msg(ctx, exc, "TypeError", "compileBuiltin: the arguments are missing");
            if (r)
                r = JSValueMakeBoolean(ctx, true);
        } else {
            r = runtime_eval(ctx, src, url, exc);
        }
        JSStringRelease(src);
    }
    js_cstr_free(&id);
    return r;
}

/* natives.builtinIds() -> array of every embedded module id. */
static JS_FN(runtime_builtin_ids) {
    JSObjectRef arr = js_array_new(ctx);
    for (size_t i = 0; i < runtime_builtins_count; i++)
        js_array_set(ctx, arr, i, js_str(ctx, runtime_builtins[i].id));
    return arr;
}

/* Indices into runtime_builtins of the public top-level modules (tools/js2c.c). */
extern const unsigned short runtime_builtins_public[];
extern const size_t runtime_builtins_public_count;

/* natives.builtinNamesIn(source) -> the top-level builtin module names
 * (not internal/..., not _stream_*, no subpaths) that occur in source: the
 * globals `kiln -e` defines. A C scan, so that an -e script pays for the
 * few names it mentions, not for a list of all of them. */
static JS_FN(runtime_builtin_names_in) {
    js_cstr src;
    if (!js_cstr_get(ctx, JS_ARG(0), &src, exc))
        return NULL;
    JSObjectRef arr = js_array_new(ctx);
    size_t n = 0;
    for (size_t i = 0; i < runtime_builtins_public_count; i++) {
        const char *id = runtime_builtins[runtime_builtins_public[i]].id;
        if (strstr(src.s, id))
            js_array_set(ctx, arr, n++, js_str(ctx, id));
    }
    js_cstr_free(&src);
    return arr;
}

/* natives.internalBinding(name) -> the binding's object (bootstrap caches). */
static JS_FN(runtime_internal_binding) {
    js_cstr name;
    if (!js_cstr_get(ctx, JS_ARG(0), &name, exc))
        return NULL;
    JSValueRef r = NULL;
    bool found = false;
    for (size_t i = 0; bindings_table[i].name; i++) {
        if (strcmp(bindings_table[i].name, name.s) == 0) {
            found = true;
            r = bindings_table[i].init(ctx); /* NULL: a library it needs is missing */
            break;
        }
    }
    if (!r) {
        char msg[300];
        snprintf(msg, sizeof msg, found ? "The native part of '%s' could not be loaded" : "No such binding: %s",
                 name.s);
        js_throw_msg(ctx, exc, "Error", msg);
    }
    js_cstr_free(&name);
    return r;
}

/* natives.evalScript(code, filename) -> completion value. The CommonJS
 * loader wraps a module's source on its first line (so line numbers stay
 * right) and calls this; -e and -p use it for their scripts. */
static JS_FN(runtime_eval_script) {
    js_cstr url;
    JSStringRef code = JSValueToStringCopy(ctx, JS_ARG(0), exc);
    if (!code)
        return NULL;
    if (!js_cstr_get(ctx, JS_ARG(1), &url, exc)) {
        JSStringRelease(code);
        return NULL;
    }
    JSValueRef r = runtime_eval(ctx, code, url.s, exc);
    JSStringRelease(code);
    js_cstr_free(&url);
    return r;
}

/* natives.checkSyntax(code, filename): throws the SyntaxError, if any. */
static JS_FN(runtime_check_syntax) {
    js_cstr url;
    JSStringRef code = JSValueToStringCopy(ctx, JS_ARG(0), exc);
    if (!code)
        return NULL;
    if (!js_cstr_get(ctx, JS_ARG(1), &url, exc)) {
        JSStringRelease(code);
        return NULL;
    }
    JSStringRef u = JSStringCreateWithUTF8CString(url.s);
    bool ok = JSCheckScriptSyntax(ctx, code, u, 1, exc);
    JSStringRelease(u);
    JSStringRelease(code);
    js_cstr_free(&url);
    return ok ? JSValueMakeUndefined(ctx) : NULL;
}

/* natives.reallyExit(code): the end of process.exit(). */
static JS_FN(runtime_really_exit) {
    runtime_exit(runtime_of(ctx), js_int(ctx, JS_ARG(0)));
}

/* JavaScriptCore's private C API (JSBasePrivate.h, exported but not
 * installed): a full collection, now. */
extern __attribute__((weak)) void JSSynchronousGarbageCollectForDebugging(JSContextRef ctx);

/* natives.gc(): the global gc() of --expose-gc. */
static JS_FN(runtime_gc) {
    if (JSSynchronousGarbageCollectForDebugging) /* weak: private API */
        JSSynchronousGarbageCollectForDebugging(ctx);
    else
        JSGarbageCollect(ctx);
    return JSValueMakeUndefined(ctx);
}

static void runtime_set_hooks(kiln_runtime *rt, JSObjectRef hooks);

/* natives.setHooks(hooks): the hooks C calls from now on (internal/bootstrap
 * hands over to internal/bootstrap/node's when it loads). */
static JS_FN(runtime_set_hooks_fn) {
    if (!JSValueIsObject(ctx, JS_ARG(0)))
        return js_throw_msg(ctx, exc, "TypeError", "setHooks: not an object");
    runtime_set_hooks(runtime_of(ctx), (JSObjectRef)JS_ARG(0));
    return JSValueMakeUndefined(ctx);
}

static JSObjectRef runtime_string_array(JSContextRef ctx, int n, char **items) {
    JSObjectRef arr = js_array_new(ctx);
    for (int i = 0; i < n; i++)
        js_array_set(ctx, arr, (size_t)i, js_str(ctx, items[i]));
    return arr;
}

/* Whether the command line has options besides the code to evaluate
 * (-e, -p, --eval, --print and their values), which the bootstrap reads at
 * start. */
static bool runtime_boot_options(const kiln_options *o) {
    for (int i = 0; i < o->exec_argc; i++) {
        const char *a = o->exec_argv[i];
        if (!strcmp(a, "-p") || !strcmp(a, "--print")) {
            /* its value, when it has one (main.c: not an option) */
            if (i + 1 < o->exec_argc && o->exec_argv[i + 1][0] != '-')
                i++;
        } else if (!strcmp(a, "-e") || !strcmp(a, "-pe") || !strcmp(a, "-ep") || !strcmp(a, "--eval")) {
            i++; /* and its value */
        }
        else if (strncmp(a, "--eval=", 7) != 0 && strncmp(a, "--print=", 8) != 0)
            return true;
    }
    return false;
}

/* The engine's fast paths are calibrated: bootstrap's hooks drain promise
 * jobs from inside JS from now on (natives.drainMicrotasks). */
static void runtime_engine_ready(void *data) {
    kiln_runtime *rt = data;
    JSObjectRef drain = engine_fast_drain_function(rt->ctx);
    if (drain && rt->natives)
        js_set(rt->ctx, rt->natives, "drainMicrotasks", drain);
}

/* The object bootstrap.js receives: the few natives it needs before any
 * binding, and the facts of this process that only C knows. */
static JSObjectRef runtime_make_natives(kiln_runtime *rt, const kiln_options *o) {
    JSContextRef ctx = rt->ctx;
    JSObjectRef n = JSObjectMake(ctx, NULL, NULL);
    js_set_fn(ctx, n, "compileBuiltin", runtime_compile_builtin);
    js_set_fn(ctx, n, "builtinIds", runtime_builtin_ids);
    js_set_fn(ctx, n, "builtinNamesIn", runtime_builtin_names_in);
    js_set_fn(ctx, n, "internalBinding", runtime_internal_binding);
    js_set_fn(ctx, n, "evalScript", runtime_eval_script);
    js_set_fn(ctx, n, "checkSyntax", runtime_check_syntax);
    js_set_fn(ctx, n, "reallyExit", runtime_really_exit);
    js_set_fn(ctx, n, "gc", runtime_gc);
    js_set_fn(ctx, n, "setHooks", runtime_set_hooks_fn);
    /* natives.tickInfo: [0] is set while the nextTick queue holds callbacks,
     * [1] while promise rejections wait to be processed; C reads them in
     * place, in memory of its own (no engine allocation at start). */
    rt->tick_info = rt->tick_buf;
    JSValueRef exc = NULL;
    JSObjectRef info = JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeInt32Array, rt->tick_buf,
                                                             sizeof rt->tick_buf, NULL, NULL, &exc);
    CHECK(info != NULL);
    js_set(ctx, n, "tickInfo", info);
    rt->natives = n;
    JSValueProtect(ctx, n);
    engine_fast_on_ready(runtime_engine_ready, rt);
    /* Options on the command line or in the environment that the bootstrap
     * reads at start: it then loads all of itself at once (see
     * lib/internal/bootstrap.js). */
    const char *node_options = getenv("NODE_OPTIONS");
    /* (NODE_USE_ENV_PROXY: the proxy URLs are checked before the program runs.) */
    bool eager = runtime_boot_options(o) || (node_options && *node_options) || getenv("NODE_CHANNEL_FD") ||
                 getenv("NODE_USE_ENV_PROXY");
    js_set(ctx, n, "eager", JSValueMakeBoolean(ctx, eager));

    /* process.execPath: the running binary, absolute. */
    /* (readlink rather than uv_exepath, whose path literal sits in a
     * part of the binary nothing else at start touches: 96 KiB of RSS.) */
    char exe[4096];
    ssize_t exe_len = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (exe_len > 0)
        exe[exe_len] = '\0';
    else
        snprintf(exe, sizeof exe, "%s", o->argc > 0 ? o->argv[0] : "kiln");
    js_set_str(ctx, n, "execPath", exe);
    js_set_str(ctx, n, "argv0", o->argv0 ? o->argv0 : (o->argc > 0 ? o->argv[0] : "kiln"));
    JSObjectRef argv = runtime_string_array(ctx, o->argc, o->argv);
    js_set(ctx, n, "argv", argv);
    js_set(ctx, n, "execArgv", runtime_string_array(ctx, o->exec_argc, o->exec_argv));
    js_set_str(ctx, n, "kilnVersion", KILN_VERSION);
    /* libuv's version from its number: its string literal would cost a
     * window of RSS of its own, as the exe path's above. */
    char uv_ver[32];
    unsigned v = uv_version();
    if (UV_VERSION_IS_RELEASE)
        snprintf(uv_ver, sizeof uv_ver, "%u.%u.%u", v >> 16, (v >> 8) & 0xff, v & 0xff);
    else
        snprintf(uv_ver, sizeof uv_ver, "%s", uv_version_string());
    js_set_str(ctx, n, "uvVersion", uv_ver);
    return n;
}

/* Takes hooks as the object whose functions C calls, and reads the ones
 * called per event once. */
static void runtime_set_hooks(kiln_runtime *rt, JSObjectRef hooks) {
    JSContextRef ctx = rt->ctx;
    JSValueRef exc = NULL;
    JSValueProtect(ctx, hooks);
    if (rt->hooks)
        JSValueUnprotect(ctx, rt->hooks);
    rt->hooks = hooks;
    rt->hook_callback = (JSObjectRef)js_get(ctx, rt->hooks, "callback");
    rt->hook_run_ticks = (JSObjectRef)js_get(ctx, rt->hooks, "runTicks");
    rt->hook_rejections = (JSObjectRef)js_get(ctx, rt->hooks, "processRejections");
    CHECK(JSValueIsObject(ctx, rt->hook_callback) && JSValueIsObject(ctx, rt->hook_run_ticks) &&
          JSValueIsObject(ctx, rt->hook_rejections));
    /* The engine reports a rejected promise without a handler once the
     * promise jobs have drained; bootstrap queues it, and runTicks decides
     * after the nextTick queue is empty, as Node does. */
    JSObjectRef on_rejection = (JSObjectRef)js_get(ctx, rt->hooks, "onUnhandledRejection");
    JSGlobalContextSetUnhandledRejectionCallback(rt->ctx, on_rejection, &exc);
    CHECK(exc == NULL);
}

/* Runs lib/internal/bootstrap.js: a program whose `this` is natives and
 * whose completion value is the hooks (unless it has already handed over
 * to internal/bootstrap/node's through natives.setHooks). */
static void runtime_boot(kiln_runtime *rt, const kiln_options *o) {
    JSContextRef ctx = rt->ctx;
    JSValueRef exc = NULL;
    JSStringRef src = runtime_builtin_source(rt, "internal/bootstrap");
    CHECK(src != NULL);
    JSObjectRef natives = runtime_make_natives(rt, o);
    JSStringRef url = JSStringCreateWithUTF8CString("node:internal/bootstrap");
    JSValueRef hooks = JSEvaluateScript(ctx, src, natives, url, 1, &exc);
    JSStringRelease(url);
    JSStringRelease(src);
    if (!hooks)
        runtime_fatal(ctx, exc, "bootstrap");
    CHECK(JSValueIsObject(ctx, hooks));
    if (!rt->hooks)
        runtime_set_hooks(rt, (JSObjectRef)hooks);
}

kiln_runtime *kiln_create(const kiln_options *opts) {
    kiln_runtime *rt = calloc(1, sizeof *rt);
    if (!rt)
        return NULL;
    rt->milestones[RUNTIME_MS_ORIGIN] = (double)(runtime_process_start ? runtime_process_start : uv_hrtime());
    rt->milestones[RUNTIME_MS_START] = (double)uv_hrtime();
    if (uv_loop_init(&rt->loop) != 0) {
        free(rt);
        return NULL;
    }
    /* The loop's idle time, for performance.eventLoopUtilization(), as
     * Node keeps it. */
    uv_loop_configure(&rt->loop, UV_METRICS_IDLE_TIME);
    for (int i = 0; i < 2; i++)
        rt->wraps[i].next = rt->wraps[i].prev = &rt->wraps[i];
    uv_prepare_init(&rt->loop, &rt->hold_prepare);
    rt->hold_prepare.data = rt;
    uv_prepare_start(&rt->hold_prepare, runtime_hold_prepare_cb);
    uv_unref((uv_handle_t *)&rt->hold_prepare);
    uv_check_init(&rt->loop, &rt->hold_check);
    rt->hold_check.data = rt;
    uv_check_start(&rt->hold_check, runtime_hold_check_cb);
    uv_unref((uv_handle_t *)&rt->hold_check);
    /* Proper tail calls (which JavaScriptCore does in strict code and V8
     * does not) would drop frames from every stack trace Node programs
     * read; options take effect only before the engine starts. */
    jsc_options_set_boolean("useTailCalls", 0);
    /* Node always has SharedArrayBuffer and Atomics (Atomics.wait is a
     * common synchronous sleep); the engine's embedding default is off. */
    jsc_options_set_boolean("useSharedArrayBuffer", 1);
    engine_loop_claim();
    rt->milestones[RUNTIME_MS_ENGINE] = (double)uv_hrtime();
    rt->ctx = JSGlobalContextCreate(NULL);
    if (!rt->ctx) {
        CHECK(uv_loop_close(&rt->loop) == 0);
        free(rt);
        return NULL;
    }
    rt->lib_dir = getenv("KILN_LIB_DIR");
    if (rt->lib_dir && !*rt->lib_dir)
        rt->lib_dir = NULL;
    runtime_register(rt);
    rt->milestones[RUNTIME_MS_ENVIRONMENT] = (double)uv_hrtime();
    runtime_boot(rt, opts);
    engine_loop_start(rt, &rt->loop);
    rt->milestones[RUNTIME_MS_BOOTSTRAP] = (double)uv_hrtime();
    return rt;
}

/* Calls the hook f (hooks[name]); an exception here is a bootstrap bug.
 * Under the loop's hold the engine does not run the promise jobs as the
 * call returns (its lock is still held): they run here, where it would
 * have run them. */
static JSValueRef runtime_hook_fn(kiln_runtime *rt, JSObjectRef f, const char *name, size_t argc,
                                  const JSValueRef argv[]) {
    JSValueRef exc = NULL;
    rt->js_depth++;
    JSValueRef r = JSObjectCallAsFunction(rt->ctx, f, NULL, argc, argv, &exc);
    rt->js_depth--;
    if (!r)
        runtime_fatal(rt->ctx, exc, name);
    if (rt->loop_held && rt->js_depth == 0)
        engine_fast_drain(rt->ctx);
    return r;
}

/* ---- the loop's hold on the engine's lock ----------------------------------
 * Every C API call from a libuv callback takes the engine's lock, and its
 * first taking costs more than a call (the engine resets per-entry state,
 * its date cache among it); a busy server's poll phase runs dozens of read
 * callbacks. The first callback that asks takes the lock for the rest of
 * the phase; JS entered meanwhile sees its promise jobs run as each hook
 * returns (runtime_hook_fn) or after engine work (runtime_after_engine_work),
 * as the lock's release would have run them. */

bool runtime_loop_hold(kiln_runtime *rt) {
    if (!rt->loop_held && rt->js_depth == 0 && engine_fast_can_drain()) {
        engine_fast_hold(rt->ctx, &rt->loop_hold);
        rt->loop_held = rt->loop_hold.held;
    }
    return rt->loop_held;
}

void runtime_js_enter(kiln_runtime *rt) {
    rt->js_depth++;
}

void runtime_js_leave(kiln_runtime *rt) {
    rt->js_depth--;
}

static void runtime_loop_release(kiln_runtime *rt) {
    if (!rt->loop_held)
        return;
    rt->loop_held = false;
    engine_fast_release(&rt->loop_hold);
}

static void runtime_hold_prepare_cb(uv_prepare_t *h) {
    runtime_loop_release(h->data);
}

static void runtime_hold_check_cb(uv_check_t *h) {
    runtime_loop_release(h->data);
}

/* Calls hooks[name](...args), for the hooks called once or twice a run. */
static JSValueRef runtime_hook(kiln_runtime *rt, const char *name, size_t argc,
                               const JSValueRef argv[]) {
    return runtime_hook_fn(rt, (JSObjectRef)js_get(rt->ctx, rt->hooks, name), name, argc, argv);
}

/* Runs process.nextTick callbacks until none remain, then processes the
 * promise rejections the engine reported, until neither is left. Each call
 * returns to C, which lets the engine drain promise jobs in between, as
 * Node's processTicksAndRejections does. */
static void runtime_drain_ticks(kiln_runtime *rt) {
    for (;;) {
        if (rt->tick_info[0])
            runtime_hook_fn(rt, rt->hook_run_ticks, "runTicks", 0, NULL);
        else if (rt->tick_info[1])
            runtime_hook_fn(rt, rt->hook_rejections, "processRejections", 0, NULL);
        else
            break;
    }
}

void runtime_after_engine_work(kiln_runtime *rt) {
    if (rt->loop_held && rt->js_depth == 0)
        engine_fast_drain(rt->ctx);
    runtime_drain_ticks(rt);
}

JSValueRef runtime_call_held(kiln_runtime *rt, JSObjectRef fn, JSObjectRef self,
                             size_t argc, const JSValueRef argv[]) {
    JSContextRef ctx = rt->ctx;
    JSValueRef args[8];
    CHECK(argc <= 6);
    args[0] = fn;
    args[1] = self ? (JSValueRef)self : JSValueMakeUndefined(ctx);
    for (size_t i = 0; i < argc; i++)
        args[2 + i] = argv[i];
    return runtime_hook_fn(rt, rt->hook_callback, "callback", argc + 2, args);
}

JSValueRef runtime_call(kiln_runtime *rt, JSObjectRef fn, JSObjectRef self,
                        size_t argc, const JSValueRef argv[]) {
    JSValueRef r = runtime_call_held(rt, fn, self, argc, argv);
    runtime_drain_ticks(rt);
    return r;
}

int kiln_exit_code(kiln_runtime *rt) {
    return js_int(rt->ctx, runtime_hook(rt, "exitCode", 0, NULL));
}

int kiln_run_file(kiln_runtime *rt, const char *path) {
    JSValueRef arg = js_str(rt->ctx, path);
    runtime_hook(rt, "runMain", 1, &arg);
    runtime_drain_ticks(rt);
    return kiln_exit_code(rt);
}

static JSValueRef runtime_source_value(kiln_runtime *rt, const char *code, size_t len) {
    char *buf = js_xmalloc(len + 1);
    memcpy(buf, code, len);
    JSStringRef s = js_string_from_utf8(buf, len);
    free(buf);
    JSValueRef v = JSValueMakeString(rt->ctx, s);
    JSStringRelease(s);
    return v;
}

int kiln_run_string(kiln_runtime *rt, const char *code, size_t len,
                    const char *name, int print) {
    JSValueRef args[3] = {runtime_source_value(rt, code, len), js_str(rt->ctx, name ? name : "[eval]"),
                          JSValueMakeBoolean(rt->ctx, print != 0)};
    runtime_hook(rt, "evalString", 3, args);
    runtime_drain_ticks(rt);
    return kiln_exit_code(rt);
}

int kiln_run_tests(kiln_runtime *rt) {
    runtime_hook(rt, "runTests", 0, NULL);
    runtime_drain_ticks(rt);
    return kiln_exit_code(rt);
}

int kiln_check_file(kiln_runtime *rt, const char *path) {
    JSValueRef arg = js_str(rt->ctx, path);
    runtime_hook(rt, "checkFile", 1, &arg);
    return kiln_exit_code(rt);
}

int kiln_check_string(kiln_runtime *rt, const char *code, size_t len, const char *name) {
    JSValueRef args[2] = {js_str(rt->ctx, name ? name : "[stdin]"),
                          runtime_source_value(rt, code, len)};
    runtime_hook(rt, "checkFile", 2, args);
    return kiln_exit_code(rt);
}

int kiln_run_loop(kiln_runtime *rt) {
    if (!rt->milestones[RUNTIME_MS_LOOP_START])
        rt->milestones[RUNTIME_MS_LOOP_START] = (double)uv_hrtime();
    for (;;) {
        uv_run(&rt->loop, UV_RUN_DEFAULT);
        runtime_loop_release(rt);
        /* 'beforeExit' may schedule more work, which re-enters the loop. */
        runtime_hook(rt, "beforeExit", 0, NULL);
        runtime_drain_ticks(rt);
        if (!uv_loop_alive(&rt->loop))
            break;
    }
    rt->milestones[RUNTIME_MS_LOOP_EXIT] = (double)uv_hrtime();
    JSValueRef code = runtime_hook(rt, "emitExit", 0, NULL);
    return js_int(rt->ctx, code);
}

static void runtime_close_walk_cb(uv_handle_t *h, void *arg) {
    if (!uv_is_closing(h))
        uv_close(h, NULL);
}

void kiln_destroy(kiln_runtime *rt) {
    runtime_loop_release(rt);
    for (size_t i = 0; i < sizeof rt->states / sizeof rt->states[0]; i++)
        if (rt->states[i].cleanup)
            rt->states[i].cleanup(rt, rt->states[i].data);
    uv_walk(&rt->loop, runtime_close_walk_cb, NULL);
    uv_run(&rt->loop, UV_RUN_DEFAULT);
    runtime_loop_release(rt);
    JSValueUnprotect(rt->ctx, rt->hooks);
    engine_fast_cancel_ready(rt);
    if (rt->natives)
        JSValueUnprotect(rt->ctx, rt->natives);
    runtime_unregister(rt);
    JSGlobalContextRelease(rt->ctx);
    int r = uv_loop_close(&rt->loop);
#ifndef NDEBUG
    CHECK(r == 0);
#else
    (void)r;
#endif
    free(rt);
}
