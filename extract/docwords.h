/*
 * docwords.h - the words that say what a document is (masthead, session,
 * agenda item, meeting, vote statements, number words, month and body
 * names), per language, loaded from corpus/data/ and read by identity.c and
 * votes.c. Internal to extract/.
 *
 * One table of (lang, key, text) rows made from three files (the last two
 * as refdata.c loaded them: each file is read once):
 *   doc-words.tsv    lang key text         (keys documented in its header)
 *   months.tsv       lang month form       -> key "month.<1..12>"
 *   body-names.tsv   codes lang name       -> key "body.<CODE>" (rows of one
 *                                             body only: generic "Council"
 *                                             and "@self" rows are skipped)
 * A key "k" in a template or lookup also covers every "k.<x>" key, so
 * "month" means all twelve months and "vote.yes" only its own rows.
 *
 * Usage:
 *     cg_docwords *w = cg_docwords_load("corpus/data", ref, &err);
 *     pcre2_code *const *rx;
 *     cg_docwords_compiled(w, CG_DW_IDENTITY, SRC, N, &rx, &err);
 *     ... match rx[i] from any thread ...
 *     cg_docwords_free(w);
 *
 * Ownership: the table owns every row, returned string and compiled
 * pattern; it is read-only after loading except for the compiled-pattern
 * cache, which is filled once under a lock, so one table may be shared by
 * all threads.
 */
#ifndef CG_DOCWORDS_H
#define CG_DOCWORDS_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stddef.h>

#include "common/cg_error.h"
#include "refdata.h"

typedef struct cg_docwords cg_docwords; /* opaque */

/* The pattern sets a table compiles for its readers. */
typedef enum cg_docwords_set {
    CG_DW_IDENTITY = 0,
    CG_DW_VOTES,
    CG_DW_ACTS,
    CG_DW_NSETS
} cg_docwords_set;

/* Loads doc-words.tsv from dir (corpus/data) and copies the month and body
 * names of ref (loaded from the same dir; ref may be freed afterwards).
 * Returns NULL and fills err (file and line) on a missing file or a
 * malformed row. Time: O(rows). */
cg_docwords *cg_docwords_load(const char *dir, const cg_refdata *ref, cg_error *err);
void cg_docwords_free(cg_docwords *w);

/* The key of a row whose text is text[0..len) (white space collapsed, case
 * folded, ’ read as '), among the rows of key `prefix` and its "prefix.x"
 * keys; *lang (may be NULL) gets that row's language. NULL when none.
 * Strings owned by w. Time: O(1) expected. */
const char *cg_docwords_key(const cg_docwords *w, const char *prefix, const char *text, size_t len,
                            const char **lang);

/* The number at the end of a key ("ord.23" -> 23, "month.6" -> 6), or -1. */
long cg_docwords_key_number(const char *key);

/* tmpl with every "@{key}" replaced by a non-capturing alternation of the
 * key's texts in all languages (longest first, metacharacters escaped,
 * spaces as \s+, ' as ['’]; written as a trie, alternation.h), or "(?!)"
 * when the key has no row. A new string (g_free it); NULL on an
 * unterminated "@{". */
char *cg_docwords_expand(const cg_docwords *w, const char *tmpl);
/* The same with the alternations unfactored: what they must match
 * (tests). */
char *cg_docwords_expand_flat(const cg_docwords *w, const char *tmpl);

/* The n patterns of `set`, expanded and compiled (cg_mrx_compile flags) on
 * the first call for this table and cached; later calls return the cached
 * array whatever tmpl says. Returns 0 with *out set, or EINVAL with err
 * filled (and the failure is cached too). */
int cg_docwords_compiled(const cg_docwords *w, cg_docwords_set set, const char *const *tmpl,
                         size_t n, pcre2_code *const **out, cg_error *err);

#endif
