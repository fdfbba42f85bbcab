/*
 * series.c - cg_graph_series: the documents of a series, found by phrases in
 * their titles.
 *
 * Matching casefolds both sides with utf8proc (NFC + Unicode case folding),
 * so "Solidarity" matches "solidarity" and "СОЛИДАРНОСТЬ" matches
 * "солидарность", and takes a typographic apostrophe for the ASCII one;
 * scripts without case (Arabic, Chinese) match exactly.
 */
#include "graph_internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* Typographic apostrophes (U+2019, U+2018, U+02BC) as the ASCII one:
 * French titles print "droit à l’alimentation" and people type
 * "droit à l'alimentation". */
static utf8proc_int32_t plain_apostrophe(utf8proc_int32_t c, void *data)
{
    (void)data;
    return c == 0x2019 || c == 0x2018 || c == 0x02BC ? '\'' : c;
}

static char *fold(const char *s)
{
    utf8proc_uint8_t *out = NULL;
    utf8proc_ssize_t n = utf8proc_map_custom((const utf8proc_uint8_t *)s, 0, &out,
                                             UTF8PROC_NULLTERM | UTF8PROC_STABLE |
                                                 UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD,
                                             plain_apostrophe, NULL);
    /* Strings were made valid UTF-8 on input, so n < 0 means utf8proc ran
     * out of memory: aborted on, as GLib does. The copy is GLib's, so that
     * every string of the stage is freed with g_free(). */
    if (n < 0)
        g_error("utf8proc: %s", utf8proc_errmsg(n));
    char *copy = g_strdup((const char *)out);
    free(out);
    return copy;
}

/* The phrases folded as titles are (fold()) into fp[0..np). */
static void fold_phrases(const char *const *phrases, size_t np, char **fp)
{
    for (size_t p = 0; p < np; p++) {
        char *clean = cg_graph__text_dup(phrases[p]);
        fp[p] = fold(clean);
        g_free(clean);
    }
}

/* 1 when the folded title t holds one of the folded phrases ("" matches
 * nothing). */
static int holds_phrase(const char *t, char *const *fp, size_t np)
{
    for (size_t p = 0; p < np; p++)
        if (*fp[p] && strstr(t, fp[p]))
            return 1;
    return 0;
}

typedef struct cg_dated {
    const char *date, *id; /* owned by the graph */
    size_t vertex;
} cg_dated;

/* Unknown dates ("") sort after every known one. */
static int cmp_dated(const void *a, const void *b)
{
    const cg_dated *x = a, *y = b;
    if (!*x->date != !*y->date)
        return *x->date ? -1 : 1;
    int c = strcmp(x->date, y->date);
    return c ? c : strcmp(x->id, y->id);
}

int cg_graph_series(const cg_graph *g, const char *const *phrases, size_t **idx, size_t *n,
                    cg_error *err)
{
    *idx = NULL;
    *n = 0;
    if (!g || !g->built || !phrases)
        return cg_error_set(err, EINVAL, "graph: bad series arguments");
    size_t np = 0;
    while (phrases[np])
        np++;
    char **fp = g_new0(char *, np + 1);
    cg_dated *hits = g_new(cg_dated, g->nv + 1);
    size_t k = 0;
    fold_phrases(phrases, np, fp);
    for (size_t i = 0; i < g->nv; i++) {
        const cg_vrec *v = &g->v[i];
        const char *titles = v->titles ? v->titles : v->title;
        if (!v->in_corpus || !*titles)
            continue;
        char *t = fold(titles);
        int match = holds_phrase(t, fp, np);
        g_free(t);
        if (match)
            hits[k++] = (cg_dated){v->date, v->id, i};
    }
    qsort(hits, k, sizeof *hits, cmp_dated);
    size_t *res = g_new(size_t, k + 1);
    for (size_t i = 0; i < k; i++)
        res[i] = hits[i].vertex;
    *idx = res;
    *n = k;
    for (size_t p = 0; p < np; p++)
        g_free(fp[p]);
    g_free(fp);
    g_free(hits);
    return 0;
}

/* ---- series members: titles, the citation chain, what citations tell ---- */

/* Words too common to say what a series is about, in the languages whose
 * titles split into words (folded: lower case). */
static const char *const stop_words[] = {
    "the", "and", "for", "with", "from", "into", "its",  "all", "des", "les",
    "del", "los", "las", "por",  "para", "sur",  "dans", "une", "aux", "con",
    "por", "que", "het", "van",  "для",  "при",  "как",  "или", NULL};

static int is_stop(const char *w)
{
    for (size_t i = 0; stop_words[i]; i++)
        if (!strcmp(w, stop_words[i]))
            return 1;
    return 0;
}

/* The key words of a folded phrase: its words of three characters or more
 * that are not stop words. A phrase with no space (Chinese, Japanese) is one
 * key word: it is matched whole. */
static GPtrArray *key_words(const char *folded)
{
    GPtrArray *kw = g_ptr_array_new_with_free_func(g_free);
    if (!strchr(folded, ' ')) {
        if (*folded)
            g_ptr_array_add(kw, g_strdup(folded));
        return kw;
    }
    const char *p = folded;
    while (*p) {
        while (*p && !g_unichar_isalnum(g_utf8_get_char(p)))
            p = g_utf8_next_char(p);
        const char *s = p;
        while (*p && g_unichar_isalnum(g_utf8_get_char(p)))
            p = g_utf8_next_char(p);
        if (p > s) {
            char *w = g_strndup(s, (gsize)(p - s));
            if (g_utf8_strlen(w, -1) >= 3 && !is_stop(w))
                g_ptr_array_add(kw, w);
            else
                g_free(w);
        }
    }
    return kw;
}

/* A folded title shares a phrase's key words when it holds all of them
 * (one or two) or at least two thirds of them (three or more). */
static int shares_key_words(const char *title, const GPtrArray *kw)
{
    if (!kw->len)
        return 0;
    guint have = 0;
    for (guint i = 0; i < kw->len; i++)
        have += strstr(title, kw->pdata[i]) != NULL;
    return kw->len <= 2 ? have == kw->len : have * 3 >= kw->len * 2;
}

/* Words of a decision's title that say it acts on the mandate's calendar:
 * postpones, defers, extends, renews (folded, matched as substrings). */
static const char *const calendar_words[] = {
    "postpon", "defer", "extend", "extension", "renew", "prolong", "report de", "reporter", "aplaz",
    "prorrog", "продл", "отлож",  "推迟",      "延长",  "延期",    "تأجيل",     "تمديد",    NULL};

static int has_calendar_word(const char *title)
{
    for (size_t i = 0; calendar_words[i]; i++)
        if (strstr(title, calendar_words[i]))
            return 1;
    return 0;
}

/* 1 when a comma-separated relation set holds reaffirm or recall. */
static int reaffirms_or_recalls(const char *relations)
{
    return strstr(relations, "reaffirm") || strstr(relations, "recall");
}

static int is_act(const cg_vrec *v)
{
    return !strcmp(v->kind, "resolution") || !strcmp(v->kind, "decision");
}

/* 1 when the two comma-separated sets share an item. */
static int sets_meet(const char *a, const char *b)
{
    const char *p = a;
    while (*p) {
        size_t n = strcspn(p, ",");
        for (const char *q = b; *q;) {
            size_t m = strcspn(q, ",");
            if (m == n && !strncmp(p, q, n))
                return 1;
            q += m + (q[m] == ',');
        }
        p += n + (p[n] == ',');
    }
    return 0;
}

int cg_graph_when(const char *id, const char *date, char when[11], int *estimated)
{
    *estimated = 0;
    when[0] = '\0';
    if (date && strlen(date) >= 4) {
        g_strlcpy(when, date, 11);
        return 1;
    }
    if (!id)
        return 0;
    int a = 0, b = 0, n = 0;
    char tail;
    /* Human Rights Council: sessions 1-3 in 2006, then three a year
     * (March, June, September) from session 4 (March 2007). */
    if ((sscanf(id, "A/HRC/RES/%d/%d%n", &a, &b, &n) == 2 ||
         sscanf(id, "A/HRC/DEC/%d/%d%n", &a, &b, &n) == 2) &&
        !id[n] && a > 0 && a < 400) {
        static const char *const m[] = {"03", "06", "09"};
        if (a <= 3)
            snprintf(when, 11, "2006-%s", a == 1 ? "06" : a == 2 ? "09" : "12");
        else
            snprintf(when, 11, "%04d-%s", 2007 + (a - 4) / 3, m[(a - 4) % 3]);
        *estimated = 1;
        return 1;
    }
    /* General Assembly: session N opens in September of 1945 + N; most of
     * its resolutions are adopted in December. */
    if ((sscanf(id, "A/RES/%d/%d%n", &a, &b, &n) == 2 ||
         sscanf(id, "A/DEC/%d/%d%n", &a, &b, &n) == 2) &&
        !id[n] && a > 0 && a < 200) {
        snprintf(when, 11, "%04d-12", 1945 + a);
        *estimated = 1;
        return 1;
    }
    /* The Commission on Human Rights numbers by year and met once a year,
     * in March and April: its 2002/25 comes before the Assembly's 57/226
     * of December 2002. */
    if ((sscanf(id, "E/CN.4/RES/%d/%d%n", &a, &b, &n) == 2 ||
         sscanf(id, "E/CN.4/DEC/%d/%d%n", &a, &b, &n) == 2) &&
        !id[n] && a >= 1946 && a < 2100) {
        snprintf(when, 11, "%04d-04", a);
        *estimated = 1;
        return 1;
    }
    /* ECOSOC numbers by year. */
    if (sscanf(id, "E/RES/%d/%d%n", &a, &b, &n) == 2 && !id[n] && a >= 1946 && a < 2100) {
        snprintf(when, 11, "%04d", a);
        *estimated = 1;
        return 1;
    }
    if (sscanf(id, "S/RES/%d(%d%c", &b, &a, &tail) == 3 && tail == ')' && a >= 1946 && a < 2100) {
        snprintf(when, 11, "%04d", a);
        *estimated = 1;
        return 1;
    }
    return 0;
}

/* strcmp, with runs of digits compared as numbers ("9/2" < "12/9"). */
static int natcmp(const char *a, const char *b)
{
    while (*a && *b) {
        if (g_ascii_isdigit(*a) && g_ascii_isdigit(*b)) {
            const char *x = a, *y = b;
            while (*x == '0')
                x++;
            while (*y == '0')
                y++;
            size_t lx = 0, ly = 0;
            while (g_ascii_isdigit(x[lx]))
                lx++;
            while (g_ascii_isdigit(y[ly]))
                ly++;
            if (lx != ly)
                return lx < ly ? -1 : 1;
            int c = strncmp(x, y, lx);
            if (c)
                return c;
            a = x + lx;
            b = y + ly;
            continue;
        }
        if (*a != *b)
            return (unsigned char)*a < (unsigned char)*b ? -1 : 1;
        a++;
        b++;
    }
    return (unsigned char)*a - (unsigned char)*b;
}

typedef struct sorted_member {
    cg_series_member m;
    const char *id;
} sorted_member;

/* By when (unknown last), then the symbol's numbers. */
static int cmp_member(const void *a, const void *b)
{
    const sorted_member *x = a, *y = b;
    if (!x->m.when[0] != !y->m.when[0])
        return x->m.when[0] ? -1 : 1;
    int c = strcmp(x->m.when, y->m.when);
    /* "2013" (a year from the symbol) and "2013-06-13" share a prefix:
     * equal prefixes are the same time as far as we know. */
    size_t lx = strlen(x->m.when), ly = strlen(y->m.when);
    if (c && (lx != ly) && !strncmp(x->m.when, y->m.when, lx < ly ? lx : ly))
        c = 0;
    return c ? c : natcmp(x->id, y->id);
}

/* 1 when when a is known and earlier than b (a known "2013" and "2013-06-13"
 * share a prefix: the same time as far as we know, so not earlier). */
static int earlier(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (!la || !lb || !strncmp(a, b, la < lb ? la : lb))
        return 0;
    return strcmp(a, b) < 0;
}

/* When member i was adopted (when_i), and since when (since) the last
 * member of the corpus before it; "" when unknown or there is none. */
static void member_times(const cg_graph *g, const unsigned char *how, size_t i, char when_i[11],
                         char since[11])
{
    int est;
    cg_graph_when(g->v[i].id, g->v[i].date, when_i, &est);
    since[0] = '\0';
    for (size_t j = 0; *when_i && j < g->nv; j++) {
        char w[11];
        if (j == i || !how[j] || how[j] == CG_SERIES_CITED || !g->v[j].in_corpus ||
            !cg_graph_when(g->v[j].id, g->v[j].date, w, &est))
            continue;
        if (earlier(w, when_i) && (!*since || strcmp(w, since) > 0))
            g_strlcpy(since, w, 11);
    }
}

/* 1 when resolution t was adopted after `since` (or there is no member
 * before) and before `until`. */
static int in_gap(const cg_vrec *t, const char *since, const char *until)
{
    char w[11];
    int est;
    if (!cg_graph_when(t->id, t->date, w, &est) || !earlier(w, until))
        return 0;
    return !*since || !earlier(w, since);
}

/* The first preamble paragraph ("preamble:3") in which document i reaffirms
 * or recalls a resolution or decision, into first[32]; "" when none. The
 * locations of all its language versions are merged: the lowest number. */
static void first_recall_paragraph(const cg_graph *g, size_t i, char first[32])
{
    long best = 0;
    for (size_t k = g->out_off[i]; k < g->out_off[i + 1]; k++) {
        const cg_erec *e = &g->e[k];
        if (e->partof || !is_act(&g->v[e->to]) || !reaffirms_or_recalls(e->relations))
            continue;
        for (const char *p = strstr(e->locations, "preamble:"); p; p = strstr(p + 1, "preamble:")) {
            long n = strtol(p + 9, NULL, 10);
            if (n > 0 && (!best || n < best))
                best = n;
        }
    }
    if (best)
        snprintf(first, 32, "preamble:%ld", best);
    else
        first[0] = '\0';
}

int cg_graph_series_members(const cg_graph *g, const char *const *phrases, cg_series_member **out,
                            size_t *n, cg_error *err)
{
    *out = NULL;
    *n = 0;
    if (!g || !g->built || !phrases)
        return cg_error_set(err, EINVAL, "graph: bad series arguments");
    size_t np = 0;
    while (phrases[np])
        np++;
    char **fp = g_new0(char *, np + 1);
    GPtrArray **kw = g_new0(GPtrArray *, np + 1);
    char **ft = g_new0(char *, g->nv + 1); /* folded titles, corpus only */
    unsigned char *how = g_malloc0(g->nv + 1);
    fold_phrases(phrases, np, fp);
    for (size_t p = 0; p < np; p++)
        kw[p] = key_words(fp[p]);
    /* 1. Titles in any language. */
    for (size_t i = 0; i < g->nv; i++) {
        const cg_vrec *v = &g->v[i];
        const char *titles = v->titles ? v->titles : v->title;
        if (!v->in_corpus || !*titles)
            continue;
        ft[i] = fold(titles);
        if (holds_phrase(ft[i], fp, np))
            how[i] = CG_SERIES_TITLE;
    }
    /* 2. The chain and 3. what citations tell, together to a fixed point
     * (each pass only adds, so this ends within V passes).
     *
     * The chain: a resolution of the corpus that reaffirms or recalls a
     * member and whose title shares the key words; a decision that cites a
     * member and acts on the mandate's calendar; a document whose title is
     * unknown that reaffirms or recalls two members, or one that in turn
     * reaffirms or recalls it (it sits inside the chain).
     *
     * Members known only from citations: a resolution not in the corpus
     * that a member reaffirms or recalls, from a body of the series (the
     * Commission on Human Rights and the Council it became count as one),
     * that the series' documents cite at least as often as the corpus's
     * other documents do, and
     *  (a) in a paragraph where the member also cites another member
     *      ("its resolution 59/202 ... and Commission resolution 2005/18"):
     *      the same paragraphs in every language version (the versions
     *      number them apart: 22/9 recalls 5/1 in paragraph 1 in Arabic,
     *      S-7/1 in paragraph 2 in English), or
     *  (b) in the first paragraph where a member whose title is known
     *      recalls resolutions, and adopted since the member before it
     *      ("Recalling all its previous resolutions in this regard, in
     *      particular resolution 2003/25"): the predecessors the corpus lacks.
     * Not taken: what a member recalls later in its preamble, or from before
     * the previous member (the Council's institution-building 5/1 and 5/2,
     * which every Council resolution of 2007 on recalls); what a text with
     * no title cites, unless beside a member (41/12, on assembly, recalls
     * its own series); one of another body (the Universal Declaration's
     * 217 (III) beside a Commission resolution); cited decisions
     * (only a title could show they are about the mandate). */
    GHashTable *bodies = g_hash_table_new(g_str_hash, g_str_equal);
    for (int changed = 1; changed;) {
        changed = 0;
        for (size_t i = 0; i < g->nv; i++) {
            const cg_vrec *v = &g->v[i];
            if (how[i] || !v->in_corpus || !is_act(v))
                continue;
            int dec = !strcmp(v->kind, "decision");
            int cites_member = 0, cites_any = 0;
            for (size_t k = g->out_off[i]; k < g->out_off[i + 1]; k++) {
                const cg_erec *e = &g->e[k];
                if (e->partof || !how[e->to])
                    continue;
                cites_any = 1;
                cites_member += reaffirms_or_recalls(e->relations) != 0;
            }
            int shares = 0;
            for (size_t p = 0; ft[i] && p < np && !shares; p++)
                shares = shares_key_words(ft[i], kw[p]);
            unsigned char h = 0;
            if (cites_member && shares)
                h = CG_SERIES_CHAIN;
            else if (dec && cites_any && (shares || (ft[i] && has_calendar_word(ft[i]))))
                h = CG_SERIES_DECISION;
            else if (cites_member >= 2 && !ft[i])
                h = CG_SERIES_CHAIN;
            else if (cites_member && !ft[i]) {
                for (size_t k = g->in_off[i]; k < g->in_off[i + 1] && !h; k++) {
                    const cg_erec *e = &g->e[g->in_edge[k]];
                    if (!e->partof && how[e->from] && g->v[e->from].in_corpus &&
                        reaffirms_or_recalls(e->relations))
                        h = CG_SERIES_CHAIN;
                }
            }
            if (h) {
                how[i] = h;
                changed = 1;
            }
        }
        g_hash_table_remove_all(bodies);
        for (size_t i = 0; i < g->nv; i++) {
            if (!how[i] || !*g->v[i].body)
                continue;
            g_hash_table_add(bodies, g->v[i].body);
            if (!strcmp(g->v[i].body, "HRC"))
                g_hash_table_add(bodies, "CHR");
            else if (!strcmp(g->v[i].body, "CHR"))
                g_hash_table_add(bodies, "HRC");
        }
        for (size_t i = 0; i < g->nv; i++) {
            if (!how[i] || !g->v[i].in_corpus || how[i] == CG_SERIES_CITED)
                continue;
            char when_i[11], since[11];
            member_times(g, how, i, when_i, since);
            char first[32];
            first_recall_paragraph(g, i, first);
            for (size_t k = g->out_off[i]; k < g->out_off[i + 1]; k++) {
                const cg_erec *e = &g->e[k];
                const cg_vrec *t = &g->v[e->to];
                if (e->partof || t->in_corpus || how[e->to] || strcmp(t->kind, "resolution") ||
                    !g_hash_table_contains(bodies, t->body) ||
                    !reaffirms_or_recalls(e->relations) || !*e->locations)
                    continue;
                int with = 0;
                for (size_t j = g->out_off[i]; j < g->out_off[i + 1] && !with; j++) {
                    const cg_erec *o = &g->e[j];
                    with =
                        j != k && !o->partof && how[o->to] && !strcmp(e->locations, o->locations);
                }
                if (!with && (!ft[i] || !*first || !sets_meet(e->locations, first) ||
                              !in_gap(t, since, when_i)))
                    continue;
                size_t in_series = 0, outside = 0;
                for (size_t q = g->in_off[e->to]; q < g->in_off[e->to + 1]; q++) {
                    const cg_erec *c = &g->e[g->in_edge[q]];
                    if (c->partof || !g->v[c->from].in_corpus)
                        continue;
                    if (how[c->from])
                        in_series++;
                    else
                        outside++;
                }
                if (in_series >= outside) {
                    how[e->to] = CG_SERIES_CITED;
                    changed = 1;
                }
            }
        }
    }
    g_hash_table_destroy(bodies);
    size_t k = 0;
    for (size_t i = 0; i < g->nv; i++)
        k += how[i] != 0;
    sorted_member *sm = g_new0(sorted_member, k + 1);
    k = 0;
    for (size_t i = 0; i < g->nv; i++) {
        if (!how[i])
            continue;
        sorted_member *s = &sm[k++];
        s->m.vertex = i;
        s->m.how = (cg_series_how)how[i];
        s->id = g->v[i].id;
        cg_graph_when(g->v[i].id, g->v[i].date, s->m.when, &s->m.when_estimated);
    }
    qsort(sm, k, sizeof *sm, cmp_member);
    cg_series_member *res = g_new(cg_series_member, k + 1);
    for (size_t i = 0; i < k; i++)
        res[i] = sm[i].m;
    *out = res;
    *n = k;
    for (size_t p = 0; p < np; p++) {
        g_free(fp[p]);
        if (kw[p])
            g_ptr_array_free(kw[p], TRUE);
    }
    for (size_t i = 0; i < g->nv; i++)
        g_free(ft[i]);
    g_free(fp);
    g_free(kw);
    g_free(ft);
    g_free(how);
    g_free(sm);
    return 0;
}
