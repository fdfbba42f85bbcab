/*
 * cmd_graph.c - `citegraph graph` (export) and `citegraph check`.
 */
#include <getopt.h>
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"

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
    int rc = cg_corpus_stream_graph(argv + optind, argc - optind, &co, gran, &c, &g);
    if (rc) {
        cg_corpus_free(&c);
        return rc;
    }
    rc = write_graph(g, fmt, output);
    if (!rc && !co.quiet) {
        cg_msg("%s: %zu vertices, %zu edges from %zu documents", output, cg_graph_vertex_count(g),
               cg_graph_edge_count(g), c.n - c.failed);
        /* The checks of `citegraph check`, counted: what deserves a look. */
        cg_check_row *rows = NULL;
        size_t nrows = 0, forward = 0, cycle = 0;
        cg_error err;
        if (cg_graph_check(g, &rows, &nrows, &err) == 0) {
            for (size_t i = 0; i < nrows; i++) {
                forward += rows[i].kind == CG_CHECK_FORWARD;
                cycle += rows[i].kind == CG_CHECK_CYCLE;
            }
            g_free(rows);
            cg_msg("checks: %zu of %zu citations with a guessed body, %zu citing a later "
                   "document, %zu on cycles (citegraph check lists them)",
                   c.unresolved, c.citations, forward, cycle);
        }
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

/* One unmatched number, for sorting by form and then corpus order. */
typedef struct unmatched_row {
    const char *form;
    size_t doc, k;
    char *line;
} unmatched_row;

static gint unmatched_order(gconstpointer a, gconstpointer b)
{
    const unmatched_row *x = a, *y = b;
    int c = strcmp(x->form, y->form);
    if (c)
        return c;
    if (x->doc != y->doc)
        return x->doc < y->doc ? -1 : 1;
    return (x->k > y->k) - (x->k < y->k);
}

/* check --unmatched: the numbers no citation claims, grouped by form, each
 * with up to 40 characters of context either side on one line. */
static size_t list_unmatched(cg_corpus *c)
{
    GArray *rows = g_array_new(FALSE, FALSE, sizeof(unmatched_row));
    size_t seq = 0; /* documents in corpus order (a file may hold several) */
    for (size_t i = 0; i < c->n; i++)
        for (const cg_doc *d = c->docs[i]; d; d = cg_doc_next(d), seq++) {
            cg_unmatched *u;
            size_t n;
            cg_error err;
            if (cg_doc_unmatched(c->x, d, &u, &n, &err)) {
                cg_msg("check: %s", err.msg);
                continue;
            }
            for (size_t k = 0; k < n; k++) {
                cg_doc_info info;
                cg_doc_get_info(d, &info);
                unmatched_row r = {u[k].form, seq, k,
                                   g_strdup_printf("unmatched\t%s\t%s:%zu:%zu\t%s\t%s", u[k].form,
                                                   info.file, u[k].line, u[k].col, u[k].text,
                                                   u[k].context)};
                g_array_append_val(rows, r);
            }
            cg_unmatched_free(u, n);
        }
    g_array_sort(rows, unmatched_order);
    for (size_t i = 0; i < rows->len; i++) {
        unmatched_row *r = &g_array_index(rows, unmatched_row, i);
        puts(r->line);
        g_free(r->line);
    }
    size_t n = rows->len;
    g_array_free(rows, TRUE);
    return n;
}

/* One line per citation a language version has and another lacks. */
static size_t print_language_gaps(const cg_corpus *c)
{
    cg_language_gap *g;
    size_t n = cg_corpus_language_gaps(c, &g);
    for (size_t i = 0; i < n; i++)
        printf("language-gap\t%s\tin %s, not in %s: %s\n", g[i].id, g[i].in_lang, g[i].not_in_lang,
               g[i].what);
    cg_language_gaps_free(g, n);
    return n;
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
        size_t n = list_unmatched(&c);
        if (!co.quiet)
            cg_msg("check: %zu unmatched resolution-like number(s)", n);
        rc = cg_corpus_status(&c);
        cg_corpus_free(&c);
        return rc;
    }
    size_t unresolved = 0;
    for (size_t i = 0; i < c.n; i++)
        for (const cg_doc *d = c.docs[i]; d; d = cg_doc_next(d)) {
            for (size_t k = 0; k < cg_doc_citation_count(d); k++) {
                cg_citation ct;
                cg_doc_citation(d, k, &ct);
                if (ct.resolved)
                    continue;
                unresolved++;
                /* One finding per line: the span's own line breaks become spaces. */
                char *text = g_strdup(ct.text);
                g_strdelimit(text, "\r\n\t", ' ');
                printf("unresolved\t%s\t%s:%zu:%zu\t%s\t(read as %s)\n", ct.doc, ct.file, ct.line,
                       ct.col, text, ct.target);
                g_free(text);
            }
        }
    size_t gaps = print_language_gaps(&c);
    cg_graph *g = cg_corpus_graph(&c, CG_GRAN_ARTICLE);
    size_t nrows = 0;
    if (g) {
        cg_check_row *rows = NULL;
        cg_error err;
        if (cg_graph_check(g, &rows, &nrows, &err) == 0) {
            for (size_t i = 0; i < nrows; i++) {
                cg_vertex_view a, b;
                cg_graph_vertex(g, rows[i].from, &a);
                cg_graph_vertex(g, rows[i].to, &b);
                if (rows[i].kind == CG_CHECK_FORWARD)
                    printf("forward\t%s (%s)\tcites\t%s (%s)\n", a.id, a.date, b.id, b.date);
                else if (rows[i].kind == CG_CHECK_CYCLE)
                    printf("cycle\t%s\tcites\t%s\n", a.id, b.id);
            }
            g_free(rows);
        } else {
            cg_msg("check: %s", err.msg);
        }
        cg_graph_free(g);
    }
    if (!co.quiet)
        cg_msg("check: %zu unresolved citation(s), %zu language gap(s), %zu graph finding(s)",
               unresolved, gaps, nrows);
    rc = cg_corpus_status(&c);
    cg_corpus_free(&c);
    return rc;
}
