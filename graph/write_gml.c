/*
 * write_gml.c - GML export, in the dialect networkx reads
 * (nx.read_gml(path, label="id")): the file is pure ASCII; inside strings
 * every character outside printable ASCII, and & and ", is written as a
 * decimal character reference &#N; (networkx unescapes these). Vertices are
 * numbered by index; the canonical id is the label. Unknown values are left
 * out: GML has no null.
 */
#include "graph_internal.h"

#include <string.h>
#include <utf8proc.h>

static void gml_str(FILE *out, const char *key, const char *s)
{
    if (!*s)
        return;
    fprintf(out, "    %s \"", key);
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    utf8proc_ssize_t n = (utf8proc_ssize_t)strlen(s);
    while (n > 0) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(p, n, &cp);
        if (k <= 0) { /* cannot happen: cleaned on input */
            cp = 0xFFFD;
            k = 1;
        }
        if (cp >= 0x20 && cp <= 0x7E && cp != '&' && cp != '"')
            fputc((int)cp, out);
        else
            fprintf(out, "&#%ld;", (long)cp);
        p += k;
        n -= k;
    }
    fputs("\"\n", out);
}

static void gml_int(FILE *out, const char *key, int val, int unknown)
{
    if (val != unknown)
        fprintf(out, "    %s %d\n", key, val);
}

int cg_graph__write_gml(const cg_graph *g, FILE *out, cg_error *err)
{
    /* Edges are sorted by (from, to): a cites and a part-of edge between
     * the same pair would be adjacent, and need a multigraph. */
    int multi = 0;
    for (size_t j = 1; j < g->ne; j++)
        if (g->e[j].from == g->e[j - 1].from && g->e[j].to == g->e[j - 1].to)
            multi = 1;
    fprintf(out, "graph [\n  directed 1\n  multigraph %d\n", multi);
    for (size_t i = 0; i < g->nv; i++) {
        const cg_vrec *v = &g->v[i];
        fprintf(out, "  node [\n    id %zu\n", i);
        gml_str(out, "label", v->id);
        gml_str(out, "kind", v->kind);
        gml_str(out, "body", v->body);
        gml_str(out, "date", v->date);
        gml_int(out, "year", v->year, 0);
        gml_str(out, "title", v->title);
        gml_str(out, "languages", v->languages);
        gml_str(out, "session", v->session);
        gml_str(out, "file", v->file);
        gml_int(out, "in_corpus", v->in_corpus, -1);
        gml_int(out, "vote_yes", v->vote_yes, -1);
        gml_int(out, "vote_no", v->vote_no, -1);
        gml_int(out, "vote_abstain", v->vote_abstain, -1);
        gml_int(out, "cited_by_docs", v->cited_by_docs, -1);
        gml_int(out, "mentions", v->mentions, -1);
        fputs("  ]\n", out);
    }
    for (size_t j = 0; j < g->ne; j++) {
        const cg_erec *e = &g->e[j];
        fprintf(out, "  edge [\n    source %zu\n    target %zu\n", e->from, e->to);
        gml_str(out, "type", cg_graph__edge_type[e->partof]);
        gml_int(out, "mentions", e->mentions, -1);
        gml_str(out, "relations", e->relations);
        gml_str(out, "locations", e->locations);
        fputs("  ]\n", out);
    }
    fputs("]\n", out);
    return cg_graph__stream_status(out, "GML", err);
}
