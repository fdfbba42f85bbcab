/*
 * check.c - cg_graph_check: citations that cannot be right as dated, and
 * citation cycles.
 */
#include "graph_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

int cg_graph_check(const cg_graph *g, cg_check_row **rows, size_t *nrows, cg_error *err)
{
    *rows = NULL;
    *nrows = 0;
    if (!g || !g->built)
        return cg_error_set(err, EINVAL, "graph: check on an unbuilt graph");
    size_t *comp = NULL, *csize = NULL;
    int rc = cg_graph__scc(g, &comp, &csize, err);
    if (rc)
        return rc;
    cg_check_row *r = g_new(cg_check_row, 2 * g->ne + 1);
    /* e[] is sorted by (from, to) and vertex indices follow id order, so
     * two passes give the (kind, from id, to id) order with no sort. */
    size_t n = 0;
    for (size_t j = 0; j < g->ne; j++) {
        const cg_erec *e = &g->e[j];
        const char *df = g->v[e->from].date, *dt = g->v[e->to].date;
        /* ISO dates compare as strings; part-of edges carry no time. */
        if (!e->partof && *df && *dt && strcmp(dt, df) > 0)
            r[n++] = (cg_check_row){CG_CHECK_FORWARD, e->from, e->to};
    }
    for (size_t j = 0; j < g->ne; j++) {
        const cg_erec *e = &g->e[j];
        /* Self-loops are never stored, so a shared component has size > 1. */
        if (comp[e->from] == comp[e->to])
            r[n++] = (cg_check_row){CG_CHECK_CYCLE, e->from, e->to};
    }
    g_free(comp);
    g_free(csize);
    *rows = r;
    *nrows = n;
    return 0;
}

int cg_graph_check_write(const cg_graph *g, FILE *f, size_t *forward, size_t *cycle, cg_error *err)
{
    cg_check_row *rows = NULL;
    size_t n = 0;
    *forward = *cycle = 0;
    int rc = cg_graph_check(g, &rows, &n, err);
    for (size_t i = 0; !rc && i < n; i++) {
        const cg_vrec *a = &g->v[rows[i].from], *b = &g->v[rows[i].to];
        if (rows[i].kind == CG_CHECK_FORWARD) {
            ++*forward;
            if (f)
                fprintf(f, "forward\t%s (%s)\tcites\t%s (%s)\n", a->id, a->date, b->id, b->date);
        } else if (rows[i].kind == CG_CHECK_CYCLE) {
            ++*cycle;
            if (f)
                fprintf(f, "cycle\t%s\tcites\t%s\n", a->id, b->id);
        }
    }
    g_free(rows);
    return rc;
}
