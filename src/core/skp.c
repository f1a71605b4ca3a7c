/* ASNSKP: nilai capaian of one SKP activity under PP 46/2011 (Perka BKN 1/2013 Lampiran;
 * docs/rules.md §1.4, confidence high).
 *
 * Rules, cited in the code as (Rn):
 *  R1. Kuantitas = RealOutput / TargetOutput * 100; Kualitas = RealQuality / TargetQuality * 100.
 *  R2. Waktu: efficiency EW = 100 - RealTime / TargetTime * 100. If EW <= 24 (within 1e-9, so that
 *      RT = 0.76 TT counts as exactly 24): ((1.76 TT - RT) / TT) * 100; else 76 - (((1.76 TT - RT) / TT) * 100 - 100).
 *  R3. Biaya: the same two formulas on TargetCost / RealCost, only when TargetCost is given and > 0.
 *  R4. Result = (Kuantitas + Kualitas + Waktu [+ Biaya]) / 3 [or 4]. RealOutput = 0 -> 0.
 *  R5. An aspect below 0 counts as 0.
 *  R6. Every argument is validated, also when RealOutput = 0: targets <= 0 (TargetCost excepted) or any
 *      negative realisation -> error. TargetCost negative, or TargetCost > 0 with RealCost omitted or
 *      blank -> error. TargetCost omitted, blank or 0: no Biaya aspect.
 *  Checks (from the regulation's worked examples): RT = TT gives Waktu 76; RT = 0.76 TT gives 100;
 *  TT = 12, RT = 6 gives 50. */
#include <math.h>

#include "career.h"

/* R2/R3: the time (or cost) aspect from its target and realisation. */
static double efficiency_aspect(double target, double real)
{
    double ew = 100.0 - real / target * 100.0;
    double base = (1.76 * target - real) / target * 100.0;
    double aspect = (ew <= 24.0 + 1e-9) ? base : 76.0 - (base - 100.0);
    return aspect < 0.0 ? 0.0 : aspect; /* R5 */
}

static int required(const asn_value *v, const char *what, int positive, double *out, asn_status *st)
{
    if (!asn_value_to_number(v, out, what, st))
        return 0;
    if (positive && *out <= 0.0) /* R6: targets */
        return asn_fail(st, ASN_INVALID, "%s must be more than 0, not %.15g", what, *out);
    if (!positive && *out < 0.0) /* R6: realisations */
        return asn_fail(st, ASN_INVALID, "%s must not be negative (%.15g)", what, *out);
    return 1;
}

int asn_skp(const asn_skp_input *in, double *score, asn_status *st)
{
    double to, ro, tq, rq, tt, rt, tc = 0.0, rc = 0.0;
    if (!required(&in->target_output, "TargetOutput", 1, &to, st) || !required(&in->real_output, "RealOutput", 0, &ro, st) ||
        !required(&in->target_quality, "TargetQuality", 1, &tq, st) || !required(&in->real_quality, "RealQuality", 0, &rq, st) ||
        !required(&in->target_time, "TargetTime", 1, &tt, st) || !required(&in->real_time, "RealTime", 0, &rt, st))
        return 0;
    if (in->target_cost.kind != ASN_VALUE_BLANK && !required(&in->target_cost, "TargetCost", 0, &tc, st))
        return 0;
    if (in->real_cost.kind != ASN_VALUE_BLANK && !required(&in->real_cost, "RealCost", 0, &rc, st))
        return 0;
    int with_cost = tc > 0.0; /* R3, R6 */
    if (with_cost && in->real_cost.kind == ASN_VALUE_BLANK)
        return asn_fail(st, ASN_INVALID, "RealCost is required when TargetCost is more than 0");
    if (ro == 0.0) { /* R4: the activity was not done */
        *score = 0.0;
        return 1;
    }
    double quantity = fmax(0.0, ro / to * 100.0); /* R1, R5 */
    double quality = fmax(0.0, rq / tq * 100.0);
    double total = quantity + quality + efficiency_aspect(tt, rt);
    if (with_cost)
        total += efficiency_aspect(tc, rc);
    *score = total / (with_cost ? 4.0 : 3.0); /* R4 */
    if (!isfinite(*score))
        return asn_fail(st, ASN_INVALID, "the result is not a finite number");
    return 1;
}
