/*
 * cmd_docs.c - `citegraph docs`: what each document is.
 */
#include <getopt.h>
#include <glib.h>
#include <stddef.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "common/text.h"

static const char help[] =
    "usage: citegraph docs [OPTIONS] PATH...\n"
    "\n"
    "One row per document. Files of one symbol (language versions, a .txt and\n"
    "a .pdf, two copies) are one document: its fields are merged field by\n"
    "field (the English version's value first, else the first version that\n"
    "has one: a date found in one version serves all), versions that disagree\n"
    "are reported (jsonl/csv \"conflicts\"; a '!' after the table's date), and\n"
    "its citations are counted once (each target's mentions from the version\n"
    "with the most, not summed over versions).\n"
    "\n"
    "Fields and where they come from (an unknown field stays empty: nothing\n"
    "is guessed):\n"
    "  symbol      the document's own symbol; id_source says how it was found:\n"
    "              manifest; header (the masthead symbol, also spaced 'A /HRC/\n"
    "              RES/ 35/3', or a Security Council heading in any language:\n"
    "              'Resolution 1518 (2003)', 'Резолюция 1518 (2003)',\n"
    "              '第1518(2003)号决议', 'القرار 1518 (2003)'); title (a numbered\n"
    "              title '35/3. Human rights ...', 'Resolution 6/3.', '5 3 / 5 .'\n"
    "              read with the adopting body); filename (E_CN.4_RES_2005_55.txt,\n"
    "              S_RES_1518(2003).txt, A_HRC_RES_35_3-EN.pdf; the language\n"
    "              suffix is no part of the symbol); none ('file:' id)\n"
    "  date        adoption date; date_source: adoption (the head's statement\n"
    "              'Resolution adopted by the Human Rights Council on 22 June\n"
    "              2017', '人权理事会2017年3月23日通过的决议', 'принятая Советом\n"
    "              Безопасности на его 6283-м заседании 12 марта 2010 года'),\n"
    "              heading (old SC 'Resolution 290 of 8 December 1970'),\n"
    "              decision ('At its 48th meeting, on 25 March 2011, the ...\n"
    "              Council decided'), closing ('37th meeting / 5 July 2018'),\n"
    "              manifest. The 'Distr.' date of issue is never taken.\n"
    "  body        the adopting body: the line that opens the text ('The Human\n"
    "              Rights Council,'), else the adoption statement, else the\n"
    "              letterhead's last body line\n"
    "  session     the session line ('Thirty-fifth session', also on the body's\n"
    "              line; '第三十五届会议', 'الدورة الخامسة والثلاثون'), above the title\n"
    "  agenda_item 'Agenda item 3', 'Point 3 de l'ordre du jour', ...\n"
    "  meeting     the adoption statement's or the closing line's meeting\n"
    "  title       the resolution's own title (title_source: numbered, from the\n"
    "              numbered title line; heading, after 'Resolution 6/2.'), in\n"
    "              the shown version; jsonl lists every version's\n"
    "  vote        yes/no/abstain of a recorded vote; 'without vote'\n"
    "  act         (jsonl) what the text says it does to a mandate, from its\n"
    "              own words ('Decides to appoint' establish, 'Decides to\n"
    "              extend the mandate' renew, 'decides to postpone'\n"
    "              postpone; '' when it says none), act_years the years it\n"
    "              gives ('for a period of three years'; 0 when unsaid)\n"
    "The words (six languages) are data: corpus/data/doc-words.tsv,\n"
    "months.tsv, body-names.tsv.\n"
    "\n"
    "options:\n"
    "  -f, --format F    table (default), jsonl or csv\n"
    "  -o, --output FILE write to FILE (atomically) instead of stdout\n" CG_CORPUS_HELP;

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

/* -f and -o into fo[0] and fo[1]. */
static int format_output_opt(int opt, const char *arg, void *user)
{
    const char **fo = user;
    fo[opt == 'o'] = arg;
    return 0;
}

int cmd_docs(int argc, char **argv)
{
    static const struct option lo[] = {
        {"format", required_argument, NULL, 'f'},
        {"output", required_argument, NULL, 'o'},
        {NULL,     0,                 NULL, 0  }
    };
    static const cg_command cmd = {"docs", help, "f:o:", lo, 1};
    static const char *const formats[] = {"table", "jsonl", "csv", NULL};
    cg_corpus_opts co = {0};
    const char *fo[2] = {"table", "-"};
    int ar = cg_args_parse(&cmd, argc, argv, &co, format_output_opt, fo);
    if (ar != CG_ARGS_GO)
        return ar;
    const char *format = fo[0], *output = fo[1];
    if (cg_args_choice("--format", format, formats))
        return CG_EXIT_USAGE;
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
    for (size_t i = 0; i < c.n; i++)
        for (cg_doc *d = c.docs[i]; d; d = cg_doc_next(d)) {
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
        fprintf(f, "%-22s %-14s %-10s %-6s %-5s %-7s %-12s %5s  %-9s %s\n", "symbol", "languages",
                "date", "body", "sess", "meeting", "vote", "cites", "found-by", "title");
    else if (!strcmp(format, "csv"))
        fputs("symbol,languages,date,date_source,body,session,agenda_item,meeting,vote_yes,"
              "vote_no,vote_abstain,vote_mismatch,citations,id_source,files,title_source,"
              "title,conflicts\n",
              f);
    for (guint gi = 0; gi < groups->len; gi++) {
        GPtrArray *g = g_ptr_array_index(groups, gi);
        cg_doc_merge mg;
        cg_doc_merge_versions((const cg_doc *const *)g->pdata, g->len, &mg);
        const cg_doc *d = mg.shown;
        cg_doc_info in = mg.info;
        GString *langs = g_string_new(NULL), *files = g_string_new(NULL);
        for (guint k = 0; k < g->len; k++) {
            cg_doc_info x;
            cg_doc_get_info(g_ptr_array_index(g, k), &x);
            g_string_append_printf(langs, "%s%s", k ? "," : "", *x.lang ? x.lang : "?");
            g_string_append_printf(files, "%s%s", k ? ";" : "", x.file);
        }
        size_t nc = mg.citations;
        char vote[96];
        vote_text(&in, vote, sizeof vote);
        if (!strcmp(format, "table")) {
            char meeting[16], date[16];
            snprintf(meeting, sizeof meeting, "%d", in.meeting);
            snprintf(date, sizeof date, "%s%s", *in.date ? in.date : "-",
                     mg.conflicts->len ? "!" : "");
            fprintf(f, "%-22s %-14s %-10s %-6s %-5s %-7s %-12s %5zu  %-9s %s\n", in.id, langs->str,
                    date, *in.body ? in.body : "-", *in.session ? in.session : "-",
                    in.meeting ? meeting : "-", vote, nc, in.id_source, *in.title ? in.title : "-");
        } else if (!strcmp(format, "csv")) {
            const char *cols[] = {in.id,   langs->str, in.date,       in.date_source,
                                  in.body, in.session, in.agenda_item};
            for (size_t k = 0; k < 7; k++) {
                cg_csv_field(f, cols[k]);
                fputc(',', f);
            }
            fprintf(f, "%d,%d,%d,%d,%d,%zu,%s,", in.meeting, in.vote_yes, in.vote_no,
                    in.vote_abstain, in.vote_mismatch, nc, in.id_source);
            cg_csv_field(f, files->str);
            fputc(',', f);
            cg_csv_field(f, in.title_source);
            fputc(',', f);
            cg_csv_field(f, in.title);
            fputc(',', f);
            GString *cf = g_string_new(NULL);
            for (guint k = 0; k < mg.conflicts->len; k++)
                g_string_append_printf(cf, "%s%s", k ? "; " : "",
                                       (const char *)g_ptr_array_index(mg.conflicts, k));
            cg_csv_field(f, cf->str);
            g_string_free(cf, TRUE);
            fputc('\n', f);
        } else {
            json_t *j = json_object();
            json_object_set_new(j, "symbol", json_string(in.id));
            json_object_set_new(j, "id_source", json_string(in.id_source));
            json_object_set_new(j, "lang", json_string(in.lang));
            json_t *la = json_array(), *fa = json_array(), *cl = json_object();
            json_t *tl = json_object();
            for (guint k = 0; k < g->len; k++) {
                const cg_doc *x = g_ptr_array_index(g, k);
                cg_doc_info xi;
                cg_doc_get_info(x, &xi);
                json_array_append_new(la, json_string(xi.lang));
                json_array_append_new(fa, json_string(xi.file));
                json_object_set_new(cl, *xi.lang ? xi.lang : "?",
                                    json_integer((json_int_t)cg_doc_citation_count(x)));
                if (*xi.title && !json_object_get(tl, *xi.lang ? xi.lang : "?"))
                    json_object_set_new(tl, *xi.lang ? xi.lang : "?", json_string(xi.title));
            }
            json_object_set_new(j, "languages", la);
            json_object_set_new(j, "kind", json_string(in.kind));
            json_object_set_new(j, "body", json_string(in.body));
            json_object_set_new(j, "session", json_string(in.session));
            json_object_set_new(j, "agenda_item", json_string(in.agenda_item));
            json_object_set_new(j, "title", json_string(in.title));
            json_object_set_new(j, "title_source", json_string(in.title_source));
            json_object_set_new(j, "titles", tl);
            json_object_set_new(j, "date", json_string(in.date));
            json_object_set_new(j, "date_source", json_string(in.date_source));
            json_object_set_new(j, "meeting", json_integer(in.meeting));
            json_object_set_new(j, "act", json_string(in.act));
            json_object_set_new(j, "act_years", json_integer(in.act_years));
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
                size_t n = cg_doc_vote_states(mg.vote_from, which[w], &codes);
                json_t *a = json_array();
                for (size_t k = 0; k < n; k++)
                    json_array_append_new(a, json_string(codes[k]));
                json_object_set_new(v, names[w], a);
            }
            json_object_set_new(j, "vote", v);
            json_object_set_new(j, "citations", json_integer((json_int_t)nc));
            json_object_set_new(j, "citations_by_lang", cl);
            json_t *ca = json_array();
            for (guint k = 0; k < mg.conflicts->len; k++)
                json_array_append_new(ca, json_string(g_ptr_array_index(mg.conflicts, k)));
            json_object_set_new(j, "conflicts", ca);
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
        (void)d;
        cg_doc_merge_clear(&mg);
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
