/* Resolving the Dictionary argument.
 *
 * Rules, cited in the code as (Rn):
 *  R1. Omitted, blank or the number 0 (what Calc passes for a reference to a single empty cell): the
 *      bundled dictionary. Any other number is an error.
 *  R2. An absolute path is used as it is; a file:// URL (host empty or localhost) is decoded to a path
 *      (what is absolute, and what a URL's path is, is the platform's: src/core/support/platform_*.c).
 *  R3. Any other URL scheme (http:, https:, ftp:, vnd.sun.star...:) is refused: only local files.
 *  R4. A relative path is resolved against the folder of the calling document, whose URL Calc hands us
 *      through the hidden first argument (the document model; document.c tells how it is known also while
 *      the document loads). A document never saved has no folder: error.
 * Then the file goes through the cache (src/core/kamus_cache.c), which re-reads it when it changes. */
#include "dictionary.h"

#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/kamus_cache.h"
#include "../core/support/locale_free.h"
#include "../core/support/platform.h"
#include "document.h"
#include "uno.h"
#include "uno_implementing.h"

/* The URL scheme of `s` ("http" for "http://..."), or 0 when s does not start with one. */
static size_t scheme_length(const char *s)
{
    if (!isalpha((unsigned char)s[0]))
        return 0;
    size_t n = 1;
    while (isalnum((unsigned char)s[n]) || s[n] == '+' || s[n] == '-' || s[n] == '.')
        n++;
    return s[n] == ':' ? n : 0;
}

int asn_arg_dictionary(asn_call *call, int document_index, int index, asn_dictionary *d)
{
    asn_value v;
    d->kamus = NULL;
    d->given = "";
    d->line = 0;
    if (!asn_arg_value(call, index, &v))
        return 0;
    if (v.kind == ASN_VALUE_BLANK || (v.kind == ASN_VALUE_NUMBER && v.number == 0.0)) { /* R1 */
        d->kamus = asn_kamus_open_default(&call->status);
        return d->kamus != NULL;
    }
    if (v.kind == ASN_VALUE_NUMBER) { /* R1 */
        char *number = asn_call_alloc(call, 32, 1);
        if (number && asn_number_text(v.number, number, 32) < 0)
            number[0] = '\0';
        d->given = number ? number : "";
        return asn_fail(&call->status, ASN_INVALID, "a dictionary is a path to an XML file, not a number");
    }
    d->given = v.text;
    char path[PATH_MAX], base[PATH_MAX];
    size_t scheme = scheme_length(v.text);
    if (scheme == 4 && !strncasecmp(v.text, "file", 4)) { /* R2 */
        if (!asn_path_from_file_url(v.text, path, sizeof path))
            return asn_fail(&call->status, ASN_INVALID, "only local file:// URLs are accepted");
    } else if (scheme > 1) { /* R3 */
        return asn_fail(&call->status, ASN_INVALID, "only local files are accepted, not %.*s: URLs", (int)scheme, v.text);
    } else if (asn_path_is_absolute(v.text)) { /* R2 */
        if (strlen(v.text) >= sizeof path)
            return asn_fail(&call->status, ASN_INVALID, "the path is too long");
        strcpy(path, v.text);
    } else { /* R4 */
        char url[PATH_MAX * 3];
        if (!asn_document_url(*(uno_Interface **)call->args[document_index], url, sizeof url) || !url[0])
            return asn_fail(&call->status, ASN_INVALID,
                            "a relative path needs a saved document (its folder is the starting point)");
        if (!asn_path_from_file_url(url, base, sizeof base))
            return asn_fail(&call->status, ASN_INVALID, "the document is not a local file, so a relative path has no folder");
        if (!asn_path_in_folder_of(base, v.text, path, sizeof path))
            return asn_fail(&call->status, ASN_INVALID, "the path is too long");
    }
    d->kamus = asn_kamus_open_file(path, &d->line, &call->status);
    return d->kamus != NULL;
}

const char *asn_code_text(asn_call *call, const asn_value *v)
{
    if (v->kind == ASN_VALUE_TEXT)
        return v->text;
    if (v->kind == ASN_VALUE_NUMBER) {
        char *s = asn_call_alloc(call, 32, 1);
        if (s && asn_number_text(v->number, s, 32) < 0)
            s[0] = '\0';
        return s;
    }
    return NULL;
}
