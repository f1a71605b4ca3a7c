/* Career rule tables: every cell of the nine-box and credit tables, the SKP checks of the contract,
 * grades, education levels, the promotion check and Calc-compatible rounding. */
#include <gsl/gsl_errno.h>

#include "career.h"
#include "check.h"
#include "support/rounding.h"

static asn_status ok(void) { return (asn_status){ ASN_OK, "" }; }
static asn_value N(double d) { return (asn_value){ ASN_VALUE_NUMBER, d, NULL }; }
static asn_value T(const char *s) { return (asn_value){ ASN_VALUE_TEXT, 0, s }; }
static const asn_value B = { ASN_VALUE_BLANK, 0, NULL };

static double skp(double to, double ro, double tq, double rq, double tt, double rt, asn_value tc, asn_value rc, int *fine)
{
    asn_skp_input in = { N(to), N(ro), N(tq), N(rq), N(tt), N(rt), tc, rc };
    asn_status st = ok();
    double s = -1;
    *fine = asn_skp(&in, &s, &st);
    return s;
}

static void skp_rules(void)
{
    int fine;
    /* Waktu checks: (100 + 100 + waktu) / 3 with full quantity and quality. */
    CHECK_NEAR(skp(10, 10, 100, 100, 12, 12, B, B, &fine) * 3 - 200, 76, 1e-9);
    CHECK_NEAR(skp(10, 10, 100, 100, 12, 0.76 * 12, B, B, &fine) * 3 - 200, 100, 1e-9);
    CHECK_NEAR(skp(10, 10, 100, 100, 12, 6, B, B, &fine) * 3 - 200, 50, 1e-9);
    CHECK_NEAR(skp(10, 10, 100, 100, 100, 76, B, B, &fine) * 3 - 200, 100, 1e-9); /* EW exactly 24 */
    /* Biaya aspect, the same formulas: 4 aspects. */
    CHECK_NEAR(skp(10, 8, 100, 90, 12, 12, N(1000), N(1000), &fine), (80 + 90 + 76 + 76) / 4.0, 1e-9);
    CHECK_NEAR(skp(10, 8, 100, 90, 12, 12, N(0), B, &fine), (80 + 90 + 76) / 3.0, 1e-9); /* TargetCost 0: none */
    /* An aspect below 0 counts as 0: RT = 2 TT gives (1.76 - 2) * 100 < 0. */
    CHECK_NEAR(skp(10, 10, 100, 100, 10, 20, B, B, &fine), 200 / 3.0, 1e-9);
    /* RealOutput 0 -> 0, but everything is still validated. */
    CHECK(skp(10, 0, 100, 100, 12, 12, B, B, &fine) == 0.0 && fine, "not done");
    skp(10, 0, 0, 100, 12, 12, B, B, &fine);
    CHECK(!fine, "TargetQuality 0 is refused even when RealOutput is 0");
    skp(0, 5, 100, 100, 12, 12, B, B, &fine);
    CHECK(!fine, "TargetOutput 0");
    skp(10, -1, 100, 100, 12, 12, B, B, &fine);
    CHECK(!fine, "negative realisation");
    skp(10, 5, 100, 100, 12, 12, N(-5), B, &fine);
    CHECK(!fine, "negative TargetCost");
    skp(10, 5, 100, 100, 12, 12, N(100), B, &fine);
    CHECK(!fine, "TargetCost without RealCost");
    skp(10, 5, 100, 100, 12, 12, B, N(-1), &fine);
    CHECK(!fine, "negative RealCost");
}

static void credit_table(void)
{
    const char *predicates[] = { "Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang" };
    const double percent[] = { 150, 100, 75, 50, 25 };
    const char *levels[] = { "Pemula", "Terampil", "Mahir", "Penyelia", "Ahli Pertama", "Ahli Muda", "Ahli Madya", "Ahli Utama" };
    const double coefficient[] = { 3.75, 5, 12.5, 25, 12.5, 25, 37.5, 50 };
    for (int p = 0; p < 5; p++) {
        for (int l = 0; l < 8; l++) {
            asn_value pv = T(predicates[p]), lv = T(levels[l]);
            double ak;
            asn_status st = ok();
            CHECK(asn_credit(&pv, &lv, &B, &ak, &st), "%s %s: %s", predicates[p], levels[l], st.message);
            CHECK_NEAR(ak, percent[p] / 100 * coefficient[l], 1e-12);
        }
    }
    double ak;
    asn_status st = ok();
    asn_value baik = T("Baik"), pertama = T("ahli  pertama"), cukup = T("cukup"), kurang = T("Kurang"), two = N(2);
    CHECK(asn_credit(&baik, &pertama, &two, &ak, &st), "%s", st.message);
    CHECK_NEAR(ak, 2.0 / 12 * 12.5, 1e-12); /* the contract's example: 2.08333... */
    CHECK(asn_credit(&cukup, &pertama, &B, &ak, &st) && ak == 0.75 * 12.5, "Cukup = Butuh Perbaikan");
    CHECK(asn_credit(&kurang, &pertama, &B, &ak, &st) && ak == 0.5 * 12.5, "Kurang = Kurang/Misconduct");
    asn_value bad_months[] = { N(0), N(13), N(2.5), T("dua") };
    for (int i = 0; i < 4; i++) {
        st = ok();
        CHECK(!asn_credit(&baik, &pertama, &bad_months[i], &ak, &st), "months %d", i);
    }
    asn_value unknown = T("Ahli"), amat = T("Amat Baik");
    st = ok();
    CHECK(!asn_credit(&baik, &unknown, &B, &ak, &st), "unknown level");
    st = ok();
    CHECK(!asn_credit(&amat, &pertama, &B, &ak, &st), "unknown predicate");
}

static void ninebox_table(void)
{
    const int want[4][4] = { { 0 }, { 0, 1, 3, 6 }, { 0, 2, 5, 8 }, { 0, 4, 7, 9 } }; /* [performance][potential] */
    const char *perf_labels[] = { "", "Di Bawah Ekspektasi", "sesuai", "ABOVE" };
    const char *pot_labels[] = { "", "Rendah", "medium", "Tinggi" };
    for (int p = 1; p <= 3; p++) {
        for (int q = 1; q <= 3; q++) {
            int box = 0;
            asn_status st = ok();
            asn_value pn = N(p), qn = N(q), pt = T(perf_labels[p]), qt = T(pot_labels[q]);
            CHECK(asn_ninebox(&pn, &qn, NULL, NULL, &box, &st) && box == want[p][q], "numbers %d %d -> %d", p, q, box);
            CHECK(asn_ninebox(&pt, &qt, NULL, NULL, &box, &st) && box == want[p][q], "labels %d %d -> %d", p, q, box);
        }
    }
    asn_value cut_values[2] = { N(60), N(80) };
    asn_cells cuts = { 1, 2, cut_values };
    int box;
    asn_status st = ok();
    asn_value s85 = N(85), s60 = N(60), s59 = N(59.9), tinggi = T("tinggi");
    CHECK(asn_ninebox(&s85, &tinggi, &cuts, NULL, &box, &st) && box == 9, "score 85 >= 80 -> 3");
    CHECK(asn_ninebox(&s60, &tinggi, &cuts, NULL, &box, &st) && box == 8, "score 60 >= 60 -> 2");
    CHECK(asn_ninebox(&s59, &s85, &cuts, &cuts, &box, &st) && box == 6, "both by cuts");
    asn_value down[2] = { N(80), N(60) };
    asn_cells bad_cuts = { 1, 2, down };
    st = ok();
    CHECK(!asn_ninebox(&s85, &tinggi, &bad_cuts, NULL, &box, &st), "cuts not increasing");
    asn_value four = N(4), atas = T("atas");
    st = ok();
    CHECK(!asn_ninebox(&four, &tinggi, NULL, NULL, &box, &st), "4 without cuts");
    st = ok();
    CHECK(!asn_ninebox(&atas, &tinggi, &cuts, NULL, &box, &st), "a label when cuts are given");

    const char *text;
    int pool;
    asn_value nine = N(9), one = N(1), rek = T("rekomendasi"), kat = T("Kategori");
    st = ok();
    CHECK(asn_ninebox_info(&nine, &B, &text, &pool, &st), "%s", st.message);
    CHECK_STR(text, "Kinerja di atas ekspektasi dan potensial tinggi");
    CHECK(asn_ninebox_info(&nine, &rek, &text, &pool, &st), "%s", st.message);
    CHECK_STR(text, "Dipromosikan dan dipertahankan; Masuk Kelompok Rencana Suksesi Instansi/Nasional; Penghargaan");
    CHECK(asn_ninebox_info(&one, &kat, &text, &pool, &st), "%s", st.message);
    CHECK_STR(text, "Kinerja di bawah ekspektasi dan potensial rendah");
    asn_value bad[] = { N(0), N(10), N(2.5), T("9") };
    for (int i = 0; i < 4; i++) {
        st = ok();
        CHECK(!asn_ninebox_info(&bad[i], &B, &text, &pool, &st), "box %d", i);
    }
    asn_value field = T("saran");
    st = ok();
    CHECK(!asn_ninebox_info(&nine, &field, &text, &pool, &st), "unknown field");

    /* v2: "pool" (also "talenta"): boxes 7, 8, 9 are the talent pool; every box checked. */
    asn_value pool_field = T(" Pool "), talenta = T("TALENTA");
    for (int b = 1; b <= 9; b++) {
        asn_value which = N(b);
        st = ok();
        pool = -1;
        CHECK(asn_ninebox_info(&which, &pool_field, &text, &pool, &st) && text == NULL && pool == (b >= 7),
              "box %d: pool %d", b, pool);
        pool = -1;
        CHECK(asn_ninebox_info(&which, &talenta, &text, &pool, &st) && text == NULL && pool == (b >= 7),
              "box %d: talenta %d", b, pool);
    }
    asn_value ten = N(10);
    st = ok();
    CHECK(!asn_ninebox_info(&ten, &pool_field, &text, &pool, &st), "box 10 with pool");
}

static void grades(void)
{
    const char *roman[] = { "I", "II", "III", "IV" };
    int expected = 1;
    for (int g = 0; g < 4; g++) {
        for (char r = 'a'; r <= (g == 3 ? 'e' : 'd'); r++, expected++) {
            char forms[5][16];
            snprintf(forms[0], 16, "%s/%c", roman[g], r);
            snprintf(forms[1], 16, "%s-%c", roman[g], r - 32);
            snprintf(forms[2], 16, "%s%c", roman[g], r);
            snprintf(forms[3], 16, "%d/%c", g + 1, r);
            snprintf(forms[4], 16, "%d%c", g + 1, r);
            for (int f = 0; f < 5; f++) {
                int o = 0;
                asn_value v = T(forms[f]);
                asn_status st = ok();
                CHECK(asn_grade(&v, &B, &o, &st) && o == expected, "%s -> %d", forms[f], o);
            }
        }
    }
    /* Issue 16: "II/Id", "I/Ve" and "I I/d" were read as III/d, IV/e and II/d once separators were dropped. */
    const char *bad[] = { "III/e", "V/a", "3", "IIIa/b", "", "0/a", "II/ f", "II/Id", "I/Ve", "I I/d", "III//d",
                          "III/d e", "3/4/d" };
    for (int i = 0; i < 13; i++) {
        int o;
        asn_value v = T(bad[i]);
        asn_status st = ok();
        CHECK(!asn_grade(&v, &B, &o, &st), "%s refused", bad[i]);
    }
    asn_value pppk = T("PPPK"), xvii = T("XVII"), ix = T("ix"), xviii = T("XVIII"), pns = T("pns"), iiid = T("III/d");
    int o;
    asn_status st = ok();
    CHECK(asn_grade(&xvii, &pppk, &o, &st) && o == 17, "XVII");
    CHECK(asn_grade(&ix, &pppk, &o, &st) && o == 9, "ix");
    CHECK(asn_grade(&iiid, &pns, &o, &st) && o == 12, "PNS explicit");
    st = ok();
    CHECK(!asn_grade(&xviii, &pppk, &o, &st), "XVIII");
    asn_value spaced = T("  III / d "), dashed = T("X-V-I-I"), padded = T(" xvii ");
    st = ok();
    CHECK(asn_grade(&spaced, &B, &o, &st) && o == 12, "spaces around the parts");
    CHECK(asn_grade(&padded, &pppk, &o, &st) && o == 17, "PPPK with surrounding spaces");
    st = ok();
    CHECK(!asn_grade(&dashed, &pppk, &o, &st), "X-V-I-I is not a PPPK golongan");
    asn_value number = N(12);
    st = ok();
    CHECK(!asn_grade(&number, &B, &o, &st), "a number");
    asn_value kind = T("honorer");
    st = ok();
    CHECK(!asn_grade(&iiid, &kind, &o, &st), "unknown kind");
}

static void education(void)
{
    struct { const char *text; int want; } cases[] = {
        { "SD", 1 }, { "smp", 2 }, { "SLTP", 2 }, { "SMA", 3 }, { "SMK", 3 }, { "SLTA", 3 }, { "D1", 4 },
        { "D-I", 4 }, { "D2", 5 }, { "DII", 5 }, { "D3", 6 }, { "D-III", 6 }, { "DIII", 6 }, { "D4", 7 },
        { "D-IV", 7 }, { "S1", 7 }, { "S-1", 7 }, { "Strata 1", 7 }, { "S2", 8 }, { "Strata 2", 8 },
        { "S3", 9 }, { " s-3 ", 9 }, { "Strata III", 9 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int o = 0;
        asn_value v = T(cases[i].text);
        asn_status st = ok();
        CHECK(asn_edulevel(&v, &o, &st) && o == cases[i].want, "%s -> %d", cases[i].text, o);
    }
    const char *bad[] = { "S4", "Sarjana", "D5", "" };
    for (int i = 0; i < 4; i++) {
        int o;
        asn_value v = T(bad[i]);
        asn_status st = ok();
        CHECK(!asn_edulevel(&v, &o, &st), "%s refused", bad[i]);
    }
}

static void eligibility(void)
{
    asn_value two_good[] = { T("Baik"), T("Sangat Baik") }, one_bp[] = { T("Baik"), T("Butuh Perbaikan") },
              with_blank[] = { T("Baik"), B, T("baik") }, single[] = { T("Baik"), B }, bad[] = { T("Baik"), T("Bagus") },
              cukup[] = { T("Baik"), T("Cukup") };
    struct { double years; asn_value *pred; size_t n; asn_value min, penalty; int want; } cases[] = {
        { 4, two_good, 2, B, B, 1 },       { 3.9, two_good, 2, B, B, 0 },      { 2, two_good, 2, N(2), B, 1 },
        { 5, one_bp, 2, B, B, 0 },         { 5, with_blank, 3, B, B, 1 },      { 5, single, 2, B, B, 0 },
        { 5, two_good, 2, B, N(1), 0 },    { 5, two_good, 2, B, T("ya"), 0 },  { 5, two_good, 2, B, T("Tidak"), 1 },
        { 5, two_good, 2, B, N(0), 1 },    { 5, cukup, 2, B, B, 0 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int e = -1;
        asn_value y = N(cases[i].years);
        asn_cells p = { 1, cases[i].n, cases[i].pred };
        asn_status st = ok();
        CHECK(asn_eligible(&y, &p, &cases[i].min, &cases[i].penalty, &e, &st) && e == cases[i].want, "case %zu: %d %s", i, e,
              st.message);
    }
    int e;
    asn_value y = N(5), neg = N(-1), pen = N(2);
    asn_cells p = { 1, 2, bad }, good = { 1, 2, two_good };
    asn_status st = ok();
    CHECK(!asn_eligible(&y, &p, &B, &B, &e, &st), "unknown predicate");
    st = ok();
    CHECK(!asn_eligible(&neg, &good, &B, &B, &e, &st), "negative years");
    st = ok();
    CHECK(!asn_eligible(&y, &good, &neg, &B, &e, &st), "negative MinYears");
    st = ok();
    CHECK(!asn_eligible(&y, &good, &B, &pen, &e, &st), "Penalty 2");
}

static void rounding(void)
{
    CHECK_NEAR(asn_round(2.005, 2), 2.01, 0);
    CHECK_NEAR(asn_round(-0.125, 2), -0.13, 0);
    CHECK_NEAR(asn_round(1.234, 2), 1.23, 0);
    CHECK_NEAR(asn_round(2.675, 2), 2.68, 0);
    long long cents;
    CHECK(asn_scaled_integer(2.005, 2, &cents) && cents == 201, "2.005 -> 201 cents");
    CHECK(asn_scaled_integer(1e9, 2, &cents) && cents == 100000000000LL, "Rp 1e9");
    CHECK(!asn_scaled_integer(1e300, 2, &cents), "too large");
    /* Issue 16: costs of Rp 5,000,000,000 and more gained a cent (a tolerance around one half that grew with the
     * value). Exact decimal rounding at 15 significant digits, no tolerance. */
    CHECK(asn_scaled_integer(5e9, 2, &cents) && cents == 500000000000LL, "Rp 5e9: %lld", cents);
    CHECK(asn_scaled_integer(9.99999999999999e12, 2, &cents) && cents == 999999999999999LL, "Rp 9.99...e12: %lld", cents);
    CHECK(asn_scaled_integer(123456789012.345, 2, &cents) && cents == 12345678901235LL, "half at 15 digits: %lld", cents);
    CHECK(asn_scaled_integer(-2.005, 2, &cents) && cents == -201, "negative half away from zero");
    CHECK(asn_scaled_integer(0.0049, 2, &cents) && cents == 0, "below a half cent");
    CHECK(asn_scaled_integer(4.6e16, 2, &cents) && cents == 4600000000000000000LL, "4.6e16 fits 2^62");
    CHECK(!asn_scaled_integer(5e16, 2, &cents), "5e16 in cents exceeds 2^62");
    CHECK_NEAR(asn_round(5e9 + 0.5, 0), 5e9 + 1, 0);
    CHECK_NEAR(asn_round(5e9, 2), 5e9, 0);
    CHECK_NEAR(asn_round(1e15, 2), 1e15, 0);
    CHECK_NEAR(asn_round(0.0, 2), 0.0, 0);
    CHECK(asn_decimals(1.0000001) == 7 && asn_decimals(2.5) == 1 && asn_decimals(300) == 0 && asn_decimals(0.125) == 3 &&
          asn_decimals(1e-10) == 10, "decimals at 15 digits");
}

int main(void)
{
    gsl_set_error_handler_off();
    skp_rules();
    credit_table();
    ninebox_table();
    grades();
    education();
    eligibility();
    rounding();
    return check_report("unit-career");
}
