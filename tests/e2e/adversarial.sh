# Adversarial inputs (tests/bad-inputs/generate.sh, made at run time in
# $TMP): each finishes (timeout 120 turns a hang into a failure), exits 0 or
# 2, never crashes, and writes well-formed records. Timings are printed.
#   CG_ADV_MB=N  size of the one-line citation file (default 100 MB, 10 MB
#                for a sanitizer build, which is ~5x slower and bigger)
. "$(dirname "$0")/lib.bash"
if nm "$CG" 2> /dev/null | grep -q __asan_init; then MB=${CG_ADV_MB:-10}; else MB=${CG_ADV_MB:-100}; fi
B="$TMP/bad"
bash tests/bad-inputs/generate.sh "$B" "$MB" || { fail "generator"; finish; exit; }

# run NAME EXPECTED_RECORDS FILE: extract FILE as TSV, check status, time,
# crash, record count and that every row has 22 fields.
run() {
    local name=$1 want=$2 f=$3 t0 t1 rc
    t0=$(date +%s.%N)
    timeout 120 "$CG" extract --no-cache -f tsv "$f" > "$TMP/$name.tsv" 2> "$TMP/$name.err"
    rc=$?
    t1=$(date +%s.%N)
    printf 'time: %s %.2f s\n' "$name" "$(echo "$t1 - $t0" | bc)"
    if [ $rc -eq 0 ] || [ $rc -eq 2 ]; then ok "$name exit $rc"; else
        fail "$name exit $rc (124 = timeout, >128 = signal)"; head -5 "$TMP/$name.err"; fi
    grep -q "AddressSanitizer\|runtime error\|LeakSanitizer" "$TMP/$name.err" &&
        { fail "$name: sanitizer report"; head -30 "$TMP/$name.err"; }
    expect_eq "$name records" "$want" "$(($(wc -l < "$TMP/$name.tsv") - 1))"
    expect_eq "$name rows of 22 fields" 0 "$(awk -F'\t' 'NF != 22' "$TMP/$name.tsv" | wc -l)"
}

run digits-slashes 0 "$B/digits-slashes.txt"
# Only the symbol inside the brackets is a citation.
run brackets 1 "$B/brackets.txt"
expect_eq "brackets target" "S/RES/1325(2000)" "$(cut -f10 "$TMP/brackets.tsv" | tail -1)"
# Separator runs around symbol stems: whatever is taken, no target carries a
# run of separators. (Today the bare stems "S/RES" x3 and "E/CN.4" are taken
# as targets: a false positive reported to the catalogue's owners, so the
# count is not pinned here.)
timeout 120 "$CG" extract --no-cache -f tsv "$B/separators.txt" > "$TMP/separators.tsv" 2> /dev/null
rc=$?
{ [ $rc -eq 0 ] || [ $rc -eq 2 ]; } && ok "separators exit $rc" || fail "separators exit $rc"
expect_eq "separators: targets with a separator run" 0 \
    "$(tail -n +2 "$TMP/separators.tsv" | cut -f10 | grep -cE '//|\.\.|--|\(\(|\)\)')"
expect_eq "separators: rows of 22 fields" 0 "$(awk -F'\t' 'NF != 22' "$TMP/separators.tsv" | wc -l)"
run zh-markers 0 "$B/zh-markers.txt"

# One line of 100 MB: every "resolution 1325 (2000)" is one record, and the
# column of the last one is its offset + 1 (the line has no break; the
# column is counted incrementally: it once took 2 minutes for 1 MB).
n=$(( MB * 1048576 / 24 ))
run citation-line "$n" "$B/citation-line.txt"
last_start=$(( (n - 1) * 24 + 11 ))
expect_eq "last record start,line,col" "$last_start 1 $((last_start + 1))" \
    "$(tail -1 "$TMP/citation-line.tsv" | cut -f4,6,7 | tr '\t' ' ')"
rm -f "$TMP/citation-line.tsv"

# A list of 30,000 items: the list grammar reads it item by item (no
# single regex spans the list, so no match limit is hit): every item is
# found, and no warning.
python3 -c "
import sys
open(sys.argv[1], 'w').write('The Council,\n\nRecalling resolution 1820 (2008),\n\n'
    'Recalling its resolutions ' + '1325 (2000), ' * 30000 + 'and\n')" "$TMP/long-list.txt"
run long-list 30001 "$TMP/long-list.txt"
if grep -q "match limit" "$TMP/long-list.err"; then
    fail "long list: no match-limit warning"; cat "$TMP/long-list.err"
else
    ok "long list: no match-limit warning"
fi

# Two files whose names differ by a tab and a space get distinct "file:"
# ids, and GraphML keeps them distinct (a raw tab in an attribute reads
# back as a space: regression of tests/fuzz/regressions/fuzz_graph_write-tab-in-id).
mkdir "$TMP/tabs"
cp "$B/tab	name.txt" "$B/tab name.txt" "$TMP/tabs/"
timeout 120 "$CG" graph --no-cache -q "$TMP/tabs" -o "$TMP/tabs.graphml"
expect_eq "graph of tab-named files exit" 0 $?
expect_eq "GraphML node ids read back distinct" "4 4" "$(python3 -c '
import sys, xml.etree.ElementTree as ET
ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
ids = [n.get("id") for n in ET.parse(sys.argv[1]).getroot().iter("{%s}node" % ns["g"])]
print(len(ids), len(set(ids)))' "$TMP/tabs.graphml")"
finish
