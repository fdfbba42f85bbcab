/*
 * cmd_report.c - `citegraph report`: one self-contained HTML file that a
 * reader can open offline, share and print. This file parses the options,
 * reads the corpus, picks the focus and strings the sections together; the
 * sections live in report_*.c.
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "render/render.h"
#include "report.h"

static const char help[] =
    "usage: citegraph report [OPTIONS] PATH... -o report.html\n"
    "\n"
    "Writes one self-contained HTML file (inline CSS and SVG, no network\n"
    "access needed, printable) describing the corpus:\n"
    "  1. the corpus at a glance: documents by language, body and year,\n"
    "     citations by kind, the files that could not be read and why;\n"
    "  2. the most-cited targets (a table sortable by clicking a header);\n"
    "  3. the lineage map of the focus document or of a series;\n"
    "  4. the mandate's history: date, symbol, title, vote and what each\n"
    "     document added to its predecessor's citations;\n"
    "  5. every document's citations by paragraph, with the clause verb and\n"
    "     the cited passage in context, linked to https://undocs.org/.\n"
    "The same corpus and options give the same bytes (no date is recorded).\n"
    "\n"
    "options:\n"
    "  -o, --output FILE the report (written atomically; - for stdout)\n"
    "  --focus ID        the document of sections 3 and 4 (default:\n"
    "                    A/HRC/RES/23/12 when in the corpus, else the document\n"
    "                    with the most citations, the most recent on a tie)\n"
    "  --series PHRASE   instead of a focus, a mandate's history (repeat it, one\n"
    "                    phrase per language): the members `citegraph lineage\n"
    "                    --series` finds, in the same order; the focus is the\n"
    "                    latest member of the corpus\n"
    "  --documents D     section 5: all (default up to 300 documents), series\n"
    "                    (the focus or series and the 25 most cited documents;\n"
    "                    the default above 300) or none; the rest is summarised\n"
    "  --depth N         citation steps shown around the focus (default 2;\n"
    "                    0 = unlimited)\n"
    "  -n, --top N       rows of the most-cited table (default 25; 0 = all)\n"
    "  --title TEXT      the report's title (default: Citation report)\n"
    "  --link-lang L     link map nodes to https://undocs.org/L/<symbol>\n"
    CG_CORPUS_HELP
    "\n"
    "exit status: 0 written; 1 usage error (also: unknown --focus, a --series\n"
    "that matches no title); 2 some input could not be read (the report was\n"
    "written and lists it); 3 the report could not be written; 4 the reference\n"
    "data failed to load.\n";

int rp_in_corpus(const rp_ctx *r, size_t v)
{
    if (r->shown)
        return v < cg_graph_vertex_count(r->g) && r->shown[v];
    cg_vertex_view vw;
    cg_graph_vertex(r->g, v, &vw);
    return vw.in_corpus;
}

/* Section 5 at corpus scale: every document is 56 MB for 18,000 files,
 * more than a browser opens; "series" keeps the history's members and the
 * documents of the corpus cited most. */
enum { DOCS_ALL_MAX = 300, DOCS_MOST_CITED = 25 };

typedef struct cited {
    size_t v;
    int n;
    const char *id;
} cited;

static int by_cited(const void *a, const void *b)
{
    const cited *x = a, *y = b;
    if (x->n != y->n)
        return x->n > y->n ? -1 : 1;
    return strcmp(x->id, y->id);
}

static int choose_shown(rp_ctx *r)
{
    size_t nv = cg_graph_vertex_count(r->g);
    r->shown = calloc(nv + 1, 1);
    if (!r->shown)
        return -1;
    if (!r->documents)
        r->documents = r->ndocs <= DOCS_ALL_MAX ? "all" : "series";
    if (!strcmp(r->documents, "all")) {
        for (size_t i = 0; i < r->ndocs; i++)
            if (r->docs[i].vertex != (size_t)-1)
                r->shown[r->docs[i].vertex] = 1;
    } else if (!strcmp(r->documents, "series")) {
        for (size_t i = 0; i < r->hist.n; i++)
            if (r->hist.rows[i].vw.in_corpus)
                r->shown[r->hist.rows[i].v] = 1;
        if (r->focus && cg_graph_find(r->g, r->focus) != (size_t)-1) {
            size_t f = cg_graph_find(r->g, r->focus);
            cg_vertex_view fv;
            cg_graph_vertex(r->g, f, &fv);
            r->shown[f] = fv.in_corpus != 0;
        }
        cited *c = calloc(nv + 1, sizeof *c);
        size_t k = 0;
        for (size_t v = 0; c && v < nv; v++) {
            cg_vertex_view vw;
            cg_graph_vertex(r->g, v, &vw);
            if (vw.in_corpus && vw.cited_by_docs > 0)
                c[k++] = (cited){v, vw.cited_by_docs, vw.id};
        }
        if (c)
            qsort(c, k, sizeof *c, by_cited);
        for (size_t i = 0; c && i < k && i < DOCS_MOST_CITED; i++)
            r->shown[c[i].v] = 1;
        free(c);
    }
    r->nshown = 0;
    for (size_t v = 0; v < nv; v++)
        r->nshown += r->shown[v];
    return 0;
}

static int by_when(const void *a, const void *b)
{
    const cg_series_member *x = a, *y = b;
    if (!x->when[0] != !y->when[0])
        return x->when[0] ? -1 : 1;
    int c = strcmp(x->when, y->when);
    return c ? c : (x->vertex < y->vertex ? -1 : x->vertex > y->vertex);
}

/* Section 4's rows: the series' members, or the resolutions and decisions
 * of the focus lineage (and the focus), as history rows. */
static int history_rows(rp_ctx *r)
{
    cg_cut_table *cut = cg_cut_table_new();
    for (size_t i = 0; i < r->ndocs; i++)
        cg_cut_table_add(cut, r->docs[i].d);
    cg_series_member *m = NULL;
    size_t n = 0;
    cg_error err;
    int rc = 0;
    if (r->phrases) {
        if (cg_graph_series_members(r->g, r->phrases, &m, &n, &err)) {
            cg_msg("report: --series: %s", err.msg);
            rc = CG_EXIT_OUTPUT;
        }
    } else {
        cg_lineage_options lo = {CG_DIR_BOTH, r->depth, NULL, 1};
        cg_graph *s = NULL;
        if (cg_graph_lineage(r->g, r->focus, &lo, &s, &err)) {
            cg_msg("report: lineage of %s: %s", r->focus, err.msg);
            rc = CG_EXIT_OUTPUT;
        } else {
            size_t ns = cg_graph_vertex_count(s);
            m = calloc(ns + 1, sizeof *m);
            for (size_t i = 0; m && i < ns; i++) {
                cg_vertex_view v;
                cg_graph_vertex(s, i, &v);
                int keep = !strcmp(v.id, r->focus) ||
                           (v.kind && (!strcmp(v.kind, "resolution") || !strcmp(v.kind, "decision")));
                size_t gv = keep ? cg_graph_find(r->g, v.id) : (size_t)-1;
                if (gv == (size_t)-1)
                    continue;
                cg_vertex_view w;
                cg_graph_vertex(r->g, gv, &w);
                m[n].vertex = gv;
                m[n].how = CG_SERIES_CHAIN;
                cg_graph_when(w.id, w.date, m[n].when, &m[n].when_estimated);
                n++;
            }
            if (m)
                qsort(m, n, sizeof *m, by_when);
            cg_graph_free(s);
        }
    }
    if (!rc) {
        int b = cg_history_build(r->g, m, n, cut, r->phrases ? NULL : r->focus, &r->hist);
        if (b == ENOENT && !r->phrases)
            b = 0;   /* a focus only cited: no row is bold in the table */
        if (b) {
            cg_msg("out of memory");
            rc = CG_EXIT_OUTPUT;
        }
    }
    free(m);
    g_hash_table_destroy(cut);
    return rc;
}

static int doc_order(const void *a, const void *b)
{
    const rp_doc *x = a, *y = b;
    const char *dx = *x->in.date ? x->in.date : "9999", *dy = *y->in.date ? y->in.date : "9999";
    int c = strcmp(dx, dy);
    if (!c)
        c = strcmp(x->in.id, y->in.id);
    if (!c)
        c = strcmp(x->in.lang, y->in.lang);
    return c ? c : strcmp(x->in.file, y->in.file);
}

/* Readable documents sorted, "cites" edges per vertex, article parents. */
static int index_corpus(rp_ctx *r)
{
    const cg_corpus *c = r->c;
    size_t ndocs = 0;     /* a file may hold several documents */
    for (size_t i = 0; i < c->n; i++)
        for (const cg_doc *d = c->docs[i]; d; d = cg_doc_next(d))
            ndocs++;
    r->docs = calloc(ndocs ? ndocs : 1, sizeof *r->docs);
    size_t nv = cg_graph_vertex_count(r->g), ne = cg_graph_edge_count(r->g);
    r->out_off = calloc(nv + 1, sizeof *r->out_off);
    r->out_edge = calloc(ne ? ne : 1, sizeof *r->out_edge);
    r->parent = malloc((nv ? nv : 1) * sizeof *r->parent);
    if (!r->docs || !r->out_off || !r->out_edge || !r->parent)
        return -1;
    for (size_t i = 0; i < c->n; i++)
    for (cg_doc *part = c->docs[i]; part; part = cg_doc_next(part)) {
        rp_doc *d = &r->docs[r->ndocs++];
        d->d = part;
        cg_doc_get_info(d->d, &d->in);
        d->vertex = cg_graph_find(r->g, d->in.id);
    }
    qsort(r->docs, r->ndocs, sizeof *r->docs, doc_order);
    for (size_t v = 0; v < nv; v++)
        r->parent[v] = (size_t)-1;
    /* Edges come sorted by (from, to): one counting pass, one filling pass. */
    for (size_t e = 0; e < ne; e++) {
        cg_edge_view ev;
        cg_graph_edge(r->g, e, &ev);
        if (!strcmp(ev.type, "cites"))
            r->out_off[ev.from + 1]++;
        else if (!strcmp(ev.type, "part-of"))
            r->parent[ev.from] = ev.to;
    }
    for (size_t v = 0; v < nv; v++)
        r->out_off[v + 1] += r->out_off[v];
    size_t k = 0;
    for (size_t e = 0; e < ne; e++) {
        cg_edge_view ev;
        cg_graph_edge(r->g, e, &ev);
        if (!strcmp(ev.type, "cites"))
            r->out_edge[k++] = e;
    }
    return 0;
}

/* The seed resolution when present, else the document with the most
 * citations, the most recent on a tie, then the smallest id. */
static const char *default_focus(const rp_ctx *r)
{
    static const char seed[] = "A/HRC/RES/23/12";
    size_t v = cg_graph_find(r->g, seed);
    if (v != (size_t)-1 && rp_in_corpus(r, v))
        return seed;
    const rp_doc *best = NULL;
    size_t most = 0;
    for (size_t i = 0; i < r->ndocs; i++) {
        const rp_doc *d = &r->docs[i];
        size_t n = cg_doc_citation_count(d->d);
        int better = !best || n > most;
        if (best && n == most) {
            int c = strcmp(d->in.date, best->in.date);
            better = c > 0 || (c == 0 && strcmp(d->in.id, best->in.id) < 0);
        }
        if (better) {
            best = d;
            most = n;
        }
    }
    return best ? best->in.id : NULL;
}

static void header(GString *o, const rp_ctx *r, const char *title)
{
    g_string_append(o, "<header class=\"top\"><div class=\"wrap\">\n<h1>");
    rp_esc(o, title);
    g_string_append_printf(o, "</h1>\n<p>%zu document%s read from ", r->ndocs,
                           r->ndocs == 1 ? "" : "s");
    for (int i = 0; i < r->npaths; i++) {
        if (i == 3) {
            g_string_append_printf(o, " and %d more", r->npaths - 3);
            break;
        }
        g_string_append(o, i ? ", <code>" : "<code>");
        rp_esc(o, r->paths[i]);
        g_string_append(o, "</code>");
    }
    if (r->focus) {
        g_string_append(o, " · focus: <span class=\"sym\">");
        rp_esc(o, r->focus);
        g_string_append(o, "</span>");
    } else {
        g_string_append(o, " · series: <span dir=\"auto\">“");
        for (size_t i = 0; r->phrases && r->phrases[i]; i++) {
            g_string_append(o, i ? "”, “" : "");
            rp_esc(o, r->phrases[i]);
        }
        g_string_append(o, "”</span>");
        if (r->hist.focus < r->hist.n) {
            g_string_append(o, " · focus (latest member): <span class=\"sym\">");
            rp_esc(o, r->hist.rows[r->hist.focus].vw.id);
            g_string_append(o, "</span>");
        }
    }
    g_string_append(o, "</p>\n</div></header>\n"
                       "<nav class=\"toc\" aria-label=\"Sections\"><div class=\"wrap\"><ol>"
                       "<li><a href=\"#glance\">1. At a glance</a></li>"
                       "<li><a href=\"#top\">2. Most-cited</a></li>"
                       "<li><a href=\"#map\">3. Lineage map</a></li>"
                       "<li><a href=\"#history\">4. History</a></li>"
                       "<li><a href=\"#docs\">5. Documents</a></li>"
                       "</ol></div></nav>\n<main id=\"main\" class=\"wrap\" tabindex=\"-1\">\n");
}

static void footer(GString *o, const rp_ctx *r)
{
    g_string_append(o, "</main>\n<footer><div class=\"wrap\">Made with citegraph " CG_VERSION
                       " (pattern catalogue and reference data ");
    rp_esc(o, cg_extractor_fingerprint(r->c->x));
    g_string_append(o, "). Links lead to the official texts on undocs.org; everything else is in "
                       "this file.</div></footer>\n");
}

static int build(rp_ctx *r, const char *title, GString *o)
{
    rp_page_begin(o, title);
    header(o, r, title);
    rp_section_glance(o, r);
    int rc = rp_section_top(o, r);
    if (!rc)
        rc = rp_section_map(o, r);
    if (rc)
        return rc;
    rp_section_timeline(o, r);
    rp_section_docs(o, r);
    footer(o, r);
    rp_page_end(o);
    return 0;
}

int cmd_report(int argc, char **argv)
{
    static const struct option lo[] = {
        {"output", required_argument, NULL, 'o'},
        {"focus", required_argument, NULL, 5001},
        {"series", required_argument, NULL, 5002},
        {"depth", required_argument, NULL, 5003},
        {"top", required_argument, NULL, 'n'},
        {"title", required_argument, NULL, 5004},
        {"link-lang", required_argument, NULL, 5005},
        {"documents", required_argument, NULL, 5006},
        {"help", no_argument, NULL, 'h'},
        CG_CORPUS_LONGOPTS,
        {NULL, 0, NULL, 0}};
    cg_corpus_opts co = {0};
    const char *output = NULL, *focus = NULL, *title = "Citation report", *documents = NULL;
    g_autoptr(GPtrArray) phrases = g_ptr_array_new();
    const char *link_lang = NULL;
    int depth = 2, top = 25, opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "o:n:j:qvh", lo, NULL)) != -1) {
        int t = cg_corpus_opt(opt, optarg, &co);
        if (t < 0)
            return CG_EXIT_USAGE;
        if (t)
            continue;
        switch (opt) {
        case 'o': output = optarg; break;
        case 5001: focus = optarg; break;
        case 5002:
            if (!*optarg) {
                cg_msg("report: --series: the phrase is empty");
                return CG_EXIT_USAGE;
            }
            g_ptr_array_add(phrases, optarg);
            break;
        case 5003:
            if (cg_parse_int(optarg, 0, 1000000, &depth)) {
                cg_msg("--depth: expected a number, got '%s'", optarg);
                return CG_EXIT_USAGE;
            }
            break;
        case 'n':
            if (cg_parse_int(optarg, 0, 100000000, &top)) {
                cg_msg("--top: expected a number, got '%s'", optarg);
                return CG_EXIT_USAGE;
            }
            break;
        case 5004: title = optarg; break;
        case 5005: link_lang = optarg; break;
        case 5006:
            if (strcmp(optarg, "all") && strcmp(optarg, "series") && strcmp(optarg, "none")) {
                cg_msg("--documents: expected all, series or none, got '%s'", optarg);
                return CG_EXIT_USAGE;
            }
            documents = optarg;
            break;
        case 'h': fputs(help, stdout); return CG_EXIT_OK;
        default: fputs(help, stderr); return CG_EXIT_USAGE;
        }
    }
    if (!output) {
        cg_msg("report: -o FILE is required (see citegraph report --help)");
        return CG_EXIT_USAGE;
    }
    if (focus && phrases->len) {
        cg_msg("report: --focus and --series exclude each other");
        return CG_EXIT_USAGE;
    }
    if (optind >= argc) {
        cg_msg("report: no PATH given (see citegraph report --help)");
        return CG_EXIT_USAGE;
    }
    if (cg_out_preflight(output))
        return CG_EXIT_OUTPUT;
    const char *series = phrases->len ? phrases->pdata[0] : NULL;
    g_ptr_array_add(phrases, NULL);
    cg_corpus c;
    int rc = cg_corpus_read(argv + optind, argc - optind, &co, &c);
    if (rc) {
        cg_corpus_free(&c);
        return rc;
    }
    rp_ctx r = {0};
    r.c = &c;
    r.depth = depth;
    r.top_n = (size_t)top;
    r.map_lang = link_lang;
    r.documents = documents;
    r.paths = argv + optind;
    r.npaths = argc - optind;
    r.ro.lang = co.lang;
    r.ro.encoding = co.encoding;
    r.g = cg_corpus_graph(&c, CG_GRAN_ARTICLE);
    GString *o = NULL;
    if (!r.g) {
        rc = CG_EXIT_OUTPUT;
        goto done;
    }
    if (index_corpus(&r)) {
        cg_msg("out of memory");
        rc = CG_EXIT_OUTPUT;
        goto done;
    }
    if (series) {
        r.series = series;
        r.phrases = (const char *const *)phrases->pdata;
    } else {
        const char *f = focus ? cg_lookup_id(r.g, focus, "--focus") : default_focus(&r);
        if (!f) {
            if (!focus)
                cg_msg("report: no document to focus on");
            rc = CG_EXIT_USAGE;
            goto done;
        }
        r.focus = f;
    }
    if ((rc = history_rows(&r)))
        goto done;
    if (series) {
        int any = 0;
        for (size_t i = 0; i < r.hist.n; i++)
            any |= r.hist.rows[i].vw.in_corpus;
        if (!any) {
            cg_msg("report: --series: no document title contains '%s'%s", series,
                   phrases->len > 2 ? " (or the other phrases)" : "");
            rc = CG_EXIT_USAGE;
            goto done;
        }
    }
    if (choose_shown(&r)) {
        cg_msg("out of memory");
        rc = CG_EXIT_OUTPUT;
        goto done;
    }
    o = g_string_sized_new(1 << 16);
    rc = build(&r, title, o);
    if (!rc)
        rc = cg_out_write_all(output, o->str, o->len);
    if (!rc)
        rc = cg_corpus_status(&c);
done:
    if (o)
        g_string_free(o, TRUE);
    cg_render_shutdown();
    cg_history_free(&r.hist);
    free(r.shown);
    free(r.docs);
    free(r.out_off);
    free(r.out_edge);
    free(r.parent);
    cg_graph_free(r.g);
    cg_corpus_free(&c);
    return rc;
}
