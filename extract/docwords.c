/*
 * docwords.c - the per-language words of a document's identity and vote
 * (see docwords.h).
 */
#include "docwords.h"
#include "alternation.h"
#include "common/tsv.h"
#include "datafiles.h"
#include "refdata.h"

#include <errno.h>
#include <glib.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "meta_rx.h"

typedef struct row {
    char *lang, *key, *text;
} row;

struct cg_docwords {
    GPtrArray *rows;              /* row *, in file order */
    GHashTable *by_text;          /* normalised text -> GPtrArray of row * */
    pthread_mutex_t lock;         /* guards the compiled-pattern cache */
    GHashTable *alt_memo;         /* @{key} -> its alternation, built once
                                     (under lock): @{month} stands in a
                                     dozen patterns */
    int done[CG_DW_NSETS];        /* 1 once a set was compiled (or failed) */
    int status[CG_DW_NSETS];      /* its result */
    cg_error error[CG_DW_NSETS];  /* its message when it failed */
    pcre2_code **rx[CG_DW_NSETS]; /* the compiled patterns */
    size_t n_rx[CG_DW_NSETS];
};

/* White space collapsed, ’ made ', case folded (g_free): as refdata
 * compares names. */
static char *normalise(const char *text, size_t len)
{
    return cg_ref_fold(text, len);
}

static void row_free(gpointer p)
{
    row *r = p;
    g_free(r->lang);
    g_free(r->key);
    g_free(r->text);
    g_free(r);
}

static void add_row(cg_docwords *w, const char *lang, const char *key, const char *text)
{
    row *r = g_new(row, 1);
    r->lang = g_strdup(lang);
    r->key = g_strdup(key);
    r->text = g_strdup(text);
    g_ptr_array_add(w->rows, r);
    char *k = normalise(text, strlen(text));
    GPtrArray *same = g_hash_table_lookup(w->by_text, k);
    if (!same) {
        same = g_ptr_array_new();
        g_hash_table_insert(w->by_text, k, same);
    } else {
        g_free(k);
    }
    g_ptr_array_add(same, r);
}

static int is_lang(const char *s)
{
    static const char *const langs[] = {"ar", "zh", "en", "fr", "ru", "es"};
    for (size_t i = 0; i < 6; i++)
        if (strcmp(s, langs[i]) == 0)
            return 1;
    return 0;
}

typedef struct loading {
    cg_docwords *w;
    const char *path;
    cg_error *err;
} loading;

static int load_row(char **f, int nf, int ln, void *user)
{
    loading *L = user;
    if (nf != 3 || !*f[0] || !*f[1] || !*f[2])
        return cg_error_set(L->err, EINVAL, "%s:%d: expected 3 TAB-separated fields", L->path, ln);
    if (!is_lang(f[0]))
        return cg_error_set(L->err, EINVAL, "%s:%d: unknown language '%s'", L->path, ln, f[0]);
    add_row(L->w, f[0], f[1], f[2]);
    return 0;
}

static int load_words(cg_docwords *w, const char *dir, cg_error *err)
{
    char *path = g_build_filename(dir, "doc-words.tsv", NULL);
    char *data = NULL;
    gsize size = 0;
    int rc = 0;
    if (!cg_data_get_contents(path, &data, &size, NULL)) {
        rc = cg_error_set(err, ENOENT, "%s: cannot read", path);
    } else {
        loading L = {w, path, err};
        rc = cg_tsv_each(data, size, 0, load_row, &L);
    }
    g_free(data);
    g_free(path);
    return rc;
}

/* months.tsv: lang, month (1..12, checked by refdata), name. */
static void month_row(const char *lang, const char *month, const char *name, void *user)
{
    char key[16];
    snprintf(key, sizeof key, "month.%ld", strtol(month, NULL, 10));
    add_row(user, lang, key, name);
}

/* body-names.tsv: codes, lang, name. A generic word ("Council") names no
 * one body on its own. */
static void body_row(const char *codes, const char *lang, const char *name, void *user)
{
    if (strchr(codes, '|') || codes[0] == '@')
        return;
    char *key = g_strconcat("body.", codes, NULL);
    add_row(user, lang, key, name);
    g_free(key);
}

cg_docwords *cg_docwords_load(const char *dir, const cg_refdata *ref, cg_error *err)
{
    cg_docwords *w = g_new0(cg_docwords, 1);
    w->rows = g_ptr_array_new_with_free_func(row_free);
    w->by_text =
        g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_ptr_array_unref);
    pthread_mutex_init(&w->lock, NULL);
    w->alt_memo = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    if (load_words(w, dir, err)) {
        cg_docwords_free(w);
        return NULL;
    }
    cg_ref_each_month(ref, month_row, w);
    cg_ref_each_body_name(ref, body_row, w);
    return w;
}

void cg_docwords_free(cg_docwords *w)
{
    if (!w)
        return;
    for (int s = 0; s < CG_DW_NSETS; s++) {
        for (size_t i = 0; i < w->n_rx[s]; i++)
            pcre2_code_free(w->rx[s][i]);
        g_free(w->rx[s]);
    }
    pthread_mutex_destroy(&w->lock);
    if (w->alt_memo)
        g_hash_table_destroy(w->alt_memo);
    g_hash_table_destroy(w->by_text);
    g_ptr_array_free(w->rows, TRUE);
    g_free(w);
}

/* 1 when key is prefix or prefix.<anything>. */
static int key_in(const char *key, const char *prefix)
{
    size_t n = strlen(prefix);
    return strncmp(key, prefix, n) == 0 && (key[n] == '\0' || key[n] == '.');
}

const char *cg_docwords_key(const cg_docwords *w, const char *prefix, const char *text, size_t len,
                            const char **lang)
{
    if (lang)
        *lang = NULL;
    if (!w)
        return NULL;
    char *k = normalise(text, len);
    GPtrArray *same = g_hash_table_lookup(w->by_text, k);
    g_free(k);
    for (guint i = 0; same && i < same->len; i++) {
        const row *r = g_ptr_array_index(same, i);
        if (key_in(r->key, prefix)) {
            if (lang)
                *lang = r->lang;
            return r->key;
        }
    }
    return NULL;
}

long cg_docwords_key_number(const char *key)
{
    const char *dot = key ? strrchr(key, '.') : NULL;
    if (!dot || !g_ascii_isdigit(dot[1]))
        return -1;
    char *end;
    long v = strtol(dot + 1, &end, 10);
    return *end ? -1 : v;
}

static gint longer_first(gconstpointer a, gconstpointer b)
{
    const char *x = *(const char *const *)a, *y = *(const char *const *)b;
    size_t lx = strlen(x), ly = strlen(y);
    return lx != ly ? (lx > ly ? -1 : 1) : strcmp(x, y);
}

/* Adds one text as a name of alt: metacharacters escaped, white space as
 * \s+, ' as ['’]. */
static void add_literal(cg_alt *alt, const char *t)
{
    while (*t) {
        if (*t == ' ' || *t == '\t') {
            while (t[1] == ' ' || t[1] == '\t')
                t++;
            cg_alt_spaces(alt, "\\s+");
            t++;
        } else if (*t == '\'') {
            cg_alt_class(alt, "['\xE2\x80\x99]", '\'', 0x2019);
            t++;
        } else if (strchr("\\^$.|?*+()[]{}/#-", *t)) {
            char re[3] = {'\\', *t, 0};
            cg_alt_char(alt, re, (gunichar)(unsigned char)*t);
            t++;
        } else {
            t = cg_alt_utf8_char(alt, t);
        }
    }
    cg_alt_name_end(alt);
}

static void append_alternation(const cg_docwords *w, GString *s, const char *key, GHashTable *memo,
                               int flat)
{
    const char *known = memo ? g_hash_table_lookup(memo, key) : NULL;
    if (known) {
        g_string_append(s, known);
        return;
    }
    gsize from = s->len;
    GPtrArray *texts = g_ptr_array_new();
    for (guint i = 0; i < w->rows->len; i++) {
        const row *r = g_ptr_array_index(w->rows, i);
        if (key_in(r->key, key))
            g_ptr_array_add(texts, r->text);
    }
    if (texts->len == 0) {
        g_string_append(s, "(?!)");
        g_ptr_array_free(texts, TRUE);
        return;
    }
    g_ptr_array_sort(texts, longer_first);
    cg_alt *alt = cg_alt_new();
    for (guint i = 0; i < texts->len; i++)
        add_literal(alt, g_ptr_array_index(texts, i)); /* (the same text in two
                                                          languages is added once) */
    if (flat)
        cg_alt_write_flat(alt, s);
    else
        cg_alt_write(alt, s);
    cg_alt_free(alt);
    g_ptr_array_free(texts, TRUE);
    if (memo)
        g_hash_table_insert(memo, g_strdup(key), g_strndup(s->str + from, s->len - from));
}

static char *expand(const cg_docwords *w, const char *tmpl, GHashTable *memo, int flat)
{
    GString *s = g_string_sized_new(strlen(tmpl) * 2);
    for (const char *p = tmpl; *p;) {
        if (p[0] == '@' && p[1] == '{') {
            const char *close = strchr(p + 2, '}');
            if (!close) {
                g_string_free(s, TRUE);
                return NULL;
            }
            char *key = g_strndup(p + 2, (gsize)(close - p - 2));
            append_alternation(w, s, key, memo, flat);
            g_free(key);
            p = close + 1;
        } else {
            g_string_append_c(s, *p++);
        }
    }
    return g_string_free(s, FALSE);
}

char *cg_docwords_expand(const cg_docwords *w, const char *tmpl)
{
    return expand(w, tmpl, NULL, 0);
}

char *cg_docwords_expand_flat(const cg_docwords *w, const char *tmpl)
{
    return expand(w, tmpl, NULL, 1);
}

static int compile_set(cg_docwords *w, cg_docwords_set set, const char *const *tmpl, size_t n)
{
    char **src = g_new0(char *, n);
    pcre2_code **rx = g_new0(pcre2_code *, n);
    int rc = 0;
    for (size_t i = 0; i < n && !rc; i++)
        if (!(src[i] = expand(w, tmpl[i], w->alt_memo, 0)))
            rc = cg_error_set(&w->error[set], EINVAL, "pattern %zu: bad @{key}", i);
    if (!rc)
        rc = cg_mrx_compile((const char *const *)src, rx, n, &w->error[set]);
    if (!rc) {
        w->rx[set] = rx;
        w->n_rx[set] = n;
        rx = NULL;
    }
    for (size_t i = 0; i < n; i++)
        g_free(src[i]);
    g_free(src);
    g_free(rx);
    return rc;
}

int cg_docwords_compiled(const cg_docwords *cw, cg_docwords_set set, const char *const *tmpl,
                         size_t n, pcre2_code *const **out, cg_error *err)
{
    /* The cache is the only state that changes after loading; it is filled
     * once, under the lock, so the table stays logically const. */
    cg_docwords *w = (cg_docwords *)cw;
    pthread_mutex_lock(&w->lock);
    if (!w->done[set]) {
        w->status[set] = compile_set(w, set, tmpl, n);
        w->done[set] = 1;
    }
    int rc = w->status[set];
    pthread_mutex_unlock(&w->lock);
    if (rc)
        return cg_error_set(err, rc, "%s", w->error[set].msg);
    *out = w->rx[set];
    return 0;
}
