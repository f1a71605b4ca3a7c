/* The feedback export's decisions (feedback_pages.h).
 *
 *  P1. A roster row gets a page when its NIP cell holds a text that is not blank and the row is wanted (visible in a
 *      filtered roster, and inside the selection when the officer selected several cells of Pegawai). A number in
 *      the NIP column is not an NIP the page can look up (Pegawai's check column names it): no page.
 *  P2. Pages are in NIP order: byte order of the text, which for 18 digits is their numeric order. An NIP that
 *      stands in several rows gets one page, the first row's, as the page's own lookup (MATCH) shows it.
 *  P3. Each employee's own file is "<NIP> <Nama>.pdf": the characters Windows refuses in a name (\ / : * ? " < > |)
 *      become "_", control characters are dropped, blanks and dots at the end removed (Windows drops them, so two
 *      names could meet), and the whole cut to 120 bytes on a character boundary before ".pdf". An empty name
 *      leaves "<NIP>.pdf".
 *  P4. The zoom is the largest whole percent, at most 100, at which the area fits the printable width and height
 *      of the page, and at least 10 (LibreOffice's smallest). Calc may round its measures differently: the binding
 *      lowers the zoom while Calc lays a copy out on more than one page.
 *  P5. The print document holds one copy of the page per employee, one below the other, and a sheet holds only so
 *      many rows (1,048,576: 21,845 pages of 48 rows): the copies fill a sheet with as many whole pages as its rows
 *      take, at most 1,000, then the next sheet, in page order, so that a province's roster of 50,000 prints as one
 *      PDF. At most 1,000 because Calc keeps a column's cells in blocks of one kind (text, number, empty): writing a
 *      page's values among the copies below it moves every later block of the sheet's columns, time in the square
 *      of the pages on a sheet (22,000 pages on one sheet were still writing after 8 minutes). A page taller than
 *      a sheet, or a sheet count beyond Calc's (10,000), cannot be laid out. */
#include "feedback_pages.h"

#include <gsl/gsl_heapsort.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define NAME_BYTES 120
#define MAX_SHEETS 10000L /* a Calc document's sheets (MAXTAB + 1) */
#define MAX_PAGES_A_SHEET 1000L /* P5 */

typedef struct {
    const char *nip; /* without leading blanks */
    size_t row;
} keyed_row;

static int compare_rows(const void *a, const void *b)
{
    const keyed_row *x = a, *y = b;
    int c = strcmp(x->nip, y->nip);
    if (c)
        return c;
    return x->row < y->row ? -1 : x->row > y->row; /* P2: the first row first */
}

static const char *skip_blanks(const char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    return s;
}

size_t asn_feedback_order(const char *const *nips, const unsigned char *wanted, size_t count, size_t *order)
{
    keyed_row *rows = malloc((count ? count : 1) * sizeof *rows);
    if (!rows)
        return (size_t)-1;
    size_t n = 0;
    for (size_t k = 0; k < count; k++) {
        if (!nips[k] || (wanted && !wanted[k])) /* P1 */
            continue;
        const char *nip = skip_blanks(nips[k]);
        if (*nip)
            rows[n++] = (keyed_row){ nip, k };
    }
    if (n > 1)
        gsl_heapsort(rows, n, sizeof *rows, compare_rows); /* P2 */
    size_t out = 0;
    for (size_t k = 0; k < n; k++)
        if (k == 0 || strcmp(rows[k].nip, rows[k - 1].nip) != 0) /* P2: once */
            order[out++] = rows[k].row;
    free(rows);
    return out;
}

static int refused(unsigned char c)
{
    return c < 0x20 || c == 0x7f || strchr("\\/:*?\"<>|", c) != NULL;
}

size_t asn_feedback_file_name(const char *nip, const char *name, char *out, size_t cap)
{
    static const char extension[] = ".pdf";
    size_t limit = cap - sizeof extension < NAME_BYTES ? cap - sizeof extension : NAME_BYTES;
    size_t n = 0;
    for (int part = 0; part < 2; part++) {
        const char *s = part == 0 ? skip_blanks(nip ? nip : "") : skip_blanks(name ? name : "");
        if (part == 1 && *s && n < limit)
            out[n++] = ' ';
        for (; *s && n < limit; s++) {
            unsigned char c = (unsigned char)*s;
            if (c < 0x20 || c == 0x7f)
                continue; /* P3: control characters dropped */
            out[n++] = refused(c) ? '_' : (char)c;
        }
    }
    size_t last = n; /* P3: not inside a character: the last one's lead byte, and whether all of it is there */
    while (last > 0 && ((unsigned char)out[last - 1] & 0xC0) == 0x80)
        last--;
    if (last > 0 && ((unsigned char)out[last - 1] & 0x80)) {
        unsigned char lead = (unsigned char)out[last - 1];
        size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        if (last - 1 + length > n)
            n = last - 1;
    }
    while (n > 0 && (out[n - 1] == ' ' || out[n - 1] == '.'))
        n--;
    memcpy(out + n, extension, sizeof extension);
    return n + sizeof extension - 1;
}

int asn_feedback_zoom(double area_width, double area_height, double page_width, double page_height)
{
    if (!(area_width > 0) || !(area_height > 0) || !(page_width > 0) || !(page_height > 0))
        return 100;
    double fit = fmin(page_width / area_width, page_height / area_height) * 100.0;
    if (fit >= 100.0)
        return 100;
    int zoom = (int)floor(fit + 1e-9);
    return zoom < 10 ? 10 : zoom; /* P4 */
}

long asn_feedback_sheets(long pages, long page_rows, long sheet_rows, long *per_sheet)
{
    *per_sheet = page_rows > 0 && sheet_rows >= page_rows ? sheet_rows / page_rows : 0;
    if (*per_sheet > MAX_PAGES_A_SHEET)
        *per_sheet = MAX_PAGES_A_SHEET;
    if (*per_sheet == 0 || pages < 0)
        return -1;
    long sheets = pages / *per_sheet + (pages % *per_sheet != 0); /* P5 */
    return sheets <= MAX_SHEETS ? (sheets > 0 ? sheets : 1) : -1;
}
