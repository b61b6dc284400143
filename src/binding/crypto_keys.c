/* Asymmetric keys (EVP_PKEY handles) and signatures for
 * lib/internal/crypto/keys.js and sig.js:
 *
 *   binding.keyParse(private, data, format, type, passphrase) -> handle
 *       private: 1 for a private key, 0 for a public one (a private key's
 *       public half is accepted too); format "PEM" or "DER"; type the
 *       structure ("pkcs1", "pkcs8", "spki", "sec1") or undefined for any;
 *       passphrase bytes or null. Throws OpenSSL's error; 1 for an encrypted
 *       DER key without a passphrase. A 6th argument true (strict): exactly
 *       a SubjectPublicKeyInfo ("spki") or an unencrypted PKCS#8 ("pkcs8"),
 *       no other structure or fallback.
 *   binding.keyGenerate(type, bits, exponent, curve, hash, mgf1Hash,
 *       saltLength) -> handle (private); the last three for rsa-pss
 *   binding.keyGenerateDh(...), keyGenerateDsa(...): below
 *   h.type() -> 'rsa', 'rsa-pss', 'ec', 'ed25519', ... ; h.isPrivate()
 *   h.details() -> [modulusLength, publicExponent, namedCurve, divisorLength,
 *       hashAlgorithm, mgf1HashAlgorithm, saltLength]
 *   h.export(private, format, type, cipher, passphrase) -> a PEM string or
 *       an ArrayBuffer (DER)
 *   h.equals(other) -> bool; h.toPublic() -> a public handle on the same key
 *   binding.sign(h, digest, data, padding, saltLength, dsaEncoding)
 *       -> ArrayBuffer; digest null for the key's default (Ed25519: none)
 *   binding.verify(h, digest, data, signature, padding, saltLength,
 *       dsaEncoding) -> bool
 *   binding.cipherAsym(...): publicEncrypt and the others, below
 *   binding.derive(private, public) -> ArrayBuffer (crypto.diffieHellman)
 *   binding.spkac(op, bytes): Certificate's SPKAC operations, at the end
 *
 * Encoding and decoding go through OpenSSL 3's OSSL_ENCODER/OSSL_DECODER,
 * which know every key type and structure the providers do. */
#define OPENSSL_SUPPRESS_DEPRECATED /* DH keys from a group or prime */
#include <openssl/core_names.h>
#include <openssl/dh.h>
#include <openssl/decoder.h>
#include <openssl/ec.h>
#include <openssl/encoder.h>
#include <openssl/param_build.h>
#include <openssl/err.h>
#include <openssl/rsa.h>
#include <openssl/pem.h>
#include <openssl/proverr.h>
#include <openssl/x509.h>
#include <stdlib.h>
#include <string.h>

#include "crypto.h"

typedef struct {
    EVP_PKEY *pkey;
    bool priv;
} crypto_key_t;

static JSClassRef crypto_key_class(void);

static void crypto_key_finalize(JSObjectRef obj) {
    crypto_key_t *k = JSObjectGetPrivate(obj);
    if (!k)
        return;
    EVP_PKEY_free(k->pkey);
    free(k);
}

static crypto_key_t *crypto_key_of(JSContextRef ctx, JSValueRef v) {
    CHECK(JSValueIsObjectOfClass(ctx, v, crypto_key_class()));
    crypto_key_t *k = JSObjectGetPrivate((JSObjectRef)v);
    CHECK(k != NULL && k->pkey != NULL);
    return k;
}

static JSObjectRef crypto_key_wrap(JSContextRef ctx, EVP_PKEY *pkey, bool priv) {
    crypto_key_t *k = calloc(1, sizeof *k);
    CHECK(k != NULL);
    k->pkey = pkey;
    k->priv = priv;
    return JSObjectMake(ctx, crypto_key_class(), k);
}

/* For the other files of the binding (crypto_x509.c): a KeyHandle that
 * takes ownership of pkey, and the EVP_PKEY of a KeyHandle (NULL for any
 * other value), borrowed. */
JSObjectRef crypto_key_new(JSContextRef ctx, EVP_PKEY *pkey, bool priv) {
    return crypto_key_wrap(ctx, pkey, priv);
}

EVP_PKEY *crypto_key_pkey(JSContextRef ctx, JSValueRef v, bool *priv) {
    if (!JSValueIsObjectOfClass(ctx, v, crypto_key_class()))
        return NULL;
    crypto_key_t *k = JSObjectGetPrivate((JSObjectRef)v);
    if (!k)
        return NULL;
    *priv = k->priv;
    return k->pkey;
}

static const char *crypto_structure(const char *type, bool priv) {
    if (!type)
        return NULL;
    if (strcmp(type, "pkcs8") == 0)
        return "PrivateKeyInfo";
    if (strcmp(type, "spki") == 0)
        return "SubjectPublicKeyInfo";
    if (strcmp(type, "pkcs1") == 0 || strcmp(type, "sec1") == 0)
        return "type-specific";
    return priv ? "PrivateKeyInfo" : "SubjectPublicKeyInfo";
}

typedef struct {
    const uint8_t *pass;        /* NULL: none given */
    size_t len;
} crypto_pass_t;

/* The passphrase, through the PEM callback for every format: OpenSSL 3.0
 * treats an empty passphrase set directly as none. With none given, an
 * encrypted key fails as Node's does ("interrupted or cancelled") rather
 * than OpenSSL prompting on a tty. */
static int crypto_passphrase_cb(char *buf, int size, int rwflag, void *u) {
    const crypto_pass_t *p = u;
    if (!p->pass || p->len > (size_t)size)
        return -1;
    memcpy(buf, p->pass, p->len);
    return (int)p->len;
}

/* Decodes one key; NULL with OpenSSL's error queued. */
static EVP_PKEY *crypto_decode(const uint8_t *data, size_t len, const char *format, const char *structure,
                               int selection, const uint8_t *pass, size_t pass_len) {
    EVP_PKEY *pkey = NULL;
    OSSL_DECODER_CTX *dctx = OSSL_DECODER_CTX_new_for_pkey(&pkey, format, structure, NULL, selection, NULL, NULL);
    if (!dctx)
        return NULL;
    crypto_pass_t pw = {pass, pass_len};
    OSSL_DECODER_CTX_set_pem_password_cb(dctx, crypto_passphrase_cb, &pw);
    const unsigned char *p = data;
    size_t left = len;
    if (OSSL_DECODER_from_data(dctx, &p, &left) != 1) {
        EVP_PKEY_free(pkey);
        pkey = NULL;
    }
    OSSL_DECODER_CTX_free(dctx);
    return pkey;
}

/* Whether the bytes contain the string. */
static bool crypto_contains(const uint8_t *data, size_t len, const char *str) {
    size_t n = strlen(str);
    for (size_t i = 0; i + n <= len; i++)
        if (memcmp(data + i, str, n) == 0)
            return true;
    return false;
}

static JSValueRef crypto_key_parse(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                   size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    CHECK(argc >= 5);
    bool priv = JSValueToBoolean(ctx, argv[0]);
    js_cstr format, type, sdata;
    type.s = NULL;
    sdata.s = NULL;
    if (!js_cstr_get(ctx, argv[2], &format, exc))
        return NULL;
    JSValueRef r = NULL;
    if (!JSValueIsUndefined(ctx, argv[3]) && !js_cstr_get(ctx, argv[3], &type, exc))
        goto out;
    const uint8_t *data;
    size_t len;
    if (!crypto_bytes_or_string(ctx, argv[1], &sdata, &data, &len, exc))
        goto out;
    uint8_t *pass = NULL;
    size_t pass_len = 0;
    if (JSValueIsObject(ctx, argv[4]))
        CHECK(js_bytes_borrow(ctx, argv[4], &pass, &pass_len));
    /* The structure is left to the decoders, which try each: a pkcs8 key
     * may be an EncryptedPrivateKeyInfo, and 'pkcs1' names a different
     * structure per key type. */
    EVP_PKEY *pkey = NULL;
    bool got_priv = priv;
    if (argc > 5 && JSValueToBoolean(ctx, argv[5])) {
        /* strict (Web Crypto, JWK): exactly the structure named */
        bool pkcs8 = type.s && strcmp(type.s, "pkcs8") == 0;
        pkey = crypto_decode(data, len, format.s, pkcs8 ? "PrivateKeyInfo" : "SubjectPublicKeyInfo",
                             pkcs8 ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, NULL, 0);
        if (!pkey) {
            ERR_clear_error();
            r = crypto_throw_ossl(ctx, exc, "Failed to read asymmetric key");
            goto out;
        }
        if (EVP_PKEY_is_a(pkey, "EC")) {
            /* a private key must be in range and match its public key */
            if (pkcs8) {
                EVP_PKEY_CTX *cctx = EVP_PKEY_CTX_new_from_pkey(NULL, pkey, NULL);
                CHECK(cctx != NULL);
                int ok = EVP_PKEY_check(cctx);
                EVP_PKEY_CTX_free(cctx);
                if (ok != 1) {
                    EVP_PKEY_free(pkey);
                    r = crypto_throw_ossl(ctx, exc, "Invalid key");
                    goto out;
                }
            }
            /* a compressed point read is written back uncompressed */
            CHECK(EVP_PKEY_set_utf8_string_param(pkey, OSSL_PKEY_PARAM_EC_POINT_CONVERSION_FORMAT,
                                                 "uncompressed") == 1);
        }
    } else if (priv) {
        pkey = crypto_decode(data, len, format.s, NULL, EVP_PKEY_KEYPAIR, pass, pass_len);
    } else {
        pkey = crypto_decode(data, len, format.s, NULL, EVP_PKEY_PUBLIC_KEY, NULL, 0);
        if (!pkey) {
            /* a private key stands for its public half */
            ERR_clear_error();
            pkey = crypto_decode(data, len, format.s, NULL, EVP_PKEY_KEYPAIR, pass, pass_len);
        }
        if (!pkey && strcmp(format.s, "PEM") == 0) {
            /* a certificate stands for its subject's public key */
            BIO *bio = BIO_new_mem_buf(data, (int)len);
            CHECK(bio != NULL);
            X509 *cert = PEM_read_bio_X509(bio, NULL, crypto_passphrase_cb, &(crypto_pass_t){NULL, 0});
            BIO_free(bio);
            if (cert) {
                ERR_clear_error();
                pkey = X509_get_pubkey(cert);
                X509_free(cert);
            }
        }
        if (!pkey && strcmp(format.s, "PEM") == 0 &&
            (crypto_contains(data, len, "-----BEGIN PUBLIC KEY-----") ||
             crypto_contains(data, len, "-----BEGIN RSA PUBLIC KEY-----"))) {
            /* a public key the decoders cannot read: the error is the one
             * Node reports, from reading the DER as X.509 does (an unknown
             * algorithm is a decode error, bad DER an ASN.1 one). Other
             * PEM (an encrypted private key with a wrong passphrase) keeps
             * the decoders' error: "bad decrypt". */
            ERR_clear_error();
            BIO *bio = BIO_new_mem_buf(data, (int)len);
            CHECK(bio != NULL);
            char *name = NULL, *header = NULL;
            unsigned char *der = NULL;
            long der_len = 0;
            if (PEM_read_bio(bio, &name, &header, &der, &der_len) == 1) {
                const unsigned char *p = der;
                if (strcmp(name, "PUBLIC KEY") == 0) {
                    pkey = d2i_PUBKEY(NULL, &p, der_len);
                } else if (strcmp(name, "RSA PUBLIC KEY") == 0) {
                    RSA *rsa = d2i_RSAPublicKey(NULL, &p, der_len);
                    RSA_free(rsa); /* the decoders read any valid one */
                    if (rsa)
                        ERR_raise(ERR_LIB_OSSL_DECODER, ERR_R_UNSUPPORTED);
                } else {
                    ERR_raise(ERR_LIB_OSSL_DECODER, ERR_R_UNSUPPORTED);
                }
            } else {
                ERR_clear_error(); /* not PEM at all: the decoders' error */
            }
            OPENSSL_free(name);
            OPENSSL_free(header);
            OPENSSL_free(der);
            BIO_free(bio);
        }
        if (!pkey && strcmp(format.s, "DER") == 0) {
            /* Node names no OpenSSL error for DER it cannot read */
            ERR_clear_error();
            r = crypto_throw_ossl(ctx, exc, "Failed to read asymmetric key");
            goto out;
        }
    }
    if (!pkey && !pass && strcmp(format.s, "DER") == 0) {
        /* an EncryptedPrivateKeyInfo and no passphrase: Node's own error */
        const unsigned char *p = data;
        X509_SIG *sig = d2i_X509_SIG(NULL, &p, (long)len);
        if (sig) {
            X509_SIG_free(sig);
            ERR_clear_error();
            r = JSValueMakeNumber(ctx, 1);
            goto out;
        }
    }
    if (!pkey) {
        if (ERR_peek_error() == 0)
            ERR_raise(ERR_LIB_OSSL_DECODER, ERR_R_UNSUPPORTED);
        r = crypto_throw_ossl(ctx, exc, "Failed to read asymmetric key");
        goto out;
    }
    ERR_clear_error();
    r = crypto_key_wrap(ctx, pkey, got_priv);
out:
    js_cstr_free(&format);
    js_cstr_free(&type);
    js_cstr_free(&sdata);
    return r;
}

static JSValueRef crypto_key_generate(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                      size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    CHECK(argc >= 4);
    js_cstr type, curve;
    curve.s = NULL;
    if (!js_cstr_get(ctx, argv[0], &type, exc))
        return NULL;
    JSValueRef r = NULL;
    EVP_PKEY *pkey = NULL;
    EVP_PKEY_CTX *pctx = NULL;
    if (strcmp(type.s, "rsa") == 0 || strcmp(type.s, "rsa-pss") == 0) {
        pctx = EVP_PKEY_CTX_new_from_name(NULL, strcmp(type.s, "rsa") == 0 ? "RSA" : "RSA-PSS", NULL);
        BIGNUM *e = BN_new();
        CHECK(pctx && e && BN_set_word(e, (BN_ULONG)js_num(ctx, argv[2])) == 1);
        bool ok = EVP_PKEY_keygen_init(pctx) == 1 &&
                  EVP_PKEY_CTX_set_rsa_keygen_bits(pctx, js_int(ctx, argv[1])) == 1 &&
                  EVP_PKEY_CTX_set1_rsa_keygen_pubexp(pctx, e) == 1;
        BN_free(e);
        /* RSA-PSS restrictions: hash, MGF1 hash, salt length */
        js_cstr md, mgf1;
        md.s = mgf1.s = NULL;
        if (ok && argc > 4 && JSValueIsString(ctx, argv[4])) {
            if (!js_cstr_get(ctx, argv[4], &md, exc))
                goto out;
            const EVP_MD *m = crypto_md_get(md.s);
            ok = m && EVP_PKEY_CTX_set_rsa_pss_keygen_md_name(pctx, EVP_MD_get0_name(m), NULL) == 1;
        }
        if (ok && argc > 5 && JSValueIsString(ctx, argv[5])) {
            if (!js_cstr_get(ctx, argv[5], &mgf1, exc)) {
                js_cstr_free(&md);
                goto out;
            }
            const EVP_MD *m = crypto_md_get(mgf1.s);
            ok = m && EVP_PKEY_CTX_set_rsa_pss_keygen_mgf1_md_name(pctx, EVP_MD_get0_name(m)) == 1;
        }
        if (ok && argc > 6 && js_num(ctx, argv[6]) >= 0)
            ok = EVP_PKEY_CTX_set_rsa_pss_keygen_saltlen(pctx, js_int(ctx, argv[6])) == 1;
        js_cstr_free(&md);
        js_cstr_free(&mgf1);
        ok = ok && EVP_PKEY_generate(pctx, &pkey) == 1;
        if (!ok)
            pkey = NULL;
    } else if (strcmp(type.s, "ec") == 0) {
        if (!js_cstr_get(ctx, argv[3], &curve, exc))
            goto out;
        int nid = OBJ_sn2nid(curve.s);
        if (nid == NID_undef)
            nid = EC_curve_nist2nid(curve.s);
        if (nid == NID_undef) {
            r = JSValueMakeNull(ctx); /* JS: ERR_CRYPTO_INVALID_CURVE */
            goto out;
        }
        pkey = EVP_PKEY_Q_keygen(NULL, NULL, "EC", OBJ_nid2sn(nid));
    } else {
        const char *names[][2] = {{"ed25519", "ED25519"}, {"ed448", "ED448"}, {"x25519", "X25519"}, {"x448", "X448"}};
        for (size_t i = 0; i < 4; i++)
            if (strcmp(type.s, names[i][0]) == 0)
                pkey = EVP_PKEY_Q_keygen(NULL, NULL, names[i][1]);
    }
    if (!pkey) {
        r = crypto_throw_ossl(ctx, exc, "Key generation failed");
        goto out;
    }
    r = crypto_key_wrap(ctx, pkey, true);
out:
    EVP_PKEY_CTX_free(pctx);
    js_cstr_free(&type);
    js_cstr_free(&curve);
    return r;
}

/* binding.keyGenerateDh(group, prime, primeLength, generator) -> handle;
 * group a name or undefined, prime bytes or undefined. The key is made by
 * the provider (from p and g as parameters): a legacy DH key could not be
 * exported by OSSL_ENCODER. */
static JSValueRef crypto_key_generate_dh(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                         size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    CHECK(argc >= 4);
    int g = js_int(ctx, argv[3]);
    BIGNUM *bp = NULL, *bg = BN_new();
    CHECK(bg != NULL && BN_set_word(bg, (BN_ULONG)g) == 1);
    EVP_PKEY *params = NULL, *pkey = NULL;
    EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_from_name(NULL, "DH", NULL), *kctx = NULL;
    CHECK(pctx != NULL);
    JSValueRef r = NULL;
    if (JSValueIsString(ctx, argv[0])) {
        js_cstr name;
        if (!js_cstr_get(ctx, argv[0], &name, exc))
            goto out;
        DH *dh = crypto_dh_group(name.s);
        js_cstr_free(&name);
        if (!dh) {
            r = JSValueMakeNull(ctx); /* JS: ERR_CRYPTO_UNKNOWN_DH_GROUP */
            goto out;
        }
        const BIGNUM *p;
        DH_get0_pqg(dh, &p, NULL, NULL);
        bp = BN_dup(p);
        CHECK(bp != NULL);
        DH_free(dh);
    } else if (JSValueIsObject(ctx, argv[1])) {
        uint8_t *p;
        size_t n;
        CHECK(js_bytes_borrow(ctx, argv[1], &p, &n));
        bp = BN_bin2bn(p, (int)n, NULL);
        CHECK(bp != NULL);
    }
    if (bp) {
        OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
        CHECK(bld && OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_FFC_P, bp) == 1 &&
              OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_FFC_G, bg) == 1);
        OSSL_PARAM *ps = OSSL_PARAM_BLD_to_param(bld);
        CHECK(ps != NULL);
        bool ok = EVP_PKEY_fromdata_init(pctx) == 1 && EVP_PKEY_fromdata(pctx, &params, EVP_PKEY_KEY_PARAMETERS, ps) == 1;
        OSSL_PARAM_free(ps);
        OSSL_PARAM_BLD_free(bld);
        if (!ok)
            goto fail;
    } else if (EVP_PKEY_paramgen_init(pctx) != 1 ||
               EVP_PKEY_CTX_set_dh_paramgen_prime_len(pctx, js_int(ctx, argv[2])) != 1 ||
               EVP_PKEY_CTX_set_dh_paramgen_generator(pctx, g) != 1 || EVP_PKEY_paramgen(pctx, &params) != 1) {
        goto fail;
    }
    kctx = EVP_PKEY_CTX_new_from_pkey(NULL, params, NULL);
    if (!kctx || EVP_PKEY_keygen_init(kctx) != 1 || EVP_PKEY_keygen(kctx, &pkey) != 1)
        goto fail;
    r = crypto_key_wrap(ctx, pkey, true);
    pkey = NULL;
    goto out;
fail:
    r = crypto_throw_ossl(ctx, exc, "Key generation failed");
out:
    EVP_PKEY_free(pkey);
    EVP_PKEY_free(params);
    EVP_PKEY_CTX_free(pctx);
    EVP_PKEY_CTX_free(kctx);
    BN_free(bp);
    BN_free(bg);
    return r;
}

/* binding.keyGenerateDsa(modulusLength, divisorLength) -> handle;
 * divisorLength -1 for OpenSSL's default. */
static JSValueRef crypto_key_generate_dsa(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                          size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    int bits = js_int(ctx, JS_ARG(0)), qbits = js_int(ctx, JS_ARG(1));
    EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_from_name(NULL, "DSA", NULL), *kctx = NULL;
    CHECK(pctx != NULL);
    EVP_PKEY *params = NULL, *pkey = NULL;
    bool ok = EVP_PKEY_paramgen_init(pctx) == 1 && EVP_PKEY_CTX_set_dsa_paramgen_bits(pctx, bits) == 1 &&
              (qbits < 0 || EVP_PKEY_CTX_set_dsa_paramgen_q_bits(pctx, qbits) == 1) &&
              EVP_PKEY_paramgen(pctx, &params) == 1 && (kctx = EVP_PKEY_CTX_new_from_pkey(NULL, params, NULL)) &&
              EVP_PKEY_keygen_init(kctx) == 1 && EVP_PKEY_keygen(kctx, &pkey) == 1;
    EVP_PKEY_CTX_free(pctx);
    EVP_PKEY_CTX_free(kctx);
    EVP_PKEY_free(params);
    if (!ok) {
        EVP_PKEY_free(pkey);
        return crypto_throw_ossl(ctx, exc, "Key generation failed");
    }
    return crypto_key_wrap(ctx, pkey, true);
}

static JSValueRef crypto_key_type(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                  size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_key_class());
    crypto_key_t *k = crypto_key_of(ctx, self);
    static const struct {
        const char *ossl, *node;
    } types[] = {
        {"RSA", "rsa"}, {"RSA-PSS", "rsa-pss"}, {"EC", "ec"}, {"ED25519", "ed25519"}, {"ED448", "ed448"},
        {"X25519", "x25519"}, {"X448", "x448"}, {"DSA", "dsa"}, {"DH", "dh"}, {"DHX", "dh"},
    };
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (EVP_PKEY_is_a(k->pkey, types[i].ossl))
            return js_str(ctx, types[i].node);
    return JSValueMakeUndefined(ctx);
}

static JSValueRef crypto_key_is_private(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                        size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_key_class());
    return JSValueMakeBoolean(ctx, crypto_key_of(ctx, self)->priv);
}

static JSValueRef crypto_key_details(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                     size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_key_class());
    crypto_key_t *k = crypto_key_of(ctx, self);
    JSObjectRef arr = js_array_new(ctx);
    if (EVP_PKEY_is_a(k->pkey, "RSA") || EVP_PKEY_is_a(k->pkey, "RSA-PSS")) {
        BIGNUM *e = NULL;
        js_array_set(ctx, arr, 0, JSValueMakeNumber(ctx, EVP_PKEY_get_bits(k->pkey)));
        if (EVP_PKEY_get_bn_param(k->pkey, OSSL_PKEY_PARAM_RSA_E, &e) == 1) {
            /* the exponent is a bigint in Node */
            char *dec = BN_bn2dec(e);
            CHECK(dec != NULL);
            js_array_set(ctx, arr, 1, js_str(ctx, dec));
            OPENSSL_free(dec);
            BN_free(e);
        }
        char name[80];
        int salt;
        /* an RSA-PSS key's restrictions, by Node's names for the digests */
        if (EVP_PKEY_is_a(k->pkey, "RSA-PSS") &&
            EVP_PKEY_get_utf8_string_param(k->pkey, OSSL_PKEY_PARAM_RSA_DIGEST, name, sizeof name, NULL) == 1) {
            const EVP_MD *m = crypto_md_get(name);
            js_array_set(ctx, arr, 4, js_str(ctx, m ? OBJ_nid2ln(EVP_MD_get_type(m)) : name));
            if (EVP_PKEY_get_utf8_string_param(k->pkey, OSSL_PKEY_PARAM_RSA_MGF1_DIGEST, name, sizeof name, NULL) == 1) {
                m = crypto_md_get(name);
                js_array_set(ctx, arr, 5, js_str(ctx, m ? OBJ_nid2ln(EVP_MD_get_type(m)) : name));
            }
            if (EVP_PKEY_get_int_param(k->pkey, OSSL_PKEY_PARAM_RSA_PSS_SALTLEN, &salt) == 1)
                js_array_set(ctx, arr, 6, JSValueMakeNumber(ctx, salt));
        }
    } else if (EVP_PKEY_is_a(k->pkey, "DSA")) {
        BIGNUM *q = NULL;
        js_array_set(ctx, arr, 0, JSValueMakeNumber(ctx, EVP_PKEY_get_bits(k->pkey)));
        if (EVP_PKEY_get_bn_param(k->pkey, OSSL_PKEY_PARAM_FFC_Q, &q) == 1) {
            js_array_set(ctx, arr, 3, JSValueMakeNumber(ctx, BN_num_bits(q)));
            BN_free(q);
        }
    } else if (EVP_PKEY_is_a(k->pkey, "EC")) {
        char curve[80];
        if (EVP_PKEY_get_utf8_string_param(k->pkey, OSSL_PKEY_PARAM_GROUP_NAME, curve, sizeof curve, NULL) == 1) {
            int nid = OBJ_txt2nid(curve);
            js_array_set(ctx, arr, 2, js_str(ctx, nid != NID_undef ? OBJ_nid2sn(nid) : curve));
        }
    }
    ERR_clear_error();
    return arr;
}

static JSValueRef crypto_key_export(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                    size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_key_class());
    crypto_key_t *k = crypto_key_of(ctx, self);
    CHECK(argc >= 5);
    bool priv = JSValueToBoolean(ctx, argv[0]);
    js_cstr format, type, cipher;
    type.s = cipher.s = NULL;
    if (!js_cstr_get(ctx, argv[1], &format, exc))
        return NULL;
    JSValueRef r = NULL;
    OSSL_ENCODER_CTX *ectx = NULL;
    unsigned char *out = NULL;
    size_t out_len = 0;
    if (!JSValueIsUndefined(ctx, argv[2]) && !js_cstr_get(ctx, argv[2], &type, exc))
        goto out;
    if (!JSValueIsUndefined(ctx, argv[3]) && !js_cstr_get(ctx, argv[3], &cipher, exc))
        goto out;
    int selection = priv ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY;
    if (EVP_PKEY_is_a(k->pkey, "EC")) {
        /* a named curve without an OID (Oakley-EC2N-3) cannot be encoded:
         * Node fails as i2d does, where the encoder would write explicit
         * parameters */
        char curve[80];
        if (EVP_PKEY_get_utf8_string_param(k->pkey, OSSL_PKEY_PARAM_GROUP_NAME, curve, sizeof curve, NULL) == 1) {
            int nid = OBJ_txt2nid(curve);
            const ASN1_OBJECT *obj = nid != NID_undef ? OBJ_nid2obj(nid) : NULL;
            if (obj && OBJ_length(obj) == 0) {
                ERR_raise(ERR_LIB_PROV, PROV_R_MISSING_OID);
                r = crypto_throw_ossl(ctx, exc, "Failed to encode key");
                goto out;
            }
        }
        ERR_clear_error();
    }
    if (cipher.s && priv && strcmp(format.s, "PEM") == 0 && type.s &&
        (strcmp(type.s, "pkcs1") == 0 || strcmp(type.s, "sec1") == 0)) {
        /* Traditional encrypted PEM. The encoder asks a passphrase callback
         * for it, and an empty passphrase from a callback is a failure
         * ("read key"); given directly, as Node gives it, it is not. */
        uint8_t *pass = (uint8_t *)"";
        size_t pass_len = 0;
        if (JSValueIsObject(ctx, argv[4]))
            CHECK(js_bytes_borrow(ctx, argv[4], &pass, &pass_len));
        const EVP_CIPHER *c = EVP_get_cipherbyname(cipher.s);
        BIO *bio = BIO_new(BIO_s_mem());
        CHECK(bio != NULL);
        if (!c || PEM_write_bio_PrivateKey_traditional(bio, k->pkey, c, pass_len ? pass : (uint8_t *)"",
                                                       (int)pass_len, NULL, NULL) != 1) {
            BIO_free(bio);
            r = crypto_throw_ossl(ctx, exc, "Failed to encode key");
            goto out;
        }
        char *data;
        long n = BIO_get_mem_data(bio, &data);
        r = js_strn(ctx, data, (size_t)n);
        BIO_free(bio);
        goto out;
    }
    ectx = OSSL_ENCODER_CTX_new_for_pkey(k->pkey, selection, format.s, crypto_structure(type.s, priv), NULL);
    if (!ectx || OSSL_ENCODER_CTX_get_num_encoders(ectx) == 0) {
        r = crypto_throw_ossl(ctx, exc, "Failed to encode key");
        goto out;
    }
    if (cipher.s) {
        uint8_t *pass = NULL;
        size_t pass_len = 0;
        if (JSValueIsObject(ctx, argv[4]))
            CHECK(js_bytes_borrow(ctx, argv[4], &pass, &pass_len));
        if (OSSL_ENCODER_CTX_set_cipher(ectx, cipher.s, NULL) != 1 ||
            OSSL_ENCODER_CTX_set_passphrase(ectx, pass, pass_len) != 1) {
            r = crypto_throw_ossl(ctx, exc, "Unknown cipher");
            goto out;
        }
    }
    if (OSSL_ENCODER_to_data(ectx, &out, &out_len) != 1) {
        r = crypto_throw_ossl(ctx, exc, "Failed to encode key");
        goto out;
    }
    if (strcmp(format.s, "PEM") == 0) {
        r = js_strn(ctx, (const char *)out, out_len);
    } else {
        uint8_t *copy = js_xmalloc(out_len ? out_len : 1);
        memcpy(copy, out, out_len);
        r = crypto_buffer_take(ctx, copy, out_len, exc);
    }
out:
    OPENSSL_free(out);
    OSSL_ENCODER_CTX_free(ectx);
    js_cstr_free(&format);
    js_cstr_free(&type);
    js_cstr_free(&cipher);
    return r;
}

static void crypto_jwk_bn(JSContextRef ctx, JSObjectRef arr, size_t i, EVP_PKEY *pkey, const char *param,
                          size_t pad, JSValueRef *exc) {
    BIGNUM *bn = NULL;
    if (EVP_PKEY_get_bn_param(pkey, param, &bn) != 1)
        return;
    size_t n = (size_t)BN_num_bytes(bn);
    if (n < pad)
        n = pad;
    uint8_t *out = js_xmalloc(n ? n : 1);
    CHECK(BN_bn2binpad(bn, out, (int)n) == (int)n);
    BN_clear_free(bn);
    JSObjectRef ab = crypto_buffer_take(ctx, out, n, exc);
    if (ab)
        js_array_set(ctx, arr, i, ab);
}

/* h.jwk(private) -> the key's JWK members as bytes, by type:
 *   RSA: [n, e, d, p, q, dp, dq, qi]; EC: [curve, x, y, d]; OKP: [x, d]
 * (private members only when asked for). */
static JSValueRef crypto_key_jwk(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                 size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_key_class());
    crypto_key_t *k = crypto_key_of(ctx, self);
    bool priv = JSValueToBoolean(ctx, JS_ARG(0)) && k->priv;
    JSObjectRef arr = js_array_new(ctx);
    EVP_PKEY *pk = k->pkey;
    if (EVP_PKEY_is_a(pk, "RSA") || EVP_PKEY_is_a(pk, "RSA-PSS")) {
        static const char *names[] = {
            OSSL_PKEY_PARAM_RSA_N, OSSL_PKEY_PARAM_RSA_E, OSSL_PKEY_PARAM_RSA_D,
            OSSL_PKEY_PARAM_RSA_FACTOR1, OSSL_PKEY_PARAM_RSA_FACTOR2, OSSL_PKEY_PARAM_RSA_EXPONENT1,
            OSSL_PKEY_PARAM_RSA_EXPONENT2, OSSL_PKEY_PARAM_RSA_COEFFICIENT1,
        };
        for (size_t i = 0; i < (priv ? 8 : 2); i++)
            crypto_jwk_bn(ctx, arr, i, pk, names[i], 0, exc);
    } else if (EVP_PKEY_is_a(pk, "EC")) {
        char curve[80];
        if (EVP_PKEY_get_utf8_string_param(pk, OSSL_PKEY_PARAM_GROUP_NAME, curve, sizeof curve, NULL) == 1) {
            int nid = OBJ_txt2nid(curve);
            js_array_set(ctx, arr, 0, js_str(ctx, nid != NID_undef ? OBJ_nid2sn(nid) : curve));
        }
        size_t width = ((size_t)EVP_PKEY_get_bits(pk) + 7) / 8;
        crypto_jwk_bn(ctx, arr, 1, pk, OSSL_PKEY_PARAM_EC_PUB_X, width, exc);
        crypto_jwk_bn(ctx, arr, 2, pk, OSSL_PKEY_PARAM_EC_PUB_Y, width, exc);
        if (priv)
            crypto_jwk_bn(ctx, arr, 3, pk, OSSL_PKEY_PARAM_PRIV_KEY, width, exc);
    } else {
        size_t n = 0;
        if (EVP_PKEY_get_raw_public_key(pk, NULL, &n) == 1) {
            uint8_t *out = js_xmalloc(n ? n : 1);
            CHECK(EVP_PKEY_get_raw_public_key(pk, out, &n) == 1);
            JSObjectRef ab = crypto_buffer_take(ctx, out, n, exc);
            if (ab)
                js_array_set(ctx, arr, 0, ab);
        }
        if (priv && EVP_PKEY_get_raw_private_key(pk, NULL, &n) == 1) {
            uint8_t *out = js_xmalloc(n ? n : 1);
            CHECK(EVP_PKEY_get_raw_private_key(pk, out, &n) == 1);
            JSObjectRef ab = crypto_buffer_take(ctx, out, n, exc);
            if (ab)
                js_array_set(ctx, arr, 1, ab);
        }
    }
    ERR_clear_error();
    return arr;
}

/* h.toPublic() -> a public-key handle on the same key (no encoding round
 * trip: a key on a curve without an OID has none). */
static JSValueRef crypto_key_to_public(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                       size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_key_class());
    crypto_key_t *k = crypto_key_of(ctx, self);
    CHECK(EVP_PKEY_up_ref(k->pkey) == 1);
    return crypto_key_wrap(ctx, k->pkey, false);
}

static JSValueRef crypto_key_equals(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                    size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_key_class());
    crypto_key_t *a = crypto_key_of(ctx, self), *b = crypto_key_of(ctx, JS_ARG(0));
    int r = EVP_PKEY_eq(a->pkey, b->pkey);
    ERR_clear_error();
    return JSValueMakeBoolean(ctx, r == 1);
}

/* Sets up a one-shot DigestSign/DigestVerify with Node's padding options. */
static bool crypto_sig_init(JSContextRef ctx, EVP_MD_CTX *mctx, crypto_key_t *k, JSValueRef digest, bool sign,
                            int padding, int salt_len, JSValueRef *exc, bool *threw) {
    *threw = false;
    const EVP_MD *md = NULL;
    if (!JSValueIsNull(ctx, digest) && !JSValueIsUndefined(ctx, digest)) {
        md = crypto_md_arg(ctx, digest, exc, threw);
        if (*threw)
            return false;
        if (!md) {
            ERR_raise(ERR_LIB_EVP, EVP_R_INVALID_DIGEST);
            return false;
        }
    }
    EVP_PKEY_CTX *pctx = NULL;
    int ok = sign ? EVP_DigestSignInit(mctx, &pctx, md, NULL, k->pkey)
                  : EVP_DigestVerifyInit(mctx, &pctx, md, NULL, k->pkey);
    if (ok != 1)
        return false;
    if (padding >= 0 && EVP_PKEY_CTX_set_rsa_padding(pctx, padding) != 1)
        return false;
    if (salt_len != -3 && padding == RSA_PKCS1_PSS_PADDING && EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, salt_len) != 1)
        return false;
    return true;
}

/* ECDSA signatures as r || s (Node's 'ieee-p1363') from DER, and back. */
static size_t crypto_ec_order_bytes(EVP_PKEY *pkey) {
    return ((size_t)EVP_PKEY_get_bits(pkey) + 7) / 8;
}

static JSValueRef crypto_sign(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                              size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    CHECK(argc >= 6);
    crypto_key_t *k = crypto_key_of(ctx, argv[0]);
    int padding = js_int(ctx, argv[3]), salt_len = js_int(ctx, argv[4]);
    bool p1363 = js_int(ctx, argv[5]) == 1;
    EVP_MD_CTX *mctx = EVP_MD_CTX_new();
    CHECK(mctx != NULL);
    JSValueRef r = NULL;
    bool threw;
    uint8_t *sig = NULL;
    if (!crypto_sig_init(ctx, mctx, k, argv[1], true, padding, salt_len, exc, &threw)) {
        if (!threw)
            r = crypto_throw_ossl(ctx, exc, "Failed to initialize signing");
        goto out;
    }
    uint8_t *data;
    size_t len, sig_len = 0;
    CHECK(js_bytes_borrow(ctx, argv[2], &data, &len));
    if (EVP_DigestSign(mctx, NULL, &sig_len, data, len) != 1) {
        r = crypto_throw_ossl(ctx, exc, "Failed to sign");
        goto out;
    }
    sig = js_xmalloc(sig_len ? sig_len : 1);
    if (EVP_DigestSign(mctx, sig, &sig_len, data, len) != 1) {
        r = crypto_throw_ossl(ctx, exc, "Failed to sign");
        goto out;
    }
    if (p1363 && EVP_PKEY_is_a(k->pkey, "EC")) {
        const unsigned char *p = sig;
        ECDSA_SIG *es = d2i_ECDSA_SIG(NULL, &p, (long)sig_len);
        CHECK(es != NULL);
        size_t n = crypto_ec_order_bytes(k->pkey);
        uint8_t *raw = js_xmalloc(2 * n);
        CHECK(BN_bn2binpad(ECDSA_SIG_get0_r(es), raw, (int)n) == (int)n);
        CHECK(BN_bn2binpad(ECDSA_SIG_get0_s(es), raw + n, (int)n) == (int)n);
        ECDSA_SIG_free(es);
        free(sig);
        sig = raw;
        sig_len = 2 * n;
    }
    r = crypto_buffer_take(ctx, sig, sig_len, exc);
    sig = NULL;
out:
    free(sig);
    EVP_MD_CTX_free(mctx);
    return r;
}

static JSValueRef crypto_verify(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    CHECK(argc >= 7);
    crypto_key_t *k = crypto_key_of(ctx, argv[0]);
    int padding = js_int(ctx, argv[4]), salt_len = js_int(ctx, argv[5]);
    bool p1363 = js_int(ctx, argv[6]) == 1;
    EVP_MD_CTX *mctx = EVP_MD_CTX_new();
    CHECK(mctx != NULL);
    JSValueRef r = NULL;
    bool threw;
    uint8_t *der = NULL;
    if (!crypto_sig_init(ctx, mctx, k, argv[1], false, padding, salt_len, exc, &threw)) {
        if (!threw)
            r = crypto_throw_ossl(ctx, exc, "Failed to initialize verification");
        goto out;
    }
    uint8_t *data, *sig;
    size_t len, sig_len;
    CHECK(js_bytes_borrow(ctx, argv[2], &data, &len));
    CHECK(js_bytes_borrow(ctx, argv[3], &sig, &sig_len));
    if (p1363 && EVP_PKEY_is_a(k->pkey, "EC")) {
        size_t n = crypto_ec_order_bytes(k->pkey);
        if (sig_len != 2 * n) {
            r = JSValueMakeBoolean(ctx, false);
            goto out;
        }
        ECDSA_SIG *es = ECDSA_SIG_new();
        BIGNUM *br = BN_bin2bn(sig, (int)n, NULL), *bs = BN_bin2bn(sig + n, (int)n, NULL);
        CHECK(es && br && bs && ECDSA_SIG_set0(es, br, bs) == 1);
        int dl = i2d_ECDSA_SIG(es, &der);
        ECDSA_SIG_free(es);
        CHECK(dl > 0);
        sig = der;
        sig_len = (size_t)dl;
    }
    r = JSValueMakeBoolean(ctx, EVP_DigestVerify(mctx, sig, sig_len, data, len) == 1);
    ERR_clear_error();
out:
    OPENSSL_free(der);
    EVP_MD_CTX_free(mctx);
    return r;
}

/* binding.cipherAsym(op, h, data, padding, oaepDigest, oaepLabel) ->
 * ArrayBuffer. op: 0 publicEncrypt, 1 privateDecrypt, 2 privateEncrypt
 * (a raw signature), 3 publicDecrypt (its recovery). */
static JSValueRef crypto_cipher_asym(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                     size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    CHECK(argc >= 6);
    int op = js_int(ctx, argv[0]);
    crypto_key_t *k = crypto_key_of(ctx, argv[1]);
    int padding = js_int(ctx, argv[3]);
    const EVP_MD *oaep_md = NULL;
    if (!JSValueIsUndefined(ctx, argv[4]) && !JSValueIsNull(ctx, argv[4])) {
        bool threw;
        oaep_md = crypto_md_arg(ctx, argv[4], exc, &threw);
        if (threw)
            return NULL;
        if (!oaep_md)
            return JSValueMakeNull(ctx); /* JS: ERR_OSSL_EVP_INVALID_DIGEST */
    }
    EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_from_pkey(NULL, k->pkey, NULL);
    CHECK(pctx != NULL);
    JSValueRef r = NULL;
    uint8_t *out = NULL;
    int ok = op == 0 ? EVP_PKEY_encrypt_init(pctx)
           : op == 1 ? EVP_PKEY_decrypt_init(pctx)
           : op == 2 ? EVP_PKEY_sign_init(pctx)
                     : EVP_PKEY_verify_recover_init(pctx);
    if (ok != 1 || EVP_PKEY_CTX_set_rsa_padding(pctx, padding) != 1)
        goto fail;
    if (padding == RSA_PKCS1_OAEP_PADDING) {
        if (oaep_md && EVP_PKEY_CTX_set_rsa_oaep_md(pctx, oaep_md) != 1)
            goto fail;
        uint8_t *label;
        size_t label_len;
        if (JSValueIsObject(ctx, argv[5]) && js_bytes_borrow(ctx, argv[5], &label, &label_len) && label_len > 0) {
            void *copy = OPENSSL_memdup(label, label_len);
            CHECK(copy != NULL);
            if (EVP_PKEY_CTX_set0_rsa_oaep_label(pctx, copy, (int)label_len) != 1) {
                OPENSSL_free(copy);
                goto fail;
            }
        }
    }
    uint8_t *in;
    size_t in_len, out_len = 0;
    CHECK(js_bytes_borrow(ctx, argv[2], &in, &in_len));
    ok = op == 0 ? EVP_PKEY_encrypt(pctx, NULL, &out_len, in, in_len)
       : op == 1 ? EVP_PKEY_decrypt(pctx, NULL, &out_len, in, in_len)
       : op == 2 ? EVP_PKEY_sign(pctx, NULL, &out_len, in, in_len)
                 : EVP_PKEY_verify_recover(pctx, NULL, &out_len, in, in_len);
    if (ok != 1)
        goto fail;
    out = js_xmalloc(out_len ? out_len : 1);
    ok = op == 0 ? EVP_PKEY_encrypt(pctx, out, &out_len, in, in_len)
       : op == 1 ? EVP_PKEY_decrypt(pctx, out, &out_len, in, in_len)
       : op == 2 ? EVP_PKEY_sign(pctx, out, &out_len, in, in_len)
                 : EVP_PKEY_verify_recover(pctx, out, &out_len, in, in_len);
    if (ok != 1)
        goto fail;
    r = crypto_buffer_take(ctx, out, out_len, exc);
    out = NULL;
    goto out;
fail:
    r = crypto_throw_ossl(ctx, exc, "Operation failed");
out:
    free(out);
    EVP_PKEY_CTX_free(pctx);
    return r;
}

/* binding.derive(private, public) -> the shared secret (DH padded to the
 * prime's size, as Node); throws OpenSSL's error. */
static JSValueRef crypto_derive(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    crypto_key_t *a = crypto_key_of(ctx, JS_ARG(0)), *b = crypto_key_of(ctx, JS_ARG(1));
    EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_from_pkey(NULL, a->pkey, NULL);
    CHECK(pctx != NULL);
    JSValueRef r = NULL;
    uint8_t *out = NULL;
    size_t n = 0;
    if (EVP_PKEY_derive_init(pctx) != 1 ||
        (EVP_PKEY_is_a(a->pkey, "DH") && EVP_PKEY_CTX_set_dh_pad(pctx, 1) != 1) ||
        EVP_PKEY_derive_set_peer(pctx, b->pkey) != 1 || EVP_PKEY_derive(pctx, NULL, &n) != 1) {
        r = crypto_throw_ossl(ctx, exc, "Failed to derive a shared secret");
        goto out;
    }
    out = js_xmalloc(n ? n : 1);
    if (EVP_PKEY_derive(pctx, out, &n) != 1) {
        r = crypto_throw_ossl(ctx, exc, "Failed to derive a shared secret");
        goto out;
    }
    r = crypto_buffer_take(ctx, out, n, exc);
    out = NULL;
out:
    free(out);
    EVP_PKEY_CTX_free(pctx);
    return r;
}

static JSClassRef crypto_key_class(void) {
    static JSClassRef cls;
    if (!cls) {
        static const JSStaticFunction fns[] = {
            {"type", crypto_key_type, kJSPropertyAttributeDontEnum},
            {"isPrivate", crypto_key_is_private, kJSPropertyAttributeDontEnum},
            {"details", crypto_key_details, kJSPropertyAttributeDontEnum},
            {"export", crypto_key_export, kJSPropertyAttributeDontEnum},
            {"equals", crypto_key_equals, kJSPropertyAttributeDontEnum},
            {"jwk", crypto_key_jwk, kJSPropertyAttributeDontEnum},
            {"toPublic", crypto_key_to_public, kJSPropertyAttributeDontEnum},
            {NULL, NULL, 0},
        };
        JSClassDefinition def = kJSClassDefinitionEmpty;
        def.className = "KeyHandle";
        def.staticFunctions = fns;
        def.finalize = crypto_key_finalize;
        cls = JSClassCreate(&def);
    }
    return cls;
}

void crypto_keys_init(JSContextRef ctx, JSObjectRef b) {
    js_set_fn(ctx, b, "keyParse", crypto_key_parse);
    js_set_fn(ctx, b, "keyGenerate", crypto_key_generate);
    js_set_fn(ctx, b, "keyGenerateDh", crypto_key_generate_dh);
    js_set_fn(ctx, b, "keyGenerateDsa", crypto_key_generate_dsa);
    js_set_fn(ctx, b, "sign", crypto_sign);
    js_set_fn(ctx, b, "verify", crypto_verify);
    js_set_fn(ctx, b, "cipherAsym", crypto_cipher_asym);
    js_set_fn(ctx, b, "derive", crypto_derive);
    js_set_num(ctx, b, "RSA_PKCS1_PADDING", RSA_PKCS1_PADDING);
    js_set_num(ctx, b, "RSA_PKCS1_PSS_PADDING", RSA_PKCS1_PSS_PADDING);
    js_set_num(ctx, b, "RSA_PSS_SALTLEN_DIGEST", RSA_PSS_SALTLEN_DIGEST);
    js_set_num(ctx, b, "RSA_PSS_SALTLEN_MAX_SIGN", RSA_PSS_SALTLEN_MAX_SIGN);
    js_set_num(ctx, b, "RSA_PSS_SALTLEN_AUTO", RSA_PSS_SALTLEN_AUTO);
}

/* ---- SPKAC (Netscape signed public key and challenge): Certificate ------------- */

/* The SPKAC in bytes (base64, surrounding whitespace ignored), or NULL. */
static NETSCAPE_SPKI *crypto_spkac_of(JSContextRef ctx, JSValueRef v) {
    uint8_t *p;
    size_t n;
    CHECK(js_bytes_borrow(ctx, v, &p, &n));
    while (n > 0 && (p[n - 1] == '\n' || p[n - 1] == '\r' || p[n - 1] == ' '))
        n--;
    NETSCAPE_SPKI *spki = NETSCAPE_SPKI_b64_decode((const char *)p, (int)n);
    if (!spki)
        ERR_clear_error();
    return spki;
}

/* binding.spkac(op, bytes): op 0 verify -> bool; 1 the public key as PEM
 * -> ArrayBuffer or null; 2 the challenge -> ArrayBuffer or null. */
static JSValueRef crypto_spkac(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                               size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    int op = js_int(ctx, JS_ARG(0));
    NETSCAPE_SPKI *spki = crypto_spkac_of(ctx, JS_ARG(1));
    if (!spki)
        return op == 0 ? JSValueMakeBoolean(ctx, false) : JSValueMakeNull(ctx);
    JSValueRef r = JSValueMakeNull(ctx);
    EVP_PKEY *pkey = NETSCAPE_SPKI_get_pubkey(spki);
    if (op == 0) {
        r = JSValueMakeBoolean(ctx, pkey && NETSCAPE_SPKI_verify(spki, pkey) > 0);
    } else if (op == 1 && pkey) {
        BIO *bio = BIO_new(BIO_s_mem());
        CHECK(bio != NULL);
        if (PEM_write_bio_PUBKEY(bio, pkey) == 1) {
            char *data;
            long n = BIO_get_mem_data(bio, &data);
            uint8_t *out = js_xmalloc(n > 0 ? (size_t)n : 1);
            memcpy(out, data, (size_t)n);
            r = crypto_buffer_take(ctx, out, (size_t)n, exc);
        }
        BIO_free(bio);
    } else if (op == 2) {
        const ASN1_IA5STRING *c = spki->spkac->challenge;
        size_t n = (size_t)ASN1_STRING_length(c);
        uint8_t *out = js_xmalloc(n ? n : 1);
        memcpy(out, ASN1_STRING_get0_data(c), n);
        r = crypto_buffer_take(ctx, out, n, exc);
    }
    ERR_clear_error();
    EVP_PKEY_free(pkey);
    NETSCAPE_SPKI_free(spki);
    return r;
}

void crypto_spkac_init(JSContextRef ctx, JSObjectRef b) {
    js_set_fn(ctx, b, "spkac", crypto_spkac);
}

/* ---- KMAC (Web Crypto's KMAC128, KMAC256) ------------------------------------- */

/* binding.kmac(variant, key, data, outputBytes, customization) -> ArrayBuffer;
 * variant 128 or 256, customization bytes or undefined. Throws OpenSSL's
 * error. */
static JSValueRef crypto_kmac(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                              size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    int variant = js_int(ctx, JS_ARG(0));
    size_t out_len = (size_t)js_num(ctx, JS_ARG(3));
    uint8_t *key, *data, *custom = NULL;
    size_t key_len, data_len, custom_len = 0;
    CHECK(js_bytes_borrow(ctx, JS_ARG(1), &key, &key_len));
    CHECK(js_bytes_borrow(ctx, JS_ARG(2), &data, &data_len));
    if (JSValueIsObject(ctx, JS_ARG(4)))
        CHECK(js_bytes_borrow(ctx, JS_ARG(4), &custom, &custom_len));
    EVP_MAC *mac = EVP_MAC_fetch(NULL, variant == 256 ? "KMAC256" : "KMAC128", NULL);
    EVP_MAC_CTX *mctx = mac ? EVP_MAC_CTX_new(mac) : NULL;
    uint8_t *out = js_xmalloc(out_len ? out_len : 1);
    JSValueRef r = NULL;
    OSSL_PARAM params[3];
    size_t n = 0;
    params[n++] = OSSL_PARAM_construct_size_t(OSSL_MAC_PARAM_SIZE, &out_len);
    if (custom_len > 0)
        params[n++] = OSSL_PARAM_construct_octet_string(OSSL_MAC_PARAM_CUSTOM, custom, custom_len);
    params[n] = OSSL_PARAM_construct_end();
    size_t got = 0;
    if (!mctx || EVP_MAC_CTX_set_params(mctx, params) != 1 || EVP_MAC_init(mctx, key, key_len, NULL) != 1 ||
        EVP_MAC_update(mctx, data, data_len) != 1 || EVP_MAC_final(mctx, out, &got, out_len) != 1) {
        free(out);
        r = crypto_throw_ossl(ctx, exc, "KMAC failed");
        goto out;
    }
    r = crypto_buffer_take(ctx, out, got, exc);
out:
    EVP_MAC_CTX_free(mctx);
    EVP_MAC_free(mac);
    return r;
}

/* ---- primes: crypto.generatePrime and checkPrime ------------------------------ */

static JSValueRef crypto_bn_out(JSContextRef ctx, const BIGNUM *bn, JSValueRef *exc) {
    size_t n = (size_t)BN_num_bytes(bn);
    uint8_t *out = js_xmalloc(n ? n : 1);
    CHECK(BN_bn2bin(bn, out) == (int)n);
    return crypto_buffer_take(ctx, out, n, exc);
}

/* binding.generatePrime(bits, safe, add, rem) -> ArrayBuffer (big-endian);
 * add and rem bytes or undefined. 1 when add has more bits than the prime,
 * 2 when rem is not below add (Node's ERR_OUT_OF_RANGE); throws OpenSSL's
 * error. */
static JSValueRef crypto_generate_prime(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                        size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    int bits = js_int(ctx, JS_ARG(0));
    bool safe = JSValueToBoolean(ctx, JS_ARG(1));
    BIGNUM *add = NULL, *rem = NULL, *p = BN_new();
    BN_CTX *bctx = BN_CTX_new();
    CHECK(p != NULL && bctx != NULL);
    JSValueRef r = NULL;
    uint8_t *b;
    size_t n;
    if (JSValueIsObject(ctx, JS_ARG(2))) {
        CHECK(js_bytes_borrow(ctx, JS_ARG(2), &b, &n));
        add = BN_bin2bn(b, (int)n, NULL);
        CHECK(add != NULL);
        if (BN_num_bits(add) > bits) {
            r = JSValueMakeNumber(ctx, 1);
            goto out;
        }
    }
    if (JSValueIsObject(ctx, JS_ARG(3))) {
        CHECK(js_bytes_borrow(ctx, JS_ARG(3), &b, &n));
        rem = BN_bin2bn(b, (int)n, NULL);
        CHECK(rem != NULL);
        if (add && BN_cmp(add, rem) <= 0) {
            r = JSValueMakeNumber(ctx, 2);
            goto out;
        }
    }
    if (BN_generate_prime_ex2(p, bits, safe ? 1 : 0, add, rem, NULL, bctx) != 1) {
        r = crypto_throw_ossl(ctx, exc, "Prime generation failed");
        goto out;
    }
    r = crypto_bn_out(ctx, p, exc);
out:
    BN_free(add);
    BN_free(rem);
    BN_free(p);
    BN_CTX_free(bctx);
    return r;
}

/* binding.checkPrime(bytes, checks) -> bool; throws OpenSSL's error (a
 * number too long). checks 0: OpenSSL's default rounds. */
static JSValueRef crypto_check_prime(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                     size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    uint8_t *b;
    size_t n;
    CHECK(js_bytes_borrow(ctx, JS_ARG(0), &b, &n));
    int checks = js_int(ctx, JS_ARG(1));
    BIGNUM *p = BN_bin2bn(b, (int)n, NULL);
    if (!p)
        return crypto_throw_ossl(ctx, exc, "Invalid candidate");
    BN_CTX *bctx = BN_CTX_new();
    CHECK(bctx != NULL);
    int ok = checks > 0 ? BN_is_prime_ex(p, checks, bctx, NULL) : BN_check_prime(p, bctx, NULL);
    BN_free(p);
    BN_CTX_free(bctx);
    if (ok < 0)
        return crypto_throw_ossl(ctx, exc, "Prime check failed");
    ERR_clear_error();
    return JSValueMakeBoolean(ctx, ok == 1);
}

/* ---- KEM: crypto.encapsulate and decapsulate --------------------------------- */

/* The KEM operation OpenSSL names for a key type: RSASVE for RSA, DHKEM
 * for EC and X25519/X448 (OpenSSL 3.2+); NULL for the key's default. */
static const char *crypto_kem_op(EVP_PKEY *pkey) {
    if (EVP_PKEY_is_a(pkey, "RSA"))
        return "RSASVE";
    if (EVP_PKEY_is_a(pkey, "EC") || EVP_PKEY_is_a(pkey, "X25519") || EVP_PKEY_is_a(pkey, "X448"))
        return "DHKEM";
    return NULL;
}

/* binding.kem(op, h, ciphertext): op 0 encapsulate -> [sharedKey,
 * ciphertext]; op 1 decapsulate -> sharedKey (ArrayBuffers). 1 when the
 * operation cannot be set up for the key, 2 when it fails. */
static JSValueRef crypto_kem(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                             size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    int op = js_int(ctx, JS_ARG(0));
    crypto_key_t *k = crypto_key_of(ctx, JS_ARG(1));
    EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_from_pkey(NULL, k->pkey, NULL);
    CHECK(pctx != NULL);
    JSValueRef r = NULL;
    uint8_t *secret = NULL, *wrapped = NULL;
    size_t secret_len = 0, wrapped_len = 0;
    const char *kem = crypto_kem_op(k->pkey);
    int ok = op == 0 ? EVP_PKEY_encapsulate_init(pctx, NULL) : EVP_PKEY_decapsulate_init(pctx, NULL);
    if (ok != 1 || (kem && EVP_PKEY_CTX_set_kem_op(pctx, kem) != 1)) {
        r = JSValueMakeNumber(ctx, 1);
        goto out;
    }
    if (op == 0) {
        if (EVP_PKEY_encapsulate(pctx, NULL, &wrapped_len, NULL, &secret_len) != 1) {
            r = JSValueMakeNumber(ctx, 2);
            goto out;
        }
        wrapped = js_xmalloc(wrapped_len ? wrapped_len : 1);
        secret = js_xmalloc(secret_len ? secret_len : 1);
        if (EVP_PKEY_encapsulate(pctx, wrapped, &wrapped_len, secret, &secret_len) != 1) {
            r = JSValueMakeNumber(ctx, 2);
            goto out;
        }
        JSObjectRef arr = js_array_new(ctx);
        JSObjectRef a = crypto_buffer_take(ctx, secret, secret_len, exc);
        secret = NULL;
        if (!a)
            goto out;
        js_array_set(ctx, arr, 0, a);
        JSObjectRef b = crypto_buffer_take(ctx, wrapped, wrapped_len, exc);
        wrapped = NULL;
        if (!b)
            goto out;
        js_array_set(ctx, arr, 1, b);
        r = arr;
    } else {
        uint8_t *in;
        size_t in_len;
        CHECK(js_bytes_borrow(ctx, JS_ARG(2), &in, &in_len));
        if (EVP_PKEY_decapsulate(pctx, NULL, &secret_len, in, in_len) != 1) {
            r = JSValueMakeNumber(ctx, 2);
            goto out;
        }
        secret = js_xmalloc(secret_len ? secret_len : 1);
        if (EVP_PKEY_decapsulate(pctx, secret, &secret_len, in, in_len) != 1) {
            r = JSValueMakeNumber(ctx, 2);
            goto out;
        }
        r = crypto_buffer_take(ctx, secret, secret_len, exc);
        secret = NULL;
    }
out:
    ERR_clear_error();
    free(secret);
    free(wrapped);
    EVP_PKEY_CTX_free(pctx);
    return r;
}

void crypto_kmac_prime_init(JSContextRef ctx, JSObjectRef b) {
    js_set_fn(ctx, b, "kem", crypto_kem);
    js_set_fn(ctx, b, "kmac", crypto_kmac);
    js_set_fn(ctx, b, "generatePrime", crypto_generate_prime);
    js_set_fn(ctx, b, "checkPrime", crypto_check_prime);
}
