/* Pool statistics core: worked examples and NIST StRD certified values (univariate summary
 * statistics: NumAcc1-4, https://www.itl.nist.gov/div898/strd/univ/), with explicit tolerances. */
#include <gsl/gsl_errno.h>
#include <stdlib.h>

#include "check.h"
#include "stats.h"

static asn_status ok(void) { return (asn_status){ ASN_OK, "" }; }

#define column(v, b, n) ((asn_numbers){ (n), 1, (v), (b) })

static void nist(void)
{
    /* NumAcc1: 10000001, 10000003, 10000002 -> mean 10000002, sd 1 (certified, exact). */
    static double v[1001], work[1001], out[8];
    static unsigned char b[1001];
    int has_sd;
    double a1[] = { 10000001, 10000003, 10000002 };
    asn_status st = ok();
    CHECK(asn_stats(&column(a1, b, 3), work, out, &has_sd, &st), "%s", st.message);
    CHECK_NEAR(out[1], 10000002.0, 1e-15);
    CHECK_NEAR(out[2], 1.0, 1e-12);
    /* NumAcc2/3/4: 1001 values: first x0, then 1000 alternating x0-0.1, x0+0.1 -> mean x0, sd 0.1. */
    const double base[] = { 1.2, 1000000.2, 10000000.2 };
    const double tol_sd[] = { 1e-13, 1e-8, 1e-7 }; /* NIST: accuracy degrades with the magnitude */
    for (int d = 0; d < 3; d++) {
        v[0] = base[d];
        for (int i = 1; i < 1001; i++)
            v[i] = (i % 2) ? base[d] - 0.1 : base[d] + 0.1;
        st = ok();
        CHECK(asn_stats(&column(v, b, 1001), work, out, &has_sd, &st), "%s", st.message);
        CHECK_NEAR(out[1], base[d], 1e-14);
        CHECK(fabs(out[2] - 0.1) <= tol_sd[d], "NumAcc%d sd %.17g", d + 2, out[2]);
    }
}

static void examples(void)
{
    double v[] = { 2, 4, 4, 4, 5, 5, 7, 9 }, work[8], z, p, out[8];
    unsigned char b[8] = { 0 };
    int has_sd;
    asn_status st = ok();
    CHECK(asn_zscore(9, &column(v, b, 8), work, &z, &st), "%s", st.message);
    CHECK_NEAR(z, 4.0 / sqrt(32.0 / 7.0), 1e-14);
    CHECK(asn_percentile(4, &column(v, b, 8), &p, &st), "%s", st.message);
    CHECK_NEAR(p, 100.0 * (1 + 0.5 * 3) / 8, 1e-14);
    CHECK(asn_percentile(1, &column(v, b, 8), &p, &st) && p == 0.0, "below all");
    CHECK(asn_percentile(10, &column(v, b, 8), &p, &st) && p == 100.0, "above all");

    double q[] = { 4, 1, 3, 2 };
    unsigned char qb[4] = { 0 };
    CHECK(asn_stats(&column(q, qb, 4), work, out, &has_sd, &st) && has_sd, "%s", st.message);
    double want[8] = { 4, 2.5, sqrt(5.0 / 3.0), 1, 1.75, 2.5, 3.25, 4 }; /* QUARTILE.INC of 1..4 */
    for (int i = 0; i < 8; i++)
        CHECK_NEAR(out[i], want[i], 1e-14);

    /* Blanks are skipped. */
    double vb[] = { 5, 0, 7 };
    unsigned char bb[] = { 0, 1, 0 };
    CHECK(asn_stats(&column(vb, bb, 3), work, out, &has_sd, &st) && out[0] == 2 && out[1] == 6, "blanks");
    double one = 3;
    CHECK(asn_stats(&column(&one, qb, 1), work, out, &has_sd, &st) && !has_sd && out[5] == 3, "n = 1");

    unsigned char all[3] = { 1, 1, 1 };
    st = ok();
    CHECK(!asn_stats(&column(vb, all, 3), work, out, &has_sd, &st), "n = 0");
    st = ok();
    CHECK(!asn_zscore(1, &column(&one, qb, 1), work, &z, &st), "zscore n = 1");
    double same[] = { 2, 2, 2 };
    st = ok();
    CHECK(!asn_zscore(1, &column(same, qb, 3), work, &z, &st), "zscore sd 0");
    st = ok();
    CHECK(!asn_percentile(1, &column(vb, all, 3), &p, &st), "percentile n = 0");
}

static void merit(void)
{
    /* Two criteria on different scales; column 2 constant (sd 0 -> z 0, weight kept). */
    double t[] = { 100, 5, 80, 5, 60, 5 }, w[] = { 1, 1 }, work[3], mean[2], sd[2], sum;
    unsigned char tb[6] = { 0 }, wb[2] = { 0 };
    asn_numbers table = { 3, 2, t, tb }, weights = { 1, 2, w, wb };
    asn_status st = ok();
    CHECK(asn_merit_columns(&table, &weights, work, mean, sd, &sum, &st), "%s", st.message);
    CHECK_NEAR(mean[0], 80, 1e-14);
    CHECK_NEAR(sd[0], 20, 1e-14);
    CHECK(sd[1] == 0.0, "constant column");
    CHECK_NEAR(asn_merit_of(t, &weights, mean, sd, 2, sum), (1.0 + 0.0) / 2.0, 1e-14);
    CHECK_NEAR(asn_merit_of(t + 4, &weights, mean, sd, 2, sum), -0.5, 1e-14);

    double neg[] = { 1, -1 }, zero[] = { 0, 0 };
    st = ok();
    CHECK(!asn_merit_columns(&table, &(asn_numbers){ 1, 2, neg, wb }, work, mean, sd, &sum, &st), "negative weight");
    st = ok();
    CHECK(!asn_merit_columns(&table, &(asn_numbers){ 1, 2, zero, wb }, work, mean, sd, &sum, &st), "weights 0");
    unsigned char sparse[6] = { 0, 1, 0, 1, 0, 0 };
    st = ok();
    CHECK(!asn_merit_columns(&(asn_numbers){ 3, 2, t, sparse }, &weights, work, mean, sd, &sum, &st), "one number");
    st = ok();
    CHECK(!asn_merit_columns(&table, &(asn_numbers){ 1, 1, w, wb }, work, mean, sd, &sum, &st), "weight count");
}

/* Issue 16: valid input near 1E+308 gives its finite result (GSL's running sums overflowed: Err:502). */
static void large_values(void)
{
    double v[] = { 1e308, 1e308, -1e308 }, work[3], out[8], z;
    unsigned char b[3] = { 0 };
    int has_sd = 0;
    asn_status st = { ASN_OK, "" };
    CHECK(asn_stats(&(asn_numbers){ 3, 1, v, b }, work, out, &has_sd, &st), "%s", st.message);
    CHECK_NEAR(out[1], 1e308 / 3, 1e-14);
    CHECK_NEAR(out[2], sqrt(4.0 / 3.0) * 1e308, 1e-14); /* deviations 2/3, 2/3, -4/3 (x 1e308), n - 1 = 2 */
    CHECK(out[3] == -1e308 && out[5] == 1e308 && out[7] == 1e308, "min %g median %g max %g", out[3], out[5], out[7]);
    CHECK_NEAR(out[4], 0.0, 1e-14); /* QUARTILE.INC: halfway between -1e308 and 1e308 */
    st = (asn_status){ ASN_OK, "" };
    CHECK(asn_zscore(-1e308, &(asn_numbers){ 3, 1, v, b }, work, &z, &st), "%s", st.message);
    CHECK_NEAR(z, (-1e308 - 1e308 / 3) / (sqrt(4.0 / 3.0) * 1e308), 1e-14);
    /* Merit with 1E+308 weights and values: the same as with weights 1 and values scaled down. */
    double t[] = { 1e308, 1, -1e308, 2, 0, 3 }, w[] = { 1e308, 1e308 }, t_small[] = { 1, 1, -1, 2, 0, 3 },
           w_small[] = { 1, 1 }, mean[2], sd[2], sum, mean_s[2], sd_s[2], sum_s, work3[3];
    unsigned char nb[6] = { 0 };
    st = (asn_status){ ASN_OK, "" };
    asn_numbers table = { 3, 2, t, nb }, weights = { 1, 2, w, nb }, table_s = { 3, 2, t_small, nb },
                weights_s = { 1, 2, w_small, nb };
    CHECK(asn_merit_columns(&table, &weights, work3, mean, sd, &sum, &st) &&
          asn_merit_columns(&table_s, &weights_s, work3, mean_s, sd_s, &sum_s, &st), "%s", st.message);
    for (int r = 0; r < 3; r++)
        CHECK_NEAR(asn_merit_of(t + 2 * r, &weights, mean, sd, 2, sum), asn_merit_of(t_small + 2 * r, &weights_s, mean_s,
                                                                                     sd_s, 2, sum_s), 1e-12);
}

int main(void)
{
    gsl_set_error_handler_off();
    large_values();
    nist();
    examples();
    merit();
    return check_report("unit-stats");
}
