#!/usr/bin/env bash
# docs_layouts.sh - `citegraph docs` reads symbol, date, session, body and
# title as each text states them (tests/fixtures/layouts/expect.tsv, written
# by reading the texts), in six languages and in the layouts people have
# (PDF text, web page, one-line page), under the file's own name and under
# a neutral name (doc1.txt ...) so that only the text can tell.
source "$(dirname "$0")/lib.bash"

D=tests/fixtures/layouts
# bash's read would merge the empty fields: python reads the table.
fails=$(python3 - "$CG" "$D" "$TMP" <<'PY'
import json, shutil, subprocess, sys
cg, d, tmp = sys.argv[1:4]
fails = n = 0
for line in open(f"{d}/expect.tsv", encoding="utf-8"):
    line = line.rstrip("\n")
    if not line or line.startswith("#"):
        continue
    f = line.split("\t")
    f += [""] * (6 - len(f))
    n += 1
    neutral = f"{tmp}/doc{n}.txt"
    shutil.copy(f"{d}/{f[0]}", neutral)
    for path in (f"{d}/{f[0]}", neutral):
        out = subprocess.run([cg, "docs", "-q", "-f", "jsonl", path], capture_output=True,
                             text=True).stdout
        j = json.loads(out.splitlines()[0])
        # an empty symbol: the text states none, the id is "file:..."
        sym = "" if j["symbol"].startswith("file:") else j["symbol"]
        got = [sym, j["date"], j["session"], j["body"], j["title"]]
        if got != f[1:6]:
            fails += 1
            print(f"FAIL {f[0]} (read as {path.rsplit('/', 1)[-1]})", file=sys.stderr)
            print(f"  want: {f[1:6]}\n  got:  {got}", file=sys.stderr)
        else:
            print(f"ok   {f[0]} as {path.rsplit('/', 1)[-1]}", file=sys.stderr)
print(fails)
PY
)
expect_eq "layout expectations that fail" 0 "$fails"

# One document, many files: the language versions of 40/7 are one row,
# a date stated in one version serves all, citations are counted once.
mkdir -p "$TMP/versions"
cp "$D/A_HRC_RES_40_7.en.txt" "$D/A_HRC_RES_40_7.fr.txt" "$TMP/versions/"
cp "$D/A_HRC_RES_40_7.en.txt" "$TMP/versions/copy-of-40-7.txt"
"$CG" docs -q -f jsonl "$TMP/versions" > "$TMP/v.jsonl"
expect_eq "versions and copies are one document" 1 "$(wc -l < "$TMP/v.jsonl")"
one=$("$CG" docs -q -f jsonl "$D/A_HRC_RES_40_7.en.txt" | python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())["citations"])')
all=$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())["citations"])' "$TMP/v.jsonl")
expect_eq "citations counted once over two copies and a version" "$one" "$all"

# Versions that disagree are reported, not silently merged.
mkdir -p "$TMP/conflict"
cp "$D/A_HRC_RES_40_7.en.txt" "$TMP/conflict/a.txt"
sed 's/on 21 March 2019/on 22 March 2019/' "$D/A_HRC_RES_40_7.en.txt" > "$TMP/conflict/b.txt"
"$CG" docs -q -f jsonl "$TMP/conflict" > "$TMP/c.jsonl"
expect_eq "two copies that disagree are one document" 1 "$(wc -l < "$TMP/c.jsonl")"
expect_eq "the disagreement is reported" "date" \
    "$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())["conflicts"][0].split(":")[0])' "$TMP/c.jsonl")"
expect_eq "the table marks it" 1 "$("$CG" docs -q "$TMP/conflict" | grep -c '2019-03-21!')"
finish
