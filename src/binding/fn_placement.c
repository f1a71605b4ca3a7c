/* Handlers of ASNSHORTLIST and ASNPLACEMENT (docs/functions.md §8): the columns of Levels matched to the kamus's
 * competencies by Codes, each position's standard laid over those columns, then the core (src/core/placement.c).
 * Argument 0 is the calling document (for a Dictionary path relative to it). */
#include <string.h>

#include "dictionary.h"
#include "handlers.h"

#include "../core/placement.h"
#include "../core/support/locale_free.h"
#include "../core/values.h"

#define MAX_EMPLOYEES 100000 /* N, the contract's limit */
#define MAX_VACANCIES 1000   /* V */
#define MAX_COUNT 1000       /* ASNSHORTLIST's Count */

/* The competency of each of the K columns of Levels: -1 for a blank Codes cell (not a competency). A non-blank
 * code the kamus lacks is an error, as in ASNPROFILE. NULL after a failure. */
static long *column_competencies(asn_call *call, const asn_cells *codes, size_t k, const asn_kamus *kamus)
{
    if (codes->rows * codes->cols != k) {
        asn_fail(&call->status, ASN_INVALID, "Codes has %zu cells but Levels has %zu columns: one code a column",
                 codes->rows * codes->cols, k);
        return NULL;
    }
    long *competency = asn_call_alloc(call, k ? k : 1, sizeof *competency);
    for (size_t c = 0; competency && c < k; c++) {
        const char *code = asn_code_text(call, &codes->cell[c]);
        competency[c] = code ? asn_kamus_find_competency(kamus, code) : -1;
        if (code && competency[c] < 0) {
            asn_fail(&call->status, ASN_INVALID, "Codes: cell %zu (\"%s\") is not in the dictionary", c + 1, code);
            return NULL;
        }
    }
    return competency;
}

/* The standard of `position` over the columns into required[k] (0 where not required). 1 when the position has a
 * standard, 0 when it has none; -1 (a failure) when it requires a competency no column holds. */
static int position_standard(asn_call *call, const asn_kamus *kamus, long position, const long *competency, size_t k,
                             double *required)
{
    size_t wanted = 0, all = asn_kamus_competency_count(kamus);
    for (size_t c = 0; c < k; c++)
        required[c] = 0.0;
    for (size_t q = 0; q < all; q++) {
        double level = asn_kamus_required(kamus, position, (long)q);
        if (level < 0.0)
            continue;
        wanted++;
        size_t c = 0;
        while (c < k && competency[c] != (long)q)
            c++;
        if (c == k) {
            asn_fail(&call->status, ASN_INVALID, "Codes lacks %s, which the position requires",
                     asn_kamus_competency_text(kamus, (long)q, ASN_FIELD_KODE));
            return -1;
        }
        for (; c < k; c++) /* the same code in two columns: both carry the level */
            if (competency[c] == (long)q)
                required[c] = level;
    }
    return wanted > 0;
}

/* Eligible: N cells paired with the rows, yes/no as HR sheets write them; omitted: everyone (NULL). */
static int eligible_rows(asn_call *call, int index, size_t n, unsigned char **eligible)
{
    *eligible = NULL;
    if (asn_arg_omitted(call, index))
        return 1;
    asn_cells cells;
    if (!asn_arg_cells(call, index, &cells))
        return 0;
    if (cells.rows * cells.cols != n)
        return asn_fail(&call->status, ASN_INVALID, "Eligible has %zu cells but Levels has %zu rows: one a row",
                        cells.rows * cells.cols, n);
    *eligible = asn_call_alloc(call, n ? n : 1, 1);
    for (size_t r = 0; *eligible && r < n; r++) {
        int yes;
        char what[48];
        asn_format(what, sizeof what, "Eligible (cell %zu)", r + 1);
        if (!asn_value_to_yes_no(&cells.cell[r], &yes, what, &call->status))
            return 0;
        (*eligible)[r] = (unsigned char)yes;
    }
    return *eligible != NULL;
}

/* Levels (argument 2) as cells, within the row limit, and the competency of each column by Codes (argument 3). */
static long *levels_and_codes(asn_call *call, const asn_kamus *kamus, asn_cells *levels)
{
    asn_cells codes;
    size_t rows, cols;
    asn_arg_shape(call, 2, &rows, &cols); /* refused before a million rows are decoded */
    if (rows > MAX_EMPLOYEES) {
        asn_fail(&call->status, ASN_INVALID, "Levels has %zu rows; at most %d employees", rows, MAX_EMPLOYEES);
        return NULL;
    }
    if (!asn_arg_cells(call, 2, levels) || !asn_arg_cells(call, 3, &codes))
        return NULL;
    return column_competencies(call, &codes, levels->cols, kamus);
}

/* The levels as numbers: the columns some position requires (used[c]) must hold numbers or blanks (a text there
 * is an error); the other columns are not read (blank). */
static int levels_as_numbers(asn_call *call, const asn_cells *cells, const unsigned char *used, asn_numbers *out)
{
    size_t n = cells->rows * cells->cols;
    double *value = asn_call_alloc(call, n ? n : 1, sizeof *value);
    unsigned char *blank = asn_call_alloc(call, n ? n : 1, 1);
    if (!value || !blank)
        return 0;
    for (size_t i = 0; i < n; i++) {
        const asn_value *cell = &cells->cell[i];
        int read = used[i % cells->cols];
        value[i] = read && cell->kind == ASN_VALUE_NUMBER ? cell->number : 0.0;
        blank[i] = !read || cell->kind == ASN_VALUE_BLANK;
        if (read && cell->kind == ASN_VALUE_TEXT)
            return asn_fail(&call->status, ASN_INVALID, "Levels: row %zu, column %zu is text (\"%s\"), not a level",
                            i / cells->cols + 1, i % cells->cols + 1, cell->text);
    }
    *out = (asn_numbers){ cells->rows, cells->cols, value, blank };
    return 1;
}

void fn_asnshortlist(asn_call *call)
{
    asn_value position, count_arg;
    asn_cells level_cells;
    asn_numbers levels;
    asn_dictionary d;
    long count;
    unsigned char *eligible;
    if (!asn_arg_value(call, 1, &position) || !asn_arg_value(call, 5, &count_arg) || !asn_arg_dictionary(call, 0, 6, &d))
        return;
    long *competency = levels_and_codes(call, d.kamus, &level_cells);
    if (!competency || !eligible_rows(call, 4, level_cells.rows, &eligible) ||
        !asn_value_to_whole(&count_arg, 1, MAX_COUNT, 3, &count, "Count", &call->status))
        goto done;
    const char *p = asn_code_text(call, &position);
    long pi = p ? asn_kamus_find_position(d.kamus, p) : -1;
    size_t k = level_cells.cols;
    double *required = asn_call_alloc(call, k ? k : 1, sizeof *required);
    unsigned char *used = asn_call_alloc(call, k ? k : 1, 1);
    asn_candidate *best = asn_call_alloc(call, (size_t)count, sizeof *best);
    asn_out_cell *cells = asn_call_alloc(call, (size_t)count * 2, sizeof *cells);
    if (!required || !used || !best || !cells)
        goto done;
    int has = pi >= 0 ? position_standard(call, d.kamus, pi, competency, k, required) : 0;
    if (has < 0)
        goto done;
    if (!has) {
        asn_return_not_found(call, pi < 0 ? "unknown position" : "the position has no standard");
        goto done;
    }
    for (size_t c = 0; c < k; c++)
        used[c] = required[c] > 0.0;
    if (!levels_as_numbers(call, &level_cells, used, &levels))
        goto done;
    asn_standard standard = { required };
    size_t found;
    if (!asn_shortlist(&standard, &levels, eligible, (size_t)count, best, &found, &call->status))
        goto done;
    for (size_t i = 0; i < (size_t)count; i++) {
        cells[2 * i] = i < found ? (asn_out_cell){ ASN_OUT_NUMBER, (double)(best[i].row + 1), NULL }
                                 : (asn_out_cell){ ASN_OUT_EMPTY, 0.0, NULL };
        cells[2 * i + 1] = i < found ? (asn_out_cell){ ASN_OUT_NUMBER, best[i].jpm, NULL }
                                     : (asn_out_cell){ ASN_OUT_EMPTY, 0.0, NULL };
    }
    asn_return_table(call, (size_t)count, 2, cells);
done:
    asn_kamus_release(d.kamus);
}

void fn_asnplacement(asn_call *call)
{
    asn_cells positions, level_cells;
    asn_value minimum_arg;
    asn_numbers levels;
    asn_dictionary d;
    unsigned char *eligible;
    double minimum = 68.0;
    size_t position_rows, position_cols;
    asn_arg_shape(call, 1, &position_rows, &position_cols);
    if (position_rows * position_cols > MAX_VACANCIES) {
        asn_fail(&call->status, ASN_INVALID, "Positions has %zu cells; at most %d vacancies",
                 position_rows * position_cols, MAX_VACANCIES);
        return;
    }
    if (!asn_arg_cells(call, 1, &positions) || !asn_arg_value(call, 5, &minimum_arg) ||
        !asn_arg_dictionary(call, 0, 6, &d))
        return;
    long *competency = levels_and_codes(call, d.kamus, &level_cells);
    size_t v_count = positions.rows * positions.cols, k = level_cells.cols;
    if (!competency || !eligible_rows(call, 4, level_cells.rows, &eligible))
        goto done;
    if (minimum_arg.kind != ASN_VALUE_BLANK &&
        (!asn_value_to_number(&minimum_arg, &minimum, "Minimum", &call->status) || minimum < 0.0 || minimum > 100.0)) {
        asn_fail(&call->status, ASN_INVALID, "Minimum must be a JPM from 0 to 100");
        goto done;
    }
    asn_standard *standards = asn_call_alloc(call, v_count ? v_count : 1, sizeof *standards);
    double *required = asn_call_alloc(call, (v_count ? v_count : 1) * (k ? k : 1), sizeof *required);
    asn_candidate *placed = asn_call_alloc(call, v_count ? v_count : 1, sizeof *placed);
    unsigned char *taken = asn_call_alloc(call, v_count ? v_count : 1, 1);
    asn_out_cell *cells = asn_call_alloc(call, (v_count ? v_count : 1) * 2, sizeof *cells);
    unsigned char *used = asn_call_alloc(call, k ? k : 1, 1);
    if (!standards || !required || !placed || !taken || !cells || !used)
        goto done;
    memset(used, 0, k ? k : 1); /* asn_call_alloc does not clear: the columns any position requires are or-ed in */
    for (size_t v = 0; v < v_count; v++) {
        const char *p = asn_code_text(call, &positions.cell[v]);
        long pi = p ? asn_kamus_find_position(d.kamus, p) : -1;
        int has = pi >= 0 ? position_standard(call, d.kamus, pi, competency, k, required + v * k) : 0;
        if (has < 0)
            goto done;
        standards[v].required = has ? required + v * k : NULL; /* unknown or without standar: unfilled */
        for (size_t c = 0; has && c < k; c++)
            used[c] |= required[v * k + c] > 0.0;
    }
    if (!levels_as_numbers(call, &level_cells, used, &levels))
        goto done;
    if (!asn_placement(standards, v_count, &levels, eligible, minimum, placed, taken, &call->status))
        goto done;
    for (size_t v = 0; v < v_count; v++) {
        cells[2 * v] = taken[v] ? (asn_out_cell){ ASN_OUT_NUMBER, (double)(placed[v].row + 1), NULL }
                                : (asn_out_cell){ ASN_OUT_EMPTY, 0.0, NULL };
        cells[2 * v + 1] = taken[v] ? (asn_out_cell){ ASN_OUT_NUMBER, placed[v].jpm, NULL }
                                    : (asn_out_cell){ ASN_OUT_EMPTY, 0.0, NULL };
    }
    asn_return_table(call, v_count, 2, cells);
done:
    asn_kamus_release(d.kamus);
}
