/* ASNTRAININGPLAN: fund the trainings that close the most competency gap for the money
 * (contract: docs/functions.md section 5).
 *
 * Rules, cited in the code as (Rn):
 *  R1. Benefits and Costs are paired cell by cell and hold numbers >= 0; a row with a blank in either is never
 *      chosen (and shows empty). Budget is a number; below 0 as given -> error.
 *  R2. Costs and Budget are taken in whole cents, rounded as Calc's ROUND(x;2) (2.005 -> 2.01).
 *  R3. Benefits are compared exactly: they are scaled by 10^k, k the most decimals any benefit has at the 15
 *      significant digits Calc shows (rounding.c), at most 9; benefits with more than 9 decimals are rounded
 *      to 9 first. (No tolerance: 1.0000001 has 7 decimals and is more than 1.)
 *  R4. The plan has the largest total benefit with total cost <= Budget (0/1 knapsack, exact).
 *  R5. Among plans of equal benefit, the cheapest.
 *  R6. Remaining ties: working from the last training to the first, a training is left out whenever a plan
 *      just as good and just as cheap exists without it (given the choices made for the trainings after it);
 *      so ties go to the trainings listed first.
 *  R7. Method: dynamic programming, exact in integers, whichever table is smaller:
 *        by cost    capacity = min(Budget, total cost) / g, where g is the greatest common divisor of the costs
 *                   in cents; cells hold (best benefit, its lowest cost);
 *        by benefit capacity = total scaled benefit; cells hold the lowest cost of each exact benefit.
 *      Both apply R5 and R6 the same way (an item is kept at a cell only when it makes the cell strictly
 *      better), so they return the same plan. Shortcut: when everything fits, every training with a
 *      positive benefit is funded. A training with benefit 0 is never funded (it cannot make a plan better).
 *  R8. Limits: capacity <= ASN_PLAN_MAX_CAPACITY and trainings x (capacity + 1) <= ASN_PLAN_MAX_TABLE
 *      (about 60 MB of memory at most); beyond them -> Err:523 rather than a possibly wrong plan or a freeze.
 *      So are a cost, a scaled benefit or their totals beyond LLONG_MAX / 4, about 2^61 (the integers the tables add). */
#include "training_plan.h"

#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "support/rounding.h"

typedef struct {
    size_t row;         /* the cell's position in Benefits/Costs */
    long long benefit;  /* scaled (R3) */
    long long cents;    /* R2 */
} item;

static long long gcd(long long a, long long b)
{
    while (b) {
        long long t = a % b;
        a = b;
        b = t;
    }
    return a;
}

/* R3: the smallest scale 10^k that makes every benefit whole at 15 significant digits (k <= 9). */
static int benefit_scale(const double *raw, size_t m)
{
    int k = 0;
    for (size_t i = 0; i < m; i++) {
        int d = asn_decimals(raw[i]);
        k = d > k ? d : k;
    }
    return k > 9 ? 9 : k;
}

#define BIT_SET(bits, i) ((bits)[(i) >> 3] |= (unsigned char)(1u << ((i) & 7)))
#define BIT_GET(bits, i) (((bits)[(i) >> 3] >> ((i) & 7)) & 1u)

static int by_cost(const item *it, size_t m, long long g, long long capacity,
                   unsigned char *choose, asn_status *st)
{
    long long *best_benefit = calloc((size_t)capacity + 1, sizeof *best_benefit);
    long long *best_cost = calloc((size_t)capacity + 1, sizeof *best_cost);
    unsigned char *keep = calloc(((size_t)m * ((size_t)capacity + 1) + 7) / 8, 1);
    if (!best_benefit || !best_cost || !keep) {
        free(best_benefit), free(best_cost), free(keep);
        return asn_fail(st, ASN_NO_CONVERGENCE, "not enough memory for the plan's table");
    }
    for (size_t j = 0; j < m; j++) {
        long long c = it[j].cents / g;
        size_t row = j * ((size_t)capacity + 1);
        for (long long w = capacity; w >= c; w--) {
            long long nb = best_benefit[w - c] + it[j].benefit, nc = best_cost[w - c] + it[j].cents;
            if (nb > best_benefit[w] || (nb == best_benefit[w] && nc < best_cost[w])) { /* R4, R5; strictly: R6 */
                best_benefit[w] = nb;
                best_cost[w] = nc;
                BIT_SET(keep, row + (size_t)w);
            }
        }
    }
    long long w = capacity;
    for (size_t j = m; j-- > 0;) {
        if (BIT_GET(keep, j * ((size_t)capacity + 1) + (size_t)w)) {
            choose[it[j].row] = 1;
            w -= it[j].cents / g;
        }
    }
    free(best_benefit), free(best_cost), free(keep);
    return 1;
}

static int by_benefit(const item *it, size_t m, long long budget_cents, long long capacity, unsigned char *choose,
                      asn_status *st)
{
    long long *min_cost = malloc(((size_t)capacity + 1) * sizeof *min_cost);
    unsigned char *keep = calloc(((size_t)m * ((size_t)capacity + 1) + 7) / 8, 1);
    if (!min_cost || !keep) {
        free(min_cost), free(keep);
        return asn_fail(st, ASN_NO_CONVERGENCE, "not enough memory for the plan's table");
    }
    min_cost[0] = 0;
    for (long long v = 1; v <= capacity; v++)
        min_cost[v] = LLONG_MAX;
    for (size_t j = 0; j < m; j++) {
        long long b = it[j].benefit;
        size_t row = j * ((size_t)capacity + 1);
        for (long long v = capacity; v >= b; v--) {
            if (min_cost[v - b] == LLONG_MAX)
                continue;
            long long nc = min_cost[v - b] + it[j].cents;
            if (nc < min_cost[v]) { /* strictly: R6 */
                min_cost[v] = nc;
                BIT_SET(keep, row + (size_t)v);
            }
        }
    }
    long long v = capacity;
    while (v > 0 && min_cost[v] > budget_cents) /* R4: the largest benefit that fits; R5: at its lowest cost */
        v--;
    for (size_t j = m; j-- > 0;) {
        if (BIT_GET(keep, j * ((size_t)capacity + 1) + (size_t)v)) {
            choose[it[j].row] = 1;
            v -= it[j].benefit;
        }
    }
    free(min_cost), free(keep);
    return 1;
}

int asn_training_plan_with(const asn_numbers *benefits, const asn_numbers *costs, const asn_value *budget,
                           asn_plan_method method, unsigned char *choose, asn_status *st)
{
    size_t n = asn_numbers_count(benefits);
    if (n != asn_numbers_count(costs)) /* R1 */
        return asn_fail(st, ASN_INVALID, "Benefits has %zu cells but Costs has %zu: they must pair", n,
                        asn_numbers_count(costs));
    double budget_value;
    if (!asn_value_to_number(budget, &budget_value, "Budget", st))
        return 0;
    if (budget_value < 0.0) /* R1 */
        return asn_fail(st, ASN_INVALID, "Budget must not be negative (%.15g)", budget_value);
    long long budget_cents;
    if (!asn_scaled_integer(budget_value, 2, &budget_cents)) /* R2: larger than any sum of costs */
        budget_cents = LLONG_MAX / 4;

    memset(choose, 0, n);
    item *it = malloc((n ? n : 1) * sizeof *it);
    double *raw = malloc((n ? n : 1) * sizeof *raw);
    if (!it || !raw) {
        free(it), free(raw);
        return asn_fail(st, ASN_NO_CONVERGENCE, "not enough memory");
    }
    size_t m = 0;
    long long total_cents = 0, g = 0;
    int ok = 1;
    for (size_t i = 0; i < n && ok; i++) {
        if (benefits->blank[i] || costs->blank[i]) /* R1 */
            continue;
        if (benefits->value[i] < 0.0)
            ok = asn_fail(st, ASN_INVALID, "Benefits: cell %zu is negative (%.15g)", i + 1, benefits->value[i]);
        else if (costs->value[i] < 0.0)
            ok = asn_fail(st, ASN_INVALID, "Costs: cell %zu is negative (%.15g)", i + 1, costs->value[i]);
        else if (!asn_scaled_integer(costs->value[i], 2, &it[m].cents) || it[m].cents > LLONG_MAX / 4 - total_cents)
            ok = asn_fail(st, ASN_NO_CONVERGENCE, "Costs: cell %zu is beyond the limits of the plan's table", i + 1);
        else if (benefits->value[i] > 0.0) { /* R7: benefit 0 is never funded */
            it[m].row = i;
            raw[m] = benefits->value[i];
            total_cents += it[m].cents;
            g = gcd(g, it[m].cents);
            m++;
        }
    }
    if (!ok) {
        free(it), free(raw);
        return 0;
    }
    int k = benefit_scale(raw, m); /* R3 */
    long long total_benefit = 0;
    for (size_t j = 0; j < m && ok; j++) {
        if (!asn_scaled_integer(raw[j], k, &it[j].benefit) || it[j].benefit > LLONG_MAX / 4 - total_benefit)
            ok = asn_fail(st, ASN_NO_CONVERGENCE, "Benefits are beyond the limits of the plan's table"); /* R8 */
        else
            total_benefit += it[j].benefit;
    }
    free(raw);
    if (!ok) {
        free(it);
        return 0;
    }
    if (total_cents <= budget_cents && method == ASN_PLAN_AUTO) { /* R7: everything fits */
        for (size_t j = 0; j < m; j++)
            choose[it[j].row] = 1;
        free(it);
        return 1;
    }
    long long cost_capacity = g ? (total_cents < budget_cents ? total_cents : budget_cents) / g : 0;
    long long benefit_capacity = total_benefit;
    int use_cost = method == ASN_PLAN_BY_COST || (method == ASN_PLAN_AUTO && cost_capacity <= benefit_capacity);
    long long capacity = use_cost ? cost_capacity : benefit_capacity;
    if (m == 0) {
        free(it);
        return 1;
    }
    if (capacity > ASN_PLAN_MAX_CAPACITY || (double)m * (double)(capacity + 1) > (double)ASN_PLAN_MAX_TABLE) { /* R8 */
        free(it);
        return asn_fail(st, ASN_NO_CONVERGENCE,
                        "the plan needs a table of %zu trainings x %lld cells, beyond the limits of an exact answer",
                        m, capacity + 1);
    }
    ok = use_cost ? by_cost(it, m, g ? g : 1, capacity, choose, st)
                  : by_benefit(it, m, budget_cents, capacity, choose, st);
    free(it);
    return ok;
}

int asn_training_plan(const asn_numbers *benefits, const asn_numbers *costs, const asn_value *budget,
                      unsigned char *choose, asn_status *st)
{
    return asn_training_plan_with(benefits, costs, budget, ASN_PLAN_AUTO, choose, st);
}
