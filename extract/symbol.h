/*
 * symbol.h - canonical ids: UN document symbols and numbered resolutions.
 */
#ifndef CG_SYMBOL_H
#define CG_SYMBOL_H

#include <stddef.h>

#include "extract.h"

/* Canonical form of a document symbol as matched: white space removed, an
 * SC resolution's year attached ("S/RES/1454" + "2002" ->
 * "S/RES/1454(2002)"). year may be NULL. A new string: g_free it. */
char *cg_symbol_canonicalise(const char *sym, size_t len, const char *year);

/* Kind of a canonical symbol: resolution (…/RES/…), decision (…/DEC/…)
 * or document. */
cg_kind cg_symbol_kind(const char *sym);

/* Fills a symbol template ("A/HRC/RES/{a}/{b}") into out (cap bytes).
 * Returns 0, or -1 when it does not fit. */
int cg_symbol_fill(const char *tmpl, const char *a, const char *b, const char *y, const char *r,
                   char *out, size_t cap);

/* 1 when a canonical symbol is only an organ and a subsidiary body's
 * name ("E/CN.4", "E/C.12", "A/AC.109"): a stem, not a document. */
int cg_symbol_is_stem(const char *sym);

/* 1 when s is a valid roman numeral of at most 8 letters (I..LXXXIX). */
int cg_roman_valid(const char *s);
/* The value (1..89) of the valid roman numeral s; 0 when s is none. */
long cg_roman_value(const char *s);
/* v (1..89) as Roman numerals into out; 0 when v is out of that range. */
int cg_roman_from_int(long v, char *out, size_t cap);

#endif
