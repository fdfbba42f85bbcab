/*
 * pdf.c - PDF text with poppler-glib, page furniture removed (see pdf.h).
 */
#include "pdf.h"

#include <ctype.h>
#include <errno.h>
#include <poppler.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* How many non-blank lines at a page's top and bottom may be furniture. */
#define TOP_LINES    2
#define BOTTOM_LINES 3

typedef struct page_lines {
    GPtrArray *lines;                       /* char * (owned), the page's lines */
    size_t first[TOP_LINES + BOTTOM_LINES]; /* indexes of candidate lines */
    size_t n_cand;
    size_t n_top; /* first[0..n_top) are top-of-page candidates */
} page_lines;

static int is_blank(const char *s)
{
    for (; *s; s++)
        if (!isspace((unsigned char)*s))
            return 0;
    return 1;
}

/* The key under which repeated headers and footers are counted: the line
 * with whitespace runs collapsed and a page number standing alone at its
 * start or end removed ("A/HRC/23/45  3" and "A/HRC/23/45  4" are one
 * running header). Nothing else is masked: two lines that differ anywhere
 * else are different text, however alike they look (issue 18: masking every
 * digit made "Recalling resolution 1325 (2000)," opening one page and
 * "Recalling resolution 1820 (2008)," opening another into "furniture", and
 * footnotes at the foot of two pages with them). g_free the result. */
static char *furniture_key(const char *s)
{
    GString *g = g_string_new(NULL);
    int space = 0;
    while (isspace((unsigned char)*s))
        s++;
    for (; *s; s++) {
        if (isspace((unsigned char)*s)) {
            space = 1;
            continue;
        }
        if (space)
            g_string_append_c(g, ' ');
        space = 0;
        g_string_append_c(g, *s);
    }
    /* A leading "12 " or trailing " 12" (1 to 4 digits, alone). */
    size_t n = 0;
    while (n < g->len && isdigit((unsigned char)g->str[n]))
        n++;
    if (n >= 1 && n <= 4 && n < g->len && g->str[n] == ' ')
        g_string_erase(g, 0, (gssize)n + 1);
    size_t e = g->len;
    while (e > 0 && isdigit((unsigned char)g->str[e - 1]))
        e--;
    if (g->len - e >= 1 && g->len - e <= 4 && e > 0 && g->str[e - 1] == ' ')
        g_string_truncate(g, e - 1);
    return g_string_free(g, FALSE);
}

/* Page numbers and job numbers, recognisable on their own. */
static int is_page_or_job_number(const char *s)
{
    static GRegex *re; /* compiled once; GRegex is safe to share */
    static gsize once;
    if (g_once_init_enter(&once)) {
        re = g_regex_new("^\\s*(?:[-–]?\\s*\\d{1,4}\\s*[-–]?|\\d{1,4}\\s*/\\s*\\d{1,4}"
                         "|(?:Page|page)\\s+\\d{1,4}(?:\\s+of\\s+\\d{1,4})?"
                         "|(?:GE\\.)?\\d{2}-\\d{5}(?:\\s*\\([A-Z]\\))?(?:\\s+\\d{6})*"
                         "|\\*\\d{7,}\\*)\\s*$",
                         G_REGEX_OPTIMIZE, 0, NULL);
        g_once_init_leave(&once, 1);
    }
    return re && g_regex_match(re, s, 0, NULL);
}

/* Poppler reports syntax errors of damaged files through GLib's log; a
 * library must not print, so they are dropped while a document is read. */
static void quiet_log(const gchar *domain, GLogLevelFlags level, const gchar *message,
                      gpointer data)
{
    (void)domain;
    (void)level;
    (void)message;
    (void)data;
}

static int open_document(const char *path, PopplerDocument **doc, cg_error *err)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return cg_error_set(err, errno, "%s", strerror(errno));
    char magic[1024];
    size_t n = fread(magic, 1, sizeof magic, fp);
    fclose(fp);
    /* The header may follow some junk, but must be in the first 1024 bytes. */
    int found = 0;
    for (size_t i = 0; i + 5 <= n && !found; i++)
        found = memcmp(magic + i, "%PDF-", 5) == 0;
    if (!found)
        return cg_error_set(err, EINVAL, "not a PDF file (no %%PDF- header)");

    GError *gerr = NULL;
    /* Poppler opens URIs, and a file URI needs an absolute path. */
    gchar *abs = g_canonicalize_filename(path, NULL);
    gchar *uri = g_filename_to_uri(abs, NULL, &gerr);
    g_free(abs);
    if (!uri) {
        int rc = cg_error_set(err, EINVAL, "%s", gerr->message);
        g_error_free(gerr);
        return rc;
    }
    guint h = g_log_set_handler(
        "Poppler", G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION, quiet_log, NULL);
    *doc = poppler_document_new_from_file(uri, NULL, &gerr);
    g_log_remove_handler("Poppler", h);
    g_free(uri);
    if (!*doc) {
        int code = EIO;
        const char *what = "damaged or truncated PDF";
        if (gerr && gerr->domain == POPPLER_ERROR && gerr->code == POPPLER_ERROR_ENCRYPTED) {
            code = EPERM;
            what = "encrypted PDF (password required)";
        }
        int rc = cg_error_set(err, code, "%s: %s", what, gerr ? gerr->message : "unknown error");
        g_clear_error(&gerr);
        return rc;
    }
    return 0;
}

static void page_split(page_lines *p, const char *text)
{
    p->lines = g_ptr_array_new_with_free_func(g_free);
    gchar **v = g_strsplit(text ? text : "", "\n", -1);
    for (gchar **l = v; *l; l++) {
        size_t n = strlen(*l);
        if (n && (*l)[n - 1] == '\r')
            (*l)[n - 1] = '\0';
        g_ptr_array_add(p->lines, g_strdup(*l));
    }
    g_strfreev(v);
    /* candidates: first TOP_LINES and last BOTTOM_LINES non-blank lines */
    size_t top = 0;
    for (size_t i = 0; i < p->lines->len && top < TOP_LINES; i++)
        if (!is_blank(g_ptr_array_index(p->lines, i)))
            p->first[p->n_cand++] = i, top++;
    p->n_top = p->n_cand;
    size_t bottom = 0;
    for (size_t i = p->lines->len; i-- > 0 && bottom < BOTTOM_LINES;) {
        if (is_blank(g_ptr_array_index(p->lines, i)))
            continue;
        int dup = 0;
        for (size_t k = 0; k < p->n_cand; k++)
            dup |= p->first[k] == i;
        if (!dup)
            p->first[p->n_cand++] = i;
        bottom++;
    }
}

int cg_pdf_read(const char *path, char **text, size_t *len, cg_error *err)
{
    PopplerDocument *doc = NULL;
    int rc = open_document(path, &doc, err);
    if (rc)
        return rc;
    int n_pages = poppler_document_get_n_pages(doc);
    if (n_pages <= 0) {
        g_object_unref(doc);
        return cg_error_set(err, EIO, "PDF has no pages");
    }

    page_lines *pages = g_new0(page_lines, (size_t)n_pages);
    for (int i = 0; i < n_pages; i++) {
        PopplerPage *page = poppler_document_get_page(doc, i);
        char *t = page ? poppler_page_get_text(page) : NULL;
        page_split(&pages[i], t);
        g_free(t);
        if (page)
            g_object_unref(page);
    }
    g_object_unref(doc);

    /* Count each candidate key once per page. */
    GHashTable *count = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (int i = 0; i < n_pages; i++) {
        GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
        for (size_t k = 0; k < pages[i].n_cand; k++) {
            char *key = furniture_key(g_ptr_array_index(pages[i].lines, pages[i].first[k]));
            if (g_hash_table_add(seen, g_strdup(key))) {
                gpointer old = g_hash_table_lookup(count, key);
                g_hash_table_replace(count, key, GSIZE_TO_POINTER(GPOINTER_TO_SIZE(old) + 1));
            } else {
                g_free(key);
            }
        }
        g_hash_table_destroy(seen);
    }

    GString *out = g_string_new(NULL);
    for (int i = 0; i < n_pages; i++) {
        page_lines *p = &pages[i];
        for (size_t k = 0; k < p->n_cand; k++) {
            size_t li = p->first[k];
            const char *line = g_ptr_array_index(p->lines, li);
            char *key = furniture_key(line);
            size_t c = GPOINTER_TO_SIZE(g_hash_table_lookup(count, key));
            g_free(key);
            int top_of_first = i == 0 && k < p->n_top;
            /* Furniture repeats, identical (but for a page number): on at
             * least two pages and on most of them. */
            int repeated = c >= 2 && 2 * c > (size_t)n_pages;
            if (is_page_or_job_number(line) || (repeated && !top_of_first)) {
                g_free(g_ptr_array_index(p->lines, li));
                p->lines->pdata[li] = NULL; /* removed */
            }
        }
        if (i > 0)
            g_string_append(out, "\n\f\n");
        int first = 1;
        for (size_t li = 0; li < p->lines->len; li++) {
            const char *line = g_ptr_array_index(p->lines, li);
            if (!line)
                continue;
            if (!first)
                g_string_append_c(out, '\n');
            g_string_append(out, line);
            first = 0;
        }
        g_ptr_array_free(p->lines, TRUE);
    }
    g_free(pages);
    g_hash_table_destroy(count);

    *len = out->len;
    *text = g_string_free(out, FALSE);
    return 0;
}
