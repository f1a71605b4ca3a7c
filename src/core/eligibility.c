/* ASNELIGIBLE: the regular promotion check (kenaikan pangkat reguler; docs/rules.md §7.2,
 * confidence medium: at least 4 years in the last pangkat and predikat at least Baik in the last
 * 2 years, no active disciplinary sentence).
 *
 * Rules, cited in the code as (Rn):
 *  R1. YearsInGrade is a number >= 0; MinYears a number >= 0, default 4.
 *  R2. Predicates: the given (non-blank) ones must number at least two and each be Baik or Sangat Baik.
 *      A label that is not one of the five PermenPANRB 6/2022 predikat (or PP 30 Cukup/Kurang) is an error.
 *  R3. Penalty (an active disciplinary sentence): blank, 0, FALSE or "tidak" = none; 1, TRUE or "ya" = a
 *      sentence; anything else is an error.
 *  R4. Result 1 when YearsInGrade >= MinYears and R2 and no sentence; else 0. */
#include "career.h"
#include "support/labels.h"
#include "predicates.h"

int asn_eligible(const asn_value *years, const asn_cells *predicates, const asn_value *min_years,
                 const asn_value *penalty, int *eligible, asn_status *st)
{
    double y, min = 4.0;
    if (!asn_value_to_number(years, &y, "YearsInGrade", st))
        return 0;
    if (y < 0.0) /* R1 */
        return asn_fail(st, ASN_INVALID, "YearsInGrade must not be negative (%.15g)", y);
    if (min_years->kind != ASN_VALUE_BLANK) {
        if (!asn_value_to_number(min_years, &min, "MinYears", st))
            return 0;
        if (min < 0.0) /* R1 */
            return asn_fail(st, ASN_INVALID, "MinYears must not be negative (%.15g)", min);
    }
    size_t given = 0, good = 0, n = predicates->rows * predicates->cols;
    for (size_t i = 0; i < n; i++) {
        const asn_value *p = &predicates->cell[i];
        asn_predikat k;
        if (p->kind == ASN_VALUE_BLANK)
            continue;
        if (p->kind != ASN_VALUE_TEXT || !asn_predikat_from_text(p->text, &k)) /* R2 */
            return asn_fail(st, ASN_INVALID, "Predicates: cell %zu is not a predikat (Sangat Baik, Baik, Butuh "
                                             "Perbaikan, Kurang/Misconduct, Sangat Kurang)", i + 1);
        given++;
        good += k == ASN_PRED_BAIK || k == ASN_PRED_SANGAT_BAIK;
    }
    int sentenced;
    if (!asn_value_to_yes_no(penalty, &sentenced, "Penalty", st)) /* R3 */
        return 0;
    *eligible = y >= min && given >= 2 && good == given && !sentenced; /* R4 */
    return 1;
}
