/*
 * cmd_extract.c - `citegraph extract`: one record per citation.
 */
#include <errno.h>
#include <getopt.h>
#include <glib.h>
#include <stdio.h>
#include <string.h>

#include "args.h"
#include "report/report.h"

static const char help[] =
    "usage: citegraph extract [OPTIONS] PATH...\n"
    "\n"
    "Finds every citation in the documents and prints one record per citation,\n"
    "in text order, files in sorted order.\n"
    "\n"
    "options:\n"
    "  -f, --format F    jsonl (default), tsv or csv\n"
    "  -o, --output FILE write to FILE (atomically) instead of stdout\n"
    "  --annotate FILE   also write FILE.html: each document's text with every\n"
    "                    citation highlighted (target, rule, verb, location on\n"
    "                    hover; UN symbols linked to undocs.org), for review\n" CG_CORPUS_HELP "\n"
    "record fields: doc lang file start end line col text kind target parent body\n"
    "number session_or_year part article date relation location footnote rule\n"
    "resolved. start/end are byte offsets into the text read (the file's bytes\n"
    "for UTF-8 input); line and col are 1-based (col counts characters).\n";

typedef struct writer {
    FILE *out;
    cg_record_format fmt;
    int bad;
    int err;         /* errno of the failed write */
    GPtrArray *kept; /* documents kept for --annotate, else NULL */
} writer;

/* Writes a document's records as it arrives, so that memory holds only the
 * documents in flight. */
static int write_doc(cg_doc *d, size_t i, void *user)
{
    (void)i;
    writer *w = user;
    if (!d)
        return 0;
    for (size_t k = 0; k < cg_doc_citation_count(d) && !w->bad; k++) {
        cg_citation ct;
        cg_doc_citation(d, k, &ct);
        errno = 0;
        w->bad = cg_record_write(w->out, w->fmt, &ct);
        if (w->bad)
            w->err = errno;
    }
    if (!w->kept)
        return 0;
    g_ptr_array_add(w->kept, d);
    return 1;
}

typedef struct extract_args {
    cg_corpus_opts co;
    const char *format, *output, *annotate;
} extract_args;

static int extract_opt(int opt, const char *arg, void *user)
{
    extract_args *a = user;
    switch (opt) {
    case 'f': a->format = arg; break;
    case 'o': a->output = arg; break;
    case 5001:
        a->annotate = arg;
        a->co.keep_text = 1;
        break;
    }
    return 0;
}

int cmd_extract(int argc, char **argv)
{
    static const struct option lo[] = {
        {"format",   required_argument, NULL, 'f' },
        {"output",   required_argument, NULL, 'o' },
        {"annotate", required_argument, NULL, 5001},
        {NULL,       0,                 NULL, 0   }
    };
    static const cg_command cmd = {"extract", help, "f:o:", lo, 1};
    extract_args a = {.format = "jsonl", .output = "-"};
    int ar = cg_args_parse(&cmd, argc, argv, &a.co, extract_opt, &a);
    if (ar != CG_ARGS_GO)
        return ar;
    cg_corpus_opts co = a.co;
    const char *format = a.format, *output = a.output, *annotate = a.annotate;
    int fmt = cg_record_format_parse(format);
    if (fmt < 0) {
        cg_msg("--format: expected jsonl, tsv or csv, got '%s'", format);
        return CG_EXIT_USAGE;
    }
    cg_out *o = cg_out_open(output);
    if (!o)
        return CG_EXIT_OUTPUT;
    writer w = {cg_out_file(o), (cg_record_format)fmt, 0, 0, annotate ? g_ptr_array_new() : NULL};
    errno = 0;
    w.bad = cg_record_write_header(w.out, w.fmt);
    w.err = errno;
    cg_corpus c;
    int rc = cg_corpus_stream(argv + optind, argc - optind, &co, &c, write_doc, &w);
    if (rc) {
        cg_out_abort(o);
    } else if (w.bad) {
        cg_msg("%s: write error: %s", strcmp(output, "-") ? output : "standard output",
               w.err ? strerror(w.err) : "output lost");
        cg_out_abort(o);
        rc = CG_EXIT_OUTPUT;
    } else {
        rc = cg_out_commit(o);
    }
    if (!rc && annotate) {
        cg_out *a = cg_out_open(annotate);
        if (!a)
            rc = CG_EXIT_OUTPUT;
        else if ((errno = 0,
                  cg_annotate_write(cg_out_file(a), (cg_doc *const *)w.kept->pdata, w.kept->len))) {
            cg_msg("%s: write error: %s", annotate, errno ? strerror(errno) : "output lost");
            cg_out_abort(a);
            rc = CG_EXIT_OUTPUT;
        } else
            rc = cg_out_commit(a);
    }
    if (!rc)
        rc = cg_corpus_status(&c);
    if (w.kept) {
        for (guint i = 0; i < w.kept->len; i++)
            cg_doc_free(g_ptr_array_index(w.kept, i));
        g_ptr_array_free(w.kept, TRUE);
    }
    cg_corpus_free(&c);
    return rc;
}
