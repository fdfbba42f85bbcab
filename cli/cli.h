/*
 * cli.h - what the subcommands share: reading a corpus, atomic output,
 * messages. The CLI only parses arguments and wires the stages together.
 */
#ifndef CG_CLI_H
#define CG_CLI_H

#include <stdio.h>

#include "extract/extract.h"
#include "graph/graph.h"

/* Exit statuses (documented in --help and docs/ERRORS.md). */
enum {
    CG_EXIT_OK = 0,       /* everything read and written */
    CG_EXIT_USAGE = 1,    /* bad arguments */
    CG_EXIT_INPUT = 2,    /* some input could not be read (the rest was
                             processed and written) or none could */
    CG_EXIT_OUTPUT = 3,   /* an output could not be written */
    CG_EXIT_DATA = 4      /* the reference data or catalogue failed to load */
};

/* "citegraph: " + message on stderr. */
void cg_msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Options every corpus-reading command takes. */
typedef struct cg_corpus_opts {
    const char *lang;
    const char *encoding;
    const char *data_dir;
    int jobs;             /* 0 = number of cores */
    int quiet;
    int keep_text;        /* keep each document's text (for --annotate) */
    const char *manifest; /* --manifest FILE */
} cg_corpus_opts;

/* A corpus read into memory: docs[i] is NULL for a file that failed. */
typedef struct cg_corpus {
    cg_extractor *x;
    cg_walk *walk;
    cg_doc **docs;
    size_t n;
    size_t failed;        /* files that could not be read */
    size_t problems;      /* paths that could not be walked */
} cg_corpus;

/* Walks paths and extracts every file (in parallel, results in walk order),
 * printing one line per unreadable file and a warning line per oddity.
 * Returns CG_EXIT_OK, CG_EXIT_INPUT when nothing at all could be read, or
 * CG_EXIT_DATA. */
int cg_corpus_read(char *const *paths, int npaths, const cg_corpus_opts *o,
                   cg_corpus *c);
void cg_corpus_free(cg_corpus *c);
/* Exit status for a run that read c: CG_EXIT_INPUT if anything was skipped. */
int cg_corpus_status(const cg_corpus *c);

/* Builds the citation graph of a corpus. NULL on failure (message printed). */
cg_graph *cg_corpus_graph(const cg_corpus *c, cg_granularity gran);

/* Atomic output: writes into a temporary file beside path and renames it
 * over path on success; on failure or on SIGINT/SIGTERM nothing is left
 * behind and a previous file at path is untouched. "-" means stdout. */
typedef struct cg_out cg_out;
cg_out *cg_out_open(const char *path);       /* NULL on error (printed) */
FILE *cg_out_file(cg_out *o);
int cg_out_commit(cg_out *o);                /* 0 or CG_EXIT_OUTPUT */
void cg_out_abort(cg_out *o);
/* Writes a whole buffer atomically. 0 or CG_EXIT_OUTPUT. */
int cg_out_write_all(const char *path, const char *data, size_t len);

/* The long options every corpus command shares, and their parser: returns
 * 1 when it took opt, 0 when opt is not one of them, -1 on a bad value. */
#define CG_CORPUS_LONGOPTS                                    \
    {"lang", required_argument, NULL, 1001},                  \
    {"encoding", required_argument, NULL, 1002},              \
    {"jobs", required_argument, NULL, 'j'},                   \
    {"data", required_argument, NULL, 1003},                  \
    {"quiet", no_argument, NULL, 'q'},                        \
    {"manifest", required_argument, NULL, 1004}
#define CG_CORPUS_HELP                                                        \
    "  --lang L          read every file as language L (ar zh en fr ru es)\n" \
    "  --encoding E      read .txt files in encoding E (default: detect)\n"   \
    "  -j, --jobs N      threads (default: number of cores)\n"               \
    "  --data DIR        reference data folder (default: the shipped one)\n" \
    "  --manifest FILE   TSV: path symbol language date title, for files that\n" \
    "                    do not identify themselves (a folder's citegraph.tsv\n" \
    "                    is read too); it wins over detection\n"            \
    "  -q, --quiet       no warnings, only errors\n"
int cg_corpus_opt(int opt, const char *arg, cg_corpus_opts *o);

/* Common option parsing helpers. */
int cg_parse_int(const char *s, int lo, int hi, int *out);

int cmd_extract(int argc, char **argv);
int cmd_docs(int argc, char **argv);
int cmd_graph(int argc, char **argv);
int cmd_top(int argc, char **argv);
int cmd_lineage(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_report(int argc, char **argv);

#endif
