/* Throughput of src/http's parser on a typical keep-alive GET (a browser's
 * request head, ~450 bytes), fed one request per execute as a server reads
 * them, and as one pipelined buffer of many. Prints requests/s and MB/s.
 * Build and run: bench/http/run.sh. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "http/http_parser.h"

static const char bench_req[] =
    "GET /api/v1/items?page=2&sort=desc HTTP/1.1\r\n"
    "Host: localhost:3000\r\n"
    "Connection: keep-alive\r\n"
    "User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0 Safari/537.36\r\n"
    "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"
    "Accept-Encoding: gzip, deflate, br\r\n"
    "Accept-Language: en-US,en;q=0.9\r\n"
    "Cache-Control: no-cache\r\n"
    "Cookie: session=abc123def456; theme=dark\r\n"
    "\r\n";

static unsigned long bench_heads, bench_sum;

static int bench_on_head(void *ud, const http_head_t *h) {
    bench_heads++;
    bench_sum += h->nheaders + h->url_len;
    return 0;
}

static const http_callbacks_t bench_cb = {NULL, bench_on_head, NULL, NULL, NULL};

static double bench_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    size_t n = sizeof bench_req - 1;
    long iters = argc > 1 ? atol(argv[1]) : 2000000;
    http_parser_t p;
    http_parser_init(&p, HTTP_REQUEST, &bench_cb, NULL);
    size_t used;
    /* One request per read. */
    double t0 = bench_now();
    for (long i = 0; i < iters; i++)
        if (http_parser_execute(&p, bench_req, n, &used) != 0)
            return 1;
    double t1 = bench_now();
    printf("one request per execute: %.2f M req/s, %.0f MB/s (%zu-byte head, %ld requests)\n",
           iters / (t1 - t0) / 1e6, iters * (double)n / (t1 - t0) / 1e6, n, iters);
    /* 64 pipelined requests per read. */
    char *buf = malloc(n * 64);
    for (int i = 0; i < 64; i++)
        memcpy(buf + i * n, bench_req, n);
    t0 = bench_now();
    for (long i = 0; i < iters / 64; i++)
        if (http_parser_execute(&p, buf, n * 64, &used) != 0)
            return 1;
    t1 = bench_now();
    printf("64 pipelined per execute: %.2f M req/s, %.0f MB/s\n", iters / 64 * 64 / (t1 - t0) / 1e6,
           iters / 64 * 64 * (double)n / (t1 - t0) / 1e6);
    /* A head cut in two reads (the buffered path). */
    t0 = bench_now();
    for (long i = 0; i < iters / 4; i++) {
        if (http_parser_execute(&p, bench_req, n / 2, &used) != 0 ||
            http_parser_execute(&p, bench_req + n / 2, n - n / 2, &used) != 0)
            return 1;
    }
    t1 = bench_now();
    printf("head split over two reads: %.2f M req/s\n", iters / 4 / (t1 - t0) / 1e6);
    free(buf);
    http_parser_free(&p);
    return bench_heads ? 0 : 1;
}
