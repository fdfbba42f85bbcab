/*
 * format.c - export format names and the cg_graph_write dispatcher.
 */
#include "graph_internal.h"

#include <errno.h>
#include <string.h>

static const char *const names[] = {"graphml", "gml", "json", "csv", "dot"};

int cg_graph_format_parse(const char *name)
{
    for (size_t i = 0; name && i < sizeof names / sizeof names[0]; i++)
        if (strcmp(name, names[i]) == 0)
            return (int)i;
    return -1;
}

int cg_graph__stream_status(FILE *out, const char *what, cg_error *err)
{
    if (fflush(out) != 0 || ferror(out))
        return cg_error_set(err, EIO, "graph: writing %s failed", what);
    return 0;
}

int cg_graph_write(const cg_graph *g, cg_graph_format fmt, FILE *out, cg_error *err)
{
    if (!g || !g->built || !out)
        return cg_error_set(err, EINVAL, "graph: write needs a built graph and a stream");
    switch (fmt) {
    case CG_FMT_GRAPHML: return cg_graph__write_graphml(g, out, err);
    case CG_FMT_GML: return cg_graph__write_gml(g, out, err);
    case CG_FMT_JSON: return cg_graph__write_json(g, out, err);
    case CG_FMT_CSV: return cg_graph__write_csv_nodes(g, out, err);
    case CG_FMT_DOT: return cg_graph__write_dot(g, out, err);
    }
    return cg_error_set(err, EINVAL, "graph: unknown export format %d", (int)fmt);
}
