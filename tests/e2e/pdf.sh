# A PDF made here from a fixture's text with Debian's groff (gropdf) is read
# in-process with poppler and yields the same citations, at the same places,
# as the text; a truncated copy is named and skipped.
. "$(dirname "$0")/lib.bash"
command -v groff > /dev/null && groff -Tpdf -v > /dev/null 2>&1 || { echo "groff with gropdf missing (Debian package groff)"; exit 77; }
FX=tests/fixtures/en/A_HRC_RES_30_99.en.txt
# .nf keeps the lines; a leading dot or backslash must not be read as groff.
{ printf '.nf\n.ll 7i\n'; sed 's/\\/\\e/g; s/^\./\\\&./' "$FX"; } | groff -Tpdf -P-pletter > "$TMP/fx.pdf"
expect_eq "groff made a PDF" "%PDF" "$(head -c 4 "$TMP/fx.pdf")"
"$CG" extract -f tsv "$FX" | cut -f 1,9,10,17,18,19 > "$TMP/txt"
"$CG" extract -f tsv "$TMP/fx.pdf" | cut -f 1,9,10,17,18,19 > "$TMP/pdf"
expect_eq "citations from the PDF" 27 "$(wc -l < "$TMP/pdf")"
expect_file_eq "PDF citations (doc, kind, target, date, relation, location)" "$TMP/txt" "$TMP/pdf"
head -c 500 "$TMP/fx.pdf" > "$TMP/trunc.pdf"
"$CG" extract "$TMP/trunc.pdf" > /dev/null 2> "$TMP/err"
expect_eq "truncated PDF exit" 2 $?
grep -q "citegraph: $TMP/trunc.pdf: damaged or truncated PDF" "$TMP/err" && ok "truncated PDF named" || fail "truncated PDF message: $(cat "$TMP/err")"
# An encrypted PDF (made with Debian's qpdf): named, skipped, counted.
if command -v qpdf > /dev/null; then
    qpdf --encrypt secret secret 256 -- "$TMP/fx.pdf" "$TMP/enc.pdf"
    "$CG" extract --no-cache "$TMP/enc.pdf" > /dev/null 2> "$TMP/err"
    expect_eq "encrypted PDF exit" 2 $?
    grep -q "citegraph: $TMP/enc.pdf: encrypted PDF (password required)" "$TMP/err" &&
        ok "encrypted PDF named" || fail "encrypted PDF message: $(cat "$TMP/err")"
    grep -q "skipped 1 (1 encrypted PDF)" "$TMP/err" && ok "encrypted PDF counted" ||
        fail "encrypted PDF summary: $(cat "$TMP/err")"
else
    fail "qpdf missing (Debian package qpdf)"
fi
finish
