/* The three-level ratings of PermenPANRB 6/2022 (hasil kerja and perilaku kerja), shared by
 * ASNPREDICATE and the talent nine-box. */
#ifndef ASN_RATINGS_H
#define ASN_RATINGS_H

#include "values.h"

typedef enum { ASN_RATING_BELOW = 1, ASN_RATING_MEETS = 2, ASN_RATING_ABOVE = 3 } asn_rating;

/* Accepts "Di Atas Ekspektasi" / "Sesuai Ekspektasi" / "Di Bawah Ekspektasi", the synonyms
 * atas/sesuai/bawah and above/meets/below, or the numbers 3/2/1. Anything else is an error. */
int asn_rating_from_value(const asn_value *v, asn_rating *out, const char *what, asn_status *st);

#endif
