/*
 * args.c - the one option parser of the subcommands (see args.h).
 */
#include <glib.h>
#include <stdio.h>
#include <string.h>

#include "args.h"

static const struct option corpus_longopts[] = {
    CG_CORPUS_LONGOPTS, {NULL, 0, NULL, 0}
};

int cg_args_parse(const cg_command *cmd, int argc, char **argv, cg_corpus_opts *co, cg_opt_fn own,
                  void *user)
{
    /* The command's table, then --help, then the corpus options. */
    GArray *lo = g_array_new(TRUE, TRUE, sizeof(struct option));
    for (const struct option *o = cmd->longopts; o && o->name; o++)
        g_array_append_val(lo, *o);
    struct option help = {"help", no_argument, NULL, 'h'};
    g_array_append_val(lo, help);
    for (const struct option *o = corpus_longopts; cmd->corpus && o->name; o++)
        g_array_append_val(lo, *o);
    char *shortopts = g_strconcat(cmd->shortopts, cmd->corpus ? "j:qvh" : "h", NULL);

    int rc = CG_ARGS_GO, opt;
    optind = 1;
    while (rc == CG_ARGS_GO &&
           (opt = getopt_long(argc, argv, shortopts, (struct option *)lo->data, NULL)) != -1) {
        int t = cmd->corpus ? cg_corpus_opt(opt, optarg, co) : 0;
        if (t < 0) {
            rc = CG_EXIT_USAGE;
        } else if (t) {
            continue;
        } else if (opt == 'h') {
            fputs(cmd->help, stdout);
            rc = CG_EXIT_OK;
        } else if (opt == '?' || opt == ':') {
            fputs(cmd->help, stderr);
            rc = CG_EXIT_USAGE;
        } else {
            int r = own(opt, optarg, user);
            if (r)
                rc = r;
        }
    }
    if (rc == CG_ARGS_GO && optind >= argc) {
        cg_msg("%s: no PATH given (see citegraph %s --help)", cmd->name, cmd->name);
        rc = CG_EXIT_USAGE;
    }
    g_free(shortopts);
    g_array_free(lo, TRUE);
    return rc;
}

int cg_args_choice(const char *opt, const char *value, const char *const *choices)
{
    for (size_t i = 0; choices[i]; i++)
        if (!strcmp(value, choices[i]))
            return 0;
    GString *list = g_string_new(NULL);
    for (size_t i = 0; choices[i]; i++)
        g_string_append_printf(list, "%s%s",
                               i == 0           ? ""
                               : choices[i + 1] ? ", "
                                                : " or ",
                               choices[i]);
    cg_msg("%s: expected %s, got '%s'", opt, list->str, value);
    g_string_free(list, TRUE);
    return CG_EXIT_USAGE;
}
