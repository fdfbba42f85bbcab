/*
 * pdf.h - the text of a PDF document, read in-process with poppler-glib.
 */
#ifndef CG_PDF_H
#define CG_PDF_H

#include <stddef.h>

#include "common/cg_error.h"

/* Reads the text of the PDF at `path` into *text (NUL-terminated UTF-8,
 * g_free it) and its length in bytes into *len.
 *
 * Pages are joined with "\n\f\n" (a form feed on a line of its own), so a
 * reader can still tell where a page ended and line-based patterns never see
 * the form feed glued to a word.
 *
 * Running page furniture is removed from each page: a line (compared with
 * its digits masked, so "Page 3" matches "Page 4") that stands among the
 * first two or last three non-blank lines of at least half of the pages
 * (two pages or more), page numbers alone on a line ("3", "- 3 -",
 * "3/12"), and job numbers ("GE.13-15112 (C)", "02-75941 (E)", bar codes
 * "*1315112*") in those positions. The first page keeps its top lines: its
 * masthead carries the document's own symbol.
 *
 * Returns 0, or on failure an error code with err filled and *text and
 * *len untouched: ENOENT/EACCES (cannot open), EINVAL (not a PDF: no "%PDF-"
 * header), EIO (damaged or truncated, or no pages), EPERM (encrypted).
 * Poppler's own diagnostics are not printed. */
int cg_pdf_read(const char *path, char **text, size_t *len, cg_error *err);

#endif
