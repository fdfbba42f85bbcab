# Extraction goldens for the hand-written fixtures (tests/fixtures/en, zh):
# each trap of the extraction issue with its exact expected records.
# CG_UPDATE_GOLDEN=1 rewrites them after a reviewed change.
. "$(dirname "$0")/lib.bash"
for f in tests/fixtures/en/*.txt tests/fixtures/zh/*.txt; do
    name=$(basename "$f" .txt)
    gold=tests/golden/fixture-$name.jsonl
    "$CG" extract "$f" > "$TMP/$name.jsonl"
    expect_eq "extract $f exit" 0 $?
    [ "${CG_UPDATE_GOLDEN:-0}" = 1 ] && cp "$TMP/$name.jsonl" "$gold"
    expect_file_eq "extract $f" "$gold" "$TMP/$name.jsonl"
done
finish
