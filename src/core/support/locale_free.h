/* Text that reads the same in every locale: numbers to text and text to numbers, and system error messages.
 *
 * This is the only module of src/ that converts between numbers and text or asks the C library for
 * locale-dependent text (tests/check_locale_free.py fails the build's checks when such a call appears
 * anywhere else). Why: in desktop Calc
 * the process's C numeric locale is the user's, so under LANG=id_ID.UTF-8 strtod("2.5") stops at 2 and
 * printf("%.2f") writes "2,50". Headless Calc stays in the C locale and hides it. Every conversion here
 * runs in a "C" locale object of its own (uselocale on the calling thread only), so neither the user's
 * locale nor another thread's is read or changed.
 *
 * Rules, cited in the code as (Rn):
 *  N1. Text written for numbers always uses '.' as the decimal separator and no digit grouping.
 *  N2. asn_number_text writes what Calc shows for a number in a General cell: at most 15 significant digits,
 *      no trailing zeros, no exponent below 1e15 ("1.5", "101", "0.125", "1E+20" style numbers keep %g's "1e+20").
 *  N3. asn_text_number reads a whole string as a decimal number with '.' ("2.5", "+3", ".5", "5.", "1e2"),
 *      surrounding spaces, tabs and line ends allowed; anything else (empty, "2,5", "2.5x", "nan", "inf", a value that overflows)
 *      is refused.
 *  N4. asn_format/asn_vformat are snprintf/vsnprintf in the C locale (for messages with numbers).
 *  N5. asn_error_text is strerror in the C locale: our messages are English, and a system's reason inside
 *      them stays English too (under id_ID, strerror answers "Tidak ada berkas atau direktori seperti itu").
 *  N6. The same text on every platform: exponents in two digits at least ("1e+20", not Windows' "1e+020"); a
 *      number with fixed decimals is rounded before it is printed (asn_fixed_text, rounding.h), not by printf. */
#ifndef ASN_LOCALE_FREE_H
#define ASN_LOCALE_FREE_H

#include <stdarg.h>
#include <stddef.h>

/* N2: v in General style into buf (cap bytes). Returns the length, or -1 when it does not fit. */
int asn_number_text(double v, char *buf, size_t cap);

/* N3: 1 and *out when all of `s` is one finite decimal number; 0 otherwise. */
int asn_text_number(const char *s, double *out);

/* N4: snprintf/vsnprintf with the C locale's numbers. Return what snprintf returns. */
int asn_format(char *buf, size_t cap, const char *format, ...) __attribute__((format(printf, 3, 4)));
int asn_vformat(char *buf, size_t cap, const char *format, va_list ap) __attribute__((format(printf, 3, 0)));

/* N5: the C library's text for errno value `errnum`, in English; never NULL. Valid until the next call on
 * this thread. */
const char *asn_error_text(int errnum, char *text, size_t cap); /* N5: into text, which it returns */

#endif
