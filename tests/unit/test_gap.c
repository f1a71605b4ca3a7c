/* Competency-gap core: ASNGAP modes, ASNJPM, the JPM bands, and the feedback texts (format, order,
 * ties, rounding as ROUND(x;2)). */
#include "check.h"
#include "gap.h"

static asn_status ok(void) { return (asn_status){ ASN_OK, "" }; }
#define NUMS(n, v, b) ((asn_numbers){ 1, (n), (v), (b) })

static void gaps(void)
{
    double act[] = { 2, 3, 4, 1, 3 }, req[] = { 3, 3, 2, 0, 5 }, out;
    unsigned char none[5] = { 0 }, skip4[5] = { 0, 0, 0, 1, 0 };
    const double want[4] = { 3, 2, 2, -1 };
    for (int mode = 0; mode < 4; mode++) {
        asn_value m = { ASN_VALUE_NUMBER, mode, NULL };
        asn_status st = ok();
        CHECK(asn_gap(&NUMS(5, act, none), &NUMS(5, req, skip4), &m, &out, &st), "mode %d: %s", mode, st.message);
        CHECK_NEAR(out, want[mode], 1e-12);
    }
    asn_value bad = { ASN_VALUE_NUMBER, 4, NULL }, blank = { ASN_VALUE_BLANK, 0, NULL };
    asn_status st = ok();
    CHECK(!asn_gap(&NUMS(5, act, none), &NUMS(5, req, skip4), &bad, &out, &st), "mode 4");
    /* A blank actual where required; out of range in a skipped pair; nothing required. */
    unsigned char act_blank[5] = { 1, 0, 0, 0, 0 }, all[5] = { 1, 1, 1, 1, 1 };
    st = ok();
    CHECK(!asn_gap(&NUMS(5, act, act_blank), &NUMS(5, req, skip4), &blank, &out, &st), "blank actual");
    double high[] = { 2, 3, 4, 9, 3 };
    st = ok();
    CHECK(!asn_gap(&NUMS(5, high, none), &NUMS(5, req, skip4), &blank, &out, &st), "9 in a skipped pair");
    st = ok();
    CHECK(!asn_gap(&NUMS(5, act, none), &NUMS(5, req, all), &blank, &out, &st), "no pair");
    double low_req[] = { 0.5, 3, 2, 1, 5 };
    st = ok();
    CHECK(!asn_gap(&NUMS(5, act, none), &NUMS(5, low_req, none), &blank, &out, &st), "required 0.5");
}

static void jpm(void)
{
    double act[] = { 2, 3, 4, 1, 3 }, req[] = { 3, 3, 2, 0, 5 }, w[] = { 2, 1, 1, 1, 1 }, out;
    unsigned char none[5] = { 0 }, skip4[5] = { 0, 0, 0, 1, 0 };
    asn_status st = ok();
    CHECK(asn_jpm(&NUMS(5, act, none), &NUMS(5, req, skip4), NULL, &out, &st), "%s", st.message);
    CHECK_NEAR(out, 1200.0 / 13.0, 1e-12);
    CHECK(asn_jpm(&NUMS(5, act, none), &NUMS(5, req, skip4), &NUMS(5, w, none), &out, &st), "%s", st.message);
    CHECK_NEAR(out, 87.5, 1e-12);
    double strong[] = { 5, 5, 5, 5, 5 };
    CHECK(asn_jpm(&NUMS(5, strong, none), &NUMS(5, req, skip4), NULL, &out, &st) && out == 100.0, "capped at 100");
    double zero[] = { 0, 0, 0, 0, 0 }, neg[] = { 1, -1, 1, 1, 1 };
    st = ok();
    CHECK(!asn_jpm(&NUMS(5, act, none), &NUMS(5, req, skip4), &NUMS(5, zero, none), &out, &st), "weights 0");
    st = ok();
    CHECK(!asn_jpm(&NUMS(5, act, none), &NUMS(5, req, skip4), &NUMS(5, neg, none), &out, &st), "negative weight");
    st = ok();
    CHECK(!asn_jpm(&NUMS(5, act, none), &NUMS(5, req, skip4), &NUMS(4, w, none), &out, &st), "weights do not pair");

    struct { double jpm; const char *purpose, *want; } bands[] = {
        { 90, NULL, "Optimal" },          { 89.999, NULL, "Cukup Optimal" },   { 78, "pemetaan", "Cukup Optimal" },
        { 77.9, NULL, "Kurang Optimal" }, { 0, NULL, "Kurang Optimal" },       { 80, "seleksi", "Memenuhi Syarat" },
        { 79.99, "SELEKSI", "Masih Memenuhi Syarat" }, { 68, "seleksi", "Masih Memenuhi Syarat" },
        { 67.99, "seleksi", "Kurang Memenuhi Syarat" }, { 100, "seleksi", "Memenuhi Syarat" },
    };
    for (size_t i = 0; i < sizeof bands / sizeof bands[0]; i++) {
        asn_value j = { ASN_VALUE_NUMBER, bands[i].jpm, NULL };
        asn_value p = bands[i].purpose ? (asn_value){ ASN_VALUE_TEXT, 0, bands[i].purpose } : (asn_value){ ASN_VALUE_BLANK, 0, NULL };
        const char *label = NULL;
        st = ok();
        CHECK(asn_jpm_category(&j, &p, &label, &st), "%s", st.message);
        CHECK_STR(label, bands[i].want);
    }
    asn_value over = { ASN_VALUE_NUMBER, 100.5, NULL }, blank = { ASN_VALUE_BLANK, 0, NULL }, other = { ASN_VALUE_TEXT, 0, "promosi" },
              fifty = { ASN_VALUE_NUMBER, 50, NULL };
    const char *label;
    st = ok();
    CHECK(!asn_jpm_category(&over, &blank, &label, &st), "above 100");
    st = ok();
    CHECK(!asn_jpm_category(&fifty, &other, &label, &st), "unknown purpose");
}

static void feedback(void)
{
    double act[] = { 2, 3, 4, 1, 3 }, req[] = { 3, 3, 2, 0, 5 };
    unsigned char none[5] = { 0 }, skip4[5] = { 0, 0, 0, 1, 0 };
    asn_value names_v[5] = { { ASN_VALUE_TEXT, 0, "Integritas" }, { ASN_VALUE_TEXT, 0, "Kerja Sama" },
                             { ASN_VALUE_TEXT, 0, "Komunikasi" }, { ASN_VALUE_TEXT, 0, "Orientasi" },
                             { ASN_VALUE_TEXT, 0, "Pelayanan Publik" } };
    asn_cells names = { 1, 5, names_v };
    asn_value blank = { ASN_VALUE_BLANK, 0, NULL }, one = { ASN_VALUE_NUMBER, 1, NULL };
    char text[256];
    asn_status st = ok();
    CHECK(asn_gap_feedback(&NUMS(5, act, none), &NUMS(5, req, skip4), &names, &blank, 0, text, sizeof text, &st), "%s", st.message);
    CHECK_STR(text, "Pelayanan Publik (-2); Integritas (-1)");
    CHECK(asn_gap_feedback(&NUMS(5, act, none), &NUMS(5, req, skip4), &names, &one, 0, text, sizeof text, &st), "%s", st.message);
    CHECK_STR(text, "Pelayanan Publik (-2)");
    CHECK(asn_gap_feedback(&NUMS(5, act, none), &NUMS(5, req, skip4), &names, &blank, 1, text, sizeof text, &st), "%s", st.message);
    CHECK_STR(text, "Komunikasi (+2)");
    /* Rounding as ROUND(x;2) (-0.125 -> -0.13), no trailing zeros, ties in range order, exact order. */
    double a2[] = { 1.7, 2.875, 2, 2.5 }, r2[] = { 3, 3, 3, 3 };
    unsigned char n4[4] = { 0 };
    asn_value nv[4] = { { ASN_VALUE_TEXT, 0, "A" }, { ASN_VALUE_TEXT, 0, "B" }, { ASN_VALUE_TEXT, 0, "C" }, { ASN_VALUE_NUMBER, 7, NULL } };
    asn_cells n2 = { 4, 1, nv };
    asn_value ten = { ASN_VALUE_NUMBER, 10, NULL };
    CHECK(asn_gap_feedback(&NUMS(4, a2, n4), &NUMS(4, r2, n4), &n2, &ten, 0, text, sizeof text, &st), "%s", st.message);
    CHECK_STR(text, "A (-1.3); C (-1); 7 (-0.5); B (-0.13)");
    double same[] = { 3, 3 };
    asn_cells two_names = { 1, 2, nv };
    CHECK(asn_gap_feedback(&NUMS(2, same, n4), &NUMS(2, same, n4), &two_names, &blank, 1, text, sizeof text, &st) && !text[0],
          "none: empty");
    asn_value huge_count = { ASN_VALUE_NUMBER, 5e6, NULL };
    CHECK(asn_gap_feedback(&NUMS(4, a2, n4), &NUMS(4, r2, n4), &n2, &huge_count, 0, text, sizeof text, &st), "%s", st.message);
    CHECK_STR(text, "A (-1.3); C (-1); 7 (-0.5); B (-0.13)"); /* Count only bounds the list: any whole number >= 1 */
    /* Issue 16: a Count of 2^63 went through an undefined conversion (UBSan's float-cast-overflow catches it). */
    asn_value counts[] = { { ASN_VALUE_NUMBER, 9223372036854775808.0, NULL }, { ASN_VALUE_NUMBER, 1e300, NULL },
                           { ASN_VALUE_NUMBER, 9223372036854774784.0, NULL } };
    for (int i = 0; i < 3; i++) {
        st = ok();
        CHECK(asn_gap_feedback(&NUMS(4, a2, n4), &NUMS(4, r2, n4), &n2, &counts[i], 0, text, sizeof text, &st), "%s",
              st.message);
        CHECK_STR(text, "A (-1.3); C (-1); 7 (-0.5); B (-0.13)");
    }
    asn_value zero = { ASN_VALUE_NUMBER, 0, NULL };
    st = ok();
    CHECK(!asn_gap_feedback(&NUMS(4, a2, n4), &NUMS(4, r2, n4), &n2, &zero, 0, text, sizeof text, &st), "Count 0");
    asn_cells short_names = { 1, 3, nv };
    st = ok();
    CHECK(!asn_gap_feedback(&NUMS(4, a2, n4), &NUMS(4, r2, n4), &short_names, &blank, 0, text, sizeof text, &st), "names");
}

int main(void)
{
    gaps();
    jpm();
    feedback();
    return check_report("unit-gap");
}
