/* Hash and Hmac handles for lib/internal/crypto/hash.js:
 *
 *   (name: a digest's name, or its index from binding.mdIndex)
 *   binding.hashNew(name, outputLength) -> handle, or null for an unknown
 *       digest; outputLength -1 is the digest's own size. Throws OpenSSL's
 *       error when a length is asked of a digest that is not an XOF.
 *   binding.hmacNew(name, key) -> handle, or null for an unknown digest;
 *       key bytes, or a string used as UTF-8.
 *   h.update(data) -> false when OpenSSL failed; data a string (hashed as
 *       UTF-8: other encodings are converted to bytes by JS) or bytes.
 *   h.digest(hex) -> an ArrayBuffer, or with hex true a hex string. JS calls
 *       it once: it frees the OpenSSL state.
 *   h.copy(outputLength) -> a new handle in the same state (Hash only).
 *   binding.hmacOneShot(name, key, data, hex) -> as hmacNew, update, digest.
 *   binding.hashOneShot(name, data, hex, outputLength) -> as hashNew,
 *       update, digest; null for an unknown digest, false for a length a
 *       digest that is not an XOF cannot give.
 *
 * One C call per update and per digest: the hot path of a server hashing
 * small strings is hashNew + update + digest(hex), three crossings. HMAC
 * uses OpenSSL's HMAC_CTX, which takes the cached EVP_MD directly (EVP_MAC
 * would look the digest up by name on every key). */
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/err.h>
#include <openssl/hmac.h>
#include <stdlib.h>
#include <string.h>

#include "crypto.h"
#include "engine_fast.h"
#include "encoding/encoding.h"
#include "encoding/utf8.h"

typedef struct {
    EVP_MD_CTX *md;             /* a Hash, or */
    HMAC_CTX *hmac;             /* an Hmac */
    size_t out_len;             /* bytes digest() returns */
    bool xof;
} crypto_hash_t;

static JSClassRef crypto_hash_class(void);

static void crypto_hash_finalize(JSObjectRef obj) {
    crypto_hash_t *h = JSObjectGetPrivate(obj);
    if (!h)
        return;
    EVP_MD_CTX_free(h->md);
    HMAC_CTX_free(h->hmac);
    free(h);
}

static crypto_hash_t *crypto_hash_of(JSContextRef ctx, JSObjectRef self) {
    CHECK(JSValueIsObjectOfClass(ctx, self, crypto_hash_class()));
    crypto_hash_t *h = JSObjectGetPrivate(self);
    CHECK(h != NULL);
    return h;
}

/* Sets the output length of a Hash whose md is initialised. */
static bool crypto_hash_set_len(crypto_hash_t *h, const EVP_MD *md, double want) {
    size_t size = (size_t)EVP_MD_get_size(md);
    h->xof = (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0;
    if (want < 0) {
        h->out_len = size;
        return true;
    }
    if (!h->xof && (size_t)want != size) {
        ERR_raise(ERR_LIB_EVP, EVP_R_NOT_XOF_OR_INVALID_LENGTH);
        return false;
    }
    h->out_len = (size_t)want;
    return true;
}

static JSValueRef crypto_hash_new(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                  size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    CHECK(argc >= 2);
    bool failed;
    const EVP_MD *md = crypto_md_arg(ctx, argv[0], exc, &failed);
    if (failed)
        return NULL;
    if (!md)
        return JSValueMakeNull(ctx);
    crypto_hash_t *h = calloc(1, sizeof *h);
    CHECK(h != NULL);
    h->md = EVP_MD_CTX_new();
    CHECK(h->md != NULL);
    if (EVP_DigestInit_ex(h->md, md, NULL) != 1 || !crypto_hash_set_len(h, md, js_num(ctx, argv[1]))) {
        EVP_MD_CTX_free(h->md);
        free(h);
        return crypto_throw_ossl(ctx, exc, "Digest method not supported");
    }
    return JSObjectMake(ctx, crypto_hash_class(), h);
}

static JSValueRef crypto_hmac_new(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                  size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    CHECK(argc >= 2);
    bool failed;
    const EVP_MD *md = crypto_md_arg(ctx, argv[0], exc, &failed);
    if (failed)
        return NULL;
    if (!md)
        return JSValueMakeNull(ctx);
    uint8_t *key;
    size_t key_len;
    js_cstr skey;
    skey.s = NULL; /* not the 4 KiB buffer: this is a hot path */
    if (JSValueIsString(ctx, argv[1])) {
        if (!js_cstr_get(ctx, argv[1], &skey, exc))
            return NULL;
        key = (uint8_t *)skey.s;
        key_len = skey.len;
    } else {
        CHECK(js_bytes_borrow(ctx, argv[1], &key, &key_len));
    }
    crypto_hash_t *h = calloc(1, sizeof *h);
    CHECK(h != NULL);
    h->hmac = HMAC_CTX_new();
    CHECK(h->hmac != NULL);
    /* a NULL key would mean "keep the previous key"; an empty one is "" */
    int ok = HMAC_Init_ex(h->hmac, key_len ? key : (const uint8_t *)"", (int)key_len, md, NULL);
    js_cstr_free(&skey);
    if (ok != 1) {
        HMAC_CTX_free(h->hmac);
        free(h);
        return crypto_throw_ossl(ctx, exc, "Failed to initialize HMAC");
    }
    h->out_len = (size_t)EVP_MD_get_size(md);
    return JSObjectMake(ctx, crypto_hash_class(), h);
}

static bool crypto_hash_feed(crypto_hash_t *h, const void *p, size_t n) {
    CHECK(h->md || h->hmac);
    return h->md ? EVP_DigestUpdate(h->md, p, n) == 1 : HMAC_Update(h->hmac, p, n) == 1;
}

/* Feeds a string (as UTF-8) or bytes; false with *exc set when ToString
 * threw, with *ok false when OpenSSL failed. */
static bool crypto_hash_feed_value(JSContextRef ctx, crypto_hash_t *h, JSValueRef v, bool *ok, JSValueRef *exc) {
    if (JSValueIsString(ctx, v)) {
        js_cstr s;
        if (!js_cstr_get(ctx, v, &s, exc))
            return false;
        *ok = crypto_hash_feed(h, s.s, s.len);
        js_cstr_free(&s);
        return true;
    }
    uint8_t *p;
    size_t n;
    CHECK(js_bytes_borrow(ctx, v, &p, &n));
    *ok = crypto_hash_feed(h, p, n);
    return true;
}

static JSValueRef crypto_hash_update(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                     size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_hash_class());
    crypto_hash_t *h = crypto_hash_of(ctx, self);
    bool ok;
    if (!crypto_hash_feed_value(ctx, h, JS_ARG(0), &ok, exc))
        return NULL;
    ERR_clear_error();
    return JSValueMakeBoolean(ctx, ok);
}

/* Finishes h into out (h->out_len bytes). */
static bool crypto_hash_final(crypto_hash_t *h, uint8_t *out) {
    if (h->hmac) {
        unsigned len = 0;
        return HMAC_Final(h->hmac, out, &len) == 1;
    }
    if (h->xof)
        return h->out_len == 0 || EVP_DigestFinalXOF(h->md, out, h->out_len) == 1;
    return EVP_DigestFinal_ex(h->md, out, NULL) == 1;
}

static JSValueRef crypto_hash_result(JSContextRef ctx, crypto_hash_t *h, bool hex, JSValueRef *exc) {
    uint8_t stack[EVP_MAX_MD_SIZE];
    uint8_t *out = h->out_len <= sizeof stack && hex ? stack : malloc(h->out_len ? h->out_len : 1);
    if (!out)
        return js_throw_msg(ctx, exc, "RangeError", "Array buffer allocation failed");
    if (!crypto_hash_final(h, out)) {
        if (out != stack)
            free(out);
        return crypto_throw_ossl(ctx, exc, "Failed to finalize digest");
    }
    if (hex) {
        JSValueRef r = crypto_hex(ctx, out, h->out_len);
        if (out != stack)
            free(out);
        return r;
    }
    return crypto_buffer_take(ctx, out, h->out_len, exc);
}

/* The OpenSSL state is freed here rather than by the finalizer: a server
 * makes and drops hashes by the thousand, and the collector runs
 * finalizers late. */
static JSValueRef crypto_hash_digest(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                     size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_hash_class());
    crypto_hash_t *h = crypto_hash_of(ctx, self);
    CHECK(h->md || h->hmac);
    JSValueRef r = crypto_hash_result(ctx, h, JSValueToBoolean(ctx, JS_ARG(0)), exc);
    EVP_MD_CTX_free(h->md);
    HMAC_CTX_free(h->hmac);
    h->md = NULL;
    h->hmac = NULL;
    return r;
}

static JSValueRef crypto_hash_copy(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                   size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_hash_class());
    crypto_hash_t *h = crypto_hash_of(ctx, self);
    CHECK(h->md != NULL);
    crypto_hash_t *c = calloc(1, sizeof *c);
    CHECK(c != NULL);
    c->md = EVP_MD_CTX_new();
    CHECK(c->md != NULL);
    if (EVP_MD_CTX_copy_ex(c->md, h->md) != 1 ||
        !crypto_hash_set_len(c, EVP_MD_CTX_get0_md(h->md), js_num(ctx, JS_ARG(0)))) {
        EVP_MD_CTX_free(c->md);
        free(c);
        return crypto_throw_ossl(ctx, exc, "Digest method not supported");
    }
    return JSObjectMake(ctx, crypto_hash_class(), c);
}

static JSValueRef crypto_hash_one_shot(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                       size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    CHECK(argc >= 4);
    bool failed;
    const EVP_MD *md = crypto_md_arg(ctx, argv[0], exc, &failed);
    if (failed)
        return NULL;
    if (!md)
        return JSValueMakeNull(ctx);
    /* One context per thread, reused: EVP_DigestInit_ex keeps the
     * provider's state when the digest is the same as last time, which
     * saves two allocations per call on the createHash().update().digest()
     * path. */
    static _Thread_local EVP_MD_CTX *cached;
    crypto_hash_t h = {0};
    h.md = cached ? cached : EVP_MD_CTX_new();
    cached = NULL;
    CHECK(h.md != NULL);
    JSValueRef r = NULL;
    bool ok;
    if (EVP_DigestInit_ex(h.md, md, NULL) != 1) {
        r = crypto_throw_ossl(ctx, exc, "Digest method not supported");
        goto out;
    }
    if (!crypto_hash_set_len(&h, md, js_num(ctx, argv[3]))) {
        ERR_clear_error();
        r = JSValueMakeBoolean(ctx, false);
        goto out;
    }
    if (!crypto_hash_feed_value(ctx, &h, argv[1], &ok, exc))
        goto out;
    if (!ok) {
        r = crypto_throw_ossl(ctx, exc, "Failed to update digest");
        goto out;
    }
    r = crypto_hash_result(ctx, &h, JSValueToBoolean(ctx, argv[2]), exc);
out:
    if (!cached) /* the next EVP_DigestInit_ex starts it afresh */
        cached = h.md;
    else
        EVP_MD_CTX_free(h.md);
    return r;
}

/* ---- the one-call digest --------------------------------------------------------- */

/* Output forms of binding.hashDigest, in the low bits of its first argument. */
enum { CRYPTO_OUT_BUFFER, CRYPTO_OUT_HEX, CRYPTO_OUT_BASE64, CRYPTO_OUT_BASE64URL, CRYPTO_OUT_MASK = 3 };
enum { CRYPTO_IN_STRING = 4, CRYPTO_CODE_SHIFT = 3 };

/* The digest of data[0, len) with md into out (EVP_MAX_MD_SIZE bytes),
 * *n its length, on one context per thread; false when OpenSSL refused
 * (its error left queued; the context is made afresh next time). */
static bool crypto_digest_once(const EVP_MD *md, const uint8_t *data, size_t len, uint8_t *out, size_t *n) {
    static _Thread_local EVP_MD_CTX *mctx;
    if (!mctx && !(mctx = EVP_MD_CTX_new()))
        return false;
    crypto_hash_t h = {.md = mctx};
    if (EVP_DigestInit_ex(mctx, md, NULL) == 1 && crypto_hash_set_len(&h, md, -1) && h.out_len <= EVP_MAX_MD_SIZE &&
        EVP_DigestUpdate(mctx, data, len) == 1 && crypto_hash_final(&h, out)) {
        *n = h.out_len;
        return true;
    }
    EVP_MD_CTX_free(mctx);
    mctx = NULL;
    return false;
}

/* A digest's text in one of the string forms (Node's base64url has no
 * padding), with src/encoding's encoders, into text (which has room for
 * the longer of the two: hex, two characters a byte); returns its length. */
enum { CRYPTO_DIGEST_TEXT_MAX = 2 * EVP_MAX_MD_SIZE };
_Static_assert(4 * ((EVP_MAX_MD_SIZE + 2) / 3) <= CRYPTO_DIGEST_TEXT_MAX, "base64 fits");
static size_t crypto_digest_text(int form, const uint8_t *out, size_t n, char *text) {
    if (form == CRYPTO_OUT_HEX)
        return enc_hex_encode(out, n, text);
    return enc_base64_encode(out, n, text, form == CRYPTO_OUT_BASE64URL);
}

/* binding.hashDigest(code, data) -> createHash(alg).update(data).digest(enc)
 * for a digest of its own size, in one call: code is
 * index << CRYPTO_CODE_SHIFT | CRYPTO_IN_STRING when data is a string |
 * the output form. Returns a string, or an ArrayBuffer for the buffer form.
 *
 * Why a second entry beside hashOneShot: each engine call made by a
 * binding takes the engine's lock (tens of ns), and for a digest of a
 * short string those calls, not the hashing, were most of the time. This
 * one makes three or four: the code, the string or the bytes, the result.
 * The output of 32 bytes or less is made on the stack. */
static JSValueRef crypto_hash_digest_fn(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                        size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    CHECK(argc >= 2);
    int code = js_int(ctx, argv[0]);
    const EVP_MD *md = code >= 0 ? crypto_md_try_at(code >> CRYPTO_CODE_SHIFT) : NULL;
    if (!md) /* lib/ asks only for digests mdIndex found */
        return js_throw_msg(ctx, exc, "TypeError", "hashDigest: no such digest");
    js_cstr str;
    const uint8_t *data;
    size_t len;
    if (!crypto_bytes_or_string(ctx, argv[1], &str, &data, &len, exc))
        return NULL;
    uint8_t out[EVP_MAX_MD_SIZE];
    size_t n;
    bool ok = crypto_digest_once(md, data, len, out, &n);
    js_cstr_free(&str);
    if (!ok)
        return crypto_throw_ossl(ctx, exc, "Digest method not supported");
    int form = code & CRYPTO_OUT_MASK;
    if (form != CRYPTO_OUT_BUFFER) {
        char text[CRYPTO_DIGEST_TEXT_MAX];
        return engine_fast_latin1(ctx, (const uint8_t *)text, crypto_digest_text(form, out, n, text), false);
    }
    uint8_t *copy = js_xmalloc(n ? n : 1);
    memcpy(copy, out, n);
    JSValueRef r = crypto_buffer_take(ctx, copy, n, exc);
    return r;
}


/* binding.hmacOneShot(name, key, data, hex) -> as hmacNew, update, digest */
static JSValueRef crypto_hmac_one_shot(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                       size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    CHECK(argc >= 4);
    bool failed, hex = JSValueToBoolean(ctx, argv[3]);
    const EVP_MD *md = crypto_md_arg(ctx, argv[0], exc, &failed);
    if (failed)
        return NULL;
    CHECK(md != NULL);
    /* strings first: their conversion is the only step that can run JS */
    js_cstr kbuf, dbuf;
    const uint8_t *key, *data;
    size_t key_len, data_len;
    JSValueRef r = NULL;
    dbuf.s = NULL;
    if (!crypto_bytes_or_string(ctx, argv[1], &kbuf, &key, &key_len, exc))
        return NULL;
    if (!crypto_bytes_or_string(ctx, argv[2], &dbuf, &data, &data_len, exc))
        goto out;
    if (!JSValueIsString(ctx, argv[1])) /* borrow again: the string conversion ran */
        CHECK(crypto_bytes_or_string(ctx, argv[1], &kbuf, &key, &key_len, exc));
    uint8_t out[EVP_MAX_MD_SIZE];
    unsigned out_len = 0;
    /* One HMAC_CTX per thread, re-keyed by each call: OpenSSL's HMAC()
     * makes and frees four contexts per message. */
    static _Thread_local HMAC_CTX *hctx;
    if (!hctx) {
        hctx = HMAC_CTX_new();
        CHECK(hctx != NULL);
    }
    if (HMAC_Init_ex(hctx, key_len ? key : (const uint8_t *)"", (int)key_len, md, NULL) != 1 ||
        HMAC_Update(hctx, data, data_len) != 1 || HMAC_Final(hctx, out, &out_len) != 1) {
        HMAC_CTX_reset(hctx);
        r = crypto_throw_ossl(ctx, exc, "HMAC failed");
        goto out;
    }
    /* the key's pads do not outlive the call */
    CHECK(HMAC_CTX_reset(hctx) == 1);
    if (hex) {
        r = crypto_hex(ctx, out, out_len);
    } else {
        uint8_t *copy = js_xmalloc(out_len ? out_len : 1);
        memcpy(copy, out, out_len);
        r = crypto_buffer_take(ctx, copy, out_len, exc);
    }
out:
    js_cstr_free(&kbuf);
    js_cstr_free(&dbuf);
    return r;
}

/* fast.hashDigest(code, data) -> binding.hashDigest's string (hex, base64
 * or base64url), or undefined to ask binding.hashDigest: an engine host
 * function (src/engine_fast.h), which reads the code, an ASCII string or a
 * Uint8Array in place and makes the digest's string in place: no engine
 * lock taken per value, which for a short input was most of the time.
 * Other strings (their UTF-8 differs from their units), the buffer form
 * and failures decline. */
static int64_t crypto_hash_host_digest(void *global, void *frame) {
    double code_num = engine_fast_arg_num(frame, 0);
    if (!(code_num >= 0 && code_num <= INT32_MAX))
        return ENGINE_FAST_UNDEFINED;
    int code = (int)code_num;
    int form = code & CRYPTO_OUT_MASK;
    if (form == CRYPTO_OUT_BUFFER)
        return ENGINE_FAST_UNDEFINED;
    const EVP_MD *md = crypto_md_try_at(code >> CRYPTO_CODE_SHIFT);
    const uint8_t *data;
    size_t len;
    if (code & CRYPTO_IN_STRING) {
        /* (A rope, such as two updates joined, is resolved first.) */
        JSValueRef v = engine_fast_arg(frame, 1), exc = NULL;
        engine_fast_units_t u;
        if (!engine_fast_units_in_place(v, &u) &&
            (!engine_fast_is_cell(v) || engine_fast_byte_at(v, ENGINE_FAST_CELL_TYPE) != engine_fast_facts.string_type ||
             !engine_fast_units(engine_fast_context(global), v, &u, &exc)))
            return ENGINE_FAST_UNDEFINED;
        if (u.s || !u.u8 || utf8_ascii_prefix(u.u8, u.n) != u.n) {
            engine_fast_units_free(&u);
            return ENGINE_FAST_UNDEFINED;
        }
        data = u.u8;
        len = u.n;
    } else {
        uint8_t *b;
        if (!engine_fast_bytes_in_place(engine_fast_arg(frame, 1), &b, &len))
            return ENGINE_FAST_UNDEFINED;
        data = b;
    }
    uint8_t out[EVP_MAX_MD_SIZE];
    size_t n;
    if (!md || !crypto_digest_once(md, data, len, out, &n)) {
        ERR_clear_error(); /* binding.hashDigest tries again, and reports */
        return ENGINE_FAST_UNDEFINED;
    }
    char text[CRYPTO_DIGEST_TEXT_MAX];
    n = crypto_digest_text(form, out, n, text);
    JSValueRef r = engine_fast_latin1(engine_fast_context(global), (const uint8_t *)text, n, true);
    return r ? engine_fast_ret(r) : ENGINE_FAST_UNDEFINED;
}

static JSClassRef crypto_hash_class(void) {
    static JSClassRef cls;
    if (!cls) {
        static const JSStaticFunction fns[] = {
            {"update", crypto_hash_update, kJSPropertyAttributeDontEnum},
            {"digest", crypto_hash_digest, kJSPropertyAttributeDontEnum},
            {"copy", crypto_hash_copy, kJSPropertyAttributeDontEnum},
            {NULL, NULL, 0},
        };
        JSClassDefinition def = kJSClassDefinitionEmpty;
        def.className = "HashHandle";
        def.staticFunctions = fns;
        def.finalize = crypto_hash_finalize;
        cls = JSClassCreate(&def);
    }
    return cls;
}

void crypto_hash_init(JSContextRef ctx, JSObjectRef b) {
    js_set_fn(ctx, b, "hashNew", crypto_hash_new);
    js_set_fn(ctx, b, "hmacNew", crypto_hmac_new);
    js_set_fn(ctx, b, "hashOneShot", crypto_hash_one_shot);
    js_set_fn(ctx, b, "hashDigest", crypto_hash_digest_fn);
    js_set_fn(ctx, b, "hmacOneShot", crypto_hmac_one_shot);
    /* binding.fast: the host functions, when calibrated (lib/ falls back
     * to the entries above when it is absent or a call declines). */
    engine_fast_init(ctx);
    if (engine_fast_hosts()) {
        JSObjectRef fast = JSObjectMake(ctx, NULL, NULL);
        js_set(ctx, fast, "hashDigest", engine_fast_host(ctx, "hashDigest", 2, crypto_hash_host_digest));
        js_set(ctx, b, "fast", fast);
    }
}
