/*
 * versions.c - one document read in several languages: what the language
 * versions of a symbol disagree on.
 */
#include <glib.h>
#include <string.h>

#include "extract.h"

/* The key a citation is compared by across language versions. */
static char *gap_key(const cg_citation *ct)
{
    return g_strdup_printf("%s %s %s", ct->target, ct->relation, ct->location);
}

/* key -> number of citations of d with that key. */
static GHashTable *cite_counts(const cg_doc *d)
{
    GHashTable *h = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (size_t k = 0; k < cg_doc_citation_count(d); k++) {
        cg_citation ct;
        cg_doc_citation(d, k, &ct);
        char *key = gap_key(&ct);
        gpointer n = g_hash_table_lookup(h, key);
        g_hash_table_insert(h, key, GSIZE_TO_POINTER(GPOINTER_TO_SIZE(n) + 1));
    }
    return h;
}

/* Adds, in a's text order, the citations of a that b lacks (multisets: a
 * key twice in a and once in b is one gap). */
static void add_gaps(GArray *out, const cg_doc *a, const cg_doc *b, GHashTable *in_b)
{
    cg_doc_info ia, ib;
    cg_doc_get_info(a, &ia);
    cg_doc_get_info(b, &ib);
    GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (size_t k = 0; k < cg_doc_citation_count(a); k++) {
        cg_citation ct;
        cg_doc_citation(a, k, &ct);
        char *key = gap_key(&ct);
        size_t n = GPOINTER_TO_SIZE(g_hash_table_lookup(seen, key)) + 1;
        size_t have = GPOINTER_TO_SIZE(g_hash_table_lookup(in_b, key));
        if (n > have) {
            cg_language_gap gap = {ia.id, ia.lang, ib.lang, g_strdup(key)};
            g_array_append_val(out, gap);
        }
        g_hash_table_insert(seen, key, GSIZE_TO_POINTER(n));
    }
    g_hash_table_destroy(seen);
}

/* Every pair of language versions of one document (same id, different
 * language), both ways. Time: O(docs^2 + citations) in the worst case; the
 * pairs are found through a table by id. */
size_t cg_corpus_language_gaps(const cg_corpus *c, cg_language_gap **out)
{
    GArray *found = g_array_new(FALSE, FALSE, sizeof(cg_language_gap));
    GHashTable *by_id = g_hash_table_new_full(g_str_hash, g_str_equal, NULL,
                                              (GDestroyNotify)g_ptr_array_unref);
    GPtrArray *ids = g_ptr_array_new(); /* in corpus order */
    for (size_t i = 0; i < c->n; i++)
    for (cg_doc *d = c->docs[i]; d; d = cg_doc_next(d)) {
        cg_doc_info in;
        cg_doc_get_info(d, &in);
        if (!*in.lang || strncmp(in.id, "file:", 5) == 0)
            continue;
        GPtrArray *v = g_hash_table_lookup(by_id, in.id);
        if (!v) {
            v = g_ptr_array_new();
            g_hash_table_insert(by_id, (gpointer)in.id, v);
            g_ptr_array_add(ids, (gpointer)in.id);
        }
        g_ptr_array_add(v, d);
    }
    for (guint i = 0; i < ids->len; i++) {
        GPtrArray *v = g_hash_table_lookup(by_id, g_ptr_array_index(ids, i));
        for (guint a = 0; a < v->len; a++)
            for (guint b = a + 1; b < v->len; b++) {
                const cg_doc *da = g_ptr_array_index(v, a), *db = g_ptr_array_index(v, b);
                cg_doc_info ia, ib;
                cg_doc_get_info(da, &ia);
                cg_doc_get_info(db, &ib);
                if (strcmp(ia.lang, ib.lang) == 0)
                    continue; /* two copies of one version: not a language gap */
                GHashTable *ca = cite_counts(da), *cb = cite_counts(db);
                add_gaps(found, da, db, cb);
                add_gaps(found, db, da, ca);
                g_hash_table_destroy(ca);
                g_hash_table_destroy(cb);
            }
    }
    g_ptr_array_free(ids, TRUE);
    g_hash_table_destroy(by_id);
    size_t n = found->len;
    *out = (cg_language_gap *)(void *)g_array_free(found, FALSE);
    return n;
}

void cg_language_gaps_free(cg_language_gap *g, size_t n)
{
    for (size_t i = 0; i < n; i++)
        g_free(g[i].what);
    g_free(g);
}

