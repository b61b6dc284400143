#include "url.h"

#include <stdlib.h>
#include <string.h>

#include "idna.h"

static void *url_default_realloc(void *p, size_t n) {
    if (n == 0) {
        free(p);
        return NULL;
    }
    return realloc(p, n);
}

void *(*url_realloc)(void *p, size_t n) = url_default_realloc;

/* The longest href kept: offsets are 32-bit, and JS strings are shorter. */
#define URL_MAX_LEN 0x7FFFFFF0u
#define URL_EOF 0xFFFFFFFFu

/* ---- output buffer --------------------------------------------------------- */

/* A growable byte buffer; `oom` sticks once growing failed (or the length
 * limit was hit), so code appends freely and looks once at the end. */
typedef struct {
    char *p;
    uint32_t len, cap;
    bool oom;
} url_buf;

static void url_buf_grow(url_buf *b, size_t extra) {
    if (b->oom)
        return;
    size_t need = (size_t)b->len + extra + 1;
    if (need <= b->cap)
        return;
    if (need > URL_MAX_LEN) {
        b->oom = true;
        return;
    }
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap *= 2;
    if (cap > URL_MAX_LEN)
        cap = URL_MAX_LEN;
    char *p = url_realloc(b->p, cap);
    if (!p) {
        b->oom = true;
        return;
    }
    b->p = p;
    b->cap = (uint32_t)cap;
}

static inline void url_put(url_buf *b, char c) {
    if (b->len + 2 > b->cap) {
        url_buf_grow(b, 1);
        if (b->oom)
            return;
    }
    b->p[b->len++] = c;
}

static void url_putn(url_buf *b, const char *s, size_t n) {
    if (n == 0)
        return; /* s may be NULL then */
    url_buf_grow(b, n);
    if (b->oom)
        return;
    memcpy(b->p + b->len, s, n);
    b->len += (uint32_t)n;
}

static void url_put_uint(url_buf *b, uint32_t v) {
    char tmp[12];
    int k = 0;
    do {
        tmp[k++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (k)
        url_put(b, tmp[--k]);
}

/* ---- percent-encode sets ------------------------------------------------- */

enum {
    PCT_C0 = 1,
    PCT_FRAGMENT = 2,
    PCT_QUERY = 4,
    PCT_SPECIAL_QUERY = 8,
    PCT_PATH = 16,
    PCT_USERINFO = 32,
    PCT_COMPONENT = 64,
    PCT_FORM = 128,
};

/* Each set holds the ones after it in the standard's chain (fragment and
 * query both start from C0 control), so a code point's byte here has the
 * bit of every set it is in. Non-ASCII is in all of them. The high byte
 * says which characters end a path segment or a query (STOP_*), so that
 * one load tells whether a character is copied as it is. */
#define PCT_ALL 0xFF
enum { STOP_SLASH = 1 << 8, STOP_BACKSLASH = 2 << 8, STOP_QUESTION = 4 << 8, STOP_HASH = 8 << 8 };
#define PCT_FROM_FRAGMENT (PCT_ALL & ~PCT_C0)
#define PCT_FROM_USERINFO (PCT_USERINFO | PCT_COMPONENT | PCT_FORM)
#define PCT_FROM_PATH (PCT_PATH | PCT_FROM_USERINFO)
static const uint16_t url_pct[128] = {
    [0 ... 0x1F] = PCT_ALL,
    [0x7F] = PCT_ALL,
    [' '] = PCT_FROM_FRAGMENT,
    ['"'] = PCT_FROM_FRAGMENT,
    ['<'] = PCT_FROM_FRAGMENT,
    ['>'] = PCT_FROM_FRAGMENT,
    ['#'] = PCT_QUERY | PCT_SPECIAL_QUERY | PCT_FROM_PATH | STOP_HASH,
    ['`'] = PCT_FRAGMENT | PCT_FROM_PATH,
    ['\''] = PCT_SPECIAL_QUERY | PCT_FORM,
    ['?'] = PCT_FROM_PATH | STOP_QUESTION,
    ['^'] = PCT_FROM_PATH,
    ['{'] = PCT_FROM_PATH,
    ['}'] = PCT_FROM_PATH,
    ['/'] = PCT_FROM_USERINFO | STOP_SLASH,
    [':'] = PCT_FROM_USERINFO,
    [';'] = PCT_FROM_USERINFO,
    ['='] = PCT_FROM_USERINFO,
    ['@'] = PCT_FROM_USERINFO,
    ['['] = PCT_FROM_USERINFO,
    ['\\'] = PCT_FROM_USERINFO | STOP_BACKSLASH,
    [']'] = PCT_FROM_USERINFO,
    ['|'] = PCT_FROM_USERINFO,
    ['$'] = PCT_COMPONENT | PCT_FORM,
    ['%'] = PCT_COMPONENT | PCT_FORM,
    ['&'] = PCT_COMPONENT | PCT_FORM,
    ['+'] = PCT_COMPONENT | PCT_FORM,
    [','] = PCT_COMPONENT | PCT_FORM,
    ['!'] = PCT_FORM,
    ['('] = PCT_FORM,
    [')'] = PCT_FORM,
    ['~'] = PCT_FORM,
};

static const char url_hex[] = "0123456789ABCDEF";

static void url_put_pct(url_buf *b, uint8_t byte) {
    url_put(b, '%');
    url_put(b, url_hex[byte >> 4]);
    url_put(b, url_hex[byte & 15]);
}

/* The code point at s[*i] (a lone surrogate is U+FFFD); advances *i. */
static uint32_t url_next_cp(const uint16_t *s, size_t n, size_t *i) {
    uint32_t c = s[(*i)++];
    if (c >= 0xD800 && c <= 0xDFFF) {
        if (c <= 0xDBFF && *i < n && s[*i] >= 0xDC00 && s[*i] <= 0xDFFF)
            return 0x10000 + ((c - 0xD800) << 10) + (s[(*i)++] - 0xDC00);
        return 0xFFFD;
    }
    return c;
}

static int url_utf8(uint32_t c, uint8_t out[4]) {
    if (c < 0x80) {
        out[0] = (uint8_t)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (uint8_t)(0xC0 | c >> 6);
        out[1] = (uint8_t)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (uint8_t)(0xE0 | c >> 12);
        out[1] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (uint8_t)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (uint8_t)(0xF0 | c >> 18);
    out[1] = (uint8_t)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (uint8_t)(0x80 | (c & 0x3F));
    return 4;
}

/* Appends s[p..) UTF-8 percent-encoded with `set`, up to the first
 * character in `stop` (or n), in one pass; returns where it stopped. Room
 * for what is left of the input is kept reserved, so the common case, a
 * character that stays as it is, is a plain store through a pointer held
 * in a register (a store through b->p could change b->len, as far as the
 * compiler knows, so it would reload it every time). */
static size_t url_encode_until(url_buf *b, const uint16_t *s, size_t p, size_t n, uint8_t set,
                               uint16_t stop) {
    uint16_t mask = set | stop;
    url_buf_grow(b, n - p);
    if (b->oom)
        return p;
    size_t i = p;
    for (;;) {
        char *out = b->p + b->len, *start = out;
        while (i < n) {
            uint16_t c = s[i];
            if (c >= 0x80 || (url_pct[c] & mask))
                break;
            *out++ = (char)c;
            i++;
        }
        b->len += (uint32_t)(out - start);
        if (i == n)
            return i;
        uint16_t c = s[i];
        if (c < 0x80 && (url_pct[c] & stop))
            return i;
        /* At most 12 bytes for this character, plus the rest. */
        url_buf_grow(b, 12 + (n - i));
        if (b->oom)
            return i;
        if (c < 0x80) {
            url_put_pct(b, (uint8_t)c);
            i++;
            continue;
        }
        uint8_t u8[4];
        int k = url_utf8(url_next_cp(s, n, &i), u8);
        for (int j = 0; j < k; j++)
            url_put_pct(b, u8[j]);
    }
}

/* Appends units [from, to) of s, UTF-8 percent-encoded with `set`. */
static void url_encode(url_buf *b, const uint16_t *s, size_t from, size_t to, uint8_t set) {
    url_encode_until(b, s, from, to, set, 0);
}

/* ---- schemes ---------------------------------------------------------------- */

enum { SCHEME_OTHER, SCHEME_HTTP, SCHEME_HTTPS, SCHEME_WS, SCHEME_WSS, SCHEME_FTP, SCHEME_FILE };

static int url_scheme_kind(const char *s, size_t n) {
    switch (n) {
    case 2: return memcmp(s, "ws", 2) == 0 ? SCHEME_WS : SCHEME_OTHER;
    case 3:
        if (memcmp(s, "wss", 3) == 0)
            return SCHEME_WSS;
        return memcmp(s, "ftp", 3) == 0 ? SCHEME_FTP : SCHEME_OTHER;
    case 4:
        if (memcmp(s, "http", 4) == 0)
            return SCHEME_HTTP;
        return memcmp(s, "file", 4) == 0 ? SCHEME_FILE : SCHEME_OTHER;
    case 5: return memcmp(s, "https", 5) == 0 ? SCHEME_HTTPS : SCHEME_OTHER;
    default: return SCHEME_OTHER;
    }
}

static uint32_t url_default_port(int kind) {
    switch (kind) {
    case SCHEME_HTTP:
    case SCHEME_WS: return 80;
    case SCHEME_HTTPS:
    case SCHEME_WSS: return 443;
    case SCHEME_FTP: return 21;
    default: return URL_NONE;
    }
}

static int url_kind_of(const url_t *u) {
    return url_scheme_kind(u->href, u->protocol_end - 1);
}

/* ---- character classes --------------------------------------------------- */

static inline bool url_is_alpha(uint32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
static inline bool url_is_digit(uint32_t c) { return c >= '0' && c <= '9'; }
static inline bool url_is_hex(uint32_t c) {
    return url_is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}
static inline int url_hex_val(uint32_t c) {
    return c <= '9' ? (int)(c - '0') : (int)((c | 0x20) - 'a' + 10);
}

/* Forbidden host code points (bit 1); forbidden domain code points add C0
 * controls, '%' and DEL (bit 2). */
static const uint8_t url_forbidden[128] = {
    [0] = 3, [1 ... 8] = 2, ['\t'] = 3, ['\n'] = 3, [0xB ... 0xC] = 2, ['\r'] = 3,
    [0xE ... 0x1F] = 2, [0x7F] = 2, ['%'] = 2, [' '] = 3, ['#'] = 3, ['/'] = 3, [':'] = 3,
    ['<'] = 3, ['>'] = 3, ['?'] = 3, ['@'] = 3, ['['] = 3, ['\\'] = 3, [']'] = 3, ['^'] = 3,
    ['|'] = 3,
};
static inline bool url_forbidden_host(uint32_t c) { return c < 0x80 && (url_forbidden[c] & 1); }
static inline bool url_forbidden_domain(uint32_t c) { return c < 0x80 && (url_forbidden[c] & 2); }

static bool url_is_drive(const uint16_t *s, size_t n) {
    return n >= 2 && url_is_alpha(s[0]) && (s[1] == ':' || s[1] == '|');
}
/* "starts with a Windows drive letter" */
static bool url_starts_drive(const uint16_t *s, size_t n) {
    return url_is_drive(s, n) &&
           (n == 2 || s[2] == '/' || s[2] == '\\' || s[2] == '?' || s[2] == '#');
}
static bool url_is_normalized_drive(const char *s, size_t n) {
    return n == 2 && url_is_alpha((uint8_t)s[0]) && s[1] == ':';
}

/* ---- hosts -------------------------------------------------------------------- */

/* The IPv4 number parser: value (saturated past 2^32) or -1. */
static int64_t url_ipv4_number(const char *s, size_t n) {
    if (n == 0)
        return -1;
    int radix = 10;
    if (n >= 2 && s[0] == '0' && (s[1] | 0x20) == 'x') {
        s += 2;
        n -= 2;
        radix = 16;
    } else if (n >= 2 && s[0] == '0') {
        s++;
        n--;
        radix = 8;
    }
    int64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = (uint8_t)s[i];
        int d;
        if (radix == 16 && url_is_hex(c))
            d = url_hex_val(c);
        else if (url_is_digit(c) && c - '0' < radix)
            d = c - '0';
        else
            return -1;
        v = v * radix + d;
        if (v > 0xFFFFFFFFFFLL)
            v = 0xFFFFFFFFFFLL;
    }
    return v;
}

/* "ends in a number" for an ASCII domain. */
static bool url_ends_in_number(const char *s, size_t n) {
    if (n && s[n - 1] == '.') {
        n--;
        if (n == 0)
            return false;
    }
    size_t start = n;
    while (start > 0 && s[start - 1] != '.')
        start--;
    const char *last = s + start;
    size_t len = n - start;
    if (len == 0 || !url_is_digit((uint8_t)last[0]))
        return false; /* a number starts with a digit, "0x" ones too */
    bool digits = true;
    for (size_t i = 0; i < len && digits; i++)
        digits = url_is_digit((uint8_t)last[i]);
    return digits || url_ipv4_number(last, len) >= 0;
}

/* The IPv4 parser: the address, or -1. */
static int64_t url_ipv4(const char *s, size_t n) {
    int64_t nums[4];
    int count = 0;
    if (n && s[n - 1] == '.')
        n--; /* an empty last part is dropped (if it is not the only one) */
    size_t start = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && s[i] != '.')
            continue;
        if (count == 4)
            return -1;
        int64_t v = url_ipv4_number(s + start, i - start);
        if (v < 0)
            return -1;
        nums[count++] = v;
        start = i + 1;
    }
    for (int i = 0; i < count - 1; i++)
        if (nums[i] > 255)
            return -1;
    if (nums[count - 1] >= ((int64_t)1 << (8 * (5 - count))))
        return -1;
    int64_t ip = nums[count - 1];
    for (int i = 0; i < count - 1; i++)
        ip += nums[i] << (8 * (3 - i));
    return ip;
}

static void url_put_ipv4(url_buf *b, uint32_t ip) {
    for (int i = 3; i >= 0; i--) {
        url_put_uint(b, (ip >> (8 * i)) & 255);
        if (i)
            url_put(b, '.');
    }
}

/* The IPv6 parser on s[0..n) (inside the brackets), serialized with the
 * brackets into b. false for failure. */
static bool url_ipv6(url_buf *b, const uint16_t *s, size_t n) {
    uint16_t a[8] = {0};
    int piece = 0, compress = -1;
    size_t p = 0;
#define C6 (p < n ? (uint32_t)s[p] : URL_EOF)
    if (C6 == ':') {
        if (p + 1 >= n || s[p + 1] != ':')
            return false;
        p += 2;
        compress = ++piece;
    }
    while (C6 != URL_EOF) {
        if (piece == 8)
            return false;
        if (C6 == ':') {
            if (compress >= 0)
                return false;
            p++;
            compress = ++piece;
            continue;
        }
        uint32_t value = 0;
        int length = 0;
        while (length < 4 && url_is_hex(C6)) {
            value = value * 16 + (uint32_t)url_hex_val(C6);
            p++;
            length++;
        }
        if (C6 == '.') {
            if (length == 0)
                return false;
            p -= (size_t)length;
            if (piece > 6)
                return false;
            int seen = 0;
            while (C6 != URL_EOF) {
                int v4 = -1;
                if (seen > 0) {
                    if (C6 == '.' && seen < 4)
                        p++;
                    else
                        return false;
                }
                if (!url_is_digit(C6))
                    return false;
                while (url_is_digit(C6)) {
                    int d = (int)(C6 - '0');
                    if (v4 < 0)
                        v4 = d;
                    else if (v4 == 0)
                        return false;
                    else
                        v4 = v4 * 10 + d;
                    if (v4 > 255)
                        return false;
                    p++;
                }
                a[piece] = (uint16_t)(a[piece] * 0x100 + v4);
                seen++;
                if (seen == 2 || seen == 4)
                    piece++;
            }
            if (seen != 4)
                return false;
            break;
        } else if (C6 == ':') {
            p++;
            if (C6 == URL_EOF)
                return false;
        } else if (C6 != URL_EOF) {
            return false;
        }
        a[piece++] = (uint16_t)value;
    }
#undef C6
    if (compress >= 0) {
        int swaps = piece - compress;
        piece = 7;
        while (piece != 0 && swaps > 0) {
            uint16_t t = a[piece];
            a[piece] = a[compress + swaps - 1];
            a[compress + swaps - 1] = t;
            piece--;
            swaps--;
        }
    } else if (piece != 8) {
        return false;
    }
    /* Serialize: the first longest run of two or more zero pieces is "::". */
    int best = -1, best_len = 1;
    for (int i = 0; i < 8;) {
        if (a[i]) {
            i++;
            continue;
        }
        int j = i;
        while (j < 8 && a[j] == 0)
            j++;
        if (j - i > best_len) {
            best = i;
            best_len = j - i;
        }
        i = j;
    }
    url_put(b, '[');
    bool ignore0 = false;
    for (int i = 0; i < 8; i++) {
        if (ignore0 && a[i] == 0)
            continue;
        ignore0 = false;
        if (i == best) {
            url_putn(b, i == 0 ? "::" : ":", i == 0 ? 2 : 1);
            ignore0 = true;
            continue;
        }
        char tmp[4];
        int k = 0;
        uint16_t v = a[i];
        do {
            tmp[k++] = "0123456789abcdef"[v & 15];
            v >>= 4;
        } while (v);
        while (k)
            url_put(b, tmp[--k]);
        if (i != 7)
            url_put(b, ':');
    }
    url_put(b, ']');
    return true;
}

/* The last few hosts that needed IDNA (non-ASCII, percent-encoded or
 * "xn--" labels), with what url_domain made of them: a program parses many
 * URLs of the same few hosts, and IDNA costs more than all the rest of a
 * parse. Per thread, as runtimes may run on several; no allocation. */
enum { URL_MEMO_SLOTS = 8, URL_MEMO_IN = 64, URL_MEMO_OUT = 128 };
typedef struct {
    uint16_t in[URL_MEMO_IN];
    char out[URL_MEMO_OUT];
    uint8_t in_len, out_len;
    int8_t rc; /* url_host_kind or URL_FAIL; 0: an empty slot */
} url_memo_slot;
static _Thread_local struct {
    url_memo_slot slot[URL_MEMO_SLOTS];
    unsigned next;
} url_memo;

static const url_memo_slot *url_memo_find(const uint16_t *s, size_t n) {
    if (n > URL_MEMO_IN)
        return NULL;
    for (unsigned i = 0; i < URL_MEMO_SLOTS; i++) {
        const url_memo_slot *m = &url_memo.slot[i];
        if (m->rc != 0 && m->in_len == n && memcmp(m->in, s, n * sizeof *s) == 0)
            return m;
    }
    return NULL;
}

static void url_memo_add(const uint16_t *s, size_t n, const char *out, size_t out_len, int rc) {
    if (n > URL_MEMO_IN || out_len > URL_MEMO_OUT || (rc != URL_FAIL && rc <= 0))
        return;
    url_memo_slot *m = &url_memo.slot[url_memo.next++ % URL_MEMO_SLOTS];
    if (n)
        memcpy(m->in, s, n * sizeof *s);
    if (out_len)
        memcpy(m->out, out, out_len);
    m->in_len = (uint8_t)n;
    m->out_len = (uint8_t)out_len;
    m->rc = (int8_t)rc;
}

static int url_domain_idna(url_buf *b, const uint16_t *s, size_t n);
static int url_domain_number(url_buf *b, uint32_t at);

/* Appends the domain to ASCII of the code points (UTF-8 decoded from the
 * percent-decoded input) and returns its kind, or URL_FAIL/URL_ENOMEM. */
static int url_domain(url_buf *b, const uint16_t *s, size_t n) {
    uint32_t at = b->len;
    /* The common case, in one pass: ASCII without '%' and with no label
     * that starts with "xn--" needs no IDNA, only lowercasing. (A
     * forbidden code point fails only such a host: IDNA can compose one
     * away, as '<' and U+0338 make U+226E.) */
    url_buf_grow(b, n);
    if (b->oom)
        return URL_ENOMEM;
    char *out = b->p + b->len;
    bool forbidden = false;
    size_t i = 0;
    for (; i < n; i++) {
        uint16_t c = s[i];
        if (c >= 0x80 || c == '%')
            break;
        forbidden |= url_forbidden[c] & 2;
        if ((c | 0x20) == 'x' && (i == 0 || s[i - 1] == '.') && i + 3 < n && (s[i + 1] | 0x20) == 'n' &&
            s[i + 2] == '-' && s[i + 3] == '-')
            break;
        out[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    if (i == n) {
        if (forbidden)
            return URL_FAIL;
        b->len += (uint32_t)n;
        return url_domain_number(b, at);
    }
    {
        const url_memo_slot *m = url_memo_find(s, n);
        if (m) {
            if (m->rc < 0)
                return m->rc;
            url_putn(b, m->out, m->out_len);
            return b->oom ? URL_ENOMEM : m->rc;
        }
        int rc = url_domain_idna(b, s, n);
        if (rc >= 0 && b->len > at)
            url_memo_add(s, n, b->p + at, b->len - at, rc);
        else if (rc == URL_FAIL)
            url_memo_add(s, n, NULL, 0, rc);
        return rc;
    }
}

/* url_domain past the ASCII case: IDNA. */
static int url_domain_idna(url_buf *b, const uint16_t *s, size_t n) {
    uint32_t at = b->len;
    {
        /* Percent-decode the UTF-8 of the input, then decode that as UTF-8
         * into code points for IDNA. */
        size_t cap = n * 4 + 1;
        uint8_t *bytes = url_realloc(NULL, cap);
        uint32_t *cps = bytes ? url_realloc(NULL, cap * sizeof *cps) : NULL;
        if (!cps) {
            if (bytes)
                url_realloc(bytes, 0);
            return URL_ENOMEM;
        }
        size_t nb = 0;
        for (size_t i = 0; i < n;) {
            uint8_t u8[4];
            int k = url_utf8(url_next_cp(s, n, &i), u8);
            memcpy(bytes + nb, u8, (size_t)k);
            nb += (size_t)k;
        }
        size_t w = 0;
        for (size_t i = 0; i < nb; i++) {
            if (bytes[i] == '%' && i + 2 < nb && url_is_hex(bytes[i + 1]) && url_is_hex(bytes[i + 2])) {
                bytes[w++] = (uint8_t)(url_hex_val(bytes[i + 1]) * 16 + url_hex_val(bytes[i + 2]));
                i += 2;
            } else {
                bytes[w++] = bytes[i];
            }
        }
        nb = w;
        /* UTF-8 decode without BOM (a BOM is not stripped in "without BOM"
         * mode), ill-formed sequences as U+FFFD the WHATWG way. */
        size_t nc = 0;
        for (size_t i = 0; i < nb;) {
            uint8_t c = bytes[i];
            if (c < 0x80) {
                cps[nc++] = c;
                i++;
                continue;
            }
            int need;
            uint32_t cp, lo = 0x80, hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
                cp = c & 0x1F;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                cp = c & 0xF;
                if (c == 0xE0)
                    lo = 0xA0;
                if (c == 0xED)
                    hi = 0x9F;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                cp = c & 7;
                if (c == 0xF0)
                    lo = 0x90;
                if (c == 0xF4)
                    hi = 0x8F;
            } else {
                cps[nc++] = 0xFFFD;
                i++;
                continue;
            }
            i++;
            int got = 0;
            while (got < need && i < nb && bytes[i] >= lo && bytes[i] <= hi) {
                cp = cp << 6 | (bytes[i] & 0x3F);
                lo = 0x80;
                hi = 0xBF;
                i++;
                got++;
            }
            cps[nc++] = got == need ? cp : 0xFFFD;
        }
        url_realloc(bytes, 0);
        char *ascii = NULL;
        size_t alen = 0;
        int rc = idna_to_ascii(cps, nc, &ascii, &alen);
        url_realloc(cps, 0);
        if (rc != IDNA_OK)
            return rc == IDNA_ENOMEM ? URL_ENOMEM : URL_FAIL;
        bool bad = false;
        for (size_t i = 0; i < alen && !bad; i++)
            bad = url_forbidden_domain((uint8_t)ascii[i]);
        if (!bad)
            url_putn(b, ascii, alen);
        url_realloc(ascii, 0);
        if (bad)
            return URL_FAIL;
        if (b->oom)
            return URL_ENOMEM;
    }
    return url_domain_number(b, at);
}

/* The end of the host parser for a domain written at b->p + at: an IPv4
 * address when its last label is a number. */
static int url_domain_number(url_buf *b, uint32_t at) {
    if (url_ends_in_number(b->p + at, b->len - at)) {
        int64_t ip = url_ipv4(b->p + at, b->len - at);
        if (ip < 0)
            return URL_FAIL;
        b->len = at;
        url_put_ipv4(b, (uint32_t)ip);
        return b->oom ? URL_ENOMEM : URL_HOST_IPV4;
    }
    return URL_HOST_DOMAIN;
}

/* The host parser: appends the serialized host of s[0..n) to b and returns
 * its url_host_kind, or URL_FAIL / URL_ENOMEM (b is then cut back). */
static int url_host(url_buf *b, const uint16_t *s, size_t n, bool special) {
    uint32_t at = b->len;
    int rc;
    if (n && s[0] == '[') {
        if (s[n - 1] != ']')
            return URL_FAIL;
        rc = url_ipv6(b, s + 1, n - 2) ? URL_HOST_IPV6 : URL_FAIL;
    } else if (!special) {
        for (size_t i = 0; i < n; i++)
            if (url_forbidden_host(s[i]))
                return URL_FAIL;
        url_encode(b, s, 0, n, PCT_C0);
        rc = n ? URL_HOST_OPAQUE : URL_HOST_EMPTY;
    } else {
        rc = url_domain(b, s, n);
    }
    if (rc >= 0 && b->oom)
        rc = URL_ENOMEM;
    if (rc < 0)
        b->len = at;
    return rc;
}

/* ---- paths ----------------------------------------------------------------- */

/* 1 for a single-dot segment, 2 for a double-dot one, else 0. */
static int url_dots(const char *s, size_t n) {
    if (n == 1 && s[0] == '.')
        return 1;
    if (n == 2 && s[0] == '.' && s[1] == '.')
        return 2;
    if (n == 3 && s[0] == '%' && s[1] == '2' && (s[2] | 0x20) == 'e')
        return 1;
    if (n == 4) {
        if (s[0] == '.' && s[1] == '%' && s[2] == '2' && (s[3] | 0x20) == 'e')
            return 2;
        if (s[0] == '%' && s[1] == '2' && (s[2] | 0x20) == 'e' && s[3] == '.')
            return 2;
    }
    if (n == 6 && s[0] == '%' && s[1] == '2' && (s[2] | 0x20) == 'e' && s[3] == '%' && s[4] == '2' &&
        (s[5] | 0x20) == 'e')
        return 2;
    return 0;
}

/* "Shorten url's path", for the path that starts at ps in b. */
static void url_shorten(url_buf *b, uint32_t ps, bool file) {
    if (b->len == ps)
        return;
    uint32_t i = b->len;
    while (i > ps && b->p[i - 1] != '/')
        i--;
    uint32_t slash = i - 1;
    if (file && slash == ps && url_is_normalized_drive(b->p + ps + 1, b->len - ps - 1))
        return;
    b->len = slash;
}

/* The path state from s[p], appending segments ("/" + segment) to the path
 * that starts at ps in b. Stops at the end, or at '?' or '#' unless
 * override. Returns where it stopped. */
static size_t url_path(url_buf *b, uint32_t ps, const uint16_t *s, size_t p, size_t n, int kind,
                       bool override) {
    bool special = kind != SCHEME_OTHER;
    uint16_t stop = (uint16_t)(STOP_SLASH | (special ? STOP_BACKSLASH : 0) |
                             (override ? 0 : STOP_QUESTION | STOP_HASH));
    for (;;) {
        uint32_t slash = b->len;
        url_put(b, '/');
        uint32_t seg = b->len;
        size_t q = url_encode_until(b, s, p, n, PCT_PATH, stop);
        if (b->oom)
            return q;
        bool more = q < n && (s[q] == '/' || (special && s[q] == '\\'));
        int dots = url_dots(b->p + seg, b->len - seg);
        if (dots) {
            b->len = slash;
            if (dots == 2)
                url_shorten(b, ps, kind == SCHEME_FILE);
            if (!more)
                url_put(b, '/');
        } else if (kind == SCHEME_FILE && slash == ps && b->len - seg == 2 &&
                   url_is_alpha((uint8_t)b->p[seg]) && (b->p[seg + 1] == ':' || b->p[seg + 1] == '|')) {
            b->p[seg + 1] = ':';
        }
        if (!more)
            return q;
        p = q + 1;
    }
}

/* The opaque path state from s[p]: until '?' or '#' (or the end). */
static size_t url_opaque_path(url_buf *b, const uint16_t *s, size_t p, size_t n) {
    size_t q = p;
    while (q < n && s[q] != '?' && s[q] != '#')
        q++;
    /* A space right before '?' or '#' is "%20", so the path cannot end in a
     * space that a later setter would leave dangling. */
    if (q > p && q < n && s[q - 1] == ' ') {
        url_encode(b, s, p, q - 1, PCT_C0);
        url_putn(b, "%20", 3);
    } else {
        url_encode(b, s, p, q, PCT_C0);
    }
    return q;
}

/* ---- the parser -------------------------------------------------------------- */

typedef struct {
    url_buf b;
    const uint16_t *s;
    size_t n;
    const url_t *base;
    int kind, base_kind;
    uint32_t protocol_end, username_end, host_start, host_end, port, pathname_start;
    uint32_t search_start, hash_start, flags;
} url_parser;

enum {
    ST_NO_SCHEME,
    ST_SPECIAL_RELATIVE_OR_AUTHORITY,
    ST_PATH_OR_AUTHORITY,
    ST_RELATIVE,
    ST_RELATIVE_SLASH,
    ST_SPECIAL_AUTHORITY_SLASHES,
    ST_SPECIAL_AUTHORITY_IGNORE_SLASHES,
    ST_AUTHORITY,
    ST_HOST,
    ST_FILE,
    ST_FILE_SLASH,
    ST_FILE_HOST,
    ST_PATH_START,
    ST_PATH,
    ST_OPAQUE_PATH,
    ST_QUERY,
    ST_FRAGMENT,
    ST_DONE,
};

/* Slices of a parsed URL's href. */
static uint32_t url_path_end(const url_t *u) {
    return u->search_start != URL_NONE ? u->search_start
           : u->hash_start != URL_NONE ? u->hash_start
                                       : u->href_len;
}
static uint32_t url_query_end(const url_t *u) {
    return u->hash_start != URL_NONE ? u->hash_start : u->href_len;
}

/* The authority and host of the base, copied: "//", credentials, host,
 * port; or nothing when the base has no host. */
static void url_copy_base_authority(url_parser *P) {
    const url_t *base = P->base;
    uint32_t o = P->b.len;
    if (!(base->flags & URL_HAS_HOST)) {
        P->username_end = P->host_start = P->host_end = o;
        return;
    }
    uint32_t from = base->protocol_end;
    uint32_t to = base->port != URL_NONE ? base->pathname_start : base->host_end;
    url_putn(&P->b, base->href + from, to - from);
    P->username_end = o + (base->username_end - from);
    P->host_start = o + (base->host_start - from);
    P->host_end = o + (base->host_end - from);
    P->port = base->port;
    P->flags = (P->flags & ~(7u << URL_HOST_SHIFT)) | URL_HAS_HOST | (base->flags & (7u << URL_HOST_SHIFT));
}

static void url_copy_base_path(url_parser *P) {
    const url_t *base = P->base;
    P->pathname_start = P->b.len;
    url_putn(&P->b, base->href + base->pathname_start, url_path_end(base) - base->pathname_start);
}

static void url_copy_base_query(url_parser *P) {
    const url_t *base = P->base;
    if (base->search_start == URL_NONE)
        return;
    P->search_start = P->b.len;
    url_putn(&P->b, base->href + base->search_start, url_query_end(base) - base->search_start);
}

/* Starts the authority: "//" and the credential offsets. */
static void url_begin_authority(url_parser *P) {
    url_putn(&P->b, "//", 2);
    P->username_end = P->host_start = P->b.len;
    P->flags |= URL_HAS_HOST;
}

static void url_set_host_kind(url_parser *P, int kind) {
    P->flags = (P->flags & ~(7u << URL_HOST_SHIFT)) | ((uint32_t)kind << URL_HOST_SHIFT);
}

/* Port digits s[p..q): -1 when out of range, -2 when empty. */
static int32_t url_port_value(const uint16_t *s, size_t p, size_t q) {
    if (p == q)
        return -2;
    uint32_t v = 0;
    for (size_t i = p; i < q; i++) {
        v = v * 10 + (s[i] - '0');
        if (v > 65535)
            return -1;
    }
    return (int32_t)v;
}

static bool url_end_of_authority(uint32_t c, bool special) {
    return c == URL_EOF || c == '/' || c == '?' || c == '#' || (special && c == '\\');
}

static int url_run(url_parser *P, int state, size_t p) {
    const uint16_t *s = P->s;
    size_t n = P->n;
    const url_t *base = P->base;
#define C (p < n ? (uint32_t)s[p] : URL_EOF)
#define SPECIAL (P->kind != SCHEME_OTHER)
    for (;;) {
        if (P->b.oom)
            return URL_ENOMEM;
        switch (state) {
        case ST_NO_SCHEME:
            if (!base || ((base->flags & URL_OPAQUE_PATH) && C != '#'))
                return URL_FAIL;
            if ((base->flags & URL_OPAQUE_PATH) && C == '#') {
                url_putn(&P->b, base->href, base->protocol_end);
                P->protocol_end = P->username_end = P->host_start = P->host_end = P->b.len;
                P->kind = P->base_kind;
                P->flags |= URL_OPAQUE_PATH | (SPECIAL ? URL_SPECIAL : 0);
                url_copy_base_path(P);
                url_copy_base_query(P);
                state = ST_FRAGMENT;
                p++;
                break;
            }
            url_putn(&P->b, base->href, base->protocol_end);
            P->protocol_end = P->b.len;
            P->kind = P->base_kind;
            if (SPECIAL)
                P->flags |= URL_SPECIAL;
            state = P->kind == SCHEME_FILE ? ST_FILE : ST_RELATIVE;
            break;
        case ST_SPECIAL_RELATIVE_OR_AUTHORITY:
            if (C == '/' && p + 1 < n && s[p + 1] == '/') {
                state = ST_SPECIAL_AUTHORITY_IGNORE_SLASHES;
                p += 2;
            } else {
                state = ST_RELATIVE;
            }
            break;
        case ST_PATH_OR_AUTHORITY:
            if (C == '/') {
                state = ST_AUTHORITY;
                p++;
            } else {
                state = ST_PATH;
                P->username_end = P->host_start = P->host_end = P->b.len;
                P->pathname_start = P->b.len;
            }
            break;
        case ST_RELATIVE:
            if (C == '/' || (SPECIAL && C == '\\')) {
                state = ST_RELATIVE_SLASH;
                p++;
                break;
            }
            url_copy_base_authority(P);
            if (P->port != URL_NONE) {
                /* copied with the authority */
            }
            url_copy_base_path(P);
            if (C == '?') {
                state = ST_QUERY;
                p++;
            } else if (C == '#') {
                url_copy_base_query(P);
                state = ST_FRAGMENT;
                p++;
            } else if (C != URL_EOF) {
                url_shorten(&P->b, P->pathname_start, P->kind == SCHEME_FILE);
                state = ST_PATH;
            } else {
                url_copy_base_query(P);
                state = ST_DONE;
            }
            break;
        case ST_RELATIVE_SLASH:
            if (SPECIAL && (C == '/' || C == '\\')) {
                state = ST_SPECIAL_AUTHORITY_IGNORE_SLASHES;
                p++;
            } else if (C == '/') {
                state = ST_AUTHORITY;
                p++;
            } else {
                url_copy_base_authority(P);
                P->pathname_start = P->b.len;
                state = ST_PATH;
            }
            break;
        case ST_SPECIAL_AUTHORITY_SLASHES:
            if (C == '/' && p + 1 < n && s[p + 1] == '/')
                p += 2;
            state = ST_SPECIAL_AUTHORITY_IGNORE_SLASHES;
            break;
        case ST_SPECIAL_AUTHORITY_IGNORE_SLASHES:
            while (C == '/' || C == '\\')
                p++;
            state = ST_AUTHORITY;
            break;
        case ST_AUTHORITY: {
            url_begin_authority(P);
            size_t end = p;
            while (!url_end_of_authority(end < n ? s[end] : URL_EOF, SPECIAL))
                end++;
            size_t at = end;
            for (size_t i = end; i > p; i--)
                if (s[i - 1] == '@') {
                    at = i - 1;
                    break;
                }
            if (at != end) {
                if (at + 1 == end)
                    return URL_FAIL;
                size_t colon = at;
                for (size_t i = p; i < at; i++)
                    if (s[i] == ':') {
                        colon = i;
                        break;
                    }
                url_encode(&P->b, s, p, colon, PCT_USERINFO);
                P->username_end = P->b.len;
                if (colon + 1 < at) {
                    url_put(&P->b, ':');
                    url_encode(&P->b, s, colon + 1, at, PCT_USERINFO);
                }
                if (P->b.len > P->username_end || P->username_end > P->host_start)
                    url_put(&P->b, '@');
                P->host_start = P->b.len;
                p = at + 1;
            }
            state = ST_HOST;
            break;
        }
        case ST_HOST: {
            size_t q = p;
            bool brackets = false;
            for (;; q++) {
                uint32_t c = q < n ? s[q] : URL_EOF;
                if (c == ':' && !brackets)
                    break;
                if (url_end_of_authority(c, SPECIAL))
                    break;
                if (c == '[')
                    brackets = true;
                else if (c == ']')
                    brackets = false;
            }
            uint32_t c = q < n ? s[q] : URL_EOF;
            if (q == p && (c == ':' || SPECIAL))
                return URL_FAIL;
            int kind = url_host(&P->b, s + p, q - p, SPECIAL);
            if (kind < 0)
                return kind;
            url_set_host_kind(P, kind);
            P->host_end = P->b.len;
            p = q;
            if (c == ':') {
                size_t r = ++p;
                while (r < n && url_is_digit(s[r]))
                    r++;
                if (!url_end_of_authority(r < n ? s[r] : URL_EOF, SPECIAL))
                    return URL_FAIL;
                int32_t v = url_port_value(s, p, r);
                if (v == -1)
                    return URL_FAIL;
                if (v >= 0 && (uint32_t)v != url_default_port(P->kind)) {
                    P->port = (uint32_t)v;
                    url_put(&P->b, ':');
                    url_put_uint(&P->b, P->port);
                }
                p = r;
            }
            state = ST_PATH_START;
            break;
        }
        case ST_FILE:
            P->kind = SCHEME_FILE;
            P->flags |= URL_SPECIAL;
            url_begin_authority(P);
            P->host_end = P->b.len;
            url_set_host_kind(P, URL_HOST_EMPTY);
            if (C == '/' || C == '\\') {
                state = ST_FILE_SLASH;
                p++;
            } else if (base && P->base_kind == SCHEME_FILE) {
                /* host, path and query of the base */
                P->b.len = P->protocol_end;
                P->flags &= ~(uint32_t)URL_HAS_HOST;
                url_copy_base_authority(P);
                if (!(P->flags & URL_HAS_HOST)) {
                    url_begin_authority(P);
                    P->host_end = P->b.len;
                }
                url_copy_base_path(P);
                if (C == '?') {
                    state = ST_QUERY;
                    p++;
                } else if (C == '#') {
                    url_copy_base_query(P);
                    state = ST_FRAGMENT;
                    p++;
                } else if (C != URL_EOF) {
                    if (!url_starts_drive(s + p, n - p))
                        url_shorten(&P->b, P->pathname_start, true);
                    else
                        P->b.len = P->pathname_start;
                    state = ST_PATH;
                } else {
                    url_copy_base_query(P);
                    state = ST_DONE;
                }
            } else {
                P->pathname_start = P->b.len;
                state = ST_PATH;
            }
            break;
        case ST_FILE_SLASH:
            if (C == '/' || C == '\\') {
                state = ST_FILE_HOST;
                p++;
                break;
            }
            if (base && P->base_kind == SCHEME_FILE) {
                P->b.len = P->protocol_end;
                P->flags &= ~(uint32_t)URL_HAS_HOST;
                url_copy_base_authority(P);
                P->pathname_start = P->b.len;
                if (!url_starts_drive(s + p, n - p)) {
                    /* the base's first segment if it is a drive letter */
                    const char *bp = base->href + base->pathname_start;
                    uint32_t bl = url_path_end(base) - base->pathname_start;
                    if (bl >= 3 && url_is_normalized_drive(bp + 1, 2) && (bl == 3 || bp[3] == '/'))
                        url_putn(&P->b, bp, 3);
                }
            } else {
                P->pathname_start = P->b.len;
            }
            state = ST_PATH;
            break;
        case ST_FILE_HOST: {
            size_t q = p;
            while (q < n && s[q] != '/' && s[q] != '\\' && s[q] != '?' && s[q] != '#')
                q++;
            if (url_is_drive(s + p, q - p) && q - p == 2) {
                P->pathname_start = P->b.len;
                state = ST_PATH;
                break;
            }
            if (q > p) {
                int kind = url_host(&P->b, s + p, q - p, true);
                if (kind < 0)
                    return kind;
                if (P->b.len - P->host_start == 9 && memcmp(P->b.p + P->host_start, "localhost", 9) == 0) {
                    P->b.len = P->host_start;
                    kind = URL_HOST_EMPTY;
                }
                url_set_host_kind(P, kind);
                P->host_end = P->b.len;
            }
            p = q;
            state = ST_PATH_START;
            break;
        }
        case ST_PATH_START:
            P->pathname_start = P->b.len;
            if (SPECIAL) {
                if (C == '/' || C == '\\')
                    p++;
                state = ST_PATH;
            } else if (C == '?') {
                state = ST_QUERY;
                p++;
            } else if (C == '#') {
                state = ST_FRAGMENT;
                p++;
            } else if (C != URL_EOF) {
                if (C == '/')
                    p++;
                state = ST_PATH;
            } else {
                state = ST_DONE;
            }
            break;
        case ST_PATH:
            p = url_path(&P->b, P->pathname_start, s, p, n, P->kind, false);
            if (C == '?') {
                state = ST_QUERY;
                p++;
            } else if (C == '#') {
                state = ST_FRAGMENT;
                p++;
            } else {
                state = ST_DONE;
            }
            break;
        case ST_OPAQUE_PATH:
            P->username_end = P->host_start = P->host_end = P->pathname_start = P->b.len;
            P->flags |= URL_OPAQUE_PATH;
            p = url_opaque_path(&P->b, s, p, n);
            if (C == '?') {
                state = ST_QUERY;
                p++;
            } else if (C == '#') {
                state = ST_FRAGMENT;
                p++;
            } else {
                state = ST_DONE;
            }
            break;
        case ST_QUERY: {
            P->search_start = P->b.len;
            url_put(&P->b, '?');
            p = url_encode_until(&P->b, s, p, n, SPECIAL ? PCT_SPECIAL_QUERY : PCT_QUERY, STOP_HASH);
            if (C == '#') {
                state = ST_FRAGMENT;
                p++;
            } else {
                state = ST_DONE;
            }
            break;
        }
        case ST_FRAGMENT:
            P->hash_start = P->b.len;
            url_put(&P->b, '#');
            url_encode(&P->b, s, p, n, PCT_FRAGMENT);
            state = ST_DONE;
            break;
        case ST_DONE:
            return P->b.oom ? URL_ENOMEM : URL_OK;
        }
    }
#undef C
#undef SPECIAL
}

/* Removes tabs and newlines into u's scratch when there are any. */
static int url_strip_tabs(url_t *u, const uint16_t **s, size_t *n) {
    size_t k = 0;
    for (; k < *n; k++) {
        uint16_t c = (*s)[k];
        if (c <= '\r' && (c == '\t' || c == '\n' || c == '\r'))
            break;
    }
    if (k == *n)
        return URL_OK;
    if (u->scratch_cap < *n) {
        uint16_t *p = url_realloc(u->scratch, *n * sizeof *p);
        if (!p)
            return URL_ENOMEM;
        u->scratch = p;
        u->scratch_cap = *n;
    }
    size_t w = 0;
    for (size_t i = 0; i < *n; i++) {
        uint16_t c = (*s)[i];
        if (c != '\t' && c != '\n' && c != '\r')
            u->scratch[w++] = c;
    }
    *s = u->scratch;
    *n = w;
    return URL_OK;
}

/* Inserts "/." before a path that starts with "//" when there is no host,
 * so that the href does not read as an authority. */
static void url_fix_path_prefix(url_parser *P) {
    if ((P->flags & (URL_HAS_HOST | URL_OPAQUE_PATH)) || P->b.oom)
        return;
    uint32_t ps = P->pathname_start;
    if (P->b.len - ps < 2 || P->b.p[ps] != '/' || P->b.p[ps + 1] != '/')
        return;
    url_buf_grow(&P->b, 2);
    if (P->b.oom)
        return;
    memmove(P->b.p + ps + 2, P->b.p + ps, P->b.len - ps);
    P->b.p[ps] = '/';
    P->b.p[ps + 1] = '.';
    P->b.len += 2;
    P->pathname_start += 2;
    if (P->search_start != URL_NONE)
        P->search_start += 2;
    if (P->hash_start != URL_NONE)
        P->hash_start += 2;
}

/* Moves the parser's result into u; its old href becomes the spare. */
static void url_commit(url_t *u, url_parser *P) {
    P->b.p[P->b.len] = 0;
    char *old = u->href;
    uint32_t old_cap = u->href_cap;
    u->href = P->b.p;
    u->href_cap = P->b.cap;
    u->href_len = P->b.len;
    u->spare = old;
    u->spare_cap = old_cap;
    u->protocol_end = P->protocol_end;
    u->username_end = P->username_end;
    u->host_start = P->host_start;
    u->host_end = P->host_end;
    u->port = P->port;
    u->pathname_start = P->pathname_start;
    u->search_start = P->search_start;
    u->hash_start = P->hash_start;
    u->flags = P->flags | (P->kind != SCHEME_OTHER ? URL_SPECIAL : 0);
}

static void url_parser_init(url_parser *P, url_t *u) {
    memset(P, 0, sizeof *P);
    P->b.p = u->spare;
    P->b.cap = u->spare_cap;
    u->spare = NULL;
    u->spare_cap = 0;
    P->port = P->search_start = P->hash_start = URL_NONE;
}

/* On failure the buffer goes back to being the spare. */
static void url_parser_abandon(url_t *u, url_parser *P) {
    u->spare = P->b.p;
    u->spare_cap = P->b.cap;
}

void url_init(url_t *u) {
    memset(u, 0, sizeof *u);
    u->port = u->search_start = u->hash_start = URL_NONE;
}

void url_free(url_t *u) {
    if (u->href)
        url_realloc(u->href, 0);
    if (u->spare)
        url_realloc(u->spare, 0);
    if (u->scratch)
        url_realloc(u->scratch, 0);
    url_init(u);
}

/* ---- the common shape, in one pass -------------------------------------------------- */

bool url_fast_path = true;

/* Most URLs a program parses have one shape: "scheme://[user[:pass]@]host
 * [:port]/path[?query][#fragment]" with a special scheme other than file,
 * and nothing to trim or strip; most are even in the form the parser
 * serializes them to. This parses that shape in one pass, writing the href
 * as it goes, with the same host parser, path state and percent-encoding
 * as the full parser. Returns URL_OK or URL_ENOMEM as url_parse
 * does, or URL_FAST_NO for anything else (and whatever this is not sure
 * of): the full parser takes that, and gives the same result for what is
 * accepted here (the fuzzer compares the two). */
enum { URL_FAST_NO = 1 };

/* What ends the parts of a special authority: 1 its end ('/', '\\', '?',
 * '#'), 2 the credentials ('@'), 4 the host (':'). */
static const uint8_t url_authority_stop[128] = {
    ['/'] = 1, ['\\'] = 1, ['?'] = 1, ['#'] = 1, ['@'] = 2, [':'] = 4,
};

/* Whether s holds a tab or a newline, which the parser removes. Four
 * units at a time: the word test is true when some unit is below 14 (and
 * maybe for the units after it), which URLs seldom have. */
static bool url_has_tab_or_newline(const uint16_t *s, size_t n) {
    size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        uint64_t x;
        memcpy(&x, s + i, sizeof x);
        if (((x - 0x000E000E000E000Eull) & ~x & 0x8000800080008000ull) == 0)
            continue;
        for (size_t k = i; k < i + 4; k++)
            if (s[k] == '\t' || s[k] == '\n' || s[k] == '\r')
                return true;
    }
    for (; i < n; i++)
        if (s[i] == '\t' || s[i] == '\n' || s[i] == '\r')
            return true;
    return false;
}
static int url_parse_fast(url_t *u, const uint16_t *s, size_t n) {
    if (n < 8 || n > URL_MAX_LEN / 16 || s[n - 1] <= 0x20 || url_has_tab_or_newline(s, n))
        return URL_FAST_NO; /* trimmed, or removed, not encoded */
    size_t p = 0;
    char scheme[6];
    while (p < 6 && url_is_alpha(s[p])) {
        scheme[p] = (char)(s[p] | 0x20);
        p++;
    }
    if (p < 2 || p + 2 >= n || s[p] != ':' || s[p + 1] != '/' || s[p + 2] != '/')
        return URL_FAST_NO;
    int kind = url_scheme_kind(scheme, p);
    if (kind == SCHEME_OTHER || kind == SCHEME_FILE)
        return URL_FAST_NO;
    url_parser P;
    url_parser_init(&P, u);
    url_buf *b = &P.b;
    int rc;
    url_putn(b, scheme, p);
    url_putn(b, "://", 3);
    P.kind = kind;
    P.protocol_end = (uint32_t)p + 1;
    size_t q = p + 3;
    /* credentials: "user@", "user:pass@" or ":pass@" */
    size_t at = q;
    while (at < n && !(s[at] < 0x80 && (url_authority_stop[s[at]] & 3)))
        at++;
    P.username_end = b->len;
    if (at < n && s[at] == '@') {
        size_t colon = at;
        for (size_t i = q; i < at && colon == at; i++)
            if (s[i] == ':')
                colon = i;
        if (at == q || colon + 1 == at)
            goto slow; /* "@" alone, or an empty password, is left out */
        url_encode(b, s, q, colon, PCT_USERINFO);
        P.username_end = b->len;
        if (colon < at) {
            url_put(b, ':');
            url_encode(b, s, colon + 1, at, PCT_USERINFO);
        }
        url_put(b, '@');
        q = at + 1;
    }
    P.host_start = b->len;
    size_t h = q;
    if (h < n && s[h] == '[') {
        while (h < n && s[h] != ']')
            h++;
        if (h == n)
            goto slow;
        h++;
    }
    while (h < n && !(s[h] < 0x80 && (url_authority_stop[s[h]] & 5)))
        h++;
    if (h == q)
        goto slow;
    int host_kind = url_host(b, s + q, h - q, true);
    if (host_kind < 0) {
        rc = host_kind == URL_ENOMEM ? URL_ENOMEM : URL_FAST_NO;
        goto out;
    }
    P.host_end = b->len;
    size_t r = h;
    if (r < n && s[r] == ':') {
        size_t d = ++r;
        uint32_t v = 0;
        while (r < n && url_is_digit(s[r]) && v <= 65535) {
            v = v * 10 + (s[r] - '0');
            r++;
        }
        if (v > 65535)
            goto slow;
        if (r > d && v != url_default_port(kind)) {
            P.port = v;
            url_put(b, ':');
            url_put_uint(b, v);
        }
    }
    if (r < n && s[r] != '/' && s[r] != '\\' && s[r] != '?' && s[r] != '#')
        goto slow; /* not the end of the authority: the full parser fails it */
    /* The path state, as the full parser runs it. */
    P.pathname_start = b->len;
    if (r < n && (s[r] == '/' || s[r] == '\\'))
        r++;
    r = url_path(b, P.pathname_start, s, r, n, kind, false);
    if (r < n && s[r] == '?') {
        P.search_start = b->len;
        url_put(b, '?');
        r = url_encode_until(b, s, r + 1, n, PCT_SPECIAL_QUERY, STOP_HASH);
    }
    if (r < n) {
        P.hash_start = b->len;
        url_put(b, '#');
        url_encode(b, s, r + 1, n, PCT_FRAGMENT);
    }
    if (b->oom) {
        rc = URL_ENOMEM;
        goto out;
    }
    P.flags = URL_HAS_HOST | URL_SPECIAL | ((uint32_t)host_kind << URL_HOST_SHIFT);
    url_commit(u, &P);
    return URL_OK;
slow:
    rc = URL_FAST_NO;
out:
    url_parser_abandon(u, &P);
    return rc;
}

int url_parse(url_t *u, const uint16_t *in, size_t n, const url_t *base) {
    if (url_fast_path) {
        int rc = url_parse_fast(u, in, n);
        if (rc != URL_FAST_NO)
            return rc;
    }
    size_t a = 0;
    while (a < n && in[a] <= 0x20)
        a++;
    while (n > a && in[n - 1] <= 0x20)
        n--;
    const uint16_t *s = in + a;
    n -= a;
    int rc = url_strip_tabs(u, &s, &n);
    if (rc != URL_OK)
        return rc;
    url_parser P;
    url_parser_init(&P, u);
    P.s = s;
    P.n = n;
    P.base = base;
    P.base_kind = base ? url_kind_of(base) : SCHEME_OTHER;

    /* scheme start and scheme states */
    size_t p = 0;
    int state = ST_NO_SCHEME;
    if (n && url_is_alpha(s[0])) {
        size_t q = 1;
        while (q < n && (url_is_alpha(s[q]) || url_is_digit(s[q]) || s[q] == '+' || s[q] == '-' || s[q] == '.'))
            q++;
        if (q < n && s[q] == ':') {
            url_buf_grow(&P.b, q + 1);
            if (P.b.oom) {
                url_parser_abandon(u, &P);
                return URL_ENOMEM;
            }
            for (size_t i = 0; i < q; i++)
                P.b.p[i] = (char)(s[i] | 0x20);
            P.b.p[q] = ':';
            P.b.len = (uint32_t)q + 1;
            P.protocol_end = P.b.len;
            P.kind = url_scheme_kind(P.b.p, q);
            p = q + 1;
            if (P.kind == SCHEME_FILE) {
                state = ST_FILE;
            } else if (P.kind != SCHEME_OTHER && base && P.base_kind == P.kind) {
                state = ST_SPECIAL_RELATIVE_OR_AUTHORITY;
            } else if (P.kind != SCHEME_OTHER) {
                state = ST_SPECIAL_AUTHORITY_SLASHES;
            } else if (p < n && s[p] == '/') {
                state = ST_PATH_OR_AUTHORITY;
                p++;
            } else {
                state = ST_OPAQUE_PATH;
            }
        }
    }
    rc = url_run(&P, state, p);
    if (rc == URL_OK) {
        url_fix_path_prefix(&P);
        if (P.b.oom)
            rc = URL_ENOMEM;
    }
    if (rc != URL_OK) {
        url_parser_abandon(u, &P);
        return rc;
    }
    url_commit(u, &P);
    return URL_OK;
}

/* ---- setters ------------------------------------------------------------------ */

/* A URL as its components, each a slice (of the old href or of a scratch
 * buffer), for the setters to replace one and serialize again. */
typedef struct {
    const char *scheme;
    size_t scheme_len; /* without ':' */
    bool has_host;
    const char *user, *pass, *host;
    size_t user_len, pass_len, host_len;
    int host_kind;
    uint32_t port;
    const char *path;
    size_t path_len;
    bool opaque;
    const char *query, *frag; /* without '?' / '#'; NULL when null */
    size_t query_len, frag_len;
} url_parts;

static void url_split(const url_t *u, url_parts *r) {
    const char *h = u->href;
    memset(r, 0, sizeof *r);
    r->scheme = h;
    r->scheme_len = u->protocol_end - 1;
    r->has_host = u->flags & URL_HAS_HOST;
    r->host_kind = (u->flags >> URL_HOST_SHIFT) & 7;
    if (r->has_host) {
        r->user = h + u->protocol_end + 2;
        r->user_len = u->username_end - (u->protocol_end + 2);
        if (u->host_start > u->username_end + 1) {
            r->pass = h + u->username_end + 1;
            r->pass_len = u->host_start - 1 - (u->username_end + 1);
        }
        r->host = h + u->host_start;
        r->host_len = u->host_end - u->host_start;
    }
    r->port = u->port;
    r->path = h + u->pathname_start;
    r->path_len = url_path_end(u) - u->pathname_start;
    r->opaque = u->flags & URL_OPAQUE_PATH;
    if (u->search_start != URL_NONE) {
        r->query = h + u->search_start + 1;
        r->query_len = url_query_end(u) - u->search_start - 1;
    }
    if (u->hash_start != URL_NONE) {
        r->frag = h + u->hash_start + 1;
        r->frag_len = u->href_len - u->hash_start - 1;
    }
}

/* Serializes r into u (through its spare buffer). */
static int url_join(url_t *u, const url_parts *r) {
    url_parser P;
    url_parser_init(&P, u);
    url_buf *b = &P.b;
    url_putn(b, r->scheme, r->scheme_len);
    url_put(b, ':');
    P.protocol_end = b->len;
    P.kind = url_scheme_kind(r->scheme, r->scheme_len);
    if (r->has_host) {
        url_putn(b, "//", 2);
        url_putn(b, r->user, r->user_len);
        P.username_end = b->len;
        if (r->pass_len) {
            url_put(b, ':');
            url_putn(b, r->pass, r->pass_len);
        }
        if (r->user_len || r->pass_len)
            url_put(b, '@');
        P.host_start = b->len;
        url_putn(b, r->host, r->host_len);
        P.host_end = b->len;
        P.flags |= URL_HAS_HOST | (uint32_t)r->host_kind << URL_HOST_SHIFT;
        if (r->port != URL_NONE) {
            url_put(b, ':');
            url_put_uint(b, r->port);
            P.port = r->port;
        }
    } else {
        P.username_end = P.host_start = P.host_end = b->len;
    }
    P.pathname_start = b->len;
    url_putn(b, r->path, r->path_len);
    if (r->opaque)
        P.flags |= URL_OPAQUE_PATH;
    if (r->query) {
        P.search_start = b->len;
        url_put(b, '?');
        url_putn(b, r->query, r->query_len);
    }
    if (r->frag) {
        P.hash_start = b->len;
        url_put(b, '#');
        url_putn(b, r->frag, r->frag_len);
    }
    url_fix_path_prefix(&P);
    if (b->oom) {
        url_parser_abandon(u, &P);
        return URL_ENOMEM;
    }
    url_commit(u, &P);
    return URL_OK;
}

/* Tabs and newlines out of a setter's value, into a fresh buffer (freed by
 * the caller through *owned). */
static int url_setter_input(const uint16_t **s, size_t *n, uint16_t **owned) {
    *owned = NULL;
    size_t k = 0;
    for (; k < *n; k++) {
        uint16_t c = (*s)[k];
        if (c <= '\r' && (c == '\t' || c == '\n' || c == '\r'))
            break;
    }
    if (k == *n)
        return URL_OK;
    uint16_t *p = url_realloc(NULL, *n * sizeof *p);
    if (!p)
        return URL_ENOMEM;
    size_t w = 0;
    for (size_t i = 0; i < *n; i++) {
        uint16_t c = (*s)[i];
        if (c != '\t' && c != '\n' && c != '\r')
            p[w++] = c;
    }
    *owned = p;
    *s = p;
    *n = w;
    return URL_OK;
}

/* "cannot have a username/password/port" */
static bool url_no_credentials(const url_t *u) {
    int hk = (u->flags >> URL_HOST_SHIFT) & 7;
    return !(u->flags & URL_HAS_HOST) || hk == URL_HOST_EMPTY || url_kind_of(u) == SCHEME_FILE;
}

static int url_set_protocol(url_t *u, const uint16_t *s, size_t n) {
    if (n == 0 || !url_is_alpha(s[0]))
        return URL_FAIL;
    size_t q = 1;
    while (q < n && (url_is_alpha(s[q]) || url_is_digit(s[q]) || s[q] == '+' || s[q] == '-' || s[q] == '.'))
        q++;
    if (q < n && s[q] != ':')
        return URL_FAIL;
    char small[16];
    char *scheme = q <= sizeof small ? small : url_realloc(NULL, q);
    if (!scheme)
        return URL_ENOMEM;
    for (size_t i = 0; i < q; i++)
        scheme[i] = (char)(s[i] | 0x20);
    int kind = url_scheme_kind(scheme, q), old = url_kind_of(u);
    int rc = URL_FAIL;
    if ((old != SCHEME_OTHER) != (kind != SCHEME_OTHER))
        goto out;
    url_parts r;
    url_split(u, &r);
    if (kind == SCHEME_FILE && (r.user_len || r.pass_len || r.port != URL_NONE))
        goto out;
    if (old == SCHEME_FILE && r.host_kind == URL_HOST_EMPTY)
        goto out;
    r.scheme = scheme;
    r.scheme_len = q;
    if (r.port == url_default_port(kind))
        r.port = URL_NONE;
    rc = url_join(u, &r);
out:
    if (scheme != small)
        url_realloc(scheme, 0);
    return rc;
}

static int url_set_userinfo(url_t *u, bool user, const uint16_t *s, size_t n) {
    if (url_no_credentials(u))
        return URL_FAIL;
    url_buf v = {0};
    url_encode(&v, s, 0, n, PCT_USERINFO);
    if (v.oom) {
        if (v.p)
            url_realloc(v.p, 0);
        return URL_ENOMEM;
    }
    url_parts r;
    url_split(u, &r);
    if (user) {
        r.user = v.p;
        r.user_len = v.len;
    } else {
        r.pass = v.p;
        r.pass_len = v.len;
    }
    int rc = url_join(u, &r);
    if (v.p)
        url_realloc(v.p, 0);
    return rc;
}

static int url_set_host(url_t *u, bool hostname, const uint16_t *s, size_t n) {
    if (u->flags & URL_OPAQUE_PATH)
        return URL_FAIL;
    int kind = url_kind_of(u);
    bool special = kind != SCHEME_OTHER;
    url_parts r;
    url_split(u, &r);
    url_buf h = {0};
    int rc = URL_FAIL;
    if (kind == SCHEME_FILE) {
        /* file host state with a state override */
        size_t q = 0;
        while (q < n && s[q] != '/' && s[q] != '\\' && s[q] != '?' && s[q] != '#')
            q++;
        int hk = URL_HOST_EMPTY;
        if (q > 0) {
            hk = url_host(&h, s, q, true);
            if (hk < 0) {
                rc = hk;
                goto out;
            }
            if (h.len == 9 && memcmp(h.p, "localhost", 9) == 0) {
                h.len = 0;
                hk = URL_HOST_EMPTY;
            }
        }
        r.has_host = true;
        r.host = h.p;
        r.host_len = h.len;
        r.host_kind = hk;
        rc = url_join(u, &r);
        goto out;
    }
    size_t q = 0;
    bool brackets = false;
    for (;; q++) {
        uint32_t c = q < n ? s[q] : URL_EOF;
        if ((c == ':' && !brackets) || url_end_of_authority(c, special))
            break;
        if (c == '[')
            brackets = true;
        else if (c == ']')
            brackets = false;
    }
    uint32_t c = q < n ? s[q] : URL_EOF;
    if (c == ':') {
        if (q == 0 || hostname)
            goto out;
    } else {
        if (q == 0 && (special || r.user_len || r.pass_len || r.port != URL_NONE))
            goto out;
    }
    int hk = url_host(&h, s, q, special);
    if (hk < 0) {
        rc = hk;
        goto out;
    }
    r.has_host = true;
    r.host = h.p;
    r.host_len = h.len;
    r.host_kind = hk;
    if (c == ':') {
        /* the port state with an override: digits up to anything else */
        size_t e = q + 1;
        while (e < n && url_is_digit(s[e]))
            e++;
        int32_t v = url_port_value(s, q + 1, e);
        if (v >= 0)
            r.port = (uint32_t)v == url_default_port(kind) ? URL_NONE : (uint32_t)v;
    }
    rc = url_join(u, &r);
out:
    if (h.p)
        url_realloc(h.p, 0);
    return rc;
}

static int url_set_port(url_t *u, const uint16_t *s, size_t n) {
    if (url_no_credentials(u))
        return URL_FAIL;
    url_parts r;
    url_split(u, &r);
    if (n == 0) {
        r.port = URL_NONE;
        return url_join(u, &r);
    }
    size_t e = 0;
    while (e < n && url_is_digit(s[e]))
        e++;
    int32_t v = url_port_value(s, 0, e);
    if (v < 0)
        return URL_FAIL;
    r.port = (uint32_t)v == url_default_port(url_kind_of(u)) ? URL_NONE : (uint32_t)v;
    return url_join(u, &r);
}

static int url_set_pathname(url_t *u, const uint16_t *s, size_t n) {
    if (u->flags & URL_OPAQUE_PATH)
        return URL_FAIL;
    int kind = url_kind_of(u);
    url_parts r;
    url_split(u, &r);
    url_buf path = {0};
    size_t p = 0;
    /* the path start state with an override */
    if (kind != SCHEME_OTHER) {
        if (n && (s[0] == '/' || s[0] == '\\'))
            p = 1;
        url_path(&path, 0, s, p, n, kind, true);
    } else if (n) {
        if (s[0] == '/')
            p = 1;
        url_path(&path, 0, s, p, n, kind, true);
    } else if (!r.has_host) {
        url_put(&path, '/');
    }
    int rc = URL_ENOMEM;
    if (!path.oom) {
        r.path = path.p ? path.p : "";
        r.path_len = path.len;
        rc = url_join(u, &r);
    }
    if (path.p)
        url_realloc(path.p, 0);
    return rc;
}

static int url_set_search_or_hash(url_t *u, bool hash, const uint16_t *s, size_t n) {
    url_parts r;
    url_split(u, &r);
    url_buf v = {0};
    if (n == 0) {
        if (hash)
            r.frag = NULL;
        else
            r.query = NULL;
    } else {
        if (s[0] == (hash ? '#' : '?')) {
            s++;
            n--;
        }
        uint16_t *owned;
        int rc = url_setter_input(&s, &n, &owned);
        if (rc != URL_OK)
            return rc;
        uint8_t set = hash ? PCT_FRAGMENT : url_kind_of(u) != SCHEME_OTHER ? PCT_SPECIAL_QUERY : PCT_QUERY;
        url_encode(&v, s, 0, n, set);
        if (owned)
            url_realloc(owned, 0);
        if (v.oom) {
            if (v.p)
                url_realloc(v.p, 0);
            return URL_ENOMEM;
        }
        if (hash) {
            r.frag = v.p ? v.p : "";
            r.frag_len = v.len;
        } else {
            r.query = v.p ? v.p : "";
            r.query_len = v.len;
        }
    }
    int rc = url_join(u, &r);
    if (v.p)
        url_realloc(v.p, 0);
    return rc;
}

int url_set(url_t *u, url_component component, const uint16_t *in, size_t n) {
    if (component == URL_SET_USERNAME || component == URL_SET_PASSWORD)
        return url_set_userinfo(u, component == URL_SET_USERNAME, in, n);
    if (component == URL_SET_SEARCH || component == URL_SET_HASH)
        return url_set_search_or_hash(u, component == URL_SET_HASH, in, n);
    if (component == URL_SET_PORT && n == 0)
        return url_set_port(u, in, 0);
    uint16_t *owned;
    const uint16_t *s = in;
    int rc = url_setter_input(&s, &n, &owned);
    if (rc != URL_OK)
        return rc;
    switch (component) {
    case URL_SET_PROTOCOL: rc = url_set_protocol(u, s, n); break;
    case URL_SET_HOST: rc = url_set_host(u, false, s, n); break;
    case URL_SET_HOSTNAME: rc = url_set_host(u, true, s, n); break;
    case URL_SET_PORT: rc = n ? url_set_port(u, s, n) : URL_FAIL; break;
    case URL_SET_PATHNAME: rc = url_set_pathname(u, s, n); break;
    default: rc = URL_FAIL; break;
    }
    if (owned)
        url_realloc(owned, 0);
    return rc;
}

/* ---- origin and domains --------------------------------------------------- */

long url_origin(const url_t *u, char *out) {
    int kind = url_kind_of(u);
    if (kind == SCHEME_OTHER && u->protocol_end == 5 && memcmp(u->href, "blob:", 5) == 0) {
        /* The origin of the URL its path parses as, for http(s) only. */
        uint32_t pe = url_path_end(u);
        size_t n = pe - u->pathname_start;
        uint16_t *units = url_realloc(NULL, (n ? n : 1) * sizeof *units);
        if (!units)
            return URL_ENOMEM;
        for (size_t i = 0; i < n; i++)
            units[i] = (uint8_t)u->href[u->pathname_start + i];
        url_t inner;
        url_init(&inner);
        int rc = url_parse(&inner, units, n, NULL);
        url_realloc(units, 0);
        long len = 4;
        if (rc == URL_ENOMEM) {
            len = URL_ENOMEM;
        } else if (rc == URL_OK && (url_kind_of(&inner) == SCHEME_HTTP || url_kind_of(&inner) == SCHEME_HTTPS)) {
            len = url_origin(&inner, out);
        } else {
            memcpy(out, "null", 5);
        }
        url_free(&inner);
        return len;
    }
    if (kind == SCHEME_OTHER || kind == SCHEME_FILE) {
        memcpy(out, "null", 5);
        return 4;
    }
    /* scheme "://" host [":" port] */
    size_t k = u->protocol_end;
    memcpy(out, u->href, k);
    memcpy(out + k, "//", 2);
    k += 2;
    size_t hl = u->pathname_start - u->host_start;
    memcpy(out + k, u->href + u->host_start, hl);
    k += hl;
    out[k] = 0;
    return (long)k;
}

int url_domain_to_ascii(const uint16_t *in, size_t n, char **out, size_t *out_len) {
    static const uint16_t ws[] = {'w', 's', ':', '/', '/', 'x'};
    url_t u;
    url_init(&u);
    int rc = url_parse(&u, ws, 6, NULL);
    if (rc == URL_OK)
        rc = url_set(&u, URL_SET_HOSTNAME, in, n);
    if (rc == URL_OK) {
        size_t len = u.host_end - u.host_start;
        char *s = url_realloc(NULL, len + 1);
        if (!s) {
            rc = URL_ENOMEM;
        } else {
            memcpy(s, u.href + u.host_start, len);
            s[len] = 0;
            *out = s;
            *out_len = len;
        }
    }
    url_free(&u);
    return rc;
}

int url_form_serialize(const uint16_t *in, const uint32_t *lens, size_t count, char **buf, uint32_t *cap,
                       size_t *out_len) {
    url_buf b = {*buf, 0, *cap, false};
    size_t at = 0;
    for (size_t i = 0; i < count; i++) {
        if (i)
            url_put(&b, i & 1 ? '=' : '&');
        url_encode_until(&b, in, at, at + lens[i], PCT_FORM, 0);
        at += lens[i];
    }
    *buf = b.p;
    *cap = b.cap;
    if (b.oom)
        return URL_ENOMEM;
    /* A space is '+' in this format. Every '%' out of the encoder starts a
     * triplet, and "%20" is the one for a space (a '%' of the input is
     * "%25"). */
    size_t w = 0;
    for (size_t r = 0; r < b.len; r++) {
        if (b.p[r] == '%' && b.p[r + 1] == '2' && b.p[r + 2] == '0') {
            b.p[w++] = '+';
            r += 2;
        } else {
            b.p[w++] = b.p[r];
        }
    }
    *out_len = w;
    return URL_OK;
}

int url_idna_to_ascii(const uint16_t *in, size_t n, char **out, size_t *out_len) {
    uint32_t *cps = url_realloc(NULL, (n ? n : 1) * sizeof *cps);
    if (!cps)
        return URL_ENOMEM;
    size_t nc = 0;
    for (size_t i = 0; i < n;)
        cps[nc++] = url_next_cp(in, n, &i);
    int rc = idna_to_ascii(cps, nc, out, out_len);
    url_realloc(cps, 0);
    return rc == IDNA_OK ? URL_OK : rc == IDNA_ENOMEM ? URL_ENOMEM : URL_FAIL;
}

int url_domain_to_unicode(const uint16_t *in, size_t n, uint16_t **out, size_t *out_len) {
    char *ascii;
    size_t len;
    int rc = url_domain_to_ascii(in, n, &ascii, &len);
    if (rc != URL_OK)
        return rc;
    /* At most as many units as bytes: Punycode is never shorter than the
     * code points it encodes in UTF-16... except for astral ones, so allow
     * two units per byte. */
    uint16_t *res = url_realloc(NULL, (len * 2 + 1) * sizeof *res);
    if (!res) {
        url_realloc(ascii, 0);
        return URL_ENOMEM;
    }
    size_t w = 0, start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && ascii[i] != '.')
            continue;
        const char *l = ascii + start;
        size_t ll = i - start;
        uint32_t *cps = NULL;
        size_t nc = 0;
        int drc = ll >= 4 && memcmp(l, "xn--", 4) == 0 ? idna_punycode_decode(l + 4, ll - 4, &cps, &nc)
                                                       : IDNA_FAIL;
        if (drc == IDNA_ENOMEM) {
            rc = URL_ENOMEM;
            break;
        }
        if (drc == IDNA_OK) {
            for (size_t j = 0; j < nc; j++) {
                uint32_t c = cps[j];
                if (c >= 0x10000) {
                    res[w++] = (uint16_t)(0xD800 + ((c - 0x10000) >> 10));
                    res[w++] = (uint16_t)(0xDC00 + ((c - 0x10000) & 0x3FF));
                } else {
                    res[w++] = (uint16_t)c;
                }
            }
            url_realloc(cps, 0);
        } else {
            for (size_t j = 0; j < ll; j++)
                res[w++] = (uint8_t)l[j];
        }
        if (i < len)
            res[w++] = '.';
        start = i + 1;
    }
    url_realloc(ascii, 0);
    if (rc != URL_OK) {
        url_realloc(res, 0);
        return rc;
    }
    *out = res;
    *out_len = w;
    return URL_OK;
}
