#!/usr/bin/env bash
# tests/fuzz/run.sh [SECONDS] [TARGET...] - build the libFuzzer targets with
# clang (ASan + UBSan) and run each for SECONDS (default 30).
#
#   tests/fuzz/run.sh 120                 every target, two minutes each
#   tests/fuzz/run.sh 60 fuzz_extract     one target
#
# First every target replays its regression inputs (tests/fuzz/regressions/
# TARGET-*), then fuzzes from a corpus kept in the build folder and seeded
# from the real fixtures (corpus/seed, a few corpus/unsc-en files,
# tests/fixtures/**). Prints one line per target: seconds, executions,
# coverage (libFuzzer's final cov: and ft:), corpus size. Exits non-zero on
# any crash, leak, timeout or failed check, leaving the reproducer in
# $FUZZ_BUILD/artifacts/ (copy it to tests/fuzz/regressions/TARGET-NAME
# once fixed). Environment: FUZZ_BUILD (default build-fuzz/ in the repository),
# CC (default clang-14), FUZZ_SEED (a fixed libFuzzer seed: CI uses one, so
# that a run explores what was explored before it was submitted).
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SECS=${1:-30}
shift || true
B=${FUZZ_BUILD:-$ROOT/build-fuzz}
CCOMP=${CC:-clang-14}
command -v "$CCOMP" > /dev/null || { echo "run.sh: $CCOMP not found (apt-get install clang-14 libclang-rt-14-dev)"; exit 77; }

ALL="fuzz_extract fuzz_docmeta fuzz_symbol fuzz_normalize fuzz_graph_write fuzz_render_dot fuzz_record fuzz_read_graphml"
TARGETS=${*:-$ALL}

mkdir -p "$B"
CC=$CCOMP cmake -S "$HERE" -B "$B" -DCMAKE_BUILD_TYPE=RelWithDebInfo > "$B/cmake.log" 2>&1 ||
    { cat "$B/cmake.log"; exit 1; }
cmake --build "$B" -j2 -- $TARGETS > "$B/build.log" 2>&1 ||
    { tail -40 "$B/build.log"; exit 1; }

# Seeds: byte 0 of an extractor input picks the language (see each target).
seed() {
    local t=$1 d="$B/corpus/$1"
    [ -d "$d" ] && return
    mkdir -p "$d"
    local texts=("$ROOT"/corpus/seed/*.txt)
    texts+=($(ls "$ROOT"/corpus/unsc-en/*.txt | sed -n '1p;100p;500p;900p'))
    texts+=($(find "$ROOT/tests/fixtures" -name '*.txt' | sort))
    local i=0 lang
    for f in "${texts[@]}"; do
        i=$((i + 1))
        case "$f" in *.ar.*) lang=0 ;; *.zh.*) lang=1 ;; *.fr.*) lang=3 ;;
                     *.ru.*) lang=4 ;; *.es.*) lang=5 ;; *) lang=2 ;; esac
        case $t in
        fuzz_extract | fuzz_docmeta)
            { printf "\\$(printf %03o $lang)"; head -c 16384 "$f"; } > "$d/seed$i" ;;
        fuzz_normalize)
            { printf '\001\000\000\040\000'; head -c 4096 "$f"; } > "$d/seed$i" ;;
        fuzz_symbol)
            grep -ohE '[ASE]/[A-Z0-9./ ]{3,30}' "$f" | head -3 | while read -r s; do
                printf '%s\0%s\0%s\0%s\0%s\0%s\0%s' "$s" 2002 'A/HRC/RES/{a}/{b}' 6 3 2000 III \
                    > "$d/seed$i-$RANDOM"
            done ;;
        fuzz_record)
            head -c 300 "$f" | tr '\0' ' ' > "$d/text$i"
            { printf 'S/RES/1(1946)\0en\0%s\0' "$f"; head -c 200 "$f" | tr '\0' ' ';
              printf '\0resolution\0S/RES/1325(2000)\0\0SC\0001325\0002000\0\0\0002000-10-31\0recall\0preamble:3\0*\0\001\002\003\004\005'; } > "$d/seed$i" ;;
        esac
    done
    case $t in
    fuzz_graph_write)
        printf '\0\002\003\004\005\0A/HRC/RES/23/12\0resolution\0HRC\0002013-06-13\0Human <rights> & "solidarity"\0en,zh\00023\0a.txt\0\001\0A/HRC/RES/23/12\0A/HRC/RES/6/3\0resolution\0HRC\0\0\0reaffirm\0preamble:1\0\003\0A/HRC/RES/23/12\0ICESCR art. 2\0article\0\0\0ICESCR\0recall\0operative:1\0\001\0A/HRC/RES/6/3\0A/HRC/RES/23/12\0resolution\0\0\0\0recall\0end\0' > "$d/basic"
        printf '\0\002\0x\ty\0k\nk\0b\rb\0002013\0t\001\0\0\0\0\001\0x y\0x\ty\0\0\0\0\0\0\0' > "$d/controls" ;;
    fuzz_render_dot)
        printf '\003\0Lineage of <b>"x"</b>\0en\0\002\002\0A/HRC/RES/23/12\0resolution\0HRC\0002013-06-13\0</title><script>alert(1)</script>\0\004\0S/RES/1325(2000)\0resolution\0SC\0002000-10-31\0\\N \\G & "\0\001\001\002\0recall\0\0\0\0\0' > "$d/basic"
        printf '\030\0t\0\0\002\0a\0\0\0\0\0\002\0b\0\0\0\0\0\001\001\002\0welcome\0\0\0\0\0' > "$d/svg" ;;
    fuzz_read_graphml)
        "$ROOT/build/citegraph" graph --no-cache "$ROOT/tests/fixtures/mandate" -o "$d/mandate" \
            > /dev/null 2>&1 || true
        cp "$HERE"/regressions/fuzz_read_graphml-* "$d"/ ;;
    fuzz_symbol)
        printf 'S/RES/1454\0002002\0S/RES/{a}({y})\0001454\0\0002002\0' > "$d/sc"
        printf 'E/CN.4/Sub.2/RES/1999/3\0\0A/RES/{a}({r})\000217\0\0\0III' > "$d/sub" ;;
    esac
}

mkdir -p "$B/artifacts"
# Graphviz's layout plugins leak by design and are built without frame
# pointers: only the target that lays out needs the slow unwinding that lets
# tests/lsan.supp see their frames (it costs 10x in executions).
asan_for() {
    case $1 in fuzz_render_dot) echo "fast_unwind_on_malloc=0:detect_leaks=1" ;;
               *) echo "detect_leaks=1" ;; esac
}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$ROOT/tests/lsan.supp}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
status=0
printf '%-18s %6s %10s %7s %7s %6s  %s\n' target seconds execs cov ft corpus result
passed=0
failed=0
for t in $TARGETS; do
    # Regressions first: each must pass as it is.
    regs=$(ls "$HERE/regressions/$t"-* 2> /dev/null)
    if [ -n "$regs" ]; then
        if ! ASAN_OPTIONS=${ASAN_OPTIONS:-$(asan_for "$t")} "$B/$t" -rss_limit_mb=2048 -timeout=10 $regs > "$B/$t.regress.log" 2>&1; then
            echo "$t: a regression input fails again:"; tail -30 "$B/$t.regress.log"
            status=1
            failed=$((failed + 1))
            continue
        fi
    fi
    seed "$t"
    start=$(date +%s)
    ASAN_OPTIONS=${ASAN_OPTIONS:-$(asan_for "$t")} "$B/$t" ${FUZZ_SEED:+-seed=$FUZZ_SEED} -max_total_time="$SECS" -rss_limit_mb=2048 -timeout=10 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$B/artifacts/$t-" \
        "$B/corpus/$t" > "$B/$t.log" 2>&1
    rc=$?
    took=$(( $(date +%s) - start ))
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$B/$t.log" | tail -1)
    last=$(grep -E '^#[0-9]+' "$B/$t.log" | tail -1)
    cov=$(echo "$last" | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
    ft=$(echo "$last" | sed -n 's/.*ft: \([0-9]*\).*/\1/p')
    corp=$(echo "$last" | sed -n 's/.*corp: \([0-9]*\).*/\1/p')
    if [ $rc -eq 0 ]; then res=ok; else
        res="FAILED (exit $rc): $(ls -t "$B/artifacts/$t-"* 2> /dev/null | head -1)"
        status=1
    fi
    printf '%-18s %6s %10s %7s %7s %6s  %s\n' "$t" "$took" "${execs:-?}" "${cov:-?}" \
        "${ft:-?}" "${corp:-?}" "$res"
    [ $rc -eq 0 ] || grep -E -A25 'ERROR|fuzz check failed|runtime error' "$B/$t.log" | head -60
    if [ $rc -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
echo "fuzz: $passed passed, $failed failed"
exit $status
