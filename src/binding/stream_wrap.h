/* The libuv stream handles under node:net: what TCP and pipe handles share
 * (stream_wrap.c: reading, writing, shutdown, close, ref) and how tcp.c and
 * pipe.c make them. */
#ifndef KILN_STREAM_WRAP_H
#define KILN_STREAM_WRAP_H

#include "bindings.h"

typedef enum { STREAM_WRAP_TCP, STREAM_WRAP_PIPE } stream_wrap_kind;

typedef struct stream_wrap_s stream_wrap_t;

/* Something that takes a handle's bytes in C as they are read, instead of
 * handle.onread (the HTTP parser: src/binding/http_parser.c). read gets n
 * bytes in a malloc'd buffer and answers STREAM_WRAP_NOT_TAKEN (onread
 * gets them as usual), STREAM_WRAP_TAKEN (used; the buffer serves the next
 * read) or STREAM_WRAP_KEPT (the consumer owns the buffer now, and frees
 * it). release says the handle let go of it: another consumer was set, or
 * the handle closed. Reads of nothing, EOF and errors always go to
 * onread. */
typedef struct stream_wrap_consumer_s stream_wrap_consumer_t;
enum { STREAM_WRAP_NOT_TAKEN, STREAM_WRAP_TAKEN, STREAM_WRAP_KEPT };
struct stream_wrap_consumer_s {
    int (*read)(stream_wrap_consumer_t *c, stream_wrap_t *w, char *bytes, size_t n);
    void (*release)(stream_wrap_consumer_t *c, stream_wrap_t *w);
};

/* A handle and its JS wrapper. The wrapper is protected from init until
 * stream_wrap_close_cb (so an open socket is never collected, as in Node,
 * where a handle lives until it is closed); from close() on it is detached
 * (private NULL), so later calls on it see a closed handle. */
struct stream_wrap_s {
    union {
        uv_handle_t handle;
        uv_stream_t stream;
        uv_tcp_t tcp;
        uv_pipe_t pipe;
    } u;
    stream_wrap_kind kind;
    JSGlobalContextRef ctx;
    JSObjectRef wrapper;
    void *state;          /* the runtime's stream_wrap state */
    stream_wrap_t *next;  /* the runtime's open handles, closed at exit */
    stream_wrap_t **prev;
    runtime_wrap_t link;  /* listed as an active handle until closed */
    stream_wrap_consumer_t *consumer; /* or NULL */
};

/* The capacity of the buffers reads come in. */
size_t stream_wrap_read_size(void);

/* Makes c (NULL: none) the consumer of w's reads; the one it replaces is
 * released. */
void stream_wrap_set_consumer(stream_wrap_t *w, stream_wrap_consumer_t *c);

/* The open handle of either kind behind v, or NULL (not a handle, or
 * closed). */
stream_wrap_t *stream_wrap_any_of(JSContextRef ctx, JSValueRef v);

/* A new handle of kind (ipc: pipes only), with its wrapper, or NULL with a
 * libuv code in *err. */
stream_wrap_t *stream_wrap_new(JSContextRef ctx, stream_wrap_kind kind, bool ipc, int *err);

/* The open handle behind a wrapper (this of a method call), or NULL when
 * it was closed. CHECKs that v is a handle of kind. */
stream_wrap_t *stream_wrap_of(JSContextRef ctx, JSValueRef v, stream_wrap_kind kind);

/* Adds binding.fast (the engine host forms of the handles' hot methods)
 * where the engine's fast paths are available: fast.writeBuffer(handle,
 * req, bytes[, length]) answers as handle.writeBuffer(req, bytes) (of the
 * first length bytes when given), or 2 where the method must be asked. */
void stream_wrap_add_fast(JSContextRef ctx, JSObjectRef binding);

/* Starts listening; connections go to the wrapper's onconnection(status,
 * client). Returns 0 or a libuv code. A TCP handle is Node's
 * TCPServerWrap from then on. */
int stream_wrap_listen(stream_wrap_t *w, int backlog);

/* Closes a TCP handle with a RST instead of a FIN: 0, or a libuv code
 * with the handle still open. */
int stream_wrap_close_reset(stream_wrap_t *w);

/* A connect request: req.oncomplete(status) fires once; req stays
 * protected until then. The caller fills in and issues c->req. */
typedef struct {
    uv_connect_t req;
    JSGlobalContextRef ctx;
    JSObjectRef obj;
    runtime_wrap_t link;
} stream_wrap_connect_t;

stream_wrap_connect_t *stream_wrap_connect_new(JSContextRef ctx, JSValueRef req);
void stream_wrap_connect_cb(uv_connect_t *req, int status);
/* Frees a request libuv refused (its callback will not run). */
void stream_wrap_connect_abort(stream_wrap_connect_t *c);

/* The class every handle class derives from, and the two kinds, with the
 * methods each kind adds to the handles' prototype. */
JSClassRef stream_wrap_class(void);
JSClassRef tcp_class(void);
JSClassRef pipe_class(void);
extern const JSStaticFunction tcp_methods[];
extern const JSStaticFunction pipe_methods[];

/* UDP handles (udp.c), which IPC pipes carry too: the class, the libuv
 * handle behind a wrapper (NULL when closed), and a new handle on a
 * received descriptor (NULL with *err). */
JSClassRef udp_wrap_class(void);
uv_handle_t *udp_wrap_handle(JSContextRef ctx, JSValueRef v);
JSObjectRef udp_wrap_accept(JSContextRef ctx, uv_stream_t *server, int *err);

#endif
