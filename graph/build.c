/*
 * build.c - the staging phase: collecting documents and citations by id, then
 * sorting them into the frozen arrays (cg_graph_build).
 *
 * Attribute merging is made independent of the order records arrive in,
 * except where graph.h says "first non-empty wins" for a document added
 * twice: a value learnt from citations (kind, body, date of a target) is the
 * byte-wise smallest non-empty one seen, and is used only when no document
 * record gives the field.
 */
#include "graph_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* Staging memory grows with distinct vertices and edges, so it is kept
 * compact: the values that repeat (kinds, bodies, dates, languages, the
 * relation and location sets of edges) are interned once in g->pool and
 * pointed at; edges live in blocks, not one allocation each, and hold their
 * relation and location sets as one interned string each (the sorted,
 * comma-joined form the frozen graph has); the lists a cited-only vertex
 * never uses are not made. */

/* A vertex being collected. */
typedef struct cg_pvert {
    char *id;                          /* owned, also the hash key */
    const char *kind, *body, *date;    /* from a document: first non-empty; NULL = none (pool) */
    char *title, *file;                /* idem, owned */
    const char *session;               /* idem (pool) */
    GPtrArray *langs;                  /* language lists of every document record (pool), or NULL */
    GPtrArray *titles;                 /* "lang<TAB>title" of every document record, or NULL */
    const char *ckind, *cbody, *cdate; /* from citations: smallest non-empty (pool) */
    int in_corpus;                     /* a document record was added */
    int vote_yes, vote_no, vote_abstain; /* first known (>= 0) wins */
    size_t final;                        /* index after sorting, set by build */
} cg_pvert;

/* An edge being collected; (from, to, partof) is its identity. */
typedef struct cg_pedge {
    cg_pvert *from, *to;   /* not owned */
    const char *rel, *loc; /* the sets so far, sorted and comma-joined (pool); NULL = none */
    int mentions;          /* citations merged into this edge: the most
                                  one file (language version, copy) has */
    unsigned version;      /* the file counted in `current` */
    int current;           /* that file's citations so far */
    int partof;            /* 1 = "part-of" */
} cg_pedge;

/* Edges are allocated this many at a time (g->pe_mem). */
#define CG_PEDGE_BLOCK 4096

static void pvert_free(gpointer p)
{
    cg_pvert *v = p;
    g_free(v->id);
    g_free(v->title);
    g_free(v->file);
    if (v->langs)
        g_ptr_array_free(v->langs, TRUE);
    if (v->titles)
        g_ptr_array_free(v->titles, TRUE);
    g_free(v);
}

static guint pedge_hash(gconstpointer p)
{
    const cg_pedge *e = p;
    return g_direct_hash(e->from) * 31u + g_direct_hash(e->to) * 7u + (guint)e->partof;
}

static gboolean pedge_equal(gconstpointer a, gconstpointer b)
{
    const cg_pedge *x = a, *y = b;
    return x->from == y->from && x->to == y->to && x->partof == y->partof;
}

cg_graph *cg_graph_new(cg_granularity gran)
{
    cg_graph *g = g_new0(cg_graph, 1);
    g->gran = gran;
    g->pv_by_id = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, pvert_free);
    g->pe = g_hash_table_new(pedge_hash, pedge_equal);
    g->pe_mem = g_ptr_array_new_with_free_func(g_free);
    g->pool = g_string_chunk_new(4096);
    return g;
}

static void staging_free(cg_graph *g)
{
    /* Edges first: they point at the vertices. */
    if (g->pe)
        g_hash_table_destroy(g->pe);
    if (g->pv_by_id)
        g_hash_table_destroy(g->pv_by_id);
    if (g->pe_mem)
        g_ptr_array_free(g->pe_mem, TRUE);
    if (g->pool)
        g_string_chunk_free(g->pool);
    g->pe = NULL;
    g->pv_by_id = NULL;
    g->pe_mem = NULL;
    g->pool = NULL;
    g->pe_fill = 0;
}

void cg_graph_free(cg_graph *g)
{
    if (!g)
        return;
    staging_free(g);
    for (size_t i = 0; i < g->nv; i++) {
        cg_vrec *v = &g->v[i];
        g_free(v->id);
        g_free(v->title);
        g_free(v->titles);
        g_free(v->file);
    }
    if (g->strs)
        g_string_chunk_free(g->strs);
    g_free(g->v);
    g_free(g->e);
    g_free(g->out_off);
    g_free(g->in_off);
    g_free(g->in_edge);
    if (g->index)
        g_hash_table_destroy(g->index);
    g_free(g);
}

static int nonempty(const char *s)
{
    return s && *s;
}

/* Looks id up, creating the vertex when new. */
static cg_pvert *pvert_get(cg_graph *g, const char *id)
{
    char *clean = cg_graph__text_dup(id);
    cg_pvert *v = g_hash_table_lookup(g->pv_by_id, clean);
    if (v) {
        g_free(clean);
        return v;
    }
    v = g_new0(cg_pvert, 1);
    v->id = clean;
    v->vote_yes = v->vote_no = v->vote_abstain = -1;
    g_hash_table_insert(g->pv_by_id, v->id, v);
    return v;
}

/* Document fields: the first non-empty value wins. */
static void set_first(char **slot, const char *val)
{
    if (!*slot && nonempty(val))
        *slot = cg_graph__text_dup(val);
}

/* val cleaned (cg_graph__text_dup) and interned in g->pool. */
static const char *intern(cg_graph *g, const char *val)
{
    char *c = cg_graph__text_dup(val);
    const char *p = g_string_chunk_insert_const(g->pool, c);
    g_free(c);
    return p;
}

/* The same for values kept in the pool. */
static void set_first_pool(cg_graph *g, const char **slot, const char *val)
{
    if (!*slot && nonempty(val))
        *slot = intern(g, val);
}

/* Citation-derived fields: the smallest non-empty value wins, so the result
 * does not depend on the order citations were added in. */
static void set_min(cg_graph *g, const char **slot, const char *val)
{
    if (!nonempty(val))
        return;
    if (*slot && !strcmp(val, *slot))
        return;
    const char *c = intern(g, val);
    if (!*slot || strcmp(c, *slot) < 0)
        *slot = c;
}

int cg_graph_add_doc(cg_graph *g, const cg_graph_doc *doc, cg_error *err)
{
    if (!g || !doc || !nonempty(doc->id))
        return cg_error_set(err, EINVAL, "graph: document without an id");
    if (g->built)
        return cg_error_set(err, EINVAL, "graph: add_doc after build");
    cg_pvert *v = pvert_get(g, doc->id);
    v->in_corpus = 1;
    g->version++;
    set_first_pool(g, &v->kind, doc->kind);
    set_first_pool(g, &v->body, doc->body);
    set_first_pool(g, &v->date, doc->date);
    set_first(&v->title, doc->title);
    set_first_pool(g, &v->session, doc->session);
    set_first(&v->file, doc->file);
    if (nonempty(doc->title)) {
        /* Every language version's title is kept: a mandate is found by
         * its title in any language (series.c). */
        char *t = cg_graph__text_dup(doc->title);
        /* The languages are cleaned too: series.c folds this string with
         * utf8proc, which refuses invalid UTF-8. */
        char *l = cg_graph__text_dup(doc->languages);
        if (!v->titles)
            v->titles = g_ptr_array_new_with_free_func(g_free);
        g_ptr_array_add(v->titles, g_strdup_printf("%s\t%s", l, t));
        g_free(t);
        g_free(l);
    }
    if (nonempty(doc->languages)) {
        if (!v->langs)
            v->langs = g_ptr_array_new();
        g_ptr_array_add(v->langs, (gpointer)intern(g, doc->languages));
    }
    if (v->vote_yes < 0)
        v->vote_yes = doc->vote_yes;
    if (v->vote_no < 0)
        v->vote_no = doc->vote_no;
    if (v->vote_abstain < 0)
        v->vote_abstain = doc->vote_abstain;
    return 0;
}

/* Finds or creates the edge (from, to, partof). */
static cg_pedge *pedge_get(cg_graph *g, cg_pvert *from, cg_pvert *to, int partof)
{
    cg_pedge key = {.from = from, .to = to, .partof = partof};
    cg_pedge *e = g_hash_table_lookup(g->pe, &key);
    if (e)
        return e;
    if (g->pe_mem->len == 0 || g->pe_fill == CG_PEDGE_BLOCK) {
        g_ptr_array_add(g->pe_mem, g_new(cg_pedge, CG_PEDGE_BLOCK));
        g->pe_fill = 0;
    }
    e = (cg_pedge *)g_ptr_array_index(g->pe_mem, g->pe_mem->len - 1) + g->pe_fill++;
    *e = key;
    g_hash_table_add(g->pe, e);
    return e;
}

/* Adds value s to the set *set (sorted, unique, comma-joined, interned):
 * the set an edge ends with is cg_graph__text_set_join of every value
 * added, and joining the joined set again with one more value gives the
 * same, so only that one string is kept, not one string per mention. */
static void set_add(cg_graph *g, const char **set, const char *s)
{
    if (!nonempty(s))
        return;
    if (*set && !strcmp(*set, s)) /* the usual case: one relation, again */
        return;
    char *c = cg_graph__text_dup(s);
    char *parts[2] = {(char *)(*set ? *set : ""), c};
    char *j = cg_graph__text_set_join(parts, 2);
    g_free(c);
    *set = g_string_chunk_insert_const(g->pool, j);
    g_free(j);
}

int cg_graph_add_cite(cg_graph *g, const cg_graph_cite *c, cg_error *err)
{
    if (!g || !c || !nonempty(c->from) || !nonempty(c->to))
        return cg_error_set(err, EINVAL, "graph: citation without from/to");
    if (g->built)
        return cg_error_set(err, EINVAL, "graph: add_cite after build");
    int article = nonempty(c->to_parent);
    int fold = article && g->gran == CG_GRAN_INSTRUMENT;
    cg_pvert *from = pvert_get(g, c->from);
    cg_pvert *to = pvert_get(g, fold ? c->to_parent : c->to);
    set_min(g, &to->ckind,
            fold ? "instrument"
                 : (nonempty(c->to_kind) ? c->to_kind
                    : article            ? "article"
                                         : NULL));
    set_min(g, &to->cbody, c->to_body);
    set_min(g, &to->cdate, c->to_date);
    if (article && !fold) {
        cg_pvert *parent = pvert_get(g, c->to_parent);
        set_min(g, &parent->ckind, "instrument");
        if (parent != to)
            pedge_get(g, to, parent, 1);
    }
    if (from != to) { /* self-loops are dropped */
        cg_pedge *e = pedge_get(g, from, to, 0);
        /* Language versions and copies of one document cite the same
         * things: a target's mentions are those of the file that has the
         * most, not the sum over files. */
        if (e->version != g->version) {
            e->version = g->version;
            e->current = 0;
        }
        if (++e->current > e->mentions)
            e->mentions = e->current;
        set_add(g, &e->rel, c->relation);
        set_add(g, &e->loc, c->location);
    }
    return 0;
}

/* The English title when the document was read in English, the title
 * shown (maps, tables) being the most widely read version's; NULL
 * otherwise. Points into p. */
static const char *english_title(const cg_pvert *p)
{
    for (guint i = 0; p->titles && i < p->titles->len; i++) {
        const char *t = g_ptr_array_index(p->titles, i);
        if (!strncmp(t, "en\t", 3))
            return t + 3;
    }
    return NULL;
}

static gint cmp_cstr(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Every title, sorted and without duplicates, one a line; g_free it. */
static char *all_titles(const cg_pvert *p)
{
    GPtrArray *t = g_ptr_array_new();
    for (guint i = 0; p->titles && i < p->titles->len; i++) {
        const char *lt = g_ptr_array_index(p->titles, i);
        const char *tab = strchr(lt, '\t');
        g_ptr_array_add(t, (gpointer)(tab ? tab + 1 : lt));
    }
    g_ptr_array_sort(t, cmp_cstr);
    GString *s = g_string_new(NULL);
    for (guint i = 0; i < t->len; i++) {
        const char *x = g_ptr_array_index(t, i);
        if (i && !strcmp(x, g_ptr_array_index(t, i - 1)))
            continue;
        if (s->len)
            g_string_append_c(s, '\n');
        g_string_append(s, x);
    }
    g_ptr_array_free(t, TRUE);
    return g_string_free(s, FALSE);
}

static int cmp_pvert(const void *a, const void *b)
{
    const cg_pvert *x = *(cg_pvert *const *)a, *y = *(cg_pvert *const *)b;
    return strcmp(x->id, y->id);
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

static const char *pick(const char *doc, const char *cite)
{
    return doc ? doc : cite ? cite : "";
}

int cg_graph_build(cg_graph *g, cg_error *err)
{
    if (!g)
        return cg_error_set(err, EINVAL, "graph: NULL graph");
    if (g->built)
        return cg_error_set(err, EINVAL, "graph: built twice");
    size_t nv = g_hash_table_size(g->pv_by_id);
    size_t ne = g_hash_table_size(g->pe);
    cg_pvert **pv = g_new(cg_pvert *, nv + 1);
    g->v = g_new0(cg_vrec, nv + 1);
    g->e = g_new0(cg_erec, ne + 1);

    GHashTableIter it;
    gpointer key, val;
    size_t i = 0;
    g_hash_table_iter_init(&it, g->pv_by_id);
    while (g_hash_table_iter_next(&it, &key, &val))
        pv[i++] = val;
    qsort(pv, nv, sizeof *pv, cmp_pvert);
    for (i = 0; i < nv; i++) {
        cg_pvert *p = pv[i];
        cg_vrec *v = &g->v[i];
        p->final = i;
        g->nv = i + 1; /* so cg_graph_free() releases what is filled */
        v->id = g_strdup(p->id);
        v->kind = cg_graph__str(g, pick(p->kind, p->ckind));
        v->body = cg_graph__str(g, pick(p->body, p->cbody));
        v->date = cg_graph__str(g, pick(p->date, p->cdate));
        v->title = g_strdup(pick(english_title(p), pick(p->title, NULL)));
        v->titles = all_titles(p);
        v->session = cg_graph__str(g, pick(p->session, NULL));
        v->file = g_strdup(pick(p->file, NULL));
        char *langs = p->langs
                          ? cg_graph__text_set_join((char *const *)p->langs->pdata, p->langs->len)
                          : NULL;
        v->languages = cg_graph__str(g, langs);
        g_free(langs);
        v->year = cg_graph__text_year(v->date);
        if (!v->year) /* undated, but its symbol may say the year */
            v->year = cg_graph__id_year(v->id);
        v->in_corpus = p->in_corpus;
        v->vote_yes = p->vote_yes;
        v->vote_no = p->vote_no;
        v->vote_abstain = p->vote_abstain;
    }

    size_t j = 0;
    g_hash_table_iter_init(&it, g->pe);
    while (g_hash_table_iter_next(&it, &key, &val)) {
        cg_pedge *p = key;
        cg_erec *e = &g->e[j];
        g->ne = ++j;
        e->from = p->from->final;
        e->to = p->to->final;
        e->partof = p->partof;
        e->mentions = p->mentions;
        e->relations = cg_graph__str(g, p->rel);
        e->locations = cg_graph__str(g, p->loc);
    }
    qsort(g->e, ne, sizeof *g->e, cmp_erec);
    g_free(pv);
    /* The staging tables go before igraph's arrays are made, so the two
     * never take memory at once (the peak of `top`). */
    staging_free(g);
    int rc = cg_graph__freeze(g, err);
    if (!rc)
        return 0;
    /* igraph failed (it cleaned up after itself): leave the graph unbuilt
     * and empty of frozen data. */
    for (i = 0; i < g->nv; i++) {
        cg_vrec *v = &g->v[i];
        g_free(v->id);
        g_free(v->title);
        g_free(v->titles);
        g_free(v->file);
    }
    if (g->strs)
        g_string_chunk_free(g->strs);
    g->strs = NULL;
    g_free(g->v);
    g_free(g->e);
    g->v = NULL;
    g->e = NULL;
    g->nv = g->ne = 0;
    return rc;
}
