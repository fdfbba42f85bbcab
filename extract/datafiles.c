/*
 * datafiles.c - every reference-data and pattern file is read through here,
 * so that the extractor's fingerprint (which names the cache folder) covers
 * exactly the files that were loaded: a file added to the loaders is in the
 * fingerprint without anyone listing it (issue 18: states.tsv was not, and
 * editing it changed nothing on a warm run).
 */
#include <stdio.h>
#include <string.h>

#include "datafiles.h"

static GMutex lock;
static GChecksum *active; /* set while cg_data_record_begin..end */

void cg_data_record_begin(void)
{
    g_mutex_lock(&lock);
    active = g_checksum_new(G_CHECKSUM_SHA256);
}

void cg_data_record_end(char out[17])
{
    const char *hex = g_checksum_get_string(active);
    memcpy(out, hex, 16);
    out[16] = '\0';
    g_checksum_free(active);
    active = NULL;
    g_mutex_unlock(&lock);
}

/* The file's base name (not where the data folder is) and its bytes. */
static void record(const char *path, const char *data, gsize len)
{
    if (!active)
        return;
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    guint64 n[2] = {strlen(base), len};
    g_checksum_update(active, (const guchar *)n, sizeof n);
    g_checksum_update(active, (const guchar *)base, (gssize)n[0]);
    g_checksum_update(active, (const guchar *)data, (gssize)len);
}

gboolean cg_data_get_contents(const char *path, gchar **data, gsize *len, GError **ge)
{
    if (!g_file_get_contents(path, data, len, ge))
        return FALSE;
    record(path, *data, *len);
    return TRUE;
}
