#include "labels.h"

static int is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static unsigned char fold(unsigned char c) { return (c >= 'A' && c <= 'Z') ? (unsigned char)(c - 'A' + 'a') : c; }

int asn_label_equals(const char *text, const char *normal)
{
    const unsigned char *t = (const unsigned char *)text;
    const unsigned char *n = (const unsigned char *)normal;
    while (is_space(*t))
        t++;
    while (*t) {
        if (is_space(*t)) {
            while (is_space(*t))
                t++;
            if (!*t)
                break;          /* trailing spaces are trimmed */
            if (*n++ != ' ')
                return 0;       /* a run of spaces matches exactly one space */
            continue;
        }
        if (fold(*t++) != *n++)
            return 0;
    }
    return *n == '\0';
}

int asn_label_find(const char *text, const asn_label *table, size_t count, int *id)
{
    for (size_t i = 0; i < count; i++) {
        if (asn_label_equals(text, table[i].label)) {
            *id = table[i].id;
            return 1;
        }
    }
    return 0;
}
