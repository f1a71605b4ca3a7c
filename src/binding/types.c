#include "types.h"
#include "../core/support/sync.h"


static asn_once_flag once = ASN_ONCE_INIT;
static typelib_TypeDescriptionReference *t_double, *t_string, *t_any_row, *t_any_matrix, *t_double_row, *t_double_matrix;

static void init(void)
{
    t_double = *typelib_static_type_getByTypeClass(typelib_TypeClass_DOUBLE);
    t_string = *typelib_static_type_getByTypeClass(typelib_TypeClass_STRING);
    typelib_typedescriptionreference_newByAsciiName(&t_any_row, typelib_TypeClass_SEQUENCE, "[]any");
    typelib_typedescriptionreference_newByAsciiName(&t_any_matrix, typelib_TypeClass_SEQUENCE, "[][]any");
    typelib_typedescriptionreference_newByAsciiName(&t_double_row, typelib_TypeClass_SEQUENCE, "[]double");
    typelib_typedescriptionreference_newByAsciiName(&t_double_matrix, typelib_TypeClass_SEQUENCE, "[][]double");
}

void asn_types_init(void) { asn_once(&once, init); }

typelib_TypeDescriptionReference *asn_type_double(void) { return t_double; }
typelib_TypeDescriptionReference *asn_type_string(void) { return t_string; }
typelib_TypeDescriptionReference *asn_type_any_row(void) { return t_any_row; }
typelib_TypeDescriptionReference *asn_type_any_matrix(void) { return t_any_matrix; }
typelib_TypeDescriptionReference *asn_type_double_row(void) { return t_double_row; }
typelib_TypeDescriptionReference *asn_type_double_matrix(void) { return t_double_matrix; }
