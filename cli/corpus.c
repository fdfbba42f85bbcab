/*
 * corpus.c - the commands' side of reading a corpus: extract.h's reading
 * with its lines printed and a progress line on a terminal, exit statuses,
 * and the documents fed into a graph (wiring extract to graph).
 */
#include <errno.h>
#include <glib.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void say(const char *line, void *user)
{
    (void)user;
    cg_msg("%s", line);
}

/* The progress line, started at the first file read (the total is known
 * only after the walk); NULL off a terminal. */
typedef struct progress_line {
    cg_progress *bar;
    int started;
} progress_line;

static void progress(size_t done, size_t total, size_t bytes, void *user)
{
    (void)done;
    progress_line *pl = user;
    if (!pl->started) { /* once: cg_progress_start asks isatty() */
        pl->bar = cg_progress_start(total, 0);
        pl->started = 1;
    }
    cg_progress_step(pl->bar, bytes);
}

/* glibc gives memory back as soon as 128 KB lie free at the top of a heap:
 * in a worker's arena that is an madvise(MADV_DONTNEED) most documents, and
 * in a threaded process each one flushes the other cores' TLBs (an IPI);
 * the memory is faulted in again by the next document. Measured on 9,030
 * files (bench/data/many-20, --jobs 2): 921 madvise calls a run, 1.5% of
 * perf samples in the TLB flush they cause, and their page faults; on 20
 * files of 5 MB (bench/data/big-100-20) 794 calls and twice the sys time.
 * 16 MB kept per arena ends that (2-3 calls). Setting the trim threshold
 * also freezes glibc's mmap threshold at 128 KB, which would map, fault in
 * and unmap every larger per-document buffer, so that is set to 16 MB too
 * (4 MB measured 3x the sys time on the 5 MB files). The cost: peak RSS
 * 5-10 MB higher on 5 MB documents (32 MB: ~15 MB), not growing with the
 * corpus. The program's choice, so here and not in the library. */
static void tune_malloc(void)
{
#ifdef __GLIBC__
    mallopt(M_TRIM_THRESHOLD, 16 << 20);
    mallopt(M_MMAP_THRESHOLD, 16 << 20);
#endif
}

/* After extraction the program holds one big structure that grows, the
 * graph, and no per-document buffers: glibc's defaults (mmap above 128 KB,
 * trim above 128 KB free) serve it, and what the workers' arenas kept under
 * the 16 MB thresholds goes back to the system. */
static void untune_malloc(void)
{
#ifdef __GLIBC__
    mallopt(M_TRIM_THRESHOLD, 128 << 10);
    mallopt(M_MMAP_THRESHOLD, 128 << 10);
    malloc_trim(0);
#endif
}

int cg_corpus_stream(char *const *paths, int npaths, const cg_corpus_opts *o, cg_corpus *c,
                     cg_doc_fn fn, void *user)
{
    tune_malloc();
    progress_line pl = {NULL, 0};
    cg_corpus_hooks h = {say, o->quiet ? NULL : progress, &pl};
    cg_corpus_result st = cg_corpus_extract(paths, npaths, o, &h, c, fn, user);
    cg_progress_end(pl.bar);
    return st == CG_CORPUS_OK ? CG_EXIT_OK : st == CG_CORPUS_DATA ? CG_EXIT_DATA : CG_EXIT_INPUT;
}

static int keep_all(cg_doc *d, size_t i, void *user)
{
    cg_corpus *c = user;
    if (!c->docs) /* the walk has decided n by now */
        c->docs = g_new0(cg_doc *, c->n);
    if (!d)
        return 0;
    if (c->docs[i]) /* the file's next document */
        cg_doc_append(c->docs[i], d);
    else
        c->docs[i] = d;
    return 1;
}

int cg_corpus_read(char *const *paths, int npaths, const cg_corpus_opts *o, cg_corpus *c)
{
    return cg_corpus_stream(paths, npaths, o, c, keep_all, c);
}

int cg_corpus_status(const cg_corpus *c)
{
    return c->failed || c->problems ? CG_EXIT_INPUT : CG_EXIT_OK;
}

cg_graph *cg_corpus_graph(const cg_corpus *c, cg_granularity gran)
{
    cg_error err;
    cg_graph *g = cg_corpus_build_graph(c, gran, &err);
    if (!g)
        cg_msg("building the graph: %s", err.msg);
    return g;
}

typedef struct feeding {
    cg_graph *g;
    cg_cut_table *cut; /* or NULL */
    cg_error err;
    int failed;
} feeding;

static int feed_one(cg_doc *d, size_t i, void *user)
{
    (void)i;
    feeding *f = user;
    if (d && !f->failed && cg_graph_feed(f->g, d, &f->err))
        f->failed = 1;
    if (d && f->cut)
        cg_cut_table_add(f->cut, d);
    return 0; /* the graph copied what it needs: free the document */
}

int cg_corpus_stream_graph(char *const *paths, int npaths, const cg_corpus_opts *o,
                           cg_granularity gran, cg_graph_keep keep, cg_corpus *c, cg_graph **out,
                           cg_cut_table *cut)
{
    *out = NULL;
    feeding f = {
        cg_graph_new_keep(gran, keep), cut, {0, ""},
           0
    };
    int rc = cg_corpus_stream(paths, npaths, o, c, feed_one, &f);
    /* The file list (two paths a file, ~110 bytes: 48 MB at 1 GB of the
     * many shape) is not needed once every file is read: freed before the
     * graph takes its most memory. */
    cg_walk_free(c->walk);
    c->walk = NULL;
    untune_malloc();
    if (!rc && !f.failed && cg_graph_build(f.g, &f.err))
        f.failed = 1;
    if (!rc && f.failed) {
        cg_msg("building the graph: %s", f.err.msg);
        rc = CG_EXIT_OUTPUT;
    }
    if (rc) {
        cg_graph_free(f.g);
        return rc;
    }
    *out = f.g;
    return 0;
}
