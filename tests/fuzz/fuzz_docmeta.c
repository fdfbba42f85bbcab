/*
 * fuzz_docmeta.c - the document-identity and vote readers
 * (cg_docmeta_parse: masthead symbol, numbered title, file name, language,
 * date, meeting, recorded vote with its state lists) on arbitrary bytes.
 *
 * Input: byte 0 picks the language hint (ar zh en fr ru es, or none) and
 * whether bytes 1.. up to the first NUL are the file name; the rest is the
 * text (an exact-size buffer: UTF-16 input can hold NUL characters).
 * Checked: parsing succeeds; skip ranges lie inside the text; vote counts
 * are -1 or non-negative, lists are NULL-free ISO3 codes; a symbol, when
 * found, is non-empty and without white space; the language is one of six.
 */
#include <ctype.h>

#include "extract/docmeta.h"
#include "extract/docwords.h"
#include "fuzz_common.h"

static cg_states *S;
static cg_docwords *W;
static cg_refdata *R;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    cg_error err;
    S = cg_states_load(CG_ROOT "/corpus/data/states.tsv", &err);
    if (!S) {
        fprintf(stderr, "fuzz_docmeta: %s\n", err.msg);
        abort();
    }
    R = cg_refdata_load(CG_ROOT "/corpus/data", &err);
    W = R ? cg_docwords_load(CG_ROOT "/corpus/data", R, &err) : NULL;
    if (!W) {
        fprintf(stderr, "fuzz_docmeta: %s\n", err.msg);
        abort();
    }
    return 0;
}

static const char *const langs[] = {"ar", "zh", "en", "fr", "ru", "es", NULL};

static void check_list(char **codes, size_t n, const char *what)
{
    FUZZ_CHECK(n == 0 || codes != NULL, "%s: NULL list", what);
    for (size_t i = 0; i < n; i++)
        FUZZ_CHECK(codes[i] && strlen(codes[i]) == 3, "%s[%zu]", what, i);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const char *hint = langs[data[0] % 7];
    char *fname = NULL;
    size_t off = 1;
    if ((data[0] / 7) % 2) {
        const uint8_t *z = memchr(data + 1, 0, size - 1);
        size_t fl = z ? (size_t)(z - data - 1) : size - 1;
        fname = malloc(fl + 1);
        memcpy(fname, data + 1, fl);
        fname[fl] = '\0';
        off = 1 + fl + (z ? 1 : 0);
    }
    size_t len = size - off;
    char *text = malloc(len ? len : 1);
    memcpy(text, data + off, len);

    cg_docmeta m;
    cg_error err = {0};
    int rc = cg_docmeta_parse(text, len, fname, hint, S, W, R, &m, &err);
    FUZZ_CHECK(rc == 0, "rc %d: %s", rc, err.msg);
    for (size_t i = 0; i < m.n_skip; i++)
        FUZZ_CHECK(m.skip[i][0] <= m.skip[i][1] && m.skip[i][1] <= len, "skip %zu: %zu..%zu of %zu",
                   i, m.skip[i][0], m.skip[i][1], len);
    if (m.symbol) {
        FUZZ_CHECK(*m.symbol, "empty symbol");
        for (const char *p = m.symbol; *p; p++)
            FUZZ_CHECK(!isspace((unsigned char)*p), "space in symbol '%s'", m.symbol);
        FUZZ_CHECK(m.symbol_source != CG_ID_NONE, "symbol without source");
    } else {
        FUZZ_CHECK(m.symbol_source == CG_ID_NONE, "source without symbol");
    }
    if (m.lang) {
        int known = 0;
        for (int i = 0; i < 6; i++)
            known |= !strcmp(m.lang, langs[i]);
        FUZZ_CHECK(known, "language '%s'", m.lang);
    }
    if (m.date)
        FUZZ_CHECK(strlen(m.date) == 10 && m.date[4] == '-' && m.date[7] == '-', "date '%s'",
                   m.date);
    FUZZ_CHECK(m.meeting >= 0, "meeting %d", m.meeting);
    const cg_vote *v = &m.vote;
    FUZZ_CHECK(v->yes >= -1 && v->no >= -1 && v->abstain >= -1, "negative count");
    check_list(v->yes_iso, v->n_yes, "yes");
    check_list(v->no_iso, v->n_no, "no");
    check_list(v->abstain_iso, v->n_abstain, "abstain");
    FUZZ_CHECK(v->n_unknown == 0 || v->unknown != NULL, "unknown list");
    for (size_t i = 0; i < v->n_unknown; i++)
        FUZZ_CHECK(v->unknown[i] != NULL, "unknown[%zu]", i);
    cg_docmeta_clear(&m);

    const char *dl = cg_detect_language(text, len);
    if (dl) {
        int known = 0;
        for (int i = 0; i < 6; i++)
            known |= !strcmp(dl, langs[i]);
        FUZZ_CHECK(known, "detected '%s'", dl);
    }
    free(text);
    free(fname);
    return 0;
}
