/*
 * scores.c - PageRank and authority scores of the "cites" edges, from a
 * compact edge list.
 *
 * Memory, not speed, shapes this file (issue 17: `top` under 200 MB at 1 GB
 * of text). igraph_hub_and_authority_scores() builds an igraph_t (four
 * 64-bit integers an edge) and two adjacency lists (a vector, and a malloc,
 * for every vertex, twice) on top of ARPACK's workspace: measured on
 * bench/data/many-100 (44,241 vertices, 180,960 edges), 21 MB of igraph
 * structures beside ARPACK's 8.9 MB. Here the edges are held once as 32-bit
 * adjacency arrays (CSR, 8 bytes an edge for both directions), the igraph_t
 * PageRank needs lives only while PageRank runs, and the authority scores
 * are igraph's own computation (igraph 0.10's hub_and_authority.c: ARPACK,
 * same options, same start vector, same sums in the same order, same
 * scaling) over those arrays, so the printed values are the same to the
 * bit.
 */
#include "graph_internal.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The cites edges both ways: out-neighbours of u are out[out_off[u] ..
 * out_off[u+1]) in increasing order, in-neighbours in[in_off[u] ..]
 * likewise (igraph_adjlist_init's order, which the sums below follow). */
typedef struct csr {
    size_t n;
    guint32 *out_off, *out, *in_off, *in;
    double *tmp; /* n: the hub-to-authority step of the product */
} csr;

static void csr_build(csr *c, const guint64 *pairs, size_t m, size_t n)
{
    c->n = n;
    c->out_off = g_new0(guint32, n + 1);
    c->in_off = g_new0(guint32, n + 2);
    c->out = g_new(guint32, m + 1);
    c->in = g_new(guint32, m + 1);
    c->tmp = NULL;
    for (size_t j = 0; j < m; j++) {
        c->out_off[(pairs[j] >> 32) + 1]++;
        c->in_off[(pairs[j] & 0xffffffffu) + 2]++;
    }
    for (size_t i = 0; i < n; i++) {
        c->out_off[i + 1] += c->out_off[i];
        c->in_off[i + 2] += c->in_off[i + 1];
    }
    /* pairs are sorted by (from, to): out-lists come out sorted, and the
     * counting sort by target is stable, so in-lists are sorted by from. */
    for (size_t j = 0; j < m; j++) {
        guint32 f = (guint32)(pairs[j] >> 32), t = (guint32)(pairs[j] & 0xffffffffu);
        c->out[j] = t;
        c->in[c->in_off[t + 1]++] = f;
    }
}

static void csr_free(csr *c)
{
    g_free(c->out_off);
    g_free(c->in_off);
    g_free(c->out);
    g_free(c->in);
    g_free(c->tmp);
}

/* to[i] = sum of from[] over the in-neighbours of i (igraph's
 * igraph_i_kleinberg_unweighted_hub_to_auth). */
static void hub_to_auth(const csr *c, double *to, const double *from)
{
    for (size_t i = 0; i < c->n; i++) {
        to[i] = 0.0;
        for (guint32 k = c->in_off[i]; k < c->in_off[i + 1]; k++)
            to[i] += from[c->in[k]];
    }
}

/* ARPACK's product: A A^T from (igraph_i_kleinberg_unweighted). */
static igraph_error_t kleinberg(igraph_real_t *to, const igraph_real_t *from, int n, void *extra)
{
    (void)n;
    const csr *c = extra;
    hub_to_auth(c, c->tmp, from);
    for (size_t i = 0; i < c->n; i++) {
        to[i] = 0.0;
        for (guint32 k = c->out_off[i]; k < c->out_off[i + 1]; k++)
            to[i] += c->tmp[c->out[k]];
    }
    return IGRAPH_SUCCESS;
}

/* igraph_hub_and_authority_scores(graph, hub, au, NULL, scale = 1, NULL,
 * NULL) for a directed graph with m > 0 edges, no loops and no multiple
 * edges, as igraph 0.10 computes it. */
static igraph_error_t authority(csr *c, double *au)
{
    size_t n = c->n;
    igraph_arpack_options_t o;
    igraph_arpack_options_init(&o);
    o.n = (int)n;
    o.start = 1; /* the start vector below, not a random one */
    o.nev = 1;
    o.ncv = 0; /* ARPACK's choice, as igraph's */
    o.which[0] = 'L';
    o.which[1] = 'A';
    igraph_vector_t values;
    igraph_matrix_t vectors;
    igraph_error_t rc = igraph_vector_init(&values, 0);
    if (rc)
        return rc;
    rc = igraph_matrix_init(&vectors, (igraph_integer_t)n, 1);
    if (rc) {
        igraph_vector_destroy(&values);
        return rc;
    }
    /* Start: the degree (in + out), 1 for an isolated vertex. */
    for (size_t i = 0; i < n; i++) {
        double d = (double)(c->out_off[i + 1] - c->out_off[i] + c->in_off[i + 1] - c->in_off[i]);
        MATRIX(vectors, i, 0) = d != 0 ? d : 1.0;
    }
    c->tmp = g_new(double, n + 1);
    rc = igraph_arpack_rssolve(kleinberg, c, &o, NULL, &values, &vectors);
    if (!rc) {
        /* Hub scores scaled by the first largest in absolute value, then
         * negative noise set to 0; authority = A^T hub, scaled to max 1. */
        double *hub = &MATRIX(vectors, 0, 0);
        double amax = 0;
        size_t which = 0;
        for (size_t i = 0; i < n; i++)
            if (fabs(hub[i]) > amax) {
                amax = fabs(hub[i]);
                which = i;
            }
        if (amax != 0) { /* (a zero vector, which igraph would flip, cannot come) */
            double by = 1 / hub[which];
            for (size_t i = 0; i < n; i++)
                hub[i] *= by;
        }
        for (size_t i = 0; i < n; i++)
            if (hub[i] < 0)
                hub[i] = 0;
        hub_to_auth(c, au, hub);
        double max = au[0];
        for (size_t i = 1; i < n; i++)
            if (au[i] > max)
                max = au[i];
        double norm = 1.0 / max;
        for (size_t i = 0; i < n; i++)
            au[i] *= norm;
    }
    g_free(c->tmp);
    c->tmp = NULL;
    igraph_matrix_destroy(&vectors);
    igraph_vector_destroy(&values);
    return rc;
}

/* PageRank (PRPACK, directed, 0.85) of the edges of c, into pr; c is
 * freed once igraph's edge list is made from it, before igraph's graph and
 * PRPACK's take their memory (the peak of `top`). */
static igraph_error_t pagerank(csr *c, size_t m, double *pr)
{
    size_t n = c->n;
    igraph_vector_int_t ev;
    igraph_t ig;
    igraph_vector_t v;
    igraph_error_t rc = igraph_vector_int_init(&ev, (igraph_integer_t)(2 * m));
    if (rc) {
        csr_free(c);
        return rc;
    }
    /* Edge ids in (from, to) order, as the edge list has always been
     * given to igraph. */
    for (size_t u = 0, k = 0; u < n; u++)
        for (guint32 j = c->out_off[u]; j < c->out_off[u + 1]; j++) {
            VECTOR(ev)[k++] = (igraph_integer_t)u;
            VECTOR(ev)[k++] = (igraph_integer_t)c->out[j];
        }
    csr_free(c);
    rc = igraph_create(&ig, &ev, (igraph_integer_t)n, IGRAPH_DIRECTED);
    igraph_vector_int_destroy(&ev);
    if (rc)
        return rc;
    rc = igraph_vector_init(&v, 0);
    if (!rc) {
        rc = igraph_pagerank(&ig, IGRAPH_PAGERANK_ALGO_PRPACK, &v, NULL, igraph_vss_all(),
                             IGRAPH_DIRECTED, 0.85, NULL, NULL);
        if (!rc)
            memcpy(pr, VECTOR(v), n * sizeof *pr);
        igraph_vector_destroy(&v);
    }
    igraph_destroy(&ig);
    return rc;
}

static double round12(double x)
{
    return round(x * 1e12) / 1e12;
}

int cg_graph__scores(guint64 *pairs, size_t m, size_t nv, double *pr, double *au, cg_error *err)
{
    csr c;
    csr_build(&c, pairs, m, nv);
    g_free(pairs);
    cg_igraph_quiet q;
    cg_graph__quiet_begin(&q);
    /* Authority first: PageRank frees the adjacency arrays. */
    igraph_error_t rc = m > 0 ? authority(&c, au) : IGRAPH_SUCCESS;
    int finite = 1;
    for (size_t i = 0; !rc && i < nv; i++) {
        /* No citation at all: every authority is 0 rather than igraph's
         * arbitrary constant. */
        au[i] = m > 0 ? round12(au[i]) : 0.0;
        finite &= isfinite(au[i]) != 0;
    }
    if (!rc && !finite) {
        /* ARPACK gives NaN on degenerate graphs (one edge: the matrix has
         * rank 1). There the authority vector is the in-degree, scaled to a
         * maximum of 1 (issue 18: "-nan" in tables and CSV). */
        double maxd = 0;
        for (size_t i = 0; i < nv; i++) {
            au[i] = c.in_off[i + 1] - c.in_off[i];
            maxd = au[i] > maxd ? au[i] : maxd;
        }
        for (size_t i = 0; i < nv; i++)
            au[i] = maxd > 0 ? round12(au[i] / maxd) : 0.0;
    }
    if (rc)
        csr_free(&c);
    else
        rc = pagerank(&c, m, pr);
    cg_graph__quiet_end(&q);
    for (size_t i = 0; !rc && i < nv; i++)
        pr[i] = round12(pr[i]);
    if (rc == IGRAPH_ENOMEM)
        return cg_error_set(err, ENOMEM, "graph: out of memory in igraph");
    if (rc)
        return cg_error_set(err, EIO, "graph: igraph scoring failed: %s", igraph_strerror(rc));
    return 0;
}
