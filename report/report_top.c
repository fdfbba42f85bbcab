/*
 * report_top.c - section 2, the most-cited targets: graph.h's ranking as a
 * table a reader can re-sort by clicking a header (the script is optional:
 * the rows are already ranked).
 */
#include <stdlib.h>
#include <string.h>

#include "report_internal.h"

int rp_section_top(GString *o, rp_ctx *r)
{
    cg_top_options to = {r->top_n, CG_RANK_CITING_DOCS, NULL, NULL, 0, 0};
    cg_top_row *rows = NULL;
    size_t n = 0;
    int rc = cg_graph_top(r->g, &to, &rows, &n, r->err);
    if (rc)
        return rc;
    g_string_append(o, "<section id=\"top\" aria-labelledby=\"top-h\">\n"
                       "<h2 id=\"top-h\">2. The most-cited targets</h2>\n");
    g_string_append_printf(o,
                           "<p class=\"note\">The %zu targets cited by the most documents of the "
                           "corpus (ties broken by mentions, then by symbol). "
                           "<em>Citing documents</em> counts each citing document once; "
                           "<em>mentions</em> counts every citation; PageRank weighs a target by "
                           "how cited its citers are. Click a column header to sort.</p>\n",
                           n);
    int max = n ? rows[0].citing_docs : 0;
    for (size_t i = 0; i < n; i++)
        if (rows[i].citing_docs > max)
            max = rows[i].citing_docs;
    g_string_append(o, "<table class=\"sortable\" id=\"top-table\">\n<thead><tr>"
                       "<th scope=\"col\" class=\"n\">rank</th>"
                       "<th scope=\"col\">target</th>"
                       "<th scope=\"col\">kind</th>"
                       "<th scope=\"col\">body</th>"
                       "<th scope=\"col\" class=\"n\">year</th>"
                       "<th scope=\"col\">citing documents</th>"
                       "<th scope=\"col\" class=\"n\">mentions</th>"
                       "<th scope=\"col\" class=\"n\">PageRank</th>"
                       "</tr></thead>\n<tbody>\n");
    for (size_t i = 0; i < n; i++) {
        const cg_top_row *t = &rows[i];
        cg_vertex_view v;
        cg_graph_vertex(r->g, t->vertex, &v);
        g_string_append_printf(o, "<tr><td class=\"n\">%zu</td><td data-v=\"", t->rank);
        rp_esc(o, t->id);
        g_string_append(o, "\">");
        rp_target(o, r, t->id, v.kind);
        if (v.title && *v.title) {
            g_string_append(o, "<br><span class=\"muted\" dir=\"auto\"");
            rp_lang_attr(o, v.languages);
            g_string_append(o, ">");
            rp_esc(o, v.title);
            g_string_append(o, "</span>");
        }
        g_string_append(o, "</td><td>");
        rp_esc(o, v.kind && *v.kind ? v.kind : "–");
        g_string_append(o, "</td><td>");
        rp_esc(o, v.body && *v.body ? v.body : "–");
        if (v.year)
            g_string_append_printf(o, "</td><td class=\"n\">%d", v.year);
        else
            g_string_append(o, "</td><td class=\"n\" data-v=\"0\">–");
        g_string_append_printf(o, "</td><td class=\"share\" data-v=\"%d\">", t->citing_docs);
        char label[64];
        snprintf(label, sizeof label, "%d citing documents", t->citing_docs);
        rp_bar(o, max ? (double)t->citing_docs / max : 0, 160, label);
        g_string_append_printf(o, " <span class=\"num\">%d</span>", t->citing_docs);
        g_string_append_printf(o, "</td><td class=\"n\">%d</td><td class=\"n\">%.4f</td></tr>\n",
                               t->mentions, t->pagerank);
    }
    if (!n)
        g_string_append(o,
                        "<tr><td colspan=\"8\" class=\"muted\">No citation was found.</td></tr>\n");
    g_string_append(o, "</tbody>\n</table>\n</section>\n");
    g_free(rows);
    return 0;
}
