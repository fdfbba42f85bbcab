/*
 * history.c - a mandate's history (see history.h): the rows shared by
 * `lineage --series` and `report --series`.
 */
#include "report.h"

#include "common/text.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

/* The acts a text can state (extract.h cg_doc_info.act), by code. */
static const char *const act_names[] = {"", "establish", "renew", "postpone"};

cg_cut_table *cg_cut_table_new(void)
{
    return g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
}

void cg_cut_table_add(cg_cut_table *t, const cg_doc *d)
{
    cg_doc_info in;
    cg_doc_get_info(d, &in);
    int whole = in.meeting > 0 || in.vote_recorded || in.vote_without;
    for (size_t k = 0; !whole && k < cg_doc_citation_count(d); k++) {
        cg_citation c;
        cg_doc_citation(d, k, &c);
        whole = c.location.part == CG_PART_OPERATIVE || c.location.part == CG_PART_END;
    }
    /* One language version read whole is enough: the document is. Flags:
     * 1 read, 2 cut short, 4 adopted without a vote; bits 8-9 the act its
     * text states (the first version stating one), bits 16-23 its years. */
    int old = GPOINTER_TO_INT(g_hash_table_lookup(t, in.id));
    int flags = 1 | (in.vote_without || (old & 4) ? 4 : 0);
    if (!whole && (!old || (old & 2)))
        flags |= 2;
    int act = 0;
    while (act < 3 && strcmp(in.act, act_names[act + 1]))
        act++;
    act = act < 3 ? act + 1 : 0;
    if (old & 0x300)
        flags |= old & 0xFF0300;
    else if (act)
        flags |= act << 8 | (in.act_years & 0xFF) << 16;
    g_hash_table_replace(t, g_strdup(in.id), GINT_TO_POINTER(flags));
}

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

static int has(const GArray *sorted, size_t v)
{
    return sorted && bsearch(&v, sorted->data, sorted->len, sizeof(size_t), cmp_size) != NULL;
}

void cg_history_free(cg_history *h)
{
    for (size_t i = 0; h->rows && i < h->n; i++) {
        cg_history_row *r = &h->rows[i];
        if (r->cites)
            g_array_free(r->cites, TRUE);
        if (r->cited_by)
            g_array_free(r->cited_by, TRUE);
        if (r->added)
            g_ptr_array_free(r->added, TRUE);
    }
    g_free(h->rows);
    h->rows = NULL;
    h->n = 0;
}

int cg_history_build(const cg_graph *g, const cg_series_member *m, size_t n,
                     const cg_cut_table *cut, const char *focus_id, cg_history *h)
{
    memset(h, 0, sizeof *h);
    h->g = g;
    h->focus = (size_t)-1;
    h->rows = g_new0(cg_history_row, n ? n : 1);
    h->n = n;
    GHashTable *row_of = g_hash_table_new(g_direct_hash, g_direct_equal);
    GArray **targets = g_new0(GArray *, n ? n : 1);
    for (size_t i = 0; i < n; i++) {
        cg_history_row *r = &h->rows[i];
        r->v = m[i].vertex;
        r->m = m[i];
        cg_graph_vertex(g, r->v, &r->vw);
        r->cites = g_array_new(FALSE, FALSE, sizeof(size_t));
        r->cited_by = g_array_new(FALSE, FALSE, sizeof(size_t));
        r->added = g_ptr_array_new();
        r->prev = (size_t)-1;
        targets[i] = g_array_new(FALSE, FALSE, sizeof(size_t));
        if (r->vw.in_corpus) {
            int c = cut ? GPOINTER_TO_INT(g_hash_table_lookup((GHashTable *)cut, r->vw.id)) : 0;
            r->truncated = (c & 2) != 0;
            r->without_vote = (c & 4) != 0;
            r->act = act_names[(c >> 8) & 3];
            r->act_years = (c >> 16) & 0xFF;
        } else {
            r->truncated = -1;
            r->act = "";
        }
        g_hash_table_insert(row_of, GSIZE_TO_POINTER(r->v + 1), GSIZE_TO_POINTER(i + 1));
    }
    for (size_t e = 0; e < cg_graph_edge_count(g); e++) {
        cg_edge_view ev;
        cg_graph_edge(g, e, &ev);
        if (ev.kind != CG_EDGE_CITES)
            continue;
        size_t a = GPOINTER_TO_SIZE(g_hash_table_lookup(row_of, GSIZE_TO_POINTER(ev.from + 1)));
        if (!a--)
            continue;
        h->rows[a].ncites++;
        g_array_append_val(targets[a], ev.to);
        size_t b = GPOINTER_TO_SIZE(g_hash_table_lookup(row_of, GSIZE_TO_POINTER(ev.to + 1)));
        if (b--) {
            g_array_append_val(h->rows[a].cites, b);
            g_array_append_val(h->rows[b].cited_by, a);
        }
    }
    for (size_t i = 0; i < n; i++) {
        g_array_sort(targets[i], cmp_size);
        g_array_sort(h->rows[i].cites, cmp_size);
        g_array_sort(h->rows[i].cited_by, cmp_size);
    }
    /* What each member of the corpus added to the previous one's citations. */
    size_t prev = (size_t)-1;
    for (size_t i = 0; i < n; i++) {
        cg_history_row *r = &h->rows[i];
        if (!r->vw.in_corpus)
            continue;
        if (!focus_id)
            h->focus = i;
        else if (!strcmp(r->vw.id, focus_id))
            h->focus = i;
        /* A decision (postponing, extending) is a step of the calendar, not
         * a text to compare resolutions with. */
        if (r->vw.kind && !strcmp(r->vw.kind, "decision") && r->m.how == CG_SERIES_DECISION)
            continue;
        r->prev = prev;
        if (prev != (size_t)-1) {
            for (guint k = 0; k < targets[i]->len; k++) {
                size_t t = g_array_index(targets[i], size_t, k);
                /* Citing the earlier members is the chain itself, shown
                 * in its own column: not news. */
                if (!has(targets[prev], t) &&
                    !g_hash_table_contains(row_of, GSIZE_TO_POINTER(t + 1))) {
                    cg_vertex_view tv;
                    cg_graph_vertex(g, t, &tv);
                    g_ptr_array_add(r->added, (gpointer)tv.id);
                }
            }
            if (!r->truncated && !h->rows[prev].truncated)
                for (guint k = 0; k < targets[prev]->len; k++)
                    r->ndropped += !has(targets[i], g_array_index(targets[prev], size_t, k));
        }
        prev = i;
    }
    for (size_t i = 0; i < n; i++)
        g_array_free(targets[i], TRUE);
    g_free(targets);
    g_hash_table_destroy(row_of);
    if (focus_id && h->focus == (size_t)-1)
        return ENOENT;
    return 0;
}

const char *cg_history_when(const cg_history_row *r, char *buf, size_t size)
{
    if (!r->m.when[0])
        g_strlcpy(buf, "-", size);
    else if (!r->m.when_estimated)
        g_strlcpy(buf, r->m.when, size);
    else if (strlen(r->m.when) == 4) /* the symbol says the year */
        g_strlcpy(buf, r->m.when, size);
    else
        snprintf(buf, size, "c. %.4s", r->m.when);
    return buf;
}

static const char *shortid(const char *id, char *buf, size_t size)
{
    return cg_graph_short_id(id, buf, size);
}

/* The edge from row a to row b's vertex (relations, locations). */
static int edge_between(const cg_graph *g, size_t from, size_t to, cg_edge_view *out)
{
    /* Edges are sorted by (from, to): binary search. */
    size_t lo = 0, hi = cg_graph_edge_count(g);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        cg_graph_edge(g, mid, out);
        if (out->from < from || (out->from == from && out->to < to))
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < cg_graph_edge_count(g)) {
        cg_graph_edge(g, lo, out);
        if (out->from == from && out->to == to)
            return 1;
    }
    return 0;
}

enum { NAMED_MAX = 8 };

char *cg_history_added_text(const cg_history *h, size_t i)
{
    const cg_history_row *r = &h->rows[i];
    GString *o = g_string_new(NULL);
    char b1[96], b2[32];
    if (!r->vw.in_corpus) {
        g_string_append(o, "not in the corpus; ");
        if (!r->cited_by->len)
            g_string_append(o, "known from citations only");
        /* The first three citing members say how it is cited; the rest
         * are counted. */
        for (guint k = 0; k < r->cited_by->len && k < 3; k++) {
            const cg_history_row *c = &h->rows[g_array_index(r->cited_by, size_t, k)];
            cg_edge_view e;
            g_string_append(o, k ? "; by " : "cited by ");
            g_string_append_printf(o, "%s (%s)", shortid(c->vw.id, b1, sizeof b1),
                                   cg_history_when(c, b2, sizeof b2));
            if (edge_between(h->g, c->v, r->v, &e) && *e.relations)
                g_string_append_printf(o, " as %s%s%s", e.relations, *e.locations ? ", " : "",
                                       e.locations);
        }
        if (r->cited_by->len > 3)
            g_string_append_printf(o, "; and by %u more", r->cited_by->len - 3);
        if (r->vw.date && *r->vw.date)
            g_string_append_printf(o, "; dated %s by its citations", r->vw.date);
        return g_string_free(o, FALSE);
    }
    if (r->m.how == CG_SERIES_DECISION) {
        g_string_append(o, "a decision on the mandate's calendar");
        if (r->vw.title && *r->vw.title)
            g_string_append_printf(o, ": \u201c%s\u201d", r->vw.title);
        return g_string_free(o, FALSE);
    }
    if (r->truncated)
        g_string_append_printf(o,
                               "text looks cut short (no operative part or adoption line "
                               "read): %zu citation%s read, no comparison drawn",
                               r->ncites, r->ncites == 1 ? "" : "s");
    else if (r->prev == (size_t)-1)
        g_string_append_printf(o, "first member in the corpus; cites %zu target%s", r->ncites,
                               r->ncites == 1 ? "" : "s");
    if (r->truncated || r->prev == (size_t)-1)
        return g_string_free(o, FALSE);
    if (!r->added->len)
        g_string_append(o, "no new citation");
    else
        g_string_append_printf(o, "%u new: ", r->added->len);
    for (guint k = 0; k < r->added->len && k < NAMED_MAX; k++)
        g_string_append_printf(o, "%s%s", k ? ", " : "",
                               shortid(r->added->pdata[k], b1, sizeof b1));
    if (r->added->len > NAMED_MAX)
        g_string_append_printf(o, " and %u more", r->added->len - NAMED_MAX);
    const cg_history_row *p = &h->rows[r->prev];
    if (r->ndropped)
        g_string_append_printf(o, "; %zu citation%s of %s not repeated", r->ndropped,
                               r->ndropped == 1 ? "" : "s", shortid(p->vw.id, b1, sizeof b1));
    if (p->truncated)
        g_string_append_printf(o, " (compared with %s, whose text looks cut short)",
                               shortid(p->vw.id, b1, sizeof b1));
    return g_string_free(o, FALSE);
}

static void vote_text(const cg_vertex_view *v, int without, char *buf, size_t size)
{
    if (v->vote_yes >= 0)
        snprintf(buf, size, "%d/%d/%d", v->vote_yes, v->vote_no < 0 ? 0 : v->vote_no,
                 v->vote_abstain < 0 ? 0 : v->vote_abstain);
    else
        g_strlcpy(buf, without ? "w/o vote" : "-", size);
}

static const char *const how_name[] = {"", "title", "chain", "decision", "cited"};

static char *member_list(const cg_history *h, const GArray *rows, int shortform)
{
    GString *o = g_string_new(NULL);
    char b[96];
    for (guint k = 0; k < rows->len; k++) {
        const char *id = h->rows[g_array_index(rows, size_t, k)].vw.id;
        g_string_append_printf(o, "%s%s", k ? (shortform ? ", " : " ") : "",
                               shortform ? shortid(id, b, sizeof b) : id);
    }
    return g_string_free(o, FALSE);
}

static void csv_field(FILE *f, const char *s, int last)
{
    cg_csv_field(f, s ? s : "");
    fputc(last ? '\n' : ',', f);
}

static const char *nz(const char *s)
{
    return s && *s ? s : "-";
}

int cg_history_write(const cg_history *h, const char *format, FILE *f)
{
    int csv = !strcmp(format, "csv"), jsonl = !strcmp(format, "jsonl");
    if (csv)
        fputs("date,symbol,found_by,title,session,vote_yes,vote_no,vote_abstain,without_vote,in_"
              "corpus,focus,"
              "text_cut_short,cites,cited_by,added,act,act_years\n",
              f);
    else if (!jsonl)
        fprintf(f, "%-10s  %-20s  %-5s  %-9s  %-26s  %-45s  %s\n", "date", "symbol", "sess", "vote",
                "cites (members)", "title", "what it added");
    for (size_t i = 0; i < h->n; i++) {
        const cg_history_row *r = &h->rows[i];
        char when[32], vote[48];
        cg_history_when(r, when, sizeof when);
        vote_text(&r->vw, r->without_vote, vote, sizeof vote);
        char *added = cg_history_added_text(h, i);
        char *cites = member_list(h, r->cites, 0), *by = member_list(h, r->cited_by, 0);
        const char *title = r->vw.title && *r->vw.title ? r->vw.title : "";
        if (csv) {
            csv_field(f, r->m.when_estimated ? "" : r->m.when, 0);
            csv_field(f, r->vw.id, 0);
            csv_field(f, how_name[r->m.how], 0);
            csv_field(f, title, 0);
            csv_field(f, r->vw.session, 0);
            char n[3][16];
            int vs[3] = {r->vw.vote_yes, r->vw.vote_no, r->vw.vote_abstain};
            for (int k = 0; k < 3; k++) {
                if (vs[k] >= 0)
                    snprintf(n[k], sizeof n[k], "%d", vs[k]);
                else
                    n[k][0] = '\0';
                csv_field(f, n[k], 0);
            }
            csv_field(f, r->without_vote ? "1" : "0", 0);
            csv_field(f, r->vw.in_corpus ? "1" : "0", 0);
            csv_field(f, i == h->focus ? "1" : "0", 0);
            csv_field(f, r->truncated < 0 ? "" : r->truncated ? "1" : "0", 0);
            csv_field(f, cites, 0);
            csv_field(f, by, 0);
            csv_field(f, added, 0);
            csv_field(f, r->act, 0);
            char y[16] = "";
            if (r->act_years)
                snprintf(y, sizeof y, "%d", r->act_years);
            csv_field(f, y, 1);
        } else if (jsonl) {
            json_t *o = json_object();
            json_object_set_new(o, "date",
                                r->m.when[0] && !r->m.when_estimated ? json_string(r->m.when)
                                                                     : json_null());
            json_object_set_new(o, "when", json_string(when));
            json_object_set_new(o, "symbol", json_string(r->vw.id));
            json_object_set_new(o, "found_by", json_string(how_name[r->m.how]));
            json_object_set_new(o, "title", *title ? json_string(title) : json_null());
            json_object_set_new(o, "session",
                                r->vw.session && *r->vw.session ? json_string(r->vw.session)
                                                                : json_null());
            json_t *v = json_null();
            if (r->vw.vote_yes >= 0)
                v = json_pack("{s:i,s:i,s:i}", "yes", r->vw.vote_yes, "no",
                              r->vw.vote_no < 0 ? 0 : r->vw.vote_no, "abstain",
                              r->vw.vote_abstain < 0 ? 0 : r->vw.vote_abstain);
            if (r->vw.vote_yes < 0 && r->without_vote)
                v = json_string("without a vote");
            json_object_set_new(o, "vote", v);
            json_object_set_new(o, "in_corpus", json_boolean(r->vw.in_corpus));
            json_object_set_new(o, "focus", json_boolean(i == h->focus));
            json_object_set_new(o, "text_cut_short",
                                r->truncated < 0 ? json_null() : json_boolean(r->truncated));
            json_t *a = json_array(), *b = json_array(), *ad = json_array();
            for (guint k = 0; k < r->cites->len; k++)
                json_array_append_new(
                    a, json_string(h->rows[g_array_index(r->cites, size_t, k)].vw.id));
            for (guint k = 0; k < r->cited_by->len; k++)
                json_array_append_new(
                    b, json_string(h->rows[g_array_index(r->cited_by, size_t, k)].vw.id));
            for (guint k = 0; k < r->added->len; k++)
                json_array_append_new(ad, json_string(r->added->pdata[k]));
            json_object_set_new(o, "cites", a);
            json_object_set_new(o, "cited_by", b);
            json_object_set_new(o, "new_citations", ad);
            json_object_set_new(o, "added", json_string(added));
            json_object_set_new(o, "act", *r->act ? json_string(r->act) : json_null());
            json_object_set_new(o, "act_years",
                                r->act_years ? json_integer(r->act_years) : json_null());
            char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
            if (s)
                fprintf(f, "%s\n", s);
            free(s); /* jansson's allocator */
            json_decref(o);
        } else {
            char *sc = member_list(h, r->cites, 1);
            fprintf(f, "%-10s  %-20s  %-5s  %-9s  %-26s  %-45s  %s\n", when, r->vw.id,
                    nz(r->vw.session), vote, *sc ? sc : "-", *title ? title : "-", added);
            g_free(sc);
        }
        g_free(added);
        g_free(cites);
        g_free(by);
    }
    return ferror(f) ? EIO : 0;
}

static const char *const month_names[] = {"January",   "February", "March",    "April",
                                          "May",       "June",     "July",     "August",
                                          "September", "October",  "November", "December"};

/* "20 April 2005", "2005", "c. 2013", or NULL. */
static char *long_when(const cg_history_row *r)
{
    int y, mo, d;
    if (!r->m.when[0])
        return NULL;
    if (!r->m.when_estimated && sscanf(r->m.when, "%d-%d-%d", &y, &mo, &d) == 3 && mo >= 1 &&
        mo <= 12)
        return g_strdup_printf("%d %s %d", d, month_names[mo - 1], y);
    char b[32];
    return g_strdup(cg_history_when(r, b, sizeof b));
}

/* " renewed the mandate for three years" */
static void append_act(GString *o, const char *what, int years)
{
    static const char *const words[] = {"",    "one",   "two",   "three", "four", "five",
                                        "six", "seven", "eight", "nine",  "ten"};
    g_string_append_printf(o, " %s", what);
    if (years == 1)
        g_string_append(o, " for one year");
    else if (years > 1 && years <= 10)
        g_string_append_printf(o, " for %s years", words[years]);
    else if (years > 10)
        g_string_append_printf(o, " for %d years", years);
}

char *cg_history_paragraph(const cg_history *h)
{
    GString *o = g_string_new(NULL);
    char b1[96], b2[96];
    size_t ncorpus = 0, ncited = 0;
    for (size_t i = 0; i < h->n; i++)
        *(h->rows[i].vw.in_corpus ? &ncorpus : &ncited) += 1;
    GPtrArray *cut = g_ptr_array_new(); /* ids of texts cut short */
    int established = 0;
    for (size_t i = 0; i < h->n; i++) {
        const cg_history_row *r = &h->rows[i];
        char *when = long_when(r);
        GString *head = g_string_new(shortid(r->vw.id, b1, sizeof b1));
        g_string_append(head, " (");
        /* The body, unless the short name already says it ("HRC 6/3"). */
        if (r->vw.body && *r->vw.body && !strcmp(b1, r->vw.id))
            g_string_append_printf(head, "%s, ", r->vw.body);
        g_string_append(head, when ? when : "undated");
        if (r->vw.vote_yes >= 0)
            g_string_append_printf(head, ", adopted %d–%d–%d", r->vw.vote_yes,
                                   r->vw.vote_no < 0 ? 0 : r->vw.vote_no,
                                   r->vw.vote_abstain < 0 ? 0 : r->vw.vote_abstain);
        else if (r->without_vote)
            g_string_append(head, ", without a vote");
        g_string_append(head, ")");
        g_free(when);
        /* Members known only from citations, one after the other, make
         * one clause: "A (...), B (...) and C (...) are known from
         * citations only (by X)". */
        int run = !r->vw.in_corpus, first_of_run = run && (i == 0 || h->rows[i - 1].vw.in_corpus);
        int last_of_run = run && (i + 1 == h->n || h->rows[i + 1].vw.in_corpus);
        if (!run || first_of_run)
            g_string_append(o, i ? "; " : "");
        else
            g_string_append(o, last_of_run ? " and " : ", ");
        g_string_append(o, head->str);
        g_string_free(head, TRUE);
        if (!r->vw.in_corpus) {
            if (!last_of_run)
                continue;
            size_t j = i;
            while (j > 0 && !h->rows[j - 1].vw.in_corpus)
                j--;
            g_string_append(o, i > j ? " are known from citations only"
                                     : " is known from citations only");
            /* Who cites them: the citing members, each once, in order. */
            GArray *by = g_array_new(FALSE, FALSE, sizeof(size_t));
            for (size_t q = j; q <= i; q++)
                for (guint k = 0; k < h->rows[q].cited_by->len; k++) {
                    size_t c = g_array_index(h->rows[q].cited_by, size_t, k), z = 0;
                    while (z < by->len && g_array_index(by, size_t, z) != c)
                        z++;
                    if (z == by->len)
                        g_array_append_val(by, c);
                }
            g_array_sort(by, cmp_size);
            for (guint k = 0; k < by->len && k < 3; k++)
                g_string_append_printf(
                    o, "%s%s", k ? ", " : " (by ",
                    shortid(h->rows[g_array_index(by, size_t, k)].vw.id, b2, sizeof b2));
            if (by->len > 3)
                g_string_append_printf(o, " and %u more", by->len - 3);
            if (by->len)
                g_string_append(o, ")");
            g_array_free(by, TRUE);
        } else {
            const char *t = r->vw.title && *r->vw.title ? r->vw.title : NULL;
            if (r->truncated)
                g_ptr_array_add(cut, (gpointer)r->vw.id);
            if (r->m.how == CG_SERIES_DECISION) {
                /* "decision 11/101 (18 June 2009) decided to postpone
                 * (“Postponement of …”)": its own words, else its title */
                if (!strcmp(r->act, "postpone"))
                    g_string_append(o, " decided to postpone");
                else if (!strcmp(r->act, "renew"))
                    append_act(o, "renewed the mandate", r->act_years);
                if (t)
                    g_string_append_printf(o, *r->act ? " (\u201c%s\u201d)" : ": \u201c%s\u201d",
                                           t);
                else if (!*r->act)
                    g_string_append(o, " acted on the mandate's calendar");
                continue;
            }
            /* What the text says it does. A mandate is created once: the
             * first member whose text says it appoints or establishes;
             * a later "decides to establish" sets up something else. */
            int acted = 1;
            if (!established && !strcmp(r->act, "establish") && (established = 1))
                append_act(o, "established the mandate", r->act_years);
            else if (!strcmp(r->act, "renew"))
                append_act(o, "renewed the mandate", r->act_years);
            else
                acted = 0;
            if (r->cites->len) {
                size_t last = g_array_index(r->cites, size_t, r->cites->len - 1);
                cg_edge_view ev;
                const char *rel =
                    edge_between(h->g, r->v, h->rows[last].v, &ev) ? ev.relations : "";
                /* the clause verb its text uses for it, not one we pick */
                int re = strstr(rel, "reaffirm") != NULL, rc = !re && strstr(rel, "recall");
                g_string_append(o, acted ? (re   ? ", reaffirming "
                                            : rc ? ", recalling "
                                                 : ", citing ")
                                         : (re   ? " reaffirmed "
                                            : rc ? " recalled "
                                                 : " cited "));
                g_string_append(o, shortid(h->rows[last].vw.id, b2, sizeof b2));
                if (r->cites->len > 1)
                    g_string_append_printf(o, " and %u earlier member%s", r->cites->len - 1,
                                           r->cites->len == 2 ? "" : "s");
            } else if (!acted) {
                g_string_append(o, i == 0 ? " opens the series found" : " followed");
            }
            if (!r->truncated && r->prev != (size_t)-1 && r->added->len) {
                g_string_append(o, ", newly citing ");
                for (guint k = 0; k < r->added->len && k < 3; k++)
                    g_string_append_printf(o, "%s%s", k ? ", " : "",
                                           shortid(r->added->pdata[k], b2, sizeof b2));
                if (r->added->len > 3)
                    g_string_append_printf(o, " and %u more", r->added->len - 3);
            }
        }
    }
    /* Cut-short texts once, at the end: what they decided is not read, so
     * the paragraph says nothing of it. */
    if (cut->len) {
        g_string_append(o, h->n ? ". " : "");
        for (guint k = 0; k < cut->len && k < 3; k++)
            g_string_append_printf(o, "%s%s",
                                   k               ? ", "
                                   : cut->len == 1 ? "The text of "
                                                   : "The texts of ",
                                   shortid(cut->pdata[k], b2, sizeof b2));
        if (cut->len > 3)
            g_string_append_printf(o, " and %u more", cut->len - 3);
        g_string_append(o, cut->len == 1 ? " is cut short here (its operative part is not read)"
                                         : " are cut short here (their operative parts are not "
                                           "read)");
    }
    g_ptr_array_free(cut, TRUE);
    if (h->n)
        g_string_append_printf(o,
                               ". (%zu member%s read in the corpus, %zu known from "
                               "citations.)",
                               ncorpus, ncorpus == 1 ? "" : "s", ncited);
    return g_string_free(o, FALSE);
}

cg_graph *cg_history_graph(const cg_history *h, int all_edges, GHashTable **outside, cg_error *err)
{
    *outside = g_hash_table_new(g_str_hash, g_str_equal);
    cg_graph *s = cg_graph_new(CG_GRAN_ARTICLE), *red = NULL;
    int rc = 0;
    GHashTable *row_of = g_hash_table_new(g_direct_hash, g_direct_equal);
    for (size_t i = 0; i < h->n; i++)
        g_hash_table_insert(row_of, GSIZE_TO_POINTER(h->rows[i].v + 1), GSIZE_TO_POINTER(i + 1));
    for (size_t i = 0; i < h->n && !rc; i++) {
        const cg_vertex_view *v = &h->rows[i].vw;
        if (!v->in_corpus)
            continue;
        cg_graph_doc d = {v->id,       v->kind,      v->body,        v->date,
                          v->title,    v->languages, v->session,     v->file,
                          v->vote_yes, v->vote_no,   v->vote_abstain};
        rc = cg_graph_add_doc(s, &d, err);
    }
    for (size_t e = 0; e < cg_graph_edge_count(h->g) && !rc; e++) {
        cg_edge_view ev;
        cg_graph_edge(h->g, e, &ev);
        if (ev.kind != CG_EDGE_CITES)
            continue;
        size_t a = GPOINTER_TO_SIZE(g_hash_table_lookup(row_of, GSIZE_TO_POINTER(ev.from + 1)));
        if (!a--)
            continue;
        size_t b = GPOINTER_TO_SIZE(g_hash_table_lookup(row_of, GSIZE_TO_POINTER(ev.to + 1)));
        cg_vertex_view tv;
        cg_graph_vertex(h->g, ev.to, &tv);
        if (!b--) {
            g_hash_table_replace(
                *outside, (gpointer)tv.id,
                GSIZE_TO_POINTER(GPOINTER_TO_SIZE(g_hash_table_lookup(*outside, tv.id)) + 1));
            continue;
        }
        const char *date = h->rows[b].m.when_estimated ? NULL : tv.date;
        cg_graph_cite c = {h->rows[a].vw.id, tv.id,       tv.kind, tv.body, date, NULL,
                           ev.relations,     ev.locations};
        rc = cg_graph_add_cite(s, &c, err);
    }
    g_hash_table_destroy(row_of);
    if (!rc)
        rc = cg_graph_build(s, err);
    if (!rc && !all_edges)
        rc = cg_graph_reduce(s, &red, err);
    if (rc) {
        cg_graph_free(s);
        return NULL;
    }
    if (all_edges)
        return s;
    cg_graph_free(s);
    return red;
}

cg_graph *cg_history_map(const cg_history *h, int max_nodes, int all_edges, char **caption,
                         cg_error *err)
{
    *caption = NULL;
    GHashTable *outside = NULL;
    cg_graph *s = cg_history_graph(h, all_edges, &outside, err), *d = NULL;
    char *cap = NULL;
    if (s && h->focus < h->n)
        /* Members are resolutions and decisions: the selection only applies
         * max_nodes here; what they cite outside the series is `outside`. */
        d = cg_graph_map_select(s, h->rows[h->focus].vw.id, 1, max_nodes, all_edges, &cap, err);
    else if (s)
        cg_error_set(err, ENOENT, "the series has no member in the corpus");
    char *others =
        outside ? cg_graph_counted_text(outside, 6, "Also cited, outside the series: ") : NULL;
    GString *c = g_string_new(cap);
    if (others) /* "… by 3 more." + "Also cited, …": one space between sentences */
        g_string_append_printf(c, "%s%s (members citing it).", c->len ? " " : "", others);
    if (d && c->len)
        *caption = g_string_free(c, FALSE);
    else
        g_string_free(c, TRUE);
    g_free(others);
    g_free(cap);
    if (outside)
        g_hash_table_destroy(outside);
    cg_graph_free(s);
    return d;
}
