/* The dispatch table, generated from idl/functions.toml (see tools/gen_functions.py). */
#include "call.h"
#include "uno_util.h"

#include "function_table.inc"

const char asn_service_name[] = ASN_SERVICE_NAME;
const char asn_implementation_name[] = ASN_IMPLEMENTATION_NAME;
const char asn_interface_name[] = ASN_INTERFACE_NAME;
