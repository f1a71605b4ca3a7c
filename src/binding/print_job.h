/* The print-area job (com.sun.star.task.XJob): keeps the committee workbook's print areas on its filled rows. */
#ifndef ASN_BINDING_PRINT_JOB_H
#define ASN_BINDING_PRINT_JOB_H

#include <stddef.h>

#include "uno.h"
#include "../core/print_rows.h"

/* One print area that follows the filled rows of a named range (the table is generated from
 * idl/functions.toml, [print_job], into function_table.c). */
typedef struct {
    const char *sheet; /* the sheet whose first print area follows */
    const char *key;   /* the named range whose filled rows it follows */
    asn_print_rows_rule rule;
    const char *fitted_from; /* J12: the named range whose first row starts the rows fitted when shown; or NULL */
} asn_print_area_info;

extern const asn_print_area_info asn_print_areas[];
extern const size_t asn_print_area_count;
extern const char asn_job_service_name[];
extern const char asn_job_implementation_name[];

/* J2: the filled runs of the named range `key` into *spans (malloc'd, the caller frees). -1 when the workbook
 * has no such range or it cannot be read (J1), else the number of runs. */
long asn_filled_runs(uno_Interface *named_ranges, const char *key, asn_row_span **spans);

/* The job object the job executor asks for (one, shared; it keeps the first component context it is made with, to
 * reach LibreOffice's event loop: J9). */
uno_Interface *asn_print_job_create(uno_Interface *context);

/* XServiceInfo of the job, for the object and its factory. 1 when `member` was one of its methods. */
int asn_print_job_service_info(const rtl_uString *member, void *ret, void *args[]);

#endif
