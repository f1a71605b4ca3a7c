/* ASNDISTRIBUTION: the kurva distribusi check (SE MenPANRB 3/2023, implementing PermenPANRB 6/2022
 * Pasal 24-25 and PP 30/2019 Pasal 41 ayat (7); docs/rules.md §3.4, confidence medium: the SE was
 * read through secondary summaries, not in its own text).
 *
 * Rules, cited in the code as (Rn):
 *  R1. Predicates: the five predikat of ASNPREDICATE (Cukup = Butuh Perbaikan, Kurang = Kurang/Misconduct),
 *      labels matched as everywhere. Blanks are skipped; other text or a number is an error; no predikat at
 *      all is an error.
 *  R2. OrganisationPredicate: Istimewa, Baik, Butuh Perbaikan (also Cukup), Kurang, Sangat Kurang.
 *  R3. With n predikat and the counts SB, B, BP, KM, SK, every rule of the organisation predikat must hold,
 *      compared exactly on counts ("<= 70 %" is 100 * count <= 70 * n):
 *        Istimewa:        SB <= 70 %
 *        Baik:            B <= 70 %, and BP + KM >= 1
 *        Butuh Perbaikan: BP >= 60 %, and SB <= 10 %
 *        Kurang:          KM >= 60 %, BP >= 10 %, and SB <= 10 %
 *        Sangat Kurang:   SK >= 60 %, KM + BP >= 10 %, and SB = 0
 *  R4. Detail omitted, blank or FALSE: 1 when every rule holds, else 0. Detail TRUE: "Sesuai", or
 *      "Tidak sesuai: " and each broken rule in the order of R3, joined by "; ", naming the predikat, its
 *      count and share in percent, and the bound. The sentence is Indonesian, so a share has a decimal comma
 *      (33,33%), whatever the locale of the computer. */
#include <stdio.h>
#include <string.h>

#include "career.h"
#include "support/labels.h"
#include "support/locale_free.h"
#include "predicates.h"
#include "support/rounding.h"

enum { ORG_ISTIMEWA, ORG_BAIK, ORG_BUTUH_PERBAIKAN, ORG_KURANG, ORG_SANGAT_KURANG };

static const asn_label organisation_labels[] = {
    { "istimewa", ORG_ISTIMEWA }, { "baik", ORG_BAIK },       { "butuh perbaikan", ORG_BUTUH_PERBAIKAN },
    { "cukup", ORG_BUTUH_PERBAIKAN }, { "kurang", ORG_KURANG }, { "sangat kurang", ORG_SANGAT_KURANG },
};

typedef enum {
    AT_MOST,      /* share <= percent */
    AT_LEAST,     /* share >= percent */
    AT_LEAST_ONE, /* count >= 1 ("there must be some") */
    NONE          /* count = 0 */
} bound_kind;

/* One rule of R3: the share of `count` among `n` against `percent`; `what` names the predikat. */
typedef struct {
    const char *what;
    unsigned long long count;
    bound_kind kind;
    unsigned percent;
} rule;

static int holds(const rule *r, unsigned long long n)
{
    unsigned long long share = 100ULL * r->count, bound = (unsigned long long)r->percent * n; /* R3: exact */
    switch (r->kind) {
    case AT_MOST:
        return share <= bound;
    case AT_LEAST:
        return share >= bound;
    case AT_LEAST_ONE:
        return r->count >= 1;
    default:
        return r->count == 0;
    }
}

/* R4: "Baik 8 dari 10 pegawai (80%), paling banyak 70%"; "Butuh Perbaikan 1 dari 3 pegawai (33,33%), ...". */
static int describe(const rule *r, unsigned long long n, char *out, size_t cap)
{
    char share[32];
    double percent = 100.0 * (double)r->count / (double)n;
    if (asn_fixed_text(percent, 2, share, sizeof share) < 0)
        return -1;
    char *end = share + strlen(share) - 1; /* trailing zeros of the two decimals removed: 66.67, 80, 12.5 */
    while (*end == '0')
        *end-- = '\0';
    if (*end == '.')
        *end = '\0';
    char *point = strchr(share, '.'); /* R4: the decimal comma of an Indonesian sentence */
    if (point)
        *point = ',';
    if (r->kind == NONE)
        return asn_format(out, cap, "%s %llu dari %llu pegawai (%s%%), seharusnya tidak ada", r->what, r->count, n,
                          share);
    if (r->kind == AT_LEAST_ONE)
        return asn_format(out, cap, "%s tidak ada, seharusnya paling sedikit 1 pegawai", r->what);
    return asn_format(out, cap, "%s %llu dari %llu pegawai (%s%%), %s %u%%", r->what, r->count, n, share,
                      r->kind == AT_MOST ? "paling banyak" : "paling sedikit", r->percent);
}

int asn_distribution(const asn_cells *predicates, const asn_value *organisation, const asn_value *detail,
                     int *fits, char *text, size_t cap, asn_status *st)
{
    unsigned long long count[5] = { 0 }, n = 0;
    size_t cells = predicates->rows * predicates->cols;
    for (size_t i = 0; i < cells; i++) {
        const asn_value *p = &predicates->cell[i];
        asn_predikat k;
        if (p->kind == ASN_VALUE_BLANK) /* R1 */
            continue;
        if (p->kind != ASN_VALUE_TEXT || !asn_predikat_from_text(p->text, &k)) /* R1 */
            return asn_fail(st, ASN_INVALID, "Predicates: cell %zu is not a predikat (Sangat Baik, Baik, Butuh "
                                             "Perbaikan, Kurang/Misconduct, Sangat Kurang)", i + 1);
        count[k]++;
        n++;
    }
    if (n == 0) /* R1 */
        return asn_fail(st, ASN_INVALID, "Predicates holds no predikat");
    int org;
    if (organisation->kind != ASN_VALUE_TEXT ||
        !asn_label_find(organisation->text, organisation_labels,
                        sizeof organisation_labels / sizeof organisation_labels[0], &org)) /* R2 */
        return asn_fail(st, ASN_INVALID, "OrganisationPredicate must be Istimewa, Baik, Butuh Perbaikan, Kurang or "
                                         "Sangat Kurang");
    int detailed;
    if (!asn_value_to_flag(detail, 0, &detailed, "Detail", st)) /* R4 */
        return 0;

    unsigned long long sb = count[ASN_PRED_SANGAT_BAIK], b = count[ASN_PRED_BAIK],
                       bp = count[ASN_PRED_BUTUH_PERBAIKAN], km = count[ASN_PRED_KURANG],
                       sk = count[ASN_PRED_SANGAT_KURANG];
    rule rules[3];
    size_t m = 0;
    switch (org) { /* R3 */
    case ORG_ISTIMEWA:
        rules[m++] = (rule){ "Sangat Baik", sb, AT_MOST, 70 };
        break;
    case ORG_BAIK:
        rules[m++] = (rule){ "Baik", b, AT_MOST, 70 };
        rules[m++] = (rule){ "Butuh Perbaikan atau Kurang/Misconduct", bp + km, AT_LEAST_ONE, 0 };
        break;
    case ORG_BUTUH_PERBAIKAN:
        rules[m++] = (rule){ "Butuh Perbaikan", bp, AT_LEAST, 60 };
        rules[m++] = (rule){ "Sangat Baik", sb, AT_MOST, 10 };
        break;
    case ORG_KURANG:
        rules[m++] = (rule){ "Kurang/Misconduct", km, AT_LEAST, 60 };
        rules[m++] = (rule){ "Butuh Perbaikan", bp, AT_LEAST, 10 };
        rules[m++] = (rule){ "Sangat Baik", sb, AT_MOST, 10 };
        break;
    default:
        rules[m++] = (rule){ "Sangat Kurang", sk, AT_LEAST, 60 };
        rules[m++] = (rule){ "Kurang/Misconduct dan Butuh Perbaikan", km + bp, AT_LEAST, 10 };
        rules[m++] = (rule){ "Sangat Baik", sb, NONE, 0 };
        break;
    }
    *fits = 1;
    size_t used = 0;
    for (size_t i = 0; i < m; i++) {
        if (holds(&rules[i], n))
            continue;
        if (detailed) {
            char part[200];
            if (describe(&rules[i], n, part, sizeof part) < 0)
                return asn_fail(st, ASN_INVALID, "the text is too long");
            int w = asn_format(text + used, cap - used, "%s%s", *fits ? "Tidak sesuai: " : "; ", part);
            if (w < 0 || (size_t)w >= cap - used)
                return asn_fail(st, ASN_INVALID, "the text is too long");
            used += (size_t)w;
        }
        *fits = 0;
    }
    if (detailed && *fits && asn_format(text, cap, "Sesuai") < 0)
        return asn_fail(st, ASN_INVALID, "the text is too long");
    if (!detailed && cap)
        text[0] = '\0';
    return 1;
}
