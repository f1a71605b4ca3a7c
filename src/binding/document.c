/* The calling document's location, also while Calc is still loading it.
 *
 * Calc hands every dictionary function the document model (the hidden first argument). Its location
 * comes from two places, and which one knows it depends on the moment (LibreOffice 7.4 to 25.x,
 * sfx2/source/doc/sfxbasemodel.cxx):
 *  D1. XModel::getURL is the URL the model was attached to. It is set only when loading has finished
 *      (attachResource, after the import filter returns), so it is empty while the import runs.
 *  D2. Calc recalculates add-in formulas while a saved document loads (and all formulas when "recalculation
 *      on file load" is "always"): our functions are called then, when getURL is still empty. At that
 *      moment XStorable::getLocation already answers the file being loaded (it reads the document's
 *      medium, which exists before the import starts). Without D2 a relative kamus path failed at load
 *      (Err:502 in every dependent cell, 8,582 cells in the Pematangsiantar workbook), and F9 did not cure
 *      it because nothing had changed.
 *  D3. A document opened as a template (File > New > Templates) is loaded from the template file, so
 *      getLocation answers the template's URL during that load, and "" afterwards: the new document was
 *      never saved, so it has no folder (contract: "a document never saved has no folder"). The load
 *      arguments (XModel::getArgs, the MediaDescriptor) say AsTemplate = true then; such a load gets no
 *      location, so a relative path gives the same Err:502 during and after loading.
 * getLocation and getArgs are asked only when getURL is empty, which outside loading means an unsaved
 * document: the call path of a saved document is unchanged.
 *  D4. The answer is remembered for MEMO_NANOSECONDS together with the document it came from (one memo for
 *      all threads, behind a lock; no per-thread storage, which MinGW would emulate): the
 *      10,000 lookups of one recalculation ask the model once or a few times instead of 20,000 UNO calls
 *      (Calc holds its SolarMutex while it recalculates, so the document cannot be saved elsewhere meanwhile).
 *  D5. The null date is the document's NullDate property (Tools > Options > Calc > Calculate: 1899-12-30 by
 *      default, 1904-01-01 or 1900-01-01 by choice). A model that cannot be asked gives Calc's default, the date
 *      every document has unless its author changed it. */
#include "document.h"

#include <string.h>

#include "../core/support/platform.h"
#include "../core/support/sync.h"
#include "uno.h"
#include "uno_calling.h"
#include "uno_implementing.h"

#define MEMO_NANOSECONDS 20000000LL /* D4: 20 ms */
#define MEMO_URL_BYTES 4096

static struct {
    uno_Interface *document;
    long long at;
    char url[MEMO_URL_BYTES];
} memo; /* D4, guarded by memo_lock */
static asn_lock memo_lock = ASN_LOCK_INIT;


/* A string-returning method's answer as UTF-8 into out; 0 when the call fails or it does not fit. */
static int call_string(uno_Interface *document, const char *method, char *out, size_t cap)
{
    rtl_uString *text = NULL;
    if (!asn_uno_call_on(document, method, &text, NULL))
        return 0;
    int ok = asn_ustring_to_utf8(text, out, cap);
    rtl_uString_release(text);
    return ok;
}

/* D3: whether the document's load arguments (com.sun.star.beans.PropertyValue elements) say AsTemplate = true. */
static int loading_as_template(uno_Interface *document)
{
    uno_Sequence *args = NULL;
    if (!asn_uno_call_on(document, "com.sun.star.frame.XModel::getArgs", &args, NULL))
        return 0;
    const uno_Any *value = asn_uno_find_value(args, "com.sun.star.beans.PropertyValue", "AsTemplate");
    int as_template = value && value->pType->eTypeClass == typelib_TypeClass_BOOLEAN &&
                      *(const sal_Bool *)value->pData != 0;
    asn_uno_destroy(&args, typelib_TypeClass_SEQUENCE, "[]com.sun.star.beans.PropertyValue");
    return as_template;
}

static int ask_document(uno_Interface *document, char *out, size_t cap)
{
    out[0] = '\0';
    if (!call_string(document, "com.sun.star.frame.XModel::getURL", out, cap))
        return 0;
    if (out[0]) /* D1 */
        return 1;
    if (!call_string(document, "com.sun.star.frame.XStorable::getLocation", out, cap))
        return 0; /* D2 */
    if (out[0] && loading_as_template(document)) /* D3 */
        out[0] = '\0';
    return 1;
}

int asn_document_url(uno_Interface *document, char *out, size_t cap)
{
    if (!document || cap == 0)
        return 0;
    long long now = asn_now_nanoseconds();
    int hit = 0;
    asn_lock_take(&memo_lock);
    long long age = now - memo.at;
    if (memo.document == document && age >= 0 && age < MEMO_NANOSECONDS && strlen(memo.url) < cap) { /* D4 */
        strcpy(out, memo.url);
        hit = 1;
    }
    asn_lock_release(&memo_lock);
    if (hit)
        return 1;
    if (!ask_document(document, out, cap)) /* outside the lock: a UNO call */
        return 0;
    asn_lock_take(&memo_lock);
    memo.document = NULL;
    if (strlen(out) < sizeof memo.url) {
        strcpy(memo.url, out);
        memo.document = document;
        memo.at = now;
    }
    asn_lock_release(&memo_lock);
    return 1;
}

/* D5 */
void asn_document_null_date(uno_Interface *document, int date[3])
{
    date[0] = 1899, date[1] = 12, date[2] = 30;
    if (!document)
        return;
    uno_Any value;
    rtl_uString *name = asn_ustring_from_utf8("NullDate");
    void *args[1] = { &name };
    int asked = asn_uno_call_on(document, "com.sun.star.beans.XPropertySet::getPropertyValue", &value, args);
    rtl_uString_release(name);
    if (!asked)
        return;
    typelib_TypeDescription *td = asn_uno_type("com.sun.star.util.Date");
    if (td && value.pType->eTypeClass == typelib_TypeClass_STRUCT &&
        typelib_typedescriptionreference_equals(value.pType, td->pWeakRef)) {
        long year = asn_uno_member_offset(td, "Year"), month = asn_uno_member_offset(td, "Month"),
             day = asn_uno_member_offset(td, "Day");
        const char *data = value.pData;
        if (year >= 0 && month >= 0 && day >= 0) {
            date[0] = *(const sal_Int16 *)(data + year);
            date[1] = *(const sal_uInt16 *)(data + month);
            date[2] = *(const sal_uInt16 *)(data + day);
        }
    }
    if (td)
        typelib_typedescription_release(td);
    uno_any_destruct(&value, NULL);
}

void asn_arg_null_date(asn_call *call, int document_index, int date[3])
{
    asn_document_null_date(*(uno_Interface **)call->args[document_index], date);
}
