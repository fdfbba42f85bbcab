/*
 * running.c - running titles and page numbers (running.h).
 */
#include "running.h"

#include <glib.h>
#include <stdlib.h>
#include <string.h>

typedef struct line_span {
    size_t a, b; /* trimmed line [a, b) */
    int hidden;  /* hidden already, or found running here */
    int plain;   /* 1..150 bytes, no digit: may be a title */
} line_span;

static int cmp_start(const void *x, const void *y)
{
    const size_t *a = x, *b = y;
    return (a[0] > b[0]) - (a[0] < b[0]);
}

/* 1 when [a, b) overlaps one of r[0..n), sorted and disjoint. */
static int overlaps(const size_t (*r)[2], size_t n, size_t a, size_t b)
{
    size_t lo = 0, hi = n;
    while (lo < hi) { /* first range starting at or after b */
        size_t mid = lo + (hi - lo) / 2;
        if (r[mid][0] < b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo > 0 && r[lo - 1][1] > a;
}

/* Sorts r[0..n) and merges overlapping ranges; returns the new count. */
static size_t merge(size_t (*r)[2], size_t n)
{
    if (n == 0)
        return 0;
    qsort(r, n, sizeof *r, cmp_start);
    size_t w = 0;
    for (size_t i = 1; i < n; i++) {
        if (r[i][0] <= r[w][1]) {
            if (r[i][1] > r[w][1])
                r[w][1] = r[i][1];
        } else {
            w++;
            r[w][0] = r[i][0];
            r[w][1] = r[i][1];
        }
    }
    return w + 1;
}

/* The ranges belong to a cg_docmeta, which frees them with g_free(). */
static void add(size_t (**hide)[2], size_t *n, size_t a, size_t b)
{
    *hide = g_realloc_n(*hide, *n + 1, sizeof **hide);
    (*hide)[*n][0] = a;
    (*hide)[*n][1] = b;
    (*n)++;
}

/* "k/M" alone on the line: returns 1 and sets *k, *m. */
static int page_number(const char *s, size_t l, int *k, int *m)
{
    char buf[16];
    size_t w = 0;
    for (size_t i = 0; i < l && w + 1 < sizeof buf; i++)
        if (s[i] != ' ')
            buf[w++] = s[i];
    buf[w] = '\0';
    if (w < 3)
        return 0;
    char *end;
    long a = strtol(buf, &end, 10);
    if (end == buf || *end != '/' || !g_ascii_isdigit(end[1]))
        return 0;
    char *end2;
    long b = strtol(end + 1, &end2, 10);
    if (*end2 || a < 1 || b < 1 || a > b || b > 999)
        return 0;
    *k = (int)a;
    *m = (int)b;
    return 1;
}

void cg_running_lines(const char *text, size_t len, size_t (**hide)[2], size_t *n)
{
    GArray *lines = g_array_new(FALSE, FALSE, sizeof(line_span));
    GHashTable *pages = g_hash_table_new(g_direct_hash, g_direct_equal);
    for (size_t a = 0; a < len;) {
        const char *nl = memchr(text + a, '\n', len - a);
        size_t b = nl ? (size_t)(nl - text) : len, s = a, e = b;
        while (s < e && g_ascii_isspace(text[s]))
            s++;
        while (e > s && g_ascii_isspace(text[e - 1]))
            e--;
        int k, m;
        if (e - s >= 3 && e - s <= 9 && page_number(text + s, e - s, &k, &m)) {
            gpointer old = g_hash_table_lookup(pages, GINT_TO_POINTER(m));
            g_hash_table_replace(pages, GINT_TO_POINTER(m),
                                 GINT_TO_POINTER(GPOINTER_TO_INT(old) + 1));
        }
        int plain = e > s && e - s <= 150;
        for (size_t i = s; i < e && plain; i++)
            plain = !g_ascii_isdigit(text[i]);
        line_span sp = {s, e, 0, plain};
        g_array_append_val(lines, sp);
        a = b + 1;
    }
    size_t(*sorted)[2] = *n ? g_memdup2(*hide, *n * sizeof *sorted) : NULL;
    size_t known = merge(sorted, *n);
    for (size_t i = 0; i < lines->len; i++) {
        line_span *sp = &g_array_index(lines, line_span, i);
        size_t l = sp->b - sp->a;
        int k, m;
        if (l && known && overlaps((const size_t(*)[2])sorted, known, sp->a, sp->b)) {
            sp->hidden = 1;
        } else if (l >= 3 && l <= 9 && page_number(text + sp->a, l, &k, &m) &&
                   (GPOINTER_TO_INT(g_hash_table_lookup(pages, GINT_TO_POINTER(m))) >= 2 ||
                    (k == m && m > 1))) {
            add(hide, n, sp->a, sp->b), sp->hidden = 1;
        }
    }
    g_free(sorted);
    /* A page break's block: title lines between two hidden lines (own
     * symbol, job number, page number) with nothing but blank or such lines
     * between, at most three each side, are the page's running title too. */
    for (size_t i = 0; i < lines->len; i++) {
        line_span *sp = &g_array_index(lines, line_span, i);
        if (sp->hidden || !sp->plain)
            continue;
        int up = 0, down = 0;
        for (size_t j = i, steps = 0; j-- > 0 && steps < 4 && !up; steps++) {
            line_span *o = &g_array_index(lines, line_span, j);
            if (o->hidden)
                up = 1;
            else if (o->b > o->a && !o->plain)
                break;
        }
        for (size_t j = i + 1, steps = 0; j < lines->len && steps < 4 && !down; j++, steps++) {
            line_span *o = &g_array_index(lines, line_span, j);
            if (o->hidden)
                down = 1;
            else if (o->b > o->a && !o->plain)
                break;
        }
        if (up && down)
            add(hide, n, sp->a, sp->b), sp->hidden = 1;
    }
    g_hash_table_destroy(pages);
    g_array_free(lines, TRUE);
}
