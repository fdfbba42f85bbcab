/*
 * doc_internal.h - the structs behind cg_extractor and cg_doc (private to
 * extract/).
 */
#ifndef CG_DOC_INTERNAL_H
#define CG_DOC_INTERNAL_H

#include <glib.h>

#include "catalogue.h"
#include "citestore.h"
#include "datafiles.h"
#include "docmeta.h"
#include "extract.h"
#include "refdata.h"

struct cg_extractor {
    char *data_dir;
    cg_refdata *ref;
    cg_catalogue *cat;
    cg_states *states;
    cg_docwords *words; /* identity and vote vocabulary (docwords.h) */
    char fingerprint[17];
};

struct cg_doc {
    GStringChunk *strings; /* every string of the doc */
    const char *file, *id;
    cg_kind kind; /* resolution, decision or document */
    cg_docmeta meta;
    size_t text_bytes;
    char *text;           /* the text read, when kept (g_free) */
    cg_cite_store *cites; /* in text order; strings in `strings` */
    GPtrArray *warnings;  /* char * (g_free) */
    /* A file holding several documents is read as one per part (volume.c):
     * the part's number (1-based; 0 for a file of one document), where its
     * text starts in the file's, the lines before it and the characters
     * before it on its line, and the next part (owned). */
    int part;
    size_t base, base_line;
    size_t base_col; /* characters before it on its first line */
    cg_doc *next;
};

/* A new empty document for file name (reader.c). */
cg_doc *cg_doc_new_internal(const char *name);

/* The cached result for these bytes, or NULL (a miss, or an entry that is
 * damaged: never trusted); and storing one (best effort). cache.c. */
cg_doc *cg_cache_load(const cg_cache *c, const cg_extractor *x, const char *path,
                      const cg_read_options *opt, const char *bytes, size_t len);
void cg_cache_store(const cg_cache *c, const cg_extractor *x, const char *path,
                    const cg_read_options *opt, const char *bytes, size_t len, const cg_doc *d);

/* Adds a warning to d (printf-style). */
void cg_doc_warn(cg_doc *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Extracts from UTF-8 text already read (engine.c). Takes ownership of
 * nothing; d->file must be set. With starts non-NULL, a text that holds
 * several documents (cg_structure_split) is not extracted: *starts (g_free)
 * gets where each begins, *nstarts > 1, and the caller reads them
 * (cg_volume_read); otherwise *nstarts is 1. */
int cg_engine_run(const cg_extractor *x, cg_doc *d, const char *text, size_t len,
                  const cg_read_options *opt, size_t **starts, size_t *nstarts, cg_error *err);

/* Reads text[0..len), which holds the documents starting at starts[0..n)
 * (starts[0] == 0), as one document per part, linked from *out (volume.c).
 * warnings are the file's (its encoding): the first part gets them. */
int cg_volume_read(const cg_extractor *x, const char *name, const char *text, size_t len,
                   const cg_read_options *opt, const size_t *starts, size_t n, GPtrArray *warnings,
                   cg_doc **out, cg_error *err);

#endif
