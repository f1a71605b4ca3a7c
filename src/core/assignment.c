/* A maximum-weight assignment of rows (vacancies) to columns (candidates): ASNPLACEMENT's engine.
 *
 * GSL has no assignment solver; this is the Hungarian method (Kuhn-Munkres, in its shortest-augmenting-path form
 * with potentials), on the pairs each row may take.
 *  A1. Each row takes at most one column and each column is taken by at most one row, only among the row's pairs.
 *  A2. Among all such assignments the result has, first, the most rows assigned and, second, the largest total
 *      weight. Both in one objective: each pair's profit is BIG + weight with BIG larger than any total weight
 *      (rows x max_weight), and each row may stay unassigned at profit 0 (a column of its own, "unfilled").
 *  A3. Only each row's `rows` best pairs are kept (by weight, then by column): an optimal assignment that takes a
 *      row outside them can take one of them instead (the other rows hold at most rows - 1 of them), for no less
 *      weight. This bounds the work by rows x rows pairs, whatever the number of candidates.
 *  A4. Integer arithmetic only (int64): the same input gives the same assignment on every platform. Ties between
 *      equally good assignments are broken by the order of rows and of the kept pairs (weight, then column),
 *      not specified further.
 *  A5. The minimum-cost form: cost = (BIG + max_weight) - profit >= 0, each row assigned to a column or to its
 *      own unfilled column (cost BIG + max_weight). Rows are added one at a time; each addition finds the
 *      cheapest augmenting path by Dijkstra over reduced costs (potentials keep them >= 0).
 *  A6. Work budget: the inner steps are counted; past ASSIGNMENT_BUDGET (several seconds on a slow machine)
 *      the answer is ASN_NO_CONVERGENCE (Err:523) rather than a Calc that does not answer. */
#include "assignment.h"

#include <stdlib.h>

#define ASSIGNMENT_BUDGET 4000000000LL /* A6: inner steps (about 1 ns each on this machine) */

static int by_weight_then_column(const void *pa, const void *pb)
{
    const asn_assignment_pair *a = pa, *b = pb;
    if (a->weight != b->weight)
        return a->weight > b->weight ? -1 : 1;
    return (a->column > b->column) - (a->column < b->column);
}

int asn_assignment(size_t rows, size_t columns, const size_t *first, const asn_assignment_pair *pairs,
                   int64_t max_weight, long *match, asn_status *st)
{
    for (size_t r = 0; r < rows; r++)
        match[r] = -1;
    if (rows == 0)
        return 1;
    if (max_weight < 0 || (rows > 0 && max_weight > INT64_MAX / 8 / (int64_t)(rows + 1)))
        return asn_fail(st, ASN_INVALID, "weights up to %lld are too large for %zu rows", (long long)max_weight, rows);
    /* A3: each row's pairs sorted, the best `rows` kept. */
    size_t total = first[rows];
    asn_assignment_pair *kept = malloc((total ? total : 1) * sizeof *kept);
    size_t *kept_first = malloc((rows + 1) * sizeof *kept_first);
    /* Columns renumbered 1..m in order of first use, so that the work follows the kept pairs, not `columns`. */
    long *column_id = malloc((columns ? columns : 1) * sizeof *column_id);
    if (!kept || !kept_first || !column_id) {
        free(kept), free(kept_first), free(column_id);
        return asn_fail(st, ASN_NO_CONVERGENCE, "out of memory for %zu pairs", total);
    }
    for (size_t c = 0; c < columns; c++)
        column_id[c] = 0;
    size_t n_kept = 0, m = 0;
    for (size_t r = 0; r < rows; r++) {
        kept_first[r] = n_kept;
        size_t count = first[r + 1] - first[r];
        for (size_t k = 0; k < count; k++) {
            const asn_assignment_pair *p = &pairs[first[r] + k];
            if (p->column >= columns || p->weight < 0 || p->weight > max_weight) {
                free(kept), free(kept_first), free(column_id);
                return asn_fail(st, ASN_INVALID, "row %zu: pair %zu is outside the columns or the weights", r + 1,
                                k + 1);
            }
            kept[n_kept + k] = *p;
        }
        qsort(kept + n_kept, count, sizeof *kept, by_weight_then_column);
        n_kept += count < rows ? count : rows;
    }
    kept_first[rows] = n_kept;
    for (size_t i = 0; i < n_kept; i++)
        if (column_id[kept[i].column] == 0)
            column_id[kept[i].column] = (long)++m;
    /* A2, A5: profits and costs. Column j in 1..m is a candidate, m + r (r in 1..rows) row r's unfilled column. */
    const int64_t big = max_weight * (int64_t)rows + 1, top = big + max_weight;
    size_t n_cols = m + rows;
    int64_t *u = calloc(rows + 1, sizeof *u), *v = calloc(n_cols + 1, sizeof *v), *minv = malloc((n_cols + 1) * sizeof *minv);
    size_t *p = calloc(n_cols + 1, sizeof *p), *way = calloc(n_cols + 1, sizeof *way);
    size_t *touched = malloc((n_cols + 1) * sizeof *touched), *visited = malloc((n_cols + 1) * sizeof *visited);
    unsigned char *used = calloc(n_cols + 1, 1), *seen = calloc(n_cols + 1, 1);
    int ok = u && v && minv && p && way && touched && visited && used && seen;
    if (!ok)
        asn_fail(st, ASN_NO_CONVERGENCE, "out of memory for %zu rows and %zu columns", rows, m);
    long long work = 0;
    for (size_t i = 1; ok && i <= rows; i++) {
        size_t n_touched = 0, n_visited = 0, j0 = 0;
        p[0] = i;
        used[0] = 1;
        visited[n_visited++] = 0;
        for (;;) {
            size_t i0 = p[j0], j1 = 0;
            int64_t delta = INT64_MAX;
            /* The pairs of row i0 (kept, then its unfilled column), relaxed. */
            size_t from = kept_first[i0 - 1], to = kept_first[i0];
            for (size_t e = from; e <= to; e++) {
                size_t j = e < to ? (size_t)column_id[kept[e].column] : m + i0;
                if (used[j])
                    continue;
                int64_t cost = e < to ? top - (big + kept[e].weight) : top;
                int64_t cur = cost - u[i0] - v[j];
                if (!seen[j]) {
                    seen[j] = 1;
                    touched[n_touched++] = j;
                    minv[j] = cur;
                    way[j] = j0;
                } else if (cur < minv[j]) {
                    minv[j] = cur;
                    way[j] = j0;
                }
            }
            for (size_t t = 0; t < n_touched; t++) {
                size_t j = touched[t];
                if (!used[j] && minv[j] < delta)
                    delta = minv[j], j1 = j;
            }
            for (size_t t = 0; t < n_visited; t++) {
                u[p[visited[t]]] += delta;
                v[visited[t]] -= delta;
            }
            for (size_t t = 0; t < n_touched; t++)
                if (!used[touched[t]])
                    minv[touched[t]] -= delta;
            work += (long long)(to - from + 1 + n_touched + n_visited);
            if (work > ASSIGNMENT_BUDGET) { /* A6 */
                ok = asn_fail(st, ASN_NO_CONVERGENCE, "the assignment of %zu vacancies to %zu candidates did not "
                              "finish within its work limit", rows, m);
                break;
            }
            if (j1 == 0) { /* cannot happen: every row's own unfilled column stays reachable (A5) */
                ok = asn_fail(st, ASN_NO_CONVERGENCE, "no augmenting path for row %zu", i);
                break;
            }
            used[j1] = 1;
            visited[n_visited++] = j1;
            j0 = j1;
            if (p[j0] == 0)
                break;
        }
        if (ok)
            do { /* the augmenting path, flipped */
                size_t j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0);
        for (size_t t = 0; t < n_touched; t++)
            used[touched[t]] = seen[touched[t]] = 0;
        used[0] = 0;
    }
    if (ok) {
        long *column_of = malloc((m + 1) * sizeof *column_of); /* id -> original column */
        if (!column_of) {
            ok = asn_fail(st, ASN_NO_CONVERGENCE, "out of memory");
        } else {
            for (size_t c = 0; c < columns; c++)
                if (column_id[c])
                    column_of[column_id[c]] = (long)c;
            for (size_t j = 1; j <= m; j++)
                if (p[j])
                    match[p[j] - 1] = column_of[j];
            free(column_of);
        }
    }
    free(u), free(v), free(minv), free(p), free(way), free(touched), free(visited), free(used), free(seen);
    free(kept), free(kept_first), free(column_id);
    return ok;
}
