# The 902 real Security Council resolutions of corpus/unsc-en.
#
# Evidence of correctness: the differential against the CR-UNSC method
# (tests/differential/crunsc.py): every edge one side has and the other
# lacks must be explained, after reading the text, in
# tests/differential/crunsc-reviewed.tsv.
#
# Then a CHANGE DETECTOR, not evidence: tests/golden/unsc-en.change-detector.tsv
# is citegraph's own output, copied after the differential was clean; any
# change of extraction shows as citations gained and lost (set
# CG_UPDATE_GOLDEN=1 to accept a change once the differential is clean). Last,
# a simple scan: every "resolution N (YYYY)" it finds must be extracted, and
# no document may cite itself.
. "$(dirname "$0")/lib.bash"
GOLD=tests/golden/unsc-en.change-detector.tsv

"$CG" extract -q -f tsv corpus/unsc-en > "$TMP/all.tsv"
expect_eq "extract exit status" 0 $?
# doc, target, kind, relation, location, date, start, text: one line each,
# in corpus order (files sorted, citations in text order).
python3 tests/differential/crunsc.py corpus/unsc-en "$TMP/all.tsv" \
    tests/differential/crunsc-reviewed.tsv > "$TMP/diff.out"
rc=$?
cat "$TMP/diff.out"
expect_eq "differential against CR-UNSC: every difference reviewed" 0 $rc

# Every resolution-like number no citation claims is reviewed, and nothing
# reviewed is claimed now (the list would hide a regression otherwise).
"$CG" check --unmatched -q corpus/unsc-en | cut -f 3,4 | sed 's|^corpus/unsc-en/||' |
    sort > "$TMP/unmatched.now"
grep -v '^#' tests/differential/unmatched-unsc-reviewed.tsv | cut -f 1,2 | sort > "$TMP/unmatched.rev"
if cmp -s "$TMP/unmatched.rev" "$TMP/unmatched.now"; then
    ok "check --unmatched: $(wc -l < "$TMP/unmatched.now") numbers, each reviewed"
else
    fail "check --unmatched differs from tests/differential/unmatched-unsc-reviewed.tsv:"
    diff "$TMP/unmatched.rev" "$TMP/unmatched.now" | head -20
fi

cut -f 1,10,9,18,19,17,4,8 --output-delimiter='	' "$TMP/all.tsv" | tail -n +2 |
    awk -F'\t' 'BEGIN{OFS="\t"} {print $1,$5,$4,$8,$7,$6,$2,$3}' > "$TMP/now.tsv"
if [ "${CG_UPDATE_GOLDEN:-0}" = 1 ]; then cp "$TMP/now.tsv" "$GOLD"; fi
if cmp -s "$GOLD" "$TMP/now.tsv"; then
    ok "unsc-en extraction unchanged from the change detector $GOLD ($(wc -l < "$GOLD") citations)"
else
    sort "$GOLD" > "$TMP/a"; sort "$TMP/now.tsv" > "$TMP/b"
    echo "citations lost (in $GOLD, not extracted now):"
    comm -23 "$TMP/a" "$TMP/b" | head -40
    echo "citations gained (extracted now, not in $GOLD):"
    comm -13 "$TMP/a" "$TMP/b" | head -40
    fail "unsc-en extraction differs from $GOLD: $(comm -23 "$TMP/a" "$TMP/b" | wc -l) lost, $(comm -13 "$TMP/a" "$TMP/b" | wc -l) gained"
fi

python3 tests/e2e/tools/unsc_scan.py corpus/unsc-en < "$TMP/all.tsv" > "$TMP/scan.out"
rc=$?
tail -5 "$TMP/scan.out"
expect_eq "independent scan: nothing missed, no self-citation" 0 $rc

# Per-kind counts, for the record.
cut -f 9 "$TMP/all.tsv" | tail -n +2 | sort | uniq -c
finish
