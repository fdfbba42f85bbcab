/*
 * fuzz_extract.c - the whole extractor (identity, normalisation, structure,
 * every pattern of a language catalogue) on arbitrary bytes.
 *
 * Input: byte 0 picks the language (ar zh en fr ru es, or detect) and the
 * encoding (detect, GB18030 or UTF-16 forced); the rest is the document.
 * When byte 0 is 196 or more, the language is instead the rest's first line,
 * as a hostile manifest could give it (issue 18): the review page must
 * still escape it.
 * Checked: no crash, leak or UB; every citation lies inside the text read,
 * in order, with a target; every record writes as one line of JSON that
 * jansson parses back with the same target and offsets, and as one TSV row
 * of 22 fields; warnings are one line each.
 */
#include <stdio.h>

#include <glib.h>
#include <jansson.h>

#include "extract/extract.h"
#include "report/report.h"
#include "fuzz_common.h"

static cg_extractor *X;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    cg_error err;
    X = cg_extractor_new(CG_ROOT "/corpus", &err);
    if (!X) {
        fprintf(stderr, "fuzz_extract: cannot load the catalogue: %s\n", err.msg);
        abort();
    }
    return 0;
}

static const char *const langs[] = {"ar", "zh", "en", "fr", "ru", "es", NULL};
static const char *const encs[] = {NULL, NULL, "GB18030", "UTF-16"};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    cg_read_options opt = {0};
    opt.lang = langs[data[0] % 7];
    opt.encoding = encs[(data[0] / 7) % 4];
    opt.keep_text = 1;
    /* An exact-size copy: the extractor must not read past len (files are
     * read into buffers without a terminating NUL). */
    size_t len = size - 1;
    const uint8_t *body = data + 1;
    char *lang = NULL;
    if (data[0] >= 196) {
        const uint8_t *nl = memchr(body, '\n', len);
        size_t ll = nl ? (size_t)(nl - body) : len;
        lang = g_strndup((const char *)body, ll);
        opt.lang = lang;
        body += nl ? ll + 1 : ll;
        len -= nl ? ll + 1 : ll;
    }
    char *buf = malloc(len ? len : 1);
    memcpy(buf, body, len);
    cg_doc *d = NULL;
    cg_error err = {0};
    int rc = cg_extract_buffer(X, "fuzz.txt", buf, len, &opt, &d, &err);
    free(buf);
    if (rc) {
        g_free(lang);
        FUZZ_CHECK(d == NULL, "failure left a document");
        FUZZ_CHECK(err.code == rc && !strchr(err.msg, '\n'), "error %d/%d '%s'", rc, err.code,
                   err.msg);
        return 0;
    }
    size_t tlen = 0;
    const char *text = cg_doc_text(d, &tlen);
    FUZZ_CHECK(text != NULL, "keep_text gave no text");
    cg_doc_info info;
    cg_doc_get_info(d, &info);
    FUZZ_CHECK(info.id && *info.id, "no id");
    FUZZ_CHECK(info.text_bytes == tlen, "text_bytes %zu vs %zu", info.text_bytes, tlen);

    char *mem = NULL;
    size_t memlen = 0;
    FILE *jf = open_memstream(&mem, &memlen);
    size_t prev = 0;
    size_t n = cg_doc_citation_count(d);
    for (size_t i = 0; i < n; i++) {
        cg_citation c;
        cg_doc_citation(d, i, &c);
        FUZZ_CHECK(c.start <= c.end && c.end <= tlen, "span %zu..%zu of %zu", c.start, c.end, tlen);
        FUZZ_CHECK(c.start >= prev, "citations out of order");
        prev = c.start;
        FUZZ_CHECK(c.line >= 1 && c.col >= 1, "line %zu col %zu", c.line, c.col);
        FUZZ_CHECK(c.target && *c.target, "empty target");
        FUZZ_CHECK(c.rule && c.relation && c.location.label, "NULL field");
        FUZZ_CHECK(c.kind <= CG_KIND_CHAPTER && c.location.part <= CG_PART_TRAILER, "bad enum");
        FUZZ_CHECK(cg_record_write(jf, CG_REC_JSONL, &c) == 0, "JSONL write");
    }
    fclose(jf);
    /* Each line parses back, with the target and span intact. */
    size_t i = 0;
    char *line = mem;
    while (line && *line) {
        char *nl = strchr(line, '\n');
        FUZZ_CHECK(nl != NULL, "record without newline");
        json_error_t je;
        json_t *o = json_loadb(line, (size_t)(nl - line), 0, &je);
        FUZZ_CHECK(o != NULL, "record %zu is not JSON: %s", i, je.text);
        cg_citation c;
        cg_doc_citation(d, i, &c);
        json_t *t = json_object_get(o, "target");
        FUZZ_CHECK(json_is_string(t), "no target");
        /* Targets are built from matched text, which may hold invalid
         * UTF-8 only if the patterns let it through; then it is repaired. */
        if (g_utf8_validate(c.target, -1, NULL))
            FUZZ_CHECK(!strcmp(json_string_value(t), c.target), "target changed");
        FUZZ_CHECK((size_t)json_integer_value(json_object_get(o, "start")) == c.start,
                   "start changed");
        FUZZ_CHECK((size_t)json_integer_value(json_object_get(o, "end")) == c.end, "end changed");
        json_decref(o);
        i++;
        line = nl + 1;
    }
    FUZZ_CHECK(i == n, "%zu records for %zu citations", i, n);
    free(mem);

    /* TSV: one row per record, 20 fields, whatever the text held. */
    mem = NULL;
    FILE *tf = open_memstream(&mem, &memlen);
    for (size_t k = 0; k < n; k++) {
        cg_citation c;
        cg_doc_citation(d, k, &c);
        cg_record_write(tf, CG_REC_TSV, &c);
    }
    fclose(tf);
    size_t rows = 0, tabs = 0;
    for (size_t k = 0; k < memlen; k++) {
        if (mem[k] == '\n') {
            FUZZ_CHECK(tabs == 21, "TSV row %zu has %zu tabs", rows, tabs);
            rows++;
            tabs = 0;
        } else if (mem[k] == '\t')
            tabs++;
    }
    FUZZ_CHECK(rows == n, "%zu TSV rows for %zu citations", rows, n);
    free(mem);

    for (size_t k = 0; k < cg_doc_warning_count(d); k++)
        FUZZ_CHECK(!strchr(cg_doc_warning(d, k), '\n'), "multi-line warning");

    /* The review page: no attribute of <pre> is broken out of, whatever the
     * language given (its other escaping has its own e2e test). */
    mem = NULL;
    FILE *af = open_memstream(&mem, &memlen);
    cg_annotate_write(af, &d, 1);
    fclose(af);
    const char *pre = strstr(mem, "<pre ");
    if (pre) {
        /* Inside <pre ...>...</pre> the only tags are the highlights. */
        const char *stop = strstr(pre, "</pre>");
        FUZZ_CHECK(stop != NULL, "unterminated <pre>");
        for (const char *q = strchr(pre + 1, '<'); q && q < stop; q = strchr(q + 1, '<'))
            FUZZ_CHECK(!strncmp(q, "<a ", 3) || !strncmp(q, "<mark ", 6) ||
                           !strncmp(q, "</a>", 4) || !strncmp(q, "</mark>", 7),
                       "markup in the text or an attribute: %.20s", q);
    }
    free(mem);
    cg_doc_free(d);
    g_free(lang);
    return 0;
}
