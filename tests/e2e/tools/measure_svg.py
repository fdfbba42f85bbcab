#!/usr/bin/env python3
"""measure_svg.py FILE [--html]: measures a citegraph map as a reader sees it.

Prints one line of facts, key=value:
  width_pt, height_pt  the drawing's declared size (Graphviz: 1 unit = 1 pt)
  width_px             at 96 dpi (what a browser shows at 100 %)
  min_font_pt          the smallest font-size of any text
  legend_share         height of the text under the drawing (title, legend,
                       caption: the graph label, outside every node) over
                       the whole height
  focus_right_px       right edge of the bold (focus) node, in px
With --html the first <svg> holding role="img" in an HTML file is measured.
"""
import re
import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"


def load(path, html):
    text = open(path, encoding="utf-8").read()
    if html:
        at = min(i for i in (text.find('aria-label="Lineage of'), text.find('aria-label="Series'))
                 if i >= 0)
        start = text.rindex("<svg", 0, at)
        end = text.index("</svg>", start) + len("</svg>")
        text = text[start:end]
        if "xmlns=" not in text[:200]:
            text = text.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg" '
                                'xmlns:xlink="http://www.w3.org/1999/xlink"', 1)
    return ET.fromstring(text)


def num(s):
    return float(re.match(r"[-0-9.]+", s).group(0))


def main():
    root = load(sys.argv[1], "--html" in sys.argv)
    w, h = num(root.get("width")), num(root.get("height"))
    vb = [float(x) for x in root.get("viewBox").split()]
    scale = w / vb[2] if vb[2] else 1.0
    fonts = [float(t.get("font-size")) * scale for t in root.iter(SVG + "text") if t.get("font-size")]
    graph = next(g for g in root.iter(SVG + "g") if g.get("class") == "graph")
    # The graph label: <text> elements that are direct children of the graph
    # group (nodes, edges and clusters have their own groups).
    label_y = [num(t.get("y")) for t in graph.findall(SVG + "text")]
    label_fs = [float(t.get("font-size")) for t in graph.findall(SVG + "text")]
    legend = 0.0
    if label_y:
        legend = (max(label_y) - min(label_y) + max(label_fs) * 1.3) * scale
    # The focus: the node whose label is bold.
    tr = graph.get("transform") or ""
    m = re.search(r"translate\(([-0-9.]+)[ ,]+([-0-9.]+)\)", tr)
    tx = float(m.group(1)) if m else 0.0
    focus_right = None
    for g in root.iter(SVG + "g"):
        if g.get("class") != "node":
            continue
        if any(t.get("font-weight") == "bold" for t in g.iter(SVG + "text")):
            xs = []
            for p in list(g.iter(SVG + "polygon")) + list(g.iter(SVG + "path")):
                pts = p.get("points") or p.get("d") or ""
                xs += [float(a) for a in re.findall(r"([-0-9.]+),[-0-9.]+", pts)]
            if xs:
                focus_right = (max(xs) + tx) * scale * 96 / 72
    print("width_pt=%.0f height_pt=%.0f width_px=%.0f min_font_pt=%.1f legend_share=%.3f "
          "focus_right_px=%s" % (w, h, w * 96 / 72, min(fonts) if fonts else 0, legend / h,
                                 "%.0f" % focus_right if focus_right is not None else "none"))


main()
