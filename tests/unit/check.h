/* A minimal test harness for the pure core: counts checks and prints the closing line CI reads. */
#ifndef ASN_TEST_CHECK_H
#define ASN_TEST_CHECK_H

#include <math.h>
#include <stdio.h>
#include <string.h>

static int check_passed, check_failed;

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
