/* libFuzzer target: the import's core on arbitrary bytes, as a file picked in Impor data pegawai... reaches it: the
 * CSV reader (csv_table.c C1-C7), then the roster's or the development records' reading and merging
 * (roster_import.c R1-R15) against a sheet made of the same cells. `make fuzz` runs it for FUZZ_SECONDS; `make check`
 * runs a short smoke pass. Seeds: the example files (rosters, SIASN export, course history, vacancies). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "csv_table.h"
#include "roster_import.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const int null_date[3] = { 1899, 12, 30 };
    static const char *const names[9] = { "Integritas", "Kerja Sama", "Komunikasi", "Orientasi pada Hasil",
                                          "Pelayanan Publik", "Pengembangan Diri dan Orang Lain",
                                          "Mengelola Perubahan", "Pengambilan Keputusan", "Perekat Bangsa" };
    asn_status st = { ASN_OK, "" };
    asn_csv_table table;
    if (!asn_csv_parse(data, size, &table, &st))
        return 0;
    asn_cells cells;
    long *lines = NULL;
    if (asn_csv_cells(&table, &cells, &lines)) {
        asn_roster_import in;
        /* The file's own rows (but the header) stand for what the sheet already has. */
        asn_cells existing = { cells.rows ? cells.rows - 1 : 0, cells.cols, cells.rows ? cells.cell + cells.cols : NULL };
        if (asn_records_source(&cells)) {
            if (asn_records_read(&cells, lines, null_date, &in, &st)) {
                asn_records_merge(&in, &existing, null_date, &st);
                asn_roster_import_free(&in);
            }
        } else if (asn_roster_read(&cells, lines, names, null_date, &in, &st)) {
            asn_cells nips = { existing.rows * existing.cols, 1, existing.cell }; /* every cell an NIP cell */
            asn_roster_merge(&in, &nips, 10000, &st);
            asn_roster_import_free(&in);
        }
        free((void *)cells.cell);
        free(lines);
    }
    asn_csv_free(&table);
    return 0;
}
