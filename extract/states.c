/*
 * states.c - the state-name table (cg_states in docmeta.h).
 *
 * File format (corpus/data/states.tsv): UTF-8, one row per line,
 *   iso3 <TAB> status <TAB> lang <TAB> name
 * '#' starts a comment line; blank lines are ignored; a trailing CR is
 * dropped. Several rows may give variant names for one (iso3, lang).
 *
 * Names are keyed with all whitespace removed, in Unicode NFC and case
 * folded, because extracted text breaks names across lines ("黑\n\n山") and
 * running text capitalises differently from the table; typographic
 * apostrophes count as ASCII ones. One key naming two
 * different states in the same language is a data error: silently picking
 * one would put a vote on the wrong state.
 */
#include "common/tsv.h"
#include "datafiles.h"
#include "docmeta.h"

#include <errno.h>
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

struct cg_states {
    GHashTable *by_lang_name; /* "lang\tkey" -> iso3 (owned keys, values) */
    GHashTable *by_name;      /* "key" -> iso3, first row wins */
};

/* Whitespace in the sense of "anything a line break or layout can add". */
static int is_space_cp(utf8proc_int32_t cp)
{
    if (cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0x85 || cp == 0x200B || cp == 0x200C ||
        cp == 0x200D || cp == 0xFEFF || cp == 0x2028 || cp == 0x2029)
        return 1;
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS;
}

/* The lookup key of name[0..len): whitespace removed, NFC, case folded.
 * Returns a g_malloc'ed string, or NULL when name is not valid UTF-8 or is
 * only whitespace. */
static char *name_key(const char *name, size_t len)
{
    GString *g = g_string_sized_new(len + 1);
    size_t i = 0;
    while (i < len) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n =
            utf8proc_iterate((const utf8proc_uint8_t *)name + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0) {
            g_string_free(g, TRUE);
            return NULL;
        }
        if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC)
            g_string_append_c(g, '\''); /* Côte d’Ivoire = Côte d'Ivoire */
        else if (!is_space_cp(cp))
            g_string_append_len(g, name + i, n);
        i += (size_t)n;
    }
    if (g->len == 0) {
        g_string_free(g, TRUE);
        return NULL;
    }
    utf8proc_uint8_t *mapped = NULL;
    utf8proc_ssize_t r =
        utf8proc_map((const utf8proc_uint8_t *)g->str, (utf8proc_ssize_t)g->len, &mapped,
                     UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
    g_string_free(g, TRUE);
    if (r < 0)
        return NULL;
    char *key = g_strdup((const char *)mapped);
    free(mapped);
    return key;
}

void cg_states_free(cg_states *s)
{
    if (!s)
        return;
    if (s->by_lang_name)
        g_hash_table_destroy(s->by_lang_name);
    if (s->by_name)
        g_hash_table_destroy(s->by_name);
    g_free(s);
}

static int valid_iso3(const char *f, size_t n)
{
    if (n != 3)
        return 0;
    for (size_t i = 0; i < 3; i++)
        if (f[i] < 'A' || f[i] > 'Z')
            return 0;
    return 1;
}

typedef struct loading {
    cg_states *s;
    const char *path;
    cg_error *err;
} loading;

/* Adds one data row; returns 0 or an errno code with err filled. */
static int add_row(char **f, int nf, int line, void *user)
{
    loading *L = user;
    cg_states *s = L->s;
    const char *path = L->path;
    cg_error *err = L->err;
    size_t lineno = (size_t)line;
    if (nf != 4)
        return cg_error_set(err, EINVAL,
                            "%s:%zu: expected 4 tab-separated columns "
                            "(iso3, status, lang, name)",
                            path, lineno);
    if (!valid_iso3(f[0], strlen(f[0])))
        return cg_error_set(err, EINVAL, "%s:%zu: bad ISO 3166 alpha-3 code '%s'", path, lineno,
                            f[0]);
    if (f[2][0] == '\0' || strchr(f[2], ' '))
        return cg_error_set(err, EINVAL, "%s:%zu: bad language '%s'", path, lineno, f[2]);
    char *key = name_key(f[3], strlen(f[3]));
    if (!key)
        return cg_error_set(err, EINVAL, "%s:%zu: empty or invalid UTF-8 name", path, lineno);
    char *lkey = g_strconcat(f[2], "\t", key, NULL);
    const char *old = g_hash_table_lookup(s->by_lang_name, lkey);
    if (old && strcmp(old, f[0]) != 0) {
        int rc = cg_error_set(err, EINVAL, "%s:%zu: name '%s' (%s) already given to %s", path,
                              lineno, f[3], f[2], old);
        g_free(lkey);
        g_free(key);
        return rc;
    }
    if (old) {
        g_free(lkey);
    } else {
        g_hash_table_insert(s->by_lang_name, lkey, g_strdup(f[0]));
    }
    if (!g_hash_table_contains(s->by_name, key))
        g_hash_table_insert(s->by_name, key, g_strdup(f[0]));
    else
        g_free(key);
    return 0;
}

cg_states *cg_states_load(const char *path, cg_error *err)
{
    char *data = NULL;
    gsize len = 0;
    GError *ge = NULL;
    if (!cg_data_get_contents(path, &data, &len, &ge)) {
        cg_error_set(err, ENOENT, "%s: %s", path, ge->message);
        g_error_free(ge);
        return NULL;
    }
    cg_states *s = g_new0(cg_states, 1);
    s->by_lang_name = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    s->by_name = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);

    loading L = {s, path, err};
    int rc = cg_tsv_each(data, len, 0, add_row, &L);
    g_free(data);
    if (!rc && g_hash_table_size(s->by_name) == 0)
        rc = cg_error_set(err, EINVAL, "%s: no state names", path);
    if (rc) {
        cg_states_free(s);
        return NULL;
    }
    return s;
}

const char *cg_states_lookup(const cg_states *s, const char *lang, const char *name, size_t len)
{
    if (!s || !name)
        return NULL;
    char *key = name_key(name, len);
    if (!key)
        return NULL;
    const char *iso;
    if (lang) {
        char *lkey = g_strconcat(lang, "\t", key, NULL);
        iso = g_hash_table_lookup(s->by_lang_name, lkey);
        g_free(lkey);
    } else {
        iso = g_hash_table_lookup(s->by_name, key);
    }
    g_free(key);
    return iso;
}
