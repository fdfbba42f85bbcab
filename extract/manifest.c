/*
 * manifest.c - what a corpus's own index says of its files.
 */
#include <errno.h>
#include <glib.h>
#include <stdlib.h>
#include <string.h>

#include "common/tsv.h"
#include "extract.h"

typedef struct row {
    char *symbol, *lang, *date, *title; /* NULL when not given */
} row;

struct cg_manifest {
    GHashTable *rows; /* canonical absolute path -> row */
};

static void row_free(gpointer p)
{
    row *r = p;
    g_free(r->symbol);
    g_free(r->lang);
    g_free(r->date);
    g_free(r->title);
    g_free(r);
}

cg_manifest *cg_manifest_new(void)
{
    cg_manifest *m = g_new0(cg_manifest, 1);
    m->rows = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, row_free);
    return m;
}

void cg_manifest_free(cg_manifest *m)
{
    if (!m)
        return;
    g_hash_table_destroy(m->rows);
    g_free(m);
}

static char *field(const char *s)
{
    return *s && strcmp(s, "-") ? g_strdup(s) : NULL;
}

/* A language tag as BCP 47 writes it: "en", "zh", "zh-Hans", "ast". The
 * value lands in HTML attributes and cache keys, so anything else is
 * refused rather than escaped everywhere downstream. */
int cg_lang_code_valid(const char *s)
{
    size_t n = 0;
    while (s[n] >= 'a' && s[n] <= 'z')
        n++;
    if (n < 2 || n > 3)
        return 0;
    s += n;
    while (*s == '-') {
        s++;
        n = 0;
        while (g_ascii_isalnum(s[n]))
            n++;
        if (n < 1 || n > 8)
            return 0;
        s += n;
    }
    return *s == '\0';
}

/* A UN document symbol: ASCII letters, digits and the punctuation symbols
 * use (A/RES/217(III), E/CN.4/2005/L.10/Add.17, S/PV.4213*), at most 100
 * characters, no space or markup. */
static int symbol_valid(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > 100 || !g_ascii_isalnum(*s))
        return 0;
    for (; *s; s++)
        if (!g_ascii_isalnum(*s) && !strchr("/.()-_*+", *s))
            return 0;
    return 1;
}

/* An ISO 8601 calendar date YYYY-MM-DD that exists (2099-99-99 does not). */
static int date_valid(const char *s)
{
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return 0;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && !g_ascii_isdigit(s[i]))
            return 0;
    int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
    return y >= 1 && m >= 1 && m <= 12 && d >= 1 &&
           g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y);
}

/* A title is text: control characters (ESC sequences, DEL, C1) would reach
 * terminals and exports. */
static int title_valid(const char *s)
{
    for (const char *p = s; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (c < 0x20 || (c >= 0x7f && c < 0xa0))
            return 0;
    }
    return 1;
}

/* NULL when the row's values are acceptable, else what is wrong. */
static const char *row_problem(char **f, guint n)
{
    if (*f[1] && strcmp(f[1], "-") && !symbol_valid(f[1]))
        return "symbol";
    if (n > 2 && *f[2] && strcmp(f[2], "-") && !cg_lang_code_valid(f[2]))
        return "language";
    if (n > 3 && *f[3] && strcmp(f[3], "-") && !date_valid(f[3]))
        return "date";
    if (n > 4 && !title_valid(f[4]))
        return "title";
    return NULL;
}

static const char *const problem_hint[][2] = {
    {"symbol",   "a UN symbol such as A/RES/70/1 (letters, digits, / . ( ) - _ * +)"},
    {"language", "a language code such as en, zh, ar"                               },
    {"date",     "an existing date as YYYY-MM-DD"                                   },
    {"title",    "text without control characters"                                  },
};

/* One manifest being read. */
typedef struct loading {
    cg_manifest *m;
    const char *dir; /* relative paths are relative to it */
    cg_error *err;
} loading;

static int manifest_row(char **f, int nf, int line, void *user)
{
    loading *ld = user;
    guint n = (guint)nf;
    int rc = 0;
    if (line == 1 && !strcmp(f[0], "path") && n > 1)
        return 0; /* a header row */
    const char *bad = NULL;
    if (n < 2 || n > 5 || !*f[0]) {
        rc = cg_error_set(ld->err, EINVAL,
                          "line %d: expected path, symbol, language, date, title "
                          "separated by tabs",
                          line);
    } else if ((bad = row_problem(f, n))) {
        const char *hint = "";
        for (size_t k = 0; k < G_N_ELEMENTS(problem_hint); k++)
            if (!strcmp(problem_hint[k][0], bad))
                hint = problem_hint[k][1];
        int col = !strcmp(bad, "symbol")     ? 1
                  : !strcmp(bad, "language") ? 2
                  : !strcmp(bad, "date")     ? 3
                                             : 4;
        char *shown = g_strescape(f[col], NULL);
        if (g_utf8_strlen(shown, -1) > 60) {
            char *cut = g_utf8_substring(shown, 0, 60);
            g_free(shown);
            shown = g_strconcat(cut, "...", NULL);
            g_free(cut);
        }
        char *path_shown = g_strescape(f[0], NULL);
        rc = cg_error_set(ld->err, EINVAL, "line %d (%s): bad %s '%s': expected %s", line,
                          path_shown, bad, shown, hint);
        g_free(path_shown);
        g_free(shown);
    } else {
        char *abs =
            g_path_is_absolute(f[0]) ? g_strdup(f[0]) : g_build_filename(ld->dir, f[0], NULL);
        char *canon = g_canonicalize_filename(abs, NULL);
        g_free(abs);
        row *r = g_new0(row, 1);
        r->symbol = field(f[1]);
        r->lang = n > 2 ? field(f[2]) : NULL;
        r->date = n > 3 ? field(f[3]) : NULL;
        r->title = n > 4 ? field(f[4]) : NULL;
        g_hash_table_replace(ld->m->rows, canon, r);
    }
    return rc;
}

int cg_manifest_load(cg_manifest *m, const char *path, cg_error *err)
{
    char *data;
    size_t len;
    /* A manifest is small; a FIFO or device named --manifest must not hang. */
    int rrc = cg_read_regular(path, (size_t)64 << 20, &data, &len, err);
    if (rrc)
        return rrc;
    if (!g_utf8_validate(data, (gssize)len, NULL)) {
        g_free(data);
        return cg_error_set(err, EILSEQ, "manifest is not valid UTF-8");
    }
    char *dir = g_path_get_dirname(path);
    loading ld = {m, dir, err};
    int rc = cg_tsv_each(data, len, 0, manifest_row, &ld);
    g_free(dir);
    g_free(data);
    return rc;
}

void cg_manifest_apply(const cg_manifest *m, const char *file, const cg_read_options *base,
                       cg_read_options *out)
{
    *out = *base;
    if (!m || g_hash_table_size(m->rows) == 0)
        return;
    char *canon = g_canonicalize_filename(file, NULL);
    const row *r = g_hash_table_lookup(m->rows, canon);
    g_free(canon);
    if (!r)
        return;
    if (r->symbol)
        out->symbol = r->symbol;
    if (r->lang)
        out->lang = r->lang;
    if (r->date)
        out->date = r->date;
    if (r->title)
        out->title = r->title;
}
