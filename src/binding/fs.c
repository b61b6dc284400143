/* internalBinding('fs'): file system calls. Each function is one operation
 * on plain values; lib/fs.js, lib/internal/fs/ and the module loader do the
 * rest (argument checks, options, encodings, Stats objects, recursion).
 *
 * Paths arrive as JS strings (converted to UTF-8) or as Uint8Arrays (a
 * Buffer path, whose bytes go to the OS as they are). Names the OS returns
 * (readdir, readlink, realpath, mkdtemp, watch) come back as strings, with
 * ill-formed UTF-8 as U+FFFD like Node, or as Uint8Array copies of the
 * bytes when the caller asked for them (encoding 'buffer' and the other
 * non-UTF-8 encodings, which lib/ decodes). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* O_NOATIME, O_DIRECT */
#endif
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/vfs.h>
#include <unistd.h>

#include "../engine_fast.h"
#include "bindings.h"
#include "fs_pool.h"

/* Node's kIoMaxLength: readFile refuses files larger than this. */
#define FS_IO_MAX ((size_t)INT32_MAX)

/* The shared path buffer: PATH_MAX with its NUL. lib/ sends longer paths
 * as strings. */
#define FS_PATH_BUFFER_SIZE 4096

/* The shared read buffer: files below this size are read into it by
 * readFileUtf8; readFileBytes takes files below FS_SMALL_FILE_SIZE. */
#define FS_READ_BUFFER_SIZE 65536
#define FS_SMALL_FILE_SIZE 4096

/* fs_read_fd's answer for a file past FS_IO_MAX (not a libuv code). */
enum { FS_TOO_LARGE = 1 };

/* ---- per-runtime state ------------------------------------------------------ */

typedef struct fs_watch_s fs_watch_t;

typedef struct {
    fs_watch_t *watchers; /* open watch handles, closed at exit */
    bool exiting;         /* cleanup ran: the last close callback frees this */
    /* What every synchronous stat returns, filled in place: no typed array
     * made per call. Protected for the runtime's lifetime; the pointers
     * are their bytes. */
    JSGlobalContextRef ctx;
    JSObjectRef stat_array;
    JSObjectRef big_stat_array;
    double *stat_values;
    int64_t *big_stat_values;
    /* Where lib/ writes an ASCII path, NUL-terminated, for a synchronous
     * call that passes null as the path (see fs_path_dup). Protected for
     * the runtime's lifetime. */
    JSObjectRef path_array;
    char *path_bytes;
    /* Where a synchronous readFile of a small file puts its bytes; lib/
     * copies them out (FS_READ_BUFFER_SIZE - 1 at most). */
    JSObjectRef read_array;
    char *read_bytes;
    /* What the last failed host function (binding.fast.*) did, for
     * binding.fastError to describe. */
    const char *fast_syscall;
    bool fast_names_path;
} fs_state_t;

/* The engine's lock is taken by every JSValueTo* call (about 500
 * instructions each, after a native call released it), while the type
 * tests and the JSValueMake* of immediates are free. An fs call is a few
 * microseconds, so numbers and booleans are decoded from the value itself
 * (src/engine_fast.h), through the API only where the encoding did not
 * check out. */
static inline int32_t fs_int(JSContextRef ctx, JSValueRef v) {
    uint64_t bits = engine_fast_bits(v);
    if (engine_fast_values() && (bits & 0xffff000000000000ull) == ENGINE_FAST_INT32_TAG)
        return (int32_t)(uint32_t)bits;
    return js_int(ctx, v);
}

static inline double fs_num(JSContextRef ctx, JSValueRef v) {
    return engine_fast_num(ctx, v);
}

static inline bool fs_bool(JSContextRef ctx, JSValueRef v) {
    if (engine_fast_values()) {
        int64_t x = engine_fast_ret(v);
        if (x == ENGINE_FAST_TRUE)
            return true;
        if (x == ENGINE_FAST_FALSE || x == ENGINE_FAST_UNDEFINED || x == ENGINE_FAST_NULL)
            return false;
    }
    return JSValueToBoolean(ctx, v);
}

/* Whether v is true itself: Node's IsTrue() flags (stat's bigint: a
 * truthy non-boolean is not a yes). */
static inline bool fs_is_true(JSContextRef ctx, JSValueRef v) {
    if (engine_fast_values())
        return engine_fast_ret(v) == ENGINE_FAST_TRUE;
    return JSValueIsBoolean(ctx, v) && JSValueToBoolean(ctx, v);
}

static fs_state_t *fs_state(JSContextRef ctx);

/* ---- values in and out -------------------------------------------------------- */

/* A path argument as an owned C string: a JS string as UTF-8, or the bytes
 * of a Uint8Array (a Buffer path). lib/ has rejected embedded NULs. */
static char *fs_path_dup(JSContextRef ctx, JSValueRef v, JSValueRef *exc) {
    uint8_t *bytes;
    size_t len;
    /* null: the path lib/ wrote into the shared path buffer. */
    if (JSValueIsNull(ctx, v))
        return js_xstrdup(fs_state(ctx)->path_bytes);
    if (JSValueIsObject(ctx, v) && js_bytes_borrow(ctx, v, &bytes, &len)) {
        char *s = js_xmalloc(len + 1);
        memcpy(s, bytes, len);
        s[len] = 0;
        return s;
    }
    js_cstr c;
    if (!js_cstr_get(ctx, v, &c, exc))
        return NULL;
    char *s = js_xmalloc(c.len + 1);
    memcpy(s, c.s, c.len + 1);
    js_cstr_free(&c);
    return s;
}

/* A name the OS gave: a string, or with `bytes` a Uint8Array copy. */
static JSValueRef fs_name_value(JSContextRef ctx, const char *s, bool bytes, JSValueRef *exc) {
    size_t len = strlen(s);
    if (bytes) {
        JSObjectRef arr = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeUint8Array, len, exc);
        if (!arr)
            return NULL;
        if (len > 0) {
            void *p = JSObjectGetTypedArrayBytesPtr(ctx, arr, exc);
            CHECK(p != NULL);
            memcpy(p, s, len);
        }
        return arr;
    }
    return engine_fast_utf8(ctx, (const uint8_t *)s, len, false);
}

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

/* ---- whole files ----------------------------------------------------------------- */

/* Reads fd from its current position to the end (for a regular file, at
 * most the size it has now) into a malloc'd buffer with one spare byte at
 * the end, or (small) into the caller's buffer. Returns 0, a negative
 * libuv code (the failing syscall named), or FS_TOO_LARGE with *out_len
 * the size, as Node refuses files over 2 GiB.
 *
 * With a small buffer (the shared read buffer of a synchronous call), the
 * file is read into it until a read returns nothing, without an fstat
 * first: open, read, read, close, as Node reads, where an fstat costs
 * more than the read that finds the end. Only a file that fills it is
 * measured, and the rest read into an allocation of its size. Node's
 * readFileSync of bytes (not of UTF-8) stats first, so its errors for a
 * bad descriptor name fstat: with fstat_errors, a first read that fails
 * asks fstat, whose error is the one reported if it fails too. */
static int fs_read_fd(uv_file fd, char **out, size_t *out_len, const char **syscall, char *small,
                      size_t small_cap, bool fstat_errors) {
    uv_fs_t req;
    int r;
    size_t n = 0;
    if (small) {
        *syscall = "read";
        while (n < small_cap - 1) {
            uv_buf_t b = uv_buf_init(small + n, (unsigned)(small_cap - 1 - n));
            r = uv_fs_read(NULL, &req, fd, &b, 1, -1, NULL);
            uv_fs_req_cleanup(&req);
            if (r < 0 && n == 0 && fstat_errors) {
                int sr = uv_fs_fstat(NULL, &req, fd, NULL);
                uv_fs_req_cleanup(&req);
                if (sr < 0) {
                    *syscall = "fstat";
                    return sr;
                }
            }
            if (r < 0)
                return r;
            if (r == 0) {
                *out = small;
                *out_len = n;
                return 0;
            }
            n += (size_t)r;
        }
    }
    *syscall = "fstat";
    r = uv_fs_fstat(NULL, &req, fd, NULL);
    bool regular = r == 0 && S_ISREG(req.statbuf.st_mode);
    uint64_t size = regular ? req.statbuf.st_size : 0;
    uv_fs_req_cleanup(&req);
    if (r < 0)
        return r;
    if (size > FS_IO_MAX) {
        *out_len = (size_t)size;
        return FS_TOO_LARGE;
    }
    /* Files that report no size (/proc, pipes) are read in growing chunks;
     * what the small buffer took comes first. */
    size_t cap = size > n ? (size_t)size + 1 : n + 8192;
    char *buf = malloc(cap);
    *syscall = "read";
    if (!buf)
        return UV_ENOMEM;
    if (n > 0)
        memcpy(buf, small, n);
    r = 0;
    for (;;) {
        /* A regular file is read to the size fstat gave, no further, as
         * Node does: one read and no probe for the end. */
        if (size > 0 && n >= size)
            break;
        if (n + 1 >= cap) {
            if (n >= FS_IO_MAX) {
                free(buf);
                *out_len = n;
                return FS_TOO_LARGE;
            }
            /* Most files end exactly at the size fstat gave: look for the
             * end in a small buffer before doubling a large one. */
            char probe[4096];
            uv_buf_t pb = uv_buf_init(probe, sizeof probe);
            r = uv_fs_read(NULL, &req, fd, &pb, 1, -1, NULL);
            uv_fs_req_cleanup(&req);
            if (r <= 0)
                break;
            size_t ncap = cap * 2 > n + (size_t)r + 1 ? cap * 2 : n + (size_t)r + 1;
            char *nb = realloc(buf, ncap);
            if (!nb) {
                r = UV_ENOMEM;
                break;
            }
            buf = nb;
            cap = ncap;
            memcpy(buf + n, probe, (size_t)r);
            n += (size_t)r;
            continue;
        }
        uv_buf_t b = uv_buf_init(buf + n, (unsigned)(cap - n - 1));
        r = uv_fs_read(NULL, &req, fd, &b, 1, -1, NULL);
        uv_fs_req_cleanup(&req);
        if (r <= 0)
            break;
        n += (size_t)r;
    }
    if (r < 0) {
        free(buf);
        return r;
    }
    *out = buf;
    *out_len = n;
    return 0;
}

static int fs_read_all(const char *path, int flags, char **out, size_t *out_len, const char **syscall, char *small,
                       size_t small_cap, bool fstat_errors) {
    uv_fs_t req;
    *syscall = "open";
    int fd = uv_fs_open(NULL, &req, path, flags | O_CLOEXEC, 0666, NULL);
    uv_fs_req_cleanup(&req);
    if (fd < 0)
        return fd;
    int r = fs_read_fd(fd, out, out_len, syscall, small, small_cap, fstat_errors);
    uv_fs_close(NULL, &req, fd, NULL);
    uv_fs_req_cleanup(&req);
    return r;
}

/* Node names the path in an open error only; a failed read or write says
 * just "read" ("EISDIR: illegal operation on a directory, read"). */
static const char *fs_error_path(const char *syscall, const char *path) {
    return strcmp(syscall, "open") == 0 ? path : NULL;
}

/* Writes all of data to fd at its current position; *written counts the
 * bytes that made it, also when a write fails. */
static int fs_write_fd_all(uv_file fd, const uint8_t *data, size_t len, size_t *written) {
    *written = 0;
    while (len > 0) {
        uv_fs_t req;
        unsigned chunk = len > FS_IO_MAX ? (unsigned)FS_IO_MAX : (unsigned)len;
        uv_buf_t b = uv_buf_init((char *)data, chunk);
        int r = uv_fs_write(NULL, &req, fd, &b, 1, -1, NULL);
        uv_fs_req_cleanup(&req);
        if (r < 0)
            return r;
        data += r;
        len -= (size_t)r;
        *written += (size_t)r;
    }
    return 0;
}

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

/* binding.readFileUtf8(path[, flags]) -> string; throws a system error
 * (EFBIG on 'read' for a file past 2 GiB). The module loader's, and
 * readFileSync's for UTF-8: the string made straight from the bytes. */
static JS_FN(fs_read_file_utf8) {
    int flags = argc > 1 ? fs_int(ctx, argv[1]) : O_RDONLY;
    char *path = fs_path_dup(ctx, JS_ARG(0), exc);
    if (!path)
        return NULL;
    char *buf;
    size_t len;
    const char *syscall;
    JSValueRef result = NULL;
    fs_state_t *st = fs_state(ctx);
    int r = fs_read_all(path, flags, &buf, &len, &syscall, st->read_bytes, FS_READ_BUFFER_SIZE, false);
    if (r == FS_TOO_LARGE) {
        js_throw_uv(ctx, exc, UV_EFBIG, "read", NULL, NULL);
    } else if (r < 0) {
        js_throw_uv(ctx, exc, r, syscall, fs_error_path(syscall, path), NULL);
    } else {
        result = engine_fast_utf8(ctx, (const uint8_t *)buf, len, false);
        if (buf != st->read_bytes)
            free(buf);
    }
    free(path);
    return result;
}

/* binding.realpath(path) -> string; throws a system error. The module
 * loader's; lib/fs.js uses realpathNative. */
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

/* binding.writeAll(fd, string | Uint8Array) -> undefined, or UV_EPIPE:
 * all of it, synchronously; throws any other system error. A closed pipe
 * is returned, not thrown: the fatal-error path writes here and must not
 * throw, while process.stdout reports it as Node's sockets do. */
static JS_FN(fs_write_all_fn) {
    int fd = fs_int(ctx, JS_ARG(0));
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
    if (r == UV_EPIPE)
        return JSValueMakeNumber(ctx, r);
    if (r < 0)
        return js_throw_uv(ctx, exc, r, "write", NULL, NULL);
    return JSValueMakeUndefined(ctx);
}

/* ---- directories as handles (fs.Dir) -----------------------------------------
 * binding.opendir returns an object of class FSDir that owns an fs_dir_t.
 * A request working on the directory protects that object until it is done
 * (fs_req_t.keep), so the finalizer never runs while the thread pool reads;
 * it closes a directory the program dropped without closing. */

typedef struct {
    uv_dir_t *dir;      /* NULL once closed */
    uv_dirent_t *ents;  /* the entries one read fills */
    size_t nents;
    bool busy;          /* an async read or close is in flight */
} fs_dir_t;

static void fs_dir_finalize(JSObjectRef obj) {
    fs_dir_t *d = JSObjectGetPrivate(obj);
    if (!d)
        return;
    CHECK(!d->busy);
    /* closedir(3) and a free: nothing of the engine's, so safe wherever
     * the collector runs this. */
    if (d->dir) {
        uv_fs_t req;
        uv_fs_closedir(NULL, &req, d->dir, NULL);
        uv_fs_req_cleanup(&req);
    }
    free(d->ents);
    free(d);
}

static JSClassRef fs_dir_class(void) {
    static JSClassRef cls;
    if (!cls) {
        JSClassDefinition def = kJSClassDefinitionEmpty;
        def.className = "FSDir";
        def.finalize = fs_dir_finalize;
        cls = JSClassCreate(&def);
    }
    return cls;
}

static fs_dir_t *fs_dir_of(JSContextRef ctx, JSValueRef v) {
    CHECK(JSValueIsObjectOfClass(ctx, v, fs_dir_class()));
    fs_dir_t *d = JSObjectGetPrivate((JSObjectRef)v);
    CHECK(d != NULL && d->dir != NULL && !d->busy);
    return d;
}

/* ---- requests ------------------------------------------------------------
 * Every operation below takes a last argument `req`: undefined runs it
 * synchronously (the result is returned, a failure thrown as a system
 * error); an object runs it on libuv's thread pool and calls
 * req.oncomplete(err, result) through the runtime when it is done. The req
 * object is protected while in flight, and JS keeps the buffers it passed
 * as properties of req, so they live as long as the request. */

typedef enum {
    FS_RESULT_NONE,    /* undefined */
    FS_RESULT_INT,     /* req->result: fd, bytes */
    FS_RESULT_STAT,    /* statbuf into a Float64Array (or BigInt64Array) */
    FS_RESULT_STRING,  /* req->ptr (readlink, realpath) or req->path (mkdtemp) */
    FS_RESULT_OPENDIR, /* an FSDir object */
    FS_RESULT_DIRENTS, /* one read of a dir: [names, types], null at the end */
    FS_RESULT_CHUNK,   /* chunk, cut to the bytes read, as a Uint8Array */
} fs_result_t;

typedef struct {
    uv_fs_t req;
    JSGlobalContextRef ctx;
    bool heap;           /* async: malloc'd; sync: on the binding's stack */
    JSObjectRef wrapper; /* the JS req object; protected until done */
    JSObjectRef keep;    /* an object the request works on (FSDir); protected until done */
    fs_result_t kind;
    bool bigint;         /* FS_RESULT_STAT: BigInt64Array */
    bool bytes;          /* names as Uint8Array */
    bool quiet;          /* sync: a failure answers with its errno, unthrown */
    bool shared;         /* async FS_RESULT_STAT: answer in the shared stat array */
    /* The operation and its arguments, for fs_op_start. */
    int op;              /* fs_op_t */
    uv_file fd;
    uv_buf_t *bufs;      /* read/write: the buffers; owned unless they are &buf */
    uv_buf_t buf;
    unsigned nbufs;
    int64_t pos;         /* read/write position (-1: the file's), ftruncate length */
    int flags, mode;
    double a1, a2;       /* uid and gid, or atime and mtime */
    uv_dir_t *uvdir;     /* the directory read or closed */
    fs_job_t job;        /* async: on kiln's fs pool (fs_pool.c) */
    size_t buffer_size;  /* FS_RESULT_OPENDIR: entries per read; FS_RESULT_CHUNK: bytes asked for */
    fs_dir_t *dir;       /* FS_RESULT_DIRENTS, closedir: busy until done */
    char *chunk;         /* FS_RESULT_CHUNK: what readChunk reads into, owned */
    char *path;          /* owned copies, for the error message */
    char *dest;
    const char *syscall;
    runtime_wrap_t link; /* async: listed as an active request until done */
} fs_req_t;

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

/* Directory entries joined: every name in one buffer, separated by NUL
 * bytes (which no name contains), and their UV_DIRENT_* types, from
 * fs_scan or (fs_entries_join) a uv_fs_readdir buffer (ents, n).
 * fs_entries_join returns 0 or UV_ENOMEM; the caller frees both buffers
 * either way. */
typedef struct {
    char *joined;
    size_t len;
    uint8_t *types;
    size_t count;
} fs_entries_t;

static int fs_entries_join(const uv_dirent_t *ents, size_t n, fs_entries_t *e) {
    size_t cap = 256, tcap = 64;
    e->len = e->count = 0;
    e->joined = malloc(cap);
    e->types = malloc(tcap);
    if (!e->joined || !e->types)
        return UV_ENOMEM;
    for (;;) {
        if (e->count == n)
            break;
        uv_dirent_t ent = ents[e->count];
        size_t len = strlen(ent.name);
        if (e->len + len + 2 > cap) {
            while (e->len + len + 2 > cap)
                cap *= 2;
            char *nb = realloc(e->joined, cap);
            if (!nb)
                return UV_ENOMEM;
            e->joined = nb;
        }
        if (e->count == tcap) {
            uint8_t *nt = realloc(e->types, tcap *= 2);
            if (!nt)
                return UV_ENOMEM;
            e->types = nt;
        }
        if (e->count > 0)
            e->joined[e->len++] = 0;
        memcpy(e->joined + e->len, ent.name, len);
        e->len += len;
        e->types[e->count++] = (uint8_t)ent.type;
    }
    return 0;
}

/* A directory's entries as libuv's scandir gives them (without . and
 * .., sorted by strcmp, the d_type of each as a UV_DIRENT_* type), read
 * with getdents64 into one growing buffer and sorted as pointers into
 * it: scandir(3) allocates and frees every entry, a tenth of the time of
 * a directory of a hundred. Returns 0 or a negative libuv code (the
 * failing call's errno). */
struct fs_dirent64 {
    uint64_t ino;
    int64_t off;
    unsigned short reclen;
    unsigned char type;
    char name[];
};

static int fs_name_order(const void *a, const void *b) {
    return strcmp(((const struct fs_dirent64 *const *)a)[0]->name, ((const struct fs_dirent64 *const *)b)[0]->name);
}

static uint8_t fs_dirent_type(unsigned char t) {
    switch (t) {
    case DT_DIR: return UV_DIRENT_DIR;
    case DT_REG: return UV_DIRENT_FILE;
    case DT_LNK: return UV_DIRENT_LINK;
    case DT_FIFO: return UV_DIRENT_FIFO;
    case DT_SOCK: return UV_DIRENT_SOCKET;
    case DT_CHR: return UV_DIRENT_CHAR;
    case DT_BLK: return UV_DIRENT_BLOCK;
    default: return UV_DIRENT_UNKNOWN;
    }
}

static int fs_scan(const char *path, fs_entries_t *e) {
    e->joined = NULL;
    e->types = NULL;
    e->len = e->count = 0;
    int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return -errno;
    size_t cap = 32768, len = 0;
    char *buf = malloc(cap);
    int err = 0;
    while (buf) {
        /* Room for at least one entry of the longest name. */
        if (cap - len < 4096) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                err = UV_ENOMEM;
                break;
            }
            buf = nb;
            cap *= 2;
        }
        long n = syscall(SYS_getdents64, fd, buf + len, cap - len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            err = -errno;
        if (n <= 0)
            break;
        len += (size_t)n;
    }
    close(fd);
    if (!buf)
        err = UV_ENOMEM;
    size_t count = 0, bytes = 0;
    for (size_t off = 0; err == 0 && off < len;) {
        const struct fs_dirent64 *d = (const void *)(buf + off);
        off += d->reclen;
        if (d->name[0] == '.' && (d->name[1] == 0 || (d->name[1] == '.' && d->name[2] == 0)))
            continue;
        count++;
        bytes += strlen(d->name) + 1;
    }
    const struct fs_dirent64 **list = NULL;
    if (err == 0) {
        list = malloc((count ? count : 1) * sizeof *list);
        e->joined = malloc(bytes ? bytes : 1);
        e->types = malloc(count ? count : 1);
        if (!list || !e->joined || !e->types)
            err = UV_ENOMEM;
    }
    if (err == 0) {
        size_t i = 0;
        for (size_t off = 0; off < len;) {
            const struct fs_dirent64 *d = (const void *)(buf + off);
            off += d->reclen;
            if (d->name[0] == '.' && (d->name[1] == 0 || (d->name[1] == '.' && d->name[2] == 0)))
                continue;
            list[i++] = d;
        }
        qsort(list, count, sizeof *list, fs_name_order);
        for (i = 0; i < count; i++) {
            size_t n = strlen(list[i]->name);
            if (i > 0)
                e->joined[e->len++] = 0;
            memcpy(e->joined + e->len, list[i]->name, n);
            e->len += n;
            e->types[i] = fs_dirent_type(list[i]->type);
        }
        e->count = count;
    }
    free(list);
    free(buf);
    return err;
}

/* The entries as lib/ takes them: [joined, types], the names one value
 * (a string, or with bytes a Uint8Array) that lib/ splits at the NUL
 * bytes, and their types a Uint8Array. Takes the buffers of e. */
static JSValueRef fs_entries_pair(JSContextRef ctx, fs_entries_t *e, bool bytes, JSValueRef *exc) {
    JSValueRef result = NULL;
    JSValueRef names;
    if (bytes) {
        names = fs_take_bytes(ctx, e->joined, e->len, exc);
        e->joined = NULL;
    } else {
        names = engine_fast_utf8(ctx, (const uint8_t *)e->joined, e->len, false);
    }
    if (names) {
        JSObjectRef types = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeUint8Array, e->count, exc);
        if (types) {
            if (e->count > 0) {
                uint8_t *t = JSObjectGetTypedArrayBytesPtr(ctx, types, exc);
                CHECK(t != NULL);
                memcpy(t, e->types, e->count);
            }
            JSObjectRef pair = js_array_new(ctx);
            js_array_set(ctx, pair, 0, names);
            js_array_set(ctx, pair, 1, types);
            result = pair;
        }
    }
    free(e->joined);
    free(e->types);
    e->joined = NULL;
    e->types = NULL;
    return result;
}

/* A readdir buffer's entries as [joined, types] (fs_entries_pair): one
 * crossing for the lot, not one per name. */
static JSValueRef fs_entries_value(JSContextRef ctx, const uv_dirent_t *ents, size_t n, bool bytes,
                                   JSValueRef *exc) {
    fs_entries_t e;
    if (fs_entries_join(ents, n, &e) < 0) {
        free(e.joined);
        free(e.types);
        return js_throw_uv(ctx, exc, UV_ENOMEM, "scandir", NULL, NULL);
    }
    return fs_entries_pair(ctx, &e, bytes, exc);
}

/* The value a finished request stands for, or NULL with *exc set. */
static JSValueRef fs_result(JSContextRef ctx, fs_req_t *r, JSValueRef *exc) {
    uv_fs_t *req = &r->req;
    if (r->dir)
        r->dir->busy = false;
    if (req->result < 0) {
        /* statSync's throwIfNoEntry: false and existsSync ask often about
         * what is not there; an error object each time costs more than
         * the syscall. */
        if (r->quiet && !r->heap)
            return JSValueMakeNumber(ctx, (double)req->result);
        return js_throw_uv(ctx, exc, (int)req->result, r->syscall, r->path, r->dest);
    }
    switch (r->kind) {
    case FS_RESULT_INT: return JSValueMakeNumber(ctx, (double)req->result);
    case FS_RESULT_STAT:
        if (!r->heap || r->shared) {
            /* Synchronous, or a callback that converts the fields before
             * anything else runs (Node passes its callbacks the same
             * global array): the shared array, valid until the next one. */
            fs_state_t *st = fs_state(ctx);
            if (r->bigint) {
                fs_stat_fields_big(&req->statbuf, st->big_stat_values);
                return st->big_stat_array;
            }
            fs_stat_fields(&req->statbuf, st->stat_values);
            return st->stat_array;
        }
        return fs_stat_array(ctx, &req->statbuf, r->bigint, exc);
    case FS_RESULT_STRING:
        return fs_name_value(ctx, req->fs_type == UV_FS_MKDTEMP ? req->path : (const char *)req->ptr, r->bytes,
                             exc);
    case FS_RESULT_OPENDIR: {
        fs_dir_t *d = js_xmalloc(sizeof *d);
        d->dir = req->ptr;
        d->nents = r->buffer_size;
        d->ents = js_xmalloc(d->nents * sizeof *d->ents);
        d->busy = false;
        return JSObjectMake(ctx, fs_dir_class(), d);
    }
    case FS_RESULT_DIRENTS: {
        if (req->result == 0)
            return JSValueMakeNull(ctx);
        uv_dir_t *dir = req->ptr;
        return fs_entries_value(ctx, dir->dirents, (size_t)req->result, r->bytes, exc);
    }
    case FS_RESULT_CHUNK: {
        /* The bytes go to the Uint8Array; a short read gives back the
         * rest of the memory (shrinking in place). */
        char *data = r->chunk;
        size_t n = (size_t)req->result;
        r->chunk = NULL;
        if (n == 0) {
            free(data);
            return JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeUint8Array, 0, exc);
        }
        if (n < r->buffer_size) {
            char *shrunk = realloc(data, n);
            if (shrunk)
                data = shrunk;
        }
        return fs_take_bytes(ctx, data, n, exc);
    }
    default: return JSValueMakeUndefined(ctx);
    }
}

/* What a request holds, released; the request itself stays. */
static void fs_req_release(fs_req_t *r) {
    uv_fs_req_cleanup(&r->req);
    if (r->bufs != &r->buf)
        free(r->bufs);
    r->bufs = NULL;
    free(r->chunk);
    free(r->path);
    free(r->dest);
    r->chunk = r->path = r->dest = NULL;
}

static void fs_req_free(fs_req_t *r) {
    runtime_wrap_remove(&r->link);
    fs_req_release(r);
    if (r->heap)
        free(r);
}

static void fs_done_cb(uv_fs_t *req) {
    fs_req_t *r = req->data;
    JSContextRef ctx = r->ctx;
    /* The calls that make the callback's arguments take the engine's lock
     * once: for the loop's poll phase where it can be (runtime_call runs
     * the promise jobs as the callback returns), else until the callback:
     * the engine runs the promise jobs when its lock is last released, and
     * those must run as the callback returns, before the ticks they queue
     * are drained. */
    engine_fast_hold_t hold;
    hold.held = false;
    if (!runtime_loop_hold(runtime_of(ctx)))
        engine_fast_hold(ctx, &hold);
    JSValueRef exc = NULL;
    JSValueRef result = fs_result(ctx, r, &exc);
    JSValueRef args[2];
    size_t argc;
    if (!result) {
        args[0] = exc;
        argc = 1;
    } else {
        /* Node calls back (null) alone for an operation without a
         * result; tests compare the arguments. */
        args[0] = JSValueMakeNull(ctx);
        args[1] = result;
        argc = JSValueIsUndefined(ctx, result) ? 1 : 2;
    }
    JSObjectRef wrapper = r->wrapper;
    JSObjectRef keep = r->keep;
    JSValueRef fn = js_get(ctx, wrapper, "oncomplete");
    /* Released before the callback (it may start the next read of the
     * same directory, whose entries the cleanup frees), but listed as
     * active until it has run, as in Node. */
    fs_req_release(r);
    if (keep)
        JSValueUnprotect(ctx, keep);
    engine_fast_release(&hold);
    if (JSValueIsObject(ctx, fn))
        runtime_call(runtime_of(ctx), (JSObjectRef)fn, wrapper, argc, args);
    fs_req_free(r);
    JSValueUnprotect(ctx, wrapper);
}

/* Lets go of what an async request protected: its JS object and what it
 * works on. */
static void fs_unpin(JSContextRef ctx, JSObjectRef wrapper, JSObjectRef keep) {
    JSValueUnprotect(ctx, wrapper);
    if (keep)
        JSValueUnprotect(ctx, keep);
}

/* Requests on kiln's fs pool (fs_pool.c): the libuv call made
 * synchronously on a pool thread, then fs_done_cb on the loop's, as libuv
 * would have. */
#define FS_REQ_OF_JOB(j) ((fs_req_t *)((char *)(j) - offsetof(fs_req_t, job)))

static void fs_req_job_done(fs_job_t *job) {
    fs_done_cb(&FS_REQ_OF_JOB(job)->req);
}

static void fs_req_job_cancel(fs_job_t *job) {
    fs_req_t *r = FS_REQ_OF_JOB(job);
    fs_unpin(r->ctx, r->wrapper, r->keep);
    fs_req_free(r);
}

/* Path and descriptor operations that run where fs_op_start says, with
 * their arguments in the request. */
typedef enum {
    FS_OP_STAT, FS_OP_LSTAT, FS_OP_OPEN, FS_OP_CLOSE, FS_OP_READ, FS_OP_WRITE, FS_OP_ACCESS, FS_OP_MKDIR, FS_OP_CHMOD, FS_OP_UNLINK, FS_OP_RMDIR, FS_OP_FSTAT, FS_OP_RENAME,
    FS_OP_LINK, FS_OP_SYMLINK, FS_OP_COPYFILE, FS_OP_READLINK, FS_OP_REALPATH, FS_OP_CHOWN, FS_OP_LCHOWN,
    FS_OP_UTIME, FS_OP_LUTIME, FS_OP_FSYNC, FS_OP_FDATASYNC, FS_OP_FCHMOD, FS_OP_FTRUNCATE, FS_OP_FCHOWN,
    FS_OP_FUTIME, FS_OP_MKDTEMP, FS_OP_OPENDIR, FS_OP_READDIR, FS_OP_CLOSEDIR
} fs_op_t;

static void fs_op_run(fs_req_t *r) {
    uv_fs_t *q = &r->req;
    switch ((fs_op_t)r->op) {
    case FS_OP_STAT: uv_fs_stat(NULL, q, r->path, NULL); break;
    case FS_OP_LSTAT: uv_fs_lstat(NULL, q, r->path, NULL); break;
    case FS_OP_OPEN: uv_fs_open(NULL, q, r->path, r->flags, r->mode, NULL); break;
    case FS_OP_CLOSE: uv_fs_close(NULL, q, r->fd, NULL); break;
    case FS_OP_READ: uv_fs_read(NULL, q, r->fd, r->bufs, r->nbufs, r->pos, NULL); break;
    case FS_OP_WRITE: uv_fs_write(NULL, q, r->fd, r->bufs, r->nbufs, r->pos, NULL); break;
    case FS_OP_ACCESS: uv_fs_access(NULL, q, r->path, r->mode, NULL); break;
    case FS_OP_MKDIR: uv_fs_mkdir(NULL, q, r->path, r->mode, NULL); break;
    case FS_OP_CHMOD: uv_fs_chmod(NULL, q, r->path, r->mode, NULL); break;
    case FS_OP_UNLINK: uv_fs_unlink(NULL, q, r->path, NULL); break;
    case FS_OP_RMDIR: uv_fs_rmdir(NULL, q, r->path, NULL); break;
    case FS_OP_FSTAT: uv_fs_fstat(NULL, q, r->fd, NULL); break;
    case FS_OP_RENAME: uv_fs_rename(NULL, q, r->path, r->dest, NULL); break;
    case FS_OP_LINK: uv_fs_link(NULL, q, r->path, r->dest, NULL); break;
    case FS_OP_SYMLINK: uv_fs_symlink(NULL, q, r->path, r->dest, r->flags, NULL); break;
    case FS_OP_COPYFILE: uv_fs_copyfile(NULL, q, r->path, r->dest, r->flags, NULL); break;
    case FS_OP_READLINK: uv_fs_readlink(NULL, q, r->path, NULL); break;
    case FS_OP_REALPATH: uv_fs_realpath(NULL, q, r->path, NULL); break;
    case FS_OP_CHOWN: uv_fs_chown(NULL, q, r->path, (uv_uid_t)r->a1, (uv_gid_t)r->a2, NULL); break;
    case FS_OP_LCHOWN: uv_fs_lchown(NULL, q, r->path, (uv_uid_t)r->a1, (uv_gid_t)r->a2, NULL); break;
    case FS_OP_UTIME: uv_fs_utime(NULL, q, r->path, r->a1, r->a2, NULL); break;
    case FS_OP_LUTIME: uv_fs_lutime(NULL, q, r->path, r->a1, r->a2, NULL); break;
    case FS_OP_FSYNC: uv_fs_fsync(NULL, q, r->fd, NULL); break;
    case FS_OP_FDATASYNC: uv_fs_fdatasync(NULL, q, r->fd, NULL); break;
    case FS_OP_FCHMOD: uv_fs_fchmod(NULL, q, r->fd, r->mode, NULL); break;
    case FS_OP_FTRUNCATE: uv_fs_ftruncate(NULL, q, r->fd, r->pos, NULL); break;
    case FS_OP_FCHOWN: uv_fs_fchown(NULL, q, r->fd, (uv_uid_t)r->a1, (uv_gid_t)r->a2, NULL); break;
    case FS_OP_FUTIME: uv_fs_futime(NULL, q, r->fd, r->a1, r->a2, NULL); break;
    case FS_OP_MKDTEMP: uv_fs_mkdtemp(NULL, q, r->path, NULL); break;
    case FS_OP_OPENDIR: uv_fs_opendir(NULL, q, r->path, NULL); break;
    case FS_OP_READDIR: uv_fs_readdir(NULL, q, r->uvdir, NULL); break;
    case FS_OP_CLOSEDIR: uv_fs_closedir(NULL, q, r->uvdir, NULL); break;
    }
    r->req.data = r;
}

static void fs_op_job_run(fs_job_t *job) {
    fs_op_run(FS_REQ_OF_JOB(job));
}

/* Starts r's operation op: on the pool when r is async (0, or a libuv
 * code if it could not be queued), at once otherwise (its result, which
 * fs_issue reads from the request). */
static int fs_op_start(JSContextRef ctx, fs_req_t *r, fs_op_t op) {
    r->op = (int)op;
    if (!r->heap) {
        fs_op_run(r);
        return (int)r->req.result;
    }
    r->job.run = fs_op_job_run;
    r->job.done = fs_req_job_done;
    r->job.cancel = fs_req_job_cancel;
    return fs_pool_submit(runtime_loop(ctx), &r->job);
}

/* A read or write of len bytes at base. */
static int fs_io(JSContextRef ctx, fs_req_t *r, uv_file fd, char *base, size_t len, int64_t pos, bool write) {
    r->fd = fd;
    r->buf = uv_buf_init(base, (unsigned)len);
    r->bufs = &r->buf;
    r->nbufs = 1;
    r->pos = pos;
    return fs_op_start(ctx, r, write ? FS_OP_WRITE : FS_OP_READ);
}

/* A request in the caller's stack memory; fs_pin moves an async one to
 * the heap before libuv sees it. */
static fs_req_t *fs_req_new(fs_req_t *r, JSContextRef ctx, fs_result_t kind, const char *syscall, char *path,
                            char *dest) {
    memset(r, 0, sizeof *r);
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

/* After fs_pin, a request on the heap is an async one: it runs on kiln's
 * fs pool (fs_op_start and its kin); a synchronous one runs at once. */
#define FS_ASYNC(req_value) (JSValueIsObject(ctx, (req_value)))

/* Before the uv_fs_* call of an async request: moves it to the heap (the
 * request outlives the call) and protects req (and keep, if any) until
 * fs_done_cb, or until fs_issue finds libuv refused it. Returns the
 * request to use from here. */
static fs_req_t *fs_pin(JSContextRef ctx, fs_req_t *r, JSValueRef req_value, JSObjectRef keep) {
    if (!FS_ASYNC(req_value))
        return r;
    fs_req_t *h = js_xmalloc(sizeof *h);
    *h = *r;
    h->heap = true;
    r = h;
    r->ctx = JSContextGetGlobalContext(ctx);
    r->wrapper = (JSObjectRef)req_value;
    JSValueProtect(ctx, r->wrapper);
    runtime_wrap_add(ctx, &r->link, NULL, NULL, r->wrapper);
    r->req.data = r;
    if (keep) {
        r->keep = keep;
        JSValueProtect(ctx, keep);
    }
    return r;
}
#define FS_PIN(r, req_value) ((r) = fs_pin(ctx, (r), (req_value), NULL))

/* Ends a binding call after the uv_fs_* call returned rc. Sync: the result
 * (or the thrown system error). Async: undefined once the request is on
 * its way; if libuv refused it at once, fs_done_cb will never run, and the
 * error object is returned instead for lib/fs.js to deliver on nextTick
 * (Node never calls back synchronously). */
static JSValueRef fs_issue(JSContextRef ctx, fs_req_t *r, JSValueRef req_value, int rc, JSValueRef *exc) {
    if (!r->heap)
        return fs_finish_sync(ctx, r, exc);
    if (rc >= 0)
        return JSValueMakeUndefined(ctx);
    if (r->dir)
        r->dir->busy = false;
    fs_unpin(ctx, r->wrapper, r->keep);
    JSObjectRef err = js_uv_error(ctx, rc, r->syscall, r->path, r->dest);
    fs_req_free(r);
    return err;
}

/* Path-only operations share this shape: op(path, [int args...], req). */
#define FS_PATH_OP(fnname, syscall_name, kind, call)                          \
    static JS_FN(fnname) {                                                  \
        char *path = fs_path_dup(ctx, JS_ARG(0), exc);                      \
        if (!path)                                                          \
            return NULL;                                                    \
        fs_req_t stack_req, *r = fs_req_new(&stack_req, ctx, kind, syscall_name, path, NULL);      \
        JSValueRef rv = JS_ARG(argc_req);                                   \
        FS_PIN(r, rv);                                                      \
        int rc = call;                                                      \
        return fs_issue(ctx, r, rv, rc, exc);                               \
    }

#define argc_req 1
FS_PATH_OP(fs_rmdir, "rmdir", FS_RESULT_NONE, fs_op_start(ctx, r, FS_OP_RMDIR))
FS_PATH_OP(fs_unlink, "unlink", FS_RESULT_NONE, fs_op_start(ctx, r, FS_OP_UNLINK))
#undef argc_req
#define argc_req 2
/* access(path, mode, req[, quiet]): quiet as for stat. */
FS_PATH_OP(fs_access, "access", FS_RESULT_NONE,
           (r->quiet = argc > 3 && fs_bool(ctx, argv[3]), r->mode = fs_int(ctx, JS_ARG(1)),
            fs_op_start(ctx, r, FS_OP_ACCESS)))
FS_PATH_OP(fs_chmod, "chmod", FS_RESULT_NONE, (r->mode = fs_int(ctx, JS_ARG(1)), fs_op_start(ctx, r, FS_OP_CHMOD)))
FS_PATH_OP(fs_mkdir, "mkdir", FS_RESULT_NONE, (r->mode = fs_int(ctx, JS_ARG(1)), fs_op_start(ctx, r, FS_OP_MKDIR)))
#undef argc_req
#define argc_req 3
FS_PATH_OP(fs_open, "open", FS_RESULT_INT,
           (r->flags = fs_int(ctx, JS_ARG(1)), r->mode = fs_int(ctx, JS_ARG(2)),
            fs_op_start(ctx, r, FS_OP_OPEN)))
/* Two numbers (uid and gid, atime and mtime) for op. */
#define FS_TWO_NUMBERS(op) (r->a1 = fs_num(ctx, JS_ARG(1)), r->a2 = fs_num(ctx, JS_ARG(2)), fs_op_start(ctx, r, op))
FS_PATH_OP(fs_chown, "chown", FS_RESULT_NONE, FS_TWO_NUMBERS(FS_OP_CHOWN))
FS_PATH_OP(fs_lchown, "lchown", FS_RESULT_NONE, FS_TWO_NUMBERS(FS_OP_LCHOWN))
FS_PATH_OP(fs_utimes, "utime", FS_RESULT_NONE, FS_TWO_NUMBERS(FS_OP_UTIME))
FS_PATH_OP(fs_lutimes, "lutime", FS_RESULT_NONE, FS_TWO_NUMBERS(FS_OP_LUTIME))
#undef argc_req

/* readlink(path, bytes, req) and realpathNative(path, bytes, req) -> the
 * target, a string or (bytes) a Uint8Array. */
static JSValueRef fs_path_string(JSContextRef ctx, size_t argc, const JSValueRef argv[], JSValueRef *exc,
                                 bool realpath) {
    char *path = fs_path_dup(ctx, JS_ARG(0), exc);
    if (!path)
        return NULL;
    fs_req_t stack_req, *r = fs_req_new(&stack_req, ctx, FS_RESULT_STRING, realpath ? "realpath" : "readlink", path, NULL);
    r->bytes = fs_bool(ctx, JS_ARG(1));
    JSValueRef rv = JS_ARG(2);
    FS_PIN(r, rv);
    int rc = fs_op_start(ctx, r, realpath ? FS_OP_REALPATH : FS_OP_READLINK);
    return fs_issue(ctx, r, rv, rc, exc);
}
static JS_FN(fs_readlink) { return fs_path_string(ctx, argc, argv, exc, false); }
static JS_FN(fs_realpath_native) { return fs_path_string(ctx, argc, argv, exc, true); }

/* stat(path, bigint, req[, quiet[, shared]]), lstat likewise. A
 * synchronous call returns the binding's shared stat array (valid until
 * the next stat that uses it); with quiet, a failure returns its negative
 * errno instead of throwing. With shared, an async request's callback
 * gets the shared array too: for a callback that reads it at once. */
static JSValueRef fs_stat_common(JSContextRef ctx, size_t argc, const JSValueRef argv[], JSValueRef *exc,
                                 bool lstat) {
    char *path = fs_path_dup(ctx, JS_ARG(0), exc);
    if (!path)
        return NULL;
    fs_req_t stack_req, *r = fs_req_new(&stack_req, ctx, FS_RESULT_STAT, lstat ? "lstat" : "stat", path, NULL);
    r->bigint = fs_is_true(ctx, JS_ARG(1));
    r->quiet = argc > 3 && fs_bool(ctx, argv[3]);
    r->shared = argc > 4 && fs_bool(ctx, argv[4]);
    JSValueRef rv = JS_ARG(2);
    FS_PIN(r, rv);
    int rc = fs_op_start(ctx, r, lstat ? FS_OP_LSTAT : FS_OP_STAT);
    return fs_issue(ctx, r, rv, rc, exc);
}

/* The engine's lock is held once for the API calls a stat makes. */
static JSValueRef fs_stat_held(JSContextRef ctx, size_t argc, const JSValueRef argv[], JSValueRef *exc, bool lstat) {
    engine_fast_hold_t hold;
    engine_fast_hold(ctx, &hold);
    JSValueRef v = fs_stat_common(ctx, argc, argv, exc, lstat);
    engine_fast_release(&hold);
    return v;
}
static JS_FN(fs_stat) { return fs_stat_held(ctx, argc, argv, exc, false); }
static JS_FN(fs_lstat) { return fs_stat_held(ctx, argc, argv, exc, true); }

/* Operations on an fd: op(fd, [args...], req). */
#define FS_FD_OP(fnname, syscall_name, kind, nreq, call)                      \
    static JS_FN(fnname) {                                                  \
        uv_file fd = fs_int(ctx, JS_ARG(0));                                \
        fs_req_t stack_req, *r = fs_req_new(&stack_req, ctx, kind, syscall_name, NULL, NULL);      \
        JSValueRef rv = JS_ARG(nreq);                                       \
        FS_PIN(r, rv);                                                      \
        int rc = call;                                                      \
        return fs_issue(ctx, r, rv, rc, exc);                               \
    }

FS_FD_OP(fs_close, "close", FS_RESULT_NONE, 1,
         (r->fd = fd, fs_op_start(ctx, r, FS_OP_CLOSE)))
FS_FD_OP(fs_fsync, "fsync", FS_RESULT_NONE, 1, (r->fd = fd, fs_op_start(ctx, r, FS_OP_FSYNC)))
FS_FD_OP(fs_fdatasync, "fdatasync", FS_RESULT_NONE, 1, (r->fd = fd, fs_op_start(ctx, r, FS_OP_FDATASYNC)))
FS_FD_OP(fs_fchmod, "fchmod", FS_RESULT_NONE, 2,
         (r->fd = fd, r->mode = fs_int(ctx, JS_ARG(1)), fs_op_start(ctx, r, FS_OP_FCHMOD)))
FS_FD_OP(fs_ftruncate, "ftruncate", FS_RESULT_NONE, 2,
         (r->fd = fd, r->pos = (int64_t)fs_num(ctx, JS_ARG(1)), fs_op_start(ctx, r, FS_OP_FTRUNCATE)))
FS_FD_OP(fs_fchown, "fchown", FS_RESULT_NONE, 3, (r->fd = fd, FS_TWO_NUMBERS(FS_OP_FCHOWN)))
FS_FD_OP(fs_futimes, "futime", FS_RESULT_NONE, 3, (r->fd = fd, FS_TWO_NUMBERS(FS_OP_FUTIME)))

/* fstat(fd, bigint, req) */
static JS_FN(fs_fstat) {
    uv_file fd = fs_int(ctx, JS_ARG(0));
    fs_req_t stack_req, *r = fs_req_new(&stack_req, ctx, FS_RESULT_STAT, "fstat", NULL, NULL);
    r->bigint = fs_is_true(ctx, JS_ARG(1));
    r->fd = fd;
    JSValueRef rv = JS_ARG(2);
    FS_PIN(r, rv);
    int rc = fs_op_start(ctx, r, FS_OP_FSTAT);
    return fs_issue(ctx, r, rv, rc, exc);
}

/* Two-path operations: op(from, to, [flags], req); errors name both. */
static JSValueRef fs_two_paths(JSContextRef ctx, size_t argc, const JSValueRef argv[], JSValueRef *exc,
                               int which) {
    char *from = fs_path_dup(ctx, JS_ARG(0), exc);
    if (!from)
        return NULL;
    char *to = fs_path_dup(ctx, JS_ARG(1), exc);
    if (!to) {
        free(from);
        return NULL;
    }
    static const char *const names[] = {"rename", "link", "symlink", "copyfile"};
    fs_req_t stack_req, *r = fs_req_new(&stack_req, ctx, FS_RESULT_NONE, names[which], from, to);
    JSValueRef rv = JS_ARG(which >= 2 ? 3 : 2);
    r->flags = which >= 2 ? fs_int(ctx, JS_ARG(2)) : 0;
    FS_PIN(r, rv);
    static const fs_op_t ops[] = {FS_OP_RENAME, FS_OP_LINK, FS_OP_SYMLINK, FS_OP_COPYFILE};
    int rc = fs_op_start(ctx, r, ops[which]);
    return fs_issue(ctx, r, rv, rc, exc);
}
static JS_FN(fs_rename) { return fs_two_paths(ctx, argc, argv, exc, 0); }
static JS_FN(fs_link) { return fs_two_paths(ctx, argc, argv, exc, 1); }
static JS_FN(fs_symlink) { return fs_two_paths(ctx, argc, argv, exc, 2); }
static JS_FN(fs_copyfile) { return fs_two_paths(ctx, argc, argv, exc, 3); }

/* mkdtemp(prefix, bytes, req) -> the directory made (prefix + 6 random
 * characters). */
static JS_FN(fs_mkdtemp) {
    char *prefix = fs_path_dup(ctx, JS_ARG(0), exc);
    if (!prefix)
        return NULL;
    size_t len = strlen(prefix);
    char *tpl = js_xmalloc(len + 7);
    memcpy(tpl, prefix, len);
    memcpy(tpl + len, "XXXXXX", 7);
    free(prefix);
    fs_req_t stack_req, *r = fs_req_new(&stack_req, ctx, FS_RESULT_STRING, "mkdtemp", tpl, NULL);
    r->bytes = fs_bool(ctx, JS_ARG(1));
    JSValueRef rv = JS_ARG(2);
    FS_PIN(r, rv);
    int rc = fs_op_start(ctx, r, FS_OP_MKDTEMP);
    return fs_issue(ctx, r, rv, rc, exc);
}

/* read(fd, buffer, offset, length, position, req) -> bytes read;
 * write(fd, buffer, offset, length, position, req) -> bytes written.
 * position -1 means the current file position. The buffer is borrowed: JS
 * keeps it on req for an async call, and has checked offset and length
 * against it. */
static JSValueRef fs_rw(JSContextRef ctx, size_t argc, const JSValueRef argv[], JSValueRef *exc, bool write) {
    uv_file fd = fs_int(ctx, JS_ARG(0));
    double off = fs_num(ctx, JS_ARG(2));
    double len = fs_num(ctx, JS_ARG(3));
    double pos = fs_num(ctx, JS_ARG(4));
    JSValueRef rv = JS_ARG(5);
    uint8_t *bytes;
    size_t blen;
    CHECK(js_bytes_borrow(ctx, JS_ARG(1), &bytes, &blen));
    /* A detached buffer reads as empty: then nothing is read or written. */
    if (off < 0 || len < 0 || off > (double)blen || len > (double)blen - off)
        off = len = 0;
    fs_req_t stack_req, *r = fs_req_new(&stack_req, ctx, FS_RESULT_INT, write ? "write" : "read", NULL, NULL);
    FS_PIN(r, rv);
    int rc = fs_io(ctx, r, fd, (char *)bytes + (size_t)off, (size_t)len, pos >= 0 ? (int64_t)pos : -1, write);
    return fs_issue(ctx, r, rv, rc, exc);
}
static JS_FN(fs_read) { return fs_rw(ctx, argc, argv, exc, false); }
static JS_FN(fs_write) { return fs_rw(ctx, argc, argv, exc, true); }

/* readChunk(fd, length, position, req) -> a Uint8Array of the bytes read
 * (empty at the end of the file), in memory of its own: a ReadStream's
 * chunk, which the engine would otherwise allocate zero-filled first, only
 * to have it overwritten. position -1 means the current file position. */
static JS_FN(fs_read_chunk) {
    uv_file fd = fs_int(ctx, JS_ARG(0));
    double len = fs_num(ctx, JS_ARG(1));
    double pos = fs_num(ctx, JS_ARG(2));
    JSValueRef rv = JS_ARG(3);
    size_t n = len > 0 ? (len < (double)FS_IO_MAX ? (size_t)len : FS_IO_MAX) : 0;
    /* A size from the caller: running out of memory is an error to report. */
    char *data = malloc(n > 0 ? n : 1);
    if (!data)
        return js_throw_uv(ctx, exc, UV_ENOMEM, "read", NULL, NULL);
    fs_req_t stack_req, *r = fs_req_new(&stack_req, ctx, FS_RESULT_CHUNK, "read", NULL, NULL);
    r->chunk = data;
    r->buffer_size = n;
    FS_PIN(r, rv);
    int rc = fs_io(ctx, r, fd, r->chunk, n, pos >= 0 ? (int64_t)pos : -1, false);
    return fs_issue(ctx, r, rv, rc, exc);
}

/* readv(fd, buffers, position, req) / writev(...) -> bytes: buffers is an
 * array of ArrayBufferViews, borrowed like read's buffer (JS keeps the
 * array on req). libuv copies the uv_buf_t list into the request. */
static JSValueRef fs_rwv(JSContextRef ctx, size_t argc, const JSValueRef argv[], JSValueRef *exc, bool write) {
    uv_file fd = fs_int(ctx, JS_ARG(0));
    double pos = fs_num(ctx, JS_ARG(2));
    JSValueRef rv = JS_ARG(3);
    CHECK(JSValueIsArray(ctx, JS_ARG(1)));
    JSObjectRef list = (JSObjectRef)JS_ARG(1);
    size_t n = (size_t)fs_num(ctx, js_get(ctx, list, "length"));
    uv_buf_t small[16];
    uv_buf_t *bufs = n <= 16 ? small : js_xmalloc(n * sizeof *bufs);
    for (size_t i = 0; i < n; i++) {
        uint8_t *bytes;
        size_t blen;
        JSValueRef v = JSObjectGetPropertyAtIndex(ctx, list, (unsigned)i, NULL);
        CHECK(v != NULL && js_bytes_borrow(ctx, v, &bytes, &blen));
        bufs[i] = uv_buf_init((char *)bytes, (unsigned)blen);
    }
    fs_req_t stack_req, *r = fs_req_new(&stack_req, ctx, FS_RESULT_INT, write ? "write" : "read", NULL, NULL);
    FS_PIN(r, rv);
    int64_t p = pos >= 0 ? (int64_t)pos : -1;
    int rc;
    if (n == 0 && !write) {
        /* Node's libuv refuses to read into no buffers; Debian's reads 0. */
        rc = UV_EINVAL;
        r->req.result = rc;
    } else if (n == 0) {
        /* libuv's EINVAL for no buffers to write, before it touches the
         * request. */
        rc = UV_EINVAL;
    } else {
        /* The request keeps its own copy of the list (the job may run
         * after this returns). */
        r->bufs = js_xmalloc(n * sizeof *bufs);
        memcpy(r->bufs, bufs, n * sizeof *bufs);
        r->nbufs = (unsigned)n;
        r->fd = fd;
        r->pos = p;
        rc = fs_op_start(ctx, r, write ? FS_OP_WRITE : FS_OP_READ);
    }
    if (bufs != small)
        free(bufs);
    return fs_issue(ctx, r, rv, rc, exc);
}
static JS_FN(fs_readv) { return fs_rwv(ctx, argc, argv, exc, false); }
static JS_FN(fs_writev) { return fs_rwv(ctx, argc, argv, exc, true); }

/* opendir(path, bufferSize, req) -> an FSDir handle. */
static JS_FN(fs_opendir) {
    char *path = fs_path_dup(ctx, JS_ARG(0), exc);
    if (!path)
        return NULL;
    fs_req_t stack_req, *r = fs_req_new(&stack_req, ctx, FS_RESULT_OPENDIR, "opendir", path, NULL);
    int size = fs_int(ctx, JS_ARG(1));
    r->buffer_size = size > 0 ? (size_t)size : 1;
    JSValueRef rv = JS_ARG(2);
    FS_PIN(r, rv);
    int rc = fs_op_start(ctx, r, FS_OP_OPENDIR);
    return fs_issue(ctx, r, rv, rc, exc);
}

/* dirRead(handle, bytes, req) -> [joined, types] of the next entries (up
 * to the buffer size; see fs_entries_value), or null at the end. */
static JS_FN(fs_dir_read) {
    fs_dir_t *d = fs_dir_of(ctx, JS_ARG(0));
    fs_req_t stack_req, *r = fs_req_new(&stack_req, ctx, FS_RESULT_DIRENTS, "scandir", NULL, NULL);
    r->bytes = fs_bool(ctx, JS_ARG(1));
    JSValueRef rv = JS_ARG(2);
    r = fs_pin(ctx, r, rv, (JSObjectRef)JS_ARG(0));
    d->dir->dirents = d->ents;
    d->dir->nentries = d->nents;
    if (r->heap) {
        d->busy = true;
        r->dir = d;
    }
    r->uvdir = d->dir;
    int rc = fs_op_start(ctx, r, FS_OP_READDIR);
    return fs_issue(ctx, r, rv, rc, exc);
}

/* dirClose(handle, req): the handle is closed from this call on. */
static JS_FN(fs_dir_close) {
    fs_dir_t *d = fs_dir_of(ctx, JS_ARG(0));
    fs_req_t stack_req, *r = fs_req_new(&stack_req, ctx, FS_RESULT_NONE, "closedir", NULL, NULL);
    JSValueRef rv = JS_ARG(1);
    r = fs_pin(ctx, r, rv, (JSObjectRef)JS_ARG(0));
    uv_dir_t *dir = d->dir;
    d->dir = NULL;
    r->uvdir = dir;
    int rc = fs_op_start(ctx, r, FS_OP_CLOSEDIR);
    return fs_issue(ctx, r, rv, rc, exc);
}

/* ---- thread-pool jobs of several syscalls ---------------------------------------
 * readFile and writeFile are each one job (open, read or write until done,
 * close), not a round trip through the loop per syscall. statfs is here
 * because libuv 1.44's uv_fs_statfs drops f_frsize, which Node reports. */

typedef enum { FS_WORK_READ_FILE, FS_WORK_WRITE_FILE, FS_WORK_STATFS, FS_WORK_SCANDIR } fs_work_op_t;

typedef struct {
    JSGlobalContextRef ctx;
    JSObjectRef wrapper;   /* the JS req; protected until done */
    JSObjectRef keep;      /* writeFile: the data; protected until done */
    fs_work_op_t op;
    char *path;            /* NULL when the job works on fd */
    uv_file fd;
    int flags;
    int mode;
    const uint8_t *data;   /* writeFile: borrowed from keep */
    size_t len;
    bool bigint;           /* statfs */
    bool bytes;            /* scandir: names as a Uint8Array */
    int err;               /* 0, a negative libuv code, or FS_TOO_LARGE */
    const char *syscall;
    char *out;             /* readFile: the contents, malloc'd, or small */
    size_t out_len;
    char *small;           /* sync readFile: the shared read buffer, else NULL */
    size_t small_cap;
    struct statfs sfs;
    fs_entries_t entries;  /* scandir */
    fs_job_t job;          /* async: on kiln's fs pool */
    runtime_wrap_t link;   /* async: listed as an active request until done */
} fs_work_t;

static void fs_work_run(fs_work_t *w) {
    uv_fs_t req;
    switch (w->op) {
    case FS_WORK_SCANDIR:
        w->syscall = "scandir";
        w->err = fs_scan(w->path, &w->entries);
        break;
    case FS_WORK_READ_FILE:
        w->err = w->path ? fs_read_all(w->path, w->flags, &w->out, &w->out_len, &w->syscall, w->small,
                                       w->small_cap, true)
                         : fs_read_fd(w->fd, &w->out, &w->out_len, &w->syscall, w->small, w->small_cap, true);
        break;
    case FS_WORK_WRITE_FILE: {
        uv_file fd = w->fd;
        /* Rewriting an existing file: open it without O_TRUNC, cut it to the
         * new length first when it is longer, then write. On ext4 a file
         * truncated to zero and written again is flushed to disk at close
         * (auto_da_alloc), which makes Node's open(O_TRUNC) rewrite of a
         * 1 MiB file some 50 times slower than this; a cut to a non-zero
         * length is not. Once the write is done the file is what was asked
         * for, as with O_TRUNC; a write that fails midway is cut where it
         * stopped, as with O_TRUNC. A process killed before the write ends
         * leaves the start of the new bytes over the start of the old file,
         * where O_TRUNC leaves the start of the new bytes alone: neither is
         * the file that was asked for, and never old bytes after new ones
         * that were all written. */
        bool trunc_after = w->path && (w->flags & O_TRUNC) && !(w->flags & O_APPEND);
        w->syscall = "open";
        if (w->path) {
            fd = uv_fs_open(NULL, &req, w->path, (trunc_after ? w->flags & ~O_TRUNC : w->flags) | O_CLOEXEC,
                            w->mode, NULL);
            uv_fs_req_cleanup(&req);
            if (fd < 0) {
                w->err = fd;
                break;
            }
        }
        int64_t old_size = 0;
        if (trunc_after) {
            /* Only a regular file is cut: O_TRUNC does nothing to a FIFO or
             * a device either. */
            int r = uv_fs_fstat(NULL, &req, fd, NULL);
            trunc_after = r == 0 && S_ISREG(req.statbuf.st_mode) && req.statbuf.st_size > 0;
            old_size = trunc_after ? (int64_t)req.statbuf.st_size : 0;
            uv_fs_req_cleanup(&req);
        }
        if (trunc_after && old_size > (int64_t)w->len) {
            int rc = uv_fs_ftruncate(NULL, &req, fd, (int64_t)w->len, NULL);
            uv_fs_req_cleanup(&req);
            if (rc < 0) {
                w->err = rc;
                w->syscall = "ftruncate";
                trunc_after = false;
            } else {
                old_size = (int64_t)w->len;
            }
        }
        size_t written = 0;
        if (w->err == 0) {
            w->syscall = "write";
            w->err = fs_write_fd_all(fd, w->data, w->len, &written);
        }
        if (trunc_after && w->err != 0 && old_size > (int64_t)written) {
            int rc = uv_fs_ftruncate(NULL, &req, fd, (int64_t)written, NULL);
            uv_fs_req_cleanup(&req);
            (void)rc; /* the write's error is the one reported */
        }
        if (w->path) {
            int rc = uv_fs_close(NULL, &req, fd, NULL);
            uv_fs_req_cleanup(&req);
            if (w->err == 0 && rc < 0) {
                w->err = rc;
                w->syscall = "close";
            }
        }
        break;
    }
    case FS_WORK_STATFS:
        w->syscall = "statfs";
        w->err = 0;
        while (statfs(w->path, &w->sfs) != 0) {
            if (errno != EINTR) {
                w->err = -errno;
                break;
            }
        }
        break;
    }
}

/* statfs: type, bsize, frsize, blocks, bfree, bavail, files, ffree. */
static JSValueRef fs_statfs_array(JSContextRef ctx, const struct statfs *s, bool big, JSValueRef *exc) {
    JSObjectRef arr = JSObjectMakeTypedArray(
        ctx, big ? kJSTypedArrayTypeBigInt64Array : kJSTypedArrayTypeFloat64Array, 8, exc);
    if (!arr)
        return NULL;
    const uint64_t v[8] = {(uint64_t)s->f_type, (uint64_t)s->f_bsize, (uint64_t)s->f_frsize, s->f_blocks,
                           s->f_bfree, s->f_bavail, s->f_files, s->f_ffree};
    void *p = JSObjectGetTypedArrayBytesPtr(ctx, arr, exc);
    CHECK(p != NULL);
    for (int i = 0; i < 8; i++) {
        if (big)
            ((int64_t *)p)[i] = (int64_t)v[i];
        else
            ((double *)p)[i] = (double)v[i];
    }
    return arr;
}

/* The job's value, or NULL with *exc set. A readFile past 2 GiB answers
 * with the file's size, a number, for lib/ to raise ERR_FS_FILE_TOO_LARGE. */
static JSValueRef fs_work_result(JSContextRef ctx, fs_work_t *w, JSValueRef *exc) {
    if (w->err == FS_TOO_LARGE)
        return JSValueMakeNumber(ctx, (double)w->out_len);
    if (w->err < 0) {
        const char *path = w->op == FS_WORK_STATFS || w->op == FS_WORK_SCANDIR ? w->path
                                                                               : fs_error_path(w->syscall, w->path);
        return js_throw_uv(ctx, exc, w->err, w->syscall, path, NULL);
    }
    switch (w->op) {
    case FS_WORK_READ_FILE: {
        char *out = w->out;
        w->out = NULL;
        /* In the shared read buffer: lib/ copies the bytes out. */
        if (out != NULL && out == w->small)
            return JSValueMakeNumber(ctx, -(double)w->out_len);
        return fs_take_bytes(ctx, out, w->out_len, exc);
    }
    case FS_WORK_STATFS: return fs_statfs_array(ctx, &w->sfs, w->bigint, exc);
    case FS_WORK_SCANDIR: return fs_entries_pair(ctx, &w->entries, w->bytes, exc);
    default: return JSValueMakeUndefined(ctx);
    }
}

static void fs_work_free(fs_work_t *w) {
    runtime_wrap_remove(&w->link);
    free(w->entries.joined);
    free(w->entries.types);
    free(w->path);
    if (w->out != w->small)
        free(w->out);
    free(w);
}

#define FS_WORK_OF_JOB(j) ((fs_work_t *)((char *)(j) - offsetof(fs_work_t, job)))

static void fs_work_job_run(fs_job_t *job) {
    fs_work_run(FS_WORK_OF_JOB(job));
}

static void fs_work_job_cancel(fs_job_t *job) {
    fs_work_t *w = FS_WORK_OF_JOB(job);
    fs_unpin(w->ctx, w->wrapper, w->keep);
    fs_work_free(w);
}

static void fs_work_job_done(fs_job_t *job) {
    fs_work_t *w = FS_WORK_OF_JOB(job);
    JSContextRef ctx = w->ctx;
    JSValueRef exc = NULL;
    JSValueRef result = fs_work_result(ctx, w, &exc);
    JSValueRef args[2] = {result ? JSValueMakeNull(ctx) : exc, result};
    JSObjectRef wrapper = w->wrapper;
    JSObjectRef keep = w->keep;
    if (keep)
        JSValueUnprotect(ctx, keep);
    JSValueRef fn = js_get(ctx, wrapper, "oncomplete");
    if (JSValueIsObject(ctx, fn))
        runtime_call(runtime_of(ctx), (JSObjectRef)fn, wrapper, result ? 2 : 1, args);
    fs_work_free(w);
    JSValueUnprotect(ctx, wrapper);
}

/* Runs w now (sync: req undefined) or on kiln's fs pool. w is heap
 * memory the job owns from here. */
static JSValueRef fs_work_issue(JSContextRef ctx, fs_work_t *w, JSValueRef rv, JSValueRef *exc) {
    if (!JSValueIsObject(ctx, rv)) {
        fs_work_run(w);
        JSValueRef result = fs_work_result(ctx, w, exc);
        fs_work_free(w);
        return result;
    }
    w->ctx = JSContextGetGlobalContext(ctx);
    w->wrapper = (JSObjectRef)rv;
    JSValueProtect(ctx, w->wrapper);
    runtime_wrap_add(ctx, &w->link, NULL, NULL, w->wrapper);
    if (w->keep)
        JSValueProtect(ctx, w->keep);
    w->job.run = fs_work_job_run;
    w->job.done = fs_work_job_done;
    w->job.cancel = fs_work_job_cancel;
    int rc = fs_pool_submit(runtime_loop(ctx), &w->job);
    if (rc < 0) {
        fs_unpin(ctx, w->wrapper, w->keep);
        JSObjectRef err = js_uv_error(ctx, rc, "uv_queue_work", NULL, NULL);
        fs_work_free(w);
        return err;
    }
    return JSValueMakeUndefined(ctx);
}

static fs_work_t *fs_work_new(fs_work_op_t op) {
    fs_work_t *w = js_xmalloc(sizeof *w);
    memset(w, 0, sizeof *w);
    w->op = op;
    w->fd = -1;
    return w;
}

/* readdir(path, withTypes, bytes, req) -> [joined, types], as
 * fs_entries_pair makes them (withTypes is unused: the types cost nothing
 * to send); one job, synchronous or on the thread pool (fs_scan). */
static JS_FN(fs_readdir) {
    char *path = fs_path_dup(ctx, JS_ARG(0), exc);
    if (!path)
        return NULL;
    fs_work_t *w = fs_work_new(FS_WORK_SCANDIR);
    w->path = path;
    w->bytes = fs_bool(ctx, JS_ARG(2));
    return fs_work_issue(ctx, w, JS_ARG(3), exc);
}

/* readFileBytes(pathOrFd, flags, req) -> Uint8Array of the contents (from
 * the fd's current position), or the size of a file too large to read. */
static JS_FN(fs_read_file_bytes) {
    fs_work_t *w = fs_work_new(FS_WORK_READ_FILE);
    if (JSValueIsNumber(ctx, JS_ARG(0))) {
        w->fd = fs_int(ctx, JS_ARG(0));
    } else if (!(w->path = fs_path_dup(ctx, JS_ARG(0), exc))) {
        fs_work_free(w);
        return NULL;
    }
    w->flags = fs_int(ctx, JS_ARG(1));
    /* Only what Buffer.allocUnsafe serves from its pool: a larger Buffer
     * costs the engine more to allocate (zeroed) than wrapping ours. */
    if (!JSValueIsObject(ctx, JS_ARG(2))) {
        w->small = fs_state(ctx)->read_bytes;
        w->small_cap = FS_SMALL_FILE_SIZE;
    }
    return fs_work_issue(ctx, w, JS_ARG(2), exc);
}

/* writeFileBytes(pathOrFd, flags, mode, data, req): data (a Uint8Array)
 * written whole; a path is opened with flags and mode and closed after. */
static JS_FN(fs_write_file_bytes) {
    fs_work_t *w = fs_work_new(FS_WORK_WRITE_FILE);
    if (JSValueIsNumber(ctx, JS_ARG(0))) {
        w->fd = fs_int(ctx, JS_ARG(0));
    } else if (!(w->path = fs_path_dup(ctx, JS_ARG(0), exc))) {
        fs_work_free(w);
        return NULL;
    }
    w->flags = fs_int(ctx, JS_ARG(1));
    w->mode = fs_int(ctx, JS_ARG(2));
    JSValueRef data = JS_ARG(3);
    uint8_t *bytes;
    CHECK(JSValueIsObject(ctx, data) && js_bytes_borrow(ctx, data, &bytes, &w->len));
    w->data = bytes;
    if (JSValueIsObject(ctx, JS_ARG(4)))
        w->keep = (JSObjectRef)data;
    return fs_work_issue(ctx, w, JS_ARG(4), exc);
}

/* statfs(path, bigint, req) -> [type, bsize, frsize, blocks, bfree,
 * bavail, files, ffree]. */
static JS_FN(fs_statfs) {
    fs_work_t *w = fs_work_new(FS_WORK_STATFS);
    if (!(w->path = fs_path_dup(ctx, JS_ARG(0), exc))) {
        fs_work_free(w);
        return NULL;
    }
    w->bigint = fs_bool(ctx, JS_ARG(1));
    return fs_work_issue(ctx, w, JS_ARG(2), exc);
}

/* ---- watchers: fs.watch (uv_fs_event_t) and fs.watchFile (uv_fs_poll_t) ---------
 * binding.watch / watchFile start a handle and return its wrapper, an
 * FSWatch object; events call wrapper.onchange. The wrapper is protected
 * from start until the close callback, and detached (private NULL) from
 * the moment it is closed, so later calls see a closed handle. Handles
 * still open at exit are closed by the runtime's cleanup. */

struct fs_watch_s {
    union {
        uv_handle_t handle;
        uv_fs_event_t event;
        uv_fs_poll_t poll;
    } u;
    JSGlobalContextRef ctx;
    JSObjectRef wrapper; /* NULL when start failed */
    fs_state_t *state;
    bool bytes;          /* event: file names as Uint8Array */
    bool bigint;         /* poll: BigInt64Array stats */
    fs_watch_t *next;
    fs_watch_t **prev;   /* the pointer that points at this one */
    runtime_wrap_t link; /* started: listed as an active handle until closed */
};

static void fs_watch_finalize(JSObjectRef obj) {
    /* Protected while open: only a closed watcher can be collected. */
    CHECK(JSObjectGetPrivate(obj) == NULL);
}

static JSClassRef fs_watch_class(void) {
    static JSClassRef cls;
    if (!cls) {
        JSClassDefinition def = kJSClassDefinitionEmpty;
        def.className = "FSWatch";
        def.finalize = fs_watch_finalize;
        cls = JSClassCreate(&def);
    }
    return cls;
}

/* The last context's state, per thread: finding it through runtime_of
 * asks the engine for the global context (which takes its lock) and costs
 * a sixth of a stat. The context a callback gets is its global object, so
 * the pointer identifies the runtime; fs_state_cleanup forgets it before
 * the memory can be reused. */
static _Thread_local JSContextRef fs_cached_ctx;
static _Thread_local fs_state_t *fs_cached_state;

static fs_state_t *fs_state(JSContextRef ctx) {
    if (ctx == fs_cached_ctx)
        return fs_cached_state;
    fs_state_t *st = runtime_binding_state(runtime_of(ctx), "fs");
    fs_cached_ctx = ctx;
    fs_cached_state = st;
    return st;
}

static void fs_watch_close_cb(uv_handle_t *h) {
    fs_watch_t *w = h->data;
    fs_state_t *st = w->state;
    runtime_wrap_remove(&w->link);
    if (w->wrapper)
        JSValueUnprotect(w->ctx, w->wrapper);
    /* Only a started watcher is on the list; the last one closed after
     * the runtime's cleanup frees the state. */
    bool listed = w->prev != NULL;
    if (listed) {
        *w->prev = w->next;
        if (w->next)
            w->next->prev = w->prev;
    }
    free(w);
    if (listed && st->exiting && !st->watchers)
        free(st);
}

static void fs_watch_close(fs_watch_t *w) {
    CHECK(!uv_is_closing(&w->u.handle));
    if (w->wrapper)
        JSObjectSetPrivate(w->wrapper, NULL);
    uv_close(&w->u.handle, fs_watch_close_cb);
}

static fs_watch_t *fs_watch_new(JSContextRef ctx) {
    fs_watch_t *w = js_xmalloc(sizeof *w);
    memset(w, 0, sizeof *w);
    w->ctx = JSContextGetGlobalContext(ctx);
    w->state = fs_state(ctx);
    w->u.handle.data = w;
    return w;
}

/* A started handle gets its wrapper, pinned, and joins the open list;
 * name is Node's for it. */
static JSObjectRef fs_watch_started(JSContextRef ctx, fs_watch_t *w, const char *name) {
    w->wrapper = JSObjectMake(ctx, fs_watch_class(), w);
    JSValueProtect(ctx, w->wrapper);
    runtime_wrap_add(ctx, &w->link, name, &w->u.handle, w->wrapper);
    fs_state_t *st = w->state;
    w->next = st->watchers;
    if (w->next)
        w->next->prev = &w->next;
    w->prev = &st->watchers;
    st->watchers = w;
    return w->wrapper;
}

static void fs_event_cb(uv_fs_event_t *h, const char *filename, int events, int status) {
    fs_watch_t *w = h->data;
    JSContextRef ctx = w->ctx;
    JSValueRef exc = NULL;
    JSValueRef args[3];
    args[0] = JSValueMakeNumber(ctx, status);
    args[1] = js_str(ctx, (events & UV_RENAME) ? "rename" : "change");
    args[2] = filename ? fs_name_value(ctx, filename, w->bytes, &exc) : NULL;
    if (!args[2])
        args[2] = JSValueMakeNull(ctx);
    JSValueRef fn = js_get(ctx, w->wrapper, "onchange");
    if (JSValueIsObject(ctx, fn))
        runtime_call(runtime_of(ctx), (JSObjectRef)fn, w->wrapper, 3, args);
}

/* watch(path, bytes) -> an FSWatch; throws a system error ('watch'). */
static JS_FN(fs_watch) {
    char *path = fs_path_dup(ctx, JS_ARG(0), exc);
    if (!path)
        return NULL;
    fs_watch_t *w = fs_watch_new(ctx);
    w->bytes = fs_bool(ctx, JS_ARG(1));
    JSValueRef result;
    int rc = uv_fs_event_init(runtime_loop(ctx), &w->u.event);
    if (rc < 0) {
        free(w);
        result = js_throw_uv(ctx, exc, rc, "watch", path, NULL);
    } else if ((rc = uv_fs_event_start(&w->u.event, fs_event_cb, path, 0)) < 0) {
        fs_watch_close(w);
        result = js_throw_uv(ctx, exc, rc, "watch", path, NULL);
    } else {
        result = fs_watch_started(ctx, w, "FSEventWrap");
    }
    free(path);
    return result;
}

static void fs_poll_cb(uv_fs_poll_t *h, int status, const uv_stat_t *prev, const uv_stat_t *curr) {
    fs_watch_t *w = h->data;
    JSContextRef ctx = w->ctx;
    JSValueRef exc = NULL;
    JSValueRef args[3];
    args[0] = JSValueMakeNumber(ctx, status);
    args[1] = fs_stat_array(ctx, curr, w->bigint, &exc);
    args[2] = args[1] ? fs_stat_array(ctx, prev, w->bigint, &exc) : NULL;
    CHECK(args[1] && args[2]);
    JSValueRef fn = js_get(ctx, w->wrapper, "onchange");
    if (JSValueIsObject(ctx, fn))
        runtime_call(runtime_of(ctx), (JSObjectRef)fn, w->wrapper, 3, args);
}

/* watchFile(path, intervalMs, bigint) -> an FSWatch whose onchange(status,
 * curr, prev) gets stat arrays. A missing file is reported through
 * onchange, not thrown. */
static JS_FN(fs_watch_file) {
    char *path = fs_path_dup(ctx, JS_ARG(0), exc);
    if (!path)
        return NULL;
    double interval = fs_num(ctx, JS_ARG(1));
    fs_watch_t *w = fs_watch_new(ctx);
    w->bigint = fs_bool(ctx, JS_ARG(2));
    JSValueRef result;
    CHECK(uv_fs_poll_init(runtime_loop(ctx), &w->u.poll) == 0);
    int rc = uv_fs_poll_start(&w->u.poll, fs_poll_cb, path,
                              interval >= 1 && interval < 4294967295.0 ? (unsigned)interval : 1);
    if (rc < 0) {
        fs_watch_close(w);
        result = js_throw_uv(ctx, exc, rc, "watch", path, NULL);
    } else {
        result = fs_watch_started(ctx, w, "StatWatcher");
    }
    free(path);
    return result;
}

/* watchClose(handle): closes it; a closed one is left alone. */
static JS_FN(fs_watch_close_fn) {
    CHECK(JSValueIsObjectOfClass(ctx, JS_ARG(0), fs_watch_class()));
    fs_watch_t *w = JSObjectGetPrivate((JSObjectRef)JS_ARG(0));
    if (w)
        fs_watch_close(w);
    return JSValueMakeUndefined(ctx);
}

/* watchRef(handle, ref): whether the handle keeps the loop alive. */
static JS_FN(fs_watch_ref) {
    CHECK(JSValueIsObjectOfClass(ctx, JS_ARG(0), fs_watch_class()));
    fs_watch_t *w = JSObjectGetPrivate((JSObjectRef)JS_ARG(0));
    if (w) {
        if (fs_bool(ctx, JS_ARG(1)))
            uv_ref(&w->u.handle);
        else
            uv_unref(&w->u.handle);
    }
    return JSValueMakeUndefined(ctx);
}

/* ---- synchronous calls as engine host functions ------------------------------------
 * binding.fast.* (when src/engine_fast.h's host functions are available):
 * the common synchronous calls, which the JIT calls for ~10 ns instead of a
 * C API callback's ~120, with arguments read from the call frame. lib/
 * validates first, as for the API functions. A host function cannot
 * throw, so each answers:
 *
 *   undefined  declined (an argument it does not read in place, a file
 *              past 2 GiB): lib/ calls the API function, which does it all;
 *   a negative number: the operation failed with that libuv code; lib/
 *              throws binding.fastError(code, path), which describes it
 *              (syscall, and path where Node names it) as the API
 *              function would have;
 *   else the result.
 *
 * Paths are null (the shared path buffer, where lib/ wrote an ASCII path)
 * or a Uint8Array (a Buffer path); a string path declines. */

/* The path argument, or NULL: declined. buf holds a Buffer path's copy. */
static const char *fs_fast_path(fs_state_t *st, JSValueRef v, char buf[FS_PATH_BUFFER_SIZE]) {
    if (engine_fast_ret(v) == ENGINE_FAST_NULL)
        return st->path_bytes;
    uint8_t *bytes;
    size_t n;
    if (!engine_fast_bytes_in_place(v, &bytes, &n) || n >= FS_PATH_BUFFER_SIZE)
        return NULL;
    memcpy(buf, bytes, n);
    buf[n] = 0;
    return buf;
}

static int64_t fs_fast_fail(fs_state_t *st, int rc, const char *syscall, bool names_path) {
    st->fast_syscall = syscall;
    st->fast_names_path = names_path;
    return engine_fast_number(rc);
}

static int64_t fs_fast_done(fs_state_t *st, int rc, const char *syscall, bool names_path) {
    return rc < 0 ? fs_fast_fail(st, rc, syscall, names_path) : engine_fast_number(rc);
}

/* fast.stat(path, bigint) / lstat / fstat(fd, bigint) -> the shared stat
 * array, as binding.stat's synchronous form returns it. */
static int64_t fs_fast_stat_common(void *global, void *frame, int which) {
    static const char *const names[] = {"stat", "lstat", "fstat"};
    fs_state_t *st = fs_state(engine_fast_context(global));
    bool big = engine_fast_ret(engine_fast_arg(frame, 1)) == ENGINE_FAST_TRUE;
    char buf[FS_PATH_BUFFER_SIZE];
    uv_fs_t req;
    int rc;
    if (which == 2) {
        int32_t fd;
        if (!engine_fast_arg_int(frame, 0, &fd))
            return ENGINE_FAST_UNDEFINED;
        rc = uv_fs_fstat(NULL, &req, fd, NULL);
    } else {
        const char *path = fs_fast_path(st, engine_fast_arg(frame, 0), buf);
        if (!path)
            return ENGINE_FAST_UNDEFINED;
        rc = which ? uv_fs_lstat(NULL, &req, path, NULL) : uv_fs_stat(NULL, &req, path, NULL);
    }
    if (rc >= 0) {
        if (big)
            fs_stat_fields_big(&req.statbuf, st->big_stat_values);
        else
            fs_stat_fields(&req.statbuf, st->stat_values);
    }
    uv_fs_req_cleanup(&req);
    if (rc < 0)
        return fs_fast_fail(st, rc, names[which], which != 2);
    return engine_fast_ret(big ? st->big_stat_array : st->stat_array);
}
static int64_t fs_fast_stat(void *global, void *frame) { return fs_fast_stat_common(global, frame, 0); }
static int64_t fs_fast_lstat(void *global, void *frame) { return fs_fast_stat_common(global, frame, 1); }
static int64_t fs_fast_fstat(void *global, void *frame) { return fs_fast_stat_common(global, frame, 2); }

/* fast.access(path, mode) -> 0. */
static int64_t fs_fast_access(void *global, void *frame) {
    fs_state_t *st = fs_state(engine_fast_context(global));
    char buf[FS_PATH_BUFFER_SIZE];
    const char *path = fs_fast_path(st, engine_fast_arg(frame, 0), buf);
    int32_t mode;
    if (!path || !engine_fast_arg_int(frame, 1, &mode))
        return ENGINE_FAST_UNDEFINED;
    uv_fs_t req;
    int rc = uv_fs_access(NULL, &req, path, mode, NULL);
    uv_fs_req_cleanup(&req);
    return fs_fast_done(st, rc, "access", true);
}

/* fast.rmdir(path) and fast.unlink(path) -> 0: for the removal of a tree,
 * where a full directory's ENOTEMPTY is expected and an error object for it
 * would cost more than the syscall. */
static int64_t fs_fast_remove(void *global, void *frame, bool dir) {
    fs_state_t *st = fs_state(engine_fast_context(global));
    char buf[FS_PATH_BUFFER_SIZE];
    const char *path = fs_fast_path(st, engine_fast_arg(frame, 0), buf);
    if (!path)
        return ENGINE_FAST_UNDEFINED;
    uv_fs_t req;
    int rc = dir ? uv_fs_rmdir(NULL, &req, path, NULL) : uv_fs_unlink(NULL, &req, path, NULL);
    uv_fs_req_cleanup(&req);
    return fs_fast_done(st, rc, dir ? "rmdir" : "unlink", true);
}
static int64_t fs_fast_rmdir(void *global, void *frame) { return fs_fast_remove(global, frame, true); }
static int64_t fs_fast_unlink(void *global, void *frame) { return fs_fast_remove(global, frame, false); }

/* fast.open(path, flags, mode) -> fd. */
static int64_t fs_fast_open(void *global, void *frame) {
    fs_state_t *st = fs_state(engine_fast_context(global));
    char buf[FS_PATH_BUFFER_SIZE];
    const char *path = fs_fast_path(st, engine_fast_arg(frame, 0), buf);
    int32_t flags, mode;
    if (!path || !engine_fast_arg_int(frame, 1, &flags) || !engine_fast_arg_int(frame, 2, &mode))
        return ENGINE_FAST_UNDEFINED;
    uv_fs_t req;
    int rc = uv_fs_open(NULL, &req, path, flags, mode, NULL);
    uv_fs_req_cleanup(&req);
    return fs_fast_done(st, rc, "open", true);
}

/* fast.close(fd) -> 0. */
static int64_t fs_fast_close(void *global, void *frame) {
    fs_state_t *st = fs_state(engine_fast_context(global));
    int32_t fd;
    if (!engine_fast_arg_int(frame, 0, &fd))
        return ENGINE_FAST_UNDEFINED;
    uv_fs_t req;
    int rc = uv_fs_close(NULL, &req, fd, NULL);
    uv_fs_req_cleanup(&req);
    return fs_fast_done(st, rc, "close", false);
}

/* fast.read(fd, buffer, offset, length, position) -> bytes read, and
 * fast.write likewise: binding.read and write's synchronous forms. */
static int64_t fs_fast_rw(void *global, void *frame, bool write) {
    fs_state_t *st = fs_state(engine_fast_context(global));
    int32_t fd;
    uint8_t *bytes;
    size_t blen;
    double off = engine_fast_arg_num(frame, 2), len = engine_fast_arg_num(frame, 3);
    double pos = engine_fast_arg_num(frame, 4);
    if (!engine_fast_arg_int(frame, 0, &fd) || !engine_fast_bytes_in_place(engine_fast_arg(frame, 1), &bytes, &blen) ||
        engine_fast_bits(engine_fast_arg(frame, 4)) < ENGINE_FAST_DOUBLE_OFFSET)
        return ENGINE_FAST_UNDEFINED;
    if (off < 0 || len < 0 || off > (double)blen || len > (double)blen - off)
        off = len = 0;
    uv_buf_t b = uv_buf_init((char *)bytes + (size_t)off, (unsigned)len);
    int64_t p = pos >= 0 ? (int64_t)pos : -1;
    uv_fs_t req;
    int rc = write ? uv_fs_write(NULL, &req, fd, &b, 1, p, NULL) : uv_fs_read(NULL, &req, fd, &b, 1, p, NULL);
    uv_fs_req_cleanup(&req);
    return fs_fast_done(st, rc, write ? "write" : "read", false);
}
static int64_t fs_fast_read(void *global, void *frame) { return fs_fast_rw(global, frame, false); }
static int64_t fs_fast_write(void *global, void *frame) { return fs_fast_rw(global, frame, true); }

/* fast.readFile(pathOrFd, flags, utf8) -> with utf8 the contents as a
 * string (readFileUtf8); else a Uint8Array of them, or, for a file below
 * FS_SMALL_FILE_SIZE, their length, the bytes in the shared read buffer
 * (readFileBytes). A file past 2 GiB declines. */
static int64_t fs_fast_read_file(void *global, void *frame) {
    JSContextRef ctx = engine_fast_context(global);
    fs_state_t *st = fs_state(ctx);
    char pbuf[FS_PATH_BUFFER_SIZE];
    const char *path = NULL;
    int32_t fd = -1, flags;
    if (!engine_fast_arg_int(frame, 0, &fd) && !(path = fs_fast_path(st, engine_fast_arg(frame, 0), pbuf)))
        return ENGINE_FAST_UNDEFINED;
    if (!engine_fast_arg_int(frame, 1, &flags))
        return ENGINE_FAST_UNDEFINED;
    bool utf8 = engine_fast_ret(engine_fast_arg(frame, 2)) == ENGINE_FAST_TRUE;
    char *buf;
    size_t len;
    const char *syscall;
    int r = path ? fs_read_all(path, flags, &buf, &len, &syscall, st->read_bytes, FS_READ_BUFFER_SIZE, !utf8)
                 : fs_read_fd(fd, &buf, &len, &syscall, st->read_bytes, FS_READ_BUFFER_SIZE, !utf8);
    if (r == FS_TOO_LARGE)
        return ENGINE_FAST_UNDEFINED;
    if (r < 0)
        return fs_fast_fail(st, r, syscall, path && strcmp(syscall, "open") == 0);
    if (utf8) {
        JSValueRef v = engine_fast_utf8(ctx, (const uint8_t *)buf, len, true);
        if (buf != st->read_bytes)
            free(buf);
        return engine_fast_ret(v);
    }
    if (buf == st->read_bytes) {
        if (len < FS_SMALL_FILE_SIZE)
            return engine_fast_number((double)len);
        /* Past the size lib/ copies out, the bytes get memory of their own. */
        buf = malloc(len);
        if (!buf)
            return ENGINE_FAST_UNDEFINED;
        memcpy(buf, st->read_bytes, len);
    }
    JSValueRef exc = NULL;
    JSValueRef v = fs_take_bytes(ctx, buf, len, &exc);
    return v ? engine_fast_ret(v) : ENGINE_FAST_UNDEFINED;
}

/* fast.writeFile(pathOrFd, flags, mode, data) -> 0: writeFileBytes's
 * synchronous form (one job: open, write all, close). */
static int64_t fs_fast_write_file(void *global, void *frame) {
    fs_state_t *st = fs_state(engine_fast_context(global));
    char pbuf[FS_PATH_BUFFER_SIZE];
    fs_work_t w;
    memset(&w, 0, sizeof w);
    w.op = FS_WORK_WRITE_FILE;
    w.fd = -1;
    const char *path = NULL;
    uint8_t *bytes;
    if (!engine_fast_arg_int(frame, 0, &w.fd) && !(path = fs_fast_path(st, engine_fast_arg(frame, 0), pbuf)))
        return ENGINE_FAST_UNDEFINED;
    if (!engine_fast_arg_int(frame, 1, &w.flags) || !engine_fast_arg_int(frame, 2, &w.mode) ||
        !engine_fast_bytes_in_place(engine_fast_arg(frame, 3), &bytes, &w.len))
        return ENGINE_FAST_UNDEFINED;
    w.path = (char *)path;
    w.data = bytes;
    fs_work_run(&w);
    if (w.err < 0)
        return fs_fast_fail(st, w.err, w.syscall, path && strcmp(w.syscall, "open") == 0);
    return engine_fast_number(0);
}

/* fast.readdir(path) -> the names joined by NUL bytes, a string ('' for
 * none): readdir's synchronous form without types, names in UTF-8. */
static int64_t fs_fast_readdir(void *global, void *frame) {
    JSContextRef ctx = engine_fast_context(global);
    fs_state_t *st = fs_state(ctx);
    char buf[FS_PATH_BUFFER_SIZE];
    const char *path = fs_fast_path(st, engine_fast_arg(frame, 0), buf);
    if (!path)
        return ENGINE_FAST_UNDEFINED;
    fs_entries_t e;
    int rc = fs_scan(path, &e);
    int64_t v = rc < 0 ? fs_fast_fail(st, rc, "scandir", true)
                       : engine_fast_ret(engine_fast_utf8(ctx, (const uint8_t *)e.joined, e.len, true));
    free(e.joined);
    free(e.types);
    return v;
}

/* binding.fastError(code, path) -> the system error of the last host
 * function that failed with code (path as that function got it), for lib/
 * to throw. */
static JS_FN(fs_fast_error) {
    fs_state_t *st = fs_state(ctx);
    CHECK(st->fast_syscall != NULL);
    char *path = NULL;
    if (st->fast_names_path && !(path = fs_path_dup(ctx, JS_ARG(1), exc)))
        return NULL;
    /* What a setter on Object.prototype threw while the fields were set,
     * if one did, as the API functions throw it (js_throw_uv). */
    JSValueRef err = js_uv_error_value(ctx, fs_int(ctx, JS_ARG(0)), st->fast_syscall, path, NULL);
    free(path);
    return err;
}

static const struct {
    const char *name;
    unsigned length;
    engine_fast_host_fn fn;
} fs_fast_functions[] = {
    {"stat", 2, fs_fast_stat},       {"lstat", 2, fs_fast_lstat},         {"fstat", 2, fs_fast_fstat},
    {"access", 2, fs_fast_access},   {"open", 3, fs_fast_open},           {"close", 1, fs_fast_close},
    {"read", 5, fs_fast_read},       {"write", 5, fs_fast_write},         {"readFile", 3, fs_fast_read_file},
    {"writeFile", 4, fs_fast_write_file}, {"readdir", 1, fs_fast_readdir}, {"rmdir", 1, fs_fast_rmdir},
    {"unlink", 1, fs_fast_unlink},
};

static void fs_state_cleanup(kiln_runtime *rt, void *data) {
    fs_state_t *st = data;
    fs_pool_shutdown(runtime_loop(st->ctx));
    if (fs_cached_state == st) {
        fs_cached_ctx = NULL;
        fs_cached_state = NULL;
    }
    JSValueUnprotect(st->ctx, st->stat_array);
    JSValueUnprotect(st->ctx, st->big_stat_array);
    JSValueUnprotect(st->ctx, st->path_array);
    JSValueUnprotect(st->ctx, st->read_array);
    st->exiting = true;
    if (!st->watchers) {
        free(st);
        return;
    }
    for (fs_watch_t *w = st->watchers; w; w = w->next)
        fs_watch_close(w);
}

/* ---- constants ---------------------------------------------------------------------- */

static JSObjectRef fs_constants(JSContextRef ctx) {
    static const struct {
        const char *name;
        int value;
    } list[] = {
        {"UV_FS_SYMLINK_DIR", UV_FS_SYMLINK_DIR},
        {"UV_FS_SYMLINK_JUNCTION", UV_FS_SYMLINK_JUNCTION},
        {"O_RDONLY", O_RDONLY},
        {"O_WRONLY", O_WRONLY},
        {"O_RDWR", O_RDWR},
        {"UV_DIRENT_UNKNOWN", UV_DIRENT_UNKNOWN},
        {"UV_DIRENT_FILE", UV_DIRENT_FILE},
        {"UV_DIRENT_DIR", UV_DIRENT_DIR},
        {"UV_DIRENT_LINK", UV_DIRENT_LINK},
        {"UV_DIRENT_FIFO", UV_DIRENT_FIFO},
        {"UV_DIRENT_SOCKET", UV_DIRENT_SOCKET},
        {"UV_DIRENT_CHAR", UV_DIRENT_CHAR},
        {"UV_DIRENT_BLOCK", UV_DIRENT_BLOCK},
        {"S_IFMT", S_IFMT},
        {"S_IFREG", S_IFREG},
        {"S_IFDIR", S_IFDIR},
        {"S_IFCHR", S_IFCHR},
        {"S_IFBLK", S_IFBLK},
        {"S_IFIFO", S_IFIFO},
        {"S_IFLNK", S_IFLNK},
        {"S_IFSOCK", S_IFSOCK},
        {"O_CREAT", O_CREAT},
        {"O_EXCL", O_EXCL},
        {"UV_FS_O_FILEMAP", UV_FS_O_FILEMAP},
        {"UV_FS_O_TEMPORARY", 0},
        {"UV_FS_O_SHORT_LIVED", 0},
        {"UV_FS_O_SEQUENTIAL", 0},
        {"UV_FS_O_RANDOM", 0},
        {"O_NOCTTY", O_NOCTTY},
        {"O_TRUNC", O_TRUNC},
        {"O_APPEND", O_APPEND},
        {"O_DIRECTORY", O_DIRECTORY},
        {"O_NOATIME", O_NOATIME},
        {"O_NOFOLLOW", O_NOFOLLOW},
        {"O_SYNC", O_SYNC},
        {"O_DSYNC", O_DSYNC},
        {"O_DIRECT", O_DIRECT},
        {"O_NONBLOCK", O_NONBLOCK},
        {"S_IRWXU", S_IRWXU},
        {"S_IRUSR", S_IRUSR},
        {"S_IWUSR", S_IWUSR},
        {"S_IXUSR", S_IXUSR},
        {"S_IRWXG", S_IRWXG},
        {"S_IRGRP", S_IRGRP},
        {"S_IWGRP", S_IWGRP},
        {"S_IXGRP", S_IXGRP},
        {"S_IRWXO", S_IRWXO},
        {"S_IROTH", S_IROTH},
        {"S_IWOTH", S_IWOTH},
        {"S_IXOTH", S_IXOTH},
        {"F_OK", F_OK},
        {"R_OK", R_OK},
        {"W_OK", W_OK},
        {"X_OK", X_OK},
        {"UV_FS_COPYFILE_EXCL", UV_FS_COPYFILE_EXCL},
        {"COPYFILE_EXCL", UV_FS_COPYFILE_EXCL},
        {"UV_FS_COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE},
        {"COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE},
        {"UV_FS_COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE},
        {"COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE},
    };
    JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
    for (size_t i = 0; i < sizeof list / sizeof list[0]; i++)
        js_set_num(ctx, o, list[i].name, list[i].value);
    return o;
}

/* binding.makeFast() -> the object of host functions lib/ calls first
 * (binding.fast), or undefined when host functions are not available
 * (lib/ then uses the API functions alone). Made on first use rather
 * than with the binding: the engine's calibration (engine_fast_init)
 * costs about 0.8M instructions, which the CommonJS loader, reading
 * files through this binding at every start, need not pay. */
static JS_FN(fs_make_fast) {
    engine_fast_init(ctx);
    if (!engine_fast_hosts())
        return JSValueMakeUndefined(ctx);
    JSObjectRef fast = JSObjectMake(ctx, NULL, NULL);
    for (size_t i = 0; i < sizeof fs_fast_functions / sizeof *fs_fast_functions; i++)
        js_set(ctx, fast, fs_fast_functions[i].name,
               engine_fast_host(ctx, fs_fast_functions[i].name, fs_fast_functions[i].length, fs_fast_functions[i].fn));
    return fast;
}

JSObjectRef fs_binding(JSContextRef ctx) {
    fs_state_t *st = js_xmalloc(sizeof *st);
    memset(st, 0, sizeof *st);
    st->ctx = JSContextGetGlobalContext(ctx);
    JSValueRef exc = NULL;
    /* Each protected as soon as made: held only in st (heap memory the
     * collector does not scan), the first could go while the second is
     * allocated. */
    st->stat_array = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeFloat64Array, FS_STAT_FIELDS, &exc);
    CHECK(st->stat_array != NULL);
    JSValueProtect(ctx, st->stat_array);
    st->big_stat_array = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeBigInt64Array, FS_STAT_FIELDS, &exc);
    CHECK(st->big_stat_array != NULL);
    JSValueProtect(ctx, st->big_stat_array);
    st->stat_values = JSObjectGetTypedArrayBytesPtr(ctx, st->stat_array, &exc);
    st->big_stat_values = JSObjectGetTypedArrayBytesPtr(ctx, st->big_stat_array, &exc);
    CHECK(st->stat_values != NULL && st->big_stat_values != NULL);
    st->path_array = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeUint8Array, FS_PATH_BUFFER_SIZE, &exc);
    CHECK(st->path_array != NULL);
    JSValueProtect(ctx, st->path_array);
    st->path_bytes = JSObjectGetTypedArrayBytesPtr(ctx, st->path_array, &exc);
    CHECK(st->path_bytes != NULL);
    st->read_array = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeUint8Array, FS_READ_BUFFER_SIZE, &exc);
    CHECK(st->read_array != NULL);
    JSValueProtect(ctx, st->read_array);
    st->read_bytes = JSObjectGetTypedArrayBytesPtr(ctx, st->read_array, &exc);
    CHECK(st->read_bytes != NULL);
    runtime_set_binding_state(runtime_of(ctx), "fs", st, fs_state_cleanup);

    JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
    js_set_fn(ctx, b, "internalModuleStat", fs_internal_module_stat);
    js_set_fn(ctx, b, "readFileUtf8", fs_read_file_utf8);
    js_set_fn(ctx, b, "realpath", fs_realpath);
    js_set_fn(ctx, b, "writeAll", fs_write_all_fn);
    js_set_fn(ctx, b, "access", fs_access);
    js_set_fn(ctx, b, "open", fs_open);
    js_set_fn(ctx, b, "close", fs_close);
    js_set_fn(ctx, b, "read", fs_read);
    js_set_fn(ctx, b, "readChunk", fs_read_chunk);
    js_set_fn(ctx, b, "write", fs_write);
    js_set_fn(ctx, b, "readv", fs_readv);
    js_set_fn(ctx, b, "writev", fs_writev);
    js_set_fn(ctx, b, "stat", fs_stat);
    js_set_fn(ctx, b, "lstat", fs_lstat);
    js_set_fn(ctx, b, "fstat", fs_fstat);
    js_set_fn(ctx, b, "statfs", fs_statfs);
    js_set_fn(ctx, b, "rename", fs_rename);
    js_set_fn(ctx, b, "link", fs_link);
    js_set_fn(ctx, b, "symlink", fs_symlink);
    js_set_fn(ctx, b, "copyfile", fs_copyfile);
    js_set_fn(ctx, b, "readdir", fs_readdir);
    js_set_fn(ctx, b, "opendir", fs_opendir);
    js_set_fn(ctx, b, "dirRead", fs_dir_read);
    js_set_fn(ctx, b, "dirClose", fs_dir_close);
    js_set_fn(ctx, b, "mkdir", fs_mkdir);
    js_set_fn(ctx, b, "mkdtemp", fs_mkdtemp);
    js_set_fn(ctx, b, "rmdir", fs_rmdir);
    js_set_fn(ctx, b, "unlink", fs_unlink);
    js_set_fn(ctx, b, "readlink", fs_readlink);
    js_set_fn(ctx, b, "realpathNative", fs_realpath_native);
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
    js_set_fn(ctx, b, "writeFileBytes", fs_write_file_bytes);
    js_set_fn(ctx, b, "watch", fs_watch);
    js_set_fn(ctx, b, "watchFile", fs_watch_file);
    js_set_fn(ctx, b, "watchClose", fs_watch_close_fn);
    js_set_fn(ctx, b, "watchRef", fs_watch_ref);
    js_set(ctx, b, "constants", fs_constants(ctx));
    js_set(ctx, b, "pathBuffer", st->path_array);
    js_set(ctx, b, "readBuffer", st->read_array);
    js_set_fn(ctx, b, "fastError", fs_fast_error);
    js_set_fn(ctx, b, "makeFast", fs_make_fast);
    return b;
}
