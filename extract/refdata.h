/*
 * refdata.h - the reference tables under corpus/data/, loaded once and then
 * read-only (safe to share between threads).
 *
 *   bodies.tsv            how each body numbers resolutions -> symbol template
 *   body-names.tsv        words naming a body, per language
 *   months.tsv            month names, per language
 *   verbs.tsv             clause verbs -> relation vocabulary, per language
 *   instruments.tsv       treaties and declarations: id, kind, date
 *   instrument-names.tsv  their names, aliases and back-reference nouns
 *
 * Lookups take text as matched in the normalised document (white space
 * collapsed) and compare case-insensitively.
 *
 * Ownership: every returned string is owned by the cg_refdata.
 */
#ifndef CG_REFDATA_H
#define CG_REFDATA_H

#include <stddef.h>

#include "common/cg_error.h"

typedef struct cg_refdata cg_refdata;

/* Text as the tables compare it: white space collapsed to single spaces
 * (none at the ends), typographic apostrophes made plain, case folded.
 * g_free() the result. */
char *cg_ref_fold(const char *text, size_t len);

/* Loads every table from dir (the corpus/data folder). Fails with the file
 * and line of the first malformed row. */
cg_refdata *cg_refdata_load(const char *dir, cg_error *err);
void cg_refdata_free(cg_refdata *r);

/* Symbol template for body code, scheme ("sn","yn","ny","nr") and kind
 * ("resolution","decision"), or NULL when the body does not number so.
 * first, when not NULL, is the number's first part ("6" of 6/3, "S-7" of
 * S-7/1, "1325" of 1325 (2000)): a regular first part outside the body's
 * range (bodies.tsv: no Human Rights Council session 64) gives NULL too. */
const char *cg_ref_body_template(const cg_refdata *r, const char *code, const char *scheme,
                                 const char *kind, const char *first);
/* 0 when body code adopted no resolution in year (bodies.tsv: years), or
 * its session numbered first (scheme sn) did not meet within a year of it
 * (bodies.tsv: session years; "60/251 of 15 March 2006" is no Human Rights
 * Council resolution: its 60th session met in 2025); 1 otherwise (an
 * unknown code included). first may be NULL. */
int cg_ref_body_year_ok(const cg_refdata *r, const char *code, const char *scheme,
                        const char *first, int year);
/* The one body that numbers so (scheme, kind, first part in its range),
 * or NULL when none or several do. */
const char *cg_ref_body_unique(const cg_refdata *r, const char *scheme, const char *kind,
                               const char *first);
/* The one body that numbers resolutions or decisions with scheme at all
 * (bodies.tsv: only the Security Council numbers N (YYYY)), or NULL when
 * none or several do. */
const char *cg_ref_scheme_body(const cg_refdata *r, const char *scheme);
/* Body code of a canonical symbol from its organ prefix: the longest of
 * the prefixes of bodies.tsv's templates before their RES/ or DEC/ part
 * ("A/HRC/…" -> "HRC", "E/CN.4/SUB.2/…" -> "SUBCOM", "A/…" -> "GA"),
 * compared without regard to ASCII case ("E/CN.4/Sub.2/"); "" when none
 * applies. Time: O(bodies). */
const char *cg_ref_symbol_body(const cg_refdata *r, const char *sym);
/* Codes of a body word ("HRC", "HRC|SC|ECOSOC", "@self"), or NULL. */
const char *cg_ref_body_codes(const cg_refdata *r, const char *lang, const char *text, size_t len);
/* Month number 1..12 of a month name, or 0. */
int cg_ref_month(const cg_refdata *r, const char *lang, const char *text, size_t len);
/* Relation of a clause verb ("reaffirm", ..., "modifier"), or NULL. */
const char *cg_ref_verb(const cg_refdata *r, const char *lang, const char *text, size_t len);
/* The Latin letter of the same rank as a subparagraph letter of lang
 * ("ب" -> "b", "в" -> "c"), or NULL (Latin letters map to themselves). */
const char *cg_ref_subpara_letter(const cg_refdata *r, const char *lang, const char *text,
                                  size_t len);
/* The value of an ordinal word that numbers a chapter (ordinals.tsv:
 * "السابع" is 7), or 0. */
int cg_ref_ordinal(const cg_refdata *r, const char *lang, const char *text, size_t len);
/* Where a clause verb opens paragraphs: "preamble" (participles such as
 * "Recalling"), "operative" ("Decides") or "any"; NULL when unknown. */
const char *cg_ref_verb_where(const cg_refdata *r, const char *lang, const char *text, size_t len);
/* Instrument id of a name or alias, or NULL. */
const char *cg_ref_instrument(const cg_refdata *r, const char *lang, const char *text, size_t len);
/* 1 when instrument id answers to the back-reference noun (e.g. "Covenant"
 * for ICESCR in English). */
int cg_ref_instrument_has_generic(const cg_refdata *r, const char *id, const char *lang,
                                  const char *text, size_t len);
/* The instrument a back-reference noun means even when none was named
 * before ("the Charter"; rows of type "implicit"), or NULL. */
const char *cg_ref_generic_unique(const cg_refdata *r, const char *lang, const char *text,
                                  size_t len);

/* The first name of body code (a row naming it alone) in lang, or NULL. */
const char *cg_ref_body_name(const cg_refdata *r, const char *code, const char *lang);

/* The rows of months.tsv (lang, month 1..12, name) and of body-names.tsv
 * (codes, lang, name) as loaded, in file order, for a reader that indexes
 * them its own way (docwords.c): the files are read once, here. */
typedef void (*cg_ref_row_fn)(const char *f0, const char *f1, const char *f2, void *user);
void cg_ref_each_month(const cg_refdata *r, cg_ref_row_fn fn, void *user);
void cg_ref_each_body_name(const cg_refdata *r, cg_ref_row_fn fn, void *user);

/* A regex alternation (non-capturing, longest names first, metacharacters
 * escaped, written as a trie: alternation.h) of every entry of `table` for lang: table is one of "body",
 * "month", "verb", "modifier", "instrument", "generic". g_free it; NULL when
 * the table has no entry for lang (callers then use a never-matching
 * pattern). */
char *cg_ref_alternation(const cg_refdata *r, const char *table, const char *lang);
/* The same unfactored (alternation.h): what it must match (tests). */
char *cg_ref_alternation_flat(const cg_refdata *r, const char *table, const char *lang);

#endif
