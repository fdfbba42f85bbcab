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
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdlib.h>
#include <string.h>

/* Staging memory grows with distinct vertices and edges, and is most of
 * `top`'s memory while the corpus is read (issue 17), so it is kept
 * compact: vertices are numbered and live in blocks, ids in one string
 * chunk; the values that repeat (kinds, bodies, dates, languages, the
 * relation and location sets of edges) are interned once in g->pool; an
 * edge is its (from, to, part-of) key, packed in the hash table's 64-bit
 * key, and a number indexing its mentions (and, unless CG_KEEP_RANK, its
 * relation and location sets); the fields a cited-only vertex or a
 * ranking never uses are not made. Measured on bench/data/many-100 (44,241
 * vertices, 181,010 edges): staging 26 MB with a 112-byte vertex and a
 * 48-byte edge record each allocated with its pointers. */

/* The fields of a document record beyond what a ranking needs (NULL with
 * CG_KEEP_RANK, and for targets only cited). */
typedef struct cg_pdoc {
    char *title, *file;  /* first non-empty, owned */
    const char *session; /* idem (pool) */
    GPtrArray *langs;    /* language lists of every document record (pool), or NULL */
    GPtrArray *titles;   /* "lang<TAB>title" of every document record, or NULL */
    int vote_yes, vote_no, vote_abstain; /* first known (>= 0) wins */
} cg_pdoc;

/* A vertex being collected. */
typedef struct cg_pvert {
    const char *id;                    /* in g->ids */
    const char *kind, *body, *date;    /* from a document: first non-empty; NULL = none (pool) */
    const char *ckind, *cbody, *cdate; /* from citations: smallest non-empty (pool) */
    cg_pdoc *doc;                      /* or NULL */
    guint32 final;                     /* index after sorting, set by build */
    int in_corpus;                     /* a document record was added */
} cg_pvert;

/* Vertices are allocated this many at a time (g->pv_mem). */
#define CG_PVERT_BLOCK 4096

static cg_pvert *pvert_at(const cg_graph *g, guint32 n)
{
    cg_pvert *b = g_ptr_array_index(g->pv_mem, n / CG_PVERT_BLOCK);
    return b + n % CG_PVERT_BLOCK;
}

/* An edge's identity (staging vertex numbers, which stay below 2^31) as a
 * hash table key; from 0 to 0 is a self-loop, never stored, but the key 0
 * would work too (values, not keys, tell presence). */
static gpointer edge_key(guint32 from, guint32 to, int partof)
{
    return GSIZE_TO_POINTER((guint64)from << 32 | (guint64)to << 1 | (guint64)(partof != 0));
}

static guint edge_hash(gconstpointer k)
{
    guint64 x = GPOINTER_TO_SIZE(k) * G_GUINT64_CONSTANT(0x9E3779B97F4A7C15);
    return (guint)(x >> 32);
}

static void pdoc_free(cg_pdoc *d)
{
    if (!d)
        return;
    g_free(d->title);
    g_free(d->file);
    if (d->langs)
        g_ptr_array_free(d->langs, TRUE);
    if (d->titles)
        g_ptr_array_free(d->titles, TRUE);
    g_free(d);
}

cg_graph *cg_graph_new_keep(cg_granularity gran, cg_graph_keep keep)
{
    cg_graph *g = g_new0(cg_graph, 1);
    g->gran = gran;
    g->keep = keep;
    g->pv_by_id = g_hash_table_new(g_str_hash, g_str_equal);
    g->pv_mem = g_ptr_array_new_with_free_func(g_free);
    g->ids = g_string_chunk_new(64 * 1024);
    g->pe = g_hash_table_new(edge_hash, g_direct_equal);
    g->pe_file = g_hash_table_new(edge_hash, g_direct_equal);
    g->pe_mentions = g_array_new(FALSE, FALSE, sizeof(gint32));
    if (keep == CG_KEEP_ALL) {
        g->pe_sets = g_array_new(FALSE, FALSE, sizeof(guint32) * 2);
        g->sets = g_ptr_array_new();
        g_ptr_array_add(g->sets, NULL); /* set 0: none */
        g->set_ids = g_hash_table_new(g_str_hash, g_str_equal);
    }
    g->pool = g_string_chunk_new(4096);
    return g;
}

cg_graph *cg_graph_new(cg_granularity gran)
{
    return cg_graph_new_keep(gran, CG_KEEP_ALL);
}

/* The edges' staging data, and the vertex table (numbers are all the
 * edges need once every record is in). */
static void staging_free_edges(cg_graph *g)
{
    if (g->pe)
        g_hash_table_destroy(g->pe);
    if (g->pe_file)
        g_hash_table_destroy(g->pe_file);
    if (g->pe_mentions)
        g_array_free(g->pe_mentions, TRUE);
    if (g->pe_sets)
        g_array_free(g->pe_sets, TRUE);
    if (g->sets)
        g_ptr_array_free(g->sets, TRUE);
    if (g->set_ids)
        g_hash_table_destroy(g->set_ids);
    if (g->pv_by_id)
        g_hash_table_destroy(g->pv_by_id);
    g->pe = g->pe_file = g->set_ids = g->pv_by_id = NULL;
    g->pe_mentions = g->pe_sets = NULL;
    g->sets = NULL;
}

static void staging_free(cg_graph *g)
{
    staging_free_edges(g);
    for (guint32 n = 0; n < g->npv; n++)
        pdoc_free(pvert_at(g, n)->doc);
    if (g->pv_mem)
        g_ptr_array_free(g->pv_mem, TRUE);
    if (g->ids)
        g_string_chunk_free(g->ids);
    if (g->pool)
        g_string_chunk_free(g->pool);
    g->pv_mem = NULL;
    g->ids = g->pool = NULL;
    g->npv = 0;
}

/* The title, titles and file of a vertex without them: one string for
 * all, not a 1-byte allocation each (three for every cited-only vertex,
 * and for every vertex of a CG_KEEP_RANK graph). Never freed. */
static char no_text[] = "";

static void text_free(char *s)
{
    if (s != no_text)
        g_free(s);
}

/* The frozen data (cg_graph_build, or a failed one). */
static void frozen_free(cg_graph *g)
{
    for (size_t i = 0; i < g->nv; i++) {
        cg_vrec *v = &g->v[i];
        g_free(v->id);
        text_free(v->title);
        text_free(v->titles);
        text_free(v->file);
    }
    if (g->strs)
        g_string_chunk_free(g->strs);
    g_free(g->v);
    g_free(g->e);
    g_free(g->out_off);
    g_free(g->in_off);
    g_free(g->in_edge);
    g_free(g->pr);
    g_free(g->au);
    if (g->index)
        g_hash_table_destroy(g->index);
    g->strs = NULL;
    g->v = NULL;
    g->e = NULL;
    g->out_off = g->in_off = g->in_edge = NULL;
    g->pr = g->au = NULL;
    g->index = NULL;
    g->nv = g->ne = 0;
}

void cg_graph_free(cg_graph *g)
{
    if (!g)
        return;
    staging_free(g);
    frozen_free(g);
    g_free(g);
}

static int nonempty(const char *s)
{
    return s && *s;
}

/* Looks id up, creating the vertex when new; its number. */
static guint32 pvert_get(cg_graph *g, const char *id)
{
    char *clean = cg_graph__text_dup(id);
    gpointer n = g_hash_table_lookup(g->pv_by_id, clean);
    if (n) {
        g_free(clean);
        return GPOINTER_TO_UINT(n) - 1;
    }
    if (g->npv % CG_PVERT_BLOCK == 0)
        g_ptr_array_add(g->pv_mem, g_new(cg_pvert, CG_PVERT_BLOCK));
    guint32 k = g->npv++;
    cg_pvert *v = pvert_at(g, k);
    memset(v, 0, sizeof *v);
    v->id = g_string_chunk_insert(g->ids, clean);
    g_free(clean);
    g_hash_table_insert(g->pv_by_id, (gpointer)v->id, GUINT_TO_POINTER(k + 1));
    return k;
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

/* The fields only CG_KEEP_ALL keeps. */
static void add_doc_fields(cg_graph *g, cg_pvert *v, const cg_graph_doc *doc)
{
    if (!v->doc) {
        v->doc = g_new0(cg_pdoc, 1);
        v->doc->vote_yes = v->doc->vote_no = v->doc->vote_abstain = -1;
    }
    cg_pdoc *d = v->doc;
    set_first(&d->title, doc->title);
    set_first_pool(g, &d->session, doc->session);
    set_first(&d->file, doc->file);
    if (nonempty(doc->title)) {
        /* Every language version's title is kept: a mandate is found by
         * its title in any language (series.c). */
        char *t = cg_graph__text_dup(doc->title);
        /* The languages are cleaned too: series.c folds this string with
         * utf8proc, which refuses invalid UTF-8. */
        char *l = cg_graph__text_dup(doc->languages);
        if (!d->titles)
            d->titles = g_ptr_array_new_with_free_func(g_free);
        g_ptr_array_add(d->titles, g_strdup_printf("%s\t%s", l, t));
        g_free(t);
        g_free(l);
    }
    if (nonempty(doc->languages)) {
        if (!d->langs)
            d->langs = g_ptr_array_new();
        g_ptr_array_add(d->langs, (gpointer)intern(g, doc->languages));
    }
    if (d->vote_yes < 0)
        d->vote_yes = doc->vote_yes;
    if (d->vote_no < 0)
        d->vote_no = doc->vote_no;
    if (d->vote_abstain < 0)
        d->vote_abstain = doc->vote_abstain;
}

int cg_graph_add_doc(cg_graph *g, const cg_graph_doc *doc, cg_error *err)
{
    if (!g || !doc || !nonempty(doc->id))
        return cg_error_set(err, EINVAL, "graph: document without an id");
    if (g->built)
        return cg_error_set(err, EINVAL, "graph: add_doc after build");
    cg_pvert *v = pvert_at(g, pvert_get(g, doc->id));
    v->in_corpus = 1;
    /* The citations that follow are this file's: count them afresh. */
    g_hash_table_remove_all(g->pe_file);
    set_first_pool(g, &v->kind, doc->kind);
    set_first_pool(g, &v->body, doc->body);
    set_first_pool(g, &v->date, doc->date);
    if (g->keep == CG_KEEP_ALL)
        add_doc_fields(g, v, doc);
    return 0;
}

/* Finds or creates the edge (from, to, partof); its number. */
static guint32 pedge_get(cg_graph *g, guint32 from, guint32 to, int partof)
{
    gpointer key = edge_key(from, to, partof);
    gpointer n = g_hash_table_lookup(g->pe, key);
    if (n)
        return GPOINTER_TO_UINT(n) - 1;
    guint32 k = g->pe_mentions->len;
    gint32 zero = 0;
    g_array_append_val(g->pe_mentions, zero);
    if (g->pe_sets) {
        guint32 none[2] = {0, 0};
        g_array_append_val(g->pe_sets, none);
    }
    g_hash_table_insert(g->pe, key, GUINT_TO_POINTER(k + 1));
    return k;
}

/* Adds value s to the set *set (an id in g->sets: sorted, unique,
 * comma-joined, interned): the set an edge ends with is
 * cg_graph__text_set_join of every value added, and joining the joined set
 * again with one more value gives the same, so only that one string is
 * kept, not one string per mention. */
static void set_add(cg_graph *g, guint32 *set, const char *s)
{
    if (!nonempty(s))
        return;
    const char *cur = g_ptr_array_index(g->sets, *set);
    if (cur && !strcmp(cur, s)) /* the usual case: one relation, again */
        return;
    char *c = cg_graph__text_dup(s);
    char *parts[2] = {(char *)(cur ? cur : ""), c};
    char *j = cg_graph__text_set_join(parts, 2);
    g_free(c);
    gpointer id = g_hash_table_lookup(g->set_ids, j);
    if (!id) {
        const char *p = g_string_chunk_insert_const(g->pool, j);
        g_ptr_array_add(g->sets, (gpointer)p);
        id = GUINT_TO_POINTER(g->sets->len);
        g_hash_table_insert(g->set_ids, (gpointer)p, id);
    }
    *set = GPOINTER_TO_UINT(id) - 1;
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
    guint32 from = pvert_get(g, c->from);
    guint32 to = pvert_get(g, fold ? c->to_parent : c->to);
    cg_pvert *tv = pvert_at(g, to);
    set_min(g, &tv->ckind,
            fold ? "instrument"
                 : (nonempty(c->to_kind) ? c->to_kind
                    : article            ? "article"
                                         : NULL));
    set_min(g, &tv->cbody, c->to_body);
    set_min(g, &tv->cdate, c->to_date);
    if (article && !fold) {
        guint32 parent = pvert_get(g, c->to_parent);
        set_min(g, &pvert_at(g, parent)->ckind, "instrument");
        if (parent != to)
            pedge_get(g, to, parent, 1);
    }
    if (from != to) { /* self-loops are dropped */
        guint32 e = pedge_get(g, from, to, 0);
        /* Language versions and copies of one document cite the same
         * things: a target's mentions are those of the file that has the
         * most, not the sum over files. This file's count is kept aside
         * (pe_file, emptied at each document) rather than in every edge. */
        gpointer key = edge_key(from, to, 0);
        gint32 cur = GPOINTER_TO_INT(g_hash_table_lookup(g->pe_file, key)) + 1;
        g_hash_table_insert(g->pe_file, key, GINT_TO_POINTER(cur));
        gint32 *m = &g_array_index(g->pe_mentions, gint32, e);
        if (cur > *m)
            *m = cur;
        if (g->pe_sets) {
            guint32 *sets = &g_array_index(g->pe_sets, guint32, 2 * e);
            set_add(g, &sets[0], c->relation);
            set_add(g, &sets[1], c->location);
        }
    }
    return 0;
}

/* The English title when the document was read in English, the title
 * shown (maps, tables) being the most widely read version's; NULL
 * otherwise. Points into d. */
static const char *english_title(const cg_pdoc *d)
{
    for (guint i = 0; d && d->titles && i < d->titles->len; i++) {
        const char *t = g_ptr_array_index(d->titles, i);
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
static char *all_titles(const cg_pdoc *d)
{
    GPtrArray *t = g_ptr_array_new();
    for (guint i = 0; d && d->titles && i < d->titles->len; i++) {
        const char *lt = g_ptr_array_index(d->titles, i);
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
    /* Copied at its length: a GString keeps a power of two. */
    char *r = g_strndup(s->str, s->len);
    g_string_free(s, TRUE);
    return r;
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

static int cmp_u64(const void *a, const void *b)
{
    guint64 x = *(const guint64 *)a, y = *(const guint64 *)b;
    return x < y ? -1 : x > y;
}

static const char *pick(const char *doc, const char *cite)
{
    return doc ? doc : cite ? cite : "";
}

/* The distinct kinds, bodies and dates of the vertices, numbered: values
 * point into g->pool (interned: one pointer a value) or at pick()'s "". */
typedef struct cg_values {
    GPtrArray *str;  /* number -> value */
    GHashTable *num; /* value (pointer) -> number + 1 */
} cg_values;

static guint32 value_num(cg_values *t, const char *s)
{
    gpointer n = g_hash_table_lookup(t->num, s);
    if (n)
        return GPOINTER_TO_UINT(n) - 1;
    g_ptr_array_add(t->str, (gpointer)s);
    g_hash_table_insert(t->num, (gpointer)s, GUINT_TO_POINTER(t->str->len));
    return t->str->len - 1;
}

/* A vertex between staging and v[], in id order: its merged values in 24
 * bytes (a staging vertex is 72, plus the sorted pointer to it), so that a
 * CG_KEEP_RANK build holds little beside igraph's PageRank structures, its
 * peak: measured on bench/data/many-1000 (440,000 vertices), 48-byte
 * records with four pointers took 20.7 MB of the 156 MB heap peak. */
typedef struct cg_lvert {
    const char *id;           /* in g->ids */
    guint32 kind, body, date; /* in the cg_values */
    guint32 in_corpus;
} cg_lvert;

/* The vertices sorted by id, numbered (final) in that order (g_free it);
 * their values into *vals, and, when docs is not NULL, their cg_pdoc
 * into *docs (g_free it). */
static cg_lvert *sorted_vertices(cg_graph *g, cg_values *vals, const cg_pdoc ***docs)
{
    size_t nv = g->npv;
    cg_pvert **pv = g_new(cg_pvert *, nv + 1);
    for (size_t i = 0; i < nv; i++)
        pv[i] = pvert_at(g, (guint32)i);
    qsort(pv, nv, sizeof *pv, cmp_pvert);
    cg_lvert *lv = g_new(cg_lvert, nv + 1);
    vals->str = g_ptr_array_new();
    vals->num = g_hash_table_new(g_direct_hash, g_direct_equal);
    if (docs)
        *docs = g_new(const cg_pdoc *, nv + 1);
    for (size_t i = 0; i < nv; i++) {
        cg_pvert *p = pv[i];
        p->final = (guint32)i;
        lv[i] = (cg_lvert){p->id, value_num(vals, pick(p->kind, p->ckind)),
                           value_num(vals, pick(p->body, p->cbody)),
                           value_num(vals, pick(p->date, p->cdate)), (guint32)p->in_corpus};
        if (docs)
            (*docs)[i] = p->doc;
    }
    g_free(pv);
    return lv;
}

/* v[] from the vertices in id order (docs NULL: none has a cg_pdoc). */
static void make_vertices(cg_graph *g, const cg_lvert *lv, const cg_values *vals,
                          const cg_pdoc *const *docs, size_t nv)
{
    g->v = g_new0(cg_vrec, nv + 1);
    for (size_t i = 0; i < nv; i++) {
        const cg_lvert *p = &lv[i];
        const cg_pdoc *d = docs ? docs[i] : NULL;
        cg_vrec *v = &g->v[i];
        g->nv = i + 1; /* so cg_graph_free() releases what is filled */
        v->id = g_strdup(p->id);
        v->kind = cg_graph__str(g, g_ptr_array_index(vals->str, p->kind));
        v->body = cg_graph__str(g, g_ptr_array_index(vals->str, p->body));
        v->date = cg_graph__str(g, g_ptr_array_index(vals->str, p->date));
        const char *title = pick(english_title(d), d ? d->title : NULL);
        v->title = *title ? g_strdup(title) : no_text;
        v->titles = d && d->titles ? all_titles(d) : no_text;
        v->session = cg_graph__str(g, d ? pick(d->session, NULL) : "");
        v->file = d && d->file ? g_strdup(d->file) : no_text;
        char *langs = d && d->langs
                          ? cg_graph__text_set_join((char *const *)d->langs->pdata, d->langs->len)
                          : NULL;
        v->languages = cg_graph__str(g, langs);
        g_free(langs);
        v->year = cg_graph__text_year(v->date);
        if (!v->year) /* undated, but its symbol may say the year */
            v->year = cg_graph__id_year(v->id);
        v->in_corpus = p->in_corpus;
        v->vote_yes = d ? d->vote_yes : -1;
        v->vote_no = d ? d->vote_no : -1;
        v->vote_abstain = d ? d->vote_abstain : -1;
    }
}

/* Decodes an edge key into final vertex indices. */
static void edge_ends(const cg_graph *g, gpointer key, size_t *from, size_t *to, int *partof)
{
    guint64 k = GPOINTER_TO_SIZE(key);
    *from = pvert_at(g, (guint32)(k >> 32))->final;
    *to = pvert_at(g, (guint32)(k & 0xffffffffu) >> 1)->final;
    *partof = (int)(k & 1);
}

/* CG_KEEP_ALL: e[] from the staging edges, sorted. */
static void make_edges(cg_graph *g)
{
    size_t ne = g_hash_table_size(g->pe);
    g->e = g_new0(cg_erec, ne + 1);
    GHashTableIter it;
    gpointer key, val;
    size_t j = 0;
    g_hash_table_iter_init(&it, g->pe);
    while (g_hash_table_iter_next(&it, &key, &val)) {
        guint32 n = GPOINTER_TO_UINT(val) - 1;
        const guint32 *sets = &g_array_index(g->pe_sets, guint32, 2 * n);
        cg_erec *e = &g->e[j];
        g->ne = ++j;
        edge_ends(g, key, &e->from, &e->to, &e->partof);
        e->mentions = e->partof ? 0 : g_array_index(g->pe_mentions, gint32, n);
        e->relations = cg_graph__str(g, g_ptr_array_index(g->sets, sets[0]));
        e->locations = cg_graph__str(g, g_ptr_array_index(g->sets, sets[1]));
    }
    qsort(g->e, ne, sizeof *g->e, cmp_erec);
}

/* The staging memory just freed lies in holes of the heap, which free()
 * does not give back (it trims only the top), while igraph's and PRPACK's
 * arrays, above glibc's mmap threshold, are new mappings: both counted in
 * RSS. Measured on bench/data/many-1000 (1 GB): peak 220 MB without this,
 * 191 MB with it. */
static void give_back(void)
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

/* CG_KEEP_RANK: the scores and counts computed now, from the staging
 * edges, which are freed (and the staging vertices, lv holding their
 * values) before the scores take memory; no edge is kept. v[] comes after,
 * never held together with igraph's PageRank structures, the peak. */
static int rank_only(cg_graph *g, const cg_lvert *lv, const cg_values *vals, size_t nv,
                     cg_error *err)
{
    size_t m = 0;
    GHashTableIter it;
    gpointer key, val;
    g_hash_table_iter_init(&it, g->pe);
    while (g_hash_table_iter_next(&it, &key, &val))
        m += !(GPOINTER_TO_SIZE(key) & 1);
    guint64 *pairs = g_new(guint64, m + 1);
    gint32 *cited = g_new0(gint32, nv + 1), *mentions = g_new0(gint32, nv + 1);
    size_t k = 0;
    g_hash_table_iter_init(&it, g->pe);
    while (g_hash_table_iter_next(&it, &key, &val)) {
        size_t from, to;
        int partof;
        edge_ends(g, key, &from, &to, &partof);
        if (partof)
            continue;
        pairs[k++] = (guint64)from << 32 | to;
        cited[to]++;
        mentions[to] += g_array_index(g->pe_mentions, gint32, GPOINTER_TO_UINT(val) - 1);
    }
    staging_free_edges(g);
    /* The staging vertices too: lv has their values (ids and pool stay),
     * and a CG_KEEP_RANK graph makes no cg_pdoc to free. */
    g_ptr_array_free(g->pv_mem, TRUE);
    g->pv_mem = NULL;
    g->npv = 0;
    give_back();
    qsort(pairs, m, sizeof *pairs, cmp_u64);
    g->pr = g_new(double, nv + 1);
    g->au = g_new(double, nv + 1);
    int rc = cg_graph__scores(pairs, m, nv, g->pr, g->au, err);
    if (!rc) {
        make_vertices(g, lv, vals, NULL, nv);
        rc = cg_graph__freeze(g, err);
    }
    if (!rc) /* after freeze, which counts over e[] (empty here) */
        for (size_t i = 0; i < nv; i++) {
            g->v[i].cited_by_docs = cited[i];
            g->v[i].mentions = mentions[i];
        }
    g_free(cited);
    g_free(mentions);
    return rc;
}

int cg_graph_build(cg_graph *g, cg_error *err)
{
    if (!g)
        return cg_error_set(err, EINVAL, "graph: NULL graph");
    if (g->built)
        return cg_error_set(err, EINVAL, "graph: built twice");
    size_t nv = g->npv;
    cg_values vals;
    const cg_pdoc **docs = NULL;
    cg_lvert *lv = sorted_vertices(g, &vals, g->keep == CG_KEEP_ALL ? &docs : NULL);
    int rc;
    if (g->keep == CG_KEEP_RANK) {
        rc = rank_only(g, lv, &vals, nv, err);
    } else {
        make_vertices(g, lv, &vals, docs, nv);
        make_edges(g);
        /* The staging tables go before the adjacency arrays are made, so
         * the two never take memory at once. */
        staging_free_edges(g);
        rc = cg_graph__freeze(g, err);
    }
    g_free(lv);
    g_free(docs);
    g_ptr_array_free(vals.str, TRUE);
    g_hash_table_destroy(vals.num);
    staging_free(g);
    if (rc) /* leave the graph unbuilt and empty of frozen data */
        frozen_free(g);
    return rc;
}
