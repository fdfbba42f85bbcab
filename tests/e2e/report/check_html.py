#!/usr/bin/env python3
"""check_html.py REPORT.html - checks a citegraph report is well-formed,
self-contained HTML and prints facts about it, one `name=value` a line, for
the calling test to compare with exact expected values.

Fails (exit 1, with the reason) when:
- a non-void element is closed out of order or left open (the HTML parser
  of the standard library sees the same tags a browser does here: the
  report writes every optional end tag);
- an id is used twice, or an in-page link (#x) points to no id;
- anything could make the page fetch something: an attribute src=, a
  <link>, a url( in CSS, or an http(s) address other than an
  https://undocs.org/ link in an href.
"""
import re
import sys
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "source", "track", "wbr"}
# SVG elements the render stage writes self-closed (<path .../>).
SELF_CLOSING_OK = True


class Checker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.errors = []
        self.ids = {}
        self.frags = []
        self.hrefs = []
        self.facts = {}
        self.table = None        # id of the table we are in
        self.tbody_rows = {}
        self.in_tbody = False
        self.svg_depth = 0
        self.svgs = 0
        self.text = []

    def fact(self, k, n=1):
        self.facts[k] = self.facts.get(k, 0) + n

    def handle_starttag(self, tag, attrs):
        self._open(tag, attrs, closed=False)

    def handle_startendtag(self, tag, attrs):
        self._open(tag, attrs, closed=True)

    def _open(self, tag, attrs, closed):
        a = dict(attrs)
        for k, v in attrs:
            if k == "src":
                self.errors.append(f"<{tag} src=...> fetches {v}")
            if k == "id":
                if v in self.ids:
                    self.errors.append(f"duplicate id {v!r}")
                self.ids[v] = tag
            if k in ("href", "xlink:href") and v is not None:
                self.hrefs.append(v)
                if v.startswith("#"):
                    self.frags.append(v[1:])
            if v and "url(" in v:
                self.errors.append(f"url( in attribute {k} of <{tag}>")
        if tag == "link":
            self.errors.append("<link> element")
        if tag == "svg":
            self.svgs += 1
        if tag == "table":
            self.table = a.get("id") or a.get("class") or "table"
        if tag == "tbody":
            self.in_tbody = True
        if tag == "tr" and self.in_tbody:
            self.tbody_rows[self.table] = self.tbody_rows.get(self.table, 0) + 1
        if tag == "section":
            self.fact("sections")
        if tag == "article":
            self.fact("articles")
        if closed or tag in VOID:
            return
        self.stack.append((tag, self.getpos()))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack:
            self.errors.append(f"</{tag}> with nothing open at {self.getpos()}")
            return
        top, pos = self.stack.pop()
        if top != tag:
            self.errors.append(f"</{tag}> at {self.getpos()} closes <{top}> of {pos}")
            self.stack.append((top, pos))
            # drop the mismatched close and continue
        if tag == "tbody":
            self.in_tbody = False
        if tag == "table":
            self.table = None

    def handle_data(self, data):
        if self.stack and self.stack[-1][0] == "style" and "url(" in data:
            self.errors.append("url( in the stylesheet")
        self.text.append(data)


def main():
    path = sys.argv[1]
    with open(path, encoding="utf-8") as f:
        html = f.read()
    p = Checker()
    p.feed(html)
    p.close()
    errors = p.errors
    if p.stack:
        errors.append("left open: " + ", ".join(f"<{t}> of {pos}" for t, pos in p.stack[-5:]))
    for frag in p.frags:
        if frag not in p.ids:
            errors.append(f"link to #{frag} but no such id")
    for h in p.hrefs:
        if re.match(r"(?i)\s*(https?:|//)", h) and not h.startswith("https://undocs.org/"):
            errors.append(f"link outside undocs.org: {h}")
    # Any other address anywhere in the file (scripts, styles, namespaces).
    for m in re.finditer(r"(?i)(https?:)?//[a-z0-9.-]+\.[a-z]{2,}", html):
        if not m.group(0).lower().startswith("https://undocs.org"):
            errors.append(f"address in the page: {m.group(0)}")
    if re.search(r"(?i)<script[^>]*\bsrc\s*=", html):
        errors.append("<script src=...>")
    if "<?xml" in html or "<!DOCTYPE svg" in html:
        errors.append("XML prolog or SVG doctype left in")
    if errors:
        for e in errors[:20]:
            print("check_html: " + e)
        sys.exit(1)
    print(f"svgs={p.svgs}")
    print(f"sections={p.facts.get('sections', 0)}")
    print(f"articles={p.facts.get('articles', 0)}")
    for t in sorted(p.tbody_rows):
        print(f"rows.{t}={p.tbody_rows[t]}")
    undocs = sum(1 for h in p.hrefs if h.startswith("https://undocs.org/"))
    print(f"undocs_links={undocs}")
    print(f"anchor_links={len(p.frags)}")


if __name__ == "__main__":
    main()
