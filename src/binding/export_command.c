/* vnd.asnkarier:ExportFeedback — "Cetak umpan balik semua pegawai…": every employee's page of the sheet Umpan Balik in
 * one PDF, in NIP order, and optionally one PDF per employee. Which rows, in which order, the file names and the
 * zoom are the core's (src/core/feedback_pages.c, P1-P4); this file moves the pages through Calc.
 *  E1. Arguments (command_handler.c H2): TargetURL, the file:// URL of the combined PDF; FolderURL (optional), a
 *      folder's file:// URL for one PDF per employee as well. Not Silent without TargetURL, a save dialog asks for
 *      the PDF, then whether one PDF per employee is wanted too and, if so, a folder dialog (cancelled: nothing
 *      happens). Silent without TargetURL fails.
 *  E2. The frame's document must be a committee workbook: the roster ASNKARIER_PEGAWAI and the sheet Umpan Balik
 *      with its print area, the chooser H2 and the roster row of the chosen NIP in I3.
 *  E3. Whose pages: P1-P2 over Pegawai's NIP column; rows a filter hides are left out, and when the selection is
 *      several cells of Pegawai only its rows are printed.
 *  E4. Each page's values: H2 set to the NIP, the print area's values read (Calc recalculates what depends on H2).
 *      The undo manager is locked meanwhile (Undo keeps no trace); H2 and the document's modified state are put back
 *      at the end, whatever happened. A page whose NIP the sheet does not find (I3 = 0) is not printed.
 *  E5. The print document: hidden; Umpan Balik imported into it (formats, merged cells, row heights, conditional
 *      formats such as the data bars, drawings); its page style copied property by property; one copy of the page
 *      per employee holding that employee's values, a page break before each, at the zoom at which one page fits a
 *      sheet of paper (P4; lowered while Calc counts more pages than copies). The copies fill its first sheet (P5: 1,000
 *      pages, fewer when the sheet's rows hold fewer), then copies of that sheet, which the PDF prints in order.
 *      A print area widened by hand beyond one page (more than 1,000 rows or 100 columns) is refused, with what to
 *      do. The environment variable ASNKARIER_TEST_SHEET_ROWS, when set, lowers the rows a sheet is taken to have:
 *      the tests lay 150 pages out on many sheets with it instead of printing 21,846 employees.
 *  E6. One PDF export of it to TargetURL, so that fonts are embedded once; with FolderURL, each copy also alone into
 *      "<NIP> <Nama>.pdf" there (P3).
 *  E7. Progress (progress.c): not Silent, a dialog "n dari N pegawai" with a bar and Batal; Silent, the status bar.
 *  E8. Batal stops at the next page: the combined PDF is not written, so no file looks complete that is not; files
 *      per employee written before stay (each is whole) and the result says how many.
 *  E9. The result: "<n> halaman" (and ", <n> berkas per pegawai"); on failure, why. */
#include "command_handler.h"

#include <stdlib.h>
#include <string.h>

#include "progress.h"
#include "sheet_data.h"
#include "types.h"
#include "uno_calling.h"
#include "uno_implementing.h"
#include "../core/feedback_pages.h"
#include "../core/support/file_url.h"
#include "../core/support/locale_free.h"

#define ROSTER_KEY "ASNKARIER_PEGAWAI"
#define ROSTER_SHEET "Pegawai"
#define PAGE_SHEET "Umpan Balik"
#define CHOOSER_COLUMN 7 /* H2 */
#define CHOOSER_ROW 1
#define FOUND_COLUMN 8 /* I3: the chosen NIP's roster row, 0 when none */
#define FOUND_ROW 2
#define CELL_RANGE_ADDRESS "com.sun.star.table.CellRangeAddress"
#define SHEET_ROWS 1048576L   /* the rows of a sheet, when the sheet does not say */
#define TEST_SHEET_ROWS "ASNKARIER_TEST_SHEET_ROWS" /* E5 */
#define MAX_PAGE_ROWS 1000L   /* a page of Umpan Balik is 48 rows by 6 columns */
#define MAX_PAGE_COLUMNS 100L

/* ---- E1: where to --------------------------------------------------------------------------------------------- */

/* Whether one PDF per employee is wanted too (a Yes/No question); then the folder dialog. */
static int pick_folder(asn_command *command, char *url, size_t cap)
{
    url[0] = '\0';
    if (!asn_command_ask(command, "Simpan juga satu PDF per pegawai (<NIP> <Nama>.pdf) di sebuah folder?"))
        return 1;
    uno_Interface *picker = asn_create_service(command->context, "com.sun.star.ui.dialogs.FolderPicker");
    if (!picker)
        return 0;
    sal_Int16 answer = 0;
    int ok = asn_uno_call_on(picker, "com.sun.star.ui.dialogs.XExecutableDialog::execute", &answer, NULL) && answer == 1;
    if (ok) {
        rtl_uString *folder = NULL;
        ok = asn_uno_call_on(picker, "com.sun.star.ui.dialogs.XFolderPicker::getDirectory", &folder, NULL);
        if (ok) {
            ok = folder->length > 0 && asn_ustring_to_utf8(folder, url, cap);
            rtl_uString_release(folder);
        }
    }
    picker->release(picker);
    return ok;
}

/* ---- E2, E3: the workbook and whose pages ----------------------------------------------------------------------- */

typedef struct {
    uno_Interface *model, *sheets, *roster, *page;
    uno_Interface *chooser, *found; /* H2, I3 of Umpan Balik */
    asn_range_address area;             /* the page: Umpan Balik's first print area */
    long first_row, last_row;       /* the roster rows (ASNKARIER_PEGAWAI) */
    asn_sheet_cells nips;           /* Pegawai's NIP and name columns, A:B of those rows */
    size_t *order;                  /* the rows that get a page, in page order (P1, P2) */
    size_t pages;
} workbook;

static void workbook_free(workbook *w)
{
    asn_uno_release(w->chooser);
    asn_uno_release(w->found);
    asn_uno_release(w->page);
    asn_uno_release(w->roster);
    asn_uno_release(w->sheets);
    asn_uno_release(w->model);
    asn_sheet_cells_free(&w->nips);
    free(w->order);
    memset(w, 0, sizeof *w);
}

static uno_Interface *cell_of(uno_Interface *sheet, long column, long row)
{
    sal_Int32 c = (sal_Int32)column, r = (sal_Int32)row;
    void *args[2] = { &c, &r };
    uno_Interface *cell = NULL;
    if (!asn_uno_call_on(sheet, "com.sun.star.table.XCellRange::getCellByPosition", &cell, args))
        return NULL;
    return cell;
}

/* E3: marks in wanted[] the roster rows inside `ranges` (addresses on the roster's sheet); the rest are cleared. */
static void keep_rows_in(unsigned char *wanted, const workbook *w, const asn_range_address *ranges, long count,
                         long roster_sheet)
{
    size_t rows = (size_t)(w->last_row - w->first_row + 1);
    unsigned char *inside = calloc(rows, 1);
    if (!inside)
        return;
    for (long k = 0; k < count; k++) {
        if (ranges[k].sheet != roster_sheet)
            continue;
        for (long r = ranges[k].top; r <= ranges[k].bottom; r++)
            if (r >= w->first_row && r <= w->last_row)
                inside[r - w->first_row] = 1;
    }
    for (size_t k = 0; k < rows; k++)
        wanted[k] = wanted[k] && inside[k];
    free(inside);
}

/* E3: the rows a filter hides, and a selection of several cells of Pegawai, narrow the pages. */
static unsigned char *wanted_rows(asn_command *command, const workbook *w)
{
    size_t rows = (size_t)(w->last_row - w->first_row + 1);
    unsigned char *wanted = malloc(rows);
    if (!wanted)
        return NULL;
    memset(wanted, 1, rows);
    /* room for every range a filter or a selection can make of these rows (at most one per row), and one more, so
     * that a list that fills it is known to be cut */
    long max_ranges = (long)rows + 2;
    asn_range_address *ranges = malloc((size_t)max_ranges * sizeof *ranges);
    asn_range_address roster_address;
    if (!ranges || asn_range_addresses(w->roster, &roster_address, 1) != 1) {
        free(ranges);
        return wanted;
    }
    uno_Interface *column = asn_sheet_range(w->roster, 0, w->first_row, 0, w->last_row);
    uno_Interface *visible = column ? asn_uno_interface_result(column, "com.sun.star.sheet.XCellRangesQuery::queryVisibleCells",
                                                               NULL) : NULL;
    long n = visible ? asn_range_addresses(visible, ranges, max_ranges) : -1;
    if (n >= 0 && n < max_ranges)
        keep_rows_in(wanted, w, ranges, n, roster_address.sheet);
    asn_uno_release(visible);
    asn_uno_release(column);
    uno_Interface *controller = command->frame ? asn_uno_interface_result(
        command->frame, "com.sun.star.frame.XFrame::getController", NULL) : NULL;
    uno_Any selection;
    if (controller && asn_uno_call_on(controller, "com.sun.star.view.XSelectionSupplier::getSelection", &selection, NULL)) {
        uno_Interface *selected = asn_uno_any_interface(&selection);
        uno_any_destruct(&selection, NULL);
        n = selected ? asn_range_addresses(selected, ranges, max_ranges) : -1;
        double cells = 0; /* a whole sheet has 17 billion cells: more than a long holds on Windows */
        for (long k = 0; k < n; k++)
            cells += (double)(ranges[k].bottom - ranges[k].top + 1) * (double)(ranges[k].right - ranges[k].left + 1);
        if (n > 0 && n < max_ranges && cells > 1 && ranges[0].sheet == roster_address.sheet)
            keep_rows_in(wanted, w, ranges, n, roster_address.sheet);
        asn_uno_release(selected);
    }
    asn_uno_release(controller);
    free(ranges);
    return wanted;
}

static int open_workbook(asn_command *command, workbook *w)
{
    w->model = asn_frame_model(command->frame);
    w->sheets = w->model ? asn_uno_interface_result(w->model, "com.sun.star.sheet.XSpreadsheetDocument::getSheets", NULL)
                         : NULL;
    w->roster = w->sheets ? asn_uno_element(w->sheets, ROSTER_SHEET) : NULL;
    w->page = w->sheets ? asn_uno_element(w->sheets, PAGE_SHEET) : NULL;
    if (!w->roster || !w->page || !asn_named_range_bounds(w->model, ROSTER_KEY, &w->first_row, &w->last_row) ||
        w->last_row < w->first_row) /* E2 */
        return asn_command_fail(command, "Buku kerja ini bukan buku kerja panitia dari templat ASN Karier (lembar Pegawai dan "
                             "Umpan Balik).");
    typelib_TypeDescription *td = asn_uno_type(CELL_RANGE_ADDRESS);
    uno_Sequence *areas = NULL;
    int has_area = td && asn_uno_call_on(w->page, "com.sun.star.sheet.XPrintAreas::getPrintAreas", &areas, NULL) &&
                   areas->nElements > 0 && asn_range_address_read(td, areas->elements, &w->area);
    if (areas)
        asn_uno_destroy(&areas, typelib_TypeClass_SEQUENCE, "[]" CELL_RANGE_ADDRESS);
    if (td)
        typelib_typedescription_release(td);
    w->chooser = cell_of(w->page, CHOOSER_COLUMN, CHOOSER_ROW);
    w->found = cell_of(w->page, FOUND_COLUMN, FOUND_ROW);
    if (!has_area || !w->chooser || !w->found)
        return asn_command_fail(command, "Lembar Umpan Balik tidak punya area cetak atau sel pilihan NIP (H2).");
    uno_Interface *columns = asn_sheet_range(w->roster, 0, w->first_row, 1, w->last_row);
    int read = columns && asn_sheet_read(columns, &w->nips);
    asn_uno_release(columns);
    size_t rows = (size_t)(w->last_row - w->first_row + 1);
    const char **texts = read ? calloc(rows, sizeof *texts) : NULL;
    w->order = texts ? malloc(rows * sizeof *w->order) : NULL;
    unsigned char *wanted = w->order ? wanted_rows(command, w) : NULL;
    if (!wanted) {
        free(texts);
        return asn_command_fail(command, "Kolom NIP lembar Pegawai tidak dapat dibaca.");
    }
    for (size_t r = 0; r < rows && r < w->nips.cells.rows; r++) {
        const asn_value *nip = &w->nips.cells.cell[r * w->nips.cells.cols];
        texts[r] = nip->kind == ASN_VALUE_TEXT ? nip->text : NULL; /* P1 */
    }
    w->pages = asn_feedback_order(texts, wanted, rows, w->order);
    free(texts);
    free(wanted);
    if (w->pages == (size_t)-1)
        return asn_command_fail(command, "Memori tidak cukup.");
    if (w->pages == 0)
        return asn_command_fail(command, "Tidak ada pegawai yang dicetak: kolom NIP lembar Pegawai kosong (atau baris yang dipilih "
                             "tidak berisi NIP).");
    return 1;
}

/* ---- E5: the print document ------------------------------------------------------------------------------------ */

typedef struct {
    uno_Interface *model, *sheets, *style;
    uno_Interface **sheet; /* the sheets of copies (P5); sheet[0] is Umpan Balik imported */
    long sheet_count;
    long per_sheet;        /* copies a sheet holds (P5) */
    long rows, cols;       /* one page's size in cells */
    long zoom;
    long blocks;           /* copies made on the first sheet */
} print_document;

/* P5: the sheet that holds copy `block`, and the copy's first row there. */
static uno_Interface *block_sheet(const print_document *d, long block, long *top)
{
    *top = (block % d->per_sheet) * d->rows;
    return d->sheet[block / d->per_sheet];
}

/* The name of the print document's sheet s: the first keeps Umpan Balik's, the others are numbered after it. */
static void sheet_name(long s, char *out, size_t cap)
{
    if (s == 0)
        asn_format(out, cap, "%s", PAGE_SHEET);
    else
        asn_format(out, cap, "%s %ld", PAGE_SHEET, s + 1);
}

static void print_document_close(print_document *d)
{
    if (d->model) {
        sal_Bool deliver = 1;
        void *args[1] = { &deliver };
        if (!asn_uno_call_on(d->model, "com.sun.star.util.XCloseable::close", NULL, args))
            asn_uno_call_on(d->model, "com.sun.star.lang.XComponent::dispose", NULL, NULL);
    }
    asn_uno_release(d->style);
    for (long s = 0; d->sheet && s < d->sheet_count; s++)
        asn_uno_release(d->sheet[s]);
    free(d->sheet);
    asn_uno_release(d->sheets);
    asn_uno_release(d->model);
    memset(d, 0, sizeof *d);
}

/* E5: a spreadsheet model without a frame or a view (nothing to paint, no selection to draw): made by the service
 * manager and initialised empty, as a loader would before it shows a document. */
static uno_Interface *new_model(asn_command *command)
{
    uno_Interface *made = asn_create_service(command->context, "com.sun.star.sheet.SpreadsheetDocument");
    uno_Interface *model = asn_uno_query(made, "com.sun.star.frame.XModel");
    asn_uno_release(made);
    if (model && !asn_uno_call_on(model, "com.sun.star.frame.XLoadable::initNew", NULL, NULL)) {
        model->release(model);
        model = NULL;
    }
    return model;
}

static uno_Interface *page_style_of(uno_Interface *model, uno_Interface *sheet)
{
    char name[400];
    uno_Any value;
    if (!asn_get_property(sheet, "PageStyle", &value))
        return NULL;
    int ok = value.pType->eTypeClass == typelib_TypeClass_STRING &&
             asn_ustring_to_utf8(*(rtl_uString *const *)value.pData, name, sizeof name);
    uno_any_destruct(&value, NULL);
    uno_Interface *families = ok ? asn_uno_interface_result(model, "com.sun.star.style.XStyleFamiliesSupplier::getStyleFamilies",
                                                            NULL) : NULL;
    uno_Interface *pages = families ? asn_uno_element(families, "PageStyles") : NULL;
    uno_Interface *style = pages ? asn_uno_element(pages, name) : NULL;
    asn_uno_release(pages);
    asn_uno_release(families);
    return style;
}

/* E5: every property of the workbook's page style that can be set (margins, orientation, footer, header, ...). */
static void copy_page_style(uno_Interface *from, uno_Interface *to)
{
    uno_Interface *info = asn_uno_interface_result(from, "com.sun.star.beans.XPropertySet::getPropertySetInfo", NULL);
    typelib_TypeDescription *td = asn_uno_type("com.sun.star.beans.Property");
    uno_Sequence *properties = NULL;
    if (info && td && asn_uno_call_on(info, "com.sun.star.beans.XPropertySetInfo::getProperties", &properties, NULL)) {
        long name_at = asn_uno_member_offset(td, "Name"), attributes_at = asn_uno_member_offset(td, "Attributes");
        for (sal_Int32 k = 0; name_at >= 0 && attributes_at >= 0 && k < properties->nElements; k++) {
            const char *element = properties->elements + (size_t)k * (size_t)td->nSize;
            if (*(const sal_Int16 *)(element + attributes_at) & 16) /* com.sun.star.beans.PropertyAttribute READONLY */
                continue;
            rtl_uString *name = *(rtl_uString *const *)(element + name_at);
            uno_Any value;
            void *get_args[1] = { &name };
            if (asn_uno_call_on(from, "com.sun.star.beans.XPropertySet::getPropertyValue", &value, get_args)) {
                void *set_args[2] = { &name, &value };
                asn_uno_call_on(to, "com.sun.star.beans.XPropertySet::setPropertyValue", NULL, set_args);
                uno_any_destruct(&value, NULL);
            }
        }
        asn_uno_destroy(&properties, typelib_TypeClass_SEQUENCE, "[]com.sun.star.beans.Property");
    }
    if (td)
        typelib_typedescription_release(td);
    asn_uno_release(info);
}

static void set_short(uno_Interface *object, const char *name, long value)
{
    sal_Int16 v = (sal_Int16)value;
    asn_set_property(object, name, typelib_TypeClass_SHORT, &v);
}

/* E5: P4's zoom for the page's size on the page style's paper. */
static long fitting_zoom(print_document *d)
{
    uno_Interface *area = asn_sheet_range(d->sheet[0], 0, 0, d->cols - 1, d->rows - 1);
    uno_Any size;
    double width = 0, height = 0;
    typelib_TypeDescription *td = asn_uno_type("com.sun.star.awt.Size");
    if (area && td && asn_get_property(area, "Size", &size)) {
        if (size.pType->eTypeClass == typelib_TypeClass_STRUCT) {
            width = *(const sal_Int32 *)((const char *)size.pData + asn_uno_member_offset(td, "Width"));
            height = *(const sal_Int32 *)((const char *)size.pData + asn_uno_member_offset(td, "Height"));
        }
        uno_any_destruct(&size, NULL);
    }
    if (td)
        typelib_typedescription_release(td);
    asn_uno_release(area);
    uno_Interface *s = d->style;
    double page_width = (double)asn_long_property(s, "Width", 21000) - (double)asn_long_property(s, "LeftMargin", 0) -
                        (double)asn_long_property(s, "RightMargin", 0);
    double page_height = (double)asn_long_property(s, "Height", 29700) - (double)asn_long_property(s, "TopMargin", 0) -
                         (double)asn_long_property(s, "BottomMargin", 0);
    if (asn_long_property(s, "HeaderIsOn", 0))
        page_height -= (double)asn_long_property(s, "HeaderHeight", 0);
    if (asn_long_property(s, "FooterIsOn", 0))
        page_height -= (double)asn_long_property(s, "FooterHeight", 0);
    return asn_feedback_zoom(width, height, page_width, page_height);
}

static void set_zoom(print_document *d, long zoom)
{
    set_short(d->style, "ScaleToPagesX", 0);
    set_short(d->style, "ScaleToPagesY", 0);
    set_short(d->style, "ScaleToPages", 0);
    set_short(d->style, "PageScale", zoom);
    d->zoom = zoom;
}

/* The pages Calc lays the print document out on (XRenderable, as the PDF export counts them). */
static long page_count(print_document *d)
{
    typelib_TypeDescriptionReference *type = NULL;
    typelib_typedescriptionreference_newByAsciiName(&type, typelib_TypeClass_INTERFACE, "com.sun.star.uno.XInterface");
    uno_Any selection;
    uno_type_any_construct(&selection, &d->model, type, NULL);
    uno_Sequence *options = asn_properties(0, NULL, NULL, NULL, NULL);
    sal_Int32 count = -1;
    void *args[2] = { &selection, &options };
    if (!options || !asn_uno_call_on(d->model, "com.sun.star.view.XRenderable::getRendererCount", &count, args))
        count = -1;
    if (options)
        asn_uno_destroy(&options, typelib_TypeClass_SEQUENCE, "[]com.sun.star.beans.PropertyValue");
    uno_any_destruct(&selection, NULL);
    typelib_typedescriptionreference_release(type);
    return count;
}

/* The print area of `sheet`: its first `blocks` copies. */
static int set_print_area(print_document *d, uno_Interface *sheet, long blocks)
{
    typelib_TypeDescription *td = asn_uno_type(CELL_RANGE_ADDRESS);
    typelib_TypeDescriptionReference *type = NULL;
    typelib_typedescriptionreference_newByAsciiName(&type, typelib_TypeClass_SEQUENCE, "[]" CELL_RANGE_ADDRESS);
    uno_Sequence *areas = NULL;
    int ok = td && type && uno_type_sequence_construct(&areas, type, NULL, 1, NULL);
    if (ok) {
        asn_range_address all = { 0, 0, 0, d->cols - 1, blocks * d->rows - 1 };
        asn_range_address_write(td, areas->elements, &all);
        void *args[1] = { &areas };
        ok = asn_uno_call_on(sheet, "com.sun.star.sheet.XPrintAreas::setPrintAreas", NULL, args);
        uno_type_destructData(&areas, type, NULL);
    }
    if (type)
        typelib_typedescriptionreference_release(type);
    if (td)
        typelib_typedescription_release(td);
    return ok;
}

/* P5: each sheet's print area holds the copies written on it (`blocks` in all); a sheet left without any (pages whose
 * NIP the page did not find) is removed, so that it prints nothing. */
static int set_print_areas(print_document *d, long blocks)
{
    int ok = 1;
    for (long s = d->sheet_count - 1; s >= 0 && ok; s--) {
        long on_sheet = blocks - s * d->per_sheet;
        if (on_sheet > d->per_sheet)
            on_sheet = d->per_sheet;
        if (on_sheet > 0 || s == 0) {
            ok = set_print_area(d, d->sheet[s], on_sheet > 0 ? on_sheet : 1);
            continue;
        }
        char name[100];
        sheet_name(s, name, sizeof name);
        rtl_uString *u = asn_ustring_from_utf8(name);
        void *args[1] = { &u };
        ok = asn_uno_call_on(d->sheets, "com.sun.star.container.XNameContainer::removeByName", NULL, args);
        rtl_uString_release(u);
        asn_uno_release(d->sheet[s]);
        d->sheet[s] = NULL;
        d->sheet_count = s;
    }
    return ok;
}

/* E5: blocks 0..count-1 copied to blocks at..at+count-1 of the first sheet (cells, formats, merged cells, row
 * heights, conditional formats; not page breaks). */
static int copy_blocks(print_document *d, long count, long at)
{
    asn_range_address first = { 0, 0, 0, d->cols - 1, count * d->rows - 1 };
    return asn_copy_range(d->sheet[0], &first, 0, at * d->rows);
}

/* E5: a manual page break before block `block` of the first sheet. */
static int page_break(print_document *d, long block)
{
    uno_Interface *row = asn_sheet_range(d->sheet[0], 0, block * d->rows, 0, block * d->rows);
    uno_Interface *rows = row ? asn_uno_interface_result(row, "com.sun.star.table.XColumnRowRange::getRows", NULL) : NULL;
    sal_Bool yes = 1;
    int ok = rows && asn_set_property(rows, "IsStartOfNewPage", typelib_TypeClass_BOOLEAN, &yes);
    asn_uno_release(rows);
    asn_uno_release(row);
    return ok;
}

/* E5: `count` blocks with a page break before each. The breaks are set while the print area is one block: Calc
 * lays out the print area again after each break, so that setting them on the full sheet costs time in the square
 * of the pages. The copies double (1, 2, 4, ... blocks at a time): one copy per page costs the same square. When the
 * first sheet cannot hold them all, the other sheets are copies of it, full (P5). Progress is shown between steps;
 * 0 when Batal was pressed or a call failed (*stopped says which). */
static int make_blocks(print_document *d, long all, asn_progress *progress, int *stopped)
{
    char text[120];
    long count = all < d->per_sheet ? all : d->per_sheet; /* on the first sheet */
    if (!set_print_area(d, d->sheet[0], 1))
        return 0;
    for (long b = 2; b < count; b++) {
        if (!page_break(d, b))
            return 0;
        asn_format(text, sizeof text, "Menyiapkan %ld halaman", all);
        if (!asn_progress_step(progress, b / 2, text))
            return !(*stopped = 1);
    }
    for (long have = d->blocks; have < count;) {
        long n = have < count - have ? have : count - have;
        if (!copy_blocks(d, n, have))
            return 0;
        have += n;
        asn_format(text, sizeof text, "Menyiapkan %ld halaman", all);
        if (!asn_progress_step(progress, count / 2 + have / 2, text))
            return !(*stopped = 1);
    }
    d->blocks = count > d->blocks ? count : d->blocks;
    for (long s = 1; s < d->sheet_count; s++) {
        char name[100];
        sheet_name(s, name, sizeof name);
        rtl_uString *from = asn_ustring_from_utf8(PAGE_SHEET), *to = asn_ustring_from_utf8(name);
        sal_Int16 position = (sal_Int16)s;
        void *args[3] = { &from, &to, &position };
        int ok = asn_uno_call_on(d->sheets, "com.sun.star.sheet.XSpreadsheets::copyByName", NULL, args);
        rtl_uString_release(from);
        rtl_uString_release(to);
        if (!ok || !(d->sheet[s] = asn_uno_element(d->sheets, name)))
            return 0;
        asn_format(text, sizeof text, "Menyiapkan %ld halaman", all);
        if (!asn_progress_step(progress, all / 2 + (all / 2) * s / d->sheet_count, text))
            return !(*stopped = 1);
    }
    return 1;
}

/* E5: the rows a sheet of the print document has (ASNKARIER_TEST_SHEET_ROWS may lower them). */
static long sheet_rows(uno_Interface *sheet)
{
    long rows = 0, cols = 0;
    if (!asn_range_size(sheet, &rows, &cols) || rows <= 0)
        rows = SHEET_ROWS;
    const char *lowered = getenv(TEST_SHEET_ROWS);
    double test = 0;
    if (lowered && asn_text_number(lowered, &test) && test >= 1 && test < (double)rows)
        return (long)test;
    return rows;
}

/* E5: the hidden document with Umpan Balik imported and its page style; one page (block 0), zoom checked on two. */
static int make_print_document(asn_command *command, const workbook *w, print_document *d)
{
    /* The page moves to A1: the print area's own top-left may sit elsewhere on the workbook's sheet. */
    d->rows = w->area.bottom - w->area.top + 1;
    d->cols = w->area.right - w->area.left + 1;
    if (w->area.top != 0 || w->area.left != 0)
        return asn_command_fail(command, "Area cetak lembar Umpan Balik harus mulai di A1.");
    /* A print area widened by hand to whole columns must not be copied thousands of times. */
    if (d->rows > MAX_PAGE_ROWS || d->cols > MAX_PAGE_COLUMNS) {
        char text[200];
        asn_format(text, sizeof text, "Area cetak lembar Umpan Balik terlalu besar untuk satu halaman (%ld baris x %ld "
                   "kolom); kembalikan ke halaman pegawai (A1:F48).", d->rows, d->cols);
        return asn_command_fail(command, text);
    }
    d->model = new_model(command);
    uno_Interface *sheets = d->model ? asn_uno_interface_result(d->model, "com.sun.star.sheet.XSpreadsheetDocument::getSheets",
                                                                NULL) : NULL;
    uno_Interface *first = NULL;
    rtl_uString *name = asn_ustring_from_utf8(PAGE_SHEET);
    sal_Int32 position = 0, imported = -1;
    uno_Interface *source = asn_uno_query(w->model, "com.sun.star.sheet.XSpreadsheetDocument");
    void *args[3] = { &source, &name, &position };
    int ok = sheets && source && asn_uno_call_on(sheets, "com.sun.star.sheet.XSpreadsheets2::importSheet", &imported, args);
    rtl_uString_release(name);
    asn_uno_release(source);
    if (ok) { /* only the imported sheet prints: the new document's own empty sheets go */
        uno_Sequence *names = NULL;
        if (asn_uno_call_on(sheets, "com.sun.star.container.XNameAccess::getElementNames", &names, NULL)) {
            for (sal_Int32 k = 0; k < names->nElements; k++) {
                rtl_uString *other = ((rtl_uString **)names->elements)[k];
                if (!asn_ustr_is(other, PAGE_SHEET)) {
                    void *remove_args[1] = { &other };
                    asn_uno_call_on(sheets, "com.sun.star.container.XNameContainer::removeByName", NULL, remove_args);
                }
            }
            asn_uno_destroy(&names, typelib_TypeClass_SEQUENCE, "[]string");
        }
        first = asn_uno_element(sheets, PAGE_SHEET);
    }
    d->sheets = sheets;
    if (!first)
        return asn_command_fail(command, "Dokumen cetak sementara tidak dapat dibuat.");
    /* P5: as many sheets as the copies need, the zoom check's two copies on the first */
    d->sheet_count = asn_feedback_sheets((long)w->pages, d->rows, sheet_rows(first), &d->per_sheet);
    if (d->sheet_count < 1 || d->per_sheet < 2 || !(d->sheet = calloc((size_t)d->sheet_count, sizeof *d->sheet))) {
        asn_uno_release(first);
        d->sheet_count = 0;
        return asn_command_fail(command, "Terlalu banyak halaman untuk satu dokumen cetak. Saring atau pilih sebagian "
                                         "baris lembar Pegawai, lalu cetak per bagian.");
    }
    d->sheet[0] = first;
    uno_Interface *from = page_style_of(w->model, w->page);
    d->style = page_style_of(d->model, d->sheet[0]);
    if (!from || !d->style) {
        asn_uno_release(from);
        return asn_command_fail(command, "Gaya halaman lembar Umpan Balik tidak dapat dibaca.");
    }
    copy_page_style(from, d->style);
    asn_uno_release(from);
    /* P4, checked by Calc itself on two copies: a zoom one percent too large gives a page more per copy. */
    long zoom = fitting_zoom(d);
    set_zoom(d, zoom);
    if (!copy_blocks(d, 1, 1) || !page_break(d, 1) || !set_print_area(d, d->sheet[0], 2))
        return asn_command_fail(command, "Halaman umpan balik tidak dapat disalin.");
    for (int tries = 0; tries < 20 && page_count(d) > 2 && zoom > 10; tries++)
        set_zoom(d, --zoom);
    d->blocks = 2;
    return 1;
}

/* ---- E4: the pages' values ------------------------------------------------------------------------------------- */

static int set_cell_text(uno_Interface *cell, const char *text)
{
    rtl_uString *s = asn_ustring_from_utf8(text);
    void *args[1] = { &s };
    int ok = asn_uno_call_on(cell, "com.sun.star.text.XTextRange::setString", NULL, args);
    rtl_uString_release(s);
    return ok;
}

/* Shows employee `row`'s page (E4) and reads its values (*values, [][]any of the page's size). 1 done, 0 the page
 * does not know the NIP (not printed), -1 a call failed. */
static int read_page(const workbook *w, const print_document *d, size_t row, uno_Sequence **values)
{
    const char *nip = w->nips.cells.cell[row * w->nips.cells.cols].text;
    if (!set_cell_text(w->chooser, nip))
        return -1;
    double found = 0;
    if (!asn_uno_call_on(w->found, "com.sun.star.table.XCell::getValue", &found, NULL))
        return -1;
    if (!(found > 0))
        return 0;
    uno_Interface *from = asn_sheet_range(w->page, 0, 0, d->cols - 1, d->rows - 1);
    int ok = from && asn_uno_call_on(from, "com.sun.star.sheet.XCellRangeData::getDataArray", values, NULL) &&
             (*values)->nElements == d->rows;
    asn_uno_release(from);
    return ok ? 1 : -1;
}

/* Writes `count` pages' values (pages[k], each [][]any of d->rows rows) into the blocks from row `top` of `sheet` in
 * one call: Calc's cost is in each call more than in each cell. */
static int write_run(print_document *d, uno_Interface *sheet, long top, long count, uno_Sequence *const *pages)
{
    uno_Sequence **rows = malloc((size_t)(count * d->rows) * sizeof *rows);
    if (!rows)
        return 0;
    for (long k = 0; k < count; k++)
        for (long r = 0; r < d->rows; r++)
            rows[k * d->rows + r] = ((uno_Sequence **)pages[k]->elements)[r];
    uno_Sequence *values = NULL; /* the rows shared, not copied: construction acquires each */
    int ok = uno_type_sequence_construct(&values, asn_type_any_matrix(), rows, (sal_Int32)(count * d->rows), NULL);
    free(rows);
    uno_Interface *to = ok ? asn_sheet_range(sheet, 0, top, d->cols - 1, top + count * d->rows - 1) : NULL;
    void *args[1] = { &values };
    ok = to && asn_uno_call_on(to, "com.sun.star.sheet.XCellRangeData::setDataArray", NULL, args);
    asn_uno_release(to);
    if (values)
        uno_type_destructData(&values, asn_type_any_matrix(), NULL);
    return ok;
}

/* Pages into blocks first..first+count-1, one call per sheet they fall on (P5). */
static int write_pages(print_document *d, long first, long count, uno_Sequence *const *pages)
{
    for (long done = 0; done < count;) {
        long top, block = first + done;
        uno_Interface *sheet = block_sheet(d, block, &top);
        long room = d->per_sheet - block % d->per_sheet;
        long n = count - done < room ? count - done : room;
        if (!write_run(d, sheet, top, n, pages + done))
            return 0;
        done += n;
    }
    return 1;
}

/* ---- E6: the PDFs ---------------------------------------------------------------------------------------------- */

/* storeToURL as PDF; `selection` (a cell range) limits it to that range. */
static int store_pdf(print_document *d, const char *url, uno_Interface *selection)
{
    static const char *const names[] = { "FilterName", "FilterData" };
    uno_Any values[2];
    rtl_uString *filter = asn_ustring_from_utf8("calc_pdf_Export");
    uno_type_any_construct(&values[0], &filter, asn_type_string(), NULL);
    rtl_uString_release(filter);
    uno_Sequence *filter_data = NULL;
    typelib_TypeDescriptionReference *data_type = NULL;
    int count = 1;
    if (selection) {
        typelib_TypeDescriptionReference *type = NULL;
        typelib_typedescriptionreference_newByAsciiName(&type, typelib_TypeClass_INTERFACE, "com.sun.star.uno.XInterface");
        uno_Any chosen;
        uno_type_any_construct(&chosen, &selection, type, NULL);
        static const char *const data_names[] = { "Selection" };
        filter_data = asn_property_values(1, data_names, &chosen);
        uno_any_destruct(&chosen, NULL);
        typelib_typedescriptionreference_release(type);
        typelib_typedescriptionreference_newByAsciiName(&data_type, typelib_TypeClass_SEQUENCE,
                                                        "[]com.sun.star.beans.PropertyValue");
        if (filter_data && data_type) {
            uno_type_any_construct(&values[1], &filter_data, data_type, NULL);
            count = 2;
        }
    }
    uno_Sequence *arguments = asn_property_values(count, names, values);
    rtl_uString *where = asn_ustring_from_utf8(url);
    void *args[2] = { &where, &arguments };
    int ok = arguments && asn_uno_call_on(d->model, "com.sun.star.frame.XStorable::storeToURL", NULL, args);
    rtl_uString_release(where);
    if (arguments)
        asn_uno_destroy(&arguments, typelib_TypeClass_SEQUENCE, "[]com.sun.star.beans.PropertyValue");
    for (int k = 0; k < count; k++)
        uno_any_destruct(&values[k], NULL);
    if (filter_data)
        uno_type_destructData(&filter_data, data_type, NULL);
    if (data_type)
        typelib_typedescriptionreference_release(data_type);
    return ok;
}

/* E6: each block alone into the folder. Returns how many files were written; *stopped when Batal was pressed. */
static long store_each(const workbook *w, print_document *d, const size_t *printed, long blocks, const char *folder,
                       asn_progress *progress, int *stopped)
{
    long written = 0;
    for (long b = 0; b < blocks; b++) {
        char text[120], name[200], url[4400];
        asn_format(text, sizeof text, "Berkas per pegawai: %ld dari %ld", b + 1, blocks);
        if (!asn_progress_step(progress, 2 * b, text)) {
            *stopped = 1;
            break;
        }
        const asn_value *cells = &w->nips.cells.cell[printed[b] * w->nips.cells.cols];
        asn_feedback_file_name(cells[0].text, cells[1].kind == ASN_VALUE_TEXT ? cells[1].text : "", name,
                               sizeof name); /* P3 */
        if (!asn_file_url_join(folder, name, url, sizeof url))
            continue;
        long top;
        uno_Interface *sheet = block_sheet(d, b, &top);
        uno_Interface *block = asn_sheet_range(sheet, 0, top, d->cols - 1, top + d->rows - 1);
        if (block && store_pdf(d, url, block))
            written++;
        asn_uno_release(block);
    }
    return written;
}

/* ---- the command ------------------------------------------------------------------------------------------------ */

/* E4: what the export changes in the workbook and puts back. Undo: the undo manager is locked while H2 changes, so
 * that Calc records nothing. In desktop Calc, while the progress dialog lets LibreOffice handle events, Calc records
 * cell input again although the lock is still counted (seen: one "Masukan" step per page after a menu-run export).
 * So the changes also happen inside an undo context of our own, opened before the lock: when the lock held it stays
 * empty and vanishes; when it did not, it is one step on top, which is undone (H2 back as it was) and dropped from
 * the redo stack. Either way Undo and Redo show what they showed before. */
#define UNDO_TITLE "ASN Karier: cetak umpan balik"

typedef struct {
    char chooser[400]; /* H2 before */
    sal_Bool modified;
    uno_Interface *undo;    /* the workbook's undo manager, or NULL */
    int locked, in_context; /* what we did to it */
} kept_state;

static void keep_state(workbook *w, kept_state *k)
{
    asn_string_result(w->chooser, "com.sun.star.text.XTextRange::getString", NULL, k->chooser, sizeof k->chooser);
    k->modified = 1;
    asn_uno_call_on(w->model, "com.sun.star.util.XModifiable::isModified", &k->modified, NULL);
    k->undo = asn_uno_interface_result(w->model, "com.sun.star.document.XUndoManagerSupplier::getUndoManager", NULL);
    sal_Bool locked = 1;
    if (!k->undo || !asn_uno_call_on(k->undo, "com.sun.star.util.XLockable::isLocked", &locked, NULL) || locked)
        return; /* someone else holds it locked: nothing is recorded anyway */
    rtl_uString *title = asn_ustring_from_utf8(UNDO_TITLE);
    void *args[1] = { &title };
    k->in_context = asn_uno_call_on(k->undo, "com.sun.star.document.XUndoManager::enterUndoContext", NULL, args);
    rtl_uString_release(title);
    k->locked = asn_uno_call_on(k->undo, "com.sun.star.util.XLockable::lock", NULL, NULL);
}

static void restore_state(workbook *w, kept_state *k)
{
    set_cell_text(w->chooser, k->chooser);
    if (k->locked)
        asn_uno_call_on(k->undo, "com.sun.star.util.XLockable::unlock", NULL, NULL);
    if (k->in_context && asn_uno_call_on(k->undo, "com.sun.star.document.XUndoManager::leaveUndoContext", NULL, NULL)) {
        char top[200];
        if (asn_string_result(k->undo, "com.sun.star.document.XUndoManager::getCurrentUndoActionTitle", NULL, top,
                              sizeof top) && strcmp(top, UNDO_TITLE) == 0 &&
            asn_uno_call_on(k->undo, "com.sun.star.document.XUndoManager::undo", NULL, NULL))
            asn_uno_call_on(k->undo, "com.sun.star.document.XUndoManager::clearRedo", NULL, NULL);
    }
    asn_uno_release(k->undo);
    k->undo = NULL;
    k->locked = k->in_context = 0;
    void *args[1] = { &k->modified };
    asn_uno_call_on(w->model, "com.sun.star.util.XModifiable::setModified", NULL, args);
}

static int export_pages(asn_command *command, workbook *w, const char *target, const char *folder)
{
    print_document d = { 0 };
    size_t *printed = malloc(w->pages * sizeof *printed);
    if (!printed)
        return asn_command_fail(command, "Memori tidak cukup.");
    kept_state kept = { 0 };
    keep_state(w, &kept);
    /* E7: the bar's first half prepares the pages, the second fills them */
    asn_progress *progress = asn_progress_open(command->context, command->frame, "Cetak umpan balik",
                                               2 * (long)w->pages, !command->silent);
    enum { CHUNK = 100 }; /* pages written per call (write_pages) */
    uno_Sequence *pages[CHUNK];
    long pending = 0, blocks = 0, skipped = 0;
    int stopped = 0;
    int ok = make_print_document(command, w, &d) && make_blocks(&d, (long)w->pages, progress, &stopped);
    if (!ok && !stopped && !command->result[0])
        asn_command_fail(command, "Halaman umpan balik tidak dapat disiapkan.");
    for (size_t k = 0; ok && !stopped && k <= w->pages; k++) {
        if (pending == CHUNK || (k == w->pages && pending)) {
            ok = write_pages(&d, blocks - pending, pending, pages);
            for (long p = 0; p < pending; p++)
                uno_type_destructData(&pages[p], asn_type_any_matrix(), NULL);
            pending = 0;
            if (!ok)
                asn_command_fail(command, "Halaman umpan balik tidak dapat disalin.");
        }
        if (k == w->pages || !ok)
            break;
        char text[120];
        asn_format(text, sizeof text, "%zu dari %zu pegawai", k + 1, w->pages);
        if (!asn_progress_step(progress, (long)(w->pages + k), text)) { /* E8 */
            stopped = 1;
            break;
        }
        pages[pending] = NULL;
        int read = read_page(w, &d, w->order[k], &pages[pending]);
        if (read < 0) {
            if (pages[pending])
                uno_type_destructData(&pages[pending], asn_type_any_matrix(), NULL);
            ok = asn_command_fail(command, "Halaman umpan balik tidak dapat dibaca.");
        } else if (read == 0) {
            skipped++;
        } else {
            printed[blocks++] = w->order[k];
            pending++;
        }
    }
    for (long p = 0; p < pending; p++)
        uno_type_destructData(&pages[p], asn_type_any_matrix(), NULL);
    restore_state(w, &kept); /* E4: before the export, so that the officer's page is back at once */
    if (ok && !stopped && blocks == 0)
        ok = asn_command_fail(command, "Tidak ada halaman: lembar Umpan Balik tidak menemukan satu pun NIP lembar Pegawai.");
    if (ok && !stopped) {
        asn_progress_step(progress, 2 * (long)w->pages, "Menulis PDF...");
        ok = set_print_areas(&d, blocks) && store_pdf(&d, target, NULL); /* E6 */
        if (!ok)
            asn_command_fail(command, "PDF tidak dapat ditulis ke tempat itu.");
    }
    long files = 0;
    if (ok && !stopped && folder[0])
        files = store_each(w, &d, printed, blocks, folder, progress, &stopped);
    asn_progress_close(progress);
    print_document_close(&d);
    free(printed);
    int pdf_written = ok && folder[0] && blocks; /* stopped after the PDF: while writing the files per employee */
    if (stopped && !pdf_written) /* E8 */
        return asn_command_fail(command, "Dibatalkan: PDF tidak ditulis.");
    if (!ok)
        return 0;
    char text[300];
    int n = asn_format(text, sizeof text, "%ld halaman", blocks);
    if (folder[0] && n > 0)
        n += asn_format(text + n, sizeof text - (size_t)n, ", %ld berkas per pegawai", files);
    if (skipped && n > 0)
        asn_format(text + n, sizeof text - (size_t)n, "; %ld NIP tidak ditemukan lembar Umpan Balik", skipped);
    if (stopped) { /* E8: during the files per employee */
        asn_format(command->result, sizeof command->result, "Dibatalkan: PDF gabungan ditulis (%s dari %ld).", text,
                   blocks);
        return 0;
    }
    asn_format(command->result, sizeof command->result, command->silent ? "%s" : "Umpan balik dicetak: %s.", text);
    return 1;
}

int asn_export_feedback_run(asn_command *command)
{
    char target[4096], folder[4096] = "";
    workbook w = { 0 };
    int have_target = asn_command_string(command, "TargetURL", target, sizeof target) && target[0];
    asn_command_string(command, "FolderURL", folder, sizeof folder);
    if (!have_target && command->silent) /* E1 */
        return asn_command_fail(command, "TargetURL kosong: sebut berkas PDF yang ditulis.");
    if (!open_workbook(command, &w)) { /* E2, E3 */
        workbook_free(&w);
        return 0;
    }
    if (!have_target && (!asn_command_pick_file(command, 1, "PDF (*.pdf)", "*.pdf", "umpan-balik.pdf",
                                                "Cetak umpan balik semua pegawai ke PDF", target, sizeof target) ||
                         !pick_folder(command, folder, sizeof folder))) {
        workbook_free(&w);
        command->answered = 1;
        return asn_command_fail(command, "Dibatalkan.");
    }
    int ok = export_pages(command, &w, target, folder);
    workbook_free(&w);
    return ok;
}
