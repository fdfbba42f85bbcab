/*
 * strbuf.c - growable byte buffer (see strbuf_internal.h).
 */
#include "strbuf_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int reserve(cg_strbuf *b, size_t extra)
{
    if (b->oom)
        return -1;
    if (b->len + extra + 1 <= b->cap)
        return 0;
    size_t nc = b->cap ? b->cap : 64;
    while (nc < b->len + extra + 1)
        nc *= 2;
    char *p = realloc(b->data, nc);
    if (!p) {
        b->oom = 1;
        return -1;
    }
    b->data = p;
    b->cap = nc;
    return 0;
}

void cg_strbuf_append(cg_strbuf *b, const char *s, size_t n)
{
    if (reserve(b, n))
        return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void cg_strbuf_puts(cg_strbuf *b, const char *s)
{
    cg_strbuf_append(b, s, strlen(s));
}

void cg_strbuf_printf(cg_strbuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) {
        b->oom = 1;
        return;
    }
    if (reserve(b, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

char *cg_strbuf_take(cg_strbuf *b, size_t *len)
{
    if (!b->data && reserve(b, 0) == 0)
        b->data[0] = '\0';
    if (b->oom) {
        cg_strbuf_reset(b);
        return NULL;
    }
    char *d = b->data;
    if (len)
        *len = b->len;
    b->data = NULL;
    b->len = b->cap = 0;
    return d;
}

void cg_strbuf_reset(cg_strbuf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
    b->oom = 0;
}
