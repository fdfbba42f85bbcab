/*
 * fuzz_render_dot.c - the render stage fed hostile labels.
 *
 * Input: NUL-separated strings. The first string's bytes are options
 * (rankdir, legend, the sfdp threshold, whether to also lay out an SVG);
 * the second is the graph title, the third the link language; then,
 * repeatedly, a control string ("node" when its first byte is even,
 * "edge" when odd) and the 5 strings of the record. Edges name nodes by
 * index (control bytes) so that they usually exist.
 * Checked: adding refuses exactly what render.h says (and the map is then
 * unchanged); the DOT parses back with cgraph (agmemread) and holds every
 * node under its own id; when asked, the SVG (dot layout) is well-formed
 * XML for libxml2 (titles and tooltips cannot smuggle markup in).
 */
#include <glib.h>
#include <graphviz/cgraph.h>
#include <libxml/parser.h>

#include "render/render.h"
#include "fuzz_common.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    xmlInitParser();
    return 0;
}

static void ignore_xml_errors(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

static int agerr_quiet(char *msg)
{
    (void)msg;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    xmlSetGenericErrorFunc(NULL, ignore_xml_errors);
    agseterrf(agerr_quiet);
    fuzz_strings fs = fuzz_split(data, size, 120);
    const unsigned char *o = (const unsigned char *)fs.s[0];
    unsigned ob = o[0];
    cg_map_options mo = {0};
    mo.rankdir = ob & 1 ? CG_RANKDIR_TB : CG_RANKDIR_AUTO;
    mo.legend = (ob >> 1) & 1;
    mo.large = (ob >> 2) & 1 ? 3 : 0;
    int want_svg = ((ob >> 3) & 3) == 3;
    mo.title = *fs.s[1] ? fs.s[1] : NULL;
    mo.lang = *fs.s[2] ? fs.s[2] : NULL;

    cg_map *m = cg_map_new();
    char *ids[64];
    size_t nids = 0;
    size_t k = 3;
    while (k + 6 <= fs.n) {
        const unsigned char *ctl = (const unsigned char *)fs.s[k];
        char **s = fs.s + k + 1;
        k += 6;
        if (!ctl[0])
            break;
        if (!(ctl[0] & 1)) {
            cg_map_node n = {s[0],
                             s[1],
                             s[2],
                             s[3],
                             s[4],
                             (ctl[0] >> 1) & 1,
                             (ctl[0] >> 2) & 1,
                             ctl[1] ? ctl[1] - 2 : -1,
                             -1,
                             -1};
            size_t before = cg_map_node_count(m);
            int rc = cg_map_add_node(m, &n, NULL);
            FUZZ_CHECK(rc == 0 || rc == EINVAL || rc == EEXIST, "add node rc %d", rc);
            FUZZ_CHECK(cg_map_node_count(m) == before + (rc == 0), "count after %d", rc);
            if (rc == 0 && nids < 64)
                ids[nids++] = s[0];
            if (rc == 0) {
                FUZZ_CHECK(*s[0] && s[0][0] != '#' && !strchr(s[0], '\\') &&
                               g_utf8_validate(s[0], -1, NULL),
                           "accepted id '%s'", s[0]);
                for (const unsigned char *p = (const unsigned char *)s[0]; *p; p++)
                    FUZZ_CHECK(*p >= 0x20 && *p != 0x7f, "accepted control in '%s'", s[0]);
            }
        } else if (nids) {
            cg_map_edge e = {ids[ctl[1] % nids], ids[ctl[1] ? ctl[2] % nids : 0], s[0],
                             (ctl[0] & 2) ? "part-of" : NULL};
            FUZZ_CHECK(cg_map_add_edge(m, &e, NULL) == 0, "edge between added nodes");
        }
    }
    char *buf = NULL;
    size_t len = 0;
    cg_error err;
    int rc = cg_map_render(m, &mo, CG_MAP_DOT, &buf, &len, &err);
    FUZZ_CHECK(rc == 0, "render DOT: %s", err.msg);
    char *z = malloc(len + 1);
    memcpy(z, buf, len);
    z[len] = '\0';
    FUZZ_CHECK(strlen(z) == len, "NUL byte in the DOT");
    Agraph_t *g = agmemread(z);
    FUZZ_CHECK(g != NULL, "DOT does not parse:\n%s", z);
    /* Graphviz 2.43 renames a name starting with '%' to "%N" (anonymous
     * object): a format limit, reported, not checked here. */
    for (size_t i = 0; i < nids; i++)
        if (ids[i][0] != '%')
            FUZZ_CHECK(agnode(g, ids[i], 0) != NULL, "node '%s' lost in the DOT", ids[i]);
    agclose(g);
    free(z);
    free(buf);
    if (want_svg && nids <= 6) {
        buf = NULL;
        rc = cg_map_render(m, &mo, CG_MAP_SVG, &buf, &len, &err);
        FUZZ_CHECK(rc == 0, "render SVG: %s", err.msg);
        xmlDocPtr doc = xmlReadMemory(buf, (int)len, "fuzz.svg", NULL,
                                      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
        FUZZ_CHECK(doc != NULL, "SVG is not well-formed:\n%.*s", (int)len, buf);
        xmlFreeDoc(doc);
        free(buf);
    }
    cg_map_free(m);
    fuzz_strings_free(&fs);
    return 0;
}
