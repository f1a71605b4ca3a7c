/* File-system helpers for the unit tests, one implementation per platform (files_posix.c, files_windows.c),
 * so that the dictionary cache's test runs on Linux and, cross-built, under wine with the same checks. */
#ifndef ASN_TEST_FILES_H
#define ASN_TEST_FILES_H

#include <stddef.h>

/* A fresh folder for the test's files (path separators as the platform writes them); 0 on failure. */
int test_make_temp_dir(char *out, size_t capacity);
void test_remove_dir(const char *dir);
/* Sets a file's modification time (seconds since 1970 and nanoseconds, rounded to what the platform keeps). */
void test_set_mtime(const char *path, long long seconds, long nanoseconds);
void test_sleep_ms(int milliseconds);
double test_seconds(void); /* a monotonic clock */
/* A FIFO at path: 1 when made, 0 where the platform has none (Windows: named pipes live elsewhere). */
int test_make_fifo(const char *path);
/* A file of `size` bytes that takes no disk space; 1 when made. */
int test_make_sparse(const char *path, long long size);
/* A folder, and a device, that every machine of the platform has, with the reason the cache gives for it. */
const char *test_a_folder(void);
const char *test_a_device(const char **reason);

#endif
