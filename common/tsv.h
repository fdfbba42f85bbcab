/*
 * tsv.h - the one reader of the tab-separated tables under corpus/ and of
 * manifests.
 *
 * Rules, the same for every table: lines end in LF (a CR before it is
 * dropped); a line that is empty or starts with '#' is skipped; fields are
 * separated by single TABs and are not quoted or escaped. Line numbers
 * count every line of the file, skipped ones too, from 1, so a message
 * "FILE:12" points at the line an editor shows as 12.
 */
#ifndef CG_TSV_H
#define CG_TSV_H

#include <stddef.h>

/* Called for each data line: f[0..nf) are its fields, NUL-terminated and
 * writable until the call returns (the reader owns them); line is its
 * 1-based line number. Return 0 to go on, anything else to stop. */
typedef int (*cg_tsv_row_fn)(char **f, int nf, int line, void *user);

/* Reads data[0..len) (it need not be NUL-terminated) line by line, calling
 * row for each data line split into at most maxf fields (0: no limit; with
 * a limit the last field keeps any further TABs). Returns 0, or the first
 * non-zero value row returned. O(len). */
int cg_tsv_each(const char *data, size_t len, int maxf, cg_tsv_row_fn row, void *user);

#endif
