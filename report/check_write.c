/*
 * check_write.c - what `citegraph check` lists from the documents read:
 * citations whose body or referent was guessed, the citations one language
 * version has and another lacks, and the resolution-like numbers that no
 * citation claims (graph.h cg_graph_check_write lists the graph's own).
 */
#include <glib.h>
#include <stdio.h>
#include <string.h>

#include "report.h"

size_t cg_check_write_unresolved(const cg_corpus *c, FILE *f)
{
    size_t unresolved = 0;
    for (size_t i = 0; i < c->n; i++)
        for (const cg_doc *d = c->docs[i]; d; d = cg_doc_next(d)) {
            for (size_t k = 0; k < cg_doc_citation_count(d); k++) {
                cg_citation ct;
                cg_doc_citation(d, k, &ct);
                if (ct.resolved)
                    continue;
                unresolved++;
                /* One finding per line: the span's own line breaks become spaces. */
                char *text = g_strdup(ct.text);
                g_strdelimit(text, "\r\n\t", ' ');
                fprintf(f, "unresolved\t%s\t%s:%zu:%zu\t%s\t(read as %s)\n", ct.doc, ct.file,
                        ct.line, ct.col, text, ct.target);
                g_free(text);
            }
        }
    return unresolved;
}

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

size_t cg_check_write_unmatched(const cg_corpus *c, FILE *f,
                                void (*say)(const char *msg, void *user), void *user)
{
    GArray *rows = g_array_new(FALSE, FALSE, sizeof(unmatched_row));
    size_t seq = 0; /* documents in corpus order (a file may hold several) */
    for (size_t i = 0; i < c->n; i++)
        for (const cg_doc *d = c->docs[i]; d; d = cg_doc_next(d), seq++) {
            cg_unmatched *u;
            size_t n;
            cg_error err;
            if (cg_doc_unmatched(c->x, d, &u, &n, &err)) {
                if (say)
                    say(err.msg, user);
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
        fprintf(f, "%s\n", r->line);
        g_free(r->line);
    }
    size_t n = rows->len;
    g_array_free(rows, TRUE);
    return n;
}

size_t cg_check_write_gaps(const cg_corpus *c, FILE *f)
{
    cg_language_gap *g;
    size_t n = cg_corpus_language_gaps(c, &g);
    for (size_t i = 0; i < n; i++)
        fprintf(f, "language-gap\t%s\tin %s, not in %s: %s\n", g[i].id, g[i].in_lang,
                g[i].not_in_lang, g[i].what);
    cg_language_gaps_free(g, n);
    return n;
}
