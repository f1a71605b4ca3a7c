/* Cells of a spreadsheet as the core sees them (asn_cells), read from and written to Calc in one call per range
 * (XCellRangeData), and the few document calls the commands share. */
#ifndef ASN_BINDING_SHEET_DATA_H
#define ASN_BINDING_SHEET_DATA_H

#include <stddef.h>

#include "uno.h"
#include "../core/values.h"

typedef struct {
    asn_cells cells;
    char **texts; /* owned: every text of cells */
    size_t text_count;
} asn_sheet_cells;

/* The cells of `range` (any object with XCellRangeData): numbers as numbers, texts as UTF-8 texts, empty cells
 * and empty strings blank. 0 when the range cannot be read or memory runs out. */
int asn_sheet_read(uno_Interface *range, asn_sheet_cells *out);
void asn_sheet_cells_free(asn_sheet_cells *cells);

/* Writes rows x cols values into `range` (XCellRangeData, exactly that size): a blank empties its cell. */
int asn_sheet_write(uno_Interface *range, size_t rows, size_t cols, const asn_value *values);

/* Writes `count` values into the cells of one row from column `first` on, one cell at a time, as typing them
 * would: each change is an undo action Calc can take back (setDataArray's are not: Calc 7.4 records them, but
 * undoing them changes nothing — measured headless and in desktop Calc). A text stays text (no number
 * recognition), a blank empties its cell. */
int asn_sheet_write_cells(uno_Interface *sheet, long row, long first, size_t count, const asn_value *values);

/* The number of rows and columns of `range` (XCellRangeAddressable), without reading its cells. */
int asn_range_size(uno_Interface *range, long *rows, long *cols);

/* The range left..right x top..bottom (0-based) of `sheet`, acquired; NULL on failure. */
uno_Interface *asn_sheet_range(uno_Interface *sheet, long left, long top, long right, long bottom);

/* A com.sun.star.table.CellRangeAddress in C longs (rows and columns count from 0). */
typedef struct {
    long sheet, left, top, right, bottom;
} asn_range_address;

/* A CellRangeAddress struct at `element` (laid out as `td`, its type description) into *out; 0 when `td` is not
 * one. */
int asn_range_address_read(const typelib_TypeDescription *td, const char *element, asn_range_address *out);
/* *in into the CellRangeAddress struct at `element`. */
void asn_range_address_write(const typelib_TypeDescription *td, char *element, const asn_range_address *in);

/* The addresses of an object with XSheetCellRanges (several ranges) or XCellRangeAddressable (one); up to `cap`.
 * Returns how many, or -1 when it has neither. */
long asn_range_addresses(uno_Interface *object, asn_range_address *out, long cap);

/* XCellRangeMovement::copyRange on `sheet`: the cells of `source` (on that sheet) copied with their formats to
 * the block whose top left cell is column, row, relative references moved as a paste moves them. 1 on success. */
int asn_copy_range(uno_Interface *sheet, const asn_range_address *source, long column, long row);

/* A sequence of com.sun.star.beans.PropertyValue: names[k] with a boolean (`flags`, when is_flag[k]) or a
 * string value. NULL when out of memory. Destroy with asn_uno_destroy(..., "[]com.sun.star.beans.PropertyValue"). */
uno_Sequence *asn_properties(int count, const char *const *names, const int *is_flag, const int *flags,
                             const char *const *strings);

/* The same from values of any type (copied). */
uno_Sequence *asn_property_values(int count, const char *const *names, const uno_Any *values);

/* setPropertyValue of a value of a simple type (boolean, short, long, double, string: its C representation at
 * `value`); 1 on success. */
int asn_set_property(uno_Interface *object, const char *name, typelib_TypeClass type_class, const void *value);
/* getPropertyValue into *value (constructed: destruct it); 1 on success. */
int asn_get_property(uno_Interface *object, const char *name, uno_Any *value);
/* A boolean, short or long property as a long; `fallback` when it cannot be read. */
long asn_long_property(uno_Interface *object, const char *name, long fallback);

/* The document model shown in `frame` (XFrame), acquired; NULL when none. */
uno_Interface *asn_frame_model(uno_Interface *frame);

/* A new object of `service` from the context's service manager, acquired; NULL on failure. */
uno_Interface *asn_create_service(uno_Interface *context, const char *service);

/* The row/column range of a named range of the document (its referred cells): 1 and the bounds set. */
int asn_named_range_bounds(uno_Interface *model, const char *name, long *first_row, long *last_row);

/* A string a method with no argument or one string argument returns, as UTF-8 into out; 0 on failure. */
int asn_string_result(uno_Interface *object, const char *method, const char *argument, char *out, size_t cap);

#endif
