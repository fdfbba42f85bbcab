#!/bin/bash
# e2e: `citegraph report` writes one self-contained HTML file.
# usage: report.sh /path/to/citegraph /repo/root
#
# Checks the report of corpus/seed and of a four-resolution unsc-en subset:
# exit statuses, exact facts (rows per table, focus, what each resolution
# added), byte-identical output across runs, escaping, well-formed HTML that
# fetches nothing (tests/e2e/report/check_html.py, xmllint), then opens both
# in headless Chromium: the DOM after scripts ran, and a screenshot.
# Without /usr/bin/chromium the browser part cannot run: exit 77 (skipped)
# after every other check has passed.
set -u
bin=$1
root=$2
cd "$root" || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
checks=0
fail() { echo "FAIL: $*"; exit 1; }
ok() { checks=$((checks + 1)); }
has() { grep -qF -- "$2" "$1" || fail "$1 lacks: $2"; ok; }
lacks() { ! grep -qF -- "$2" "$1" || fail "$1 has: $2"; ok; }
# Text of the page without tags, one line per source line.
text() { sed 's/<[^>]*>//g' "$1"; }
facts() { python3 tests/e2e/report/check_html.py "$1" > "$2" || fail "check_html $1: $(cat "$2")"; ok; }
fact() { grep -qx -- "$2" "$1" || fail "expected $2 in $(tr '\n' ' ' < "$1")"; ok; }

U=corpus/unsc-en
SUB="$U/S_RES_0713_1991_EN_GOLD.txt $U/S_RES_0721_1991_EN_GOLD.txt $U/S_RES_0724_1991_EN_GOLD.txt $U/S_RES_0727_1992_EN_GOLD.txt"

# ---- help and usage errors ------------------------------------------------
"$bin" report --help > "$tmp/help" || fail "--help exit $?"
for w in --focus --series --depth --top -o; do has "$tmp/help" "$w"; done
"$bin" report corpus/seed 2> "$tmp/err"; [ $? -eq 1 ] || fail "no -o: want exit 1"; ok
"$bin" report corpus/seed -o "$tmp/x.html" --focus A/HRC/RES/99/99 2> "$tmp/err"
[ $? -eq 1 ] || fail "unknown --focus: want exit 1"; ok
[ ! -e "$tmp/x.html" ] || fail "unknown --focus left a file"; ok
"$bin" report corpus/seed -o "$tmp/x.html" --series 'no such title' 2> "$tmp/err"
[ $? -eq 1 ] || fail "--series matching nothing: want exit 1"; ok
has "$tmp/err" "no document title contains 'no such title'"
"$bin" report corpus/seed -o "$tmp/x.html" --focus A --series B 2> "$tmp/err"
[ $? -eq 1 ] || fail "--focus with --series: want exit 1"; ok

# ---- the seed -------------------------------------------------------------
S=$tmp/seed.html
"$bin" report corpus/seed -o "$S" || fail "seed report exit $?"
"$bin" report -j1 corpus/seed -o "$tmp/seed2.html" || fail "seed report -j1 exit $?"
cmp -s "$S" "$tmp/seed2.html" || fail "two runs differ"; ok
head -c 15 "$S" | grep -qx '<!DOCTYPE html>' || fail "no doctype first"; ok
for id in glance top map history docs; do has "$S" "<section id=\"$id\""; done
has "$S" 'focus: <span class="sym">A/HRC/RES/23/12</span>'
has "$S" '<b>19</b><span>citations found</span>'
has "$S" '<b>17</b><span>distinct targets cited</span>'
has "$S" 'Every file was read (1 file).'
has "$S" '<svg width="'            # the lineage map, inlined
has "$S" 'aria-label="Lineage of A/HRC/RES/23/12"'
lacks "$S" '<?xml'
lacks "$S" '<!DOCTYPE svg'
# The map's node of the corpus document leads to its section; others to undocs.
has "$S" 'xlink:href="#doc-A_HRC_RES_23_12"'
has "$S" 'xlink:href="https://undocs.org/A/HRC/RES/6/3"'
! grep -o 'xlink:href="#doc-[^>]*>' "$S" | grep -q _blank || fail "in-page link opens a new window"
ok
has "$S" '<article class="doc" id="doc-A_HRC_RES_23_12">'
# Timeline: the nine resolutions it reaffirms, then itself, with its vote.
has "$S" '<td data-v="A/HRC/RES/6/3">'
has "$S" '<td data-v="E/CN.4/RES/2005/55">'
has "$S" 'aria-label="32 in favour, 15 against, 0 abstentions"'
text "$S" > "$tmp/seed.txt"
# The history row of the focus: the nine resolutions it reaffirms (the
# seed's README) are the members it cites; 17 distinct targets in all.
has "$tmp/seed.txt" '2013-06-13A/HRC/RES/23/12 § focus人权与国际团结23 32–15–0CHR 2005/55, HRC 6/3, HRC 7/5, HRC 9/2, HRC 12/9, HRC 15/13, HRC 17/6, HRC 18/5, HRC 21/10first member in the corpus; cites 17 targets'
# Per document: grouped by paragraph, verb, link, context with the span marked.
has "$S" '<th scope="rowgroup" rowspan="9">preamble ¶1</th><td class="verb">reaffirm</td>'
has "$S" '<th scope="rowgroup" rowspan="1">operative ¶11</th><td class="verb">welcome</td><td><span class="tgt"><a class="sym" href="https://undocs.org/A/HRC/23/45">A/HRC/23/45</a>'
has "$S" '<mark>2005年 4月 20日第 2005/55号决议</mark>'
has "$S" '<td class="ctx" dir="auto" lang="zh">'
# Instruments are not links.
has "$S" '<span class="sym">ICESCR art. 2</span>'
lacks "$S" 'undocs.org/ICESCR'
facts "$S" "$tmp/seed.facts"
fact "$tmp/seed.facts" 'sections=5'
fact "$tmp/seed.facts" 'articles=1'
fact "$tmp/seed.facts" 'rows.cites=19'
fact "$tmp/seed.facts" 'rows.history-table=10'
fact "$tmp/seed.facts" 'rows.top-table=17'

# --series by a Chinese title.
"$bin" report corpus/seed --series '人权与国际团结' -o "$tmp/series.html" || fail "series exit $?"
# The member in the corpus and the nine resolutions it reaffirms.
has "$tmp/series.html" 'aria-label="Series: 人权与国际团结 (10 members)"'
facts "$tmp/series.html" "$tmp/series.facts"
fact "$tmp/series.facts" 'rows.history-table=10'
# --series given twice (one phrase per language) keeps both, and the report
# lists the members lineage lists, in the same order, with one focus (the
# latest member, 30/99 of 2015) drawn bold.
two="corpus/seed tests/fixtures/en/A_HRC_RES_30_99.en.txt"
# shellcheck disable=SC2086
"$bin" report $two -q --series '人权与国际团结' --series 'human rights and international solidarity' \
    -o "$tmp/two.html" || fail "two phrases exit $?"
# shellcheck disable=SC2086
"$bin" lineage $two -q --series '人权与国际团结' --series 'human rights and international solidarity' \
    --format csv > "$tmp/two.csv" || fail "lineage two phrases exit $?"
python3 - "$tmp/two.html" "$tmp/two.csv" <<'PY' || fail "report and lineage disagree on the members"
import csv, re, sys
html = open(sys.argv[1], encoding="utf-8").read()
table = html[html.index('id="history-table"'):]
table = table[:table.index("</table>")]
report = re.findall(r'<td data-v="([A-Z][^"]+)">', table)
lineage = [r["symbol"] for r in csv.DictReader(open(sys.argv[2], encoding="utf-8"))]
focus = [r["symbol"] for r in csv.DictReader(open(sys.argv[2], encoding="utf-8")) if r["focus"] == "1"]
svg = html[html.index('aria-label="Series'):]
svg = svg[:svg.index("</svg>")]
bold = re.findall(r'font-weight="bold"[^>]*>((?:HRC|CHR|GA|SC) [^<]+)<', svg)  # nodes, not the legend
ok = report == lineage and len(report) == 11 and focus == ["A/HRC/RES/30/99"] and bold == ["HRC 30/99"]
if not ok:
    print(report, lineage, focus, bold)
sys.exit(0 if ok else 1)
PY
ok

# ---- escaping, and files that cannot be read ------------------------------
mkdir "$tmp/bad"
: > "$tmp/bad/empty.txt"
printf 'a\0b' > "$tmp/bad/binary.txt"
cp corpus/seed/A_HRC_RES_23_12.zh.txt "$tmp/bad/"
"$bin" report "$tmp/bad" --title $'<b>"Tom\' & Jerry</b>' -o "$tmp/bad.html" 2> "$tmp/err"
[ $? -eq 2 ] || fail "unreadable files: want exit 2"; ok
has "$tmp/bad.html" '<title>&lt;b&gt;&quot;Tom&#39; &amp; Jerry&lt;/b&gt;</title>'
lacks "$tmp/bad.html" '<b>"Tom'
has "$tmp/bad.html" "<code>$tmp/bad/empty.txt</code></td><td>empty file</td>"
has "$tmp/bad.html" "<code>$tmp/bad/binary.txt</code></td><td>binary data, not text (NUL bytes)</td>"
has "$tmp/bad.html" '<b>2</b><span><a href="#unread">files not read</a>'
facts "$tmp/bad.html" "$tmp/bad.facts"

# ---- a unsc-en subset -----------------------------------------------------
E=$tmp/unsc.html
# shellcheck disable=SC2086
"$bin" report $SUB -o "$E" || fail "unsc subset exit $?"
has "$E" 'focus: <span class="sym">S/RES/724(1991)</span>'   # most citations
facts "$E" "$tmp/unsc.facts"
fact "$tmp/unsc.facts" 'articles=4'
fact "$tmp/unsc.facts" 'rows.cites=24'
fact "$tmp/unsc.facts" 'rows.history-table=4'
text "$E" > "$tmp/unsc.txt"
# 721 reaffirms 713 and drops what 713 cited (the Charter and its chapters VI
# and VIII); 727 cites 713,
# 721 and 724 and nothing new.
has "$tmp/unsc.txt" '1991-11-27S/RES/721(1991) §––adopted without a voteSC 713 (1991)no new citation; 3 citations of SC 713 (1991) not repeated'
has "$tmp/unsc.txt" '1992-01-08S/RES/727(1992) §––adopted without a voteSC 713 (1991), SC 721 (1991), SC 724 (1991)no new citation'
has "$E" 'xlink:href="#doc-S_RES_721-281991-29"'

# ---- HTML as libxml2 sees it: only HTML5/SVG tag names are unknown to it --
if command -v xmllint > /dev/null; then
    for f in "$S" "$E" "$tmp/bad.html"; do
        xmllint --html --noout "$f" 2>&1 | grep -a 'error :' | grep -av 'Tag [a-z]* invalid' \
            > "$tmp/xmllint" || true
        [ ! -s "$tmp/xmllint" ] || fail "xmllint $f: $(head -3 "$tmp/xmllint")"
        ok
    done
fi

# ---- in a real browser ----------------------------------------------------
chrome=/usr/bin/chromium
if [ ! -x "$chrome" ]; then
    echo "report: $checks checks passed; $chrome is missing (Debian package chromium):"
    echo "the browser checks were skipped"
    exit 77
fi
browse() {   # browse FILE ARGS...: runs headless Chromium on FILE
    local f=$1
    shift
    local prof
    prof=$(mktemp -d "$tmp/prof.XXXX")
    timeout 120 "$chrome" --headless --no-sandbox --disable-gpu --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$prof" "$@" "file://$f" 2> "$tmp/chrome.err"
}
for f in "$S" "$E"; do
    browse "$f" --dump-dom > "$tmp/dom.html" || fail "chromium --dump-dom $f: $(tail -3 "$tmp/chrome.err")"
    for id in glance top map history docs; do has "$tmp/dom.html" "<section id=\"$id\""; done
    has "$tmp/dom.html" '<svg'
    # The script ran: every sortable header became a button.
    has "$tmp/dom.html" '<th scope="col" class="n"><button type="button">rank</button></th>'
    browse "$f" --hide-scrollbars --window-size=1280,2000 --screenshot="$tmp/shot.png" \
        > /dev/null || fail "chromium --screenshot $f"
    [ "$(head -c 8 "$tmp/shot.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] ||
        fail "screenshot of $f is not a PNG"
    ok
    [ "$(stat -c %s "$tmp/shot.png")" -gt 20000 ] || fail "screenshot of $f is nearly empty"
    ok
done
browse "$S" --dump-dom > "$tmp/dom.html"
has "$tmp/dom.html" 'A/HRC/RES/6/3'
has "$tmp/dom.html" 'E/CN.4/RES/2005/55'
has "$tmp/dom.html" '人权与国际团结'
# Copies of one text under other names (the corpus x20 at scale) are one
# version: shown once, counted, not repeated 20 times.
mkdir -p "$tmp/copies"
for k in 1 2 3; do cp tests/fixtures/mandate/A_HRC_RES_31_1.en.txt "$tmp/copies/copy$k.txt"; done
"$bin" report "$tmp/copies" -q --no-cache -o "$tmp/copies.html" || fail "report of copies"
[ "$(grep -c '<article class="doc"' "$tmp/copies.html")" = 1 ] ||
    fail "copies shown $(grep -c '<article class="doc"' "$tmp/copies.html") times"
ok
has "$tmp/copies.html" '2 more files of these documents are copies of a version shown above'
# ... and they are one document: counted once in the header, the card and
# the charts by year and body (three texts).
has "$tmp/copies.html" '<p>1 document (3 texts: language versions, copies) read from'
has "$tmp/copies.html" '<b>1</b><span>documents read (3 texts)'
echo "report: $checks checks passed"
echo "$checks passed, 0 failed"
