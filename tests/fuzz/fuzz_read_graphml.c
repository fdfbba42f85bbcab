/*
 * fuzz_read_graphml.c - `citegraph render`'s input: any bytes as GraphML.
 *
 * Checked: no crash, leak or UB, and no blow-up (libFuzzer's RSS limit): a
 * document type declaring entities is refused, never expanded (issue 18,
 * billion laughs); a refusal names "GraphML:" on one line; a graph that is
 * read back writes again as GraphML that reads back to as many vertices
 * and edges.
 */
#include <stdio.h>
#include <string.h>

#include <libxml/parser.h>

#include "graph/graph.h"
#include "fuzz_common.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    xmlInitParser();
    return 0;
}

static cg_graph *read_mem(const void *data, size_t size, cg_error *err, int *rc)
{
    FILE *in = fmemopen((void *)data, size, "rb");
    FUZZ_CHECK(in != NULL || size == 0, "fmemopen");
    cg_graph *g = NULL;
    *rc = in ? cg_graph_read_graphml(in, CG_GRAN_ARTICLE, &g, err) : -1;
    if (in)
        fclose(in);
    return g;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    cg_error err = {0};
    int rc;
    cg_graph *g = read_mem(data, size, &err, &rc);
    if (rc) {
        FUZZ_CHECK(g == NULL, "failure left a graph");
        FUZZ_CHECK(!strncmp(err.msg, "GraphML:", 8) && !strchr(err.msg, '\n'), "error '%s'",
                   err.msg);
        return 0;
    }
    FUZZ_CHECK(g != NULL, "success without a graph");
    for (size_t i = 0; i + 8 <= size; i++)
        FUZZ_CHECK(memcmp(data + i, "<!ENTITY", 8) != 0, "a document with <!ENTITY was accepted");
    char *mem = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&mem, &len);
    int wrc = cg_graph_write(g, CG_FMT_GRAPHML, out, &err);
    fclose(out);
    if (wrc == 0) {
        int rc2;
        cg_error err2 = {0};
        cg_graph *h = read_mem(mem, len, &err2, &rc2);
        FUZZ_CHECK(rc2 == 0, "written GraphML does not read back: %s", err2.msg);
        FUZZ_CHECK(cg_graph_vertex_count(h) == cg_graph_vertex_count(g),
                   "%zu vertices read back for %zu", cg_graph_vertex_count(h),
                   cg_graph_vertex_count(g));
        cg_graph_free(h);
    }
    free(mem);
    cg_graph_free(g);
    return 0;
}
