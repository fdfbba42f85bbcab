# Maps measured as a reader sees them (issue 15), not compared byte for
# byte: the demo maps fit a 1400-px window with the focus inside it, no
# text is smaller than 10 pt at the size the map declares, and the text
# under the drawing (title, legend, caption) takes less height than the
# drawing itself. tools/measure_svg.py prints the facts.
. "$(dirname "$0")/lib.bash"
M=tests/e2e/tools/measure_svg.py

# fact FILE KEY: one value from measure_svg.py's line
fact() { tr ' ' '\n' < "$1" | sed -n "s/^$2=//p"; }
# check NAME FACTS MAX_WIDTH_PX MAX_LEGEND_SHARE
check() {
    local f=$2
    local w font share focus
    w=$(fact "$f" width_px); font=$(fact "$f" min_font_pt)
    share=$(fact "$f" legend_share); focus=$(fact "$f" focus_right_px)
    python3 -c "import sys; sys.exit(0 if float('$font') >= 10 else 1)" &&
        ok "$1: smallest text $font pt >= 10" || fail "$1: smallest text $font pt < 10"
    python3 -c "import sys; sys.exit(0 if float('$w') <= $3 else 1)" &&
        ok "$1: $w px wide <= $3" || fail "$1: $w px wide > $3"
    python3 -c "import sys; sys.exit(0 if float('$share') < $4 else 1)" &&
        ok "$1: legend share $share < $4" || fail "$1: legend share $share >= $4"
    [ "$focus" != none ] && python3 -c "import sys; sys.exit(0 if float('$focus') <= 1400 else 1)" &&
        ok "$1: the focus ends at $focus px, inside 1400" || fail "$1: focus at $focus"
}

# The demo's two maps (./run demo).
"$CG" lineage corpus/seed --from A/HRC/RES/23/12 -o "$TMP/seed.svg" > /dev/null
python3 "$M" "$TMP/seed.svg" > "$TMP/seed.facts"
check "seed lineage" "$TMP/seed.facts" 1400 0.5

# UNIFIL: 425 (1978) and what renewed it, over 17 years.
"$CG" lineage corpus/unsc-en --from 'S/RES/425 (1978)' --down -q -o "$TMP/sc.svg" > /dev/null
expect_eq "UNIFIL map exit status (id typed with a space)" 0 $?
python3 "$M" "$TMP/sc.svg" > "$TMP/sc.facts"
check "UNIFIL lineage" "$TMP/sc.facts" 1400 0.15
grep -q 'only the first 4 links drawn' "$TMP/sc.svg" &&
    ok "UNIFIL: the fan of links to 501 and 520 is counted, not drawn" ||
    fail "UNIFIL: no note of the links left out"
# --max-nodes: what is left out is said.
"$CG" lineage corpus/unsc-en --from 'S/RES/425(1978)' --down -q --max-nodes 20 -o "$TMP/sc20.svg" > /dev/null
expect_eq "--max-nodes 20: document nodes" 20 "$(python3 -c '
import sys, xml.etree.ElementTree as ET
S = "{http://www.w3.org/2000/svg}"
print(sum(1 for g in ET.parse(sys.argv[1]).iter(S + "g") if g.get("class") == "node"
          and not g.find(S + "title").text.startswith("#")))' "$TMP/sc20.svg")"
grep -q 'Left out: ' "$TMP/sc20.svg" && ok "--max-nodes: the caption says what was left out" ||
    fail "--max-nodes: no note"
"$CG" lineage corpus/unsc-en --from 'S/RES/425(1978)' --down -q --since 1980 --until 1982 \
    --format csv > "$TMP/range.csv"
python3 - "$TMP/range.csv" <<'PY' && ok "--since/--until keep those years (and the focus)" || fail "--since/--until"
import csv, sys
years = {r["year"] for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")) if r["id"] != "S/RES/425(1978)"}
sys.exit(0 if years and years <= {"1980", "1981", "1982"} else 1)
PY

# A series map: one bold node, the latest member.
"$CG" lineage tests/fixtures/mandate --series "right to clean water in mountain regions" \
    -o "$TMP/series.svg" > /dev/null
python3 "$M" "$TMP/series.svg" > "$TMP/series.facts"
check "series map" "$TMP/series.facts" 1400 0.5

# The report's map, inlined at its own size.
"$CG" report corpus/seed -q -o "$TMP/report.html"
python3 "$M" "$TMP/report.html" --html > "$TMP/report.facts"
check "report map" "$TMP/report.facts" 1400 0.5
finish
