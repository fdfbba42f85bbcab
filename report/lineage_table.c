/*
 * lineage_table.c - a lineage as the table `citegraph lineage` prints: one
 * row per vertex in date order, with what it cites and what cites it.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"

typedef struct row {
    size_t v;
    cg_vertex_view vw;
} row;

static int by_date(const void *a, const void *b)
{
    const row *x = a, *y = b;
    const char *dx = x->vw.date ? x->vw.date : "", *dy = y->vw.date ? y->vw.date : "";
    int c = strcmp(*dx ? dx : "9999", *dy ? dy : "9999");
    return c ? c : strcmp(x->vw.id, y->vw.id);
}

static const char *dash(const char *s)
{
    return s && *s ? s : "-";
}

int cg_lineage_write_table(const cg_graph *s, FILE *f)
{
    size_t n = cg_graph_vertex_count(s), m = cg_graph_edge_count(s);
    row *rows = g_new0(row, n ? n : 1);
    for (size_t i = 0; i < n; i++) {
        rows[i].v = i;
        cg_graph_vertex(s, i, &rows[i].vw);
    }
    qsort(rows, n, sizeof *rows, by_date);
    fprintf(f, "%-10s  %-22s  %-10s  %-5s  %-9s  %-30s  %-30s  %s\n", "date", "symbol", "kind",
            "sess", "vote", "cites", "cited-by", "title");
    for (size_t i = 0; i < n; i++) {
        const cg_vertex_view *v = &rows[i].vw;
        GString *cites = g_string_new(NULL), *by = g_string_new(NULL);
        for (size_t e = 0; e < m; e++) {
            cg_edge_view ev;
            cg_graph_edge(s, e, &ev);
            if (ev.kind != CG_EDGE_CITES)
                continue;
            cg_vertex_view o;
            if (ev.from == rows[i].v) {
                cg_graph_vertex(s, ev.to, &o);
                g_string_append_printf(cites, "%s%s", cites->len ? " " : "", o.id);
            } else if (ev.to == rows[i].v) {
                cg_graph_vertex(s, ev.from, &o);
                g_string_append_printf(by, "%s%s", by->len ? " " : "", o.id);
            }
        }
        char vote[48] = "-";
        if (v->vote_yes >= 0)
            snprintf(vote, sizeof vote, "%d/%d/%d", v->vote_yes, v->vote_no < 0 ? 0 : v->vote_no,
                     v->vote_abstain < 0 ? 0 : v->vote_abstain);
        fprintf(f, "%-10s  %-22s  %-10s  %-5s  %-9s  %-30s  %-30s  %s\n", dash(v->date), v->id,
                dash(v->kind), dash(v->session), vote, cites->len ? cites->str : "-",
                by->len ? by->str : "-", dash(v->title));
        g_string_free(cites, TRUE);
        g_string_free(by, TRUE);
    }
    g_free(rows);
    return ferror(f) ? EIO : 0;
}
