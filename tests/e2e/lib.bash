# lib.bash - shared by the end-to-end tests: $CG is the citegraph binary, $ROOT
# the repository; every test works in its own temporary folder.
set -u
CG=${1:?usage: test.sh CITEGRAPH ROOT}
ROOT=${2:?usage: test.sh CITEGRAPH ROOT}
cd "$ROOT" || exit 1
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
FAILS=0
PASSES=0

ok() { PASSES=$((PASSES + 1)); echo "ok: $*"; }
fail() { FAILS=$((FAILS + 1)); echo "FAIL: $*"; }

# expect_eq WHAT EXPECTED GOT
expect_eq() {
    if [ "$2" = "$3" ]; then ok "$1 = $2"; else fail "$1: expected '$2', got '$3'"; fi
}

# expect_file_eq WHAT EXPECTED_FILE GOT_FILE: byte for byte, diff on failure
expect_file_eq() {
    if cmp -s "$2" "$3"; then ok "$1 matches $2"; else
        fail "$1 differs from $2:"; diff -u "$2" "$3" | head -60; fi
}

finish() {
    echo "$PASSES passed, $FAILS failed"
    [ "$FAILS" -eq 0 ]
}
