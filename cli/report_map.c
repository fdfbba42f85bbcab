/*
 * report_map.c - section 3, the lineage map: the render stage's SVG,
 * inlined. The focus document's lineage comes from cg_graph_lineage(); a
 * series is drawn as its members and what they cite, reduced transitively.
 *
 * The SVG is trimmed to sit inside HTML: no XML prolog, doctype, comments
 * or namespace declarations (the HTML parser puts <svg> and xlink:href in
 * their namespaces itself), and its fixed size becomes a maximum so it
 * scales down to the page. A node that is a document of the corpus links
 * to its section below; the section links on to undocs.org. Other nodes
 * keep the render stage's undocs.org link.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "render/render.h"
#include "report.h"

static void vertex_doc(const cg_vertex_view *v, cg_graph_doc *d)
{
    cg_graph_doc t = {v->id, v->kind, v->body, v->date, v->title, v->languages, v->session,
                      v->file, v->vote_yes, v->vote_no, v->vote_abstain};
    *d = t;
}

/* The series' members, every target they cite (with the instrument of an
 * article), reduced transitively. NULL on failure (message printed). */
static cg_graph *series_graph(const rp_ctx *r)
{
    cg_graph *s = cg_graph_new(CG_GRAN_ARTICLE), *red = NULL;
    size_t nv = cg_graph_vertex_count(r->g);
    char *added = calloc(nv ? nv : 1, 1);
    cg_error err = {0};
    int rc = !s || !added ? ENOMEM : 0;
    for (size_t i = 0; i < r->nmembers && !rc; i++) {
        cg_vertex_view v;
        cg_graph_doc d;
        cg_graph_vertex(r->g, r->members[i], &v);
        vertex_doc(&v, &d);
        rc = cg_graph_add_doc(s, &d, &err);
        added[r->members[i]] = 1;
    }
    for (size_t i = 0; i < r->nmembers && !rc; i++) {
        size_t m = r->members[i];
        cg_vertex_view mv;
        cg_graph_vertex(r->g, m, &mv);
        for (size_t k = r->out_off[m]; k < r->out_off[m + 1] && !rc; k++) {
            cg_edge_view e;
            cg_vertex_view t;
            cg_graph_edge(r->g, r->out_edge[k], &e);
            cg_graph_vertex(r->g, e.to, &t);
            if (t.in_corpus && !added[e.to]) {
                cg_graph_doc d;
                vertex_doc(&t, &d);
                rc = cg_graph_add_doc(s, &d, &err);
                added[e.to] = 1;
            }
            const char *parent = NULL;
            if (r->parent[e.to] != (size_t)-1) {
                cg_vertex_view p;
                cg_graph_vertex(r->g, r->parent[e.to], &p);
                parent = p.id;
            }
            cg_graph_cite c = {mv.id, t.id, t.kind, t.body, t.date, parent, e.relations, NULL};
            if (!rc)
                rc = cg_graph_add_cite(s, &c, &err);
        }
    }
    if (!rc)
        rc = cg_graph_build(s, &err);
    if (!rc)
        rc = cg_graph_reduce(s, &red, &err);
    if (rc)
        cg_msg("report: drawing the series: %s", err.msg[0] ? err.msg : "out of memory");
    free(added);
    cg_graph_free(s);
    return rc ? NULL : red;
}

static int is_focus(const rp_ctx *r, const char *id);

static int focus_of(const char *id, void *r)
{
    return is_focus(r, id);
}

static int is_focus(const rp_ctx *r, const char *id)
{
    if (r->focus)
        return !strcmp(id, r->focus);
    for (size_t i = 0; i < r->nmembers; i++) {
        cg_vertex_view v;
        cg_graph_vertex(r->g, r->members[i], &v);
        if (!strcmp(v.id, id))
            return 1;
    }
    return 0;
}

static int render_svg(const rp_ctx *r, const cg_graph *s, const char *title, char **svg,
                      size_t *len)
{
    cg_error err = {0};
    cg_map *m = cg_map_from_graph(s, focus_of, (void *)r, &err);
    int rc = m ? 0 : (err.code ? err.code : ENOMEM);
    cg_map_options mo = {"LR", r->map_lang, title, 1, 0};
    if (!rc)
        rc = cg_map_render(m, &mo, CG_MAP_SVG, svg, len, &err);
    if (rc)
        cg_msg("report: drawing the map: %s", err.msg[0] ? err.msg : "out of memory");
    cg_map_free(m);   /* NULL-safe */
    return rc;
}

/* Value of attribute `name` inside the tag [p, end), copied; NULL if none. */
static char *attr(const char *p, const char *end, const char *name)
{
    size_t n = strlen(name);
    for (const char *q = p; q + n + 2 < end; q++) {
        if ((q == p || q[-1] == ' ' || q[-1] == '\n') && !strncmp(q, name, n) && q[n] == '=' &&
            q[n + 1] == '"') {
            const char *v = q + n + 2, *e = memchr(v, '"', (size_t)(end - v));
            return e ? g_strndup(v, (size_t)(e - v)) : NULL;
        }
    }
    return NULL;
}

/* Appends the SVG trimmed for inlining (see the top of this file). */
static void inline_svg(GString *o, const rp_ctx *r, const char *svg, size_t len,
                       const char *label)
{
    const char *end = svg + len;
    const char *p = g_strstr_len(svg, (gssize)len, "<svg");
    if (!p)
        return;
    const char *tag_end = memchr(p, '>', (size_t)(end - p));
    if (!tag_end)
        return;
    char *w = attr(p, tag_end, "width"), *h = attr(p, tag_end, "height");
    char *vb = attr(p, tag_end, "viewBox");
    g_string_append(o, "<svg");
    if (w && h) {
        g_string_append(o, " width=\"");
        rp_esc(o, w);
        g_string_append(o, "\" height=\"");
        rp_esc(o, h);
        g_string_append(o, "\"");
    }
    if (vb) {
        g_string_append(o, " viewBox=\"");
        rp_esc(o, vb);
        g_string_append(o, "\"");
    }
    g_string_append(o, " role=\"img\" aria-label=\"");
    rp_esc(o, label);
    g_string_append(o, "\">");
    g_free(w);
    g_free(h);
    g_free(vb);

    /* undocs.org link of each corpus document -> its section's anchor. */
    GHashTable *here = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (size_t i = 0; i < r->ndocs; i++) {
        GString *u = g_string_new("https://undocs.org/");
        if (r->map_lang) {
            rp_url(u, r->map_lang);
            g_string_append_c(u, '/');
        }
        rp_url(u, r->docs[i].in.id);
        g_hash_table_insert(here, g_string_free(u, FALSE), (gpointer)r->docs[i].in.id);
    }
    static const char href[] = "xlink:href=\"";
    static const char blank[] = " target=\"_blank\"";
    p = tag_end + 1;
    while (p < end) {
        if (!strncmp(p, "<!--", 4)) {
            const char *e = g_strstr_len(p, end - p, "-->");
            p = e ? e + 3 : end;
            continue;
        }
        if ((size_t)(end - p) > sizeof href && !strncmp(p, href, sizeof href - 1)) {
            const char *v = p + sizeof href - 1, *e = memchr(v, '"', (size_t)(end - v));
            char *url = e ? g_strndup(v, (size_t)(e - v)) : NULL;
            const char *id = url ? g_hash_table_lookup(here, url) : NULL;
            g_free(url);
            if (id) {
                g_string_append(o, "xlink:href=\"#");
                rp_anchor(o, id);
                g_string_append_c(o, '"');
                /* Copy the rest of the tag without target="_blank". */
                const char *q = e + 1, *te = memchr(q, '>', (size_t)(end - q));
                if (!te)
                    te = end;
                while (q < te) {
                    if ((size_t)(te - q) >= sizeof blank - 1 &&
                        !strncmp(q, blank, sizeof blank - 1)) {
                        q += sizeof blank - 1;
                        continue;
                    }
                    g_string_append_c(o, *q++);
                }
                p = q;
                continue;
            }
        }
        g_string_append_c(o, *p++);
    }
    g_hash_table_destroy(here);
}

int rp_section_map(GString *o, rp_ctx *r)
{
    cg_graph *s = NULL;
    cg_error err = {0};
    char title[512];
    if (r->focus) {
        cg_lineage_options lo = {CG_DIR_BOTH, r->depth, NULL, 0};
        if (cg_graph_lineage(r->g, r->focus, &lo, &s, &err)) {
            cg_msg("report: lineage of %s: %s", r->focus, err.msg);
            return CG_EXIT_OUTPUT;
        }
        snprintf(title, sizeof title, "Lineage of %s", r->focus);
    } else {
        s = series_graph(r);
        if (!s)
            return CG_EXIT_OUTPUT;
        snprintf(title, sizeof title, "Series: %s", r->series);
    }
    char *svg = NULL;
    size_t len = 0;
    int rc = render_svg(r, s, title, &svg, &len);
    size_t nv = cg_graph_vertex_count(s), ne = cg_graph_edge_count(s);
    cg_graph_free(s);
    if (rc)
        return CG_EXIT_OUTPUT;

    g_string_append(o, "<section id=\"map\" aria-labelledby=\"map-h\">\n"
                       "<h2 id=\"map-h\">3. Lineage map</h2>\n<p class=\"note\">");
    if (r->focus) {
        g_string_append(o, "What ");
        rp_target(o, r, r->focus, NULL);
        g_string_append(o, " cites and what cites it");
        if (r->depth)
            g_string_append_printf(o, ", up to %d step%s away", r->depth, r->depth == 1 ? "" : "s");
        g_string_append(o, ".");
    } else {
        g_string_append_printf(o, "The %zu document%s whose title contains “", r->nmembers,
                               r->nmembers == 1 ? "" : "s");
        g_string_append(o, "<span dir=\"auto\">");
        rp_esc(o, r->series);
        g_string_append(o, "</span>” and what they cite.");
    }
    g_string_append_printf(o,
                           " %zu node%s, %zu link%s; a link implied by a longer chain is left out. "
                           "Time runs left to right; dashed boxes are cited but not in the "
                           "corpus. A node of the corpus leads to its section below, any other "
                           "UN symbol to undocs.org.</p>\n<div class=\"map\">\n",
                           nv, nv == 1 ? "" : "s", ne, ne == 1 ? "" : "s");
    inline_svg(o, r, svg, len, title);
    g_string_append(o, "\n</div>\n</section>\n");
    free(svg);
    return 0;
}
