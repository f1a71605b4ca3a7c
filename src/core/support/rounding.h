/* Rounding as Calc's ROUND(x; d) rounds what the user typed: halves away from zero, exactly in decimal, with x
 * read at the 15 significant digits Calc shows (so 2.005, stored as 2.00499999..., is the half it was typed
 * as). Rules D1-D2 in rounding.c. */
#ifndef ASN_ROUNDING_H
#define ASN_ROUNDING_H

#include <stddef.h>

/* The largest magnitude asn_scaled_integer answers: 2^62. */
#define ASN_SCALED_MAX 4611686018427387904LL

/* x rounded to `decimals` places (0..9). */
double asn_round(double x, int decimals);

/* x * 10^decimals rounded to a whole number as asn_round does (for cents: decimals = 2).
 * Returns 0 when x is not finite or the result exceeds ASN_SCALED_MAX in magnitude. */
int asn_scaled_integer(double x, int decimals, long long *out);

/* v rounded as ROUND(v; decimals) and written with exactly `decimals` decimals, in the C locale (D3). Returns the
 * length, or -1 when it does not fit in `cap`. */
int asn_fixed_text(double v, int decimals, char *buf, size_t cap);

/* The number of decimals x has at 15 significant digits (2.5 -> 1, 1.0000001 -> 7, 300 -> 0). */
int asn_decimals(double x);

#endif
