# A mandate's history on a hand-made corpus (tests/fixtures/mandate): five
# Human Rights Council resolutions "The right to clean water in mountain
# regions", 31/1 (2016) to 39/1 (2018), each reaffirming every earlier one.
# Checks the series table, the lineage table, the transitive reduction (the
# chain 39/1 -> 37/1 -> 35/1 -> 33/1 -> 31/1), every export format read back
# by another parser, and `render` of the written GraphML.
. "$(dirname "$0")/lib.bash"
M=tests/fixtures/mandate
S="right to clean water in mountain regions"

"$CG" lineage "$M" --series "$S" > "$TMP/series.txt"
expect_eq "lineage --series exit status" 0 $?
expect_file_eq "lineage --series" tests/golden/mandate_series.txt "$TMP/series.txt"
# Case-insensitive, and any phrase of several matches.
"$CG" lineage "$M" --series "RIGHT TO CLEAN WATER" --series "no such title" > "$TMP/series2.txt"
expect_file_eq "lineage --series (upper case, two phrases)" tests/golden/mandate_series.txt "$TMP/series2.txt"
# --from picks the focus within the series; the table is the same.
"$CG" lineage "$M" --series "$S" --from A/HRC/RES/35/1 > "$TMP/series3.txt"
expect_file_eq "lineage --series --from 35/1" tests/golden/mandate_series.txt "$TMP/series3.txt"
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
expect_file_eq "series map (DOT)" tests/golden/mandate_lineage.dot "$TMP/series.dot"
expect_eq "reduced citation edges: the chain" \
    "A/HRC/RES/33/1 -> A/HRC/RES/31/1|A/HRC/RES/35/1 -> A/HRC/RES/33/1|A/HRC/RES/37/1 -> A/HRC/RES/35/1|A/HRC/RES/39/1 -> A/HRC/RES/37/1" \
    "$(cites "$TMP/series.dot" | paste -sd'|')"
expect_eq "focus = most recent (39/1 drawn bold)" 1 \
    "$(grep -c '<B>A/HRC/RES/39/1</B>' "$TMP/series.dot")"
"$CG" lineage "$M" --series "$S" --all-edges -o "$TMP/all.dot" > "$TMP/all.txt"
expect_eq "--all-edges citation edges (5 choose 2)" 10 "$(cites "$TMP/all.dot" | wc -l)"
expect_eq "--all-edges: 31/1 cited by the 4 later ones" \
    "A/HRC/RES/33/1 A/HRC/RES/35/1 A/HRC/RES/37/1 A/HRC/RES/39/1" \
    "$(awk '$2 == "A/HRC/RES/31/1" {print $7, $8, $9, $10}' "$TMP/all.txt")"

# Several languages: an English phrase finds 30/99 (English text), a Chinese
# one 23/12 (the Chinese seed).
"$CG" lineage corpus/seed/A_HRC_RES_23_12.zh.txt tests/fixtures/en/A_HRC_RES_30_99.en.txt -q \
    --series "human rights and international solidarity" --series "人权与国际团结" > "$TMP/hris.txt"
expect_eq "two-language series: symbols" "A/HRC/RES/23/12 A/HRC/RES/30/99" \
    "$(awk 'NR > 1 {print $2}' "$TMP/hris.txt" | paste -sd' ')"
"$CG" lineage corpus/seed --series "人权与国际团结" > "$TMP/zh.txt"
expect_eq "Chinese phrase: symbols" "A/HRC/RES/23/12" "$(awk 'NR > 1 {print $2}' "$TMP/zh.txt")"

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
