/*
 * lookup.c - ids as people type them, and short names for UN symbols.
 *
 * People type "S/RES/425 (1978)", "a/hrc/res/23/12" or just "23/12"; the
 * graph holds canonical ids. Lookup compares "squashed" forms (ASCII upper
 * case, no spaces), then short numbers against the ends of ids, and when
 * nothing matches offers the nearest ids by edit distance.
 */
#include "graph_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *cg_graph_short_id(const char *id, char *buf, size_t size)
{
    static const struct {
        const char *prefix, *name;
    } bodies[] = {
        {"A/HRC/RES/",  "HRC "            },
        {"A/HRC/DEC/",  "HRC decision "   },
        {"E/CN.4/RES/", "CHR "            },
        {"E/CN.4/DEC/", "CHR decision "   },
        {"A/RES/",      "GA "             },
        {"A/DEC/",      "GA decision "    },
        {"S/RES/",      "SC "             },
        {"E/RES/",      "ECOSOC "         },
        {"E/DEC/",      "ECOSOC decision "},
    };
    if (!id) {
        g_strlcpy(buf, "", size);
        return buf;
    }
    for (size_t i = 0; i < G_N_ELEMENTS(bodies); i++) {
        size_t n = strlen(bodies[i].prefix);
        if (strncmp(id, bodies[i].prefix, n) || !id[n])
            continue;
        const char *rest = id + n;
        const char *paren = strchr(rest, '(');
        /* "425(1978)" -> "425 (1978)", as the texts write it. */
        if (paren && paren > rest && paren[-1] != ' ')
            snprintf(buf, size, "%s%.*s %s", bodies[i].name, (int)(paren - rest), rest, paren);
        else
            snprintf(buf, size, "%s%s", bodies[i].name, rest);
        return buf;
    }
    g_strlcpy(buf, id, size);
    return buf;
}

/* ASCII upper case, spaces, tabs and no-break spaces removed. */
static char *squash(const char *s)
{
    GString *o = g_string_sized_new(strlen(s));
    for (const char *p = s; *p; p++) {
        if (*p == ' ' || *p == '\t' || *p == '\n')
            continue;
        if ((unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xA0) {
            p++;
            continue;
        }
        g_string_append_c(o, g_ascii_toupper(*p));
    }
    return g_string_free(o, FALSE);
}

/* A short number: no letter but inside parentheses ("23/12", "425(1978)",
 * "217(III)", "S-7/1" is not one). */
static int is_short_number(const char *s)
{
    int digits = 0, depth = 0;
    for (const char *p = s; *p; p++) {
        if (*p == '(')
            depth++;
        else if (*p == ')')
            depth--;
        else if (g_ascii_isdigit(*p))
            digits++;
        else if (g_ascii_isalpha(*p) && depth <= 0)
            return 0;
    }
    return digits > 0;
}

static size_t edit_distance(const char *a, const char *b, size_t cap)
{
    size_t la = strlen(a), lb = strlen(b);
    if ((la > lb ? la - lb : lb - la) > cap)
        return cap + 1;
    size_t *row = g_new(size_t, lb + 1);
    for (size_t j = 0; j <= lb; j++)
        row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t diag = row[0], best = row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t up = row[j];
            size_t v = diag + (a[i - 1] != b[j - 1]);
            if (up + 1 < v)
                v = up + 1;
            if (row[j - 1] + 1 < v)
                v = row[j - 1] + 1;
            row[j] = v;
            diag = up;
            if (v < best)
                best = v;
        }
        if (best > cap) {
            g_free(row);
            return cap + 1;
        }
    }
    size_t d = row[lb];
    g_free(row);
    return d;
}

typedef struct scored {
    size_t v, score;
    int in_corpus;
    const char *id;
} scored;

static int cmp_scored(const void *a, const void *b)
{
    const scored *x = a, *y = b;
    if (x->score != y->score)
        return x->score < y->score ? -1 : 1;
    if (x->in_corpus != y->in_corpus)
        return x->in_corpus ? -1 : 1;
    return strcmp(x->id, y->id);
}

size_t cg_graph_lookup(const cg_graph *g, const char *typed, size_t *found, size_t **cand,
                       size_t *ncand, size_t max_cand)
{
    *found = (size_t)-1;
    *cand = NULL;
    *ncand = 0;
    if (!g || !g->built || !typed || !*typed)
        return 0;
    size_t f = cg_graph_find(g, typed);
    if (f != (size_t)-1) {
        *found = f;
        return 1;
    }
    char *t = squash(typed);
    int shortnum = is_short_number(t);
    char *tail = g_strconcat("/", t, NULL);
    scored *hits = g_new(scored, g->nv + 1);
    size_t nh = 0, exact = 0;
    /* Squashed equality first; short numbers against the ends of ids. */
    for (size_t i = 0; i < g->nv; i++) {
        char *s = squash(g->v[i].id);
        int eq = !strcmp(s, t);
        /* "S/RES/425" for S/RES/425(1978): the year left out. */
        size_t tl = strlen(t);
        int end = !eq &&
                  ((shortnum && g_str_has_suffix(s, tail)) || (!strncmp(s, t, tl) && s[tl] == '('));
        if (eq || end)
            hits[nh++] = (scored){i, eq ? 0 : 1, g->v[i].in_corpus, g->v[i].id};
        exact += eq;
        g_free(s);
    }
    if (exact) { /* an exact (squashed) match wins over short-number ones */
        size_t k = 0;
        for (size_t i = 0; i < nh; i++)
            if (!hits[i].score)
                hits[k++] = hits[i];
        nh = k;
    }
    if (!nh) {
        /* Nothing: the nearest ids, within a quarter of the length. */
        size_t cap = strlen(t) / 4 < 2 ? 2 : strlen(t) / 4;
        for (size_t i = 0; i < g->nv; i++) {
            char *s = squash(g->v[i].id);
            /* A short number is compared with the end of each id. */
            size_t ls = strlen(s), lt = strlen(t);
            const char *cmp = shortnum && ls > lt && s[ls - lt - 1] == '/' ? s + ls - lt : s;
            size_t d = edit_distance(t, cmp, cap);
            if (d <= cap)
                hits[nh++] = (scored){i, d, g->v[i].in_corpus, g->v[i].id};
            g_free(s);
        }
        qsort(hits, nh, sizeof *hits, cmp_scored);
        size_t k = nh < max_cand ? nh : max_cand;
        *cand = g_new(size_t, k + 1);
        for (size_t i = 0; i < k; i++)
            (*cand)[i] = hits[i].v;
        *ncand = k;
        nh = 0;
        goto out;
    }
    if (nh == 1) {
        *found = hits[0].v;
        goto out;
    }
    qsort(hits, nh, sizeof *hits, cmp_scored);
    size_t k = nh < max_cand ? nh : max_cand;
    *cand = g_new(size_t, k + 1);
    for (size_t i = 0; i < k; i++)
        (*cand)[i] = hits[i].v;
    *ncand = k;
out:
    g_free(hits);
    g_free(t);
    g_free(tail);
    return nh;
}
