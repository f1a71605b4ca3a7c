#include "sync.h"

#include "platform.h"

void asn_once(asn_once_flag *flag, void (*init)(void))
{
    int expected = 0;
    if (__atomic_load_n(&flag->state, __ATOMIC_ACQUIRE) == 2)
        return;
    if (__atomic_compare_exchange_n(&flag->state, &expected, 1, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
        init();
        __atomic_store_n(&flag->state, 2, __ATOMIC_RELEASE);
        return;
    }
    while (__atomic_load_n(&flag->state, __ATOMIC_ACQUIRE) != 2)
        asn_thread_yield(); /* another thread runs init: it is short (a type table, the bundled dictionary) */
}

void asn_lock_take(asn_lock *lock)
{
    for (;;) {
        int expected = 0;
        if (__atomic_compare_exchange_n(&lock->held, &expected, 1, 1, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
            return;
        while (__atomic_load_n(&lock->held, __ATOMIC_RELAXED))
            asn_thread_yield();
    }
}

void asn_lock_release(asn_lock *lock) { __atomic_store_n(&lock->held, 0, __ATOMIC_RELEASE); }
