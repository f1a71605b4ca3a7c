/* Rating labels, PermenPANRB 6/2022 (docs/rules.md §3.1). */
#include "ratings.h"

#include "support/labels.h"

static const asn_label rating_labels[] = {
    { "di atas ekspektasi", ASN_RATING_ABOVE },
    { "sesuai ekspektasi", ASN_RATING_MEETS },
    { "di bawah ekspektasi", ASN_RATING_BELOW },
    { "atas", ASN_RATING_ABOVE },
    { "sesuai", ASN_RATING_MEETS },
    { "bawah", ASN_RATING_BELOW },
    { "above", ASN_RATING_ABOVE },
    { "meets", ASN_RATING_MEETS },
    { "below", ASN_RATING_BELOW },
};

int asn_rating_from_value(const asn_value *v, asn_rating *out, const char *what, asn_status *st)
{
    int id;
    switch (v->kind) {
    case ASN_VALUE_NUMBER:
        if (v->number == 1.0 || v->number == 2.0 || v->number == 3.0) {
            *out = (asn_rating)(int)v->number;
            return 1;
        }
        return asn_fail(st, ASN_INVALID, "%s must be a rating (Di Atas/Sesuai/Di Bawah Ekspektasi or 3/2/1), not %.15g",
                        what, v->number);
    case ASN_VALUE_TEXT:
        if (asn_label_find(v->text, rating_labels, sizeof rating_labels / sizeof rating_labels[0], &id)) {
            *out = (asn_rating)id;
            return 1;
        }
        return asn_fail(st, ASN_INVALID, "%s: unknown rating \"%s\" (Di Atas/Sesuai/Di Bawah Ekspektasi, or 3/2/1)",
                        what, v->text);
    case ASN_VALUE_BLANK:
    default:
        return asn_fail(st, ASN_INVALID, "%s is required (Di Atas/Sesuai/Di Bawah Ekspektasi, or 3/2/1)", what);
    }
}
