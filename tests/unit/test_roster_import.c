/* The roster import's core: the CSV reader (csv_table.c, rules C1-C7) and the reading and merging of a roster
 * (roster_import.c, rules R1-R12) and of development records (R13-R15). Dates are checked against values computed independently (Python's datetime). */
#include <stdlib.h>

#include "check.h"

#include "csv_table.h"
#include "roster_import.h"

static const int null_date[3] = { 1899, 12, 30 };
static const char *const names[9] = { "Integritas", "Kerja Sama", "Komunikasi", "Orientasi pada Hasil",
                                      "Pelayanan Publik", "Pengembangan Diri dan Orang Lain", "Mengelola Perubahan",
                                      "Pengambilan Keputusan", "Perekat Bangsa" };

static int parse(const char *bytes, size_t size, asn_csv_table *t)
{
    asn_status st = { 0 };
    return asn_csv_parse((const unsigned char *)bytes, size, t, &st);
}

static const char *field(const asn_csv_table *t, size_t r, size_t f)
{
    return r < t->records && f < t->field_count[r] ? t->field[r][f] : "(none)";
}

static void test_csv(void)
{
    asn_csv_table t;
    const char semicolons[] = "\xEF\xBB\xBFNIP;Nama;Gelar\r\n'198609262015051001;\"Siti; Aminah\";\"S.E., M.M.\"\n\n"
                              "199001012015011002;  Budi  ;\"a \"\"b\"\" c\"\r"
                              "199101012015011003;\"two\nlines\";x";
    CHECK(parse(semicolons, sizeof semicolons - 1, &t), "C2-C6: a BOM, ';', quotes, mixed line ends");
    CHECK(t.separator == ';' && t.encoding == ASN_CSV_UTF8 && t.records == 4, "sep %c records %zu", t.separator,
          t.records);
    CHECK(!strcmp(field(&t, 0, 0), "NIP"), "C2: the BOM is gone: %s", field(&t, 0, 0));
    CHECK(!strcmp(field(&t, 1, 1), "Siti; Aminah") && !strcmp(field(&t, 1, 2), "S.E., M.M."), "C6: quoted separators");
    CHECK(!strcmp(field(&t, 2, 1), "Budi"), "C6: unquoted fields trimmed: [%s]", field(&t, 2, 1));
    CHECK(!strcmp(field(&t, 2, 2), "a \"b\" c"), "C6: doubled quotes: %s", field(&t, 2, 2));
    CHECK(!strcmp(field(&t, 3, 1), "two\nlines") && t.line[3] == 5, "C6: a line break in quotes; line %ld", t.line[3]);
    asn_csv_free(&t);

    const char commas[] = "# a comment\nNIP,Nama,Nilai\n1,\"A, B\",\"3,5\"\n";
    CHECK(parse(commas, sizeof commas - 1, &t) && t.separator == ',' && t.records == 2 &&
          !strcmp(field(&t, 1, 2), "3,5") && t.line[0] == 2, "C4, C5: a comment line, ','");
    asn_csv_free(&t);

    const char tabs[] = "NIP\tNama\n1\tx\n";
    CHECK(parse(tabs, sizeof tabs - 1, &t) && t.separator == '\t', "C5: tabs");
    asn_csv_free(&t);

    const char cp1252[] = "Nama,Kota\nJos\xE9,Medan \x96 Marelan\n";
    CHECK(parse(cp1252, sizeof cp1252 - 1, &t) && t.encoding == ASN_CSV_WINDOWS_1252 &&
          !strcmp(field(&t, 1, 0), "Jos\xC3\xA9") && !strcmp(field(&t, 1, 1), "Medan \xE2\x80\x93 Marelan"),
          "C2: Windows-1252 to UTF-8: %s / %s", field(&t, 1, 0), field(&t, 1, 1));
    asn_csv_free(&t);

    const char utf16[] = "\xFF\xFEN\0I\0P\0\t\0N\0a\0m\0a\0\r\0\n\0001\0\t\0\xE9\0";
    CHECK(parse(utf16, sizeof utf16 - 1, &t) && t.encoding == ASN_CSV_UTF16 && t.records == 2 &&
          !strcmp(field(&t, 1, 1), "\xC3\xA9"), "C2: UTF-16LE with a BOM: %s", field(&t, 1, 1));
    asn_csv_free(&t);

    /* C7: 20,000 records as wide as their widest (512 fields) are 10,240,000 cells: refused as cells, not allocated */
    size_t wide_size = 512 + 20000 * 2;
    char *wide = malloc(wide_size + 1);
    memset(wide, ',', 511);
    wide[511] = '\n';
    for (size_t k = 0; k < 20000; k++)
        wide[512 + 2 * k] = 'x', wide[513 + 2 * k] = '\n';
    wide[wide_size] = '\0';
    asn_cells wide_cells;
    long *wide_lines = NULL;
    CHECK(parse(wide, wide_size, &t) && !asn_csv_cells(&t, &wide_cells, &wide_lines) && !wide_lines,
          "C7: more than ASN_CSV_MAX_CELLS cells are refused");
    asn_csv_free(&t);
    free(wide);

    const char binary[] = "PK\3\4\0\0\0binary";
    CHECK(!parse(binary, sizeof binary - 1, &t), "C1: a binary file is refused");
    CHECK(!parse("", 0, &t), "C1: an empty file");
    CHECK(!parse("\r\n\n\r\n", 5, &t), "C1: only empty lines");
    const char unclosed[] = "NIP,Nama\n1,\"open\n2,x\n";
    asn_status st = { 0 };
    CHECK(!asn_csv_parse((const unsigned char *)unclosed, sizeof unclosed - 1, &t, &st) && strstr(st.message, "baris 2"),
          "C6: a quote never closed names its line: %s", st.message);
}

/* Reads a CSV text into an import. */
static int import_text(const char *text, asn_roster_import *in, asn_status *st, asn_csv_table *t, asn_cells *cells,
                       long **lines)
{
    if (!asn_csv_parse((const unsigned char *)text, strlen(text), t, st))
        return 0;
    if (!asn_csv_cells(t, cells, lines))
        return 0;
    return asn_roster_read(cells, *lines, names, null_date, in, st);
}

static void release(asn_roster_import *in, asn_csv_table *t, asn_cells *cells, long *lines)
{
    asn_roster_import_free(in);
    free((void *)cells->cell);
    free(lines);
    asn_csv_free(t);
}

static const asn_value *cell(const asn_roster_import *in, size_t row, int column)
{
    return &in->cell[row * ASN_ROSTER_COLUMNS + column];
}

static int text_is(const asn_value *v, const char *want)
{
    return v->kind == ASN_VALUE_TEXT && !strcmp(v->text, want);
}

/* The first note whose reason contains `part`, or NULL. */
static const asn_import_note *note_with(const asn_roster_import *in, const char *part)
{
    for (size_t k = 0; k < in->notes; k++)
        if (strstr(in->note[k].reason, part))
            return &in->note[k];
    return NULL;
}

static void test_siasn(void)
{
    const char *siasn =
        "PNS_ID,NIP_BARU,NAMA,GELAR_DEPAN,GELAR_BELAKANG,TANGGAL_LAHIR,AGAMA_ID,AGAMA_NAMA,GOL_AKHIR_NAMA,"
        "TMT_GOLONGAN,MK_TAHUN,MK_BULAN,JABATAN_NAMA,UNOR_NAMA,TINGKAT_PENDIDIKAN_NAMA,Catatan\n"
        "a1,'198609262015051001,Siti Aminah,Dr.,\"S.E., M.M.\",26-09-1986,1,Islam,III/c,01-04-2019,10,6,"
        "Analis,Bagian Umum,S-1/Sarjana,x\n"
        "a2,'19900101 201501 1 002,Budi,,,1990-01-01,1,Islam,III-a,1/4/2015,9,0,Pengadministrasi,Bagian Umum,"
        "D-III,\n"
        "a3,198609262015051001,Kembar,,,26.09.1986,1,Islam,III/c,01-04-2019,10,6,Analis,Bagian Umum,S1,\n"
        "a4,'12345,Salah,,,01-01-1980,1,Islam,III/c,01-04-2019,1,1,Analis,Bagian Umum,S1,\n"
        "a5,'198001012005011003,Rusak,,,31-02-1980,1,Islam,III-x,2019-04-01,lima,0,Analis,Bagian Umum,Sarjana Muda,\n"
        "a6,,Tanpa NIP,,,,,,,,,,,,,\n";
    asn_roster_import in;
    asn_status st = { 0 };
    asn_csv_table t;
    asn_cells cells;
    long *lines = NULL;
    CHECK(import_text(siasn, &in, &st, &t, &cells, &lines), "a SIASN export reads: %s", st.message);
    CHECK(in.rows == 3 && in.refused == 3, "R4: 3 rows taken, 3 refused: %zu, %zu", in.rows, in.refused);
    CHECK(text_is(cell(&in, 0, ASN_COL_NIP), "198609262015051001"), "R4: the apostrophe is gone");
    CHECK(text_is(cell(&in, 0, ASN_COL_NAME), "Dr. Siti Aminah, S.E., M.M."), "R5: titles: %s",
          cell(&in, 0, ASN_COL_NAME)->text);
    CHECK(text_is(cell(&in, 1, ASN_COL_NAME), "Budi"), "R5: no titles");
    CHECK(cell(&in, 0, ASN_COL_BIRTH_DATE)->number == 31681.0, "R6: 26-09-1986 = 31681: %g",
          cell(&in, 0, ASN_COL_BIRTH_DATE)->number);
    CHECK(cell(&in, 1, ASN_COL_BIRTH_DATE)->number == 32874.0, "R6: 1990-01-01 = 32874");
    CHECK(cell(&in, 1, ASN_COL_GRADE_DATE)->number == 42095.0, "R6: 1/4/2015 = 42095 (day first): %g",
          cell(&in, 1, ASN_COL_GRADE_DATE)->number);
    CHECK(text_is(cell(&in, 1, ASN_COL_GRADE), "III/a"), "R7: III-a -> III/a");
    CHECK(text_is(cell(&in, 0, ASN_COL_EDUCATION), "S1") && text_is(cell(&in, 1, ASN_COL_EDUCATION), "D3"),
          "R7: S-1/Sarjana -> S1, D-III -> D3");
    CHECK(cell(&in, 0, ASN_COL_SERVICE_YEARS)->number == 10.5 && in.has_column[ASN_COL_SERVICE_YEARS],
          "R8: 10 years 6 months = 10.5");
    CHECK(text_is(cell(&in, 0, ASN_COL_UNIT), "Bagian Umum") && text_is(cell(&in, 0, ASN_COL_POSITION), "Analis"),
          "R2: UNOR_NAMA, JABATAN_NAMA");
    CHECK(!in.has_column[ASN_COL_WORK_RATING] && !in.has_column[ASN_COL_POSITION_CODE], "R10: absent columns");
    const asn_import_note *n = note_with(&in, "NIP sama dengan baris 2");
    CHECK(n && n->source_row == 4 && n->refused_row, "R4: a twin NIP refused, naming the first row");
    n = note_with(&in, "NIP bukan 18 angka");
    CHECK(n && n->source_row == 5 && !strcmp(n->value, "'12345"), "R4: a short NIP, with its value");
    CHECK(note_with(&in, "NIP kosong"), "R4: an empty NIP");
    /* the wrong row a5 is taken, its wrong values are not */
    CHECK(in.take[2 * ASN_ROSTER_COLUMNS + ASN_COL_BIRTH_DATE] == 0 && note_with(&in, "Tanggal Lahir tidak terbaca"),
          "R6, R9: 31-02-1980 not taken");
    CHECK(in.take[2 * ASN_ROSTER_COLUMNS + ASN_COL_GRADE] == 0 && note_with(&in, "Golongan tidak terbaca"),
          "R7, R9: III-x not taken");
    CHECK(in.take[2 * ASN_ROSTER_COLUMNS + ASN_COL_EDUCATION] == 0 && note_with(&in, "Pendidikan tidak terbaca"),
          "R7, R9: an unknown education not taken");
    CHECK(in.take[2 * ASN_ROSTER_COLUMNS + ASN_COL_SERVICE_YEARS] == 0 && note_with(&in, "Masa kerja tidak terbaca"),
          "R8, R9: MK tahun 'lima' not taken");
    CHECK(cell(&in, 2, ASN_COL_GRADE_DATE)->number == 43556.0, "R6: 2019-04-01 = 43556 in a wrong row");
    n = note_with(&in, "Kolom tidak dikenal");
    CHECK(n && !strcmp(n->column, "Catatan") && n->source_row == 0, "R3: an unknown column is named");
    CHECK(note_with(&in, "tidak ada di lembar Pegawai"), "R3: SIASN columns without a place are named");

    /* R11: merge into a roster that has Budi (with spaces) in its second row, and room for 5. */
    asn_value roster[4] = { { ASN_VALUE_TEXT, 0.0, "197001012000011001" },
                            { ASN_VALUE_TEXT, 0.0, "19900101 201501 1 002" },
                            { ASN_VALUE_BLANK, 0.0, NULL },
                            { ASN_VALUE_TEXT, 0.0, "bukan NIP" } };
    asn_cells existing = { 4, 1, roster };
    CHECK(asn_roster_merge(&in, &existing, 6, &st), "R11: merge: %s", st.message);
    CHECK(in.updated == 1 && in.added == 2, "R11: 1 updated, 2 added: %zu, %zu", in.updated, in.added);
    CHECK(in.target_row[1] == 1 && in.target_row[0] == 4 && in.target_row[2] == 5,
          "R11: Budi to his row, the others below the last filled row: %ld %ld %ld", in.target_row[0],
          in.target_row[1], in.target_row[2]);
    release(&in, &t, &cells, lines);

    st = (asn_status){ 0 };
    CHECK(import_text(siasn, &in, &st, &t, &cells, &lines), "again");
    st = (asn_status){ 0 };
    CHECK(!asn_roster_merge(&in, &existing, 5, &st) && strstr(st.message, "paling banyak 5"),
          "R11: no room: nothing imported: %s", st.message);
    release(&in, &t, &cells, lines);
}

static void test_assessment(void)
{
    /* An assessment-centre file: NIP and levels, by code and by name; decimal commas and points. */
    const char *file = "nip;M01;Kerja Sama;SK.01;Integritas (level);AK;M.03 Komunikasi\n"
                       "198609262015051001;3;4;2;5;45,779\n"
                       "199001012015011002;2;;3;x;12.5\n";
    asn_roster_import in;
    asn_status st = { 0 };
    asn_csv_table t;
    asn_cells cells;
    long *lines = NULL;
    CHECK(import_text(file, &in, &st, &t, &cells, &lines), "an assessment file reads: %s", st.message);
    CHECK(in.has_column[ASN_COL_COMPETENCY_FIRST] && in.has_column[ASN_COL_COMPETENCY_FIRST + 1] &&
          in.has_column[ASN_COL_COMPETENCY_FIRST + 8] && !in.has_column[ASN_COL_NAME], "R2: codes and names");
    CHECK(note_with(&in, "Kolom kedua untuk M.01"), "R2: Integritas after M01 is a second M.01 column");
    CHECK(in.has_column[ASN_COL_COMPETENCY_FIRST + 2], "R2: the workbook's own header, code and name");
    CHECK(cell(&in, 0, ASN_COL_COMPETENCY_FIRST + 1)->number == 4.0, "Kerja Sama = M.02");
    CHECK(cell(&in, 0, ASN_COL_CREDIT)->number == 45.779 && cell(&in, 1, ASN_COL_CREDIT)->number == 12.5,
          "R8: 45,779 and 12.5");
    CHECK(cell(&in, 1, ASN_COL_COMPETENCY_FIRST + 1)->kind == ASN_VALUE_BLANK &&
          in.take[1 * ASN_ROSTER_COLUMNS + ASN_COL_COMPETENCY_FIRST + 1], "R9: a blank writes a blank");
    release(&in, &t, &cells, lines);

    const char *no_nip = "Nama,Golongan\nSiti,III/a\n";
    st = (asn_status){ 0 };
    CHECK(!import_text(no_nip, &in, &st, &t, &cells, &lines) && strstr(st.message, "kolom NIP"),
          "R3: no NIP column: %s", st.message);
    free((void *)cells.cell);
    free(lines);
    asn_csv_free(&t);
    const char *header_only = "NIP,Nama\n";
    st = (asn_status){ 0 };
    CHECK(!import_text(header_only, &in, &st, &t, &cells, &lines) && strstr(st.message, "baris judul"),
          "a header only: %s", st.message);
    free((void *)cells.cell);
    free(lines);
    asn_csv_free(&t);
}

/* R13-R15: SIASN's course history into Pengembangan. Date numbers computed independently: 2025-03-14 is 45730,
 * 2024-12-31 is 45657 (days since 1899-12-30, Python's datetime). */
static void test_records(void)
{
    asn_roster_import in;
    asn_status st = { 0 };
    asn_csv_table t;
    asn_cells cells;
    long *lines;
    const char history[] =
        "nipBaru,namaKursus,jenisKursusNama,tanggalKursus,tahunKursus,jumlahJam,instansi\n"
        "'198609262015051001, Pelatihan Kepemimpinan ,Diklat Struktural,14-03-2025,,32,BKPSDM\n"
        "198609262015051001,Seminar ASN,Seminar,,2024,4,BKPSDM\n"
        "198609262015051001,Kursus Lama,Kursus,31/12/2024,,\"2,5\",BKPSDM\n"
        "199001012015011002,Tanpa Tahun,Kursus,,,8,BKPSDM\n"
        "199001012015011002,JP Salah,Kursus,,2025,delapan,BKPSDM\n"
        "199001012015011002,JP Negatif,Kursus,,2025,-3,BKPSDM\n"
        "1990010120150110,Pendek,Kursus,,2025,8,BKPSDM\n";
    CHECK(asn_csv_parse((const unsigned char *)history, sizeof history - 1, &t, &st) &&
          asn_csv_cells(&t, &cells, &lines), "the history parses");
    CHECK(asn_records_source(&cells), "R13: a header with jumlahJam is a development record");
    CHECK(asn_records_read(&cells, lines, null_date, &in, &st), "R13: reads: %s", st.message);
    CHECK(in.rows == 3 && in.refused == 4, "R14: 3 rows taken, 4 refused: %zu, %zu", in.rows, in.refused);
    CHECK(text_is(cell(&in, 0, ASN_RECORD_NIP), "198609262015051001"), "R14: the NIP normalised as R4");
    CHECK(cell(&in, 0, ASN_RECORD_DATE)->kind == ASN_VALUE_NUMBER && cell(&in, 0, ASN_RECORD_DATE)->number == 45730,
          "R6: 14-03-2025 is 45730: %g", cell(&in, 0, ASN_RECORD_DATE)->number);
    CHECK(text_is(cell(&in, 0, ASN_RECORD_ACTIVITY), "Pelatihan Kepemimpinan"), "R14: the activity trimmed");
    CHECK(text_is(cell(&in, 0, ASN_RECORD_KIND), "Diklat Struktural"), "R14: SIASN's kind kept as it is");
    CHECK(cell(&in, 0, ASN_RECORD_JP)->number == 32 && cell(&in, 1, ASN_RECORD_YEAR)->number == 2024,
          "R14: JP and year as numbers");
    CHECK(cell(&in, 2, ASN_RECORD_JP)->number == 2.5 && cell(&in, 2, ASN_RECORD_DATE)->number == 45657,
          "R8, R6: 2,5 JP and 31/12/2024");
    CHECK(in.has_column[ASN_RECORD_NIP] && in.has_column[ASN_RECORD_JP] && !in.has_column[ASN_ROSTER_COLUMNS - 1],
          "R13: only the record columns are written");
    CHECK(note_with(&in, "tahun kegiatan tidak ada") && note_with(&in, "JP tidak terbaca") &&
          note_with(&in, "NIP bukan 18 angka"), "R14: the refusals say why");
    const asn_import_note *n = note_with(&in, "JP tidak terbaca");
    CHECK(n && n->source_row == 6 && n->refused_row, "R14: a refused row names its line: %ld", n ? n->source_row : 0);
    CHECK(note_with(&in, "tidak ada di lembar Pengembangan"), "R3: the column instansi is noted");
    /* R15: the sheet has the seminar already (its year from Tahun; the activity in other case, with spaces), and a
     * record of another year with the same name and JP: only the seminar is left out. */
    asn_value existing[3 * ASN_RECORD_COLUMNS] = { 0 };
    existing[0] = (asn_value){ ASN_VALUE_TEXT, 0, "19860926 201505 1 001" };
    existing[2] = (asn_value){ ASN_VALUE_NUMBER, 2024, NULL };
    existing[4] = (asn_value){ ASN_VALUE_TEXT, 0, "  seminar asn " };
    existing[5] = (asn_value){ ASN_VALUE_NUMBER, 4, NULL };
    existing[6] = (asn_value){ ASN_VALUE_TEXT, 0, "198609262015051001" };
    existing[7] = (asn_value){ ASN_VALUE_NUMBER, 45000, NULL }; /* 2023-03-15 */
    existing[10] = (asn_value){ ASN_VALUE_TEXT, 0, "Pelatihan Kepemimpinan" };
    existing[11] = (asn_value){ ASN_VALUE_NUMBER, 32, NULL };
    asn_cells sheet = { 3, ASN_RECORD_COLUMNS, existing };
    CHECK(asn_records_merge(&in, &sheet, null_date, &st), "R15: merges");
    CHECK(in.added == 2 && in.updated == 1, "R15: 2 added, 1 already there: %zu, %zu", in.added, in.updated);
    CHECK(in.target_row[0] == 2 && in.target_row[1] == -1 && in.target_row[2] == 3,
          "R15: added below the last filled record: %ld %ld %ld", in.target_row[0], in.target_row[1], in.target_row[2]);
    release(&in, &t, &cells, lines);
    const char roster[] = "NIP,Nama\n198609262015051001,Siti\n";
    CHECK(asn_csv_parse((const unsigned char *)roster, sizeof roster - 1, &t, &st) &&
          asn_csv_cells(&t, &cells, &lines) && !asn_records_source(&cells), "R13: a roster is not a record");
    free((void *)cells.cell);
    free(lines);
    asn_csv_free(&t);
}

int main(void)
{
    test_csv();
    test_siasn();
    test_assessment();
    test_records();
    return check_report("unit-roster-import");
}
