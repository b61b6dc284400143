/* kiln's HTTP/1.1 message parser: requests and responses, incremental over
 * arbitrary chunk boundaries, as strict as Node's parser (llhttp without
 * the --insecure-http-parser leniencies unless asked for: see
 * HTTP_LENIENT_*), with its error codes and reasons.
 * Stand-alone: no engine, no libuv; unit-tested in test/c/test-http-parser.c
 * (with llhttp's own test vectors) and fuzzed by test/fuzz/fuzz-http.c.
 *
 * Made for a binding that crosses into JS once per message head: the start
 * line and every header are handed over together in one http_head_t, as
 * slices of one contiguous byte range. When the head arrived in one read
 * (the usual case) the slices point into the caller's input and nothing is
 * copied; when a read ends inside a head, the part read so far is copied
 * into the parser's buffer once, later reads are appended to it, and
 * parsing resumes where it stopped (nothing is parsed twice). The buffer
 * is bounded by the header size limit.
 *
 *   http_parser_t p;
 *   http_parser_init(&p, HTTP_REQUEST, &callbacks, userdata);
 *   size_t used;
 *   int rc = http_parser_execute(&p, buf, len, &used);   // each read
 *   ...
 *   rc = http_parser_finish(&p);                         // at EOF
 *   http_parser_free(&p);
 *
 * Callbacks run inside http_parser_execute and must not call it again.
 * A callback returns 0 to go on; HTTP_CB_PAUSE to make execute return
 * HPE_PAUSED right after this event, with *consumed the bytes used so far
 * (http_parser_resume, then execute the rest; a message that paused in its
 * last callback is completed by that next execute, even one of 0 bytes, or
 * by http_parser_finish); or HTTP_CB_ERROR to fail with HPE_USER (the
 * reason is set with http_parser_set_error). on_head may also return
 * HTTP_CB_SKIP_BODY (the response to a HEAD request, or any message the
 * caller knows has no body) or HTTP_CB_UPGRADE (no body, the rest of the
 * stream is another protocol: a response to CONNECT), as Node's
 * onHeadersComplete returns 1 or 2.
 *
 * For a binding: one on_head call per message carries everything Node's
 * onHeadersComplete takes (version, headers as name/value slices, method,
 * url, status, reason, upgrade, shouldKeepAlive); on_body gives slices of
 * the input (Node's onBody), on_trailers the trailer section (the headers
 * Node passes to onMessageComplete's preceding onHeaders), and
 * on_message_complete ends the message. On an error, http_errno_name(rc)
 * is err.code, p->reason err.reason and *consumed err.bytesParsed (which
 * can differ from Node's by a few bytes: Node reports some errors one byte
 * later, and Content-Length / Transfer-Encoding errors inside the value). */
#ifndef KILN_HTTP_PARSER_H
#define KILN_HTTP_PARSER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum { HTTP_REQUEST = 1, HTTP_RESPONSE = 2 } http_type;

/* Error codes: llhttp's numbers, so http_errno_name() gives Node's err.code.
 * HPE_HEADER_OVERFLOW and HPE_CHUNK_EXTENSIONS_OVERFLOW are the two that
 * Node's binding raises itself (with llhttp's HPE_USER underneath). */
enum {
    HPE_OK = 0,
    HPE_INTERNAL = 1,
    HPE_STRICT = 2,
    HPE_LF_EXPECTED = 3,
    HPE_UNEXPECTED_CONTENT_LENGTH = 4,
    HPE_CLOSED_CONNECTION = 5,
    HPE_INVALID_METHOD = 6,
    HPE_INVALID_URL = 7,
    HPE_INVALID_CONSTANT = 8,
    HPE_INVALID_VERSION = 9,
    HPE_INVALID_HEADER_TOKEN = 10,
    HPE_INVALID_CONTENT_LENGTH = 11,
    HPE_INVALID_CHUNK_SIZE = 12,
    HPE_INVALID_STATUS = 13,
    HPE_INVALID_EOF_STATE = 14,
    HPE_INVALID_TRANSFER_ENCODING = 15,
    HPE_PAUSED = 21,
    HPE_PAUSED_UPGRADE = 22,
    HPE_PAUSED_H2_UPGRADE = 23,
    HPE_USER = 24,
    HPE_CR_EXPECTED = 25,
    HPE_UNEXPECTED_SPACE = 30,
    HPE_HEADER_OVERFLOW = 100,
    HPE_CHUNK_EXTENSIONS_OVERFLOW = 101,
};

/* Callback results. */
enum {
    HTTP_CB_OK = 0,
    HTTP_CB_SKIP_BODY = 1, /* on_head only */
    HTTP_CB_UPGRADE = 2,   /* on_head only */
    HTTP_CB_PAUSE = 3,
    HTTP_CB_ERROR = -1,
};

/* http_head_t.flags */
enum {
    HTTP_F_CONNECTION_KEEP_ALIVE = 0x1, /* Connection: keep-alive */
    HTTP_F_CONNECTION_CLOSE = 0x2,      /* Connection: close */
    HTTP_F_CONNECTION_UPGRADE = 0x4,    /* Connection: upgrade */
    HTTP_F_CHUNKED = 0x8,               /* Transfer-Encoding ends in chunked */
    HTTP_F_UPGRADE = 0x10,              /* an Upgrade header */
    HTTP_F_CONTENT_LENGTH = 0x20,       /* a Content-Length header */
    HTTP_F_TRANSFER_ENCODING = 0x200,   /* a Transfer-Encoding header */
};

/* Methods, numbered as llhttp (and so Node's HTTPParser.methods) numbers
 * them; http_method_names[m] is the name. */
enum {
    HTTP_DELETE = 0, HTTP_GET = 1, HTTP_HEAD = 2, HTTP_POST = 3, HTTP_PUT = 4,
    HTTP_CONNECT = 5, HTTP_OPTIONS = 6, HTTP_TRACE = 7, HTTP_PRI = 34,
    HTTP_SOURCE = 33, HTTP_METHOD_COUNT = 47,
};
extern const char *const http_method_names[HTTP_METHOD_COUNT];

typedef struct {
    uint32_t name_off, name_len;   /* the field name, as sent */
    uint32_t value_off, value_len; /* the value, leading and trailing SP/HTAB trimmed */
    uint32_t folded;               /* lenient headers only: the value spans obs-folds, whose
                                      line ends (CR and LF) are not part of it */
} http_header_t;

/* Leniencies (http_parser_t.lenient), numbered as llhttp's lenient flags
 * (and so as Node's kLenient* constants). Node's --insecure-http-parser and
 * insecureHTTPParser option set HTTP_LENIENT_ALL. */
enum {
    HTTP_LENIENT_HEADERS = 1 << 0,          /* any byte in values, obs-fold, SP before a colon */
    HTTP_LENIENT_CHUNKED_LENGTH = 1 << 1,   /* Transfer-Encoding with Content-Length */
    HTTP_LENIENT_KEEP_ALIVE = 1 << 2,       /* more messages after Connection: close */
    HTTP_LENIENT_TRANSFER_ENCODING = 1 << 3, /* a request's codings not ending in chunked */
    HTTP_LENIENT_VERSION = 1 << 4,          /* any HTTP/d.d */
    HTTP_LENIENT_DATA_AFTER_CLOSE = 1 << 5, /* bytes after a closing message are ignored */
    HTTP_LENIENT_OPTIONAL_LF_AFTER_CR = 1 << 6,
    HTTP_LENIENT_OPTIONAL_CRLF_AFTER_CHUNK = 1 << 7,
    HTTP_LENIENT_OPTIONAL_CR_BEFORE_LF = 1 << 8,
    HTTP_LENIENT_SPACES_AFTER_CHUNK_SIZE = 1 << 9,
    HTTP_LENIENT_HEADER_VALUE_RELAXED = 1 << 10, /* control characters but NUL, CR, LF in values */
    HTTP_LENIENT_ALL = 0x3ff,               /* Node's kLenientAll: all of them but the last */
};

/* A message head (or, for on_trailers, the trailer section: only nheaders
 * and headers are set). Offsets are into `base`, which is valid only during
 * the callback. */
typedef struct {
    const char *base;
    int method;              /* requests: an HTTP_* method */
    int status;              /* responses: 100..999 */
    int major, minor;        /* HTTP version */
    uint32_t url_off, url_len;       /* requests: the request target */
    uint32_t reason_off, reason_len; /* responses: the reason phrase */
    uint32_t nheaders;
    const http_header_t *headers;
    uint32_t flags;          /* HTTP_F_* */
    uint64_t content_length; /* when flags has HTTP_F_CONTENT_LENGTH */
    bool keep_alive;         /* llhttp_should_keep_alive(), as Node's shouldKeepAlive */
    bool upgrade;            /* Upgrade (with Connection: upgrade) or CONNECT: the
                                parser stops with HPE_PAUSED_UPGRADE after this message */
} http_head_t;

typedef struct {
    int (*on_message_begin)(void *ud);
    int (*on_head)(void *ud, const http_head_t *head);
    int (*on_body)(void *ud, const char *p, size_t n);
    int (*on_trailers)(void *ud, const http_head_t *trailers); /* only when there are some */
    int (*on_message_complete)(void *ud);
} http_callbacks_t;

typedef struct http_parser {
    /* Public, read-only. */
    http_type type;
    int error;                /* HPE_OK or the last error / pause code */
    const char *reason;       /* llhttp's reason text for `error` */
    uint32_t max_header_size; /* Node's limit: start line and header bytes per head */
    uint32_t lenient;         /* HTTP_LENIENT_* (none by default); kept across resets */
    /* Private. */
    const http_callbacks_t *cb;
    void *ud;
    uint8_t state, hstate;
    uint8_t in_trailers, skip_body, upgrade, keep_alive, message_started;
    uint8_t cl_seen, te_chunked_last, paused_state;
    uint8_t err_next;         /* the error is reported one byte on, as Node does */
    uint8_t last_empty;       /* the last header's value was empty */
    uint8_t pending_header;   /* lenient headers: the last header ended, and is checked
                                 when the next line shows it is not folded */
    uint8_t loose_value;      /* lenient headers: the value had a byte strict parsing refuses */
    uint32_t flags;
    int method, status, major, minor;
    uint64_t content_length, remaining;
    uint32_t pos;             /* parse position in the head */
    uint32_t tok_off;         /* start of the current token in the head */
    uint32_t val_end;         /* end of the value so far, trailing whitespace excluded */
    uint32_t span_off;        /* start of the value's current line (counted against the limit) */
    uint32_t err_at;          /* where in the head a header's value failed */
    uint32_t url_off, url_len, reason_off, reason_len;
    uint32_t counted;         /* bytes counted against max_header_size */
    uint32_t ext_bytes;       /* chunk-extension bytes counted against the limit */
    char *buf;                /* the head so far, when it spans reads */
    uint32_t buf_len, buf_cap;
    http_header_t *headers;
    uint32_t nheaders, headers_cap;
    http_header_t headers_inline[16];
} http_parser_t;

void http_parser_init(http_parser_t *p, http_type type, const http_callbacks_t *cb, void *ud);
/* Frees the internal buffers; p can be initialized again. */
void http_parser_free(http_parser_t *p);
/* Ready for a new stream (keeps the settings and the buffers). */
void http_parser_reset(http_parser_t *p);

/* Parses len bytes. Returns HPE_OK when all of them were consumed;
 * HPE_PAUSED when a callback asked for it; HPE_PAUSED_UPGRADE after an
 * upgrade or CONNECT message (the bytes from *consumed on belong to the
 * new protocol); HPE_PAUSED_H2_UPGRADE for an HTTP/2 preface (PRI * HTTP/2.0);
 * or an error, with *consumed the offset of the byte that caused it. After
 * an error every call returns it again. */
int http_parser_execute(http_parser_t *p, const char *data, size_t len, size_t *consumed);
/* End of stream: completes a message whose body runs until close; an
 * unfinished message is HPE_INVALID_EOF_STATE. */
int http_parser_finish(http_parser_t *p);
/* After HPE_PAUSED (or HPE_PAUSED_UPGRADE, to go on parsing HTTP). */
void http_parser_resume(http_parser_t *p);
/* For a callback returning HTTP_CB_ERROR: the reason reported with HPE_USER. */
void http_parser_set_error(http_parser_t *p, const char *reason);

/* "HPE_INVALID_METHOD" and so on: Node's err.code. */
const char *http_errno_name(int code);

#endif
