#include "idna.h"

#include <stdbool.h>
#include <string.h>

#include "url.h"

#include "idna_data.h"

/* A growable array of code points; `oom` sticks once an allocation failed,
 * so callers append freely and look once at the end. */
typedef struct {
    uint32_t *p;
    size_t len, cap;
    bool oom;
} idna_vec;

static void idna_vec_reserve(idna_vec *v, size_t extra) {
    if (v->oom || v->len + extra <= v->cap)
        return;
    size_t cap = v->cap ? v->cap * 2 : 64;
    while (cap < v->len + extra)
        cap *= 2;
    if (cap > SIZE_MAX / sizeof *v->p) {
        v->oom = true;
        return;
    }
    uint32_t *p = url_realloc(v->p, cap * sizeof *p);
    if (!p) {
        v->oom = true;
        return;
    }
    v->p = p;
    v->cap = cap;
}

static void idna_vec_push(idna_vec *v, uint32_t c) {
    idna_vec_reserve(v, 1);
    if (!v->oom)
        v->p[v->len++] = c;
}

static void idna_vec_free(idna_vec *v) {
    if (v->p)
        url_realloc(v->p, 0);
    v->p = NULL;
    v->len = v->cap = 0;
}

/* ---- table lookups --------------------------------------------------------- */

/* Index of the last entry whose start is <= c. */
static size_t idna_find(const uint32_t *starts, size_t count, uint32_t c) {
    size_t lo = 0, hi = count;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (starts[mid] <= c)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

enum { IDNA_VALID = 0, IDNA_DEVIATION = 1, IDNA_IGNORED = 2, IDNA_DISALLOWED = 3,
       IDNA_MAPPED_DELTA = 4, IDNA_MAPPED_SEQ = 5 };

/* Bidi classes and joining types as tools/gen-idna-data.py numbers them. */
enum { BIDI_L, BIDI_R, BIDI_AL, BIDI_AN, BIDI_EN, BIDI_ES, BIDI_CS, BIDI_ET, BIDI_ON, BIDI_BN,
       BIDI_NSM, BIDI_OTHER };
enum { JT_U, JT_T, JT_D, JT_L, JT_R, JT_C };

static uint16_t idna_props(uint32_t c) {
    return idna_prop_value[idna_find(idna_prop_start, IDNA_PROP_COUNT, c)];
}
static int idna_bidi(uint32_t c) { return idna_props(c) & 15; }
static int idna_joining(uint32_t c) { return (idna_props(c) >> 4) & 7; }
static bool idna_is_mark(uint32_t c) { return (idna_props(c) >> 7) & 1; }
static int idna_ccc(uint32_t c) { return c < 0x300 ? 0 : idna_props(c) >> 8; }

/* Status of c for validity: mapped and ignored code points count as
 * invalid in a label (they cannot survive mapping). */
static int idna_status(uint32_t c) {
    if (c < 0x80)
        return c >= 'A' && c <= 'Z' ? IDNA_MAPPED_DELTA : IDNA_VALID;
    return idna_map_kind[idna_find(idna_map_start, IDNA_MAP_COUNT, c)];
}

/* Step 1 of processing: the mapping, appended to out. false for a
 * disallowed code point. */
static bool idna_map(const uint32_t *in, size_t n, idna_vec *out) {
    for (size_t i = 0; i < n; i++) {
        uint32_t c = in[i];
        if (c < 0x80) {
            idna_vec_push(out, c >= 'A' && c <= 'Z' ? c + 32 : c);
            continue;
        }
        if (c > 0x10FFFF)
            return false;
        size_t k = idna_find(idna_map_start, IDNA_MAP_COUNT, c);
        switch (idna_map_kind[k]) {
        case IDNA_VALID:
        case IDNA_DEVIATION: idna_vec_push(out, c); break;
        case IDNA_IGNORED: break;
        case IDNA_DISALLOWED: return false;
        case IDNA_MAPPED_DELTA: idna_vec_push(out, c + idna_map_data[k]); break;
        default: {
            uint32_t d = idna_map_data[k];
            const uint32_t *seq = idna_map_pool + (d >> 5);
            for (uint32_t j = 0; j < (d & 31); j++)
                idna_vec_push(out, seq[j]);
        }
        }
    }
    return true;
}

/* ---- NFC ------------------------------------------------------------------- */

enum { HANGUL_S = 0xAC00, HANGUL_L = 0x1100, HANGUL_V = 0x1161, HANGUL_T = 0x11A7,
       HANGUL_LCOUNT = 19, HANGUL_VCOUNT = 21, HANGUL_TCOUNT = 28,
       HANGUL_NCOUNT = HANGUL_VCOUNT * HANGUL_TCOUNT, HANGUL_SCOUNT = HANGUL_LCOUNT * HANGUL_NCOUNT };

static void idna_decompose(uint32_t c, idna_vec *out) {
    if (c >= HANGUL_S && c < HANGUL_S + HANGUL_SCOUNT) {
        uint32_t s = c - HANGUL_S;
        idna_vec_push(out, HANGUL_L + s / HANGUL_NCOUNT);
        idna_vec_push(out, HANGUL_V + (s % HANGUL_NCOUNT) / HANGUL_TCOUNT);
        if (s % HANGUL_TCOUNT)
            idna_vec_push(out, HANGUL_T + s % HANGUL_TCOUNT);
        return;
    }
    if (c >= 0xC0) {
        size_t k = idna_find(idna_decomp_cp, IDNA_DECOMP_COUNT, c);
        if (idna_decomp_cp[k] == c) {
            uint16_t at = idna_decomp_at[k];
            for (unsigned j = 0; j < (at & 7u); j++)
                idna_vec_push(out, idna_decomp_pool[(at >> 3) + j]);
            return;
        }
    }
    idna_vec_push(out, c);
}

/* The primary composite of a and b, or 0. */
static uint32_t idna_compose(uint32_t a, uint32_t b) {
    if (a >= HANGUL_L && a < HANGUL_L + HANGUL_LCOUNT && b >= HANGUL_V && b < HANGUL_V + HANGUL_VCOUNT)
        return HANGUL_S + ((a - HANGUL_L) * HANGUL_VCOUNT + (b - HANGUL_V)) * HANGUL_TCOUNT;
    if (a >= HANGUL_S && a < HANGUL_S + HANGUL_SCOUNT && (a - HANGUL_S) % HANGUL_TCOUNT == 0 &&
        b > HANGUL_T && b < HANGUL_T + HANGUL_TCOUNT)
        return a + (b - HANGUL_T);
    uint64_t key = (uint64_t)a << 21 | b;
    size_t lo = 0, hi = IDNA_COMP_COUNT;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (idna_comp_pair[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < IDNA_COMP_COUNT && idna_comp_pair[lo] == key ? idna_comp_result[lo] : 0;
}

/* NFC of v in place (through a scratch vector). Text below U+0300 is
 * already in NFC and is left alone. */
static void idna_nfc(idna_vec *v) {
    bool simple = true;
    for (size_t i = 0; i < v->len && simple; i++)
        simple = v->p[i] < 0x300;
    if (simple || v->oom)
        return;
    idna_vec d = {0};
    for (size_t i = 0; i < v->len; i++)
        idna_decompose(v->p[i], &d);
    if (d.oom) {
        idna_vec_free(&d);
        v->oom = true;
        return;
    }
    /* Canonical ordering: a stable insertion sort of each run of marks. */
    for (size_t i = 1; i < d.len; i++) {
        int cc = idna_ccc(d.p[i]);
        if (cc == 0)
            continue;
        size_t j = i;
        uint32_t c = d.p[i];
        while (j > 0 && idna_ccc(d.p[j - 1]) > cc) {
            d.p[j] = d.p[j - 1];
            j--;
        }
        d.p[j] = c;
    }
    /* Canonical composition. */
    /* Canonical composition: each mark (or starter right after it) joins
     * the last starter unless blocked by a mark of the same or a higher
     * class in between. */
    size_t out = 0, starter = 0;
    bool have_starter = false;
    int last = 0;
    for (size_t i = 0; i < d.len; i++) {
        uint32_t c = d.p[i];
        int cc = idna_ccc(c);
        if (have_starter && (last < cc || (last == 0 && out == starter + 1))) {
            uint32_t comp = idna_compose(d.p[starter], c);
            if (comp) {
                d.p[starter] = comp;
                continue;
            }
        }
        if (cc == 0) {
            starter = out;
            have_starter = true;
        }
        last = cc;
        d.p[out++] = c;
    }
    v->len = 0;
    idna_vec_reserve(v, out);
    if (!v->oom) {
        memcpy(v->p, d.p, out * sizeof *d.p);
        v->len = out;
    }
    idna_vec_free(&d);
}

/* ---- Punycode ------------------------------------------------------------ */

enum { PC_BASE = 36, PC_TMIN = 1, PC_TMAX = 26, PC_SKEW = 38, PC_DAMP = 700,
       PC_BIAS = 72, PC_N = 128 };

static uint32_t idna_adapt(uint32_t delta, uint32_t points, bool first) {
    delta = first ? delta / PC_DAMP : delta / 2;
    delta += delta / points;
    uint32_t k = 0;
    while (delta > ((PC_BASE - PC_TMIN) * PC_TMAX) / 2) {
        delta /= PC_BASE - PC_TMIN;
        k += PC_BASE;
    }
    return k + (PC_BASE * delta) / (delta + PC_SKEW);
}

static uint32_t idna_threshold(uint32_t k, uint32_t bias) {
    return k <= bias ? PC_TMIN : k >= bias + PC_TMAX ? PC_TMAX : k - bias;
}

/* Decodes into out (appended); false on any error or overflow. */
static bool idna_pc_decode(const uint32_t *in, size_t n, idna_vec *out) {
    size_t b = 0, start = 0;
    for (size_t i = 0; i < n; i++)
        if (in[i] == '-')
            b = i;
    size_t base_len = out->len;
    if (b > 0) {
        for (size_t i = 0; i < b; i++) {
            if (in[i] >= 0x80)
                return false;
            idna_vec_push(out, in[i]);
        }
        start = b + 1;
    }
    uint32_t cp = PC_N, i = 0, bias = PC_BIAS;
    size_t pos = start;
    while (pos < n) {
        uint32_t oldi = i, w = 1;
        for (uint32_t k = PC_BASE;; k += PC_BASE) {
            if (pos >= n)
                return false;
            uint32_t c = in[pos++], digit;
            if (c >= '0' && c <= '9')
                digit = c - '0' + 26;
            else if (c >= 'a' && c <= 'z')
                digit = c - 'a';
            else if (c >= 'A' && c <= 'Z')
                digit = c - 'A';
            else
                return false;
            if (digit > (UINT32_MAX - i) / w)
                return false;
            i += digit * w;
            uint32_t t = idna_threshold(k, bias);
            if (digit < t)
                break;
            if (w > UINT32_MAX / (PC_BASE - t))
                return false;
            w *= PC_BASE - t;
        }
        size_t count = out->len - base_len + 1;
        if (count > UINT32_MAX)
            return false;
        bias = idna_adapt(i - oldi, (uint32_t)count, oldi == 0);
        if (i / count > UINT32_MAX - cp)
            return false;
        cp += (uint32_t)(i / count);
        i %= (uint32_t)count;
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        idna_vec_push(out, 0);
        if (out->oom)
            return true; /* the caller looks at oom */
        uint32_t *at = out->p + base_len + i;
        memmove(at + 1, at, (out->len - 1 - base_len - i) * sizeof *at);
        *at = cp;
        i++;
    }
    return true;
}

/* Appends the Punycode of in (no prefix) to a byte vector held in out's
 * code points. false on overflow. */
static bool idna_pc_encode(const uint32_t *in, size_t n, idna_vec *out) {
    uint32_t cp = PC_N, delta = 0, bias = PC_BIAS;
    size_t h = 0;
    for (size_t j = 0; j < n; j++)
        if (in[j] < 0x80) {
            idna_vec_push(out, in[j]);
            h++;
        }
    size_t b = h;
    if (b > 0)
        idna_vec_push(out, '-');
    while (h < n) {
        uint32_t m = UINT32_MAX;
        for (size_t j = 0; j < n; j++)
            if (in[j] >= cp && in[j] < m)
                m = in[j];
        if (h + 1 > UINT32_MAX || (m - cp) > (UINT32_MAX - delta) / (uint32_t)(h + 1))
            return false;
        delta += (m - cp) * (uint32_t)(h + 1);
        cp = m;
        for (size_t j = 0; j < n; j++) {
            if (in[j] < cp) {
                if (delta == UINT32_MAX)
                    return false;
                delta++;
            }
            if (in[j] == cp) {
                uint32_t q = delta;
                for (uint32_t k = PC_BASE;; k += PC_BASE) {
                    uint32_t t = idna_threshold(k, bias);
                    if (q < t)
                        break;
                    uint32_t d = t + (q - t) % (PC_BASE - t);
                    idna_vec_push(out, d < 26 ? 'a' + d : '0' + d - 26);
                    q = (q - t) / (PC_BASE - t);
                }
                idna_vec_push(out, q < 26 ? 'a' + q : '0' + q - 26);
                bias = idna_adapt(delta, (uint32_t)(h + 1), h == b);
                delta = 0;
                h++;
            }
        }
        delta++;
        cp++;
    }
    return true;
}

/* ---- validity ------------------------------------------------------------ */

static bool idna_is_bidi_rtl(int bc) { return bc == BIDI_R || bc == BIDI_AL || bc == BIDI_AN; }

/* RFC 5893 section 2, rules 1 to 6, for one non-empty label. */
static bool idna_bidi_ok(const uint32_t *l, size_t n) {
    int first = idna_bidi(l[0]);
    if (first != BIDI_L && first != BIDI_R && first != BIDI_AL)
        return false;
    bool rtl = first != BIDI_L;
    bool en = false, an = false;
    int last = -1;
    for (size_t i = 0; i < n; i++) {
        int bc = idna_bidi(l[i]);
        if (rtl) {
            if (bc == BIDI_L || bc == BIDI_OTHER)
                return false;
        } else if (bc == BIDI_R || bc == BIDI_AL || bc == BIDI_AN || bc == BIDI_OTHER) {
            return false;
        }
        en |= bc == BIDI_EN;
        an |= bc == BIDI_AN;
        if (bc != BIDI_NSM)
            last = bc;
    }
    if (rtl)
        return !(en && an) &&
               (last == BIDI_R || last == BIDI_AL || last == BIDI_EN || last == BIDI_AN);
    return last == BIDI_L || last == BIDI_EN;
}

/* RFC 5892 appendix A.1 and A.2: ZERO WIDTH NON-JOINER and JOINER. */
static bool idna_joiners_ok(const uint32_t *l, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (l[i] != 0x200C && l[i] != 0x200D)
            continue;
        if (i > 0 && idna_ccc(l[i - 1]) == 9)
            continue;
        if (l[i] == 0x200D)
            return false;
        size_t j = i;
        int jt = JT_T;
        while (j > 0 && (jt = idna_joining(l[j - 1])) == JT_T)
            j--;
        if (j == 0 || (jt != JT_L && jt != JT_D))
            return false;
        j = i + 1;
        jt = JT_T;
        while (j < n && (jt = idna_joining(l[j])) == JT_T)
            j++;
        if (j == n || (jt != JT_R && jt != JT_D))
            return false;
    }
    return true;
}

/* UTS #46 section 4.1 for nontransitional processing, less the checks
 * that CheckHyphens=false skips and bidi (done across the domain). */
static bool idna_label_ok(const uint32_t *l, size_t n, bool decoded) {
    if (n == 0)
        return true;
    if (decoded) {
        /* In NFC: compare with its normalization. */
        idna_vec v = {0};
        for (size_t i = 0; i < n; i++)
            idna_vec_push(&v, l[i]);
        idna_nfc(&v);
        bool same = !v.oom && v.len == n && memcmp(v.p, l, n * sizeof *l) == 0;
        idna_vec_free(&v);
        if (!same)
            return false;
        if (n >= 4 && l[0] == 'x' && l[1] == 'n' && l[2] == '-' && l[3] == '-')
            return false;
    }
    if (idna_is_mark(l[0]))
        return false;
    for (size_t i = 0; i < n; i++) {
        if (l[i] == '.')
            return false;
        int st = idna_status(l[i]);
        if (st != IDNA_VALID && st != IDNA_DEVIATION)
            return false;
    }
    return idna_joiners_ok(l, n);
}

static bool idna_starts_xn(const uint32_t *l, size_t n) {
    return n >= 4 && l[0] == 'x' && l[1] == 'n' && l[2] == '-' && l[3] == '-';
}

/* Processing (UTS #46 section 4): the labels in Unicode, joined by '.',
 * into out. Returns IDNA_OK, IDNA_FAIL or IDNA_ENOMEM. */
static int idna_process(const uint32_t *in, size_t n, idna_vec *out) {
    idna_vec mapped = {0};
    int rc = IDNA_FAIL;
    if (!idna_map(in, n, &mapped))
        goto out;
    idna_nfc(&mapped);
    if (mapped.oom)
        goto nomem;
    if (mapped.len == 0) {
        rc = IDNA_OK; /* an empty domain: the caller decides */
        goto out;
    }
    bool bidi_domain = false;
    size_t start = 0;
    for (size_t i = 0; i <= mapped.len; i++) {
        if (i < mapped.len && mapped.p[i] != '.')
            continue;
        const uint32_t *l = mapped.p + start;
        size_t len = i - start;
        if (start > 0)
            idna_vec_push(out, '.');
        size_t at = out->len;
        if (idna_starts_xn(l, len)) {
            for (size_t j = 4; j < len; j++)
                if (l[j] >= 0x80)
                    goto out;
            if (!idna_pc_decode(l + 4, len - 4, out))
                goto out;
            if (out->oom)
                goto nomem;
            bool ascii = true;
            for (size_t j = at; j < out->len; j++)
                ascii &= out->p[j] < 0x80;
            if (out->len == at || ascii || !idna_label_ok(out->p + at, out->len - at, true))
                goto out;
        } else {
            for (size_t j = 0; j < len; j++)
                idna_vec_push(out, l[j]);
            if (out->oom)
                goto nomem;
            if (len && !idna_label_ok(out->p + at, len, false))
                goto out;
        }
        for (size_t j = at; j < out->len && !bidi_domain; j++)
            bidi_domain = idna_is_bidi_rtl(idna_bidi(out->p[j]));
        start = i + 1;
    }
    if (out->oom)
        goto nomem;
    if (bidi_domain) {
        start = 0;
        for (size_t i = 0; i <= out->len; i++) {
            if (i < out->len && out->p[i] != '.')
                continue;
            if (i > start && !idna_bidi_ok(out->p + start, i - start))
                goto out;
            start = i + 1;
        }
    }
    rc = IDNA_OK;
    goto out;
nomem:
    rc = IDNA_ENOMEM;
out:
    idna_vec_free(&mapped);
    return rc;
}

int idna_to_unicode(const uint32_t *in, size_t n, uint32_t **out, size_t *out_len) {
    idna_vec v = {0};
    int rc = idna_process(in, n, &v);
    if (rc == IDNA_OK && v.oom)
        rc = IDNA_ENOMEM;
    if (rc != IDNA_OK) {
        idna_vec_free(&v);
        return rc;
    }
    idna_vec_push(&v, 0); /* a non-NULL pointer for an empty result */
    if (v.oom) {
        idna_vec_free(&v);
        return IDNA_ENOMEM;
    }
    *out = v.p;
    *out_len = v.len - 1;
    return IDNA_OK;
}

int idna_to_ascii(const uint32_t *in, size_t n, char **out, size_t *out_len) {
    idna_vec u = {0}, a = {0};
    int rc = idna_process(in, n, &u);
    if (rc != IDNA_OK)
        goto out;
    size_t start = 0;
    for (size_t i = 0; i <= u.len; i++) {
        if (i < u.len && u.p[i] != '.')
            continue;
        if (start > 0)
            idna_vec_push(&a, '.');
        bool ascii = true;
        for (size_t j = start; j < i; j++)
            ascii &= u.p[j] < 0x80;
        if (ascii) {
            for (size_t j = start; j < i; j++)
                idna_vec_push(&a, u.p[j]);
        } else {
            idna_vec_push(&a, 'x');
            idna_vec_push(&a, 'n');
            idna_vec_push(&a, '-');
            idna_vec_push(&a, '-');
            if (!idna_pc_encode(u.p + start, i - start, &a)) {
                rc = IDNA_FAIL;
                goto out;
            }
        }
        start = i + 1;
    }
    if (a.oom) {
        rc = IDNA_ENOMEM;
        goto out;
    }
    if (a.len == 0) {
        rc = IDNA_FAIL;
        goto out;
    }
    char *s = url_realloc(NULL, a.len);
    if (!s) {
        rc = IDNA_ENOMEM;
        goto out;
    }
    for (size_t i = 0; i < a.len; i++)
        s[i] = (char)a.p[i];
    *out = s;
    *out_len = a.len;
out:
    idna_vec_free(&u);
    idna_vec_free(&a);
    return rc;
}

int idna_punycode_encode(const uint32_t *in, size_t n, char **out, size_t *out_len) {
    idna_vec a = {0};
    int rc = IDNA_OK;
    if (!idna_pc_encode(in, n, &a))
        rc = IDNA_FAIL;
    else if (!a.oom)
        idna_vec_push(&a, 0);
    if (rc == IDNA_OK && a.oom)
        rc = IDNA_ENOMEM;
    if (rc == IDNA_OK) {
        char *s = url_realloc(NULL, a.len);
        if (!s) {
            rc = IDNA_ENOMEM;
        } else {
            for (size_t i = 0; i < a.len; i++)
                s[i] = (char)a.p[i];
            *out = s;
            *out_len = a.len - 1;
        }
    }
    idna_vec_free(&a);
    return rc;
}

int idna_punycode_decode(const char *in, size_t n, uint32_t **out, size_t *out_len) {
    idna_vec s = {0}, d = {0};
    int rc = IDNA_OK;
    for (size_t i = 0; i < n; i++)
        idna_vec_push(&s, (uint8_t)in[i]);
    if (s.oom) {
        rc = IDNA_ENOMEM;
    } else if (!idna_pc_decode(s.p, s.len, &d)) {
        rc = IDNA_FAIL;
    } else {
        idna_vec_push(&d, 0);
        if (d.oom) {
            rc = IDNA_ENOMEM;
        } else {
            *out = d.p;
            *out_len = d.len - 1;
            d.p = NULL;
        }
    }
    idna_vec_free(&s);
    idna_vec_free(&d);
    return rc;
}
