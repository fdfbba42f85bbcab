# Bad input never crashes, hangs or silently loses anything: each bad file is
# named in one line, the rest of the corpus is processed, the summary counts
# what was skipped and why, and the exit status says so (2).
. "$(dirname "$0")/lib.bash"
SEED=corpus/seed/A_HRC_RES_23_12.zh.txt
C="$TMP/corpus"
mkdir -p "$C/sub"
cp "$SEED" "$C/good.zh.txt"
head -c 4096 /dev/urandom > "$C/binary.txt"; printf '\0\0\0\0' >> "$C/binary.txt"
: > "$C/empty.txt"
ln -s "$C/missing-target.txt" "$C/dangling.txt"
ln -s "$C" "$C/sub/loop"
printf '%%PDF-1.4\n%%garbage' > "$C/garbage.pdf"
truncate -s 2G "$C/huge.txt"

"$CG" extract "$C" > "$TMP/out.jsonl" 2> "$TMP/err"
expect_eq "exit status with skipped files" 2 $?
expect_eq "the good file is still extracted" 19 "$(grep -c '"doc":"A/HRC/RES/23/12"' "$TMP/out.jsonl")"
check_msg() { grep -qF -- "$1" "$TMP/err" && ok "message: $1" || { fail "no message '$1'"; cat "$TMP/err"; }; }
check_msg "citegraph: $C/binary.txt: binary data, not text (NUL bytes); skipped"
check_msg "citegraph: $C/empty.txt: empty file; skipped"
check_msg "citegraph: $C/dangling.txt: No such file or directory"
check_msg "folder already visited (symlink loop); skipped"
check_msg "citegraph: $C/garbage.pdf: damaged or truncated PDF"
check_msg "citegraph: $C/huge.txt: file of 2147483648 bytes is larger than the"
check_msg "citegraph: read 1 file(s); skipped 4 (1 binary or undecodable, 1 damaged, 1 empty, 1 too large); 2 path(s) could not be walked"

# Invalid UTF-8 inside a document: a warning naming the offset, the text
# around it still read.
{ printf 'The Security Council,\n\nRecalling its resolution 1325 (2000),\n\xff\xfe\n'
  printf 'Reaffirming its resolution 1820 (2008),\n'; } > "$TMP/bad-utf8.txt"
"$CG" extract "$TMP/bad-utf8.txt" > "$TMP/o" 2> "$TMP/err"
expect_eq "invalid UTF-8 exit" 0 $?
check_msg "citegraph: $TMP/bad-utf8.txt: warning: invalid UTF-8 at byte 61 (2 bytes skipped)"
expect_eq "citations around invalid bytes" "S/RES/1325(2000) S/RES/1820(2008)" \
    "$(python3 -c 'import json,sys; print(" ".join(json.loads(l)["target"] for l in open(sys.argv[1])))' "$TMP/o")"

# Encodings: GB18030 detected, UTF-16 with BOM, and --encoding forced.
iconv -f UTF-8 -t GB18030 "$SEED" > "$TMP/seed-gb.zh.txt"
"$CG" extract -f tsv "$TMP/seed-gb.zh.txt" 2> "$TMP/err" | cut -f 10 > "$TMP/gb"
"$CG" extract -f tsv "$SEED" | cut -f 10 > "$TMP/utf8"
expect_file_eq "GB18030 targets" "$TMP/utf8" "$TMP/gb"
check_msg "warning: not UTF-8; read as GB18030"
{ printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$SEED"; } > "$TMP/seed-16.zh.txt"
"$CG" extract -f tsv "$TMP/seed-16.zh.txt" | cut -f 10 > "$TMP/u16"
expect_file_eq "UTF-16 targets" "$TMP/utf8" "$TMP/u16"
"$CG" extract -f tsv --encoding GB18030 "$TMP/seed-gb.zh.txt" | cut -f 10 > "$TMP/gbf"
expect_file_eq "--encoding GB18030 targets" "$TMP/utf8" "$TMP/gbf"

# Two files claiming one symbol and language: said, both kept.
mkdir "$TMP/dup"
cp "$SEED" "$TMP/dup/a.txt"; cp "$SEED" "$TMP/dup/b.txt"
"$CG" docs "$TMP/dup" > /dev/null 2> "$TMP/err"
expect_eq "duplicate symbol exit" 0 $?
check_msg "citegraph: $TMP/dup/b.txt: warning: A/HRC/RES/23/12 (zh) is also $TMP/dup/a.txt"

# A manifest for files that say nothing of themselves.
mkdir "$TMP/m"
printf 'Recalling resolution 1325 (2000),\n' > "$TMP/m/x.txt"
printf 'path\tsymbol\tlanguage\tdate\ttitle\nx.txt\tS/RES/9999(2030)\ten\t2030-01-02\tA test\n' > "$TMP/m/citegraph.tsv"
"$CG" docs -f jsonl "$TMP/m" > "$TMP/o"
expect_eq "manifest symbol, source, date, title" "S/RES/9999(2030) manifest 2030-01-02 A test" \
    "$(python3 -c 'import json,sys; r=json.loads(open(sys.argv[1]).readline()); print(r["symbol"], r["id_source"], r["date"], r["title"])' "$TMP/o")"
finish
