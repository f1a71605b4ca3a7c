/* The committee workbook's formula rows follow its roster: as many rows of formulas as employees, not a fixed
 * capacity (issue 25). Run by the print-area job (print_job.c) when a workbook is loaded or made and after every
 * change, before the print areas. */
#ifndef ASN_BINDING_FORMULA_ROWS_H
#define ASN_BINDING_FORMULA_ROWS_H

#include <stddef.h>

#include "uno.h"

/* One list whose rows the formulas follow (the roster; the development records), by the named ranges involved,
 * generated from idl/functions.toml ([[formula_rows]]) into function_table.c. */
typedef struct {
    const char *key;                /* the key column: its filled rows are the list's rows (the employees) */
    const char *last_row;           /* the cell holding the list's last row (1-based) */
    const char *const *rows;        /* per-row blocks: each names its first (prototype) row */
    size_t rows_count;
    const char *const *arrays;      /* array formulas: each names the array's first row */
    size_t arrays_count;            /* at most ASN_FORMULA_LIST_MAX_ARRAYS (function_table.c asserts it) */
} asn_formula_list;

/* The arrays of one list that F5 can set again in one pass: each is removed before the last row is written and set
 * again after it, so all of them are held at once. The generated table refuses a list with more at compile time;
 * before, an array past the eighth would have kept its height without a word. */
#define ASN_FORMULA_LIST_MAX_ARRAYS 16

extern const asn_formula_list asn_formula_lists[];
extern const size_t asn_formula_list_count;

/* Brings every block of the workbook whose NamedRanges are `named_ranges` to its list's rows (rules F1-F7 in
 * formula_rows.c). 1 when a cell changed; with `dry`, changes nothing and says whether anything would change.
 * Never raises. */
int asn_formula_rows_follow(uno_Interface *named_ranges, int dry);

/* F2: the last row (0-based) of the list whose key is the named range `key_name`, starting at row key_top: its last
 * filled row before a gap of more than 10,000 empty rows (key_top when nothing is filled); -1 when it cannot be read.
 * The import reads a list's existing rows this far (a value typed a million rows down is not a million rows to read). */
long asn_formula_list_last_row(uno_Interface *named_ranges, const char *key_name, long key_top);

#endif
