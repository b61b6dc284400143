/* libFuzzer target for src/url: any input through the parser (as Latin-1
 * units and as UTF-16), with and without a base, then every setter, the
 * origin and the domain functions. What must hold: a result is ASCII, its
 * offsets are in order and inside the href, and it parses again to itself;
 * a setter's result does too; the one-pass path for the common shape
 * gives what the full parser gives; the form serializer writes ASCII. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "url/url.h"

#define FUZZ_CHECK(c)                                                      \
    do {                                                                   \
        if (!(c))                                                          \
            abort();                                                       \
    } while (0)

static void fuzz_check_url(const url_t *u) {
    FUZZ_CHECK(u->href[u->href_len] == 0);
    for (uint32_t i = 0; i < u->href_len; i++)
        FUZZ_CHECK(u->href[i] > 0 && (uint8_t)u->href[i] < 0x80);
    FUZZ_CHECK(u->protocol_end >= 2 && u->href[u->protocol_end - 1] == ':');
    FUZZ_CHECK(u->protocol_end <= u->username_end && u->username_end <= u->host_start);
    FUZZ_CHECK(u->host_start <= u->host_end && u->host_end <= u->pathname_start);
    FUZZ_CHECK(u->pathname_start <= u->href_len);
    uint32_t end = u->href_len;
    if (u->hash_start != URL_NONE) {
        FUZZ_CHECK(u->hash_start >= u->pathname_start && u->hash_start < end && u->href[u->hash_start] == '#');
        end = u->hash_start;
    }
    if (u->search_start != URL_NONE)
        FUZZ_CHECK(u->search_start >= u->pathname_start && u->search_start < end && u->href[u->search_start] == '?');
    if (u->flags & URL_HAS_HOST)
        FUZZ_CHECK(u->href[u->protocol_end] == '/' && u->href[u->protocol_end + 1] == '/');
    FUZZ_CHECK(u->port == URL_NONE || u->port <= 65535);
}

/* u's href parsed again gives the same href. */
static void fuzz_check_idempotent(const url_t *u) {
    uint16_t *units = malloc((u->href_len + 1) * sizeof *units);
    for (uint32_t i = 0; i < u->href_len; i++)
        units[i] = (uint8_t)u->href[i];
    url_t again;
    url_init(&again);
    FUZZ_CHECK(url_parse(&again, units, u->href_len, NULL) == URL_OK);
    FUZZ_CHECK(again.href_len == u->href_len && memcmp(again.href, u->href, u->href_len) == 0);
    FUZZ_CHECK(again.pathname_start == u->pathname_start && again.host_start == u->host_start &&
               again.search_start == u->search_start && again.hash_start == u->hash_start);
    url_free(&again);
    free(units);
}

/* The one-pass path for already-serialized URLs agrees with the full
 * parser, in result, href, offsets and flags. */
static void fuzz_check_fast_path(const uint16_t *in, size_t n, const url_t *b) {
    url_t slow, fast;
    url_init(&slow);
    url_init(&fast);
    url_fast_path = false;
    int rs = url_parse(&slow, in, n, b);
    url_fast_path = true;
    int rf = url_parse(&fast, in, n, b);
    FUZZ_CHECK(rs == rf);
    if (rs == URL_OK) {
        FUZZ_CHECK(slow.href_len == fast.href_len && memcmp(slow.href, fast.href, slow.href_len) == 0);
        FUZZ_CHECK(slow.protocol_end == fast.protocol_end && slow.username_end == fast.username_end &&
                   slow.host_start == fast.host_start && slow.host_end == fast.host_end &&
                   slow.port == fast.port && slow.pathname_start == fast.pathname_start &&
                   slow.search_start == fast.search_start && slow.hash_start == fast.hash_start &&
                   slow.flags == fast.flags);
    }
    url_free(&slow);
    url_free(&fast);
}

static void fuzz_one(const uint16_t *in, size_t n, const uint16_t *base_in, size_t base_n) {
    url_t base, u;
    url_init(&base);
    url_init(&u);
    const url_t *b = NULL;
    if (base_in && url_parse(&base, base_in, base_n, NULL) == URL_OK) {
        fuzz_check_url(&base);
        b = &base;
    }
    fuzz_check_fast_path(in, n, b);
    if (url_parse(&u, in, n, b) == URL_OK) {
        fuzz_check_url(&u);
        fuzz_check_idempotent(&u);
        char *origin = malloc(u.href_len + 8);
        FUZZ_CHECK(url_origin(&u, origin) >= 4);
        free(origin);
        /* Every setter, with the input as the value, on copies. */
        for (int c = URL_SET_PROTOCOL; c <= URL_SET_HASH; c++) {
            url_t v;
            url_init(&v);
            uint16_t *units = malloc((u.href_len + 1) * sizeof *units);
            for (uint32_t i = 0; i < u.href_len; i++)
                units[i] = (uint8_t)u.href[i];
            FUZZ_CHECK(url_parse(&v, units, u.href_len, NULL) == URL_OK);
            free(units);
            int rc = url_set(&v, (url_component)c, in, n < 64 ? n : 64);
            FUZZ_CHECK(rc == URL_OK || rc == URL_FAIL);
            fuzz_check_url(&v);
            fuzz_check_idempotent(&v);
            url_free(&v);
        }
    }
    char *ascii;
    size_t len;
    if (url_domain_to_ascii(in, n < 256 ? n : 256, &ascii, &len) == URL_OK)
        url_realloc(ascii, 0);
    if (url_idna_to_ascii(in, n < 256 ? n : 256, &ascii, &len) == URL_OK)
        url_realloc(ascii, 0);
    /* The form serializer, the input as a name and a value: ASCII out. */
    uint32_t lens[2] = {(uint32_t)(n / 2), (uint32_t)(n - n / 2)};
    char *form = NULL;
    uint32_t form_cap = 0;
    if (url_form_serialize(in, lens, 2, &form, &form_cap, &len) == URL_OK) {
        for (size_t i = 0; i < len; i++)
            FUZZ_CHECK(form[i] > 0 && (uint8_t)form[i] < 0x80);
    }
    url_realloc(form, 0);
    uint16_t *uni;
    if (url_domain_to_unicode(in, n < 256 ? n : 256, &uni, &len) == URL_OK)
        url_realloc(uni, 0);
    url_free(&u);
    url_free(&base);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len) {
    if (len > 4096)
        return 0;
    /* An optional base before the first 0xFF byte. */
    const uint8_t *sep = memchr(data, 0xFF, len);
    size_t in_off = sep ? (size_t)(sep - data) + 1 : 0;
    size_t base_len = sep ? (size_t)(sep - data) : 0;
    size_t n = len - in_off;
    uint16_t *units = malloc((n + 1) * sizeof *units);
    uint16_t *base_units = malloc((base_len + 1) * sizeof *base_units);
    for (size_t i = 0; i < base_len; i++)
        base_units[i] = data[i];
    /* As Latin-1 units. */
    for (size_t i = 0; i < n; i++)
        units[i] = data[in_off + i];
    fuzz_one(units, n, sep ? base_units : NULL, base_len);
    /* As UTF-16LE: surrogates, and code points past Latin-1 for IDNA. */
    size_t n16 = n / 2;
    memcpy(units, data + in_off, n16 * 2);
    fuzz_one(units, n16, sep ? base_units : NULL, base_len);
    free(units);
    free(base_units);
    return 0;
}
