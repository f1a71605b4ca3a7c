/* vnd.asnkarier:ImportRoster — "Impor data pegawai…": a roster file merged into the committee workbook's Pegawai
 * sheet by NIP, or development records (SIASN's course history: a file with a JP column, roster_import.c R13) added
 * to its Pengembangan sheet. What is read and how values are normalised and merged is the core's
 * (src/core/csv_table.c, roster_import.c); this file reads the file, writes the cells and the report.
 *  I1. Arguments (command_handler.c H2): SourceURL, the file:// URL of the file; without it (and not I9), a file dialog
 *      asks for it (cancelled: nothing happens), and Silent fails.
 *  I2. The target is the frame's document when it is a committee workbook (it defines ASNKARIER_PEGAWAI); any other
 *      document gets a new workbook from the template, opened in its own window.
 *  I3. The source: .xlsx, .xls, .ods and .fods are opened by LibreOffice itself, hidden and read-only, and their first
 *      sheet's used area read; anything else is read as CSV text (the core's C1-C7).
 *  I4. Nothing is written unless everything that can be taken fits: a source that cannot be read, or new rows beyond
 *      the roster's capacity, leave the workbook unchanged and say why.
 *  I5. The roster's changes are one undo step ("Impor data pegawai"); while they are written the controllers are
 *      locked and automatic recalculation waits, so that Calc recalculates once. The rows are read and written as
 *      one block with an undo step of our own (undo_block.c: Calc cannot undo setDataArray); where the block holds
 *      formulas or comments, which setDataArray would not keep, cell by cell in an undo context instead. The report
 *      is written first, so that the roster's step is on top: the first Undo takes the roster back; the report still
 *      says what was done.
 *  I6. The report: a sheet "Laporan Impor" (made on the first import, emptied and written on each) with the summary
 *      and one line per note (source row, NIP, column, value, reason). Not Silent, it is shown when there are notes.
 *  I7. The result: "<added> ditambahkan, <updated> diperbarui, <refused> ditolak" on success (not Silent, in a sentence
 *      the message box shows, pointing at Laporan Impor when it has notes); the reason on failure.
 *  I8. Its progress shows in Calc's status bar (read, checked, merged, written, recalculated).
 *  I9. Without SourceURL, run from a spreadsheet that is not a committee workbook (the SIASN export opened in Calc,
 *      or rows pasted into a new sheet): the source is that document's current sheet, read as I3 reads a workbook's
 *      first sheet, with no file dialog; the roster goes into a new workbook from the template (I2).
 *  I10. Development records (R13) go to Pengembangan, columns A..F, below its last filled record, as I4-I8 say for
 *      the roster ("Impor catatan pengembangan"; the result counts "sudah ada" instead of "diperbarui"). */
#include "command_handler.h"

#include <stdlib.h>
#include <string.h>

#include "document.h"
#include "formula_rows.h"
#include "progress.h"
#include "sheet_data.h"
#include "types.h"
#include "undo_block.h"
#include "uno_calling.h"
#include "uno_implementing.h"
#include "../core/csv_table.h"
#include "../core/support/file_url.h"
#include "../core/support/locale_free.h"
#include "../core/support/platform.h"
#include "../core/roster_import.h"

#define ROSTER_KEY "ASNKARIER_PEGAWAI"
#define ROSTER_SHEET "Pegawai"
#define RECORDS_KEY "ASNKARIER_RECORDS"
#define RECORDS_SHEET "Pengembangan"
#define REPORT_SHEET "Laporan Impor"
#define TEMPLATE_PATH "/templates/ASN%20Karier/peringkat-asn.ots"
#define MAX_SOURCE_BYTES (256u * 1024u * 1024u)

/* ---- I1: the file ----------------------------------------------------------------------------------------------- */

/* ---- I2: the workbook ------------------------------------------------------------------------------------------- */

static int is_committee_workbook(uno_Interface *model)
{
    long first, last;
    return model && asn_named_range_bounds(model, ROSTER_KEY, &first, &last);
}

static uno_Interface *load(asn_command *command, const char *url, int count, const char *const *names,
                           const int *flags)
{
    uno_Interface *desktop = asn_create_service(command->context, "com.sun.star.frame.Desktop");
    if (!desktop)
        return NULL;
    static const int all_flags[4] = { 1, 1, 1, 1 };
    uno_Sequence *properties = asn_properties(count, names, all_flags, flags, NULL);
    rtl_uString *where = asn_ustring_from_utf8(url), *target = asn_ustring_from_utf8("_blank");
    sal_Int32 search = 0;
    void *args[4] = { &where, &target, &search, &properties };
    uno_Interface *component = NULL;
    if (!properties ||
        !asn_uno_call_on(desktop, "com.sun.star.frame.XComponentLoader::loadComponentFromURL", &component, args))
        component = NULL;
    rtl_uString_release(where);
    rtl_uString_release(target);
    if (properties)
        asn_uno_destroy(&properties, typelib_TypeClass_SEQUENCE, "[]com.sun.star.beans.PropertyValue");
    desktop->release(desktop);
    uno_Interface *model = asn_uno_query(component, "com.sun.star.frame.XModel");
    asn_uno_release(component);
    return model;
}

/* I2: a new workbook from the template the extension carries. */
static uno_Interface *new_workbook(asn_command *command)
{
    char url[4096];
    if (!asn_command_extension_url(command, TEMPLATE_PATH, url, sizeof url))
        return NULL;
    static const char *const names[] = { "AsTemplate" };
    static const int flags[] = { 1 };
    return load(command, url, 1, names, flags);
}

/* ---- I3: the source --------------------------------------------------------------------------------------------- */

typedef struct {
    asn_cells cells;
    long *rows;           /* the source row of each table row */
    asn_csv_table csv;    /* a CSV's texts */
    asn_sheet_cells sheet; /* a workbook's cells */
} source_table;

static void source_free(source_table *source)
{
    if (source->csv.storage) {
        free((void *)source->cells.cell);
        asn_csv_free(&source->csv);
    } else {
        asn_sheet_cells_free(&source->sheet);
    }
    free(source->rows);
    memset(source, 0, sizeof *source);
}

static int ends_with(const char *text, const char *suffix)
{
    size_t n = strlen(text), m = strlen(suffix);
    if (m > n)
        return 0;
    for (size_t k = 0; k < m; k++) {
        char c = text[n - m + k];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != suffix[k])
            return 0;
    }
    return 1;
}

static int read_csv(asn_command *command, const char *url, source_table *out)
{
    char path[4096], reason[400];
    if (!asn_path_from_file_url(url, path, sizeof path))
        return asn_command_fail(command, "Hanya berkas lokal (file://) yang dapat diimpor.");
    int error = 0;
    asn_file *file = asn_file_open(path, &error);
    asn_file_info info;
    if (!file) {
        char text[200];
        asn_format(reason, sizeof reason, "Berkas tidak dapat dibuka: %s", asn_error_text(error, text, sizeof text));
        return asn_command_fail(command, reason);
    }
    if (asn_file_info_of(file, &info) != 0 || !info.regular || info.size > MAX_SOURCE_BYTES) {
        asn_file_close(file);
        return asn_command_fail(command, "Berkas itu bukan berkas biasa atau lebih besar dari 256 MB.");
    }
    unsigned char *bytes = malloc(info.size ? (size_t)info.size : 1);
    int read = bytes && asn_file_read_exactly(file, bytes, (size_t)info.size) == 0;
    asn_file_close(file);
    if (!read) {
        free(bytes);
        return asn_command_fail(command, "Berkas tidak dapat dibaca.");
    }
    asn_status st = { 0 };
    int parsed = asn_csv_parse(bytes, (size_t)info.size, &out->csv, &st);
    free(bytes);
    if (!parsed) {
        asn_format(reason, sizeof reason, "Berkas tidak dapat dibaca sebagai CSV: %s.", st.message);
        return asn_command_fail(command, reason);
    }
    if (!asn_csv_cells(&out->csv, &out->cells, &out->rows)) {
        asn_csv_free(&out->csv);
        return asn_command_fail(command, "Berkas terlalu besar untuk diimpor (lebih dari 10 juta sel) atau memori tidak cukup.");
    }
    return 1;
}

/* I3, I9: the used area of a sheet (XSpreadsheet), as cells. */
static int read_sheet(asn_command *command, uno_Interface *sheet, source_table *out)
{
    uno_Interface *cursor = sheet ? asn_uno_interface_result(sheet, "com.sun.star.sheet.XSpreadsheet::createCursor",
                                                             NULL) : NULL;
    sal_Bool expand = 0;
    void *expand_args[1] = { &expand };
    int ok = cursor &&
             asn_uno_call_on(cursor, "com.sun.star.sheet.XUsedAreaCursor::gotoStartOfUsedArea", NULL, expand_args);
    expand = 1;
    ok = ok && asn_uno_call_on(cursor, "com.sun.star.sheet.XUsedAreaCursor::gotoEndOfUsedArea", NULL, expand_args);
    /* C7's limit for a workbook too: a used area that reaches far (one value in XFD1048576) is not read as cells */
    long rows = 0, cols = 0;
    int fits = ok && asn_range_size(cursor, &rows, &cols) && (double)rows * (double)cols <= ASN_CSV_MAX_CELLS;
    ok = fits && asn_sheet_read(cursor, &out->sheet);
    asn_uno_release(cursor);
    if (!ok)
        return asn_command_fail(command, fits ? "Lembar itu tidak dapat dibaca."
                                  : "Lembar itu terlalu besar untuk diimpor (lebih dari 10 juta sel).");
    out->cells = out->sheet.cells;
    out->rows = malloc((out->cells.rows ? out->cells.rows : 1) * sizeof *out->rows);
    if (!out->rows) {
        asn_sheet_cells_free(&out->sheet);
        return asn_command_fail(command, "Memori tidak cukup untuk membaca berkas.");
    }
    for (size_t r = 0; r < out->cells.rows; r++)
        out->rows[r] = (long)r + 1; /* the used area may start below row 1: good enough to find the row again */
    return 1;
}

/* I3: the first sheet's used area of a workbook LibreOffice opens. */
static int read_workbook(asn_command *command, const char *url, source_table *out)
{
    static const char *const names[] = { "Hidden", "ReadOnly" };
    static const int flags[] = { 1, 1 };
    uno_Interface *model = load(command, url, 2, names, flags);
    if (!model)
        return asn_command_fail(command, "Berkas tidak dapat dibuka oleh LibreOffice sebagai buku kerja (rusak, atau dilindungi kata "
                             "sandi: buka dulu di Calc, lalu jalankan Impor data pegawai dari jendelanya).");
    uno_Interface *sheets = asn_uno_interface_result(model, "com.sun.star.sheet.XSpreadsheetDocument::getSheets", NULL);
    uno_Any first_any;
    uno_Interface *sheet = NULL;
    sal_Int32 zero = 0;
    void *args[1] = { &zero };
    if (sheets && asn_uno_call_on(sheets, "com.sun.star.container.XIndexAccess::getByIndex", &first_any, args)) {
        sheet = asn_uno_any_interface(&first_any);
        uno_any_destruct(&first_any, NULL);
    }
    int ok = read_sheet(command, sheet, out);
    asn_uno_release(sheet);
    asn_uno_release(sheets);
    sal_Bool deliver = 1;
    void *close_args[1] = { &deliver };
    asn_uno_call_on(model, "com.sun.star.util.XCloseable::close", NULL, close_args);
    model->release(model);
    return ok;
}

/* ---- writing ---------------------------------------------------------------------------------------------------- */

/* Writes the cells of the columns the source has (the first `width` of each row), for each row taken (R10), one by
 * one so that Undo takes them back (sheet_data.h). A row with no target (a record already there) writes nothing. */
static int write_rows(uno_Interface *sheet, const asn_roster_import *in, long first_data_row, int width)
{
    for (size_t r = 0; r < in->rows; r++) {
        const asn_value *cells = &in->cell[r * ASN_ROSTER_COLUMNS];
        const unsigned char *take = &in->take[r * ASN_ROSTER_COLUMNS];
        long row = first_data_row + in->target_row[r];
        if (in->target_row[r] < 0)
            continue;
        for (int c = 0; c < width;) {
            if (!in->has_column[c] || !take[c]) {
                c++;
                continue;
            }
            int end = c;
            while (end + 1 < width && in->has_column[end + 1] && take[end + 1])
                end++;
            if (!asn_sheet_write_cells(sheet, row, c, (size_t)(end - c + 1), &cells[c]))
                return 0;
            c = end + 1;
        }
    }
    return 1;
}

/* Whether `range` holds a formula or a comment: setDataArray would turn a formula into its value and drop the
 * comments of every cell it writes. */
static int has_formulas_or_comments(uno_Interface *range)
{
    sal_Int16 flags = 16 | 8; /* com.sun.star.sheet.CellFlags FORMULA | ANNOTATION */
    void *args[1] = { &flags };
    uno_Interface *found = NULL;
    if (!asn_uno_call_on(range, "com.sun.star.sheet.XCellRangesQuery::queryContentCells", &found, args) || !found)
        return 1; /* cannot tell: take the careful path */
    sal_Int32 count = 1;
    if (!asn_uno_call_on(found, "com.sun.star.container.XIndexAccess::getCount", &count, NULL))
        count = 1;
    found->release(found);
    return count > 0;
}

/* Puts a value into an any of a [][]any being built. */
static void put_value(uno_Any *a, const asn_value *v)
{
    uno_any_destruct(a, NULL);
    if (v->kind == ASN_VALUE_NUMBER) {
        uno_type_any_construct(a, (void *)&v->number, asn_type_double(), NULL);
    } else {
        rtl_uString *s = asn_ustring_from_utf8(v->kind == ASN_VALUE_TEXT ? v->text : "");
        uno_type_any_construct(a, &s, asn_type_string(), NULL);
        rtl_uString_release(s);
    }
}

/* I5, the quick way: the rows first_row .. the last row written, the first `width` columns (the roster's A..AE, the
 * records' A..F), read once, changed in memory and written once, as one undo step `title` of our own
 * (undo_block.c). 0 when the block holds formulas or comments (then the cells are written one by one) or a call
 * fails; *written says whether anything was written. */
static int write_block(uno_Interface *model, uno_Interface *sheet, const asn_roster_import *in, long first_row,
                       int width, const char *title, int *written)
{
    *written = 0;
    long last = -1;
    for (size_t r = 0; r < in->rows; r++)
        if (in->target_row[r] > last)
            last = in->target_row[r];
    if (last < 0)
        return 1; /* nothing to write */
    uno_Interface *range = asn_sheet_range(sheet, 0, first_row, width - 1, first_row + last);
    if (!range || has_formulas_or_comments(range)) {
        asn_uno_release(range);
        return 0;
    }
    uno_Sequence *before = NULL, *after = NULL;
    int ok = asn_uno_call_on(range, "com.sun.star.sheet.XCellRangeData::getDataArray", &before, NULL) &&
             before->nElements == last + 1 &&
             uno_type_sequence_construct(&after, asn_type_any_matrix(), NULL, before->nElements, NULL);
    for (sal_Int32 r = 0; ok && r < before->nElements; r++) { /* a deep copy: `before` stays as it was */
        uno_Sequence *source = ((uno_Sequence **)before->elements)[r], *copy = NULL;
        ok = source->nElements == width &&
             uno_type_sequence_construct(&copy, asn_type_any_row(), source->elements, source->nElements, NULL);
        if (ok) {
            uno_type_destructData(&((uno_Sequence **)after->elements)[r], asn_type_any_row(), NULL);
            ((uno_Sequence **)after->elements)[r] = copy;
        }
    }
    for (size_t r = 0; ok && r < in->rows; r++) {
        if (in->target_row[r] < 0)
            continue;
        uno_Any *cells = (uno_Any *)((uno_Sequence **)after->elements)[in->target_row[r]]->elements;
        for (int c = 0; c < width; c++)
            if (in->has_column[c] && in->take[r * ASN_ROSTER_COLUMNS + c])
                put_value(&cells[c], &in->cell[r * ASN_ROSTER_COLUMNS + c]);
    }
    if (ok) {
        ok = asn_undo_block_write(model, range, before, after, title); /* takes both over */
        *written = ok;
    } else {
        if (before)
            uno_type_destructData(&before, asn_type_any_matrix(), NULL);
        if (after)
            uno_type_destructData(&after, asn_type_any_matrix(), NULL);
    }
    range->release(range);
    return ok;
}

/* I6: the sheet "Laporan Impor", made when the workbook has none, with the undo manager locked: undoing an
 * inserted sheet inside an undo context terminates LibreOffice 7.4 (ScTabView::SetTabNo without a view, seen
 * headless). */
static uno_Interface *report_sheet(uno_Interface *model, uno_Interface *undo)
{
    uno_Interface *sheets = asn_uno_interface_result(model, "com.sun.star.sheet.XSpreadsheetDocument::getSheets", NULL);
    if (!sheets)
        return NULL;
    uno_Interface *sheet = asn_uno_element(sheets, REPORT_SHEET);
    if (!sheet) {
        sal_Bool locked = 1;
        if (undo && !asn_uno_call_on(undo, "com.sun.star.util.XLockable::isLocked", &locked, NULL))
            locked = 1;
        int lock_here = !locked && asn_uno_call_on(undo, "com.sun.star.util.XLockable::lock", NULL, NULL);
        sal_Int32 count = 0;
        asn_uno_call_on(sheets, "com.sun.star.container.XIndexAccess::getCount", &count, NULL);
        rtl_uString *name = asn_ustring_from_utf8(REPORT_SHEET);
        sal_Int16 position = (sal_Int16)count;
        void *args[2] = { &name, &position };
        asn_uno_call_on(sheets, "com.sun.star.sheet.XSpreadsheets::insertNewByName", NULL, args);
        rtl_uString_release(name);
        if (lock_here)
            asn_uno_call_on(undo, "com.sun.star.util.XLockable::unlock", NULL, NULL);
        sheet = asn_uno_element(sheets, REPORT_SHEET);
    }
    sheets->release(sheets);
    return sheet;
}

/* The rows an earlier report used (at least 1: an empty sheet's used area is A1). */
static size_t used_rows(uno_Interface *sheet)
{
    uno_Interface *cursor = asn_uno_interface_result(sheet, "com.sun.star.sheet.XSpreadsheet::createCursor", NULL);
    sal_Bool expand = 0;
    void *args[1] = { &expand };
    long rows = 0, cols = 0;
    int ok = cursor && asn_uno_call_on(cursor, "com.sun.star.sheet.XUsedAreaCursor::gotoStartOfUsedArea", NULL, args);
    expand = 1;
    ok = ok && asn_uno_call_on(cursor, "com.sun.star.sheet.XUsedAreaCursor::gotoEndOfUsedArea", NULL, args) &&
         asn_range_size(cursor, &rows, &cols); /* the report starts at A1 */
    asn_uno_release(cursor);
    return ok && rows > 0 ? (size_t)rows : 0;
}

static int write_report(uno_Interface *sheet, const asn_roster_import *in, const char *heading, const char *source,
                        const char *summary)
{
    enum { COLS = 5 };
    size_t rows = 4 + in->notes, earlier = used_rows(sheet);
    if (earlier > rows)
        rows = earlier; /* blanks over what an earlier report left: one write */
    asn_value *v = calloc(rows * COLS, sizeof *v);
    if (!v)
        return 0;
    v[0] = (asn_value){ ASN_VALUE_TEXT, 0.0, heading };
    v[COLS] = (asn_value){ ASN_VALUE_TEXT, 0.0, source };
    v[2 * COLS] = (asn_value){ ASN_VALUE_TEXT, 0.0, summary };
    static const char *const header[COLS] = { "Baris sumber", "NIP", "Kolom", "Isian", "Keterangan" };
    for (int c = 0; c < COLS; c++)
        v[3 * COLS + c] = (asn_value){ ASN_VALUE_TEXT, 0.0, header[c] };
    for (size_t k = 0; k < in->notes; k++) {
        const asn_import_note *n = &in->note[k];
        asn_value *row = &v[(4 + k) * COLS];
        if (n->source_row > 0)
            row[0] = (asn_value){ ASN_VALUE_NUMBER, (double)n->source_row, NULL };
        else
            row[0] = (asn_value){ ASN_VALUE_TEXT, 0.0, "judul" };
        const char *texts[4] = { n->nip, n->column, n->value, n->reason };
        for (int c = 0; c < 4; c++)
            if (texts[c][0])
                row[1 + c] = (asn_value){ ASN_VALUE_TEXT, 0.0, texts[c] };
    }
    uno_Interface *range = asn_sheet_range(sheet, 0, 0, COLS - 1, (long)rows - 1);
    int ok = range && asn_sheet_write(range, rows, COLS, v);
    asn_uno_release(range);
    free(v);
    return ok;
}

/* ---- the command ------------------------------------------------------------------------------------------------ */

/* The nine competency names the workbook shows (Kompetensi!S4:S12, from its kamus), for headers written by
 * name; NULL entries where it shows none. */
static void competency_names(uno_Interface *sheets, asn_sheet_cells *names_cells, const char *names[9])
{
    for (int k = 0; k < 9; k++)
        names[k] = NULL;
    uno_Interface *sheet = asn_uno_element(sheets, "Kompetensi");
    uno_Interface *range = sheet ? asn_sheet_range(sheet, 18, 3, 18, 11) : NULL;
    if (range && asn_sheet_read(range, names_cells))
        for (size_t k = 0; k < 9 && k < names_cells->cells.rows; k++)
            if (names_cells->cells.cell[k * names_cells->cells.cols].kind == ASN_VALUE_TEXT)
                names[k] = names_cells->cells.cell[k * names_cells->cells.cols].text;
    asn_uno_release(range);
    asn_uno_release(sheet);
}

static void set_flag(uno_Interface *object, const char *method, int value)
{
    sal_Bool b = value != 0;
    void *args[1] = { &b };
    asn_uno_call_on(object, method, NULL, args);
}

static int import_steps(asn_command *command, uno_Interface *model, const char *url, uno_Interface *source_sheet,
                        asn_progress *progress);

static int import_into(asn_command *command, uno_Interface *model, const char *url, uno_Interface *source_sheet)
{
    uno_Interface *frame = NULL, *controller = asn_uno_interface_result(
        model, "com.sun.star.frame.XModel::getCurrentController", NULL);
    if (controller)
        frame = asn_uno_interface_result(controller, "com.sun.star.frame.XController::getFrame", NULL);
    asn_uno_release(controller);
    /* I8: in steps of the work (read, checked, merged, written), in percent; none in a hidden document */
    asn_progress *progress = asn_progress_open(command->context, frame, "Impor data pegawai", 100, 0);
    asn_uno_release(frame);
    int ok = import_steps(command, model, url, source_sheet, progress);
    asn_progress_close(progress);
    return ok;
}

static int import_steps(asn_command *command, uno_Interface *model, const char *url, uno_Interface *source_sheet,
                        asn_progress *progress)
{
    source_table source = { 0 };
    int is_workbook = ends_with(url, ".xlsx") || ends_with(url, ".xls") || ends_with(url, ".ods") ||
                      ends_with(url, ".fods");
    int read = source_sheet ? read_sheet(command, source_sheet, &source) /* I9 */
                            : is_workbook ? read_workbook(command, url, &source) : read_csv(command, url, &source); /* I3 */
    if (!read)
        return 0;
    int records = asn_records_source(&source.cells); /* I10 */
    const char *title = records ? "Impor catatan pengembangan" : "Impor data pegawai";
    const char *target_name = records ? RECORDS_SHEET : ROSTER_SHEET;
    int width = records ? ASN_RECORD_COLUMNS : ASN_ROSTER_COLUMNS;
    asn_progress_step(progress, 20, title);
    uno_Interface *sheets = asn_uno_interface_result(model, "com.sun.star.sheet.XSpreadsheetDocument::getSheets", NULL);
    uno_Interface *target = sheets ? asn_uno_element(sheets, target_name) : NULL;
    long first_row = 0, last_row = -1;
    int ok = target && asn_named_range_bounds(model, records ? RECORDS_KEY : ROSTER_KEY, &first_row, &last_row) &&
             last_row >= first_row;
    if (!ok) {
        char reason[200];
        asn_format(reason, sizeof reason, "Buku kerja ini tidak punya lembar %s dari templat ASN Karier.", target_name);
        asn_uno_release(target);
        asn_uno_release(sheets);
        source_free(&source);
        return asn_command_fail(command, reason);
    }
    asn_sheet_cells names_cells = { 0 }, existing = { 0 };
    const char *names[9];
    competency_names(sheets, &names_cells, names);
    int null_date[3];
    asn_document_null_date(model, null_date);
    asn_roster_import in;
    asn_status st = { 0 };
    char summary[300], reason[400];
    ok = records ? asn_records_read(&source.cells, source.rows, null_date, &in, &st)
                 : asn_roster_read(&source.cells, source.rows, names, null_date, &in, &st);
    if (!ok) {
        asn_format(reason, sizeof reason, "%s", st.message);
        asn_command_fail(command, reason);
    }
    asn_progress_step(progress, 40, title);
    /* What the sheet has: the roster's NIPs; the records' columns A..F down to the records' last row as the job
     * counts it (formula_rows.c F2: a value typed a million rows down does not make a million rows to read). */
    long existing_last = last_row;
    if (records) {
        uno_Interface *named_ranges = asn_uno_any_result(model, "com.sun.star.beans.XPropertySet::getPropertyValue",
                                                         "NamedRanges");
        existing_last = named_ranges ? asn_formula_list_last_row(named_ranges, RECORDS_KEY, first_row) : -1;
        asn_uno_release(named_ranges);
        if (existing_last < first_row)
            existing_last = first_row;
    }
    uno_Interface *have = ok ? asn_sheet_range(target, 0, first_row, records ? width - 1 : 0, existing_last) : NULL;
    if (ok && !(have && asn_sheet_read(have, &existing)))
        ok = asn_command_fail(command, records ? "Lembar Pengembangan tidak dapat dibaca."
                                               : "Kolom NIP lembar Pegawai tidak dapat dibaca.");
    if (ok && !(records ? asn_records_merge(&in, &existing.cells, null_date, &st)
                        : asn_roster_merge(&in, &existing.cells, (size_t)(last_row - first_row + 1), &st))) { /* I4 */
        asn_format(reason, sizeof reason, "%s", st.message);
        ok = asn_command_fail(command, reason);
    }
    if (ok) {
        asn_format(summary, sizeof summary, records ? "%zu ditambahkan, %zu sudah ada, %zu ditolak"
                                                    : "%zu ditambahkan, %zu diperbarui, %zu ditolak",
                   in.added, in.updated, in.refused);
        uno_Interface *undo = asn_uno_interface_result(model, "com.sun.star.document.XUndoManagerSupplier::getUndoManager",
                                                       NULL);
        uno_Interface *report = report_sheet(model, undo);
        sal_Bool was_automatic = 1;
        asn_uno_call_on(model, "com.sun.star.sheet.XCalculatable::isAutomaticCalculationEnabled", &was_automatic, NULL);
        asn_uno_call_on(model, "com.sun.star.frame.XModel::lockControllers", NULL, NULL);
        set_flag(model, "com.sun.star.sheet.XCalculatable::enableAutomaticCalculation", 0);
        char label[4200];
        const char *slash = strrchr(url, '/');
        if (source_sheet)
            asn_format(label, sizeof label, "Lembar: %s", url);
        else
            asn_format(label, sizeof label, "Berkas: %s", slash ? slash + 1 : url);
        char line[400];
        asn_format(line, sizeof line, "%s; %zu catatan", summary, in.notes);
        /* I5, I6: the report first, so that the roster's step is the one on top: the first Undo takes the roster
         * back (what Calc records of the report's write is below it). */
        asn_progress_step(progress, 60, title);
        ok = report && write_report(report, &in, records ? "Laporan impor catatan pengembangan"
                                                         : "Laporan impor data pegawai", label, line);
        asn_progress_step(progress, 70, title);
        int written = 0;
        if (ok && !write_block(model, target, &in, first_row, width, title, &written) && !written) { /* I5: careful */
            rtl_uString *undo_title = asn_ustring_from_utf8(title);
            void *undo_args[1] = { &undo_title };
            int grouped = undo && asn_uno_call_on(undo, "com.sun.star.document.XUndoManager::enterUndoContext", NULL,
                                                  undo_args);
            rtl_uString_release(undo_title);
            ok = write_rows(target, &in, first_row, width);
            if (grouped)
                asn_uno_call_on(undo, "com.sun.star.document.XUndoManager::leaveUndoContext", NULL, NULL);
        }
        asn_progress_step(progress, 90, title); /* what is left: Calc's recalculation */
        set_flag(model, "com.sun.star.sheet.XCalculatable::enableAutomaticCalculation", was_automatic);
        asn_uno_call_on(model, "com.sun.star.frame.XModel::unlockControllers", NULL, NULL);
        asn_uno_release(undo);
        if (ok && report && in.notes && !command->silent) { /* I6 */
            uno_Interface *controller = asn_uno_interface_result(model,
                                                                 "com.sun.star.frame.XModel::getCurrentController", NULL);
            void *args[1] = { &report };
            if (controller)
                asn_uno_call_on(controller, "com.sun.star.sheet.XSpreadsheetView::setActiveSheet", NULL, args);
            asn_uno_release(controller);
        }
        asn_uno_release(report);
        if (ok && command->silent)
            asn_format(command->result, sizeof command->result, "%s", summary); /* I7 */
        else if (ok)
            asn_format(command->result, sizeof command->result, "%s: %s.%s", title, summary,
                       in.notes ? " Lihat lembar Laporan Impor." : "");
        else {
            asn_format(reason, sizeof reason, "Menulis ke lembar %s gagal; gunakan Urungkan (Ctrl+Z) untuk kembali.",
                       target_name);
            asn_command_fail(command, reason);
        }
    }
    if (in.cell || in.note)
        asn_roster_import_free(&in);
    asn_uno_release(have);
    asn_sheet_cells_free(&existing);
    asn_sheet_cells_free(&names_cells);
    asn_uno_release(target);
    asn_uno_release(sheets);
    source_free(&source);
    return ok;
}

/* I9: the active sheet of the frame's document when it is a spreadsheet but not a committee workbook (a SIASN export
 * opened in Calc), acquired, with its name into `name`; NULL otherwise. */
static uno_Interface *current_sheet(asn_command *command, uno_Interface *model, char *name, size_t cap)
{
    uno_Interface *document = asn_uno_query(model, "com.sun.star.sheet.XSpreadsheetDocument");
    asn_uno_release(document);
    if (!document || is_committee_workbook(model))
        return NULL;
    uno_Interface *controller = command->frame ? asn_uno_interface_result(
        command->frame, "com.sun.star.frame.XFrame::getController", NULL) : NULL;
    uno_Interface *sheet = controller ? asn_uno_interface_result(
        controller, "com.sun.star.sheet.XSpreadsheetView::getActiveSheet", NULL) : NULL;
    asn_uno_release(controller);
    if (sheet && !asn_string_result(sheet, "com.sun.star.container.XNamed::getName", NULL, name, cap))
        asn_format(name, cap, "%s", "(lembar aktif)");
    return sheet;
}

int asn_import_roster_run(asn_command *command)
{
    char url[4096];
    uno_Interface *model = asn_frame_model(command->frame);
    uno_Interface *source_sheet = NULL;
    if (!asn_command_string(command, "SourceURL", url, sizeof url) || !url[0]) { /* I1 */
        source_sheet = current_sheet(command, model, url, sizeof url); /* I9 */
        if (!source_sheet && command->silent) {
            asn_uno_release(model);
            return asn_command_fail(command, "SourceURL kosong: sebut berkas yang diimpor.");
        }
        if (!source_sheet && !asn_command_pick_file(command, 0, "Data pegawai (CSV, Excel, ODS)",
                                                    "*.csv;*.txt;*.xlsx;*.xls;*.ods", NULL, NULL, url, sizeof url)) {
            asn_uno_release(model);
            command->answered = 1;
            return asn_command_fail(command, "Dibatalkan.");
        }
    }
    if (!is_committee_workbook(model)) { /* I2 */
        asn_uno_release(model);
        model = new_workbook(command);
        if (!model) {
            asn_uno_release(source_sheet);
            return asn_command_fail(command, "Templat ASN Karier tidak dapat dibuka.");
        }
    }
    int ok = import_into(command, model, url, source_sheet);
    asn_uno_release(source_sheet);
    model->release(model);
    return ok;
}
