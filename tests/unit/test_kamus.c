/* Dictionary loader and cache: good files, broken and hostile ones (tests/data/kamus and files made
 * here), a file that changes between calls, and two threads at once. */
#include <fcntl.h>
#include <gsl/gsl_errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "kamus_cache.h"

static asn_status ok(void) { return (asn_status){ ASN_OK, "" }; }
static char dir[256];

static double seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static const char *data_file(const char *name)
{
    static char path[512];
    snprintf(path, sizeof path, "%s/%s", ASN_TEST_DATA, name);
    return path;
}

static void write_file(const char *path, const char *content)
{
    FILE *f = fopen(path, "w");
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
    refused("/", "a directory", 0, "not a regular file");
    refused("/dev/zero", "a device", 0, "not a regular file");

    /* A FIFO must not block the open (nobody writes to it). */
    const char *fifo = temp_file("fifo.xml", NULL);
    mkfifo(fifo, 0600);
    refused(fifo, "a FIFO", 0, "not a regular file");

    /* A 100 MB file is refused by its size, before it is read. */
    const char *big = temp_file("big.xml", NULL);
    int fd = open(big, O_CREAT | O_WRONLY | O_TRUNC, 0600);
    CHECK(fd >= 0 && ftruncate(fd, 100L * 1024 * 1024) == 0, "sparse 100 MB file");
    close(fd);
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
    struct timespec later[2] = { { 0, UTIME_OMIT }, { time(NULL) + 5, 0 } };
    utimensat(AT_FDCWD, path, later, 0);
    asn_kamus *changed = open_file(path, &st, &line);
    CHECK(changed && changed != first, "a changed file is read again");
    if (changed)
        CHECK_NEAR(asn_kamus_required(changed, 0, 0), 4, 0);
    if (first)
        CHECK_NEAR(asn_kamus_required(first, 0, 0), 2, 0); /* the old one stays valid while held */
    /* Broken now: refused, and the failure is cached too. */
    temp_file("changing.xml", "<kamus");
    asn_kamus *broken_now = open_file(path, &st, &line);
    CHECK(!broken_now, "a file that became broken is refused");
    asn_kamus_release(first);
    asn_kamus_release(again);
    asn_kamus_release(changed);
}

static void *lookups(void *arg)
{
    const char *path = arg;
    long sum = 0;
    for (int i = 0; i < 2000; i++) {
        asn_status st = ok();
        int line;
        asn_kamus *k = (i % 2) ? asn_kamus_open_file(path, &line, &st) : asn_kamus_open_default(&st);
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
    pthread_create(&a, NULL, lookups, (void *)path);
    pthread_create(&b, NULL, lookups, (void *)path);
    for (int i = 0; i < 50; i++) { /* meanwhile the file keeps changing */
        write_file(path, i % 2 ? "<kamus xmlns='urn:asnkarier:kamus:1'><jabatan kode='J' nama='J'/></kamus>"
                               : "<kamus xmlns='urn:asnkarier:kamus:1'><jabatan kode='J' nama='Jabatan J'/></kamus>");
        usleep(1000);
    }
    void *ra, *rb;
    pthread_join(a, &ra);
    pthread_join(b, &rb);
    CHECK((long)ra > 0 && (long)rb > 0, "both threads found the position");
}

int main(void)
{
    gsl_set_error_handler_off();
    snprintf(dir, sizeof dir, "/tmp/asnkarier-test-XXXXXX");
    if (!mkdtemp(dir))
        return 1;
    good();
    broken();
    changing_file();
    two_threads();
    char command[300];
    snprintf(command, sizeof command, "rm -rf %s", dir);
    if (system(command) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
#ifdef ASN_THREAD_SANITIZER
    return check_report("unit-kamus-tsan");
#else
    return check_report("unit-kamus");
#endif
}
