/* internalBinding('pipe'): Unix domain socket handles for node:net.
 * binding.create(ipc) makes a handle; its methods here are the pipe's own
 * (bind, listen, connect, open, chmod), the stream methods come from
 * stream_wrap.c. Results are libuv codes. */
#include <string.h>
#include <sys/un.h>
#include <unistd.h>

#include "stream_wrap.h"

/* libuv 1.44 silently truncates a path longer than sun_path; Node asks
 * libuv not to (UV_PIPE_NO_TRUNCATE) and reports EINVAL, and so does
 * this. */
static bool pipe_path_fits(const js_cstr *path) {
    struct sockaddr_un un;
    return path->len < sizeof un.sun_path;
}

#define PIPE_THIS()                                                          \
    BINDING_CHECK_THIS(pipe_class());                                        \
    stream_wrap_t *w = JSObjectGetPrivate(self);                             \
    if (!w)                                                                  \
        return JSValueMakeNumber(ctx, UV_EBADF)

/* handle.bind(path) -> 0 or a libuv code. */
static JS_FN(pipe_bind) {
    PIPE_THIS();
    js_cstr path;
    if (!js_cstr_get(ctx, JS_ARG(0), &path, exc))
        return NULL;
    int r = pipe_path_fits(&path) ? uv_pipe_bind(&w->u.pipe, path.s) : UV_EINVAL;
    js_cstr_free(&path);
    return JSValueMakeNumber(ctx, r);
}

/* handle.listen(backlog) -> 0 or a libuv code. */
static JS_FN(pipe_listen) {
    PIPE_THIS();
    return JSValueMakeNumber(ctx, stream_wrap_listen(w, js_int(ctx, JS_ARG(0))));
}

/* handle.connect(req, path) -> 0 or a libuv code; req.oncomplete(status). */
static JS_FN(pipe_connect) {
    PIPE_THIS();
    js_cstr path;
    if (!js_cstr_get(ctx, JS_ARG(1), &path, exc))
        return NULL;
    if (!pipe_path_fits(&path)) {
        js_cstr_free(&path);
        return JSValueMakeNumber(ctx, UV_EINVAL);
    }
    stream_wrap_connect_t *c = stream_wrap_connect_new(ctx, JS_ARG(0));
    /* libuv 1.44 reports every failure through the callback. */
    uv_pipe_connect(&c->req, &w->u.pipe, path.s, stream_wrap_connect_cb);
    js_cstr_free(&path);
    return JSValueMakeNumber(ctx, 0);
}

/* handle.open(fd) -> 0 or a libuv code. */
static JS_FN(pipe_open) {
    PIPE_THIS();
    int fd = js_int(ctx, JS_ARG(0));
    int r = uv_pipe_open(&w->u.pipe, fd);
    /* kiln's terminals are pipe handles; Node's are its TTYWrap. */
    if (r == 0 && isatty(fd) == 1)
        w->link.name = "TTYWrap";
    return JSValueMakeNumber(ctx, r);
}

/* handle.fchmod(mode) -> 0 or a libuv code; mode UV_READABLE|UV_WRITABLE. */
static JS_FN(pipe_fchmod) {
    PIPE_THIS();
    return JSValueMakeNumber(ctx, uv_pipe_chmod(&w->u.pipe, js_int(ctx, JS_ARG(0))));
}

/* handle.getsockname() / getpeername() -> the path, or a libuv code. */
static JSValueRef pipe_name(JSContextRef ctx, stream_wrap_t *w, bool peer) {
    char buf[4096];
    size_t len = sizeof buf;
    int r = peer ? uv_pipe_getpeername(&w->u.pipe, buf, &len)
                 : uv_pipe_getsockname(&w->u.pipe, buf, &len);
    if (r < 0)
        return JSValueMakeNumber(ctx, r);
    return js_strn(ctx, buf, len);
}

static JS_FN(pipe_getsockname) {
    PIPE_THIS();
    return pipe_name(ctx, w, false);
}

static JS_FN(pipe_getpeername) {
    PIPE_THIS();
    return pipe_name(ctx, w, true);
}

/* The methods of this kind of handle, beside stream_wrap's. */
const JSStaticFunction pipe_methods[] = {
        {"bind", pipe_bind, kJSPropertyAttributeDontEnum},
        {"listen", pipe_listen, kJSPropertyAttributeDontEnum},
        {"connect", pipe_connect, kJSPropertyAttributeDontEnum},
        {"open", pipe_open, kJSPropertyAttributeDontEnum},
        {"fchmod", pipe_fchmod, kJSPropertyAttributeDontEnum},
        {"getsockname", pipe_getsockname, kJSPropertyAttributeDontEnum},
        {"getpeername", pipe_getpeername, kJSPropertyAttributeDontEnum},
        {NULL, NULL, 0},
};

JSClassRef pipe_class(void) {
    static JSClassRef cls;
    if (!cls) {
        JSClassDefinition def = kJSClassDefinitionEmpty;
        def.className = "Pipe";
        def.parentClass = stream_wrap_class();
        cls = JSClassCreate(&def);
    }
    return cls;
}

/* binding.create(ipc) -> a new pipe handle; throws a system error. */
static JS_FN(pipe_create) {
    int err;
    stream_wrap_t *w = stream_wrap_new(ctx, STREAM_WRAP_PIPE, JSValueToBoolean(ctx, JS_ARG(0)), &err);
    if (!w)
        return js_throw_uv(ctx, exc, err, "socket", NULL, NULL);
    return w->wrapper;
}

JSObjectRef pipe_binding(JSContextRef ctx) {
    JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
    js_set_fn(ctx, b, "create", pipe_create);
    js_set_num(ctx, b, "UV_READABLE", UV_READABLE);
    js_set_num(ctx, b, "UV_WRITABLE", UV_WRITABLE);
    return b;
}
