/* platform.h for Windows (x86-64, built with mingw-w64).
 *
 * Rules, cited in the code as (Wn):
 *  W1. Paths are UTF-8 in the library and UTF-16 for Windows: converted strictly (an invalid UTF-8 byte is an
 *      error, not a replacement character that would name another file), '/' accepted as '\'.
 *  W2. Absolute: a drive with a separator ("C:\", "C:/") or a UNC path ("\\server\share", "//server/share").
 *      A path rooted without a drive ("\kamus.xml") lies on the drive (or share) of the document; a drive
 *      without a separator ("C:kamus.xml") depends on a per-process current folder and is refused.
 *  W3. file:///C:/dir/k.xml names C:\dir\k.xml; file://server/share/k.xml names \\server\share\k.xml
 *      (localhost is this machine).
 *  W4. Reserved device names (CON, PRN, AUX, NUL, COM1-9, LPT1-9, CONIN$, CONOUT$), also with an extension or
 *      trailing dots and spaces, in any component, the device namespace (\\.\, \\?\GLOBALROOT) and the pipe
 *      and mailslot shares of a UNC path (\\server\pipe\...) are refused: opening them would read a device or
 *      a pipe, or block, not read a file.
 *  W5. Long paths (260 characters and more) get the \\?\ prefix, so the 32,767-character limit applies.
 *  W6. Files are opened for reading with sharing (Calc or an editor may hold the kamus open), as bytes (no
 *      text-mode translation), and only regular files are read: a handle that is not FILE_TYPE_DISK (a pipe, a
 *      console) is refused.
 *  W7. File identity is the volume serial number and the 64-bit file index; the time has 100 ns steps (0 in
 *      the fraction on FAT, whose 2-second times the cache treats as whole seconds).
 *  W8. Errors are reported as errno values (ENOENT, EACCES, EINVAL ...), as on POSIX.
 *  W9. Per-thread values live in Win32 TLS slots (TlsAlloc), not in MinGW's emulated TLS. */
#include "platform.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <windows.h>

#include "file_url.h"

#define UNIX_EPOCH_FILETIME 116444736000000000ULL /* 1970-01-01 in the 100 ns steps since 1601 of FILETIME */

struct asn_file {
    HANDLE handle;
};

static int errno_from(DWORD error) /* W8 */
{
    switch (error) {
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
    case ERROR_INVALID_DRIVE:
    case ERROR_BAD_NETPATH:
    case ERROR_BAD_NET_NAME:
        return ENOENT;
    case ERROR_ACCESS_DENIED:
    case ERROR_SHARING_VIOLATION:
    case ERROR_LOCK_VIOLATION:
        return EACCES;
    case ERROR_NOT_ENOUGH_MEMORY:
    case ERROR_OUTOFMEMORY:
        return ENOMEM;
    case ERROR_FILENAME_EXCED_RANGE:
        return ENAMETOOLONG;
    default:
        return EINVAL;
    }
}

static int separator(wchar_t c) { return c == L'\\' || c == L'/'; }

/* W4: a reserved device name as this component (up to the next separator), ignoring an extension. */
static int reserved_component(const wchar_t *c, size_t length)
{
    static const wchar_t *const names[] = { L"CON", L"PRN", L"AUX", L"NUL", L"CONIN$", L"CONOUT$" };
    size_t base = 0;
    while (base < length && c[base] != L'.')
        base++;
    while (base > 0 && c[base - 1] == L' ')
        base--;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (wcslen(names[i]) == base && !_wcsnicmp(c, names[i], base))
            return 1;
    return base == 4 && (!_wcsnicmp(c, L"COM", 3) || !_wcsnicmp(c, L"LPT", 3)) && c[3] >= L'1' && c[3] <= L'9';
}

/* W4: the share of a UNC path (\\server\share, also \\?\UNC\server\share) is the named-pipe or mailslot
 * namespace: \\server\pipe\name would connect to a pipe server, not open a file. */
static int pipe_share(const wchar_t *path)
{
    if (!separator(path[0]) || !separator(path[1]))
        return 0;
    const wchar_t *c = path + 2;
    if (c[0] == L'?' && separator(c[1]) && !_wcsnicmp(c + 2, L"UNC", 3) && separator(c[5]))
        c += 6;
    c += wcscspn(c, L"\\/"); /* the server */
    while (separator(*c))
        c++;
    size_t length = wcscspn(c, L"\\/");
    return (length == 4 && !_wcsnicmp(c, L"pipe", 4)) || (length == 8 && !_wcsnicmp(c, L"mailslot", 8));
}

static int reserved(const wchar_t *path) /* W4 */
{
    /* the device namespace \\.\ and \\?\GLOBALROOT, with either separator */
    if (separator(path[0]) && separator(path[1]) &&
        ((path[2] == L'.' && separator(path[3])) || (path[2] == L'?' && separator(path[3]) && !_wcsnicmp(path + 4, L"GLOBALROOT", 10))))
        return 1;
    if (pipe_share(path))
        return 1;
    const wchar_t *c = path;
    while (*c) {
        size_t length = wcscspn(c, L"\\/");
        if (length && reserved_component(c, length))
            return 1;
        c += length;
        while (separator(*c))
            c++;
    }
    return 0;
}

/* W1, W5: the UTF-16 form of a UTF-8 path, '/' turned into '\', long paths prefixed; NULL with *error set. */
static wchar_t *wide_path(const char *path, int *error)
{
    int n = MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, path, -1, NULL, 0);
    if (n <= 0) {
        *error = EINVAL;
        return NULL;
    }
    wchar_t *wide = malloc(((size_t)n + 8) * sizeof *wide);
    if (!wide) {
        *error = ENOMEM;
        return NULL;
    }
    MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, path, -1, wide + 8, n);
    wchar_t *p = wide + 8;
    if (reserved(p)) {
        free(wide);
        *error = EINVAL;
        return NULL;
    }
    for (wchar_t *c = p; *c; c++)
        if (*c == L'/')
            *c = L'\\';
    if (n - 1 >= MAX_PATH && wcsncmp(p, L"\\\\?\\", 4) != 0) { /* W5 */
        if (p[0] == L'\\' && p[1] == L'\\') { /* \\server\share -> \\?\UNC\server\share */
            p += 2 - 8;
            memcpy(p, L"\\\\?\\UNC\\", 8 * sizeof *p);
        } else {
            p -= 4;
            memcpy(p, L"\\\\?\\", 4 * sizeof *p);
        }
    }
    memmove(wide, p, (wcslen(p) + 1) * sizeof *wide);
    return wide;
}

static void fill(const BY_HANDLE_FILE_INFORMATION *fi, asn_file_info *info) /* W7 */
{
    ULARGE_INTEGER t;
    t.LowPart = fi->ftLastWriteTime.dwLowDateTime;
    t.HighPart = fi->ftLastWriteTime.dwHighDateTime;
    unsigned long long since = t.QuadPart >= UNIX_EPOCH_FILETIME ? t.QuadPart - UNIX_EPOCH_FILETIME : 0;
    info->mtime_seconds = (long long)(since / 10000000ULL);
    info->mtime_nanoseconds = (long)(since % 10000000ULL) * 100;
    info->size = ((unsigned long long)fi->nFileSizeHigh << 32) | fi->nFileSizeLow;
    info->device = fi->dwVolumeSerialNumber;
    info->file_id = ((unsigned long long)fi->nFileIndexHigh << 32) | fi->nFileIndexLow;
    info->regular = !(fi->dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY);
}

static HANDLE open_handle(const char *path, DWORD access, int *error)
{
    wchar_t *wide = wide_path(path, error);
    if (!wide)
        return INVALID_HANDLE_VALUE;
    /* W6: shared, and FILE_FLAG_BACKUP_SEMANTICS so that a folder opens too (and is then found not regular). */
    HANDLE h = CreateFileW(wide, access, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, NULL, OPEN_EXISTING,
                           FILE_FLAG_BACKUP_SEMANTICS, NULL);
    if (h == INVALID_HANDLE_VALUE)
        *error = errno_from(GetLastError());
    free(wide);
    return h;
}

static int info_of_handle(HANDLE h, asn_file_info *info)
{
    BY_HANDLE_FILE_INFORMATION fi;
    if (!GetFileInformationByHandle(h, &fi))
        return errno_from(GetLastError());
    fill(&fi, info);
    if (GetFileType(h) != FILE_TYPE_DISK) /* W6 */
        info->regular = 0;
    return 0;
}

int asn_file_stat(const char *path, asn_file_info *info)
{
    int error = 0;
    HANDLE h = open_handle(path, FILE_READ_ATTRIBUTES, &error);
    if (h == INVALID_HANDLE_VALUE)
        return error;
    error = info_of_handle(h, info);
    CloseHandle(h);
    return error;
}

asn_file *asn_file_open(const char *path, int *error)
{
    HANDLE h = open_handle(path, GENERIC_READ, error);
    if (h == INVALID_HANDLE_VALUE)
        return NULL;
    asn_file *file = malloc(sizeof *file);
    if (!file) {
        CloseHandle(h);
        *error = ENOMEM;
        return NULL;
    }
    file->handle = h;
    return file;
}

int asn_file_info_of(asn_file *file, asn_file_info *info) { return info_of_handle(file->handle, info); }

int asn_file_read_exactly(asn_file *file, void *buffer, size_t size)
{
    size_t got = 0;
    while (got < size) {
        DWORD want = size - got > 0x40000000 ? 0x40000000 : (DWORD)(size - got), n = 0;
        if (!ReadFile(file->handle, (char *)buffer + got, want, &n, NULL) || n == 0)
            return -1;
        got += n;
    }
    return 0;
}

void asn_file_close(asn_file *file)
{
    if (file) {
        CloseHandle(file->handle);
        free(file);
    }
}

static int is_drive(const char *t)
{
    return ((t[0] >= 'A' && t[0] <= 'Z') || (t[0] >= 'a' && t[0] <= 'z')) && t[1] == ':';
}

static int is_sep(char c) { return c == '\\' || c == '/'; }

int asn_path_is_absolute(const char *text) /* W2 */
{
    return (is_drive(text) && is_sep(text[2])) || (is_sep(text[0]) && is_sep(text[1]));
}

int asn_path_from_file_url(const char *url, char *out, size_t capacity) /* W3 */
{
    char host[256], path[4096];
    if (!asn_file_url_split(url, host, sizeof host, path, sizeof path))
        return 0;
    int local = host[0] == '\0' || !_stricmp(host, "localhost");
    const char *parts[3] = { "", "", "" };
    if (local && path[0] == '/' && is_drive(path + 1) && (is_sep(path[3]) || path[3] == '\0'))
        parts[0] = path + 1; /* file:///C:/x -> C:/x */
    else if (!local)
        parts[0] = "//", parts[1] = host, parts[2] = path; /* a share: //server/share/x */
    else
        return 0; /* file:///x without a drive names nothing on Windows */
    size_t n = 0;
    for (int i = 0; i < 3; i++) {
        size_t length = strlen(parts[i]);
        if (n + length >= capacity)
            return 0;
        memcpy(out + n, parts[i], length);
        n += length;
    }
    out[n] = '\0';
    for (char *c = out; *c; c++)
        if (*c == '/')
            *c = '\\';
    return 1;
}

/* The length of the root of an absolute path: "C:\" is 3, "\\server\share\" up to its separator. */
static size_t root_length(const char *p)
{
    if (is_drive(p))
        return is_sep(p[2]) ? 3 : 2;
    if (is_sep(p[0]) && is_sep(p[1])) {
        size_t n = 2 + strcspn(p + 2, "\\/"); /* server */
        if (is_sep(p[n]))
            n += 1 + strcspn(p + n + 1, "\\/"); /* share */
        return n;
    }
    return 0;
}

int asn_path_in_folder_of(const char *beside, const char *relative, char *out, size_t capacity)
{
    if (is_drive(relative))
        return 0; /* W2: "C:kamus.xml" depends on a current folder */
    size_t keep;
    if (is_sep(relative[0])) { /* W2: rooted: on the document's drive or share */
        keep = root_length(beside);
        if (keep && is_sep(beside[keep - 1]))
            keep--;
    } else {
        const char *last = NULL;
        for (const char *c = beside; *c; c++)
            if (is_sep(*c))
                last = c;
        keep = last ? (size_t)(last - beside) + 1 : 0;
    }
    size_t length = strlen(relative);
    if (keep + length >= capacity)
        return 0;
    memcpy(out, beside, keep);
    memcpy(out + keep, relative, length + 1);
    return 1;
}

/* W9: a Win32 TLS index per slot, allocated at first use. */
static DWORD slot_index(asn_thread_slot *slot)
{
    int index = __atomic_load_n(&slot->index, __ATOMIC_ACQUIRE);
    if (index == 0) {
        DWORD mine = TlsAlloc();
        int expected = 0;
        if (mine == TLS_OUT_OF_INDEXES)
            return TLS_OUT_OF_INDEXES;
        if (__atomic_compare_exchange_n(&slot->index, &expected, (int)mine + 1, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
            return mine;
        TlsFree(mine); /* another thread allocated it first */
        index = expected;
    }
    return (DWORD)(index - 1);
}

void *asn_thread_slot_get(asn_thread_slot *slot)
{
    DWORD i = slot_index(slot);
    return i == TLS_OUT_OF_INDEXES ? NULL : TlsGetValue(i);
}

int asn_thread_slot_set(asn_thread_slot *slot, void *value)
{
    DWORD i = slot_index(slot);
    return i != TLS_OUT_OF_INDEXES && TlsSetValue(i, value);
}

long long asn_now_nanoseconds(void) /* W7: the clock of file times, in 100 ns steps */
{
    FILETIME now;
    GetSystemTimePreciseAsFileTime(&now);
    ULARGE_INTEGER t;
    t.LowPart = now.dwLowDateTime;
    t.HighPart = now.dwHighDateTime;
    return (long long)(t.QuadPart - UNIX_EPOCH_FILETIME) * 100;
}

void asn_thread_yield(void) { SwitchToThread(); }
