/*
 * write_top.c - the ranking of cg_graph_top as a table, CSV or JSON lines,
 * and the bodies a ranking can be filtered on.
 */
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "graph_internal.h"

/* Display width in characters (ids are ASCII or UTF-8 text). */
static size_t display_width(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

int cg_graph_top_write(const cg_top_row *rows, size_t n, const char *format, FILE *f)
{
    int w = 6;
    for (size_t i = 0; i < n; i++) {
        int l = (int)display_width(rows[i].id);
        if (l > w)
            w = l;
    }
    if (!strcmp(format, "table"))
        fprintf(f, "%4s  %-*s  %11s  %8s  %9s  %9s\n", "rank", w, "target", "citing-docs",
                "mentions", "pagerank", "authority");
    else if (!strcmp(format, "csv"))
        fputs("rank,target,citing_docs,mentions,pagerank,authority\n", f);
    for (size_t i = 0; i < n; i++) {
        const cg_top_row *r = &rows[i];
        if (!strcmp(format, "table")) {
            int pad = w - (int)display_width(r->id);
            fprintf(f, "%4zu  %s%*s  %11d  %8d  %9.6f  %9.6f\n", r->rank, r->id, pad > 0 ? pad : 0,
                    "", r->citing_docs, r->mentions, r->pagerank, r->authority);
        } else if (!strcmp(format, "csv")) {
            fprintf(f, "%zu,\"%s\",%d,%d,%.6f,%.6f\n", r->rank, r->id, r->citing_docs, r->mentions,
                    r->pagerank, r->authority);
        } else {
            json_t *j = json_object();
            json_object_set_new(j, "rank", json_integer((json_int_t)r->rank));
            json_object_set_new(j, "target", json_string(r->id));
            json_object_set_new(j, "citing_docs", json_integer(r->citing_docs));
            json_object_set_new(j, "mentions", json_integer(r->mentions));
            json_object_set_new(j, "pagerank", json_real(r->pagerank));
            json_object_set_new(j, "authority", json_real(r->authority));
            char *s = json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6));
            json_decref(j);
            if (s) {
                fprintf(f, "%s\n", s);
                free(s); /* jansson's allocator */
            }
        }
    }
    return ferror(f) ? EIO : 0;
}

static gboolean add_name(gpointer k, gpointer val, gpointer data)
{
    (void)val;
    GString *list = data;
    g_string_append_printf(list, "%s%s", list->len ? ", " : "", (const char *)k);
    return FALSE;
}

int cg_graph_body_present(const cg_graph *g, const char *body, char **present)
{
    *present = NULL;
    for (size_t i = 0; i < g->nv; i++)
        if (*g->v[i].body && !strcmp(g->v[i].body, body))
            return 1;
    GTree *seen = g_tree_new((GCompareFunc)strcmp);
    for (size_t i = 0; i < g->nv; i++)
        if (*g->v[i].body)
            g_tree_insert(seen, g->v[i].body, g->v[i].body);
    GString *list = g_string_new(NULL);
    g_tree_foreach(seen, add_name, list);
    g_tree_destroy(seen);
    if (list->len)
        *present = g_string_free(list, FALSE);
    else
        g_string_free(list, TRUE);
    return 0;
}
