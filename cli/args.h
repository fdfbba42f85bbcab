/*
 * args.h - the one option parser of the subcommands.
 *
 * Every corpus command takes the same corpus options (CG_CORPUS_LONGOPTS)
 * and one or more PATHs, prints its help on -h, and refuses an unknown
 * option with its help on stderr. A command describes only its own
 * options and handles each in a callback.
 */
#ifndef CG_ARGS_H
#define CG_ARGS_H

#include <getopt.h>

#include "cli.h"

/* A command's own option, as getopt_long returned it (arg is optarg).
 * Returns 0, or an exit status (CG_EXIT_USAGE) after saying why. */
typedef int (*cg_opt_fn)(int opt, const char *arg, void *user);

typedef struct cg_command {
    const char *name;              /* "extract": for messages */
    const char *help;              /* the --help text */
    const char *shortopts;         /* its own short options, e.g. "f:o:" */
    const struct option *longopts; /* its own long options, {0}-terminated */
    int corpus;                    /* 1: also the corpus options (-j -q -v
                                      and CG_CORPUS_LONGOPTS) */
} cg_command;

/* The value parse returns when the command should go on. */
#define CG_ARGS_GO (-1)

/* Parses argv for cmd: its own options go to own(opt, optarg, user), the
 * corpus options into co (when cmd->corpus), -h/--help prints the help.
 * Returns CG_ARGS_GO with optind at the first PATH (one at least is
 * required), or the exit status to return: CG_EXIT_OK after --help,
 * CG_EXIT_USAGE (message printed). */
int cg_args_parse(const cg_command *cmd, int argc, char **argv, cg_corpus_opts *co, cg_opt_fn own,
                  void *user);

/* 0 when value is one of choices (NULL-terminated), else says "--OPT:
 * expected a, b or c, got 'value'" and returns CG_EXIT_USAGE. */
int cg_args_choice(const char *opt, const char *value, const char *const *choices);

#endif
