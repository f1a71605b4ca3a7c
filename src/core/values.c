#include "values.h"

#include <limits.h>
#include <math.h>

#include "support/labels.h"

int asn_value_to_whole(const asn_value *v, long min, long max, long fallback, long *out,
                       const char *what, asn_status *st)
{
    switch (v->kind) {
    case ASN_VALUE_BLANK:
        *out = fallback;
        return 1;
    case ASN_VALUE_NUMBER:
        /* Converted only once it is known to fit in a long: (double)LONG_MAX rounds up to 2^63, so a bound
         * check against it alone would let 2^63 through to an undefined conversion. -(double)LONG_MIN is
         * exact (a power of two). */
        if (v->number != floor(v->number) || v->number < (double)LONG_MIN || v->number >= -(double)LONG_MIN ||
            (long)v->number < min || (long)v->number > max)
            return asn_fail(st, ASN_INVALID, "%s must be a whole number from %ld to %ld, not %.15g",
                            what, min, max, v->number);
        *out = (long)v->number;
        return 1;
    case ASN_VALUE_TEXT:
    default:
        return asn_fail(st, ASN_INVALID, "%s must be a whole number from %ld to %ld, not the text \"%s\"",
                        what, min, max, v->text);
    }
}

int asn_value_to_number(const asn_value *v, double *out, const char *what, asn_status *st)
{
    if (v->kind == ASN_VALUE_NUMBER) {
        *out = v->number;
        return 1;
    }
    if (v->kind == ASN_VALUE_TEXT)
        return asn_fail(st, ASN_INVALID, "%s must be a number, not the text \"%s\"", what, v->text);
    return asn_fail(st, ASN_INVALID, "%s is required", what);
}

int asn_value_to_flag(const asn_value *v, int fallback, int *out, const char *what, asn_status *st)
{
    if (v->kind == ASN_VALUE_BLANK) {
        *out = fallback;
        return 1;
    }
    if (v->kind == ASN_VALUE_NUMBER && (v->number == 0.0 || v->number == 1.0)) {
        *out = v->number == 1.0;
        return 1;
    }
    if (v->kind == ASN_VALUE_NUMBER)
        return asn_fail(st, ASN_INVALID, "%s must be TRUE/FALSE or 1/0, not %.15g", what, v->number);
    return asn_fail(st, ASN_INVALID, "%s must be TRUE/FALSE or 1/0, not the text \"%s\"", what, v->text);
}

int asn_value_to_yes_no(const asn_value *v, int *out, const char *what, asn_status *st)
{
    if (v->kind == ASN_VALUE_BLANK) {
        *out = 0;
        return 1;
    }
    if (v->kind == ASN_VALUE_NUMBER && (v->number == 0.0 || v->number == 1.0)) {
        *out = v->number == 1.0;
        return 1;
    }
    if (v->kind == ASN_VALUE_TEXT && (asn_label_equals(v->text, "tidak") || asn_label_equals(v->text, "ya"))) {
        *out = asn_label_equals(v->text, "ya");
        return 1;
    }
    return asn_fail(st, ASN_INVALID, "%s must be blank, 0/1, FALSE/TRUE, \"tidak\" or \"ya\"", what);
}

double asn_power_of_two_scale(const double *x, size_t n)
{
    double largest = 0.0;
    for (size_t i = 0; i < n; i++)
        largest = fmax(largest, fabs(x[i]));
    if (largest == 0.0)
        return 1.0;
    int exponent;
    frexp(largest, &exponent); /* largest = m * 2^exponent, m in [0.5, 1) */
    return ldexp(1.0, exponent - 1); /* not 2^exponent: that is infinite for numbers near DBL_MAX */
}
