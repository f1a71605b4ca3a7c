/* GENERATED from idl/functions.toml by tools/gen_functions.py. Do not edit: edit the .toml and run `make generate`. */
/* The handlers the dispatch table names; each lives in a src/binding/fn_*.c file. */
#ifndef ASN_BINDING_HANDLERS_H
#define ASN_BINDING_HANDLERS_H

#include "arguments.h"

void fn_asnscore(asn_call *call);
void fn_asnscores(asn_call *call);
void fn_asnperformance(asn_call *call);
void fn_asncategory(asn_call *call);
void fn_asnpredicate(asn_call *call);
void fn_asnrank(asn_call *call);
void fn_asnranks(asn_call *call);
void fn_asnranklist(asn_call *call);
void fn_asnzscore(asn_call *call);
void fn_asnpercentile(asn_call *call);
void fn_asnstats(asn_call *call);
void fn_asnmerit(asn_call *call);
void fn_asnmerits(asn_call *call);
void fn_asnskp(asn_call *call);
void fn_asncredit(asn_call *call);
void fn_asnninebox(asn_call *call);
void fn_asnnineboxinfo(asn_call *call);
void fn_asngrade(asn_call *call);
void fn_asnedulevel(asn_call *call);
void fn_asneligible(asn_call *call);
void fn_asntrainingplan(asn_call *call);
void fn_asngap(asn_call *call);
void fn_asnjpm(asn_call *call);
void fn_asnjpmcategory(asn_call *call);
void fn_asnweaknesses(asn_call *call);
void fn_asnstrengths(asn_call *call);
void fn_asnrequired(asn_call *call);
void fn_asnprofile(asn_call *call);
void fn_asnprofiles(asn_call *call);
void fn_asncompetency(asn_call *call);
void fn_asncompetencies(asn_call *call);
void fn_asndictcheck(asn_call *call);
void fn_asnversion(asn_call *call);
void fn_asndistribution(asn_call *call);
void fn_asnmaxgrade(asn_call *call);
void fn_asncreditneed(asn_call *call);
void fn_asnnip(asn_call *call);
void fn_asnjptotals(asn_call *call);
void fn_asnshortlist(asn_call *call);
void fn_asnplacement(asn_call *call);

#endif
