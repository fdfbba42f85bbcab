/*
 * cmd_report.c - `citegraph report`: one self-contained HTML file that a
 * reader can open offline, share and print. This file parses the options,
 * reads the corpus and hands it to the report stage (report/report.h).
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "render/render.h"
#include "report/report.h"

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
    "  --focus ID        the document of sections 3 and 4 (default: the\n"
    "                    document with the most citations, the most recent\n"
    "                    on a tie)\n"
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
    "  --link-lang L     link map nodes to https://undocs.org/L/<symbol>\n" CG_CORPUS_HELP "\n"
    "exit status: 0 written; 1 usage error (also: unknown --focus, a --series\n"
    "that matches no title); 2 some input could not be read (the report was\n"
    "written and lists it); 3 the report could not be written; 4 the reference\n"
    "data failed to load.\n";

typedef struct report_args {
    const char *output, *focus, *title, *link_lang, *documents;
    GPtrArray *phrases;
    int depth, top;
} report_args;

static int report_opt(int opt, const char *arg, void *user)
{
    static const char *const documents[] = {"all", "series", "none", NULL};
    report_args *a = user;
    switch (opt) {
    case 'o': a->output = arg; break;
    case 5001: a->focus = arg; break;
    case 5002:
        if (!*arg) {
            cg_msg("report: --series: the phrase is empty");
            return CG_EXIT_USAGE;
        }
        g_ptr_array_add(a->phrases, (gpointer)arg);
        break;
    case 5003:
        if (cg_parse_int(arg, 0, 1000000, &a->depth)) {
            cg_msg("--depth: expected a number, got '%s'", arg);
            return CG_EXIT_USAGE;
        }
        break;
    case 'n':
        if (cg_parse_int(arg, 0, 100000000, &a->top)) {
            cg_msg("--top: expected a number, got '%s'", arg);
            return CG_EXIT_USAGE;
        }
        break;
    case 5004: a->title = arg; break;
    case 5005: a->link_lang = arg; break;
    case 5006:
        if (cg_args_choice("--documents", arg, documents))
            return CG_EXIT_USAGE;
        a->documents = arg;
        break;
    }
    return 0;
}

int cmd_report(int argc, char **argv)
{
    static const struct option lo[] = {
        {"output",    required_argument, NULL, 'o' },
        {"focus",     required_argument, NULL, 5001},
        {"series",    required_argument, NULL, 5002},
        {"depth",     required_argument, NULL, 5003},
        {"top",       required_argument, NULL, 'n' },
        {"title",     required_argument, NULL, 5004},
        {"link-lang", required_argument, NULL, 5005},
        {"documents", required_argument, NULL, 5006},
        {NULL,        0,                 NULL, 0   }
    };
    static const cg_command cmd = {"report", help, "o:n:", lo, 1};
    cg_corpus_opts co = {0};
    g_autoptr(GPtrArray) phrases = g_ptr_array_new();
    report_args a = {NULL, NULL, "Citation report", NULL, NULL, phrases, 2, 25};
    int ar = cg_args_parse(&cmd, argc, argv, &co, report_opt, &a);
    if (ar != CG_ARGS_GO)
        return ar;
    const char *output = a.output, *focus = a.focus, *title = a.title;
    const char *link_lang = a.link_lang, *documents = a.documents;
    int depth = a.depth, top = a.top;
    if (!output) {
        cg_msg("report: -o FILE is required (see citegraph report --help)");
        return CG_EXIT_USAGE;
    }
    if (focus && phrases->len) {
        cg_msg("report: --focus and --series exclude each other");
        return CG_EXIT_USAGE;
    }
    if (cg_out_preflight(output))
        return CG_EXIT_OUTPUT;
    g_ptr_array_add(phrases, NULL);
    cg_corpus c;
    int rc = cg_corpus_read(argv + optind, argc - optind, &co, &c);
    if (rc) {
        cg_corpus_free(&c);
        return rc;
    }
    GString *o = NULL;
    cg_graph *g = cg_corpus_graph(&c, CG_GRAN_ARTICLE);
    if (!g) {
        rc = CG_EXIT_OUTPUT;
        goto done;
    }
    cg_report_options ro = {
        title,     NULL,          phrases->len > 1 ? (const char *const *)phrases->pdata : NULL,
        depth,     (size_t)top,   link_lang,
        documents, argv + optind, argc - optind,
        co.lang,   co.encoding};
    if (focus && !(ro.focus = cg_lookup_id(g, focus, "--focus"))) {
        rc = CG_EXIT_USAGE;
        goto done;
    }
    o = g_string_sized_new(1 << 16);
    cg_error err;
    int b = cg_report_build(&c, g, &ro, o, &err);
    if (b) {
        cg_msg("report: %s", err.msg);
        rc = b == EINVAL || b == ENOENT ? CG_EXIT_USAGE : CG_EXIT_OUTPUT;
        goto done;
    }
    rc = cg_out_write_all(output, o->str, o->len);
    if (!rc)
        rc = cg_corpus_status(&c);
done:
    if (o)
        g_string_free(o, TRUE);
    cg_render_shutdown();
    cg_graph_free(g);
    cg_corpus_free(&c);
    return rc;
}
