/*
 * unmatched.c - resolution-like numbers that no citation claims.
 */
#include "unmatched.h"

#include <errno.h>
#include <string.h>

#include "doc_internal.h"
#include "normalize.h"

static const cg_rule *resnum_rule(const cg_lang_catalogue *lc)
{
    for (size_t i = 0; i < lc->nrules; i++)
        if (lc->rules[i].kind == CG_RK_RESNUM)
            return &lc->rules[i];
    return NULL;
}

/* The form of the last match: "S-N/N", "N/N", "N (YYYY)" or "N (roman)";
 * its number without spaces, as long as the match, into *num (g_free it;
 * the own-number test). */
static const char *form_of(const cg_rule *r, pcre2_match_data *md, const char *text, char **num)
{
    size_t a, b, y, z;
    if (cg_group_span(&r->match, md, CG_G_SN, &a, &b) == 0) {
        GString *g = g_string_sized_new(b - a);
        for (size_t i = a; i < b; i++)
            if (text[i] != ' ')
                g_string_append_c(g, text[i]);
        *num = g_string_free(g, FALSE);
        return (*num)[0] == 'S' || (*num)[0] == 'E' ? "S-N/N" : "N/N";
    }
    if (cg_group_span(&r->match, md, CG_G_N, &a, &b) == 0) {
        int yr = cg_group_span(&r->match, md, CG_G_Y2, &y, &z) == 0;
        if (!yr && cg_group_span(&r->match, md, CG_G_ROMAN, &y, &z)) {
            *num = g_strdup("");
            return "N (roman)";
        }
        *num = g_strdup_printf("%.*s(%.*s)", (int)(b - a), text + a, (int)(z - y), text + y);
        return yr ? "N (YYYY)" : "N (roman)";
    }
    *num = g_strdup("");
    return "N/N";
}

/* 1 when num is the document's own number: "23/12" of A/HRC/RES/23/12,
 * "1325(2000)" of S/RES/1325(2000). */
static int is_own(const char *own_id, const char *num)
{
    if (!own_id || !*num)
        return 0;
    size_t lo = strlen(own_id), ln = strlen(num);
    return lo > ln && own_id[lo - ln - 1] == '/' && strcmp(own_id + lo - ln, num) == 0;
}

size_t cg_count_resnum(const cg_lang_catalogue *lc, pcre2_match_context *mctx, pcre2_match_data *md,
                       const char *text, size_t len, const char *own_id)
{
    const cg_rule *r = resnum_rule(lc);
    size_t n = 0;
    if (!r)
        return 0;
    for (size_t from = 0; from < len;) {
        if (pcre2_match(r->match.code, (PCRE2_SPTR)text, len, from, PCRE2_NO_UTF_CHECK, md, mctx) <
            0)
            break;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        char *num;
        form_of(r, md, text, &num);
        n += !is_own(own_id, num);
        g_free(num);
        from = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
    }
    return n;
}

/* s[0..e-s) as valid UTF-8 on one line: TAB, CR and LF become spaces. */
static char *one_line(const char *s, const char *e)
{
    char *v = g_utf8_make_valid(s, (gssize)(e - s));
    g_strdelimit(v, "\r\n\t", ' ');
    return v;
}

/* Up to 40 characters of text either side of [a, b), on one line. */
static char *context(const char *text, size_t len, size_t a, size_t b)
{
    const char *p = text + a, *q = text + b, *end = text + len;
    for (int j = 0; j < 40 && p > text; j++)
        p = g_utf8_find_prev_char(text, p);
    for (int j = 0; j < 40 && q < end; j++) {
        const char *n = g_utf8_find_next_char(q, end);
        q = n ? n : end;
    }
    return one_line(p, q);
}

int cg_doc_unmatched(const cg_extractor *x, const cg_doc *d, cg_unmatched **out, size_t *nout,
                     cg_error *err)
{
    *out = NULL;
    *nout = 0;
    size_t olen;
    const char *orig = cg_doc_text(d, &olen);
    if (!orig)
        return cg_error_set(err, EINVAL, "%s: the text was not kept (keep_text)", d->file);
    const char *lang = d->meta.lang ? d->meta.lang : "en";
    const cg_lang_catalogue *lc = cg_catalogue_lang(x->cat, lang);
    if (!lc)
        lc = cg_catalogue_lang(x->cat, "en");
    const cg_rule *r = lc ? resnum_rule(lc) : NULL;
    if (!r)
        return 0;
    pcre2_match_data *md = pcre2_match_data_create(32, NULL);
    if (!md)
        return cg_error_set(err, ENOMEM, "PCRE2 could not allocate match data");
    cg_norm norm = {0};
    cg_norm_build(orig, olen, (const size_t(*)[2])d->meta.skip, d->meta.n_skip, &norm);
    GArray *found = g_array_new(FALSE, FALSE, sizeof(cg_unmatched));
    size_t ci = 0, line = 1, scanned = 0, line_start = 0;
    for (size_t from = 0; from < norm.len;) {
        if (pcre2_match(r->match.code, (PCRE2_SPTR)norm.text, norm.len, from, PCRE2_NO_UTF_CHECK,
                        md, NULL) < 0)
            break;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        size_t s = ov[0], e = ov[1];
        from = e > s ? e : s + 1;
        char *num;
        const char *form = form_of(r, md, norm.text, &num);
        int own = is_own(d->id, num);
        g_free(num);
        if (own)
            continue;
        size_t a = cg_norm_orig_start(&norm, s), b = cg_norm_orig_end(&norm, e);
        /* Claimed when inside a citation's span (citations are sorted by
         * start, and so are the matches). */
        /* (A part of a file holding several documents: records hold the
         * file's offsets, a and b the part's.) */
        size_t nc = cg_cite_store_len(d->cites), cs, ce;
        while (ci < nc && (cg_cite_store_span(d->cites, ci, &cs, &ce), ce - d->base <= a))
            ci++;
        int claimed = 0;
        for (size_t k = ci; k < nc && !claimed; k++) {
            cg_cite_store_span(d->cites, k, &cs, &ce);
            if (cs - d->base >= b)
                break;
            claimed = ce - d->base > a;
        }
        if (claimed)
            continue;
        for (; scanned < a; scanned++)
            if (orig[scanned] == '\n')
                line++, line_start = scanned + 1;
        cg_unmatched u = {a + d->base,
                          b + d->base,
                          line + d->base_line,
                          (size_t)g_utf8_pointer_to_offset(orig + line_start, orig + a) + 1 +
                              (line == 1 ? d->base_col : 0),
                          form,
                          one_line(orig + a, orig + b),
                          context(orig, olen, a, b)};
        g_array_append_val(found, u);
    }
    pcre2_match_data_free(md);
    cg_norm_clear(&norm);
    *nout = found->len;
    *out = (cg_unmatched *)(void *)g_array_free(found, FALSE);
    return 0;
}

void cg_unmatched_free(cg_unmatched *u, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        g_free(u[i].text);
        g_free(u[i].context);
    }
    g_free(u);
}
