/*
 * cli.h - what the subcommands share: reading a corpus, atomic output,
 * messages. The CLI only parses arguments and wires the stages together.
 */
#ifndef CG_CLI_H
#define CG_CLI_H

#include <stdio.h>

#include "extract/extract.h"
#include "graph/graph.h"
#include "report/report.h"

/* Exit statuses (documented in --help and docs/ERRORS.md). */
enum {
    CG_EXIT_OK = 0,     /* everything read and written */
    CG_EXIT_USAGE = 1,  /* bad arguments */
    CG_EXIT_INPUT = 2,  /* some input could not be read (the rest was
                             processed and written) or none could */
    CG_EXIT_OUTPUT = 3, /* an output could not be written */
    CG_EXIT_DATA = 4    /* the reference data or catalogue failed to load */
};

/* "citegraph: " + message on stderr. */
void cg_msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* extract.h cg_corpus_extract() with what it says printed (cg_msg) and a
 * progress line on a terminal. Returns CG_EXIT_OK, CG_EXIT_INPUT when
 * nothing at all could be read, or CG_EXIT_DATA. */
int cg_corpus_stream(char *const *paths, int npaths, const cg_corpus_opts *o, cg_corpus *c,
                     cg_doc_fn fn, void *user);

/* The same, keeping every document in c->docs (for the commands that need
 * them all at once: docs, report, check, --annotate). */
int cg_corpus_read(char *const *paths, int npaths, const cg_corpus_opts *o, cg_corpus *c);

/* Streams the corpus straight into a built graph (*out) that keeps what
 * keep says (graph.h), freeing each document once the graph has it: memory
 * grows with distinct edges, not with mentions or text. cut (may be NULL)
 * is told each document too. */
int cg_corpus_stream_graph(char *const *paths, int npaths, const cg_corpus_opts *o,
                           cg_granularity gran, cg_graph_keep keep, cg_corpus *c, cg_graph **out,
                           cg_cut_table *cut);

/* A progress line on stderr (files, MB/s, ETA) when stderr is a terminal
 * and the work lasts over a second; silent otherwise. */
typedef struct cg_progress cg_progress;
cg_progress *cg_progress_start(size_t total, int quiet);
void cg_progress_step(cg_progress *p, size_t bytes);
void cg_progress_end(cg_progress *p);
/* Exit status for a run that read c: CG_EXIT_INPUT if anything was skipped. */
int cg_corpus_status(const cg_corpus *c);

/* report.h cg_corpus_build_graph, its failure said. NULL on failure. */
cg_graph *cg_corpus_graph(const cg_corpus *c, cg_granularity gran);

/* Atomic output: writes into a temporary file beside path and renames it
 * over path on success; on failure or on SIGINT/SIGTERM nothing is left
 * behind and a previous file at path is untouched. "-" means stdout. */
typedef struct cg_out cg_out;
cg_out *cg_out_open(const char *path); /* NULL on error (printed) */
FILE *cg_out_file(cg_out *o);
int cg_out_commit(cg_out *o); /* 0 or CG_EXIT_OUTPUT */
void cg_out_abort(cg_out *o);
/* Commits two outputs together: both are written out completely before
 * either replaces its target; on any error neither does. Both must be
 * regular files (not -, not a device). 0 or CG_EXIT_OUTPUT. */
int cg_out_commit_pair(cg_out *a, cg_out *b);
/* 1 when path names a device, FIFO or folder (written directly, not
 * atomically), or is "-". */
int cg_out_is_special(const char *path);

/* Writes a whole buffer atomically. 0 or CG_EXIT_OUTPUT. */
int cg_out_write_all(const char *path, const char *data, size_t len);

/* The long options every corpus command shares, and their parser: returns
 * 1 when it took opt, 0 when opt is not one of them, -1 on a bad value. */
#define CG_CORPUS_LONGOPTS                                                                \
    {"lang", required_argument, NULL, 1001}, {"encoding", required_argument, NULL, 1002}, \
        {"jobs", required_argument, NULL, 'j'}, {"data", required_argument, NULL, 1003},  \
        {"quiet", no_argument, NULL, 'q'}, {"manifest", required_argument, NULL, 1004},   \
        {"cache", required_argument, NULL, 1005}, {"no-cache", no_argument, NULL, 1006},  \
        {"follow-links", no_argument, NULL, 1007},                                        \
    {                                                                                     \
        "verbose", no_argument, NULL, 'v'                                                 \
    }
#define CG_CORPUS_HELP                                                           \
    "  --lang L          read every file as language L (ar zh en fr ru es)\n"    \
    "  --encoding E      read .txt files in encoding E (default: detect)\n"      \
    "  -j, --jobs N      threads (default: number of cores)\n"                   \
    "  --data DIR        reference data folder (default: the shipped one)\n"     \
    "  --manifest FILE   TSV: path symbol language date title, for files that\n" \
    "                    do not identify themselves (a folder's citegraph.tsv\n" \
    "                    is read too); it wins over detection\n"                 \
    "  --cache DIR       where extraction results are kept between runs\n"       \
    "                    (default: ~/.cache/citegraph); a re-run extracts\n"     \
    "                    only changed files\n"                                   \
    "  --no-cache        neither read nor write the cache\n"                     \
    "  --follow-links    follow symbolic links that lead out of the folders\n"   \
    "                    given (default: skipped, and counted)\n"                \
    "  -q, --quiet       no warnings, only errors\n"                             \
    "  -v, --verbose     every warning (default: the first 3 of each kind,\n"    \
    "                    then a count per kind)\n"
int cg_corpus_opt(int opt, const char *arg, cg_corpus_opts *o);

/* Draws s as a map (render stage) into path, atomically, in the format -T
 * tfmt names or, when tfmt is NULL, path's extension; the vertex focus (may
 * be NULL) is highlighted. Unless quiet, says on stderr when the map is too
 * large for the layered layout and how to draw less. Returns 0,
 * CG_EXIT_USAGE (unknown format) or CG_EXIT_OUTPUT (message printed). */
struct cg_map_options;
int cg_draw_map(const cg_graph *s, const char *focus, const char *path, const char *tfmt,
                const struct cg_map_options *mo, int quiet, const char *caption);
/* The long options of every command that draws a map (lineage, render),
 * and their parser: --rankdir D and --link-lang L into mo. Returns 1 when
 * it took opt, 0 when opt is not one of them, -1 on a bad value (said). */
#define CG_MAP_LONGOPTS                            \
    {"rankdir", required_argument, NULL, 1101},    \
    {                                              \
        "link-lang", required_argument, NULL, 1102 \
    }
int cg_map_opt(int opt, const char *arg, struct cg_map_options *mo);
/* -T FORMAT into *tfmt: 0, or CG_EXIT_USAGE after saying why the value is
 * refused. */
int cg_map_opt_format(const char *arg, const char **tfmt);
/* Refuses an output path before any work is done: its folder must exist
 * and be writable, and it must not be a folder itself ("-" is stdout).
 * 0, or CG_EXIT_OUTPUT with the reason printed. */
int cg_out_preflight(const char *path);
/* Resolves an id as a person typed it (graph.h cg_graph_lookup) to the
 * graph's canonical id; prints the candidates or a "did you mean" and
 * returns NULL when it cannot. `what` names the option in messages. */
const char *cg_lookup_id(const cg_graph *g, const char *typed, const char *what);

/* Common option parsing helpers. */
/* --granularity: "article" or "instrument"; -1 (message printed) otherwise. */
int cg_parse_granularity(const char *s, cg_granularity *g);
int cg_parse_int(const char *s, int lo, int hi, int *out);

int cmd_extract(int argc, char **argv);
int cmd_docs(int argc, char **argv);
int cmd_graph(int argc, char **argv);
int cmd_top(int argc, char **argv);
int cmd_lineage(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_render(int argc, char **argv);

#endif
