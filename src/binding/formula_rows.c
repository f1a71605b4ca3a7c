/* The committee workbook's formula rows follow its roster (issue 25).
 *
 * A template with formulas for a fixed 10,000 rows made a workbook of 30 employees open in 15 s and shut out
 * rosters larger than that. The template now holds one row of formulas per block; this module, run by the
 * print-area job when a workbook is loaded or made and after every change (print_job.c J3), keeps as many rows of
 * formulas as the roster has; the development records of Pengembangan (issue 26) are a second list, followed the
 * same way. The lists and their blocks are in idl/functions.toml ([[formula_rows]]); each list is followed on its
 * own, by the rules below, with "roster" read as that list.
 *  F1. A workbook is touched only where it defines the key and the block's name: any other spreadsheet, and a
 *      workbook from the 10,000-row template of 1.x (which defines none of the blocks), stays as it is.
 *  F2. The roster's last row W is the last filled row of the key (the key's first row when nothing is filled: an
 *      empty roster keeps its one prototype row of formulas), ending before a gap of more than 10,000 empty rows
 *      (print_rows.c R5: a name typed at row 1,000,000 by mistake does not fill a million rows of formulas).
 *  F3. A row block (its named range is its first row) has formulas from its first row down to first + (W - the
 *      key's first row). Missing rows are filled down from the last row that has formulas, as Calc's Fill Down
 *      does; rows without formulas between (rows inserted into the development records, or formulas cleared by
 *      hand) are filled from the row above them (relative references move with the row; a per-row array formula
 *      is repeated). Not a copy and paste: a pasted formula that uses a named expression is compiled again, cell by
 *      cell (10 times slower). Calc's fill
 *      leaves hidden columns out, so the block's hidden columns are copied down (copyRange, doubling): showing
 *      them for the fill and hiding them again was undone and redone right only in the active window's workbook
 *      (Calc redoes a column's visibility through the active view; measured headless with two workbooks open: the
 *      hidden columns stayed empty after Redo). Hidden columns hold no named expression (build_template.py
 *      refuses one), which makes the copy as fast as the fill. Rows past the end lose their contents, not their
 *      formats. A block whose first row holds no formula (deleted by hand) is left as it is: there is nothing to
 *      fill down.
 *  F4. The last-row cell holds W + 1 (W as a sheet's row number): the template's named expressions end the
 *      roster's ranges there for what an add-in or an array expression reads. Written only when it differs.
 *  F5. An array block (its named range is the array's first row) is one array formula as many rows high as the
 *      roster: when its height differs it is removed, the last row is written (F4), and it is set again with its
 *      own formula over the new rows. Arrays that already have the right height are not touched.
 *  F6. None of this is an undo step of its own: the job joins it to the change that caused it (print_job.c J5),
 *      so that one Ctrl+Z takes back a paste and the rows it brought. With `dry` nothing changes; the job asks
 *      first, and touches the undo manager only when something is to change.
 *  F7. A failure in one block leaves that block as it is and goes on with the next; nothing raises. */
#include "formula_rows.h"

#include <stdlib.h>
#include <string.h>

#include "print_job.h"
#include "sheet_data.h"
#include "uno_calling.h"
#include "uno_implementing.h"

#define SHEET_LAST_ROW 1048575L /* the last row of a sheet (0-based) */
#define CONTENTS 23             /* com.sun.star.sheet.CellFlags VALUE 1 | DATETIME 2 | STRING 4 | FORMULA 16 */
#define FORMULA 16
#define MAX_RUNS 4096           /* formula runs read from one column (a block's column is one run, or a few) */
#define MAX_GAP 10000L          /* F2: empty rows that end the roster (a name typed far below it by mistake) */

/* The cells a named range refers to, acquired (XCellRange), and their address; NULL when the workbook has no such
 * name (F1). */
static uno_Interface *named_cells(uno_Interface *named_ranges, const char *name, asn_range_address *address)
{
    uno_Interface *named = asn_uno_element(named_ranges, name);
    uno_Interface *cells = named ? asn_uno_interface_result(named, "com.sun.star.sheet.XCellRangeReferrer::getReferredCells",
                                                            NULL) : NULL;
    asn_uno_release(named);
    if (cells && asn_range_addresses(cells, address, 1) != 1) {
        cells->release(cells);
        cells = NULL;
    }
    return cells;
}

/* The sheet a range lies on (XSpreadsheet), acquired; NULL on failure. */
static uno_Interface *sheet_of(uno_Interface *cells)
{
    return asn_uno_interface_result(cells, "com.sun.star.sheet.XSheetCellRange::getSpreadsheet", NULL);
}

static int by_top(const void *a, const void *b)
{
    long x = ((const asn_range_address *)a)->top, y = ((const asn_range_address *)b)->top;
    return (x > y) - (x < y);
}

/* The runs of rows holding a formula in column `column` from `top` down, in row order, into *runs (malloc'ed; the
 * caller frees it); their count, or -1 when they cannot be read. */
static long formula_runs(uno_Interface *sheet, long column, long top, asn_range_address **runs)
{
    *runs = NULL;
    uno_Interface *column_cells = asn_sheet_range(sheet, column, top, column, SHEET_LAST_ROW);
    uno_Interface *formulas = NULL;
    if (column_cells) {
        sal_Int16 flags = FORMULA;
        void *args[1] = { &flags };
        if (!asn_uno_call_on(column_cells, "com.sun.star.sheet.XCellRangesQuery::queryContentCells", &formulas, args))
            formulas = NULL;
    }
    *runs = formulas ? malloc(MAX_RUNS * sizeof **runs) : NULL;
    long n = *runs ? asn_range_addresses(formulas, *runs, MAX_RUNS) : -1;
    if (n > 0)
        qsort(*runs, (size_t)n, sizeof **runs, by_top);
    asn_uno_release(formulas);
    asn_uno_release(column_cells);
    return n;
}

/* Clears the contents (not the formats) of rows top..bottom of the columns of `block`. */
static int clear_rows(uno_Interface *sheet, const asn_range_address *block, long top, long bottom)
{
    uno_Interface *rows = asn_sheet_range(sheet, block->left, top, block->right, bottom);
    sal_Int32 flags = CONTENTS;
    void *args[1] = { &flags };
    int ok = rows && asn_uno_call_on(rows, "com.sun.star.sheet.XSheetOperation::clearContents", NULL, args);
    asn_uno_release(rows);
    return ok;
}

/* Column k of `columns` (XTableColumns), acquired; NULL on failure. */
static uno_Interface *column_at(uno_Interface *columns, sal_Int32 k)
{
    uno_Any column_any;
    void *args[1] = { &k };
    if (!asn_uno_call_on(columns, "com.sun.star.container.XIndexAccess::getByIndex", &column_any, args))
        return NULL;
    uno_Interface *column = asn_uno_any_interface(&column_any);
    uno_any_destruct(&column_any, NULL);
    return column;
}

/* 1 when column k of `columns` (XTableColumns) is hidden. */
static int column_hidden(uno_Interface *columns, sal_Int32 k)
{
    uno_Interface *column = column_at(columns, k);
    int hidden = column && !asn_long_property(column, "IsVisible", 1);
    asn_uno_release(column);
    return hidden;
}

/* F3: rows last+1..wanted of columns left..right copied down from row `last`, doubling what is copied each time
 * (log2 of the rows in calls). */
static int copy_down(uno_Interface *sheet, long sheet_index, long left, long right, long last, long wanted)
{
    int ok = 1;
    for (long have = last; ok && have < wanted;) {
        long count = have - last + 1 < wanted - have ? have - last + 1 : wanted - have;
        asn_range_address source = { .sheet = sheet_index, .left = left, .top = last, .right = right,
                                     .bottom = last + count - 1 };
        ok = asn_copy_range(sheet, &source, left, have + 1);
        have += count;
    }
    return ok;
}

/* F3: the hidden columns of the block's rows last..wanted copied down from row `last`, run by run. */
static int copy_hidden_columns(uno_Interface *sheet, const asn_range_address *block, uno_Interface *columns,
                               long last, long wanted)
{
    int ok = 1;
    long width = block->right - block->left + 1;
    for (long k = 0; k < width; k++) {
        if (!column_hidden(columns, (sal_Int32)k))
            continue;
        long run_end = k;
        while (run_end + 1 < width && column_hidden(columns, (sal_Int32)(run_end + 1)))
            run_end++;
        ok &= copy_down(sheet, block->sheet, block->left + k, block->left + run_end, last, wanted);
        k = run_end;
    }
    return ok;
}

/* F3: rows from..to of the block filled down from row `from`, as Calc's fill does (hidden columns copied). */
static int fill_rows(uno_Interface *sheet, const asn_range_address *block, long from, long to)
{
    uno_Interface *rows = asn_sheet_range(sheet, block->left, from, block->right, to);
    uno_Interface *columns = rows ? asn_uno_interface_result(rows, "com.sun.star.table.XColumnRowRange::getColumns",
                                                             NULL) : NULL;
    sal_Int32 down = 0 /* FillDirection TO_BOTTOM */, source_rows = 1;
    void *args[2] = { &down, &source_rows };
    int filled = rows && columns && asn_uno_call_on(rows, "com.sun.star.sheet.XCellSeries::fillAuto", NULL, args);
    if (filled)
        copy_hidden_columns(sheet, block, columns, from, to);
    asn_uno_release(columns);
    asn_uno_release(rows);
    return filled;
}

/* F3: the row block named `name` brought to end at its first row + `extra`. 1 when it changed (dry: would change). */
static int follow_rows(uno_Interface *named_ranges, const char *name, long extra, int dry)
{
    asn_range_address block;
    uno_Interface *cells = named_cells(named_ranges, name, &block);
    uno_Interface *sheet = cells ? sheet_of(cells) : NULL;
    asn_range_address *runs = NULL;
    long n = sheet ? formula_runs(sheet, block.left, block.top, &runs) : -1;
    int changed = 0;
    if (n > 0 && runs[0].top == block.top) { /* a first row without a formula: nothing to fill from */
        long wanted = block.top + extra, last = runs[n - 1].bottom;
        for (long k = 1; k < n; k++) { /* the gaps inside the list's rows: rows inserted, formulas cleared by hand */
            long gap_top = runs[k - 1].bottom + 1, gap_bottom = runs[k].top - 1;
            if (gap_bottom > wanted)
                gap_bottom = wanted;
            if (gap_top <= gap_bottom)
                changed |= dry || fill_rows(sheet, &block, gap_top - 1, gap_bottom);
            if (dry && changed)
                break;
        }
        if (last > wanted)
            changed |= dry || clear_rows(sheet, &block, wanted + 1, last);
        else if (last < wanted)
            changed |= dry || fill_rows(sheet, &block, last, wanted); /* the last formula row filled down */
    }
    free(runs);
    asn_uno_release(sheet);
    asn_uno_release(cells);
    return changed;
}

/* F4: the last-row cell `name` made to hold `row` (1-based). 1 when it changed (dry: would change). */
static int set_last_row(uno_Interface *named_ranges, const char *name, long row, int dry)
{
    asn_range_address address;
    uno_Interface *cells = named_cells(named_ranges, name, &address);
    uno_Interface *cell = NULL;
    if (cells) {
        sal_Int32 zero = 0;
        void *args[2] = { &zero, &zero };
        if (!asn_uno_call_on(cells, "com.sun.star.table.XCellRange::getCellByPosition", &cell, args))
            cell = NULL;
    }
    double value = -1, wanted = (double)row;
    int changed = 0;
    if (cell && asn_uno_call_on(cell, "com.sun.star.table.XCell::getValue", &value, NULL) && value != wanted) {
        void *args[1] = { &wanted };
        changed = dry || asn_uno_call_on(cell, "com.sun.star.table.XCell::setValue", NULL, args);
    }
    asn_uno_release(cell);
    asn_uno_release(cells);
    return changed;
}

/* An array block found: its whole area (a cursor collapsed to the array) and its formula as XCell::getFormula gives
 * it, in the API's notation ("=..." with ';' and the add-ins' programmatic names, whatever the UI's language), which
 * setArrayFormula takes back. Not XArrayFormulaRange::getArrayFormula (the UI's notation, which setArrayFormula
 * does not read) nor the formula's tokens (Calc's Redo of an array set from tokens gives Err:520). */
typedef struct {
    uno_Interface *sheet, *area;
    asn_range_address address;
    rtl_uString *formula;
} array_block;

static void array_free(array_block *a)
{
    asn_uno_release(a->area);
    asn_uno_release(a->sheet);
    if (a->formula)
        rtl_uString_release(a->formula);
    memset(a, 0, sizeof *a);
}

/* The array formula of the array whose top left cell is the first of `area`: "=..." (Calc gives "{=...}"). */
static rtl_uString *array_formula(uno_Interface *area)
{
    uno_Interface *cell = NULL;
    sal_Int32 zero = 0;
    void *args[2] = { &zero, &zero };
    if (!asn_uno_call_on(area, "com.sun.star.table.XCellRange::getCellByPosition", &cell, args))
        return NULL;
    rtl_uString *text = NULL;
    if (!asn_uno_call_on(cell, "com.sun.star.table.XCell::getFormula", &text, NULL))
        text = NULL;
    cell->release(cell);
    size_t cap = text ? (size_t)text->length * 3 + 1 : 0;
    char *utf8 = cap ? malloc(cap) : NULL;
    size_t length = utf8 && asn_ustring_to_utf8(text, utf8, cap) ? strlen(utf8) : 0;
    rtl_uString *formula = NULL;
    if (length > 3 && utf8[0] == '{' && utf8[1] == '=' && utf8[length - 1] == '}') {
        utf8[length - 1] = '\0';
        formula = asn_ustring_from_utf8(utf8 + 1);
    }
    free(utf8);
    if (text)
        rtl_uString_release(text);
    return formula;
}

/* F5: the array whose first row is the named range `name`, when its height is not 1 + `extra`: 1 and *out filled.
 * 0 when it is right already, or the workbook has no such array. */
static int array_to_resize(uno_Interface *named_ranges, const char *name, long extra, array_block *out)
{
    memset(out, 0, sizeof *out);
    asn_range_address first;
    uno_Interface *cells = named_cells(named_ranges, name, &first);
    out->sheet = cells ? sheet_of(cells) : NULL;
    uno_Interface *start = cells ? asn_uno_query(cells, "com.sun.star.sheet.XSheetCellRange") : NULL;
    void *args[1] = { &start };
    if (start && asn_uno_call_on(out->sheet, "com.sun.star.sheet.XSpreadsheet::createCursorByRange", &out->area, args) &&
        asn_uno_call_on(out->area, "com.sun.star.sheet.XSheetCellCursor::collapseToCurrentArray", NULL, NULL) &&
        asn_range_addresses(out->area, &out->address, 1) == 1 && out->address.top == first.top &&
        out->address.bottom != first.top + extra && (out->formula = array_formula(out->area)) != NULL) {
        out->address.bottom = first.top + extra;
    } else {
        array_free(out);
    }
    asn_uno_release(start);
    asn_uno_release(cells);
    return out->area != NULL;
}

static int set_array_formula(uno_Interface *area, rtl_uString *formula)
{
    void *args[1] = { &formula };
    return asn_uno_call_on(area, "com.sun.star.sheet.XArrayFormulaRange::setArrayFormula", NULL, args);
}

/* Removes the array formula of `area` (exactly its area). */
static int remove_array(uno_Interface *area)
{
    rtl_uString *nothing = NULL;
    rtl_uString_new(&nothing);
    int ok = set_array_formula(area, nothing);
    rtl_uString_release(nothing);
    return ok;
}

/* F2-F5 for one list. */
static int follow(uno_Interface *named_ranges, const asn_formula_list *list, long key_top, long extra, int dry)
{
    int changed = 0;
    for (size_t i = 0; i < list->rows_count && !(dry && changed); i++)
        changed |= follow_rows(named_ranges, list->rows[i], extra, dry);
    array_block arrays[ASN_FORMULA_LIST_MAX_ARRAYS];
    size_t resized = 0;
    for (size_t i = 0; i < list->arrays_count && resized < sizeof arrays / sizeof arrays[0]; i++)
        if (array_to_resize(named_ranges, list->arrays[i], extra, &arrays[resized])) {
            if (dry) {
                changed = 1;
                array_free(&arrays[resized]);
            } else if (remove_array(arrays[resized].area)) { /* removed, its formula kept */
                resized++;
            } else {
                array_free(&arrays[resized]);
            }
        }
    changed |= set_last_row(named_ranges, list->last_row, key_top + extra + 1, dry);
    for (size_t i = 0; i < resized; i++) {
        array_block *a = &arrays[i];
        uno_Interface *area = asn_sheet_range(a->sheet, a->address.left, a->address.top, a->address.right,
                                              a->address.bottom);
        uno_Interface *formula_area = area ? asn_uno_query(area, "com.sun.star.sheet.XArrayFormulaRange") : NULL;
        changed |= formula_area && set_array_formula(formula_area, a->formula);
        asn_uno_release(formula_area);
        asn_uno_release(area);
        array_free(a);
    }
    return changed;
}

long asn_formula_list_last_row(uno_Interface *named_ranges, const char *key_name, long key_top)
{
    asn_row_span *spans;
    long runs = asn_filled_runs(named_ranges, key_name, &spans);
    if (runs < 0)
        return -1;
    long last = asn_roster_last_row(spans, (size_t)runs, key_top, MAX_GAP); /* F2 */
    free(spans);
    return last;
}

/* One list brought to its rows (F1-F5). */
static int follow_list(uno_Interface *named_ranges, const asn_formula_list *list, int dry)
{
    asn_range_address key;
    uno_Interface *key_cells = named_cells(named_ranges, list->key, &key);
    if (!key_cells) /* F1 */
        return 0;
    key_cells->release(key_cells);
    long last = asn_formula_list_last_row(named_ranges, list->key, key.top);
    return last < 0 ? 0 : follow(named_ranges, list, key.top, last - key.top, dry);
}

int asn_formula_rows_follow(uno_Interface *named_ranges, int dry)
{
    int changed = 0;
    for (size_t i = 0; i < asn_formula_list_count && !(dry && changed); i++)
        changed |= follow_list(named_ranges, &asn_formula_lists[i], dry);
    return changed;
}
