/*
 * alternation.c - names as a PCRE2 alternation written as a trie (see
 * alternation.h for why, and for why it matches what the flat list does).
 *
 * The trie is one array of nodes (first child, next sibling), its tokens'
 * texts interned in one string chunk so that tokens compare by pointer:
 * the catalogue and the doc-word sets build some hundred tries of up to
 * ten thousand nodes at start-up, and a node or a string allocated each
 * made the building cost more than the matching saved on a thousand
 * documents.
 */
#include "alternation.h"

#include <string.h>

typedef enum { T_CHARS, T_OPT_SPACE, T_SPACES } tok_kind;

#define NONE G_MAXUINT

typedef struct node {
    const char *re; /* the token that leads here (interned); root: NULL */
    tok_kind kind;
    gunichar c[2];           /* T_CHARS: what it matches (c[1] == c[0] for one) */
    guint first, last, next; /* children, in the order first added; sibling */
    guint prio;              /* with end: the name's place in the list */
    guint later;             /* the last place of a name through here, ending
                                below: G_MAXUINT for none */
    gboolean end;            /* a name ends here */
} node;

typedef struct tok {
    const char *re;
    tok_kind kind;
    gunichar c[2];
} tok;

struct cg_alt {
    GArray *nodes; /* node; 0 is the root */
    GStringChunk *res;
    GArray *cur; /* tok: the name being added */
    guint names;
};

#define N(a, i) (&g_array_index((a)->nodes, node, (i)))

cg_alt *cg_alt_new(void)
{
    cg_alt *a = g_new0(cg_alt, 1);
    a->nodes = g_array_sized_new(FALSE, TRUE, sizeof(node), 256);
    node root = {.first = NONE, .last = NONE, .next = NONE, .later = NONE};
    g_array_append_val(a->nodes, root);
    a->res = g_string_chunk_new(1024);
    a->cur = g_array_new(FALSE, FALSE, sizeof(tok));
    return a;
}

void cg_alt_free(cg_alt *a)
{
    if (!a)
        return;
    g_array_free(a->nodes, TRUE);
    g_string_chunk_free(a->res);
    g_array_free(a->cur, TRUE);
    g_free(a);
}

static void push(cg_alt *a, const char *re, tok_kind k, gunichar c1, gunichar c2)
{
    tok t = {
        g_string_chunk_insert_const(a->res, re), k, {c1, c2}
    };
    g_array_append_val(a->cur, t);
}

void cg_alt_char(cg_alt *a, const char *re, gunichar c)
{
    push(a, re, T_CHARS, c, c);
}

void cg_alt_class(cg_alt *a, const char *re, gunichar c1, gunichar c2)
{
    push(a, re, T_CHARS, c1, c2);
}

const char *cg_alt_utf8_char(cg_alt *a, const char *p)
{
    gunichar c = g_utf8_get_char_validated(p, -1);
    int bad = c == (gunichar)-1 || c == (gunichar)-2;
    const char *q = bad ? p + 1 : g_utf8_next_char(p);
    char re[8];
    memcpy(re, p, (size_t)(q - p));
    re[q - p] = '\0';
    cg_alt_char(a, re, bad ? (gunichar)(unsigned char)*p : c);
    return q;
}

void cg_alt_opt_space(cg_alt *a, const char *re)
{
    push(a, re, T_OPT_SPACE, ' ', ' ');
}

void cg_alt_spaces(cg_alt *a, const char *re)
{
    push(a, re, T_SPACES, ' ', ' ');
}

void cg_alt_name_end(cg_alt *a)
{
    guint n = 0;
    for (guint i = 0; i < a->cur->len; i++) {
        const tok *t = &g_array_index(a->cur, tok, i);
        guint k = N(a, n)->first;
        while (k != NONE && N(a, k)->re != t->re) /* interned: one pointer a text */
            k = N(a, k)->next;
        if (k == NONE) {
            node c = {
                .re = t->re,
                .kind = t->kind,
                .c = {t->c[0], t->c[1]},
                .first = NONE,
                .last = NONE,
                .next = NONE,
                .later = NONE
            };
            k = a->nodes->len;
            g_array_append_val(a->nodes, c);
            node *p = N(a, n);
            if (p->last == NONE)
                p->first = k;
            else
                N(a, p->last)->next = k;
            p->last = k;
        }
        n = k;
    }
    if (!N(a, n)->end) {
        N(a, n)->end = TRUE;
        N(a, n)->prio = a->names;
        /* every node above the end: a name through it comes this late */
        guint up = 0;
        for (guint i = 0; i < a->cur->len; i++) {
            N(a, up)->later = a->names;
            const tok *t = &g_array_index(a->cur, tok, i);
            guint k = N(a, up)->first;
            while (N(a, k)->re != t->re)
                k = N(a, k)->next;
            up = k;
        }
        a->names++;
    }
    g_array_set_size(a->cur, 0);
}

/* What the text at a place must begin with for a child to go on there: a
 * few characters, white space, or anything. */
#define FIRST_MAX 24
typedef struct first_set {
    gunichar c[FIRST_MAX];
    int n, ws, any;
} first_set;

static void add_char(first_set *f, gunichar c)
{
    if (f->n == FIRST_MAX)
        f->any = 1; /* too many to keep: anything, which is never wrong */
    else
        f->c[f->n++] = c;
}

static void node_first(const cg_alt *a, guint n, first_set *f);

/* The first set of the child k (the token leading to it, and what may
 * follow an optional one). */
static void child_first(const cg_alt *a, guint k, first_set *f)
{
    const node *c = N(a, k);
    switch (c->kind) {
    case T_CHARS:
        add_char(f, c->c[0]);
        if (c->c[1] != c->c[0])
            add_char(f, c->c[1]);
        break;
    case T_SPACES: f->ws = 1; break;
    case T_OPT_SPACE:
        f->ws = 1; /* a space, or nothing and then what follows */
        node_first(a, k, f);
        break;
    }
}

static void node_first(const cg_alt *a, guint n, first_set *f)
{
    if (N(a, n)->end)
        f->any = 1; /* the name may end here: then the pattern goes on */
    for (guint k = N(a, n)->first; k != NONE && !f->any; k = N(a, k)->next)
        child_first(a, k, f);
}

/* Equal without case, as PCRE2's caseless matching may take them: K and
 * the Kelvin sign share a lower case, s and the long s an upper case. */
static int same_caseless(gunichar x, gunichar y)
{
    return x == y || g_unichar_tolower(x) == g_unichar_tolower(y) ||
           g_unichar_toupper(x) == g_unichar_toupper(y);
}

static int overlap(const first_set *x, const first_set *y)
{
    if (x->any || y->any || (x->ws && y->ws))
        return 1;
    for (int i = 0; i < x->n; i++)
        if (y->ws && g_unichar_isspace(x->c[i]))
            return 1;
    for (int j = 0; j < y->n; j++)
        if (x->ws && g_unichar_isspace(y->c[j]))
            return 1;
    for (int i = 0; i < x->n; i++)
        for (int j = 0; j < y->n; j++)
            if (same_caseless(x->c[i], y->c[j]))
                return 1;
    return 0;
}

typedef struct suffix {
    guint prio;
    char *text;
} suffix;

static void collect(const cg_alt *a, guint n, GString *path, GArray *out)
{
    if (N(a, n)->end) {
        suffix s = {N(a, n)->prio, g_strdup(path->str)};
        g_array_append_val(out, s);
    }
    for (guint k = N(a, n)->first; k != NONE; k = N(a, k)->next) {
        gsize keep = path->len;
        g_string_append(path, N(a, k)->re);
        collect(a, k, path, out);
        g_string_truncate(path, keep);
    }
}

static gint by_prio(gconstpointer x, gconstpointer y)
{
    const suffix *p = x, *q = y;
    return (p->prio > q->prio) - (p->prio < q->prio);
}

/* Writes the collected names as a flat group, in the list's order, and
 * frees them. */
static void write_flat(GArray *all, GString *s)
{
    g_array_sort(all, by_prio);
    g_string_append(s, "(?:");
    for (guint i = 0; i < all->len; i++) {
        suffix *x = &g_array_index(all, suffix, i);
        if (i)
            g_string_append_c(s, '|');
        g_string_append(s, x->text);
        g_free(x->text);
    }
    g_string_append_c(s, ')');
    g_array_free(all, TRUE);
}

static void emit(const cg_alt *a, guint n, GString *s);

/* Children that can go on at one place are written flat, their names in
 * the list's order (group[] holds each child's group). */
static void emit_group(const cg_alt *a, const guint *kids, const guint *group, guint nk, guint g,
                       GString *s)
{
    guint count = 0, only = 0;
    for (guint i = 0; i < nk; i++)
        if (group[i] == g) {
            count++;
            only = kids[i];
        }
    if (count == 1) {
        g_string_append(s, N(a, only)->re);
        emit(a, only, s);
        return;
    }
    GArray *all = g_array_new(FALSE, FALSE, sizeof(suffix));
    GString *path = g_string_new(NULL);
    for (guint i = 0; i < nk; i++)
        if (group[i] == g) {
            g_string_assign(path, N(a, kids[i])->re);
            collect(a, kids[i], path, all);
        }
    write_flat(all, s);
    g_string_free(path, TRUE);
}

static void emit(const cg_alt *a, guint n, GString *s)
{
    guint nk = 0;
    for (guint k = N(a, n)->first; k != NONE; k = N(a, k)->next)
        nk++;
    if (nk == 0)
        return;
    if (N(a, n)->end && N(a, n)->later != NONE && N(a, n)->later > N(a, n)->prio) {
        /* A name ending here comes before a longer one through here: the
         * trie would try the longer first, so these are written flat. */
        GArray *all = g_array_new(FALSE, FALSE, sizeof(suffix));
        GString *path = g_string_new(NULL);
        collect(a, n, path, all);
        write_flat(all, s);
        g_string_free(path, TRUE);
        return;
    }
    const node *only = N(a, N(a, n)->first);
    if (nk == 1 && !N(a, n)->end) {
        g_string_append(s, only->re);
        emit(a, N(a, n)->first, s);
        return;
    }
    /* Group the children that overlap (transitively): each group can go
     * on alone at a place. */
    guint *kids = g_new(guint, nk), *group = g_new(guint, nk);
    first_set *f = g_new0(first_set, nk);
    guint i = 0;
    for (guint k = N(a, n)->first; k != NONE; k = N(a, k)->next, i++) {
        kids[i] = k;
        group[i] = i;
        child_first(a, k, &f[i]);
    }
    for (i = 0; i < nk; i++)
        for (guint j = i + 1; j < nk; j++)
            if (group[j] != group[i] && overlap(&f[i], &f[j])) {
                guint from = group[j], to = group[i];
                for (guint m = 0; m < nk; m++)
                    if (group[m] == from)
                        group[m] = to;
            }
    g_string_append(s, "(?:");
    int first = 1;
    for (i = 0; i < nk; i++) {
        int seen = 0; /* the group was written with an earlier child */
        for (guint m = 0; m < i && !seen; m++)
            seen = group[m] == group[i];
        if (seen)
            continue;
        if (!first)
            g_string_append_c(s, '|');
        first = 0;
        emit_group(a, kids, group, nk, group[i], s);
    }
    if (N(a, n)->end)
        g_string_append_c(s, '|'); /* the shorter name, after the longer */
    g_string_append_c(s, ')');
    g_free(kids);
    g_free(group);
    g_free(f);
}

void cg_alt_write_flat(const cg_alt *a, GString *s)
{
    if (a->names == 0) {
        g_string_append(s, "(?!)");
        return;
    }
    GArray *all = g_array_new(FALSE, FALSE, sizeof(suffix));
    GString *path = g_string_new(NULL);
    collect(a, 0, path, all);
    write_flat(all, s);
    g_string_free(path, TRUE);
}

void cg_alt_write(const cg_alt *a, GString *s)
{
    if (a->names == 0) {
        g_string_append(s, "(?!)");
        return;
    }
    g_string_append(s, "(?:");
    emit(a, 0, s);
    g_string_append_c(s, ')');
}
