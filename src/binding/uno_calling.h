/* Calling other UNO objects from C: the document model and what hangs off it (document.c, print_job.c).
 *
 * A method is always called through the interface that declares it (query that interface first): a member
 * description is only valid for a proxy of its own interface type, so XLockable::lock is called on the undo
 * manager's XLockable, not on its XUndoManager. */
#ifndef ASN_BINDING_UNO_CALLING_H
#define ASN_BINDING_UNO_CALLING_H

#include "uno.h"

/* The type description named `name` (a struct, or a method's full name), acquired; NULL when LibreOffice does not
 * know it. */
typelib_TypeDescription *asn_uno_type(const char *name);

/* `object` queried for the interface named `interface`: an acquired pointer, or NULL when not supported. */
uno_Interface *asn_uno_query(uno_Interface *object, const char *interface);

/* Calls `method` (its full name, "com.sun.star.frame.XModel::getURL") on `object`, which must be a proxy of the
 * declaring interface. args as the method's dispatch takes them; the result is constructed into `result` (room
 * for the return type; NULL for a void method). 1 on success; 0 when the method is unknown or raised (the exception
 * is destroyed: callers treat any failure alike). */
int asn_uno_call(uno_Interface *object, const char *method, void *result, void *args[]);

/* asn_uno_query for the method's interface (the part of `method` before "::"), then asn_uno_call. */
int asn_uno_call_on(uno_Interface *object, const char *method, void *result, void *args[]);

/* The interface an any holds, acquired; NULL when it holds none. The any is left as it is. */
uno_Interface *asn_uno_any_interface(const uno_Any *any);

/* In a sequence of `struct_type` elements that have a string member Name and an any member Value
 * (com.sun.star.beans.NamedValue, PropertyValue), the Value of the element named `key`; NULL when none. */
const uno_Any *asn_uno_find_value(const uno_Sequence *sequence, const char *struct_type, const char *key);

/* The byte offset of `member` in the struct `td`; -1 when it has no such member. */
long asn_uno_member_offset(const typelib_TypeDescription *td, const char *member);

/* The interface `method` (no arguments, or one string argument `text`) returns, acquired; NULL on failure. */
uno_Interface *asn_uno_interface_result(uno_Interface *object, const char *method, const char *text);

/* The interface held by the any that `method` (one string argument: getByName, getPropertyValue) returns,
 * acquired; NULL on failure. */
uno_Interface *asn_uno_any_result(uno_Interface *object, const char *method, const char *text);

/* The element `name` of a name container, acquired; NULL when it has none (asked first: getByName would raise). */
uno_Interface *asn_uno_element(uno_Interface *names, const char *name);

/* Releases `object` when it is not NULL. */
void asn_uno_release(uno_Interface *object);

/* Destroys a value of the type named `type_name` (a sequence, for instance) held at `data`. */
void asn_uno_destroy(void *data, typelib_TypeClass type_class, const char *type_name);

#endif
