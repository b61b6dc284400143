/* ECDH handles for lib/internal/crypto/diffiehellman.js:
 *
 *   binding.ecdhNew(curve) -> handle, or null for an unknown curve
 *   h.generateKeys()
 *   h.computeSecret(bytes, check) -> ArrayBuffer, or null for a point not on
 *       the curve, or false when check is set and the key pair does not
 *       match (after setPublicKey)
 *   h.getPublicKey(form) -> ArrayBuffer (form: POINT_CONVERSION_*), or
 *       null when there is no key
 *   h.getPrivateKey() -> ArrayBuffer padded to the order's size, or null
 *   h.setPrivateKey(bytes) -> false when out of range; the public key is
 *       recomputed from it
 *   h.setPublicKey(bytes) -> false for a point not on the curve
 *   binding.ecdhConvertKey(curve, bytes, form) -> ArrayBuffer, null for an
 *       unknown curve, false for a bad point
 *
 * Over EC_KEY (deprecated in OpenSSL 3.0; it models Node's mutable key). */
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/ec.h>
#include <openssl/ecdh.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <stdlib.h>
#include <string.h>

#include "crypto.h"

static JSClassRef crypto_ecdh_class(void);

static void crypto_ecdh_finalize(JSObjectRef obj) {
    EC_KEY_free(JSObjectGetPrivate(obj));
}

static EC_KEY *crypto_ecdh_of(JSContextRef ctx, JSObjectRef self) {
    CHECK(JSValueIsObjectOfClass(ctx, self, crypto_ecdh_class()));
    EC_KEY *k = JSObjectGetPrivate(self);
    CHECK(k != NULL);
    return k;
}

/* The curve Node means by name (OpenSSL's short name); NID_undef for
 * none. */
static int crypto_curve_nid(JSContextRef ctx, JSValueRef v, JSValueRef *exc, bool *failed) {
    js_cstr name;
    *failed = false;
    if (!js_cstr_get(ctx, v, &name, exc)) {
        *failed = true;
        return NID_undef;
    }
    int nid = OBJ_sn2nid(name.s); /* not the NIST names: Node refuses 'P-256' */
    js_cstr_free(&name);
    return nid;
}

static EC_POINT *crypto_point_of(JSContextRef ctx, const EC_GROUP *group, JSValueRef v) {
    uint8_t *p;
    size_t n;
    CHECK(js_bytes_borrow(ctx, v, &p, &n));
    EC_POINT *pt = EC_POINT_new(group);
    CHECK(pt != NULL);
    if (EC_POINT_oct2point(group, pt, p, n, NULL) != 1) {
        ERR_clear_error();
        EC_POINT_free(pt);
        return NULL;
    }
    return pt;
}

static JSValueRef crypto_point_buffer(JSContextRef ctx, const EC_GROUP *group, const EC_POINT *pt, int form,
                                      JSValueRef *exc) {
    size_t n = EC_POINT_point2oct(group, pt, (point_conversion_form_t)form, NULL, 0, NULL);
    if (n == 0)
        return crypto_throw_ossl(ctx, exc, "Failed to get public key length");
    uint8_t *out = js_xmalloc(n);
    CHECK(EC_POINT_point2oct(group, pt, (point_conversion_form_t)form, out, n, NULL) == n);
    return crypto_buffer_take(ctx, out, n, exc);
}

static JSValueRef crypto_ecdh_new(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                  size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    bool failed;
    int nid = crypto_curve_nid(ctx, JS_ARG(0), exc, &failed);
    if (failed)
        return NULL;
    EC_KEY *k = nid == NID_undef ? NULL : EC_KEY_new_by_curve_name(nid);
    if (!k) {
        ERR_clear_error();
        return JSValueMakeNull(ctx);
    }
    return JSObjectMake(ctx, crypto_ecdh_class(), k);
}

static JSValueRef crypto_ecdh_generate_keys(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                            size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_ecdh_class());
    EC_KEY *k = crypto_ecdh_of(ctx, self);
    if (EC_KEY_generate_key(k) != 1)
        return crypto_throw_ossl(ctx, exc, "Failed to generate key");
    return JSValueMakeUndefined(ctx);
}

static JSValueRef crypto_ecdh_compute_secret(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                             size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_ecdh_class());
    EC_KEY *k = crypto_ecdh_of(ctx, self);
    const EC_GROUP *group = EC_KEY_get0_group(k);
    if (JSValueToBoolean(ctx, JS_ARG(1)) && EC_KEY_check_key(k) != 1) {
        ERR_clear_error();
        return JSValueMakeBoolean(ctx, false);
    }
    EC_POINT *pub = crypto_point_of(ctx, group, JS_ARG(0));
    if (!pub)
        return JSValueMakeNull(ctx);
    size_t n = ((size_t)EC_GROUP_get_degree(group) + 7) / 8;
    uint8_t *out = js_xmalloc(n ? n : 1);
    int r = ECDH_compute_key(out, n, pub, k, NULL);
    EC_POINT_free(pub);
    if (r <= 0) {
        free(out);
        return crypto_throw_ossl(ctx, exc, "Failed to compute ECDH key");
    }
    return crypto_buffer_take(ctx, out, (size_t)r, exc);
}

static JSValueRef crypto_ecdh_get_public_key(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                             size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_ecdh_class());
    EC_KEY *k = crypto_ecdh_of(ctx, self);
    const EC_POINT *pub = EC_KEY_get0_public_key(k);
    if (!pub)
        return JSValueMakeNull(ctx);
    return crypto_point_buffer(ctx, EC_KEY_get0_group(k), pub, js_int(ctx, JS_ARG(0)), exc);
}

static JSValueRef crypto_ecdh_get_private_key(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                              size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_ecdh_class());
    EC_KEY *k = crypto_ecdh_of(ctx, self);
    const BIGNUM *priv = EC_KEY_get0_private_key(k);
    if (!priv)
        return JSValueMakeNull(ctx);
    /* padded to the order's width, as Node */
    size_t n = ((size_t)EC_GROUP_order_bits(EC_KEY_get0_group(k)) + 7) / 8;
    if (n < (size_t)BN_num_bytes(priv))
        n = (size_t)BN_num_bytes(priv);
    uint8_t *out = js_xmalloc(n ? n : 1);
    CHECK(BN_bn2binpad(priv, out, (int)n) == (int)n);
    return crypto_buffer_take(ctx, out, n, exc);
}

static JSValueRef crypto_ecdh_set_private_key(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                              size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_ecdh_class());
    EC_KEY *k = crypto_ecdh_of(ctx, self);
    uint8_t *p;
    size_t n;
    CHECK(js_bytes_borrow(ctx, JS_ARG(0), &p, &n));
    BIGNUM *priv = BN_bin2bn(p, (int)n, NULL);
    CHECK(priv != NULL);
    const EC_GROUP *group = EC_KEY_get0_group(k);
    const BIGNUM *order = EC_GROUP_get0_order(group);
    bool ok = !BN_is_zero(priv) && BN_cmp(priv, order) < 0;
    EC_POINT *pub = NULL;
    if (ok) {
        pub = EC_POINT_new(group);
        CHECK(pub != NULL);
        ok = EC_POINT_mul(group, pub, priv, NULL, NULL, NULL) == 1 && EC_KEY_set_private_key(k, priv) == 1 &&
             EC_KEY_set_public_key(k, pub) == 1;
    }
    EC_POINT_free(pub);
    BN_clear_free(priv);
    ERR_clear_error();
    return JSValueMakeBoolean(ctx, ok);
}

static JSValueRef crypto_ecdh_set_public_key(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                             size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_ecdh_class());
    EC_KEY *k = crypto_ecdh_of(ctx, self);
    EC_POINT *pub = crypto_point_of(ctx, EC_KEY_get0_group(k), JS_ARG(0));
    bool ok = pub && EC_KEY_set_public_key(k, pub) == 1;
    EC_POINT_free(pub);
    ERR_clear_error();
    return JSValueMakeBoolean(ctx, ok);
}

static JSValueRef crypto_ecdh_convert_key(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                          size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    bool failed;
    int nid = crypto_curve_nid(ctx, JS_ARG(0), exc, &failed);
    if (failed)
        return NULL;
    EC_GROUP *group = nid == NID_undef ? NULL : EC_GROUP_new_by_curve_name(nid);
    if (!group) {
        ERR_clear_error();
        return JSValueMakeNull(ctx);
    }
    EC_POINT *pt = crypto_point_of(ctx, group, JS_ARG(1));
    JSValueRef r = pt ? crypto_point_buffer(ctx, group, pt, js_int(ctx, JS_ARG(2)), exc) : JSValueMakeBoolean(ctx, false);
    EC_POINT_free(pt);
    EC_GROUP_free(group);
    return r;
}

static JSClassRef crypto_ecdh_class(void) {
    static JSClassRef cls;
    if (!cls) {
        static const JSStaticFunction fns[] = {
            {"generateKeys", crypto_ecdh_generate_keys, kJSPropertyAttributeDontEnum},
            {"computeSecret", crypto_ecdh_compute_secret, kJSPropertyAttributeDontEnum},
            {"getPublicKey", crypto_ecdh_get_public_key, kJSPropertyAttributeDontEnum},
            {"getPrivateKey", crypto_ecdh_get_private_key, kJSPropertyAttributeDontEnum},
            {"setPrivateKey", crypto_ecdh_set_private_key, kJSPropertyAttributeDontEnum},
            {"setPublicKey", crypto_ecdh_set_public_key, kJSPropertyAttributeDontEnum},
            {NULL, NULL, 0},
        };
        JSClassDefinition def = kJSClassDefinitionEmpty;
        def.className = "ECDHHandle";
        def.staticFunctions = fns;
        def.finalize = crypto_ecdh_finalize;
        cls = JSClassCreate(&def);
    }
    return cls;
}

void crypto_ecdh_init(JSContextRef ctx, JSObjectRef b) {
    js_set_fn(ctx, b, "ecdhNew", crypto_ecdh_new);
    js_set_fn(ctx, b, "ecdhConvertKey", crypto_ecdh_convert_key);
    js_set_num(ctx, b, "POINT_CONVERSION_COMPRESSED", POINT_CONVERSION_COMPRESSED);
    js_set_num(ctx, b, "POINT_CONVERSION_UNCOMPRESSED", POINT_CONVERSION_UNCOMPRESSED);
    js_set_num(ctx, b, "POINT_CONVERSION_HYBRID", POINT_CONVERSION_HYBRID);
}
