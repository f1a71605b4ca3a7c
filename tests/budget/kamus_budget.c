/* The dictionary loading budget (issue 16): any file within the 32 MB limit loads or is refused within 5 s, and
 * within 3x the time of an ordinary dictionary of the same size, whatever its shape.
 *
 * Built without sanitizers and optimised (the times are the point), run by `make check` as `kamus-budget`.
 * Each hostile shape is generated here, in memory, at a size close to the limit:
 *   attributes   1,500,000 attributes on <kamus> (libxml2 2.9's duplicate check is quadratic)
 *   nesting      1,000,000 nested elements
 *   collisions   131,072 kompetensi codes that share one chain of an unkeyed FNV-1a index of up to 2^24 slots
 *                (a multicollision: the low bits of FNV-1a's state depend only on the low bits)
 *   standar      one jabatan with 200,000 standar (each kompetensi once)
 *   duplicate    the same with the last standar repeating the first (refused)
 *   codes        200,000 kompetensi whose last code repeats the first (refused)
 *   texts        3,000 kompetensi with a definisi of 10,000 characters
 *   one-text     a single definisi of 30 MB (over the schema's 10,000: refused)
 * `kamus_budget --seeds DIR` writes small versions of each shape into DIR for the fuzzer's corpus;
 * `kamus_budget --only NAME` times one shape.
 * Prints `kamus-budget: N passed, M failed`. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "kamus.h"

static int passed, failed;

typedef struct {
    char *p;
    size_t n, cap;
} buffer;

static void put(buffer *b, const char *s)
{
    size_t k = strlen(s);
    if (b->n + k + 1 > b->cap) {
        b->cap = (b->n + k + 1) * 2;
        b->p = realloc(b->p, b->cap);
        if (!b->p)
            abort();
    }
    memcpy(b->p + b->n, s, k + 1);
    b->n += k;
}

static void putf(buffer *b, const char *format, long a, long c)
{
    char s[256];
    snprintf(s, sizeof s, format, a, c);
    put(b, s);
}

static const char HEAD[] = "<kamus xmlns='urn:asnkarier:kamus:1' nama='Uji beban' versi='1'>\n";

static void ordinary(buffer *b, long jabatan)
{
    put(b, HEAD);
    for (long c = 0; c < 40; c++)
        putf(b, "<kompetensi kode='K.%02ld' jenis='teknis'><nama>Kompetensi %ld</nama></kompetensi>\n", c, c);
    for (long j = 0; j < jabatan; j++) {
        putf(b, "<jabatan kode='J-%ld' nama='Jabatan nomor %ld'>", j, j);
        for (long c = 0; c < 40; c += 4)
            putf(b, "<standar kompetensi='K.%02ld' level='%ld'/>", c, 1 + (j + c) % 5);
        put(b, "</jabatan>\n");
    }
    put(b, "</kamus>\n");
}

static void attributes(buffer *b, long count)
{
    put(b, "<kamus xmlns='urn:asnkarier:kamus:1'");
    for (long i = 0; i < count; i++)
        putf(b, " a%ld='%ld'", i, i);
    put(b, "/>\n");
}

static void nesting(buffer *b, long depth)
{
    put(b, HEAD);
    for (long i = 0; i < depth; i++)
        put(b, "<a>");
    for (long i = 0; i < depth; i++)
        put(b, "</a>");
    put(b, "</kamus>\n");
}

/* Codes whose FNV-1a 64 states agree in the low 24 bits: 17 blocks of 4 characters, each with two choices
 * that lead to the same low bits, so every one of the 2^17 combinations lands in one bucket. */
static void collisions(buffer *b, int blocks)
{
    enum { CANDIDATES = 20000 };
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    char choice[24][2][5];
    uint32_t state = (uint32_t)(1469598103934665603ULL & 0xffffff);
    static struct { uint32_t low; char s[5]; } cand[CANDIDATES];
    srand(16);
    for (int k = 0; k < blocks; k++) {
        int found = 0;
        while (!found) {
            for (int i = 0; i < CANDIDATES; i++) {
                uint64_t h = state;
                for (int j = 0; j < 4; j++) {
                    cand[i].s[j] = alphabet[rand() % 36];
                    h = ((h ^ (unsigned char)cand[i].s[j]) * 1099511628211ULL) & 0xffffff;
                }
                cand[i].s[4] = '\0';
                cand[i].low = (uint32_t)h;
            }
            for (int i = 0; i < CANDIDATES && !found; i++)
                for (int j = i + 1; j < CANDIDATES && !found; j++)
                    if (cand[i].low == cand[j].low && strcmp(cand[i].s, cand[j].s)) {
                        memcpy(choice[k][0], cand[i].s, 5);
                        memcpy(choice[k][1], cand[j].s, 5);
                        state = cand[i].low;
                        found = 1;
                    }
        }
    }
    put(b, HEAD);
    for (long m = 0; m < (1L << blocks); m++) {
        char code[128] = "";
        for (int k = 0; k < blocks; k++)
            strcat(code, choice[k][(m >> k) & 1]);
        put(b, "<kompetensi kode='");
        put(b, code);
        putf(b, "' jenis='teknis'><nama>n%ld</nama></kompetensi>\n", m, 0);
    }
    put(b, "</kamus>\n");
}

static void standar(buffer *b, long count, int duplicate)
{
    put(b, HEAD);
    for (long c = 0; c < count; c++)
        putf(b, "<kompetensi kode='K%ld' jenis='teknis'><nama>N%ld</nama></kompetensi>\n", c, c);
    put(b, "<jabatan kode='J' nama='J'>\n");
    for (long c = 0; c < count; c++)
        putf(b, "<standar kompetensi='K%ld' level='%ld'/>\n", duplicate && c == count - 1 ? 0 : c, 1 + c % 5);
    put(b, "</jabatan>\n</kamus>\n");
}

static void codes(buffer *b, long count)
{
    put(b, HEAD);
    for (long c = 0; c < count; c++)
        putf(b, "<kompetensi kode='K%ld' jenis='teknis'><nama>N%ld</nama></kompetensi>\n", c == count - 1 ? 0 : c, c);
    put(b, "</kamus>\n");
}

static void texts(buffer *b, long count, long length)
{
    put(b, HEAD);
    char *text = malloc((size_t)length + 1);
    for (long i = 0; i < length; i++)
        text[i] = "Mampu menata arsip. "[i % 20];
    text[length] = '\0';
    for (long c = 0; c < count; c++) {
        putf(b, "<kompetensi kode='K%ld' jenis='teknis'><nama>N%ld</nama><definisi>", c, c);
        put(b, text);
        put(b, "</definisi></kompetensi>\n");
    }
    free(text);
    put(b, "</kamus>\n");
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* Seconds to load (or refuse) b; *loaded says which. */
static double load(const buffer *b, int *loaded)
{
    asn_status st = { ASN_OK, "" };
    int line;
    double t = now();
    asn_kamus *k = asn_kamus_parse(b->p, b->n, &line, &st);
    t = now() - t;
    *loaded = k != NULL;
    asn_kamus_release(k);
    return t;
}

typedef struct {
    const char *name;
    int should_load;
    buffer data;
} shape;

static void make_shapes(shape *s, int small)
{
    long f = small ? 1000 : 1; /* the seeds are small versions */
    s[0] = (shape){ "attributes", 0, { 0 } };
    attributes(&s[0].data, 1500000 / f);
    s[1] = (shape){ "nesting", 0, { 0 } };
    nesting(&s[1].data, 1000000 / f);
    s[2] = (shape){ "collisions", 1, { 0 } };
    collisions(&s[2].data, small ? 7 : 17);
    s[3] = (shape){ "standar", 1, { 0 } };
    standar(&s[3].data, 200000 / f, 0);
    s[4] = (shape){ "duplicate", 0, { 0 } };
    standar(&s[4].data, 200000 / f, 1);
    s[5] = (shape){ "codes", 0, { 0 } };
    codes(&s[5].data, 200000 / f);
    s[6] = (shape){ "texts", 1, { 0 } };
    texts(&s[6].data, small ? 3 : 3000, 10000);
    s[7] = (shape){ "one-text", 0, { 0 } };
    texts(&s[7].data, 1, small ? 20000 : 30L * 1000 * 1000);
}

enum { SHAPES = 8 };

static void check(int ok, const char *what)
{
    if (ok) {
        passed++;
    } else {
        failed++;
        printf("FAIL %s\n", what);
    }
}

int main(int argc, char **argv)
{
    shape shapes[SHAPES];
    if (argc == 3 && !strcmp(argv[1], "--seeds")) {
        make_shapes(shapes, 1);
        mkdir(argv[2], 0755);
        for (int i = 0; i < SHAPES; i++) {
            char path[512];
            snprintf(path, sizeof path, "%s/hostile-%s.xml", argv[2], shapes[i].name);
            FILE *out = fopen(path, "wb");
            if (!out || fwrite(shapes[i].data.p, 1, shapes[i].data.n, out) != shapes[i].data.n)
                return 1;
            fclose(out);
        }
        return 0;
    }
    buffer reference = { 0 };
    ordinary(&reference, 64000);
    int loaded;
    load(&reference, &loaded); /* warm up: the schema is compiled on the first parse */
    double t_ref = load(&reference, &loaded);
    double per_byte = t_ref / (double)reference.n;
    printf("ordinary dictionary: %.1f MB, loaded in %.3f s\n", (double)reference.n / 1e6, t_ref);
    check(loaded, "the ordinary dictionary was refused");
    const char *only = argc == 3 && !strcmp(argv[1], "--only") ? argv[2] : NULL;
    make_shapes(shapes, 0);
    for (int i = 0; i < SHAPES; i++) {
        if (only && strcmp(only, shapes[i].name))
            continue;
        double t = load(&shapes[i].data, &loaded);
        double allowed = 3.0 * per_byte * (double)shapes[i].data.n + 0.05; /* 50 ms for timer noise */
        printf("%-12s %5.1f MB  %-8s in %.3f s (budget %.3f s)\n", shapes[i].name, (double)shapes[i].data.n / 1e6,
               loaded ? "loaded" : "refused", t, allowed < 5.0 ? allowed : 5.0);
        char what[200];
        snprintf(what, sizeof what, "%s: %zu bytes, over the 32 MB limit", shapes[i].name, shapes[i].data.n);
        check(shapes[i].data.n <= 32u << 20, what);
        snprintf(what, sizeof what, "%s: %s, should be %s", shapes[i].name, loaded ? "loaded" : "refused",
                 shapes[i].should_load ? "loaded" : "refused");
        check(loaded == shapes[i].should_load, what);
        snprintf(what, sizeof what, "%s: %.3f s, over 5 s", shapes[i].name, t);
        check(t <= 5.0, what);
        snprintf(what, sizeof what, "%s: %.3f s, over 3x an ordinary dictionary of its size (%.3f s)", shapes[i].name,
                 t, allowed);
        check(t <= allowed, what);
        free(shapes[i].data.p);
    }
    free(reference.p);
    printf("kamus-budget: %d passed, %d failed\n", passed, failed);
    return failed != 0;
}
