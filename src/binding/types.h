/* UNO type references the binding needs on every call, looked up once (asn_types_init). */
#ifndef ASN_BINDING_TYPES_H
#define ASN_BINDING_TYPES_H

#include "uno.h"

/* Idempotent and thread-safe; called when the component hands out its first factory. */
void asn_types_init(void);

typelib_TypeDescriptionReference *asn_type_double(void);
typelib_TypeDescriptionReference *asn_type_string(void);
typelib_TypeDescriptionReference *asn_type_any_row(void);    /* []any */
typelib_TypeDescriptionReference *asn_type_any_matrix(void); /* [][]any */
typelib_TypeDescriptionReference *asn_type_double_row(void);    /* []double */
typelib_TypeDescriptionReference *asn_type_double_matrix(void); /* [][]double */

#endif
