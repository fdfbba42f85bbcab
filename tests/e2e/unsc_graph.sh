# The citation graph of the two shipped corpora read back by networkx:
# corpus/unsc-en (902 Security Council resolutions) and the Chinese seed
# (corpus/seed). Counts and rankings must agree with citegraph's own.
. "$(dirname "$0")/lib.bash"
U=corpus/unsc-en

"$CG" graph "$U" -o "$TMP/u.graphml" 2> "$TMP/u.err"
expect_eq "unsc graph exit status" 0 $?
# "citegraph: FILE: V vertices, E edges from D documents"
counts=$(sed -n 's/^citegraph: .*u\.graphml: \([0-9]*\) vertices, \([0-9]*\) edges from \([0-9]*\) documents$/\1 \2 \3/p' "$TMP/u.err")
echo "citegraph says: $counts (vertices edges documents)"
expect_eq "unsc documents read" 902 "${counts##* }"
xmllint --noout --huge "$TMP/u.graphml" && ok "unsc GraphML well-formed" || fail "unsc GraphML not well-formed"

"$CG" top "$U" -n 10 --format csv -q > "$TMP/top.csv"
expect_eq "top --format csv exit status" 0 $?
python3 - "$TMP/u.graphml" "$TMP/top.csv" "${counts% *}" <<'PY' > "$TMP/cmp.txt"
import csv, sys
import networkx as nx
g = nx.read_graphml(sys.argv[1])
print("counts", g.number_of_nodes(), g.number_of_edges(), "expected", sys.argv[3])
# In-degree over "cites" edges (part-of edges are not citations).
indeg = {}
for u, v, d in g.edges(data=True):
    if d.get("type", "cites") == "cites":
        indeg[v] = indeg.get(v, 0) + 1
rows = list(csv.DictReader(open(sys.argv[2], encoding="utf-8", newline="")))
n = len(rows)
ours = {(r["target"], int(r["citing_docs"])) for r in rows}
# networkx's top n; the targets tied with the n-th count may come in any
# order, so compare the rows above the boundary exactly and, at the
# boundary, that ours are among those tied.
ranked = sorted(indeg.items(), key=lambda kv: -kv[1])
edge = ranked[n - 1][1]
above = {kv for kv in ranked if kv[1] > edge}
tied = {kv for kv in ranked if kv[1] == edge}
ok = len(rows) == 10 and above <= ours and ours - above <= tied and len(ours) == 10
print("top10", "same" if ok else "differ")
# The vertex attributes agree with the in-degree too.
bad = [v for v, d in g.nodes(data=True) if d.get("cited_by_docs", 0) != indeg.get(v, 0)]
print("cited_by_docs", "same" if not bad else "differ " + " ".join(bad[:5]))
PY
cat "$TMP/cmp.txt"
read -r _ nv ne _ want < <(grep '^counts' "$TMP/cmp.txt")
expect_eq "unsc vertices, edges: networkx = citegraph" "$want" "$nv $ne"
expect_eq "unsc top 10 by citing docs: networkx = citegraph" "top10 same" "$(grep '^top10' "$TMP/cmp.txt")"
expect_eq "unsc cited_by_docs = networkx in-degree" "cited_by_docs same" "$(grep '^cited_by_docs' "$TMP/cmp.txt")"

echo "--- top 10 by citing documents"
cat "$TMP/top.csv"
echo "--- top 10 by PageRank"
"$CG" top "$U" -n 10 --by pagerank -q
expect_eq "top --by pagerank exit status" 0 $?

# The seed: 19 vertices and 19 edges (the resolution, its 17 targets and
# ICESCR, parent of "ICESCR art. 2"; 18 citations and 1 part-of).
"$CG" graph corpus/seed -o "$TMP/s.graphml" 2> "$TMP/s.err"
expect_eq "seed graph exit status" 0 $?
expect_eq "seed: citegraph's counts" "19 vertices, 19 edges from 1 documents" \
    "$(grep ' vertices, ' "$TMP/s.err" | sed 's/^citegraph: .*s\.graphml: //')"
expect_eq "seed: networkx counts" "19 19" "$(python3 -c '
import networkx as nx, sys
g = nx.read_graphml(sys.argv[1]); print(g.number_of_nodes(), g.number_of_edges())' "$TMP/s.graphml")"
"$CG" top corpus/seed > "$TMP/seed_top.txt"
expect_eq "seed top exit status" 0 $?
expect_file_eq "seed top" tests/golden/seed_top.txt "$TMP/seed_top.txt"

finish
