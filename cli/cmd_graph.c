/*
 * cmd_graph.c - `citegraph graph` (export) and `citegraph check`.
 */
#include <getopt.h>
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

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
    "  --granularity G     article (default) or instrument (fold articles)\n"
    CG_CORPUS_HELP;

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

int cmd_graph(int argc, char **argv)
{
    static const struct option lo[] = {
        {"format", required_argument, NULL, 'f'},
        {"output", required_argument, NULL, 'o'},
        {"granularity", required_argument, NULL, 2001},
        {"help", no_argument, NULL, 'h'},
        CG_CORPUS_LONGOPTS,
        {NULL, 0, NULL, 0}};
    cg_corpus_opts co = {0};
    const char *format = "graphml", *output = NULL;
    cg_granularity gran = CG_GRAN_ARTICLE;
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "f:o:j:qvh", lo, NULL)) != -1) {
        int t = cg_corpus_opt(opt, optarg, &co);
        if (t < 0)
            return CG_EXIT_USAGE;
        if (t)
            continue;
        switch (opt) {
        case 'f': format = optarg; break;
        case 'o': output = optarg; break;
        case 2001:
            if (cg_parse_granularity(optarg, &gran))
                return CG_EXIT_USAGE;
            break;
        case 'h': fputs(graph_help, stdout); return CG_EXIT_OK;
        default: fputs(graph_help, stderr); return CG_EXIT_USAGE;
        }
    }
    int fmt = cg_graph_format_parse(format);
    if (fmt < 0) {
        cg_msg("--format: expected graphml, gml, json, csv or dot, got '%s'", format);
        return CG_EXIT_USAGE;
    }
    if (!output) {
        cg_msg("graph: -o FILE is required (use -o - for stdout)");
        return CG_EXIT_USAGE;
    }
    if (optind >= argc) {
        cg_msg("graph: no PATH given (see citegraph graph --help)");
        return CG_EXIT_USAGE;
    }
    if (fmt == CG_FMT_CSV && cg_out_is_special(output)) {
        /* Two files cannot go to one stream or device: refused before any
         * work, rather than nodes only (-o -) or /dev/null.edges.csv. */
        cg_msg("graph: -f csv writes two files (FILE and FILE.edges.csv): give -o a "
               "regular file, not '%s'", output);
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
        cg_msg("%s: %zu vertices, %zu edges from %zu documents", output,
               cg_graph_vertex_count(g), cg_graph_edge_count(g), c.n - c.failed);
        /* The checks of `citegraph check`, counted: what deserves a look. */
        cg_check_row *rows = NULL;
        size_t nrows = 0, forward = 0, cycle = 0;
        cg_error err;
        if (cg_graph_check(g, &rows, &nrows, &err) == 0) {
            for (size_t i = 0; i < nrows; i++) {
                forward += rows[i].kind == CG_CHECK_FORWARD;
                cycle += rows[i].kind == CG_CHECK_CYCLE;
            }
            free(rows);
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
    "                    texts again, without the cache)\n"
    CG_CORPUS_HELP;

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
    size_t seq = 0;     /* documents in corpus order (a file may hold several) */
    for (size_t i = 0; i < c->n; i++)
    for (const cg_doc *d = c->docs[i]; d; d = cg_doc_next(d), seq++) {
        cg_unmatched *u;
        size_t n, len;
        cg_error err;
        const char *text = cg_doc_text(d, &len);
        if (cg_doc_unmatched(c->x, d, &u, &n, &err)) {
            cg_msg("check: %s", err.msg);
            continue;
        }
        cg_doc_info part;
        cg_doc_get_info(d, &part);
        for (size_t k = 0; k < n; k++) {
            /* (offsets are the file's; the text a part's) */
            const char *a = text + u[k].start - part.text_offset,
                       *b = text + u[k].end - part.text_offset;
            for (int j = 0; j < 40 && a > text; j++)
                a = g_utf8_find_prev_char(text, a);
            for (int j = 0; j < 40 && b < text + len; j++)
                b = g_utf8_find_next_char(b, text + len) ? g_utf8_find_next_char(b, text + len)
                                                          : text + len;
            char *ctx = g_utf8_make_valid(a, b - a);
            g_strdelimit(ctx, "\r\n\t", ' ');
            cg_doc_info info;
            cg_doc_get_info(d, &info);
            char *span = g_strdup(u[k].text);
            g_strdelimit(span, "\r\n\t", ' ');
            unmatched_row r = {u[k].form, seq, k,
                               g_strdup_printf("unmatched\t%s\t%s:%zu:%zu\t%s\t%s",
                                               u[k].form, info.file,
                                               u[k].line, u[k].col, span, ctx)};
            g_array_append_val(rows, r);
            g_free(ctx);
            g_free(span);
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

/* The key a citation is compared by across language versions. */
static char *gap_key(const cg_citation *ct)
{
    return g_strdup_printf("%s %s %s", ct->target, ct->relation, ct->location);
}

/* key -> number of citations of d with that key. */
static GHashTable *cite_counts(const cg_doc *d)
{
    GHashTable *h = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (size_t k = 0; k < cg_doc_citation_count(d); k++) {
        cg_citation ct;
        cg_doc_citation(d, k, &ct);
        char *key = gap_key(&ct);
        gpointer n = g_hash_table_lookup(h, key);
        g_hash_table_insert(h, key, GSIZE_TO_POINTER(GPOINTER_TO_SIZE(n) + 1));
    }
    return h;
}

/* Prints, in a's text order, the citations of a that b lacks (multisets:
 * a key twice in a and once in b is one gap). Returns how many. */
static size_t print_gaps(const cg_doc *a, const cg_doc *b, GHashTable *in_b)
{
    cg_doc_info ia, ib;
    cg_doc_get_info(a, &ia);
    cg_doc_get_info(b, &ib);
    GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    size_t gaps = 0;
    for (size_t k = 0; k < cg_doc_citation_count(a); k++) {
        cg_citation ct;
        cg_doc_citation(a, k, &ct);
        char *key = gap_key(&ct);
        size_t n = GPOINTER_TO_SIZE(g_hash_table_lookup(seen, key)) + 1;
        size_t have = GPOINTER_TO_SIZE(g_hash_table_lookup(in_b, key));
        if (n > have) {
            printf("language-gap\t%s\tin %s, not in %s: %s\n", ia.id, ia.lang, ib.lang, key);
            gaps++;
        }
        g_hash_table_insert(seen, key, GSIZE_TO_POINTER(n));
    }
    g_hash_table_destroy(seen);
    return gaps;
}

/* Every pair of language versions of one document (same id, different
 * language), both ways. Time: O(docs^2 + citations) in the worst case; the
 * pairs are found through a table by id. */
static size_t language_gaps(const cg_corpus *c)
{
    GHashTable *by_id = g_hash_table_new_full(g_str_hash, g_str_equal, NULL,
                                              (GDestroyNotify)g_ptr_array_unref);
    GPtrArray *ids = g_ptr_array_new(); /* in corpus order */
    for (size_t i = 0; i < c->n; i++)
    for (cg_doc *d = c->docs[i]; d; d = cg_doc_next(d)) {
        cg_doc_info in;
        cg_doc_get_info(d, &in);
        if (!*in.lang || strncmp(in.id, "file:", 5) == 0)
            continue;
        GPtrArray *v = g_hash_table_lookup(by_id, in.id);
        if (!v) {
            v = g_ptr_array_new();
            g_hash_table_insert(by_id, (gpointer)in.id, v);
            g_ptr_array_add(ids, (gpointer)in.id);
        }
        g_ptr_array_add(v, d);
    }
    size_t gaps = 0;
    for (guint i = 0; i < ids->len; i++) {
        GPtrArray *v = g_hash_table_lookup(by_id, g_ptr_array_index(ids, i));
        for (guint a = 0; a < v->len; a++)
            for (guint b = a + 1; b < v->len; b++) {
                const cg_doc *da = g_ptr_array_index(v, a), *db = g_ptr_array_index(v, b);
                cg_doc_info ia, ib;
                cg_doc_get_info(da, &ia);
                cg_doc_get_info(db, &ib);
                if (strcmp(ia.lang, ib.lang) == 0)
                    continue; /* two copies of one version: not a language gap */
                GHashTable *ca = cite_counts(da), *cb = cite_counts(db);
                gaps += print_gaps(da, db, cb);
                gaps += print_gaps(db, da, ca);
                g_hash_table_destroy(ca);
                g_hash_table_destroy(cb);
            }
    }
    g_ptr_array_free(ids, TRUE);
    g_hash_table_destroy(by_id);
    return gaps;
}

int cmd_check(int argc, char **argv)
{
    static const struct option lo[] = {
        {"help", no_argument, NULL, 'h'}, {"unmatched", no_argument, NULL, 2001},
        CG_CORPUS_LONGOPTS, {NULL, 0, NULL, 0}};
    cg_corpus_opts co = {0};
    int opt, unmatched = 0;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "j:qvh", lo, NULL)) != -1) {
        int t = cg_corpus_opt(opt, optarg, &co);
        if (t < 0)
            return CG_EXIT_USAGE;
        if (t)
            continue;
        if (opt == 'h') {
            fputs(check_help, stdout);
            return CG_EXIT_OK;
        }
        if (opt == 2001) {
            unmatched = co.keep_text = 1;
            continue;
        }
        fputs(check_help, stderr);
        return CG_EXIT_USAGE;
    }
    if (optind >= argc) {
        cg_msg("check: no PATH given (see citegraph check --help)");
        return CG_EXIT_USAGE;
    }
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
            printf("unresolved\t%s\t%s:%zu:%zu\t%s\t(read as %s)\n", ct.doc, ct.file,
                   ct.line, ct.col, text, ct.target);
            g_free(text);
        }
    }
    size_t gaps = language_gaps(&c);
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
            free(rows);
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
