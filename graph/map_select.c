/*
 * map_select.c - what a map of a lineage or series graph shows: resolutions
 * and decisions (other kinds counted into the caption unless drawn), at
 * most max_nodes of them nearest the focus in time, and the fans of links
 * into a much-cited document thinned (see graph.h cg_graph_map_select).
 */
#include <glib.h>
#include <stdlib.h>
#include <string.h>

#include "graph.h"

/* An id and how many times it is counted (citing documents, members). */
typedef struct counted {
    const char *id; /* not copied */
    size_t n;
} counted;

static int by_count(const void *a, const void *b)
{
    const counted *x = a, *y = b;
    if (x->n != y->n)
        return x->n > y->n ? -1 : 1;
    return strcmp(x->id, y->id);
}

char *cg_graph_counted_text(GHashTable *counts, size_t max, const char *lead)
{
    size_t n = g_hash_table_size(counts);
    if (!n)
        return NULL;
    counted *c = g_new(counted, n);
    GHashTableIter it;
    gpointer k, v;
    size_t i = 0;
    g_hash_table_iter_init(&it, counts);
    while (g_hash_table_iter_next(&it, &k, &v))
        c[i++] = (counted){k, GPOINTER_TO_SIZE(v)};
    qsort(c, n, sizeof *c, by_count);
    GString *o = g_string_new(lead);
    char b[96];
    for (size_t i = 0; i < n && i < max; i++)
        g_string_append_printf(o, "%s%s (%zu)", i ? ", " : "",
                               cg_graph_short_id(c[i].id, b, sizeof b), c[i].n);
    if (n > max)
        g_string_append_printf(o, " and %u more", (guint)n - (guint)max);
    g_free(c);
    return g_string_free(o, FALSE);
}

static int is_act(const char *kind)
{
    return kind && (!strcmp(kind, "resolution") || !strcmp(kind, "decision"));
}

typedef struct near {
    size_t v;
    int gap;
    const char *id;
} near;

static int by_gap(const void *a, const void *b)
{
    const near *x = a, *y = b;
    if (x->gap != y->gap)
        return x->gap < y->gap ? -1 : 1;
    return strcmp(x->id, y->id);
}

/* A document cited directly by many later ones (each UNIFIL renewal
 * recalls 501 (1982) and 520 (1982), not the renewal before it) would fan
 * dozens of crossing links across the map: the earliest FAN_MAX citing
 * links are drawn, the others counted in the caption. */
enum { FAN_MAX = 4 };

typedef struct fan_edge {
    size_t e;
    const char *date, *id;
} fan_edge;

static int by_citing_date(const void *a, const void *b)
{
    const fan_edge *x = a, *y = b;
    int c = strcmp(*x->date ? x->date : "9999", *y->date ? y->date : "9999");
    return c ? c : strcmp(x->id, y->id);
}

static cg_graph *thin_fans(cg_graph *m, GString *cap)
{
    size_t nv = cg_graph_vertex_count(m), ne = cg_graph_edge_count(m);
    size_t *indeg = g_new0(size_t, nv + 1);
    unsigned char *keepe = g_malloc(ne + 1);
    memset(keepe, 1, ne + 1);
    for (size_t j = 0; j < ne; j++) {
        cg_edge_view e;
        cg_graph_edge(m, j, &e);
        indeg[e.to] += e.kind == CG_EDGE_CITES;
    }
    size_t thinned = 0;
    GString *note = g_string_new(NULL);
    fan_edge *fe = g_new0(fan_edge, ne + 1);
    for (size_t v = 0; v < nv; v++) {
        if (indeg[v] <= FAN_MAX)
            continue;
        size_t k = 0;
        for (size_t j = 0; j < ne; j++) {
            cg_edge_view e;
            cg_graph_edge(m, j, &e);
            if (e.to != v || e.kind != CG_EDGE_CITES)
                continue;
            cg_vertex_view a;
            cg_graph_vertex(m, e.from, &a);
            fe[k++] = (fan_edge){j, a.date ? a.date : "", a.id};
        }
        qsort(fe, k, sizeof *fe, by_citing_date);
        for (size_t i = FAN_MAX; i < k; i++)
            keepe[fe[i].e] = 0;
        cg_vertex_view t;
        cg_graph_vertex(m, v, &t);
        char b[96];
        g_string_append_printf(note, "%s%s by %zu more", thinned ? "; " : "",
                               cg_graph_short_id(t.id, b, sizeof b), k - FAN_MAX);
        thinned++;
    }
    cg_graph *out = NULL;
    cg_error err;
    if (thinned && !cg_graph_subgraph_edges(m, keepe, &out, &err)) {
        g_string_append_printf(cap,
                               "%sCited directly by many later documents, only the first "
                               "%d links drawn: %s.",
                               cap->len ? " " : "", FAN_MAX, note->str);
        cg_graph_free(m);
        m = out;
    }
    g_string_free(note, TRUE);
    g_free(fe);
    g_free(indeg);
    g_free(keepe);
    return m;
}

cg_graph *cg_graph_map_select(const cg_graph *s, const char *focus, int others_draw, int max_nodes,
                              int all_edges, char **caption, cg_error *err)
{
    size_t n = cg_graph_vertex_count(s);
    unsigned char *keep = g_new0(unsigned char, n + 1);
    near *nv = g_new0(near, n + 1);
    GHashTable *outside = g_hash_table_new(g_str_hash, g_str_equal);
    GString *cap = g_string_new(NULL);
    size_t f = focus ? cg_graph_find(s, focus) : (size_t)-1, k = 0;
    cg_vertex_view fv = {0};
    if (f != (size_t)-1)
        cg_graph_vertex(s, f, &fv);
    for (size_t i = 0; i < n; i++) {
        cg_vertex_view v;
        cg_graph_vertex(s, i, &v);
        if (i != f && !others_draw && !is_act(v.kind)) {
            g_hash_table_insert(outside, (gpointer)v.id,
                                GSIZE_TO_POINTER((size_t)(v.cited_by_docs ? v.cited_by_docs : 1)));
            continue;
        }
        keep[i] = 1;
        int gap = fv.year && v.year ? abs(v.year - fv.year) : 10000;
        nv[k++] = (near){i, i == f ? -1 : gap, v.id};
    }
    if (max_nodes > 0 && k > (size_t)max_nodes) {
        qsort(nv, k, sizeof *nv, by_gap);
        int lo = 0, hi = 0;
        for (size_t i = (size_t)max_nodes; i < k; i++) {
            cg_vertex_view v;
            cg_graph_vertex(s, nv[i].v, &v);
            keep[nv[i].v] = 0;
            if (v.year && (!lo || v.year < lo))
                lo = v.year;
            if (v.year > hi)
                hi = v.year;
        }
        g_string_append_printf(cap, "Left out: %zu more document%s", k - (size_t)max_nodes,
                               k - (size_t)max_nodes == 1 ? "" : "s");
        if (lo)
            g_string_append_printf(cap, lo == hi ? " of %d" : " of %d\u2013%d", lo, hi);
        g_string_append(cap, ", farthest from the focus in time (--max-nodes, --since, "
                             "--until).");
    }
    /* "Also cited: " and the kinds the map leaves out, most cited first. */
    char *others = cg_graph_counted_text(outside, 6, "Also cited: ");
    if (others) {
        /* The counts here are citing documents of the lineage. */
        g_string_append_printf(cap, "%s%s.", cap->len ? " " : "", others);
        g_free(others);
    }
    cg_graph *m = cg_graph_cut_down(s, keep, all_edges, err);
    g_free(keep);
    g_free(nv);
    if (m && !all_edges)
        m = thin_fans(m, cap);
    g_hash_table_destroy(outside);
    *caption = cap->len ? g_string_free(cap, FALSE) : (g_string_free(cap, TRUE), NULL);
    return m;
}
