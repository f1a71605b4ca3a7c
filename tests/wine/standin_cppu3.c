/* A stand-in for LibreOffice's cppu3.dll: the typelib and uno_ data functions the component imports
 * (src/binding/windows/cppu3.def, also this DLL's export list), for the types the component and the test host
 * exchange: void, boolean, numbers, string, type, any, sequences of those (by their type names, "[][]any"),
 * interfaces, and the three exceptions the component raises. Values follow cppu's layouts: a small value,
 * string, sequence or interface sits in uno_Any.pReserved with pData pointing at it; an exception's data is on
 * the heap. Interface method descriptions carry the member name the component dispatches on.
 * It is not LibreOffice: what only the real cppu3.dll can prove is listed in the README. */
#include <stdlib.h>
#include <string.h>
#include <windows.h>

#include "../../src/binding/uno.h"

/* ---- names ------------------------------------------------------------------------------------- */

static void ascii_of(const rtl_uString *s, char *out, size_t cap)
{
    size_t n = 0;
    for (sal_Int32 i = 0; i < s->length && n + 1 < cap; i++)
        out[n++] = (char)s->buffer[i];
    out[n] = '\0';
}

/* ---- type references ----------------------------------------------------------------------------- */

static typelib_TypeDescriptionReference *new_reference(typelib_TypeClass type_class, const char *name)
{
    typelib_TypeDescriptionReference *r = calloc(1, sizeof *r);
    if (!r)
        abort();
    r->nRefCount = 1;
    r->eTypeClass = type_class;
    rtl_uString_newFromAscii(&r->pTypeName, name);
    return r;
}

static void acquire_reference(typelib_TypeDescriptionReference *r)
{
    if (r && !r->nStaticRefCount)
        InterlockedIncrement((volatile LONG *)&r->nRefCount);
}

void SAL_CALL typelib_typedescriptionreference_release(typelib_TypeDescriptionReference *r)
{
    if (r && !r->nStaticRefCount && InterlockedDecrement((volatile LONG *)&r->nRefCount) == 0) {
        rtl_uString_release(r->pTypeName);
        free(r);
    }
}

void SAL_CALL typelib_typedescriptionreference_newByAsciiName(typelib_TypeDescriptionReference **r,
                                                               typelib_TypeClass type_class, const char *name)
{
    typelib_TypeDescriptionReference *old = *r;
    *r = new_reference(type_class, name);
    typelib_typedescriptionreference_release(old);
}

sal_Bool SAL_CALL typelib_typedescriptionreference_equals(const typelib_TypeDescriptionReference *a,
                                                          const typelib_TypeDescriptionReference *b)
{
    if (a == b)
        return 1;
    return a->eTypeClass == b->eTypeClass && a->pTypeName->length == b->pTypeName->length &&
           !memcmp(a->pTypeName->buffer, b->pTypeName->buffer, (size_t)a->pTypeName->length * sizeof(sal_Unicode));
}

static const char *const class_names[] = {
    [typelib_TypeClass_VOID] = "void", [typelib_TypeClass_CHAR] = "char", [typelib_TypeClass_BOOLEAN] = "boolean",
    [typelib_TypeClass_BYTE] = "byte", [typelib_TypeClass_SHORT] = "short",
    [typelib_TypeClass_UNSIGNED_SHORT] = "unsigned short", [typelib_TypeClass_LONG] = "long",
    [typelib_TypeClass_UNSIGNED_LONG] = "unsigned long", [typelib_TypeClass_HYPER] = "hyper",
    [typelib_TypeClass_UNSIGNED_HYPER] = "unsigned hyper", [typelib_TypeClass_FLOAT] = "float",
    [typelib_TypeClass_DOUBLE] = "double", [typelib_TypeClass_STRING] = "string", [typelib_TypeClass_TYPE] = "type",
    [typelib_TypeClass_ANY] = "any",
};
static typelib_TypeDescriptionReference *static_types[typelib_TypeClass_ANY + 1];

typelib_TypeDescriptionReference **SAL_CALL typelib_static_type_getByTypeClass(typelib_TypeClass type_class)
{
    if (type_class > typelib_TypeClass_ANY)
        type_class = typelib_TypeClass_VOID;
    if (!static_types[type_class]) { /* the host calls this first, on one thread */
        static_types[type_class] = new_reference(type_class, class_names[type_class]);
        static_types[type_class]->nStaticRefCount = 1;
    }
    return &static_types[type_class];
}

/* ---- type descriptions: exceptions and interface methods ----------------------------------------- */

/* com.sun.star.uno.Exception { string Message; XInterface Context; } and the component's three subtypes
 * (IllegalArgumentException adds short ArgumentPosition). */
typedef struct {
    typelib_CompoundTypeDescription compound;
    const char *name;
    sal_Int32 size;
} exception_type;
static exception_type exceptions[] = {
    { .name = "com.sun.star.lang.IllegalArgumentException", .size = 24 },
    { .name = "com.sun.star.sheet.NoConvergenceException", .size = 16 },
    { .name = "com.sun.star.uno.RuntimeException", .size = 16 },
};

static typelib_TypeDescription *exception_by_name(const char *name)
{
    for (size_t i = 0; i < sizeof exceptions / sizeof exceptions[0]; i++) {
        exception_type *e = &exceptions[i];
        if (strcmp(e->name, name) != 0)
            continue;
        typelib_TypeDescription *td = &e->compound.aBase;
        if (!td->pTypeName) {
            td->nStaticRefCount = 1;
            td->eTypeClass = typelib_TypeClass_EXCEPTION;
            rtl_uString_newFromAscii(&td->pTypeName, name);
            td->nSize = e->size;
            td->nAlignment = 8;
            td->bComplete = 1;
        }
        return td;
    }
    return NULL;
}

void SAL_CALL typelib_typedescription_release(typelib_TypeDescription *td)
{
    if (!td || td->nStaticRefCount)
        return;
    if (InterlockedDecrement((volatile LONG *)&td->nRefCount) == 0) {
        rtl_uString_release(((typelib_InterfaceMemberTypeDescription *)td)->pMemberName);
        rtl_uString_release(td->pTypeName);
        free(td);
    }
}

void SAL_CALL typelib_typedescription_getByName(typelib_TypeDescription **out, rtl_uString *name)
{
    char text[256];
    ascii_of(name, text, sizeof text);
    if (*out)
        typelib_typedescription_release(*out);
    *out = exception_by_name(text);
    const char *member = strstr(text, "::");
    if (*out || !member)
        return; /* other types (PropertyValue ...) are not known here: NULL, as for a type that does not exist */
    typelib_InterfaceMemberTypeDescription *m = calloc(1, sizeof(typelib_InterfaceMethodTypeDescription));
    if (!m)
        abort();
    m->aBase.nRefCount = 1;
    m->aBase.eTypeClass = typelib_TypeClass_INTERFACE_METHOD;
    rtl_uString_newFromAscii(&m->aBase.pTypeName, text);
    rtl_uString_newFromAscii(&m->pMemberName, member + 2);
    *out = &m->aBase;
}

/* ---- sequences, by the element type in their name ------------------------------------------------- */

typedef enum { E_ANY, E_SEQUENCE, E_STRING, E_TYPE, E_BYTE, E_DOUBLE, E_OTHER } element_kind;

static element_kind kind_of(const typelib_TypeDescriptionReference *sequence_type, char *element_name, size_t cap)
{
    char name[256];
    ascii_of(sequence_type->pTypeName, name, sizeof name);
    const char *e = strncmp(name, "[]", 2) == 0 ? name + 2 : name;
    if (element_name) {
        strncpy(element_name, e, cap - 1);
        element_name[cap - 1] = '\0';
    }
    return !strcmp(e, "any") ? E_ANY : !strncmp(e, "[]", 2) ? E_SEQUENCE : !strcmp(e, "string") ? E_STRING
         : !strcmp(e, "type") ? E_TYPE : !strcmp(e, "byte") ? E_BYTE : !strcmp(e, "double") ? E_DOUBLE : E_OTHER;
}

static size_t element_size(element_kind k)
{
    return k == E_ANY ? sizeof(uno_Any) : k == E_BYTE ? 1 : 8;
}

void SAL_CALL uno_any_destruct(uno_Any *a, uno_ReleaseFunc release);
static void release_sequence(uno_Sequence *s, const typelib_TypeDescriptionReference *type);

static void destruct_element(void *e, element_kind k, const char *element_name)
{
    switch (k) {
    case E_ANY: uno_any_destruct(e, NULL); break;
    case E_STRING: rtl_uString_release(*(rtl_uString **)e); break;
    case E_TYPE: typelib_typedescriptionreference_release(*(typelib_TypeDescriptionReference **)e); break;
    case E_SEQUENCE: {
        typelib_TypeDescriptionReference *inner = new_reference(typelib_TypeClass_SEQUENCE, element_name);
        release_sequence(*(uno_Sequence **)e, inner);
        typelib_typedescriptionreference_release(inner);
        break;
    }
    default: break;
    }
}

static void release_sequence(uno_Sequence *s, const typelib_TypeDescriptionReference *type)
{
    if (!s || InterlockedDecrement((volatile LONG *)&s->nRefCount) != 0)
        return;
    char element_name[256];
    element_kind k = kind_of(type, element_name, sizeof element_name);
    for (sal_Int32 i = 0; i < s->nElements; i++)
        destruct_element(s->elements + (size_t)i * element_size(k), k, element_name);
    free(s);
}

static void set_void(uno_Any *a);

sal_Bool SAL_CALL uno_type_sequence_construct(uno_Sequence **out, typelib_TypeDescriptionReference *type,
                                              void *elements, sal_Int32 length, uno_AcquireFunc acquire)
{
    (void)acquire;
    char element_name[256];
    element_kind k = kind_of(type, element_name, sizeof element_name);
    size_t size = element_size(k);
    uno_Sequence *s = calloc(1, SAL_SEQUENCE_HEADER_SIZE + (size_t)length * size);
    if (!s)
        return 0;
    s->nRefCount = 1;
    s->nElements = length;
    for (sal_Int32 i = 0; i < length; i++) {
        char *e = s->elements + (size_t)i * size;
        const char *from = elements ? (const char *)elements + (size_t)i * size : NULL;
        switch (k) {
        case E_ANY: set_void((uno_Any *)e); break; /* copying anys in is not needed by the component */
        case E_STRING:
            if (from) {
                *(rtl_uString **)e = *(rtl_uString *const *)from;
                rtl_uString_acquire(*(rtl_uString **)e);
            } else {
                rtl_uString_new((rtl_uString **)e);
            }
            break;
        case E_TYPE:
            *(typelib_TypeDescriptionReference **)e =
                from ? *(typelib_TypeDescriptionReference *const *)from : *typelib_static_type_getByTypeClass(typelib_TypeClass_VOID);
            acquire_reference(*(typelib_TypeDescriptionReference **)e);
            break;
        case E_SEQUENCE: {
            typelib_TypeDescriptionReference *inner = new_reference(typelib_TypeClass_SEQUENCE, element_name);
            uno_type_sequence_construct((uno_Sequence **)e, inner, NULL, 0, NULL);
            typelib_typedescriptionreference_release(inner);
            break;
        }
        default:
            if (from)
                memcpy(e, from, size);
            break;
        }
    }
    *out = s;
    return 1;
}

/* ---- anys and data ------------------------------------------------------------------------------- */

static void set_void(uno_Any *a)
{
    a->pType = *typelib_static_type_getByTypeClass(typelib_TypeClass_VOID);
    a->pReserved = NULL;
    a->pData = &a->pReserved;
}

static exception_type *exception_of(const typelib_TypeDescriptionReference *type)
{
    char name[256];
    ascii_of(type->pTypeName, name, sizeof name);
    typelib_TypeDescription *td = exception_by_name(name);
    return td ? (exception_type *)td : NULL;
}

/* An exception's members: Message at 0, Context at 8 (pack 8), the rest plain data. */
static void destruct_exception_data(void *data)
{
    rtl_uString_release(*(rtl_uString **)data);
    uno_Interface *context = *(uno_Interface **)((char *)data + 8);
    if (context)
        context->release(context);
}

void SAL_CALL uno_constructData(void *memory, typelib_TypeDescription *td)
{
    memset(memory, 0, (size_t)td->nSize);
    rtl_uString_new((rtl_uString **)memory);
}

void SAL_CALL uno_destructData(void *memory, typelib_TypeDescription *td, uno_ReleaseFunc release)
{
    (void)td, (void)release;
    destruct_exception_data(memory);
}

void SAL_CALL uno_type_any_construct(uno_Any *a, void *value, typelib_TypeDescriptionReference *type,
                                     uno_AcquireFunc acquire)
{
    (void)acquire;
    if (!type || type->eTypeClass == typelib_TypeClass_VOID) {
        set_void(a);
        return;
    }
    a->pType = type;
    acquire_reference(type);
    a->pReserved = NULL;
    a->pData = &a->pReserved;
    switch (type->eTypeClass) {
    case typelib_TypeClass_BOOLEAN:
    case typelib_TypeClass_BYTE: memcpy(&a->pReserved, value, 1); break;
    case typelib_TypeClass_SHORT:
    case typelib_TypeClass_UNSIGNED_SHORT: memcpy(&a->pReserved, value, 2); break;
    case typelib_TypeClass_LONG:
    case typelib_TypeClass_UNSIGNED_LONG:
    case typelib_TypeClass_FLOAT: memcpy(&a->pReserved, value, 4); break;
    case typelib_TypeClass_HYPER:
    case typelib_TypeClass_UNSIGNED_HYPER:
    case typelib_TypeClass_DOUBLE: memcpy(&a->pReserved, value, 8); break;
    case typelib_TypeClass_STRING:
        a->pReserved = *(rtl_uString **)value;
        rtl_uString_acquire(a->pReserved);
        break;
    case typelib_TypeClass_SEQUENCE:
        a->pReserved = *(uno_Sequence **)value;
        InterlockedIncrement((volatile LONG *)&((uno_Sequence *)a->pReserved)->nRefCount);
        break;
    case typelib_TypeClass_INTERFACE: {
        uno_Interface *i = *(uno_Interface **)value;
        a->pReserved = i;
        if (i)
            i->acquire(i);
        break;
    }
    case typelib_TypeClass_EXCEPTION: {
        exception_type *e = exception_of(type);
        a->pData = malloc((size_t)e->size);
        memcpy(a->pData, value, (size_t)e->size);
        rtl_uString_acquire(*(rtl_uString **)a->pData);
        uno_Interface *context = *(uno_Interface **)((char *)a->pData + 8);
        if (context)
            context->acquire(context);
        break;
    }
    default: break;
    }
}

void SAL_CALL uno_any_construct(uno_Any *a, void *value, typelib_TypeDescription *td, uno_AcquireFunc acquire)
{
    if (!td) {
        set_void(a);
        return;
    }
    typelib_TypeDescriptionReference *type = new_reference(td->eTypeClass, "");
    rtl_uString_assign(&type->pTypeName, td->pTypeName);
    uno_type_any_construct(a, value, type, acquire);
    typelib_typedescriptionreference_release(type); /* the any holds its own reference */
}

void SAL_CALL uno_any_destruct(uno_Any *a, uno_ReleaseFunc release)
{
    (void)release;
    typelib_TypeDescriptionReference *type = a->pType;
    switch (type->eTypeClass) {
    case typelib_TypeClass_STRING: rtl_uString_release(a->pReserved); break;
    case typelib_TypeClass_SEQUENCE: release_sequence(a->pReserved, type); break;
    case typelib_TypeClass_INTERFACE:
        if (a->pReserved)
            ((uno_Interface *)a->pReserved)->release(a->pReserved);
        break;
    case typelib_TypeClass_EXCEPTION:
        destruct_exception_data(a->pData);
        free(a->pData);
        break;
    default: break;
    }
    typelib_typedescriptionreference_release(type);
    set_void(a);
}

void SAL_CALL uno_type_destructData(void *value, typelib_TypeDescriptionReference *type, uno_ReleaseFunc release)
{
    switch (type->eTypeClass) {
    case typelib_TypeClass_SEQUENCE: release_sequence(*(uno_Sequence **)value, type); break;
    case typelib_TypeClass_STRING: rtl_uString_release(*(rtl_uString **)value); break;
    case typelib_TypeClass_ANY: uno_any_destruct(value, release); break;
    case typelib_TypeClass_INTERFACE:
        if (*(uno_Interface **)value)
            (*(uno_Interface **)value)->release(*(uno_Interface **)value);
        break;
    default: break;
    }
}
