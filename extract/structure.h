/*
 * structure.h - where a citation stands: the paragraphs of a resolution.
 *
 * A resolution is a header, the body line ("The Security Council,",
 * "人权理事会，"), preambular paragraphs opened by a participle, operative
 * paragraphs opened by a number and a verb (with lettered subparagraphs),
 * the adoption lines, footnotes and annexes. PDF text breaks lines anywhere
 * and puts blank lines inside paragraphs, so paragraphs are found by how
 * they open (patterns "struct" in the catalogue), not by blank lines.
 *
 * Footnote bodies are paragraphs of their own, but they report the location
 * and clause verb of the paragraph that carries their marker ("...的报告；1"
 * -> footnote 1 belongs to operative paragraph 11).
 */
#ifndef CG_STRUCTURE_H
#define CG_STRUCTURE_H

#include <glib.h>
#include <stddef.h>

#include "catalogue.h"
#include "extract.h"
#include "refdata.h"

typedef struct cg_para {
    size_t start;         /* first byte (original offsets); a paragraph
                               ends where the next one starts */
    cg_part part;         /* header, preamble, operative, footnote, ... */
    const char *label;    /* its number as the text gives it: "3", "13(a)",
                               "*" ("" for header, annex, end, trailer);
                               as long as the match, in the chunk given */
    const char *relation; /* clause verb relation (static or refdata) */
    const char *footnote; /* marker, when this paragraph is a footnote;
                               else "" (in the chunk given) */
} cg_para;

/* Splits text into paragraphs (labels and markers interned in chunk, so
 * that a user's own structure patterns may match numbers of any length); a line that lies wholly inside one of the
 * n_hide [start, end) ranges (running headers, job numbers) counts as blank.
 * *out (g_free it) is sorted by start, and always has at least one paragraph
 * starting at 0. Returns 0, or ENOMEM when PCRE2 cannot allocate its match
 * data. Time: O(len) pattern matching over lines. */
int cg_structure_build(const char *text, size_t len, const cg_lang_catalogue *lc,
                       const cg_refdata *ref, const size_t (*hide)[2], size_t n_hide,
                       GStringChunk *chunk, cg_para **out, size_t *n);

/* Where the documents of a file that holds several begin (a printed
 * volume, texts run together): after a document's adoption lines (or the
 * trailer after them), a "heading" line ("Resolution 474 (1980)", a
 * masthead) opens the next document once its body line or first paragraph
 * follows; a heading with nothing of a document after it opens nothing.
 * paras are the whole text's (cg_structure_build): the full pass runs only
 * when a heading line stands after the first document's head. *out (g_free it) gets the
 * n starts, the first 0; a file of one document gives n = 1 and *out NULL.
 * Returns 0, or ENOMEM when PCRE2 cannot allocate its match data. */
int cg_structure_split(const char *text, size_t len, const cg_lang_catalogue *lc,
                       const cg_refdata *ref, const size_t (*hide)[2], size_t n_hide,
                       const cg_para *paras, size_t npara, size_t **out, size_t *n);

/* The paragraph holding original offset pos. */
const cg_para *cg_structure_find(const cg_para *p, size_t n, size_t pos);

#endif
