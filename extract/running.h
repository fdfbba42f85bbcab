/*
 * running.h - the lines a printed page repeats (running titles, page
 * numbers) found in the text itself, so that a citation broken by a page
 * break joins up: "51/17 of 12 November\n\nA/RES/80/4\nNecessity of ending
 * the economic … embargo …\n25-17552\n2/2\n\n1996, 52/10 of 5 November".
 */
#ifndef CG_RUNNING_H
#define CG_RUNNING_H

#include <stddef.h>

/* Appends to *hide (*n pairs, grown with g_renew: a cg_docmeta's skip) the
 * [start, end) byte ranges of text[0..len) that are running lines:
 *   - a page number "k/M" alone on a line, k <= M, when the text has two
 *     such lines with the same M or k == M > 1 (the last page);
 *   - a line of at most 150 bytes, with no digit, between two hidden lines
 *     (those already in *hide, or found here) with nothing but blank or
 *     such lines between, at most three each side: a page's running title.
 * A line merely repeated is not taken for a running title: the printed
 * volumes repeat real lines ("Statute of the International Court" twice
 * in S/RES/26 (1947)), and hiding them cost citations.
 * Time: O(len + h log h) expected, h the ranges already in *hide. */
void cg_running_lines(const char *text, size_t len, size_t (**hide)[2], size_t *n);

#endif
