/*
 * cmd_docs.c - `citegraph docs`: what each document is.
 */
#include <getopt.h>
#include <glib.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "report/report.h"

static const char help[] =
    "usage: citegraph docs [OPTIONS] PATH...\n"
    "\n"
    "One row per document. Files of one symbol (language versions, a .txt and\n"
    "a .pdf, two copies) are one document: its fields are merged field by\n"
    "field (the English version's value first, else the first version that\n"
    "has one: a date found in one version serves all), versions that disagree\n"
    "are reported (jsonl/csv \"conflicts\"; a '!' after the table's date), and\n"
    "its citations are counted once (each target's mentions from the version\n"
    "with the most, not summed over versions).\n"
    "\n"
    "Fields and where they come from (an unknown field stays empty: nothing\n"
    "is guessed):\n"
    "  symbol      the document's own symbol; id_source says how it was found:\n"
    "              manifest; header (the masthead symbol, also spaced 'A /HRC/\n"
    "              RES/ 35/3', or a Security Council heading in any language:\n"
    "              'Resolution 1518 (2003)', 'Резолюция 1518 (2003)',\n"
    "              '第1518(2003)号决议', 'القرار 1518 (2003)'); title (a numbered\n"
    "              title '35/3. Human rights ...', 'Resolution 6/3.', '5 3 / 5 .'\n"
    "              read with the adopting body); filename (E_CN.4_RES_2005_55.txt,\n"
    "              S_RES_1518(2003).txt, A_HRC_RES_35_3-EN.pdf; the language\n"
    "              suffix is no part of the symbol); none ('file:' id)\n"
    "  date        adoption date; date_source: adoption (the head's statement\n"
    "              'Resolution adopted by the Human Rights Council on 22 June\n"
    "              2017', '人权理事会2017年3月23日通过的决议', 'принятая Советом\n"
    "              Безопасности на его 6283-м заседании 12 марта 2010 года'),\n"
    "              heading (old SC 'Resolution 290 of 8 December 1970'),\n"
    "              decision ('At its 48th meeting, on 25 March 2011, the ...\n"
    "              Council decided'), closing ('37th meeting / 5 July 2018'),\n"
    "              manifest. The 'Distr.' date of issue is never taken.\n"
    "  body        the adopting body: the line that opens the text ('The Human\n"
    "              Rights Council,'), else the adoption statement, else the\n"
    "              letterhead's last body line\n"
    "  session     the session line ('Thirty-fifth session', also on the body's\n"
    "              line; '第三十五届会议', 'الدورة الخامسة والثلاثون'), above the title\n"
    "  agenda_item 'Agenda item 3', 'Point 3 de l'ordre du jour', ...\n"
    "  meeting     the adoption statement's or the closing line's meeting\n"
    "  title       the resolution's own title (title_source: numbered, from the\n"
    "              numbered title line; heading, after 'Resolution 6/2.'), in\n"
    "              the shown version; jsonl lists every version's\n"
    "  vote        yes/no/abstain of a recorded vote; 'without vote'\n"
    "  act         (jsonl) what the text says it does to a mandate, from its\n"
    "              own words ('Decides to appoint' establish, 'Decides to\n"
    "              extend the mandate' renew, 'decides to postpone'\n"
    "              postpone; '' when it says none), act_years the years it\n"
    "              gives ('for a period of three years'; 0 when unsaid)\n"
    "The words (six languages) are data: corpus/data/doc-words.tsv,\n"
    "months.tsv, body-names.tsv.\n"
    "\n"
    "options:\n"
    "  -f, --format F    table (default), jsonl or csv\n"
    "  -o, --output FILE write to FILE (atomically) instead of stdout\n" CG_CORPUS_HELP;

/* -f and -o into fo[0] and fo[1]. */
static int format_output_opt(int opt, const char *arg, void *user)
{
    const char **fo = user;
    fo[opt == 'o'] = arg;
    return 0;
}

int cmd_docs(int argc, char **argv)
{
    static const struct option lo[] = {
        {"format", required_argument, NULL, 'f'},
        {"output", required_argument, NULL, 'o'},
        {NULL,     0,                 NULL, 0  }
    };
    static const cg_command cmd = {"docs", help, "f:o:", lo, 1};
    static const char *const formats[] = {"table", "jsonl", "csv", NULL};
    cg_corpus_opts co = {0};
    const char *fo[2] = {"table", "-"};
    int ar = cg_args_parse(&cmd, argc, argv, &co, format_output_opt, fo);
    if (ar != CG_ARGS_GO)
        return ar;
    const char *format = fo[0], *output = fo[1];
    if (cg_args_choice("--format", format, formats))
        return CG_EXIT_USAGE;
    cg_corpus c;
    int rc = cg_corpus_read(argv + optind, argc - optind, &co, &c);
    if (rc) {
        cg_corpus_free(&c);
        return rc;
    }
    cg_out *o = cg_out_open(output);
    if (!o) {
        cg_corpus_free(&c);
        return CG_EXIT_OUTPUT;
    }
    cg_docs_write(&c, format, cg_out_file(o));
    rc = cg_out_commit(o);
    if (!rc)
        rc = cg_corpus_status(&c);
    cg_corpus_free(&c);
    return rc;
}
