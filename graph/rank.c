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

static double round12(double x)
{
    return round(x * 1e12) / 1e12;
}

/* Fills pr[] and au[] (nv each) from igraph. Returns 0 or ENOMEM/EIO. */
static int scores(const cg_graph *g, double *pr, double *au, cg_error *err)
{
    size_t nc = 0;
    for (size_t j = 0; j < g->ne; j++)
        nc += !g->e[j].partof;
    igraph_t cites;
    igraph_vector_int_t ev;
    igraph_vector_t vpr, vhub, vau;
    int have_graph = 0, have_ev = 0, have_pr = 0, have_hub = 0, have_au = 0;
    igraph_error_t rc;
    cg_igraph_quiet q;
    cg_graph__quiet_begin(&q);
    rc = igraph_vector_int_init(&ev, (igraph_integer_t)(2 * nc));
    if (rc)
        goto done;
    have_ev = 1;
    for (size_t j = 0, k = 0; j < g->ne; j++) {
        if (g->e[j].partof)
            continue;
        VECTOR(ev)[k++] = (igraph_integer_t)g->e[j].from;
        VECTOR(ev)[k++] = (igraph_integer_t)g->e[j].to;
    }
    rc = igraph_create(&cites, &ev, (igraph_integer_t)g->nv, IGRAPH_DIRECTED);
    if (rc)
        goto done;
    have_graph = 1;
    if ((rc = igraph_vector_init(&vpr, 0)))
        goto done;
    have_pr = 1;
    if ((rc = igraph_vector_init(&vhub, 0)))
        goto done;
    have_hub = 1;
    if ((rc = igraph_vector_init(&vau, 0)))
        goto done;
    have_au = 1;
    rc = igraph_pagerank(&cites, IGRAPH_PAGERANK_ALGO_PRPACK, &vpr, NULL, igraph_vss_all(),
                         IGRAPH_DIRECTED, 0.85, NULL, NULL);
    if (rc)
        goto done;
    if (nc > 0) {
        rc = igraph_hub_and_authority_scores(&cites, &vhub, &vau, NULL, 1, NULL, NULL);
        if (rc)
            goto done;
    }
    int finite = 1;
    for (size_t i = 0; i < g->nv; i++) {
        pr[i] = round12(VECTOR(vpr)[i]);
        /* No citation at all: every authority is 0 rather than igraph's
         * arbitrary constant. */
        au[i] = nc > 0 ? round12(VECTOR(vau)[i]) : 0.0;
        finite &= isfinite(au[i]) != 0;
    }
    if (!finite) {
        /* ARPACK gives NaN on degenerate graphs (one edge: the matrix has
         * rank 1). There the authority vector is the in-degree, scaled to a
         * maximum of 1 (issue 18: "-nan" in tables and CSV). */
        double maxd = 0;
        for (size_t i = 0; i < g->nv; i++)
            au[i] = 0;
        for (size_t j = 0; j < g->ne; j++)
            if (!g->e[j].partof)
                au[g->e[j].to] += 1;
        for (size_t i = 0; i < g->nv; i++)
            maxd = au[i] > maxd ? au[i] : maxd;
        for (size_t i = 0; i < g->nv; i++)
            au[i] = maxd > 0 ? round12(au[i] / maxd) : 0.0;
    }
done:
    if (have_au)
        igraph_vector_destroy(&vau);
    if (have_hub)
        igraph_vector_destroy(&vhub);
    if (have_pr)
        igraph_vector_destroy(&vpr);
    if (have_graph)
        igraph_destroy(&cites);
    if (have_ev)
        igraph_vector_int_destroy(&ev);
    cg_graph__quiet_end(&q);
    if (rc == IGRAPH_ENOMEM)
        return cg_error_set(err, ENOMEM, "graph: out of memory in igraph");
    if (rc)
        return cg_error_set(err, EIO, "graph: igraph scoring failed: %s", igraph_strerror(rc));
    return 0;
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
    double *pr = g_new(double, g->nv + 1);
    double *au = g_new(double, g->nv + 1);
    cg_ranked *r = g_new(cg_ranked, g->nv + 1);
    int rc = scores(g, pr, au, err);
    if (rc)
        goto out;
    size_t n = 0;
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
    g_free(pr);
    g_free(au);
    g_free(r);
    return rc;
}
