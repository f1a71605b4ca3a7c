/* The Windows platform layer (src/core/support/platform_windows.c), cross-built and run under wine64 by make check.
 * Cites the rules W1-W8 of platform_windows.c. */
#include <stdlib.h>
#include <string.h>
#include <windows.h>

#include "check.h"
#include "support/platform.h"
#include "support/sync.h"
#include "sync_checks.h"

static void absolute_paths(void) /* W2 */
{
    CHECK(asn_path_is_absolute("C:\\data\\kamus.xml"), "drive and backslash");
    CHECK(asn_path_is_absolute("z:/data/kamus.xml"), "drive and slash");
    CHECK(asn_path_is_absolute("\\\\server\\share\\kamus.xml"), "UNC");
    CHECK(asn_path_is_absolute("//server/share/kamus.xml"), "UNC with slashes");
    CHECK(!asn_path_is_absolute("kamus\\kamus.xml"), "relative");
    CHECK(!asn_path_is_absolute("C:kamus.xml"), "drive-relative");
    CHECK(!asn_path_is_absolute("\\kamus.xml"), "rooted without a drive");
}

static void file_urls(void) /* W3 */
{
    char out[128];
    CHECK(asn_path_from_file_url("file:///C:/Data%20BKPSDM/kamus.xml", out, sizeof out), "drive URL");
    CHECK_STR(out, "C:\\Data BKPSDM\\kamus.xml");
    CHECK(asn_path_from_file_url("file://localhost/Z:/k.xml", out, sizeof out), "localhost");
    CHECK_STR(out, "Z:\\k.xml");
    CHECK(asn_path_from_file_url("file://server/share/dir/k.xml", out, sizeof out), "a share");
    CHECK_STR(out, "\\\\server\\share\\dir\\k.xml");
    CHECK(!asn_path_from_file_url("file:///home/k.xml", out, sizeof out), "no drive: nothing on Windows");
    CHECK(!asn_path_from_file_url("file:///C:/k%00.xml", out, sizeof out), "an escaped NUL");
    CHECK(!asn_path_from_file_url("file:///C:/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", out, 16), "too long");
}

static void relative_paths(void) /* W2 */
{
    char out[128];
    CHECK(asn_path_in_folder_of("D:\\Data\\roster.ods", "kamus\\k.xml", out, sizeof out), "beside");
    CHECK_STR(out, "D:\\Data\\kamus\\k.xml");
    CHECK(asn_path_in_folder_of("D:\\Data\\roster.ods", "kamus/k.xml", out, sizeof out), "slash");
    CHECK_STR(out, "D:\\Data\\kamus/k.xml");
    CHECK(asn_path_in_folder_of("D:\\Data\\roster.ods", "\\Kamus\\k.xml", out, sizeof out), "rooted");
    CHECK_STR(out, "D:\\Kamus\\k.xml");
    CHECK(asn_path_in_folder_of("\\\\server\\share\\bkd\\r.ods", "\\k.xml", out, sizeof out), "rooted on a share");
    CHECK_STR(out, "\\\\server\\share\\k.xml");
    CHECK(asn_path_in_folder_of("\\\\server\\share\\bkd\\r.ods", "..\\k.xml", out, sizeof out), "up from a share");
    CHECK_STR(out, "\\\\server\\share\\bkd\\..\\k.xml");
    CHECK(!asn_path_in_folder_of("D:\\Data\\roster.ods", "C:k.xml", out, sizeof out), "drive-relative refused");
}

/* A fresh folder under the temporary folder, as UTF-8, with a name outside ASCII (W1). */
static void temporary_folder(char *out, size_t capacity)
{
    wchar_t base[MAX_PATH + 1];
    DWORD n = GetTempPathW(MAX_PATH + 1, base);
    wchar_t folder[MAX_PATH + 64];
    swprintf(folder, sizeof folder / sizeof folder[0], L"%lsasn-p\u00e9gawai-%lu", base, (unsigned long)GetCurrentProcessId());
    CreateDirectoryW(folder, NULL);
    WideCharToMultiByte(CP_UTF8, 0, folder, -1, out, (int)capacity, NULL, NULL);
    (void)n;
}

static void write_file(const char *utf8_path, const char *content)
{
    wchar_t wide[1024];
    MultiByteToWideChar(CP_UTF8, 0, utf8_path, -1, wide, 1024);
    HANDLE h = CreateFileW(wide, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, NULL);
    DWORD written = 0;
    WriteFile(h, content, (DWORD)strlen(content), &written, NULL);
    CloseHandle(h);
}

static void files(void) /* W1, W6, W7 */
{
    char folder[600], path[700], other[700];
    temporary_folder(folder, sizeof folder);
    snprintf(path, sizeof path, "%s\\kamus-\xc3\xb1.xml", folder); /* kamus-ñ.xml */
    write_file(path, "line1\r\nline2\n\x1a tail");
    asn_file_info by_path, by_file;
    CHECK(asn_file_stat(path, &by_path) == 0, "stat of a UTF-8 path");
    CHECK(by_path.regular && by_path.size == 19, "regular %d size %llu", by_path.regular, by_path.size);
    int error = 0;
    asn_file *f = asn_file_open(path, &error);
    CHECK(f != NULL, "open: error %d", error);
    if (f) {
        CHECK(asn_file_info_of(f, &by_file) == 0, "info of the open file");
        CHECK(by_file.file_id == by_path.file_id && by_file.device == by_path.device &&
              by_file.mtime_seconds == by_path.mtime_seconds && by_file.size == by_path.size, "the same file");
        char data[32] = "";
        CHECK(asn_file_read_exactly(f, data, 19) == 0 && !memcmp(data, "line1\r\nline2\n\x1a tail", 19),
              "bytes as they are (no text mode: CR LF and Ctrl-Z kept)");
        CHECK(asn_file_read_exactly(f, data, 1) == -1, "past the end");
        /* W6: the file is shared: another reader, and a writer, may have it open at the same time */
        asn_file *g = asn_file_open(path, &error);
        CHECK(g != NULL, "a second open while the first is open");
        asn_file_close(g);
        asn_file_close(f);
    }
    snprintf(other, sizeof other, "%s/kamus-\xc3\xb1.xml", folder);
    CHECK(asn_file_stat(other, &by_file) == 0 && by_file.file_id == by_path.file_id, "'/' as a separator");
    CHECK(asn_file_stat(folder, &by_file) == 0 && !by_file.regular, "a folder is not a regular file");
    snprintf(other, sizeof other, "%s\\missing.xml", folder);
    CHECK(asn_file_stat(other, &by_file) == ENOENT, "a missing file: ENOENT (W8)");
    CHECK(asn_file_open(other, &error) == NULL && error == ENOENT, "opening a missing file: ENOENT");
    CHECK(asn_file_stat("C:\\kamus-\xff.xml", &by_file) == EINVAL, "invalid UTF-8 is refused (W1)");

    /* W5: a path longer than MAX_PATH */
    char long_path[1200];
    snprintf(long_path, sizeof long_path, "%s", folder);
    for (int i = 0; i < 6; i++) {
        size_t n = strlen(long_path);
        snprintf(long_path + n, sizeof long_path - n, "\\%s", "folder-with-a-rather-long-name-for-the-test");
        wchar_t wide[1200] = L"\\\\?\\";
        MultiByteToWideChar(CP_UTF8, 0, long_path, -1, wide + 4, 1190);
        CreateDirectoryW(wide, NULL);
    }
    size_t n = strlen(long_path);
    snprintf(long_path + n, sizeof long_path - n, "\\k.xml");
    {
        wchar_t wide[1200] = L"\\\\?\\";
        MultiByteToWideChar(CP_UTF8, 0, long_path, -1, wide + 4, 1190);
        HANDLE h = CreateFileW(wide, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, NULL);
        CloseHandle(h);
    }
    CHECK(strlen(long_path) > MAX_PATH, "the test path is long: %u", (unsigned)strlen(long_path));
    CHECK(asn_file_stat(long_path, &by_file) == 0 && by_file.regular, "a path longer than MAX_PATH");
}

static void reserved_names(void) /* W4 */
{
    asn_file_info info;
    int error = 0;
    const char *const refused[] = { "NUL", "C:\\data\\CON", "C:\\data\\nul.xml", "C:\\data\\Com1.txt", "LPT9",
                                    "C:\\aux \\k.xml", "C:\\data\\CONIN$", "\\\\.\\pipe\\kamus",
                                    "\\\\?\\GLOBALROOT\\Device\\Null", "//./COM1", "/\\.\\PhysicalDrive0",
                                    "\\\\server\\pipe\\kamus", "//localhost/PIPE/kamus", "\\\\?\\UNC\\server\\pipe\\kamus",
                                    "\\\\server\\mailslot\\k" };
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++) {
        CHECK(asn_file_stat(refused[i], &info) == EINVAL, "%s is refused", refused[i]);
        CHECK(asn_file_open(refused[i], &error) == NULL && error == EINVAL, "%s is not opened", refused[i]);
    }
    CHECK(asn_file_stat("C:\\data\\console.xml", &info) != EINVAL, "console.xml is an ordinary name");
    CHECK(asn_file_stat("C:\\data\\COM10.xml", &info) != EINVAL, "COM10 is an ordinary name");
    CHECK(asn_file_stat("\\\\server\\pipes\\k.xml", &info) != EINVAL, "a share named pipes is an ordinary share");
}

static DWORD WINAPI worker(void *arg)
{
    (void)arg;
    sync_worker();
    return 0;
}

static void windows_threads(void)
{
    HANDLE threads[SYNC_THREADS];
    for (int i = 0; i < SYNC_THREADS; i++)
        threads[i] = CreateThread(NULL, 0, worker, NULL, 0, NULL);
    WaitForMultipleObjects(SYNC_THREADS, threads, TRUE, INFINITE);
    for (int i = 0; i < SYNC_THREADS; i++)
        CloseHandle(threads[i]);
    sync_results();
}

int main(void)
{
    absolute_paths();
    file_urls();
    relative_paths();
    files();
    reserved_names();
    windows_threads();
    return check_report("unit-platform-windows");
}
