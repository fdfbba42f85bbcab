#!/usr/bin/env bash
# dataloss18.sh - issue 18: results silently lost or wrong (cache identity,
# the cache's data fingerprint, file names, write errors, the CSV pair).
. "$(dirname "$0")/lib.bash"

check_err() {
    if grep -qF -- "$2" "$TMP/err"; then ok "$1"; else
        fail "$1: no '$2' in:"; cat "$TMP/err"; fi
}

# 4. Two files with one name and the same bytes in two folders are two
# documents, cold and warm; "file:" ids are relative to the folder given.
mkdir -p "$TMP/c/a" "$TMP/c/b"
printf 'Recalling resolution 1325 (2000),\n' > "$TMP/c/a/note.txt"
cp "$TMP/c/a/note.txt" "$TMP/c/b/note.txt"
for run in cold warm; do
    "$CG" extract --cache "$TMP/cache" -f tsv "$TMP/c" > "$TMP/$run" 2> "$TMP/err"
    expect_eq "same bytes, two folders ($run): two documents" \
        "file:a/note.txt file:b/note.txt" "$(tail -n +2 "$TMP/$run" | cut -f1 | sort -u | xargs)"
done
"$CG" extract --cache "$TMP/cache" -f tsv "$TMP/c/a/note.txt" "$TMP/c/b/note.txt" > "$TMP/named" 2> "$TMP/err"
expect_eq "same bytes, same name, named on the command line: two documents" 2 \
    "$(tail -n +2 "$TMP/named" | cut -f1 | sort -u | wc -l)"
(cd "$TMP" && "$CG" extract --cache "$TMP/cache" -f tsv c > "$TMP/rel" 2> "$TMP/err")
expect_eq "file: ids do not depend on the working folder" \
    "file:a/note.txt file:b/note.txt" "$(tail -n +2 "$TMP/rel" | cut -f1 | sort -u | xargs)"

# 8. File names that are not UTF-8 stay distinct; a backslash does not stop
# the map or the report.
mkdir "$TMP/n"
for n in $'a\xff' $'a\xfe' 'a\b' 'a%FF' $'a\e[31m'; do
    printf 'Recalling resolution 1325 (2000),\n' > "$TMP/n/$n.txt"
done
"$CG" extract --no-cache -f tsv "$TMP/n" > "$TMP/out" 2> "$TMP/err"
expect_eq "odd file names: five documents" 5 "$(tail -n +2 "$TMP/out" | cut -f1 | sort -u | wc -l)"
expect_eq "odd file names: ids escaped" \
    'file:a%1B[31m.txt file:a%25FF.txt file:a%5Cb.txt file:a%FE.txt file:a%FF.txt' \
    "$(tail -n +2 "$TMP/out" | cut -f1 | LC_ALL=C sort -u | xargs)"
"$CG" graph --no-cache "$TMP/n" -o "$TMP/n.graphml" 2> "$TMP/err"
expect_eq "odd file names: graph exit" 0 $?
expect_eq "odd file names: six vertices" 6 "$(grep -c '<node ' "$TMP/n.graphml")"
"$CG" report --no-cache "$TMP/n" -o "$TMP/n.html" 2> "$TMP/err"
expect_eq "backslash in a file name: report exit" 0 $?
"$CG" lineage --no-cache "$TMP/n" --from 'S/RES/1325(2000)' -o "$TMP/n.svg" > /dev/null 2> "$TMP/err"
expect_eq "backslash in a file name: map exit" 0 $?

# 5. The cache folder (named by the data fingerprint) changes when any
# reference or pattern file that is loaded changes (states.tsv was missed).
mkdir "$TMP/d0"
cp -r corpus/data corpus/patterns "$TMP/d0/"
fp() { rm -rf "$TMP/fpc"; "$CG" docs -q --cache "$TMP/fpc" --data "$TMP/d0" "$TMP/c/a/note.txt" > /dev/null 2>&1; ls "$TMP/fpc"; }
base=$(fp)
[ -n "$base" ] && ok "fingerprint folder made" || fail "no cache folder"
missed=""
for f in "$TMP"/d0/data/*.tsv "$TMP"/d0/patterns/*.pat; do
    cp "$f" "$TMP/saved"
    printf '\n# edited\n' >> "$f"
    now=$(fp)
    cp "$TMP/saved" "$f"
    [ "$now" != "$base" ] || missed="$missed ${f#$TMP/d0/}"
done
expect_eq "every loaded data file is in the fingerprint (missed:$missed)" "" "$missed"

# 9. Write errors are errors, with the system's reason, on stdout too.
if [ -w /dev/full ]; then
    S=tests/fixtures/mandate
    for cmd in "check" "top" "docs" "extract" "lineage --from A/HRC/RES/31/1"; do
        src=$S
        [ "$cmd" = check ] && src=tests/fixtures/docs   # one with findings
        "$CG" $cmd --no-cache -q $src > /dev/full 2> "$TMP/err"
        rc=$?
        expect_eq "$cmd >/dev/full: exit" 3 $rc
        check_err "$cmd >/dev/full: said, with the reason" "standard output: write error: No space left on device"
        expect_eq "$cmd >/dev/full: said once" 1 "$(grep -c 'write error' "$TMP/err")"
    done
    "$CG" extract --no-cache -q $S -o /dev/full 2> "$TMP/err"
    expect_eq "extract -o /dev/full: exit" 3 $?
    check_err "extract -o /dev/full: named, with the reason" "/dev/full: write error: No space left on device"
    "$CG" graph --no-cache -q $S -o - > /dev/full 2> "$TMP/err"
    expect_eq "graph -o - >/dev/full: exit" 3 $?
    check_err "graph -o - >/dev/full: said" "write error: No space left on device"
else
    ok "no /dev/full here: write-error checks skipped"
fi

# 10. The CSV pair: refused for - and devices; written together or not at all.
S=tests/fixtures/mandate
"$CG" graph --no-cache -q -f csv $S -o - > "$TMP/out" 2> "$TMP/err"
expect_eq "graph -f csv -o -: refused" 1 $?
check_err "graph -f csv -o -: says why" "graph: -f csv writes two files"
"$CG" graph --no-cache -q -f csv $S -o /dev/null 2> "$TMP/err"
expect_eq "graph -f csv -o /dev/null: refused" 1 $?
mkdir "$TMP/csv"
"$CG" graph --no-cache -q -f csv $S -o "$TMP/csv/g.csv" 2> "$TMP/err"
expect_eq "graph -f csv: exit" 0 $?
[ -s "$TMP/csv/g.csv" ] && [ -s "$TMP/csv/g.edges.csv" ] && ok "csv: both files" || fail "csv: a file missing"
cp "$TMP/csv/g.csv" "$TMP/nodes.before"
# The edges' target is a folder: the edges cannot be written, and the nodes
# file must not have been replaced.
printf 'stale\n' > "$TMP/csv/g.csv"
mkdir "$TMP/csv/g.edges.csv.d" && rm "$TMP/csv/g.edges.csv" && mv "$TMP/csv/g.edges.csv.d" "$TMP/csv/g.edges.csv"
"$CG" graph --no-cache -q -f csv $S -o "$TMP/csv/g.csv" 2> "$TMP/err"
expect_eq "csv, edges cannot be written: exit" 3 $?
expect_eq "csv, edges cannot be written: nodes file untouched" stale "$(cat "$TMP/csv/g.csv")"
expect_eq "csv: no temporary file left" 0 "$(ls -A "$TMP/csv" | grep -c tmp)"

finish
