/*
 * write_csv.c - CSV export: one file of nodes, one of edges (edges refer to
 * nodes by canonical id). RFC 4180 quoting: a field is quoted when it holds
 * a comma, a quote, CR or LF, and quotes inside are doubled. Lines end in
 * LF; unknown values are empty fields.
 */
#include "graph_internal.h"

#include "common/text.h"

#include <errno.h>
#include <string.h>

static void csv_str(FILE *out, const char *s, int last)
{
    cg_csv_field(out, s);
    fputc(last ? '\n' : ',', out);
}

static void csv_int(FILE *out, int val, int unknown)
{
    if (val != unknown)
        fprintf(out, "%d", val);
    fputc(',', out);
}

int cg_graph__write_csv_nodes(const cg_graph *g, FILE *out, cg_error *err)
{
    fputs("id,kind,body,date,year,title,languages,session,file,in_corpus,"
          "vote_yes,vote_no,vote_abstain,cited_by_docs,mentions\n",
          out);
    for (size_t i = 0; i < g->nv; i++) {
        const cg_vrec *v = &g->v[i];
        csv_str(out, v->id, 0);
        csv_str(out, v->kind, 0);
        csv_str(out, v->body, 0);
        csv_str(out, v->date, 0);
        csv_int(out, v->year, 0);
        csv_str(out, v->title, 0);
        csv_str(out, v->languages, 0);
        csv_str(out, v->session, 0);
        csv_str(out, v->file, 0);
        csv_int(out, v->in_corpus, -1);
        csv_int(out, v->vote_yes, -1);
        csv_int(out, v->vote_no, -1);
        csv_int(out, v->vote_abstain, -1);
        csv_int(out, v->cited_by_docs, -1);
        fprintf(out, "%d\n", v->mentions);
    }
    return cg_graph__stream_status(out, "CSV nodes", err);
}

int cg_graph_write_csv_edges(const cg_graph *g, FILE *out, cg_error *err)
{
    if (!g || !g->built || !out)
        return cg_error_set(err, EINVAL, "graph: write needs a built graph and a stream");
    fputs("source,target,type,mentions,relations,locations\n", out);
    for (size_t j = 0; j < g->ne; j++) {
        const cg_erec *e = &g->e[j];
        csv_str(out, g->v[e->from].id, 0);
        csv_str(out, g->v[e->to].id, 0);
        csv_str(out, cg_graph__edge_type[e->partof], 0);
        csv_int(out, e->mentions, -1);
        csv_str(out, e->relations, 0);
        csv_str(out, e->locations, 1);
    }
    return cg_graph__stream_status(out, "CSV edges", err);
}
