/*
 * render.h - lineage maps drawn with Graphviz cgraph/gvc (DOT, SVG, PNG, PDF).
 *
 * The render stage draws what it is given: a cg_map filled node by node and
 * edge by edge with plain values. It knows nothing of PCRE2 or igraph (the
 * CLI copies a graph's vertices and edges into a map).
 *
 * Ownership: every string passed in is copied; cg_map_free() releases
 * everything the map holds; what a function hands out (cg_map_render's
 * bytes) is the caller's: g_free it. Memory is GLib's: running out of it
 * aborts (g_malloc), so no function fails with ENOMEM but for Graphviz
 * failing.
 * Errors: 0 or a positive errno-style code, with the optional cg_error filled.
 * Determinism: nodes are drawn in id order and edges in (from, to) order,
 * whatever the order they were added in, so output is byte-identical across
 * runs.
 */
#ifndef CG_RENDER_H
#define CG_RENDER_H

#include <stddef.h>

#include "common/cg_error.h"

typedef struct cg_map cg_map; /* opaque */

/* A node of the map. NULL or "" = unknown for every string. */
typedef struct cg_map_node {
    const char *id;                      /* canonical id, e.g. "A/HRC/RES/6/3" (required) */
    const char *kind;                    /* "resolution", "decision", "document",
                              "instrument", "article" */
    const char *body;                    /* "HRC", "CHR", "GA", "SC", "ECOSOC", ... */
    const char *date;                    /* ISO 8601; its year places the node in time;
                              "YYYY~" is a year estimated (from a symbol's
                              session), drawn "c. YYYY" */
    const char *title;                   /* tooltip */
    int in_corpus;                       /* solid when 1, dashed when 0 */
    int focus;                           /* highlighted when 1 */
    int vote_yes, vote_no, vote_abstain; /* -1 when unknown (tooltip) */
} cg_map_node;

typedef struct cg_map_edge {
    const char *from, *to; /* node ids (both must have been added) */
    const char *relation;  /* "reaffirm", "recall", "welcome", "take-note",
                              anything else is drawn as "other";
                              a comma-separated list uses its first item */
    const char *type;      /* "cites" (default when NULL) or "part-of" */
} cg_map_edge;

typedef enum cg_map_format { CG_MAP_DOT = 0, CG_MAP_SVG, CG_MAP_PNG, CG_MAP_PDF } cg_map_format;

/* Which way time runs: AUTO is left to right, or top to bottom when a
 * layered map is much taller than wide read across (build_dot.c). */
typedef enum cg_rankdir { CG_RANKDIR_AUTO = 0, CG_RANKDIR_LR, CG_RANKDIR_TB } cg_rankdir;

/* Parses "LR" or "TB" (as --rankdir takes them); -1 when neither. */
int cg_rankdir_parse(const char *name);

typedef struct cg_map_options {
    cg_rankdir rankdir; /* CG_RANKDIR_AUTO when zero */
    const char *lang;   /* links go to https://undocs.org/<lang>/<id> when
                              set, https://undocs.org/<id> otherwise */
    const char *title;  /* graph label, may be NULL */
    int legend;         /* draw the legend (1 = yes) */
    size_t large;       /* node count above which sfdp is used instead of
                              dot; 0 = default (400) */
    /* The full name of a body code, for the legend ("Human Rights
     * Council" for "HRC"), or NULL when unknown. Render knows colours, not
     * names: the names are reference data (extract's body-names.tsv),
     * which the caller wires in (report.h cg_map_options_name_bodies).
     * NULL: the legend names bodies by their codes alone. */
    const char *(*body_name)(const char *code, void *user);
    void *body_name_user; /* passed to body_name */
} cg_map_options;

cg_map *cg_map_new(void); /* free with cg_map_free() */
void cg_map_free(cg_map *m);

/* EINVAL when the id is empty, not valid UTF-8, holds a control character
 * (C0, C1, bidi override/isolate), a backslash, or starts with '#'
 * (reserved for the drawing's own nodes); EEXIST when it was added
 * before. Titles may hold anything: they are sanitised when drawn. The
 * map is unchanged on error. O(n) (insertion keeps ids sorted). */
int cg_map_add_node(cg_map *m, const cg_map_node *node, cg_error *err);
/* EINVAL when an end is missing or was not added. Self-citations are kept
 * but not drawn; of several edges between one pair the first in
 * (type, relation) order is drawn (the graph is strict). */
int cg_map_add_edge(cg_map *m, const cg_map_edge *edge, cg_error *err);
size_t cg_map_node_count(const cg_map *m);
/* The text drawn for node id instead of its id (e.g. "HRC 6/3" for
 * A/HRC/RES/6/3; the tooltip and link keep the id); NULL = the id.
 * EINVAL when the node was not added or the label is not clean text. */
int cg_map_set_label(cg_map *m, const char *id, const char *label, cg_error *err);
/* Where node id leads instead of undocs.org: a "#fragment" of the page
 * holding the map, say, opened in place; NULL restores undocs.org for a UN
 * symbol (and nothing for others). EINVAL when the node was not added or href is not
 * clean text or holds a quote, '<' or a backslash. */
int cg_map_set_link(cg_map *m, const char *id, const char *href, cg_error *err);
/* A line drawn under the legend (what the map summarises or leaves out);
 * NULL = none. Text, escaped when drawn. */
int cg_map_set_caption(cg_map *m, const char *caption, cg_error *err);

/* Picks a format from an output file name's extension (".dot", ".gv",
 * ".svg", ".png", ".pdf"); -1 when unknown. */
int cg_map_format_from_path(const char *path);
/* Parses a -T value ("dot", "svg", "png", "pdf"); -1 when unknown. */
int cg_map_format_parse(const char *name);

/* Lays out (except for DOT, which is written unlaid-out but complete) and
 * renders the map into a buffer (*data, *len; g_free() it).
 * The bytes are the whole file: the caller writes them atomically. */
int cg_map_render(const cg_map *m, const cg_map_options *opt, cg_map_format fmt, char **data,
                  size_t *len, cg_error *err);

/* Frees the process-wide Graphviz context that cg_map_render() creates on
 * first use (Graphviz state is global: rendering is not thread-safe).
 * Call once at exit; rendering again afterwards creates a new context. */
void cg_render_shutdown(void);

#endif
