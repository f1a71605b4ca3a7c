#include "status.h"

#include <stdarg.h>

#include "locale_free.h"

int asn_fail(asn_status *st, asn_code code, const char *format, ...)
{
    if (st->code != ASN_OK)
        return 0;
    st->code = code;
    va_list ap;
    va_start(ap, format);
    asn_vformat(st->message, sizeof st->message, format, ap); /* numbers in messages: the C locale's */
    va_end(ap);
    return 0;
}
