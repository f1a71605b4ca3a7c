/* Several vacancies filled at once: a maximum-weight assignment (assignment.c, rules A1-A6). */
#ifndef ASN_ASSIGNMENT_H
#define ASN_ASSIGNMENT_H

#include <stddef.h>
#include <stdint.h>

#include "support/status.h"

/* One pair a row (a vacancy) may take: a column (a candidate) and its weight (>= 0). */
typedef struct {
    size_t column;
    int64_t weight;
} asn_assignment_pair;

/* The pairs of `rows` rows: row r may take pairs[first[r]] .. pairs[first[r + 1] - 1] (first has rows + 1
 * entries); `columns` columns in all. max_weight bounds every weight. Writes match[r] = the column row r takes,
 * or -1. 0 with ASN_NO_CONVERGENCE when the work exceeds its budget (A6), or ASN_INVALID on a bad pair. */
int asn_assignment(size_t rows, size_t columns, const size_t *first, const asn_assignment_pair *pairs,
                   int64_t max_weight, long *match, asn_status *st);

#endif
