/* Multi-key ranking core: worked examples, every tie form, and a property test against a
 * brute-force O(N^2) count on thousands of random tables. */
#include <gsl/gsl_errno.h>
#include <stdlib.h>

#include "check.h"
#include "ranking.h"

static asn_status ok(void) { return (asn_status){ ASN_OK, "" }; }

static void orders(void)
{
    unsigned char d[3];
    asn_status st = ok();
    asn_value dda = { ASN_VALUE_TEXT, 0, "dDa" };
    CHECK(asn_orders_parse(&(asn_cells){ 1, 1, &dda }, 3, d, &st) && d[0] && d[1] && !d[2], "%s", st.message);
    asn_value nums[3] = { { ASN_VALUE_NUMBER, 0, NULL }, { ASN_VALUE_NUMBER, 1, NULL }, { ASN_VALUE_BLANK, 0, NULL } };
    CHECK(asn_orders_parse(&(asn_cells){ 1, 3, nums }, 3, d, &st) && d[0] && !d[1] && d[2], "%s", st.message);
    asn_value minus = { ASN_VALUE_NUMBER, -1, NULL };
    CHECK(asn_orders_parse(&(asn_cells){ 1, 1, &minus }, 1, d, &st) && d[0], "-1");
    asn_value a = { ASN_VALUE_TEXT, 0, "A" };
    CHECK(asn_orders_parse(&(asn_cells){ 1, 1, &a }, 1, d, &st) && !d[0], "A for one key");
    asn_value blank = { ASN_VALUE_BLANK, 0, NULL };
    CHECK(asn_orders_parse(&(asn_cells){ 1, 1, &blank }, 3, d, &st) && d[0] && d[1] && d[2], "omitted");
    CHECK(asn_orders_parse(&(asn_cells){ 0, 0, NULL }, 2, d, &st) && d[0] && d[1], "no cells");

    asn_value bad[] = { { ASN_VALUE_TEXT, 0, "DD" }, { ASN_VALUE_TEXT, 0, "DXA" }, { ASN_VALUE_NUMBER, 2, NULL } };
    st = ok();
    CHECK(!asn_orders_parse(&(asn_cells){ 1, 1, &bad[0] }, 3, d, &st), "too short");
    st = ok();
    CHECK(!asn_orders_parse(&(asn_cells){ 1, 1, &bad[1] }, 3, d, &st), "bad letter");
    st = ok();
    CHECK(!asn_orders_parse(&(asn_cells){ 1, 1, &bad[2] }, 1, d, &st), "2");
    st = ok();
    CHECK(!asn_orders_parse(&(asn_cells){ 1, 3, nums }, 2, d, &st), "length 3 for 2 keys");
}

static void ties_forms(void)
{
    /* Scores 80, 90, 80, 70, (blank), 90 descending: 90s rank 1, 80s rank 3, 70 rank 5. */
    double v[] = { 80, 90, 80, 70, 0, 90 };
    unsigned char b[] = { 0, 0, 0, 0, 1, 0 };
    asn_numbers t = { 6, 1, v, b };
    unsigned char desc[1] = { 1 };
    double work[12], rank[6];
    size_t order[6], n;
    asn_status st = ok();
    CHECK(asn_rank_sort(&t, desc, ASN_TIES_SHARED, work, order, rank, &n, &st) && n == 5, "%s", st.message);
    size_t want_order[] = { 1, 5, 0, 2, 3 };
    double shared[] = { 1, 1, 3, 3, 5 }, average[] = { 1.5, 1.5, 3.5, 3.5, 5 }, unique[] = { 1, 2, 3, 4, 5 };
    for (int i = 0; i < 5; i++) {
        CHECK(order[i] == want_order[i], "order[%d] = %zu", i, order[i]);
        CHECK_NEAR(rank[i], shared[i], 0);
    }
    CHECK(asn_rank_sort(&t, desc, ASN_TIES_AVERAGE, work, order, rank, &n, &st), "average");
    for (int i = 0; i < 5; i++)
        CHECK_NEAR(rank[i], average[i], 0);
    CHECK(asn_rank_sort(&t, desc, ASN_TIES_UNIQUE, work, order, rank, &n, &st), "unique");
    for (int i = 0; i < 5; i++) {
        CHECK_NEAR(rank[i], unique[i], 0);
        CHECK(order[i] == want_order[i], "unique keeps row order for ties");
    }
    /* ASNRANK against the same pool; Row need not be in Table. */
    double r1 = 85, rank1;
    unsigned char nb = 0;
    CHECK(asn_rank(&(asn_numbers){ 1, 1, &r1, &nb }, &t, desc, &rank1, &st) && rank1 == 3, "85 ranks 3rd");
    double r2 = 80;
    CHECK(asn_rank(&(asn_numbers){ 1, 1, &r2, &nb }, &t, desc, &rank1, &st) && rank1 == 3, "80 ties at 3");
    unsigned char asc[1] = { 0 };
    CHECK(asn_rank(&(asn_numbers){ 1, 1, &r2, &nb }, &t, asc, &rank1, &st) && rank1 == 2, "ascending: 70 first");
    unsigned char yes = 1;
    st = ok();
    CHECK(!asn_rank(&(asn_numbers){ 1, 1, &r2, &yes }, &t, desc, &rank1, &st) && st.code == ASN_NOT_FOUND, "blank row");
    double two[2] = { 1, 2 };
    unsigned char nb2[2] = { 0, 0 };
    st = ok();
    CHECK(!asn_rank(&(asn_numbers){ 1, 2, two, nb2 }, &t, desc, &rank1, &st) && st.code == ASN_INVALID, "columns");
}

static void mixed_orders(void)
{
    /* Golongan (desc), then years in grade (desc), then age (asc: younger first here, for the test). */
    double v[] = { 12, 3, 40, 12, 5, 45, 13, 1, 50, 12, 5, 38 };
    unsigned char b[12] = { 0 };
    asn_numbers t = { 4, 3, v, b };
    unsigned char desc[3] = { 1, 1, 0 };
    double work[16], rank[4];
    size_t order[4], n;
    asn_status st = ok();
    CHECK(asn_rank_sort(&t, desc, ASN_TIES_SHARED, work, order, rank, &n, &st), "%s", st.message);
    size_t want[] = { 2, 3, 1, 0 };
    for (int i = 0; i < 4; i++)
        CHECK(order[i] == want[i] && rank[i] == i + 1, "position %d: row %zu rank %g", i, order[i], rank[i]);
}

/* Property test: on random tables with many ties, every rank equals the brute-force count. */
static void property_against_brute_force(void)
{
    srand(4242);
    int mismatches = 0, tables = 0;
    for (int trial = 0; trial < 3000; trial++) {
        size_t rows = 1 + (size_t)(rand() % 40), k = 1 + (size_t)(rand() % 3);
        double v[40 * 3], work[40 * 4], rank_shared[40], rank_avg[40], rank_unique[40], single;
        unsigned char b[40 * 3], desc[3];
        size_t order_s[40], order_a[40], order_u[40], n;
        for (size_t i = 0; i < rows * k; i++) {
            b[i] = rand() % 10 == 0;
            v[i] = b[i] ? 0 : (double)(rand() % 4) - 1.5 * (rand() % 2);
        }
        for (size_t j = 0; j < k; j++)
            desc[j] = (unsigned char)(rand() % 2);
        asn_numbers t = { rows, k, v, b };
        asn_status st = ok();
        if (!asn_rank_sort(&t, desc, ASN_TIES_SHARED, work, order_s, rank_shared, &n, &st) ||
            !asn_rank_sort(&t, desc, ASN_TIES_AVERAGE, work, order_a, rank_avg, &n, &st) ||
            !asn_rank_sort(&t, desc, ASN_TIES_UNIQUE, work, order_u, rank_unique, &n, &st)) {
            mismatches++;
            continue;
        }
        tables++;
        for (size_t i = 0; i < n; i++) {
            size_t r = order_s[i], better = 0, equal = 0, equal_before = 0;
            for (size_t q = 0; q < rows; q++) {
                int blank = 0;
                for (size_t j = 0; j < k; j++)
                    blank |= b[q * k + j];
                if (blank)
                    continue;
                int c = asn_keys_compare(v + q * k, v + r * k, desc, k);
                better += c < 0;
                equal += c == 0;
                equal_before += c == 0 && q < r;
            }
            if (rank_shared[i] != 1.0 + (double)better)
                mismatches++;
            if (order_a[i] != r || rank_avg[i] != 1.0 + (double)better + ((double)equal - 1.0) / 2.0)
                mismatches++;
            if (order_u[i] != r || rank_unique[i] != 1.0 + (double)better + (double)equal_before)
                mismatches++;
            if (!asn_rank(&(asn_numbers){ 1, k, v + r * k, b + r * k }, &t, desc, &single, &st) || single != rank_shared[i])
                mismatches++;
            if (i > 0 && asn_keys_compare(v + order_s[i - 1] * k, v + r * k, desc, k) > 0)
                mismatches++; /* sorted best first */
        }
    }
    CHECK(mismatches == 0, "%d mismatches over %d random tables", mismatches, tables);
}

int main(void)
{
    gsl_set_error_handler_off();
    orders();
    ties_forms();
    mixed_orders();
    property_against_brute_force();
    return check_report("unit-ranking");
}
