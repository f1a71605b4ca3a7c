#include "predicates.h"

#include "support/labels.h"

/* PermenPANRB 6/2022 (docs/rules.md §3.2) and PP 30/2019 Pasal 41 ayat (5) (Cukup, Kurang). */
static const asn_label predikat_labels[] = {
    { "sangat baik", ASN_PRED_SANGAT_BAIK },
    { "baik", ASN_PRED_BAIK },
    { "butuh perbaikan", ASN_PRED_BUTUH_PERBAIKAN },
    { "cukup", ASN_PRED_BUTUH_PERBAIKAN },
    { "kurang/misconduct", ASN_PRED_KURANG },
    { "kurang", ASN_PRED_KURANG },
    { "sangat kurang", ASN_PRED_SANGAT_KURANG },
};

int asn_predikat_from_text(const char *text, asn_predikat *out)
{
    int id;
    if (!asn_label_find(text, predikat_labels, sizeof predikat_labels / sizeof predikat_labels[0], &id))
        return 0;
    *out = (asn_predikat)id;
    return 1;
}
