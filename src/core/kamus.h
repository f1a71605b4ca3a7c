/* Competency dictionaries (kamus kompetensi, namespace urn:asnkarier:kamus:1): parsing, validation and
 * lookups. A parsed dictionary is immutable and reference-counted, so that lookups on several threads can
 * share it while a newer version replaces it in the cache (kamus_cache.c). */
#ifndef ASN_KAMUS_H
#define ASN_KAMUS_H

#include <stddef.h>

#include "support/status.h"

typedef struct asn_kamus asn_kamus;

/* The largest dictionary file accepted (a bound against hostile or mistaken files). */
#define ASN_KAMUS_MAX_BYTES (32u * 1024u * 1024u)

/* Parses and validates a dictionary held in memory. On failure returns NULL, sets st and *line
 * (0 when no line applies). */
asn_kamus *asn_kamus_parse(const char *data, size_t size, int *line, asn_status *st);

void asn_kamus_retain(asn_kamus *k);
void asn_kamus_release(asn_kamus *k);

size_t asn_kamus_competency_count(const asn_kamus *k);
size_t asn_kamus_position_count(const asn_kamus *k);

/* Index of a competency or position by kode or nama (case-insensitive, spaces trimmed and collapsed;
 * a kode wins over a nama), or -1. */
long asn_kamus_find_competency(const asn_kamus *k, const char *code_or_name);
long asn_kamus_find_position(const asn_kamus *k, const char *code_or_name);

/* The required level of a competency for a position, or -1 when the position has no standard for it. */
double asn_kamus_required(const asn_kamus *k, long position, long competency);

typedef enum { ASN_FIELD_KODE, ASN_FIELD_NAMA, ASN_FIELD_JENIS, ASN_FIELD_DEFINISI } asn_kamus_field;
/* A text of a competency; NULL when the dictionary has none. */
const char *asn_kamus_competency_text(const asn_kamus *k, long competency, asn_kamus_field field);
/* The description or the indicators (joined by "; ") of a level 1..5; NULL when missing. */
const char *asn_kamus_level_text(const asn_kamus *k, long competency, int level, int indicators);

#endif
