/*
 * escape_internal.h - turning untrusted text into safe Graphviz strings.
 *
 * Titles come from documents and may hold anything: quotes, backslashes,
 * markup, control bytes, broken UTF-8, bidi overrides. Every string that
 * reaches cgraph goes through one of these functions first. All of them
 * first sanitise the text the same way:
 *   - invalid UTF-8 bytes and XML non-characters become U+FFFD, because
 *     the SVG must stay well-formed and Graphviz warns on bad UTF-8;
 *   - control characters (C0, DEL, C1, including newlines) become spaces;
 *   - bidi embedding/override/isolate controls (U+202A..U+202E,
 *     U+2066..U+2069) are dropped so a title cannot reorder the text that
 *     follows it (Arabic and Hebrew letters themselves are kept).
 * Each returns a malloc'ed string (free() it), or NULL on out-of-memory.
 */
#ifndef CG_RENDER_ESCAPE_INTERNAL_H
#define CG_RENDER_ESCAPE_INTERNAL_H

#include "strbuf_internal.h"

/* 1 when s is valid UTF-8 without control characters (C0, C1, bidi
 * controls) or XML non-characters: nothing sanitising would change. O(n). */
int cg_text_is_clean_(const char *s);

/* What Graphviz (2.43, and later versions alike) does to these strings
 * before they reach the SVG, and so what the escaping must undo:
 *   HTML-like label text: XML entities decoded, then \N \G \E \T \H \L
 *     expanded and "\\\\" collapsed to "\\" (strdup_and_subst_obj);
 *   tooltip: entities decoded, then "\\n" "\\l" "\\r" made line breaks
 *     and any other "\\x" turned into "x" (interpretCRNL), then the
 *     expansion above. A literal backslash therefore needs two backslashes
 *     in a label and four in a tooltip. */

/* Text for the inside of a Graphviz HTML-like label (<...>): XML special
 * characters become entities, '\\' becomes "\\\\". */
char *cg_escape_html_(const char *s);
void cg_escape_html_into_(cg_strbuf *b, const char *s);

/* Text for a Graphviz tooltip: '\\' becomes four backslashes, '&'
 * "&amp;" and '<' "&lt;" (decoded again before the SVG is written, where
 * they are re-escaped). Backslash runs are always even, which also keeps
 * the value safe in DOT: agwrite() escapes only '"', and the DOT lexer
 * reads "\\\\" as a pair, so an odd run before a quote or at the end would
 * break the file. With no '<' the value can never be mistaken for an
 * HTML-like label (see build_dot.c). A newline is added as "\\n". */
char *cg_escape_text_(const char *s);
void cg_escape_text_into_(cg_strbuf *b, const char *s);

/* Percent-encodes everything in s but ASCII letters, digits and
 * "-._~/()" so an id becomes one URL path safe in any attribute. */
char *cg_escape_url_(const char *s);
void cg_escape_url_into_(cg_strbuf *b, const char *s);

#endif
