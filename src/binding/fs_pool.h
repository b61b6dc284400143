/* kiln's own thread pool for the asynchronous fs calls, whose latency a
 * program often waits on one after another (stat, a ReadStream's reads,
 * readFile, ...): see fs_pool.c for why it is not libuv's. */
#ifndef KILN_FS_POOL_H
#define KILN_FS_POOL_H

#include <uv.h>

typedef struct fs_job_s fs_job_t;
struct fs_job_s {
    void (*run)(fs_job_t *job);    /* on a pool thread: the blocking work */
    void (*done)(fs_job_t *job);   /* on the loop's thread, after run */
    void (*cancel)(fs_job_t *job); /* instead of done, when the runtime ends first: free, no JS */
    fs_job_t *next;
    uv_work_t work;                /* when the pool is gone: through libuv's */
};

/* Queues job on loop's pool (made on first use); done runs in the poll
 * phase of a later turn of the loop, which the job keeps alive. After
 * fs_pool_shutdown (JS that runs while the runtime ends), or when the pool
 * cannot be made, the job goes through libuv's pool instead. Returns 0 or
 * a libuv code. */
int fs_pool_submit(uv_loop_t *loop, fs_job_t *job);

/* Stops loop's pool at the runtime's end: waits for the jobs running,
 * cancels the rest. */
void fs_pool_shutdown(uv_loop_t *loop);

#endif
