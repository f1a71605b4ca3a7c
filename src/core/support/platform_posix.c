/* platform.h for Linux (and other POSIX systems with glibc).
 *
 * Only glibc symbols of version 2.28 or older: statx (2.28) instead of stat/fstat (2.33 symbols since glibc
 * moved them out of line); sync.c replaces pthread_once and pthread mutexes (2.34 symbols since libpthread
 * moved into libc). The library then loads on glibc 2.31 (Debian 11, Ubuntu 20.04).
 *
 * Letter case: a path that does not exist as written is looked up without regard to the case of ASCII letters,
 * one component at a time, and used when exactly one entry matches each component (an exact match always wins).
 * Windows, where most users are, finds `Kamus-contoh.xml` for `kamus-contoh.xml`; so must Linux, because
 * Calc's AutoCorrect writes the first letter of a typed file name as a capital ("kamus-contoh.xml" becomes
 * "Kamus-contoh.xml" as soon as the hyphen is typed) and the officer does not see it. */
#include "platform.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "file_url.h"
#include "sync.h"

struct asn_file {
    int fd;
};

static void fill(const struct statx *sx, asn_file_info *info)
{
    info->mtime_seconds = sx->stx_mtime.tv_sec;
    info->mtime_nanoseconds = (long)sx->stx_mtime.tv_nsec;
    info->size = sx->stx_size;
    info->device = ((unsigned long long)sx->stx_dev_major << 32) | sx->stx_dev_minor;
    info->file_id = sx->stx_ino;
    info->regular = S_ISREG(sx->stx_mode);
}

#define WANTED (STATX_TYPE | STATX_MODE | STATX_INO | STATX_SIZE | STATX_MTIME)

/* The entry of `folder` whose name equals `name` but for the case of ASCII letters, appended to out[*used..]:
 * 1 when exactly one matches and it fits. */
static int unique_entry(const char *folder, const char *name, size_t length, char *out, size_t *used,
                        size_t capacity)
{
    DIR *dir = opendir(folder[0] ? folder : ".");
    if (!dir)
        return 0;
    int found = 0;
    size_t at = *used;
    for (struct dirent *e; (e = readdir(dir)) != NULL;) {
        if (strlen(e->d_name) != length || strncasecmp(e->d_name, name, length) != 0)
            continue;
        if (++found > 1 || at + length >= capacity)
            break; /* two entries differ only in case: which one the officer meant cannot be known */
        memcpy(out + at, e->d_name, length);
        out[at + length] = '\0';
    }
    closedir(dir);
    if (found != 1 || at + length >= capacity)
        return 0;
    *used = at + length;
    return 1;
}

/* `path` as it exists on disk when it exists only with other letter cases (the file header): into out, 1 when
 * every component was found, exactly or as the one entry that matches without regard to case. */
static int path_ignoring_case(const char *path, char *out, size_t capacity)
{
    size_t used = 0;
    if (capacity == 0)
        return 0;
    out[0] = '\0';
    const char *p = path;
    while (*p) {
        if (*p == '/') {
            if (used + 1 >= capacity)
                return 0;
            out[used++] = '/';
            out[used] = '\0';
            p++;
            continue;
        }
        size_t length = strcspn(p, "/");
        if (used + length >= capacity)
            return 0;
        memcpy(out + used, p, length);
        out[used + length] = '\0';
        struct statx sx;
        if (statx(AT_FDCWD, out, AT_SYMLINK_NOFOLLOW, STATX_TYPE, &sx) == 0) {
            used += length; /* this component exists as written */
        } else {
            out[used] = '\0';
            if (!unique_entry(out, p, length, out, &used, capacity))
                return 0;
        }
        p += length;
    }
    return 1;
}

/* path_ignoring_case, remembered for CASE_MEMO_NANOSECONDS: a missing kamus named by 10,000 cells would otherwise
 * read its folder twice per cell (2.9 s a recalculation in a folder of 500 files). As the dictionary cache's R6,
 * a file added or renamed is seen by a recalculation that starts later than that. */
#define CASE_MEMO_NANOSECONDS 20000000LL
static struct {
    char path[4096], found[4096];
    int ok;
    long long at;
} case_memo; /* guarded by case_lock */
static asn_lock case_lock = ASN_LOCK_INIT;

static int path_ignoring_case_remembered(const char *path, char *out, size_t capacity)
{
    long long now = asn_now_nanoseconds();
    int hit = 0, ok = 0;
    asn_lock_take(&case_lock);
    if (case_memo.at && now - case_memo.at >= 0 && now - case_memo.at < CASE_MEMO_NANOSECONDS &&
        !strcmp(case_memo.path, path)) {
        hit = 1;
        ok = case_memo.ok && strlen(case_memo.found) < capacity;
        if (ok)
            strcpy(out, case_memo.found);
    }
    asn_lock_release(&case_lock);
    if (hit)
        return ok;
    char found[4096];
    ok = path_ignoring_case(path, found, sizeof found);
    asn_lock_take(&case_lock);
    if (strlen(path) < sizeof case_memo.path) {
        strcpy(case_memo.path, path);
        strcpy(case_memo.found, ok ? found : "");
        case_memo.ok = ok;
        case_memo.at = now;
    }
    asn_lock_release(&case_lock);
    if (ok && strlen(found) < capacity) {
        strcpy(out, found);
        return 1;
    }
    return 0;
}

int asn_file_stat(const char *path, asn_file_info *info)
{
    struct statx sx;
    if (statx(AT_FDCWD, path, 0, WANTED, &sx) != 0) {
        int error = errno;
        char found[4096];
        if (error != ENOENT || !path_ignoring_case_remembered(path, found, sizeof found) ||
            statx(AT_FDCWD, found, 0, WANTED, &sx) != 0)
            return error;
    }
    fill(&sx, info);
    return 0;
}

asn_file *asn_file_open(const char *path, int *error)
{
    asn_file *file = malloc(sizeof *file);
    if (!file) {
        *error = ENOMEM;
        return NULL;
    }
    file->fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC); /* a FIFO must not block the open */
    if (file->fd < 0) {
        *error = errno;
        char found[4096];
        if (*error == ENOENT && path_ignoring_case_remembered(path, found, sizeof found))
            file->fd = open(found, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    }
    if (file->fd < 0) {
        free(file);
        return NULL;
    }
    return file;
}

int asn_file_info_of(asn_file *file, asn_file_info *info)
{
    struct statx sx;
    if (statx(file->fd, "", AT_EMPTY_PATH, WANTED, &sx) != 0)
        return errno;
    fill(&sx, info);
    return 0;
}

int asn_file_read_exactly(asn_file *file, void *buffer, size_t size)
{
    size_t got = 0;
    while (got < size) {
        ssize_t n = read(file->fd, (char *)buffer + got, size - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return -1;
        got += (size_t)n;
    }
    return 0;
}

void asn_file_close(asn_file *file)
{
    if (file) {
        close(file->fd);
        free(file);
    }
}

int asn_path_is_absolute(const char *text) { return text[0] == '/'; }

int asn_path_from_file_url(const char *url, char *out, size_t capacity)
{
    char host[256];
    if (!asn_file_url_split(url, host, sizeof host, out, capacity))
        return 0;
    return host[0] == '\0' || !strcasecmp(host, "localhost"); /* another host: not a local file */
}

int asn_path_in_folder_of(const char *beside, const char *relative, char *out, size_t capacity)
{
    const char *slash = strrchr(beside, '/');
    size_t folder = slash ? (size_t)(slash - beside) + 1 : 0, length = strlen(relative);
    if (folder + length >= capacity)
        return 0;
    memcpy(out, beside, folder);
    memcpy(out + folder, relative, length + 1);
    return 1;
}

static __thread void *thread_values[ASN_THREAD_SLOTS];
static int slots_used;

static int slot_number(asn_thread_slot *slot)
{
    int index = __atomic_load_n(&slot->index, __ATOMIC_ACQUIRE);
    if (index == 0) {
        int mine = __atomic_add_fetch(&slots_used, 1, __ATOMIC_ACQ_REL), expected = 0;
        index = __atomic_compare_exchange_n(&slot->index, &expected, mine, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)
                    ? mine : expected; /* a number lost to another thread's first use stays unused */
    }
    return index - 1;
}

void *asn_thread_slot_get(asn_thread_slot *slot)
{
    int i = slot_number(slot);
    return i < ASN_THREAD_SLOTS ? thread_values[i] : NULL;
}

int asn_thread_slot_set(asn_thread_slot *slot, void *value)
{
    int i = slot_number(slot);
    if (i >= ASN_THREAD_SLOTS)
        return 0;
    thread_values[i] = value;
    return 1;
}

long long asn_now_nanoseconds(void)
{
    struct timespec now;
    timespec_get(&now, TIME_UTC);
    return (long long)now.tv_sec * 1000000000LL + now.tv_nsec;
}

void asn_thread_yield(void) { sched_yield(); }
