/*
 * reduce.c - cg_graph_reduce: transitive reduction, hand-written because
 * igraph 0.10.2 has none.
 *
 * The graph is condensed into its strongly connected components, which form
 * a DAG. A "cites" edge u->w between two different components is dropped
 * when comp(w) is reachable from comp(u) through at least one intermediate
 * component. On a DAG (every component a single vertex) this is exactly the
 * transitive reduction, which is unique. With cycles the reduction is not
 * unique, so edges inside a component are kept as they are, and so are
 * parallel edges between the same two components: the result is then the
 * same whatever order the edges came in.
 */
#include "graph_internal.h"

#include <errno.h>
#include <stdlib.h>

int cg_graph_reduce(cg_graph *g, cg_graph **out, cg_error *err)
{
    if (!out)
        return cg_error_set(err, EINVAL, "graph: reduce without output");
    *out = NULL;
    if (!g || !g->built)
        return cg_error_set(err, EINVAL, "graph: reduce on an unbuilt graph");
    size_t *comp = NULL, *csize = NULL;
    int rc = cg_graph__scc(g, &comp, &csize, err);
    if (rc)
        return rc;
    size_t nv = g->nv, ne = g->ne;
    size_t *off = g_new0(size_t, nv + 2);   /* condensation CSR, by comp */
    size_t *adj = g_new(size_t, ne + 1);    /* edge ids, grouped by comp(from) */
    size_t *stamp = g_new0(size_t, nv + 1); /* comp -> last C that reached it, +1 */
    size_t *stack = g_new(size_t, ne + nv + 1);
    unsigned char *keepv = g_malloc(nv + 1);
    unsigned char *keepe = g_malloc(ne + 1);
    for (size_t i = 0; i < nv; i++)
        keepv[i] = 1;
    for (size_t j = 0; j < ne; j++) {
        keepe[j] = 1;
        if (comp[g->e[j].from] != comp[g->e[j].to])
            off[comp[g->e[j].from] + 2]++;
    }
    for (size_t c = 0; c < nv; c++)
        off[c + 2] += off[c + 1];
    for (size_t j = 0; j < ne; j++)
        if (comp[g->e[j].from] != comp[g->e[j].to])
            adj[off[comp[g->e[j].from] + 1]++] = j;
    /* Now component c's outgoing edges are adj[off[c]..off[c+1]). */

    for (size_t c = 0; c < nv; c++) {
        if (off[c] == off[c + 1])
            continue;
        size_t top = 0, mark = c + 1;
        /* Seed with the grandchildren: whatever is reached from them is two
         * or more steps away from c. */
        for (size_t k = off[c]; k < off[c + 1]; k++) {
            size_t d = comp[g->e[adj[k]].to];
            for (size_t m = off[d]; m < off[d + 1]; m++) {
                size_t x = comp[g->e[adj[m]].to];
                if (stamp[x] != mark) {
                    stamp[x] = mark;
                    stack[top++] = x;
                }
            }
        }
        while (top > 0) {
            size_t d = stack[--top];
            for (size_t m = off[d]; m < off[d + 1]; m++) {
                size_t x = comp[g->e[adj[m]].to];
                if (stamp[x] != mark) {
                    stamp[x] = mark;
                    stack[top++] = x;
                }
            }
        }
        for (size_t k = off[c]; k < off[c + 1]; k++) {
            const cg_erec *e = &g->e[adj[k]];
            if (!e->partof && stamp[comp[e->to]] == mark)
                keepe[adj[k]] = 0;
        }
    }
    rc = cg_graph__derive(g, keepv, keepe, out, err);
    g_free(comp);
    g_free(csize);
    g_free(off);
    g_free(adj);
    g_free(stamp);
    g_free(stack);
    g_free(keepv);
    g_free(keepe);
    return rc;
}
