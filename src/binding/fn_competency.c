/* Handlers of the competency functions: gaps (docs/functions.md §2) and the dictionary lookups (§3).
 * Validation and rules live in src/core/gap.c, kamus.c and kamus_cache.c. */
#include <stdio.h>
#include <string.h>

#include "dictionary.h"
#include "handlers.h"

#include "../core/gap.h"
#include "../core/support/labels.h"
#include "../core/support/locale_free.h"

void fn_asngap(asn_call *call)
{
    asn_numbers actual, required;
    asn_value mode;
    double gap;
    if (asn_arg_numbers(call, 0, &actual) && asn_arg_numbers(call, 1, &required) && asn_arg_value(call, 2, &mode) &&
        asn_gap(&actual, &required, &mode, &gap, &call->status))
        asn_return_number(call, gap);
}

void fn_asnjpm(asn_call *call)
{
    asn_numbers actual, required, weights;
    double jpm;
    if (!asn_arg_numbers(call, 0, &actual) || !asn_arg_numbers(call, 1, &required))
        return;
    int given = !asn_arg_omitted(call, 2);
    if (given && !asn_arg_numbers(call, 2, &weights))
        return;
    if (asn_jpm(&actual, &required, given ? &weights : NULL, &jpm, &call->status))
        asn_return_number(call, jpm);
}

void fn_asnjpmcategory(asn_call *call)
{
    asn_value jpm, purpose;
    const char *label;
    if (asn_arg_value(call, 0, &jpm) && asn_arg_value(call, 1, &purpose) &&
        asn_jpm_category(&jpm, &purpose, &label, &call->status))
        asn_return_text(call, label);
}

static void feedback(asn_call *call, int strengths)
{
    asn_numbers actual, required;
    asn_cells names;
    asn_value count;
    if (!asn_arg_numbers(call, 0, &actual) || !asn_arg_numbers(call, 1, &required) || !asn_arg_cells(call, 2, &names) ||
        !asn_arg_value(call, 3, &count))
        return;
    size_t cap = 64;
    for (size_t i = 0; i < names.rows * names.cols; i++)
        cap += (names.cell[i].text ? strlen(names.cell[i].text) : 24) + 32;
    char *text = asn_call_alloc(call, cap, 1);
    if (text && asn_gap_feedback(&actual, &required, &names, &count, strengths, text, cap, &call->status))
        asn_return_text(call, text);
}

void fn_asnweaknesses(asn_call *call) { feedback(call, 0); }
void fn_asnstrengths(asn_call *call) { feedback(call, 1); }

/* ---- dictionary lookups (argument 0 is the calling document) ---------------------------------------- */

void fn_asnrequired(asn_call *call)
{
    asn_value position, competency;
    asn_dictionary d;
    if (!asn_arg_value(call, 1, &position) || !asn_arg_value(call, 2, &competency) ||
        !asn_arg_dictionary(call, 0, 3, &d))
        return;
    const char *p = asn_code_text(call, &position), *c = asn_code_text(call, &competency);
    long pi = p ? asn_kamus_find_position(d.kamus, p) : -1;
    long ci = c ? asn_kamus_find_competency(d.kamus, c) : -1;
    double level = (pi >= 0 && ci >= 0) ? asn_kamus_required(d.kamus, pi, ci) : -1.0;
    if (pi < 0)
        asn_return_not_found(call, "unknown position");
    else if (ci < 0)
        asn_return_not_found(call, "unknown competency");
    else if (level < 0.0)
        asn_return_not_found(call, "the position has no standard for this competency");
    else
        asn_return_number(call, level);
    asn_kamus_release(d.kamus);
}

void fn_asnprofile(asn_call *call)
{
    asn_value position;
    asn_cells wanted;
    asn_dictionary d;
    if (!asn_arg_value(call, 1, &position) || !asn_arg_cells(call, 2, &wanted) || !asn_arg_dictionary(call, 0, 3, &d))
        return;
    int all = asn_arg_omitted(call, 2);
    size_t rows = all ? 1 : wanted.rows, cols = all ? asn_kamus_competency_count(d.kamus) : wanted.cols;
    size_t room = rows * cols != 0 ? rows * cols : 1;
    asn_out_cell *cells = asn_call_alloc(call, room, sizeof *cells);
    long *comp = asn_call_alloc(call, room, sizeof *comp);
    if (!cells || !comp)
        goto done;
    for (size_t i = 0; i < rows * cols; i++) {
        if (all) {
            comp[i] = (long)i;
            continue;
        }
        const char *c = asn_code_text(call, &wanted.cell[i]);
        comp[i] = c ? asn_kamus_find_competency(d.kamus, c) : -1;
        if (c && comp[i] < 0) {
            asn_fail(&call->status, ASN_INVALID, "Competencies: cell %zu (\"%s\") is not in the dictionary", i + 1, c);
            goto done;
        }
    }
    const char *p = asn_code_text(call, &position);
    long pi = p ? asn_kamus_find_position(d.kamus, p) : -1;
    if (pi < 0) {
        asn_return_not_found(call, "unknown position");
        goto done;
    }
    if (rows * cols == 0) {
        asn_return_not_found(call, "the dictionary has no competencies");
        goto done;
    }
    for (size_t i = 0; i < rows * cols; i++) {
        double level = comp[i] >= 0 ? asn_kamus_required(d.kamus, pi, comp[i]) : -1.0;
        cells[i] = level >= 0.0 ? (asn_out_cell){ ASN_OUT_NUMBER, level, NULL } : (asn_out_cell){ ASN_OUT_EMPTY, 0.0, NULL };
    }
    asn_return_table(call, rows, cols, cells);
done:
    asn_kamus_release(d.kamus);
}

/* ASNPROFILES(Positions; Competencies; [Dictionary]): the array form of ASNPROFILE for a whole roster in one call
 * (issue 25: one ASNPROFILE array a row made Calc compile and, on every load, recompute ten thousand formulas).
 *  S1. One result row per cell of Positions, in reading order; one result column per cell of Competencies, in
 *      reading order (a blank Competencies cell gives an empty column).
 *  S2. A code in Competencies that the dictionary lacks -> Err:502 for the whole call, as ASNPROFILE.
 *  S3. A blank position, or one the dictionary does not know, gives a row of empty cells: ASNPROFILE's #N/A for
 *      one unknown position would otherwise have no cell of its own, and must not hide the other employees.
 *  S4. At most PROFILES_MAX_POSITIONS positions and PROFILES_MAX_CELLS result cells, else Err:502: Calc copies a
 *      table with blank cells into its matrix in time that grows with the square of its rows and with its columns
 *      (bench/notes.md), so a whole column (A:A, a million rows) would freeze Calc for hours. Measured with every
 *      position unknown (all cells blank): 100,000 x 8 codes 7 s; 10,000,000 cells (100,000 x 100) would be about a
 *      minute and a half, 1,000,000 about 9 s at worst. A province's roster against the nine codes fits. */
#define PROFILES_MAX_POSITIONS 100000u
#define PROFILES_MAX_CELLS 1000000u

void fn_asnprofiles(asn_call *call)
{
    asn_cells positions, wanted;
    asn_dictionary d;
    if (!asn_arg_cells(call, 1, &positions) || !asn_arg_cells(call, 2, &wanted))
        return;
    size_t rows = positions.rows * positions.cols, cols = wanted.rows * wanted.cols;
    if (rows == 0 || cols == 0 || rows > PROFILES_MAX_POSITIONS || rows > PROFILES_MAX_CELLS / cols) { /* S4 */
        asn_fail(&call->status, ASN_INVALID, "at most %u positions and %u result cells (not a whole column)",
                 PROFILES_MAX_POSITIONS, PROFILES_MAX_CELLS);
        return;
    }
    if (!asn_arg_dictionary(call, 0, 3, &d))
        return;
    asn_out_cell *cells = asn_call_alloc(call, rows * cols, sizeof *cells);
    long *comp = asn_call_alloc(call, cols, sizeof *comp);
    if (!cells || !comp)
        goto done;
    for (size_t j = 0; j < cols; j++) { /* S1, S2 */
        const char *c = asn_code_text(call, &wanted.cell[j]);
        comp[j] = c ? asn_kamus_find_competency(d.kamus, c) : -1;
        if (c && comp[j] < 0) {
            asn_fail(&call->status, ASN_INVALID, "Competencies: cell %zu (\"%s\") is not in the dictionary", j + 1, c);
            goto done;
        }
    }
    for (size_t i = 0; i < rows; i++) {
        const char *p = asn_code_text(call, &positions.cell[i]);
        long pi = p ? asn_kamus_find_position(d.kamus, p) : -1; /* S3: blank or unknown: empty cells */
        for (size_t j = 0; j < cols; j++) {
            double level = pi >= 0 && comp[j] >= 0 ? asn_kamus_required(d.kamus, pi, comp[j]) : -1.0;
            cells[i * cols + j] = level >= 0.0 ? (asn_out_cell){ ASN_OUT_NUMBER, level, NULL }
                                               : (asn_out_cell){ ASN_OUT_EMPTY, 0.0, NULL };
        }
    }
    asn_return_table(call, rows, cols, cells);
done:
    asn_kamus_release(d.kamus);
}

static const asn_label competency_fields[] = {
    { "nama", 0 }, { "jenis", 1 }, { "definisi", 2 }, { "deskripsi", 3 }, { "indikator", 4 },
};

void fn_asncompetency(asn_call *call)
{
    asn_value code, field, level;
    asn_dictionary d;
    int which = 0;
    long lv = 0;
    if (!asn_arg_value(call, 1, &code) || !asn_arg_value(call, 2, &field) || !asn_arg_value(call, 3, &level))
        return;
    if (field.kind != ASN_VALUE_BLANK &&
        (field.kind != ASN_VALUE_TEXT || !asn_label_find(field.text, competency_fields, 5, &which))) {
        asn_fail(&call->status, ASN_INVALID, "Field must be nama, jenis, definisi, deskripsi or indikator");
        return;
    }
    if (!asn_value_to_whole(&level, 1, 5, 0, &lv, "Level", &call->status))
        return;
    if (which >= 3 && lv == 0) {
        asn_fail(&call->status, ASN_INVALID, "Level (1..5) is needed for the field %s", which == 3 ? "deskripsi" : "indikator");
        return;
    }
    if (!asn_arg_dictionary(call, 0, 4, &d))
        return;
    const char *c = asn_code_text(call, &code);
    long ci = c ? asn_kamus_find_competency(d.kamus, c) : -1;
    const char *text = NULL;
    if (ci >= 0) {
        static const asn_kamus_field by_field[] = { ASN_FIELD_NAMA, ASN_FIELD_JENIS, ASN_FIELD_DEFINISI };
        text = which < 3 ? asn_kamus_competency_text(d.kamus, ci, by_field[which])
                         : asn_kamus_level_text(d.kamus, ci, (int)lv, which == 4);
    }
    if (text)
        asn_return_text(call, text);
    else
        asn_return_not_found(call, ci < 0 ? "unknown competency" : "the dictionary has no such text");
    asn_kamus_release(d.kamus);
}

static const asn_label kinds[] = { { "teknis", 0 }, { "manajerial", 1 }, { "sosial-kultural", 2 } };

void fn_asncompetencies(asn_call *call)
{
    asn_value kind;
    asn_dictionary d;
    int k = -1;
    if (!asn_arg_value(call, 2, &kind))
        return;
    if (kind.kind != ASN_VALUE_BLANK && (kind.kind != ASN_VALUE_TEXT || !asn_label_find(kind.text, kinds, 3, &k))) {
        asn_fail(&call->status, ASN_INVALID, "Kind must be teknis, manajerial or sosial-kultural");
        return;
    }
    if (!asn_arg_dictionary(call, 0, 1, &d))
        return;
    size_t n = asn_kamus_competency_count(d.kamus), m = 0;
    asn_out_cell *cells = asn_call_alloc(call, n ? n : 1, sizeof *cells);
    if (cells) {
        for (size_t i = 0; i < n; i++) {
            const char *jenis = asn_kamus_competency_text(d.kamus, (long)i, ASN_FIELD_JENIS);
            if (k >= 0 && !(jenis && asn_label_equals(jenis, kinds[k].label)))
                continue;
            cells[m++] = (asn_out_cell){ ASN_OUT_TEXT, 0.0, asn_kamus_competency_text(d.kamus, (long)i, ASN_FIELD_KODE) };
        }
        if (m == 0)
            asn_return_not_found(call, "no competency of that kind");
        else
            asn_return_table(call, 1, m, cells);
    }
    asn_kamus_release(d.kamus);
}

/* Never an error: the state of a dictionary as text. */
void fn_asndictcheck(asn_call *call)
{
    asn_dictionary d;
    char text[sizeof call->status.message + 512];
    if (asn_arg_dictionary(call, 0, 1, &d)) {
        asn_format(text, sizeof text, "OK: %zu kompetensi, %zu jabatan", asn_kamus_competency_count(d.kamus),
                 asn_kamus_position_count(d.kamus));
        asn_kamus_release(d.kamus);
    } else if (d.line > 0) {
        snprintf(text, sizeof text, "ERROR: %s:%d: %s", d.given, d.line, call->status.message);
    } else {
        snprintf(text, sizeof text, "ERROR: %s: %s", d.given, call->status.message);
    }
    call->status = (asn_status){ ASN_OK, "" };
    asn_return_text(call, text);
}
