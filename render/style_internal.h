/*
 * style_internal.h - how each kind, body and relation is drawn.
 *
 * The looks are data (tables in style.c), not branches in the builder:
 * changing a colour or adding a body touches one row. Lookups never fail:
 * an unknown name gets the table's last row ("other"). All strings are
 * static; callers never free them.
 */
#ifndef CG_RENDER_STYLE_INTERNAL_H
#define CG_RENDER_STYLE_INTERNAL_H

#include <stddef.h>

typedef struct cg_kind_style {
    const char *kind;     /* key; NULL in the fallback row */
    const char *shape;    /* Graphviz shape */
    const char *style;    /* base style, "filled" and "dashed" added later */
    const char *fontsize; /* label size in points */
    const char *legend;   /* name shown in the legend */
    int linkable;         /* 1 when the id is a UN symbol undocs.org knows */
} cg_kind_style;

typedef struct cg_body_style {
    const char *body;   /* key; NULL in the fallback row */
    const char *fill;   /* light fill colour */
    const char *legend; /* name shown in the legend; NULL for a UN
                           body: its code and the name the caller gives
                           (cg_map_options.body_name) */
} cg_body_style;

typedef struct cg_relation_style {
    const char *relation; /* key; NULL in the fallback row ("other") */
    const char *style;    /* Graphviz edge style */
    const char *color;    /* line colour */
    const char *penwidth; /* line width */
    const char *arrowhead;
    const char *legend; /* name shown in the legend */
} cg_relation_style;

/* The row for kind (NULL/unknown -> fallback). */
const cg_kind_style *cg_style_kind_(const char *kind);
/* The row for a node's body; a node without a known body whose kind is an
 * instrument or article gets the treaty row. */
const cg_body_style *cg_style_body_(const char *body, const char *kind);
/* The row for an edge: "part-of" edges by type, others by the first item
 * of the comma-separated relation list. */
const cg_relation_style *cg_style_relation_(const char *relation, const char *type);

/* Row numbers, so the legend can record which rows are in use. */
size_t cg_style_kind_count_(void);
size_t cg_style_kind_index_(const cg_kind_style *k);
const cg_kind_style *cg_style_kind_at_(size_t i);
size_t cg_style_body_count_(void);
size_t cg_style_body_index_(const cg_body_style *b);
const cg_body_style *cg_style_body_at_(size_t i);
size_t cg_style_relation_count_(void);
size_t cg_style_relation_index_(const cg_relation_style *r);
const cg_relation_style *cg_style_relation_at_(size_t i);

/* Fonts: a CSS/fontconfig family list. Noto Sans CJK covers Latin and
 * Chinese; DejaVu Sans (and Noto Sans Arabic when installed) covers
 * Arabic, which the CJK fonts lack. Pango falls back per glyph for
 * PNG/PDF; browsers read the same list in the SVG. */
#define CG_FONT "Noto Sans CJK SC,Noto Sans Arabic,DejaVu Sans,sans-serif"

#endif
