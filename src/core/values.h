/* How arguments look once the binding has unpacked them from Calc: plain C, no UNO.
 *
 * The contract's conventions (docs/functions.md, "General conventions") that shape these types:
 *   - an empty cell or an empty string is *blank*;
 *   - TRUE/FALSE arrive as 1/0;
 *   - text where a number is expected is an error, never a silent 0 (the binding refuses it before
 *     an asn_numbers is ever built, naming the argument and the cell). */
#ifndef ASN_VALUES_H
#define ASN_VALUES_H

#include <stddef.h>

#include "support/status.h"

/* One value of a single-value argument. An omitted optional argument is ASN_VALUE_BLANK. */
typedef enum { ASN_VALUE_BLANK, ASN_VALUE_NUMBER, ASN_VALUE_TEXT } asn_value_kind;

typedef struct {
    asn_value_kind kind;
    double number;    /* ASN_VALUE_NUMBER: always finite */
    const char *text; /* ASN_VALUE_TEXT: UTF-8, NUL-terminated, never empty */
} asn_value;

/* A numeric range: rows x cols cells in reading order. blank[i] != 0 marks a blank cell, whose
 * value[i] is 0.0 (so a blank counted "as 0" needs no special case). All values are finite. */
typedef struct {
    size_t rows, cols;
    const double *value;
    const unsigned char *blank;
} asn_numbers;

/* A range of any cells (numbers, texts, blanks), rows x cols in reading order. */
typedef struct {
    size_t rows, cols;
    const asn_value *cell;
} asn_cells;

static inline size_t asn_numbers_count(const asn_numbers *r) { return r->rows * r->cols; }

/* A whole number in [min, max]; a blank value gives `fallback`. `what` names the argument in the message. */
int asn_value_to_whole(const asn_value *v, long min, long max, long fallback, long *out,
                       const char *what, asn_status *st);

/* A required number (blank is an error: the contract has no default for it). */
int asn_value_to_number(const asn_value *v, double *out, const char *what, asn_status *st);

/* A logical flag: TRUE/FALSE, 1/0 or blank (-> fallback). Anything else is an error. */
int asn_value_to_flag(const asn_value *v, int fallback, int *out, const char *what, asn_status *st);

/* A power of two p with the largest |x[i]| / p in [1, 2) (1 when every x[i] is 0). Dividing by it is exact
 * (barring values below 2^-1022 times it, which vanish next to the largest) and brings every value into
 * (-2, 2), so sums and differences of them cannot overflow: weights of 1E+308 are as valid as weights of 1. */
double asn_power_of_two_scale(const double *x, size_t n);

/* A yes/no as HR sheets write it: blank, 0, FALSE or "tidak" = no; 1, TRUE or "ya" = yes. Anything else is
 * an error. */
int asn_value_to_yes_no(const asn_value *v, int *out, const char *what, asn_status *st);

#endif
