/*
 * alternation.h - a list of names (bodies, instruments, clause verbs, the
 * words of doc-words.tsv) as one PCRE2 alternation, written as a trie:
 * "Convention (?:on the Rights of (?:the Child|Persons ...)|against ...)"
 * instead of one alternative per name.
 *
 * Why: PCRE2 tries the alternatives of a group one after the other at
 * every place a match may start, and has no trie of its own; with 150
 * instrument names, or six languages' act phrases under (?i), that was
 * most of those patterns' time (bench/README.md, issue 17).
 *
 * The written trie matches what the flat alternation "(?:N1|N2|...)"
 * matches, in the same order of preference: names are added in that
 * order (the callers add the longest first; a name added before a longer
 * one it begins is written flat with the names through it); where the children of a
 * node begin with tokens that can match the same text (compared without
 * case, since the alternation may stand inside (?i:...)), that node is
 * written flat, its names in their order; elsewhere one child at most
 * can go on at a place, and a name ending at a node is tried after the
 * longer names through it, as in the flat list.
 *
 * Ownership: cg_alt_new() returns a builder freed by cg_alt_free().
 */
#ifndef CG_ALTERNATION_H
#define CG_ALTERNATION_H

#include <glib.h>

typedef struct cg_alt cg_alt;

cg_alt *cg_alt_new(void);
void cg_alt_free(cg_alt *a);

/* The tokens of one name, in order, then cg_alt_name_end(). re is the
 * token's regex text (copied). */
/* A token matching the one character c ("\\.", "é"). */
void cg_alt_char(cg_alt *a, const char *re, gunichar c);
/* The UTF-8 character at p as such a token (a byte that begins none, as
 * itself); returns what follows it. */
const char *cg_alt_utf8_char(cg_alt *a, const char *p);
/* A token matching c1 or c2 ("[Tt]", "['’]"). */
void cg_alt_class(cg_alt *a, const char *re, gunichar c1, gunichar c2);
/* " ?": one space or none. */
void cg_alt_opt_space(cg_alt *a, const char *re);
/* "\\s+": a run of white space. */
void cg_alt_spaces(cg_alt *a, const char *re);
/* Ends the name; a name already added is not added again. */
void cg_alt_name_end(cg_alt *a);

/* Appends "(?:...)" to s; "(?!)" when no name was added. */
void cg_alt_write(const cg_alt *a, GString *s);
/* The same names as the flat list "(?:N1|N2|...)", in the order added:
 * what the trie must match (tests/unit/test_alternation.c). */
void cg_alt_write_flat(const cg_alt *a, GString *s);

#endif
