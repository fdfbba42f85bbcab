/*
 * graph.h - the citation graph (igraph): build, rank, lineage, export.
 *
 * The graph stage knows nothing of how citations were found. It is fed plain
 * values: one cg_graph_doc per document present in the corpus and one
 * cg_graph_cite per citation record, in any order, then frozen with
 * cg_graph_build(). Vertices are canonical ids (documents in the corpus and
 * targets only cited); edges go citing -> cited, one per pair, carrying the
 * number of mentions and the sets of relations and locations. A document fed
 * as several files (language versions, copies: one cg_graph_doc each, each
 * followed by its own citations) cites what each file cites, so an edge's
 * mentions are the most one file has, not the sum. Self-loops are
 * dropped. Article-level targets ("ICESCR art. 2") get a "part-of" edge to
 * their instrument ("ICESCR") unless the graph was created with
 * CG_GRAN_INSTRUMENT, which folds them into the instrument.
 *
 * Ownership: every const char * passed in is copied (invalid UTF-8 is
 * replaced by U+FFFD on the way in, so every writer can trust it); the caller
 * keeps its own. Every pointer handed out (rows, views, names) is owned by the graph or
 * by the result object it came from and stays valid until that object is
 * freed. Results are the caller's: a graph is freed with cg_graph_free(),
 * every array or string with g_free() (GLib's allocator, as in every stage).
 *
 * Errors: functions return 0 or a positive errno-style code and fill the
 * optional cg_error (see common/cg_error.h). Memory is GLib's: running out
 * of it aborts the process (g_malloc), so no function fails with ENOMEM
 * but for igraph (its own allocator) or jansson failing.
 *
 * Determinism: vertex ids are ordered by id (byte order) after build, edges by
 * (from, to); every ranking breaks ties by id, so outputs are byte-identical
 * across runs and across the order records were added in.
 */
#ifndef CG_GRAPH_H
#define CG_GRAPH_H

#include <glib.h>
#include <stddef.h>
#include <stdio.h>

#include "common/cg_error.h"

typedef struct cg_graph cg_graph; /* opaque */

typedef enum cg_granularity {
    CG_GRAN_ARTICLE = 0, /* "ICESCR art. 2" is a vertex, part-of "ICESCR" */
    CG_GRAN_INSTRUMENT   /* articles folded into their instrument */
} cg_granularity;

/* A document present in the corpus. Strings may be NULL or "" = unknown. */
typedef struct cg_graph_doc {
    const char *id;                      /* canonical symbol, e.g. "A/HRC/RES/23/12" (required) */
    const char *kind;                    /* "resolution", "decision", "document", ... */
    const char *body;                    /* "HRC", "CHR", "GA", "SC", "ECOSOC", ... */
    const char *date;                    /* ISO 8601 "2013-06-13" */
    const char *title;                   /* UTF-8 */
    const char *languages;               /* comma-separated ISO 639-1 codes, e.g. "en,zh" */
    const char *session;                 /* e.g. "23" */
    const char *file;                    /* one source file, for links and tracing */
    int vote_yes, vote_no, vote_abstain; /* -1 when unknown */
} cg_graph_doc;

/* One citation record: document `from` cites `to`. */
typedef struct cg_graph_cite {
    const char *from;      /* citing document id (required) */
    const char *to;        /* canonical target id (required) */
    const char *to_kind;   /* "resolution", "decision", "document",
                              "instrument", "article" */
    const char *to_body;   /* body of the target when known */
    const char *to_date;   /* ISO date of the target when the citation gives it */
    const char *to_parent; /* for kind "article": the instrument id, else NULL */
    const char *relation;  /* clause verb: "reaffirm", "recall", ... */
    const char *location;  /* "preamble:1", "operative:11", ... */
} cg_graph_cite;

/* What a graph keeps. */
typedef enum cg_graph_keep {
    CG_KEEP_ALL = 0, /* everything this header describes */
    CG_KEEP_RANK     /* what cg_graph_top and cg_graph_body_present need, for
                        a ranking of a large corpus in little memory: the
                        vertices' ids, kinds, bodies, dates, years, in_corpus,
                        cited_by_docs and mentions (title, languages,
                        session and file "", votes -1), and the scores,
                        computed by cg_graph_build; no edge is kept after
                        it (cg_graph_edge_count 0) */
} cg_graph_keep;

/* Creates an empty graph that keeps everything (cg_graph_new) or what keep
 * says. Free with cg_graph_free(). */
cg_graph *cg_graph_new(cg_granularity gran);
cg_graph *cg_graph_new_keep(cg_granularity gran, cg_graph_keep keep);
void cg_graph_free(cg_graph *g);

/* Adds a document / a citation. Linear overall: a hash map from id to vertex,
 * O(1) expected per call. Adding a document twice merges the information
 * (languages are united, the first non-empty value of any other field wins).
 * Kind, body and date of a target learnt from citations are used only when no
 * document gives them; when citations disagree the byte-wise smallest
 * non-empty value wins, so the result does not depend on the order of calls.
 * A citation with a non-empty to_parent is an article citation (see the top
 * of this file); its parent gets kind "instrument". A self-citation still
 * creates the vertex but no edge. EINVAL on a missing id / from / to or after
 * build. Not allowed after build. */
int cg_graph_add_doc(cg_graph *g, const cg_graph_doc *doc, cg_error *err);
int cg_graph_add_cite(cg_graph *g, const cg_graph_cite *cite, cg_error *err);

/* Freezes the graph into sorted arrays (the algorithms that use igraph make
 * their igraph_t when they run). Must be called once, before any query.
 * EINVAL when called twice; with CG_KEEP_RANK, cg_graph_top's errors of
 * igraph (ENOMEM, EIO; the graph is then left unbuilt).
 * Time: O(V log V + E log E). */
int cg_graph_build(cg_graph *g, cg_error *err);

/* Read-only views of the frozen graph, for the CLI and the render stage.
 * Each call is O(1); cg_graph_find is an expected-O(1) hash lookup. */
typedef struct cg_vertex_view {
    const char *id, *kind, *body, *date, *title, *languages, *session, *file;
    int year;      /* from date, 0 when unknown */
    int in_corpus; /* 1 when a cg_graph_doc was added for it */
    int vote_yes, vote_no, vote_abstain;
    int cited_by_docs; /* in-degree over "cites" edges */
    int mentions;      /* total mentions received */
} cg_vertex_view;

/* What an edge says: the citing document cites the target, or an article
 * is part of its instrument. */
typedef enum cg_edge_kind { CG_EDGE_CITES = 0, CG_EDGE_PART_OF = 1 } cg_edge_kind;

typedef struct cg_edge_view {
    size_t from, to;   /* vertex indices */
    cg_edge_kind kind; /* what the edge says (compare this, not type) */
    const char *type;  /* its name in exports: "cites" or "part-of" */
    int mentions;
    /* Strings, not enums: they are output fields as they are (GraphML,
     * JSON, CSV attributes), read back from any GraphML by `render`, and
     * relations are the clause-verb vocabulary of verbs.tsv. */
    const char *relations; /* sorted, comma-separated, e.g. "reaffirm,recall" */
    const char *locations; /* sorted, comma-separated: "operative:1,preamble:1"
                              (extract.h cg_location_format) */
} cg_edge_view;

size_t cg_graph_vertex_count(const cg_graph *g);
size_t cg_graph_edge_count(const cg_graph *g);
/* Fill *out for vertex/edge i (0 <= i < count). Pointers owned by g. */
void cg_graph_vertex(const cg_graph *g, size_t i, cg_vertex_view *out);
void cg_graph_edge(const cg_graph *g, size_t i, cg_edge_view *out);
/* Vertex index of id, or (size_t)-1. */
size_t cg_graph_find(const cg_graph *g, const char *id);

/* ---- ranking ---------------------------------------------------------- */

typedef enum cg_rank_by {
    CG_RANK_CITING_DOCS = 0, /* number of distinct citing documents */
    CG_RANK_MENTIONS,        /* total mentions */
    CG_RANK_PAGERANK,        /* igraph PageRank, damping 0.85 */
    CG_RANK_AUTHORITY        /* igraph hub/authority: authority score */
} cg_rank_by;

typedef struct cg_top_options {
    size_t limit; /* 0 = all */
    cg_rank_by by;
    const char *kind; /* filter on vertex kind, NULL = all */
    const char *body; /* filter on vertex body, NULL = all */
    int since, until; /* filter on year (of the target); 0 = open */
} cg_top_options;

typedef struct cg_top_row {
    size_t rank;   /* 1-based; equal scores still get distinct ranks */
    size_t vertex; /* vertex index, for cg_graph_vertex() */
    const char *id;
    int citing_docs;
    int mentions;
    double pagerank;
    double authority;
} cg_top_row;

/* Ranks targets (vertices with at least one "cites" in-edge). Ties broken by
 * citing_docs, then mentions, then id ascending. *rows is the caller's
 * (g_free it); the strings inside are owned by g. opt NULL = all, by
 * citing_docs. Both scores are computed for every row, over "cites" edges
 * only (PageRank: PRPACK, directed; authority: scaled to max 1, all 0 when
 * there is no citation) and rounded to 1e-12 before comparison, so the order
 * is stable (a CG_KEEP_RANK graph computed them, the same way, when
 * built). since/until exclude vertices of unknown year. Not reentrant
 * with other igraph users in other threads (it swaps igraph's error
 * handler for the call).
 * Time: O(V log V + E) plus igraph's PageRank and ARPACK iterations. */
int cg_graph_top(cg_graph *g, const cg_top_options *opt, cg_top_row **rows, size_t *nrows,
                 cg_error *err);

/* Writes rows[0..n) of cg_graph_top: format "table" (columns rank, target,
 * citing-docs, mentions, pagerank, authority; the target column as wide as
 * the widest id in characters), "csv" (a header, the target quoted) or
 * "jsonl" (one object a row). Scores with 6 decimals. Returns 0 or EIO. */
int cg_graph_top_write(const cg_top_row *rows, size_t n, const char *format, FILE *f);

/* 1 when some vertex of g has this non-empty body. Otherwise 0, and
 * *present is the bodies g has, sorted and joined with ", " (g_free it),
 * or NULL when no vertex has one. O(V log V). */
int cg_graph_body_present(const cg_graph *g, const char *body, char **present);

/* ---- lineage ------------------------------------------------------------ */

typedef enum cg_direction {
    CG_DIR_UP = 1,   /* what the focus cites, transitively */
    CG_DIR_DOWN = 2, /* what cites the focus, transitively */
    CG_DIR_BOTH = 3
} cg_direction;

typedef struct cg_lineage_options {
    cg_direction dir;
    int depth;        /* 0 = unlimited */
    const char *kind; /* keep only vertices of this kind (and the focus) */
    int all_edges;    /* 0 = transitive reduction of the subgraph */
    int since, until; /* keep only vertices of these years (and the focus);
                         0 = open; a vertex of unknown year is dropped
                         when either is set */
} cg_lineage_options;

/* Builds the lineage subgraph of `focus` (a vertex id) as a new, built graph
 * (*out, free with cg_graph_free). With all_edges = 0 the edges are reduced
 * transitively (an edge u->w is dropped when a longer path u->...->w exists);
 * cycles, which a time-ordered citation graph should not have, are kept as
 * they are. ENOENT when focus is not a vertex.
 * The search follows every edge (part-of included) breadth-first, up to
 * `depth` steps; the kind and year filters are applied to the vertices
 * found (the reduction comes after them), and the subgraph is induced (every edge of g between two kept vertices). Vertex
 * attributes are copied, except cited_by_docs and mentions, which are
 * recomputed over the subgraph's own edges. opt NULL = up, unlimited,
 * reduced. Time: O(V + E), plus cg_graph_reduce() on the subgraph. */
int cg_graph_lineage(cg_graph *g, const char *focus, const cg_lineage_options *opt, cg_graph **out,
                     cg_error *err);

/* The subgraph induced by the vertices with keep[i] != 0 (every edge
 * between two kept vertices), attributes copied, as a new built graph.
 * Time: O(V + E). */
int cg_graph_subgraph(const cg_graph *g, const unsigned char *keep, cg_graph **out, cg_error *err);
/* The subgraph of s on keep[] (cg_graph_subgraph), reduced
 * transitively unless all_edges. NULL and err on failure. */
cg_graph *cg_graph_cut_down(const cg_graph *s, const unsigned char *keep, int all_edges,
                            cg_error *err);
/* Every vertex, and the edges with keepe[j] != 0 (j as in cg_graph_edge). */
int cg_graph_subgraph_edges(const cg_graph *g, const unsigned char *keepe, cg_graph **out,
                            cg_error *err);

/* Returns the transitive reduction of a graph: the same vertices, with every
 * "cites" edge u->w removed when w stays reachable from u without it.
 * "part-of" edges are kept. Hand-written: igraph 0.10.2 has none.
 * Precisely: on the DAG of strongly connected components, an edge between
 * two components is dropped when its target component is reachable through
 * a third one; edges inside a component (cycles) and parallel edges between
 * the same two components are kept. On a DAG this is the (unique)
 * transitive reduction. *out is a new built graph (cg_graph_free).
 * Time: O(V * (V + E)). */
int cg_graph_reduce(cg_graph *g, cg_graph **out, cg_error *err);

/* Vertices present in the corpus whose title contains any of the phrases
 * (case-insensitive for Latin script), sorted by date, then id. `phrases` is
 * a NULL-terminated array. *idx is the caller's (g_free it).
 * Both sides are NFC-normalised and Unicode case-folded (utf8proc), so Latin
 * and Cyrillic match case-insensitively and caseless scripts exactly. An
 * empty phrase matches nothing; undated vertices come last.
 * Time: O(V * P * L) for P phrases and titles of length L, plus the sort. */
int cg_graph_series(const cg_graph *g, const char *const *phrases, size_t **idx, size_t *n,
                    cg_error *err);

/* How a document came to be a member of a series. */
typedef enum cg_series_how {
    CG_SERIES_TITLE = 1, /* its title (any language) holds a phrase */
    CG_SERIES_CHAIN,     /* it reaffirms or recalls a member and its title
                                shares the phrase's key words (or its title
                                is unknown and a member reaffirms it in turn) */
    CG_SERIES_DECISION,  /* a decision citing a member that postpones,
                                extends or renews (or shares the key words) */
    CG_SERIES_CITED      /* not in the corpus: a member reaffirms or
                                recalls it among the series' resolutions */
} cg_series_how;

typedef struct cg_series_member {
    size_t vertex;
    cg_series_how how;
    char when[11];      /* the date (from the document, else from the
                                citations), else what the symbol tells
                                (cg_graph_when), else "" */
    int when_estimated; /* 1 when `when` comes from the symbol */
} cg_series_member;

/* The members of a series, in adoption order (when, then the symbol's
 * numbers; unknown last): documents of the corpus found by their titles in
 * any language (as cg_graph_series), then, repeated to a fixed point, those
 * the citation chain brings in, then the resolutions and decisions not in
 * the corpus that members cite as earlier members (see cg_series_how).
 * Key words: the phrase's words of 3+ characters but a few stop words; a
 * phrase without spaces (Chinese) is one key word; a title shares them when
 * it holds all of one or two, or two thirds of three or more.
 * *out is the caller's (g_free it). Time: O(P * V * L + passes * (V + E)). */
int cg_graph_series_members(const cg_graph *g, const char *const *phrases, cg_series_member **out,
                            size_t *n, cg_error *err);

/* When a document was adopted, as far as its date or symbol tells: the date
 * itself when it has 4+ characters; else, for the symbols whose numbering
 * tells the time, an estimate (*estimated = 1): A/HRC/RES/N/M "YYYY-MM"
 * from the Council's three sessions a year, A/RES/N/M December of 1945+N,
 * E/CN.4/RES/YYYY/N "YYYY-04" (the Commission's one session a year),
 * E/RES/YYYY/N and S/RES/N(YYYY) the year. Returns 1
 * when when[] was set, 0 otherwise (when = ""). */
int cg_graph_when(const char *id, const char *date, char when[11], int *estimated);

/* A short, plain name for a UN symbol, into buf: "HRC 6/3", "HRC decision
 * 16/118", "CHR 2005/55", "GA 60/251", "GA 217 (III)", "SC 425 (1978)",
 * "ECOSOC 1996/31"; any other id as it is. Returns buf. */
const char *cg_graph_short_id(const char *id, char *buf, size_t size);

/* Finds what a person typed: the id as is, else normalised (case, spaces,
 * "S/RES/425 (1978)"), else a short number ("23/12", "425 (1978)", "60/251")
 * matched against the ends of the graph's ids. *found is the vertex when
 * exactly one matches. Otherwise *cand (g_free it) lists up to
 * max_cand vertices: every id matching a short number when it is ambiguous,
 * or the nearest ids by edit distance ("did you mean"). Returns the number
 * of matches (1 = found), 0 when none (suggestions in *cand). Corpus
 * documents come first among candidates. */
size_t cg_graph_lookup(const cg_graph *g, const char *typed, size_t *found, size_t **cand,
                       size_t *ncand, size_t max_cand);

/* ---- what a map shows ---------------------------------------------------- */

/* What a map draws of lineage or series graph s: resolutions and decisions
 * and the focus (other kinds are named in the caption, unless others_draw),
 * at most max_nodes (0 = all) of them nearest the focus in time (the
 * caption says what was left out), reduced transitively unless all_edges.
 * Unless all_edges, a document cited directly by more than four others
 * keeps the four earliest citing links and the caption counts the rest
 * (each renewal of a mandate recalling the same founding resolutions would
 * fan crossing links across the map). *caption is a new string (g_free)
 * or NULL. Returns a new built graph (cg_graph_free), or NULL and err.
 * Time: O(V log V + E), plus cg_graph_reduce(), plus O(V * E) for the fans. */
cg_graph *cg_graph_map_select(const cg_graph *s, const char *focus, int others_draw, int max_nodes,
                              int all_edges, char **caption, cg_error *err);

/* lead + "UN-CHARTER (5), ICESCR (3), … and N more" from counts (id ->
 * how many times it is counted, GSIZE_TO_POINTER; citing documents,
 * members): most counted first (then by id), at most max named, short ids
 * (cg_graph_short_id). A new string (g_free), or NULL when counts is
 * empty. Time: O(n log n). */
char *cg_graph_counted_text(GHashTable *counts, size_t max, const char *lead);

/* ---- consistency checks --------------------------------------------------- */

typedef enum cg_check_kind {
    CG_CHECK_FORWARD = 1, /* cited target dated after the citing document */
    CG_CHECK_CYCLE,       /* edge that lies on a directed cycle */
    CG_CHECK_SELF         /* (never produced: self-loops are dropped) */
} cg_check_kind;

typedef struct cg_check_row {
    cg_check_kind kind;
    size_t from, to; /* vertex indices of the edge concerned */
} cg_check_row;

/* Lists the edges that point forward in time and those on cycles, sorted by
 * (kind, from id, to id). *rows is the caller's (g_free it).
 * Forward: "cites" edges whose both dates are known, compared as ISO
 * strings. Cycle: any edge whose ends share a strongly connected component
 * (igraph). An edge can be listed under both. Time: O(V + E). */
int cg_graph_check(const cg_graph *g, cg_check_row **rows, size_t *nrows, cg_error *err);

/* cg_graph_check's rows counted into *forward and *cycle and, when f is
 * not NULL, written one a line: "forward\tFROM (DATE)\tcites\tTO (DATE)",
 * "cycle\tFROM\tcites\tTO". Returns 0 or cg_graph_check's error. */
int cg_graph_check_write(const cg_graph *g, FILE *f, size_t *forward, size_t *cycle, cg_error *err);

/* ---- export ------------------------------------------------------------- */

typedef enum cg_graph_format {
    CG_FMT_GRAPHML = 0, /* every attribute; loads in Gephi, networkx, R */
    CG_FMT_GML,
    CG_FMT_JSON, /* {"nodes":[...],"links":[...]} (D3, Cytoscape) */
    CG_FMT_CSV,  /* nodes then edges; see cg_graph_write_csv */
    CG_FMT_DOT   /* plain DOT, no layout */
} cg_graph_format;

/* Parses "graphml", "gml", "json", "csv", "dot"; -1 when unknown. */
int cg_graph_format_parse(const char *name);

/* Writes g to the stream in the given format. CSV writes the node list; use
 * cg_graph_write_csv_edges() for the edge list. Output is byte-identical for
 * identical graphs. The caller owns and closes the stream. EIO when the
 * stream reports an error, EINVAL on an unknown format. Time: O(V + E).
 * Unknown values (empty strings, year 0, votes -1) are left out in GraphML,
 * GML and DOT, null in JSON, empty in CSV.
 *   GraphML: typed <key>s v_* for vertices, e_* for edges; node id = the
 *            canonical id; text XML-escaped, characters XML 1.0 forbids
 *            (control characters but tab and newline) dropped.
 *   GML:     pure ASCII, vertices numbered 0..V-1 (their index), the id as
 *            label, non-ASCII / & / " as &#N; (networkx reads it with
 *            nx.read_gml(path, label="id")).
 *   JSON:    networkx node-link ({"directed", "multigraph", "graph",
 *            "nodes", "links"}), links refer to ids.
 *   CSV:     RFC 4180 quoting, LF line ends; header
 *            id,kind,body,date,year,title,languages,session,file,in_corpus,
 *            vote_yes,vote_no,vote_abstain,cited_by_docs,mentions and, for
 *            edges, source,target,type,mentions,relations,locations.
 *   DOT:     every id and value quoted, with \" and \\ escaped and newline
 *            as \n, other control characters dropped. Graphviz unescapes
 *            only \" in names, so an id holding a backslash reads back with
 *            it doubled (UN symbols have none). */
int cg_graph_write(const cg_graph *g, cg_graph_format fmt, FILE *out, cg_error *err);
int cg_graph_write_csv_edges(const cg_graph *g, FILE *out, cg_error *err);

/* Reads back GraphML written by cg_graph_write (CG_FMT_GRAPHML) into a new,
 * built graph (*out, free with cg_graph_free): every vertex with every
 * attribute, every edge with its type, mentions, relations and locations;
 * cited_by_docs and mentions of the vertices are recomputed from the edges.
 * Keys are matched by attr.name, unknown ones ignored; a missing value is
 * unknown ("" / year from date / vote -1 / in_corpus false; edge type
 * "cites", mentions 1). Vertices are taken as written (gran is recorded,
 * articles are not folded). The whole stream is read; no DTD or network
 * access. EINVAL on malformed XML, no <graph>, an undirected graph, a node
 * declared twice, an edge to an undeclared node, an unknown edge type or a
 * duplicate edge; EIO on a read error; EFBIG above 1 GiB.
 * Time: O(V log V + E log E). */
int cg_graph_read_graphml(FILE *in, cg_granularity gran, cg_graph **out, cg_error *err);

#endif
