/* The checks of sync.c and of the platform's thread slots, shared by test_platform_posix.c and
 * test_platform_windows.c: each starts SYNC_THREADS threads on its own platform's API, runs sync_worker() in
 * each, then calls sync_results(). */
#ifndef ASN_TEST_SYNC_CHECKS_H
#define ASN_TEST_SYNC_CHECKS_H

#include "check.h"
#include "support/platform.h"
#include "support/sync.h"

#define SYNC_THREADS 4

static asn_once_flag outer_once = ASN_ONCE_INIT, inner_once = ASN_ONCE_INIT;
static int outer_runs, inner_runs;
static asn_lock counter_lock = ASN_LOCK_INIT;
static long counter;
static asn_thread_slot own_slot = ASN_THREAD_SLOT_INIT;
static int slot_mixups;

static void inner(void) { inner_runs++; }

static void outer(void)
{
    long long until = asn_now_nanoseconds() + 20000000LL; /* the other threads arrive while this runs */
    while (asn_now_nanoseconds() < until)
        asn_thread_yield();
    asn_once(&inner_once, inner); /* init may use another flag */
    outer_runs++;
}

static void sync_worker(void)
{
    asn_once(&outer_once, outer);
    int mine;
    if (asn_thread_slot_get(&own_slot) != NULL)
        __atomic_add_fetch(&slot_mixups, 1, __ATOMIC_RELAXED); /* NULL until this thread sets it */
    if (!asn_thread_slot_set(&own_slot, &mine))
        __atomic_add_fetch(&slot_mixups, 1, __ATOMIC_RELAXED);
    for (int i = 0; i < 100000; i++) {
        asn_lock_take(&counter_lock);
        counter++;
        asn_lock_release(&counter_lock);
        if (i % 10000 == 0)
            asn_thread_yield();
    }
    if (asn_thread_slot_get(&own_slot) != &mine)
        __atomic_add_fetch(&slot_mixups, 1, __ATOMIC_RELAXED);
}

static void sync_results(void)
{
    CHECK(outer_runs == 1 && inner_runs == 1, "once: %d, %d runs", outer_runs, inner_runs);
    CHECK(counter == SYNC_THREADS * 100000L, "the lock lost updates: %ld", counter);
    CHECK(slot_mixups == 0, "a thread saw another thread's slot value (%d times)", slot_mixups);
    CHECK(asn_thread_slot_get(&own_slot) == NULL, "the main thread never set its own");
}

#endif
