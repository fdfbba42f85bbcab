/*
 * test_rule_search.c - cg_rule_search() finds what a plain pcre2_match()
 * finds (issue 17's windowed search).
 *
 * A rule with "need LITS BEFORE" is searched only from BEFORE bytes ahead
 * of each literal. That is right only while every match of the rule holds
 * a literal no further than BEFORE bytes from its start. Checked here:
 *   - on real texts (corpus/unsc-en, the seed, every fixture text), for
 *     every shipped rule that has a BEFORE, every match from every start
 *     the engine would use is the plain search's, and some are found;
 *   - on the longest leads the shipped bounds were set for (the longest
 *     body name with seven OWNQ words, en fr es), built here;
 *   - that the comparison can fail: a catalogue written here whose BEFORE
 *     is too small for its text finds a later match than the plain search;
 *   - cg_compiled_may_start(): on the same texts, at every line and word
 *     start, an anchored line pattern or list atom it rules out does not
 *     match there, for all six languages, and it rules some out.
 * Run from the repository root.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <glib.h>
#include <glib/gstdio.h>
#include <pcre2.h>
#include <stdio.h>
#include <string.h>

#include "extract/catalogue.h"
#include "extract/refdata.h"
#include "check.h"

/* cond, with what was checked when it fails */
#define CHECK_COND(what, cond) CHECKF((cond), "%s", (what))

static pcre2_match_data *md;
static pcre2_match_context *mctx;
static size_t compared, found, ruled_out;
static int quiet; /* the failure expected by too_small_a_bound() */

/* Every match of r in text, from 0 on as the engine goes (after a match's
 * end, or one character on after an empty one), both ways; 0 when equal. */
static int same_matches(const cg_rule *r, const char *what, const char *text, size_t len)
{
    cg_rule_cursor cur;
    memset(&cur, 0, sizeof cur);
    size_t from = 0;
    while (from <= len) {
        int a =
            pcre2_match(r->match.code, (PCRE2_SPTR)text, len, from, PCRE2_NO_UTF_CHECK, md, mctx);
        size_t as = a >= 0 ? pcre2_get_ovector_pointer(md)[0] : 0;
        size_t ae = a >= 0 ? pcre2_get_ovector_pointer(md)[1] : 0;
        int b = cg_rule_search(r, &cur, text, len, from, md, mctx);
        size_t bs = b >= 0 ? pcre2_get_ovector_pointer(md)[0] : 0;
        size_t be = b >= 0 ? pcre2_get_ovector_pointer(md)[1] : 0;
        compared++;
        if ((a >= 0) != (b >= 0) || as != bs || ae != be) {
            if (!quiet)
                fprintf(stderr,
                        "FAIL %s, rule %s from %zu: plain %d [%zu,%zu), windowed %d [%zu,%zu)\n",
                        what, r->name, from, a, as, ae, b, bs, be);
            return 1;
        }
        if (a < 0)
            break;
        found++;
        from = ae > as ? ae : as + 1;
        while (from < len && ((unsigned char)text[from] & 0xC0) == 0x80)
            from++;
    }
    return 0;
}

static int each_windowed_rule(const cg_catalogue *cat, const char *lang, const char *what,
                              const char *text, size_t len)
{
    const cg_lang_catalogue *lc = cg_catalogue_lang(cat, lang);
    if (!lc)
        return 0;
    for (size_t i = 0; i < lc->nrules; i++)
        if (lc->rules[i].before >= 0 && same_matches(&lc->rules[i], what, text, len))
            return 1;
    return 0;
}

/* An anchored pattern that may_start rules out at pos does not match. */
static int start_test_holds(const cg_compiled *c, const char *what, const char *text, size_t len,
                            size_t pos)
{
    if (!c->code || !c->anchored || cg_compiled_may_start(c, text, len, pos))
        return 0;
    ruled_out++;
    if (pcre2_match(c->code, (PCRE2_SPTR)text, len, pos, PCRE2_NO_UTF_CHECK, md, mctx) >= 0) {
        fprintf(stderr, "FAIL %s at %zu: ruled out, yet it matches\n", what, pos);
        return 1;
    }
    return 0;
}

static int start_tests(const cg_catalogue *cat, const char *what, const char *text, size_t len)
{
    for (size_t l = 0; l < cat->nlangs; l++) {
        const cg_lang_catalogue *lc = cg_catalogue_lang(cat, cat->langs[l].lang);
        for (size_t pos = 0; pos < len; pos++) {
            int line = pos == 0 || text[pos - 1] == '\n';
            if (!line && text[pos - 1] != ' ')
                continue;
            for (int k = 0; line && k < CG_ST_COUNT; k++)
                if (start_test_holds(&lc->st[k], what, text, len, pos))
                    return 1;
            for (int k = 0; k < CG_A_COUNT; k++)
                if (start_test_holds(&lc->atom[k], what, text, len, pos))
                    return 1;
        }
    }
    return 0;
}

/* Every .txt file under dir, valid UTF-8 only (the engine's texts are). */
static int each_file(const cg_catalogue *cat, const char *dir, size_t *nfiles)
{
    GDir *d = g_dir_open(dir, 0, NULL);
    if (!d)
        return 0;
    const char *name;
    int bad = 0;
    while (!bad && (name = g_dir_read_name(d))) {
        char *path = g_build_filename(dir, name, NULL);
        if (g_file_test(path, G_FILE_TEST_IS_DIR))
            bad = each_file(cat, path, nfiles);
        else if (g_str_has_suffix(name, ".txt")) {
            gchar *text;
            gsize len;
            if (!g_file_get_contents(path, &text, &len, NULL))
                text = NULL;
            else if (g_utf8_validate(text, len, NULL)) {
                static const char *const langs[] = {"ar", "zh", "en", "fr", "ru", "es"};
                for (size_t k = 0; k < 6 && !bad; k++)
                    bad = each_windowed_rule(cat, langs[k], path, text, len);
                if (!bad)
                    bad = start_tests(cat, path, text, len);
                ++*nfiles;
            }
            g_free(text);
        }
        g_free(path);
    }
    g_dir_close(d);
    return bad;
}

/* The longest lead a bound was set for: the longest body name, the
 * longest link, seven of the longest OWNQ words, then the trigger. */
static int longest_leads(const cg_catalogue *cat)
{
    static const struct {
        const char *lang, *text;
    } leads[] = {
        {"en", "Recalling the Sub-Commission on Prevention of Discrimination and Protection "
               "of Minorities, through their above-mentioned above-mentioned above-mentioned "
               "above-mentioned above-mentioned above-mentioned above-mentioned resolution "
               "1985/3,"                                                                                  },
        {"fr", "Rappelant la Sous-Commission de la lutte contre les mesures discriminatoires "
               "et de la protection des minorités, dans leurs précédentes précédentes "
               "précédentes précédentes précédentes précédentes précédentes résolution 1985/3,"},
        {"es", "Recordando la Subcomisión de Prevención de Discriminaciones y Protección a las "
               "Minorías, mediante sus pertinentes pertinentes pertinentes pertinentes "
               "pertinentes pertinentes pertinentes resolución 1985/3,"                                  },
    };
    for (size_t k = 0; k < sizeof leads / sizeof *leads; k++) {
        size_t before = found;
        if (each_windowed_rule(cat, leads[k].lang, "longest lead", leads[k].text,
                               strlen(leads[k].text)))
            return 1;
        CHECK_COND("the longest lead is found", found > before);
    }
    return 0;
}

/* A catalogue whose BEFORE is too small for its text: the windowed search
 * must start later than the plain one, or the comparison above could
 * never fail. */
static int too_small_a_bound(const cg_refdata *ref)
{
    char *dir = g_dir_make_tmp("cg-rule-search-XXXXXX", NULL);
    CHECK_COND("temporary folder", dir != NULL);
    char *common = g_build_filename(dir, "common.pat", NULL);
    char *en = g_build_filename(dir, "en.pat", NULL);
    CHECK_COND("write common.pat", g_file_set_contents(common, "", 0, NULL));
    CHECK_COND("write en.pat", g_file_set_contents(en,
                                                   "rule\tlong\tsymbol\tx+(?<sym>abc)\n"
                                                   "need\tlong\tabc\t2\n",
                                                   -1, NULL));
    cg_error err;
    cg_catalogue *cat = cg_catalogue_load(dir, ref, &err);
    CHECK_COND("custom catalogue loads", cat != NULL);
    const cg_lang_catalogue *lc = cg_catalogue_lang(cat, "en");
    const char *text = "..xxxxxabc";
    cg_rule_cursor cur;
    memset(&cur, 0, sizeof cur);
    int rc = cg_rule_search(&lc->rules[0], &cur, text, strlen(text), 0, md, mctx);
    CHECK_COND("a match within the bound is found", rc > 0);
    CHECK_INT("BEFORE 2 starts the match 2 bytes ahead of the literal",
              pcre2_get_ovector_pointer(md)[0], 5);
    quiet = 1;
    int differs = same_matches(&lc->rules[0], "too small", text, strlen(text));
    quiet = 0;
    CHECK_COND("so the comparison fails", differs != 0);
    cg_catalogue_free(cat);
    g_remove(common);
    g_remove(en);
    g_rmdir(dir);
    g_free(common);
    g_free(en);
    g_free(dir);
    return 0;
}

int main(void)
{
    cg_error err;
    cg_refdata *ref = cg_refdata_load("corpus/data", &err);
    CHECK_COND("reference data loads", ref != NULL);
    cg_catalogue *cat = cg_catalogue_load("corpus/patterns", ref, &err);
    CHECK_COND("shipped catalogue loads", cat != NULL);
    md = pcre2_match_data_create(64, NULL);
    mctx = pcre2_match_context_create(NULL);

    size_t nfiles = 0;
    static const char *const dirs[] = {"corpus/unsc-en", "corpus/seed", "tests/fixtures"};
    for (size_t k = 0; k < sizeof dirs / sizeof *dirs; k++)
        CHECK_COND("windowed search = plain search on real texts",
                   each_file(cat, dirs[k], &nfiles) == 0);
    CHECK_COND("texts read", nfiles > 900);
    CHECK_COND("matches found and compared", found > 1000);
    CHECK_COND("the start test rules out some starts", ruled_out > 100000);
    printf("ok: %zu texts, %zu searches compared, %zu matches; %zu anchored starts ruled out "
           "and checked\n",
           nfiles, compared, found, ruled_out);

    CHECK_COND("longest leads", longest_leads(cat) == 0);
    too_small_a_bound(ref);
    printf("ok: longest leads, and a too small bound is caught\n");

    pcre2_match_data_free(md);
    pcre2_match_context_free(mctx);
    cg_catalogue_free(cat);
    cg_refdata_free(ref);
    return 0;
}
