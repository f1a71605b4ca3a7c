/* The Dictionary argument: a path or file:// URL, resolved against the calling document's folder when
 * relative, or the bundled dictionary when omitted, blank or 0 (contract: "Dictionary argument"). */
#ifndef ASN_BINDING_DICTIONARY_H
#define ASN_BINDING_DICTIONARY_H

#include "../core/kamus.h"
#include "arguments.h"

typedef struct {
    asn_kamus *kamus;   /* retained on success; release with asn_kamus_release */
    const char *given;  /* the argument as typed (UTF-8), "" for the bundled dictionary */
    int line;           /* the line of a refused file's error, 0 when none applies */
} asn_dictionary;

/* Resolves argument `index`, with the calling document in argument `document_index`.
 * 0 with call->status set (Err:502) when refused; d->given and d->line tell ASNDICTCHECK what to say. */
int asn_arg_dictionary(asn_call *call, int document_index, int index, asn_dictionary *d);

/* A kode or nama typed in a cell: text as it is, a number (a code like 101 typed into a cell) as text; NULL for a
 * blank. */
const char *asn_code_text(asn_call *call, const asn_value *v);

#endif
