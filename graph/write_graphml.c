/*
 * write_graphml.c - GraphML export, written by hand so the bytes and the
 * escaping are ours: every vertex and edge attribute as a typed <key>;
 * unknown values (empty strings, year 0, votes -1) are left out, which
 * GraphML readers take as "no value".
 */
#include "graph_internal.h"

#include <string.h>

/* Writes s as XML character data / attribute value: & < > " escaped, CR,
 * tab and newline as character references (raw ones would be normalised
 * away), and the characters XML 1.0 forbids (other C0 controls, U+FFFE,
 * U+FFFF) dropped. s is valid UTF-8 (cleaned on input). */
static void xml_text(FILE *out, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        unsigned char c = *p;
        if (c == '&')
            fputs("&amp;", out);
        else if (c == '<')
            fputs("&lt;", out);
        else if (c == '>')
            fputs("&gt;", out);
        else if (c == '"')
            fputs("&quot;", out);
        else if (c == '\r')
            fputs("&#13;", out);
        /* Raw tab and newline in an attribute (node ids, edge ends) read
         * back as spaces (XML attribute-value normalisation), so "x\ty"
         * and "x y" would become one id: write them as references. */
        else if (c == '\t')
            fputs("&#9;", out);
        else if (c == '\n')
            fputs("&#10;", out);
        else if (c < 0x20)
            continue;
        else if (c == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF))
            p += 2;
        else
            fputc(c, out);
    }
}

static void data_str(FILE *out, const char *key, const char *val)
{
    if (!*val)
        return;
    fprintf(out, "      <data key=\"%s\">", key);
    xml_text(out, val);
    fputs("</data>\n", out);
}

static void data_int(FILE *out, const char *key, int val, int unknown)
{
    if (val != unknown)
        fprintf(out, "      <data key=\"%s\">%d</data>\n", key, val);
}

static const char *const node_keys[][2] = {
    {"id",            "string" },
    {"kind",          "string" },
    {"body",          "string" },
    {"date",          "string" },
    {"year",          "int"    },
    {"title",         "string" },
    {"languages",     "string" },
    {"session",       "string" },
    {"file",          "string" },
    {"in_corpus",     "boolean"},
    {"vote_yes",      "int"    },
    {"vote_no",       "int"    },
    {"vote_abstain",  "int"    },
    {"cited_by_docs", "int"    },
    {"mentions",      "int"    },
};

static const char *const edge_keys[][2] = {
    {"type",      "string"},
    {"mentions",  "int"   },
    {"relations", "string"},
    {"locations", "string"},
};

int cg_graph__write_graphml(const cg_graph *g, FILE *out, cg_error *err)
{
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
          "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
          "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
          "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
          out);
    /* Key ids carry a v_/e_ prefix: "mentions" exists on both sides. */
    for (size_t k = 0; k < sizeof node_keys / sizeof node_keys[0]; k++)
        fprintf(out, "  <key id=\"v_%s\" for=\"node\" attr.name=\"%s\" attr.type=\"%s\"/>\n",
                node_keys[k][0], node_keys[k][0], node_keys[k][1]);
    for (size_t k = 0; k < sizeof edge_keys / sizeof edge_keys[0]; k++)
        fprintf(out, "  <key id=\"e_%s\" for=\"edge\" attr.name=\"%s\" attr.type=\"%s\"/>\n",
                edge_keys[k][0], edge_keys[k][0], edge_keys[k][1]);
    fputs("  <graph id=\"citegraph\" edgedefault=\"directed\">\n", out);
    for (size_t i = 0; i < g->nv; i++) {
        const cg_vrec *v = &g->v[i];
        fputs("    <node id=\"", out);
        xml_text(out, v->id);
        fputs("\">\n", out);
        data_str(out, "v_id", v->id);
        data_str(out, "v_kind", v->kind);
        data_str(out, "v_body", v->body);
        data_str(out, "v_date", v->date);
        data_int(out, "v_year", v->year, 0);
        data_str(out, "v_title", v->title);
        data_str(out, "v_languages", v->languages);
        data_str(out, "v_session", v->session);
        data_str(out, "v_file", v->file);
        data_str(out, "v_in_corpus", v->in_corpus ? "true" : "false");
        data_int(out, "v_vote_yes", v->vote_yes, -1);
        data_int(out, "v_vote_no", v->vote_no, -1);
        data_int(out, "v_vote_abstain", v->vote_abstain, -1);
        data_int(out, "v_cited_by_docs", v->cited_by_docs, -1);
        data_int(out, "v_mentions", v->mentions, -1);
        fputs("    </node>\n", out);
    }
    for (size_t j = 0; j < g->ne; j++) {
        const cg_erec *e = &g->e[j];
        fputs("    <edge source=\"", out);
        xml_text(out, g->v[e->from].id);
        fputs("\" target=\"", out);
        xml_text(out, g->v[e->to].id);
        fputs("\">\n", out);
        data_str(out, "e_type", cg_graph__edge_type[e->partof]);
        data_int(out, "e_mentions", e->mentions, -1);
        data_str(out, "e_relations", e->relations);
        data_str(out, "e_locations", e->locations);
        fputs("    </edge>\n", out);
    }
    fputs("  </graph>\n</graphml>\n", out);
    return cg_graph__stream_status(out, "GraphML", err);
}
