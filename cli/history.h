/*
 * history.h - a mandate's history, shared by `lineage --series` and
 * `report --series` so that both show the same members in the same order:
 * one row per member (graph.h cg_graph_series_members), what each cites
 * among the members, what it added to the previous member's citations, and
 * whether its text looks cut short; written as a table, CSV, JSON lines or
 * a paragraph, and drawn as a reduced chain.
 */
#ifndef CG_HISTORY_H
#define CG_HISTORY_H

#include <glib.h>
#include <stdio.h>

#include "cli.h"

typedef struct cg_history_row {
    size_t v;                 /* vertex in the graph */
    cg_series_member m;
    cg_vertex_view vw;
    int truncated;            /* 1 the text looks cut short, 0 it does not,
                                 -1 not in the corpus (no text) */
    int without_vote;         /* adopted without a vote (as read) */
    const char *act;          /* what its text says it does to the mandate:
                                 "establish", "renew", "postpone", or "" */
    int act_years;            /* for how many years, as it says; 0 unsaid */
    GArray *cites;            /* size_t row indices of the members it cites */
    GArray *cited_by;         /* size_t row indices of members citing it */
    GPtrArray *added;         /* const char * ids (owned by the graph): what
                                 it cites that the previous member did not */
    size_t ncites;            /* targets it cites, all kinds */
    size_t ndropped;          /* the previous member's citations it does not
                                 repeat (0 when either text is cut short) */
    size_t prev;              /* row compared with, (size_t)-1 for none */
} cg_history_row;

typedef struct cg_history {
    const cg_graph *g;
    cg_history_row *rows;
    size_t n;
    size_t focus;             /* row of the focus: the latest member of the
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
 * known: no text is said to be cut short). Returns 0, ENOENT when focus_id is
 * not a member of the corpus, ENOMEM. */
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
 * table) for a summary line. NULL on failure (message printed). */
cg_graph *cg_history_graph(const cg_history *h, int all_edges, GHashTable **outside);
/* lead + "UN-CHARTER (5), ICESCR (3), … and N more" (the most cited
 * first, at most `max` named). NULL when nothing. */
char *cg_history_outside_text(GHashTable *outside, size_t max, const char *lead);

/* The subgraph of s on keep[] (the focus and what else is kept), reduced
 * transitively unless all_edges. NULL on failure (message printed). */
cg_graph *cg_graph_cut_down(const cg_graph *s, const unsigned char *keep, int all_edges);

/* What a map draws of lineage or series graph s: resolutions and decisions
 * and the focus (other kinds named in the caption unless others_draw), at
 * most max_nodes (0 = all) nearest the focus in time (the caption says what
 * was left out), reduced unless all_edges. *caption is a new string (g_free)
 * or NULL. NULL on failure (message printed). */
cg_graph *cg_map_graph(const cg_graph *s, const char *focus, int others_draw, int max_nodes,
                       int all_edges, char **caption);

#endif
