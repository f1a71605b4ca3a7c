#include <stdio.h>
#include <windows.h>

#include "files.h"

int test_make_temp_dir(char *out, size_t capacity)
{
    wchar_t base[MAX_PATH + 1], folder[MAX_PATH + 64];
    GetTempPathW(MAX_PATH + 1, base);
    swprintf(folder, sizeof folder / sizeof folder[0], L"%lsasnkarier-test-%lu-%lu", base,
             (unsigned long)GetCurrentProcessId(), (unsigned long)GetTickCount());
    if (!CreateDirectoryW(folder, NULL))
        return 0;
    return WideCharToMultiByte(CP_UTF8, 0, folder, -1, out, (int)capacity, NULL, NULL) > 0;
}

void test_remove_dir(const char *dir)
{
    char command[700];
    snprintf(command, sizeof command, "rmdir /s /q \"%s\"", dir);
    if (system(command) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
}

void test_set_mtime(const char *path, long long seconds, long nanoseconds)
{
    wchar_t wide[1024];
    MultiByteToWideChar(CP_UTF8, 0, path, -1, wide, 1024);
    HANDLE h = CreateFileW(wide, FILE_WRITE_ATTRIBUTES, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL, OPEN_EXISTING,
                           FILE_ATTRIBUTE_NORMAL, NULL);
    ULARGE_INTEGER t;
    t.QuadPart = (unsigned long long)seconds * 10000000ULL + (unsigned long long)nanoseconds / 100 +
                 116444736000000000ULL;
    FILETIME ft = { t.LowPart, t.HighPart };
    SetFileTime(h, NULL, NULL, &ft);
    CloseHandle(h);
}

void test_sleep_ms(int milliseconds) { Sleep((DWORD)milliseconds); }

double test_seconds(void)
{
    LARGE_INTEGER now, frequency;
    QueryPerformanceCounter(&now);
    QueryPerformanceFrequency(&frequency);
    return (double)now.QuadPart / (double)frequency.QuadPart;
}

int test_make_fifo(const char *path)
{
    (void)path;
    return 0;
}

int test_make_sparse(const char *path, long long size)
{
    wchar_t wide[1024];
    MultiByteToWideChar(CP_UTF8, 0, path, -1, wide, 1024);
    HANDLE h = CreateFileW(wide, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, NULL);
    if (h == INVALID_HANDLE_VALUE)
        return 0;
    DWORD returned;
    DeviceIoControl(h, FSCTL_SET_SPARSE, NULL, 0, NULL, 0, &returned, NULL);
    LARGE_INTEGER at;
    at.QuadPart = size;
    int ok = SetFilePointerEx(h, at, NULL, FILE_BEGIN) && SetEndOfFile(h);
    CloseHandle(h);
    return ok;
}

const char *test_a_folder(void) { return "C:\\windows"; }

const char *test_a_device(const char **reason)
{
    *reason = "cannot open the file (Invalid argument)"; /* W4: refused by name before it is opened */
    return "NUL";
}
