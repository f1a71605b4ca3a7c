/* A CSV file as a table of UTF-8 texts: what the roster import reads (rules C1-C7 in csv_table.c). */
#ifndef ASN_CSV_TABLE_H
#define ASN_CSV_TABLE_H

#include <stddef.h>

#include "support/status.h"
#include "values.h"

#define ASN_CSV_MAX_RECORDS 200000 /* C7 */
#define ASN_CSV_MAX_FIELDS 512
#define ASN_CSV_MAX_CELLS 10000000 /* C7: records x widest record, what asn_csv_cells allocates (240 MB) */

typedef enum { ASN_CSV_UTF8, ASN_CSV_UTF16, ASN_CSV_WINDOWS_1252 } asn_csv_encoding;

typedef struct {
    size_t records;        /* records read, the header first; empty lines are not records */
    size_t *field_count;   /* per record */
    const char ***field;   /* field[r][f]: UTF-8, NUL-terminated */
    long *line;            /* the line of the file where record r starts (1 = the first line) */
    char separator;        /* ',', ';' or '\t' */
    asn_csv_encoding encoding;
    void *storage;         /* owned memory: free with asn_csv_free */
} asn_csv_table;

/* Parses `size` bytes. 1 and *out filled, or 0 with st saying why, in Indonesian: the officer who imports reads it
 * (unlike the functions' Err:502 messages, which only a developer sees). */
int asn_csv_parse(const unsigned char *bytes, size_t size, asn_csv_table *out, asn_status *st);
void asn_csv_free(asn_csv_table *table);

/* The table as cells (rows x the widest record; empty fields and missing ones blank, the rest text) and each
 * record's line, both malloc'd (free out->cell cast to void * and *lines). The texts stay in `table`. 0 when out
 * of memory or larger than ASN_CSV_MAX_CELLS (C7). */
int asn_csv_cells(const asn_csv_table *table, asn_cells *out, long **lines);

#endif
