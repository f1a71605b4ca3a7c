#include "values.h"

#include <math.h>

#include "labels.h"

int asn_value_to_whole(const asn_value *v, long min, long max, long fallback, long *out,
                       const char *what, asn_status *st)
{
    switch (v->kind) {
    case ASN_VALUE_BLANK:
        *out = fallback;
        return 1;
    case ASN_VALUE_NUMBER:
        if (v->number != floor(v->number) || v->number < (double)min || v->number > (double)max)
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
