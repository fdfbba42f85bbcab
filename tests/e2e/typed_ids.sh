# Issue 15: ids as people type them, outputs refused before the work,
# option values checked, warnings counted by kind, the report's document
# section at corpus scale.
. "$(dirname "$0")/lib.bash"
M=tests/fixtures/mandate
U=corpus/unsc-en

# The mandate fixture holds A/HRC/RES/31/1 ... 39/1 and cites A/RES/64/292.
for typed in "a/hrc/res/35/1" " A/HRC/RES/35/1 " "35/1"; do
    got=$("$CG" lineage "$M" -q --from "$typed" --up 2> "$TMP/err" | awk 'NR == 2 {print $2}')
    # The oldest of 35/1's lineage: the Assembly resolution of 28 July 2010.
    expect_eq "--from '$typed'" "A/RES/64/292" "$got"
done
"$CG" lineage "$M" -q --from "64/292" --down > /dev/null
expect_eq "--from 64/292 (the Assembly resolution, cited only)" 0 $?
"$CG" lineage "$U" -q --from "S/RES/425 (1978)" --down > "$TMP/425.txt"
expect_eq "--from 'S/RES/425 (1978)'" 0 $?
"$CG" lineage "$U" -q --from "S/RES/425" --down > "$TMP/425b.txt"
expect_eq "--from S/RES/425 (year left out)" 0 $?
cmp -s "$TMP/425.txt" "$TMP/425b.txt" && ok "both give the same lineage" || fail "S/RES/425 differs"
# "1" ends all five resolutions' ids ("/1"): ambiguous, the candidates are
# listed.
"$CG" lineage "$M" -q --from "1" --up > /dev/null 2> "$TMP/amb.err"
expect_eq "ambiguous short number: exit status" 1 $?
grep -q "could be any of" "$TMP/amb.err" && grep -q "A/HRC/RES/31/1" "$TMP/amb.err" &&
    ok "ambiguous: candidates listed" || fail "ambiguous: $(cat "$TMP/amb.err")"
"$CG" lineage "$M" -q --from "A/HRC/RES/35/2" > /dev/null 2> "$TMP/dym.err"
expect_eq "unknown id: exit status" 1 $?
grep -q "did you mean A/HRC/RES/35/1" "$TMP/dym.err" && ok "did you mean" || fail "no suggestion: $(cat "$TMP/dym.err")"

# Bad -o: refused before reading (nothing else said, exit 3).
for cmd in "lineage $M --from 35/1" "report $M" "top $M"; do
    # shellcheck disable=SC2086
    "$CG" $cmd -o "$TMP/no/such/folder/out.svg" > /dev/null 2> "$TMP/o.err"
    expect_eq "$cmd -o missing folder: exit status" 3 $?
    expect_eq "$cmd -o missing folder: one message" 1 "$(wc -l < "$TMP/o.err")"
done
"$CG" report "$M" -o "$TMP" 2> "$TMP/dir.err"
expect_eq "report -o FOLDER: exit status" 3 $?

# top: kinds as people say them.
"$CG" top corpus/seed -q --kind treaty > "$TMP/t1.txt"
"$CG" top corpus/seed -q --kind instrument > "$TMP/t2.txt"
cmp -s "$TMP/t1.txt" "$TMP/t2.txt" && ok "--kind treaty = instrument" || fail "--kind treaty"
"$CG" top corpus/seed -q --kind treatise > /dev/null 2>&1
expect_eq "--kind unknown: exit status" 1 $?
"$CG" top corpus/seed -q --body hrc -n 1 > /dev/null
expect_eq "--body in lower case" 0 $?
"$CG" top corpus/seed -q --body UNGA 2> "$TMP/body.err" > /dev/null
expect_eq "--body absent: exit status" 1 $?
grep -q "bodies present: CHR, HRC" "$TMP/body.err" && ok "--body absent: the bodies present" ||
    fail "--body: $(cat "$TMP/body.err")"

# Six files with the same bad byte: three warnings, then a count.
mkdir "$TMP/warn"
for i in 1 2 3 4 5 6; do
    printf 'The Human Rights Council,\n\nRecalling its resolution 6/3 \xff\xfe of 27 September 2007,\n' \
        > "$TMP/warn/f$i.txt"
done
"$CG" top "$TMP/warn" --no-cache > /dev/null 2> "$TMP/w.err"
expect_eq "warnings shown, then counted" 4 "$(wc -l < "$TMP/w.err")"
grep -q '3 more like "invalid UTF-8 at byte N (N bytes skipped)" (6 in all' "$TMP/w.err" &&
    ok "the count names the kind" || fail "count: $(cat "$TMP/w.err")"
"$CG" top "$TMP/warn" --no-cache -v > /dev/null 2> "$TMP/wv.err"
expect_eq "-v: every warning" 6 "$(wc -l < "$TMP/wv.err")"

# The report at corpus scale: --documents.
"$CG" report "$M" -q --documents none -o "$TMP/none.html"
expect_eq "--documents none: no document article" 0 "$(grep -c '<article class="doc"' "$TMP/none.html")"
"$CG" report "$M" -q -o "$TMP/all.html"
expect_eq "5 documents: all shown by default" 5 "$(grep -c '<article class="doc"' "$TMP/all.html")"
"$CG" report "$M" -q --documents bogus -o "$TMP/x.html" 2> /dev/null
expect_eq "--documents bogus: exit status" 1 $?
finish
