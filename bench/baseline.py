#!/usr/bin/env python3
"""Reference baseline: what a researcher's script does with a folder of UN
resolutions in English, in plain Python 3 (re + networkx).

  baseline.py [-n 20] FOLDER

Walks FOLDER, reads every .txt file, finds with compiled regular
expressions (one pass of one combined pattern per file) the same kinds of
citations citegraph finds in English:
  - resolution lists with their body word: "its resolutions 425 (1978) and
    426 (1978)", "General Assembly resolution 1514 (XV)", "Council
    resolution 60/251";
  - document symbols: S/4463, A/HRC/23/45, S/RES/1454 (2002);
  - the Charter of the United Nations and "Article 25 of the Charter";
builds a networkx DiGraph citing document -> cited target (edge weight =
mentions), runs PageRank and prints the 20 targets cited by most documents.

It is written the way a competent researcher would write it (compiled
patterns, one pass per file, no per-line loops), not to be slow: it is the
baseline that citegraph's end-to-end time is compared with in bench/run.
Run it with Debian's interpreter (/usr/bin/python3), which has
python3-networkx and python3-scipy (PageRank uses scipy).
"""
import argparse
import os
import re
import sys

import networkx as nx

BODY = (r"(?:Security\s+Council|General\s+Assembly|Economic\s+and\s+Social\s+Council"
        r"|Human\s+Rights\s+Council|Commission\s+on\s+Human\s+Rights|Trusteeship\s+Council"
        r"|Council|Assembly|Commission)")
# 1325 (2000) | 217 A (III) | 1514 (XV) | 60/251 | ES-10/1
ITEM = (r"(?:(?P<n>\d{1,4})\s?(?:[A-H]\s?)?\((?:(?P<y>(?:19|20)\d\d)|(?P<roman>[IVXL]{1,7}))\)"
        r"|(?P<sn>(?:E?S-)?\d{1,4}/\d{1,4})(?![\d/]))")
ITEM_NOGROUPS = re.sub(r"\(\?P<\w+>", "(?:", ITEM)
DATE = r"(?:,?\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d)?"
SEP = r"(?:,?\s+and\s+|,\s+|\s+as\s+well\s+as\s+|;\s+)(?:(?:in\s+particular|notably|including),?\s+)?"

CITATION = re.compile(
    # resolution lists, the body word in front ("its", "General Assembly")
    rf"(?P<res>(?:\b(?P<its>[Ii]ts|[Tt]heir)\s+(?:\w+\s+)?|\b(?P<body>{BODY})\s+)?"
    rf"\b[Rr]esolutions?\s+(?P<list>{ITEM_NOGROUPS}{DATE}(?:{SEP}{ITEM_NOGROUPS}{DATE})*))"
    # document symbols
    r"|(?P<sym>\b(?:S|A|E|ST)/(?:[A-Z0-9]+[./-])*[A-Z0-9]+\b(?:\s?\((?:19|20)\d\d\))?)"
    # the Charter, with an article in front
    r"|(?P<charter>(?:\b[Aa]rticle\s+(?P<art>\d{1,3})\s+of\s+the\s+)?"
    r"\b(?:Charter\s+of\s+the\s+United\s+Nations|United\s+Nations\s+Charter|Charter)\b)")
ITEM_RX = re.compile(ITEM)
SPACE_RX = re.compile(r"\s+")

SC_NAME = re.compile(r"S_RES_0*(\d+)_(\d{4})")
HRC_NAME = re.compile(r"A_HRC_RES_(\d+)_(\d+)")
HEADING = re.compile(r"^\s*(?:Resolution|RESOLUTION)?\s*(\d+)\s*\((\d{4})\)", re.M)

BODY_PREFIX = {"general assembly": "A/RES/", "assembly": "A/RES/",
               "economic and social council": "E/RES/",
               "human rights council": "A/HRC/RES/",
               "commission on human rights": "E/CN.4/RES/", "commission": "E/CN.4/RES/"}


def doc_id(path, text):
    name = os.path.basename(path)
    m = SC_NAME.match(name)
    if m:
        return "S/RES/%s(%s)" % m.groups()
    m = HRC_NAME.match(name)
    if m:
        return "A/HRC/RES/%s/%s" % m.groups()
    m = HEADING.search(text, 0, 2000)
    if m:
        return "S/RES/%s(%s)" % m.groups()
    return path


def citations(text):
    """Yields the canonical targets cited in text, in text order."""
    for m in CITATION.finditer(text):
        if m.lastgroup == "res" or m.group("res"):
            body = m.group("body")
            prefix = BODY_PREFIX.get(SPACE_RX.sub(" ", body).lower(), "S/RES/") if body else "S/RES/"
            for it in ITEM_RX.finditer(m.group("list")):
                if it.group("roman"):         # 1514 (XV): a General Assembly one
                    yield "A/RES/%s(%s)" % (it.group("n"), it.group("roman"))
                elif it.group("y"):
                    yield "%s%s(%s)" % (prefix, it.group("n"), it.group("y"))
                elif prefix != "S/RES/":       # 60/251 needs a body
                    yield prefix + it.group("sn")
        elif m.group("sym"):
            yield SPACE_RX.sub("", m.group("sym"))
        else:
            art = m.group("art")
            yield "UN-CHARTER art. " + art if art else "UN-CHARTER"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder")
    ap.add_argument("-n", type=int, default=20)
    a = ap.parse_args()

    g = nx.DiGraph()
    docs = cites = 0
    for dirpath, dirnames, filenames in os.walk(a.folder):
        dirnames.sort()
        for name in sorted(filenames):
            if not name.endswith(".txt"):
                continue
            path = os.path.join(dirpath, name)
            with open(path, encoding="utf-8", errors="replace") as f:
                text = f.read()
            src = doc_id(path, text)
            g.add_node(src)
            docs += 1
            for target in citations(text):
                if target == src:
                    continue
                cites += 1
                if g.has_edge(src, target):
                    g[src][target]["weight"] += 1
                else:
                    g.add_edge(src, target, weight=1)

    pr = nx.pagerank(g)
    mentions = {}
    for _, t, w in g.edges(data="weight"):
        mentions[t] = mentions.get(t, 0) + w
    top = sorted(mentions, key=lambda t: (-g.in_degree(t), -mentions[t], t))[: a.n]
    print("%d documents, %d citations, %d nodes, %d edges"
          % (docs, cites, g.number_of_nodes(), g.number_of_edges()))
    print("%4s  %-24s %11s %9s %10s" % ("rank", "target", "citing-docs", "mentions", "pagerank"))
    for i, t in enumerate(top, 1):
        print("%4d  %-24s %11d %9d %10.6f" % (i, t, g.in_degree(t), mentions[t], pr[t]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
