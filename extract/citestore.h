/*
 * citestore.h - a document's citation records, held compactly.
 *
 * A long text can hold millions of citations (100 MB of "resolution 1325
 * (2000), " is 4.4 million), and a record of fourteen string pointers and
 * four offsets is 152 bytes: 660 MB for that file, six times its size. Most
 * of a record repeats from one to the next (kind, target, body, date,
 * relation, location, rule: the same for every item of a paragraph's
 * list), so a record is kept as 24 bytes: its offsets, line and column, and
 * two indexes, one into the document's distinct spans as written and one
 * into its distinct "tails" (every other field). Records sit in fixed
 * blocks, so that growing never copies them or doubles their room.
 *
 * Offsets, lines and columns are held in 32 bits: a file is at most 1 GiB
 * (reader.c), its UTF-8 conversion at most 1.5 GiB.
 *
 * Strings are not copied: the caller interns them (the document's string
 * chunk) and they must outlive the store.
 */
#ifndef CG_CITESTORE_H
#define CG_CITESTORE_H

#include <stddef.h>

#include "extract.h"

/* One citation, unpacked; every string interned by the caller. */
typedef struct cg_cite_rec {
    size_t start, end, line, col;
    const char *text, *target, *parent, *body, *number, *session_or_year, *part, *article, *date,
        *relation, *footnote, *rule;
    cg_kind kind;
    cg_location location; /* its label interned like the strings */
    int resolved;
} cg_cite_rec;

typedef struct cg_cite_store cg_cite_store;

cg_cite_store *cg_cite_store_new(void);
void cg_cite_store_free(cg_cite_store *s);
/* Appends r (its strings must be interned: equal strings are compared by
 * pointer). Returns 0, or EOVERFLOW when an offset, line or column does not
 * fit in 32 bits (never for a file reader.c reads). */
int cg_cite_store_add(cg_cite_store *s, const cg_cite_rec *r);
size_t cg_cite_store_len(const cg_cite_store *s);
/* Record i, unpacked into *out. */
void cg_cite_store_get(const cg_cite_store *s, size_t i, cg_cite_rec *out);
/* Only the offsets of record i (a cheaper get). */
void cg_cite_store_span(const cg_cite_store *s, size_t i, size_t *start, size_t *end);

#endif
