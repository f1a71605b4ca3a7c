/* file:// URLs (RFC 8089): "file://" authority path, the path percent-encoded. */
#include "file_url.h"

#include <string.h>
#include <strings.h>

static int hex_digit(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

int asn_file_url_split(const char *url, char *host, size_t host_capacity, char *path, size_t path_capacity)
{
    if (strncasecmp(url, "file://", 7) != 0)
        return 0;
    const char *p = url + 7;
    size_t host_length = strcspn(p, "/");
    if (host_length >= host_capacity || p[host_length] != '/')
        return 0;
    memcpy(host, p, host_length);
    host[host_length] = '\0';
    size_t n = 0;
    for (p += host_length; *p; p++) {
        char c = *p;
        if (c == '%' && hex_digit(p[1]) >= 0 && hex_digit(p[2]) >= 0) {
            c = (char)(hex_digit(p[1]) * 16 + hex_digit(p[2]));
            p += 2;
            if (c == '\0')
                return 0; /* a NUL would cut the path short: another file than the one named */
        }
        if (n + 1 >= path_capacity)
            return 0;
        path[n++] = c;
    }
    path[n] = '\0';
    return 1;
}

int asn_file_url_join(const char *folder_url, const char *name, char *out, size_t capacity)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t n = strlen(folder_url);
    while (n > 0 && folder_url[n - 1] == '/')
        n--;
    if (n + 2 > capacity)
        return 0;
    memcpy(out, folder_url, n);
    out[n++] = '/';
    for (const unsigned char *s = (const unsigned char *)name; *s; s++) {
        int plain = (*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') ||
                    strchr("-._~", *s) != NULL;
        size_t need = plain ? 1 : 3;
        if (n + need + 1 > capacity)
            return 0;
        if (plain) {
            out[n++] = (char)*s;
        } else {
            out[n++] = '%';
            out[n++] = hex[*s >> 4];
            out[n++] = hex[*s & 15];
        }
    }
    out[n] = '\0';
    return 1;
}
