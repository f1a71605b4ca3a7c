/* The promotion committee's v2 rules (docs/functions.md §6): the kurva distribusi of every organisation
 * predikat at and around each bound, the education ceilings, and every cell of the AK-needed table. */
#include <gsl/gsl_errno.h>
#include <stdlib.h>
#include <string.h>

#include "career.h"
#include "check.h"

static asn_status ok(void) { return (asn_status){ ASN_OK, "" }; }
static asn_value N(double d) { return (asn_value){ ASN_VALUE_NUMBER, d, NULL }; }
static asn_value T(const char *s) { return (asn_value){ ASN_VALUE_TEXT, 0, s }; }
static const asn_value B = { ASN_VALUE_BLANK, 0, NULL };

/* A unit of sb + b + bp + km + sk employees (in that order, labels written in various accepted forms). */
typedef struct {
    asn_value cell[400];
    asn_cells range;
} unit;

static const asn_cells *make_unit(unit *u, int sb, int b, int bp, int km, int sk)
{
    static const char *const forms[5][2] = { { "Sangat Baik", "sangat  baik" }, { "Baik", " BAIK " },
                                             { "Butuh Perbaikan", "Cukup" }, { "Kurang/Misconduct", "kurang" },
                                             { "Sangat Kurang", "SANGAT KURANG" } };
    int counts[5] = { sb, b, bp, km, sk }, n = 0;
    for (int k = 0; k < 5; k++)
        for (int i = 0; i < counts[k]; i++, n++)
            u->cell[n] = T(forms[k][n % 2]);
    u->range = (asn_cells){ (size_t)n, 1, u->cell };
    return &u->range;
}

/* 1 fits, 0 does not, -1 refused. */
static int verdict(const char *org, int sb, int b, int bp, int km, int sk)
{
    unit u;
    asn_value o = T(org);
    asn_status st = ok();
    int fits = -1;
    char text[1024];
    if (!asn_distribution(make_unit(&u, sb, b, bp, km, sk), &o, &B, &fits, text, sizeof text, &st))
        return -1;
    return fits;
}

static const char *detail(const char *org, int sb, int b, int bp, int km, int sk)
{
    static unit u;
    static char text[1024];
    asn_value o = T(org), yes = N(1);
    static asn_status st;
    st = ok();
    int fits;
    if (!asn_distribution(make_unit(&u, sb, b, bp, km, sk), &o, &yes, &fits, text, sizeof text, &st))
        return st.message;
    return text;
}

#define FITS(org, sb, b, bp, km, sk, want) \
    CHECK(verdict(org, sb, b, bp, km, sk) == (want), "%s SB%d B%d BP%d KM%d SK%d: %d, want %d", org, sb, b, bp, km, sk, \
          verdict(org, sb, b, bp, km, sk), want)

static void distribution_rules(void)
{
    /* Istimewa: SB <= 70 %. Exactly 70 % fits, one more does not. */
    FITS("Istimewa", 7, 3, 0, 0, 0, 1);
    FITS("Istimewa", 70, 30, 0, 0, 0, 1);
    FITS("Istimewa", 71, 29, 0, 0, 0, 0);
    FITS("Istimewa", 8, 2, 0, 0, 0, 0);
    FITS("Istimewa", 0, 0, 0, 0, 5, 1); /* the rest may be anything */
    FITS("istimewa", 1, 0, 0, 0, 0, 0); /* one employee, SB: 100 % */
    /* 7 of 10 is 70 % exactly; 2 of 3 is 66.67 %: exact comparisons, no rounding. */
    FITS("Istimewa", 2, 1, 0, 0, 0, 1);

    /* Baik: B <= 70 %, and BP + KM >= 1. */
    FITS("Baik", 0, 7, 3, 0, 0, 1);
    FITS("Baik", 0, 7, 0, 3, 0, 1);
    FITS("Baik", 2, 7, 1, 0, 0, 1);  /* one BP in a Baik unit is enough */
    FITS("Baik", 2, 7, 0, 0, 1, 0);  /* no BP or KM (SK does not count) */
    FITS("Baik", 3, 7, 0, 0, 0, 0);  /* no BP or KM */
    FITS("Baik", 0, 8, 2, 0, 0, 0);  /* B 80 % */
    FITS("Baik", 0, 71, 29, 0, 0, 0);
    FITS("Baik", 0, 70, 29, 1, 0, 1);
    FITS("Baik", 0, 1, 0, 0, 0, 0);

    /* Butuh Perbaikan (Cukup): BP >= 60 %, SB <= 10 %. */
    FITS("Butuh Perbaikan", 1, 3, 6, 0, 0, 1); /* 60 % and 10 % exactly */
    FITS("Cukup", 1, 3, 6, 0, 0, 1);
    FITS("Butuh Perbaikan", 0, 41, 59, 0, 0, 0); /* 59 % */
    FITS("Butuh Perbaikan", 2, 2, 6, 0, 0, 0);   /* SB 20 % */
    FITS("Butuh Perbaikan", 11, 29, 60, 0, 0, 0); /* SB 11 % */
    FITS("Butuh Perbaikan", 10, 30, 60, 0, 0, 1);

    /* Kurang: KM >= 60 %, BP >= 10 %, SB <= 10 %. */
    FITS("Kurang", 1, 2, 1, 6, 0, 1);
    FITS("Kurang", 0, 0, 1, 6, 3, 1);
    FITS("Kurang", 0, 0, 0, 6, 4, 0); /* no BP */
    FITS("Kurang", 0, 4, 1, 5, 0, 0); /* KM 50 % */
    FITS("Kurang", 2, 1, 1, 6, 0, 0); /* SB 20 % */
    FITS("Kurang", 0, 1, 9, 90, 0, 0); /* BP 9 % */

    /* Sangat Kurang: SK >= 60 %, KM + BP >= 10 %, SB = 0. */
    FITS("Sangat Kurang", 0, 3, 0, 1, 6, 1);
    FITS("Sangat Kurang", 0, 3, 1, 0, 6, 1);
    FITS("Sangat Kurang", 1, 2, 1, 0, 6, 0); /* one SB */
    FITS("Sangat Kurang", 0, 4, 0, 0, 6, 0); /* no KM or BP */
    FITS("Sangat Kurang", 0, 3, 0, 2, 5, 0); /* SK 50 % */
    FITS("Sangat Kurang", 0, 10, 5, 4, 81, 0); /* KM + BP 9 % */

    /* Detail: Sesuai, or every broken rule in the contract's order. */
    CHECK_STR(detail("Baik", 0, 7, 3, 0, 0), "Sesuai");
    CHECK_STR(detail("Baik", 0, 8, 0, 0, 2),
              "Tidak sesuai: Baik 8 dari 10 pegawai (80%), paling banyak 70%; Butuh Perbaikan atau Kurang/Misconduct "
              "tidak ada, seharusnya paling sedikit 1 pegawai");
    CHECK_STR(detail("Istimewa", 2, 0, 0, 0, 1), "Sesuai"); /* 66.67 % */
    CHECK_STR(detail("Butuh Perbaikan", 0, 2, 1, 0, 0),
              "Tidak sesuai: Butuh Perbaikan 1 dari 3 pegawai (33,33%), paling sedikit 60%");
    CHECK_STR(detail("Istimewa", 3, 0, 0, 0, 1), "Tidak sesuai: Sangat Baik 3 dari 4 pegawai (75%), paling banyak 70%");
    CHECK_STR(detail("Kurang", 2, 5, 0, 1, 0),
              "Tidak sesuai: Kurang/Misconduct 1 dari 8 pegawai (12,5%), paling sedikit 60%; Butuh Perbaikan 0 dari 8 "
              "pegawai (0%), paling sedikit 10%; Sangat Baik 2 dari 8 pegawai (25%), paling banyak 10%");
    CHECK_STR(detail("Sangat Kurang", 1, 0, 0, 0, 9),
              "Tidak sesuai: Kurang/Misconduct dan Butuh Perbaikan 0 dari 10 pegawai (0%), paling sedikit 10%; "
              "Sangat Baik 1 dari 10 pegawai (10%), seharusnya tidak ada");

    /* Blanks are skipped; other text, numbers, no predikat, an unknown organisation predikat, a bad Detail:
     * refused. */
    asn_value cells[4] = { T("Baik"), B, T("Butuh Perbaikan"), B };
    asn_cells with_blanks = { 2, 2, cells };
    asn_value baik = T("Baik"), yes = N(1);
    asn_status st = ok();
    int fits;
    char text[256];
    CHECK(asn_distribution(&with_blanks, &baik, &B, &fits, text, sizeof text, &st) && fits == 1, "%s", st.message);
    asn_value bad_cells[][1] = { { T("Bagus") }, { N(1) }, { B } };
    for (int i = 0; i < 3; i++) {
        asn_cells one = { 1, 1, bad_cells[i] };
        st = ok();
        CHECK(!asn_distribution(&one, &baik, &B, &fits, text, sizeof text, &st) && st.code == ASN_INVALID, "bad %d", i);
    }
    asn_value orgs[] = { T("Sangat Baik"), T("baik sekali"), N(1), B };
    for (int i = 0; i < 4; i++) {
        st = ok();
        CHECK(!asn_distribution(&with_blanks, &orgs[i], &B, &fits, text, sizeof text, &st), "organisation %d", i);
    }
    asn_value details[] = { N(2), T("ya") };
    for (int i = 0; i < 2; i++) {
        st = ok();
        CHECK(!asn_distribution(&with_blanks, &baik, &details[i], &fits, text, sizeof text, &st), "detail %d", i);
    }
    st = ok();
    CHECK(asn_distribution(&with_blanks, &baik, &yes, &fits, text, sizeof text, &st), "%s", st.message);
    CHECK_STR(text, "Sesuai");
}

static void max_grades(void)
{
    const struct { const char *education; double vocational; const char *want; } cases[] = {
        { "SD", 0, "II/a" },     { "SMP", 0, "II/c" },     { "SLTP", 1, "II/d" },   { "smp", 0, "II/c" },
        { "SMA", 0, "III/b" },   { "SMK", 0, "III/b" },    { "SLTA", 1, "III/b" },  { "D1", 0, "III/b" },
        { "D-II", 0, "III/b" },  { "D3", 0, "III/c" },     { "D-III", 0, "III/c" }, { "D4", 0, "III/d" },
        { "S1", 0, "III/d" },    { "S-1", 1, "III/d" },    { "S2", 0, "IV/a" },     { "S3", 0, "IV/b" },
        { "Strata 3", 0, "IV/b" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        asn_value e = T(cases[i].education), v = N(cases[i].vocational);
        const char *g = NULL;
        asn_status st = ok();
        CHECK(asn_max_grade(&e, &v, &g, &st), "%s: %s", cases[i].education, st.message);
        CHECK_STR(g, cases[i].want);
    }
    /* Vocational forms: blank, FALSE/0, "tidak" = no; TRUE/1, "ya" = yes; else refused, also for S1. */
    asn_value smp = T("SMP"), s1 = T("S1");
    asn_value no[] = { B, N(0), T("tidak"), T(" Tidak ") }, yes[] = { N(1), T("ya"), T("YA") };
    const char *g;
    asn_status st = ok();
    for (int i = 0; i < 4; i++)
        CHECK(asn_max_grade(&smp, &no[i], &g, &st) && !strcmp(g, "II/c"), "no %d", i);
    for (int i = 0; i < 3; i++)
        CHECK(asn_max_grade(&smp, &yes[i], &g, &st) && !strcmp(g, "II/d"), "yes %d", i);
    asn_value bad_vocational[] = { N(2), T("kejuruan"), N(-1) };
    for (int i = 0; i < 3; i++) {
        st = ok();
        CHECK(!asn_max_grade(&s1, &bad_vocational[i], &g, &st) && st.code == ASN_INVALID, "vocational %d", i);
    }
    asn_value bad_education[] = { T("S4"), T("TK"), N(7), B };
    for (int i = 0; i < 4; i++) {
        st = ok();
        CHECK(!asn_max_grade(&bad_education[i], &B, &g, &st) && st.code == ASN_INVALID, "education %d", i);
    }
}

static void credit_needs(void)
{
    /* Every cell of the contract's table; 0 = none (#N/A). */
    const struct { const char *level; double pangkat, jenjang; } table[] = {
        { "Pemula", 15, 15 },       { "Terampil", 20, 60 },   { "Mahir", 50, 100 },      { "Penyelia", 100, 0 },
        { "Ahli Pertama", 50, 100 }, { "Ahli Muda", 100, 200 }, { "Ahli Madya", 150, 450 }, { "Ahli Utama", 200, 0 },
    };
    const char *pangkat_forms[] = { NULL, "pangkat", " KP " }, *jenjang_forms[] = { "jenjang", "KJ" };
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        asn_value level = T(table[i].level);
        for (int f = 0; f < 3; f++) {
            asn_value purpose = pangkat_forms[f] ? T(pangkat_forms[f]) : B;
            double need = -1;
            asn_status st = ok();
            CHECK(asn_credit_need(&level, &purpose, &need, &st) && need == table[i].pangkat, "%s pangkat: %g",
                  table[i].level, need);
        }
        for (int f = 0; f < 2; f++) {
            asn_value purpose = T(jenjang_forms[f]);
            double need = -1;
            asn_status st = ok();
            int r = asn_credit_need(&level, &purpose, &need, &st);
            if (table[i].jenjang == 0)
                CHECK(!r && st.code == ASN_NOT_FOUND, "%s jenjang: the top, #N/A", table[i].level);
            else
                CHECK(r && need == table[i].jenjang, "%s jenjang: %g", table[i].level, need);
        }
    }
    asn_value ahli = T("ahli  pertama"), pangkat = T("pangkat");
    double need;
    asn_status st = ok();
    CHECK(asn_credit_need(&ahli, &pangkat, &need, &st) && need == 50, "label forms");
    asn_value bad_levels[] = { T("Ahli"), T("Utama"), N(3), B };
    for (int i = 0; i < 4; i++) {
        st = ok();
        CHECK(!asn_credit_need(&bad_levels[i], &B, &need, &st) && st.code == ASN_INVALID, "level %d", i);
    }
    asn_value bad_purposes[] = { T("golongan"), N(1) };
    for (int i = 0; i < 2; i++) {
        st = ok();
        CHECK(!asn_credit_need(&ahli, &bad_purposes[i], &need, &st) && st.code == ASN_INVALID, "purpose %d", i);
    }
}

int main(void)
{
    gsl_set_error_handler_off();
    distribution_rules();
    max_grades();
    credit_needs();
    return check_report("unit-committee");
}
