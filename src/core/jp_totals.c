/* ASNJPTOTALS(NIPs; RecordNIPs; RecordYears; RecordJP; Year): the development hours (JP) each employee of a roster
 * had in one year, from a development record of one activity a row (PP 11/2017 Pasal 203 ayat (4): at least 20 JP a
 * year; docs/rules.md §7.6). The committee workbook's Kinerja AM is this one call over the roster: it replaced a
 * sorted copy of every record and two binary searches and a SUMIF an employee (docs/performance.md).
 *
 * Rules, cited in the code as (Jn):
 *  J1. NIPs: one cell per employee, read in reading order; the result is one column with a row per cell. A NIP is
 *      text, read as ASNNIP reads its 18 digits (a leading apostrophe, spaces, dots and hyphens removed: N2); only
 *      the digits are compared, so "19860926 201505 1 001" and '198609262015051001 are one employee. A blank cell,
 *      a number (its last digits are lost already: N1) or a text that is not 18 digits gives an empty result
 *      cell. Two cells with the same NIP both get its total.
 *  J2. RecordNIPs, RecordYears and RecordJP hold one cell per record, as many cells each (else Err:502), read in
 *      reading order: the k-th cell of each is the k-th record. Their shapes may differ (a row and a column).
 *  J3. A record counts for the employee whose NIP it holds (J1's reading) when its year equals Year and its JP is a
 *      number. A record whose year or JP is blank counts for nobody, nor one whose NIP is blank, not an NIP or on
 *      no employee's row: a record list is typed by hand, and such a row is the list's own business (the
 *      workbook's Pengembangan G names it). A text in RecordYears or RecordJP is Err:502, as everywhere a number
 *      is expected (docs/functions.md, conventions): the workbook passes its checked columns, blank where a record
 *      is wrong.
 *  J4. An employee with no record counted has 0 JP. JP are summed as written (a correction may be negative).
 *  J5. Year is a whole number from 1 to 9999 (Err:502 otherwise, also blank).
 *  J6. At most 100,000 NIPs (a whole column would hand Calc back a million result rows): Err:502. A total that is
 *      not finite (sums beyond 1E+308) is Err:502, never Inf. */
#include "jp_totals.h"

#include <math.h>
#include <stdlib.h>

#include "nip.h"

/* J1: the 18 digits of a NIP cell as one exact integer plus one (at most 1E+18 < 2^63), or 0 when the cell holds
 * none: the plus one keeps 0 free as that mark, so eighteen zeros are digits like any others. */
static unsigned long long nip_key(const asn_value *cell)
{
    char digits[ASN_NIP_DIGITS + 1];
    asn_status ignored = { 0 };
    if (cell->kind != ASN_VALUE_TEXT || !asn_nip_digits(cell->text, digits, &ignored))
        return 0;
    unsigned long long key = 0;
    for (int i = 0; i < ASN_NIP_DIGITS; i++)
        key = key * 10u + (unsigned)(digits[i] - '0');
    return key + 1u;
}

int asn_jp_employees_fit(size_t n, asn_status *st)
{
    if (n > ASN_JP_MAX_EMPLOYEES) /* J6 */
        return asn_fail(st, ASN_INVALID, "NIPs: at most %u cells (not a whole column); this range has %zu",
                        ASN_JP_MAX_EMPLOYEES, n);
    return 1;
}

static int by_key(const void *a, const void *b)
{
    unsigned long long x = ((const asn_jp_key *)a)->key, y = ((const asn_jp_key *)b)->key;
    return (x > y) - (x < y);
}

/* The first of sorted[0..n-1] whose key is >= key. */
static size_t lower_bound(const asn_jp_key *sorted, size_t n, unsigned long long key)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (sorted[mid].key < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

int asn_jp_totals(const asn_cells *nips, const asn_cells *record_nips, const asn_cells *record_years,
                  const asn_cells *record_jp, const asn_value *year_arg, asn_jp_key *sorted, double *total, unsigned char *counted, asn_status *st)
{
    const size_t n = nips->rows * nips->cols, records = record_nips->rows * record_nips->cols;
    if (!asn_jp_employees_fit(n, st))
        return 0;
    if (record_years->rows * record_years->cols != records || record_jp->rows * record_jp->cols != records) /* J2 */
        return asn_fail(st, ASN_INVALID, "RecordNIPs, RecordYears and RecordJP must hold one cell per record each; "
                        "they hold %zu, %zu and %zu", records, record_years->rows * record_years->cols,
                        record_jp->rows * record_jp->cols);
    long year;
    if (year_arg->kind == ASN_VALUE_BLANK) /* J5: no default */
        return asn_fail(st, ASN_INVALID, "Year is required (a whole number, e.g. 2025)");
    if (!asn_value_to_whole(year_arg, 1, 9999, 0, &year, "Year", st))
        return 0;

    /* J1: the employees' keys, sorted (equal keys in any order: they share one total). */
    size_t keyed = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned long long key = nip_key(&nips->cell[i]);
        counted[i] = key != 0;
        total[i] = 0.0; /* J4 */
        if (key)
            sorted[keyed++] = (asn_jp_key){ key, i };
    }
    qsort(sorted, keyed, sizeof *sorted, by_key);

    /* J3: each record adds its JP to the first employee of its key; J1's duplicates copy it below. */
    for (size_t k = 0; k < records; k++) {
        const asn_value *y = &record_years->cell[k], *jp = &record_jp->cell[k];
        if (y->kind == ASN_VALUE_TEXT || jp->kind == ASN_VALUE_TEXT)
            return asn_fail(st, ASN_INVALID, "%s: cell %zu is the text \"%s\", not a number",
                            y->kind == ASN_VALUE_TEXT ? "RecordYears" : "RecordJP", k + 1,
                            y->kind == ASN_VALUE_TEXT ? y->text : jp->text);
        if (y->kind != ASN_VALUE_NUMBER || y->number != (double)year || jp->kind != ASN_VALUE_NUMBER)
            continue;
        unsigned long long key = nip_key(&record_nips->cell[k]);
        size_t at = key ? lower_bound(sorted, keyed, key) : keyed;
        if (at < keyed && sorted[at].key == key)
            total[sorted[at].cell] += jp->number;
    }
    for (size_t p = 0; p < keyed; p++) {
        if (p > 0 && sorted[p].key == sorted[p - 1].key)
            total[sorted[p].cell] = total[sorted[p - 1].cell]; /* J1: the same NIP twice */
        if (!isfinite(total[sorted[p].cell])) /* J6 */
            return asn_fail(st, ASN_INVALID, "the JP of NIP cell %zu add up beyond 1E+308", sorted[p].cell + 1);
    }
    return 1;
}
