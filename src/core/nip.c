/* ASNNIP: the Nomor Induk Pegawai read as HR data holds it, and checked (Peraturan Kepala BKN 43/2007 for PNS,
 * the PPPK numbering of BKN since 2019; docs/functions.md, ASNNIP; docs/rules.md, the NIP).
 *
 * Rules, cited in the code as (Nn):
 *  N1. The NIP is text. A number is refused: a cell cannot hold 18 digits exactly, so the last digits are lost
 *      already (1,97109171993012E+17). Blank is refused too (there is nothing to read).
 *  N2. Before checking, a leading apostrophe (as SIASN exports write it; also the typographic ’ an editor's
 *      AutoCorrect makes of it) is removed, and spaces (also the no-break space U+00A0), dots and hyphens
 *      anywhere (`19860926 201505 1 001`, `19860926.201505.1.001`). What remains must be exactly 18 ASCII
 *      digits.
 *  N3. Digits 1-8 are the birth date yyyymmdd: a real date (29 February only in a leap year), 1900 <= yyyy <= 2099.
 *  N4. Digits 9-14 are either a PNS TMT CPNS yyyymm (1900 <= yyyy <= 2099, month 01-12, later than the birth month)
 *      or a PPPK code: digits 9-12 a year 2019-2099 and digits 13-14 "21". The two cannot be confused: 21 is no
 *      month.
 *  N5. Digit 15 is the sex: 1 laki-laki, 2 perempuan.
 *  N6. Digits 16-18 are the serial number, not 000.
 *  N7. Part (a label, matched as every label is): omitted or blank -> the 18 digits as text; "lahir" -> the birth
 *      date as a date number (the document's null date); "tmt" -> the first day of the TMT CPNS month (PNS), #N/A
 *      for a PPPK NIP (only its year is coded); "tahun" -> the year of appointment; "jenis" -> PNS or PPPK;
 *      "kelamin" -> Laki-laki or Perempuan; "urut" -> the serial as a number. Anything else is an error. */
#include "nip.h"

#include <string.h>

#include "support/labels.h"

#define PPPK_CODE 21  /* N4: digits 13-14 of a PPPK NIP */
#define PPPK_FIRST_YEAR 2019

static int leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int days_in_month(int y, int m)
{
    static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return m == 2 && leap(y) ? 29 : days[m - 1];
}

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
static long days_from_civil(long y, long m, long d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

double asn_date_serial(int year, int month, int day, int null_year, int null_month, int null_day)
{
    return (double)(days_from_civil(year, month, day) - days_from_civil(null_year, null_month, null_day));
}

/* The number written by digits[from..from+count-1] (0-based). */
static int digits_value(const char *digits, int from, int count)
{
    int v = 0;
    for (int i = from; i < from + count; i++)
        v = v * 10 + (digits[i] - '0');
    return v;
}

/* N2: the 18 digits of text into digits; 0 when something else remains or the count is not 18. */
static int normalise(const char *text, char *digits, asn_status *st)
{
    const unsigned char *p = (const unsigned char *)text;
    if (p[0] == '\'')
        p++;
    else if (p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x99) /* ’ U+2019 */
        p += 3;
    size_t n = 0;
    for (; *p; p++) {
        if (*p == ' ' || *p == '.' || *p == '-')
            continue;
        if (p[0] == 0xC2 && p[1] == 0xA0) { /* U+00A0 */
            p++;
            continue;
        }
        if (*p < '0' || *p > '9')
            return asn_fail(st, ASN_INVALID, "an NIP holds digits only (with spaces, dots or hyphens between them)");
        if (n == ASN_NIP_DIGITS)
            return asn_fail(st, ASN_INVALID, "an NIP has 18 digits; this one has more");
        digits[n++] = (char)*p;
    }
    digits[n] = '\0';
    if (n != ASN_NIP_DIGITS)
        return asn_fail(st, ASN_INVALID, "an NIP has 18 digits; this one has %zu", n);
    return 1;
}

int asn_nip_digits(const char *text, char digits[ASN_NIP_DIGITS + 1], asn_status *st)
{
    return normalise(text, digits, st);
}

int asn_nip_parse(const char *text, asn_nip *out, asn_status *st)
{
    memset(out, 0, sizeof *out);
    out->broken_rule = 2;
    if (!normalise(text, out->digits, st)) /* N2 */
        return 0;
    out->broken_rule = 3;
    const char *d = out->digits;
    out->birth_year = digits_value(d, 0, 4);
    out->birth_month = digits_value(d, 4, 2);
    out->birth_day = digits_value(d, 6, 2);
    if (out->birth_year < 1900 || out->birth_year > 2099 || out->birth_month < 1 || out->birth_month > 12 ||
        out->birth_day < 1 || out->birth_day > days_in_month(out->birth_year, out->birth_month)) /* N3 */
        return asn_fail(st, ASN_INVALID, "digits 1-8 of an NIP are the birth date yyyymmdd; %.8s is not a date "
                        "from 1900 to 2099", d);
    out->broken_rule = 4;
    int year = digits_value(d, 8, 4), month = digits_value(d, 12, 2);
    if (month == PPPK_CODE) { /* N4 */
        if (year < PPPK_FIRST_YEAR || year > 2099)
            return asn_fail(st, ASN_INVALID, "a PPPK NIP (digits 13-14 \"21\") has a year from 2019 to 2099 in "
                            "digits 9-12, not %d", year);
        out->kind = ASN_NIP_PPPK;
        out->appointment_year = year;
    } else {
        if (year < 1900 || year > 2099 || month < 1 || month > 12)
            return asn_fail(st, ASN_INVALID, "digits 9-14 of an NIP are the TMT CPNS yyyymm (or a PPPK year and "
                            "21); %.6s is neither", d + 8);
        if (year * 12 + month <= out->birth_year * 12 + out->birth_month)
            return asn_fail(st, ASN_INVALID, "the TMT CPNS %.6s of an NIP must be later than the birth month %.6s", d + 8, d);
        out->kind = ASN_NIP_PNS;
        out->appointment_year = year;
        out->appointment_month = month;
    }
    out->broken_rule = 5;
    out->sex = d[14] - '0';
    if (out->sex != 1 && out->sex != 2) /* N5 */
        return asn_fail(st, ASN_INVALID, "digit 15 of an NIP is 1 (laki-laki) or 2 (perempuan), not %c", d[14]);
    out->broken_rule = 6;
    out->serial = digits_value(d, 15, 3);
    if (out->serial == 0) /* N6 */
        return asn_fail(st, ASN_INVALID, "digits 16-18 of an NIP (the serial number) are not 000");
    out->broken_rule = 0;
    return 1;
}

enum { PART_DIGITS, PART_BIRTH, PART_TMT, PART_YEAR, PART_KIND, PART_SEX, PART_SERIAL };

static const asn_label parts[] = {
    { "lahir", PART_BIRTH }, { "tmt", PART_TMT },     { "tahun", PART_YEAR },
    { "jenis", PART_KIND },  { "kelamin", PART_SEX }, { "urut", PART_SERIAL },
};

int asn_nip_part(const asn_value *nip, const asn_value *part, int null_year, int null_month, int null_day,
                 asn_nip_answer *out, asn_status *st)
{
    out->text = NULL;
    out->number = 0.0;
    if (nip->kind == ASN_VALUE_NUMBER) /* N1 */
        return asn_fail(st, ASN_INVALID, "an NIP must be text: as a number it has already lost its last digits "
                        "(format the cell as Text and type it again)");
    if (nip->kind != ASN_VALUE_TEXT)
        return asn_fail(st, ASN_INVALID, "the NIP is blank");
    int which = PART_DIGITS;
    if (part->kind == ASN_VALUE_NUMBER ||
        (part->kind == ASN_VALUE_TEXT && !asn_label_find(part->text, parts, sizeof parts / sizeof *parts, &which)))
        return asn_fail(st, ASN_INVALID, "Part is one of lahir, tmt, tahun, jenis, kelamin, urut (or blank)"); /* N7 */
    if (!asn_nip_parse(nip->text, &out->nip, st))
        return 0;
    const asn_nip *n = &out->nip;
    switch (which) { /* N7 */
    case PART_DIGITS:
        out->text = n->digits;
        return 1;
    case PART_BIRTH:
        out->number = asn_date_serial(n->birth_year, n->birth_month, n->birth_day, null_year, null_month, null_day);
        return 1;
    case PART_TMT:
        if (n->kind == ASN_NIP_PPPK)
            return asn_fail(st, ASN_NOT_FOUND, "a PPPK NIP codes only the year of appointment");
        out->number = asn_date_serial(n->appointment_year, n->appointment_month, 1, null_year, null_month, null_day);
        return 1;
    case PART_YEAR:
        out->number = n->appointment_year;
        return 1;
    case PART_KIND:
        out->text = n->kind == ASN_NIP_PNS ? "PNS" : "PPPK";
        return 1;
    case PART_SEX:
        out->text = n->sex == 1 ? "Laki-laki" : "Perempuan";
        return 1;
    default:
        out->number = n->serial;
        return 1;
    }
}
