/*
 * report_html.c - the report's HTML plumbing: escaping, links, small inline
 * SVG bars, and the page's head (inline stylesheet) and tail (inline
 * script). Nothing here refers to anything outside the file: no fonts,
 * stylesheets or scripts are fetched, so the page opens offline.
 */
#include <stdio.h>
#include <string.h>

#include "common/text.h"
#include "report_internal.h"

void rp_escn(GString *o, const char *s, size_t len)
{
    if (s)
        cg_html_text(o, s, (gssize)len);
}

void rp_esc(GString *o, const char *s)
{
    if (s)
        cg_html_text(o, s, -1);
}

void rp_anchor(GString *o, const char *id)
{
    g_string_append(o, "doc-");
    for (const unsigned char *p = (const unsigned char *)id; *p; p++) {
        unsigned char c = *p;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.')
            g_string_append_c(o, (char)c);
        else if (c == '/')
            g_string_append_c(o, '_');
        else
            g_string_append_printf(o, "-%02X", c);
    }
}

void rp_target(GString *o, const rp_ctx *r, const char *id, const char *kind)
{
    size_t v = cg_graph_find(r->g, id);
    if (!kind || !*kind) {
        cg_vertex_view vw;
        if (v != (size_t)-1) {
            cg_graph_vertex(r->g, v, &vw);
            kind = vw.kind;
        }
    }
    g_string_append(o, "<span class=\"tgt\">");
    if (cg_undocs_linkable(kind, id)) {
        g_string_append(o, "<a class=\"sym\" href=\"");
        cg_undocs_url(o, NULL, id);
        g_string_append(o, "\">");
        rp_esc(o, id);
        g_string_append(o, "</a>");
    } else {
        g_string_append(o, "<span class=\"sym\">");
        rp_esc(o, id);
        g_string_append(o, "</span>");
    }
    if (v != (size_t)-1 && rp_in_corpus(r, v)) {
        g_string_append(o, " <a class=\"here\" href=\"#");
        rp_anchor(o, id);
        g_string_append(o, "\" title=\"this document's section in the report\">§</a>");
    }
    g_string_append(o, "</span>");
}

void rp_bar(GString *o, double frac, int width, const char *label)
{
    if (frac < 0)
        frac = 0;
    if (frac > 1)
        frac = 1;
    double w = frac * width;
    if (frac > 0 && w < 1)
        w = 1;
    g_string_append_printf(o,
                           "<svg class=\"bar\" width=\"%d\" height=\"12\" viewBox=\"0 0 %d 12\" "
                           "role=\"img\" aria-label=\"",
                           width, width);
    rp_esc(o, label);
    g_string_append_printf(o,
                           "\"><rect x=\"0\" y=\"1\" width=\"%d\" height=\"10\" fill=\"#e8eef4\"/>"
                           "<rect x=\"0\" y=\"1\" width=\"%.1f\" height=\"10\" fill=\"#1f6fb2\"/>"
                           "</svg>",
                           width, w);
}

void rp_vote(GString *o, int yes, int no, int abstain, int without)
{
    if (yes < 0) {
        g_string_append(o, without ? "<span class=\"muted\">adopted without a vote</span>"
                                   : "<span class=\"muted\">–</span>");
        return;
    }
    if (no < 0)
        no = 0;
    if (abstain < 0)
        abstain = 0;
    int total = yes + no + abstain;
    const int W = 96;
    double wy = total ? (double)W * yes / total : 0, wn = total ? (double)W * no / total : 0;
    double wa = total ? (double)W - wy - wn : 0;
    g_string_append_printf(
        o,
        "<span class=\"vote\"><svg class=\"votebar\" width=\"%d\" height=\"12\" "
        "viewBox=\"0 0 %d 12\" role=\"img\" aria-label=\"%d in favour, %d "
        "against, %d abstentions\">"
        "<rect x=\"0\" y=\"1\" width=\"%d\" height=\"10\" fill=\"#eeeeee\"/>"
        "<rect x=\"0\" y=\"1\" width=\"%.1f\" height=\"10\" fill=\"#2e7d32\"/>"
        "<rect x=\"%.1f\" y=\"1\" width=\"%.1f\" height=\"10\" fill=\"#c62828\"/>"
        "<rect x=\"%.1f\" y=\"1\" width=\"%.1f\" height=\"10\" fill=\"#9e9e9e\"/>"
        "</svg> <span class=\"num\">%d–%d–%d</span></span>",
        W, W, yes, no, abstain, W, wy, wy, wn, wy + wn, wa, yes, no, abstain);
}

static const char *const lang_names[][2] = {
    {"ar", "Arabic" },
    {"zh", "Chinese"},
    {"en", "English"},
    {"fr", "French" },
    {"ru", "Russian"},
    {"es", "Spanish"}
};

const char *rp_lang_name(const char *code)
{
    for (size_t i = 0; i < sizeof lang_names / sizeof lang_names[0]; i++)
        if (code && !strcmp(code, lang_names[i][0]))
            return lang_names[i][1];
    return code && *code ? code : "unknown";
}

const char *rp_body_name(const rp_ctx *r, const char *code)
{
    return cg_extractor_body_name(r->c->x, code, "en");
}

void rp_lang_attr(GString *o, const char *langs)
{
    if (!langs)
        return;
    for (size_t i = 0; i < sizeof lang_names / sizeof lang_names[0]; i++)
        if (!strcmp(langs, lang_names[i][0])) {
            g_string_append_printf(o, " lang=\"%s\"", langs);
            return;
        }
}

static const char css[] =
    ":root{--ink:#1b1f24;--muted:#5b6570;--line:#d8dee4;--soft:#f4f6f8;--accent:#1f6fb2;"
    "--focus:#f0a202}\n"
    "*{box-sizing:border-box}\n"
    "html{font-family:\"Noto Sans\",\"Noto Sans CJK SC\",\"Noto Sans Arabic\",\"DejaVu Sans\","
    "\"Segoe UI\",Arial,sans-serif;color:var(--ink);background:#fff;line-height:1.45}\n"
    "body{margin:0}\n"
    ".skip{position:absolute;left:-9999px;top:0;background:#fff;padding:.5em 1em;z-index:9}\n"
    ".skip:focus{left:1em;top:1em}\n"
    "header.top{background:#0b3d62;color:#fff;padding:1.4em 0 1.1em}\n"
    "header.top h1{margin:0;font-size:1.7em;font-weight:600}\n"
    "header.top p{margin:.3em 0 0;color:#cfe0ee}\n"
    ".wrap{max-width:1180px;margin:0 auto;padding:0 1.5em}\n"
    "nav.toc{background:var(--soft);border-bottom:1px solid var(--line)}\n"
    "nav.toc ol{list-style:none;margin:0;padding:.55em 0;display:flex;flex-wrap:wrap;gap:.3em "
    "1.4em}\n"
    "nav.toc a{color:var(--accent);text-decoration:none;font-weight:500}\n"
    "nav.toc a:hover{text-decoration:underline}\n"
    "main{padding-bottom:3em}\n"
    "section{margin-top:2.2em}\n"
    "h2{font-size:1.35em;border-bottom:2px solid var(--accent);padding-bottom:.2em;margin:0 0 "
    ".7em}\n"
    "h3{font-size:1.08em;margin:1.3em 0 .5em}\n"
    "h4{font-size:1em;margin:1em 0 .4em}\n"
    "p.note{color:var(--muted);margin:.3em 0 .9em;max-width:60em}\n"
    "a{color:var(--accent)}\n"
    "a:focus-visible,button:focus-visible,summary:focus-visible,th:focus-visible,"
    "[tabindex]:focus-visible,svg a:focus{outline:3px solid var(--focus);outline-offset:2px}\n"
    ".cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:.8em;"
    "margin:0 0 1.2em}\n"
    ".card{border:1px solid var(--line);border-radius:6px;padding:.6em .9em;background:#fff}\n"
    ".card b{display:block;font-size:1.6em;font-weight:600;color:#0b3d62}\n"
    ".card span{color:var(--muted);font-size:.9em}\n"
    ".grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:0 2em}\n"
    "table{border-collapse:collapse;width:100%;margin:.3em 0 1em;font-size:.93em}\n"
    "th,td{text-align:start;padding:.35em .55em;border-bottom:1px solid var(--line);"
    "vertical-align:top}\n"
    "thead th{background:var(--soft);font-weight:600;border-bottom:2px solid var(--line);"
    "white-space:nowrap}\n"
    "td.n,th.n{text-align:end;font-variant-numeric:tabular-nums;white-space:nowrap}\n"
    "tbody tr:hover{background:#fafbfc}\n"
    "th button{all:inherit;cursor:pointer;padding:0}\n"
    "th button::after{content:\" \\2195\";color:#98a2ad;font-size:.85em}\n"
    "th[aria-sort=ascending] button::after{content:\" \\2191\";color:var(--ink)}\n"
    "th[aria-sort=descending] button::after{content:\" \\2193\";color:var(--ink)}\n"
    ".sym{font-family:\"DejaVu Sans Mono\",\"Noto Sans Mono\",monospace;font-size:.92em;"
    "white-space:nowrap}\n"
    "a.here{text-decoration:none;font-size:.85em;margin-inline-start:.15em}\n"
    ".muted{color:var(--muted)}\n"
    ".tag{display:inline-block;padding:0 .45em;border-radius:3px;background:var(--soft);"
    "border:1px solid var(--line);font-size:.82em;color:#333;white-space:nowrap}\n"
    ".verb{font-style:italic;color:#3d4b59;white-space:nowrap}\n"
    "svg.bar,svg.votebar{vertical-align:middle}\n"
    ".vote{white-space:nowrap}\n"
    "td.share,.tgt{white-space:nowrap}\n"
    "td.title{min-width:9em}\n"
    ".num{font-variant-numeric:tabular-nums}\n"
    ".map{border:1px solid var(--line);border-radius:6px;overflow:auto;background:#fff;"
    "padding:.5em;max-height:80vh}\n"
    /* At its own size (labels stay at 10 pt or more); the box scrolls. */
    ".map svg{display:block;margin:0 auto}\n"
    "blockquote.para{margin:.6em 0 1em;padding:.5em .9em;border-left:3px solid var(--line);"
    "background:var(--soft)}\n"
    "tr.focus td{font-weight:600}\n"
    ".ctx{color:#333}\n"
    ".ctx mark{background:#fff1b8;color:inherit;padding:0 .1em}\n"
    "article.doc{border-top:1px solid var(--line);padding-top:.6em;margin-top:1.6em}\n"
    "article.doc h3{margin:.2em 0 .2em;font-size:1.1em}\n"
    "dl.meta{display:flex;flex-wrap:wrap;gap:.15em 1.6em;margin:.3em 0 .7em;font-size:.9em}\n"
    "dl.meta div{display:flex;gap:.4em;align-items:baseline}\n"
    "dl.meta dt{color:var(--muted)}dl.meta dd{margin:0}\n"
    "tbody.para th{font-weight:500;white-space:nowrap;color:#26323d;background:#fbfcfd}\n"
    "details{margin:.3em 0 1em}summary{cursor:pointer;color:var(--accent)}\n"
    ".years{overflow-x:auto}\n"
    ".ok{color:#2e7d32}\n"
    "footer{border-top:1px solid var(--line);margin-top:3em;padding:1em 0 2em;color:var(--muted);"
    "font-size:.88em}\n"
    "@media print{\n"
    " @page{margin:14mm 12mm}\n"
    " html{font-size:9.5pt;line-height:1.35}\n"
    " .skip,nav.toc,a.here{display:none}\n"
    " header.top{background:none;color:#000;padding:0 0 .5em;border-bottom:2px solid #000}\n"
    " header.top p{color:#333}\n"
    " .wrap{max-width:none;padding:0}\n"
    " a{color:inherit;text-decoration:none}\n"
    " h2,h3,h4{break-after:avoid}\n"
    " tr,.card,#map{break-inside:avoid}\n"
    " th button::after{content:none}\n"
    " thead{display:table-header-group}\n"
    " .map{max-height:none;overflow:visible;border:none}\n"
    " .map svg{max-width:100%;height:auto}\n"
    " #docs{break-before:page}\n"
    " *{-webkit-print-color-adjust:exact;print-color-adjust:exact}\n"
    " tbody tr:hover{background:none}\n"
    "}\n";

/* Progressive enhancement: without JS the tables are already in a useful
 * order; with it, a header becomes a button that sorts its column. */
static const char js[] =
    "(function(){\n"
    "function key(td){var v=td.getAttribute('data-v');if(v===null)v=td.textContent.trim();"
    "var n=parseFloat(v);return isNaN(n)||!/^-?[0-9.]+(e-?[0-9]+)?$/.test(v)?v.toLowerCase():n;}\n"
    "document.querySelectorAll('table.sortable').forEach(function(t){\n"
    " var ths=t.tHead.rows[0].cells;\n"
    " Array.prototype.forEach.call(ths,function(th,col){\n"
    "  var b=document.createElement('button');b.type='button';\n"
    "  while(th.firstChild)b.appendChild(th.firstChild);th.appendChild(b);\n"
    "  b.addEventListener('click',function(){\n"
    "   var asc=th.getAttribute('aria-sort')!=='ascending';\n"
    "   Array.prototype.forEach.call(ths,function(h){h.removeAttribute('aria-sort');});\n"
    "   th.setAttribute('aria-sort',asc?'ascending':'descending');\n"
    "   var body=t.tBodies[0],rows=Array.prototype.slice.call(body.rows);\n"
    "   rows.sort(function(x,y){var a=key(x.cells[col]),c=key(y.cells[col]);\n"
    "    if(typeof a!==typeof c){a=String(a);c=String(c);}\n"
    "    var r=a<c?-1:a>c?1:0;return asc?r:-r;});\n"
    "   rows.forEach(function(r){body.appendChild(r);});\n"
    "  });\n"
    " });\n"
    "});\n"
    "})();\n";

void rp_page_begin(GString *o, const char *title)
{
    g_string_append(o, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<meta name=\"generator\" content=\"citegraph " CG_VERSION "\">\n<title>");
    rp_esc(o, title);
    g_string_append(o, "</title>\n<style>\n");
    g_string_append(o, css);
    g_string_append(o, "</style>\n</head>\n<body>\n"
                       "<a class=\"skip\" href=\"#main\">Skip to the report</a>\n");
}

void rp_page_end(GString *o)
{
    g_string_append(o, "<script>\n");
    g_string_append(o, js);
    g_string_append(o, "</script>\n</body>\n</html>\n");
}
