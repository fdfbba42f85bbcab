/*
 * engine.c - runs a language's catalogue over a document's normalised text
 * and turns matches into citation records with canonical ids.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc_internal.h"
#include "normalize.h"
#include "structure.h"
#include "symbol.h"
#include "zhnum.h"

/* PCRE2 limits: no pattern in the catalogue needs more on real text, and
 * they stop a hostile input from making one run away. */
#define CG_MATCH_LIMIT 5000000u
#define CG_DEPTH_LIMIT 10000u
#define CG_HEAP_LIMIT 65536u /* KiB */

/* A match before it becomes a record: norm offsets and resolved fields. */
typedef struct cand {
    size_t s, e;            /* normalised offsets */
    size_t rule;            /* index in the language catalogue (priority) */
    cg_rule_kind rk;
    char kind[16];
    char target[128];
    char parent[64];
    char body[16];
    char number[32];
    char soy[16];
    char part[8];
    char article[16];
    char date[16];
    char generic[64];       /* back-reference noun, resolved later */
    int resolved;
} cand;

typedef struct run_ctx {
    const cg_extractor *x;
    char tail_body[96];     /* body named after a whole list, for its items */
    const cg_lang_catalogue *lc;
    const char *lang;
    const char *own_body;
    const char *text;       /* normalised */
    size_t len;
    pcre2_match_context *mctx;
    pcre2_jit_stack *jit;
    pcre2_match_data *md, *imd;
    GArray *cands;
    cg_doc *doc;
    size_t limit_hits;
    size_t limit_first;     /* normalised offset of the first hit */
    size_t trailer_skipped; /* citations in another document's text */
} run_ctx;

static void copy_span(char *out, size_t cap, const char *s, size_t a, size_t b)
{
    size_t l = b - a < cap - 1 ? b - a : cap - 1;
    memcpy(out, s + a, l);
    out[l] = '\0';
}

static int group(const cg_compiled *c, pcre2_match_data *md, cg_group g,
                 const char *s, char *out, size_t cap)
{
    size_t a, b;
    out[0] = '\0';
    if (!md || !c || cg_group_span(c, md, g, &a, &b))
        return 0;
    copy_span(out, cap, s, a, b);
    return b > a;
}

static int has_group(const cg_compiled *c, pcre2_match_data *md, cg_group g)
{
    size_t a, b;
    return md && c && cg_group_span(c, md, g, &a, &b) == 0;
}

/* ISO date from day, month (number or name) and year; "" when invalid. */
static void make_date(run_ctx *r, const char *d, const char *m, const char *y,
                      char *out)
{
    out[0] = '\0';
    if (!*d || !*m || !*y)
        return;
    int day = atoi(d), year = atoi(y);
    int mon = (*m >= '0' && *m <= '9') ? atoi(m)
                                       : cg_ref_month(r->x->ref, r->lang, m, strlen(m));
    if (mon < 1 || mon > 12 || day < 1 || year < 1900 || year > 2200 ||
        !g_date_valid_dmy((GDateDay)day, (GDateMonth)mon, (GDateYear)year))
        return;
    snprintf(out, 16, "%04d-%02d-%02d", year % 10000, mon % 100, day % 100);
}

static int body_in(const char *codes, const char *body)
{
    if (!body || !*body)
        return 0;
    size_t bl = strlen(body);
    for (const char *p = codes; p && *p;) {
        const char *bar = strchr(p, '|');
        size_t l = bar ? (size_t)(bar - p) : strlen(p);
        if (l == bl && !strncmp(p, body, l))
            return 1;
        p = bar ? bar + 1 : NULL;
    }
    return 0;
}

/* Resolves a numbered resolution/decision into c->target. */
static void resolve_number(run_ctx *r, const cg_compiled *lc_, pcre2_match_data *lmd,
                           const cg_compiled *ic, pcre2_match_data *imd, cand *c)
{
    const char *s = r->text;
    char sn[32], n[16], y2[8], roman[16], part[8], bodyw[96] = "", d[8], m[48], y[8];
    int from_tail = 0;   /* the body word is the one named after the list */
    group(ic, imd, CG_G_SN, s, sn, sizeof sn);
    group(ic, imd, CG_G_N, s, n, sizeof n);
    group(ic, imd, CG_G_Y2, s, y2, sizeof y2);
    group(ic, imd, CG_G_ROMAN, s, roman, sizeof roman);
    group(ic, imd, CG_G_PART, s, part, sizeof part);
    group(ic, imd, CG_G_D, s, d, sizeof d);
    group(ic, imd, CG_G_M, s, m, sizeof m);
    group(ic, imd, CG_G_Y, s, y, sizeof y);
    int dec = has_group(ic, imd, CG_G_DEC) || has_group(lc_, lmd, CG_G_DEC);
    int its = has_group(ic, imd, CG_G_ITS) || has_group(lc_, lmd, CG_G_ITS);
    if (!group(ic, imd, CG_G_BODY, s, bodyw, sizeof bodyw) &&
        !group(lc_, lmd, CG_G_BODY, s, bodyw, sizeof bodyw) &&
        !group(lc_, lmd, CG_G_BODY2, s, bodyw, sizeof bodyw)) {
        snprintf(bodyw, sizeof bodyw, "%s", r->tail_body);
        from_tail = 1;
    }

    const char *kind = dec ? "decision" : "resolution";
    const char *scheme = NULL;
    char a[32] = "", b[32] = "";
    if (*sn) {
        char *slash = strchr(sn, '/');
        if (!slash)
            return;
        copy_span(a, sizeof a, sn, 0, (size_t)(slash - sn));
        snprintf(b, sizeof b, "%s", slash + 1);
        int first = atoi(a);
        scheme = (strlen(a) == 4 && first >= 1946 && first <= 2100) ? "yn" : "sn";
        snprintf(c->number, sizeof c->number, "%s", sn);
        snprintf(c->soy, sizeof c->soy, "%s", a);
    } else if (*n && *y2) {
        scheme = "ny";
        snprintf(a, sizeof a, "%s", n);
        snprintf(c->number, sizeof c->number, "%s", n);
        snprintf(c->soy, sizeof c->soy, "%s", y2);
    } else if (*n && *roman) {
        for (char *p = roman; *p; p++)
            *p = (char)g_ascii_toupper(*p);
        if (!cg_roman_valid(roman))
            return;
        scheme = "nr";
        snprintf(a, sizeof a, "%s", n);
        snprintf(c->number, sizeof c->number, "%s", n);
        snprintf(c->soy, sizeof c->soy, "%s", roman);
    } else {
        return;
    }
    if (*part)
        c->part[0] = (char)g_ascii_toupper(part[0]), c->part[1] = '\0';

    /* Which body: a word naming it, "its", the citing document's own body
     * for generic words, the number's shape, in that order of trust. */
    const char *body = NULL;
    int resolved = 1;
    const char *codes = *bodyw ? cg_ref_body_codes(r->x->ref, r->lang, bodyw, strlen(bodyw)) : NULL;
    /* A body named after the list is no evidence for a number it cannot
     * have given ("1325 (2000) и 60/251 Генеральной Ассамблеи"). */
    if (from_tail && codes && !strchr(codes, '|') && strcmp(codes, "@self") &&
        !cg_ref_body_template(r->x->ref, codes, scheme, kind))
        codes = NULL;
    if (its || (codes && !strcmp(codes, "@self"))) {
        body = r->own_body;
    } else if (codes && !strchr(codes, '|')) {
        body = codes;
    } else if (codes) {
        if (body_in(codes, r->own_body) &&
            cg_ref_body_template(r->x->ref, r->own_body, scheme, kind)) {
            body = r->own_body;
        } else {
            /* The only body of the set that numbers this way, if one. */
            int found = 0;
            for (const char *p = codes; p && *p;) {
                const char *bar = strchr(p, '|');
                char one[16];
                copy_span(one, sizeof one, p, 0, bar ? (size_t)(bar - p) : strlen(p));
                if (cg_ref_body_template(r->x->ref, one, scheme, kind)) {
                    if (!found++)
                        snprintf(c->body, sizeof c->body, "%s", one);
                }
                p = bar ? bar + 1 : NULL;
            }
            body = found ? c->body : NULL;
            resolved = found == 1;
        }
    }
    if (body && !cg_ref_body_template(r->x->ref, body, scheme, kind)) {
        body = NULL;
        resolved = 0;
    }
    if (!body) {
        if (!strcmp(scheme, "ny")) {
            body = "SC";       /* only the Security Council numbers N (YYYY) */
        } else {
            resolved = 0;
            if (r->own_body && cg_ref_body_template(r->x->ref, r->own_body, scheme, kind))
                body = r->own_body;
            else if (!strcmp(scheme, "yn"))
                body = "ECOSOC";
            else
                body = "GA";
        }
    }
    const char *t = cg_ref_body_template(r->x->ref, body, scheme, kind);
    if (!t)
        return;
    if (cg_symbol_fill(t, a, b, y2, roman, c->target, sizeof c->target))
        return;
    snprintf(c->body, sizeof c->body, "%s", body);
    snprintf(c->kind, sizeof c->kind, "%s", kind);
    make_date(r, d, m, y, c->date);
    c->resolved = resolved;
}

/* An article number written in digits or Chinese numerals. */
static int article_number(const char *art, char *out, size_t cap)
{
    long v;
    if (!*art)
        return 0;
    if (cg_zh_number(art, strlen(art), &v) || v <= 0 || v > 999)
        return 0;
    snprintf(out, cap, "%ld", v);
    return 1;
}

static void build_cand(run_ctx *r, size_t ri, const cg_compiled *lcomp,
                       pcre2_match_data *lmd, const cg_compiled *icomp,
                       pcre2_match_data *imd, size_t s, size_t e)
{
    const cg_rule *rule = &r->lc->rules[ri];
    cand c;
    memset(&c, 0, sizeof c);
    c.s = s;
    c.e = e;
    c.rule = ri;
    c.rk = rule->kind;
    c.resolved = 1;
    const char *t = r->text;
    char inst[256], art[32];
    switch (rule->kind) {
    case CG_RK_RESOLUTION:
        resolve_number(r, lcomp, lmd, icomp, imd, &c);
        if (!c.target[0])
            return;
        break;
    case CG_RK_SYMBOL: {
        size_t a, b;
        char y2[8] = "", ocr[8] = "";
        if (cg_group_span(icomp, imd, CG_G_SYM, &a, &b))
            return;
        group(icomp, imd, CG_G_Y2, t, y2, sizeof y2);
        group(icomp, imd, CG_G_OCR, t, ocr, sizeof ocr);
        GString *sym = g_string_new(NULL);
        if (*ocr)   /* "$/24810", "S$/24870": OCR damage of "S/" */
            g_string_append(sym, "S");
        g_string_append_len(sym, t + a, (gssize)(b - a));
        char *canon = cg_symbol_canonicalise(sym->str, sym->len, y2);
        g_string_free(sym, TRUE);
        if (!canon)
            return;
        snprintf(c.target, sizeof c.target, "%s", canon);
        free(canon);
        if (cg_symbol_is_stem(c.target))
            return;
        snprintf(c.kind, sizeof c.kind, "%s", cg_symbol_kind(c.target));
        snprintf(c.body, sizeof c.body, "%s", cg_symbol_body(c.target));
        break;
    }
    case CG_RK_INSTRUMENT:
    case CG_RK_ARTICLE: {
        if (!group(icomp, imd, CG_G_INST, t, inst, sizeof inst))
            return;
        const char *id = cg_ref_instrument(r->x->ref, r->lang, inst, strlen(inst));
        if (!id)
            return;
        group(icomp, imd, CG_G_ART, t, art, sizeof art);
        if (*art && article_number(art, c.article, sizeof c.article)) {
            snprintf(c.kind, sizeof c.kind, "article");
            snprintf(c.parent, sizeof c.parent, "%s", id);
            snprintf(c.target, sizeof c.target, "%s art. %s", id, c.article);
        } else {
            snprintf(c.kind, sizeof c.kind, "instrument");
            snprintf(c.target, sizeof c.target, "%s", id);
        }
        break;
    }
    case CG_RK_BACKREF:
        if (!group(icomp, imd, CG_G_GENERIC, t, c.generic, sizeof c.generic))
            return;
        group(icomp, imd, CG_G_ART, t, art, sizeof art);
        if (*art)
            article_number(art, c.article, sizeof c.article);
        break;
    }
    g_array_append_val(r->cands, c);
}

static int match(run_ctx *r, const pcre2_code *re, size_t len, size_t from,
                 pcre2_match_data *md)
{
    int rc = pcre2_match(re, (PCRE2_SPTR)r->text, len, from,
                         PCRE2_NO_UTF_CHECK, md, r->mctx);
    if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
        rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT) {
        if (!r->limit_hits++)
            r->limit_first = from;
    }
    return rc;
}

/* Advances past an empty or finished match without splitting a UTF-8
 * character. */
static size_t next_from(const run_ctx *r, size_t s, size_t e)
{
    if (e > s)
        return e;
    size_t p = s + 1;
    while (p < r->len && ((unsigned char)r->text[p] & 0xC0) == 0x80)
        p++;
    return p;
}

static void run_rule(run_ctx *r, size_t ri)
{
    const cg_rule *rule = &r->lc->rules[ri];
    for (size_t from = 0; from < r->len;) {
        if (match(r, rule->match.code, r->len, from, r->md) < 0)
            break;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(r->md);
        size_t s = ov[0], e = ov[1];
        if (rule->item.code) {
            /* Split the list into its items; each keeps the list's body.
             * A body named after the last item only, with none for the
             * list ("резолюции 6/3 и 7/5 Совета", "les résolutions 6/3 et
             * 7/5 du Conseil"), is the body of every item: found first. */
            r->tail_body[0] = '\0';
            size_t a, b;
            int list_body = cg_group_span(&rule->match, r->md, CG_G_BODY, &a, &b) == 0 ||
                            cg_group_span(&rule->match, r->md, CG_G_BODY2, &a, &b) == 0 ||
                            cg_group_span(&rule->match, r->md, CG_G_ITS, &a, &b) == 0;
            if (!list_body) {
                char last[96] = "";
                int items = 0;
                for (size_t f = s; f < e; items++) {
                    if (match(r, rule->item.code, e, f, r->imd) < 0)
                        break;
                    PCRE2_SIZE *io = pcre2_get_ovector_pointer(r->imd);
                    group(&rule->item, r->imd, CG_G_BODY, r->text, last, sizeof last);
                    f = next_from(r, io[0], io[1]);
                }
                if (items > 1)
                    memcpy(r->tail_body, last, sizeof last);
            }
            for (size_t f = s; f < e;) {
                if (match(r, rule->item.code, e, f, r->imd) < 0)
                    break;
                PCRE2_SIZE *io = pcre2_get_ovector_pointer(r->imd);
                size_t is = io[0], ie = io[1];
                if (ie > is)
                    build_cand(r, ri, &rule->match, r->md, &rule->item, r->imd,
                               is, ie);
                f = next_from(r, is, ie);
            }
            r->tail_body[0] = '\0';
        } else if (e > s) {
            build_cand(r, ri, NULL, NULL, &rule->match, r->md, s, e);
        }
        from = next_from(r, s, e);
    }
}

static gint cand_order(gconstpointer a, gconstpointer b)
{
    const cand *x = a, *y = b;
    if (x->s != y->s)
        return x->s < y->s ? -1 : 1;
    size_t lx = x->e - x->s, ly = y->e - y->s;
    if (lx != ly)
        return lx > ly ? -1 : 1;
    return (x->rule > y->rule) - (x->rule < y->rule);
}

/* Keeps, of overlapping matches, the longer one (the earlier rule on a tie):
 * "article 2 of the Covenant" wins over "the Covenant" inside it. */
static void drop_overlaps(GArray *cands)
{
    g_array_sort(cands, cand_order);
    size_t kept = 0;
    for (size_t i = 0; i < cands->len; i++) {
        cand *c = &g_array_index(cands, cand, i);
        if (kept > 0) {
            cand *k = &g_array_index(cands, cand, kept - 1);
            if (c->s < k->e) {
                if (c->e - c->s > k->e - k->s)
                    *k = *c;
                continue;
            }
        }
        g_array_index(cands, cand, kept++) = *c;
    }
    g_array_set_size(cands, kept);
}

/* "the Covenant", 《公约》: the instrument named last that answers to the
 * noun; failing that, the only instrument that does (the Charter). */
static void resolve_backrefs(run_ctx *r)
{
    const char *last[64];
    size_t nlast = 0;
    for (size_t i = 0; i < r->cands->len; i++) {
        cand *c = &g_array_index(r->cands, cand, i);
        if (c->rk != CG_RK_BACKREF) {
            if (c->kind[0] == 'i' || c->kind[0] == 'a') {
                const char *id = c->parent[0] ? c->parent : c->target;
                if (nlast == 64) {
                    memmove(last, last + 1, 63 * sizeof *last);
                    nlast--;
                }
                last[nlast++] = g_string_chunk_insert_const(r->doc->strings, id);
            }
            continue;
        }
        const char *id = NULL;
        for (size_t k = nlast; k-- > 0 && !id;)
            if (cg_ref_instrument_has_generic(r->x->ref, last[k], r->lang,
                                              c->generic, strlen(c->generic)))
                id = last[k];
        if (!id)
            id = cg_ref_generic_unique(r->x->ref, r->lang, c->generic,
                                       strlen(c->generic));
        if (!id)
            continue;   /* no referent: not reported */
        if (c->article[0]) {
            snprintf(c->kind, sizeof c->kind, "article");
            snprintf(c->parent, sizeof c->parent, "%s", id);
            snprintf(c->target, sizeof c->target, "%s art. %s", id, c->article);
        } else {
            snprintf(c->kind, sizeof c->kind, "instrument");
            snprintf(c->target, sizeof c->target, "%s", id);
        }
    }
}

/* Turns candidates into records: original offsets, line and column,
 * paragraph, and drops what the document says of itself. */
static int emit(run_ctx *r, const cg_norm *norm, const char *orig, size_t olen,
                const cg_para *paras, size_t npara)
{
    cg_doc *d = r->doc;
    size_t line = 1, line_start = 0, scanned = 0;
    /* Column: characters stepped from line_start up to `walk`, carried from
     * one citation to the next, so a long line (a 100 MB dump has no line
     * break) costs linear time, not quadratic. Same steps as
     * g_utf8_pointer_to_offset(line start, start). */
    size_t walk = 0, col = 0;
    for (size_t i = 0; i < r->cands->len; i++) {
        cand *c = &g_array_index(r->cands, cand, i);
        if (!c->target[0])
            continue;
        if (d->id && !strcmp(c->target, d->id))
            continue;   /* its own symbol or a running header */
        cg_cite_rec rec;
        memset(&rec, 0, sizeof rec);
        rec.start = cg_norm_orig_start(norm, c->s);
        rec.end = cg_norm_orig_end(norm, c->e);
        if (rec.end > olen)
            rec.end = olen;
        if (rec.start < scanned) {      /* offsets only grow; be safe */
            line = 1, line_start = 0, scanned = 0;
            walk = 0, col = 0;
        }
        for (; scanned < rec.start; scanned++)
            if (orig[scanned] == '\n') {
                line++;
                line_start = scanned + 1;
                walk = line_start, col = 0;
            }
        for (; walk < rec.start; col++)
            walk += (size_t)(g_utf8_next_char(orig + walk) - (orig + walk));
        rec.line = line;
        rec.col = col + 1;
        GStringChunk *sc = d->strings;
        char *span = g_utf8_make_valid(orig + rec.start, (gssize)(rec.end - rec.start));
        rec.text = g_string_chunk_insert(sc, span);
        g_free(span);
        const cg_para *p = cg_structure_find(paras, npara, rec.start);
        if (p && !strcmp(p->location, "trailer")) {
            r->trailer_skipped++;   /* said once, after the loop */
            continue;   /* the next document of a printed volume */
        }
        rec.location = g_string_chunk_insert_const(sc, p ? p->location : "header");
        rec.relation = g_string_chunk_insert_const(sc, p ? p->relation : "other");
        rec.footnote = g_string_chunk_insert_const(sc, p ? p->footnote : "");
        rec.kind = g_string_chunk_insert_const(sc, c->kind);
        rec.target = g_string_chunk_insert_const(sc, c->target);
        rec.parent = g_string_chunk_insert_const(sc, c->parent);
        rec.body = g_string_chunk_insert_const(sc, c->body);
        rec.number = g_string_chunk_insert_const(sc, c->number);
        rec.session_or_year = g_string_chunk_insert_const(sc, c->soy);
        rec.part = g_string_chunk_insert_const(sc, c->part);
        rec.article = g_string_chunk_insert_const(sc, c->article);
        rec.date = g_string_chunk_insert_const(sc, c->date);
        rec.rule = g_string_chunk_insert_const(sc, r->lc->rules[c->rule].name);
        rec.resolved = c->resolved;
        g_array_append_val(d->cites, rec);
    }
    return 0;
}

int cg_engine_run(const cg_extractor *x, cg_doc *d, const char *text,
                  size_t len, const cg_read_options *opt, cg_error *err)
{
    const char *base = strrchr(d->file, '/');
    base = base ? base + 1 : d->file;
    int rc = cg_docmeta_parse(text, len, base, opt ? opt->lang : NULL,
                              x->states, x->words, &d->meta, err);
    if (rc)
        return rc;
    cg_docmeta *m = &d->meta;
    if (opt && opt->symbol) {
        g_free(m->symbol);
        m->symbol = g_strdup(opt->symbol);
        m->symbol_source = CG_ID_MANIFEST;
    }
    if (opt && opt->date) {
        g_free(m->date);
        m->date = g_strdup(opt->date);
    }
    if (opt && opt->title) {
        g_free(m->title);
        m->title = g_strdup(opt->title);
    }
    if (opt && opt->lang) {
        g_free(m->lang);
        m->lang = g_strdup(opt->lang);
    }
    if (m->symbol) {
        d->id = g_string_chunk_insert_const(d->strings, m->symbol);
    } else {
        char *fid = cg_file_id(opt && opt->id_name ? opt->id_name : d->file);
        d->id = g_string_chunk_insert_const(d->strings, fid);
        g_free(fid);
    }
    d->kind = g_string_chunk_insert_const(d->strings,
                                          m->symbol ? cg_symbol_kind(m->symbol) : "document");
    if (m->body == NULL && m->symbol && *cg_symbol_body(m->symbol))
        m->body = g_strdup(cg_symbol_body(m->symbol));

    const char *lang = m->lang ? m->lang : "en";
    const cg_lang_catalogue *lc = cg_catalogue_lang(x->cat, lang);
    if (!lc) {
        cg_doc_warn(d, "no pattern catalogue for language '%s'; read as English", lang);
        lc = cg_catalogue_lang(x->cat, "en");
        if (!lc)
            lc = &x->cat->langs[0];
    }

    cg_norm norm = {0};
    if (cg_norm_build(text, len, (const size_t(*)[2])m->skip, m->n_skip, &norm))
        return cg_error_set(err, ENOMEM, "out of memory normalising the text");
    if (norm.n_invalid)
        cg_doc_warn(d, "invalid UTF-8 at byte %zu (%zu bytes skipped)",
                    norm.first_invalid, norm.n_invalid);

    cg_para *paras = NULL;
    size_t npara = 0;
    if (cg_structure_build(text, len, lc, x->ref, (const size_t(*)[2])m->skip,
                           m->n_skip, &paras, &npara)) {
        cg_norm_clear(&norm);
        return cg_error_set(err, ENOMEM, "out of memory reading the structure");
    }

    run_ctx r;
    memset(&r, 0, sizeof r);
    r.x = x;
    r.lc = lc;
    r.lang = lc->lang;
    r.own_body = m->body;
    r.text = norm.text;
    r.len = norm.len;
    r.doc = d;
    r.mctx = pcre2_match_context_create(NULL);
    r.jit = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
    r.md = pcre2_match_data_create(64, NULL);
    r.imd = pcre2_match_data_create(64, NULL);
    r.cands = g_array_new(FALSE, FALSE, sizeof(cand));
    if (!r.mctx || !r.md || !r.imd) {
        rc = cg_error_set(err, ENOMEM, "out of memory for pattern matching");
        goto done;
    }
    pcre2_set_match_limit(r.mctx, CG_MATCH_LIMIT);
    pcre2_set_depth_limit(r.mctx, CG_DEPTH_LIMIT);
    pcre2_set_heap_limit(r.mctx, CG_HEAP_LIMIT);
    if (r.jit)
        pcre2_jit_stack_assign(r.mctx, NULL, r.jit);

    for (size_t i = 0; i < lc->nrules; i++)
        if (cg_rule_may_match(&lc->rules[i], r.text, r.len))
            run_rule(&r, i);
    drop_overlaps(r.cands);
    resolve_backrefs(&r);
    emit(&r, &norm, text, len, paras, npara);
    /* Text after a heading that opens another document (a printed volume
     * saved as one file) is not this document's: never dropped silently. */
    for (size_t i = 0; i < npara && r.trailer_skipped; i++)
        if (!strcmp(paras[i].location, "trailer")) {
            cg_doc_warn(d, "the text from byte %zu (%zu bytes) reads as another document; "
                        "%zu citation(s) there were skipped: split the file into one "
                        "document per file", paras[i].start, len - paras[i].start,
                        r.trailer_skipped);
            break;
        }
    if (r.limit_hits)
        cg_doc_warn(d, "a pattern hit its match limit %zu time(s), first in a search "
                    "from byte %zu; citations from there on may be missed",
                    r.limit_hits, cg_norm_orig_start(&norm, r.limit_first));
done:
    g_array_free(r.cands, TRUE);
    pcre2_match_data_free(r.md);
    pcre2_match_data_free(r.imd);
    pcre2_jit_stack_free(r.jit);
    pcre2_match_context_free(r.mctx);
    free(paras);
    cg_norm_clear(&norm);
    return rc;
}
