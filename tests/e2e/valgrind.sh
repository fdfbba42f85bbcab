# The main commands once under valgrind (memcheck) on the seed: no invalid
# access, no use of uninitialised values, no definite leak. Graphviz,
# fontconfig and PCRE2's JIT code are suppressed by tests/valgrind.supp
# (their frames only). Skipped (77) when valgrind is missing.
. "$(dirname "$0")/lib.bash"
command -v valgrind > /dev/null || { echo "skipped: valgrind not installed"; exit 77; }
# Valgrind cannot run a binary built with AddressSanitizer.
if nm "$CG" 2> /dev/null | grep -q __asan_init || ldd "$CG" 2> /dev/null | grep -q libasan; then
    echo "skipped: $CG is built with AddressSanitizer"; exit 77
fi
SEED=corpus/seed/A_HRC_RES_23_12.zh.txt
mkdir "$TMP/in"
cp "$SEED" "$TMP/in/"
printf 'Recalling resolution 1325 (2000),\n\xff\xfe\n' > "$TMP/in/bad-utf8.txt"
: > "$TMP/in/empty.txt"

# vg NAME WANT_STATUS ARGS...: run citegraph ARGS under memcheck.
vg() {
    local name=$1 want=$2
    shift 2
    local t0=$(date +%s)
    valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
        --suppressions="$ROOT/tests/valgrind.supp" --num-callers=40 \
        "$CG" "$@" > "$TMP/$name.out" 2> "$TMP/$name.err"
    local rc=$?
    echo "time: $name $(( $(date +%s) - t0 )) s"
    if [ $rc -eq "$want" ]; then ok "$name under valgrind: exit $rc"; else
        fail "$name under valgrind: exit $rc, expected $want (99 = memcheck error)"
        grep -E '^==[0-9]+==' "$TMP/$name.err" | head -40
    fi
}

vg extract 0 extract --no-cache -j 2 "$SEED"
expect_eq "extract records" 19 "$(wc -l < "$TMP/extract.out")"
vg extract-bad-input 2 extract --no-cache -f tsv "$TMP/in"
vg docs 0 docs --no-cache -f jsonl "$SEED"
vg graph 0 graph --no-cache "$SEED" -o "$TMP/g.graphml"
vg top 0 top --no-cache --by authority "$SEED"
vg check 0 check --no-cache "$SEED"
vg lineage-svg 0 lineage --no-cache "$SEED" --from A/HRC/RES/23/12 -o "$TMP/l.svg"
expect_eq "lineage map written" 1 "$(grep -c '^<svg' "$TMP/l.svg")"
finish
