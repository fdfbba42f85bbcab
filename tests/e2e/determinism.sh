# Determinism: every output on corpus/ is byte-identical across runs, across
# --jobs 1 / --jobs 2, and whether the extraction came from the cache or
# not: extract, graph (graphml json gml csv dot), top, lineage (table and
# SVG map), docs -f jsonl.
. "$(dirname "$0")/lib.bash"
FOCUS='S/RES/186(1964)'
HAVE_CACHE=0
"$CG" extract --help 2>&1 | grep -q -- '--no-cache' && HAVE_CACHE=1

# outputs DIR OPTIONS...: every command's outputs into DIR.
outputs() {
    local d=$1
    shift
    mkdir -p "$d"
    "$CG" extract corpus -q "$@" -o "$d/extract.jsonl" || echo "extract exit $?" >> "$d/status"
    for f in graphml json gml csv dot; do
        "$CG" graph corpus -q -f $f "$@" -o "$d/graph.$f" || echo "graph $f exit $?" >> "$d/status"
    done
    "$CG" top corpus -q -n 50 "$@" > "$d/top.txt" || echo "top exit $?" >> "$d/status"
    "$CG" top corpus -q -n 0 --by pagerank -f csv "$@" > "$d/top-pagerank.csv" ||
        echo "top pagerank exit $?" >> "$d/status"
    "$CG" lineage corpus -q --from "$FOCUS" --down --depth 1 "$@" -o "$d/lineage.svg" \
        > "$d/lineage.txt" || echo "lineage exit $?" >> "$d/status"
    "$CG" docs corpus -q -f jsonl "$@" > "$d/docs.jsonl" || echo "docs exit $?" >> "$d/status"
}

if [ $HAVE_CACHE = 1 ]; then
    outputs "$TMP/a" -j 1 --no-cache
    outputs "$TMP/b" -j 2 --no-cache
    outputs "$TMP/c" -j 2 --cache "$TMP/cache"     # fills the cache
    outputs "$TMP/d" -j 1 --cache "$TMP/cache"     # reads it back
    runs="b c d"
else
    outputs "$TMP/a" -j 1
    outputs "$TMP/b" -j 2
    outputs "$TMP/c" -j 2
    runs="b c"
fi
expect_eq "every command succeeded" "" "$(cat "$TMP"/*/status 2> /dev/null)"

# The outputs are real: not empty, and what each format promises.
expect_eq "extract records" 1 "$([ "$(wc -l < "$TMP/a/extract.jsonl")" -gt 4000 ] && echo 1)"
expect_eq "graph files written" "graph.csv graph.dot graph.edges.csv graph.gml graph.graphml graph.json" \
    "$(cd "$TMP/a" && ls graph.* | tr '\n' ' ' | sed 's/ $//')"
expect_eq "lineage map is SVG" 1 "$(grep -c '^<svg' "$TMP/a/lineage.svg")"
expect_eq "top rows (header + 50)" 51 "$(wc -l < "$TMP/a/top.txt" | tr -d ' ')"

for r in $runs; do
    for f in $(cd "$TMP/a" && ls); do
        if cmp -s "$TMP/a/$f" "$TMP/$r/$f"; then ok "$f identical in run $r"; else
            fail "$f differs between run a and run $r"
            diff "$TMP/a/$f" "$TMP/$r/$f" | head -10
        fi
    done
done
finish
