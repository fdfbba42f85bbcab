# One document in five languages is one vertex whose title is searchable in
# every language; the title shown is the English one.
. "$(dirname "$0")/lib.bash"
for phrase in "international solidarity" "solidarité internationale" "solidaridad internacional" \
    "международная солидарность" "التضامن الدولي"; do
    # The member in the corpus (the rows known only from citations say so).
    got=$("$CG" lineage -q tests/fixtures/docs --series "$phrase" |
        awk 'NR > 1 && NF == 0 {exit} NR > 1 && !/not in the corpus/ {print $2}')
    expect_eq "series '$phrase'" "A/HRC/RES/23/12" "$got"
done
"$CG" graph -q tests/fixtures/docs -o "$TMP/g.graphml"
python3 - "$TMP/g.graphml" <<'PY' && ok "shown title is the English one" || fail "shown title"
import sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
t = g.nodes["A/HRC/RES/23/12"]["title"]
assert t == "Human rights and international solidarity", t
assert g.nodes["A/HRC/RES/23/12"]["languages"] == "ar,en,es,fr,ru", g.nodes["A/HRC/RES/23/12"]["languages"]
PY
finish
