/*
 * series.c - cg_graph_series: the documents of a series, found by phrases in
 * their titles.
 *
 * Matching casefolds both sides with utf8proc (NFC + Unicode case folding),
 * so "Solidarity" matches "solidarity" and "СОЛИДАРНОСТЬ" matches
 * "солидарность"; scripts without case (Arabic, Chinese) match exactly.
 */
#include "graph_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

static char *fold(const char *s)
{
    utf8proc_uint8_t *out = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s, 0, &out,
                                      UTF8PROC_NULLTERM | UTF8PROC_STABLE |
                                          UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
    /* Strings were made valid UTF-8 on input; n < 0 means out of memory. */
    return n < 0 ? NULL : (char *)out;
}

typedef struct cg_dated {
    const char *date, *id;     /* owned by the graph */
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

int cg_graph_series(const cg_graph *g, const char *const *phrases,
                    size_t **idx, size_t *n, cg_error *err)
{
    *idx = NULL;
    *n = 0;
    if (!g || !g->built || !phrases)
        return cg_error_set(err, EINVAL, "graph: bad series arguments");
    size_t np = 0;
    while (phrases[np])
        np++;
    char **fp = calloc(np + 1, sizeof *fp);
    cg_dated *hits = malloc((g->nv + 1) * sizeof *hits);
    size_t *res = NULL;
    size_t k = 0;
    int rc = 0;
    if (!fp || !hits)
        goto nomem;
    for (size_t p = 0; p < np; p++) {
        char *clean = cg_graph__text_dup(phrases[p]);
        fp[p] = clean ? fold(clean) : NULL;
        free(clean);
        if (!fp[p])
            goto nomem;
    }
    for (size_t i = 0; i < g->nv; i++) {
        const cg_vrec *v = &g->v[i];
        const char *titles = v->titles ? v->titles : v->title;
        if (!v->in_corpus || !*titles)
            continue;
        char *t = fold(titles);
        if (!t)
            goto nomem;
        int match = 0;
        for (size_t p = 0; p < np && !match; p++)
            match = *fp[p] && strstr(t, fp[p]) != NULL; /* "" matches nothing */
        free(t);
        if (match)
            hits[k++] = (cg_dated){v->date, v->id, i};
    }
    qsort(hits, k, sizeof *hits, cmp_dated);
    res = malloc((k + 1) * sizeof *res);
    if (!res)
        goto nomem;
    for (size_t i = 0; i < k; i++)
        res[i] = hits[i].vertex;
    *idx = res;
    *n = k;
    goto out;
nomem:
    rc = cg_error_set(err, ENOMEM, "graph: out of memory in series");
out:
    for (size_t p = 0; fp && p < np; p++)
        free(fp[p]);
    free(fp);
    free(hits);
    return rc;
}
