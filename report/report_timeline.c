/*
 * report_timeline.c - section 4, the mandate's history: the rows of
 * cli/history.c (the same members in the same order as `lineage
 * --series`), with titles, votes drawn as bars, which members each cites,
 * what it added to the previous member's citations, and a paragraph a
 * researcher can quote.
 */
#include <stdlib.h>
#include <string.h>

#include "report_internal.h"

void rp_section_timeline(GString *o, const rp_ctx *r)
{
    const cg_history *h = &r->hist;
    g_string_append(o, "<section id=\"history\" aria-labelledby=\"history-h\">\n"
                       "<h2 id=\"history-h\">4. The mandate's history</h2>\n<p class=\"note\">");
    if (r->series) {
        g_string_append(o, "The members of the series, in adoption order: documents whose title "
                           "holds the phrase, those that reaffirm or recall one and share its key "
                           "words, and the earlier members they cite that are not in the corpus "
                           "(dated by those citations). ");
    } else {
        g_string_append(o, "The resolutions and decisions in the lineage of ");
        rp_target(o, r, r->focus, NULL);
        g_string_append(o, ", in adoption order. ");
    }
    g_string_append(o, "<em>What it added</em> names the targets a document cites that the "
                       "previous document of the corpus in this list did not (citing earlier "
                       "members is the chain itself). A text that ends before its operative part "
                       "or adoption line is flagged as cut short and not compared. Dates marked "
                       "<em>c.</em> come from the symbol (the session), not from a text.</p>\n");
    char *para = cg_history_paragraph(h);
    if (para && *para) {
        g_string_append(o, "<blockquote class=\"para\" dir=\"auto\">");
        rp_esc(o, para);
        g_string_append(o, "</blockquote>\n");
    }
    g_free(para);
    g_string_append(o, "<table class=\"sortable\" id=\"history-table\">\n<thead><tr>"
                       "<th scope=\"col\">date</th><th scope=\"col\">symbol</th>"
                       "<th scope=\"col\">title</th><th scope=\"col\">session</th>"
                       "<th scope=\"col\">vote (yes–no–abstain)</th>"
                       "<th scope=\"col\">cites (members)</th>"
                       "<th scope=\"col\">what it added</th></tr></thead>\n<tbody>\n");
    for (size_t i = 0; i < h->n; i++) {
        const cg_history_row *row = &h->rows[i];
        const cg_vertex_view *v = &row->vw;
        char when[32];
        cg_history_when(row, when, sizeof when);
        g_string_append_printf(o, "<tr%s><td class=\"num\" style=\"white-space:nowrap\" data-v=\"",
                               i == h->focus ? " class=\"focus\"" : "");
        rp_esc(o, row->m.when);
        g_string_append(o, "\">");
        rp_esc(o, when);
        g_string_append(o, "</td><td data-v=\"");
        rp_esc(o, v->id);
        g_string_append(o, "\">");
        rp_target(o, r, v->id, v->kind);
        if (i == h->focus)
            g_string_append(o, " <span class=\"tag\">focus</span>");
        g_string_append(o, "</td><td class=\"title\" dir=\"auto\"");
        rp_lang_attr(o, v->languages);
        g_string_append(o, ">");
        if (v->title && *v->title)
            rp_esc(o, v->title);
        else
            g_string_append(o, "<span class=\"muted\">–</span>");
        g_string_append(o, "</td><td>");
        rp_esc(o, v->session && *v->session ? v->session : "–");
        g_string_append_printf(o, "</td><td data-v=\"%d\">", v->vote_yes);
        rp_vote(o, v->vote_yes, v->vote_no, v->vote_abstain, row->without_vote);
        g_string_append(o, "</td><td>");
        for (guint k = 0; k < row->cites->len; k++) {
            char b[96];
            const cg_history_row *c = &h->rows[g_array_index(row->cites, size_t, k)];
            g_string_append(o, k ? ", " : "");
            rp_esc(o, cg_graph_short_id(c->vw.id, b, sizeof b));
        }
        if (!row->cites->len)
            g_string_append(o, "<span class=\"muted\">–</span>");
        g_string_append(o, "</td><td>");
        char *added = cg_history_added_text(h, i);
        if (!v->in_corpus || row->truncated)
            g_string_append(o, "<span class=\"muted\">");
        rp_esc(o, added);
        if (!v->in_corpus || row->truncated)
            g_string_append(o, "</span>");
        g_free(added);
        g_string_append(o, "</td></tr>\n");
    }
    if (!h->n)
        g_string_append(o, "<tr><td colspan=\"7\" class=\"muted\">Nothing to show.</td></tr>\n");
    g_string_append(o, "</tbody>\n</table>\n</section>\n");
}
