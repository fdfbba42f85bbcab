/*
 * write_dot.c - plain DOT export (no layout, no styling: render/ does that).
 * Every id and string is quoted; inside, " and \ are backslash-escaped, a
 * newline becomes \n, and other control characters are dropped so that no
 * value can close the string or the statement early.
 */
#include "graph_internal.h"

static void dot_q(FILE *out, const char *s)
{
    fputc('"', out);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\') {
            fputc('\\', out);
            fputc(*p, out);
        } else if (*p == '\n') {
            fputs("\\n", out);
        } else if (*p >= 0x20 || *p == '\t') {
            fputc(*p, out);
        }
    }
    fputc('"', out);
}

static void dot_attr(FILE *out, int *first, const char *key, const char *val)
{
    if (!*val)
        return;
    fputs(*first ? " [" : ", ", out);
    *first = 0;
    fprintf(out, "%s=", key);
    dot_q(out, val);
}

static void dot_int(FILE *out, int *first, const char *key, int val, int unknown)
{
    if (val == unknown)
        return;
    fputs(*first ? " [" : ", ", out);
    *first = 0;
    fprintf(out, "%s=%d", key, val);
}

int cg_graph__write_dot(const cg_graph *g, FILE *out, cg_error *err)
{
    fputs("digraph \"citegraph\" {\n", out);
    for (size_t i = 0; i < g->nv; i++) {
        const cg_vrec *v = &g->v[i];
        int first = 1;
        fputs("  ", out);
        dot_q(out, v->id);
        dot_attr(out, &first, "kind", v->kind);
        dot_attr(out, &first, "body", v->body);
        dot_attr(out, &first, "date", v->date);
        dot_int(out, &first, "year", v->year, 0);
        dot_attr(out, &first, "title", v->title);
        dot_attr(out, &first, "languages", v->languages);
        dot_attr(out, &first, "session", v->session);
        dot_attr(out, &first, "file", v->file);
        dot_int(out, &first, "in_corpus", v->in_corpus, -1);
        dot_int(out, &first, "vote_yes", v->vote_yes, -1);
        dot_int(out, &first, "vote_no", v->vote_no, -1);
        dot_int(out, &first, "vote_abstain", v->vote_abstain, -1);
        dot_int(out, &first, "cited_by_docs", v->cited_by_docs, -1);
        dot_int(out, &first, "mentions", v->mentions, -1);
        fputs(first ? ";\n" : "];\n", out);
    }
    for (size_t j = 0; j < g->ne; j++) {
        const cg_erec *e = &g->e[j];
        int first = 1;
        fputs("  ", out);
        dot_q(out, g->v[e->from].id);
        fputs(" -> ", out);
        dot_q(out, g->v[e->to].id);
        dot_attr(out, &first, "type", cg_graph__edge_type[e->partof]);
        dot_int(out, &first, "mentions", e->mentions, -1);
        dot_attr(out, &first, "relations", e->relations);
        dot_attr(out, &first, "locations", e->locations);
        fputs("];\n", out);
    }
    fputs("}\n", out);
    return cg_graph__stream_status(out, "DOT", err);
}
