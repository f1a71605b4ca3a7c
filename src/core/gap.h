/* Competency gaps against a position's standard: ASNGAP, ASNJPM, ASNJPMCATEGORY, ASNWEAKNESSES,
 * ASNSTRENGTHS (docs/functions.md §2). */
#ifndef ASN_GAP_H
#define ASN_GAP_H

#include "values.h"

/* ASNGAP with Mode 0..3. */
int asn_gap(const asn_numbers *actual, const asn_numbers *required, const asn_value *mode, double *out, asn_status *st);

/* ASNJPM; weights may be NULL (all 1). */
int asn_jpm(const asn_numbers *actual, const asn_numbers *required, const asn_numbers *weights, double *out,
            asn_status *st);

/* ASNJPMCATEGORY: a static label. */
int asn_jpm_category(const asn_value *jpm, const asn_value *purpose, const char **label, asn_status *st);

/* ASNWEAKNESSES (strengths = 0) and ASNSTRENGTHS (strengths = 1): the text into out (cap bytes). */
int asn_gap_feedback(const asn_numbers *actual, const asn_numbers *required, const asn_cells *names,
                     const asn_value *count, int strengths, char *out, size_t cap, asn_status *st);

#endif
