/*
 * test_graph_export.c - graph stage exports: every format written to a file
 * and read back by a real reader (xmllint, networkx, jansson, Python's csv,
 * Graphviz cgraph), byte-identical output whatever the insertion order, and
 * hostile titles and ids that must not break out of their quoting.
 */
#include <graphviz/cgraph.h>
#include <jansson.h>
#include <unistd.h>

#include "test_graph_fixture.h"

static char dir[] = "/tmp/cg_graph_export_XXXXXX";

static const char *path_of(const char *name)
{
    static char buf[8][256];
    static int k;
    k = (k + 1) % 8;
    snprintf(buf[k], sizeof buf[k], "%s/%s", dir, name);
    return buf[k];
}

static void write_file(const cg_graph *g, int fmt, const char *path)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        FAIL("cannot open %s", path);
    cg_error err = {0};
    int rc = fmt < 0 ? cg_graph_write_csv_edges(g, f, &err)
                     : cg_graph_write(g, (cg_graph_format)fmt, f, &err);
    fclose(f);
    if (rc)
        FAIL("writing %s: %d %s", path, rc, err.msg);
}

static size_t count(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle))
        n++;
    return n;
}

/* Runs cmd, returns its stdout (trailing newline cut) in a static buffer;
 * FAILs when it exits non-zero. */
static const char *run(const char *cmd)
{
    static char out[4096];
    FILE *p = popen(cmd, "r");
    if (!p)
        FAIL("popen %s", cmd);
    size_t n = fread(out, 1, sizeof out - 1, p);
    out[n] = '\0';
    int st = pclose(p);
    if (st != 0)
        FAIL("command failed (%d): %s\n%s", st, cmd, out);
    while (n > 0 && out[n - 1] == '\n')
        out[--n] = '\0';
    return out;
}

static const char *hex(const char *s)
{
    static char buf[1024];
    size_t o = 0;
    for (; *s && o + 3 < sizeof buf; s++)
        o += (size_t)snprintf(buf + o, sizeof buf - o, "%02x", (unsigned char)*s);
    buf[o] = '\0';
    return buf;
}

#define PY "python3 -c "
/* Prints "nodes edges" of a networkx graph read by `reader`. */
#define NX_COUNT(reader)                                \
    PY "'import sys, json, networkx as nx; g = " reader \
       "; print(g.number_of_nodes(), g.number_of_edges())' "
#define NX_GRAPHML "nx.read_graphml(sys.argv[1])"
#define NX_GML     "nx.read_gml(sys.argv[1], label=\"id\")"
#define NX_JSON    "nx.node_link_graph(json.load(open(sys.argv[1])), edges=\"links\")"

static void check_cmd(const char *what, const char *expected, const char *cmd_head,
                      const char *path)
{
    char cmd[2048];
    snprintf(cmd, sizeof cmd, "%s '%s' 2>&1", cmd_head, path);
    CHECK_STR(what, run(cmd), expected);
}

static void dot_counts(const char *path, int nodes, int edges)
{
    FILE *f = fopen(path, "r");
    if (!f)
        FAIL("cannot read %s", path);
    Agraph_t *g = agread(f, NULL);
    fclose(f);
    if (!g)
        FAIL("cgraph cannot parse %s", path);
    CHECK_INT("DOT nodes (cgraph)", agnnodes(g), nodes);
    CHECK_INT("DOT edges (cgraph)", agnedges(g), edges);
    agclose(g);
}

static void test_seed_formats(void)
{
    puts("-- seed exports");
    cg_graph *g = seed_graph(CG_GRAN_ARTICLE, 0);
    cg_graph *r = seed_graph(CG_GRAN_ARTICLE, 1);
    static const char *const names[] = {"seed.graphml", "seed.gml", "seed.json",
                                        "seed.csv",     "seed.dot", "seed_edges.csv"};
    static const char *const rnames[] = {"rev.graphml", "rev.gml", "rev.json",
                                         "rev.csv",     "rev.dot", "rev_edges.csv"};
    for (int f = 0; f < 6; f++) {
        int fmt = f == 5 ? -1 : f;
        write_file(g, fmt, path_of(names[f]));
        write_file(r, fmt, path_of(rnames[f]));
        char *a = slurp(path_of(names[f]), NULL), *b = slurp(path_of(rnames[f]), NULL);
        char what[64];
        snprintf(what, sizeof what, "%s identical in reverse insertion order", names[f]);
        CHECK_INT(what, strcmp(a, b) == 0, 1);
        free(a);
        free(b);
    }
    cg_graph_free(r);

    char *s = slurp(path_of("seed.graphml"), NULL);
    CHECK_INT("GraphML <node", count(s, "<node "), 17);
    CHECK_INT("GraphML <edge", count(s, "<edge "), 16);
    CHECK_INT("GraphML <key", count(s, "<key "), 19);
    free(s);
    check_cmd("GraphML xmllint", "", "xmllint --noout", path_of("seed.graphml"));
    check_cmd("GraphML networkx", "17 16", NX_COUNT(NX_GRAPHML), path_of("seed.graphml"));
    check_cmd("GraphML typed attributes", "2 1945-06-26 True cites",
              PY "'import sys, networkx as nx; g = nx.read_graphml(sys.argv[1]); "
                 "v = g.nodes[\"UN-CHARTER\"]; d = g.nodes[\"A/HRC/RES/23/12\"]; "
                 "print(v[\"mentions\"] + 0, v[\"date\"], d[\"in_corpus\"], "
                 "g.edges[\"A/HRC/RES/23/12\", \"UN-CHARTER\"][\"type\"])'",
              path_of("seed.graphml"));

    check_cmd("GML networkx", "17 16", NX_COUNT(NX_GML), path_of("seed.gml"));
    check_cmd("GML label of vertex 16", "UN-CHARTER 2",
              PY "'import sys, networkx as nx; g = nx.read_gml(sys.argv[1], label=\"id\"); "
                 "print(g.nodes[16][\"label\"], g.nodes[16][\"mentions\"])'",
              path_of("seed.gml"));

    json_error_t je;
    json_t *j = json_load_file(path_of("seed.json"), 0, &je);
    if (!j)
        FAIL("jansson: %s at line %d", je.text, je.line);
    CHECK_INT("JSON nodes", json_array_size(json_object_get(j, "nodes")), 17);
    CHECK_INT("JSON links", json_array_size(json_object_get(j, "links")), 16);
    CHECK_INT("JSON directed", json_is_true(json_object_get(j, "directed")), 1);
    json_t *n0 = json_array_get(json_object_get(j, "nodes"), 0);
    CHECK_STR("JSON nodes[0].id", json_string_value(json_object_get(n0, "id")), "A/HRC/23/2");
    CHECK_INT("JSON nodes[0].date is null", json_is_null(json_object_get(n0, "date")), 1);
    json_t *l0 = json_array_get(json_object_get(j, "links"), 0);
    CHECK_STR("JSON links[0].source", json_string_value(json_object_get(l0, "source")),
              "A/HRC/RES/23/12");
    json_decref(j);
    check_cmd("JSON networkx", "17 16", NX_COUNT(NX_JSON), path_of("seed.json"));

    s = slurp(path_of("seed.csv"), NULL);
    CHECK_INT("CSV node lines", count(s, "\n"), 18);
    static const char nhead[] = "id,kind,body,date,year,title,languages,session,file,"
                                "in_corpus,vote_yes,vote_no,vote_abstain,cited_by_docs,"
                                "mentions\n";
    CHECK_INT("CSV node header", strncmp(s, nhead, sizeof nhead - 1) == 0, 1);
    CHECK_INT(
        "CSV seed row",
        strstr(s, "\nA/HRC/RES/23/12,resolution,HRC,2013-06-13,2013,Human rights and "
                  "international solidarity,\"en,zh\",23,A_HRC_RES_23_12_en.txt,1,32,15,0,0,0\n") !=
            NULL,
        1);
    free(s);
    s = slurp(path_of("seed_edges.csv"), NULL);
    CHECK_INT("CSV edge lines", count(s, "\n"), 17);
    static const char ehead[] = "source,target,type,mentions,relations,locations\n";
    CHECK_INT("CSV edge header", strncmp(s, ehead, sizeof ehead - 1) == 0, 1);
    CHECK_INT("CSV charter edge",
              strstr(s, "\nA/HRC/RES/23/12,UN-CHARTER,cites,2,\"guided-by,reaffirm\","
                        "\"operative:1,preamble:1\"\n") != NULL,
              1);
    CHECK_INT("CSV part-of edge", strstr(s, "\nDRD art. 4,DRD,part-of,0,,\n") != NULL, 1);
    free(s);

    s = slurp(path_of("seed.dot"), NULL);
    CHECK_INT("DOT ->", count(s, " -> "), 16);
    free(s);
    dot_counts(path_of("seed.dot"), 17, 16);

    CHECK_INT("format_parse graphml", cg_graph_format_parse("graphml"), CG_FMT_GRAPHML);
    CHECK_INT("format_parse dot", cg_graph_format_parse("dot"), CG_FMT_DOT);
    CHECK_INT("format_parse svg", cg_graph_format_parse("svg"), -1);
    cg_error err = {0};
    CHECK_INT("write unknown format", cg_graph_write(g, (cg_graph_format)42, stdout, &err), EINVAL);
    cg_graph_free(g);
}

/* Title with everything that breaks naive writers; \x01 is not allowed in
 * XML and is dropped there, kept elsewhere. */
static const char HOSTILE[] =
    "He said \"hi\" \\ <script>alert(1)</script> & more\nline2 ]]> \x01 end, ok";
static const char HOSTILE_XML[] =
    "He said \"hi\" \\ <script>alert(1)</script> & more\nline2 ]]>  end, ok";
static const char HOSTILE_ID[] = "X/<&\">/1\\";

static void test_hostile(void)
{
    puts("-- hostile titles and ids");
    cg_graph *g = cg_graph_new(CG_GRAN_ARTICLE);
    cg_graph_doc d = {.id = HOSTILE_ID,
                      .title = HOSTILE,
                      .date = "2013-01-01",
                      .vote_yes = -1,
                      .vote_no = -1,
                      .vote_abstain = -1};
    CHECK_RC(cg_graph_add_doc(g, &d, &err_));
    cg_graph_cite c = {.from = HOSTILE_ID,
                       .to = "A/HRC/RES/6/3",
                       .relation = "re\"call",
                       .location = "pre\namble"};
    CHECK_RC(cg_graph_add_cite(g, &c, &err_));
    CHECK_RC(cg_graph_build(g, &err_));

    write_file(g, CG_FMT_GRAPHML, path_of("h.graphml"));
    char *s = slurp(path_of("h.graphml"), NULL);
    CHECK_INT("GraphML has no raw <script>", count(s, "<script>"), 0);
    CHECK_INT("GraphML has no raw 0x01", count(s, "\x01"), 0);
    free(s);
    check_cmd("hostile GraphML xmllint", "", "xmllint --noout", path_of("h.graphml"));
    check_cmd("hostile GraphML networkx", "2 1", NX_COUNT(NX_GRAPHML), path_of("h.graphml"));
    char expect[2048];
    snprintf(expect, sizeof expect, "%s ", hex(HOSTILE_ID));
    snprintf(expect + strlen(expect), sizeof expect - strlen(expect), "%s", hex(HOSTILE_XML));
    check_cmd("hostile GraphML round trip (id, title)", expect,
              PY "'import sys, networkx as nx; g = nx.read_graphml(sys.argv[1]); "
                 "n = [n for n in g if \"title\" in g.nodes[n]][0]; "
                 "print(n.encode().hex(), g.nodes[n][\"title\"].encode().hex())'",
              path_of("h.graphml"));

    write_file(g, CG_FMT_GML, path_of("h.gml"));
    s = slurp(path_of("h.gml"), NULL);
    int ascii = 1;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        ascii &= *p < 0x80 && (*p >= 0x20 || *p == '\n');
    CHECK_INT("GML is printable ASCII", ascii, 1);
    free(s);
    snprintf(expect, sizeof expect, "%s ", hex(HOSTILE_ID));
    snprintf(expect + strlen(expect), sizeof expect - strlen(expect), "%s", hex(HOSTILE));
    check_cmd("hostile GML round trip (label, title)", expect,
              PY "'import sys, networkx as nx; g = nx.read_gml(sys.argv[1], label=\"id\"); "
                 "v = [v for v in g.nodes.values() if \"title\" in v][0]; "
                 "print(v[\"label\"].encode().hex(), v[\"title\"].encode().hex())'",
              path_of("h.gml"));

    write_file(g, CG_FMT_JSON, path_of("h.json"));
    json_error_t je;
    json_t *j = json_load_file(path_of("h.json"), 0, &je);
    if (!j)
        FAIL("jansson: %s at line %d", je.text, je.line);
    json_t *n1 = json_array_get(json_object_get(j, "nodes"), 1);
    CHECK_STR("hostile JSON id", json_string_value(json_object_get(n1, "id")), HOSTILE_ID);
    CHECK_STR("hostile JSON title", json_string_value(json_object_get(n1, "title")), HOSTILE);
    json_decref(j);
    check_cmd("hostile JSON networkx", "2 1", NX_COUNT(NX_JSON), path_of("h.json"));

    write_file(g, CG_FMT_CSV, path_of("h.csv"));
    write_file(g, -1, path_of("h_edges.csv"));
    snprintf(expect, sizeof expect, "3 %s ", hex(HOSTILE_ID));
    snprintf(expect + strlen(expect), sizeof expect - strlen(expect), "%s", hex(HOSTILE));
    check_cmd("hostile CSV round trip (rows, id, title)", expect,
              PY "'import sys, csv; r = list(csv.reader(open(sys.argv[1], newline=\"\"))); "
                 "print(len(r), r[2][0].encode().hex(), r[2][5].encode().hex())'",
              path_of("h.csv"));
    check_cmd("hostile CSV edges (rows, relations, locations)", "2 re\"call pre|amble",
              PY "'import sys, csv; r = list(csv.reader(open(sys.argv[1], newline=\"\"))); "
                 "print(len(r), r[1][4], r[1][5].replace(\"\\n\", \"|\"))'",
              path_of("h_edges.csv"));

    write_file(g, CG_FMT_DOT, path_of("h.dot"));
    dot_counts(path_of("h.dot"), 2, 1);
    cg_graph_free(g);
}

/* Runs at exit, so a failing check leaves no files behind either. */
static void cleanup(void)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "cannot remove %s\n", dir);
}

int main(void)
{
    if (!mkdtemp(dir))
        FAIL("mkdtemp");
    atexit(cleanup);
    test_seed_formats();
    test_hostile();
    puts("all graph export tests passed");
    return 0;
}
