# The seed resolution A/HRC/RES/23/12 (Chinese) end to end: extraction golden
# file, graph counts read back by networkx, lineage map checked by xmllint.
. "$(dirname "$0")/lib.bash"
SEED=corpus/seed/A_HRC_RES_23_12.zh.txt

"$CG" extract "$SEED" > "$TMP/seed.jsonl"
expect_eq "extract exit status" 0 $?
expect_file_eq "extract $SEED" tests/golden/seed.zh.jsonl "$TMP/seed.jsonl"

# The eleven citations the foundation issue names, with ids and dates.
for want in 'E/CN.4/RES/2005/55 2005-04-20' 'A/HRC/RES/6/3 2007-09-27' \
    'A/HRC/RES/7/5 2008-03-27' 'A/HRC/RES/9/2 2008-09-24' 'A/HRC/RES/12/9 2009-10-01' \
    'A/HRC/RES/15/13 2010-09-30' 'A/HRC/RES/17/6 2011-06-16' 'A/HRC/RES/18/5 2011-09-29' \
    'A/HRC/RES/21/10 2012-09-27' 'A/HRC/23/2 ' 'A/HRC/23/45 '; do
    got=$(python3 -c '
import json,sys
for l in open(sys.argv[1]):
    r=json.loads(l)
    print(r["doc"], r["target"], r["date"])' "$TMP/seed.jsonl" | grep -c "^A/HRC/RES/23/12 $want\$")
    expect_eq "citation $want" 1 "$got"
done

for f in tsv csv; do
    "$CG" extract -f $f "$SEED" > "$TMP/seed.$f"
    expect_eq "$f rows (header + 19)" 20 "$(python3 -c '
import csv,sys
d="\t" if sys.argv[1].endswith("tsv") else ","
print(sum(1 for _ in csv.reader(open(sys.argv[1],newline=""),delimiter=d,quoting=csv.QUOTE_NONE if d=="\t" else csv.QUOTE_MINIMAL)))' "$TMP/seed.$f")"
done

"$CG" graph corpus/seed -o "$TMP/g.graphml" -q
expect_eq "graph exit status" 0 $?
xmllint --noout "$TMP/g.graphml" && ok "GraphML well-formed" || fail "GraphML not well-formed"
expect_eq "GraphML vertices, edges (networkx)" "19 19" "$(python3 -c '
import networkx as nx,sys
g=nx.read_graphml(sys.argv[1]); print(g.number_of_nodes(), g.number_of_edges())' "$TMP/g.graphml")"

"$CG" lineage corpus/seed --from A/HRC/RES/23/12 --others draw -o "$TMP/lineage.svg" > "$TMP/lineage.txt"
expect_eq "lineage exit status" 0 $?
xmllint --noout "$TMP/lineage.svg" && ok "SVG well-formed" || fail "SVG not well-formed"
for id in E/CN.4/RES/2005/55 A/HRC/RES/6/3 A/HRC/RES/7/5 A/HRC/RES/9/2 A/HRC/RES/12/9 \
    A/HRC/RES/15/13 A/HRC/RES/17/6 A/HRC/RES/18/5 A/HRC/RES/21/10 A/HRC/23/2 A/HRC/23/45; do
    grep -q "https://undocs.org/$id\"" "$TMP/lineage.svg" && ok "SVG links $id" || fail "SVG lacks $id"
done
"$CG" lineage corpus/seed --from A/HRC/RES/23/12 -o "$TMP/lineage.dot" > /dev/null
grep -q '^strict digraph' "$TMP/lineage.dot" && ok "DOT by extension" || fail "DOT by extension"

"$CG" extract "$SEED" --annotate "$TMP/seed.html" -o /dev/null
expect_eq "annotate exit" 0 $?
expect_eq "annotated citations" 19 "$(grep -o '<a class="c \|<mark tabindex="0" class="c ' "$TMP/seed.html" | wc -l)"
expect_eq "undocs links (9 resolutions, 2 reports)" 11 "$(grep -o 'href="https://undocs.org/[^"]*"' "$TMP/seed.html" | wc -l)"
python3 - "$TMP/seed.html" <<'PY' && ok "annotated HTML tags balance" || fail "annotated HTML tags do not balance"
import sys
from html.parser import HTMLParser
void = {"meta", "br", "img", "link", "hr", "input"}
class P(HTMLParser):
    def __init__(s):
        super().__init__(); s.stack = []; s.bad = 0
    def handle_starttag(s, t, a):
        if t not in void: s.stack.append(t)
    def handle_endtag(s, t):
        if not s.stack or s.stack.pop() != t: s.bad += 1
p = P(); p.feed(open(sys.argv[1], encoding="utf-8").read())
sys.exit(1 if p.bad or p.stack else 0)
PY

finish
