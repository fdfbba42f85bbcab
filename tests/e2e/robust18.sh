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

# 7. A printed volume saved as one file is read as its documents (more in
# volume18.sh); what is skipped as no document's (a "Decisions" section) is
# said, with its byte offset and the count.
printf 'The Security Council,\n\nRecalling resolution 1325 (2000),\n\n1. Decides to remain seized.\n\nAdopted unanimously at the 631st meeting.\n\nResolution 102 (1953)\n\nThe Security Council,\n\nRecalling resolution 1820 (2008) and resolution 242 (1967),\n\nAdopted at the 640th meeting.\n\nDecisions\n\nAt its 641st meeting the Council recalled resolution 95 (1951).\n' \
    > "$TMP/vol.txt"
"$CG" extract --no-cache -f tsv "$TMP/vol.txt" > "$TMP/out" 2> "$TMP/err"
expect_eq "volume: exit" 0 $?
expect_eq "volume: two documents, each with its citations" \
    "file:$TMP/vol.txt#1 S/RES/1325(2000) S/RES/102(1953) S/RES/1820(2008) S/RES/102(1953) S/RES/242(1967)" \
    "$(tail -n +2 "$TMP/out" | cut -f1,10 | xargs)"
check_err "volume: skipped text said, with offset and count" \
    "$TMP/vol.txt: warning: the text from byte 269 (75 bytes) reads as another document; 1 citation(s) there were skipped"

# 12. Memory: peak RSS at most 4 times the file plus a constant (40 MB: the
# catalogue, the program), for 20 MB of Arabic-Indic digits, of English
# text, of English text on one line, of citations only ("resolution 1325
# (2000), " on one line: 874,000 of them; it took 550 MB) and of one list
# of 1.6 million items. Every citation is kept (counted below). Not under a
# sanitizer (its shadow memory is not ours) or without GNU time.
if [ -x /usr/bin/time ] && ! ldd "$CG" 2> /dev/null | grep -q 'libasan\|libtsan'; then
    python3 - "$TMP" <<'PY'
import random, sys
t = sys.argv[1]
random.seed(1)
d = '\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669'
n = 20 * 1024 * 1024
open(t + '/digits.txt', 'w').write('\n'.join(''.join(random.choice(d) for _ in range(60))
                                             for _ in range(n // 121)))
w = open('corpus/unsc-en/S_RES_0242_1967_EN_GOLD.txt').read() + '\n'
s = w * (n // len(w))
open(t + '/english.txt', 'w').write(s)
open(t + '/oneline.txt', 'w').write(s.replace('\n', ' '))
u = 'resolution 1325 (2000), '
open(t + '/cites.txt', 'w').write(u * (n // len(u)))
open(t + '/list.txt', 'w').write('The Council,\n\nRecalling its resolutions ' +
                                 '1325 (2000), ' * (n // 13) + 'and 1820 (2008),\n')
PY
    for f in digits english oneline cites list; do
        size=$(stat -c %s "$TMP/$f.txt")
        rss=$( { /usr/bin/time -f '%M' "$CG" extract --no-cache -q -f tsv "$TMP/$f.txt" > "$TMP/$f.tsv"; } 2>&1 | tail -1)
        limit=$(( (4 * size) / 1024 + 40 * 1024 ))
        [ "$rss" -le "$limit" ] && ok "memory, 20 MB $f: ${rss} kB <= ${limit} kB" ||
            fail "memory, 20 MB $f: ${rss} kB > ${limit} kB (4 x file + 40 MB)"
    done
    expect_eq "memory, cites: every citation kept" $(( 20 * 1024 * 1024 / 24 )) \
        "$(($(wc -l < "$TMP/cites.tsv") - 1))"
    expect_eq "memory, list: every item kept" $(( 20 * 1024 * 1024 / 13 + 1 )) \
        "$(($(wc -l < "$TMP/list.tsv") - 1))"
    rm -f "$TMP"/*.tsv
else
    ok "memory bound not measured here (sanitizer build or no /usr/bin/time)"
fi

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

# Control characters in names never reach the terminal raw.
mkdir "$TMP/esc"
: > "$TMP/esc/"$'x\e[2J\rforged.txt'
"$CG" extract --no-cache "$TMP/esc" > /dev/null 2> "$TMP/err"
expect_eq "ESC in a file name: no raw ESC in messages" 0 "$(grep -c $'\e' "$TMP/err")"
check_err "ESC in a file name: escaped" 'x\x1B[2J\x0Dforged.txt: empty file'
# A title with an ESC sequence: shown escaped on a terminal (a pty through
# script(1)), kept as it is in a file.
mkdir "$TMP/esct"
# (One escape sequence in a title of words: a line mostly of escapes is no
# title at all, and is not read as one.)
printf 'United Nations A/HRC/RES/99/1\n\nHuman Rights Council\n\n99/1. Human rights \033[31mand duties of States\n\nThe Human Rights Council,\n\nRecalling resolution 1325 (2000),\n' \
    > "$TMP/esct/a.txt"
if command -v script > /dev/null; then
    script -qec "$CG docs --no-cache $TMP/esct" /dev/null > "$TMP/tty" 2>&1
    expect_eq "ESC in a title, on a terminal: no raw ESC" 0 "$(grep -c $'\e' "$TMP/tty")"
    expect_eq "ESC in a title, on a terminal: escaped" 1 "$(grep -c 'Human rights \\x1B\[31mand' "$TMP/tty")"
else
    ok "no script(1): terminal check skipped"
fi
"$CG" docs --no-cache "$TMP/esct" > "$TMP/out"
expect_eq "ESC in a title, to a file: bytes kept" 1 "$(grep -c $'\e' "$TMP/out")"
# A cache entry left half-written by a killed run is removed by a later one.
"$CG" extract -q --cache "$TMP/cc" "$TMP/ok.txt" > /dev/null
leaf=$(ls "$TMP/cc")
: > "$TMP/cc/$leaf/0123.cgc.tmp.AbCdEf"
touch -d '1 hour ago' "$TMP/cc/$leaf/0123.cgc.tmp.AbCdEf"
"$CG" extract -q --cache "$TMP/cc" "$TMP/ok.txt" > /dev/null
[ -e "$TMP/cc/$leaf/0123.cgc.tmp.AbCdEf" ] && fail "stale cache temporary kept" ||
    ok "stale cache temporary removed"
# The temporary output a SIGKILL left is removed by the next run to that target.
"$CG" extract --no-cache -q corpus/unsc-en -o "$TMP/k.tsv" &
pid=$!
sleep 1
kill -9 $pid 2> /dev/null
wait $pid 2> /dev/null
# (and, deterministically, one left by a process that no longer exists)
sh -c 'exit 0' &
dead=$!
wait $dead
: > "$TMP/.k.tsv.tmp.$dead.AbCdEf"
"$CG" extract --no-cache -q "$TMP/ok.txt" -o "$TMP/k.tsv"
expect_eq "after SIGKILL and a re-run: no .k.tsv.tmp.* left" 0 "$(ls -A "$TMP" | grep -c '^\.k\.tsv\.tmp\.')"

finish
