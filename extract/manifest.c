/*
 * manifest.c - what a corpus's own index says of its files.
 */
#include <errno.h>
#include <glib.h>
#include <string.h>

#include "extract.h"

typedef struct row {
    char *symbol, *lang, *date, *title;   /* NULL when not given */
} row;

struct cg_manifest {
    GHashTable *rows;   /* canonical absolute path -> row */
};

static void row_free(gpointer p)
{
    row *r = p;
    g_free(r->symbol);
    g_free(r->lang);
    g_free(r->date);
    g_free(r->title);
    g_free(r);
}

cg_manifest *cg_manifest_new(void)
{
    cg_manifest *m = g_new0(cg_manifest, 1);
    m->rows = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, row_free);
    return m;
}

void cg_manifest_free(cg_manifest *m)
{
    if (!m)
        return;
    g_hash_table_destroy(m->rows);
    g_free(m);
}

size_t cg_manifest_count(const cg_manifest *m)
{
    return g_hash_table_size(m->rows);
}

static char *field(const char *s)
{
    return *s && strcmp(s, "-") ? g_strdup(s) : NULL;
}

int cg_manifest_load(cg_manifest *m, const char *path, cg_error *err)
{
    gchar *data;
    gsize len;
    GError *ge = NULL;
    if (!g_file_get_contents(path, &data, &len, &ge)) {
        int rc = cg_error_set(err, ge->code == G_FILE_ERROR_NOENT ? ENOENT : EIO,
                              "%s", ge->message);
        g_error_free(ge);
        return rc;
    }
    if (!g_utf8_validate(data, (gssize)len, NULL)) {
        g_free(data);
        return cg_error_set(err, EILSEQ, "manifest is not valid UTF-8");
    }
    char *dir = g_path_get_dirname(path);
    gchar **lines = g_strsplit(data, "\n", -1);
    int rc = 0;
    for (int i = 0; lines[i] && !rc; i++) {
        char *ln = lines[i];
        size_t l = strlen(ln);
        if (l && ln[l - 1] == '\r')
            ln[--l] = '\0';
        if (l == 0 || ln[0] == '#' || (i == 0 && !strncmp(ln, "path\t", 5)))
            continue;
        gchar **f = g_strsplit(ln, "\t", -1);
        guint n = g_strv_length(f);
        if (n < 2 || n > 5 || !*f[0]) {
            rc = cg_error_set(err, EINVAL,
                              "line %d: expected path, symbol, language, date, title "
                              "separated by tabs", i + 1);
        } else {
            char *abs = g_path_is_absolute(f[0]) ? g_strdup(f[0])
                                                 : g_build_filename(dir, f[0], NULL);
            char *canon = g_canonicalize_filename(abs, NULL);
            g_free(abs);
            row *r = g_new0(row, 1);
            r->symbol = field(f[1]);
            r->lang = n > 2 ? field(f[2]) : NULL;
            r->date = n > 3 ? field(f[3]) : NULL;
            r->title = n > 4 ? field(f[4]) : NULL;
            g_hash_table_replace(m->rows, canon, r);
        }
        g_strfreev(f);
    }
    g_strfreev(lines);
    g_free(dir);
    g_free(data);
    return rc;
}

void cg_manifest_apply(const cg_manifest *m, const char *file,
                       const cg_read_options *base, cg_read_options *out)
{
    *out = *base;
    if (!m || g_hash_table_size(m->rows) == 0)
        return;
    char *canon = g_canonicalize_filename(file, NULL);
    const row *r = g_hash_table_lookup(m->rows, canon);
    g_free(canon);
    if (!r)
        return;
    if (r->symbol)
        out->symbol = r->symbol;
    if (r->lang)
        out->lang = r->lang;
    if (r->date)
        out->date = r->date;
    if (r->title)
        out->title = r->title;
}
