/* Filling vacant positions from the roster: ASNSHORTLIST and ASNPLACEMENT (docs/functions.md §8; placement.c,
 * rules P1-P7). */
#ifndef ASN_PLACEMENT_H
#define ASN_PLACEMENT_H

#include <stddef.h>

#include "values.h"

/* A position's standard over the K columns of the levels: required[k] the level the position requires in
 * column k, or 0 where it requires none (kamus levels are 1..5). */
typedef struct {
    const double *required;
} asn_standard;

/* One candidate: the row within Levels (0-based) and the JPM. */
typedef struct {
    size_t row;
    double jpm;
} asn_candidate;

/* ASNSHORTLIST: the `count` best of the considered rows into out; *found how many there were (<= count). */
int asn_shortlist(const asn_standard *standard, const asn_numbers *levels, const unsigned char *eligible, size_t count,
                  asn_candidate *out, size_t *found, asn_status *st);

/* ASNPLACEMENT: vacancy v (of `vacancies`) is standards[v] (required NULL: no vacancy). taken[v] = 1 and out[v]
 * when vacancy v is filled, taken[v] = 0 when not. */
int asn_placement(const asn_standard *standards, size_t vacancies, const asn_numbers *levels,
                  const unsigned char *eligible, double minimum, asn_candidate *out, unsigned char *taken,
                  asn_status *st);

#endif
