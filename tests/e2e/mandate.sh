# A mandate's history on a hand-made corpus (tests/fixtures/mandate): five
# Human Rights Council resolutions "The right to clean water in mountain
# regions", 31/1 (2016) to 39/1 (2018), each reaffirming every earlier one.
# Checks the series table, the lineage table, the transitive reduction (the
# chain 39/1 -> 37/1 -> 35/1 -> 33/1 -> 31/1), every export format read back
# by another parser, and `render` of the written GraphML.
. "$(dirname "$0")/lib.bash"
M=tests/fixtures/mandate
S="right to clean water in mountain regions"

# The history, as the texts tell it: adoption dates and sessions from each
# text's own lines, the votes of 35/1 (31-14-2) and 39/1 (30-15-2), the
# others adopted without a vote, each reaffirming every earlier one; 33/1
# drops 31/1's recall of 15/9, 35/1 welcomes A/HRC/35/27, 37/1 does not
# repeat it, 39/1 adds ICESCR art. 11.
"$CG" lineage "$M" --series "$S" --format csv > "$TMP/series.csv"
expect_eq "lineage --series exit status" 0 $?
check_history() {
python3 - "$1" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))
want = [("2016-03-23", "A/HRC/RES/31/1", "31", "", "1", ""),
        ("2016-09-29", "A/HRC/RES/33/1", "33", "", "1", "A/HRC/RES/31/1"),
        ("2017-06-22", "A/HRC/RES/35/1", "35", "31/14/2", "0", "A/HRC/RES/31/1 A/HRC/RES/33/1"),
        ("2018-03-22", "A/HRC/RES/37/1", "37", "", "1",
         "A/HRC/RES/31/1 A/HRC/RES/33/1 A/HRC/RES/35/1"),
        ("2018-09-27", "A/HRC/RES/39/1", "39", "30/15/2", "0",
         "A/HRC/RES/31/1 A/HRC/RES/33/1 A/HRC/RES/35/1 A/HRC/RES/37/1")]
got = [(r["date"], r["symbol"], r["session"],
        "/".join([r["vote_yes"], r["vote_no"], r["vote_abstain"]]).strip("/"),
        r["without_vote"], r["cites"]) for r in rows]
ok = got == want
ok &= [r["focus"] for r in rows] == ["0", "0", "0", "0", "1"]
ok &= all(r["title"] == "The right to clean water in mountain regions" for r in rows)
ok &= all(r["text_cut_short"] == "0" and r["in_corpus"] == "1" for r in rows)
added = [r["added"] for r in rows]
ok &= added[0].startswith("first member")
ok &= "no new citation" in added[1] and "1 citation of HRC 31/1 not repeated" in added[1]
ok &= added[2] == "1 new: A/HRC/35/27"
ok &= "1 citation of HRC 35/1 not repeated" in added[3]
ok &= added[4] == "1 new: ICESCR art. 11"
if not ok:
    print(got, added, file=sys.stderr)
sys.exit(0 if ok else 1)
PY
}
check_history "$TMP/series.csv" && ok "history rows (csv)" || fail "history rows (csv)"
# Case-insensitive, and any phrase of several matches; --from picks the
# focus within the series; the rows are the same.
"$CG" lineage "$M" --series "RIGHT TO CLEAN WATER" --series "no such title" --format csv > "$TMP/series2.csv"
check_history "$TMP/series2.csv" && ok "upper case, two phrases" || fail "upper case, two phrases"
"$CG" lineage "$M" --series "$S" --from a/hrc/res/35/1 --format csv > "$TMP/series3.csv"
expect_eq "--from 35/1 (typed in lower case) is the focus" "A/HRC/RES/35/1" \
    "$(python3 -c 'import csv,sys; print(*[r["symbol"] for r in csv.DictReader(open(sys.argv[1])) if r["focus"]=="1"])' "$TMP/series3.csv")"
"$CG" lineage "$M" --series "$S" --format jsonl > "$TMP/series.jsonl"
expect_eq "jsonl: five rows, the last the focus" "5 A/HRC/RES/39/1" "$(python3 -c '
import json,sys
rows=[json.loads(l) for l in open(sys.argv[1])]
print(len(rows), *[r["symbol"] for r in rows if r["focus"]])' "$TMP/series.jsonl")"
"$CG" lineage "$M" --series "$S" > "$TMP/series.txt"
grep -q '^HRC 31/1 (23 March 2016, without a vote) opens the series found; HRC 33/1 (29 September 2016, without a vote) reaffirmed HRC 31/1; HRC 35/1 (22 June 2017, adopted 31–14–2) reaffirmed HRC 33/1 and 1 earlier member, newly citing A/HRC/35/27;' "$TMP/series.txt" &&
    ok "the paragraph" || fail "the paragraph"
"$CG" lineage "$M" --series "$S" --from A/RES/64/292 > /dev/null 2>&1
expect_eq "--from outside the series: exit status" 1 $?
"$CG" lineage "$M" --series "no such mandate" > /dev/null 2>&1
expect_eq "--series matching nothing: exit status" 1 $?
"$CG" lineage "$M" > /dev/null 2>&1
expect_eq "neither --from nor --series: exit status" 1 $?

"$CG" lineage "$M" --from A/HRC/RES/39/1 --up > "$TMP/up.txt"
expect_eq "lineage --up exit status" 0 $?
expect_file_eq "lineage --from A/HRC/RES/39/1 --up" tests/golden/mandate_lineage_up.txt "$TMP/up.txt"

# The drawn series: citation edges are those between two documents (axis
# edges join "#year" nodes, legend edges "#legend" nodes).
cites() { grep -E '^	"A/HRC/RES/[0-9]+/1" -> "A/HRC/RES/[0-9]+/1"' "$1" | cut -f2 | tr -d '"' ; }
"$CG" lineage "$M" --series "$S" -o "$TMP/series.dot" > /dev/null
expect_eq "lineage --series -o .dot exit status" 0 $?
expect_eq "reduced citation edges: the chain" \
    "A/HRC/RES/33/1 -> A/HRC/RES/31/1|A/HRC/RES/35/1 -> A/HRC/RES/33/1|A/HRC/RES/37/1 -> A/HRC/RES/35/1|A/HRC/RES/39/1 -> A/HRC/RES/37/1" \
    "$(cites "$TMP/series.dot" | paste -sd'|')"
expect_eq "focus = most recent (39/1 drawn bold, alone)" "1 1" \
    "$(grep -c '<B>HRC 39/1</B>' "$TMP/series.dot") $(grep -o '<B>HRC [0-9]*/1</B>' "$TMP/series.dot" | wc -l)"
"$CG" lineage "$M" --series "$S" --all-edges -o "$TMP/all.dot" > "$TMP/all.txt"
expect_eq "--all-edges citation edges (5 choose 2)" 10 "$(cites "$TMP/all.dot" | wc -l)"
expect_eq "--all-edges: 31/1 cited by the 4 later ones" 4 \
    "$(grep -c '"A/HRC/RES/3[3579]/1" -> "A/HRC/RES/31/1"' "$TMP/all.dot")"

# Several languages: an English phrase finds 30/99 (English text), a Chinese
# one 23/12 (the Chinese seed).
"$CG" lineage corpus/seed/A_HRC_RES_23_12.zh.txt tests/fixtures/en/A_HRC_RES_30_99.en.txt -q \
    --series "human rights and international solidarity" --series "人权与国际团结" > "$TMP/hris.txt"
# Rows until the paragraph: the members in the corpus, then those known
# from citations: 23/12 reaffirms 2005/55, 6/3, 7/5, 9/2, 12/9, 15/13,
# 17/6, 18/5, 21/10 (its first paragraph, corpus/seed/README.md); 30/99
# recalls 60/251 (GA, not the mandate's body), reaffirms 217 A (III) (the
# Universal Declaration) and recalls decision 2/102 and ECOSOC 1235 (XLII)
# and 1996/31: none of those is a member.
expect_eq "two-language series: members in the corpus" "A/HRC/RES/23/12 A/HRC/RES/30/99" \
    "$(awk 'NR > 1 && NF == 0 {exit} NR > 1 && !/not in the corpus/ {print $2}' "$TMP/hris.txt" | paste -sd' ')"
expect_eq "two-language series: members known from citations, in date order" \
    "E/CN.4/RES/2005/55 A/HRC/RES/6/3 A/HRC/RES/7/5 A/HRC/RES/9/2 A/HRC/RES/12/9 A/HRC/RES/15/13 A/HRC/RES/17/6 A/HRC/RES/18/5 A/HRC/RES/21/10" \
    "$(awk 'NR > 1 && NF == 0 {exit} /not in the corpus/ {print $2}' "$TMP/hris.txt" | paste -sd' ')"
"$CG" lineage corpus/seed --series "人权与国际团结" > "$TMP/zh.txt"
expect_eq "Chinese phrase: the member in the corpus" "A/HRC/RES/23/12" \
    "$(awk 'NR > 1 && NF == 0 {exit} NR > 1 && !/not in the corpus/ {print $2}' "$TMP/zh.txt")"

"$CG" top "$M" > "$TMP/top.txt"
expect_eq "top exit status" 0 $?
expect_file_eq "top" tests/golden/mandate_top.txt "$TMP/top.txt"

# Every export format read back by another parser gives citegraph's counts
# (10 vertices: 5 resolutions, A/RES/64/292, A/HRC/RES/15/9, A/HRC/35/27,
# ICESCR art. 11, ICESCR; 19 edges: 18 citations and 1 part-of).
for f in graphml gml json csv; do
    "$CG" graph "$M" -f $f -o "$TMP/g.$f" 2> "$TMP/g.$f.err"
    expect_eq "graph -f $f exit status" 0 $?
    expect_eq "graph -f $f: citegraph's counts" "$TMP/g.$f: 10 vertices, 19 edges from 5 documents" \
        "$(grep ' vertices, ' "$TMP/g.$f.err" | sed 's/^citegraph: //')"
    expect_eq "graph -f $f: its checks" "checks: 0 of 18 citations with a guessed body, 0 citing a later document, 0 on cycles (citegraph check lists them)" \
        "$(grep 'checks: ' "$TMP/g.$f.err" | sed 's/^citegraph: //')"
    expect_eq "graph -f $f read back" "10 19" "$(python3 - "$TMP/g.$f" $f <<'PY'
import csv, json, sys
import networkx as nx
path, fmt = sys.argv[1], sys.argv[2]
if fmt == "graphml":
    g = nx.read_graphml(path)
elif fmt == "gml":
    g = nx.read_gml(path, label="id")
elif fmt == "json":
    data = json.load(open(path, encoding="utf-8"))
    try:  # networkx >= 3.4 names the key parameter "edges", older ones "link"
        g = nx.node_link_graph(data, edges="links")
    except TypeError:
        g = nx.node_link_graph(data, link="links")
    assert g.is_directed() and not g.is_multigraph()
else:
    nodes = list(csv.DictReader(open(path, encoding="utf-8", newline="")))
    edges = list(csv.DictReader(open(path[:-4] + ".edges.csv", encoding="utf-8", newline="")))
    print(len(nodes), len(edges)); sys.exit()
print(g.number_of_nodes(), g.number_of_edges())
PY
)"
done

# render draws the GraphML: an SVG holding exactly the graph's vertices.
"$CG" render "$TMP/g.graphml" -o "$TMP/g.svg"
expect_eq "render exit status" 0 $?
xmllint --noout "$TMP/g.svg" && ok "render: SVG well-formed" || fail "render: SVG not well-formed"
python3 - "$TMP/g.graphml" "$TMP/g.svg" <<'PY' && ok "render: SVG nodes = GraphML vertices (10)" || fail "render: SVG nodes differ from the GraphML vertices"
import sys
import xml.etree.ElementTree as ET
import networkx as nx
want = set(nx.read_graphml(sys.argv[1]).nodes)
ns = {"s": "http://www.w3.org/2000/svg"}
got = {g.find("s:title", ns).text for g in ET.parse(sys.argv[2]).getroot().iter("{http://www.w3.org/2000/svg}g")
       if g.get("class") == "node"}
got = {t for t in got if not t.startswith("#")}  # time axis and legend
if want != got:
    print("differ:", sorted(want ^ got))
sys.exit(0 if want == got and len(want) == 10 else 1)
PY

finish
