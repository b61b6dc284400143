/* libFuzzer target for src/encoding: any bytes through every decoder, and
 * the round trips that must hold: base64 and hex text decode back to the
 * bytes, UTF-8 decoding then encoding then decoding is stable, and the
 * length functions agree with what the encoders write. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "encoding/encoding.h"
#include "encoding/utf8.h"

#define FUZZ_CHECK(c)                                                      \
    do {                                                                   \
        if (!(c))                                                          \
            abort();                                                       \
    } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len) {
    for (int e = ENC_UTF8; e <= ENC_HEX; e++) {
        size_t max = enc_decoded_units_max((enc_t)e, len);
        uint16_t *u = malloc((max + 1) * sizeof *u);
        size_t n = enc_decode((enc_t)e, data, len, u);
        FUZZ_CHECK(n <= max);
        uint8_t *back = malloc(len + 1);
        if (e == ENC_BASE64 || e == ENC_BASE64URL) {
            FUZZ_CHECK(enc_base64_decode(u, n, back, len + 1) == len);
            FUZZ_CHECK(memcmp(back, data, len) == 0);
        } else if (e == ENC_HEX) {
            FUZZ_CHECK(enc_hex_decode(u, n, back, len + 1) == len);
            FUZZ_CHECK(memcmp(back, data, len) == 0);
        } else if (e == ENC_UTF8) {
            size_t blen = enc_utf8_length(u, n);
            uint8_t *b = malloc(blen + 1);
            size_t used;
            FUZZ_CHECK(enc_utf8_encode(u, n, b, blen, &used) == blen && used == n);
            FUZZ_CHECK(enc_is_utf8(b, blen));
            FUZZ_CHECK(enc_utf8_units(b, blen) == n);
            uint16_t *u2 = malloc((blen + 1) * sizeof *u2);
            FUZZ_CHECK(enc_decode(ENC_UTF8, b, blen, u2) == n && memcmp(u, u2, n * sizeof *u) == 0);
            FUZZ_CHECK(enc_is_utf8(data, len) == (blen == len && memcmp(b, data, len) == 0));
            free(u2);
            free(b);
        }
        free(back);
        free(u);
    }
    /* The Latin-1 decoder agrees with the full one on what it takes, and
     * stops only before a character it cannot take. Its output buffer is
     * exactly the input's length, so a word store past it is caught. */
    {
        uint8_t *l1 = malloc(len ? len : 1);
        uint16_t *full = malloc((len ? len : 1) * sizeof *full);
        size_t used;
        size_t k = utf8_decode_latin1(data, len, l1, &used);
        FUZZ_CHECK(used <= len && utf8_decode(data, used, full) == k);
        for (size_t i = 0; i < k; i++)
            FUZZ_CHECK(full[i] == l1[i]);
        if (used < len) {
            size_t rest = utf8_decode(data + used, len - used, full);
            FUZZ_CHECK(rest > 0 && full[0] > 0xff);
        }
        free(full);
        free(l1);
    }
    /* The bytes as UTF-16 units, through the string encoders. */
    size_t nu = len / 2;
    uint16_t *u = malloc((nu + 1) * sizeof *u);
    memcpy(u, data, nu * 2);
    size_t blen = enc_utf8_length(u, nu);
    uint8_t *b = malloc(blen + 1);
    size_t used;
    FUZZ_CHECK(enc_utf8_encode(u, nu, b, blen, &used) == blen && used == nu);
    /* A short buffer gets whole characters only. */
    size_t part = enc_utf8_encode(u, nu, b, blen / 2, &used);
    FUZZ_CHECK(part <= blen / 2 && used <= nu);
    FUZZ_CHECK(enc_base64_decode(u, nu, b, blen) <= blen);
    FUZZ_CHECK(enc_hex_decode(u, nu, b, blen) <= blen);
    free(b);
    free(u);
    return 0;
}
