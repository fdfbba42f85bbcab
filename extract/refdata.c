#include "refdata.h"
#include "alternation.h"
#include "datafiles.h"
#include "common/tsv.h"

#include <errno.h>
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct body_row {
    char *code, *scheme, *kind, *tmpl;
    size_t organ; /* length of tmpl's organ prefix ("A/HRC/" of
                     "A/HRC/RES/{a}/{b}"); 0 when it has none */
    long lo, hi;  /* range of the first part; 0, 0: any */
    long y0, y1;  /* years of its resolutions */
    long s0, sn;  /* session s met in year s0 + (s - 1) / sn; sn 0: unknown */
} body_row;

typedef struct instrument_row {
    char *id, *kind, *date;
} instrument_row;

struct cg_refdata {
    GPtrArray *bodies;        /* body_row * */
    GHashTable *body_names;   /* "lang\x1fkey" -> codes (owned) */
    GHashTable *months;       /* key -> GINT_TO_POINTER(month) */
    GHashTable *verbs;        /* key -> relation (owned) */
    GHashTable *verb_where;   /* key -> "preamble", "operative" or "any" */
    GHashTable *letters;      /* key -> Latin subparagraph letter (owned) */
    GHashTable *ordinals;     /* key -> chapter number (GINT_TO_POINTER) */
    GHashTable *inst_names;   /* key -> id (owned) */
    GHashTable *inst_generic; /* "id\x1flang\x1fkey" -> (void*)1 */
    GHashTable *generic_only; /* "lang\x1fkey" -> id, from "implicit" rows */
    GHashTable *instruments;  /* id -> instrument_row * */
    GHashTable *lists;        /* "table\x1flang" -> GPtrArray of names */
    GPtrArray *month_rows;    /* char *[3]: lang, month, name (file order) */
    GPtrArray *body_rows;     /* char *[3]: codes, lang, name (file order) */
};

char *cg_ref_fold(const char *text, size_t len)
{
    GString *t = g_string_sized_new(len);
    int sp = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            sp = t->len > 0;
            i++;
            continue;
        }
        /* "2 0 3 0": PDF text may space a number's digits (see
         * cg_ref_alternation); the number is one word. */
        if (sp && g_ascii_isdigit(c) && g_ascii_isdigit(t->str[t->len - 1]))
            sp = 0;
        if (sp) {
            g_string_append_c(t, ' ');
            sp = 0;
        }
        if (c == 0xE2 && i + 2 < len && (unsigned char)text[i + 1] == 0x80 &&
            (unsigned char)text[i + 2] == 0x99) { /* U+2019 */
            g_string_append_c(t, '\'');
            i += 3;
            continue;
        }
        g_string_append_c(t, (char)c);
        i++;
    }
    /* ASCII folds to its lower case (Unicode's case folding maps only A-Z
     * there): most keys are, and g_utf8_casefold's table walk was a few
     * per cent of extraction. */
    int ascii = 1;
    for (size_t i = 0; i < t->len && ascii; i++)
        ascii = (unsigned char)t->str[i] < 0x80;
    if (ascii) {
        for (size_t i = 0; i < t->len; i++)
            t->str[i] = g_ascii_tolower(t->str[i]);
        return g_string_free(t, FALSE);
    }
    char *folded = g_utf8_casefold(t->str, (gssize)t->len);
    g_string_free(t, TRUE);
    return folded;
}

/* Lookup key: an optional prefix, the language, then the folded text. */
static char *make_key(const char *prefix, const char *lang, const char *text, size_t len)
{
    char *folded = cg_ref_fold(text, len);
    char *k = prefix ? g_strconcat(prefix, "\x1f", lang, "\x1f", folded, NULL)
                     : g_strconcat(lang, "\x1f", folded, NULL);
    g_free(folded);
    return k;
}

static void body_row_free(gpointer p)
{
    body_row *b = p;
    g_free(b->code);
    g_free(b->scheme);
    g_free(b->kind);
    g_free(b->tmpl);
    g_free(b);
}

static void instrument_row_free(gpointer p)
{
    instrument_row *r = p;
    g_free(r->id);
    g_free(r->kind);
    g_free(r->date);
    g_free(r);
}

static void list_add(cg_refdata *r, const char *table, const char *lang, const char *name)
{
    char *key = g_strconcat(table, "\x1f", lang, NULL);
    GPtrArray *a = g_hash_table_lookup(r->lists, key);
    if (!a) {
        a = g_ptr_array_new_with_free_func(g_free);
        g_hash_table_insert(r->lists, key, a);
    } else {
        g_free(key);
    }
    g_ptr_array_add(a, g_strdup(name));
}

/* Reads a TSV table: calls row() for each non-comment line with its fields.
 * ncols is the exact column count. */
typedef int (*row_fn)(cg_refdata *r, char **f, const char *path, int line, cg_error *err);

/* One table being read: what cg_tsv_each's rows are checked against. */
typedef struct table {
    cg_refdata *r;
    const char *path;
    int ncols;
    row_fn row;
    cg_error *err;
} table;

static int table_row(char **f, int nf, int line, void *user)
{
    table *t = user;
    if (nf != t->ncols)
        return cg_error_set(t->err, EINVAL, "%s: line %d: %d columns, %d expected", t->path, line,
                            nf, t->ncols);
    for (int k = 0; k < nf; k++)
        if (f[k][0] == '\0')
            return cg_error_set(t->err, EINVAL, "%s: line %d: empty column %d", t->path, line,
                                k + 1);
    return t->row(t->r, f, t->path, line, t->err);
}

static int read_table(cg_refdata *r, const char *dir, const char *name, int ncols, int required,
                      row_fn row, cg_error *err)
{
    char *path = g_build_filename(dir, name, NULL);
    gchar *data = NULL;
    gsize len = 0;
    GError *ge = NULL;
    if (!cg_data_get_contents(path, &data, &len, &ge)) {
        int rc = 0;
        if (required)
            rc = cg_error_set(err, ENOENT, "%s: %s", path, ge->message);
        g_error_free(ge);
        g_free(path);
        return rc;
    }
    if (!g_utf8_validate(data, (gssize)len, NULL)) {
        g_free(data);
        int rc = cg_error_set(err, EILSEQ, "%s: not valid UTF-8", path);
        g_free(path);
        return rc;
    }
    table t = {r, path, ncols, row, err};
    int rc = cg_tsv_each(data, len, 0, table_row, &t);
    g_free(data);
    g_free(path);
    return rc;
}

static int row_body(cg_refdata *r, char **f, const char *path, int line, cg_error *err)
{
    if (strcmp(f[1], "sn") && strcmp(f[1], "yn") && strcmp(f[1], "ny") && strcmp(f[1], "nr"))
        return cg_error_set(err, EINVAL, "%s: line %d: unknown scheme '%s'", path, line, f[1]);
    body_row *b = g_new0(body_row, 1);
    b->code = g_strdup(f[0]);
    b->scheme = g_strdup(f[1]);
    b->kind = g_strdup(f[2]);
    b->tmpl = g_strdup(f[3]);
    if (strcmp(f[4], "-")) {
        char *end;
        b->lo = strtol(f[4], &end, 10);
        b->hi = *end == '-' ? strtol(end + 1, &end, 10) : -1;
        if (*end || b->lo < 1 || b->hi < b->lo) {
            g_free(b->code), g_free(b->scheme), g_free(b->kind), g_free(b->tmpl), g_free(b);
            return cg_error_set(err, EINVAL, "%s: line %d: range '%s' is not LO-HI", path, line,
                                f[4]);
        }
    }
    char *end;
    b->y0 = strtol(f[5], &end, 10);
    b->y1 = *end == '-' ? strtol(end + 1, &end, 10) : -1;
    if (*end || b->y0 < 1900 || b->y1 < b->y0) {
        g_free(b->code), g_free(b->scheme), g_free(b->kind), g_free(b->tmpl), g_free(b);
        return cg_error_set(err, EINVAL, "%s: line %d: years '%s' are not LO-HI", path, line, f[5]);
    }
    if (strcmp(f[6], "-")) {
        b->s0 = strtol(f[6], &end, 10);
        b->sn = *end == '/' ? strtol(end + 1, &end, 10) : 0;
        if (*end || b->s0 < 1900 || b->sn < 1 || strcmp(b->scheme, "sn")) {
            g_free(b->code), g_free(b->scheme), g_free(b->kind), g_free(b->tmpl), g_free(b);
            return cg_error_set(err, EINVAL,
                                "%s: line %d: session years '%s' are not YEAR/PER-YEAR "
                                "(of a session/number scheme)",
                                path, line, f[6]);
        }
    }
    /* The organ prefix: what stands before the last "/" ahead of the
     * first placeholder's component ("A/HRC/" + "RES/{a}/{b}"). */
    const char *ph = strchr(b->tmpl, '{');
    if (ph) {
        const char *p = ph;
        while (p > b->tmpl && p[-1] != '/')
            p--;
        while (p > b->tmpl + 1 && p[-2] != '/')
            p--;
        b->organ = p > b->tmpl + 1 ? (size_t)(p - 1 - b->tmpl) : 0;
    }
    g_ptr_array_add(r->bodies, b);
    return 0;
}

static int row_body_name(cg_refdata *r, char **f, const char *path, int line, cg_error *err)
{
    (void)path, (void)line, (void)err;
    g_hash_table_replace(r->body_names, make_key(NULL, f[1], f[2], strlen(f[2])), g_strdup(f[0]));
    list_add(r, "body", f[1], f[2]);
    g_ptr_array_add(r->body_rows, g_strdupv((char *[]){f[0], f[1], f[2], NULL}));
    return 0;
}

static int row_month(cg_refdata *r, char **f, const char *path, int line, cg_error *err)
{
    int m = atoi(f[1]);
    if (m < 1 || m > 12)
        return cg_error_set(err, EINVAL, "%s: line %d: month '%s' not 1..12", path, line, f[1]);
    g_hash_table_replace(r->months, make_key(NULL, f[0], f[2], strlen(f[2])), GINT_TO_POINTER(m));
    list_add(r, "month", f[0], f[2]);
    g_ptr_array_add(r->month_rows, g_strdupv((char *[]){f[0], f[1], f[2], NULL}));
    return 0;
}

static const char *const relations[] = {
    "reaffirm",  "recall",      "welcome", "take-note", "bearing-in-mind", "emphasize", "underline",
    "guided-by", "acknowledge", "request", "decide",    "other",           "modifier",  NULL};

static int row_verb(cg_refdata *r, char **f, const char *path, int line, cg_error *err)
{
    int ok = 0;
    for (int i = 0; relations[i]; i++)
        ok |= strcmp(relations[i], f[2]) == 0;
    if (!ok)
        return cg_error_set(err, EINVAL, "%s: line %d: unknown relation '%s'", path, line, f[2]);
    if (strcmp(f[3], "preamble") && strcmp(f[3], "operative") && strcmp(f[3], "any"))
        return cg_error_set(err, EINVAL,
                            "%s: line %d: where '%s' is not preamble, operative or any", path, line,
                            f[3]);
    g_hash_table_replace(r->verbs, make_key(NULL, f[0], f[1], strlen(f[1])), g_strdup(f[2]));
    g_hash_table_replace(r->verb_where, make_key(NULL, f[0], f[1], strlen(f[1])), g_strdup(f[3]));
    list_add(r, strcmp(f[2], "modifier") ? "verb" : "modifier", f[0], f[1]);
    return 0;
}

static int row_letter(cg_refdata *r, char **f, const char *path, int line, cg_error *err)
{
    (void)path, (void)line, (void)err;
    g_hash_table_replace(r->letters, make_key(NULL, f[0], f[1], strlen(f[1])), g_strdup(f[2]));
    return 0;
}

static int row_ordinal(cg_refdata *r, char **f, const char *path, int line, cg_error *err)
{
    int v = atoi(f[2]);
    if (v < 1 || v > 999)
        return cg_error_set(err, EINVAL, "%s: line %d: number '%s' not 1..999", path, line, f[2]);
    g_hash_table_replace(r->ordinals, make_key(NULL, f[0], f[1], strlen(f[1])), GINT_TO_POINTER(v));
    list_add(r, "ordinal", f[0], f[1]);
    return 0;
}

static int row_instrument(cg_refdata *r, char **f, const char *path, int line, cg_error *err)
{
    (void)path, (void)line, (void)err;
    instrument_row *i = g_new0(instrument_row, 1);
    i->id = g_strdup(f[0]);
    i->kind = g_strdup(f[1]);
    i->date = g_strdup(strcmp(f[2], "-") ? f[2] : "");
    g_hash_table_replace(r->instruments, i->id, i);
    return 0;
}

static int row_instrument_name(cg_refdata *r, char **f, const char *path, int line, cg_error *err)
{
    if (!strcmp(f[2], "plural")) {
        /* "ICCPR+ICESCR": each part an instrument. */
        gchar **ids = g_strsplit(f[0], "+", -1);
        int bad = g_strv_length(ids) < 2;
        for (gchar **id = ids; *id && !bad; id++)
            bad = !g_hash_table_contains(r->instruments, *id);
        g_strfreev(ids);
        if (bad)
            return cg_error_set(err, EINVAL,
                                "%s: line %d: '%s' is not two or more "
                                "instruments joined by +",
                                path, line, f[0]);
        g_hash_table_replace(r->inst_names, make_key(NULL, f[1], f[3], strlen(f[3])),
                             g_strdup(f[0]));
        list_add(r, "instrument", f[1], f[3]);
        return 0;
    }
    if (!strcmp(f[2], "pronoun")) {
        /* "المادة 19 منه", "article 19 thereof": the instrument named last,
         * whichever it is (id "*"). */
        if (strcmp(f[0], "*"))
            return cg_error_set(err, EINVAL, "%s: line %d: a pronoun's id is '*', not '%s'", path,
                                line, f[0]);
        g_hash_table_replace(r->inst_generic, make_key("*", f[1], f[3], strlen(f[3])),
                             GINT_TO_POINTER(1));
        list_add(r, "pronoun", f[1], f[3]);
        return 0;
    }
    if (!g_hash_table_contains(r->instruments, f[0]))
        return cg_error_set(err, EINVAL, "%s: line %d: unknown instrument '%s'", path, line, f[0]);
    if (!strcmp(f[2], "generic")) {
        char *k = make_key(f[0], f[1], f[3], strlen(f[3]));
        g_hash_table_replace(r->inst_generic, k, GINT_TO_POINTER(1));
        list_add(r, "generic", f[1], f[3]);
    } else if (!strcmp(f[2], "implicit")) {
        /* A noun that means this instrument even when it was not named
         * before ("the Charter"): one instrument per noun and language. */
        char *gk = make_key(NULL, f[1], f[3], strlen(f[3]));
        const char *prev = g_hash_table_lookup(r->generic_only, gk);
        if (prev && strcmp(prev, f[0])) {
            g_free(gk);
            return cg_error_set(err, EINVAL, "%s: line %d: '%s' is already implicit for %s", path,
                                line, f[3], prev);
        }
        g_hash_table_replace(r->generic_only, gk, g_strdup(f[0]));
    } else if (!strcmp(f[2], "name") || !strcmp(f[2], "alias")) {
        g_hash_table_replace(r->inst_names, make_key(NULL, f[1], f[3], strlen(f[3])),
                             g_strdup(f[0]));
        list_add(r, "instrument", f[1], f[3]);
    } else {
        return cg_error_set(err, EINVAL, "%s: line %d: unknown name type '%s'", path, line, f[2]);
    }
    return 0;
}

cg_refdata *cg_refdata_load(const char *dir, cg_error *err)
{
    cg_refdata *r = g_new0(cg_refdata, 1);
    r->bodies = g_ptr_array_new_with_free_func(body_row_free);
    r->body_names = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    r->months = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    r->verbs = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    r->verb_where = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    r->letters = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    r->ordinals = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    r->inst_names = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    r->inst_generic = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    r->generic_only = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    r->instruments = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, instrument_row_free);
    r->lists =
        g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_ptr_array_unref);
    r->month_rows = g_ptr_array_new_with_free_func((GDestroyNotify)g_strfreev);
    r->body_rows = g_ptr_array_new_with_free_func((GDestroyNotify)g_strfreev);
    if (read_table(r, dir, "bodies.tsv", 7, 1, row_body, err) ||
        read_table(r, dir, "body-names.tsv", 3, 1, row_body_name, err) ||
        read_table(r, dir, "months.tsv", 3, 1, row_month, err) ||
        read_table(r, dir, "verbs.tsv", 4, 1, row_verb, err) ||
        read_table(r, dir, "subpara-letters.tsv", 3, 1, row_letter, err) ||
        read_table(r, dir, "ordinals.tsv", 3, 1, row_ordinal, err) ||
        read_table(r, dir, "instruments.tsv", 5, 1, row_instrument, err) ||
        read_table(r, dir, "instrument-names.tsv", 4, 1, row_instrument_name, err)) {
        cg_refdata_free(r);
        return NULL;
    }
    return r;
}

void cg_refdata_free(cg_refdata *r)
{
    if (!r)
        return;
    g_ptr_array_unref(r->bodies);
    g_hash_table_destroy(r->body_names);
    g_hash_table_destroy(r->months);
    g_hash_table_destroy(r->verbs);
    g_hash_table_destroy(r->verb_where);
    g_hash_table_destroy(r->letters);
    g_hash_table_destroy(r->ordinals);
    g_hash_table_destroy(r->inst_names);
    g_hash_table_destroy(r->inst_generic);
    g_hash_table_destroy(r->generic_only);
    g_hash_table_destroy(r->instruments);
    g_hash_table_destroy(r->lists);
    g_ptr_array_unref(r->month_rows);
    g_ptr_array_unref(r->body_rows);
    g_free(r);
}

const char *cg_ref_body_template(const cg_refdata *r, const char *code, const char *scheme,
                                 const char *kind, const char *first)
{
    for (guint i = 0; i < r->bodies->len; i++) {
        const body_row *b = g_ptr_array_index(r->bodies, i);
        if (strcmp(b->code, code) || strcmp(b->scheme, scheme) || strcmp(b->kind, kind))
            continue;
        /* A special session (S-7, ES-10) is not in the regular range. */
        if (first && b->hi && g_ascii_isdigit(first[0])) {
            long v = strtol(first, NULL, 10);
            if (v < b->lo || v > b->hi)
                return NULL;
        }
        return b->tmpl;
    }
    return NULL;
}

int cg_ref_body_year_ok(const cg_refdata *r, const char *code, const char *scheme,
                        const char *first, int year)
{
    int ok = 1;
    for (guint i = 0; i < r->bodies->len && ok; i++) {
        const body_row *b = g_ptr_array_index(r->bodies, i);
        if (strcmp(b->code, code))
            continue;
        if (year < b->y0 || year > b->y1)
            return 0;
        /* Session s of a body meeting sn times a year is in year
         * s0 + (s - 1) / sn; a year off by one is allowed (a session across
         * New Year, a resumed session). A special session (S-7) is not
         * checked. */
        if (b->sn && !strcmp(b->scheme, scheme) && first && g_ascii_isdigit(first[0])) {
            long s = strtol(first, NULL, 10);
            long when = b->s0 + (s - 1) / b->sn;
            ok = year >= when - 1 && year <= when + 1;
        }
    }
    return ok;
}

const char *cg_ref_body_unique(const cg_refdata *r, const char *scheme, const char *kind,
                               const char *first)
{
    const char *found = NULL;
    for (guint i = 0; i < r->bodies->len; i++) {
        const body_row *b = g_ptr_array_index(r->bodies, i);
        if (found && !strcmp(found, b->code))
            continue;
        if (cg_ref_body_template(r, b->code, scheme, kind, first) && !strcmp(b->scheme, scheme) &&
            !strcmp(b->kind, kind)) {
            if (found)
                return NULL;
            found = b->code;
        }
    }
    return found;
}

static const void *lookup(GHashTable *h, const char *prefix, const char *lang, const char *text,
                          size_t len)
{
    char *k = make_key(prefix, lang, text, len);
    const void *v = g_hash_table_lookup(h, k);
    g_free(k);
    return v;
}

const char *cg_ref_body_codes(const cg_refdata *r, const char *lang, const char *text, size_t len)
{
    return lookup(r->body_names, NULL, lang, text, len);
}

int cg_ref_month(const cg_refdata *r, const char *lang, const char *text, size_t len)
{
    return GPOINTER_TO_INT(lookup(r->months, NULL, lang, text, len));
}

const char *cg_ref_verb(const cg_refdata *r, const char *lang, const char *text, size_t len)
{
    return lookup(r->verbs, NULL, lang, text, len);
}

const char *cg_ref_subpara_letter(const cg_refdata *r, const char *lang, const char *text,
                                  size_t len)
{
    return lookup(r->letters, NULL, lang, text, len);
}

int cg_ref_ordinal(const cg_refdata *r, const char *lang, const char *text, size_t len)
{
    return GPOINTER_TO_INT(lookup(r->ordinals, NULL, lang, text, len));
}

const char *cg_ref_verb_where(const cg_refdata *r, const char *lang, const char *text, size_t len)
{
    return lookup(r->verb_where, NULL, lang, text, len);
}

const char *cg_ref_instrument(const cg_refdata *r, const char *lang, const char *text, size_t len)
{
    return lookup(r->inst_names, NULL, lang, text, len);
}

int cg_ref_instrument_has_generic(const cg_refdata *r, const char *id, const char *lang,
                                  const char *text, size_t len)
{
    return lookup(r->inst_generic, id, lang, text, len) != NULL ||
           lookup(r->inst_generic, "*", lang, text, len) != NULL;
}

const char *cg_ref_generic_unique(const cg_refdata *r, const char *lang, const char *text,
                                  size_t len)
{
    const char *id = lookup(r->generic_only, NULL, lang, text, len);
    return id && *id ? id : NULL;
}

static gint longest_first(gconstpointer a, gconstpointer b)
{
    const char *x = *(const char *const *)a, *y = *(const char *const *)b;
    size_t lx = strlen(x), ly = strlen(y);
    if (lx != ly)
        return lx > ly ? -1 : 1;
    return strcmp(x, y);
}

const char *cg_ref_scheme_body(const cg_refdata *r, const char *scheme)
{
    const char *found = NULL;
    for (guint i = 0; i < r->bodies->len; i++) {
        const body_row *b = g_ptr_array_index(r->bodies, i);
        if (strcmp(b->scheme, scheme) || (found && !strcmp(found, b->code)))
            continue;
        if (found)
            return NULL;
        found = b->code;
    }
    return found;
}

const char *cg_ref_symbol_body(const cg_refdata *r, const char *sym)
{
    const body_row *best = NULL;
    for (guint i = 0; i < r->bodies->len; i++) {
        const body_row *b = g_ptr_array_index(r->bodies, i);
        if (b->organ && (!best || b->organ > best->organ) &&
            !g_ascii_strncasecmp(sym, b->tmpl, b->organ))
            best = b;
    }
    return best ? best->code : "";
}

const char *cg_ref_body_name(const cg_refdata *r, const char *code, const char *lang)
{
    for (guint i = 0; i < r->body_rows->len; i++) {
        char **f = g_ptr_array_index(r->body_rows, i);
        if (!strcmp(f[0], code) && !strcmp(f[1], lang))
            return f[2];
    }
    return NULL;
}

void cg_ref_each_month(const cg_refdata *r, cg_ref_row_fn fn, void *user)
{
    for (guint i = 0; i < r->month_rows->len; i++) {
        char **f = g_ptr_array_index(r->month_rows, i);
        fn(f[0], f[1], f[2], user);
    }
}

void cg_ref_each_body_name(const cg_refdata *r, cg_ref_row_fn fn, void *user)
{
    for (guint i = 0; i < r->body_rows->len; i++) {
        char **f = g_ptr_array_index(r->body_rows, i);
        fn(f[0], f[1], f[2], user);
    }
}

static char *alternation(const cg_refdata *r, const char *table, const char *lang, int flat)
{
    char *key = g_strconcat(table, "\x1f", lang, NULL);
    GPtrArray *a = g_hash_table_lookup(r->lists, key);
    g_free(key);
    if (!a || a->len == 0)
        return NULL;
    GPtrArray *sorted = g_ptr_array_copy(a, NULL, NULL);
    g_ptr_array_set_free_func(sorted, NULL); /* the copy borrows the names */
    g_ptr_array_sort(sorted, longest_first);
    cg_alt *alt = cg_alt_new();
    /* A title in English, French or Spanish keeps the case of its first
     * letter and no other word's: the text's "de Todas las Formas" is the
     * table's "de todas las Formas", "Declaration on the granting of
     * independence" (1961) its "Granting of Independence", while "a
     * convention on the rights of the child" (1981, before there was one)
     * stays none. Character classes, not (?i:): the JIT keeps its speed. */
    int latin_title = !strcmp(table, "instrument") &&
                      (!strcmp(lang, "en") || !strcmp(lang, "fr") || !strcmp(lang, "es"));
    for (guint i = 0; i < sorted->len; i++) {
        const char *n = g_ptr_array_index(sorted, i);
        for (const char *p = n; *p;) {
            if (latin_title && p > n && p[-1] == ' ' && (unsigned char)*p < 0x80 &&
                g_ascii_isalpha(*p)) {
                /* "[Tt]odas": a word after the first in either case */
                char re[5] = {'[', g_ascii_toupper(*p), g_ascii_tolower(*p), ']', 0};
                cg_alt_class(alt, re, (gunichar)re[1], (gunichar)re[2]);
                p++;
            } else if (strchr("\\^$.|?*+()[]{}", *p)) {
                char re[3] = {'\\', *p, 0};
                cg_alt_char(alt, re, (gunichar)(unsigned char)*p);
                p++;
            } else if (*p == ' ') {
                /* One space in the table stands for the one space (or none,
                 * after a line-break hyphen) the normaliser leaves. */
                cg_alt_opt_space(alt, " ?");
                p++;
            } else if (*p == '\'') {
                cg_alt_class(alt, "['\xE2\x80\x99]", '\'', 0x2019);
                p++;
            } else if (g_ascii_isdigit(*p) && g_ascii_isdigit(p[1])) {
                /* "《 2 0 3 0 年可持续发展议程》": Chinese PDF text spaces
                 * the digits of a number inside a title. */
                char re[2] = {*p, 0};
                cg_alt_char(alt, re, (gunichar)*p);
                cg_alt_opt_space(alt, " ?");
                p++;
            } else {
                p = cg_alt_utf8_char(alt, p);
            }
        }
        cg_alt_name_end(alt);
    }
    GString *s = g_string_new(NULL);
    if (flat)
        cg_alt_write_flat(alt, s);
    else
        cg_alt_write(alt, s);
    cg_alt_free(alt);
    g_ptr_array_unref(sorted);
    return g_string_free(s, FALSE);
}

char *cg_ref_alternation(const cg_refdata *r, const char *table, const char *lang)
{
    return alternation(r, table, lang, 0);
}

char *cg_ref_alternation_flat(const cg_refdata *r, const char *table, const char *lang)
{
    return alternation(r, table, lang, 1);
}
