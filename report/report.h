/*
 * report.h - what citegraph tells a reader: the HTML report, the history
 * of a mandate, the annotate page, and a graph turned into a map.
 *
 * This stage sits on top of the others: it reads extract's documents,
 * asks the graph stage its questions and has the render stage draw, and
 * writes text and HTML. It prints nothing: failures come back as a code
 * and a cg_error (common/cg_error.h); the CLI says them.
 *
 * The history of a mandate is shared by `lineage --series` and
 * `report --series` so that both show the same members in the same order:
 * one row per member (graph.h cg_graph_series_members), what each cites
 * among the members, what it added to the previous member's citations, and
 * whether its text looks cut short; written as a table, CSV, JSON lines or
 * a paragraph, and drawn as a reduced chain.
 *
 * Ownership: results are the caller's and are freed with their own _free
 * function or g_free(); views point into the graph or documents given.
 * Determinism: the output depends only on the input and the options (no
 * clock, locale or hash order), so two runs give the same bytes.
 */
#ifndef CG_REPORT_H
#define CG_REPORT_H

#include <glib.h>
#include <stdio.h>

#include "extract/extract.h"
#include "graph/graph.h"
#include "render/render.h"

/* ---- extract's documents into a graph ---------------------------------- */

/* Adds document d (one file's document: cg_doc_next gives the file's next)
 * and its citations to g, not yet built (graph.h cg_graph_add_doc,
 * cg_graph_add_cite). Returns 0 or the graph's error. */
int cg_graph_feed(cg_graph *g, const cg_doc *d, cg_error *err);
/* The built graph of every document of c (read keeping them), or NULL and
 * err. Free with cg_graph_free(). */
cg_graph *cg_corpus_build_graph(const cg_corpus *c, cg_granularity gran, cg_error *err);

/* ---- the history of a mandate ------------------------------------------ */

typedef struct cg_history_row {
    size_t v; /* vertex in the graph */
    cg_series_member m;
    cg_vertex_view vw;
    int truncated;    /* 1 the text looks cut short, 0 it does not,
                                 -1 not in the corpus (no text) */
    int without_vote; /* adopted without a vote (as read) */
    const char *act;  /* what its text says it does to the mandate:
                                 "establish", "renew", "postpone", or "" */
    int act_years;    /* for how many years, as it says; 0 unsaid */
    GArray *cites;    /* size_t row indices of the members it cites */
    GArray *cited_by; /* size_t row indices of members citing it */
    GPtrArray *added; /* const char * ids (owned by the graph): what
                                 it cites that the previous member did not */
    size_t ncites;    /* targets it cites, all kinds */
    size_t ndropped;  /* the previous member's citations it does not
                                 repeat (0 when either text is cut short) */
    size_t prev;      /* row compared with, (size_t)-1 for none */
} cg_history_row;

typedef struct cg_history {
    const cg_graph *g;
    cg_history_row *rows;
    size_t n;
    size_t focus; /* row of the focus: the latest member of the
                                 corpus, or the one asked for */
} cg_history;

/* Looks-cut-short flags by document id, filled while reading. */
typedef GHashTable cg_cut_table;
cg_cut_table *cg_cut_table_new(void);
/* Records whether d's text looks cut short: it holds neither an adoption
 * line (meeting, recorded vote or "adopted without a vote") nor a citation
 * in an operative paragraph. Excerpts that stop inside the preamble are the
 * case this catches. */
void cg_cut_table_add(cg_cut_table *t, const cg_doc *d);

/* Builds the rows of members m[0..n) of g. focus_id (may be NULL) must be a
 * member of the corpus; NULL picks the latest one. cut may be NULL (nothing
 * known: no text is said to be cut short). Returns 0, or ENOENT when
 * focus_id is not a member of the corpus. Free with cg_history_free(). */
int cg_history_build(const cg_graph *g, const cg_series_member *m, size_t n,
                     const cg_cut_table *cut, const char *focus_id, cg_history *h);
void cg_history_free(cg_history *h);

/* "2007-09-27", "c. 2013" (estimated from the symbol), "1978", or "-". */
const char *cg_history_when(const cg_history_row *r, char *buf, size_t size);
/* What the row's last column says, in plain text. */
char *cg_history_added_text(const cg_history *h, size_t i);
/* Writes the rows: format "table", "csv" or "jsonl". */
int cg_history_write(const cg_history *h, const char *format, FILE *f);
/* The history as a paragraph a researcher can paste (plain text). */
char *cg_history_paragraph(const cg_history *h);

/* The members and the citations among them as a new built graph, reduced
 * transitively unless all_edges; what members cite outside the series is
 * counted into *outside (target id -> number of members citing it, a new
 * table) for a summary line. NULL and err on failure. */
cg_graph *cg_history_graph(const cg_history *h, int all_edges, GHashTable **outside, cg_error *err);
/* What a map of the history draws (graph.h cg_graph_map_select of
 * cg_history_graph, the focus row in bold, at most max_nodes members, 0 =
 * all), as a new built graph, and *caption (g_free; NULL when nothing to
 * say): what was left out and what members cite outside the series. NULL
 * and err on failure (ENOENT: no member in the corpus). */
cg_graph *cg_history_map(const cg_history *h, int max_nodes, int all_edges, char **caption,
                         cg_error *err);

/* The vertices of lineage graph s as a table (date, symbol, kind, session,
 * vote, what it cites, what cites it, title), in date order. 0 or EIO. */
int cg_lineage_write_table(const cg_graph *s, FILE *f);

/* ---- maps ------------------------------------------------------------------ */

/* Has the map's legend name bodies as x's reference data do
 * (corpus/data/body-names.tsv, in English: "HRC: Human Rights Council");
 * x must outlive the rendering. */
void cg_map_options_name_bodies(cg_map_options *mo, const cg_extractor *x);

/* A graph's vertices and edges copied into a new map (render stage);
 * is_focus (may be NULL) says which vertices to highlight. NULL and err on
 * failure. Free with cg_map_free(). */
cg_map *cg_map_from_graph(const cg_graph *s, int (*is_focus)(const char *id, void *user),
                          void *user, cg_error *err);

/* Above this many nodes render.h lays out with sfdp instead of dot: the
 * time axis is lost. */
#define CG_MAP_LARGE 400

/* ---- the documents ------------------------------------------------------ */

/* Writes one row per document of c (read keeping every document): files of
 * one symbol (language versions, copies) are one row, merged field by field
 * (extract.h cg_doc_merge_versions), in order of first appearance. format
 * "table" (aligned columns), "csv" (RFC 4180, a header) or "jsonl" (every
 * field, each version's title and citation count, the vote's states).
 * Returns 0 or EIO. Time: O(documents + citations). */
int cg_docs_write(const cg_corpus *c, const char *format, FILE *f);

/* ---- what deserves a second look (`citegraph check`) ------------------- */

/* One line per citation of c whose body or referent had to be guessed
 * (resolved false): "unresolved\tDOC\tFILE:LINE:COL\tTEXT\t(read as
 * TARGET)", the span's line breaks and tabs as spaces. Returns the count. */
size_t cg_check_write_unresolved(const cg_corpus *c, FILE *f);
/* One line per citation a language version has and another lacks
 * (extract.h cg_corpus_language_gaps): "language-gap\tID\tin L1, not in
 * L2: WHAT". Returns the count. */
size_t cg_check_write_gaps(const cg_corpus *c, FILE *f);
/* The resolution-like numbers no citation claims (extract.h
 * cg_doc_unmatched; c read with keep_text), grouped by form, then in
 * corpus order: "unmatched\tFORM\tFILE:LINE:COL\tTEXT\tCONTEXT". A
 * document that cannot be scanned is skipped and said to say (may be
 * NULL). Returns the count. */
size_t cg_check_write_unmatched(const cg_corpus *c, FILE *f,
                                void (*say)(const char *msg, void *user), void *user);

/* ---- the annotate page -------------------------------------------------- */

/* Writes one self-contained HTML page showing each document's text with
 * every citation highlighted (kind by colour; target, rule, relation and
 * location on hover; UN symbols linked to https://undocs.org/<symbol>), for
 * a person to review the extraction at a glance. Documents read without
 * keep_text are listed without their text; NULL entries are skipped.
 * Everything is escaped. Returns 0 or EIO. */
int cg_annotate_write(FILE *out, cg_doc *const *docs, size_t n);

/* ---- the report ------------------------------------------------------------ */

typedef struct cg_report_options {
    const char *title;          /* the page's title */
    const char *focus;          /* a vertex id of the graph, or NULL */
    const char *const *phrases; /* series phrases, NULL-terminated, or
                                        NULL: a focus report */
    int depth;                  /* lineage depth of the focus map (0 all) */
    size_t top_n;               /* rows of the most-cited table */
    const char *link_lang;      /* undocs.org language prefix, or NULL */
    const char *documents;      /* "all", "series", "none" or NULL
                                        (all up to 300 documents, else series) */
    char *const *paths;         /* the folders read, as given */
    int npaths;
    const char *lang, *encoding; /* as the corpus was read */
} cg_report_options;

/* Appends the whole report of corpus c (read keeping every document) and
 * g, its graph at article granularity, to out. Without a focus or phrases
 * the focus is the document citing most (the most recent on a tie).
 * Returns 0; EINVAL when there is nothing to focus on or no title matches
 * the phrases; ENOENT when the focus is not in g; another code when a stage
 * failed; err says which. */
int cg_report_build(const cg_corpus *c, cg_graph *g, const cg_report_options *o, GString *out,
                    cg_error *err);

#endif
