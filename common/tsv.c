/*
 * tsv.c - tab-separated tables (see tsv.h).
 */
#include "tsv.h"

#include <glib.h>
#include <string.h>

int cg_tsv_each(const char *data, size_t len, int maxf, cg_tsv_row_fn row, void *user)
{
    int rc = 0, lineno = 0;
    const char *p = data, *end = data + len;
    GPtrArray *fields = g_ptr_array_new();
    while (p < end && !rc) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *stop = nl ? nl : end;
        lineno++;
        size_t l = (size_t)(stop - p);
        if (l && p[l - 1] == '\r')
            l--;
        if (l && p[0] != '#') {
            char *line = g_strndup(p, l);
            g_ptr_array_set_size(fields, 0);
            char *f = line;
            for (;;) {
                g_ptr_array_add(fields, f);
                char *tab = strchr(f, '\t');
                if (!tab || (maxf > 0 && (int)fields->len == maxf))
                    break;
                *tab = '\0';
                f = tab + 1;
            }
            rc = row((char **)fields->pdata, (int)fields->len, lineno, user);
            g_free(line);
        }
        p = nl ? nl + 1 : end;
    }
    g_ptr_array_free(fields, TRUE);
    return rc;
}
