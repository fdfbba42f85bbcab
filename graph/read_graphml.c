/*
 * read_graphml.c - cg_graph_read_graphml: a graph written by cg_graph_write
 * (GraphML) read back, so that `citegraph render` can draw it without the
 * corpus.
 *
 * The records are rebuilt directly into the frozen arrays rather than
 * replayed through cg_graph_add_doc/add_cite: a replay cannot give back a
 * target's attributes exactly (they are merged from many citations) nor a
 * vertex that only a part-of edge reaches. cited_by_docs and mentions are
 * recomputed from the edges by cg_graph__freeze, as for any frozen graph.
 *
 * Keys are matched by their attr.name, not their id, so GraphML from other
 * tools that name the attributes the same way is read as well; unknown keys
 * are ignored. The parser never loads a DTD or the network, substitutes no
 * entity, and a document type declaring entities is refused outright: a
 * "billion laughs" file of 1 KB would otherwise expand to gigabytes when
 * attribute and text values are read (issue 18). The input is bounded too.
 */
#include "graph_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

/* Attribute slots of a vertex, by name. */
enum {
    VA_KIND,
    VA_BODY,
    VA_DATE,
    VA_TITLE,
    VA_LANGUAGES,
    VA_SESSION,
    VA_FILE,
    VA_YEAR,
    VA_IN_CORPUS,
    VA_VOTE_YES,
    VA_VOTE_NO,
    VA_VOTE_ABSTAIN,
    VA_N
};
static const char *const vattr[VA_N] = {"kind",      "body",     "date",    "title",
                                        "languages", "session",  "file",    "year",
                                        "in_corpus", "vote_yes", "vote_no", "vote_abstain"};

enum { EA_TYPE, EA_MENTIONS, EA_RELATIONS, EA_LOCATIONS, EA_N };
static const char *const eattr[EA_N] = {"type", "mentions", "relations", "locations"};

/* Element name test that ignores the namespace prefix, as GraphML readers do. */
static int is(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name);
}

static char *prop(const xmlNode *n, const char *name)
{
    return (char *)xmlGetProp(n, (const xmlChar *)name);
}

/* Key id -> slot (0-based) + 1, per domain; GLib owns copies of the ids. */
typedef struct keys {
    GHashTable *node, *edge;
} keys;

static int lookup_slot(GHashTable *t, const char *key)
{
    return GPOINTER_TO_INT(g_hash_table_lookup(t, key)) - 1;
}

static void read_keys(const xmlNode *root, keys *k)
{
    for (const xmlNode *c = root->children; c; c = c->next) {
        if (!is(c, "key"))
            continue;
        char *id = prop(c, "id"), *dom = prop(c, "for"), *name = prop(c, "attr.name");
        if (id && dom && name) {
            int node = !strcmp(dom, "node"), edge = !strcmp(dom, "edge");
            const char *const *names = node ? vattr : eattr;
            int n = node ? VA_N : edge ? EA_N : 0;
            for (int s = 0; s < n; s++)
                if (!strcmp(name, names[s]))
                    g_hash_table_insert(node ? k->node : k->edge, g_strdup(id),
                                        GINT_TO_POINTER(s + 1));
        }
        xmlFree(id);
        xmlFree(dom);
        xmlFree(name);
    }
}

/* Integer value of a <data>; `dflt` when empty or not a number. */
static int to_int(const char *s, int dflt)
{
    if (!s || !*s)
        return dflt;
    char *end;
    long v = strtol(s, &end, 10);
    while (*end == ' ' || *end == '\t' || *end == '\n' || *end == '\r')
        end++;
    if (*end || v < -1 || v > 1000000000L)
        return dflt;
    return (int)v;
}

static int to_bool(const char *s)
{
    return s && (!strcmp(s, "true") || !strcmp(s, "1") || !strcmp(s, "True"));
}

/* Fills vals[slot] with the text of every <data> child whose key maps to a
 * slot (the last one wins). The strings are xmlFree'd by the caller. */
static void read_data(const xmlNode *el, GHashTable *t, char **vals)
{
    for (const xmlNode *c = el->children; c; c = c->next) {
        if (!is(c, "data"))
            continue;
        char *key = prop(c, "key");
        int s = key ? lookup_slot(t, key) : -1;
        xmlFree(key);
        if (s < 0)
            continue;
        xmlFree(vals[s]);
        vals[s] = (char *)xmlNodeGetContent(c);
    }
}

static int cmp_vrec(const void *a, const void *b)
{
    return strcmp(((const cg_vrec *)a)->id, ((const cg_vrec *)b)->id);
}

static int cmp_erec(const void *a, const void *b)
{
    const cg_erec *x = a, *y = b;
    if (x->from != y->from)
        return x->from < y->from ? -1 : 1;
    if (x->to != y->to)
        return x->to < y->to ? -1 : 1;
    return x->partof - y->partof;
}

/* The vertices of graph element gr into g->v, sorted by id. */
static int read_nodes(const xmlNode *gr, const keys *k, cg_graph *g, cg_error *err)
{
    size_t cap = 0;
    for (const xmlNode *c = gr->children; c; c = c->next)
        cap += is(c, "node");
    g->v = g_new0(cg_vrec, cap + 1);
    for (const xmlNode *c = gr->children; c; c = c->next) {
        if (!is(c, "node"))
            continue;
        char *id = prop(c, "id");
        if (!id || !*id) {
            xmlFree(id);
            return cg_error_set(err, EINVAL, "GraphML: node without an id");
        }
        char *vals[VA_N] = {0};
        read_data(c, k->node, vals);
        cg_vrec *v = &g->v[g->nv++]; /* counted first so cg_graph_free frees it */
        v->id = cg_graph__text_dup(id);
        char **str[] = {&v->kind,      &v->body,    &v->date, &v->title,
                        &v->languages, &v->session, &v->file};
        for (int s = 0; s <= VA_FILE; s++) {
            char *t = cg_graph__text_dup(vals[s]);
            if (str[s] == &v->title || str[s] == &v->file) {
                *str[s] = t; /* owned */
            } else {         /* interned (graph_internal.h) */
                *str[s] = cg_graph__str(g, t);
                g_free(t);
            }
        }
        v->year = to_int(vals[VA_YEAR], 0);
        v->in_corpus = to_bool(vals[VA_IN_CORPUS]);
        v->vote_yes = to_int(vals[VA_VOTE_YES], -1);
        v->vote_no = to_int(vals[VA_VOTE_NO], -1);
        v->vote_abstain = to_int(vals[VA_VOTE_ABSTAIN], -1);
        xmlFree(id);
        for (int s = 0; s < VA_N; s++)
            xmlFree(vals[s]);
        if (!v->year)
            v->year = cg_graph__text_year(v->date);
        if (!v->year) /* undated, but its symbol may say the year */
            v->year = cg_graph__id_year(v->id);
    }
    qsort(g->v, g->nv, sizeof *g->v, cmp_vrec);
    for (size_t i = 1; i < g->nv; i++)
        if (!strcmp(g->v[i - 1].id, g->v[i].id))
            return cg_error_set(err, EINVAL, "GraphML: node '%s' appears twice", g->v[i].id);
    return 0;
}

static size_t find_vertex(const cg_graph *g, const char *id)
{
    size_t lo = 0, hi = g->nv;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(g->v[mid].id, id);
        if (!c)
            return mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return (size_t)-1;
}

/* The edges of graph element gr into g->e, sorted by (from, to, type). */
static int read_edges(const xmlNode *gr, const keys *k, cg_graph *g, cg_error *err)
{
    size_t cap = 0;
    for (const xmlNode *c = gr->children; c; c = c->next)
        cap += is(c, "edge");
    g->e = g_new0(cg_erec, cap + 1);
    int rc = 0;
    for (const xmlNode *c = gr->children; c && !rc; c = c->next) {
        if (!is(c, "edge"))
            continue;
        char *src = prop(c, "source"), *dst = prop(c, "target");
        char *vals[EA_N] = {0};
        read_data(c, k->edge, vals);
        size_t from = src ? find_vertex(g, src) : (size_t)-1;
        size_t to = dst ? find_vertex(g, dst) : (size_t)-1;
        const char *type = vals[EA_TYPE] ? vals[EA_TYPE] : "cites";
        int partof = !strcmp(type, "part-of");
        if (from == (size_t)-1 || to == (size_t)-1) {
            rc = cg_error_set(err, EINVAL, "GraphML: edge %s -> %s names an undeclared node",
                              src ? src : "?", dst ? dst : "?");
        } else if (!partof && strcmp(type, "cites")) {
            rc = cg_error_set(err, EINVAL, "GraphML: edge %s -> %s has unknown type '%s'", src, dst,
                              type);
        } else if (from != to) { /* self-loops are dropped, as when building */
            cg_erec *e = &g->e[g->ne++];
            e->from = from;
            e->to = to;
            e->partof = partof;
            e->mentions = partof ? 0 : to_int(vals[EA_MENTIONS], 1);
            if (e->mentions < 0)
                e->mentions = 0;
            /* Re-normalised: the sets stay sorted and unique whatever wrote them. */
            char *r = vals[EA_RELATIONS] ? vals[EA_RELATIONS] : "";
            char *l = vals[EA_LOCATIONS] ? vals[EA_LOCATIONS] : "";
            char *rc8 = cg_graph__text_dup(r), *lc8 = cg_graph__text_dup(l);
            char *rj = cg_graph__text_set_join(&rc8, 1);
            char *lj = cg_graph__text_set_join(&lc8, 1);
            e->relations = cg_graph__str(g, rj);
            e->locations = cg_graph__str(g, lj);
            g_free(rc8);
            g_free(lc8);
            g_free(rj);
            g_free(lj);
        }
        xmlFree(src);
        xmlFree(dst);
        for (int s = 0; s < EA_N; s++)
            xmlFree(vals[s]);
    }
    if (rc)
        return rc;
    qsort(g->e, g->ne, sizeof *g->e, cmp_erec);
    for (size_t j = 1; j < g->ne; j++)
        if (!cmp_erec(&g->e[j - 1], &g->e[j]))
            return cg_error_set(err, EINVAL, "GraphML: edge %s -> %s appears twice",
                                g->v[g->e[j].from].id, g->v[g->e[j].to].id);
    return 0;
}

/* The largest GraphML read: a graph of a million vertices with every
 * attribute is about 600 MB; beyond that the input is not a citegraph graph
 * (or is /dev/zero) and reading it whole would only exhaust memory. */
#define CG_GRAPHML_MAX ((size_t)1 << 30)

/* Reads the whole stream: libxml2 parses from memory or through callbacks,
 * and a stream may not be seekable (stdin). Stops one byte past the limit,
 * so that the caller can tell an oversized input. */
static char *slurp(FILE *in, size_t *len)
{
    size_t cap = 65536, n = 0;
    char *buf = g_malloc(cap);
    for (;;) {
        if (n > CG_GRAPHML_MAX) {
            *len = n;
            return buf;
        }
        size_t got = fread(buf + n, 1, cap - n, in);
        n += got;
        if (n < cap) {
            if (ferror(in)) {
                g_free(buf);
                return NULL;
            }
            *len = n;
            return buf;
        }
        size_t want = cap * 2 > CG_GRAPHML_MAX + 1 ? CG_GRAPHML_MAX + 1 : cap * 2;
        buf = g_realloc(buf, want);
        cap = want;
    }
}

int cg_graph_read_graphml(FILE *in, cg_granularity gran, cg_graph **out, cg_error *err)
{
    if (!out)
        return cg_error_set(err, EINVAL, "GraphML: no output");
    *out = NULL;
    if (!in)
        return cg_error_set(err, EINVAL, "GraphML: no input");
    size_t len = 0;
    char *buf = slurp(in, &len);
    if (!buf)
        return cg_error_set(err, EIO, "GraphML: cannot read the input");
    if (!len) {
        g_free(buf);
        return cg_error_set(err, EINVAL, "GraphML: empty input");
    }
    if (len > CG_GRAPHML_MAX) {
        g_free(buf);
        return cg_error_set(err, EFBIG, "GraphML: input larger than 1 GiB");
    }
    /* No XML_PARSE_NOENT (entities stay references), no XML_PARSE_DTDLOAD,
     * no XML_PARSE_HUGE (libxml2's limits on depth, text and entity
     * amplification stay on). */
    xmlDoc *doc = xmlReadMemory(buf, (int)len, NULL, NULL,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    g_free(buf);
    if (doc && ((doc->intSubset && (doc->intSubset->entities || doc->intSubset->pentities)) ||
                doc->extSubset)) {
        xmlFreeDoc(doc);
        return cg_error_set(err, EINVAL,
                            "GraphML: a document type that declares entities "
                            "is refused (citegraph never writes one)");
    }
    if (!doc) {
        const xmlError *xe = xmlGetLastError();
        const char *m = xe && xe->message ? xe->message : "parse error";
        int ml = (int)strcspn(m, "\r\n"); /* libxml2 ends it with a newline */
        int rc = cg_error_set(err, EINVAL, "GraphML: not well-formed XML (line %d: %.*s)",
                              xe ? xe->line : 0, ml, m);
        xmlResetLastError();
        return rc;
    }
    const xmlNode *root = xmlDocGetRootElement(doc);
    const xmlNode *gr = NULL;
    if (root && is(root, "graphml"))
        for (const xmlNode *c = root->children; c && !gr; c = c->next)
            if (is(c, "graph"))
                gr = c;
    int rc = 0;
    cg_graph *g = NULL;
    keys k = {g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL),
              g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL)};
    if (!gr) {
        rc = cg_error_set(err, EINVAL, "GraphML: no <graphml><graph> element");
    } else {
        char *dir = prop(gr, "edgedefault");
        if (dir && strcmp(dir, "directed"))
            rc = cg_error_set(err, EINVAL, "GraphML: the graph is not directed");
        xmlFree(dir);
    }
    if (!rc) {
        g = g_new0(cg_graph, 1);
        g->gran = gran;
        read_keys(root, &k);
        rc = read_nodes(gr, &k, g, err);
    }
    if (!rc)
        rc = read_edges(gr, &k, g, err);
    if (!rc)
        rc = cg_graph__freeze(g, err);
    g_hash_table_destroy(k.node);
    g_hash_table_destroy(k.edge);
    xmlFreeDoc(doc);
    if (rc) {
        cg_graph_free(g);
        return rc;
    }
    *out = g;
    return 0;
}
