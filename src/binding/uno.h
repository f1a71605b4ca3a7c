/* The binary UNO C API, made includable from C.
 *
 * LibreOffice 7.4's typelib/typedescription.h is not valid C: it defines C++-style `inline bool`
 * helpers and uses the tag `_typelib_TypeClass` without `enum`. This is the only file that includes
 * the UNO headers; it supplies what they assume: <stdbool.h>, `inline` as `static inline`, and the tag
 * spelled `enum _typelib_TypeClass` while that header is read. */
#ifndef ASN_BINDING_UNO_H
#define ASN_BINDING_UNO_H

#include <stdbool.h>

#include <sal/types.h>
#include <rtl/ustring.h>
#include <rtl/string.h>
#include <typelib/typeclass.h>

#define _typelib_TypeClass enum _typelib_TypeClass
#define inline static inline
#include <typelib/typedescription.h>
#undef inline
#undef _typelib_TypeClass

#include <uno/any2.h>
#include <uno/data.h>
#include <uno/dispatcher.h>
#include <uno/environment.h>
#include <uno/lbnames.h>
#include <uno/sequence2.h>

#endif
