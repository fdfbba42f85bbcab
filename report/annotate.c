/*
 * annotate.c - the extraction shown on the text itself, as one HTML page.
 */
#include <errno.h>
#include <glib.h>
#include <stdio.h>
#include <string.h>

#include "common/text.h"
#include "report.h"

/* The page is built in one GString and written at once: the same escaping
 * as every other HTML the project writes (common/text.h). */
static void html_str(GString *o, const char *s)
{
    cg_html_text(o, s, -1);
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

int cg_annotate_write(FILE *fp, cg_doc *const *docs, size_t n)
{
    GString *out = g_string_new(NULL);
    g_string_append_printf(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
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
        cg_doc_info in;
        cg_doc_get_info(d, &in);
        size_t nc = cg_doc_citation_count(d);
        g_string_append_printf(out, "<section id=\"doc-%zu\">\n<h2>", i + 1);
        html_str(out, in.id);
        g_string_append(out, "</h2>\n<p>");
        html_str(out, in.file);
        g_string_append_printf(out, " &middot; %zu citation%s</p>\n", nc, nc == 1 ? "" : "s");
        size_t len = 0;
        const char *text = cg_doc_text(d, &len);
        if (!text) {
            g_string_append(out, "<p>(text not kept)</p>\n</section>\n");
            continue;
        }
        /* The language comes from --lang or a corpus's own manifest: data,
         * escaped like every other attribute. */
        g_string_append(out, "<pre dir=\"auto\" lang=\"");
        html_str(out, in.lang);
        g_string_append(out, "\">");
        size_t at = 0;
        for (size_t k = 0; k < nc; k++) {
            cg_citation c;
            cg_doc_citation(d, k, &c);
            /* A part of a file holding several documents keeps its own
             * text; the records hold the file's offsets. */
            c.start -= in.text_offset;
            c.end -= in.text_offset;
            if (c.start < at || c.end > len || c.end <= c.start)
                continue; /* never nest or run past the text */
            cg_html_text(out, text + at, (gssize)(c.start - at));
            int link = cg_undocs_linkable(cg_kind_name(c.kind), c.target);
            g_string_append(out, link ? "<a class=\"c " : "<mark tabindex=\"0\" class=\"c ");
            html_str(out, cg_kind_name(c.kind));
            if (!c.resolved)
                g_string_append(out, " unresolved");
            g_string_append(out, "\"");
            if (link) {
                g_string_append(out, " href=\"");
                cg_undocs_url(out, NULL, c.target);
                g_string_append(out, "\"");
            }
            g_string_append(out, " title=\"");
            html_str(out, c.target);
            g_string_append(out, " · ");
            html_str(out, c.rule);
            g_string_append(out, " · ");
            html_str(out, c.relation);
            g_string_append(out, " · ");
            char *loc = cg_location_format(&c.location);
            html_str(out, loc);
            g_free(loc);
            if (*c.date) {
                g_string_append(out, " · ");
                html_str(out, c.date);
            }
            g_string_append(out, "\">");
            cg_html_text(out, text + c.start, (gssize)(c.end - c.start));
            g_string_append(out, link ? "</a>" : "</mark>");
            at = c.end;
        }
        cg_html_text(out, text + at, (gssize)(len - at));
        g_string_append(out, "</pre>\n</section>\n");
    }
    g_string_append(out, "</body>\n</html>\n");
    fwrite(out->str, 1, out->len, fp);
    g_string_free(out, TRUE);
    return ferror(fp) ? EIO : 0;
}
