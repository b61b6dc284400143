/* libFuzzer target for src/http: the input as a request stream and as a
 * response stream, whole and cut at a point chosen by its first byte,
 * with a small header limit so the overflow paths run too. What must hold:
 * execute never reports more bytes than it was given; every slice of a
 * head lies inside the head; the two feeds agree on the outcome and on
 * everything the callbacks saw; a stopped parser stays stopped. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "http/http_parser.h"

#define FUZZ_CHECK(c)                                                          \
    do {                                                                       \
        if (!(c))                                                              \
            abort();                                                           \
    } while (0)

typedef struct {
    uint64_t hash; /* of everything the callbacks saw */
    uint64_t body_bytes;
    int skip;      /* on_head's answer, from the input */
    int pause;     /* every callback pauses the parser */
} fuzz_state;

static void fuzz_mix(fuzz_state *s, const void *p, size_t n) {
    const uint8_t *b = p;
    for (size_t i = 0; i < n; i++)
        s->hash = (s->hash ^ b[i]) * 1099511628211ull;
    s->hash = (s->hash ^ 0xff) * 1099511628211ull;
}

static void fuzz_check_head(fuzz_state *s, const http_head_t *h, uint64_t size_hint) {
    FUZZ_CHECK(h->base != NULL || h->nheaders == 0);
    for (uint32_t i = 0; i < h->nheaders; i++) {
        const http_header_t *x = &h->headers[i];
        FUZZ_CHECK(x->name_len > 0);
        FUZZ_CHECK((uint64_t)x->name_off + x->name_len <= size_hint);
        FUZZ_CHECK((uint64_t)x->value_off + x->value_len <= size_hint);
        fuzz_mix(s, h->base + x->name_off, x->name_len);
        fuzz_mix(s, h->base + x->value_off, x->value_len);
        if (x->value_len) {
            char first = h->base[x->value_off], last = h->base[x->value_off + x->value_len - 1];
            FUZZ_CHECK(first != ' ' && first != '\t' && last != ' ' && last != '\t');
        }
    }
}

static uint64_t fuzz_limit;

static int fuzz_on_head(void *ud, const http_head_t *h) {
    fuzz_state *s = ud;
    FUZZ_CHECK((uint64_t)h->url_off + h->url_len <= fuzz_limit);
    FUZZ_CHECK((uint64_t)h->reason_off + h->reason_len <= fuzz_limit);
    fuzz_mix(s, h->base + h->url_off, h->url_len);
    fuzz_mix(s, h->base + h->reason_off, h->reason_len);
    int v[6] = {h->method, h->status, h->major, h->minor, (int)h->flags, h->keep_alive * 2 + h->upgrade};
    fuzz_mix(s, v, sizeof v);
    FUZZ_CHECK(h->method >= 0 && h->method < HTTP_METHOD_COUNT);
    fuzz_check_head(s, h, fuzz_limit);
    return s->pause ? HTTP_CB_PAUSE : s->skip;
}

static int fuzz_on_body(void *ud, const char *p, size_t n) {
    fuzz_state *s = ud;
    FUZZ_CHECK(n > 0);
    s->body_bytes += n;
    for (size_t i = 0; i < n; i++)
        s->hash += (uint8_t)p[i];
    return s->pause ? HTTP_CB_PAUSE : 0;
}

static int fuzz_on_trailers(void *ud, const http_head_t *t) {
    fuzz_state *s = ud;
    FUZZ_CHECK(t->nheaders > 0);
    fuzz_check_head(s, t, fuzz_limit);
    return s->pause ? HTTP_CB_PAUSE : 0;
}

static int fuzz_on_complete(void *ud) {
    fuzz_state *s = ud;
    fuzz_mix(s, "c", 1);
    return s->pause ? HTTP_CB_PAUSE : 0;
}

static const http_callbacks_t fuzz_cb = {NULL, fuzz_on_head, fuzz_on_body, fuzz_on_trailers,
                                         fuzz_on_complete};

/* Feeds data in pieces of `step` bytes (0: whole); returns the outcome. */
static int fuzz_run(http_type type, const uint8_t *data, size_t len, size_t step, uint32_t limit,
                    int skip, fuzz_state *s, int finish, uint32_t lenient) {
    memset(s, 0, sizeof *s);
    s->skip = skip == 3 ? 0 : skip;
    s->pause = skip == 3;
    http_parser_t p;
    http_parser_init(&p, type, &fuzz_cb, s);
    p.lenient = lenient;
    if (limit)
        p.max_header_size = limit;
    size_t off = 0;
    int rc = 0;
    while (off < len) {
        size_t n = step && len - off > step ? step : len - off;
        size_t used = 99;
        rc = http_parser_execute(&p, (const char *)data + off, n, &used);
        FUZZ_CHECK(used <= n);
        off += used;
        if (rc == HPE_PAUSED) {
            http_parser_resume(&p);
            rc = 0;
            continue;
        }
        if (rc) {
            /* Stopped: it stays stopped. */
            size_t again;
            FUZZ_CHECK(http_parser_execute(&p, "x", 1, &again) == rc && again == 0);
            break;
        }
        FUZZ_CHECK(used == n);
    }
    if (rc == 0 && finish)
        rc = http_parser_finish(&p);
    /* Where an upgrade starts is part of the outcome. Where an error is
     * reported is not: when a header's value fails, the error points back
     * into the read where the value was, and a later read reports 0 bytes. */
    FUZZ_CHECK(off <= len);
    if (rc == 0 || rc == HPE_PAUSED_UPGRADE || rc == HPE_PAUSED_H2_UPGRADE)
        fuzz_mix(s, &off, sizeof off);
    http_parser_free(&p);
    return rc;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len) {
    if (len < 1 || len > 1 << 16)
        return 0;
    uint8_t ctl = data[0];
    data++;
    len--;
    /* A small limit most of the time: big heads are expensive to find. */
    uint32_t limit = (ctl & 3) == 0 ? 0 : (ctl & 3) == 1 ? 64 : (ctl & 3) == 2 ? 300 : 4096;
    int skip = (ctl >> 2) & 3; /* 3: pause in every callback */
    fuzz_limit = (uint64_t)len + 1;
    /* Requests and responses, strict and with Node's --insecure-http-parser
     * leniencies. */
    for (int t = 0; t < 4; t++) {
        http_type type = t & 1 ? HTTP_RESPONSE : HTTP_REQUEST;
        uint32_t lenient = t & 2 ? HTTP_LENIENT_ALL : 0;
        fuzz_state a, b, c;
        int ra = fuzz_run(type, data, len, 0, limit, skip, &a, ctl & 0x80, lenient);
        int rb = fuzz_run(type, data, len, 1, limit, skip, &b, ctl & 0x80, lenient);
        size_t step = ((ctl >> 4) & 7) + 2;
        int rc = fuzz_run(type, data, len, step, limit, skip, &c, ctl & 0x80, lenient);
        /* Everything agrees, except that a head near the limit may overflow
         * in pieces and fail on a later byte when whole: a token cut by a
         * read is counted as far as it got, as Node counts llhttp's partial
         * spans. */
        if (ra == HPE_HEADER_OVERFLOW || rb == HPE_HEADER_OVERFLOW || rc == HPE_HEADER_OVERFLOW)
            continue;
        FUZZ_CHECK(ra == rb && ra == rc);
        {
            FUZZ_CHECK(a.body_bytes == b.body_bytes && a.body_bytes == c.body_bytes);
            FUZZ_CHECK(a.hash == b.hash && a.hash == c.hash);
        }
    }
    return 0;
}
