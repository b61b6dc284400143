/* Unit tests of src/encoding/utf8.c against the WHATWG decoder's rules. */
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
    int total = 18;
    printf("%d passed, %d failed\n", total - failures, failures);
    return failures != 0;
}
