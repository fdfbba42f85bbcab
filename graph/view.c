/*
 * view.c - read-only access to a frozen graph: counts, vertex and edge
 * views, lookup by id. Every call is O(1) (lookup: expected, hash map).
 */
#include "graph_internal.h"

size_t cg_graph_vertex_count(const cg_graph *g)
{
    return g ? g->nv : 0;
}

size_t cg_graph_edge_count(const cg_graph *g)
{
    return g ? g->ne : 0;
}

void cg_graph_vertex(const cg_graph *g, size_t i, cg_vertex_view *out)
{
    const cg_vrec *v = &g->v[i];
    out->id = v->id;
    out->kind = v->kind;
    out->body = v->body;
    out->date = v->date;
    out->title = v->title;
    out->languages = v->languages;
    out->session = v->session;
    out->file = v->file;
    out->year = v->year;
    out->in_corpus = v->in_corpus;
    out->vote_yes = v->vote_yes;
    out->vote_no = v->vote_no;
    out->vote_abstain = v->vote_abstain;
    out->cited_by_docs = v->cited_by_docs;
    out->mentions = v->mentions;
}

void cg_graph_edge(const cg_graph *g, size_t i, cg_edge_view *out)
{
    const cg_erec *e = &g->e[i];
    out->from = e->from;
    out->to = e->to;
    out->kind = e->partof ? CG_EDGE_PART_OF : CG_EDGE_CITES;
    out->type = cg_graph__edge_type[e->partof];
    out->mentions = e->mentions;
    out->relations = e->relations;
    out->locations = e->locations;
}

size_t cg_graph_find(const cg_graph *g, const char *id)
{
    if (!g || !g->index || !id)
        return (size_t)-1;
    gpointer p = g_hash_table_lookup(g->index, id);
    return p ? GPOINTER_TO_SIZE(p) - 1 : (size_t)-1;
}
