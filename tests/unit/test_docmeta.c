/*
 * test_docmeta.c - a document's identity read from real texts: the Chinese
 * seed resolution A/HRC/RES/23/12, English fixtures in UN layout, and all 902
 * Security Council texts of corpus/unsc-en/ (symbol from the heading must
 * equal the one the file name implies), the same resolution in French,
 * Spanish, Russian and Arabic (tests/fixtures/docs/A_HRC_RES_23_12.<lang>.txt)
 * and adoption without a vote in each language (the parity fixtures). Also
 * zhnum and language detection (on all 30 parity fixtures).
 * Run from the repository root.
 */
#include <dirent.h>
#include <errno.h>
#include <unistd.h>

#include "extract/digits.h"
#include "extract/docmeta.h"
#include "extract/identity.h"
#include "extract/zhnum.h"
#include "check.h"

#define STATES_REAL "corpus/data/states.tsv"
#define STATES_MINI "tests/fixtures/states-mini.tsv"

static cg_docwords *words; /* corpus/data vocabulary, for every parse */
static cg_refdata *ref;    /* corpus/data reference tables (bodies.tsv) */

static cg_states *load_states(const char *path)
{
    cg_error e = {0};
    cg_states *s = cg_states_load(path, &e);
    if (!s) {
        printf("FAIL loading %s: %s\n", path, e.msg);
        exit(1);
    }
    printf("ok   states table %s\n", path);
    return s;
}

static void parse_file(const char *path, const char *hint, const cg_states *st, cg_docmeta *m,
                       char **text)
{
    size_t len;
    cg_error e = {0};
    *text = slurp(path, &len);
    const char *base = strrchr(path, '/');
    int rc = cg_docmeta_parse(*text, len, base ? base + 1 : path, hint, st, words, ref, m, &e);
    if (rc) {
        printf("FAIL parse %s: %d %s\n", path, rc, e.msg);
        exit(1);
    }
    printf("--   %s\n", path);
}

/* The n-th skip range as a string (static buffer). */
static const char *skip_text(const cg_docmeta *m, const char *text, size_t i)
{
    static char buf[256];
    if (i >= m->n_skip)
        return NULL;
    size_t n = m->skip[i][1] - m->skip[i][0];
    if (n >= sizeof buf)
        n = sizeof buf - 1;
    memcpy(buf, text + m->skip[i][0], n);
    buf[n] = '\0';
    return buf;
}

static const char *YES_47 =
    "AGO ARG BEN BWA BRA BFA CHL COG CRI CIV ECU ETH GAB GTM IND IDN KAZ KEN "
    "KWT LBY MYS MDV MRT PAK PER PHL QAT SLE THA UGA ARE VEN";
static const char *NO_47 = "AUT CZE EST DEU IRL ITA JPN MNE POL KOR MDA ROU ESP CHE USA";

static void check_hrc_23_12(const cg_docmeta *m, cg_id_source src)
{
    char buf[512];
    CHECK_STR("symbol", m->symbol, "A/HRC/RES/23/12");
    CHECK_STR("symbol source", cg_id_source_name(m->symbol_source), cg_id_source_name(src));
    CHECK_STR("body", m->body, "HRC");
    CHECK_STR("session", m->session, "23");
    CHECK_STR("agenda item", m->agenda_item, "3");
    CHECK_STR("date", m->date, "2013-06-13");
    CHECK_INT("meeting", m->meeting, 38);
    CHECK_INT("vote.recorded", m->vote.recorded, 1);
    CHECK_INT("vote.without_vote", m->vote.without_vote, 0);
    CHECK_INT("vote.yes", m->vote.yes, 32);
    CHECK_INT("vote.no", m->vote.no, 15);
    CHECK_INT("vote.abstain", m->vote.abstain, 0);
    CHECK_INT("n_yes", m->vote.n_yes, 32);
    CHECK_INT("n_no", m->vote.n_no, 15);
    CHECK_INT("n_abstain", m->vote.n_abstain, 0);
    CHECK_INT("n_unknown", m->vote.n_unknown, 0);
    CHECK_INT("mismatch", m->vote.mismatch, 0);
    CHECK_STR("yes codes", join_codes(m->vote.yes_iso, m->vote.n_yes, buf, sizeof buf), YES_47);
    CHECK_STR("no codes", join_codes(m->vote.no_iso, m->vote.n_no, buf, sizeof buf), NO_47);
}

static void test_seed(const cg_states *st)
{
    cg_docmeta m;
    char *text;
    parse_file("corpus/seed/A_HRC_RES_23_12.zh.txt", NULL, st, &m, &text);
    check_hrc_23_12(&m, CG_ID_TITLE);
    CHECK_STR("lang", m.lang, "zh");
    CHECK_STR("title", m.title, "人权与国际团结");
    CHECK_INT("n_skip", m.n_skip, 1);
    CHECK_STR("skip[0] (numbered title line)", skip_text(&m, text, 0), "23/12.");
    cg_docmeta_clear(&m);
    free(text);

    /* Without a file name the language comes from the script. */
    size_t len;
    text = slurp("corpus/seed/A_HRC_RES_23_12.zh.txt", &len);
    CHECK_INT("parse without file name",
              cg_docmeta_parse(text, len, NULL, NULL, st, words, ref, &m, NULL), 0);
    CHECK_STR("detected lang", m.lang, "zh");
    CHECK_STR("symbol without file name", m.symbol, "A/HRC/RES/23/12");
    cg_docmeta_clear(&m);
    free(text);
}

static void test_english_fixtures(const cg_states *st)
{
    cg_docmeta m;
    char *text;
    parse_file("tests/fixtures/docs/A_HRC_RES_23_12.en.txt", NULL, st, &m, &text);
    check_hrc_23_12(&m, CG_ID_HEADER);
    CHECK_STR("lang", m.lang, "en");
    CHECK_STR("title", m.title, "Human rights and international solidarity");
    CHECK_INT("n_skip", m.n_skip, 5);
    CHECK_STR("skip[0] masthead", skip_text(&m, text, 0), "United Nations A/HRC/RES/23/12");
    CHECK_STR("skip[1] job number", skip_text(&m, text, 1), "GE.13-15112 (E)");
    CHECK_STR("skip[2] bar code", skip_text(&m, text, 2), "*1315112*");
    CHECK_STR("skip[3] numbered title", skip_text(&m, text, 3),
              "23/12. Human rights and international solidarity");
    CHECK_STR("skip[4] running header", skip_text(&m, text, 4), "A/HRC/RES/23/12");
    cg_docmeta_clear(&m);
    free(text);

    parse_file("tests/fixtures/docs/A_HRC_RES_23_3.en.txt", "en", st, &m, &text);
    CHECK_STR("symbol", m.symbol, "A/HRC/RES/23/3");
    CHECK_STR("symbol source", cg_id_source_name(m.symbol_source), "header");
    CHECK_STR("title over two lines", m.title,
              "Enhancement of international cooperation in the field of human rights");
    CHECK_STR("date", m.date, "2013-06-13");
    CHECK_INT("meeting", m.meeting, 37);
    CHECK_INT("without_vote", m.vote.without_vote, 1);
    CHECK_INT("recorded", m.vote.recorded, 0);
    CHECK_INT("yes (not stated)", m.vote.yes, -1);
    CHECK_INT("n_skip", m.n_skip, 5);
    cg_docmeta_clear(&m);
    free(text);
}

static void test_sc_samples(const cg_states *mini)
{
    cg_docmeta m;
    char *text;
    char buf[128];

    parse_file("corpus/unsc-en/S_RES_0837_1993_EN_GOLD.txt", NULL, mini, &m, &text);
    CHECK_STR("837 symbol", m.symbol, "S/RES/837(1993)");
    CHECK_STR("837 body", m.body, "SC");
    CHECK_STR("837 lang", m.lang, "en");
    CHECK_STR("837 date", m.date, "1993-06-06");
    CHECK_INT("837 meeting", m.meeting, 3229);
    CHECK_STR("837 skip heading", skip_text(&m, text, 0), "RESOLUTION 837 (1993)");
    cg_docmeta_clear(&m);
    free(text);

    parse_file("corpus/unsc-en/S_RES_0038_1948_EN_GOLD.txt", NULL, mini, &m, &text);
    CHECK_STR("38 symbol", m.symbol, "S/RES/38(1948)");
    CHECK_STR("38 date", m.date, "1948-01-17");
    CHECK_INT("38 n_skip", m.n_skip, 2);
    CHECK_STR("38 skip heading", skip_text(&m, text, 0),
              "38 (1948). Resolution of 17 January 1948");
    CHECK_STR("38 skip own draft symbol", skip_text(&m, text, 1), "(S/651]");
    cg_docmeta_clear(&m);
    free(text);

    parse_file("corpus/unsc-en/S_RES_0607_1988_EN_GOLD.txt", NULL, mini, &m, &text);
    CHECK_STR("607 symbol", m.symbol, "S/RES/607(1988)");
    CHECK_STR("607 date (\"of 5 January 1988\")", m.date, "1988-01-05");
    cg_docmeta_clear(&m);
    free(text);

    /* "adopted by the Council on 19 December 1946" in its text is another
     * resolution's adoption: the heading's date is this one's. */
    parse_file("corpus/unsc-en/S_RES_0017_1947_EN_GOLD.txt", NULL, mini, &m, &text);
    CHECK_STR("17 date (heading, not a sentence's adoption)", m.date, "1947-02-10");
    CHECK_STR("17 date source", cg_date_source_name(m.date_source), "heading");
    CHECK_STR("17 session (an SC text has none)", m.session, NULL);
    cg_docmeta_clear(&m);
    free(text);

    parse_file("corpus/unsc-en/S_RES_0290_1970_EN_GOLD.txt", NULL, mini, &m, &text);
    CHECK_STR("290 symbol (heading without year)", m.symbol, "S/RES/290(1970)");
    cg_docmeta_clear(&m);
    free(text);

    parse_file("corpus/unsc-en/S_RES_0434_1978_EN_GOLD.txt", NULL, mini, &m, &text);
    CHECK_STR("434 symbol (OCR '(1973)', date of 1978)", m.symbol, "S/RES/434(1978)");
    cg_docmeta_clear(&m);
    free(text);

    parse_file("corpus/unsc-en/S_RES_1454_2002_EN_GOLD.txt", NULL, mini, &m, &text);
    CHECK_STR("1454 symbol", m.symbol, "S/RES/1454(2002)");
    CHECK_STR("1454 source", cg_id_source_name(m.symbol_source), "header");
    CHECK_STR("1454 date", m.date, "2002-12-30");
    CHECK_INT("1454 meeting", m.meeting, 4683);
    CHECK_STR("1454 skip masthead", skip_text(&m, text, 0), "United Nations S/RES/1454 (2002)");
    CHECK_STR("1454 skip job number", skip_text(&m, text, 2), "02-75941 (E)");
    size_t headers = 0;
    for (size_t i = 0; i < m.n_skip; i++)
        headers += strcmp(skip_text(&m, text, i), "S/RES/1454 (2002)") == 0;
    CHECK_INT("1454 running headers skipped", headers, 15);
    cg_docmeta_clear(&m);
    free(text);

    parse_file("corpus/unsc-en/S_RES_0462_1980_EN_GOLD.txt", NULL, mini, &m, &text);
    CHECK_STR("462 symbol (no 'Security Council' but S/Agenda)", m.symbol, "S/RES/462(1980)");
    CHECK_INT("462 meeting (resumed)", m.meeting, 2190);
    CHECK_INT("462 yes", m.vote.yes, 12);
    CHECK_INT("462 no", m.vote.no, 2);
    CHECK_INT("462 abstain", m.vote.abstain, 1);
    CHECK_STR("462 no codes (OCR '.' between names)",
              join_codes(m.vote.no_iso, m.vote.n_no, buf, sizeof buf), "DDR SUN");
    CHECK_STR("462 abstain codes",
              join_codes(m.vote.abstain_iso, m.vote.n_abstain, buf, sizeof buf), "ZMB");
    CHECK_INT("462 mismatch", m.vote.mismatch, 0);
    cg_docmeta_clear(&m);
    free(text);
}

/* Files whose text is another resolution's (corpus errors, see README). */
static const char *const OTHER_TEXT[][2] = {
    {"S_RES_0542_1983_EN_GOLD.txt", "S/RES/538(1983)"},
    {"S_RES_0778_1992_EN_GOLD.txt", "S/RES/773(1992)"},
};

static void test_unsc_all(void)
{
    DIR *d = opendir("corpus/unsc-en");
    if (!d) {
        printf("FAIL cannot open corpus/unsc-en: %s\n", strerror(errno));
        exit(1);
    }
    struct dirent *de;
    size_t files = 0, from_header = 0;
    while ((de = readdir(d))) {
        if (strncmp(de->d_name, "S_RES_", 6) != 0)
            continue;
        char path[512], *want;
        const char *lang;
        snprintf(path, sizeof path, "corpus/unsc-en/%s", de->d_name);
        cg_identity_from_filename(de->d_name, &want, &lang);
        if (!want) {
            printf("FAIL file name %s implies no symbol\n", de->d_name);
            exit(1);
        }
        for (size_t i = 0; i < sizeof OTHER_TEXT / sizeof *OTHER_TEXT; i++)
            if (strcmp(de->d_name, OTHER_TEXT[i][0]) == 0) {
                free(want);
                want = strdup(OTHER_TEXT[i][1]);
            }
        size_t len;
        char *text = slurp(path, &len);
        cg_docmeta m;
        cg_error e = {0};
        /* No file name: the symbol must come from the text itself. */
        if (cg_docmeta_parse(text, len, NULL, NULL, NULL, words, ref, &m, &e)) {
            printf("FAIL parse %s: %s\n", path, e.msg);
            exit(1);
        }
        if (!m.symbol || strcmp(m.symbol, want) != 0 || m.symbol_source != CG_ID_HEADER) {
            printf("FAIL %s: expected %s from the header, got %s (%s)\n", de->d_name, want,
                   m.symbol ? m.symbol : "(null)", cg_id_source_name(m.symbol_source));
            exit(1);
        }
        if (!m.body || strcmp(m.body, "SC") != 0) {
            printf("FAIL %s: body expected SC, got %s\n", de->d_name, m.body ? m.body : "(null)");
            exit(1);
        }
        from_header++;
        files++;
        cg_docmeta_clear(&m);
        free(text);
        free(want);
    }
    closedir(d);
    CHECK_INT("unsc-en files read", files, 902);
    CHECK_INT("unsc-en symbols from the header, as the name implies", from_header, 902);
}

/* A numbered title is a symbol only as bodies.tsv numbers: the HRC had no
 * 70th session, the Assembly's 25th numbered its resolutions N (XXV). */
static void test_numbered_title_bodies(void)
{
    static const char *const texts[][2] = {
        {"United Nations\n\n70/3. Human rights\n\nThe Human Rights Council,\n\n"
         "1. Decides to remain seized of the matter.\n", NULL             },
        {"United Nations\n\n23/12. Human rights\n\nThe Human Rights Council,\n\n"
         "1. Decides to remain seized of the matter.\n", "A/HRC/RES/23/12"},
        {"General Assembly\n\n25/3. A question\n\nThe General Assembly,\n\n"
         "1. Decides to remain seized of the matter.\n", NULL             },
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        cg_docmeta m;
        CHECK_INT("parse",
                  cg_docmeta_parse(texts[i][0], strlen(texts[i][0]), NULL, "en", NULL, words, ref,
                                   &m, NULL),
                  0);
        CHECK_STR("numbered title's symbol", m.symbol, texts[i][1]);
        cg_docmeta_clear(&m);
    }
}

static void test_filename(void)
{
    char *sym;
    const char *lang;
    cg_identity_from_filename("S_RES_1454_2002_EN_GOLD.txt", &sym, &lang);
    CHECK_STR("S_RES_1454_2002_EN_GOLD.txt", sym, "S/RES/1454(2002)");
    CHECK_STR("its lang", lang, "en");
    free(sym);
    cg_identity_from_filename("dir/S_RES_0038_1948_EN_GOLD.txt", &sym, &lang);
    CHECK_STR("S_RES_0038_1948_EN_GOLD.txt", sym, "S/RES/38(1948)");
    free(sym);
    cg_identity_from_filename("A_HRC_RES_23_12.zh.txt", &sym, &lang);
    CHECK_STR("A_HRC_RES_23_12.zh.txt", sym, "A/HRC/RES/23/12");
    CHECK_STR("its lang", lang, "zh");
    free(sym);
    cg_identity_from_filename("notes.txt", &sym, &lang);
    CHECK_STR("notes.txt", sym, NULL);
    /* The names people have: dots inside the symbol, the year in
     * parentheses, a language suffix that is no part of the symbol. */
    static const char *const names[][3] = {
        {"E_CN.4_RES_2005_55.txt",      "E/CN.4/RES/2005/55",      NULL},
        {"S_RES_1518(2003).txt",        "S/RES/1518(2003)",        NULL},
        {"A_HRC_RES_35_3-EN.pdf",       "A/HRC/RES/35/3",          "en"},
        {"A_HRC_RES_35_3_E.pdf",        "A/HRC/RES/35/3",          "en"},
        {"A_HRC_RES_35_3-F.pdf",        "A/HRC/RES/35/3",          "fr"},
        {"A_HRC_RES_35_3.en.txt",       "A/HRC/RES/35/3",          "en"},
        {"A_HRC_RES_35_3_ru.txt",       "A/HRC/RES/35/3",          "ru"},
        {"E_CN.4_SUB.2_RES_1999_9.txt", "E/CN.4/SUB.2/RES/1999/9", NULL},
        {"A_HRC_51_L.40.txt",           "A/HRC/51/L.40",           NULL},
        {"A_RES_2758(XXVI).txt",        "A/RES/2758(XXVI)",        NULL},
        {"doc1.txt",                    NULL,                      NULL},
        {"report_2019.pdf",             NULL,                      NULL},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        cg_identity_from_filename(names[i][0], &sym, &lang);
        CHECK_STR(names[i][0], sym, names[i][1]);
        CHECK_STR("its lang", lang, names[i][2]);
        free(sym);
    }

    /* Empty text: the file name is the last resort. */
    cg_docmeta m;
    CHECK_INT(
        "parse empty",
        cg_docmeta_parse("", 0, "S_RES_0038_1948_EN_GOLD.txt", NULL, NULL, words, ref, &m, NULL),
        0);
    CHECK_STR("symbol from file name", m.symbol, "S/RES/38(1948)");
    CHECK_STR("source", cg_id_source_name(m.symbol_source), "filename");
    CHECK_STR("lang from file name", m.lang, "en");
    CHECK_INT("meeting unknown", m.meeting, 0);
    CHECK_INT("vote counts unknown", m.vote.yes, -1);
    cg_docmeta_clear(&m);
    CHECK_STR("cg_id_source_name(CG_ID_MANIFEST)", cg_id_source_name(CG_ID_MANIFEST), "manifest");
}

/* The codes of a list sorted, space-separated (static buffer): each language
 * prints its lists in its own alphabetical order. */
static const char *sorted_codes(char **v, size_t n)
{
    static char buf[512];
    char *c[64];
    for (size_t i = 0; i < n && i < 64; i++)
        c[i] = v[i];
    for (size_t i = 1; i < n && i < 64; i++)
        for (size_t j = i; j > 0 && strcmp(c[j - 1], c[j]) > 0; j--) {
            char *t = c[j];
            c[j] = c[j - 1];
            c[j - 1] = t;
        }
    return join_codes(c, n < 64 ? n : 64, buf, sizeof buf);
}

static const char *YES_47_SORTED =
    "AGO ARE ARG BEN BFA BRA BWA CHL CIV COG CRI ECU ETH GAB GTM IDN IND KAZ "
    "KEN KWT LBY MDV MRT MYS PAK PER PHL QAT SLE THA UGA VEN";
static const char *NO_47_SORTED = "AUT CHE CZE DEU ESP EST IRL ITA JPN KOR MDA MNE POL ROU USA";

static void test_languages(const cg_states *st)
{
    static const char *const langs[] = {"fr", "es", "ru", "ar"};
    static const char *const titles[] = {"Droits de l'homme et solidarité internationale",
                                         "Los derechos humanos y la solidaridad internacional",
                                         "Права человека и международная солидарность",
                                         "حقوق الإنسان والتضامن الدولي"};
    for (size_t i = 0; i < 4; i++) {
        char path[128], what[64];
        cg_docmeta m;
        char *text;
        snprintf(path, sizeof path, "tests/fixtures/docs/A_HRC_RES_23_12.%s.txt", langs[i]);
        parse_file(path, NULL, st, &m, &text);
        CHECK_STR("symbol", m.symbol, "A/HRC/RES/23/12");
        CHECK_STR("symbol source (masthead)", cg_id_source_name(m.symbol_source), "header");
        CHECK_STR("lang", m.lang, langs[i]);
        CHECK_STR("body", m.body, "HRC");
        CHECK_STR("session", m.session, "23");
        CHECK_STR("agenda item", m.agenda_item, "3");
        CHECK_STR("date", m.date, "2013-06-13");
        CHECK_INT("meeting", m.meeting, 38);
        CHECK_STR("title", m.title, titles[i]);
        CHECK_INT("vote.recorded", m.vote.recorded, 1);
        CHECK_INT("vote.yes", m.vote.yes, 32);
        CHECK_INT("vote.no", m.vote.no, 15);
        CHECK_INT("vote.abstain", m.vote.abstain, 0);
        CHECK_INT("n_unknown", m.vote.n_unknown, 0);
        CHECK_INT("mismatch", m.vote.mismatch, 0);
        CHECK_INT("n_abstain", m.vote.n_abstain, 0);
        CHECK_STR("yes codes (32)", sorted_codes(m.vote.yes_iso, m.vote.n_yes), YES_47_SORTED);
        CHECK_STR("no codes (15)", sorted_codes(m.vote.no_iso, m.vote.n_no), NO_47_SORTED);
        /* The masthead symbol is never a citation: on its own line in ru
         * and ar, under the organisation's name. */
        int masthead_skipped = 0;
        for (size_t k = 0; k < m.n_skip; k++)
            masthead_skipped |= strcmp(skip_text(&m, text, k), "A/HRC/RES/23/12") == 0 ||
                                strstr(skip_text(&m, text, k), " A/HRC/RES/23/12") != NULL;
        snprintf(what, sizeof what, "%s masthead symbol skipped", langs[i]);
        CHECK(what, masthead_skipped);
        cg_docmeta_clear(&m);
        free(text);

        /* Adoption without a vote, meeting first (A/HRC/RES/23/3). */
        snprintf(path, sizeof path, "tests/fixtures/parity/ga-after.%s.txt", langs[i]);
        parse_file(path, NULL, st, &m, &text);
        CHECK_STR("symbol", m.symbol, "A/HRC/RES/23/3");
        CHECK_STR("lang (detected)", m.lang, langs[i]);
        CHECK_STR("session", m.session, "23");
        CHECK_STR("date", m.date, "2013-06-13");
        CHECK_INT("meeting", m.meeting, 37);
        CHECK_INT("without_vote", m.vote.without_vote, 1);
        CHECK_INT("recorded", m.vote.recorded, 0);
        cg_docmeta_clear(&m);
        free(text);
    }

    /* Chinese General Assembly layout: meeting before date. */
    cg_docmeta m;
    char *text;
    parse_file("tests/fixtures/parity/charter.zh.txt", NULL, st, &m, &text);
    CHECK_STR("zh GA date (meeting line first)", m.date, "2012-12-20");
    CHECK_INT("zh GA meeting", m.meeting, 60);
    CHECK_STR("zh GA session", m.session, "67");
    cg_docmeta_clear(&m);
    free(text);
}

static void zh(const char *s, long want)
{
    long v = -1;
    int rc = cg_zh_number(s, strlen(s), &v);
    char what[96];
    snprintf(what, sizeof what, "cg_zh_number(%s)", s);
    if (want < 0) {
        CHECK_INT(what, rc, EINVAL);
        return;
    }
    CHECK_INT(what, rc == 0 ? v : -rc, want);
}

static void test_zhnum(void)
{
    zh("一", 1);
    zh("九", 9);
    zh("十", 10);
    zh("十二", 12);
    zh("二十", 20);
    zh("二十三", 23);
    zh("九十九", 99);
    zh("一百", 100);
    zh("一百零五", 105);
    zh("一百一十", 110);
    zh("一千零一十", 1010);
    zh("一千九百四十五", 1945);
    zh("二〇一三", 2013);
    zh("二零一三", 2013);
    zh("３８", 38);
    zh("38", 38);
    zh("", -1);
    zh("十十", -1);
    zh("二三十", -1);
    zh("百", -1);
    zh("二十a", -1);
}

/* Arabic-Indic (2 bytes) and full-width (3 bytes) digits fold to ASCII, and
 * every offset of the folded text maps back to the same place. */
static void test_digits(void)
{
    const char *t = "في ١١ تموز ٢٠١٩ و ３８ x"; /* "في 11 تموز 2019 و 38 x" */
    cg_digit_fold f;
    CHECK_INT("digits: folded", cg_digits_fold(t, strlen(t), &f), 1);
    CHECK_STR("digits: text", f.text, "في 11 تموز 2019 و 38 x");
    CHECK_INT("digits: length", (long)f.len, (long)strlen(t) - 6 - 4);
    /* each ASCII byte of the folded text stands where its character does */
    const char *p11 = strstr(f.text, "11"), *p2019 = strstr(f.text, "2019");
    const char *p38 = strstr(f.text, "38"), *px = strstr(f.text, "x");
    CHECK_INT("digits: 11", (long)cg_digits_orig(&f, (size_t)(p11 - f.text)),
              (long)(strstr(t, "١١") - t));
    CHECK_INT("digits: inside 2019", (long)cg_digits_orig(&f, (size_t)(p2019 + 2 - f.text)),
              (long)(strstr(t, "١٩") - t));
    CHECK_INT("digits: 38", (long)cg_digits_orig(&f, (size_t)(p38 - f.text)),
              (long)(strstr(t, "３") - t));
    CHECK_INT("digits: after", (long)cg_digits_orig(&f, (size_t)(px - f.text)),
              (long)(strchr(t, 'x') - t));
    CHECK_INT("digits: end", (long)cg_digits_orig(&f, f.len), (long)strlen(t));
    cg_digit_fold_clear(&f);
    CHECK_INT("digits: none to fold", cg_digits_fold("2019", 4, &f), 0);
}

static void lang(const char *what, const char *text, const char *want)
{
    CHECK_STR(what, cg_detect_language(text, strlen(text)), want);
}

static void test_langdetect(void)
{
    /* one sentence, its Spanish told by "por", "su", "al" (HRC 51/7's
     * preamble in the Spanish wording) */
    lang("Spanish, one sentence",
         "El Consejo de Derechos Humanos, Reafirmando la Declaración sobre el "
         "Derecho al Desarrollo, aprobada por la Asamblea General en su "
         "resolución 41/128, de 4 de diciembre de 1986",
         "es");
    lang("French, one sentence",
         "Le Conseil des droits de l'homme, Réaffirmant la Déclaration sur le "
         "droit au développement, adoptée par l'Assemblée générale dans sa "
         "résolution 41/128 du 4 décembre 1986",
         "fr");
    lang("English",
         "Reaffirming all previous resolutions on the promotion of human "
         "rights and international solidarity adopted by the Council",
         "en");
    lang("French",
         "Réaffirmant toutes les résolutions antérieures sur la promotion des "
         "droits de l'homme et de la solidarité internationale et le droit au "
         "développement",
         "fr");
    lang("Spanish",
         "Reafirmando todas las resoluciones anteriores sobre la promoción de "
         "los derechos humanos y la solidaridad internacional del Consejo",
         "es");
    lang("Russian",
         "Подтверждая все предыдущие резолюции о поощрении прав человека и "
         "международной солидарности",
         "ru");
    lang("Arabic",
         "إذ يؤكد من جديد جميع القرارات السابقة بشأن تعزيز حقوق الإنسان "
         "والتضامن الدولي",
         "ar");
    lang("Chinese", "重申人权委员会和人权理事会以往所有有关人权与国际团结问题的决议 A/HRC/23/2",
         "zh");
    lang("digits only", "12345 67890 (2002) 02-75941", NULL);

    /* Every parity fixture, whole, in its own language. */
    static const char *const passages[] = {"charter", "council-list", "covenant", "ga-after",
                                           "sc-1325"};
    static const char *const langs[] = {"ar", "zh", "en", "fr", "ru", "es"};
    size_t right = 0;
    for (size_t p = 0; p < 5; p++)
        for (size_t l = 0; l < 6; l++) {
            char path[128];
            size_t len;
            snprintf(path, sizeof path, "tests/fixtures/parity/%s.%s.txt", passages[p], langs[l]);
            char *text = slurp(path, &len);
            CHECK_STR(path, cg_detect_language(text, len), langs[l]);
            right++;
            free(text);
        }
    CHECK_INT("parity fixtures detected", right, 30);
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0); /* keep output order with ASan's */
    int real = access(STATES_REAL, R_OK) == 0;
    cg_states *st = load_states(real ? STATES_REAL : STATES_MINI);
    cg_states *mini = load_states(STATES_MINI);
    cg_error e = {0};
    ref = cg_refdata_load("corpus/data", &e);
    words = ref ? cg_docwords_load("corpus/data", ref, &e) : NULL;
    if (ref) { /* a symbol's body, from bodies.tsv's organ prefixes */
        static const char *const sb[][2] = {
            {"A/HRC/RES/23/12",         "HRC"   },
            {"E/CN.4/Sub.2/RES/1999/9", "SUBCOM"},
            {"E/CN.4/RES/2005/55",      "CHR"   },
            {"A/RES/60/251",            "GA"    },
            {"S/RES/1325(2000)",        "SC"    },
            {"E/RES/2006/1",            "ECOSOC"},
            {"T/RES/2(I)",              "TC"    },
            {"CBD/COP/15/17",           ""      },
        };
        for (size_t i = 0; i < sizeof sb / sizeof sb[0]; i++)
            CHECK_STR(sb[i][0], cg_ref_symbol_body(ref, sb[i][0]), sb[i][1]);
        CHECK_STR("HRC's name", cg_ref_body_name(ref, "HRC", "en"), "Human Rights Council");
        CHECK_STR("ECOSOC's name", cg_ref_body_name(ref, "ECOSOC", "en"),
                  "Economic and Social Council");
        CHECK_STR("no such body", cg_ref_body_name(ref, "XX", "en"), NULL);
    }
    if (!words) {
        printf("FAIL loading corpus/data words: %s\n", e.msg);
        return 1;
    }
    test_seed(st);
    test_english_fixtures(st);
    test_sc_samples(mini);
    test_unsc_all();
    test_languages(st);
    test_filename();
    test_numbered_title_bodies();
    test_zhnum();
    test_digits();
    test_langdetect();
    cg_states_free(st);
    cg_states_free(mini);
    cg_docwords_free(words);
    cg_refdata_free(ref);
    printf("PASS test_docmeta%s\n", real ? "" : " (mini states table)");
    return 0;
}
