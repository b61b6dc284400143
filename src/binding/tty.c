/* internalBinding('tty'): what process.stdout and node:tty ask of a
 * terminal: whether a descriptor is one, and its size. Plain ioctls, as
 * libuv's uv_tty_get_winsize makes them, so no uv_tty_t handle (and no
 * change to the descriptor's mode) is needed just to ask. */
#include <errno.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "bindings.h"

/* binding.isatty(fd) -> boolean. */
static JS_FN(tty_isatty) {
    int fd = js_int(ctx, JS_ARG(0));
    return JSValueMakeBoolean(ctx, fd >= 0 && isatty(fd) == 1);
}

/* binding.getWindowSize(fd, out) -> 0, with out[0] the columns and out[1]
 * the rows, or a negative libuv code (UV_ENOTTY, UV_EBADF) and out as it
 * was. */
static JS_FN(tty_get_window_size) {
    int fd = js_int(ctx, JS_ARG(0));
    CHECK(JSValueIsObject(ctx, JS_ARG(1)));
    JSObjectRef out = (JSObjectRef)JS_ARG(1);
    struct winsize ws;
    int r;
    do
        r = ioctl(fd, TIOCGWINSZ, &ws);
    while (r == -1 && errno == EINTR);
    if (r == -1)
        return JSValueMakeNumber(ctx, -errno);
    JSObjectSetPropertyAtIndex(ctx, out, 0, JSValueMakeNumber(ctx, ws.ws_col), exc);
    if (*exc)
        return NULL;
    JSObjectSetPropertyAtIndex(ctx, out, 1, JSValueMakeNumber(ctx, ws.ws_row), exc);
    if (*exc)
        return NULL;
    return JSValueMakeNumber(ctx, 0);
}

JSObjectRef tty_binding(JSContextRef ctx) {
    JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
    js_set_fn(ctx, b, "isatty", tty_isatty);
    js_set_fn(ctx, b, "getWindowSize", tty_get_window_size);
    return b;
}
