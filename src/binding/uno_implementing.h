/* What implementing a UNO object in C takes, shared by every object of this component (the add-in, its factory,
 * the job, the command handler): its names and XServiceInfo, queryInterface, strings in and out, exceptions. */
#ifndef ASN_BINDING_UNO_IMPLEMENTING_H
#define ASN_BINDING_UNO_IMPLEMENTING_H

#include "uno.h"

/* The names this component answers to (defined from the generated table, function_table.c). */
extern const char asn_service_name[];
extern const char asn_implementation_name[];
extern const char asn_interface_name[];

/* Nonzero when the UTF-16 string equals the ASCII one. */
int asn_ustr_is(const rtl_uString *s, const char *ascii);

/* The member name of a dispatched call ("queryInterface", "asnscore", ...). */
const rtl_uString *asn_member_name(const typelib_TypeDescription *member);

/* Constructs a string return value from UTF-8 (the caller of the UNO method owns it). */
void asn_return_ustring(void *ret, const char *utf8);
rtl_uString *asn_ustring_from_utf8(const char *utf8);
/* The string as UTF-8 into out (cap bytes); 0 when it does not fit or cannot be converted. */
int asn_ustring_to_utf8(const rtl_uString *text, char *out, size_t cap);

/* Constructs a sequence<string> return value. */
void asn_return_string_sequence(void *ret, const char *const *strings, int count);

/* Answers queryInterface: the object's own pointer when the requested type is one of `names`,
 * else a void any (the UNO way to say "not supported"). */
void asn_query_interface(uno_Interface *self, const char *const *names, int count,
                         void *ret, void *args[]);

/* XServiceInfo of an implementation and its services. Returns 1 when `member` was one of its three methods. */
int asn_service_info_of(const rtl_uString *member, void *ret, void *args[], const char *implementation,
                        const char *const *services, int count);

/* XServiceInfo of the add-in implementation, for the object and its factory alike. */
int asn_service_info(const rtl_uString *member, void *ret, void *args[]);

/* Constructs an exception of `type_name` with `message` into the caller's exception memory `exc`
 * and sets *ppException to it (the caller owns that memory; the exception value is constructed into it and *ppException points at it). */
void asn_raise(uno_Any *exc, uno_Any **ppException, const char *type_name, const char *message);

#endif
