/* Career rules an HR unit computes every period (docs/functions.md §1 and 4; rule tables with their
 * sources in skp.c, credit.c, ninebox.c, grades.c, eligibility.c). */
#ifndef ASN_CAREER_H
#define ASN_CAREER_H

#include "values.h"

/* ASNSKP: the PP 46/2011 capaian of one SKP activity. cost_target / cost_real may be blank. */
typedef struct {
    asn_value target_output, real_output, target_quality, real_quality, target_time, real_time, target_cost, real_cost;
} asn_skp_input;
int asn_skp(const asn_skp_input *in, double *score, asn_status *st);

/* ASNCREDIT: angka kredit for a period (PermenPANRB 1/2023). */
int asn_credit(const asn_value *predicate, const asn_value *level, const asn_value *months, double *credit,
               asn_status *st);

/* ASNNINEBOX: the talent box 1..9 (PermenPANRB 3/2020). Cuts may be NULL (not given). */
int asn_ninebox(const asn_value *performance, const asn_value *potential, const asn_cells *performance_cuts,
                const asn_cells *potential_cuts, int *box, asn_status *st);

/* ASNNINEBOXINFO: the kategori or rekomendasi text of a box (a static string in *text), or for the field
 * "pool" whether the box is in the talent pool (*text NULL, *in_pool 1/0). */
int asn_ninebox_info(const asn_value *box, const asn_value *field, const char **text, int *in_pool, asn_status *st);

/* ASNGRADE: ordinal of a golongan/ruang (PNS) or PPPK golongan. */
int asn_grade(const asn_value *golongan, const asn_value *kind, int *ordinal, asn_status *st);

/* ASNEDULEVEL: ordinal of an education level. */
int asn_edulevel(const asn_value *education, int *ordinal, asn_status *st);

/* ASNMAXGRADE: the highest golongan regular promotion reaches with an education, as "III/b" (static). */
int asn_max_grade(const asn_value *education, const asn_value *vocational, const char **golongan, asn_status *st);

/* ASNCREDITNEED: the angka kredit kumulatif needed for the next pangkat or jenjang (ASN_NOT_FOUND: none). */
int asn_credit_need(const asn_value *level, const asn_value *purpose, double *need, asn_status *st);

/* ASNDISTRIBUTION: whether a unit's spread of predikat fits its organisation predikat (*fits 1/0); with
 * Detail TRUE also the verdict as text into text (cap bytes). */
int asn_distribution(const asn_cells *predicates, const asn_value *organisation, const asn_value *detail,
                     int *fits, char *text, size_t cap, asn_status *st);

/* ASNELIGIBLE: 1 when the regular promotion conditions hold, else 0. */
int asn_eligible(const asn_value *years, const asn_cells *predicates, const asn_value *min_years,
                 const asn_value *penalty, int *eligible, asn_status *st);

#endif
