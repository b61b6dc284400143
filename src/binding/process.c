/* internalBinding('process'): facts and controls of this process. */
#define _GNU_SOURCE /* RUSAGE_THREAD */
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gnu/libc-version.h>
#include <link.h>

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
    JSValueRef result = JSValueMakeUndefined(ctx);
    if (r < 0) {
        /* Node names both directories: chdir '<cwd>' -> '<dir>'. */
        char cwd[4096];
        size_t n = sizeof cwd;
        if (uv_cwd(cwd, &n) != 0)
            cwd[0] = 0;
        result = js_throw_uv(ctx, exc, r, "chdir", cwd, dir.s);
    }
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

extern JSObjectRef JSGetMemoryUsageStatistics(JSContextRef ctx);

/* binding.memoryUsage(out): fills out (a Float64Array of 5) with rss,
 * heapTotal, heapUsed, external, arrayBuffers. The engine's heap figures
 * come from its statistics; "external" is its extra memory (array buffer
 * stores and strings kept outside the heap), which is also the best measure
 * of arrayBuffers it offers. */
static JS_FN(process_memory_usage) {
    size_t rss = 0;
    int r = uv_resident_set_memory(&rss);
    if (r < 0)
        return js_throw_uv(ctx, exc, r, "uv_resident_set_memory", NULL, NULL);
    JSObjectRef stats = JSGetMemoryUsageStatistics(ctx);
    double total = js_num(ctx, js_get(ctx, stats, "heapCapacity"));
    double used = js_num(ctx, js_get(ctx, stats, "heapSize"));
    double extra = js_num(ctx, js_get(ctx, stats, "extraMemorySize"));
    /* Taken after the calls above, which allocate and may collect. */
    double *out = JSObjectGetTypedArrayBytesPtr(ctx, (JSObjectRef)JS_ARG(0), exc);
    CHECK(out != NULL);
    out[0] = (double)rss;
    out[1] = total;
    out[2] = used;
    out[3] = extra;
    out[4] = extra;
    return JSValueMakeUndefined(ctx);
}

static JS_FN(process_rss) {
    size_t rss = 0;
    int r = uv_resident_set_memory(&rss);
    if (r < 0)
        return js_throw_uv(ctx, exc, r, "uv_resident_set_memory", NULL, NULL);
    return JSValueMakeNumber(ctx, (double)rss);
}

/* binding.resourceUsage(out): fills a Float64Array of 16 from getrusage,
 * in the order of Node's process.resourceUsage(); [0] and [1] are the user
 * and system CPU times in microseconds (cpuUsage reads those two). */
static JS_FN(process_resource_usage) {
    double *out = JSObjectGetTypedArrayBytesPtr(ctx, (JSObjectRef)JS_ARG(0), exc);
    CHECK(out != NULL);
    uv_rusage_t ru;
    int r = uv_getrusage(&ru);
    if (r < 0)
        return js_throw_uv(ctx, exc, r, "uv_getrusage", NULL, NULL);
    out[0] = (double)ru.ru_utime.tv_sec * 1e6 + (double)ru.ru_utime.tv_usec;
    out[1] = (double)ru.ru_stime.tv_sec * 1e6 + (double)ru.ru_stime.tv_usec;
    out[2] = (double)ru.ru_maxrss;
    out[3] = (double)ru.ru_ixrss;
    out[4] = (double)ru.ru_idrss;
    out[5] = (double)ru.ru_isrss;
    out[6] = (double)ru.ru_minflt;
    out[7] = (double)ru.ru_majflt;
    out[8] = (double)ru.ru_nswap;
    out[9] = (double)ru.ru_inblock;
    out[10] = (double)ru.ru_oublock;
    out[11] = (double)ru.ru_msgsnd;
    out[12] = (double)ru.ru_msgrcv;
    out[13] = (double)ru.ru_nsignals;
    out[14] = (double)ru.ru_nvcsw;
    out[15] = (double)ru.ru_nivcsw;
    return JSValueMakeUndefined(ctx);
}

/* binding.milestones() -> the runtime's start milestones (runtime.h), in
 * uv_hrtime() nanoseconds, 0 where not reached yet. */
static JS_FN(process_milestones) {
    const double *ms = runtime_milestones(runtime_of(ctx));
    JSObjectRef arr = js_array_new(ctx);
    for (size_t i = 0; i < RUNTIME_MILESTONES; i++)
        js_array_set(ctx, arr, i, JSValueMakeNumber(ctx, ms[i]));
    return arr;
}

/* binding.threadCpuUsage(out): the calling thread's user and system CPU
 * times in microseconds into out[0] and out[1] (getrusage RUSAGE_THREAD). */
static JS_FN(process_thread_cpu_usage) {
    double *out = JSObjectGetTypedArrayBytesPtr(ctx, (JSObjectRef)JS_ARG(0), exc);
    CHECK(out != NULL);
    struct rusage ru;
    if (getrusage(RUSAGE_THREAD, &ru) != 0)
        return js_throw_uv(ctx, exc, uv_translate_sys_error(errno), "getrusage", NULL, NULL);
    out[0] = (double)ru.ru_utime.tv_sec * 1e6 + (double)ru.ru_utime.tv_usec;
    out[1] = (double)ru.ru_stime.tv_sec * 1e6 + (double)ru.ru_stime.tv_usec;
    return JSValueMakeUndefined(ctx);
}

/* binding.umask(mask) -> the previous mask; a negative mask only reads. */
static JS_FN(process_umask) {
    int mask = js_int(ctx, JS_ARG(0));
    mode_t old;
    if (mask < 0) {
        old = umask(0);
        umask(old);
    } else {
        old = umask((mode_t)mask);
    }
    return JSValueMakeNumber(ctx, old);
}

/* binding.activeWraps(requests) -> [object, name, ...]: the pending
 * requests, or the ref'd handles, oldest first (runtime_active_wraps). */
static JS_FN(process_active_wraps) {
    return runtime_active_wraps(ctx, JSValueToBoolean(ctx, JS_ARG(0)), exc);
}

/* binding.kill(pid, signal) -> 0 or a negative errno (JS makes the error,
 * whose message Node words as "kill ESRCH"). */
static JS_FN(process_kill) {
    int r = uv_kill(js_int(ctx, JS_ARG(0)), js_int(ctx, JS_ARG(1)));
    return JSValueMakeNumber(ctx, r);
}

static JS_FN(process_abort) {
    fflush(stdout);
    fflush(stderr);
    abort();
}

/* Strings of a JS array (lib/ checked that each is one, without NUL), as
 * a NULL-terminated vector for execve. */
static char **process_string_vector(JSContextRef ctx, JSValueRef v, JSValueRef *exc) {
    bool ok;
    char **list = js_string_list(ctx, v, exc, &ok);
    if (!ok)
        return NULL;
    if (!list) {
        list = js_xmalloc(sizeof *list);
        list[0] = NULL;
    }
    return list;
}

static void process_free_vector(char **list) {
    if (!list)
        return;
    for (char **p = list; *p; p++)
        free(*p);
    free(list);
}

/* binding.execve(file, args, env) replaces the process with file run with
 * args (argv, as given) and env (["K=V", ...]); only a failure returns:
 * the error's code name ('ENOENT'). Before the call the process is put
 * back as a new program expects it: stdio flushed and blocking, the tty's
 * mode restored, SIGPIPE and SIGXFSZ no longer ignored (kiln ignores them,
 * and an ignored signal stays ignored across exec). Descriptors libuv and
 * the engine opened are close-on-exec. */
static JS_FN(process_execve) {
    js_cstr file;
    if (!js_cstr_get(ctx, JS_ARG(0), &file, exc))
        return NULL;
    char **args = process_string_vector(ctx, JS_ARG(1), exc);
    char **env = args ? process_string_vector(ctx, JS_ARG(2), exc) : NULL;
    if (!args || !env) {
        process_free_vector(args);
        js_cstr_free(&file);
        return NULL;
    }
    fflush(stdout);
    fflush(stderr);
    uv_tty_reset_mode();
    int flags[3];
    for (int fd = 0; fd < 3; fd++) {
        flags[fd] = fcntl(fd, F_GETFL);
        if (flags[fd] >= 0 && (flags[fd] & O_NONBLOCK))
            fcntl(fd, F_SETFL, flags[fd] & ~O_NONBLOCK);
    }
    signal(SIGPIPE, SIG_DFL);
    signal(SIGXFSZ, SIG_DFL);
    execve(file.s, args, env);
    int err = errno;
    signal(SIGPIPE, SIG_IGN);
    signal(SIGXFSZ, SIG_IGN);
    for (int fd = 0; fd < 3; fd++)
        if (flags[fd] >= 0)
            fcntl(fd, F_SETFL, flags[fd]);
    process_free_vector(args);
    process_free_vector(env);
    js_cstr_free(&file);
    return js_str(ctx, uv_err_name(uv_translate_sys_error(err)));
}

static JS_FN(process_get_title) {
    char buf[4096];
    int r = uv_get_process_title(buf, sizeof buf);
    if (r < 0)
        return js_throw_uv(ctx, exc, r, "uv_get_process_title", NULL, NULL);
    return js_str(ctx, buf);
}

static JS_FN(process_set_title) {
    js_cstr t;
    if (!js_cstr_get(ctx, JS_ARG(0), &t, exc))
        return NULL;
    uv_set_process_title(t.s);
    js_cstr_free(&t);
    return JSValueMakeUndefined(ctx);
}

/* binding.getIds() -> [uid, euid, gid, egid]. */
static JS_FN(process_get_ids) {
    JSValueRef ids[4] = {JSValueMakeNumber(ctx, getuid()), JSValueMakeNumber(ctx, geteuid()),
                         JSValueMakeNumber(ctx, getgid()), JSValueMakeNumber(ctx, getegid())};
    return JSObjectMakeArray(ctx, 4, ids, exc);
}

static JS_FN(process_get_groups) {
    int n = getgroups(0, NULL);
    if (n < 0)
        return js_throw_uv(ctx, exc, -errno, "getgroups", NULL, NULL);
    gid_t *groups = js_xmalloc(((size_t)n + 1) * sizeof *groups);
    n = getgroups(n, groups);
    if (n < 0) {
        free(groups);
        return js_throw_uv(ctx, exc, -errno, "getgroups", NULL, NULL);
    }
    /* Node adds the effective group when the list lacks it. */
    gid_t egid = getegid();
    int has = 0;
    for (int i = 0; i < n; i++)
        has |= groups[i] == egid;
    if (!has)
        groups[n++] = egid;
    JSValueRef *vals = js_xmalloc((size_t)n * sizeof *vals);
    for (int i = 0; i < n; i++)
        vals[i] = JSValueMakeNumber(ctx, groups[i]);
    JSObjectRef arr = JSObjectMakeArray(ctx, (size_t)n, vals, exc);
    free(vals);
    free(groups);
    return arr;
}

/* binding.lookupId(name, isGroup) -> the uid or gid of a user or group
 * name, or -1 when there is none. */
static JS_FN(process_lookup_id) {
    js_cstr name;
    if (!js_cstr_get(ctx, JS_ARG(0), &name, exc))
        return NULL;
    double id = -1;
    char buf[16384];
    if (JSValueToBoolean(ctx, JS_ARG(1))) {
        struct group g, *res = NULL;
        if (getgrnam_r(name.s, &g, buf, sizeof buf, &res) == 0 && res)
            id = res->gr_gid;
    } else {
        struct passwd pw, *res = NULL;
        if (getpwnam_r(name.s, &pw, buf, sizeof buf, &res) == 0 && res)
            id = res->pw_uid;
    }
    js_cstr_free(&name);
    return JSValueMakeNumber(ctx, id);
}

/* binding.strerror(errno) -> the C library's text for a (positive) errno,
 * which Node puts in the messages of its credential calls. */
static JS_FN(process_strerror) {
    char buf[256];
    int err = js_int(ctx, JS_ARG(0));
    const char *text = strerror_r(err, buf, sizeof buf); /* GNU: may return a static string */
    return js_str(ctx, text);
}

/* binding.setId(which, id) -> 0 or a negative errno; which is 0 setuid,
 * 1 seteuid, 2 setgid, 3 setegid. */
static JS_FN(process_set_id) {
    int which = js_int(ctx, JS_ARG(0));
    double id = js_num(ctx, JS_ARG(1));
    int r;
    switch (which) {
    case 0: r = setuid((uid_t)id); break;
    case 1: r = seteuid((uid_t)id); break;
    case 2: r = setgid((gid_t)id); break;
    default: r = setegid((gid_t)id); break;
    }
    return JSValueMakeNumber(ctx, r < 0 ? -errno : 0);
}

/* binding.setGroups([gid...]) -> 0 or a negative errno. */
static JS_FN(process_set_groups) {
    JSObjectRef arr = (JSObjectRef)JS_ARG(0);
    size_t n = (size_t)js_num(ctx, js_get(ctx, arr, "length"));
    gid_t *groups = js_xmalloc((n + 1) * sizeof *groups);
    for (size_t i = 0; i < n; i++)
        groups[i] = (gid_t)js_num(ctx, JSObjectGetPropertyAtIndex(ctx, arr, (unsigned)i, NULL));
    int r = setgroups(n, groups);
    free(groups);
    return JSValueMakeNumber(ctx, r < 0 ? -errno : 0);
}

/* binding.initgroups(user, gid) -> 0 or a negative errno. */
static JS_FN(process_initgroups) {
    js_cstr user;
    if (!js_cstr_get(ctx, JS_ARG(0), &user, exc))
        return NULL;
    int r = initgroups(user.s, (gid_t)js_num(ctx, JS_ARG(1)));
    js_cstr_free(&user);
    return JSValueMakeNumber(ctx, r < 0 ? -errno : 0);
}

static JS_FN(process_constrained_memory) {
    return JSValueMakeNumber(ctx, (double)uv_get_constrained_memory());
}

/* The memory the process may still use: what the system has free, and no
 * more than what its cgroup limit leaves (libuv 1.44 has no call for it). */
static JS_FN(process_available_memory) {
    double avail = (double)uv_get_free_memory();
    double limit = (double)uv_get_constrained_memory();
    if (limit > 0) {
        size_t rss = 0;
        if (uv_resident_set_memory(&rss) == 0 && limit - (double)rss < avail)
            avail = limit > (double)rss ? limit - (double)rss : 0;
    }
    return JSValueMakeNumber(ctx, avail);
}

/* binding.dlopen(filename, flags) -> undefined, or the loader's message.
 * Symbols are bound now (RTLD_NOW added to the caller's flags): an addon
 * needs Node's native API, which kiln does not export, and with lazy
 * binding its first call into that API would end the process. Loaded
 * files are closed again, as nothing in them can register with kiln. */
static JSValueRef process_dlopen(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                 size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    js_cstr path;
    if (!js_cstr_get(ctx, argv[0], &path, exc))
        return NULL;
    int flags = (int)JSValueToNumber(ctx, argv[1], NULL);
    dlerror();
    if (flags & (RTLD_LAZY | RTLD_NOW)) /* a mode without either fails in dlopen as in Node */
        flags = (flags & ~RTLD_LAZY) | RTLD_NOW;
    void *h = dlopen(path.s, flags);
    js_cstr_free(&path);
    if (h == NULL) {
        const char *msg = dlerror();
        return js_str(ctx, msg != NULL ? msg : "dlopen failed");
    }
    CHECK(dlclose(h) == 0);
    return JSValueMakeUndefined(ctx);
}

/* Signal names and numbers, as os.constants.signals has them. */
static const struct {
    const char *name;
    int num;
} process_signals[] = {
    {"SIGHUP", SIGHUP}, {"SIGINT", SIGINT}, {"SIGQUIT", SIGQUIT}, {"SIGILL", SIGILL},
    {"SIGTRAP", SIGTRAP}, {"SIGABRT", SIGABRT}, {"SIGIOT", SIGIOT}, {"SIGBUS", SIGBUS},
    {"SIGFPE", SIGFPE}, {"SIGKILL", SIGKILL}, {"SIGUSR1", SIGUSR1}, {"SIGSEGV", SIGSEGV},
    {"SIGUSR2", SIGUSR2}, {"SIGPIPE", SIGPIPE}, {"SIGALRM", SIGALRM}, {"SIGTERM", SIGTERM},
    {"SIGCHLD", SIGCHLD}, {"SIGSTKFLT", SIGSTKFLT}, {"SIGCONT", SIGCONT}, {"SIGSTOP", SIGSTOP},
    {"SIGTSTP", SIGTSTP}, {"SIGTTIN", SIGTTIN}, {"SIGTTOU", SIGTTOU}, {"SIGURG", SIGURG},
    {"SIGXCPU", SIGXCPU}, {"SIGXFSZ", SIGXFSZ}, {"SIGVTALRM", SIGVTALRM}, {"SIGPROF", SIGPROF},
    {"SIGWINCH", SIGWINCH}, {"SIGIO", SIGIO}, {"SIGPOLL", SIGPOLL}, {"SIGPWR", SIGPWR},
    {"SIGSYS", SIGSYS},
};

/* ---- facts for process.report ------------------------------------------ */

static int process_report_object(struct dl_phdr_info *info, size_t size, void *data) {
    (void)size;
    void **d = data;
    JSContextRef ctx = d[0];
    JSObjectRef arr = d[1];
    size_t *n = d[2];
    const char *name = info->dlpi_name;
    if (!name || !*name)
        return 0; /* the executable itself */
    js_array_set(ctx, arr, (*n)++, js_str(ctx, name));
    return 0;
}

/* binding.reportFacts() -> { glibcRuntime, glibcCompiler, sharedObjects,
 * limits }: what a diagnostic report says that JavaScript cannot find out.
 * limits: [name, soft, hard] with -1 for unlimited, in Node's order. */
static JS_FN(process_report_facts) {
    JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
    js_set_str(ctx, o, "glibcRuntime", gnu_get_libc_version());
    char compiled[32];
    snprintf(compiled, sizeof compiled, "%d.%d", __GLIBC__, __GLIBC_MINOR__);
    js_set_str(ctx, o, "glibcCompiler", compiled);
    JSObjectRef objs = js_array_new(ctx);
    size_t n = 0;
    void *d[3] = {(void *)ctx, objs, &n};
    dl_iterate_phdr(process_report_object, d);
    js_set(ctx, o, "sharedObjects", objs);
    static const struct { const char *name; int resource; } limits[] = {
        {"core_file_size_blocks", RLIMIT_CORE}, {"data_seg_size_bytes", RLIMIT_DATA},
        {"file_size_blocks", RLIMIT_FSIZE}, {"max_locked_memory_bytes", RLIMIT_MEMLOCK},
        {"max_memory_size_bytes", RLIMIT_RSS}, {"open_files", RLIMIT_NOFILE},
        {"stack_size_bytes", RLIMIT_STACK}, {"cpu_time_seconds", RLIMIT_CPU},
        {"max_user_processes", RLIMIT_NPROC}, {"virtual_memory_bytes", RLIMIT_AS},
    };
    JSObjectRef lim = js_array_new(ctx);
    for (size_t i = 0; i < sizeof limits / sizeof limits[0]; i++) {
        struct rlimit rl;
        double soft = -1, hard = -1;
        if (getrlimit(limits[i].resource, &rl) == 0) {
            soft = rl.rlim_cur == RLIM_INFINITY ? -1 : (double)rl.rlim_cur;
            hard = rl.rlim_max == RLIM_INFINITY ? -1 : (double)rl.rlim_max;
        }
        JSValueRef row[3] = {js_str(ctx, limits[i].name), JSValueMakeNumber(ctx, soft), JSValueMakeNumber(ctx, hard)};
        js_array_set(ctx, lim, i, JSObjectMakeArray(ctx, 3, row, NULL));
    }
    js_set(ctx, o, "limits", lim);
    return o;
}

JSObjectRef process_binding(JSContextRef ctx) {
    JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
    js_set_fn(ctx, b, "cwd", process_cwd);
    js_set_fn(ctx, b, "chdir", process_chdir);
    js_set_fn(ctx, b, "hrtime", process_hrtime);
    js_set_fn(ctx, b, "guessHandleType", process_guess_handle_type);
    js_set_fn(ctx, b, "memoryUsage", process_memory_usage);
    js_set_fn(ctx, b, "rss", process_rss);
    js_set_fn(ctx, b, "resourceUsage", process_resource_usage);
    js_set_fn(ctx, b, "threadCpuUsage", process_thread_cpu_usage);
    js_set_fn(ctx, b, "umask", process_umask);
    js_set_fn(ctx, b, "kill", process_kill);
    js_set_fn(ctx, b, "abort", process_abort);
    js_set_fn(ctx, b, "activeWraps", process_active_wraps);
    js_set_fn(ctx, b, "execve", process_execve);
    js_set_fn(ctx, b, "reportFacts", process_report_facts);
    js_set_fn(ctx, b, "dlopen", process_dlopen);
    js_set_fn(ctx, b, "getTitle", process_get_title);
    js_set_fn(ctx, b, "setTitle", process_set_title);
    js_set_fn(ctx, b, "getIds", process_get_ids);
    js_set_fn(ctx, b, "getGroups", process_get_groups);
    js_set_fn(ctx, b, "lookupId", process_lookup_id);
    js_set_fn(ctx, b, "setId", process_set_id);
    js_set_fn(ctx, b, "strerror", process_strerror);
    js_set_fn(ctx, b, "setGroups", process_set_groups);
    js_set_fn(ctx, b, "initgroups", process_initgroups);
    js_set_fn(ctx, b, "constrainedMemory", process_constrained_memory);
    js_set_fn(ctx, b, "availableMemory", process_available_memory);
    const double *ms = runtime_milestones(runtime_of(ctx));
    js_set_num(ctx, b, "startTime", ms[RUNTIME_MS_ORIGIN]);
    js_set_fn(ctx, b, "milestones", process_milestones);
    JSObjectRef signals = JSObjectMake(ctx, NULL, NULL);
    for (size_t i = 0; i < sizeof process_signals / sizeof process_signals[0]; i++)
        js_set_num(ctx, signals, process_signals[i].name, process_signals[i].num);
    js_set(ctx, b, "signals", signals);
    js_set_num(ctx, b, "pid", getpid());
    js_set_num(ctx, b, "ppid", getppid());
    js_set(ctx, b, "env", JSObjectMake(ctx, process_env_class(), NULL));
    return b;
}
