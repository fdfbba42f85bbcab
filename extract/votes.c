/*
 * votes.c - recorded votes and adoption without a vote (see votes.h).
 *
 * The statements and list labels of each language are data (doc-words.tsv
 * keys vote.*, read through docwords.h); what stays here is their layout,
 * and the Security Council's English form of corpus/unsc-en ("by 10 votes
 * to none, with 1 abstention (Union of Soviet Socialist Republics)").
 */
#include "votes.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <glib.h>

#include "docwords.h"
#include "meta_rx.h"

#define NUM                                                                                  \
    "(\\d+|(?i:none|no|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|" \
    "thirteen|fourteen|fifteen))\\b"

enum { RX_RECORDED, RX_NO_VOTE, RX_LABEL, RX_SC_VOTES, RX_COUNT };

static const char *const RX_SRC[RX_COUNT] = {
    /* The opening of a recorded-vote statement; the counts follow it. */
    [RX_RECORDED] = "(?i:@{vote.recorded})",
    /* "[Adopted without a vote.]", "[Adoptée sans vote.]", "[未经表决获得通过。]":
     * at the start of a line, so a resolution recalled in a sentence as
     * "adopted without a vote" is not the adoption. */
    [RX_NO_VOTE] = "^[\\s\\[]*(?:(?i:@{vote.adopted})\\b[^.\\]\\x{3002}]{0,160}?)?"
                   "(?i:@{vote.none})",
    /* The label of a list: group 1 in favour, 2 against, 3 abstaining. */
    [RX_LABEL] = "(?<![\\p{Latin}\\p{Cyrillic}\\p{Arabic}])"
                 "(?i:(@{vote.yes})|(@{vote.no})|(@{vote.abstain}))\\s*[:\\x{FF1A}]",
    /* SC: "by 12 votes to 2 (A, B), with 1 abstention (C)"; the lists are
     * balanced parentheses because names contain parentheses too. */
    [RX_SC_VOTES] = "^[\\s\\[]*Adopted\\b[^.\\]]{0,200}?\\bby\\s+" NUM "\\s+votes?\\s+to\\s+" NUM
                    "\\s*(?<nolist>\\((?:[^()]++|(?&nolist))*\\))?"
                    "(?:\\s*,?\\s*(?:and\\s+)?with\\s+" NUM "\\s+(?i:abstentions?)"
                    "\\s*(?<ablist>\\((?:[^()]++|(?&ablist))*\\))?)?",
};

/* A growable list of owned strings. */
typedef struct strlist {
    char **v;
    size_t n, cap;
} strlist;

static void strlist_add(strlist *l, const char *s, size_t n)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 16;
        l->v = g_renew(char *, l->v, l->cap);
    }
    l->v[l->n++] = g_strndup(s, n);
}

static void free_strv(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        g_free(v[i]);
    g_free(v);
}

void cg_vote_clear(cg_vote *v)
{
    if (!v)
        return;
    free_strv(v->yes_iso, v->n_yes);
    free_strv(v->no_iso, v->n_no);
    free_strv(v->abstain_iso, v->n_abstain);
    free_strv(v->unknown, v->n_unknown);
    memset(v, 0, sizeof *v);
    v->yes = v->no = v->abstain = -1;
}

/* The value of a number in digits (any script) or in words (num.N rows:
 * "none", "no", "fifteen"), or -1. */
static int num_value(const cg_docwords *w, const char *s, size_t n)
{
    size_t i = 0;
    if (n && cg_mrx_digit(s, n, &i) >= 0) {
        long v = cg_mrx_first_number(s, n);
        return v >= 0 && v < 100000 ? (int)v : -1;
    }
    return (int)cg_docwords_key_number(cg_docwords_key(w, "num", s, n, NULL));
}

static int group_num(const cg_docwords *w, pcre2_match_data *md, const char *text, int g)
{
    if (!cg_mrx_set(md, g))
        return -1;
    size_t a = cg_mrx_start(md, g), b = cg_mrx_end(md, g);
    return num_value(w, text + a, b - a);
}

static int is_word_byte(char c)
{
    return (unsigned char)c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The length of the sentence end at s[i], 0 when none: '.' before white
 * space, ']' or the end of the text; ']'; the ideographic full stop. */
static size_t sentence_end(const char *s, size_t len, size_t i)
{
    if (s[i] == ']')
        return 1;
    if (s[i] == '.' && (i + 1 == len || s[i + 1] == ' ' || s[i + 1] == '\n' || s[i + 1] == '\r' ||
                        s[i + 1] == '\t' || s[i + 1] == ']'))
        return 1;
    return len - i >= 3 && memcmp(s + i, "\xE3\x80\x82", 3) == 0 ? 3 : 0;
}

/* The counts of a recorded-vote statement: the first three numbers (digits
 * or number words) from `from` to the end of its sentence, in favour,
 * against, abstaining. Returns the offset just after the sentence. */
static size_t read_counts(const cg_docwords *w, const char *s, size_t len, size_t from,
                          int counts[3])
{
    int k = 0;
    size_t i = from;
    while (i < len) {
        size_t e = sentence_end(s, len, i);
        if (e)
            return i + e;
        size_t j = i;
        if (cg_mrx_digit(s, len, &j) >= 0) {
            while (j < len && cg_mrx_digit(s, len, &j) >= 0)
                ;
        } else if (is_word_byte(s[i])) {
            /* a word, up to a digit or the end of the sentence ("32票对") */
            for (size_t t = j; j < len && is_word_byte(s[j]); t = ++j)
                if (cg_mrx_digit(s, len, &t) >= 0 || sentence_end(s, len, j))
                    break;
        } else {
            i++;
            continue;
        }
        int v = num_value(w, s + i, j - i);
        if (v >= 0 && k < 3)
            counts[k++] = v;
        i = j > i ? j : i + 1;
    }
    return len;
}

/* Where the names of one list go while a vote is being read. */
typedef struct reader {
    const cg_states *states;
    const char *lang; /* language of the vote statement */
    strlist iso[3];   /* yes, no, abstain */
    size_t names[3];  /* names seen per list, known or not */
    strlist unknown;
} reader;

static int is_trim_byte(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '[' || c == ']' ||
           c == '.' || c == ';' || c == ',';
}

/* Trims ASCII space/punctuation and the ideographic full stop, space and
 * brackets from both ends of s[*a..*b). */
static void trim(const char *s, size_t *a, size_t *b)
{
    for (;;) {
        if (*a < *b && is_trim_byte((unsigned char)s[*a])) {
            (*a)++;
        } else if (*b - *a >= 3 && (memcmp(s + *a, "\xE3\x80\x80", 3) == 0 ||
                                    memcmp(s + *a, "\xE3\x80\x82", 3) == 0)) {
            *a += 3; /* U+3000 ideographic space, U+3002 。 */
        } else {
            break;
        }
    }
    for (;;) {
        if (*b > *a && is_trim_byte((unsigned char)s[*b - 1])) {
            (*b)--;
        } else if (*b - *a >= 3 && (memcmp(s + *b - 3, "\xE3\x80\x80", 3) == 0 ||
                                    memcmp(s + *b - 3, "\xE3\x80\x82", 3) == 0)) {
            *b -= 3;
        } else {
            break;
        }
    }
}

static const char *lookup_exact(const reader *r, const char *s, size_t n)
{
    const char *iso = cg_states_lookup(r->states, r->lang, s, n);
    return iso ? iso : cg_states_lookup(r->states, NULL, s, n);
}

/* Looks a name up as written, then with end-of-line hyphens removed
 * ("United King-\ndom"). */
static const char *lookup(const reader *r, const char *s, size_t n)
{
    const char *iso = lookup_exact(r, s, n);
    if (iso || !memchr(s, '-', n))
        return iso;
    char buf[256];
    size_t w = 0;
    for (size_t i = 0; i < n && w < sizeof buf; i++) {
        if (s[i] == '-' && i + 1 < n && (s[i + 1] == '\n' || s[i + 1] == ' ')) {
            while (i + 1 < n && (s[i + 1] == '\n' || s[i + 1] == ' ' || s[i + 1] == '\r'))
                i++;
            continue;
        }
        buf[w++] = s[i];
    }
    return w < sizeof buf ? lookup_exact(r, buf, w) : NULL;
}

static int is_ws(char ch)
{
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f';
}

/* Finds a separator inside a name-list piece: " and " (kind 0) or ". "
 * (kind 1, OCR for a comma), with any whitespace (line breaks included)
 * around it. Sets [*sa, *sb) to the separator; 0 when absent. */
static int find_sep(const char *s, size_t n, int kind, size_t *sa, size_t *sb)
{
    for (size_t i = 1; i + 1 < n; i++) {
        if (kind == 0 && is_ws(s[i - 1]) && i + 3 < n && memcmp(s + i, "and", 3) == 0 &&
            is_ws(s[i + 3])) {
            size_t a = i, b = i + 3;
            while (a > 0 && is_ws(s[a - 1]))
                a--;
            while (b < n && is_ws(s[b]))
                b++;
            *sa = a;
            *sb = b;
            return 1;
        }
        if (kind == 1 && s[i] == '.' && is_ws(s[i + 1])) {
            size_t b = i + 1;
            while (b < n && is_ws(s[b]))
                b++;
            *sa = i;
            *sb = b;
            return 1;
        }
    }
    return 0;
}

/* Tries "China and France" / OCR "Belgium.\nFrance" as two names that are
 * both known; returns 1 and adds them when so. */
static int try_split(reader *r, int list, const char *s, size_t n)
{
    for (int kind = 0; kind < 2; kind++) {
        size_t sa, sb;
        if (!find_sep(s, n, kind, &sa, &sb))
            continue;
        size_t a1 = 0, b1 = sa, a2 = sb, b2 = n;
        trim(s, &a1, &b1);
        trim(s, &a2, &b2);
        const char *i1 = b1 > a1 ? lookup(r, s + a1, b1 - a1) : NULL;
        const char *i2 = b2 > a2 ? lookup(r, s + a2, b2 - a2) : NULL;
        if (i1 && i2) {
            strlist_add(&r->iso[list], i1, strlen(i1));
            strlist_add(&r->iso[list], i2, strlen(i2));
            r->names[list] += 2;
            return 1;
        }
    }
    return 0;
}

/* Adds an unknown name with its whitespace runs collapsed to one space. */
static void add_unknown(reader *r, const char *s, size_t n)
{
    strlist_add(&r->unknown, s, n);
    char *u = r->unknown.v[r->unknown.n - 1];
    size_t w = 0;
    for (size_t i = 0; u[i]; i++) {
        if (is_ws(u[i])) {
            if (w > 0 && u[w - 1] != ' ')
                u[w++] = ' ';
        } else {
            u[w++] = u[i];
        }
    }
    u[w] = '\0';
}

static void add_name(reader *r, int list, const char *s, size_t a, size_t b)
{
    trim(s, &a, &b);
    if (b <= a)
        return;
    const char *iso = lookup(r, s + a, b - a);
    /* OCR glues footnote markers to names: "20 Union of Soviet ..." */
    if (!iso && s[a] >= '0' && s[a] <= '9') {
        size_t k = a;
        while (k < b && s[k] >= '0' && s[k] <= '9')
            k++;
        while (k < b && is_ws(s[k]))
            k++;
        if (k < b && (iso = lookup(r, s + k, b - k)))
            a = k;
    }
    if (iso) {
        r->names[list]++;
        strlist_add(&r->iso[list], iso, strlen(iso));
        return;
    }
    if (try_split(r, list, s + a, b - a))
        return;
    r->names[list]++;
    add_unknown(r, s + a, b - a);
}

/* Splits s[a..b) into names: at 、 for Chinese, else at commas (ASCII or
 * Arabic ،) and semicolons outside parentheses. An English piece that is unknown alone but
 * known together with the next one is one name with a comma in it
 * ("Germany, Federal Republic of"). */
static void add_names(reader *r, int list, const char *s, size_t a, size_t b, int zh)
{
    size_t start = a, prev = (size_t)-1; /* prev: start of a held piece */
    size_t last = (size_t)-1;            /* start of the last piece added as known */
    int depth = 0;
    for (size_t i = a; i <= b;) {
        size_t sep = 0;
        if (i == b)
            sep = 1;
        else if (zh && b - i >= 3 && memcmp(s + i, "\xE3\x80\x81", 3) == 0)
            sep = 3; /* 、 */
        else if (!zh && s[i] == '(')
            depth++;
        else if (!zh && s[i] == ')' && depth > 0)
            depth--;
        else if (!zh && depth == 0 && (s[i] == ',' || s[i] == ';'))
            sep = 1;
        else if (!zh && depth == 0 && b - i >= 2 && memcmp(s + i, "\xD8\x8C", 2) == 0)
            sep = 2; /* U+060C ، Arabic comma */
        if (!sep) {
            i++;
            continue;
        }
        if (prev != (size_t)-1) {
            size_t pa = prev, pb = i;
            trim(s, &pa, &pb);
            if (pb > pa && lookup(r, s + pa, pb - pa)) {
                add_name(r, list, s, prev, i); /* joined piece */
                prev = (size_t)-1;
                i += sep;
                start = i;
                continue;
            }
            /* The held piece stands alone after all. */
            add_name(r, list, s, prev, start - 1);
            prev = (size_t)-1;
        }
        size_t pa = start, pb = i;
        trim(s, &pa, &pb);
        /* "Germany, Federal Republic of": the first part is a name alone,
         * the second is not; together they name the state just added. */
        const char *joined = NULL;
        if (!zh && last != (size_t)-1 && pb > pa && !lookup(r, s + pa, pb - pa)) {
            size_t ja = last, jb = i;
            trim(s, &ja, &jb);
            joined = lookup(r, s + ja, jb - ja);
        }
        if (joined && r->iso[list].n > 0) {
            g_free(r->iso[list].v[r->iso[list].n - 1]);
            r->iso[list].v[r->iso[list].n - 1] = g_strdup(joined);
            last = (size_t)-1;
        } else if (!zh && i < b && pb > pa && !lookup(r, s + pa, pb - pa)) {
            prev = start; /* hold it: the next piece may complete it */
        } else {
            size_t before = r->iso[list].n;
            add_name(r, list, s, start, i);
            last = r->iso[list].n == before + 1 ? start : (size_t)-1;
        }
        i += sep;
        start = i;
    }
    if (prev != (size_t)-1)
        add_name(r, list, s, prev, start > prev ? start - 1 : b);
}

/* Reads the labelled lists of a recorded vote between from and the closing
 * bracket (or the end of the text). */
static void read_lists(reader *r, const char *text, size_t len, size_t from, pcre2_code *const *rx,
                       int zh, pcre2_match_data *md, int present[3])
{
    const char *close = memchr(text + from, ']', len - from);
    size_t end = close ? (size_t)(close - text) : len;
    size_t pos = from;
    int cur = -1;
    size_t cur_start = 0;
    while (cg_mrx_match(rx[RX_LABEL], text, end, pos, md) > 0) {
        size_t ls = cg_mrx_start(md, 0), le = cg_mrx_end(md, 0);
        int next = cg_mrx_set(md, 1) ? 0 : cg_mrx_set(md, 2) ? 1 : 2;
        if (cur >= 0)
            add_names(r, cur, text, cur_start, ls, zh);
        cur = next;
        present[cur] = 1;
        cur_start = le;
        pos = le > pos ? le : pos + 1;
    }
    if (cur >= 0)
        add_names(r, cur, text, cur_start, end, zh);
}

/* Byte offset of the last match of pattern i in the text, with md holding
 * it; (size_t)-1 when none. */
static size_t last_match(pcre2_code *const *rx, int i, const char *text, size_t len,
                         pcre2_match_data *md)
{
    size_t pos = 0, found = (size_t)-1, found_end = 0;
    while (cg_mrx_match(rx[i], text, len, pos, md) > 0) {
        found = cg_mrx_start(md, 0);
        found_end = cg_mrx_end(md, 0);
        pos = found_end > found ? found_end : found + 1;
    }
    if (found != (size_t)-1) /* leave md on the last match */
        cg_mrx_match(rx[i], text, len, found, md);
    (void)found_end;
    return found;
}

static void move_list(strlist *l, char ***v, size_t *n)
{
    *v = l->v;
    *n = l->n;
    memset(l, 0, sizeof *l);
}

int cg_votes_parse(const char *text, size_t len, const cg_states *states, const cg_docwords *words,
                   cg_vote *v, cg_error *err)
{
    int rc = 0;
    reader r;
    int present[3] = {0, 0, 0};
    int lists_expected = 0; /* a recorded vote promises all three lists */
    pcre2_match_data *md = NULL;
    pcre2_code *const *rx;

    memset(v, 0, sizeof *v);
    v->yes = v->no = v->abstain = -1;
    memset(&r, 0, sizeof r);
    r.states = states;
    if (!words)
        return 0;
    cg_error e;
    if ((rc = cg_docwords_compiled(words, CG_DW_VOTES, RX_SRC, RX_COUNT, &rx, &e)))
        return cg_error_set(err, rc, "votes: %s", e.msg);
    md = pcre2_match_data_create(16, NULL);
    if (!md)
        return cg_error_set(err, ENOMEM, "votes: PCRE2 could not allocate match data");

    if (last_match(rx, RX_RECORDED, text, len, md) != (size_t)-1) {
        size_t a = cg_mrx_start(md, 0), b = cg_mrx_end(md, 0);
        int counts[3] = {-1, -1, -1};
        size_t lists = read_counts(words, text, len, b, counts);
        v->recorded = 1;
        v->yes = counts[0];
        v->no = counts[1];
        /* "sans abstention", "32 to 15": no abstention stated is none */
        v->abstain = counts[2] >= 0 ? counts[2] : counts[1] >= 0 ? 0 : -1;
        cg_docwords_key(words, "vote.recorded", text + a, b - a, &r.lang);
        lists_expected = 1;
        int zh = r.lang && strcmp(r.lang, "zh") == 0;
        read_lists(&r, text, len, lists, rx, zh, md, present);
    } else if (last_match(rx, RX_SC_VOTES, text, len, md) != (size_t)-1) {
        /* Security Council: counts, and the states against or abstaining in
         * parentheses; those in favour are never listed. */
        v->recorded = 1;
        v->yes = group_num(words, md, text, 1);
        v->no = group_num(words, md, text, 2);
        v->abstain = cg_mrx_set(md, 4) ? group_num(words, md, text, 4) : 0;
        r.lang = "en";
        size_t nl_a = cg_mrx_start(md, 3), nl_b = cg_mrx_end(md, 3);
        int has_no = cg_mrx_set(md, 3);
        size_t ab_a = cg_mrx_start(md, 5), ab_b = cg_mrx_end(md, 5);
        int has_ab = cg_mrx_set(md, 5);
        if (has_no) {
            present[1] = 1;
            add_names(&r, 1, text, nl_a + 1, nl_b - 1, 0);
        }
        if (has_ab) {
            present[2] = 1;
            add_names(&r, 2, text, ab_a + 1, ab_b - 1, 0);
        }
    } else if (last_match(rx, RX_NO_VOTE, text, len, md) != (size_t)-1) {
        v->without_vote = 1;
    }

    int counts[3] = {v->yes, v->no, v->abstain};
    for (int k = 0; k < 3; k++) {
        if (counts[k] < 0 || !(present[k] || lists_expected))
            continue;
        if ((size_t)counts[k] != r.names[k])
            v->mismatch = 1;
    }
    move_list(&r.iso[0], &v->yes_iso, &v->n_yes);
    move_list(&r.iso[1], &v->no_iso, &v->n_no);
    move_list(&r.iso[2], &v->abstain_iso, &v->n_abstain);
    move_list(&r.unknown, &v->unknown, &v->n_unknown);
    pcre2_match_data_free(md);
    return 0;
}
