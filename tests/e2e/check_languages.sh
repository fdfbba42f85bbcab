# citegraph check compares the language versions of one document: the same
# passage in English and French (tests/fixtures/parity/ga-after), with
# General Assembly resolution 60/251 taken out of the French preamble, must
# give exactly one language-gap line naming it; the untouched pair none.
. "$(dirname "$0")/lib.bash"
mkdir -p "$TMP/docs"
cp tests/fixtures/parity/ga-after.en.txt tests/fixtures/parity/ga-after.fr.txt "$TMP/docs/"

"$CG" check -q "$TMP/docs" > "$TMP/same.txt"
expect_eq "check exit status (versions agree)" 0 $?
expect_eq "no language gap when the versions agree" 0 "$(grep -c '^language-gap' "$TMP/same.txt")"

sed -i 's/^Rappelant la résolution 60\/251 de l.Assemblée générale, en date du 15 mars 2006,$/Rappelant/' \
    "$TMP/docs/ga-after.fr.txt"
expect_eq "the French copy lost its citation of 60/251" 0 "$(grep -c '60/251' "$TMP/docs/ga-after.fr.txt")"

"$CG" check -q "$TMP/docs" > "$TMP/gap.txt"
expect_eq "check exit status (one gap)" 0 $?
expect_eq "the gap, one line" \
    "$(printf 'language-gap\tA/HRC/RES/23/3\tin en, not in fr: A/RES/60/251 recall preamble:1')" \
    "$(grep '^language-gap' "$TMP/gap.txt")"
"$CG" check "$TMP/docs" 2> "$TMP/err.txt" > /dev/null
expect_eq "summary counts it" 1 "$(grep -c '1 language gap(s)' "$TMP/err.txt")"
finish
