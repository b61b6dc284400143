/* internalBinding('tty'): what process.stdout and node:tty ask of a
 * terminal: whether a descriptor is one, its size, raw mode. Plain calls, as
 * libuv's uv_tty_get_winsize makes them, so no uv_tty_t handle (and no
 * change to the descriptor's mode) is needed just to ask. */
#include <errno.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <termios.h>
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

/* The terminal's mode before the first setRawMode(true), put back by
 * setRawMode(false) and at exit, as libuv's uv_tty_reset_mode does. */
static struct termios tty_orig_mode;
static int tty_orig_fd = -1;

static void tty_reset_at_exit(void) {
    if (tty_orig_fd >= 0)
        tcsetattr(tty_orig_fd, TCSANOW, &tty_orig_mode);
}

/* binding.setRawMode(fd, raw) -> 0 or a negative libuv code: raw mode as
 * libuv's UV_TTY_MODE_RAW (no echo, no line editing, no signals from keys,
 * bytes one at a time), or the mode the terminal had before. */
static JS_FN(tty_set_raw_mode) {
    int fd = js_int(ctx, JS_ARG(0));
    bool raw = JSValueToBoolean(ctx, JS_ARG(1));
    struct termios mode;
    if (tty_orig_fd < 0) {
        if (tcgetattr(fd, &tty_orig_mode) != 0)
            return JSValueMakeNumber(ctx, -errno);
        tty_orig_fd = fd;
        atexit(tty_reset_at_exit);
    }
    mode = tty_orig_mode;
    if (raw) {
        mode.c_iflag &= ~(tcflag_t)(BRKINT | ICRNL | INPCK | ISTRIP | IXON);
        mode.c_oflag |= ONLCR;
        mode.c_cflag |= CS8;
        mode.c_lflag &= ~(tcflag_t)(ECHO | ICANON | IEXTEN | ISIG);
        mode.c_cc[VMIN] = 1;
        mode.c_cc[VTIME] = 0;
    }
    int r;
    do
        r = tcsetattr(fd, TCSADRAIN, &mode);
    while (r != 0 && errno == EINTR);
    return JSValueMakeNumber(ctx, r == 0 ? 0 : -errno);
}

JSObjectRef tty_binding(JSContextRef ctx) {
    JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
    js_set_fn(ctx, b, "isatty", tty_isatty);
    js_set_fn(ctx, b, "getWindowSize", tty_get_window_size);
    js_set_fn(ctx, b, "setRawMode", tty_set_raw_mode);
    return b;
}
