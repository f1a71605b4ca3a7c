/* What the feedback export (ASN Karier > Cetak umpan balik semua pegawai..., src/binding/export_command.c) decides
 * without Calc: which roster rows get a page and in which order, each employee's file name, and the zoom at which
 * one page of the sheet Umpan Balik fits a sheet of paper, and how the copies fill the print document's sheets. Rules P1-P5 in feedback_pages.c. */
#ifndef ASN_FEEDBACK_PAGES_H
#define ASN_FEEDBACK_PAGES_H

#include <stddef.h>

/* The roster rows that get a page, in page order (P1, P2): nips[k] is row k's NIP cell as text (NULL when it holds
 * no text), wanted[k] nonzero when row k is to be printed (visible and selected; NULL: every row). Writes the row
 * numbers into order (room for `count`) and returns how many; (size_t)-1 when memory runs out. */
size_t asn_feedback_order(const char *const *nips, const unsigned char *wanted, size_t count, size_t *order);

/* "<NIP> <Nama>.pdf" as a file name every supported system accepts (P3), into out (cap bytes, at least 16).
 * Returns the length. */
size_t asn_feedback_file_name(const char *nip, const char *name, char *out, size_t cap);

/* The zoom in whole percent at which an area of area_width x area_height fits a printable area of
 * page_width x page_height (any one unit), P4. */
int asn_feedback_zoom(double area_width, double area_height, double page_width, double page_height);

/* P5: how many sheets of sheet_rows rows the print document needs for `pages` copies of a page_rows-row page (at
 * least 1), with *per_sheet the pages each holds (at most 1,000); -1 (and *per_sheet 0 when a page is taller than a sheet) when
 * they cannot be laid out. */
long asn_feedback_sheets(long pages, long page_rows, long sheet_rows, long *per_sheet);

#endif
