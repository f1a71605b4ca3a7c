/* What a function needs of the calling document, the model Calc passes as the hidden first argument: its location
 * (its URL), also while the document is still loading (rules D1-D4 in document.c), and its null date (D5). */
#ifndef ASN_BINDING_DOCUMENT_H
#define ASN_BINDING_DOCUMENT_H

#include <stddef.h>

#include "arguments.h"
#include "uno.h"

/* The document's URL as UTF-8 into out (cap bytes): "" for a document that was never saved, and for a new
 * document being made from a template. 0 when the model cannot be asked or the URL does not fit. */
int asn_document_url(uno_Interface *document, char *out, size_t cap);

/* D5: the null date of `document` (a model with the spreadsheet document settings), the day a date number 0 stands
 * for, into date[0..2] (year, month, day). */
void asn_document_null_date(uno_Interface *document, int date[3]);

/* D5: the calling document (argument `document_index`)'s null date, the day a date number 0 stands for, into
 * date[0..2] (year, month, day). */
void asn_arg_null_date(asn_call *call, int document_index, int date[3]);

#endif
