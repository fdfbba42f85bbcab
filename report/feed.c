/*
 * feed.c - extract's documents handed to the graph stage: the one place
 * where a cg_doc becomes cg_graph_doc and cg_graph_cite values.
 */
#include "report.h"

int cg_graph_feed(cg_graph *g, const cg_doc *d, cg_error *err)
{
    cg_doc_info in;
    cg_doc_get_info(d, &in);
    cg_graph_doc gd = {
        in.id,   cg_kind_name(in.kind), in.body,    in.date,        in.title, in.lang, in.session,
        in.file, in.vote_yes,           in.vote_no, in.vote_abstain};
    int rc = cg_graph_add_doc(g, &gd, err);
    for (size_t k = 0; k < cg_doc_citation_count(d) && !rc; k++) {
        cg_citation ct;
        cg_doc_citation(d, k, &ct);
        char *loc = cg_location_format(&ct.location);
        cg_graph_cite gc = {ct.doc,      ct.target, cg_kind_name(ct.kind),
                            ct.body,     ct.date,   ct.parent[0] ? ct.parent : NULL,
                            ct.relation, loc};
        rc = cg_graph_add_cite(g, &gc, err);
        g_free(loc);
    }
    return rc;
}

cg_graph *cg_corpus_build_graph(const cg_corpus *c, cg_granularity gran, cg_error *err)
{
    cg_graph *g = cg_graph_new(gran);
    int rc = 0;
    for (size_t i = 0; c->docs && i < c->n && !rc; i++)
        for (const cg_doc *d = c->docs[i]; d && !rc; d = cg_doc_next(d))
            rc = cg_graph_feed(g, d, err);
    if (!rc)
        rc = cg_graph_build(g, err);
    if (rc) {
        cg_graph_free(g);
        return NULL;
    }
    return g;
}
