#include "uno_implementing.h"

#include <stdlib.h>
#include <string.h>

int asn_ustr_is(const rtl_uString *s, const char *ascii)
{
    sal_Int32 i = 0;
    for (; i < s->length; i++)
        if (ascii[i] == '\0' || s->buffer[i] != (unsigned char)ascii[i])
            return 0;
    return ascii[i] == '\0';
}

const rtl_uString *asn_member_name(const typelib_TypeDescription *member)
{
    return ((const typelib_InterfaceMemberTypeDescription *)member)->pMemberName;
}

rtl_uString *asn_ustring_from_utf8(const char *utf8)
{
    rtl_uString *s = NULL;
    rtl_string2UString(&s, utf8, (sal_Int32)strlen(utf8), RTL_TEXTENCODING_UTF8, OSTRING_TO_OUSTRING_CVTFLAGS);
    return s;
}

void asn_return_ustring(void *ret, const char *utf8)
{
    *(rtl_uString **)ret = asn_ustring_from_utf8(utf8);
}

void asn_return_string_sequence(void *ret, const char *const *strings, int count)
{
    rtl_uString *items[8];
    typelib_TypeDescriptionReference *type = NULL;
    if (count > 8)
        count = 8;
    for (int i = 0; i < count; i++)
        items[i] = asn_ustring_from_utf8(strings[i]);
    typelib_typedescriptionreference_newByAsciiName(&type, typelib_TypeClass_SEQUENCE, "[]string");
    *(uno_Sequence **)ret = NULL;
    uno_type_sequence_construct((uno_Sequence **)ret, type, items, count, NULL);
    typelib_typedescriptionreference_release(type);
    for (int i = 0; i < count; i++)
        rtl_uString_release(items[i]);
}

void asn_query_interface(uno_Interface *self, const char *const *names, int count, void *ret, void *args[])
{
    typelib_TypeDescriptionReference *wanted = *(typelib_TypeDescriptionReference **)args[0];
    for (int i = 0; i < count; i++) {
        if (asn_ustr_is(wanted->pTypeName, names[i])) {
            uno_type_any_construct(ret, &self, wanted, NULL);
            return;
        }
    }
    uno_any_construct(ret, NULL, NULL, NULL);
}

int asn_service_info_of(const rtl_uString *member, void *ret, void *args[], const char *implementation,
                        const char *const *services, int count)
{
    if (asn_ustr_is(member, "getImplementationName")) {
        asn_return_ustring(ret, implementation);
        return 1;
    }
    if (asn_ustr_is(member, "supportsService")) {
        const rtl_uString *name = *(rtl_uString **)args[0];
        sal_Bool supported = 0;
        for (int i = 0; i < count; i++)
            supported |= asn_ustr_is(name, services[i]);
        *(sal_Bool *)ret = supported;
        return 1;
    }
    if (asn_ustr_is(member, "getSupportedServiceNames")) {
        asn_return_string_sequence(ret, services, count);
        return 1;
    }
    return 0;
}

int asn_service_info(const rtl_uString *member, void *ret, void *args[])
{
    static const char *const services[] = { "com.sun.star.sheet.AddIn", asn_service_name };
    return asn_service_info_of(member, ret, args, asn_implementation_name, services, 2);
}

void asn_raise(uno_Any *exc, uno_Any **ppException, const char *type_name, const char *message)
{
    typelib_TypeDescription *td = NULL;
    rtl_uString *name = NULL;
    rtl_uString_newFromAscii(&name, type_name);
    typelib_typedescription_getByName(&td, name);
    rtl_uString_release(name);
    void *data = td ? malloc((size_t)td->nSize) : NULL;
    if (!data) {
        /* Without the type (never inside soffice) or memory, a RuntimeException cannot be built
         * either: give up on the message rather than crash, and let the result be an error value. */
        if (td)
            typelib_typedescription_release(td);
        uno_any_construct(exc, NULL, NULL, NULL);
        *ppException = exc;
        return;
    }
    uno_constructData(data, td);
    /* Every UNO exception starts with com.sun.star.uno.Exception { string Message; XInterface Context; }. */
    rtl_uString *text = asn_ustring_from_utf8(message);
    rtl_uString_assign((rtl_uString **)data, text);
    rtl_uString_release(text);
    uno_any_construct(exc, data, td, NULL);
    uno_destructData(data, td, NULL);
    free(data);
    typelib_typedescription_release(td);
    *ppException = exc;
}

int asn_ustring_to_utf8(const rtl_uString *text, char *out, size_t cap)
{
    rtl_String *utf8 = NULL;
    rtl_uString2String(&utf8, text->buffer, text->length, RTL_TEXTENCODING_UTF8, OUSTRING_TO_OSTRING_CVTFLAGS);
    int ok = utf8 && (size_t)utf8->length < cap;
    if (ok)
        memcpy(out, utf8->buffer, (size_t)utf8->length + 1);
    if (utf8)
        rtl_string_release(utf8);
    return ok;
}
