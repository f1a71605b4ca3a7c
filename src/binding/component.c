/* The component's entry points and its factory (XSingleComponentFactory, XServiceInfo).
 *
 * These are the only symbols the shared library exports (see component.map). The environment is
 * binary UNO ("uno"), so no C++ is involved: LibreOffice bridges our objects into its own world. */
#include <gsl/gsl_errno.h>
#include <stdlib.h>
#include <string.h>

#include "addin.h"
#include "types.h"
#include "uno_util.h"
#include "../core/sync.h"

typedef struct {
    uno_Interface iface;
    int refcount;
} asn_factory;

static const char *const factory_interfaces[] = {
    "com.sun.star.uno.XInterface", "com.sun.star.lang.XSingleComponentFactory", "com.sun.star.lang.XServiceInfo",
};

static void SAL_CALL factory_acquire(uno_Interface *i)
{
    __atomic_add_fetch(&((asn_factory *)i)->refcount, 1, __ATOMIC_RELAXED);
}

static void SAL_CALL factory_release(uno_Interface *i)
{
    if (__atomic_sub_fetch(&((asn_factory *)i)->refcount, 1, __ATOMIC_ACQ_REL) == 0)
        free(i);
}

static void SAL_CALL factory_dispatch(uno_Interface *i, const typelib_TypeDescription *member_type, void *ret,
                                      void *args[], uno_Any **ppException)
{
    uno_Any *exc = *ppException;
    *ppException = NULL;
    const rtl_uString *member = asn_member_name(member_type);
    if (asn_ustr_is(member, "createInstanceWithContext") ||
        asn_ustr_is(member, "createInstanceWithArgumentsAndContext")) {
        uno_Interface *addin = asn_addin_create();
        if (!addin) {
            asn_raise(exc, ppException, "com.sun.star.uno.RuntimeException", "ASN Karier: out of memory");
            return;
        }
        *(uno_Interface **)ret = addin; /* the caller takes over our one reference */
    } else if (asn_ustr_is(member, "queryInterface")) {
        asn_query_interface(i, factory_interfaces, 3, ret, args);
    } else if (asn_ustr_is(member, "acquire")) {
        factory_acquire(i);
    } else if (asn_ustr_is(member, "release")) {
        factory_release(i);
    } else if (!asn_service_info(member, ret, args)) {
        asn_raise(exc, ppException, "com.sun.star.uno.RuntimeException", "ASN Karier: unsupported factory method");
    }
}

/* The entry points LibreOffice's shared-library loader looks up (cppuhelper/shlib.cxx). */
SAL_DLLPUBLIC_EXPORT void SAL_CALL component_getImplementationEnvironment(const char **env_type_name,
                                                                           uno_Environment **env);
SAL_DLLPUBLIC_EXPORT void *SAL_CALL component_getFactory(const char *implementation_name, void *service_manager,
                                                         void *registry_key);

static asn_once_flag started = ASN_ONCE_INIT;

static void start(void)
{
    /* GSL's default error handler calls abort(), which would take the user's Calc (and unsaved
     * roster) down with it. Every GSL status is checked where it matters instead. */
    gsl_set_error_handler_off();
    asn_types_init();
}

SAL_DLLPUBLIC_EXPORT void SAL_CALL component_getImplementationEnvironment(const char **env_type_name,
                                                                           uno_Environment **env)
{
    (void)env;
    *env_type_name = UNO_LB_UNO;
}

SAL_DLLPUBLIC_EXPORT void *SAL_CALL component_getFactory(const char *implementation_name, void *service_manager,
                                                         void *registry_key)
{
    (void)service_manager;
    (void)registry_key;
    if (!implementation_name || strcmp(implementation_name, asn_implementation_name) != 0)
        return NULL;
    asn_once(&started, start);
    asn_factory *f = calloc(1, sizeof *f);
    if (!f)
        return NULL;
    f->iface.acquire = factory_acquire;
    f->iface.release = factory_release;
    f->iface.pDispatcher = factory_dispatch;
    f->refcount = 1;
    return &f->iface;
}
