/* Handlers of the career-rule functions: ASNSKP, ASNCREDIT, ASNNINEBOX, ASNNINEBOXINFO, ASNGRADE,
 * ASNEDULEVEL, ASNELIGIBLE, ASNTRAININGPLAN. Rules and their sources live in src/core. */
#include "handlers.h"

#include "../core/career.h"
#include "../core/training_plan.h"

void fn_asnskp(asn_call *call)
{
    asn_skp_input in;
    asn_value *fields[] = { &in.target_output, &in.real_output, &in.target_quality, &in.real_quality,
                            &in.target_time,   &in.real_time,   &in.target_cost,    &in.real_cost };
    double score;
    for (int i = 0; i < 8; i++)
        if (!asn_arg_value(call, i, fields[i]))
            return;
    if (asn_skp(&in, &score, &call->status))
        asn_return_number(call, score);
}

void fn_asncredit(asn_call *call)
{
    asn_value predicate, level, months;
    double credit;
    if (asn_arg_value(call, 0, &predicate) && asn_arg_value(call, 1, &level) && asn_arg_value(call, 2, &months) &&
        asn_credit(&predicate, &level, &months, &credit, &call->status))
        asn_return_number(call, credit);
}

/* An optional cuts argument: NULL when omitted or blank. */
static int cuts_arg(asn_call *call, int index, asn_cells *cells, const asn_cells **out)
{
    if (!asn_arg_cells(call, index, cells))
        return 0;
    int omitted = cells->rows * cells->cols == 1 && cells->cell[0].kind == ASN_VALUE_BLANK;
    *out = omitted ? NULL : cells;
    return 1;
}

void fn_asnninebox(asn_call *call)
{
    asn_value performance, potential;
    asn_cells perf_cells, pot_cells;
    const asn_cells *perf_cuts, *pot_cuts;
    int box;
    if (asn_arg_value(call, 0, &performance) && asn_arg_value(call, 1, &potential) &&
        cuts_arg(call, 2, &perf_cells, &perf_cuts) && cuts_arg(call, 3, &pot_cells, &pot_cuts) &&
        asn_ninebox(&performance, &potential, perf_cuts, pot_cuts, &box, &call->status))
        asn_return_number(call, box);
}

void fn_asnnineboxinfo(asn_call *call)
{
    asn_value box, field;
    const char *text;
    int in_pool;
    if (!asn_arg_value(call, 0, &box) || !asn_arg_value(call, 1, &field) ||
        !asn_ninebox_info(&box, &field, &text, &in_pool, &call->status))
        return;
    if (text)
        asn_return_text(call, text);
    else
        asn_return_number(call, in_pool); /* the field "pool" */
}

void fn_asngrade(asn_call *call)
{
    asn_value golongan, kind;
    int ordinal;
    if (asn_arg_value(call, 0, &golongan) && asn_arg_value(call, 1, &kind) &&
        asn_grade(&golongan, &kind, &ordinal, &call->status))
        asn_return_number(call, ordinal);
}

void fn_asnedulevel(asn_call *call)
{
    asn_value education;
    int ordinal;
    if (asn_arg_value(call, 0, &education) && asn_edulevel(&education, &ordinal, &call->status))
        asn_return_number(call, ordinal);
}

void fn_asneligible(asn_call *call)
{
    asn_value years, min_years, penalty;
    asn_cells predicates;
    int eligible;
    if (asn_arg_value(call, 0, &years) && asn_arg_cells(call, 1, &predicates) && asn_arg_value(call, 2, &min_years) &&
        asn_arg_value(call, 3, &penalty) &&
        asn_eligible(&years, &predicates, &min_years, &penalty, &eligible, &call->status))
        asn_return_number(call, eligible);
}

void fn_asntrainingplan(asn_call *call)
{
    asn_numbers benefits, costs;
    asn_value budget;
    if (!asn_arg_numbers(call, 0, &benefits) || !asn_arg_numbers(call, 1, &costs) || !asn_arg_value(call, 2, &budget))
        return;
    size_t n = asn_numbers_count(&benefits);
    unsigned char *choose = asn_call_alloc(call, n, 1);
    asn_out_cell *cells = asn_call_alloc(call, n, sizeof *cells);
    if (!choose || !cells || !asn_training_plan(&benefits, &costs, &budget, choose, &call->status))
        return;
    for (size_t i = 0; i < n; i++)
        cells[i] = (benefits.blank[i] || costs.blank[i]) ? (asn_out_cell){ ASN_OUT_EMPTY, 0.0, NULL }
                                                         : (asn_out_cell){ ASN_OUT_NUMBER, choose[i], NULL };
    asn_return_table(call, n, 1, cells);
}

/* ---- v2 additions (docs/functions.md §6) ------------------------------------------------------------ */

void fn_asndistribution(asn_call *call)
{
    asn_cells predicates;
    asn_value organisation, detail;
    int fits;
    char text[1024];
    if (!asn_arg_cells(call, 0, &predicates) || !asn_arg_value(call, 1, &organisation) ||
        !asn_arg_value(call, 2, &detail) ||
        !asn_distribution(&predicates, &organisation, &detail, &fits, text, sizeof text, &call->status))
        return;
    if (text[0])
        asn_return_text(call, text); /* Detail TRUE */
    else
        asn_return_number(call, fits);
}

void fn_asnmaxgrade(asn_call *call)
{
    asn_value education, vocational;
    const char *golongan;
    if (asn_arg_value(call, 0, &education) && asn_arg_value(call, 1, &vocational) &&
        asn_max_grade(&education, &vocational, &golongan, &call->status))
        asn_return_text(call, golongan);
}

void fn_asncreditneed(asn_call *call)
{
    asn_value level, purpose;
    double need;
    if (asn_arg_value(call, 0, &level) && asn_arg_value(call, 1, &purpose) &&
        asn_credit_need(&level, &purpose, &need, &call->status))
        asn_return_number(call, need);
}
