/* The dictionary cache.
 *
 * Rules, cited in the code as (Rn):
 *  R1. A dictionary is parsed once per file and reused while the file's modification time, size and inode are
 *      unchanged; a changed file is read again on the next call. Failures are cached the same way, so that
 *      10,000 cells naming one broken file do not parse it 10,000 times.
 *  R2. Only regular files are read (a FIFO or a device would block or never end), opened without blocking,
 *      and only up to ASN_KAMUS_MAX_BYTES.
 *  R3. The cache is shared by every thread: a mutex guards it, and entries are reference-counted so that a
 *      lookup in progress keeps its dictionary alive while a newer one replaces it.
 *  R4. At most CACHE_SLOTS files are kept; the least recently used is dropped first. */
#include "kamus_cache.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "locale_free.h"

extern const unsigned char asn_kamus_bawaan[];
extern const size_t asn_kamus_bawaan_size;

#define CACHE_SLOTS 16

typedef struct {
    char *path;
    struct timespec mtime;
    off_t size;
    ino_t inode;
    unsigned long long last_used;
    asn_kamus *kamus;   /* NULL: the file was refused, for the reason below */
    int line;
    char reason[sizeof ((asn_status *)0)->message];
} slot;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static slot slots[CACHE_SLOTS];
static unsigned long long clock_tick;

static int same_file(const slot *s, const char *path, const struct stat *info)
{
    return s->path && !strcmp(s->path, path) && s->size == info->st_size && s->inode == info->st_ino &&
           s->mtime.tv_sec == info->st_mtim.tv_sec && s->mtime.tv_nsec == info->st_mtim.tv_nsec;
}

/* Answers from a slot: the dictionary retained, or its cached failure. Called with the lock held. */
static asn_kamus *answer(slot *s, int *line, asn_status *st)
{
    s->last_used = ++clock_tick;
    if (s->kamus) {
        asn_kamus_retain(s->kamus);
        return s->kamus;
    }
    *line = s->line;
    asn_fail(st, ASN_INVALID, "%s", s->reason);
    return NULL;
}

static char *read_all(int fd, size_t size)
{
    char *data = malloc(size + 1);
    size_t got = 0;
    while (data && got < size) {
        ssize_t n = read(fd, data + got, size - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += (size_t)n;
    }
    if (data && got != size) {
        free(data);
        return NULL;
    }
    return data;
}

/* A cache hit for a file whose stat() matches, retained; NULL (and *hit 0) when not cached. */
static asn_kamus *cached(const char *path, const struct stat *info, int *hit, int *line, asn_status *st)
{
    asn_kamus *k = NULL;
    *hit = 0;
    pthread_mutex_lock(&lock); /* R3 */
    for (int i = 0; i < CACHE_SLOTS && !*hit; i++) {
        if (same_file(&slots[i], path, info)) { /* R1 */
            *hit = 1;
            k = answer(&slots[i], line, st);
        }
    }
    pthread_mutex_unlock(&lock);
    return k;
}

asn_kamus *asn_kamus_open_file(const char *path, int *line, asn_status *st)
{
    *line = 0;
    int hit;
    struct stat info;
    /* The common case, a cached file, costs one stat(): no open, no read. */
    if (stat(path, &info) == 0 && S_ISREG(info.st_mode)) {
        asn_kamus *k = cached(path, &info, &hit, line, st);
        if (hit)
            return k;
    }
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC); /* R2: a FIFO must not block the open */
    if (fd < 0) {
        asn_fail(st, ASN_INVALID, "cannot open the file (%s)", asn_error_text(errno));
        return NULL;
    }
    if (fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) { /* R2 */
        close(fd);
        asn_fail(st, ASN_INVALID, "not a regular file");
        return NULL;
    }
    if ((unsigned long long)info.st_size > ASN_KAMUS_MAX_BYTES) { /* R2 */
        close(fd);
        asn_fail(st, ASN_INVALID, "the file is larger than %u MB", ASN_KAMUS_MAX_BYTES >> 20);
        return NULL;
    }
    asn_kamus *k = cached(path, &info, &hit, line, st); /* it may have changed back, or another thread read it */
    if (hit) {
        close(fd);
        return k;
    }

    /* Read and parse outside the lock: another thread may do the same file at once; the later one wins. */
    char *data = read_all(fd, (size_t)info.st_size);
    close(fd);
    asn_status parse_status = { ASN_OK, "" };
    int parse_line = 0;
    if (!data)
        asn_fail(&parse_status, ASN_INVALID, "the file could not be read");
    else
        k = asn_kamus_parse(data, (size_t)info.st_size, &parse_line, &parse_status);
    free(data);

    pthread_mutex_lock(&lock);
    int victim = 0;
    for (int i = 0; i < CACHE_SLOTS; i++) {
        if (slots[i].path && !strcmp(slots[i].path, path)) { /* R1: the older version of this file */
            victim = i;
            break;
        }
        if (slots[i].last_used < slots[victim].last_used) /* R4 */
            victim = i;
    }
    slot *s = &slots[victim];
    char *copy = strdup(path);
    if (copy) {
        free(s->path);
        if (s->kamus)
            asn_kamus_release(s->kamus);
        *s = (slot){ copy, info.st_mtim, info.st_size, info.st_ino, 0, k, parse_line, "" };
        snprintf(s->reason, sizeof s->reason, "%s", parse_status.message);
        if (k)
            asn_kamus_retain(k); /* the cache's own reference */
    }
    s = NULL;
    pthread_mutex_unlock(&lock);
    if (!k) {
        *line = parse_line;
        asn_fail(st, ASN_INVALID, "%s", parse_status.message);
    }
    return k; /* the caller's reference */
}

static pthread_once_t default_once = PTHREAD_ONCE_INIT;
static asn_kamus *default_kamus;
static asn_status default_status;

static void load_default(void)
{
    int line;
    default_kamus = asn_kamus_parse((const char *)asn_kamus_bawaan, asn_kamus_bawaan_size, &line, &default_status);
}

asn_kamus *asn_kamus_open_default(asn_status *st)
{
    pthread_once(&default_once, load_default);
    if (!default_kamus) {
        asn_fail(st, ASN_INVALID, "the bundled dictionary is invalid: %s", default_status.message);
        return NULL;
    }
    asn_kamus_retain(default_kamus);
    return default_kamus;
}
