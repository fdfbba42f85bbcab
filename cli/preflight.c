/*
 * preflight.c - what the commands check before reading a corpus: that the
 * output can be written (a typo in -o should not cost a minute of
 * extraction), and ids as people type them.
 */
#include <errno.h>
#include <glib.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

int cg_out_preflight(const char *path)
{
    if (!path || !strcmp(path, "-"))
        return 0;
    if (!*path) {
        cg_msg("-o: the output path is empty");
        return CG_EXIT_OUTPUT;
    }
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        cg_msg("%s: is a folder; give a file name", path);
        return CG_EXIT_OUTPUT;
    }
    char *dir = g_path_get_dirname(path);
    int rc = 0;
    if (stat(dir, &st) != 0) {
        cg_msg("%s: the folder %s does not exist", path, dir);
        rc = CG_EXIT_OUTPUT;
    } else if (!S_ISDIR(st.st_mode)) {
        cg_msg("%s: %s is not a folder", path, dir);
        rc = CG_EXIT_OUTPUT;
    } else if (access(dir, W_OK | X_OK) != 0) {
        cg_msg("%s: cannot write in %s: %s", path, dir, strerror(errno));
        rc = CG_EXIT_OUTPUT;
    }
    g_free(dir);
    return rc;
}

const char *cg_lookup_id(const cg_graph *g, const char *typed, const char *what)
{
    size_t found, *cand = NULL, ncand = 0;
    size_t n = cg_graph_lookup(g, typed, &found, &cand, &ncand, 8);
    const char *id = NULL;
    if (n == 1) {
        cg_vertex_view v;
        cg_graph_vertex(g, found, &v);
        id = v.id;
    } else {
        GString *list = g_string_new(NULL);
        for (size_t i = 0; i < ncand; i++) {
            cg_vertex_view v;
            cg_graph_vertex(g, cand[i], &v);
            g_string_append_printf(list, "%s%s", i ? ", " : "", v.id);
        }
        if (n > 1)
            cg_msg("%s: '%s' could be any of %zu: %s%s; give the full symbol", what, typed, n,
                   list->str, n > ncand ? ", ..." : "");
        else if (ncand)
            cg_msg("%s: %s is not in the graph; did you mean %s?", what, typed, list->str);
        else
            cg_msg("%s: %s is neither a document of the corpus nor cited by one", what, typed);
        g_string_free(list, TRUE);
    }
    g_free(cand);
    return id;
}
