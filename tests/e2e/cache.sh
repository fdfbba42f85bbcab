# The extraction cache: a re-run gives the same bytes, re-extracts only the
# files that changed, never trusts a damaged entry, and misses when the
# patterns change.
. "$(dirname "$0")/lib.bash"
C="$TMP/corpus"; K="$TMP/cache"
mkdir -p "$C"
cp corpus/unsc-en/S_RES_000*.txt corpus/seed/A_HRC_RES_23_12.zh.txt "$C/"
n=$(ls "$C" | wc -l)
entries() { find "$K" -name '*.cgc' | wc -l; }

"$CG" extract -q --cache "$K" "$C" > "$TMP/1.jsonl"
"$CG" extract -q --no-cache "$C" > "$TMP/ref.jsonl"
expect_file_eq "first cached run = uncached run" "$TMP/ref.jsonl" "$TMP/1.jsonl"
expect_eq "one entry per file" "$n" "$(entries)"
"$CG" extract -q --cache "$K" "$C" > "$TMP/2.jsonl"
expect_file_eq "second run (from the cache)" "$TMP/ref.jsonl" "$TMP/2.jsonl"
expect_eq "no new entry when nothing changed" "$n" "$(entries)"

printf '\nRecalling its resolution 1325 (2000),\n' >> "$C/S_RES_0005_1946_EN_GOLD.txt"
"$CG" extract -q --cache "$K" "$C" > "$TMP/3.jsonl"
"$CG" extract -q --no-cache "$C" > "$TMP/ref3.jsonl"
expect_file_eq "run after a change" "$TMP/ref3.jsonl" "$TMP/3.jsonl"
expect_eq "only the changed file was extracted again" "$((n + 1))" "$(entries)"
grep -q 'S/RES/1325(2000)' "$TMP/3.jsonl" && ok "the change is seen" || fail "the change is not seen"

# Damaged entries: truncated, flipped bytes, garbage: rebuilt, never used.
i=0
for e in $(find "$K" -name '*.cgc' | sort | head -3); do
    case $i in
    0) truncate -s 20 "$e" ;;
    1) printf 'XXXXXXXX' | dd of="$e" bs=1 seek=60 conv=notrunc 2> /dev/null ;;
    2) head -c 300 /dev/urandom > "$e" ;;
    esac
    i=$((i + 1))
done
"$CG" extract -q --cache "$K" "$C" > "$TMP/4.jsonl"
expect_file_eq "run over damaged entries" "$TMP/ref3.jsonl" "$TMP/4.jsonl"

# Other patterns, other entries.
cp -r corpus "$TMP/data"
printf '# changed\n' >> "$TMP/data/patterns/en.pat"
"$CG" extract -q --cache "$K" --data "$TMP/data" "$C" > /dev/null
expect_eq "a changed catalogue gets its own cache folder" 2 "$(ls "$K" | wc -l)"

# Folders of other builds or catalogues: removed once unused for 30 days.
old="$K/0123456789abcdef-0123456789ab"; fresh="$K/fedcba9876543210-ba9876543210"
mkdir -p "$old" "$fresh"; : > "$old/x.cgc"; : > "$fresh/y.cgc"
touch -d '40 days ago' "$old"
"$CG" extract -q --cache "$K" "$C" > /dev/null
[ ! -e "$old" ] && ok "a folder unused for 40 days is removed" || fail "stale folder kept"
[ -e "$fresh/y.cgc" ] && ok "a recently used folder is kept" || fail "fresh folder removed"

rm -rf "$K"
"$CG" extract -q --no-cache "$C" > /dev/null
[ ! -e "$K" ] && ok "--no-cache writes nothing" || fail "--no-cache wrote a cache"
finish
