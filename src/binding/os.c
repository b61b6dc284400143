/* internalBinding('os'): facts about the machine and the current user, for
 * node:os. Each function is one query; failures throw a libuv system error
 * (js_throw_uv) that lib/os.js turns into Node's ERR_SYSTEM_ERROR.
 *
 * Debian's libuv is 1.44; Node 24 bundles 1.52, whose answers differ in two
 * places, matched here by hand: cpus()'s speed and availableParallelism()'s
 * cgroup limit (see os_cpu_speed and os_cgroup_cpu_quota). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* secure_getenv, RTLD_DEEPBIND */
#endif
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bindings.h"

/* A string from bytes the system gave us, which need not be UTF-8: ill-formed
 * sequences become U+FFFD, as in Node. s[strlen(s)] is the terminator that
 * js_string_from_utf8 may write, so s must be writable. */
static JSValueRef os_str(JSContextRef ctx, char *s) {
    JSStringRef str = js_string_from_utf8(s, strlen(s));
    JSValueRef v = JSValueMakeString(ctx, str);
    JSStringRelease(str);
    return v;
}

/* Stores n values at arr[at...]. Values are built on the stack and stored
 * in the array at once: the collector scans the stack, not malloc'd memory,
 * so an array of JSValueRefs on the heap would not keep them alive. */
static bool os_store(JSContextRef ctx, JSObjectRef arr, size_t at, const JSValueRef *v, size_t n,
                     JSValueRef *exc) {
    for (size_t i = 0; i < n; i++) {
        JSObjectSetPropertyAtIndex(ctx, arr, (unsigned)(at + i), v[i], exc);
        if (*exc)
            return false;
    }
    return true;
}

/* Reads a small file whole into buf (NUL-terminated, cut at size - 1 bytes):
 * the byte count, or a negative libuv error. */
static ssize_t os_read_file(const char *path, char *buf, size_t size) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -errno;
    size_t n = 0;
    ssize_t result = 0;
    while (n + 1 < size) {
        ssize_t r = read(fd, buf + n, size - 1 - n);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0)
            result = -errno;
        if (r <= 0)
            break;
        n += (size_t)r;
    }
    close(fd);
    buf[n] = 0;
    return result < 0 ? result : (ssize_t)n;
}

/* The current frequency of CPU `cpu` in MHz, or 0 when the kernel has no
 * cpufreq driver for it. libuv 1.44 falls back to "cpu MHz" in /proc/cpuinfo;
 * Node 24's libuv reports 0 instead, and os.cpus() must agree with Node. */
static int os_cpu_speed(unsigned cpu) {
    char path[96], buf[64];
    snprintf(path, sizeof path, "/sys/devices/system/cpu/cpu%u/cpufreq/scaling_cur_freq", cpu);
    if (os_read_file(path, buf, sizeof buf) <= 0)
        return 0;
    unsigned long long khz = strtoull(buf, NULL, 10);
    return (int)(khz / 1000);
}

/* The numbers of the online CPUs, in the order of /proc/stat's cpuN lines,
 * which is the order uv_cpu_info reports them in. Fills at most n; returns
 * how many it found. */
static size_t os_cpu_numbers(unsigned *nums, size_t n) {
    FILE *f = fopen("/proc/stat", "re");
    if (!f)
        return 0;
    char line[512];
    size_t k = 0;
    while (k < n && fgets(line, sizeof line, f)) {
        unsigned cpu;
        if (strncmp(line, "cpu", 3) != 0)
            break;
        if (sscanf(line, "cpu%u ", &cpu) == 1)
            nums[k++] = cpu;
        /* A long line continues past the buffer: skip its rest. */
        while (!strchr(line, '\n') && fgets(line, sizeof line, f))
            ;
    }
    fclose(f);
    return k;
}

/* binding.cpus() -> [model, speed, user, nice, sys, idle, irq, ...], seven
 * values per logical CPU (times in milliseconds); [] when libuv cannot read
 * them, as Node's os.cpus() returns then. */
static JS_FN(os_cpus) {
    uv_cpu_info_t *info;
    int count;
    if (uv_cpu_info(&info, &count) != 0)
        return JSObjectMakeArray(ctx, 0, NULL, exc);
    size_t n = (size_t)count;
    unsigned *nums = js_xmalloc(n * sizeof *nums);
    bool mapped = os_cpu_numbers(nums, n) == n;
    JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, exc);
    for (size_t i = 0; arr && i < n; i++) {
        JSValueRef v[7] = {
            os_str(ctx, info[i].model),
            JSValueMakeNumber(ctx, os_cpu_speed(mapped ? nums[i] : (unsigned)i)),
            JSValueMakeNumber(ctx, (double)info[i].cpu_times.user),
            JSValueMakeNumber(ctx, (double)info[i].cpu_times.nice),
            JSValueMakeNumber(ctx, (double)info[i].cpu_times.sys),
            JSValueMakeNumber(ctx, (double)info[i].cpu_times.idle),
            JSValueMakeNumber(ctx, (double)info[i].cpu_times.irq),
        };
        if (!os_store(ctx, arr, i * 7, v, 7, exc))
            arr = NULL;
    }
    free(nums);
    uv_free_cpu_info(info, count);
    return arr;
}

static JS_FN(os_total_mem) {
    return JSValueMakeNumber(ctx, (double)uv_get_total_memory());
}

static JS_FN(os_free_mem) {
    return JSValueMakeNumber(ctx, (double)uv_get_free_memory());
}

/* The whole CPUs the cgroup v2 "cpu.max" limits allow this process, the
 * tightest over its cgroup and every ancestor; 0 when none is set. Node 24's
 * libuv clamps uv_available_parallelism() by this; 1.44's does not. A limit
 * below one CPU reads as 0, and so does not clamp (libuv divides the same
 * way). cgroup v1 quotas are not read: Node 24's libuv looks for them under
 * a path the usual v1 mounts do not have, so in practice it finds none. */
static long long os_cgroup_cpu_quota(void) {
    char self[1024];
    if (os_read_file("/proc/self/cgroup", self, sizeof self) < 0 || strncmp(self, "0::/", 4) != 0)
        return 0;
    char dir[PATH_MAX];
    int len = (int)strcspn(self + 4, "\n");
    if (snprintf(dir, sizeof dir, "/sys/fs/cgroup/%.*s", len, self + 4) >= (int)sizeof dir)
        return 0;
    size_t root = strlen("/sys/fs/cgroup");
    long long best = -1;
    for (;;) {
        char path[PATH_MAX + 16], buf[64];
        long long limit, period;
        snprintf(path, sizeof path, "%s/cpu.max", dir);
        if (os_read_file(path, buf, sizeof buf) > 0 && strncmp(buf, "max", 3) != 0 &&
            sscanf(buf, "%lld %lld", &limit, &period) == 2 && period > 0) {
            long long q = limit / period;
            if (best < 0 || q < best)
                best = q;
        }
        char *slash = strrchr(dir, '/');
        if (strlen(dir) <= root || !slash)
            break;
        *slash = 0;
    }
    return best < 0 ? 0 : best;
}

static JS_FN(os_available_parallelism) {
    unsigned n = uv_available_parallelism();
    long long quota = os_cgroup_cpu_quota();
    if (quota > 0 && quota < (long long)n)
        n = (unsigned)quota;
    return JSValueMakeNumber(ctx, n);
}

/* binding.loadavg(out): fills out (a Float64Array of 3). */
static JS_FN(os_loadavg) {
    double avg[3] = {0, 0, 0};
    uv_loadavg(avg);
    double *out = JSObjectGetTypedArrayBytesPtr(ctx, (JSObjectRef)JS_ARG(0), exc);
    CHECK(out != NULL);
    memcpy(out, avg, sizeof avg);
    return JSValueMakeUndefined(ctx);
}

static JS_FN(os_uptime) {
    double t;
    int r = uv_uptime(&t);
    if (r < 0)
        return js_throw_uv(ctx, exc, r, "uv_uptime", NULL, NULL);
    return JSValueMakeNumber(ctx, t);
}

/* The length of the leading run of one bits in a netmask, or -1 when the
 * mask is not such a run followed by zeros (Node's cidr is null then). */
static int os_prefix_length(const unsigned char *mask, size_t n) {
    int bits = 0;
    size_t i = 0;
    for (; i < n && mask[i] == 0xff; i++)
        bits += 8;
    if (i < n) {
        unsigned char b = mask[i++];
        while (b & 0x80) {
            bits++;
            b = (unsigned char)(b << 1);
        }
        if (b)
            return -1;
    }
    for (; i < n; i++)
        if (mask[i])
            return -1;
    return bits;
}

enum { OS_IFACE_FIELDS = 8 };

/* binding.interfaceAddresses() -> [name, address, netmask, family, mac,
 * internal, scopeid, prefix, ...], eight values per address; scopeid is -1
 * for IPv4, prefix -1 for a netmask that is not contiguous. */
static JS_FN(os_interface_addresses) {
    uv_interface_address_t *ifs;
    int count;
    int r = uv_interface_addresses(&ifs, &count);
    if (r < 0)
        return js_throw_uv(ctx, exc, r, "uv_interface_addresses", NULL, NULL);
    size_t n = (size_t)count;
    JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, exc);
    for (size_t i = 0; arr && i < n; i++) {
        uv_interface_address_t *a = &ifs[i];
        JSValueRef v[OS_IFACE_FIELDS];
        char addr[INET6_ADDRSTRLEN] = "", mask[INET6_ADDRSTRLEN] = "", mac[18];
        const unsigned char *p = (const unsigned char *)a->phys_addr;
        snprintf(mac, sizeof mac, "%02x:%02x:%02x:%02x:%02x:%02x", p[0], p[1], p[2], p[3], p[4],
                 p[5]);
        int scopeid = -1, prefix;
        const char *family;
        if (a->address.address4.sin_family == AF_INET6) {
            uv_ip6_name(&a->address.address6, addr, sizeof addr);
            uv_ip6_name(&a->netmask.netmask6, mask, sizeof mask);
            family = "IPv6";
            scopeid = (int)a->address.address6.sin6_scope_id;
            prefix = os_prefix_length(a->netmask.netmask6.sin6_addr.s6_addr, 16);
        } else {
            uv_ip4_name(&a->address.address4, addr, sizeof addr);
            uv_ip4_name(&a->netmask.netmask4, mask, sizeof mask);
            family = "IPv4";
            prefix = os_prefix_length((const unsigned char *)&a->netmask.netmask4.sin_addr, 4);
        }
        v[0] = os_str(ctx, a->name);
        v[1] = js_str(ctx, addr);
        v[2] = js_str(ctx, mask);
        v[3] = js_str(ctx, family);
        v[4] = js_str(ctx, mac);
        v[5] = JSValueMakeBoolean(ctx, a->is_internal);
        v[6] = JSValueMakeNumber(ctx, scopeid);
        v[7] = JSValueMakeNumber(ctx, prefix);
        if (!os_store(ctx, arr, i * OS_IFACE_FIELDS, v, OS_IFACE_FIELDS, exc))
            arr = NULL;
    }
    uv_free_interface_addresses(ifs, count);
    return arr;
}

static void os_free_bytes(void *bytes, void *unused) {
    free(bytes);
}

/* A string, or with asBytes its UTF-8 bytes in a new ArrayBuffer (for
 * userInfo's other encodings, which JS applies). */
static JSValueRef os_text(JSContextRef ctx, char *s, bool as_bytes, JSValueRef *exc) {
    if (!as_bytes)
        return os_str(ctx, s);
    size_t n = strlen(s);
    char *copy = js_xmalloc(n ? n : 1);
    memcpy(copy, s, n);
    /* From here the engine owns copy, and frees it even if this fails. */
    return JSObjectMakeArrayBufferWithBytesNoCopy(ctx, copy, n, os_free_bytes, NULL, exc);
}

/* binding.userInfo(asBytes) -> [uid, gid, username, homedir, shell] of the
 * effective user; shell is null when the system has none. With asBytes the
 * strings come as ArrayBuffers of their bytes. */
static JS_FN(os_user_info) {
    bool as_bytes = JSValueToBoolean(ctx, JS_ARG(0));
    uv_passwd_t pwd;
    int r = uv_os_get_passwd(&pwd);
    if (r < 0)
        return js_throw_uv(ctx, exc, r, "uv_os_get_passwd", NULL, NULL);
    JSValueRef v[5] = {JSValueMakeNumber(ctx, (double)pwd.uid),
                       JSValueMakeNumber(ctx, (double)pwd.gid), NULL, NULL,
                       JSValueMakeNull(ctx)};
    JSObjectRef arr = NULL;
    if (!(v[2] = os_text(ctx, pwd.username, as_bytes, exc)))
        goto out;
    if (!(v[3] = os_text(ctx, pwd.homedir, as_bytes, exc)))
        goto out;
    if (pwd.shell && !(v[4] = os_text(ctx, pwd.shell, as_bytes, exc)))
        goto out;
    arr = JSObjectMakeArray(ctx, 5, v, exc);
out:
    uv_os_free_passwd(&pwd);
    return arr;
}

/* binding.homedir() -> $HOME, or the user's home directory from the
 * password database when HOME is unset (an empty HOME is returned as is). */
static JS_FN(os_homedir) {
    char small[PATH_MAX];
    char *buf = small;
    size_t size = sizeof small;
    int r = uv_os_homedir(buf, &size);
    if (r == UV_ENOBUFS) {
        buf = js_xmalloc(size);
        r = uv_os_homedir(buf, &size);
    }
    JSValueRef v = r < 0 ? js_throw_uv(ctx, exc, r, "uv_os_homedir", NULL, NULL) : os_str(ctx, buf);
    if (buf != small)
        free(buf);
    return v;
}

/* binding.tmpdir() -> the first non-empty of TMPDIR, TMP and TEMP without
 * one trailing slash, or '/tmp'. These are Node's rules, not libuv's
 * uv_os_tmpdir (which also reads TEMPDIR and accepts empty values). Like
 * Node, a set-user-ID process ignores the environment (secure_getenv). */
static JS_FN(os_tmpdir) {
    static const char *const names[] = {"TMPDIR", "TMP", "TEMP"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        const char *dir = secure_getenv(names[i]);
        if (!dir || !*dir)
            continue;
        size_t n = strlen(dir);
        if (n > 1 && dir[n - 1] == '/')
            n--;
        char *copy = js_xmalloc(n + 1);
        memcpy(copy, dir, n);
        copy[n] = 0;
        JSValueRef v = os_str(ctx, copy);
        free(copy);
        return v;
    }
    return js_str(ctx, "/tmp");
}

static JS_FN(os_hostname) {
    char buf[UV_MAXHOSTNAMESIZE];
    size_t size = sizeof buf;
    int r = uv_os_gethostname(buf, &size);
    if (r < 0)
        return js_throw_uv(ctx, exc, r, "uv_os_gethostname", NULL, NULL);
    return os_str(ctx, buf);
}

/* binding.uname() -> [sysname, version, release, machine]. */
static JS_FN(os_uname) {
    uv_utsname_t u;
    int r = uv_os_uname(&u);
    if (r < 0)
        return js_throw_uv(ctx, exc, r, "uv_os_uname", NULL, NULL);
    JSValueRef v[4] = {os_str(ctx, u.sysname), os_str(ctx, u.version), os_str(ctx, u.release),
                       os_str(ctx, u.machine)};
    return JSObjectMakeArray(ctx, 4, v, exc);
}

static JS_FN(os_get_priority) {
    int priority;
    int r = uv_os_getpriority(js_int(ctx, JS_ARG(0)), &priority);
    if (r < 0)
        return js_throw_uv(ctx, exc, r, "uv_os_getpriority", NULL, NULL);
    return JSValueMakeNumber(ctx, priority);
}

static JS_FN(os_set_priority) {
    int r = uv_os_setpriority(js_int(ctx, JS_ARG(0)), js_int(ctx, JS_ARG(1)));
    if (r < 0)
        return js_throw_uv(ctx, exc, r, "uv_os_setpriority", NULL, NULL);
    return JSValueMakeUndefined(ctx);
}

/* ---- os.constants ------------------------------------------------------------ */

typedef struct {
    const char *name;
    int value;
} os_constant_t;

#define OS_C(name) {#name, name}

/* In the order Node lists them, which users see when they print the object. */
static const os_constant_t os_errno[] = {
    OS_C(E2BIG), OS_C(EACCES), OS_C(EADDRINUSE), OS_C(EADDRNOTAVAIL), OS_C(EAFNOSUPPORT),
    OS_C(EAGAIN), OS_C(EALREADY), OS_C(EBADF), OS_C(EBADMSG), OS_C(EBUSY), OS_C(ECANCELED),
    OS_C(ECHILD), OS_C(ECONNABORTED), OS_C(ECONNREFUSED), OS_C(ECONNRESET), OS_C(EDEADLK),
    OS_C(EDESTADDRREQ), OS_C(EDOM), OS_C(EDQUOT), OS_C(EEXIST), OS_C(EFAULT), OS_C(EFBIG),
    OS_C(EHOSTUNREACH), OS_C(EIDRM), OS_C(EILSEQ), OS_C(EINPROGRESS), OS_C(EINTR), OS_C(EINVAL),
    OS_C(EIO), OS_C(EISCONN), OS_C(EISDIR), OS_C(ELOOP), OS_C(EMFILE), OS_C(EMLINK),
    OS_C(EMSGSIZE), OS_C(EMULTIHOP), OS_C(ENAMETOOLONG), OS_C(ENETDOWN), OS_C(ENETRESET),
    OS_C(ENETUNREACH), OS_C(ENFILE), OS_C(ENOBUFS), OS_C(ENODATA), OS_C(ENODEV), OS_C(ENOENT),
    OS_C(ENOEXEC), OS_C(ENOLCK), OS_C(ENOLINK), OS_C(ENOMEM), OS_C(ENOMSG), OS_C(ENOPROTOOPT),
    OS_C(ENOSPC), OS_C(ENOSR), OS_C(ENOSTR), OS_C(ENOSYS), OS_C(ENOTCONN), OS_C(ENOTDIR),
    OS_C(ENOTEMPTY), OS_C(ENOTSOCK), OS_C(ENOTSUP), OS_C(ENOTTY), OS_C(ENXIO), OS_C(EOPNOTSUPP),
    OS_C(EOVERFLOW), OS_C(EPERM), OS_C(EPIPE), OS_C(EPROTO), OS_C(EPROTONOSUPPORT),
    OS_C(EPROTOTYPE), OS_C(ERANGE), OS_C(EROFS), OS_C(ESPIPE), OS_C(ESRCH), OS_C(ESTALE),
    OS_C(ETIME), OS_C(ETIMEDOUT), OS_C(ETXTBSY), OS_C(EWOULDBLOCK), OS_C(EXDEV),
};

static const os_constant_t os_signals[] = {
    OS_C(SIGHUP), OS_C(SIGINT), OS_C(SIGQUIT), OS_C(SIGILL), OS_C(SIGTRAP), OS_C(SIGABRT),
    OS_C(SIGIOT), OS_C(SIGBUS), OS_C(SIGFPE), OS_C(SIGKILL), OS_C(SIGUSR1), OS_C(SIGSEGV),
    OS_C(SIGUSR2), OS_C(SIGPIPE), OS_C(SIGALRM), OS_C(SIGTERM), OS_C(SIGCHLD), OS_C(SIGSTKFLT),
    OS_C(SIGCONT), OS_C(SIGSTOP), OS_C(SIGTSTP), OS_C(SIGTTIN), OS_C(SIGTTOU), OS_C(SIGURG),
    OS_C(SIGXCPU), OS_C(SIGXFSZ), OS_C(SIGVTALRM), OS_C(SIGPROF), OS_C(SIGWINCH), OS_C(SIGIO),
    OS_C(SIGPOLL), OS_C(SIGPWR), OS_C(SIGSYS),
};

static const os_constant_t os_priority[] = {
    {"PRIORITY_LOW", UV_PRIORITY_LOW},
    {"PRIORITY_BELOW_NORMAL", UV_PRIORITY_BELOW_NORMAL},
    {"PRIORITY_NORMAL", UV_PRIORITY_NORMAL},
    {"PRIORITY_ABOVE_NORMAL", UV_PRIORITY_ABOVE_NORMAL},
    {"PRIORITY_HIGH", UV_PRIORITY_HIGH},
    {"PRIORITY_HIGHEST", UV_PRIORITY_HIGHEST},
};

static const os_constant_t os_dlopen[] = {
    OS_C(RTLD_LAZY), OS_C(RTLD_NOW), OS_C(RTLD_GLOBAL), OS_C(RTLD_LOCAL), OS_C(RTLD_DEEPBIND),
};

/* As Node defines each constant: read-only and not deletable, though the
 * objects holding them stay extensible (lib/os.js freezes `signals`). */
static void os_define_constant(JSContextRef ctx, JSObjectRef obj, const char *name, int value) {
    JSStringRef n = JSStringCreateWithUTF8CString(name);
    JSValueRef e = NULL;
    JSObjectSetProperty(ctx, obj, n, JSValueMakeNumber(ctx, value),
                        kJSPropertyAttributeReadOnly | kJSPropertyAttributeDontDelete, &e);
    JSStringRelease(n);
    CHECK(e == NULL);
}

static JSObjectRef os_null_proto_object(JSContextRef ctx) {
    JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
    JSObjectSetPrototype(ctx, o, JSValueMakeNull(ctx));
    return o;
}

static JSObjectRef os_constant_group(JSContextRef ctx, const os_constant_t *c, size_t n) {
    JSObjectRef o = os_null_proto_object(ctx);
    for (size_t i = 0; i < n; i++)
        os_define_constant(ctx, o, c[i].name, c[i].value);
    return o;
}

#define OS_GROUP(ctx, table) os_constant_group(ctx, table, sizeof table / sizeof table[0])

static JSObjectRef os_constants(JSContextRef ctx) {
    JSObjectRef c = os_null_proto_object(ctx);
    os_define_constant(ctx, c, "UV_UDP_REUSEADDR", UV_UDP_REUSEADDR);
    js_set(ctx, c, "dlopen", OS_GROUP(ctx, os_dlopen));
    js_set(ctx, c, "errno", OS_GROUP(ctx, os_errno));
    js_set(ctx, c, "signals", OS_GROUP(ctx, os_signals));
    js_set(ctx, c, "priority", OS_GROUP(ctx, os_priority));
    return c;
}

JSObjectRef os_binding(JSContextRef ctx) {
    JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
    js_set_fn(ctx, b, "cpus", os_cpus);
    js_set_fn(ctx, b, "totalMem", os_total_mem);
    js_set_fn(ctx, b, "freeMem", os_free_mem);
    js_set_fn(ctx, b, "availableParallelism", os_available_parallelism);
    js_set_fn(ctx, b, "loadavg", os_loadavg);
    js_set_fn(ctx, b, "uptime", os_uptime);
    js_set_fn(ctx, b, "interfaceAddresses", os_interface_addresses);
    js_set_fn(ctx, b, "userInfo", os_user_info);
    js_set_fn(ctx, b, "homedir", os_homedir);
    js_set_fn(ctx, b, "tmpdir", os_tmpdir);
    js_set_fn(ctx, b, "hostname", os_hostname);
    js_set_fn(ctx, b, "uname", os_uname);
    js_set_fn(ctx, b, "getPriority", os_get_priority);
    js_set_fn(ctx, b, "setPriority", os_set_priority);
    const uint16_t probe = 1;
    js_set(ctx, b, "isBigEndian", JSValueMakeBoolean(ctx, *(const uint8_t *)&probe == 0));
    js_set(ctx, b, "constants", os_constants(ctx));
    return b;
}
