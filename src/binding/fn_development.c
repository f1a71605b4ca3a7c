/* Handler of ASNJPTOTALS (docs/functions.md §8): each employee's development hours of a year, summed by the core
 * (src/core/jp_totals.c, rules J1-J6) from the development records. */
#include "handlers.h"

#include "../core/jp_totals.h"

void fn_asnjptotals(asn_call *call)
{
    asn_cells nips, record_nips, record_years, record_jp;
    asn_value year;
    size_t rows, cols;
    asn_arg_shape(call, 0, &rows, &cols);
    if (!asn_jp_employees_fit(rows * cols, &call->status)) /* before a million cells are unpacked */
        return;
    if (!asn_arg_cells(call, 0, &nips) || !asn_arg_cells(call, 1, &record_nips) ||
        !asn_arg_cells(call, 2, &record_years) || !asn_arg_cells(call, 3, &record_jp) || !asn_arg_value(call, 4, &year))
        return;
    const size_t n = rows * cols;
    asn_jp_key *work = asn_call_alloc(call, n ? n : 1, sizeof *work);
    double *total = asn_call_alloc(call, n ? n : 1, sizeof *total);
    unsigned char *counted = asn_call_alloc(call, n ? n : 1, 1);
    asn_out_cell *cells = asn_call_alloc(call, n ? n : 1, sizeof *cells);
    if (!work || !total || !counted || !cells ||
        !asn_jp_totals(&nips, &record_nips, &record_years, &record_jp, &year, work, total, counted, &call->status))
        return;
    for (size_t i = 0; i < n; i++) /* J1: one row per NIP cell, empty where the cell holds no NIP */
        cells[i] = counted[i] ? (asn_out_cell){ ASN_OUT_NUMBER, total[i], NULL }
                              : (asn_out_cell){ ASN_OUT_EMPTY, 0.0, NULL };
    asn_return_table(call, n, 1, cells);
}
