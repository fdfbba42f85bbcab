/*
 * extract.h - reading UN documents and finding their citations.
 *
 * Usage:
 *
 *     cg_error err;
 *     cg_extractor *x = cg_extractor_new(NULL, &err);     // loads corpus/
 *     cg_doc *d;
 *     if (cg_extract_file(x, "corpus/seed/A_HRC_RES_23_12.zh.txt", NULL,
 *                         &d, &err) == 0) {
 *         for (size_t i = 0; i < cg_doc_citation_count(d); i++) {
 *             cg_citation c;
 *             cg_doc_citation(d, i, &c);
 *             ...                                         // c.target, c.start
 *         }
 *         cg_doc_free(d);
 *     }
 *     cg_extractor_free(x);
 *
 * An extractor holds the compiled pattern catalogue and the reference data
 * (bodies, months, clause verbs, instruments, states). It is built once per
 * process and is read-only afterwards: any number of threads may call
 * cg_extract_*() on the same extractor at once (each call allocates its own
 * match data).
 *
 * Ownership: a cg_doc owns everything its views point to; the views stay
 * valid until cg_doc_free(). The caller frees what it created (extractor,
 * doc, walk lists) with the matching _free function.
 *
 * Errors: functions return 0 or a positive errno-style code and fill the
 * optional cg_error (common/cg_error.h). A document that reads but has oddities
 * (invalid UTF-8 bytes, a pattern hitting its match limit) still succeeds and
 * carries warnings (cg_doc_warning()).
 */
#ifndef CG_EXTRACT_H
#define CG_EXTRACT_H

#include <glib.h>
#include <stddef.h>
#include <stdio.h>

#include "common/cg_error.h"

typedef struct cg_extractor cg_extractor; /* opaque, shareable across threads */
typedef struct cg_doc cg_doc;             /* opaque, one document */

/* Loads the reference data and pattern catalogue from data_dir (the folder
 * holding data/ and patterns/). NULL means: $CITEGRAPH_DATA, else the
 * source tree's corpus/ (build), else <prefix>/share/citegraph. Returns NULL
 * and fills err (naming the file and line) on failure. */
cg_extractor *cg_extractor_new(const char *data_dir, cg_error *err);
void cg_extractor_free(cg_extractor *x);
/* A short fingerprint of the loaded catalogue and data (hex), for caches. */
const char *cg_extractor_fingerprint(const cg_extractor *x);
/* The full name of a body code in a language, as the reference data give
 * it (corpus/data/body-names.tsv: the code's first row in that language):
 * "Human Rights Council" for ("HRC", "en"); NULL when the data have none.
 * Owned by x. */
const char *cg_extractor_body_name(const cg_extractor *x, const char *code, const char *lang);

/* An on-disk cache of extraction results (see cache.c): a re-run reads
 * unchanged files' results back instead of extracting them again. Keyed by
 * the file's bytes and name, the read options, the pattern catalogue and
 * reference data, and the program itself, so a stale entry is never used;
 * a corrupt one is detected and rebuilt. Safe to share between threads
 * and processes. */
typedef struct cg_cache cg_cache; /* opaque */

/* Opens (creating) the cache under root. NULL and err on failure. */
cg_cache *cg_cache_open(const char *root, const cg_extractor *x, cg_error *err);
void cg_cache_free(cg_cache *c);
/* $XDG_CACHE_HOME/citegraph (~/.cache/citegraph); g_free() it. */
char *cg_cache_default_dir(void);

typedef struct cg_read_options {
    const char *lang;     /* force a language ("zh", "en", ...); NULL = detect */
    const char *encoding; /* force an input encoding ("GB18030", "UTF-16");
                              NULL = detect (BOM, UTF-8, then GB18030) */
    const char *symbol;   /* force the document's own symbol (manifest) */
    const char *date;     /* force the adoption date (manifest) */
    const char *title;    /* force the title (manifest) */
    int keep_text;        /* keep the text read, for cg_doc_text() (the
                              cache is then bypassed) */
    cg_cache *cache;      /* NULL = no cache */
    const char *id_name;  /* the name a document without a symbol is known
                              by ("file:" + it, see cg_file_id); NULL = the
                              path given */
} cg_read_options;

/* Reads one file (.txt in UTF-8/UTF-16/GB18030, or .pdf) and extracts its
 * citations. opt may be NULL. On failure *out is NULL and err names why
 * (ENOENT, EACCES, EISDIR, EILSEQ for binary data, EMSGSIZE for an empty
 * file, EIO for an unreadable PDF, ...). */
int cg_extract_file(const cg_extractor *x, const char *path, const cg_read_options *opt,
                    cg_doc **out, cg_error *err);

/* Reads the regular file at path whole (NUL-terminated, max bytes at most)
 * without ever blocking on a FIFO or reading a device: those are refused by
 * type ("a FIFO, not read ..."), as are folders (EISDIR) and larger files
 * (EFBIG). g_free *out. */
int cg_read_regular(const char *path, size_t max, char **out, size_t *len, cg_error *err);

/* The same on bytes in memory (UTF-8 expected; invalid sequences are
 * skipped with a warning). `name` stands for the file in records. */
int cg_extract_buffer(const cg_extractor *x, const char *name, const char *bytes, size_t len,
                      const cg_read_options *opt, cg_doc **out, cg_error *err);

/* Frees d and the parts linked after it. */
void cg_doc_free(cg_doc *d);

/* A file that holds several documents (a printed volume saved as one file,
 * the texts of many resolutions run together: after a document's adoption
 * lines a heading opens the next, see structure.h) is read as one document
 * per part, each with its own symbol, date, title and citations (offsets
 * and lines stay the file's; a part without a symbol is "file:PATH#N");
 * cg_extract_*() returns the first, linked to the next. The next part, or
 * NULL. */
cg_doc *cg_doc_next(const cg_doc *d);
/* Unlinks the parts after d and returns the first of them (the caller owns
 * it and those linked after it), or NULL. */
cg_doc *cg_doc_detach_next(cg_doc *d);
/* Links next (and the parts after it) after d's last part. */
void cg_doc_append(cg_doc *d, cg_doc *next);

/* A resolution-like number (6/3, S-7/1, 1325 (2000), 217 (III)) that no
 * citation of the document claims: what a reviewer looks at to find what
 * the list grammar misses. */
typedef struct cg_unmatched {
    size_t start, end; /* byte offsets into the text read */
    size_t line, col;  /* 1-based; col counts characters */
    const char *form;  /* "N/N", "S-N/N", "N (YYYY)", "N (roman)" (static) */
    char *text;        /* the span as written, on one line (TAB, CR
                              and LF as spaces; owned by the array) */
    char *context;     /* up to 40 characters either side of it, on
                              one line likewise (owned by the array) */
} cg_unmatched;

/* Lists d's unmatched numbers in text order into *out (*n of them; free
 * with cg_unmatched_free()). d must have been read with keep_text
 * (EINVAL otherwise). Time: one normalisation and one scan of the text. */
int cg_doc_unmatched(const cg_extractor *x, const cg_doc *d, cg_unmatched **out, size_t *n,
                     cg_error *err);
void cg_unmatched_free(cg_unmatched *u, size_t n);

/* The UTF-8 text the offsets refer to, when read with keep_text; NULL
 * otherwise. Owned by d. For a part of a file holding several documents,
 * the part's text: offset o of a record is text[o - info.text_offset]. */
const char *cg_doc_text(const cg_doc *d, size_t *len);

/* ---- what a document is ------------------------------------------------ */

/* What a document or a cited target is. A document is a resolution, a
 * decision or a document; a citation's target may also be an instrument,
 * one of its articles or chapters. One enum for both: a cited target and a
 * document are the same vertex of the graph. */
typedef enum cg_kind {
    CG_KIND_RESOLUTION = 0, /* .../RES/... */
    CG_KIND_DECISION,       /* .../DEC/... */
    CG_KIND_DOCUMENT,       /* any other symbol (report, letter, draft) */
    CG_KIND_INSTRUMENT,     /* a treaty, declaration, programme */
    CG_KIND_ARTICLE,        /* an article of an instrument */
    CG_KIND_CHAPTER         /* a chapter of an instrument */
} cg_kind;

/* "resolution", "decision", "document", "instrument", "article",
 * "chapter": the name records, GraphML and reports write (static). */
const char *cg_kind_name(cg_kind kind);

typedef struct cg_doc_info {
    const char *file;         /* path as given */
    const char *id;           /* own canonical symbol, or "file:<path>" when
                              none could be found */
    const char *id_source;    /* "manifest", "header", "title", "filename", "none" */
    const char *lang;         /* "zh", "en", ... or "" */
    cg_kind kind;             /* resolution, decision or document */
    const char *body;         /* "HRC", "SC", ... or "" */
    const char *session;      /* or "" */
    const char *agenda_item;  /* or "" */
    const char *title;        /* or "" */
    const char *date;         /* adoption date, ISO, or "" */
    const char *date_source;  /* "adoption", "heading", "decision",
                                 "closing", "manifest", "none" */
    const char *title_source; /* "numbered", "heading", "manifest", "none" */
    int meeting;              /* 0 when unknown */
    int vote_recorded, vote_without;
    int vote_yes, vote_no, vote_abstain; /* -1 when unknown */
    int vote_mismatch;                   /* counts and state lists disagree */
    const char *act;                     /* what it does to a mandate, as its words say:
                              "establish", "renew", "postpone" or "" */
    int act_years;                       /* the years it gives that act; 0 when unsaid */
    size_t text_bytes;                   /* size of the text read (of this part) */
    int part;                            /* a file holding several documents: the part's
                              number, from 1; 0 for a file of one document */
    size_t text_offset;                  /* where the part's text starts in the file's */
} cg_doc_info;

void cg_doc_get_info(const cg_doc *d, cg_doc_info *out);

/* The ISO3 codes of the recorded vote's lists: which = 'y', 'n' or 'a'. */
size_t cg_doc_vote_states(const cg_doc *d, char which, const char *const **codes);

/* ---- citations ----------------------------------------------------------- */

/* The part of a resolution a paragraph stands in. */
typedef enum cg_part {
    CG_PART_HEADER = 0, /* before the body line or first paragraph */
    CG_PART_PREAMBLE,   /* a preambular paragraph ("Recalling ...") */
    CG_PART_OPERATIVE,  /* an operative paragraph or subparagraph */
    CG_PART_FOOTNOTE,   /* a footnote whose marker was not found */
    CG_PART_ANNEX,      /* an annex */
    CG_PART_END,        /* the adoption lines */
    CG_PART_TRAILER     /* after them: another document's text */
} cg_part;

/* "header", "preamble", "operative", "footnote", "annex", "end",
 * "trailer" (static). */
const char *cg_part_name(cg_part part);

/* Where a citation stands. */
typedef struct cg_location {
    cg_part part;      /* the part of the document */
    const char *label; /* the paragraph's label as written: "3", "13(e)",
                              "*"; "" for header, annex, end (never NULL) */
} cg_location;

/* A location as records write it: the part's name, then ':' and the
 * label when there is one ("preamble:3", "operative:13(e)", "footnote:*",
 * "header"). g_free it. */
char *cg_location_format(const cg_location *loc);

typedef struct cg_citation {
    const char *doc; /* citing document's id */
    const char *lang;
    const char *file;
    size_t start, end;           /* byte offsets in the text read (the file's own
                              bytes for UTF-8 input; the UTF-8 conversion
                              for UTF-16/GB18030/PDF input) */
    size_t line, col;            /* 1-based line, 1-based column in characters */
    const char *text;            /* the span as written (may hold line breaks) */
    cg_kind kind;                /* of the target */
    const char *target;          /* canonical id: "A/HRC/RES/6/3", "ICESCR art. 2" */
    const char *parent;          /* for articles: the instrument id; else "" */
    const char *body;            /* "HRC", "CHR", "GA", "SC", "ECOSOC", ... or "" */
    const char *number;          /* as cited: "6/3", "1325", "217", "2" or "" */
    const char *session_or_year; /* "2000" for S/RES/1325(2000), "III" for
                              A/RES/217(III); "" otherwise */
    const char *part;            /* "A" in 217 A (III); "" otherwise */
    const char *article;         /* "2" for ICESCR art. 2; "" otherwise */
    const char *date;            /* ISO date the citation gives, or "" */
    const char *relation;        /* clause verb of its paragraph: "reaffirm", ...
                              A string, not an enum: the clause verbs are
                              a vocabulary corpus/data/verbs.tsv defines
                              (a language or a verb is added there, not
                              in C); interned, so equal relations of a
                              document are equal pointers */
    cg_location location;        /* where it stands: {CG_PART_PREAMBLE, "3"};
                              cg_location_format() writes "preamble:3" */
    const char *footnote;        /* marker of the footnote it stands in, or "" */
    const char *rule;            /* catalogue rule that found it */
    int resolved;                /* 0 when the body (or referent) was guessed */
} cg_citation;

size_t cg_doc_citation_count(const cg_doc *d);
/* Citations in text order (start, then end, then target). */
void cg_doc_citation(const cg_doc *d, size_t i, cg_citation *out);

size_t cg_doc_warning_count(const cg_doc *d);
/* One-line warning (without the file name), owned by d. */
const char *cg_doc_warning(const cg_doc *d, size_t i);

/* ---- record output ---------------------------------------------------------- */

typedef enum cg_record_format { CG_REC_JSONL = 0, CG_REC_TSV, CG_REC_CSV } cg_record_format;

/* Parses "jsonl", "tsv", "csv"; -1 when unknown. */
int cg_record_format_parse(const char *name);
/* Header line for TSV/CSV (nothing for JSONL). */
int cg_record_write_header(FILE *out, cg_record_format fmt);
/* One record: JSON object with the fields above in a fixed order, or one
 * TSV/CSV row (TSV escapes tab, newline and backslash as \t \n \\). */
int cg_record_write(FILE *out, cg_record_format fmt, const cg_citation *c);

/* ---- manifest ---------------------------------------------------------------- */

/* For corpora whose files do not identify themselves: a TSV file (the
 * folder's citegraph.tsv, or one named with --manifest) with the columns
 *     path  symbol  language  date  title
 * (path relative to the manifest's folder; "-" or an empty field for
 * unknown; lines starting with # are comments; an optional header line
 * starting with "path" is skipped). What the manifest says wins over
 * detection. */
typedef struct cg_manifest cg_manifest; /* opaque */

cg_manifest *cg_manifest_new(void); /* free with cg_manifest_free() */
void cg_manifest_free(cg_manifest *m);
/* Adds the rows of the manifest at path. Fails (naming the line) on a
 * malformed row; rows read before it are kept. */
int cg_manifest_load(cg_manifest *m, const char *path, cg_error *err);
/* 1 when s is a language tag citegraph accepts from --lang or a manifest
 * (BCP 47 shape: "en", "zh-Hans"); manifests refuse other values, naming
 * the row, as they refuse symbols with spaces or markup, dates that do not
 * exist and titles with control characters. */
int cg_lang_code_valid(const char *s);
/* *out = *base with what the manifest says of file applied. The strings
 * stay owned by m. */
void cg_manifest_apply(const cg_manifest *m, const char *file, const cg_read_options *base,
                       cg_read_options *out);

/* ---- corpus walking ----------------------------------------------------------- */

typedef struct cg_walk cg_walk; /* opaque list of files */

/* Expands files and folders (recursively; symlink loops broken; hidden
 * entries and citegraph.tsv manifests skipped) into a sorted list of
 * readable candidate files (.txt, .pdf; other extensions are listed as
 * skipped). Paths that cannot be opened are recorded as problems, not
 * errors: the walk always succeeds (returns 0). */
int cg_walk_paths(const char *const *paths, size_t npaths, cg_walk **out, cg_error *err);
/* The same; follow_links = 0 (what cg_walk_paths does) skips symbolic links
 * inside the folders that resolve outside every folder named in paths, and
 * records one problem saying how many; 1 follows them (loops still
 * broken). Links to devices, FIFOs and sockets are problems, never read. */
int cg_walk_paths_opt(const char *const *paths, size_t npaths, int follow_links, cg_walk **out,
                      cg_error *err);
/* Links not followed because they leave the folders given. */
size_t cg_walk_links_skipped(const cg_walk *w);
/* File i's path relative to the folder named on the command line it was
 * found in (the path as given, without a leading ./, when it was named
 * itself): what its "file:" id is made of, so that the id of a file found
 * in a folder does not depend on the working folder. */
const char *cg_walk_rel(const cg_walk *w, size_t i);
/* "file:NAME" with NAME percent-encoded where it is not printable UTF-8
 * (and '%', '\\'): unique for distinct names, safe to draw. g_free it. */
char *cg_file_id(const char *name);
void cg_walk_free(cg_walk *w);
size_t cg_walk_count(const cg_walk *w);
const char *cg_walk_file(const cg_walk *w, size_t i);
/* Problems met while walking ("PATH: message"), owned by w. */
size_t cg_walk_problem_count(const cg_walk *w);
const char *cg_walk_problem(const cg_walk *w, size_t i);

/* ---- a whole corpus ------------------------------------------------------ */

/* How a corpus is read (the options every corpus-reading command takes). */
typedef struct cg_corpus_opts {
    const char *lang;
    const char *encoding;
    const char *data_dir;
    int jobs; /* 0 = number of cores */
    int quiet;
    int keep_text;         /* keep each document's text (for --annotate) */
    const char *manifest;  /* --manifest FILE */
    const char *cache_dir; /* --cache DIR (default: the user cache folder) */
    int no_cache;          /* --no-cache */
    int verbose;           /* -v, --verbose: every warning, not a summary */
    int follow_links;      /* --follow-links: also links leaving the folders */
} cg_corpus_opts;

/* A corpus read into memory: docs[i] is file i's document (the first, with
 * the others linked after it: cg_doc_next(), for a file holding several),
 * NULL for a file that failed. */
typedef struct cg_corpus {
    cg_extractor *x;
    cg_walk *walk;
    cg_doc **docs;
    size_t n;
    size_t failed;     /* files that could not be read */
    size_t problems;   /* paths that could not be walked */
    size_t citations;  /* citations found */
    size_t unresolved; /* of which body or referent was guessed */
} cg_corpus;

/* Called for each walked file in walk order: d is the document, or NULL
 * for a file that could not be read (already reported); once per document
 * for a file that holds several (i the same, d unlinked from the next).
 * Return 1 to keep d (the callee then owns it), 0 to have it freed. */
typedef int (*cg_doc_fn)(cg_doc *d, size_t i, void *user);

/* What the reading says as it goes; every member may be NULL. say gets one
 * line ("FILE: warning: ...", "FILE: reason; skipped", a summary), without
 * the program's name or a newline; progress is called after each file with
 * the files done, the total and the text bytes of the one just read. Both
 * are called from the calling thread only. */
typedef struct cg_corpus_hooks {
    void (*say)(const char *line, void *user);
    void (*progress)(size_t done, size_t total, size_t bytes, void *user);
    void *user;
} cg_corpus_hooks;

/* How a corpus read ended. */
typedef enum cg_corpus_result {
    CG_CORPUS_OK = 0, /* read (some files may have been skipped: see
                               failed and problems) */
    CG_CORPUS_UNREAD, /* nothing could be read, none found, or a
                               manifest is wrong */
    CG_CORPUS_DATA    /* the reference data or catalogue failed */
} cg_corpus_result;

/* Walks paths and extracts every file in parallel (o->jobs threads), handing
 * the documents to fn in walk order with at most a few per thread in
 * flight; says one line per unreadable file, the first warnings of each
 * kind (every one with o->verbose, none with o->quiet) and a count of the
 * rest, and a summary of what was skipped. c receives the extractor, the
 * walk and the counts (c->docs stays NULL). Free c with cg_corpus_free()
 * whatever the result. */
cg_corpus_result cg_corpus_extract(char *const *paths, int npaths, const cg_corpus_opts *o,
                                   const cg_corpus_hooks *h, cg_corpus *c, cg_doc_fn fn,
                                   void *user);
void cg_corpus_free(cg_corpus *c);

/* One document read from several files (its language versions, copies),
 * described once: the English version's fields (else the first read), its
 * empty ones filled from the others. */
typedef struct cg_doc_merge {
    const cg_doc *shown;     /* the English version, else the first read */
    const cg_doc *vote_from; /* the version whose vote is shown */
    cg_doc_info info;        /* shown's, with its empty fields filled (views
                                 owned by the documents) */
    size_t citations;        /* per target, the most any version has */
    GPtrArray *conflicts;    /* char *: "date: en 2019-03-21 (FILE) fr ..."
                                 for each field the versions disagree on */
} cg_doc_merge;

/* Merges the n >= 1 versions v[] of one document into *mg (free its
 * contents with cg_doc_merge_clear()). */
void cg_doc_merge_versions(const cg_doc *const *v, size_t n, cg_doc_merge *mg);
void cg_doc_merge_clear(cg_doc_merge *mg);

/* A citation one language version of a document has and another lacks
 * (same id, different languages; copies of one version are not compared). */
typedef struct cg_language_gap {
    const char *id;          /* the document's id (owned by the corpus) */
    const char *in_lang;     /* the version that has it */
    const char *not_in_lang; /* the version that lacks it */
    char *what;              /* "TARGET RELATION LOCATION" (owned) */
} cg_language_gap;

/* Every language gap of c's documents, in corpus order, into *out (free
 * with cg_language_gaps_free()); returns how many. */
size_t cg_corpus_language_gaps(const cg_corpus *c, cg_language_gap **out);
void cg_language_gaps_free(cg_language_gap *g, size_t n);

/* A warning's kind: its text with numbers as N and quoted words as '…', so
 * that 18,000 files' "invalid UTF-8 at byte 812" count as one kind. A new
 * string (g_free). */
char *cg_warning_kind(const char *w);

#endif
