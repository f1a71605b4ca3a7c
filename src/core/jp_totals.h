/* ASNJPTOTALS: each employee's development hours (JP) of one year, summed from the development records in one
 * call (docs/functions.md §8; rules in jp_totals.c). */
#ifndef ASN_JP_TOTALS_H
#define ASN_JP_TOTALS_H

#include <stddef.h>

#include "values.h"

#define ASN_JP_MAX_EMPLOYEES 100000u /* J6: one result row each */

/* One employee's NIP as a number (J1), with its cell's position: the scratch an asn_jp_totals call sorts. */
typedef struct {
    unsigned long long key;
    size_t cell;
} asn_jp_key;

/* J6: 1 when n NIP cells are within the limit, else 0 with st set (asked before a range's cells are unpacked). */
int asn_jp_employees_fit(size_t n, asn_status *st);

/* total[i] and counted[i] for each of the n = nips->rows * nips->cols employees: counted[i] is 0 where the NIP cell
 * is blank or not an NIP (J1: an empty result cell), else total[i] is the JP of that NIP's records in `year`.
 * The three record ranges are read cell by cell in reading order and must hold as many cells each (J2). work holds
 * n entries (scratch). 1, or 0 with st set. */
int asn_jp_totals(const asn_cells *nips, const asn_cells *record_nips, const asn_cells *record_years,
                  const asn_cells *record_jp, const asn_value *year, asn_jp_key *work, double *total, unsigned char *counted, asn_status *st);

#endif
