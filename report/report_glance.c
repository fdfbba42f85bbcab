/*
 * report_glance.c - section 1, the corpus at a glance: documents by
 * language, body and year, citations by kind, and what could not be read
 * and why.
 */
#include <stdlib.h>
#include <string.h>

#include "report_internal.h"

/* A small count-by-key table; keys are borrowed, never freed here. */
typedef struct tally {
    const char **key;
    size_t *n;
    size_t len, cap;
} tally;

static void tally_add(tally *t, const char *key, size_t by)
{
    if (!key)
        key = "";
    for (size_t i = 0; i < t->len; i++)
        if (!strcmp(t->key[i], key)) {
            t->n[i] += by;
            return;
        }
    if (t->len == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 16;
        t->key = g_renew(const char *, t->key, cap);
        t->n = g_renew(size_t, t->n, cap);
        t->cap = cap;
    }
    t->key[t->len] = key;
    t->n[t->len++] = by;
}

static void tally_free(tally *t)
{
    g_free(t->key);
    g_free(t->n);
}

/* Sorts by count, descending, then key: the same order on every run. */
static void tally_sort(tally *t)
{
    for (size_t i = 1; i < t->len; i++)
        for (size_t j = i; j > 0; j--) {
            int swap = t->n[j] > t->n[j - 1] ||
                       (t->n[j] == t->n[j - 1] && strcmp(t->key[j], t->key[j - 1]) < 0);
            if (!swap)
                break;
            const char *k = t->key[j];
            t->key[j] = t->key[j - 1];
            t->key[j - 1] = k;
            size_t n = t->n[j];
            t->n[j] = t->n[j - 1];
            t->n[j - 1] = n;
        }
}

static size_t tally_max(const tally *t)
{
    size_t m = 0;
    for (size_t i = 0; i < t->len; i++)
        if (t->n[i] > m)
            m = t->n[i];
    return m;
}

typedef enum { T_LANG, T_BODY, T_KIND } tally_kind;

static void tally_table(GString *o, const rp_ctx *r, const tally *t, const char *caption,
                        const char *what, const char *unit, tally_kind kind)
{
    size_t max = tally_max(t), total = 0;
    for (size_t i = 0; i < t->len; i++)
        total += t->n[i];
    g_string_append(o, "<div>\n<h3>");
    rp_esc(o, caption);
    g_string_append(o, "</h3>\n<table>\n<thead><tr><th scope=\"col\">");
    rp_esc(o, what);
    g_string_append(o, "</th><th scope=\"col\" class=\"n\">");
    rp_esc(o, unit);
    g_string_append(o,
                    "</th><th scope=\"col\"><span class=\"muted\">share</span></th></tr></thead>\n"
                    "<tbody>\n");
    for (size_t i = 0; i < t->len; i++) {
        const char *k = t->key[i];
        g_string_append(o, "<tr><td>");
        if (kind == T_LANG) {
            rp_esc(o, rp_lang_name(k));
            if (*k) {
                g_string_append(o, " <span class=\"tag\">");
                rp_esc(o, k);
                g_string_append(o, "</span>");
            }
        } else if (kind == T_BODY) {
            const char *name = rp_body_name(r, k);
            rp_esc(o, name ? name : *k ? k : "unknown");
            if (name) {
                g_string_append(o, " <span class=\"tag\">");
                rp_esc(o, k);
                g_string_append(o, "</span>");
            }
        } else {
            rp_esc(o, *k ? k : "unknown");
        }
        g_string_append_printf(o, "</td><td class=\"n\">%zu</td><td class=\"share\">", t->n[i]);
        char label[64];
        snprintf(label, sizeof label, "%.0f%%", total ? 100.0 * t->n[i] / total : 0.0);
        rp_bar(o, max ? (double)t->n[i] / max : 0, 90, label);
        g_string_append_printf(o, " <span class=\"muted num\">%s</span></td></tr>\n", label);
    }
    if (!t->len)
        g_string_append(o, "<tr><td colspan=\"3\" class=\"muted\">none</td></tr>\n");
    g_string_append(o, "</tbody>\n</table>\n</div>\n");
}

/* Documents per year as an inline SVG column chart, with the numbers in a
 * table beside it for screen readers and exact values. */
static void year_chart(GString *o, const rp_ctx *r)
{
    int lo = 0, hi = 0;
    for (size_t i = 0; i < r->ndocs; i++) {
        int y = atoi(r->docs[i].in.date);
        if (y <= 0 || !r->docs[i].first)
            continue;
        if (!lo || y < lo)
            lo = y;
        if (y > hi)
            hi = y;
    }
    g_string_append(o, "<h3>Documents by year of adoption</h3>\n");
    if (!lo) {
        g_string_append(o, "<p class=\"note\">No document gives its date.</p>\n");
        return;
    }
    size_t ny = (size_t)(hi - lo + 1), undated = 0;
    size_t *cnt = g_new0(size_t, ny);
    if (!cnt)
        return;
    for (size_t i = 0; i < r->ndocs; i++) {
        int y = atoi(r->docs[i].in.date);
        if (!r->docs[i].first)
            continue; /* a document in three languages is one document */
        if (y > 0)
            cnt[y - lo]++;
        else
            undated++;
    }
    size_t max = 0;
    for (size_t i = 0; i < ny; i++)
        if (cnt[i] > max)
            max = cnt[i];
    int bw = (int)(960 / ny);
    if (bw > 40)
        bw = 40;
    if (bw < 4)
        bw = 4;
    int gap = bw >= 8 ? 2 : 1, left = 34, top = 14, ch = 120;
    int width = left + (int)ny * bw + 10, height = top + ch + 22;
    int every = 1;
    while (every * bw < 40)
        every = every == 1 ? 2 : every == 2 ? 5 : every * 2;
    g_string_append_printf(
        o,
        "<div class=\"years\"><svg width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
        "role=\"img\" aria-labelledby=\"years-t\" font-size=\"11\">"
        "<title id=\"years-t\">Documents by year, %d to %d; most in one year: %zu"
        "</title>\n",
        width, height, width, height, lo, hi, max);
    g_string_append_printf(o,
                           "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#8a96a3\"/>"
                           "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#5b6570\">%zu</text>"
                           "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#5b6570\">0</text>"
                           "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#e1e6eb\" "
                           "stroke-dasharray=\"3,3\"/>\n",
                           left, top + ch, width - 6, top + ch, left - 4, top + 4, max, left - 4,
                           top + ch, left, top, width - 6, top);
    for (size_t i = 0; i < ny; i++) {
        int x = left + (int)i * bw;
        if (cnt[i]) {
            double h = (double)ch * cnt[i] / max;
            g_string_append_printf(o,
                                   "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" "
                                   "fill=\"#1f6fb2\"><title>%d: %zu document%s</title></rect>",
                                   x + gap / 2 + (gap ? 0 : 0), top + ch - h, bw - gap, h,
                                   lo + (int)i, cnt[i], cnt[i] == 1 ? "" : "s");
        }
        if ((lo + (int)i) % every == 0 || ny == 1)
            g_string_append_printf(o,
                                   "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" "
                                   "fill=\"#5b6570\">%d</text>",
                                   x + bw / 2.0, top + ch + 15, lo + (int)i);
    }
    g_string_append(o, "\n</svg></div>\n<details><summary>Documents by year as a table</summary>\n"
                       "<table><thead><tr><th scope=\"col\">year</th><th scope=\"col\" "
                       "class=\"n\">documents</th></tr></thead>\n<tbody>\n");
    for (size_t i = 0; i < ny; i++)
        if (cnt[i])
            g_string_append_printf(o, "<tr><td>%d</td><td class=\"n\">%zu</td></tr>\n", lo + (int)i,
                                   cnt[i]);
    if (undated)
        g_string_append_printf(o, "<tr><td>undated</td><td class=\"n\">%zu</td></tr>\n", undated);
    g_string_append(o, "</tbody></table></details>\n");
    g_free(cnt);
}

/* Files that could not be read, with the reason the extractor gives. The
 * corpus keeps only NULL for them, so each is read again for its message. */
static void failures(GString *o, const rp_ctx *r)
{
    const cg_corpus *c = r->c;
    size_t nwarn = 0;
    for (size_t i = 0; i < r->ndocs; i++)
        nwarn += cg_doc_warning_count(r->docs[i].d) > 0;
    g_string_append(o, "<h3 id=\"unread\">What could not be read</h3>\n");
    if (!c->failed && !c->problems) {
        g_string_append_printf(o, "<p class=\"ok\">Every file was read (%zu file%s).</p>\n", c->n,
                               c->n == 1 ? "" : "s");
    } else {
        g_string_append(o, "<table>\n<thead><tr><th scope=\"col\">file</th><th scope=\"col\">why"
                           "</th></tr></thead>\n<tbody>\n");
        for (size_t i = 0; i < cg_walk_problem_count(c->walk); i++) {
            g_string_append(o, "<tr><td colspan=\"2\" dir=\"auto\">");
            rp_esc(o, cg_walk_problem(c->walk, i));
            g_string_append(o, "</td></tr>\n");
        }
        /* Each is read again for its message: at most the first 50. */
        size_t listed = 0;
        for (size_t i = 0; i < c->n; i++) {
            if (c->docs[i])
                continue;
            if (++listed > 50) {
                g_string_append_printf(o,
                                       "<tr><td colspan=\"2\" class=\"muted\">and %zu more "
                                       "(the command's messages name each)</td></tr>\n",
                                       c->failed - 50);
                break;
            }
            const char *f = cg_walk_file(c->walk, i);
            cg_error err = {0};
            cg_doc *d = NULL;
            if (cg_extract_file(c->x, f, &r->ro, &d, &err) == 0) {
                /* Readable now (it changed since): say so rather than guess. */
                cg_doc_free(d);
                snprintf(err.msg, sizeof err.msg, "could not be read at the time");
            }
            g_string_append(o, "<tr><td dir=\"auto\"><code>");
            rp_esc(o, f);
            g_string_append(o, "</code></td><td>");
            rp_esc(o, err.msg[0] ? err.msg : "unknown error");
            g_string_append(o, "</td></tr>\n");
        }
        g_string_append(o, "</tbody>\n</table>\n");
    }
    if (nwarn) {
        /* By kind, with counts and the first files: one line per warning
         * would be most of the page at corpus scale. */
        GHashTable *count = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
        GHashTable *files = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
                                                  (GDestroyNotify)g_ptr_array_unref);
        for (size_t i = 0; i < r->ndocs; i++) {
            const cg_doc *d = r->docs[i].d;
            for (size_t k = 0; k < cg_doc_warning_count(d); k++) {
                char *kind = cg_warning_kind(cg_doc_warning(d, k));
                size_t n = GPOINTER_TO_SIZE(g_hash_table_lookup(count, kind));
                GPtrArray *fl = g_hash_table_lookup(files, kind);
                if (!fl) {
                    fl = g_ptr_array_new();
                    g_hash_table_insert(files, g_strdup(kind), fl);
                }
                if (fl->len < 5)
                    g_ptr_array_add(fl, (gpointer)r->docs[i].in.file);
                g_hash_table_replace(count, kind, GSIZE_TO_POINTER(n + 1));
            }
        }
        g_string_append_printf(o,
                               "<details><summary>%zu document%s read with warnings, "
                               "%u kind%s</summary>\n<table>\n<thead><tr>"
                               "<th scope=\"col\">warning</th><th scope=\"col\" "
                               "class=\"n\">count</th><th scope=\"col\">first files</th>"
                               "</tr></thead>\n<tbody>\n",
                               nwarn, nwarn == 1 ? "" : "s", g_hash_table_size(count),
                               g_hash_table_size(count) == 1 ? "" : "s");
        GList *keys = g_list_sort(g_hash_table_get_keys(count), (GCompareFunc)strcmp);
        for (GList *k = keys; k; k = k->next) {
            GPtrArray *fl = g_hash_table_lookup(files, k->data);
            g_string_append(o, "<tr><td dir=\"auto\">");
            rp_esc(o, k->data);
            g_string_append_printf(o, "</td><td class=\"n\">%zu</td><td>",
                                   GPOINTER_TO_SIZE(g_hash_table_lookup(count, k->data)));
            for (guint f = 0; fl && f < fl->len; f++) {
                g_string_append(o, f ? ", <code>" : "<code>");
                rp_esc(o, fl->pdata[f]);
                g_string_append(o, "</code>");
            }
            g_string_append(o, "</td></tr>\n");
        }
        g_list_free(keys);
        g_string_append(o, "</tbody></table></details>\n");
        g_hash_table_destroy(files);
        g_hash_table_destroy(count);
    }
}

void rp_section_glance(GString *o, const rp_ctx *r)
{
    tally langs = {0}, bodies = {0}, kinds = {0};
    size_t ncites = 0, targets = 0;
    const char *first = NULL, *last = NULL;
    for (size_t i = 0; i < r->ndocs; i++) {
        const rp_doc *d = &r->docs[i];
        tally_add(&langs, d->in.lang, 1);
        if (d->first)
            tally_add(&bodies, d->in.body, 1);
        if (*d->in.date) {
            if (!first || strcmp(d->in.date, first) < 0)
                first = d->in.date;
            if (!last || strcmp(d->in.date, last) > 0)
                last = d->in.date;
        }
        size_t n = cg_doc_citation_count(d->d);
        ncites += n;
        for (size_t k = 0; k < n; k++) {
            cg_citation ct;
            cg_doc_citation(d->d, k, &ct);
            tally_add(&kinds, cg_kind_name(ct.kind), 1);
        }
    }
    for (size_t v = 0; v < cg_graph_vertex_count(r->g); v++) {
        cg_vertex_view vw;
        cg_graph_vertex(r->g, v, &vw);
        targets += vw.cited_by_docs > 0;
    }
    tally_sort(&langs);
    tally_sort(&bodies);
    tally_sort(&kinds);

    g_string_append(o,
                    "<section id=\"glance\" aria-labelledby=\"glance-h\">\n"
                    "<h2 id=\"glance-h\">1. The corpus at a glance</h2>\n<div class=\"cards\">\n");
    g_string_append_printf(o, "<div class=\"card\"><b>%zu</b><span>documents read", r->nunique);
    if (r->nunique != r->ndocs)
        g_string_append_printf(o, " (%zu texts)", r->ndocs);
    g_string_append(o, "</span></div>\n");
    g_string_append_printf(o, "<div class=\"card\"><b>%zu</b><span>citations found</span></div>\n",
                           ncites);
    g_string_append_printf(o,
                           "<div class=\"card\"><b>%zu</b><span>distinct targets cited</span>"
                           "</div>\n",
                           targets);
    g_string_append_printf(o, "<div class=\"card\"><b>%zu</b><span>languages</span></div>\n",
                           langs.len);
    if (first) {
        g_string_append(o, "<div class=\"card\"><b>");
        g_string_append_len(o, first, 4);
        if (strncmp(first, last, 4)) {
            g_string_append(o, "–");
            g_string_append_len(o, last, 4);
        }
        g_string_append(o, "</b><span>adopted</span></div>\n");
    }
    g_string_append_printf(o,
                           "<div class=\"card\"><b>%zu</b><span><a href=\"#unread\">files not "
                           "read</a></span></div>\n",
                           r->c->failed + r->c->problems);
    g_string_append(o, "</div>\n<div class=\"grid\">\n");
    tally_table(o, r, &langs, "Documents by language", "language", "documents", T_LANG);
    tally_table(o, r, &bodies, "Documents by body", "body", "documents", T_BODY);
    tally_table(o, r, &kinds, "Citations by kind of target", "kind", "citations", T_KIND);
    g_string_append(o, "</div>\n");
    year_chart(o, r);
    failures(o, r);
    g_string_append(o, "</section>\n");
    tally_free(&langs);
    tally_free(&bodies);
    tally_free(&kinds);
}
