/*
 * write_json.c - JSON export in the networkx node-link layout
 * ({"directed","multigraph","graph","nodes","links"}), read by D3,
 * Cytoscape and nx.node_link_graph(data, edges="links"). Built with jansson,
 * keys in a fixed insertion order (jansson keeps it), one key per line.
 * Unknown values are null, so every node has the same fields.
 */
#include "graph_internal.h"

#include <errno.h>
#include <jansson.h>

static json_t *jstr(const char *s)
{
    return *s ? json_string(s) : json_null();
}

static json_t *jint(int v, int unknown)
{
    return v == unknown ? json_null() : json_integer(v);
}

/* json_object_set_new steals the value even on failure; count failures. */
static void put(json_t *o, const char *k, json_t *v, int *bad)
{
    if (!v || json_object_set_new(o, k, v) != 0)
        *bad = 1;
}

static json_t *node_json(const cg_vrec *v, int *bad)
{
    json_t *o = json_object();
    if (!o) {
        *bad = 1;
        return NULL;
    }
    put(o, "id", json_string(v->id), bad);
    put(o, "kind", jstr(v->kind), bad);
    put(o, "body", jstr(v->body), bad);
    put(o, "date", jstr(v->date), bad);
    put(o, "year", jint(v->year, 0), bad);
    put(o, "title", jstr(v->title), bad);
    put(o, "languages", jstr(v->languages), bad);
    put(o, "session", jstr(v->session), bad);
    put(o, "file", jstr(v->file), bad);
    put(o, "in_corpus", json_boolean(v->in_corpus), bad);
    put(o, "vote_yes", jint(v->vote_yes, -1), bad);
    put(o, "vote_no", jint(v->vote_no, -1), bad);
    put(o, "vote_abstain", jint(v->vote_abstain, -1), bad);
    put(o, "cited_by_docs", json_integer(v->cited_by_docs), bad);
    put(o, "mentions", json_integer(v->mentions), bad);
    return o;
}

int cg_graph__write_json(const cg_graph *g, FILE *out, cg_error *err)
{
    int bad = 0, multi = 0;
    for (size_t j = 1; j < g->ne; j++)
        if (g->e[j].from == g->e[j - 1].from && g->e[j].to == g->e[j - 1].to)
            multi = 1;
    json_t *root = json_object();
    json_t *nodes = json_array();
    json_t *links = json_array();
    if (!root || !nodes || !links) {
        json_decref(root);
        json_decref(nodes);
        json_decref(links);
        return cg_error_set(err, ENOMEM, "graph: out of memory writing JSON");
    }
    put(root, "directed", json_true(), &bad);
    put(root, "multigraph", json_boolean(multi), &bad);
    put(root, "graph", json_object(), &bad);
    put(root, "nodes", nodes, &bad);
    put(root, "links", links, &bad);
    for (size_t i = 0; i < g->nv && !bad; i++)
        if (json_array_append_new(nodes, node_json(&g->v[i], &bad)) != 0)
            bad = 1;
    for (size_t j = 0; j < g->ne && !bad; j++) {
        const cg_erec *e = &g->e[j];
        json_t *o = json_object();
        if (!o) {
            bad = 1;
            break;
        }
        put(o, "source", json_string(g->v[e->from].id), &bad);
        put(o, "target", json_string(g->v[e->to].id), &bad);
        put(o, "type", json_string(cg_graph__edge_type[e->partof]), &bad);
        put(o, "mentions", json_integer(e->mentions), &bad);
        put(o, "relations", jstr(e->relations), &bad);
        put(o, "locations", jstr(e->locations), &bad);
        if (json_array_append_new(links, o) != 0)
            bad = 1;
    }
    if (bad) {
        json_decref(root);
        return cg_error_set(err, ENOMEM, "graph: out of memory writing JSON");
    }
    int rc = json_dumpf(root, out, JSON_INDENT(1) | JSON_PRESERVE_ORDER);
    json_decref(root);
    if (rc != 0)
        return cg_error_set(err, EIO, "graph: writing JSON failed");
    fputc('\n', out);
    return cg_graph__stream_status(out, "JSON", err);
}
