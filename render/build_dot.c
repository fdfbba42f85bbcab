/*
 * build_dot.c - the cgraph drawing of a map: time axis, year ranks,
 * styled nodes and edges, legend.
 *
 * Layout of the drawing (dot, layered): one rank per year present, in
 * order, each a rank=same subgraph holding a plaintext year node of the
 * time axis and that year's documents; undated nodes in a last rank.
 * Citation edges carry constraint=false: they point back in time (the
 * citing document is newer), so letting them rank nodes would fight the
 * axis; the axis edges alone order the ranks.
 */
#include "build_internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/text.h"
#include "escape_internal.h"
#include "map_internal.h"
#include "style_internal.h"

/* Names of the renderer's own nodes start with '#', which map.c refuses
 * in document ids, so they never collide. */
#define AXIS_PREFIX "#year "
#define UNDATED     "undated"

typedef struct builder {
    Agraph_t *g;               /* the graph being built */
    const cg_map_options *opt; /* never NULL here */
    int failed;                /* 1 once a cgraph call failed */
    GString *tmp;              /* scratch for composed attribute values */
    unsigned char *kinds_used; /* per style row: 1 when drawn */
    unsigned char *bodies_used;
    unsigned char *relations_used;
    int any_in_corpus, any_cited_only, any_focus;
    double est_width; /* estimated drawing width, points */
    size_t row_cap;   /* time top to bottom: nodes per row before
                                   a year wraps onto a second row; 0 = none */
} builder;

/* cgraph takes char * for names and values but copies them (agstrdup);
 * this is the one place the const is cast away. */
static char *gv(const char *s)
{
    return (char *)s;
}

static void set(builder *b, void *obj, const char *name, const char *value)
{
    if (!value || agsafeset(obj, gv(name), gv(value), gv("")) != 0)
        b->failed = 1;
}

/* cgraph 2.43 keeps plain and HTML strings in one table keyed by content,
 * so an HTML label equal to a plain string already there (a node name, a
 * tooltip) silently turns plain, and \N in it would then be expanded.
 * Every HTML label we make therefore holds a tab inside its first tag
 * (XML allows whitespace there), and no plain string we set can hold a
 * tab: ids refuse control characters and escaped texts replace them. */
#define HTML_OPEN  "<FONT\tCOLOR=\"#111111\">"
#define HTML_CLOSE "</FONT>"

/* Sets an HTML-like label (shown as markup, not as text with escapes). */
static void set_html(builder *b, void *obj, const char *name, const char *html)
{
    Agraph_t *root = agroot(obj);
    char *h = html ? agstrdup_html(root, gv(html)) : NULL;
    if (!h) {
        b->failed = 1;
        return;
    }
    set(b, obj, name, h);
    agstrfree(root, h);
}

/* The escaped, composed value in b->tmp, NUL-terminated ("" if empty). */
static const char *tmp_value(builder *b)
{
    return b->tmp->str;
}

static Agnode_t *new_node(builder *b, Agraph_t *sub, const char *name)
{
    Agnode_t *n = agnode(sub, gv(name), 1);
    if (!n)
        b->failed = 1;
    return n;
}

static Agedge_t *new_edge(builder *b, Agraph_t *sub, Agnode_t *t, Agnode_t *h)
{
    if (!t || !h)
        return NULL;
    Agedge_t *e = agedge(sub, t, h, NULL, 1);
    if (!e)
        b->failed = 1;
    return e;
}

/* The year of an ISO date ("2007-09-27" -> "2007"), into y[5];
 * 0 when the date has no leading four-digit year. */
static int year_of(const char *date, char y[5])
{
    if (!date)
        return 0;
    for (int i = 0; i < 4; i++)
        if (date[i] < '0' || date[i] > '9')
            return 0;
    /* "YYYY~" is a year estimated from a symbol (see render.h). */
    if (date[4] != '\0' && date[4] != '-' && !(date[4] == '~' && date[5] == '\0'))
        return 0;
    memcpy(y, date, 4);
    y[4] = '\0';
    return 1;
}

/* Width in points of a label of n characters at 10 pt (Noto Sans: about
 * 0.55 em a character), with the node's margins. */
static double label_width(size_t chars)
{
    return (double)chars * 5.8 + 18.0;
}

static size_t text_chars(const char *s)
{
    size_t n = 0;
    for (; s && *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* Time left to right puts one column per year side by side; past about
 * 1000 pt (a 1400-px screen, an A4 page in landscape) the map would not
 * fit, so time runs top to bottom instead, one row per year, unless that
 * is wider still. Records the estimated width for the legend's wrapping. */
static int choose_tb(builder *b, const cg_map *m)
{
    double widest = 60;
    size_t n_ranks = 0, per_rank = 0, run = 0;
    char prev[5] = "", y[5];
    /* Nodes are in id order, not year order: count years with a small
     * table instead. */
    size_t cap = m->n_nodes ? m->n_nodes : 1, nyears = 0;
    char(*years)[5] = g_malloc_n(cap, sizeof *years);
    size_t *count = g_new0(size_t, cap + 1);
    for (size_t i = 0; i < m->n_nodes; i++) {
        const char *l = m->labels && m->labels[i] ? m->labels[i] : m->nodes[i].id;
        double w = label_width(text_chars(l));
        if (w > widest)
            widest = w;
        if (!year_of(m->nodes[i].date, y))
            strcpy(y, "----");
        size_t k = 0;
        while (k < nyears && strcmp(years[k], y))
            k++;
        if (k == nyears)
            memcpy(years[nyears++], y, 5);
        count[k]++;
    }
    (void)prev;
    (void)run;
    n_ranks = nyears;
    for (size_t k = 0; k < nyears; k++)
        if (count[k] > per_rank)
            per_rank = count[k];
    g_free(years);
    g_free(count);
    double lr = 50 + (double)n_ranks * (widest + 22);
    double tb = 60 + (double)per_rank * (widest + 13);
    int use_tb = lr > 1000;
    if (use_tb) {
        /* A busy year (UNIFIL's 1982: twelve resolutions) wraps onto
         * further rows rather than widen the map past the screen. */
        b->row_cap = (size_t)((1000 - 60) / (widest + 13));
        if (b->row_cap < 2)
            b->row_cap = 2;
        if (tb > 1000)
            tb = 60 + (double)b->row_cap * (widest + 13);
    }
    b->est_width = use_tb ? tb : lr;
    return use_tb;
}

/* Default attributes: every attribute set later is declared here, so
 * agwrite() prints only what differs from these. */
static void declare_defaults(builder *b, const cg_map *m, int layered)
{
    static const char *const graph_attrs[][2] = {
        {"fontname",    CG_FONT     },
        {"fontsize",    "11"        },
        {"label",       ""          },
        {"labelloc",    "b"         },
        {"labeljust",   "l"         },
        {"bgcolor",     "white"     },
        {"pad",         "0.2"       },
        {"outputorder", "edgesfirst"},
        {"rank",        ""          },
        {"style",       ""          },
        {"color",       ""          },
        {"fontcolor",   "#333333"   },
    };
    static const char *const node_attrs[][2] = {
        {"fontname",  CG_FONT    },
        {"fontsize",  "10"       },
        {"shape",     "box"      },
        {"style",     "filled"   },
        {"fillcolor", "#eeeeee"  },
        {"color",     "#555555"  },
        {"fontcolor", "#111111"  },
        {"penwidth",  "1"        },
        {"height",    "0.3"      },
        {"margin",    "0.08,0.03"},
        {"label",     "\\N"      },
        {"tooltip",   ""         },
        {"URL",       ""         },
        {"target",    ""         },
        {"width",     "0.3"      },
    };
    static const char *const edge_attrs[][2] = {
        {"color",      "#aaaaaa"},
        {"style",      "solid"  },
        {"penwidth",   "1"      },
        {"arrowhead",  "normal" },
        {"arrowsize",  "0.6"    },
        {"tooltip",    ""       },
        {"constraint", "false"  },
        {"weight",     "1"      },
        {"fontname",   CG_FONT  },
        {"fontsize",   "10"     },
    };
    for (size_t i = 0; i < sizeof graph_attrs / sizeof graph_attrs[0]; i++)
        if (!agattr(b->g, AGRAPH, gv(graph_attrs[i][0]), gv(graph_attrs[i][1])))
            b->failed = 1;
    for (size_t i = 0; i < sizeof node_attrs / sizeof node_attrs[0]; i++)
        if (!agattr(b->g, AGNODE, gv(node_attrs[i][0]), gv(node_attrs[i][1])))
            b->failed = 1;
    for (size_t i = 0; i < sizeof edge_attrs / sizeof edge_attrs[0]; i++)
        if (!agattr(b->g, AGEDGE, gv(edge_attrs[i][0]), gv(edge_attrs[i][1])))
            b->failed = 1;

    const char *rankdir = b->opt->rankdir == CG_RANKDIR_TB ? "TB" : "LR";
    if (b->opt->rankdir == CG_RANKDIR_AUTO && layered && choose_tb(b, m))
        rankdir = "TB";
    if (!agattr(b->g, AGRAPH, gv("rankdir"), gv(rankdir)))
        b->failed = 1;
    if (layered) {
        if (!agattr(b->g, AGRAPH, gv("nodesep"), gv("0.18")) ||
            !agattr(b->g, AGRAPH, gv("ranksep"), gv("0.3")))
            b->failed = 1;
    } else if (!agattr(b->g, AGRAPH, gv("layout"), gv("sfdp")) ||
               !agattr(b->g, AGRAPH, gv("overlap"), gv("prism"))) {
        b->failed = 1;
    }
}

/* label, tooltip, link and look of one document node. */
static void style_node(builder *b, Agnode_t *n, const cg_map_node *d, const char *label,
                       const char *link)
{
    const cg_kind_style *ks = cg_style_kind_(d->kind);
    const cg_body_style *bs = cg_style_body_(d->body, d->kind);
    b->kinds_used[cg_style_kind_index_(ks)] = 1;
    b->bodies_used[cg_style_body_index_(bs)] = 1;

    /* Label: the id (bold for the focus), the date smaller below. */
    g_string_truncate(b->tmp, 0);
    g_string_append(b->tmp, HTML_OPEN);
    g_string_append(b->tmp, d->focus ? "<B>" : "");
    cg_escape_html_into_(b->tmp, label ? label : d->id);
    g_string_append(b->tmp, d->focus ? "</B>" : "");
    if (d->date) {
        g_string_append(b->tmp, "<BR/><FONT POINT-SIZE=\"10\" "
                                "COLOR=\"#444444\">");
        size_t dl = strlen(d->date);
        if (dl == 5 && d->date[4] == '~') {
            g_string_append(b->tmp, "c. ");
            g_string_append_printf(b->tmp, "%.4s", d->date);
        } else {
            cg_escape_html_into_(b->tmp, d->date);
        }
        g_string_append(b->tmp, "</FONT>");
    }
    g_string_append(b->tmp, HTML_CLOSE);
    set_html(b, n, "label", tmp_value(b));

    g_string_truncate(b->tmp, 0);
    g_string_append(b->tmp, ks->style);
    g_string_append(b->tmp, *ks->style ? ",filled" : "filled");
    if (!d->in_corpus)
        g_string_append(b->tmp, ",dashed");
    set(b, n, "style", tmp_value(b));
    if (strcmp(ks->shape, "box") != 0)
        set(b, n, "shape", ks->shape);
    if (strcmp(ks->fontsize, "10") != 0)
        set(b, n, "fontsize", ks->fontsize);
    set(b, n, "fillcolor", bs->fill);
    if (d->focus) {
        set(b, n, "penwidth", "3");
        set(b, n, "color", "#111111");
        /* room inside the thick outline: the bold label touched it */
        set(b, n, "margin", "0.14,0.07");
    }
    b->any_focus |= d->focus != 0;
    b->any_in_corpus |= d->in_corpus != 0;
    b->any_cited_only |= d->in_corpus == 0;

    /* Tooltip: the id, title, date, recorded vote, one per line. */
    g_string_truncate(b->tmp, 0);
    cg_escape_text_into_(b->tmp, d->id);
    if (d->title) {
        g_string_append(b->tmp, "\\n");
        cg_escape_text_into_(b->tmp, d->title);
    }
    if (d->date) {
        g_string_append(b->tmp, "\\n");
        cg_escape_text_into_(b->tmp, d->date);
    }
    if (d->vote_yes >= 0 || d->vote_no >= 0 || d->vote_abstain >= 0) {
        g_string_append(b->tmp, "\\nvote (yes/no/abstain): ");
        const int v[3] = {d->vote_yes, d->vote_no, d->vote_abstain};
        for (int i = 0; i < 3; i++) {
            if (i)
                g_string_append(b->tmp, "/");
            if (v[i] >= 0)
                g_string_append_printf(b->tmp, "%d", v[i]);
            else
                g_string_append(b->tmp, "?");
        }
    }
    set(b, n, "tooltip", tmp_value(b));

    /* A link of the caller's opens in place; only UN symbols resolve on
     * undocs.org. */
    if (link) {
        set(b, n, "URL", link);
    } else if (cg_undocs_linkable(d->kind, d->id)) {
        g_string_truncate(b->tmp, 0);
        cg_undocs_url(b->tmp, b->opt->lang, d->id);
        set(b, n, "URL", tmp_value(b));
        set(b, n, "target", "_blank");
    }
}

/* Collects the distinct years of the map's nodes, sorted; *n_years set.
 * The caller g_frees the array. NULL with *n_years = 0 for an empty map. */
static char (*collect_years(const cg_map *m, size_t *n_years))[5]
{
    *n_years = 0;
    if (m->n_nodes == 0)
        return NULL;
    char(*years)[5] = g_malloc_n(m->n_nodes, sizeof *years);
    size_t n = 0;
    for (size_t i = 0; i < m->n_nodes; i++)
        if (year_of(m->nodes[i].date, years[n]))
            n++;
    qsort(years, n, sizeof *years, (int (*)(const void *, const void *))strcmp);
    size_t u = 0;
    for (size_t i = 0; i < n; i++)
        if (u == 0 || strcmp(years[u - 1], years[i]) != 0)
            memcpy(years[u++], years[i], 5);
    *n_years = u;
    return years;
}

/* Index in years[] of a node's rank; n_years for the undated rank. */
static size_t rank_of(const cg_map_node *d, char (*years)[5], size_t n_years)
{
    char y[5];
    if (!year_of(d->date, y))
        return n_years;
    size_t lo = 0, hi = n_years;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(years[mid], y) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The rank subgraphs with the axis, then the documents in id order. */
typedef struct placed {
    size_t node, year; /* index in m->nodes, year rank */
    const cg_map_node *d;
} placed;

static int cmp_placed(const void *pa, const void *pb)
{
    const placed *x = pa, *y = pb;
    if (x->year != y->year)
        return x->year < y->year ? -1 : 1;
    const char *dx = x->d->date ? x->d->date : "", *dy = y->d->date ? y->d->date : "";
    int c = strcmp(dx, dy);
    return c ? c : strcmp(x->d->id, y->d->id);
}

/* The rank subgraphs with the axis, then the documents in id order. A
 * year holding more than row_cap documents takes several rows (the axis
 * labels the first), its documents in date order. */
static void add_layered_nodes(builder *b, const cg_map *m)
{
    size_t n_years;
    char(*years)[5] = collect_years(m, &n_years);
    int any_undated = 0;
    for (size_t i = 0; i < m->n_nodes; i++)
        if (!year_of(m->nodes[i].date, (char[5]){0}))
            any_undated = 1;
    size_t n_groups = n_years + (size_t)any_undated;
    placed *pl = m->n_nodes ? g_new0(placed, m->n_nodes) : NULL;
    size_t *row_of = m->n_nodes ? g_new0(size_t, m->n_nodes) : NULL;
    size_t *first_row = g_new0(size_t, n_groups + 1);
    size_t n_ranks = 0;
    if (!b->failed) {
        for (size_t i = 0; i < m->n_nodes; i++)
            pl[i] = (placed){i, rank_of(&m->nodes[i], years, n_years), &m->nodes[i]};
        if (m->n_nodes) /* an empty map has no array to sort */
            qsort(pl, m->n_nodes, sizeof *pl, cmp_placed);
        size_t i = 0;
        for (size_t g = 0; g < n_groups; g++) {
            first_row[g] = n_ranks;
            size_t k = 0;
            for (; i < m->n_nodes && pl[i].year == g; i++, k++)
                row_of[pl[i].node] = n_ranks + (b->row_cap ? k / b->row_cap : 0);
            n_ranks += k && b->row_cap ? (k + b->row_cap - 1) / b->row_cap : 1;
        }
    }
    Agraph_t **ranks = n_ranks ? g_new0(Agraph_t *, n_ranks) : NULL;

    Agnode_t *prev = NULL;
    size_t g = 0;
    for (size_t r = 0; ranks && r < n_ranks && !b->failed; r++) {
        while (g + 1 < n_groups && first_row[g + 1] <= r)
            g++;
        const char *label = g < n_years ? years[g] : UNDATED;
        int cont = r != first_row[g];
        char name[48];
        /* Anonymous: cgraph orders subgraphs by id, and a named object's
         * id is the address of its name string, which would make the
         * order (written DOT, and the layout) vary from run to run;
         * anonymous ids count up in creation order. */
        ranks[r] = agsubg(b->g, NULL, 1);
        if (!ranks[r]) {
            b->failed = 1;
            break;
        }
        set(b, ranks[r], "rank", "same");
        snprintf(name, sizeof name, AXIS_PREFIX "%s%s%zu", label, cont ? " " : "",
                 cont ? r - first_row[g] : (size_t)0);
        if (!cont)
            snprintf(name, sizeof name, AXIS_PREFIX "%s", label);
        Agnode_t *axis = new_node(b, ranks[r], name);
        if (!axis)
            break;
        set(b, axis, "label", cont ? " " : label);
        set(b, axis, "shape", "plaintext");
        set(b, axis, "style", "");
        set(b, axis, "fontsize", "12");
        set(b, axis, "fontcolor", "#777777");
        set(b, axis, "tooltip", label);
        if (prev) {
            Agedge_t *e = new_edge(b, b->g, prev, axis);
            if (e) {
                set(b, e, "constraint", "true");
                set(b, e, "weight", "100");
                set(b, e, "color", "#cccccc");
                set(b, e, "arrowhead", "none");
                set(b, e, "tooltip", "time");
            }
        }
        prev = axis;
    }
    for (size_t i = 0; ranks && i < m->n_nodes && !b->failed; i++) {
        const cg_map_node *d = &m->nodes[i];
        Agnode_t *n = new_node(b, ranks[row_of[i]], d->id);
        if (n)
            style_node(b, n, d, m->labels ? m->labels[i] : NULL, m->links ? m->links[i] : NULL);
    }
    g_free(ranks);
    g_free(years);
    g_free(pl);
    g_free(row_of);
    g_free(first_row);
}

static void add_flat_nodes(builder *b, const cg_map *m)
{
    for (size_t i = 0; i < m->n_nodes && !b->failed; i++) {
        Agnode_t *n = new_node(b, b->g, m->nodes[i].id);
        if (n)
            style_node(b, n, &m->nodes[i], m->labels ? m->labels[i] : NULL,
                       m->links ? m->links[i] : NULL);
    }
}

static void add_edges(builder *b, const cg_map *m)
{
    const cg_map_edge **edges = cg_map_sorted_edges_(m);
    for (size_t i = 0; i < m->n_edges && !b->failed; i++) {
        const cg_map_edge *d = edges[i];
        /* A document's own symbol is not a citation of itself. */
        if (strcmp(d->from, d->to) == 0)
            continue;
        Agnode_t *t = agnode(b->g, gv(d->from), 0);
        Agnode_t *h = agnode(b->g, gv(d->to), 0);
        /* Strict graph: one edge per pair; the first in sort order wins. */
        if (!t || !h || agedge(b->g, t, h, NULL, 0))
            continue;
        Agedge_t *e = new_edge(b, b->g, t, h);
        if (!e)
            break;
        const cg_relation_style *rs = cg_style_relation_(d->relation, d->type);
        b->relations_used[cg_style_relation_index_(rs)] = 1;
        set(b, e, "style", rs->style);
        set(b, e, "color", rs->color);
        set(b, e, "penwidth", rs->penwidth);
        set(b, e, "arrowhead", rs->arrowhead);
        g_string_truncate(b->tmp, 0);
        cg_escape_text_into_(b->tmp, d->from);
        g_string_append(b->tmp, " ");
        g_string_append(b->tmp, rs->relation ? rs->legend : "cites");
        g_string_append(b->tmp, " ");
        cg_escape_text_into_(b->tmp, d->to);
        if (!rs->relation && d->relation) {
            g_string_append(b->tmp, " (");
            cg_escape_text_into_(b->tmp, d->relation);
            g_string_append(b->tmp, ")");
        }
        set(b, e, "tooltip", tmp_value(b));
    }
    g_free(edges);
}

/* The legend: one HTML table under the drawing, with the title above it
 * and the caption below. Only what the map uses is listed, as compact
 * items on as few lines as fit the drawing's width: body swatches, the
 * dashed "cited, not in the corpus" and bold "focus" samples, kinds when
 * more than one is drawn, the relations as coloured arrows. */
typedef struct legend_line {
    GString *out;
    double width, limit;
    int items;
} legend_line;

/* Appends one item (HTML text of `chars` characters); a new line of the
 * legend starts when the item would pass the drawing's width. Every line
 * is one left-aligned text cell: cells of a table row would be stretched
 * to the widest row. */
static void item(legend_line *l, const char *html, size_t chars)
{
    double w = (double)(chars + 3) * 5.8;
    if (l->items && l->width + w > l->limit) {
        g_string_append(l->out, "</TD></TR><TR><TD ALIGN=\"LEFT\">");
        l->width = 0;
    } else if (l->items) {
        g_string_append(l->out, "\u2003\u2003"); /* two em spaces */
    }
    g_string_append(l->out, html);
    l->width += w;
    l->items++;
}

/* A stronger shade of a light "#rrggbb" fill (its distance from white
 * times four), for a legend swatch glyph that must show on white. */
static void swatch_color(const char *fill, char out[8])
{
    unsigned r = 0x88, g = 0x88, bl = 0x88;
    if (fill && strlen(fill) == 7 && sscanf(fill + 1, "%2x%2x%2x", &r, &g, &bl) == 3) {
        r = 255 - ((255 - r) * 4 > 255 ? 255 : (255 - r) * 4);
        g = 255 - ((255 - g) * 4 > 255 ? 255 : (255 - g) * 4);
        bl = 255 - ((255 - bl) * 4 > 255 ? 255 : (255 - bl) * 4);
    }
    snprintf(out, 8, "#%02x%02x%02x", r & 0xff, g & 0xff, bl & 0xff);
}

static void add_legend(builder *b, const cg_map *m)
{
    GString *cell = g_string_new(NULL), *t = g_string_new(NULL);
    legend_line l = {t, 0, b->est_width > 420 ? b->est_width : 420, 0};
    size_t kinds = 0;
    for (size_t i = 0; i < cg_style_kind_count_(); i++)
        kinds += b->kinds_used[i];
    if (b->opt->legend) {
        for (size_t i = 0; i < cg_style_body_count_(); i++) {
            if (!b->bodies_used[i])
                continue;
            const cg_body_style *s = cg_style_body_at_(i);
            /* "HRC: Human Rights Council", as the caller names it. */
            const char *name = !s->legend && b->opt->body_name
                                   ? b->opt->body_name(s->body, b->opt->body_name_user)
                                   : NULL;
            char *legend = s->legend ? g_strdup(s->legend)
                           : name    ? g_strconcat(s->body, ": ", name, NULL)
                                     : g_strdup(s->body);
            char sw[8];
            swatch_color(s->fill, sw);
            g_string_truncate(cell, 0);
            g_string_append_printf(cell, "<FONT COLOR=\"%s\">\u25A0</FONT> ", sw);
            cg_escape_html_into_(cell, legend);
            item(&l, cell->str, 2 + text_chars(legend));
            g_free(legend);
        }
        if (b->any_cited_only)
            item(&l, "dashed outline: cited, not in the corpus", 40);
        if (b->any_focus)
            item(&l, "<B>bold outline: the focus</B>", 26);
        for (size_t i = 0; kinds > 1 && i < cg_style_kind_count_(); i++) {
            if (!b->kinds_used[i])
                continue;
            const cg_kind_style *k = cg_style_kind_at_(i);
            static const char *const shape_word[][2] = {
                {"box",     "box"          },
                {"note",    "folded corner"},
                {"tab",     "tab"          },
                {"ellipse", "oval"         }
            };
            const char *w = k->shape;
            for (size_t j = 0; j < 4; j++)
                if (!strcmp(k->shape, shape_word[j][0]))
                    w = shape_word[j][1];
            if (k->kind && !strcmp(k->kind, "resolution"))
                w = "rounded box";
            else if (k->kind && !strcmp(k->kind, "decision"))
                w = "cut corners";
            g_string_truncate(cell, 0);
            cg_escape_html_into_(cell, w);
            g_string_append(cell, ": ");
            cg_escape_html_into_(cell, k->legend);
            item(&l, cell->str, text_chars(w) + 2 + text_chars(k->legend));
        }
        for (size_t i = 0; i < cg_style_relation_count_(); i++) {
            if (!b->relations_used[i])
                continue;
            const cg_relation_style *r = cg_style_relation_at_(i);
            const char *arrow = "\u2500\u2500\u25B6"; /* ──▶ */
            if (!strcmp(r->style, "dashed"))
                arrow = "\u254C\u254C\u25B6"; /* ╌╌▶ */
            else if (!strcmp(r->style, "dotted"))
                arrow = "\u2508\u2508\u25B6"; /* ┈┈▶ */
            else if (!strcmp(r->style, "bold"))
                arrow = "\u2501\u2501\u25B6"; /* ━━▶ */
            g_string_truncate(cell, 0);
            g_string_append_printf(cell, "<FONT COLOR=\"%s\">%s</FONT> ", r->color, arrow);
            cg_escape_html_into_(cell, r->legend);
            item(&l, cell->str, 4 + text_chars(r->legend));
        }
    }
    g_string_truncate(b->tmp, 0);
    g_string_append(b->tmp, "<TABLE\tBORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" "
                            "CELLPADDING=\"2\">");
    /* a gap between the drawing and the legend: a focus drawn last (a top
     * to bottom series) had its outline touching the title */
    g_string_append(b->tmp, "<TR><TD HEIGHT=\"8\"></TD></TR>");
    if (b->opt->title && *b->opt->title) {
        g_string_append(b->tmp, "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"13\" "
                                "COLOR=\"#111111\">");
        cg_escape_html_into_(b->tmp, b->opt->title);
        g_string_append(b->tmp, "</FONT></TD></TR>");
    }
    if (l.items) {
        g_string_append(b->tmp, "<TR><TD ALIGN=\"LEFT\">");
        if (t->len)
            g_string_append(b->tmp, t->str);
        g_string_append(b->tmp, "</TD></TR>");
    }
    if (m->caption) {
        g_string_append(b->tmp, "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT COLOR=\"#444444\">");
        /* Long captions break at spaces so that they stay within the
         * drawing's width. */
        size_t per_line = (size_t)(l.limit / 5.8);
        size_t col = 0;
        for (const char *p = m->caption; *p;) {
            const char *sp = strchr(p, ' ');
            size_t n = sp ? (size_t)(sp - p) : strlen(p);
            char word[512];
            size_t wn = n < sizeof word - 1 ? n : sizeof word - 1;
            memcpy(word, p, wn);
            word[wn] = '\0';
            size_t wc = text_chars(word);
            if (col && col + 1 + wc > per_line) {
                g_string_append(b->tmp, "<BR/>");
                col = 0;
            } else if (col) {
                g_string_append(b->tmp, " ");
                col++;
            }
            cg_escape_html_into_(b->tmp, word);
            col += wc;
            p += n;
            while (*p == ' ')
                p++;
        }
        g_string_append(b->tmp, "</FONT></TD></TR>");
    }
    g_string_append(b->tmp, "</TABLE>");
    if (l.items || m->caption || (b->opt->title && *b->opt->title))
        set_html(b, b->g, "label", tmp_value(b));
    g_string_free(cell, TRUE);
    g_string_free(t, TRUE);
}

int cg_build_graph_(const cg_map *m, const cg_map_options *opt, int layered, Agdisc_t *disc,
                    Agraph_t **out, cg_error *err)
{
    static const cg_map_options defaults = {0};
    builder b = {0};
    b.opt = opt ? opt : &defaults;
    b.tmp = g_string_new(NULL);
    b.kinds_used = g_malloc0(cg_style_kind_count_());
    b.bodies_used = g_malloc0(cg_style_body_count_());
    b.relations_used = g_malloc0(cg_style_relation_count_());
    b.g = agopen(gv("citegraph"), Agstrictdirected, disc);
    if (!b.g)
        b.failed = 1;

    if (!b.failed)
        declare_defaults(&b, m, layered);
    if (!b.failed) {
        if (layered)
            add_layered_nodes(&b, m);
        else
            add_flat_nodes(&b, m);
    }
    if (!b.failed)
        add_edges(&b, m);
    if (!b.failed)
        add_legend(&b, m);

    g_string_free(b.tmp, TRUE);
    g_free(b.kinds_used);
    g_free(b.bodies_used);
    g_free(b.relations_used);
    if (b.failed) {
        if (b.g)
            agclose(b.g);
        return cg_error_set(err, ENOMEM, "out of memory building the map");
    }
    *out = b.g;
    return 0;
}
