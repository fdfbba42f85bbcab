/*
 * map_draw.c - a graph turned into a map: its vertices and edges copied into
 * a cg_map (render stage). Shared by `lineage -o`, `render` and the report,
 * so that all draw a graph the same way.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"

static const char *body_name_en(const char *code, void *x)
{
    return cg_extractor_body_name(x, code, "en");
}

void cg_map_options_name_bodies(cg_map_options *mo, const cg_extractor *x)
{
    mo->body_name = body_name_en;
    mo->body_name_user = (void *)x;
}

cg_map *cg_map_from_graph(const cg_graph *s, int (*is_focus)(const char *id, void *user),
                          void *user, cg_error *err)
{
    cg_map *m = cg_map_new();
    int rc = 0;
    for (size_t i = 0; i < cg_graph_vertex_count(s) && !rc; i++) {
        cg_vertex_view v;
        cg_graph_vertex(s, i, &v);
        /* An undated vertex whose symbol gives its year still stands in
         * that year's column. */
        char year[8] = "";
        if ((!v.date || !*v.date) && v.year > 0)
            snprintf(year, sizeof year, "%04d", v.year % 10000);
        /* A Council or Assembly session tells the year roughly: drawn in
         * that column as "c. YYYY" rather than in the undated one. */
        char when[11];
        int est = 0;
        if (!*year && (!v.date || !*v.date) && cg_graph_when(v.id, NULL, when, &est) && est)
            snprintf(year, sizeof year, strlen(when) == 4 ? "%.4s" : "%.4s~", when);
        cg_map_node nd = {v.id,
                          v.kind,
                          v.body,
                          *year ? year : v.date,
                          v.title,
                          v.in_corpus,
                          is_focus && is_focus(v.id, user),
                          v.vote_yes,
                          v.vote_no,
                          v.vote_abstain};
        rc = cg_map_add_node(m, &nd, err);
        /* A short, plain label ("HRC 6/3") keeps the columns narrow; the
         * tooltip and the link keep the full symbol. */
        char shortid[128];
        cg_graph_short_id(v.id, shortid, sizeof shortid);
        if (!rc && strcmp(shortid, v.id))
            rc = cg_map_set_label(m, v.id, shortid, err);
    }
    for (size_t i = 0; i < cg_graph_edge_count(s) && !rc; i++) {
        cg_edge_view e;
        cg_vertex_view a, b;
        cg_graph_edge(s, i, &e);
        cg_graph_vertex(s, e.from, &a);
        cg_graph_vertex(s, e.to, &b);
        cg_map_edge me = {a.id, b.id, e.relations, e.type};
        rc = cg_map_add_edge(m, &me, err);
    }
    if (rc) {
        cg_map_free(m);
        return NULL;
    }
    return m;
}
