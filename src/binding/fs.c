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
static int fs_read_all(const char *path, int flags, char **out, size_t *out_len, const char **syscall) {
    uv_fs_t req;
    *syscall = "open";
    int fd = uv_fs_open(NULL, &req, path, flags | O_CLOEXEC, 0666, NULL);
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
    int r = fs_read_all(path.s, O_RDONLY, &buf, &len, &syscall);
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

/* ---- requests ------------------------------------------------------------
 * Every operation below takes a last argument `req`: undefined runs it
 * synchronously (the result is returned, a failure thrown as a system
 * error); an object runs it on libuv's thread pool and calls
 * req.oncomplete(err, result) through the runtime when it is done. The req
 * object is protected while in flight, and JS keeps the buffers it passed
 * as properties of req, so they live as long as the request. */

typedef enum {
    FS_RESULT_NONE,   /* undefined */
    FS_RESULT_INT,    /* req->result: fd, bytes */
    FS_RESULT_STAT,   /* statbuf into a Float64Array (or BigInt64Array) */
    FS_RESULT_STRING, /* req->ptr (readlink, realpath) or req->path (mkdtemp) */
    FS_RESULT_DIR,    /* scandir entries: [names] or [names, types] */
    FS_RESULT_STATFS,
} fs_result_t;

typedef struct {
    uv_fs_t req;
    kiln_runtime *rt;
    JSGlobalContextRef ctx;
    JSObjectRef wrapper; /* the JS req object; protected until done */
    fs_result_t kind;
    bool bigint;         /* FS_RESULT_STAT/STATFS: BigInt64Array */
    bool with_types;     /* FS_RESULT_DIR */
    char *path;          /* owned copies, for the error message */
    char *dest;
    const char *syscall;
} fs_req_t;

static char *fs_strdup_value(JSContextRef ctx, JSValueRef v, JSValueRef *exc) {
    js_cstr c;
    if (!js_cstr_get(ctx, v, &c, exc))
        return NULL;
    char *s = js_xmalloc(c.len + 1);
    memcpy(s, c.s, c.len + 1);
    js_cstr_free(&c);
    return s;
}

enum { FS_STAT_FIELDS = 18 };

/* Stat fields in Node's order: dev, mode, nlink, uid, gid, rdev, blksize,
 * ino, size, blocks, then seconds and nanoseconds of atime, mtime, ctime,
 * birthtime. */
static void fs_stat_fields(const uv_stat_t *st, double f[FS_STAT_FIELDS]) {
    f[0] = (double)st->st_dev;
    f[1] = (double)st->st_mode;
    f[2] = (double)st->st_nlink;
    f[3] = (double)st->st_uid;
    f[4] = (double)st->st_gid;
    f[5] = (double)st->st_rdev;
    f[6] = (double)st->st_blksize;
    f[7] = (double)st->st_ino;
    f[8] = (double)st->st_size;
    f[9] = (double)st->st_blocks;
    f[10] = (double)st->st_atim.tv_sec;
    f[11] = (double)st->st_atim.tv_nsec;
    f[12] = (double)st->st_mtim.tv_sec;
    f[13] = (double)st->st_mtim.tv_nsec;
    f[14] = (double)st->st_ctim.tv_sec;
    f[15] = (double)st->st_ctim.tv_nsec;
    f[16] = (double)st->st_birthtim.tv_sec;
    f[17] = (double)st->st_birthtim.tv_nsec;
}

static void fs_stat_fields_big(const uv_stat_t *st, int64_t f[FS_STAT_FIELDS]) {
    const uint64_t v[FS_STAT_FIELDS] = {
        st->st_dev, st->st_mode, st->st_nlink, st->st_uid, st->st_gid, st->st_rdev,
        st->st_blksize, st->st_ino, st->st_size, st->st_blocks,
        (uint64_t)st->st_atim.tv_sec, (uint64_t)st->st_atim.tv_nsec,
        (uint64_t)st->st_mtim.tv_sec, (uint64_t)st->st_mtim.tv_nsec,
        (uint64_t)st->st_ctim.tv_sec, (uint64_t)st->st_ctim.tv_nsec,
        (uint64_t)st->st_birthtim.tv_sec, (uint64_t)st->st_birthtim.tv_nsec};
    for (int i = 0; i < FS_STAT_FIELDS; i++)
        f[i] = (int64_t)v[i];
}

static JSValueRef fs_stat_array(JSContextRef ctx, const uv_stat_t *st, bool big, JSValueRef *exc) {
    JSObjectRef arr = JSObjectMakeTypedArray(
        ctx, big ? kJSTypedArrayTypeBigInt64Array : kJSTypedArrayTypeFloat64Array, FS_STAT_FIELDS, exc);
    if (!arr)
        return NULL;
    void *p = JSObjectGetTypedArrayBytesPtr(ctx, arr, exc);
    CHECK(p != NULL);
    if (big)
        fs_stat_fields_big(st, p);
    else
        fs_stat_fields(st, p);
    return arr;
}

/* statfs: type, bsize, blocks, bfree, bavail, files, ffree. */
static JSValueRef fs_statfs_array(JSContextRef ctx, const uv_statfs_t *s, bool big, JSValueRef *exc) {
    JSObjectRef arr = JSObjectMakeTypedArray(
        ctx, big ? kJSTypedArrayTypeBigInt64Array : kJSTypedArrayTypeFloat64Array, 7, exc);
    if (!arr)
        return NULL;
    uint64_t v[7] = {s->f_type, s->f_bsize, s->f_blocks, s->f_bfree, s->f_bavail, s->f_files, s->f_ffree};
    void *p = JSObjectGetTypedArrayBytesPtr(ctx, arr, exc);
    CHECK(p != NULL);
    for (int i = 0; i < 7; i++) {
        if (big)
            ((int64_t *)p)[i] = (int64_t)v[i];
        else
            ((double *)p)[i] = (double)v[i];
    }
    return arr;
}

static JSValueRef fs_dir_result(JSContextRef ctx, uv_fs_t *req, bool with_types, JSValueRef *exc) {
    JSObjectRef names = js_array_new(ctx);
    JSObjectRef types = with_types ? js_array_new(ctx) : NULL;
    uv_dirent_t ent;
    size_t i = 0;
    int r;
    while ((r = uv_fs_scandir_next(req, &ent)) == 0) {
        js_array_set(ctx, names, i, js_str(ctx, ent.name));
        if (types)
            js_array_set(ctx, types, i, JSValueMakeNumber(ctx, ent.type));
        i++;
    }
    if (!types)
        return names;
    JSObjectRef pair = js_array_new(ctx);
    js_array_set(ctx, pair, 0, names);
    js_array_set(ctx, pair, 1, types);
    return pair;
}

/* The value a finished request stands for, or NULL with *exc set. */
static JSValueRef fs_result(JSContextRef ctx, fs_req_t *r, JSValueRef *exc) {
    uv_fs_t *req = &r->req;
    if (req->result < 0)
        return js_throw_uv(ctx, exc, (int)req->result, r->syscall, r->path, r->dest);
    switch (r->kind) {
    case FS_RESULT_INT: return JSValueMakeNumber(ctx, (double)req->result);
    case FS_RESULT_STAT: return fs_stat_array(ctx, &req->statbuf, r->bigint, exc);
    case FS_RESULT_STATFS: return fs_statfs_array(ctx, req->ptr, r->bigint, exc);
    case FS_RESULT_STRING:
        return js_str(ctx, req->fs_type == UV_FS_MKDTEMP ? req->path : (const char *)req->ptr);
    case FS_RESULT_DIR: return fs_dir_result(ctx, req, r->with_types, exc);
    default: return JSValueMakeUndefined(ctx);
    }
}

static void fs_req_free(fs_req_t *r) {
    uv_fs_req_cleanup(&r->req);
    free(r->path);
    free(r->dest);
    free(r);
}

static void fs_done_cb(uv_fs_t *req) {
    fs_req_t *r = req->data;
    JSContextRef ctx = r->ctx;
    JSValueRef exc = NULL;
    JSValueRef result = fs_result(ctx, r, &exc);
    JSValueRef args[2];
    size_t argc;
    if (!result) {
        args[0] = exc;
        argc = 1;
    } else {
        args[0] = JSValueMakeNull(ctx);
        args[1] = result;
        argc = 2;
    }
    JSObjectRef wrapper = r->wrapper;
    JSValueRef fn = js_get(ctx, wrapper, "oncomplete");
    fs_req_free(r);
    if (JSValueIsObject(ctx, fn))
        runtime_call(runtime_of(ctx), (JSObjectRef)fn, wrapper, argc, args);
    JSValueUnprotect(ctx, wrapper);
}

/* Starts a request: sync when req_value is undefined (returns the result),
 * async otherwise (returns undefined). start() issues the libuv call with
 * cb NULL or fs_done_cb. The request owns path and dest from here. */
typedef int (*fs_start_fn)(uv_loop_t *loop, fs_req_t *r, uv_fs_cb cb, void *data);

static fs_req_t *fs_req_new(JSContextRef ctx, fs_result_t kind, const char *syscall, char *path, char *dest) {
    fs_req_t *r = js_xmalloc(sizeof *r);
    memset(r, 0, sizeof *r);
    r->ctx = JSContextGetGlobalContext(ctx);
    r->kind = kind;
    r->syscall = syscall;
    r->path = path;
    r->dest = dest;
    return r;
}

/* The result of a synchronous call: converted, request freed. */
static JSValueRef fs_finish_sync(JSContextRef ctx, fs_req_t *r, JSValueRef *exc) {
    JSValueRef result = fs_result(ctx, r, exc);
    fs_req_free(r);
    return result;
}

#define FS_ASYNC(req_value) (JSValueIsObject(ctx, (req_value)))
#define FS_LOOP() runtime_loop(ctx)
#define FS_CB(req_value) (FS_ASYNC(req_value) ? fs_done_cb : NULL)
#define FS_PIN(r, req_value)                                                \
    do {                                                                    \
        if (FS_ASYNC(req_value)) {                                          \
            (r)->wrapper = (JSObjectRef)(req_value);                        \
            JSValueProtect(ctx, (r)->wrapper);                              \
            (r)->req.data = (r);                                            \
        }                                                                   \
    } while (0)

/* Ends a binding call after the uv_fs_* call returned rc. Sync: the result
 * (or the thrown system error). Async: undefined once the request is on
 * its way; if libuv refused it at once, fs_done_cb will never run, and the
 * error object is returned instead for lib/fs.js to deliver on nextTick
 * (Node never calls back synchronously). */
static JSValueRef fs_issue(JSContextRef ctx, fs_req_t *r, JSValueRef req_value, int rc, JSValueRef *exc) {
    if (!FS_ASYNC(req_value))
        return fs_finish_sync(ctx, r, exc);
    if (rc >= 0)
        return JSValueMakeUndefined(ctx);
    JSValueUnprotect(ctx, r->wrapper);
    JSObjectRef err = js_uv_error(ctx, rc, r->syscall, r->path, r->dest);
    fs_req_free(r);
    return err;
}

/* Path-only operations share this shape: op(path, [int args...], req). */
#define FS_PATH_OP(fnname, syscall_name, kind, call)                          \
    static JS_FN(fnname) {                                                  \
        char *path = fs_strdup_value(ctx, JS_ARG(0), exc);                  \
        if (!path)                                                          \
            return NULL;                                                    \
        fs_req_t *r = fs_req_new(ctx, kind, syscall_name, path, NULL);      \
        JSValueRef rv = JS_ARG(argc_req);                                   \
        FS_PIN(r, rv);                                                      \
        int rc = call;                                                      \
        return fs_issue(ctx, r, rv, rc, exc);                               \
    }

#define argc_req 1
FS_PATH_OP(fs_rmdir, "rmdir", FS_RESULT_NONE, uv_fs_rmdir(FS_LOOP(), &r->req, path, FS_CB(rv)))
FS_PATH_OP(fs_unlink, "unlink", FS_RESULT_NONE, uv_fs_unlink(FS_LOOP(), &r->req, path, FS_CB(rv)))
FS_PATH_OP(fs_readlink, "readlink", FS_RESULT_STRING, uv_fs_readlink(FS_LOOP(), &r->req, path, FS_CB(rv)))
FS_PATH_OP(fs_realpath_op, "realpath", FS_RESULT_STRING, uv_fs_realpath(FS_LOOP(), &r->req, path, FS_CB(rv)))
#undef argc_req
#define argc_req 2
FS_PATH_OP(fs_access, "access", FS_RESULT_NONE,
           uv_fs_access(FS_LOOP(), &r->req, path, js_int(ctx, JS_ARG(1)), FS_CB(rv)))
FS_PATH_OP(fs_chmod, "chmod", FS_RESULT_NONE,
           uv_fs_chmod(FS_LOOP(), &r->req, path, js_int(ctx, JS_ARG(1)), FS_CB(rv)))
FS_PATH_OP(fs_mkdir, "mkdir", FS_RESULT_NONE,
           uv_fs_mkdir(FS_LOOP(), &r->req, path, js_int(ctx, JS_ARG(1)), FS_CB(rv)))
#undef argc_req
#define argc_req 3
FS_PATH_OP(fs_open, "open", FS_RESULT_INT,
           uv_fs_open(FS_LOOP(), &r->req, path, js_int(ctx, JS_ARG(1)), js_int(ctx, JS_ARG(2)), FS_CB(rv)))
FS_PATH_OP(fs_chown, "chown", FS_RESULT_NONE,
           uv_fs_chown(FS_LOOP(), &r->req, path, (uv_uid_t)js_num(ctx, JS_ARG(1)),
                       (uv_gid_t)js_num(ctx, JS_ARG(2)), FS_CB(rv)))
FS_PATH_OP(fs_lchown, "lchown", FS_RESULT_NONE,
           uv_fs_lchown(FS_LOOP(), &r->req, path, (uv_uid_t)js_num(ctx, JS_ARG(1)),
                        (uv_gid_t)js_num(ctx, JS_ARG(2)), FS_CB(rv)))
FS_PATH_OP(fs_utimes, "utime", FS_RESULT_NONE,
           uv_fs_utime(FS_LOOP(), &r->req, path, js_num(ctx, JS_ARG(1)), js_num(ctx, JS_ARG(2)), FS_CB(rv)))
FS_PATH_OP(fs_lutimes, "lutime", FS_RESULT_NONE,
           uv_fs_lutime(FS_LOOP(), &r->req, path, js_num(ctx, JS_ARG(1)), js_num(ctx, JS_ARG(2)), FS_CB(rv)))
#undef argc_req

/* stat(path, bigint, req), lstat likewise; statfs(path, bigint, req). */
static JSValueRef fs_stat_common(JSContextRef ctx, size_t argc, const JSValueRef argv[], JSValueRef *exc,
                                 int which) {
    char *path = fs_strdup_value(ctx, JS_ARG(0), exc);
    if (!path)
        return NULL;
    static const char *const names[] = {"stat", "lstat", "statfs"};
    fs_req_t *r = fs_req_new(ctx, which == 2 ? FS_RESULT_STATFS : FS_RESULT_STAT, names[which], path, NULL);
    r->bigint = JSValueToBoolean(ctx, JS_ARG(1));
    JSValueRef rv = JS_ARG(2);
    FS_PIN(r, rv);
    int rc = which == 0   ? uv_fs_stat(FS_LOOP(), &r->req, path, FS_CB(rv))
             : which == 1 ? uv_fs_lstat(FS_LOOP(), &r->req, path, FS_CB(rv))
                          : uv_fs_statfs(FS_LOOP(), &r->req, path, FS_CB(rv));
    return fs_issue(ctx, r, rv, rc, exc);
}
static JS_FN(fs_stat) { return fs_stat_common(ctx, argc, argv, exc, 0); }
static JS_FN(fs_lstat) { return fs_stat_common(ctx, argc, argv, exc, 1); }
static JS_FN(fs_statfs) { return fs_stat_common(ctx, argc, argv, exc, 2); }

/* Operations on an fd: op(fd, [args...], req). */
#define FS_FD_OP(fnname, syscall_name, kind, nreq, call)                      \
    static JS_FN(fnname) {                                                  \
        uv_file fd = js_int(ctx, JS_ARG(0));                                \
        fs_req_t *r = fs_req_new(ctx, kind, syscall_name, NULL, NULL);      \
        JSValueRef rv = JS_ARG(nreq);                                       \
        FS_PIN(r, rv);                                                      \
        int rc = call;                                                      \
        return fs_issue(ctx, r, rv, rc, exc);                               \
    }

FS_FD_OP(fs_close, "close", FS_RESULT_NONE, 1, uv_fs_close(FS_LOOP(), &r->req, fd, FS_CB(rv)))
FS_FD_OP(fs_fsync, "fsync", FS_RESULT_NONE, 1, uv_fs_fsync(FS_LOOP(), &r->req, fd, FS_CB(rv)))
FS_FD_OP(fs_fdatasync, "fdatasync", FS_RESULT_NONE, 1, uv_fs_fdatasync(FS_LOOP(), &r->req, fd, FS_CB(rv)))
FS_FD_OP(fs_fchmod, "fchmod", FS_RESULT_NONE, 2,
         uv_fs_fchmod(FS_LOOP(), &r->req, fd, js_int(ctx, JS_ARG(1)), FS_CB(rv)))
FS_FD_OP(fs_ftruncate, "ftruncate", FS_RESULT_NONE, 2,
         uv_fs_ftruncate(FS_LOOP(), &r->req, fd, (int64_t)js_num(ctx, JS_ARG(1)), FS_CB(rv)))
FS_FD_OP(fs_fchown, "fchown", FS_RESULT_NONE, 3,
         uv_fs_fchown(FS_LOOP(), &r->req, fd, (uv_uid_t)js_num(ctx, JS_ARG(1)), (uv_gid_t)js_num(ctx, JS_ARG(2)),
                      FS_CB(rv)))
FS_FD_OP(fs_futimes, "futime", FS_RESULT_NONE, 3,
         uv_fs_futime(FS_LOOP(), &r->req, fd, js_num(ctx, JS_ARG(1)), js_num(ctx, JS_ARG(2)), FS_CB(rv)))

/* fstat(fd, bigint, req) */
static JS_FN(fs_fstat) {
    uv_file fd = js_int(ctx, JS_ARG(0));
    fs_req_t *r = fs_req_new(ctx, FS_RESULT_STAT, "fstat", NULL, NULL);
    r->bigint = JSValueToBoolean(ctx, JS_ARG(1));
    JSValueRef rv = JS_ARG(2);
    FS_PIN(r, rv);
    int rc = uv_fs_fstat(FS_LOOP(), &r->req, fd, FS_CB(rv));
    return fs_issue(ctx, r, rv, rc, exc);
}

/* Two-path operations: op(from, to, [flags], req); errors name both. */
static JSValueRef fs_two_paths(JSContextRef ctx, size_t argc, const JSValueRef argv[], JSValueRef *exc,
                               int which) {
    char *from = fs_strdup_value(ctx, JS_ARG(0), exc);
    if (!from)
        return NULL;
    char *to = fs_strdup_value(ctx, JS_ARG(1), exc);
    if (!to) {
        free(from);
        return NULL;
    }
    static const char *const names[] = {"rename", "link", "symlink", "copyfile"};
    fs_req_t *r = fs_req_new(ctx, FS_RESULT_NONE, names[which], from, to);
    JSValueRef rv = JS_ARG(which >= 2 ? 3 : 2);
    FS_PIN(r, rv);
    int flags = which >= 2 ? js_int(ctx, JS_ARG(2)) : 0;
    int rc;
    switch (which) {
    case 0: rc = uv_fs_rename(FS_LOOP(), &r->req, from, to, FS_CB(rv)); break;
    case 1: rc = uv_fs_link(FS_LOOP(), &r->req, from, to, FS_CB(rv)); break;
    case 2: rc = uv_fs_symlink(FS_LOOP(), &r->req, from, to, flags, FS_CB(rv)); break;
    default: rc = uv_fs_copyfile(FS_LOOP(), &r->req, from, to, flags, FS_CB(rv)); break;
    }
    return fs_issue(ctx, r, rv, rc, exc);
}
static JS_FN(fs_rename) { return fs_two_paths(ctx, argc, argv, exc, 0); }
static JS_FN(fs_link) { return fs_two_paths(ctx, argc, argv, exc, 1); }
static JS_FN(fs_symlink) { return fs_two_paths(ctx, argc, argv, exc, 2); }
static JS_FN(fs_copyfile) { return fs_two_paths(ctx, argc, argv, exc, 3); }

/* readdir(path, withTypes, req) -> names, or [names, types] (UV_DIRENT_*). */
static JS_FN(fs_readdir) {
    char *path = fs_strdup_value(ctx, JS_ARG(0), exc);
    if (!path)
        return NULL;
    fs_req_t *r = fs_req_new(ctx, FS_RESULT_DIR, "scandir", path, NULL);
    r->with_types = JSValueToBoolean(ctx, JS_ARG(1));
    JSValueRef rv = JS_ARG(2);
    FS_PIN(r, rv);
    int rc = uv_fs_scandir(FS_LOOP(), &r->req, path, 0, FS_CB(rv));
    return fs_issue(ctx, r, rv, rc, exc);
}

/* mkdtemp(prefix, req) -> the directory made (prefix + 6 random chars). */
static JS_FN(fs_mkdtemp) {
    js_cstr prefix;
    if (!js_cstr_get(ctx, JS_ARG(0), &prefix, exc))
        return NULL;
    char *tpl = js_xmalloc(prefix.len + 7);
    memcpy(tpl, prefix.s, prefix.len);
    memcpy(tpl + prefix.len, "XXXXXX", 7);
    js_cstr_free(&prefix);
    fs_req_t *r = fs_req_new(ctx, FS_RESULT_STRING, "mkdtemp", tpl, NULL);
    JSValueRef rv = JS_ARG(1);
    FS_PIN(r, rv);
    int rc = uv_fs_mkdtemp(FS_LOOP(), &r->req, tpl, FS_CB(rv));
    return fs_issue(ctx, r, rv, rc, exc);
}

/* read(fd, buffer, offset, length, position, req) -> bytes read;
 * write(fd, buffer, offset, length, position, req) -> bytes written.
 * position -1 means the current file position. The buffer is borrowed: JS
 * keeps it on req for an async call. */
static JSValueRef fs_rw(JSContextRef ctx, size_t argc, const JSValueRef argv[], JSValueRef *exc, bool write) {
    uv_file fd = js_int(ctx, JS_ARG(0));
    double off = js_num(ctx, JS_ARG(2));
    double len = js_num(ctx, JS_ARG(3));
    double pos = js_num(ctx, JS_ARG(4));
    JSValueRef rv = JS_ARG(5);
    uint8_t *bytes;
    size_t blen;
    if (!js_bytes_borrow(ctx, JS_ARG(1), &bytes, &blen))
        return js_throw_msg(ctx, exc, "TypeError", "buffer must be a TypedArray or DataView");
    if (off < 0 || len < 0 || off > (double)blen || len > (double)blen - off)
        return js_throw_msg(ctx, exc, "RangeError", "offset or length out of the buffer");
    fs_req_t *r = fs_req_new(ctx, FS_RESULT_INT, write ? "write" : "read", NULL, NULL);
    FS_PIN(r, rv);
    uv_buf_t buf = uv_buf_init((char *)bytes + (size_t)off, (unsigned)len);
    int64_t p = pos >= 0 ? (int64_t)pos : -1;
    int rc = write ? uv_fs_write(FS_LOOP(), &r->req, fd, &buf, 1, p, FS_CB(rv))
                   : uv_fs_read(FS_LOOP(), &r->req, fd, &buf, 1, p, FS_CB(rv));
    return fs_issue(ctx, r, rv, rc, exc);
}
static JS_FN(fs_read) { return fs_rw(ctx, argc, argv, exc, false); }
static JS_FN(fs_write) { return fs_rw(ctx, argc, argv, exc, true); }

/* ---- readFile in one request ---------------------------------------------
 * open, fstat, read until EOF, close: one job on the thread pool, not four
 * round trips through the loop. */

typedef struct {
    uv_work_t work;
    JSGlobalContextRef ctx;
    JSObjectRef wrapper;
    char *path;
    int flags;
    int err;
    const char *syscall;
    char *data;
    size_t len;
} fs_readfile_t;

static void fs_bytes_free_cb(void *bytes, void *ctx) {
    free(bytes);
}

/* A Uint8Array over data (malloc'd), which it owns from here on. */
static JSValueRef fs_take_bytes(JSContextRef ctx, char *data, size_t len, JSValueRef *exc) {
    if (len == 0) {
        free(data);
        return JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeUint8Array, 0, exc);
    }
    return JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint8Array, data, len,
                                                 fs_bytes_free_cb, NULL, exc);
}

static void fs_readfile_work_cb(uv_work_t *w) {
    fs_readfile_t *r = w->data;
    r->err = fs_read_all(r->path, r->flags, &r->data, &r->len, &r->syscall);
}

static void fs_readfile_done_cb(uv_work_t *w, int status) {
    fs_readfile_t *r = w->data;
    JSContextRef ctx = r->ctx;
    JSValueRef exc = NULL;
    JSValueRef args[2];
    size_t argc = 1;
    if (status < 0)
        r->err = status;
    if (r->err < 0) {
        args[0] = js_uv_error(ctx, r->err, r->syscall, r->path, NULL);
    } else {
        JSValueRef bytes = fs_take_bytes(ctx, r->data, r->len, &exc);
        args[0] = bytes ? JSValueMakeNull(ctx) : exc;
        args[1] = bytes;
        argc = bytes ? 2 : 1;
    }
    JSObjectRef wrapper = r->wrapper;
    free(r->path);
    free(r);
    JSValueRef fn = js_get(ctx, wrapper, "oncomplete");
    if (JSValueIsObject(ctx, fn))
        runtime_call(runtime_of(ctx), (JSObjectRef)fn, wrapper, argc, args);
    JSValueUnprotect(ctx, wrapper);
}

/* binding.readFileBytes(path, flags, req) -> Uint8Array of the contents. */
static JS_FN(fs_read_file_bytes) {
    char *path = fs_strdup_value(ctx, JS_ARG(0), exc);
    if (!path)
        return NULL;
    int flags = js_int(ctx, JS_ARG(1));
    JSValueRef rv = JS_ARG(2);
    if (!JSValueIsObject(ctx, rv)) {
        char *data;
        size_t len;
        const char *syscall;
        int r = fs_read_all(path, flags, &data, &len, &syscall);
        JSValueRef result = r < 0 ? js_throw_uv(ctx, exc, r, syscall, path, NULL)
                                  : fs_take_bytes(ctx, data, len, exc);
        free(path);
        return result;
    }
    fs_readfile_t *r = js_xmalloc(sizeof *r);
    memset(r, 0, sizeof *r);
    r->ctx = JSContextGetGlobalContext(ctx);
    r->wrapper = (JSObjectRef)rv;
    r->path = path;
    r->flags = flags;
    r->work.data = r;
    JSValueProtect(ctx, r->wrapper);
    int rc = uv_queue_work(runtime_loop(ctx), &r->work, fs_readfile_work_cb, fs_readfile_done_cb);
    if (rc < 0) {
        JSValueUnprotect(ctx, r->wrapper);
        JSObjectRef err = js_uv_error(ctx, rc, "open", path, NULL);
        free(path);
        free(r);
        return err;
    }
    return JSValueMakeUndefined(ctx);
}

JSObjectRef fs_binding(JSContextRef ctx) {
    JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
    js_set_fn(ctx, b, "internalModuleStat", fs_internal_module_stat);
    js_set_fn(ctx, b, "readFileUtf8", fs_read_file_utf8);
    js_set_fn(ctx, b, "realpath", fs_realpath);
    js_set_fn(ctx, b, "writeAll", fs_write_all_fn);
    js_set_fn(ctx, b, "access", fs_access);
    js_set_fn(ctx, b, "open", fs_open);
    js_set_fn(ctx, b, "close", fs_close);
    js_set_fn(ctx, b, "read", fs_read);
    js_set_fn(ctx, b, "write", fs_write);
    js_set_fn(ctx, b, "stat", fs_stat);
    js_set_fn(ctx, b, "lstat", fs_lstat);
    js_set_fn(ctx, b, "fstat", fs_fstat);
    js_set_fn(ctx, b, "statfs", fs_statfs);
    js_set_fn(ctx, b, "rename", fs_rename);
    js_set_fn(ctx, b, "link", fs_link);
    js_set_fn(ctx, b, "symlink", fs_symlink);
    js_set_fn(ctx, b, "copyfile", fs_copyfile);
    js_set_fn(ctx, b, "readdir", fs_readdir);
    js_set_fn(ctx, b, "mkdir", fs_mkdir);
    js_set_fn(ctx, b, "mkdtemp", fs_mkdtemp);
    js_set_fn(ctx, b, "rmdir", fs_rmdir);
    js_set_fn(ctx, b, "unlink", fs_unlink);
    js_set_fn(ctx, b, "readlink", fs_readlink);
    js_set_fn(ctx, b, "realpathAsync", fs_realpath_op);
    js_set_fn(ctx, b, "chmod", fs_chmod);
    js_set_fn(ctx, b, "fchmod", fs_fchmod);
    js_set_fn(ctx, b, "chown", fs_chown);
    js_set_fn(ctx, b, "fchown", fs_fchown);
    js_set_fn(ctx, b, "lchown", fs_lchown);
    js_set_fn(ctx, b, "utimes", fs_utimes);
    js_set_fn(ctx, b, "futimes", fs_futimes);
    js_set_fn(ctx, b, "lutimes", fs_lutimes);
    js_set_fn(ctx, b, "fsync", fs_fsync);
    js_set_fn(ctx, b, "fdatasync", fs_fdatasync);
    js_set_fn(ctx, b, "ftruncate", fs_ftruncate);
    js_set_fn(ctx, b, "readFileBytes", fs_read_file_bytes);
    return b;
}
