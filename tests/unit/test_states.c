/*
 * test_states.c - the state-name table: loading (and refusing bad rows with
 * the file and line), lookups that ignore whitespace inside names, lookups in
 * any language, and the real corpus/data/states.tsv on the 47 states of the
 * seed's recorded vote. Run from the repository root.
 */
#include <errno.h>
#include <glib.h>
#include <unistd.h>

#include "extract/docmeta.h"
#include "check.h"

static char tmpdir[256];

static const char *write_tmp(const char *name, const char *content)
{
    static char path[512];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    FILE *f = fopen(path, "w");
    if (!f || fputs(content, f) < 0 || fclose(f) != 0) {
        printf("FAIL cannot write %s\n", path);
        exit(1);
    }
    return path;
}

static void lookup(const cg_states *s, const char *lang, const char *name, const char *want)
{
    char what[256];
    snprintf(what, sizeof what, "lookup(%s, \"%s\")", lang ? lang : "any", name);
    CHECK_STR(what, cg_states_lookup(s, lang, name, strlen(name)), want);
}

static void expect_error(const char *what, const char *path, int code, const char *in_msg)
{
    cg_error e = {0};
    cg_states *s = cg_states_load(path, &e);
    char name[1024];
    snprintf(name, sizeof name, "%s: load fails", what);
    CHECK(name, s == NULL);
    snprintf(name, sizeof name, "%s: code", what);
    CHECK_INT(name, e.code, code);
    snprintf(name, sizeof name, "%s: message \"%s\" names \"%s\"", what, e.msg, in_msg);
    CHECK(name, strstr(e.msg, in_msg) != NULL);
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0); /* keep output order with ASan's */
    char *d = g_dir_make_tmp("cg-states-XXXXXX", NULL);
    if (!d) {
        printf("FAIL no temporary directory\n");
        return 1;
    }
    snprintf(tmpdir, sizeof tmpdir, "%s", d);
    g_free(d);

    cg_error e = {0};
    cg_states *s = cg_states_load("tests/fixtures/states-mini.tsv", &e);
    CHECK("mini table loads", s != NULL);
    lookup(s, "zh", "黑山", "MNE");
    lookup(s, "zh", "黑\n\n山", "MNE");
    lookup(s, "zh", "美\n\n利坚合众国", "USA");
    lookup(s, "zh", " 委内瑞拉玻利瓦尔共和国 ", "VEN");
    lookup(s, "en", "Venezuela (Bolivarian\nRepublic of)", "VEN");
    lookup(s, "en", "Côte d’Ivoire", "CIV");
    lookup(s, "en", "UNITED STATES OF AMERICA", "USA");
    lookup(s, "fr", "Montenegro", NULL);  /* no French rows in the mini table */
    lookup(s, NULL, "Montenegro", "MNE"); /* any language */
    lookup(s, NULL, "黑山", "MNE");
    lookup(s, "zh", "黑", NULL);
    lookup(s, "zh", "", NULL);
    lookup(s, "zh", "   ", NULL);
    CHECK_STR("lookup with a NULL table", cg_states_lookup(NULL, "zh", "黑山", 6), NULL);
    /* len counts: only the first 3 bytes (黑) */
    CHECK_STR("lookup honours len", cg_states_lookup(s, "zh", "黑山", 3), NULL);
    cg_states_free(s);

    expect_error("missing file", "tests/fixtures/no-such-states.tsv", ENOENT, "no-such-states.tsv");
    expect_error("three columns", write_tmp("three.tsv", "# comment\nAGO\tmember\tAngola\n"),
                 EINVAL, "three.tsv:2");
    expect_error("bad code",
                 write_tmp("code.tsv", "AGO\tmember\ten\tAngola\nago\tmember\ten\tAngola\n"),
                 EINVAL, "code.tsv:2");
    expect_error("one name, two states",
                 write_tmp("dup.tsv", "COG\tmember\ten\tCongo\nCOD\tmember\ten\tCon go\n"), EINVAL,
                 "dup.tsv:2");
    expect_error("no rows", write_tmp("empty.tsv", "# nothing\n\n"), EINVAL, "no state names");
    /* Variant names for one state and CRLF line ends are fine. */
    s = cg_states_load(write_tmp("ok.tsv",
                                 "VEN\tmember\ten\tVenezuela\r\n"
                                 "VEN\tmember\ten\tVenezuela (Bolivarian Republic of)\r\n"),
                       &e);
    CHECK("variants + CRLF load", s != NULL);
    lookup(s, "en", "Venezuela", "VEN");
    lookup(s, "en", "Venezuela (Bolivarian Republic of)", "VEN");
    cg_states_free(s);

    if (access("corpus/data/states.tsv", R_OK) == 0) {
        s = cg_states_load("corpus/data/states.tsv", &e);
        if (!s) {
            printf("FAIL corpus/data/states.tsv: %s\n", e.msg);
            return 1;
        }
        CHECK("corpus/data/states.tsv loads", 1);
        /* The seed's 47 names, as printed (zh) and in English. */
        static const char *const zh[][2] = {
            {"安哥拉",                         "AGO"},
            {"科特迪瓦",                      "CIV"},
            {"阿拉伯联合酋长国",          "ARE"},
            {"委内瑞拉玻利瓦尔共和国", "VEN"},
            {"捷克共和国",                   "CZE"},
            {"黑\n\n山",                        "MNE"},
            {"大韩民国",                      "KOR"},
            {"摩尔多瓦共和国",             "MDA"},
            {"美\n\n利坚合众国",            "USA"},
            {"刚果",                            "COG"}
        };
        for (size_t i = 0; i < sizeof zh / sizeof *zh; i++)
            lookup(s, "zh", zh[i][0], zh[i][1]);
        lookup(s, "en", "Venezuela (Bolivarian Republic of)", "VEN");
        lookup(s, "en", "Côte d’Ivoire", "CIV");
        lookup(s, "en", "Union of Soviet Socialist Republics", "SUN");
        cg_states_free(s);
    } else {
        printf("--   corpus/data/states.tsv not there yet: real-table checks not run\n");
    }

    for (const char *const *n =
             (const char *const[]){"three.tsv", "code.tsv", "dup.tsv", "empty.tsv", "ok.tsv", NULL};
         *n; n++) {
        char p[512];
        snprintf(p, sizeof p, "%s/%s", tmpdir, *n);
        unlink(p);
    }
    rmdir(tmpdir);
    printf("PASS test_states\n");
    return 0;
}
