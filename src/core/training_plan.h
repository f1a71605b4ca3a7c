/* ASNTRAININGPLAN: which trainings to fund within a budget (0/1 knapsack, exact). */
#ifndef ASN_TRAINING_PLAN_H
#define ASN_TRAINING_PLAN_H

#include "values.h"

/* The documented size limits (R8 of training_plan.c). */
#define ASN_PLAN_MAX_CAPACITY 4000000LL
#define ASN_PLAN_MAX_TABLE 400000000LL

typedef enum { ASN_PLAN_AUTO, ASN_PLAN_BY_COST, ASN_PLAN_BY_BENEFIT } asn_plan_method;

/* benefits and costs are paired cell by cell. choose[i] = 1 when training i is funded, 0 when not;
 * rows with a blank are never funded (the binding shows them empty). */
int asn_training_plan(const asn_numbers *benefits, const asn_numbers *costs, const asn_value *budget,
                      unsigned char *choose, asn_status *st);

/* The same with the dynamic programme forced (for tests: both must give the same plan). */
int asn_training_plan_with(const asn_numbers *benefits, const asn_numbers *costs, const asn_value *budget,
                           asn_plan_method method, unsigned char *choose, asn_status *st);

#endif
