/*
 * lineage.c - cg_graph_lineage: the ancestors and/or descendants of one
 * vertex, as a new graph, reduced unless every edge is asked for.
 *
 * Traversal goes through every vertex and edge (part-of included); the kind
 * filter applies afterwards, so a kept vertex reached only through a dropped
 * one is still kept, but the edges through the dropped vertex are gone.
 */
#include "graph_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* Breadth-first search from f, over out-edges (up) or in-edges (down),
 * marking seen[] with bit `bit`. depth 0 = unlimited. */
static void bfs(const cg_graph *g, size_t f, int up, int depth, unsigned char *seen,
                unsigned char bit, size_t *queue, int *dist)
{
    size_t head = 0, tail = 0;
    for (size_t i = 0; i < g->nv; i++)
        dist[i] = -1;
    dist[f] = 0;
    seen[f] |= bit;
    queue[tail++] = f;
    while (head < tail) {
        size_t u = queue[head++];
        if (depth > 0 && dist[u] >= depth)
            continue;
        size_t lo = up ? g->out_off[u] : g->in_off[u];
        size_t hi = up ? g->out_off[u + 1] : g->in_off[u + 1];
        for (size_t k = lo; k < hi; k++) {
            size_t w = up ? g->e[k].to : g->e[g->in_edge[k]].from;
            if (dist[w] >= 0)
                continue;
            dist[w] = dist[u] + 1;
            seen[w] |= bit;
            queue[tail++] = w;
        }
    }
}

/* Whether v's year is within opt's since/until (both 0: any year). */
static int year_in(const cg_vrec *v, const cg_lineage_options *opt)
{
    if (!opt->since && !opt->until)
        return 1;
    return v->year && (!opt->since || v->year >= opt->since) &&
           (!opt->until || v->year <= opt->until);
}

int cg_graph_lineage(cg_graph *g, const char *focus, const cg_lineage_options *opt, cg_graph **out,
                     cg_error *err)
{
    static const cg_lineage_options defaults = {.dir = CG_DIR_UP};
    if (!out)
        return cg_error_set(err, EINVAL, "graph: lineage without output");
    *out = NULL;
    if (!g || !g->built)
        return cg_error_set(err, EINVAL, "graph: lineage on an unbuilt graph");
    if (!opt)
        opt = &defaults;
    if (opt->dir < CG_DIR_UP || opt->dir > CG_DIR_BOTH || opt->depth < 0)
        return cg_error_set(err, EINVAL, "graph: bad lineage options");
    size_t f = cg_graph_find(g, focus);
    if (f == (size_t)-1)
        return cg_error_set(err, ENOENT, "graph: %s is not in the graph", focus ? focus : "(null)");
    unsigned char *seen = g_malloc0(g->nv + 1);
    size_t *queue = g_new(size_t, g->nv + 1);
    int *dist = g_new(int, g->nv + 1);
    int rc = 0;
    if (opt->dir & CG_DIR_UP)
        bfs(g, f, 1, opt->depth, seen, 1, queue, dist);
    if (opt->dir & CG_DIR_DOWN)
        bfs(g, f, 0, opt->depth, seen, 2, queue, dist);
    for (size_t i = 0; i < g->nv; i++)
        if (seen[i] && i != f &&
            ((opt->kind && strcmp(g->v[i].kind, opt->kind) != 0) || !year_in(&g->v[i], opt)))
            seen[i] = 0;

    cg_graph *sub = NULL;
    if ((rc = cg_graph__derive(g, seen, NULL, &sub, err)))
        goto out;
    if (opt->all_edges) {
        *out = sub;
    } else {
        rc = cg_graph_reduce(sub, out, err);
        cg_graph_free(sub);
    }
out:
    g_free(seen);
    g_free(queue);
    g_free(dist);
    return rc;
}

int cg_graph_subgraph(const cg_graph *g, const unsigned char *keep, cg_graph **out, cg_error *err)
{
    if (!out)
        return cg_error_set(err, EINVAL, "graph: subgraph without output");
    *out = NULL;
    if (!g || !g->built || !keep)
        return cg_error_set(err, EINVAL, "graph: bad subgraph arguments");
    return cg_graph__derive(g, keep, NULL, out, err);
}

int cg_graph_subgraph_edges(const cg_graph *g, const unsigned char *keepe, cg_graph **out,
                            cg_error *err)
{
    if (!out)
        return cg_error_set(err, EINVAL, "graph: subgraph without output");
    *out = NULL;
    if (!g || !g->built || !keepe)
        return cg_error_set(err, EINVAL, "graph: bad subgraph arguments");
    unsigned char *all = g_malloc(g->nv + 1);
    memset(all, 1, g->nv + 1);
    int rc = cg_graph__derive(g, all, keepe, out, err);
    g_free(all);
    return rc;
}

/* See graph.h. */
cg_graph *cg_graph_cut_down(const cg_graph *s, const unsigned char *keep, int all_edges,
                            cg_error *err)
{
    cg_graph *t = NULL, *r = NULL;
    if (cg_graph_subgraph(s, keep, &t, err))
        return NULL;
    if (all_edges)
        return t;
    cg_graph_reduce(t, &r, err);
    cg_graph_free(t);
    return r;
}
