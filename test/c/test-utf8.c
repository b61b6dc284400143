/* Unit tests of src/encoding/utf8.c against the WHATWG decoder's rules. */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "encoding/utf8.h"

static int failures;

static void expect(const char *name, const char *in, size_t len, const uint16_t *want, size_t nwant) {
    uint16_t out[64];
    size_t n = utf8_decode((const uint8_t *)in, len, out);
    if (n == nwant && memcmp(out, want, n * sizeof *out) == 0)
        return;
    failures++;
    printf("FAIL %s: got", name);
    for (size_t i = 0; i < n; i++)
        printf(" %04X", out[i]);
    printf("; want");
    for (size_t i = 0; i < nwant; i++)
        printf(" %04X", want[i]);
    printf("\n");
}

#define T(name, in, ...)                                                   \
    do {                                                                   \
        const uint16_t w[] = {__VA_ARGS__};                                \
        expect(name, in, sizeof in - 1, w, sizeof w / sizeof w[0]);        \
    } while (0)

int main(void) {
    T("ascii", "abc", 'a', 'b', 'c');
    T("nul", "a\0b", 'a', 0, 'b');
    T("2-byte", "\xC3\xA9", 0xE9);
    T("3-byte", "\xE2\x82\xAC", 0x20AC);
    T("4-byte", "\xF0\x9F\x98\x80", 0xD83D, 0xDE00);
    T("max", "\xF4\x8F\xBF\xBF", 0xDBFF, 0xDFFF);
    T("lone continuation", "\x80", 0xFFFD);
    T("overlong 2", "\xC0\xAF", 0xFFFD, 0xFFFD);
    T("overlong 3", "\xE0\x80\xAF", 0xFFFD, 0xFFFD, 0xFFFD);
    T("surrogate", "\xED\xA0\x80", 0xFFFD, 0xFFFD, 0xFFFD);
    T("past max", "\xF4\x90\x80\x80", 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD);
    T("truncated 3", "\xE2\x82", 0xFFFD);
    T("truncated 4 then ascii", "\xF0\x9F\x98" "a", 0xFFFD, 'a');
    T("bad second", "\xE2\x41", 0xFFFD, 'A');
    T("F5", "\xF5\x80", 0xFFFD, 0xFFFD);
    T("FF", "\xFF", 0xFFFD);
    T("long ascii", "0123456789abcdefXYZ", '0', '1', '2', '3', '4', '5', '6', '7', '8', '9',
      'a', 'b', 'c', 'd', 'e', 'f', 'X', 'Y', 'Z');
    uint8_t all[16] = "abcdefgh\xC3\xA9";
    if (utf8_ascii_prefix(all, 10) != 8) {
        failures++;
        printf("FAIL ascii_prefix\n");
    }
    /* The block, 8- and 1-byte steps: one high byte at every position of
     * a 200-byte run, and none; the copy writes exactly the prefix. */
    for (size_t at = 0; at <= 200; at++) {
        uint8_t run[200], out[200];
        for (size_t i = 0; i < sizeof run; i++)
            run[i] = (uint8_t)(' ' + i % 90);
        if (at < sizeof run)
            run[at] = (uint8_t)(0x80 | at);
        memset(out, 0xEE, sizeof out);
        size_t copied = utf8_ascii_copy(run, sizeof run, out);
        if (utf8_ascii_prefix(run, sizeof run) != at || copied != at || memcmp(out, run, at) != 0 ||
            (at < sizeof run && out[at] != 0xEE)) {
            failures++;
            printf("FAIL ascii_prefix/ascii_copy with a high byte at %zu\n", at);
            break;
        }
    }
    /* Latin-1 only: stops before U+0100 and before anything ill-formed. */
    {
        static const struct {
            const char *in;
            size_t consumed;
            const char *out;
        } cases[] = {
            {"abc\xC3\xA9xyz", 8, "abc\xE9xyz"},
            {"\xC2\x80\xC3\xBF", 4, "\x80\xFF"},
            {"ab\xC4\x80", 2, "ab"},     /* U+0100 */
            {"ab\xC3", 2, "ab"},          /* truncated */
            {"ab\xC3\x41", 2, "ab"},      /* not a continuation */
            {"ab\xC1\xBF", 2, "ab"},      /* overlong */
            {"0123456789abcdef\xE2\x82\xAC", 16, "0123456789abcdef"},
        };
        for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
            uint8_t out[32];
            size_t used = 99;
            size_t len = strlen(cases[c].in);
            size_t k = utf8_decode_latin1((const uint8_t *)cases[c].in, len, out, &used);
            if (used != cases[c].consumed || k != strlen(cases[c].out) || memcmp(out, cases[c].out, k)) {
                failures++;
                printf("FAIL decode_latin1 case %zu: consumed %zu, wrote %zu\n", c, used, k);
            }
        }
    }
    /* The word-at-a-time ASCII step: runs of every length from 0 to 19
     * before and after an e-acute (C3 A9) and a euro sign (E2 82 AC), so
     * the first high byte falls at every position of a word and the
     * input ends at every position too; both decoders, into buffers of
     * exactly the input's length. */
    for (size_t before = 0; before < 20; before++) {
        for (size_t after = 0; after < 20; after++) {
            for (int euro = 0; euro < 2; euro++) {
                uint8_t in[48];
                uint16_t want[48];
                size_t n = 0, w = 0;
                for (size_t i = 0; i < before; i++)
                    want[w++] = in[n++] = (uint8_t)('a' + i);
                if (euro) {
                    memcpy(in + n, "\xE2\x82\xAC", 3);
                    n += 3;
                    want[w++] = 0x20AC;
                } else {
                    memcpy(in + n, "\xC3\xA9", 2);
                    n += 2;
                    want[w++] = 0xE9;
                }
                for (size_t i = 0; i < after; i++)
                    want[w++] = in[n++] = (uint8_t)('A' + i);
                uint16_t out[48];
                uint8_t out8[48];
                size_t used;
                size_t k = utf8_decode(in, n, out);
                size_t k8 = utf8_decode_latin1(in, n, out8, &used);
                bool ok = k == w && memcmp(out, want, w * sizeof *out) == 0;
                if (euro) {
                    ok = ok && used == before && k8 == before && memcmp(out8, in, before) == 0;
                } else {
                    ok = ok && used == n && k8 == w;
                    for (size_t i = 0; ok && i < w; i++)
                        ok = out8[i] == want[i];
                }
                if (!ok) {
                    failures++;
                    printf("FAIL ascii runs %zu and %zu around %s\n", before, after, euro ? "U+20AC" : "U+00E9");
                    before = after = 99;
                    break;
                }
            }
        }
    }
    int total = 21;
    printf("%d passed, %d failed\n", total - failures, failures);
    return failures != 0;
}
