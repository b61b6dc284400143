/* X.509 certificates for crypto.X509Certificate (lib/internal/crypto/x509.js).
 *
 * binding.x509Parse(bytes) -> an X509Handle (PEM or DER), or throws the
 * OpenSSL error as Node does. The handle's functions:
 *   info()                 -> { subject, issuer, subjectAltName, infoAccess,
 *                               validFrom, validTo, validFromTime, validToTime,
 *                               fingerprint, fingerprint256, fingerprint512,
 *                               keyUsage, serialNumber, signatureAlgorithm,
 *                               signatureAlgorithmOid, ca, raw, pem }
 *   legacy()               -> what toLegacyObject adds: subject and issuer as
 *                             [name, value] pairs, and the public key's modulus,
 *                             exponent, bits, pubkey, asn1Curve, nistCurve
 *   publicKey()            -> a KeyHandle
 *   checkHost(name, flags) -> the matched name, or undefined
 *   checkEmail(email, flags), checkIP(ip) -> bool; checkIP -> -2: malformed
 *   checkIssued(other), checkPrivateKey(keyHandle), verify(keyHandle) -> bool
 *
 * Names and alternative names print as Node prints them: subject and issuer
 * one "type=value" a line; subjectAltName entries "DNS:x", "IP Address:x", ...
 * joined by ", ", an entry that could be misread (a comma, a quote, a control
 * character) quoted with JSON-style escapes. */
#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "crypto.h"

static JSClassRef crypto_x509_class(void);

static void crypto_x509_finalize(JSObjectRef obj) {
    X509 *x = JSObjectGetPrivate(obj);
    if (x)
        X509_free(x);
}

static X509 *crypto_x509_of(JSContextRef ctx, JSValueRef v) {
    CHECK(JSValueIsObjectOfClass(ctx, v, crypto_x509_class()));
    X509 *x = JSObjectGetPrivate((JSObjectRef)v);
    CHECK(x != NULL);
    return x;
}

/* The memory BIO's contents as a string (UTF-8, ill-formed bytes as U+FFFD). */
static JSValueRef crypto_bio_string(JSContextRef ctx, BIO *bio) {
    char *data = NULL;
    long n = BIO_get_mem_data(bio, &data);
    if (n < 0)
        n = 0;
    char *buf = js_xmalloc((size_t)n + 1);
    if (n)
        memcpy(buf, data, (size_t)n);
    JSStringRef s = js_string_from_utf8(buf, (size_t)n);
    free(buf);
    JSValueRef r = JSValueMakeString(ctx, s);
    JSStringRelease(s);
    return r;
}

static BIO *crypto_mem_bio(void) {
    BIO *bio = BIO_new(BIO_s_mem());
    CHECK(bio != NULL);
    return bio;
}

/* ---- printing names --------------------------------------------------------- */

/* Whether a name can be printed as it is: no quote, backslash or comma, and
 * no control character (in non-UTF-8 strings: nothing outside printable
 * ASCII). */
static bool crypto_san_safe(const unsigned char *p, size_t n, bool utf8) {
    for (size_t i = 0; i < n; i++) {
        unsigned char c = p[i];
        if (c == '"' || c == '\\' || c == ',' || c == '\'')
            return false;
        if (utf8 ? (c < ' ' || c == 0x7f) : (c < ' ' || c > '~'))
            return false;
    }
    return true;
}

static void crypto_san_print(BIO *out, const unsigned char *p, size_t n, bool utf8, const char *prefix) {
    if (crypto_san_safe(p, n, utf8)) {
        if (prefix)
            BIO_printf(out, "%s:", prefix);
        BIO_write(out, p, (int)n);
        return;
    }
    BIO_write(out, "\"", 1);
    if (prefix)
        BIO_printf(out, "%s:", prefix);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = p[i];
        if (c == '"' || c == '\\') {
            char esc[2] = {'\\', (char)c};
            BIO_write(out, esc, 2);
        } else if ((c >= ' ' && c != ',' && c <= '~') || (utf8 && (c & 0x80))) {
            BIO_write(out, &c, 1);
        } else {
            static const char hex[] = "0123456789abcdef";
            char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            BIO_write(out, u, 6);
        }
    }
    BIO_write(out, "\"", 1);
}

static void crypto_general_name_print(BIO *out, const GENERAL_NAME *gen) {
    switch (gen->type) {
    case GEN_DNS:
        BIO_write(out, "DNS:", 4);
        crypto_san_print(out, ASN1_STRING_get0_data(gen->d.dNSName), (size_t)ASN1_STRING_length(gen->d.dNSName),
                         false, NULL);
        break;
    case GEN_URI:
        BIO_write(out, "URI:", 4);
        crypto_san_print(out, ASN1_STRING_get0_data(gen->d.uniformResourceIdentifier),
                         (size_t)ASN1_STRING_length(gen->d.uniformResourceIdentifier), false, NULL);
        break;
    case GEN_EMAIL:
        BIO_write(out, "email:", 6);
        crypto_san_print(out, ASN1_STRING_get0_data(gen->d.rfc822Name), (size_t)ASN1_STRING_length(gen->d.rfc822Name),
                         false, NULL);
        break;
    case GEN_DIRNAME: {
        BIO *tmp = crypto_mem_bio();
        X509_NAME_print_ex(tmp, gen->d.directoryName, 0,
                           XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB & ~ASN1_STRFLGS_ESC_CTRL);
        char *data = NULL;
        long n = BIO_get_mem_data(tmp, &data);
        BIO_write(out, "DirName:", 8);
        crypto_san_print(out, (const unsigned char *)data, n > 0 ? (size_t)n : 0, true, NULL);
        BIO_free(tmp);
        break;
    }
    case GEN_IPADD: {
        BIO_write(out, "IP Address:", 11);
        const unsigned char *b = ASN1_STRING_get0_data(gen->d.iPAddress);
        int len = ASN1_STRING_length(gen->d.iPAddress);
        if (len == 4) {
            BIO_printf(out, "%d.%d.%d.%d", b[0], b[1], b[2], b[3]);
        } else if (len == 16) {
            for (int j = 0; j < 8; j++)
                BIO_printf(out, j ? ":%X" : "%X", (unsigned)((b[2 * j] << 8) | b[2 * j + 1]));
        } else {
            BIO_printf(out, "<invalid length=%d>", len);
        }
        break;
    }
    case GEN_RID: {
        char oid[256];
        if (OBJ_obj2txt(oid, sizeof oid, gen->d.registeredID, 1) < 0)
            oid[0] = 0;
        BIO_printf(out, "Registered ID:%s", oid);
        break;
    }
    case GEN_OTHERNAME: {
        bool unicode = true;
        const char *prefix = NULL;
        switch (OBJ_obj2nid(gen->d.otherName->type_id)) {
        case NID_id_on_SmtpUTF8Mailbox: prefix = "SmtpUTF8Mailbox"; break;
        case NID_XmppAddr: prefix = "XmppAddr"; break;
        case NID_SRVName: prefix = "SRVName"; unicode = false; break;
        case NID_ms_upn: prefix = "UPN"; break;
        case NID_NAIRealm: prefix = "NAIRealm"; break;
        }
        const ASN1_TYPE *v = gen->d.otherName->value;
        if (!prefix || !v || v->type != (unicode ? V_ASN1_UTF8STRING : V_ASN1_IA5STRING)) {
            BIO_printf(out, "othername:<unsupported>");
        } else {
            BIO_printf(out, "othername:");
            const ASN1_STRING *s = unicode ? v->value.utf8string : v->value.ia5string;
            crypto_san_print(out, ASN1_STRING_get0_data(s), (size_t)ASN1_STRING_length(s), unicode, prefix);
        }
        break;
    }
    case GEN_X400:
        BIO_printf(out, "X400Name:<unsupported>");
        break;
    case GEN_EDIPARTY:
        BIO_printf(out, "EdiPartyName:<unsupported>");
        break;
    default:
        BIO_printf(out, "<unsupported>");
        break;
    }
}

/* subjectAltName, or undefined without the extension. */
static JSValueRef crypto_x509_san(JSContextRef ctx, X509 *x) {
    GENERAL_NAMES *names = X509_get_ext_d2i(x, NID_subject_alt_name, NULL, NULL);
    if (!names) {
        ERR_clear_error();
        return JSValueMakeUndefined(ctx);
    }
    BIO *out = crypto_mem_bio();
    int n = OPENSSL_sk_num((const OPENSSL_STACK *)names);
    for (int i = 0; i < n; i++) {
        if (i)
            BIO_write(out, ", ", 2);
        crypto_general_name_print(out, OPENSSL_sk_value((const OPENSSL_STACK *)names, i));
    }
    GENERAL_NAMES_free(names);
    JSValueRef r = crypto_bio_string(ctx, out);
    BIO_free(out);
    return r;
}

/* infoAccess ("OCSP - URI:http://...", one a line), or undefined. */
static JSValueRef crypto_x509_info_access(JSContextRef ctx, X509 *x) {
    AUTHORITY_INFO_ACCESS *aia = X509_get_ext_d2i(x, NID_info_access, NULL, NULL);
    if (!aia) {
        ERR_clear_error();
        return JSValueMakeUndefined(ctx);
    }
    BIO *out = crypto_mem_bio();
    int n = OPENSSL_sk_num((const OPENSSL_STACK *)aia);
    for (int i = 0; i < n; i++) {
        const ACCESS_DESCRIPTION *d = OPENSSL_sk_value((const OPENSSL_STACK *)aia, i);
        if (i)
            BIO_write(out, "\n", 1);
        char method[80];
        i2t_ASN1_OBJECT(method, sizeof method, d->method);
        BIO_printf(out, "%s - ", method);
        crypto_general_name_print(out, d->location);
    }
    AUTHORITY_INFO_ACCESS_free(aia);
    JSValueRef r = crypto_bio_string(ctx, out);
    BIO_free(out);
    return r;
}

static JSValueRef crypto_x509_name(JSContextRef ctx, const X509_NAME *name) {
    BIO *out = crypto_mem_bio();
    JSValueRef r;
    if (X509_NAME_print_ex(out, name, 0,
                           ASN1_STRFLGS_ESC_2253 | ASN1_STRFLGS_ESC_CTRL | ASN1_STRFLGS_UTF8_CONVERT |
                               XN_FLAG_SEP_MULTILINE | XN_FLAG_FN_SN) < 0)
        r = JSValueMakeUndefined(ctx);
    else
        r = crypto_bio_string(ctx, out);
    BIO_free(out);
    ERR_clear_error();
    return r;
}

static JSValueRef crypto_x509_time(JSContextRef ctx, const ASN1_TIME *t, double *seconds) {
    *seconds = NAN;
    struct tm tm;
    if (ASN1_TIME_to_tm(t, &tm) == 1)
        *seconds = (double)timegm(&tm);
    BIO *out = crypto_mem_bio();
    ASN1_TIME_print(out, t);
    JSValueRef r = crypto_bio_string(ctx, out);
    BIO_free(out);
    ERR_clear_error();
    return r;
}

static JSValueRef crypto_x509_fingerprint(JSContextRef ctx, X509 *x, const char *md_name) {
    const EVP_MD *md = crypto_md_get(md_name);
    unsigned char d[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    if (!md || X509_digest(x, md, d, &n) != 1 || n == 0) {
        ERR_clear_error();
        return JSValueMakeUndefined(ctx);
    }
    static const char hex[] = "0123456789ABCDEF";
    char s[EVP_MAX_MD_SIZE * 3];
    for (unsigned i = 0; i < n; i++) {
        s[3 * i] = hex[d[i] >> 4];
        s[3 * i + 1] = hex[d[i] & 15];
        s[3 * i + 2] = ':';
    }
    s[3 * n - 1] = 0;
    return js_str(ctx, s);
}

/* Extended key usage OIDs (numeric), or undefined without the extension. */
static JSValueRef crypto_x509_key_usage(JSContextRef ctx, X509 *x) {
    EXTENDED_KEY_USAGE *eku = X509_get_ext_d2i(x, NID_ext_key_usage, NULL, NULL);
    if (!eku) {
        ERR_clear_error();
        return JSValueMakeUndefined(ctx);
    }
    JSObjectRef arr = js_array_new(ctx);
    int n = OPENSSL_sk_num((const OPENSSL_STACK *)eku);
    size_t k = 0;
    for (int i = 0; i < n; i++) {
        char oid[256];
        if (OBJ_obj2txt(oid, sizeof oid, OPENSSL_sk_value((const OPENSSL_STACK *)eku, i), 1) >= 0)
            js_array_set(ctx, arr, k++, js_str(ctx, oid));
    }
    EXTENDED_KEY_USAGE_free(eku);
    return arr;
}

static JSValueRef crypto_x509_serial(JSContextRef ctx, X509 *x) {
    BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(x), NULL);
    JSValueRef r = JSValueMakeUndefined(ctx);
    if (bn) {
        char *hex = BN_bn2hex(bn);
        if (hex) {
            r = js_str(ctx, hex);
            OPENSSL_free(hex);
        }
        BN_free(bn);
    }
    ERR_clear_error();
    return r;
}

/* ---- the binding ------------------------------------------------------------ */

/* binding.x509Parse(bytes) -> X509Handle: PEM, else DER. When neither
 * parses, the oldest queued error is thrown (the PEM reader's), as Node's. */
static JSValueRef crypto_x509_parse(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                    size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    uint8_t *p;
    size_t n;
    CHECK(js_bytes_borrow(ctx, JS_ARG(0), &p, &n));
    ERR_clear_error();
    X509 *x = NULL;
    if (n <= INT_MAX) {
        BIO *bio = BIO_new_mem_buf(p, (int)n);
        CHECK(bio != NULL);
        x = PEM_read_bio_X509_AUX(bio, NULL, NULL, NULL);
        BIO_free(bio);
        if (!x) {
            const unsigned char *q = p;
            x = d2i_X509(NULL, &q, (long)n);
        }
    }
    if (!x)
        return crypto_throw_ossl(ctx, exc, "Failed to parse certificate");
    ERR_clear_error();
    return JSObjectMake(ctx, crypto_x509_class(), x);
}

static JSValueRef crypto_x509_info(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                   size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_x509_class());
    X509 *x = crypto_x509_of(ctx, self);
    JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
    js_set(ctx, o, "subject", crypto_x509_name(ctx, X509_get_subject_name(x)));
    js_set(ctx, o, "issuer", crypto_x509_name(ctx, X509_get_issuer_name(x)));
    js_set(ctx, o, "subjectAltName", crypto_x509_san(ctx, x));
    js_set(ctx, o, "infoAccess", crypto_x509_info_access(ctx, x));
    double t;
    js_set(ctx, o, "validFrom", crypto_x509_time(ctx, X509_get0_notBefore(x), &t));
    js_set_num(ctx, o, "validFromTime", t);
    js_set(ctx, o, "validTo", crypto_x509_time(ctx, X509_get0_notAfter(x), &t));
    js_set_num(ctx, o, "validToTime", t);
    js_set(ctx, o, "fingerprint", crypto_x509_fingerprint(ctx, x, "sha1"));
    js_set(ctx, o, "fingerprint256", crypto_x509_fingerprint(ctx, x, "sha256"));
    js_set(ctx, o, "fingerprint512", crypto_x509_fingerprint(ctx, x, "sha512"));
    js_set(ctx, o, "keyUsage", crypto_x509_key_usage(ctx, x));
    js_set(ctx, o, "serialNumber", crypto_x509_serial(ctx, x));
    int nid = X509_get_signature_nid(x);
    const char *ln = nid != NID_undef ? OBJ_nid2ln(nid) : NULL;
    js_set(ctx, o, "signatureAlgorithm", ln ? js_str(ctx, ln) : JSValueMakeUndefined(ctx));
    const X509_ALGOR *alg = NULL;
    X509_get0_signature(NULL, &alg, x);
    JSValueRef oid_v = JSValueMakeUndefined(ctx);
    if (alg) {
        const ASN1_OBJECT *obj = NULL;
        X509_ALGOR_get0(&obj, NULL, NULL, alg);
        char oid[256];
        if (obj && OBJ_obj2txt(oid, sizeof oid, obj, 1) > 0)
            oid_v = js_str(ctx, oid);
    }
    js_set(ctx, o, "signatureAlgorithmOid", oid_v);
    js_set(ctx, o, "ca", JSValueMakeBoolean(ctx, X509_check_ca(x) == 1));

    int len = i2d_X509(x, NULL);
    if (len > 0) {
        uint8_t *der = js_xmalloc((size_t)len);
        unsigned char *w = der;
        i2d_X509(x, &w);
        JSObjectRef ab = crypto_buffer_take(ctx, der, (size_t)len, exc);
        if (!ab)
            return NULL;
        js_set(ctx, o, "raw", ab);
    }
    BIO *out = crypto_mem_bio();
    if (PEM_write_bio_X509(out, x) == 1)
        js_set(ctx, o, "pem", crypto_bio_string(ctx, out));
    BIO_free(out);
    ERR_clear_error();
    return o;
}

/* [[type, value], ...] of a name, type the short name or the OID. */
static JSObjectRef crypto_x509_name_entries(JSContextRef ctx, const X509_NAME *name) {
    JSObjectRef arr = js_array_new(ctx);
    int n = X509_NAME_entry_count(name);
    size_t k = 0;
    for (int i = 0; i < n; i++) {
        const X509_NAME_ENTRY *e = X509_NAME_get_entry(name, i);
        const ASN1_OBJECT *obj = X509_NAME_ENTRY_get_object(e);
        int nid = OBJ_obj2nid(obj);
        char type[256];
        const char *sn = nid != NID_undef ? OBJ_nid2sn(nid) : NULL;
        if (sn)
            snprintf(type, sizeof type, "%s", sn);
        else if (OBJ_obj2txt(type, sizeof type, obj, 1) < 0)
            continue;
        unsigned char *utf8 = NULL;
        int len = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(e));
        if (len < 0) {
            ERR_clear_error();
            continue;
        }
        char *buf = js_xmalloc((size_t)len + 1);
        memcpy(buf, utf8, (size_t)len);
        OPENSSL_free(utf8);
        JSStringRef s = js_string_from_utf8(buf, (size_t)len);
        free(buf);
        JSObjectRef pair = js_array_new(ctx);
        js_array_set(ctx, arr, k++, pair);
        js_array_set(ctx, pair, 0, js_str(ctx, type));
        js_array_set(ctx, pair, 1, JSValueMakeString(ctx, s));
        JSStringRelease(s);
    }
    return arr;
}

static JSValueRef crypto_bn_print(JSContextRef ctx, const BIGNUM *bn, bool prefixed) {
    BIO *out = crypto_mem_bio();
    if (prefixed) {
        char *hex = BN_bn2hex(bn);
        const char *h = hex ? hex : "0";
        while (h[0] == '0' && h[1])
            h++;
        BIO_printf(out, "0x");
        for (; *h; h++) {
            char c = (char)(*h >= 'A' && *h <= 'F' ? *h - 'A' + 'a' : *h);
            BIO_write(out, &c, 1);
        }
        OPENSSL_free(hex);
    } else {
        BN_print(out, bn);
    }
    JSValueRef r = crypto_bio_string(ctx, out);
    BIO_free(out);
    return r;
}

static JSValueRef crypto_x509_legacy(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                     size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_x509_class());
    X509 *x = crypto_x509_of(ctx, self);
    JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
    js_set(ctx, o, "subject", crypto_x509_name_entries(ctx, X509_get_subject_name(x)));
    js_set(ctx, o, "issuer", crypto_x509_name_entries(ctx, X509_get_issuer_name(x)));
    EVP_PKEY *pkey = X509_get0_pubkey(x);
    if (pkey && EVP_PKEY_is_a(pkey, "RSA")) {
        BIGNUM *nn = NULL, *e = NULL;
        if (EVP_PKEY_get_bn_param(pkey, "n", &nn) == 1 && EVP_PKEY_get_bn_param(pkey, "e", &e) == 1) {
            js_set(ctx, o, "modulus", crypto_bn_print(ctx, nn, false));
            js_set(ctx, o, "exponent", crypto_bn_print(ctx, e, true));
            js_set_num(ctx, o, "bits", BN_num_bits(nn));
        }
        BN_free(nn);
        BN_free(e);
        int len = i2d_PUBKEY(pkey, NULL);
        if (len > 0) {
            uint8_t *der = js_xmalloc((size_t)len);
            unsigned char *w = der;
            i2d_PUBKEY(pkey, &w);
            JSObjectRef ab = crypto_buffer_take(ctx, der, (size_t)len, exc);
            if (!ab)
                return NULL;
            js_set(ctx, o, "pubkey", ab);
        }
    } else if (pkey && EVP_PKEY_is_a(pkey, "EC")) {
        char group[80];
        size_t glen = 0;
        if (EVP_PKEY_get_utf8_string_param(pkey, "group", group, sizeof group, &glen) == 1) {
            int nid = OBJ_sn2nid(group);
            if (nid == NID_undef)
                nid = OBJ_txt2nid(group);
            const char *sn = nid != NID_undef ? OBJ_nid2sn(nid) : NULL;
            const char *nist = nid != NID_undef ? EC_curve_nid2nist(nid) : NULL;
            if (sn)
                js_set_str(ctx, o, "asn1Curve", sn);
            if (nist)
                js_set_str(ctx, o, "nistCurve", nist);
        }
        js_set_num(ctx, o, "bits", EVP_PKEY_get_bits(pkey));
        size_t plen = 0;
        if (EVP_PKEY_get_octet_string_param(pkey, "encoded-pub-key", NULL, 0, &plen) == 1 && plen) {
            uint8_t *pt = js_xmalloc(plen);
            if (EVP_PKEY_get_octet_string_param(pkey, "encoded-pub-key", pt, plen, &plen) == 1) {
                JSObjectRef ab = crypto_buffer_take(ctx, pt, plen, exc);
                if (!ab)
                    return NULL;
                js_set(ctx, o, "pubkey", ab);
            } else {
                free(pt);
            }
        }
    }
    ERR_clear_error();
    return o;
}

static JSValueRef crypto_x509_public_key(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                         size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_x509_class());
    X509 *x = crypto_x509_of(ctx, self);
    EVP_PKEY *pkey = X509_get_pubkey(x);
    if (!pkey)
        return crypto_throw_ossl(ctx, exc, "Failed to get public key");
    return crypto_key_new(ctx, pkey, false);
}

static JSValueRef crypto_x509_check_host(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                         size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_x509_class());
    X509 *x = crypto_x509_of(ctx, self);
    js_cstr name;
    if (!js_cstr_get(ctx, JS_ARG(0), &name, exc))
        return NULL;
    unsigned flags = (unsigned)js_int(ctx, JS_ARG(1));
    char *peer = NULL;
    int rc = X509_check_host(x, name.s, name.len, flags, &peer);
    ERR_clear_error();
    JSValueRef r;
    if (rc == 1 && peer) {
        /* Node reads the matched name as Latin-1. */
        size_t n = strlen(peer);
        JSChar *u = js_xmalloc((n ? n : 1) * sizeof *u);
        for (size_t i = 0; i < n; i++)
            u[i] = (unsigned char)peer[i];
        JSStringRef js = JSStringCreateWithCharacters(u, n);
        free(u);
        r = JSValueMakeString(ctx, js);
        JSStringRelease(js);
    } else if (rc == 1) {
        r = JS_ARG(0);
    } else if (rc == -2) {
        js_cstr_free(&name);
        return JSValueMakeNumber(ctx, -2);
    } else {
        r = JSValueMakeUndefined(ctx);
    }
    OPENSSL_free(peer);
    js_cstr_free(&name);
    return r;
}

static JSValueRef crypto_x509_check_email(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                          size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_x509_class());
    X509 *x = crypto_x509_of(ctx, self);
    js_cstr email;
    if (!js_cstr_get(ctx, JS_ARG(0), &email, exc))
        return NULL;
    unsigned flags = (unsigned)js_int(ctx, JS_ARG(1));
    int rc = X509_check_email(x, email.s, email.len, flags);
    ERR_clear_error();
    js_cstr_free(&email);
    return JSValueMakeNumber(ctx, rc);
}

static JSValueRef crypto_x509_check_ip(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                       size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_x509_class());
    X509 *x = crypto_x509_of(ctx, self);
    js_cstr ip;
    if (!js_cstr_get(ctx, JS_ARG(0), &ip, exc))
        return NULL;
    int rc = X509_check_ip_asc(x, ip.s, 0);
    ERR_clear_error();
    js_cstr_free(&ip);
    return JSValueMakeNumber(ctx, rc);
}

static JSValueRef crypto_x509_check_issued(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                           size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_x509_class());
    X509 *x = crypto_x509_of(ctx, self);
    X509 *issuer = crypto_x509_of(ctx, JS_ARG(0));
    int rc = X509_check_issued(issuer, x);
    ERR_clear_error();
    return JSValueMakeBoolean(ctx, rc == X509_V_OK);
}

static JSValueRef crypto_x509_check_private_key(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                                size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_x509_class());
    X509 *x = crypto_x509_of(ctx, self);
    bool priv = false;
    EVP_PKEY *pkey = crypto_key_pkey(ctx, JS_ARG(0), &priv);
    CHECK(pkey != NULL);
    int rc = X509_check_private_key(x, pkey);
    ERR_clear_error();
    return JSValueMakeBoolean(ctx, rc == 1);
}

static JSValueRef crypto_x509_verify(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,
                                     size_t argc, const JSValueRef argv[], JSValueRef *exc) {
    BINDING_CHECK_THIS(crypto_x509_class());
    X509 *x = crypto_x509_of(ctx, self);
    bool priv = false;
    EVP_PKEY *pkey = crypto_key_pkey(ctx, JS_ARG(0), &priv);
    CHECK(pkey != NULL);
    int rc = X509_verify(x, pkey);
    ERR_clear_error();
    return JSValueMakeBoolean(ctx, rc == 1);
}

static JSClassRef crypto_x509_class(void) {
    static JSClassRef cls;
    if (!cls) {
        static const JSStaticFunction fns[] = {
            {"info", crypto_x509_info, kJSPropertyAttributeDontEnum},
            {"legacy", crypto_x509_legacy, kJSPropertyAttributeDontEnum},
            {"publicKey", crypto_x509_public_key, kJSPropertyAttributeDontEnum},
            {"checkHost", crypto_x509_check_host, kJSPropertyAttributeDontEnum},
            {"checkEmail", crypto_x509_check_email, kJSPropertyAttributeDontEnum},
            {"checkIP", crypto_x509_check_ip, kJSPropertyAttributeDontEnum},
            {"checkIssued", crypto_x509_check_issued, kJSPropertyAttributeDontEnum},
            {"checkPrivateKey", crypto_x509_check_private_key,
             kJSPropertyAttributeDontEnum},
            {"verify", crypto_x509_verify, kJSPropertyAttributeDontEnum},
            {NULL, NULL, 0},
        };
        JSClassDefinition def = kJSClassDefinitionEmpty;
        def.className = "X509Handle";
        def.staticFunctions = fns;
        def.finalize = crypto_x509_finalize;
        cls = JSClassCreate(&def);
    }
    return cls;
}

void crypto_x509_init(JSContextRef ctx, JSObjectRef b) {
    js_set_fn(ctx, b, "x509Parse", crypto_x509_parse);
    js_set_num(ctx, b, "X509_CHECK_FLAG_ALWAYS_CHECK_SUBJECT", X509_CHECK_FLAG_ALWAYS_CHECK_SUBJECT);
    js_set_num(ctx, b, "X509_CHECK_FLAG_NEVER_CHECK_SUBJECT", X509_CHECK_FLAG_NEVER_CHECK_SUBJECT);
    js_set_num(ctx, b, "X509_CHECK_FLAG_NO_WILDCARDS", X509_CHECK_FLAG_NO_WILDCARDS);
    js_set_num(ctx, b, "X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS", X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
    js_set_num(ctx, b, "X509_CHECK_FLAG_MULTI_LABEL_WILDCARDS", X509_CHECK_FLAG_MULTI_LABEL_WILDCARDS);
    js_set_num(ctx, b, "X509_CHECK_FLAG_SINGLE_LABEL_SUBDOMAINS", X509_CHECK_FLAG_SINGLE_LABEL_SUBDOMAINS);
}
