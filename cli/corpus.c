/*
 * corpus.c - reading every file of a corpus, in parallel, into memory, and
 * turning it into a graph. Results are kept in walk order, so output does
 * not depend on the number of threads.
 */
#include <errno.h>
#include <glib.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

typedef struct work {
    cg_corpus *c;
    const cg_read_options *ro;
    const cg_manifest *manifest;
    atomic_size_t next;
    cg_error *errs;
} work;

static void *worker(void *arg)
{
    work *w = arg;
    for (;;) {
        size_t i = atomic_fetch_add(&w->next, 1);
        if (i >= w->c->n)
            break;
        const char *f = cg_walk_file(w->c->walk, i);
        cg_read_options ro;
        cg_manifest_apply(w->manifest, f, w->ro, &ro);
        cg_extract_file(w->c->x, f, &ro, &w->c->docs[i], &w->errs[i]);
    }
    return NULL;
}

/* The manifests that apply: --manifest FILE, and citegraph.tsv in each
 * folder named on the command line. */
static cg_manifest *load_manifests(char *const *paths, int npaths,
                                   const cg_corpus_opts *o, int *bad)
{
    cg_manifest *m = cg_manifest_new();
    cg_error err;
    if (o->manifest && cg_manifest_load(m, o->manifest, &err)) {
        cg_msg("%s: %s", o->manifest, err.msg);
        *bad = 1;
    }
    for (int i = 0; i < npaths; i++) {
        if (!g_file_test(paths[i], G_FILE_TEST_IS_DIR))
            continue;
        char *p = g_build_filename(paths[i], "citegraph.tsv", NULL);
        if (g_file_test(p, G_FILE_TEST_IS_REGULAR) && cg_manifest_load(m, p, &err)) {
            cg_msg("%s: %s", p, err.msg);
            *bad = 1;
        }
        g_free(p);
    }
    return m;
}

/* Why a file was skipped, in a word, for the summary line. */
static const char *reason(int code)
{
    switch (code) {
    case ENOENT: return "missing";
    case EACCES: return "not permitted";
    case EISDIR: return "a folder";
    case EILSEQ: return "binary or undecodable";
    case EMSGSIZE: return "empty";
    case EFBIG: return "too large";
    case EPERM: return "encrypted PDF";
    case EIO: return "damaged";
    default: return "unreadable";
    }
}

/* Two files that claim one symbol in one language are most likely a
 * duplicate or a misidentified file: said, and both kept. */
static void warn_duplicates(const cg_corpus *c)
{
    GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (size_t i = 0; i < c->n; i++) {
        if (!c->docs[i])
            continue;
        cg_doc_info in;
        cg_doc_get_info(c->docs[i], &in);
        if (!strncmp(in.id, "file:", 5))
            continue;
        char *key = g_strconcat(in.id, "\x1f", in.lang, NULL);
        const char *first = g_hash_table_lookup(seen, key);
        if (first) {
            cg_msg("%s: warning: %s (%s) is also %s; both kept as one document",
                   in.file, in.id, *in.lang ? in.lang : "language unknown", first);
            g_free(key);
        } else {
            g_hash_table_insert(seen, key, (gpointer)in.file);
        }
    }
    g_hash_table_destroy(seen);
}

int cg_corpus_read(char *const *paths, int npaths, const cg_corpus_opts *o,
                   cg_corpus *c)
{
    memset(c, 0, sizeof *c);
    cg_error err;
    c->x = cg_extractor_new(o->data_dir, &err);
    if (!c->x) {
        cg_msg("%s", err.msg);
        return CG_EXIT_DATA;
    }
    int bad_manifest = 0;
    cg_manifest *manifest = load_manifests(paths, npaths, o, &bad_manifest);
    if (bad_manifest) {
        cg_manifest_free(manifest);
        return CG_EXIT_INPUT;
    }
    if (cg_walk_paths((const char *const *)paths, (size_t)npaths, &c->walk, &err)) {
        cg_manifest_free(manifest);
        cg_msg("%s", err.msg);
        return CG_EXIT_INPUT;
    }
    for (size_t i = 0; i < cg_walk_problem_count(c->walk); i++)
        cg_msg("%s", cg_walk_problem(c->walk, i));
    c->problems = cg_walk_problem_count(c->walk);
    c->n = cg_walk_count(c->walk);
    c->docs = calloc(c->n ? c->n : 1, sizeof *c->docs);
    cg_error *errs = calloc(c->n ? c->n : 1, sizeof *errs);
    if (!c->docs || !errs) {
        free(errs);
        cg_manifest_free(manifest);
        cg_msg("out of memory");
        return CG_EXIT_INPUT;
    }
    cg_read_options ro = {o->lang, o->encoding, NULL, NULL, NULL, o->keep_text};
    int jobs = o->jobs > 0 ? o->jobs : (int)sysconf(_SC_NPROCESSORS_ONLN);
    if (jobs < 1)
        jobs = 1;
    if ((size_t)jobs > c->n)
        jobs = c->n ? (int)c->n : 1;
    work w = {c, &ro, manifest, 0, errs};
    pthread_t *t = calloc((size_t)jobs, sizeof *t);
    int started = 0;
    for (int i = 1; t && i < jobs; i++)
        if (pthread_create(&t[i], NULL, worker, &w) == 0)
            started = i;
        else
            break;
    worker(&w);
    for (int i = 1; i <= started; i++)
        pthread_join(t[i], NULL);
    free(t);
    GHashTable *why = g_hash_table_new(g_str_hash, g_str_equal);
    for (size_t i = 0; i < c->n; i++) {
        const char *f = cg_walk_file(c->walk, i);
        if (!c->docs[i]) {
            cg_msg("%s: %s; skipped", f, errs[i].msg);
            c->failed++;
            const char *r = reason(errs[i].code);
            g_hash_table_replace(why, (gpointer)r,
                                 GSIZE_TO_POINTER(GPOINTER_TO_SIZE(g_hash_table_lookup(why, r)) + 1));
            continue;
        }
        if (!o->quiet)
            for (size_t k = 0; k < cg_doc_warning_count(c->docs[i]); k++)
                cg_msg("%s: warning: %s", f, cg_doc_warning(c->docs[i], k));
    }
    free(errs);
    cg_manifest_free(manifest);
    if (!o->quiet)
        warn_duplicates(c);
    if (c->failed || c->problems) {
        /* The summary: how many files were read, skipped, and why. */
        GString *s = g_string_new(NULL);
        GList *keys = g_list_sort(g_hash_table_get_keys(why), (GCompareFunc)strcmp);
        for (GList *k = keys; k; k = k->next)
            g_string_append_printf(s, "%s%zu %s", s->len ? ", " : "",
                                   GPOINTER_TO_SIZE(g_hash_table_lookup(why, k->data)),
                                   (const char *)k->data);
        g_list_free(keys);
        cg_msg("read %zu file(s); skipped %zu (%s)%s%zu path(s) could not be walked",
               c->n - c->failed, c->failed, s->len ? s->str : "none",
               "; ", c->problems);
        g_string_free(s, TRUE);
    }
    g_hash_table_destroy(why);
    if (c->n == 0 && c->problems == 0) {
        cg_msg("no .txt or .pdf file found in the given paths");
        return CG_EXIT_INPUT;
    }
    if (c->n == c->failed)     /* nothing at all could be read */
        return CG_EXIT_INPUT;
    return CG_EXIT_OK;
}

int cg_corpus_status(const cg_corpus *c)
{
    return c->failed || c->problems ? CG_EXIT_INPUT : CG_EXIT_OK;
}

void cg_corpus_free(cg_corpus *c)
{
    for (size_t i = 0; c->docs && i < c->n; i++)
        cg_doc_free(c->docs[i]);
    free(c->docs);
    cg_walk_free(c->walk);
    cg_extractor_free(c->x);
    memset(c, 0, sizeof *c);
}

cg_graph *cg_corpus_graph(const cg_corpus *c, cg_granularity gran)
{
    cg_graph *g = cg_graph_new(gran);
    if (!g) {
        cg_msg("out of memory");
        return NULL;
    }
    cg_error err;
    for (size_t i = 0; i < c->n; i++) {
        const cg_doc *d = c->docs[i];
        if (!d)
            continue;
        cg_doc_info in;
        cg_doc_get_info(d, &in);
        char session[32];
        snprintf(session, sizeof session, "%s", in.session);
        cg_graph_doc gd = {in.id, in.kind, in.body, in.date, in.title, in.lang,
                           in.session, in.file, in.vote_yes, in.vote_no,
                           in.vote_abstain};
        if (cg_graph_add_doc(g, &gd, &err))
            goto fail;
        for (size_t k = 0; k < cg_doc_citation_count(d); k++) {
            cg_citation ct;
            cg_doc_citation(d, k, &ct);
            cg_graph_cite gc = {ct.doc, ct.target, ct.kind, ct.body, ct.date,
                                ct.parent[0] ? ct.parent : NULL, ct.relation,
                                ct.location};
            if (cg_graph_add_cite(g, &gc, &err))
                goto fail;
        }
    }
    if (cg_graph_build(g, &err))
        goto fail;
    return g;
fail:
    cg_msg("building the graph: %s", err.msg);
    cg_graph_free(g);
    return NULL;
}
