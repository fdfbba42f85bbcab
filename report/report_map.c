/*
 * report_map.c - section 3, the lineage map: the render stage's SVG,
 * inlined. The focus document's lineage comes from cg_graph_lineage(); a
 * series is drawn as its members and what they cite, reduced transitively.
 *
 * The SVG is trimmed to sit inside HTML: no XML prolog, doctype, comments
 * or namespace declarations (the HTML parser puts <svg> and xlink:href in
 * their namespaces itself), and its fixed size becomes a maximum so it
 * scales down to the page. A node that is a document of the corpus links
 * to its section below (cg_map_set_link); the section links on to
 * undocs.org. Other nodes keep the render stage's undocs.org link.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "common/text.h"
#include "report_internal.h"

static int focus_of(const char *id, void *r)
{
    const rp_ctx *c = r;
    if (c->hist.focus < c->hist.n)
        return !strcmp(id, c->hist.rows[c->hist.focus].vw.id);
    return c->focus && !strcmp(id, c->focus);
}

static int render_svg(const rp_ctx *r, const cg_graph *s, const char *title, const char *caption,
                      char **svg, size_t *len)
{
    cg_map *m = cg_map_from_graph(s, focus_of, (void *)r, r->err);
    int rc = m ? cg_map_set_caption(m, caption, r->err) : r->err->code;
    /* A document with a section below leads to it, in place. */
    for (size_t i = 0; !rc && i < r->ndocs; i++) {
        const char *id = r->docs[i].in.id;
        if (r->docs[i].vertex == (size_t)-1 || !rp_in_corpus(r, r->docs[i].vertex) ||
            cg_graph_find(s, id) == (size_t)-1)
            continue;
        GString *href = g_string_new("#");
        rp_anchor(href, id);
        rc = cg_map_set_link(m, id, href->str, r->err);
        g_string_free(href, TRUE);
    }
    /* The direction the render stage picks, as `lineage -o` does: a long
     * series runs top to bottom and fits the page's width, its focus in
     * view, where left to right it ran off the right edge. */
    cg_map_options mo = {CG_RANKDIR_AUTO, r->map_lang, title, 1, 0, NULL, NULL};
    if (r->c && r->c->x)
        cg_map_options_name_bodies(&mo, r->c->x);
    if (!rc)
        rc = cg_map_render(m, &mo, CG_MAP_SVG, svg, len, r->err);
    cg_map_free(m); /* NULL-safe */
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
static void inline_svg(GString *o, const char *svg, size_t len, const char *label)
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

    /* The rest as it is, but comments. */
    for (p = tag_end + 1; p < end;) {
        if (!strncmp(p, "<!--", 4)) {
            const char *e = g_strstr_len(p, end - p, "-->");
            p = e ? e + 3 : end;
            continue;
        }
        const char *next = memchr(p, '<', (size_t)(end - p));
        if (next == p)
            next = memchr(p + 1, '<', (size_t)(end - p - 1));
        if (!next)
            next = end;
        g_string_append_len(o, p, next - p);
        p = next;
    }
}

int rp_section_map(GString *o, rp_ctx *r)
{
    cg_graph *s = NULL, *d = NULL;
    char title[512];
    char *cap = NULL; /* the caption under the legend, or NULL */
    if (r->focus) {
        cg_lineage_options lo = {CG_DIR_BOTH, r->depth, NULL, 1, 0, 0};
        int rc = cg_graph_lineage(r->g, r->focus, &lo, &s, r->err);
        if (rc)
            return rc;
        d = cg_graph_map_select(s, r->focus, 0, 0, 0, &cap, r->err);
        snprintf(title, sizeof title, "Lineage of %s", r->focus);
    } else {
        d = cg_history_map(&r->hist, 0, 0, &cap, r->err);
        snprintf(title, sizeof title, "Series: %s (%zu members)", r->series, r->hist.n);
    }
    cg_graph_free(s);
    if (!d) {
        g_free(cap);
        return r->err->code ? r->err->code : EINVAL;
    }
    char *svg = NULL;
    size_t len = 0;
    int rc = render_svg(r, d, title, cap, &svg, &len);
    size_t nv = cg_graph_vertex_count(d), ne = cg_graph_edge_count(d);
    cg_graph_free(d);
    g_free(cap);
    if (rc)
        return rc;
    g_string_append(o, "<section id=\"map\" aria-labelledby=\"map-h\">\n"
                       "<h2 id=\"map-h\">3. Lineage map</h2>\n<p class=\"note\">");
    if (r->focus) {
        g_string_append(o, "The resolutions and decisions that ");
        rp_target(o, r, r->focus, NULL);
        g_string_append(o, " cites and that cite it");
        if (r->depth)
            g_string_append_printf(o, ", up to %d step%s away", r->depth, r->depth == 1 ? "" : "s");
        g_string_append(o, "; what else they cite is named under the legend.");
    } else {
        g_string_append_printf(o, "The %zu members of the series “", r->hist.n);
        g_string_append(o, "<span dir=\"auto\">");
        rp_esc(o, r->series);
        g_string_append(o, "</span>”, the latest of the corpus in bold; what they cite outside "
                           "the series is named under the legend.");
    }
    g_string_append_printf(o,
                           " %zu node%s, %zu link%s; a link implied by a longer chain is left out. "
                           "Time runs along the axis; dashed boxes are cited but not in the "
                           "corpus. A node with a section below leads to it, any other "
                           "UN symbol to undocs.org.</p>\n<div class=\"map\">\n",
                           nv, nv == 1 ? "" : "s", ne, ne == 1 ? "" : "s");
    inline_svg(o, svg, len, title);
    g_string_append(o, "\n</div>\n</section>\n");
    g_free(svg);
    return 0;
}
