/*
 * draw.c - a graph drawn as a map file: report.h's map of it, rendered and
 * written atomically, with what the user should know said on stderr.
 */
#include <errno.h>
#include <glib.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "report/report.h"

static int is_the_focus(const char *id, void *focus)
{
    return focus && !strcmp(id, (const char *)focus);
}

int cg_draw_map(const cg_graph *s, const char *focus, const char *path, const char *tfmt,
                const cg_map_options *mo, int quiet, const char *caption)
{
    int fmt = tfmt ? cg_map_format_parse(tfmt) : cg_map_format_from_path(path);
    if (fmt < 0) {
        cg_msg("%s: cannot tell the format; use .svg .dot .png .pdf or -T", path);
        return CG_EXIT_USAGE;
    }
    cg_error err;
    cg_map *m = cg_map_from_graph(s, is_the_focus, (void *)focus, &err);
    int rc = m ? cg_map_set_caption(m, caption, &err) : err.code;
    if (!m || rc) {
        cg_map_free(m);
        cg_msg("%s: %s", path, err.msg);
        return CG_EXIT_OUTPUT;
    }
    size_t large = mo && mo->large ? mo->large : CG_MAP_LARGE;
    if (!rc && !quiet && cg_map_node_count(m) > large)
        cg_msg("%s: %zu nodes, more than %zu: laid out with sfdp, without the time "
               "axis; to draw less, use `citegraph lineage PATH --from ID --depth N` "
               "or see `citegraph top PATH`",
               path, cg_map_node_count(m), large);
    char *data = NULL;
    size_t len = 0;
    if (!rc)
        rc = cg_map_render(m, mo, (cg_map_format)fmt, &data, &len, &err);
    cg_map_free(m);
    if (rc) {
        cg_msg("%s: %s", path, err.msg);
        return CG_EXIT_OUTPUT;
    }
    rc = cg_out_write_all(path, data, len);
    g_free(data);
    return rc;
}

int cg_map_opt_format(const char *arg, const char **tfmt)
{
    if (cg_map_format_parse(arg) < 0) {
        cg_msg("-T: expected svg, dot, png or pdf, got '%s'", arg);
        return CG_EXIT_USAGE;
    }
    *tfmt = arg;
    return 0;
}

int cg_map_opt(int opt, const char *arg, cg_map_options *mo)
{
    if (opt == 1101) {
        int r = cg_rankdir_parse(arg);
        if (r < 0) {
            cg_msg("--rankdir: expected LR or TB, got '%s'", arg);
            return -1;
        }
        mo->rankdir = (cg_rankdir)r;
        return 1;
    }
    if (opt == 1102) {
        mo->lang = arg;
        return 1;
    }
    return 0;
}
