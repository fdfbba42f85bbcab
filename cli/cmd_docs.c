/*
 * cmd_docs.c - `citegraph docs`: what each document is.
 */
#include <getopt.h>
#include <glib.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char help[] =
    "usage: citegraph docs [OPTIONS] PATH...\n"
    "\n"
    "One row per document: its symbol (and how it was found: manifest, header,\n"
    "title, filename), its languages (several files of one symbol in several\n"
    "languages are one document), adoption date, body, session, meeting, vote\n"
    "(yes/no/abstain), citations found (in the English version when there is\n"
    "one, else the first read; per language in jsonl), title.\n"
    "\n"
    "options:\n"
    "  -f, --format F    table (default), jsonl or csv\n"
    "  -o, --output FILE write to FILE (atomically) instead of stdout\n"
    CG_CORPUS_HELP;

static void csv_field(FILE *f, const char *s)
{
    if (!strpbrk(s, ",\"\r\n")) {
        fputs(s, f);
        return;
    }
    fputc('"', f);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', f);
        fputc(*s, f);
    }
    fputc('"', f);
}

static void vote_text(const cg_doc_info *in, char *buf, size_t cap)
{
    if (in->vote_recorded && in->vote_yes >= 0)
        snprintf(buf, cap, "%d/%d/%d%s", in->vote_yes, in->vote_no < 0 ? 0 : in->vote_no,
                 in->vote_abstain < 0 ? 0 : in->vote_abstain,
                 in->vote_mismatch ? " (lists disagree)" : "");
    else if (in->vote_without)
        snprintf(buf, cap, "without vote");
    else
        snprintf(buf, cap, "-");
}

int cmd_docs(int argc, char **argv)
{
    static const struct option lo[] = {
        {"format", required_argument, NULL, 'f'},
        {"output", required_argument, NULL, 'o'},
        {"help", no_argument, NULL, 'h'},
        CG_CORPUS_LONGOPTS,
        {NULL, 0, NULL, 0}};
    cg_corpus_opts co = {0};
    const char *format = "table", *output = "-";
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
        case 'h': fputs(help, stdout); return CG_EXIT_OK;
        default: fputs(help, stderr); return CG_EXIT_USAGE;
        }
    }
    if (strcmp(format, "table") && strcmp(format, "jsonl") && strcmp(format, "csv")) {
        cg_msg("--format: expected table, jsonl or csv, got '%s'", format);
        return CG_EXIT_USAGE;
    }
    if (optind >= argc) {
        cg_msg("docs: no PATH given (see citegraph docs --help)");
        return CG_EXIT_USAGE;
    }
    cg_corpus c;
    int rc = cg_corpus_read(argv + optind, argc - optind, &co, &c);
    if (rc) {
        cg_corpus_free(&c);
        return rc;
    }
    cg_out *o = cg_out_open(output);
    if (!o) {
        cg_corpus_free(&c);
        return CG_EXIT_OUTPUT;
    }
    FILE *f = cg_out_file(o);
    /* Several language versions of one symbol are one document: a row per
     * symbol, in order of first appearance, showing the English version
     * (else the first read) and listing every language and file. */
    GPtrArray *groups = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
    GHashTable *by_id = g_hash_table_new(g_str_hash, g_str_equal);
    for (size_t i = 0; i < c.n; i++) {
        cg_doc *d = c.docs[i];
        if (!d)
            continue;
        cg_doc_info in;
        cg_doc_get_info(d, &in);
        GPtrArray *g = g_hash_table_lookup(by_id, in.id);
        if (!g) {
            g = g_ptr_array_new();
            g_ptr_array_add(groups, g);
            g_hash_table_insert(by_id, (gpointer)in.id, g);
        }
        g_ptr_array_add(g, d);
    }
    if (!strcmp(format, "table"))
        fprintf(f, "%-22s %-14s %-10s %-6s %-5s %-7s %-12s %5s  %-9s %s\n", "symbol",
                "languages", "date", "body", "sess", "meeting", "vote", "cites", "found-by",
                "title");
    else if (!strcmp(format, "csv"))
        fputs("symbol,languages,date,body,session,agenda_item,meeting,vote_yes,vote_no,"
              "vote_abstain,vote_mismatch,citations,id_source,files,title\n", f);
    for (guint gi = 0; gi < groups->len; gi++) {
        GPtrArray *g = g_ptr_array_index(groups, gi);
        const cg_doc *d = g_ptr_array_index(g, 0);
        for (guint k = 0; k < g->len; k++) {
            cg_doc_info x;
            cg_doc_get_info(g_ptr_array_index(g, k), &x);
            if (!strcmp(x.lang, "en")) {
                d = g_ptr_array_index(g, k);
                break;
            }
        }
        cg_doc_info in;
        cg_doc_get_info(d, &in);
        GString *langs = g_string_new(NULL), *files = g_string_new(NULL);
        for (guint k = 0; k < g->len; k++) {
            cg_doc_info x;
            cg_doc_get_info(g_ptr_array_index(g, k), &x);
            g_string_append_printf(langs, "%s%s", k ? "," : "", *x.lang ? x.lang : "?");
            g_string_append_printf(files, "%s%s", k ? ";" : "", x.file);
        }
        size_t nc = cg_doc_citation_count(d);
        char vote[96];
        vote_text(&in, vote, sizeof vote);
        if (!strcmp(format, "table")) {
            char meeting[16];
            snprintf(meeting, sizeof meeting, "%d", in.meeting);
            fprintf(f, "%-22s %-14s %-10s %-6s %-5s %-7s %-12s %5zu  %-9s %s\n", in.id,
                    langs->str, *in.date ? in.date : "-", *in.body ? in.body : "-",
                    *in.session ? in.session : "-", in.meeting ? meeting : "-", vote, nc,
                    in.id_source, *in.title ? in.title : "-");
        } else if (!strcmp(format, "csv")) {
            const char *cols[] = {in.id, langs->str, in.date, in.body, in.session,
                                  in.agenda_item};
            for (size_t k = 0; k < 6; k++) {
                csv_field(f, cols[k]);
                fputc(',', f);
            }
            fprintf(f, "%d,%d,%d,%d,%d,%zu,%s,", in.meeting, in.vote_yes, in.vote_no,
                    in.vote_abstain, in.vote_mismatch, nc, in.id_source);
            csv_field(f, files->str);
            fputc(',', f);
            csv_field(f, in.title);
            fputc('\n', f);
        } else {
            json_t *j = json_object();
            json_object_set_new(j, "symbol", json_string(in.id));
            json_object_set_new(j, "id_source", json_string(in.id_source));
            json_object_set_new(j, "lang", json_string(in.lang));
            json_t *la = json_array(), *fa = json_array(), *cl = json_object();
            for (guint k = 0; k < g->len; k++) {
                const cg_doc *x = g_ptr_array_index(g, k);
                cg_doc_info xi;
                cg_doc_get_info(x, &xi);
                json_array_append_new(la, json_string(xi.lang));
                json_array_append_new(fa, json_string(xi.file));
                json_object_set_new(cl, *xi.lang ? xi.lang : "?",
                                    json_integer((json_int_t)cg_doc_citation_count(x)));
            }
            json_object_set_new(j, "languages", la);
            json_object_set_new(j, "kind", json_string(in.kind));
            json_object_set_new(j, "body", json_string(in.body));
            json_object_set_new(j, "session", json_string(in.session));
            json_object_set_new(j, "agenda_item", json_string(in.agenda_item));
            json_object_set_new(j, "title", json_string(in.title));
            json_object_set_new(j, "date", json_string(in.date));
            json_object_set_new(j, "meeting", json_integer(in.meeting));
            json_t *v = json_object();
            json_object_set_new(v, "recorded", json_boolean(in.vote_recorded));
            json_object_set_new(v, "without_vote", json_boolean(in.vote_without));
            json_object_set_new(v, "yes", json_integer(in.vote_yes));
            json_object_set_new(v, "no", json_integer(in.vote_no));
            json_object_set_new(v, "abstain", json_integer(in.vote_abstain));
            json_object_set_new(v, "mismatch", json_boolean(in.vote_mismatch));
            const char which[3] = {'y', 'n', 'a'};
            const char *names[3] = {"yes_states", "no_states", "abstain_states"};
            for (int w = 0; w < 3; w++) {
                const char *const *codes;
                size_t n = cg_doc_vote_states(d, which[w], &codes);
                json_t *a = json_array();
                for (size_t k = 0; k < n; k++)
                    json_array_append_new(a, json_string(codes[k]));
                json_object_set_new(v, names[w], a);
            }
            json_object_set_new(j, "vote", v);
            json_object_set_new(j, "citations", json_integer((json_int_t)nc));
            json_object_set_new(j, "citations_by_lang", cl);
            json_object_set_new(j, "file", json_string(in.file));
            json_object_set_new(j, "files", fa);
            char *s = json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER);
            json_decref(j);
            if (s) {
                fputs(s, f);
                fputc('\n', f);
                free(s);
            }
        }
        g_string_free(langs, TRUE);
        g_string_free(files, TRUE);
    }
    g_hash_table_destroy(by_id);
    g_ptr_array_unref(groups);
    rc = cg_out_commit(o);
    if (!rc)
        rc = cg_corpus_status(&c);
    cg_corpus_free(&c);
    return rc;
}
