#include "structure.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "normalize.h"

/* Bytes before a footnote searched for its marker (a page is 2-6 KB). */
#define CG_MARKER_WINDOW 16384

typedef enum region { R_HEADER, R_PREAMBLE, R_OPERATIVE, R_ANNEX, R_END, R_TRAILER } region;

typedef struct builder {
    cg_para *p;
    size_t n, cap;
    const cg_lang_catalogue *lc;
    const cg_refdata *ref;
    pcre2_match_data *md;
    GStringChunk *chunk; /* labels and markers */
    /* Split mode (cg_structure_split): where the documents start. */
    int split;
    GArray *starts;     /* size_t */
    size_t cand;        /* a heading not yet known to open a document,
                               or (size_t)-1 */
    char cand_word[32]; /* its first word */
    int cand_foot;      /* a footnote line was read under it */
    int body;           /* the document (or candidate) has shown text
                               of a document: a paragraph, a numbered
                               paragraph, an adoption line */
    int lined;          /* its paragraphs stand on lines of their own
                               (verb_lines) */
    int para_line;      /* lined, and the long line being read opens with
                               a clause verb: it is one paragraph */
} builder;

static cg_para *add(builder *b, size_t start)
{
    if (b->n == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        b->p = g_renew(cg_para, b->p, cap);
        b->cap = cap;
    }
    cg_para *p = &b->p[b->n++];
    memset(p, 0, sizeof *p);
    p->start = start;
    p->label = p->footnote = "";
    p->relation = "other";
    return p;
}

/* A builder for lc, with its match data: 0, or ENOMEM. */
static int builder_init(builder *b, const cg_lang_catalogue *lc, const cg_refdata *ref)
{
    memset(b, 0, sizeof *b);
    b->lc = lc;
    b->ref = ref;
    b->md = pcre2_match_data_create(32, NULL);
    return b->md ? 0 : ENOMEM;
}

/* Runs struct pattern k on the line; returns the match end or -1. */
static long run(builder *b, cg_struct_kind k, const char *s, size_t len, size_t from)
{
    const pcre2_code *re = b->lc->st[k].code;
    if (!re || !cg_compiled_may_start(&b->lc->st[k], s, len, from))
        return -1;
    /* Lines come from the normaliser: valid UTF-8, no need to check. */
    int rc = pcre2_match(re, (PCRE2_SPTR)s, len, from, PCRE2_NO_UTF_CHECK, b->md, NULL);
    if (rc < 0)
        return -1;
    return (long)pcre2_get_ovector_pointer(b->md)[1];
}

/* Group g of struct pattern k's last match on s, as long as it is,
 * interned in the builder's chunk ("" when the group did not take part). */
static const char *group_text(builder *b, cg_struct_kind k, cg_group g, const char *s)
{
    size_t gs, ge;
    if (cg_group_span(&b->lc->st[k], b->md, g, &gs, &ge))
        return "";
    return g_string_chunk_insert_len(b->chunk, s + gs, (gssize)(ge - gs));
}

static cg_para *add_at(builder *b, size_t start, cg_part part, const char *label)
{
    cg_para *p = add(b, start);
    p->part = part;
    p->label = label;
    return p;
}

/* The relation of the clause verb that opens s at offset from ("other"
 * for a verb the table lacks), or NULL when no verb opens it. The verb
 * pattern names the verb itself as group "verb". */
static const char *verb_at_where(builder *b, const char *s, size_t len, size_t from,
                                 const char **where);

static const char *verb_at(builder *b, const char *s, size_t len, size_t from)
{
    return verb_at_where(b, s, len, from, NULL);
}

/* The same, also telling where the verb opens paragraphs ("operative" for
 * "Decides"). */
static const char *verb_at_where(builder *b, const char *s, size_t len, size_t from,
                                 const char **where)
{
    if (where)
        *where = NULL;
    /* The verb pattern is anchored with ^, which only holds at the start of
     * the subject: pass what follows the paragraph number as the subject. */
    if (run(b, CG_ST_VERB, s + from, len - from, 0) < 0)
        return NULL;
    PCRE2_SIZE l;
    PCRE2_UCHAR *v = NULL;
    if (pcre2_substring_get_byname(b->md, (PCRE2_SPTR) "verb", &v, &l) != 0)
        return "other";
    const char *rel = cg_ref_verb(b->ref, b->lc->lang, (const char *)v, l);
    if (where)
        *where = cg_ref_verb_where(b->ref, b->lc->lang, (const char *)v, l);
    pcre2_substring_free(v);
    return rel && strcmp(rel, "modifier") ? rel : "other";
}

static int ends_sentence(const char *s, size_t len)
{
    if (len == 0)
        return 1;
    unsigned char c = (unsigned char)s[len - 1];
    if (strchr(",;.:", c))
        return 1;
    /* 。 (E3 80 82) ends a Chinese sentence; Arabic ، and ؛ likewise. */
    if (len >= 3 && !memcmp(s + len - 3, "\xE3\x80\x82", 3))
        return 1;
    if (len >= 2 && (!memcmp(s + len - 2, "\xD8\x8C", 2) || !memcmp(s + len - 2, "\xD8\x9B", 2)))
        return 1;
    return 0;
}

/* Finds where footnote `marker` is carried: the last place before `before`
 * where the marker stands on its own (glued to the preceding word, or
 * between a word and punctuation), not as part of a number. */
static size_t find_marker(const char *text, size_t before, const char *marker)
{
    size_t ml = strlen(marker);
    if (ml == 0 || before < ml)
        return (size_t)-1;
    int digits = marker[0] >= '0' && marker[0] <= '9';
    /* A marker stands on the page of its footnote: looking back one
     * generous page keeps this linear in big files with many footnotes. */
    size_t floor = before > CG_MARKER_WINDOW ? before - CG_MARKER_WINDOW : 0;
    for (size_t i = before - ml + 1; i-- > floor;) {
        if (text[i] != marker[0] || memcmp(text + i, marker, ml))
            continue; /* (the first byte inline: a call per byte was 2% of all) */
        unsigned char prev = i ? (unsigned char)text[i - 1] : '\n';
        unsigned char next = (unsigned char)text[i + ml];
        if (digits) {
            if ((next >= '0' && next <= '9') || next == '/' || next == '.' || next == ')' ||
                next == '-')
                continue;
            if ((prev >= '0' && prev <= '9') || prev == '/' || prev == '.' || prev == '(' ||
                prev == '-' || prev == '\n' || prev == '\t')
                continue;
            if (prev == ' ') {
                /* "parties 1 and": a spaced marker only after a word and
                 * before a break, comma or a lower-case word. */
                unsigned char pp = i >= 2 ? (unsigned char)text[i - 2] : ' ';
                int word = (pp >= 'a' && pp <= 'z') || pp == ',' || pp == ';';
                /* "… du 22 avril 2003 1,": after a date's year too */
                if (!word && i >= 6 && (text[i - 6] == ' ' || text[i - 6] == '\n') &&
                    ((text[i - 5] == '1' && text[i - 4] == '9') ||
                     (text[i - 5] == '2' && text[i - 4] == '0')) &&
                    g_ascii_isdigit(text[i - 3]) && g_ascii_isdigit(pp))
                    word = next == ',' || next == ';' || next == '.' || next == '\n';
                int after =
                    next == ' ' || next == '\n' || next == ',' || next == ';' || next == '.';
                if (!word || !after)
                    continue;
                if (next == ' ' && i + ml + 1 < before) {
                    unsigned char nn = (unsigned char)text[i + ml + 1];
                    if (!(nn >= 'a' && nn <= 'z') && nn != '\n')
                        continue;
                }
            }
        } else if (prev == '\n' || prev == ' ') {
            continue;
        }
        return i;
    }
    return (size_t)-1;
}

/* 1 when the printed part of line [s, e) lies inside one of the hidden
 * ranges (which do not include the indentation around a running header). */
static int hidden(const char *text, const size_t (*hide)[2], size_t n_hide, size_t s, size_t e)
{
    while (s < e && (text[s] == ' ' || text[s] == '\t' || text[s] == '\r' || text[s] == '\f'))
        s++;
    while (e > s && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r' ||
                     text[e - 1] == '\f'))
        e--;
    for (size_t i = 0; i < n_hide; i++)
        if (hide[i][0] <= s && e <= hide[i][1])
            return 1;
    return 0;
}

/* What the reading of lines carries from one to the next. */
typedef struct line_state {
    region reg;
    int preamble, prev_blank, in_footnote, unnumbered;
    const char *opnum; /* label of the operative paragraph read last */
    char prev_tail_sentence;
    size_t resume; /* paragraph a footnote interrupted */
    const char *op_rel;
} line_state;

static cg_para *add_preamble(builder *b, line_state *st, size_t ls)
{
    char num[24];
    snprintf(num, sizeof num, "%d", ++st->preamble);
    return add_at(b, ls, CG_PART_PREAMBLE, g_string_chunk_insert_const(b->chunk, num));
}

/* Reads one line (or one clause of a flowed line: read_flowed), normalised
 * as s[0..sl), starting at original offset ls. */
static void read_line(builder *b, line_state *st, const char *s, size_t sl, size_t ls)
{
    long m;
    cg_para *p = NULL;
    const char *v, *where;
    if (st->reg == R_TRAILER) {
        /* The rest belongs to another document of the volume. */
    } else if (st->reg == R_END && run(b, CG_ST_TRAILER, s, sl, 0) >= 0) {
        p = add_at(b, ls, CG_PART_TRAILER, "");
        st->reg = R_TRAILER;
    } else if ((st->prev_blank || st->in_footnote) && st->reg != R_HEADER &&
               run(b, CG_ST_OPERATIVE, s, sl, 0) < 0 && run(b, CG_ST_FOOTNOTE, s, sl, 0) >= 0) {
        const char *mk = group_text(b, CG_ST_FOOTNOTE, CG_G_N, s);
        if (!st->in_footnote)
            st->resume = b->n - 1;
        p = add_at(b, ls, CG_PART_FOOTNOTE, mk);
        p->footnote = mk;
        st->in_footnote = 1;
    } else if (run(b, CG_ST_COUNCIL, s, sl, 0) >= 0 && st->reg == R_HEADER) {
        p = add_at(b, ls, CG_PART_HEADER, "");
        st->reg = R_PREAMBLE;
        st->in_footnote = 0;
    } else if (st->reg != R_END && (m = run(b, CG_ST_OPERATIVE, s, sl, 0)) >= 0 &&
               st->reg != R_HEADER) {
        st->opnum = group_text(b, CG_ST_OPERATIVE, CG_G_N, s);
        p = add_at(b, ls, CG_PART_OPERATIVE, st->opnum);
        const char *v = verb_at(b, s, sl, (size_t)m);
        p->relation = st->op_rel = v ? v : "other";
        st->reg = R_OPERATIVE;
        st->in_footnote = 0;
    } else if (st->reg == R_OPERATIVE && (m = run(b, CG_ST_SUBPARA, s, sl, 0)) >= 0) {
        const char *sub = group_text(b, CG_ST_SUBPARA, CG_G_N, s);
        /* (ب), б): the same location as (b) in every language. */
        const char *latin = cg_ref_subpara_letter(b->ref, b->lc->lang, sub, strlen(sub));
        char *label = g_strdup_printf("%s(%s)", st->opnum ? st->opnum : "", latin ? latin : sub);
        p = add_at(b, ls, CG_PART_OPERATIVE, g_string_chunk_insert_const(b->chunk, label));
        g_free(label);
        const char *v = verb_at(b, s, sl, (size_t)m);
        p->relation = v && strcmp(v, "other") ? v : st->op_rel;
        st->in_footnote = 0;
    } else if (st->reg != R_END && st->reg != R_HEADER && run(b, CG_ST_ANNEX, s, sl, 0) >= 0) {
        p = add_at(b, ls, CG_PART_ANNEX, "");
        st->reg = R_ANNEX;
        st->in_footnote = 0;
    } else if (st->reg != R_END && st->reg != R_HEADER && run(b, CG_ST_END, s, sl, 0) >= 0) {
        p = add_at(b, ls, CG_PART_END, "");
        st->reg = R_END;
        st->in_footnote = 0;
    } else if ((st->reg == R_PREAMBLE || (st->reg == R_HEADER && st->prev_blank)) &&
               (st->prev_tail_sentence || st->prev_blank) &&
               (v = verb_at_where(b, s, sl, 0, &where)) &&
               !(st->reg == R_HEADER && where && !strcmp(where, "operative"))) {
        /* A paragraph opened by a clause verb. Without a body line
         * ("The Security Council,") the first one ends the header. An
         * operative verb ("Decides:") with no number opens an
         * unnumbered operative paragraph, as in early resolutions. */
        if (where && !strcmp(where, "operative")) {
            char num[24];
            snprintf(num, sizeof num, "%d", ++st->unnumbered);
            st->opnum = g_string_chunk_insert_const(b->chunk, num);
            p = add_at(b, ls, CG_PART_OPERATIVE, st->opnum);
            p->relation = st->op_rel = v;
            st->reg = R_OPERATIVE;
        } else {
            p = add_preamble(b, st, ls);
            p->relation = v;
            st->reg = R_PREAMBLE;
        }
        st->in_footnote = 0;
    } else if (st->reg == R_PREAMBLE && st->prev_blank && st->prev_tail_sentence && s[0] >= 'A' &&
               s[0] <= 'Z') {
        /* An opening participle the verb table does not list. */
        p = add_preamble(b, st, ls);
        st->in_footnote = 0;
    } else if (st->in_footnote && st->prev_blank) {
        /* Text after a footnote that opens no paragraph continues the
         * paragraph the footnote interrupted (a page break). */
        const cg_para *r = &b->p[st->resume];
        cg_part part = r->part;
        const char *label = r->label, *rel = r->relation;
        p = add_at(b, ls, part, label);
        p->relation = rel;
        st->in_footnote = 0;
    }
    st->prev_tail_sentence = (char)ends_sentence(s, sl);
    st->prev_blank = 0;
}

/* A line longer than this may hold several paragraphs: a web page or a
 * compilation gives a resolution in flowed text, or on one line. */
#define CG_FLOWED_LINE 300

/* 1 when a clause starts at q of the flowed line s: a clause verb after a
 * comma or semicolon (", ", ";", "،", Chinese "," without a space: "…Assembly,
 * Guided by", "…1994, Reaffirming", "…决议,回顾"), or an operative number
 * with its verb ("…; 1. Expresses"). */
static int clause_at(builder *b, const char *s, size_t sl, size_t q)
{
    if (q < 1 || q >= sl || ((unsigned char)s[q] & 0xC0) == 0x80 || s[q] == ' ')
        return 0;
    size_t k = s[q - 1] == ' ' ? q - 1 : q; /* the separator ends at k */
    int sep = k >= 1 && (s[k - 1] == ',' || s[k - 1] == ';');
    if (!sep && k >= 2 && (unsigned char)s[k - 2] == 0xD8 &&
        ((unsigned char)s[k - 1] == 0x8C || (unsigned char)s[k - 1] == 0x9B))
        sep = 1; /* Arabic ، ؛ */
    if (!sep || (s[q] >= 'a' && s[q] <= 'z'))
        return 0; /* a Latin participle opens a paragraph with a capital */
    /* In a text whose paragraphs have lines of their own, a long line that
     * opens with a clause verb is one paragraph: a verb after its comma
     * without a capital to tell it ("، وإذ يشدد على", ", 强调所有",
     * ", подчеркивая") goes on the sentence. (A long line that opens
     * otherwise, "Совет Безопасности, ссылаясь на …", is still cut.) */
    if (b->para_line && !g_ascii_isupper(s[q]) && !g_ascii_isdigit(s[q]))
        return 0;
    if (verb_at(b, s, sl, q))
        return 1;
    long m = run(b, CG_ST_OPERATIVE, s + q, sl - q, 0);
    return m >= 0 && verb_at(b, s, sl, q + (size_t)m) != NULL;
}

/* Reads a flowed line as the paragraphs it holds: each clause that
 * clause_at() finds is read as a line of its own after a blank. The
 * normalised line ln maps each clause back to its original offset. */
static void read_flowed(builder *b, line_state *st, const cg_norm *ln, size_t ls)
{
    const char *s = ln->text;
    size_t sl = ln->len, a = 0;
    b->para_line = b->lined && verb_at(b, s, sl, 0) != NULL;
    for (size_t q = 1; q <= sl; q++) {
        if (q < sl && !clause_at(b, s, sl, q))
            continue;
        read_line(b, st, s + a, q - a, ls + cg_norm_orig_start(ln, a));
        if (q < sl)
            st->prev_blank = 1, st->prev_tail_sentence = 1;
        a = q;
    }
}

/* The state a document's first line is read in. */
static const line_state fresh = {R_HEADER, 0, 1, 0, 0, "", 1, 0, "other"};

static size_t first_word(const char *s, size_t sl)
{
    size_t w = 0;
    while (w < sl && s[w] != ' ')
        w++;
    return w;
}

/* Split mode, before line s is read: a heading may open the next document
 * after a document's adoption lines (or the trailer that follows them), or,
 * when it carries a number (group n: "Resolution 208 (1965)", a masthead
 * with its symbol), after any text of a document (one that ends without an
 * adoption line). It is a candidate until the body line, a paragraph, a
 * numbered paragraph or an adoption line follows it. Another heading before
 * that takes its place when it has the same form ("Resolution 474 (1980)"
 * then "Resolution 472 (1980)") or comes after footnotes (a volume's
 * heading over the footnotes of its page, then the next document); one of
 * another form is a line of the same head (a masthead, then "Resolution
 * adopted by ...", then "35/3. Title"). */
/* Where in line s a heading stands that was glued to the text before it
 * (cat of a file without a final newline: "document S/3140.102 (1953).
 * Resolution of 3 December 1953"): the first q after a character other
 * than a space where a heading with a number runs to the end of the line;
 * 0 when none. The heading pattern is anchored, so it is run on s + q. */
static size_t glued_heading(builder *b, const char *s, size_t sl)
{
    for (size_t q = 1; q + 8 < sl; q++) {
        unsigned char c = (unsigned char)s[q], prev = (unsigned char)s[q - 1];
        /* (A number glued to digits is not told from them: "annex 2" then
         * "17 (1947)" reads "217 (1947)", and is left alone.) */
        if (prev == ' ' || !((c >= '0' && c <= '9') || c == 'R' || c == 'U') ||
            ((c >= '0' && c <= '9') && prev >= '0' && prev <= '9'))
            continue;
        size_t gs, ge;
        if (run(b, CG_ST_HEADING, s + q, sl - q, 0) >= 0 &&
            cg_group_span(&b->lc->st[CG_ST_HEADING], b->md, CG_G_N, &gs, &ge) == 0)
            return q;
    }
    return 0;
}

static void split_before(builder *b, line_state *st, const cg_norm *ln, size_t ls)
{
    const char *s = ln->text;
    size_t sl = ln->len;
    int in_cand = b->cand != (size_t)-1;
    /* Glued: only after a document's text, only a heading with a number. */
    size_t q = !in_cand && b->body ? glued_heading(b, s, sl) : 0;
    if (q) {
        s += q, sl -= q;
        ls += cg_norm_orig_start(ln, q);
    }
    if (run(b, CG_ST_HEADING, s, sl, 0) < 0) {
        if (in_cand && run(b, CG_ST_FOOTNOTE, s, sl, 0) >= 0)
            b->cand_foot = 1;
        if (!b->body && (st->reg != R_HEADER || run(b, CG_ST_OPERATIVE, s, sl, 0) >= 0 ||
                         run(b, CG_ST_END, s, sl, 0) >= 0))
            b->body = 1;
        return;
    }
    size_t gs, ge;
    int strong = cg_group_span(&b->lc->st[CG_ST_HEADING], b->md, CG_G_N, &gs, &ge) == 0;
    size_t w = first_word(s, sl);
    if (w >= sizeof b->cand_word)
        w = sizeof b->cand_word - 1;
    if (in_cand) {
        if (!b->cand_foot && (strlen(b->cand_word) != w || memcmp(b->cand_word, s, w)))
            return;
    } else if (!(st->reg == R_END || st->reg == R_TRAILER) && !(strong && b->body)) {
        return;
    }
    b->cand = ls;
    b->cand_foot = b->body = 0;
    memcpy(b->cand_word, s, w);
    b->cand_word[w] = '\0';
    *st = fresh;
}

/* Split mode, after the line: a candidate whose body has begun opens a
 * document. */
static void split_after(builder *b, const line_state *st)
{
    if (b->cand != (size_t)-1 && (st->reg != R_HEADER || b->body)) {
        g_array_append_val(b->starts, b->cand);
        b->cand = (size_t)-1;
    }
}

/* 1 when at least three lines open with a clause verb: the text sets its
 * paragraphs on lines of their own (most do), rather than running them
 * together on a few long lines (web pages, some PDFs: read_flowed). */
static int verb_lines(builder *b, const char *text, size_t len, cg_norm *ln)
{
    int n = 0;
    for (size_t ls = 0; ls < len && n < 3;) {
        const char *nl = memchr(text + ls, '\n', len - ls);
        size_t le = nl ? (size_t)(nl - text) : len;
        if (le > ls) {
            cg_norm_build(text + ls, le - ls, NULL, 0, ln);
            if (ln->len && verb_at(b, ln->text, ln->len, 0))
                n++;
        }
        ls = le + 1;
    }
    return n >= 3;
}

/* 1 when s is a rule of underscores, what a page prints above its
 * footnotes ("_______________"). */
static int is_rule(const char *s, size_t sl)
{
    size_t u = 0;
    for (size_t i = 0; i < sl; i++) {
        if (s[i] == '_')
            u++;
        else if (s[i] != ' ')
            return 0;
    }
    return u >= 5;
}

/* 1 when s is a footnote's number alone (1 to 3 digits), its text on the
 * line below: "1\nResolution 217 A (III)." (the layout some PDF converters
 * give GA 58/186, 70/154, 76/166). */
static int lone_marker(const char *s, size_t sl)
{
    return sl >= 1 && sl <= 3 && strspn(s, "0123456789") == sl;
}

static void build(builder *b, const char *text, size_t len, const size_t (*hide)[2], size_t n_hide)
{
    line_state st = fresh;
    cg_norm ln = {0}, next = {0};
    GString *joined = g_string_new(NULL);
    b->lined = verb_lines(b, text, len, &ln);
    for (size_t ls = 0; ls < len;) {
        const char *nl = memchr(text + ls, '\n', len - ls);
        size_t le = nl ? (size_t)(nl - text) : len;
        cg_norm_build(text + ls, le - ls, NULL, 0, &ln);
        const char *s = ln.text;
        size_t sl = ln.len;
        if (sl == 0 || hidden(text, hide, n_hide, ls, le) || is_rule(s, sl)) {
            st.prev_blank = 1;
            ls = le + 1;
            continue;
        }
        if ((st.prev_blank || st.in_footnote) && st.reg != R_HEADER && lone_marker(s, sl) &&
            le < len) {
            /* The marker and its text read as one footnote line. */
            const char *nl2 = memchr(text + le + 1, '\n', len - le - 1);
            size_t le2 = nl2 ? (size_t)(nl2 - text) : len;
            cg_norm_build(text + le + 1, le2 - le - 1, NULL, 0, &next);
            if (next.len && !hidden(text, hide, n_hide, le + 1, le2) &&
                !lone_marker(next.text, next.len)) {
                g_string_printf(joined, "%.*s ", (int)sl, s);
                g_string_append_len(joined, next.text, (gssize)next.len);
                read_line(b, &st, joined->str, joined->len, ls);
                ls = le2 + 1;
                continue;
            }
        }
        if (b->split && sl <= CG_FLOWED_LINE)
            split_before(b, &st, &ln, ls);
        if (sl > CG_FLOWED_LINE)
            read_flowed(b, &st, &ln, ls);
        else
            read_line(b, &st, s, sl, ls);
        if (b->split)
            split_after(b, &st);
        ls = le + 1;
    }
    cg_norm_clear(&ln);
    cg_norm_clear(&next);
    g_string_free(joined, TRUE);
}

int cg_structure_split(const char *text, size_t len, const cg_lang_catalogue *lc,
                       const cg_refdata *ref, const size_t (*hide)[2], size_t n_hide,
                       const cg_para *paras, size_t npara, size_t **out, size_t *n)
{
    *out = NULL;
    *n = 1;
    if (!lc->st[CG_ST_HEADING].code)
        return 0;
    /* Cheap first: nearly every file is one document, and only a heading
     * after the first document's head can open another. */
    size_t from = (size_t)-1;
    for (size_t i = 0; i < npara && from == (size_t)-1; i++)
        if (paras[i].part != CG_PART_HEADER)
            from = paras[i].start;
    if (from == (size_t)-1)
        return 0;
    builder b;
    if (builder_init(&b, lc, ref))
        return ENOMEM; /* PCRE2's own allocation */
    int any = 0;
    cg_norm ln = {0};
    for (size_t ls = from; ls < len && !any;) {
        const char *nl = memchr(text + ls, '\n', len - ls);
        size_t le = nl ? (size_t)(nl - text) : len;
        if (le - ls > 4 * CG_FLOWED_LINE) { /* no heading is that long */
            ls = le + 1;
            continue;
        }
        /* A line whose first byte after white space is printable ASCII
         * begins with that byte once normalised: one no heading begins
         * with rules it out unread (most lines of most files). */
        size_t fs = ls;
        while (fs < le && (text[fs] == ' ' || text[fs] == '\t' || text[fs] == '\r'))
            fs++;
        unsigned char fb = fs < le ? (unsigned char)text[fs] : 0;
        if (fb > 0x20 && fb < 0x7F && !cg_compiled_may_begin(&lc->st[CG_ST_HEADING], fb)) {
            ls = le + 1;
            continue;
        }
        cg_norm_build(text + ls, le - ls, NULL, 0, &ln);
        any = ln.len && ln.len <= CG_FLOWED_LINE && run(&b, CG_ST_HEADING, ln.text, ln.len, 0) >= 0;
        ls = le + 1;
    }
    cg_norm_clear(&ln);
    if (any) {
        b.split = 1;
        b.cand = (size_t)-1;
        b.starts = g_array_new(FALSE, FALSE, sizeof(size_t));
        b.chunk = g_string_chunk_new(256);
        size_t zero = 0;
        g_array_append_val(b.starts, zero);
        add(&b, 0);
        build(&b, text, len, hide, n_hide);
        *n = b.starts->len;
        *out = (size_t *)(void *)g_array_free(b.starts, FALSE);
        g_string_chunk_free(b.chunk);
    }
    g_free(b.p);
    pcre2_match_data_free(b.md);
    return 0;
}

int cg_structure_build(const char *text, size_t len, const cg_lang_catalogue *lc,
                       const cg_refdata *ref, const size_t (*hide)[2], size_t n_hide,
                       GStringChunk *chunk, cg_para **out, size_t *n)
{
    builder b;
    if (builder_init(&b, lc, ref))
        return ENOMEM; /* PCRE2's own allocation */
    b.chunk = chunk;
    add_at(&b, 0, CG_PART_HEADER, "");
    build(&b, text, len, hide, n_hide);

    /* Footnotes take the place and verb of the paragraph carrying them. */
    for (size_t i = 0; i < b.n; i++) {
        cg_para *f = &b.p[i];
        if (!f->footnote[0])
            continue;
        size_t at = find_marker(text, f->start, f->footnote);
        if (at == (size_t)-1)
            continue;
        const cg_para *c = cg_structure_find(b.p, i, at);
        if (!c || c->footnote[0] || c->part == CG_PART_HEADER)
            continue;
        f->part = c->part;
        f->label = c->label;
        f->relation = c->relation;
    }
    pcre2_match_data_free(b.md);
    *out = b.p;
    *n = b.n;
    return 0;
}

const cg_para *cg_structure_find(const cg_para *p, size_t n, size_t pos)
{
    if (n == 0)
        return NULL;
    size_t lo = 0, hi = n;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (p[mid].start <= pos)
            lo = mid;
        else
            hi = mid;
    }
    return &p[lo];
}
