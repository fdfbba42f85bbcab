/*
 * cmd_top.c - `citegraph top`: the most-cited targets.
 */
#include <getopt.h>
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"

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
    int rc =
        cg_corpus_stream_graph(argv + optind, argc - optind, &co, gran, CG_KEEP_RANK, &c, &g, NULL);
    if (rc) {
        cg_corpus_free(&c);
        return rc;
    }
    cg_top_row *rows = NULL;
    size_t n = 0;
    cg_error err;
    char *present = NULL;
    if (to.body && !cg_graph_body_present(g, to.body, &present)) {
        cg_msg("--body: no target of body '%s' in the graph; the bodies present: %s", to.body,
               present ? present : "none");
        g_free(present);
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
    cg_graph_top_write(rows, n, format, cg_out_file(o));
    rc = cg_out_commit(o);
    if (!rc)
        rc = cg_corpus_status(&c);
done:
    g_free(rows);
    cg_graph_free(g);
    cg_corpus_free(&c);
    return rc;
}
