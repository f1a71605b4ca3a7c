/* ASNSCORE / ASNSCORES core: the contract's examples and every rule of src/core/score.c. */
#include <gsl/gsl_errno.h>

#include "check.h"
#include "score.h"

#define NUMS(rows_, cols_, v, b) ((asn_numbers){ (rows_), (cols_), (v), (b) })

static asn_status ok(void) { return (asn_status){ ASN_OK, "" }; }

static void contract_examples(void)
{
    double v[] = { 80, 90, 70 }, w[] = { 50, 30, 20 }, work[3], score;
    unsigned char none[3] = { 0 }, mid[3] = { 0, 1, 0 };
    asn_status st = ok();
    CHECK(asn_score(&NUMS(3, 1, v, none), &NUMS(1, 3, w, none), ASN_BLANK_SKIP, work, &score, &st), "%s", st.message);
    CHECK_NEAR(score, 81.0, 1e-12);
    /* With the 90 blank (mode 0): (80*50 + 70*20) / 70 */
    double vb[] = { 80, 0, 70 };
    st = ok();
    CHECK(asn_score(&NUMS(3, 1, vb, mid), &NUMS(3, 1, w, none), ASN_BLANK_SKIP, work, &score, &st), "%s", st.message);
    CHECK_NEAR(score, (80.0 * 50 + 70.0 * 20) / 70.0, 1e-12);
    /* mode 1 counts it as 0 */
    st = ok();
    CHECK(asn_score(&NUMS(3, 1, vb, mid), &NUMS(3, 1, w, none), ASN_BLANK_AS_ZERO, work, &score, &st), "%s", st.message);
    CHECK_NEAR(score, (80.0 * 50 + 70.0 * 20) / 100.0, 1e-12);
    /* mode 2 refuses it */
    st = ok();
    CHECK(!asn_score(&NUMS(3, 1, vb, mid), &NUMS(3, 1, w, none), ASN_BLANK_IS_ERROR, work, &score, &st), "mode 2");
    CHECK(st.code == ASN_INVALID && strstr(st.message, "cell 2"), "%s", st.message);
}

static void weight_rules(void)
{
    double v[] = { 80, 90 }, work[2], score;
    unsigned char none[2] = { 0 }, second_blank[2] = { 0, 1 };
    asn_status st;

    double neg[] = { 1, -1 };
    st = ok();
    CHECK(!asn_score(&NUMS(2, 1, v, none), &NUMS(2, 1, neg, none), 0, work, &score, &st), "negative weight");
    CHECK(strstr(st.message, "negative"), "%s", st.message);

    double blank_w[] = { 2, 0 }; /* a blank weight is 0: only the first pair counts */
    st = ok();
    CHECK(asn_score(&NUMS(2, 1, v, none), &NUMS(2, 1, blank_w, second_blank), 0, work, &score, &st), "%s", st.message);
    CHECK_NEAR(score, 80.0, 1e-12);

    double zeros[] = { 0, 0 };
    st = ok();
    CHECK(!asn_score(&NUMS(2, 1, v, none), &NUMS(2, 1, zeros, none), 0, work, &score, &st), "weights sum to 0");

    double w3[] = { 1, 1, 1 };
    double work3[3];
    st = ok();
    CHECK(!asn_score(&NUMS(2, 1, v, none), &NUMS(3, 1, w3, none), 0, work3, &score, &st), "size mismatch");
    CHECK(strstr(st.message, "2 cells") && strstr(st.message, "3"), "%s", st.message);

    /* Row against column: shapes may differ when the counts agree. */
    double w2[] = { 1, 3 };
    st = ok();
    CHECK(asn_score(&NUMS(1, 2, v, none), &NUMS(2, 1, w2, none), 0, work, &score, &st), "%s", st.message);
    CHECK_NEAR(score, 87.5, 1e-12);

    /* Every value blank in mode 0: no pair takes part. */
    unsigned char all_blank[2] = { 1, 1 };
    double zv[] = { 0, 0 }, ones[] = { 1, 1 };
    st = ok();
    CHECK(!asn_score(&NUMS(2, 1, zv, all_blank), &NUMS(2, 1, ones, none), 0, work, &score, &st), "all blank");
    CHECK(strstr(st.message, "no pair"), "%s", st.message);

    /* Weights need not sum to 1 or 100: scaling them changes nothing. */
    double small[] = { 0.5, 0.25 }, big[] = { 2e6, 1e6 }, s1, s2;
    st = ok();
    CHECK(asn_score(&NUMS(2, 1, v, none), &NUMS(2, 1, small, none), 0, work, &s1, &st) &&
          asn_score(&NUMS(2, 1, v, none), &NUMS(2, 1, big, none), 0, work, &s2, &st), "%s", st.message);
    CHECK_NEAR(s1, s2, 1e-12);

    /* Huge values must not produce Inf or NaN: an error instead (or a finite result). */
    double huge[] = { 1.7e308, -1.7e308 };
    st = ok();
    int r = asn_score(&NUMS(2, 1, huge, none), &NUMS(2, 1, ones, none), 0, work, &score, &st);
    CHECK(!r || isfinite(score), "non-finite score %g", score);

    /* Issue 16: weights of 1E+308 are valid (their sum overflowed): scaled by a power of two, exactly. */
    double v3[] = { 80, 90, 70 }, w308[] = { 1e308, 1e308, 0 }, work_3[3];
    unsigned char none3[3] = { 0 };
    st = ok();
    CHECK(asn_score(&NUMS(3, 1, v3, none3), &NUMS(3, 1, w308, none3), 0, work_3, &score, &st) && score == 85.0,
          "%s %.17g", st.message, score);
    double out3[1];
    unsigned char has3[1];
    st = ok();
    CHECK(asn_scores(&NUMS(1, 3, v3, none3), &NUMS(1, 3, w308, none3), 0, work_3, out3, has3, &st) && has3[0] &&
          out3[0] == 85.0, "ASNSCORES: %s", st.message);
    double w_max[] = { 1.7976931348623157e308, 1.7976931348623157e308, 1.7976931348623157e308 };
    st = ok();
    CHECK(asn_score(&NUMS(3, 1, v3, none3), &NUMS(3, 1, w_max, none3), 0, work_3, &score, &st) && score == 80.0,
          "DBL_MAX weights: %s %.17g", st.message, score);
}

static void blank_mode_argument(void)
{
    asn_blank_mode m;
    asn_status st = ok();
    CHECK(asn_score_blank_mode(&(asn_value){ ASN_VALUE_BLANK, 0, NULL }, &m, &st) && m == ASN_BLANK_SKIP, "default");
    CHECK(asn_score_blank_mode(&(asn_value){ ASN_VALUE_NUMBER, 2, NULL }, &m, &st) && m == ASN_BLANK_IS_ERROR, "2");
    st = ok();
    CHECK(!asn_score_blank_mode(&(asn_value){ ASN_VALUE_NUMBER, 1.5, NULL }, &m, &st), "1.5");
    st = ok();
    CHECK(!asn_score_blank_mode(&(asn_value){ ASN_VALUE_NUMBER, 3, NULL }, &m, &st), "3");
    st = ok();
    CHECK(!asn_score_blank_mode(&(asn_value){ ASN_VALUE_NUMBER, -1, NULL }, &m, &st), "-1");
    st = ok();
    CHECK(!asn_score_blank_mode(&(asn_value){ ASN_VALUE_TEXT, 0, "satu" }, &m, &st), "text");
}

static void scores_table(void)
{
    /* 3 rows x 2 columns; row 2 has its only weighted cell blank, row 3 one blank. */
    double t[] = { 80, 60, 0, 90, 70, 0 };
    unsigned char b[] = { 0, 0, 1, 0, 0, 1 };
    double w[] = { 3, 0 }, work[2], out[3];
    unsigned char has[3];
    unsigned char none[2] = { 0 };
    asn_status st = ok();
    CHECK(asn_scores(&NUMS(3, 2, t, b), &NUMS(1, 2, w, none), ASN_BLANK_SKIP, work, out, has, &st), "%s", st.message);
    CHECK(has[0] && has[2] && !has[1], "has %d %d %d", has[0], has[1], has[2]);
    CHECK_NEAR(out[0], 80.0, 1e-12);
    CHECK_NEAR(out[2], 70.0, 1e-12);

    double w2[] = { 1, 1 };
    st = ok();
    CHECK(asn_scores(&NUMS(3, 2, t, b), &NUMS(2, 1, w2, none), ASN_BLANK_AS_ZERO, work, out, has, &st), "%s", st.message);
    CHECK(has[0] && has[1] && has[2], "mode 1 scores every row");
    CHECK_NEAR(out[1], 45.0, 1e-12);

    st = ok();
    CHECK(!asn_scores(&NUMS(3, 2, t, b), &NUMS(2, 1, w2, none), ASN_BLANK_IS_ERROR, work, out, has, &st), "mode 2");
    CHECK(strstr(st.message, "row 2"), "%s", st.message);

    double zeros[] = { 0, 0 };
    st = ok();
    CHECK(!asn_scores(&NUMS(3, 2, t, b), &NUMS(2, 1, zeros, none), ASN_BLANK_SKIP, work, out, has, &st), "all 0");

    double w3[] = { 1, 1, 1 };
    unsigned char none3[3] = { 0 };
    st = ok();
    CHECK(!asn_scores(&NUMS(3, 2, t, b), &NUMS(3, 1, w3, none3), ASN_BLANK_SKIP, work, out, has, &st), "columns");
}

/* ASNSCORES row by row equals ASNSCORE on the same row. */
static void scores_match_score(void)
{
    enum { ROWS = 200, COLS = 5 };
    static double t[ROWS * COLS];
    static unsigned char b[ROWS * COLS];
    double w[COLS] = { 30, 25, 20, 15, 10 }, work[COLS], out[ROWS], one;
    unsigned char has[ROWS], none[COLS] = { 0 };
    unsigned seed = 12345;
    for (int i = 0; i < ROWS * COLS; i++) {
        seed = seed * 1103515245u + 12345u;
        b[i] = (seed >> 16) % 7 == 0;
        t[i] = b[i] ? 0.0 : (double)((seed >> 8) % 12001) / 100.0;
    }
    asn_status st = ok();
    CHECK(asn_scores(&NUMS(ROWS, COLS, t, b), &NUMS(1, COLS, w, none), 0, work, out, has, &st), "%s", st.message);
    int agree = 1;
    for (int r = 0; r < ROWS; r++) {
        asn_status s1 = ok();
        int got = asn_score(&NUMS(1, COLS, t + r * COLS, b + r * COLS), &NUMS(1, COLS, w, none), 0, work, &one, &s1);
        if (got != has[r] || (got && fabs(one - out[r]) > 1e-12 * fmax(1, fabs(one))))
            agree = 0;
    }
    CHECK(agree, "ASNSCORES and ASNSCORE disagree on some row");
}

int main(void)
{
    gsl_set_error_handler_off();
    contract_examples();
    weight_rules();
    blank_mode_argument();
    scores_table();
    scores_match_score();
    return check_report("unit-score");
}
