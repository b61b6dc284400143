/* Starting a child with posix_spawn and watching it through a pidfd
 * (fast_spawn.c), for child_process.spawn and spawnSync. */
#ifndef KILN_FAST_SPAWN_H
#define KILN_FAST_SPAWN_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>
#include <uv.h>

/* What the child gets at descriptor i. */
typedef struct {
    enum { FAST_SPAWN_IGNORE, FAST_SPAWN_INHERIT, FAST_SPAWN_PIPE } kind;
    int fd;          /* INHERIT: the parent's descriptor */
    uv_pipe_t *pipe; /* PIPE: initialized, not open; gets the parent's end */
} fast_spawn_stdio_t;

/* Starts file (found in env's PATH as libuv finds it) with args, env (NULL:
 * ours), cwd (NULL: ours), stdio[0..n) and a new session when detached;
 * poll is initialized on the child's pidfd and started with cb. Returns 0
 * with *pid and *pidfd set, or -1 when it could not start the child this
 * way, with nothing changed: the caller then uses uv_spawn, which reports
 * the error as libuv does. */
int fast_spawn(uv_loop_t *loop, uv_poll_t *poll, uv_poll_cb cb, const char *file, char **args, char **env,
               const char *cwd, const fast_spawn_stdio_t *stdio, size_t n, bool detached, pid_t *pid,
               int *pidfd);

/* From the poll callback: whether pid ended (status is the callback's; a
 * poll error counts as an end), reaping it, with its exit code or signal. */
bool fast_spawn_reap(pid_t pid, int status, int64_t *code, int *signal);

#endif
