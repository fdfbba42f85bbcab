/*
 * annotate.c - the extraction shown on the text itself, as one HTML page.
 */
#include <errno.h>
#include <glib.h>
#include <stdio.h>
#include <string.h>

#include "doc_internal.h"

/* Writes s[0..len) as HTML text: & < > " ' escaped, invalid UTF-8 repaired,
 * control characters other than tab and newline dropped. */
static void html_text(FILE *out, const char *s, size_t len)
{
    char *v = g_utf8_make_valid(s, (gssize)len);
    for (const char *p = v; *p; p++) {
        unsigned char c = (unsigned char)*p;
        switch (c) {
        case '&': fputs("&amp;", out); break;
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '"': fputs("&quot;", out); break;
        case '\'': fputs("&#39;", out); break;
        default:
            if (c >= 0x20 || c == '\n' || c == '\t')
                fputc(c, out);
        }
    }
    g_free(v);
}

static void html_str(FILE *out, const char *s)
{
    html_text(out, s, strlen(s));
}

/* UN symbols resolve on undocs.org; instruments have no symbol. */
static int has_symbol(const char *kind)
{
    return !strcmp(kind, "resolution") || !strcmp(kind, "decision") ||
           !strcmp(kind, "document");
}

static void write_url(FILE *out, const char *target)
{
    fputs("https://undocs.org/", out);
    for (const unsigned char *p = (const unsigned char *)target; *p; p++) {
        if (g_ascii_isalnum(*p) || strchr("/.-_()", *p))
            fputc(*p, out);
        else
            fprintf(out, "%%%02X", *p);
    }
}

static const char style[] =
    "body{font-family:'Noto Sans','Noto Sans CJK SC','DejaVu Sans',sans-serif;"
    "margin:2em auto;max-width:60em;color:#222;line-height:1.5}"
    "pre{white-space:pre-wrap;border:1px solid #ddd;padding:1em;background:#fafafa}"
    ".c{border-radius:3px;padding:0 1px;text-decoration:none;color:inherit}"
    ".c:focus,.c:hover{outline:2px solid #333}"
    ".resolution,.decision{background:#cfe3ff}.document{background:#d8f3d1}"
    ".instrument{background:#fde7c4}.article{background:#f6d2f0}"
    ".unresolved{border-bottom:2px dashed #c00}"
    "table{border-collapse:collapse;font-size:90%}td,th{border:1px solid #ccc;padding:2px 6px}"
    "@media print{.c{outline:none}}";

int cg_annotate_write(FILE *out, cg_doc *const *docs, size_t n)
{
    fprintf(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                 "<title>citegraph: citations on the text</title>\n<style>%s</style>\n"
                 "</head>\n<body>\n<h1>Citations found, on the text</h1>\n"
                 "<p>Colour by kind: <span class=\"c resolution\">resolution or decision</span> "
                 "<span class=\"c document\">document</span> <span class=\"c instrument\">"
                 "instrument</span> <span class=\"c article\">article</span>; "
                 "<span class=\"c unresolved\">dashed</span>: body guessed. Hover or focus a "
                 "citation for its target, rule, clause verb and location.</p>\n",
            style);
    for (size_t i = 0; i < n; i++) {
        const cg_doc *d = docs[i];
        if (!d)
            continue;
        size_t nc = cg_doc_citation_count(d);
        fprintf(out, "<section id=\"doc-%zu\">\n<h2>", i + 1);
        html_str(out, d->id);
        fputs("</h2>\n<p>", out);
        html_str(out, d->file);
        fprintf(out, " &middot; %zu citation%s</p>\n", nc, nc == 1 ? "" : "s");
        size_t len = 0;
        const char *text = cg_doc_text(d, &len);
        if (!text) {
            fputs("<p>(text not kept)</p>\n</section>\n", out);
            continue;
        }
        /* The language comes from --lang or a corpus's own manifest: data,
         * escaped like every other attribute. */
        fputs("<pre dir=\"auto\" lang=\"", out);
        html_str(out, d->meta.lang ? d->meta.lang : "");
        fputs("\">", out);
        size_t at = 0;
        for (size_t k = 0; k < nc; k++) {
            cg_citation c;
            cg_doc_citation(d, k, &c);
            /* A part of a file holding several documents keeps its own
             * text; the records hold the file's offsets. */
            c.start -= d->base;
            c.end -= d->base;
            if (c.start < at || c.end > len || c.end <= c.start)
                continue;   /* never nest or run past the text */
            html_text(out, text + at, c.start - at);
            int link = has_symbol(c.kind);
            fputs(link ? "<a class=\"c " : "<mark tabindex=\"0\" class=\"c ", out);
            html_str(out, c.kind);
            if (!c.resolved)
                fputs(" unresolved", out);
            fputs("\"", out);
            if (link) {
                fputs(" href=\"", out);
                write_url(out, c.target);
                fputs("\"", out);
            }
            fputs(" title=\"", out);
            html_str(out, c.target);
            fputs(" · ", out);
            html_str(out, c.rule);
            fputs(" · ", out);
            html_str(out, c.relation);
            fputs(" · ", out);
            html_str(out, c.location);
            if (*c.date) {
                fputs(" · ", out);
                html_str(out, c.date);
            }
            fputs("\">", out);
            html_text(out, text + c.start, c.end - c.start);
            fputs(link ? "</a>" : "</mark>", out);
            at = c.end;
        }
        html_text(out, text + at, len - at);
        fputs("</pre>\n</section>\n", out);
    }
    fputs("</body>\n</html>\n", out);
    return ferror(out) ? EIO : 0;
}
