/* Classic (finite field) Diffie-Hellman handles for
 * lib/internal/crypto/diffiehellman.js:
 *
 *   binding.dhNew(0, prime, generator) -> handle; generator bytes or a number
 *   binding.dhNew(1, bits, generator)  -> handle with new parameters
 *   binding.dhNew(2, groupName)        -> handle for an RFC 2409/3526 group,
 *                                         or null for an unknown name
 *       Throws OpenSSL's error for parameters it refuses; false when it
 *       cannot make parameters of that size.
 *   h.generateKeys() -> ArrayBuffer (the public key; a private key already
 *       set is kept)
 *   h.computeSecret(bytes) -> ArrayBuffer, zero-padded on the left to the
 *       prime's size as Node does; or 1 (key too small), 2 (too large),
 *       3 (invalid), 4 (no keys of its own yet)
 *   h.getPrime() / getGenerator() / getPublicKey() / getPrivateKey()
 *       -> ArrayBuffer, or null when not set
 *   h.setPublicKey(bytes) / h.setPrivateKey(bytes)
 *   h.verifyError() -> DH_check's flags
 *
 * OpenSSL's DH structure (deprecated in 3.0, still the API that models a
 * mutable key pair the way Node's object does). */
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/bn.h>
#include <openssl/dh.h>
#include <openssl/err.h>
#include <stdlib.h>
#include <string.h>

#include "crypto.h"

static JSClassRef crypto_dh_class(void);

static void crypto_dh_finalize(JSObjectRef obj) {
    DH *dh = JSObjectGetPrivate(obj);
    DH_free(dh);
}

static DH *crypto_dh_of(JSContextRef ctx, JSObjectRef self) {
    CHECK(JSValueIsObjectOfClass(ctx, self, crypto_dh_class()));
    DH *dh = JSObjectGetPrivate(self);
    CHECK(dh != NULL);
    return dh;
}

static BIGNUM *crypto_bn_of(JSContextRef ctx, JSValueRef v) {
    uint8_t *p;
    size_t n;
    CHECK(js_bytes_borrow(ctx, v, &p, &n));
    BIGNUM *bn = BN_bin2bn(p, (int)n, NULL);
    CHECK(bn != NULL);
    return bn;
}

/* A BIGNUM as big-endian bytes, padded on the left to len (0: its size). */
static JSValueRef crypto_bn_buffer(JSContextRef ctx, const BIGNUM *bn, size_t len, JSValueRef *exc) {
    if (!bn)
        return JSValueMakeNull(ctx);
    size_t n = (size_t)BN_num_bytes(bn);
    if (len < n)
        len = n;
    uint8_t *out = js_xmalloc(len ? len : 1);
    CHECK(BN_bn2binpad(bn, out, (int)len) == (int)len);
    return crypto_buffer_take(ctx, out, len, exc);
}

DH *crypto_dh_group(const char *name) {
    /* Not static: the functions are pointers filled when libcrypto loads
     * (crypto_ssl.h). */
    const struct {
        const char *name;
        BIGNUM *(*prime)(BIGNUM *);
    } groups[] = {
        {"modp1", BN_get_rfc2409_prime_768},  {"modp2", BN_get_rfc2409_prime_1024},
        {"modp5", BN_get_rfc3526_prime_1536}, {"modp14", BN_get_rfc3526_prime_2048},
        {"modp15", BN_get_rfc3526_prime_3072}, {"modp16", BN_get_rfc3526_prime_4096},
        {"modp17", BN_get_rfc3526_prime_6144}, {"modp18", BN_get_rfc3526_prime_8192},
    };
    for (size_t i = 0; i < sizeof groups / sizeof *groups; i++) {
        if (strcmp(groups[i].name, name) != 0)
            continue;
        DH *dh = DH_new();
        BIGNUM *p = groups[i].prime(NULL), *g = BN_new();
        CHECK(dh && p && g && BN_set_word(g, 2) == 1);
        CHECK(DH_set0_pqg(dh, p, NULL, g) == 1);
        return dh;
    }
    return NULL;
}

static JSValueRef crypto_dh_new(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    CHECK(argc >= 2);
    int kind = js_int(ctx, argv[0]);
    DH *dh = NULL;
    if (kind == 2) {
        js_cstr name;
        if (!js_cstr_get(ctx, argv[1], &name, exc))
            return NULL;
        dh = crypto_dh_group(name.s);
        js_cstr_free(&name);
        if (!dh)
            return JSValueMakeNull(ctx);
    } else if (kind == 1) {
        CHECK(argc >= 3);
        dh = DH_new();
        CHECK(dh != NULL);
        int bits = js_int(ctx, argv[1]);
        if (bits < 2) {
            DH_free(dh);
            ERR_raise(ERR_LIB_DH, DH_R_MODULUS_TOO_SMALL);
            return crypto_throw_ossl(ctx, exc, "modulus too small");
        }
        if (DH_generate_parameters_ex(dh, bits, js_int(ctx, argv[2]), NULL) != 1) {
            DH_free(dh);
            unsigned long e = ERR_peek_last_error();
            if (ERR_GET_LIB(e) == ERR_LIB_DH && ERR_GET_REASON(e) == DH_R_BAD_GENERATOR)
                return crypto_throw_ossl(ctx, exc, "bad generator");
            ERR_clear_error();
            return JSValueMakeBoolean(ctx, false); /* JS: 'Invalid DH parameters' */
        }
    } else {
        CHECK(argc >= 3);
        BIGNUM *p = crypto_bn_of(ctx, argv[1]), *g;
        if (JSValueIsNumber(ctx, argv[2])) {
            double gv = js_num(ctx, argv[2]);
            g = BN_new();
            CHECK(g != NULL && BN_set_word(g, gv < 0 ? 0 : (BN_ULONG)gv) == 1);
        } else {
            g = crypto_bn_of(ctx, argv[2]);
        }
        /* Node's checks: a generator of 0 or 1 is never usable */
        if (BN_is_zero(g) || BN_is_one(g)) {
            BN_free(p);
            BN_free(g);
            ERR_raise(ERR_LIB_DH, DH_R_BAD_GENERATOR);
            return crypto_throw_ossl(ctx, exc, "bad generator");
        }
        dh = DH_new();
        CHECK(dh != NULL && DH_set0_pqg(dh, p, NULL, g) == 1);
    }
    return JSObjectMake(ctx, crypto_dh_class(), dh);
}

static JSValueRef crypto_dh_generate_keys(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                          size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_dh_class());
    DH *dh = crypto_dh_of(ctx, self);
    if (DH_generate_key(dh) != 1)
        return crypto_throw_ossl(ctx, exc, "Key generation failed");
    return crypto_bn_buffer(ctx, DH_get0_pub_key(dh), 0, exc);
}

static JSValueRef crypto_dh_compute_secret(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                           size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_dh_class());
    DH *dh = crypto_dh_of(ctx, self);
    const BIGNUM *own = NULL;
    DH_get0_key(dh, NULL, &own);
    if (!own) /* no keys generated or set yet */
        return JSValueMakeNumber(ctx, 4);
    BIGNUM *pub = crypto_bn_of(ctx, JS_ARG(0));
    /* The range check first (1 < pub < p - 1), as Node's OpenSSL makes
     * it: Debian's 3.0 would compute with a key of p or more. */
    const BIGNUM *prime = NULL;
    DH_get0_pqg(dh, &prime, NULL, NULL);
    BIGNUM *limit = prime ? BN_dup(prime) : NULL;
    CHECK(limit != NULL && BN_sub_word(limit, 1) == 1);
    int range = BN_is_zero(pub) || BN_is_one(pub) ? 1 : BN_cmp(pub, limit) >= 0 ? 2 : 0;
    BN_free(limit);
    if (range) {
        BN_free(pub);
        return JSValueMakeNumber(ctx, range);
    }
    int codes = 0;
    size_t size = (size_t)DH_size(dh);
    uint8_t *out = js_xmalloc(size ? size : 1);
    int n = DH_compute_key(out, pub, dh);
    if (n < 0) {
        ERR_clear_error();
        free(out);
        int r = 3;
        if (DH_check_pub_key(dh, pub, &codes) == 1) {
            if (codes & DH_CHECK_PUBKEY_TOO_SMALL)
                r = 1;
            else if (codes & DH_CHECK_PUBKEY_TOO_LARGE)
                r = 2;
        }
        ERR_clear_error();
        BN_free(pub);
        return JSValueMakeNumber(ctx, r);
    }
    BN_free(pub);
    /* DH_compute_key drops leading zero bytes; Node's secret keeps the
     * prime's width */
    if ((size_t)n < size) {
        memmove(out + (size - (size_t)n), out, (size_t)n);
        memset(out, 0, size - (size_t)n);
    }
    return crypto_buffer_take(ctx, out, size, exc);
}

static JSValueRef crypto_dh_get(JSContextRef ctx, JSObjectRef self, int which, JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_dh_class());
    DH *dh = crypto_dh_of(ctx, self);
    const BIGNUM *p, *g, *pub, *priv;
    DH_get0_pqg(dh, &p, NULL, &g);
    DH_get0_key(dh, &pub, &priv);
    const BIGNUM *v[] = {p, g, pub, priv};
    return crypto_bn_buffer(ctx, v[which], 0, exc);
}

static JSValueRef crypto_dh_get_prime(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                      size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    return crypto_dh_get(ctx, self, 0, exc);
}

static JSValueRef crypto_dh_get_generator(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                          size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    return crypto_dh_get(ctx, self, 1, exc);
}

static JSValueRef crypto_dh_get_public_key(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                           size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    return crypto_dh_get(ctx, self, 2, exc);
}

static JSValueRef crypto_dh_get_private_key(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                            size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    return crypto_dh_get(ctx, self, 3, exc);
}

static JSValueRef crypto_dh_set_public_key(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                           size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_dh_class());
    DH *dh = crypto_dh_of(ctx, self);
    CHECK(DH_set0_key(dh, crypto_bn_of(ctx, JS_ARG(0)), NULL) == 1);
    return JSValueMakeUndefined(ctx);
}

static JSValueRef crypto_dh_set_private_key(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                            size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_dh_class());
    DH *dh = crypto_dh_of(ctx, self);
    CHECK(DH_set0_key(dh, NULL, crypto_bn_of(ctx, JS_ARG(0))) == 1);
    return JSValueMakeUndefined(ctx);
}

static JSValueRef crypto_dh_verify_error(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                         size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_dh_class());
    DH *dh = crypto_dh_of(ctx, self);
    int codes = 0;
    if (DH_check(dh, &codes) != 1)
        codes = 0;
    ERR_clear_error();
    return JSValueMakeNumber(ctx, codes);
}

static JSClassRef crypto_dh_class(void) {
    static JSClassRef cls;
    if (!cls) {
        static const JSStaticFunction fns[] = {
            {"generateKeys", crypto_dh_generate_keys, kJSPropertyAttributeDontEnum},
            {"computeSecret", crypto_dh_compute_secret, kJSPropertyAttributeDontEnum},
            {"getPrime", crypto_dh_get_prime, kJSPropertyAttributeDontEnum},
            {"getGenerator", crypto_dh_get_generator, kJSPropertyAttributeDontEnum},
            {"getPublicKey", crypto_dh_get_public_key, kJSPropertyAttributeDontEnum},
            {"getPrivateKey", crypto_dh_get_private_key, kJSPropertyAttributeDontEnum},
            {"setPublicKey", crypto_dh_set_public_key, kJSPropertyAttributeDontEnum},
            {"setPrivateKey", crypto_dh_set_private_key, kJSPropertyAttributeDontEnum},
            {"verifyError", crypto_dh_verify_error, kJSPropertyAttributeDontEnum},
            {NULL, NULL, 0},
        };
        JSClassDefinition def = kJSClassDefinitionEmpty;
        def.className = "DiffieHellmanHandle";
        def.staticFunctions = fns;
        def.finalize = crypto_dh_finalize;
        cls = JSClassCreate(&def);
    }
    return cls;
}

void crypto_dh_init(JSContextRef ctx, JSObjectRef b) {
    js_set_fn(ctx, b, "dhNew", crypto_dh_new);
}
