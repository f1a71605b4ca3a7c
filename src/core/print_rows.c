/* Where a print area that follows the filled rows ends.
 *
 *  R1. A run counts only when it is a run: 0 <= first <= last. Anything else (which LibreOffice never sends)
 *      is ignored rather than trusted.
 *  R2. ALIGNED: the area ends at the last row of the last filled run, never above the header.
 *  R3. COMPACT: the area ends `header_last_row` + the number of filled rows further down (the ranking lists
 *      every filled key row once, without the key's gaps).
 *  R4. Nothing filled: the area is the header alone. No result exceeds the largest row a sheet can have
 *      (a row index is a 32-bit number in a CellRangeAddress).
 *  R5. The roster's last row, for the rows of formulas that follow it, ends before a gap of more than `max_gap`
 *      empty rows: a name typed far below the roster by mistake (row 1,000,000) must not make Calc fill a million
 *      rows of formulas (minutes, gigabytes). Rows below such a gap get no formulas and are not ranked. */
#include "print_rows.h"

#include <stdlib.h>

#define ASN_LAST_SHEET_ROW 2147483647L

long asn_print_end_row(asn_print_rows_rule rule, const asn_row_span *filled, size_t count)
{
    long end = rule.header_last_row < 0 ? 0 : rule.header_last_row; /* R4 */
    long long rows = 0;
    long last = -1;
    for (size_t i = 0; i < count; i++) {
        if (filled[i].first < 0 || filled[i].last < filled[i].first) /* R1 */
            continue;
        rows += (long long)filled[i].last - filled[i].first + 1;
        if (filled[i].last > last)
            last = filled[i].last;
    }
    long long wanted = rule.kind == ASN_PRINT_ROWS_COMPACT ? end + rows /* R3 */
                                                           : (last > end ? last : end); /* R2 */
    return wanted > ASN_LAST_SHEET_ROW ? ASN_LAST_SHEET_ROW : (long)wanted; /* R4 */
}

static int by_first_row(const void *a, const void *b)
{
    long x = ((const asn_row_span *)a)->first, y = ((const asn_row_span *)b)->first;
    return (x > y) - (x < y);
}

long asn_roster_last_row(const asn_row_span *filled, size_t count, long first_row, long max_gap)
{
    asn_row_span *runs = count ? malloc(count * sizeof *runs) : NULL;
    if (!runs) /* nothing filled, or no memory: the first row alone (never a million rows) */
        return first_row;
    size_t n = 0;
    for (size_t i = 0; i < count; i++)
        if (filled[i].first >= 0 && filled[i].last >= filled[i].first && filled[i].last >= first_row) /* R1 */
            runs[n++] = filled[i];
    qsort(runs, n, sizeof *runs, by_first_row);
    long last = first_row - 1;
    for (size_t i = 0; i < n && runs[i].first - last - 1 <= max_gap; i++) /* R5 */
        if (runs[i].last > last)
            last = runs[i].last;
    free(runs);
    return last < first_row ? first_row : last;
}
