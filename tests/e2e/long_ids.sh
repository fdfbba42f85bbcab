# Values longer than a citation's fields: a user's catalogue whose numbers
# have up to 40 digits, and a symbol longer than any real one. Before issue
# 16 these were kept cut ("A/HRC/RES/5/123456789012345678901", a symbol cut
# at 127 bytes); now the citation is refused and the document warns.
. "$(dirname "$0")/lib.bash"
C="$TMP/c"; D="$TMP/data"
mkdir -p "$C"
cp -r corpus "$D"
sed -i 's/\\d{1,4}/\\d{1,40}/g' "$D/patterns/common.pat"
long="A/HRC/40/L.$(printf '1%.0s' $(seq 1 140))"
printf 'The Human Rights Council,\n\nRecalling its resolution 5/123456789012345678901234567890 of 18 June 2007, its resolution 6/3 and document %s,\n\n1. Decides to remain seized of the matter.\n' \
    "$long" > "$C/note.en.txt"

"$CG" extract --no-cache -f tsv --data "$D" "$C" > "$TMP/out.tsv" 2> "$TMP/err"
expect_eq "the citation that fits is kept, nothing cut" "A/HRC/RES/6/3" \
    "$(cut -f10 "$TMP/out.tsv" | tail -n +2 | tr '\n' ' ' | sed 's/ $//')"
grep -q 'warning: 2 citation(s) refused, first at byte 52' "$TMP/err" &&
    ok "the document says what was refused and where" ||
    { fail "no warning for the refused citations:"; cat "$TMP/err"; }

# The shipped catalogue reads the 151-byte symbol the same way.
"$CG" extract --no-cache -f tsv "$C" > "$TMP/out2.tsv" 2> "$TMP/err2"
if grep -q 'A/HRC/40/L\.1' "$TMP/out2.tsv"; then fail "a 151-byte symbol was kept (cut)"; else
    ok "a symbol too long for an id is refused"; fi
grep -q 'warning: 1 citation(s) refused' "$TMP/err2" && ok "and said" ||
    { fail "not said:"; cat "$TMP/err2"; }
# Paragraph labels and footnote markers as long as a user's own structure
# patterns let them be. Before issue 16 a location was cut at 39 bytes, an
# operative number or subparagraph letter at 15, a footnote marker at 7 (and
# unmatched.c's own-number test at 47): now each is as long as its match.
D2="$TMP/data2"; C2="$TMP/c2"
mkdir -p "$C2"
cp -r corpus "$D2"
sed -i -e 's/^\(struct\toperative\t^(?<n>\)\\d{1,3}/\1\\d{1,40}/' \
    -e 's/^\(struct\tsubpara\t^\\((?<n>\)\[a-z\]{1,2}/\1[a-z]{1,40}/' \
    -e 's/^\(struct\tfootnote\t^(?:(?<n>\\d{1,3}\/)|(?<n>\)\\d{1,3}/\1\\d{1,40}/' \
    "$D2/patterns/en.pat"
n30=123456789012345678901234567890; a30=abcdefghijklmnopqrstuvwxyzabcd
printf 'The Human Rights Council,\n\nRecalling its resolution 6/3,\n\n%s. Decides to recall its resolution 7/5;\n\n(%s) Welcomes resolution 9/2 and the report;%s\n\n%s Resolution 12/9.\n' \
    "$n30" "$a30" "$n30" "$n30" > "$C2/labels.en.txt"
"$CG" extract --no-cache -f tsv --data "$D2" "$C2" > "$TMP/labels.tsv" 2> "$TMP/labels.err"
expect_eq "labels as long as their match, never cut" \
    "A/HRC/RES/6/3 preamble:1 | A/HRC/RES/7/5 operative:$n30 | A/HRC/RES/9/2 operative:$n30($a30) | A/HRC/RES/12/9 operative:$n30($a30) $n30" \
    "$(tail -n +2 "$TMP/labels.tsv" | cut -f10,19,20 | tr '\t' ' ' | sed 's/ $//' | paste -sd'|' | sed 's/|/ | /g')"
finish
