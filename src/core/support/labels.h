/* Matching the text labels users type against the labels a function accepts.
 *
 * Contract, "Labels": matched case-insensitively, with surrounding spaces trimmed and inner runs of
 * spaces collapsed. Tables hold their labels already in that normal form (lowercase, single spaces). */
#ifndef ASN_LABELS_H
#define ASN_LABELS_H

#include <stddef.h>

typedef struct {
    const char *label; /* normal form: lowercase ASCII, single inner spaces, no surrounding space */
    int id;
} asn_label;

/* Nonzero when `text`, normalised, equals `normal`. Walks both strings; allocates nothing. */
int asn_label_equals(const char *text, const char *normal);

/* Looks `text` up in `table`; returns 1 and sets *id on a match, else 0. */
int asn_label_find(const char *text, const asn_label *table, size_t count, int *id);

#endif
