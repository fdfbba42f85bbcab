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
finish
