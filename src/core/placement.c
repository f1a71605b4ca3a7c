/* Filling vacant positions from the roster (docs/functions.md §8; docs/rules.md §6.2, §7.5).
 *  P1. Levels is N rows (employees) x K columns (competencies, matched to the standard by the binding); a level
 *      anywhere in a column some position requires must be blank or 0..5 (else ASN_INVALID); columns no
 *      position requires are not read.
 *  P2. An employee is considered for a position when eligible (eligible NULL: everyone) and no required column
 *      of the row is blank.
 *  P3. JPM = ASNJPM(levels; standard) over the required columns, unweighted: min(100, 100 x sum of levels /
 *      sum of required levels), with asn_jpm's arithmetic (the same sums in the same order: the unit tests check
 *      that the two never differ), inline because ASNPLACEMENT computes it for every vacancy and employee.
 *  P4. ASNSHORTLIST orders by higher JPM, then higher sum of levels over the required columns, then lower row:
 *      a total order, so the same list on every platform. The best `count` are kept.
 *  P5. ASNPLACEMENT: pairs with JPM >= minimum only; each JPM weighs round(JPM x 10^4) in whole units
 *      (asn_scaled_integer: 4 decimals, exactly as the contract compares totals), and the assignment
 *      (assignment.c) fills the most vacancies, then the largest total of those weights. Each vacancy hands it
 *      only its best V candidates (V = the number of vacancies; by weight, then row): the assignment would keep
 *      no more (assignment.c A3), and memory stays V x V whatever the roster.
 *  P6. A vacancy without a standard (required NULL) stays unfilled; vacancies of the same position are separate
 *      rows of the assignment.
 *  P7. Limits: up to 1,000 vacancies and 100,000 employees (the binding refuses more); the assignment's own
 *      work budget answers ASN_NO_CONVERGENCE (Err:523). */
#include "placement.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "assignment.h"
#include "support/rounding.h"

/* P1: the levels of every column `used` marks are blank or 0..5. */
static int check_columns(const asn_numbers *levels, const unsigned char *used, asn_status *st)
{
    for (size_t r = 0; r < levels->rows; r++)
        for (size_t k = 0; k < levels->cols; k++) {
            size_t i = r * levels->cols + k;
            double level = levels->value[i];
            if (used[k] && !levels->blank[i] && (level < 0.0 || level > 5.0))
                return asn_fail(st, ASN_INVALID, "Levels: row %zu, column %zu is %.15g, outside the levels 0..5",
                                r + 1, k + 1, level);
        }
    return 1;
}

/* The columns `standard` requires, in column order, into cols (k entries of room); how many. Rows then read only
 * those: a roster with many other columns costs no more. */
static size_t required_columns(const asn_standard *standard, size_t k, size_t *cols)
{
    size_t n = 0;
    for (size_t c = 0; c < k; c++)
        if (standard->required[c] > 0.0)
            cols[n++] = c;
    return n;
}

/* P2, P3: 1 and *jpm, *sum when row r is considered for `standard` (its required columns cols[0..n)); 0 when it is
 * not. Only the required columns are read (P1). */
static int row_jpm(const asn_standard *standard, const size_t *cols, size_t n, const asn_numbers *levels, size_t r,
                   double *jpm, double *sum)
{
    const double *act = levels->value + r * levels->cols;
    const unsigned char *blank = levels->blank + r * levels->cols;
    double have = 0.0, need = 0.0;
    for (size_t i = 0; i < n; i++) {
        size_t c = cols[i];
        if (blank[c])
            return 0; /* P2 */
        have += 1.0 * act[c]; /* asn_jpm's terms, weight 1, in column order */
        need += 1.0 * standard->required[c];
    }
    if (!(need > 0.0))
        return 0;
    *jpm = fmin(100.0, 100.0 * have / need);
    *sum = have;
    return 1;
}

typedef struct {
    size_t row;
    double jpm, sum;
} ranked;

static int best_first(const void *pa, const void *pb) /* P4 */
{
    const ranked *a = pa, *b = pb;
    if (a->jpm != b->jpm)
        return a->jpm > b->jpm ? -1 : 1;
    if (a->sum != b->sum)
        return a->sum > b->sum ? -1 : 1;
    return (a->row > b->row) - (a->row < b->row);
}

int asn_shortlist(const asn_standard *standard, const asn_numbers *levels, const unsigned char *eligible, size_t count,
                  asn_candidate *out, size_t *found, asn_status *st)
{
    size_t n = levels->rows, k = levels->cols;
    *found = 0;
    unsigned char *used = calloc(k ? k : 1, 1);
    size_t *cols = malloc((k ? k : 1) * sizeof *cols);
    ranked *all = malloc((n ? n : 1) * sizeof *all);
    if (!used || !cols || !all) {
        free(used), free(cols), free(all);
        return asn_fail(st, ASN_NO_CONVERGENCE, "out of memory for %zu employees", n);
    }
    for (size_t c = 0; c < k; c++)
        used[c] = standard->required[c] > 0.0;
    int ok = check_columns(levels, used, st);
    size_t m = 0, n_cols = required_columns(standard, k, cols);
    for (size_t r = 0; ok && r < n; r++) {
        double jpm, sum;
        if ((!eligible || eligible[r]) && row_jpm(standard, cols, n_cols, levels, r, &jpm, &sum))
            all[m++] = (ranked){ r, jpm, sum };
    }
    if (ok) {
        qsort(all, m, sizeof *all, best_first);
        for (size_t i = 0; i < m && i < count; i++)
            out[(*found)++] = (asn_candidate){ all[i].row, all[i].jpm };
    }
    free(used), free(cols), free(all);
    return ok;
}

/* P5: a vacancy's best candidates so far, a heap whose root is the worst kept (lowest JPM, then highest row). The
 * JPM itself orders them, not its 4-decimal weight: the order is the same where the weights differ (a higher JPM
 * never rounds to less), so the kept ones are a best V by weight too, and the rounding (a formatted number) is
 * paid for the kept ones only. */
typedef struct {
    double jpm;
    size_t row;
} kept;

static int worse(const kept *a, const kept *b)
{
    return a->jpm != b->jpm ? a->jpm < b->jpm : a->row > b->row;
}

static void keep_best(kept *heap, size_t *size, size_t cap, kept candidate)
{
    size_t i;
    if (*size < cap) { /* sift up */
        for (i = (*size)++; i > 0 && worse(&candidate, &heap[(i - 1) / 2]); i = (i - 1) / 2)
            heap[i] = heap[(i - 1) / 2];
        heap[i] = candidate;
        return;
    }
    if (!worse(&heap[0], &candidate)) /* no better than the worst kept */
        return;
    for (i = 0;;) { /* the root replaced, sifted down */
        size_t child = 2 * i + 1;
        if (child >= *size)
            break;
        if (child + 1 < *size && worse(&heap[child + 1], &heap[child]))
            child++;
        if (!worse(&heap[child], &candidate))
            break;
        heap[i] = heap[child];
        i = child;
    }
    heap[i] = candidate;
}

int asn_placement(const asn_standard *standards, size_t vacancies, const asn_numbers *levels,
                  const unsigned char *eligible, double minimum, asn_candidate *out, unsigned char *taken,
                  asn_status *st)
{
    size_t n = levels->rows, k = levels->cols, per = vacancies ? vacancies : 1;
    for (size_t v = 0; v < vacancies; v++)
        taken[v] = 0;
    unsigned char *used = calloc(k ? k : 1, 1);
    size_t *first = malloc((vacancies + 1) * sizeof *first);
    asn_assignment_pair *pairs = malloc(per * per * sizeof *pairs);
    kept *heap = malloc(per * sizeof *heap);
    long *match = malloc(per * sizeof *match);
    size_t *cols = malloc((k ? k : 1) * sizeof *cols);
    int ok = used && first && pairs && heap && match && cols;
    if (!ok)
        asn_fail(st, ASN_NO_CONVERGENCE, "out of memory for %zu vacancies", vacancies);
    for (size_t v = 0; ok && v < vacancies; v++)
        for (size_t c = 0; standards[v].required && c < k; c++)
            used[c] |= standards[v].required[c] > 0.0;
    ok = ok && check_columns(levels, used, st);
    size_t total = 0;
    for (size_t v = 0; ok && v < vacancies; v++) {
        size_t size = 0, n_cols = standards[v].required ? required_columns(&standards[v], k, cols) : 0;
        first[v] = total;
        for (size_t r = 0; standards[v].required && r < n; r++) { /* P6 */
            double jpm, sum;
            if ((!eligible || eligible[r]) && row_jpm(&standards[v], cols, n_cols, levels, r, &jpm, &sum) &&
                jpm >= minimum)
                keep_best(heap, &size, per, (kept){ jpm, r }); /* P5 */
        }
        for (size_t i = 0; i < size; i++) {
            long long units;
            if (asn_scaled_integer(heap[i].jpm, 4, &units)) /* P5: 0..10^6 */
                pairs[total++] = (asn_assignment_pair){ heap[i].row, (int64_t)units };
        }
    }
    if (ok) {
        first[vacancies] = total;
        ok = asn_assignment(vacancies, n, first, pairs, 1000000, match, st); /* P5: JPM <= 100 -> <= 10^6 units */
    }
    for (size_t v = 0; ok && v < vacancies; v++) {
        double jpm, sum;
        if (match[v] >= 0 && row_jpm(&standards[v], cols, required_columns(&standards[v], k, cols), levels,
                                     (size_t)match[v], &jpm, &sum)) {
            out[v] = (asn_candidate){ (size_t)match[v], jpm };
            taken[v] = 1;
        }
    }
    free(used), free(first), free(pairs), free(heap), free(match), free(cols);
    return ok;
}
