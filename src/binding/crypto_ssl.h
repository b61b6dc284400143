/* libcrypto, loaded when node:crypto is first used rather than at start-up:
 * its 21,000 relocations cost a process that never uses crypto more than
 * the whole JS bootstrap. The crypto binding's files include this (through
 * crypto.h) after every OpenSSL header; each OpenSSL function they call is
 * then a pointer that crypto_ssl_load() fills with dlsym. A function not
 * listed here is an undefined symbol at link time (kiln does not link
 * libcrypto): add it to the list. */
#ifndef KILN_CRYPTO_SSL_H
#define KILN_CRYPTO_SSL_H

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/decoder.h>
#include <openssl/dh.h>
#include <openssl/ec.h>
#include <openssl/ecdh.h>
#include <openssl/encoder.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/objects.h>
#include <openssl/param_build.h>
#include <openssl/params.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/sha.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#define CRYPTO_SSL_SYMBOLS(X) \
    X(ASN1_INTEGER_to_BN) \
    X(ASN1_STRING_get0_data) \
    X(ASN1_STRING_length) \
    X(ASN1_STRING_to_UTF8) \
    X(ASN1_TIME_print) \
    X(ASN1_TIME_to_tm) \
    X(AUTHORITY_INFO_ACCESS_free) \
    X(BIO_ctrl) \
    X(BIO_free) \
    X(BIO_new) \
    X(BIO_new_mem_buf) \
    X(BIO_printf) \
    X(BIO_s_mem) \
    X(BIO_write) \
    X(BN_CTX_free) \
    X(BN_CTX_new) \
    X(BN_bin2bn) \
    X(BN_bn2bin) \
    X(BN_bn2binpad) \
    X(BN_bn2dec) \
    X(BN_bn2hex) \
    X(BN_check_prime) \
    X(BN_clear_free) \
    X(BN_cmp) \
    X(BN_dup) \
    X(BN_free) \
    X(BN_generate_prime_ex2) \
    X(BN_get_rfc2409_prime_1024) \
    X(BN_get_rfc2409_prime_768) \
    X(BN_get_rfc3526_prime_1536) \
    X(BN_get_rfc3526_prime_2048) \
    X(BN_get_rfc3526_prime_3072) \
    X(BN_get_rfc3526_prime_4096) \
    X(BN_get_rfc3526_prime_6144) \
    X(BN_get_rfc3526_prime_8192) \
    X(BN_is_one) \
    X(BN_is_prime_ex) \
    X(BN_is_zero) \
    X(BN_new) \
    X(BN_num_bits) \
    X(BN_print) \
    X(BN_set_word) \
    X(BN_sub_word) \
    X(CRYPTO_free) \
    X(CRYPTO_memcmp) \
    X(CRYPTO_memdup) \
    X(CRYPTO_secure_malloc_init) \
    X(CRYPTO_secure_malloc_initialized) \
    X(CRYPTO_secure_used) \
    X(DH_check) \
    X(DH_check_pub_key) \
    X(DH_compute_key) \
    X(DH_free) \
    X(DH_generate_key) \
    X(DH_generate_parameters_ex) \
    X(DH_get0_key) \
    X(DH_get0_pqg) \
    X(DH_get0_pub_key) \
    X(DH_new) \
    X(DH_set0_key) \
    X(DH_set0_pqg) \
    X(DH_size) \
    X(ECDH_compute_key) \
    X(ECDSA_SIG_free) \
    X(ECDSA_SIG_get0_r) \
    X(ECDSA_SIG_get0_s) \
    X(ECDSA_SIG_new) \
    X(ECDSA_SIG_set0) \
    X(EC_GROUP_free) \
    X(EC_GROUP_get0_order) \
    X(EC_GROUP_get_degree) \
    X(EC_GROUP_new_by_curve_name) \
    X(EC_GROUP_order_bits) \
    X(EC_KEY_check_key) \
    X(EC_KEY_free) \
    X(EC_KEY_generate_key) \
    X(EC_KEY_get0_group) \
    X(EC_KEY_get0_private_key) \
    X(EC_KEY_get0_public_key) \
    X(EC_KEY_new_by_curve_name) \
    X(EC_KEY_set_private_key) \
    X(EC_KEY_set_public_key) \
    X(EC_POINT_free) \
    X(EC_POINT_mul) \
    X(EC_POINT_new) \
    X(EC_POINT_oct2point) \
    X(EC_POINT_point2oct) \
    X(EC_curve_nid2nist) \
    X(EC_curve_nist2nid) \
    X(EC_get_builtin_curves) \
    X(ERR_clear_error) \
    X(ERR_error_string_n) \
    X(ERR_get_error) \
    X(ERR_lib_error_string) \
    X(ERR_new) \
    X(ERR_peek_error) \
    X(ERR_peek_last_error) \
    X(ERR_reason_error_string) \
    X(ERR_set_debug) \
    X(ERR_set_error) \
    X(EVP_CIPHER_CTX_ctrl) \
    X(EVP_CIPHER_CTX_free) \
    X(EVP_CIPHER_CTX_get_block_size) \
    X(EVP_CIPHER_CTX_new) \
    X(EVP_CIPHER_CTX_set_key_length) \
    X(EVP_CIPHER_CTX_set_padding) \
    X(EVP_CIPHER_do_all_sorted) \
    X(EVP_CIPHER_fetch) \
    X(EVP_CIPHER_free) \
    X(EVP_CIPHER_get0_name) \
    X(EVP_CIPHER_get_block_size) \
    X(EVP_CIPHER_get_flags) \
    X(EVP_CIPHER_get_iv_length) \
    X(EVP_CIPHER_get_key_length) \
    X(EVP_CIPHER_get_mode) \
    X(EVP_CIPHER_get_nid) \
    X(EVP_CipherFinal_ex) \
    X(EVP_CipherInit_ex) \
    X(EVP_CipherUpdate) \
    X(EVP_DigestFinalXOF) \
    X(EVP_DigestFinal_ex) \
    X(EVP_DigestInit_ex) \
    X(EVP_DigestSign) \
    X(EVP_DigestSignInit) \
    X(EVP_DigestUpdate) \
    X(EVP_DigestVerify) \
    X(EVP_DigestVerifyInit) \
    X(EVP_KDF_CTX_free) \
    X(EVP_KDF_CTX_new) \
    X(EVP_KDF_derive) \
    X(EVP_KDF_fetch) \
    X(EVP_KDF_free) \
    X(EVP_MAC_CTX_free) \
    X(EVP_MAC_CTX_new) \
    X(EVP_MAC_CTX_set_params) \
    X(EVP_MAC_fetch) \
    X(EVP_MAC_final) \
    X(EVP_MAC_free) \
    X(EVP_MAC_init) \
    X(EVP_MAC_update) \
    X(EVP_MD_CTX_copy_ex) \
    X(EVP_MD_CTX_free) \
    X(EVP_MD_CTX_get0_md) \
    X(EVP_MD_CTX_new) \
    X(EVP_MD_do_all_sorted) \
    X(EVP_MD_fetch) \
    X(EVP_MD_free) \
    X(EVP_MD_get0_name) \
    X(EVP_MD_get_flags) \
    X(EVP_MD_get_size) \
    X(EVP_MD_get_type) \
    X(EVP_PBE_scrypt) \
    X(EVP_PKEY_CTX_free) \
    X(EVP_PKEY_CTX_new_from_name) \
    X(EVP_PKEY_CTX_new_from_pkey) \
    X(EVP_PKEY_CTX_set0_rsa_oaep_label) \
    X(EVP_PKEY_CTX_set1_rsa_keygen_pubexp) \
    X(EVP_PKEY_CTX_set_dh_pad) \
    X(EVP_PKEY_CTX_set_dh_paramgen_generator) \
    X(EVP_PKEY_CTX_set_dh_paramgen_prime_len) \
    X(EVP_PKEY_CTX_set_dsa_paramgen_bits) \
    X(EVP_PKEY_CTX_set_dsa_paramgen_q_bits) \
    X(EVP_PKEY_CTX_set_kem_op) \
    X(EVP_PKEY_CTX_set_rsa_keygen_bits) \
    X(EVP_PKEY_CTX_set_rsa_oaep_md) \
    X(EVP_PKEY_CTX_set_rsa_padding) \
    X(EVP_PKEY_CTX_set_rsa_pss_keygen_md_name) \
    X(EVP_PKEY_CTX_set_rsa_pss_keygen_mgf1_md_name) \
    X(EVP_PKEY_CTX_set_rsa_pss_keygen_saltlen) \
    X(EVP_PKEY_CTX_set_rsa_pss_saltlen) \
    X(EVP_PKEY_Q_keygen) \
    X(EVP_PKEY_check) \
    X(EVP_PKEY_decapsulate) \
    X(EVP_PKEY_decapsulate_init) \
    X(EVP_PKEY_decrypt) \
    X(EVP_PKEY_decrypt_init) \
    X(EVP_PKEY_derive) \
    X(EVP_PKEY_derive_init) \
    X(EVP_PKEY_derive_set_peer) \
    X(EVP_PKEY_encapsulate) \
    X(EVP_PKEY_encapsulate_init) \
    X(EVP_PKEY_encrypt) \
    X(EVP_PKEY_encrypt_init) \
    X(EVP_PKEY_eq) \
    X(EVP_PKEY_free) \
    X(EVP_PKEY_fromdata) \
    X(EVP_PKEY_fromdata_init) \
    X(EVP_PKEY_generate) \
    X(EVP_PKEY_get_bits) \
    X(EVP_PKEY_get_bn_param) \
    X(EVP_PKEY_get_int_param) \
    X(EVP_PKEY_get_octet_string_param) \
    X(EVP_PKEY_get_raw_private_key) \
    X(EVP_PKEY_get_raw_public_key) \
    X(EVP_PKEY_get_utf8_string_param) \
    X(EVP_PKEY_is_a) \
    X(EVP_PKEY_keygen) \
    X(EVP_PKEY_keygen_init) \
    X(EVP_PKEY_paramgen) \
    X(EVP_PKEY_paramgen_init) \
    X(EVP_PKEY_set_utf8_string_param) \
    X(EVP_PKEY_sign) \
    X(EVP_PKEY_sign_init) \
    X(EVP_PKEY_up_ref) \
    X(EVP_PKEY_verify_recover) \
    X(EVP_PKEY_verify_recover_init) \
    X(EVP_get_cipherbyname) \
    X(EVP_get_digestbyname) \
    X(EXTENDED_KEY_USAGE_free) \
    X(GENERAL_NAMES_free) \
    X(HMAC_CTX_free) \
    X(HMAC_CTX_new) \
    X(HMAC_CTX_reset) \
    X(HMAC_Final) \
    X(HMAC_Init_ex) \
    X(HMAC_Update) \
    X(NETSCAPE_SPKI_b64_decode) \
    X(NETSCAPE_SPKI_free) \
    X(NETSCAPE_SPKI_get_pubkey) \
    X(NETSCAPE_SPKI_verify) \
    X(OBJ_length) \
    X(OBJ_nid2ln) \
    X(OBJ_nid2obj) \
    X(OBJ_nid2sn) \
    X(OBJ_obj2nid) \
    X(OBJ_obj2txt) \
    X(OBJ_sn2nid) \
    X(OBJ_txt2nid) \
    X(OPENSSL_cleanse) \
    X(OPENSSL_init_crypto) \
    X(OPENSSL_sk_num) \
    X(OPENSSL_sk_value) \
    X(OSSL_DECODER_CTX_free) \
    X(OSSL_DECODER_CTX_new_for_pkey) \
    X(OSSL_DECODER_CTX_set_pem_password_cb) \
    X(OSSL_DECODER_from_data) \
    X(OSSL_ENCODER_CTX_free) \
    X(OSSL_ENCODER_CTX_get_num_encoders) \
    X(OSSL_ENCODER_CTX_new_for_pkey) \
    X(OSSL_ENCODER_CTX_set_cipher) \
    X(OSSL_ENCODER_CTX_set_passphrase) \
    X(OSSL_ENCODER_to_data) \
    X(OSSL_PARAM_BLD_free) \
    X(OSSL_PARAM_BLD_new) \
    X(OSSL_PARAM_BLD_push_BN) \
    X(OSSL_PARAM_BLD_to_param) \
    X(OSSL_PARAM_construct_end) \
    X(OSSL_PARAM_construct_octet_string) \
    X(OSSL_PARAM_construct_size_t) \
    X(OSSL_PARAM_construct_utf8_string) \
    X(OSSL_PARAM_free) \
    X(OpenSSL_version) \
    X(PEM_read_bio) \
    X(PEM_read_bio_X509) \
    X(PEM_read_bio_X509_AUX) \
    X(PEM_write_bio_PUBKEY) \
    X(PEM_write_bio_PrivateKey_traditional) \
    X(PEM_write_bio_X509) \
    X(PKCS5_PBKDF2_HMAC) \
    X(RAND_bytes) \
    X(RSA_free) \
    X(SHA1_Final) \
    X(SHA1_Init) \
    X(SHA1_Update) \
    X(SHA224_Final) \
    X(SHA224_Init) \
    X(SHA224_Update) \
    X(SHA256_Final) \
    X(SHA256_Init) \
    X(SHA256_Update) \
    X(SHA384_Final) \
    X(SHA384_Init) \
    X(SHA384_Update) \
    X(SHA512_Final) \
    X(SHA512_Init) \
    X(SHA512_Update) \
    X(X509_ALGOR_get0) \
    X(X509_NAME_ENTRY_get_data) \
    X(X509_NAME_ENTRY_get_object) \
    X(X509_NAME_entry_count) \
    X(X509_NAME_get_entry) \
    X(X509_NAME_print_ex) \
    X(X509_SIG_free) \
    X(X509_check_ca) \
    X(X509_check_email) \
    X(X509_check_host) \
    X(X509_check_ip_asc) \
    X(X509_check_issued) \
    X(X509_check_private_key) \
    X(X509_digest) \
    X(X509_free) \
    X(X509_get0_notAfter) \
    X(X509_get0_notBefore) \
    X(X509_get0_pubkey) \
    X(X509_get0_serialNumber) \
    X(X509_get0_signature) \
    X(X509_get_ext_d2i) \
    X(X509_get_issuer_name) \
    X(X509_get_pubkey) \
    X(X509_get_signature_nid) \
    X(X509_get_subject_name) \
    X(X509_verify) \
    X(d2i_ECDSA_SIG) \
    X(d2i_PUBKEY) \
    X(d2i_RSAPublicKey) \
    X(d2i_X509) \
    X(d2i_X509_SIG) \
    X(i2d_ECDSA_SIG) \
    X(i2d_PUBKEY) \
    X(i2d_X509) \
    X(i2t_ASN1_OBJECT)

/* Some are OpenSSL 3's deprecated functions, which crypto_dh.c and
 * crypto_ecdh.c use as Node does; naming them here is not a new use. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#define CRYPTO_SSL_DECLARE(name) extern __typeof__(&name) crypto_ssl_##name;
CRYPTO_SSL_SYMBOLS(CRYPTO_SSL_DECLARE)
#undef CRYPTO_SSL_DECLARE
#pragma GCC diagnostic pop

/* 0, or -1 with a message in *error (dlerror's) when libcrypto or one of
 * its functions cannot be found. Idempotent; not thread-safe (the binding
 * calls it on the main thread before any use). */
int crypto_ssl_load(const char **error);

#define ASN1_INTEGER_to_BN crypto_ssl_ASN1_INTEGER_to_BN
#define ASN1_STRING_get0_data crypto_ssl_ASN1_STRING_get0_data
#define ASN1_STRING_length crypto_ssl_ASN1_STRING_length
#define ASN1_STRING_to_UTF8 crypto_ssl_ASN1_STRING_to_UTF8
#define ASN1_TIME_print crypto_ssl_ASN1_TIME_print
#define ASN1_TIME_to_tm crypto_ssl_ASN1_TIME_to_tm
#define AUTHORITY_INFO_ACCESS_free crypto_ssl_AUTHORITY_INFO_ACCESS_free
#define BIO_ctrl crypto_ssl_BIO_ctrl
#define BIO_free crypto_ssl_BIO_free
#define BIO_new crypto_ssl_BIO_new
#define BIO_new_mem_buf crypto_ssl_BIO_new_mem_buf
#define BIO_printf crypto_ssl_BIO_printf
#define BIO_s_mem crypto_ssl_BIO_s_mem
#define BIO_write crypto_ssl_BIO_write
#define BN_CTX_free crypto_ssl_BN_CTX_free
#define BN_CTX_new crypto_ssl_BN_CTX_new
#define BN_bin2bn crypto_ssl_BN_bin2bn
#define BN_bn2bin crypto_ssl_BN_bn2bin
#define BN_bn2binpad crypto_ssl_BN_bn2binpad
#define BN_bn2dec crypto_ssl_BN_bn2dec
#define BN_bn2hex crypto_ssl_BN_bn2hex
#define BN_check_prime crypto_ssl_BN_check_prime
#define BN_clear_free crypto_ssl_BN_clear_free
#define BN_cmp crypto_ssl_BN_cmp
#define BN_dup crypto_ssl_BN_dup
#define BN_free crypto_ssl_BN_free
#define BN_generate_prime_ex2 crypto_ssl_BN_generate_prime_ex2
#define BN_get_rfc2409_prime_1024 crypto_ssl_BN_get_rfc2409_prime_1024
#define BN_get_rfc2409_prime_768 crypto_ssl_BN_get_rfc2409_prime_768
#define BN_get_rfc3526_prime_1536 crypto_ssl_BN_get_rfc3526_prime_1536
#define BN_get_rfc3526_prime_2048 crypto_ssl_BN_get_rfc3526_prime_2048
#define BN_get_rfc3526_prime_3072 crypto_ssl_BN_get_rfc3526_prime_3072
#define BN_get_rfc3526_prime_4096 crypto_ssl_BN_get_rfc3526_prime_4096
#define BN_get_rfc3526_prime_6144 crypto_ssl_BN_get_rfc3526_prime_6144
#define BN_get_rfc3526_prime_8192 crypto_ssl_BN_get_rfc3526_prime_8192
#define BN_is_one crypto_ssl_BN_is_one
#define BN_is_prime_ex crypto_ssl_BN_is_prime_ex
#define BN_is_zero crypto_ssl_BN_is_zero
#define BN_new crypto_ssl_BN_new
#define BN_num_bits crypto_ssl_BN_num_bits
#define BN_print crypto_ssl_BN_print
#define BN_set_word crypto_ssl_BN_set_word
#define BN_sub_word crypto_ssl_BN_sub_word
#define CRYPTO_free crypto_ssl_CRYPTO_free
#define CRYPTO_memcmp crypto_ssl_CRYPTO_memcmp
#define CRYPTO_memdup crypto_ssl_CRYPTO_memdup
#define CRYPTO_secure_malloc_init crypto_ssl_CRYPTO_secure_malloc_init
#define CRYPTO_secure_malloc_initialized crypto_ssl_CRYPTO_secure_malloc_initialized
#define CRYPTO_secure_used crypto_ssl_CRYPTO_secure_used
#define DH_check crypto_ssl_DH_check
#define DH_check_pub_key crypto_ssl_DH_check_pub_key
#define DH_compute_key crypto_ssl_DH_compute_key
#define DH_free crypto_ssl_DH_free
#define DH_generate_key crypto_ssl_DH_generate_key
#define DH_generate_parameters_ex crypto_ssl_DH_generate_parameters_ex
#define DH_get0_key crypto_ssl_DH_get0_key
#define DH_get0_pqg crypto_ssl_DH_get0_pqg
#define DH_get0_pub_key crypto_ssl_DH_get0_pub_key
#define DH_new crypto_ssl_DH_new
#define DH_set0_key crypto_ssl_DH_set0_key
#define DH_set0_pqg crypto_ssl_DH_set0_pqg
#define DH_size crypto_ssl_DH_size
#define ECDH_compute_key crypto_ssl_ECDH_compute_key
#define ECDSA_SIG_free crypto_ssl_ECDSA_SIG_free
#define ECDSA_SIG_get0_r crypto_ssl_ECDSA_SIG_get0_r
#define ECDSA_SIG_get0_s crypto_ssl_ECDSA_SIG_get0_s
#define ECDSA_SIG_new crypto_ssl_ECDSA_SIG_new
#define ECDSA_SIG_set0 crypto_ssl_ECDSA_SIG_set0
#define EC_GROUP_free crypto_ssl_EC_GROUP_free
#define EC_GROUP_get0_order crypto_ssl_EC_GROUP_get0_order
#define EC_GROUP_get_degree crypto_ssl_EC_GROUP_get_degree
#define EC_GROUP_new_by_curve_name crypto_ssl_EC_GROUP_new_by_curve_name
#define EC_GROUP_order_bits crypto_ssl_EC_GROUP_order_bits
#define EC_KEY_check_key crypto_ssl_EC_KEY_check_key
#define EC_KEY_free crypto_ssl_EC_KEY_free
#define EC_KEY_generate_key crypto_ssl_EC_KEY_generate_key
#define EC_KEY_get0_group crypto_ssl_EC_KEY_get0_group
#define EC_KEY_get0_private_key crypto_ssl_EC_KEY_get0_private_key
#define EC_KEY_get0_public_key crypto_ssl_EC_KEY_get0_public_key
#define EC_KEY_new_by_curve_name crypto_ssl_EC_KEY_new_by_curve_name
#define EC_KEY_set_private_key crypto_ssl_EC_KEY_set_private_key
#define EC_KEY_set_public_key crypto_ssl_EC_KEY_set_public_key
#define EC_POINT_free crypto_ssl_EC_POINT_free
#define EC_POINT_mul crypto_ssl_EC_POINT_mul
#define EC_POINT_new crypto_ssl_EC_POINT_new
#define EC_POINT_oct2point crypto_ssl_EC_POINT_oct2point
#define EC_POINT_point2oct crypto_ssl_EC_POINT_point2oct
#define EC_curve_nid2nist crypto_ssl_EC_curve_nid2nist
#define EC_curve_nist2nid crypto_ssl_EC_curve_nist2nid
#define EC_get_builtin_curves crypto_ssl_EC_get_builtin_curves
#define ERR_clear_error crypto_ssl_ERR_clear_error
#define ERR_error_string_n crypto_ssl_ERR_error_string_n
#define ERR_get_error crypto_ssl_ERR_get_error
#define ERR_lib_error_string crypto_ssl_ERR_lib_error_string
#define ERR_new crypto_ssl_ERR_new
#define ERR_peek_error crypto_ssl_ERR_peek_error
#define ERR_peek_last_error crypto_ssl_ERR_peek_last_error
#define ERR_reason_error_string crypto_ssl_ERR_reason_error_string
#define ERR_set_debug crypto_ssl_ERR_set_debug
#define ERR_set_error crypto_ssl_ERR_set_error
#define EVP_CIPHER_CTX_ctrl crypto_ssl_EVP_CIPHER_CTX_ctrl
#define EVP_CIPHER_CTX_free crypto_ssl_EVP_CIPHER_CTX_free
#define EVP_CIPHER_CTX_get_block_size crypto_ssl_EVP_CIPHER_CTX_get_block_size
#define EVP_CIPHER_CTX_new crypto_ssl_EVP_CIPHER_CTX_new
#define EVP_CIPHER_CTX_set_key_length crypto_ssl_EVP_CIPHER_CTX_set_key_length
#define EVP_CIPHER_CTX_set_padding crypto_ssl_EVP_CIPHER_CTX_set_padding
#define EVP_CIPHER_do_all_sorted crypto_ssl_EVP_CIPHER_do_all_sorted
#define EVP_CIPHER_fetch crypto_ssl_EVP_CIPHER_fetch
#define EVP_CIPHER_free crypto_ssl_EVP_CIPHER_free
#define EVP_CIPHER_get0_name crypto_ssl_EVP_CIPHER_get0_name
#define EVP_CIPHER_get_block_size crypto_ssl_EVP_CIPHER_get_block_size
#define EVP_CIPHER_get_flags crypto_ssl_EVP_CIPHER_get_flags
#define EVP_CIPHER_get_iv_length crypto_ssl_EVP_CIPHER_get_iv_length
#define EVP_CIPHER_get_key_length crypto_ssl_EVP_CIPHER_get_key_length
#define EVP_CIPHER_get_mode crypto_ssl_EVP_CIPHER_get_mode
#define EVP_CIPHER_get_nid crypto_ssl_EVP_CIPHER_get_nid
#define EVP_CipherFinal_ex crypto_ssl_EVP_CipherFinal_ex
#define EVP_CipherInit_ex crypto_ssl_EVP_CipherInit_ex
#define EVP_CipherUpdate crypto_ssl_EVP_CipherUpdate
#define EVP_DigestFinalXOF crypto_ssl_EVP_DigestFinalXOF
#define EVP_DigestFinal_ex crypto_ssl_EVP_DigestFinal_ex
#define EVP_DigestInit_ex crypto_ssl_EVP_DigestInit_ex
#define EVP_DigestSign crypto_ssl_EVP_DigestSign
#define EVP_DigestSignInit crypto_ssl_EVP_DigestSignInit
#define EVP_DigestUpdate crypto_ssl_EVP_DigestUpdate
#define EVP_DigestVerify crypto_ssl_EVP_DigestVerify
#define EVP_DigestVerifyInit crypto_ssl_EVP_DigestVerifyInit
#define EVP_KDF_CTX_free crypto_ssl_EVP_KDF_CTX_free
#define EVP_KDF_CTX_new crypto_ssl_EVP_KDF_CTX_new
#define EVP_KDF_derive crypto_ssl_EVP_KDF_derive
#define EVP_KDF_fetch crypto_ssl_EVP_KDF_fetch
#define EVP_KDF_free crypto_ssl_EVP_KDF_free
#define EVP_MAC_CTX_free crypto_ssl_EVP_MAC_CTX_free
#define EVP_MAC_CTX_new crypto_ssl_EVP_MAC_CTX_new
#define EVP_MAC_CTX_set_params crypto_ssl_EVP_MAC_CTX_set_params
#define EVP_MAC_fetch crypto_ssl_EVP_MAC_fetch
#define EVP_MAC_final crypto_ssl_EVP_MAC_final
#define EVP_MAC_free crypto_ssl_EVP_MAC_free
#define EVP_MAC_init crypto_ssl_EVP_MAC_init
#define EVP_MAC_update crypto_ssl_EVP_MAC_update
#define EVP_MD_CTX_copy_ex crypto_ssl_EVP_MD_CTX_copy_ex
#define EVP_MD_CTX_free crypto_ssl_EVP_MD_CTX_free
#define EVP_MD_CTX_get0_md crypto_ssl_EVP_MD_CTX_get0_md
#define EVP_MD_CTX_new crypto_ssl_EVP_MD_CTX_new
#define EVP_MD_do_all_sorted crypto_ssl_EVP_MD_do_all_sorted
#define EVP_MD_fetch crypto_ssl_EVP_MD_fetch
#define EVP_MD_free crypto_ssl_EVP_MD_free
#define EVP_MD_get0_name crypto_ssl_EVP_MD_get0_name
#define EVP_MD_get_flags crypto_ssl_EVP_MD_get_flags
#define EVP_MD_get_size crypto_ssl_EVP_MD_get_size
#define EVP_MD_get_type crypto_ssl_EVP_MD_get_type
#define EVP_PBE_scrypt crypto_ssl_EVP_PBE_scrypt
#define EVP_PKEY_CTX_free crypto_ssl_EVP_PKEY_CTX_free
#define EVP_PKEY_CTX_new_from_name crypto_ssl_EVP_PKEY_CTX_new_from_name
#define EVP_PKEY_CTX_new_from_pkey crypto_ssl_EVP_PKEY_CTX_new_from_pkey
#define EVP_PKEY_CTX_set0_rsa_oaep_label crypto_ssl_EVP_PKEY_CTX_set0_rsa_oaep_label
#define EVP_PKEY_CTX_set1_rsa_keygen_pubexp crypto_ssl_EVP_PKEY_CTX_set1_rsa_keygen_pubexp
#define EVP_PKEY_CTX_set_dh_pad crypto_ssl_EVP_PKEY_CTX_set_dh_pad
#define EVP_PKEY_CTX_set_dh_paramgen_generator crypto_ssl_EVP_PKEY_CTX_set_dh_paramgen_generator
#define EVP_PKEY_CTX_set_dh_paramgen_prime_len crypto_ssl_EVP_PKEY_CTX_set_dh_paramgen_prime_len
#define EVP_PKEY_CTX_set_dsa_paramgen_bits crypto_ssl_EVP_PKEY_CTX_set_dsa_paramgen_bits
#define EVP_PKEY_CTX_set_dsa_paramgen_q_bits crypto_ssl_EVP_PKEY_CTX_set_dsa_paramgen_q_bits
#define EVP_PKEY_CTX_set_kem_op crypto_ssl_EVP_PKEY_CTX_set_kem_op
#define EVP_PKEY_CTX_set_rsa_keygen_bits crypto_ssl_EVP_PKEY_CTX_set_rsa_keygen_bits
#define EVP_PKEY_CTX_set_rsa_oaep_md crypto_ssl_EVP_PKEY_CTX_set_rsa_oaep_md
#define EVP_PKEY_CTX_set_rsa_padding crypto_ssl_EVP_PKEY_CTX_set_rsa_padding
#define EVP_PKEY_CTX_set_rsa_pss_keygen_md_name crypto_ssl_EVP_PKEY_CTX_set_rsa_pss_keygen_md_name
#define EVP_PKEY_CTX_set_rsa_pss_keygen_mgf1_md_name crypto_ssl_EVP_PKEY_CTX_set_rsa_pss_keygen_mgf1_md_name
#define EVP_PKEY_CTX_set_rsa_pss_keygen_saltlen crypto_ssl_EVP_PKEY_CTX_set_rsa_pss_keygen_saltlen
#define EVP_PKEY_CTX_set_rsa_pss_saltlen crypto_ssl_EVP_PKEY_CTX_set_rsa_pss_saltlen
#define EVP_PKEY_Q_keygen crypto_ssl_EVP_PKEY_Q_keygen
#define EVP_PKEY_check crypto_ssl_EVP_PKEY_check
#define EVP_PKEY_decapsulate crypto_ssl_EVP_PKEY_decapsulate
#define EVP_PKEY_decapsulate_init crypto_ssl_EVP_PKEY_decapsulate_init
#define EVP_PKEY_decrypt crypto_ssl_EVP_PKEY_decrypt
#define EVP_PKEY_decrypt_init crypto_ssl_EVP_PKEY_decrypt_init
#define EVP_PKEY_derive crypto_ssl_EVP_PKEY_derive
#define EVP_PKEY_derive_init crypto_ssl_EVP_PKEY_derive_init
#define EVP_PKEY_derive_set_peer crypto_ssl_EVP_PKEY_derive_set_peer
#define EVP_PKEY_encapsulate crypto_ssl_EVP_PKEY_encapsulate
#define EVP_PKEY_encapsulate_init crypto_ssl_EVP_PKEY_encapsulate_init
#define EVP_PKEY_encrypt crypto_ssl_EVP_PKEY_encrypt
#define EVP_PKEY_encrypt_init crypto_ssl_EVP_PKEY_encrypt_init
#define EVP_PKEY_eq crypto_ssl_EVP_PKEY_eq
#define EVP_PKEY_free crypto_ssl_EVP_PKEY_free
#define EVP_PKEY_fromdata crypto_ssl_EVP_PKEY_fromdata
#define EVP_PKEY_fromdata_init crypto_ssl_EVP_PKEY_fromdata_init
#define EVP_PKEY_generate crypto_ssl_EVP_PKEY_generate
#define EVP_PKEY_get_bits crypto_ssl_EVP_PKEY_get_bits
#define EVP_PKEY_get_bn_param crypto_ssl_EVP_PKEY_get_bn_param
#define EVP_PKEY_get_int_param crypto_ssl_EVP_PKEY_get_int_param
#define EVP_PKEY_get_octet_string_param crypto_ssl_EVP_PKEY_get_octet_string_param
#define EVP_PKEY_get_raw_private_key crypto_ssl_EVP_PKEY_get_raw_private_key
#define EVP_PKEY_get_raw_public_key crypto_ssl_EVP_PKEY_get_raw_public_key
#define EVP_PKEY_get_utf8_string_param crypto_ssl_EVP_PKEY_get_utf8_string_param
#define EVP_PKEY_is_a crypto_ssl_EVP_PKEY_is_a
#define EVP_PKEY_keygen crypto_ssl_EVP_PKEY_keygen
#define EVP_PKEY_keygen_init crypto_ssl_EVP_PKEY_keygen_init
#define EVP_PKEY_paramgen crypto_ssl_EVP_PKEY_paramgen
#define EVP_PKEY_paramgen_init crypto_ssl_EVP_PKEY_paramgen_init
#define EVP_PKEY_set_utf8_string_param crypto_ssl_EVP_PKEY_set_utf8_string_param
#define EVP_PKEY_sign crypto_ssl_EVP_PKEY_sign
#define EVP_PKEY_sign_init crypto_ssl_EVP_PKEY_sign_init
#define EVP_PKEY_up_ref crypto_ssl_EVP_PKEY_up_ref
#define EVP_PKEY_verify_recover crypto_ssl_EVP_PKEY_verify_recover
#define EVP_PKEY_verify_recover_init crypto_ssl_EVP_PKEY_verify_recover_init
#define EVP_get_cipherbyname crypto_ssl_EVP_get_cipherbyname
#define EVP_get_digestbyname crypto_ssl_EVP_get_digestbyname
#define EXTENDED_KEY_USAGE_free crypto_ssl_EXTENDED_KEY_USAGE_free
#define GENERAL_NAMES_free crypto_ssl_GENERAL_NAMES_free
#define HMAC_CTX_free crypto_ssl_HMAC_CTX_free
#define HMAC_CTX_new crypto_ssl_HMAC_CTX_new
#define HMAC_CTX_reset crypto_ssl_HMAC_CTX_reset
#define HMAC_Final crypto_ssl_HMAC_Final
#define HMAC_Init_ex crypto_ssl_HMAC_Init_ex
#define HMAC_Update crypto_ssl_HMAC_Update
#define NETSCAPE_SPKI_b64_decode crypto_ssl_NETSCAPE_SPKI_b64_decode
#define NETSCAPE_SPKI_free crypto_ssl_NETSCAPE_SPKI_free
#define NETSCAPE_SPKI_get_pubkey crypto_ssl_NETSCAPE_SPKI_get_pubkey
#define NETSCAPE_SPKI_verify crypto_ssl_NETSCAPE_SPKI_verify
#define OBJ_length crypto_ssl_OBJ_length
#define OBJ_nid2ln crypto_ssl_OBJ_nid2ln
#define OBJ_nid2obj crypto_ssl_OBJ_nid2obj
#define OBJ_nid2sn crypto_ssl_OBJ_nid2sn
#define OBJ_obj2nid crypto_ssl_OBJ_obj2nid
#define OBJ_obj2txt crypto_ssl_OBJ_obj2txt
#define OBJ_sn2nid crypto_ssl_OBJ_sn2nid
#define OBJ_txt2nid crypto_ssl_OBJ_txt2nid
#define OPENSSL_cleanse crypto_ssl_OPENSSL_cleanse
#define OPENSSL_init_crypto crypto_ssl_OPENSSL_init_crypto
#define OPENSSL_sk_num crypto_ssl_OPENSSL_sk_num
#define OPENSSL_sk_value crypto_ssl_OPENSSL_sk_value
#define OSSL_DECODER_CTX_free crypto_ssl_OSSL_DECODER_CTX_free
#define OSSL_DECODER_CTX_new_for_pkey crypto_ssl_OSSL_DECODER_CTX_new_for_pkey
#define OSSL_DECODER_CTX_set_pem_password_cb crypto_ssl_OSSL_DECODER_CTX_set_pem_password_cb
#define OSSL_DECODER_from_data crypto_ssl_OSSL_DECODER_from_data
#define OSSL_ENCODER_CTX_free crypto_ssl_OSSL_ENCODER_CTX_free
#define OSSL_ENCODER_CTX_get_num_encoders crypto_ssl_OSSL_ENCODER_CTX_get_num_encoders
#define OSSL_ENCODER_CTX_new_for_pkey crypto_ssl_OSSL_ENCODER_CTX_new_for_pkey
#define OSSL_ENCODER_CTX_set_cipher crypto_ssl_OSSL_ENCODER_CTX_set_cipher
#define OSSL_ENCODER_CTX_set_passphrase crypto_ssl_OSSL_ENCODER_CTX_set_passphrase
#define OSSL_ENCODER_to_data crypto_ssl_OSSL_ENCODER_to_data
#define OSSL_PARAM_BLD_free crypto_ssl_OSSL_PARAM_BLD_free
#define OSSL_PARAM_BLD_new crypto_ssl_OSSL_PARAM_BLD_new
#define OSSL_PARAM_BLD_push_BN crypto_ssl_OSSL_PARAM_BLD_push_BN
#define OSSL_PARAM_BLD_to_param crypto_ssl_OSSL_PARAM_BLD_to_param
#define OSSL_PARAM_construct_end crypto_ssl_OSSL_PARAM_construct_end
#define OSSL_PARAM_construct_octet_string crypto_ssl_OSSL_PARAM_construct_octet_string
#define OSSL_PARAM_construct_size_t crypto_ssl_OSSL_PARAM_construct_size_t
#define OSSL_PARAM_construct_utf8_string crypto_ssl_OSSL_PARAM_construct_utf8_string
#define OSSL_PARAM_free crypto_ssl_OSSL_PARAM_free
#define OpenSSL_version crypto_ssl_OpenSSL_version
#define PEM_read_bio crypto_ssl_PEM_read_bio
#define PEM_read_bio_X509 crypto_ssl_PEM_read_bio_X509
#define PEM_read_bio_X509_AUX crypto_ssl_PEM_read_bio_X509_AUX
#define PEM_write_bio_PUBKEY crypto_ssl_PEM_write_bio_PUBKEY
#define PEM_write_bio_PrivateKey_traditional crypto_ssl_PEM_write_bio_PrivateKey_traditional
#define PEM_write_bio_X509 crypto_ssl_PEM_write_bio_X509
#define PKCS5_PBKDF2_HMAC crypto_ssl_PKCS5_PBKDF2_HMAC
#define RAND_bytes crypto_ssl_RAND_bytes
#define RSA_free crypto_ssl_RSA_free
#define SHA1_Final crypto_ssl_SHA1_Final
#define SHA1_Init crypto_ssl_SHA1_Init
#define SHA1_Update crypto_ssl_SHA1_Update
#define SHA224_Final crypto_ssl_SHA224_Final
#define SHA224_Init crypto_ssl_SHA224_Init
#define SHA224_Update crypto_ssl_SHA224_Update
#define SHA256_Final crypto_ssl_SHA256_Final
#define SHA256_Init crypto_ssl_SHA256_Init
#define SHA256_Update crypto_ssl_SHA256_Update
#define SHA384_Final crypto_ssl_SHA384_Final
#define SHA384_Init crypto_ssl_SHA384_Init
#define SHA384_Update crypto_ssl_SHA384_Update
#define SHA512_Final crypto_ssl_SHA512_Final
#define SHA512_Init crypto_ssl_SHA512_Init
#define SHA512_Update crypto_ssl_SHA512_Update
#define X509_ALGOR_get0 crypto_ssl_X509_ALGOR_get0
#define X509_NAME_ENTRY_get_data crypto_ssl_X509_NAME_ENTRY_get_data
#define X509_NAME_ENTRY_get_object crypto_ssl_X509_NAME_ENTRY_get_object
#define X509_NAME_entry_count crypto_ssl_X509_NAME_entry_count
#define X509_NAME_get_entry crypto_ssl_X509_NAME_get_entry
#define X509_NAME_print_ex crypto_ssl_X509_NAME_print_ex
#define X509_SIG_free crypto_ssl_X509_SIG_free
#define X509_check_ca crypto_ssl_X509_check_ca
#define X509_check_email crypto_ssl_X509_check_email
#define X509_check_host crypto_ssl_X509_check_host
#define X509_check_ip_asc crypto_ssl_X509_check_ip_asc
#define X509_check_issued crypto_ssl_X509_check_issued
#define X509_check_private_key crypto_ssl_X509_check_private_key
#define X509_digest crypto_ssl_X509_digest
#define X509_free crypto_ssl_X509_free
#define X509_get0_notAfter crypto_ssl_X509_get0_notAfter
#define X509_get0_notBefore crypto_ssl_X509_get0_notBefore
#define X509_get0_pubkey crypto_ssl_X509_get0_pubkey
#define X509_get0_serialNumber crypto_ssl_X509_get0_serialNumber
#define X509_get0_signature crypto_ssl_X509_get0_signature
#define X509_get_ext_d2i crypto_ssl_X509_get_ext_d2i
#define X509_get_issuer_name crypto_ssl_X509_get_issuer_name
#define X509_get_pubkey crypto_ssl_X509_get_pubkey
#define X509_get_signature_nid crypto_ssl_X509_get_signature_nid
#define X509_get_subject_name crypto_ssl_X509_get_subject_name
#define X509_verify crypto_ssl_X509_verify
#define d2i_ECDSA_SIG crypto_ssl_d2i_ECDSA_SIG
#define d2i_PUBKEY crypto_ssl_d2i_PUBKEY
#define d2i_RSAPublicKey crypto_ssl_d2i_RSAPublicKey
#define d2i_X509 crypto_ssl_d2i_X509
#define d2i_X509_SIG crypto_ssl_d2i_X509_SIG
#define i2d_ECDSA_SIG crypto_ssl_i2d_ECDSA_SIG
#define i2d_PUBKEY crypto_ssl_i2d_PUBKEY
#define i2d_X509 crypto_ssl_i2d_X509
#define i2t_ASN1_OBJECT crypto_ssl_i2t_ASN1_OBJECT

#endif
