/* Multi-key ranking: ASNRANK, ASNRANKS, ASNRANKLIST (docs/functions.md §4). */
#ifndef ASN_RANKING_H
#define ASN_RANKING_H

#include "values.h"

/* Reads Orders for k key columns into desc[k] (1 = descending, higher is better). */
int asn_orders_parse(const asn_cells *orders, size_t k, unsigned char *desc, asn_status *st);

/* The one comparison of two key rows under the orders: < 0 when a ranks before (is better than) b,
 * 0 when they tie, > 0 when b is better. Keys are finite (the binding refuses anything else). */
int asn_keys_compare(const double *a, const double *b, const unsigned char *desc, size_t k);

/* ASNRANK: 1 + the number of table rows (without blank keys) strictly better than row. */
int asn_rank(const asn_numbers *row, const asn_numbers *table, const unsigned char *desc, double *rank,
             asn_status *st);

typedef enum { ASN_TIES_SHARED, ASN_TIES_AVERAGE, ASN_TIES_UNIQUE } asn_ties;
int asn_ties_parse(const asn_value *v, asn_ties *out, asn_status *st);

/* Sorts the rows of table that have no blank key, best first, stable (ties keep row order).
 * order[] receives their 0-based row numbers, rank[] their ranks under `ties`; *count how many.
 * work must hold table->rows * (table->cols + 1) doubles. */
int asn_rank_sort(const asn_numbers *table, const unsigned char *desc, asn_ties ties, double *work,
                  size_t *order, double *rank, size_t *count, asn_status *st);

#endif
