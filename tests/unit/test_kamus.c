/* Dictionary loader and cache: good files, broken and hostile ones (tests/data/kamus and files made
 * here), a file that changes between calls, and two threads at once. */
#include <gsl/gsl_errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>

#include "check.h"
#include "files.h"
#include "kamus_cache.h"
#include "support/keyed_hash.h"

static asn_status ok(void) { return (asn_status){ ASN_OK, "" }; }
static char dir[256];

static double seconds(void) { return test_seconds(); }

static const char *data_file(const char *name)
{
    static char path[512];
    snprintf(path, sizeof path, "%s/%s", ASN_TEST_DATA, name);
    return path;
}

static void write_file(const char *path, const char *content)
{
    FILE *f = fopen(path, "wb");
    fputs(content, f);
    fclose(f);
}

static const char *temp_file(const char *name, const char *content)
{
    static char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    if (content)
        write_file(path, content);
    return path;
}

/* Opens through the cache; returns the dictionary or NULL, with the message and line. */
static asn_kamus *open_file(const char *path, asn_status *st, int *line)
{
    *st = ok();
    return asn_kamus_open_file(path, line, st);
}

static void good(void)
{
    asn_status st;
    int line;
    asn_kamus *k = open_file(data_file("good-small.xml"), &st, &line);
    CHECK(k, "good-small: %s (line %d)", st.message, line);
    if (!k)
        return;
    CHECK(asn_kamus_competency_count(k) == 2 && asn_kamus_position_count(k) == 2, "counts");
    long ars = asn_kamus_find_position(k, "  arsiparis   AHLI pertama "), t01 = asn_kamus_find_competency(k, "t.01");
    CHECK(ars == 0 && t01 == 0, "lookup by nama and kode, any case and spacing: %ld %ld", ars, t01);
    CHECK(asn_kamus_find_competency(k, "pengelolaan arsip") == 0, "by nama, collapsed spaces");
    CHECK_NEAR(asn_kamus_required(k, ars, t01), 2.5, 0);
    CHECK_NEAR(asn_kamus_required(k, ars, asn_kamus_find_competency(k, "Integritas")), 3, 0);
    CHECK(asn_kamus_required(k, asn_kamus_find_position(k, "101"), t01) < 0, "no standard");
    CHECK(asn_kamus_find_position(k, "nope") == -1, "unknown position");
    CHECK_STR(asn_kamus_competency_text(k, t01, ASN_FIELD_DEFINISI), "Mengelola arsip dinamis.");
    CHECK_STR(asn_kamus_competency_text(k, t01, ASN_FIELD_JENIS), "teknis");
    CHECK_STR(asn_kamus_level_text(k, t01, 2, 1), "Menyusun daftar arsip; Memilah arsip aktif");
    CHECK_STR(asn_kamus_level_text(k, t01, 2, 0), "Menata arsip unit.");
    CHECK(asn_kamus_level_text(k, t01, 3, 0) == NULL, "missing level text");
    CHECK(asn_kamus_competency_text(k, 1, ASN_FIELD_DEFINISI) == NULL, "missing definisi");
    asn_kamus_release(k);

    st = ok();
    k = asn_kamus_open_default(&st);
    CHECK(k && asn_kamus_competency_count(k) == 9 && asn_kamus_position_count(k) == 6, "bundled: %s", st.message);
    if (k) {
        CHECK_NEAR(asn_kamus_required(k, asn_kamus_find_position(k, "JPT Pratama"), asn_kamus_find_competency(k, "SK.01")), 4, 0);
        asn_kamus_release(k);
    }
}

/* Every refused file: NULL within a second, with a reason (and a line where one applies). */
static void refused(const char *path, const char *why, int want_line, const char *expect)
{
    asn_status st;
    int line;
    double t = seconds();
    asn_kamus *k = open_file(path, &st, &line);
    t = seconds() - t;
    CHECK(!k && st.code == ASN_INVALID, "%s accepted", why);
    CHECK(t < 1.0, "%s took %.2f s", why, t);
    CHECK(!want_line || line > 0, "%s: no line (%s)", why, st.message);
    CHECK(!expect || strstr(st.message, expect), "%s: message \"%s\" lacks \"%s\"", why, st.message, expect);
    if (k)
        asn_kamus_release(k);
}

static void broken(void)
{
    refused(data_file("bad-malformed.xml"), "malformed XML", 1, NULL);
    refused(data_file("bad-level7.xml"), "level 7", 1, NULL);
    refused(data_file("bad-dangling.xml"), "dangling standar", 1, "does not define");
    refused(data_file("hostile-xxe.xml"), "external entity", 1, "DOCTYPE");
    refused(data_file("hostile-bomb.xml"), "entity bomb", 1, "DOCTYPE");
    refused(temp_file("dup-kode.xml", "<kamus xmlns='urn:asnkarier:kamus:1'><kompetensi kode='A' jenis='teknis'><nama>A</nama>"
                                      "</kompetensi><kompetensi kode='a' jenis='teknis'><nama>B</nama></kompetensi></kamus>"),
            "duplicate kode (case-insensitive)", 1, "twice");
    refused(temp_file("dup-std.xml", "<kamus xmlns='urn:asnkarier:kamus:1'><kompetensi kode='A' jenis='teknis'><nama>A</nama>"
                                     "</kompetensi><jabatan kode='J' nama='J'><standar kompetensi='A' level='1'/>"
                                     "<standar kompetensi='A' level='2'/></jabatan></kamus>"),
            "standar twice", 1, "two standar");
    refused(temp_file("dup-level.xml", "<kamus xmlns='urn:asnkarier:kamus:1'><kompetensi kode='A' jenis='teknis'><nama>A</nama>"
                                       "<level nilai='2'/><level nilai='2'/></kompetensi></kamus>"),
            "level twice", 1, "twice");
    refused(temp_file("wrong-ns.xml", "<kamus><kompetensi kode='A' jenis='teknis'><nama>A</nama></kompetensi></kamus>"),
            "no namespace", 1, NULL);
    refused(temp_file("bad-jenis.xml", "<kamus xmlns='urn:asnkarier:kamus:1'><kompetensi kode='A' jenis='lain'><nama>A</nama>"
                                       "</kompetensi></kamus>"),
            "unknown jenis", 1, NULL);
    refused(temp_file("empty.xml", ""), "empty file", 0, NULL);
    refused(temp_file("nothing-here.xml", NULL), "missing file", 0, "cannot open");
    refused(test_a_folder(), "a directory", 0, "not a regular file");
    const char *device_reason;
    const char *device = test_a_device(&device_reason);
    refused(device, "a device", 0, device_reason);

    /* A FIFO must not block the open (nobody writes to it). */
    const char *fifo = temp_file("fifo.xml", NULL);
    if (test_make_fifo(fifo))
        refused(fifo, "a FIFO", 0, "not a regular file");

    /* A 100 MB file is refused by its size, before it is read. */
    const char *big = temp_file("big.xml", NULL);
    CHECK(test_make_sparse(big, 100LL * 1024 * 1024), "sparse 100 MB file");
    refused(big, "a 100 MB file", 0, "larger than");
}

static void changing_file(void)
{
    const char *path = temp_file("changing.xml",
                                 "<kamus xmlns='urn:asnkarier:kamus:1'><kompetensi kode='A' jenis='teknis'><nama>A</nama>"
                                 "</kompetensi><jabatan kode='J' nama='J'><standar kompetensi='A' level='2'/></jabatan></kamus>");
    asn_status st;
    int line;
    asn_kamus *first = open_file(path, &st, &line), *again = open_file(path, &st, &line);
    CHECK(first && first == again, "an unchanged file is served from the cache");
    /* The same size, another content: the modification time tells. */
    temp_file("changing.xml", "<kamus xmlns='urn:asnkarier:kamus:1'><kompetensi kode='A' jenis='teknis'><nama>A</nama>"
                              "</kompetensi><jabatan kode='J' nama='J'><standar kompetensi='A' level='4'/></jabatan></kamus>");
    test_set_mtime(path, (long long)time(NULL) + 5, 0);
    test_sleep_ms(30); /* R6: a file confirmed less than 20 ms ago is not asked again */
    asn_kamus *changed = open_file(path, &st, &line);
    CHECK(changed && changed != first, "a changed file is read again");
    if (changed)
        CHECK_NEAR(asn_kamus_required(changed, 0, 0), 4, 0);
    if (first)
        CHECK_NEAR(asn_kamus_required(first, 0, 0), 2, 0); /* the old one stays valid while held */
    /* Broken now: refused, and the failure is cached too. */
    temp_file("changing.xml", "<kamus");
    test_sleep_ms(30); /* R6 */
    asn_kamus *broken_now = open_file(path, &st, &line);
    CHECK(!broken_now, "a file that became broken is refused");
    asn_kamus_release(first);
    asn_kamus_release(again);
    asn_kamus_release(changed);
}

/* Issue 16: a file just read entered the cache as its least recently used entry, so two files used in turn
 * pushed each other out and were parsed again on every call. */
static void alternating_files(void)
{
    static char a_path[512], b_path[512];
    snprintf(a_path, sizeof a_path, "%s", temp_file("lru-a.xml", "<kamus xmlns='urn:asnkarier:kamus:1'><jabatan kode='A' nama='A'/></kamus>"));
    snprintf(b_path, sizeof b_path, "%s", temp_file("lru-b.xml", "<kamus xmlns='urn:asnkarier:kamus:1'><jabatan kode='B' nama='B'/></kamus>"));
    asn_status st;
    int line;
    asn_kamus *a1 = open_file(a_path, &st, &line), *b1 = open_file(b_path, &st, &line);
    asn_kamus *a2 = open_file(a_path, &st, &line), *b2 = open_file(b_path, &st, &line);
    CHECK(a1 && a1 == a2, "the old kamus stays cached while the new one is used in turn");
    CHECK(b1 && b1 == b2, "and the new one too");
    asn_kamus_release(a1), asn_kamus_release(a2), asn_kamus_release(b1), asn_kamus_release(b2);
}

/* A dictionary whose only standard has `level`: two of them differ in one byte, so they have the same size. */
static const char *one_standard(int level)
{
    static char xml[300];
    snprintf(xml, sizeof xml, "<kamus xmlns='urn:asnkarier:kamus:1'><kompetensi kode='A' jenis='teknis'><nama>A</nama>"
                              "</kompetensi><jabatan kode='J' nama='J'><standar kompetensi='A' level='%d'/></jabatan></kamus>",
             level);
    return xml;
}

/* A file rewritten to the same size and given back the same modification time (seconds + nanoseconds) while
 * that time is recent must still be read again: its content decides (R5). */
static void rewrite_keeping_time(const char *name, long long stamp, long nanoseconds, const char *what)
{
    static char path[512];
    snprintf(path, sizeof path, "%s", temp_file(name, one_standard(2)));
    test_set_mtime(path, stamp, nanoseconds);
    asn_status st;
    int line;
    asn_kamus *first = open_file(path, &st, &line);
    test_sleep_ms(30); /* past the 20 ms in which a file just confirmed is not asked again (kamus_cache.c, R6) */
    write_file(path, one_standard(4));
    test_set_mtime(path, stamp, nanoseconds);
    asn_kamus *second = open_file(path, &st, &line);
    CHECK(first && second && second != first, "%s: a rewrite with the same size and time is read again", what);
    if (second)
        CHECK_NEAR(asn_kamus_required(second, 0, 0), 4, 0);
    asn_kamus *third = open_file(path, &st, &line);
    CHECK(third == second, "%s: and unchanged content is not parsed again", what);
    asn_kamus_release(first), asn_kamus_release(second), asn_kamus_release(third);
}

/* Issue 16 (and 14): a file rewritten within one tick of the file system's clock keeps its time; a fraction
 * both platforms keep (Windows: 100 ns steps). And where file times have whole seconds only (FAT, some shares),
 * a rewrite within that second looks unchanged by its time: while the time is that recent (3 s), the content
 * decides. */
static void same_time_same_size(void)
{
    rewrite_keeping_time("racy.xml", (long long)time(NULL) + 1, 123456700, "fine-grained time");
    rewrite_keeping_time("fat.xml", (long long)time(NULL), 0, "whole-second time");
}

/* Issue 16: a nama of 300 Devanagari characters (900 bytes, valid: the limit counts characters) was never
 * found: the lookup key had room for 510 bytes. */
static void long_names(void)
{
    static char xml[4096], nama[1024];
    size_t n = 0;
    for (int i = 0; i < 300; i++) {
        memcpy(nama + n, "\xe0\xa4\x95", 3); /* U+0915 DEVANAGARI LETTER KA */
        n += 3;
    }
    nama[n] = '\0';
    snprintf(xml, sizeof xml, "<kamus xmlns='urn:asnkarier:kamus:1'><jabatan kode='J' nama='%s'/></kamus>", nama);
    asn_status st;
    int line;
    asn_kamus *k = open_file(temp_file("devanagari.xml", xml), &st, &line);
    CHECK(k, "300 Devanagari characters: %s", st.message);
    if (k)
        CHECK(asn_kamus_find_position(k, nama) == 0, "found by its nama");
    asn_kamus_release(k);
}

/* Issue 16: 100,000 attributes on <kamus> took 35 s in libxml2's duplicate check; refused at once now. */
static void crowded_element(void)
{
    size_t cap = 100000 * 16 + 256, n = 0;
    char *xml = malloc(cap);
    n += (size_t)snprintf(xml + n, cap - n, "<kamus xmlns='urn:asnkarier:kamus:1'\n");
    for (int i = 0; i < 100000; i++)
        n += (size_t)snprintf(xml + n, cap - n, " a%d='%d'", i, i);
    snprintf(xml + n, cap - n, "/>");
    refused(temp_file("attributes.xml", xml), "100,000 attributes", 1, "attributes");
    /* A '=' inside comments, CDATA and attribute values does not count; 64 attributes are allowed. */
    n = (size_t)snprintf(xml, cap, "<kamus xmlns='urn:asnkarier:kamus:1' nama='%s'><!-- %s -->", "a=b=c=d", "x=y=z");
    for (int i = 0; i < 200; i++)
        n += (size_t)snprintf(xml + n, cap - n, "<!-- = -->");
    snprintf(xml + n, cap - n, "</kamus>");
    asn_status st;
    int line;
    asn_kamus *k = open_file(temp_file("equals.xml", xml), &st, &line);
    CHECK(k, "'=' in comments and values: %s", st.message);
    asn_kamus_release(k);
    free(xml);
}

static void keyed(void)
{
    const char *s = "M.01";
    CHECK(asn_keyed_hash_with(s, 4, 1, 2) != asn_keyed_hash_with(s, 4, 3, 4), "the key changes the hash");
    CHECK(asn_keyed_hash(s, 4) == asn_keyed_hash(s, 4), "one key per process");
    /* SipHash-1-3 reference value (key 00..0f, empty message), as Rust's and Python's implementations give. */
    uint64_t k0 = 0x0706050403020100ULL, k1 = 0x0f0e0d0c0b0a0908ULL;
    CHECK(asn_keyed_hash_with("", 0, k0, k1) == 0xabac0158050fc4dcULL, "siphash-1-3 of \"\": %016llx",
          (unsigned long long)asn_keyed_hash_with("", 0, k0, k1));
}

static _Atomic int writing; /* the main thread is still rewriting the shared file */

/* 2,000 lookups while the file changes, and more until 30 ms after the last change: a failure cached while the
 * file was half written is answered for 20 ms without asking (kamus_cache.c, R6), so only lookups after that
 * must find the position, whatever the timing of the threads. */
static void *lookups(void *arg)
{
    const char *path = arg;
    intptr_t sum = 0; /* returned through the thread's void *: intptr_t, as long is 32 bits on Windows */
    for (int i = 0; i < 2000 || writing; i++) {
        asn_status st = ok();
        int line;
        asn_kamus *k = (i % 2) ? asn_kamus_open_file(path, &line, &st) : asn_kamus_open_default(&st);
        if (k) {
            sum += asn_kamus_find_position(k, "J") + 1;
            asn_kamus_release(k);
        }
    }
    test_sleep_ms(30);
    for (int i = 0; i < 10; i++) {
        asn_status st = ok();
        int line;
        asn_kamus *k = asn_kamus_open_file(path, &line, &st);
        if (k) {
            sum += asn_kamus_find_position(k, "J") + 1;
            asn_kamus_release(k);
        }
    }
    return (void *)sum;
}

static void two_threads(void)
{
    static char path[512]; /* the threads' own copy: temp_file's buffer is reused */
    snprintf(path, sizeof path, "%s", temp_file("shared.xml", "<kamus xmlns='urn:asnkarier:kamus:1'><jabatan kode='J' nama='J'/></kamus>"));
    pthread_t a, b;
    writing = 1;
    pthread_create(&a, NULL, lookups, (void *)path);
    pthread_create(&b, NULL, lookups, (void *)path);
    for (int i = 0; i < 50; i++) { /* meanwhile the file keeps changing */
        write_file(path, i % 2 ? "<kamus xmlns='urn:asnkarier:kamus:1'><jabatan kode='J' nama='J'/></kamus>"
                               : "<kamus xmlns='urn:asnkarier:kamus:1'><jabatan kode='J' nama='Jabatan J'/></kamus>");
        test_sleep_ms(1);
    }
    writing = 0;
    void *ra, *rb;
    pthread_join(a, &ra);
    pthread_join(b, &rb);
    CHECK((intptr_t)ra > 0 && (intptr_t)rb > 0, "both threads found the position");
    /* Whatever the threads saw, the cache now answers the file as it was last written (R5 of kamus_cache.c:
     * rewrites within one tick of the file clock are caught by content). */
    asn_status st;
    int line;
    test_sleep_ms(30); /* a thread may have confirmed the file just before the last write: R6's 20 ms */
    asn_kamus *k = open_file(path, &st, &line);
    CHECK(k && asn_kamus_find_position(k, "J") == 0 && asn_kamus_find_position(k, "Jabatan J") < 0,
          "the last version is served: %s", st.message);
    asn_kamus_release(k);
}

int main(void)
{
    gsl_set_error_handler_off();
    if (!test_make_temp_dir(dir, sizeof dir))
        return 1;
    good();
    broken();
    changing_file();
    alternating_files();
    same_time_same_size();
    long_names();
    crowded_element();
    keyed();
    two_threads();
    test_remove_dir(dir);
#ifdef ASN_THREAD_SANITIZER
    return check_report("unit-kamus-tsan");
#else
    return check_report("unit-kamus");
#endif
}
