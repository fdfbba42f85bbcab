/*
 * test_parity.c - the same resolution read in each of the six UN languages
 * must give the same citations (issue 7).
 *
 * tests/fixtures/parity/<passage>.<lang>.txt holds one short resolution per
 * passage in ar zh en fr ru es, laid out as the official texts are. For each
 * passage every language must yield the same document id and exactly the
 * expected multiset of (target, relation, location); the expected lists are
 * written out below, so a language that finds nothing fails as loudly as one
 * that finds something else. On failure the missing and extra triples are
 * printed per language. Run from the repository root.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"

#define FIXTURES "tests/fixtures/parity"

static const char *const LANGS[] = {"ar", "zh", "en", "fr", "ru", "es"};
#define NLANGS (sizeof LANGS / sizeof *LANGS)

typedef struct passage {
    const char *name;
    const char *doc;           /* the document's own id */
    const char *const *expect; /* "target|relation|location", NULL-ended */
} passage;

/* Council resolutions listed with dates broken across lines, a Commission
 * resolution, a header footnote (*) and a report welcomed through footnote 1. */
static const char *const COUNCIL_LIST[] = {"E/CN.4/RES/2005/55|reaffirm|preamble:1",
                                           "A/HRC/RES/6/3|reaffirm|preamble:1",
                                           "A/HRC/RES/7/5|reaffirm|preamble:1",
                                           "A/HRC/RES/12/9|reaffirm|preamble:1",
                                           "A/HRC/23/2|other|footnote:*",
                                           "A/HRC/23/45|welcome|operative:1",
                                           NULL};

/* A General Assembly and an ECOSOC resolution named after the number (fr,
 * es, ru), "its resolution" / "its decision", generic "Council". */
static const char *const GA_AFTER[] = {
    "A/RES/60/251|recall|preamble:1",    "E/RES/1996/31|recall|preamble:1",
    "A/HRC/RES/19/33|recall|preamble:1", "A/HRC/DEC/2/102|recall|preamble:1",
    "A/HRC/RES/5/1|decide|operative:2",  NULL};

/* Articles of the DRD and the ICESCR, then "the Covenant" and "the
 * Declaration" referring back to them. */
static const char *const COVENANT[] = {"DRD art. 4|reaffirm|preamble:1",
                                       "ICESCR art. 2|bearing-in-mind|preamble:2",
                                       "ICESCR|bearing-in-mind|preamble:2",
                                       "ICESCR|request|operative:1",
                                       "DRD|other|operative:2",
                                       NULL};

/* A General Assembly resolution: the Charter named, then "the Charter"
 * alone, two declarations and a report symbol. */
static const char *const CHARTER[] = {
    "UN-CHARTER|guided-by|preamble:1", "UDHR|recall|preamble:2",         "VDPA|recall|preamble:2",
    "UN-CHARTER|reaffirm|operative:1", "A/67/277|take-note|operative:2", NULL};

/* A Security Council resolution listing N (YYYY) resolutions; lettered
 * subparagraphs before the last operative paragraph. */
static const char *const SC_1325[] = {"S/RES/1325(2000)|reaffirm|preamble:1",
                                      "S/RES/1612(2005)|reaffirm|preamble:1",
                                      "S/RES/1674(2006)|reaffirm|preamble:1",
                                      "S/RES/1820(2008)|reaffirm|preamble:1",
                                      "S/RES/1882(2009)|reaffirm|preamble:1",
                                      "S/RES/1888(2009)|reaffirm|preamble:1",
                                      "UN-CHARTER|guided-by|preamble:2",
                                      "S/RES/1325(2000)|request|operative:1",
                                      NULL};

static const passage PASSAGES[] = {
    {"council-list", "A/HRC/RES/23/12",  COUNCIL_LIST},
    {"ga-after",     "A/HRC/RES/23/3",   GA_AFTER    },
    {"covenant",     "A/HRC/RES/21/10",  COVENANT    },
    {"charter",      "A/RES/67/171",     CHARTER     },
    {"sc-1325",      "S/RES/1889(2009)", SC_1325     },
};

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* A sorted, NULL-ended, malloc'ed copy of a triple list. */
static char **sorted_copy(const char *const *v, size_t *n)
{
    size_t k = 0;
    while (v[k])
        k++;
    char **out = calloc(k + 1, sizeof *out);
    if (!out)
        exit(2);
    for (size_t i = 0; i < k; i++)
        if (!(out[i] = strdup(v[i])))
            exit(2);
    qsort(out, k, sizeof *out, cmp_str);
    *n = k;
    return out;
}

static void free_list(char **v)
{
    for (size_t i = 0; v && v[i]; i++)
        free(v[i]);
    free(v);
}

/* Prints what one sorted list has that the other lacks (multiset
 * difference both ways); returns 1 when they differ. */
static int diff(const char *what, char **want, size_t nw, char **got, size_t ng)
{
    size_t i = 0, j = 0;
    int bad = 0;
    while (i < nw || j < ng) {
        int c = i == nw ? 1 : j == ng ? -1 : strcmp(want[i], got[j]);
        if (c == 0) {
            i++, j++;
        } else if (c < 0) {
            printf("     %s: missing %s\n", what, want[i++]);
            bad = 1;
        } else {
            printf("     %s: extra   %s\n", what, got[j++]);
            bad = 1;
        }
    }
    return bad;
}

static int check(const cg_extractor *x, const passage *p, const char *lang)
{
    char path[256], what[64];
    snprintf(path, sizeof path, "%s/%s.%s.txt", FIXTURES, p->name, lang);
    snprintf(what, sizeof what, "%s.%s", p->name, lang);
    cg_doc *d = NULL;
    cg_error err = {0};
    if (cg_extract_file(x, path, NULL, &d, &err)) {
        printf("FAIL %s: %s\n", path, err.msg);
        return 1;
    }
    int bad = 0;
    cg_doc_info info;
    cg_doc_get_info(d, &info);
    if (strcmp(info.id, p->doc) || strcmp(info.lang, lang)) {
        printf("FAIL %s: document %s (%s), expected %s (%s)\n", what, info.id, info.lang, p->doc,
               lang);
        bad = 1;
    }
    size_t ng = cg_doc_citation_count(d);
    char **got = calloc(ng + 1, sizeof *got);
    if (!got)
        exit(2);
    for (size_t i = 0; i < ng; i++) {
        cg_citation c;
        cg_doc_citation(d, i, &c);
        char *loc = cg_location_format(&c.location);
        size_t l = strlen(c.target) + strlen(c.relation) + strlen(loc) + 3;
        if (!(got[i] = malloc(l)))
            exit(2);
        snprintf(got[i], l, "%s|%s|%s", c.target, c.relation, loc);
        g_free(loc);
    }
    qsort(got, ng, sizeof *got, cmp_str);
    size_t nw;
    char **want = sorted_copy(p->expect, &nw);
    if (diff(what, want, nw, got, ng)) {
        printf("FAIL %s: %zu citations, %zu expected\n", what, ng, nw);
        bad = 1;
    } else if (!bad) {
        printf("ok   %s: %zu citations\n", what, ng);
    }
    free_list(want);
    free_list(got);
    cg_doc_free(d);
    return bad;
}

int main(void)
{
    cg_error err = {0};
    cg_extractor *x = cg_extractor_new(NULL, &err);
    if (!x) {
        printf("FAIL loading the catalogue: %s\n", err.msg);
        return 1;
    }
    int failures = 0;
    for (size_t p = 0; p < sizeof PASSAGES / sizeof *PASSAGES; p++)
        for (size_t l = 0; l < NLANGS; l++)
            failures += check(x, &PASSAGES[p], LANGS[l]);
    cg_extractor_free(x);
    if (failures) {
        printf("FAIL %d language version(s) differ from the expected citations\n", failures);
        return 1;
    }
    printf("ok   all %zu passages agree in %zu languages\n", sizeof PASSAGES / sizeof *PASSAGES,
           NLANGS);
    return 0;
}
