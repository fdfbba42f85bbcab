# A real mandate series in six languages (tests/fixtures/right-to-food, its
# README says how the members were established by reading the texts): the
# members, in adoption order, and none of the texts that only cite what the
# members cite (HRC 5/1 and 5/2, 41/12 on another right and its own series).
. "$(dirname "$0")/lib.bash"
F=tests/fixtures/right-to-food
PHRASES=("right to food" "droit à l’alimentation" "derecho a la alimentación"
    "право на питание" "الحق في الغذاء" "食物权")
args=()
for p in "${PHRASES[@]}"; do args+=(--series "$p"); done
"$CG" lineage "$F" -q "${args[@]}" --format csv > "$TMP/h.csv"
expect_eq "exit status" 0 $?
python3 - "$TMP/h.csv" <<'PY' && ok "members and their order" || fail "members"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
got = [(r["symbol"], r["in_corpus"]) for r in rows]
C, R, H, G = "E/CN.4/RES/", "A/RES/", "A/HRC/RES/", 1
# (symbol, in the folder) in adoption order, written from the texts
want = [(C + "1999/24", "0"), (C + "2000/10", "1"), (C + "2001/25", "0"),
        (R + "56/155", "0"), (C + "2002/25", "1"), (R + "57/226", "0"),
        (C + "2003/25", "0"), (R + "58/186", "1"), (C + "2004/19", "1"),
        (R + "59/202", "1"), (C + "2005/18", "0"), (R + "60/165", "1"),
        (R + "61/163", "0"), (H + "6/2", "1"), (R + "62/164", "0"),
        (H + "7/14", "1"), (H + "S-7/1", "0"), (H + "9/6", "1"),
        (H + "10/12", "0"), (H + "12/10", "0"), (R + "64/159", "0"),
        (H + "13/4", "1"), (R + "65/220", "0"), (H + "16/27", "1"),
        (H + "22/9", "1"), (H + "25/14", "1"), (R + "69/177", "1"),
        (H + "28/10", "1"), (R + "70/154", "1"), (H + "31/10", "1"),
        (H + "34/12", "1"), (R + "73/171", "1"), (H + "40/7", "1"),
        (R + "76/166", "1"), (H + "49/13", "1"), (R + "78/198", "1")]
if got != want:
    g, w = set(got), set(want)
    print("extra:", sorted(g - w), "\nmissing:", sorted(w - g), "\norder:",
          [s for s, _ in got], file=sys.stderr)
    sys.exit(1)
focus = [r["symbol"] for r in rows if r["focus"] == "1"]
sys.exit(0 if focus == [R + "78/198"] else 1)  # the latest member (GA, December 2023)
PY
# One language's phrase finds fewer members, never a false one.
for p in "${PHRASES[@]}"; do
    bad=$("$CG" lineage "$F" -q --series "$p" --format csv |
        grep -oE '^"[^"]*","(A/HRC/RES/(5/1|5/2|41/12|15/21|21/16|22/10|24/5|25/38|26/13|32/32|33/30|51/8))"' |
        tr '\n' ' ')
    expect_eq "no false member for '$p'" "" "$bad"
done
# The report's map of this long series runs top to bottom and fits the
# page (left to right it was wider than the page, the focus off its edge).
"$CG" report "$F" -q "${args[@]}" -o "$TMP/r.html"
expect_eq "report exit status" 0 $?
w=$(sed -n '/id="map"/,$p' "$TMP/r.html" | grep -o '<svg width="[0-9.]*pt"' | head -1 | grep -o '[0-9.]*')
python3 -c "import sys; sys.exit(0 if 0 < float('$w') * 4 / 3 <= 1100 else 1)" &&
    ok "report map ${w}pt wide fits the page" || fail "report map ${w}pt wide"
# The paragraph says what the texts say: 6/2 "Decides to extend the mandate
# of the Special Rapporteur ... for a period of three years"; 2000/10
# "Recalling ... resolution 1999/24" (recalls, not reaffirms); no text here
# says it created the mandate (2000/10, which did, is cut short before its
# operative part).
"$CG" lineage "$F" -q "${args[@]}" | tail -1 > "$TMP/p.txt"
grep -q 'HRC 6/2 (27 September 2007) renewed the mandate for three years, reaffirming GA 61/163' "$TMP/p.txt" &&
    grep -q 'CHR 2000/10 (c. 2000) recalled CHR 1999/24;' "$TMP/p.txt" &&
    ! grep -q 'established' "$TMP/p.txt" && ok "paragraph as the texts say" ||
    fail "paragraph: $(cat "$TMP/p.txt")"
# People type an ASCII apostrophe; 49/13's French title prints "droit à
# l’alimentation" (U+2019): the phrase still finds it.
"$CG" lineage "$F" -q --series "droit à l'alimentation" > "$TMP/apos.txt"
grep -q 'A/HRC/RES/49/13' "$TMP/apos.txt" && ok "ASCII apostrophe finds the typographic one" ||
    fail "--series \"droit à l'alimentation\" misses 49/13"
finish
