/* ASNTRAININGPLAN core: examples, the documented tie rule, and a property test against brute force
 * on thousands of random small instances, for both dynamic programmes. */
#include <gsl/gsl_errno.h>
#include <stdlib.h>

#include "check.h"
#include "training_plan.h"

static asn_status ok(void) { return (asn_status){ ASN_OK, "" }; }

/* Brute force: the largest benefit within budget, then the lowest cost, then the tie rule R6 (from the
 * last training to the first, leave it out whenever an equally good and cheap plan without it exists). */
static void brute_force(const long long *b, const long long *c, int n, long long budget, unsigned char *out)
{
    long long best_b = -1, best_c = 0;
    for (unsigned mask = 0; mask < (1u << n); mask++) {
        long long sb = 0, sc = 0;
        for (int i = 0; i < n; i++)
            if (mask >> i & 1)
                sb += b[i], sc += c[i];
        if (sc <= budget && (sb > best_b || (sb == best_b && sc < best_c)))
            best_b = sb, best_c = sc;
    }
    unsigned fixed = 0, taken = 0; /* decisions for trainings after the current one */
    for (int j = n - 1; j >= 0; j--) {
        int can_leave_out = 0;
        for (unsigned mask = 0; mask < (1u << n) && !can_leave_out; mask++) {
            if ((mask & fixed) != taken || (mask >> j & 1))
                continue;
            long long sb = 0, sc = 0;
            for (int i = 0; i < n; i++)
                if (mask >> i & 1)
                    sb += b[i], sc += c[i];
            can_leave_out = sb == best_b && sc == best_c;
        }
        fixed |= 1u << j;
        if (!can_leave_out)
            taken |= 1u << j;
    }
    for (int i = 0; i < n; i++)
        out[i] = taken >> i & 1;
}

static void property(void)
{
    srand(99);
    int mismatches = 0, instances = 0;
    for (int trial = 0; trial < 4000; trial++) {
        int n = 1 + rand() % 11;
        double benefit[12], cost[12];
        unsigned char nb[12] = { 0 }, mine[12], brute[12], other[12];
        long long bi[12], ci[12];
        int decimals = rand() % 3;
        for (int i = 0; i < n; i++) {
            bi[i] = rand() % 8;                        /* many equal benefits: ties */
            ci[i] = (rand() % 6) * (decimals ? 25 : 100); /* cents; zero costs too */
            benefit[i] = decimals == 2 ? bi[i] / 4.0 : (double)bi[i];
            cost[i] = ci[i] / 100.0;
        }
        long long budget = (rand() % 20) * 25;
        asn_value bv = { ASN_VALUE_NUMBER, budget / 100.0, NULL };
        asn_numbers B = { (size_t)n, 1, benefit, nb }, C = { (size_t)n, 1, cost, nb };
        brute_force(bi, ci, n, budget, brute);
        asn_status st = ok();
        if (!asn_training_plan_with(&B, &C, &bv, ASN_PLAN_BY_COST, mine, &st) ||
            !asn_training_plan_with(&B, &C, &bv, ASN_PLAN_BY_BENEFIT, other, &st)) {
            mismatches++;
            continue;
        }
        instances++;
        for (int i = 0; i < n; i++)
            mismatches += (mine[i] != brute[i]) + (other[i] != brute[i]);
        asn_training_plan(&B, &C, &bv, mine, &st);
        for (int i = 0; i < n; i++)
            mismatches += mine[i] != brute[i];
    }
    CHECK(mismatches == 0, "%d mismatches over %d instances", mismatches, instances);
}

static void examples(void)
{
    /* Budget 100: {60 cost 50, 50 cost 50, 100 cost 100}: 110 from the first two beats 100. */
    double b[] = { 60, 50, 100 }, c[] = { 50, 50, 100 };
    unsigned char nb[3] = { 0 }, out[3];
    asn_value budget = { ASN_VALUE_NUMBER, 100, NULL };
    asn_status st = ok();
    CHECK(asn_training_plan(&(asn_numbers){ 3, 1, b, nb }, &(asn_numbers){ 3, 1, c, nb }, &budget, out, &st), "%s", st.message);
    CHECK(out[0] == 1 && out[1] == 1 && out[2] == 0, "plan %d%d%d", out[0], out[1], out[2]);
    /* Equal benefit: the cheaper plan. */
    double b2[] = { 10, 10 }, c2[] = { 30, 20 };
    asn_value forty = { ASN_VALUE_NUMBER, 40, NULL };
    CHECK(asn_training_plan(&(asn_numbers){ 2, 1, b2, nb }, &(asn_numbers){ 2, 1, c2, nb }, &forty, out, &st), "%s", st.message);
    CHECK(out[0] == 0 && out[1] == 1, "cheapest: %d%d", out[0], out[1]);
    /* Equal benefit and cost: the training listed first (R6). */
    double c4[] = { 20, 20 };
    CHECK(asn_training_plan(&(asn_numbers){ 2, 1, b2, nb }, &(asn_numbers){ 2, 1, c4, nb }, &forty, out, &st) &&
          out[0] == 1 && out[1] == 1, "both fit");
    asn_value thirty = { ASN_VALUE_NUMBER, 30, NULL };
    CHECK(asn_training_plan(&(asn_numbers){ 2, 1, b2, nb }, &(asn_numbers){ 2, 1, c4, nb }, &thirty, out, &st) &&
          out[0] == 1 && out[1] == 0, "tie goes to the first: %d%d", out[0], out[1]);
    /* Blanks are never chosen; costs round as ROUND(x;2): 0.005 -> 0.01 > budget 0. */
    double b3[] = { 5, 5, 5 }, c3[] = { 0, 0, 0.005 };
    unsigned char blank3[3] = { 0, 1, 0 };
    asn_value zero = { ASN_VALUE_NUMBER, 0, NULL };
    CHECK(asn_training_plan(&(asn_numbers){ 3, 1, b3, blank3 }, &(asn_numbers){ 3, 1, c3, nb }, &zero, out, &st), "%s", st.message);
    CHECK(out[0] == 1 && out[1] == 0 && out[2] == 0, "plan %d%d%d", out[0], out[1], out[2]);
    /* Issue 16: Rp 5,000,000,000 costs no longer gain a cent: two of them fit a budget of 10,000,000,000. */
    double b5[] = { 1, 1 }, c5[] = { 5e9, 5e9 };
    asn_value ten_billion = { ASN_VALUE_NUMBER, 1e10, NULL };
    st = ok();
    CHECK(asn_training_plan(&(asn_numbers){ 2, 1, b5, nb }, &(asn_numbers){ 2, 1, c5, nb }, &ten_billion, out, &st) &&
          out[0] == 1 && out[1] == 1, "two Rp 5e9 trainings within Rp 1e10: %d%d", out[0], out[1]);
    /* Benefits are compared exactly: 1.0000001 is more than 1 (no 1e-6 tolerance). */
    double b6[] = { 1, 1.0000001 }, c6[] = { 10, 10 };
    asn_value ten = { ASN_VALUE_NUMBER, 10, NULL };
    st = ok();
    CHECK(asn_training_plan(&(asn_numbers){ 2, 1, b6, nb }, &(asn_numbers){ 2, 1, c6, nb }, &ten, out, &st) &&
          out[0] == 0 && out[1] == 1, "the larger benefit: %d%d", out[0], out[1]);
    /* A cost beyond the table's integers: Err:523 (beyond the limits), not Err:502. */
    double c7[] = { 5e16, 1 };
    st = ok();
    CHECK(!asn_training_plan(&(asn_numbers){ 2, 1, b5, nb }, &(asn_numbers){ 2, 1, c7, nb }, &ten, out, &st) &&
          st.code == ASN_NO_CONVERGENCE, "5e16: %s", st.message);
    /* Errors. */
    asn_value negative = { ASN_VALUE_NUMBER, -0.001, NULL }, blank = { ASN_VALUE_BLANK, 0, NULL };
    st = ok();
    CHECK(!asn_training_plan(&(asn_numbers){ 3, 1, b, nb }, &(asn_numbers){ 3, 1, c, nb }, &negative, out, &st), "budget < 0");
    st = ok();
    CHECK(!asn_training_plan(&(asn_numbers){ 3, 1, b, nb }, &(asn_numbers){ 3, 1, c, nb }, &blank, out, &st), "no budget");
    st = ok();
    CHECK(!asn_training_plan(&(asn_numbers){ 3, 1, b, nb }, &(asn_numbers){ 2, 1, c, nb }, &budget, out, &st), "sizes");
    double neg[] = { 1, -1, 1 };
    st = ok();
    CHECK(!asn_training_plan(&(asn_numbers){ 3, 1, neg, nb }, &(asn_numbers){ 3, 1, c, nb }, &budget, out, &st), "negative benefit");
    /* Beyond the limits: Err:523 (no convergence), not a guess. 3000 trainings with costs of odd cents
     * and benefits with 9 decimals. */
    enum { M = 3000 };
    static double bb[M], cc[M];
    static unsigned char nbm[M], outm[M];
    for (int i = 0; i < M; i++) {
        bb[i] = 1.000000001 + i * 1e-9;
        cc[i] = 1234567.89 + i * 0.01;
    }
    asn_value big = { ASN_VALUE_NUMBER, 1e9, NULL };
    st = ok();
    CHECK(!asn_training_plan(&(asn_numbers){ M, 1, bb, nbm }, &(asn_numbers){ M, 1, cc, nbm }, &big, outm, &st) &&
              st.code == ASN_NO_CONVERGENCE, "limits: %s", st.message);
}

int main(void)
{
    gsl_set_error_handler_off();
    examples();
    property();
    return check_report("unit-training-plan");
}
