/* libFuzzer target: the dictionary loader on arbitrary bytes, then every lookup on what it accepts.
 * `make fuzz` runs it for FUZZ_SECONDS; `make check` runs a short smoke pass. Seeds: the dictionaries of
 * tests/data/kamus (good, broken and hostile) and examples/; what it finds grows build/fuzz/corpus-kamus. */
#include <stddef.h>
#include <stdint.h>

#include "kamus.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    asn_status st = { ASN_OK, "" };
    int line = 0;
    asn_kamus *k = asn_kamus_parse((const char *)data, size, &line, &st);
    if (!k)
        return 0;
    size_t nc = asn_kamus_competency_count(k), np = asn_kamus_position_count(k);
    for (size_t c = 0; c < nc && c < 64; c++) {
        const char *code = asn_kamus_competency_text(k, (long)c, ASN_FIELD_KODE);
        const char *name = asn_kamus_competency_text(k, (long)c, ASN_FIELD_NAMA);
        if (code)
            (void)asn_kamus_find_competency(k, code);
        if (name)
            (void)asn_kamus_find_competency(k, name);
        (void)asn_kamus_competency_text(k, (long)c, ASN_FIELD_DEFINISI);
        for (int level = 0; level <= 6; level++) {
            (void)asn_kamus_level_text(k, (long)c, level, 0);
            (void)asn_kamus_level_text(k, (long)c, level, 1);
        }
        for (size_t p = 0; p < np && p < 64; p++)
            (void)asn_kamus_required(k, (long)p, (long)c);
    }
    asn_kamus_release(k);
    return 0;
}
