/* A command's progress (progress.h).
 *  G1. The dialog is built from the toolkit's own controls (UnoControlDialog with a FixedText, a ProgressBar and a
 *      Button), not modal: the command runs on in the main thread and lets LibreOffice handle the dialog's events
 *      between steps (XReschedule), at most every 50 ms so that a fast step costs nothing.
 *  G2. Batal is a toggle button: pressing it leaves it pressed, which the next step reads (no listener object needed).
 *      The dialog model says it cannot be closed (Closeable = false): Batal is the way to stop.
 *  G3. The document window takes no input while the dialog is shown: a cell typed into during an export would change
 *      the pages still to come. */
#include "progress.h"

#include <stdlib.h>

#include "sheet_data.h"
#include "uno_calling.h"
#include "uno_implementing.h"
#include "../core/support/platform.h"

struct asn_progress {
    uno_Interface *indicator; /* the status bar's XStatusIndicator, or NULL */
    uno_Interface *dialog;    /* the dialog control, or NULL */
    uno_Interface *toolkit, *window, *bar, *label, *cancel; /* the dialog's parts (models) */
    long total;
    double shown_at;
};

static double seconds(void)
{
    return (double)asn_now_nanoseconds() * 1e-9;
}

static int set_long(uno_Interface *object, const char *name, sal_Int32 value)
{
    return asn_set_property(object, name, typelib_TypeClass_LONG, &value);
}

static int set_text(uno_Interface *object, const char *name, const char *text)
{
    rtl_uString *s = asn_ustring_from_utf8(text);
    int ok = asn_set_property(object, name, typelib_TypeClass_STRING, &s);
    rtl_uString_release(s);
    return ok;
}

/* A control model made by the dialog model and put into it, at x,y with size w,h (dialog units); acquired. */
static uno_Interface *add_control(uno_Interface *dialog_model, const char *service, const char *name, long x, long y,
                                  long w, long h)
{
    uno_Interface *model = asn_uno_interface_result(dialog_model, "com.sun.star.lang.XMultiServiceFactory::createInstance",
                                                    service);
    if (!model)
        return NULL;
    set_long(model, "PositionX", x);
    set_long(model, "PositionY", y);
    set_long(model, "Width", w);
    set_long(model, "Height", h);
    uno_Any element;
    typelib_TypeDescriptionReference *type = NULL;
    typelib_typedescriptionreference_newByAsciiName(&type, typelib_TypeClass_INTERFACE,
                                                    "com.sun.star.uno.XInterface");
    uno_type_any_construct(&element, &model, type, NULL);
    rtl_uString *key = asn_ustring_from_utf8(name);
    void *args[2] = { &key, &element };
    int ok = asn_uno_call_on(dialog_model, "com.sun.star.container.XNameContainer::insertByName", NULL, args);
    rtl_uString_release(key);
    uno_any_destruct(&element, NULL);
    typelib_typedescriptionreference_release(type);
    if (!ok) {
        model->release(model);
        return NULL;
    }
    return model;
}

/* Puts the dialog in the middle of the document window (a dialog made through the API opens at the screen's corner). */
static void centre(uno_Interface *dialog, uno_Interface *window)
{
    typelib_TypeDescription *td = asn_uno_type("com.sun.star.awt.Rectangle");
    char outer[64], inner[64];
    int ok = td && (size_t)td->nSize <= sizeof outer &&
             asn_uno_call_on(window, "com.sun.star.awt.XWindow::getPosSize", outer, NULL);
    if (ok && asn_uno_call_on(dialog, "com.sun.star.awt.XWindow::getPosSize", inner, NULL)) {
        long x = asn_uno_member_offset(td, "X"), y = asn_uno_member_offset(td, "Y"),
             w = asn_uno_member_offset(td, "Width"), h = asn_uno_member_offset(td, "Height");
        sal_Int32 left = *(sal_Int32 *)(outer + x) + (*(sal_Int32 *)(outer + w) - *(sal_Int32 *)(inner + w)) / 2;
        sal_Int32 top = *(sal_Int32 *)(outer + y) + (*(sal_Int32 *)(outer + h) - *(sal_Int32 *)(inner + h)) / 2;
        sal_Int32 width = *(sal_Int32 *)(inner + w), height = *(sal_Int32 *)(inner + h);
        sal_Int16 flags = 3; /* com.sun.star.awt.PosSize POS */
        void *args[5] = { &left, &top, &width, &height, &flags };
        asn_uno_call_on(dialog, "com.sun.star.awt.XWindow::setPosSize", NULL, args);
    }
    if (td)
        typelib_typedescription_release(td);
}

static int open_dialog(asn_progress *p, uno_Interface *context, uno_Interface *frame, const char *title)
{
    p->window = asn_uno_interface_result(frame, "com.sun.star.frame.XFrame::getContainerWindow", NULL);
    uno_Interface *parent = asn_uno_query(p->window, "com.sun.star.awt.XWindowPeer");
    uno_Interface *model = asn_create_service(context, "com.sun.star.awt.UnoControlDialogModel");
    p->toolkit = asn_create_service(context, "com.sun.star.awt.Toolkit");
    int ok = parent && model && p->toolkit;
    if (ok) {
        set_long(model, "Width", 220);
        set_long(model, "Height", 64);
        set_text(model, "Title", title);
        sal_Bool no = 0;
        asn_set_property(model, "Closeable", typelib_TypeClass_BOOLEAN, &no); /* G2 */
        p->label = add_control(model, "com.sun.star.awt.UnoControlFixedTextModel", "text", 8, 8, 204, 10);
        p->bar = add_control(model, "com.sun.star.awt.UnoControlProgressBarModel", "bar", 8, 22, 204, 10);
        p->cancel = add_control(model, "com.sun.star.awt.UnoControlButtonModel", "cancel", 162, 42, 50, 14);
        ok = p->label && p->bar && p->cancel;
    }
    if (ok) {
        set_long(p->bar, "ProgressValueMin", 0);
        set_long(p->bar, "ProgressValueMax", p->total > 0 ? (sal_Int32)p->total : 1);
        set_text(p->cancel, "Label", "Batal");
        sal_Bool yes = 1;
        asn_set_property(p->cancel, "Toggle", typelib_TypeClass_BOOLEAN, &yes); /* G2 */
        p->dialog = asn_create_service(context, "com.sun.star.awt.UnoControlDialog");
        /* an interface argument must be a proxy of the declared type, not the service's XInterface */
        uno_Interface *control_model = asn_uno_query(model, "com.sun.star.awt.XControlModel");
        void *model_args[1] = { &control_model };
        ok = p->dialog && control_model &&
             asn_uno_call_on(p->dialog, "com.sun.star.awt.XControl::setModel", NULL, model_args);
        asn_uno_release(control_model);
    }
    if (ok) {
        uno_Interface *toolkit = asn_uno_query(p->toolkit, "com.sun.star.awt.XToolkit");
        void *peer_args[2] = { &toolkit, &parent };
        ok = toolkit && asn_uno_call_on(p->dialog, "com.sun.star.awt.XControl::createPeer", NULL, peer_args);
        asn_uno_release(toolkit);
    }
    if (ok)
        centre(p->dialog, p->window);
    if (ok) {
        sal_Bool visible = 1, enabled = 0;
        void *show[1] = { &visible }, *enable[1] = { &enabled };
        ok = asn_uno_call_on(p->dialog, "com.sun.star.awt.XWindow::setVisible", NULL, show);
        asn_uno_call_on(p->window, "com.sun.star.awt.XWindow::setEnable", NULL, enable); /* G3 */
    }
    asn_uno_release(model);
    asn_uno_release(parent);
    return ok;
}

static void close_dialog(asn_progress *p)
{
    if (p->window) {
        sal_Bool enabled = 1;
        void *enable[1] = { &enabled };
        asn_uno_call_on(p->window, "com.sun.star.awt.XWindow::setEnable", NULL, enable);
    }
    if (p->dialog) {
        sal_Bool visible = 0;
        void *hide[1] = { &visible };
        asn_uno_call_on(p->dialog, "com.sun.star.awt.XWindow::setVisible", NULL, hide);
        asn_uno_call_on(p->dialog, "com.sun.star.lang.XComponent::dispose", NULL, NULL);
    }
    asn_uno_release(p->dialog);
    asn_uno_release(p->bar);
    asn_uno_release(p->label);
    asn_uno_release(p->cancel);
    asn_uno_release(p->window);
    asn_uno_release(p->toolkit);
    p->dialog = p->bar = p->label = p->cancel = p->window = p->toolkit = NULL;
}

asn_progress *asn_progress_open(uno_Interface *context, uno_Interface *frame, const char *title, long total, int dialog)
{
    if (!frame)
        return NULL;
    asn_progress *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->total = total;
    if (dialog && open_dialog(p, context, frame, title)) {
        asn_progress_step(p, 0, "Menyiapkan...");
        return p;
    }
    close_dialog(p);
    p->indicator = asn_uno_interface_result(frame, "com.sun.star.task.XStatusIndicatorFactory::createStatusIndicator",
                                            NULL);
    if (!p->indicator) {
        free(p);
        return NULL;
    }
    rtl_uString *text = asn_ustring_from_utf8(title);
    sal_Int32 range = total > 0 ? (sal_Int32)total : 1;
    void *args[2] = { &text, &range };
    asn_uno_call_on(p->indicator, "com.sun.star.task.XStatusIndicator::start", NULL, args);
    rtl_uString_release(text);
    return p;
}

int asn_progress_step(asn_progress *p, long done, const char *text)
{
    if (!p)
        return 1;
    double now = seconds();
    if (done != 0 && done != p->total && now - p->shown_at < 0.05) /* G1 */
        return 1;
    p->shown_at = now;
    sal_Int32 value = (sal_Int32)done;
    if (p->indicator) {
        void *args[1] = { &value };
        asn_uno_call_on(p->indicator, "com.sun.star.task.XStatusIndicator::setValue", NULL, args);
        return 1;
    }
    set_long(p->bar, "ProgressValue", value);
    set_text(p->label, "Label", text);
    asn_uno_call_on(p->toolkit, "com.sun.star.awt.XReschedule::reschedule", NULL, NULL); /* G1 */
    return asn_long_property(p->cancel, "State", 0) == 0; /* G2 */
}

void asn_progress_close(asn_progress *p)
{
    if (!p)
        return;
    if (p->indicator) {
        asn_uno_call_on(p->indicator, "com.sun.star.task.XStatusIndicator::end", NULL, NULL);
        p->indicator->release(p->indicator);
    }
    close_dialog(p);
    free(p);
}
