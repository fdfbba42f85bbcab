/*
 * grammar.c - the list grammar of grammar.h over a language's atoms.
 */
#include "grammar.h"

#include <glib.h>
#include <string.h>

/* What a search from pos returned (rc): 1 and [*s, *e) on a match; a
 * search stopped by a PCRE2 limit is counted and read as no match. */
static int found(cg_matcher *m, int rc, size_t pos, size_t *s, size_t *e)
{
    if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
        rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT) {
        if (!m->limit_hits++)
            m->limit_first = pos;
        return 0;
    }
    if (rc < 0)
        return 0;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
    *s = ov[0];
    *e = ov[1];
    return 1;
}

/* Matches atom c at pos in text[0..len) (atoms are compiled anchored). */
static int at(cg_matcher *m, const cg_compiled *c, const char *text, size_t len, size_t pos,
              size_t *s, size_t *e)
{
    if (!c->code || pos > len || !cg_compiled_may_start(c, text, len, pos))
        return 0;
    int rc = pcre2_match(c->code, (PCRE2_SPTR)text, len, pos, PCRE2_NO_UTF_CHECK, m->md, m->mctx);
    return found(m, rc, pos, s, e);
}

/* Searches a list rule's lead at or after pos, near the rule's needed
 * literals only (cg_rule_search). */
static int lead(cg_matcher *m, const cg_rule *rule, cg_rule_cursor *cursor, const char *text,
                size_t len, size_t pos, size_t *s, size_t *e)
{
    if (!rule->match.code || pos > len)
        return 0;
    return found(m, cg_rule_search(rule, cursor, text, len, pos, m->md, m->mctx), pos, s, e);
}

/* Copies group g of the last match of c into out ("" when it took no
 * part); returns 1 when it took part. The shipped atoms bound their groups
 * below the buffer sizes; a catalogue whose groups match more gets *cut
 * set, and the item is refused (engine.c warns), never read cut. */
static int grab(cg_matcher *m, const cg_compiled *c, cg_group g, const char *text, char *out,
                size_t cap, int *cut)
{
    size_t a, b;
    out[0] = '\0';
    if (cg_group_span(c, m->md, g, &a, &b))
        return 0;
    size_t l = b - a < cap - 1 ? b - a : cap - 1;
    memcpy(out, text + a, l);
    out[l] = '\0';
    if (l < b - a)
        *cut = 1;
    return 1;
}

static int took_part(cg_matcher *m, const cg_compiled *c, cg_group g)
{
    size_t a, b;
    return cg_group_span(c, m->md, g, &a, &b) == 0;
}

/* Drops the spaces of "16 / 9" and "12 / 1 0"; with ocr set, maps what OCR
 * puts for digits (I11, !86 and [86 for 111 and 186; S71 and $46 for 571
 * and 546; 2O5). */
static void clean_number(char *s, int ocr)
{
    char *w = s;
    for (char *r = s; *r; r++)
        if (*r != ' ')
            *w++ = *r;
    *w = '\0';
    if (!ocr)
        return;
    for (char *r = s; *r; r++) {
        switch (*r) {
        case 'I':
        case 'l':
        case '!':
        case '[': *r = '1'; break;
        case 'O': *r = '0'; break;
        case '$': *r = '5'; break;
        case 'S':
            if (r[1] != '-')
                *r = '5';
            break;
        default: break;
        }
    }
}

/* Reads the date atom at pos into the item; returns its end or 0. */
static size_t read_date(const cg_lang_catalogue *lc, cg_matcher *m, const char *text, size_t len,
                        size_t pos, cg_list_item *it, cg_atom_kind kind)
{
    size_t s, e;
    if (!at(m, &lc->atom[kind], text, len, pos, &s, &e) || e == s)
        return 0;
    grab(m, &lc->atom[kind], CG_G_D, text, it->d, sizeof it->d, &it->cut);
    grab(m, &lc->atom[kind], CG_G_M, text, it->m, sizeof it->m, &it->cut);
    grab(m, &lc->atom[kind], CG_G_Y, text, it->y, sizeof it->y, &it->cut);
    if (!it->m[0]) {
        it->d[0] = it->y[0] = '\0';
        return 0;
    }
    clean_number(it->d, 0); /* "2 00 9 年 1 0 月": PDF-spaced digits */
    clean_number(it->y, 0);
    if (g_ascii_isdigit(it->m[0]))
        clean_number(it->m, 0);
    it->dated = 1;
    /* "4 and 14 July 1967": two items' days; this one is the last's. */
    it->two_days = took_part(m, &lc->atom[kind], CG_G_D0);
    /* A month without its day ("d'août 1990") is read past but gives no
     * date: an ISO date needs the day. */
    if (!it->d[0])
        it->m[0] = it->y[0] = '\0';
    return e;
}

/* A TRIG atom at pos: sets *which (1 resolution, 2 decision) and returns
 * its end; pos when there is none. */
static size_t read_trig(const cg_lang_catalogue *lc, cg_matcher *m, const char *text, size_t len,
                        size_t pos, int *which)
{
    size_t s, e;
    if (!at(m, &lc->atom[CG_A_TRIG], text, len, pos, &s, &e) || e == s)
        return pos;
    *which = took_part(m, &lc->atom[CG_A_TRIG], CG_G_DEC) ? 2 : 1;
    return e;
}

/* 1 when a clause verb of the structure opens text at q ("Recalling",
 * "Rappelant", "ссылаясь"): its pattern is anchored at the start of the
 * subject, so the subject starts at q. */
static int verb_opens(const cg_lang_catalogue *lc, cg_matcher *m, const char *text, size_t len,
                      size_t q)
{
    const pcre2_code *re = lc->st[CG_ST_VERB].code;
    return re && pcre2_match(re, (PCRE2_SPTR)(text + q), len - q, 0, PCRE2_NO_UTF_CHECK, m->md,
                             m->mctx) >= 0;
}

/* Where an unquoted apposition that opens at pos ends: the first place,
 * within CG_APPOS_MAX bytes and before any digit, where the list goes on
 * (SEP TRIG? NUM, or LINK DATE); 0 when it does not go on (the apposition
 * ends the list). */
static size_t appos_end(const cg_lang_catalogue *lc, cg_matcher *m, const char *text, size_t len,
                        size_t pos)
{
    size_t lim = pos + CG_APPOS_MAX < len ? pos + CG_APPOS_MAX : len;
    cg_list_item scratch;
    for (size_t p = pos; p < lim; p++) {
        char c = text[p];
        /* The clause ended first, or a number came that does not go on
         * with the list ("relating to …, Recalling … resolution 89 (1950)
         * of 17 November 1950": a title holds no number). */
        if (c == ';' || (c == '.' && p + 1 < len && text[p + 1] == ' ') || (c >= '0' && c <= '9'))
            return 0;
        /* Nor across the next paragraph of a flowed text: ", Rappelant en
         * outre …" opens a clause of its own (the structure's verbs). */
        if (c == ',' && p + 2 < len && text[p + 1] == ' ' && verb_opens(lc, m, text, len, p + 2))
            return 0;
        if (c != ',' && c != ' ' &&
            !((unsigned char)c == 0xD8 && p + 1 < len &&
              ((unsigned char)text[p + 1] == 0x8C || (unsigned char)text[p + 1] == 0x9B)))
            continue; /* a list goes on after a space or a comma (، ؛) */
        size_t s, e, s2, e2;
        int which;
        if (at(m, &lc->atom[CG_A_SEP], text, len, p, &s, &e) &&
            at(m, &lc->atom[CG_A_NUM], text, len, read_trig(lc, m, text, len, e, &which), &s2, &e2))
            return p;
        memset(&scratch, 0, sizeof scratch);
        if (at(m, &lc->atom[CG_A_LINK], text, len, p, &s, &e) &&
            read_date(lc, m, text, len, e, &scratch, CG_A_DATE))
            return p;
    }
    return 0;
}

/* Reads one item at pos. Returns the cursor after it (its tokens and any
 * apposition) or 0 when no item starts there. */
static size_t read_item(const cg_lang_catalogue *lc, cg_matcher *m, const char *text, size_t len,
                        size_t pos, cg_list_item *it)
{
    size_t s, e, p = pos;
    memset(it, 0, sizeof *it);
    size_t de = read_date(lc, m, text, len, p, it, CG_A_DATEPRE);
    size_t first = (size_t)-1; /* where the item's own tokens start */
    if (de)
        first = pos, p = de;
    if (at(m, &lc->atom[CG_A_NUMPFX], text, len, p, &s, &e)) {
        if (first == (size_t)-1)
            first = s;
        p = e;
    }
    if (!at(m, &lc->atom[CG_A_NUM], text, len, p, &s, &e) || e == s)
        return 0;
    if (first == (size_t)-1)
        first = s;
    const cg_compiled *num = &lc->atom[CG_A_NUM];
    grab(m, num, CG_G_SN, text, it->sn, sizeof it->sn, &it->cut);
    grab(m, num, CG_G_N, text, it->n, sizeof it->n, &it->cut);
    grab(m, num, CG_G_Y2, text, it->y2, sizeof it->y2, &it->cut);
    grab(m, num, CG_G_ROMAN, text, it->roman, sizeof it->roman, &it->cut);
    grab(m, num, CG_G_PART, text, it->part, sizeof it->part, &it->cut);
    it->ocr = took_part(m, num, CG_G_NOCR);
    clean_number(it->sn, it->ocr);
    clean_number(it->n, it->ocr);
    if (took_part(m, num, CG_G_SS) && it->sn[0] && strncmp(it->sn, "S-", 2)) {
        /* Arabic "دإ-7/1": a special session, S-7/1. */
        char sn[sizeof it->sn];
        g_strlcpy(sn, it->sn, sizeof sn);
        if ((size_t)g_snprintf(it->sn, sizeof it->sn, "S-%s", sn) >= sizeof it->sn)
            it->cut = 1;
    }
    it->s = first;
    it->e = e;
    p = e;
    int have_body = 0, have_date = it->d[0] != 0, have_ipost = 0;
    for (;;) {
        if (at(m, &lc->atom[CG_A_POSTFIX], text, len, p, &s, &e) && e > s) {
            it->post = took_part(m, &lc->atom[CG_A_POSTFIX], CG_G_DEC) ? 2 : 1;
            it->e = e;
            return e;
        }
        if (!have_ipost && at(m, &lc->atom[CG_A_IPOST], text, len, p, &s, &e) && e > s) {
            have_ipost = 1;
            it->e = p = e;
            continue;
        }
        if (!have_body && at(m, &lc->atom[CG_A_IBODY], text, len, p, &s, &e) && e > s) {
            have_body = 1;
            grab(m, &lc->atom[CG_A_IBODY], CG_G_BODY, text, it->body, sizeof it->body, &it->cut);
            it->e = p = e;
            continue;
        }
        if (!have_date) {
            size_t q = p;
            if (at(m, &lc->atom[CG_A_LINK], text, len, p, &s, &e))
                q = e;
            size_t de2 = read_date(lc, m, text, len, q, it, CG_A_DATE);
            if (de2) {
                have_date = 1;
                it->e = p = de2;
                continue;
            }
        }
        if (at(m, &lc->atom[CG_A_APPOS], text, len, p, &s, &e) && e > s) {
            if (!took_part(m, &lc->atom[CG_A_APPOS], CG_G_OPEN)) {
                p = e; /* a quoted title, closed */
                continue;
            }
            size_t q = appos_end(lc, m, text, len, e);
            if (!q)
                break;
            p = q;
            continue;
        }
        break;
    }
    return p;
}

static void push(cg_list *l, const cg_list_item *it)
{
    if (l->nitems == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 8;
        l->items = g_renew(cg_list_item, l->items, l->cap);
    }
    l->items[l->nitems++] = *it;
}

/* The semantics of grammar.h: bodies, "its", decisions, years. */
static void settle(cg_list *l, const char *head_body, int its, int dec)
{
    int post = 0;
    for (size_t i = l->nitems; i-- > 0;) {
        cg_list_item *it = &l->items[i];
        if (it->post)
            post = it->post;
        it->dec = it->trig ? it->trig == 2 : post ? post == 2 : dec;
    }
    for (size_t a = 0, b; a < l->nitems; a = b) {
        /* The segment [a, b): its tail body, when its last item alone
         * names one and the lead names none. */
        int named = 0;
        for (b = a; b < l->nitems && l->items[b].seg == l->items[a].seg; b++)
            named += l->items[b].body[0] != 0;
        const char *tail = NULL;
        if (!head_body[0] && !its && b - a > 1 && named == 1 && l->items[b - 1].body[0])
            tail = l->items[b - 1].body;
        for (size_t i = a; i < b; i++) {
            cg_list_item *it = &l->items[i];
            if (it->body[0])
                continue;
            if (head_body[0])
                g_strlcpy(it->body, head_body, sizeof it->body);
            else if (its)
                it->its = 1;
            else if (tail) {
                g_strlcpy(it->body, tail, sizeof it->body);
                it->body_from_tail = 1;
            }
        }
    }
    /* "186 (1964) of 4 March, … and 198 (1964) of 18 December 1964". */
    const char *year = NULL;
    for (size_t i = l->nitems; i-- > 0;) {
        cg_list_item *it = &l->items[i];
        if (it->y[0])
            year = it->y;
        else if (it->d[0] && year)
            g_strlcpy(it->y, year, sizeof it->y);
        else if (it->d[0] && it->y2[0])
            g_strlcpy(it->y, it->y2, sizeof it->y);
        /* "1493 от 28 июля 2003 года": a Council number without its year
         * in brackets takes its date's. */
        if (it->n[0] && !it->y2[0] && !it->roman[0] && it->y[0])
            g_strlcpy(it->y2, it->y, sizeof it->y2);
    }
    /* "resolutions 5/1 and 5/2 of 18 June 2007", "358 (1974) and
     * 359 (1974) of 15 August": an item written without a date and joined
     * by "and" to the dated item after it shares its date, as UN editorial
     * style writes a shared date once. Not across a comma ("186 (1964),
     * 187 (1964), 192 (1964), 193 (1964) of 9 August 1964" dates 193 alone),
     * nor where the item's own year says otherwise. */
    for (size_t i = 1; i < l->nitems; i++) {
        const cg_list_item *dated = &l->items[i];
        cg_list_item *it = &l->items[i - 1];
        if (!dated->d[0] || !dated->y[0] || dated->two_days || !dated->conj_before || it->dated ||
            it->seg != dated->seg)
            continue;
        const char *own_year = it->y2[0] ? it->y2 : NULL;
        if (!own_year && it->sn[0] && strlen(it->sn) > 5 && it->sn[4] == '/')
            own_year = it->sn; /* year/number: 2005/55 */
        if (own_year && strncmp(own_year, dated->y, 4))
            continue;
        g_strlcpy(it->d, dated->d, sizeof it->d);
        g_strlcpy(it->m, dated->m, sizeof it->m);
        g_strlcpy(it->y, dated->y, sizeof it->y);
    }
}

int cg_list_read(const cg_lang_catalogue *lc, const cg_rule *rule, cg_rule_cursor *cursor,
                 cg_matcher *m, const char *text, size_t len, size_t from, cg_list *out,
                 size_t *next)
{
    out->nitems = 0;
    out->s = out->e = 0;
    cg_list_item it;
    char head_body[96];
    int head_cut = 0; /* head_body was cut: every item is refused */
    int its, dec, trig, retrig, seg;
    size_t ls, le, p;
    if (out->cont && from == out->cont_p) {
        /* The next chunk of a long list: the same lead, read on. */
        out->cont = 0;
        memcpy(head_body, out->cont_body, sizeof head_body);
        head_cut = out->cont_head_cut;
        its = out->cont_its, dec = out->cont_dec, trig = out->cont_trig;
        retrig = out->cont_retrig, seg = out->cont_seg;
        ls = p = from;
        *next = from + 1; /* never stand still, even if nothing follows */
        while (*next < len && ((unsigned char)text[*next] & 0xC0) == 0x80)
            (*next)++;
        out->s = ls;
        goto items;
    }
    out->cont = 0;
    if (!lead(m, rule, cursor, text, len, from, &ls, &le))
        return -1;
    grab(m, &rule->match, CG_G_BODY, text, head_body, sizeof head_body, &head_cut);
    its = took_part(m, &rule->match, CG_G_ITS);
    dec = took_part(m, &rule->match, CG_G_DEC);
    trig = took_part(m, &rule->match, CG_G_TRIG);
    /* A language without a postfix has its trigger in the lead. */
    if (!lc->atom[CG_A_POSTFIX].code)
        trig = 1;
    /* Go on after the lead when it opens no list; never stand still. */
    *next = le > ls ? le : ls + 1;
    while (*next < len && ((unsigned char)text[*next] & 0xC0) == 0x80)
        (*next)++;

    retrig = 0; /* the last TRIG inside the list */
    seg = 0;    /* segments the TRIGs open */
    p = read_item(lc, m, text, len, le, &it);
    if (!p) {
        /* Between the lead and the first item: "its resolutions on the
         * question of Namibia, particularly 435 (1978)" (an apposition),
         * "resolutions of the Council, inter alia resolutions 7/22" (a
         * separator and the trigger again). */
        size_t s, e, a = le > ls && text[le - 1] == ' ' ? le - 1 : le, q = a;
        if (at(m, &lc->atom[CG_A_APPOS], text, len, a, &s, &e))
            q = took_part(m, &lc->atom[CG_A_APPOS], CG_G_OPEN) ? appos_end(lc, m, text, len, e)
                                                               : e; /* "по этому вопросу" */
        if (!q || !at(m, &lc->atom[CG_A_SEP], text, len, q, &s, &e))
            return 0;
        q = read_trig(lc, m, text, len, e, &retrig);
        if (!(p = read_item(lc, m, text, len, q, &it)))
            return 0;
    }
    it.trig = retrig;
    out->s = ls;
    push(out, &it);
    trig = trig || it.post;
items:
    for (;;) {
        size_t s, e;
        if (!at(m, &lc->atom[CG_A_SEP], text, len, p, &s, &e))
            break;
        int took_part_sep = took_part(m, &lc->atom[CG_A_SEP], CG_G_CONJ);
        int t = retrig;
        size_t after = read_trig(lc, m, text, len, e, &t);
        if (trig &&
            ((after != e && out->nitems >= CG_LIST_CHUNK) || out->nitems >= 4 * CG_LIST_CHUNK)) {
            /* Long enough: this chunk ends here, the next goes on from p
             * (read again from there, the same tokens are read). */
            out->cont = 1;
            out->cont_p = p;
            memcpy(out->cont_body, head_body, sizeof head_body);
            out->cont_head_cut = head_cut;
            out->cont_its = its, out->cont_dec = dec, out->cont_trig = trig;
            out->cont_retrig = retrig, out->cont_seg = seg;
            break;
        }
        size_t q = read_item(lc, m, text, len, after, &it);
        if (!q)
            break;
        if (after != e)
            seg++;
        it.conj_before = took_part_sep;
        retrig = t;
        it.trig = retrig;
        it.seg = seg;
        push(out, &it);
        trig = trig || it.post;
        p = q;
    }
    if (!trig) {
        out->nitems = 0;
        return 0;
    }
    out->e = p;
    *next = p > ls ? p : *next;
    settle(out, head_body, its, dec);
    for (size_t i = 0; head_cut && i < out->nitems; i++)
        out->items[i].cut = 1;
    return 1;
}

void cg_list_clear(cg_list *l)
{
    g_free(l->items);
    memset(l, 0, sizeof *l);
}
