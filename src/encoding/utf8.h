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

/* The number of leading bytes that are ASCII. */
size_t utf8_ascii_prefix(const uint8_t *in, size_t len);

#endif
