/*
 * docs_write.c - `citegraph docs`: one row per document (language
 * versions and copies of a symbol merged), as a table, CSV or JSON lines.
 */
#include <errno.h>
#include <glib.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/text.h"
#include "report.h"

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

int cg_docs_write(const cg_corpus *c, const char *format, FILE *f)
{
    /* Several language versions of one symbol are one document: a row per
     * symbol, in order of first appearance, showing the English version
     * (else the first read) and listing every language and file. */
    GPtrArray *groups = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
    GHashTable *by_id = g_hash_table_new(g_str_hash, g_str_equal);
    for (size_t i = 0; i < c->n; i++)
        for (cg_doc *d = c->docs[i]; d; d = cg_doc_next(d)) {
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
            json_object_set_new(j, "kind", json_string(cg_kind_name(in.kind)));
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
    return ferror(f) ? EIO : 0;
}
