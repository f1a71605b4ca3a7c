/* A minimal test harness for the pure core: counts checks and prints the closing line CI reads. */
#ifndef ASN_TEST_CHECK_H
#define ASN_TEST_CHECK_H

#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

static int check_passed, check_failed;

/* Every unit test runs in a comma-decimal locale, as the process does in desktop Calc under
 * LANG=id_ID.UTF-8: a conversion that reads the process locale gives a wrong answer here too, not only in
 * Calc (headless Calc stays in the C locale and hid such defects). A missing locale is a failed check. */
#ifndef CHECK_LOCALE /* the Windows build names it the Windows way */
#define CHECK_LOCALE "id_ID.UTF-8"
#endif
__attribute__((constructor)) static void check_in_comma_locale(void)
{
    if (!setlocale(LC_ALL, CHECK_LOCALE) || strcmp(localeconv()->decimal_point, ",") != 0) {
        check_failed++;
        fprintf(stderr, "FAILED: the locale %s (decimal comma) is not available; tools/install-build-deps.sh "
                        "generates it\n", CHECK_LOCALE);
    }
}

#define CHECK(cond, ...)                                                              \
    do {                                                                              \
        if (cond) {                                                                   \
            check_passed++;                                                           \
        } else {                                                                      \
            check_failed++;                                                           \
            fprintf(stderr, "%s:%d: FAILED %s: ", __FILE__, __LINE__, #cond);         \
            fprintf(stderr, __VA_ARGS__);                                             \
            fputc('\n', stderr);                                                      \
        }                                                                             \
    } while (0)

/* |got - want| <= tol * max(1, |want|): relative for large values, absolute near 0. */
#define CHECK_NEAR(got, want, tol)                                                              \
    CHECK(fabs((double)(got) - (double)(want)) <= (tol) * fmax(1.0, fabs((double)(want))), "got %.17g, want %.17g", \
          (double)(got), (double)(want))

static inline const char *check_text(const char *s) { return s ? s : "(null)"; }
#define CHECK_STR(got, want) \
    CHECK(strcmp(check_text(got), (want)) == 0, "got \"%s\", want \"%s\"", check_text(got), (want))

static inline int check_report(const char *suite)
{
    printf("%s: %d passed, %d failed\n", suite, check_passed, check_failed);
    return check_failed != 0;
}

#endif
