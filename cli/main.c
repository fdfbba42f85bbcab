/*
 * main.c - `citegraph COMMAND ...`: dispatch to the subcommands.
 */
/* fopencookie: standard output through a writer that keeps the system's
 * reason for a failed write (glibc discards it with the buffer). */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

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

/* Whatever a command wrote to standard output (a table, findings, -o -)
 * must have reached it: `check ... >/dev/full` used to exit 0 with the
 * findings lost. Checked once here, after every command, flush and close
 * included; a failure is an output error (status 3) with the system's
 * reason. */
static int stdout_errno; /* errno of the first failed write to fd 1 */
static int stdout_tty;   /* fd 1 is a terminal */

static ssize_t write_all(const char *buf, size_t n);

/* On a terminal, control characters other than tab and newline (an ESC
 * sequence in a document's title) are shown as \xNN rather than obeyed;
 * files and pipes get the bytes as they are. */
static ssize_t stdout_write(void *cookie, const char *buf, size_t n)
{
    (void)cookie;
    if (!stdout_tty)
        return write_all(buf, n);
    char tmp[4096];
    size_t t = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)buf[i];
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
            t += (size_t)snprintf(tmp + t, sizeof tmp - t, "\\x%02X", c);
        else
            tmp[t++] = (char)c;
        if (t > sizeof tmp - 8 || i + 1 == n) {
            if (write_all(tmp, t) < 0)
                return i ? (ssize_t)i : -1;
            t = 0;
        }
    }
    return (ssize_t)n;
}

static ssize_t write_all(const char *buf, size_t n)
{
    size_t done = 0;
    while (done < n) {
        ssize_t w = write(STDOUT_FILENO, buf + done, n - done);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            if (!stdout_errno)
                stdout_errno = w < 0 ? errno : EIO;
            return done ? (ssize_t)done : -1;
        }
        done += (size_t)w;
    }
    return (ssize_t)done;
}

static void wrap_stdout(void)
{
    cookie_io_functions_t io = {NULL, stdout_write, NULL, NULL};
    FILE *f = fopencookie(NULL, "w", io);
    if (!f)
        return; /* plain stdout: errors still caught, reason maybe not */
    stdout_tty = isatty(STDOUT_FILENO);
    setvbuf(f, NULL, _IOFBF, 1 << 16);
    stdout = f;
}

static int finish_stdout(int rc)
{
    int bad = ferror(stdout) != 0;
    errno = 0;
    if (fflush(stdout) != 0)
        bad = 1;
    int e = stdout_errno ? stdout_errno : errno;
    if (fclose(stdout) != 0 && !bad) {
        bad = 1;
        e = stdout_errno ? stdout_errno : errno;
    }
    if (!bad)
        return rc;
    cg_msg("standard output: write error: %s", e ? strerror(e) : "output lost");
    return rc == CG_EXIT_OK || rc == CG_EXIT_INPUT ? CG_EXIT_OUTPUT : rc;
}

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
    } cmds[] = {
        {"extract", cmd_extract},
        {"docs",    cmd_docs   },
        {"graph",   cmd_graph  },
        {"top",     cmd_top    },
        {"lineage", cmd_lineage},
        {"check",   cmd_check  },
        {"report",  cmd_report },
        {"render",  cmd_render }
    };
    for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++)
        if (!strcmp(cmd, cmds[i].name)) {
            wrap_stdout();
            return finish_stdout(cmds[i].fn(argc - 1, argv + 1));
        }
    cg_msg("unknown command '%s' (see citegraph --help)", cmd);
    return CG_EXIT_USAGE;
}
