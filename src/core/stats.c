/* Pool statistics with GSL (contract: docs/functions.md section 4).
 *
 * Rules, cited in the code as (Rn):
 *  R1. Pools are the numeric cells of a range: blanks are skipped, text is an error (the binding
 *      refuses text before the core sees the pool).
 *  R2. ASNZSCORE = (Value - mean) / sample sd; fewer than two values or sd = 0 -> error.
 *      Equals STANDARDIZE(Value; AVERAGE(r); STDEV(r)).
 *  R3. ASNPERCENTILE = 100 * (count(v < Value) + 0.5 * count(v = Value)) / n; n = 0 -> error.
 *  R4. ASNSTATS = n, mean, sample sd, min, Q1, median, Q3, max; quartiles as QUARTILE.INC (linear
 *      interpolation between order statistics, which is gsl_stats_quantile_from_sorted_data);
 *      n = 0 -> error; n = 1 -> sd is empty.
 *  R5. ASNMERIT(S) = sum(w_k * z_k) / sum(w_k), z_k standardised against column k (mean and sample sd of its
 *      numeric cells). A column with sd 0 gives z_k = 0 and keeps its weight. A column with fewer than two
 *      numbers -> error. Weights >= 0 (blank = 0), one per column, sum > 0, else error.
  *  R6. No result is NaN or infinite. Values and weights are divided by a power of two (exact) before GSL sums
 *      them, so valid input near 1E+308 (weights {1E308;1E308}, values {1E308;-1E308}) gives its finite result. */
#include "stats.h"

#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>
#include <math.h>

size_t asn_numbers_compact(const asn_numbers *r, double *out)
{
    size_t n = 0, count = asn_numbers_count(r);
    for (size_t i = 0; i < count; i++)
        if (!r->blank[i]) /* R1 */
            out[n++] = r->value[i];
    return n;
}

static int finite_or_fail(double x, const char *what, asn_status *st)
{
    if (isfinite(x))
        return 1;
    return asn_fail(st, ASN_INVALID, "%s is not a finite number (the values are too large)", what); /* R6 */
}

/* Divides the n values in work by a power of two that brings them into (-2, 2) and returns it: GSL's
 * running mean and sd subtract values from one another, which overflows for 1E+308 and -1E+308; scaled, they
 * cannot, and the scale is exact, so mean and sd are the scaled ones times it (R6). */
static double scale_down(double *work, size_t n)
{
    double scale = asn_power_of_two_scale(work, n);
    for (size_t i = 0; i < n; i++)
        work[i] /= scale;
    return scale;
}

int asn_zscore(double value, const asn_numbers *values, double *work, double *z, asn_status *st)
{
    size_t n = asn_numbers_compact(values, work);
    if (n < 2) /* R2 */
        return asn_fail(st, ASN_INVALID, "Values holds %zu number(s): a standard deviation needs at least 2", n);
    double scale = scale_down(work, n); /* R6 */
    double mean = gsl_stats_mean(work, 1, n);
    double sd = gsl_stats_sd_m(work, 1, n, mean);
    if (sd == 0.0) /* R2 */
        return asn_fail(st, ASN_INVALID, "the values are all equal (standard deviation 0)");
    *z = (value / scale - mean) / sd; /* the scale cancels: (value - mean * scale) / (sd * scale) */
    return finite_or_fail(*z, "the z-score", st);
}

int asn_percentile(double value, const asn_numbers *values, double *percentile, asn_status *st)
{
    size_t count = asn_numbers_count(values), n = 0, below = 0, equal = 0;
    for (size_t i = 0; i < count; i++) {
        if (values->blank[i]) /* R1 */
            continue;
        n++;
        below += values->value[i] < value;
        equal += values->value[i] == value;
    }
    if (n == 0) /* R3 */
        return asn_fail(st, ASN_INVALID, "Values holds no number");
    *percentile = 100.0 * ((double)below + 0.5 * (double)equal) / (double)n;
    return 1;
}

int asn_stats(const asn_numbers *values, double *work, double out[8], int *has_sd, asn_status *st)
{
    size_t n = asn_numbers_compact(values, work);
    if (n == 0) /* R4 */
        return asn_fail(st, ASN_INVALID, "Values holds no number");
    gsl_sort(work, 1, n);
    double scale = scale_down(work, n); /* R6: the quantiles interpolate too, which could overflow */
    double mean = gsl_stats_mean(work, 1, n);
    out[0] = (double)n;
    out[1] = mean * scale;
    out[2] = n > 1 ? gsl_stats_sd_m(work, 1, n, mean) * scale : 0.0;
    *has_sd = n > 1;
    out[3] = work[0] * scale;
    out[4] = gsl_stats_quantile_from_sorted_data(work, 1, n, 0.25) * scale;
    out[5] = gsl_stats_median_from_sorted_data(work, 1, n) * scale;
    out[6] = gsl_stats_quantile_from_sorted_data(work, 1, n, 0.75) * scale;
    out[7] = work[n - 1] * scale;
    for (int i = 1; i < 8; i++)
        if (!finite_or_fail(out[i], "a statistic", st))
            return 0;
    return 1;
}

int asn_merit_columns(const asn_numbers *table, const asn_numbers *weights, double *work, double *mean,
                      double *sd, double *weight_sum, asn_status *st)
{
    size_t cols = table->cols;
    if (asn_numbers_count(weights) != cols) /* R5 */
        return asn_fail(st, ASN_INVALID, "Weights has %zu cells but Table has %zu columns: one weight per column",
                        asn_numbers_count(weights), cols);
    double sum = 0.0, weight_scale = asn_power_of_two_scale(weights->value, cols); /* R6: see asn_merit_of */
    for (size_t c = 0; c < cols; c++) {
        if (weights->value[c] < 0.0) /* R5 */
            return asn_fail(st, ASN_INVALID, "Weights: cell %zu is negative (%.15g)", c + 1, weights->value[c]);
        sum += weights->value[c] / weight_scale;
    }
    if (!(sum > 0.0)) /* R5 */
        return asn_fail(st, ASN_INVALID, "the weights must add up to more than 0");
    for (size_t c = 0; c < cols; c++) {
        size_t n = 0;
        for (size_t r = 0; r < table->rows; r++)
            if (!table->blank[r * cols + c])
                work[n++] = table->value[r * cols + c];
        if (n < 2) /* R5 */
            return asn_fail(st, ASN_INVALID, "Table column %zu holds %zu number(s): at least 2 are needed", c + 1, n);
        double scale = scale_down(work, n);
        mean[c] = gsl_stats_mean(work, 1, n);
        sd[c] = gsl_stats_sd_m(work, 1, n, mean[c]) * scale;
        mean[c] *= scale;
        if (!finite_or_fail(mean[c], "a column mean", st) || !finite_or_fail(sd[c], "a column sd", st))
            return 0;
    }
    *weight_sum = sum;
    return 1;
}

double asn_merit_of(const double *row, const asn_numbers *weights, const double *mean, const double *sd,
                    size_t cols, double weight_sum)
{
    /* weight_sum is the sum of the weights divided by the same power of two (R6: 1E+308 weights are valid). */
    double total = 0.0, weight_scale = asn_power_of_two_scale(weights->value, cols);
    for (size_t c = 0; c < cols; c++) {
        double z = sd[c] > 0.0 ? (row[c] - mean[c]) / sd[c] : 0.0; /* R5: sd 0 -> z 0, weight kept */
        total += weights->value[c] / weight_scale * z;
    }
    return total / weight_sum;
}
