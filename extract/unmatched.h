/*
 * unmatched.h - what looks like a resolution number but no citation claims:
 * the review of what the list grammar misses (check --unmatched), and the
 * warning for a text with such numbers and no citation at all.
 */
#ifndef CG_UNMATCHED_H
#define CG_UNMATCHED_H

#include <stddef.h>

#include "catalogue.h"

/* Counts the matches of lc's resnum rule in the normalised text[0..len)
 * that are not the document's own number (own_id, may be NULL).
 * Time: one scan of the text. */
size_t cg_count_resnum(const cg_lang_catalogue *lc, pcre2_match_context *mctx, pcre2_match_data *md,
                       const char *text, size_t len, const char *own_id);

#endif
