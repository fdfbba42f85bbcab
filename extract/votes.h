/*
 * votes.h - how a resolution was adopted: the recorded vote at its end
 * (counts and the lists of states) or "without a vote" / "unanimously".
 * Internal to extract/ (filled into cg_docmeta.vote by cg_docmeta_parse).
 *
 * The statements and labels of every language come from doc-words.tsv
 * (vote.recorded, vote.yes, vote.no, vote.abstain, vote.adopted,
 * vote.none); the counts are the first three numbers after vote.recorded in
 * its sentence. Forms read, for example:
 *   zh  "[经记录表决，以 32票对 15票、0票弃权获得通过。表决情况如下：
 *        赞成： 安哥拉、阿根廷、…  反对： …  弃权： …]"   and  "未经表决获得通过"
 *   en  "[Adopted by a recorded vote of 32 to 15, with 0 abstentions. The
 *        voting was as follows:  In favour: Angola, … Against: … Abstaining: …]"
 *       "[Adopted without a vote.]", "Adopted … by consensus"
 *   fr  "[Adoptée à l'issue d'un vote enregistré par 32 voix contre 15, sans
 *        abstention. …  Ont voté pour: … Ont voté contre: …]"
 *   es  "[Aprobada en votación registrada por 32 votos contra 15 y 0
 *        abstenciones. …  Votos a favor: … Votos en contra: …]"
 *   ru  "[Принята путем заносимого в отчет о заседании голосования 32
 *        голосами против 15 при 0 воздержавшихся. … Голосовали за: …]"
 *   ar  "[اعتُمد بتصويت مسجل بأغلبية 32 صوتاً مقابل 15 وامتناع 0 عن التصويت.
 *        … المؤيدون: … المعارضون: …]"
 *   SC  "Adopted unanimously at the 2244th meeting.",
 *       "Adopted at the 39th meeting by 10 votes to none, with 1 abstention
 *        (Union of Soviet Socialist Republics)."
 * Lists are split at 、 (zh) or at commas (, ،) and semicolons outside
 * parentheses ("Venezuela (Bolivarian Republic of)"); line breaks and blank lines inside a
 * name are ignored (the state table lookup drops whitespace).
 */
#ifndef CG_VOTES_H
#define CG_VOTES_H

#include <stddef.h>

#include "docmeta.h"
#include "docwords.h"

/* Fills *v from the text, read with the vocabulary of `words` (NULL: not
 * read, *v stays empty with counts -1). Names are looked up
 * in `states` (may be NULL: every name is then unknown) in the language of
 * the vote statement, then in any language. Counts not stated stay -1.
 * mismatch is set when a stated count differs from the number of names in
 * its list (known and unknown names alike, so an unknown name is reported in
 * `unknown`, not as a mismatch); the SC form gives no list of votes in
 * favour and only that list's absence is not a mismatch.
 * Returns 0, EINVAL when the patterns built from `words` do not compile, or
 * ENOMEM when PCRE2 cannot allocate its match data (*v then stays
 * cleared). Time: O(len + names). */
int cg_votes_parse(const char *text, size_t len, const cg_states *states, const cg_docwords *words,
                   cg_vote *v, cg_error *err);

/* Frees what *v owns and zeroes it (counts back to -1). */
void cg_vote_clear(cg_vote *v);

#endif
