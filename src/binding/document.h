/* The calling document's location (its URL), from the document model Calc passes as the hidden first
 * argument, also while the document is still loading (rules D1-D3 in document.c). */
#ifndef ASN_BINDING_DOCUMENT_H
#define ASN_BINDING_DOCUMENT_H

#include <stddef.h>

#include "uno.h"

/* The document's URL as UTF-8 into out (cap bytes): "" for a document that was never saved, and for a new
 * document being made from a template. 0 when the model cannot be asked or the URL does not fit. */
int asn_document_url(uno_Interface *document, char *out, size_t cap);

#endif
