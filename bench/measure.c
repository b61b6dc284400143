/* measure: run a command N times and report its median wall time and median peak RSS.
 *
 *   measure [-w WARMUP] N cmd [args...]
 *
 * Each run is fork + execvp with stdin, stdout and stderr on /dev/null, so a runtime that
 * waits for stdin or writes a lot costs the same as one that does not. wait4() gives the
 * child's own rusage: ru_maxrss (KiB on Linux) is the peak RSS of that child alone, not of
 * measure or of earlier runs. Wall time is CLOCK_MONOTONIC from before fork to after wait4,
 * so it includes fork/exec, the dynamic loader and process teardown, which is what a user
 * waits for. WARMUP runs (default 0) go first and are not counted; they fill the page cache.
 *
 * Output, one line on stdout, key=value pairs separated by spaces:
 *
 *   runs=20 failed=0 median_ms=31.204 min_ms=30.118 max_ms=35.870 median_rss_kib=43520
 *
 * `failed` counts runs that did not exit with status 0 (including exec failure, which the
 * child reports as status 127). A benchmark is not a test: measure exits 0 whenever it could
 * run the command at all, and 2 on a usage or system error.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double measure_now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int measure_cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Sorts v in place; the median of an even count is the mean of the middle two. */
static double measure_median(double *v, int n) {
    qsort(v, n, sizeof *v, measure_cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* Runs argv once. Returns 0 and fills *ms, *rss_kib, *status; -1 if fork or wait4 failed. */
static int measure_run(char **argv, double *ms, long *rss_kib, int *status) {
    double t0 = measure_now_ms();
    pid_t pid = fork();
    if (pid < 0) {
        perror("measure: fork");
        return -1;
    }
    if (pid == 0) {
        int fd = open("/dev/null", O_RDWR);
        if (fd < 0 || dup2(fd, 0) < 0 || dup2(fd, 1) < 0 || dup2(fd, 2) < 0)
            _exit(126);
        if (fd > 2)
            close(fd);
        execvp(argv[0], argv);
        _exit(127);
    }
    struct rusage ru;
    pid_t r;
    do
        r = wait4(pid, status, 0, &ru);
    while (r < 0 && errno == EINTR);
    if (r < 0) {
        perror("measure: wait4");
        return -1;
    }
    *ms = measure_now_ms() - t0;
    *rss_kib = ru.ru_maxrss;
    return 0;
}

static int measure_parse_count(const char *s, int min, int *out) {
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < min || v > 100000)
        return -1;
    *out = (int)v;
    return 0;
}

static void measure_usage(void) {
    fprintf(stderr, "usage: measure [-w WARMUP] N cmd [args...]\n");
}

int main(int argc, char **argv) {
    int i = 1, warmup = 0, n;
    if (i + 1 < argc && strcmp(argv[i], "-w") == 0) {
        if (measure_parse_count(argv[i + 1], 0, &warmup) < 0) {
            measure_usage();
            return 2;
        }
        i += 2;
    }
    if (argc - i < 2 || measure_parse_count(argv[i], 1, &n) < 0) {
        measure_usage();
        return 2;
    }
    char **cmd = argv + i + 1;

    double *ms = calloc(n, sizeof *ms), *rss = calloc(n, sizeof *rss);
    if (!ms || !rss) {
        fprintf(stderr, "measure: out of memory\n");
        return 2;
    }
    int failed = 0;
    for (int k = -warmup; k < n; k++) {
        double t;
        long kib;
        int status;
        if (measure_run(cmd, &t, &kib, &status) < 0)
            return 2;
        if (k < 0)
            continue;
        ms[k] = t;
        rss[k] = (double)kib;
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
            failed++;
    }

    double med_ms = measure_median(ms, n);     /* sorts ms: min and max are the ends */
    double med_rss = measure_median(rss, n);
    printf("runs=%d failed=%d median_ms=%.3f min_ms=%.3f max_ms=%.3f median_rss_kib=%.0f\n",
           n, failed, med_ms, ms[0], ms[n - 1], med_rss);
    free(ms);
    free(rss);
    return 0;
}
