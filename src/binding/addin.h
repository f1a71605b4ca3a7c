/* The add-in object Calc creates by service name (one per document model). */
#ifndef ASN_BINDING_ADDIN_H
#define ASN_BINDING_ADDIN_H

#include "uno.h"

/* A new add-in object with one reference, or NULL when out of memory. */
uno_Interface *asn_addin_create(void);

#endif
