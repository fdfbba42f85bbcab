/*
 * main.c - `citegraph COMMAND ...`: dispatch to the subcommands.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
    "usage: citegraph COMMAND [OPTIONS] PATH...\n"
    "\n"
    "Turns a folder of UN documents into a citation graph.\n"
    "\n"
    "commands:\n"
    "  extract   one record per citation (JSON Lines, TSV or CSV)\n"
    "  docs      one row per document: symbol, language, date, vote, ...\n"
    "  graph     write the citation graph (GraphML, GML, JSON, CSV, DOT)\n"
    "  top       the most-cited targets\n"
    "  lineage   what a document cites and what cites it, as a table or a map\n"
    "  check     citations forward in time, cycles, unresolved citations\n"
    "  report    one self-contained HTML report: overview, most-cited, map, history\n"
    "  render    draw a graph that `citegraph graph` wrote (GraphML) as a map\n"
    "\n"
    "PATH: files (.txt in UTF-8, UTF-16 with BOM or GB18030; .pdf) or folders,\n"
    "walked recursively in sorted order.\n"
    "\n"
    "`citegraph COMMAND --help` describes each command.\n"
    "\n"
    "exit status: 0 all input read and output written; 1 usage error;\n"
    "2 some input could not be read (the rest was processed) or none could;\n"
    "3 an output could not be written; 4 the reference data failed to load.\n";

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs(usage, stderr);
        return CG_EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
        fputs(usage, stdout);
        return CG_EXIT_OK;
    }
    if (!strcmp(cmd, "--version")) {
        printf("citegraph %s\n", CG_VERSION);
        return CG_EXIT_OK;
    }
    static const struct {
        const char *name;
        int (*fn)(int, char **);
    } cmds[] = {{"extract", cmd_extract}, {"docs", cmd_docs},
                {"graph", cmd_graph},     {"top", cmd_top},
                {"lineage", cmd_lineage}, {"check", cmd_check},
                {"report", cmd_report},   {"render", cmd_render}};
    for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++)
        if (!strcmp(cmd, cmds[i].name))
            return cmds[i].fn(argc - 1, argv + 1);
    cg_msg("unknown command '%s' (see citegraph --help)", cmd);
    return CG_EXIT_USAGE;
}
