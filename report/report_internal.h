/*
 * report_internal.h - the report's parts: one self-contained HTML file
 * (inline CSS, inline SVG, a little optional JS) built from the public
 * stage APIs only (extract.h, graph.h, render.h). Shared by report.c (the
 * whole page) and the report_*.c files (one section or helper each).
 *
 * Everything is appended to one GString, then written atomically by the
 * caller. The output depends only on the corpus and the options: no clock,
 * no locale, no hash order, so two runs give the same bytes.
 */
#ifndef CG_REPORT_INTERNAL_H
#define CG_REPORT_INTERNAL_H

#include <glib.h>
#include <stddef.h>

#include "report.h"

/* One readable document, in report order (date, id, language, file). */
typedef struct rp_doc {
    const cg_doc *d; /* owned by the corpus */
    cg_doc_info in;  /* views owned by d */
    size_t vertex;   /* its vertex in the graph */
    int first;       /* 1 for the first text of its document (id) in report
                        order: language versions and copies count once */
} rp_doc;

typedef struct rp_ctx {
    const cg_corpus *c;
    cg_graph *g;    /* whole corpus, article granularity */
    rp_doc *docs;   /* readable texts, sorted */
    size_t ndocs;   /* texts (language versions, copies, parts) */
    size_t nunique; /* documents: distinct ids among them */
    /* What section 3 and 4 are about: a focus document, or a series. */
    const char *focus;          /* vertex id, NULL in series mode */
    const char *series;         /* the first phrase, NULL in focus mode */
    const char *const *phrases; /* every phrase, NULL-terminated (series) */
    cg_history hist;            /* section 4's rows (series members, or the
                                 focus lineage's resolutions and decisions);
                                 its focus row is the one drawn bold */
    unsigned char *shown;       /* per vertex: 1 when section 5 shows it */
    size_t nshown;              /* documents shown in section 5 */
    const char *documents;      /* "all", "series" or "none" */
    int depth;                  /* lineage depth of the focus map (0 = all) */
    size_t top_n;               /* rows of the most-cited table */
    const char *map_lang;       /* undocs.org language prefix, or NULL */
    cg_error *err;              /* where a failing section says why */
    cg_read_options ro;         /* as the corpus was read (--lang, --encoding) */
    char *const *paths;         /* as given on the command line */
    int npaths;
} rp_ctx;

/* ---- report_html.c: escaping and small drawing helpers ------------------- */

/* Appends s as HTML text or attribute value: & < > " ' escaped, invalid
 * UTF-8 replaced by U+FFFD, control characters (but tab and newline)
 * replaced by a space. NULL appends nothing. */
void rp_esc(GString *o, const char *s);
void rp_escn(GString *o, const char *s, size_t len);
/* Appends the fragment id of a document's section: "doc-" then the id with
 * '/' as '_' and every byte but [A-Za-z0-9.] as -XX (injective, so two ids
 * never share an anchor). */
void rp_anchor(GString *o, const char *id);
/* Appends id linked to undocs.org when it is a symbol, and a "§" link to
 * its section when the document is in the corpus. */
void rp_target(GString *o, const rp_ctx *r, const char *id, const char *kind);
/* A horizontal bar as inline SVG, `frac` of `width` px, with a text
 * alternative. */
void rp_bar(GString *o, double frac, int width, const char *label);
/* A yes/no/abstain bar with the counts beside it; "-" when unknown. */
void rp_vote(GString *o, int yes, int no, int abstain, int without);
/* "Chinese", "English", ... for an ISO 639-1 code; the code otherwise. */
const char *rp_lang_name(const char *code);
/* "Human Rights Council", ... for a body code, as the reference data name
 * it in English (extract.h cg_extractor_body_name); NULL when unknown. */
const char *rp_body_name(const rp_ctx *r, const char *code);
/* lang="xx" (with a leading space) when langs is one known code. */
void rp_lang_attr(GString *o, const char *langs);
void rp_page_begin(GString *o, const char *title);
void rp_page_end(GString *o);

/* ---- the sections ---------------------------------------------------------- */

void rp_section_glance(GString *o, const rp_ctx *r); /* report_glance.c */
/* These two return 0, or an error code with r->err filled. */
int rp_section_top(GString *o, rp_ctx *r);             /* report_top.c */
int rp_section_map(GString *o, rp_ctx *r);             /* report_map.c */
void rp_section_timeline(GString *o, const rp_ctx *r); /* report_timeline.c */
void rp_section_docs(GString *o, const rp_ctx *r);     /* report_docs.c */

/* Whether vertex v has a section of its own in section 5 (a document of
 * the corpus that --documents keeps). */
int rp_in_corpus(const rp_ctx *r, size_t v);

#endif
