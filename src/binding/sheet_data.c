/* Cells between Calc and the core: one XCellRangeData call per range, so that a 10,000-row roster is read or
 * written in one bridge crossing instead of 310,000. Also the small UNO chores the commands share. */
#include "sheet_data.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "types.h"
#include "uno_calling.h"
#include "uno_implementing.h"

static char *utf8_of(const rtl_uString *text)
{
    rtl_String *utf8 = NULL;
    rtl_uString2String(&utf8, text->buffer, text->length, RTL_TEXTENCODING_UTF8, OUSTRING_TO_OSTRING_CVTFLAGS);
    if (!utf8)
        return NULL;
    char *copy = malloc((size_t)utf8->length + 1);
    if (copy)
        memcpy(copy, utf8->buffer, (size_t)utf8->length + 1);
    rtl_string_release(utf8);
    return copy;
}

void asn_sheet_cells_free(asn_sheet_cells *cells)
{
    for (size_t k = 0; k < cells->text_count; k++)
        free(cells->texts[k]);
    free(cells->texts);
    free((void *)cells->cells.cell);
    memset(cells, 0, sizeof *cells);
}

int asn_sheet_read(uno_Interface *range, asn_sheet_cells *out)
{
    memset(out, 0, sizeof *out);
    uno_Sequence *outer = NULL;
    if (!asn_uno_call_on(range, "com.sun.star.sheet.XCellRangeData::getDataArray", &outer, NULL))
        return 0;
    size_t rows = (size_t)outer->nElements, cols = 0;
    uno_Sequence *const *row = (uno_Sequence *const *)outer->elements;
    for (size_t r = 0; r < rows; r++)
        if ((size_t)row[r]->nElements > cols)
            cols = (size_t)row[r]->nElements;
    size_t count = rows * cols > 0 ? rows * cols : 1;
    asn_value *cell = calloc(count, sizeof *cell);
    out->texts = malloc(count * sizeof *out->texts);
    int ok = cell && out->texts;
    for (size_t r = 0; ok && r < rows; r++) {
        const uno_Any *a = (const uno_Any *)row[r]->elements;
        for (size_t c = 0; ok && c < (size_t)row[r]->nElements; c++) {
            asn_value *v = &cell[r * cols + c];
            if (a[c].pType->eTypeClass == typelib_TypeClass_DOUBLE && isfinite(*(const double *)a[c].pData)) {
                *v = (asn_value){ ASN_VALUE_NUMBER, *(const double *)a[c].pData, NULL };
            } else if (a[c].pType->eTypeClass == typelib_TypeClass_STRING &&
                       (*(rtl_uString *const *)a[c].pData)->length > 0) {
                char *text = utf8_of(*(rtl_uString *const *)a[c].pData);
                ok = text != NULL;
                if (ok) {
                    out->texts[out->text_count++] = text;
                    *v = (asn_value){ ASN_VALUE_TEXT, 0.0, text };
                }
            } /* else blank: calloc made it ASN_VALUE_BLANK (0) */
        }
    }
    asn_uno_destroy(&outer, typelib_TypeClass_SEQUENCE, "[][]any");
    out->cells = (asn_cells){ rows, cols, cell };
    if (!ok) {
        asn_sheet_cells_free(out);
        return 0;
    }
    return 1;
}

int asn_sheet_write(uno_Interface *range, size_t rows, size_t cols, const asn_value *values)
{
    uno_Sequence *outer = NULL;
    if (!uno_type_sequence_construct(&outer, asn_type_any_matrix(), NULL, (sal_Int32)rows, NULL))
        return 0;
    rtl_uString *empty = NULL;
    rtl_uString_new(&empty);
    uno_Sequence **slot = (uno_Sequence **)outer->elements;
    int ok = 1;
    for (size_t r = 0; ok && r < rows; r++) {
        uno_Sequence *row = NULL;
        if (!uno_type_sequence_construct(&row, asn_type_any_row(), NULL, (sal_Int32)cols, NULL)) {
            ok = 0;
            break;
        }
        uno_Any *a = (uno_Any *)row->elements;
        for (size_t c = 0; c < cols; c++) {
            const asn_value *v = &values[r * cols + c];
            uno_any_destruct(&a[c], NULL);
            if (v->kind == ASN_VALUE_NUMBER) {
                uno_type_any_construct(&a[c], (void *)&v->number, asn_type_double(), NULL);
            } else if (v->kind == ASN_VALUE_TEXT) {
                rtl_uString *s = asn_ustring_from_utf8(v->text);
                uno_type_any_construct(&a[c], &s, asn_type_string(), NULL);
                rtl_uString_release(s);
            } else {
                uno_type_any_construct(&a[c], &empty, asn_type_string(), NULL);
            }
        }
        uno_type_destructData(&slot[r], asn_type_any_row(), NULL);
        slot[r] = row;
    }
    rtl_uString_release(empty);
    if (ok) {
        void *args[1] = { &outer };
        ok = asn_uno_call_on(range, "com.sun.star.sheet.XCellRangeData::setDataArray", NULL, args);
    }
    uno_type_destructData(&outer, asn_type_any_matrix(), NULL);
    return ok;
}

int asn_sheet_write_cells(uno_Interface *sheet, long row, long first, size_t count, const asn_value *values)
{
    int ok = 1;
    for (size_t k = 0; ok && k < count; k++) {
        sal_Int32 column = (sal_Int32)(first + (long)k), at_row = (sal_Int32)row;
        void *position[2] = { &column, &at_row };
        uno_Interface *cell = NULL;
        if (!asn_uno_call_on(sheet, "com.sun.star.table.XCellRange::getCellByPosition", &cell, position) || !cell)
            return 0;
        const asn_value *v = &values[k];
        if (v->kind == ASN_VALUE_NUMBER) {
            double number = v->number;
            void *args[1] = { &number };
            ok = asn_uno_call_on(cell, "com.sun.star.table.XCell::setValue", NULL, args);
        } else {
            rtl_uString *text = asn_ustring_from_utf8(v->kind == ASN_VALUE_TEXT ? v->text : "");
            void *args[1] = { &text };
            /* XTextRange::setString puts the text as it is; setFormula("") empties the cell */
            ok = asn_uno_call_on(cell, v->kind == ASN_VALUE_TEXT ? "com.sun.star.text.XTextRange::setString"
                                                                 : "com.sun.star.table.XCell::setFormula", NULL, args);
            rtl_uString_release(text);
        }
        cell->release(cell);
    }
    return ok;
}

int asn_range_size(uno_Interface *range, long *rows, long *cols)
{
    typelib_TypeDescription *td = asn_uno_type("com.sun.star.table.CellRangeAddress");
    char *address = td ? calloc(1, (size_t)td->nSize) : NULL;
    long at[4] = { -1, -1, -1, -1 };
    static const char *const members[4] = { "StartColumn", "StartRow", "EndColumn", "EndRow" };
    for (int k = 0; td && k < 4; k++)
        at[k] = asn_uno_member_offset(td, members[k]);
    int ok = address && at[0] >= 0 && at[1] >= 0 && at[2] >= 0 && at[3] >= 0 &&
             asn_uno_call_on(range, "com.sun.star.sheet.XCellRangeAddressable::getRangeAddress", address, NULL);
    if (ok) {
        *cols = (long)*(const sal_Int32 *)(address + at[2]) - *(const sal_Int32 *)(address + at[0]) + 1;
        *rows = (long)*(const sal_Int32 *)(address + at[3]) - *(const sal_Int32 *)(address + at[1]) + 1;
    }
    free(address);
    if (td)
        typelib_typedescription_release(td);
    return ok;
}

uno_Interface *asn_sheet_range(uno_Interface *sheet, long left, long top, long right, long bottom)
{
    sal_Int32 bounds[4] = { (sal_Int32)left, (sal_Int32)top, (sal_Int32)right, (sal_Int32)bottom };
    void *args[4] = { &bounds[0], &bounds[1], &bounds[2], &bounds[3] };
    uno_Interface *range = NULL;
    if (!asn_uno_call_on(sheet, "com.sun.star.table.XCellRange::getCellRangeByPosition", &range, args))
        return NULL;
    return range;
}

#define CELL_RANGE_ADDRESS "com.sun.star.table.CellRangeAddress"

int asn_range_address_read(const typelib_TypeDescription *td, const char *element, asn_range_address *out)
{
    long sheet_at = asn_uno_member_offset(td, "Sheet"), left_at = asn_uno_member_offset(td, "StartColumn"),
         top_at = asn_uno_member_offset(td, "StartRow"), right_at = asn_uno_member_offset(td, "EndColumn"),
         bottom_at = asn_uno_member_offset(td, "EndRow");
    if (sheet_at < 0 || left_at < 0 || top_at < 0 || right_at < 0 || bottom_at < 0)
        return 0;
    out->sheet = *(const sal_Int16 *)(element + sheet_at);
    out->left = *(const sal_Int32 *)(element + left_at);
    out->top = *(const sal_Int32 *)(element + top_at);
    out->right = *(const sal_Int32 *)(element + right_at);
    out->bottom = *(const sal_Int32 *)(element + bottom_at);
    return 1;
}

void asn_range_address_write(const typelib_TypeDescription *td, char *element, const asn_range_address *in)
{
    *(sal_Int16 *)(element + asn_uno_member_offset(td, "Sheet")) = (sal_Int16)in->sheet;
    *(sal_Int32 *)(element + asn_uno_member_offset(td, "StartColumn")) = (sal_Int32)in->left;
    *(sal_Int32 *)(element + asn_uno_member_offset(td, "StartRow")) = (sal_Int32)in->top;
    *(sal_Int32 *)(element + asn_uno_member_offset(td, "EndColumn")) = (sal_Int32)in->right;
    *(sal_Int32 *)(element + asn_uno_member_offset(td, "EndRow")) = (sal_Int32)in->bottom;
}

long asn_range_addresses(uno_Interface *object, asn_range_address *out, long cap)
{
    typelib_TypeDescription *td = asn_uno_type(CELL_RANGE_ADDRESS);
    if (!td)
        return -1;
    long n = -1;
    uno_Sequence *many = NULL;
    char one[64];
    if (asn_uno_call_on(object, "com.sun.star.sheet.XSheetCellRanges::getRangeAddresses", &many, NULL)) {
        n = 0;
        for (sal_Int32 k = 0; k < many->nElements && n < cap; k++)
            if (asn_range_address_read(td, many->elements + (size_t)k * (size_t)td->nSize, &out[n]))
                n++;
        asn_uno_destroy(&many, typelib_TypeClass_SEQUENCE, "[]" CELL_RANGE_ADDRESS);
    } else if ((size_t)td->nSize <= sizeof one &&
               asn_uno_call_on(object, "com.sun.star.sheet.XCellRangeAddressable::getRangeAddress", one, NULL)) {
        n = cap > 0 && asn_range_address_read(td, one, out) ? 1 : 0;
        uno_type_destructData(one, td->pWeakRef, NULL);
    }
    typelib_typedescription_release(td);
    return n;
}

int asn_copy_range(uno_Interface *sheet, const asn_range_address *source, long column, long row)
{
    typelib_TypeDescription *range_td = asn_uno_type(CELL_RANGE_ADDRESS);
    typelib_TypeDescription *cell_td = asn_uno_type("com.sun.star.table.CellAddress");
    int ok = range_td && cell_td && (size_t)range_td->nSize <= 64 && (size_t)cell_td->nSize <= 64;
    if (ok) {
        char from[64] = { 0 }, to[64] = { 0 };
        asn_range_address_write(range_td, from, source);
        *(sal_Int16 *)(to + asn_uno_member_offset(cell_td, "Sheet")) = (sal_Int16)source->sheet;
        *(sal_Int32 *)(to + asn_uno_member_offset(cell_td, "Column")) = (sal_Int32)column;
        *(sal_Int32 *)(to + asn_uno_member_offset(cell_td, "Row")) = (sal_Int32)row;
        void *args[2] = { to, from };
        ok = asn_uno_call_on(sheet, "com.sun.star.sheet.XCellRangeMovement::copyRange", NULL, args);
    }
    if (cell_td)
        typelib_typedescription_release(cell_td);
    if (range_td)
        typelib_typedescription_release(range_td);
    return ok;
}

uno_Sequence *asn_property_values(int count, const char *const *names, const uno_Any *values)
{
    typelib_TypeDescription *td = asn_uno_type("com.sun.star.beans.PropertyValue");
    typelib_TypeDescriptionReference *type = NULL;
    typelib_typedescriptionreference_newByAsciiName(&type, typelib_TypeClass_SEQUENCE,
                                                    "[]com.sun.star.beans.PropertyValue");
    uno_Sequence *sequence = NULL;
    long name_at = td ? asn_uno_member_offset(td, "Name") : -1, value_at = td ? asn_uno_member_offset(td, "Value") : -1;
    if (td && type && name_at >= 0 && value_at >= 0 &&
        uno_type_sequence_construct(&sequence, type, NULL, count, NULL)) {
        for (int k = 0; k < count; k++) {
            char *element = sequence->elements + (size_t)k * (size_t)td->nSize;
            rtl_uString **name = (rtl_uString **)(element + name_at);
            rtl_uString_release(*name);
            *name = asn_ustring_from_utf8(names[k]);
            uno_Any *value = (uno_Any *)(element + value_at);
            uno_any_destruct(value, NULL);
            uno_type_any_construct(value, values[k].pData, values[k].pType, NULL);
        }
    }
    if (type)
        typelib_typedescriptionreference_release(type);
    if (td)
        typelib_typedescription_release(td);
    return sequence;
}

uno_Sequence *asn_properties(int count, const char *const *names, const int *is_flag, const int *flags,
                             const char *const *strings)
{
    uno_Any *values = calloc(count > 0 ? (size_t)count : 1, sizeof *values);
    if (!values)
        return NULL;
    typelib_TypeDescriptionReference *bool_type = *typelib_static_type_getByTypeClass(typelib_TypeClass_BOOLEAN);
    for (int k = 0; k < count; k++) {
        if (is_flag[k]) {
            sal_Bool b = flags[k] != 0;
            uno_type_any_construct(&values[k], &b, bool_type, NULL);
        } else {
            rtl_uString *s = asn_ustring_from_utf8(strings[k]);
            uno_type_any_construct(&values[k], &s, asn_type_string(), NULL);
            rtl_uString_release(s);
        }
    }
    uno_Sequence *sequence = asn_property_values(count, names, values);
    for (int k = 0; k < count; k++)
        uno_any_destruct(&values[k], NULL);
    free(values);
    return sequence;
}

int asn_set_property(uno_Interface *object, const char *name, typelib_TypeClass type_class, const void *value)
{
    uno_Any any;
    uno_type_any_construct(&any, (void *)value, *typelib_static_type_getByTypeClass(type_class), NULL);
    rtl_uString *property = asn_ustring_from_utf8(name);
    void *args[2] = { &property, &any };
    int ok = asn_uno_call_on(object, "com.sun.star.beans.XPropertySet::setPropertyValue", NULL, args);
    rtl_uString_release(property);
    uno_any_destruct(&any, NULL);
    return ok;
}

int asn_get_property(uno_Interface *object, const char *name, uno_Any *value)
{
    rtl_uString *property = asn_ustring_from_utf8(name);
    void *args[1] = { &property };
    int ok = asn_uno_call_on(object, "com.sun.star.beans.XPropertySet::getPropertyValue", value, args);
    rtl_uString_release(property);
    return ok;
}

long asn_long_property(uno_Interface *object, const char *name, long fallback)
{
    uno_Any value;
    if (!asn_get_property(object, name, &value))
        return fallback;
    long result = fallback;
    switch (value.pType->eTypeClass) {
    case typelib_TypeClass_BOOLEAN: result = *(sal_Bool *)value.pData; break;
    case typelib_TypeClass_SHORT: result = *(sal_Int16 *)value.pData; break;
    case typelib_TypeClass_LONG: result = *(sal_Int32 *)value.pData; break;
    default: break;
    }
    uno_any_destruct(&value, NULL);
    return result;
}

uno_Interface *asn_frame_model(uno_Interface *frame)
{
    uno_Interface *controller = frame ? asn_uno_interface_result(frame, "com.sun.star.frame.XFrame::getController", NULL)
                                      : NULL;
    uno_Interface *model = controller ? asn_uno_interface_result(controller, "com.sun.star.frame.XController::getModel",
                                                                 NULL) : NULL;
    asn_uno_release(controller);
    return model;
}

uno_Interface *asn_create_service(uno_Interface *context, const char *service)
{
    uno_Interface *manager = asn_uno_interface_result(context, "com.sun.star.uno.XComponentContext::getServiceManager",
                                                      NULL);
    if (!manager)
        return NULL;
    uno_Interface *made = NULL;
    rtl_uString *name = asn_ustring_from_utf8(service);
    void *args[2] = { &name, &context };
    if (!asn_uno_call_on(manager, "com.sun.star.lang.XMultiComponentFactory::createInstanceWithContext", &made, args))
        made = NULL;
    rtl_uString_release(name);
    manager->release(manager);
    return made;
}

int asn_named_range_bounds(uno_Interface *model, const char *name, long *first_row, long *last_row)
{
    uno_Interface *names = asn_uno_any_result(model, "com.sun.star.beans.XPropertySet::getPropertyValue", "NamedRanges");
    uno_Interface *named = names ? asn_uno_element(names, name) : NULL;
    uno_Interface *cells = named ? asn_uno_interface_result(named, "com.sun.star.sheet.XCellRangeReferrer::getReferredCells",
                                                            NULL) : NULL;
    int ok = 0;
    typelib_TypeDescription *td = cells ? asn_uno_type("com.sun.star.table.CellRangeAddress") : NULL;
    if (td) {
        char *address = calloc(1, (size_t)td->nSize);
        long start_at = asn_uno_member_offset(td, "StartRow"), end_at = asn_uno_member_offset(td, "EndRow");
        if (address && start_at >= 0 && end_at >= 0 &&
            asn_uno_call_on(cells, "com.sun.star.sheet.XCellRangeAddressable::getRangeAddress", address, NULL)) {
            *first_row = *(const sal_Int32 *)(address + start_at);
            *last_row = *(const sal_Int32 *)(address + end_at);
            ok = 1;
        }
        free(address);
        typelib_typedescription_release(td);
    }
    asn_uno_release(cells);
    asn_uno_release(named);
    asn_uno_release(names);
    return ok;
}

int asn_string_result(uno_Interface *object, const char *method, const char *argument, char *out, size_t cap)
{
    rtl_uString *text = NULL, *arg = argument ? asn_ustring_from_utf8(argument) : NULL;
    void *args[1] = { &arg };
    int ok = asn_uno_call_on(object, method, &text, argument ? args : NULL);
    if (arg)
        rtl_uString_release(arg);
    if (!ok)
        return 0;
    char *utf8 = utf8_of(text);
    rtl_uString_release(text);
    ok = utf8 && strlen(utf8) < cap;
    if (ok)
        strcpy(out, utf8);
    free(utf8);
    return ok;
}
