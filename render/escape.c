/*
 * escape.c - text for Graphviz's strings (see escape_internal.h for the
 * rules and why).
 */
#include "escape_internal.h"

#include "common/text.h"

static void emit_html(GString *b, char c)
{
    switch (c) {
    case '\\': g_string_append(b, "\\\\"); break;
    case '&': g_string_append(b, "&amp;"); break;
    case '<': g_string_append(b, "&lt;"); break;
    case '>': g_string_append(b, "&gt;"); break;
    case '"': g_string_append(b, "&quot;"); break;
    case '\'': g_string_append(b, "&#39;"); break;
    default: g_string_append_c(b, c); break;
    }
}

static void emit_text(GString *b, char c)
{
    if (c == '\\')
        g_string_append(b, "\\\\\\\\");
    else if (c == '&')
        g_string_append(b, "&amp;");
    else if (c == '<')
        g_string_append(b, "&lt;");
    else
        g_string_append_c(b, c);
}

void cg_escape_html_into_(GString *b, const char *s)
{
    cg_text_sanitise(b, s, -1, "", emit_html);
}

void cg_escape_text_into_(GString *b, const char *s)
{
    cg_text_sanitise(b, s, -1, "", emit_text);
}
