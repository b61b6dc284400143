/* Unit tests of src/encoding/encoding.c, with expected values from Node 24
 * (Buffer.from / toString on the same inputs). */
#include <stdio.h>
#include <string.h>

#include "encoding/encoding.h"

static int failures, total;

static void hexdump(const char *label, const uint8_t *p, size_t n) {
    printf("  %s:", label);
    for (size_t i = 0; i < n; i++)
        printf(" %02x", p[i]);
    printf("\n");
}

static size_t units_of(const char *s, uint16_t *u) {
    size_t n = strlen(s);
    for (size_t i = 0; i < n; i++)
        u[i] = (uint8_t)s[i];
    return n;
}

/* Encodes ASCII text s in enc and compares with the expected bytes. */
static void check_encode(const char *name, enc_t enc, const char *s, const char *want, size_t want_len) {
    uint16_t u[256];
    uint8_t out[256];
    size_t n = units_of(s, u);
    size_t k;
    switch (enc) {
    case ENC_BASE64:
    case ENC_BASE64URL: k = enc_base64_decode(u, n, out, sizeof out); break;
    case ENC_HEX: k = enc_hex_decode(u, n, out, sizeof out); break;
    case ENC_UTF8: k = enc_utf8_encode(u, n, out, sizeof out, NULL); break;
    default: k = enc_latin1_encode(u, n, out, sizeof out); break;
    }
    total++;
    if (k != want_len || memcmp(out, want, k) != 0) {
        failures++;
        printf("FAIL %s\n", name);
        hexdump("got", out, k);
        hexdump("want", (const uint8_t *)want, want_len);
    }
}

static void check_decode(const char *name, enc_t enc, const char *in, size_t len, const char *want) {
    uint16_t u[1024];
    size_t k = enc_decode(enc, (const uint8_t *)in, len, u);
    char got[1024];
    for (size_t i = 0; i < k; i++)
        got[i] = (char)u[i];
    got[k] = 0;
    total++;
    if (k != strlen(want) || memcmp(got, want, k) != 0) {
        failures++;
        printf("FAIL %s: got '%s' want '%s'\n", name, got, want);
    }
}

static void check_bool(const char *name, bool got, bool want) {
    total++;
    if (got != want) {
        failures++;
        printf("FAIL %s: got %d want %d\n", name, got, want);
    }
}

/* The 8-bit (Latin-1 string) functions against their UTF-16 namesakes on
 * the same units, for pseudo-random inputs drawn from a small alphabet
 * (digits of both base64 alphabets, hex, '=', whitespace, junk and bytes
 * above 0x7f), at every output capacity up to the full size. */
static void check_8bit_matches_16bit(void) {
    static const char alphabet[] = "AZaz09+/-_=\n !fF\x80\xe9\xff";
    uint32_t x = 12345;
    /* Short inputs from the alphabet above, then longer ones where a byte
     * above 0x7F is rare, so that ASCII runs are long enough for the UTF-8
     * encoder's bulk copy. */
    for (int round = 0; round < 600; round++) {
        uint8_t in8[160];
        uint16_t in16[160];
        size_t n = round < 400 ? (size_t)(round % 40) : (size_t)(60 + round % 100);
        for (size_t i = 0; i < n; i++) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            if (round < 400)
                in8[i] = (uint8_t)alphabet[x % (sizeof alphabet - 1)];
            else
                in8[i] = (uint8_t)(x % 97 == 0 ? 0x80 + x % 128 : 'a' + x % 26);
            in16[i] = in8[i];
        }
        total++;
        int bad = enc_utf8_length8(in8, n) != enc_utf8_length(in16, n) ||
                  enc_base64_decoded_length8(in8, n) != enc_base64_decoded_length(in16, n);
        for (size_t cap = 0; cap <= 2 * n + 2 && !bad; cap++) {
            uint8_t a[400], b[400];
            size_t ra = 0, rb = 0;
            size_t ka = enc_utf8_encode8(in8, n, a, cap, &ra), kb = enc_utf8_encode(in16, n, b, cap, &rb);
            bad |= ka != kb || ra != rb || memcmp(a, b, ka);
            ka = enc_base64_decode8(in8, n, a, cap);
            kb = enc_base64_decode(in16, n, b, cap);
            bad |= ka != kb || memcmp(a, b, ka);
            ka = enc_hex_decode8(in8, n, a, cap);
            kb = enc_hex_decode(in16, n, b, cap);
            bad |= ka != kb || memcmp(a, b, ka);
            ka = enc_utf16le_encode8(in8, n, a, cap);
            kb = enc_utf16le_encode(in16, n, b, cap);
            bad |= ka != kb || memcmp(a, b, ka);
        }
        if (bad) {
            failures++;
            printf("FAIL 8-bit vs UTF-16, round %d\n", round);
            hexdump("input", in8, n);
        }
    }
}

/* Hex encoding, whose vector loop takes sixteen bytes at a time: every
 * byte value, at every length up to 48 and every start offset up to 15,
 * against digits worked out one at a time. The output buffer is exactly
 * as long as the text. */
static void check_hex_encode(void) {
    static const char digits[] = "0123456789abcdef";
    uint8_t in[64 + 256];
    for (size_t i = 0; i < sizeof in; i++)
        in[i] = (uint8_t)(i < 256 ? i : i * 7 + 3);
    total++;
    for (size_t start = 0; start < 16; start++) {
        for (size_t n = 0; n <= 48; n++) {
            char got[96], want[96];
            for (size_t i = 0; i < n; i++) {
                want[2 * i] = digits[in[start + i] >> 4];
                want[2 * i + 1] = digits[in[start + i] & 15];
            }
            if (enc_hex_encode(in + start, n, got) != 2 * n || memcmp(got, want, 2 * n) != 0) {
                failures++;
                printf("FAIL hex encode of %zu bytes from %zu\n", n, start);
                return;
            }
        }
    }
    char all[512];
    enc_hex_encode(in, 256, all);
    for (size_t i = 0; i < 256; i++) {
        if (all[2 * i] != digits[i >> 4] || all[2 * i + 1] != digits[i & 15]) {
            failures++;
            printf("FAIL hex encode of byte %02zx: %.2s\n", i, all + 2 * i);
            return;
        }
    }
}

/* Hex decoding of 8-bit strings takes sixteen digits at a time: long
 * runs of digits of both cases, with a character next to the digit ranges
 * (or none) at every position, at every capacity, give what the UTF-16
 * decoder (one pair at a time) gives. */
static void check_hex_decode_runs(void) {
    static const char digits[] = "0123456789abcdefABCDEF";
    static const uint8_t bad[] = {'/', ':', '@', 'G', '`', 'g', ' ', 0x80, 0xB0, 0xE6, 0xFF, 0};
    uint32_t x = 99;
    total++;
    for (size_t n = 0; n <= 80; n++) {
        for (size_t b = 0; b <= sizeof bad; b++) {
            uint8_t in8[80];
            uint16_t in16[80];
            for (size_t i = 0; i < n; i++) {
                x = x * 1103515245 + 12345;
                in8[i] = (uint8_t)digits[(x >> 16) % 22];
            }
            size_t at = n ? (x >> 8) % n : 0;
            if (b < sizeof bad && n)
                in8[at] = bad[b];
            for (size_t i = 0; i < n; i++)
                in16[i] = in8[i];
            for (size_t cap = 0; cap <= n / 2 + 1; cap++) {
                uint8_t a[48], c[48];
                size_t ka = enc_hex_decode8(in8, n, a, cap), kc = enc_hex_decode(in16, n, c, cap);
                if (ka != kc || memcmp(a, c, ka) != 0) {
                    failures++;
                    printf("FAIL hex decode of %zu digits, bad at %zu, cap %zu: %zu vs %zu\n", n, at, cap, ka, kc);
                    return;
                }
            }
        }
    }
}

int main(void) {
    check_8bit_matches_16bit();
    check_hex_encode();
    check_hex_decode_runs();
    /* base64: whitespace and junk skipped, '=' ends, a lone digit is dropped. */
    check_encode("b64 abc", ENC_BASE64, "YWJj", "abc", 3);
    check_encode("b64 2 pad-less", ENC_BASE64, "YWJ", "ab", 2);
    check_encode("b64 one digit", ENC_BASE64, "Y", "", 0);
    check_encode("b64 newline", ENC_BASE64, "YWJj\nZGVm", "abcdef", 6);
    check_encode("b64 junk", ENC_BASE64, "YW*Jj", "abc", 3);
    check_encode("b64 stops at =", ENC_BASE64, "YWJj=ZGVm", "abc", 3);
    check_encode("b64 early =", ENC_BASE64, "Y=WJj", "", 0);
    check_encode("b64 url alphabet", ENC_BASE64, "-_-_", "\xfb\xff\xbf", 3);
    check_encode("b64url std alphabet", ENC_BASE64URL, "+/+/", "\xfb\xff\xbf", 3);
    /* hex stops at the first bad pair; an odd last digit is dropped. */
    check_encode("hex", ENC_HEX, "abCD", "\xab\xcd", 2);
    check_encode("hex odd", ENC_HEX, "abc", "\xab", 1);
    check_encode("hex bad pair", ENC_HEX, "abzz12", "\xab", 1);
    check_encode("hex bad first", ENC_HEX, "0g12", "", 0);

    /* UTF-16 -> UTF-8: lone surrogates become EF BF BD; no partial chars. */
    {
        uint16_t u[] = {'a', 0xD800, 'b', 0xD83D, 0xDE00, 0xDC00};
        uint8_t out[32];
        size_t used;
        size_t k = enc_utf8_encode(u, 6, out, sizeof out, &used);
        const uint8_t want[] = {'a', 0xEF, 0xBF, 0xBD, 'b', 0xF0, 0x9F, 0x98, 0x80, 0xEF, 0xBF, 0xBD};
        total++;
        if (k != sizeof want || memcmp(out, want, k) || used != 6 || enc_utf8_length(u, 6) != k) {
            failures++;
            printf("FAIL utf8 surrogates\n");
            hexdump("got", out, k);
        }
        k = enc_utf8_encode(u, 6, out, 7, &used);
        total++;
        if (k != 5 || used != 3) {
            failures++;
            printf("FAIL utf8 partial: k=%zu used=%zu\n", k, used);
        }
    }
    /* bytes -> text */
    check_decode("b64 encode", ENC_BASE64, "\xfa\xfb\xff\x01", 4, "+vv/AQ==");
    check_decode("b64url encode", ENC_BASE64URL, "\xfa\xfb\xff", 3, "-vv_");
    check_decode("b64url 1 byte", ENC_BASE64URL, "a", 1, "YQ");
    check_decode("hex encode", ENC_HEX, "\x00\xff\x10", 3, "00ff10");
    check_decode("hex encode, 4 at a time", ENC_HEX, "\x01\x23\x45\x67\x89\xab\xcd\xef\x7f", 9, "0123456789abcdef7f");
    check_decode("ascii clears bit 7", ENC_ASCII, "a\xe9", 2, "ai");
    check_decode("latin1", ENC_LATIN1, "ab", 2, "ab");
    check_decode("utf16le odd", ENC_UTF16LE, "a\0b", 3, "a");

    check_bool("is_utf8 ok", enc_is_utf8((const uint8_t *)"h\xc3\xa9", 3), true);
    check_bool("is_utf8 surrogate", enc_is_utf8((const uint8_t *)"\xed\xa0\x80", 3), false);
    check_bool("is_utf8 truncated", enc_is_utf8((const uint8_t *)"\xe2\x82", 2), false);
    check_bool("is_utf8 overlong", enc_is_utf8((const uint8_t *)"\xc0\xaf", 2), false);
    check_bool("is_ascii", enc_is_ascii((const uint8_t *)"abc", 3), true);
    check_bool("is_ascii high", enc_is_ascii((const uint8_t *)"ab\x80", 3), false);
    check_bool("utf8_units", enc_utf8_units((const uint8_t *)"a\xf0\x9f\x98\x80\xc3\xa9", 7) == 4, true);

    {
        uint16_t u[] = {'Y', 'W', 'J', 'j', '=', '='};
        total++;
        if (enc_base64_decoded_length(u, 6) != 3 || enc_base64_decoded_length(u, 4) != 3) {
            failures++;
            printf("FAIL base64 decoded length\n");
        }
    }
    printf("%d passed, %d failed\n", total - failures, failures);
    return failures != 0;
}
