#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "files.h"

int test_make_temp_dir(char *out, size_t capacity)
{
    snprintf(out, capacity, "/tmp/asnkarier-test-XXXXXX");
    return mkdtemp(out) != NULL;
}

void test_remove_dir(const char *dir)
{
    char command[600];
    snprintf(command, sizeof command, "rm -rf '%s'", dir);
    if (system(command) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
}

void test_set_mtime(const char *path, long long seconds, long nanoseconds)
{
    struct timespec t[2] = { { 0, UTIME_OMIT }, { (time_t)seconds, nanoseconds } };
    utimensat(AT_FDCWD, path, t, 0);
}

void test_sleep_ms(int milliseconds) { usleep((useconds_t)milliseconds * 1000); }

double test_seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

int test_make_fifo(const char *path) { return mkfifo(path, 0600) == 0; }

int test_make_sparse(const char *path, long long size)
{
    int fd = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0600);
    int ok = fd >= 0 && ftruncate(fd, (off_t)size) == 0;
    if (fd >= 0)
        close(fd);
    return ok;
}

const char *test_a_folder(void) { return "/"; }

const char *test_a_device(const char **reason)
{
    *reason = "not a regular file";
    return "/dev/zero";
}
