/* ASNCREDIT: angka kredit of a jabatan fungsional for a period (PermenPANRB 1/2023 Pasal 37 ayat (1),
 * Peraturan BKN 3/2023; domain reference section 8.1, confidence high).
 *
 * Rules, cited in the code as (Rn):
 *  R1. AK = percentage(Predicate) * coefficient(Level) * Months / 12, unrounded (SIASN shows 2 decimals).
 *  R2. Months is a whole number 1..12, default 12.
 *  R3. An unknown predicate or level is an error. */
#include "career.h"
#include "labels.h"
#include "predicates.h"

/* R1: percentage of the annual coefficient per predikat (PermenPANRB 1/2023 Pasal 37 ayat (1)). */
static const double predikat_percent[] = {
    [ASN_PRED_SANGAT_BAIK] = 150.0,
    [ASN_PRED_BAIK] = 100.0,
    [ASN_PRED_BUTUH_PERBAIKAN] = 75.0, /* also PP 30 "Cukup" */
    [ASN_PRED_KURANG] = 50.0,          /* Kurang/Misconduct, also PP 30 "Kurang" */
    [ASN_PRED_SANGAT_KURANG] = 25.0,
};

/* R1: annual coefficient per jenjang (PermenPANRB 1/2023 Lampiran; BKN slides, section 8.1 table). */
static const struct { const char *label; double coefficient; } jenjang[] = {
    { "pemula", 3.75 },        { "terampil", 5.0 },   { "mahir", 12.5 },      { "penyelia", 25.0 },
    { "ahli pertama", 12.5 },  { "ahli muda", 25.0 }, { "ahli madya", 37.5 }, { "ahli utama", 50.0 },
};

int asn_credit(const asn_value *predicate, const asn_value *level, const asn_value *months, double *credit,
               asn_status *st)
{
    asn_predikat p;
    if (predicate->kind != ASN_VALUE_TEXT || !asn_predikat_from_text(predicate->text, &p)) /* R3 */
        return asn_fail(st, ASN_INVALID, "Predicate must be Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct "
                                         "or Sangat Kurang");
    double coefficient = -1.0;
    if (level->kind == ASN_VALUE_TEXT)
        for (size_t i = 0; i < sizeof jenjang / sizeof jenjang[0]; i++)
            if (asn_label_equals(level->text, jenjang[i].label))
                coefficient = jenjang[i].coefficient;
    if (coefficient < 0.0) /* R3 */
        return asn_fail(st, ASN_INVALID, "Level must be a jenjang: Pemula, Terampil, Mahir, Penyelia, Ahli Pertama, "
                                         "Ahli Muda, Ahli Madya or Ahli Utama");
    long m;
    if (!asn_value_to_whole(months, 1, 12, 12, &m, "Months", st)) /* R2 */
        return 0;
    *credit = predikat_percent[p] / 100.0 * coefficient * (double)m / 12.0; /* R1 */
    return 1;
}
