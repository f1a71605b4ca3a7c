/* ASNPERFORMANCE, ASNCATEGORY, ASNPREDICATE core and the label matching they rely on. */
#include "check.h"
#include "support/labels.h"
#include "performance.h"
#include "ratings.h"

static asn_status ok(void) { return (asn_status){ ASN_OK, "" }; }
static asn_value text(const char *s) { return (asn_value){ ASN_VALUE_TEXT, 0, s }; }
static asn_value num(double d) { return (asn_value){ ASN_VALUE_NUMBER, d, NULL }; }
static const asn_value blank = { ASN_VALUE_BLANK, 0, NULL };

static void labels(void)
{
    CHECK(asn_label_equals("  Di   Atas  Ekspektasi ", "di atas ekspektasi"), "spaces");
    CHECK(asn_label_equals("SESUAI", "sesuai"), "case");
    CHECK(!asn_label_equals("sesuaix", "sesuai"), "longer");
    CHECK(!asn_label_equals("sesua", "sesuai"), "shorter");
    CHECK(!asn_label_equals("di atasekspektasi", "di atas ekspektasi"), "missing space");
    CHECK(!asn_label_equals("", "sesuai"), "empty");
    CHECK(asn_label_equals("\tpp30-360\n", "pp30-360"), "tabs");
}

static void performance(void)
{
    asn_scheme s;
    double v;
    asn_status st = ok();
    CHECK(asn_scheme_from_value(&blank, &s, &st) && s == ASN_SCHEME_PP30, "default PP30");
    CHECK(asn_scheme_from_value(&(asn_value){ ASN_VALUE_TEXT, 0, " pp30-360" }, &s, &st) && s == ASN_SCHEME_PP30_360, "360");
    CHECK(asn_scheme_from_value(&(asn_value){ ASN_VALUE_TEXT, 0, "PP46" }, &s, &st) && s == ASN_SCHEME_PP46, "46");
    st = ok();
    CHECK(!asn_scheme_from_value(&(asn_value){ ASN_VALUE_TEXT, 0, "PP31" }, &s, &st), "unknown scheme");
    st = ok();
    CHECK(!asn_scheme_from_value(&(asn_value){ ASN_VALUE_NUMBER, 30, NULL }, &s, &st), "number scheme");

    st = ok();
    CHECK(asn_performance(100, 80, ASN_SCHEME_PP30, &v, &st), "%s", st.message);
    CHECK_NEAR(v, 94.0, 1e-12);
    CHECK(asn_performance(100, 80, ASN_SCHEME_PP30_360, &v, &st), "%s", st.message);
    CHECK_NEAR(v, 92.0, 1e-12);
    CHECK(asn_performance(90, 70, ASN_SCHEME_PP46, &v, &st), "%s", st.message);
    CHECK_NEAR(v, 82.0, 1e-12);
    CHECK(asn_performance(0, 0, ASN_SCHEME_PP30, &v, &st) && v == 0.0, "zeros");
    st = ok();
    CHECK(!asn_performance(-1, 80, ASN_SCHEME_PP30, &v, &st), "negative SKP");
    st = ok();
    CHECK(!asn_performance(80, -0.5, ASN_SCHEME_PP30, &v, &st), "negative behaviour");
}

static void category(void)
{
    struct { double score; asn_scheme scheme; int innovation; const char *want; } cases[] = {
        { 120, ASN_SCHEME_PP30, 1, "Sangat Baik" }, { 110, ASN_SCHEME_PP30, 1, "Sangat Baik" },
        { 110, ASN_SCHEME_PP30, 0, "Baik" },        { 109.99, ASN_SCHEME_PP30, 1, "Baik" },
        { 90, ASN_SCHEME_PP30, 0, "Baik" },         { 89.999, ASN_SCHEME_PP30, 0, "Cukup" },
        { 70, ASN_SCHEME_PP30, 0, "Cukup" },        { 69.5, ASN_SCHEME_PP30, 0, "Kurang" },
        { 50, ASN_SCHEME_PP30, 0, "Kurang" },       { 49.99, ASN_SCHEME_PP30, 0, "Sangat Kurang" },
        { 0, ASN_SCHEME_PP30, 0, "Sangat Kurang" }, { 115, ASN_SCHEME_PP30_360, 1, "Sangat Baik" },
        { 91, ASN_SCHEME_PP46, 0, "Sangat Baik" },  { 90.5, ASN_SCHEME_PP46, 0, "Baik" },
        { 76, ASN_SCHEME_PP46, 0, "Baik" },         { 75.9, ASN_SCHEME_PP46, 0, "Cukup" },
        { 61, ASN_SCHEME_PP46, 0, "Cukup" },        { 60.5, ASN_SCHEME_PP46, 0, "Kurang" },
        { 51, ASN_SCHEME_PP46, 0, "Kurang" },       { 50.5, ASN_SCHEME_PP46, 0, "Buruk" },
        { 0, ASN_SCHEME_PP46, 0, "Buruk" },         { 150, ASN_SCHEME_PP46, 1, "Sangat Baik" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *label = NULL;
        asn_status st = ok();
        CHECK(asn_category(cases[i].score, cases[i].scheme, cases[i].innovation, &label, &st), "%s", st.message);
        CHECK_STR(label, cases[i].want);
    }
    const char *label;
    asn_status st = ok();
    CHECK(!asn_category(120.01, ASN_SCHEME_PP30, 0, &label, &st), "PP30 above 120");
    st = ok();
    CHECK(!asn_category(-0.01, ASN_SCHEME_PP30, 0, &label, &st), "PP30 below 0");
    st = ok();
    CHECK(!asn_category(-1, ASN_SCHEME_PP46, 0, &label, &st), "PP46 below 0");

    int flag;
    st = ok();
    CHECK(asn_value_to_flag(&blank, 0, &flag, "Innovation", &st) && flag == 0, "blank innovation");
    CHECK(asn_value_to_flag(&(asn_value){ ASN_VALUE_NUMBER, 1, NULL }, 0, &flag, "Innovation", &st) && flag, "TRUE");
    st = ok();
    CHECK(!asn_value_to_flag(&(asn_value){ ASN_VALUE_NUMBER, 2, NULL }, 0, &flag, "Innovation", &st), "2");
    st = ok();
    CHECK(!asn_value_to_flag(&(asn_value){ ASN_VALUE_TEXT, 0, "ya" }, 0, &flag, "Innovation", &st), "text");
}

static void predicate(void)
{
    /* PermenPANRB 6/2022 matrix, every cell (docs/rules.md §3.2). */
    const char *want[3][3] = {
        { "Sangat Kurang", "Butuh Perbaikan", "Butuh Perbaikan" },
        { "Kurang/Misconduct", "Baik", "Baik" },
        { "Kurang/Misconduct", "Baik", "Sangat Baik" },
    };
    for (int h = 1; h <= 3; h++)
        for (int p = 1; p <= 3; p++)
            CHECK_STR(asn_predicate(h, p), want[h - 1][p - 1]);

    const char *forms[][2] = {
        { "Di Atas Ekspektasi", "3" }, { "atas", "3" },  { "ABOVE", "3" }, { "sesuai ekspektasi", "2" },
        { "Sesuai", "2" },             { "meets", "2" }, { " di  bawah ekspektasi ", "1" }, { "bawah", "1" },
        { "Below", "1" },
    };
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
        asn_rating r;
        asn_status st = ok();
        asn_value v = text(forms[i][0]);
        CHECK(asn_rating_from_value(&v, &r, "WorkResult", &st) && (int)r == forms[i][1][0] - '0', "%s", forms[i][0]);
    }
    asn_rating r;
    asn_status st = ok();
    CHECK(asn_rating_from_value(&(asn_value){ ASN_VALUE_NUMBER, 2, NULL }, &r, "x", &st) && r == ASN_RATING_MEETS, "2");
    asn_value bad[] = { text("baik"), num(0), num(4), num(2.5), blank, text("di atas") };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        st = ok();
        CHECK(!asn_rating_from_value(&bad[i], &r, "WorkResult", &st) && st.code == ASN_INVALID, "bad rating %zu", i);
    }
}

int main(void)
{
    labels();
    performance();
    category();
    predicate();
    return check_report("unit-performance");
}
