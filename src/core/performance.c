/* Nilai kinerja and predikat (docs/functions.md §1; sources in
 * the regulations cited in docs/functions.md sections 1 and 1b).
 *
 * Rules, cited in the code as (Rn):
 *  R1. ASNPERFORMANCE: SKP and Behavior are numbers >= 0.
 *  R2. Scheme weights (SKP, Behavior): PP30 0.7/0.3 and PP30-360 0.6/0.4 (PP 30/2019 Pasal 41 ayat 2-4);
 *      PP46 0.6/0.4 (PP 46/2011, Perka BKN 1/2013). Blank -> PP30; any other scheme is an error.
 *  R3. ASNCATEGORY PP30 (and PP30-360): score in 0..120; Sangat Baik needs score >= 110 AND an
 *      innovation, else Baik >= 90, Cukup >= 70, Kurang >= 50, else Sangat Kurang (PP 30/2019 Pasal 41
 *      ayat 5; letters d-e are medium confidence, see docs/rules.md §9).
 *  R4. ASNCATEGORY PP46: score >= 0; Sangat Baik >= 91, Baik >= 76, Cukup >= 61, Kurang >= 51, else Buruk.
 *      The regulation gives integer bands; a score between them (90.5) falls into the lower band,
 *      because the thresholds are applied exactly as written.
 *  R5. Innovation is TRUE/FALSE, 1/0 or blank (FALSE), whatever the scheme.
 *  R6. ASNPREDICATE: the PermenPANRB 6/2022 matrix of hasil kerja x perilaku kerja. */
#include "performance.h"

#include <math.h>

#include "support/labels.h"

static const asn_label scheme_labels[] = {
    { "pp30", ASN_SCHEME_PP30 },
    { "pp30-360", ASN_SCHEME_PP30_360 },
    { "pp46", ASN_SCHEME_PP46 },
};

/* R2: weights of SKP and perilaku kerja per scheme, indexed by asn_scheme. */
static const struct { double skp, behavior; } scheme_weights[] = {
    [ASN_SCHEME_PP30] = { 0.7, 0.3 },     /* PP 30/2019 Pasal 41 ayat (3): without 360-degree input */
    [ASN_SCHEME_PP30_360] = { 0.6, 0.4 }, /* PP 30/2019 Pasal 41 ayat (4): with peer/subordinate input */
    [ASN_SCHEME_PP46] = { 0.6, 0.4 },     /* PP 46/2011, Perka BKN 1/2013 */
};

int asn_scheme_from_value(const asn_value *v, asn_scheme *out, asn_status *st)
{
    int id;
    if (v->kind == ASN_VALUE_BLANK) {
        *out = ASN_SCHEME_PP30;
        return 1;
    }
    if (v->kind == ASN_VALUE_TEXT &&
        asn_label_find(v->text, scheme_labels, sizeof scheme_labels / sizeof scheme_labels[0], &id)) {
        *out = (asn_scheme)id;
        return 1;
    }
    if (v->kind == ASN_VALUE_TEXT)
        return asn_fail(st, ASN_INVALID, "Scheme: unknown scheme \"%s\" (PP30, PP30-360 or PP46)", v->text);
    return asn_fail(st, ASN_INVALID, "Scheme must be the text PP30, PP30-360 or PP46, not %.15g", v->number);
}

int asn_performance(double skp, double behavior, asn_scheme scheme, double *out, asn_status *st)
{
    if (skp < 0.0) /* R1 */
        return asn_fail(st, ASN_INVALID, "SKP must be 0 or more, not %.15g", skp);
    if (behavior < 0.0) /* R1 */
        return asn_fail(st, ASN_INVALID, "Behavior must be 0 or more, not %.15g", behavior);
    double v = scheme_weights[scheme].skp * skp + scheme_weights[scheme].behavior * behavior; /* R2 */
    if (!isfinite(v))
        return asn_fail(st, ASN_INVALID, "the result is not a finite number");
    *out = v;
    return 1;
}

/* R4: PP 46/2011 bands, highest first (Perka BKN 1/2013). */
static const struct { double min; const char *label; } pp46_bands[] = {
    { 91.0, "Sangat Baik" }, { 76.0, "Baik" }, { 61.0, "Cukup" }, { 51.0, "Kurang" }, { 0.0, "Buruk" },
};

/* R3: PP 30/2019 bands, highest first; Sangat Baik is handled apart because it needs an innovation. */
static const struct { double min; const char *label; } pp30_bands[] = {
    { 90.0, "Baik" }, { 70.0, "Cukup" }, { 50.0, "Kurang" }, { 0.0, "Sangat Kurang" },
};

int asn_category(double score, asn_scheme scheme, int innovation, const char **label, asn_status *st)
{
    if (scheme == ASN_SCHEME_PP46) {
        if (score < 0.0) /* R4 */
            return asn_fail(st, ASN_INVALID, "Score must be 0 or more for PP46, not %.15g", score);
        for (size_t i = 0; i < sizeof pp46_bands / sizeof pp46_bands[0]; i++) {
            if (score >= pp46_bands[i].min) {
                *label = pp46_bands[i].label;
                return 1;
            }
        }
    }
    if (score < 0.0 || score > 120.0) /* R3 */
        return asn_fail(st, ASN_INVALID, "Score must be from 0 to 120 for PP30, not %.15g", score);
    if (score >= 110.0 && innovation) { /* R3 */
        *label = "Sangat Baik";
        return 1;
    }
    for (size_t i = 0; i < sizeof pp30_bands / sizeof pp30_bands[0]; i++) {
        if (score >= pp30_bands[i].min) {
            *label = pp30_bands[i].label;
            return 1;
        }
    }
    return asn_fail(st, ASN_INVALID, "Score %.15g is outside every band", score); /* unreachable: 0 is a band */
}

/* R6: PermenPANRB 6/2022 (docs/rules.md §3.2), [hasil kerja][perilaku kerja], 1 = Di Bawah. */
static const char *const predicate_matrix[3][3] = {
    /* hasil Di Bawah */ { "Sangat Kurang", "Butuh Perbaikan", "Butuh Perbaikan" },
    /* hasil Sesuai   */ { "Kurang/Misconduct", "Baik", "Baik" },
    /* hasil Di Atas  */ { "Kurang/Misconduct", "Baik", "Sangat Baik" },
};

const char *asn_predicate(int work_result, int behavior)
{
    return predicate_matrix[work_result - 1][behavior - 1];
}
