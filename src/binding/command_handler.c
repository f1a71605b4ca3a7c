/* The protocol handler of the ASN Karier menu: vnd.asnkarier:<Command>.
 *
 * LibreOffice's dispatch framework creates one handler per frame (ProtocolHandler.xcu names this implementation for
 * the protocol), initialises it with the frame and asks it for a dispatch object for each URL of the menu
 * (Addons.xcu) or of a script (com.sun.star.frame.DispatchHelper).
 *  H1. A URL whose command is in the table answers with this object itself as the XDispatch; any other URL, also of
 *      our protocol, with none (the framework then shows the command disabled, and a script gets no result).
 *  H2. The arguments are PropertyValues, the same for the menu and for a script; Silent = true means no dialog
 *      at all (a script, a test, a scheduled job).
 *  H3. dispatchWithNotification answers through com.sun.star.frame.DispatchResultEvent: State SUCCESS (0) or
 *      FAILURE (1), Result the command's short text ("150 ditambahkan, 0 diperbarui, 2 ditolak"). It always
 *      answers, whatever happened: DispatchHelper::executeDispatch waits for that answer without a time limit.
 *  H4. Nothing raises into LibreOffice: a command that fails says why in its result text.
 *  H5. The handler holds the frame and the context it was given until it is released; status listeners get no
 *      events (the commands are always available).
 *  H6. Not Silent, the officer is told how the command ended: a message box with the result (an error box when it
 *      failed), unless the command answered already (a dialog the officer cancelled, a page that opened). */
#include "command_handler.h"

#include <stdlib.h>
#include <string.h>

#include "sheet_data.h"
#include "types.h"
#include "uno_calling.h"
#include "uno_implementing.h"
#include "../core/support/locale_free.h"

typedef struct {
    uno_Interface iface; /* first: UNO sees a pointer to this */
    int refcount;
    uno_Interface *context;
    uno_Interface *frame;
} handler;

static const char *const handler_interfaces[] = {
    "com.sun.star.uno.XInterface",         "com.sun.star.frame.XDispatchProvider",
    "com.sun.star.frame.XDispatch",        "com.sun.star.frame.XNotifyingDispatch",
    "com.sun.star.lang.XInitialization",   "com.sun.star.lang.XServiceInfo",
};
enum { HANDLER_INTERFACE_COUNT = sizeof handler_interfaces / sizeof handler_interfaces[0] };

static void SAL_CALL handler_acquire(uno_Interface *i)
{
    __atomic_add_fetch(&((handler *)i)->refcount, 1, __ATOMIC_RELAXED);
}

static void SAL_CALL handler_release(uno_Interface *i)
{
    handler *self = (handler *)i;
    if (__atomic_sub_fetch(&self->refcount, 1, __ATOMIC_ACQ_REL) != 0)
        return;
    asn_uno_release(self->context);
    asn_uno_release(self->frame);
    free(self);
}

int asn_command_handler_service_info(const rtl_uString *member, void *ret, void *args[])
{
    static const char *const services[] = { "com.sun.star.frame.ProtocolHandler" };
    return asn_service_info_of(member, ret, args, asn_commands_implementation_name, services, 1);
}

/* ---- arguments -------------------------------------------------------------------------------------------------- */

int asn_command_string(const asn_command *command, const char *name, char *out, size_t cap)
{
    const uno_Any *value = asn_uno_find_value(command->arguments, "com.sun.star.beans.PropertyValue", name);
    if (!value || value->pType->eTypeClass != typelib_TypeClass_STRING || cap == 0)
        return 0;
    return asn_ustring_to_utf8(*(rtl_uString *const *)value->pData, out, cap);
}

int asn_command_flag(const asn_command *command, const char *name, int fallback)
{
    const uno_Any *value = asn_uno_find_value(command->arguments, "com.sun.star.beans.PropertyValue", name);
    if (!value || value->pType->eTypeClass != typelib_TypeClass_BOOLEAN)
        return fallback;
    return *(const sal_Bool *)value->pData != 0;
}

int asn_command_extension_url(const asn_command *command, const char *path, char *out, size_t cap)
{
    uno_Any provider_any;
    rtl_uString *singleton = asn_ustring_from_utf8("/singletons/com.sun.star.deployment.PackageInformationProvider");
    void *args[1] = { &singleton };
    uno_Interface *provider = NULL;
    if (asn_uno_call_on(command->context, "com.sun.star.uno.XComponentContext::getValueByName", &provider_any, args)) {
        provider = asn_uno_any_interface(&provider_any);
        uno_any_destruct(&provider_any, NULL);
    }
    rtl_uString_release(singleton);
    size_t room = strlen(path) + 1;
    int located = provider && cap > room &&
                  asn_string_result(provider, "com.sun.star.deployment.XPackageInformationProvider::getPackageLocation",
                                    asn_extension_identifier, out, cap - room) && out[0];
    asn_uno_release(provider);
    if (located)
        strcat(out, path);
    return located;
}

/* ---- H1: which command -------------------------------------------------------------------------------------------- */

/* The command a com.sun.star.util.URL names (its Complete member), or NULL. */
static const asn_command_info *command_of(const void *url)
{
    typelib_TypeDescription *td = asn_uno_type("com.sun.star.util.URL");
    if (!td)
        return NULL;
    long complete_at = asn_uno_member_offset(td, "Complete");
    typelib_typedescription_release(td);
    if (complete_at < 0)
        return NULL;
    const rtl_uString *complete = *(rtl_uString *const *)((const char *)url + complete_at);
    size_t prefix = strlen(asn_command_protocol);
    if ((size_t)complete->length <= prefix)
        return NULL;
    for (size_t k = 0; k < prefix; k++)
        if (complete->buffer[k] != (sal_Unicode)asn_command_protocol[k])
            return NULL;
    for (size_t c = 0; c < asn_command_count; c++) {
        const char *name = asn_commands[c].name;
        size_t n = strlen(name);
        if ((size_t)complete->length != prefix + n)
            continue;
        size_t k = 0;
        while (k < n && complete->buffer[prefix + k] == (sal_Unicode)name[k])
            k++;
        if (k == n)
            return &asn_commands[c];
    }
    return NULL;
}

/* ---- H2, H3: running one ------------------------------------------------------------------------------------------ */

/* H3: tells `listener` (XDispatchResultListener) how the command ended. */
static void notify(uno_Interface *self, uno_Interface *listener, int success, const char *text)
{
    typelib_TypeDescription *td = asn_uno_type("com.sun.star.frame.DispatchResultEvent");
    if (!td)
        return;
    long source_at = asn_uno_member_offset(td, "Source"), state_at = asn_uno_member_offset(td, "State"),
         result_at = asn_uno_member_offset(td, "Result");
    char *event = calloc(1, (size_t)td->nSize);
    if (event && source_at >= 0 && state_at >= 0 && result_at >= 0) {
        uno_constructData(event, td);
        uno_Interface **source = (uno_Interface **)(event + source_at);
        asn_uno_release(*source);
        self->acquire(self);
        *source = self;
        *(sal_Int16 *)(event + state_at) = success ? 0 : 1; /* com.sun.star.frame.DispatchResultState */
        uno_Any *result = (uno_Any *)(event + result_at);
        uno_any_destruct(result, NULL);
        rtl_uString *message = asn_ustring_from_utf8(text);
        typelib_TypeDescriptionReference *string_type = NULL;
        typelib_typedescriptionreference_newByAsciiName(&string_type, typelib_TypeClass_STRING, "string");
        uno_type_any_construct(result, &message, string_type, NULL);
        typelib_typedescriptionreference_release(string_type);
        rtl_uString_release(message);
        void *args[1] = { event };
        asn_uno_call_on(listener, "com.sun.star.frame.XDispatchResultListener::dispatchFinished", NULL, args);
        uno_destructData(event, td, NULL);
    }
    free(event);
    typelib_typedescription_release(td);
}

/* A message box over the frame's window; its answer (com.sun.star.awt.MessageBoxResults), 0 when none was shown. */
static sal_Int16 message_box(uno_Interface *context, uno_Interface *frame, sal_Int32 type, sal_Int32 buttons,
                             const char *text)
{
    uno_Interface *toolkit = asn_create_service(context, "com.sun.star.awt.Toolkit");
    uno_Interface *window = frame ? asn_uno_interface_result(frame, "com.sun.star.frame.XFrame::getContainerWindow",
                                                             NULL) : NULL;
    uno_Interface *peer = asn_uno_query(window, "com.sun.star.awt.XWindowPeer");
    uno_Interface *box = NULL;
    if (toolkit && peer) {
        rtl_uString *title = asn_ustring_from_utf8("ASN Karier"), *message = asn_ustring_from_utf8(text);
        void *args[5] = { &peer, &type, &buttons, &title, &message };
        if (!asn_uno_call_on(toolkit, "com.sun.star.awt.XMessageBoxFactory::createMessageBox", &box, args))
            box = NULL;
        rtl_uString_release(title);
        rtl_uString_release(message);
    }
    sal_Int16 answer = 0;
    if (box) {
        asn_uno_call_on(box, "com.sun.star.awt.XMessageBox::execute", &answer, NULL);
        box->release(box);
    }
    asn_uno_release(peer);
    asn_uno_release(window);
    asn_uno_release(toolkit);
    return answer;
}

/* H6: not Silent, the officer is told how the command ended (an error box when it failed). A cancelled file
 * dialog needs no answer. */
static void tell(uno_Interface *context, uno_Interface *frame, int success, const char *text)
{
    /* com.sun.star.awt.MessageBoxType INFOBOX, ERRORBOX; MessageBoxButtons BUTTONS_OK */
    message_box(context, frame, success ? 1 : 3, 1, text);
}

int asn_command_fail(asn_command *command, const char *text)
{
    asn_format(command->result, sizeof command->result, "%s", text);
    return 0;
}

static void call_with_text(uno_Interface *object, const char *method, const char *text)
{
    rtl_uString *s = asn_ustring_from_utf8(text);
    void *args[1] = { &s };
    asn_uno_call_on(object, method, NULL, args);
    rtl_uString_release(s);
}

int asn_command_pick_file(const asn_command *command, int save, const char *filter_title, const char *pattern,
                          const char *default_name, const char *title, char *url, size_t cap)
{
    uno_Interface *picker = asn_create_service(command->context, "com.sun.star.ui.dialogs.FilePicker");
    if (!picker)
        return 0;
    if (save) {
        sal_Int16 kind = 1; /* com.sun.star.ui.dialogs.TemplateDescription FILESAVE_AUTOEXTENSION */
        uno_Any kind_any;
        uno_type_any_construct(&kind_any, &kind, *typelib_static_type_getByTypeClass(typelib_TypeClass_SHORT), NULL);
        uno_Sequence *arguments = NULL;
        if (uno_type_sequence_construct(&arguments, asn_type_any_row(), &kind_any, 1, NULL)) {
            void *args[1] = { &arguments };
            asn_uno_call_on(picker, "com.sun.star.lang.XInitialization::initialize", NULL, args);
            uno_type_destructData(&arguments, asn_type_any_row(), NULL);
        }
        uno_any_destruct(&kind_any, NULL);
    }
    rtl_uString *filter = asn_ustring_from_utf8(filter_title), *files_like = asn_ustring_from_utf8(pattern);
    void *filter_args[2] = { &filter, &files_like };
    asn_uno_call_on(picker, "com.sun.star.ui.dialogs.XFilterManager::appendFilter", NULL, filter_args);
    rtl_uString_release(filter);
    rtl_uString_release(files_like);
    if (default_name)
        call_with_text(picker, "com.sun.star.ui.dialogs.XFilePicker::setDefaultName", default_name);
    if (title)
        call_with_text(picker, "com.sun.star.ui.dialogs.XExecutableDialog::setTitle", title);
    sal_Int16 answer = 0;
    uno_Sequence *files = NULL;
    int ok = asn_uno_call_on(picker, "com.sun.star.ui.dialogs.XExecutableDialog::execute", &answer, NULL) &&
             answer == 1 &&
             asn_uno_call_on(picker, "com.sun.star.ui.dialogs.XFilePicker2::getSelectedFiles", &files, NULL) &&
             files->nElements > 0 && asn_ustring_to_utf8(*(rtl_uString *const *)files->elements, url, cap);
    if (files)
        asn_uno_destroy(&files, typelib_TypeClass_SEQUENCE, "[]string");
    picker->release(picker);
    return ok;
}

int asn_command_ask(const asn_command *command, const char *question)
{
    /* QUERYBOX; BUTTONS_YES_NO | DEFAULT_BUTTON_NO; MessageBoxResults YES */
    return !command->silent && message_box(command->context, command->frame, 2, 3 | 0x50000, question) == 2;
}

static void run(handler *self, const void *url, const uno_Sequence *arguments, uno_Interface *listener)
{
    const asn_command_info *info = command_of(url);
    if (!info) { /* H1: not ours to answer; a listener still hears the end (DispatchHelper waits for it) */
        if (listener)
            notify(&self->iface, listener, 0, "ASN Karier: unknown command");
        return;
    }
    asn_command *command = calloc(1, sizeof *command);
    if (!command) {
        if (listener)
            notify(&self->iface, listener, 0, "ASN Karier: out of memory");
        return;
    }
    command->context = self->context;
    command->frame = self->frame;
    command->arguments = arguments;
    command->silent = asn_command_flag(command, "Silent", 0);
    int ok = info->run(command);
    if (!command->silent && !command->answered) /* H6 */
        tell(self->context, self->frame, ok, command->result);
    if (listener)
        notify(&self->iface, listener, ok, command->result);
    free(command);
}

/* ---- the object ------------------------------------------------------------------------------------------------- */

static void SAL_CALL acquire_any(void *i) { ((uno_Interface *)i)->acquire(i); }

static void SAL_CALL handler_dispatch(uno_Interface *i, const typelib_TypeDescription *member_type, void *ret,
                                      void *args[], uno_Any **ppException)
{
    *ppException = NULL; /* H4 */
    handler *self = (handler *)i;
    const rtl_uString *member = asn_member_name(member_type);
    if (asn_ustr_is(member, "queryDispatch")) {
        uno_Interface *answer = command_of(args[0]) ? i : NULL; /* H1 */
        if (answer)
            answer->acquire(answer);
        *(uno_Interface **)ret = answer;
    } else if (asn_ustr_is(member, "queryDispatches")) {
        const uno_Sequence *descriptors = *(uno_Sequence *const *)args[0];
        typelib_TypeDescription *td = asn_uno_type("com.sun.star.frame.DispatchDescriptor");
        long url_at = td ? asn_uno_member_offset(td, "FeatureURL") : -1;
        sal_Int32 n = descriptors->nElements;
        uno_Interface **answers = calloc(n > 0 ? (size_t)n : 1, sizeof *answers);
        for (sal_Int32 k = 0; answers && url_at >= 0 && k < n; k++)
            answers[k] = command_of(descriptors->elements + (size_t)k * (size_t)td->nSize + url_at) ? i : NULL;
        typelib_TypeDescriptionReference *type = NULL;
        typelib_typedescriptionreference_newByAsciiName(&type, typelib_TypeClass_SEQUENCE,
                                                        "[]com.sun.star.frame.XDispatch");
        *(uno_Sequence **)ret = NULL;
        uno_type_sequence_construct((uno_Sequence **)ret, type, answers, answers ? n : 0, acquire_any);
        typelib_typedescriptionreference_release(type);
        free(answers);
        if (td)
            typelib_typedescription_release(td);
    } else if (asn_ustr_is(member, "dispatch")) {
        run(self, args[0], *(uno_Sequence *const *)args[1], NULL);
    } else if (asn_ustr_is(member, "dispatchWithNotification")) {
        run(self, args[0], *(uno_Sequence *const *)args[1], *(uno_Interface **)args[2]);
    } else if (asn_ustr_is(member, "initialize")) {
        const uno_Sequence *values = *(uno_Sequence *const *)args[0];
        if (values->nElements > 0 && !self->frame) {
            uno_Interface *held = asn_uno_any_interface((const uno_Any *)values->elements);
            self->frame = asn_uno_query(held, "com.sun.star.frame.XFrame");
            asn_uno_release(held);
        }
    } else if (asn_ustr_is(member, "addStatusListener") || asn_ustr_is(member, "removeStatusListener")) {
        /* H5 */
    } else if (asn_ustr_is(member, "queryInterface")) {
        asn_query_interface(i, handler_interfaces, HANDLER_INTERFACE_COUNT, ret, args);
    } else if (asn_ustr_is(member, "acquire")) {
        handler_acquire(i);
    } else if (asn_ustr_is(member, "release")) {
        handler_release(i);
    } else {
        asn_command_handler_service_info(member, ret, args);
    }
}

uno_Interface *asn_command_handler_create(uno_Interface *context)
{
    handler *self = calloc(1, sizeof *self);
    if (!self)
        return NULL;
    self->iface.acquire = handler_acquire;
    self->iface.release = handler_release;
    self->iface.pDispatcher = handler_dispatch;
    self->refcount = 1;
    if (context)
        context->acquire(context);
    self->context = context;
    return &self->iface;
}
