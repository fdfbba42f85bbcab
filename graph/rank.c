/*
 * rank.c - cg_graph_top: the most cited targets, by count or by igraph score.
 *
 * Scores come from igraph over the "cites" edges only (part-of edges are
 * structure, not citations). PageRank uses PRPACK, a direct solver, and the
 * authority score ARPACK; both are rounded to 1e-12 before being compared or
 * handed out, so the last bits of floating-point noise never reorder rows.
 */
#include "graph_internal.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Fills pr[] and au[] (nv each) from the "cites" edges. Returns 0 or
 * ENOMEM/EIO. */
static int scores(const cg_graph *g, double *pr, double *au, cg_error *err)
{
    size_t nc = 0;
    for (size_t j = 0; j < g->ne; j++)
        nc += !g->e[j].partof;
    guint64 *pairs = g_new(guint64, nc + 1);
    for (size_t j = 0, k = 0; j < g->ne; j++)
        if (!g->e[j].partof)
            pairs[k++] = (guint64)g->e[j].from << 32 | g->e[j].to;
    return cg_graph__scores(pairs, nc, g->nv, pr, au, err);
}

/* A row with its primary sort key, so the comparator needs no context. */
typedef struct cg_ranked {
    double key; /* score selected by cg_top_options.by */
    cg_top_row row;
} cg_ranked;

static int cmp_ranked(const void *a, const void *b)
{
    const cg_ranked *p = a, *q = b;
    const cg_top_row *x = &p->row, *y = &q->row;
    if (p->key != q->key)
        return p->key > q->key ? -1 : 1;
    if (x->citing_docs != y->citing_docs)
        return x->citing_docs > y->citing_docs ? -1 : 1;
    if (x->mentions != y->mentions)
        return x->mentions > y->mentions ? -1 : 1;
    return strcmp(x->id, y->id);
}

static double key_of(const cg_top_row *r, cg_rank_by by)
{
    switch (by) {
    case CG_RANK_PAGERANK: return r->pagerank;
    case CG_RANK_AUTHORITY: return r->authority;
    case CG_RANK_MENTIONS: return r->mentions;
    case CG_RANK_CITING_DOCS:
    default: return r->citing_docs;
    }
}

static int keep(const cg_vrec *v, const cg_top_options *o)
{
    if (v->cited_by_docs == 0)
        return 0;
    if (o->kind && strcmp(v->kind, o->kind) != 0)
        return 0;
    if (o->body && strcmp(v->body, o->body) != 0)
        return 0;
    if ((o->since || o->until) && v->year == 0)
        return 0;
    if (o->since && v->year < o->since)
        return 0;
    if (o->until && v->year > o->until)
        return 0;
    return 1;
}

int cg_graph_top(cg_graph *g, const cg_top_options *opt, cg_top_row **rows, size_t *nrows,
                 cg_error *err)
{
    static const cg_top_options defaults = {0};
    *rows = NULL;
    *nrows = 0;
    if (!g || !g->built)
        return cg_error_set(err, EINVAL, "graph: top on an unbuilt graph");
    if (!opt)
        opt = &defaults;
    /* A CG_KEEP_RANK graph has its scores from build; otherwise they are
     * computed now. */
    double *pr = g->pr, *au = g->au;
    cg_ranked *r = NULL;
    int rc = 0;
    if (!pr) {
        pr = g_new(double, g->nv + 1);
        au = g_new(double, g->nv + 1);
        rc = scores(g, pr, au, err);
        if (rc)
            goto out;
    }
    size_t n = 0;
    for (size_t i = 0; i < g->nv; i++)
        n += keep(&g->v[i], opt);
    r = g_new(cg_ranked, n + 1);
    n = 0;
    for (size_t i = 0; i < g->nv; i++) {
        const cg_vrec *v = &g->v[i];
        if (!keep(v, opt))
            continue;
        r[n].row = (cg_top_row){.vertex = i,
                                .id = v->id,
                                .citing_docs = v->cited_by_docs,
                                .mentions = v->mentions,
                                .pagerank = pr[i],
                                .authority = au[i]};
        r[n].key = key_of(&r[n].row, opt->by);
        n++;
    }
    qsort(r, n, sizeof *r, cmp_ranked);
    if (opt->limit && n > opt->limit)
        n = opt->limit;
    cg_top_row *res = g_new(cg_top_row, n + 1);
    for (size_t k = 0; k < n; k++) {
        res[k] = r[k].row;
        res[k].rank = k + 1;
    }
    *rows = res;
    *nrows = n;
out:
    if (pr != g->pr) {
        g_free(pr);
        g_free(au);
    }
    g_free(r);
    return rc;
}
