/* ASNSCORE and ASNSCORES (contract: docs/functions.md, section 1).
 *
 * Rules, cited in the code as (Rn):
 *  R1. Values and Weights hold the same number of cells; their shapes may differ (a row against a column).
 *      For ASNSCORES, Weights holds one cell per column of Table.
 *  R2. A blank weight is weight 0. A negative weight is an error (text never gets here: the binding
 *      refuses it with the cell's position).
 *  R3. A blank value: BlankMode 0 skips the pair (the remaining weights renormalise), 1 counts it as 0,
 *      2 makes the call an error.
 *  R4. BlankMode is omitted/blank (0) or one of the whole numbers 0, 1, 2.
 *  R5. Score = sum(w*v) / sum(w) over the pairs that take part; weights need not sum to 1 or 100.
 *  R6. ASNSCORE: no pair taking part, or sum(w) = 0 -> error.
 *  R7. ASNSCORES: weights that are all 0 -> error for the whole call; a row whose positively weighted
 *      cells are all blank (mode 0) has no score (an empty string in the sheet), not an error.
 *  R8. A result that is not finite is an error, never NaN or Inf.
 *
 * The weighted mean itself is GSL's gsl_stats_wmean, fed effective weights: a pair that does not take
 * part gets weight 0, which gsl_stats_wmean skips. */
#include "score.h"

#include <gsl/gsl_statistics_double.h>
#include <math.h>

int asn_score_blank_mode(const asn_value *v, asn_blank_mode *mode, asn_status *st)
{
    long m;
    if (!asn_value_to_whole(v, 0, 2, 0, &m, "BlankMode", st)) /* R4 */
        return 0;
    *mode = (asn_blank_mode)m;
    return 1;
}

/* Checks the weights (R2); returns their sum through *total and the power of two they are divided by
 * through *scale (the score does not change when every weight is divided by the same number, and so the
 * sums cannot overflow: weights of 1E+308 are valid). */
static int check_weights(const asn_numbers *weights, double *total, double *scale, asn_status *st)
{
    double sum = 0.0;
    size_t n = asn_numbers_count(weights);
    for (size_t i = 0; i < n; i++)
        if (!weights->blank[i] && weights->value[i] < 0.0)
            return asn_fail(st, ASN_INVALID, "Weights: cell %zu is negative (%.15g)", i + 1, weights->value[i]);
    *scale = asn_power_of_two_scale(weights->value, n);
    for (size_t i = 0; i < n; i++)
        sum += weights->value[i] / *scale; /* a blank weight holds 0.0 */
    *total = sum;
    return 1;
}

/* Effective weights of one row: work[i] = the weight of pair i if it takes part, else 0 (R3).
 * Fails in BlankMode 2 when a value is blank. *taking_part counts the pairs that take part and
 * *weight_sum adds up their weights. `row` is 0 for ASNSCORE, else the 1-based row of ASNSCORES. */
static int effective_weights(const unsigned char *blank, const asn_numbers *weights, double scale, size_t n,
                             asn_blank_mode mode, double *work, size_t *taking_part, double *weight_sum,
                             size_t row, asn_status *st)
{
    double sum = 0.0;
    size_t count = 0;
    for (size_t i = 0; i < n; i++) {
        if (blank[i] && mode == ASN_BLANK_IS_ERROR) {
            if (row == 0)
                return asn_fail(st, ASN_INVALID, "Values: cell %zu is blank (BlankMode 2)", i + 1);
            return asn_fail(st, ASN_INVALID, "Table: row %zu, column %zu is blank (BlankMode 2)", row, i + 1);
        }
        /* BlankMode 0 leaves a blank value out; BlankMode 1 keeps it, and it already reads 0.0. */
        int takes_part = !(blank[i] && mode == ASN_BLANK_SKIP);
        work[i] = takes_part ? weights->value[i] / scale : 0.0;
        sum += work[i];
        count += (size_t)takes_part;
    }
    *taking_part = count;
    *weight_sum = sum;
    return 1;
}

int asn_score(const asn_numbers *values, const asn_numbers *weights, asn_blank_mode mode,
              double *work, double *score, asn_status *st)
{
    size_t n = asn_numbers_count(values);
    if (n != asn_numbers_count(weights)) /* R1 */
        return asn_fail(st, ASN_INVALID, "Values has %zu cells but Weights has %zu: they must pair cell by cell",
                        n, asn_numbers_count(weights));
    double total, scale, sum_w = 0.0;
    size_t taking_part = 0;
    if (!check_weights(weights, &total, &scale, st)) /* R2 */
        return 0;
    if (!effective_weights(values->blank, weights, scale, n, mode, work, &taking_part, &sum_w, 0, st)) /* R3 */
        return 0;
    if (taking_part == 0) /* R6 */
        return asn_fail(st, ASN_INVALID, "no pair takes part: every value is blank");
    if (!(sum_w > 0.0)) /* R6 */
        return asn_fail(st, ASN_INVALID, "the weights of the pairs that take part sum to 0");
    double mean = gsl_stats_wmean(work, 1, values->value, 1, n); /* R5 */
    if (!isfinite(mean)) /* R8 */
        return asn_fail(st, ASN_INVALID, "the score is not a finite number");
    *score = mean;
    return 1;
}

int asn_scores(const asn_numbers *table, const asn_numbers *weights, asn_blank_mode mode,
               double *work, double *scores, unsigned char *has_score, asn_status *st)
{
    size_t cols = table->cols;
    if (asn_numbers_count(weights) != cols) /* R1 */
        return asn_fail(st, ASN_INVALID, "Table has %zu columns but Weights has %zu cells: one weight per column",
                        cols, asn_numbers_count(weights));
    double total, scale;
    if (!check_weights(weights, &total, &scale, st)) /* R2 */
        return 0;
    if (!(total > 0.0)) /* R7 */
        return asn_fail(st, ASN_INVALID, "the weights are all 0");
    for (size_t r = 0; r < table->rows; r++) {
        const double *value = table->value + r * cols;
        const unsigned char *blank = table->blank + r * cols;
        double sum_w = 0.0;
        size_t taking_part = 0;
        if (!effective_weights(blank, weights, scale, cols, mode, work, &taking_part, &sum_w, r + 1, st)) /* R3 */
            return 0;
        if (!(sum_w > 0.0)) { /* R7 */
            has_score[r] = 0;
            scores[r] = 0.0;
            continue;
        }
        double mean = gsl_stats_wmean(work, 1, value, 1, cols); /* R5 */
        if (!isfinite(mean)) /* R8 */
            return asn_fail(st, ASN_INVALID, "Table: the score of row %zu is not a finite number", r + 1);
        scores[r] = mean;
        has_score[r] = 1;
    }
    return 1;
}
