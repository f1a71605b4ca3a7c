/* A stand-in for LibreOffice's sal3.dll: the rtl string functions the component imports
 * (src/binding/windows/sal3.def, which is also this DLL's export list), with LibreOffice's documented
 * semantics and layouts, built by mingw-w64 and loaded by the test host under wine (tests/wine/host.c).
 * It is not LibreOffice: what only the real sal3.dll can prove is listed in the README. */
#include <stdlib.h>
#include <string.h>
#include <windows.h>

#include "../../src/binding/uno.h"

static rtl_uString *new_ustring(sal_Int32 length)
{
    rtl_uString *s = malloc(sizeof *s + (size_t)length * sizeof(sal_Unicode));
    if (!s)
        abort(); /* a test host: out of memory is a failed run */
    s->refCount = 1;
    s->length = length;
    s->buffer[length] = 0;
    return s;
}

void SAL_CALL rtl_uString_acquire(rtl_uString *s) { InterlockedIncrement((volatile LONG *)&s->refCount); }

void SAL_CALL rtl_uString_release(rtl_uString *s)
{
    if (s && InterlockedDecrement((volatile LONG *)&s->refCount) == 0)
        free(s);
}

static void replace(rtl_uString **target, rtl_uString *s)
{
    rtl_uString *old = *target;
    *target = s;
    rtl_uString_release(old);
}

void SAL_CALL rtl_uString_new(rtl_uString **s) { replace(s, new_ustring(0)); }

void SAL_CALL rtl_uString_newFromAscii(rtl_uString **s, const char *ascii)
{
    sal_Int32 n = (sal_Int32)strlen(ascii);
    rtl_uString *u = new_ustring(n);
    for (sal_Int32 i = 0; i < n; i++)
        u->buffer[i] = (unsigned char)ascii[i];
    replace(s, u);
}

void SAL_CALL rtl_uString_assign(rtl_uString **s, rtl_uString *value)
{
    rtl_uString_acquire(value);
    replace(s, value);
}

void SAL_CALL rtl_string2UString(rtl_uString **s, const char *text, sal_Int32 length, rtl_TextEncoding encoding,
                                 sal_uInt32 flags)
{
    (void)encoding, (void)flags; /* the component always passes UTF-8 */
    int n = length ? MultiByteToWideChar(CP_UTF8, 0, text, length, NULL, 0) : 0;
    rtl_uString *u = new_ustring(n);
    if (n)
        MultiByteToWideChar(CP_UTF8, 0, text, length, (wchar_t *)u->buffer, n);
    replace(s, u);
}

void SAL_CALL rtl_string_release(rtl_String *s)
{
    if (s && InterlockedDecrement((volatile LONG *)&s->refCount) == 0)
        free(s);
}

void SAL_CALL rtl_uString2String(rtl_String **s, const sal_Unicode *text, sal_Int32 length, rtl_TextEncoding encoding,
                                 sal_uInt32 flags)
{
    (void)encoding, (void)flags;
    int n = length ? WideCharToMultiByte(CP_UTF8, 0, (const wchar_t *)text, length, NULL, 0, NULL, NULL) : 0;
    rtl_String *out = malloc(sizeof *out + (size_t)n);
    if (!out)
        abort();
    out->refCount = 1;
    out->length = n;
    if (n)
        WideCharToMultiByte(CP_UTF8, 0, (const wchar_t *)text, length, out->buffer, n, NULL, NULL);
    out->buffer[n] = '\0';
    rtl_String *old = *s;
    *s = out;
    rtl_string_release(old);
}

sal_Int32 SAL_CALL rtl_ustr_ascii_compare_WithLength(const sal_Unicode *first, sal_Int32 length, const char *second)
{
    for (sal_Int32 i = 0;; i++) {
        int a = i < length ? first[i] : 0, b = (unsigned char)second[i];
        if (i >= length)
            return b ? -1 : 0;
        if (a != b || !b)
            return a - b;
    }
}
