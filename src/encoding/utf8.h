/* UTF-8 <-> UTF-16, as the WHATWG Encoding standard defines them.
 * Stand-alone: no engine, no libuv; unit-tested in test/c/test-utf8.c. */
#ifndef KILN_UTF8_H
#define KILN_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decodes len bytes into out, which must hold len units (UTF-8 never takes
 * fewer bytes than the UTF-16 units it decodes to). Each ill-formed
 * subsequence becomes one U+FFFD, the "maximal subpart" rule of the
 * standard, which is what Node's Buffer#toString and TextDecoder do.
 * Returns the number of units written. */
size_t utf8_decode(const uint8_t *in, size_t len, uint16_t *out);

/* Decodes the longest prefix of well-formed UTF-8 whose characters are
 * all below U+0100 (ASCII and the two-byte sequences C2 80 .. C3 BF) into
 * one byte per character. out must hold len bytes. Stops before the first
 * sequence that is anything else; *consumed gets the bytes read. Returns
 * the characters written. Text that is all Latin-1 thus becomes an 8-bit
 * string without going through UTF-16. */
size_t utf8_decode_latin1(const uint8_t *in, size_t len, uint8_t *out, size_t *consumed);

/* The number of leading bytes that are ASCII. */
size_t utf8_ascii_prefix(const uint8_t *in, size_t len);

/* Copies the leading ASCII bytes of in to out (which holds len bytes) in
 * one pass; returns how many. */
size_t utf8_ascii_copy(const uint8_t *in, size_t len, uint8_t *out);

#endif
