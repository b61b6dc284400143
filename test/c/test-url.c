/* Unit tests of src/url/: the parser, the setters, origin, domain to ASCII
 * and Punycode, with expected values from Node 24 and the WHATWG URL
 * standard; and the out-of-memory paths, through an allocator that fails
 * on the Nth call. The full web-platform-tests data runs in
 * test/parallel/test-url-wpt-*.js. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "url/idna.h"
#include "url/url.h"

static int failures, total;

/* UTF-8 text as UTF-16 units (n returned), for the tests' literals. */
static size_t units_of(const char *s, uint16_t *u) {
    size_t n = 0;
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        uint32_t c = *p++;
        if (c >= 0xF0) {
            c = (c & 7) << 18 | (p[0] & 0x3Fu) << 12 | (p[1] & 0x3Fu) << 6 | (p[2] & 0x3Fu);
            p += 3;
        } else if (c >= 0xE0) {
            c = (c & 15) << 12 | (p[0] & 0x3Fu) << 6 | (p[1] & 0x3Fu);
            p += 2;
        } else if (c >= 0xC0) {
            c = (c & 31) << 6 | (p[0] & 0x3Fu);
            p += 1;
        }
        if (c >= 0x10000) {
            u[n++] = (uint16_t)(0xD800 + ((c - 0x10000) >> 10));
            u[n++] = (uint16_t)(0xDC00 + ((c - 0x10000) & 0x3FF));
        } else {
            u[n++] = (uint16_t)c;
        }
    }
    return n;
}

static int parse(url_t *u, const char *input, const char *base) {
    static uint16_t in[4096];
    url_t b;
    url_init(&b);
    int rc = URL_OK;
    if (base) {
        rc = url_parse(&b, in, units_of(base, in), NULL);
        if (rc != URL_OK) {
            url_free(&b);
            return rc;
        }
    }
    rc = url_parse(u, in, units_of(input, in), base ? &b : NULL);
    url_free(&b);
    return rc;
}

static void check_str(const char *name, const char *got, size_t got_len, const char *want) {
    total++;
    if (strlen(want) != got_len || memcmp(got, want, got_len) != 0) {
        failures++;
        printf("FAIL %s\n  got:  '%.*s'\n  want: '%s'\n", name, (int)got_len, got, want);
    }
}

static void check_int(const char *name, long got, long want) {
    total++;
    if (got != want) {
        failures++;
        printf("FAIL %s\n  got:  %ld\n  want: %ld\n", name, got, want);
    }
}

/* Parses and checks the href; NULL want means failure is expected. */
static void check_parse(const char *input, const char *base, const char *want) {
    url_t u;
    url_init(&u);
    int rc = parse(&u, input, base);
    char name[512];
    snprintf(name, sizeof name, "parse '%s' against '%s'", input, base ? base : "(none)");
    if (!want) {
        check_int(name, rc, URL_FAIL);
    } else if (rc != URL_OK) {
        check_int(name, rc, URL_OK);
    } else {
        check_str(name, u.href, u.href_len, want);
        check_int(name, (long)strlen(u.href), (long)u.href_len);
    }
    url_free(&u);
}

/* The components as the JS getters slice them. */
static void check_components(const char *input, const char *proto, const char *user, const char *pass,
                             const char *host, const char *path, const char *search, const char *hash,
                             long port) {
    url_t u;
    url_init(&u);
    char name[512];
    snprintf(name, sizeof name, "components of '%s'", input);
    if (parse(&u, input, NULL) != URL_OK) {
        check_int(name, URL_FAIL, URL_OK);
        return;
    }
    const char *h = u.href;
    check_str(name, h, u.protocol_end, proto);
    bool has_host = u.flags & URL_HAS_HOST;
    check_str(name, h + u.protocol_end + 2, has_host ? u.username_end - u.protocol_end - 2 : 0, user);
    size_t pl = u.host_start - 1 > u.username_end ? u.host_start - 1 - u.username_end - 1 : 0;
    check_str(name, h + u.username_end + 1, pl, pass);
    check_str(name, h + u.host_start, u.host_end - u.host_start, host);
    uint32_t pe = u.search_start != URL_NONE ? u.search_start : u.hash_start != URL_NONE ? u.hash_start : u.href_len;
    check_str(name, h + u.pathname_start, pe - u.pathname_start, path);
    uint32_t qe = u.hash_start != URL_NONE ? u.hash_start : u.href_len;
    check_str(name, u.search_start == URL_NONE ? "" : h + u.search_start,
              u.search_start == URL_NONE ? 0 : qe - u.search_start, search);
    check_str(name, u.hash_start == URL_NONE ? "" : h + u.hash_start,
              u.hash_start == URL_NONE ? 0 : u.href_len - u.hash_start, hash);
    check_int(name, u.port == URL_NONE ? -1 : (long)u.port, port);
    url_free(&u);
}

static void check_set(const char *href, url_component c, const char *value, const char *want) {
    url_t u;
    url_init(&u);
    uint16_t v[1024];
    char name[512];
    snprintf(name, sizeof name, "set %d of '%s' to '%s'", (int)c, href, value);
    if (parse(&u, href, NULL) != URL_OK) {
        check_int(name, URL_FAIL, URL_OK);
        return;
    }
    url_set(&u, c, v, units_of(value, v));
    check_str(name, u.href, u.href_len, want);
    /* The result parses to itself. */
    url_t again;
    url_init(&again);
    check_int(name, url_parse(&again, v, units_of(u.href, v), NULL), URL_OK);
    check_str(name, again.href, again.href_len, want);
    url_free(&again);
    url_free(&u);
}

static void check_origin(const char *input, const char *want) {
    url_t u;
    url_init(&u);
    parse(&u, input, NULL);
    char *out = malloc(u.href_len + 8);
    long n = url_origin(&u, out);
    check_str(input, out, n < 0 ? 0 : (size_t)n, want);
    free(out);
    url_free(&u);
}

static void check_domain(const char *input, const char *want) {
    uint16_t in[512];
    char *out = NULL;
    size_t len = 0;
    int rc = url_domain_to_ascii(in, units_of(input, in), &out, &len);
    check_str(input, rc == URL_OK ? out : "", rc == URL_OK ? len : 0, want);
    if (rc == URL_OK)
        url_realloc(out, 0);
}

/* The form serialization of name and value (UTF-8 in the test). */
static void check_form(const char *name, const char *value, const char *want) {
    uint16_t in[512];
    size_t nn = units_of(name, in);
    uint32_t lens[2] = {(uint32_t)nn, (uint32_t)units_of(value, in + nn)};
    char *buf = NULL;
    uint32_t cap = 0;
    size_t len = 0;
    int rc = url_form_serialize(in, lens, 2, &buf, &cap, &len);
    check_str(name, rc == URL_OK ? buf : "", rc == URL_OK ? len : 0, want);
    url_realloc(buf, 0);
}

/* The ASCII-only UTS #46 step of the legacy url.parse(). */
static void check_idna(const char *input, const char *want) {
    uint16_t in[512];
    char *out = NULL;
    size_t len = 0;
    int rc = url_idna_to_ascii(in, units_of(input, in), &out, &len);
    check_str(input, rc == URL_OK ? out : "", rc == URL_OK ? len : 0, want);
    if (rc == URL_OK)
        url_realloc(out, 0);
}

static void check_punycode(const char *text, const char *want) {
    uint16_t u16[256];
    uint32_t cps[256];
    size_t n = units_of(text, u16), k = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = u16[i];
        if (c >= 0xD800 && c <= 0xDBFF)
            c = 0x10000 + ((c - 0xD800) << 10) + (u16[++i] - 0xDC00);
        cps[k++] = c;
    }
    char *enc;
    size_t elen;
    check_int("punycode encode rc", idna_punycode_encode(cps, k, &enc, &elen), IDNA_OK);
    check_str(text, enc, elen, want);
    uint32_t *dec;
    size_t dlen;
    check_int("punycode decode rc", idna_punycode_decode(enc, elen, &dec, &dlen), IDNA_OK);
    check_int("punycode round trip", dlen == k && memcmp(dec, cps, k * sizeof *cps) == 0, 1);
    url_realloc(enc, 0);
    url_realloc(dec, 0);
}

/* An allocator that fails on call number fail_at (counting from 1). */
static long alloc_calls, fail_at;
static void *failing_realloc(void *p, size_t n) {
    if (n == 0) {
        free(p);
        return NULL;
    }
    if (++alloc_calls == fail_at)
        return NULL;
    return realloc(p, n);
}

/* Every allocation of a parse that needs IDNA fails in turn: the result
 * is URL_ENOMEM and the URL unchanged, never a crash or a leak. */
static void check_oom(const char *input, const char *base) {
    void *(*saved)(void *, size_t) = url_realloc;
    url_realloc = failing_realloc;
    int saw_nomem = 0;
    for (fail_at = 1; fail_at < 200; fail_at++) {
        alloc_calls = 0;
        url_t u;
        url_init(&u);
        int rc = parse(&u, input, base);
        if (rc == URL_ENOMEM) {
            saw_nomem++;
            total++;
            if (u.href_len != 0) {
                failures++;
                printf("FAIL oom %s at %ld: URL changed\n", input, fail_at);
            }
        }
        url_free(&u);
        if (rc == URL_OK && alloc_calls < fail_at)
            break;
    }
    url_realloc = saved;
    check_int("oom paths reached", saw_nomem > 0, 1);
}

int main(void) {
    /* Parsing, with and without a base. */
    check_parse("https://EXAMPLE.com/a/./b/../c?x#y", NULL, "https://example.com/a/c?x#y");
    check_parse("  \t http://a\n.b/c \r ", NULL, "http://a.b/c");
    check_parse("//x/y", "http://h/p", "http://x/y");
    check_parse("?q", "http://h/p?old#f", "http://h/p?q");
    check_parse("#f", "http://h/p?q", "http://h/p?q#f");
    check_parse("../../../z", "http://h/a/b/c", "http://h/z");
    check_parse("g;x?y#s", "http://a/b/c/d;p?q", "http://a/b/c/g;x?y#s");
    check_parse("http:foo", "http://h/a/", "http://h/a/foo");
    check_parse("x", NULL, NULL);
    check_parse("x", "mailto:a", NULL);
    check_parse("#x", "mailto:a", "mailto:a#x");
    check_parse("http://", NULL, NULL);
    check_parse("http://user@/", NULL, NULL);
    check_parse("http://a:b@c:d@host/", NULL, "http://a:b%40c%3Ad@host/");
    check_parse("http://:@host/", NULL, "http://host/");
    check_parse("http://h:80/", NULL, "http://h/");
    check_parse("http://h:65536/", NULL, NULL);
    check_parse("http://h:8x/", NULL, NULL);
    check_parse("https://h:0443/", NULL, "https://h/");
    check_parse("sc://h/%2e%2E/x/.", NULL, "sc://h/x/");
    check_parse("sc:/..//p", NULL, "sc:/.//p");
    check_parse("sc:a b ?c", NULL, "sc:a b%20?c");
    check_parse("data:text/plain,\xc3\xa9", NULL, "data:text/plain,%C3%A9");
    check_parse("http://h/\xf0\x9f\x98\x80 ?'#`", NULL, "http://h/%F0%9F%98%80%20?%27#%60");
    check_parse("sc://h/?'", NULL, "sc://h/?'");
    /* Hosts: IPv4 forms, IPv6, opaque, forbidden code points, IDNA. */
    check_parse("http://0x7f.1/", NULL, "http://127.0.0.1/");
    check_parse("http://0300.0250.0.1/", NULL, "http://192.168.0.1/");
    check_parse("http://4294967295/", NULL, "http://255.255.255.255/");
    check_parse("http://4294967296/", NULL, NULL);
    check_parse("http://1.2.3.4.5/", NULL, NULL);
    check_parse("http://1.2.3.09/", NULL, NULL);
    check_parse("http://foo.09/", NULL, NULL);
    check_parse("http://[0:0:0:0:0:0:0:1]/", NULL, "http://[::1]/");
    check_parse("http://[1:0:0:2:0:0:0:3]/", NULL, "http://[1:0:0:2::3]/");
    check_parse("http://[::ffff:192.168.0.1]/", NULL, "http://[::ffff:c0a8:1]/");
    check_parse("http://[::1.2.3]/", NULL, NULL);
    check_parse("http://[1::2::3]/", NULL, NULL);
    check_parse("sc://[::1]x/", NULL, NULL);
    check_parse("sc://h%41st/", NULL, "sc://h%41st/");
    check_parse("sc://a<b/", NULL, NULL);
    check_parse("http://a%3Ab/", NULL, NULL);
    check_parse("http://%41.com/", NULL, "http://a.com/");
    check_parse("http://B\xc3\xbc" "cher.de/", NULL, "http://xn--bcher-kva.de/");
    check_parse("http://xn--a/", NULL, NULL);
    check_parse("http://\xef\xbc\xa1.com/", NULL, "http://a.com/");
    /* File URLs: drive letters, hosts, bases. */
    check_parse("file:c:\\foo\\bar.html", "file:///tmp/mock/path", "file:///c:/foo/bar.html");
    check_parse("file://localhost/x", NULL, "file:///x");
    check_parse("file://C|/x", NULL, "file:///C:/x");
    check_parse("/C|/y", "file:///C:/x", "file:///C:/y");
    check_parse("..", "file:///C:/", "file:///C:/");
    check_parse("file:..", "http://h/", "file:///");
    check_parse("//server/share", "file:///C:/x", "file://server/share");

    check_components("https://u:p@h.com:81/a?b#c", "https:", "u", "p", "h.com", "/a", "?b", "#c", 81);
    check_components("sc:/.//p?", "sc:", "", "", "", "//p", "?", "", -1);
    check_components("mailto:x", "mailto:", "", "", "", "x", "", "", -1);
    check_components("http://:pw@h/", "http:", "", "pw", "h", "/", "", "", -1);

    /* Setters, with their state overrides. */
    check_set("http://h/", URL_SET_PROTOCOL, "https", "https://h/");
    check_set("http://h:443/", URL_SET_PROTOCOL, "https:x", "https://h/");
    check_set("http://h/", URL_SET_PROTOCOL, "sc", "http://h/");
    check_set("file:///x", URL_SET_PROTOCOL, "http", "file:///x");
    check_set("http://h/", URL_SET_USERNAME, "a b", "http://a%20b@h/");
    check_set("http://a@h/", URL_SET_PASSWORD, ":@", "http://a:%3A%40@h/");
    check_set("http://a:b@h/", URL_SET_USERNAME, "", "http://:b@h/");
    check_set("http://h/", URL_SET_HOST, "x.y:81", "http://x.y:81/");
    check_set("http://h:81/", URL_SET_HOST, "x:", "http://x:81/");
    check_set("http://h/", URL_SET_HOSTNAME, "x:81", "http://h/");
    check_set("sc://h:1/", URL_SET_HOST, "", "sc://h:1/");
    check_set("sc://h/", URL_SET_HOST, "", "sc:///");
    check_set("file://h/x", URL_SET_HOST, "localhost", "file:///x");
    check_set("http://h/", URL_SET_PORT, "8080stuff", "http://h:8080/");
    check_set("http://h:1/", URL_SET_PORT, "", "http://h/");
    check_set("http://h/", URL_SET_PORT, "99999", "http://h/");
    check_set("http://h/a", URL_SET_PATHNAME, "b/../c d?#", "http://h/c%20d%3F%23");
    check_set("sc:/a", URL_SET_PATHNAME, "", "sc:/");
    check_set("sc:/a", URL_SET_PATHNAME, "//x", "sc:/.//x");
    check_set("mailto:a", URL_SET_PATHNAME, "b", "mailto:a");
    check_set("http://h/?a", URL_SET_SEARCH, "?b c#", "http://h/?b%20c%23");
    check_set("http://h/?a#f", URL_SET_SEARCH, "", "http://h/#f");
    check_set("http://h/", URL_SET_HASH, "#a`b", "http://h/#a%60b");
    check_set("http://h/#x", URL_SET_HASH, "", "http://h/");

    check_origin("https://h.com:81/x", "https://h.com:81");
    check_origin("blob:https://a.b/c", "https://a.b");
    check_origin("blob:ftp://a.b/c", "null");
    check_origin("file:///x", "null");
    check_origin("sc://h/", "null");

    check_domain("espa\xc3\xb1ol.com", "xn--espaol-zwa.com");
    check_domain("1.2.3", "1.2.0.3");
    check_domain("a.com:80", "");
    /* '<' is forbidden, but NFC composes it with U+0338 into U+226E. */
    check_domain("<\xcc\xb8", "xn--gdh");

    /* The form serializer of URLSearchParams. */
    check_form("a b", "c+d", "a+b=c%2Bd");
    check_form("*-._~", "!'()", "*-._%7E=%21%27%28%29");
    check_form("%20", "caf\xc3\xa9", "%2520=caf%C3%A9");
    check_form("", "", "=");

    /* IDNA alone: no IPv4, symbols kept, empty is a failure. */
    check_idna("\xc3\xbc.0x7f.1", "xn--tda.0x7f.1");
    check_idna("\xc3\xbc_x!*.com", "xn--_x!*-zra.com");
    check_idna("a\xe2\x80\x8d" "b.com", "");
    check_idna("", "");
    check_domain("\xe2\x80\x8d", "");
    check_domain("x\xe2\x80\x8cy", "");
    check_domain("\xe0\xa4\x95\xe0\xa5\x8d\xe2\x80\x8d", "xn--11b6iy14e");
    check_domain("\xd7\x90\x31", "xn--1-zhc");
    check_domain("1\xd7\x90", "");
    check_domain("A\xcc\x8a.com", "xn--5ca.com");

    check_punycode("b\xc3\xbc" "cher", "bcher-kva");
    check_punycode("\xe4\xbb\x96\xe4\xbb\xac\xe4\xb8\xba\xe4\xbb\x80\xe4\xb9\x88\xe4\xb8\x8d\xe8\xaf\xb4\xe4\xb8\xad\xe6\x96\x87",
                   "ihqwcrb4cv8a8dqg056pqjye");
    check_punycode("\xf0\x9f\x98\x80", "e28h");

    check_oom("https://B\xc3\xbc" "cher.de/a/b?c#d", "http://base/x");
    check_oom("http://a\tb/\xf0\x9f\x98\x80", NULL);

    printf("%d passed, %d failed\n", total - failures, failures);
    return failures ? 1 : 0;
}
