/* Cipheriv and Decipheriv handles for lib/internal/crypto/cipher.js:
 *
 *   binding.cipherNew(name, key, iv, encrypt, authTagLength) -> handle, or
 *       a number: 1 unknown cipher, 2 bad key length, 3 bad IV, 4 bad tag
 *       length, 5 a tag length required (CCM, OCB) but not given. iv null for none; authTagLength -1 when not given.
 *   h.update(bytes) -> ArrayBuffer, or null when OpenSSL refused the data
 *   h.final() -> ArrayBuffer; throws OpenSSL's error (a failed tag check:
 *       'Unsupported state or unable to authenticate data').
 *   h.setAAD(bytes, plaintextLength) -> bool
 *   h.setAuthTag(bytes) -> 0, 1 for a wrong state, 2 for a bad length (the
 *       tag is kept, and handed to OpenSSL before the next update or final)
 *   h.getAuthTag() -> ArrayBuffer (after final, encrypting) or undefined
 *   h.setAutoPadding(bool) -> bool
 *   binding.cipherInfo(name, keyLength, ivLength) -> [name, nid, mode,
 *       blockSize, ivLength, keyLength] or undefined
 *
 * JS keeps the state machine (which call is allowed when) and Node's error
 * codes; this file does each OpenSSL sequence once. */
#include <openssl/err.h>
#include <openssl/objects.h>
#include <stdlib.h>
#include <string.h>

#include "crypto.h"

typedef struct {
    EVP_CIPHER_CTX *c;
    int mode;                   /* EVP_CIPH_*_MODE */
    bool encrypt;
    bool aead;
    int tag_len;                /* the tag to make or expect; -1 not set */
    int opt_tag_len;            /* authTagLength as created; -1 not given */
    bool tag_given;             /* setAuthTag was called */
    bool finished;              /* final() succeeded */
    uint8_t tag[16];
    bool tag_pending;           /* decrypt: a tag to hand to OpenSSL */
    bool auth_failed;           /* CCM checks the tag in update */
} crypto_cipher_t;

static JSClassRef crypto_cipher_class(void);

static void crypto_cipher_finalize(JSObjectRef obj) {
    crypto_cipher_t *h = JSObjectGetPrivate(obj);
    if (!h)
        return;
    EVP_CIPHER_CTX_free(h->c);
    free(h);
}

static crypto_cipher_t *crypto_cipher_of(JSContextRef ctx, JSObjectRef self) {
    CHECK(JSValueIsObjectOfClass(ctx, self, crypto_cipher_class()));
    crypto_cipher_t *h = JSObjectGetPrivate(self);
    CHECK(h != NULL);
    return h;
}

typedef struct crypto_cipher_entry {
    struct crypto_cipher_entry *next;
    EVP_CIPHER *cipher;
    char name[];
} crypto_cipher_entry_t;

static crypto_cipher_entry_t *crypto_cipher_cache;
static uv_mutex_t crypto_cipher_lock; /* runtimes on several threads share the cache */
static uv_once_t crypto_cipher_once = UV_ONCE_INIT;

static void crypto_cipher_lock_init(void) {
    CHECK(uv_mutex_init(&crypto_cipher_lock) == 0);
}

/* The cipher by any of its names, fetched once (NULL if none). */
static const EVP_CIPHER *crypto_cipher_get(const char *name) {
    uv_once(&crypto_cipher_once, crypto_cipher_lock_init);
    uv_mutex_lock(&crypto_cipher_lock);
    for (crypto_cipher_entry_t *e = crypto_cipher_cache; e; e = e->next)
        if (strcmp(e->name, name) == 0) {
            uv_mutex_unlock(&crypto_cipher_lock);
            return e->cipher;
        }
    EVP_CIPHER *c = EVP_CIPHER_fetch(NULL, name, NULL);
    if (!c) {
        const EVP_CIPHER *legacy = EVP_get_cipherbyname(name);
        if (legacy)
            c = EVP_CIPHER_fetch(NULL, EVP_CIPHER_get0_name(legacy), NULL);
    }
    ERR_clear_error();
    size_t n = strlen(name);
    crypto_cipher_entry_t *e = js_xmalloc(sizeof *e + n + 1);
    memcpy(e->name, name, n + 1);
    e->cipher = c;
    e->next = crypto_cipher_cache;
    crypto_cipher_cache = e;
    uv_mutex_unlock(&crypto_cipher_lock);
    return c;
}

static bool crypto_cipher_is_aead(const EVP_CIPHER *cipher) {
    int mode = EVP_CIPHER_get_mode(cipher);
    return mode == EVP_CIPH_GCM_MODE || mode == EVP_CIPH_CCM_MODE || mode == EVP_CIPH_OCB_MODE ||
           (EVP_CIPHER_get_flags(cipher) & EVP_CIPH_FLAG_AEAD_CIPHER) != 0;
}

static JSValueRef crypto_cipher_new(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                    size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    CHECK(argc >= 5);
    js_cstr name;
    if (!js_cstr_get(ctx, argv[0], &name, exc))
        return NULL;
    const EVP_CIPHER *cipher = crypto_cipher_get(name.s);
    js_cstr_free(&name);
    if (!cipher)
        return JSValueMakeNumber(ctx, 1);
    bool encrypt = JSValueToBoolean(ctx, argv[3]);
    int tag_len = js_int(ctx, argv[4]);
    uint8_t *key, *iv = NULL;
    size_t key_len, iv_len = 0;
    CHECK(js_bytes_borrow(ctx, argv[1], &key, &key_len));
    bool has_iv = !JSValueIsNull(ctx, argv[2]);
    if (has_iv)
        CHECK(js_bytes_borrow(ctx, argv[2], &iv, &iv_len));
    int mode = EVP_CIPHER_get_mode(cipher);
    bool aead = crypto_cipher_is_aead(cipher);
    int want_iv = EVP_CIPHER_get_iv_length(cipher);

    /* Node's checks, in its order: the IV, then the tag length, then the key */
    if (aead) {
        if (!has_iv || iv_len == 0)
            return JSValueMakeNumber(ctx, 3);
        if (mode == EVP_CIPH_CCM_MODE && (iv_len < 7 || iv_len > 13))
            return JSValueMakeNumber(ctx, 3);
        if (mode == EVP_CIPH_OCB_MODE && iv_len > 15)
            return JSValueMakeNumber(ctx, 3);
        if (mode != EVP_CIPH_GCM_MODE && mode != EVP_CIPH_CCM_MODE && mode != EVP_CIPH_OCB_MODE &&
            iv_len > 12)
            return JSValueMakeNumber(ctx, 3);
    } else if (want_iv == 0 ? (has_iv && iv_len != 0) : (!has_iv || (int)iv_len != want_iv)) {
        return JSValueMakeNumber(ctx, 3);
    }
    if (aead && tag_len == -1 && (mode == EVP_CIPH_CCM_MODE || mode == EVP_CIPH_OCB_MODE))
        return JSValueMakeNumber(ctx, 5);
    if (aead && tag_len != -1) {
        bool ok;
        if (mode == EVP_CIPH_GCM_MODE)
            ok = tag_len == 4 || tag_len == 8 || (tag_len >= 12 && tag_len <= 16);
        else if (mode == EVP_CIPH_CCM_MODE)
            ok = tag_len >= 4 && tag_len <= 16 && tag_len % 2 == 0;
        else
            ok = tag_len >= 1 && tag_len <= 16;
        if (!ok)
            return JSValueMakeNumber(ctx, 4);
    }

    crypto_cipher_t *h = calloc(1, sizeof *h);
    CHECK(h != NULL);
    h->c = EVP_CIPHER_CTX_new();
    CHECK(h->c != NULL);
    h->mode = mode;
    h->encrypt = encrypt;
    h->aead = aead;
    h->tag_len = tag_len;
    h->opt_tag_len = tag_len;
    int code = 0;
    if (EVP_CipherInit_ex(h->c, cipher, NULL, NULL, NULL, encrypt) != 1)
        goto fail;
    if (aead && EVP_CIPHER_CTX_ctrl(h->c, EVP_CTRL_AEAD_SET_IVLEN, (int)iv_len, NULL) != 1) {
        code = 3;
        goto fail;
    }
    /* CCM and OCB fix the tag length before the key; decrypting, the tag
     * itself comes later (setAuthTag) */
    if ((mode == EVP_CIPH_CCM_MODE || mode == EVP_CIPH_OCB_MODE || (aead && mode != EVP_CIPH_GCM_MODE)) &&
        tag_len != -1 && EVP_CIPHER_CTX_ctrl(h->c, EVP_CTRL_AEAD_SET_TAG, tag_len, NULL) != 1) {
        code = 4;
        goto fail;
    }
    if ((int)key_len != EVP_CIPHER_get_key_length(cipher) &&
        EVP_CIPHER_CTX_set_key_length(h->c, (int)key_len) != 1) {
        code = 2;
        goto fail;
    }
    if (EVP_CipherInit_ex(h->c, NULL, NULL, key, iv, encrypt) != 1)
        goto fail;
    return JSObjectMake(ctx, crypto_cipher_class(), h);
fail:
    EVP_CIPHER_CTX_free(h->c);
    free(h);
    if (code) {
        ERR_clear_error();
        return JSValueMakeNumber(ctx, code);
    }
    return crypto_throw_ossl(ctx, exc, "Failed to initialize cipher");
}

/* Hands a tag given by setAuthTag to OpenSSL, once. */
static void crypto_cipher_pass_tag(crypto_cipher_t *h) {
    if (!h->tag_pending)
        return;
    h->tag_pending = false;
    if (EVP_CIPHER_CTX_ctrl(h->c, EVP_CTRL_AEAD_SET_TAG, h->tag_len, h->tag) != 1)
        ERR_clear_error();
}

static JSValueRef crypto_cipher_update(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                       size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_cipher_class());
    crypto_cipher_t *h = crypto_cipher_of(ctx, self);
    uint8_t *in;
    size_t in_len;
    CHECK(js_bytes_borrow(ctx, JS_ARG(0), &in, &in_len));
    if (in_len > INT32_MAX - 64)
        return JSValueMakeNull(ctx);
    if (!h->encrypt && h->aead)
        crypto_cipher_pass_tag(h);
    /* a block more than the input, as OpenSSL documents; key wrapping
     * (RFC 3394/5649) adds up to 15 bytes more, whatever its block size */
    size_t cap = in_len + (size_t)EVP_CIPHER_CTX_get_block_size(h->c) + 16;
    uint8_t *out = malloc(cap ? cap : 1);
    if (!out)
        return js_throw_msg(ctx, exc, "RangeError", "Array buffer allocation failed");
    int out_len = 0;
    if (EVP_CipherUpdate(h->c, out, &out_len, in, (int)in_len) != 1) {
        ERR_clear_error();
        /* CCM checks the tag here; Node throws in final() */
        if (!h->encrypt && h->mode == EVP_CIPH_CCM_MODE) {
            h->auth_failed = true;
            out_len = 0;
        } else {
            free(out);
            return JSValueMakeNull(ctx);
        }
    }
    return crypto_buffer_take(ctx, out, (size_t)out_len, exc);
}

static JSValueRef crypto_cipher_final(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                      size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_cipher_class());
    crypto_cipher_t *h = crypto_cipher_of(ctx, self);
    if (!h->encrypt && h->aead)
        crypto_cipher_pass_tag(h);
    uint8_t *out = js_xmalloc(EVP_MAX_BLOCK_LENGTH);
    int out_len = 0;
    bool ok;
    if (h->mode == EVP_CIPH_CCM_MODE && !h->encrypt)
        ok = !h->auth_failed;
    else
        ok = EVP_CipherFinal_ex(h->c, out, &out_len) == 1;
    if (ok && h->encrypt && h->aead) {
        if (h->tag_len == -1)
            h->tag_len = 16;
        ok = EVP_CIPHER_CTX_ctrl(h->c, EVP_CTRL_AEAD_GET_TAG, h->tag_len, h->tag) == 1;
    }
    if (!ok) {
        free(out);
        if (h->aead && !h->encrypt) {
            ERR_clear_error();
            return js_throw_msg(ctx, exc, "Error", "Unsupported state or unable to authenticate data");
        }
        return crypto_throw_ossl(ctx, exc, "Unsupported state");
    }
    h->finished = true;
    return crypto_buffer_take(ctx, out, (size_t)out_len, exc);
}

static JSValueRef crypto_cipher_set_aad(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                        size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_cipher_class());
    crypto_cipher_t *h = crypto_cipher_of(ctx, self);
    double plaintext_len = js_num(ctx, JS_ARG(1));
    uint8_t *aad;
    size_t aad_len;
    CHECK(js_bytes_borrow(ctx, JS_ARG(0), &aad, &aad_len));
    int n;
    if (!h->aead)
        return JSValueMakeBoolean(ctx, false);
    if (h->mode == EVP_CIPH_CCM_MODE) {
        if (!h->encrypt)
            crypto_cipher_pass_tag(h);
        if (EVP_CipherUpdate(h->c, NULL, &n, NULL, (int)plaintext_len) != 1) {
            ERR_clear_error();
            return JSValueMakeBoolean(ctx, false);
        }
    }
    bool ok = EVP_CipherUpdate(h->c, NULL, &n, aad, (int)aad_len) == 1;
    ERR_clear_error();
    return JSValueMakeBoolean(ctx, ok);
}

static JSValueRef crypto_cipher_set_auth_tag(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                             size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_cipher_class());
    crypto_cipher_t *h = crypto_cipher_of(ctx, self);
    uint8_t *tag;
    size_t n;
    CHECK(js_bytes_borrow(ctx, JS_ARG(0), &tag, &n));
    if (h->encrypt || !h->aead || h->tag_given || h->finished)
        return JSValueMakeNumber(ctx, 1);
    bool ok;
    int opt = h->opt_tag_len;
    if (h->mode == EVP_CIPH_GCM_MODE)
        ok = (n == 4 || n == 8 || (n >= 12 && n <= 16)) && (opt == -1 || (int)n == opt);
    else if (h->mode == EVP_CIPH_CCM_MODE || h->mode == EVP_CIPH_OCB_MODE)
        ok = (int)n == opt;
    else
        ok = n >= 1 && n <= 16 && (opt == -1 || (int)n == opt);
    if (!ok)
        return JSValueMakeNumber(ctx, 2);
    memcpy(h->tag, tag, n);
    h->tag_len = (int)n;
    h->tag_pending = true;
    h->tag_given = true;
    return JSValueMakeNumber(ctx, 0);
}

static JSValueRef crypto_cipher_get_auth_tag(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                             size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_cipher_class());
    crypto_cipher_t *h = crypto_cipher_of(ctx, self);
    if (!h->encrypt || !h->aead || !h->finished)
        return JSValueMakeUndefined(ctx);
    uint8_t *out = js_xmalloc((size_t)h->tag_len + 1);
    memcpy(out, h->tag, (size_t)h->tag_len);
    return crypto_buffer_take(ctx, out, (size_t)h->tag_len, exc);
}

static JSValueRef crypto_cipher_set_auto_padding(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                                 size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_cipher_class());
    crypto_cipher_t *h = crypto_cipher_of(ctx, self);
    return JSValueMakeBoolean(ctx, EVP_CIPHER_CTX_set_padding(h->c, JSValueToBoolean(ctx, JS_ARG(0))) == 1);
}

static const char *crypto_mode_name(int mode, const EVP_CIPHER *c) {
    switch (mode) {
    case EVP_CIPH_CBC_MODE: return "cbc";
    case EVP_CIPH_CCM_MODE: return "ccm";
    case EVP_CIPH_CFB_MODE: return "cfb";
    case EVP_CIPH_CTR_MODE: return "ctr";
    case EVP_CIPH_ECB_MODE: return "ecb";
    case EVP_CIPH_GCM_MODE: return "gcm";
    case EVP_CIPH_OCB_MODE: return "ocb";
    case EVP_CIPH_OFB_MODE: return "ofb";
    case EVP_CIPH_STREAM_CIPHER: return "stream";
    case EVP_CIPH_WRAP_MODE: return "wrap";
    case EVP_CIPH_XTS_MODE: return "xts";
    default: return "";
    }
}

static JSValueRef crypto_cipher_info(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                     size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    const EVP_CIPHER *cipher;
    if (JSValueIsNumber(ctx, JS_ARG(0))) {
        const char *sn = OBJ_nid2sn(js_int(ctx, argv[0]));
        cipher = sn ? crypto_cipher_get(sn) : NULL;
    } else {
        js_cstr name;
        if (!js_cstr_get(ctx, JS_ARG(0), &name, exc))
            return NULL;
        cipher = crypto_cipher_get(name.s);
        js_cstr_free(&name);
    }
    if (!cipher)
        return JSValueMakeUndefined(ctx);
    int mode = EVP_CIPHER_get_mode(cipher);
    int key_len = EVP_CIPHER_get_key_length(cipher);
    int iv_len = EVP_CIPHER_get_iv_length(cipher);
    double want_key = js_num(ctx, JS_ARG(1)), want_iv = js_num(ctx, JS_ARG(2));
    /* a length other than the cipher's is reported only when a context
     * accepts it */
    if (want_key >= 0 || want_iv >= 0) {
        EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();
        CHECK(c != NULL);
        bool ok = EVP_CipherInit_ex(c, cipher, NULL, NULL, NULL, 1) == 1;
        if (ok && want_key >= 0 && (int)want_key != key_len)
            ok = EVP_CIPHER_CTX_set_key_length(c, (int)want_key) == 1;
        if (ok && want_iv >= 0 && (int)want_iv != iv_len) {
            if (mode == EVP_CIPH_CCM_MODE)
                ok = want_iv >= 7 && want_iv <= 13;
            else if (mode == EVP_CIPH_GCM_MODE || mode == EVP_CIPH_OCB_MODE)
                ok = EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_AEAD_SET_IVLEN, (int)want_iv, NULL) == 1;
            else
                ok = false;
        }
        EVP_CIPHER_CTX_free(c);
        ERR_clear_error();
        if (!ok)
            return JSValueMakeUndefined(ctx);
        if (want_key >= 0)
            key_len = (int)want_key;
        if (want_iv >= 0)
            iv_len = (int)want_iv;
    }
    const char *name = OBJ_nid2sn(EVP_CIPHER_get_nid(cipher));
    if (!name)
        name = EVP_CIPHER_get0_name(cipher);
    JSObjectRef arr = js_array_new(ctx);
    char lower[128];
    size_t i = 0;
    for (; name[i] && i + 1 < sizeof lower; i++)
        lower[i] = (char)((name[i] >= 'A' && name[i] <= 'Z') ? name[i] + 32 : name[i]);
    lower[i] = 0;
    js_array_set(ctx, arr, 0, js_str(ctx, lower));
    js_array_set(ctx, arr, 1, JSValueMakeNumber(ctx, EVP_CIPHER_get_nid(cipher)));
    js_array_set(ctx, arr, 2, js_str(ctx, crypto_mode_name(mode, cipher)));
    js_array_set(ctx, arr, 3, JSValueMakeNumber(ctx, EVP_CIPHER_get_block_size(cipher)));
    js_array_set(ctx, arr, 4, JSValueMakeNumber(ctx, iv_len));
    js_array_set(ctx, arr, 5, JSValueMakeNumber(ctx, key_len));
    return arr;
}

static JSClassRef crypto_cipher_class(void) {
    static JSClassRef cls;
    if (!cls) {
        static const JSStaticFunction fns[] = {
            {"update", crypto_cipher_update, kJSPropertyAttributeDontEnum},
            {"final", crypto_cipher_final, kJSPropertyAttributeDontEnum},
            {"setAAD", crypto_cipher_set_aad, kJSPropertyAttributeDontEnum},
            {"setAuthTag", crypto_cipher_set_auth_tag, kJSPropertyAttributeDontEnum},
            {"getAuthTag", crypto_cipher_get_auth_tag, kJSPropertyAttributeDontEnum},
            {"setAutoPadding", crypto_cipher_set_auto_padding,
             kJSPropertyAttributeDontEnum},
            {NULL, NULL, 0},
        };
        JSClassDefinition def = kJSClassDefinitionEmpty;
        def.className = "CipherHandle";
        def.staticFunctions = fns;
        def.finalize = crypto_cipher_finalize;
        cls = JSClassCreate(&def);
    }
    return cls;
}

void crypto_cipher_init(JSContextRef ctx, JSObjectRef b) {
    js_set_fn(ctx, b, "cipherNew", crypto_cipher_new);
    js_set_fn(ctx, b, "cipherInfo", crypto_cipher_info);
}
