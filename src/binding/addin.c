/* The add-in object: XInterface, XTypeProvider, XServiceInfo, XServiceName, XAddIn (with
 * XLocalizable) and the generated function interface, all served by one dispatcher.
 *
 * Calc finds the functions through Introspection, which only sees the interfaces getTypes() lists;
 * with CalcAddIns.xcu present it takes names and descriptions from there, but the XAddIn methods
 * answer the same texts (from the same generated table) for hosts that ask. */
#include "addin.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arguments.h"
#include "uno_implementing.h"
#include "../core/support/sync.h"

typedef struct {
    uno_Interface iface; /* first: UNO sees a pointer to this */
    int refcount;
    asn_lock lock; /* guards the locale */
    rtl_uString *locale[3]; /* Language, Country, Variant */
} asn_addin;

static const char *const addin_interfaces[] = {
    "com.sun.star.uno.XInterface", "com.sun.star.lang.XTypeProvider", "com.sun.star.lang.XServiceInfo",
    "com.sun.star.lang.XServiceName", "com.sun.star.sheet.XAddIn", "com.sun.star.lang.XLocalizable",
    asn_interface_name,
};
enum { ADDIN_INTERFACE_COUNT = sizeof addin_interfaces / sizeof addin_interfaces[0] };

static void SAL_CALL addin_acquire(uno_Interface *i)
{
    __atomic_add_fetch(&((asn_addin *)i)->refcount, 1, __ATOMIC_RELAXED);
}

static void SAL_CALL addin_release(uno_Interface *i)
{
    asn_addin *self = (asn_addin *)i;
    if (__atomic_sub_fetch(&self->refcount, 1, __ATOMIC_ACQ_REL) != 0)
        return;
    for (int k = 0; k < 3; k++)
        rtl_uString_release(self->locale[k]);
    free(self);
}

/* ---- the spreadsheet functions ------------------------------------------------------------- */

static const asn_function_info *function_by_method(const rtl_uString *method)
{
    for (size_t i = 0; i < asn_function_count; i++)
        if (asn_ustr_is(method, asn_functions[i].method))
            return &asn_functions[i];
    return NULL;
}

/* Runs one function and turns its status into what the contract makes the user see:
 * invalid input -> IllegalArgumentException (Err:502), not found -> void (#N/A),
 * no convergence -> NoConvergenceException (Err:523). */
static void call_function(const asn_function_info *fn, void *ret, void *args[], uno_Any *exc, uno_Any **ppException)
{
    asn_call call; /* the scratch buffer is left uninitialised on purpose: it is only written */
    call.fn = fn;
    call.args = args;
    call.result = ret;
    call.has_result = 0;
    call.status.code = ASN_OK;
    call.status.message[0] = '\0';
    call.scratch.used = 0;
    call.scratch.blocks = NULL;

    fn->handler(&call);
    asn_call_free_scratch(&call);

    if (call.status.code == ASN_OK && !call.has_result)
        asn_fail(&call.status, ASN_INVALID, "internal error: no result");
    if (call.status.code != ASN_OK && call.has_result)
        uno_any_destruct(ret, NULL);

    char message[sizeof call.status.message + 64];
    snprintf(message, sizeof message, "%s: %s", fn->name, call.status.message);
    switch (call.status.code) {
    case ASN_OK:
        *ppException = NULL;
        break;
    case ASN_NOT_FOUND:
        uno_any_construct(ret, NULL, NULL, NULL);
        *ppException = NULL;
        break;
    case ASN_NO_CONVERGENCE:
        asn_raise(exc, ppException, "com.sun.star.sheet.NoConvergenceException", message);
        break;
    case ASN_INVALID:
    default:
        asn_raise(exc, ppException, "com.sun.star.lang.IllegalArgumentException", message);
        break;
    }
}

/* ---- XAddIn and XLocalizable --------------------------------------------------------------- */

static int addin_language(asn_addin *self)
{
    asn_lock_take(&self->lock);
    int id = asn_ustr_is(self->locale[0], "id") || asn_ustr_is(self->locale[0], "in");
    asn_lock_release(&self->lock);
    return id ? ASN_LANG_ID : ASN_LANG_EN;
}

static void set_locale(asn_addin *self, void *locale)
{
    rtl_uString **given = locale; /* com.sun.star.lang.Locale { Language, Country, Variant } */
    asn_lock_take(&self->lock);
    for (int k = 0; k < 3; k++)
        rtl_uString_assign(&self->locale[k], given[k]);
    asn_lock_release(&self->lock);
}

static void get_locale(asn_addin *self, void *ret)
{
    rtl_uString **out = ret;
    asn_lock_take(&self->lock);
    for (int k = 0; k < 3; k++) {
        rtl_uString_acquire(self->locale[k]);
        out[k] = self->locale[k];
    }
    asn_lock_release(&self->lock);
}

/* The XAddIn queries. Returns 1 when `member` was one of them. An unknown function or argument
 * gets an empty string, as LibreOffice's own add-ins answer. */
static int xaddin(asn_addin *self, const rtl_uString *member, void *ret, void *args[])
{
    const rtl_uString *given = *(rtl_uString **)args[0];
    if (asn_ustr_is(member, "getProgrammaticFuntionName")) { /* sic: the IDL spells it so */
        for (size_t i = 0; i < asn_function_count; i++) {
            if (asn_ustr_is(given, asn_functions[i].name)) {
                asn_return_ustring(ret, asn_functions[i].method);
                return 1;
            }
        }
        asn_return_ustring(ret, "");
        return 1;
    }
    const char *const names[] = { "getDisplayFunctionName", "getFunctionDescription", "getDisplayArgumentName",
                                  "getArgumentDescription", "getProgrammaticCategoryName", "getDisplayCategoryName" };
    int which = -1;
    for (int k = 0; k < 6; k++)
        if (asn_ustr_is(member, names[k]))
            which = k;
    if (which < 0)
        return 0;
    const asn_function_info *fn = function_by_method(given);
    const char *text = "";
    int lang = addin_language(self);
    if (fn) {
        sal_Int32 arg = (which == 2 || which == 3) ? *(sal_Int32 *)args[1] : 0;
        int arg_ok = arg >= 0 && arg < fn->param_count;
        switch (which) {
        case 0: text = fn->name; break;
        case 1: text = fn->description[lang]; break;
        case 2: text = arg_ok ? fn->params[arg].display[lang] : ""; break;
        case 3: text = arg_ok ? fn->params[arg].description[lang] : ""; break;
        default: text = fn->category; break;
        }
    }
    asn_return_ustring(ret, text);
    return 1;
}

/* ---- XTypeProvider ------------------------------------------------------------------------- */

static void get_types(void *ret)
{
    typelib_TypeDescriptionReference *types[ADDIN_INTERFACE_COUNT] = { 0 };
    typelib_TypeDescriptionReference *seq_type = NULL;
    for (int k = 0; k < ADDIN_INTERFACE_COUNT; k++)
        typelib_typedescriptionreference_newByAsciiName(&types[k], typelib_TypeClass_INTERFACE, addin_interfaces[k]);
    typelib_typedescriptionreference_newByAsciiName(&seq_type, typelib_TypeClass_SEQUENCE, "[]type");
    *(uno_Sequence **)ret = NULL;
    uno_type_sequence_construct((uno_Sequence **)ret, seq_type, types, ADDIN_INTERFACE_COUNT, NULL);
    typelib_typedescriptionreference_release(seq_type);
    for (int k = 0; k < ADDIN_INTERFACE_COUNT; k++)
        typelib_typedescriptionreference_release(types[k]);
}

static void get_implementation_id(void *ret)
{
    typelib_TypeDescriptionReference *seq_type = NULL;
    typelib_typedescriptionreference_newByAsciiName(&seq_type, typelib_TypeClass_SEQUENCE, "[]byte");
    *(uno_Sequence **)ret = NULL;
    uno_type_sequence_construct((uno_Sequence **)ret, seq_type, NULL, 0, NULL);
    typelib_typedescriptionreference_release(seq_type);
}

/* ---- the dispatcher ------------------------------------------------------------------------ */

static void SAL_CALL addin_dispatch(uno_Interface *i, const typelib_TypeDescription *member_type, void *ret,
                                    void *args[], uno_Any **ppException)
{
    asn_addin *self = (asn_addin *)i;
    uno_Any *exc = *ppException; /* keep the caller's memory: an exception is constructed into it */
    *ppException = NULL;
    const rtl_uString *member = asn_member_name(member_type);

    const asn_function_info *fn = function_by_method(member); /* the hot path first */
    if (fn) {
        call_function(fn, ret, args, exc, ppException);
        return;
    }
    if (asn_ustr_is(member, "queryInterface"))
        asn_query_interface(i, addin_interfaces, ADDIN_INTERFACE_COUNT, ret, args);
    else if (asn_ustr_is(member, "acquire"))
        addin_acquire(i);
    else if (asn_ustr_is(member, "release"))
        addin_release(i);
    else if (asn_ustr_is(member, "getTypes"))
        get_types(ret);
    else if (asn_ustr_is(member, "getImplementationId"))
        get_implementation_id(ret);
    else if (asn_ustr_is(member, "getServiceName"))
        asn_return_ustring(ret, asn_service_name);
    else if (asn_ustr_is(member, "setLocale"))
        set_locale(self, args[0]);
    else if (asn_ustr_is(member, "getLocale"))
        get_locale(self, ret);
    else if (!asn_service_info(member, ret, args) && !xaddin(self, member, ret, args))
        asn_raise(exc, ppException, "com.sun.star.uno.RuntimeException", "ASN Karier: unsupported method");
}

uno_Interface *asn_addin_create(void)
{
    asn_addin *self = calloc(1, sizeof *self);
    if (!self)
        return NULL;
    self->iface.acquire = addin_acquire;
    self->iface.release = addin_release;
    self->iface.pDispatcher = addin_dispatch;
    self->refcount = 1;
    for (int k = 0; k < 3; k++)
        rtl_uString_new(&self->locale[k]);
    return &self->iface;
}
