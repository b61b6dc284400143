/* Domain names between Unicode and ASCII as the WHATWG URL standard wants
 * them: UTS #46 processing with CheckHyphens=false, CheckBidi=true,
 * CheckJoiners=true, UseSTD3ASCIIRules=false, Transitional_Processing=false
 * and VerifyDnsLength=false (the standard's "domain to ASCII" with beStrict
 * false), Punycode (RFC 3492) and NFC. Stand-alone: no engine, no libuv.
 * The Unicode tables are generated into idna_data.h by
 * tools/gen-idna-data.py. */
#ifndef KILN_URL_IDNA_H
#define KILN_URL_IDNA_H

#include <stddef.h>
#include <stdint.h>

enum {
    IDNA_OK = 0,
    IDNA_FAIL = -1,   /* not a valid domain */
    IDNA_ENOMEM = -2, /* the allocator (url_realloc) failed */
};

/* UTS #46 ToASCII of n code points. On IDNA_OK, *out holds *out_len ASCII
 * bytes (lowercase labels, non-ASCII ones as "xn--" Punycode), allocated
 * with url_realloc; the caller frees it with url_realloc(*out, 0). An empty
 * result is IDNA_FAIL, as the URL standard wants. Forbidden domain code
 * points are left for the caller to check. */
int idna_to_ascii(const uint32_t *in, size_t n, char **out, size_t *out_len);

/* UTS #46 ToUnicode: the same processing, with "xn--" labels decoded. On
 * IDNA_OK, *out holds *out_len code points (freed as above); any error
 * recorded on the way is IDNA_FAIL. */
int idna_to_unicode(const uint32_t *in, size_t n, uint32_t **out, size_t *out_len);

/* Punycode of one label (no "xn--"), for the unit tests. */
int idna_punycode_encode(const uint32_t *in, size_t n, char **out, size_t *out_len);
int idna_punycode_decode(const char *in, size_t n, uint32_t **out, size_t *out_len);

#endif
