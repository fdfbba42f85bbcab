# The command line's contract: usage errors, unreadable input, exit codes,
# messages naming the file, --help and --version.
. "$(dirname "$0")/lib.bash"

"$CG" --version | grep -q '^citegraph [0-9]' && ok "--version" || fail "--version"
for c in extract docs graph top lineage check; do
    "$CG" $c --help > "$TMP/help" 2>&1
    expect_eq "$c --help exit" 0 $?
    grep -q "usage: citegraph $c" "$TMP/help" && ok "$c --help text" || fail "$c --help text"
done
"$CG" frobnicate > /dev/null 2>&1
expect_eq "unknown command exit" 1 $?
"$CG" extract > /dev/null 2>&1
expect_eq "extract without PATH exit" 1 $?
"$CG" extract --format xml corpus/seed > /dev/null 2>&1
expect_eq "bad --format exit" 1 $?

"$CG" extract "$TMP/nope.txt" > "$TMP/out" 2> "$TMP/err"
expect_eq "missing file exit" 2 $?
expect_eq "missing file message" "citegraph: $TMP/nope.txt: No such file or directory" "$(head -1 "$TMP/err")"

# One unreadable file among good ones: the rest is still extracted, exit 2.
mkdir "$TMP/c"
cp corpus/seed/A_HRC_RES_23_12.zh.txt "$TMP/c/"
: > "$TMP/c/empty.txt"
"$CG" extract "$TMP/c" > "$TMP/out" 2> "$TMP/err"
expect_eq "partial corpus exit" 2 $?
expect_eq "partial corpus records" 19 "$(wc -l < "$TMP/out")"
grep -q "citegraph: $TMP/c/empty.txt: empty file; skipped" "$TMP/err" && ok "empty file named" || fail "empty file message: $(cat "$TMP/err")"

# Outputs are atomic: a failed run leaves the previous file untouched.
echo previous > "$TMP/g.graphml"
"$CG" graph "$TMP/nope" -o "$TMP/g.graphml" 2> /dev/null
expect_eq "failed graph exit" 2 $?
expect_eq "previous output kept" previous "$(cat "$TMP/g.graphml")"
expect_eq "no temporary left" 0 "$(ls -A "$TMP" | grep -c '\.tmp\.')"

"$CG" lineage corpus/seed --from X/NOPE -o "$TMP/l.svg" > /dev/null 2> "$TMP/err"
expect_eq "unknown focus exit" 1 $?
[ ! -e "$TMP/l.svg" ] && ok "no map for unknown focus" || fail "map written for unknown focus"

# A device is written as it is, never replaced by a file (-o /dev/null).
"$CG" extract -o /dev/null corpus/seed
expect_eq "-o /dev/null exit" 0 $?
expect_eq "/dev/null still a device" "character special file" "$(stat -c %F /dev/null)"

# Text that looks like markup stays text in the annotated page.
printf 'The Security Council,\n\nRecalling <script>alert(1)</script> & its resolution 1325 (2000) "<b>",\n' > "$TMP/h.txt"
"$CG" extract "$TMP/h.txt" --annotate "$TMP/h.html" -o "$TMP/h.jsonl"
expect_eq "hostile annotate exit" 0 $?
expect_eq "no raw markup from the text" 0 "$(grep -c '<script>\|<b>' "$TMP/h.html")"
grep -q '&lt;script&gt;alert(1)&lt;/script&gt; &amp; its' "$TMP/h.html" && ok "markup escaped" || fail "markup not escaped"

finish
