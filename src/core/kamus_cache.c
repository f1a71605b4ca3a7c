/* The dictionary cache.
 *
 * Rules, cited in the code as (Rn):
 *  R1. A dictionary is parsed once per file and reused while the file's modification time, size and identity
 *      (device and inode; on Windows volume and file index: platform.h) are unchanged; a changed file is read
 *      again on the next call. Failures are cached the same way, so that 10,000 cells naming one broken file do
 *      not parse it 10,000 times.
 *  R2. Only regular files are read (a FIFO or a device would block or never end), opened without blocking,
 *      and only up to ASN_KAMUS_MAX_BYTES.
 *  R3. The cache is shared by every thread: a mutex guards it, and entries are reference-counted so that a
 *      lookup in progress keeps its dictionary alive while a newer one replaces it.
 *  R4. At most CACHE_SLOTS files are kept; the least recently used is dropped first (a file just read is the
 *      most recently used).
 *  R5. A modification time is only as fine as the file system's clock: Linux stamps files with a clock that
 *      ticks every few milliseconds, FAT and some network shares keep whole (or even two) seconds. A file
 *      changed twice within one tick, to the same size, looks unchanged. So an entry whose file was modified
 *      within the file system's granularity of when it was read is trusted only after its content is read
 *      again and found the same (by a keyed hash, without parsing); once the file's time is older than that,
 *      the stat suffices. Granularity: RACY_WHOLE_SECONDS where the time has no fraction (FAT, some shares),
 *      RACY_NANOSECONDS (a few kernel ticks) where it has one. (Git's "racily clean" index entries.)
 *  R6. A file confirmed less than RECHECK_NANOSECONDS ago (by its file information, or for a racy entry by its
 *      content) is not asked again: a recalculation of 10,000 lookups then costs one stat, not 10,000 (the syscall was
 *      the largest part of a lookup's own time), and a racy entry is read at most once per interval, not on
 *      every lookup (a share whose clock runs ahead keeps entries racy for seconds: 10,000 reads of a 5 MB
 *      file would freeze Calc). An edit is seen by the next recalculation that starts later than that. */
#include "kamus_cache.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "support/keyed_hash.h"
#include "support/locale_free.h"
#include "support/platform.h"
#include "support/sync.h"

extern const unsigned char asn_kamus_bawaan[];
extern const size_t asn_kamus_bawaan_size;

#define CACHE_SLOTS 16
#define RACY_WHOLE_SECONDS 3          /* R5: a 2-second FAT time stamp and some clock skew of a share */
#define RACY_NANOSECONDS 50000000LL   /* R5: 50 ms, several ticks of the kernel's coarse file clock */
#define RECHECK_NANOSECONDS 20000000LL /* R6: 20 ms */

typedef struct {
    char *path;
    asn_file_info info; /* R1: what the file was when it was read */
    unsigned long long last_used;
    uint64_t content;   /* R5: the keyed hash of what was read */
    long long read_at;    /* R5: when it was read, in ns since 1970 (the clock file times come from) */
    long long checked_at; /* R6: when its file information last confirmed it */
    asn_kamus *kamus;   /* NULL: the file was refused, for the reason below */
    int line;
    char reason[sizeof ((asn_status *)0)->message];
} slot;

static asn_lock lock = ASN_LOCK_INIT;
static slot slots[CACHE_SLOTS];
static unsigned long long clock_tick;

static int same_file(const slot *s, const char *path, const asn_file_info *info)
{
    return s->path && !strcmp(s->path, path) && s->info.size == info->size && s->info.device == info->device &&
           s->info.file_id == info->file_id && s->info.mtime_seconds == info->mtime_seconds &&
           s->info.mtime_nanoseconds == info->mtime_nanoseconds;
}

/* R5: the file's time is too close to when it was read for the time to tell a later change. */
static int racy(const slot *s)
{
    long long modified = s->info.mtime_seconds * 1000000000LL + s->info.mtime_nanoseconds;
    long long read = s->read_at;
    long long window = s->info.mtime_nanoseconds == 0 ? RACY_WHOLE_SECONDS * 1000000000LL : RACY_NANOSECONDS;
    return read - modified < window;
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

static char *read_all(asn_file *file, size_t size)
{
    char *data = malloc(size + 1);
    if (data && asn_file_read_exactly(file, data, size) != 0) {
        free(data);
        return NULL;
    }
    return data;
}

/* A cache hit for a file whose file information matches, retained; NULL (and *hit 0) when not cached. */
static asn_kamus *cached(const char *path, const asn_file_info *info, int *hit, int *line, asn_status *st)
{
    asn_kamus *k = NULL;
    long long now = asn_now_nanoseconds();
    *hit = 0;
    asn_lock_take(&lock); /* R3 */
    for (int i = 0; i < CACHE_SLOTS && !*hit; i++) {
        if (same_file(&slots[i], path, info) && !racy(&slots[i])) { /* R1, R5 */
            *hit = 1;
            slots[i].checked_at = now; /* R6 */
            k = answer(&slots[i], line, st);
        }
    }
    asn_lock_release(&lock);
    return k;
}

/* R6: a hit for a file whose information matched moments ago, without asking again; NULL (and *hit 0) otherwise. */
static asn_kamus *recently_checked(const char *path, int *hit, int *line, asn_status *st)
{
    asn_kamus *k = NULL;
    long long now = asn_now_nanoseconds();
    *hit = 0;
    asn_lock_take(&lock); /* R3 */
    for (int i = 0; i < CACHE_SLOTS && !*hit; i++) {
        slot *s = &slots[i];
        long long age = now - s->checked_at;
        if (s->path && age >= 0 && age < RECHECK_NANOSECONDS && !strcmp(s->path, path)) {
            *hit = 1;
            k = answer(s, line, st);
        }
    }
    asn_lock_release(&lock);
    return k;
}

asn_kamus *asn_kamus_open_file(const char *path, int *line, asn_status *st)
{
    *line = 0;
    int hit;
    asn_file_info info;
    asn_kamus *recent = recently_checked(path, &hit, line, st); /* R6: the common case costs no syscall */
    if (hit)
        return recent;
    /* Else a cached file costs one stat: no open, no read. */
    if (asn_file_stat(path, &info) == 0 && info.regular) {
        asn_kamus *k = cached(path, &info, &hit, line, st);
        if (hit)
            return k;
    }
    int error = 0;
    asn_file *file = asn_file_open(path, &error); /* R2: a FIFO must not block the open */
    if (!file) {
        char reason[128];
        asn_fail(st, ASN_INVALID, "cannot open the file (%s)", asn_error_text(error, reason, sizeof reason));
        return NULL;
    }
    if (asn_file_info_of(file, &info) != 0 || !info.regular) { /* R2 */
        asn_file_close(file);
        asn_fail(st, ASN_INVALID, "not a regular file");
        return NULL;
    }
    if (info.size > ASN_KAMUS_MAX_BYTES) { /* R2 */
        asn_file_close(file);
        asn_fail(st, ASN_INVALID, "the file is larger than %u MB", ASN_KAMUS_MAX_BYTES >> 20);
        return NULL;
    }
    asn_kamus *k = cached(path, &info, &hit, line, st); /* it may have changed back, or another thread read it */
    if (hit) {
        asn_file_close(file);
        return k;
    }

    /* Read and parse outside the lock: another thread may do the same file at once; the later one wins. */
    long long read_at = asn_now_nanoseconds();
    char *data = read_all(file, (size_t)info.size);
    asn_file_close(file);
    uint64_t content = data ? asn_keyed_hash(data, (size_t)info.size) : 0;
    if (data) { /* R5: a racy entry whose content is unchanged is good again, without parsing */
        asn_lock_take(&lock);
        for (int i = 0; i < CACHE_SLOTS && !hit; i++) {
            slot *s = &slots[i];
            if (same_file(s, path, &info) && s->content == content) {
                hit = 1;
                s->read_at = read_at;
                s->checked_at = read_at; /* R6: confirmed by content */
                k = answer(s, line, st);
            }
        }
        asn_lock_release(&lock);
        if (hit) {
            free(data);
            return k;
        }
    }
    asn_status parse_status = { ASN_OK, "" };
    int parse_line = 0;
    if (!data)
        asn_fail(&parse_status, ASN_INVALID, "the file could not be read");
    else
        k = asn_kamus_parse(data, (size_t)info.size, &parse_line, &parse_status);
    free(data);

    asn_lock_take(&lock);
    /* R4: the older version of this file if it is cached; else an empty slot; else the least recently used. */
    int victim = -1;
    for (int i = 0; i < CACHE_SLOTS && victim < 0; i++)
        if (slots[i].path && !strcmp(slots[i].path, path)) /* R1 */
            victim = i;
    for (int i = 0; i < CACHE_SLOTS && victim < 0; i++)
        if (!slots[i].path)
            victim = i;
    if (victim < 0) {
        victim = 0;
        for (int i = 1; i < CACHE_SLOTS; i++)
            if (slots[i].last_used < slots[victim].last_used)
                victim = i;
    }
    slot *s = &slots[victim];
    char *copy = strdup(path);
    if (copy) {
        free(s->path);
        if (s->kamus)
            asn_kamus_release(s->kamus);
        /* The file just read is the most recently used one: entered as the least recently used, two files used in
         * turn would push each other out and be parsed again on every call. */
        *s = (slot){ copy, info, ++clock_tick, content, read_at, read_at, k, parse_line, "" };
        memcpy(s->reason, parse_status.message, sizeof s->reason); /* the same size, NUL-terminated */
        if (k)
            asn_kamus_retain(k); /* the cache's own reference */
    }
    s = NULL;
    asn_lock_release(&lock);
    if (!k) {
        *line = parse_line;
        asn_fail(st, ASN_INVALID, "%s", parse_status.message);
    }
    return k; /* the caller's reference */
}

static asn_once_flag default_once = ASN_ONCE_INIT;
static asn_kamus *default_kamus;
static asn_status default_status;

static void load_default(void)
{
    int line;
    default_kamus = asn_kamus_parse((const char *)asn_kamus_bawaan, asn_kamus_bawaan_size, &line, &default_status);
}

asn_kamus *asn_kamus_open_default(asn_status *st)
{
    asn_once(&default_once, load_default);
    if (!default_kamus) {
        asn_fail(st, ASN_INVALID, "the bundled dictionary is invalid: %s", default_status.message);
        return NULL;
    }
    asn_kamus_retain(default_kamus);
    return default_kamus;
}
