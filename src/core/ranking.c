/* Multi-key ranking (docs/functions.md §4; the Daftar Urut Kepangkatan
 * tie-breaks of the docs/rules.md §7.1 are what the keys are for).
 *
 * Rules, cited in the code as (Rn):
 *  R1. Keys: a table of N rows x k key columns, priority left to right.
 *  R2. Orders: one entry per key column: 0 or -1 descending (higher is better, the default), 1 ascending,
 *      blank descending; or one text of letters D/A, e.g. "DDA". Each cell may also hold one letter.
 *      Omitted or a single blank: all descending. Another length or value is an error.
 *  R3. A row with a blank key takes no part in a ranking. Text in a key column is an error (the binding
 *      refuses it before the core sees the keys).
 *  R4. ASNRANK: 1 + the number of rows strictly better than Row (ties share a rank, like RANK.EQ).
 *      A blank in Row -> #N/A. Row and Table with different column counts -> error.
 *  R5. Ties: "shared" 1 2 2 4 (default), "average" 1 2.5 2.5 4, "unique" 1 2 3 4 with equal rows in
 *      row order (the Daftar Urut Kepangkatan form, where no two share a number).
 *  R6. Sorting is stable and total: equal keys keep row order, and no NaN can reach the comparison.
 *
 * The sort is GSL's gsl_heapsort over rows laid out as (k keys, row number): the row number as the
 * last key makes an unstable heap sort stable, and a contiguous layout keeps a 1,048,576-row sort
 * cache-friendly. */
#include "ranking.h"

#include <ctype.h>
#include <gsl/gsl_heapsort.h>
#include <string.h>

#include "support/labels.h"
#include "support/platform.h"

int asn_orders_parse(const asn_cells *orders, size_t k, unsigned char *desc, asn_status *st)
{
    size_t n = orders->rows * orders->cols;
    if (n == 0 || (n == 1 && orders->cell[0].kind == ASN_VALUE_BLANK)) { /* R2: omitted */
        memset(desc, 1, k);
        return 1;
    }
    if (n == 1 && orders->cell[0].kind == ASN_VALUE_TEXT && k > 1) { /* R2: "DDA" */
        const char *t = orders->cell[0].text;
        /* Surrounding spaces are ignored, as in every label (contract, "Labels"): " DA " is "DA". */
        size_t len = strlen(t);
        while (len && (t[len - 1] == ' ' || t[len - 1] == '\t'))
            len--;
        while (len && (*t == ' ' || *t == '\t'))
            t++, len--;
        if (len != k)
            return asn_fail(st, ASN_INVALID, "Orders \"%s\" has %zu letters but there are %zu key columns",
                            orders->cell[0].text, len, k);
        for (size_t j = 0; j < k; j++) {
            char c = (char)toupper((unsigned char)t[j]);
            if (c != 'D' && c != 'A')
                return asn_fail(st, ASN_INVALID, "Orders \"%s\": letter %zu must be D or A", orders->cell[0].text, j + 1);
            desc[j] = c == 'D';
        }
        return 1;
    }
    if (n != k) /* R2 */
        return asn_fail(st, ASN_INVALID, "Orders has %zu entries but there are %zu key columns", n, k);
    for (size_t j = 0; j < k; j++) {
        const asn_value *v = &orders->cell[j];
        if (v->kind == ASN_VALUE_BLANK) {
            desc[j] = 1;
        } else if (v->kind == ASN_VALUE_NUMBER && (v->number == 0.0 || v->number == -1.0 || v->number == 1.0)) {
            desc[j] = v->number != 1.0;
        } else if (v->kind == ASN_VALUE_TEXT && (asn_label_equals(v->text, "d") || asn_label_equals(v->text, "a"))) {
            desc[j] = asn_label_equals(v->text, "d");
        } else if (v->kind == ASN_VALUE_TEXT) {
            return asn_fail(st, ASN_INVALID, "Orders entry %zu is \"%s\": use 0/-1 (descending), 1 (ascending), D or A",
                            j + 1, v->text);
        } else {
            return asn_fail(st, ASN_INVALID, "Orders entry %zu is %.15g: use 0/-1 (descending) or 1 (ascending)",
                            j + 1, v->number);
        }
    }
    return 1;
}

int asn_keys_compare(const double *a, const double *b, const unsigned char *desc, size_t k)
{
    for (size_t j = 0; j < k; j++) { /* R1: priority left to right */
        if (a[j] == b[j])
            continue;
        int a_first = desc[j] ? a[j] > b[j] : a[j] < b[j];
        return a_first ? -1 : 1;
    }
    return 0;
}

static int has_blank(const unsigned char *blank, size_t k)
{
    for (size_t j = 0; j < k; j++)
        if (blank[j])
            return 1;
    return 0;
}

int asn_rank(const asn_numbers *row, const asn_numbers *table, const unsigned char *desc, double *rank,
             asn_status *st)
{
    size_t k = table->cols;
    if (asn_numbers_count(row) != k) /* R4 */
        return asn_fail(st, ASN_INVALID, "Row has %zu cells but Table has %zu columns", asn_numbers_count(row), k);
    if (has_blank(row->blank, k)) /* R4 */
        return asn_fail(st, ASN_NOT_FOUND, "Row has a blank key");
    size_t better = 0;
    for (size_t r = 0; r < table->rows; r++) {
        if (has_blank(table->blank + r * k, k)) /* R3 */
            continue;
        if (asn_keys_compare(table->value + r * k, row->value, desc, k) < 0)
            better++;
    }
    *rank = 1.0 + (double)better;
    return 1;
}

static const asn_label ties_labels[] = {
    { "shared", ASN_TIES_SHARED }, { "average", ASN_TIES_AVERAGE }, { "unique", ASN_TIES_UNIQUE },
};

int asn_ties_parse(const asn_value *v, asn_ties *out, asn_status *st)
{
    int id;
    if (v->kind == ASN_VALUE_BLANK) {
        *out = ASN_TIES_SHARED;
        return 1;
    }
    if (v->kind == ASN_VALUE_TEXT && asn_label_find(v->text, ties_labels, 3, &id)) {
        *out = (asn_ties)id;
        return 1;
    }
    if (v->kind == ASN_VALUE_TEXT)
        return asn_fail(st, ASN_INVALID, "Ties: unknown \"%s\" (shared, average or unique)", v->text);
    return asn_fail(st, ASN_INVALID, "Ties must be the text shared, average or unique, not %.15g", v->number);
}

/* gsl_heapsort's comparison has no context argument: the key layout of the sort in progress is
 * kept per thread (Calc may compute on several threads; each sort runs wholly on one). */
typedef struct {
    const unsigned char *desc;
    size_t k;
} sort_layout;
static asn_thread_slot sort_slot = ASN_THREAD_SLOT_INIT;

static int compare_sort_rows(const void *pa, const void *pb)
{
    const sort_layout *layout = asn_thread_slot_get(&sort_slot);
    const double *a = pa, *b = pb;
    int c = asn_keys_compare(a, b, layout->desc, layout->k);
    if (c != 0)
        return c;
    size_t k = layout->k; /* R6: the row number breaks ties: stable */
    return (a[k] > b[k]) - (a[k] < b[k]);
}

int asn_rank_sort(const asn_numbers *table, const unsigned char *desc, asn_ties ties, double *work,
                  size_t *order, double *rank, size_t *count, asn_status *st)
{
    size_t k = table->cols, width = k + 1, n = 0;
    if (k == 0)
        return asn_fail(st, ASN_INVALID, "the keys have no columns");
    for (size_t r = 0; r < table->rows; r++) {
        if (has_blank(table->blank + r * k, k)) /* R3 */
            continue;
        memcpy(work + n * width, table->value + r * k, k * sizeof *work);
        work[n * width + k] = (double)r;
        n++;
    }
    sort_layout layout = { desc, k };
    if (!asn_thread_slot_set(&sort_slot, &layout)) /* no per-thread slot left in the process: no sort, no crash */
        return asn_fail(st, ASN_NO_CONVERGENCE, "the sort found no thread-local storage left in this process");
    if (n > 1)
        gsl_heapsort(work, n, width * sizeof *work, compare_sort_rows); /* R6 */
    asn_thread_slot_set(&sort_slot, NULL);
    for (size_t i = 0; i < n;) {
        /* The group of rows tied with row i occupies positions i .. j-1. */
        size_t j = i + 1;
        while (j < n && asn_keys_compare(work + i * width, work + j * width, desc, k) == 0)
            j++;
        for (size_t m = i; m < j; m++) { /* R5 */
            order[m] = (size_t)work[m * width + k];
            if (ties == ASN_TIES_SHARED)
                rank[m] = (double)(i + 1);
            else if (ties == ASN_TIES_AVERAGE)
                rank[m] = (double)(i + 1 + j) / 2.0;
            else
                rank[m] = (double)(m + 1);
        }
        i = j;
    }
    *count = n;
    return 1;
}
