/* Handlers of the performance functions (docs/functions.md §1) and ASNVERSION: unpack, call the
 * core, answer. All validation lives in the core, which cites the contract's rules. */
#include "handlers.h"

#include "../core/performance.h"
#include "../core/ratings.h"
#include "../core/score.h"

#ifndef ASN_VERSION
#error "ASN_VERSION must be defined by the build (from description.xml)"
#endif

void fn_asnscore(asn_call *call)
{
    asn_numbers values, weights;
    asn_value mode_arg;
    asn_blank_mode mode;
    double score;
    if (!asn_arg_numbers(call, 0, &values) || !asn_arg_numbers(call, 1, &weights) ||
        !asn_arg_value(call, 2, &mode_arg) || !asn_score_blank_mode(&mode_arg, &mode, &call->status))
        return;
    double *work = asn_call_alloc(call, asn_numbers_count(&values), sizeof *work);
    if (work && asn_score(&values, &weights, mode, work, &score, &call->status))
        asn_return_number(call, score);
}

void fn_asnscores(asn_call *call)
{
    asn_numbers table, weights;
    asn_value mode_arg;
    asn_blank_mode mode;
    if (!asn_arg_numbers(call, 0, &table) || !asn_arg_numbers(call, 1, &weights) ||
        !asn_arg_value(call, 2, &mode_arg) || !asn_score_blank_mode(&mode_arg, &mode, &call->status))
        return;
    double *work = asn_call_alloc(call, table.cols, sizeof *work);
    double *scores = asn_call_alloc(call, table.rows, sizeof *scores);
    unsigned char *has_score = asn_call_alloc(call, table.rows, 1);
    asn_out_cell *cells = asn_call_alloc(call, table.rows, sizeof *cells);
    if (!work || !scores || !has_score || !cells ||
        !asn_scores(&table, &weights, mode, work, scores, has_score, &call->status))
        return;
    for (size_t r = 0; r < table.rows; r++)
        cells[r] = has_score[r] ? (asn_out_cell){ ASN_OUT_NUMBER, scores[r], NULL }
                                : (asn_out_cell){ ASN_OUT_EMPTY, 0.0, NULL };
    asn_return_table(call, table.rows, 1, cells);
}

void fn_asnperformance(asn_call *call)
{
    asn_value skp_arg, behavior_arg, scheme_arg;
    double skp, behavior, result;
    asn_scheme scheme;
    if (asn_arg_value(call, 0, &skp_arg) && asn_arg_value(call, 1, &behavior_arg) && asn_arg_value(call, 2, &scheme_arg) &&
        asn_value_to_number(&skp_arg, &skp, "SKP", &call->status) &&
        asn_value_to_number(&behavior_arg, &behavior, "Behavior", &call->status) &&
        asn_scheme_from_value(&scheme_arg, &scheme, &call->status) &&
        asn_performance(skp, behavior, scheme, &result, &call->status))
        asn_return_number(call, result);
}

void fn_asncategory(asn_call *call)
{
    asn_value score_arg, scheme_arg, innovation_arg;
    double score;
    asn_scheme scheme;
    int innovation;
    const char *label;
    if (asn_arg_value(call, 0, &score_arg) && asn_arg_value(call, 1, &scheme_arg) && asn_arg_value(call, 2, &innovation_arg) &&
        asn_value_to_number(&score_arg, &score, "Score", &call->status) &&
        asn_scheme_from_value(&scheme_arg, &scheme, &call->status) &&
        asn_value_to_flag(&innovation_arg, 0, &innovation, "Innovation", &call->status) &&
        asn_category(score, scheme, innovation, &label, &call->status))
        asn_return_text(call, label);
}

void fn_asnpredicate(asn_call *call)
{
    asn_value work_arg, behavior_arg;
    asn_rating work, behavior;
    if (asn_arg_value(call, 0, &work_arg) && asn_arg_value(call, 1, &behavior_arg) &&
        asn_rating_from_value(&work_arg, &work, "WorkResult", &call->status) &&
        asn_rating_from_value(&behavior_arg, &behavior, "Behavior", &call->status))
        asn_return_text(call, asn_predicate(work, behavior));
}

void fn_asnversion(asn_call *call)
{
    asn_return_text(call, ASN_VERSION);
}
