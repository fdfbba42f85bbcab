# A series found by titles and by the citation chain (tests/fixtures/
# series-chain/README.md says what each text is and why it belongs), and
# the history as the texts tell it.
. "$(dirname "$0")/lib.bash"
F=tests/fixtures/series-chain
"$CG" lineage "$F" -q --series "right to mountain air" --format csv > "$TMP/h.csv"
expect_eq "exit status" 0 $?
python3 - "$TMP/h.csv" <<'PY' && ok "members, order, how found, dates, focus, cut short" || fail "history rows"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
got = [(r["symbol"], r["found_by"], r["date"], r["in_corpus"], r["focus"], r["text_cut_short"])
       for r in rows]
want = [
    # cited by 10/1 in its first paragraph, dated by that citation
    ("E/CN.4/RES/2004/5", "cited", "2004-04-20", "0", "0", ""),
    ("A/HRC/RES/7/2", "cited", "2008-03-27", "0", "0", ""),
    ("A/HRC/RES/8/4", "cited", "2008-06-18", "0", "0", ""),
    ("A/HRC/RES/10/1", "title", "2009-03-26", "1", "0", "0"),
    ("A/HRC/DEC/11/101", "decision", "2009-06-18", "1", "0", "0"),
    ("A/HRC/RES/13/3", "chain", "2010-03-25", "1", "0", "0"),
    # the text stops in the preamble; the latest member is the focus;
    # its heading says "adopted … on 24 March 2011" (README: 24 March 2011)
    ("A/HRC/RES/16/2", "title", "2011-03-24", "1", "1", "1"),
]
ok = got == want
added = {r["symbol"]: r["added"] for r in rows}
ok &= added["A/HRC/RES/8/4"].startswith("not in the corpus; cited by HRC 10/1 (2009-03-26) as reaffirm")
ok &= added["A/HRC/DEC/11/101"].startswith("a decision on the mandate's calendar")
ok &= added["A/HRC/RES/13/3"].startswith("1 new: A/HRC/16/40")
ok &= added["A/HRC/RES/16/2"].startswith("text looks cut short") and "not repeated" not in added["A/HRC/RES/16/2"]
ok &= rows[5]["vote_yes"] == "30" and rows[5]["vote_no"] == "12" and rows[5]["vote_abstain"] == "5"
ok &= "A/RES/60/251" not in [r["symbol"] for r in rows]       # recalled alone
ok &= "A/HRC/RES/16/9" not in [r["symbol"] for r in rows]     # fishermen
if not ok:
    print(got, added, file=sys.stderr)
sys.exit(0 if ok else 1)
PY
"$CG" lineage "$F" -q --series "right to mountain air" > "$TMP/h.txt"
grep -q "2011-03-24  *A/HRC/RES/16/2" "$TMP/h.txt" && ok "16/2 dated by its adoption statement" || fail "16/2 date"
grep -q '(by HRC 10/1); HRC 10/1 (26 March 2009, without a vote) reaffirmed HRC 8/4' "$TMP/h.txt" &&
    grep -q 'HRC decision 11/101 (18 June 2009, without a vote) decided to postpone (“Postponement' "$TMP/h.txt" &&
    grep -q 'The text of HRC 16/2 is cut short here' "$TMP/h.txt" &&
    ! grep -q 'HRC 16/2 (24 March 2011) [a-z ]*(its text' "$TMP/h.txt" &&
    ok "paragraph: cited members, then 10/1, then the decision, the cut-short text named once" ||
    fail "paragraph"
# What a text says it does, from its own operative words (doc-words.tsv
# act.*): 11/101 "decides to postpone"; 13/3 "Decides to appoint a Special
# Rapporteur ... for a period of three years"; nothing else says either.
python3 - "$TMP/h.csv" <<'PY' && ok "acts as the texts state them" || fail "acts"
import csv, sys
rows = {r["symbol"]: (r["act"], r["act_years"]) for r in csv.DictReader(open(sys.argv[1], encoding="utf-8"))}
want = {"A/HRC/DEC/11/101": ("postpone", ""), "A/HRC/RES/13/3": ("establish", "3")}
got = {k: v for k, v in rows.items() if v != ("", "")}
if got != want:
    print(got, file=sys.stderr)
sys.exit(0 if got == want else 1)
PY
# 13/3 appoints the Special Rapporteur: the first member that says so
# created the mandate, alone or after 10/1 (which appoints nobody).
grep -q 'HRC 13/3 (25 March 2010, adopted 30–12–5) established the mandate for three years, reaffirming HRC 10/1' "$TMP/h.txt" &&
    ok "the member that appoints established the mandate, for the years its text gives" ||
    fail "established: $(tail -1 "$TMP/h.txt")"
[ "$(grep -o 'established' "$TMP/h.txt" | wc -l)" = 1 ] && ok "established once" || fail "established more than once"
# The report agrees, and its map draws one bold node: the focus.
"$CG" report "$F" -q --series "right to mountain air" -o "$TMP/r.html"
expect_eq "report exit status" 0 $?
python3 - "$TMP/r.html" "$TMP/h.csv" <<'PY' && ok "report rows = lineage rows; one bold node" || fail "report disagrees"
import csv, re, sys
html = open(sys.argv[1], encoding="utf-8").read()
table = html[html.index('id="history-table"'):]
table = table[:table.index("</table>")]
rows = re.findall(r'<td data-v="([A-Z][^"]+)">', table)
want = [r["symbol"] for r in csv.DictReader(open(sys.argv[2], encoding="utf-8"))]
svg = html[html.index('aria-label="Series'):]
svg = svg[:svg.index("</svg>")]
bold = re.findall(r'font-weight="bold"[^>]*>((?:HRC|CHR|GA|SC) [^<]+)<', svg)
sys.exit(0 if rows == want and bold == ["HRC 16/2"] else 1)
PY
finish
