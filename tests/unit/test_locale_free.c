/* Text in every locale (src/core/support/locale_free.c, rules N1-N5), run in the Indonesian locale that check.h sets
 * for every unit test (decimal comma, Indonesian messages): the answers must be those of the C locale. */
#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>

#include "check.h"
#include "gap.h"
#include "support/locale_free.h"
#include "support/rounding.h"
#include "support/status.h"

static void locale_is_comma(void)
{
    /* The premise of this suite: the process reads numbers the Indonesian way. */
    CHECK(strcmp(localeconv()->decimal_point, ",") == 0, "decimal point is \"%s\"", localeconv()->decimal_point);
}

static const char *number(double v)
{
    static char buf[64];
    CHECK(asn_number_text(v, buf, sizeof buf) >= 0, "%s", "fits");
    return buf;
}

static void number_text(void)
{
    CHECK_STR(number(1.5), "1.5"); /* N1 */
    CHECK_STR(number(2.875), "2.875");
    CHECK_STR(number(101), "101");
    CHECK_STR(number(-0.125), "-0.125");
    CHECK_STR(number(0.1 + 0.2), "0.3"); /* N2: 15 significant digits, as Calc shows */
    CHECK_STR(number(1234567.25), "1234567.25"); /* N1: no grouping */
    CHECK_STR(number(-0.0), "0");
    CHECK_STR(number(1e20), "1e+20"); /* N6: also on Windows, whose printf writes 1e+020 */
    CHECK_STR(number(1.5e-300), "1.5e-300");
    CHECK_STR(number(-2e-7), "-2e-07");
    char small[3];
    CHECK(asn_number_text(123.5, small, sizeof small) == -1, "%s", "does not fit -> -1");
    char five[5];
    CHECK(asn_number_text(1e20, five, sizeof five) == -1, "%s", "1e+20 in 5 bytes does not fit, also on Windows");
}

static void fixed_text(void)
{
    char buf[32];
    CHECK(asn_fixed_text(2.0, 2, buf, sizeof buf) == 4, "%s", buf);
    CHECK_STR(buf, "2.00");
    asn_fixed_text(0.125, 2, buf, sizeof buf);
    CHECK_STR(buf, "0.13"); /* N6: a half away from zero, as ROUND; printf alone gives 0.12 on glibc, 0.13 on Windows */
    asn_fixed_text(-0.125, 2, buf, sizeof buf);
    CHECK_STR(buf, "-0.13");
    asn_fixed_text(2.005, 2, buf, sizeof buf);
    CHECK_STR(buf, "2.01"); /* as typed, as ROUND(2.005; 2) */
    asn_fixed_text(1234567.5, 1, buf, sizeof buf);
    CHECK_STR(buf, "1234567.5");
}

static void parse(const char *s, int ok, double want)
{
    double got = -12345;
    int r = asn_text_number(s, &got);
    CHECK(r == ok, "\"%s\": %d, want %d", s, r, ok);
    if (ok && r)
        CHECK(got == want, "\"%s\": got %.17g, want %.17g", s, got, want);
}

static void text_number(void)
{
    parse("2.5", 1, 2.5); /* N3: '.' whatever the locale */
    parse("3.75", 1, 3.75);
    parse(" 3.75 ", 1, 3.75);
    parse("\n\t2.5\r\n", 1, 2.5);
    parse("+3", 1, 3);
    parse("-1", 1, -1);
    parse(".5", 1, 0.5);
    parse("5.", 1, 5);
    parse("03", 1, 3);
    parse("1e2", 1, 100);
    parse("1.7976931348623157e308", 1, 1.7976931348623157e308);
    parse("2,5", 0, 0); /* the locale's comma is not ours */
    parse("2.5x", 0, 0);
    parse("2 5", 0, 0);
    parse("", 0, 0);
    parse("  ", 0, 0);
    parse(".", 0, 0);
    parse("-", 0, 0);
    parse("nan", 0, 0);
    parse("inf", 0, 0);
    parse("-infinity", 0, 0);
    parse("0x10", 0, 0);
    parse("1e999", 0, 0); /* overflow */
}

static void formatted_messages(void)
{
    char buf[64];
    asn_format(buf, sizeof buf, "level %.15g of %g, %.2f%%", 2.5, 0.125, 97.834);
    CHECK_STR(buf, "level 2.5 of 0.125, 97.83%"); /* N4 */
    asn_status st = { ASN_OK, "" };
    asn_fail(&st, ASN_INVALID, "Actual: cell %zu is %.15g", (size_t)3, 7.5);
    CHECK_STR(st.message, "Actual: cell 3 is 7.5");
    asn_format(buf, sizeof buf, "[%5zu|%%zu|%zd|%-3zu]", (size_t)42, (ptrdiff_t)-7, (size_t)1);
    CHECK_STR(buf, "[   42|%zu|-7|1  ]"); /* N4: also where the C runtime has no %z (msvcrt.dll) */
    char long_format[700], long_text[700];
    memset(long_format, 'x', 600);
    memcpy(long_format + 600, " cell %zu of %s", 16);
    asn_format(long_text, sizeof long_text, long_format, (size_t)7, "Tabel");
    CHECK_STR(long_text + 600, " cell 7 of Tabel"); /* N4: a format longer than the translation's buffer on the stack */
    char tiny[4];
    CHECK(asn_format(tiny, sizeof tiny, "%s", "abcdef") == 6, "%s", "returns the full length, like snprintf");
    CHECK_STR(tiny, "abc");
}

static void feedback_text(void)
{
    /* The case of issue 10: desktop Calc under id_ID answered "(-2,00)" and "(-0,13)". */
    double act[] = { 2, 3, 4, 2.875 }, req[] = { 3, 5, 2, 3 };
    unsigned char none[4] = { 0 };
    asn_numbers actual = { 4, 1, act, none }, required = { 4, 1, req, none };
    asn_value name_cells[4] = { { ASN_VALUE_TEXT, 0, "Integritas" }, { ASN_VALUE_TEXT, 0, "Komunikasi" },
                                { ASN_VALUE_TEXT, 0, "Kerja Sama" }, { ASN_VALUE_NUMBER, 1.5, NULL } };
    asn_cells names = { 4, 1, name_cells };
    asn_value count = { ASN_VALUE_BLANK, 0, NULL };
    char out[256];
    asn_status st = { ASN_OK, "" };
    CHECK(asn_gap_feedback(&actual, &required, &names, &count, 0, out, sizeof out, &st), "%s", st.message);
    CHECK_STR(out, "Komunikasi (-2); Integritas (-1); 1.5 (-0.13)");
}

static void error_text(void)
{
    /* N5: under id_ID, strerror(ENOENT) is "Tidak ada berkas atau direktori seperti itu". */
    char reason[128];
    CHECK_STR(asn_error_text(ENOENT, reason, sizeof reason), "No such file or directory");
    CHECK_STR(asn_error_text(EACCES, reason, sizeof reason), "Permission denied");
}

/* uselocale is per thread: converting on one thread leaves another's comma locale alone, and the
 * converting thread gets its own locale back. */
static void *convert_many(void *arg)
{
    int *bad = arg;
    char buf[32];
    for (int i = 0; i < 20000; i++) {
        double v;
        if (asn_number_text(i + 0.5, buf, sizeof buf) < 0 || !strchr(buf, '.') || !asn_text_number(buf, &v) ||
            v != i + 0.5)
            (*bad)++;
    }
    return NULL;
}

static void threads(void)
{
    int bad[2] = { 0, 0 };
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, convert_many, &bad[i]);
    int comma_lost = 0;
    for (int i = 0; i < 20000; i++) {
        char buf[32];
        snprintf(buf, sizeof buf, "%.1f", 1.5); /* the process's own conversion, on purpose */
        comma_lost += strcmp(buf, "1,5") != 0;
    }
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    CHECK(bad[0] == 0 && bad[1] == 0, "%d/%d conversions went wrong on the worker threads", bad[0], bad[1]);
    CHECK(comma_lost == 0, "the main thread lost its comma locale %d times", comma_lost);
    locale_is_comma();
}

int main(void)
{
    locale_is_comma();
    number_text();
    fixed_text();
    text_number();
    formatted_messages();
    feedback_text();
    error_text();
    threads();
    locale_is_comma();
    return check_report("unit-locale-free");
}
