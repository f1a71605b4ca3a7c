/* The print-area job: the committee workbook's print areas follow its filled rows by themselves.
 *
 * LibreOffice's print areas are fixed addresses, and a row whose formulas show nothing still prints (with the
 * template's 10,000-row areas a workbook of 10 employees printed 516 pages). The job executor runs this job when a
 * spreadsheet is loaded or made (extension/Jobs.xcu, event onDocumentAdded: also from a template, and also hidden);
 * the areas it keeps are listed in idl/functions.toml ([print_job]).
 *  J1. A workbook is touched only where it defines an area's key named range (ASNKARIER_...): any other
 *      spreadsheet is left exactly as it is. Each area is checked on its own.
 *  J2. The filled rows of a key are its cells holding a number, date, text or formula (a formula that fills in
 *      names counts: printing a blank row is better than leaving an employee out).
 *  J3. The areas are set when the job runs and again after every change of the document (a modify listener),
 *      so they are right for the print dialog, the print preview, PDF export and saving alike.
 *  J4. Only the last row of the sheet's first print area changes (its columns and first row stay as the
 *      template has them), and only when it differs: a workbook opened and not changed stays unmodified.
 *  J5. The change is not an undo step of its own: it joins the change that caused it (a hidden undo context: the
 *      user's paste and the rows and areas that follow it are one step, undone together; Calc records fills and
 *      cell changes even while the undo manager is locked). With nothing on the undo stack to join (a workbook
 *      just made or opened) the undo manager is locked instead, which keeps print areas out of it. While someone
 *      else holds the undo manager locked (our commands, while they work) nothing is done; the next change does
 *      it. Ctrl+Z keeps undoing the user's edits, and one Ctrl+Z takes back a paste with the rows it brought.
 *  J6. Setting an area modifies the document, which calls the listener again: a flag ends that nested run.
 *  J7. Any failure (a renamed sheet, no print area, a call that raises) leaves that area as it is; nothing here
 *      raises into LibreOffice. The listener keeps no reference to the document (the event names it); a pending
 *      call from the event loop (J9) holds it until it has run, and finds a closed document answering nothing.
 *  J8. Nothing is done while one of our own undo steps (undo_block.c) is undone or redone.
 *  J9. After a change the work is done from the event loop, not inside the change's notification (schedule()).
 *  J10. After a Redo the workbook is recalculated in full, from the event loop, once however many Redos came
 *      first. LibreOffice 7.4 leaves formulas with the results of the undone state when a paste is redone after a
 *      fill was redone (measured: a roster pasted twice, both pastes undone, Ctrl+Y twice: Kinerja shows the
 *      first rows blank and nobody ranked until Ctrl+Shift+F9; the same in a workbook without the extension whose
 *      formula column was filled down after the first paste). Typed cells and Undo are not affected (measured).
 *      The recalculation costs what Ctrl+Shift+F9 costs (about 3 s at 10,000 employees; Redo is rare).
 *  J11. A workbook of ours is not asked to follow its template's styles: when it is loaded or made, its setting
 *      UpdateFromTemplate is turned off (its modified state kept as it was). Otherwise each update of the
 *      extension, which ships a newer template, made Calc ask on opening every workbook made from the older one
 *      "Templat ... telah diubah ... Perbaharui Gaya / Pertahankan Gaya Lama" (sfx2 UpdateFromTemplate_Impl): a
 *      question about styles that an officer cannot answer, after which the workbook is modified whatever the
 *      answer. A workbook's formulas and rows never come from the template after it is made: nothing to update.
 *      The job runs before Calc compares the dates (measured: a workbook made with the question on, its template
 *      then made newer, opened as File > Open does: the desktop load hung in the question without this, and
 *      returns unmodified with it), so workbooks made before this are not asked either.
 *  J12. Rows that fit what they show (an area's fitted_from: Peringkat's ranking, whose reasons wrap over up to three
 *      lines and are printed for the committee) are fitted again when their sheet becomes the active sheet of a
 *      window and the workbook has changed since it was opened or saved (it is modified). Calc does not always fit
 *      them when a formula's result in them grows (measured in desktop Calc: the roster imported again with a
 *      previous predikat changed, then that of another employee typed, then Ctrl+Page Down: both employees'
 *      reasons, now two lines, stayed in rows one line high, cut on screen and in print, until the workbook was
 *      reopened). The fit is done from the event loop once the sheet is shown (J9), with no undo step at all (not
 *      even one joined to the user's last: that would take away what Ctrl+Y can redo). A workbook opened from a
 *      file is fitted too, once, the first time such a sheet is shown after it was loaded (also when it opens on
 *      that sheet), and stays unmodified: Calc 7.4 keeps the row heights stored in the file, so a workbook saved
 *      before its ranking was shown (filled by a command or a script, or saved without looking at Peringkat) opened
 *      with reasons in rows one line high, cut on screen and overprinted in print (measured 2026-12-07, desktop
 *      Calc: 2,759 of 10,000 ranked rows; the opened-files test checks it). Windows are watched from when they are
 *      made (the document event OnViewCreated); a hidden document has none. It costs what Calc's own fitting
 *      costs: about 1.5 s for 10,000 ranked employees, the first time the ranking is shown after opening and each
 *      time it is shown in a modified workbook; sheets shown one after another before the fit runs share one fit.
 *  J13. A copy of the workbook stored by Calc (the document event OnCopyTo: Berkas > Ekspor sebagai PDF, Ekspor,
 *      Simpan Salinan, a script's storeToURL, soffice --convert-to) or the workbook printed (OnPrint, sent when the
 *      printing starts, twice) gets every area's fitted rows first, whatever sheet is shown, under J12's conditions
 *      (a changed workbook, or one not fitted since it was opened) and not again while the workbook has not changed
 *      since. The fit is done in the notification itself, before Calc lays out the pages (measured: a
 *      10,000-employee workbook opened and its ranking exported at once made a PDF of 167 pages, reasons
 *      overprinting the next rows; 216 pages with the fit, as after a fit by hand; printed at once with all its sheets
 *      (Calc's "Print only selected sheets" off), 560 pages against 609 with the fit, headless and desktop; the
 *      opened-files test checks both).
 * The job, the listeners and the event-loop callbacks are one static object each, whose acquire and release do
 * nothing; the job keeps the component context it was made with and the AsyncCallback service made from it. */
#include "print_job.h"

#include <stdlib.h>
#include <string.h>

#include "formula_rows.h"
#include "sheet_data.h"
#include "undo_block.h"
#include "uno_calling.h"
#include "uno_implementing.h"

#define CONTENT_FLAGS 23 /* com.sun.star.sheet.CellFlags VALUE 1 | DATETIME 2 | STRING 4 | FORMULA 16 (J2) */
#define CELL_RANGE_ADDRESS "com.sun.star.table.CellRangeAddress" /* member offsets from its type, not a C struct */
#define CELL_RANGE_ADDRESSES "[]com.sun.star.table.CellRangeAddress"

static int applying; /* J6 */
/* J12: the workbook whose fit is scheduled and has not run yet (compared, never used). Sheets passed on the way to
 * another (Ctrl+Page Down held) each report their activation before the event loop runs the fit: one fit does for
 * them all, where one each would fit the shown sheet again and again, seconds each with a large roster. */
static uno_Interface *fit_pending;
/* J13: the workbook whose fitted rows were all fitted for its last export or print and that has not changed since
 * (compared, never used; cleared when it changes, and when the job runs for a workbook at that address). */
static uno_Interface *fitted_unchanged;

/* J13: `model` is no longer known to be fitted (it changed, or is another workbook at a freed one's address). */
static void forget_fitted(uno_Interface *model)
{
    uno_Interface *expected = model;
    __atomic_compare_exchange_n(&fitted_unchanged, &expected, NULL, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE);
}
/* J12: the files the job ran for (loaded) whose fitted rows have not been fitted since, by their URL: no reference to
 * the document is kept. A workbook made from the template has no URL and nothing stored to fit: it is fitted once
 * changed. All is done on LibreOffice's main thread (the job executor, the event loop); the oldest entry gives way
 * when all are taken (that workbook is then fitted only once changed). */
#define UNFITTED_SLOTS 16
#define URL_CAP 4096
static char unfitted[UNFITTED_SLOTS][URL_CAP];
static unsigned unfitted_next;

static int document_url(uno_Interface *model, char *url)
{
    return asn_string_result(model, "com.sun.star.frame.XModel::getURL", NULL, url, URL_CAP) && url[0];
}

static void remember_unfitted(uno_Interface *model)
{
    char url[URL_CAP];
    if (!document_url(model, url))
        return;
    for (size_t k = 0; k < UNFITTED_SLOTS; k++)
        if (strcmp(unfitted[k], url) == 0)
            return;
    memcpy(unfitted[unfitted_next++ % UNFITTED_SLOTS], url, strlen(url) + 1);
}

/* 1 when `model` is a file remembered as not fitted yet; with forget, it is forgotten. */
static int unfitted_file(uno_Interface *model, int forget)
{
    char url[URL_CAP];
    int found = 0;
    if (!document_url(model, url))
        return 0;
    for (size_t k = 0; k < UNFITTED_SLOTS; k++)
        if (strcmp(unfitted[k], url) == 0) {
            found = 1;
            if (forget)
                unfitted[k][0] = '\0';
        }
    return found;
}

/* J2 */
long asn_filled_runs(uno_Interface *named_ranges, const char *key, asn_row_span **spans)
{
    *spans = NULL;
    long count = -1;
    uno_Interface *range = asn_uno_element(named_ranges, key);
    uno_Interface *cells = range ? asn_uno_interface_result(range, "com.sun.star.sheet.XCellRangeReferrer::getReferredCells",
                                                    NULL) : NULL;
    uno_Interface *filled = NULL;
    if (cells) {
        sal_Int16 flags = CONTENT_FLAGS;
        void *args[1] = { &flags };
        if (!asn_uno_call_on(cells, "com.sun.star.sheet.XCellRangesQuery::queryContentCells", &filled, args))
            filled = NULL;
    }
    uno_Sequence *addresses = NULL;
    typelib_TypeDescription *td = asn_uno_type(CELL_RANGE_ADDRESS);
    if (filled && td &&
        asn_uno_call_on(filled, "com.sun.star.sheet.XSheetCellRanges::getRangeAddresses", &addresses, NULL)) {
        long first_at = asn_uno_member_offset(td, "StartRow"), last_at = asn_uno_member_offset(td, "EndRow");
        *spans = malloc(((size_t)addresses->nElements + 1) * sizeof **spans);
        if (*spans && first_at >= 0 && last_at >= 0) {
            for (sal_Int32 i = 0; i < addresses->nElements; i++) {
                const char *address = addresses->elements + (size_t)i * (size_t)td->nSize;
                (*spans)[i].first = *(const sal_Int32 *)(address + first_at);
                (*spans)[i].last = *(const sal_Int32 *)(address + last_at);
            }
            count = addresses->nElements;
        }
        asn_uno_destroy(&addresses, typelib_TypeClass_SEQUENCE, CELL_RANGE_ADDRESSES);
    }
    if (td)
        typelib_typedescription_release(td);
    uno_Interface *held[] = { range, cells, filled };
    for (size_t i = 0; i < sizeof held / sizeof held[0]; i++)
        if (held[i])
            held[i]->release(held[i]);
    if (count < 0) {
        free(*spans);
        *spans = NULL;
    }
    return count;
}

/* J5: `work` done without an undo step of its own. 0 without doing it while the undo manager is locked. */
static int without_undo(uno_Interface *model, int (*work)(uno_Interface *), uno_Interface *argument)
{
    uno_Interface *undo = asn_uno_interface_result(model, "com.sun.star.document.XUndoManagerSupplier::getUndoManager", NULL);
    sal_Bool locked = 1;
    if (undo && !asn_uno_call_on(undo, "com.sun.star.util.XLockable::isLocked", &locked, NULL))
        locked = 1;
    int result = 0;
    if (!locked) {
        int hidden = asn_uno_call_on(undo, "com.sun.star.document.XUndoManager::enterHiddenUndoContext", NULL, NULL);
        int lock_here = !hidden && asn_uno_call_on(undo, "com.sun.star.util.XLockable::lock", NULL, NULL);
        result = work(argument);
        if (hidden)
            asn_uno_call_on(undo, "com.sun.star.document.XUndoManager::leaveUndoContext", NULL, NULL);
        if (lock_here)
            asn_uno_call_on(undo, "com.sun.star.util.XLockable::unlock", NULL, NULL);
    }
    asn_uno_release(undo);
    return result;
}

/* J4: moves the last row of the sheet's first print area to `end_row` when it is elsewhere. 1 when it changed
 * (dry: would change). */
static int follow(uno_Interface *sheet, long end_row, int dry)
{
    typelib_TypeDescription *td = asn_uno_type(CELL_RANGE_ADDRESS);
    uno_Sequence *areas = NULL;
    int changed = 0;
    if (td && asn_uno_call_on(sheet, "com.sun.star.sheet.XPrintAreas::getPrintAreas", &areas, NULL)) {
        long start_at = asn_uno_member_offset(td, "StartRow"), end_at = asn_uno_member_offset(td, "EndRow");
        if (areas->nElements > 0 && start_at >= 0 && end_at >= 0) {
            sal_Int32 *start = (sal_Int32 *)(areas->elements + start_at);
            sal_Int32 *end = (sal_Int32 *)(areas->elements + end_at);
            sal_Int32 wanted = (sal_Int32)(end_row < *start ? *start : end_row);
            if (*end != wanted && dry) {
                changed = 1;
            } else if (*end != wanted && areas->nRefCount == 1) { /* ours alone: changed in place */
                *end = wanted;
                void *args[1] = { &areas };
                changed = asn_uno_call_on(sheet, "com.sun.star.sheet.XPrintAreas::setPrintAreas", NULL, args);
            }
        }
        asn_uno_destroy(&areas, typelib_TypeClass_SEQUENCE, CELL_RANGE_ADDRESSES);
    }
    if (td)
        typelib_typedescription_release(td);
    return changed;
}

/* Brings the workbook's formula rows and print areas to its filled rows (J1-J7, formula_rows.c), or with `dry` only
 * says whether anything would change. *ours: whether the workbook defines at least one key. */
static int pass(uno_Interface *model, int dry, int *ours)
{
    *ours = 0;
    uno_Interface *named_ranges = asn_uno_any_result(model, "com.sun.star.beans.XPropertySet::getPropertyValue", "NamedRanges");
    uno_Interface *sheets = named_ranges ? asn_uno_interface_result(model, "com.sun.star.sheet.XSpreadsheetDocument::getSheets",
                                                            NULL) : NULL;
    sal_Bool was_modified = 1;
    if (sheets && !dry && !asn_uno_call_on(model, "com.sun.star.util.XModifiable::isModified", &was_modified, NULL))
        was_modified = 1;
    int changed = sheets && asn_formula_rows_follow(named_ranges, dry); /* first the rows, then where they print */
    for (size_t i = 0; sheets && i < asn_print_area_count; i++) {
        const asn_print_area_info *area = &asn_print_areas[i];
        asn_row_span *spans;
        long runs = asn_filled_runs(named_ranges, area->key, &spans); /* J1 */
        *ours |= runs >= 0;
        uno_Interface *sheet = runs >= 0 ? asn_uno_element(sheets, area->sheet) : NULL;
        if (sheet) {
            changed |= follow(sheet, asn_print_end_row(area->rule, spans, (size_t)runs), dry);
            sheet->release(sheet);
        }
        free(spans);
    }
    if (changed && !dry && !was_modified) { /* J4: the areas are derived from what was saved: nothing to save */
        sal_Bool no = 0;
        void *args[1] = { &no };
        asn_uno_call_on(model, "com.sun.star.util.XModifiable::setModified", NULL, args);
    }
    if (sheets)
        sheets->release(sheets);
    if (named_ranges)
        named_ranges->release(named_ranges);
    return changed;
}

static int change(uno_Interface *model)
{
    int ours;
    return pass(model, 0, &ours);
}

/* J1-J7: 1 when the workbook defines at least one key (it is ours). The undo manager is touched only when something
 * is to change (J5): most changes of a workbook (a score typed) leave its rows and areas as they are. */
static int apply(uno_Interface *model)
{
    /* J8: not while one of our undo steps (an import) is undone or redone: what Calc records then goes into the
     * list being undone, which terminated LibreOffice (SfxListUndoAction::Undo); and an undo context asked for
     * from within the undo manager's own request waits for that request to end, for ever. The step restores the
     * rows with the roster (they were filled inside it). */
    if (asn_undo_block_busy())
        return 1;
    if (__atomic_exchange_n(&applying, 1, __ATOMIC_ACQ_REL)) /* J6 */
        return 1;
    int ours;
    if (pass(model, 1, &ours))
        without_undo(model, change, model);
    __atomic_store_n(&applying, 0, __ATOMIC_RELEASE);
    return ours;
}

/* J11 */
static void stop_template_question(uno_Interface *model)
{
    uno_Interface *settings = asn_uno_interface_result(model, "com.sun.star.lang.XMultiServiceFactory::createInstance",
                                                       "com.sun.star.document.Settings");
    if (settings && asn_long_property(settings, "UpdateFromTemplate", 0)) {
        sal_Bool was_modified = 1;
        if (!asn_uno_call_on(model, "com.sun.star.util.XModifiable::isModified", &was_modified, NULL))
            was_modified = 1;
        sal_Bool no = 0;
        if (asn_set_property(settings, "UpdateFromTemplate", typelib_TypeClass_BOOLEAN, &no) && !was_modified) {
            void *args[1] = { &no };
            asn_uno_call_on(model, "com.sun.star.util.XModifiable::setModified", NULL, args);
        }
    }
    asn_uno_release(settings);
}

/* The last row of the sheet's first print area (J4 keeps it on the filled rows); -1 when it has none. */
static long print_end_row(uno_Interface *sheet)
{
    typelib_TypeDescription *td = asn_uno_type(CELL_RANGE_ADDRESS);
    uno_Sequence *areas = NULL;
    long end = -1;
    if (td && asn_uno_call_on(sheet, "com.sun.star.sheet.XPrintAreas::getPrintAreas", &areas, NULL)) {
        long end_at = asn_uno_member_offset(td, "EndRow");
        if (areas->nElements > 0 && end_at >= 0)
            end = *(const sal_Int32 *)(areas->elements + end_at);
        asn_uno_destroy(&areas, typelib_TypeClass_SEQUENCE, CELL_RANGE_ADDRESSES);
    }
    if (td)
        typelib_typedescription_release(td);
    return end;
}

/* J12: the name of the sheet shown in the workbook's current window, into `name`; 0 when it has no window. */
static int shown_sheet(uno_Interface *model, char *name, size_t cap)
{
    uno_Interface *view = asn_uno_interface_result(model, "com.sun.star.frame.XModel::getCurrentController", NULL);
    uno_Interface *sheet = view ? asn_uno_interface_result(view, "com.sun.star.sheet.XSpreadsheetView::getActiveSheet",
                                                           NULL) : NULL;
    int ok = sheet && asn_string_result(sheet, "com.sun.star.container.XNamed::getName", NULL, name, cap);
    asn_uno_release(sheet);
    asn_uno_release(view);
    return ok;
}

/* J12: the rows of `area` that fit what they show (0-based, first..*end: from the first row of its fitted_from range to
 * the last row it prints), its sheet acquired into *sheet; 0 when the workbook has none (J1) or nothing is printed. */
static int fitted_rows(uno_Interface *model, const asn_print_area_info *area, uno_Interface **sheet, long *first,
                       long *end)
{
    long last;
    *sheet = NULL;
    if (!area->fitted_from || !asn_named_range_bounds(model, area->fitted_from, first, &last)) /* J1 */
        return 0;
    uno_Interface *sheets = asn_uno_interface_result(model, "com.sun.star.sheet.XSpreadsheetDocument::getSheets", NULL);
    *sheet = sheets ? asn_uno_element(sheets, area->sheet) : NULL;
    *end = *sheet ? print_end_row(*sheet) : -1;
    asn_uno_release(sheets);
    if (*end < *first) {
        asn_uno_release(*sheet);
        *sheet = NULL;
        return 0;
    }
    return 1;
}

/* J12: the fitted rows of the sheet shown in the workbook's window (fitted_rows); 0 when the shown sheet has none
 * (or the workbook has no window). */
static int shown_fitted_rows(uno_Interface *model, uno_Interface **sheet, long *first, long *end)
{
    char shown[256];
    *sheet = NULL;
    if (!shown_sheet(model, shown, sizeof shown))
        return 0;
    for (size_t i = 0; i < asn_print_area_count; i++)
        if (strcmp(asn_print_areas[i].sheet, shown) == 0 && fitted_rows(model, &asn_print_areas[i], sheet, first, end))
            return 1;
    return 0;
}

/* J12: rows first..end of `sheet` fitted to what they show. 1 when done. */
static int fit(uno_Interface *sheet, long first, long end)
{
    uno_Interface *range = asn_sheet_range(sheet, 0, first, 0, end);
    uno_Interface *rows = range ? asn_uno_interface_result(range, "com.sun.star.table.XColumnRowRange::getRows", NULL)
                                : NULL;
    sal_Bool yes = 1;
    int fitted = rows && asn_set_property(rows, "OptimalHeight", typelib_TypeClass_BOOLEAN, &yes);
    asn_uno_release(rows);
    asn_uno_release(range);
    return fitted;
}

/* J12, J13: the rows to fit, with the sheet holding them (acquired). */
typedef struct {
    uno_Interface *sheet;
    long first, end;
} fitted_span;
#define FITTED_SPANS 8 /* more than the areas that have fitted_from (one: Peringkat) */

/* J12, J13: the fitted rows of a changed workbook, or of one not fitted since the job ran for it (kept unmodified):
 * those of the shown sheet (J12) or of every sheet (every_area, J13). The undo manager is locked meanwhile, so
 * that Calc records no step for it: a step recorded, even one joined to the user's last (J5), empties the list of
 * what Ctrl+Y can redo, and the ranking may be looked at between an Undo and its Redo (measured with the fit
 * joined, and done whatever sheet was shown: by-hand step 1's second Ctrl+Y no longer brought its pasted roster
 * back; by-hand step 12 checks Ctrl+Z and Ctrl+Y around a fit). Nothing is done while someone else holds it locked
 * (our commands, J5). */
static void fit_needed_rows(uno_Interface *model, int every_area)
{
    sal_Bool modified = 0;
    if (!model || !asn_uno_call_on(model, "com.sun.star.util.XModifiable::isModified", &modified, NULL) ||
        asn_undo_block_busy() /* J8 */ || (!modified && !unfitted_file(model, 0)) ||
        (every_area && __atomic_load_n(&fitted_unchanged, __ATOMIC_ACQUIRE) == model) /* J13 */)
        return;
    fitted_span spans[FITTED_SPANS];
    size_t count = 0;
    if (!every_area)
        count = shown_fitted_rows(model, &spans[0].sheet, &spans[0].first, &spans[0].end);
    for (size_t i = 0; every_area && i < asn_print_area_count && count < FITTED_SPANS; i++)
        count += (size_t)fitted_rows(model, &asn_print_areas[i], &spans[count].sheet, &spans[count].first,
                                     &spans[count].end);
    if (count == 0)
        return;
    uno_Interface *undo = asn_uno_interface_result(model, "com.sun.star.document.XUndoManagerSupplier::getUndoManager", NULL);
    sal_Bool locked = 1;
    if (undo && !asn_uno_call_on(undo, "com.sun.star.util.XLockable::isLocked", &locked, NULL))
        locked = 1;
    if (!locked && !__atomic_exchange_n(&applying, 1, __ATOMIC_ACQ_REL) /* J6 */) {
        int locked_here = asn_uno_call_on(undo, "com.sun.star.util.XLockable::lock", NULL, NULL);
        if (locked_here) {
            int all = 1;
            for (size_t k = 0; k < count; k++)
                all &= fit(spans[k].sheet, spans[k].first, spans[k].end);
            if (all)
                (void)unfitted_file(model, 1);
            if (all && every_area)
                __atomic_store_n(&fitted_unchanged, model, __ATOMIC_RELEASE); /* J13 */
            asn_uno_call_on(undo, "com.sun.star.util.XLockable::unlock", NULL, NULL);
            if (!modified) { /* the heights follow what the file holds: nothing to save */
                sal_Bool no = 0;
                void *args[1] = { &no };
                asn_uno_call_on(model, "com.sun.star.util.XModifiable::setModified", NULL, args);
            }
        }
        __atomic_store_n(&applying, 0, __ATOMIC_RELEASE);
    }
    asn_uno_release(undo);
    for (size_t k = 0; k < count; k++)
        asn_uno_release(spans[k].sheet);
}

/* J12, from the event loop: the shown sheet's rows. */
static void fit_rows(uno_Interface *model)
{
    __atomic_store_n(&fit_pending, NULL, __ATOMIC_RELEASE); /* a sheet shown from now on asks again */
    fit_needed_rows(model, 0);
}

/* ---- the objects ----------------------------------------------------------------------------------- */

static void SAL_CALL static_acquire(uno_Interface *i) { (void)i; }
static void SAL_CALL static_release(uno_Interface *i) { (void)i; }

static const char *const listener_interfaces[] = {
    "com.sun.star.uno.XInterface", "com.sun.star.lang.XEventListener", "com.sun.star.util.XModifyListener",
};

/* J9: the work a change calls for is done later, from LibreOffice's event loop (com.sun.star.awt.AsyncCallback),
 * never inside the modify notification: a notification can come from inside an undo or redo, or from inside the
 * undo manager's own request (a script's undo()), where an undo context asked for would wait for ever and what
 * Calc records would go into the list being undone. From the event loop the change joins the user's last step.
 * A script that changes the roster and reads the results lets the events run first (XToolkitExperimental::
 * processEventsToIdle); the user sees the rows follow as soon as the paste or the command has ended. */
static uno_Interface *job_context;   /* the component context the job was made with (kept: the job is static) */
static uno_Interface *later;         /* com.sun.star.awt.XRequestCallback, made once */

/* A call from the event loop (com.sun.star.awt.XCallback): its notify runs `run` on the document it was given. */
typedef struct {
    uno_Interface iface; /* first: UNO sees a pointer to this */
    void (*run)(uno_Interface *model);
} event_loop_call;

/* Calls `call` with `model` from the event loop; 0 when there is no event loop to wait for. */
static int schedule_call(event_loop_call *call, uno_Interface *model)
{
    if (!later && job_context) {
        uno_Interface *made = asn_create_service(job_context, "com.sun.star.awt.AsyncCallback");
        later = made ? asn_uno_query(made, "com.sun.star.awt.XRequestCallback") : NULL;
        asn_uno_release(made);
    }
    typelib_TypeDescriptionReference *type = NULL;
    typelib_typedescriptionreference_newByAsciiName(&type, typelib_TypeClass_INTERFACE, "com.sun.star.frame.XModel");
    uno_Any data;
    uno_type_any_construct(&data, &model, type, NULL);
    uno_Interface *callback = &call->iface;
    void *args[2] = { &callback, &data };
    int scheduled = later && asn_uno_call(later, "com.sun.star.awt.XRequestCallback::addCallback", NULL, args);
    uno_any_destruct(&data, NULL);
    typelib_typedescriptionreference_release(type);
    return scheduled;
}

static const char *const callback_interfaces[] = { "com.sun.star.uno.XInterface", "com.sun.star.awt.XCallback" };

static void SAL_CALL event_loop_dispatch(uno_Interface *i, const typelib_TypeDescription *member_type, void *ret,
                                         void *args[], uno_Any **ppException)
{
    *ppException = NULL; /* J7 */
    const rtl_uString *member = asn_member_name(member_type);
    if (asn_ustr_is(member, "notify")) {
        uno_Interface *held = asn_uno_any_interface((const uno_Any *)args[0]);
        uno_Interface *model = asn_uno_query(held, "com.sun.star.frame.XModel");
        ((event_loop_call *)i)->run(model); /* a closed document answers nothing: J7 */
        asn_uno_release(model);
        asn_uno_release(held);
    } else if (asn_ustr_is(member, "queryInterface")) {
        asn_query_interface(i, callback_interfaces, 2, ret, args);
    }
}

static void run_apply(uno_Interface *model)
{
    if (model)
        (void)apply(model);
}

static event_loop_call apply_call = { { static_acquire, static_release, event_loop_dispatch }, run_apply };

static void schedule(uno_Interface *model)
{
    if (!schedule_call(&apply_call, model))
        (void)apply(model); /* no event loop to wait for: at once */
}

/* J10: the workbook whose full recalculation is waiting in the event loop (compared, not held: the pending call
 * holds it), so that Ctrl+Y held down asks for one recalculation, not one per Redo. */
static uno_Interface *recalculation_pending;

static void run_recalculation(uno_Interface *model)
{
    __atomic_store_n(&recalculation_pending, NULL, __ATOMIC_RELEASE);
    if (model)
        asn_uno_call_on(model, "com.sun.star.sheet.XCalculatable::calculateAll", NULL, NULL);
}

static event_loop_call recalculation_call = { { static_acquire, static_release, event_loop_dispatch },
                                              run_recalculation };

static event_loop_call fit_call = { { static_acquire, static_release, event_loop_dispatch }, fit_rows }; /* J12 */

static const char *const activation_listener_interfaces[] = {
    "com.sun.star.uno.XInterface", "com.sun.star.lang.XEventListener", "com.sun.star.sheet.XActivationEventListener",
};

/* J12: whether the sheet a window of `model` shows has rows to fit is looked at from the event loop, once shown. */
static void ask_fit(uno_Interface *model)
{
    if (model && __atomic_load_n(&fit_pending, __ATOMIC_ACQUIRE) != model && schedule_call(&fit_call, model))
        __atomic_store_n(&fit_pending, model, __ATOMIC_RELEASE);
}

/* J12: a window shows another sheet. */
static void SAL_CALL activation_listener_dispatch(uno_Interface *i, const typelib_TypeDescription *member_type,
                                                  void *ret, void *args[], uno_Any **ppException)
{
    *ppException = NULL; /* J7: never raises */
    const rtl_uString *member = asn_member_name(member_type);
    if (asn_ustr_is(member, "activeSpreadsheetChanged")) {
        /* com.sun.star.sheet.ActivationEvent: Source (the window's view) first */
        uno_Interface *view = *(uno_Interface **)args[0];
        uno_Interface *model = view ? asn_uno_interface_result(view, "com.sun.star.frame.XController::getModel", NULL)
                                    : NULL;
        ask_fit(model);
        asn_uno_release(model);
    } else if (asn_ustr_is(member, "queryInterface")) {
        asn_query_interface(i, activation_listener_interfaces, 3, ret, args);
    }
    /* acquire, release: nothing to count; disposing: nothing held */
}

static uno_Interface activation_listener = { static_acquire, static_release, activation_listener_dispatch };

/* J12: the window `view` is watched for the sheet it shows (once: a listener added twice would be told twice). */
static void watch_view(uno_Interface *view)
{
    uno_Interface *broadcaster = view ? asn_uno_query(view, "com.sun.star.sheet.XActivationBroadcaster") : NULL;
    uno_Interface *listener = &activation_listener;
    void *args[1] = { &listener };
    if (broadcaster) {
        asn_uno_call(broadcaster, "com.sun.star.sheet.XActivationBroadcaster::removeActivationEventListener", NULL, args);
        asn_uno_call(broadcaster, "com.sun.star.sheet.XActivationBroadcaster::addActivationEventListener", NULL, args);
    }
    asn_uno_release(broadcaster);
}

static const char *const document_listener_interfaces[] = {
    "com.sun.star.uno.XInterface", "com.sun.star.lang.XEventListener", "com.sun.star.document.XDocumentEventListener",
};

/* J12: a window is made for the workbook (OnViewCreated): it is watched. */
static void SAL_CALL document_listener_dispatch(uno_Interface *i, const typelib_TypeDescription *member_type,
                                                void *ret, void *args[], uno_Any **ppException)
{
    *ppException = NULL; /* J7: never raises */
    const rtl_uString *member = asn_member_name(member_type);
    if (asn_ustr_is(member, "documentEventOccured")) {
        typelib_TypeDescription *td = asn_uno_type("com.sun.star.document.DocumentEvent");
        long name_at = td ? asn_uno_member_offset(td, "EventName") : -1;
        long view_at = td ? asn_uno_member_offset(td, "ViewController") : -1;
        long source_at = td ? asn_uno_member_offset(td, "Source") : -1;
        const char *event = args[0];
        const rtl_uString *name = name_at >= 0 ? *(rtl_uString *const *)(event + name_at) : NULL;
        if (name && source_at >= 0 && (asn_ustr_is(name, "OnCopyTo") || asn_ustr_is(name, "OnPrint"))) {
            /* J13: the document stores a copy, or is printed */
            uno_Interface *source = *(uno_Interface *const *)(event + source_at);
            uno_Interface *model = asn_uno_query(source, "com.sun.star.frame.XModel");
            fit_needed_rows(model, 1);
            asn_uno_release(model);
        }
        if (name && view_at >= 0 && asn_ustr_is(name, "OnViewCreated")) {
            uno_Interface *view = *(uno_Interface *const *)(event + view_at);
            watch_view(view);
            /* the sheet it opens on (a workbook saved with Peringkat shown) is shown with no change of sheet */
            uno_Interface *model = view ? asn_uno_interface_result(view, "com.sun.star.frame.XController::getModel",
                                                                   NULL) : NULL;
            ask_fit(model);
            asn_uno_release(model);
        }
        if (td)
            typelib_typedescription_release(td);
    } else if (asn_ustr_is(member, "queryInterface")) {
        asn_query_interface(i, document_listener_interfaces, 3, ret, args);
    }
    /* acquire, release: nothing to count; disposing: nothing held */
}

static uno_Interface document_listener = { static_acquire, static_release, document_listener_dispatch };

static const char *const undo_listener_interfaces[] = {
    "com.sun.star.uno.XInterface", "com.sun.star.lang.XEventListener", "com.sun.star.document.XUndoManagerListener",
};

static void SAL_CALL undo_listener_dispatch(uno_Interface *i, const typelib_TypeDescription *member_type, void *ret,
                                            void *args[], uno_Any **ppException)
{
    *ppException = NULL; /* J7: never raises */
    const rtl_uString *member = asn_member_name(member_type);
    if (asn_ustr_is(member, "actionRedone")) {
        /* com.sun.star.document.UndoManagerEvent: Source (the undo manager, whose parent is the document) first */
        uno_Interface *source = *(uno_Interface **)args[0];
        uno_Interface *parent = asn_uno_interface_result(source, "com.sun.star.container.XChild::getParent", NULL);
        uno_Interface *model = asn_uno_query(parent, "com.sun.star.frame.XModel");
        /* one recalculation waiting per workbook: Redo after Redo in the same one asks for none more */
        if (model && __atomic_exchange_n(&recalculation_pending, model, __ATOMIC_ACQ_REL) != model &&
            !schedule_call(&recalculation_call, model))
            __atomic_store_n(&recalculation_pending, NULL, __ATOMIC_RELEASE); /* no event loop: the next Redo asks */
        asn_uno_release(model);
        asn_uno_release(parent);
    } else if (asn_ustr_is(member, "queryInterface")) {
        asn_query_interface(i, undo_listener_interfaces, 3, ret, args);
    }
    /* the other notifications, acquire, release, disposing: nothing to do */
}

static uno_Interface undo_listener = { static_acquire, static_release, undo_listener_dispatch };

static void SAL_CALL listener_dispatch(uno_Interface *i, const typelib_TypeDescription *member_type, void *ret,
                                       void *args[], uno_Any **ppException)
{
    *ppException = NULL; /* J7: never raises */
    const rtl_uString *member = asn_member_name(member_type);
    if (asn_ustr_is(member, "modified")) {
        uno_Interface *source = *(uno_Interface **)args[0]; /* com.sun.star.lang.EventObject: Source first */
        uno_Interface *model = asn_uno_query(source, "com.sun.star.frame.XModel");
        if (model && !__atomic_load_n(&applying, __ATOMIC_ACQUIRE)) { /* J6: not for our own changes */
            forget_fitted(model); /* J13: changed since its last fit */
            schedule(model); /* J9 */
        }
        asn_uno_release(model);
    } else if (asn_ustr_is(member, "queryInterface")) {
        asn_query_interface(i, listener_interfaces, 3, ret, args);
    }
    /* acquire, release: nothing to count; disposing: nothing held */
}

static uno_Interface modify_listener = { static_acquire, static_release, listener_dispatch };

static const char *const job_interfaces[] = {
    "com.sun.star.uno.XInterface", "com.sun.star.task.XJob", "com.sun.star.lang.XServiceInfo",
};

/* XJob::execute: the job executor's arguments hold Environment, whose Model is the document (J3). */
static void execute(uno_Sequence *arguments)
{
    const uno_Any *environment = asn_uno_find_value(arguments, "com.sun.star.beans.NamedValue", "Environment");
    /* Only a sequence of NamedValue is walked with NamedValue's layout (J7: anything else is left alone). */
    if (!environment || !asn_ustr_is(environment->pType->pTypeName, "[]com.sun.star.beans.NamedValue"))
        return;
    const uno_Any *model_any = asn_uno_find_value(*(uno_Sequence *const *)environment->pData,
                                                  "com.sun.star.beans.NamedValue", "Model");
    uno_Interface *held = model_any ? asn_uno_any_interface(model_any) : NULL;
    uno_Interface *model = asn_uno_query(held, "com.sun.star.frame.XModel");
    if (model)
        forget_fitted(model); /* J13: a workbook loaded or made where a fitted one was is not that one */
    if (model && apply(model)) { /* J1: other spreadsheets get no listener either */
        stop_template_question(model); /* J11, before the listener: no change to follow */
        remember_unfitted(model); /* J12 */
        uno_Interface *listener = &modify_listener;
        void *args[1] = { &listener };
        asn_uno_call_on(model, "com.sun.star.util.XModifyBroadcaster::addModifyListener", NULL, args);
        uno_Interface *undo = asn_uno_interface_result(model, "com.sun.star.document.XUndoManagerSupplier::getUndoManager",
                                                       NULL);
        uno_Interface *redone = &undo_listener; /* J10 */
        void *undo_args[1] = { &redone };
        if (undo)
            asn_uno_call_on(undo, "com.sun.star.document.XUndoManager::addUndoManagerListener", NULL, undo_args);
        asn_uno_release(undo);
        uno_Interface *windows = &document_listener; /* J12: its windows, from the first one made */
        void *window_args[1] = { &windows };
        asn_uno_call_on(model, "com.sun.star.document.XDocumentEventBroadcaster::addDocumentEventListener", NULL,
                        window_args);
        uno_Interface *view = asn_uno_interface_result(model, "com.sun.star.frame.XModel::getCurrentController", NULL);
        watch_view(view); /* a window made before the job ran */
        if (view)
            ask_fit(model); /* J12: it may show a sheet with rows to fit */
        asn_uno_release(view);
    }
    if (model)
        model->release(model);
    if (held)
        held->release(held);
}

int asn_print_job_service_info(const rtl_uString *member, void *ret, void *args[])
{
    static const char *const services[] = { asn_job_service_name };
    return asn_service_info_of(member, ret, args, asn_job_implementation_name, services, 1);
}

static void SAL_CALL job_dispatch(uno_Interface *i, const typelib_TypeDescription *member_type, void *ret,
                                  void *args[], uno_Any **ppException)
{
    *ppException = NULL; /* J7: never raises */
    const rtl_uString *member = asn_member_name(member_type);
    if (asn_ustr_is(member, "execute")) {
        execute(*(uno_Sequence **)args[0]);
        uno_any_construct(ret, NULL, NULL, NULL); /* no result: the job stays registered as it is */
    } else if (asn_ustr_is(member, "queryInterface")) {
        asn_query_interface(i, job_interfaces, 3, ret, args);
    } else {
        asn_print_job_service_info(member, ret, args);
    }
}

static uno_Interface print_job = { static_acquire, static_release, job_dispatch };

uno_Interface *asn_print_job_create(uno_Interface *context)
{
    if (context && !__atomic_load_n(&job_context, __ATOMIC_ACQUIRE)) {
        context->acquire(context); /* kept for the life of the process, as the job itself */
        uno_Interface *none = NULL;
        if (!__atomic_compare_exchange_n(&job_context, &none, context, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
            context->release(context);
    }
    return &print_job;
}
