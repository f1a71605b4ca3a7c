/* Arguments in, results out: the only place that reads UNO values for the handlers.
 *
 * What Calc passes to an add-in method (LibreOffice sc/source/core/tool/addincol.cxx):
 *   sequence<sequence<any>>  rows x columns; numbers as double, text as string, empty cells as "",
 *                            TRUE as 1; a scalar is 1x1
 *   any                      number -> double, text -> string, omitted -> void, a range or inline
 *                            array -> [][]any
 * Every decoder validates up front and names the argument and the cell it refuses, so that the
 * user's Err:502 comes with a precise message. */
#include "arguments.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "types.h"
#include "../core/support/locale_free.h"
#include "uno.h"

struct asn_scratch_block {
    asn_scratch_block *next;
    _Alignas(16) unsigned char data[];
};

/* A call may not allocate more than this much scratch memory: the largest sheet (1,048,576 rows x
 * 16,384 columns) cannot be passed whole anyway, and a bound keeps a runaway size from exhausting
 * the memory the user's Calc needs. */
#define ASN_SCRATCH_LIMIT ((size_t)4 << 30)

void *asn_call_alloc(asn_call *call, size_t count, size_t size)
{
    if (size != 0 && count > (SIZE_MAX - 16) / size)
        goto too_large;
    size_t bytes = (count * size + 15) & ~(size_t)15;
    if (bytes == 0)
        bytes = 16;
    asn_scratch *s = &call->scratch;
    if (bytes <= ASN_SCRATCH_INLINE - s->used) {
        void *p = s->buffer + s->used;
        s->used += bytes;
        return p;
    }
    if (bytes > ASN_SCRATCH_LIMIT)
        goto too_large;
    asn_scratch_block *b = malloc(sizeof *b + bytes);
    if (!b)
        goto too_large;
    b->next = s->blocks;
    s->blocks = b;
    return b->data;
too_large:
    asn_fail(&call->status, ASN_INVALID, "the arguments are too large to process (%zu x %zu bytes)", count, size);
    return NULL;
}

void asn_call_free_scratch(asn_call *call)
{
    asn_scratch_block *b = call->scratch.blocks;
    while (b) {
        asn_scratch_block *next = b->next;
        free(b);
        b = next;
    }
    call->scratch.blocks = NULL;
    call->scratch.used = 0;
}

/* ---- text ---------------------------------------------------------------------------------- */

/* UTF-16 (as Calc holds text) to NUL-terminated UTF-8 in scratch memory. A lone surrogate or an
 * embedded NUL becomes U+FFFD, so that a C string never ends early. */
static const char *utf8_from_utf16(asn_call *call, const sal_Unicode *s, sal_Int32 length)
{
    char *out = asn_call_alloc(call, (size_t)length * 3 + 1, 1);
    if (!out)
        return NULL;
    char *p = out;
    for (sal_Int32 i = 0; i < length; i++) {
        uint32_t c = s[i];
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < length && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
            c = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
            i++;
        } else if ((c >= 0xD800 && c <= 0xDFFF) || c == 0) {
            c = 0xFFFD;
        }
        if (c < 0x80) {
            *p++ = (char)c;
        } else if (c < 0x800) {
            *p++ = (char)(0xC0 | (c >> 6));
            *p++ = (char)(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            *p++ = (char)(0xE0 | (c >> 12));
            *p++ = (char)(0x80 | ((c >> 6) & 0x3F));
            *p++ = (char)(0x80 | (c & 0x3F));
        } else {
            *p++ = (char)(0xF0 | (c >> 18));
            *p++ = (char)(0x80 | ((c >> 12) & 0x3F));
            *p++ = (char)(0x80 | ((c >> 6) & 0x3F));
            *p++ = (char)(0x80 | (c & 0x3F));
        }
    }
    *p = '\0';
    return out;
}

/* ---- values -------------------------------------------------------------------------------- */

static const char *param_name(const asn_call *call, int index) { return call->fn->params[index].name; }

/* A "where" suffix for messages: "" for a single value, " (cell 3)" inside a range. */
static void where(char *buf, size_t cap, size_t cell)
{
    if (cell == 0)
        buf[0] = '\0';
    else
        asn_format(buf, cap, " (cell %zu)", cell);
}

/* Decodes one scalar UNO value. `cell` is the 1-based position inside a range, or 0 for a single
 * value (for messages only). A nested range is the caller's business: this answers it as an error. */
static int decode_scalar(asn_call *call, const uno_Any *a, int index, size_t cell, asn_value *out)
{
    char at[48];
    double d;
    out->text = NULL;
    out->number = 0.0;
    switch (a->pType->eTypeClass) {
    case typelib_TypeClass_VOID:
        out->kind = ASN_VALUE_BLANK;
        return 1;
    case typelib_TypeClass_STRING: {
        const rtl_uString *s = *(rtl_uString *const *)a->pData;
        if (s->length == 0) {
            out->kind = ASN_VALUE_BLANK; /* an empty cell or an empty string is blank */
            return 1;
        }
        out->kind = ASN_VALUE_TEXT;
        out->text = utf8_from_utf16(call, s->buffer, s->length);
        return out->text != NULL;
    }
    case typelib_TypeClass_DOUBLE: d = *(const double *)a->pData; break;
    case typelib_TypeClass_FLOAT: d = *(const float *)a->pData; break;
    case typelib_TypeClass_BOOLEAN: d = *(const sal_Bool *)a->pData ? 1.0 : 0.0; break;
    case typelib_TypeClass_BYTE: d = *(const sal_Int8 *)a->pData; break;
    case typelib_TypeClass_SHORT: d = *(const sal_Int16 *)a->pData; break;
    case typelib_TypeClass_UNSIGNED_SHORT: d = *(const sal_uInt16 *)a->pData; break;
    case typelib_TypeClass_LONG: d = *(const sal_Int32 *)a->pData; break;
    case typelib_TypeClass_UNSIGNED_LONG: d = *(const sal_uInt32 *)a->pData; break;
    case typelib_TypeClass_HYPER: d = (double)*(const sal_Int64 *)a->pData; break;
    case typelib_TypeClass_UNSIGNED_HYPER: d = (double)*(const sal_uInt64 *)a->pData; break;
    default:
        where(at, sizeof at, cell);
        return asn_fail(&call->status, ASN_INVALID, "%s%s: a value of an unsupported kind", param_name(call, index), at);
    }
    if (!isfinite(d)) {
        where(at, sizeof at, cell);
        return asn_fail(&call->status, ASN_INVALID, "%s%s: not a finite number", param_name(call, index), at);
    }
    out->kind = ASN_VALUE_NUMBER;
    out->number = d;
    return 1;
}

/* The rows of a sequence<sequence<any>>, checked to be rectangular. */
typedef struct {
    size_t rows, cols;
    uno_Sequence *const *row;
} range_view;

static int view_range(asn_call *call, int index, const uno_Sequence *outer, range_view *v)
{
    v->rows = (size_t)outer->nElements;
    v->row = (uno_Sequence *const *)outer->elements;
    v->cols = v->rows ? (size_t)v->row[0]->nElements : 0;
    for (size_t r = 1; r < v->rows; r++)
        if ((size_t)v->row[r]->nElements != v->cols)
            return asn_fail(&call->status, ASN_INVALID, "%s: the rows of the array differ in length", param_name(call, index));
    return 1;
}

static int is_any_matrix(const uno_Any *a)
{
    return a->pType->eTypeClass == typelib_TypeClass_SEQUENCE &&
           typelib_typedescriptionreference_equals(a->pType, asn_type_any_matrix());
}

/* Finds the range behind argument `index`: a range parameter always is one; a value parameter is
 * one when Calc passed a range or an inline array. Returns 0 when the argument is a single value. */
static int argument_range(asn_call *call, int index, const uno_Sequence **outer)
{
    if (call->fn->params[index].kind == ASN_PARAM_RANGE) {
        *outer = *(uno_Sequence *const *)call->args[index];
        return 1;
    }
    const uno_Any *a = call->args[index];
    if (is_any_matrix(a)) {
        *outer = *(uno_Sequence *const *)a->pData;
        return 1;
    }
    return 0;
}

int asn_arg_value(asn_call *call, int index, asn_value *out)
{
    const uno_Sequence *outer;
    if (argument_range(call, index, &outer)) {
        range_view v;
        if (!view_range(call, index, outer, &v))
            return 0;
        if (v.rows != 1 || v.cols != 1)
            return asn_fail(&call->status, ASN_INVALID, "%s takes a single value, not a range of %zu cells",
                            param_name(call, index), v.rows * v.cols);
        return decode_scalar(call, (const uno_Any *)v.row[0]->elements, index, 0, out);
    }
    const uno_Any *a = call->args[index];
    if (a->pType->eTypeClass == typelib_TypeClass_SEQUENCE)
        return asn_fail(&call->status, ASN_INVALID, "%s takes a single value, not an array", param_name(call, index));
    return decode_scalar(call, a, index, 0, out);
}

int asn_arg_numbers(asn_call *call, int index, asn_numbers *out)
{
    const uno_Sequence *outer;
    range_view v;
    if (!argument_range(call, index, &outer)) {
        /* A single value where a range is allowed: a 1x1 range. */
        const uno_Any *a = call->args[index];
        asn_value one;
        if (a->pType->eTypeClass == typelib_TypeClass_SEQUENCE)
            return asn_fail(&call->status, ASN_INVALID, "%s: an array of an unsupported kind", param_name(call, index));
        if (!decode_scalar(call, a, index, 1, &one))
            return 0;
        if (one.kind == ASN_VALUE_TEXT)
            return asn_fail(&call->status, ASN_INVALID, "%s must be a number, not the text \"%s\"", param_name(call, index), one.text);
        double *value = asn_call_alloc(call, 1, sizeof *value);
        unsigned char *blank = asn_call_alloc(call, 1, 1);
        if (!value || !blank)
            return 0;
        *value = one.number;
        *blank = one.kind == ASN_VALUE_BLANK;
        *out = (asn_numbers){ 1, 1, value, blank };
        return 1;
    }
    if (!view_range(call, index, outer, &v))
        return 0;
    size_t n = v.rows * v.cols;
    double *value = asn_call_alloc(call, n, sizeof *value);
    unsigned char *blank = asn_call_alloc(call, n, 1);
    if (!value || !blank)
        return 0;
    size_t k = 0;
    for (size_t r = 0; r < v.rows; r++) {
        const uno_Any *cell = (const uno_Any *)v.row[r]->elements;
        for (size_t c = 0; c < v.cols; c++, k++) {
            const uno_Any *a = &cell[c];
            /* The common case first: a number, read without the general decoder. */
            if (a->pType->eTypeClass == typelib_TypeClass_DOUBLE) {
                double d = *(const double *)a->pData;
                if (!isfinite(d))
                    return asn_fail(&call->status, ASN_INVALID, "%s (cell %zu): not a finite number", param_name(call, index), k + 1);
                value[k] = d;
                blank[k] = 0;
                continue;
            }
            asn_value x;
            if (!decode_scalar(call, a, index, k + 1, &x))
                return 0;
            if (x.kind == ASN_VALUE_TEXT)
                return asn_fail(&call->status, ASN_INVALID, "%s (cell %zu, row %zu, column %zu) holds the text \"%s\" where a number belongs",
                                param_name(call, index), k + 1, r + 1, c + 1, x.text);
            value[k] = x.number; /* 0.0 for a blank */
            blank[k] = x.kind == ASN_VALUE_BLANK;
        }
    }
    *out = (asn_numbers){ v.rows, v.cols, value, blank };
    return 1;
}

int asn_arg_omitted(asn_call *call, int index)
{
    /* A range is given, even a 1x1 range holding an empty cell (B5:B5): it is one blank cell, not "omitted"
     * (the contract recognises blanks inside ranges). Only a missing argument (void) or an empty single value
     * takes the default. */
    const uno_Sequence *outer;
    if (argument_range(call, index, &outer))
        return 0;
    const uno_Any *a = call->args[index];
    return a->pType->eTypeClass == typelib_TypeClass_VOID ||
           (a->pType->eTypeClass == typelib_TypeClass_STRING && (*(rtl_uString *const *)a->pData)->length == 0);
}

int asn_arg_cells(asn_call *call, int index, asn_cells *out)
{
    const uno_Sequence *outer;
    range_view v;
    if (!argument_range(call, index, &outer)) {
        asn_value *one = asn_call_alloc(call, 1, sizeof *one);
        if (!one || !asn_arg_value(call, index, one))
            return 0;
        *out = (asn_cells){ 1, 1, one };
        return 1;
    }
    if (!view_range(call, index, outer, &v))
        return 0;
    asn_value *cell = asn_call_alloc(call, v.rows * v.cols, sizeof *cell);
    if (!cell)
        return 0;
    for (size_t r = 0, k = 0; r < v.rows; r++) {
        const uno_Any *a = (const uno_Any *)v.row[r]->elements;
        for (size_t c = 0; c < v.cols; c++, k++)
            if (!decode_scalar(call, &a[c], index, k + 1, &cell[k]))
                return 0;
    }
    *out = (asn_cells){ v.rows, v.cols, cell };
    return 1;
}

void asn_arg_shape(asn_call *call, int index, size_t *rows, size_t *cols)
{
    const uno_Sequence *outer;
    range_view v;
    *rows = *cols = 1;
    if (argument_range(call, index, &outer) && view_range(call, index, outer, &v)) {
        *rows = v.rows;
        *cols = v.cols;
    }
}

size_t asn_arg_range_rows(asn_call *call, int index)
{
    const uno_Sequence *outer;
    return argument_range(call, index, &outer) ? (size_t)outer->nElements : 1;
}

/* ---- results ------------------------------------------------------------------------------- */

void asn_return_number(asn_call *call, double value)
{
    if (!isfinite(value)) {
        asn_fail(&call->status, ASN_INVALID, "the result is not a finite number");
        return;
    }
    uno_type_any_construct(call->result, &value, asn_type_double(), NULL);
    call->has_result = 1;
}

static rtl_uString *ustring_from_utf8(const char *utf8)
{
    rtl_uString *s = NULL;
    rtl_string2UString(&s, utf8, (sal_Int32)strlen(utf8), RTL_TEXTENCODING_UTF8, OSTRING_TO_OUSTRING_CVTFLAGS);
    return s;
}

void asn_return_text(asn_call *call, const char *utf8)
{
    rtl_uString *s = ustring_from_utf8(utf8);
    uno_type_any_construct(call->result, &s, asn_type_string(), NULL);
    rtl_uString_release(s);
    call->has_result = 1;
}

/* Puts one result cell into a default-constructed (void) Any. */
static void put_cell(uno_Any *a, const asn_out_cell *cell, rtl_uString *empty)
{
    uno_any_destruct(a, NULL);
    if (cell->kind == ASN_OUT_NUMBER) {
        uno_type_any_construct(a, (void *)&cell->number, asn_type_double(), NULL);
    } else if (cell->kind == ASN_OUT_TEXT) {
        rtl_uString *s = ustring_from_utf8(cell->text);
        uno_type_any_construct(a, &s, asn_type_string(), NULL);
        rtl_uString_release(s);
    } else {
        uno_type_any_construct(a, &empty, asn_type_string(), NULL);
    }
}

/* Builds a sequence<sequence<any>> result of rows x cols; fill_row puts row r's values into its (void)
 * Anys; `empty` is an empty string for the cells that show nothing. */
static void return_any_matrix(asn_call *call, size_t rows, size_t cols,
                              void (*fill_row)(uno_Any *row, size_t r, rtl_uString *empty, const void *ctx),
                              const void *ctx)
{
    uno_Sequence *outer = NULL;
    if (!uno_type_sequence_construct(&outer, asn_type_any_matrix(), NULL, (sal_Int32)rows, NULL)) {
        asn_fail(&call->status, ASN_INVALID, "not enough memory for the result");
        return;
    }
    rtl_uString *empty = NULL;
    rtl_uString_new(&empty);
    uno_Sequence **slot = (uno_Sequence **)outer->elements;
    for (size_t r = 0; r < rows; r++) {
        uno_Sequence *row = NULL;
        if (!uno_type_sequence_construct(&row, asn_type_any_row(), NULL, (sal_Int32)cols, NULL)) {
            asn_fail(&call->status, ASN_INVALID, "not enough memory for the result");
            break;
        }
        fill_row((uno_Any *)row->elements, r, empty, ctx);
        uno_type_destructData(&slot[r], asn_type_any_row(), NULL); /* the empty row it held */
        slot[r] = row;
    }
    rtl_uString_release(empty);
    if (call->status.code == ASN_OK) {
        uno_type_any_construct(call->result, &outer, asn_type_any_matrix(), NULL);
        call->has_result = 1;
    }
    uno_type_destructData(&outer, asn_type_any_matrix(), NULL);
}

/* A result of numbers only travels as sequence<sequence<double>>: LibreOffice's bridge copies it
 * in one block per row instead of converting every Any, which is most of an array result's cost. */
static int return_number_table(asn_call *call, size_t rows, size_t cols, const asn_out_cell *cells)
{
    uno_Sequence *outer = NULL;
    if (!uno_type_sequence_construct(&outer, asn_type_double_matrix(), NULL, (sal_Int32)rows, NULL))
        return asn_fail(&call->status, ASN_INVALID, "not enough memory for the result");
    uno_Sequence **slot = (uno_Sequence **)outer->elements;
    for (size_t r = 0; r < rows; r++) {
        uno_Sequence *row = NULL;
        if (!uno_type_sequence_construct(&row, asn_type_double_row(), NULL, (sal_Int32)cols, NULL)) {
            uno_type_destructData(&outer, asn_type_double_matrix(), NULL);
            return asn_fail(&call->status, ASN_INVALID, "not enough memory for the result");
        }
        double *v = (double *)row->elements;
        for (size_t c = 0; c < cols; c++)
            v[c] = cells[r * cols + c].number;
        uno_type_destructData(&slot[r], asn_type_double_row(), NULL); /* the empty row it held */
        slot[r] = row;
    }
    uno_type_any_construct(call->result, &outer, asn_type_double_matrix(), NULL);
    uno_type_destructData(&outer, asn_type_double_matrix(), NULL);
    call->has_result = 1;
    return 1;
}

typedef struct {
    const asn_out_cell *cells;
    size_t cols;
} table_context;

static void fill_table_row(uno_Any *row, size_t r, rtl_uString *empty, const void *context)
{
    const table_context *ctx = context;
    for (size_t c = 0; c < ctx->cols; c++)
        put_cell(&row[c], &ctx->cells[r * ctx->cols + c], empty);
}

void asn_return_table(asn_call *call, size_t rows, size_t cols, const asn_out_cell *cells)
{
    int all_numbers = 1;
    for (size_t i = 0; i < rows * cols; i++) {
        if (cells[i].kind != ASN_OUT_NUMBER) {
            all_numbers = 0;
        } else if (!isfinite(cells[i].number)) {
            asn_fail(&call->status, ASN_INVALID, "result cell %zu is not a finite number", i + 1);
            return;
        }
    }
    if (rows == 0 || cols == 0 || rows > INT32_MAX || cols > INT32_MAX) {
        asn_fail(&call->status, ASN_INVALID, "the result has no cells or too many");
        return;
    }
    if (all_numbers) {
        return_number_table(call, rows, cols, cells);
        return;
    }
    table_context ctx = { cells, cols };
    return_any_matrix(call, rows, cols, fill_table_row, &ctx);
}

typedef struct {
    const range_view *v;
    const uno_Any *single;
    const size_t *order;
    const double *first;
} rows_of_context;

/* Row r of asn_return_rows_of: the first value, then a copy of the chosen input row (void -> ""). */
static void fill_copied_row(uno_Any *out, size_t r, rtl_uString *empty, const void *context)
{
    const rows_of_context *ctx = context;
    const uno_Any *in = ctx->single ? ctx->single : (const uno_Any *)ctx->v->row[ctx->order[r]]->elements;
    uno_any_destruct(&out[0], NULL);
    uno_type_any_construct(&out[0], (void *)&ctx->first[r], asn_type_double(), NULL);
    for (size_t c = 0; c < ctx->v->cols; c++) {
        uno_any_destruct(&out[c + 1], NULL);
        if (in[c].pType->eTypeClass == typelib_TypeClass_VOID)
            uno_type_any_construct(&out[c + 1], &empty, asn_type_string(), NULL);
        else
            uno_type_any_construct(&out[c + 1], in[c].pData, in[c].pType, NULL); /* a copy, shared text */
    }
}

void asn_return_rows_of(asn_call *call, int index, const size_t *order, const double *first, size_t count)
{
    const uno_Sequence *outer;
    range_view v;
    const uno_Any *single = NULL;
    if (argument_range(call, index, &outer)) {
        if (!view_range(call, index, outer, &v))
            return;
    } else {
        single = call->args[index]; /* a single value: a 1x1 table */
        v.rows = v.cols = 1;
    }
    size_t cols = v.cols + 1;
    if (count == 0 || count > INT32_MAX || cols > INT32_MAX) {
        asn_fail(&call->status, ASN_INVALID, "the result has no cells or too many");
        return;
    }
    /* Rows of numbers only take the [][]double path (see return_number_table). */
    int all_numbers = 1;
    for (size_t i = 0; i < count && all_numbers; i++) {
        const uno_Any *in = single ? single : (const uno_Any *)v.row[order[i]]->elements;
        for (size_t c = 0; c < v.cols; c++)
            if (in[c].pType->eTypeClass != typelib_TypeClass_DOUBLE)
                all_numbers = 0;
    }
    if (all_numbers) {
        asn_out_cell *cells = asn_call_alloc(call, count, cols * sizeof *cells);
        if (!cells)
            return;
        for (size_t i = 0; i < count; i++) {
            const uno_Any *in = single ? single : (const uno_Any *)v.row[order[i]]->elements;
            cells[i * cols] = (asn_out_cell){ ASN_OUT_NUMBER, first[i], NULL };
            for (size_t c = 0; c < v.cols; c++)
                cells[i * cols + c + 1] = (asn_out_cell){ ASN_OUT_NUMBER, *(const double *)in[c].pData, NULL };
        }
        asn_return_table(call, count, cols, cells);
        return;
    }
    rows_of_context ctx = { &v, single, order, first };
    return_any_matrix(call, count, cols, fill_copied_row, &ctx);
}

void asn_return_not_found(asn_call *call, const char *why)
{
    asn_fail(&call->status, ASN_NOT_FOUND, "%s", why);
}
