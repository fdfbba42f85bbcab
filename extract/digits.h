/*
 * digits.h - Arabic-Indic and full-width digits read as ASCII ones.
 *
 * The readers of a document's own metadata (identity.c, votes.c, acts.c)
 * match numbers as [0-9]; an Arabic text may write its adoption line and
 * numbered title in Arabic-Indic digits ("قرار اعتمده مجلس حقوق الإنسان في
 * ١١ تموز/يوليه ٢٠١٩", "٤١/١٢- الحق في ..."), a Chinese one in full-width
 * digits. They read a copy with those digits folded, and map the offsets
 * they return (skip ranges) back to the text.
 */
#ifndef CG_DIGITS_H
#define CG_DIGITS_H

#include <glib.h>
#include <stddef.h>

typedef struct cg_digit_fold {
    char *text;   /* the text, digits folded, NUL-terminated (owned) */
    size_t len;   /* its length */
    GArray *runs; /* where it is shorter than the text (digits.c) */
} cg_digit_fold;

/* Folds U+0660-0669, U+06F0-06F9 and U+FF10-FF19 of text to ASCII digits
 * into *f and returns 1; returns 0 (f untouched) when text has none, or so
 * many (over a million) that the map would outgrow the text. Clear *f with cg_digit_fold_clear(). */
int cg_digits_fold(const char *text, size_t len, cg_digit_fold *f);
/* The offset in the text of offset pos of f->text. */
size_t cg_digits_orig(const cg_digit_fold *f, size_t pos);
void cg_digit_fold_clear(cg_digit_fold *f);

#endif
