/*
 * format.c - output format names and file extensions, and --rankdir's values.
 */
#include "render.h"

#include <string.h>
#include <strings.h>

typedef struct format_name {
    const char *name; /* -T value and extension without the dot */
    cg_map_format format;
} format_name;

static const format_name formats[] = {
    {"dot", CG_MAP_DOT},
    {"gv",  CG_MAP_DOT},
    {"svg", CG_MAP_SVG},
    {"png", CG_MAP_PNG},
    {"pdf", CG_MAP_PDF},
};

int cg_map_format_parse(const char *name)
{
    if (!name)
        return -1;
    /* "gv" is a file extension, not a -T value. */
    for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++)
        if (strcmp(formats[i].name, "gv") != 0 && strcmp(name, formats[i].name) == 0)
            return (int)formats[i].format;
    return -1;
}

int cg_map_format_from_path(const char *path)
{
    const char *dot = path ? strrchr(path, '.') : NULL;
    if (!dot || strchr(dot, '/'))
        return -1;
    /* Extensions are matched case-insensitively: MAP.SVG is an SVG. */
    for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++)
        if (strcasecmp(dot + 1, formats[i].name) == 0)
            return (int)formats[i].format;
    return -1;
}

int cg_rankdir_parse(const char *name)
{
    if (name && strcmp(name, "LR") == 0)
        return CG_RANKDIR_LR;
    if (name && strcmp(name, "TB") == 0)
        return CG_RANKDIR_TB;
    return -1;
}
