/* ASNPERFORMANCE, ASNCATEGORY and ASNPREDICATE: nilai kinerja and its predikat under the three
 * regimes an HR unit still holds data in (PP 46/2011, PP 30/2019, PermenPANRB 6/2022). */
#ifndef ASN_PERFORMANCE_H
#define ASN_PERFORMANCE_H

#include "values.h"

typedef enum { ASN_SCHEME_PP30, ASN_SCHEME_PP30_360, ASN_SCHEME_PP46 } asn_scheme;

/* The Scheme argument: blank -> PP30; "PP30", "PP30-360", "PP46" (case-insensitive). */
int asn_scheme_from_value(const asn_value *v, asn_scheme *out, asn_status *st);

int asn_performance(double skp, double behavior, asn_scheme scheme, double *out, asn_status *st);

/* The predikat of a numeric score, as an official label (a static string). */
int asn_category(double score, asn_scheme scheme, int innovation, const char **label, asn_status *st);

/* The PermenPANRB 6/2022 predikat of (hasil kerja, perilaku kerja) ratings 1..3 (a static string). */
const char *asn_predicate(int work_result, int behavior);

#endif
