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

finish
