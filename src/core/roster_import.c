/* The roster import: a SIASN export, an assessment-centre file or another roster brought into the committee
 * workbook's Pegawai sheet (README, the guide's step 2: ASN Karier > Impor data pegawai).
 *
 * Rules, cited in the code as (Rn):
 *  R1. The first row of the source is its header. A header is compared with its case, spaces, punctuation and any
 *      part in parentheses ignored: "NIP_BARU", "nipBaru", "Nip Baru" and "NIP (18 angka)"/"NIP" alike.
 *  R2. A header names a roster column by the template's own header or a synonym (table `columns`: SIASN's
 *      "Export Data ASN" names, its web-service names, common variants); competency columns by code (M.01, M01), by
 *      the competency's name, or by both as the workbook's own header writes them ("M.01 Integritas"). The first source column for a roster column wins; a second is noted, not used.
 *  R3. SIASN columns the roster has no place for (tempat lahir, agama, *_id, ...) and headers nobody knows are noted
 *      once each as not imported: nothing disappears without a word. A source without an NIP column is refused.
 *  R4. NIP: read by ASNNIP's rules (nip.c: SIASN's apostrophe, spaces, dots, hyphens removed; 18 digits; a real
 *      birth date, ...) and written as the 18 digits. A row whose NIP is missing, a number (its last digits are
 *      lost), or wrong is refused whole; so is a row whose NIP an earlier row of the source has.
 *  R5. Name: with gelar depan / gelar belakang columns, "gelar depan nama, gelar belakang" (as SIASN prints a
 *      name); spaces trimmed.
 *  R6. Dates (TMT golongan, tanggal lahir): a date number as it comes from a spreadsheet, or text dd-mm-yyyy,
 *      dd/mm/yyyy, dd.mm.yyyy (day first, as Indonesian data has it; one-digit day and month allowed) or
 *      yyyy-mm-dd, optionally followed by a time; written as the date number of the workbook's null date. A day
 *      that does not exist (31-02-2022) or a year outside 1900-2099 is not taken.
 *  R7. Golongan: any form ASNGRADE reads (III/b, III-b, 3b, ...), written as III/b. Pendidikan: any form ASNEDULEVEL
 *      reads, the part before "/" (S-1/Sarjana), written as SD, D1, D2, D3, D4, S1, S2 or S3; a school keeps its own
 *      name (SMP, SLTP, SMA, SMK, SLTA: SMA and SMK are not the same school, though of one level).
 *  R8. Numbers (masa kerja, indicators, competency levels, angka kredit): a number, or text with one decimal point
 *      or comma and no grouping (33.4 and 33,4 are both 33.4; a CSV has no locale). Masa kerja also from "MK tahun"
 *      and "MK bulan" columns (years + months / 12) when the source has no masa kerja column of its own.
 *  R9. A value that cannot be taken is not written (the roster keeps what it had there) and is noted with row, NIP,
 *      column, value and what is expected; the rest of its row is taken. A blank source cell writes a blank.
 *  R10. Only the roster columns the source has are written: a second import of an assessment file (NIP and
 *      competency levels) fills those columns and keeps names, ratings and everything else the committee typed.
 *  R11. Merge by NIP: a row whose NIP the roster has (compared after R4's normalisation) updates that row; any other
 *      is added below the last filled roster row. When the new rows do not fit the workbook's capacity nothing is
 *      imported (a roster silently cut at its last row would rank an incomplete kota).
 *  R12. Texts of the other columns (unit, jabatan, ratings, potensial, predikat, hukuman disiplin, jenjang) are taken
 *      trimmed, as they are: the workbook's own check column names a label it does not know.
 * Development records (issue 26: SIASN's course history, or rows with the sheet Pengembangan's own columns):
 *  R13. A source whose header has a JP column (JP, jumlahJam, jam pelajaran) is a development record, not a roster:
 *      its rows go to Pengembangan, columns A..F: NIP, Tanggal (tanggalKursus, tanggalMulai), Tahun (tahunKursus),
 *      Jenis (jenisKursus, jenisKursusNama, jenisDiklat), Nama Kegiatan (namaKursus, namaDiklat), JP. Other columns
 *      are noted once as not imported (R3). Headers are compared as R1 says.
 *  R14. NIP as R4, but one NIP on many rows is what a record is. JP: a number >= 0 (R8's forms); the year: Tahun, a
 *      whole number 1900-2099, or else the year of Tanggal (R6). A row without a readable JP or year is refused
 *      whole (the sheet could not count it); Jenis and Nama Kegiatan are taken trimmed, as they are (R12).
 *  R15. A row equal to a record the sheet already has (the same NIP, year and JP, and the same Nama Kegiatan but for
 *      case and outer spaces) is not added again: importing the same course history twice adds nothing. The other
 *      rows are added below the last filled record, in the source's order. */
#include "roster_import.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "career.h"
#include "support/locale_free.h"
#include "nip.h"

const char *const asn_roster_column_names[ASN_ROSTER_COLUMNS] = {
    "NIP", "Nama", "Unit Kerja", "Kode Jabatan", "Jabatan", "Golongan", "TMT Golongan", "Masa Kerja", "Pendidikan",
    "Tanggal Lahir", "Disiplin", "Kualitas Kerja", "Adaptasi", "Inovasi", "Kualitas Layanan", "M.01", "M.02", "M.03",
    "M.04", "M.05", "M.06", "M.07", "M.08", "SK.01", "Rating Hasil Kerja", "Rating Perilaku", "Potensial",
    "Predikat Tahun Lalu", "Hukuman Disiplin", "Jenjang JF", "AK PAK Terakhir",
};

/* Source columns that feed a roster column only together with others (R5, R8). */
enum { SOURCE_TITLE_BEFORE = ASN_ROSTER_COLUMNS, SOURCE_TITLE_AFTER, SOURCE_SERVICE_YEARS, SOURCE_SERVICE_MONTHS,
       SOURCE_UNUSED, SOURCE_KINDS };

typedef struct {
    const char *key; /* R1's compact form */
    int target;
} column_name;

/* R2, R3. */
static const column_name columns[] = {
    { "nip", ASN_COL_NIP }, { "nipbaru", ASN_COL_NIP }, { "nomorindukpegawai", ASN_COL_NIP },
    { "nama", ASN_COL_NAME }, { "namapegawai", ASN_COL_NAME }, { "namalengkap", ASN_COL_NAME },
    { "gelardepan", SOURCE_TITLE_BEFORE }, { "gelarbelakang", SOURCE_TITLE_AFTER },
    { "unitkerja", ASN_COL_UNIT }, { "unornama", ASN_COL_UNIT }, { "unor", ASN_COL_UNIT },
    { "unitorganisasi", ASN_COL_UNIT },
    { "kodejabatan", ASN_COL_POSITION_CODE }, { "kodejab", ASN_COL_POSITION_CODE },
    { "jabatan", ASN_COL_POSITION }, { "jabatannama", ASN_COL_POSITION }, { "namajabatan", ASN_COL_POSITION },
    { "golongan", ASN_COL_GRADE }, { "golakhirnama", ASN_COL_GRADE }, { "golruangakhir", ASN_COL_GRADE },
    { "golonganruang", ASN_COL_GRADE }, { "gol", ASN_COL_GRADE }, { "golakhir", ASN_COL_GRADE },
    { "tmtgolongan", ASN_COL_GRADE_DATE }, { "tmtgolakhir", ASN_COL_GRADE_DATE }, { "tmtgol", ASN_COL_GRADE_DATE },
    { "masakerja", ASN_COL_SERVICE_YEARS }, { "masakerjath", ASN_COL_SERVICE_YEARS },
    { "mktahun", SOURCE_SERVICE_YEARS }, { "masakerjatahun", SOURCE_SERVICE_YEARS },
    { "mkbulan", SOURCE_SERVICE_MONTHS }, { "masakerjabulan", SOURCE_SERVICE_MONTHS },
    { "pendidikan", ASN_COL_EDUCATION }, { "tingkatpendidikannama", ASN_COL_EDUCATION },
    { "tingkatpendidikan", ASN_COL_EDUCATION }, { "tkpendidikanterakhir", ASN_COL_EDUCATION },
    { "pendidikanterakhir", ASN_COL_EDUCATION },
    { "tanggallahir", ASN_COL_BIRTH_DATE }, { "tgllahir", ASN_COL_BIRTH_DATE },
    { "disiplin", ASN_COL_INDICATOR_FIRST }, { "kualitaskerja", ASN_COL_INDICATOR_FIRST + 1 },
    { "adaptasi", ASN_COL_INDICATOR_FIRST + 2 }, { "inovasi", ASN_COL_INDICATOR_FIRST + 3 },
    { "kualitaslayanan", ASN_COL_INDICATOR_FIRST + 4 },
    { "ratinghasilkerja", ASN_COL_WORK_RATING }, { "hasilkinerja", ASN_COL_WORK_RATING },
    { "ratingperilaku", ASN_COL_BEHAVIOUR_RATING }, { "ratingperilakukerja", ASN_COL_BEHAVIOUR_RATING },
    { "perilakukerja", ASN_COL_BEHAVIOUR_RATING },
    { "potensial", ASN_COL_POTENTIAL }, { "potensi", ASN_COL_POTENTIAL },
    { "predikattahunlalu", ASN_COL_LAST_PREDICATE }, { "predikatlalu", ASN_COL_LAST_PREDICATE },
    { "hukumandisiplin", ASN_COL_PENALTY }, { "hukdis", ASN_COL_PENALTY },
    { "jenjangjf", ASN_COL_LEVEL }, { "jenjang", ASN_COL_LEVEL }, { "jenjangjabatan", ASN_COL_LEVEL },
    { "akpakterakhir", ASN_COL_CREDIT }, { "angkakredit", ASN_COL_CREDIT }, { "ak", ASN_COL_CREDIT },
    { "akkumulatif", ASN_COL_CREDIT },
    /* SIASN "Export Data ASN" columns the roster has no place for (R3) */
    { "pnsid", SOURCE_UNUSED }, { "niplama", SOURCE_UNUSED }, { "tempatlahirnama", SOURCE_UNUSED },
    { "tempatlahir", SOURCE_UNUSED }, { "jeniskelamin", SOURCE_UNUSED }, { "agamanama", SOURCE_UNUSED },
    { "jenispegawainama", SOURCE_UNUSED }, { "kedudukanhukumnama", SOURCE_UNUSED },
    { "statuscpnspns", SOURCE_UNUSED }, { "tmtcpns", SOURCE_UNUSED }, { "tmtpns", SOURCE_UNUSED },
    { "golawalnama", SOURCE_UNUSED }, { "jenisjabatannama", SOURCE_UNUSED }, { "tmtjabatan", SOURCE_UNUSED },
    { "pendidikannama", SOURCE_UNUSED }, { "tahunlulus", SOURCE_UNUSED }, { "lokasikerjanama", SOURCE_UNUSED },
    { "instansiinduknama", SOURCE_UNUSED }, { "instansikerjanama", SOURCE_UNUSED },
    { "satuankerjainduknama", SOURCE_UNUSED },
    { "satuankerjakerjanama", SOURCE_UNUSED },
};

/* ---- memory ---------------------------------------------------------------------------------------------------- */

#define BLOCK_BYTES 65536

/* A copy of text[0..length) that lives as long as `in`; NULL when out of memory. */
static const char *keep(asn_roster_import *in, const char *text, size_t length)
{
    if (!in->blocks || in->block_used + length + 1 > BLOCK_BYTES) {
        size_t size = length + 1 > BLOCK_BYTES ? length + 1 : BLOCK_BYTES;
        if (in->blocks == in->blocks_cap) {
            size_t cap = in->blocks_cap ? in->blocks_cap * 2 : 16;
            char **bigger = realloc(in->block, cap * sizeof *bigger);
            if (!bigger)
                return NULL;
            in->block = bigger;
            in->blocks_cap = cap;
        }
        char *block = malloc(size);
        if (!block)
            return NULL;
        in->block[in->blocks++] = block;
        in->block_used = 0;
    }
    char *copy = in->block[in->blocks - 1] + in->block_used;
    memcpy(copy, text, length);
    copy[length] = '\0';
    in->block_used += length + 1;
    return copy;
}

/* ---- notes ----------------------------------------------------------------------------------------------------- */

static void cut_copy(char *out, size_t cap, const char *text)
{
    size_t n = strlen(text);
    if (n >= cap) { /* cut at a character boundary, marked */
        n = cap - 4;
        while (n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80)
            n--;
        memcpy(out, text, n);
        memcpy(out + n, "...", 4);
        return;
    }
    memcpy(out, text, n + 1);
}

/* The value of a cell as the source shows it, for a note. */
static void value_text(const asn_value *v, char *out, size_t cap)
{
    if (v->kind == ASN_VALUE_TEXT)
        cut_copy(out, cap, v->text);
    else if (v->kind == ASN_VALUE_NUMBER && asn_number_text(v->number, out, cap) >= 0)
        ;
    else
        out[0] = '\0';
}

static int note(asn_roster_import *in, long row, const char *nip, const char *column, const asn_value *value,
                int refused_row, asn_status *st, const char *format, ...) __attribute__((format(printf, 8, 9)));

static int note(asn_roster_import *in, long row, const char *nip, const char *column, const asn_value *value,
                int refused_row, asn_status *st, const char *format, ...)
{
    if (in->notes == in->notes_cap) {
        size_t cap = in->notes_cap ? in->notes_cap * 2 : 64;
        asn_import_note *bigger = realloc(in->note, cap * sizeof *bigger);
        if (!bigger)
            return asn_fail(st, ASN_INVALID, "memori tidak cukup");
        in->note = bigger;
        in->notes_cap = cap;
    }
    asn_import_note *n = &in->note[in->notes++];
    memset(n, 0, sizeof *n);
    n->source_row = row;
    cut_copy(n->nip, sizeof n->nip, nip ? nip : "");
    cut_copy(n->column, sizeof n->column, column ? column : "");
    if (value)
        value_text(value, n->value, sizeof n->value);
    n->refused_row = refused_row;
    va_list args;
    va_start(args, format);
    asn_vformat(n->reason, sizeof n->reason, format, args);
    va_end(args);
    return 1;
}

/* ---- R1, R2: headers ------------------------------------------------------------------------------------------- */

/* R1: lowercase letters and digits only, parts in parentheses left out. */
static void compact(const char *text, char *out, size_t cap)
{
    size_t n = 0;
    int depth = 0;
    for (const unsigned char *p = (const unsigned char *)text; *p && n + 1 < cap; p++) {
        if (*p == '(')
            depth++;
        else if (*p == ')' && depth > 0)
            depth--;
        else if (!depth && isalnum(*p) && *p < 0x80)
            out[n++] = (char)tolower(*p);
    }
    out[n] = '\0';
}

/* R2: the roster column (or source kind) a header names; -1 when nobody knows it. */
static int column_of(const char *header, const char *const competency_names[9])
{
    char key[128], name[128];
    compact(header, key, sizeof key);
    if (!key[0])
        return -1;
    for (size_t i = 0; i < sizeof columns / sizeof *columns; i++) {
        compact(columns[i].key, name, sizeof name);
        if (!strcmp(key, name))
            return columns[i].target;
    }
    for (int k = 0; k < 9; k++) {
        char code[32];
        compact(asn_roster_column_names[ASN_COL_COMPETENCY_FIRST + k], code, sizeof code);
        if (!strcmp(key, code))
            return ASN_COL_COMPETENCY_FIRST + k;
        if (competency_names && competency_names[k]) {
            compact(competency_names[k], name, sizeof name);
            size_t n = strlen(code);
            /* the name alone, or code and name as the workbook's own header shows them ("M.01 Integritas") */
            if (name[0] && (!strcmp(key, name) || (!strncmp(key, code, n) && !strcmp(key + n, name))))
                return ASN_COL_COMPETENCY_FIRST + k;
        }
    }
    size_t length = strlen(key);
    if (length > 2 && !strcmp(key + length - 2, "id"))
        return SOURCE_UNUSED; /* SIASN's *_id beside each *_nama */
    return -1;
}

/* ---- R6-R8: values --------------------------------------------------------------------------------------------- */

static int leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int real_date(int y, int m, int d)
{
    static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= days[m - 1] + (m == 2 && leap(y));
}

/* Reads 1..max digits at *p into *out. */
static int read_digits(const char **p, int min, int max, int *out)
{
    int n = 0, v = 0;
    while (n < max && isdigit((unsigned char)**p)) {
        v = v * 10 + (**p - '0');
        (*p)++;
        n++;
    }
    *out = v;
    return n >= min;
}

/* R6: a date text; 1 and y/m/d set when it is one. */
static int date_text(const char *text, int *y, int *m, int *d)
{
    const char *p = text;
    while (*p == ' ')
        p++;
    int a, b, c;
    const char *start = p;
    if (!read_digits(&p, 1, 4, &a))
        return 0;
    char sep = *p;
    if (sep != '-' && sep != '/' && sep != '.')
        return 0;
    p++;
    if (!read_digits(&p, 1, 2, &b) || *p != sep)
        return 0;
    p++;
    if (!read_digits(&p, 1, 4, &c))
        return 0;
    if (p - start >= 8 && a >= 1000) { /* yyyy-mm-dd */
        if (sep != '-')
            return 0;
        *y = a, *m = b, *d = c;
    } else {
        if (c < 1000)
            return 0; /* a two-digit year is ambiguous */
        *d = a, *m = b, *y = c;
    }
    while (*p == ' ')
        p++;
    if (*p && (*p < '0' || *p > '9') && *p != 'T')
        return 0;
    if (*p) { /* a time after the date: hh:mm[:ss] */
        if (*p == 'T')
            p++;
        int h, mi;
        if (!read_digits(&p, 1, 2, &h) || *p++ != ':' || !read_digits(&p, 2, 2, &mi))
            return 0;
        if (*p == ':') {
            p++;
            int s;
            if (!read_digits(&p, 2, 2, &s))
                return 0;
        }
        while (*p == ' ')
            p++;
        if (*p)
            return 0;
    }
    return real_date(*y, *m, *d);
}

/* R8: a number written as text: one optional sign, digits, one optional '.' or ','. */
static int number_text(const char *text, double *out)
{
    char buf[64];
    size_t n = 0;
    int separators = 0, digits = 0;
    const char *p = text;
    while (*p == ' ')
        p++;
    if (*p == '-' || *p == '+')
        buf[n++] = *p++;
    for (; *p && n + 1 < sizeof buf; p++) {
        if (isdigit((unsigned char)*p)) {
            buf[n++] = *p;
            digits++;
        } else if ((*p == '.' || *p == ',') && !separators) {
            buf[n++] = '.';
            separators++;
        } else {
            break;
        }
    }
    while (*p == ' ')
        p++;
    if (*p || !digits)
        return 0;
    buf[n] = '\0';
    return asn_text_number(buf, out);
}

static const char *const education_names[] = { NULL, "SD", "SLTP", "SLTA", "D1", "D2", "D3", "S1", "S2", "S3" };

/* R7: pendidikan in the roster's form; NULL when ASNEDULEVEL does not know it. */
static const char *education_of(const char *text)
{
    char part[64];
    size_t n = strcspn(text, "/");
    if (n >= sizeof part)
        return NULL;
    memcpy(part, text, n);
    part[n] = '\0';
    asn_value v = { ASN_VALUE_TEXT, 0.0, part };
    asn_status st = { 0 };
    int ordinal;
    if (!part[0] || !asn_edulevel(&v, &ordinal, &st) || ordinal < 1 || ordinal > 9)
        return NULL;
    char key[64];
    compact(part, key, sizeof key);
    if (ordinal == 7) /* D4 and S1 share a level: keep which one it was */
        return key[0] == 'd' ? "D4" : "S1";
    static const char *const school_names[] = { "SMP", "SLTP", "SMA", "SMK", "SLTA" };
    for (size_t k = 0; k < sizeof school_names / sizeof *school_names; k++) { /* a school's own name stays */
        char name[8];
        compact(school_names[k], name, sizeof name);
        if (!strcmp(key, name))
            return school_names[k];
    }
    return education_names[ordinal];
}

/* R7: golongan as III/b; 0 when ASNGRADE does not know it. */
static int grade_of(const char *text, char out[8])
{
    asn_value v = { ASN_VALUE_TEXT, 0.0, text }, kind = { ASN_VALUE_BLANK, 0.0, NULL };
    asn_status st = { 0 };
    int ordinal;
    if (!asn_grade(&v, &kind, &ordinal, &st) || ordinal < 1 || ordinal > 17)
        return 0;
    static const char *const groups[] = { "I", "II", "III", "IV" };
    int group = ordinal <= 16 ? (ordinal - 1) / 4 : 3;
    char ruang = (char)('a' + (ordinal <= 16 ? (ordinal - 1) % 4 : 4));
    size_t n = strlen(groups[group]);
    memcpy(out, groups[group], n);
    out[n] = '/';
    out[n + 1] = ruang;
    out[n + 2] = '\0';
    return 1;
}

/* ---- R4-R10: rows ---------------------------------------------------------------------------------------------- */

/* The cell of table row r, column f (blank beyond a short row). */
static const asn_value *table_cell(const asn_cells *table, size_t r, size_t f)
{
    static const asn_value blank = { ASN_VALUE_BLANK, 0.0, NULL };
    return f < table->cols ? &table->cell[r * table->cols + f] : &blank;
}


typedef struct {
    char digits[ASN_NIP_DIGITS + 1];
    long row; /* a table row (asn_roster_read) or a roster row (asn_roster_merge) */
} nip_row;

static int by_digits(const void *a, const void *b)
{
    return memcmp(((const nip_row *)a)->digits, ((const nip_row *)b)->digits, ASN_NIP_DIGITS);
}

/* Equal NIPs in the order of their rows. */
static int by_digits_then_row(const void *a, const void *b)
{
    int d = by_digits(a, b);
    long ra = ((const nip_row *)a)->row, rb = ((const nip_row *)b)->row;
    return d ? d : (ra > rb) - (ra < rb);
}

/* R4: for each table row, the table row of an earlier row with the same valid NIP (-1: none). */
static long *earlier_twins(const asn_cells *table, long nip_column)
{
    long *twin = malloc(table->rows * sizeof *twin);
    nip_row *all = malloc(table->rows * sizeof *all);
    if (!twin || !all) {
        free(twin);
        free(all);
        return NULL;
    }
    size_t n = 0;
    for (size_t r = 0; r < table->rows; r++) {
        twin[r] = -1;
        const asn_value *v = table_cell(table, r, (size_t)nip_column);
        asn_nip nip;
        asn_status ignored = { 0 };
        if (r > 0 && v->kind == ASN_VALUE_TEXT && asn_nip_parse(v->text, &nip, &ignored)) {
            memcpy(all[n].digits, nip.digits, ASN_NIP_DIGITS + 1);
            all[n++].row = (long)r;
        }
    }
    qsort(all, n, sizeof *all, by_digits_then_row);
    for (size_t k = 1; k < n; k++)
        if (!by_digits(&all[k - 1], &all[k]))
            twin[all[k].row] = twin[all[k - 1].row] >= 0 ? twin[all[k - 1].row] : all[k - 1].row;
    free(all);
    return twin;
}

static const char *const expected[ASN_ROSTER_COLUMNS] = {
    [ASN_COL_GRADE] = "golongan seperti III/b",
    [ASN_COL_GRADE_DATE] = "tanggal seperti 01-04-2022 atau 2022-04-01",
    [ASN_COL_BIRTH_DATE] = "tanggal seperti 17-09-1971 atau 1971-09-17",
    [ASN_COL_SERVICE_YEARS] = "angka tahun, mis. 12,5",
    [ASN_COL_EDUCATION] = "pendidikan seperti S1, D3, SLTA (S-1/Sarjana dan D-III juga terbaca)",
    [ASN_COL_CREDIT] = "angka",
};

static int is_number_column(int c)
{
    return c == ASN_COL_SERVICE_YEARS || c == ASN_COL_CREDIT ||
           (c >= ASN_COL_INDICATOR_FIRST && c < ASN_COL_COMPETENCY_FIRST + 9);
}

static const char *nip_reason(int rule)
{
    switch (rule) {
    case 2: return "NIP bukan 18 angka";
    case 3: return "8 angka pertama NIP bukan tanggal lahir yang ada (yyyymmdd)";
    case 4: return "angka 9-14 NIP bukan TMT CPNS (yyyymm, sesudah bulan lahir) atau kode PPPK";
    case 5: return "angka ke-15 NIP (jenis kelamin) bukan 1 atau 2";
    default: return "nomor urut NIP (angka 16-18) 000";
    }
}

/* A text cell's text, or a number as text; NULL for a blank. */
static const char *as_text(const asn_value *v, char *buf, size_t cap)
{
    if (v->kind == ASN_VALUE_TEXT)
        return v->text;
    if (v->kind == ASN_VALUE_NUMBER && asn_number_text(v->number, buf, cap) >= 0)
        return buf;
    return NULL;
}

/* Trimmed copy kept in `in`; NULL when out of memory. An all-space text gives "". */
static const char *keep_trimmed(asn_roster_import *in, const char *text)
{
    while (*text == ' ' || *text == '\t')
        text++;
    size_t n = strlen(text);
    while (n > 0 && (text[n - 1] == ' ' || text[n - 1] == '\t'))
        n--;
    return keep(in, text, n);
}

/* One source cell into roster column c; 1 with *out set (or *take 0 and a note), 0 on out-of-memory. */
static int convert(asn_roster_import *in, int c, const asn_value *v, const int null_date[3], long row,
                   const char *nip, const char *header, asn_value *out, unsigned char *take, asn_status *st)
{
    char buf[64];
    *take = 1;
    *out = (asn_value){ ASN_VALUE_BLANK, 0.0, NULL };
    const char *text = as_text(v, buf, sizeof buf);
    if (!text)
        return 1; /* R9: a blank writes a blank */
    if (v->kind == ASN_VALUE_TEXT) {
        while (*text == ' ')
            text++;
        if (!*text)
            return 1;
    }
    if (c == ASN_COL_GRADE_DATE || c == ASN_COL_BIRTH_DATE) { /* R6 */
        int y, m, d;
        if (v->kind == ASN_VALUE_NUMBER) {
            *out = *v;
            return 1;
        }
        if (date_text(text, &y, &m, &d)) {
            *out = (asn_value){ ASN_VALUE_NUMBER,
                                asn_date_serial(y, m, d, null_date[0], null_date[1], null_date[2]), NULL };
            return 1;
        }
    } else if (c == ASN_COL_GRADE) { /* R7 */
        char grade[8];
        if (grade_of(text, grade)) {
            out->kind = ASN_VALUE_TEXT;
            return (out->text = keep(in, grade, strlen(grade))) != NULL || asn_fail(st, ASN_INVALID, "memori tidak cukup");
        }
    } else if (c == ASN_COL_EDUCATION) { /* R7 */
        const char *education = education_of(text);
        if (education) {
            *out = (asn_value){ ASN_VALUE_TEXT, 0.0, education };
            return 1;
        }
    } else if (is_number_column(c)) { /* R8 */
        double number;
        if (v->kind == ASN_VALUE_NUMBER) {
            *out = *v;
            return 1;
        }
        if (number_text(text, &number)) {
            *out = (asn_value){ ASN_VALUE_NUMBER, number, NULL };
            return 1;
        }
    } else { /* R12 */
        const char *kept = keep_trimmed(in, text);
        if (!kept)
            return asn_fail(st, ASN_INVALID, "memori tidak cukup");
        *out = (asn_value){ ASN_VALUE_TEXT, 0.0, kept };
        return 1;
    }
    *take = 0; /* R9 */
    const char *want = expected[c] ? expected[c] : "angka";
    return note(in, row, nip, header, v, 0, st, "%s tidak terbaca, tidak diimpor: tulis %s",
                asn_roster_column_names[c], want);
}

/* 1 when table row r holds nothing. */
static int empty_row(const asn_cells *table, size_t r)
{
    for (size_t f = 0; f < table->cols; f++)
        if (table_cell(table, r, f)->kind != ASN_VALUE_BLANK)
            return 0;
    return 1;
}

/* R4 (and R14): the row's NIP read into *nip; 0 when the row is refused for it (noted and counted; *ok 0 only when
 * out of memory). */
static int row_nip(asn_roster_import *out, const asn_value *nip_cell, const char *nip_header, long row, asn_nip *nip,
                   int *ok, asn_status *st)
{
    char shown[64];
    value_text(nip_cell, shown, sizeof shown);
    asn_status ignored = { 0 };
    if (nip_cell->kind == ASN_VALUE_BLANK)
        *ok = note(out, row, "", nip_header, nip_cell, 1, st, "NIP kosong: baris tidak diimpor");
    else if (nip_cell->kind == ASN_VALUE_NUMBER)
        *ok = note(out, row, shown, nip_header, nip_cell, 1, st, "NIP tersimpan sebagai angka (digit terakhirnya "
                   "hilang): baris tidak diimpor - simpan kolom NIP sebagai teks di berkas sumber");
    else if (!asn_nip_parse(nip_cell->text, nip, &ignored))
        *ok = note(out, row, shown, nip_header, nip_cell, 1, st, "%s: baris tidak diimpor", nip_reason(nip->broken_rule));
    else
        return 1;
    out->refused++;
    return 0;
}

/* A new row taken (index out->rows, not yet counted): its cells blank, its NIP the digits; the first `width` columns
 * taken where the source has them (only the NIP when width is 0). The row's cells, or NULL when out of memory. */
static asn_value *start_row(asn_roster_import *out, const asn_nip *nip, int width)
{
    asn_value *cells = &out->cell[out->rows * ASN_ROSTER_COLUMNS];
    unsigned char *take = &out->take[out->rows * ASN_ROSTER_COLUMNS];
    for (int c = 0; c < ASN_ROSTER_COLUMNS; c++) {
        cells[c] = (asn_value){ ASN_VALUE_BLANK, 0.0, NULL };
        take[c] = c < width && out->has_column[c];
    }
    const char *digits = keep(out, nip->digits, ASN_NIP_DIGITS);
    if (!digits)
        return NULL;
    cells[0] = (asn_value){ ASN_VALUE_TEXT, 0.0, digits }; /* the NIP is column A of Pegawai and of Pengembangan */
    take[0] = 1;
    return cells;
}

static int grow_rows(asn_roster_import *in, size_t rows)
{
    asn_value *cell = realloc(in->cell, rows * ASN_ROSTER_COLUMNS * sizeof *cell);
    if (!cell)
        return 0;
    in->cell = cell;
    unsigned char *take = realloc(in->take, rows * ASN_ROSTER_COLUMNS);
    if (!take)
        return 0;
    in->take = take;
    long *source = realloc(in->source_row, rows * sizeof *source);
    if (!source)
        return 0;
    in->source_row = source;
    return 1;
}

int asn_roster_read(const asn_cells *table, const long *source_row, const char *const competency_names[9],
                    const int null_date[3], asn_roster_import *out, asn_status *st)
{
    memset(out, 0, sizeof *out);
    if (table->rows == 0 || table->cols == 0)
        return asn_fail(st, ASN_INVALID, "Berkas kosong: tidak ada baris judul kolom.");
    /* R1-R3: the header. */
    int *target = malloc(table->cols * sizeof *target);
    if (!target)
        return asn_fail(st, ASN_INVALID, "memori tidak cukup");
    long source_of[SOURCE_KINDS];
    for (int k = 0; k < SOURCE_KINDS; k++)
        source_of[k] = -1;
    int ok = 1;
    for (size_t f = 0; f < table->cols && ok; f++) {
        char buf[64];
        const char *header = as_text(table_cell(table, 0, f), buf, sizeof buf);
        int c = header ? column_of(header, competency_names) : -1;
        target[f] = -1;
        if (!header)
            continue; /* an unnamed column: nothing to say unless it holds data, which nobody could place */
        if (c < 0) {
            ok = note(out, 0, "", header, NULL, 0, st, "Kolom tidak dikenal, tidak diimpor");
        } else if (c == SOURCE_UNUSED) {
            ok = note(out, 0, "", header, NULL, 0, st, "Kolom ini tidak ada di lembar Pegawai, tidak diimpor");
        } else if (source_of[c] >= 0) {
            char first[64];
            const char *name = as_text(table_cell(table, 0, (size_t)source_of[c]), first, sizeof first);
            ok = note(out, 0, "", header, NULL, 0, st, "Kolom kedua untuk %s, tidak diimpor (dipakai kolom \"%s\")",
                      c < ASN_ROSTER_COLUMNS ? asn_roster_column_names[c] : "kolom yang sama", name ? name : "");
        } else {
            source_of[c] = (long)f;
            target[f] = c;
            if (c < ASN_ROSTER_COLUMNS)
                out->has_column[c] = 1;
        }
    }
    if (ok && source_of[ASN_COL_NIP] < 0)
        ok = asn_fail(st, ASN_INVALID, "Tidak ada kolom NIP (judul NIP atau NIP_BARU): tidak ada yang dapat diimpor.");
    int service_from_parts = source_of[ASN_COL_SERVICE_YEARS] < 0 &&
                             (source_of[SOURCE_SERVICE_YEARS] >= 0 || source_of[SOURCE_SERVICE_MONTHS] >= 0);
    if (service_from_parts)
        out->has_column[ASN_COL_SERVICE_YEARS] = 1; /* R8 */
    /* R4-R10: the rows. */
    long *twin = ok ? earlier_twins(table, source_of[ASN_COL_NIP]) : NULL;
    if (ok && (!twin || !grow_rows(out, table->rows)))
        ok = asn_fail(st, ASN_INVALID, "memori tidak cukup");
    for (size_t r = 1; r < table->rows && ok; r++) {
        long row = source_row ? source_row[r] : (long)r + 1;
        if (empty_row(table, r))
            continue;
        const asn_value *nip_cell = table_cell(table, r, (size_t)source_of[ASN_COL_NIP]);
        const char *nip_header = as_text(table_cell(table, 0, (size_t)source_of[ASN_COL_NIP]), (char[64]){ 0 }, 64);
        asn_nip nip;
        if (!row_nip(out, nip_cell, nip_header, row, &nip, &ok, st)) /* R4 */
            continue;
        if (twin[r] >= 0) {
            long first = source_row ? source_row[twin[r]] : twin[r] + 1;
            ok = note(out, row, nip.digits, nip_header, nip_cell, 1, st,
                      "NIP sama dengan baris %ld berkas ini: baris tidak diimpor", first);
            out->refused++;
            continue;
        }
        size_t at = out->rows;
        asn_value *cells = start_row(out, &nip, 0);
        if (!cells) {
            ok = asn_fail(st, ASN_INVALID, "memori tidak cukup");
            break;
        }
        unsigned char *take = &out->take[at * ASN_ROSTER_COLUMNS];
        for (size_t f = 0; f < table->cols && ok; f++) {
            int c = target[f];
            if (c < 0 || c == ASN_COL_NIP || c >= ASN_ROSTER_COLUMNS)
                continue;
            char hbuf[64];
            const char *header = as_text(table_cell(table, 0, f), hbuf, sizeof hbuf);
            ok = convert(out, c, table_cell(table, r, f), null_date, row, nip.digits, header, &cells[c], &take[c], st);
        }
        if (ok && source_of[SOURCE_TITLE_BEFORE] + source_of[SOURCE_TITLE_AFTER] > -2 && take[ASN_COL_NAME] &&
            cells[ASN_COL_NAME].kind == ASN_VALUE_TEXT) { /* R5 */
            char tb[64], ta[64];
            const char *before = source_of[SOURCE_TITLE_BEFORE] >= 0
                                     ? as_text(table_cell(table, r, (size_t)source_of[SOURCE_TITLE_BEFORE]), tb, 64) : NULL;
            const char *after = source_of[SOURCE_TITLE_AFTER] >= 0
                                    ? as_text(table_cell(table, r, (size_t)source_of[SOURCE_TITLE_AFTER]), ta, 64) : NULL;
            while (before && *before == ' ')
                before++;
            while (after && *after == ' ')
                after++;
            const char *name = cells[ASN_COL_NAME].text;
            size_t length = strlen(name) + (before ? strlen(before) + 1 : 0) + (after ? strlen(after) + 2 : 0);
            char *full = malloc(length + 1);
            if (!full) {
                ok = asn_fail(st, ASN_INVALID, "memori tidak cukup");
                break;
            }
            full[0] = '\0';
            if (before && *before)
                strcat(strcat(full, before), " ");
            strcat(full, name);
            if (after && *after)
                strcat(strcat(full, ", "), after);
            const char *kept = keep_trimmed(out, full);
            free(full);
            if (!kept) {
                ok = asn_fail(st, ASN_INVALID, "memori tidak cukup");
                break;
            }
            cells[ASN_COL_NAME].text = kept;
        }
        if (ok && service_from_parts) { /* R8 */
            double years = 0.0, months = 0.0;
            int readable = 1, any = 0;
            long parts[2] = { source_of[SOURCE_SERVICE_YEARS], source_of[SOURCE_SERVICE_MONTHS] };
            double *values[2] = { &years, &months };
            for (int k = 0; k < 2; k++) {
                if (parts[k] < 0)
                    continue;
                const asn_value *v = table_cell(table, r, (size_t)parts[k]);
                if (v->kind == ASN_VALUE_NUMBER)
                    *values[k] = v->number, any = 1;
                else if (v->kind == ASN_VALUE_TEXT && number_text(v->text, values[k]))
                    any = 1;
                else if (v->kind == ASN_VALUE_TEXT)
                    readable = 0;
            }
            take[ASN_COL_SERVICE_YEARS] = readable;
            if (readable && any)
                cells[ASN_COL_SERVICE_YEARS] = (asn_value){ ASN_VALUE_NUMBER, years + months / 12.0, NULL };
            else if (!readable)
                ok = note(out, row, nip.digits, "MK tahun / MK bulan", NULL, 0, st,
                          "Masa kerja tidak terbaca, tidak diimpor: tulis angka tahun dan bulan");
        }
        out->source_row[at] = row;
        out->rows++;
    }
    free(twin);
    free(target);
    if (ok && out->rows == 0 && out->refused == 0)
        ok = asn_fail(st, ASN_INVALID, "Berkas hanya berisi baris judul: tidak ada data pegawai.");
    if (!ok)
        asn_roster_import_free(out);
    return ok;
}

/* ---- R11: merge by NIP ----------------------------------------------------------------------------------------- */

int asn_roster_merge(asn_roster_import *in, const asn_cells *existing, size_t capacity, asn_status *st)
{
    size_t count = existing->rows * existing->cols;
    nip_row *index = malloc((count ? count : 1) * sizeof *index);
    in->target_row = malloc((in->rows ? in->rows : 1) * sizeof *in->target_row);
    if (!index || !in->target_row) {
        free(index);
        return asn_fail(st, ASN_INVALID, "memori tidak cukup");
    }
    size_t indexed = 0;
    long last_filled = -1;
    for (size_t k = 0; k < count; k++) {
        const asn_value *v = &existing->cell[k];
        if (v->kind != ASN_VALUE_BLANK)
            last_filled = (long)k;
        asn_nip nip;
        asn_status ignored = { 0 };
        if (v->kind == ASN_VALUE_TEXT && asn_nip_parse(v->text, &nip, &ignored)) {
            memcpy(index[indexed].digits, nip.digits, ASN_NIP_DIGITS + 1);
            index[indexed++].row = (long)k;
        }
    }
    qsort(index, indexed, sizeof *index, by_digits);
    long next = last_filled + 1;
    size_t new_rows = 0;
    for (size_t r = 0; r < in->rows; r++) {
        nip_row key;
        memcpy(key.digits, in->cell[r * ASN_ROSTER_COLUMNS + ASN_COL_NIP].text, ASN_NIP_DIGITS + 1);
        new_rows += !indexed || !bsearch(&key, index, indexed, sizeof *index, by_digits);
    }
    if ((size_t)next + new_rows > capacity) { /* R11: all or nothing, never a roster cut at its last row */
        free(index);
        return asn_fail(st, ASN_INVALID, "Lembar Pegawai memuat paling banyak %zu pegawai; dengan %zu pegawai baru "
                        "dari berkas ini jumlahnya menjadi %zu. Tidak ada yang diimpor.",
                        capacity, new_rows, (size_t)next + new_rows);
    }
    for (size_t r = 0; r < in->rows; r++) {
        nip_row key;
        memcpy(key.digits, in->cell[r * ASN_ROSTER_COLUMNS + ASN_COL_NIP].text, ASN_NIP_DIGITS + 1);
        const nip_row *found = indexed ? bsearch(&key, index, indexed, sizeof *index, by_digits) : NULL;
        long to;
        if (found) {
            while (found > index && !by_digits(found - 1, &key))
                found--; /* the first of equal NIPs: the roster's own check names the twin */
            to = found->row;
            in->updated++;
        } else {
            to = next++;
            in->added++;
        }
        in->target_row[r] = to;
    }
    free(index);
    return 1;
}

void asn_roster_import_free(asn_roster_import *in)
{
    for (size_t b = 0; b < in->blocks; b++)
        free(in->block[b]);
    free(in->block);
    free(in->cell);
    free(in->take);
    free(in->source_row);
    free(in->target_row);
    free(in->note);
    memset(in, 0, sizeof *in);
}

/* ---- R13-R15: development records ------------------------------------------------------------------------------ */

const char *const asn_record_column_names[ASN_RECORD_COLUMNS] = {
    "NIP", "Tanggal", "Tahun", "Jenis", "Nama Kegiatan", "JP",
};

/* R13. */
static const column_name record_columns[] = {
    { "nip", ASN_RECORD_NIP }, { "nipbaru", ASN_RECORD_NIP }, { "nomorindukpegawai", ASN_RECORD_NIP },
    { "tanggal", ASN_RECORD_DATE }, { "tanggalkursus", ASN_RECORD_DATE }, { "tglkursus", ASN_RECORD_DATE },
    { "tanggalmulai", ASN_RECORD_DATE }, { "tanggaldiklat", ASN_RECORD_DATE },
    { "tahun", ASN_RECORD_YEAR }, { "tahunkursus", ASN_RECORD_YEAR }, { "tahundiklat", ASN_RECORD_YEAR },
    { "jenis", ASN_RECORD_KIND }, { "jeniskursus", ASN_RECORD_KIND }, { "jeniskursusnama", ASN_RECORD_KIND },
    { "jenisdiklat", ASN_RECORD_KIND }, { "jeniskegiatan", ASN_RECORD_KIND }, { "jenispengembangan", ASN_RECORD_KIND },
    { "namakegiatan", ASN_RECORD_ACTIVITY }, { "namakursus", ASN_RECORD_ACTIVITY }, { "namadiklat", ASN_RECORD_ACTIVITY },
    { "kegiatan", ASN_RECORD_ACTIVITY },
    { "jp", ASN_RECORD_JP }, { "jumlahjam", ASN_RECORD_JP }, { "jampelajaran", ASN_RECORD_JP },
    { "jumlahjp", ASN_RECORD_JP },
};

static int record_column_of(const char *header)
{
    char key[128];
    compact(header, key, sizeof key);
    for (size_t i = 0; key[0] && i < sizeof record_columns / sizeof *record_columns; i++)
        if (!strcmp(key, record_columns[i].key))
            return record_columns[i].target;
    return -1;
}

int asn_records_source(const asn_cells *table)
{
    for (size_t f = 0; table->rows > 0 && f < table->cols; f++) {
        char buf[64];
        const char *header = as_text(table_cell(table, 0, f), buf, sizeof buf);
        if (header && record_column_of(header) == ASN_RECORD_JP)
            return 1;
    }
    return 0;
}

/* The year of a date number (the document's null date); 0 outside 1900-2099. */
static int year_of_serial(double serial, const int null_date[3])
{
    if (serial < asn_date_serial(1900, 1, 1, null_date[0], null_date[1], null_date[2]) ||
        serial >= asn_date_serial(2100, 1, 1, null_date[0], null_date[1], null_date[2]))
        return 0;
    int low = 1900, high = 2099; /* the last year whose 1 January is not after the date */
    while (low < high) {
        int middle = (low + high + 1) / 2;
        if (asn_date_serial(middle, 1, 1, null_date[0], null_date[1], null_date[2]) <= serial)
            low = middle;
        else
            high = middle - 1;
    }
    return low;
}

/* R14: a whole year 1900-2099 from a cell; 0 when none. */
static int year_of_cell(const asn_value *v)
{
    double number;
    if (v->kind == ASN_VALUE_NUMBER)
        number = v->number;
    else if (v->kind != ASN_VALUE_TEXT || !number_text(v->text, &number))
        return 0;
    return number >= 1900 && number <= 2099 && number == (double)(int)number ? (int)number : 0;
}

/* R14: the year of a record row (Tahun, else the year of Tanggal); 0 when it has none. */
static int record_year(const asn_value *cells, const int null_date[3])
{
    int year = year_of_cell(&cells[ASN_RECORD_YEAR]);
    if (!year && cells[ASN_RECORD_DATE].kind == ASN_VALUE_NUMBER)
        year = year_of_serial(cells[ASN_RECORD_DATE].number, null_date);
    return year;
}

int asn_records_read(const asn_cells *table, const long *source_row, const int null_date[3], asn_roster_import *out,
                     asn_status *st)
{
    memset(out, 0, sizeof *out);
    if (table->rows == 0 || table->cols == 0)
        return asn_fail(st, ASN_INVALID, "Berkas kosong: tidak ada baris judul kolom.");
    long source_of[ASN_RECORD_COLUMNS];
    for (int k = 0; k < ASN_RECORD_COLUMNS; k++)
        source_of[k] = -1;
    int ok = grow_rows(out, table->rows) || asn_fail(st, ASN_INVALID, "memori tidak cukup");
    for (size_t f = 0; f < table->cols && ok; f++) { /* R13 */
        char buf[64];
        const char *header = as_text(table_cell(table, 0, f), buf, sizeof buf);
        int c = header ? record_column_of(header) : -1;
        if (!header)
            continue;
        if (c < 0)
            ok = note(out, 0, "", header, NULL, 0, st, "Kolom ini tidak ada di lembar Pengembangan, tidak diimpor");
        else if (source_of[c] >= 0)
            ok = note(out, 0, "", header, NULL, 0, st, "Kolom kedua untuk %s, tidak diimpor",
                      asn_record_column_names[c]);
        else
            source_of[c] = (long)f, out->has_column[c] = 1;
    }
    if (ok && source_of[ASN_RECORD_NIP] < 0)
        ok = asn_fail(st, ASN_INVALID, "Tidak ada kolom NIP (judul NIP atau nipBaru): tidak ada yang dapat diimpor.");
    char nip_header[64] = "NIP";
    if (ok)
        as_text(table_cell(table, 0, (size_t)source_of[ASN_RECORD_NIP]), nip_header, sizeof nip_header);
    for (size_t r = 1; r < table->rows && ok; r++) {
        long row = source_row ? source_row[r] : (long)r + 1;
        if (empty_row(table, r))
            continue;
        asn_nip nip;
        if (!row_nip(out, table_cell(table, r, (size_t)source_of[ASN_RECORD_NIP]), nip_header, row, &nip, &ok, st))
            continue; /* R14, as R4 */
        size_t at = out->rows;
        asn_value *cells = start_row(out, &nip, ASN_RECORD_COLUMNS);
        if (!cells) {
            ok = asn_fail(st, ASN_INVALID, "memori tidak cukup");
            break;
        }
        const char *problem = NULL;
        const char *problem_column = "";
        const asn_value *problem_value = NULL;
        for (int c = ASN_RECORD_DATE; c < ASN_RECORD_COLUMNS && ok; c++) {
            if (source_of[c] < 0)
                continue;
            const asn_value *v = table_cell(table, r, (size_t)source_of[c]);
            char buf[64];
            const char *text = as_text(v, buf, sizeof buf);
            while (text && *text == ' ')
                text++;
            if (!text || !*text)
                continue; /* a blank stays blank */
            int y, m, d;
            double number;
            if (c == ASN_RECORD_DATE && v->kind == ASN_VALUE_NUMBER) {
                cells[c] = *v;
            } else if (c == ASN_RECORD_DATE && date_text(text, &y, &m, &d)) { /* R6 */
                cells[c] = (asn_value){ ASN_VALUE_NUMBER,
                                        asn_date_serial(y, m, d, null_date[0], null_date[1], null_date[2]), NULL };
            } else if (c == ASN_RECORD_YEAR && year_of_cell(v)) {
                cells[c] = (asn_value){ ASN_VALUE_NUMBER, year_of_cell(v), NULL };
            } else if (c == ASN_RECORD_JP && (v->kind == ASN_VALUE_NUMBER ? (number = v->number, 1)
                                                                          : number_text(text, &number)) &&
                       number >= 0) {
                cells[c] = (asn_value){ ASN_VALUE_NUMBER, number, NULL };
            } else if (c == ASN_RECORD_KIND || c == ASN_RECORD_ACTIVITY) { /* R14, as R12 */
                const char *kept = keep_trimmed(out, text);
                if (!kept)
                    ok = asn_fail(st, ASN_INVALID, "memori tidak cukup");
                cells[c] = (asn_value){ ASN_VALUE_TEXT, 0.0, kept };
            } else if (!problem) {
                problem = c == ASN_RECORD_DATE ? "Tanggal tidak terbaca (tulis seperti 14-03-2025 atau 2025-03-14)"
                          : c == ASN_RECORD_YEAR ? "Tahun tidak terbaca (tulis tahun 1900-2099)"
                                                 : "JP tidak terbaca (tulis angka jam pelajaran)";
                char hbuf[64];
                problem_column = as_text(table_cell(table, 0, (size_t)source_of[c]), hbuf, sizeof hbuf);
                problem_column = problem_column ? keep_trimmed(out, problem_column) : "";
                problem_value = v;
            }
        }
        if (ok && !problem && cells[ASN_RECORD_JP].kind != ASN_VALUE_NUMBER)
            problem = "JP kosong", problem_column = "JP";
        if (ok && !problem && !record_year(cells, null_date))
            problem = "tahun kegiatan tidak ada (isi Tahun atau Tanggal)", problem_column = "Tahun";
        if (ok && problem) { /* R14: the whole row */
            ok = note(out, row, nip.digits, problem_column ? problem_column : "", problem_value, 1, st,
                      "%s: baris tidak diimpor", problem);
            out->refused++;
            continue;
        }
        out->source_row[at] = row;
        out->rows++;
    }
    if (ok && out->rows == 0 && out->refused == 0)
        ok = asn_fail(st, ASN_INVALID, "Berkas hanya berisi baris judul: tidak ada catatan pengembangan.");
    if (!ok)
        asn_roster_import_free(out);
    return ok;
}

/* R15: what makes two records the same. */
typedef struct {
    char digits[ASN_NIP_DIGITS + 1];
    int year;
    double jp;
    char activity[160]; /* lower case, outer spaces trimmed */
} record_key;

static int record_key_of(const asn_value *cells, const int null_date[3], record_key *key)
{
    asn_nip nip;
    asn_status ignored = { 0 };
    const asn_value *n = &cells[ASN_RECORD_NIP];
    if (n->kind != ASN_VALUE_TEXT || !asn_nip_parse(n->text, &nip, &ignored))
        return 0;
    double jp;
    const asn_value *j = &cells[ASN_RECORD_JP];
    if (j->kind == ASN_VALUE_NUMBER)
        jp = j->number;
    else if (j->kind != ASN_VALUE_TEXT || !number_text(j->text, &jp))
        return 0;
    memset(key, 0, sizeof *key);
    memcpy(key->digits, nip.digits, ASN_NIP_DIGITS + 1);
    key->year = record_year(cells, null_date);
    key->jp = jp;
    const asn_value *a = &cells[ASN_RECORD_ACTIVITY];
    const char *text = a->kind == ASN_VALUE_TEXT ? a->text : "";
    while (*text == ' ')
        text++;
    size_t length = strlen(text);
    while (length > 0 && text[length - 1] == ' ')
        length--;
    if (length >= sizeof key->activity)
        length = sizeof key->activity - 1;
    for (size_t i = 0; i < length; i++)
        key->activity[i] = (char)tolower((unsigned char)text[i]);
    return 1;
}

static int by_record_key(const void *a, const void *b)
{
    const record_key *x = a, *y = b;
    int c = memcmp(x->digits, y->digits, ASN_NIP_DIGITS);
    if (c)
        return c;
    if (x->year != y->year)
        return (x->year > y->year) - (x->year < y->year);
    if (x->jp != y->jp)
        return (x->jp > y->jp) - (x->jp < y->jp);
    return strcmp(x->activity, y->activity);
}

int asn_records_merge(asn_roster_import *in, const asn_cells *existing, const int null_date[3], asn_status *st)
{
    record_key *index = malloc((existing->rows ? existing->rows : 1) * sizeof *index);
    in->target_row = malloc((in->rows ? in->rows : 1) * sizeof *in->target_row);
    if (!index || !in->target_row) {
        free(index);
        return asn_fail(st, ASN_INVALID, "memori tidak cukup");
    }
    size_t indexed = 0;
    long last_filled = -1;
    asn_value row_cells[ASN_RECORD_COLUMNS];
    for (size_t r = 0; r < existing->rows; r++) {
        int filled = 0;
        for (int c = 0; c < ASN_RECORD_COLUMNS; c++) {
            row_cells[c] = c < (int)existing->cols ? existing->cell[r * existing->cols + (size_t)c]
                                                   : (asn_value){ ASN_VALUE_BLANK, 0.0, NULL };
            filled |= row_cells[c].kind != ASN_VALUE_BLANK;
        }
        if (filled)
            last_filled = (long)r;
        indexed += record_key_of(row_cells, null_date, &index[indexed]);
    }
    qsort(index, indexed, sizeof *index, by_record_key);
    long next = last_filled + 1;
    for (size_t r = 0; r < in->rows; r++) {
        record_key key;
        const asn_value *cells = &in->cell[r * ASN_ROSTER_COLUMNS];
        if (indexed && record_key_of(cells, null_date, &key) &&
            bsearch(&key, index, indexed, sizeof *index, by_record_key)) {
            in->target_row[r] = -1; /* already there: nothing of it is written */
            memset(&in->take[r * ASN_ROSTER_COLUMNS], 0, ASN_ROSTER_COLUMNS);
            in->updated++;
        } else {
            in->target_row[r] = next++;
            in->added++;
        }
    }
    free(index);
    return 1;
}
