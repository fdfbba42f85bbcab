/*
 * versions.c - one document read in several languages (or copies): the
 * versions merged into one description, and the citations one language
 * version has and another lacks.
 */
#include <glib.h>
#include <stddef.h>
#include <string.h>

#include "extract.h"

/* The key a citation is compared by across language versions. */
static char *gap_key(const cg_citation *ct)
{
    char *loc = cg_location_format(&ct->location);
    char *what = g_strdup_printf("%s %s %s", ct->target, ct->relation, loc);
    g_free(loc);
    return what;
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
    GHashTable *by_id =
        g_hash_table_new_full(g_str_hash, g_str_equal, NULL, (GDestroyNotify)g_ptr_array_unref);
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

/* "field: lang value, lang value" when the versions' non-empty values of
 * a field differ; NULL when they agree. */
static char *disagreement(const cg_doc *const *v, size_t n, const char *field, size_t off)
{
    GString *s = NULL;
    const char *first = NULL;
    int differ = 0;
    for (size_t k = 0; k < n; k++) {
        cg_doc_info x;
        cg_doc_get_info(v[k], &x);
        const char *v = *(const char *const *)((const char *)&x + off);
        if (!v || !*v)
            continue;
        if (first && strcmp(first, v))
            differ = 1;
        if (!first)
            first = v;
    }
    if (!differ)
        return NULL;
    s = g_string_new(field);
    g_string_append(s, ":");
    for (size_t k = 0; k < n; k++) {
        cg_doc_info x;
        cg_doc_get_info(v[k], &x);
        const char *v = *(const char *const *)((const char *)&x + off);
        if (v && *v)
            g_string_append_printf(s, " %s %s (%s)", *x.lang ? x.lang : "?", v, x.file);
    }
    return g_string_free(s, FALSE);
}

void cg_doc_merge_versions(const cg_doc *const *v, size_t n, cg_doc_merge *mg)
{
    memset(mg, 0, sizeof *mg);
    mg->conflicts = g_ptr_array_new_with_free_func(g_free);
    mg->shown = v[0];
    for (size_t k = 0; k < n; k++) {
        cg_doc_info x;
        cg_doc_get_info(v[k], &x);
        if (!strcmp(x.lang, "en")) {
            mg->shown = v[k];
            break;
        }
    }
    cg_doc_get_info(mg->shown, &mg->info);
    mg->vote_from = mg->shown;
    /* Empty fields of the shown version from the first version that has
     * them: a date stated in one language version is every version's. */
    for (size_t k = 0; k < n; k++) {
        const cg_doc *d = v[k];
        cg_doc_info x;
        cg_doc_get_info(d, &x);
        cg_doc_info *in = &mg->info;
        if (!*in->date && *x.date) {
            in->date = x.date;
            in->date_source = x.date_source;
        }
        if (!*in->body && *x.body)
            in->body = x.body;
        if (!*in->session && *x.session)
            in->session = x.session;
        if (!*in->agenda_item && *x.agenda_item)
            in->agenda_item = x.agenda_item;
        if (!*in->title && *x.title) {
            in->title = x.title;
            in->title_source = x.title_source;
        }
        if (!in->meeting && x.meeting)
            in->meeting = x.meeting;
        if (!*in->act && *x.act) {
            in->act = x.act;
            in->act_years = x.act_years;
        }
        if (!in->vote_recorded && !in->vote_without && (x.vote_recorded || x.vote_without)) {
            in->vote_recorded = x.vote_recorded;
            in->vote_without = x.vote_without;
            in->vote_yes = x.vote_yes;
            in->vote_no = x.vote_no;
            in->vote_abstain = x.vote_abstain;
            in->vote_mismatch = x.vote_mismatch;
            mg->vote_from = d;
        }
    }
    static const struct {
        const char *name;
        size_t off;
    } fields[] = {
        {"date",        offsetof(cg_doc_info, date)       },
        {"body",        offsetof(cg_doc_info, body)       },
        {"session",     offsetof(cg_doc_info, session)    },
        {"agenda_item", offsetof(cg_doc_info, agenda_item)},
    };
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        char *c = disagreement(v, n, fields[i].name, fields[i].off);
        if (c)
            g_ptr_array_add(mg->conflicts, c);
    }
    /* Citations counted once: per target, the most mentions one version
     * (or copy) has, since every version cites the same documents. */
    GHashTable *most = g_hash_table_new(g_str_hash, g_str_equal);
    for (size_t k = 0; k < n; k++) {
        const cg_doc *d = v[k];
        GHashTable *here = g_hash_table_new(g_str_hash, g_str_equal);
        for (size_t i = 0; i < cg_doc_citation_count(d); i++) {
            cg_citation ct;
            cg_doc_citation(d, i, &ct);
            gpointer n = g_hash_table_lookup(here, ct.target);
            g_hash_table_insert(here, (gpointer)ct.target,
                                GSIZE_TO_POINTER(GPOINTER_TO_SIZE(n) + 1));
        }
        GHashTableIter it;
        gpointer key, val;
        g_hash_table_iter_init(&it, here);
        while (g_hash_table_iter_next(&it, &key, &val))
            if (GPOINTER_TO_SIZE(val) > GPOINTER_TO_SIZE(g_hash_table_lookup(most, key)))
                g_hash_table_insert(most, key, val);
        g_hash_table_destroy(here);
    }
    GHashTableIter it;
    gpointer key, val;
    g_hash_table_iter_init(&it, most);
    while (g_hash_table_iter_next(&it, &key, &val))
        mg->citations += GPOINTER_TO_SIZE(val);
    g_hash_table_destroy(most);
}

void cg_doc_merge_clear(cg_doc_merge *mg)
{
    g_ptr_array_unref(mg->conflicts);
}
