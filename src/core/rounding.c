#include "rounding.h"

#include <math.h>

static const double powers[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9 };

/* The scaled value rounded half away from zero; a fraction within a relative 1e-12 of one half
 * counts as exactly one half (the representation error of a typed decimal such as 2.005). */
static double round_scaled(double v)
{
    double a = fabs(v), f = floor(a), frac = a - f;
    double r = (fabs(frac - 0.5) <= 1e-12 * fmax(1.0, a)) ? f + 1.0 : floor(a + 0.5);
    return copysign(r, v);
}

double asn_round(double x, int decimals)
{
    if (decimals < 0 || decimals > 9 || !isfinite(x))
        return x;
    double scaled = x * powers[decimals];
    if (fabs(scaled) >= 4503599627370496.0) /* 2^52: no fraction left to round */
        return x;
    return round_scaled(scaled) / powers[decimals];
}

int asn_scaled_integer(double x, int decimals, long long *out)
{
    if (decimals < 0 || decimals > 9 || !isfinite(x))
        return 0;
    double r = round_scaled(x * powers[decimals]);
    if (!(fabs(r) < 4611686018427387904.0)) /* 2^62 */
        return 0;
    *out = (long long)r;
    return 1;
}
