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

#include "args.h"
#include "report/report.h"
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
    "  --from ID         the focus document, as you would type it: A/HRC/RES/23/12,\n"
    "                    a/hrc/res/23/12, \"S/RES/425 (1978)\", or a short number\n"
    "                    (23/12) when only one id ends with it\n"
    "  --up | --down | --both\n"
    "  --depth N         at most N citation steps (default: unlimited)\n"
    "  --kind K          keep only vertices of kind K (and the focus)\n"
    "  --all-edges       keep every citation edge\n"
    "  --since YEAR, --until YEAR\n"
    "                    keep documents of these years (and the focus)\n"
    "  --max-nodes N     draw at most N documents: those nearest the focus in\n"
    "                    time; the map says what was left out\n"
    "  --others MODE     summary (default): the map draws resolutions and\n"
    "                    decisions and names what else they cite in a line under\n"
    "                    the legend; draw: every kind as a node\n"
    "  --format F        table (default), csv or jsonl (--series: the history)\n"
    "  -o, --output FILE draw the lineage map: .svg .dot .png .pdf (cgraph/gvc)\n"
    "  -T FORMAT         svg, dot, png or pdf, whatever FILE's extension\n"
    "  --rankdir D       LR (default: time left to right) or TB\n"
    "  --link-lang L     link nodes to https://undocs.org/L/<symbol>\n"
    "  --series PHRASE   instead of a lineage, the history of a mandate (repeat\n"
    "                    it, one phrase per language): the documents whose title\n"
    "                    contains PHRASE, those that reaffirm or recall one and\n"
    "                    whose title shares its key words, decisions on the\n"
    "                    mandate's calendar, and the earlier members they cite\n"
    "                    that are not in the corpus (beside a member, or in\n"
    "                    the first paragraph recalling resolutions and adopted\n"
    "                    since the member before); one row per member in\n"
    "                    adoption order: date, symbol, session, vote, which\n"
    "                    members it cites, title, what it added to the previous\n"
    "                    member's citations (csv/jsonl also: act, act_years,\n"
    "                    what its text says it does: establish, renew,\n"
    "                    postpone); then a paragraph to quote (table\n"
    "                    format). --from is then optional (default: the latest\n"
    "                    member of the corpus); --up, --down, --depth and --kind\n"
    "                    do not apply\n" CG_CORPUS_HELP;

typedef struct options {
    int since, until, max_nodes, others_draw, all_edges;
    const char *format;
} options;

static int run_series(cg_graph *g, const cg_cut_table *cut, GPtrArray *phrases,
                      const char *focus_typed, const options *o, const char *output,
                      const char *tfmt, cg_map_options *mo, int quiet)
{
    cg_series_member *m = NULL;
    size_t n = 0;
    cg_error err;
    if (cg_graph_series_members(g, (const char *const *)phrases->pdata, &m, &n, &err)) {
        cg_msg("lineage: --series: %s", err.msg);
        return CG_EXIT_OUTPUT;
    }
    /* --since/--until keep the members of those years. */
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        int y = m[i].when[0] ? atoi(m[i].when) : 0;
        if ((!o->since && !o->until) ||
            (y && (!o->since || y >= o->since) && (!o->until || y <= o->until)))
            m[k++] = m[i];
    }
    n = k;
    int any_in_corpus = 0;
    for (size_t i = 0; i < n; i++) {
        cg_vertex_view v;
        cg_graph_vertex(g, m[i].vertex, &v);
        any_in_corpus |= v.in_corpus;
    }
    if (!any_in_corpus) {
        cg_msg("lineage: --series: no document title contains '%s'%s",
               (const char *)phrases->pdata[0], phrases->len > 2 ? " (or the other phrases)" : "");
        g_free(m);
        return CG_EXIT_USAGE;
    }
    const char *focus = NULL;
    if (focus_typed && !(focus = cg_lookup_id(g, focus_typed, "--from"))) {
        g_free(m);
        return CG_EXIT_USAGE;
    }
    cg_history h;
    int rc = cg_history_build(g, m, n, cut, focus, &h);
    g_free(m);
    if (rc == ENOENT) {
        cg_msg("lineage: --from %s is not a document of the series in the corpus", focus);
        cg_history_free(&h);
        return CG_EXIT_USAGE;
    }
    cg_history_write(&h, o->format, stdout);
    if (!strcmp(o->format, "table")) {
        char *p = cg_history_paragraph(&h);
        printf("\n%s\n", p);
        g_free(p);
    }
    if (fflush(stdout) != 0)
        rc = CG_EXIT_OUTPUT;
    if (!rc && output) {
        cg_error gerr = {0};
        char *caption = NULL;
        cg_graph *d = cg_history_map(&h, o->max_nodes, o->all_edges, &caption, &gerr);
        g_autofree char *title =
            g_strdup_printf("Series: %s (%zu members)", (const char *)phrases->pdata[0], h.n);
        mo->title = title;
        if (!d)
            cg_msg("%s: %s", output, gerr.msg);
        rc = d ? cg_draw_map(d, h.rows[h.focus].vw.id, output, tfmt, mo, quiet, caption)
               : CG_EXIT_OUTPUT;
        g_free(caption);
        cg_graph_free(d);
    }
    cg_history_free(&h);
    return rc;
}

static int run_lineage(cg_graph *g, const char *focus_typed, const cg_lineage_options *lo,
                       const options *o, const char *output, const char *tfmt, cg_map_options *mo,
                       int quiet)
{
    const char *focus = cg_lookup_id(g, focus_typed, "--from");
    if (!focus)
        return CG_EXIT_USAGE;
    cg_lineage_options years = *lo;
    years.since = o->since;
    years.until = o->until;
    cg_graph *t = NULL;
    cg_error err;
    int lrc = cg_graph_lineage(g, focus, &years, &t, &err);
    if (lrc == ENOENT || lrc == EINVAL) {
        cg_msg("lineage: %s: %s", focus, err.msg);
        return CG_EXIT_USAGE;
    }
    if (lrc) { /* igraph failed reducing it */
        cg_msg("lineage: %s", err.msg);
        return CG_EXIT_OUTPUT;
    }
    int rc = 0;
    if (!strcmp(o->format, "table"))
        cg_lineage_write_table(t, stdout);
    else if (cg_graph_write(t, !strcmp(o->format, "csv") ? CG_FMT_CSV : CG_FMT_JSON, stdout, &err))
        rc = CG_EXIT_OUTPUT;
    if (fflush(stdout) != 0)
        rc = CG_EXIT_OUTPUT;
    if (!rc && output) {
        char *cap = NULL;
        cg_graph *d =
            cg_graph_map_select(t, focus, o->others_draw, o->max_nodes, o->all_edges, &cap, &err);
        g_autofree char *title = g_strdup_printf("Lineage of %s", focus);
        mo->title = title;
        if (!d)
            cg_msg("%s: %s", output, err.msg);
        rc = d ? cg_draw_map(d, focus, output, tfmt, mo, quiet, cap) : CG_EXIT_OUTPUT;
        g_free(cap);
        cg_graph_free(d);
    }
    cg_graph_free(t);
    return rc;
}

static int parse_year(const char *name, const char *arg, int *out)
{
    if (cg_parse_int(arg, 1900, 2200, out)) {
        cg_msg("%s: expected a year such as 2005, got '%s'", name, arg);
        return -1;
    }
    return 0;
}

typedef struct lineage_args {
    cg_lineage_options lo;
    cg_map_options mo;
    options op;
    const char *focus, *output, *tfmt;
    GPtrArray *phrases; /* borrowed from argv */
} lineage_args;

static int lineage_opt(int opt, const char *arg, void *user)
{
    static const char *const formats[] = {"table", "csv", "jsonl", NULL};
    lineage_args *a = user;
    int took = cg_map_opt(opt, arg, &a->mo);
    if (took)
        return took < 0 ? CG_EXIT_USAGE : 0;
    switch (opt) {
    case 4001: a->focus = arg; break;
    case 4002: a->lo.dir = CG_DIR_UP; break;
    case 4003: a->lo.dir = CG_DIR_DOWN; break;
    case 4004: a->lo.dir = CG_DIR_BOTH; break;
    case 4005:
        if (cg_parse_int(arg, 0, 1000000, &a->lo.depth)) {
            cg_msg("--depth: expected a number, got '%s'", arg);
            return CG_EXIT_USAGE;
        }
        break;
    case 4006:
        /* "treaty" is what the legend calls an instrument. */
        a->lo.kind = !strcmp(arg, "treaty") ? "instrument" : arg;
        if (strcmp(a->lo.kind, "resolution") && strcmp(a->lo.kind, "decision") &&
            strcmp(a->lo.kind, "document") && strcmp(a->lo.kind, "instrument") &&
            strcmp(a->lo.kind, "article")) {
            cg_msg("--kind: expected resolution, decision, document, instrument (or "
                   "treaty) or article, got '%s'",
                   arg);
            return CG_EXIT_USAGE;
        }
        break;
    case 4007:
        a->lo.all_edges = 1;
        a->op.all_edges = 1;
        break;
    case 4010:
        if (!*arg) {
            cg_msg("lineage: --series: the phrase is empty");
            return CG_EXIT_USAGE;
        }
        g_ptr_array_add(a->phrases, (gpointer)arg);
        break;
    case 4011:
        if (cg_args_choice("--format", arg, formats))
            return CG_EXIT_USAGE;
        a->op.format = arg;
        break;
    case 4012:
        if (parse_year("--since", arg, &a->op.since))
            return CG_EXIT_USAGE;
        break;
    case 4013:
        if (parse_year("--until", arg, &a->op.until))
            return CG_EXIT_USAGE;
        break;
    case 4014:
        if (cg_parse_int(arg, 1, 1000000, &a->op.max_nodes)) {
            cg_msg("--max-nodes: expected a number of 1 or more, got '%s'", arg);
            return CG_EXIT_USAGE;
        }
        break;
    case 4015:
        if (strcmp(arg, "summary") && strcmp(arg, "draw")) {
            cg_msg("--others: expected summary or draw, got '%s'", arg);
            return CG_EXIT_USAGE;
        }
        a->op.others_draw = !strcmp(arg, "draw");
        break;
    case 'o': a->output = arg; break;
    case 'T': a->tfmt = arg; break;
    }
    return 0;
}

int cmd_lineage(int argc, char **argv)
{
    static const struct option lo[] = {
        {"from",      required_argument, NULL, 4001},
        {"up",        no_argument,       NULL, 4002},
        {"down",      no_argument,       NULL, 4003},
        {"both",      no_argument,       NULL, 4004},
        {"depth",     required_argument, NULL, 4005},
        {"kind",      required_argument, NULL, 4006},
        {"all-edges", no_argument,       NULL, 4007},
        {"series",    required_argument, NULL, 4010},
        {"format",    required_argument, NULL, 4011},
        {"since",     required_argument, NULL, 4012},
        {"until",     required_argument, NULL, 4013},
        {"max-nodes", required_argument, NULL, 4014},
        {"others",    required_argument, NULL, 4015},
        {"output",    required_argument, NULL, 'o' },
        CG_MAP_LONGOPTS,
        {NULL,        0,                 NULL, 0   }
    };
    static const cg_command cmd = {"lineage", help, "o:T:", lo, 1};
    cg_corpus_opts co = {0};
    cg_lineage_options lo_ = {CG_DIR_BOTH, 0, NULL, 0, 0, 0};
    cg_map_options mo = {CG_RANKDIR_AUTO, NULL, NULL, 1, 0, NULL, NULL};
    options op = {0, 0, 0, 0, 0, "table"};
    const char *focus = NULL, *output = NULL, *tfmt = NULL;
    /* Borrowed from argv; freed on every return by the autoptr. */
    g_autoptr(GPtrArray) phrases = g_ptr_array_new();
    lineage_args a = {lo_, mo, op, NULL, NULL, NULL, phrases};
    int ar = cg_args_parse(&cmd, argc, argv, &co, lineage_opt, &a);
    if (ar != CG_ARGS_GO)
        return ar;
    lo_ = a.lo;
    mo = a.mo;
    op = a.op;
    focus = a.focus;
    output = a.output;
    tfmt = a.tfmt;
    if (!focus && !phrases->len) {
        cg_msg("lineage: --from ID or --series PHRASE is required (see citegraph lineage --help)");
        return CG_EXIT_USAGE;
    }
    if (op.since && op.until && op.since > op.until) {
        cg_msg("lineage: --since %d is after --until %d", op.since, op.until);
        return CG_EXIT_USAGE;
    }
    if (lo_.kind && !strcmp(lo_.kind, "instrument"))
        op.others_draw = 1;
    if (!phrases->len && strcmp(op.format, "table") && !strcmp(op.format, "jsonl")) {
        cg_msg("lineage: --format jsonl needs --series; use csv or table for a lineage");
        return CG_EXIT_USAGE;
    }
    /* A bad -o is refused before a minute of reading. */
    if (output) {
        int fmt = tfmt ? cg_map_format_parse(tfmt) : cg_map_format_from_path(output);
        if (fmt < 0) {
            cg_msg("%s: cannot tell the format; use .svg .dot .png .pdf or -T", output);
            return CG_EXIT_USAGE;
        }
        if (cg_out_preflight(output))
            return CG_EXIT_OUTPUT;
    }
    cg_corpus c = {0};
    cg_graph *g = NULL;
    cg_cut_table *cut = cg_cut_table_new();
    int rc = cg_corpus_stream_graph(argv + optind, argc - optind, &co, CG_GRAN_ARTICLE, CG_KEEP_ALL,
                                    &c, &g, cut);
    if (!rc) {
        cg_map_options_name_bodies(&mo, c.x);
        if (phrases->len) {
            g_ptr_array_add(phrases, NULL);
            rc = run_series(g, cut, phrases, focus, &op, output, tfmt, &mo, co.quiet);
        } else {
            rc = run_lineage(g, focus, &lo_, &op, output, tfmt, &mo, co.quiet);
        }
    }
    if (!rc)
        rc = cg_corpus_status(&c);
    cg_graph_free(g);
    g_hash_table_destroy(cut);
    cg_corpus_free(&c);
    return rc;
}
