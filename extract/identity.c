/*
 * identity.c - a document's own symbol, body, session, agenda item, title,
 * adoption date, meeting and skip ranges (see identity.h).
 *
 * The vocabulary is data (docwords.h: corpus/data/doc-words.tsv, months.tsv,
 * body-names.tsv): the patterns below name it as @{key} and are compiled
 * once per table, so a language is added by adding rows. What stays here is
 * layout: where on a line a word stands, and the forms only one corpus has
 * (the Security Council's English headings of corpus/unsc-en, and the
 * Chinese date "2013年 6月 13日" with its meeting "第 38次会议").
 */
#include "identity.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <glib.h>

#include "docwords.h"
#include "meta_rx.h"
#include "symbol.h"
#include "zhnum.h"

#define MONTH "((?i:@{month}))(?!\\p{L})"
/* A comma as printed in each script: ASCII, ideographic, Arabic. */
#define COMMA "[,.\u060C\uFF0C]"
/* "of" before a heading date, as printed and as OCR read it ("Of", "ef"). */
#define OF "(?:[oOe]f)"
/* A symbol, also spaced as PDF text prints it ("A /HRC/RES/ 35/3"). */
#define SYM                                                                             \
    "((?:A|S|E|ST)(?:[ \\t]*/[ \\t]*[A-Za-z0-9](?:[A-Za-z0-9.\\-]*[A-Za-z0-9])?)+(?:[ " \
    "\\t]*\\([0-9]{4}\\))?)"
/* A number of a numbered title, digits maybe spaced ("5 3 / 5 ."). */
#define NUM  "([0-9](?:[ ]?[0-9]){0,3})"
#define NUMX "[0-9](?:[ ]?[0-9]){0,3}"
/* Any date: "22 June 2017", "1er octobre 2009", "12 марта 2010 года",
 * "21 آذار/مارس 2019", "on31 October 2000", "2017年3月23日". Groups: day,
 * month, year; or (Chinese) year, month, day. */
#define DATE_ANY                                                            \
    "(?:(?<![0-9])([0-9]{1,2})(?:[ \\t]*(?:@{day.suffix}))?\\s*"            \
    "(?:(?:@{date.link})\\s+)?" MONTH "\\s*,?\\s*(?:(?:@{date.link})\\s+)?" \
    "([0-9]{4})(?![0-9])"                                                   \
    "|(?<![0-9])([0-9]{4})\\s*年\\s*([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*日)"

enum {
    RX_BODY_START,
    RX_MASTHEAD,
    RX_SC_HEADING,
    RX_SC_OLD_HEADING,
    RX_OF_DATE,
    RX_OWN_DOC_SYMBOL,
    RX_SC_EVIDENCE,
    RX_BODY_LINE,
    RX_SESSION,
    RX_AGENDA,
    RX_NUMBERED_TITLE,
    RX_END_ZH,
    RX_END_ZH_MEETING_FIRST,
    RX_END,
    RX_SC_ADOPTED_BY,
    RX_SC_MEETING,
    RX_JOB_NUMBER,
    RX_BREAK,
    RX_BREAK_AGENDA,
    RX_BODY_AT_END,
    RX_BODY_ANY,
    RX_ADOPTION,
    RX_DATE,
    RX_DATE_AT,
    RX_MEETING_IN,
    RX_RES_LINE,
    RX_SC_HEADING_ANY,
    RX_ROMAN_TITLE,
    RX_DECIDED,
    RX_RES_WORD,
    RX_RES_WORD_START,
    RX_COMPACT,
    RX_LABEL_DATE,
    RX_RES_DATE_YEAR,
    RX_PART_IN_TITLE,
    RX_QUOTED_TITLE,
    RX_ZH_HEADING,
    RX_SITE_NOTE,
    RX_COUNT
};

static const char *const RX_SRC[RX_COUNT] = {
    /* The line that opens the body: "The Security Council,", "人权理事会，",
     * "Le Conseil des droits de l'homme,", "إن مجلس حقوق الإنسان،". */
    [RX_BODY_START] = "^[ \\t]*(?:(?:@{opening.article})[ \\t]*(@{body})[ \\t]*" COMMA "?"
                      "|(@{body})[ \\t]*" COMMA ")[ \\t]*$",
    /* The organisation's name and the symbol, on one line or two (ru, ar). */
    [RX_MASTHEAD] = "^[ \\t]*(?:(?i:@{masthead})\\s*)?" SYM "[ \\t]*(?:Distr\\..*)?$",
    /* "RESOLUTION 837 (1993)", "Resolution 607 (1988)", "Resolution 290",
     * "Resolution 892 (1993) of 22 December 1993", OCR "(197-4)". */
    [RX_SC_HEADING] = "^[ \\t]*(?:RESOLUTION|Resolution)[ \\t]+([0-9]+)[ \\t]*"
                      "(?:\\(([0-9][0-9 \\t\\-]*[0-9])\\))?[ \\t]*"
                      "(?:" OF "[ \\t]+([0-9]{1,2})[ \\t]+" MONTH "[ \\t]+([0-9]{4}))?[ \\t]*$",
    /* "38 (1948). Resolution of 17 January 1948" (rest of line: footnote). */
    [RX_SC_OLD_HEADING] =
        "^[ \\t]*([0-9]+)[ \\t]*\\(([0-9]{4})\\)\\.?[ \\t]*Resolution[ \\t]+of[ \\t]+"
        "([0-9]{1,2})[ \\t]+" MONTH "[ \\t]+([0-9]{4}).*$",
    [RX_OF_DATE] = "\\G\\s*" OF "[ \\t]+([0-9]{1,2})[ \\t]+" MONTH "[ \\t]+([0-9]{4})[ \\t]*$",
    /* "[S/4463]", "(S/651]": the draft's symbol printed under old headings. */
    [RX_OWN_DOC_SYMBOL] = "\\G\\s*^[ \\t]*[\\[(]S/[0-9]+[\\])][ \\t]*$",
    /* The Security Council named in any language, or its agenda symbol. */
    [RX_SC_EVIDENCE] = "(?i:@{body.SC})|\\bS/Agenda\\b|^[ \\t]*S/RES/",
    [RX_BODY_LINE] = "^[ \\t]*(@{body})[ \\t]*$",
    /* A session word ("session", "período de sesiones", "届会议", "الدورة");
     * its number is read from the words around it by session_number(). */
    [RX_SESSION] = "(?i:@{session})(?!\\p{L})",
    /* "Agenda item 3", "Point 3 de l'ordre du jour", "البند 3 من جدول الأعمال". */
    /* The item's letter as printed: "3 (a)", "105 b)", "71, b,", and in
     * Russian "68 b повестки дня". */
    [RX_AGENDA] =
        "^[ \\t]*(?i:@{agenda})[ \\t]*([0-9]+)(?:[ \\t]*(?:\\(([a-z]{1,3})\\)"
        "|([a-z]{1,3})\\)|,[ \\t]*([a-z]{1,3})[ \\t]*,|([a-z])(?=[ \\t]+\\p{Cyrillic})))?",
    /* "23/12. Title"; Arabic "23/12 - Title"; "40/7.The right to food",
     * "16/27 The right to food", "5 1 / 19. The human rights", "22/9." */
    [RX_NUMBERED_TITLE] =
        "^[ \\t]*" NUM "[ \\t]*/[ \\t]*" NUM "[ \\t]*"
        "(?:[.|\\-\\x{2013}][ \\t]*(.*?)|(?=\\p{L}|[\\x{00AB}\"\\x{201C}])(.*?))[ \\t]*$",
    [RX_END_ZH] = "([0-9]{4})\\s*年\\s*([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*日\\s*"
                  "第\\s*([0-9]+)\\s*次\\s*(?:全体\\s*)?会议",
    /* General Assembly: "第 60次全体会议 / 2012年 12月 20日". */
    [RX_END_ZH_MEETING_FIRST] = "第\\s*([0-9]+)\\s*次\\s*(?:全体\\s*)?会议\\s*"
                                "([0-9]{4})\\s*年\\s*([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*日",
    /* "38th meeting / 13 June 2013", "38e séance / 13 juin 2013",
     * "38ª sesión / 13 de junio de 2013", "38-е заседание / 13 июня 2013
     * года", "الجلسة 38 / 13 حزيران/يونيه 2013", "51st plenary meeting
     * 26 November 2025", "Adopted at the 83rd plenary meeting, 12 December
     * 1997": a line of its own or a sentence of its own (a meeting named
     * inside a sentence is some other meeting's). */
    [RX_END] = "(?:^|(?<=[.;])[ \\t])[ \\t]*(?:(?i:@{adopted.at})[ \\t]+)?"
               "(?:([0-9]+)[ \\t]*(?:@{ordinal.suffix})?[ \\t]+(?i:@{meeting})"
               "|(?i:@{meeting})[ \\t]+([0-9]+))[\\s,/]*"
               "(?:(?i:@{date.on})\\s+)?"
               "([0-9]{1,2})(?:@{day.suffix})?\\s+(?:(?:@{date.link})\\s+)?" MONTH
               "\\s+(?:(?:@{date.link})\\s+)?([0-9]{4})",
    [RX_SC_ADOPTED_BY] =
        "Adopted\\s+by\\s+the\\s+Security\\s+Council\\s+at\\s+_?its\\s+([0-9][0-9O]*)"
        "(?:st|nd|rd|th|d)\\s+meeting\\s*,?\\s*(?:held\\s+)?(?:on\\s*)?"
        "([0-9]{1,2})\\s*" MONTH "\\s*,?\\s+([0-9]{4})",
    [RX_SC_MEETING] = "\\bAdopted\\b[^.\\]]{0,80}?\\bat\\s+(?:the|its)\\s+(?:resumed\\s+)?"
                      "([0-9][0-9O]*)\\s*(?:st|nd|rd|th|d)\\s+meet",
    /* "GE.13-15112 (C)", "GE.13-15112 (C)  270613  280613", "02-75941 (E)",
     * "13-15112", and the bar code line "*1315112*". */
    [RX_JOB_NUMBER] =
        "^[ \\t]*(?:(?:GE\\.)?[0-9]{2}-[0-9]{5}(?:[ \\t]*\\([A-Z]\\))?(?:[ \\t]+[0-9]{6})*"
        "|\\*[0-9]{7,}\\*)[ \\t]*$",
    /* Where a web page run into one line had its line breaks (relayout()):
     * 1 a symbol, 2 "Distr.", 3 an agenda item, 4 an adoption statement,
     * 5 a bracketed note "[on the report of ...]", 6 a numbered title,
     * 7 a resolution heading, 8 the line that opens the body (the end),
     * 9 a part's letter after the title ("56/24. Désarmement général et
     * complet A PRESERVATION ...", "50/72. 审查... A. 裁军谈判会议的报告"). */
    [RX_BREAK] =
        "(?<![^\\s])(?:"
        "((?:A|S|E)(?:[ \\t]*/[ \\t]*[A-Za-z0-9][A-Za-z0-9.\\-]*)+(?:[ "
        "\\t]*\\([0-9]{4}\\))?)(?=\\s|$|Distr)"
        "|(Distr\\.)"
        "|((?:@{agenda})[ \\t]*[0-9])"
        "|((?i:@{adoption.res}|@{adoption.dec}))"
        "|(\\[[^\\]\\n]{0,300}\\])"
        "|(" NUMX "[ \\t]*/[ \\t]*" NUMX "[ \\t]*(?:[.\\-\\x{2013}][ \\t]*)?(?=\\p{L}))"
        "|((?:(?i:@{body})[ \\t]+(?i:@{res.word}|@{dec.word})|@{res.word}|@{dec.word})[ \\t]+" NUMX
        "(?:[ \\t]*/[ \\t]*" NUMX ")?"
        "(?:[ \\t]*\\([0-9]{4}\\))?)"
        "|((?:(?i:@{opening.article})[ \\t]*)?(?i:@{body})[ \\t]*[,\\x{060C}\\x{FF0C}])"
        "|([A-H]\\.?)(?=[ \\t]+(?:\\p{Lu}|\\p{Han}))"
        ")",
    /* RX_BREAK's group 3 alone: relayout_needed()'s test. */
    [RX_BREAK_AGENDA] = "(?:@{agenda})[ \\t]*[0-9]",
    /* A body's name ending the text searched ("Commission on Human Rights"
     * before "resolution 2004/19"). */
    [RX_BODY_AT_END] = "(?i:@{body})[ \\t]*\\z",
    [RX_BODY_ANY] = "(?i:@{body})",
    [RX_ADOPTION] = "(?i:@{adoption})",
    [RX_DATE] = DATE_ANY,
    [RX_DATE_AT] = "\\G[ \\t]*(?:(?i:@{date.on})[ \\t]+)?" DATE_ANY,
    /* The meeting of an adoption: "4213th meeting", "4872e séance",
     * "6283-м заседании", "第4213次会议", "جلسته 4872". */
    [RX_MEETING_IN] = "(?<![0-9])([0-9]+)[ \\t]*(?:@{ordinal.suffix})?[ \\t]*(?i:@{meeting})"
                      "|(?i:@{meeting})[ \\t]*([0-9]+)",
    /* A resolution heading: "Resolution 6/2. Mandate of ...", "Résolution
     * 1518 (2003)", "Резолюции 7/14 Право на питание", "Resolución de la
     * Comisión de Derechos Humanos 2005/55.", "Commission on Human Rights
     * resolution 2004/19". Groups: 1 body before, 2 the word, 3 what stands
     * between word and number, 4 5 the number, 6 a year, 7 the rest. */
    [RX_RES_LINE] = "^[ \\t]*[\\x{00AB}\"\\x{201C}]?[ \\t]*(?:((?i:@{body}))[ \\t]+)?"
                    "((?(1)(?i:@{res.word}|@{dec.word})|(?:@{res.word}|@{dec.word})))(?!\\p{L})"
                    "[ \\t]*([^\\n0-9]{0,60}?)[ \\t]*" NUM "(?:[ \\t]*/[ \\t]*" NUM
                    ")?(?![0-9])(?:[ \\t]*\\(([0-9]{4})\\))?"
                    "[ \\t]*[\\x{00BB}\"\\x{201D}]?[ \\t]*[.,]?[ \\t]*(.*?)[ \\t]*$",
    /* Chinese Security Council heading "第1518(2003)号决议". */
    [RX_SC_HEADING_ANY] = "^[ \\t]*第[ \\t]*([0-9]+)[ \\t]*[(\\x{FF08}]([0-9]{4})[)\\x{FF09}][ "
                          "\\t]*(?:@{res.suffix})",
    /* A Chinese heading of a session/number resolution alone on its line:
     * "聯合國大會第50/52號決議". */
    [RX_ZH_HEADING] = "^[ \\t]*(?:@{body})?[ \\t]*第[ \\t]*[0-9]+[ \\t]*/[ \\t]*[0-9]+[ \\t]*"
                      "(?:@{res.suffix})[ \\t]*$",
    /* A web site's note after the text (Wikisource: "Este trabajo está
     * extraído de un documento oficial de las Naciones Unidas…",
     * "本作品來自聯合國官方文件…" and the instruction ST/AI/189/Add.9/Rev.2). */
    [RX_SITE_NOTE] = "^[ \\t]*(?:@{site.note})",
    /* An old General Assembly title "1654 (XVI). The situation ...". */
    [RX_ROMAN_TITLE] = "^[ \\t]*([0-9]{1,4})[ \\t]*\\(([IVXL]{1,6})\\)[ \\t]*(?:\\.[ "
                       "\\t]*|(?=\\p{Lu}))(.*?)[ \\t]*$",
    /* A resolution or decision word before a number (a second heading on
     * a line is a page's navigation: "« Resolución 2757 (XXVI) ...
     * Resolución 2759 (XXVI) »"), or opening a line (no title). */
    [RX_RES_WORD] = "(?:@{res.word}|@{dec.word})(?!\\p{L})[ \\t]*(?:[0-9]|$)",
    /* A site's compact code for the symbol: "Resolution A36r057" (A/RES/
     * 36/57), "Resolution E92r027" (E/RES/1992/27). */
    [RX_COMPACT] = "^[ \\t]*(?:@{res.word})[ \\t]+([AE])([0-9]{2})r([0-9]{3})[ \\t]*$",
    /* A page's "Date: 22 octobre 1997" with the adoption right after it
     * ("Adoptée sans vote"): the adoption date. */
    [RX_LABEL_DATE] = "^[ \\t]*(?i:@{date.label})[ \\t]*:[ \\t]*" DATE_ANY
                      "[ \\t|]*\\n?[ \\t]*(?i:@{vote.adopted})(?!\\p{L})",
    /* A heading whose year is a date's: "RESOLUCIÓN 1510 (13 de octubre de
     * 2003)" in a journal's reprint. */
    [RX_RES_DATE_YEAR] = "\\G[ \\t]*\\([ \\t]*" DATE_ANY "[ \\t]*\\)",
    /* A part's letter inside a title run into one line. */
    /* A heading that names the adopting body and then quotes the title
     * ("Резолюция 60/112,\nпринятая Генеральной Ассамблеей Организации
     * Объединенных Наций, \"Осуществление Декларации …\" (По докладу …)"). */
    [RX_QUOTED_TITLE] =
        "(?i:@{body})[^\"\\x{00AB}\\x{201C}.;\\[\\]]{0,60}?,\\s*"
        "[\"\\x{00AB}\\x{201C}]([^\"\\x{00BB}\\x{201D}]{5,400})[\"\\x{00BB}\\x{201D}]",
    [RX_PART_IN_TITLE] = "[ \\t][A-H]\\.?[ \\t]+(?=\\p{Lu}|\\p{Han})",
    [RX_RES_WORD_START] = "\\G(?i:@{res.word}|@{dec.word})(?!\\p{L})",
    /* "At its 48th meeting, on 25 March 2011, the Human Rights Council". */
    [RX_DECIDED] = "^[ \\t]*(?i:@{at.its})[ \\t]+([0-9]+)[ \\t]*(?:@{ordinal.suffix})?[ \\t]+"
                   "(?:\\p{L}+[ \\t]+)?(?i:@{meeting})[\\s,]*(?:(?i:@{date.on})\\s+)?"
                   "([0-9]{1,2})(?:@{day.suffix})?\\s+(?:(?:@{date.link})\\s+)?" MONTH
                   "\\s+(?:(?:@{date.link})\\s+)?([0-9]{4})[\\s,]+(?:(?i:@{opening.article})\\s+)?"
                   "((?i:@{body}))",
};

/* ---- small helpers ---------------------------------------------------- */

typedef struct ctx {
    const cg_docwords *words;
    pcre2_code *const *rx; /* RX_SRC compiled for words */
    const char *text;
    size_t len;
    size_t head_end;        /* end of the part searched for the symbol */
    const char *orig;       /* the text as read */
    char *buf;              /* the text with its head's lost line breaks
                                 put back (relayout()); c->text points here */
    const char *adopt_body; /* the body an adoption statement names */
    pcre2_match_data *md;
    const cg_refdata *ref; /* bodies.tsv: how each body numbers (symbol_of) */
    cg_docmeta *m;
    size_t (*skip)[2];
    size_t n_skip, cap_skip;
} ctx;

static int match(ctx *c, int i, size_t from, size_t to)
{
    return cg_mrx_match(c->rx[i], c->text, to, from, c->md) > 0;
}

static size_t g0(ctx *c, int g)
{
    return cg_mrx_start(c->md, g);
}
static size_t g1(ctx *c, int g)
{
    return cg_mrx_end(c->md, g);
}

/* Value of a run of ASCII digits, OCR 'O' read as 0; -1 when too long. */
static long digits_value(const char *s, size_t a, size_t b)
{
    long v = 0;
    if (b - a > 9 || b <= a)
        return -1;
    for (size_t i = a; i < b; i++) {
        char ch = s[i] == 'O' ? '0' : s[i];
        if (ch < '0' || ch > '9')
            continue; /* "197-4": OCR noise inside a number */
        v = v * 10 + (ch - '0');
    }
    return v;
}

static int month_index(ctx *c, const char *s, size_t n)
{
    long m = cg_docwords_key_number(cg_docwords_key(c->words, "month", s, n, NULL));
    return m >= 1 && m <= 12 ? (int)m : 0;
}

/* Sets m->date to "2013-06-13" from the day, month-name and year groups of
 * the last match (an invalid date is ignored), saying where it came from. */
static void set_date(ctx *c, int gd, int gm, int gy, int overwrite, cg_date_source src)
{
    if (c->m->date && !overwrite)
        return;
    long d = digits_value(c->text, g0(c, gd), g1(c, gd));
    int mo = month_index(c, c->text + g0(c, gm), g1(c, gm) - g0(c, gm));
    long y = digits_value(c->text, g0(c, gy), g1(c, gy));
    if (d < 1 || d > 31 || mo < 1 || y < 1900 || y > 2999)
        return;
    g_free(c->m->date);
    c->m->date = g_strdup_printf("%04ld-%02d-%02ld", y, mo, d);
    c->m->date_source = src;
}

/* The same from numeric year, month and day groups (Chinese dates). */
static void set_date_ymd(ctx *c, int gy, int gm, int gd, int overwrite, cg_date_source src)
{
    if (c->m->date && !overwrite)
        return;
    long y = digits_value(c->text, g0(c, gy), g1(c, gy));
    long mo = digits_value(c->text, g0(c, gm), g1(c, gm));
    long d = digits_value(c->text, g0(c, gd), g1(c, gd));
    if (d < 1 || d > 31 || mo < 1 || mo > 12 || y < 1900 || y > 2999)
        return;
    g_free(c->m->date);
    c->m->date = g_strdup_printf("%04ld-%02ld-%02ld", y, mo, d);
    c->m->date_source = src;
}

/* Sets the date from the last match of RX_DATE / RX_DATE_AT. */
static void set_date_any(ctx *c, int overwrite, cg_date_source src)
{
    if (cg_mrx_set(c->md, 1))
        set_date(c, 1, 2, 3, overwrite, src);
    else
        set_date_ymd(c, 4, 5, 6, overwrite, src);
}

static void set_str(char **field, char *value)
{
    g_free(*field);
    *field = value;
}

static void line_of(ctx *c, size_t pos, size_t *ls, size_t *le)
{
    size_t a = pos, b = pos;
    while (a > 0 && c->text[a - 1] != '\n')
        a--;
    while (b < c->len && c->text[b] != '\n')
        b++;
    *ls = a;
    *le = b;
}

/* Adds [a, b) without its leading and trailing whitespace (form feeds
 * included: page breaks stand right before running headers). */
static void skip_add(ctx *c, size_t a, size_t b)
{
    while (a < b && isspace((unsigned char)c->text[a]))
        a++;
    while (b > a && isspace((unsigned char)c->text[b - 1]))
        b--;
    if (b <= a)
        return;
    if (c->n_skip == c->cap_skip) {
        c->cap_skip = c->cap_skip ? 2 * c->cap_skip : 8;
        c->skip = g_realloc_n(c->skip, c->cap_skip, sizeof *c->skip);
    }
    c->skip[c->n_skip][0] = a;
    c->skip[c->n_skip][1] = b;
    c->n_skip++;
}

/* Skips the whole line holding byte pos. */
static void skip_line(ctx *c, size_t pos)
{
    size_t a, b;
    line_of(c, pos, &a, &b);
    skip_add(c, a, b);
}

static int cmp_range(const void *x, const void *y)
{
    const size_t *a = x, *b = y;
    return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : (a[1] > b[1]) - (a[1] < b[1]);
}

/* Sorts and merges overlapping ranges. */
static void skip_normalise(ctx *c)
{
    if (c->n_skip < 2)
        return;
    qsort(c->skip, c->n_skip, sizeof *c->skip, cmp_range);
    size_t w = 0;
    for (size_t i = 1; i < c->n_skip; i++) {
        if (c->skip[i][0] <= c->skip[w][1]) {
            if (c->skip[i][1] > c->skip[w][1])
                c->skip[w][1] = c->skip[i][1];
        } else {
            w++;
            c->skip[w][0] = c->skip[i][0];
            c->skip[w][1] = c->skip[i][1];
        }
    }
    c->n_skip = w + 1;
}

/* ---- symbols ---------------------------------------------------------- */

char *cg_identity_canonical(const char *s, size_t n)
{
    char *out = g_malloc(n + 1);
    size_t w = 0;
    for (size_t i = 0; i < n; i++)
        if (!isspace((unsigned char)s[i]))
            out[w++] = s[i];
    out[w] = '\0';
    /* S/RES/0038(1948) -> S/RES/38(1948) */
    if (strncmp(out, "S/RES/", 6) == 0) {
        size_t z = 6;
        while (out[z] == '0' && isdigit((unsigned char)out[z + 1]))
            z++;
        memmove(out + 6, out + z, w - z + 1);
    }
    return out;
}

/* ---- the head: symbol, body, session, agenda, title -------------------- */

/* Length of the UTF-8 sequence that starts with byte b. */
static size_t utf8_len(unsigned char b)
{
    return b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}

/* The value of one number word: "third" 3, "vingt" 20, "الثالثة" 3, and
 * "第二十三" 23 (a Chinese numeral after an ordinal.prefix, also at the end
 * of a longer run "大会第五十"); 0 for a word that is no part of the number
 * ("special", "et"); -1 when unknown. */
static long number_word(ctx *c, const char *s, size_t n)
{
    if (n == 0 || isdigit((unsigned char)s[0]))
        return -1; /* digits are read by digits_word(), next to the word only */
    const char *key = cg_docwords_key(c->words, "ord", s, n, NULL);
    if (!key)
        key = cg_docwords_key(c->words, "num", s, n, NULL);
    if (key)
        return cg_docwords_key_number(key);
    if (cg_docwords_key(c->words, "connector", s, n, NULL) ||
        cg_docwords_key(c->words, "session.skip", s, n, NULL))
        return 0;
    /* Chinese: the numeral after the last ordinal prefix of the run. */
    size_t from = 0;
    for (size_t i = 0; i < n; i += utf8_len((unsigned char)s[i])) {
        size_t k = utf8_len((unsigned char)s[i]);
        if (i + k < n && cg_docwords_key(c->words, "ordinal.prefix", s + i, k, NULL))
            from = i + k;
    }
    long v;
    if (cg_zh_number(s + from, n - from, &v) == 0)
        return v;
    return -1;
}

/* A number in digits with an optional ordinal suffix: "50th", "23º",
 * "23e", "23"; -1 otherwise. */
static long digits_word(ctx *c, const char *s, size_t n)
{
    size_t i = 0;
    long v = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9' && i < 4)
        v = v * 10 + (s[i++] - '0');
    if (i == 0 || (i < n && !cg_docwords_key(c->words, "ordinal.suffix", s + i, n - i, NULL)))
        return -1;
    return v;
}

static int is_sep(char ch)
{
    return ch == ' ' || ch == '\t';
}

/* number_word() of a word that may be a hyphenated compound: the whole
 * ("quatre-vingtième" 80), else the sum of its parts ("Thirty-fifth" 35,
 * "soixante-dixième" 70, a PDF's "Forty-" 40); -1 when a part is none. */
static long compound_word(ctx *c, const char *s, size_t n)
{
    long v = number_word(c, s, n);
    if (v >= 0 || !memchr(s, '-', n))
        return v;
    long sum = 0;
    int parts = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && s[j] != '-')
            j++;
        if (j > i) {
            long p = number_word(c, s + i, j - i);
            if (p < 0)
                return -1;
            sum += p;
            parts++;
        }
        i = j + 1;
    }
    return parts ? sum : -1;
}

/* The words of line [ls, le) before byte a (backwards, nearest first) or
 * from byte b on (forwards): up to 8 (start, end) pairs. */
static size_t words_around(ctx *c, size_t ls, size_t le, size_t from, int back, size_t w[8][2])
{
    const char *s = c->text;
    size_t n = 0;
    if (back) {
        size_t end = from;
        while (n < 8) {
            while (end > ls && is_sep(s[end - 1]))
                end--;
            if (end == ls)
                break;
            size_t st = end;
            while (st > ls && !is_sep(s[st - 1]))
                st--;
            w[n][0] = st;
            w[n++][1] = end;
            end = st;
        }
    } else {
        size_t st = from;
        while (n < 8) {
            while (st < le && is_sep(s[st]))
                st++;
            if (st == le)
                break;
            size_t end = st;
            while (end < le && !is_sep(s[end]))
                end++;
            w[n][0] = st;
            w[n++][1] = end;
            st = end;
        }
    }
    return n;
}

/* The sum of the number words w[0..n) read in order up to the first that
 * is none ("noveno Quincuagésimo" 59); a word split by a PDF ("Thirt y",
 * "51 er") is read joined. A number in digits counts only next to the
 * session word ("50th session"). -1 when there is no number; *stop gets
 * the index of the first word not read. */
static long words_number(ctx *c, size_t w[8][2], size_t n, int back, size_t *stop)
{
    long sum = 0;
    int words = 0;
    size_t i = 0;
    while (i < n) {
        const char *t = c->text + w[i][0];
        size_t tl = w[i][1] - w[i][0];
        long v = compound_word(c, t, tl);
        if (v < 0 && i == 0 && (v = digits_word(c, t, tl)) >= 0) {
            sum = v;
            words = 1;
            i++;
            break;
        }
        if (v < 0 && i + 1 < n) {
            size_t f = back ? i + 1 : i, l = back ? i : i + 1;
            char *j = g_strdup_printf("%.*s%.*s", (int)(w[f][1] - w[f][0]), c->text + w[f][0],
                                      (int)(w[l][1] - w[l][0]), c->text + w[l][0]);
            long v2 = compound_word(c, j, strlen(j));
            if (v2 < 0 && i == 0 && words == 0 && (v2 = digits_word(c, j, strlen(j))) >= 0) {
                g_free(j);
                sum = v2;
                words = 1;
                i += 2;
                break;
            }
            g_free(j);
            if (v2 >= 0) {
                sum += v2;
                words += v2 > 0;
                i += 2;
                continue;
            }
        }
        if (v < 0)
            break;
        sum += v;
        words += v > 0;
        i++;
    }
    *stop = i;
    return words ? sum : -1;
}

/* 1 when the word [a, b) starts with a lower-case letter. */
static int starts_lower(ctx *c, size_t a, size_t b)
{
    gunichar u = g_utf8_get_char_validated(c->text + a, (gssize)(b - a));
    return u != (gunichar)-1 && u != (gunichar)-2 && g_unichar_islower(u);
}

/* The session number written next to the session word at [a, b): the
 * number words before it ("Twenty-third session", "Cinquante et unième
 * session", "Quincuagésimo noveno período de sesiones", "第二十三届会议",
 * "Human Rights Council Thirty-fifth session") or, when there are none,
 * after it ("الدورة الثالثة والعشرون"). A session named inside a sentence
 * ("the seventh special session", "its fourth regular session") is some
 * other session: a lower-case word before the number says so. -1 when
 * there is no number. */
static long session_number(ctx *c, size_t a, size_t b)
{
    size_t ls, le, w[8][2], stop;
    const char *lang = NULL;
    line_of(c, a, &ls, &le);
    cg_docwords_key(c->words, "session", c->text + a, b - a, &lang);
    if (!lang || strcmp(lang, "ar")) {
        size_t n = words_around(c, ls, le, a, 1, w);
        long v = words_number(c, w, n, 1, &stop);
        /* a lower-case word before: inside a sentence, unless it ends a
         * body's name ("Conseil des droits de l'homme Cinquante et unième
         * session") */
        if (v >= 0 && stop < n && starts_lower(c, w[stop][0], w[stop][1]) &&
            !match(c, RX_BODY_AT_END, ls, w[stop][1]))
            return -1;
        return v;
    }
    size_t n = words_around(c, ls, le, b, 0, w);
    long v = words_number(c, w, n, 0, &stop);
    /* "الحادية والخمسين" with the second word unknown: a number cut short */
    if (v >= 0 && stop < n && !strncmp(c->text + w[stop][0], "\xD9\x88", 2))
        return -1;
    return v;
}

static const char *body_code(ctx *c, const char *s, size_t n)
{
    const char *key = cg_docwords_key(c->words, "body", s, n, NULL);
    return key ? key + strlen("body.") : NULL;
}

static void set_body(ctx *c, const char *code)
{
    if (code)
        set_str(&c->m->body, g_strdup(code));
}

/* The body named first in [a, b), or NULL. */
static const char *body_in(ctx *c, size_t a, size_t b)
{
    if (b <= a || !match(c, RX_BODY_ANY, a, b))
        return NULL;
    return body_code(c, c->text + g0(c, 0), g1(c, 0) - g0(c, 0));
}

/* Appends line s[a..b) to a title being built, joining Han text without a
 * space and other text with one. */
static void title_append(char **t, const char *s, size_t a, size_t b)
{
    while (a < b && isspace((unsigned char)s[a]))
        a++;
    while (b > a && (isspace((unsigned char)s[b - 1]) || s[b - 1] == '*' || s[b - 1] == '.' ||
                     s[b - 1] == '|'))
        b--;
    if (b <= a)
        return;
    size_t old = *t ? strlen(*t) : 0;
    int space = old && !((unsigned char)(*t)[old - 1] >= 0x80 && (unsigned char)s[a] >= 0x80);
    char *n = g_realloc(*t, old + (size_t)space + (b - a) + 1);
    if (space)
        n[old++] = ' ';
    memcpy(n + old, s + a, b - a);
    n[old + b - a] = '\0';
    *t = n;
}

/* 1 when the line [a, b) cannot be (part of) a title: the opening of the
 * body, an adoption statement, a body's name alone, a symbol, a lower-case
 * start (the rest of a sentence: "принятая Генеральной Ассамблеей"). */
static int not_title_line(ctx *c, size_t a, size_t b, int first)
{
    size_t f = a;
    while (f < b && isspace((unsigned char)c->text[f]))
        f++;
    if (f == b)
        return 1;
    if (first && islower((unsigned char)c->text[f]))
        return 1;
    if (first && (unsigned char)c->text[f] >= 0xC0) {
        /* a lower-case Latin or Cyrillic letter is no title's start */
        gunichar u = g_utf8_get_char_validated(c->text + f, (gssize)(b - f));
        if (u != (gunichar)-1 && u != (gunichar)-2 && g_unichar_islower(u))
            return 1;
    }
    if (cg_mrx_match(c->rx[RX_RES_WORD_START], c->text, b, f, c->md) > 0 ||
        cg_mrx_match(c->rx[RX_RES_LINE], c->text, b, a, c->md) > 0)
        return 1;
    return cg_mrx_match(c->rx[RX_BODY_START], c->text, b, a, c->md) > 0 ||
           cg_mrx_match(c->rx[RX_ADOPTION], c->text, b, a, c->md) > 0 ||
           cg_mrx_match(c->rx[RX_BODY_LINE], c->text, b, a, c->md) > 0 ||
           cg_mrx_match(c->rx[RX_MASTHEAD], c->text, b, a, c->md) > 0;
}

/* 1 when t can be a title: not longer than a title is, and mostly
 * letters (a text in a broken font encoding reads "A@:@0,>4, & @$:"). */
static int plausible_title(const char *t)
{
    size_t n = strlen(t), letters = 0, other = 0;
    /* 400 characters, not bytes: a Russian title of 200 letters is 400 bytes */
    if (!g_utf8_validate(t, (gssize)n, NULL) || g_utf8_strlen(t, (gssize)n) > 400)
        return 0;
    for (const char *p = t; *p; p = g_utf8_next_char(p)) {
        gunichar u = g_utf8_get_char(p);
        if (g_unichar_isalpha(u) || g_unichar_isspace(u) || g_unichar_isdigit(u))
            letters++;
        else
            other++;
    }
    return letters > 0 && other * 6 <= letters;
}

/* 1 when title t ends with a word no title ends with ("of", "the", "de"):
 * the layout broke it. */
static int ends_open(ctx *c, const char *t)
{
    size_t b = strlen(t), a;
    while (b > 0 && t[b - 1] == ' ')
        b--;
    for (a = b; a > 0 && t[a - 1] != ' ';)
        a--;
    return b > a && cg_docwords_key(c->words, "title.open", t + a, b - a, NULL) != NULL;
}

/* The title: the rest of the numbered title's line; when that is empty, the
 * next non-blank line. A following line that starts in lower case continues
 * a title broken by the layout. A "title" longer than a title can be is
 * some other text: unknown. */
static void read_title(ctx *c, size_t rest_a, size_t rest_b, size_t line_end, cg_title_source src)
{
    char *t = NULL;
    if (rest_b > rest_a && !not_title_line(c, rest_a, rest_b, 1))
        title_append(&t, c->text, rest_a, rest_b);
    size_t pos = line_end;
    for (int lines = 0; lines < 3 && pos < c->head_end; lines++) {
        size_t a = pos + 1, b = a;
        while (b < c->len && c->text[b] != '\n')
            b++;
        size_t first = a;
        while (first < b && isspace((unsigned char)c->text[first]))
            first++;
        if (first == b) { /* blank line */
            if (t)
                break;
            pos = b;
            continue;
        }
        /* a title goes on in lower case, or after a word that cannot end
         * it ("... on the Implementation of the" / "United Nations ...") */
        if (t && !starts_lower(c, first, b) && !ends_open(c, t))
            break;
        if (not_title_line(c, a, b, !t))
            break;
        title_append(&t, c->text, a, b);
        pos = b;
    }
    /* "51/45. 全面彻底裁军 A 不扩散核武器条约": the title ends where part A's
     * heading starts */
    if (t && cg_mrx_match(c->rx[RX_PART_IN_TITLE], t, strlen(t), 0, c->md) > 0)
        t[cg_mrx_start(c->md, 0)] = '\0';
    if (t && !plausible_title(t)) {
        g_free(t);
        t = NULL;
    }
    if (t && !c->m->title) {
        c->m->title = t;
        c->m->title_source = src;
    } else {
        g_free(t);
    }
}

/* 1 when [a, b) has three words in a row written all in capitals: a
 * page's banner ("OFFICE OF THE HIGH COMMISSIONER"), no title; *after is
 * where the banner's last capital word ends (what follows may be one). */
static int has_banner(ctx *c, size_t a, size_t b, size_t *after)
{
    int run = 0;
    *after = a;
    for (size_t i = a; i < b;) {
        while (i < b && isspace((unsigned char)c->text[i]))
            i++;
        size_t j = i;
        int caps = 0, lower = 0;
        while (j < b && !isspace((unsigned char)c->text[j])) {
            caps += isupper((unsigned char)c->text[j]) != 0;
            lower += islower((unsigned char)c->text[j]) != 0;
            j++;
        }
        run = caps >= 2 && !lower ? run + 1 : 0;
        if (run >= 3)
            *after = j;
        else if (*after > a)
            return 1;
        i = j;
    }
    return *after > a;
}

/* A web page of the Commission's resolutions prints the title above the
 * heading "Commission on Human Rights resolution 2000/10", the opening
 * line right below it: the line above is the title when it can be one. */
static void title_above(ctx *c, size_t line_start)
{
    size_t nx = line_start;
    while (nx < c->len && c->text[nx] != '\n')
        nx++;
    while (nx < c->len && isspace((unsigned char)c->text[nx]))
        nx++;
    if (nx < c->head_end || line_start == 0)
        return; /* the opening line does not follow */
    size_t b = line_start - 1;
    while (b > 0 && isspace((unsigned char)c->text[b - 1]))
        b--;
    size_t a = b;
    while (a > 0 && c->text[a - 1] != '\n')
        a--;
    /* a text that lost its line breaks: "OFFICE OF THE HIGH COMMISSIONER FOR
     * HUMAN RIGHTS The right to food" — the title follows the banner */
    size_t after;
    if (has_banner(c, a, b, &after))
        a = after;
    while (a < b && isspace((unsigned char)c->text[a]))
        a++;
    if (b <= a || b - a > 200 || not_title_line(c, a, b, 1) || match(c, RX_AGENDA, a, b) ||
        match(c, RX_SESSION, a, b))
        return;
    char *t = NULL;
    title_append(&t, c->text, a, b);
    if (t && plausible_title(t)) {
        c->m->title = t;
        c->m->title_source = CG_TITLE_HEADING;
        return;
    }
    g_free(t);
}

/* The symbol of resolution (or decision) a/b of `body`, as bodies.tsv
 * numbers it (a year first: year/number, else session/number, the
 * session in the body's range), or NULL when the body numbers none so. */
static char *symbol_of(ctx *c, const char *body, int decision, long a, long b)
{
    if (!body || !c->ref || a <= 0 || b <= 0)
        return NULL;
    char first[24], second[24], out[96];
    snprintf(first, sizeof first, "%ld", a);
    snprintf(second, sizeof second, "%ld", b);
    const char *scheme = a >= 1946 && a <= 2999 ? "yn" : "sn";
    const char *t =
        cg_ref_body_template(c->ref, body, scheme, decision ? "decision" : "resolution", first);
    if (!t || cg_symbol_fill(t, first, second, "", "", out, sizeof out))
        return NULL;
    return g_strdup(out);
}

/* Lines shorter than this are a page's lines, never re-cut. */
#define RELAYOUT_MIN_LINE 250

/* Replaces byte pos-1 by a line break when it is a space or tab. */
static void break_before(ctx *c, size_t pos)
{
    if (pos > 0 && (c->buf[pos - 1] == ' ' || c->buf[pos - 1] == '\t'))
        c->buf[pos - 1] = '\n';
}

static void break_after(ctx *c, size_t pos)
{
    if (pos < c->len && (c->buf[pos] == ' ' || c->buf[pos] == '\t'))
        c->buf[pos] = '\n';
}

/* A web page's text often comes as one line: masthead, session, agenda,
 * adoption statement, title and the opening of the body run together. The
 * head gets its line breaks back where a new line of a UN text starts
 * (RX_BREAK), spaces turned into line breaks so that every byte offset
 * stays the same; the line-based readers below then read it as a PDF's
 * text. Stops at the opening of the body. Returns where that opening
 * starts, or (size_t)-1. */
/* Whether relayout() can change anything: its matches break lines only on
 * a line of RELAYOUT_MIN_LINE bytes or more, or at an agenda item (group
 * 3). A head with neither (every printed page's) skips RX_BREAK's scan:
 * that scan, of a dozen alternatives with no literal to start from, was
 * 41% of all PCRE2 time on the many-small-files benchmark (bench/README.md,
 * issue 17). The agenda test is a superset of group 3, so a head it passes
 * is read in full as before. */
static int relayout_needed(ctx *c, size_t limit)
{
    for (size_t ls = 0; ls < limit;) {
        const char *nl = memchr(c->orig + ls, '\n', c->len - ls);
        size_t le = nl ? (size_t)(nl - c->orig) : c->len;
        if (le - ls >= RELAYOUT_MIN_LINE)
            return 1;
        ls = le + 1;
    }
    return match(c, RX_BREAK_AGENDA, 0, limit);
}

static size_t relayout(ctx *c)
{
    size_t limit = c->len < IDENTITY_HEAD_BYTES ? c->len : IDENTITY_HEAD_BYTES;
    if (!relayout_needed(c, limit))
        return (size_t)-1;
    int titled = 0; /* a numbered title was seen: a part letter may follow */
    for (size_t pos = 0; match(c, RX_BREAK, pos, limit);) {
        size_t s = g0(c, 0), e = g1(c, 0);
        /* Only a line as long as no line of a printed page is: a title
         * "Follow-up to resolution 1996/22" keeps its words. */
        /* (the line is measured only as far as the threshold: a text
         * of one 100 MB line must not be walked once per match) */
        size_t ls = s, le = s;
        while (ls > 0 && s - ls < RELAYOUT_MIN_LINE && c->orig[ls - 1] != '\n')
            ls--;
        while (le < c->len && le - ls < RELAYOUT_MIN_LINE && c->orig[le] != '\n')
            le++;
        /* An agenda item after the session on its line ("Eightieth
         * session Agenda item 99 (b) ...") starts a line of any length. */
        if (le - ls < RELAYOUT_MIN_LINE && !cg_mrx_set(c->md, 3)) {
            pos = e > pos ? e : pos + 1;
            continue;
        }
        if (cg_mrx_set(c->md, 9) && !titled) {
            pos = e > pos ? e : pos + 1;
            continue;
        }
        titled |= cg_mrx_set(c->md, 6);
        if (cg_mrx_set(c->md, 8)) {
            break_before(c, s);
            break_after(c, e);
            return s;
        }
        if (cg_mrx_set(c->md, 7)) {
            /* "Commission on Human Rights resolution 2004/19": the body
             * before the word stays on the heading's line. */
            size_t bl = s;
            while (bl > 0 && c->buf[bl - 1] != '\n')
                bl--;
            size_t ss = s, se = e;
            if (s > bl && match(c, RX_BODY_AT_END, bl, s))
                ss = g0(c, 0);
            e = se;
            s = ss;
        }
        break_before(c, s);
        if (cg_mrx_set(c->md, 5) || cg_mrx_set(c->md, 1))
            break_after(c, e);
        pos = e > pos ? e : pos + 1;
    }
    return (size_t)-1;
}

/* 1 when the last non-blank line before ls is a resolution heading. */
static int prev_line_is_heading(ctx *c, size_t ls)
{
    if (ls < 2)
        return 0;
    size_t pe = ls - 1;
    while (pe > 0 && isspace((unsigned char)c->text[pe - 1]))
        pe--;
    size_t ps = pe;
    while (ps > 0 && c->text[ps - 1] != '\n')
        ps--;
    return pe > ps && (match(c, RX_RES_LINE, ps, pe) || match(c, RX_SC_HEADING_ANY, ps, pe));
}

/* 1 when the adoption words at s (line starting at ls) open a statement
 * of the document's own adoption, not a sentence about another text's
 * ("... resolution 15 (1946) / adopted by the Council on 19 December
 * 1946"): they open their line, capitalised ("Resolution adopted by",
 * "Adopted by the Security Council"), or in lower case right after the
 * heading they complete ("Резолюция 1929 (2010), / принятая Советом
 * Безопасности"); or they follow a heading on its line ("Резолюция 1224
 * (1999), принятая ..."); Chinese puts them last ("2000年10月31日安全理事会
 * 第4213次会议通过"). */
static int is_statement(ctx *c, size_t ls, size_t s, const char *lang)
{
    size_t f = ls;
    while (f < s && isspace((unsigned char)c->text[f]))
        f++;
    if (lang && !strcmp(lang, "zh"))
        return 1;
    if (f < s) /* "Резолюция 1224 (1999), принятая"; Arabic "الذي اتخذه" */
        return match(c, RX_RES_LINE, ls, s) || match(c, RX_SC_HEADING_ANY, ls, s) ||
               (s - f <= 12 && prev_line_is_heading(c, ls));
    size_t le = s;
    while (le < c->len && c->text[le] != '\n')
        le++;
    return !starts_lower(c, s, le) || prev_line_is_heading(c, ls);
}

/* The adoption statement: "Resolution adopted by the Human Rights Council
 * on 22 June 2017", "Resolución aprobada por la Asamblea General" / "[sobre
 * la base ...]", "人权理事会2017年3月23日通过的决议", "Resolution 1325 (2000)
 * Adopted by the Security Council at its 4213th meeting, on 31 October
 * 2000", "принятая Советом Безопасности на его 6283-м заседании 12 марта
 * 2010 года". The date, meeting and body stand on its line or open the
 * next one; a bracketed note ends it. */
static void read_adoption(ctx *c)
{
    for (size_t pos = 0; match(c, RX_ADOPTION, pos, c->head_end);) {
        size_t s = g0(c, 0), e = g1(c, 0);
        const char *klang = NULL;
        const char *key = cg_docwords_key(c->words, "adoption", c->text + s, e - s, &klang);
        pos = e > pos ? e : pos + 1;
        size_t ls, le;
        line_of(c, s, &ls, &le);
        if (!is_statement(c, ls, s, klang))
            continue;
        if (le < e) { /* the words themselves were broken over lines */
            size_t a2;
            line_of(c, e, &a2, &le);
        }
        if (le > c->head_end)
            le = c->head_end;
        if (le < e)
            le = e;
        const char *br = memchr(c->text + e, '[', le - e);
        if (br)
            le = (size_t)(br - c->text);
        if (le > e + 200)
            le = e + 200;
        if (key && !strcmp(key, "adoption.dec"))
            c->m->decision = 1;
        /* The body: after the words ("adopted by the General Assembly"),
         * or before them in Chinese ("人权理事会...通过的决议"). */
        const char *body = body_in(c, e, le);
        if (!body)
            body = body_in(c, ls, s);
        if (body && !c->adopt_body)
            c->adopt_body = body;
        if (!c->m->meeting && match(c, RX_MEETING_IN, ls, le)) {
            int g = cg_mrx_set(c->md, 1) ? 1 : 2;
            long v = digits_value(c->text, g0(c, g), g1(c, g));
            if (v > 0 && v < 100000)
                c->m->meeting = (int)v;
        }
        if (c->m->date)
            continue;
        /* The date after the words; for Chinese before them. */
        if (match(c, RX_DATE, e, le) || match(c, RX_DATE, ls, s)) {
            set_date_any(c, 0, CG_DATE_ADOPTION);
            continue;
        }
        /* "Resolution adopted by the General Assembly" / "on 14 October
         * 2025": the date opens the next line. */
        if (le < c->head_end && c->text[le] == '\n' && !br) {
            size_t n = le + 1;
            while (n < c->head_end && isspace((unsigned char)c->text[n]))
                n++;
            size_t nls, nle;
            line_of(c, n, &nls, &nle);
            if (n < c->head_end && match(c, RX_DATE_AT, n, nle))
                set_date_any(c, 0, CG_DATE_ADOPTION);
        }
    }
}

/* 1 when the head holds resolution headings with different numbers
 * ("Resolution 2325 (2016)" / "Resolution 2326 (2016)": a page's list or
 * navigation): none of them is trusted to be the document's own. */
static int headings_disagree(ctx *c, size_t head)
{
    long fa = -1, fb = -1;
    for (size_t pos = 0; match(c, RX_RES_LINE, pos, head);) {
        pos = g1(c, 0) > pos ? g1(c, 0) : pos + 1;
        long a = digits_value(c->text, g0(c, 4), g1(c, 4));
        long b = cg_mrx_set(c->md, 5) ? digits_value(c->text, g0(c, 5), g1(c, 5)) : -1;
        if (fa < 0) {
            fa = a;
            fb = b;
        } else if (a != fa || b != fb) {
            return 1;
        }
    }
    return 0;
}

/* The numbered title, a resolution heading or an old General Assembly
 * title: symbol (with the body), title. */
/* A date alone on the line under a resolution's heading
 * ("聯合國大會第50/52號決議\n1995年12月11日", Wikisource's pages of the
 * Assembly's resolutions): when it was adopted. */
static void date_under(ctx *c, size_t line_end)
{
    size_t p = line_end;
    while (p < c->len && isspace((unsigned char)c->text[p]))
        p++;
    size_t e = p;
    while (e < c->len && c->text[e] != '\n')
        e++;
    size_t te = e;
    while (te > p && isspace((unsigned char)c->text[te - 1]))
        te--;
    if (te > p && match(c, RX_DATE_AT, p, te) && g1(c, 0) == te)
        set_date_any(c, 0, CG_DATE_HEADING);
}

static void read_numbered(ctx *c, char **sym, cg_id_source *src, size_t *title_pos)
{
    size_t head = c->head_end;
    const char *body = c->m->body;
    if (match(c, RX_NUMBERED_TITLE, 0, head)) {
        long a = digits_value(c->text, g0(c, 1), g1(c, 1));
        long b = digits_value(c->text, g0(c, 2), g1(c, 2));
        int g = cg_mrx_set(c->md, 3) ? 3 : 4;
        size_t rest_a = g0(c, g), rest_b = g1(c, g), line_end = g1(c, 0);
        *title_pos = g0(c, 0);
        skip_line(c, g0(c, 0));
        if (!*sym && (*sym = symbol_of(c, body, c->m->decision, a, b)))
            *src = CG_ID_TITLE;
        read_title(c, rest_a, rest_b, line_end, CG_TITLE_NUMBERED);
        return;
    }
    int seen = 0; /* a heading was read: the forms below are not looked for */
    if (headings_disagree(c, head))
        goto after_headings;
    for (size_t pos = 0; match(c, RX_RES_LINE, pos, head);) {
        pos = g1(c, 0) > pos ? g1(c, 0) : pos + 1;
        size_t ws = g0(c, 2), we = g1(c, 2);
        size_t ma = g0(c, 3), mb = g1(c, 3);
        int has_b = cg_mrx_set(c->md, 5), has_y = cg_mrx_set(c->md, 6);
        long a = digits_value(c->text, g0(c, 4), g1(c, 4));
        long b = has_b ? digits_value(c->text, g0(c, 5), g1(c, 5)) : -1;
        long y = has_y ? digits_value(c->text, g0(c, 6), g1(c, 6)) : -1;
        size_t rest_a = g0(c, 7), rest_b = g1(c, 7), line_end = g1(c, 0);
        size_t line_start = g0(c, 0), num_end = g1(c, has_b ? 5 : 4);
        const char *before =
            cg_mrx_set(c->md, 1) ? body_code(c, c->text + g0(c, 1), g1(c, 1) - g0(c, 1)) : NULL;
        /* Between the word and the number only the body may stand ("de la
         * Comisión de Derechos Humanos"), with a few words of grammar. */
        const char *mid = NULL;
        if (rest_b > rest_a && match(c, RX_RES_WORD, rest_a, rest_b))
            continue; /* two headings on a line: navigation */
        /* "General Assembly resolution 46/139 of 17 December 1991": a
         * citation in a sentence, not a heading */
        if (before && rest_b > rest_a && starts_lower(c, rest_a, rest_b))
            continue;
        if (mb > ma) {
            if (!match(c, RX_BODY_ANY, ma, mb) || (mb - ma) - (g1(c, 0) - g0(c, 0)) > 12)
                continue;
            mid = body_code(c, c->text + g0(c, 0), g1(c, 0) - g0(c, 0));
        }
        const char *own = mid ? mid : before ? before : body;
        int decision = cg_docwords_key(c->words, "dec.word", c->text + ws, we - ws, NULL) != NULL;
        if (!has_b && !has_y && match(c, RX_RES_DATE_YEAR, num_end, line_end)) {
            /* "RESOLUCIÓN 1510 (13 de octubre de 2003)": the year of the
             * symbol is the year of the date */
            int own_sc =
                (own && !strcmp(own, "SC")) || (!own && match(c, RX_SC_EVIDENCE, 0, c->len));
            match(c, RX_RES_DATE_YEAR, num_end, line_end);
            y = cg_mrx_set(c->md, 3) ? digits_value(c->text, g0(c, 3), g1(c, 3))
                                     : digits_value(c->text, g0(c, 4), g1(c, 4));
            if (own_sc)
                set_date_any(c, 0, CG_DATE_HEADING);
            has_y = own_sc;
            rest_a = rest_b;
        }
        if (has_y && !has_b) {
            /* "Résolution 1518 (2003)": a Security Council heading. */
            int sc = (own && !strcmp(own, "SC")) || (!own && match(c, RX_SC_EVIDENCE, 0, c->len));
            if (!sc || a <= 0 || y < 1946 || y > 2999)
                continue;
            skip_line(c, line_start);
            if (!*sym) {
                *sym = g_strdup_printf("S/RES/%ld(%ld)", a, y);
                *src = CG_ID_HEADER;
            }
            if (!c->m->body)
                set_body(c, "SC");
            return;
        }
        if (!has_b || has_y)
            continue;
        skip_line(c, line_start);
        date_under(c, line_end);
        if (!*sym && (*sym = symbol_of(c, own, decision || c->m->decision, a, b))) {
            *src = CG_ID_TITLE;
            if (!c->m->body)
                set_body(c, own);
        }
        read_title(c, rest_a, rest_b, line_end, CG_TITLE_HEADING);
        if (!c->m->title && before && rest_b == rest_a)
            title_above(c, line_start);
        /* A page that repeats the heading ("Commission on Human Rights
         * Resolution 2002/25" twice, the title under the second copy): the
         * next copy may hold the title the first did not. */
        if (!c->m->title) {
            seen = 1;
            continue;
        }
        return;
    }
    if (seen)
        return;
after_headings:
    if (match(c, RX_COMPACT, 0, head)) {
        char k = c->text[g0(c, 1)];
        long a = digits_value(c->text, g0(c, 2), g1(c, 2));
        long b = digits_value(c->text, g0(c, 3), g1(c, 3));
        skip_line(c, g0(c, 0));
        if (!*sym && b > 0) {
            *sym = k == 'A' ? g_strdup_printf("A/RES/%ld/%ld", a, b)
                            : g_strdup_printf("E/RES/%ld/%ld", a >= 46 ? 1900 + a : 2000 + a, b);
            *src = CG_ID_TITLE;
        }
        return;
    }
    if (match(c, RX_SC_HEADING_ANY, 0, head)) {
        long a = digits_value(c->text, g0(c, 1), g1(c, 1));
        long y = digits_value(c->text, g0(c, 2), g1(c, 2));
        *title_pos = g0(c, 0);
        skip_line(c, g0(c, 0));
        if (!*sym && a > 0 && y >= 1946 && y <= 2999) {
            *sym = g_strdup_printf("S/RES/%ld(%ld)", a, y);
            *src = CG_ID_HEADER;
        }
        if (!c->m->body)
            set_body(c, "SC");
        return;
    }
    if (match(c, RX_ROMAN_TITLE, 0, head) && body && !strcmp(body, "GA")) {
        long a = digits_value(c->text, g0(c, 1), g1(c, 1));
        size_t ra = g0(c, 2), rb = g1(c, 2);
        size_t rest_a = g0(c, 3), rest_b = g1(c, 3), line_end = g1(c, 0);
        *title_pos = g0(c, 0);
        skip_line(c, g0(c, 0));
        if (!*sym && a > 0) {
            *sym = g_strdup_printf("A/RES/%ld(%.*s)", a, (int)(rb - ra), c->text + ra);
            *src = CG_ID_TITLE;
        }
        read_title(c, rest_a, rest_b, line_end, CG_TITLE_NUMBERED);
    }
}

/* The start of the non-blank line that ends before `pos` in [a, b), or
 * (size_t)-1 when there is none after `floor`. */
static size_t line_before(ctx *c, size_t pos, size_t floor, size_t *b)
{
    size_t e = pos;
    while (e > floor && isspace((unsigned char)c->text[e - 1]))
        e--;
    if (e <= floor)
        return (size_t)-1;
    size_t a = e;
    while (a > floor && c->text[a - 1] != '\n')
        a--;
    *b = e;
    return a;
}

/* An unnumbered title between the report line and the opening line (GA
 * 72/154 as dev-multi has it: "[on the report of the Third Committee
 * (A/72/435)]\nThe girl child\nThe General Assembly,"). */
static void title_after_report(ctx *c)
{
    size_t tb, rb;
    if (c->head_end >= c->len || !match(c, RX_BODY_START, c->head_end, c->len) ||
        g0(c, 0) != c->head_end)
        return;
    size_t ta = line_before(c, c->head_end, 0, &tb);
    if (ta == (size_t)-1 || tb - ta > 200)
        return;
    size_t ra = line_before(c, ta, 0, &rb);
    if (ra == (size_t)-1)
        return;
    while (ra < rb && isspace((unsigned char)c->text[ra]))
        ra++;
    if (c->text[ra] != '[' || c->text[rb - 1] != ']' || not_title_line(c, ta, tb, 1))
        return;
    char *t = NULL;
    title_append(&t, c->text, ta, tb);
    if (t && plausible_title(t) && !ends_open(c, t)) {
        c->m->title = t;
        c->m->title_source = CG_TITLE_HEADING;
        return;
    }
    g_free(t);
}

/* A web page that runs the text together after the symbol: "A/RES/73/171
 * El derecho a la alimentación Teniendo presente la importancia …" (GA
 * 73/171, 76/146, 78/198 in dev-multi). The title is what stands between
 * the symbol and the first clause verb (verbs.tsv) that starts a word with
 * a capital, when that is short. */
static void title_after_symbol(ctx *c, const char *lang)
{
    const char *sym = c->m->symbol;
    size_t p = 0, n = sym ? strlen(sym) : 0;
    while (p < c->len && isspace((unsigned char)c->text[p]))
        p++;
    if (!n || !lang || !c->ref || strncmp(c->text + p, sym, n) ||
        (c->text[p + n] != ' ' && c->text[p + n] != '\n'))
        return; /* (relayout may have broken the line after the symbol) */
    size_t ta = p + n + 1, lim = ta + 160 < c->len ? ta + 160 : c->len;
    for (size_t w = ta + 1; w < lim; w++) {
        if (c->text[w - 1] != ' ' && c->text[w - 1] != '\n')
            continue;
        gunichar u = g_utf8_get_char_validated(c->text + w, (gssize)(c->len - w));
        if (u == (gunichar)-1 || u == (gunichar)-2 || !g_unichar_isupper(u))
            continue;
        /* the longest phrase of up to four words that is a verb */
        size_t e = w, found = 0;
        for (int k = 0; k < 4 && e < c->len; k++) {
            while (e < c->len && !isspace((unsigned char)c->text[e]) && c->text[e] != ',')
                e++;
            if (cg_ref_verb(c->ref, lang, c->text + w, e - w))
                found = e;
            if (e >= c->len || !isspace((unsigned char)c->text[e]))
                break;
            e++;
        }
        if (!found)
            continue;
        char *t = NULL;
        title_append(&t, c->text, ta, w);
        if (t && plausible_title(t) && !ends_open(c, t) && !not_title_line(c, ta, w, 1)) {
            c->m->title = t;
            c->m->title_source = CG_TITLE_HEADING;
            return;
        }
        g_free(t);
        return;
    }
}

/* A Chinese heading alone on its line (RX_ZH_HEADING) with its date on the
 * line below (date_under); the heading says no more than the numbered
 * title will. */
static void zh_heading_date(ctx *c)
{
    for (size_t p = 0; !c->m->date && match(c, RX_ZH_HEADING, p, c->head_end); p = g1(c, 0) + 1)
        date_under(c, g1(c, 0));
}

/* The title a heading quotes after the body's name (RX_QUOTED_TITLE), in
 * the head, or the first 800 bytes when the heading itself was taken for
 * the opening ("Резолюция 60/72,\nпринятая …" at the top of the page). */
static void title_quoted(ctx *c)
{
    size_t lim = c->head_end > 800 ? c->head_end : (c->len < 800 ? c->len : 800);
    if (!match(c, RX_QUOTED_TITLE, 0, lim))
        return;
    char *t = NULL;
    title_append(&t, c->text, g0(c, 1), g1(c, 1));
    if (t) {
        /* the heading's lines run together: one space each */
        char *w = t;
        for (char *r = t; *r; r++)
            if (*r == '\n' || *r == '\t' || *r == ' ') {
                if (w > t && w[-1] != ' ')
                    *w++ = ' ';
            } else {
                *w++ = *r;
            }
        *w = '\0';
    }
    if (t && plausible_title(t) && !ends_open(c, t)) {
        c->m->title = t;
        c->m->title_source = CG_TITLE_HEADING;
        return;
    }
    g_free(t);
}

static void read_head(ctx *c, int *sc_text)
{
    size_t head = c->head_end;

    /* Body: the adopting body. The line that opens the text speaks for
     * it ("The Human Rights Council,"), then the adoption statement; the
     * letterhead ("General Assembly" above every HRC text) only when
     * nothing else says: the last body-name line of the head. */
    size_t open_at = c->len < IDENTITY_HEAD_BYTES + 2000 ? c->len : IDENTITY_HEAD_BYTES + 2000;
    if (match(c, RX_BODY_START, 0, open_at)) {
        int g = cg_mrx_set(c->md, 1) ? 1 : 2;
        set_body(c, body_code(c, c->text + g0(c, g), g1(c, g) - g0(c, g)));
    }
    read_adoption(c);
    if (!c->m->date && match(c, RX_LABEL_DATE, 0, head))
        set_date_any(c, 0, CG_DATE_ADOPTION);
    if (!c->m->body && c->adopt_body)
        set_body(c, c->adopt_body);
    const char *line_body = NULL;
    for (size_t pos = 0; !c->m->body && match(c, RX_BODY_LINE, pos, head);) {
        const char *code = body_code(c, c->text + g0(c, 1), g1(c, 1) - g0(c, 1));
        if (code)
            line_body = code;
        pos = g1(c, 0) > pos ? g1(c, 0) : pos + 1;
    }
    if (!c->m->body && line_body)
        set_body(c, line_body);

    /* Session: the first session word of the head with a number, above
     * the title (a title may name another session). */
    size_t sess_end = head;
    if (match(c, RX_NUMBERED_TITLE, 0, sess_end))
        sess_end = g0(c, 0);
    if (match(c, RX_RES_LINE, 0, sess_end))
        sess_end = g0(c, 0);
    for (size_t pos = 0; !c->m->session && match(c, RX_SESSION, pos, sess_end);) {
        size_t a = g0(c, 0), b = g1(c, 0);
        long v = session_number(c, a, b);
        if (v > 0 && v < 1000)
            set_str(&c->m->session, g_strdup_printf("%ld", v));
        pos = b > pos ? b : pos + 1;
    }

    /* Agenda item, its letter in parentheses: "3(a)", "105(b)". */
    if (match(c, RX_AGENDA, 0, head)) {
        int lg = 0;
        for (int g = 2; g <= 5 && !lg; g++)
            if (cg_mrx_set(c->md, g))
                lg = g;
        char *a = lg ? g_strdup_printf("%.*s(%.*s)", (int)(g1(c, 1) - g0(c, 1)), c->text + g0(c, 1),
                                       (int)(g1(c, lg) - g0(c, lg)), c->text + g0(c, lg))
                     : g_strdup_printf("%.*s", (int)(g1(c, 1) - g0(c, 1)), c->text + g0(c, 1));
        set_str(&c->m->agenda_item, a);
    }

    /* Masthead symbol. */
    char *sym = NULL;
    cg_id_source src = CG_ID_NONE;
    if (match(c, RX_MASTHEAD, 0, head)) {
        sym = cg_identity_canonical(c->text + g0(c, 1), g1(c, 1) - g0(c, 1));
        src = CG_ID_HEADER;
        size_t sym_pos = g0(c, 1);
        skip_line(c, g0(c, 0));
        skip_line(c, sym_pos);
    }

    /* Security Council headings in English, also the old and OCR'd ones. */
    *sc_text = match(c, RX_SC_EVIDENCE, 0, c->len);
    if (*sc_text && !headings_disagree(c, head)) {
        size_t h1 = (size_t)-1, h2 = (size_t)-1;
        if (match(c, RX_SC_HEADING, 0, head))
            h1 = g0(c, 0);
        if (match(c, RX_SC_OLD_HEADING, 0, head))
            h2 = g0(c, 0);
        if (h1 != (size_t)-1 || h2 != (size_t)-1) {
            int old = h2 < h1;
            match(c, old ? RX_SC_OLD_HEADING : RX_SC_HEADING, old ? h2 : h1, head);
            long num = digits_value(c->text, g0(c, 1), g1(c, 1));
            long year = cg_mrx_set(c->md, 2) ? digits_value(c->text, g0(c, 2), g1(c, 2)) : -1;
            size_t line_end = g1(c, 0);
            skip_line(c, g0(c, 0));
            if (cg_mrx_set(c->md, 3))
                set_date(c, 3, 4, 5, 1, CG_DATE_HEADING);
            /* "Resolution 290" / "of 8 December 1970": the year of the
             * symbol is the year of adoption, so the date's year also wins
             * over an OCR-damaged heading ("Resolution 434 (1973)" /
             * "of 18 September 1978"). */
            if (match(c, RX_OF_DATE, line_end, c->len)) {
                set_date(c, 1, 2, 3, 1, CG_DATE_HEADING);
                year = digits_value(c->text, g0(c, 3), g1(c, 3));
                line_end = g1(c, 0);
            } else if (cg_mrx_set(c->md, 5)) {
                year = digits_value(c->text, g0(c, 5), g1(c, 5));
            }
            if (match(c, RX_OWN_DOC_SYMBOL, line_end, c->len))
                skip_line(c, g1(c, 0) - 1);
            if (!sym && num > 0 && year >= 1945 && year <= 2999) {
                sym = g_strdup_printf("S/RES/%ld(%ld)", num, year);
                src = CG_ID_HEADER;
            }
            if (!c->m->body)
                set_body(c, "SC");
        }
    }

    /* Numbered title "23/12. Title" or heading "Resolution 6/2. Title". */
    size_t title_pos = head;
    read_numbered(c, &sym, &src, &title_pos);

    if (sym && (c->m->symbol_source == CG_ID_NONE || src < c->m->symbol_source)) {
        g_free(c->m->symbol);
        c->m->symbol = sym;
        c->m->symbol_source = src;
    } else {
        g_free(sym);
    }
}

/* ---- the end: adoption date and meeting ------------------------------ */

/* Leaves md on the last match of pattern i in [from, len); 0 when none. */
static int last_match(ctx *c, int i, size_t from)
{
    size_t found = (size_t)-1;
    for (size_t pos = from; match(c, i, pos, c->len);) {
        found = g0(c, 0);
        pos = g1(c, 0) > pos ? g1(c, 0) : pos + 1;
    }
    return found != (size_t)-1 && match(c, i, found, c->len);
}

/* A meeting number as read, or 0 (unknown) when its digits do not make one
 * (too long, OCR noise): never negative. */
static int meeting_number(const char *s, size_t a, size_t b)
{
    long v = digits_value(s, a, b);
    return v > 0 && v < 100000 ? (int)v : 0;
}

/* The closing lines and the other places an adoption date stands. A date
 * the head's adoption statement gave is kept (the closing line of a
 * compilation page may be the next resolution's). */
static void read_end(ctx *c, int sc_text)
{
    int keep = c->m->date_source == CG_DATE_ADOPTION || c->m->date_source == CG_DATE_HEADING;
    if (sc_text && match(c, RX_SC_ADOPTED_BY, 0, c->len)) {
        if (!c->m->meeting)
            c->m->meeting = meeting_number(c->text, g0(c, 1), g1(c, 1));
        set_date(c, 2, 3, 4, !keep, CG_DATE_ADOPTION);
        return;
    }
    if (sc_text && match(c, RX_SC_MEETING, 0, c->len)) {
        if (!c->m->meeting)
            c->m->meeting = meeting_number(c->text, g0(c, 1), g1(c, 1));
        return;
    }
    if (match(c, RX_DECIDED, 0, c->len)) {
        if (!c->m->meeting)
            c->m->meeting = meeting_number(c->text, g0(c, 1), g1(c, 1));
        if (!c->m->body)
            set_body(c, body_code(c, c->text + g0(c, 5), g1(c, 5) - g0(c, 5)));
        set_date(c, 2, 3, 4, !keep, CG_DATE_DECISION);
        return;
    }
    int zh = last_match(c, RX_END_ZH, 0);
    size_t zh_at = zh ? g0(c, 0) : 0;
    int zh_first = last_match(c, RX_END_ZH_MEETING_FIRST, 0);
    if (zh_first && (!zh || g0(c, 0) > zh_at)) {
        c->m->meeting = meeting_number(c->text, g0(c, 1), g1(c, 1));
        set_date_ymd(c, 2, 3, 4, !keep, CG_DATE_CLOSING);
        return;
    }
    if (zh && last_match(c, RX_END_ZH, 0)) {
        c->m->meeting = meeting_number(c->text, g0(c, 4), g1(c, 4));
        set_date_ymd(c, 1, 2, 3, !keep, CG_DATE_CLOSING);
        return;
    }
    if (last_match(c, RX_END, c->head_end)) {
        int g = cg_mrx_set(c->md, 1) ? 1 : 2;
        int meeting = meeting_number(c->text, g0(c, g), g1(c, g));
        if (!keep || !c->m->meeting)
            c->m->meeting = meeting;
        set_date(c, 3, 4, 5, !keep, CG_DATE_CLOSING);
    }
}

/* ---- skip ranges over the whole text ---------------------------------- */

/* 1 when line s[a..b) is, whitespace aside, the symbol sym. */
static int line_is_symbol(const char *s, size_t a, size_t b, const char *sym)
{
    size_t k = 0;
    for (size_t i = a; i < b; i++) {
        if (isspace((unsigned char)s[i]))
            continue;
        /* sym ends before the line: not it (a NUL byte in the text must
         * not walk past sym's end). */
        if (sym[k] == '\0' || s[i] != sym[k])
            return 0;
        k++;
    }
    return k > 0 && sym[k] == '\0';
}

static void read_running_lines(ctx *c)
{
    for (size_t pos = 0; match(c, RX_JOB_NUMBER, pos, c->len);) {
        skip_add(c, g0(c, 0), g1(c, 0));
        pos = g1(c, 0) > pos ? g1(c, 0) : pos + 1;
    }
    if (!c->m->symbol)
        return;
    /* Running page headers: the own symbol alone on a line. The symbol
     * is compared in the printed form too ("S/RES/0038 (1948)" never
     * occurs; "S/RES/1454 (2002)" does). */
    for (size_t a = 0; a < c->len;) {
        const char *nl = memchr(c->text + a, '\n', c->len - a);
        size_t b = nl ? (size_t)(nl - c->text) : c->len;
        if (line_is_symbol(c->text, a, b, c->m->symbol))
            skip_add(c, a, b);
        a = b + 1;
    }
}

/* ---- entry point ------------------------------------------------------ */

int cg_identity_parse(const char *text, size_t len, const char *filename, const cg_docwords *words,
                      const cg_refdata *ref, cg_docmeta *m, cg_error *err)
{
    int rc;
    ctx c;
    memset(&c, 0, sizeof c);
    c.text = text;
    c.len = len;
    c.m = m;
    c.words = words;
    c.ref = ref;

    if (words) {
        cg_error e;
        if ((rc = cg_docwords_compiled(words, CG_DW_IDENTITY, RX_SRC, RX_COUNT, &c.rx, &e)))
            return cg_error_set(err, rc, "identity: %s", e.msg);
        c.md = pcre2_match_data_create(16, NULL);
        if (!c.md)
            return cg_error_set(err, ENOMEM, "identity: PCRE2 could not allocate match data");

        c.buf = g_malloc(len + 1);
        memcpy(c.buf, text, len);
        c.buf[len] = '\0';
        c.text = c.buf;
        c.orig = text;
        c.head_end = len < IDENTITY_HEAD_BYTES ? len : IDENTITY_HEAD_BYTES;
        size_t opening = relayout(&c);
        if (opening < c.head_end)
            c.head_end = opening;
        if (match(&c, RX_BODY_START, 0, c.head_end))
            c.head_end = g0(&c, 0);

        int sc_text = 0;
        read_head(&c, &sc_text);
        if (!m->title && !sc_text)
            title_after_report(&c);
        if (!m->title && !sc_text)
            title_quoted(&c);
        if (!m->date)
            zh_heading_date(&c);
        /* what follows a site's note is the site's, not the document's */
        if (match(&c, RX_SITE_NOTE, 0, c.len) && g0(&c, 0) > 0)
            m->site_note = g0(&c, 0);
        if (!m->title && !sc_text)
            title_after_symbol(&c, m->lang ? m->lang : cg_detect_language(text, len));
        read_end(&c, sc_text);
    }

    if (!m->symbol || !m->lang) {
        char *fsym;
        const char *flang;
        cg_identity_from_filename(filename, &fsym, &flang);
        if (!m->lang && flang)
            m->lang = g_strdup(flang);
        if (!m->symbol && fsym) {
            m->symbol = fsym;
            m->symbol_source = CG_ID_FILENAME;
        } else {
            g_free(fsym);
        }
    }
    if (words)
        read_running_lines(&c);
    skip_normalise(&c);
    g_free(m->skip);
    m->skip = c.skip;
    m->n_skip = c.n_skip;
    g_free(c.buf);
    pcre2_match_data_free(c.md);
    return 0;
}
