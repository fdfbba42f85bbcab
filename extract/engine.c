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
#include "grammar.h"
#include "running.h"
#include "unmatched.h"
#include "normalize.h"
#include "structure.h"
#include "symbol.h"
#include "zhnum.h"

/* PCRE2 limits: no pattern in the catalogue needs more on real text, and
 * they stop a hostile input from making one run away. */
#define CG_MATCH_LIMIT 5000000u
#define CG_DEPTH_LIMIT 10000u
#define CG_HEAP_LIMIT  65536u /* KiB */
/* The longest line hidden as a heading (bytes): mastheads and headings are
 * short, and a title longer than this holds no trigger word in practice. */
#define CG_HIDE_MAX 200u
/* Normalised bytes matched at once (a window): a real document is one
 * window; a dump of millions of citations holds the candidates of one
 * window at a time, not of the whole text. */
#define CG_WINDOW ((size_t)1 << 19)

/* A match before it becomes a record: norm offsets and resolved fields. */
typedef struct cand {
    size_t s, e; /* normalised offsets */
    size_t rule; /* index in the language catalogue (priority) */
    cg_rule_kind rk;
    cg_kind kind;
    char target[128];
    char parent[64];
    char body[16];
    char number[32];
    char soy[16];
    char part[8];
    char article[16];
    char date[16];
    char generic[64]; /* back-reference noun, resolved later */
    char chapter[16]; /* Roman chapter number ("VII"), or "" */
    int resolved;
    int cut; /* a value was longer than its field: refused with a
                warning (keep()), never kept with a cut id */
} cand;

/* A candidate kept for the document: the same fields, interned in the
 * document's string chunk. A long text can hold millions of candidates
 * (100 MB of "resolution 1325 (2000), "), so they are kept small: about
 * 100 bytes, where the fixed buffers of cand take 400. */
typedef struct kept {
    size_t s, e;      /* normalised offsets */
    unsigned rule;    /* index in the language catalogue (priority) */
    unsigned char rk; /* cg_rule_kind */
    unsigned char resolved;
    cg_kind kind;
    const char *target, *parent, *body, *number, *soy, *part, *article, *date, *generic, *chapter;
} kept;

typedef struct run_ctx {
    const cg_extractor *x;
    const cg_lang_catalogue *lc;
    const char *lang;
    const char *own_body;
    const char *text; /* normalised */
    size_t len;
    pcre2_match_context *mctx; /* the thread's (thread_tools) */
    pcre2_match_data *md;
    cg_matcher gm; /* the list grammar's matcher (shares mctx) */
    /* A long text is matched in windows (CG_WINDOW), so that candidates
     * are held for one window, not for the whole text: */
    cg_list *lists;         /* per rule: the list being read, reused (a
                               long list goes on in the next window) */
    size_t *from;           /* per rule: where its search goes on */
    cg_rule_cursor *cursor; /* per rule: its needed literals found (cg_rule_search) */
    size_t wb;              /* the window's end */
    GArray *cands;          /* kept, this window's and those waiting */
    const char *last[64];   /* resolve_backrefs: instruments named last */
    size_t nlast;
    /* emit: line and column where the last record was, across windows */
    size_t line, line_start, scanned, walk, col;
    cg_doc *doc;
    size_t limit_hits;
    size_t limit_first;     /* normalised offset of the first hit */
    size_t trailer_skipped; /* citations in another document's text */
    size_t cut_skipped;     /* candidates refused: a value too long */
    size_t cut_first;       /* normalised offset of the first */
} run_ctx;

/* The fields of a candidate are fixed buffers (a candidate is built on the
 * stack for every match; a long text has millions): a value that does not
 * fit marks the candidate cut, and it is refused, never kept cut. */
static void copy_span(char *out, size_t cap, const char *s, size_t a, size_t b, int *cut)
{
    size_t l = b - a < cap - 1 ? b - a : cap - 1;
    memcpy(out, s + a, l);
    out[l] = '\0';
    if (l < b - a)
        *cut = 1;
}

/* Copies src into field out of c (cap bytes). */
static void put(cand *c, char *out, size_t cap, const char *src)
{
    if (g_strlcpy(out, src, cap) >= cap)
        c->cut = 1;
}

static void putf(cand *c, char *out, size_t cap, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void putf(cand *c, char *out, size_t cap, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(out, cap, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= cap)
        c->cut = 1;
}

/* Interns candidate c and adds it to the document's candidates; a cut one
 * is counted for the document's warning instead. */
static void keep(run_ctx *r, const cand *c)
{
    if (c->cut) {
        if (r->cut_skipped == 0 || c->s < r->cut_first)
            r->cut_first = c->s; /* rules run one after the other */
        r->cut_skipped++;
        return;
    }
    GStringChunk *sc = r->doc->strings;
    kept k = {c->s,
              c->e,
              (unsigned)c->rule,
              (unsigned char)c->rk,
              (unsigned char)(c->resolved != 0),
              c->kind,
              g_string_chunk_insert_const(sc, c->target),
              g_string_chunk_insert_const(sc, c->parent),
              g_string_chunk_insert_const(sc, c->body),
              g_string_chunk_insert_const(sc, c->number),
              g_string_chunk_insert_const(sc, c->soy),
              g_string_chunk_insert_const(sc, c->part),
              g_string_chunk_insert_const(sc, c->article),
              g_string_chunk_insert_const(sc, c->date),
              g_string_chunk_insert_const(sc, c->generic),
              g_string_chunk_insert_const(sc, c->chapter)};
    g_array_append_val(r->cands, k);
}

static int group(const cg_compiled *c, pcre2_match_data *md, cg_group g, const char *s, char *out,
                 size_t cap, int *cut)
{
    size_t a, b;
    out[0] = '\0';
    if (!md || !c || cg_group_span(c, md, g, &a, &b))
        return 0;
    copy_span(out, cap, s, a, b, cut);
    return b > a;
}

/* ISO date from day, month (number or name) and year; "" when invalid. */
static void make_date(run_ctx *r, const char *d, const char *m, const char *y, char *out)
{
    out[0] = '\0';
    if (!*d || !*m || !*y)
        return;
    int day = atoi(d), year = atoi(y);
    int mon = (*m >= '0' && *m <= '9') ? atoi(m) : cg_ref_month(r->x->ref, r->lang, m, strlen(m));
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

/* Resolves one item of a list into c->target. */
static void resolve_item(run_ctx *r, const cg_list_item *it, cand *c)
{
    char a[32] = "", b[32] = "";
    cg_kind ck = it->dec ? CG_KIND_DECISION : CG_KIND_RESOLUTION;
    const char *kind = cg_kind_name(ck); /* as bodies.tsv names it */
    const char *scheme = NULL;
    char roman[16];
    g_strlcpy(roman, it->roman, sizeof roman);
    if (it->sn[0]) {
        const char *slash = strchr(it->sn, '/');
        if (!slash)
            return;
        copy_span(a, sizeof a, it->sn, 0, (size_t)(slash - it->sn), &c->cut);
        put(c, b, sizeof b, slash + 1);
        int first = atoi(a);
        scheme = (strlen(a) == 4 && first >= 1946 && first <= 2100) ? "yn" : "sn";
        put(c, c->number, sizeof c->number, it->sn);
        put(c, c->soy, sizeof c->soy, a);
    } else if (it->n[0] && it->y2[0]) {
        scheme = "ny";
        put(c, a, sizeof a, it->n);
        put(c, c->number, sizeof c->number, it->n);
        put(c, c->soy, sizeof c->soy, it->y2);
    } else if (it->n[0] && roman[0]) {
        for (char *p = roman; *p; p++)
            *p = (char)g_ascii_toupper(*p);
        /* 1474 (ES-IV), 2248 (S-V): a (emergency) special session. */
        const char *numeral = !strncmp(roman, "ES-", 3)  ? roman + 3
                              : !strncmp(roman, "S-", 2) ? roman + 2
                                                         : roman;
        if (!cg_roman_valid(numeral))
            return;
        scheme = "nr";
        put(c, a, sizeof a, it->n);
        put(c, c->number, sizeof c->number, it->n);
        put(c, c->soy, sizeof c->soy, roman);
    } else {
        return;
    }
    if (g_ascii_isalpha(it->part[0])) {
        c->part[0] = (char)g_ascii_toupper(it->part[0]), c->part[1] = '\0';
    } else if (it->part[0]) {
        /* A part letter spelled out ("41 / 86 فاء"): the letter of the same
         * rank, from the data. */
        const char *l = cg_ref_subpara_letter(r->x->ref, r->lang, it->part, strlen(it->part));
        if (l)
            c->part[0] = (char)g_ascii_toupper(l[0]), c->part[1] = '\0';
    }

    /* Which body: a word naming it, "its", the citing document's own body
     * for generic words, the number's shape, in that order of trust. */
    const char *body = NULL;
    int resolved = !it->ocr;
    const char *bodyw = it->body;
    const char *codes = *bodyw ? cg_ref_body_codes(r->x->ref, r->lang, bodyw, strlen(bodyw)) : NULL;
    /* A body named after the list is no evidence for a number it cannot
     * have given ("1325 (2000) и 60/251 Генеральной Ассамблеи"). */
    if (it->body_from_tail && codes && !strchr(codes, '|') && strcmp(codes, "@self") &&
        !cg_ref_body_template(r->x->ref, codes, scheme, kind, a))
        codes = NULL;
    if (it->its || (codes && !strcmp(codes, "@self"))) {
        body = r->own_body;
    } else if (codes && !strchr(codes, '|')) {
        body = codes;
    } else if (codes) {
        if (body_in(codes, r->own_body) &&
            cg_ref_body_template(r->x->ref, r->own_body, scheme, kind, a)) {
            body = r->own_body;
        } else {
            /* The only body of the set that numbers this way, if one. */
            int found = 0;
            for (const char *p = codes; p && *p;) {
                const char *bar = strchr(p, '|');
                char one[16];
                copy_span(one, sizeof one, p, 0, bar ? (size_t)(bar - p) : strlen(p), &c->cut);
                if (cg_ref_body_template(r->x->ref, one, scheme, kind, a)) {
                    if (!found++)
                        put(c, c->body, sizeof c->body, one);
                }
                p = bar ? bar + 1 : NULL;
            }
            body = found ? c->body : NULL;
            resolved = resolved && found == 1;
        }
    }
    /* The date written with the number says when it was adopted: a body
     * that adopted nothing that year did not adopt it. */
    int year = it->y[0] ? atoi(it->y) : 0;
    if (body && (!cg_ref_body_template(r->x->ref, body, scheme, kind, a) ||
                 (year && !cg_ref_body_year_ok(r->x->ref, body, scheme, a, year)))) {
        body = NULL;
        resolved = 0;
    }
    if (!body) {
        const char *sole = cg_ref_scheme_body(r->x->ref, scheme);
        if (sole) {
            body = sole; /* the one body that numbers so: N (YYYY), the Council */
        } else {
            /* A guess, flagged: the citing body when it can have given
             * the number, else the only body that can (5/1 is the Human
             * Rights Council's, 64/292 the Assembly's), else the body
             * most cited so (ECOSOC for year/number, the Assembly). */
            resolved = 0;
            const char *only = cg_ref_body_unique(r->x->ref, scheme, kind, a);
            if (r->own_body && cg_ref_body_template(r->x->ref, r->own_body, scheme, kind, a) &&
                (!year || cg_ref_body_year_ok(r->x->ref, r->own_body, scheme, a, year)))
                body = r->own_body;
            else if (it->dec && !*bodyw && !it->its)
                return; /* "decision 15/4" of a conference of the
                               parties (CBD/COP/15/17): no UN body's */
            else if (only)
                body = only;
            else if (!strcmp(scheme, "yn"))
                body = "ECOSOC";
            else
                body = "GA";
        }
    }
    const char *t = cg_ref_body_template(r->x->ref, body, scheme, kind, a);
    if (!t)
        return;
    if (cg_symbol_fill(t, a, b, it->y2, roman, c->target, sizeof c->target)) {
        c->cut = 1;
        return;
    }
    put(c, c->body, sizeof c->body, body);
    c->kind = ck;
    make_date(r, it->d, it->m, it->y, c->date);
    c->resolved = resolved;
}

/* An article number written in digits, Roman numerals or Chinese numerals. */
static int article_number(const char *art, char *out, size_t cap)
{
    long v;
    if (!*art)
        return 0;
    /* "article VI of the Treaty" (the NPT numbers its articles in Roman
     * numerals; its Chinese text says 第六条): one id, "NPT art. 6". */
    if ((v = cg_roman_value(art)) == 0 && cg_zh_number(art, strlen(art), &v))
        return 0;
    if (v <= 0 || v > 999)
        return 0;
    snprintf(out, cap, "%ld", v);
    return 1;
}

/* A chapter number as Roman numerals ("VII") from Roman numerals, digits,
 * Chinese numerals (第七章) or an ordinal word (الفصل السابع). */
static int chapter_number(run_ctx *r, const char *chap, char *out, size_t cap)
{
    long v = 0;
    char up[16];
    g_strlcpy(up, chap, sizeof up);
    for (char *p = up; *p; p++)
        *p = (char)g_ascii_toupper(*p);
    if (cg_roman_valid(up)) {
        g_strlcpy(out, up, cap);
        return 1;
    }
    if (cg_zh_number(chap, strlen(chap), &v) || v <= 0)
        v = cg_ref_ordinal(r->x->ref, r->lang, chap, strlen(chap));
    return cg_roman_from_int(v, out, cap);
}

static void build_cand(run_ctx *r, size_t ri, const cg_compiled *icomp, pcre2_match_data *imd,
                       size_t s, size_t e)
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
    case CG_RK_LIST:
    case CG_RK_RESNUM:
        return; /* lists are read by the grammar (run_list); resnum is
                       no citation (unmatched.c) */
    case CG_RK_SYMBOL: {
        size_t a, b;
        char y2[8] = "", ocr[8] = "";
        if (cg_group_span(icomp, imd, CG_G_SYM, &a, &b))
            return;
        group(icomp, imd, CG_G_Y2, t, y2, sizeof y2, &c.cut);
        group(icomp, imd, CG_G_OCR, t, ocr, sizeof ocr, &c.cut);
        GString *sym = g_string_new(NULL);
        if (*ocr) /* "$/24810", "S$/24870": OCR damage of "S/" */
            g_string_append(sym, "S");
        g_string_append_len(sym, t + a, (gssize)(b - a));
        char *canon = cg_symbol_canonicalise(sym->str, sym->len, y2);
        g_string_free(sym, TRUE);
        put(&c, c.target, sizeof c.target, canon);
        g_free(canon);
        if (!c.cut && cg_symbol_is_stem(c.target))
            return;
        c.kind = cg_symbol_kind(c.target);
        put(&c, c.body, sizeof c.body, cg_ref_symbol_body(r->x->ref, c.target));
        /* "of 18 December 2014 (S/PRST/2014/28)", "2014年12月18日S/PRST/2014/28号":
         * a rule that reads the date before the symbol (symbol-dated) */
        char dd[8] = "", mm[64] = "", yy[8] = "";
        if (group(icomp, imd, CG_G_Y, t, yy, sizeof yy, &c.cut)) {
            group(icomp, imd, CG_G_M, t, mm, sizeof mm, &c.cut);
            group(icomp, imd, CG_G_D, t, dd, sizeof dd, &c.cut);
            make_date(r, dd, mm, yy, c.date);
        }
        break;
    }
    case CG_RK_INSTRUMENT:
    case CG_RK_ARTICLE: {
        if (!group(icomp, imd, CG_G_INST, t, inst, sizeof inst, &c.cut))
            return;
        char chap[48];
        group(icomp, imd, CG_G_ART, t, art, sizeof art, &c.cut);
        group(icomp, imd, CG_G_CHAP, t, chap, sizeof chap, &c.cut);
        if (c.cut)
            break; /* refused, said (keep()) */
        const char *id = cg_ref_instrument(r->x->ref, r->lang, inst, strlen(inst));
        if (!id)
            return;
        if (strchr(id, '+') && (*art || *chap))
            return; /* an article of "the Covenants": of which? */
        if (*chap) {
            /* "Chapter VII of the Charter": part of the instrument, like
             * an article. */
            if (!chapter_number(r, chap, c.chapter, sizeof c.chapter))
                return;
            c.kind = CG_KIND_CHAPTER;
            put(&c, c.parent, sizeof c.parent, id);
            putf(&c, c.target, sizeof c.target, "%s ch. %s", id, c.chapter);
        } else if (*art && article_number(art, c.article, sizeof c.article)) {
            c.kind = CG_KIND_ARTICLE;
            put(&c, c.parent, sizeof c.parent, id);
            putf(&c, c.target, sizeof c.target, "%s art. %s", id, c.article);
        } else {
            c.kind = CG_KIND_INSTRUMENT;
            put(&c, c.target, sizeof c.target, id);
        }
        break;
    }
    case CG_RK_BACKREF:
        if (!group(icomp, imd, CG_G_GENERIC, t, c.generic, sizeof c.generic, &c.cut))
            return;
        group(icomp, imd, CG_G_ART, t, art, sizeof art, &c.cut);
        if (*art && !c.cut)
            article_number(art, c.article, sizeof c.article);
        {
            char chap[48];
            if (group(icomp, imd, CG_G_CHAP, t, chap, sizeof chap, &c.cut) && !c.cut &&
                !chapter_number(r, chap, c.chapter, sizeof c.chapter))
                return;
        }
        break;
    }
    keep(r, &c);
}

static int match(run_ctx *r, size_t ri, size_t from, pcre2_match_data *md)
{
    int rc = cg_rule_search(&r->lc->rules[ri], &r->cursor[ri], r->text, r->len, from, md, r->mctx);
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

/* Reads the lists of a list rule with the grammar, one candidate per item,
 * up to the first list that starts at or after the window's end (read,
 * its items waiting for their window). */
static void run_list(run_ctx *r, size_t ri)
{
    const cg_rule *rule = &r->lc->rules[ri];
    cg_list *l = &r->lists[ri];
    size_t next;
    for (size_t from = r->from[ri]; from < r->len; from = next) {
        int got =
            cg_list_read(r->lc, rule, &r->cursor[ri], &r->gm, r->text, r->len, from, l, &next);
        if (got < 0) {
            r->from[ri] = r->len;
            return;
        }
        for (size_t i = 0; i < l->nitems; i++) {
            const cg_list_item *it = &l->items[i];
            cand c;
            memset(&c, 0, sizeof c);
            c.s = it->s;
            c.e = it->e;
            c.rule = ri;
            c.rk = rule->kind;
            c.cut = it->cut;
            if (!c.cut)
                resolve_item(r, it, &c);
            if (c.target[0] || c.cut)
                keep(r, &c);
        }
        if (next <= from) {
            r->from[ri] = r->len;
            return;
        }
        if (got > 0 && l->s >= r->wb) {
            r->from[ri] = next;
            return;
        }
    }
    r->from[ri] = r->len;
}

/* Runs a rule up to the window's end: a match starting there or after is
 * searched again from its start in the next window (the same match). */
static void run_rule(run_ctx *r, size_t ri)
{
    const cg_rule *rule = &r->lc->rules[ri];
    if (rule->kind == CG_RK_LIST) {
        run_list(r, ri);
        return;
    }
    size_t from = r->from[ri];
    while (from < r->len) {
        if (match(r, ri, from, r->md) < 0) {
            from = r->len;
            break;
        }
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(r->md);
        size_t s = ov[0], e = ov[1];
        if (s >= r->wb) {
            from = s;
            break;
        }
        if (e > s)
            build_cand(r, ri, &rule->match, r->md, s, e);
        from = next_from(r, s, e);
    }
    r->from[ri] = from;
}

static gint cand_order(gconstpointer a, gconstpointer b)
{
    const kept *x = a, *y = b;
    if (x->s != y->s)
        return x->s < y->s ? -1 : 1;
    size_t lx = x->e - x->s, ly = y->e - y->s;
    if (lx != ly)
        return lx > ly ? -1 : 1;
    return (x->rule > y->rule) - (x->rule < y->rule);
}

/* Keeps, of overlapping matches, the longer one (the earlier rule on a tie):
 * "article 2 of the Covenant" wins over "the Covenant" inside it. Only the
 * first n candidates (sorted) take part: those of this window. */
static size_t drop_overlaps(GArray *cands, size_t n)
{
    size_t nkept = 0;
    for (size_t i = 0; i < n; i++) {
        kept *c = &g_array_index(cands, kept, i);
        if (nkept > 0) {
            kept *k = &g_array_index(cands, kept, nkept - 1);
            if (c->s < k->e) {
                if (c->e - c->s > k->e - k->s)
                    *k = *c;
                continue;
            }
        }
        g_array_index(cands, kept, nkept++) = *c;
    }
    return nkept;
}

/* "the Covenant", 《公约》: the instrument named last that answers to the
 * noun; failing that, the only instrument that does (the Charter). */
static void resolve_backrefs(run_ctx *r, size_t n)
{
    const char **last = r->last;
    size_t nlast = r->nlast;
    GStringChunk *sc = r->doc->strings;
    for (size_t i = 0; i < n; i++) {
        kept *c = &g_array_index(r->cands, kept, i);
        if (c->rk != CG_RK_BACKREF) {
            if (c->kind == CG_KIND_INSTRUMENT || c->kind == CG_KIND_ARTICLE ||
                c->kind == CG_KIND_CHAPTER) {
                const char *id = c->parent[0] ? c->parent : c->target;
                if (nlast == 64) {
                    memmove(last, last + 1, 63 * sizeof *last);
                    nlast--;
                }
                last[nlast++] = id;
            }
            continue;
        }
        const char *id = NULL;
        for (size_t k = nlast; k-- > 0 && !id;)
            if (cg_ref_instrument_has_generic(r->x->ref, last[k], r->lang, c->generic,
                                              strlen(c->generic)))
                id = last[k];
        if (!id)
            id = cg_ref_generic_unique(r->x->ref, r->lang, c->generic, strlen(c->generic));
        if (!id)
            continue; /* no referent: not reported */
        if (c->chapter[0]) {
            char *t = g_strdup_printf("%s ch. %s", id, c->chapter);
            c->kind = CG_KIND_CHAPTER;
            c->parent = g_string_chunk_insert_const(sc, id);
            c->target = g_string_chunk_insert_const(sc, t);
            g_free(t);
        } else if (c->article[0]) {
            char *t = g_strdup_printf("%s art. %s", id, c->article);
            c->kind = CG_KIND_ARTICLE;
            c->parent = g_string_chunk_insert_const(sc, id);
            c->target = g_string_chunk_insert_const(sc, t);
            g_free(t);
        } else {
            c->kind = CG_KIND_INSTRUMENT;
            c->target = g_string_chunk_insert_const(sc, id);
        }
    }
    r->nlast = nlast;
}

/* Turns candidates into records: original offsets, line and column,
 * paragraph, and drops what the document says of itself. */
static int emit(run_ctx *r, const cg_norm *norm, const char *orig, size_t olen,
                const cg_para *paras, size_t npara, size_t n)
{
    cg_doc *d = r->doc;
    /* (carried from the previous window) */
    size_t line = r->line, line_start = r->line_start, scanned = r->scanned;
    /* Column: characters stepped from line_start up to `walk`, carried from
     * one citation to the next, so a long line (a 100 MB dump has no line
     * break) costs linear time, not quadratic. Same steps as
     * g_utf8_pointer_to_offset(line start, start). */
    size_t walk = r->walk, col = r->col;
    int rc = 0;
    for (size_t i = 0; i < n && !rc; i++) {
        kept *c = &g_array_index(r->cands, kept, i);
        if (!c->target[0])
            continue;
        if (d->id && !strcmp(c->target, d->id))
            continue; /* its own symbol or a running header */
        cg_cite_rec rec;
        memset(&rec, 0, sizeof rec);
        rec.start = cg_norm_orig_start(norm, c->s);
        rec.end = cg_norm_orig_end(norm, c->e);
        if (rec.end > olen)
            rec.end = olen;
        if (rec.start < scanned) { /* offsets only grow; be safe */
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
        rec.text = g_string_chunk_insert_const(sc, span);
        g_free(span);
        if (r->doc->meta.site_note && rec.start >= r->doc->meta.site_note)
            continue; /* a web site's note after the document */
        const cg_para *p = cg_structure_find(paras, npara, rec.start);
        if (p && p->part == CG_PART_TRAILER) {
            r->trailer_skipped++; /* said once, after the loop */
            continue;             /* the next document of a printed volume */
        }
        /* A part of a file holding several documents: offsets and lines
         * stay the file's. */
        rec.start += d->base;
        rec.end += d->base;
        if (rec.line == 1)
            rec.col += d->base_col;
        rec.line += d->base_line;
        rec.location.part = p ? p->part : CG_PART_HEADER;
        rec.location.label = p ? p->label : "";
        rec.relation = g_string_chunk_insert_const(sc, p ? p->relation : "other");
        rec.footnote = g_string_chunk_insert_const(sc, p ? p->footnote : "");
        /* Already interned in the document's chunk by keep(). */
        rec.kind = c->kind;
        if (strchr(c->target, '+')) {
            /* "the International Covenants": one citation of each. */
            gchar **ids = g_strsplit(c->target, "+", -1);
            for (gchar **id = ids; *id; id++) {
                rec.target = g_string_chunk_insert_const(sc, *id);
                rec.parent = rec.body = rec.number = rec.session_or_year = rec.part = rec.article =
                    rec.date = "";
                rec.rule = g_string_chunk_insert_const(sc, r->lc->rules[c->rule].name);
                rec.resolved = c->resolved;
                if ((rc = cg_cite_store_add(d->cites, &rec)))
                    break;
            }
            g_strfreev(ids);
            continue;
        }
        rec.target = c->target;
        rec.parent = c->parent;
        rec.body = c->body;
        rec.number = c->number;
        rec.session_or_year = c->soy;
        rec.part = c->part;
        rec.article = c->article;
        rec.date = c->date;
        rec.rule = g_string_chunk_insert_const(sc, r->lc->rules[c->rule].name);
        rec.resolved = c->resolved;
        rc = cg_cite_store_add(d->cites, &rec);
    }
    r->line = line, r->line_start = line_start, r->scanned = scanned;
    r->walk = walk, r->col = col;
    return rc;
}

/* What matching needs, made once per thread and kept: creating a JIT stack
 * maps memory and freeing it unmaps it, and in a threaded process every
 * unmap interrupts the other cores (issue 17 measured it at a fifth of
 * the run when done per document). */
typedef struct match_tools {
    pcre2_match_context *mctx; /* limits and the JIT stack */
    pcre2_jit_stack *jit;
    pcre2_match_data *md;  /* the rules' */
    pcre2_match_data *gmd; /* the list grammar's */
} match_tools;

static void tools_free(gpointer p)
{
    match_tools *t = p;
    pcre2_match_data_free(t->md);
    pcre2_match_data_free(t->gmd);
    pcre2_jit_stack_free(t->jit);
    pcre2_match_context_free(t->mctx);
    g_free(t);
}

static GPrivate tools_key = G_PRIVATE_INIT(tools_free);

static const match_tools *thread_tools(void)
{
    match_tools *t = g_private_get(&tools_key);
    if (t)
        return t;
    t = g_new0(match_tools, 1);
    t->mctx = pcre2_match_context_create(NULL);
    t->jit = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
    t->md = pcre2_match_data_create(64, NULL);
    t->gmd = pcre2_match_data_create(64, NULL);
    if (t->mctx) {
        pcre2_set_match_limit(t->mctx, CG_MATCH_LIMIT);
        pcre2_set_depth_limit(t->mctx, CG_DEPTH_LIMIT);
        pcre2_set_heap_limit(t->mctx, CG_HEAP_LIMIT);
        if (t->jit)
            pcre2_jit_stack_assign(t->mctx, NULL, t->jit);
    }
    g_private_set(&tools_key, t);
    return t;
}

int cg_engine_run(const cg_extractor *x, cg_doc *d, const char *text, size_t len,
                  const cg_read_options *opt, size_t **starts, size_t *nstarts, cg_error *err)
{
    const char *base = strrchr(d->file, '/');
    base = base ? base + 1 : d->file;
    /* A file name names one document: the first part of a file holding
     * several. */
    if (d->part > 1)
        base = "";
    int rc = cg_docmeta_parse(text, len, base, opt ? opt->lang : NULL, x->states, x->words, x->ref,
                              &d->meta, err);
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
        m->date_source = CG_DATE_MANIFEST;
    }
    if (opt && opt->title) {
        g_free(m->title);
        m->title = g_strdup(opt->title);
        m->title_source = CG_TITLE_MANIFEST;
    }
    if (opt && opt->lang) {
        g_free(m->lang);
        m->lang = g_strdup(opt->lang);
    }
    if (m->symbol) {
        d->id = g_string_chunk_insert_const(d->strings, m->symbol);
    } else {
        char *fid = cg_file_id(opt && opt->id_name ? opt->id_name : d->file);
        if (d->part) { /* file:PATH#N: the file's Nth document */
            char *p = g_strdup_printf("%s#%d", fid, d->part);
            g_free(fid);
            fid = p;
        }
        d->id = g_string_chunk_insert_const(d->strings, fid);
        g_free(fid);
    }
    d->kind = m->symbol ? cg_symbol_kind(m->symbol) : CG_KIND_DOCUMENT;
    if (m->body == NULL && m->symbol && *cg_ref_symbol_body(x->ref, m->symbol))
        m->body = g_strdup(cg_ref_symbol_body(x->ref, m->symbol));

    const char *lang = m->lang ? m->lang : "en";
    const cg_lang_catalogue *lc = cg_catalogue_lang(x->cat, lang);
    int no_catalogue = !lc;
    if (!lc) {
        lc = cg_catalogue_lang(x->cat, "en");
        if (!lc)
            lc = &x->cat->langs[0];
    }

    /* Hidden from the patterns: the lines that say what the document is
     * (masthead, heading, title) and running headers. A range longer than
     * any such line is a line that holds the text too (a flowed or
     * one-line document: "52/133. Human rights and terrorism The General
     * Assembly, … Recalling its resolutions 48/122 …"); hiding it would
     * cost every citation, so it stays visible (its own symbol is still no
     * citation: emit() drops it). */
    cg_running_lines(text, len, &m->skip, &m->n_skip);
    size_t n_hide = 0;
    for (size_t i = 0; i < m->n_skip; i++)
        if (m->skip[i][1] - m->skip[i][0] <= CG_HIDE_MAX)
            m->skip[n_hide][0] = m->skip[i][0], m->skip[n_hide++][1] = m->skip[i][1];
    m->n_skip = n_hide;
    cg_para *paras = NULL;
    size_t npara = 0;
    if (cg_structure_build(text, len, lc, x->ref, (const size_t(*)[2])m->skip, m->n_skip,
                           d->strings, &paras, &npara))
        return cg_error_set(err, ENOMEM, "PCRE2 could not allocate match data");
    /* Several documents in one file (a printed volume, texts run together):
     * the caller reads each part as a document of its own (volume.c). A
     * manifest's symbol says the file is that one document. */
    if (starts && !(opt && opt->symbol)) {
        if (cg_structure_split(text, len, lc, x->ref, (const size_t(*)[2])m->skip, m->n_skip, paras,
                               npara, starts, nstarts)) {
            g_free(paras);
            return cg_error_set(err, ENOMEM, "PCRE2 could not allocate match data");
        }
        if (*nstarts > 1) {
            g_free(paras);
            return 0;
        }
    }
    if (no_catalogue)
        cg_doc_warn(d, "no pattern catalogue for language '%s'; read as English", lang);
    cg_norm norm = {0};
    cg_norm_build(text, len, (const size_t(*)[2])m->skip, m->n_skip, &norm);
    if (norm.n_invalid)
        cg_doc_warn(d, "invalid UTF-8 at byte %zu (%zu bytes skipped)",
                    norm.first_invalid + d->base, norm.n_invalid);

    run_ctx r;
    memset(&r, 0, sizeof r);
    r.x = x;
    r.lc = lc;
    r.lang = lc->lang;
    r.own_body = m->body;
    r.text = norm.text;
    r.len = norm.len;
    r.doc = d;
    const match_tools *tools = thread_tools();
    r.mctx = tools->mctx;
    r.md = tools->md;
    r.gm.md = tools->gmd;
    r.gm.mctx = r.mctx;
    r.cands = g_array_new(FALSE, FALSE, sizeof(kept));
    r.lists = g_new0(cg_list, lc->nrules);
    r.from = g_new0(size_t, lc->nrules);
    r.cursor = g_new(cg_rule_cursor, lc->nrules); /* cg_rule_cursor_init below */
    r.line = 1;
    if (!r.mctx || !r.md || !r.gm.md) {
        /* PCRE2's own allocations (thread_tools) */
        rc = cg_error_set(err, ENOMEM, "PCRE2 could not allocate its match context");
        goto done;
    }
    size_t *first = g_new(size_t, lc->nlits ? lc->nlits : 1);
    cg_catalogue_find_literals(lc, r.text, r.len, first);
    for (size_t i = 0; i < lc->nrules; i++) {
        if (lc->rules[i].kind == CG_RK_RESNUM || !cg_rule_may_match(&lc->rules[i], first))
            r.from[i] = r.len; /* never runs */
        cg_rule_cursor_init(&lc->rules[i], first, &r.cursor[i]);
    }
    g_free(first);

    /* Window by window (one for any real document): every rule up to the
     * window's end, then its candidates sorted, overlaps dropped, back
     * references resolved and records made. The last candidate kept may
     * overlap the next window's: it waits for it. */
    for (size_t wa = 0; wa < r.len && !rc; wa = r.wb) {
        r.wb = r.len - wa > CG_WINDOW ? wa + CG_WINDOW : r.len;
        for (size_t i = 0; i < lc->nrules; i++)
            if (r.from[i] < r.len)
                run_rule(&r, i);
        g_array_sort(r.cands, cand_order);
        size_t n = 0;
        while (n < r.cands->len && g_array_index(r.cands, kept, n).s < r.wb)
            n++;
        size_t waiting = r.cands->len - n;
        n = drop_overlaps(r.cands, n);
        int carry = r.wb < r.len && n > 0 && g_array_index(r.cands, kept, n - 1).e > r.wb;
        resolve_backrefs(&r, n - carry);
        if (emit(&r, &norm, text, len, paras, npara, n - carry)) {
            rc = cg_error_set(err, EOVERFLOW, "a citation lies beyond 4 GiB, line or column 2^32");
            goto done;
        }
        /* What waits: the carried candidate, then those of later windows. */
        kept *k = (kept *)(void *)r.cands->data;
        size_t left = 0;
        if (carry)
            k[left++] = k[n - 1];
        if (waiting)
            memmove(k + left, k + r.cands->len - waiting, waiting * sizeof *k);
        g_array_set_size(r.cands, left + waiting);
    }
    /* Structure may add relation and location, never cost a citation: a
     * text with resolution numbers and no citation is one whose layout was
     * not read, and the user is told. */
    if (cg_cite_store_len(d->cites) == 0) {
        size_t n = cg_count_resnum(lc, r.mctx, r.md, r.text, r.len, d->id);
        if (n)
            cg_doc_warn(d,
                        "%zu resolution-like number(s) and no citation: the text may "
                        "not be read right (citegraph check --unmatched lists them)",
                        n);
    }
    if (r.gm.limit_hits && (!r.limit_hits || r.gm.limit_first < r.limit_first))
        r.limit_first = r.gm.limit_first;
    r.limit_hits += r.gm.limit_hits;
    /* Text after a heading that opens another document (a printed volume
     * saved as one file) is not this document's: never dropped silently. */
    for (size_t i = 0; i < npara && r.trailer_skipped; i++)
        if (paras[i].part == CG_PART_TRAILER) {
            cg_doc_warn(d,
                        "the text from byte %zu (%zu bytes) reads as another document; "
                        "%zu citation(s) there were skipped: split the file into one "
                        "document per file",
                        paras[i].start + d->base, len - paras[i].start, r.trailer_skipped);
            break;
        }
    if (r.cut_skipped)
        cg_doc_warn(d,
                    "%zu citation(s) refused, first at byte %zu: a value the patterns "
                    "matched is longer than an id's part can be (never kept cut)",
                    r.cut_skipped, cg_norm_orig_start(&norm, r.cut_first) + d->base);
    if (r.limit_hits)
        cg_doc_warn(d,
                    "a pattern hit its match limit %zu time(s), first in a search "
                    "from byte %zu; citations from there on may be missed",
                    r.limit_hits, cg_norm_orig_start(&norm, r.limit_first) + d->base);
done:
    g_array_free(r.cands, TRUE);
    for (size_t i = 0; r.lists && i < lc->nrules; i++)
        cg_list_clear(&r.lists[i]);
    g_free(r.lists);
    g_free(r.from);
    g_free(r.cursor);
    g_free(paras);
    cg_norm_clear(&norm);
    return rc;
}
