/* Handler of ASNNIP (docs/functions.md §8): the NIP read and checked by the core (src/core/nip.c); a date part is
 * counted from the calling document's null date. */
#include "document.h"
#include "handlers.h"

#include "../core/nip.h"

void fn_asnnip(asn_call *call)
{
    asn_value nip, part;
    int null_date[3];
    asn_nip_answer answer;
    if (!asn_arg_value(call, 1, &nip) || !asn_arg_value(call, 2, &part))
        return;
    asn_arg_null_date(call, 0, null_date);
    if (!asn_nip_part(&nip, &part, null_date[0], null_date[1], null_date[2], &answer, &call->status))
        return;
    if (answer.text)
        asn_return_text(call, answer.text);
    else
        asn_return_number(call, answer.number);
}
