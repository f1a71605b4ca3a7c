/* The outcome of a pure computation, and the message that explains a failure.
 *
 * The core never talks UNO: it answers one of these codes and the binding turns it into
 * what the contract (docs/functions.md, "Errors") makes the user see. */
#ifndef ASN_STATUS_H
#define ASN_STATUS_H

typedef enum {
    ASN_OK = 0,
    ASN_INVALID,        /* invalid input -> IllegalArgumentException -> Err:502 */
    ASN_NOT_FOUND,      /* a lookup found nothing -> void result -> #N/A */
    ASN_NO_CONVERGENCE  /* cannot finish within the documented limits -> Err:523 */
} asn_code;

typedef struct {
    asn_code code;
    char message[240];
} asn_status;

/* Records a failure (the first one wins: later calls keep the first, most precise message)
 * and returns 0, so that checks read `if (bad) return asn_fail(st, ASN_INVALID, "...");`. */
int asn_fail(asn_status *st, asn_code code, const char *format, ...)
    __attribute__((format(printf, 3, 4)));

#endif
