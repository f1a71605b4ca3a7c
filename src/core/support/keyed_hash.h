/* A keyed hash for tables filled from file content: SipHash-1-3 under a key chosen once per process.
 *
 * An unkeyed hash (FNV-1a) lets a crafted kamus put every code in one chain, so that a valid 30 MB file took
 * minutes to load; with a key the attacker does not know, collisions cannot be prepared in a file. */
#ifndef ASN_KEYED_HASH_H
#define ASN_KEYED_HASH_H

#include <stddef.h>
#include <stdint.h>

/* The hash of n bytes under this process's key. */
uint64_t asn_keyed_hash(const void *data, size_t n);

/* The same under a given key (for tests: two keys give different hashes). */
uint64_t asn_keyed_hash_with(const void *data, size_t n, uint64_t k0, uint64_t k1);

#endif
