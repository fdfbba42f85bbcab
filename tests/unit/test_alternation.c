/*
 * test_alternation.c - a list of names written as a trie (alternation.c)
 * matches what the flat list "(?:N1|N2|...)" matches, with the same
 * preference, in every place (issue 17).
 *
 * Compared, anchored at every place a name may start, with and without
 * (?i:), alone and followed by (?![\p{L}]) (which makes PCRE2 backtrack
 * into shorter names): the match found and its end must be the same.
 *   - lists written here to hit every way the trie can go wrong: names that
 *     are prefixes of others, names differing in case only (written flat),
 *     optional spaces before letters, white-space runs, characters of two
 *     bytes sharing a first byte;
 *   - every shipped list: the reference tables (bodies, months, verbs,
 *     modifiers, instruments, generic nouns, ordinals) in six languages and
 *     every key of doc-words.tsv, over the fixture texts, the seed and 100
 *     Security Council resolutions, and over the names themselves.
 * Run from the repository root.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <glib.h>
#include <pcre2.h>
#include <stdio.h>
#include <string.h>

#include "extract/alternation.h"
#include "extract/docwords.h"
#include "extract/refdata.h"
#include "check.h"

static pcre2_match_data *md;
static size_t places, matched, lists;
static GPtrArray *texts; /* gchar *: the texts compared over */

static pcre2_code *compile(const char *alt, int caseless, int bounded)
{
    char *p = g_strdup_printf("%s%s%s%s", caseless ? "(?i:" : "(?:", alt, ")",
                              bounded ? "(?![\\p{L}])" : "");
    int ec;
    PCRE2_SIZE eo;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)p, PCRE2_ZERO_TERMINATED,
                                   PCRE2_UTF | PCRE2_UCP | PCRE2_ANCHORED, &ec, &eo, NULL);
    if (!re) {
        PCRE2_UCHAR msg[160];
        pcre2_get_error_message(ec, msg, sizeof msg);
        FAIL("pattern does not compile at %zu: %s: %.300s", (size_t)eo, (char *)msg, p);
    }
    pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
    g_free(p);
    return re;
}

/* The match end at pos, or -1. */
static long end_at(const pcre2_code *re, const char *t, size_t len, size_t pos)
{
    int rc = pcre2_match(re, (PCRE2_SPTR)t, len, pos, PCRE2_NO_UTF_CHECK, md, NULL);
    return rc < 0 ? -1 : (long)pcre2_get_ovector_pointer(md)[1];
}

/* The trie and the flat list, compared at every word start of every text
 * (every character start with all_places). */
static void compare(const char *what, const char *trie, const char *flat, int all_places)
{
    lists++;
    for (int caseless = 0; caseless < 2; caseless++)
        for (int bounded = 0; bounded < 2; bounded++) {
            pcre2_code *a = compile(trie, caseless, bounded);
            pcre2_code *b = compile(flat, caseless, bounded);
            for (guint i = 0; i < texts->len; i++) {
                const char *t = g_ptr_array_index(texts, i);
                size_t len = strlen(t);
                for (size_t pos = 0; pos < len; pos++) {
                    unsigned char c = (unsigned char)t[pos];
                    if ((c & 0xC0) == 0x80)
                        continue;
                    if (!all_places && pos && !g_ascii_isspace(t[pos - 1]) && t[pos - 1] != '(')
                        continue;
                    long x = end_at(a, t, len, pos), y = end_at(b, t, len, pos);
                    places++;
                    if (x != y)
                        FAIL("%s (%s%s): at %zu of \"%.60s\": trie %ld, flat %ld", what,
                             caseless ? "caseless" : "case-sensitive", bounded ? ", bounded" : "",
                             pos, t + pos, x, y);
                    matched += x >= 0;
                }
            }
            pcre2_code_free(a);
            pcre2_code_free(b);
        }
}

typedef struct name_tok {
    const char *re;
    int kind; /* 0 char, 1 class, 2 optional space, 3 spaces */
    gunichar c1, c2;
} name_tok;

/* A list written here: each name a sequence of tokens ("x" one
 * character, "[Xx]" a class, " ?" an optional space, "\\s+" a run). */
static void written_list(const char *what, const char *const *names, size_t n)
{
    cg_alt *a = cg_alt_new();
    for (size_t i = 0; i < n; i++) {
        for (const char *p = names[i]; *p;) {
            if (p[0] == '[') {
                const char *close = strchr(p, ']');
                char *re = g_strndup(p, (gsize)(close - p + 1));
                gunichar c1 = g_utf8_get_char(p + 1);
                gunichar c2 = g_utf8_get_char(g_utf8_next_char(p + 1));
                cg_alt_class(a, re, c1, c2);
                g_free(re);
                p = close + 1;
            } else if (p[0] == ' ' && p[1] == '?') {
                cg_alt_opt_space(a, " ?");
                p += 2;
            } else if (!strncmp(p, "\\s+", 3)) {
                cg_alt_spaces(a, "\\s+");
                p += 3;
            } else {
                p = cg_alt_utf8_char(a, p);
            }
        }
        cg_alt_name_end(a);
    }
    GString *trie = g_string_new(NULL), *flat = g_string_new(NULL);
    cg_alt_write(a, trie);
    cg_alt_write_flat(a, flat);
    compare(what, trie->str, flat->str, 1);
    g_string_free(trie, TRUE);
    g_string_free(flat, TRUE);
    cg_alt_free(a);
}

static void add_text(const char *t)
{
    g_ptr_array_add(texts, g_strdup(t));
}

static gint by_name(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The first `most` texts of dir in name order, and of each folder in it. */
static void add_dir(const char *dir, int most)
{
    GDir *d = g_dir_open(dir, 0, NULL);
    if (!d)
        return;
    GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
    const char *name;
    while ((name = g_dir_read_name(d)))
        g_ptr_array_add(names, g_build_filename(dir, name, NULL));
    g_dir_close(d);
    g_ptr_array_sort(names, by_name);
    int taken = 0;
    for (guint i = 0; i < names->len && taken < most; i++) {
        const char *path = g_ptr_array_index(names, i);
        gchar *text;
        gsize len;
        if (g_file_test(path, G_FILE_TEST_IS_DIR))
            add_dir(path, most);
        else if (g_str_has_suffix(path, ".txt") && g_file_get_contents(path, &text, &len, NULL)) {
            if (g_utf8_validate(text, (gssize)len, NULL) && strlen(text) == len) {
                g_ptr_array_add(texts, text);
                taken++;
            } else
                g_free(text);
        }
    }
    g_ptr_array_free(names, TRUE);
}

int main(void)
{
    md = pcre2_match_data_create(8, NULL);
    texts = g_ptr_array_new_with_free_func(g_free);

    /* Lists written to hit the trie's corners, over texts made of them. */
    static const char *const prefixes[] = {"Council of Europe", "Council", "Councils", "Coun",
                                           "Commission",        "Com"};
    static const char *const cases[] = {"Adopted", "adopted", "ADOPTED", "Adopt",
                                        "adopt",   "Adop",    "adoption"};
    static const char *const spaces[] = {
        "Plan ?[Oo]f ?[Aa]ction", "Plan ?[Oo]f", "Planning", "Plan", "Plan ?[Ss]", "Plans"};
    static const char *const runs[] = {"decides\\s+to\\s+establish", "decides\\s+to",
                                       "decided\\s+to\\s+defer", "decides", "decide\\s+crear"};
    static const char *const bytes[] = {"постановляет", "постановил", "пакт",   "Пакт",
                                        "приняла",      "ПРИНЯТА",    "Kelvin", "\u212Aelvin",
                                        "\u212Aelvins", "ſtate",      "State"};
    /* longest first, as the callers add them: the later branch holds a
     * name preferred to one of the earlier branch that matches too */
    static const char *const siblings[] = {"Adoptions",     "adoption", "Adop",
                                           "\u212Aelvinxx", "kelvins",  "\u212Ae"};
    static const char *const samples[] = {
        "the Council of Europe and the Councils, Council; Coun Commission Com",
        "Adopted adopted ADOPTED AdOpTeD Adopt adoption",
        "Plan of Action, Plan of, Planning, Plan s, Plans, Planof Action, Plan ofAction",
        "decides  to\n establish; decides to; decided\tto defer decides decide crear",
        "постановляет ПОСТАНОВИЛ Пакт пакта ПАКТ приняла ПРИНЯТА \u212Aelvin kelvin kelvins STATE "
        "ſtate",
    };
    for (size_t i = 0; i < G_N_ELEMENTS(samples); i++)
        add_text(samples[i]);
    written_list("prefixes", prefixes, G_N_ELEMENTS(prefixes));
    written_list("names differing in case", cases, G_N_ELEMENTS(cases));
    written_list("optional spaces", spaces, G_N_ELEMENTS(spaces));
    written_list("white-space runs", runs, G_N_ELEMENTS(runs));
    written_list("two-byte characters, caseless partners", bytes, G_N_ELEMENTS(bytes));
    written_list("siblings differing in case", siblings, G_N_ELEMENTS(siblings));
    size_t written = places;
    CHECKF(matched > 50, "the written lists match somewhere (%zu)", matched);

    /* Every shipped list, over real texts. */
    g_ptr_array_set_size(texts, 0);
    add_dir("tests/fixtures", 1000);
    add_dir("corpus/seed", 1000);
    add_dir("corpus/unsc-en", 100);
    CHECKF(texts->len > 200, "texts read (%u)", texts->len);
    cg_error err;
    cg_refdata *ref = cg_refdata_load("corpus/data", &err);
    CHECKF(ref != NULL, "reference data loads: %s", err.msg);
    static const char *const langs[] = {"ar", "zh", "en", "fr", "ru", "es"};
    static const char *const tables[] = {"body",       "month",   "verb",   "modifier",
                                         "instrument", "generic", "ordinal"};
    for (size_t l = 0; l < G_N_ELEMENTS(langs); l++)
        for (size_t t = 0; t < G_N_ELEMENTS(tables); t++) {
            char *trie = cg_ref_alternation(ref, tables[t], langs[l]);
            char *flat = cg_ref_alternation_flat(ref, tables[t], langs[l]);
            CHECKF((trie == NULL) == (flat == NULL), "%s %s: both or neither", tables[t], langs[l]);
            if (trie) {
                char *what = g_strdup_printf("%s (%s)", tables[t], langs[l]);
                compare(what, trie, flat, 0);
                g_free(what);
            }
            g_free(trie);
            g_free(flat);
        }
    cg_docwords *w = cg_docwords_load("corpus/data", ref, &err);
    CHECKF(w != NULL, "doc words load: %s", err.msg);
    gchar *tsv;
    CHECKF(g_file_get_contents("corpus/data/doc-words.tsv", &tsv, NULL, NULL), "doc-words.tsv");
    GHashTable *keys = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    gchar **lines = g_strsplit(tsv, "\n", -1);
    for (gchar **line = lines; *line; line++) {
        gchar **f = g_strsplit(*line, "\t", 3);
        if (f[0] && f[1] && f[2] && **line != '#' && !g_hash_table_contains(keys, f[1])) {
            g_hash_table_add(keys, g_strdup(f[1]));
            char *tmpl = g_strdup_printf("@{%s}", f[1]);
            char *trie = cg_docwords_expand(w, tmpl), *flat = cg_docwords_expand_flat(w, tmpl);
            compare(tmpl, trie, flat, 0);
            g_free(trie);
            g_free(flat);
            g_free(tmpl);
        }
        g_strfreev(f);
    }
    printf("ok: %zu lists, %zu places compared (%zu in the written lists), %zu matches\n", lists,
           places, written, matched);
    CHECKF(matched > 10000, "shipped lists match in the texts (%zu)", matched);

    g_strfreev(lines);
    g_free(tsv);
    g_hash_table_destroy(keys);
    cg_docwords_free(w);
    cg_refdata_free(ref);
    g_ptr_array_free(texts, TRUE);
    pcre2_match_data_free(md);
    return 0;
}
