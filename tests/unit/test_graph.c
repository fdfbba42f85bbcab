/*
 * test_graph.c - graph stage: building, views, ranking, lineage, reduction,
 * series, checks. Exports are in test_graph_export.c.
 */
#include <glib.h>
#include <math.h>
#include <string.h>

#include "test_graph_fixture.h"

static size_t must_find(const cg_graph *g, const char *id)
{
    size_t i = cg_graph_find(g, id);
    if (i == (size_t)-1)
        FAIL("vertex %s not found", id);
    return i;
}

/* Index of the edge from -> to, or FAIL. */
static size_t must_edge(const cg_graph *g, const char *from, const char *to)
{
    size_t a = must_find(g, from), b = must_find(g, to);
    for (size_t j = 0; j < cg_graph_edge_count(g); j++) {
        cg_edge_view e;
        cg_graph_edge(g, j, &e);
        if (e.from == a && e.to == b)
            return j;
    }
    FAIL("edge %s -> %s not found", from, to);
}

static void test_seed_build(void)
{
    puts("-- seed, article granularity");
    cg_graph *g = seed_graph(CG_GRAN_ARTICLE, 0);
    /* 1 document + 14 distinct targets + 2 instruments (ICESCR, DRD). */
    CHECK_INT("vertices", cg_graph_vertex_count(g), 17);
    /* 14 cites (self-citation dropped, UN-CHARTER merged) + 2 part-of. */
    CHECK_INT("edges", cg_graph_edge_count(g), 16);

    static const char *const order[] = {"A/HRC/23/2",      "A/HRC/23/45",        "A/HRC/RES/12/9",
                                        "A/HRC/RES/15/13", "A/HRC/RES/17/6",     "A/HRC/RES/18/5",
                                        "A/HRC/RES/21/10", "A/HRC/RES/23/12",    "A/HRC/RES/6/3",
                                        "A/HRC/RES/7/5",   "A/HRC/RES/9/2",      "DRD",
                                        "DRD art. 4",      "E/CN.4/RES/2005/55", "ICESCR",
                                        "ICESCR art. 2",   "UN-CHARTER"};
    for (size_t i = 0; i < 17; i++) {
        cg_vertex_view v;
        cg_graph_vertex(g, i, &v);
        char what[64];
        snprintf(what, sizeof what, "vertex %zu id", i);
        CHECK_STR(what, v.id, order[i]);
        CHECK_INT("find(id) == index", cg_graph_find(g, order[i]), i);
    }
    CHECK_INT("find(unknown)", (long long)(ptrdiff_t)cg_graph_find(g, "A/RES/60/251"), -1);

    cg_vertex_view v;
    cg_graph_vertex(g, must_find(g, SEED_DOC), &v);
    CHECK_STR("doc kind", v.kind, "resolution");
    CHECK_STR("doc languages (sorted set)", v.languages, "en,zh");
    CHECK_INT("doc year", v.year, 2013);
    CHECK_INT("doc in_corpus", v.in_corpus, 1);
    CHECK_INT("doc vote_yes", v.vote_yes, 32);
    CHECK_INT("doc cited_by_docs", v.cited_by_docs, 0);

    cg_graph_vertex(g, must_find(g, "UN-CHARTER"), &v);
    CHECK_STR("charter kind", v.kind, "instrument");
    CHECK_STR("charter date (smallest of two)", v.date, "1945-06-26");
    CHECK_INT("charter in_corpus", v.in_corpus, 0);
    CHECK_INT("charter vote_yes unknown", v.vote_yes, -1);
    CHECK_INT("charter cited_by_docs", v.cited_by_docs, 1);
    CHECK_INT("charter mentions", v.mentions, 2);

    cg_graph_vertex(g, must_find(g, "ICESCR"), &v);
    CHECK_STR("ICESCR kind", v.kind, "instrument");
    CHECK_INT("ICESCR cited_by_docs (part-of is not a citation)", v.cited_by_docs, 0);
    cg_graph_vertex(g, must_find(g, "DRD art. 4"), &v);
    CHECK_STR("DRD art. 4 kind", v.kind, "article");
    cg_graph_vertex(g, must_find(g, "A/HRC/RES/7/5"), &v);
    CHECK_STR("7/5 body", v.body, "HRC");
    CHECK_INT("7/5 year", v.year, 2008);

    cg_edge_view e;
    cg_graph_edge(g, must_edge(g, SEED_DOC, "UN-CHARTER"), &e);
    CHECK_STR("charter edge type", e.type, "cites");
    CHECK_INT("charter edge mentions", e.mentions, 2);
    CHECK_STR("charter edge relations", e.relations, "guided-by,reaffirm");
    CHECK_STR("charter edge locations", e.locations, "operative:1,preamble:1");
    cg_graph_edge(g, must_edge(g, "ICESCR art. 2", "ICESCR"), &e);
    CHECK_STR("article edge type", e.type, "part-of");
    CHECK_INT("article edge mentions", e.mentions, 0);

    /* Edges sorted by (from, to). */
    size_t pf = 0, pt = 0;
    for (size_t j = 0; j < cg_graph_edge_count(g); j++) {
        cg_graph_edge(g, j, &e);
        if (j && (e.from < pf || (e.from == pf && e.to <= pt)))
            FAIL("edge %zu out of order", j);
        pf = e.from;
        pt = e.to;
    }
    puts("ok   edges sorted by (from, to)");

    cg_error err = {0};
    cg_graph_cite late = {.from = "X", .to = "Y"};
    CHECK_INT("add_cite after build", cg_graph_add_cite(g, &late, &err), EINVAL);
    CHECK_INT("build twice", cg_graph_build(g, &err), EINVAL);
    cg_graph_free(g);

    cg_graph *h = cg_graph_new(CG_GRAN_ARTICLE);
    cg_graph_cite noto = {.from = "X"};
    CHECK_INT("cite without to", cg_graph_add_cite(h, &noto, &err), EINVAL);
    cg_graph_doc noid = {.title = "t"};
    CHECK_INT("doc without id", cg_graph_add_doc(h, &noid, &err), EINVAL);
    cg_graph_free(h);
}

static void test_seed_instrument(void)
{
    puts("-- seed, instrument granularity");
    cg_graph *g = seed_graph(CG_GRAN_INSTRUMENT, 0);
    /* Articles folded: 1 document + 12 targets + ICESCR + DRD. */
    CHECK_INT("vertices", cg_graph_vertex_count(g), 15);
    CHECK_INT("edges (no part-of)", cg_graph_edge_count(g), 14);
    CHECK_INT("no article vertex", (long long)(ptrdiff_t)cg_graph_find(g, "ICESCR art. 2"), -1);
    cg_vertex_view v;
    cg_graph_vertex(g, must_find(g, "ICESCR"), &v);
    CHECK_STR("ICESCR kind", v.kind, "instrument");
    CHECK_INT("ICESCR cited_by_docs", v.cited_by_docs, 1);
    cg_graph_free(g);

    /* Two articles of one instrument in one document roll up to one edge. */
    cg_graph *h = cg_graph_new(CG_GRAN_INSTRUMENT);
    cg_graph_cite a = {.from = "D",
                       .to = "ICESCR art. 2",
                       .to_kind = "article",
                       .to_parent = "ICESCR",
                       .relation = "recall"};
    cg_graph_cite b = {.from = "D",
                       .to = "ICESCR art. 11",
                       .to_kind = "article",
                       .to_parent = "ICESCR",
                       .relation = "reaffirm"};
    CHECK_RC(cg_graph_add_cite(h, &a, &err_));
    CHECK_RC(cg_graph_add_cite(h, &b, &err_));
    CHECK_RC(cg_graph_build(h, &err_));
    CHECK_INT("folded vertices", cg_graph_vertex_count(h), 2);
    CHECK_INT("folded edges", cg_graph_edge_count(h), 1);
    cg_edge_view e;
    cg_graph_edge(h, 0, &e);
    CHECK_INT("folded mentions", e.mentions, 2);
    CHECK_STR("folded relations", e.relations, "reaffirm,recall");
    cg_graph_free(h);
}

static void test_seed_top(void)
{
    puts("-- seed, top");
    cg_graph *g = seed_graph(CG_GRAN_ARTICLE, 1);
    cg_top_row *r = NULL;
    size_t n = 0;
    cg_top_options o = {.by = CG_RANK_CITING_DOCS};
    CHECK_RC(cg_graph_top(g, &o, &r, &n, &err_));
    /* Every target is cited by one document; the Charter has 2 mentions,
     * the rest tie and go by id. ICESCR/DRD only have part-of in-edges. */
    static const char *const expect[] = {"UN-CHARTER",         "A/HRC/23/2",      "A/HRC/23/45",
                                         "A/HRC/RES/12/9",     "A/HRC/RES/15/13", "A/HRC/RES/17/6",
                                         "A/HRC/RES/18/5",     "A/HRC/RES/21/10", "A/HRC/RES/6/3",
                                         "A/HRC/RES/7/5",      "A/HRC/RES/9/2",   "DRD art. 4",
                                         "E/CN.4/RES/2005/55", "ICESCR art. 2"};
    CHECK_INT("top rows", n, 14);
    for (size_t k = 0; k < n; k++) {
        char what[64];
        snprintf(what, sizeof what, "top[%zu]", k);
        CHECK_STR(what, r[k].id, expect[k]);
        CHECK_INT("rank", r[k].rank, k + 1);
    }
    CHECK_INT("top[0] mentions", r[0].mentions, 2);
    g_free(r);

    o = (cg_top_options){.by = CG_RANK_MENTIONS, .limit = 3};
    CHECK_RC(cg_graph_top(g, &o, &r, &n, &err_));
    CHECK_INT("limit 3", n, 3);
    CHECK_STR("by mentions [0]", r[0].id, "UN-CHARTER");
    CHECK_STR("by mentions [2]", r[2].id, "A/HRC/23/45");
    g_free(r);

    o = (cg_top_options){.kind = "article"};
    CHECK_RC(cg_graph_top(g, &o, &r, &n, &err_));
    CHECK_INT("kind article", n, 2);
    CHECK_STR("article [0]", r[0].id, "DRD art. 4");
    CHECK_STR("article [1]", r[1].id, "ICESCR art. 2");
    g_free(r);

    o = (cg_top_options){.since = 2008, .until = 2009};
    CHECK_RC(cg_graph_top(g, &o, &r, &n, &err_));
    CHECK_INT("2008..2009 (undated excluded)", n, 3);
    CHECK_STR("2008..2009 [0]", r[0].id, "A/HRC/RES/12/9");
    CHECK_STR("2008..2009 [1]", r[1].id, "A/HRC/RES/7/5");
    CHECK_STR("2008..2009 [2]", r[2].id, "A/HRC/RES/9/2");
    g_free(r);

    o = (cg_top_options){.body = "CHR"};
    CHECK_RC(cg_graph_top(g, &o, &r, &n, &err_));
    CHECK_INT("body CHR", n, 1);
    CHECK_STR("body CHR [0]", r[0].id, "E/CN.4/RES/2005/55");
    g_free(r);
    cg_graph_free(g);
}

/* Reference PageRank by power iteration (dangling mass spread uniformly,
 * as igraph does) on the mandate: doc i cites docs 0..i-1. */
static void mandate_pagerank(double pr[5])
{
    const double d = 0.85;
    for (int i = 0; i < 5; i++)
        pr[i] = 0.2;
    for (int it = 0; it < 2000; it++) {
        double nx[5], dangling = pr[0]; /* doc 0 cites nothing */
        for (int i = 0; i < 5; i++)
            nx[i] = (1 - d) / 5 + d * dangling / 5;
        for (int i = 1; i < 5; i++)
            for (int j = 0; j < i; j++)
                nx[j] += d * pr[i] / i;
        for (int i = 0; i < 5; i++)
            pr[i] = nx[i];
    }
}

static void test_mandate_rank(void)
{
    puts("-- mandate, PageRank and authority");
    cg_graph *g = mandate_graph(0);
    double ref[5];
    mandate_pagerank(ref);
    cg_top_row *r = NULL;
    size_t n = 0;
    cg_top_options o = {.by = CG_RANK_PAGERANK};
    CHECK_RC(cg_graph_top(g, &o, &r, &n, &err_));
    CHECK_INT("ranked (the newest is uncited)", n, 4);
    for (size_t k = 0; k < n; k++) {
        char what[64];
        snprintf(what, sizeof what, "pagerank order [%zu]", k);
        CHECK_STR(what, r[k].id, MANDATE[k][0]);
        if (fabs(r[k].pagerank - ref[k]) > 1e-9)
            FAIL("pagerank of %s: expected %.12f, got %.12f", r[k].id, ref[k], r[k].pagerank);
        printf("ok   pagerank %s = %.12f\n", r[k].id, r[k].pagerank);
        CHECK_INT("citing_docs", r[k].citing_docs, 4 - (int)k);
    }
    g_free(r);
    o.by = CG_RANK_AUTHORITY;
    CHECK_RC(cg_graph_top(g, &o, &r, &n, &err_));
    CHECK_INT("authority rows", n, 4);
    for (size_t k = 0; k < n; k++) {
        char what[64];
        snprintf(what, sizeof what, "authority order [%zu]", k);
        CHECK_STR(what, r[k].id, MANDATE[k][0]);
    }
    if (fabs(r[0].authority - 1.0) > 1e-9)
        FAIL("scaled authority max: expected 1, got %.12f", r[0].authority);
    puts("ok   authority max = 1");
    g_free(r);
    cg_graph_free(g);
}

static void test_lineage(void)
{
    puts("-- mandate, lineage and reduction");
    char buf[1024];
    cg_graph *g = mandate_graph(1);
    cg_graph *l = NULL;
    cg_lineage_options o = {.dir = CG_DIR_UP};
    CHECK_RC(cg_graph_lineage(g, MANDATE[4][0], &o, &l, &err_));
    CHECK_INT("up from newest: vertices", cg_graph_vertex_count(l), 6);
    CHECK_STR("reduced edges", edge_list(l, buf, sizeof buf),
              "A/HRC/RES/12/9->A/HRC/RES/9/2 A/HRC/RES/6/3->E/CN.4/RES/2005/55 "
              "A/HRC/RES/7/5->A/HRC/RES/6/3 A/HRC/RES/9/2->A/HRC/RES/7/5 "
              "E/CN.4/RES/2005/55->E/CN.4/2005/L.10");
    cg_vertex_view v;
    cg_graph_vertex(l, cg_graph_find(l, MANDATE[0][0]), &v);
    CHECK_STR("attributes copied (date)", v.date, "2005-04-20");
    CHECK_INT("cited_by_docs recomputed in the chain", v.cited_by_docs, 1);
    cg_graph_free(l);

    o.kind = "resolution";
    CHECK_RC(cg_graph_lineage(g, MANDATE[4][0], &o, &l, &err_));
    CHECK_INT("kind resolution: vertices", cg_graph_vertex_count(l), 5);
    CHECK_INT("kind resolution: reduced edges (the chain)", cg_graph_edge_count(l), 4);
    cg_graph_free(l);
    o.all_edges = 1;
    CHECK_RC(cg_graph_lineage(g, MANDATE[4][0], &o, &l, &err_));
    CHECK_INT("kind resolution, all edges", cg_graph_edge_count(l), 10);
    cg_graph_free(l);

    o = (cg_lineage_options){.dir = CG_DIR_DOWN};
    CHECK_RC(cg_graph_lineage(g, MANDATE[2][0], &o, &l, &err_));
    CHECK_STR("down from 7/5", edge_list(l, buf, sizeof buf),
              "A/HRC/RES/12/9->A/HRC/RES/9/2 A/HRC/RES/9/2->A/HRC/RES/7/5");
    cg_graph_free(l);

    /* Depth on the chain: one step each way from 7/5. */
    cg_graph *chain = NULL;
    CHECK_RC(cg_graph_reduce(g, &chain, &err_));
    o = (cg_lineage_options){.dir = CG_DIR_BOTH, .depth = 1, .all_edges = 1};
    CHECK_RC(cg_graph_lineage(chain, MANDATE[2][0], &o, &l, &err_));
    CHECK_STR("both, depth 1, on the chain", edge_list(l, buf, sizeof buf),
              "A/HRC/RES/7/5->A/HRC/RES/6/3 A/HRC/RES/9/2->A/HRC/RES/7/5");
    cg_graph_free(l);
    cg_graph_free(chain);

    cg_error err = {0};
    CHECK_INT("unknown focus", cg_graph_lineage(g, "A/RES/1/1", &o, &l, &err), ENOENT);
    if (l)
        FAIL("out not NULL after error");
    cg_graph_free(g);

    /* Reduction with a cycle: a<->b, a->c, b->c, c->d, a->d. a->d goes
     * (through c); the cycle and the two edges into c stay. */
    cg_graph *h = cg_graph_new(CG_GRAN_ARTICLE);
    static const char *const pairs[][2] = {
        {"a", "b"},
        {"b", "a"},
        {"a", "c"},
        {"b", "c"},
        {"c", "d"},
        {"a", "d"}
    };
    for (size_t k = 0; k < 6; k++) {
        cg_graph_cite c = {.from = pairs[k][0], .to = pairs[k][1]};
        CHECK_RC(cg_graph_add_cite(h, &c, &err_));
    }
    CHECK_RC(cg_graph_build(h, &err_));
    cg_graph *rd = NULL;
    CHECK_RC(cg_graph_reduce(h, &rd, &err_));
    CHECK_STR("reduce with a cycle", edge_list(rd, buf, sizeof buf), "a->b a->c b->a b->c c->d");
    cg_graph_free(rd);
    cg_graph_free(h);
}

static void test_series(void)
{
    puts("-- series");
    cg_graph *g = cg_graph_new(CG_GRAN_ARTICLE);
    static const char *const docs[][3] = {
        {"A/HRC/RES/23/12",    "2013-06-13", "Human rights and international solidarity"                                         },
        {"A/HRC/RES/21/10",    "2012-09-27", "HUMAN RIGHTS AND INTERNATIONAL SOLIDARITY"                                         },
        {"A/HRC/RES/23/12/zh", "2013-06-13", "人权与国际团结"                                                             },
        {"A/HRC/RES/23/12/ru", "2013-06-13", "Права человека и международная СОЛИДАРНОСТЬ"},
        {"A/HRC/RES/9/3",      "2008-09-24", "The right to development"                                                          },
        {"A/HRC/X/1",          "",           "International solidarity, undated"                                                 },
    };
    for (size_t k = 0; k < 6; k++) {
        cg_graph_doc d = {.id = docs[k][0],
                          .date = docs[k][1],
                          .title = docs[k][2],
                          .vote_yes = -1,
                          .vote_no = -1,
                          .vote_abstain = -1};
        CHECK_RC(cg_graph_add_doc(g, &d, &err_));
    }
    cg_graph_cite c = {.from = "A/HRC/RES/23/12", .to = "A/HRC/RES/9/3"};
    CHECK_RC(cg_graph_add_cite(g, &c, &err_));
    CHECK_RC(cg_graph_build(g, &err_));
    const char *const phrases[] = {"International Solidarity", "国际团结",
                                   "международная солидарность", "", NULL};
    size_t *idx = NULL, n = 0;
    CHECK_RC(cg_graph_series(g, phrases, &idx, &n, &err_));
    static const char *const expect[] = {"A/HRC/RES/21/10", "A/HRC/RES/23/12", "A/HRC/RES/23/12/ru",
                                         "A/HRC/RES/23/12/zh", "A/HRC/X/1"};
    CHECK_INT("series size", n, 5);
    for (size_t k = 0; k < n; k++) {
        cg_vertex_view v;
        cg_graph_vertex(g, idx[k], &v);
        char what[64];
        snprintf(what, sizeof what, "series[%zu]", k);
        CHECK_STR(what, v.id, expect[k]);
    }
    g_free(idx);
    cg_graph_free(g);
}

#define CHECK_TRUE(cond, ...)  \
    do {                       \
        if (!(cond))           \
            FAIL(__VA_ARGS__); \
    } while (0)

/* Ids as typed, short names, time from symbols (issue 15). */
static void test_lookup_names_when(void)
{
    puts("-- lookup, short names, when");
    cg_graph *g = cg_graph_new(CG_GRAN_ARTICLE);
    static const char *const ids[] = {"A/HRC/RES/23/12", "A/HRC/23/12", "S/RES/425(1978)",
                                      "A/RES/60/251", "A/RES/217(III)"};
    for (size_t k = 0; k < 5; k++) {
        cg_graph_doc d = {.id = ids[k], .vote_yes = -1, .vote_no = -1, .vote_abstain = -1};
        CHECK_RC(cg_graph_add_doc(g, &d, &err_));
    }
    CHECK_RC(cg_graph_build(g, &err_));
    size_t f, *cand = NULL, nc = 0;
    CHECK_INT("lower case", cg_graph_lookup(g, "a/hrc/res/23/12", &f, &cand, &nc, 8), 1);
    CHECK_INT("lower case: the vertex", f, must_find(g, "A/HRC/RES/23/12"));
    g_free(cand);
    CHECK_INT("space before the year", cg_graph_lookup(g, "S/RES/425 (1978)", &f, &cand, &nc, 8),
              1);
    g_free(cand);
    CHECK_INT("year left out", cg_graph_lookup(g, "S/RES/425", &f, &cand, &nc, 8), 1);
    g_free(cand);
    CHECK_INT("60/251: one id ends with it", cg_graph_lookup(g, "60/251", &f, &cand, &nc, 8), 1);
    CHECK_INT("60/251", f, must_find(g, "A/RES/60/251"));
    g_free(cand);
    /* 23/12 ends both the resolution and the report symbol. */
    CHECK_INT("23/12: ambiguous", cg_graph_lookup(g, "23/12", &f, &cand, &nc, 8), 2);
    CHECK_INT("23/12: two candidates", nc, 2);
    g_free(cand);
    CHECK_INT("unknown", cg_graph_lookup(g, "A/HRC/RES/23/13", &f, &cand, &nc, 8), 0);
    CHECK_TRUE(nc >= 1, "no suggestion for A/HRC/RES/23/13");
    cg_vertex_view v;
    cg_graph_vertex(g, cand[0], &v);
    CHECK_STR("did you mean", v.id, "A/HRC/RES/23/12");
    g_free(cand);
    cg_graph_free(g);

    char b[64];
    CHECK_STR("short HRC", cg_graph_short_id("A/HRC/RES/6/3", b, sizeof b), "HRC 6/3");
    CHECK_STR("short CHR", cg_graph_short_id("E/CN.4/RES/2005/55", b, sizeof b), "CHR 2005/55");
    CHECK_STR("short SC", cg_graph_short_id("S/RES/425(1978)", b, sizeof b), "SC 425 (1978)");
    CHECK_STR("short decision", cg_graph_short_id("A/HRC/DEC/16/118", b, sizeof b),
              "HRC decision 16/118");
    CHECK_STR("short GA part", cg_graph_short_id("A/RES/217(III)", b, sizeof b), "GA 217 (III)");
    CHECK_STR("other ids as they are", cg_graph_short_id("UN-CHARTER", b, sizeof b), "UN-CHARTER");

    /* Sessions: 23 was June 2013, 22 March 2013, 6 September 2007 (the
     * seed's README and the dev corpus's table); GA 58 = December 2003. */
    char w[11];
    int est;
    static const char *const when[][2] = {
        {"A/HRC/RES/23/12",    "2013-06"},
        {"A/HRC/RES/22/9",     "2013-03"},
        {"A/HRC/RES/6/3",      "2007-09"},
        {"A/RES/58/186",       "2003-12"},
        {"E/CN.4/RES/2005/55", "2005-04"},
        {"S/RES/425(1978)",    "1978"   }
    };
    for (size_t k = 0; k < 6; k++) {
        CHECK_TRUE(cg_graph_when(when[k][0], NULL, w, &est) && est, "no estimate for %s",
                   when[k][0]);
        CHECK_STR(when[k][0], w, when[k][1]);
    }
    CHECK_TRUE(cg_graph_when("A/HRC/RES/6/3", "2007-09-27", w, &est) && !est,
               "a date is no estimate");
    CHECK_TRUE(!cg_graph_when("UN-CHARTER", NULL, w, &est), "an instrument has no time");
}

static void test_check(void)
{
    puts("-- check");
    cg_graph *g = cg_graph_new(CG_GRAN_ARTICLE);
    static const char *const docs[][2] = {
        {"A", "2010-01-01"},
        {"B", "2012-01-01"},
        {"C", "2011-01-01"},
        {"D", "2011-02-01"},
        {"E", "2009-01-01"}
    };
    for (size_t k = 0; k < 5; k++) {
        cg_graph_doc d = {.id = docs[k][0],
                          .date = docs[k][1],
                          .vote_yes = -1,
                          .vote_no = -1,
                          .vote_abstain = -1};
        CHECK_RC(cg_graph_add_doc(g, &d, &err_));
    }
    /* A cites the later B (forward); C and D cite each other (a 2-cycle,
     * and C -> D is also forward); A -> E is fine; A -> F has no date. */
    static const char *const pairs[][2] = {
        {"A", "B"},
        {"C", "D"},
        {"D", "C"},
        {"A", "E"},
        {"A", "F"}
    };
    for (size_t k = 0; k < 5; k++) {
        cg_graph_cite c = {.from = pairs[k][0], .to = pairs[k][1]};
        CHECK_RC(cg_graph_add_cite(g, &c, &err_));
    }
    CHECK_RC(cg_graph_build(g, &err_));
    cg_check_row *r = NULL;
    size_t n = 0;
    CHECK_RC(cg_graph_check(g, &r, &n, &err_));
    char buf[256] = "";
    size_t o = 0;
    for (size_t k = 0; k < n; k++) {
        cg_vertex_view a, b;
        cg_graph_vertex(g, r[k].from, &a);
        cg_graph_vertex(g, r[k].to, &b);
        o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s:%s->%s", k ? " " : "",
                              r[k].kind == CG_CHECK_FORWARD ? "forward" : "cycle", a.id, b.id);
    }
    CHECK_STR("check rows", buf, "forward:A->B forward:C->D cycle:C->D cycle:D->C");
    g_free(r);
    cg_graph_free(g);
}

static void test_edge_cases(void)
{
    puts("-- empty graph, merged documents, focus of another kind");
    cg_graph *g = cg_graph_new(CG_GRAN_ARTICLE);
    CHECK_RC(cg_graph_build(g, &err_));
    CHECK_INT("empty vertices", cg_graph_vertex_count(g), 0);
    cg_top_row *r = NULL;
    size_t n = 99;
    CHECK_RC(cg_graph_top(g, NULL, &r, &n, &err_));
    CHECK_INT("empty top", n, 0);
    g_free(r);
    cg_check_row *c = NULL;
    CHECK_RC(cg_graph_check(g, &c, &n, &err_));
    CHECK_INT("empty check", n, 0);
    g_free(c);
    for (int f = CG_FMT_GRAPHML; f <= CG_FMT_DOT; f++) {
        FILE *t = tmpfile();
        if (!t)
            FAIL("tmpfile");
        CHECK_RC(cg_graph_write(g, (cg_graph_format)f, t, &err_));
        fclose(t);
    }
    puts("ok   empty graph writes in every format");
    cg_graph_free(g);

    g = cg_graph_new(CG_GRAN_ARTICLE);
    cg_graph_doc d1 = {.id = "D",
                       .kind = "resolution",
                       .languages = "fr,en",
                       .vote_yes = -1,
                       .vote_no = -1,
                       .vote_abstain = -1};
    cg_graph_doc d2 = {.id = "D",
                       .kind = "decision",
                       .title = "T",
                       .languages = "ar",
                       .vote_yes = 3,
                       .vote_no = -1,
                       .vote_abstain = -1};
    CHECK_RC(cg_graph_add_doc(g, &d1, &err_));
    CHECK_RC(cg_graph_add_doc(g, &d2, &err_));
    cg_graph_cite ct = {.from = "D", .to = "R", .to_kind = "document"};
    CHECK_RC(cg_graph_add_cite(g, &ct, &err_));
    CHECK_RC(cg_graph_build(g, &err_));
    cg_vertex_view v;
    cg_graph_vertex(g, must_find(g, "D"), &v);
    CHECK_STR("merged kind (first wins)", v.kind, "resolution");
    CHECK_STR("merged title (first non-empty)", v.title, "T");
    CHECK_STR("merged languages (union)", v.languages, "ar,en,fr");
    CHECK_INT("merged vote_yes", v.vote_yes, 3);
    cg_graph *l = NULL;
    cg_lineage_options o = {.dir = CG_DIR_UP, .kind = "document"};
    CHECK_RC(cg_graph_lineage(g, "D", &o, &l, &err_));
    CHECK_INT("focus kept whatever its kind", cg_graph_vertex_count(l), 2);
    cg_graph_free(l);
    cg_graph_free(g);
}

/* Every ranking of a and b (the same records, kept in full and for
 * ranking only) is the same, scores to the bit. */
static void same_tops(cg_graph *a, cg_graph *b, const char *what)
{
    static const char *const kinds[] = {NULL, "resolution", "article", "instrument"};
    for (int by = CG_RANK_CITING_DOCS; by <= CG_RANK_AUTHORITY; by++)
        for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
            cg_top_options o = {.by = (cg_rank_by)by, .kind = kinds[k]};
            cg_top_row *ra = NULL, *rb = NULL;
            size_t na = 0, nb = 0;
            CHECK_RC(cg_graph_top(a, &o, &ra, &na, &err_));
            CHECK_RC(cg_graph_top(b, &o, &rb, &nb, &err_));
            if (na != nb)
                FAIL("%s, by %d, kind %s: %zu rows against %zu", what, by, kinds[k], na, nb);
            for (size_t i = 0; i < na; i++)
                if (strcmp(ra[i].id, rb[i].id) || ra[i].citing_docs != rb[i].citing_docs ||
                    ra[i].mentions != rb[i].mentions ||
                    memcmp(&ra[i].pagerank, &rb[i].pagerank, sizeof(double)) ||
                    memcmp(&ra[i].authority, &rb[i].authority, sizeof(double)))
                    FAIL("%s, by %d: row %zu differs (%s, %s)", what, by, i, ra[i].id, rb[i].id);
            g_free(ra);
            g_free(rb);
        }
    printf("ok   %s: CG_KEEP_RANK ranks as CG_KEEP_ALL\n", what);
}

static void test_keep_rank(void)
{
    puts("-- CG_KEEP_RANK");
    for (int gran = CG_GRAN_ARTICLE; gran <= CG_GRAN_INSTRUMENT; gran++) {
        cg_graph *a = seed_graph_keep((cg_granularity)gran, 1, CG_KEEP_ALL);
        cg_graph *b = seed_graph_keep((cg_granularity)gran, 0, CG_KEEP_RANK);
        same_tops(a, b, gran == CG_GRAN_ARTICLE ? "seed, articles" : "seed, instruments");
        CHECK_INT("vertices", cg_graph_vertex_count(b), cg_graph_vertex_count(a));
        CHECK_INT("no edge kept", cg_graph_edge_count(b), 0);
        cg_vertex_view va, vb;
        size_t i = must_find(a, SEED_DOC);
        CHECK_INT("same index", must_find(b, SEED_DOC), i);
        cg_graph_vertex(a, i, &va);
        cg_graph_vertex(b, i, &vb);
        CHECK_STR("kind kept", vb.kind, va.kind);
        CHECK_STR("body kept", vb.body, va.body);
        CHECK_INT("year kept", vb.year, va.year);
        CHECK_INT("in corpus", vb.in_corpus, 1);
        CHECK_STR("no title", vb.title, "");
        CHECK_STR("no file", vb.file, "");
        CHECK_INT("no vote", vb.vote_yes, -1);
        char *present = NULL;
        CHECK_INT("body present", cg_graph_body_present(b, "HRC", &present), 1);
        cg_graph_free(a);
        cg_graph_free(b);
    }
    for (int rep = 0; rep <= 1; rep++) {
        cg_graph *a = mandate_graph_keep(rep, CG_KEEP_ALL);
        cg_graph *b = mandate_graph_keep(rep, CG_KEEP_RANK);
        same_tops(a, b, rep ? "mandate and a report" : "mandate");
        cg_graph_free(a);
        cg_graph_free(b);
    }
}

int main(void)
{
    test_seed_build();
    test_seed_instrument();
    test_seed_top();
    test_mandate_rank();
    test_keep_rank();
    test_lineage();
    test_series();
    test_lookup_names_when();
    test_check();
    test_edge_cases();
    puts("all graph tests passed");
    return 0;
}
