/*
 * identity.h - who a document is: its own symbol and the identity fields of
 * cg_docmeta (body, session, agenda item, title, adoption date, meeting) and
 * the byte ranges of the text that only repeat that identity (skip ranges).
 * Internal to extract/; cg_docmeta_parse() calls it.
 *
 * Where the symbol comes from, most trusted first:
 *   header   a masthead line "United Nations S/RES/1454 (2002)" /
 *            "A/HRC/RES/23/12" (also spaced: "A /HRC/RES/ 35/3"), or a
 *            Security Council heading in any language ("RESOLUTION 837
 *            (1993)", "Résolution 1518 (2003)", "Резолюция 1518 (2003),
 *            принятая ...", "第1518(2003)号决议", "القرار 1518 (2003)",
 *            "38 (1948). Resolution of 17 January 1948") in a text that is a
 *            Security Council one (the Council named in it, "S/Agenda");
 *   title    a numbered title "23/12. 人权与国际团结" (Arabic "23/12 - ...",
 *            spaced "5 3 / 5 .", "16/118 Postponement ..."), a heading
 *            "Resolution 6/2. Title", "Commission on Human Rights resolution
 *            2004/19", an old GA title "1654 (XVI). Title", read with the
 *            adopting body (the opening line "The General Assembly,", the
 *            adoption statement, the letterhead) and kind ("Decision
 *            adopted by ...");
 *   filename (idfile.c) S_RES_1454_2002_EN_GOLD.txt, E_CN.4_RES_2005_55.txt,
 *            A_HRC_RES_35_3-EN.pdf, A_HRC_RES_23_12.zh.txt.
 * A web page's text run into one line first gets its head's line breaks
 * back (relayout(): spaces become line breaks, offsets do not move).
 * The adoption date (date_source) comes from the head's adoption statement,
 * an old SC heading, "At its 48th meeting, on ..., the Council decided" or
 * the closing meeting line; the title (title_source) from the numbered
 * title line or a heading.
 * Only the head of the text (up to the line that opens the body, e.g.
 * "The Security Council,", "人权理事会，", and at most IDENTITY_HEAD_BYTES)
 * is searched for the symbol, so citations in the body are never taken for
 * the document's own symbol.
 */
#ifndef CG_IDENTITY_H
#define CG_IDENTITY_H

#include <stddef.h>

#include "docmeta.h"
#include "docwords.h"

#define IDENTITY_HEAD_BYTES 6000

/* Fills the identity fields of *m (symbol, symbol_source, body, session,
 * agenda_item, title, date, meeting, skip/n_skip) from the text, reading it
 * with the vocabulary of `words` (any language; NULL: the text is not read
 * and only the file name counts) and the numbering of `ref` (bodies.tsv;
 * may be NULL). m->lang is read (may be NULL) and set
 * from the file name when it was NULL and the name carries a language.
 * Fields already set are not overwritten except the symbol when a more
 * trusted source finds one. Returns 0, EINVAL when the patterns built from
 * `words` do not compile, or ENOMEM when PCRE2 cannot allocate its match
 * data. */
int cg_identity_parse(const char *text, size_t len, const char *filename, const cg_docwords *words,
                      const cg_refdata *ref, cg_docmeta *m, cg_error *err);

/* The symbol a file name implies: "S_RES_0038_1948_EN_GOLD.txt" ->
 * "S/RES/38(1948)", "A_HRC_RES_23_12.zh.txt" -> "A/HRC/RES/23/12" (leading
 * zeros of numbers dropped). *lang gets "zh" etc. when the name carries an
 * official language (a static string), else NULL. *symbol gets a new
 * string (g_free it), or NULL when the name is no symbol. */
void cg_identity_from_filename(const char *filename, char **symbol, const char **lang);

/* Canonical form of a symbol as printed: whitespace removed, and the number
 * of an "S/RES/0038 (1948)" without leading zeros. A new string: g_free
 * it. */
char *cg_identity_canonical(const char *s, size_t n);

#endif
