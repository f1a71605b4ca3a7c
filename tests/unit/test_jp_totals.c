/* ASNJPTOTALS (src/core/jp_totals.c): rules J1-J6, and a random roster against a count written the slow way (every
 * record against every employee, the way the workbook's SUMIF did it). */
#include "check.h"

#include <stdlib.h>

#include "jp_totals.h"

static asn_value text(const char *s) { return (asn_value){ ASN_VALUE_TEXT, 0.0, s }; }
static asn_value number(double x) { return (asn_value){ ASN_VALUE_NUMBER, x, NULL }; }
static const asn_value blank = { ASN_VALUE_BLANK, 0.0, NULL };

static asn_cells column(const asn_value *cells, size_t n) { return (asn_cells){ n, 1, cells }; }

#define A "198609262015051001"
#define B "199001012020012002"
#define C "197512312000031003"

typedef struct {
    double total[8];
    unsigned char counted[8];
    asn_status st;
} outcome;

static int totals(outcome *o, const asn_value *nips, size_t n, const asn_value *rn, const asn_value *ry,
                  const asn_value *rj, size_t records, asn_value year)
{
    asn_jp_key work[8];
    asn_cells e = column(nips, n), a = column(rn, records), b = column(ry, records), c = column(rj, records);
    memset(o, 0, sizeof *o);
    return asn_jp_totals(&e, &a, &b, &c, &year, work, o->total, o->counted, &o->st);
}

static void test_sums(void)
{
    const asn_value nips[] = { text(A), text(B), text(C), blank, text("12345"), number(198609262015051001.0),
                               text("000000000000000000") };
    const asn_value rn[] = { text(A), text(A), text(B), text(A), text(C), text("19860926 201505 1 001"),
                             text("200001012020011004") };
    const asn_value ry[] = { number(2025), number(2025), number(2025), number(2024), blank, number(2025),
                             number(2025) };
    const asn_value rj[] = { number(12), number(9.5), number(24), number(40), number(8), number(-1.5), number(30) };
    outcome o;
    CHECK(totals(&o, nips, 7, rn, ry, rj, 7, number(2025)), "%s", o.st.message);
    CHECK_NEAR(o.total[0], 20.0, 0); /* J1, J3: 12 + 9.5 + the correction -1.5 written with spaces; 2024 not */
    CHECK(o.counted[0], "J1: A counted");
    CHECK_NEAR(o.total[1], 24.0, 0);
    CHECK(o.counted[2] && o.total[2] == 0.0, "J3, J4: C's record has no year: 0 JP, %g", o.total[2]);
    CHECK(!o.counted[3] && !o.counted[4] && !o.counted[5], "J1: blank, not 18 digits, a number: empty cells");
    CHECK(o.counted[6] && o.total[6] == 0.0, "J1: eighteen zeros are digits like any others: 0 JP");
    CHECK(totals(&o, nips, 6, rn, ry, rj, 7, number(2024)), "%s", o.st.message);
    CHECK(o.total[0] == 40.0 && o.total[1] == 0.0, "J3: the year chosen: %g %g", o.total[0], o.total[1]);
}

static int refused(outcome *o, const asn_value *nips, size_t n, const asn_value *rn, const asn_value *ry,
                   const asn_value *rj, size_t records, asn_value year)
{
    return !totals(o, nips, n, rn, ry, rj, records, year) && o->st.code == ASN_INVALID && o->st.message[0];
}

static void test_records_that_count_for_nobody(void)
{
    const asn_value nips[] = { text(A), text("'" B) };
    const asn_value rn[] = { text(A), text(A), text(A), blank, number(1.0), text(B), text(B), text("NIP A") };
    const asn_value ry[] = { blank, number(2025), number(2025.5), number(2025), number(2025), number(2025),
                             number(2025), number(2025) };
    const asn_value rj[] = { number(5), blank, number(5), number(5), number(5), blank, number(3), number(4) };
    outcome o;
    CHECK(totals(&o, nips, 2, rn, ry, rj, 8, number(2025)), "%s", o.st.message);
    CHECK(o.counted[0] && o.total[0] == 0.0, "J3: a blank year, a blank JP, year 2025.5: not counted, %g",
          o.total[0]);
    CHECK(o.counted[1] && o.total[1] == 3.0, "J1: the apostrophe removed; J3: a blank JP, a number or a text for "
          "a NIP not counted: %g", o.total[1]);
    CHECK(totals(&o, nips, 2, rn, ry, rj, 0, number(2025)), "%s", o.st.message);
    CHECK(o.total[0] == 0.0 && o.total[1] == 0.0, "J4: no records: 0");
}

static void test_text_where_a_number_belongs(void)
{
    const asn_value nips[] = { text(A) };
    const asn_value rn[] = { text(A), text(A) };
    const asn_value years[] = { number(2025), text("2025") }, years_ok[] = { number(2025), number(2024) };
    const asn_value jp[] = { number(1), text("8 JP") }, jp_ok[] = { number(1), number(2) };
    outcome o;
    CHECK(refused(&o, nips, 1, rn, years, jp_ok, 2, number(2025)) && strstr(o.st.message, "RecordYears: cell 2"),
          "J3: a year as text: %s", o.st.message);
    CHECK(refused(&o, nips, 1, rn, years_ok, jp, 2, number(2025)) && strstr(o.st.message, "RecordJP: cell 2"),
          "J3: a JP as text, also in a record of another year: %s", o.st.message);
}

static void test_same_nip_twice(void)
{
    const asn_value nips[] = { text(B), text(A), text("19860926-201505-1-001"), text(B) };
    const asn_value rn[] = { text(A), text(B) };
    const asn_value ry[] = { number(2025), number(2025) };
    const asn_value rj[] = { number(7), number(11) };
    outcome o;
    CHECK(totals(&o, nips, 4, rn, ry, rj, 2, number(2025)), "%s", o.st.message);
    CHECK(o.total[0] == 11.0 && o.total[3] == 11.0, "J1: both rows of B: %g %g", o.total[0], o.total[3]);
    CHECK(o.total[1] == 7.0 && o.total[2] == 7.0, "J1: A in two forms: %g %g", o.total[1], o.total[2]);
}

static void test_errors(void)
{
    const asn_value nips[] = { text(A) };
    const asn_value rn[] = { text(A), text(A) };
    const asn_value ry[] = { number(2025), number(2025) };
    const asn_value rj[] = { number(1e308), number(1e308) };
    outcome o;
    CHECK(refused(&o, nips, 1, rn, ry, rj, 2, number(2025)), "J6: a total beyond 1E+308");
    CHECK(strstr(o.st.message, "1E+308") != NULL, "J6's message: %s", o.st.message);
    const asn_value years[] = { blank, text("2025"), number(2025.5), number(0), number(10000) };
    for (size_t i = 0; i < sizeof years / sizeof *years; i++)
        CHECK(refused(&o, nips, 1, rn, ry, rj, 0, years[i]), "J5: Year %zu refused", i);
    asn_jp_key work[1];
    double total[1];
    unsigned char counted[1];
    asn_cells e = column(nips, 1), two = column(rn, 2), one = column(ry, 1);
    asn_value year = number(2025);
    asn_status st = { 0 };
    CHECK(!asn_jp_totals(&e, &two, &one, &two, &year, work, total, counted, &st) && strstr(st.message, "2, 1 and 2"),
          "J2: records of unequal length: %s", st.message);
    asn_cells wide = { 1, 2, rn }, tall = column(ry, 2), jp = column(years + 3, 2);
    memset(&st, 0, sizeof st);
    CHECK(asn_jp_totals(&e, &wide, &tall, &jp, &year, work, total, counted, &st), "J2: a row and a column: %s",
          st.message);
    asn_cells huge = { ASN_JP_MAX_EMPLOYEES + 1, 1, nips }; /* refused before a cell is read */
    memset(&st, 0, sizeof st);
    CHECK(!asn_jp_totals(&huge, &two, &tall, &two, &year, work, total, counted, &st) && st.code == ASN_INVALID,
          "J6: more than 100,000 NIPs");
}

/* A random roster (some NIPs twice, some blank) and records (some of other years, other NIPs, blank JP), against the
 * sum over every record for every employee. JP are multiples of 0.5: the sums are exact in any order. */
static void test_against_slow_count(void)
{
    enum { EMPLOYEES = 2000, RECORDS = 7000, DISTINCT = 1500 };
    static char nip_text[DISTINCT][32];
    static asn_value nips[EMPLOYEES], rn[RECORDS], ry[RECORDS], rj[RECORDS];
    static asn_jp_key work[EMPLOYEES];
    static double total[EMPLOYEES];
    static unsigned char counted[EMPLOYEES];
    srand(20261206);
    for (int d = 0; d < DISTINCT; d++)
        snprintf(nip_text[d], sizeof nip_text[d], "19%02d0101%04d01%d%03d", 60 + d % 40, 1990 + d % 30, 1 + d % 2,
                 1 + d % 999);
    for (int i = 0; i < EMPLOYEES; i++)
        nips[i] = rand() % 50 == 0 ? blank : text(nip_text[rand() % DISTINCT]);
    for (int k = 0; k < RECORDS; k++) {
        rn[k] = text(nip_text[rand() % DISTINCT]);
        ry[k] = number(2023 + rand() % 3);
        rj[k] = rand() % 40 == 0 ? blank : number((rand() % 80) / 2.0);
    }
    asn_cells e = column(nips, EMPLOYEES), a = column(rn, RECORDS), b = column(ry, RECORDS), c = column(rj, RECORDS);
    asn_value year = number(2024);
    asn_status st = { 0 };
    CHECK(asn_jp_totals(&e, &a, &b, &c, &year, work, total, counted, &st), "%s", st.message);
    int wrong = 0;
    for (int i = 0; i < EMPLOYEES; i++) {
        double want = 0.0;
        if (nips[i].kind == ASN_VALUE_TEXT)
            for (int k = 0; k < RECORDS; k++)
                if (strcmp(rn[k].text, nips[i].text) == 0 && ry[k].number == 2024.0 && rj[k].kind == ASN_VALUE_NUMBER)
                    want += rj[k].number;
        if (counted[i] != (nips[i].kind == ASN_VALUE_TEXT) || total[i] != want)
            wrong++;
    }
    CHECK(wrong == 0, "%d of %d employees differ from the slow count", wrong, EMPLOYEES);
}

int main(void)
{
    test_sums();
    test_records_that_count_for_nobody();
    test_text_where_a_number_belongs();
    test_same_nip_twice();
    test_errors();
    test_against_slow_count();
    return check_report("unit-jp-totals");
}
