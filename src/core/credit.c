/* ASNCREDIT and ASNCREDITNEED: angka kredit of a jabatan fungsional (PermenPANRB 1/2023 Pasal 37 ayat (1),
 * Peraturan BKN 3/2023; docs/rules.md §8.1, confidence high).
 *
 * Rules, cited in the code as (Rn):
 *  R1. AK = percentage(Predicate) * coefficient(Level) * Months / 12, unrounded (SIASN shows 2 decimals).
 *  R2. Months is a whole number 1..12, default 12.
 *  R3. An unknown predicate or level is an error.
 *  R4. (v2) ASNCREDITNEED: the angka kredit kumulatif needed, conversion model (BKN Direktorat Jabatan ASN 2023,
 *      with PermenPANRB 1/2023's golongan ranges; confidence medium-high): Purpose "pangkat" (default, also
 *      "kp") for the next pangkat within the jenjang, "jenjang" (also "kj") for the next jenjang. Each pangkat
 *      figure is 4 x the annual coefficient. The top jenjang of a category (Penyelia, Ahli Utama) has no next
 *      jenjang: not found (#N/A). An unknown level or purpose is an error. */
#include "career.h"
#include "support/labels.h"
#include "predicates.h"

/* R1: percentage of the annual coefficient per predikat (PermenPANRB 1/2023 Pasal 37 ayat (1)). */
static const double predikat_percent[] = {
    [ASN_PRED_SANGAT_BAIK] = 150.0,
    [ASN_PRED_BAIK] = 100.0,
    [ASN_PRED_BUTUH_PERBAIKAN] = 75.0, /* also PP 30 "Cukup" */
    [ASN_PRED_KURANG] = 50.0,          /* Kurang/Misconduct, also PP 30 "Kurang" */
    [ASN_PRED_SANGAT_KURANG] = 25.0,
};

/* R1: annual coefficient per jenjang (PermenPANRB 1/2023 Lampiran; BKN slides, section 8.1 table);
 * R4: AK kumulatif needed for the next pangkat and the next jenjang (0: the top of its category). */
static const struct { const char *label; double coefficient, pangkat, jenjang; } jenjang[] = {
    { "pemula", 3.75, 15, 15 },          { "terampil", 5.0, 20, 60 },   { "mahir", 12.5, 50, 100 },
    { "penyelia", 25.0, 100, 0 },        { "ahli pertama", 12.5, 50, 100 }, { "ahli muda", 25.0, 100, 200 },
    { "ahli madya", 37.5, 150, 450 },    { "ahli utama", 50.0, 200, 0 },
};
enum { JENJANG_COUNT = sizeof jenjang / sizeof jenjang[0] };

/* R3: the row of a jenjang label, or -1. */
static int jenjang_row(const asn_value *level)
{
    if (level->kind == ASN_VALUE_TEXT)
        for (int i = 0; i < JENJANG_COUNT; i++)
            if (asn_label_equals(level->text, jenjang[i].label))
                return i;
    return -1;
}

#define LEVEL_MESSAGE \
    "Level must be a jenjang: Pemula, Terampil, Mahir, Penyelia, Ahli Pertama, Ahli Muda, Ahli Madya or Ahli Utama"

int asn_credit(const asn_value *predicate, const asn_value *level, const asn_value *months, double *credit,
               asn_status *st)
{
    asn_predikat p;
    if (predicate->kind != ASN_VALUE_TEXT || !asn_predikat_from_text(predicate->text, &p)) /* R3 */
        return asn_fail(st, ASN_INVALID, "Predicate must be Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct "
                                         "or Sangat Kurang");
    int row = jenjang_row(level);
    if (row < 0) /* R3 */
        return asn_fail(st, ASN_INVALID, LEVEL_MESSAGE);
    long m;
    if (!asn_value_to_whole(months, 1, 12, 12, &m, "Months", st)) /* R2 */
        return 0;
    *credit = predikat_percent[p] / 100.0 * jenjang[row].coefficient * (double)m / 12.0; /* R1 */
    return 1;
}

static const asn_label purpose_labels[] = { { "pangkat", 0 }, { "kp", 0 }, { "jenjang", 1 }, { "kj", 1 } };

int asn_credit_need(const asn_value *level, const asn_value *purpose, double *need, asn_status *st)
{
    int row = jenjang_row(level), for_jenjang = 0;
    if (row < 0) /* R4 */
        return asn_fail(st, ASN_INVALID, LEVEL_MESSAGE);
    if (purpose->kind != ASN_VALUE_BLANK &&
        (purpose->kind != ASN_VALUE_TEXT ||
         !asn_label_find(purpose->text, purpose_labels, sizeof purpose_labels / sizeof purpose_labels[0], &for_jenjang)))
        return asn_fail(st, ASN_INVALID, "Purpose must be \"pangkat\" (kp) or \"jenjang\" (kj)"); /* R4 */
    *need = for_jenjang ? jenjang[row].jenjang : jenjang[row].pangkat;
    if (*need == 0.0) /* R4: the top jenjang of its category */
        return asn_fail(st, ASN_NOT_FOUND, "%s is the highest jenjang of its category", level->text);
    return 1;
}
