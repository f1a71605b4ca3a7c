/* What differs between the platforms the library runs on: files, path syntax, yielding the processor.
 *
 * One implementation per platform (platform_posix.c; the Makefile compiles the one for the target), so that no
 * other file needs an #ifdef. Paths are UTF-8 everywhere in the library; an implementation converts them to
 * what its file API takes.
 *
 * The POSIX implementation uses only glibc symbols of version 2.28 or older (statx, not stat: a plain stat()
 * call binds to GLIBC_2.33; sync.c instead of pthread_once, a GLIBC_2.34 symbol), so that the library also
 * loads on Debian 11 and Ubuntu 20.04 (glibc 2.31); tests/check-exports.sh checks that baseline. */
#ifndef ASN_PLATFORM_H
#define ASN_PLATFORM_H

#include <stddef.h>

/* What the dictionary cache needs to know whether a file changed. */
typedef struct {
    long long mtime_seconds;     /* modification time: seconds since 1970 ... */
    long mtime_nanoseconds;      /* ... and its fraction (0 where the file system keeps whole seconds) */
    unsigned long long size;     /* bytes */
    unsigned long long device;   /* the file system, and the file in it: the same pair is the same file */
    unsigned long long file_id;
    int regular;                 /* a regular file (not a directory, FIFO or device) */
} asn_file_info;

typedef struct asn_file asn_file;

/* The file's information without opening it. 0, or an error code for asn_error_text(). A path that does not exist
 * as written is found in another letter case when exactly one file matches (Windows' file systems do so
 * themselves; platform_posix.c explains why Linux must too). */
int asn_file_stat(const char *path, asn_file_info *info);

/* Opens for reading, as bytes; never blocks, also not on a FIFO. NULL with *error set on failure. */
asn_file *asn_file_open(const char *path, int *error);
/* The information of an open file. 0, or an error code. */
int asn_file_info_of(asn_file *file, asn_file_info *info);
/* Reads exactly `size` bytes; 0 on success, -1 when the file ended early or could not be read. */
int asn_file_read_exactly(asn_file *file, void *buffer, size_t size);
void asn_file_close(asn_file *file);

/* 1 when `text` names a file without reference to any folder (POSIX: it starts with '/'). */
int asn_path_is_absolute(const char *text);

/* A file:// URL (no host, or localhost) as a local path into out; 0 when it is not one, or does not fit. */
int asn_path_from_file_url(const char *url, char *out, size_t capacity);

/* `relative` in the folder that holds the file `beside` (a document's path), into out; 0 when it does not fit. */
int asn_path_in_folder_of(const char *beside, const char *relative, char *out, size_t capacity);

/* A pointer of each thread's own, NULL until that thread sets it: native TLS on Linux, a Win32 TLS slot on
 * Windows (not the emulated TLS MinGW would compile _Thread_local into). A slot starts as ASN_THREAD_SLOT_INIT;
 * the library has at most ASN_THREAD_SLOTS of them. */
typedef struct {
    int index; /* 0 until first used, then the slot's number + 1 */
} asn_thread_slot;
#define ASN_THREAD_SLOT_INIT { 0 }
#define ASN_THREAD_SLOTS 4
void *asn_thread_slot_get(asn_thread_slot *slot);
/* 1 when stored; 0 when the platform has no slot left (the caller must then not rely on asn_thread_slot_get). */
int asn_thread_slot_set(asn_thread_slot *slot, void *value);

/* The wall clock, in nanoseconds since 1970: the clock file modification times come from. */
long long asn_now_nanoseconds(void);

/* Lets another thread run (sync.c waits with it). */
void asn_thread_yield(void);

#endif
