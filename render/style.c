/*
 * style.c - the drawing tables for kinds, bodies and relations.
 *
 * The palette is light (fills) so black labels stay readable when printed,
 * and each body's hue differs enough to tell apart in a small PNG.
 */
#include "style_internal.h"

#include <string.h>

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static const cg_kind_style kinds[] = {
  /* kind        shape        style                 size  legend  link */
    {"resolution", "box",     "rounded",   "10", "resolution",           1},
    {"decision",   "box",     "diagonals", "10", "decision",             1},
    {"document",   "note",    "",          "10", "document / report",    1},
    {"instrument", "tab",     "",          "10", "treaty / declaration", 0},
    {"article",    "ellipse", "",          "10", "article",              0},
    {NULL,         "box",     "",          "10", "other",                1},
};

/* A UN body's legend is its code and the name the caller gives for it
 * (cg_map_options.body_name); only the groups have a legend here. */
static const cg_body_style bodies[] = {
    {"HRC",    "#d6e6f7", NULL                 },
    {"CHR",    "#e4dbf3", NULL                 },
    {"GA",     "#d9f0d3", NULL                 },
    {"SC",     "#f9d9d2", NULL                 },
    {"ECOSOC", "#fcecc4", NULL                 },
    {"treaty", "#f1e4d3", "treaty / instrument"},
    {NULL,     "#eeeeee", "other body"         },
};

static const cg_relation_style relations[] = {
  /* relation   style     color      width arrowhead  legend */
    {"reaffirm",  "solid",  "#333333", "1.2", "normal",   "reaffirms"     },
    {"recall",    "dashed", "#555555", "1",   "normal",   "recalls"       },
    {"welcome",   "bold",   "#2e8b57", "1.5", "normal",   "welcomes"      },
    {"take-note", "dotted", "#555555", "1",   "normal",   "takes note of" },
    {"part-of",   "dotted", "#999999", "1",   "odiamond", "part of"       },
    {NULL,        "solid",  "#aaaaaa", "1",   "normal",   "other citation"},
};

/* Row of the "part-of" relation, looked up by an edge's type. */
#define PART_OF_ROW 4

const cg_kind_style *cg_style_kind_(const char *kind)
{
    size_t i = 0;
    for (; kinds[i].kind; i++)
        if (kind && strcmp(kind, kinds[i].kind) == 0)
            break;
    return &kinds[i];
}

const cg_body_style *cg_style_body_(const char *body, const char *kind)
{
    size_t i = 0;
    for (; bodies[i].body; i++)
        if (body && strcmp(body, bodies[i].body) == 0)
            return &bodies[i];
    /* Treaties have no UN organ as their body; colour them as a group. */
    if (!cg_style_kind_(kind)->linkable)
        return cg_style_body_("treaty", NULL);
    return &bodies[i];
}

const cg_relation_style *cg_style_relation_(const char *relation, const char *type)
{
    if (type && strcmp(type, "part-of") == 0)
        return &relations[PART_OF_ROW];
    /* The first item of a comma-separated list, without spaces. */
    const char *s = relation ? relation : "";
    while (*s == ' ')
        s++;
    size_t n = strcspn(s, ",");
    while (n > 0 && s[n - 1] == ' ')
        n--;
    size_t i = 0;
    for (; relations[i].relation; i++)
        if (i != PART_OF_ROW && strlen(relations[i].relation) == n &&
            strncmp(s, relations[i].relation, n) == 0)
            break;
    return &relations[i];
}

size_t cg_style_kind_count_(void)
{
    return COUNT(kinds);
}
size_t cg_style_kind_index_(const cg_kind_style *k)
{
    return (size_t)(k - kinds);
}
const cg_kind_style *cg_style_kind_at_(size_t i)
{
    return &kinds[i];
}
size_t cg_style_body_count_(void)
{
    return COUNT(bodies);
}
size_t cg_style_body_index_(const cg_body_style *b)
{
    return (size_t)(b - bodies);
}
const cg_body_style *cg_style_body_at_(size_t i)
{
    return &bodies[i];
}
size_t cg_style_relation_count_(void)
{
    return COUNT(relations);
}
size_t cg_style_relation_index_(const cg_relation_style *r)
{
    return (size_t)(r - relations);
}
const cg_relation_style *cg_style_relation_at_(size_t i)
{
    return &relations[i];
}
