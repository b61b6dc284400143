/* Transform speed of src/transpile/ on real ES-module sources: reads every
 * file named on stdin (one path a line), then runs transpile_module over
 * all of them, repeatedly for at least a second of work per round, and
 * prints the best round's MB/s (input bytes over CPU time: the machine
 * may be shared, and this is single-threaded work), with the same for
 * transpile_script and transpile_cjs_exports on the same text.
 *   find DIR -name '*.js' | build/bench/transpile-bench */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "transpile/transpile.h"

typedef struct {
    char *s;
    size_t n;
} bench_file;

static double bench_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int main(void) {
    bench_file *files = NULL;
    size_t nfiles = 0, cap = 0, total = 0, errors = 0;
    char path[4096];
    while (fgets(path, sizeof path, stdin)) {
        path[strcspn(path, "\n")] = 0;
        FILE *f = fopen(path, "rb");
        if (!f)
            continue;
        fseek(f, 0, SEEK_END);
        long n = ftell(f);
        fseek(f, 0, SEEK_SET);
        char *s = malloc((size_t)n + 1);
        if (!s || fread(s, 1, (size_t)n, f) != (size_t)n) {
            fclose(f);
            free(s);
            continue;
        }
        fclose(f);
        if (nfiles == cap) {
            cap = cap ? cap * 2 : 256;
            files = realloc(files, cap * sizeof *files);
        }
        files[nfiles++] = (bench_file){s, (size_t)n};
        total += (size_t)n;
    }
    if (!nfiles) {
        fprintf(stderr, "no input files\n");
        return 1;
    }
    for (size_t i = 0; i < nfiles; i++) {
        transpile_result r;
        if (transpile_module(files[i].s, files[i].n, &r))
            errors++;
        transpile_result_free(&r);
    }
    printf("%zu files, %.2f MB, %zu rejected\n", nfiles, (double)total / 1e6, errors);
    const char *names[3] = {"transformModule", "transformScript", "cjsExports"};
    for (int which = 0; which < 3; which++) {
        double best = 1e9;
        for (int round = 0; round < 5; round++) {
            double t0 = bench_now();
            size_t bytes = 0;
            do {
                for (size_t i = 0; i < nfiles; i++) {
                    transpile_result r;
                    if (which == 0)
                        transpile_module(files[i].s, files[i].n, &r);
                    else if (which == 1)
                        transpile_script(files[i].s, files[i].n, &r);
                    else
                        transpile_cjs_exports(files[i].s, files[i].n, &r);
                    transpile_result_free(&r);
                    bytes += files[i].n;
                }
            } while (bench_now() - t0 < 0.2);
            double per_byte = (bench_now() - t0) / (double)bytes;
            if (per_byte < best)
                best = per_byte;
        }
        printf("%-16s %8.1f MB/s\n", names[which], 1e-6 / best);
    }
    for (size_t i = 0; i < nfiles; i++)
        free(files[i].s);
    free(files);
    return 0;
}
