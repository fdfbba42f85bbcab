/*
 * report_timeline.c - section 4, the mandate's history: the resolutions and
 * decisions of the focus document's lineage (or the series' members) in
 * time order, with their votes and what each added: the targets it cites
 * that the previous document of the corpus in the timeline did not.
 */
#include <stdlib.h>
#include <string.h>

#include "report.h"

typedef struct trow {
    size_t v;                 /* vertex in r->g */
    cg_vertex_view vw;
} trow;

static int by_date(const void *a, const void *b)
{
    const trow *x = a, *y = b;
    const char *dx = x->vw.date && *x->vw.date ? x->vw.date : "9999";
    const char *dy = y->vw.date && *y->vw.date ? y->vw.date : "9999";
    int c = strcmp(dx, dy);
    return c ? c : strcmp(x->vw.id, y->vw.id);
}

/* The timeline's vertices (in r->g), sorted. NULL with *n = 0 on failure. */
static trow *rows_of(const rp_ctx *r, size_t *n)
{
    *n = 0;
    if (r->series) {
        trow *t = calloc(r->nmembers ? r->nmembers : 1, sizeof *t);
        for (size_t i = 0; t && i < r->nmembers; i++) {
            t[i].v = r->members[i];
            cg_graph_vertex(r->g, t[i].v, &t[i].vw);
        }
        if (t)
            *n = r->nmembers;
        return t;
    }
    cg_lineage_options lo = {CG_DIR_BOTH, r->depth, NULL, 1};
    cg_graph *s = NULL;
    if (cg_graph_lineage(r->g, r->focus, &lo, &s, NULL))
        return NULL;
    size_t ns = cg_graph_vertex_count(s);
    trow *t = calloc(ns ? ns : 1, sizeof *t);
    for (size_t i = 0; t && i < ns; i++) {
        cg_vertex_view v;
        cg_graph_vertex(s, i, &v);
        int keep = !strcmp(v.id, r->focus) ||
                   (v.kind && (!strcmp(v.kind, "resolution") || !strcmp(v.kind, "decision")));
        size_t gv = keep ? cg_graph_find(r->g, v.id) : (size_t)-1;
        if (gv == (size_t)-1)
            continue;
        t[*n].v = gv;
        cg_graph_vertex(r->g, gv, &t[*n].vw);
        (*n)++;
    }
    cg_graph_free(s);
    if (t)
        qsort(t, *n, sizeof *t, by_date);
    return t;
}

/* 1 when vertex a cites target vertex `to`. Edges are sorted by target. */
static int cites(const rp_ctx *r, size_t a, size_t to)
{
    size_t lo = r->out_off[a], hi = r->out_off[a + 1];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        cg_edge_view e;
        cg_graph_edge(r->g, r->out_edge[mid], &e);
        if (e.to == to)
            return 1;
        if (e.to < to)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

enum { LIST_MAX = 10 };

static void added(GString *o, const rp_ctx *r, size_t v, size_t prev)
{
    size_t total = r->out_off[v + 1] - r->out_off[v], nnew = 0, dropped = 0, shown = 0;
    GString *list = g_string_new(NULL);
    for (size_t k = r->out_off[v]; k < r->out_off[v + 1]; k++) {
        cg_edge_view e;
        cg_graph_edge(r->g, r->out_edge[k], &e);
        if (prev != (size_t)-1 && cites(r, prev, e.to))
            continue;
        nnew++;
        if (shown++ < LIST_MAX) {
            cg_vertex_view t;
            cg_graph_vertex(r->g, e.to, &t);
            if (list->len)
                g_string_append(list, ", ");
            rp_target(list, r, t.id, t.kind);
        }
    }
    if (prev != (size_t)-1)
        for (size_t k = r->out_off[prev]; k < r->out_off[prev + 1]; k++) {
            cg_edge_view e;
            cg_graph_edge(r->g, r->out_edge[k], &e);
            dropped += !cites(r, v, e.to);
        }
    if (prev == (size_t)-1)
        g_string_append_printf(o, "<span class=\"muted\">first in the corpus; cites %zu "
                                  "target%s:</span> ",
                               total, total == 1 ? "" : "s");
    else if (!nnew)
        g_string_append(o, "<span class=\"muted\">no new citation</span>");
    else
        g_string_append_printf(o, "<span class=\"muted\">%zu new:</span> ", nnew);
    g_string_append(o, list->str);
    if (nnew > LIST_MAX)
        g_string_append_printf(o, " <span class=\"muted\">and %zu more</span>", nnew - LIST_MAX);
    if (dropped)
        g_string_append_printf(o, "<br><span class=\"muted\">%zu earlier citation%s not "
                                  "repeated</span>",
                               dropped, dropped == 1 ? "" : "s");
    g_string_free(list, TRUE);
}

void rp_section_timeline(GString *o, const rp_ctx *r)
{
    size_t n = 0;
    trow *t = rows_of(r, &n);
    g_string_append(o, "<section id=\"history\" aria-labelledby=\"history-h\">\n"
                       "<h2 id=\"history-h\">4. The mandate's history</h2>\n<p class=\"note\">");
    if (r->series) {
        g_string_append(o, "Every document of the series, oldest first. ");
    } else {
        g_string_append(o, "The resolutions and decisions in the lineage of ");
        rp_target(o, r, r->focus, NULL);
        g_string_append(o, ", oldest first. ");
    }
    g_string_append(o, "<em>What it added</em> lists the targets a document cites that the "
                       "previous document of the corpus in this list did not. Title and vote are "
                       "known for documents of the corpus only.</p>\n"
                       "<table class=\"sortable\" id=\"history-table\">\n<thead><tr>"
                       "<th scope=\"col\">date</th><th scope=\"col\">symbol</th>"
                       "<th scope=\"col\">title</th>"
                       "<th scope=\"col\">vote (yes–no–abstain)</th>"
                       "<th scope=\"col\">what it added</th></tr></thead>\n<tbody>\n");
    size_t prev = (size_t)-1;
    for (size_t i = 0; i < n; i++) {
        const cg_vertex_view *v = &t[i].vw;
        g_string_append(o, "<tr><td class=\"num\" style=\"white-space:nowrap\">");
        rp_esc(o, v->date && *v->date ? v->date : "–");
        g_string_append(o, "</td><td data-v=\"");
        rp_esc(o, v->id);
        g_string_append(o, "\">");
        rp_target(o, r, v->id, v->kind);
        g_string_append(o, "</td><td class=\"title\" dir=\"auto\"");
        rp_lang_attr(o, v->languages);
        g_string_append(o, ">");
        if (v->title && *v->title)
            rp_esc(o, v->title);
        else
            g_string_append(o, "<span class=\"muted\">–</span>");
        int without = 0;
        for (size_t k = 0; k < r->ndocs; k++)
            if (r->docs[k].vertex == t[i].v && r->docs[k].in.vote_without)
                without = 1;
        g_string_append_printf(o, "</td><td data-v=\"%d\">", v->vote_yes);
        rp_vote(o, v->vote_yes, v->vote_no, v->vote_abstain, without);
        g_string_append(o, "</td><td>");
        if (rp_in_corpus(r, t[i].v)) {
            added(o, r, t[i].v, prev);
            prev = t[i].v;
        } else {
            g_string_append(o, "<span class=\"muted\">not in the corpus</span>");
        }
        g_string_append(o, "</td></tr>\n");
    }
    if (!n)
        g_string_append(o, "<tr><td colspan=\"5\" class=\"muted\">Nothing to show.</td></tr>\n");
    g_string_append(o, "</tbody>\n</table>\n</section>\n");
    free(t);
}
