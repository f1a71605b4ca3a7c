#include "uno_calling.h"

#include <string.h>

#include "uno_implementing.h"

uno_Interface *asn_uno_query(uno_Interface *object, const char *interface)
{
    if (!object)
        return NULL;
    uno_Interface *found_interface = NULL;
    typelib_TypeDescription *query = NULL;
    typelib_TypeDescriptionReference *type = NULL;
    rtl_uString *name = NULL;
    rtl_uString_newFromAscii(&name, "com.sun.star.uno.XInterface::queryInterface");
    typelib_typedescription_getByName(&query, name);
    rtl_uString_release(name);
    typelib_typedescriptionreference_newByAsciiName(&type, typelib_TypeClass_INTERFACE, interface);
    if (query && type) {
        uno_Any found, exc_memory, *exc = &exc_memory;
        void *args[1] = { &type };
        object->pDispatcher(object, query, &found, args, &exc);
        if (exc) {
            uno_any_destruct(exc, NULL);
        } else {
            found_interface = asn_uno_any_interface(&found);
            uno_any_destruct(&found, NULL);
        }
    }
    if (query)
        typelib_typedescription_release(query);
    if (type)
        typelib_typedescriptionreference_release(type);
    return found_interface;
}

typelib_TypeDescription *asn_uno_type(const char *name)
{
    typelib_TypeDescription *td = NULL;
    rtl_uString *text = NULL;
    rtl_uString_newFromAscii(&text, name);
    typelib_typedescription_getByName(&td, text);
    rtl_uString_release(text);
    return td;
}

int asn_uno_call(uno_Interface *object, const char *method, void *result, void *args[])
{
    if (!object)
        return 0;
    typelib_TypeDescription *member = asn_uno_type(method);
    if (!member)
        return 0;
    /* A void method gets scratch room all the same: what a bridge writes there is not ours to predict. */
    union {
        uno_Any any;
        sal_Int64 number;
        void *pointer;
        char bytes[64];
    } scratch;
    uno_Any exc_memory, *exc = &exc_memory;
    object->pDispatcher(object, member, result ? result : &scratch, args, &exc);
    typelib_typedescription_release(member);
    if (exc) {
        uno_any_destruct(exc, NULL);
        return 0;
    }
    return 1;
}

int asn_uno_call_on(uno_Interface *object, const char *method, void *result, void *args[])
{
    char interface[128];
    const char *colons = strstr(method, "::");
    size_t length = colons ? (size_t)(colons - method) : 0;
    if (length == 0 || length >= sizeof interface)
        return 0;
    memcpy(interface, method, length);
    interface[length] = '\0';
    uno_Interface *target = asn_uno_query(object, interface);
    if (!target)
        return 0;
    int ok = asn_uno_call(target, method, result, args);
    target->release(target);
    return ok;
}

uno_Interface *asn_uno_any_interface(const uno_Any *any)
{
    if (any->pType->eTypeClass != typelib_TypeClass_INTERFACE)
        return NULL;
    uno_Interface *held = *(uno_Interface *const *)any->pData;
    if (held)
        held->acquire(held);
    return held;
}

long asn_uno_member_offset(const typelib_TypeDescription *td, const char *member)
{
    /* A struct's own members, then its base's (DispatchResultEvent's Source is EventObject's): the offsets of a
     * compound type count from the start of the whole struct. */
    for (const typelib_CompoundTypeDescription *compound = (const typelib_CompoundTypeDescription *)td; compound;
         compound = compound->pBaseTypeDescription)
        for (sal_Int32 i = 0; i < compound->nMembers; i++)
            if (asn_ustr_is(compound->ppMemberNames[i], member))
                return compound->pMemberOffsets[i];
    return -1;
}

const uno_Any *asn_uno_find_value(const uno_Sequence *sequence, const char *struct_type, const char *key)
{
    typelib_TypeDescription *td = asn_uno_type(struct_type);
    if (!td)
        return NULL;
    /* Offsets from the type description, not from a C struct of ours that could disagree with the bridge. */
    long name_at = asn_uno_member_offset(td, "Name"), value_at = asn_uno_member_offset(td, "Value");
    const uno_Any *value = NULL;
    if (sequence && name_at >= 0 && value_at >= 0) {
        for (sal_Int32 i = 0; i < sequence->nElements && !value; i++) {
            const char *element = sequence->elements + (size_t)i * (size_t)td->nSize;
            if (asn_ustr_is(*(rtl_uString *const *)(element + name_at), key))
                value = (const uno_Any *)(element + value_at);
        }
    }
    typelib_typedescription_release(td);
    return value;
}

void asn_uno_destroy(void *data, typelib_TypeClass type_class, const char *type_name)
{
    typelib_TypeDescriptionReference *type = NULL;
    typelib_typedescriptionreference_newByAsciiName(&type, type_class, type_name);
    if (!type)
        return;
    uno_type_destructData(data, type, NULL);
    typelib_typedescriptionreference_release(type);
}

uno_Interface *asn_uno_interface_result(uno_Interface *object, const char *method, const char *text)
{
    uno_Interface *result = NULL;
    rtl_uString *argument = text ? asn_ustring_from_utf8(text) : NULL;
    void *args[1] = { &argument };
    if (!asn_uno_call_on(object, method, &result, text ? args : NULL))
        result = NULL;
    if (argument)
        rtl_uString_release(argument);
    return result;
}

uno_Interface *asn_uno_any_result(uno_Interface *object, const char *method, const char *text)
{
    uno_Any value;
    rtl_uString *argument = asn_ustring_from_utf8(text);
    void *args[1] = { &argument };
    uno_Interface *held = NULL;
    if (asn_uno_call_on(object, method, &value, args)) {
        held = asn_uno_any_interface(&value);
        uno_any_destruct(&value, NULL);
    }
    rtl_uString_release(argument);
    return held;
}

uno_Interface *asn_uno_element(uno_Interface *names, const char *name)
{
    sal_Bool present = 0;
    rtl_uString *argument = asn_ustring_from_utf8(name);
    void *args[1] = { &argument };
    int ok = asn_uno_call_on(names, "com.sun.star.container.XNameAccess::hasByName", &present, args);
    rtl_uString_release(argument);
    if (!ok || !present)
        return NULL;
    return asn_uno_any_result(names, "com.sun.star.container.XNameAccess::getByName", name);
}

void asn_uno_release(uno_Interface *object)
{
    if (object)
        object->release(object);
}
