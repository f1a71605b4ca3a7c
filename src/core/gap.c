/* Competency gaps (docs/functions.md §2; PP 11/2017 Pasal 206 as amended by
 * PP 17/2020 for the gap analysis, the 2020 Berita Negara definition of JPM, and the JPM bands of the
 * docs/rules.md §6.2).
 *
 * Rules, cited in the code as (Rn):
 *  R1. Levels are numbers 0..5 (fractions allowed); a required level is 1..5. Text or an out-of-range
 *      number anywhere in a level range is an error, also in a pair that is skipped.
 *  R2. Actual and Required are paired cell by cell. A blank Required cell means "not required": the pair is
 *      skipped. A blank Actual cell where a level is required is an error. No pair taking part is an error.
 *  R3. ASNGAP Mode 0 (default): total shortfall sum(max(0, req - act)); 1: how many are below standard;
 *      2: the largest single shortfall (0 if none); 3: net sum(act - req). Other modes are an error.
 *  R4. ASNJPM = min(100, 100 * sum(w * act) / sum(w * req)); weights default to 1, must be >= 0 and pair
 *      with the levels; a blank weight is 0. sum(w * req) = 0 is an error.
 *  R5. ASNJPMCATEGORY: JPM in 0..100. "pemetaan" (default): >= 90 Optimal, >= 78 Cukup Optimal, else Kurang
 *      Optimal (Peraturan BRIN 3/2023 Pasal 33); "seleksi": >= 80 Memenuhi Syarat, >= 68 Masih Memenuhi
 *      Syarat, else Kurang Memenuhi Syarat (2020 BN regulation on uji kompetensi; attributed to Peraturan
 *      BKN 26/2019, not verified).
 *  R6. ASNWEAKNESSES / ASNSTRENGTHS: the competencies with the largest shortfalls (act < req) or surpluses
 *      (act > req), largest first, ties in range order, at most Count (default 3, a whole number >= 1).
 *      Format "Komunikasi (-2); Integritas (-1)" / "Integritas (+1)": the gap with its sign, rounded to
 *      2 decimals as ROUND(x;2) (halves away from zero), without trailing zeros; the order uses the exact
 *      gaps. Names pairs with the levels; a pair that takes part needs a name. None -> empty string. */
#include "gap.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "support/labels.h"
#include "support/locale_free.h"
#include "support/rounding.h"

/* R1, R2: checks both level ranges and counts the pairs that take part. */
static int check_levels(const asn_numbers *actual, const asn_numbers *required, size_t *taking_part, asn_status *st)
{
    size_t n = asn_numbers_count(actual);
    if (n != asn_numbers_count(required))
        return asn_fail(st, ASN_INVALID, "Actual has %zu cells but Required has %zu: they must pair", n,
                        asn_numbers_count(required));
    size_t count = 0;
    for (size_t i = 0; i < n; i++) {
        double a = actual->value[i], r = required->value[i];
        if (!actual->blank[i] && (a < 0.0 || a > 5.0)) /* R1 */
            return asn_fail(st, ASN_INVALID, "Actual: cell %zu is %.15g, outside the levels 0..5", i + 1, a);
        if (!required->blank[i] && (r < 1.0 || r > 5.0)) /* R1 */
            return asn_fail(st, ASN_INVALID, "Required: cell %zu is %.15g, outside the levels 1..5", i + 1, r);
        if (required->blank[i]) /* R2: not required */
            continue;
        if (actual->blank[i]) /* R2 */
            return asn_fail(st, ASN_INVALID, "Actual: cell %zu is blank but a level is required there", i + 1);
        count++;
    }
    if (count == 0) /* R2 */
        return asn_fail(st, ASN_INVALID, "no competency takes part: every Required cell is blank");
    *taking_part = count;
    return 1;
}

int asn_gap(const asn_numbers *actual, const asn_numbers *required, const asn_value *mode_arg, double *out, asn_status *st)
{
    long mode;
    size_t count;
    if (!check_levels(actual, required, &count, st) || !asn_value_to_whole(mode_arg, 0, 3, 0, &mode, "Mode", st)) /* R3 */
        return 0;
    double total = 0.0, largest = 0.0;
    size_t below = 0, n = asn_numbers_count(actual);
    for (size_t i = 0; i < n; i++) {
        if (required->blank[i])
            continue;
        double diff = actual->value[i] - required->value[i];
        if (mode == 3)
            total += diff;
        else if (diff < 0.0) {
            total += -diff;
            below++;
            largest = fmax(largest, -diff);
        }
    }
    *out = mode == 1 ? (double)below : mode == 2 ? largest : total; /* R3 */
    return 1;
}

int asn_jpm(const asn_numbers *actual, const asn_numbers *required, const asn_numbers *weights, double *out,
            asn_status *st)
{
    size_t count, n = asn_numbers_count(actual);
    if (!check_levels(actual, required, &count, st))
        return 0;
    if (weights && asn_numbers_count(weights) != n) /* R4 */
        return asn_fail(st, ASN_INVALID, "Weights has %zu cells but the levels have %zu", asn_numbers_count(weights), n);
    double have = 0.0, need = 0.0;
    /* The ratio does not change when every weight is divided by the same power of two, and the sums cannot
     * overflow then: weights of 1E+308 are valid. */
    double scale = weights ? asn_power_of_two_scale(weights->value, n) : 1.0;
    for (size_t i = 0; i < n; i++) {
        double w = weights ? weights->value[i] / scale : 1.0; /* a blank weight holds 0.0 */
        if (w < 0.0) /* R4 */
            return asn_fail(st, ASN_INVALID, "Weights: cell %zu is negative (%.15g)", i + 1, weights->value[i]);
        if (required->blank[i])
            continue;
        have += w * actual->value[i];
        need += w * required->value[i];
    }
    if (!(need > 0.0) || !isfinite(need) || !isfinite(have)) /* R4 */
        return asn_fail(st, ASN_INVALID, "the weighted required levels sum to 0");
    *out = fmin(100.0, 100.0 * have / need);
    return 1;
}

static const asn_label purposes[] = { { "pemetaan", 0 }, { "seleksi", 1 } };

int asn_jpm_category(const asn_value *jpm, const asn_value *purpose, const char **label, asn_status *st)
{
    int selection = 0;
    double x;
    if (!asn_value_to_number(jpm, &x, "JPM", st))
        return 0;
    if (x < 0.0 || x > 100.0) /* R5 */
        return asn_fail(st, ASN_INVALID, "JPM must be from 0 to 100, not %.15g", x);
    if (purpose->kind != ASN_VALUE_BLANK &&
        (purpose->kind != ASN_VALUE_TEXT || !asn_label_find(purpose->text, purposes, 2, &selection)))
        return asn_fail(st, ASN_INVALID, "Purpose must be \"pemetaan\" or \"seleksi\"");
    if (selection) /* R5 */
        *label = x >= 80.0 ? "Memenuhi Syarat" : x >= 68.0 ? "Masih Memenuhi Syarat" : "Kurang Memenuhi Syarat";
    else
        *label = x >= 90.0 ? "Optimal" : x >= 78.0 ? "Cukup Optimal" : "Kurang Optimal";
    return 1;
}

typedef struct {
    size_t index;
    double size; /* |gap|, exact */
} gap_entry;

static int by_size_then_order(const void *pa, const void *pb)
{
    const gap_entry *a = pa, *b = pb;
    if (a->size != b->size)
        return a->size > b->size ? -1 : 1; /* largest first */
    return (a->index > b->index) - (a->index < b->index); /* R6: ties in range order */
}

/* R6: "-1.5", "+1", "-0.13": rounded to 2 decimals, no trailing zeros, the sign of the exact gap. */
static void format_gap(double gap, char *buf, size_t cap)
{
    char digits[64];
    if (asn_fixed_text(fabs(asn_round(gap, 2)), 2, digits, sizeof digits) < 0)
        digits[0] = '\0'; /* cannot happen: |gap| <= 5 */
    char *dot = strchr(digits, '.');
    if (dot) {
        char *end = digits + strlen(digits) - 1;
        while (end > dot && *end == '0')
            *end-- = '\0';
        if (end == dot)
            *end = '\0';
    }
    snprintf(buf, cap, "%c%s", gap < 0.0 ? '-' : '+', digits);
}

#define COUNT_ALL 2147483647L /* more levels than memory holds: a Count this large lists them all */

int asn_gap_feedback(const asn_numbers *actual, const asn_numbers *required, const asn_cells *names,
                     const asn_value *count_arg, int strengths, char *out, size_t cap, asn_status *st)
{
    size_t taking_part, n = asn_numbers_count(actual);
    long count;
    /* R6: any whole number >= 1, however large (2^63, 1E+300): beyond COUNT_ALL it lists everything anyway, so it
     * is brought down before it is converted to an integer (which would be undefined beyond LONG_MAX). COUNT_ALL
     * fits the 32-bit long of Windows, so that both platforms accept and answer the same. */
    asn_value bounded = *count_arg;
    if (bounded.kind == ASN_VALUE_NUMBER && bounded.number == floor(bounded.number) && bounded.number > COUNT_ALL)
        bounded.number = COUNT_ALL;
    if (!check_levels(actual, required, &taking_part, st) ||
        !asn_value_to_whole(&bounded, 1, COUNT_ALL, 3, &count, "Count", st)) /* R6 */
        return 0;
    if (names->rows * names->cols != n)
        return asn_fail(st, ASN_INVALID, "Names has %zu cells but the levels have %zu: they must pair",
                        names->rows * names->cols, n);
    gap_entry *entries = malloc((n ? n : 1) * sizeof *entries);
    if (!entries)
        return asn_fail(st, ASN_INVALID, "not enough memory");
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (required->blank[i])
            continue;
        if (names->cell[i].kind == ASN_VALUE_BLANK) {
            free(entries);
            return asn_fail(st, ASN_INVALID, "Names: cell %zu is blank", i + 1);
        }
        double gap = actual->value[i] - required->value[i];
        if ((strengths && gap > 0.0) || (!strengths && gap < 0.0))
            entries[m++] = (gap_entry){ i, fabs(gap) };
    }
    qsort(entries, m, sizeof *entries, by_size_then_order);
    size_t used = 0;
    out[0] = '\0';
    for (size_t k = 0; k < m && k < (size_t)count; k++) {
        size_t i = entries[k].index;
        char number[96], name[64];
        const char *label = names->cell[i].text;
        if (names->cell[i].kind == ASN_VALUE_NUMBER) {
            asn_number_text(names->cell[i].number, name, sizeof name);
            label = name;
        }
        format_gap(actual->value[i] - required->value[i], number, sizeof number);
        int w = snprintf(out + used, cap - used, "%s%s (%s)", k ? "; " : "", label, number);
        if (w < 0 || (size_t)w >= cap - used) {
            free(entries);
            return asn_fail(st, ASN_INVALID, "the text is too long");
        }
        used += (size_t)w;
    }
    free(entries);
    return 1;
}
