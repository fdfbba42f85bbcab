/*
 * corpus.c - reading every file of a corpus in parallel and handing the
 * documents to the caller in walk order (so output does not depend on the
 * number of threads), with a bounded number in flight (so memory does not
 * grow with the corpus). What a person should be told goes to the caller's
 * say hook, one line at a time; nothing here prints.
 */
#include <errno.h>
#include <stdarg.h>
#include <glib.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "extract.h"

/* One message line to the caller's hook, printf-style. */
static void say(const cg_corpus_hooks *h, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static void say(const cg_corpus_hooks *h, const char *fmt, ...)
{
    if (!h || !h->say)
        return;
    va_list ap;
    va_start(ap, fmt);
    char *m = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    h->say(m, h->user);
    g_free(m);
}

/* The manifests that apply: --manifest FILE, and citegraph.tsv in each
 * folder named on the command line. */
static cg_manifest *load_manifests(char *const *paths, int npaths, const cg_corpus_opts *o,
                                   const cg_corpus_hooks *h, int *bad)
{
    cg_manifest *m = cg_manifest_new();
    cg_error err;
    if (o->manifest && cg_manifest_load(m, o->manifest, &err)) {
        say(h, "%s: %s", o->manifest, err.msg);
        *bad = 1;
    }
    for (int i = 0; i < npaths; i++) {
        if (!g_file_test(paths[i], G_FILE_TEST_IS_DIR))
            continue;
        char *p = g_build_filename(paths[i], "citegraph.tsv", NULL);
        if (g_file_test(p, G_FILE_TEST_IS_REGULAR) && cg_manifest_load(m, p, &err)) {
            say(h, "%s: %s", p, err.msg);
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

/* A warning's kind: its text with numbers as N and quoted words as '…', so
 * that 18,000 files' "invalid UTF-8 at byte 812" count as one kind. */
char *cg_warning_kind(const char *w)
{
    GString *k = g_string_new(NULL);
    for (const char *p = w; *p; p++) {
        /* A number, not the digits of a word ("UTF-8" stays). */
        if (g_ascii_isdigit(*p) && (p == w || !(g_ascii_isalnum(p[-1]) || p[-1] == '-'))) {
            while (g_ascii_isdigit(p[1]))
                p++;
            g_string_append_c(k, 'N');
        } else if (*p == '\'' && strchr(p + 1, '\'')) {
            p = strchr(p + 1, '\'');
            g_string_append(k, "'\u2026'");
        } else {
            g_string_append_c(k, *p);
        }
    }
    return g_string_free(k, FALSE);
}

/* Warnings of one kind printed before they are only counted. */
#define CG_WARN_SHOWN 3

/* Files being read at once, per thread: enough to keep every thread busy
 * while the consumer writes, few enough that memory stays bounded by the
 * largest files, not by the corpus (a finished document holds its
 * citations, not its text). */
#define CG_WINDOW_PER_JOB 16

/* Files a worker takes at once: a 2 KB document is extracted in ~50 µs, so
 * taking them one by one under the lock made the handing over (a futex
 * wake-up and a context switch per document) a sixth of the run. */
#define CG_CLAIM 4

/* ... but a batch of big documents is handed over as soon as this much text
 * is done: their records are what memory holds while they wait. */
#define CG_BATCH_BYTES (1u << 20)

typedef struct slot {
    cg_doc *doc;
    cg_error err;
    size_t bytes; /* the document's text_bytes */
    int ready;
    int by; /* the worker that read it */
} slot;

/* Who waits for whom. Every wake-up is a system call and a context switch,
 * so each side sleeps until there is a batch of work for it: the consumer
 * until the next `batch` documents are done (or the last ones), a worker
 * until half the window is free again; and each side wakes the other only
 * when it is asleep and its condition holds. */
typedef struct pipeline {
    cg_corpus *c;
    const cg_read_options *ro;
    const cg_manifest *manifest;
    slot *slots; /* ring of `window` slots: file i in i % window */
    size_t window;
    int jobs;           /* workers */
    size_t batch;       /* window / 2 */
    size_t next;        /* next file to hand to a worker */
    size_t consumed;    /* files the consumer is done with */
    size_t want;        /* the consumer sleeps until slots consumed..want-1 are ready */
    size_t ready_bytes; /* text of the ready slots not yet consumed */
    int consumer_waits;
    int workers_wait; /* workers asleep for want of space */
    pthread_mutex_t lock;
    pthread_cond_t ready, space;
    /* Documents written and done with, per worker that made them: each
     * worker frees its own when it next claims files. Freed by the
     * consumer, a document made in a worker's malloc arena took that
     * arena's lock against the worker, and the futex waits were a tenth
     * of the consumer's time (perf, many-20, --jobs 1). */
    GPtrArray **dead;
} pipeline;

typedef struct worker_arg {
    pipeline *p;
    int id;
} worker_arg;

/* Under the lock: slots consumed..want-1 all ready, or the next one ready
 * and CG_BATCH_BYTES of text done. */
static int batch_ready(const pipeline *p)
{
    if (p->slots[p->consumed % p->window].ready && p->ready_bytes >= CG_BATCH_BYTES)
        return 1;
    for (size_t i = p->consumed; i < p->want; i++)
        if (!p->slots[i % p->window].ready)
            return 0;
    return 1;
}

static void *worker(void *arg)
{
    pipeline *p = ((worker_arg *)arg)->p;
    int id = ((worker_arg *)arg)->id;
    GPtrArray *done = g_ptr_array_new(); /* p->dead[id], taken under the lock */
    struct {
        size_t i;
        cg_doc *d;
        cg_error err;
    } got[CG_CLAIM];
    for (;;) {
        pthread_mutex_lock(&p->lock);
        if (p->next < p->c->n && p->next >= p->consumed + p->window) {
            p->workers_wait++;
            while (p->next < p->c->n && p->next + p->batch > p->consumed + p->window)
                pthread_cond_wait(&p->space, &p->lock);
            p->workers_wait--;
        }
        if (p->next >= p->c->n) {
            pthread_mutex_unlock(&p->lock);
            g_ptr_array_free(done, TRUE);
            return NULL;
        }
        size_t first = p->next, k = p->consumed + p->window - p->next;
        if (k > CG_CLAIM)
            k = CG_CLAIM;
        /* Near the end, fewer at a time, so that no worker is left with
         * four big files while the others are done (20 files of 5 MB gave
         * one worker 12 and the other 8). */
        size_t share = (p->c->n - first) / (2 * (size_t)p->jobs);
        if (k > share)
            k = share > 0 ? share : 1;
        if (k > p->c->n - first)
            k = p->c->n - first;
        p->next += k;
        GPtrArray *swap = p->dead[id];
        p->dead[id] = done;
        done = swap;
        pthread_mutex_unlock(&p->lock);
        for (guint j = 0; j < done->len; j++)
            cg_doc_free(g_ptr_array_index(done, j));
        g_ptr_array_set_size(done, 0);

        for (size_t j = 0; j < k; j++) {
            size_t i = first + j;
            const char *f = cg_walk_file(p->c->walk, i);
            cg_read_options ro;
            cg_manifest_apply(p->manifest, f, p->ro, &ro);
            ro.id_name = cg_walk_rel(p->c->walk, i);
            got[j].i = i;
            got[j].d = NULL;
            cg_error_clear(&got[j].err);
            cg_extract_file(p->c->x, f, &ro, &got[j].d, &got[j].err);
        }

        pthread_mutex_lock(&p->lock);
        for (size_t j = 0; j < k; j++) {
            slot *s = &p->slots[got[j].i % p->window];
            s->doc = got[j].d;
            s->err = got[j].err;
            s->ready = 1;
            s->by = id;
            if (s->doc) {
                cg_doc_info in;
                cg_doc_get_info(s->doc, &in);
                s->bytes = in.text_bytes;
                p->ready_bytes += s->bytes;
            }
        }
        if (p->consumer_waits && batch_ready(p))
            pthread_cond_signal(&p->ready);
        pthread_mutex_unlock(&p->lock);
    }
}

/* Two files that claim one symbol in one language are most likely a
 * duplicate or a misidentified file: said, and both kept. */
static void note_duplicate(GHashTable *seen, const cg_walk *w, size_t i, const cg_doc *d,
                           const cg_corpus_hooks *h)
{
    cg_doc_info in;
    cg_doc_get_info(d, &in);
    if (!strncmp(in.id, "file:", 5))
        return;
    char *key = g_strconcat(in.id, "\x1f", in.lang, NULL);
    /* The first file's walk index + 1, not a copy of its name: this table
     * holds every document of the corpus. */
    size_t first_i = GPOINTER_TO_SIZE(g_hash_table_lookup(seen, key));
    const char *first = first_i ? cg_walk_file(w, first_i - 1) : NULL;
    if (first) {
        say(h, "%s: warning: %s (%s) is also %s; both kept as one document", in.file, in.id,
            *in.lang ? in.lang : "language unknown", first);
        g_free(key);
    } else {
        g_hash_table_insert(seen, key, GSIZE_TO_POINTER(i + 1));
    }
}

cg_corpus_result cg_corpus_extract(char *const *paths, int npaths, const cg_corpus_opts *o,
                                   const cg_corpus_hooks *h, cg_corpus *c, cg_doc_fn fn, void *user)
{
    memset(c, 0, sizeof *c);
    cg_error err;
    c->x = cg_extractor_new(o->data_dir, &err);
    if (!c->x) {
        say(h, "%s", err.msg);
        return CG_CORPUS_DATA;
    }
    int bad_manifest = 0;
    cg_manifest *manifest = load_manifests(paths, npaths, o, h, &bad_manifest);
    if (bad_manifest) {
        cg_manifest_free(manifest);
        return CG_CORPUS_UNREAD;
    }
    cg_walk_paths_opt((const char *const *)paths, (size_t)npaths, o->follow_links, &c->walk, &err);
    for (size_t i = 0; i < cg_walk_problem_count(c->walk); i++)
        say(h, "%s", cg_walk_problem(c->walk, i));
    c->problems = cg_walk_problem_count(c->walk);
    c->n = cg_walk_count(c->walk);

    int jobs = o->jobs > 0 ? o->jobs : (int)sysconf(_SC_NPROCESSORS_ONLN);
    if (jobs < 1)
        jobs = 1;
    if ((size_t)jobs > c->n)
        jobs = c->n ? (int)c->n : 1;
    cg_cache *cache = NULL;
    if (!o->no_cache && !o->keep_text) {
        char *dir = o->cache_dir ? g_strdup(o->cache_dir) : cg_cache_default_dir();
        cache = cg_cache_open(dir, c->x, &err);
        if (!cache && !o->quiet) /* not fatal: the run goes on uncached */
            say(h, "warning: %s; running without a cache", err.msg);
        g_free(dir);
    }
    cg_read_options ro = {o->lang, o->encoding, NULL, NULL, NULL, o->keep_text, cache, NULL};
    pipeline p = {.c = c,
                  .ro = &ro,
                  .manifest = manifest,
                  .window = (size_t)jobs * CG_WINDOW_PER_JOB,
                  .jobs = jobs,
                  .batch = (size_t)jobs * CG_WINDOW_PER_JOB / 2,
                  .lock = PTHREAD_MUTEX_INITIALIZER,
                  .ready = PTHREAD_COND_INITIALIZER,
                  .space = PTHREAD_COND_INITIALIZER};
    p.slots = g_new0(slot, p.window);
    p.dead = g_new(GPtrArray *, (size_t)jobs);
    for (int i = 0; i < jobs; i++)
        p.dead[i] = g_ptr_array_new();
    pthread_t *t = g_new0(pthread_t, (size_t)jobs);
    worker_arg *args = g_new(worker_arg, (size_t)jobs);
    int started = 0;
    for (int i = 0; i < jobs && c->n > 0; i++) {
        args[started] = (worker_arg){&p, started};
        if (pthread_create(&t[started], NULL, worker, &args[started]) == 0)
            started++;
    }
    if (started == 0 && c->n > 0) {
        for (int i = 0; i < jobs; i++)
            g_ptr_array_free(p.dead[i], TRUE);
        g_free(p.dead);
        g_free(args);
        g_free(p.slots);
        g_free(t);
        cg_cache_free(cache);
        cg_manifest_free(manifest);
        say(h, "cannot start a thread");
        return CG_CORPUS_UNREAD;
    }

    GHashTable *why = g_hash_table_new(g_str_hash, g_str_equal);
    GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    GHashTable *warned = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (size_t i = 0; i < c->n; i++) {
        slot *s = &p.slots[i % p.window];
        pthread_mutex_lock(&p.lock);
        if (!s->ready) {
            p.want = i + p.batch < c->n ? i + p.batch : c->n;
            p.consumer_waits = 1;
            while (!batch_ready(&p))
                pthread_cond_wait(&p.ready, &p.lock);
            p.consumer_waits = 0;
        }
        cg_doc *d = s->doc;
        cg_error e = s->err;
        int by = s->by;
        s->ready = 0;
        s->doc = NULL;
        p.ready_bytes -= s->bytes;
        s->bytes = 0;
        pthread_mutex_unlock(&p.lock);

        const char *f = cg_walk_file(c->walk, i);
        if (!d) {
            say(h, "%s: %s; skipped", f, e.msg);
            c->failed++;
            const char *r = reason(e.code);
            g_hash_table_replace(
                why, (gpointer)r,
                GSIZE_TO_POINTER(GPOINTER_TO_SIZE(g_hash_table_lookup(why, r)) + 1));
            if (fn)
                fn(NULL, i, user);
        }
        /* A file holding several documents gives them one after the other,
         * each handed over on its own. */
        size_t bytes = 0;
        GPtrArray *done = g_ptr_array_new();
        for (cg_doc *next; d; d = next) {
            next = cg_doc_detach_next(d);
            if (!o->quiet) {
                for (size_t k = 0; k < cg_doc_warning_count(d); k++) {
                    char *kind = cg_warning_kind(cg_doc_warning(d, k));
                    size_t n = GPOINTER_TO_SIZE(g_hash_table_lookup(warned, kind)) + 1;
                    if (o->verbose || n <= CG_WARN_SHOWN)
                        say(h, "%s: warning: %s", f, cg_doc_warning(d, k));
                    g_hash_table_replace(warned, kind, GSIZE_TO_POINTER(n));
                }
                note_duplicate(seen, c->walk, i, d, h);
            }
            cg_doc_info in;
            cg_doc_get_info(d, &in);
            bytes += in.text_bytes;
            for (size_t k = 0; k < cg_doc_citation_count(d); k++) {
                cg_citation ct;
                cg_doc_citation(d, k, &ct);
                c->citations++;
                c->unresolved += !ct.resolved;
            }
            if (!fn || !fn(d, i, user))
                g_ptr_array_add(done, d);
        }
        if (bytes && h && h->progress)
            h->progress(i + 1, c->n, bytes, h->user);

        pthread_mutex_lock(&p.lock);
        for (guint j = 0; j < done->len; j++)
            g_ptr_array_add(p.dead[by], g_ptr_array_index(done, j));
        g_ptr_array_free(done, TRUE);
        p.consumed = i + 1;
        if (p.workers_wait && p.next + p.batch <= p.consumed + p.window)
            pthread_cond_broadcast(&p.space);
        pthread_mutex_unlock(&p.lock);
    }
    for (int i = 0; i < started; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < jobs; i++) {
        for (guint j = 0; j < p.dead[i]->len; j++)
            cg_doc_free(g_ptr_array_index(p.dead[i], j));
        g_ptr_array_free(p.dead[i], TRUE);
    }
    g_free(p.dead);
    g_free(args);
    g_free(t);
    g_free(p.slots);
    pthread_mutex_destroy(&p.lock);
    pthread_cond_destroy(&p.ready);
    pthread_cond_destroy(&p.space);
    cg_manifest_free(manifest);
    cg_cache_free(cache);
    g_hash_table_destroy(seen);
    if (!o->verbose) {
        /* The rest of each kind, counted (sorted, so the lines are stable). */
        GList *keys = g_list_sort(g_hash_table_get_keys(warned), (GCompareFunc)strcmp);
        for (GList *k = keys; k; k = k->next) {
            size_t n = GPOINTER_TO_SIZE(g_hash_table_lookup(warned, k->data));
            if (n > CG_WARN_SHOWN)
                say(h, "warning: %zu more like \"%s\" (%zu in all; -v lists each)",
                    n - CG_WARN_SHOWN, (const char *)k->data, n);
        }
        g_list_free(keys);
    }
    g_hash_table_destroy(warned);

    if (c->failed || c->problems) {
        /* The summary: how many files were read, skipped, and why. */
        GString *sum = g_string_new(NULL);
        GList *keys = g_list_sort(g_hash_table_get_keys(why), (GCompareFunc)strcmp);
        for (GList *k = keys; k; k = k->next)
            g_string_append_printf(sum, "%s%zu %s", sum->len ? ", " : "",
                                   GPOINTER_TO_SIZE(g_hash_table_lookup(why, k->data)),
                                   (const char *)k->data);
        g_list_free(keys);
        say(h, "read %zu file(s); skipped %zu (%s); %zu path(s) could not be walked",
            c->n - c->failed, c->failed, sum->len ? sum->str : "none", c->problems);
        g_string_free(sum, TRUE);
    }
    g_hash_table_destroy(why);
    if (c->n == 0 && c->problems == 0) {
        say(h, "no .txt or .pdf file found in the given paths");
        return CG_CORPUS_UNREAD;
    }
    if (c->n == c->failed) /* nothing at all could be read */
        return CG_CORPUS_UNREAD;
    return CG_CORPUS_OK;
}

void cg_corpus_free(cg_corpus *c)
{
    for (size_t i = 0; c->docs && i < c->n; i++)
        cg_doc_free(c->docs[i]);
    g_free(c->docs);
    cg_walk_free(c->walk);
    cg_extractor_free(c->x);
    memset(c, 0, sizeof *c);
}
