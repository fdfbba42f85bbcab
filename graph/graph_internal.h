/*
 * graph_internal.h - the cg_graph struct and helpers shared by the graph/ sources.
 *
 * Not installed, not for other stages: they see graph.h only.
 *
 * A graph lives in two phases. While records are added (built == 0) it holds
 * staging data (build.c: numbered vertices, edges keyed by their ends in
 * GLib hash tables); cg_graph_build() sorts that into flat arrays of vertex
 * and edge records (the frozen phase) and drops the staging data. Every
 * query works on the frozen arrays; the algorithms that use igraph make an
 * igraph_t from them when they run; derived graphs (lineage, reduction) are
 * made by copying a subset of those arrays with cg_graph__derive(). A
 * CG_KEEP_RANK graph computes its scores (scores.c) from the staging edges
 * at build and keeps no edge records.
 */
#ifndef CG_GRAPH_INTERNAL_H
#define CG_GRAPH_INTERNAL_H

#include <glib.h>
#include <igraph.h>

#include "graph.h"

/* One vertex of a frozen graph. Strings are never NULL ("" = unknown); id,
 * title, titles and file are owned (an empty title, titles or file may be
 * build.c's one shared "", which cg_graph_free knows), the values that repeat from vertex to
 * vertex (kind, body, date, languages, session) are interned in the graph's
 * strs (cg_graph__str) and not freed one by one. */
typedef struct cg_vrec {
    char *id, *kind, *body, *date, *title, *languages, *session, *file;
    char *titles;                        /* every language version's title, sorted,
                                  one a line (for series); may be NULL */
    int year;                            /* from date, 0 when unknown */
    int in_corpus;                       /* 1 when a cg_graph_doc was added */
    int vote_yes, vote_no, vote_abstain; /* -1 when unknown */
    int cited_by_docs;                   /* in-degree over "cites" edges (recomputed) */
    int mentions;                        /* sum of mentions over "cites" in-edges */
} cg_vrec;

/* One edge of a frozen graph. */
typedef struct cg_erec {
    size_t from, to; /* vertex indices */
    int partof;      /* 0 = "cites", 1 = "part-of" */
    int mentions;    /* 0 for part-of */
    char *relations; /* sorted unique, comma-separated; in the graph's strs */
    char *locations; /* idem */
} cg_erec;

struct cg_graph {
    cg_granularity gran; /* fixed at creation */
    cg_graph_keep keep;  /* idem */
    int built;           /* 0 = staging, 1 = frozen */

    /* staging (built == 0), build.c */
    GHashTable *pv_by_id; /* id (in ids) -> vertex number + 1 */
    GPtrArray *pv_mem;    /* blocks of vertices, by number */
    guint32 npv;          /* vertices so far */
    GStringChunk *ids;    /* their ids */
    GHashTable *pe;       /* edge key -> edge number + 1 */
    GHashTable *pe_file;  /* edge key -> citations of the current file */
    GArray *pe_mentions;  /* gint32 by edge number */
    GArray *pe_sets;      /* guint32[2] by edge number: relation and
                                location set ids (CG_KEEP_ALL), or NULL */
    GPtrArray *sets;      /* set id -> string (pool); 0 = none */
    GHashTable *set_ids;  /* set string -> id + 1 */
    GStringChunk *pool;   /* interned staging strings */

    /* frozen (built == 1) */
    GStringChunk *strs; /* interned strings of v[] and e[] (cg_graph__str) */
    size_t nv, ne;      /* vertex and edge counts */
    cg_vrec *v;         /* nv records, sorted by id (strcmp) */
    cg_erec *e;         /* ne records, sorted by (from, to, partof) */
    size_t *out_off;    /* nv+1: out-edges of u are e[out_off[u]..out_off[u+1]) */
    size_t *in_off;     /* nv+1: in-edges of u are in_edge[in_off[u]..] */
    size_t *in_edge;    /* ne edge indices grouped by target, by from */
    GHashTable *index;  /* char *id (owned by v) -> GSIZE_TO_POINTER(i+1) */
    double *pr, *au;    /* CG_KEEP_RANK: scores computed by build (nv each) */
};

/* Edge type names, indexed by cg_erec.partof. */
extern const char *const cg_graph__edge_type[2];

/* Computes cited_by_docs/mentions, the adjacency offsets and the id index
 * from v[] and e[] (already sorted), and sets built. Returns 0: no igraph_t
 * is kept (four 64-bit integers an edge), the algorithms that need one make
 * their own. Time: O(V + E). */
int cg_graph__freeze(cg_graph *g, cg_error *err);

/* Makes a frozen graph holding the vertices with keepv[i] != 0 and the edges
 * with keepe[j] != 0 whose two ends are kept (keepe NULL = every such edge).
 * Strings are copied; cited_by_docs/mentions are recomputed from the kept
 * edges. Returns 0, or cg_graph__freeze's failure. Time: O(V + E). */
int cg_graph__derive(const cg_graph *g, const unsigned char *keepv, const unsigned char *keepe,
                     cg_graph **out, cg_error *err);

/* Strongly connected component of every vertex (membership, g_free it)
 * and the size of each component (sizes, idem). Returns 0, or ENOMEM when
 * igraph fails (both NULL then). Time: O(V + E). */
int cg_graph__scc(const cg_graph *g, size_t **membership, size_t **sizes, cg_error *err);

/* PageRank (igraph, PRPACK, directed, damping 0.85) and authority score
 * (HITS, scaled to a maximum of 1; all 0 without edges; the in-degree
 * scaled to 1 where ARPACK gives no finite answer) of the graph of nv
 * vertices and the m edges pairs[k] = from << 32 | to, sorted, no
 * duplicates, no loops; into pr[] and au[] (nv each), rounded to 1e-12.
 * pairs is freed (g_free) once read, before the scores take memory.
 * Returns 0, ENOMEM or EIO. Time: O(V + E) plus the solvers'. */
int cg_graph__scores(guint64 *pairs, size_t m, size_t nv, double *pr, double *au, cg_error *err);

/* igraph aborts the process on error and prints warnings by default; a
 * library must do neither. Bracket every igraph call with these. */
typedef struct cg_igraph_quiet {
    igraph_error_handler_t *err;    /* handler to restore */
    igraph_warning_handler_t *warn; /* idem */
} cg_igraph_quiet;

void cg_graph__quiet_begin(cg_igraph_quiet *q);
void cg_graph__quiet_end(const cg_igraph_quiet *q);

/* ---- writers (write_*.c), dispatched by cg_graph_write (format.c) ----
 * Each returns 0, or EIO when the stream reports an error. */
int cg_graph__write_graphml(const cg_graph *g, FILE *out, cg_error *err);
int cg_graph__write_gml(const cg_graph *g, FILE *out, cg_error *err);
int cg_graph__write_json(const cg_graph *g, FILE *out, cg_error *err);
int cg_graph__write_csv_nodes(const cg_graph *g, FILE *out, cg_error *err);
int cg_graph__write_dot(const cg_graph *g, FILE *out, cg_error *err);

/* Checks the stream after a writer is done: 0, or EIO filled into err. */
int cg_graph__stream_status(FILE *out, const char *what, cg_error *err);

/* ---- text helpers (text.c) ---- */

/* s interned in g->strs (made when first needed): one copy of each value,
 * freed with the graph. Never NULL. */
char *cg_graph__str(cg_graph *g, const char *s);

/* Copy of s with invalid UTF-8 replaced by U+FFFD; NULL -> "". g_free it. */
char *cg_graph__text_dup(const char *s);

/* Sorted unique join: splits every string of parts[0..n) on commas, trims
 * spaces, drops empty items, sorts (strcmp), removes duplicates, joins with
 * ",". Returns a new string (g_free it). */
char *cg_graph__text_set_join(char *const *parts, size_t n);

/* Year from the first four digits of an ISO date, 0 when absent. */
int cg_graph__text_year(const char *date);
/* The year an id carries ("S/RES/1325(2000)" -> 2000), or 0. */
int cg_graph__id_year(const char *id);

#endif
