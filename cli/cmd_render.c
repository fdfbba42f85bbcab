/*
 * cmd_render.c - `citegraph render GRAPHFILE`: draws a graph that
 * `citegraph graph` wrote (GraphML) as a map, without reading the corpus
 * again, so a graph can be filtered or edited in another tool in between.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "render/render.h"

static const char help[] =
    "usage: citegraph render [OPTIONS] GRAPHFILE -o FILE\n"
    "\n"
    "Draws a citation graph written by `citegraph graph` (GraphML; '-' reads\n"
    "stdin) as a map: documents placed by year, dashed when only cited, links\n"
    "to https://undocs.org. Above 400 nodes the layout is sfdp (no time axis);\n"
    "draw less with `citegraph lineage PATH --from ID --depth N`.\n"
    "\n"
    "options:\n"
    "  -o, --output FILE draw into FILE (atomically): .svg .dot .png .pdf\n"
    "  -T FORMAT         svg, dot, png or pdf, whatever FILE's extension\n"
    "  --rankdir D       LR (default: time left to right) or TB\n"
    "  --link-lang L     link nodes to https://undocs.org/L/<symbol>\n"
    "  --focus ID        highlight vertex ID\n"
    "  --title TEXT      label of the map\n"
    "  --data DIR        reference data folder (default: the shipped one), for\n"
    "                    the names of bodies in the legend\n"
    "  -q, --quiet       no notes, only errors\n";

typedef struct render_args {
    cg_map_options mo;
    const char *output, *tfmt, *focus, *data_dir;
    int quiet;
} render_args;

static int render_opt(int opt, const char *arg, void *user)
{
    render_args *a = user;
    int took = cg_map_opt(opt, arg, &a->mo);
    if (took)
        return took < 0 ? CG_EXIT_USAGE : 0;
    switch (opt) {
    case 'o': a->output = arg; break;
    case 'T': return cg_map_opt_format(arg, &a->tfmt);
    case 5003: a->focus = arg; break;
    case 5004: a->mo.title = arg; break;
    case 5005: a->data_dir = arg; break;
    case 'q': a->quiet = 1; break;
    }
    return 0;
}

int cmd_render(int argc, char **argv)
{
    static const struct option lo[] = {
        {"output", required_argument, NULL, 'o' },
        {"focus",  required_argument, NULL, 5003},
        {"title",  required_argument, NULL, 5004},
        {"data",   required_argument, NULL, 5005},
        {"quiet",  no_argument,       NULL, 'q' },
        CG_MAP_LONGOPTS,
        {NULL,     0,                 NULL, 0   }
    };
    static const cg_command cmd = {"render", help, "o:T:q", lo, 0};
    render_args a = {
        {CG_RANKDIR_AUTO, NULL, NULL, 1, 0, NULL, NULL},
        NULL, NULL, NULL, NULL, 0
    };
    int ar = cg_args_parse(&cmd, argc, argv, NULL, render_opt, &a);
    if (ar != CG_ARGS_GO)
        return ar;
    cg_map_options mo = a.mo;
    const char *output = a.output, *tfmt = a.tfmt, *focus = a.focus;
    int quiet = a.quiet;
    if (optind != argc - 1) {
        cg_msg("render: expected one GRAPHFILE (see citegraph render --help)");
        return CG_EXIT_USAGE;
    }
    if (!output) {
        cg_msg("render: -o FILE is required (see citegraph render --help)");
        return CG_EXIT_USAGE;
    }
    if (cg_out_preflight(output))
        return CG_EXIT_OUTPUT;
    const char *path = argv[optind];
    /* A named file is read through cg_read_regular: a FIFO or device is
     * refused by type instead of blocking in open() (- reads a pipe). */
    FILE *in = stdin;
    char *bytes = NULL;
    if (strcmp(path, "-")) {
        size_t blen = 0;
        cg_error rerr;
        if (cg_read_regular(path, (size_t)1 << 30, &bytes, &blen, &rerr)) {
            cg_msg("%s: %s", path, rerr.msg);
            return CG_EXIT_INPUT;
        }
        in = blen ? fmemopen(bytes, blen, "rb") : fopen("/dev/null", "rb");
        if (!in) {
            cg_msg("%s: %s", path, strerror(errno));
            g_free(bytes);
            return CG_EXIT_INPUT;
        }
    }
    cg_graph *g = NULL;
    cg_error err;
    int rc = cg_graph_read_graphml(in, CG_GRAN_ARTICLE, &g, &err);
    if (in != stdin)
        fclose(in);
    g_free(bytes);
    if (rc) {
        cg_msg("%s: %s", path, err.msg);
        return CG_EXIT_INPUT;
    }
    /* As people type it: "a/hrc/res/23/12", "23/12", "S/RES/425 (1978)". */
    if (focus && !(focus = cg_lookup_id(g, focus, "--focus"))) {
        cg_graph_free(g);
        return CG_EXIT_USAGE;
    }
    /* The legend names bodies as the reference data do. */
    cg_extractor *x = cg_extractor_new(a.data_dir, &err);
    if (!x) {
        cg_msg("%s", err.msg);
        cg_graph_free(g);
        return CG_EXIT_DATA;
    }
    cg_map_options_name_bodies(&mo, x);
    rc = cg_draw_map(g, focus, output, tfmt, &mo, quiet, NULL);
    cg_extractor_free(x);
    cg_graph_free(g);
    cg_render_shutdown();
    return rc;
}
