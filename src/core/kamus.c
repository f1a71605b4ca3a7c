/* Competency dictionaries: parse, validate, index (contract: docs/functions.md section 3).
 *
 * Rules, cited in the code as (Rn):
 *  R1. A dictionary is XML in the namespace urn:asnkarier:kamus:1, valid against the bundled XML Schema
 *      (extension/kamus/kamus.xsd, embedded at build time). A file that fails is refused with the line.
 *  R2. A DOCTYPE declaration is refused; external entities, DTDs and network access are never used: the
 *      parser stops at the DOCTYPE before reading it (so no entity can be declared, let alone expanded),
 *      runs with XML_PARSE_NONET and without XML_PARSE_NOENT / XML_PARSE_DTDLOAD.
 *  R3. Kompetensi codes are unique, jabatan codes are unique (case-insensitively, as lookups are);
 *      the level values of a kompetensi are unique.
 *  R4. Every standar refers to an existing kompetensi kode, at most once per jabatan.
 *  R5. Positions and competencies are looked up by kode or by nama, case-insensitively, with spaces trimmed
 *      and collapsed; a kode wins over a nama when both would match.
 *  R6. libxml2 lives in the same process as LibreOffice, which uses it too: this file touches no global
 *      libxml2 state (no global error handler, never xmlCleanupParser); each parse has its own context and
 *      collects its own errors.
 *  R7. Loading budget: whatever its shape, a file within the size limit loads or is refused in time linear
 *      (or n log n) in its size. libxml2 2.9 checks an element's attributes for duplicates in quadratic time
 *      (100,000 attributes on <kamus>: half a minute), so an element with more than MAX_ATTRIBUTES attributes
 *      (the schema allows 3 on any element, and namespace declarations) is refused by a linear scan of the
 *      bytes before libxml2 reads them. Duplicate checks use a keyed hash (R5) or a sort (R4). */
#include "kamus.h"

#include <libxml/parser.h>
#include <math.h>
#include <libxml/xmlschemas.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "support/keyed_hash.h"
#include "support/locale_free.h"
#include "support/sync.h"

extern const unsigned char asn_kamus_xsd[];
extern const size_t asn_kamus_xsd_size;

/* ---- memory: one arena per dictionary, freed at once ------------------------------------------- */

typedef struct arena_block {
    struct arena_block *next;
    size_t used, size;
    _Alignas(16) unsigned char data[];
} arena_block;

typedef struct {
    arena_block *head;
} arena;

static void *arena_alloc(arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (!a->head || a->head->size - a->head->used < n) {
        size_t size = n > 65536 ? n : 65536;
        arena_block *b = malloc(sizeof *b + size);
        if (!b)
            return NULL;
        b->next = a->head;
        b->used = 0;
        b->size = size;
        a->head = b;
    }
    void *p = a->head->data + a->head->used;
    a->head->used += n;
    return p;
}

static void arena_free(arena *a)
{
    while (a->head) {
        arena_block *next = a->head->next;
        free(a->head);
        a->head = next;
    }
}

/* Whitespace collapsed to single spaces and trimmed (XML pretty-printing is not content). */
static char *arena_text(arena *a, const char *s)
{
    size_t n = strlen(s);
    char *out = arena_alloc(a, n + 1), *p = out;
    if (!out)
        return NULL;
    int space = 0;
    for (; *s; s++) {
        if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') {
            space = p != out;
            continue;
        }
        if (space)
            *p++ = ' ';
        space = 0;
        *p++ = *s;
    }
    *p = '\0';
    return out;
}

/* ---- the index: normalised kode/nama -> position or competency --------------------------------- */

/* Room for the longest valid key: a nama of 300 characters (the schema's maxLength counts characters) of up
 * to 4 UTF-8 bytes each, and its NUL. (512 bytes left a valid nama of 300 Devanagari characters unfindable.) */
#define KEY_MAX (300 * 4 + 8)

/* The lookup key of R5: ASCII lowercase, whitespace trimmed and collapsed. Returns 0 if it does not fit. */
static int normal_key(const char *s, char *out, size_t cap)
{
    size_t n = 0;
    int space = 0;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = n > 0;
            continue;
        }
        if (n + 2 >= cap)
            return 0;
        if (space)
            out[n++] = ' ';
        space = 0;
        out[n++] = (char)((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
    }
    out[n] = '\0';
    return 1;
}

/* R5: keyed per process (keyed_hash.c), so that no file can choose codes that share one chain. */
static uint64_t hash_key(const char *s) { return asn_keyed_hash(s, strlen(s)); }

typedef struct {
    const char **key;
    long *value;
    size_t mask;
} index_table;

static int index_init(arena *a, index_table *t, size_t entries)
{
    size_t size = 16;
    while (size < entries * 2 + 1)
        size *= 2;
    t->key = arena_alloc(a, size * sizeof *t->key);
    t->value = arena_alloc(a, size * sizeof *t->value);
    if (!t->key || !t->value)
        return 0;
    memset(t->key, 0, size * sizeof *t->key);
    t->mask = size - 1;
    return 1;
}

/* Inserts key -> value unless the key is there; returns the value now stored, or -2 without memory. */
static long index_put(arena *a, index_table *t, const char *text, long value)
{
    char key[KEY_MAX];
    if (!normal_key(text, key, sizeof key))
        return value; /* longer than any valid kode or nama: not indexed */
    for (size_t i = hash_key(key) & t->mask;; i = (i + 1) & t->mask) {
        if (!t->key[i]) {
            char *copy = arena_alloc(a, strlen(key) + 1);
            if (!copy)
                return -2;
            strcpy(copy, key);
            t->key[i] = copy;
            t->value[i] = value;
            return value;
        }
        if (!strcmp(t->key[i], key))
            return t->value[i];
    }
}

static long index_get(const index_table *t, const char *text)
{
    char key[KEY_MAX];
    if (!normal_key(text, key, sizeof key) || !t->key)
        return -1;
    for (size_t i = hash_key(key) & t->mask; t->key[i]; i = (i + 1) & t->mask)
        if (!strcmp(t->key[i], key))
            return t->value[i];
    return -1;
}

/* ---- the model ------------------------------------------------------------------------------------- */

typedef struct {
    const char *text[4]; /* kode, nama, jenis, definisi (asn_kamus_field order) */
    const char *deskripsi[6], *indikator[6];
} competency;

typedef struct {
    long competency;
    double level;
} standard;

typedef struct {
    const char *kode, *nama;
    standard *std; /* sorted by competency */
    size_t n_std;
} position;

struct asn_kamus {
    int refs;
    arena mem;
    competency *comp;
    position *pos;
    size_t n_comp, n_pos;
    index_table comp_index, pos_index;
};

void asn_kamus_retain(asn_kamus *k) { __atomic_add_fetch(&k->refs, 1, __ATOMIC_RELAXED); }

void asn_kamus_release(asn_kamus *k)
{
    if (k && __atomic_sub_fetch(&k->refs, 1, __ATOMIC_ACQ_REL) == 0) {
        arena m = k->mem;
        free(k);
        arena_free(&m);
    }
}

size_t asn_kamus_competency_count(const asn_kamus *k) { return k->n_comp; }
size_t asn_kamus_position_count(const asn_kamus *k) { return k->n_pos; }
long asn_kamus_find_competency(const asn_kamus *k, const char *s) { return index_get(&k->comp_index, s); }
long asn_kamus_find_position(const asn_kamus *k, const char *s) { return index_get(&k->pos_index, s); }

double asn_kamus_required(const asn_kamus *k, long p, long c)
{
    const position *pos = &k->pos[p];
    size_t lo = 0, hi = pos->n_std;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (pos->std[mid].competency < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return (lo < pos->n_std && pos->std[lo].competency == c) ? pos->std[lo].level : -1.0;
}

const char *asn_kamus_competency_text(const asn_kamus *k, long c, asn_kamus_field field)
{
    const char *t = k->comp[c].text[field];
    return (t && *t) ? t : NULL;
}

const char *asn_kamus_level_text(const asn_kamus *k, long c, int level, int indicators)
{
    if (level < 1 || level > 5)
        return NULL;
    const char *t = indicators ? k->comp[c].indikator[level] : k->comp[c].deskripsi[level];
    return (t && *t) ? t : NULL;
}

/* ---- parsing ----------------------------------------------------------------------------------------- */

typedef struct {
    int seen, line, doctype;
    char message[200];
} first_error;

static void remember(first_error *e, int line, const char *message)
{
    if (e->seen)
        return;
    e->seen = 1;
    e->line = line;
    snprintf(e->message, sizeof e->message, "%s", message ? message : "invalid XML");
    size_t n = strlen(e->message);
    while (n && (e->message[n - 1] == '\n' || e->message[n - 1] == ' '))
        e->message[--n] = '\0';
}

static void collect_error(void *data, xmlErrorPtr error)
{
    remember(data, error ? error->line : 0, error ? error->message : NULL);
}

/* The parser's own errors arrive with the parser context as data (ctxt->userData). */
static void collect_parser_error(void *ctx, xmlErrorPtr error)
{
    xmlParserCtxtPtr ctxt = ctx;
    collect_error(ctxt->_private, error);
}

/* R2: called when the parser meets <!DOCTYPE ...>, before it reads the internal subset. */
static void refuse_doctype(void *ctx, const xmlChar *name, const xmlChar *external_id, const xmlChar *system_id)
{
    (void)name, (void)external_id, (void)system_id;
    xmlParserCtxtPtr ctxt = ctx;
    first_error *e = ctxt->_private;
    if (!e->seen) {
        e->doctype = 1;
        remember(e, xmlSAX2GetLineNumber(ctxt), "a DOCTYPE declaration is not allowed in a dictionary");
    }
    xmlStopParser(ctxt);
}

static asn_once_flag schema_once = ASN_ONCE_INIT;
static xmlSchemaPtr schema;

static void compile_schema(void)
{
    xmlInitParser(); /* idempotent and thread-safe; LibreOffice has usually done it already */
    first_error e = { 0 };
    xmlSchemaParserCtxtPtr p = xmlSchemaNewMemParserCtxt((const char *)asn_kamus_xsd, (int)asn_kamus_xsd_size);
    if (!p)
        return;
    xmlSchemaSetParserStructuredErrors(p, collect_error, &e);
    schema = xmlSchemaParse(p);
    xmlSchemaFreeParserCtxt(p);
}

static int is_element(xmlNodePtr n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name);
}

static char *node_text(arena *a, xmlNodePtr n)
{
    xmlChar *content = xmlNodeGetContent(n);
    char *t = arena_text(a, content ? (const char *)content : "");
    xmlFree(content);
    return t;
}

static char *attr_text(arena *a, xmlNodePtr n, const char *name)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    char *t = arena_text(a, v ? (const char *)v : "");
    xmlFree(v);
    return t;
}

static int fail_at(asn_status *st, int *line, xmlNodePtr n, const char *fmt, const char *what)
{
    *line = (int)xmlGetLineNo(n);
    return asn_fail(st, ASN_INVALID, fmt, what);
}

/* A standar while its jabatan is read: where it stands in the file, for the duplicate check (R4). */
typedef struct {
    standard std;
    size_t order;
    xmlNodePtr node;
} pending_standard;

/* R7: far more than the schema allows on any element (kode, nama, jenis, level, namespace declarations,
 * xsi attributes), far fewer than libxml2 needs to become slow. */
#define MAX_ATTRIBUTES 64

/* R7: the line of the first start tag with more than MAX_ATTRIBUTES attributes, or 0 when none has. One pass:
 * comments, CDATA sections, processing instructions and quoted attribute values are skipped as such, so a '='
 * inside them is not counted. */
static int line_of_crowded_tag(const char *p, size_t n)
{
    const char *end = p + n;
    int line = 1;
    while (p < end) {
        if (*p == '\n')
            line++;
        if (*p++ != '<' || p >= end)
            continue;
        const char *close = NULL;
        if (*p == '!' && end - p >= 3 && p[1] == '-' && p[2] == '-')
            close = "-->";
        else if (*p == '!' && end - p >= 8 && !memcmp(p, "![CDATA[", 8))
            close = "]]>";
        else if (*p == '?')
            close = "?>";
        if (close) { /* skip to the end of the comment, CDATA section or PI, counting lines */
            size_t k = strlen(close);
            while (p < end && !((size_t)(end - p) >= k && !memcmp(p, close, k)))
                line += *p++ == '\n';
            continue;
        }
        int tag_line = line, attributes = 0;
        char quote = 0;
        for (; p < end && (quote || *p != '>'); p++) {
            line += *p == '\n';
            if (quote)
                quote = *p == quote ? 0 : quote;
            else if (*p == '"' || *p == '\'')
                quote = *p;
            else if (*p == '=' && ++attributes > MAX_ATTRIBUTES)
                return tag_line;
        }
    }
    return 0;
}

static int by_competency_then_order(const void *pa, const void *pb)
{
    const pending_standard *a = pa, *b = pb;
    if (a->std.competency != b->std.competency)
        return (a->std.competency > b->std.competency) - (a->std.competency < b->std.competency);
    return (a->order > b->order) - (a->order < b->order);
}

/* Joins the <indikator> texts of a <level> with "; ". */
static char *join_indicators(arena *a, xmlNodePtr level)
{
    size_t total = 1;
    for (xmlNodePtr c = level->children; c; c = c->next)
        if (is_element(c, "indikator")) {
            xmlChar *t = xmlNodeGetContent(c);
            total += (t ? strlen((const char *)t) : 0) + 2;
            xmlFree(t);
        }
    char *joined = arena_alloc(a, total), *p = joined;
    if (!joined)
        return NULL;
    *p = '\0';
    for (xmlNodePtr c = level->children; c; c = c->next)
        if (is_element(c, "indikator")) {
            char *t = node_text(a, c);
            if (!t)
                return NULL;
            if (!*t)
                continue;
            if (p != joined) {
                strcpy(p, "; ");
                p += 2;
            }
            strcpy(p, t);
            p += strlen(t);
        }
    return joined;
}

static int build_model(asn_kamus *k, xmlNodePtr root, int *line, asn_status *st)
{
    arena *a = &k->mem;
    size_t nc = 0, np = 0;
    for (xmlNodePtr n = root->children; n; n = n->next) {
        nc += is_element(n, "kompetensi");
        np += is_element(n, "jabatan");
    }
    k->comp = arena_alloc(a, (nc + 1) * sizeof *k->comp);
    k->pos = arena_alloc(a, (np + 1) * sizeof *k->pos);
    if (!k->comp || !k->pos || !index_init(a, &k->comp_index, nc * 2) || !index_init(a, &k->pos_index, np * 2))
        return asn_fail(st, ASN_INVALID, "not enough memory for the dictionary");
    memset(k->comp, 0, (nc + 1) * sizeof *k->comp);
    memset(k->pos, 0, (np + 1) * sizeof *k->pos);

    for (xmlNodePtr n = root->children; n; n = n->next) {
        if (!is_element(n, "kompetensi"))
            continue;
        competency *c = &k->comp[k->n_comp];
        c->text[ASN_FIELD_KODE] = attr_text(a, n, "kode");
        c->text[ASN_FIELD_JENIS] = attr_text(a, n, "jenis");
        for (xmlNodePtr e = n->children; e; e = e->next) {
            if (is_element(e, "nama"))
                c->text[ASN_FIELD_NAMA] = node_text(a, e);
            else if (is_element(e, "definisi"))
                c->text[ASN_FIELD_DEFINISI] = node_text(a, e);
            else if (is_element(e, "level")) {
                char *v = attr_text(a, e, "nilai");
                double number = 0.0; /* the schema guarantees a whole number 1..5 ("3", "+3", " 03 ") */
                if (!v || !asn_text_number(v, &number) || number != floor(number) || number < 1.0 || number > 5.0)
                    continue;
                int level = (int)number;
                if (c->deskripsi[level] || c->indikator[level]) /* R3 */
                    return fail_at(st, line, e, "level %s appears twice in this kompetensi", v);
                for (xmlNodePtr d = e->children; d; d = d->next)
                    if (is_element(d, "deskripsi"))
                        c->deskripsi[level] = node_text(a, d);
                c->indikator[level] = join_indicators(a, e);
                if (!c->deskripsi[level])
                    c->deskripsi[level] = "";
            }
        }
        if (!c->text[ASN_FIELD_KODE] || !c->text[ASN_FIELD_NAMA])
            return asn_fail(st, ASN_INVALID, "not enough memory for the dictionary");
        long at = index_put(a, &k->comp_index, c->text[ASN_FIELD_KODE], (long)k->n_comp);
        if (at == -2)
            return asn_fail(st, ASN_INVALID, "not enough memory for the dictionary");
        if (at != (long)k->n_comp) /* R3 */
            return fail_at(st, line, n, "kompetensi kode \"%s\" appears twice", c->text[ASN_FIELD_KODE]);
        k->n_comp++;
    }
    for (xmlNodePtr n = root->children; n; n = n->next) {
        if (!is_element(n, "jabatan"))
            continue;
        position *p = &k->pos[k->n_pos];
        p->kode = attr_text(a, n, "kode");
        p->nama = attr_text(a, n, "nama");
        size_t ns = 0;
        for (xmlNodePtr s = n->children; s; s = s->next)
            ns += is_element(s, "standar");
        p->std = arena_alloc(a, (ns + 1) * sizeof *p->std);
        pending_standard *pending = malloc((ns + 1) * sizeof *pending);
        if (!p->kode || !p->nama || !p->std || !pending) {
            free(pending);
            return asn_fail(st, ASN_INVALID, "not enough memory for the dictionary");
        }
        for (xmlNodePtr s = n->children; s; s = s->next) {
            if (!is_element(s, "standar"))
                continue;
            char *code = attr_text(a, s, "kompetensi"), *level = attr_text(a, s, "level");
            long c = code ? index_get(&k->comp_index, code) : -1; /* R4: the index holds only kodes so far */
            double required; /* the schema guarantees a decimal 1..5, written with '.' whatever the locale */
            if (!code || !level) {
                free(pending);
                return asn_fail(st, ASN_INVALID, "not enough memory for the dictionary");
            }
            if (c < 0) { /* R4 */
                free(pending);
                return fail_at(st, line, s, "standar refers to kompetensi \"%s\", which the dictionary does not define", code);
            }
            if (!asn_text_number(level, &required)) {
                free(pending);
                return fail_at(st, line, s, "standar level \"%s\" is not a number", level);
            }
            pending[p->n_std] = (pending_standard){ { c, required }, p->n_std, s };
            p->n_std++;
        }
        /* R4: a kompetensi twice in one jabatan. Sorted, duplicates are neighbours: n log n, where comparing each
         * standar with all before it is quadratic (half a minute for one jabatan of 300,000 standar). The first
         * duplicate in file order is reported. */
        qsort(pending, p->n_std, sizeof *pending, by_competency_then_order);
        const pending_standard *duplicate = NULL;
        for (size_t j = 1; j < p->n_std; j++)
            if (pending[j].std.competency == pending[j - 1].std.competency &&
                (!duplicate || pending[j].order < duplicate->order))
                duplicate = &pending[j];
        if (duplicate) {
            xmlNodePtr where = duplicate->node;
            const char *code = k->comp[duplicate->std.competency].text[ASN_FIELD_KODE];
            free(pending);
            return fail_at(st, line, where, "kompetensi \"%s\" has two standar in this jabatan", code);
        }
        for (size_t j = 0; j < p->n_std; j++)
            p->std[j] = pending[j].std;
        free(pending);
        long at = index_put(a, &k->pos_index, p->kode, (long)k->n_pos);
        if (at == -2)
            return asn_fail(st, ASN_INVALID, "not enough memory for the dictionary");
        if (at != (long)k->n_pos) /* R3 */
            return fail_at(st, line, n, "jabatan kode \"%s\" appears twice", p->kode);
        k->n_pos++;
    }
    /* Names go in after every kode, so that a kode wins over a nama (R5); standar resolution above saw
     * kodes only (R4). */
    for (size_t i = 0; i < k->n_comp; i++)
        if (index_put(a, &k->comp_index, k->comp[i].text[ASN_FIELD_NAMA], (long)i) == -2)
            return asn_fail(st, ASN_INVALID, "not enough memory for the dictionary");
    for (size_t i = 0; i < k->n_pos; i++)
        if (index_put(a, &k->pos_index, k->pos[i].nama, (long)i) == -2)
            return asn_fail(st, ASN_INVALID, "not enough memory for the dictionary");
    return 1;
}

asn_kamus *asn_kamus_parse(const char *data, size_t size, int *line, asn_status *st)
{
    *line = 0;
    if (size > ASN_KAMUS_MAX_BYTES || size > INT32_MAX) {
        asn_fail(st, ASN_INVALID, "the dictionary is larger than %u MB", ASN_KAMUS_MAX_BYTES >> 20);
        return NULL;
    }
    asn_once(&schema_once, compile_schema);
    if (!schema) {
        asn_fail(st, ASN_INVALID, "the bundled schema could not be compiled");
        return NULL;
    }
    int crowded = line_of_crowded_tag(data, size); /* R7 */
    if (crowded) {
        *line = crowded;
        asn_fail(st, ASN_INVALID, "an element has more than %d attributes", MAX_ATTRIBUTES);
        return NULL;
    }
    first_error err = { 0 };
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt) {
        asn_fail(st, ASN_INVALID, "not enough memory to parse");
        return NULL;
    }
    ctxt->_private = &err;
    ctxt->sax->internalSubset = refuse_doctype; /* R2 */
    ctxt->sax->serror = collect_parser_error;   /* R6: this parse's errors, nowhere else */
    ctxt->sax->error = NULL;
    ctxt->sax->warning = NULL;
    xmlDocPtr doc = xmlCtxtReadMemory(ctxt, data, (int)size, NULL, NULL,
                                      XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOBLANKS); /* R2 */
    int well_formed = doc && ctxt->wellFormed && !err.doctype;
    xmlFreeParserCtxt(ctxt);
    if (!well_formed) {
        if (doc)
            xmlFreeDoc(doc);
        *line = err.line;
        asn_fail(st, ASN_INVALID, "%s", err.seen ? err.message : "not well-formed XML");
        return NULL;
    }
    xmlSchemaValidCtxtPtr v = xmlSchemaNewValidCtxt(schema); /* R1 */
    int valid = -1;
    if (v) {
        xmlSchemaSetValidStructuredErrors(v, collect_error, &err);
        valid = xmlSchemaValidateDoc(v, doc);
        xmlSchemaFreeValidCtxt(v);
    }
    if (valid != 0) {
        xmlFreeDoc(doc);
        *line = err.line;
        asn_fail(st, ASN_INVALID, "%s", err.seen ? err.message : "the dictionary does not follow the schema");
        return NULL;
    }
    asn_kamus *k = calloc(1, sizeof *k);
    if (!k) {
        xmlFreeDoc(doc);
        asn_fail(st, ASN_INVALID, "not enough memory for the dictionary");
        return NULL;
    }
    k->refs = 1;
    int built = build_model(k, xmlDocGetRootElement(doc), line, st);
    xmlFreeDoc(doc);
    if (!built) {
        asn_kamus_release(k);
        return NULL;
    }
    return k;
}
