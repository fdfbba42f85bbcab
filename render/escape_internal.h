/*
 * escape_internal.h - text for Graphviz's strings.
 *
 * Every string that reaches cgraph goes through one of these first. Both
 * sanitise the text as common/text.h says (broken UTF-8, controls, bidi
 * overrides), then undo what Graphviz (2.43, and later versions alike) does
 * to such strings before they reach the SVG:
 *   HTML-like label text: XML entities decoded, then \N \G \E \T \H \L
 *     expanded and "\\\\" collapsed to "\\" (strdup_and_subst_obj);
 *   tooltip: entities decoded, then "\\n" "\\l" "\\r" made line breaks
 *     and any other "\\x" turned into "x" (interpretCRNL), then the
 *     expansion above. A literal backslash therefore needs two backslashes
 *     in a label and four in a tooltip.
 */
#ifndef CG_RENDER_ESCAPE_INTERNAL_H
#define CG_RENDER_ESCAPE_INTERNAL_H

#include <glib.h>

/* Appends text for the inside of a Graphviz HTML-like label (<...>): XML
 * special characters become entities, '\\' becomes "\\\\". */
void cg_escape_html_into_(GString *b, const char *s);

/* Appends text for a Graphviz tooltip: '\\' becomes four backslashes, '&'
 * "&amp;" and '<' "&lt;" (decoded again before the SVG is written, where
 * they are re-escaped). Backslash runs are always even, which also keeps
 * the value safe in DOT: agwrite() escapes only '"', and the DOT lexer
 * reads "\\\\" as a pair, so an odd run before a quote or at the end would
 * break the file. With no '<' the value can never be mistaken for an
 * HTML-like label (see build_dot.c). */
void cg_escape_text_into_(GString *b, const char *s);

#endif
