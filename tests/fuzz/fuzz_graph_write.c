/*
 * fuzz_graph_write.c - the graph stage fed hostile labels: ids, titles,
 * kinds, relations... holding quotes, markup, control bytes, broken UTF-8.
 *
 * Input: NUL-separated strings. The first byte of the first one picks the
 * granularity; then, repeatedly, a control string whose first byte says
 * "document" (even) or "citation" (odd) followed by the 8 strings of that
 * record (votes come from the control string's next bytes).
 * Checked, on every graph:
 *   GraphML parses back with libxml2 and every node's id attribute reads
 *     back as the vertex id (less the characters XML 1.0 forbids);
 *   JSON parses back with jansson, with as many nodes and links and the
 *     same ids;
 *   DOT parses back with cgraph (agmemread) with every vertex present under
 *     the name the writer documents, and as many edges;
 *   GML is pure ASCII and igraph reads it back with as many vertices;
 *   CSV: every record (RFC 4180) has 15 fields (nodes) / 6 (edges).
 * top, check, lineage, reduce and series run too, for crashes.
 */
#include <glib.h>
#include <graphviz/cgraph.h>
#include <igraph.h>
#include <jansson.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "graph/graph.h"
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

/* Writes g in fmt into a malloc'ed buffer. */
static char *write_mem(const cg_graph *g, int fmt, int csv_edges, size_t *len)
{
    char *buf = NULL;
    FILE *f = open_memstream(&buf, len);
    cg_error err;
    int rc = csv_edges ? cg_graph_write_csv_edges(g, f, &err)
                       : cg_graph_write(g, (cg_graph_format)fmt, f, &err);
    fclose(f);
    FUZZ_CHECK(rc == 0, "write %d failed: %s", fmt, err.msg);
    return buf;
}

/* The id as XML gives it back: forbidden characters dropped. */
static char *xml_expect(const char *s)
{
    char *o = malloc(strlen(s) + 1), *q = o;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
            continue;
        if (p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF)) {
            p += 2;
            continue;
        }
        *q++ = (char)*p;
    }
    *q = '\0';
    return o;
}

/* The id as cgraph gives it back (see graph.h, DOT). */
static char *dot_expect(const char *s)
{
    char *o = malloc(2 * strlen(s) + 1), *q = o;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '\\') {
            *q++ = '\\';
            *q++ = '\\';
        } else if (*p == '\n') {
            *q++ = '\\';
            *q++ = 'n';
        } else if (*p >= 0x20 || *p == '\t')
            *q++ = (char)*p;
    }
    *q = '\0';
    return o;
}

static void check_graphml(const cg_graph *g)
{
    size_t len;
    char *buf = write_mem(g, CG_FMT_GRAPHML, 0, &len);
    xmlDocPtr doc = xmlReadMemory(buf, (int)len, "fuzz.graphml", NULL,
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    FUZZ_CHECK(doc != NULL, "GraphML is not well-formed:\n%s", buf);
    xmlNodePtr root = xmlDocGetRootElement(doc);
    xmlNodePtr graph = NULL;
    for (xmlNodePtr c = root->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && !xmlStrcmp(c->name, BAD_CAST "graph"))
            graph = c;
    FUZZ_CHECK(graph != NULL, "no <graph>");
    size_t i = 0, nedges = 0;
    for (xmlNodePtr c = graph->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (!xmlStrcmp(c->name, BAD_CAST "edge")) {
            nedges++;
            continue;
        }
        FUZZ_CHECK(i < cg_graph_vertex_count(g), "too many nodes");
        cg_vertex_view v;
        cg_graph_vertex(g, i, &v);
        xmlChar *id = xmlGetProp(c, BAD_CAST "id");
        char *want = xml_expect(v.id);
        FUZZ_CHECK(id && !strcmp((const char *)id, want),
                   "node %zu id reads back as '%s', not '%s'", i, id ? (const char *)id : "(none)",
                   want);
        free(want);
        xmlFree(id);
        i++;
    }
    FUZZ_CHECK(i == cg_graph_vertex_count(g), "%zu nodes", i);
    FUZZ_CHECK(nedges == cg_graph_edge_count(g), "%zu edges", nedges);
    xmlFreeDoc(doc);
    free(buf);
}

static void check_json(const cg_graph *g)
{
    size_t len;
    char *buf = write_mem(g, CG_FMT_JSON, 0, &len);
    json_error_t je;
    json_t *o = json_loadb(buf, len, 0, &je);
    FUZZ_CHECK(o != NULL, "JSON does not parse: %s", je.text);
    json_t *nodes = json_object_get(o, "nodes"), *links = json_object_get(o, "links");
    FUZZ_CHECK(json_array_size(nodes) == cg_graph_vertex_count(g), "nodes");
    FUZZ_CHECK(json_array_size(links) == cg_graph_edge_count(g), "links");
    for (size_t i = 0; i < json_array_size(nodes); i++) {
        cg_vertex_view v;
        cg_graph_vertex(g, i, &v);
        const char *id = json_string_value(json_object_get(json_array_get(nodes, i), "id"));
        FUZZ_CHECK(id && !strcmp(id, v.id), "JSON node %zu id", i);
    }
    json_decref(o);
    free(buf);
}

static void check_dot(const cg_graph *g)
{
    size_t len;
    char *buf = write_mem(g, CG_FMT_DOT, 0, &len);
    Agraph_t *dg = agmemread(buf);
    FUZZ_CHECK(dg != NULL, "DOT does not parse:\n%s", buf);
    for (size_t i = 0; i < cg_graph_vertex_count(g); i++) {
        cg_vertex_view v;
        cg_graph_vertex(g, i, &v);
        char *want = dot_expect(v.id);
        /* Graphviz 2.43 takes any name starting with '%' for an anonymous
         * object and renames it "%N" (a format limit, reported). */
        if (want[0] != '%')
            FUZZ_CHECK(agnode(dg, want, 0) != NULL, "DOT lost vertex '%s'", want);
        free(want);
    }
    FUZZ_CHECK((size_t)agnedges(dg) == cg_graph_edge_count(g), "DOT has %d edges, not %zu",
               agnedges(dg), cg_graph_edge_count(g));
    agclose(dg);
    free(buf);
}

static void check_gml(const cg_graph *g)
{
    size_t len;
    char *buf = write_mem(g, CG_FMT_GML, 0, &len);
    for (size_t i = 0; i < len; i++)
        FUZZ_CHECK((unsigned char)buf[i] < 0x80 && (buf[i] >= 0x20 || buf[i] == '\n'),
                   "GML byte %zu is 0x%02x", i, (unsigned char)buf[i]);
    FILE *f = fmemopen(buf, len, "r");
    igraph_t ig;
    igraph_error_handler_t *old = igraph_set_error_handler(igraph_error_handler_ignore);
    igraph_warning_handler_t *oldw = igraph_set_warning_handler(igraph_warning_handler_ignore);
    igraph_error_t rc = igraph_read_graph_gml(&ig, f);
    igraph_set_error_handler(old);
    igraph_set_warning_handler(oldw);
    fclose(f);
    FUZZ_CHECK(rc == IGRAPH_SUCCESS, "igraph cannot read the GML:\n%s", buf);
    FUZZ_CHECK((size_t)igraph_vcount(&ig) == cg_graph_vertex_count(g), "GML vertices");
    FUZZ_CHECK((size_t)igraph_ecount(&ig) == cg_graph_edge_count(g), "GML edges");
    igraph_destroy(&ig);
    free(buf);
}

/* Number of RFC 4180 records and checks each has nf fields. */
static void check_csv(const char *buf, size_t len, size_t nf, size_t want_records)
{
    size_t fields = 1, records = 0, i = 0;
    int inq = 0, atstart = 1;
    while (i < len) {
        char c = buf[i++];
        if (inq) {
            if (c == '"') {
                if (i < len && buf[i] == '"')
                    i++;
                else
                    inq = 0;
            }
            continue;
        }
        if (c == '"') {
            FUZZ_CHECK(atstart, "quote inside an unquoted CSV field at %zu", i - 1);
            inq = 1;
            atstart = 0;
        } else if (c == ',') {
            fields++;
            atstart = 1;
        } else if (c == '\n') {
            FUZZ_CHECK(fields == nf, "CSV record %zu has %zu fields, not %zu", records, fields, nf);
            records++;
            fields = 1;
            atstart = 1;
        } else {
            FUZZ_CHECK(c != '\r', "bare CR in CSV");
            atstart = 0;
        }
    }
    FUZZ_CHECK(!inq && fields == 1, "CSV ends inside a record");
    FUZZ_CHECK(records == want_records, "%zu CSV records, not %zu", records, want_records);
}

static int ival(const char *ctl, size_t k)
{
    size_t n = strlen(ctl);
    return k < n ? (int)(unsigned char)ctl[k] - 2 : -1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    fuzz_strings fs = fuzz_split(data, size, 200);
    cg_graph *g = cg_graph_new(fs.s[0][0] & 1 ? CG_GRAN_INSTRUMENT : CG_GRAN_ARTICLE);
    size_t k = 1;
    while (k + 9 <= fs.n) {
        const char *ctl = fs.s[k];
        char **s = fs.s + k + 1;
        k += 9;
        if (!*ctl)
            break;
        if (!(ctl[0] & 1)) {
            cg_graph_doc d = {s[0], s[1], s[2],         s[3],         s[4],        s[5],
                              s[6], s[7], ival(ctl, 1), ival(ctl, 2), ival(ctl, 3)};
            cg_graph_add_doc(g, &d, NULL);
        } else {
            cg_graph_cite c = {s[0], s[1], s[2], s[3], s[4], (ctl[0] & 2) ? s[5] : NULL,
                               s[6], s[7]};
            cg_graph_add_cite(g, &c, NULL);
        }
    }
    cg_error err;
    FUZZ_CHECK(cg_graph_build(g, &err) == 0, "build: %s", err.msg);

    xmlSetGenericErrorFunc(NULL, ignore_xml_errors);
    agseterrf(agerr_quiet);
    check_graphml(g);
    check_json(g);
    check_dot(g);
    check_gml(g);
    size_t len;
    char *csv = write_mem(g, CG_FMT_CSV, 0, &len);
    check_csv(csv, len, 15, cg_graph_vertex_count(g) + 1);
    free(csv);
    csv = write_mem(g, CG_FMT_CSV, 1, &len);
    check_csv(csv, len, 6, cg_graph_edge_count(g) + 1);
    free(csv);

    cg_top_row *rows = NULL;
    size_t nrows = 0;
    cg_top_options to = {0, (cg_rank_by)(fs.s[0][0] >> 1 & 3), NULL, NULL, 0, 0};
    FUZZ_CHECK(cg_graph_top(g, &to, &rows, &nrows, &err) == 0, "top: %s", err.msg);
    g_free(rows);
    cg_check_row *cr = NULL;
    FUZZ_CHECK(cg_graph_check(g, &cr, &nrows, &err) == 0, "check: %s", err.msg);
    g_free(cr);
    if (cg_graph_vertex_count(g)) {
        cg_vertex_view v;
        cg_graph_vertex(g, 0, &v);
        cg_lineage_options lo = {CG_DIR_BOTH, 0, NULL, 0, 0, 0};
        cg_graph *sub = NULL;
        FUZZ_CHECK(cg_graph_lineage(g, v.id, &lo, &sub, &err) == 0, "lineage: %s", err.msg);
        check_graphml(sub);
        cg_graph_free(sub);
        const char *phrases[] = {fs.s[fs.n - 1], NULL};
        size_t *idx = NULL, n = 0;
        FUZZ_CHECK(cg_graph_series(g, phrases, &idx, &n, &err) == 0, "series: %s", err.msg);
        g_free(idx);
    }
    cg_graph_free(g);
    fuzz_strings_free(&fs);
    return 0;
}
