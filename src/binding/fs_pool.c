/* kiln's own thread pool for asynchronous fs calls.
 *
 * A program that waits for one fs call before it makes the next (a chain
 * of stats, a ReadStream reading a file, `for await` over readFile) is
 * bound by the time a call takes to get to a thread and back, not by the
 * call: a stat of a cached file takes a microsecond, the round trip
 * through libuv's pool some 30 us on a small VM, most of it two sleeping
 * threads being woken (the worker on a condition variable, the loop in
 * epoll). Debian's libuv (1.44) adds to that: its loop spins while the
 * worker finishes its wakeup write.
 *
 * So fs calls go to this pool instead. Its one
 * difference that matters: a worker that runs out of jobs first spins for
 * a short while (kSpinNs) watching the queue before it sleeps, and only
 * one worker at a time does so. The next job of a chain, which the loop
 * queues a few microseconds after it got the previous one back, is then
 * taken at once, without a wakeup: a chain of stats runs about twice as
 * fast as through libuv's pool (measured with a C program: 10-15 us per
 * stat against 30). The cost is a thread spinning for kSpinNs after the
 * last job of a burst. Jobs finish on an eventfd the loop polls (no uv_async:
 * see above), and the loop is kept alive while jobs are pending.
 *
 * The pool has UV_THREADPOOL_SIZE threads (default 4, as libuv's), started
 * on first use. Every asynchronous fs call runs here; dns.lookup, zlib and
 * crypto use libuv's pool as before. */
#include "fs_pool.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <time.h>
#include <unistd.h>

#include "bindings.h"

enum { kMaxThreads = 1024 };
static const uint64_t kSpinNs = 50 * 1000;

typedef struct {
    uv_loop_t *loop;
    uv_poll_t poll;          /* on efd; ref'd while jobs are pending */
    int efd;
    pthread_t *threads;
    unsigned nthreads;
    pthread_mutex_t mu;      /* queue, idle, spinning, stop */
    pthread_cond_t cv;
    fs_job_t *head, *tail;   /* queued jobs, oldest first */
    _Atomic unsigned queued; /* what a spinning worker watches */
    unsigned idle;           /* workers asleep on cv */
    bool spinning;           /* a worker is spinning */
    bool stop;
    pthread_mutex_t done_mu; /* done list */
    fs_job_t *done;          /* finished jobs, newest first */
    size_t pending;          /* loop thread: submitted, done not yet run */
} fs_pool_t;

/* The pools by loop. A loop whose pool was shut down keeps its slot, with
 * no pool, for good: its jobs go through libuv's pool from then on, and a
 * later loop at the same address does too. */
static struct {
    uv_loop_t *loop;
    fs_pool_t *pool;
} fs_pools[64];

/* A spin-wait hint to the CPU. */
static inline void fs_pool_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    __asm__ __volatile__("yield");
#endif
}

static uint64_t fs_pool_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* Called with mu held; returns with it held and a job queued, or stop. */
static void fs_pool_wait(fs_pool_t *p) {
    while (!p->head && !p->stop) {
        if (!p->spinning) {
            p->spinning = true;
            pthread_mutex_unlock(&p->mu);
            uint64_t until = fs_pool_now() + kSpinNs;
            for (unsigned i = 1;; i++) {
                if (atomic_load_explicit(&p->queued, memory_order_acquire) > 0)
                    break;
                fs_pool_relax();
                if ((i & 63) == 0 && fs_pool_now() >= until)
                    break;
            }
            pthread_mutex_lock(&p->mu);
            p->spinning = false;
            if (p->head || p->stop)
                break;
        }
        p->idle++;
        pthread_cond_wait(&p->cv, &p->mu);
        p->idle--;
    }
}

static void *fs_pool_worker(void *arg) {
    fs_pool_t *p = arg;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        fs_pool_wait(p);
        if (p->stop)
            break;
        fs_job_t *job = p->head;
        p->head = job->next;
        if (!p->head)
            p->tail = NULL;
        atomic_fetch_sub_explicit(&p->queued, 1, memory_order_relaxed);
        pthread_mutex_unlock(&p->mu);
        job->run(job);
        pthread_mutex_lock(&p->done_mu);
        bool first = p->done == NULL;
        job->next = p->done;
        p->done = job;
        pthread_mutex_unlock(&p->done_mu);
        /* One wakeup per batch: the loop takes the whole list. */
        if (first) {
            uint64_t one = 1;
            while (write(p->efd, &one, sizeof one) < 0 && errno == EINTR) {
            }
        }
        pthread_mutex_lock(&p->mu);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

static void fs_pool_done(uv_poll_t *h, int status, int events) {
    fs_pool_t *p = h->data;
    uint64_t n;
    while (read(p->efd, &n, sizeof n) < 0 && errno == EINTR) {
    }
    pthread_mutex_lock(&p->done_mu);
    fs_job_t *list = p->done;
    p->done = NULL;
    pthread_mutex_unlock(&p->done_mu);
    /* Oldest first. */
    fs_job_t *order = NULL;
    while (list) {
        fs_job_t *next = list->next;
        list->next = order;
        order = list;
        list = next;
    }
    while (order) {
        fs_job_t *next = order->next;
        p->pending--;
        order->done(order);
        order = next;
    }
    if (p->pending == 0)
        uv_unref((uv_handle_t *)&p->poll);
}

static unsigned fs_pool_size(void) {
    const char *v = getenv("UV_THREADPOOL_SIZE");
    long n = v ? strtol(v, NULL, 10) : 4;
    return n < 1 ? 1 : n > kMaxThreads ? kMaxThreads : (unsigned)n;
}

/* loop's pool, made when make and none was; NULL when it is closed or
 * cannot be made. */
static fs_pool_t *fs_pool_of(uv_loop_t *loop, bool make) {
    size_t slots = sizeof fs_pools / sizeof fs_pools[0];
    for (size_t i = 0; i < slots; i++) {
        if (fs_pools[i].loop == loop) {
            fs_pool_t *p = fs_pools[i].pool;
            return p && (p->nthreads > 0 || !make) ? p : NULL;
        }
    }
    if (!make)
        return NULL;
    size_t slot = slots;
    for (size_t i = 0; i < slots && slot == slots; i++)
        if (!fs_pools[i].loop)
            slot = i;
    if (slot == slots)
        return NULL;
    int efd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (efd < 0)
        return NULL;
    fs_pool_t *p = calloc(1, sizeof *p);
    CHECK(p != NULL);
    p->loop = loop;
    p->efd = efd;
    CHECK(uv_poll_init(loop, &p->poll, p->efd) == 0);
    p->poll.data = p;
    CHECK(uv_poll_start(&p->poll, UV_READABLE, fs_pool_done) == 0);
    uv_unref((uv_handle_t *)&p->poll);
    CHECK(pthread_mutex_init(&p->mu, NULL) == 0);
    CHECK(pthread_mutex_init(&p->done_mu, NULL) == 0);
    CHECK(pthread_cond_init(&p->cv, NULL) == 0);
    unsigned n = fs_pool_size();
    p->threads = js_xmalloc(n * sizeof *p->threads);
    pthread_attr_t attr;
    CHECK(pthread_attr_init(&attr) == 0);
    /* As libuv's: jobs need little stack. */
    CHECK(pthread_attr_setstacksize(&attr, 4u << 20) == 0);
    /* The threads start with every signal blocked: signals are the loop
     * thread's to take (its handlers write to libuv's signal pipe), and
     * none interrupts a job's system call. */
    sigset_t all, saved;
    sigfillset(&all);
    CHECK(pthread_sigmask(SIG_SETMASK, &all, &saved) == 0);
    for (unsigned i = 0; i < n; i++) {
        int r = pthread_create(&p->threads[i], &attr, fs_pool_worker, p);
        if (r != 0)
            break;
        p->nthreads++;
    }
    CHECK(pthread_sigmask(SIG_SETMASK, &saved, NULL) == 0);
    pthread_attr_destroy(&attr);
    fs_pools[slot].loop = loop;
    fs_pools[slot].pool = p;
    /* Without threads it stays, shut down at the runtime's end like any. */
    return p->nthreads > 0 ? p : NULL;
}

static void fs_pool_work_run(uv_work_t *work) {
    fs_job_t *job = work->data;
    job->run(job);
}

static void fs_pool_work_done(uv_work_t *work, int status) {
    fs_job_t *job = work->data;
    job->done(job);
}

int fs_pool_submit(uv_loop_t *loop, fs_job_t *job) {
    fs_pool_t *p = fs_pool_of(loop, true);
    if (!p) {
        job->work.data = job;
        return uv_queue_work(loop, &job->work, fs_pool_work_run, fs_pool_work_done);
    }
    if (p->pending++ == 0)
        uv_ref((uv_handle_t *)&p->poll);
    job->next = NULL;
    pthread_mutex_lock(&p->mu);
    if (p->tail)
        p->tail->next = job;
    else
        p->head = job;
    p->tail = job;
    unsigned queued = atomic_fetch_add_explicit(&p->queued, 1, memory_order_release) + 1;
    /* A spinning worker takes the first job; wake a sleeper for the rest. */
    if (p->idle > 0 && (!p->spinning || queued > 1))
        pthread_cond_signal(&p->cv);
    pthread_mutex_unlock(&p->mu);
    return 0;
}

static void fs_pool_closed(uv_handle_t *h) {
    fs_pool_t *p = h->data;
    close(p->efd);
    pthread_mutex_destroy(&p->mu);
    pthread_mutex_destroy(&p->done_mu);
    pthread_cond_destroy(&p->cv);
    free(p->threads);
    free(p);
}

void fs_pool_shutdown(uv_loop_t *loop) {
    fs_pool_t *p = NULL;
    size_t slots = sizeof fs_pools / sizeof fs_pools[0];
    for (size_t i = 0; i < slots; i++) {
        if (fs_pools[i].loop == loop) {
            p = fs_pools[i].pool;
            fs_pools[i].pool = NULL;
        }
    }
    if (!p)
        return;
    pthread_mutex_lock(&p->mu);
    p->stop = true;
    pthread_cond_broadcast(&p->cv);
    fs_job_t *queued = p->head;
    p->head = p->tail = NULL;
    pthread_mutex_unlock(&p->mu);
    for (unsigned i = 0; i < p->nthreads; i++)
        pthread_join(p->threads[i], NULL);
    while (queued) {
        fs_job_t *next = queued->next;
        queued->cancel(queued);
        queued = next;
    }
    fs_job_t *done = p->done;
    p->done = NULL;
    while (done) {
        fs_job_t *next = done->next;
        done->cancel(done);
        done = next;
    }
    uv_close((uv_handle_t *)&p->poll, fs_pool_closed);
}
