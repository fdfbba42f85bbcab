"""An independent, deliberately simple scan of the unsc-en texts for
"resolution(s) N (YYYY)" references, lists included ("resolutions 1267 (1999),
1333 (2000) and 1390 (2002)") and references broken across lines, compared with
citegraph's extraction (TSV on stdin).

Fails when a reference the scan finds is missing from the extraction, or when
a document cites itself. The scan knows nothing of headers, so it also finds
each document's own heading ("Resolution 38 (1948)"): those are taken out by
the symbol citegraph found for the document, which the docmeta test checks
against the file names separately."""
import collections, csv, os, re, sys

corpus = sys.argv[1]
rows = list(csv.DictReader(sys.stdin, delimiter="\t", quoting=csv.QUOTE_NONE))
got = collections.defaultdict(collections.Counter)
doc_of = {}
selfcites = 0
for r in rows:
    got[r["file"]][r["target"]] += 1
    doc_of[r["file"]] = r["doc"]
    if r["target"] == r["doc"]:
        selfcites += 1
        print("SELF", r["file"], r["target"])

item = re.compile(r"(\d{1,4}) ?\(((?:19|20)\d\d)\)")
lst = re.compile(r"[Rr]esolutions? ((?:\d{1,4} ?\((?:19|20)\d\d\)"
                 r"(?: of \d{1,2} \w+,? \d{4})?(?:,? and |, | and )?)+)")
total = missed = 0
for fn in sorted(os.listdir(corpus)):
    if not fn.endswith(".txt"):
        continue
    path = os.path.join(corpus, fn)
    lines = open(path, encoding="utf-8").read().split("\n")
    # The document's own heading is on its first line; printed volumes run
    # on into the next resolution's heading or a "Decisions" section, which
    # are not the document's text.
    for i in range(1, len(lines)):
        if re.fullmatch(r"\s*(?:Resolution \d+ \((?:19|20)\d\d\)|Decisions?)\s*", lines[i]):
            lines = lines[:i]
            break
    text = re.sub(r"\s+", " ", "\n".join(lines[1:]))
    want = collections.Counter()
    for m in lst.finditer(text):
        for n, y in item.findall(m.group(1)):
            want["S/RES/%d(%s)" % (int(n), y)] += 1
    own = doc_of.get(path)
    if own is None:
        m = re.match(r"S_RES_(\d+)_(\d{4})", fn)
        own = "S/RES/%d(%s)" % (int(m.group(1)), m.group(2))
    want.pop(own, None)
    for target, n in sorted(want.items()):
        total += n
        if got[path][target] < n:
            missed += n - got[path][target]
            print("MISSED", fn, target, "scan", n, "citegraph", got[path][target])
print("scan found %d references; citegraph missed %d; self-citations %d"
      % (total, missed, selfcites))
sys.exit(1 if missed or selfcites or total < 2000 else 0)
