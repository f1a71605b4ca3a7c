/* The feedback export's decisions without Calc (src/core/feedback_pages.c, rules P1-P5). */
#include <string.h>

#include "check.h"
#include "feedback_pages.h"
#include "support/file_url.h"

static void order(void)
{
    const char *nips[] = { "199303032015032013", NULL, "198001012005011001", "", "  ", "199303032015032013",
                           " 197001011990031002", "200001012025012001" };
    size_t rows[8];
    size_t n = asn_feedback_order(nips, NULL, 8, rows);
    CHECK(n == 4, "P1, P2: four NIPs with a page (blank, empty and number rows none, a twice-listed NIP once)");
    CHECK(n == 4 && rows[0] == 6 && rows[1] == 2 && rows[2] == 0 && rows[3] == 7, "P2: NIP order");
    const unsigned char wanted[] = { 0, 1, 1, 1, 1, 1, 1, 0 };
    n = asn_feedback_order(nips, wanted, 8, rows);
    CHECK(n == 3 && rows[0] == 6 && rows[1] == 2 && rows[2] == 5,
          "P1: only wanted rows; the twice-listed NIP's wanted row");
    CHECK(asn_feedback_order(nips, NULL, 0, rows) == 0, "an empty roster has no page");
    const char *one[] = { "199303032015032013" };
    CHECK(asn_feedback_order(one, NULL, 1, rows) == 1 && rows[0] == 0, "one employee");
}

static void many(void)
{
    enum { N = 10000 };
    static char texts[N][19];
    static const char *nips[N];
    static size_t rows[N];
    for (int k = 0; k < N; k++) { /* rows in reverse NIP order */
        memcpy(texts[k], "199001012015010000", 19);
        int serial = N - k;
        for (int d = 17; d >= 13; d--, serial /= 10)
            texts[k][d] = (char)('0' + serial % 10);
        nips[k] = texts[k];
    }
    size_t n = asn_feedback_order(nips, NULL, N, rows);
    int sorted = n == N;
    for (size_t k = 0; sorted && k < n; k++)
        sorted = rows[k] == N - 1 - k;
    CHECK(sorted, "P2: 10,000 rows in NIP order");
}

static void file_names(void)
{
    char out[200];
    asn_feedback_file_name("199303032015032013", "Dra. Siti Aminah, M.Si.", out, sizeof out);
    CHECK(strcmp(out, "199303032015032013 Dra. Siti Aminah, M.Si.pdf") == 0, "P3: a trailing dot goes");
    asn_feedback_file_name("199303032015032013", "A/B: \"C\" <D>|E*?\\", out, sizeof out);
    CHECK(strcmp(out, "199303032015032013 A_B_ _C_ _D__E___.pdf") == 0, "P3: refused characters become _");
    asn_feedback_file_name("199303032015032013", "", out, sizeof out);
    CHECK(strcmp(out, "199303032015032013.pdf") == 0, "P3: no name");
    asn_feedback_file_name("199303032015032013", "Nama\tdengan\nbaris", out, sizeof out);
    CHECK(strcmp(out, "199303032015032013 Namadenganbaris.pdf") == 0, "P3: control characters dropped");
    char longname[400];
    for (int k = 0; k < 150; k++)
        memcpy(longname + 2 * k, "\xc3\xa9", 2); /* é x 150 */
    longname[300] = '\0';
    size_t n = asn_feedback_file_name("199303032015032013", longname, out, sizeof out);
    CHECK(n <= 124 && strcmp(out + n - 4, ".pdf") == 0, "P3: cut to 120 bytes and .pdf");
    CHECK(((n - 4 - 19) % 2) == 0, "P3: cut between characters, not inside one");
    char small[16];
    n = asn_feedback_file_name("199303032015032013", "X", small, sizeof small);
    CHECK(n == strlen(small) && n < sizeof small && strcmp(small + n - 4, ".pdf") == 0, "a small buffer holds a name");
}

static void folder_urls(void)
{
    char out[200];
    CHECK(asn_file_url_join("file:///tmp/umpan%20balik/", "199303032015032013 Siti Aminah, S.E.pdf", out, sizeof out) &&
              strcmp(out, "file:///tmp/umpan%20balik/199303032015032013%20Siti%20Aminah%2C%20S.E.pdf") == 0,
          "each employee's file in the folder, its name percent-encoded");
    CHECK(asn_file_url_join("file:///C:/Data", "\xc3\xa9.pdf", out, sizeof out) && strcmp(out, "file:///C:/Data/%C3%A9.pdf") == 0,
          "UTF-8 bytes encoded one by one");
    char small[20];
    CHECK(!asn_file_url_join("file:///tmp", "a long name.pdf", small, sizeof small), "too long: refused, not cut");
}

static void zoom(void)
{
    /* The Umpan Balik page: 203.01 x 248.01 mm in a printable 186.03 x 271 mm. */
    CHECK(asn_feedback_zoom(20301, 24801, 18603, 27100) == 91, "P4: the width decides");
    CHECK(asn_feedback_zoom(10000, 10000, 18603, 27100) == 100, "P4: never enlarged");
    CHECK(asn_feedback_zoom(20000, 10000, 10000, 27100) == 50, "P4: an exact half");
    CHECK(asn_feedback_zoom(1e9, 1e9, 18603, 27100) == 10, "P4: at least 10");
    CHECK(asn_feedback_zoom(0, 100, 100, 100) == 100, "P4: nothing to fit");
}

static void sheets(void)
{
    long per = 0;
    CHECK(asn_feedback_sheets(150, 48, 1048576, &per) == 1 && per == 1000, "P5: 150 pages on one sheet of 1,000");
    CHECK(asn_feedback_sheets(1000, 48, 1048576, &per) == 1, "P5: 1,000 pages still fill one sheet");
    CHECK(asn_feedback_sheets(1001, 48, 1048576, &per) == 2, "P5: the next page begins a second sheet");
    CHECK(asn_feedback_sheets(50000, 48, 1048576, &per) == 50 && per == 1000,
          "P5: a province's 50,000 employees on fifty sheets, whatever the 21,845 pages a sheet's rows would take");
    CHECK(asn_feedback_sheets(21846, 48, 1048576, &per) == 22, "P5: beyond one sheet's rows");
    CHECK(asn_feedback_sheets(0, 48, 1048576, &per) == 1, "P5: no page still has its one sheet");
    CHECK(asn_feedback_sheets(5, 48, 100, &per) == 3 && per == 2, "P5: a short sheet holds whole pages only");
    CHECK(asn_feedback_sheets(30, 1000, 1048576, &per) == 1 && per == 1000, "P5: the tallest page allowed, 1,000 a sheet");
    CHECK(asn_feedback_sheets(1, 200, 100, &per) == -1 && per == 0, "P5: a page taller than a sheet");
    CHECK(asn_feedback_sheets(10001, 48, 48, &per) == -1, "P5: more sheets than Calc holds");
    CHECK(asn_feedback_sheets(10000, 48, 48, &per) == 10000, "P5: as many sheets as Calc holds");
    CHECK(asn_feedback_sheets(1, 0, 1048576, &per) == -1, "P5: a page without rows");
}

int main(void)
{
    order();
    many();
    file_names();
    folder_urls();
    zoom();
    sheets();
    return check_report("unit-feedback-pages");
}
