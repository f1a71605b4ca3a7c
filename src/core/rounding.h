/* Rounding as Calc's ROUND(x; d) rounds: halves away from zero, with a decimal value such as 2.005
 * (stored as 2.00499999...) treated as the half it was typed as. */
#ifndef ASN_ROUNDING_H
#define ASN_ROUNDING_H

/* x rounded to `decimals` places (0..9). */
double asn_round(double x, int decimals);

/* x * 10^decimals rounded to a whole number as asn_round does (for cents: decimals = 2).
 * Returns 0 when the result does not fit in 62 bits. */
int asn_scaled_integer(double x, int decimals, long long *out);

#endif
