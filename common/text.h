/*
 * text.h - making untrusted text safe for each place it is written to.
 *
 * Titles, names and file names come from documents and folders and may hold
 * anything: markup, quotes, control bytes, broken UTF-8, bidi overrides.
 * Every writer (CSV, TSV, JSON, HTML, URLs, Graphviz, the terminal) goes
 * through one function here, so each rule is written once.
 *
 * The sanitising rule shared by the HTML and Graphviz writers:
 *   - invalid UTF-8 bytes and XML non-characters become U+FFFD, because the
 *     page or SVG must stay well-formed;
 *   - control characters (C0, DEL, C1) become spaces, except those the
 *     caller keeps (a <pre> keeps tab and newline);
 *   - bidi embedding/override/isolate controls (U+202A..U+202E,
 *     U+2066..U+2069) are dropped so a title cannot reorder the text that
 *     follows it (Arabic and Hebrew letters themselves are kept).
 *
 * Memory: GString appenders grow the caller's GString (GLib aborts when
 * memory runs out); FILE writers return nothing, callers check ferror()
 * once at the end.
 */
#ifndef CG_TEXT_H
#define CG_TEXT_H

#include <glib.h>
#include <stdio.h>

/* Writes one ASCII byte c (already sanitised) in a writer's own syntax. */
typedef void (*cg_ascii_fn)(GString *o, char c);

/* Appends s[0..len) (len < 0: up to the NUL) to o, sanitised as above;
 * ASCII bytes go through ascii, other characters are copied. keep lists
 * the control bytes that are not turned into spaces ("" for none). */
void cg_text_sanitise(GString *o, const char *s, gssize len, const char *keep, cg_ascii_fn ascii);

/* 1 when s is valid UTF-8 without control characters (C0, C1, bidi
 * controls) or XML non-characters: nothing sanitising would change. O(n). */
int cg_text_is_clean(const char *s);

/* HTML text or attribute value: & < > " ' become entities; tab and newline
 * are kept; otherwise sanitised as above. */
void cg_html_text(GString *o, const char *s, gssize len);

/* Percent-encodes everything in s but ASCII letters, digits and "-._~/()"
 * so that an id is one URL path, safe in any attribute. */
void cg_url_path(GString *o, const char *s);

/* 1 when a vertex of this kind and id has a page on undocs.org: UN
 * resolutions, decisions and documents (or a kind not given), whose ids are
 * UN symbols (with a '/'), not instruments ("ICESCR art. 2") or files
 * ("file:a/b.txt"). */
int cg_undocs_linkable(const char *kind, const char *id);

/* Appends the undocs.org address of id: https://undocs.org/[lang/]id,
 * lang omitted when NULL or empty. Both are percent-encoded. */
void cg_undocs_url(GString *o, const char *lang, const char *id);

/* A JSON string, quoted: quotes, backslashes and control characters
 * escaped; invalid UTF-8 repaired with U+FFFD so the line stays JSON. */
void cg_json_string(GString *o, const char *s);

/* An RFC 4180 CSV field: quoted when it holds a comma, a quote, CR or LF,
 * with quotes doubled. */
void cg_csv_field(FILE *out, const char *s);

/* A TSV field: TAB, LF, CR and backslash written as \t \n \r \\ so that
 * a field never breaks a row. */
void cg_tsv_field(FILE *out, const char *s);

/* Text for a terminal or a log line: control characters other than TAB
 * (an ESC sequence, a CR, C1 codes) are written as \xNN or \uNNNN so that
 * a hostile name cannot drive the terminal or forge a line. */
void cg_term_text(GString *o, const char *s);

#endif
