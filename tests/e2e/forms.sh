# Citation forms in six languages (tests/fixtures/forms): real sentences,
# and the citations a person reads in them (target and date, in text order),
# written by hand in NAME.LANG.expected. Also each file under a neutral name
# and without --lang, so that only the text can tell.
. "$(dirname "$0")/lib.bash"
F=tests/fixtures/forms
for txt in "$F"/*.txt; do
    base=$(basename "$txt" .txt)
    lang=${base##*.}
    "$CG" extract --no-cache -q --lang "$lang" -f tsv "$txt" > "$TMP/$base.tsv"
    expect_eq "$base: exit" 0 $?
    tail -n +2 "$TMP/$base.tsv" | cut -f 10,17 > "$TMP/$base.got"
    expect_file_eq "$base: citations" "$F/$base.expected" "$TMP/$base.got"
    # Where the file also says where each citation stands (a one-line text
    # has its paragraphs found in the flow): target, relation, location.
    if [ -f "$F/$base.where" ]; then
        tail -n +2 "$TMP/$base.tsv" | cut -f 10,18,19 > "$TMP/$base.where"
        expect_file_eq "$base: relation and location" "$F/$base.where" "$TMP/$base.where"
    fi
    # Where the file says which bodies the text names (not guessed):
    # target, resolved.
    if [ -f "$F/$base.resolved" ]; then
        tail -n +2 "$TMP/$base.tsv" | cut -f 10,22 > "$TMP/$base.res"
        expect_file_eq "$base: body named, not guessed" "$F/$base.resolved" "$TMP/$base.res"
    fi
    cp "$txt" "$TMP/doc-$lang.txt"
    "$CG" extract --no-cache -q -f tsv "$TMP/doc-$lang.txt" | tail -n +2 | cut -f 10,17 \
        > "$TMP/$base.neutral"
    expect_file_eq "$base: under a neutral name, language detected" "$F/$base.expected" \
        "$TMP/$base.neutral"
done
finish
