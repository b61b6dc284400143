/* The WHATWG URL standard's basic URL parser, its setters and origin.
 * Stand-alone: no engine, no libuv; unit-tested in test/c/test-url.c and
 * fuzzed by test/fuzz/fuzz-url.c.
 *
 * Input is UTF-16 code units (what the engine hands out for a string; a
 * lone surrogate reads as U+FFFD). A parsed URL is its serialization, which
 * is always ASCII, plus the offsets of its components in it, so a getter is
 * a slice of the href and needs no parsing:
 *
 *   https://user:pass@example.com:8080/a/b?q=1#frag
 *         ^ protocol_end  ^username_end
 *                         ^host_start ^host_end, port 8080
 *                                         ^pathname_start
 *                                             ^search_start ^hash_start
 *
 * protocol_end is just past the ':'. With a host, the username starts at
 * protocol_end + 2 (after "//") and ends at username_end; a password, when
 * there is one, runs from username_end + 1 to host_start - 1 (the '@').
 * Without credentials username_end == host_start. Without a host,
 * username_end == host_start == host_end == protocol_end, and
 * pathname_start is protocol_end, or protocol_end + 2 when the path starts
 * with "//" and the href shows it as "/.//". search_start and hash_start
 * point at the '?' and '#', or are URL_NONE. */
#ifndef KILN_URL_H
#define KILN_URL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum {
    URL_OK = 0,
    URL_FAIL = -1,   /* not a valid URL; for a setter: the URL is unchanged */
    URL_ENOMEM = -2, /* the allocator failed; the URL is unchanged */
};

#define URL_NONE 0xFFFFFFFFu

/* flags */
enum {
    URL_HAS_HOST = 1,    /* an authority: "//" follows the scheme */
    URL_OPAQUE_PATH = 2, /* "mailto:x", "data:..." */
    URL_SPECIAL = 4,     /* http, https, ws, wss, ftp, file */
    URL_HOST_SHIFT = 3,  /* (flags >> URL_HOST_SHIFT) & 7 is a url_host_kind */
};

typedef enum {
    URL_HOST_NULL = 0,
    URL_HOST_EMPTY = 1,
    URL_HOST_DOMAIN = 2,
    URL_HOST_IPV4 = 3,
    URL_HOST_IPV6 = 4,
    URL_HOST_OPAQUE = 5,
} url_host_kind;

typedef struct {
    char *href;         /* href_len bytes of ASCII and a NUL */
    uint32_t href_len, href_cap;
    uint32_t protocol_end;
    uint32_t username_end;
    uint32_t host_start;
    uint32_t host_end;
    uint32_t port;      /* URL_NONE when null (or the scheme's default) */
    uint32_t pathname_start;
    uint32_t search_start;
    uint32_t hash_start;
    uint32_t flags;
    /* The input with tabs and newlines removed, when it had any; reused. */
    uint16_t *scratch;
    size_t scratch_cap;
    /* The buffer the next parse writes into; swapped with href on success. */
    char *spare;
    uint32_t spare_cap;
} url_t;

/* The setters, in the order of the WHATWG URL API. */
typedef enum {
    URL_SET_PROTOCOL = 0,
    URL_SET_USERNAME = 1,
    URL_SET_PASSWORD = 2,
    URL_SET_HOST = 3,
    URL_SET_HOSTNAME = 4,
    URL_SET_PORT = 5,
    URL_SET_PATHNAME = 6,
    URL_SET_SEARCH = 7,
    URL_SET_HASH = 8,
} url_component;

/* The allocator every function here uses, with realloc's contract (and
 * n == 0 frees, returning NULL). Tests replace it to fail on the Nth call. */
extern void *(*url_realloc)(void *p, size_t n);

void url_init(url_t *u);
void url_free(url_t *u);

/* Parses n units of input against base (NULL for none; a parsed URL, not
 * u itself). On URL_OK, u holds the result; otherwise u is unchanged. Its
 * buffers are reused, so parsing into the same url_t again allocates only
 * when a longer href needs it. */
int url_parse(url_t *u, const uint16_t *in, size_t n, const url_t *base);

/* Whether url_parse first tries its one-pass parser for the common shape
 * of URL ("https://host/path?query#fragment"), which leaves the rest to
 * the full parser. On by default; the fuzzer turns it off to compare the
 * two. */
extern bool url_fast_path;

/* The setter for component with value: URL_OK when u changed, URL_FAIL
 * when the standard leaves it as it was, URL_ENOMEM. Search and hash take
 * the value as the setters do ("" removes; a leading '?' or '#' is
 * dropped), port takes "" as null. */
int url_set(url_t *u, url_component component, const uint16_t *in, size_t n);

/* The ASCII serialization of u's origin ("null" for an opaque one) into
 * out, which holds at least href_len + 8 bytes; returns its length.
 * Allocates only for a blob: URL, whose origin is that of its path;
 * URL_ENOMEM (negative) then if that fails. */
long url_origin(const url_t *u, char *out);

/* Node's url.domainToASCII: the hostname that setting `hostname` of
 * "ws://x" to the input gives (domain to ASCII with IDNA, IPv4, IPv6).
 * On URL_OK *out holds *out_len bytes, allocated with url_realloc (the
 * caller frees it). */
int url_domain_to_ascii(const uint16_t *in, size_t n, char **out, size_t *out_len);

/* The application/x-www-form-urlencoded serializer (URLSearchParams's
 * toString()): in holds count names and values one after the other,
 * lens[i] units each; out is "name=value&name=value", UTF-8 percent-encoded
 * but for alphanumerics and *-._, a space as '+'. Writes into *buf, of
 * *cap bytes, which it grows with url_realloc (the caller frees it), and
 * returns URL_OK with the length in *out_len, or URL_ENOMEM. */
int url_form_serialize(const uint16_t *in, const uint32_t *lens, size_t count, char **buf, uint32_t *cap,
                       size_t *out_len);

/* UTS #46 ToASCII alone (src/url/idna.h), as the legacy url.parse() uses
 * it for a hostname with non-ASCII in it: no percent-decoding, no IPv4,
 * no forbidden code points. On URL_OK *out holds *out_len bytes, allocated
 * with url_realloc (the caller frees it); an empty result is URL_FAIL. */
int url_idna_to_ascii(const uint16_t *in, size_t n, char **out, size_t *out_len);

/* Node's url.domainToUnicode: the host as domainToASCII makes it, then each
 * "xn--" label decoded. On URL_OK *out holds *out_len UTF-16 units,
 * allocated with url_realloc (the caller frees it). */
int url_domain_to_unicode(const uint16_t *in, size_t n, uint16_t **out, size_t *out_len);

#endif
