/* Handlers of the benchmark build's no-op functions (bench_only in idl/functions.toml): the floor of Calc's call path
 * that bench/ measures our functions against. Only the benchmark build links this file (the Makefile chooses it, as
 * it chooses the *_windows.c files for the Windows DLL); its dispatch table is generated into build/bench/gen. */
#include "bench_handlers.h" /* generated into build/bench/gen */

/* The floor of Calc's add-in call path: the same arguments as ASNSCORE, no work at all. */
void fn_asnbenchnoop(asn_call *call)
{
    asn_return_number(call, 0.0);
}

/* The floor of a dictionary lookup: the arguments of ASNREQUIRED, the hidden document included, and nothing
 * done with them. What ASNREQUIRED costs beyond this is ours. */
void fn_asnbenchnooplookup(asn_call *call)
{
    asn_return_number(call, 0.0);
}

/* The floor of an array call: the same arguments as ASNSCORES, a column of zeros as the answer,
 * nothing decoded. What ASNSCORES costs beyond this is ours. */
void fn_asnbenchnoops(asn_call *call)
{
    size_t rows = asn_arg_range_rows(call, 0);
    asn_out_cell *cells = asn_call_alloc(call, rows, sizeof *cells);
    if (!cells)
        return;
    for (size_t r = 0; r < rows; r++)
        cells[r] = (asn_out_cell){ ASN_OUT_NUMBER, 0.0, NULL };
    asn_return_table(call, rows, 1, cells);
}
