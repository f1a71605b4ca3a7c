/* Dictionaries by file, parsed once and re-read when the file changes (docs/functions.md, "The Dictionary
 * argument"), and the bundled default dictionary. Safe to call from several threads at once. */
#ifndef ASN_KAMUS_CACHE_H
#define ASN_KAMUS_CACHE_H

#include "kamus.h"

/* The dictionary in the file at `path` (absolute), retained: release it with asn_kamus_release.
 * NULL when the file is missing, not a regular file, too large or invalid: st says why, *line where. */
asn_kamus *asn_kamus_open_file(const char *path, int *line, asn_status *st);

/* The bundled default dictionary (extension/kamus/kamus-bawaan.xml, embedded at build time), retained. */
asn_kamus *asn_kamus_open_default(asn_status *st);

#endif
