/* The component's entry points and its factories (XSingleComponentFactory, XServiceInfo): one for the add-in,
 * one for the print-area job (print_job.c), one for the menu's commands (command_handler.c).
 *
 * These are the only symbols the shared library exports (see component.map). The environment is
 * binary UNO ("uno"), so no C++ is involved: LibreOffice bridges our objects into its own world. */
#include <gsl/gsl_errno.h>
#include <stdlib.h>
#include <string.h>

#include "addin.h"
#include "command_handler.h"
#include "print_job.h"
#include "types.h"
#include "uno_implementing.h"
#include "../core/support/sync.h"

/* What a factory makes: the add-in (asked for by Calc), the print-area job (by the job executor) or a command
 * handler (by the dispatch framework, one per frame). `context` is the component context the factory was asked
 * with (not acquired: create acquires what it keeps). */
typedef struct {
    const char *name; /* the implementation name */
    uno_Interface *(*create)(uno_Interface *context);
    int (*service_info)(const rtl_uString *member, void *ret, void *args[]);
} asn_implementation;

static uno_Interface *create_addin(uno_Interface *context) { (void)context; return asn_addin_create(); }
static uno_Interface *create_print_job(uno_Interface *context) { return asn_print_job_create(context); }

static const asn_implementation implementations[] = {
    { asn_implementation_name, create_addin, asn_service_info },
    { asn_job_implementation_name, create_print_job, asn_print_job_service_info },
    { asn_commands_implementation_name, asn_command_handler_create, asn_command_handler_service_info },
};

typedef struct {
    uno_Interface iface;
    int refcount;
    const asn_implementation *implementation;
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
    const asn_implementation *implementation = ((asn_factory *)i)->implementation;
    const rtl_uString *member = asn_member_name(member_type);
    if (asn_ustr_is(member, "createInstanceWithContext") ||
        asn_ustr_is(member, "createInstanceWithArgumentsAndContext")) {
        int with_arguments = asn_ustr_is(member, "createInstanceWithArgumentsAndContext");
        uno_Interface *context = *(uno_Interface **)args[with_arguments ? 1 : 0];
        uno_Interface *made = implementation->create(context);
        if (!made) {
            asn_raise(exc, ppException, "com.sun.star.uno.RuntimeException", "ASN Karier: out of memory");
            return;
        }
        *(uno_Interface **)ret = made; /* the caller takes over our one reference */
    } else if (asn_ustr_is(member, "queryInterface")) {
        asn_query_interface(i, factory_interfaces, 3, ret, args);
    } else if (asn_ustr_is(member, "acquire")) {
        factory_acquire(i);
    } else if (asn_ustr_is(member, "release")) {
        factory_release(i);
    } else if (!implementation->service_info(member, ret, args)) {
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
    const asn_implementation *implementation = NULL;
    for (size_t k = 0; implementation_name && k < sizeof implementations / sizeof implementations[0]; k++)
        if (strcmp(implementation_name, implementations[k].name) == 0)
            implementation = &implementations[k];
    if (!implementation)
        return NULL;
    asn_once(&started, start);
    asn_factory *f = calloc(1, sizeof *f);
    if (!f)
        return NULL;
    f->iface.acquire = factory_acquire;
    f->iface.release = factory_release;
    f->iface.pDispatcher = factory_dispatch;
    f->refcount = 1;
    f->implementation = implementation;
    return &f->iface;
}
