/* Unit tests of src/http/: kiln's own cases (splits, pipelining, limits,
 * pausing, the callback contract), then the test vectors of Node's parser,
 * llhttp, read at test time from ../shared/testdata/llhttp (run from the
 * repository root; KILN_TESTDATA overrides the directory). Each vector is
 * fed whole, byte by byte, and whole with every callback pausing, and what
 * carries over to any strict parser is compared: accepted or rejected (with
 * the error code and reason), method, URL, version, status, reason phrase,
 * headers, body, trailers, message boundaries. Cases that only a lenient
 * llhttp accepts (meta type "*-lenient-*") must be rejected. Also a table of
 * rejections checked against Node 24's own parser, with err.bytesParsed. */
#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http/http_parser.h"

static int failures, total;

/* ---- a recorder: what the callbacks saw, as text ---- */

typedef struct {
    char *s;
    size_t len, cap;
} rec_buf;

static void rb_add(rec_buf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        b->cap = (b->len + n + 1) * 2;
        b->s = realloc(b->s, b->cap);
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = 0;
}
static void rb_str(rec_buf *b, const char *s) { rb_add(b, s, strlen(s)); }
static void rb_fmt(rec_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void rb_fmt(rec_buf *b, const char *fmt, ...) {
    char tmp[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    rb_add(b, tmp, (size_t)n);
}
/* Bytes, with anything unprintable escaped. */
static void rb_bytes(rec_buf *b, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\\' || c == '"' || c < 0x20 || c >= 0x7f)
            rb_fmt(b, "\\x%02x", c);
        else
            rb_add(b, (const char *)&c, 1);
    }
}

typedef struct {
    rec_buf out;
    int skip_body; /* on_head's answer */
    int pause_on_head;
    int pause_all; /* every callback but a skipping on_head pauses */
    int in_body;   /* a body span is open in out */
} recorder;

static void rec_close_body(recorder *r) {
    if (r->in_body) {
        rb_str(&r->out, "\"\n");
        r->in_body = 0;
    }
}

static void rec_headers(rec_buf *b, const http_head_t *h) {
    for (uint32_t i = 0; i < h->nheaders; i++) {
        const http_header_t *hd = &h->headers[i];
        rb_str(b, "  ");
        rb_bytes(b, h->base + hd->name_off, hd->name_len);
        rb_str(b, ": \"");
        if (hd->folded) {
            /* A folded value (lenient): its line ends are not part of it. */
            for (uint32_t k = 0; k < hd->value_len; k++) {
                char c = h->base[hd->value_off + k];
                if (c != '\r' && c != '\n')
                    rb_bytes(b, &c, 1);
            }
        } else {
            rb_bytes(b, h->base + hd->value_off, hd->value_len);
        }
        rb_str(b, "\"\n");
    }
}

static int rec_head(void *ud, const http_head_t *h) {
    recorder *r = ud;
    rec_close_body(r);
    if (h->url_len || h->method || !h->status) {
        rb_fmt(&r->out, "head %s \"", http_method_names[h->method]);
        rb_bytes(&r->out, h->base + h->url_off, h->url_len);
        rb_fmt(&r->out, "\" %d.%d", h->major, h->minor);
    } else {
        rb_fmt(&r->out, "head %d \"", h->status);
        rb_bytes(&r->out, h->base + h->reason_off, h->reason_len);
        rb_fmt(&r->out, "\" %d.%d", h->major, h->minor);
    }
    rb_fmt(&r->out, " flags=%x", h->flags);
    if (h->flags & HTTP_F_CONTENT_LENGTH)
        rb_fmt(&r->out, " cl=%llu", (unsigned long long)h->content_length);
    rb_str(&r->out, "\n");
    rec_headers(&r->out, h);
    if (r->pause_on_head || (r->pause_all && !r->skip_body))
        return HTTP_CB_PAUSE;
    return r->skip_body ? HTTP_CB_SKIP_BODY : HTTP_CB_OK;
}

static int rec_body(void *ud, const char *s, size_t n) {
    recorder *r = ud;
    if (!r->in_body) {
        rb_str(&r->out, "body \"");
        r->in_body = 1;
    }
    rb_bytes(&r->out, s, n);
    return r->pause_all ? HTTP_CB_PAUSE : 0;
}

static int rec_trailers(void *ud, const http_head_t *t) {
    recorder *r = ud;
    rec_close_body(r);
    rb_str(&r->out, "trailers\n");
    rec_headers(&r->out, t);
    return r->pause_all ? HTTP_CB_PAUSE : 0;
}

static int rec_complete(void *ud) {
    recorder *r = ud;
    rec_close_body(r);
    rb_str(&r->out, "complete\n");
    return r->pause_all ? HTTP_CB_PAUSE : 0;
}

static const http_callbacks_t rec_cb = {NULL, rec_head, rec_body, rec_trailers, rec_complete};

/* Feeds `in` in pieces of `step` bytes (0: whole), resuming after pauses.
 * Records the final status as "error NAME" or "upgrade N" (N: bytes taken);
 * with `finish`, ends the stream. */
/* The reason of the last run_parser's error, and the one a log expects. */
static char last_reason[128], want_reason[128];
/* The leniencies the next parsers get. */
static uint32_t lenient_flags;

static void run_parser(recorder *r, http_type type, const char *in, size_t n, size_t step,
                       int finish, uint32_t max_header) {
    http_parser_t p;
    http_parser_init(&p, type, &rec_cb, r);
    p.lenient = lenient_flags;
    if (max_header)
        p.max_header_size = max_header;
    size_t off = 0;
    int rc = 0;
    while (off < n || (off == n && n == 0)) {
        size_t len = step && n - off > step ? step : n - off;
        size_t used = 0;
        rc = http_parser_execute(&p, in + off, len, &used);
        if (used > len) {
            rb_str(&r->out, "BUG consumed > len\n");
            break;
        }
        off += used;
        if (rc == HPE_PAUSED) {
            http_parser_resume(&p);
            rc = 0;
            continue;
        }
        if (rc)
            break;
        if (n == 0)
            break;
    }
    /* A message that paused in its last callback completes on the next
     * execute, with bytes or without. */
    if (rc == 0 && r->pause_all && !finish) {
        size_t used = 0;
        rc = http_parser_execute(&p, "", 0, &used);
        if (rc == HPE_PAUSED) {
            http_parser_resume(&p);
            rc = 0;
        }
    }
    if (rc == 0 && finish)
        rc = http_parser_finish(&p);
    rec_close_body(r);
    snprintf(last_reason, sizeof last_reason, "%s", rc && p.reason ? p.reason : "");
    if (rc == HPE_PAUSED_UPGRADE || rc == HPE_PAUSED_H2_UPGRADE)
        rb_fmt(&r->out, "%s at %zu\n", http_errno_name(rc), off);
    else if (rc)
        rb_fmt(&r->out, "error %s\n", http_errno_name(rc));
    http_parser_free(&p);
}

static int pause_everywhere;

static char *parse_to_text(http_type type, const char *in, size_t n, size_t step, int skip_body,
                           int finish, uint32_t max_header) {
    recorder r = {{0}, skip_body, 0, pause_everywhere, 0};
    rb_str(&r.out, "");
    run_parser(&r, type, in, n, step, finish, max_header);
    return r.out.s;
}

static void check_text(const char *name, const char *got, const char *want) {
    total++;
    if (strcmp(got, want) != 0) {
        failures++;
        printf("FAIL %s\n--- got:\n%s--- want:\n%s", name, got, want);
    }
}

/* Parses whole, byte by byte, and at every single split point: all the
 * same, and as wanted. */
static void check_all_splits(const char *name, http_type type, const char *in, const char *want) {
    size_t n = strlen(in);
    char *whole = parse_to_text(type, in, n, 0, 0, 0, 0);
    check_text(name, whole, want);
    char *bytes = parse_to_text(type, in, n, 1, 0, 0, 0);
    check_text(name, bytes, want);
    free(whole);
    free(bytes);
    for (size_t k = 1; k < n; k++) {
        recorder r = {{0}, 0, 0, 0, 0};
        rb_str(&r.out, "");
        http_parser_t p;
        http_parser_init(&p, type, &rec_cb, &r);
        size_t used;
        size_t at = 0;
        int rc = http_parser_execute(&p, in, k, &used);
        if (rc == 0) {
            at = k;
            rc = http_parser_execute(&p, in + k, n - k, &used);
        }
        at += used;
        rec_close_body(&r);
        if (rc == HPE_PAUSED_UPGRADE)
            rb_fmt(&r.out, "%s at %zu\n", http_errno_name(rc), at);
        else if (rc)
            rb_fmt(&r.out, "error %s\n", http_errno_name(rc));
        http_parser_free(&p);
        char label[300];
        snprintf(label, sizeof label, "%s (split at %zu)", name, k);
        char *g = r.out.s;
        check_text(label, g, want);
        free(g);
    }
}

/* ---- kiln's own cases ---- */

static void test_basics(void) {
    check_all_splits("GET with headers", HTTP_REQUEST,
                     "GET /a?b=1 HTTP/1.1\r\nHost: example.com\r\nX-Empty:\r\nX-Pad: \t v  v \t\r\n\r\n",
                     "head GET \"/a?b=1\" 1.1 flags=0\n  Host: \"example.com\"\n  X-Empty: \"\"\n"
                     "  X-Pad: \"v  v\"\ncomplete\n");
    check_all_splits("pipelined keep-alive", HTTP_REQUEST,
                     "POST /x HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcGET /y HTTP/1.1\r\n\r\n",
                     "head POST \"/x\" 1.1 flags=20 cl=3\n  Content-Length: \"3\"\nbody \"abc\"\ncomplete\n"
                     "head GET \"/y\" 1.1 flags=0\ncomplete\n");
    check_all_splits("chunked with extensions and trailers", HTTP_REQUEST,
                     "PUT / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                     "3;a=b;c=\"d\\\"e\"\r\nabc\r\n10\r\n0123456789abcdef\r\n0\r\nX-T: 1\r\n\r\n",
                     "head PUT \"/\" 1.1 flags=208\n  Transfer-Encoding: \"chunked\"\n"
                     "body \"abc0123456789abcdef\"\ntrailers\n  X-T: \"1\"\ncomplete\n");
    check_all_splits("response with reason, body to EOF is open", HTTP_RESPONSE,
                     "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\n\r\nhello",
                     "head 404 \"Not Found\" 1.1 flags=0\n  Content-Type: \"text/plain\"\nbody \"hello\"\n");
    check_all_splits("obs-fold is rejected", HTTP_REQUEST, "GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n",
                     "error HPE_INVALID_HEADER_TOKEN\n");
    check_all_splits("CL and TE", HTTP_REQUEST,
                     "POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n",
                     "error HPE_INVALID_TRANSFER_ENCODING\n");
    check_all_splits("repeated CL", HTTP_REQUEST,
                     "POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\n",
                     "error HPE_UNEXPECTED_CONTENT_LENGTH\n");
    check_all_splits("bad chunk size", HTTP_REQUEST,
                     "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
                     "head POST \"/\" 1.1 flags=208\n  Transfer-Encoding: \"chunked\"\n"
                     "error HPE_INVALID_CHUNK_SIZE\n");
    check_all_splits("bad method", HTTP_REQUEST, "G@T / HTTP/1.1\r\n\r\n", "error HPE_INVALID_METHOD\n");
    check_all_splits("bare LF in value", HTTP_REQUEST, "GET / HTTP/1.1\r\nA: b\nC: d\r\n\r\n",
                     "error HPE_CR_EXPECTED\n");
    check_all_splits("upgrade", HTTP_REQUEST,
                     "GET / HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\nXYZ",
                     "head GET \"/\" 1.1 flags=14\n  Connection: \"Upgrade\"\n  Upgrade: \"websocket\"\n"
                     "complete\nHPE_PAUSED_UPGRADE at 59\n");
    check_all_splits("HTTP/1.0 closes", HTTP_REQUEST, "GET / HTTP/1.0\r\n\r\nGET / HTTP/1.0\r\n\r\n",
                     "head GET \"/\" 1.0 flags=0\ncomplete\nerror HPE_CLOSED_CONNECTION\n");
}

/* What the head looks like to the binding: keep-alive and upgrade. */
static int flag_head(void *ud, const http_head_t *h) {
    int *out = ud;
    out[0] = h->keep_alive;
    out[1] = h->upgrade;
    out[2]++;
    return out[3];
}

static void check_head_flags(const char *name, http_type type, const char *in, int ret,
                             int keep_alive, int upgrade, int want_rc) {
    static const http_callbacks_t cb = {NULL, flag_head, NULL, NULL, NULL};
    int got[4] = {-1, -1, 0, ret};
    http_parser_t p;
    http_parser_init(&p, type, &cb, got);
    size_t used;
    int rc = http_parser_execute(&p, in, strlen(in), &used);
    http_parser_free(&p);
    char label[200];
    snprintf(label, sizeof label, "%s: keep_alive", name);
    total++;
    if (got[0] != keep_alive || got[1] != upgrade || got[2] != 1 || rc != want_rc) {
        failures++;
        printf("FAIL %s\n  got:  keep_alive=%d upgrade=%d heads=%d rc=%s\n  want: keep_alive=%d "
               "upgrade=%d heads=1 rc=%s\n",
               name, got[0], got[1], got[2], http_errno_name(rc), keep_alive, upgrade,
               http_errno_name(want_rc));
    }
}

static void test_flags(void) {
    check_head_flags("1.1 default", HTTP_REQUEST, "GET / HTTP/1.1\r\n\r\n", 0, 1, 0, 0);
    check_head_flags("1.1 close", HTTP_REQUEST, "GET / HTTP/1.1\r\nConnection: close\r\n\r\n", 0, 0, 0, 0);
    check_head_flags("1.0 keep-alive", HTTP_REQUEST,
                     "GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", 0, 1, 0, 0);
    check_head_flags("CONNECT", HTTP_REQUEST, "CONNECT a:443 HTTP/1.1\r\n\r\n", 0, 1, 1,
                     HPE_PAUSED_UPGRADE);
    check_head_flags("response to HEAD", HTTP_RESPONSE,
                     "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n", HTTP_CB_SKIP_BODY, 1, 0, 0);
    check_head_flags("response to CONNECT", HTTP_RESPONSE, "HTTP/1.1 200 OK\r\n\r\nraw", HTTP_CB_UPGRADE,
                     0, 0, HPE_PAUSED_UPGRADE);
    check_head_flags("response without length", HTTP_RESPONSE, "HTTP/1.1 200 OK\r\n\r\nraw", 0, 0, 0, 0);
}

static void test_limits(void) {
    /* Node counts URL and header bytes; the limit is reached at >=. */
    char big[65536];
    int n = snprintf(big, sizeof big, "GET / HTTP/1.1\r\nX: ");
    memset(big + n, 'a', 100);
    strcpy(big + n + 100, "\r\n\r\n");
    /* "/" + "X" + 100 = 102 bytes counted. */
    char *t = parse_to_text(HTTP_REQUEST, big, strlen(big), 0, 0, 0, 103);
    check_text("just under the limit", t, "head GET \"/\" 1.1 flags=0\n  X: \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"\ncomplete\n");
    free(t);
    t = parse_to_text(HTTP_REQUEST, big, strlen(big), 0, 0, 0, 102);
    check_text("at the limit", t, "error HPE_HEADER_OVERFLOW\n");
    free(t);
    t = parse_to_text(HTTP_REQUEST, big, strlen(big), 7, 0, 0, 102);
    check_text("at the limit, in pieces", t, "error HPE_HEADER_OVERFLOW\n");
    free(t);
    /* A value that never ends is cut off before the buffer grows past the limit. */
    n = snprintf(big, sizeof big, "GET / HTTP/1.1\r\nX: ");
    memset(big + n, 'a', sizeof big - n);
    t = parse_to_text(HTTP_REQUEST, big, sizeof big, 1000, 0, 0, 0);
    check_text("endless header", t, "error HPE_HEADER_OVERFLOW\n");
    free(t);
    /* Padding is not counted by Node, but is bounded by the buffer. */
    n = snprintf(big, sizeof big, "GET / HTTP/1.1\r\nX:");
    memset(big + n, ' ', sizeof big - n);
    t = parse_to_text(HTTP_REQUEST, big, sizeof big, 1000, 0, 0, 0);
    check_text("endless padding", t, "error HPE_HEADER_OVERFLOW\n");
    free(t);
    /* The default limit: 16 KiB. */
    n = snprintf(big, sizeof big, "GET / HTTP/1.1\r\nX: ");
    memset(big + n, 'a', 16300);
    strcpy(big + n + 16300, "\r\n\r\n");
    t = parse_to_text(HTTP_REQUEST, big, strlen(big), 512, 0, 0, 0);
    total++;
    if (strncmp(t, "head GET", 8) != 0) {
        failures++;
        printf("FAIL 16300-byte header under the default limit\n  got: %.80s\n", t);
    }
    free(t);
    memset(big + n, 'a', 16400);
    strcpy(big + n + 16400, "\r\n\r\n");
    t = parse_to_text(HTTP_REQUEST, big, strlen(big), 512, 0, 0, 0);
    check_text("16400-byte header over the default limit", t, "error HPE_HEADER_OVERFLOW\n");
    free(t);
    /* Chunk extensions: 16 KiB per chunk. */
    n = snprintf(big, sizeof big, "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1;a=");
    memset(big + n, 'b', 20000);
    strcpy(big + n + 20000, "\r\nx\r\n0\r\n\r\n");
    t = parse_to_text(HTTP_REQUEST, big, strlen(big), 0, 0, 0, 0);
    check_text("chunk extensions overflow", t,
               "head POST \"/\" 1.1 flags=208\n  Transfer-Encoding: \"chunked\"\n"
               "error HPE_CHUNK_EXTENSIONS_OVERFLOW\n");
    free(t);
}

static void test_pause_and_finish(void) {
    recorder r = {{0}, 0, 1, 0, 0};
    rb_str(&r.out, "");
    const char *in = "POST / HTTP/1.1\r\nContent-Length: 2\r\n\r\nhiGET / HTTP/1.1\r\n\r\n";
    http_parser_t p;
    http_parser_init(&p, HTTP_REQUEST, &rec_cb, &r);
    size_t used;
    int rc = http_parser_execute(&p, in, strlen(in), &used);
    total++;
    if (rc != HPE_PAUSED || used != 38) {
        failures++;
        printf("FAIL pause in on_head: rc=%s used=%zu\n", http_errno_name(rc), used);
    }
    r.pause_on_head = 0;
    http_parser_resume(&p);
    size_t used2;
    rc = http_parser_execute(&p, in + used, strlen(in) - used, &used2);
    check_text("resume after pause", r.out.s,
               "head POST \"/\" 1.1 flags=20 cl=2\n  Content-Length: \"2\"\nbody \"hi\"\ncomplete\n"
               "head GET \"/\" 1.1 flags=0\ncomplete\n");
    http_parser_free(&p);
    free(r.out.s);
    /* finish: mid-body is an error, at a boundary it is not. */
    char *t = parse_to_text(HTTP_REQUEST, "POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nab", 40, 0, 0, 1, 0);
    check_text("EOF in a body", t, "head POST \"/\" 1.1 flags=20 cl=5\n  Content-Length: \"5\"\nbody \"ab\"\nerror HPE_INVALID_EOF_STATE\n");
    free(t);
    t = parse_to_text(HTTP_RESPONSE, "HTTP/1.1 200 OK\r\n\r\nab", 21, 0, 0, 1, 0);
    check_text("EOF ends a body that runs to close", t, "head 200 \"OK\" 1.1 flags=0\nbody \"ab\"\ncomplete\n");
    free(t);
}

/* Rejections checked against Node 24's own parser (the HTTPParser behind
 * node:http): the error code (err.code), reason (err.reason) and, fed
 * whole, the bytes parsed (err.bytesParsed). Every case is also fed byte by
 * byte. */
static const struct {
    http_type type;
    const char *in, *code, *reason;
    size_t bytes_parsed;
} node_errors[] = {
    {HTTP_REQUEST, "PRI / HTTP/1.1\r\nHost: a\r\n\r\n", "HPE_INVALID_VERSION", "Expected HTTP/2 Connection Preface", 16},
    {HTTP_REQUEST, "DESCRIBE / HTTP/1.1\r\nHost: a\r\n\r\n", "HPE_INVALID_CONSTANT", "Invalid method for HTTP/x.x request", 15},
    {HTTP_REQUEST, "get / HTTP/1.1\r\nHost: a\r\n\r\n", "HPE_INVALID_METHOD", "Invalid method encountered", 0},
    {HTTP_REQUEST, "GETX / HTTP/1.1\r\nHost: a\r\n\r\n", "HPE_INVALID_METHOD", "Expected space after method", 3},
    {HTTP_REQUEST, "GET a HTTP/1.1\r\n\r\n", "HPE_INVALID_URL", "Invalid characters in url", 6},
    {HTTP_REQUEST, "GET  HTTP/1.1\r\n\r\n", "HPE_INVALID_URL", "Unexpected char in url schema", 9},
    {HTTP_REQUEST, "GET /a b HTTP/1.1\r\n\r\n", "HPE_INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/", 7},
    {HTTP_REQUEST, "GET /\x7f"" HTTP/1.1\r\n\r\n", "HPE_INVALID_URL", "Invalid char in url path", 5},
    {HTTP_REQUEST, "GET [::1]:80 HTTP/1.1\r\n\r\n", "HPE_INVALID_URL", "Unexpected start char in url", 4},
    {HTTP_REQUEST, "GET / HTTP/1.2\r\n\r\n", "HPE_INVALID_VERSION", "Invalid HTTP version", 14},
    {HTTP_REQUEST, "GET / HTTP/1.x\r\n\r\n", "HPE_INVALID_VERSION", "Invalid minor version", 13},
    {HTTP_REQUEST, "GET / HTTP/11.1\r\n\r\n", "HPE_INVALID_VERSION", "Expected dot", 12},
    {HTTP_REQUEST, "GET / HTTP/1.1 \r\n\r\n", "HPE_INVALID_VERSION", "Expected CRLF after version", 14},
    {HTTP_RESPONSE, "HTTP/1.1  200 OK\r\nContent-Length: 0\r\n\r\n", "HPE_INVALID_STATUS", "Invalid status code", 9},
    {HTTP_REQUEST, "GET / ICE/1.0\r\n\r\n", "HPE_INVALID_CONSTANT", "Expected SOURCE method for ICE/x.x request", 9},
    {HTTP_RESPONSE, "HTTP/1.1\n 200 OK\r\nContent-Length: 0\r\n\r\n", "HPE_INVALID_VERSION", "Expected space after version", 8},
    {HTTP_REQUEST, "GET / HTTP/1.1\r\r\r\n\r\n", "HPE_STRICT", "Expected CRLF after version", 15},
    {HTTP_REQUEST, "GET /\n\n", "HPE_INVALID_HEADER_TOKEN", "Invalid header field char", 7},
    {HTTP_REQUEST, "GET / HTTP/1.1\r\na b: v\r\n\r\n", "HPE_INVALID_HEADER_TOKEN", "Invalid header token", 17},
    {HTTP_REQUEST, "GET / HTTP/1.1\r\nX: a\x01""b\r\n\r\n", "HPE_INVALID_HEADER_TOKEN", "Invalid header value char", 20},
    {HTTP_REQUEST, "GET / HTTP/1.1\r\nX: a\nb\r\n\r\n", "HPE_CR_EXPECTED", "Missing expected CR after header value", 20},
    {HTTP_RESPONSE, "HTTP/1.1 200 O\nK\r\nContent-Length: 0\r\n\r\n", "HPE_CR_EXPECTED", "Missing expected CR after response line", 15},
    {HTTP_REQUEST, "GET / HTTP/1.1\r\nX: a\rb\r\n\r\n", "HPE_LF_EXPECTED", "Missing expected LF after header value", 21},
    {HTTP_RESPONSE, "HTTP/1.1 200 O\rK\r\nContent-Length: 0\r\n\r\n", "HPE_STRICT", "Expected LF after CR", 15},
    {HTTP_REQUEST, "GET / HTTP/1.1\r\nX:a\r\n b\r\nY: z\r\n\r\n", "HPE_INVALID_HEADER_TOKEN", "Unexpected whitespace after header value", 21},
    {HTTP_REQUEST, "POST / HTTP/1.1\r\nContent-Length: +1\r\n\r\nabc", "HPE_INVALID_CONTENT_LENGTH", "Invalid character in Content-Length", 33},
    {HTTP_REQUEST, "POST / HTTP/1.1\r\nContent-Length: \r\n\r\nabc", "HPE_INVALID_CONTENT_LENGTH", "Empty Content-Length", 35},
    {HTTP_REQUEST, "POST / HTTP/1.1\r\nContent-Length: 18446744073709551616\r\n\r\nabc", "HPE_INVALID_CONTENT_LENGTH", "Content-Length overflow", 53},
    {HTTP_REQUEST, "POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\na", "HPE_UNEXPECTED_CONTENT_LENGTH", "Duplicate Content-Length", 52},
    {HTTP_REQUEST, "POST / HTTP/1.1\r\nTransfer-Encoding: chunked, gzip\r\n\r\n5\r\nhello\r\n0\r\n\r\n", "HPE_INVALID_TRANSFER_ENCODING", "Invalid `Transfer-Encoding` header value", 44},
    {HTTP_REQUEST, "POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n5\r\nhello\r\n0\r\n\r\n", "HPE_INVALID_TRANSFER_ENCODING", "Request has invalid `Transfer-Encoding`", 44},
    {HTTP_REQUEST, "POST / HTTP/1.1\r\nTransfer-Encoding: \r\n\r\n5\r\nhello\r\n0\r\n\r\n", "HPE_INVALID_TRANSFER_ENCODING", "Empty Transfer-Encoding", 38},
    {HTTP_REQUEST, "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n", "HPE_INVALID_CONTENT_LENGTH", "Content-Length can't be present with Transfer-Encoding", 60},
    {HTTP_REQUEST, "POST / HTTP/1.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", "HPE_INVALID_TRANSFER_ENCODING", "Transfer-Encoding can't be present with Content-Length", 54},
    {HTTP_REQUEST, "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0x5\r\nhello\r\n0\r\n\r\n", "HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size", 48},
    {HTTP_REQUEST, "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5;\r\nhello\r\n0\r\n\r\n", "HPE_STRICT", "Invalid character in chunk extensions", 50},
    {HTTP_REQUEST, "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5;a =b\r\nhello\r\n0\r\n\r\n", "HPE_STRICT", "Invalid character in chunk extensions name", 51},
    {HTTP_REQUEST, "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5;a= b\r\nhello\r\n0\r\n\r\n", "HPE_STRICT", "Invalid character in chunk extensions value", 52},
    {HTTP_REQUEST, "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5;a=\"b\r\nhello\r\n0\r\n\r\n", "HPE_STRICT", "Invalid character in chunk extensions quoted value", 54},
    {HTTP_REQUEST, "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\nhello\r\n0\r\n\r\n", "HPE_INVALID_CHUNK_SIZE", "Chunk size overflow", 64},
    {HTTP_REQUEST, "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\n\r\nhello\r\n0\r\n\r\n", "HPE_CR_EXPECTED", "Missing expected CR after chunk size", 49},
    {HTTP_REQUEST, "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\r\nhello\r\n0\r\n\r\n", "HPE_STRICT", "Expected LF after chunk size", 49},
    {HTTP_REQUEST, "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhellox\r\n0\r\n\r\n", "HPE_STRICT", "Expected LF after chunk data", 55},
    {HTTP_REQUEST, "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\n0\r\n\r\n", "HPE_CR_EXPECTED", "Missing expected CR after chunk data", 56},
    {HTTP_REQUEST, "GET / HTTP/1.1\r\nConnection: close\r\nUpgrade: ws\r\n\r\nGET / HTTP/1.1\r\n\r\n", "HPE_CLOSED_CONNECTION", "Data after `Connection: close`", 51},
    {HTTP_RESPONSE, "HTTP/1.1 2000 OK\r\nConnection: upgrade\r\nUpgrade: ws\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", "HPE_INVALID_STATUS", "Invalid response status", 12},
    {HTTP_RESPONSE, "HTTP/1.0 139 O\r\n T", "HPE_UNEXPECTED_SPACE", "Unexpected space after start line", 17},
    {HTTP_REQUEST, "GET /18#\x14""", "HPE_INVALID_URL", "Invalid char in url fragment start", 8},
    {HTTP_REQUEST, "POST /\r\nTransfer-Encoding: chunked\r\n\r\n3;a=b;c=\"d\\\"e\"\r\na\r\n\r\n3;a=\n\r\n", "HPE_CR_EXPECTED", "Missing expected CR after chunk extension value", 63},
    {HTTP_RESPONSE, "HTTP/\xca""\xd1""\xce""\r\n", "HPE_INVALID_VERSION", "Invalid major version", 5},
    {HTTP_RESPONSE, "HTTP/1.1 200 OK\r\nContent-Length: 00000000000000000000000000020059490137145344\r\n\roTTP\r", "HPE_STRICT", "Expected LF after headers", 80},
    {HTTP_REQUEST, "GET /1%0//:////////////////////////////o///////POST//?//////--/////4\r:aaa=aH\x15""\n", "HPE_INVALID_URL", "Expected CRLF", 69},
    {HTTP_REQUEST, "PRI * RTSP/T", "HPE_INVALID_CONSTANT", "Invalid method for RTSP/x.x request", 10},
    {HTTP_REQUEST, "GET /a?\"H\xff""", "HPE_INVALID_URL", "Invalid char in url query", 9},
    {HTTP_REQUEST, "POST /p HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;uuuuuuu;;;;;6;;;;;d\n\r\n", "HPE_CR_EXPECTED", "Missing expected CR after chunk extension name", 69},
    {HTTP_REQUEST, "CONNECT a\xb0""\n", "HPE_INVALID_URL", "Unexpected char in url server", 9},
    {HTTP_REQUEST, "POST /p HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1;a;c=\"d\\\"e\"Upg\n", "HPE_STRICT", "Invalid character in chunk extensions quote value", 60},
    {HTTP_REQUEST, "POST /p HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;a=b;c=\"e\\\n\r\n", "HPE_STRICT", "Invalid quoted-pair in chunk extensions quoted value", 60},
};

static void test_node_errors(void) {
    for (size_t i = 0; i < sizeof node_errors / sizeof node_errors[0]; i++) {
        for (int step = 0; step < 2; step++) {
            char *t = parse_to_text(node_errors[i].type, node_errors[i].in, strlen(node_errors[i].in),
                                    (size_t)step, 0, 0, 0);
            /* Only the final line: what came before (a head, a body) is not the point. */
            size_t n = strlen(t);
            char *last = t + (n ? n - 1 : 0);
            while (last > t && last[-1] != '\n')
                last--;
            char want[160], got[200];
            snprintf(want, sizeof want, "error %s\n%s", node_errors[i].code, node_errors[i].reason);
            snprintf(got, sizeof got, "%s%s", last, last_reason);
            char label[300];
            snprintf(label, sizeof label, "node error #%zu%s", i, step ? " (byte by byte)" : "");
            check_text(label, got, want);
            free(t);
        }
        http_parser_t p;
        http_parser_init(&p, node_errors[i].type, NULL, NULL);
        size_t used;
        http_parser_execute(&p, node_errors[i].in, strlen(node_errors[i].in), &used);
        http_parser_free(&p);
        total++;
        if (used != node_errors[i].bytes_parsed) {
            failures++;
            printf("FAIL node error #%zu: bytes parsed\n  got:  %zu\n  want: %zu\n", i, used,
                   node_errors[i].bytes_parsed);
        }
    }
}

/* ---- llhttp's vectors ---- */

typedef struct {
    char *name;
    char *type;
    int skip_body;
    char *input;
    size_t input_len;
    char *log;
} vector;

static int vec_pass, vec_fail, vec_lenient;

/* The md-test.ts rules: trailing newline dropped, escaped newlines
 * removed, newlines to CRLF, then \r \n \t \f \xHH and octal escapes. */
static char *decode_input(const char *raw, size_t *out_len) {
    size_t n = strlen(raw);
    char *a = malloc(n * 2 + 2), *out = malloc(n * 2 + 2);
    size_t m = 0;
    if (n && raw[n - 1] == '\n')
        n--;
    for (size_t i = 0; i < n; i++) {
        if (raw[i] == '\\' && i + 1 < n && raw[i + 1] == '\n') {
            i++;
            continue;
        }
        if (((unsigned char)raw[i] == 0xc2 || (unsigned char)raw[i] == 0xc3) && i + 1 < n) {
            /* The harness hands the parser the text's code points as Latin-1 bytes. */
            a[m++] = (char)(((unsigned char)raw[i] & 3) << 6 | ((unsigned char)raw[i + 1] & 0x3f));
            i++;
            continue;
        }
        if (raw[i] == '\n') {
            a[m++] = '\r';
            a[m++] = '\n';
            continue;
        }
        a[m++] = raw[i];
    }
    size_t k = 0;
    for (size_t i = 0; i < m; i++) {
        if (a[i] == '\\' && i + 1 < m) {
            char e = a[i + 1];
            if (e == 'r' || e == 'n' || e == 't' || e == 'f') {
                out[k++] = e == 'r' ? '\r' : e == 'n' ? '\n' : e == 't' ? '\t' : '\f';
                i++;
                continue;
            }
            if (e == 'x' && i + 2 < m && strchr("0123456789abcdefABCDEF", a[i + 2]) && a[i + 2]) {
                unsigned v = 0;
                size_t j = i + 2;
                while (j < m && a[j] && strchr("0123456789abcdefABCDEF", a[j]))
                    v = v * 16 + (unsigned)(a[j] <= '9' ? a[j] - '0' : (a[j] | 0x20) - 'a' + 10), j++;
                out[k++] = (char)v;
                i = j - 1;
                continue;
            }
            if (e >= '0' && e <= '7') {
                unsigned v = 0;
                size_t j = i + 1;
                while (j < m && j < i + 4 && a[j] >= '0' && a[j] <= '7')
                    v = v * 8 + (unsigned)(a[j] - '0'), j++;
                out[k++] = (char)v;
                i = j - 1;
                continue;
            }
        }
        out[k++] = a[i];
    }
    free(a);
    *out_len = k;
    return out;
}

/* A span value from the log: "..." with \t \f \r \n \\ \" \xHH escapes. */
static void log_value(rec_buf *b, const char *q) {
    const char *s = strchr(q, '"');
    /* A lone CR or LF is logged as `cr` or `lf`, unquoted. */
    const char *eq = strchr(q, '=');
    if (!s && eq) {
        rb_add(b, !strcmp(eq + 1, "cr") ? "\r" : "\n", 1);
        return;
    }
    if (!s)
        return;
    s++;
    const char *e = strrchr(s, '"');
    if (!e)
        e = s + strlen(s);
    for (; s < e; s++) {
        char c = *s;
        if (c == '\\' && s + 1 < e && (s[1] == 't' || s[1] == 'f')) {
            c = *++s == 't' ? '\t' : '\f';
        } else if (((unsigned char)c == 0xc2 || (unsigned char)c == 0xc3) && s + 1 < e) {
            /* The log is UTF-8 text of the input's Latin-1 bytes. */
            c = (char)(((unsigned char)c & 3) << 6 | ((unsigned char)s[1] & 0x3f));
            s++;
        }
        rb_add(b, &c, 1);
    }
}

/* The expected record, in the recorder's format, from an llhttp log. */
static char *expected_from_log(const char *log, http_type type, int lenient, int *err_code) {
    rec_buf out = {0}, span = {0}, method = {0}, url = {0}, status = {0}, version = {0};
    rec_buf hdrs = {0}, trailers = {0}, name = {0}, body = {0};
    rb_str(&out, "");
    int in_head = 0, after_head = 0, hc_method = -1, hc_status = 0;
    unsigned hc_flags = 0;
    unsigned long long hc_cl = 0;
    *err_code = -1;
    want_reason[0] = 0;
    const char *line = log;
    while (*line) {
        const char *nl = strchr(line, '\n');
        size_t ll = nl ? (size_t)(nl - line) : strlen(line);
        char *l = strndup(line, ll);
        line += ll + (nl ? 1 : 0);
        char *ev = strchr(l, ' ');
        if (strncmp(l, "off=", 4) || !ev) {
            free(l);
            continue;
        }
        ev++;
        if (!strncmp(ev, "len=", 4)) {
            char *sp = strchr(ev, ' ');
            char *kind = sp ? sp + 1 : ev;
            span.len = 0;
            rb_str(&span, "");
            log_value(&span, kind);
            if (!strncmp(kind, "span[method]", 12)) rb_add(&method, span.s, span.len);
            else if (!strncmp(kind, "span[url]", 9)) rb_add(&url, span.s, span.len);
            else if (!strncmp(kind, "span[status]", 12)) rb_add(&status, span.s, span.len);
            else if (!strncmp(kind, "span[version]", 13)) rb_add(&version, span.s, span.len);
            else if (!strncmp(kind, "span[header_field]", 18)) rb_add(&name, span.s, span.len);
            else if (!strncmp(kind, "span[header_value]", 18)) {
                /* the value: joined in `span`-sized pieces until complete */
                rec_buf *dst = after_head ? &trailers : &hdrs;
                if (name.len) {
                    rb_str(dst, "  ");
                    rb_bytes(dst, name.s, name.len);
                    rb_str(dst, ": \"");
                    name.len = 0;
                    name.s[0] = 0;
                    rb_str(dst, "\x01");
                }
                rb_add(dst, span.s, span.len);
            } else if (!strncmp(kind, "span[body]", 10)) rb_add(&body, span.s, span.len);
        } else if (!strcmp(ev, "message begin")) {
            in_head = 1;
            after_head = 0;
        } else if (!strcmp(ev, "header_value complete")) {
            rec_buf *dst = after_head ? &trailers : &hdrs;
            if (name.len) { /* an empty value has no span */
                rb_str(dst, "  ");
                rb_bytes(dst, name.s, name.len);
                rb_str(dst, ": \"\x01");
                name.len = 0;
                name.s[0] = 0;
            }
            /* Trim the raw value after the \x01 mark, then escape it. */
            char *mark = strrchr(dst->s, '\x01');
            if (mark) {
                char *v = strdup(mark + 1);
                size_t vl = strlen(v), a = 0;
                while (a < vl && (v[a] == ' ' || v[a] == '\t')) a++;
                while (vl > a && (v[vl - 1] == ' ' || v[vl - 1] == '\t')) vl--;
                dst->len = (size_t)(mark - dst->s);
                rb_bytes(dst, v + a, vl - a);
                rb_str(dst, "\"\n");
                free(v);
            }
        } else if (!strncmp(ev, "headers complete", 16)) {
            char *m = strstr(ev, "method=");
            char *s = strstr(ev, "status=");
            char *f = strstr(ev, "flags=");
            char *c = strstr(ev, "content_length=");
            hc_method = m ? atoi(m + 7) : -1;
            hc_status = s ? atoi(s + 7) : 0;
            hc_flags = f ? (unsigned)strtoul(f + 6, NULL, 16) : 0;
            hc_cl = c ? strtoull(c + 15, NULL, 10) : 0;
            if (type == HTTP_REQUEST) {
                rb_str(&out, "head ");
                rb_add(&out, method.s ? method.s : "", method.len);
                rb_str(&out, " \"");
                rb_bytes(&out, url.s ? url.s : "", url.len);
                rb_str(&out, "\" ");
                (void)hc_method;
            } else {
                rb_fmt(&out, "head %d \"", hc_status);
                rb_bytes(&out, status.s ? status.s : "", status.len);
                rb_str(&out, "\" ");
            }
            if (version.len)
                rb_add(&out, version.s, version.len);
            else
                rb_str(&out, "0.9");
            /* Flags as kiln reports them: the framing ones. */
            unsigned fl = hc_flags & 0x23f;
            rb_fmt(&out, " flags=%x", fl);
            if (fl & HTTP_F_CONTENT_LENGTH)
                rb_fmt(&out, " cl=%llu", hc_cl);
            rb_str(&out, "\n");
            if (hdrs.len)
                rb_add(&out, hdrs.s, hdrs.len);
            method.len = url.len = status.len = version.len = hdrs.len = 0;
            in_head = 0;
            after_head = 1;
        } else if (!strcmp(ev, "message complete")) {
            if (body.len) {
                rb_str(&out, "body \"");
                rb_bytes(&out, body.s, body.len);
                rb_str(&out, "\"\n");
                body.len = 0;
            }
            if (trailers.len) {
                rb_str(&out, "trailers\n");
                rb_add(&out, trailers.s, trailers.len);
                trailers.len = 0;
            }
            rb_str(&out, "complete\n");
            after_head = 0;
        } else if (!strncmp(ev, "finish=", 7)) {
            if (atoi(ev + 7) == 2)
                *err_code = HPE_INVALID_EOF_STATE;
            else if (atoi(ev + 7) == 1)
                rb_str(&out, "complete\n");
        } else if (!strncmp(ev, "error code=", 11)) {
            if (body.len) {
                rb_str(&out, "body \"");
                rb_bytes(&out, body.s, body.len);
                rb_str(&out, "\"\n");
                body.len = 0;
            }
            *err_code = atoi(ev + 11);
            char *rs = strstr(ev, "reason=\"");
            snprintf(want_reason, sizeof want_reason, "%s", rs ? rs + 8 : "");
            if (strrchr(want_reason, '"'))
                *strrchr(want_reason, '"') = 0;
        }
        free(l);
    }
    if (body.len) {
        rb_str(&out, "body \"");
        rb_bytes(&out, body.s, body.len);
        rb_str(&out, "\"\n");
    }
    (void)in_head;
    (void)lenient;
    free(span.s); free(method.s); free(url.s); free(status.s); free(version.s);
    free(hdrs.s); free(trailers.s); free(name.s); free(body.s);
    return out.s;
}

/* Removes the final "error ..." / "...UPGRADE at N" line of a record; returns its code. */
static int strip_status(char *t) {
    size_t n = strlen(t);
    if (n == 0)
        return 0;
    char *last = t + n - 1;
    while (last > t && last[-1] != '\n')
        last--;
    int code = 0;
    if (!strncmp(last, "error ", 6)) {
        char name[64];
        sscanf(last + 6, "%63s", name);
        for (int c = 0; c < 200; c++)
            if (!strcmp(http_errno_name(c), name)) {
                code = c;
                break;
            }
        *last = 0;
    } else if (!strncmp(last, "HPE_PAUSED_UPGRADE", 18)) {
        code = HPE_PAUSED_UPGRADE;
        *last = 0;
    } else if (!strncmp(last, "HPE_PAUSED_H2_UPGRADE", 21)) {
        code = HPE_PAUSED_H2_UPGRADE;
        *last = 0;
    }
    return code;
}

/* The leniency a vector's type names ("request-lenient-headers"), as
 * llhttp's test fixtures set them; 0 for a strict case. */
static uint32_t vector_lenient(const char *type) {
    static const struct {
        const char *name;
        uint32_t flags;
    } names[] = {
        {"lenient-all", HTTP_LENIENT_HEADERS | HTTP_LENIENT_CHUNKED_LENGTH | HTTP_LENIENT_KEEP_ALIVE |
                            HTTP_LENIENT_TRANSFER_ENCODING | HTTP_LENIENT_VERSION |
                            HTTP_LENIENT_DATA_AFTER_CLOSE | HTTP_LENIENT_OPTIONAL_LF_AFTER_CR |
                            HTTP_LENIENT_OPTIONAL_CR_BEFORE_LF | HTTP_LENIENT_OPTIONAL_CRLF_AFTER_CHUNK},
        {"lenient-headers", HTTP_LENIENT_HEADERS},
        {"lenient-chunked-length", HTTP_LENIENT_CHUNKED_LENGTH},
        {"lenient-keep-alive", HTTP_LENIENT_KEEP_ALIVE},
        {"lenient-transfer-encoding", HTTP_LENIENT_TRANSFER_ENCODING},
        {"lenient-version", HTTP_LENIENT_VERSION},
        {"lenient-data-after-close", HTTP_LENIENT_DATA_AFTER_CLOSE},
        {"lenient-optional-lf-after-cr", HTTP_LENIENT_OPTIONAL_LF_AFTER_CR},
        {"lenient-optional-cr-before-lf", HTTP_LENIENT_OPTIONAL_CR_BEFORE_LF},
        {"lenient-optional-crlf-after-chunk", HTTP_LENIENT_OPTIONAL_CRLF_AFTER_CHUNK},
        {"lenient-spaces-after-chunk-size", HTTP_LENIENT_SPACES_AFTER_CHUNK_SIZE},
        {"lenient-header-value-relaxed", HTTP_LENIENT_HEADER_VALUE_RELAXED},
    };
    const char *l = strstr(type, "lenient");
    if (!l)
        return 0;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (!strcmp(l, names[i].name))
            return names[i].flags;
    printf("FAIL unknown vector type %s\n", type);
    failures++;
    return 0;
}

static void run_vector(const char *file, const vector *v) {
    const char *t = v->type;
    http_type type = !strncmp(t, "response", 8) ? HTTP_RESPONSE : HTTP_REQUEST;
    int finish = strstr(t, "-finish") != NULL;
    uint32_t lenient = vector_lenient(t);
    int want_code;
    char *want = expected_from_log(v->log, type, lenient != 0, &want_code);
    if (lenient) {
        /* Accepted only with its leniency: a strict parser rejects it. */
        char *got = parse_to_text(type, v->input, v->input_len, 0, v->skip_body, finish, 0);
        int got_code = strip_status(got);
        total++;
        vec_lenient++;
        if (got_code != 0 && got_code != HPE_PAUSED_UPGRADE) {
            vec_pass++;
        } else {
            printf("FAIL %s: %s [%s] (strict)\n  a lenient-only case was accepted:\n%s", file, v->name, t, got);
            vec_fail++;
            failures++;
        }
        free(got);
    }
    /* Whole, byte by byte, and whole with a pause in every callback. */
    for (int pass = 0; pass < 3; pass++) {
        pause_everywhere = pass == 2;
        lenient_flags = lenient;
        char *got = parse_to_text(type, v->input, v->input_len, pass == 1 ? 1 : 0, v->skip_body, finish, 0);
        lenient_flags = 0;
        pause_everywhere = 0;
        int got_code = strip_status(got);
        char label[512];
        snprintf(label, sizeof label, "%s: %s [%s]%s", file, v->name, t,
                 pass == 1 ? " (byte by byte)" : pass == 2 ? " (pausing)" : "");
        int ok;
        {
            int wc = want_code < 0 ? 0 : want_code;
            /* A message cut short with no error in the log: the data just ended. */
            ok = got_code == wc && strcmp(got, want) == 0;
            /* err.reason is Node's too: the same text. */
            if (ok && wc && want_reason[0] && strcmp(last_reason, want_reason) != 0) {
                ok = 0;
                printf("FAIL %s\n  reason: got '%s', want '%s'\n", label, last_reason, want_reason);
            } else if (!ok)
                printf("FAIL %s\n--- got (%s):\n%s--- want (%s):\n%s", label, http_errno_name(got_code),
                       got, http_errno_name(wc), want);
        }
        total++;
        if (ok) {
            vec_pass++;
        } else {
            vec_fail++;
            failures++;
        }
        free(got);
    }
    free(want);
}

static char *slurp(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = malloc((size_t)n + 1);
    size_t got = fread(s, 1, (size_t)n, f);
    s[got] = 0;
    fclose(f);
    return s;
}

static void run_md(const char *dir, const char *sub, const char *fname) {
    char path[2200];
    snprintf(path, sizeof path, "%s/%s/%s", dir, sub, fname);
    char *text = slurp(path);
    if (!text) {
        printf("FAIL cannot read %s\n", path);
        failures++;
        return;
    }
    char label[256];
    snprintf(label, sizeof label, "%s/%s", sub, fname);
    vector v = {0};
    char *name = strdup("");
    char *p = text;
    while (*p) {
        char *nl = strchr(p, '\n');
        size_t ll = nl ? (size_t)(nl - p) : strlen(p);
        if (p[0] == '#') {
            free(name);
            char *s = p;
            while (*s == '#' || *s == ' ')
                s++;
            name = strndup(s, ll - (size_t)(s - p));
        } else if (!strncmp(p, "<!-- meta=", 10)) {
            char *ty = strstr(p, "\"type\"");
            free(v.type);
            v.type = NULL;
            if (ty && ty < p + ll) {
                char *q = strchr(ty + 6, '"');
                char *e = q ? strchr(q + 1, '"') : NULL;
                if (e)
                    v.type = strndup(q + 1, (size_t)(e - q - 1));
            }
            char *sb = strstr(p, "skipBody");
            v.skip_body = sb && sb < p + ll;
        } else if (!strncmp(p, "```http", 7) || !strncmp(p, "```log", 6)) {
            int is_log = p[3] == 'l';
            char *start = nl ? nl + 1 : p + ll;
            char *end = strstr(start, "\n```");
            if (!end)
                break;
            char *raw = strndup(start, (size_t)(end - start) + 1);
            if (is_log) {
                v.log = raw;
                if (v.input && v.type) {
                    v.name = name;
                    run_vector(label, &v);
                }
                free(v.input);
                free(v.log);
                v.input = v.log = NULL;
            } else {
                v.input = decode_input(raw, &v.input_len);
                free(raw);
            }
            p = end + 4;
            nl = strchr(p, '\n');
            ll = nl ? (size_t)(nl - p) : strlen(p);
        }
        p += ll + (nl ? 1 : 0);
    }
    free(v.type);
    free(v.input);
    free(name);
    free(text);
}

static void test_vectors(void) {
    const char *dir = getenv("KILN_TESTDATA");
    char buf[1024];
    if (!dir)
        dir = "../shared/testdata/llhttp";
    else {
        snprintf(buf, sizeof buf, "%s/llhttp", dir);
        dir = buf;
    }
    static const char *const subs[] = {"request", "response"};
    for (int s = 0; s < 2; s++) {
        char path[1100];
        snprintf(path, sizeof path, "%s/%s", dir, subs[s]);
        DIR *d = opendir(path);
        if (!d) {
            printf("FAIL no test vectors at %s\n", path);
            failures++;
            return;
        }
        char *names[64];
        int n = 0;
        struct dirent *e;
        while ((e = readdir(d)) && n < 64)
            if (strstr(e->d_name, ".md"))
                names[n++] = strdup(e->d_name);
        closedir(d);
        for (int i = 0; i < n; i++) {
            run_md(dir, subs[s], names[i]);
            free(names[i]);
        }
    }
    /* Each vector counts three times: whole, byte by byte, pausing. */
    printf("llhttp vectors: %d passed, %d failed (%d of the runs check that a lenient case fails strict parsing)\n",
           vec_pass, vec_fail, vec_lenient);
}

int main(void) {
    test_basics();
    test_flags();
    test_limits();
    test_pause_and_finish();
    test_node_errors();
    test_vectors();
    printf("%d/%d checks passed\n", total - failures, total);
    return failures ? 1 : 0;
}
