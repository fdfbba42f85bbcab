/*
 * map.c - the cg_map container: copies of nodes and edges, nodes kept in
 * id order so that output never depends on insertion order.
 */
#include "map_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "common/text.h"

/* Node ids starting with this are drawn by the renderer itself (time axis,
 * legend), so a document may not use it. No UN symbol or instrument id
 * starts with '#'. */
#define CG_RESERVED_PREFIX '#'

cg_map *cg_map_new(void)
{
    return g_new0(cg_map, 1);
}

/* A copy of s, NULL for NULL or "" (the map stores "unknown" one way). */
static char *dup_or_null(const char *s)
{
    return s && *s ? g_strdup(s) : NULL;
}

static void node_clear(cg_map_node *n)
{
    g_free((char *)n->id);
    g_free((char *)n->kind);
    g_free((char *)n->body);
    g_free((char *)n->date);
    g_free((char *)n->title);
}

static void edge_clear(cg_map_edge *e)
{
    g_free((char *)e->from);
    g_free((char *)e->to);
    g_free((char *)e->relation);
    g_free((char *)e->type);
}

void cg_map_free(cg_map *m)
{
    if (!m)
        return;
    for (size_t i = 0; i < m->n_nodes; i++)
        node_clear(&m->nodes[i]);
    for (size_t i = 0; i < m->n_edges; i++)
        edge_clear(&m->edges[i]);
    for (size_t i = 0; i < m->n_nodes && m->labels; i++)
        g_free(m->labels[i]);
    g_free(m->labels);
    for (size_t i = 0; i < m->n_nodes && m->links; i++)
        g_free(m->links[i]);
    g_free(m->links);
    g_free(m->caption);
    g_free(m->nodes);
    g_free(m->edges);
    g_free(m);
}

size_t cg_map_node_count(const cg_map *m)
{
    return m ? m->n_nodes : 0;
}

/* Index of the first node whose id is >= id (binary search). */
static size_t lower_bound(const cg_map *m, const char *id)
{
    size_t lo = 0, hi = m->n_nodes;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(m->nodes[mid].id, id) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

const cg_map_node *cg_map_find_(const cg_map *m, const char *id)
{
    if (!m || !id)
        return NULL;
    size_t i = lower_bound(m, id);
    if (i < m->n_nodes && strcmp(m->nodes[i].id, id) == 0)
        return &m->nodes[i];
    return NULL;
}

/* Doubles *cap (from 16) until it holds need entries of size sz. */
static void grow(void **arr, size_t *cap, size_t need, size_t sz)
{
    if (need <= *cap)
        return;
    size_t nc = *cap ? *cap * 2 : 16;
    while (nc < need)
        nc *= 2;
    *arr = g_realloc_n(*arr, nc, sz);
    *cap = nc;
}

int cg_map_add_node(cg_map *m, const cg_map_node *node, cg_error *err)
{
    if (!m || !node || !node->id || !*node->id)
        return cg_error_set(err, EINVAL, "map node without an id");
    /* Ids become Graphviz node names, which agwrite() puts in DOT with
     * only '"' escaped (a backslash before a quote or at the end would
     * break the file) and which \N in labels and tooltips stands for;
     * control bytes or broken UTF-8 would make the SVG ill-formed. No UN
     * symbol or instrument id holds any of these. */
    if (!cg_text_is_clean(node->id) || strchr(node->id, '\\'))
        return cg_error_set(err, EINVAL,
                            "map node id is not clean UTF-8 text without "
                            "backslashes");
    if (node->id[0] == CG_RESERVED_PREFIX)
        return cg_error_set(err, EINVAL, "map node id may not start with '%c'", CG_RESERVED_PREFIX);
    /* Graphviz 2.43 takes a name starting with '%' for an anonymous node
     * and renames it ("%3"): such an id would come out as another. */
    if (node->id[0] == '%')
        return cg_error_set(err, EINVAL, "map node id may not start with '%%'");

    size_t at = lower_bound(m, node->id);
    if (at < m->n_nodes && strcmp(m->nodes[at].id, node->id) == 0)
        return cg_error_set(err, EEXIST, "map node %s added twice", node->id);
    grow((void **)&m->nodes, &m->cap_nodes, m->n_nodes + 1, sizeof *m->nodes);
    grow((void **)&m->labels, &m->cap_labels, m->n_nodes + 1, sizeof *m->labels);
    grow((void **)&m->links, &m->cap_links, m->n_nodes + 1, sizeof *m->links);

    cg_map_node c = *node;
    c.id = dup_or_null(node->id);
    c.kind = dup_or_null(node->kind);
    c.body = dup_or_null(node->body);
    c.date = dup_or_null(node->date);
    c.title = dup_or_null(node->title);
    memmove(&m->nodes[at + 1], &m->nodes[at], (m->n_nodes - at) * sizeof *m->nodes);
    m->nodes[at] = c;
    memmove(&m->labels[at + 1], &m->labels[at], (m->n_nodes - at) * sizeof *m->labels);
    m->labels[at] = NULL;
    memmove(&m->links[at + 1], &m->links[at], (m->n_nodes - at) * sizeof *m->links);
    m->links[at] = NULL;
    m->n_nodes++;
    return 0;
}

int cg_map_add_edge(cg_map *m, const cg_map_edge *edge, cg_error *err)
{
    if (!m || !edge || !edge->from || !edge->to)
        return cg_error_set(err, EINVAL, "map edge without both ends");
    if (!cg_map_find_(m, edge->from))
        return cg_error_set(err, EINVAL, "map edge from unknown node %s", edge->from);
    if (!cg_map_find_(m, edge->to))
        return cg_error_set(err, EINVAL, "map edge to unknown node %s", edge->to);
    grow((void **)&m->edges, &m->cap_edges, m->n_edges + 1, sizeof *m->edges);

    cg_map_edge c;
    c.from = dup_or_null(edge->from);
    c.to = dup_or_null(edge->to);
    c.relation = dup_or_null(edge->relation);
    c.type = dup_or_null(edge->type);
    m->edges[m->n_edges++] = c;
    return 0;
}

/* strcmp with NULL sorting first. */
static int cmp_opt(const char *a, const char *b)
{
    if (!a || !b)
        return (a != NULL) - (b != NULL);
    return strcmp(a, b);
}

static int cmp_edge(const void *pa, const void *pb)
{
    const cg_map_edge *a = *(const cg_map_edge *const *)pa;
    const cg_map_edge *b = *(const cg_map_edge *const *)pb;
    int c = strcmp(a->from, b->from);
    if (!c)
        c = strcmp(a->to, b->to);
    if (!c)
        c = cmp_opt(a->type, b->type);
    if (!c)
        c = cmp_opt(a->relation, b->relation);
    return c;
}

const cg_map_edge **cg_map_sorted_edges_(const cg_map *m)
{
    const cg_map_edge **v = g_new(const cg_map_edge *, m->n_edges + 1);
    for (size_t i = 0; i < m->n_edges; i++)
        v[i] = &m->edges[i];
    qsort(v, m->n_edges, sizeof *v, cmp_edge);
    return v;
}

int cg_map_set_label(cg_map *m, const char *id, const char *label, cg_error *err)
{
    if (!m || !id)
        return cg_error_set(err, EINVAL, "map label without a node");
    size_t at = lower_bound(m, id);
    if (at >= m->n_nodes || strcmp(m->nodes[at].id, id) != 0)
        return cg_error_set(err, EINVAL, "map label for unknown node %s", id);
    if (label && !cg_text_is_clean(label))
        return cg_error_set(err, EINVAL, "map label is not clean UTF-8 text");
    g_free(m->labels[at]);
    m->labels[at] = dup_or_null(label);
    return 0;
}

int cg_map_set_link(cg_map *m, const char *id, const char *href, cg_error *err)
{
    if (!m || !id)
        return cg_error_set(err, EINVAL, "map link without a node");
    size_t at = lower_bound(m, id);
    if (at >= m->n_nodes || strcmp(m->nodes[at].id, id) != 0)
        return cg_error_set(err, EINVAL, "map link for unknown node %s", id);
    if (href && (!cg_text_is_clean(href) || strpbrk(href, "\"<\\")))
        return cg_error_set(err, EINVAL, "map link is not a clean address");
    g_free(m->links[at]);
    m->links[at] = dup_or_null(href);
    return 0;
}

int cg_map_set_caption(cg_map *m, const char *caption, cg_error *err)
{
    if (!m)
        return cg_error_set(err, EINVAL, "map caption without a map");
    char *c = dup_or_null(caption); /* caption may be m->caption */
    g_free(m->caption);
    m->caption = c;
    return 0;
}
