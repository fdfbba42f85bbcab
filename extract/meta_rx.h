/*
 * meta_rx.h - the PCRE2 patterns that docmeta's readers (identity.c,
 * votes.c) compile once per process and share between threads.
 *
 * Compiled code is read-only after cg_mrx_compile() and safe to match from
 * any thread with a per-call pcre2_match_data; it is never freed (it lives
 * as long as the process, like the pattern tables it comes from).
 */
#ifndef CG_META_RX_H
#define CG_META_RX_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stddef.h>

#include "common/cg_error.h"

/* Compiles n patterns (PCRE2_UTF|PCRE2_UCP|PCRE2_MULTILINE, JIT when
 * available) into out[]. On failure frees what it compiled, sets out[] to
 * NULL and returns EINVAL with the pattern and PCRE2's message in err. */
int cg_mrx_compile(const char *const *src, pcre2_code **out, size_t n, cg_error *err);

/* pcre2_match() from byte offset `start`; returns its result (>0 matched,
 * PCRE2_ERROR_NOMATCH, or another negative code). */
int cg_mrx_match(const pcre2_code *re, const char *s, size_t len, size_t start,
                 pcre2_match_data *md);

/* Start and end of capture group g of the last match ([PCRE2_UNSET] when the
 * group did not take part). */
size_t cg_mrx_start(pcre2_match_data *md, int g);
size_t cg_mrx_end(pcre2_match_data *md, int g);
/* 1 when group g took part in the last match. */
int cg_mrx_set(pcre2_match_data *md, int g);

/* Reads one decimal digit written in ASCII, Arabic-Indic (U+0660..0669),
 * Eastern Arabic-Indic (U+06F0..06F9) or full-width (U+FF10..FF19) form at
 * s[*i] (i < n): returns its value and advances *i past it, or returns -1
 * and leaves *i alone. Arabic texts print numbers in either script. */
int cg_mrx_digit(const char *s, size_t n, size_t *i);

/* The value of the first run of digits (any cg_mrx_digit form) in s[0..n),
 * or -1 when there is none or it has more than 9 digits. */
long cg_mrx_first_number(const char *s, size_t n);

#endif
