/*
 * strbuf_internal.h - a growable NUL-terminated byte buffer for render/.
 *
 * Out-of-memory is sticky: after a failed append every later append is a
 * no-op and cg_strbuf_take() returns NULL, so callers check once, at the
 * end, instead of after every append.
 */
#ifndef CG_RENDER_STRBUF_INTERNAL_H
#define CG_RENDER_STRBUF_INTERNAL_H

#include <stddef.h>

typedef struct cg_strbuf {
    char *data;   /* NUL-terminated when len > 0; owned */
    size_t len;   /* bytes used, without the NUL */
    size_t cap;   /* bytes allocated */
    int oom;      /* 1 once an allocation failed */
} cg_strbuf;

#define CG_STRBUF_INIT {NULL, 0, 0, 0}

void cg_strbuf_append(cg_strbuf *b, const char *s, size_t n);
void cg_strbuf_puts(cg_strbuf *b, const char *s);
void cg_strbuf_printf(cg_strbuf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Hands the bytes to the caller (free() them; "" when nothing was
 * appended) and resets b. NULL after an out-of-memory, b freed. */
char *cg_strbuf_take(cg_strbuf *b, size_t *len);

/* Frees the bytes and resets b. */
void cg_strbuf_reset(cg_strbuf *b);

#endif
