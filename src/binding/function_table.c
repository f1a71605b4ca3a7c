/* The dispatch table, generated from idl/functions.toml (see tools/gen_functions.py). */
#include "call.h"
#include "command_handler.h"
#include "print_job.h"
#include "uno_util.h"

#include "function_table.inc"

const char asn_service_name[] = ASN_SERVICE_NAME;
const char asn_implementation_name[] = ASN_IMPLEMENTATION_NAME;
const char asn_interface_name[] = ASN_INTERFACE_NAME;
const char asn_job_service_name[] = ASN_JOB_SERVICE_NAME;
const char asn_job_implementation_name[] = ASN_JOB_IMPLEMENTATION_NAME;
const char asn_commands_implementation_name[] = ASN_COMMANDS_IMPLEMENTATION_NAME;
const char asn_command_protocol[] = ASN_COMMAND_PROTOCOL;
#ifndef ASN_EXTENSION_ID
#error "ASN_EXTENSION_ID must be defined by the build (from description.xml)"
#endif
const char asn_extension_identifier[] = ASN_EXTENSION_ID;
