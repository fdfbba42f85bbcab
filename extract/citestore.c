/*
 * citestore.c - a document's citation records, held compactly (see
 * citestore.h for why and how).
 */
#include "citestore.h"

#include <errno.h>
#include <glib.h>
#include <stdint.h>
#include <string.h>

/* Records per block: 1.5 MB, so a document of a few citations costs one
 * small block and a huge one grows without copying. */
#define CG_BLOCK_BITS 16
#define CG_BLOCK      (1u << CG_BLOCK_BITS)

typedef struct packed {
    uint32_t start, len, line, col;
    uint32_t text; /* index into texts */
    uint32_t tail; /* index into tails */
} packed;

/* Every field but the offsets and the span: interned pointers, so two
 * tails are equal when their pointers are. */
typedef struct tail {
    const char *f[12];
    int kind, part, resolved; /* cg_kind, the location's cg_part */
} tail;

struct cg_cite_store {
    GPtrArray *blocks; /* packed[CG_BLOCK] each; the last one grows to
                               that size (a document of a few citations,
                               a volume of thousands of parts, stays small) */
    size_t n, last_cap;
    GPtrArray *texts;    /* const char * */
    GHashTable *text_ix; /* text pointer -> index + 1 */
    GPtrArray *tails;    /* tail * (g_free) */
    GHashTable *tail_ix; /* tail * -> index + 1 */
};

static guint tail_hash(gconstpointer p)
{
    const tail *t = p;
    guint h = ((guint)t->resolved * 31u + (guint)t->kind) * 31u + (guint)t->part;
    for (size_t i = 0; i < 12; i++)
        h = h * 31u + g_direct_hash(t->f[i]);
    return h;
}

static gboolean tail_equal(gconstpointer a, gconstpointer b)
{
    const tail *x = a, *y = b;
    return x->resolved == y->resolved && x->kind == y->kind && x->part == y->part &&
           !memcmp(x->f, y->f, sizeof x->f);
}

cg_cite_store *cg_cite_store_new(void)
{
    cg_cite_store *s = g_new0(cg_cite_store, 1);
    s->blocks = g_ptr_array_new_with_free_func(g_free);
    s->texts = g_ptr_array_new();
    s->text_ix = g_hash_table_new(g_direct_hash, g_direct_equal);
    s->tails = g_ptr_array_new_with_free_func(g_free);
    s->tail_ix = g_hash_table_new(tail_hash, tail_equal);
    return s;
}

void cg_cite_store_free(cg_cite_store *s)
{
    if (!s)
        return;
    g_ptr_array_unref(s->blocks);
    g_ptr_array_unref(s->texts);
    g_hash_table_destroy(s->text_ix);
    g_hash_table_destroy(s->tail_ix);
    g_ptr_array_unref(s->tails);
    g_free(s);
}

static uint32_t intern_text(cg_cite_store *s, const char *text)
{
    gpointer v = g_hash_table_lookup(s->text_ix, text);
    if (v)
        return (uint32_t)(GPOINTER_TO_SIZE(v) - 1);
    g_ptr_array_add(s->texts, (gpointer)text);
    g_hash_table_insert(s->text_ix, (gpointer)text, GSIZE_TO_POINTER(s->texts->len));
    return s->texts->len - 1;
}

static uint32_t intern_tail(cg_cite_store *s, const cg_cite_rec *r)
{
    tail t = {
        {r->target, r->parent, r->body, r->number, r->session_or_year, r->part, r->article, r->date,
         r->relation, r->location.label, r->footnote, r->rule},
        (int)r->kind,
        (int)r->location.part,
        r->resolved
    };
    gpointer v = g_hash_table_lookup(s->tail_ix, &t);
    if (v)
        return (uint32_t)(GPOINTER_TO_SIZE(v) - 1);
    tail *k = g_memdup2(&t, sizeof t);
    g_ptr_array_add(s->tails, k);
    g_hash_table_insert(s->tail_ix, k, GSIZE_TO_POINTER(s->tails->len));
    return s->tails->len - 1;
}

int cg_cite_store_add(cg_cite_store *s, const cg_cite_rec *r)
{
    if (r->end > UINT32_MAX || r->line > UINT32_MAX || r->col > UINT32_MAX || s->n >= UINT32_MAX)
        return EOVERFLOW; /* beyond any file reader.c reads */
    size_t in = s->n % CG_BLOCK;
    if (in == 0) {
        s->last_cap = 16;
        g_ptr_array_add(s->blocks, g_new(packed, s->last_cap));
    } else if (in == s->last_cap) {
        s->last_cap *= 2;
        s->blocks->pdata[s->blocks->len - 1] =
            g_renew(packed, s->blocks->pdata[s->blocks->len - 1], s->last_cap);
    }
    packed *p = (packed *)g_ptr_array_index(s->blocks, s->n >> CG_BLOCK_BITS) + s->n % CG_BLOCK;
    p->start = (uint32_t)r->start;
    p->len = (uint32_t)(r->end - r->start);
    p->line = (uint32_t)r->line;
    p->col = (uint32_t)r->col;
    p->text = intern_text(s, r->text);
    p->tail = intern_tail(s, r);
    s->n++;
    return 0;
}

size_t cg_cite_store_len(const cg_cite_store *s)
{
    return s->n;
}

static const packed *at(const cg_cite_store *s, size_t i)
{
    return (const packed *)g_ptr_array_index(s->blocks, i >> CG_BLOCK_BITS) + i % CG_BLOCK;
}

void cg_cite_store_span(const cg_cite_store *s, size_t i, size_t *start, size_t *end)
{
    const packed *p = at(s, i);
    *start = p->start;
    *end = (size_t)p->start + p->len;
}

void cg_cite_store_get(const cg_cite_store *s, size_t i, cg_cite_rec *o)
{
    const packed *p = at(s, i);
    const tail *t = g_ptr_array_index(s->tails, p->tail);
    o->start = p->start;
    o->end = (size_t)p->start + p->len;
    o->line = p->line;
    o->col = p->col;
    o->text = g_ptr_array_index(s->texts, p->text);
    const char **f[] = {&o->target,          &o->parent,         &o->body,     &o->number,
                        &o->session_or_year, &o->part,           &o->article,  &o->date,
                        &o->relation,        &o->location.label, &o->footnote, &o->rule};
    for (size_t k = 0; k < 12; k++)
        *f[k] = t->f[k];
    o->kind = (cg_kind)t->kind;
    o->location.part = (cg_part)t->part;
    o->resolved = t->resolved;
}
