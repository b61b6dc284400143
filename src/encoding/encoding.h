/* Byte encodings as Node's Buffer defines them: UTF-8, UTF-16LE, Latin-1,
 * ASCII, base64, base64url and hex, between UTF-16 code units (what the
 * engine hands out for a string) and bytes. Stand-alone: no engine, no
 * libuv; unit-tested in test/c/test-encoding.c and fuzzed by
 * test/fuzz/fuzz-encoding.c. */
#ifndef KILN_ENCODING_H
#define KILN_ENCODING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum {
    ENC_UTF8 = 0,
    ENC_UTF16LE = 1,
    ENC_LATIN1 = 2,
    ENC_ASCII = 3,
    ENC_BASE64 = 4,
    ENC_BASE64URL = 5,
    ENC_HEX = 6,
} enc_t;

/* ---- UTF-16 -> bytes ---------------------------------------------------- */

/* Bytes that encode_utf8 writes for the whole input (a lone surrogate
 * becomes EF BF BD, three bytes). */
size_t enc_utf8_length(const uint16_t *in, size_t n);

/* Encodes as many whole characters as fit in cap bytes. *consumed gets the
 * number of code units used. Returns the bytes written. */
size_t enc_utf8_encode(const uint16_t *in, size_t n, uint8_t *out, size_t cap, size_t *consumed);

/* Latin-1 and ASCII keep the low byte of each unit; UTF-16LE writes whole
 * units only. Each returns bytes written, at most cap. */
size_t enc_latin1_encode(const uint16_t *in, size_t n, uint8_t *out, size_t cap);
size_t enc_utf16le_encode(const uint16_t *in, size_t n, uint8_t *out, size_t cap);

/* Decoded size of a base64 or base64url string as Node computes it for
 * Buffer.byteLength: from the length, less trailing '=' padding. */
size_t enc_base64_decoded_length(const uint16_t *in, size_t n);

/* Decodes base64 or base64url (either alphabet is accepted by both, as in
 * Node), skipping whitespace and other characters outside the alphabet,
 * stopping at the first '='. Writes at most cap bytes; returns the count. */
size_t enc_base64_decode(const uint16_t *in, size_t n, uint8_t *out, size_t cap);

/* Decodes hex pairs until the first pair that is not two hex digits.
 * Writes at most cap bytes; returns the count. */
size_t enc_hex_decode(const uint16_t *in, size_t n, uint8_t *out, size_t cap);

/* ---- 8-bit strings -> bytes -------------------------------------------- */

/* The engine keeps a string whose units are all below 256 as one byte per
 * unit (Latin-1). These take that form directly, so it is never widened
 * to UTF-16 first; they behave as their UTF-16 namesakes on the same units.
 * Latin-1 and ASCII output is then a plain copy. */
size_t enc_utf8_length8(const uint8_t *in, size_t n);
size_t enc_utf8_encode8(const uint8_t *in, size_t n, uint8_t *out, size_t cap, size_t *consumed);
size_t enc_utf16le_encode8(const uint8_t *in, size_t n, uint8_t *out, size_t cap);
size_t enc_base64_decoded_length8(const uint8_t *in, size_t n);
size_t enc_base64_decode8(const uint8_t *in, size_t n, uint8_t *out, size_t cap);
size_t enc_hex_decode8(const uint8_t *in, size_t n, uint8_t *out, size_t cap);

/* ---- bytes -> UTF-16 ---------------------------------------------------- */

/* Units that decoding len bytes produces, an upper bound that the decode
 * functions never exceed: for UTF-8 and Latin-1 at most len; UTF-16LE
 * len / 2; base64 4 * ceil(len / 3); hex 2 * len. */
size_t enc_decoded_units_max(enc_t enc, size_t len);

/* Decodes len bytes into out (sized by enc_decoded_units_max); returns the
 * number of units written. UTF-8 replaces ill-formed sequences with U+FFFD
 * (WHATWG), ASCII clears the high bit, UTF-16LE drops an odd last byte,
 * base64url writes no padding. */
size_t enc_decode(enc_t enc, const uint8_t *in, size_t len, uint16_t *out);

/* Base64 (or base64url) text of len bytes into out, which holds
 * enc_decoded_units_max(enc, len) bytes; returns the length. ASCII only,
 * so it can become an 8-bit engine string directly. */
size_t enc_base64_encode(const uint8_t *in, size_t len, char *out, bool url);
size_t enc_hex_encode(const uint8_t *in, size_t len, char *out);

/* ---- checks ------------------------------------------------------------- */

bool enc_is_ascii(const uint8_t *in, size_t len);
bool enc_is_utf8(const uint8_t *in, size_t len);

/* UTF-16 units that a well-formed UTF-8 byte string decodes to; for the
 * check that a string converted by the engine came through whole. */
size_t enc_utf8_units(const uint8_t *in, size_t len);

#endif
