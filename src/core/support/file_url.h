/* file:// URLs, the same on every platform; what a URL's path means is the platform's (platform.h). */
#ifndef ASN_FILE_URL_H
#define ASN_FILE_URL_H

#include <stddef.h>

/* Splits "file://host/p%20ath" into host ("" for file:///...) and the percent-decoded path ("/p ath").
 * 0 when url is not a file URL with an authority, an escape decodes to NUL, or a part does not fit. */
int asn_file_url_split(const char *url, char *host, size_t host_capacity, char *path, size_t path_capacity);

/* folder_url + "/" + name, the name percent-encoded (every byte but letters, digits and -._~), into out.
 * 0 when it does not fit. */
int asn_file_url_join(const char *folder_url, const char *name, char *out, size_t capacity);

#endif
