/*
 * votes.h - how a resolution was adopted: the recorded vote at its end
 * (counts and the lists of states) or "without a vote" / "unanimously".
 * Internal to extract/ (filled into cg_docmeta.vote by cg_docmeta_parse).
 *
 * Forms read:
 *   zh  "[经记录表决，以 32票对 15票、0票弃权获得通过。表决情况如下：
 *        赞成： 安哥拉、阿根廷、…  反对： …  弃权： …]"   and  "未经表决获得通过"
 *   en  "[Adopted by a recorded vote of 32 to 15, with 0 abstentions. The
 *        voting was as follows:  In favour: Angola, … Against: … Abstaining: …]"
 *       "[Adopted without a vote.]", "Adopted … by consensus"
 *   SC  "Adopted unanimously at the 2244th meeting.",
 *       "Adopted at the 39th meeting by 10 votes to none, with 1 abstention
 *        (Union of Soviet Socialist Republics)."
 * Lists are split at 、 (zh) or at commas outside parentheses (en:
 * "Venezuela (Bolivarian Republic of)"); line breaks and blank lines inside a
 * name are ignored (the state table lookup drops whitespace).
 */
#ifndef CG_VOTES_H
#define CG_VOTES_H

#include <stddef.h>

#include "docmeta.h"

/* Fills *v (which the caller has zeroed) from the text. Names are looked up
 * in `states` (may be NULL: every name is then unknown) in the language of
 * the vote statement, then in any language. Counts not stated stay -1.
 * mismatch is set when a stated count differs from the number of names in
 * its list (known and unknown names alike, so an unknown name is reported in
 * `unknown`, not as a mismatch); the SC form gives no list of votes in
 * favour and only that list's absence is not a mismatch.
 * Returns 0 or ENOMEM (then *v is cleared). Time: O(len + names). */
int cg_votes_parse(const char *text, size_t len, const cg_states *states,
                   cg_vote *v, cg_error *err);

/* Frees what *v owns and zeroes it (counts back to -1). */
void cg_vote_clear(cg_vote *v);

#endif
