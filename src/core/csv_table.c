/* A CSV file as a table of UTF-8 texts, for the roster import (SIASN exports, spreadsheets saved as CSV).
 *
 * Rules, cited in the code as (Cn):
 *  C1. A file with a NUL byte that is not UTF-16 is not a text file (a workbook or a picture renamed .csv): refused.
 *      An empty file, or one with nothing but empty lines, is refused too.
 *  C2. Encoding: a UTF-16 byte-order mark (little or big endian, as Excel's "Unicode text" writes) -> UTF-16; a UTF-8
 *      byte-order mark is dropped; bytes that are valid UTF-8 are UTF-8; anything else is Windows-1252 (what Excel
 *      writes on an Indonesian or English Windows), converted to UTF-8 (its five undefined bytes become U+FFFD).
 *  C3. Lines end with CR LF, LF or CR, mixed as they come.
 *  C4. Lines before the header that start with '#' are comments (the project's examples carry a note there). Empty
 *      lines are skipped everywhere.
 *  C5. The separator is the one of ',', ';' and TAB that occurs most often in the header outside quotes (',' on a
 *      tie): Excel writes ';' where the list separator is ';', SIASN and most tools ','.
 *  C6. A field that starts with '"' is quoted: it runs to the next lone '"', "" inside it is one '"', and it may
 *      hold separators and line breaks. Text after the closing quote up to the separator is kept. An unquoted
 *      field is taken as it is, its surrounding spaces removed. A quote that never closes is refused, naming its
 *      line.
 *  C7. At most ASN_CSV_MAX_RECORDS records, ASN_CSV_MAX_FIELDS fields a record, and ASN_CSV_MAX_CELLS cells as a
 *      table (records x the widest record): a larger file is refused, not cut, before it can exhaust the memory of
 *      the user's Calc. */
#include "csv_table.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- C2: everything to UTF-8 --------------------------------------------------------------------------------- */

static size_t put_utf8(unsigned char *out, uint32_t c)
{
    if (c < 0x80) {
        out[0] = (unsigned char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (unsigned char)(0xC0 | (c >> 6));
        out[1] = (unsigned char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (unsigned char)(0xE0 | (c >> 12));
        out[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (unsigned char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (unsigned char)(0xF0 | (c >> 18));
    out[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (unsigned char)(0x80 | (c & 0x3F));
    return 4;
}

/* The length of the valid UTF-8 sequence at p (at most `left` bytes), 0 when it is not one. */
static size_t utf8_sequence(const unsigned char *p, size_t left)
{
    if (p[0] < 0x80)
        return 1;
    size_t n = p[0] >= 0xF0 && p[0] <= 0xF4 ? 4 : p[0] >= 0xE0 ? 3 : p[0] >= 0xC2 && p[0] <= 0xDF ? 2 : 0;
    if (n == 0 || n > left || (p[0] >= 0xF8))
        return 0;
    for (size_t i = 1; i < n; i++)
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    if (n == 3 && ((p[0] == 0xE0 && p[1] < 0xA0) || (p[0] == 0xED && p[1] >= 0xA0)))
        return 0; /* overlong, or a surrogate */
    if (n == 4 && ((p[0] == 0xF0 && p[1] < 0x90) || (p[0] == 0xF4 && p[1] >= 0x90)))
        return 0;
    return n;
}

static int valid_utf8(const unsigned char *p, size_t size)
{
    for (size_t i = 0; i < size;) {
        size_t n = utf8_sequence(p + i, size - i);
        if (!n)
            return 0;
        i += n;
    }
    return 1;
}

/* Windows-1252 0x80..0x9F; 0xFFFD where the code page defines nothing. */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD,
    0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
    0x0153, 0xFFFD, 0x017E, 0x0178,
};

/* The text as UTF-8 (malloc'd, NUL-terminated, *length set); NULL with st set. */
static unsigned char *to_utf8(const unsigned char *bytes, size_t size, asn_csv_encoding *encoding, size_t *length,
                              asn_status *st)
{
    unsigned char *out;
    size_t n = 0;
    if (size >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))) {
        int little = bytes[0] == 0xFF;
        *encoding = ASN_CSV_UTF16;
        out = malloc((size / 2) * 3 + 1);
        if (!out)
            return asn_fail(st, ASN_INVALID, "berkas terlalu besar untuk dibaca"), NULL;
        for (size_t i = 2; i + 1 < size; i += 2) {
            uint32_t c = little ? (uint32_t)(bytes[i] | bytes[i + 1] << 8) : (uint32_t)(bytes[i] << 8 | bytes[i + 1]);
            if (c >= 0xD800 && c <= 0xDBFF && i + 3 < size) {
                uint32_t low = little ? (uint32_t)(bytes[i + 2] | bytes[i + 3] << 8)
                                      : (uint32_t)(bytes[i + 2] << 8 | bytes[i + 3]);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
                    i += 2;
                } else {
                    c = 0xFFFD;
                }
            } else if (c >= 0xD800 && c <= 0xDFFF) {
                c = 0xFFFD;
            }
            if (c == 0) {
                free(out);
                return asn_fail(st, ASN_INVALID, "berkas ini bukan berkas teks (berisi karakter NUL)"), NULL; /* C1 */
            }
            n += put_utf8(out + n, c);
        }
        out[n] = '\0';
        *length = n;
        return out;
    }
    if (memchr(bytes, 0, size))
        return asn_fail(st, ASN_INVALID, "berkas ini bukan berkas teks (buku kerja atau berkas biner lain?): "
                        "simpan sebagai CSV"), NULL; /* C1 */
    if (size >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) {
        bytes += 3;
        size -= 3;
    }
    if (valid_utf8(bytes, size)) {
        *encoding = ASN_CSV_UTF8;
        out = malloc(size + 1);
        if (!out)
            return asn_fail(st, ASN_INVALID, "berkas terlalu besar untuk dibaca"), NULL;
        memcpy(out, bytes, size);
        out[size] = '\0';
        *length = size;
        return out;
    }
    *encoding = ASN_CSV_WINDOWS_1252;
    out = malloc(size * 3 + 1);
    if (!out)
        return asn_fail(st, ASN_INVALID, "berkas terlalu besar untuk dibaca"), NULL;
    for (size_t i = 0; i < size; i++) {
        uint32_t c = bytes[i];
        if (c >= 0x80 && c < 0xA0)
            c = cp1252_high[c - 0x80];
        n += put_utf8(out + n, c);
    }
    out[n] = '\0';
    *length = n;
    return out;
}

/* ---- C3-C6: records and fields --------------------------------------------------------------------------------- */

typedef struct {
    unsigned char *text; /* the whole text, fields are cut out of it in place */
    size_t length;
    size_t *field_count;
    const char ***field;
    long *line;
    const char **fields; /* all field pointers, record after record */
    size_t records, fields_used, fields_cap, records_cap;
} parse_state;

static int line_end(const unsigned char *p) { return *p == '\n' || *p == '\r'; }

/* Steps over one line end (C3) and counts it. */
static size_t skip_line_end(const unsigned char *p, size_t i, long *line)
{
    if (p[i] == '\r' && p[i + 1] == '\n')
        i++;
    (*line)++;
    return i + 1;
}

/* C5: the separator of the header line starting at p. */
static char header_separator(const unsigned char *p)
{
    size_t counts[3] = { 0, 0, 0 };
    int quoted = 0;
    for (; *p && (quoted || !line_end(p)); p++) {
        if (*p == '"')
            quoted = !quoted;
        else if (!quoted)
            counts[0] += *p == ',', counts[1] += *p == ';', counts[2] += *p == '\t';
    }
    if (counts[1] > counts[0] && counts[1] >= counts[2])
        return ';';
    if (counts[2] > counts[0] && counts[2] > counts[1])
        return '\t';
    return ',';
}

static int grow(void **array, size_t *cap, size_t want, size_t size)
{
    if (want <= *cap)
        return 1;
    size_t cap2 = *cap ? *cap * 2 : 64;
    while (cap2 < want)
        cap2 *= 2;
    void *bigger = realloc(*array, cap2 * size);
    if (!bigger)
        return 0;
    *array = bigger;
    *cap = cap2;
    return 1;
}

static void trim_spaces(char **start, char *end)
{
    while (**start == ' ' || **start == '\t')
        (*start)++;
    while (end > *start && (end[-1] == ' ' || end[-1] == '\t'))
        end--;
    *end = '\0';
}

int asn_csv_parse(const unsigned char *bytes, size_t size, asn_csv_table *out, asn_status *st)
{
    memset(out, 0, sizeof *out);
    parse_state s = { 0 };
    s.text = to_utf8(bytes, size, &out->encoding, &s.length, st); /* C1, C2 */
    if (!s.text)
        return 0;
    unsigned char *p = s.text;
    size_t i = 0;
    long line = 1;
    /* C4: comments and empty lines before the header. */
    for (;;) {
        while (line_end(p + i))
            i = skip_line_end(p, i, &line);
        if (p[i] != '#')
            break;
        while (p[i] && !line_end(p + i))
            i++;
    }
    if (!p[i]) {
        free(s.text);
        return asn_fail(st, ASN_INVALID, "berkas kosong"); /* C1 */
    }
    char separator = header_separator(p + i); /* C5 */
    size_t *starts = NULL, starts_cap = 0; /* per record, the index of its first field in s.fields */
    long *lines = NULL;
    size_t lines_cap = 0;
    int ok = 1;
    while (p[i] && ok) {
        if (line_end(p + i)) { /* C4: an empty line */
            i = skip_line_end(p, i, &line);
            continue;
        }
        if (s.records == ASN_CSV_MAX_RECORDS) { /* C7 */
            ok = asn_fail(st, ASN_INVALID, "berkas berisi lebih dari %d baris", ASN_CSV_MAX_RECORDS);
            break;
        }
        if (!grow((void **)&starts, &starts_cap, s.records + 1, sizeof *starts) ||
            !grow((void **)&lines, &lines_cap, s.records + 1, sizeof *lines)) {
            ok = asn_fail(st, ASN_INVALID, "berkas terlalu besar untuk dibaca");
            break;
        }
        starts[s.records] = s.fields_used;
        lines[s.records] = line;
        size_t in_record = 0;
        for (;;) { /* one field */
            if (in_record == ASN_CSV_MAX_FIELDS) { /* C7 */
                ok = asn_fail(st, ASN_INVALID, "baris %ld berisi lebih dari %d kolom", line, ASN_CSV_MAX_FIELDS);
                break;
            }
            char *start = (char *)p + i, *end;
            int quoted = p[i] == '"';
            if (quoted) { /* C6 */
                long opened = line;
                char *write = (char *)p + i;
                start = write;
                i++;
                for (;;) {
                    if (!p[i]) {
                        ok = asn_fail(st, ASN_INVALID, "tanda kutip yang dibuka di baris %ld tidak pernah ditutup", opened);
                        break;
                    }
                    if (p[i] == '"') {
                        if (p[i + 1] == '"') {
                            *write++ = '"';
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (line_end(p + i)) {
                        if (p[i] == '\r' && p[i + 1] == '\n')
                            i++;
                        line++;
                        *write++ = '\n';
                        i++;
                        continue;
                    }
                    *write++ = (char)p[i++];
                }
                if (!ok)
                    break;
                while (p[i] && p[i] != (unsigned char)separator && !line_end(p + i)) /* text after the quote */
                    *write++ = (char)p[i++];
                end = write; /* behind the unescaped text: the quotes it lost leave room for the NUL */
            } else {
                while (p[i] && p[i] != (unsigned char)separator && !line_end(p + i))
                    i++;
                end = (char *)p + i;
            }
            int more = p[i] == (unsigned char)separator;
            if (line_end(p + i))
                i = skip_line_end(p, i, &line);
            else if (p[i])
                i++;
            if (quoted)
                *end = '\0';
            else
                trim_spaces(&start, end);
            if (!grow((void **)&s.fields, &s.fields_cap, s.fields_used + 1, sizeof *s.fields)) {
                ok = asn_fail(st, ASN_INVALID, "berkas terlalu besar untuk dibaca");
                break;
            }
            s.fields[s.fields_used++] = start;
            in_record++;
            if (!more)
                break;
        }
        s.records++;
    }
    if (ok && s.records) {
        out->field_count = malloc(s.records * sizeof *out->field_count);
        out->field = malloc(s.records * sizeof *out->field);
        if (!out->field_count || !out->field)
            ok = asn_fail(st, ASN_INVALID, "berkas terlalu besar untuk dibaca");
    }
    if (!ok) {
        free(out->field_count);
        free(out->field);
        free(starts);
        free(lines);
        free(s.fields);
        free(s.text);
        memset(out, 0, sizeof *out);
        return 0;
    }
    for (size_t r = 0; r < s.records; r++) {
        size_t next = r + 1 < s.records ? starts[r + 1] : s.fields_used;
        out->field_count[r] = next - starts[r];
        out->field[r] = s.fields + starts[r];
    }
    free(starts);
    out->records = s.records;
    out->line = lines;
    out->separator = separator;
    /* storage: the text and the field pointers, freed by asn_csv_free */
    void **storage = malloc(2 * sizeof *storage);
    if (!storage) {
        free(out->field_count);
        free(out->field);
        free(lines);
        free(s.fields);
        free(s.text);
        memset(out, 0, sizeof *out);
        return asn_fail(st, ASN_INVALID, "berkas terlalu besar untuk dibaca");
    }
    storage[0] = s.text;
    storage[1] = (void *)s.fields;
    out->storage = storage;
    return 1;
}

void asn_csv_free(asn_csv_table *table)
{
    if (table->storage) {
        void **storage = table->storage;
        free(storage[0]);
        free(storage[1]);
        free(storage);
    }
    free(table->field_count);
    free(table->field);
    free(table->line);
    memset(table, 0, sizeof *table);
}

int asn_csv_cells(const asn_csv_table *table, asn_cells *out, long **lines)
{
    size_t cols = 0;
    for (size_t r = 0; r < table->records; r++)
        if (table->field_count[r] > cols)
            cols = table->field_count[r];
    size_t count = table->records * cols;
    *lines = NULL;
    if (count > ASN_CSV_MAX_CELLS) /* C7 */
        return 0;
    asn_value *cell = malloc((count > 0 ? count : 1) * sizeof *cell);
    *lines = malloc((table->records ? table->records : 1) * sizeof **lines);
    if (!cell || !*lines) {
        free(cell);
        free(*lines);
        *lines = NULL;
        return 0;
    }
    for (size_t r = 0; r < table->records; r++) {
        (*lines)[r] = table->line[r];
        for (size_t f = 0; f < cols; f++) {
            const char *text = f < table->field_count[r] ? table->field[r][f] : "";
            cell[r * cols + f] = text[0] ? (asn_value){ ASN_VALUE_TEXT, 0.0, text }
                                         : (asn_value){ ASN_VALUE_BLANK, 0.0, NULL };
        }
    }
    out->rows = table->records;
    out->cols = cols;
    out->cell = cell;
    return 1;
}
