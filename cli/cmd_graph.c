/*
 * cmd_graph.c - `citegraph graph` (export) and `citegraph check`.
 */
#include <getopt.h>
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "report/report.h"

static const char graph_help[] =
    "usage: citegraph graph [OPTIONS] PATH... -o FILE\n"
    "\n"
    "Builds the citation graph (igraph): one vertex per canonical id (documents\n"
    "read and targets only cited), one edge citing -> cited per pair with its\n"
    "mentions, relations and locations; articles linked part-of their instrument.\n"
    "\n"
    "options:\n"
    "  -o, --output FILE   where to write (atomically); '-' for stdout\n"
    "  -f, --format F      graphml (default), gml, json, csv, dot\n"
    "                      (csv writes the node list to FILE and the edge list\n"
    "                      to FILE with .edges.csv, both or neither; -o must\n"
    "                      then be a regular file, not - or a device)\n"
    "  --granularity G     article (default) or instrument (fold articles)\n" CG_CORPUS_HELP;

/* CSV is two files, nodes at FILE and edges beside it: they are written
 * together or not at all, so a failure on the edges never leaves new nodes
 * with old edges. */
static int write_csv_pair(const cg_graph *g, const char *path)
{
    char *edges;
    size_t l = strlen(path);
    if (l > 4 && !strcmp(path + l - 4, ".csv"))
        edges = g_strdup_printf("%.*s.edges.csv", (int)(l - 4), path);
    else
        edges = g_strdup_printf("%s.edges.csv", path);
    cg_out *o = cg_out_open(path);
    cg_out *e = o ? cg_out_open(edges) : NULL;
    cg_error err;
    int rc = CG_EXIT_OUTPUT;
    if (!o || !e) {
        cg_out_abort(o);
    } else if (cg_graph_write(g, CG_FMT_CSV, cg_out_file(o), &err)) {
        cg_msg("%s: %s", path, err.msg);
        cg_out_abort(o);
        cg_out_abort(e);
    } else if (cg_graph_write_csv_edges(g, cg_out_file(e), &err)) {
        cg_msg("%s: %s", edges, err.msg);
        cg_out_abort(o);
        cg_out_abort(e);
    } else {
        rc = cg_out_commit_pair(o, e);
    }
    g_free(edges);
    return rc;
}

static int write_graph(const cg_graph *g, int fmt, const char *path)
{
    if (fmt == CG_FMT_CSV)
        return write_csv_pair(g, path);
    cg_out *o = cg_out_open(path);
    if (!o)
        return CG_EXIT_OUTPUT;
    cg_error err;
    if (cg_graph_write(g, (cg_graph_format)fmt, cg_out_file(o), &err)) {
        cg_msg("%s: %s", path, err.msg);
        cg_out_abort(o);
        return CG_EXIT_OUTPUT;
    }
    return cg_out_commit(o);
}

typedef struct graph_args {
    const char *format, *output;
    cg_granularity gran;
} graph_args;

static int graph_opt(int opt, const char *arg, void *user)
{
    graph_args *a = user;
    switch (opt) {
    case 'f': a->format = arg; break;
    case 'o': a->output = arg; break;
    case 2001: return cg_parse_granularity(arg, &a->gran) ? CG_EXIT_USAGE : 0;
    }
    return 0;
}

int cmd_graph(int argc, char **argv)
{
    static const struct option lo[] = {
        {"format",      required_argument, NULL, 'f' },
        {"output",      required_argument, NULL, 'o' },
        {"granularity", required_argument, NULL, 2001},
        {NULL,          0,                 NULL, 0   }
    };
    static const cg_command cmd = {"graph", graph_help, "f:o:", lo, 1};
    cg_corpus_opts co = {0};
    graph_args a = {"graphml", NULL, CG_GRAN_ARTICLE};
    int ar = cg_args_parse(&cmd, argc, argv, &co, graph_opt, &a);
    if (ar != CG_ARGS_GO)
        return ar;
    const char *format = a.format, *output = a.output;
    cg_granularity gran = a.gran;
    int fmt = cg_graph_format_parse(format);
    if (fmt < 0) {
        cg_msg("--format: expected graphml, gml, json, csv or dot, got '%s'", format);
        return CG_EXIT_USAGE;
    }
    if (!output) {
        cg_msg("graph: -o FILE is required (use -o - for stdout)");
        return CG_EXIT_USAGE;
    }
    if (fmt == CG_FMT_CSV && cg_out_is_special(output)) {
        /* Two files cannot go to one stream or device: refused before any
         * work, rather than nodes only (-o -) or /dev/null.edges.csv. */
        cg_msg("graph: -f csv writes two files (FILE and FILE.edges.csv): give -o a "
               "regular file, not '%s'",
               output);
        return CG_EXIT_USAGE;
    }
    cg_corpus c;
    cg_graph *g = NULL;
    int rc =
        cg_corpus_stream_graph(argv + optind, argc - optind, &co, gran, CG_KEEP_ALL, &c, &g, NULL);
    if (rc) {
        cg_corpus_free(&c);
        return rc;
    }
    rc = write_graph(g, fmt, output);
    if (!rc && !co.quiet) {
        cg_msg("%s: %zu vertices, %zu edges from %zu documents", output, cg_graph_vertex_count(g),
               cg_graph_edge_count(g), c.n - c.failed);
        /* The checks of `citegraph check`, counted: what deserves a look. */
        size_t forward = 0, cycle = 0;
        cg_error err;
        if (cg_graph_check_write(g, NULL, &forward, &cycle, &err) == 0)
            cg_msg("checks: %zu of %zu citations with a guessed body, %zu citing a later "
                   "document, %zu on cycles (citegraph check lists them)",
                   c.unresolved, c.citations, forward, cycle);
    }
    if (!rc)
        rc = cg_corpus_status(&c);
    cg_graph_free(g);
    cg_corpus_free(&c);
    return rc;
}

static const char check_help[] =
    "usage: citegraph check [OPTIONS] PATH...\n"
    "\n"
    "Reports what deserves a second look: citations of documents dated after the\n"
    "citing one, citation cycles, citations whose body or referent had to be\n"
    "guessed (resolved: false), and, for a document read in several languages,\n"
    "the citations one language version has and another lacks (language-gap:\n"
    "target, relation, location). One line each; exit status 0 whatever is found.\n"
    "\n"
    "options:\n"
    "  --unmatched       list instead every resolution-like number (6/3, S-7/1,\n"
    "                    1325 (2000), 217 (III)) that no citation claims, grouped\n"
    "                    by form: unmatched FORM FILE:LINE:COL TEXT CONTEXT (the\n"
    "                    reviewer's tool for what extraction misses; reads the\n"
    "                    texts again, without the cache)\n" CG_CORPUS_HELP;

static void say_check(const char *line, void *user)
{
    (void)user;
    cg_msg("check: %s", line);
}

static int check_opt(int opt, const char *arg, void *user)
{
    (void)arg;
    if (opt == 2001)
        *(int *)user = 1;
    return 0;
}

int cmd_check(int argc, char **argv)
{
    static const struct option lo[] = {
        {"unmatched", no_argument, NULL, 2001},
        {NULL,        0,           NULL, 0   }
    };
    static const cg_command cmd = {"check", check_help, "", lo, 1};
    cg_corpus_opts co = {0};
    int unmatched = 0;
    int ar = cg_args_parse(&cmd, argc, argv, &co, check_opt, &unmatched);
    if (ar != CG_ARGS_GO)
        return ar;
    co.keep_text = unmatched;
    cg_corpus c;
    int rc = cg_corpus_read(argv + optind, argc - optind, &co, &c);
    if (rc) {
        cg_corpus_free(&c);
        return rc;
    }
    if (unmatched) {
        size_t n = cg_check_write_unmatched(&c, stdout, say_check, NULL);
        if (!co.quiet)
            cg_msg("check: %zu unmatched resolution-like number(s)", n);
        rc = cg_corpus_status(&c);
        cg_corpus_free(&c);
        return rc;
    }
    size_t unresolved = cg_check_write_unresolved(&c, stdout);
    size_t gaps = cg_check_write_gaps(&c, stdout);
    cg_graph *g = cg_corpus_graph(&c, CG_GRAN_ARTICLE);
    size_t nrows = 0;
    if (g) {
        size_t forward = 0, cycle = 0;
        cg_error err;
        if (cg_graph_check_write(g, stdout, &forward, &cycle, &err) == 0)
            nrows = forward + cycle;
        else
            cg_msg("check: %s", err.msg);
        cg_graph_free(g);
    }
    if (!co.quiet)
        cg_msg("check: %zu unresolved citation(s), %zu language gap(s), %zu graph finding(s)",
               unresolved, gaps, nrows);
    rc = cg_corpus_status(&c);
    cg_corpus_free(&c);
    return rc;
}
