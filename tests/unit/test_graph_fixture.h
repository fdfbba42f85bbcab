/*
 * test_graph_fixture.h - fixtures shared by the graph tests
 * (test_graph.c, test_graph_export.c). Header-only: each test is one program.
 *
 * The seed is A/HRC/RES/23/12 (Human rights and international solidarity)
 * with the citations it really makes, plus two traps: UN-CHARTER cited twice
 * with two different to_dates, and a citation of itself (dropped).
 */
#ifndef TEST_GRAPH_FIXTURE_H
#define TEST_GRAPH_FIXTURE_H

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graph/graph.h"

#include "../unit/check.h"

typedef struct seed_cite {
    const char *to, *kind, *body, *date, *parent, *rel, *loc;
} seed_cite;

static const char SEED_DOC[] = "A/HRC/RES/23/12";

static const seed_cite SEED[] = {
    {"E/CN.4/RES/2005/55", "resolution", "CHR", "2005-04-20", NULL,     "recall",    "preamble:4" },
    {"A/HRC/RES/6/3",      "resolution", "HRC", "2007-09-27", NULL,     "recall",    "preamble:4" },
    {"A/HRC/RES/7/5",      "resolution", "HRC", "2008-03-27", NULL,     "recall",    "preamble:4" },
    {"A/HRC/RES/9/2",      "resolution", "HRC", "2008-09-24", NULL,     "recall",    "preamble:4" },
    {"A/HRC/RES/12/9",     "resolution", "HRC", "2009-10-01", NULL,     "recall",    "preamble:4" },
    {"A/HRC/RES/15/13",    "resolution", "HRC", "2010-09-30", NULL,     "recall",    "preamble:4" },
    {"A/HRC/RES/17/6",     "resolution", "HRC", "2011-06-16", NULL,     "recall",    "preamble:4" },
    {"A/HRC/RES/18/5",     "resolution", "HRC", "2011-09-29", NULL,     "recall",    "preamble:4" },
    {"A/HRC/RES/21/10",    "resolution", "HRC", "2012-09-27", NULL,     "recall",    "preamble:4" },
    {"A/HRC/23/2",         "document",   "HRC", NULL,         NULL,     "take-note", "operative:2"},
    {"A/HRC/23/45",        "document",   "HRC", NULL,         NULL,     "welcome",   "operative:3"},
    {"UN-CHARTER",         "instrument", NULL,  "1945-10-24", NULL,     "reaffirm",  "operative:1"},
    {"UN-CHARTER",         "instrument", NULL,  "1945-06-26", NULL,     "guided-by", "preamble:1" },
    {"ICESCR art. 2",      "article",    NULL,  NULL,         "ICESCR", "recall",    "preamble:2" },
    {"DRD art. 4",         "article",    NULL,  NULL,         "DRD",    "recall",    "preamble:3" },
    {"A/HRC/RES/23/12",    "resolution", "HRC", NULL,         NULL,     "other",     "preamble:9" },
};
#define SEED_N (sizeof SEED / sizeof SEED[0])

static inline void seed_add_doc(cg_graph *g)
{
    cg_graph_doc d = {.id = SEED_DOC,
                      .kind = "resolution",
                      .body = "HRC",
                      .date = "2013-06-13",
                      .title = "Human rights and international solidarity",
                      .languages = "zh, en",
                      .session = "23",
                      .file = "A_HRC_RES_23_12_en.txt",
                      .vote_yes = 32,
                      .vote_no = 15,
                      .vote_abstain = 0};
    CHECK_RC(cg_graph_add_doc(g, &d, &err_));
}

/* The seed, records added in order (reverse = 0) or backwards (1), into a
 * graph that keeps what keep says. */
static inline cg_graph *seed_graph_keep(cg_granularity gran, int reverse, cg_graph_keep keep)
{
    cg_graph *g = cg_graph_new_keep(gran, keep);
    if (!g)
        FAIL("cg_graph_new");
    if (!reverse)
        seed_add_doc(g);
    for (size_t k = 0; k < SEED_N; k++) {
        const seed_cite *s = &SEED[reverse ? SEED_N - 1 - k : k];
        cg_graph_cite c = {.from = SEED_DOC,
                           .to = s->to,
                           .to_kind = s->kind,
                           .to_body = s->body,
                           .to_date = s->date,
                           .to_parent = s->parent,
                           .relation = s->rel,
                           .location = s->loc};
        CHECK_RC(cg_graph_add_cite(g, &c, &err_));
    }
    if (reverse)
        seed_add_doc(g);
    CHECK_RC(cg_graph_build(g, &err_));
    return g;
}

static inline cg_graph *seed_graph(cg_granularity gran, int reverse)
{
    return seed_graph_keep(gran, reverse, CG_KEEP_ALL);
}

/* The mandate: five resolutions, each citing all earlier ones. */
static const char *const MANDATE[5][2] = {
    {"E/CN.4/RES/2005/55", "2005-04-20"},
    {"A/HRC/RES/6/3",      "2007-09-27"},
    {"A/HRC/RES/7/5",      "2008-03-27"},
    {"A/HRC/RES/9/2",      "2008-09-24"},
    {"A/HRC/RES/12/9",     "2009-10-01"},
};

/* with_report: the oldest also cites a report (kind "document"). */
static inline cg_graph *mandate_graph_keep(int with_report, cg_graph_keep keep)
{
    cg_graph *g = cg_graph_new_keep(CG_GRAN_ARTICLE, keep);
    if (!g)
        FAIL("cg_graph_new");
    for (int i = 0; i < 5; i++) {
        cg_graph_doc d = {.id = MANDATE[i][0],
                          .kind = "resolution",
                          .date = MANDATE[i][1],
                          .title = "Human rights and international solidarity",
                          .vote_yes = -1,
                          .vote_no = -1,
                          .vote_abstain = -1};
        CHECK_RC(cg_graph_add_doc(g, &d, &err_));
        for (int j = 0; j < i; j++) {
            cg_graph_cite c = {.from = MANDATE[i][0],
                               .to = MANDATE[j][0],
                               .to_kind = "resolution",
                               .relation = "recall",
                               .location = "preamble:2"};
            CHECK_RC(cg_graph_add_cite(g, &c, &err_));
        }
    }
    if (with_report) {
        cg_graph_cite c = {.from = MANDATE[0][0], .to = "E/CN.4/2005/L.10", .to_kind = "document"};
        CHECK_RC(cg_graph_add_cite(g, &c, &err_));
    }
    CHECK_RC(cg_graph_build(g, &err_));
    return g;
}

static inline cg_graph *mandate_graph(int with_report)
{
    return mandate_graph_keep(with_report, CG_KEEP_ALL);
}

/* "from->to" for every edge, joined with spaces, into buf. */
static inline const char *edge_list(const cg_graph *g, char *buf, size_t n)
{
    size_t o = 0;
    buf[0] = '\0';
    for (size_t j = 0; j < cg_graph_edge_count(g); j++) {
        cg_edge_view e;
        cg_vertex_view a, b;
        cg_graph_edge(g, j, &e);
        cg_graph_vertex(g, e.from, &a);
        cg_graph_vertex(g, e.to, &b);
        o += (size_t)snprintf(buf + o, o < n ? n - o : 0, "%s%s->%s", j ? " " : "", a.id, b.id);
    }
    return buf;
}

#endif
