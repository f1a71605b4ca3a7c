/* ASNNINEBOX and ASNNINEBOXINFO: the talent nine-box of PermenPANRB 3/2020 (amended by PermenPANRB 20/2025
 * Pasal 17; docs/rules.md §4.1-4.3, confidence high).
 *
 * Rules, cited in the code as (Rn):
 *  R1. Performance: a rating label as in ASNPREDICATE, or 1/2/3. Potential: Rendah/Menengah/Tinggi
 *      (low/medium/high), or 1/2/3. A number that is not 1/2/3 without cuts is an error.
 *  R2. With a Cuts argument (two numbers, low then high) the matching input is a numeric score instead:
 *      score >= high -> 3, >= low -> 2, else 1. Cuts that do not increase are an error.
 *  R3. Box (rows Performance 3/2/1, columns Potential 1/2/3): 3 -> 4, 7, 9; 2 -> 2, 5, 8; 1 -> 1, 3, 6.
 *  R4. ASNNINEBOXINFO: field "kategori" (default) or "rekomendasi" (the items of section 4.3 joined by "; ").
 *      A box that is not a whole number 1..9, or an unknown field, is an error.
 *  R5. (v2) Field "pool" (also "talenta"): 1 when the box is in the talent pool, the kelompok rencana suksesi
 *      of boxes 7, 8 and 9 (BKN SIMATA; docs/rules.md §7.2), else 0. */
#include <math.h>

#include "career.h"
#include "support/labels.h"
#include "ratings.h"

/* R3: [performance - 1][potential - 1] (docs/rules.md §4.2). */
static const int box_of[3][3] = {
    /* kinerja di bawah */ { 1, 3, 6 },
    /* kinerja sesuai   */ { 2, 5, 8 },
    /* kinerja di atas  */ { 4, 7, 9 },
};

/* R4: kategori and rekomendasi per box (docs/rules.md §4.3, identical across implementations and the Lampiran). */
static const struct { const char *kategori, *rekomendasi; } box_info[10] = {
    [1] = { "Kinerja di bawah ekspektasi dan potensial rendah",
            "Diproses sesuai ketentuan peraturan perundang-undangan" },
    [2] = { "Kinerja sesuai ekspektasi dan potensial rendah",
            "Bimbingan kinerja; Pengembangan kompetensi; Penempatan yang sesuai" },
    [3] = { "Kinerja di bawah ekspektasi dan potensial menengah",
            "Bimbingan kinerja; Konseling kinerja; Pengembangan kompetensi; Penempatan yang sesuai" },
    [4] = { "Kinerja di atas ekspektasi dan potensial rendah", "Rotasi; Pengembangan kompetensi" },
    [5] = { "Kinerja sesuai ekspektasi dan potensial menengah",
            "Penempatan yang sesuai; Bimbingan kinerja; Pengembangan kompetensi" },
    [6] = { "Kinerja di bawah ekspektasi dan potensial tinggi",
            "Penempatan yang sesuai; Bimbingan kinerja; Konseling kinerja" },
    [7] = { "Kinerja di atas ekspektasi dan potensial menengah",
            "Dipertahankan; Masuk Kelompok Rencana Suksesi Instansi; Rotasi/Pengayaan jabatan; Pengembangan kompetensi; "
            "Tugas belajar" },
    [8] = { "Kinerja sesuai ekspektasi dan potensial tinggi",
            "Dipertahankan; Masuk Kelompok Rencana Suksesi Instansi; Rotasi/Perluasan jabatan; Bimbingan kinerja" },
    [9] = { "Kinerja di atas ekspektasi dan potensial tinggi",
            "Dipromosikan dan dipertahankan; Masuk Kelompok Rencana Suksesi Instansi/Nasional; Penghargaan" },
};

static const asn_label potential_labels[] = {
    { "rendah", 1 }, { "menengah", 2 }, { "tinggi", 3 }, { "low", 1 }, { "medium", 2 }, { "high", 3 },
};

/* R2: a score placed by two cuts. */
static int level_by_cuts(const asn_value *v, const asn_cells *cuts, const char *what, const char *cuts_name,
                         int *level, asn_status *st)
{
    if (cuts->rows * cuts->cols != 2 || cuts->cell[0].kind != ASN_VALUE_NUMBER || cuts->cell[1].kind != ASN_VALUE_NUMBER)
        return asn_fail(st, ASN_INVALID, "%s must be two numbers, low then high", cuts_name);
    double low = cuts->cell[0].number, high = cuts->cell[1].number;
    if (!(low < high))
        return asn_fail(st, ASN_INVALID, "%s must increase (low %.15g, high %.15g)", cuts_name, low, high);
    if (v->kind != ASN_VALUE_NUMBER)
        return asn_fail(st, ASN_INVALID, "%s must be a numeric score when %s are given", what, cuts_name);
    *level = v->number >= high ? 3 : v->number >= low ? 2 : 1;
    return 1;
}

static int potential_level(const asn_value *v, int *level, asn_status *st)
{
    int id;
    if (v->kind == ASN_VALUE_NUMBER && (v->number == 1.0 || v->number == 2.0 || v->number == 3.0)) {
        *level = (int)v->number;
        return 1;
    }
    if (v->kind == ASN_VALUE_TEXT && asn_label_find(v->text, potential_labels, 6, &id)) {
        *level = id;
        return 1;
    }
    return asn_fail(st, ASN_INVALID, "Potential must be Rendah/Menengah/Tinggi (low/medium/high) or 1/2/3");
}

int asn_ninebox(const asn_value *performance, const asn_value *potential, const asn_cells *performance_cuts,
                const asn_cells *potential_cuts, int *box, asn_status *st)
{
    int perf = 0, pot = 0;
    asn_rating rating;
    if (performance_cuts) {
        if (!level_by_cuts(performance, performance_cuts, "Performance", "PerformanceCuts", &perf, st)) /* R2 */
            return 0;
    } else {
        if (!asn_rating_from_value(performance, &rating, "Performance", st)) /* R1 */
            return 0;
        perf = (int)rating;
    }
    if (potential_cuts) {
        if (!level_by_cuts(potential, potential_cuts, "Potential", "PotentialCuts", &pot, st)) /* R2 */
            return 0;
    } else if (!potential_level(potential, &pot, st)) { /* R1 */
        return 0;
    }
    *box = box_of[perf - 1][pot - 1]; /* R3 */
    return 1;
}

enum { FIELD_KATEGORI, FIELD_REKOMENDASI, FIELD_POOL };
static const asn_label field_labels[] = {
    { "kategori", FIELD_KATEGORI }, { "rekomendasi", FIELD_REKOMENDASI }, { "pool", FIELD_POOL }, { "talenta", FIELD_POOL },
};

int asn_ninebox_info(const asn_value *box, const asn_value *field, const char **text, int *in_pool, asn_status *st)
{
    int which = FIELD_KATEGORI;
    if (box->kind != ASN_VALUE_NUMBER || box->number != floor(box->number) || box->number < 1 || box->number > 9)
        return asn_fail(st, ASN_INVALID, "Box must be a whole number from 1 to 9"); /* R4 */
    if (field->kind != ASN_VALUE_BLANK &&
        (field->kind != ASN_VALUE_TEXT ||
         !asn_label_find(field->text, field_labels, sizeof field_labels / sizeof field_labels[0], &which)))
        return asn_fail(st, ASN_INVALID, "Field must be \"kategori\", \"rekomendasi\" or \"pool\""); /* R4 */
    int b = (int)box->number;
    *text = NULL;
    *in_pool = b >= 7; /* R5 */
    if (which == FIELD_KATEGORI)
        *text = box_info[b].kategori;
    else if (which == FIELD_REKOMENDASI)
        *text = box_info[b].rekomendasi;
    return 1;
}
