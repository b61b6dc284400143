/* internalBinding('zlib'): deflate, inflate, gzip and brotli streams.
 *
 * binding.create(mode) makes a handle (class ZlibHandle) owning one zlib or
 * brotli state; lib/zlib.js drives it as Node's zlib.js drives its
 * ZlibContext:
 *
 *   h.init(...)                 zlib: windowBits, level, memLevel, strategy,
 *                               writeResult, callback, dictionary;
 *                               brotli: params (Uint32Array), writeResult,
 *                               callback. Returns 0 or a zlib/brotli error
 *                               (JS throws ERR_ZLIB_INITIALIZATION_FAILED).
 *   h.write(flush, in, inOff, inLen, out, outOff, outLen)
 *                               on the thread pool; then, on the loop,
 *                               writeResult = [availOutAfter, availInAfter]
 *                               and h[callback]() or h.onerror(message,
 *                               errno, code).
 *   h.writeSync(same)           now; onerror is called before it returns.
 *   h.params(level, strategy), h.reset(), h.close()
 *
 * The input and output arrays are protected while a write is in flight and
 * their bytes are read on the pool thread; JS does not touch them until the
 * callback. close() during a write is done when the write completes. */
#include <brotli/decode.h>
#include <brotli/encode.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include <zstd.h>
#include <zstd_errors.h>

#include "bindings.h"

/* JavaScriptCore's private C API (JSBasePrivate.h, exported but not
 * installed): tells the collector that an object holds memory outside its
 * heap, so that dropped streams are collected (and their engine state
 * freed) before that memory piles up. */
extern __attribute__((weak)) void JSReportExtraMemoryCost(JSContextRef ctx, size_t size);

enum {
    ZLIB_NONE, ZLIB_DEFLATE, ZLIB_INFLATE, ZLIB_GZIP, ZLIB_GUNZIP, ZLIB_DEFLATERAW,
    ZLIB_INFLATERAW, ZLIB_UNZIP, ZLIB_BROTLI_DECODE, ZLIB_BROTLI_ENCODE,
    ZLIB_ZSTD_COMPRESS, ZLIB_ZSTD_DECOMPRESS,
};

static bool zlib_is_brotli(int mode) {
    return mode == ZLIB_BROTLI_ENCODE || mode == ZLIB_BROTLI_DECODE;
}

static bool zlib_is_zstd(int mode) {
    return mode == ZLIB_ZSTD_COMPRESS || mode == ZLIB_ZSTD_DECOMPRESS;
}

/* brotli and zstd keep the buffers in the context's own fields */
static bool zlib_own_buffers(int mode) {
    return zlib_is_brotli(mode) || zlib_is_zstd(mode);
}

enum { ZLIB_GZIP_ID1 = 0x1f, ZLIB_GZIP_ID2 = 0x8b };

typedef struct {
    int mode;
    bool zinit;                 /* strm initialised (zlib modes) */
    z_stream strm;
    BrotliEncoderState *enc;
    BrotliDecoderState *dec;
    ZSTD_CCtx *cctx;
    ZSTD_DCtx *dctx;
    size_t zstd_ret;            /* last zstd result (error or hint) */
    bool zstd_frame_ended;      /* a frame ended and no input came since */
    long long zstd_pledged;     /* compress: the pledged frame size, or -1 */
    unsigned long long zstd_consumed; /* compress: bytes taken into this frame */
    int level, window_bits, mem_level, strategy;
    uint8_t *dict;
    size_t dict_len;
    int flush;
    int err;                    /* last zlib result */
    bool brotli_ok;             /* last brotli call succeeded */
    BrotliDecoderResult dec_result;
    BrotliDecoderErrorCode dec_error;
    int gzip_id_bytes_read;     /* UNZIP: magic bytes seen so far */
    /* brotli works on these; zlib on strm's own fields */
    const uint8_t *next_in;
    size_t avail_in;
    uint8_t *next_out;
    size_t avail_out;

    uint32_t *write_result;     /* [availOutAfter, availInAfter] */
    JSObjectRef write_result_obj;
    JSObjectRef callback;       /* the JS function called after a write */
    /* an async write */
    uv_work_t work;
    JSGlobalContextRef ctx;
    JSObjectRef self, in_obj, out_obj;
    bool write_in_progress;
    bool pending_close;
    bool closed;
    int pool_mode;              /* a pooled one-shot engine: the mode it was made for */
    size_t mem;                 /* bytes the engine holds, through zlib_mem_alloc */
    size_t reported;            /* of which the collector was told */
    size_t held;                /* of which it was not, counted in zlib_unreported */
} zlib_ctx_t;

/* ---- memory ------------------------------------------------------------------- */

/* zlib and brotli allocate through these. A deflate stream takes four
 * blocks of 64 KiB (window, prev, head, pending) for its life: glibc keeps
 * blocks of that size in the heap, and freeing them returns the heap's top
 * to the system, so that the next stream faults every page in again (60 us
 * a stream, ten times the work of compressing a small string). Freed
 * blocks of 4 KiB and more are kept here, up to ZLIB_CACHE_MAX bytes, and
 * handed to the next stream asking for that size. Each block carries its
 * size, which zfree is not told; the owner's `mem` counts what it holds,
 * which is what the collector is told of. Pool threads allocate too
 * (inflate's window comes with the first write), hence the lock. */
enum { ZLIB_CACHE_SLOTS = 16, ZLIB_CACHE_MIN = 4096, ZLIB_CACHE_MAX = 1 << 20 };

typedef struct {
    size_t size;
    size_t pad;                 /* keeps the block 16-byte aligned */
} zlib_block_t;

static pthread_mutex_t zlib_cache_lock = PTHREAD_MUTEX_INITIALIZER;
static zlib_block_t *zlib_cache[ZLIB_CACHE_SLOTS];
static size_t zlib_cache_bytes;

static void *zlib_mem_alloc(size_t *mem, size_t n) {
    zlib_block_t *b = NULL;
    if (n >= ZLIB_CACHE_MIN) {
        pthread_mutex_lock(&zlib_cache_lock);
        for (int i = 0; i < ZLIB_CACHE_SLOTS; i++) {
            if (zlib_cache[i] && zlib_cache[i]->size == n) {
                b = zlib_cache[i];
                zlib_cache[i] = NULL;
                zlib_cache_bytes -= n;
                break;
            }
        }
        pthread_mutex_unlock(&zlib_cache_lock);
    }
    if (!b) {
        if (n > SIZE_MAX - sizeof *b)
            return NULL;
        b = malloc(sizeof *b + n); /* NULL: the library reports a memory error */
        if (!b)
            return NULL;
        b->size = n;
    }
    *mem += n;
    return b + 1;
}

/* A freed block takes a slot; when none is left, or the bytes would pass
 * the limit, the blocks in the next slots round are freed for it, so that
 * the sizes in use now (brotli's many, then zlib's four) push out older ones. */
static void zlib_mem_free(size_t *mem, void *p) {
    if (!p)
        return;
    zlib_block_t *b = (zlib_block_t *)p - 1;
    size_t n = b->size;
    *mem -= n;
    if (n >= ZLIB_CACHE_MIN && n <= ZLIB_CACHE_MAX) {
        static int next;
        pthread_mutex_lock(&zlib_cache_lock);
        for (int tries = 0; tries <= ZLIB_CACHE_SLOTS && b; tries++) {
            zlib_block_t **slot = &zlib_cache[next];
            next = (next + 1) % ZLIB_CACHE_SLOTS;
            if (*slot && (zlib_cache_bytes + n > ZLIB_CACHE_MAX || tries == ZLIB_CACHE_SLOTS - 1)) {
                zlib_cache_bytes -= (*slot)->size;
                free(*slot);
                *slot = NULL;
            }
            if (!*slot && zlib_cache_bytes + n <= ZLIB_CACHE_MAX) {
                *slot = b;
                zlib_cache_bytes += n;
                b = NULL;
            }
        }
        pthread_mutex_unlock(&zlib_cache_lock);
    }
    free(b);
}

static voidpf zlib_zalloc(voidpf opaque, uInt items, uInt size) {
    zlib_ctx_t *z = opaque;
    return zlib_mem_alloc(&z->mem, (size_t)items * size);
}

static void zlib_zfree(voidpf opaque, voidpf p) {
    zlib_ctx_t *z = opaque;
    zlib_mem_free(&z->mem, p);
}

static void *zlib_brotli_alloc(void *opaque, size_t size) {
    zlib_ctx_t *z = opaque;
    return zlib_mem_alloc(&z->mem, size);
}

static void zlib_brotli_free(void *opaque, void *p) {
    zlib_ctx_t *z = opaque;
    zlib_mem_free(&z->mem, p);
}

/* ---- the engines -------------------------------------------------------------- */

static void zlib_free_state(zlib_ctx_t *z) {
    if (z->zinit) {
        if (z->mode == ZLIB_DEFLATE || z->mode == ZLIB_GZIP || z->mode == ZLIB_DEFLATERAW)
            deflateEnd(&z->strm);
        else
            inflateEnd(&z->strm);
        z->zinit = false;
    }
    if (z->enc) {
        BrotliEncoderDestroyInstance(z->enc);
        z->enc = NULL;
    }
    if (z->dec) {
        BrotliDecoderDestroyInstance(z->dec);
        z->dec = NULL;
    }
    if (z->cctx) {
        ZSTD_freeCCtx(z->cctx);
        z->cctx = NULL;
    }
    if (z->dctx) {
        ZSTD_freeDCtx(z->dctx);
        z->dctx = NULL;
    }
    free(z->dict);
    z->dict = NULL;
    z->dict_len = 0;
}

static bool zlib_is_deflate(int mode) {
    return mode == ZLIB_DEFLATE || mode == ZLIB_GZIP || mode == ZLIB_DEFLATERAW;
}

/* A dictionary is set up front for raw inflate and for deflate; inflate
 * takes it when the stream asks (Z_NEED_DICT). gzip has no dictionaries:
 * Node ignores the option there rather than failing, and so does kiln. */
static int zlib_set_dictionary(zlib_ctx_t *z) {
    if (z->dict_len == 0)
        return Z_OK;
    if (z->mode == ZLIB_DEFLATE || z->mode == ZLIB_DEFLATERAW)
        return deflateSetDictionary(&z->strm, z->dict, (uInt)z->dict_len);
    if (z->mode == ZLIB_INFLATERAW)
        return inflateSetDictionary(&z->strm, z->dict, (uInt)z->dict_len);
    return Z_OK;
}

/* windowBits as zlib takes it for z->mode: the format in the sign and
 * the high bits. */
static int zlib_window_arg(const zlib_ctx_t *z) {
    int wb = z->window_bits;
    if (z->mode == ZLIB_GZIP || z->mode == ZLIB_GUNZIP)
        wb += 16;
    if (z->mode == ZLIB_UNZIP)
        wb += 32;
    if (z->mode == ZLIB_DEFLATERAW || z->mode == ZLIB_INFLATERAW)
        wb *= -1;
    return wb;
}

/* (Re)initialises the zlib stream for z->mode; returns a zlib result. */
static int zlib_init_stream(zlib_ctx_t *z) {
    int wb = zlib_window_arg(z);
    memset(&z->strm, 0, sizeof z->strm);
    z->strm.zalloc = zlib_zalloc;
    z->strm.zfree = zlib_zfree;
    z->strm.opaque = z;
    int r = zlib_is_deflate(z->mode)
                ? deflateInit2(&z->strm, z->level, Z_DEFLATED, wb, z->mem_level, z->strategy)
                : inflateInit2(&z->strm, wb);
    if (r != Z_OK)
        return r;
    z->zinit = true;
    return zlib_set_dictionary(z);
}

static int zlib_reset_stream(zlib_ctx_t *z) {
    z->err = Z_OK;
    if (zlib_own_buffers(z->mode))
        return 0;
    if (!z->zinit)
        return Z_OK;
    int r = zlib_is_deflate(z->mode) ? deflateReset(&z->strm) : inflateReset(&z->strm);
    return r == Z_OK ? zlib_set_dictionary(z) : r;
}

/* One write: runs on the pool thread for async writes. No engine calls. */
static void zlib_process(zlib_ctx_t *z) {
    switch (z->mode) {
    case ZLIB_DEFLATE:
    case ZLIB_GZIP:
    case ZLIB_DEFLATERAW:
        z->err = deflate(&z->strm, z->flush);
        break;
    case ZLIB_UNZIP:
        /* Which member format: a gzip header allows more members after the
         * first, as GUNZIP does; zlib itself detects the format (wb + 32). */
        if (z->strm.avail_in > 0) {
            const Bytef *next = z->strm.next_in;
            size_t left = z->strm.avail_in;
            if (z->gzip_id_bytes_read == 0) {
                if (*next == ZLIB_GZIP_ID1) {
                    z->gzip_id_bytes_read = 1;
                    next++;
                    left--;
                } else {
                    z->mode = ZLIB_INFLATE;
                }
            }
            if (z->gzip_id_bytes_read == 1 && left > 0) {
                if (*next == ZLIB_GZIP_ID2) {
                    z->gzip_id_bytes_read = 2;
                    z->mode = ZLIB_GUNZIP;
                } else {
                    z->mode = ZLIB_INFLATE;
                }
            }
        }
        /* fall through */
    case ZLIB_INFLATE:
    case ZLIB_GUNZIP:
    case ZLIB_INFLATERAW:
        z->err = inflate(&z->strm, z->flush);
        if (z->mode != ZLIB_INFLATERAW && z->err == Z_NEED_DICT && z->dict_len > 0) {
            z->err = inflateSetDictionary(&z->strm, z->dict, (uInt)z->dict_len);
            if (z->err == Z_OK)
                z->err = inflate(&z->strm, z->flush);
            else if (z->err == Z_DATA_ERROR)
                z->err = Z_NEED_DICT; /* a bad dictionary, not bad input */
        }
        /* More input after a gzip member: another member, unless it is
         * zero padding, which is ignored as in Node. */
        while (z->strm.avail_in > 0 && z->mode == ZLIB_GUNZIP && z->err == Z_STREAM_END &&
               z->strm.next_in[0] != 0x00) {
            z->err = zlib_reset_stream(z);
            if (z->err != Z_OK)
                break;
            z->err = inflate(&z->strm, z->flush);
        }
        break;
    case ZLIB_BROTLI_ENCODE:
        z->brotli_ok = BrotliEncoderCompressStream(z->enc, (BrotliEncoderOperation)z->flush,
                                                   &z->avail_in, &z->next_in, &z->avail_out,
                                                   &z->next_out, NULL) != 0;
        break;
    case ZLIB_BROTLI_DECODE:
        z->dec_result = BrotliDecoderDecompressStream(z->dec, &z->avail_in, &z->next_in,
                                                      &z->avail_out, &z->next_out, NULL);
        if (z->dec_result == BROTLI_DECODER_RESULT_ERROR)
            z->dec_error = BrotliDecoderGetErrorCode(z->dec);
        break;
    case ZLIB_ZSTD_COMPRESS:
    case ZLIB_ZSTD_DECOMPRESS: {
        ZSTD_inBuffer in = {z->next_in, z->avail_in, 0};
        ZSTD_outBuffer out = {z->next_out, z->avail_out, 0};
        if (z->mode == ZLIB_ZSTD_COMPRESS) {
            z->zstd_ret = ZSTD_compressStream2(z->cctx, &out, &in, (ZSTD_EndDirective)z->flush);
            z->zstd_consumed += in.pos;
            /* Older libzstd takes a frame made in one ZSTD_e_end call as
             * its own size, whatever was pledged; the check is done here
             * so that a wrong pledge fails with every version. */
            if (!ZSTD_isError(z->zstd_ret) && z->zstd_ret == 0 && z->flush == ZSTD_e_end) {
                if (z->zstd_pledged >= 0 && z->zstd_consumed != (unsigned long long)z->zstd_pledged)
                    z->zstd_ret = (size_t)-ZSTD_error_srcSize_wrong;
                z->zstd_pledged = -1; /* a pledge is for one frame */
                z->zstd_consumed = 0;
            }
        } else
            z->zstd_ret = ZSTD_decompressStream(z->dctx, &out, &in);
        /* The call that ends a frame returns 0; when its output filled the
         * buffer exactly, the next call (with no input) already waits for
         * another frame's header, which is no truncation. */
        if (z->mode == ZLIB_ZSTD_DECOMPRESS) {
            if (z->zstd_ret == 0)
                z->zstd_frame_ended = true;
            else if (in.pos > 0)
                z->zstd_frame_ended = false;
        }
        z->next_in += in.pos;
        z->avail_in -= in.pos;
        z->next_out += out.pos;
        z->avail_out -= out.pos;
        break;
    }
    default:
        CHECK(!"zlib: write on an uninitialised handle");
    }
}

static const char *zlib_code_name(int err) {
    switch (err) {
    case Z_OK: return "Z_OK";
    case Z_STREAM_END: return "Z_STREAM_END";
    case Z_NEED_DICT: return "Z_NEED_DICT";
    case Z_ERRNO: return "Z_ERRNO";
    case Z_STREAM_ERROR: return "Z_STREAM_ERROR";
    case Z_DATA_ERROR: return "Z_DATA_ERROR";
    case Z_MEM_ERROR: return "Z_MEM_ERROR";
    case Z_BUF_ERROR: return "Z_BUF_ERROR";
    case Z_VERSION_ERROR: return "Z_VERSION_ERROR";
    }
    return "Z_UNKNOWN_ERROR";
}

typedef struct {
    const char *message;
    char code[96];
    int err;
} zlib_error_t;

/* Whether the last write failed, and how: Node's messages and codes. */
static bool zlib_check_error(zlib_ctx_t *z, zlib_error_t *e) {
    if (z->mode == ZLIB_BROTLI_ENCODE) {
        if (z->brotli_ok)
            return false;
        e->message = "Compression failed";
        snprintf(e->code, sizeof e->code, "ERR_BROTLI_COMPRESSION_FAILED");
        e->err = -1;
        return true;
    }
    if (z->mode == ZLIB_BROTLI_DECODE) {
        if (z->dec_result == BROTLI_DECODER_RESULT_ERROR) {
            e->message = "Decompression failed";
            /* The library's own names differ between brotli versions; JS
             * names it from the number as Node's bundled brotli does. */
            e->code[0] = '\0';
            e->err = (int)z->dec_error;
            return true;
        }
        if (z->flush == BROTLI_OPERATION_FINISH && z->dec_result == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT) {
            e->message = "unexpected end of file";
            snprintf(e->code, sizeof e->code, "Z_BUF_ERROR");
            e->err = Z_BUF_ERROR;
            return true;
        }
        return false;
    }
    if (zlib_is_zstd(z->mode)) {
        if (ZSTD_isError(z->zstd_ret)) {
            /* named in JS after its constant (ZSTD_error_...), as in Node */
            e->message = ZSTD_getErrorName(z->zstd_ret);
            e->code[0] = '\0';
            e->err = (int)ZSTD_getErrorCode(z->zstd_ret);
            return true;
        }
        /* the end of the input, in the middle of a frame */
        if (z->mode == ZLIB_ZSTD_DECOMPRESS && z->flush == ZSTD_e_end && z->zstd_ret != 0 &&
            z->avail_out != 0 && !z->zstd_frame_ended) {
            e->message = "unexpected end of file";
            snprintf(e->code, sizeof e->code, "Z_BUF_ERROR");
            e->err = Z_BUF_ERROR;
            return true;
        }
        return false;
    }
    const char *msg;
    switch (z->err) {
    case Z_OK:
    case Z_BUF_ERROR:
        if (z->strm.avail_out != 0 && z->flush == Z_FINISH) {
            msg = "unexpected end of file";
            break;
        }
        return false;
    case Z_STREAM_END:
        return false;
    case Z_NEED_DICT:
        msg = z->dict_len == 0 ? "Missing dictionary" : "Bad dictionary";
        break;
    default:
        msg = "Zlib error";
    }
    e->message = z->strm.msg != NULL ? z->strm.msg : msg;
    snprintf(e->code, sizeof e->code, "%s", zlib_code_name(z->err));
    e->err = z->err;
    return true;
}

/* ---- the handle --------------------------------------------------------------- */

static void zlib_release_held(zlib_ctx_t *z);

static void zlib_finalize(JSObjectRef obj) {
    zlib_ctx_t *z = JSObjectGetPrivate(obj);
    if (!z)
        return;
    /* A write in flight protects its handle, so none is running here. */
    CHECK(!z->write_in_progress);
    zlib_free_state(z);
    zlib_release_held(z);
    free(z);
}

static JSClassRef zlib_class(void);

/* Tells the collector of the engine memory a handle holds, so that dropped
 * streams are collected (and that memory freed) before it piles up; called
 * after init and after each write that may have grown it (inflate makes
 * its window with the first write, brotli its tables with the first
 * block). The engine has no call to take a report back, and every report
 * brings the next collection nearer: a server making a gzip stream per
 * response and closing it reported 256 KiB a stream, and collected every
 * few dozen responses for memory that close() had already freed. So the
 * first ZLIB_UNREPORTED_MAX bytes, over all live handles, are held back
 * and counted in zlib_unreported; close() and the finalizer give them
 * back. Only when streams are dropped open does that count fill, and from
 * then on each handle's memory is reported as it grows. */
enum { ZLIB_UNREPORTED_MAX = 4 << 20 };
static _Atomic size_t zlib_unreported;

static void zlib_report_mem(JSContextRef ctx, zlib_ctx_t *z) {
    if (z->mem <= z->reported + z->held)
        return;
    size_t delta = z->mem - z->reported - z->held;
    size_t before = atomic_fetch_add(&zlib_unreported, delta);
    if (before + delta <= ZLIB_UNREPORTED_MAX) {
        z->held += delta;
        return;
    }
    atomic_fetch_sub(&zlib_unreported, delta + z->held);
    if (JSReportExtraMemoryCost) /* weak: private API */
        JSReportExtraMemoryCost(ctx, z->held + delta);
    z->reported += z->held + delta;
    z->held = 0;
}

/* The engine memory is gone: what was held back is free for others. */
static void zlib_release_held(zlib_ctx_t *z) {
    atomic_fetch_sub(&zlib_unreported, z->held);
    z->held = 0;
}

/* In a method: z, the handle `this` is, or Node's TypeError (the methods
 * are reachable on the handles' prototype). */
#define ZLIB_THIS()                                                          \
    BINDING_CHECK_THIS(zlib_class());                                        \
    zlib_ctx_t *z = JSObjectGetPrivate(self);                                \
    CHECK(z != NULL)

static void zlib_release_refs(JSContextRef ctx, zlib_ctx_t *z) {
    if (z->write_result_obj) {
        JSValueUnprotect(ctx, z->write_result_obj);
        z->write_result_obj = NULL;
    }
    if (z->callback) {
        JSValueUnprotect(ctx, z->callback);
        z->callback = NULL;
    }
    z->write_result = NULL;
}

static void zlib_do_close(JSContextRef ctx, zlib_ctx_t *z) {
    z->closed = true;
    z->pending_close = false;
    zlib_free_state(z);
    zlib_release_held(z);
    zlib_release_refs(ctx, z);
}

static void zlib_update_result(zlib_ctx_t *z) {
    if (z->write_result == NULL)
        return;
    if (zlib_own_buffers(z->mode)) {
        z->write_result[0] = (uint32_t)z->avail_out;
        z->write_result[1] = (uint32_t)z->avail_in;
    } else {
        z->write_result[0] = z->strm.avail_out;
        z->write_result[1] = z->strm.avail_in;
    }
}

/* Calls self.onerror(message, errno, code): from the loop through the
 * runtime, or within a call from JS, where an exception it throws goes to
 * *exc (and is dropped when exc is NULL). */
static void zlib_emit_error(JSContextRef ctx, JSObjectRef self, const zlib_error_t *e, bool from_loop,
                            JSValueRef *exc) {
    JSValueRef fn = js_get(ctx, self, "onerror");
    if (!JSValueIsObject(ctx, fn))
        return;
    JSValueRef args[3] = {js_str(ctx, e->message), JSValueMakeNumber(ctx, e->err), js_str(ctx, e->code)};
    if (from_loop) {
        runtime_call(runtime_of(ctx), (JSObjectRef)fn, self, 3, args);
    } else {
        JSValueRef ignored = NULL;
        JSObjectCallAsFunction(ctx, (JSObjectRef)fn, self, 3, args, exc ? exc : &ignored);
    }
}

/* onerror for a failed params() or reset(): zlib's result r. */
static void zlib_emit_result(JSContextRef ctx, JSObjectRef self, const char *message, int r) {
    zlib_error_t e = {.message = message, .err = r};
    snprintf(e.code, sizeof e.code, "%s", zlib_code_name(r));
    zlib_emit_error(ctx, self, &e, false, NULL);
}

/* Sets up next_in/next_out from the arguments of write/writeSync. Returns
 * false (with *exc unset) on a programming error, which is CHECKed. */
static void zlib_set_buffers(JSContextRef ctx, zlib_ctx_t *z, const JSValueRef argv[]) {
    int flush = js_int(ctx, argv[0]);
    uint8_t *in = NULL, *out = NULL;
    size_t in_total = 0, out_total = 0;
    size_t in_off = 0, in_len = 0;
    if (!JSValueIsUndefined(ctx, argv[1]) && !JSValueIsNull(ctx, argv[1])) {
        CHECK(js_bytes_borrow(ctx, argv[1], &in, &in_total));
        in_off = (size_t)js_num(ctx, argv[2]);
        in_len = (size_t)js_num(ctx, argv[3]);
        CHECK(in_off <= in_total && in_len <= in_total - in_off);
    }
    CHECK(js_bytes_borrow(ctx, argv[4], &out, &out_total));
    size_t out_off = (size_t)js_num(ctx, argv[5]);
    size_t out_len = (size_t)js_num(ctx, argv[6]);
    CHECK(out_off <= out_total && out_len <= out_total - out_off);
    z->flush = flush;
    if (zlib_own_buffers(z->mode)) {
        z->next_in = in ? in + in_off : NULL;
        z->avail_in = in_len;
        z->next_out = out + out_off;
        z->avail_out = out_len;
    } else {
        z->strm.next_in = in ? in + in_off : NULL;
        z->strm.avail_in = (uInt)in_len;
        z->strm.next_out = out + out_off;
        z->strm.avail_out = (uInt)out_len;
    }
}

static JSValueRef zlib_write_sync(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                  size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    ZLIB_THIS();
    CHECK(argc >= 7 && z->mode != ZLIB_NONE);
    if (z->closed)
        return js_throw_msg(ctx, exc, "Error", "zlib binding closed");
    if (z->write_in_progress) /* _processChunk() while a stream write runs */
        return js_throw_msg(ctx, exc, "Error", "write already in progress");
    zlib_set_buffers(ctx, z, argv);
    zlib_process(z);
    zlib_update_result(z);
    zlib_report_mem(ctx, z);
    zlib_error_t e;
    if (zlib_check_error(z, &e)) {
        zlib_emit_error(ctx, self, &e, false, exc);
        if (*exc)
            return NULL;
    }
    return JSValueMakeUndefined(ctx);
}

static void zlib_work_cb(uv_work_t *work) {
    zlib_process(work->data);
}

static void zlib_work_done_cb(uv_work_t *work, int status) {
    zlib_ctx_t *z = work->data;
    JSContextRef ctx = z->ctx;
    JSObjectRef self = z->self;
    CHECK(status == 0);
    z->write_in_progress = false;
    JSValueUnprotect(ctx, z->in_obj);
    JSValueUnprotect(ctx, z->out_obj);
    z->in_obj = z->out_obj = NULL;
    if (z->pending_close) {
        zlib_do_close(ctx, z);
        JSValueUnprotect(ctx, self);
        return;
    }
    zlib_update_result(z);
    zlib_report_mem(ctx, z);
    zlib_error_t e;
    if (zlib_check_error(z, &e)) {
        zlib_emit_error(ctx, self, &e, true, NULL);
    } else if (z->callback) {
        runtime_call(runtime_of(ctx), z->callback, self, 0, NULL);
    }
    JSValueUnprotect(ctx, self);
}

static JSValueRef zlib_write(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                             size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    ZLIB_THIS();
    CHECK(argc >= 7 && z->mode != ZLIB_NONE);
    if (z->closed)
        return js_throw_msg(ctx, exc, "Error", "zlib binding closed");
    if (z->write_in_progress) /* _processChunk() while a stream write runs */
        return js_throw_msg(ctx, exc, "Error", "write already in progress");
    zlib_set_buffers(ctx, z, argv);
    z->ctx = JSContextGetGlobalContext(ctx);
    z->self = self;
    z->in_obj = JSValueIsObject(ctx, argv[1]) ? (JSObjectRef)argv[1] : self;
    z->out_obj = (JSObjectRef)argv[4];
    JSValueProtect(ctx, self);
    JSValueProtect(ctx, z->in_obj);
    JSValueProtect(ctx, z->out_obj);
    z->work.data = z;
    z->write_in_progress = true;
    int rc = uv_queue_work(runtime_loop(ctx), &z->work, zlib_work_cb, zlib_work_done_cb);
    if (rc < 0) {
        z->write_in_progress = false;
        JSValueUnprotect(ctx, z->in_obj);
        JSValueUnprotect(ctx, z->out_obj);
        JSValueUnprotect(ctx, self);
        return js_throw_uv(ctx, exc, rc, "uv_queue_work", NULL, NULL);
    }
    return JSValueMakeUndefined(ctx);
}

/* Keeps writeResult and the callback of init(). */
static void zlib_keep_refs(JSContextRef ctx, zlib_ctx_t *z, JSValueRef result, JSValueRef cb) {
    uint8_t *bytes;
    size_t len;
    CHECK(JSValueGetTypedArrayType(ctx, result, NULL) == kJSTypedArrayTypeUint32Array);
    CHECK(js_bytes_borrow(ctx, result, &bytes, &len) && len >= 2 * sizeof(uint32_t));
    zlib_release_refs(ctx, z);
    z->write_result_obj = (JSObjectRef)result;
    z->write_result = (uint32_t *)(void *)bytes;
    JSValueProtect(ctx, result);
    CHECK(JSObjectIsFunction(ctx, (JSObjectRef)cb));
    z->callback = (JSObjectRef)cb;
    JSValueProtect(ctx, cb);
}

/* zstd: h.init(params, pledgedSrcSize, writeResult, callback, dictionary); params an
 * Int32Array of (parameter, value) pairs, pledgedSrcSize a number or
 * undefined, dictionary bytes or undefined. Returns 0, -1 when the context
 * cannot be made, -2 when a parameter or the pledged size is refused, -3
 * when the dictionary is. */
static JSValueRef zlib_init_zstd(JSContextRef ctx, zlib_ctx_t *z, size_t argc, const JSValueRef argv[]) {
    CHECK(argc >= 4);
    uint8_t *p;
    size_t len;
    CHECK(JSValueGetTypedArrayType(ctx, argv[0], NULL) == kJSTypedArrayTypeInt32Array);
    CHECK(js_bytes_borrow(ctx, argv[0], &p, &len));
    const int32_t *pairs = (const int32_t *)(const void *)p;
    size_t n = len / sizeof(int32_t) / 2;
    zlib_keep_refs(ctx, z, argv[2], argv[3]);
    uint8_t *dict = NULL;
    size_t dict_len = 0;
    if (argc > 4 && JSValueIsObject(ctx, argv[4]))
        CHECK(js_bytes_borrow(ctx, argv[4], &dict, &dict_len));
    if (z->mode == ZLIB_ZSTD_COMPRESS) {
        z->cctx = ZSTD_createCCtx();
        if (!z->cctx)
            return JSValueMakeNumber(ctx, -1);
        for (size_t i = 0; i < n; i++)
            if (ZSTD_isError(ZSTD_CCtx_setParameter(z->cctx, (ZSTD_cParameter)pairs[2 * i], pairs[2 * i + 1])))
                return JSValueMakeNumber(ctx, -2);
        z->zstd_pledged = -1;
        if (JSValueIsNumber(ctx, argv[1])) {
            z->zstd_pledged = (long long)js_num(ctx, argv[1]);
            if (ZSTD_isError(ZSTD_CCtx_setPledgedSrcSize(z->cctx, (unsigned long long)z->zstd_pledged)))
                return JSValueMakeNumber(ctx, -2);
        }
        if (dict_len > 0 && ZSTD_isError(ZSTD_CCtx_loadDictionary(z->cctx, dict, dict_len)))
            return JSValueMakeNumber(ctx, -3);
    } else {
        z->dctx = ZSTD_createDCtx();
        if (!z->dctx)
            return JSValueMakeNumber(ctx, -1);
        for (size_t i = 0; i < n; i++)
            if (ZSTD_isError(ZSTD_DCtx_setParameter(z->dctx, (ZSTD_dParameter)pairs[2 * i], pairs[2 * i + 1])))
                return JSValueMakeNumber(ctx, -2);
        if (dict_len > 0 && ZSTD_isError(ZSTD_DCtx_loadDictionary(z->dctx, dict, dict_len)))
            return JSValueMakeNumber(ctx, -3);
    }
    if (JSReportExtraMemoryCost) /* weak: private API */
        JSReportExtraMemoryCost(ctx, z->cctx ? ZSTD_sizeof_CCtx(z->cctx) : ZSTD_sizeof_DCtx(z->dctx));
    return JSValueMakeNumber(ctx, 0);
}

/* h.init(windowBits, level, memLevel, strategy, writeResult, callback,
 * dictionary) for zlib modes; h.init(params, writeResult, callback) for
 * brotli; zstd above. Returns 0, or the failing library result. */
static JSValueRef zlib_init(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                            size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    ZLIB_THIS();
    CHECK(!z->closed && !z->write_in_progress);
    if (zlib_is_zstd(z->mode))
        return zlib_init_zstd(ctx, z, argc, argv);
    if (z->mode == ZLIB_BROTLI_ENCODE || z->mode == ZLIB_BROTLI_DECODE) {
        CHECK(argc >= 3);
        uint8_t *p;
        size_t len;
        CHECK(js_bytes_borrow(ctx, argv[0], &p, &len));
        const uint32_t *params = (const uint32_t *)(const void *)p;
        size_t n = len / sizeof(uint32_t);
        zlib_keep_refs(ctx, z, argv[1], argv[2]);
        if (z->mode == ZLIB_BROTLI_ENCODE) {
            z->enc = BrotliEncoderCreateInstance(zlib_brotli_alloc, zlib_brotli_free, z);
            if (!z->enc)
                return JSValueMakeNumber(ctx, -1);
            for (size_t i = 0; i < n; i++)
                if (params[i] != UINT32_MAX &&
                    !BrotliEncoderSetParameter(z->enc, (BrotliEncoderParameter)i, params[i]))
                    return JSValueMakeNumber(ctx, -1);
        } else {
            z->dec = BrotliDecoderCreateInstance(zlib_brotli_alloc, zlib_brotli_free, z);
            if (!z->dec)
                return JSValueMakeNumber(ctx, -1);
            for (size_t i = 0; i < n; i++)
                if (params[i] != UINT32_MAX &&
                    !BrotliDecoderSetParameter(z->dec, (BrotliDecoderParameter)i, params[i]))
                    return JSValueMakeNumber(ctx, -1);
        }
        zlib_report_mem(ctx, z);
        return JSValueMakeNumber(ctx, 0);
    }
    CHECK(argc >= 7);
    z->window_bits = js_int(ctx, argv[0]);
    z->level = js_int(ctx, argv[1]);
    z->mem_level = js_int(ctx, argv[2]);
    z->strategy = js_int(ctx, argv[3]);
    zlib_keep_refs(ctx, z, argv[4], argv[5]);
    if (JSValueIsObject(ctx, argv[6])) {
        uint8_t *d;
        size_t dlen;
        CHECK(js_bytes_borrow(ctx, argv[6], &d, &dlen));
        if (dlen > 0) {
            z->dict = js_xmalloc(dlen);
            memcpy(z->dict, d, dlen);
            z->dict_len = dlen;
        }
    }
    int r = zlib_init_stream(z);
    if (r == Z_OK)
        zlib_report_mem(ctx, z);
    return JSValueMakeNumber(ctx, r);
}

static JSValueRef zlib_params(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                              size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    ZLIB_THIS();
    CHECK(argc >= 2);
    if (z->write_in_progress)
        return js_throw_msg(ctx, exc, "Error", "Cannot set params while a write is in progress");
    int r = Z_OK;
    if (z->zinit && zlib_is_deflate(z->mode)) {
        r = deflateParams(&z->strm, js_int(ctx, argv[0]), js_int(ctx, argv[1]));
        if (r == Z_OK) {
            z->level = js_int(ctx, argv[0]);
            z->strategy = js_int(ctx, argv[1]);
        }
    }
    if (r != Z_OK && r != Z_BUF_ERROR)
        zlib_emit_result(ctx, self, "Failed to set parameters", r);
    return JSValueMakeUndefined(ctx);
}

static JSValueRef zlib_reset(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                             size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    ZLIB_THIS();
    if (z->write_in_progress)
        return js_throw_msg(ctx, exc, "Error", "Cannot reset zlib stream while a write is in progress");
    if (z->closed)
        return JSValueMakeUndefined(ctx);
    int r = Z_OK;
    if (z->mode == ZLIB_BROTLI_ENCODE) {
        /* brotli has no reset: a fresh instance with the same parameters
         * would need them kept; Node's reset() fails the same way. */
        BrotliEncoderDestroyInstance(z->enc);
        z->enc = BrotliEncoderCreateInstance(zlib_brotli_alloc, zlib_brotli_free, z);
        r = z->enc ? Z_OK : Z_MEM_ERROR;
    } else if (z->mode == ZLIB_BROTLI_DECODE) {
        BrotliDecoderDestroyInstance(z->dec);
        z->dec = BrotliDecoderCreateInstance(zlib_brotli_alloc, zlib_brotli_free, z);
        r = z->dec ? Z_OK : Z_MEM_ERROR;
    } else if (z->mode == ZLIB_ZSTD_COMPRESS) {
        r = ZSTD_isError(ZSTD_CCtx_reset(z->cctx, ZSTD_reset_session_only)) ? Z_STREAM_ERROR : Z_OK;
    } else if (z->mode == ZLIB_ZSTD_DECOMPRESS) {
        r = ZSTD_isError(ZSTD_DCtx_reset(z->dctx, ZSTD_reset_session_only)) ? Z_STREAM_ERROR : Z_OK;
    } else {
        r = zlib_reset_stream(z);
        z->gzip_id_bytes_read = 0;
    }
    if (r != Z_OK)
        zlib_emit_result(ctx, self, "Failed to reset stream", r);
    return JSValueMakeUndefined(ctx);
}

static JSValueRef zlib_close(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                             size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    ZLIB_THIS();
    if (z->write_in_progress)
        z->pending_close = true;
    else if (!z->closed)
        zlib_do_close(ctx, z);
    return JSValueMakeUndefined(ctx);
}

static JSValueRef zlib_get_avail(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                 size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    ZLIB_THIS();
    return JSValueMakeNumber(ctx, zlib_own_buffers(z->mode) ? (double)z->avail_in : (double)z->strm.avail_in);
}

static JSClassRef zlib_class(void) {
    static JSClassRef cls;
    if (!cls) {
        JSClassDefinition def = kJSClassDefinitionEmpty;
        def.className = "Zlib";
        def.finalize = zlib_finalize;
        cls = JSClassCreate(&def);
    }
    return cls;
}

/* A handle's methods, on the prototype the engine makes for the class in
 * this context, as plain writable, enumerable properties as in Node:
 * minizlib (node-tar, npm) replaces handle.close around each write. (The
 * class's static functions would be read-only in the engine's eyes.) Set
 * when the binding is made, once per context; the binding holds the
 * prototype, which the engine itself keeps only while a handle lives
 * (another would be made later, without these). */
static void zlib_define_methods(JSContextRef ctx, JSObjectRef binding) {
    JSObjectRef proto = (JSObjectRef)JSObjectGetPrototype(ctx, JSObjectMake(ctx, zlib_class(), NULL));
    /* Node's, in its order; then kiln's own, not enumerable. */
    js_set_fn(ctx, proto, "write", zlib_write);
    js_set_fn(ctx, proto, "writeSync", zlib_write_sync);
    js_set_fn(ctx, proto, "close", zlib_close);
    js_set_fn(ctx, proto, "init", zlib_init);
    js_set_fn(ctx, proto, "params", zlib_params);
    js_set_fn(ctx, proto, "reset", zlib_reset);
    JSStringRef name = JSStringCreateWithUTF8CString("getAvailInAfter");
    JSObjectSetProperty(ctx, proto, name, JSObjectMakeFunctionWithCallback(ctx, name, zlib_get_avail),
                        kJSPropertyAttributeDontEnum, NULL);
    JSStringRelease(name);
    name = JSStringCreateWithUTF8CString("handlePrototype");
    JSObjectSetProperty(ctx, binding, name, proto, kJSPropertyAttributeDontEnum, NULL);
    JSStringRelease(name);
}

/* binding.create(mode) -> a handle. */
static JSValueRef zlib_create(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                              size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    int mode = js_int(ctx, argv[0]);
    CHECK(mode >= ZLIB_DEFLATE && mode <= ZLIB_ZSTD_DECOMPRESS);
    zlib_ctx_t *z = calloc(1, sizeof *z);
    CHECK(z != NULL);
    z->mode = mode;
    return JSObjectMake(ctx, zlib_class(), z);
}

/* ---- one-shot calls ------------------------------------------------------------- */

/* gzipSync() and the other Sync functions, as one call: Node builds a
 * stream, feeds the whole input to its handle with the finishing flush,
 * chunkSize bytes of output space at a time, and drops both; nothing of
 * that stream is seen. Here one engine per direction stays between calls
 * (per thread: workers have their own), reset (deflateReset, inflateReset)
 * rather than made again when the next call asks for the same parameters;
 * brotli, which has no reset, gets a fresh instance each time. The output
 * is gathered in one buffer; the steps and the checks between them are
 * those of Node's loop, so output, errors and maxOutputLength match. */
static void zlib_buffer_free(void *bytes, void *unused) {
    free(bytes);
}

enum { ZLIB_POOL_DEFLATE, ZLIB_POOL_INFLATE, ZLIB_POOL_N };
static _Thread_local zlib_ctx_t *zlib_pool[ZLIB_POOL_N];
static _Thread_local uint8_t *zlib_scratch;   /* the first chunk's output */
static _Thread_local size_t zlib_scratch_len;
enum { ZLIB_SCRATCH_KEEP = 64 << 10 };          /* a larger one goes after its call */

static void zlib_scratch_trim(void) {
    if (zlib_scratch_len > ZLIB_SCRATCH_KEEP) {
        free(zlib_scratch);
        zlib_scratch = NULL;
        zlib_scratch_len = 0;
    }
}

/* The input: a string as UTF-8 (into *s) or borrowed bytes. */
typedef struct {
    js_cstr s;
    const uint8_t *p;
    size_t len;
} zlib_input_t;

static bool zlib_input_get(JSContextRef ctx, JSValueRef v, zlib_input_t *in, JSValueRef *exc) {
    in->s.s = NULL;
    if (JSValueIsString(ctx, v)) {
        if (!js_cstr_get(ctx, v, &in->s, exc))
            return false;
        in->p = (const uint8_t *)in->s.s;
        in->len = in->s.len;
        return true;
    }
    uint8_t *p;
    CHECK(js_bytes_borrow(ctx, v, &p, &in->len));
    in->p = p;
    return true;
}

/* Runs all of in through z (initialised, reset) with `flush`, chunk bytes
 * of output space per step. Returns an ArrayBuffer of the output, -1 when
 * it grew past max (ERR_BUFFER_TOO_LARGE in JS), [message, errno, code]
 * when the engine failed, or NULL with *exc set (out of memory). */
static JSValueRef zlib_run_all(JSContextRef ctx, zlib_ctx_t *z, const uint8_t *in, size_t in_len, int flush,
                               size_t chunk, double max, JSValueRef *exc) {
    if (zlib_scratch_len < chunk) {
        free(zlib_scratch);
        zlib_scratch_len = 0;
        zlib_scratch = malloc(chunk);
        if (!zlib_scratch)
            return js_throw_msg(ctx, exc, "RangeError", "Array buffer allocation failed");
        zlib_scratch_len = chunk;
    }
    uint8_t *out = zlib_scratch; /* then a heap buffer when a second step is needed */
    size_t len = 0, cap = chunk;
    z->flush = flush;
    bool own = zlib_own_buffers(z->mode);
    if (own) {
        z->next_in = in;
        z->avail_in = in_len;
    } else {
        z->strm.next_in = (Bytef *)in;
        z->strm.avail_in = (uInt)in_len;
        CHECK(in_len <= UINT_MAX); /* zlib_sync sends larger inputs back */
    }
    for (;;) {
        if (cap - len < chunk) {
            size_t ncap = cap * 2 >= len + chunk ? cap * 2 : len + chunk;
            uint8_t *n = ncap < cap ? NULL : out == zlib_scratch ? malloc(ncap) : realloc(out, ncap);
            if (!n) {
                if (out != zlib_scratch)
                    free(out);
                return js_throw_msg(ctx, exc, "RangeError", "Array buffer allocation failed");
            }
            if (out == zlib_scratch)
                memcpy(n, out, len);
            out = n;
            cap = ncap;
        }
        size_t avail_out;
        if (own) {
            z->next_out = out + len;
            z->avail_out = chunk;
        } else {
            z->strm.next_out = out + len;
            z->strm.avail_out = (uInt)chunk;
        }
        zlib_process(z);
        avail_out = own ? z->avail_out : z->strm.avail_out;
        zlib_error_t e;
        if (zlib_check_error(z, &e)) {
            if (out != zlib_scratch)
                free(out);
            JSValueRef items[3] = {js_str(ctx, e.message), JSValueMakeNumber(ctx, e.err), js_str(ctx, e.code)};
            return JSObjectMakeArray(ctx, 3, items, exc);
        }
        len += chunk - avail_out;
        if ((double)len > max) {
            if (out != zlib_scratch)
                free(out);
            return JSValueMakeNumber(ctx, -1);
        }
        if (avail_out != 0)
            break;
    }
    uint8_t *result;
    if (out == zlib_scratch) {
        result = malloc(len ? len : 1);
        if (result)
            memcpy(result, out, len);
    } else {
        result = len < cap / 2 ? realloc(out, len ? len : 1) : out;
        if (!result)
            free(out);
    }
    if (!result)
        return js_throw_msg(ctx, exc, "RangeError", "Array buffer allocation failed");
    /* the engine's memory is the pool's: nothing to tell the collector */
    return JSObjectMakeArrayBufferWithBytesNoCopy(ctx, result, len, zlib_buffer_free, NULL, exc);
}

/* binding.zlibSync(mode, windowBits, level, memLevel, strategy, dictionary,
 *                  input, flush, chunkSize, maxOutputLength)
 * -> as zlib_run_all, -2 when the engine could not be set up
 * (ERR_ZLIB_INITIALIZATION_FAILED), or -3 for an input of 4 GiB or more. input: a string or bytes, dictionary
 * bytes or undefined. */
static JSValueRef zlib_sync(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                            size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    CHECK(argc >= 10);
    int mode = js_int(ctx, argv[0]);
    CHECK(mode >= ZLIB_DEFLATE && mode <= ZLIB_UNZIP);
    int wb = js_int(ctx, argv[1]), level = js_int(ctx, argv[2]), mem_level = js_int(ctx, argv[3]);
    int strategy = js_int(ctx, argv[4]), flush = js_int(ctx, argv[7]);
    double chunk = js_num(ctx, argv[8]), max = js_num(ctx, argv[9]);
    CHECK(chunk >= 64);
    zlib_input_t in; /* a string primitive: its conversion runs no JS */
    if (!zlib_input_get(ctx, argv[6], &in, exc))
        return NULL;
    uint8_t *dict = NULL;
    size_t dict_len = 0;
    if (JSValueIsObject(ctx, argv[5]))
        CHECK(js_bytes_borrow(ctx, argv[5], &dict, &dict_len));
    if (in.len > UINT_MAX) { /* more than zlib takes in one step: JS uses a stream */
        js_cstr_free(&in.s);
        return JSValueMakeNumber(ctx, -3);
    }

    zlib_ctx_t **slot = &zlib_pool[zlib_is_deflate(mode) ? ZLIB_POOL_DEFLATE : ZLIB_POOL_INFLATE];
    zlib_ctx_t *z = *slot;
    JSValueRef r;
    /* the pooled engine borrows the caller's dictionary for this call */
    int init;
    if (z && z->zinit && z->pool_mode == mode && z->window_bits == wb && z->level == level &&
        z->mem_level == mem_level && z->strategy == strategy) {
        z->mode = mode;
        z->dict = dict;
        z->dict_len = dict_len;
        /* inflateReset would keep the window size the last stream's
         * header set when windowBits was 0, and refuse a larger one */
        init = zlib_is_deflate(mode) ? zlib_reset_stream(z) : inflateReset2(&z->strm, zlib_window_arg(z));
        if (init == Z_OK && !zlib_is_deflate(mode))
            init = zlib_set_dictionary(z);
    } else {
        if (!z) {
            z = calloc(1, sizeof *z);
            CHECK(z != NULL);
            *slot = z;
        }
        z->dict = NULL; /* borrowed, not the engine's to free */
        z->dict_len = 0;
        zlib_free_state(z);
        z->mode = z->pool_mode = mode;
        z->window_bits = wb;
        z->level = level;
        z->mem_level = mem_level;
        z->strategy = strategy;
        z->dict = dict;
        z->dict_len = dict_len;
        init = zlib_init_stream(z);
    }
    z->gzip_id_bytes_read = 0;
    if (init != Z_OK) {
        z->dict = NULL;
        z->dict_len = 0;
        zlib_free_state(z); /* made again next time */
        r = JSValueMakeNumber(ctx, -2);
    } else {
        r = zlib_run_all(ctx, z, in.p, in.len, flush, (size_t)chunk, max, exc);
        zlib_scratch_trim();
        z->mode = mode; /* unzip became gunzip or inflate */
        z->gzip_id_bytes_read = 0;
        z->dict = NULL;
        z->dict_len = 0;
    }
    js_cstr_free(&in.s);
    return r;
}

/* binding.brotliSync(mode, params, input, flush, chunkSize, maxOutputLength)
 * -> as zlibSync; params as h.init takes them. */
static JSValueRef zlib_brotli_sync(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                   size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    CHECK(argc >= 6);
    int mode = js_int(ctx, argv[0]);
    CHECK(zlib_is_brotli(mode));
    int flush = js_int(ctx, argv[3]);
    double chunk = js_num(ctx, argv[4]), max = js_num(ctx, argv[5]);
    CHECK(chunk >= 64);
    zlib_input_t in;
    if (!zlib_input_get(ctx, argv[2], &in, exc))
        return NULL;
    uint8_t *p;
    size_t n;
    CHECK(js_bytes_borrow(ctx, argv[1], &p, &n));
    const uint32_t *params = (const uint32_t *)(const void *)p;
    n /= sizeof(uint32_t);
    zlib_ctx_t z = {.mode = mode};
    JSValueRef r = NULL;
    bool ok = true;
    if (mode == ZLIB_BROTLI_ENCODE) {
        z.enc = BrotliEncoderCreateInstance(zlib_brotli_alloc, zlib_brotli_free, &z);
        ok = z.enc != NULL;
        for (size_t i = 0; ok && i < n; i++)
            if (params[i] != UINT32_MAX && !BrotliEncoderSetParameter(z.enc, (BrotliEncoderParameter)i, params[i]))
                ok = false;
    } else {
        z.dec = BrotliDecoderCreateInstance(zlib_brotli_alloc, zlib_brotli_free, &z);
        ok = z.dec != NULL;
        for (size_t i = 0; ok && i < n; i++)
            if (params[i] != UINT32_MAX && !BrotliDecoderSetParameter(z.dec, (BrotliDecoderParameter)i, params[i]))
                ok = false;
    }
    r = ok ? zlib_run_all(ctx, &z, in.p, in.len, flush, (size_t)chunk, max, exc) : JSValueMakeNumber(ctx, -2);
    zlib_scratch_trim();
    zlib_free_state(&z);
    js_cstr_free(&in.s);
    return r;
}

/* binding.crc32(data, value) -> the CRC-32 of data continuing from value. */
static JSValueRef zlib_crc32(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                             size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    uint32_t value = (uint32_t)js_num(ctx, argv[1]);
    uint8_t *bytes;
    size_t len;
    if (JSValueIsString(ctx, argv[0])) {
        js_cstr s;
        if (!js_cstr_get(ctx, argv[0], &s, exc))
            return NULL;
        uLong c = value;
        const uint8_t *p = (const uint8_t *)s.s;
        for (size_t left = s.len; left > 0;) {
            uInt n = left > 0x40000000u ? 0x40000000u : (uInt)left;
            c = crc32(c, p, n);
            p += n;
            left -= n;
        }
        js_cstr_free(&s);
        return JSValueMakeNumber(ctx, (double)(uint32_t)c);
    }
    CHECK(js_bytes_borrow(ctx, argv[0], &bytes, &len));
    uLong c = value;
    for (size_t left = len; left > 0;) {
        uInt n = left > 0x40000000u ? 0x40000000u : (uInt)left;
        c = crc32(c, bytes, n);
        bytes += n;
        left -= n;
    }
    return JSValueMakeNumber(ctx, (double)(uint32_t)c);
}

JSObjectRef zlib_binding(JSContextRef ctx) {
    JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
    zlib_define_methods(ctx, b);
    js_set_fn(ctx, b, "create", zlib_create);
    js_set_fn(ctx, b, "crc32", zlib_crc32);
    js_set_fn(ctx, b, "zlibSync", zlib_sync);
    js_set_fn(ctx, b, "brotliSync", zlib_brotli_sync);
    js_set_num(ctx, b, "ZLIB_VERNUM", ZLIB_VERNUM);
    js_set_str(ctx, b, "zlibVersion", zlibVersion());
    uint32_t bv = BrotliEncoderVersion();
    char bstr[32];
    snprintf(bstr, sizeof bstr, "%u.%u.%u", bv >> 24, (bv >> 12) & 0xfff, bv & 0xfff);
    js_set_str(ctx, b, "brotliVersion", bstr);
    js_set_str(ctx, b, "zstdVersion", ZSTD_versionString());
    return b;
}
