/* kiln's HTTP/1.1 parser; see http_parser.h for the contract.
 *
 * Two layers. The head (start line and headers, or a trailer section) is
 * parsed by http_head_parse() over one contiguous byte range that starts
 * at the head's first byte: the caller's input when the head is in one
 * read, else the parser's buffer, to which each read is appended. The
 * head parser keeps its position and token offsets in the parser, so a
 * head split across reads is resumed where it stopped. Bodies (by length,
 * until EOF, or chunked) are parsed straight from the input by
 * http_parser_execute() and handed out as slices of it.
 *
 * What is accepted, and the error code and reason for what is not, follow
 * Node's parser (llhttp), with no leniency flags set or with the ones in
 * p->lenient, checked against llhttp's test vectors (its lenient cases
 * with their flags) in test/c/test-http-parser.c. */
#include "http/http_parser.h"

#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define HTTP_CHECK(c)                                                          \
    do {                                                                       \
        if (!(c))                                                              \
            abort();                                                           \
    } while (0)

const char *const http_method_names[HTTP_METHOD_COUNT] = {
    "DELETE", "GET", "HEAD", "POST", "PUT", "CONNECT", "OPTIONS", "TRACE",
    "COPY", "LOCK", "MKCOL", "MOVE", "PROPFIND", "PROPPATCH", "SEARCH",
    "UNLOCK", "BIND", "REBIND", "UNBIND", "ACL", "REPORT", "MKACTIVITY",
    "CHECKOUT", "MERGE", "M-SEARCH", "NOTIFY", "SUBSCRIBE", "UNSUBSCRIBE",
    "PATCH", "PURGE", "MKCALENDAR", "LINK", "UNLINK", "SOURCE", "PRI",
    "DESCRIBE", "ANNOUNCE", "SETUP", "PLAY", "PAUSE", "TEARDOWN",
    "GET_PARAMETER", "SET_PARAMETER", "REDIRECT", "RECORD", "FLUSH", "QUERY",
};

/* Which methods go with which protocol, as llhttp pairs them. */
static bool http_method_is_http(int m) { return m <= HTTP_PRI || m == 46; }
static bool http_method_is_rtsp(int m) {
    return (m >= 35 && m <= 45) || m == HTTP_OPTIONS || m == HTTP_GET || m == HTTP_POST;
}

/* Byte classes. tchar (RFC 9110 token), the characters llhttp takes in a
 * request target, and field-value characters (HTAB, visible ASCII, space,
 * obs-text). */
enum { C_TOKEN = 1, C_URL = 2, C_VALUE = 4, C_HEX = 8, C_USERINFO = 16 };
static uint8_t http_class[256];

/* Filled before main (a constructor), so parsers on any thread read a
 * finished table. */
__attribute__((constructor)) static void http_init_classes(void) {
    static const char tok[] = "!#$%&'*+-.^_`|~";
    uint8_t cls[256] = {0};
    for (int c = '0'; c <= '9'; c++)
        cls[c] |= C_TOKEN | C_HEX;
    for (int c = 'a'; c <= 'z'; c++)
        cls[c] |= C_TOKEN;
    for (int c = 'A'; c <= 'Z'; c++)
        cls[c] |= C_TOKEN;
    for (int c = 'a'; c <= 'f'; c++)
        cls[c] |= C_HEX;
    for (int c = 'A'; c <= 'F'; c++)
        cls[c] |= C_HEX;
    for (const char *s = tok; *s; s++)
        cls[(uint8_t)*s] |= C_TOKEN;
    for (int c = 0x21; c < 0x7f; c++)
        cls[c] |= C_URL;
    /* An authority: userinfo characters, '[' and ']' (and one '@'). */
    for (int c = '0'; c <= '9'; c++)
        cls[c] |= C_USERINFO;
    for (int c = 'a'; c <= 'z'; c++)
        cls[c] |= C_USERINFO, cls[c - 32] |= C_USERINFO;
    for (const char *s = "-_.!~*'()%;:&=+$,[]"; *s; s++)
        cls[(uint8_t)*s] |= C_USERINFO;
    cls['\t'] |= C_VALUE;
    for (int c = 0x20; c < 0x7f; c++)
        cls[c] |= C_VALUE;
    for (int c = 0x80; c < 0x100; c++)
        cls[c] |= C_VALUE;
    memcpy(http_class, cls, sizeof cls);
}

const char *http_errno_name(int code) {
    switch (code) {
    case HPE_OK: return "HPE_OK";
    case HPE_INTERNAL: return "HPE_INTERNAL";
    case HPE_STRICT: return "HPE_STRICT";
    case HPE_LF_EXPECTED: return "HPE_LF_EXPECTED";
    case HPE_UNEXPECTED_CONTENT_LENGTH: return "HPE_UNEXPECTED_CONTENT_LENGTH";
    case HPE_CLOSED_CONNECTION: return "HPE_CLOSED_CONNECTION";
    case HPE_INVALID_METHOD: return "HPE_INVALID_METHOD";
    case HPE_INVALID_URL: return "HPE_INVALID_URL";
    case HPE_INVALID_CONSTANT: return "HPE_INVALID_CONSTANT";
    case HPE_INVALID_VERSION: return "HPE_INVALID_VERSION";
    case HPE_INVALID_HEADER_TOKEN: return "HPE_INVALID_HEADER_TOKEN";
    case HPE_INVALID_CONTENT_LENGTH: return "HPE_INVALID_CONTENT_LENGTH";
    case HPE_INVALID_CHUNK_SIZE: return "HPE_INVALID_CHUNK_SIZE";
    case HPE_INVALID_STATUS: return "HPE_INVALID_STATUS";
    case HPE_INVALID_EOF_STATE: return "HPE_INVALID_EOF_STATE";
    case HPE_INVALID_TRANSFER_ENCODING: return "HPE_INVALID_TRANSFER_ENCODING";
    case HPE_PAUSED: return "HPE_PAUSED";
    case HPE_PAUSED_UPGRADE: return "HPE_PAUSED_UPGRADE";
    case HPE_PAUSED_H2_UPGRADE: return "HPE_PAUSED_H2_UPGRADE";
    case HPE_USER: return "HPE_USER";
    case HPE_CR_EXPECTED: return "HPE_CR_EXPECTED";
    case HPE_UNEXPECTED_SPACE: return "HPE_UNEXPECTED_SPACE";
    case HPE_HEADER_OVERFLOW: return "HPE_HEADER_OVERFLOW";
    case HPE_CHUNK_EXTENSIONS_OVERFLOW: return "HPE_CHUNK_EXTENSIONS_OVERFLOW";
    default: return "HPE_UNKNOWN";
    }
}

/* The first byte of s[j..end) that cannot be in a field value (a control
 * character other than HTAB, or DEL), or end. Values are most of a head:
 * 16 bytes at a time where SSE2 is there. */
static uint32_t http_scan_value(const char *s, uint32_t j, uint32_t end) {
#ifdef __SSE2__
    const __m128i c1f = _mm_set1_epi8(0x1f), tab = _mm_set1_epi8(0x09), del = _mm_set1_epi8(0x7f);
    while (end - j >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(s + j));
        __m128i ctl = _mm_cmpeq_epi8(_mm_min_epu8(v, c1f), v);
        __m128i bad = _mm_or_si128(_mm_andnot_si128(_mm_cmpeq_epi8(v, tab), ctl), _mm_cmpeq_epi8(v, del));
        int m = _mm_movemask_epi8(bad);
        if (m)
            return j + (uint32_t)__builtin_ctz((unsigned)m);
        j += 16;
    }
#endif
    while (j < end && (http_class[(unsigned char)s[j]] & C_VALUE))
        j++;
    return j;
}

/* The same for a request target: visible ASCII only. */
static uint32_t http_scan_url(const char *s, uint32_t j, uint32_t end) {
#ifdef __SSE2__
    const __m128i sp = _mm_set1_epi8(0x20), del = _mm_set1_epi8(0x7f);
    while (end - j >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(s + j));
        __m128i bad = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(v, sp), v),
                                   _mm_cmpeq_epi8(_mm_max_epu8(v, del), v));
        int m = _mm_movemask_epi8(bad);
        if (m)
            return j + (uint32_t)__builtin_ctz((unsigned)m);
        j += 16;
    }
#endif
    while (j < end && (http_class[(unsigned char)s[j]] & C_URL))
        j++;
    return j;
}

/* Stream states. */
enum {
    S_START,       /* between messages: CR and LF are skipped */
    S_HEAD,        /* in a head or trailer section: http_head_parse */
    S_BODY_LENGTH, /* `remaining` body bytes to go */
    S_BODY_EOF,    /* body until the end of the stream */
    S_CHUNK_SIZE_FIRST,
    S_CHUNK_SIZE,
    S_CHUNK_SIZE_WS,   /* spaces after the size (lenient) */
    S_CHUNK_EXT_START, /* after ';' */
    S_CHUNK_EXT_NAME,
    S_CHUNK_EXT_VALUE,
    S_CHUNK_EXT_QUOTED,
    S_CHUNK_EXT_QUOTED_ESC,
    S_CHUNK_EXT_QUOTED_END,
    S_CHUNK_SIZE_LF,
    S_CHUNK_DATA,
    S_CHUNK_DATA_CR,
    S_CHUNK_DATA_LF,
    S_PRI_PREFACE, /* after "PRI * HTTP/2.0\r\n": the rest of the preface */
    S_CLOSED,      /* after a message that closes the connection */
    S_DEAD,        /* after an error or an upgrade */
};

/* Head states (hstate). */
enum {
    H_METHOD,
    H_SPACES_BEFORE_URL,
    H_URL_START,
    H_URL_SCHEMA,
    H_URL_SCHEMA_DELIM,
    H_URL_SERVER,
    H_URL, /* path, query and fragment */
    H_REQ_PROTO,
    H_RES_PROTO,
    H_MAJOR,
    H_DOT,
    H_MINOR,
    H_REQ_AFTER_VERSION,
    H_REQ_LINE_LF,
    H_RES_SPACE_AFTER_VERSION,
    H_STATUS,
    H_STATUS_AFTER,
    H_REASON,
    H_RES_LINE_LF,
    H_HTTP09_LF,
    H_LINE_START_FIRST, /* first header line: SP/HTAB is "Unexpected space after start line" */
    H_LINE_START,
    H_NAME,
    H_VALUE_OWS,
    H_VALUE_EMPTY_CR,
    H_VALUE,
    H_VALUE_CR,
    H_END_LF,
};

/* The raw head may be longer than what Node counts against the limit (it
 * counts start-line and header tokens, not separators or padding); this
 * bounds the buffer a head can make us hold. */
static uint32_t http_raw_limit(const http_parser_t *p) {
    return p->max_header_size * 2 + 8192;
}

static void http_clear_message(http_parser_t *p) {
    p->hstate = p->type == HTTP_REQUEST ? H_METHOD : H_RES_PROTO;
    p->in_trailers = 0;
    p->skip_body = 0;
    p->upgrade = 0;
    p->keep_alive = 0;
    p->cl_seen = 0;
    p->te_chunked_last = 0;
    p->flags = 0;
    p->method = 0;
    p->status = 0;
    p->major = p->minor = 0;
    p->content_length = 0;
    p->remaining = 0;
    p->pos = p->tok_off = p->val_end = p->span_off = 0;
    p->pending_header = p->loose_value = 0;
    p->url_off = p->url_len = p->reason_off = p->reason_len = 0;
    p->counted = 0;
    p->ext_bytes = 0;
    p->nheaders = 0;
    p->buf_len = 0;
}

void http_parser_init(http_parser_t *p, http_type type, const http_callbacks_t *cb, void *ud) {
    memset(p, 0, sizeof *p);
    p->type = type;
    p->cb = cb;
    p->ud = ud;
    p->max_header_size = 16384;
    p->headers = p->headers_inline;
    p->headers_cap = sizeof p->headers_inline / sizeof p->headers_inline[0];
    http_parser_reset(p);
}

void http_parser_reset(http_parser_t *p) {
    p->state = S_START;
    p->error = HPE_OK;
    p->reason = NULL;
    p->paused_state = 0;
    p->message_started = 0;
    http_clear_message(p);
}

void http_parser_free(http_parser_t *p) {
    if (p->headers != p->headers_inline)
        free(p->headers);
    free(p->buf);
    p->headers = p->headers_inline;
    p->headers_cap = sizeof p->headers_inline / sizeof p->headers_inline[0];
    p->buf = NULL;
    p->buf_cap = p->buf_len = 0;
}

void http_parser_set_error(http_parser_t *p, const char *reason) { p->reason = reason; }

void http_parser_resume(http_parser_t *p) {
    if (p->error == HPE_PAUSED || p->error == HPE_PAUSED_UPGRADE) {
        if (p->error == HPE_PAUSED_UPGRADE)
            p->state = S_START;
        p->error = HPE_OK;
        p->reason = NULL;
    }
}

/* ---- the head ---- */

static bool http_ieq(const char *a, uint32_t n, const char *lower) {
    size_t m = strlen(lower);
    if (n != m)
        return false;
    for (uint32_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)a[i];
        if (c >= 'A' && c <= 'Z')
            c += 32;
        if (c != (unsigned char)lower[i])
            return false;
    }
    return true;
}

static int http_fail(http_parser_t *p, int code, const char *reason) {
    p->error = code;
    p->reason = reason;
    return code;
}

/* The method named by s[0..n), or -1. */
static int http_method_lookup(const char *s, uint32_t n) {
    /* The common ones first, without the table walk. */
    if (n == 3 && s[0] == 'G' && s[1] == 'E' && s[2] == 'T')
        return HTTP_GET;
    if (n == 4 && memcmp(s, "POST", 4) == 0)
        return HTTP_POST;
    for (int m = 0; m < HTTP_METHOD_COUNT; m++) {
        const char *name = http_method_names[m];
        if (strlen(name) == n && memcmp(name, s, n) == 0)
            return m;
    }
    return -1;
}

static bool http_method_prefix(const char *s, uint32_t n) {
    for (int m = 0; m < HTTP_METHOD_COUNT; m++)
        if (strncmp(http_method_names[m], s, n) == 0 && strlen(http_method_names[m]) > n)
            return true;
    return false;
}

/* The reason llhttp gives for a bad method, whose name matched as far as
 * s[0..n): it matches names as a trie, so a complete name followed by a
 * byte that continues no other is a missing space. */
static int http_bad_method(http_parser_t *p, const char *s, uint32_t n) {
    if (n > 0 && http_method_lookup(s, n) >= 0)
        return http_fail(p, HPE_INVALID_METHOD, "Expected space after method");
    return http_fail(p, HPE_INVALID_METHOD, "Invalid method encountered");
}

static bool http_version_ok(int major, int minor) {
    return (major == 1 && (minor == 0 || minor == 1)) || (major == 0 && minor == 9) ||
           (major == 2 && minor == 0);
}

/* Node's header-size check: start-line and header tokens together. */
static int http_count(http_parser_t *p, uint32_t n) {
    p->counted += n;
    if (p->counted >= p->max_header_size)
        return http_fail(p, HPE_HEADER_OVERFLOW, "Header overflow");
    return 0;
}

/* Splits a comma-separated list and calls fn on each trimmed element. */
typedef int (*http_list_fn)(http_parser_t *p, const char *s, uint32_t n);
static int http_each_token(http_parser_t *p, const char *v, uint32_t n, http_list_fn fn) {
    uint32_t i = 0;
    while (i <= n) {
        uint32_t j = i;
        while (j < n && v[j] != ',')
            j++;
        uint32_t a = i, b = j;
        while (a < b && (v[a] == ' ' || v[a] == '\t'))
            a++;
        while (b > a && (v[b - 1] == ' ' || v[b - 1] == '\t'))
            b--;
        int rc = fn(p, v + a, b - a);
        if (rc) {
            /* Node reports a bad element where it starts, after the comma
             * (one byte in, for the first). */
            p->err_at += i ? i : 1;
            return rc;
        }
        i = j + 1;
    }
    return 0;
}

static int http_connection_token(http_parser_t *p, const char *s, uint32_t n) {
    if (http_ieq(s, n, "close"))
        p->flags |= HTTP_F_CONNECTION_CLOSE;
    else if (http_ieq(s, n, "keep-alive"))
        p->flags |= HTTP_F_CONNECTION_KEEP_ALIVE;
    else if (http_ieq(s, n, "upgrade"))
        p->flags |= HTTP_F_CONNECTION_UPGRADE;
    return 0;
}

/* Transfer codings. chunked must be the last one: for a request anything
 * after it is an error; for a response it means the body runs to EOF. */
static int http_te_token(http_parser_t *p, const char *s, uint32_t n) {
    /* An empty element is skipped, but not after chunked, which must be last. */
    if (n == 0 && !p->te_chunked_last)
        return 0;
    if (http_ieq(s, n, "chunked")) {
        if (p->te_chunked_last && p->type == HTTP_REQUEST && !(p->lenient & HTTP_LENIENT_TRANSFER_ENCODING))
            return http_fail(p, HPE_INVALID_TRANSFER_ENCODING,
                             "Invalid `Transfer-Encoding` header value");
        p->te_chunked_last = 1;
        p->flags |= HTTP_F_CHUNKED;
        return 0;
    }
    if (p->te_chunked_last && p->type == HTTP_REQUEST && !(p->lenient & HTTP_LENIENT_TRANSFER_ENCODING))
        return http_fail(p, HPE_INVALID_TRANSFER_ENCODING, "Invalid `Transfer-Encoding` header value");
    p->te_chunked_last = 0;
    p->flags &= ~(uint32_t)HTTP_F_CHUNKED;
    return 0;
}

static int http_header_check(http_parser_t *p, const http_header_t *h, const char *name, uint32_t nl,
                             const char *v, uint32_t vl);

/* A header is complete: record it, and act on the ones that frame the
 * message. `base` holds the head; the header is the last one recorded.
 * With lenient headers a name may end in spaces (before its colon) and a
 * value may span obs-folds: the checks see the name without the spaces
 * and the value without the folds' line ends. */
static int http_header_done(http_parser_t *p, const char *base) {
    const http_header_t *h = &p->headers[p->nheaders - 1];
    const char *name = base + h->name_off, *v = base + h->value_off;
    uint32_t nl = h->name_len, vl = h->value_len;
    while (nl > 0 && name[nl - 1] == ' ')
        nl--;
    if (!h->folded)
        return http_header_check(p, h, name, nl, v, vl);
    char small[256] = {0};
    char *d = vl <= sizeof small ? small : malloc(vl);
    HTTP_CHECK(d);
    uint32_t k = 0;
    for (uint32_t i = 0; i < vl; i++)
        if (v[i] != '\r' && v[i] != '\n')
            d[k++] = v[i];
    int rc = http_header_check(p, h, name, nl, d, k);
    if (d != small)
        free(d);
    return rc;
}

static int http_header_check(http_parser_t *p, const http_header_t *h, const char *name, uint32_t nl,
                             const char *v, uint32_t vl) {
    /* Where Node reports an error in this header: at the value by default,
     * just past the colon for a conflict between headers. */
    p->err_at = h->value_off;
    uint32_t after_colon = h->name_off + h->name_len + 1;
    /* Trailers go through the same checks (a Content-Length among them is
     * an error, as in llhttp); what they set no longer frames anything. */
    switch (nl) {
    case 7:
        if (http_ieq(name, nl, "upgrade"))
            p->flags |= HTTP_F_UPGRADE;
        break;
    case 10:
        if (http_ieq(name, nl, "connection"))
            return http_each_token(p, v, vl, http_connection_token);
        break;
    case 16:
        if (http_ieq(name, nl, "proxy-connection"))
            return http_each_token(p, v, vl, http_connection_token);
        break;
    case 14:
        if (http_ieq(name, nl, "content-length")) {
            if ((p->flags & HTTP_F_TRANSFER_ENCODING) && !(p->lenient & HTTP_LENIENT_CHUNKED_LENGTH)) {
                p->err_at = after_colon;
                return http_fail(p, HPE_INVALID_CONTENT_LENGTH,
                                 "Content-Length can't be present with Transfer-Encoding");
            }
            if (p->cl_seen)
                return http_fail(p, HPE_UNEXPECTED_CONTENT_LENGTH, "Duplicate Content-Length");
            if (vl == 0) {
                p->err_at = h->value_off + 2; /* past the CRLF */
                return http_fail(p, HPE_INVALID_CONTENT_LENGTH, "Empty Content-Length");
            }
            uint64_t n = 0;
            for (uint32_t i = 0; i < vl; i++) {
                unsigned d = (unsigned char)v[i] - '0';
                if (d > 9) {
                    /* llhttp takes whitespace after the digits, then fails
                     * at what follows it. */
                    while (i < vl && (v[i] == ' ' || v[i] == '\t'))
                        i++;
                    p->err_at = h->value_off + i;
                    return http_fail(p, HPE_INVALID_CONTENT_LENGTH,
                                     "Invalid character in Content-Length");
                }
                if (n > (UINT64_MAX - d) / 10) {
                    p->err_at = h->value_off + i + 1;
                    return http_fail(p, HPE_INVALID_CONTENT_LENGTH, "Content-Length overflow");
                }
                n = n * 10 + d;
            }
            p->cl_seen = 1;
            p->content_length = n;
            p->flags |= HTTP_F_CONTENT_LENGTH;
        }
        break;
    case 17:
        if (http_ieq(name, nl, "transfer-encoding")) {
            if ((p->flags & HTTP_F_CONTENT_LENGTH) && !(p->lenient & HTTP_LENIENT_CHUNKED_LENGTH)) {
                p->err_at = after_colon;
                return http_fail(p, HPE_INVALID_TRANSFER_ENCODING,
                                 "Transfer-Encoding can't be present with Content-Length");
            }
            if (vl == 0) {
                p->err_at = h->value_off + 2;
                return http_fail(p, HPE_INVALID_TRANSFER_ENCODING, "Empty Transfer-Encoding");
            }
            p->flags |= HTTP_F_TRANSFER_ENCODING;
            return http_each_token(p, v, vl, http_te_token);
        }
        break;
    }
    return 0;
}

static int http_push_header(http_parser_t *p) {
    if (p->nheaders == p->headers_cap) {
        uint32_t cap = p->headers_cap * 2;
        http_header_t *h = malloc(cap * sizeof *h);
        HTTP_CHECK(h);
        memcpy(h, p->headers, p->nheaders * sizeof *h);
        if (p->headers != p->headers_inline)
            free(p->headers);
        p->headers = h;
        p->headers_cap = cap;
    }
    p->headers[p->nheaders].folded = 0;
    p->nheaders++;
    return 0;
}

/* The names llhttp matches itself (whose framing it acts on). */
static bool http_special_name(const char *name, uint32_t n) {
    static const char *const known[] = {"connection", "content-length", "transfer-encoding",
                                        "upgrade", "proxy-connection"};
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        if (http_ieq(name, n, known[i]))
            return true;
    return false;
}

/* A header name followed by SP/HTAB. llhttp names the error differently
 * for the names it matches itself. */
static int http_bad_name_space(http_parser_t *p, const char *name, uint32_t n) {
    if (http_special_name(name, n)) {
        p->err_next = 1;
        return http_fail(p, HPE_INVALID_HEADER_TOKEN, "Invalid header field char");
    }
    return http_fail(p, HPE_INVALID_HEADER_TOKEN, "Invalid header token");
}

enum { HEAD_MORE = -1, HEAD_DONE = -2 };

/* Parses base[p->pos .. end). Returns HEAD_MORE when every byte was taken
 * and the head goes on, HEAD_DONE with p->pos just past the blank line, or
 * an error code with p->pos at the offending byte. */
static int http_head_parse(http_parser_t *p, const char *base, uint32_t end) {
    uint32_t i = p->pos;
    int rc = 0;
#define FAIL(code, why)                                                        \
    do {                                                                       \
        p->pos = i;                                                            \
        return http_fail(p, code, why);                                        \
    } while (0)
/* Errors llhttp takes the offending byte for before failing: Node's
 * bytesParsed counts it. */
#define FAIL1(code, why)                                                       \
    do {                                                                       \
        p->err_next = 1;                                                       \
        FAIL(code, why);                                                       \
    } while (0)
#define COUNT(n)                                                               \
    do {                                                                       \
        if ((rc = http_count(p, (n))) != 0) {                                  \
            p->pos = i;                                                        \
            p->err_next = 1;                                                   \
            return rc;                                                         \
        }                                                                      \
    } while (0)
    while (i < end) {
        unsigned char c = (unsigned char)base[i];
        switch (p->hstate) {
        case H_METHOD: {
            uint32_t j = i;
            while (j < end && (http_class[(unsigned char)base[j]] & C_TOKEN))
                j++;
            int m = j < end && base[j] == ' ' ? http_method_lookup(base, j) : -1;
            if (m < 0 && (j < end || (!http_method_prefix(base, j) && http_method_lookup(base, j) < 0))) {
                /* Where llhttp, matching byte by byte, stops: the first byte
                 * that continues no method name. */
                uint32_t k = 1;
                while (k <= j && (http_method_prefix(base, k) || http_method_lookup(base, k) >= 0))
                    k++;
                i = k - 1;
                p->pos = i;
                return http_bad_method(p, base, i);
            }
            i = j;
            if (j == end)
                break;
            p->method = m;
            p->hstate = H_SPACES_BEFORE_URL;
            i++;
            break;
        }
        case H_SPACES_BEFORE_URL:
            if (c == ' ') {
                i++;
                break;
            }
            p->tok_off = i;
            p->val_end = 0; /* slashes seen after the scheme, '@' seen in the authority */
            /* CONNECT takes an authority ("host:port"); the rest, as llhttp
             * parses them: "/path", "*", or "scheme://authority/path". */
            p->hstate = p->method == HTTP_CONNECT ? H_URL_SERVER : H_URL_START;
            break;
        case H_URL_START:
            if (c == '/' || c == '*') {
                p->hstate = H_URL;
                break;
            }
            if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                p->hstate = H_URL_SCHEMA;
                i++;
                break;
            }
            if (c == ' ' || c == '\r' || c == '\n')
                FAIL1(HPE_INVALID_URL, "Invalid characters in url");
            FAIL(HPE_INVALID_URL, "Unexpected start char in url");
        case H_URL_SCHEMA:
            if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                i++;
                break;
            }
            if (c == ':') {
                p->hstate = H_URL_SCHEMA_DELIM;
                i++;
                break;
            }
            if (c == ' ' || c == '\r' || c == '\n')
                FAIL1(HPE_INVALID_URL, "Invalid characters in url");
            FAIL(HPE_INVALID_URL, "Unexpected char in url schema");
        case H_URL_SCHEMA_DELIM:
            if (c == '/') {
                i++;
                if (++p->val_end == 2) {
                    p->val_end = 0;
                    p->hstate = H_URL_SERVER;
                }
                break;
            }
            if (c == ' ' || c == '\r' || c == '\n')
                FAIL1(HPE_INVALID_URL, "Invalid characters in url");
            FAIL(HPE_INVALID_URL, "Unexpected char in url schema");
        case H_URL_SERVER:
            if (c == '/' || c == '?') {
                p->hstate = H_URL;
                break;
            }
            if (c == '@') {
                if (p->val_end)
                    FAIL(HPE_INVALID_URL, "Double @ in url");
                p->val_end = 1;
                i++;
                break;
            }
            if (c == ' ' || c == '\r' || c == '\n')
                goto url_end;
            if (http_class[c] & C_USERINFO) {
                i++;
                break;
            }
            FAIL(HPE_INVALID_URL, "Unexpected char in url server");
        case H_URL: {
            uint32_t j = http_scan_url(base, i, end);
            i = j;
            if (j == end)
                break;
            c = (unsigned char)base[j];
            if (c == ' ' || c == '\r' || c == '\n')
                goto url_end;
            if (c == '\t' || c == '\f')
                FAIL1(HPE_INVALID_URL, "Invalid characters in url");
            /* The part of the target the byte is in names the error. */
            const char *u = base + p->tok_off;
            uint32_t ul = j - p->tok_off;
            if (memchr(u, '#', ul))
                FAIL(HPE_INVALID_URL, "Invalid char in url fragment start");
            if (memchr(u, '?', ul))
                FAIL(HPE_INVALID_URL, "Invalid char in url query");
            FAIL(HPE_INVALID_URL, "Invalid char in url path");
        }
        url_end:
            p->url_off = p->tok_off;
            p->url_len = i - p->tok_off;
            if ((rc = http_count(p, p->url_len)) != 0) {
                p->pos = i;
                return rc;
            }
            i++;
            if (c == ' ') {
                p->hstate = H_REQ_PROTO;
                p->tok_off = i;
            } else {
                /* HTTP/0.9: no version, the line ends after the target. */
                p->major = 0;
                p->minor = 9;
                p->hstate = c == '\r' ? H_HTTP09_LF : H_LINE_START_FIRST;
            }
            break;
        case H_HTTP09_LF:
            if (c != '\n')
                FAIL(HPE_INVALID_URL, "Expected CRLF");
            i++;
            p->hstate = H_LINE_START_FIRST;
            break;
        case H_REQ_PROTO:
        case H_RES_PROTO:
            /* The usual "HTTP/1.1" at once. */
            if (end - i >= 8 && i == p->tok_off && memcmp(base + i, "HTTP/1.", 7) == 0 &&
                (base[i + 7] == '1' || base[i + 7] == '0') &&
                (p->type == HTTP_RESPONSE || http_method_is_http(p->method))) {
                p->major = 1;
                p->minor = base[i + 7] - '0';
                p->hstate = p->type == HTTP_REQUEST ? H_REQ_AFTER_VERSION : H_RES_SPACE_AFTER_VERSION;
                i += 8;
                break;
            }
            {
            /* "HTTP/", "RTSP/" or "ICE/", matched byte by byte. */
            uint32_t k = i - p->tok_off;
            const char *s = base + p->tok_off;
            bool ok = false;
            static const char *const protos[] = {"HTTP/", "RTSP/", "ICE/"};
            for (int q = 0; q < 3; q++) {
                if (k < strlen(protos[q]) && memcmp(protos[q], s, k) == 0 && protos[q][k] == c) {
                    ok = true;
                    if (k + 1 == strlen(protos[q])) {
                        if (p->type == HTTP_REQUEST) {
                            if (q == 0 && !http_method_is_http(p->method))
                                FAIL(HPE_INVALID_CONSTANT, "Invalid method for HTTP/x.x request");
                            if (q == 1 && !http_method_is_rtsp(p->method))
                                FAIL(HPE_INVALID_CONSTANT, "Invalid method for RTSP/x.x request");
                            if (q == 2 && p->method != HTTP_SOURCE)
                                FAIL(HPE_INVALID_CONSTANT, "Expected SOURCE method for ICE/x.x request");
                        }
                        p->hstate = H_MAJOR;
                    }
                }
            }
            if (!ok)
                FAIL(HPE_INVALID_CONSTANT, "Expected HTTP/, RTSP/ or ICE/");
            i++;
            break;
        }
        case H_MAJOR:
            if (c < '0' || c > '9')
                FAIL(HPE_INVALID_VERSION, "Invalid major version");
            p->major = c - '0';
            p->hstate = H_DOT;
            i++;
            break;
        case H_DOT:
            if (c != '.')
                FAIL(HPE_INVALID_VERSION, "Expected dot");
            p->hstate = H_MINOR;
            i++;
            break;
        case H_MINOR:
            if (c < '0' || c > '9')
                FAIL(HPE_INVALID_VERSION, "Invalid minor version");
            p->minor = c - '0';
            if (!http_version_ok(p->major, p->minor) && !(p->lenient & HTTP_LENIENT_VERSION))
                FAIL1(HPE_INVALID_VERSION, "Invalid HTTP version");
            p->hstate = p->type == HTTP_REQUEST ? H_REQ_AFTER_VERSION : H_RES_SPACE_AFTER_VERSION;
            i++;
            break;
        case H_REQ_AFTER_VERSION:
            if (c == '\n' && (p->lenient & HTTP_LENIENT_OPTIONAL_CR_BEFORE_LF) && p->method != HTTP_PRI) {
                /* As llhttp: the LF stands for the CR, and an LF is still
                 * expected (or the leniency that spares it). */
                p->hstate = H_REQ_LINE_LF;
                i++;
                break;
            }
            if (c == '\n')
                FAIL1(HPE_INVALID_VERSION, "Expected CRLF after version");
            if (c != '\r')
                FAIL(HPE_INVALID_VERSION, "Expected CRLF after version");
            p->hstate = H_REQ_LINE_LF;
            i++;
            break;
        case H_REQ_LINE_LF:
            if (c != '\n' && (p->lenient & HTTP_LENIENT_OPTIONAL_LF_AFTER_CR) && p->method != HTTP_PRI) {
                p->hstate = H_LINE_START_FIRST;
                break;
            }
            if (c != '\n')
                FAIL(HPE_STRICT, "Expected CRLF after version");
            i++;
            if (p->method == HTTP_PRI) {
                /* The HTTP/2 preface: the rest is matched by execute. */
                p->pos = i;
                return HEAD_DONE;
            }
            p->hstate = H_LINE_START_FIRST;
            break;
        case H_RES_SPACE_AFTER_VERSION:
            if (c != ' ')
                FAIL(HPE_INVALID_VERSION, "Expected space after version");
            p->hstate = H_STATUS;
            p->tok_off = ++i;
            break;
        case H_STATUS:
            if (c >= '0' && c <= '9') {
                if (i - p->tok_off == 3)
                    FAIL(HPE_INVALID_STATUS, "Invalid response status");
                p->status = p->status * 10 + (c - '0');
                i++;
                break;
            }
            if (i - p->tok_off != 3)
                FAIL(HPE_INVALID_STATUS, "Invalid status code");
            p->hstate = H_STATUS_AFTER;
            /* fall through */
        case H_STATUS_AFTER:
            if (c == ' ') {
                p->hstate = H_REASON;
                p->tok_off = ++i;
                break;
            }
            if (c == '\r') {
                p->reason_off = p->reason_len = 0;
                p->hstate = H_RES_LINE_LF;
                i++;
                break;
            }
            if (c == '\n' && (p->lenient & HTTP_LENIENT_OPTIONAL_CR_BEFORE_LF)) {
                p->reason_off = p->reason_len = 0;
                p->hstate = H_LINE_START_FIRST;
                i++;
                break;
            }
            if (c == '\n')
                FAIL1(HPE_INVALID_STATUS, "Invalid response status");
            FAIL(HPE_INVALID_STATUS, "Invalid response status");
        case H_REASON: {
            uint32_t j = i;
            while (j < end && base[j] != '\r' && base[j] != '\n')
                j++;
            i = j;
            if (j == end)
                break;
            p->reason_off = p->tok_off;
            p->reason_len = j - p->tok_off;
            COUNT(p->reason_len);
            if (base[j] == '\n' && (p->lenient & HTTP_LENIENT_OPTIONAL_CR_BEFORE_LF)) {
                p->hstate = H_LINE_START_FIRST;
                i++;
                break;
            }
            if (base[j] == '\n')
                FAIL1(HPE_CR_EXPECTED, "Missing expected CR after response line");
            p->hstate = H_RES_LINE_LF;
            i++;
            break;
        }
        case H_RES_LINE_LF:
            if (c != '\n' && (p->lenient & HTTP_LENIENT_OPTIONAL_LF_AFTER_CR)) {
                p->hstate = H_LINE_START_FIRST;
                break;
            }
            if (c != '\n')
                FAIL(HPE_STRICT, "Expected LF after CR");
            p->hstate = H_LINE_START_FIRST;
            i++;
            break;
        case H_LINE_START_FIRST:
            if (c == ' ' && (p->lenient & HTTP_LENIENT_HEADERS)) {
                p->hstate = H_LINE_START;
                i++;
                break;
            }
            if (c == ' ')
                FAIL1(HPE_UNEXPECTED_SPACE, "Unexpected space after start line");
            if (c == '\t')
                FAIL(HPE_INVALID_HEADER_TOKEN, "Invalid header token");
            p->hstate = H_LINE_START;
            /* fall through */
        case H_LINE_START:
            if (p->pending_header) {
                p->pending_header = 0;
                if (c == ' ' || c == '\t') {
                    /* obs-fold: the value goes on, on this line. */
                    if (p->last_empty) {
                        p->hstate = H_VALUE_OWS;
                        break;
                    }
                    p->headers[p->nheaders - 1].folded = 1;
                    p->span_off = i;
                    p->hstate = H_VALUE;
                    break;
                }
                if ((rc = http_header_done(p, base)) != 0) {
                    p->pos = p->err_at;
                    return rc;
                }
            }
            if (c == '\r') {
                p->hstate = H_END_LF;
                i++;
                break;
            }
            if (c == '\n' && (p->lenient & HTTP_LENIENT_OPTIONAL_CR_BEFORE_LF)) {
                p->pos = i + 1;
                return HEAD_DONE;
            }
            /* obs-fold; llhttp names it differently after an empty value. */
            if ((c == ' ' || c == '\t') && p->last_empty)
                FAIL1(HPE_INVALID_HEADER_TOKEN, "Invalid header value char");
            if (c == ' ' || c == '\t')
                FAIL(HPE_INVALID_HEADER_TOKEN, "Unexpected whitespace after header value");
            if (c == '\n')
                FAIL1(HPE_INVALID_HEADER_TOKEN, "Invalid header field char");
            if (!(http_class[c] & C_TOKEN))
                FAIL(HPE_INVALID_HEADER_TOKEN, "Invalid header token");
            p->tok_off = i;
            p->hstate = H_NAME;
            /* fall through */
        case H_NAME: {
            uint32_t j = i;
            while (j < end && (http_class[(unsigned char)base[j]] & C_TOKEN))
                j++;
            i = j;
            if (j == end)
                break;
            if (base[j] == ' ' && (p->lenient & HTTP_LENIENT_HEADERS)) {
                /* A name llhttp matches itself may be followed by spaces
                 * before its colon; they stay in the name. */
                uint32_t nl = j - p->tok_off;
                while (nl > 0 && base[p->tok_off + nl - 1] == ' ')
                    nl--;
                if (http_special_name(base + p->tok_off, nl)) {
                    /* Then the name goes on (llhttp takes it as a name of
                     * its own, spaces included) or ends at the colon. */
                    while (j < end && base[j] == ' ')
                        j++;
                    i = j;
                    break;
                }
            }
            if (base[j] != ':') {
                if (base[j] == ' ')
                    return p->pos = i, http_bad_name_space(p, base + p->tok_off, j - p->tok_off);
                FAIL(HPE_INVALID_HEADER_TOKEN, "Invalid header token");
            }
            http_push_header(p);
            http_header_t *h = &p->headers[p->nheaders - 1];
            h->name_off = p->tok_off;
            h->name_len = j - p->tok_off;
            COUNT(h->name_len);
            p->hstate = H_VALUE_OWS;
            i++;
            break;
        }
        case H_VALUE_OWS:
            if (c == ' ' || c == '\t') {
                i++;
                break;
            }
            if (c == '\r') {
                http_header_t *h = &p->headers[p->nheaders - 1];
                h->value_off = i;
                h->value_len = 0;
                p->hstate = H_VALUE_EMPTY_CR;
                i++;
                break;
            }
            if (c == '\n' && (p->lenient & HTTP_LENIENT_OPTIONAL_CR_BEFORE_LF)) {
                http_header_t *h = &p->headers[p->nheaders - 1];
                h->value_off = i;
                h->value_len = 0;
                p->last_empty = 1;
                goto value_done;
            }
            if (c == '\n')
                FAIL1(HPE_INVALID_HEADER_TOKEN, "Invalid header value char");
            p->tok_off = i;
            p->span_off = i;
            p->val_end = i;
            p->hstate = H_VALUE;
            /* fall through */
        case H_VALUE: {
            uint32_t j = http_scan_value(base, i, end);
            /* Lenient headers take any byte up to the line's end (and then
             * a bare LF ends it); relaxed values take control characters
             * but NUL. */
            while (j < end && base[j] != '\r' && base[j] != '\n' &&
                   ((p->lenient & HTTP_LENIENT_HEADERS) ||
                    ((p->lenient & HTTP_LENIENT_HEADER_VALUE_RELAXED) && base[j] != 0))) {
                p->loose_value |= (p->lenient & HTTP_LENIENT_HEADERS) != 0;
                j = http_scan_value(base, j + 1, end);
            }
            /* The value's end without trailing whitespace: a value starts
             * with neither, so this stops at tok_off at the latest. */
            uint32_t last = j;
            while (last > p->tok_off && (base[last - 1] == ' ' || base[last - 1] == '\t'))
                last--;
            p->val_end = last;
            i = j;
            if (j == end)
                break;
            c = (unsigned char)base[j];
            bool bare_lf = c == '\n' && (p->loose_value || (p->lenient & HTTP_LENIENT_OPTIONAL_CR_BEFORE_LF));
            if (c == '\n' && !bare_lf)
                FAIL(HPE_CR_EXPECTED, "Missing expected CR after header value");
            if (c != '\r' && !bare_lf)
                FAIL(HPE_INVALID_HEADER_TOKEN, "Invalid header value char");
            http_header_t *h = &p->headers[p->nheaders - 1];
            h->value_off = p->tok_off;
            h->value_len = p->val_end - p->tok_off;
            /* Node counts the value as llhttp spans it: with trailing
             * whitespace (each line of a folded one). */
            COUNT(j - p->span_off);
            p->loose_value = 0;
            if (bare_lf) {
                i = j;
                p->last_empty = 0;
                goto value_done;
            }
            p->hstate = H_VALUE_CR;
            i++;
            break;
        }
        case H_VALUE_EMPTY_CR:
            p->last_empty = 1;
            if (c != '\n') {
                if (!(p->lenient & HTTP_LENIENT_HEADERS))
                    FAIL(HPE_STRICT, "Expected LF after CR");
                /* The CR alone ended the line: this byte starts the next. */
                goto line_done;
            }
            goto value_done;
        case H_VALUE_CR:
            if (c != '\n')
                FAIL(HPE_LF_EXPECTED, "Missing expected LF after header value");
            p->last_empty = 0;
        value_done:
            i++;
        line_done:
            p->hstate = H_LINE_START;
            if (p->lenient & HTTP_LENIENT_HEADERS) {
                /* Checked when the next line shows whether it folds. */
                p->pending_header = 1;
                break;
            }
            if ((rc = http_header_done(p, base)) != 0) {
                p->pos = p->err_at;
                return rc;
            }
            break;
        case H_END_LF:
            if (c != '\n' && (p->lenient & HTTP_LENIENT_OPTIONAL_LF_AFTER_CR)) {
                p->pos = i;
                return HEAD_DONE;
            }
            if (c != '\n')
                FAIL(HPE_STRICT, "Expected LF after headers");
            p->pos = i + 1;
            return HEAD_DONE;
        }
    }
    p->pos = i;
    return HEAD_MORE;
#undef FAIL
#undef FAIL1
#undef COUNT
}

/* ---- the stream ---- */

static bool http_needs_eof(const http_parser_t *p) {
    if (p->type == HTTP_REQUEST)
        return false;
    if (p->status / 100 == 1 || p->status == 204 || p->status == 304 || p->skip_body)
        return false;
    if ((p->flags & HTTP_F_TRANSFER_ENCODING) && !(p->flags & HTTP_F_CHUNKED))
        return true;
    if (p->flags & (HTTP_F_CHUNKED | HTTP_F_CONTENT_LENGTH))
        return false;
    return true;
}

static bool http_should_keep_alive(const http_parser_t *p) {
    if (p->major > 0 && p->minor > 0) {
        if (p->flags & HTTP_F_CONNECTION_CLOSE)
            return false;
    } else if (!(p->flags & HTTP_F_CONNECTION_KEEP_ALIVE)) {
        return false;
    }
    return !http_needs_eof(p);
}

/* A callback's answer: 0 to go on, or the code execute stops with. */
static int http_cb_result(http_parser_t *p, int r) {
    if (r == HTTP_CB_OK)
        return 0;
    if (r == HTTP_CB_PAUSE)
        return http_fail(p, HPE_PAUSED, "Paused");
    if (!p->reason || p->error != HPE_OK)
        p->reason = "User callback error";
    p->error = HPE_USER;
    return HPE_USER;
}

/* The message is complete. Returns 0, or the code to stop with. */
static int http_message_done(http_parser_t *p) {
    bool keep = http_should_keep_alive(p);
    bool upgrade = p->upgrade;
    p->message_started = 0;
    p->state = upgrade ? S_DEAD : keep || (p->lenient & HTTP_LENIENT_KEEP_ALIVE) ? S_START : S_CLOSED;
    http_clear_message(p);
    int r = p->cb && p->cb->on_message_complete ? p->cb->on_message_complete(p->ud) : 0;
    if (upgrade) {
        if (r == HTTP_CB_ERROR)
            return http_cb_result(p, r);
        return http_fail(p, HPE_PAUSED_UPGRADE, "Pause on CONNECT/Upgrade");
    }
    return http_cb_result(p, r);
}

/* The head is parsed (base holds it). Hands it over and chooses the body. */
static int http_head_done(http_parser_t *p, const char *base) {
    if (p->in_trailers) {
        if (p->nheaders > 0 && p->cb && p->cb->on_trailers) {
            http_head_t t;
            memset(&t, 0, sizeof t);
            t.base = base;
            t.nheaders = p->nheaders;
            t.headers = p->headers;
            int rc = http_cb_result(p, p->cb->on_trailers(p->ud, &t));
            if (rc && rc != HPE_PAUSED)
                return rc;
            if (rc == HPE_PAUSED) {
                p->paused_state = 1;
                return rc;
            }
        }
        return http_message_done(p);
    }
    if (p->type == HTTP_REQUEST && p->method == HTTP_PRI) {
        p->state = S_PRI_PREFACE;
        p->pos = 0;
        return 0;
    }
    /* Which upgrade the message asks for, before the callback sees it. */
    if ((p->flags & HTTP_F_UPGRADE) && (p->flags & HTTP_F_CONNECTION_UPGRADE))
        p->upgrade = p->type == HTTP_REQUEST || p->status == 101;
    else
        p->upgrade = p->type == HTTP_REQUEST && p->method == HTTP_CONNECT;
    http_head_t h;
    h.base = base;
    h.method = p->method;
    h.status = p->status;
    h.major = p->major;
    h.minor = p->minor;
    h.url_off = p->url_off;
    h.url_len = p->url_len;
    h.reason_off = p->reason_off;
    h.reason_len = p->reason_len;
    h.nheaders = p->nheaders;
    h.headers = p->headers;
    h.flags = p->flags;
    h.content_length = p->content_length;
    h.keep_alive = http_should_keep_alive(p);
    h.upgrade = p->upgrade;
    int r = p->cb && p->cb->on_head ? p->cb->on_head(p->ud, &h) : 0;
    bool paused = false;
    if (r == HTTP_CB_SKIP_BODY) {
        p->skip_body = 1;
    } else if (r == HTTP_CB_UPGRADE) {
        p->upgrade = 1;
        p->skip_body = 1;
    } else if (r == HTTP_CB_PAUSE) {
        paused = true;
    } else if (r != HTTP_CB_OK) {
        return http_cb_result(p, r);
    }
    p->nheaders = 0;
    p->counted = 0;
    bool has_body = (p->flags & HTTP_F_CHUNKED) || p->content_length > 0;
    bool done = false;
    if ((p->upgrade && (p->method == HTTP_CONNECT || p->skip_body || !has_body)) ||
        (p->type == HTTP_RESPONSE && p->status == 101)) {
        p->upgrade = 1;
        done = true;
    } else if (p->skip_body || (p->type == HTTP_RESPONSE &&
                                (p->status / 100 == 1 || p->status == 204 || p->status == 304))) {
        done = true;
    } else if (p->flags & HTTP_F_CHUNKED) {
        p->state = S_CHUNK_SIZE_FIRST;
    } else if (p->flags & HTTP_F_TRANSFER_ENCODING) {
        if (p->type == HTTP_REQUEST &&
            !(p->lenient & (HTTP_LENIENT_CHUNKED_LENGTH | HTTP_LENIENT_TRANSFER_ENCODING)))
            return http_fail(p, HPE_INVALID_TRANSFER_ENCODING,
                             "Request has invalid `Transfer-Encoding`");
        p->state = S_BODY_EOF;
    } else if (p->flags & HTTP_F_CONTENT_LENGTH) {
        if (p->content_length == 0) {
            done = true;
        } else {
            p->remaining = p->content_length;
            p->state = S_BODY_LENGTH;
        }
    } else if (http_needs_eof(p)) {
        p->state = S_BODY_EOF;
    } else {
        done = true;
    }
    if (paused) {
        /* Resume finishes the message if it has no body. */
        p->paused_state = done ? 2 : 0;
        return http_fail(p, HPE_PAUSED, "Paused");
    }
    return done ? http_message_done(p) : 0;
}

static int http_body(http_parser_t *p, const char *s, size_t n) {
    if (!p->cb || !p->cb->on_body || n == 0)
        return 0;
    return http_cb_result(p, p->cb->on_body(p->ud, s, n));
}

/* Makes room for `need` bytes in the head buffer. */
static void http_buf_reserve(http_parser_t *p, uint32_t need) {
    if (need <= p->buf_cap)
        return;
    uint32_t cap = p->buf_cap ? p->buf_cap : 1024;
    while (cap < need)
        cap *= 2;
    char *b = realloc(p->buf, cap);
    HTTP_CHECK(b);
    p->buf = b;
    p->buf_cap = cap;
}

/* A head did not finish by the end of the read: is it already too big? */
static int http_head_more_check(http_parser_t *p) {
    uint32_t partial = 0;
    switch (p->hstate) {
    case H_URL_SCHEMA:
    case H_URL_SCHEMA_DELIM:
    case H_URL_SERVER:
    case H_URL:
    case H_REASON:
    case H_NAME:
    case H_VALUE:
        partial = p->pos - p->tok_off;
        break;
    }
    if (p->counted + partial >= p->max_header_size || p->pos >= http_raw_limit(p))
        return http_fail(p, HPE_HEADER_OVERFLOW, "Header overflow");
    return 0;
}

int http_parser_execute(http_parser_t *p, const char *data, size_t len, size_t *consumed) {
    size_t i = 0;
    int rc = 0;
    if (p->error != HPE_OK) {
        *consumed = 0;
        return p->error;
    }
    if (p->paused_state) {
        /* Resumed after a pause inside a message's last callback. */
        int ps = p->paused_state;
        p->paused_state = 0;
        if (ps == 1 || ps == 2) {
            if ((rc = http_message_done(p)) != 0)
                goto out;
        }
    }
    while (i < len) {
        switch (p->state) {
        case S_START: {
            char c = data[i];
            if (c == '\r' || c == '\n') {
                i++;
                break;
            }
            p->state = S_HEAD;
            p->message_started = 1;
            p->buf_len = 0;
            p->pos = 0;
            if (p->cb && p->cb->on_message_begin &&
                (rc = http_cb_result(p, p->cb->on_message_begin(p->ud))) != 0)
                goto out;
            break;
        }
        case S_HEAD: {
            const char *base;
            uint32_t before = p->buf_len, end;
            if (p->buf_len > 0) {
                /* Continuing a head: append what may belong to it. */
                size_t room = http_raw_limit(p) + 1 - p->buf_len;
                size_t n = len - i < room ? len - i : room;
                http_buf_reserve(p, p->buf_len + (uint32_t)n);
                memcpy(p->buf + p->buf_len, data + i, n);
                p->buf_len += (uint32_t)n;
                base = p->buf;
                end = p->buf_len;
            } else {
                base = data + i;
                end = len - i > UINT32_MAX / 2 ? UINT32_MAX / 2 : (uint32_t)(len - i);
            }
            int r = http_head_parse(p, base, end);
            if (r == HEAD_MORE) {
                if ((rc = http_head_more_check(p)) != 0) {
                    i += p->pos > before ? p->pos - before : 0;
                    if (i > len)
                        i = len;
                    goto out;
                }
                if (before == 0) {
                    http_buf_reserve(p, end);
                    memcpy(p->buf, base, end);
                    p->buf_len = end;
                }
                i = len;
                break;
            }
            /* An error can point back into an earlier read (a header's value
             * is checked when it ends): then no byte of this one is used. */
            i += p->pos >= before ? p->pos - before : 0;
            if (r != HEAD_DONE) {
                rc = r;
                goto out;
            }
            p->buf_len = 0;
            p->state = S_START; /* http_head_done picks the next state */
            if ((rc = http_head_done(p, base)) != 0)
                goto out;
            break;
        }
        case S_BODY_LENGTH: {
            size_t n = len - i;
            if (n > p->remaining)
                n = (size_t)p->remaining;
            p->remaining -= n;
            const char *s = data + i;
            i += n;
            if ((rc = http_body(p, s, n)) != 0) {
                if (rc == HPE_PAUSED && p->remaining == 0)
                    p->paused_state = 1;
                goto out;
            }
            if (p->remaining == 0 && (rc = http_message_done(p)) != 0)
                goto out;
            break;
        }
        case S_BODY_EOF: {
            const char *s = data + i;
            size_t n = len - i;
            i = len;
            if ((rc = http_body(p, s, n)) != 0)
                goto out;
            break;
        }
        case S_CHUNK_SIZE_FIRST:
        case S_CHUNK_SIZE:
        case S_CHUNK_SIZE_WS: {
            unsigned char c = (unsigned char)data[i];
            if ((http_class[c] & C_HEX) && p->state != S_CHUNK_SIZE_WS) {
                unsigned d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
                if (p->remaining > (UINT64_MAX >> 4)) {
                    p->err_next = 1;
                rc = http_fail(p, HPE_INVALID_CHUNK_SIZE, "Chunk size overflow");
                    goto out;
                }
                p->remaining = p->remaining * 16 + d;
                p->state = S_CHUNK_SIZE;
                i++;
                break;
            }
            if (p->state == S_CHUNK_SIZE_FIRST) {
                rc = http_fail(p, HPE_INVALID_CHUNK_SIZE, "Invalid character in chunk size");
                goto out;
            }
            if (c == ';') {
                p->ext_bytes = 0;
                p->state = S_CHUNK_EXT_START;
                i++;
            } else if (c == '\r') {
                p->state = S_CHUNK_SIZE_LF;
                i++;
            } else if ((c == ' ' || c == '\t') && (p->lenient & HTTP_LENIENT_SPACES_AFTER_CHUNK_SIZE)) {
                p->state = S_CHUNK_SIZE_WS;
                i++;
            } else if (c == '\n' && (p->lenient & HTTP_LENIENT_OPTIONAL_CR_BEFORE_LF)) {
                /* As llhttp: the LF stands for the CR. */
                p->state = S_CHUNK_SIZE_LF;
                i++;
            } else if (c == '\n') {
                p->err_next = 1;
                rc = http_fail(p, HPE_CR_EXPECTED, "Missing expected CR after chunk size");
                goto out;
            } else {
                p->err_next = c == ' ' || c == '\t';
                rc = http_fail(p, HPE_INVALID_CHUNK_SIZE, "Invalid character in chunk size");
                goto out;
            }
            break;
        }
        case S_CHUNK_EXT_START:
        case S_CHUNK_EXT_NAME:
        case S_CHUNK_EXT_VALUE:
        case S_CHUNK_EXT_QUOTED:
        case S_CHUNK_EXT_QUOTED_ESC:
        case S_CHUNK_EXT_QUOTED_END: {
            /* chunk-ext = *( ";" name [ "=" ( token / quoted-string ) ] ),
             * where llhttp lets a name or value be empty. */
            unsigned char c = (unsigned char)data[i];
            const char *why = NULL;
            int code = HPE_STRICT;
            if (c == '\n' && (p->lenient & HTTP_LENIENT_OPTIONAL_CR_BEFORE_LF) &&
                (p->state == S_CHUNK_EXT_NAME || p->state == S_CHUNK_EXT_VALUE ||
                 p->state == S_CHUNK_EXT_QUOTED_END)) {
                /* A bare LF ends the extensions: it is the line's end. */
                p->state = S_CHUNK_SIZE_LF;
                break;
            }
            /* Node caps the extensions of one chunk at 16 KiB. */
            if (++p->ext_bytes > 16384) {
                rc = http_fail(p, HPE_CHUNK_EXTENSIONS_OVERFLOW, "Chunk extensions overflow");
                goto out;
            }
            switch (p->state) {
            case S_CHUNK_EXT_START:
                if (c == ' ' || c == '\r') {
                    why = "Invalid character in chunk extensions";
                    break;
                }
                p->state = S_CHUNK_EXT_NAME;
                /* fall through */
            case S_CHUNK_EXT_NAME:
                if (http_class[c] & C_TOKEN)
                    ;
                else if (c == '=')
                    p->state = S_CHUNK_EXT_VALUE;
                else if (c == ';')
                    p->state = S_CHUNK_EXT_START;
                else if (c == '\r')
                    p->state = S_CHUNK_SIZE_LF;
                else if (c == '\n')
                    code = HPE_CR_EXPECTED, why = "Missing expected CR after chunk extension name";
                else
                    why = "Invalid character in chunk extensions name";
                break;
            case S_CHUNK_EXT_VALUE:
                if (http_class[c] & C_TOKEN)
                    ;
                else if (c == '"')
                    p->state = S_CHUNK_EXT_QUOTED;
                else if (c == ';')
                    p->state = S_CHUNK_EXT_START;
                else if (c == '\r')
                    p->state = S_CHUNK_SIZE_LF;
                else if (c == '\n')
                    code = HPE_CR_EXPECTED, why = "Missing expected CR after chunk extension value";
                else
                    why = "Invalid character in chunk extensions value";
                break;
            case S_CHUNK_EXT_QUOTED:
                if (c == '"')
                    p->state = S_CHUNK_EXT_QUOTED_END;
                else if (c == '\\')
                    p->state = S_CHUNK_EXT_QUOTED_ESC;
                else if (!(http_class[c] & C_VALUE))
                    why = "Invalid character in chunk extensions quoted value";
                break;
            case S_CHUNK_EXT_QUOTED_ESC:
                if (!(http_class[c] & C_VALUE))
                    why = "Invalid quoted-pair in chunk extensions quoted value";
                p->state = S_CHUNK_EXT_QUOTED;
                break;
            case S_CHUNK_EXT_QUOTED_END:
                if (c == ';')
                    p->state = S_CHUNK_EXT_START;
                else if (c == '\r')
                    p->state = S_CHUNK_SIZE_LF;
                else
                    why = "Invalid character in chunk extensions quote value";
                break;
            }
            if (why) {
                p->err_next = code == HPE_STRICT && p->state != S_CHUNK_EXT_QUOTED_END;
                rc = http_fail(p, code, why);
                goto out;
            }
            i++;
            break;
        }
        case S_CHUNK_SIZE_LF:
            if (data[i] == '\n')
                i++;
            else if (!(p->lenient & HTTP_LENIENT_OPTIONAL_LF_AFTER_CR)) {
                rc = http_fail(p, HPE_STRICT, "Expected LF after chunk size");
                goto out;
            }
            p->counted = 0;
            if (p->remaining == 0) {
                /* The last chunk: trailers follow, parsed as a head. */
                p->state = S_HEAD;
                p->in_trailers = 1;
                p->hstate = H_LINE_START;
                p->nheaders = 0;
                p->pos = 0;
                p->buf_len = 0;
            } else {
                p->state = S_CHUNK_DATA;
            }
            break;
        case S_CHUNK_DATA: {
            size_t n = len - i;
            if (n > p->remaining)
                n = (size_t)p->remaining;
            p->remaining -= n;
            const char *s = data + i;
            i += n;
            if (p->remaining == 0)
                p->state = S_CHUNK_DATA_CR;
            if ((rc = http_body(p, s, n)) != 0)
                goto out;
            break;
        }
        case S_CHUNK_DATA_CR:
        case S_CHUNK_DATA_LF:
            if ((p->lenient & HTTP_LENIENT_OPTIONAL_CR_BEFORE_LF) && p->state == S_CHUNK_DATA_CR &&
                data[i] == '\n') {
                i++;
                p->state = S_CHUNK_SIZE_FIRST;
                p->counted = 0;
                break;
            }
            if ((p->lenient & HTTP_LENIENT_OPTIONAL_CRLF_AFTER_CHUNK) &&
                data[i] != (p->state == S_CHUNK_DATA_CR ? '\r' : '\n')) {
                /* The chunk ends without its line end: this byte starts the next size. */
                p->state = S_CHUNK_SIZE_FIRST;
                p->counted = 0;
                break;
            }
            if (p->state == S_CHUNK_DATA_CR && data[i] == '\n') {
                p->err_next = 1;
                rc = http_fail(p, HPE_CR_EXPECTED, "Missing expected CR after chunk data");
                goto out;
            }
            if (data[i] != (p->state == S_CHUNK_DATA_CR ? '\r' : '\n')) {
                rc = http_fail(p, HPE_STRICT, "Expected LF after chunk data");
                goto out;
            }
            i++;
            if (p->state == S_CHUNK_DATA_CR) {
                p->state = S_CHUNK_DATA_LF;
            } else {
                p->state = S_CHUNK_SIZE_FIRST;
                p->counted = 0;
            }
            break;
        case S_PRI_PREFACE: {
            static const char preface[] = "\r\nSM\r\n\r\n";
            if (data[i] != preface[p->pos]) {
                rc = http_fail(p, HPE_INVALID_VERSION, "Expected HTTP/2 Connection Preface");
                goto out;
            }
            i++;
            if (++p->pos == sizeof preface - 1) {
                p->state = S_DEAD;
                rc = http_fail(p, HPE_PAUSED_H2_UPGRADE, "Pause on PRI/Upgrade");
                goto out;
            }
            break;
        }
        case S_CLOSED:
            /* llhttp takes stray CR and LF after the message, then fails. */
            if (data[i] == '\r' || data[i] == '\n' || (p->lenient & HTTP_LENIENT_DATA_AFTER_CLOSE)) {
                i++;
                break;
            }
            p->err_next = 1;
                rc = http_fail(p, HPE_CLOSED_CONNECTION, "Data after `Connection: close`");
            goto out;
        case S_DEAD:
            rc = http_fail(p, HPE_PAUSED_UPGRADE, "Pause on CONNECT/Upgrade");
            goto out;
        }
    }
out:
    if (rc == HPE_PAUSED_UPGRADE || rc == HPE_PAUSED_H2_UPGRADE)
        p->state = S_DEAD;
    if (p->err_next && rc != HPE_PAUSED && i < len)
        i++;
    p->err_next = 0;
    *consumed = i;
    return rc;
}

int http_parser_finish(http_parser_t *p) {
    if (p->error != HPE_OK)
        return p->error;
    int rc = 0;
    if (p->paused_state) {
        /* A message whose last callback paused is complete. */
        p->paused_state = 0;
        rc = http_message_done(p);
    } else {
        switch (p->state) {
        case S_START:
        case S_CLOSED:
        case S_DEAD:
            break;
        case S_BODY_EOF:
            rc = http_message_done(p);
            break;
        case S_HEAD:
            if (!p->message_started)
                break;
            /* fall through */
        default:
            return http_fail(p, HPE_INVALID_EOF_STATE, "Invalid EOF state");
        }
    }
    /* Nothing is left to pause at the end of the stream. */
    if (rc == HPE_PAUSED) {
        http_parser_resume(p);
        rc = 0;
    }
    return rc;
}
