/* Pool statistics: ASNZSCORE, ASNPERCENTILE, ASNSTATS, ASNMERIT, ASNMERITS (docs/functions.md §4). */
#ifndef ASN_STATS_H
#define ASN_STATS_H

#include "values.h"

/* The numeric cells of a range, blanks skipped, into out[] (room for every cell); returns how many. */
size_t asn_numbers_compact(const asn_numbers *r, double *out);

/* work: room for every cell of values. */
int asn_zscore(double value, const asn_numbers *values, double *work, double *z, asn_status *st);
int asn_percentile(double value, const asn_numbers *values, double *percentile, asn_status *st);

/* out[8] = n, mean, sd, min, Q1, median, Q3, max; *has_sd is 0 when n = 1 (sd shown empty). */
int asn_stats(const asn_numbers *values, double *work, double out[8], int *has_sd, asn_status *st);

/* Column means and sample sds of table (blanks skipped), for ASNMERIT/ASNMERITS.
 * work: room for table->rows doubles; mean[] and sd[] one per column. */
int asn_merit_columns(const asn_numbers *table, const asn_numbers *weights, double *work, double *mean,
                      double *sd, double *weight_sum, asn_status *st);

/* The merit of one row of values (cols cells, none blank) given the column statistics. */
double asn_merit_of(const double *row, const asn_numbers *weights, const double *mean, const double *sd,
                    size_t cols, double weight_sum);

#endif
