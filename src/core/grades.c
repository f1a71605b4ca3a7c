/* ASNGRADE and ASNEDULEVEL: ordinals for the Daftar Urut Kepangkatan keys (PP 15/1979 and
 * SE Kepala BAKN 03/SE/1980: pangkat first, pendidikan later; docs/rules.md §7.1).
 *
 * Rules, cited in the code as (Rn):
 *  R1. ASNGRADE, Kind "PNS" (default): I/a = 1 ... I/d = 4, II/a = 5 ... II/d = 8, III/a = 9 ... III/d = 12,
 *      IV/a = 13 ... IV/e = 17 (PP 99/2000 golongan ruang). Accepted forms: III/d, III-d, III d, IIId, 3/d, 3d,
 *      any case, spaces around the parts; the group is one token and the ruang one letter.
 *  R2. Kind "PPPK": roman I ... XVII -> 1 ... 17 (Perpres 98/2020 golongan PPPK).
 *  R3. ASNEDULEVEL: SD 1, SMP/SLTP 2, SMA/SMK/SLTA 3, D1 4, D2 5, D3 6, D4/S1 7, S2 8, S3 9; forms such as
 *      D-III, DIII, S-1, Strata 1 are accepted.
 *  R4. Anything else is an error.
 *  R5. (v2) ASNMAXGRADE: the highest golongan regular promotion reaches with an education (PP 99/2000 as
 *      amended by PP 12/2002; restated in Permenhan 41/2014 Pasal 52; docs/rules.md §7.2, confidence
 *      medium-high): SD II/a; SMP/SLTP II/c, II/d when Vocational (SLTP kejuruan); SMA/SMK/SLTA, D1, D2 III/b;
 *      D3 III/c; D4/S1 III/d; S2 IV/a; S3 IV/b. Vocational: blank, FALSE, 0 or "tidak" = no; TRUE, 1 or "ya" =
 *      yes; anything else is an error, also where it does not matter. */
#include <ctype.h>
#include <string.h>

#include "career.h"
#include "support/labels.h"

/* Lowercase `text` with spaces, '-', '/', '.' and '_' removed, into buf (cap bytes); 0 if too long. */
static int compact(const char *text, char *buf, size_t cap)
{
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        if (*p == ' ' || *p == '\t' || *p == '-' || *p == '/' || *p == '.' || *p == '_')
            continue;
        if (n + 1 >= cap)
            return 0;
        buf[n++] = (char)tolower(*p);
    }
    buf[n] = '\0';
    return 1;
}

static const char *const romans[] = { "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix",
                                      "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii" };

static const char *skip_spaces(const char *p)
{
    while (*p == ' ' || *p == '\t')
        p++;
    return p;
}

/* R1: [spaces] group [spaces] [one of / - and spaces] ruang [spaces], the group a roman I..IV or a digit 1..4
 * written as one token: "II/Id", "I/Ve" or "I I/d" are not golongan. */
static int pns_grade(const char *text, int *ordinal)
{
    const char *p = skip_spaces(text);
    char group_text[8];
    size_t n = 0;
    while ((*p == 'i' || *p == 'I' || *p == 'v' || *p == 'V' || (*p >= '1' && *p <= '4')) && n < sizeof group_text - 1)
        group_text[n++] = (char)tolower((unsigned char)*p++);
    group_text[n] = '\0';
    int group = 0;
    static const char *const groups[][2] = { { "i", "1" }, { "ii", "2" }, { "iii", "3" }, { "iv", "4" } };
    for (int g = 0; g < 4; g++)
        if (!strcmp(group_text, groups[g][0]) || !strcmp(group_text, groups[g][1]))
            group = g + 1;
    p = skip_spaces(p);
    if (*p == '/' || *p == '-')
        p = skip_spaces(p + 1);
    char ruang = (char)tolower((unsigned char)*p);
    char last = group == 4 ? 'e' : 'd'; /* R1: only golongan IV has ruang e */
    if (!group || ruang < 'a' || ruang > last || *skip_spaces(p + 1))
        return 0;
    *ordinal = (group - 1) * 4 + (ruang - 'a') + 1;
    return 1;
}

/* R2: a roman numeral I..XVII as one token, surrounding spaces allowed ("X-V-I-I" is not one). */
static int pppk_grade(const char *text, int *ordinal)
{
    const char *p = skip_spaces(text);
    char buf[8];
    size_t n = 0;
    while (*p && *p != ' ' && *p != '\t') {
        if (n + 1 >= sizeof buf)
            return 0;
        buf[n++] = (char)tolower((unsigned char)*p++);
    }
    buf[n] = '\0';
    if (*skip_spaces(p))
        return 0;
    for (int i = 0; i < 17; i++) {
        if (!strcmp(buf, romans[i])) {
            *ordinal = i + 1;
            return 1;
        }
    }
    return 0;
}

static const asn_label kind_labels[] = { { "pns", 0 }, { "pppk", 1 } };

int asn_grade(const asn_value *golongan, const asn_value *kind, int *ordinal, asn_status *st)
{
    int pppk = 0;
    if (kind->kind != ASN_VALUE_BLANK && (kind->kind != ASN_VALUE_TEXT || !asn_label_find(kind->text, kind_labels, 2, &pppk)))
        return asn_fail(st, ASN_INVALID, "Kind must be \"PNS\" or \"PPPK\"");
    if (golongan->kind != ASN_VALUE_TEXT ||
        !(pppk ? pppk_grade(golongan->text, ordinal) : pns_grade(golongan->text, ordinal))) /* R1, R2, R4 */
        return asn_fail(st, ASN_INVALID, pppk ? "Golongan must be a PPPK golongan I ... XVII"
                                              : "Golongan must be a golongan/ruang such as III/d (I/a ... IV/e)");
    return 1;
}

/* R3: compact forms (lowercase, no spaces or dashes) and their ordinals. */
static const struct { const char *form; int ordinal; } education_forms[] = {
    { "sd", 1 },      { "smp", 2 },      { "sltp", 2 },     { "sma", 3 },      { "smk", 3 },      { "slta", 3 },
    { "d1", 4 },      { "di", 4 },       { "d2", 5 },       { "dii", 5 },      { "d3", 6 },       { "diii", 6 },
    { "d4", 7 },      { "div", 7 },      { "s1", 7 },       { "strata1", 7 },  { "stratai", 7 },  { "s2", 8 },
    { "strata2", 8 }, { "strataii", 8 }, { "s3", 9 },       { "strata3", 9 },  { "strataiii", 9 },
};

int asn_edulevel(const asn_value *v, int *ordinal, asn_status *st)
{
    char buf[24];
    if (v->kind == ASN_VALUE_TEXT && compact(v->text, buf, sizeof buf)) {
        for (size_t i = 0; i < sizeof education_forms / sizeof education_forms[0]; i++) {
            if (!strcmp(buf, education_forms[i].form)) {
                *ordinal = education_forms[i].ordinal;
                return 1;
            }
        }
    }
    return asn_fail(st, ASN_INVALID, "Education must be SD, SMP, SMA/SMK, D1, D2, D3, D4, S1, S2 or S3"); /* R4 */
}

/* R5: the ceiling per ASNEDULEVEL ordinal (index 1..9); SLTP kejuruan separately. */
static const char *const ceiling[10] = { NULL, "II/a", "II/c", "III/b", "III/b", "III/b", "III/c", "III/d", "IV/a", "IV/b" };
enum { SLTP = 2 };

int asn_max_grade(const asn_value *education, const asn_value *vocational, const char **golongan, asn_status *st)
{
    int level, kejuruan;
    if (!asn_edulevel(education, &level, st) || !asn_value_to_yes_no(vocational, &kejuruan, "Vocational", st))
        return 0;
    *golongan = level == SLTP && kejuruan ? "II/d" : ceiling[level]; /* R5 */
    return 1;
}
