/* Where the committee workbook's print areas end (src/core/print_rows.c, rules R1-R4). */
#include "check.h"
#include "print_rows.h"

static const asn_print_rows_rule aligned = { ASN_PRINT_ROWS_ALIGNED, 0 };
static const asn_print_rows_rule ranking = { ASN_PRINT_ROWS_COMPACT, 4 };

static void nothing_filled(void)
{
    CHECK(asn_print_end_row(aligned, NULL, 0) == 0, "R4: header only");
    CHECK(asn_print_end_row(ranking, NULL, 0) == 4, "R4: title and header rows");
    asn_print_rows_rule below = { ASN_PRINT_ROWS_ALIGNED, -3 };
    CHECK(asn_print_end_row(below, NULL, 0) == 0, "R4: never above row 0");
}

static void filled(void)
{
    /* Pegawai rows 2..4 and 9 filled (0-based 1..3 and 8): a gap at 5..8. */
    const asn_row_span runs[] = { { 1, 3 }, { 8, 8 } };
    CHECK(asn_print_end_row(aligned, runs, 2) == 8, "R2: the last filled row, gap and all");
    CHECK(asn_print_end_row(ranking, runs, 2) == 4 + 4, "R3: four ranked rows under the header");
    const asn_row_span reversed[] = { { 8, 8 }, { 1, 3 } };
    CHECK(asn_print_end_row(aligned, reversed, 2) == 8, "R2: runs in any order");
    /* A filled row inside the header (a key that starts at the header) does not pull the area up. */
    asn_print_rows_rule units = { ASN_PRINT_ROWS_ALIGNED, 3 };
    const asn_row_span early[] = { { 2, 2 } };
    CHECK(asn_print_end_row(units, early, 1) == 3, "R2: never above the header");
    const asn_row_span whole[] = { { 1, 10000 } };
    CHECK(asn_print_end_row(aligned, whole, 1) == 10000, "10,000 employees");
    CHECK(asn_print_end_row(ranking, whole, 1) == 10004, "10,000 ranked");
}

static void odd_runs(void)
{
    const asn_row_span bad[] = { { 5, 2 }, { -1, 7 }, { 3, 3 } };
    CHECK(asn_print_end_row(aligned, bad, 3) == 3, "R1: only real runs count");
    CHECK(asn_print_end_row(ranking, bad, 3) == 5, "R1: one real row");
    const asn_row_span huge[] = { { 0, 2147483647L }, { 0, 2147483647L } };
    CHECK(asn_print_end_row(ranking, huge, 2) == 2147483647L, "R4: capped at the last sheet row");
}

/* R5: where the roster's rows of formulas end. */
static void roster_rows(void)
{
    CHECK(asn_roster_last_row(NULL, 0, 1, 10000) == 1, "R5: nothing filled: the prototype row");
    const asn_row_span runs[] = { { 8, 8 }, { 1, 3 } };
    CHECK(asn_roster_last_row(runs, 2, 1, 10000) == 8, "R5: a small gap is part of the roster, runs in any order");
    const asn_row_span far[] = { { 1, 30 }, { 999999, 999999 } };
    CHECK(asn_roster_last_row(far, 2, 1, 10000) == 30, "R5: a name typed a million rows down ends nothing");
    const asn_row_span edge[] = { { 1, 30 }, { 10031, 10031 } };
    CHECK(asn_roster_last_row(edge, 2, 1, 10000) == 10031, "R5: a gap of exactly max_gap rows is bridged");
    const asn_row_span beyond[] = { { 1, 30 }, { 10032, 10032 } };
    CHECK(asn_roster_last_row(beyond, 2, 1, 10000) == 30, "R5: one more empty row ends the roster");
    const asn_row_span lonely[] = { { 500000, 500000 } };
    CHECK(asn_roster_last_row(lonely, 1, 1, 10000) == 1, "R5: a lone name far down: the prototype row only");
    const asn_row_span header[] = { { 0, 0 }, { 1, 5 } };
    CHECK(asn_roster_last_row(header, 2, 1, 10000) == 5, "R1: a run above the first row does not count");
    const asn_row_span bad[] = { { -4, 3 }, { 9, 2 }, { 1, 2 } };
    CHECK(asn_roster_last_row(bad, 3, 1, 10000) == 2, "R1: impossible runs are ignored");
    const asn_row_span whole[] = { { 1, 50000 } };
    CHECK(asn_roster_last_row(whole, 1, 1, 10000) == 50000, "50,000 employees");
}

int main(void)
{
    nothing_filled();
    filled();
    odd_runs();
    roster_rows();
    return check_report("unit-print-rows");
}
