/* ASNNIP (src/core/nip.c): normalisation (N1-N2), the checks (N3-N6) and the parts (N7). Date numbers are
 * checked against values computed independently (Python's datetime: (date - null date).days). */
#include "check.h"

#include "nip.h"

static asn_value text(const char *s) { return (asn_value){ ASN_VALUE_TEXT, 0.0, s }; }
static const asn_value blank = { ASN_VALUE_BLANK, 0.0, NULL };

/* The 18 digits ASNNIP reads from `written`, or "" when it refuses it. */
static const char *digits_of(const char *written)
{
    static asn_nip nip;
    asn_status st = { 0 };
    return asn_nip_parse(written, &nip, &st) ? nip.digits : "";
}

static int refused(const char *written)
{
    asn_nip nip;
    asn_status st = { 0 };
    return !asn_nip_parse(written, &nip, &st) && st.code == ASN_INVALID && st.message[0];
}

static void test_normalisation(void)
{
    const char *want = "198609262015051001";
    const char *forms[] = { "198609262015051001", "19860926 201505 1 001", "'198609262015051001",
                            "19860926.201505.1.001", "19860926-201505-1-001", "\xE2\x80\x99" "198609262015051001",
                            "19860926\xC2\xA0" "201505\xC2\xA0" "1\xC2\xA0" "001", " 198609262015051001 ",
                            "'19860926 201505 1 001" };
    for (size_t i = 0; i < sizeof forms / sizeof *forms; i++)
        CHECK(strcmp(digits_of(forms[i]), want) == 0, "N2: %s -> %s", forms[i], digits_of(forms[i]));
    const char *bad[] = { "19860926201505100", "1986092620150510011", "19860926201505100O", "''198609262015051001",
                          "1986092620150510'01", "19860926_201505_1_001", "NIP 198609262015051001", "'", "",
                          "１98609262015051001" /* a fullwidth digit is not an ASCII digit */ };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        CHECK(refused(bad[i]), "N2: %s is refused", bad[i]);
}

static void test_checks(void)
{
    CHECK(refused("190002292015051001"), "N3: 1900 is no leap year");
    CHECK(*digits_of("200002292020051001"), "N3: 2000-02-29 exists");
    CHECK(refused("198602302015051001"), "N3: 30 February");
    CHECK(refused("198613012015051001"), "N3: month 13");
    CHECK(refused("198609002015051001"), "N3: day 0");
    CHECK(refused("189912312015051001"), "N3: born before 1900");
    CHECK(refused("210001012015051001"), "N3: born after 2099");
    CHECK(refused("198609261986091001"), "N4: TMT in the birth month");
    CHECK(refused("198609261985051001"), "N4: TMT before birth");
    CHECK(*digits_of("198609261986101001"), "N4: TMT the month after birth");
    CHECK(refused("198609262015131001"), "N4: TMT month 13");
    CHECK(refused("198609262015001001"), "N4: TMT month 00");
    CHECK(refused("198609262100011001"), "N4: TMT after 2099");
    CHECK(*digits_of("198609262019211001"), "N4: PPPK 2019");
    CHECK(*digits_of("198609262099212001"), "N4: PPPK 2099");
    CHECK(refused("198609262018211001"), "N4: PPPK before 2019");
    CHECK(refused("198609262015053001"), "N5: digit 15 is 1 or 2");
    CHECK(refused("198609262015050001"), "N5: digit 15 is 1 or 2");
    CHECK(refused("198609262015051000"), "N6: serial 000");
    CHECK(*digits_of("198609262015052999"), "N6: serial 999");
}

/* ASNNIP(nip; part) with Calc's default null date; *number or *text set, returns the status code. */
static asn_code part_of(const char *nip, asn_value part, double *number, const char **answer)
{
    static asn_nip_answer out;
    asn_status st = { 0 };
    asn_value v = text(nip);
    int ok = asn_nip_part(&v, &part, 1899, 12, 30, &out, &st);
    *number = out.number;
    *answer = out.text;
    return ok ? ASN_OK : st.code;
}

static void test_parts(void)
{
    double n;
    const char *t;
    CHECK(part_of("19860926 201505 1 001", blank, &n, &t) == ASN_OK && t && !strcmp(t, "198609262015051001"),
          "N7: blank part -> the digits");
    CHECK(part_of("198609262015051001", text(" LAHIR "), &n, &t) == ASN_OK && !t && n == 31681.0,
          "N7: lahir 1986-09-26 = 31681, got %g", n);
    CHECK(part_of("198609262015051001", text("tmt"), &n, &t) == ASN_OK && !t && n == 42125.0,
          "N7: tmt 2015-05-01 = 42125, got %g", n);
    CHECK(part_of("198609262015051001", text("Tahun"), &n, &t) == ASN_OK && n == 2015.0, "N7: tahun");
    CHECK(part_of("198609262015051001", text("jenis"), &n, &t) == ASN_OK && t && !strcmp(t, "PNS"), "N7: PNS");
    CHECK(part_of("198609262015051001", text("kelamin"), &n, &t) == ASN_OK && t && !strcmp(t, "Laki-laki"),
          "N7: 1 laki-laki");
    CHECK(part_of("198609262015052007", text("kelamin"), &n, &t) == ASN_OK && t && !strcmp(t, "Perempuan"),
          "N7: 2 perempuan");
    CHECK(part_of("198609262015052007", text("urut"), &n, &t) == ASN_OK && n == 7.0, "N7: urut");
    CHECK(part_of("198609262021212007", text("jenis"), &n, &t) == ASN_OK && t && !strcmp(t, "PPPK"), "N7: PPPK");
    CHECK(part_of("198609262021212007", text("tahun"), &n, &t) == ASN_OK && n == 2021.0, "N7: PPPK tahun");
    CHECK(part_of("198609262021212007", text("tmt"), &n, &t) == ASN_NOT_FOUND, "N7: PPPK tmt -> #N/A");
    CHECK(part_of("198609262015051001", text("lahirnya"), &n, &t) == ASN_INVALID, "N7: unknown part");
    CHECK(part_of("198609262015051001", (asn_value){ ASN_VALUE_NUMBER, 1.0, NULL }, &n, &t) == ASN_INVALID,
          "N7: a number is no part");
    CHECK(part_of("198609262015051000", blank, &n, &t) == ASN_INVALID, "N6 through ASNNIP");

    asn_nip_answer out;
    asn_status st = { 0 };
    asn_value number = { ASN_VALUE_NUMBER, 198609262015051001.0, NULL };
    CHECK(!asn_nip_part(&number, &blank, 1899, 12, 30, &out, &st) && st.code == ASN_INVALID, "N1: a number");
    st = (asn_status){ 0 };
    CHECK(!asn_nip_part(&blank, &blank, 1899, 12, 30, &out, &st) && st.code == ASN_INVALID, "N1: blank");

    /* Another null date (Calc's 1904 option): the same day, another number. */
    st = (asn_status){ 0 };
    asn_value v = text("197109171993012001"), lahir = text("lahir"), tmt = text("tmt");
    CHECK(asn_nip_part(&v, &lahir, 1904, 1, 1, &out, &st) && out.number == 24731.0, "lahir with 1904: %g",
          out.number);
    CHECK(asn_nip_part(&v, &tmt, 1904, 1, 1, &out, &st) && out.number == 32508.0, "tmt with 1904: %g", out.number);
}

static void test_serials(void)
{
    CHECK(asn_date_serial(1900, 3, 1, 1899, 12, 30) == 61.0, "1900-03-01");
    CHECK(asn_date_serial(2000, 2, 29, 1899, 12, 30) == 36585.0, "2000-02-29");
    CHECK(asn_date_serial(2099, 12, 31, 1899, 12, 30) == 73050.0, "2099-12-31");
    CHECK(asn_date_serial(1900, 3, 1, 1904, 1, 1) == -1401.0, "before the null date");
    /* Every day from 1900 to 2099 is one more than the day before. */
    double previous = asn_date_serial(1899, 12, 31, 1899, 12, 30);
    int steady = 1;
    static const int month_days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    for (int y = 1900; y <= 2099; y++)
        for (int m = 1; m <= 12; m++) {
            int days = month_days[m - 1] + (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
            for (int d = 1; d <= days; d++) {
                double s = asn_date_serial(y, m, d, 1899, 12, 30);
                steady &= s == previous + 1.0;
                previous = s;
            }
        }
    CHECK(steady && previous == 73050.0, "consecutive serial numbers, ending at %g", previous);
}

int main(void)
{
    test_normalisation();
    test_checks();
    test_parts();
    test_serials();
    return check_report("unit-nip");
}
