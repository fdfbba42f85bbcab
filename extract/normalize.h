/*
 * normalize.h - the text the patterns run on, with a map back to the bytes
 * the document was read as.
 *
 * Patterns are simpler and faster when they need not expect every PDF
 * accident, so matching runs on a normalised copy:
 *   - runs of white space (any Unicode space, tab, line breaks) become one
 *     ASCII space, or nothing when they touch a CJK character (a PDF breaks
 *     "第 6/3\n号决议" and "2009\n年" anywhere);
 *   - compatibility forms fold to their plain form (full-width digits and
 *     punctuation, Arabic presentation forms, superscript digits) and every
 *     decimal digit (Arabic-Indic, Devanagari, ...) becomes an ASCII digit;
 *   - dashes become '-', zero-width and bidi control characters vanish;
 *   - invalid UTF-8 bytes become a space (the caller is told where);
 *   - byte ranges the caller asks to hide (running page headers, job
 *     numbers) become a space, so a citation broken by a page break joins up.
 * Every normalised byte maps back to the original: a span [s, e) of the
 * normalised text maps to the original span that produced it.
 *
 * Ownership: cg_norm_build() fills a caller-provided struct whose buffers it
 * allocates; cg_norm_clear() frees them.
 */
#ifndef CG_NORMALIZE_H
#define CG_NORMALIZE_H

#include <stddef.h>

typedef struct cg_norm_seg {
    size_t norm;     /* first normalised byte of the segment */
    size_t orig;     /* first original byte it came from */
    size_t orig_len; /* original bytes consumed */
    int copied;      /* 1: bytes copied one to one; 2: one to one in length
                         but changed (a lone line break read as a space);
                         0: replaced */
    int unit;        /* replaced: 0 as a whole; N: a run of characters of N
                         original bytes each, each now one byte (digits
                         folded), so that a long run is one segment */
} cg_norm_seg;

typedef struct cg_norm {
    char *text; /* normalised UTF-8, NUL-terminated */
    size_t len;
    size_t cap;       /* bytes allocated for text */
    cg_norm_seg *seg; /* increasing in norm and orig */
    size_t nseg, capseg;
    size_t first_invalid; /* offset of the first invalid UTF-8 byte */
    size_t n_invalid;     /* number of invalid bytes skipped */
} cg_norm;

/* Normalises text[0..len) into *out, which must be zeroed before its first
 * build; a struct built before is rebuilt in place, reusing its buffers.
 * hide is an array of n_hide [start, end) ranges in
 * the original (sorted or not). Cannot fail (GLib aborts when memory runs
 * out). Time: O(len + n_hide log n_hide). */
void cg_norm_build(const char *text, size_t len, const size_t (*hide)[2], size_t n_hide,
                   cg_norm *out);
void cg_norm_clear(cg_norm *n);

/* Original offset of normalised offset pos (as a start of span). */
size_t cg_norm_orig_start(const cg_norm *n, size_t pos);
/* Original offset just after the byte before normalised offset pos (as an
 * end of span). */
size_t cg_norm_orig_end(const cg_norm *n, size_t pos);

/* 1 when code point c is written without spaces around it (Han, kana,
 * CJK punctuation, full-width forms). */
int cg_is_cjk(unsigned c);

#endif
