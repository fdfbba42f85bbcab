/*
 * test_render.c - the render stage end to end: the flagship lineage map in
 * every format, hostile text, a large map.
 *
 * Run from the repository root (ctest does). No byte golden: maps are
 * checked by structure, which survives Graphviz versions.
 * CG_RENDER_KEEP=DIR keeps the rendered seed files in DIR for a look.
 */
#include <errno.h>
#include <glib.h>
#include <graphviz/cgraph.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "render/render.h"

#include "check.h"

/* ---- fixtures ---------------------------------------------------------- */

typedef struct seed_doc {
    const char *id, *kind, *body, *date;
} seed_doc;

static const seed_doc seed_cited[] = {
    {"E/CN.4/RES/2005/55", "resolution", "CHR", "2005-04-20"},
    {"A/HRC/RES/6/3",      "resolution", "HRC", "2007-09-27"},
    {"A/HRC/RES/7/5",      "resolution", "HRC", "2008-03-27"},
    {"A/HRC/RES/9/2",      "resolution", "HRC", "2008-09-24"},
    {"A/HRC/RES/12/9",     "resolution", "HRC", "2009-10-01"},
    {"A/HRC/RES/15/13",    "resolution", "HRC", "2010-09-30"},
    {"A/HRC/RES/17/6",     "resolution", "HRC", "2011-06-16"},
    {"A/HRC/RES/18/5",     "resolution", "HRC", "2011-09-29"},
    {"A/HRC/RES/21/10",    "resolution", "HRC", "2012-09-27"},
    {"A/HRC/23/2",         "document",   "HRC", NULL        },
    {"A/HRC/23/45",        "document",   "HRC", NULL        },
    {"UN-CHARTER",         "instrument", NULL,  NULL        },
    {"ICESCR",             "instrument", NULL,  NULL        },
    {"ICESCR art. 2",      "article",    NULL,  NULL        },
    {"DRD",                "instrument", NULL,  NULL        },
    {"DRD art. 4",         "article",    NULL,  NULL        },
};
#define N_CITED (sizeof seed_cited / sizeof seed_cited[0])
#define FOCUS   "A/HRC/RES/23/12"

typedef struct seed_edge {
    const char *from, *to, *relation, *type;
} seed_edge;

static const seed_edge seed_edges[] = {
    {FOCUS,           "E/CN.4/RES/2005/55", "reaffirm",        NULL     },
    {FOCUS,           "A/HRC/RES/6/3",      "reaffirm",        NULL     },
    {FOCUS,           "A/HRC/RES/7/5",      "reaffirm",        NULL     },
    {FOCUS,           "A/HRC/RES/9/2",      "reaffirm",        NULL     },
    {FOCUS,           "A/HRC/RES/12/9",     "reaffirm",        NULL     },
    {FOCUS,           "A/HRC/RES/15/13",    "reaffirm",        NULL     },
    {FOCUS,           "A/HRC/RES/17/6",     "reaffirm",        NULL     },
    {FOCUS,           "A/HRC/RES/18/5",     "reaffirm",        NULL     },
    {FOCUS,           "A/HRC/RES/21/10",    "reaffirm,recall", NULL     },
    {FOCUS,           "A/HRC/23/2",         "welcome",         NULL     },
    {FOCUS,           "A/HRC/23/45",        "bearing-in-mind", NULL     },
    {FOCUS,           "UN-CHARTER",         "recall",          NULL     },
    {FOCUS,           "ICESCR art. 2",      "recall",          NULL     },
    {FOCUS,           "DRD art. 4",         "recall",          NULL     },
    {"ICESCR art. 2", "ICESCR",             NULL,              "part-of"},
    {"DRD art. 4",    "DRD",                NULL,              "part-of"},
};
#define N_EDGES (sizeof seed_edges / sizeof seed_edges[0])

static void add_seed_focus(cg_map *m)
{
    cg_error err;
    cg_map_node n = {
        FOCUS, "resolution", "HRC", "2013-06-13", "Human rights and international solidarity", 1, 1,
        32,    15,           0};
    CHECKF(cg_map_add_node(m, &n, &err) == 0, "add focus: %s", err.msg);
}

static void add_seed_cited(cg_map *m, size_t i)
{
    cg_error err;
    const seed_doc *d = &seed_cited[i];
    cg_map_node n = {d->id, d->kind, d->body, d->date, NULL, 0, 0, -1, -1, -1};
    CHECKF(cg_map_add_node(m, &n, &err) == 0, "add %s: %s", d->id, err.msg);
}

static void add_seed_edge(cg_map *m, size_t i)
{
    cg_error err;
    const seed_edge *s = &seed_edges[i];
    cg_map_edge e = {s->from, s->to, s->relation, s->type};
    CHECKF(cg_map_add_edge(m, &e, &err) == 0, "edge %s -> %s: %s", s->from, s->to, err.msg);
}

/* reversed = 1 adds everything in the opposite order: output must not
 * change. */
static cg_map *seed_map(int reversed)
{
    cg_map *m = cg_map_new();
    CHECKF(m != NULL, "cg_map_new");
    if (!reversed)
        add_seed_focus(m);
    for (size_t k = 0; k < N_CITED; k++)
        add_seed_cited(m, reversed ? N_CITED - 1 - k : k);
    if (reversed)
        add_seed_focus(m);
    for (size_t k = 0; k < N_EDGES; k++)
        add_seed_edge(m, reversed ? N_EDGES - 1 - k : k);
    CHECKF(cg_map_node_count(m) == N_CITED + 1, "node count: expected %zu, got %zu", N_CITED + 1,
           cg_map_node_count(m));
    return m;
}

/* ---- helpers ----------------------------------------------------------- */

static char *render(const cg_map *m, const cg_map_options *o, cg_map_format f, size_t *len)
{
    cg_error err = {0};
    char *data = NULL;
    int rc = cg_map_render(m, o, f, &data, len, &err);
    CHECKF(rc == 0 && data, "render format %d: rc %d: %s", (int)f, rc, err.msg);
    return data;
}

/* NUL-terminated copy, so text checks can use strstr. */
static char *as_text(const char *data, size_t len)
{
    char *s = malloc(len + 1);
    CHECKF(s != NULL, "malloc");
    memcpy(s, data, len);
    s[len] = '\0';
    CHECKF(strlen(s) == len, "output contains a NUL byte");
    return s;
}

static void write_file(const char *path, const char *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    CHECKF(f && fwrite(data, 1, len, f) == len && fclose(f) == 0, "cannot write %s", path);
}

/* xmllint --noout on the bytes; 1 when well-formed. */
static int well_formed_xml(const char *data, size_t len)
{
    char path[] = "/tmp/cg_render_XXXXXX";
    int fd = mkstemp(path);
    CHECKF(fd >= 0, "mkstemp");
    close(fd);
    write_file(path, data, len);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "xmllint --noout --nonet %s", path);
    int rc = system(cmd);
    unlink(path);
    return rc == 0;
}

/* Line number and both lines of the first difference, like diff would. */
static void report_diff(const char *want, const char *got)
{
    int line = 1;
    const char *w = want, *g = got, *wl = want, *gl = got;
    while (*w && *w == *g) {
        if (*w == '\n') {
            line++;
            wl = w + 1;
            gl = g + 1;
        }
        w++;
        g++;
    }
    fprintf(stderr, "first difference at line %d\n- %.*s\n+ %.*s\n", line, (int)strcspn(wl, "\n"),
            wl, (int)strcspn(gl, "\n"), gl);
}

/* ---- (1) the seed map -------------------------------------------------- */

static void test_seed_dot(const cg_map *m, const cg_map_options *o)
{
    size_t len;
    char *dot = render(m, o, CG_MAP_DOT, &len);
    char *text = as_text(dot, len);

    /* No byte golden: Graphviz versions write DOT differently. The checks
     * below are structural (re-parse, nodes, edges, attributes). */
    /* Same map built in the opposite order: same bytes. */
    cg_map *r = seed_map(1);
    size_t rlen;
    char *rdot = render(r, o, CG_MAP_DOT, &rlen);
    if (rlen != len || memcmp(rdot, dot, len) != 0) {
        char *rtext = as_text(rdot, rlen);
        report_diff(text, rtext);
        CHECKF(0, "DOT depends on insertion order");
    }
    printf("ok DOT independent of insertion order\n");

    /* Written unlaid-out: no coordinates. */
    CHECKF(!strstr(text, "pos=") && !strstr(text, "bb="), "DOT contains layout positions");
    /* Re-parseable, with the documents and edges we put in. */
    Agraph_t *g = agmemread(text);
    CHECKF(g != NULL, "agmemread cannot parse the seed DOT");
    CHECKF(agisstrict(g) && agisdirected(g), "not a strict digraph");
    for (size_t k = 0; k < N_CITED; k++)
        CHECKF(agnode(g, (char *)seed_cited[k].id, 0) != NULL, "node %s missing after re-parse",
               seed_cited[k].id);
    Agnode_t *f = agnode(g, (char *)FOCUS, 0);
    Agnode_t *t = agnode(g, (char *)"A/HRC/RES/6/3", 0);
    CHECKF(f && t && agedge(g, f, t, NULL, 0), "edge focus -> 6/3 missing");
    char *pw = agget(f, (char *)"penwidth");
    CHECKF(pw && strcmp(pw, "3") == 0, "focus penwidth: expected 3, got %s", pw ? pw : "(null)");
    agclose(g);
    printf("ok seed DOT re-parses: strict digraph, %zu documents, focus "
           "penwidth 3\n",
           N_CITED + 1);
    free(rdot);
    cg_map_free(r);
    free(text);
    free(dot);
}

static void test_seed_svg(const cg_map *m, const cg_map_options *o)
{
    size_t len, len2;
    char *svg = render(m, o, CG_MAP_SVG, &len);
    char *svg2 = render(m, o, CG_MAP_SVG, &len2);
    CHECKF(len == len2 && memcmp(svg, svg2, len) == 0, "two SVG renders differ (%zu vs %zu bytes)",
           len, len2);
    printf("ok SVG byte-identical across two renders (%zu bytes)\n", len);
    CHECKF(well_formed_xml(svg, len), "seed SVG is not well-formed XML");
    printf("ok SVG well-formed (xmllint)\n");

    char *text = as_text(svg, len);
    CHECKF(strstr(text, "xlink:href=\"https://undocs.org/A/HRC/RES/6/3\""),
           "no link to https://undocs.org/A/HRC/RES/6/3");
    CHECKF(strstr(text, "https://undocs.org/E/CN.4/RES/2005/55"), "no link to E/CN.4/RES/2005/55");
    CHECKF(strstr(text, "target=\"_blank\""), "no target=_blank");
    CHECKF(!strstr(text, "undocs.org/ICESCR") && !strstr(text, "undocs.org/UN-CHARTER") &&
               !strstr(text, "undocs.org/DRD"),
           "an instrument is linked to undocs.org");
    for (size_t k = 0; k < N_CITED; k++) {
        /* Graphviz writes '-' as &#45; in SVG text (comments safety). */
        char title[128] = "<title>";
        for (const char *c = seed_cited[k].id; *c; c++)
            strcat(title, *c == '-' ? "&#45;" : (char[2]){*c, 0});
        strcat(title, "</title>");
        CHECKF(strstr(text, title), "SVG has no node %s", seed_cited[k].id);
    }
    CHECKF(strstr(text, "xlink:title=\"A/HRC/RES/23/12&#10;Human rights and international "
                        "solidarity&#10;2013&#45;06&#45;13&#10;vote "
                        "(yes/no/abstain): 32/15/0\""),
           "focus tooltip (title, date, vote) missing");
    CHECKF(strstr(text, ">2005</text>") && strstr(text, ">undated</text>"),
           "time axis labels missing");
    CHECKF(strstr(text, "font-weight=\"bold\""), "focus label not bold");
    CHECKF(strstr(text, "stroke-dasharray"), "no dashed (cited-only) node");
    printf("ok SVG links (undocs.org for symbols, none for instruments), "
           "every id, tooltip, axis, bold focus\n");

    cg_map_options zh = *o;
    zh.lang = "zh";
    size_t zlen;
    char *zsvg = render(m, &zh, CG_MAP_SVG, &zlen);
    char *ztext = as_text(zsvg, zlen);
    CHECKF(strstr(ztext, "https://undocs.org/zh/A/HRC/RES/6/3"), "no zh link for A/HRC/RES/6/3");
    CHECKF(!strstr(ztext, "https://undocs.org/A/"), "a link without zh/");
    printf("ok lang zh: links are https://undocs.org/zh/...\n");

    /* A caller's link (the report's "#doc-..." anchors) replaces the
     * undocs.org one and opens in place; a link that could break out of
     * the attribute is refused. */
    cg_error lerr;
    CHECKF(cg_map_set_link((cg_map *)m, "A/HRC/RES/6/3", "#doc-A_HRC_RES_6_3", &lerr) == 0,
           "set_link: %s", lerr.msg);
    CHECKF(cg_map_set_link((cg_map *)m, "A/HRC/RES/6/3", "#x\" onclick=\"y", &lerr) == EINVAL,
           "a quote in a link was accepted");
    CHECKF(cg_map_set_link((cg_map *)m, "NOT/A/NODE", "#x", &lerr) == EINVAL,
           "a link for a node not added was accepted");
    size_t llen;
    char *lsvg = render(m, o, CG_MAP_SVG, &llen);
    char *ltext = as_text(lsvg, llen);
    const char *at = strstr(ltext, "xlink:href=\"#doc-A_HRC_RES_6_3\"");
    CHECKF(at, "the caller's link is not in the SVG");
    CHECKF(!strstr(ltext, "https://undocs.org/A/HRC/RES/6/3"), "undocs link kept beside it");
    const char *tag_end = at ? strchr(at, '>') : NULL;
    CHECKF(tag_end && !g_strstr_len(at, tag_end - at, "target="),
           "a link opening in place has a target");
    CHECKF(strstr(ltext, "https://undocs.org/E/CN.4/RES/2005/55"), "other nodes lost their link");
    CHECKF(cg_map_set_link((cg_map *)m, "A/HRC/RES/6/3", NULL, &lerr) == 0, "unset_link: %s",
           lerr.msg);
    free(ltext);
    free(lsvg);
    printf("ok a caller's link replaces undocs.org and opens in place\n");

    const char *keep = getenv("CG_RENDER_KEEP");
    if (keep) {
        char path[512];
        snprintf(path, sizeof path, "%s/seed.svg", keep);
        write_file(path, svg, len);
    }
    free(ztext);
    free(zsvg);
    free(text);
    free(svg);
    free(svg2);
}

static void test_seed_binary(const cg_map *m, const cg_map_options *o)
{
    size_t len, len2, plen;
    char *png = render(m, o, CG_MAP_PNG, &len);
    plen = len;
    CHECKF(len > 10000 && memcmp(png, "\x89PNG\r\n\x1a\n", 8) == 0,
           "PNG: signature or size wrong (%zu bytes)", len);
    char *png2 = render(m, o, CG_MAP_PNG, &len2);
    CHECKF(len == len2 && memcmp(png, png2, len) == 0, "PNG not reproducible");
    printf("ok PNG signature, %zu bytes, reproducible\n", len);
    char *pdf = render(m, o, CG_MAP_PDF, &len);
    CHECKF(len > 5000 && memcmp(pdf, "%PDF-", 5) == 0, "PDF: header or size wrong (%zu bytes)",
           len);
    sleep(1); /* a timestamp in the PDF would now differ */
    char *pdf2 = render(m, o, CG_MAP_PDF, &len2);
    CHECKF(len == len2 && memcmp(pdf, pdf2, len) == 0, "PDF not reproducible (creation date?)");
    printf("ok PDF header, %zu bytes, reproducible a second later\n", len);

    const char *keep = getenv("CG_RENDER_KEEP");
    if (keep) {
        char path[512];
        snprintf(path, sizeof path, "%s/seed.png", keep);
        write_file(path, png, plen);
    }
    free(png);
    free(png2);
    free(pdf);
    free(pdf2);
}

/* ---- (2) hostile text -------------------------------------------------- */

/* An id with markup, quotes, an ampersand, a Graphviz escape, Arabic and a
 * right-to-left override; a title with all that plus newlines, control
 * bytes, broken UTF-8 and a trailing backslash. */
#define EVIL_ID "A/<script>alert(\"x\")</script>&amp;/\xD9\x82\xD8\xB1\xD8\xA7\xD8\xB1 evil--"
#define EVIL_TITLE                                       \
    "T\"itle\\N \\G <script>alert(1)</script> & &lt; \n" \
    "line2\r\t\x01 \xE2\x80\xAE\xD9\x82\xD8\xB1\xD8\xA7\xD8\xB1 \xFF\xC0 end\\"

static void test_hostile(void)
{
    cg_error err;
    cg_map *m = cg_map_new();
    CHECKF(m != NULL, "cg_map_new");
    cg_map_node a = {EVIL_ID, "resolution", "GA<b>", "2001-01-01\\n", EVIL_TITLE, 1, 1, -1, 3, -1};
    CHECKF(cg_map_add_node(m, &a, &err) == 0, "add evil node: %s", err.msg);
    cg_map_node b = {"B\"]; x -> y; [", "decision", NULL, NULL, "\\", 0, 0, -1, -1, -1};
    CHECKF(cg_map_add_node(m, &b, &err) == 0, "add quote node: %s", err.msg);
    cg_map_edge e = {EVIL_ID, b.id, "<b>\\N", "\"cites\""};
    CHECKF(cg_map_add_edge(m, &e, &err) == 0, "add evil edge: %s", err.msg);

    /* What the map refuses, leaving itself unchanged. */
    cg_map_node bad = {"ends with \\", NULL, NULL, NULL, NULL, 0, 0, -1, -1, -1};
    CHECKF(cg_map_add_node(m, &bad, &err) == EINVAL && err.code == EINVAL,
           "trailing backslash id accepted");
    bad.id = "#year 2005";
    CHECKF(cg_map_add_node(m, &bad, &err) == EINVAL, "reserved id accepted");
    bad.id = "A/\\N";
    CHECKF(cg_map_add_node(m, &bad, &err) == EINVAL, "backslash accepted");
    bad.id = "tab\there";
    CHECKF(cg_map_add_node(m, &bad, &err) == EINVAL, "control byte accepted");
    bad.id = "rlo \xE2\x80\xAE inside";
    CHECKF(cg_map_add_node(m, &bad, &err) == EINVAL, "U+202E in an id accepted");
    bad.id = "bad \xC0\xAF utf8";
    CHECKF(cg_map_add_node(m, &bad, &err) == EINVAL, "overlong UTF-8 accepted");
    bad.id = "";
    CHECKF(cg_map_add_node(m, &bad, &err) == EINVAL, "empty id accepted");
    CHECKF(cg_map_add_node(m, &b, &err) == EEXIST, "duplicate id accepted");
    cg_map_edge dangling = {EVIL_ID, "nowhere", NULL, NULL};
    CHECKF(cg_map_add_edge(m, &dangling, &err) == EINVAL, "edge to an unknown node accepted");
    CHECKF(cg_map_node_count(m) == 2, "count after refusals: expected 2, got %zu",
           cg_map_node_count(m));
    printf("ok refused: backslashes, reserved '#', "
           "control byte, U+202E, bad "
           "UTF-8, empty id, duplicate, dangling edge\n");

    cg_map_options o = {
        CG_RANKDIR_AUTO, "f\"r", "<script>T</script> \\N & \xE2\x80\xAE", 1, 0, NULL, NULL};
    size_t len;
    char *dot = render(m, &o, CG_MAP_DOT, &len);
    char *text = as_text(dot, len);
    Agraph_t *g = agmemread(text);
    CHECKF(g != NULL, "hostile DOT does not re-parse:\n%s", text);
    Agnode_t *na = agnode(g, (char *)EVIL_ID, 0);
    Agnode_t *nb = agnode(g, (char *)b.id, 0);
    CHECKF(na && nb, "hostile node names did not survive the round trip");
    CHECKF(agedge(g, na, nb, NULL, 0) != NULL, "hostile edge lost");
    CHECKF(!agnode(g, (char *)"x", 0) && !agnode(g, (char *)"y", 0),
           "an id injected DOT statements");
    const char *want_tip =
        "T\"itle\\\\\\\\N \\\\\\\\G &lt;script>alert(1)&lt;/script> &amp; &amp;lt;  line2"
        "    \xD9\x82\xD8\xB1\xD8\xA7\xD8\xB1 \xEF\xBF\xBD\xEF\xBF\xBD end\\\\\\\\"
        "\\n2001-01-01\\\\\\\\n\\nvote (yes/no/abstain): ?/3/?";
    /* The tooltip is the id, a line break, then the title and the rest. */
    char *tip = agget(na, (char *)"tooltip");
    CHECKF(tip && strlen(tip) > strlen(want_tip) &&
               strcmp(tip + strlen(tip) - strlen(want_tip), want_tip) == 0 &&
               !strncmp(tip + strlen(tip) - strlen(want_tip) - 2, "\\n", 2),
           "tooltip after round trip:\nexpected [%s]\n     got [%s]", want_tip,
           tip ? tip : "(null)");
    CHECKF(aghtmlstr(agget(na, (char *)"label")),
           "label is not an HTML-like label after the round trip");
    char *tipb = agget(nb, (char *)"tooltip");
    CHECKF(tipb && strlen(tipb) > 4 && strcmp(tipb + strlen(tipb) - 6, "\\n\\\\\\\\") == 0,
           "lone backslash title: expected 4 backslashes, got [%s]", tipb);
    agclose(g);
    printf("ok hostile DOT re-parses; names, tooltip (escaped: \\\\\\\\, &amp;, "
           "&lt;, no controls, no U+202E, U+FFFD) exact\n");

    size_t slen;
    char *svg = render(m, &o, CG_MAP_SVG, &slen);
    char *stext = as_text(svg, slen);
    if (getenv("CG_RENDER_KEEP")) {
        char path[512];
        snprintf(path, sizeof path, "%s/hostile.svg", getenv("CG_RENDER_KEEP"));
        write_file(path, svg, slen);
    }
    CHECKF(well_formed_xml(svg, slen), "hostile SVG is not well-formed");
    CHECKF(!strstr(stext, "<script") && !strstr(stext, "<b>"), "raw markup in the SVG");
    CHECKF(!strstr(stext, "\xE2\x80\xAE"), "U+202E reached the SVG");
    CHECKF(strstr(stext, "&lt;script&gt;alert(1)&lt;/script&gt;"),
           "escaped title text missing in the SVG");
    CHECKF(strstr(stext, "&#10;T&quot;itle\\N \\G &lt;script&gt;"),
           "\\N or \\G expanded in the tooltip, or markup not escaped");
    CHECKF(strstr(stext, "end\\&#10;2001&#45;01&#45;01\\n&#10;vote"),
           "tooltip: literal backslashes or line breaks wrong");
    CHECKF(strstr(stext, ">2001&#45;01&#45;01\\n</text>"),
           "backslash in the date label lost or expanded");
    CHECKF(strstr(stext, "&lt;/script&gt; \\N &amp; </text>"),
           "graph title: \\N expanded or markup not escaped");
    CHECKF(strstr(stext, "&lt;/script&gt;&amp;amp;/\xD9\x82\xD8\xB1\xD8\xA7\xD8\xB1 "
                         "evil&#45;&#45;</text>"),
           "hostile id label not shown literally");
    CHECKF(strstr(stext, "&amp;lt;"), "title '&lt;' lost its literal '&'");
    CHECKF(strstr(stext, "https://undocs.org/f%22r/A/%3Cscript%3Ealert"),
           "id and lang not percent-encoded in the link");
    printf("ok hostile SVG well-formed, no raw <script>, no U+202E, escapes "
           "kept literal, link percent-encoded\n");

    size_t plen;
    char *png = render(m, &o, CG_MAP_PNG, &plen);
    CHECKF(plen > 100 && memcmp(png, "\x89PNG", 4) == 0, "hostile PNG");
    free(png);
    free(svg);
    free(stext);
    free(text);
    free(dot);
    cg_map_free(m);
}

/* ---- (3) a large map --------------------------------------------------- */

static void test_large(void)
{
    enum { N = 600 };
    cg_error err;
    cg_map *m = cg_map_new();
    CHECKF(m != NULL, "cg_map_new");
    char id[32], prev[32], date[24];
    for (int i = 0; i < N; i++) {
        snprintf(id, sizeof id, "A/RES/%d/%d", 1 + i / 50, i);
        snprintf(date, sizeof date, "%d-01-01", 1950 + i / 20);
        cg_map_node n = {id, "resolution", "GA", date, NULL, 1, i == N - 1, -1, -1, -1};
        CHECKF(cg_map_add_node(m, &n, &err) == 0, "add %s: %s", id, err.msg);
        if (i > 0) {
            cg_map_edge e = {id, prev, "recall", NULL};
            CHECKF(cg_map_add_edge(m, &e, &err) == 0, "edge: %s", err.msg);
        }
        memcpy(prev, id, sizeof id);
    }
    cg_map_options o = {CG_RANKDIR_AUTO, NULL, NULL, 1, 0, NULL, NULL};
    size_t len;
    char *dot = render(m, &o, CG_MAP_DOT, &len);
    char *text = as_text(dot, len);
    CHECKF(strstr(text, "layout=sfdp"), "600 nodes > 400: expected sfdp");
    free(text);
    free(dot);
    char *svg = render(m, &o, CG_MAP_SVG, &len);
    CHECKF(len > 1000, "large SVG too small: %zu bytes", len);
    CHECKF(well_formed_xml(svg, len), "large SVG not well-formed");
    free(svg);
    printf("ok 600-node chain drawn with sfdp (%zu bytes of SVG)\n", len);

    o.large = 1000; /* same map through dot */
    svg = render(m, &o, CG_MAP_SVG, &len);
    CHECKF(len > 1000, "large dot SVG too small: %zu bytes", len);
    free(svg);
    printf("ok 600-node chain drawn with dot when large = 1000 (%zu bytes)\n", len);
    cg_map_free(m);
}

/* ---- body names in the legend -------------------------------------------- */

static const char *test_body_name(const char *code, void *user)
{
    (void)user;
    return !strcmp(code, "HRC") ? "Human Rights Council" : NULL;
}

/* The legend names a body as the caller says (the CLI: body-names.tsv),
 * and by its code alone when nobody says. */
static void test_body_names(const cg_map *m, const cg_map_options *o)
{
    cg_map_options named = *o;
    named.body_name = test_body_name;
    size_t len;
    char *dot = render(m, &named, CG_MAP_DOT, &len);
    char *text = as_text(dot, len);
    CHECKF(strstr(text, "HRC: Human Rights Council"), "legend lacks the name given");
    free(text);
    free(dot);
    dot = render(m, o, CG_MAP_DOT, &len);
    text = as_text(dot, len);
    CHECKF(!strstr(text, "Human Rights Council") && strstr(text, "</FONT> HRC"),
           "legend without names: expected the code alone");
    free(text);
    free(dot);
    printf("ok legend names bodies as told, by code otherwise\n");
}

/* ---- formats and arguments --------------------------------------------- */

static void test_formats(void)
{
    static const struct {
        const char *s;
        int from_path, parse;
    } cases[] = {
        {"map.dot",     CG_MAP_DOT, -1        },
        {"map.gv",      CG_MAP_DOT, -1        },
        {"out/MAP.SVG", CG_MAP_SVG, -1        },
        {"a.b/map.png", CG_MAP_PNG, -1        },
        {"map.pdf",     CG_MAP_PDF, -1        },
        {"map.txt",     -1,         -1        },
        {"dir.svg/map", -1,         -1        },
        {"svg",         -1,         CG_MAP_SVG},
        {"dot",         -1,         CG_MAP_DOT},
        {"png",         -1,         CG_MAP_PNG},
        {"pdf",         -1,         CG_MAP_PDF},
        {"gv",          -1,         -1        },
        {"SVG",         -1,         -1        },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int p = cg_map_format_from_path(cases[i].s);
        int q = cg_map_format_parse(cases[i].s);
        CHECKF(p == cases[i].from_path, "format_from_path(%s): expected %d, got %d", cases[i].s,
               cases[i].from_path, p);
        CHECKF(q == cases[i].parse, "format_parse(%s): expected %d, got %d", cases[i].s,
               cases[i].parse, q);
    }
    CHECKF(cg_map_format_from_path(NULL) == -1 && cg_map_format_parse(NULL) == -1,
           "NULL format name");
    cg_map *m = cg_map_new();
    char *data = NULL;
    size_t len = 0;
    cg_error err;
    CHECKF(cg_map_render(m, NULL, (cg_map_format)7, &data, &len, &err) == EINVAL && data == NULL,
           "bad format accepted");
    CHECKF(cg_map_render(m, NULL, CG_MAP_SVG, &data, &len, &err) == 0 && len > 0, "empty map: %s",
           err.msg);
    free(data);
    cg_map_free(m);
    printf("ok format names and extensions, bad format refused, empty map "
           "renders\n");
}

int main(void)
{
    cg_map *m = seed_map(0);
    cg_map_options o = {
        CG_RANKDIR_AUTO, NULL, "Human rights and international solidarity", 1, 0, NULL, NULL};
    test_seed_dot(m, &o);
    test_body_names(m, &o);
    test_seed_svg(m, &o);
    test_seed_binary(m, &o);
    cg_map_free(m);
    test_hostile();
    test_large();
    test_formats();
    cg_render_shutdown();
    printf("test_render: %d checks passed\n", cg_checks);
    return 0;
}
