/* Where a print area that follows the filled rows ends (the committee workbook's print-area job,
 * src/binding/print_job.c; the areas are listed in idl/functions.toml, [print_job]). Pure: rows in, row out. */
#ifndef ASN_PRINT_ROWS_H
#define ASN_PRINT_ROWS_H

#include <stddef.h>

typedef enum {
    ASN_PRINT_ROWS_ALIGNED, /* the sheet's rows stand beside the key's rows: end at the last filled key row */
    ASN_PRINT_ROWS_COMPACT  /* one row per filled key row, no gaps (the ranking): header + the filled count */
} asn_print_rows_kind;

typedef struct {
    asn_print_rows_kind kind;
    long header_last_row; /* the area's last row when nothing is filled (title and header rows) */
} asn_print_rows_rule;

/* A run of filled key rows, first..last inclusive (rows count from 0, as in a CellRangeAddress). */
typedef struct {
    long first, last;
} asn_row_span;

/* The last row of the area under `rule`, given the filled runs of its key column (rules R1-R4 in print_rows.c). */
long asn_print_end_row(asn_print_rows_rule rule, const asn_row_span *filled, size_t count);

/* The roster's last row for its formula rows (formula_rows.c): the last filled row from `first_row` on, where a gap
 * of more than `max_gap` empty rows ends the roster (rule R5 in print_rows.c); `first_row` when nothing is filled. */
long asn_roster_last_row(const asn_row_span *filled, size_t count, long first_row, long max_gap);

#endif
