/* Handlers of the ranking and pool-statistics functions (docs/functions.md §4). The validation and
 * the arithmetic live in src/core/ranking.c and src/core/stats.c, which cite the contract's rules. */
#include <math.h>

#include "handlers.h"

#include "../core/ranking.h"
#include "../core/stats.h"

/* Orders for a table of k key columns. */
static int orders_arg(asn_call *call, int index, size_t k, unsigned char **desc)
{
    asn_cells orders;
    *desc = asn_call_alloc(call, k ? k : 1, 1);
    return *desc && asn_arg_cells(call, index, &orders) && asn_orders_parse(&orders, k, *desc, &call->status);
}

void fn_asnrank(asn_call *call)
{
    asn_numbers row, table;
    unsigned char *desc;
    double rank;
    if (asn_arg_numbers(call, 0, &row) && asn_arg_numbers(call, 1, &table) &&
        orders_arg(call, 2, table.cols, &desc) && asn_rank(&row, &table, desc, &rank, &call->status))
        asn_return_number(call, rank);
}

/* Sorts the rows of `table` with no blank key; the caller owns order[] and rank[] (table->rows each). */
static int sort_rows(asn_call *call, const asn_numbers *table, const unsigned char *desc, asn_ties ties,
                     size_t **order, double **rank, size_t *count)
{
    double *work = asn_call_alloc(call, table->rows, (table->cols + 1) * sizeof(double));
    *order = asn_call_alloc(call, table->rows, sizeof **order);
    *rank = asn_call_alloc(call, table->rows, sizeof **rank);
    return work && *order && *rank && asn_rank_sort(table, desc, ties, work, *order, *rank, count, &call->status);
}

void fn_asnranks(asn_call *call)
{
    asn_numbers table;
    asn_value ties_arg;
    asn_ties ties;
    unsigned char *desc;
    size_t *order, count;
    double *rank;
    if (!asn_arg_numbers(call, 0, &table) || !orders_arg(call, 1, table.cols, &desc) ||
        !asn_arg_value(call, 2, &ties_arg) || !asn_ties_parse(&ties_arg, &ties, &call->status) ||
        !sort_rows(call, &table, desc, ties, &order, &rank, &count))
        return;
    asn_out_cell *cells = asn_call_alloc(call, table.rows, sizeof *cells);
    if (!cells)
        return;
    for (size_t r = 0; r < table.rows; r++)
        cells[r] = (asn_out_cell){ ASN_OUT_EMPTY, 0.0, NULL }; /* a row with a blank key */
    for (size_t i = 0; i < count; i++)
        cells[order[i]] = (asn_out_cell){ ASN_OUT_NUMBER, rank[i], NULL };
    asn_return_table(call, table.rows, 1, cells);
}

void fn_asnranklist(asn_call *call)
{
    asn_numbers keys;
    asn_value top_arg;
    unsigned char *desc;
    size_t *order, count, table_rows, table_cols;
    double *rank;
    if (!asn_arg_numbers(call, 1, &keys) || !orders_arg(call, 2, keys.cols, &desc) || !asn_arg_value(call, 3, &top_arg))
        return;
    asn_arg_shape(call, 0, &table_rows, &table_cols);
    if (table_rows != keys.rows) {
        asn_fail(&call->status, ASN_INVALID, "Table has %zu rows but Keys has %zu: they must be aligned",
                 table_rows, keys.rows);
        return;
    }
    double top = INFINITY;
    if (top_arg.kind != ASN_VALUE_BLANK) {
        if (top_arg.kind != ASN_VALUE_NUMBER || top_arg.number < 1.0 || top_arg.number != floor(top_arg.number)) {
            asn_fail(&call->status, ASN_INVALID, "TopN must be a whole number of 1 or more");
            return;
        }
        top = top_arg.number;
    }
    if (!sort_rows(call, &keys, desc, ASN_TIES_SHARED, &order, &rank, &count))
        return;
    size_t included = 0;
    while (included < count && rank[included] <= top) /* all rows tied at the cut are kept */
        included++;
    if (included == 0) {
        asn_return_not_found(call, "no row has all its keys");
        return;
    }
    asn_return_rows_of(call, 0, order, rank, included);
}

void fn_asnzscore(asn_call *call)
{
    asn_value value_arg;
    asn_numbers values;
    double value, z;
    if (!asn_arg_value(call, 0, &value_arg) || !asn_value_to_number(&value_arg, &value, "Value", &call->status) ||
        !asn_arg_numbers(call, 1, &values))
        return;
    double *work = asn_call_alloc(call, asn_numbers_count(&values), sizeof *work);
    if (work && asn_zscore(value, &values, work, &z, &call->status))
        asn_return_number(call, z);
}

void fn_asnpercentile(asn_call *call)
{
    asn_value value_arg;
    asn_numbers values;
    double value, p;
    if (asn_arg_value(call, 0, &value_arg) && asn_value_to_number(&value_arg, &value, "Value", &call->status) &&
        asn_arg_numbers(call, 1, &values) && asn_percentile(value, &values, &p, &call->status))
        asn_return_number(call, p);
}

void fn_asnstats(asn_call *call)
{
    asn_numbers values;
    double out[8];
    int has_sd;
    if (!asn_arg_numbers(call, 0, &values))
        return;
    double *work = asn_call_alloc(call, asn_numbers_count(&values), sizeof *work);
    if (!work || !asn_stats(&values, work, out, &has_sd, &call->status))
        return;
    asn_out_cell cells[8];
    for (int i = 0; i < 8; i++)
        cells[i] = (asn_out_cell){ ASN_OUT_NUMBER, out[i], NULL };
    if (!has_sd)
        cells[2] = (asn_out_cell){ ASN_OUT_EMPTY, 0.0, NULL };
    asn_return_table(call, 1, 8, cells);
}

/* Column statistics for ASNMERIT/ASNMERITS. */
static int merit_columns(asn_call *call, const asn_numbers *table, const asn_numbers *weights, double **mean,
                         double **sd, double *weight_sum)
{
    double *work = asn_call_alloc(call, table->rows, sizeof *work);
    *mean = asn_call_alloc(call, table->cols, sizeof **mean);
    *sd = asn_call_alloc(call, table->cols, sizeof **sd);
    return work && *mean && *sd && asn_merit_columns(table, weights, work, *mean, *sd, weight_sum, &call->status);
}

static int any_blank(const unsigned char *blank, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (blank[i])
            return 1;
    return 0;
}

void fn_asnmerit(asn_call *call)
{
    asn_numbers row, table, weights;
    double *mean, *sd, weight_sum;
    if (!asn_arg_numbers(call, 0, &row) || !asn_arg_numbers(call, 1, &table) || !asn_arg_numbers(call, 2, &weights) ||
        !merit_columns(call, &table, &weights, &mean, &sd, &weight_sum))
        return;
    if (asn_numbers_count(&row) != table.cols) {
        asn_fail(&call->status, ASN_INVALID, "Row has %zu cells but Table has %zu columns", asn_numbers_count(&row),
                 table.cols);
        return;
    }
    if (any_blank(row.blank, table.cols)) {
        asn_return_not_found(call, "Row has a blank");
        return;
    }
    asn_return_number(call, asn_merit_of(row.value, &weights, mean, sd, table.cols, weight_sum));
}

void fn_asnmerits(asn_call *call)
{
    asn_numbers table, weights;
    double *mean, *sd, weight_sum;
    if (!asn_arg_numbers(call, 0, &table) || !asn_arg_numbers(call, 1, &weights) ||
        !merit_columns(call, &table, &weights, &mean, &sd, &weight_sum))
        return;
    asn_out_cell *cells = asn_call_alloc(call, table.rows, sizeof *cells);
    if (!cells)
        return;
    for (size_t r = 0; r < table.rows; r++) {
        const size_t at = r * table.cols;
        if (any_blank(table.blank + at, table.cols))
            cells[r] = (asn_out_cell){ ASN_OUT_EMPTY, 0.0, NULL };
        else
            cells[r] = (asn_out_cell){ ASN_OUT_NUMBER,
                                       asn_merit_of(table.value + at, &weights, mean, sd, table.cols, weight_sum), NULL };
    }
    asn_return_table(call, table.rows, 1, cells);
}
