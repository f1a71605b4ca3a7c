/* Predikat kinerja labels as users type them (PermenPANRB 6/2022, and PP 30/2019's Cukup/Kurang),
 * shared by ASNCREDIT and ASNELIGIBLE. */
#ifndef ASN_PREDICATES_H
#define ASN_PREDICATES_H

typedef enum {
    ASN_PRED_SANGAT_BAIK,
    ASN_PRED_BAIK,
    ASN_PRED_BUTUH_PERBAIKAN, /* PP 30/2019: Cukup */
    ASN_PRED_KURANG,          /* Kurang/Misconduct; PP 30/2019: Kurang */
    ASN_PRED_SANGAT_KURANG,
} asn_predikat;

/* Returns 1 and sets *out when `text` is one of the labels. */
int asn_predikat_from_text(const char *text, asn_predikat *out);

#endif
