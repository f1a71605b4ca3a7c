/* The Nomor Induk Pegawai: reading the 18 digits as HR data holds them, and what they encode (ASNNIP; the roster
 * import normalises NIPs with the same code). Rules in nip.c. */
#ifndef ASN_NIP_H
#define ASN_NIP_H

#include "values.h"

#define ASN_NIP_DIGITS 18

typedef enum { ASN_NIP_PNS, ASN_NIP_PPPK } asn_nip_kind;

typedef struct {
    char digits[ASN_NIP_DIGITS + 1]; /* the normalised NIP, NUL-terminated */
    int birth_year, birth_month, birth_day;
    asn_nip_kind kind;
    int appointment_year;  /* PNS: the year of the TMT CPNS; PPPK: the year coded in digits 9-12 */
    int appointment_month; /* PNS: the month of the TMT CPNS; PPPK: 0 (only the year is coded) */
    int sex;               /* 1 laki-laki, 2 perempuan */
    int serial;            /* digits 16-18, 1..999 */
    int broken_rule;       /* after a refusal: the rule it broke, 2..6 (N2..N6), for a message in other words */
} asn_nip;

/* The 18 digits of an NIP written as text (N2 only: separators removed, no check of what they encode): 1 and
 * digits filled, or 0 with st saying why. What the committee workbook's formulas read (Pegawai AH). */
int asn_nip_digits(const char *text, char digits[ASN_NIP_DIGITS + 1], asn_status *st);

/* Reads an NIP written as text (N1-N2) and checks it (N3-N6): 1 and *out filled, or 0 with st saying why. */
int asn_nip_parse(const char *text, asn_nip *out, asn_status *st);

/* A date as a spreadsheet serial number: days from the document's null date (y, m, d; Calc's default is
 * 1899-12-30). */
double asn_date_serial(int year, int month, int day, int null_year, int null_month, int null_day);

/* ASNNIP(NIP; Part): the answer is a text (*text, static or in out->digits of `nip`) or a number (*number,
 * *text NULL); ASN_NOT_FOUND for "tmt" of a PPPK NIP. */
typedef struct {
    asn_nip nip;
    const char *text;
    double number;
} asn_nip_answer;
int asn_nip_part(const asn_value *nip, const asn_value *part, int null_year, int null_month, int null_day,
                 asn_nip_answer *out, asn_status *st);

#endif
