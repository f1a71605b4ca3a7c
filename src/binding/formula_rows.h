/* The committee workbook's formula rows follow its roster: as many rows of formulas as employees, not a fixed
 * capacity (issue 25). Run by the print-area job (print_job.c) when a workbook is loaded or made and after every
 * change, before the print areas. */
#ifndef ASN_BINDING_FORMULA_ROWS_H
#define ASN_BINDING_FORMULA_ROWS_H

#include <stddef.h>

#include "uno.h"

/* The named ranges involved, generated from idl/functions.toml ([formula_rows]) into function_table.c. */
extern const char asn_formula_rows_key[];      /* the roster's key column: its filled rows are the employees */
extern const char asn_formula_rows_last_row[]; /* the cell holding the roster's last row (1-based) */
extern const char *const asn_formula_rows[];   /* per-row blocks: each names its first (prototype) row */
extern const size_t asn_formula_rows_count;
extern const char *const asn_formula_arrays[]; /* array formulas: each names the array's first row */
extern const size_t asn_formula_arrays_count;

/* Brings every block of the workbook whose NamedRanges are `named_ranges` to the roster's rows (rules F1-F7 in
 * formula_rows.c). 1 when a cell changed; with `dry`, changes nothing and says whether anything would change.
 * Never raises. */
int asn_formula_rows_follow(uno_Interface *named_ranges, int dry);

#endif
