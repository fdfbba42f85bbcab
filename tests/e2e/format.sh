#!/usr/bin/env bash
# format.sh - every C file is as clang-format (.clang-format) writes it, so
# that a diff shows what changed, not how someone's editor indents.
. "$(dirname "$0")/lib.bash"
command -v clang-format > /dev/null || { echo "skipped: clang-format is not installed"; exit 77; }
files=$(git ls-files '*.c' '*.h' 2> /dev/null || find common extract graph render report cli tests bench -name '*.[ch]')
bad=$(for f in $files; do clang-format --dry-run "$f" 2>&1 | grep -q warning && echo "$f"; done)
if [ -z "$bad" ]; then ok "every C file is formatted ($(echo "$files" | wc -w) files)"; else
    fail "not as clang-format writes them (run clang-format -i on them):"; echo "$bad"; fi
finish
