/* Starting a child without fork: posix_spawn, whose glibc implementation
 * shares the parent's memory until the exec (vfork semantics). uv_spawn
 * forks, which in an engine process means copying page tables and taking
 * copy-on-write faults until the child execs: about 1 ms a spawn here. The
 * child's end is watched through a pidfd polled on the loop (Linux 5.3);
 * libuv reaps only its own children, by pid, so the two never compete. */
#define _GNU_SOURCE /* posix_spawn_file_actions_addchdir_np */
#include "fast_spawn.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../js.h"

/* Whether this kernel has pidfd_open (Linux 5.3), asked once. */
static bool fast_spawn_have_pidfd(void) {
    static int have = -1;
    if (have < 0) {
        long fd = syscall(SYS_pidfd_open, getpid(), 0);
        have = fd >= 0;
        if (fd >= 0)
            close((int)fd);
    }
    return have;
}

/* The file to execute, found as execvp finds it but in the child's PATH
 * (libuv's rule): a name with a slash as it is, else the first executable
 * regular file in PATH's directories. NULL when there is none: uv_spawn
 * then reports the error. */
static char *fast_spawn_resolve(const char *file, char **env) {
    if (!*file)
        return NULL;
    if (strchr(file, '/'))
        return js_xstrdup(file);
    const char *path = "/usr/bin:/bin"; /* _PATH_DEFPATH, as libuv */
    if (env) {
        for (char **e = env; *e; e++)
            if (strncmp(*e, "PATH=", 5) == 0)
                path = *e + 5;
    } else {
        const char *p = getenv("PATH");
        if (p)
            path = p;
    }
    size_t flen = strlen(file);
    for (const char *dir = path;; dir++) {
        const char *end = strchr(dir, ':');
        size_t dlen = end ? (size_t)(end - dir) : strlen(dir);
        char *cand = js_xmalloc(dlen + flen + 3);
        if (dlen == 0)
            memcpy(cand, ".", 2), dlen = 1;
        else
            memcpy(cand, dir, dlen);
        cand[dlen] = '/';
        memcpy(cand + dlen + 1, file, flen + 1);
        struct stat st;
        if (stat(cand, &st) == 0 && S_ISREG(st.st_mode) && access(cand, X_OK) == 0)
            return cand;
        free(cand);
        if (!end)
            return NULL;
        dir = end;
    }
}

int fast_spawn(uv_loop_t *loop, uv_poll_t *poll, uv_poll_cb cb, const char *file, char **args, char **env,
               const char *cwd, const fast_spawn_stdio_t *stdio, size_t n, bool detached, pid_t *pid_out,
               int *pidfd_out) {
    if (!fast_spawn_have_pidfd())
        return -1;
    char *path = fast_spawn_resolve(file, env);
    if (!path)
        return -1;
    /* Every source fd is first copied above the child's stdio range (close
     * on exec), so that no dup2 into fd i clobbers a later source. */
    int *src = js_xmalloc((n ? n : 1) * sizeof *src);
    int *parent_end = js_xmalloc((n ? n : 1) * sizeof *parent_end);
    int rc = -1;
    size_t made = 0;
    for (; made < n; made++) {
        src[made] = -1;
        parent_end[made] = -1;
        if (stdio[made].kind == FAST_SPAWN_INHERIT) {
            src[made] = fcntl(stdio[made].fd, F_DUPFD_CLOEXEC, (int)n);
            if (src[made] < 0)
                goto out;
            /* The child's stdin, stdout and stderr block, as libuv makes
             * them (on the open file, which the parent shares). */
            int fl = made <= 2 ? fcntl(src[made], F_GETFL) : -1;
            if (fl >= 0 && (fl & O_NONBLOCK))
                fcntl(src[made], F_SETFL, fl & ~O_NONBLOCK);
        } else if (stdio[made].kind == FAST_SPAWN_PIPE) {
            int sv[2];
            if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0)
                goto out;
            parent_end[made] = sv[0];
            src[made] = fcntl(sv[1], F_DUPFD_CLOEXEC, (int)n);
            close(sv[1]);
            if (src[made] < 0)
                goto out;
        }
    }
    posix_spawn_file_actions_t fa;
    posix_spawnattr_t attr;
    posix_spawn_file_actions_init(&fa);
    posix_spawnattr_init(&attr);
    for (size_t i = 0; i < n; i++) {
        if (src[i] >= 0)
            posix_spawn_file_actions_adddup2(&fa, src[i], (int)i);
        else if (i <= 2)
            posix_spawn_file_actions_addopen(&fa, (int)i, "/dev/null", i == 0 ? O_RDONLY : O_RDWR, 0);
    }
    if (cwd)
        posix_spawn_file_actions_addchdir_np(&fa, cwd);
    /* As libuv's children: default signal dispositions, nothing blocked. */
    sigset_t all, none;
    sigfillset(&all);
    sigemptyset(&none);
    posix_spawnattr_setsigdefault(&attr, &all);
    posix_spawnattr_setsigmask(&attr, &none);
    short flags = POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK;
    if (detached)
        flags |= POSIX_SPAWN_SETSID;
    posix_spawnattr_setflags(&attr, flags);
    extern char **environ;
    pid_t pid;
    int err = posix_spawn(&pid, path, &fa, &attr, args, env ? env : environ);
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&attr);
    if (err != 0)
        goto out;
    long pidfd = syscall(SYS_pidfd_open, pid, 0);
    if (pidfd < 0 || uv_poll_init(loop, poll, (int)pidfd) != 0) {
        /* Cannot watch it: end it rather than leave it unwatched. */
        if (pidfd >= 0)
            close((int)pidfd);
        kill(pid, SIGKILL);
        waitpid(pid, NULL, 0);
        goto out;
    }
    uv_poll_start(poll, UV_READABLE, cb);
    *pid_out = pid;
    *pidfd_out = (int)pidfd;
    for (size_t i = 0; i < n; i++) {
        if (parent_end[i] >= 0) {
            /* The pipe's parent end; on failure the child sees a closed pipe. */
            if (uv_pipe_open(stdio[i].pipe, parent_end[i]) != 0)
                close(parent_end[i]);
            parent_end[i] = -1;
        }
    }
    rc = 0;
out:
    for (size_t i = 0; i < made && i < n; i++) {
        if (src[i] >= 0)
            close(src[i]);
        if (parent_end[i] >= 0)
            close(parent_end[i]);
    }
    free(src);
    free(parent_end);
    free(path);
    return rc;
}

bool fast_spawn_reap(pid_t pid, int status, int64_t *code, int *signal) {
    int wstatus;
    pid_t r;
    do
        r = waitpid(pid, &wstatus, WNOHANG);
    while (r < 0 && errno == EINTR);
    if (r == 0 && status == 0)
        return false;
    *code = 0;
    *signal = 0;
    if (r == pid && WIFEXITED(wstatus))
        *code = WEXITSTATUS(wstatus);
    else if (r == pid && WIFSIGNALED(wstatus))
        *signal = WTERMSIG(wstatus);
    return true;
}
