/* Bringing a roster from another file into the committee workbook's Pegawai sheet: which source column feeds which
 * roster column, each value in the form the workbook reads, and where each row goes (merge by NIP). Rules R1-R12 in
 * roster_import.c; the binding reads the file and writes the cells (src/binding/import_command.c). */
#ifndef ASN_ROSTER_IMPORT_H
#define ASN_ROSTER_IMPORT_H

#include <stddef.h>

#include "values.h"

/* The Pegawai sheet's columns A..AE, in order (the template's header, tools/build_template.py PEGAWAI). */
enum {
    ASN_COL_NIP, ASN_COL_NAME, ASN_COL_UNIT, ASN_COL_POSITION_CODE, ASN_COL_POSITION, ASN_COL_GRADE,
    ASN_COL_GRADE_DATE, ASN_COL_SERVICE_YEARS, ASN_COL_EDUCATION, ASN_COL_BIRTH_DATE,
    ASN_COL_INDICATOR_FIRST, /* K..O: five indicators */
    ASN_COL_COMPETENCY_FIRST = ASN_COL_INDICATOR_FIRST + 5, /* P..X: nine competency levels */
    ASN_COL_WORK_RATING = ASN_COL_COMPETENCY_FIRST + 9, ASN_COL_BEHAVIOUR_RATING, ASN_COL_POTENTIAL,
    ASN_COL_LAST_PREDICATE, ASN_COL_PENALTY, ASN_COL_LEVEL, ASN_COL_CREDIT,
    ASN_ROSTER_COLUMNS
};

extern const char *const asn_roster_column_names[ASN_ROSTER_COLUMNS]; /* the header the template has */

/* One thing the officer is told: a row refused, a value not taken, a column not used. */
typedef struct {
    long source_row;   /* the row in the source (a file line, or a sheet row, 1-based); 0 for a whole column */
    char nip[40];      /* the NIP as the source has it ("" when none) */
    char column[80];   /* the source column's header */
    char value[120];   /* the value as the source has it (cut) */
    char reason[200];  /* why, in Indonesian */
    int refused_row;   /* 1: the whole row was not taken */
} asn_import_note;

typedef struct {
    /* what the source has: */
    int has_column[ASN_ROSTER_COLUMNS]; /* 1 where the source feeds a roster column (only those are written, R10) */
    size_t rows;                        /* rows taken */
    asn_value *cell;                    /* rows x ASN_ROSTER_COLUMNS; texts point into `text` */
    unsigned char *take;                /* rows x ASN_ROSTER_COLUMNS: 1 = write this cell, 0 = leave it (R9) */
    long *source_row;                   /* per row taken */
    /* where they go (asn_roster_merge): */
    long *target_row;                   /* per row taken: 0-based row among the roster's data rows (-1: none) */
    size_t added, updated, refused;     /* counts of rows */
    asn_import_note *note;
    size_t notes;
    /* owned memory: texts live in blocks that never move */
    char **block;
    size_t blocks, blocks_cap, block_used, notes_cap;
} asn_roster_import;

/* Reads `table` (its first row the header; numbers, texts and blanks as a spreadsheet or CSV holds them;
 * source_row[r] the row number to report for table row r) into *out. competency_names: the nine competencies'
 * names (for headers written by name), in the order of the roster's columns P..X. null_date: the workbook's, for
 * dates written as text. 0 with st set when nothing can be imported (no NIP column, no data row). */
int asn_roster_read(const asn_cells *table, const long *source_row, const char *const competency_names[9],
                    const int null_date[3], asn_roster_import *out, asn_status *st);

/* R11: where each row taken goes. existing: the roster's NIP cells (column A, `count` data rows, blanks allowed);
 * capacity: the rows the workbook has formulas for. 0 with st set when the new rows do not fit: then nothing is
 * to be written. */
int asn_roster_merge(asn_roster_import *in, const asn_cells *existing, size_t capacity, asn_status *st);

/* Development records (the sheet Pengembangan, columns A..F; rules R13-R15 in roster_import.c) are read into the same
 * structure: their columns are 0..ASN_RECORD_COLUMNS-1 of each row, `updated` counts the rows already there. */
enum { ASN_RECORD_NIP, ASN_RECORD_DATE, ASN_RECORD_YEAR, ASN_RECORD_KIND, ASN_RECORD_ACTIVITY, ASN_RECORD_JP,
       ASN_RECORD_COLUMNS };

extern const char *const asn_record_column_names[ASN_RECORD_COLUMNS]; /* the header Pengembangan has */

/* R13: 1 when `table`'s header has a JP column: a development record, not a roster. */
int asn_records_source(const asn_cells *table);

/* R13, R14: reads `table` as development records (as asn_roster_read reads a roster). */
int asn_records_read(const asn_cells *table, const long *source_row, const int null_date[3], asn_roster_import *out,
                     asn_status *st);

/* R15: where each record goes. existing: Pengembangan's cells A..F from its first data row (blank rows allowed);
 * a record the sheet has already gets target_row -1 and nothing to write. */
int asn_records_merge(asn_roster_import *in, const asn_cells *existing, const int null_date[3], asn_status *st);

void asn_roster_import_free(asn_roster_import *in);

#endif
