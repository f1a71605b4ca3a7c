/* One call of a spreadsheet function, as the handlers see it.
 *
 * A handler unpacks its arguments with asn_arg_*, hands plain C arrays to the core (src/core), and
 * answers with asn_return_*. It never sees a UNO type: everything UNO stays in arguments.c (arguments and
 * results) and addin.c (the object and its dispatcher). A failed decoder or core check leaves its
 * message in call->status; the dispatcher turns it into the exception the contract asks for. */
#ifndef ASN_BINDING_ARGUMENTS_H
#define ASN_BINDING_ARGUMENTS_H

#include <stddef.h>

#include "../core/support/status.h"
#include "../core/values.h"

typedef enum { ASN_PARAM_RANGE, ASN_PARAM_VALUE, ASN_PARAM_DOCUMENT } asn_param_kind;

enum { ASN_LANG_EN = 0, ASN_LANG_ID = 1, ASN_LANG_COUNT };

typedef struct {
    const char *name; /* the IDL parameter name, also the .xcu node name */
    asn_param_kind kind;
    const char *display[ASN_LANG_COUNT];
    const char *description[ASN_LANG_COUNT];
} asn_param_info;

typedef struct asn_call asn_call;

typedef struct {
    const char *method;   /* programmatic name: never changes once released */
    const char *name;     /* display name, ASN..., the same in every language */
    const char *category;
    void (*handler)(asn_call *call);
    int param_count;
    const asn_param_info *params;
    const char *description[ASN_LANG_COUNT];
} asn_function_info;

/* The generated table (src/binding/function_table.c, from idl/functions.toml). */
extern const asn_function_info asn_functions[];
extern const size_t asn_function_count;

/* Scratch memory that lives for one call: a small buffer on the dispatcher's stack, then the heap. */
#define ASN_SCRATCH_INLINE 8192
typedef struct asn_scratch_block asn_scratch_block;
typedef struct {
    _Alignas(16) unsigned char buffer[ASN_SCRATCH_INLINE];
    size_t used;
    asn_scratch_block *blocks;
} asn_scratch;

struct asn_call {
    const asn_function_info *fn;
    void **args;   /* the UNO argument pointers, in IDL order */
    void *result;  /* the uno_Any the function's result is constructed into */
    int has_result;
    asn_status status;
    asn_scratch scratch;
};

/* count * size bytes of call-lifetime memory, 16-byte aligned, or NULL (status set) when too large. */
void *asn_call_alloc(asn_call *call, size_t count, size_t size);
void asn_call_free_scratch(asn_call *call);

/* Argument decoders: 1 on success, 0 with call->status set. `index` is the 0-based IDL position. */
int asn_arg_value(asn_call *call, int index, asn_value *out);
int asn_arg_numbers(asn_call *call, int index, asn_numbers *out);
/* Nonzero when optional argument `index` was omitted or left empty (;;), or is a single empty value, so that
 * its default applies. A range (even a 1x1 range of an empty cell) is never omitted. */
int asn_arg_omitted(asn_call *call, int index);
/* Any cells: numbers, texts and blanks. An omitted optional argument is one blank cell. */
int asn_arg_cells(asn_call *call, int index, asn_cells *out);
/* The shape of argument `index` (1 x 1 for a single value), without reading its cells. */
void asn_arg_shape(asn_call *call, int index, size_t *rows, size_t *cols);
/* The number of rows of range argument `index`, without reading its cells (benchmarks only). */
size_t asn_arg_range_rows(asn_call *call, int index);

/* Results. A non-finite number is refused with Err:502 (the contract's "never NaN or Inf"). */
typedef enum { ASN_OUT_EMPTY, ASN_OUT_NUMBER, ASN_OUT_TEXT } asn_out_kind;
typedef struct {
    asn_out_kind kind;  /* ASN_OUT_EMPTY shows as an empty string */
    double number;
    const char *text;   /* UTF-8 */
} asn_out_cell;

void asn_return_number(asn_call *call, double value);
void asn_return_text(asn_call *call, const char *utf8);
void asn_return_table(asn_call *call, size_t rows, size_t cols, const asn_out_cell *cells);
/* Rows of argument `index` copied as they are (numbers and texts kept, blanks as empty strings),
 * in the order order[0..count-1], each preceded by a column holding first[i]. */
void asn_return_rows_of(asn_call *call, int index, const size_t *order, const double *first, size_t count);
/* Nothing found: the cell shows #N/A. */
void asn_return_not_found(asn_call *call, const char *why);

#endif
