/*
 * rule_cost.c - where the pattern catalogue's time goes: runs each rule and
 * each line (struct) pattern of one language's catalogue alone over a set
 * of files, the way the engine scans (every match, from the end of the last
 * one), and prints the time and matches of each, slowest first. A
 * benchmark helper, not part of citegraph: it uses extract/'s internal
 * catalogue API, so it is built by bench/run against the build's static
 * library and may need updating when that API changes.
 *
 *   rule_cost DATA_DIR LANG FILE...     (DATA_DIR: corpus/ with data/ and
 *                                        patterns/)
 * Files are scanned as they are (not normalised), with PCRE2_NO_UTF_CHECK,
 * so the figures rank the rules; they do not add up to citegraph's time.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "extract/catalogue.h"
#include "extract/refdata.h"

typedef struct cost {
    const char *name;
    const pcre2_code *code;
    double secs;
    long matches;
    int lines; /* struct patterns are run line by line */
} cost;

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0, r;
    char *b = malloc(cap);
    while (b && (r = fread(b + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) {
            char *nb = realloc(b, cap *= 2);
            if (!nb) {
                free(b);
                b = NULL;
            }
            b = nb;
        }
    }
    fclose(f);
    *len = n;
    return b;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static long scan(const pcre2_code *re, const char *s, size_t len, pcre2_match_data *md)
{
    long n = 0;
    for (size_t from = 0; from <= len;) {
        int rc = pcre2_match(re, (PCRE2_SPTR)s, len, from, PCRE2_NO_UTF_CHECK, md, NULL);
        if (rc < 0)
            break;
        n++;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        size_t e = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
        while (e < len && ((unsigned char)s[e] & 0xC0) == 0x80)
            e++;
        from = e;
    }
    return n;
}

static long scan_lines(const pcre2_code *re, const char *s, size_t len, pcre2_match_data *md)
{
    long n = 0;
    for (size_t a = 0; a < len;) {
        const char *nl = memchr(s + a, '\n', len - a);
        size_t b = nl ? (size_t)(nl - s) : len;
        if (pcre2_match(re, (PCRE2_SPTR)s + a, b - a, 0, PCRE2_NO_UTF_CHECK, md, NULL) >= 0)
            n++;
        a = b + 1;
    }
    return n;
}

static int by_time(const void *a, const void *b)
{
    double d = ((const cost *)b)->secs - ((const cost *)a)->secs;
    return (d > 0) - (d < 0);
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: rule_cost DATA_DIR LANG FILE...\n");
        return 1;
    }
    char dd[4096], pd[4096];
    snprintf(dd, sizeof dd, "%s/data", argv[1]);
    snprintf(pd, sizeof pd, "%s/patterns", argv[1]);
    cg_error err;
    cg_refdata *ref = cg_refdata_load(dd, &err);
    cg_catalogue *cat = ref ? cg_catalogue_load(pd, ref, &err) : NULL;
    const cg_lang_catalogue *lc = cat ? cg_catalogue_lang(cat, argv[2]) : NULL;
    if (!lc) {
        fprintf(stderr, "rule_cost: %s\n", cat ? "no such language" : err.msg);
        return 1;
    }
    static const char *st_names[CG_ST_COUNT] = {"council", "operative", "subpara", "footnote",
                                                "verb",    "annex",     "end",     "trailer"};
    size_t nc = 0;
    cost *c = calloc(lc->nrules * 2 + CG_ST_COUNT, sizeof *c);
    char(*names)[80] = calloc(lc->nrules * 2 + CG_ST_COUNT, sizeof *names);
    if (!c || !names)
        return 1;
    for (size_t i = 0; i < lc->nrules; i++) {
        snprintf(names[nc], sizeof names[nc], "rule %s", lc->rules[i].name);
        c[nc] = (cost){names[nc], lc->rules[i].match.code, 0, 0, 0};
        nc++;
    }
    for (int k = 0; k < CG_ST_COUNT; k++)
        if (lc->st[k].code) {
            snprintf(names[nc], sizeof names[nc], "struct %s (per line)", st_names[k]);
            c[nc] = (cost){names[nc], lc->st[k].code, 0, 0, 1};
            nc++;
        }
    pcre2_match_data *md = pcre2_match_data_create(64, NULL);
    size_t bytes = 0;
    for (int f = 3; f < argc; f++) {
        size_t len;
        char *s = slurp(argv[f], &len);
        if (!s) {
            fprintf(stderr, "rule_cost: %s: cannot read\n", argv[f]);
            continue;
        }
        bytes += len;
        for (size_t i = 0; i < nc; i++) {
            double t0 = now();
            c[i].matches +=
                c[i].lines ? scan_lines(c[i].code, s, len, md) : scan(c[i].code, s, len, md);
            c[i].secs += now() - t0;
        }
        free(s);
    }
    double total = 0;
    for (size_t i = 0; i < nc; i++)
        if (strncmp(c[i].name, "item ", 5))
            total += c[i].secs;
    qsort(c, nc, sizeof *c, by_time);
    printf("%zu bytes in %d files, language %s\n", bytes, argc - 3, argv[2]);
    printf("%-34s %9s %7s %9s %9s\n", "pattern", "seconds", "share", "MB/s", "matches");
    for (size_t i = 0; i < nc; i++)
        printf("%-34s %9.3f %6.1f%% %9.1f %9ld\n", c[i].name, c[i].secs,
               strncmp(c[i].name, "item ", 5) ? 100 * c[i].secs / total : 0.0,
               c[i].secs > 0 ? bytes / 1e6 / c[i].secs : 0.0, c[i].matches);
    printf("%-34s %9.3f (rules and struct patterns, items left out)\n", "total", total);
    pcre2_match_data_free(md);
    free(c);
    free(names);
    cg_catalogue_free(cat);
    cg_refdata_free(ref);
    return 0;
}
