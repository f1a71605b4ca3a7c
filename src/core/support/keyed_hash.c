/* SipHash-1-3 (Aumasson and Bernstein; the reduced-round variant Rust and Python use for hash tables) under a
 * per-process key. The key mixes the clock at first use with addresses that address-space layout
 * randomisation moves in every process: not a secret against a local attacker, but unknowable to whoever
 * writes a dictionary file in advance, which is the threat here. */
#include "keyed_hash.h"
#include "platform.h"
#include "sync.h"

#include <string.h>
#include <time.h>

#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND(v0, v1, v2, v3)                                                                                   \
    do {                                                                                                           \
        v0 += v1; v1 = ROTL(v1, 13); v1 ^= v0; v0 = ROTL(v0, 32);                                                \
        v2 += v3; v3 = ROTL(v3, 16); v3 ^= v2;                                                                     \
        v0 += v3; v3 = ROTL(v3, 21); v3 ^= v0;                                                                     \
        v2 += v1; v1 = ROTL(v1, 17); v1 ^= v2; v2 = ROTL(v2, 32);                                                 \
    } while (0)

uint64_t asn_keyed_hash_with(const void *data, size_t n, uint64_t k0, uint64_t k1)
{
    const unsigned char *p = data;
    uint64_t v0 = 0x736f6d6570736575ULL ^ k0, v1 = 0x646f72616e646f6dULL ^ k1, v2 = 0x6c7967656e657261ULL ^ k0,
             v3 = 0x7465646279746573ULL ^ k1;
    size_t whole = n - n % 8;
    for (size_t i = 0; i < whole; i += 8) {
        uint64_t m = 0;
        for (int b = 7; b >= 0; b--)
            m = (m << 8) | p[i + (size_t)b]; /* little-endian, whatever the machine */
        v3 ^= m;
        SIPROUND(v0, v1, v2, v3);
        v0 ^= m;
    }
    uint64_t last = (uint64_t)(n & 0xff) << 56;
    for (size_t i = 0; i < n % 8; i++)
        last |= (uint64_t)p[whole + i] << (8 * i);
    v3 ^= last;
    SIPROUND(v0, v1, v2, v3);
    v0 ^= last;
    v2 ^= 0xff;
    SIPROUND(v0, v1, v2, v3);
    SIPROUND(v0, v1, v2, v3);
    SIPROUND(v0, v1, v2, v3);
    return v0 ^ v1 ^ v2 ^ v3;
}

static uint64_t key0, key1;
static asn_once_flag key_once = ASN_ONCE_INIT;

static void choose_key(void)
{
    long long now = asn_now_nanoseconds();
    int on_stack;
    uint64_t seed[4] = { (uint64_t)now, (uint64_t)(now >> 17), (uint64_t)(uintptr_t)&on_stack,
                         (uint64_t)(uintptr_t)&key0 ^ (uint64_t)(uintptr_t)choose_key };
    seed[0] ^= (uint64_t)clock() << 32;
    key0 = asn_keyed_hash_with(seed, sizeof seed, 0x0123456789abcdefULL, 0xfedcba9876543210ULL);
    key1 = asn_keyed_hash_with(seed, sizeof seed, key0, 0x9e3779b97f4a7c15ULL);
}

uint64_t asn_keyed_hash(const void *data, size_t n)
{
    asn_once(&key_once, choose_key);
    return asn_keyed_hash_with(data, n, key0, key1);
}
