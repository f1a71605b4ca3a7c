/* Filling vacancies: the assignment (assignment.c A1-A6) against brute force on every shape up to 6 x 8 and against
 * an independent dense Hungarian method on random 50 x 500 instances; ASNSHORTLIST's order and ASNPLACEMENT's
 * rules (placement.c P1-P7). */
#include <stdint.h>
#include <stdlib.h>

#include "assignment.h"
#include "check.h"
#include "gap.h"
#include "placement.h"

static asn_status ok(void) { return (asn_status){ ASN_OK, "" }; }

static uint64_t seed = 88172645463325252ULL;
static uint64_t next_random(void) /* xorshift64: the same instances on every platform */
{
    seed ^= seed << 13;
    seed ^= seed >> 7;
    seed ^= seed << 17;
    return seed;
}

/* An instance: weight[r * cols + c] >= 0 allowed, -1 forbidden. */
typedef struct {
    size_t rows, cols;
    int64_t *weight;
} instance;

static void random_instance(instance *in, size_t rows, size_t cols, int64_t max_weight, int forbidden_percent)
{
    in->rows = rows, in->cols = cols;
    in->weight = malloc(rows * cols * sizeof *in->weight);
    for (size_t i = 0; i < rows * cols; i++)
        in->weight[i] = (int)(next_random() % 100) < forbidden_percent ? -1 : (int64_t)(next_random() % (uint64_t)(max_weight + 1));
}

/* The objective of A2: (rows assigned, total weight). */
typedef struct {
    long count;
    int64_t total;
} objective;

static int better(objective a, objective b) { return a.count > b.count || (a.count == b.count && a.total > b.total); }

static void brute(const instance *in, size_t r, unsigned char *taken, objective now, objective *best)
{
    if (r == in->rows) {
        if (better(now, *best))
            *best = now;
        return;
    }
    brute(in, r + 1, taken, now, best); /* row r unassigned */
    for (size_t c = 0; c < in->cols; c++) {
        int64_t w = in->weight[r * in->cols + c];
        if (w < 0 || taken[c])
            continue;
        taken[c] = 1;
        brute(in, r + 1, taken, (objective){ now.count + 1, now.total + w }, best);
        taken[c] = 0;
    }
}

/* Runs asn_assignment on the instance; checks A1 and returns its objective. */
static objective solve(const instance *in, int64_t max_weight, int *valid)
{
    size_t *first = malloc((in->rows + 1) * sizeof *first), n = 0;
    asn_assignment_pair *pairs = malloc((in->rows * in->cols + 1) * sizeof *pairs);
    long *match = malloc(in->rows * sizeof *match);
    for (size_t r = 0; r < in->rows; r++) {
        first[r] = n;
        for (size_t c = 0; c < in->cols; c++)
            if (in->weight[r * in->cols + c] >= 0)
                pairs[n++] = (asn_assignment_pair){ c, in->weight[r * in->cols + c] };
    }
    first[in->rows] = n;
    asn_status st = ok();
    *valid = asn_assignment(in->rows, in->cols, first, pairs, max_weight, match, &st);
    objective got = { 0, 0 };
    unsigned char *taken = calloc(in->cols + 1, 1);
    for (size_t r = 0; *valid && r < in->rows; r++) {
        if (match[r] < 0)
            continue;
        size_t c = (size_t)match[r];
        if (c >= in->cols || taken[c] || in->weight[r * in->cols + c] < 0) /* A1 */
            *valid = 0;
        else
            taken[c] = 1, got.count++, got.total += in->weight[r * in->cols + c];
    }
    free(first), free(pairs), free(match), free(taken);
    return got;
}

static void against_brute_force(void)
{
    long instances = 0, wrong = 0;
    for (size_t rows = 1; rows <= 6; rows++)
        for (size_t cols = 1; cols <= 8; cols++)
            for (int k = 0; k < 12; k++) {
                instance in;
                int64_t max_weight = k % 3 == 0 ? 3 : k % 3 == 1 ? 1000000 : 0; /* ties, spread, all equal */
                random_instance(&in, rows, cols, max_weight, (int)(k % 4) * 25);
                objective want = { -1, 0 };
                unsigned char taken[8] = { 0 };
                brute(&in, 0, taken, (objective){ 0, 0 }, &want);
                int valid;
                objective got = solve(&in, max_weight, &valid);
                instances++;
                if (!valid || got.count != want.count || got.total != want.total) {
                    wrong++;
                    fprintf(stderr, "%zux%zu #%d: got (%ld, %lld), want (%ld, %lld)\n", rows, cols, k, got.count,
                            (long long)got.total, want.count, (long long)want.total);
                }
                free(in.weight);
            }
    CHECK(wrong == 0, "%ld of %ld instances up to 6 x 8 differ from brute force", wrong, instances);
}

/* The textbook Hungarian method on the dense matrix (every row against every column and its own unfilled
 * column; a forbidden pair costs more than staying unfilled), written apart from assignment.c. */
static objective dense_hungarian(const instance *in, int64_t max_weight)
{
    size_t n = in->rows, m = in->cols + in->rows;
    int64_t big = max_weight * (int64_t)n + 1, top = big + max_weight, forbidden = top + 1;
    int64_t *u = calloc(n + 1, sizeof *u), *v = calloc(m + 1, sizeof *v), *minv = malloc((m + 1) * sizeof *minv);
    size_t *p = calloc(m + 1, sizeof *p), *way = calloc(m + 1, sizeof *way);
    unsigned char *used = malloc(m + 1);
    for (size_t i = 1; i <= n; i++) {
        p[0] = i;
        size_t j0 = 0;
        for (size_t j = 0; j <= m; j++)
            minv[j] = INT64_MAX, used[j] = 0;
        do {
            used[j0] = 1;
            size_t i0 = p[j0], j1 = 0;
            int64_t delta = INT64_MAX;
            for (size_t j = 1; j <= m; j++) {
                if (used[j])
                    continue;
                int64_t cost;
                if (j <= in->cols) {
                    int64_t w = in->weight[(i0 - 1) * in->cols + (j - 1)];
                    cost = w < 0 ? forbidden : top - (big + w);
                } else {
                    cost = j - in->cols == i0 ? top : forbidden * 4;
                }
                int64_t cur = cost - u[i0] - v[j];
                if (cur < minv[j])
                    minv[j] = cur, way[j] = j0;
                if (minv[j] < delta)
                    delta = minv[j], j1 = j;
            }
            for (size_t j = 0; j <= m; j++)
                if (used[j])
                    u[p[j]] += delta, v[j] -= delta;
                else
                    minv[j] -= delta;
            j0 = j1;
        } while (p[j0] != 0);
        do {
            size_t j1 = way[j0];
            p[j0] = p[j1];
            j0 = j1;
        } while (j0);
    }
    objective got = { 0, 0 };
    for (size_t j = 1; j <= in->cols; j++)
        if (p[j]) {
            int64_t w = in->weight[(p[j] - 1) * in->cols + (j - 1)];
            if (w >= 0)
                got.count++, got.total += w;
        }
    free(u), free(v), free(minv), free(p), free(way), free(used);
    return got;
}

static void against_dense_hungarian(void)
{
    long wrong = 0;
    for (int k = 0; k < 20; k++) {
        instance in;
        int64_t max_weight = k % 2 ? 1000000 : 50;
        random_instance(&in, 50, 500, max_weight, k % 2 ? 80 : 97);
        int valid;
        objective got = solve(&in, max_weight, &valid), want = dense_hungarian(&in, max_weight);
        if (!valid || got.count != want.count || got.total != want.total) {
            wrong++;
            fprintf(stderr, "50x500 #%d: got (%ld, %lld), want (%ld, %lld)\n", k, got.count, (long long)got.total,
                    want.count, (long long)want.total);
        }
        free(in.weight);
    }
    CHECK(wrong == 0, "%ld of 20 random 50 x 500 instances differ from the dense Hungarian method", wrong);
}

static void assignment_edges(void)
{
    long match[2] = { 5, 5 };
    asn_status st = ok();
    size_t first0[1] = { 0 };
    CHECK(asn_assignment(0, 0, first0, NULL, 10, match, &st), "no rows");
    /* Greedy would give A the best (X) and leave B empty; both filled is better (A2). */
    size_t first[3] = { 0, 2, 3 };
    asn_assignment_pair pairs[] = { { 0, 900000 }, { 1, 880000 }, { 0, 850000 } };
    st = ok();
    CHECK(asn_assignment(2, 2, first, pairs, 1000000, match, &st) && match[0] == 1 && match[1] == 0,
          "both vacancies filled: %ld %ld", match[0], match[1]);
    asn_assignment_pair outside[] = { { 2, 1 }, { 0, 1 }, { 0, 1 } };
    st = ok();
    CHECK(!asn_assignment(2, 2, first, outside, 1000000, match, &st) && st.code == ASN_INVALID, "column outside");
}

/* Levels of 5 employees over 4 columns; the position requires columns 0, 1 and 3 at 3, 3, 2 (sum 8). */
static const double levels5[] = {
    3, 3, 9, 2,   /* row 0: 8/8 -> 100; column 2 (not required) holds 9: not read (P1) */
    4, 4, 0, 3,   /* row 1: 11/8 -> 100, sum 11: before row 0 */
    2, 2, 0, 2,   /* row 2: 6/8 -> 75 */
    3, 3, 0, 0,   /* row 3: blank in column 3 (see blanks): not considered (P2) */
    1, 1, 1, 1,   /* row 4: 3/8 -> 37.5 */
};
static const unsigned char blanks5[20] = { [15] = 1 };
static const double standard4[] = { 3, 3, 0, 2 };

static void shortlist(void)
{
    asn_numbers levels = { 5, 4, levels5, blanks5 };
    asn_standard standard = { standard4 };
    asn_candidate out[5];
    size_t found;
    asn_status st = ok();
    CHECK(asn_shortlist(&standard, &levels, NULL, 5, out, &found, &st), "%s", st.message);
    CHECK(found == 4, "4 considered, got %zu", found);
    CHECK(out[0].row == 1 && out[1].row == 0 && out[2].row == 2 && out[3].row == 4,
          "order %zu %zu %zu %zu", out[0].row, out[1].row, out[2].row, out[3].row);
    CHECK_NEAR(out[2].jpm, 75.0, 1e-15);
    CHECK_NEAR(out[3].jpm, 37.5, 1e-15);
    unsigned char eligible[5] = { 1, 0, 1, 1, 1 };
    st = ok();
    CHECK(asn_shortlist(&standard, &levels, eligible, 2, out, &found, &st) && found == 2 && out[0].row == 0 &&
          out[1].row == 2, "eligible only, two: %zu (%zu %zu)", found, out[0].row, out[1].row);
    double bad[20];
    for (int i = 0; i < 20; i++)
        bad[i] = levels5[i];
    bad[19] = 6; /* row 4, column 3: required, outside 0..5 */
    asn_numbers bad_levels = { 5, 4, bad, blanks5 };
    st = ok();
    CHECK(!asn_shortlist(&standard, &bad_levels, NULL, 3, out, &found, &st) && st.code == ASN_INVALID,
          "a level of 6 where required: %s", st.message);
}

static void placement(void)
{
    asn_numbers levels = { 5, 4, levels5, blanks5 };
    static const double other[] = { 5, 5, 0, 5 }; /* sum 15: row 1 11/15 = 73.3, row 0 8/15 = 53.3 */
    asn_standard vacancies[3] = { { standard4 }, { NULL }, { other } };
    asn_candidate out[3];
    unsigned char taken[3];
    asn_status st = ok();
    CHECK(asn_placement(vacancies, 3, &levels, NULL, 68.0, out, taken, &st), "%s", st.message);
    /* Vacancy 2 can only take row 1 (73.3 >= 68); vacancy 0 then takes row 0 (100), not row 1. */
    CHECK(taken[0] && !taken[1] && taken[2] && out[0].row == 0 && out[2].row == 1, "rows %zu %zu (taken %d %d %d)",
          out[0].row, out[2].row, taken[0], taken[1], taken[2]);
    CHECK_NEAR(out[2].jpm, 100.0 * 11.0 / 15.0, 1e-13);
    st = ok();
    CHECK(asn_placement(vacancies, 3, &levels, NULL, 80.0, out, taken, &st) && taken[0] && !taken[2],
          "Minimum 80: vacancy 2 unfilled (taken %d %d)", taken[0], taken[2]);
    asn_standard same[2] = { { standard4 }, { standard4 } };
    st = ok();
    CHECK(asn_placement(same, 2, &levels, NULL, 68.0, out, taken, &st) && taken[0] && taken[1] &&
          out[0].row != out[1].row && out[0].row + out[1].row == 1, "two vacancies of one position: rows %zu %zu",
          out[0].row, out[1].row);
}

/* P3: the JPM the shortlist gives is asn_jpm's, bit for bit. */
static void jpm_as_asnjpm(void)
{
    enum { N = 300, K = 9 };
    static double levels[N * K];
    static unsigned char blank[N * K];
    double required[K];
    unsigned char not_required[K];
    for (int c = 0; c < K; c++) {
        required[c] = c % 4 == 3 ? 0 : (double)(1 + next_random() % 5);
        not_required[c] = required[c] == 0;
    }
    for (int i = 0; i < N * K; i++)
        levels[i] = (double)(next_random() % 51) / 10.0; /* 0.0 .. 5.0 */
    asn_numbers all = { N, K, levels, blank };
    asn_standard standard = { required };
    static asn_candidate out[N];
    size_t found;
    asn_status st = ok();
    CHECK(asn_shortlist(&standard, &all, NULL, N, out, &found, &st) && found == N, "%zu found: %s", found, st.message);
    long differ = 0;
    for (size_t i = 0; i < found; i++) {
        asn_numbers row = { 1, K, levels + out[i].row * K, blank }, req = { 1, K, required, not_required };
        double want;
        st = ok();
        if (!asn_jpm(&row, &req, NULL, &want, &st) || want != out[i].jpm)
            differ++;
    }
    CHECK(differ == 0, "%ld of %zu JPMs differ from ASNJPM's", differ, found);
}

/* A4: ties broken the same way on every platform (this test also runs under wine): all weights equal. */
static void ties_everywhere_alike(void)
{
    enum { R = 5, C = 7 };
    size_t first[R + 1];
    asn_assignment_pair pairs[R * C];
    size_t n = 0;
    for (size_t r = 0; r < R; r++) {
        first[r] = n;
        for (size_t c = 0; c < C; c++)
            if ((r + c) % 3 != 0)
                pairs[n++] = (asn_assignment_pair){ c, 7 };
    }
    first[R] = n;
    long match[R];
    asn_status st = ok();
    CHECK(asn_assignment(R, C, first, pairs, 7, match, &st), "%s", st.message);
    /* The answer found on Linux (x86-64); the Windows build must give the same. */
    CHECK(match[0] == 1 && match[1] == 0 && match[2] == 2 && match[3] == 4 && match[4] == 3,
          "match %ld %ld %ld %ld %ld", match[0], match[1], match[2], match[3], match[4]);
}

int main(void)
{
    against_brute_force();
    against_dense_hungarian();
    assignment_edges();
    shortlist();
    placement();
    jpm_as_asnjpm();
    ties_everywhere_alike();
    return check_report("unit-placement");
}
