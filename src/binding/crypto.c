/* internalBinding('crypto'): random bytes, key derivation (pbkdf2, scrypt,
 * hkdf), the lists of algorithms, and the binding object that
 * crypto_hash.c and crypto_cipher.c add their functions to. lib/crypto.js
 * and lib/internal/crypto/ validate every argument first; this file CHECKs
 * the types it was promised.
 *
 * The slow operations run as jobs: with a callback the job goes to the
 * thread pool and the callback gets (err, ArrayBuffer) on the loop; without
 * one it runs now and its result is returned (or thrown). Both forms are one
 * C path. A job copies its inputs, so the pool thread touches no engine
 * memory, except randomFill, whose target array is protected until the
 * callback. */
#define OPENSSL_SUPPRESS_DEPRECATED /* the SHA contexts of crypto_pbkdf2_sha */
#include <dlfcn.h>
#include <stdio.h>
#include <openssl/crypto.h>
#include <openssl/sha.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/kdf.h>
#include <openssl/core_names.h>
#include <openssl/params.h>
#include <openssl/rand.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "crypto.h"
#include "encoding/encoding.h"
#include "engine_fast.h"

/* ---- shared helpers ------------------------------------------------------------ */

/* Digests by the name asked for, in the order first asked: JS keeps the
 * index, so a hot createHash('sha1') passes a number, not a string. The
 * table only grows (a few dozen names at most in practice). */
typedef struct {
    EVP_MD *md;                 /* NULL: OpenSSL has no such digest */
    char *name;
} crypto_md_entry_t;

static crypto_md_entry_t *crypto_md_table;
static size_t crypto_md_count, crypto_md_cap;
static uv_mutex_t crypto_md_lock;
static uv_once_t crypto_md_once = UV_ONCE_INIT;

static void crypto_md_lock_init(void) {
    CHECK(uv_mutex_init(&crypto_md_lock) == 0);
}

int crypto_md_index(const char *name) {
    uv_once(&crypto_md_once, crypto_md_lock_init);
    uv_mutex_lock(&crypto_md_lock);
    for (size_t i = 0; i < crypto_md_count; i++)
        if (strcmp(crypto_md_table[i].name, name) == 0) {
            uv_mutex_unlock(&crypto_md_lock);
            return (int)i;
        }
    /* 'DSS1', SHA-1 for DSA in OpenSSL 1.0, is still a name Node takes */
    EVP_MD *md = EVP_MD_fetch(NULL, strcasecmp(name, "dss1") == 0 ? "sha1" : name, NULL);
    if (!md) {
        /* legacy aliases ('RSA-SHA256', 'ssl3-md5') are known only to the
         * old name table; fetch what it maps them to */
        const EVP_MD *legacy = EVP_get_digestbyname(name);
        if (legacy)
            md = EVP_MD_fetch(NULL, EVP_MD_get0_name(legacy), NULL);
    }
    ERR_clear_error();
    if (crypto_md_count == crypto_md_cap) {
        crypto_md_cap = crypto_md_cap ? 2 * crypto_md_cap : 32;
        crypto_md_table = js_xrealloc(crypto_md_table, crypto_md_cap * sizeof *crypto_md_table);
    }
    crypto_md_table[crypto_md_count].md = md;
    crypto_md_table[crypto_md_count].name = js_xstrdup(name);
    int i = (int)crypto_md_count++;
    uv_mutex_unlock(&crypto_md_lock);
    return i;
}

/* The digest at index i, or NULL when there is none (no check fails). */
const EVP_MD *crypto_md_try_at(int i) {
    uv_mutex_lock(&crypto_md_lock);
    const EVP_MD *md = i >= 0 && (size_t)i < crypto_md_count ? crypto_md_table[i].md : NULL;
    uv_mutex_unlock(&crypto_md_lock);
    return md;
}

const EVP_MD *crypto_md_get_at(int i) {
    uv_mutex_lock(&crypto_md_lock);
    CHECK(i >= 0 && (size_t)i < crypto_md_count);
    const EVP_MD *md = crypto_md_table[i].md;
    uv_mutex_unlock(&crypto_md_lock);
    return md;
}

const EVP_MD *crypto_md_get(const char *name) {
    return crypto_md_get_at(crypto_md_index(name));
}

const EVP_MD *crypto_md_arg(JSContextRef ctx, JSValueRef v, JSValueRef *exc, bool *failed) {
    *failed = false;
    if (JSValueIsNumber(ctx, v))
        return crypto_md_get_at(js_int(ctx, v));
    js_cstr name;
    if (!js_cstr_get(ctx, v, &name, exc)) {
        *failed = true;
        return NULL;
    }
    const EVP_MD *md = crypto_md_get(name.s);
    js_cstr_free(&name);
    return md;
}

/* binding.mdIndex(name) -> the digest's index for hashNew and the others,
 * or -1 when OpenSSL has none. */
static JSValueRef crypto_md_index_fn(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                     size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    js_cstr name;
    if (!js_cstr_get(ctx, JS_ARG(0), &name, exc))
        return NULL;
    int i = crypto_md_index(name.s);
    js_cstr_free(&name);
    return JSValueMakeNumber(ctx, crypto_md_get_at(i) ? i : -1);
}

static void crypto_buffer_free(void *bytes, void *unused) {
    free(bytes);
}

JSObjectRef crypto_buffer_take(JSContextRef ctx, uint8_t *bytes, size_t len, JSValueRef *exc) {
    return JSObjectMakeArrayBufferWithBytesNoCopy(ctx, bytes, len, crypto_buffer_free, NULL, exc);
}

/* Bytes of a string (as UTF-8, into *tmp) or of a typed array; false with
 * *exc set when ToString threw. Borrowed bytes are valid until the next
 * call into JS. */
bool crypto_bytes_or_string(JSContextRef ctx, JSValueRef v, js_cstr *tmp, const uint8_t **p, size_t *n,
                            JSValueRef *exc) {
    tmp->s = NULL;
    if (JSValueIsString(ctx, v)) {
        if (!js_cstr_get(ctx, v, tmp, exc))
            return false;
        *p = (const uint8_t *)tmp->s;
        *n = tmp->len;
        return true;
    }
    uint8_t *b;
    if (!js_bytes_borrow(ctx, v, &b, n)) {
        js_throw_msg(ctx, exc, "TypeError", "expected a string or an ArrayBufferView");
        return false;
    }
    *p = b;
    return true;
}

/* An 8-bit engine string, as V8 keeps the hex digests Node returns. */
JSValueRef crypto_hex(JSContextRef ctx, const uint8_t *p, size_t n) {
    char stack[256];
    char *s = 2 * n <= sizeof stack ? stack : js_xmalloc(2 * n + 1);
    JSValueRef r = engine_fast_latin1(ctx, (const uint8_t *)s, enc_hex_encode(p, n, s), false);
    if (s != stack)
        free(s);
    return r;
}

/* Node's error codes name the library for these (ERR_OSSL_EVP_...), and
 * only the reason for the rest (ERR_OSSL_BAD_DECRYPT from the providers). */
static const char *crypto_lib_prefix(int lib) {
    switch (lib) {
    case ERR_LIB_SYS: return "SYS_";
    case ERR_LIB_BN: return "BN_";
    case ERR_LIB_RSA: return "RSA_";
    case ERR_LIB_DH: return "DH_";
    case ERR_LIB_EVP: return "EVP_";
    case ERR_LIB_BUF: return "BUF_";
    case ERR_LIB_OBJ: return "OBJ_";
    case ERR_LIB_PEM: return "PEM_";
    case ERR_LIB_DSA: return "DSA_";
    case ERR_LIB_X509: return "X509_";
    case ERR_LIB_ASN1: return "ASN1_";
    case ERR_LIB_CONF: return "CONF_";
    case ERR_LIB_CRYPTO: return "CRYPTO_";
    case ERR_LIB_EC: return "EC_";
    case ERR_LIB_SSL: return "SSL_";
    case ERR_LIB_BIO: return "BIO_";
    case ERR_LIB_PKCS7: return "PKCS7_";
    case ERR_LIB_X509V3: return "X509V3_";
    case ERR_LIB_PKCS12: return "PKCS12_";
    case ERR_LIB_RAND: return "RAND_";
    case ERR_LIB_DSO: return "DSO_";
    case ERR_LIB_ENGINE: return "ENGINE_";
    case ERR_LIB_OCSP: return "OCSP_";
    case ERR_LIB_UI: return "UI_";
    case ERR_LIB_COMP: return "COMP_";
    case ERR_LIB_ECDSA: return "ECDSA_";
    case ERR_LIB_ECDH: return "ECDH_";
    case ERR_LIB_OSSL_STORE: return "OSSL_STORE_";
    case ERR_LIB_FIPS: return "FIPS_";
    case ERR_LIB_CMS: return "CMS_";
    case ERR_LIB_TS: return "TS_";
    case ERR_LIB_HMAC: return "HMAC_";
    case ERR_LIB_CT: return "CT_";
    case ERR_LIB_ASYNC: return "ASYNC_";
    case ERR_LIB_KDF: return "KDF_";
    case ERR_LIB_SM2: return "SM2_";
    case ERR_LIB_USER: return "USER_";
    default: return "";
    }
}

JSObjectRef crypto_ossl_error(JSContextRef ctx, const char *fallback) {
    unsigned long e = ERR_get_error();
    char msg[256];
    if (e == 0 || !fallback[0]) {
        snprintf(msg, sizeof msg, "%s", fallback[0] ? fallback : "Unknown error");
        if (e == 0) {
            JSValueRef m = js_str(ctx, msg);
            JSObjectRef err = JSObjectMakeError(ctx, 1, &m, NULL);
            CHECK(err != NULL);
            return err;
        }
    }
    ERR_error_string_n(e, msg, sizeof msg);
    JSValueRef m = js_str(ctx, msg);
    JSObjectRef err = JSObjectMakeError(ctx, 1, &m, NULL);
    CHECK(err != NULL);
    const char *lib = ERR_lib_error_string(e);
    const char *reason = ERR_reason_error_string(e);
    if (lib)
        js_set_str(ctx, err, "library", lib);
    if (reason) {
        js_set_str(ctx, err, "reason", reason);
        char code[128];
        snprintf(code, sizeof code, "ERR_OSSL_%s", crypto_lib_prefix(ERR_GET_LIB(e)));
        size_t k = strlen(code);
        for (const char *r = reason; *r && k + 1 < sizeof code; r++)
            code[k++] = (*r == ' ') ? '_' : (char)((*r >= 'a' && *r <= 'z') ? *r - 32 : *r);
        code[k] = 0;
        js_set_str(ctx, err, "code", code);
    }
    ERR_clear_error();
    return err;
}

JSValueRef crypto_throw_ossl(JSContextRef ctx, JSValueRef *exc, const char *fallback) {
    *exc = crypto_ossl_error(ctx, fallback);
    return NULL;
}

/* ---- jobs ---------------------------------------------------------------------- */

enum { CRYPTO_JOB_RANDOM, CRYPTO_JOB_PBKDF2, CRYPTO_JOB_SCRYPT, CRYPTO_JOB_HKDF };

typedef struct {
    uv_work_t work;
    int kind;
    JSGlobalContextRef ctx;
    JSObjectRef cb;             /* protected while queued */
    JSObjectRef target;         /* randomFill: the array written, protected */
    const EVP_MD *md;
    uint8_t *a, *b, *c;         /* copies of the inputs */
    size_t a_len, b_len, c_len;
    uint8_t *out;               /* the result (randomFill: into target) */
    size_t out_len;
    uint64_t n, r, p, maxmem, iter;
    bool ok;
    unsigned long err;          /* OpenSSL's error, taken on the pool thread */
} crypto_job_t;

static uint8_t *crypto_copy(const uint8_t *p, size_t n) {
    uint8_t *q = js_xmalloc(n ? n : 1);
    memcpy(q, p, n);
    return q;
}

/* PBKDF2-HMAC over OpenSSL's SHA block functions, with the inner and
 * outer pads hashed once and their states copied by value per iteration.
 * OpenSSL 3.0's own PKCS5_PBKDF2_HMAC goes through the provider layer for
 * every HMAC and is 2.5 to 4 times slower (measured at 100k iterations of
 * SHA-256). Returns false for digests it does not cover. */
#define CRYPTO_PBKDF2_SHA(NAME, CTX, INIT, UPDATE, FINAL, BLOCK, LEN)                       \
    static void NAME(const uint8_t *pass, size_t pass_len, const uint8_t *salt, size_t salt_len, \
                     uint64_t iter, uint8_t *out, size_t out_len) {                          \
        uint8_t key[BLOCK] = {0}, pad[BLOCK], u[LEN], t[LEN];                                \
        CTX ictx, octx, c;                                                                   \
        if (pass_len > BLOCK) {                                                              \
            INIT(&c);                                                                        \
            UPDATE(&c, pass, pass_len);                                                      \
            FINAL(key, &c);                                                                  \
        } else {                                                                             \
            memcpy(key, pass, pass_len);                                                     \
        }                                                                                    \
        for (int i = 0; i < BLOCK; i++)                                                      \
            pad[i] = key[i] ^ 0x36;                                                          \
        INIT(&ictx);                                                                         \
        UPDATE(&ictx, pad, BLOCK);                                                           \
        for (int i = 0; i < BLOCK; i++)                                                      \
            pad[i] = key[i] ^ 0x5c;                                                          \
        INIT(&octx);                                                                         \
        UPDATE(&octx, pad, BLOCK);                                                           \
        for (uint32_t block = 1; out_len > 0; block++) {                                     \
            uint8_t be[4] = {(uint8_t)(block >> 24), (uint8_t)(block >> 16),                 \
                             (uint8_t)(block >> 8), (uint8_t)block};                         \
            c = ictx;                                                                        \
            UPDATE(&c, salt, salt_len);                                                      \
            UPDATE(&c, be, 4);                                                               \
            FINAL(u, &c);                                                                    \
            c = octx;                                                                        \
            UPDATE(&c, u, LEN);                                                              \
            FINAL(u, &c);                                                                    \
            memcpy(t, u, LEN);                                                               \
            for (uint64_t n = 1; n < iter; n++) {                                            \
                c = ictx;                                                                    \
                UPDATE(&c, u, LEN);                                                          \
                FINAL(u, &c);                                                                \
                c = octx;                                                                    \
                UPDATE(&c, u, LEN);                                                          \
                FINAL(u, &c);                                                                \
                for (int k = 0; k < LEN; k++)                                                \
                    t[k] ^= u[k];                                                            \
            }                                                                                \
            size_t n = out_len < LEN ? out_len : LEN;                                        \
            memcpy(out, t, n);                                                               \
            out += n;                                                                        \
            out_len -= n;                                                                    \
        }                                                                                    \
        OPENSSL_cleanse(key, sizeof key);                                                    \
        OPENSSL_cleanse(pad, sizeof pad);                                                    \
        OPENSSL_cleanse(&ictx, sizeof ictx);                                                 \
        OPENSSL_cleanse(&octx, sizeof octx);                                                 \
        OPENSSL_cleanse(&c, sizeof c);                                                       \
        OPENSSL_cleanse(t, sizeof t);                                                        \
        OPENSSL_cleanse(u, sizeof u);                                                        \
    }

CRYPTO_PBKDF2_SHA(crypto_pbkdf2_sha1, SHA_CTX, SHA1_Init, SHA1_Update, SHA1_Final, 64, 20)
CRYPTO_PBKDF2_SHA(crypto_pbkdf2_sha224, SHA256_CTX, SHA224_Init, SHA224_Update, SHA224_Final, 64, 28)
CRYPTO_PBKDF2_SHA(crypto_pbkdf2_sha256, SHA256_CTX, SHA256_Init, SHA256_Update, SHA256_Final, 64, 32)
CRYPTO_PBKDF2_SHA(crypto_pbkdf2_sha384, SHA512_CTX, SHA384_Init, SHA384_Update, SHA384_Final, 128, 48)
CRYPTO_PBKDF2_SHA(crypto_pbkdf2_sha512, SHA512_CTX, SHA512_Init, SHA512_Update, SHA512_Final, 128, 64)

static bool crypto_pbkdf2_fast(const crypto_job_t *j) {
    void (*f)(const uint8_t *, size_t, const uint8_t *, size_t, uint64_t, uint8_t *, size_t);
    switch (EVP_MD_get_type(j->md)) {
    case NID_sha1: f = crypto_pbkdf2_sha1; break;
    case NID_sha224: f = crypto_pbkdf2_sha224; break;
    case NID_sha256: f = crypto_pbkdf2_sha256; break;
    case NID_sha384: f = crypto_pbkdf2_sha384; break;
    case NID_sha512: f = crypto_pbkdf2_sha512; break;
    default: return false;
    }
    f(j->a, j->a_len, j->b, j->b_len, j->iter, j->out, j->out_len);
    return true;
}

static void crypto_job_run(crypto_job_t *j) {
    switch (j->kind) {
    case CRYPTO_JOB_RANDOM:
        j->ok = true;
        /* RAND_bytes takes an int; big fills go in pieces */
        for (size_t off = 0; off < j->out_len && j->ok;) {
            size_t n = j->out_len - off > (1u << 30) ? (1u << 30) : j->out_len - off;
            j->ok = RAND_bytes(j->out + off, (int)n) == 1;
            off += n;
        }
        break;
    case CRYPTO_JOB_PBKDF2:
        if (crypto_pbkdf2_fast(j)) {
            j->ok = true;
            break;
        }
        j->ok = PKCS5_PBKDF2_HMAC((const char *)j->a, (int)j->a_len, j->b, (int)j->b_len,
                                  (int)j->iter, j->md, (int)j->out_len, j->out) == 1;
        break;
    case CRYPTO_JOB_SCRYPT:
        j->ok = EVP_PBE_scrypt((const char *)j->a, j->a_len, j->b, j->b_len, j->n, j->r, j->p,
                               j->maxmem, j->out, j->out_len) == 1;
        break;
    case CRYPTO_JOB_HKDF: {
        EVP_KDF *kdf = EVP_KDF_fetch(NULL, "HKDF", NULL);
        EVP_KDF_CTX *kctx = kdf ? EVP_KDF_CTX_new(kdf) : NULL;
        j->ok = false;
        if (kctx) {
            OSSL_PARAM params[5], *p = params;
            *p++ = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST,
                                                    (char *)EVP_MD_get0_name(j->md), 0);
            *p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, j->a, j->a_len);
            /* an empty salt means HashLen zeros (RFC 5869 2.2); OpenSSL
             * refuses a zero-length salt parameter, so leave it out */
            if (j->b_len)
                *p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, j->b, j->b_len);
            *p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, j->c, j->c_len);
            *p = OSSL_PARAM_construct_end();
            j->ok = EVP_KDF_derive(kctx, j->out, j->out_len, params) == 1;
        }
        EVP_KDF_CTX_free(kctx);
        EVP_KDF_free(kdf);
        break;
    }
    default:
        CHECK(0);
    }
    j->err = j->ok ? 0 : ERR_peek_last_error();
    ERR_clear_error();
}

static void crypto_job_free(crypto_job_t *j) {
    free(j->a);
    free(j->b);
    free(j->c);
    if (j->kind != CRYPTO_JOB_RANDOM)
        free(j->out);
    free(j);
}

static JSObjectRef crypto_job_error(JSContextRef ctx, crypto_job_t *j) {
    if (j->kind == CRYPTO_JOB_SCRYPT) {
        JSValueRef m = js_str(ctx, "Invalid scrypt params");
        JSObjectRef e = JSObjectMakeError(ctx, 1, &m, NULL);
        return e;
    }
    if (j->err)
        ERR_raise(ERR_GET_LIB(j->err), ERR_GET_REASON(j->err));
    return crypto_ossl_error(ctx, j->kind == CRYPTO_JOB_RANDOM ? "Random bytes generation failed"
                                                               : "Key derivation failed");
}

/* The job's result as a value: the ArrayBuffer (randomFill: undefined).
 * Frees the job's output into the engine's hands. */
static JSValueRef crypto_job_result(JSContextRef ctx, crypto_job_t *j, JSValueRef *exc) {
    if (j->kind == CRYPTO_JOB_RANDOM)
        return JSValueMakeUndefined(ctx);
    uint8_t *out = j->out;
    j->out = NULL;
    return crypto_buffer_take(ctx, out, j->out_len, exc);
}

static void crypto_job_work_cb(uv_work_t *w) {
    crypto_job_run(w->data);
}

static void crypto_job_done_cb(uv_work_t *w, int status) {
    crypto_job_t *j = w->data;
    JSContextRef ctx = j->ctx;
    CHECK(status == 0);
    JSObjectRef cb = j->cb;
    JSValueRef args[2];
    if (j->ok) {
        JSValueRef exc = NULL;
        args[0] = JSValueMakeNull(ctx);
        args[1] = crypto_job_result(ctx, j, &exc);
        CHECK(args[1] != NULL);
    } else {
        args[0] = crypto_job_error(ctx, j);
        args[1] = JSValueMakeUndefined(ctx);
    }
    if (j->target)
        JSValueUnprotect(ctx, j->target);
    crypto_job_free(j);
    runtime_call(runtime_of(ctx), cb, NULL, 2, args);
    JSValueUnprotect(ctx, cb);
}

/* Runs j now (cb not a function) or on the thread pool. */
static JSValueRef crypto_job_start(JSContextRef ctx, crypto_job_t *j, JSValueRef cb, JSValueRef *exc) {
    if (!JSValueIsObject(ctx, cb) || !JSObjectIsFunction(ctx, (JSObjectRef)cb)) {
        crypto_job_run(j);
        JSValueRef r;
        if (j->ok) {
            r = crypto_job_result(ctx, j, exc);
        } else {
            *exc = crypto_job_error(ctx, j);
            r = NULL;
        }
        crypto_job_free(j);
        return r;
    }
    j->ctx = JSContextGetGlobalContext(ctx);
    j->cb = (JSObjectRef)cb;
    JSValueProtect(ctx, cb);
    if (j->target)
        JSValueProtect(ctx, j->target);
    j->work.data = j;
    int rc = uv_queue_work(runtime_loop(ctx), &j->work, crypto_job_work_cb, crypto_job_done_cb);
    if (rc < 0) {
        JSValueUnprotect(ctx, cb);
        if (j->target)
            JSValueUnprotect(ctx, j->target);
        crypto_job_free(j);
        return js_throw_uv(ctx, exc, rc, "uv_queue_work", NULL, NULL);
    }
    return JSValueMakeUndefined(ctx);
}

static crypto_job_t *crypto_job_new(int kind) {
    crypto_job_t *j = calloc(1, sizeof *j);
    CHECK(j != NULL);
    j->kind = kind;
    return j;
}

/* Output of a key derivation: user-sized, so a failed allocation is a
 * RangeError rather than an abort. */
static bool crypto_job_alloc_out(JSContextRef ctx, crypto_job_t *j, size_t n, JSValueRef *exc) {
    j->out_len = n;
    j->out = malloc(n ? n : 1);
    if (!j->out) {
        crypto_job_free(j);
        js_throw_msg(ctx, exc, "RangeError", "Array buffer allocation failed");
        return false;
    }
    return true;
}

/* binding.randomFill(array, offset, size, cb?): fills size bytes of array
 * from offset; JS checked the range. */
static JSValueRef crypto_random_fill(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                     size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    CHECK(argc >= 3);
    size_t off = (size_t)js_num(ctx, argv[1]);
    size_t size = (size_t)js_num(ctx, argv[2]);
    uint8_t *p;
    size_t len;
    CHECK(js_bytes_borrow(ctx, argv[0], &p, &len));
    CHECK(off <= len && size <= len - off);
    crypto_job_t *j = crypto_job_new(CRYPTO_JOB_RANDOM);
    j->out = p + off;
    j->out_len = size;
    j->target = (JSObjectRef)argv[0];
    JSValueRef cb = JS_ARG(3);
    if (!JSValueIsObject(ctx, cb))
        j->target = NULL;
    return crypto_job_start(ctx, j, cb, exc);
}

static bool crypto_bytes_copy(JSContextRef ctx, JSValueRef v, uint8_t **out, size_t *len) {
    uint8_t *p;
    CHECK(js_bytes_borrow(ctx, v, &p, len));
    *out = crypto_copy(p, *len);
    return true;
}

/* binding.pbkdf2(password, salt, iterations, keylen, digest, cb?) */
static JSValueRef crypto_pbkdf2(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    CHECK(argc >= 5);
    js_cstr name;
    if (!js_cstr_get(ctx, argv[4], &name, exc))
        return NULL;
    const EVP_MD *md = crypto_md_get(name.s);
    js_cstr_free(&name);
    if (!md)
        return JSValueMakeNull(ctx);
    crypto_job_t *j = crypto_job_new(CRYPTO_JOB_PBKDF2);
    j->md = md;
    j->iter = (uint64_t)js_num(ctx, argv[2]);
    if (!crypto_job_alloc_out(ctx, j, (size_t)js_num(ctx, argv[3]), exc))
        return NULL;
    crypto_bytes_copy(ctx, argv[0], &j->a, &j->a_len);
    crypto_bytes_copy(ctx, argv[1], &j->b, &j->b_len);
    return crypto_job_start(ctx, j, JS_ARG(5), exc);
}

/* binding.scrypt(password, salt, keylen, N, r, p, maxmem, cb?) */
static JSValueRef crypto_scrypt(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    CHECK(argc >= 7);
    crypto_job_t *j = crypto_job_new(CRYPTO_JOB_SCRYPT);
    j->n = (uint64_t)js_num(ctx, argv[3]);
    j->r = (uint64_t)js_num(ctx, argv[4]);
    j->p = (uint64_t)js_num(ctx, argv[5]);
    j->maxmem = (uint64_t)js_num(ctx, argv[6]);
    if (!crypto_job_alloc_out(ctx, j, (size_t)js_num(ctx, argv[2]), exc))
        return NULL;
    crypto_bytes_copy(ctx, argv[0], &j->a, &j->a_len);
    crypto_bytes_copy(ctx, argv[1], &j->b, &j->b_len);
    return crypto_job_start(ctx, j, JS_ARG(7), exc);
}

/* binding.scryptCheck(N, r, p, maxmem) -> true when OpenSSL accepts them
 * (Node checks before it queues the job), else OpenSSL's message or ''. */
static JSValueRef crypto_scrypt_check(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                      size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    CHECK(argc >= 4);
    int ok = EVP_PBE_scrypt(NULL, 0, NULL, 0, (uint64_t)js_num(ctx, argv[0]), (uint64_t)js_num(ctx, argv[1]),
                            (uint64_t)js_num(ctx, argv[2]), (uint64_t)js_num(ctx, argv[3]), NULL, 0);
    if (ok == 1) {
        ERR_clear_error();
        return JSValueMakeBoolean(ctx, true);
    }
    unsigned long e = ERR_peek_last_error();
    char msg[256] = "";
    if (e)
        ERR_error_string_n(e, msg, sizeof msg);
    ERR_clear_error();
    return js_str(ctx, msg);
}

/* binding.hkdf(digest, key, salt, info, keylen, cb?); null for an unknown
 * digest. */
static JSValueRef crypto_hkdf(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                              size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    CHECK(argc >= 5);
    js_cstr name;
    if (!js_cstr_get(ctx, argv[0], &name, exc))
        return NULL;
    const EVP_MD *md = crypto_md_get(name.s);
    js_cstr_free(&name);
    if (!md)
        return JSValueMakeNull(ctx);
    crypto_job_t *j = crypto_job_new(CRYPTO_JOB_HKDF);
    j->md = md;
    if (!crypto_job_alloc_out(ctx, j, (size_t)js_num(ctx, argv[4]), exc))
        return NULL;
    crypto_bytes_copy(ctx, argv[1], &j->a, &j->a_len);
    crypto_bytes_copy(ctx, argv[2], &j->b, &j->b_len);
    crypto_bytes_copy(ctx, argv[3], &j->c, &j->c_len);
    return crypto_job_start(ctx, j, JS_ARG(5), exc);
}

/* binding.digestSize(name) -> bytes, or -1 for an unknown digest. */
static JSValueRef crypto_digest_size(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                     size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    js_cstr name;
    if (!js_cstr_get(ctx, JS_ARG(0), &name, exc))
        return NULL;
    const EVP_MD *md = crypto_md_get(name.s);
    js_cstr_free(&name);
    return JSValueMakeNumber(ctx, md ? EVP_MD_get_size(md) : -1);
}

/* binding.timingSafeEqual(a, b): lengths already equal. */
static JSValueRef crypto_timing_safe_equal(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                           size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    CHECK(argc >= 2);
    uint8_t *a, *b;
    size_t al, bl;
    CHECK(js_bytes_borrow(ctx, argv[0], &a, &al));
    CHECK(js_bytes_borrow(ctx, argv[1], &b, &bl));
    CHECK(al == bl);
    return JSValueMakeBoolean(ctx, CRYPTO_memcmp(a, b, al) == 0);
}

/* ---- lists of algorithms ------------------------------------------------------- */

typedef struct {
    char **names;
    size_t n, cap;
} crypto_names_t;

/* Names that differ only in case are one name, spelt as last seen: OpenSSL
 * walks its table sorted, so 'aes-128-cbc' wins over 'AES-128-CBC', as in
 * Node's list. */
static void crypto_names_add(crypto_names_t *l, const char *name) {
    for (size_t i = 0; i < l->n; i++)
        if (strcasecmp(l->names[i], name) == 0) {
            free(l->names[i]);
            l->names[i] = js_xstrdup(name);
            return;
        }
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 64;
        l->names = js_xrealloc(l->names, l->cap * sizeof *l->names);
    }
    l->names[l->n++] = js_xstrdup(name);
}

static int crypto_names_cmp(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static JSValueRef crypto_names_array(JSContextRef ctx, crypto_names_t *l) {
    qsort(l->names, l->n, sizeof *l->names, crypto_names_cmp);
    JSObjectRef arr = js_array_new(ctx);
    for (size_t i = 0; i < l->n; i++) {
        js_array_set(ctx, arr, i, js_str(ctx, l->names[i]));
        free(l->names[i]);
    }
    free(l->names);
    return arr;
}

static void crypto_md_name_cb(const EVP_MD *md, const char *from, const char *to, void *arg) {
    if (!from)
        return;
    /* Node lists only what the providers can fetch */
    EVP_MD *f = EVP_MD_fetch(NULL, from, NULL);
    if (!f) {
        const EVP_MD *legacy = EVP_get_digestbyname(from);
        if (legacy)
            f = EVP_MD_fetch(NULL, EVP_MD_get0_name(legacy), NULL);
    }
    if (f) {
        crypto_names_add(arg, from);
        EVP_MD_free(f);
    }
    ERR_clear_error();
}

static JSValueRef crypto_get_hashes(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                    size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    crypto_names_t l = {0};
    EVP_MD_do_all_sorted(crypto_md_name_cb, &l);
    return crypto_names_array(ctx, &l);
}

static void crypto_cipher_name_cb(const EVP_CIPHER *c, const char *from, const char *to, void *arg) {
    if (!from)
        return;
    EVP_CIPHER *f = EVP_CIPHER_fetch(NULL, from, NULL);
    if (!f) {
        const EVP_CIPHER *legacy = EVP_get_cipherbyname(from);
        if (legacy)
            f = EVP_CIPHER_fetch(NULL, EVP_CIPHER_get0_name(legacy), NULL);
    }
    if (f) {
        crypto_names_add(arg, from);
        EVP_CIPHER_free(f);
    }
    ERR_clear_error();
}

static JSValueRef crypto_get_ciphers(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                     size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    crypto_names_t l = {0};
    EVP_CIPHER_do_all_sorted(crypto_cipher_name_cb, &l);
    return crypto_names_array(ctx, &l);
}

static JSValueRef crypto_get_curves(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                    size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    size_t n = EC_get_builtin_curves(NULL, 0);
    EC_builtin_curve *curves = js_xmalloc((n ? n : 1) * sizeof *curves);
    EC_get_builtin_curves(curves, n);
    crypto_names_t l = {0};
    for (size_t i = 0; i < n; i++) {
        const char *name = OBJ_nid2sn(curves[i].nid);
        if (name)
            crypto_names_add(&l, name);
    }
    free(curves);
    return crypto_names_array(ctx, &l);
}

/* ---- libcrypto, loaded on first use (crypto_ssl.h) -------------------------- */

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#define CRYPTO_SSL_DEFINE(name) __typeof__(crypto_ssl_##name) crypto_ssl_##name;
CRYPTO_SSL_SYMBOLS(CRYPTO_SSL_DEFINE)
#undef CRYPTO_SSL_DEFINE
#pragma GCC diagnostic pop

#define CRYPTO_SSL_STR2(x) #x
#define CRYPTO_SSL_STR(x) CRYPTO_SSL_STR2(x)

/* --secure-heap and --secure-heap-min, as given (0 and 2 without them). */
static double crypto_secure_total, crypto_secure_min = 2;

/* binding.secureHeapInit(total, min): OpenSSL's secure heap, once, at
 * start (lib/internal/process/setup.js, which gives the sizes as Node
 * reports them); as in Node, a heap OpenSSL refuses is a warning, not an
 * error. main.c checked the sizes are powers of two. */
static JS_FN(crypto_secure_heap_init) {
    double total = js_num(ctx, JS_ARG(0)), min = js_num(ctx, JS_ARG(1));
    if (!(total >= 0 && total <= 9007199254740991.0) || !(min >= 0 && min <= 9007199254740991.0))
        return js_throw_msg(ctx, exc, "RangeError", "secureHeapInit: bad sizes");
    crypto_secure_total = total;
    crypto_secure_min = min;
    if (total > 0 && !CRYPTO_secure_malloc_initialized() &&
        CRYPTO_secure_malloc_init((size_t)total, (size_t)min) == 0) {
        fputs("Unable to initialize openssl secure heap.\n", stderr);
        fflush(stderr);
    }
    return JSValueMakeUndefined(ctx);
}

/* binding.secureHeapUsed() -> { total, min, used, utilization }. */
static JS_FN(crypto_secure_heap_used) {
    JSObjectRef r = JSObjectMake(ctx, NULL, NULL);
    double used = CRYPTO_secure_malloc_initialized() ? (double)CRYPTO_secure_used() : 0;
    js_set_num(ctx, r, "total", crypto_secure_total);
    js_set_num(ctx, r, "used", used);
    js_set_num(ctx, r, "utilization", used / crypto_secure_total);
    js_set_num(ctx, r, "min", crypto_secure_min);
    return r;
}

int crypto_ssl_load(const char **error) {
    static bool loaded;
    if (loaded)
        return 0;
    /* The library this build was compiled against (its soname). */
    void *h = dlopen("libcrypto.so." CRYPTO_SSL_STR(OPENSSL_VERSION_MAJOR), RTLD_NOW | RTLD_GLOBAL);
    if (!h) {
        *error = dlerror();
        return -1;
    }
#define CRYPTO_SSL_RESOLVE(name)                                                          \
    if (!(crypto_ssl_##name = (__typeof__(crypto_ssl_##name))dlsym(h, #name))) {          \
        *error = dlerror();                                                                \
        return -1;                                                                         \
    }
    CRYPTO_SSL_SYMBOLS(CRYPTO_SSL_RESOLVE)
#undef CRYPTO_SSL_RESOLVE
    loaded = true;
    return 0;
}

JSObjectRef crypto_binding(JSContextRef ctx) {
    const char *error = NULL;
    if (crypto_ssl_load(&error) != 0) {
        fprintf(stderr, "kiln: cannot load libcrypto: %s\n", error ? error : "unknown error");
        return NULL; /* internalBinding('crypto') then throws */
    }
    /* No cleanup at exit: a job may still be running on the thread pool
     * when the process exits, and OpenSSL's atexit handler would free the
     * locks under it (Node links OpenSSL with the same flag). */
    CHECK(OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT | OPENSSL_INIT_LOAD_CRYPTO_STRINGS, NULL) == 1);
    JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
    js_set_fn(ctx, b, "randomFill", crypto_random_fill);
    js_set_fn(ctx, b, "pbkdf2", crypto_pbkdf2);
    js_set_fn(ctx, b, "scrypt", crypto_scrypt);
    js_set_fn(ctx, b, "scryptCheck", crypto_scrypt_check);
    js_set_fn(ctx, b, "hkdf", crypto_hkdf);
    js_set_fn(ctx, b, "digestSize", crypto_digest_size);
    js_set_fn(ctx, b, "mdIndex", crypto_md_index_fn);
    js_set_fn(ctx, b, "timingSafeEqual", crypto_timing_safe_equal);
    js_set_fn(ctx, b, "getHashes", crypto_get_hashes);
    js_set_fn(ctx, b, "getCiphers", crypto_get_ciphers);
    js_set_fn(ctx, b, "getCurves", crypto_get_curves);
    js_set_fn(ctx, b, "secureHeapInit", crypto_secure_heap_init);
    js_set_fn(ctx, b, "secureHeapUsed", crypto_secure_heap_used);
    js_set_str(ctx, b, "opensslVersion", OpenSSL_version(OPENSSL_VERSION_STRING));
    crypto_hash_init(ctx, b);
    crypto_cipher_init(ctx, b);
    crypto_dh_init(ctx, b);
    crypto_ecdh_init(ctx, b);
    crypto_keys_init(ctx, b);
    crypto_spkac_init(ctx, b);
    crypto_kmac_prime_init(ctx, b);
    crypto_x509_init(ctx, b);
    return b;
}
