/*
 * cmd_top.c - `citegraph top`: the most-cited targets.
 */
#include <getopt.h>
#include <glib.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"

/* Display width in characters (ids are ASCII or UTF-8 text). */
static size_t display_width(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

static const char help[] =
    "usage: citegraph top [OPTIONS] PATH...\n"
    "\n"
    "The most-cited targets: rank, target, citing documents, mentions, PageRank\n"
    "and authority score (igraph). Ties are broken by citing documents, then\n"
    "mentions, then id, so the table is the same on every run.\n"
    "\n"
    "options:\n"
    "  -n N              rows (default 20; 0 = all)\n"
    "  --by B            citing-docs (default), mentions, pagerank, authority\n"
    "  --kind K          resolution, decision, document, instrument (or treaty),\n"
    "                    article\n"
    "  --body B          HRC, CHR, GA, SC, ECOSOC, ... (any case; the bodies\n"
    "                    present are listed when B is not one of them)\n"
    "  --since YEAR      targets dated in or after YEAR\n"
    "  --until YEAR      targets dated in or before YEAR\n"
    "  --granularity G   article (default) or instrument (fold articles)\n"
    "  -f, --format F    table (default), csv or jsonl\n"
    "  -o, --output FILE write to FILE (atomically) instead of stdout\n" CG_CORPUS_HELP;

static int parse_by(const char *s, cg_rank_by *by)
{
    static const char *const names[] = {"citing-docs", "mentions", "pagerank", "authority"};
    for (int i = 0; i < 4; i++)
        if (!strcmp(s, names[i])) {
            *by = (cg_rank_by)i;
            return 0;
        }
    return -1;
}

static gboolean add_name(gpointer k, gpointer val, gpointer data)
{
    (void)val;
    GString *list = data;
    g_string_append_printf(list, "%s%s", list->len ? ", " : "", (const char *)k);
    return FALSE;
}

/* 1 when some vertex has this body; otherwise says which bodies there are. */
static int body_present(const cg_graph *g, const char *body)
{
    GTree *seen = g_tree_new((GCompareFunc)strcmp);
    int found = 0;
    for (size_t i = 0; i < cg_graph_vertex_count(g) && !found; i++) {
        cg_vertex_view v;
        cg_graph_vertex(g, i, &v);
        if (v.body && *v.body) {
            found = !strcmp(v.body, body);
            g_tree_insert(seen, (gpointer)v.body, (gpointer)v.body);
        }
    }
    if (!found) {
        GString *list = g_string_new(NULL);
        for (size_t i = 0; i < cg_graph_vertex_count(g); i++) {
            cg_vertex_view v;
            cg_graph_vertex(g, i, &v);
            if (v.body && *v.body)
                g_tree_insert(seen, (gpointer)v.body, (gpointer)v.body);
        }
        g_tree_foreach(seen, add_name, list);
        cg_msg("--body: no target of body '%s' in the graph; the bodies present: %s", body,
               list->len ? list->str : "none");
        g_string_free(list, TRUE);
    }
    g_tree_destroy(seen);
    return found;
}

typedef struct top_args {
    cg_top_options to;
    cg_granularity gran;
    const char *format, *output;
    char *body_up; /* --body in upper case */
} top_args;

static int top_opt(int opt, const char *arg, void *user)
{
    top_args *a = user;
    int v;
    switch (opt) {
    case 'n':
        if (cg_parse_int(arg, 0, 100000000, &v)) {
            cg_msg("-n: expected a number, got '%s'", arg);
            return CG_EXIT_USAGE;
        }
        a->to.limit = (size_t)v;
        break;
    case 3001:
        if (parse_by(arg, &a->to.by)) {
            cg_msg("--by: expected citing-docs, mentions, pagerank or authority, got '%s'", arg);
            return CG_EXIT_USAGE;
        }
        break;
    case 3002: {
        /* The legend says "treaty"; the graph says "instrument". Plurals
         * are what people type too. */
        static const char *const kinds[][2] = {
            {"resolution",  "resolution"},
            {"resolutions", "resolution"},
            {"decision",    "decision"  },
            {"decisions",   "decision"  },
            {"document",    "document"  },
            {"documents",   "document"  },
            {"report",      "document"  },
            {"reports",     "document"  },
            {"instrument",  "instrument"},
            {"instruments", "instrument"},
            {"treaty",      "instrument"},
            {"treaties",    "instrument"},
            {"article",     "article"   },
            {"articles",    "article"   }
        };
        a->to.kind = NULL;
        for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
            if (!g_ascii_strcasecmp(arg, kinds[k][0]))
                a->to.kind = kinds[k][1];
        if (!a->to.kind) {
            cg_msg("--kind: '%s' is not a kind; use resolution, decision, document, "
                   "instrument (treaty) or article",
                   arg);
            return CG_EXIT_USAGE;
        }
        break;
    }
    case 3003:
        g_free(a->body_up);
        a->body_up = g_ascii_strup(arg, -1);
        a->to.body = a->body_up;
        break;
    case 3004:
    case 3005:
        if (cg_parse_int(arg, 1, 9999, &v)) {
            cg_msg("--%s: expected a year, got '%s'", opt == 3004 ? "since" : "until", arg);
            return CG_EXIT_USAGE;
        }
        *(opt == 3004 ? &a->to.since : &a->to.until) = v;
        break;
    case 3006:
        if (cg_parse_granularity(arg, &a->gran))
            return CG_EXIT_USAGE;
        break;
    case 'f': a->format = arg; break;
    case 'o': a->output = arg; break;
    }
    return 0;
}

int cmd_top(int argc, char **argv)
{
    static const struct option lo[] = {
        {"by",          required_argument, NULL, 3001},
        {"kind",        required_argument, NULL, 3002},
        {"body",        required_argument, NULL, 3003},
        {"since",       required_argument, NULL, 3004},
        {"until",       required_argument, NULL, 3005},
        {"granularity", required_argument, NULL, 3006},
        {"format",      required_argument, NULL, 'f' },
        {"output",      required_argument, NULL, 'o' },
        {NULL,          0,                 NULL, 0   }
    };
    static const cg_command cmd = {"top", help, "n:f:o:", lo, 1};
    static const char *const formats[] = {"table", "csv", "jsonl", NULL};
    cg_corpus_opts co = {0};
    top_args a = {
        {20, CG_RANK_CITING_DOCS, NULL, NULL, 0, 0},
        CG_GRAN_ARTICLE, "table", "-", NULL
    };
    int ar = cg_args_parse(&cmd, argc, argv, &co, top_opt, &a);
    g_autofree char *body_up = a.body_up;
    if (ar != CG_ARGS_GO)
        return ar;
    cg_top_options to = a.to;
    cg_granularity gran = a.gran;
    const char *format = a.format, *output = a.output;
    if (cg_args_choice("--format", format, formats))
        return CG_EXIT_USAGE;
    if (output && cg_out_preflight(output))
        return CG_EXIT_OUTPUT;
    cg_corpus c;
    cg_graph *g = NULL;
    int rc = cg_corpus_stream_graph(argv + optind, argc - optind, &co, gran, &c, &g);
    if (rc) {
        cg_corpus_free(&c);
        return rc;
    }
    cg_top_row *rows = NULL;
    size_t n = 0;
    cg_error err;
    if (to.body && !body_present(g, to.body)) {
        rc = CG_EXIT_USAGE;
        goto done;
    }
    if (cg_graph_top(g, &to, &rows, &n, &err)) {
        cg_msg("top: %s", err.msg);
        rc = CG_EXIT_OUTPUT;
        goto done;
    }
    cg_out *o = cg_out_open(output);
    if (!o) {
        rc = CG_EXIT_OUTPUT;
        goto done;
    }
    FILE *f = cg_out_file(o);
    int w = 6;
    for (size_t i = 0; i < n; i++) {
        int l = (int)display_width(rows[i].id);
        if (l > w)
            w = l;
    }
    if (!strcmp(format, "table"))
        fprintf(f, "%4s  %-*s  %11s  %8s  %9s  %9s\n", "rank", w, "target", "citing-docs",
                "mentions", "pagerank", "authority");
    else if (!strcmp(format, "csv"))
        fputs("rank,target,citing_docs,mentions,pagerank,authority\n", f);
    for (size_t i = 0; i < n; i++) {
        const cg_top_row *r = &rows[i];
        if (!strcmp(format, "table")) {
            int pad = w - (int)display_width(r->id);
            fprintf(f, "%4zu  %s%*s  %11d  %8d  %9.6f  %9.6f\n", r->rank, r->id, pad > 0 ? pad : 0,
                    "", r->citing_docs, r->mentions, r->pagerank, r->authority);
        } else if (!strcmp(format, "csv")) {
            fprintf(f, "%zu,\"%s\",%d,%d,%.6f,%.6f\n", r->rank, r->id, r->citing_docs, r->mentions,
                    r->pagerank, r->authority);
        } else {
            json_t *j = json_object();
            json_object_set_new(j, "rank", json_integer((json_int_t)r->rank));
            json_object_set_new(j, "target", json_string(r->id));
            json_object_set_new(j, "citing_docs", json_integer(r->citing_docs));
            json_object_set_new(j, "mentions", json_integer(r->mentions));
            json_object_set_new(j, "pagerank", json_real(r->pagerank));
            json_object_set_new(j, "authority", json_real(r->authority));
            char *s = json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6));
            json_decref(j);
            if (s) {
                fprintf(f, "%s\n", s);
                free(s);
            }
        }
    }
    rc = cg_out_commit(o);
    if (!rc)
        rc = cg_corpus_status(&c);
done:
    g_free(rows);
    cg_graph_free(g);
    cg_corpus_free(&c);
    return rc;
}
