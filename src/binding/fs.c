/* internalBinding('fs'): file system calls. Each function is one operation
 * on plain values; lib/fs.js and the module loader do the rest. */
#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bindings.h"

/* binding.internalModuleStat(path) -> 0 file, 1 directory, negative errno.
 * The module loader probes many paths; a miss is an answer, not an error. */
static JS_FN(fs_internal_module_stat) {
    js_cstr path;
    if (!js_cstr_get(ctx, JS_ARG(0), &path, exc))
        return NULL;
    uv_fs_t req;
    int r = uv_fs_stat(NULL, &req, path.s, NULL);
    if (r == 0)
        r = (req.statbuf.st_mode & S_IFMT) == S_IFDIR ? 1 : 0;
    uv_fs_req_cleanup(&req);
    js_cstr_free(&path);
    return JSValueMakeNumber(ctx, r);
}

/* Reads a whole file into a malloc'd buffer with one spare byte at the end.
 * Returns 0 or a negative libuv code, with the failing syscall named. */
static int fs_read_all(const char *path, char **out, size_t *out_len, const char **syscall) {
    uv_fs_t req;
    *syscall = "open";
    int fd = uv_fs_open(NULL, &req, path, O_RDONLY | O_CLOEXEC, 0, NULL);
    uv_fs_req_cleanup(&req);
    if (fd < 0)
        return fd;
    int r = uv_fs_fstat(NULL, &req, fd, NULL);
    size_t cap = r == 0 && req.statbuf.st_size > 0 ? (size_t)req.statbuf.st_size + 1 : 8192;
    uv_fs_req_cleanup(&req);
    char *buf = malloc(cap);
    size_t n = 0;
    *syscall = "read";
    if (!buf) {
        r = UV_ENOMEM;
        goto out;
    }
    for (;;) {
        if (n + 1 >= cap) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                r = UV_ENOMEM;
                goto out;
            }
            buf = nb;
            cap *= 2;
        }
        uv_buf_t b = uv_buf_init(buf + n, (unsigned)(cap - n - 1));
        r = uv_fs_read(NULL, &req, fd, &b, 1, -1, NULL);
        uv_fs_req_cleanup(&req);
        if (r < 0)
            goto out;
        if (r == 0)
            break;
        n += (size_t)r;
    }
    r = 0;
    *out = buf;
    *out_len = n;
    buf = NULL;
out:
    free(buf);
    uv_fs_close(NULL, &req, fd, NULL);
    uv_fs_req_cleanup(&req);
    return r;
}

/* binding.readFileUtf8(path) -> string; throws a system error. */
static JS_FN(fs_read_file_utf8) {
    js_cstr path;
    if (!js_cstr_get(ctx, JS_ARG(0), &path, exc))
        return NULL;
    char *buf;
    size_t len;
    const char *syscall;
    JSValueRef result = NULL;
    int r = fs_read_all(path.s, &buf, &len, &syscall);
    if (r < 0) {
        js_throw_uv(ctx, exc, r, syscall, path.s, NULL);
    } else {
        JSStringRef s = js_string_from_utf8(buf, len);
        free(buf);
        result = JSValueMakeString(ctx, s);
        JSStringRelease(s);
    }
    js_cstr_free(&path);
    return result;
}

/* binding.realpath(path) -> string; throws a system error. */
static JS_FN(fs_realpath) {
    js_cstr path;
    if (!js_cstr_get(ctx, JS_ARG(0), &path, exc))
        return NULL;
    uv_fs_t req;
    JSValueRef result;
    int r = uv_fs_realpath(NULL, &req, path.s, NULL);
    if (r < 0)
        result = js_throw_uv(ctx, exc, r, "realpath", path.s, NULL);
    else
        result = js_str(ctx, req.ptr);
    uv_fs_req_cleanup(&req);
    js_cstr_free(&path);
    return result;
}

/* Writes all of buf to fd, waiting when the descriptor is non-blocking and
 * full: console output is synchronous in Node on Linux, and none of it may
 * be lost when the process exits right after. */
static int fs_write_all(int fd, const char *buf, size_t len) {
    while (len > 0) {
        ssize_t n = write(fd, buf, len);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN) {
                struct pollfd p = {.fd = fd, .events = POLLOUT};
                poll(&p, 1, -1);
                continue;
            }
            return -errno;
        }
        buf += n;
        len -= (size_t)n;
    }
    return 0;
}

/* binding.writeAll(fd, string | Uint8Array): all of it, synchronously;
 * throws a system error. A closed pipe (EPIPE) is not an error here. */
static JS_FN(fs_write_all_fn) {
    int fd = js_int(ctx, JS_ARG(0));
    int r;
    JSValueRef data = JS_ARG(1);
    if (JSValueGetTypedArrayType(ctx, data, NULL) != kJSTypedArrayTypeNone) {
        JSObjectRef arr = (JSObjectRef)data;
        const char *p = JSObjectGetTypedArrayBytesPtr(ctx, arr, exc);
        size_t off = JSObjectGetTypedArrayByteOffset(ctx, arr, exc);
        size_t len = JSObjectGetTypedArrayByteLength(ctx, arr, exc);
        r = p ? fs_write_all(fd, p + off, len) : 0;
    } else {
        js_cstr s;
        if (!js_cstr_get(ctx, data, &s, exc))
            return NULL;
        r = fs_write_all(fd, s.s, s.len);
        js_cstr_free(&s);
    }
    if (r < 0 && r != UV_EPIPE)
        return js_throw_uv(ctx, exc, r, "write", NULL, NULL);
    return JSValueMakeUndefined(ctx);
}

JSObjectRef fs_binding(JSContextRef ctx) {
    JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
    js_set_fn(ctx, b, "internalModuleStat", fs_internal_module_stat);
    js_set_fn(ctx, b, "readFileUtf8", fs_read_file_utf8);
    js_set_fn(ctx, b, "realpath", fs_realpath);
    js_set_fn(ctx, b, "writeAll", fs_write_all_fn);
    return b;
}
