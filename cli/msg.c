#include <errno.h>
#include <glib.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "common/text.h"

/* Messages name files and quote titles, which may hold anything: control
 * characters (ESC sequences, a carriage return, C1 codes) are written as
 * \xNN so that a hostile name cannot drive the terminal or forge a line. */
void cg_msg(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *m = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    GString *g = g_string_new("citegraph: ");
    cg_term_text(g, m);
    g_string_append_c(g, '\n');
    fputs(g->str, stderr);
    g_string_free(g, TRUE);
    g_free(m);
}

int cg_parse_int(const char *s, int lo, int hi, int *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < lo || v > hi)
        return -1;
    *out = (int)v;
    return 0;
}

int cg_corpus_opt(int opt, const char *arg, cg_corpus_opts *o)
{
    switch (opt) {
    case 1001:
        if (!cg_lang_code_valid(arg)) {
            cg_msg("--lang: expected a language code such as en, zh, ar, got '%s'", arg);
            return -1;
        }
        o->lang = arg;
        return 1;
    case 1002: o->encoding = arg; return 1;
    case 1003: o->data_dir = arg; return 1;
    case 1004: o->manifest = arg; return 1;
    case 1005: o->cache_dir = arg; return 1;
    case 1006: o->no_cache = 1; return 1;
    case 1007: o->follow_links = 1; return 1;
    case 'q': o->quiet = 1; return 1;
    case 'v': o->verbose = 1; return 1;
    case 'j':
        if (cg_parse_int(arg, 1, 1024, &o->jobs)) {
            cg_msg("--jobs: expected a number from 1 to 1024, got '%s'", arg);
            return -1;
        }
        return 1;
    default: return 0;
    }
}

int cg_parse_granularity(const char *s, cg_granularity *g)
{
    if (!strcmp(s, "article"))
        *g = CG_GRAN_ARTICLE;
    else if (!strcmp(s, "instrument"))
        *g = CG_GRAN_INSTRUMENT;
    else {
        cg_msg("--granularity: expected article or instrument, got '%s'", s);
        return -1;
    }
    return 0;
}
