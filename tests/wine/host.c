/* A test host for the Windows DLL, run under wine: it loads the real asnkarier.dll as LibreOffice's shared
 * library loader does (component_getImplementationEnvironment, component_getFactory), creates the add-in
 * through the factory's createInstanceWithContext, asks queryInterface for the add-in interfaces, sets the
 * Indonesian locale, and then calls the functions through the add-in's own UNO dispatcher, one request per
 * line on standard input, one answer per line on standard output (tests/wine/run_cases_wine.py drives it).
 * The DLL's imports are served by the stand-ins tests/wine/standin_sal3.c and standin_cppu3.c.
 *
 * Request: METHOD <TAB> ARG <TAB> ARG ...   with ARG one of
 *   R<rows>x<cols>:<cell>,<cell>,...   a range parameter: sequence<sequence<any>>, row by row
 *   V<cell>                            a value parameter: any
 *   M<rows>x<cols>:<cell>,...          a value parameter holding an array: any(sequence<sequence<any>>)
 *   D<hex url>                         the calling document (its XModel::getURL answers the URL)
 *   a cell: v (void), d<number>, b0 / b1 (boolean), s<UTF-8 in hex>
 * Answer: OK <TAB> <cell> | OK <TAB> M<rows>x<cols>:<cells> | EX <TAB> <exception type> <TAB> <hex message>
 * THREADS <TAB> n <TAB> request: the request on n threads at once, 200 times each (see threads()); the answer
 * is the request's own, or MISMATCH when a thread got another.
 * The first line of output is "READY <interfaces>" once the add-in is created. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <windows.h>

#include "../../src/binding/uno.h"

/* One answer line, built before it is printed (threads build theirs side by side). */
typedef struct {
    char *text;
    size_t used, capacity;
} answer;

static void emit(answer *a, const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    int n = vsnprintf(a->text + a->used, a->capacity - a->used, format, ap);
    va_end(ap);
    if (n > 0)
        a->used = a->used + (size_t)n < a->capacity ? a->used + (size_t)n : a->capacity - 1;
}

typedef void(SAL_CALL *environment_function)(const char **, uno_Environment **);
typedef void *(SAL_CALL *factory_function)(const char *, void *, void *);

static typelib_TypeDescriptionReference *any_row, *any_matrix;

static void fail(const char *what)
{
    printf("FATAL %s\n", what);
    fflush(stdout);
    exit(1);
}

static typelib_TypeDescription *method_named(const char *name)
{
    typelib_InterfaceMethodTypeDescription *m = calloc(1, sizeof *m);
    if (!m)
        fail("out of memory");
    m->aBase.aBase.nRefCount = 1;
    m->aBase.aBase.eTypeClass = typelib_TypeClass_INTERFACE_METHOD;
    rtl_uString_newFromAscii(&m->aBase.aBase.pTypeName, name);
    rtl_uString_newFromAscii(&m->aBase.pMemberName, name);
    return &m->aBase.aBase;
}

static void free_method(typelib_TypeDescription *td)
{
    rtl_uString_release(((typelib_InterfaceMemberTypeDescription *)td)->pMemberName);
    rtl_uString_release(td->pTypeName);
    free(td);
}

/* ---- hex and text ---------------------------------------------------------------------------------- */

static char *from_hex(const char *hex, size_t *length)
{
    size_t n = strlen(hex) / 2;
    char *out = malloc(n + 1);
    for (size_t i = 0; i < n; i++) {
        unsigned v;
        sscanf(hex + 2 * i, "%2x", &v);
        out[i] = (char)v;
    }
    out[n] = '\0';
    *length = n;
    return out;
}

static void print_hex_ustring(answer *out, const rtl_uString *s)
{
    rtl_String *utf8 = NULL;
    rtl_uString2String(&utf8, s->buffer, s->length, RTL_TEXTENCODING_UTF8, OUSTRING_TO_OSTRING_CVTFLAGS);
    for (sal_Int32 i = 0; i < utf8->length; i++)
        emit(out, "%02x", (unsigned char)utf8->buffer[i]);
    rtl_string_release(utf8);
}

/* ---- the calling document ------------------------------------------------------------------------ */

typedef struct {
    uno_Interface iface;
    rtl_uString *url;
} fake_document;

static void SAL_CALL document_acquire(uno_Interface *i) { (void)i; }
static void SAL_CALL document_release(uno_Interface *i) { (void)i; }

static int member_is(const typelib_TypeDescription *member, const char *name)
{
    const rtl_uString *m = ((const typelib_InterfaceMemberTypeDescription *)member)->pMemberName;
    return rtl_ustr_ascii_compare_WithLength(m->buffer, m->length, name) == 0;
}

static void SAL_CALL document_dispatch(uno_Interface *i, const typelib_TypeDescription *member, void *ret, void *args[],
                                       uno_Any **exception)
{
    fake_document *d = (fake_document *)i;
    *exception = NULL;
    if (member_is(member, "queryInterface")) { /* XModel, XStorable, XPropertySet: this object */
        typelib_TypeDescriptionReference *wanted = *(typelib_TypeDescriptionReference **)args[0];
        uno_type_any_construct(ret, &i, wanted, NULL);
    } else if (member_is(member, "getURL")) {
        rtl_uString_acquire(d->url);
        *(rtl_uString **)ret = d->url;
    } else if (member_is(member, "getLocation")) {
        *(rtl_uString **)ret = NULL;
        rtl_uString_new((rtl_uString **)ret);
    } else if (member_is(member, "getPropertyValue")) { /* NullDate (ASNNIP): none here, Calc's default applies */
        uno_any_construct(ret, NULL, NULL, NULL);
    } else {
        fail("the component called an unexpected document method");
    }
}

/* One document object per URL for the whole run, as a document lives in Calc: the component remembers the
 * last document's location for a moment by its address (src/binding/document.c D4). */
static fake_document *document_for(const char *hex_url)
{
    static struct {
        char *hex;
        fake_document *document;
    } known[32];
    static int count;
    for (int i = 0; i < count; i++)
        if (!strcmp(known[i].hex, hex_url))
            return known[i].document;
    if (count == 32)
        fail("too many documents");
    fake_document *d = calloc(1, sizeof *d);
    size_t length;
    char *url = from_hex(hex_url, &length);
    d->iface.acquire = document_acquire;
    d->iface.release = document_release;
    d->iface.pDispatcher = document_dispatch;
    rtl_string2UString(&d->url, url, (sal_Int32)length, RTL_TEXTENCODING_UTF8, OSTRING_TO_OUSTRING_CVTFLAGS);
    free(url);
    known[count].hex = strdup(hex_url);
    known[count].document = d;
    return known[count++].document;
}

/* ---- requests -------------------------------------------------------------------------------------- */

static void cell_value(uno_Any *a, const char *token)
{
    if (token[0] == 'd') {
        double d = strtod(token + 1, NULL);
        uno_type_any_construct(a, &d, *typelib_static_type_getByTypeClass(typelib_TypeClass_DOUBLE), NULL);
    } else if (token[0] == 'b') {
        sal_Bool b = token[1] == '1';
        uno_type_any_construct(a, &b, *typelib_static_type_getByTypeClass(typelib_TypeClass_BOOLEAN), NULL);
    } else if (token[0] == 's') {
        size_t n;
        char *text = from_hex(token + 1, &n);
        rtl_uString *s = NULL;
        rtl_string2UString(&s, text, (sal_Int32)n, RTL_TEXTENCODING_UTF8, OSTRING_TO_OUSTRING_CVTFLAGS);
        uno_type_any_construct(a, &s, *typelib_static_type_getByTypeClass(typelib_TypeClass_STRING), NULL);
        rtl_uString_release(s);
        free(text);
    } else {
        uno_type_any_construct(a, NULL, NULL, NULL);
    }
}

static uno_Sequence *matrix(char *spec)
{
    int rows = 0, cols = 0;
    sscanf(spec, "%dx%d:", &rows, &cols);
    char *cells = strchr(spec, ':') + 1;
    uno_Sequence *outer = NULL;
    uno_type_sequence_construct(&outer, any_matrix, NULL, rows, NULL);
    char *save = NULL, *token = strtok_r(cells, ",", &save);
    for (int r = 0; r < rows; r++) {
        uno_Sequence **row = (uno_Sequence **)outer->elements + r;
        uno_type_destructData(row, any_row, NULL);
        uno_type_sequence_construct(row, any_row, NULL, cols, NULL);
        for (int c = 0; c < cols; c++) {
            uno_Any *a = (uno_Any *)(*row)->elements + c;
            uno_any_destruct(a, NULL);
            cell_value(a, token ? token : "v");
            token = strtok_r(NULL, ",", &save);
        }
    }
    return outer;
}

static void print_cell(answer *out, const uno_Any *a)
{
    switch (a->pType->eTypeClass) {
    case typelib_TypeClass_VOID: emit(out, "v"); break;
    case typelib_TypeClass_DOUBLE: emit(out, "d%.17g", *(const double *)a->pData); break;
    case typelib_TypeClass_BOOLEAN: emit(out, "b%d", *(const sal_Bool *)a->pData ? 1 : 0); break;
    case typelib_TypeClass_STRING:
        emit(out, "s");
        print_hex_ustring(out, *(rtl_uString *const *)a->pData);
        break;
    default: emit(out, "?%d", (int)a->pType->eTypeClass); break;
    }
}

static void print_result(answer *out, const uno_Any *a)
{
    if (a->pType->eTypeClass != typelib_TypeClass_SEQUENCE) {
        print_cell(out, a);
        return;
    }
    /* [][]any, or [][]double for an all-number result (the component's faster form) */
    const rtl_uString *type = a->pType->pTypeName;
    int doubles = rtl_ustr_ascii_compare_WithLength(type->buffer, type->length, "[][]double") == 0;
    if (!doubles && rtl_ustr_ascii_compare_WithLength(type->buffer, type->length, "[][]any") != 0) {
        emit(out, "?sequence");
        return;
    }
    const uno_Sequence *outer = *(uno_Sequence *const *)a->pData;
    int cols = outer->nElements ? (*(uno_Sequence *const *)outer->elements)->nElements : 0;
    emit(out, "M%dx%d:", (int)outer->nElements, cols);
    for (sal_Int32 r = 0; r < outer->nElements; r++) {
        const uno_Sequence *row = ((uno_Sequence *const *)outer->elements)[r];
        for (sal_Int32 c = 0; c < row->nElements; c++) {
            if (r || c)
                emit(out, ",");
            if (doubles)
                emit(out, "d%.17g", ((const double *)row->elements)[c]);
            else
                print_cell(out, (const uno_Any *)row->elements + c);
        }
    }
}

static void call(uno_Interface *addin, char *line, answer *out)
{
    char *save = NULL;
    char *method = strtok_r(line, "\t", &save);
    enum { MAX_ARGS = 16 };
    void *args[MAX_ARGS];
    uno_Any values[MAX_ARGS];
    uno_Sequence *ranges[MAX_ARGS];
    uno_Interface *document_pointers[MAX_ARGS];
    char kinds[MAX_ARGS];
    int n = 0;
    for (char *arg; n < MAX_ARGS && (arg = strtok_r(NULL, "\t", &save)); n++) {
        kinds[n] = arg[0];
        if (arg[0] == 'R') {
            ranges[n] = matrix(arg + 1);
            args[n] = &ranges[n];
        } else if (arg[0] == 'M') {
            uno_Sequence *m = matrix(arg + 1);
            uno_type_any_construct(&values[n], &m, any_matrix, NULL);
            uno_type_destructData(&m, any_matrix, NULL);
            args[n] = &values[n];
        } else if (arg[0] == 'D') {
            document_pointers[n] = &document_for(arg + 1)->iface;
            args[n] = &document_pointers[n];
        } else {
            cell_value(&values[n], arg + 1);
            args[n] = &values[n];
        }
    }
    typelib_TypeDescription *member = method_named(method);
    uno_Any result, exception_memory, *exception = &exception_memory;
    addin->pDispatcher(addin, member, &result, args, &exception);
    if (exception) {
        emit(out, "EX\t");
        rtl_uString *type = exception->pType->pTypeName;
        for (sal_Int32 i = 0; i < type->length; i++)
            emit(out, "%c", (char)type->buffer[i]);
        emit(out, "\t");
        print_hex_ustring(out, *(rtl_uString **)exception->pData); /* Exception.Message */
        uno_any_destruct(exception, NULL);
    } else {
        emit(out, "OK\t");
        print_result(out, &result);
        uno_any_destruct(&result, NULL);
    }
    free_method(member);
    for (int k = 0; k < n; k++) {
        if (kinds[k] == 'R')
            uno_type_destructData(&ranges[k], any_matrix, NULL);
        else if (kinds[k] != 'D')
            uno_any_destruct(&values[k], NULL);
    }
}

/* THREADS <TAB> n <TAB> request: the request on n Windows threads at once, 200 times each, every answer
 * compared with the one the main thread got first. The threads end when done, so that the DLL sees
 * DLL_THREAD_DETACH for each (libxml2 frees its per-thread state there: dllmain_windows.c). */
typedef struct {
    uno_Interface *addin;
    const char *request, *expected;
    int mismatches;
} thread_work;

static DWORD WINAPI thread_calls(void *arg)
{
    thread_work *w = arg;
    answer out = { malloc(1 << 16), 0, 1 << 16 };
    char *line = malloc(strlen(w->request) + 1);
    for (int i = 0; i < 200; i++) {
        strcpy(line, w->request);
        out.used = 0;
        out.text[0] = '\0';
        call(w->addin, line, &out);
        if (strcmp(out.text, w->expected) != 0)
            w->mismatches++;
    }
    free(line);
    free(out.text);
    return 0;
}

static void threads(uno_Interface *addin, char *spec, answer *out)
{
    int n = atoi(spec);
    const char *request = strchr(spec, '\t');
    if (n < 1 || n > 16 || !request)
        fail("THREADS needs a count of 1 to 16 and a request");
    request++;
    char *first = strdup(request);
    call(addin, first, out); /* the answer every thread must give */
    free(first);
    thread_work work[16];
    HANDLE handles[16];
    for (int i = 0; i < n; i++) {
        work[i] = (thread_work){ addin, request, out->text, 0 };
        handles[i] = CreateThread(NULL, 0, thread_calls, &work[i], 0, NULL);
    }
    WaitForMultipleObjects((DWORD)n, handles, TRUE, INFINITE);
    int mismatches = 0;
    for (int i = 0; i < n; i++) {
        CloseHandle(handles[i]);
        mismatches += work[i].mismatches;
    }
    if (mismatches) {
        out->used = 0;
        emit(out, "MISMATCH\t%d of %d", mismatches, n * 200);
    }
}

/* queryInterface on `object` for `name`; 1 when it answers an interface. */
static int query(uno_Interface *object, const char *name)
{
    typelib_TypeDescription *member = method_named("queryInterface");
    typelib_TypeDescriptionReference *type = NULL;
    typelib_typedescriptionreference_newByAsciiName(&type, typelib_TypeClass_INTERFACE, name);
    void *args[1] = { &type };
    uno_Any result, exception_memory, *exception = &exception_memory;
    object->pDispatcher(object, member, &result, args, &exception);
    int found = !exception && result.pType->eTypeClass == typelib_TypeClass_INTERFACE && result.pReserved;
    if (exception)
        uno_any_destruct(exception, NULL);
    else
        uno_any_destruct(&result, NULL);
    typelib_typedescriptionreference_release(type);
    free_method(member);
    return found;
}

int main(void)
{
    /* The stand-ins make some static descriptions on first use: make them here, before any thread runs. */
    const typelib_TypeClass classes[] = { typelib_TypeClass_VOID, typelib_TypeClass_BOOLEAN, typelib_TypeClass_DOUBLE,
                                          typelib_TypeClass_STRING };
    for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++)
        typelib_static_type_getByTypeClass(classes[i]);
    const char *exceptions[] = { "com.sun.star.lang.IllegalArgumentException", "com.sun.star.sheet.NoConvergenceException",
                                 "com.sun.star.uno.RuntimeException" };
    for (size_t i = 0; i < sizeof exceptions / sizeof exceptions[0]; i++) {
        typelib_TypeDescription *td = NULL;
        rtl_uString *name = NULL;
        rtl_uString_newFromAscii(&name, exceptions[i]);
        typelib_typedescription_getByName(&td, name);
        rtl_uString_release(name);
    }
    typelib_typedescriptionreference_newByAsciiName(&any_row, typelib_TypeClass_SEQUENCE, "[]any");
    typelib_typedescriptionreference_newByAsciiName(&any_matrix, typelib_TypeClass_SEQUENCE, "[][]any");
    HMODULE dll = LoadLibraryW(L"asnkarier.dll");
    if (!dll)
        fail("LoadLibrary asnkarier.dll");
    environment_function environment = (environment_function)(void (*)(void))GetProcAddress(dll,
        "component_getImplementationEnvironment");
    factory_function get_factory = (factory_function)(void (*)(void))GetProcAddress(dll, "component_getFactory");
    if (!environment || !get_factory)
        fail("the entry points are not exported");
    const char *env = NULL;
    environment(&env, NULL);
    if (!env || strcmp(env, "uno") != 0)
        fail("the environment is not binary UNO");
    if (get_factory("org.asnkarier.calc.Other", NULL, NULL))
        fail("a factory for another implementation name");
    uno_Interface *factory = get_factory("org.asnkarier.calc.AsnKarierImpl", NULL, NULL);
    if (!factory)
        fail("no factory");
    typelib_TypeDescription *create = method_named("createInstanceWithContext");
    uno_Interface *context = NULL, *addin = NULL, *job = NULL;
    void *create_args[1] = { &context };
    uno_Any exception_memory, *exception = &exception_memory;
    factory->pDispatcher(factory, create, &addin, create_args, &exception);
    if (exception || !addin)
        fail("createInstanceWithContext");
    factory->release(factory);
    /* The print-area job's factory, as the job executor asks for it (its work needs a real document: the
     * Calc suites print-areas and print-areas-desktop). */
    factory = get_factory("org.asnkarier.calc.PrintAreasJob", NULL, NULL);
    if (!factory)
        fail("no factory for the print-area job");
    exception = &exception_memory;
    factory->pDispatcher(factory, create, &job, create_args, &exception);
    free_method(create);
    if (exception || !job)
        fail("createInstanceWithContext of the print-area job");
    factory->release(factory);
    if (!query(job, "com.sun.star.task.XJob") || !query(job, "com.sun.star.lang.XServiceInfo") ||
        query(job, "com.sun.star.sheet.XAddIn"))
        fail("the print-area job's interfaces");
    job->release(job);
    const char *interfaces[] = { "com.sun.star.sheet.XAddIn", "org.asnkarier.calc.XAsnKarier",
                                 "com.sun.star.lang.XServiceName", "com.sun.star.lang.XServiceInfo" };
    for (size_t i = 0; i < sizeof interfaces / sizeof interfaces[0]; i++)
        if (!query(addin, interfaces[i]))
            fail(interfaces[i]);
    if (query(addin, "com.sun.star.frame.XModel"))
        fail("answers an interface it does not have");

    typelib_TypeDescription *set_locale = method_named("setLocale");
    rtl_uString *locale[3] = { NULL, NULL, NULL };
    rtl_uString_newFromAscii(&locale[0], "id");
    rtl_uString_newFromAscii(&locale[1], "ID");
    rtl_uString_new(&locale[2]);
    void *locale_args[1] = { locale };
    exception = &exception_memory;
    addin->pDispatcher(addin, set_locale, NULL, locale_args, &exception);
    free_method(set_locale);
    for (int k = 0; k < 3; k++)
        rtl_uString_release(locale[k]);
    if (exception)
        fail("setLocale");

    printf("READY XAddIn XAsnKarier XServiceName XServiceInfo, XJob\n");
    fflush(stdout);
    static char line[1 << 20];
    answer out = { malloc(1 << 20), 0, 1 << 20 };
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (!line[0])
            continue;
        out.used = 0;
        out.text[0] = '\0';
        if (!strncmp(line, "THREADS\t", 8))
            threads(addin, line + 8, &out);
        else
            call(addin, line, &out);
        printf("%s\n", out.text);
        fflush(stdout);
    }
    addin->release(addin);
    return 0;
}
