/*
 * report_docs.c - section 5, one part per document: what it is, and its
 * citations grouped by paragraph with the clause verb and a snippet of the
 * text around each.
 *
 * The snippet comes from the file's own bytes around the citation's
 * offsets. Offsets count in the text the extractor read, which is the
 * file itself only for UTF-8 input; the bytes at [start, end) are compared
 * with the citation's text first, and when they differ (UTF-16, GB18030,
 * PDF) only the citation's own text is shown.
 */
#include <stdlib.h>
#include <string.h>

#include "common/text.h"
#include "report_internal.h"

enum { CONTEXT_COLS = 64 }; /* columns of text on each side; CJK = 2 */

static int wide(gunichar u)
{
    return g_unichar_iswide(u) || g_unichar_iswide_cjk(u);
}

/* Takes the columns u needs (2 when wide; 1 for an invalid byte) from
 * *cols: 0, and *cut set, when they are not left. */
static int take(int *cols, gunichar u, int *cut)
{
    int w = u == (gunichar)-1 || u == (gunichar)-2 ? 1 : wide(u) ? 2 : 1;
    if (*cols - w < 0) {
        *cut = 1;
        return 0;
    }
    *cols -= w;
    return 1;
}

/* Start of the text at most `cols` columns before p (not before lo). */
static const char *back(const char *lo, const char *p, int cols, int *cut)
{
    *cut = 0;
    while (p > lo) {
        const char *q = p - 1;
        while (q > lo && ((unsigned char)*q & 0xC0) == 0x80 && p - q < 4)
            q--;
        gunichar u = g_utf8_get_char_validated(q, p - q);
        if (!take(&cols, u, cut))
            break;
        p = q;
    }
    return p;
}

/* End of the text at most `cols` columns after p (not past hi). */
static const char *fwd(const char *p, const char *hi, int cols, int *cut)
{
    *cut = 0;
    while (p < hi) {
        gunichar u = g_utf8_get_char_validated(p, hi - p);
        const char *q = u == (gunichar)-1 || u == (gunichar)-2 ? p + 1 : g_utf8_next_char(p);
        if (q > hi)
            q = hi;
        if (!take(&cols, u, cut))
            break;
        p = q;
    }
    return p;
}

/* Escapes [s, s+len) with every run of white space shown as one space,
 * except a line break between two wide (CJK) characters, a line wrapped by
 * the PDF extraction, which is dropped. */
static void esc_flat(GString *o, const char *s, size_t len)
{
    GString *t = g_string_sized_new(len);
    int sp = 0, nl = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            sp = 1;
            nl |= c == '\n' || c == '\r';
            continue;
        }
        int join = 0;
        if (nl && t->len && (unsigned char)c >= 0x80) {
            const char *prev = g_utf8_find_prev_char(t->str, t->str + t->len);
            gunichar a =
                prev ? g_utf8_get_char_validated(prev, t->str + t->len - prev) : (gunichar)-1;
            gunichar b = g_utf8_get_char_validated(s + i, (gssize)(len - i));
            join = a < 0x110000 && b < 0x110000 && wide(a) && wide(b);
        }
        if (sp && t->len && !join)
            g_string_append_c(t, ' ');
        sp = nl = 0;
        g_string_append_c(t, c);
    }
    if (sp && t->len)
        g_string_append_c(t, ' ');
    rp_escn(o, t->str, t->len);
    g_string_free(t, TRUE);
}

static void snippet(GString *o, const cg_citation *c, const char *text, size_t len)
{
    size_t tl = strlen(c->text);
    int ok = text && c->end <= len && c->start <= c->end && c->end - c->start == tl &&
             !memcmp(text + c->start, c->text, tl);
    if (!ok) {
        g_string_append(o, "<mark>");
        esc_flat(o, c->text, tl);
        g_string_append(o, "</mark>");
        return;
    }
    int cut_b, cut_a;
    const char *s = text + c->start, *e = text + c->end;
    const char *b = back(text, s, CONTEXT_COLS, &cut_b);
    const char *a = fwd(e, text + len, CONTEXT_COLS, &cut_a);
    if (cut_b)
        g_string_append(o, "…");
    esc_flat(o, b, (size_t)(s - b));
    g_string_append(o, "<mark>");
    esc_flat(o, s, tl);
    g_string_append(o, "</mark>");
    esc_flat(o, e, (size_t)(a - e));
    if (cut_a)
        g_string_append(o, "…");
}

/* "preamble:3" -> "preamble ¶3", "footnote:*" -> "footnote *". */
/* "preamble ¶3", "footnote *", "header". */
static void location(GString *o, const cg_location *loc)
{
    rp_esc(o, cg_part_name(loc->part));
    if (!*loc->label)
        return;
    g_string_append(o, loc->part == CG_PART_FOOTNOTE ? " " : " ¶");
    rp_esc(o, loc->label);
}

static int same_location(const cg_location *a, const cg_location *b)
{
    return a->part == b->part && !strcmp(a->label, b->label);
}

static void meta_row(GString *o, const char *dt, const char *dd)
{
    if (!dd || !*dd)
        return;
    g_string_append(o, "<div><dt>");
    rp_esc(o, dt);
    g_string_append(o, "</dt><dd>");
    rp_esc(o, dd);
    g_string_append(o, "</dd></div>");
}

static void citations(GString *o, const rp_ctx *r, const rp_doc *d)
{
    size_t n = cg_doc_citation_count(d->d);
    if (!n) {
        g_string_append(o, "<p class=\"muted\">No citation found.</p>\n");
        return;
    }
    gchar *text = NULL;
    gsize len = 0;
    if (!g_file_get_contents(d->in.file, &text, &len, NULL))
        text = NULL;
    /* Paragraphs in the order they first appear. */
    cg_location *locs = g_new0(cg_location, n);
    size_t nl = 0;
    for (size_t i = 0; locs && i < n; i++) {
        cg_citation c;
        cg_doc_citation(d->d, i, &c);
        size_t k = 0;
        while (k < nl && !same_location(&locs[k], &c.location))
            k++;
        if (k == nl)
            locs[nl++] = c.location;
    }
    g_string_append(o, "<table class=\"cites\">\n<thead><tr><th scope=\"col\">paragraph</th>"
                       "<th scope=\"col\">clause verb</th><th scope=\"col\">cites</th>"
                       "<th scope=\"col\">in context</th></tr></thead>\n");
    for (size_t k = 0; k < nl; k++) {
        size_t cnt = 0;
        for (size_t i = 0; i < n; i++) {
            cg_citation c;
            cg_doc_citation(d->d, i, &c);
            cnt += same_location(&c.location, &locs[k]);
        }
        g_string_append(o, "<tbody class=\"para\">\n");
        size_t row = 0;
        for (size_t i = 0; i < n; i++) {
            cg_citation c;
            cg_doc_citation(d->d, i, &c);
            if (!same_location(&c.location, &locs[k]))
                continue;
            g_string_append(o, "<tr>");
            if (row++ == 0) {
                g_string_append_printf(o, "<th scope=\"rowgroup\" rowspan=\"%zu\">", cnt);
                location(o, &locs[k]);
                g_string_append(o, "</th>");
            }
            g_string_append(o, "<td class=\"verb\">");
            rp_esc(o, *c.relation ? c.relation : "–");
            g_string_append(o, "</td><td>");
            rp_target(o, r, c.target, cg_kind_name(c.kind));
            if (!c.resolved)
                g_string_append(o, " <span class=\"tag\" title=\"the body or referent was "
                                   "inferred\">guessed</span>");
            g_string_append(o, "</td><td class=\"ctx\" dir=\"auto\"");
            rp_lang_attr(o, d->in.lang);
            g_string_append(o, ">");
            snippet(o, &c, text, len);
            g_string_append(o, "</td></tr>\n");
        }
        g_string_append(o, "</tbody>\n");
    }
    g_string_append(o, "</table>\n");
    g_free(locs);
    g_free(text);
}

static void document(GString *o, const rp_ctx *r, const rp_doc *d, int first_of_id)
{
    const cg_doc_info *in = &d->in;
    g_string_append(o, "<article class=\"doc\"");
    if (first_of_id) {
        g_string_append(o, " id=\"");
        rp_anchor(o, in->id);
        g_string_append(o, "\"");
    }
    g_string_append(o, ">\n<h3>");
    if (cg_undocs_linkable(cg_kind_name(in->kind), in->id)) {
        g_string_append(o, "<a class=\"sym\" href=\"");
        cg_undocs_url(o, NULL, in->id);
        g_string_append(o, "\">");
        rp_esc(o, in->id);
        g_string_append(o, "</a>");
    } else {
        g_string_append(o, "<span class=\"sym\">");
        rp_esc(o, in->id);
        g_string_append(o, "</span>");
    }
    if (*in->title) {
        g_string_append(o, " <span dir=\"auto\"");
        rp_lang_attr(o, in->lang);
        g_string_append(o, ">");
        rp_esc(o, in->title);
        g_string_append(o, "</span>");
    }
    g_string_append(o, "</h3>\n<dl class=\"meta\">");
    meta_row(o, "adopted", in->date);
    const char *bn = rp_body_name(r, in->body);
    meta_row(o, "body", bn ? bn : in->body);
    meta_row(o, "session", in->session);
    if (in->meeting) {
        char m[32];
        snprintf(m, sizeof m, "%d", in->meeting);
        meta_row(o, "meeting", m);
    }
    meta_row(o, "language", *in->lang ? rp_lang_name(in->lang) : "");
    if (in->vote_yes >= 0 || in->vote_without) {
        g_string_append(o, "<div><dt>vote</dt><dd>");
        rp_vote(o, in->vote_yes, in->vote_no, in->vote_abstain, in->vote_without);
        g_string_append(o, "</dd></div>");
    }
    g_string_append(o, "<div><dt>file</dt><dd dir=\"auto\"><code>");
    rp_esc(o, in->file);
    g_string_append_printf(o, "</code></dd></div><div><dt>citations</dt><dd>%zu</dd></div></dl>\n",
                           cg_doc_citation_count(d->d));
    citations(o, r, d);
    g_string_append(o, "</article>\n");
}

void rp_section_docs(GString *o, const rp_ctx *r)
{
    g_string_append(o, "<section id=\"docs\" aria-labelledby=\"docs-h\">\n"
                       "<h2 id=\"docs-h\">5. Documents and their citations</h2>\n"
                       "<p class=\"note\">Each document of the corpus, oldest first, with its "
                       "citations grouped by paragraph. The clause verb is the one that opens the "
                       "paragraph (<em>reaffirm</em>, <em>recall</em>, <em>welcome</em>, …); the "
                       "cited passage is highlighted in its context.</p>\n");
    /* One anchor per id: the first version of a document carries it. */
    if (r->nshown < r->ndocs)
        g_string_append_printf(o,
                               "<p class=\"note\">%zu of the corpus's %zu documents are "
                               "shown (<code>--documents %s</code>): %s The others are "
                               "counted in section 1; <code>--documents all</code> shows every "
                               "one.</p>\n",
                               r->nshown, r->ndocs, r->documents,
                               !strcmp(r->documents, "none")
                                   ? "none."
                                   : "the history's members and the documents of the corpus "
                                     "cited most.");
    GHashTable *seen = g_hash_table_new(g_str_hash, g_str_equal);
    /* Each language version once: further files of the same symbol and
     * language are copies (the corpus ×20 showed each document 20 times,
     * 2.5 MB of section 5 for 26 documents); they are counted. */
    GHashTable *versions = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    size_t copies = 0;
    for (size_t i = 0; i < r->ndocs; i++) {
        if (r->docs[i].vertex == (size_t)-1 || !rp_in_corpus(r, r->docs[i].vertex))
            continue;
        const char *id = r->docs[i].in.id;
        char *version = g_strconcat(id, "\t", r->docs[i].in.lang, NULL);
        if (g_hash_table_contains(versions, version)) {
            g_free(version);
            copies++;
            continue;
        }
        g_hash_table_add(versions, version);
        int first = !g_hash_table_contains(seen, id);
        g_hash_table_add(seen, (gpointer)id);
        document(o, r, &r->docs[i], first);
    }
    if (copies)
        g_string_append_printf(o,
                               "<p class=\"note\">%zu more file%s of these documents "
                               "%s copies of a version shown above (same symbol and "
                               "language): not repeated.</p>\n",
                               copies, copies == 1 ? "" : "s", copies == 1 ? "is a" : "are");
    g_hash_table_destroy(versions);
    g_hash_table_destroy(seen);
    g_string_append(o, "</section>\n");
}
