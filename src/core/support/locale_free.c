/* Numbers <-> text and error texts in a private "C" locale: the rules N1-N5 are in locale_free.h.
 *
 * POSIX: one locale_t made once (newlocale), switched in for the calling thread only (uselocale) around
 * each conversion and switched back; the thread's own locale, and every other thread's, stay as they were.
 * Windows (MSVCRT/UCRT): the same with _create_locale and the *_l functions. This is the one file of src/
 * that may hold such a platform difference. */
#include "locale_free.h"
#include "sync.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(_WIN32)
#include <locale.h>
#include <windows.h>

static _locale_t c_numbers;
static INIT_ONCE c_numbers_once = INIT_ONCE_STATIC_INIT;

static BOOL CALLBACK make_c_numbers(PINIT_ONCE once, PVOID param, PVOID *context)
{
    (void)once, (void)param, (void)context;
    c_numbers = _create_locale(LC_ALL, "C");
    return TRUE;
}

static _locale_t c_locale(void)
{
    InitOnceExecuteOnce(&c_numbers_once, make_c_numbers, NULL, NULL);
    return c_numbers;
}

/* N4: Microsoft's CRT (msvcrt.dll) knows no %zu. size_t is unsigned long long on Win64, so "%zu" reads its
 * argument correctly as "%llu". `out` holds at least 2 * strlen(format) + 1 chars (each "%z" grows by one). */
_Static_assert(sizeof(size_t) == sizeof(unsigned long long), "Win64: size_t is unsigned long long");
static void crt_format(const char *format, char *out)
{
    size_t n = 0;
    for (const char *p = format; *p; p++) {
        out[n++] = *p;
        if (*p != '%')
            continue;
        if (p[1] == '%') { /* a literal percent sign */
            out[n++] = *++p;
            continue;
        }
        while (p[1] && strchr("-+ #0123456789.*", p[1]))
            out[n++] = *++p;
        if (p[1] == 'z') {
            out[n++] = 'l';
            out[n++] = 'l';
            p++;
        }
    }
    out[n] = '\0';
}

int asn_vformat(char *buf, size_t cap, const char *format, va_list ap)
{
    if (cap == 0)
        return -1;
    char local[512], *translated = NULL;
    if (strstr(format, "%z")) {
        size_t need = 2 * strlen(format) + 1;
        translated = need <= sizeof local ? local : malloc(need);
        if (!translated) {
            buf[0] = '\0';
            return -1;
        }
        crt_format(format, translated);
        format = translated;
    }
    /* _vsnprintf_l leaves no NUL when the text fills buf and answers -1: report the length like C99 does. */
    va_list copy;
    va_copy(copy, ap);
    int n = _vscprintf_l(format, c_locale(), copy);
    va_end(copy);
    _vsnprintf_l(buf, cap, format, c_locale(), ap);
    buf[cap - 1] = '\0';
    if (translated != local)
        free(translated);
    return n;
}

static double c_strtod(const char *s, char **end) { return _strtod_l(s, end, c_locale()); }

const char *asn_error_text(int errnum, char *text, size_t cap)
{
    if (strerror_s(text, cap, errnum) != 0) /* the CRT's messages are English in every locale */
        asn_format(text, cap, "error %d", errnum);
    return text;
}

#else
#include <locale.h>

static locale_t c_numbers;
static asn_once_flag c_numbers_once = ASN_ONCE_INIT;

static void make_c_numbers(void) { c_numbers = newlocale(LC_ALL_MASK, "C", (locale_t)0); }

/* The C locale object; (locale_t)0 only if newlocale failed, and then the caller keeps its locale. */
static locale_t c_locale(void)
{
    asn_once(&c_numbers_once, make_c_numbers);
    return c_numbers;
}

int asn_vformat(char *buf, size_t cap, const char *format, va_list ap)
{
    locale_t c = c_locale();
    locale_t previous = c ? uselocale(c) : (locale_t)0;
    int n = vsnprintf(buf, cap, format, ap);
    if (c)
        uselocale(previous);
    return n;
}

static double c_strtod(const char *s, char **end)
{
    return strtod_l(s, end, c_locale() ? c_locale() : LC_GLOBAL_LOCALE);
}

const char *asn_error_text(int errnum, char *text, size_t cap)
{
    locale_t c = c_locale();
    asn_format(text, cap, "%s", c ? strerror_l(errnum, c) : "system error"); /* copied: strerror_l's buffer is shared */
    return text;
}
#endif

int asn_format(char *buf, size_t cap, const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    int n = asn_vformat(buf, cap, format, ap);
    va_end(ap);
    return n;
}

static int fits(int n, size_t cap) { return n >= 0 && (size_t)n < cap ? n : -1; }

/* N6: an exponent in two digits at least, as C99 prints it: Microsoft's CRT writes "1e+020". */
static int two_digit_exponent(char *buf, int n)
{
    char *e = strchr(buf, 'e');
    if (n < 0 || !e || (e[1] != '+' && e[1] != '-'))
        return n;
    char *digits = e + 2, *first = digits;
    while (*first == '0' && strlen(first) > 2)
        first++;
    memmove(digits, first, strlen(first) + 1);
    return (int)strlen(buf);
}

int asn_number_text(double v, char *buf, size_t cap)
{
    if (v == 0.0)
        v = 0.0; /* N2: -0 shows as 0, as in Calc */
    int n = fits(asn_format(buf, cap, "%.15g", v), cap); /* N1, N2; a truncated text is not shortened into fitting */
    return n < 0 ? n : two_digit_exponent(buf, n); /* N6 */
}

/* Spaces as XML's whitespace collapse and a typed cell may leave them. */
static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

int asn_text_number(const char *s, double *out)
{
    while (is_space(*s))
        s++;
    /* N3: digits, '.', a sign and an exponent only; strtod alone would also take "inf", "nan" and hex. */
    const char *p = s;
    if (*p == '+' || *p == '-')
        p++;
    if (!isdigit((unsigned char)*p) && !(*p == '.' && isdigit((unsigned char)p[1])))
        return 0;
    for (const char *q = p; *q && !is_space(*q); q++)
        if (!isdigit((unsigned char)*q) && !strchr(".eE+-", *q))
            return 0;
    char *end;
    errno = 0;
    double v = c_strtod(s, &end);
    if (end == s || errno == ERANGE || !isfinite(v))
        return 0;
    while (is_space(*end))
        end++;
    if (*end)
        return 0;
    *out = v;
    return 1;
}
