/*
 * frozen.c - the frozen phase: degree counts, adjacency offsets, the igraph_t
 * mirror and the id index; deriving subgraphs; strongly connected components.
 */
#include "graph_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

const char *const cg_graph__edge_type[2] = {"cites", "part-of"};

void cg_graph__quiet_begin(cg_igraph_quiet *q)
{
    q->err = igraph_set_error_handler(igraph_error_handler_ignore);
    q->warn = igraph_set_warning_handler(igraph_warning_handler_ignore);
}

void cg_graph__quiet_end(const cg_igraph_quiet *q)
{
    igraph_set_error_handler(q->err);
    igraph_set_warning_handler(q->warn);
}

int cg_graph__freeze(cg_graph *g, cg_error *err)
{
    size_t nv = g->nv, ne = g->ne;
    for (size_t i = 0; i < nv; i++)
        g->v[i].cited_by_docs = g->v[i].mentions = 0;
    for (size_t j = 0; j < ne; j++) {
        const cg_erec *e = &g->e[j];
        if (!e->partof) {
            g->v[e->to].cited_by_docs++;
            g->v[e->to].mentions += e->mentions;
        }
    }

    g->out_off = g_new0(size_t, nv + 1);
    g->in_off = g_new0(size_t, nv + 2);
    g->in_edge = g_new(size_t, ne + 1);
    /* e[] is sorted by from, so out-edges are runs; in-edges are a counting
     * sort by target, stable, hence ordered by from within a target. */
    for (size_t j = 0; j < ne; j++) {
        g->out_off[g->e[j].from + 1]++;
        g->in_off[g->e[j].to + 2]++;
    }
    for (size_t i = 0; i < nv; i++) {
        g->out_off[i + 1] += g->out_off[i];
        g->in_off[i + 2] += g->in_off[i + 1];
    }
    for (size_t j = 0; j < ne; j++)
        g->in_edge[g->in_off[g->e[j].to + 1]++] = j;

    g->index = g_hash_table_new(g_str_hash, g_str_equal);
    for (size_t i = 0; i < nv; i++)
        g_hash_table_insert(g->index, g->v[i].id, GSIZE_TO_POINTER(i + 1));

    /* No igraph_t is kept: four 64-bit integers an edge for the one
     * algorithm that needs it (cg_graph__scc), which makes its own. */
    (void)err;
    g->built = 1;
    return 0;
}

static void vrec_copy(cg_graph *g, cg_vrec *d, const cg_vrec *s)
{
    *d = *s;
    d->id = g_strdup(s->id);
    d->kind = cg_graph__str(g, s->kind);
    d->body = cg_graph__str(g, s->body);
    d->date = cg_graph__str(g, s->date);
    d->title = g_strdup(s->title);
    d->titles = s->titles ? g_strdup(s->titles) : NULL;
    d->languages = cg_graph__str(g, s->languages);
    d->session = cg_graph__str(g, s->session);
    d->file = g_strdup(s->file);
}

int cg_graph__derive(const cg_graph *g, const unsigned char *keepv, const unsigned char *keepe,
                     cg_graph **out, cg_error *err)
{
    *out = NULL;
    cg_graph *d = g_new0(cg_graph, 1);
    size_t *map = g_new(size_t, g->nv + 1);
    d->gran = g->gran;
    size_t nv = 0, ne = 0;
    for (size_t i = 0; i < g->nv; i++)
        map[i] = keepv[i] ? nv++ : (size_t)-1;
    for (size_t j = 0; j < g->ne; j++)
        if ((!keepe || keepe[j]) && keepv[g->e[j].from] && keepv[g->e[j].to])
            ne++;
    d->v = g_new0(cg_vrec, nv + 1);
    d->e = g_new0(cg_erec, ne + 1);
    /* Kept vertices stay in id order and map[] is monotone, so the copied
     * edges stay sorted by (from, to): no re-sort needed. */
    for (size_t i = 0; i < g->nv; i++) {
        if (!keepv[i])
            continue;
        d->nv++;
        vrec_copy(d, &d->v[map[i]], &g->v[i]);
    }
    for (size_t j = 0; j < g->ne; j++) {
        const cg_erec *s = &g->e[j];
        if ((keepe && !keepe[j]) || !keepv[s->from] || !keepv[s->to])
            continue;
        cg_erec *e = &d->e[d->ne++];
        *e = *s;
        e->from = map[s->from];
        e->to = map[s->to];
        e->relations = cg_graph__str(d, s->relations);
        e->locations = cg_graph__str(d, s->locations);
    }
    g_free(map);
    int rc = cg_graph__freeze(d, err);
    if (rc) {
        cg_graph_free(d);
        return rc;
    }
    *out = d;
    return 0;
}

int cg_graph__scc(const cg_graph *g, size_t **membership, size_t **sizes, cg_error *err)
{
    *membership = g_new(size_t, g->nv + 1);
    *sizes = g_new0(size_t, g->nv + 1);
    igraph_vector_int_t memb, ev;
    igraph_t ig;
    int ok = 1, have_ig = 0;
    cg_igraph_quiet q;
    cg_graph__quiet_begin(&q);
    if (igraph_vector_int_init(&ev, (igraph_integer_t)(2 * g->ne)) != IGRAPH_SUCCESS) {
        ok = 0;
    } else {
        for (size_t j = 0; j < g->ne; j++) {
            VECTOR(ev)[2 * j] = (igraph_integer_t)g->e[j].from;
            VECTOR(ev)[2 * j + 1] = (igraph_integer_t)g->e[j].to;
        }
        have_ig =
            igraph_create(&ig, &ev, (igraph_integer_t)g->nv, IGRAPH_DIRECTED) == IGRAPH_SUCCESS;
        ok = have_ig;
        igraph_vector_int_destroy(&ev);
    }
    if (ok && igraph_vector_int_init(&memb, 0) == IGRAPH_SUCCESS) {
        igraph_integer_t no = 0;
        if (igraph_connected_components(&ig, &memb, NULL, &no, IGRAPH_STRONG) == IGRAPH_SUCCESS) {
            for (size_t i = 0; i < g->nv; i++) {
                (*membership)[i] = (size_t)VECTOR(memb)[i];
                (*sizes)[(*membership)[i]]++;
            }
        } else {
            ok = 0;
        }
        igraph_vector_int_destroy(&memb);
    } else {
        ok = 0;
    }
    if (have_ig)
        igraph_destroy(&ig);
    cg_graph__quiet_end(&q);
    if (ok)
        return 0;
    g_free(*membership);
    g_free(*sizes);
    *membership = *sizes = NULL;
    return cg_error_set(err, ENOMEM, "graph: strongly connected components failed");
}
