/* One-time initialisation and a lock, on compiler atomics: the same code on every platform, with no
 * pthread_once or pthread mutex (glibc 2.34 symbols; a MinGW build would need libwinpthread's DLL). */
#ifndef ASN_SYNC_H
#define ASN_SYNC_H

/* Runs init exactly once per flag, also when several threads ask at once; every caller returns after init has
 * finished. init may use asn_once with another flag. */
typedef struct {
    int state; /* 0 not started, 1 running, 2 done */
} asn_once_flag;
#define ASN_ONCE_INIT { 0 }
void asn_once(asn_once_flag *flag, void (*init)(void));

/* A lock for short critical sections (a few dozen instructions); waiting threads yield the processor. */
typedef struct {
    int held;
} asn_lock;
#define ASN_LOCK_INIT { 0 }
void asn_lock_take(asn_lock *lock);
void asn_lock_release(asn_lock *lock);

#endif
