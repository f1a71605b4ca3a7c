/* The POSIX platform layer (src/core/support/platform_posix.c), file_url.c and sync.c.
 * Its Windows counterpart is test_platform_windows.c, run under wine. */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "support/file_url.h"
#include "support/platform.h"
#include "support/sync.h"
#include "sync_checks.h"

static void file_urls(void)
{
    char host[64], path[64];
    CHECK(asn_file_url_split("file:///a%20b/c.xml", host, sizeof host, path, sizeof path), "plain");
    CHECK(!strcmp(host, "") && !strcmp(path, "/a b/c.xml"), "host '%s' path '%s'", host, path);
    CHECK(asn_file_url_split("FILE://server/share/k.xml", host, sizeof host, path, sizeof path), "with a host");
    CHECK(!strcmp(host, "server") && !strcmp(path, "/share/k.xml"), "host '%s' path '%s'", host, path);
    CHECK(!asn_file_url_split("file:///a%00b", host, sizeof host, path, sizeof path), "an escaped NUL is refused");
    CHECK(!asn_file_url_split("file:/a", host, sizeof host, path, sizeof path), "no authority");
    CHECK(!asn_file_url_split("http://x/a", host, sizeof host, path, sizeof path), "another scheme");
    CHECK(!asn_file_url_split("file:///aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", host,
                              sizeof host, path, sizeof path), "too long for the buffer");
}

static void posix_paths(void)
{
    char out[64];
    CHECK(asn_path_is_absolute("/home/bkpsdm/kamus.xml"), "absolute");
    CHECK(!asn_path_is_absolute("kamus/kamus.xml"), "relative");
    CHECK(asn_path_from_file_url("file:///home/a%20b.xml", out, sizeof out) && !strcmp(out, "/home/a b.xml"), "%s", out);
    CHECK(asn_path_from_file_url("file://localhost/k.xml", out, sizeof out) && !strcmp(out, "/k.xml"), "%s", out);
    CHECK(!asn_path_from_file_url("file://server/k.xml", out, sizeof out), "another host is not local");
    CHECK(asn_path_in_folder_of("/data/roster.ods", "kamus/k.xml", out, sizeof out) && !strcmp(out, "/data/kamus/k.xml"),
          "%s", out);
    CHECK(!asn_path_in_folder_of("/data/roster.ods", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.xml",
                                 out, sizeof out), "too long");
}

static void files(void)
{
    char name[] = "/tmp/asn-platform-XXXXXX";
    int fd = mkstemp(name);
    CHECK(fd >= 0, "mkstemp");
    CHECK(write(fd, "kamus", 5) == 5, "write");
    close(fd);
    asn_file_info by_path, by_file;
    CHECK(asn_file_stat(name, &by_path) == 0, "stat");
    CHECK(by_path.regular && by_path.size == 5, "regular %d size %llu", by_path.regular, by_path.size);
    int error = 0;
    asn_file *f = asn_file_open(name, &error);
    CHECK(f != NULL, "open: %d", error);
    if (f) {
        CHECK(asn_file_info_of(f, &by_file) == 0, "info of an open file");
        CHECK(by_file.file_id == by_path.file_id && by_file.device == by_path.device &&
              by_file.mtime_seconds == by_path.mtime_seconds && by_file.mtime_nanoseconds == by_path.mtime_nanoseconds,
              "the same file, the same information");
        char data[8] = "";
        CHECK(asn_file_read_exactly(f, data, 5) == 0 && !memcmp(data, "kamus", 5), "read");
        CHECK(asn_file_read_exactly(f, data, 1) == -1, "past the end");
        asn_file_close(f);
    }
    unlink(name);
    CHECK(asn_file_stat(name, &by_path) != 0, "a missing file");
    CHECK(asn_file_open(name, &error) == NULL && error != 0, "opening a missing file");
    CHECK(asn_file_stat("/tmp", &by_path) == 0 && !by_path.regular, "a folder is not a regular file");
}

/* A path that exists only with other letter cases is found as Windows finds it (platform_posix.c's header):
 * component by component, when exactly one entry matches; an exact name always wins. */
static void letter_case(void)
{
    char dir[] = "/tmp/asn-case-XXXXXX", path[256], other[256];
    CHECK(mkdtemp(dir) != NULL, "mkdtemp");
    snprintf(path, sizeof path, "%s/Data", dir);
    CHECK(mkdir(path, 0700) == 0, "mkdir");
    snprintf(path, sizeof path, "%s/Data/kamus-contoh.xml", dir);
    FILE *f = fopen(path, "w");
    CHECK(f && fputs("kamus", f) >= 0 && fclose(f) == 0, "write");
    asn_file_info exact, found;
    int error = 0;
    CHECK(asn_file_stat(path, &exact) == 0, "the file as written");
    snprintf(other, sizeof other, "%s/data/Kamus-contoh.xml", dir); /* AutoCorrect's capital, a folder's case */
    CHECK(asn_file_stat(other, &found) == 0 && found.file_id == exact.file_id, "stat in another letter case");
    asn_file *opened = asn_file_open(other, &error);
    CHECK(opened != NULL, "open in another letter case: %d", error);
    asn_file_close(opened);
    snprintf(other, sizeof other, "%s/Data/kamus-contoh.xml.bak", dir);
    CHECK(asn_file_stat(other, &found) == ENOENT, "another name is still missing");
    snprintf(other, sizeof other, "%s/Data/KAMUS-contoh.xml", dir);
    f = fopen(other, "w");
    CHECK(f && fclose(f) == 0, "a second file differing only in case");
    CHECK(asn_file_stat(other, &found) == 0 && found.size == 0, "an exact name wins");
    snprintf(other, sizeof other, "%s/Data/Kamus-Contoh.xml", dir);
    CHECK(asn_file_stat(other, &found) == ENOENT, "two candidates: neither is guessed");
    CHECK(asn_file_open(other, &error) == NULL && error == ENOENT, "nor opened");
    unlink(path);
    snprintf(other, sizeof other, "%s/Data/KAMUS-contoh.xml", dir);
    unlink(other);
    snprintf(path, sizeof path, "%s/Data", dir);
    rmdir(path);
    rmdir(dir);
}

static void *worker(void *arg)
{
    (void)arg;
    sync_worker();
    return NULL;
}

static void sync_primitives(void)
{
    pthread_t threads[SYNC_THREADS];
    for (int i = 0; i < SYNC_THREADS; i++)
        pthread_create(&threads[i], NULL, worker, NULL);
    for (int i = 0; i < SYNC_THREADS; i++)
        pthread_join(threads[i], NULL);
    sync_results();
}

int main(void)
{
    file_urls();
    posix_paths();
    files();
    letter_case();
    sync_primitives();
    return check_report("unit-platform-posix");
}
