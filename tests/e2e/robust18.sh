#!/usr/bin/env bash
# robust18.sh - issue 18: hangs, memory and the minor failures (FIFOs named
# on the command line, deep folders, control characters, leftovers after
# signals, UTF-16/UTF-32 files).
. "$(dirname "$0")/lib.bash"

check_err() {
    if grep -qF -- "$2" "$TMP/err"; then ok "$1"; else
        fail "$1: no '$2' in:"; cat "$TMP/err"; fi
}

# 11. A FIFO named on the command line never hangs.
mkfifo "$TMP/p.txt"
printf 'Recalling resolution 1325 (2000),\n' > "$TMP/ok.txt"
timeout 20 "$CG" extract --no-cache "$TMP/p.txt" > /dev/null 2> "$TMP/err"
expect_eq "extract FIFO: refused, no hang" 2 $?
check_err "extract FIFO: named" "$TMP/p.txt: a FIFO, not read"
timeout 20 "$CG" extract --no-cache --manifest "$TMP/p.txt" "$TMP/ok.txt" > /dev/null 2> "$TMP/err"
expect_eq "--manifest FIFO: refused, no hang" 2 $?
check_err "--manifest FIFO: named" "$TMP/p.txt: a FIFO, not read"
timeout 20 "$CG" render "$TMP/p.txt" -o "$TMP/p.svg" > /dev/null 2> "$TMP/err"
expect_eq "render FIFO: refused, no hang" 2 $?
check_err "render FIFO: named" "$TMP/p.txt: a FIFO, not read"
timeout 20 "$CG" extract --no-cache /dev/zero > /dev/null 2> "$TMP/err"
expect_eq "extract /dev/zero: refused" 2 $?
check_err "extract /dev/zero: named" "/dev/zero: a character device, not read"

# 7. A printed volume saved as one file: what is skipped as the next
# document is said, with its byte offset and the count.
printf 'The Security Council,\n\nRecalling resolution 1325 (2000),\n\n1. Decides to remain seized.\n\nAdopted unanimously at the 631st meeting.\n\nResolution 102 (1953)\n\nThe Security Council,\n\nRecalling resolution 1820 (2008) and resolution 242 (1967),\n\nAdopted at the 640th meeting.\n' \
    > "$TMP/vol.txt"
"$CG" extract --no-cache -f tsv "$TMP/vol.txt" > /dev/null 2> "$TMP/err"
expect_eq "volume: exit" 0 $?
check_err "volume: skipped text said, with offset and count" \
    "$TMP/vol.txt: warning: the text from byte 131 (137 bytes) reads as another document; 3 citation(s) there were skipped"

# 13. Minor ones.
# Folders 70 deep are read, and never called a symlink loop.
d="$TMP/deep"
for i in $(seq 70); do d="$d/d"; done
mkdir -p "$d"
printf 'Recalling resolution 1325 (2000),\n' > "$d/x.txt"
"$CG" extract --no-cache -f tsv "$TMP/deep" > "$TMP/out" 2> "$TMP/err"
expect_eq "70 folders deep: exit" 0 $?
expect_eq "70 folders deep: read" 1 "$(tail -n +2 "$TMP/out" | wc -l)"
expect_eq "70 folders deep: no 'symlink loop'" 0 "$(grep -c 'symlink loop' "$TMP/err")"
# One edge: authority is a number, not -nan.
mkdir "$TMP/one"
printf 'Recalling resolution 1325 (2000),\n' > "$TMP/one/x.txt"
"$CG" top --no-cache -f csv "$TMP/one" > "$TMP/out" 2> "$TMP/err"
expect_eq "one edge: no nan in top" 0 "$(grep -ci nan "$TMP/out")"
expect_eq "one edge: authority of the cited one" "S/RES/1325(2000),1.000000" \
    "$(grep 1325 "$TMP/out" | tr -d '"' | awk -F, '{print $2 "," $NF}')"
# A byte-order mark alone is named as an empty file; UTF-32 is read.
printf '\xff\xfe' > "$TMP/bom16.txt"
printf '\xff\xfe\x00\x00' > "$TMP/bom32.txt"
"$CG" extract --no-cache "$TMP/bom16.txt" "$TMP/bom32.txt" > /dev/null 2> "$TMP/err"
expect_eq "BOM only: exit" 2 $?
check_err "UTF-16 BOM only: named" "$TMP/bom16.txt: empty file (only a UTF-16 byte-order mark)"
check_err "UTF-32 BOM only: named" "$TMP/bom32.txt: empty file (only a UTF-32 byte-order mark)"
printf 'Recalling resolution 1325 (2000),\n' | iconv -f UTF-8 -t UTF-32 > "$TMP/u32.txt"
"$CG" extract --no-cache -f tsv "$TMP/u32.txt" > "$TMP/out" 2> "$TMP/err"
expect_eq "UTF-32 with BOM: read" "S/RES/1325(2000)" "$(tail -n +2 "$TMP/out" | cut -f10)"

finish
