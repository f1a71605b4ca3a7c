/* Rounding as Calc's ROUND does it for what the user typed, in exact decimal arithmetic (rounding.h).
 *
 * A double such as 2.005 is not the decimal the user typed (it is 2.00499999999999989...). Calc shows and
 * rounds numbers at 15 significant digits, so the rule here is exact and documented, with no tolerance:
 *  D1. The value is read as its decimal with 15 significant digits (%.14e: what Calc shows for it, and what
 *      was typed whenever 15 digits or fewer were typed).
 *  D2. That decimal is rounded at the wanted decimal place, half away from zero, in integer arithmetic.
 * So 2.005 -> 2.01, 0.125 -> 0.13, and 5,000,000,000 stays 5,000,000,000.00 (a relative tolerance around
 * one half would add a cent to every cost of Rp 5,000,000,000 or more).
 *  D3. A number written with fixed decimals (asn_fixed_text) is rounded by D1-D2 first and printed after, in
 *      the C locale (locale_free.c): printf would round a half (0.125 to 2 decimals) to even on glibc (0.12) and
 *      away from zero on Windows (0.13). */
#include "rounding.h"

#include <math.h>
#include <stdlib.h>

#include "locale_free.h"

static const long long powers[] = { 1LL, 10LL, 100LL, 1000LL, 10000LL, 100000LL, 1000000LL, 10000000LL, 100000000LL,
                                    1000000000LL, 10000000000LL, 100000000000LL, 1000000000000LL, 10000000000000LL,
                                    100000000000000LL, 1000000000000000LL, 10000000000000000LL,
                                    100000000000000000LL, 1000000000000000000LL };
enum { MAX_POWER = 18 };

/* D1: |x| = digits * 10^(exponent - 14) with digits a 15-digit whole number (0 for x = 0). */
static int decimal_of(double x, long long *digits, int *exponent)
{
    char buf[40];
    if (!isfinite(x) || asn_format(buf, sizeof buf, "%.14e", fabs(x)) <= 0)
        return 0;
    long long d = 0;
    const char *p = buf;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9')
            d = d * 10 + (*p - '0');
    if (*p != 'e')
        return 0;
    int sign = p[1] == '-' ? -1 : 1, e = 0;
    for (p += 2; *p >= '0' && *p <= '9'; p++)
        e = e * 10 + (*p - '0');
    *digits = d;
    *exponent = sign * e;
    return 1;
}

/* D2: round(digits * 10^shift) half away from zero, for shift < 0; digits < 10^15. */
static long long round_down_shift(long long digits, int shift)
{
    if (-shift > 15)
        return 0; /* digits * 10^shift < 0.1: rounds to 0 */
    long long p = powers[-shift], q = digits / p, r = digits % p;
    return 2 * r >= p ? q + 1 : q;
}

double asn_round(double x, int decimals)
{
    long long digits;
    int exponent;
    if (decimals < 0 || decimals > 9 || !decimal_of(x, &digits, &exponent))
        return x;
    int shift = exponent - 14 + decimals;
    if (shift >= 0 || digits == 0)
        return x; /* no digit beyond the wanted decimal place */
    double r = (double)round_down_shift(digits, shift) / (double)powers[decimals];
    return copysign(r, x);
}

int asn_scaled_integer(double x, int decimals, long long *out)
{
    long long digits;
    int exponent;
    if (decimals < 0 || decimals > 9 || !decimal_of(x, &digits, &exponent))
        return 0;
    int shift = exponent - 14 + decimals;
    long long v;
    if (digits == 0) {
        v = 0;
    } else if (shift >= 0) {
        if (shift > MAX_POWER || digits > ASN_SCALED_MAX / powers[shift])
            return 0;
        v = digits * powers[shift];
    } else {
        v = round_down_shift(digits, shift);
    }
    if (v > ASN_SCALED_MAX)
        return 0;
    *out = x < 0 ? -v : v;
    return 1;
}

int asn_decimals(double x)
{
    long long digits;
    int exponent;
    if (!decimal_of(x, &digits, &exponent) || digits == 0)
        return 0;
    int trailing = 0;
    while (digits % 10 == 0) {
        digits /= 10;
        trailing++;
    }
    int decimals = 14 - exponent - trailing;
    return decimals > 0 ? decimals : 0;
}

int asn_fixed_text(double v, int decimals, char *buf, size_t cap)
{
    if (decimals >= 0 && decimals <= 9 && isfinite(v))
        v = asn_round(v, decimals); /* D3 */
    int n = asn_format(buf, cap, "%.*f", decimals, v);
    return n >= 0 && (size_t)n < cap ? n : -1; /* a text that does not fit is refused, not cut */
}
