/* ASNSCORE and ASNSCORES: the weighted performance score over indicators. */
#ifndef ASN_SCORE_H
#define ASN_SCORE_H

#include "values.h"

typedef enum { ASN_BLANK_SKIP = 0, ASN_BLANK_AS_ZERO = 1, ASN_BLANK_IS_ERROR = 2 } asn_blank_mode;

/* Reads the optional BlankMode argument (rule 4 of score.c). */
int asn_score_blank_mode(const asn_value *v, asn_blank_mode *mode, asn_status *st);

/* ASNSCORE: Values and Weights are paired cell by cell in reading order.
 * work must hold as many doubles as Values has cells. */
int asn_score(const asn_numbers *values, const asn_numbers *weights, asn_blank_mode mode,
              double *work, double *score, asn_status *st);

/* ASNSCORES: one score per row of table; weights has one cell per column of table.
 * scores[r] receives the score, has_score[r] is 0 for a row with nothing to score (rule 7).
 * work must hold table->cols doubles. */
int asn_scores(const asn_numbers *table, const asn_numbers *weights, asn_blank_mode mode,
               double *work, double *scores, unsigned char *has_score, asn_status *st);

#endif
