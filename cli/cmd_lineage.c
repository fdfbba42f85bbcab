/*
 * cmd_lineage.c - `citegraph lineage`: where a document comes from and what
 * came of it, as a table and, with -o, as a map (render stage).
 */
#include <errno.h>
#include <getopt.h>
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "render/render.h"

static const char help[] =
    "usage: citegraph lineage [OPTIONS] PATH... --from ID\n"
    "       citegraph lineage [OPTIONS] PATH... --series PHRASE [--series PHRASE]\n"
    "\n"
    "The lineage of document ID: what it cites, transitively (--up), what cites\n"
    "it (--down), or both (default). Prints one row per document of the lineage\n"
    "in time order: date, symbol, kind, title, session, vote, what it cites and\n"
    "what cites it within the lineage. Edges are reduced transitively (each\n"
    "resolution of a mandate reaffirms all the earlier ones; the reduction keeps\n"
    "the chain) unless --all-edges.\n"
    "\n"
    "options:\n"
    "  --from ID         the focus document (canonical id, e.g. A/HRC/RES/23/12)\n"
    "  --up | --down | --both\n"
    "  --depth N         at most N citation steps (default: unlimited)\n"
    "  --kind K          keep only vertices of kind K (and the focus)\n"
    "  --all-edges       keep every citation edge\n"
    "  -o, --output FILE draw the lineage map: .svg .dot .png .pdf (cgraph/gvc)\n"
    "  -T FORMAT         svg, dot, png or pdf, whatever FILE's extension\n"
    "  --rankdir D       LR (default: time left to right) or TB\n"
    "  --link-lang L     link nodes to https://undocs.org/L/<symbol>\n"
    "  --series PHRASE   instead of a lineage, the history of a mandate: the\n"
    "                    documents whose title contains PHRASE (repeat it for\n"
    "                    other languages), in time order, and the citations\n"
    "                    among them (reduced unless --all-edges); --from is then\n"
    "                    optional (default: the most recent), --up, --down,\n"
    "                    --depth and --kind do not apply\n"
    CG_CORPUS_HELP;

typedef struct row {
    size_t v;
    cg_vertex_view vw;
} row;

static int by_date(const void *a, const void *b)
{
    const row *x = a, *y = b;
    const char *dx = x->vw.date ? x->vw.date : "", *dy = y->vw.date ? y->vw.date : "";
    int c = strcmp(*dx ? dx : "9999", *dy ? dy : "9999");
    return c ? c : strcmp(x->vw.id, y->vw.id);
}

static const char *nz(const char *s)
{
    return s && *s ? s : "-";
}

static void print_table(const cg_graph *s, FILE *f)
{
    size_t n = cg_graph_vertex_count(s), m = cg_graph_edge_count(s);
    row *rows = calloc(n ? n : 1, sizeof *rows);
    if (!rows)
        return;
    for (size_t i = 0; i < n; i++) {
        rows[i].v = i;
        cg_graph_vertex(s, i, &rows[i].vw);
    }
    qsort(rows, n, sizeof *rows, by_date);
    fprintf(f, "%-10s  %-22s  %-10s  %-5s  %-9s  %-30s  %-30s  %s\n", "date", "symbol",
            "kind", "sess", "vote", "cites", "cited-by", "title");
    for (size_t i = 0; i < n; i++) {
        const cg_vertex_view *v = &rows[i].vw;
        GString *cites = g_string_new(NULL), *by = g_string_new(NULL);
        for (size_t e = 0; e < m; e++) {
            cg_edge_view ev;
            cg_graph_edge(s, e, &ev);
            if (strcmp(ev.type, "cites"))
                continue;
            cg_vertex_view o;
            if (ev.from == rows[i].v) {
                cg_graph_vertex(s, ev.to, &o);
                g_string_append_printf(cites, "%s%s", cites->len ? " " : "", o.id);
            } else if (ev.to == rows[i].v) {
                cg_graph_vertex(s, ev.from, &o);
                g_string_append_printf(by, "%s%s", by->len ? " " : "", o.id);
            }
        }
        char vote[48] = "-";
        if (v->vote_yes >= 0)
            snprintf(vote, sizeof vote, "%d/%d/%d", v->vote_yes, v->vote_no < 0 ? 0 : v->vote_no,
                     v->vote_abstain < 0 ? 0 : v->vote_abstain);
        fprintf(f, "%-10s  %-22s  %-10s  %-5s  %-9s  %-30s  %-30s  %s\n", nz(v->date), v->id,
                nz(v->kind), nz(v->session), vote, cites->len ? cites->str : "-",
                by->len ? by->str : "-", nz(v->title));
        g_string_free(cites, TRUE);
        g_string_free(by, TRUE);
    }
    free(rows);
}

/* The subgraph of g induced by the vertices idx[0..n), as a new built graph.
 * Series vertices are documents of the corpus, so replaying them as
 * documents and their edges as citations (one per mention, the relation and
 * location sets passed whole: the graph splits them on commas again) gives
 * back the same attributes. NULL on failure (message printed). */
static cg_graph *induced(const cg_graph *g, const size_t *idx, size_t n)
{
    cg_graph *s = cg_graph_new(CG_GRAN_ARTICLE);
    unsigned char *keep = calloc(cg_graph_vertex_count(g) + 1, 1);
    cg_error err = {0};
    int rc = s && keep ? 0 : ENOMEM;
    for (size_t i = 0; i < n && !rc; i++) {
        cg_vertex_view v;
        cg_graph_vertex(g, idx[i], &v);
        keep[idx[i]] = 1;
        cg_graph_doc d = {v.id, v.kind, v.body, v.date, v.title, v.languages,
                          v.session, v.file, v.vote_yes, v.vote_no, v.vote_abstain};
        rc = cg_graph_add_doc(s, &d, &err);
    }
    for (size_t j = 0; j < cg_graph_edge_count(g) && !rc; j++) {
        cg_edge_view e;
        cg_graph_edge(g, j, &e);
        if (!keep[e.from] || !keep[e.to] || strcmp(e.type, "cites"))
            continue;
        cg_vertex_view a, b;
        cg_graph_vertex(g, e.from, &a);
        cg_graph_vertex(g, e.to, &b);
        for (int k = 0; k < (e.mentions > 1 ? e.mentions : 1) && !rc; k++) {
            cg_graph_cite c = {a.id, b.id, NULL, NULL, NULL, NULL,
                               k ? NULL : e.relations, k ? NULL : e.locations};
            rc = cg_graph_add_cite(s, &c, &err);
        }
    }
    if (!rc)
        rc = cg_graph_build(s, &err);
    free(keep);
    if (rc) {
        cg_msg("lineage: series: %s", err.code ? err.msg : "out of memory");
        cg_graph_free(s);
        return NULL;
    }
    return s;
}

/* The series subgraph of g (reduced unless all_edges) and its focus: *focus
 * when set (it must belong to the series), else the most recent dated
 * document. Returns 0 or an exit status (message printed). */
static int series(cg_graph *g, GPtrArray *phrases, int all_edges, const char **focus,
                  cg_graph **out)
{
    size_t *idx = NULL, n = 0;
    cg_error err;
    *out = NULL;
    if (cg_graph_series(g, (const char *const *)phrases->pdata, &idx, &n, &err)) {
        cg_msg("lineage: --series: %s", err.msg);
        return CG_EXIT_OUTPUT;
    }
    int rc = 0;
    if (!n) {
        cg_msg("lineage: --series: no document title contains '%s'%s",
               (const char *)phrases->pdata[0], phrases->len > 2 ? " (or the other phrases)" : "");
        rc = CG_EXIT_USAGE;
    } else if (*focus) {
        size_t f = cg_graph_find(g, *focus), i = 0;
        while (i < n && idx[i] != f)
            i++;
        if (i == n) {
            cg_msg("lineage: --from %s is not a document of the series", *focus);
            rc = CG_EXIT_USAGE;
        }
    } else {
        /* Undated documents sort last: take the last dated one, if any. */
        size_t last = n - 1;
        for (size_t i = n; i-- > 0;) {
            cg_vertex_view v;
            cg_graph_vertex(g, idx[i], &v);
            if (v.date && *v.date) {
                last = i;
                break;
            }
        }
        cg_vertex_view v;
        cg_graph_vertex(g, idx[last], &v);
        *focus = v.id; /* owned by g, which outlives the call's users */
    }
    cg_graph *s = rc ? NULL : induced(g, idx, n);
    free(idx);
    if (rc)
        return rc;
    if (!s)
        return CG_EXIT_OUTPUT;
    if (all_edges) {
        *out = s;
        return 0;
    }
    cg_graph *r = NULL;
    if (cg_graph_reduce(s, &r, &err)) {
        cg_msg("lineage: series: %s", err.msg);
        cg_graph_free(s);
        return CG_EXIT_OUTPUT;
    }
    cg_graph_free(s);
    *out = r;
    return 0;
}

int cmd_lineage(int argc, char **argv)
{
    static const struct option lo[] = {
        {"from", required_argument, NULL, 4001},
        {"up", no_argument, NULL, 4002},
        {"down", no_argument, NULL, 4003},
        {"both", no_argument, NULL, 4004},
        {"depth", required_argument, NULL, 4005},
        {"kind", required_argument, NULL, 4006},
        {"all-edges", no_argument, NULL, 4007},
        {"rankdir", required_argument, NULL, 4008},
        {"link-lang", required_argument, NULL, 4009},
        {"series", required_argument, NULL, 4010},
        {"output", required_argument, NULL, 'o'},
        {"help", no_argument, NULL, 'h'},
        CG_CORPUS_LONGOPTS,
        {NULL, 0, NULL, 0}};
    cg_corpus_opts co = {0};
    cg_lineage_options lo_ = {CG_DIR_BOTH, 0, NULL, 0};
    cg_map_options mo = {NULL, NULL, NULL, 1, 0};
    const char *focus = NULL, *output = NULL, *tfmt = NULL;
    /* Borrowed from argv; freed on every return by the autoptr. */
    g_autoptr(GPtrArray) phrases = g_ptr_array_new();
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "o:T:j:qh", lo, NULL)) != -1) {
        int t = cg_corpus_opt(opt, optarg, &co);
        if (t < 0)
            return CG_EXIT_USAGE;
        if (t)
            continue;
        switch (opt) {
        case 4001: focus = optarg; break;
        case 4002: lo_.dir = CG_DIR_UP; break;
        case 4003: lo_.dir = CG_DIR_DOWN; break;
        case 4004: lo_.dir = CG_DIR_BOTH; break;
        case 4005:
            if (cg_parse_int(optarg, 0, 1000000, &lo_.depth)) {
                cg_msg("--depth: expected a number, got '%s'", optarg);
                return CG_EXIT_USAGE;
            }
            break;
        case 4006: lo_.kind = optarg; break;
        case 4007: lo_.all_edges = 1; break;
        case 4008:
            if (strcmp(optarg, "LR") && strcmp(optarg, "TB")) {
                cg_msg("--rankdir: expected LR or TB, got '%s'", optarg);
                return CG_EXIT_USAGE;
            }
            mo.rankdir = optarg;
            break;
        case 4009: mo.lang = optarg; break;
        case 4010: g_ptr_array_add(phrases, optarg); break;
        case 'o': output = optarg; break;
        case 'T': tfmt = optarg; break;
        case 'h': fputs(help, stdout); return CG_EXIT_OK;
        default: fputs(help, stderr); return CG_EXIT_USAGE;
        }
    }
    if (!focus && !phrases->len) {
        cg_msg("lineage: --from ID or --series PHRASE is required (see citegraph lineage --help)");
        return CG_EXIT_USAGE;
    }
    if (optind >= argc) {
        cg_msg("lineage: no PATH given (see citegraph lineage --help)");
        return CG_EXIT_USAGE;
    }
    cg_corpus c;
    cg_graph *g = NULL;
    int rc = cg_corpus_stream_graph(argv + optind, argc - optind, &co, CG_GRAN_ARTICLE,
                                    &c, &g);
    if (rc) {
        cg_corpus_free(&c);
        return rc;
    }
    cg_graph *s = NULL;
    cg_error err;
    if (!g) {
        rc = CG_EXIT_OUTPUT;
    } else if (phrases->len) {
        g_ptr_array_add(phrases, NULL);
        rc = series(g, phrases, lo_.all_edges, &focus, &s);
    } else if (cg_graph_lineage(g, focus, &lo_, &s, &err)) {
        cg_msg("lineage: %s: %s", focus, err.msg);
        rc = CG_EXIT_USAGE;
    }
    if (s) {
        print_table(s, stdout);
        if (fflush(stdout) != 0)
            rc = CG_EXIT_OUTPUT;
        /* Allocated: a fixed buffer could cut a long phrase inside a UTF-8
         * sequence. */
        g_autofree char *title =
            phrases->len ? g_strdup_printf("Series \u201c%s\u201d", (const char *)phrases->pdata[0])
                         : g_strdup_printf("Lineage of %s", focus);
        mo.title = title;
        if (!rc && output)
            rc = cg_draw_map(s, focus, output, tfmt, &mo, co.quiet);
    }
    if (!rc)
        rc = cg_corpus_status(&c);
    cg_graph_free(s);
    cg_graph_free(g);
    cg_corpus_free(&c);
    return rc;
}
