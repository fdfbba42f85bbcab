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

#include "docwords.h"
#include "meta_rx.h"
#include "zhnum.h"

#define MONTH "((?i:@{month}))"
/* A comma as printed in each script: ASCII, ideographic, Arabic. */
#define COMMA "[,.\u060C\uFF0C]"
/* "of" before a heading date, as printed and as OCR read it ("Of", "ef"). */
#define OF "(?:[oOe]f)"
#define SYM "((?:A|S|E|ST)/[A-Z0-9](?:[A-Za-z0-9./\\-]*[A-Za-z0-9])?(?:[ \\t]*\\([0-9]{4}\\))?)"

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
    RX_COUNT
};

static const char *const RX_SRC[RX_COUNT] = {
    /* The line that opens the body: "The Security Council,", "人权理事会，",
     * "Le Conseil des droits de l'homme,", "إن مجلس حقوق الإنسان،". */
    [RX_BODY_START] =
        "^[ \\t]*(?:(?:@{body.article})[ \\t]*(@{body})[ \\t]*" COMMA "?"
        "|(@{body})[ \\t]*" COMMA ")[ \\t]*$",
    /* The organisation's name and the symbol, on one line or two (ru, ar). */
    [RX_MASTHEAD] =
        "^[ \\t]*(?:(?i:@{masthead})\\s*)?" SYM "[ \\t]*(?:Distr\\..*)?$",
    /* "RESOLUTION 837 (1993)", "Resolution 607 (1988)", "Resolution 290",
     * "Resolution 892 (1993) of 22 December 1993", OCR "(197-4)". */
    [RX_SC_HEADING] =
        "^[ \\t]*(?:RESOLUTION|Resolution)[ \\t]+([0-9]+)[ \\t]*"
        "(?:\\(([0-9][0-9 \\t\\-]*[0-9])\\))?[ \\t]*"
        "(?:" OF "[ \\t]+([0-9]{1,2})[ \\t]+" MONTH "[ \\t]+([0-9]{4}))?[ \\t]*$",
    /* "38 (1948). Resolution of 17 January 1948" (rest of line: footnote). */
    [RX_SC_OLD_HEADING] =
        "^[ \\t]*([0-9]+)[ \\t]*\\(([0-9]{4})\\)\\.?[ \\t]*Resolution[ \\t]+of[ \\t]+"
        "([0-9]{1,2})[ \\t]+" MONTH "[ \\t]+([0-9]{4}).*$",
    [RX_OF_DATE] = "\\G\\s*" OF "[ \\t]+([0-9]{1,2})[ \\t]+" MONTH "[ \\t]+([0-9]{4})[ \\t]*$",
    /* "[S/4463]", "(S/651]": the draft's symbol printed under old headings. */
    [RX_OWN_DOC_SYMBOL] = "\\G\\s*^[ \\t]*[\\[(]S/[0-9]+[\\])][ \\t]*$",
    [RX_SC_EVIDENCE] = "Security\\s+Council|\\bS/Agenda\\b|^[ \\t]*S/RES/",
    [RX_BODY_LINE] = "^[ \\t]*(@{body})[ \\t]*$",
    /* A session line: the session word with its number in digits or words
     * before it ("Twenty-third session", "23º período de sesiones",
     * "第二十三届会议") or after it ("الدورة الثالثة والعشرون"); the number
     * is read by session_number(). */
    [RX_SESSION] =
        "^[ \\t]*([^\\n]{0,80}?)[ \\t]*(?i:@{session})([ \\t]+[^\\n]{0,80}?)?[ \\t]*$",
    /* "Agenda item 3", "Point 3 de l'ordre du jour", "البند 3 من جدول الأعمال". */
    [RX_AGENDA] = "^[ \\t]*(?i:@{agenda})[ \\t]*([0-9]+(?:[ \\t]*\\([a-z]\\))?)",
    /* "23/12. Title"; Arabic "23/12 - Title". */
    [RX_NUMBERED_TITLE] =
        "^[ \\t]*([0-9]{1,4})/([0-9]{1,4})[ \\t]*(?:\\.|[-\\x{2013}])[ \\t]*(.*?)[ \\t]*$",
    [RX_END_ZH] =
        "([0-9]{4})\\s*年\\s*([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*日\\s*"
        "第\\s*([0-9]+)\\s*次\\s*(?:全体\\s*)?会议",
    /* General Assembly: "第 60次全体会议 / 2012年 12月 20日". */
    [RX_END_ZH_MEETING_FIRST] =
        "第\\s*([0-9]+)\\s*次\\s*(?:全体\\s*)?会议\\s*"
        "([0-9]{4})\\s*年\\s*([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*日",
    /* "38th meeting / 13 June 2013", "38e séance / 13 juin 2013",
     * "38ª sesión / 13 de junio de 2013", "38-е заседание / 13 июня 2013
     * года", "الجلسة 38 / 13 حزيران/يونيه 2013". */
    [RX_END] =
        "(?:\\b([0-9]+)[ \\t]*(?:@{ordinal.suffix})?[ \\t]+(?i:@{meeting})"
        "|(?i:@{meeting})[ \\t]+([0-9]+))\\s*,?\\s*"
        "([0-9]{1,2})(?:@{day.suffix})?\\s+(?:(?:@{date.link})\\s+)?" MONTH
        "\\s+(?:(?:@{date.link})\\s+)?([0-9]{4})",
    [RX_SC_ADOPTED_BY] =
        "Adopted\\s+by\\s+the\\s+Security\\s+Council\\s+at\\s+_?its\\s+([0-9][0-9O]*)"
        "(?:st|nd|rd|th|d)\\s+meeting\\s*,?\\s*(?:held\\s+)?(?:on\\s+)?"
        "([0-9]{1,2})\\s+" MONTH "\\s*,?\\s+([0-9]{4})",
    [RX_SC_MEETING] =
        "\\bAdopted\\b[^.\\]]{0,80}?\\bat\\s+(?:the|its)\\s+(?:resumed\\s+)?"
        "([0-9][0-9O]*)\\s*(?:st|nd|rd|th|d)\\s+meet",
    /* "GE.13-15112 (C)", "GE.13-15112 (C)  270613  280613", "02-75941 (E)",
     * "13-15112", and the bar code line "*1315112*". */
    [RX_JOB_NUMBER] =
        "^[ \\t]*(?:(?:GE\\.)?[0-9]{2}-[0-9]{5}(?:[ \\t]*\\([A-Z]\\))?(?:[ \\t]+[0-9]{6})*"
        "|\\*[0-9]{7,}\\*)[ \\t]*$",
};


/* ---- small helpers ---------------------------------------------------- */

typedef struct ctx {
    const cg_docwords *words;
    pcre2_code *const *rx;    /* RX_SRC compiled for words */
    const char *text;
    size_t len;
    size_t head_end;          /* end of the part searched for the symbol */
    pcre2_match_data *md;
    cg_docmeta *m;
    size_t (*skip)[2];
    size_t n_skip, cap_skip;
} ctx;

static char *dup_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *dup_printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    char *c = malloc((size_t)n + 1);
    if (!c)
        return NULL;
    va_start(ap, fmt);
    vsnprintf(c, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return c;
}

static int match(ctx *c, int i, size_t from, size_t to)
{
    return cg_mrx_match(c->rx[i], c->text, to, from, c->md) > 0;
}

static size_t g0(ctx *c, int g) { return cg_mrx_start(c->md, g); }
static size_t g1(ctx *c, int g) { return cg_mrx_end(c->md, g); }

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
 * the last match (an invalid date is ignored). Returns 0 or ENOMEM. */
static int set_date(ctx *c, int gd, int gm, int gy, int overwrite)
{
    if (c->m->date && !overwrite)
        return 0;
    long d = digits_value(c->text, g0(c, gd), g1(c, gd));
    int mo = month_index(c, c->text + g0(c, gm), g1(c, gm) - g0(c, gm));
    long y = digits_value(c->text, g0(c, gy), g1(c, gy));
    if (d < 1 || d > 31 || mo < 1 || y < 1900 || y > 2999)
        return 0;
    char *s = dup_printf("%04ld-%02d-%02ld", y, mo, d);
    if (!s)
        return ENOMEM;
    free(c->m->date);
    c->m->date = s;
    return 0;
}

static int set_str(char **field, char *value)
{
    if (!value)
        return ENOMEM;
    free(*field);
    *field = value;
    return 0;
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
static int skip_add(ctx *c, size_t a, size_t b)
{
    while (a < b && isspace((unsigned char)c->text[a]))
        a++;
    while (b > a && isspace((unsigned char)c->text[b - 1]))
        b--;
    if (b <= a)
        return 0;
    if (c->n_skip == c->cap_skip) {
        size_t cap = c->cap_skip ? 2 * c->cap_skip : 8;
        size_t (*v)[2] = realloc(c->skip, cap * sizeof *v);
        if (!v)
            return ENOMEM;
        c->skip = v;
        c->cap_skip = cap;
    }
    c->skip[c->n_skip][0] = a;
    c->skip[c->n_skip][1] = b;
    c->n_skip++;
    return 0;
}

/* Skips the whole line holding byte pos. */
static int skip_line(ctx *c, size_t pos)
{
    size_t a, b;
    line_of(c, pos, &a, &b);
    return skip_add(c, a, b);
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
    char *out = malloc(n + 1);
    size_t w = 0;
    if (!out)
        return NULL;
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

static int is_official_lang(const char *s, size_t n, const char **lang)
{
    static const char *const langs[] = {"ar", "zh", "en", "fr", "ru", "es"};
    if (n != 2)
        return 0;
    for (size_t i = 0; i < 6; i++)
        if (strncasecmp(s, langs[i], 2) == 0) {
            *lang = langs[i];
            return 1;
        }
    return 0;
}

static int all_digits(const char *s, size_t n)
{
    if (n == 0)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i]))
            return 0;
    return 1;
}

int cg_identity_from_filename(const char *filename, char **symbol,
                              const char **lang)
{
    *symbol = NULL;
    *lang = NULL;
    if (!filename)
        return 0;
    const char *base = strrchr(filename, '/');
    base = base ? base + 1 : filename;
    size_t n = strlen(base);
    const char *dot = memchr(base, '.', n);
    size_t stem = dot ? (size_t)(dot - base) : n;
    /* "A_HRC_RES_23_12.zh.txt": a language between the stem and extension */
    if (dot) {
        const char *e = dot + 1;
        const char *d2 = strchr(e, '.');
        if (d2)
            is_official_lang(e, (size_t)(d2 - e), lang);
    }

    /* Split the stem at '_' up to a language token ("_EN_GOLD"). */
    const char *tok[16];
    size_t tl[16], nt = 0;
    for (size_t i = 0; i < stem && nt < 16;) {
        size_t j = i;
        while (j < stem && base[j] != '_')
            j++;
        const char *tlang;
        if (nt >= 2 && is_official_lang(base + i, j - i, &tlang)) {
            if (!*lang)
                *lang = tlang;
            break;
        }
        tok[nt] = base + i;
        tl[nt++] = j - i;
        i = j + 1;
    }
    if (nt < 3)
        return 0;
    for (size_t i = 0; i < tl[0]; i++)
        if (!isupper((unsigned char)tok[0][i]))
            return 0;
    int has_number = 0;
    for (size_t i = 0; i < nt; i++)
        has_number |= all_digits(tok[i], tl[i]);
    if (!has_number)
        return 0;

    size_t cap = stem + 8;
    char *out = malloc(cap);
    if (!out)
        return ENOMEM;
    size_t w = 0;
    int sc = nt == 4 && tl[0] == 1 && tok[0][0] == 'S' && tl[1] == 3 &&
             memcmp(tok[1], "RES", 3) == 0 && all_digits(tok[2], tl[2]) &&
             tl[3] == 4 && all_digits(tok[3], 4);
    for (size_t i = 0; i < nt; i++) {
        const char *t = tok[i];
        size_t l = tl[i];
        if (all_digits(t, l))
            while (l > 1 && *t == '0') {
                t++;
                l--;
            }
        if (i > 0)
            out[w++] = (sc && i == 3) ? '(' : '/';
        memcpy(out + w, t, l);
        w += l;
    }
    if (sc)
        out[w++] = ')';
    out[w] = '\0';
    *symbol = out;
    return 0;
}

/* ---- the head: symbol, body, session, agenda, title -------------------- */

/* Length of the UTF-8 sequence that starts with byte b. */
static size_t utf8_len(unsigned char b)
{
    return b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}

/* The value of one number word: "third" 3, "vingt" 20, "الثالثة" 3, and
 * "第二十三" 23 (a Chinese numeral after an ordinal.prefix); 0 for a word
 * that is no part of the number ("special", "et"); -1 when unknown. */
static long number_word(ctx *c, const char *s, size_t n)
{
    const char *key = cg_docwords_key(c->words, "ord", s, n, NULL);
    if (!key)
        key = cg_docwords_key(c->words, "num", s, n, NULL);
    if (key)
        return cg_docwords_key_number(key);
    if (cg_docwords_key(c->words, "connector", s, n, NULL) ||
        cg_docwords_key(c->words, "session.skip", s, n, NULL))
        return 0;
    size_t k = utf8_len((unsigned char)s[0]);
    long v;
    if (k < n && cg_docwords_key(c->words, "ordinal.prefix", s, k, NULL)) {
        s += k;
        n -= k;
    }
    if (cg_zh_number(s, n, &v) == 0)
        return v;
    return -1;
}

/* The session number written around a session word: the first number in
 * digits when there is one ("23º", "23rd"), else the sum of its number
 * words ("Twenty-third", "vingt et unième", "الثالثة والعشرون"); -1 when
 * a word is not a number word or there is none. */
static long session_number(ctx *c, const char *s, size_t n)
{
    long v = cg_mrx_first_number(s, n);
    if (v >= 0)
        return v;
    long sum = 0;
    int words = 0;
    for (size_t i = 0; i < n;) {
        if (s[i] == ' ' || s[i] == '\t' || s[i] == '-') {
            i++;
            continue;
        }
        size_t j = i;
        while (j < n && s[j] != ' ' && s[j] != '\t' && s[j] != '-')
            j++;
        long w = number_word(c, s + i, j - i);
        if (w < 0)
            return -1;
        sum += w;
        words += w > 0;
        i = j;
    }
    return words ? sum : -1;
}

static const char *body_code(ctx *c, const char *s, size_t n)
{
    const char *key = cg_docwords_key(c->words, "body", s, n, NULL);
    return key ? key + strlen("body.") : NULL;
}

static int set_body(ctx *c, const char *code)
{
    if (!code)
        return 0;
    return set_str(&c->m->body, strdup(code));
}

/* Appends line s[a..b) to a title being built, joining Han text without a
 * space and other text with one. */
static int title_append(char **t, const char *s, size_t a, size_t b)
{
    while (a < b && isspace((unsigned char)s[a]))
        a++;
    while (b > a && isspace((unsigned char)s[b - 1]))
        b--;
    if (b <= a)
        return 0;
    size_t old = *t ? strlen(*t) : 0;
    int space = old && !((unsigned char)(*t)[old - 1] >= 0x80 &&
                         (unsigned char)s[a] >= 0x80);
    char *n = realloc(*t, old + (size_t)space + (b - a) + 1);
    if (!n)
        return ENOMEM;
    if (space)
        n[old++] = ' ';
    memcpy(n + old, s + a, b - a);
    n[old + b - a] = '\0';
    *t = n;
    return 0;
}

/* The title: the rest of the numbered title's line; when that is empty, the
 * next non-blank line. A following line that starts in lower case continues
 * a title broken by the layout. */
static int read_title(ctx *c, size_t rest_a, size_t rest_b, size_t line_end)
{
    char *t = NULL;
    int rc = title_append(&t, c->text, rest_a, rest_b);
    size_t pos = line_end;
    for (int lines = 0; !rc && lines < 3 && pos < c->len; lines++) {
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
        if (t && !islower((unsigned char)c->text[first]))
            break;
        if (cg_mrx_match(c->rx[RX_BODY_START], c->text, b, a, c->md) > 0)
            break;
        rc = title_append(&t, c->text, a, b);
        pos = b;
    }
    if (rc) {
        free(t);
        return rc;
    }
    if (t && !c->m->title)
        c->m->title = t;
    else
        free(t);
    return 0;
}

static int read_head(ctx *c, int *sc_text)
{
    int rc;
    size_t head = c->head_end;
    size_t title_pos = head;

    /* Body: the last body-name line of the head before the numbered title
     * (an HRC text has "General Assembly" in its masthead first). */
    if (match(c, RX_NUMBERED_TITLE, 0, head))
        title_pos = g0(c, 0);
    for (size_t pos = 0; match(c, RX_BODY_LINE, pos, title_pos);) {
        const char *code = body_code(c, c->text + g0(c, 1), g1(c, 1) - g0(c, 1));
        if ((rc = set_body(c, code)))
            return rc;
        pos = g1(c, 0) > pos ? g1(c, 0) : pos + 1;
    }
    if (!c->m->body && match(c, RX_BODY_START, 0, c->len)) {
        int g = cg_mrx_set(c->md, 1) ? 1 : 2;
        if ((rc = set_body(c, body_code(c, c->text + g0(c, g), g1(c, g) - g0(c, g)))))
            return rc;
    }

    /* Session: the first session line of the head whose words are a
     * number ("Resolution adopted at its twenty-third session" is not). */
    for (size_t pos = 0; !c->m->session && match(c, RX_SESSION, pos, head);) {
        int g = cg_mrx_set(c->md, 2) && g1(c, 1) == g0(c, 1) ? 2 : 1;
        long v = session_number(c, c->text + g0(c, g), g1(c, g) - g0(c, g));
        if (v > 0 && (rc = set_str(&c->m->session, dup_printf("%ld", v))))
            return rc;
        pos = g1(c, 0) > pos ? g1(c, 0) : pos + 1;
    }

    /* Agenda item, spaces dropped ("3 (a)" -> "3(a)"). */
    if (match(c, RX_AGENDA, 0, head)) {
        char *a = cg_identity_canonical(c->text + g0(c, 1), g1(c, 1) - g0(c, 1));
        if ((rc = set_str(&c->m->agenda_item, a)))
            return rc;
    }

    /* Masthead symbol. */
    char *sym = NULL;
    cg_id_source src = CG_ID_NONE;
    if (match(c, RX_MASTHEAD, 0, head)) {
        sym = cg_identity_canonical(c->text + g0(c, 1), g1(c, 1) - g0(c, 1));
        if (!sym)
            return ENOMEM;
        src = CG_ID_HEADER;
        size_t sym_pos = g0(c, 1);
        if ((rc = skip_line(c, g0(c, 0))) || (rc = skip_line(c, sym_pos)))
            goto fail;
    }

    /* Security Council headings. */
    *sc_text = match(c, RX_SC_EVIDENCE, 0, c->len);
    if (*sc_text) {
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
            if ((rc = skip_line(c, g0(c, 0))))
                goto fail;
            if (cg_mrx_set(c->md, 3) && (rc = set_date(c, 3, 4, 5, 0)))
                goto fail;
            /* "Resolution 290" / "of 8 December 1970": the year of the
             * symbol is the year of adoption, so the date's year also wins
             * over an OCR-damaged heading ("Resolution 434 (1973)" /
             * "of 18 September 1978"). */
            if (match(c, RX_OF_DATE, line_end, c->len)) {
                if ((rc = set_date(c, 1, 2, 3, 0)))
                    goto fail;
                year = digits_value(c->text, g0(c, 3), g1(c, 3));
                line_end = g1(c, 0);
            } else if (cg_mrx_set(c->md, 5)) {
                year = digits_value(c->text, g0(c, 5), g1(c, 5));
            }
            if (match(c, RX_OWN_DOC_SYMBOL, line_end, c->len) &&
                (rc = skip_line(c, g1(c, 0) - 1)))
                goto fail;
            if (!sym && num > 0 && year >= 1945 && year <= 2999) {
                sym = dup_printf("S/RES/%ld(%ld)", num, year);
                if (!sym) {
                    rc = ENOMEM;
                    goto fail;
                }
                src = CG_ID_HEADER;
            }
            if (!c->m->body && (rc = set_body(c, "SC")))
                goto fail;
        }
    }

    /* Numbered title "23/12. Title" under a body. */
    if (match(c, RX_NUMBERED_TITLE, 0, head)) {
        long a = digits_value(c->text, g0(c, 1), g1(c, 1));
        long b = digits_value(c->text, g0(c, 2), g1(c, 2));
        size_t rest_a = g0(c, 3), rest_b = g1(c, 3), line_end = g1(c, 0);
        if ((rc = skip_line(c, g0(c, 0))))
            goto fail;
        const char *body = c->m->body;
        const char *fmt = !body                    ? NULL
                          : strcmp(body, "HRC") == 0 ? "A/HRC/RES/%ld/%ld"
                          : strcmp(body, "GA") == 0  ? "A/RES/%ld/%ld"
                          : strcmp(body, "CHR") == 0 ? "E/CN.4/RES/%ld/%ld"
                          : strcmp(body, "ECOSOC") == 0 ? "E/RES/%ld/%ld"
                                                       : NULL;
        if (!sym && fmt && a > 0 && b > 0) {
            sym = dup_printf(fmt, a, b);
            if (!sym) {
                rc = ENOMEM;
                goto fail;
            }
            src = CG_ID_TITLE;
        }
        if ((rc = read_title(c, rest_a, rest_b, line_end)))
            goto fail;
    }

    if (sym && (c->m->symbol_source == CG_ID_NONE || src < c->m->symbol_source)) {
        free(c->m->symbol);
        c->m->symbol = sym;
        c->m->symbol_source = src;
    } else {
        free(sym);
    }
    return 0;

fail:
    free(sym);
    return rc;
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

static int read_end(ctx *c, int sc_text)
{
    int rc;
    if (sc_text && match(c, RX_SC_ADOPTED_BY, 0, c->len)) {
        c->m->meeting = meeting_number(c->text, g0(c, 1), g1(c, 1));
        return set_date(c, 2, 3, 4, 1);
    }
    if (sc_text && match(c, RX_SC_MEETING, 0, c->len)) {
        c->m->meeting = meeting_number(c->text, g0(c, 1), g1(c, 1));
        return 0;
    }
    int zh = last_match(c, RX_END_ZH, 0);
    size_t zh_at = zh ? g0(c, 0) : 0;
    int zh_first = last_match(c, RX_END_ZH_MEETING_FIRST, 0);
    if (zh_first && (!zh || g0(c, 0) > zh_at)) {
        long y = digits_value(c->text, g0(c, 2), g1(c, 2));
        long mo = digits_value(c->text, g0(c, 3), g1(c, 3));
        long d = digits_value(c->text, g0(c, 4), g1(c, 4));
        c->m->meeting = meeting_number(c->text, g0(c, 1), g1(c, 1));
        if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31 &&
            (rc = set_str(&c->m->date, dup_printf("%04ld-%02ld-%02ld", y, mo, d))))
            return rc;
        return 0;
    }
    if (zh && last_match(c, RX_END_ZH, 0)) {
        long y = digits_value(c->text, g0(c, 1), g1(c, 1));
        long mo = digits_value(c->text, g0(c, 2), g1(c, 2));
        long d = digits_value(c->text, g0(c, 3), g1(c, 3));
        c->m->meeting = meeting_number(c->text, g0(c, 4), g1(c, 4));
        if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31 &&
            (rc = set_str(&c->m->date, dup_printf("%04ld-%02ld-%02ld", y, mo, d))))
            return rc;
        return 0;
    }
    if (last_match(c, RX_END, 0)) {
        int g = cg_mrx_set(c->md, 1) ? 1 : 2;
        c->m->meeting = meeting_number(c->text, g0(c, g), g1(c, g));
        return set_date(c, 3, 4, 5, 1);
    }
    return 0;
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

static int read_running_lines(ctx *c)
{
    int rc;
    for (size_t pos = 0; match(c, RX_JOB_NUMBER, pos, c->len);) {
        if ((rc = skip_add(c, g0(c, 0), g1(c, 0))))
            return rc;
        pos = g1(c, 0) > pos ? g1(c, 0) : pos + 1;
    }
    if (!c->m->symbol)
        return 0;
    /* Running page headers: the own symbol alone on a line. The symbol
     * is compared in the printed form too ("S/RES/0038 (1948)" never
     * occurs; "S/RES/1454 (2002)" does). */
    for (size_t a = 0; a < c->len;) {
        const char *nl = memchr(c->text + a, '\n', c->len - a);
        size_t b = nl ? (size_t)(nl - c->text) : c->len;
        if (line_is_symbol(c->text, a, b, c->m->symbol) && (rc = skip_add(c, a, b)))
            return rc;
        a = b + 1;
    }
    return 0;
}

/* ---- entry point ------------------------------------------------------ */

int cg_identity_parse(const char *text, size_t len, const char *filename,
                      const cg_docwords *words, cg_docmeta *m, cg_error *err)
{
    int rc;
    ctx c;
    memset(&c, 0, sizeof c);
    c.text = text;
    c.len = len;
    c.m = m;
    c.words = words;

    if (words) {
        cg_error e;
        if ((rc = cg_docwords_compiled(words, CG_DW_IDENTITY, RX_SRC, RX_COUNT,
                                       &c.rx, &e)))
            return cg_error_set(err, rc, "identity: %s", e.msg);
        c.md = pcre2_match_data_create(16, NULL);
        if (!c.md)
            return cg_error_set(err, ENOMEM, "identity: out of memory");

        c.head_end = len < IDENTITY_HEAD_BYTES ? len : IDENTITY_HEAD_BYTES;
        if (match(&c, RX_BODY_START, 0, c.head_end))
            c.head_end = g0(&c, 0);

        int sc_text = 0;
        if ((rc = read_head(&c, &sc_text)))
            goto done;
        if ((rc = read_end(&c, sc_text)))
            goto done;
    }

    if (!m->symbol || !m->lang) {
        char *fsym;
        const char *flang;
        if ((rc = cg_identity_from_filename(filename, &fsym, &flang)))
            goto done;
        if (!m->lang && flang && !(m->lang = strdup(flang))) {
            free(fsym);
            rc = ENOMEM;
            goto done;
        }
        if (!m->symbol && fsym) {
            m->symbol = fsym;
            m->symbol_source = CG_ID_FILENAME;
        } else {
            free(fsym);
        }
    }
    if (words && (rc = read_running_lines(&c)))
        goto done;
    skip_normalise(&c);
    free(m->skip);
    m->skip = c.skip;
    m->n_skip = c.n_skip;
    c.skip = NULL;

done:
    free(c.skip);
    pcre2_match_data_free(c.md);
    if (rc)
        return cg_error_set(err, rc, "identity: out of memory");
    return 0;
}
