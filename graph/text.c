/*
 * text.c - small string helpers of the graph stage: UTF-8 cleaning on input,
 * sorted comma-separated sets, year from an ISO date.
 */
#include "graph_internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

char *cg_graph__text_dup(const char *s)
{
    if (!s)
        s = "";
    size_t n = strlen(s);
    /* Worst case every byte is invalid and becomes a 3-byte U+FFFD. */
    char *out = g_malloc(3 * n + 1);
    size_t o = 0;
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    size_t i = 0;
    while (i < n) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(p + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0) {
            /* Writers (XML, JSON) need valid UTF-8; repair it here, once. */
            memcpy(out + o, "\xEF\xBF\xBD", 3);
            o += 3;
            i++;
        } else {
            memcpy(out + o, s + i, (size_t)k);
            o += (size_t)k;
            i += (size_t)k;
        }
    }
    out[o] = '\0';
    /* Kept at its size: the graph holds these for the whole run, and 3n+1
     * bytes for every id, title and file name was most of its staging. */
    return g_realloc(out, o + 1);
}

char *cg_graph__str(cg_graph *g, const char *s)
{
    if (!g->strs)
        g->strs = g_string_chunk_new(4096);
    return g_string_chunk_insert_const(g->strs, s ? s : "");
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

char *cg_graph__text_set_join(char *const *parts, size_t n)
{
    size_t total = 0, nitems = 0;
    for (size_t i = 0; i < n; i++) {
        total += strlen(parts[i]) + 1;
        for (const char *c = parts[i]; *c; c++)
            nitems += (*c == ',');
        nitems++;
    }
    char *buf = g_malloc(total + 1);
    char **items = g_new(char *, nitems + 1);
    char *out = g_malloc(total + 1);
    size_t k = 0, b = 0;
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(parts[i]);
        memcpy(buf + b, parts[i], len + 1);
        char *save = NULL;
        for (char *tok = strtok_r(buf + b, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
            while (*tok == ' ')
                tok++;
            char *end = tok + strlen(tok);
            while (end > tok && end[-1] == ' ')
                *--end = '\0';
            if (*tok)
                items[k++] = tok;
        }
        b += len + 1;
    }
    qsort(items, k, sizeof *items, cmp_str);
    size_t o = 0;
    for (size_t i = 0; i < k; i++) {
        if (i > 0 && strcmp(items[i], items[i - 1]) == 0)
            continue;
        if (o > 0)
            out[o++] = ',';
        size_t len = strlen(items[i]);
        memcpy(out + o, items[i], len);
        o += len;
    }
    out[o] = '\0';
    g_free(buf);
    g_free(items);
    return out;
}

int cg_graph__text_year(const char *date)
{
    if (!date)
        return 0;
    for (int i = 0; i < 4; i++)
        if (!isdigit((unsigned char)date[i]))
            return 0;
    return (date[0] - '0') * 1000 + (date[1] - '0') * 100 + (date[2] - '0') * 10 + (date[3] - '0');
}

int cg_graph__id_year(const char *id)
{
    /* "S/RES/1325(2000)": a Security Council resolution carries its year. */
    size_t n = id ? strlen(id) : 0;
    if (n < 6 || id[n - 1] != ')' || id[n - 6] != '(')
        return 0;
    return cg_graph__text_year(id + n - 5);
}
