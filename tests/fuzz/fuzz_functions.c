/* libFuzzer target: every spreadsheet function through the real binding, with arguments built from the
 * fuzz input as Calc would pass them (binary UNO values): matrices of numbers (NaN and infinity bit
 * patterns included), texts (embedded NULs and lone surrogates included), blanks, booleans, omitted
 * optional arguments, ranges where single values belong, and odd shapes (ragged rows, empty ranges,
 * long rows). This drives every argument decoder and every core entry point. Exceptions are not raised
 * here (that needs LibreOffice's type registry): the handler's status is checked instead, and any result
 * is destroyed again so that leaks show.
 *
 * The contract checked besides "no crash, no leak, no undefined behaviour": a status is one of the
 * defined ones, and a numeric result is finite. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arguments.h"
#include "types.h"
#include "uno.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct {
    const uint8_t *p;
    size_t left;
} input;

static unsigned take(input *in, unsigned bound)
{
    if (!in->left || !bound)
        return 0;
    in->left--;
    return *in->p++ % bound;
}

static void make_string(input *in, rtl_uString **out)
{
    sal_Unicode buf[24];
    unsigned n = take(in, 24);
    static const sal_Unicode alphabet[] = { 'a', 'D', 'A', ' ', '1', '.', '/', '-', 'I', 'V', 'x', 0,
                                            0xD800, 0xDC00, 0x00E9, 'S', 'B', 'k', ':', '%' };
    for (unsigned i = 0; i < n; i++)
        buf[i] = alphabet[take(in, sizeof alphabet / sizeof alphabet[0])];
    /* now and then a label the functions know, so that deeper paths are reached */
    static const char *const known[] = { "Baik", "atas", "sesuai", "Tinggi", "rekomendasi", "III/d", "S1", "DDA",
                                         "PP46", "average", "seleksi", "M.01", "ADMINISTRATOR", "Ahli Muda", "ya",
                                         "indikator", "teknis", "/nonexistent.xml", "http://x", "kamus.xml" };
    if (n == 0 && take(in, 2)) {
        const char *k = known[take(in, sizeof known / sizeof known[0])];
        rtl_uString_newFromAscii(out, k);
        return;
    }
    rtl_uString_newFromStr_WithLength(out, buf, (sal_Int32)n);
}

static double make_number(input *in)
{
    static const double specials[] = { 0, 1, -1, 2, 3, 0.5, 5, 100, 120, 1e300, -1e300, 4.9e-324, 1048576 };
    unsigned kind = take(in, 8);
    if (kind < 5)
        return specials[take(in, sizeof specials / sizeof specials[0])];
    if (kind < 7)
        return (double)take(in, 200) / (take(in, 4) + 1);
    uint64_t bits = 0; /* raw bit patterns: NaN, infinities, denormals */
    for (int i = 0; i < 8; i++)
        bits = bits << 8 | take(in, 256);
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

/* One cell value, as Calc puts it into an Any. */
static void make_any(input *in, uno_Any *a)
{
    switch (take(in, 6)) {
    case 0: {
        rtl_uString *s = NULL;
        rtl_uString_new(&s); /* an empty cell: "" */
        uno_type_any_construct(a, &s, asn_type_string(), NULL);
        rtl_uString_release(s);
        break;
    }
    case 1: {
        rtl_uString *s = NULL;
        make_string(in, &s);
        uno_type_any_construct(a, &s, asn_type_string(), NULL);
        rtl_uString_release(s);
        break;
    }
    case 2:
        uno_any_construct(a, NULL, NULL, NULL); /* void */
        break;
    case 3: {
        sal_Bool b = (sal_Bool)take(in, 2);
        uno_type_any_construct(a, &b, *typelib_static_type_getByTypeClass(typelib_TypeClass_BOOLEAN), NULL);
        break;
    }
    default: {
        double d = make_number(in);
        uno_type_any_construct(a, &d, asn_type_double(), NULL);
    }
    }
}

/* A sequence<sequence<any>>, sometimes ragged, empty or long. */
static uno_Sequence *make_matrix(input *in)
{
    unsigned shape = take(in, 8);
    sal_Int32 rows = shape == 0 ? 0 : (sal_Int32)(1 + take(in, 12)), cols = (sal_Int32)(1 + take(in, 10));
    if (shape == 1)
        rows = 1, cols = 2000 + (sal_Int32)take(in, 100); /* a long row */
    uno_Sequence *outer = NULL;
    uno_type_sequence_construct(&outer, asn_type_any_matrix(), NULL, rows, NULL);
    uno_Sequence **slot = (uno_Sequence **)outer->elements;
    for (sal_Int32 r = 0; r < rows; r++) {
        sal_Int32 n = (shape == 2 && r == rows - 1) ? cols + 1 : cols; /* ragged */
        uno_Sequence *row = NULL;
        uno_type_sequence_construct(&row, asn_type_any_row(), NULL, n, NULL);
        uno_Any *cell = (uno_Any *)row->elements;
        for (sal_Int32 c = 0; c < n; c++) {
            uno_any_destruct(&cell[c], NULL);
            make_any(in, &cell[c]);
        }
        uno_type_destructData(&slot[r], asn_type_any_row(), NULL);
        slot[r] = row;
    }
    return outer;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int started;
    if (!started) {
        asn_types_init();
        started = 1;
    }
    input in = { data, size };
    const asn_function_info *fn = &asn_functions[take(&in, (unsigned)asn_function_count)];
    void *args[16];
    uno_Sequence *ranges[16] = { 0 };
    uno_Any values[16];
    uno_Interface *no_document = NULL; /* an unsaved document without a model: relative paths must fail cleanly */
    int constructed[16] = { 0 };
    for (int i = 0; i < fn->param_count && i < 16; i++) {
        if (fn->params[i].kind == ASN_PARAM_DOCUMENT) {
            args[i] = &no_document;
        } else if (fn->params[i].kind == ASN_PARAM_RANGE) {
            ranges[i] = make_matrix(&in);
            args[i] = &ranges[i];
        } else {
            if (take(&in, 4) == 0) { /* a range or inline array where a single value belongs */
                uno_Sequence *m = make_matrix(&in);
                uno_type_any_construct(&values[i], &m, asn_type_any_matrix(), NULL);
                uno_type_destructData(&m, asn_type_any_matrix(), NULL);
            } else {
                make_any(&in, &values[i]);
            }
            constructed[i] = 1;
            args[i] = &values[i];
        }
    }
    uno_Any result;
    asn_call *call = malloc(sizeof *call);
    call->fn = fn;
    call->args = args;
    call->result = &result;
    call->has_result = 0;
    call->status = (asn_status){ ASN_OK, "" };
    call->scratch.used = 0;
    call->scratch.blocks = NULL;
    fn->handler(call);
    asn_call_free_scratch(call);
    if (call->status.code != ASN_OK && call->status.code != ASN_INVALID && call->status.code != ASN_NOT_FOUND &&
        call->status.code != ASN_NO_CONVERGENCE)
        abort(); /* an undefined status */
    if (call->status.code == ASN_OK && !call->has_result)
        abort(); /* success without a result */
    if (call->has_result) {
        if (result.pType->eTypeClass == typelib_TypeClass_DOUBLE && !isfinite(*(double *)result.pData))
            abort(); /* the contract: never NaN or infinity */
        uno_any_destruct(&result, NULL);
    }
    free(call);
    for (int i = 0; i < fn->param_count && i < 16; i++) {
        if (ranges[i])
            uno_type_destructData(&ranges[i], asn_type_any_matrix(), NULL);
        if (constructed[i])
            uno_any_destruct(&values[i], NULL);
    }
    return 0;
}
