/*
 * report.c - `citegraph report`'s page: picks the focus or the series,
 * builds the history rows and strings the sections together; the sections
 * live in report_*.c.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "report_internal.h"

int rp_in_corpus(const rp_ctx *r, size_t v)
{
    if (r->shown)
        return v < cg_graph_vertex_count(r->g) && r->shown[v];
    cg_vertex_view vw;
    cg_graph_vertex(r->g, v, &vw);
    return vw.in_corpus;
}

/* Section 5 at corpus scale: every document is 56 MB for 18,000 files,
 * more than a browser opens; "series" keeps the history's members and the
 * documents of the corpus cited most. */
enum { DOCS_ALL_MAX = 300, DOCS_MOST_CITED = 25 };

typedef struct cited {
    size_t v;
    int n;
    const char *id;
} cited;

static int by_cited(const void *a, const void *b)
{
    const cited *x = a, *y = b;
    if (x->n != y->n)
        return x->n > y->n ? -1 : 1;
    return strcmp(x->id, y->id);
}

static void choose_shown(rp_ctx *r)
{
    size_t nv = cg_graph_vertex_count(r->g);
    r->shown = g_new0(unsigned char, nv + 1);
    if (!r->documents)
        r->documents = r->ndocs <= DOCS_ALL_MAX ? "all" : "series";
    if (!strcmp(r->documents, "all")) {
        for (size_t i = 0; i < r->ndocs; i++)
            if (r->docs[i].vertex != (size_t)-1)
                r->shown[r->docs[i].vertex] = 1;
    } else if (!strcmp(r->documents, "series")) {
        for (size_t i = 0; i < r->hist.n; i++)
            if (r->hist.rows[i].vw.in_corpus)
                r->shown[r->hist.rows[i].v] = 1;
        if (r->focus && cg_graph_find(r->g, r->focus) != (size_t)-1) {
            size_t f = cg_graph_find(r->g, r->focus);
            cg_vertex_view fv;
            cg_graph_vertex(r->g, f, &fv);
            r->shown[f] = fv.in_corpus != 0;
        }
        cited *c = g_new0(cited, nv + 1);
        size_t k = 0;
        for (size_t v = 0; v < nv; v++) {
            cg_vertex_view vw;
            cg_graph_vertex(r->g, v, &vw);
            if (vw.in_corpus && vw.cited_by_docs > 0)
                c[k++] = (cited){v, vw.cited_by_docs, vw.id};
        }
        qsort(c, k, sizeof *c, by_cited);
        for (size_t i = 0; i < k && i < DOCS_MOST_CITED; i++)
            r->shown[c[i].v] = 1;
        g_free(c);
    }
    r->nshown = 0;
    for (size_t v = 0; v < nv; v++)
        r->nshown += r->shown[v];
}

static int by_when(const void *a, const void *b)
{
    const cg_series_member *x = a, *y = b;
    if (!x->when[0] != !y->when[0])
        return x->when[0] ? -1 : 1;
    int c = strcmp(x->when, y->when);
    return c ? c : (x->vertex < y->vertex ? -1 : x->vertex > y->vertex);
}

/* Section 4's rows: the series' members, or the resolutions and decisions
 * of the focus lineage (and the focus), as history rows. */
static int history_rows(rp_ctx *r)
{
    cg_cut_table *cut = cg_cut_table_new();
    for (size_t i = 0; i < r->ndocs; i++)
        cg_cut_table_add(cut, r->docs[i].d);
    cg_series_member *m = NULL;
    size_t n = 0;
    int rc = 0;
    if (r->phrases) {
        rc = cg_graph_series_members(r->g, r->phrases, &m, &n, r->err);
    } else {
        cg_lineage_options lo = {CG_DIR_BOTH, r->depth, NULL, 1, 0, 0};
        cg_graph *s = NULL;
        rc = cg_graph_lineage(r->g, r->focus, &lo, &s, r->err);
        if (!rc) {
            size_t ns = cg_graph_vertex_count(s);
            /* Allocated like cg_graph_series_members' result: one g_free(). */
            m = g_new0(cg_series_member, ns + 1);
            for (size_t i = 0; i < ns; i++) {
                cg_vertex_view v;
                cg_graph_vertex(s, i, &v);
                int keep =
                    !strcmp(v.id, r->focus) ||
                    (v.kind && (!strcmp(v.kind, "resolution") || !strcmp(v.kind, "decision")));
                size_t gv = keep ? cg_graph_find(r->g, v.id) : (size_t)-1;
                if (gv == (size_t)-1)
                    continue;
                cg_vertex_view w;
                cg_graph_vertex(r->g, gv, &w);
                m[n].vertex = gv;
                m[n].how = CG_SERIES_CHAIN;
                cg_graph_when(w.id, w.date, m[n].when, &m[n].when_estimated);
                n++;
            }
            qsort(m, n, sizeof *m, by_when);
            cg_graph_free(s);
        }
    }
    if (!rc) {
        int b = cg_history_build(r->g, m, n, cut, r->phrases ? NULL : r->focus, &r->hist);
        if (b == ENOENT && !r->phrases)
            b = 0; /* a focus only cited: no row is bold in the table */
        if (b)
            rc = cg_error_set(r->err, b, "the history: %s", g_strerror(b));
    }
    g_free(m);
    g_hash_table_destroy(cut);
    return rc;
}

static int doc_order(const void *a, const void *b)
{
    const rp_doc *x = a, *y = b;
    const char *dx = *x->in.date ? x->in.date : "9999", *dy = *y->in.date ? y->in.date : "9999";
    int c = strcmp(dx, dy);
    if (!c)
        c = strcmp(x->in.id, y->in.id);
    if (!c)
        c = strcmp(x->in.lang, y->in.lang);
    return c ? c : strcmp(x->in.file, y->in.file);
}

/* The readable documents, in report order. */
static void index_corpus(rp_ctx *r)
{
    const cg_corpus *c = r->c;
    size_t ndocs = 0; /* a file may hold several documents */
    for (size_t i = 0; i < c->n; i++)
        for (const cg_doc *d = c->docs[i]; d; d = cg_doc_next(d))
            ndocs++;
    r->docs = g_new0(rp_doc, ndocs ? ndocs : 1);
    for (size_t i = 0; i < c->n; i++)
        for (cg_doc *part = c->docs[i]; part; part = cg_doc_next(part)) {
            rp_doc *d = &r->docs[r->ndocs++];
            d->d = part;
            cg_doc_get_info(d->d, &d->in);
            d->vertex = cg_graph_find(r->g, d->in.id);
        }
    qsort(r->docs, r->ndocs, sizeof *r->docs, doc_order);
    GHashTable *seen = g_hash_table_new(g_str_hash, g_str_equal);
    for (size_t i = 0; i < r->ndocs; i++) {
        r->docs[i].first = g_hash_table_add(seen, (gpointer)r->docs[i].in.id);
        r->nunique += r->docs[i].first;
    }
    g_hash_table_destroy(seen);
}

/* The document with the most citations, the most recent on a tie, then
 * the smallest id. */
static const char *default_focus(const rp_ctx *r)
{
    const rp_doc *best = NULL;
    size_t most = 0;
    for (size_t i = 0; i < r->ndocs; i++) {
        const rp_doc *d = &r->docs[i];
        size_t n = cg_doc_citation_count(d->d);
        int better = !best || n > most;
        if (best && n == most) {
            int c = strcmp(d->in.date, best->in.date);
            better = c > 0 || (c == 0 && strcmp(d->in.id, best->in.id) < 0);
        }
        if (better) {
            best = d;
            most = n;
        }
    }
    return best ? best->in.id : NULL;
}

static void header(GString *o, const rp_ctx *r, const char *title)
{
    g_string_append(o, "<header class=\"top\"><div class=\"wrap\">\n<h1>");
    rp_esc(o, title);
    g_string_append_printf(o, "</h1>\n<p>%zu document%s", r->nunique, r->nunique == 1 ? "" : "s");
    if (r->nunique != r->ndocs)
        g_string_append_printf(o, " (%zu texts: language versions, copies)", r->ndocs);
    g_string_append(o, " read from ");
    for (int i = 0; i < r->npaths; i++) {
        if (i == 3) {
            g_string_append_printf(o, " and %d more", r->npaths - 3);
            break;
        }
        g_string_append(o, i ? ", <code>" : "<code>");
        rp_esc(o, r->paths[i]);
        g_string_append(o, "</code>");
    }
    if (r->focus) {
        g_string_append(o, " · focus: <span class=\"sym\">");
        rp_esc(o, r->focus);
        g_string_append(o, "</span>");
    } else {
        g_string_append(o, " · series: <span dir=\"auto\">“");
        for (size_t i = 0; r->phrases && r->phrases[i]; i++) {
            g_string_append(o, i ? "”, “" : "");
            rp_esc(o, r->phrases[i]);
        }
        g_string_append(o, "”</span>");
        if (r->hist.focus < r->hist.n) {
            g_string_append(o, " · focus (latest member): <span class=\"sym\">");
            rp_esc(o, r->hist.rows[r->hist.focus].vw.id);
            g_string_append(o, "</span>");
        }
    }
    g_string_append(o, "</p>\n</div></header>\n"
                       "<nav class=\"toc\" aria-label=\"Sections\"><div class=\"wrap\"><ol>"
                       "<li><a href=\"#glance\">1. At a glance</a></li>"
                       "<li><a href=\"#top\">2. Most-cited</a></li>"
                       "<li><a href=\"#map\">3. Lineage map</a></li>"
                       "<li><a href=\"#history\">4. History</a></li>"
                       "<li><a href=\"#docs\">5. Documents</a></li>"
                       "</ol></div></nav>\n<main id=\"main\" class=\"wrap\" tabindex=\"-1\">\n");
}

static void footer(GString *o, const rp_ctx *r)
{
    g_string_append(o, "</main>\n<footer><div class=\"wrap\">Made with citegraph " CG_VERSION
                       " (pattern catalogue and reference data ");
    rp_esc(o, cg_extractor_fingerprint(r->c->x));
    g_string_append(o, "). Links lead to the official texts on undocs.org; everything else is in "
                       "this file.</div></footer>\n");
}

static int build_page(rp_ctx *r, const char *title, GString *o)
{
    rp_page_begin(o, title);
    header(o, r, title);
    rp_section_glance(o, r);
    int rc = rp_section_top(o, r);
    if (!rc)
        rc = rp_section_map(o, r);
    if (rc)
        return rc;
    rp_section_timeline(o, r);
    rp_section_docs(o, r);
    footer(o, r);
    rp_page_end(o);
    return 0;
}

int cg_report_build(const cg_corpus *c, cg_graph *g, const cg_report_options *o, GString *out,
                    cg_error *err)
{
    cg_error_clear(err);
    cg_error scratch;
    rp_ctx r = {0};
    r.c = c;
    r.g = g;
    r.err = err ? err : &scratch;
    r.depth = o->depth;
    r.top_n = o->top_n;
    r.map_lang = o->link_lang;
    r.documents = o->documents;
    r.paths = o->paths;
    r.npaths = o->npaths;
    r.ro.lang = o->lang;
    r.ro.encoding = o->encoding;
    index_corpus(&r);
    int rc = 0;
    if (o->phrases && o->phrases[0]) {
        r.series = o->phrases[0];
        r.phrases = o->phrases;
    } else {
        r.focus = o->focus ? o->focus : default_focus(&r);
        if (!r.focus)
            rc = cg_error_set(r.err, EINVAL, "no document to focus on");
        else if (cg_graph_find(g, r.focus) == (size_t)-1)
            rc = cg_error_set(r.err, ENOENT, "%s is not in the graph", r.focus);
    }
    if (!rc)
        rc = history_rows(&r);
    if (!rc && r.series) {
        int any = 0;
        for (size_t i = 0; i < r.hist.n; i++)
            any |= r.hist.rows[i].vw.in_corpus;
        size_t np = 0;
        while (r.phrases[np])
            np++;
        if (!any)
            rc = cg_error_set(r.err, EINVAL, "--series: no document title contains '%s'%s",
                              r.series, np > 1 ? " (or the other phrases)" : "");
    }
    if (!rc) {
        choose_shown(&r);
        rc = build_page(&r, o->title ? o->title : "Citation report", out);
    }
    cg_history_free(&r.hist);
    g_free(r.shown);
    g_free(r.docs);
    return rc;
}
