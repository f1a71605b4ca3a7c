/* Where a print area that follows the filled rows ends.
 *
 *  R1. A run counts only when it is a run: 0 <= first <= last. Anything else (which LibreOffice never sends)
 *      is ignored rather than trusted.
 *  R2. ALIGNED: the area ends at the last row of the last filled run, never above the header.
 *  R3. COMPACT: the area ends `header_last_row` + the number of filled rows further down (the ranking lists
 *      every filled key row once, without the key's gaps).
 *  R4. Nothing filled: the area is the header alone. No result exceeds the largest row a sheet can have
 *      (a row index is a 32-bit number in a CellRangeAddress). */
#include "print_rows.h"

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
