/* internalBinding('crypto'), shared between its files: crypto.c (random
 * bytes, key derivation, the binding object), crypto_hash.c (Hash, Hmac) and
 * crypto_cipher.c (Cipheriv, Decipheriv), crypto_dh.c (DiffieHellman) and
 * crypto_ecdh.c (ECDH), crypto_keys.c (asymmetric keys, signatures),
 * crypto_x509.c (X509Certificate). */
#ifndef KILN_CRYPTO_H
#define KILN_CRYPTO_H

#include <openssl/evp.h>

#include "bindings.h"
#include "crypto_ssl.h"

/* The digest Node means by name (any case, OpenSSL's aliases and the legacy
 * names such as 'RSA-SHA256'), fetched once and kept for the process; NULL
 * when OpenSSL has none. */
const EVP_MD *crypto_md_get(const char *name);
int crypto_md_index(const char *name);
const EVP_MD *crypto_md_get_at(int index);
const EVP_MD *crypto_md_try_at(int index);
/* A digest argument: an index from binding.mdIndex or a name. NULL for
 * none, with *failed set when converting the name threw (*exc set). */
const EVP_MD *crypto_md_arg(JSContextRef ctx, JSValueRef v, JSValueRef *exc, bool *failed);

/* An ArrayBuffer that takes ownership of bytes (malloc'd; freed by the
 * collector). Returns NULL with *exc set if the engine refused it, in which
 * case bytes were freed. */
JSObjectRef crypto_buffer_take(JSContextRef ctx, uint8_t *bytes, size_t len, JSValueRef *exc);

/* An Error for the oldest queued OpenSSL error (Node's shape: the message
 * "error:1C800064:Provider routines::bad decrypt", with library, reason and
 * code 'ERR_OSSL_BAD_DECRYPT'), or for fallback when the queue is empty.
 * Clears the queue. */
JSObjectRef crypto_ossl_error(JSContextRef ctx, const char *fallback);
JSValueRef crypto_throw_ossl(JSContextRef ctx, JSValueRef *exc, const char *fallback);

/* Lowercase hex of bytes as a JS string. */
JSValueRef crypto_hex(JSContextRef ctx, const uint8_t *p, size_t n);
/* Bytes of a string (as UTF-8, into *tmp, to free with js_cstr_free) or of a
 * typed array; false with *exc set when it is neither or ToString threw.
 * Borrowed bytes are valid until the next call into JS. */
bool crypto_bytes_or_string(JSContextRef ctx, JSValueRef v, js_cstr *tmp, const uint8_t **p, size_t *n,
                            JSValueRef *exc);

/* A DH (OpenSSL's deprecated type, in crypto_dh.c) for an RFC 2409/3526
 * group ('modp1' ... 'modp18'), or NULL. */
struct dh_st *crypto_dh_group(const char *name);

/* KeyHandles (crypto_keys.c) for the other files: crypto_key_new takes
 * ownership of pkey; crypto_key_pkey borrows, NULL when v is no KeyHandle. */
JSObjectRef crypto_key_new(JSContextRef ctx, EVP_PKEY *pkey, bool priv);
EVP_PKEY *crypto_key_pkey(JSContextRef ctx, JSValueRef v, bool *priv);

void crypto_hash_init(JSContextRef ctx, JSObjectRef binding);
void crypto_cipher_init(JSContextRef ctx, JSObjectRef binding);
void crypto_dh_init(JSContextRef ctx, JSObjectRef binding);
void crypto_ecdh_init(JSContextRef ctx, JSObjectRef binding);
void crypto_keys_init(JSContextRef ctx, JSObjectRef binding);
void crypto_spkac_init(JSContextRef ctx, JSObjectRef binding);
void crypto_kmac_prime_init(JSContextRef ctx, JSObjectRef binding);
void crypto_x509_init(JSContextRef ctx, JSObjectRef binding);

#endif
