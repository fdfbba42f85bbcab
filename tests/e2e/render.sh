# Maps: `lineage -o` in every format (the README's main command), link
# languages, hostile titles, and `render` of a GraphML file.
. "$(dirname "$0")/lib.bash"
SEED=corpus/seed
F=A/HRC/RES/23/12

# The lineage map of the seed in the four formats, twice each: same bytes.
# --others draw: every kind as a node (the default names the reports and
# treaties in a line under the legend instead; checked below).
for ext in svg png pdf dot; do
    for run in 1 2; do
        "$CG" lineage "$SEED" --from "$F" --others draw -o "$TMP/lineage$run.$ext" > /dev/null
        expect_eq "lineage -o .$ext (run $run) exit status" 0 $?
    done
    cmp -s "$TMP/lineage1.$ext" "$TMP/lineage2.$ext" &&
        ok ".$ext byte-identical across two runs" || fail ".$ext differs between two runs"
done
xmllint --noout "$TMP/lineage1.svg" && ok "SVG well-formed" || fail "SVG not well-formed"
# The seed and the 11 documents it cites by symbol, all linked (no language
# segment); instruments (UN-CHARTER, ICESCR, ...) have no undocs page.
expect_eq "SVG undocs links" 12 \
    "$(grep -o 'xlink:href="https://undocs.org/[A-Z][^"]*"' "$TMP/lineage1.svg" | sort -u | wc -l)"
expect_eq "SVG links the focus" 1 \
    "$(grep -c "xlink:href=\"https://undocs.org/$F\"" "$TMP/lineage1.svg")"
expect_eq "PNG signature" "89504e470d0a1a0a" "$(head -c 8 "$TMP/lineage1.png" | od -An -tx1 | tr -d ' \n')"
expect_eq "PDF signature" "%PDF" "$(head -c 4 "$TMP/lineage1.pdf")"
grep -q '^strict digraph' "$TMP/lineage1.dot" && ok "DOT header" || fail "DOT header"
# -T wins over the extension.
"$CG" lineage "$SEED" --from "$F" -T svg -o "$TMP/forced.dot" > /dev/null
expect_eq "-T svg into .dot: SVG" "<svg" "$(grep -o '^<svg' "$TMP/forced.dot")"
# By default the map draws the resolutions (the seed and the nine it
# reaffirms) and names the two reports under the legend.
"$CG" lineage "$SEED" --from "$F" -o "$TMP/default.svg" > /dev/null
expect_eq "default map: undocs links (10 resolutions)" 10 \
    "$(grep -o 'xlink:href="https://undocs.org/[A-Z][^"]*"' "$TMP/default.svg" | sort -u | wc -l)"
expect_eq "default map: the reports named in the caption" 2 \
    "$(grep -o '>[^<]*<' "$TMP/default.svg" | grep -o 'A/HRC/23/45\|A/HRC/23/2\b' | sort -u | wc -l)"

"$CG" lineage "$SEED" --from "$F" --others draw --link-lang zh -o "$TMP/zh.svg" > /dev/null
expect_eq "--link-lang zh exit status" 0 $?
expect_eq "--link-lang zh: every link in Chinese" 12 \
    "$(grep -o 'xlink:href="https://undocs.org/zh/[^"]*"' "$TMP/zh.svg" | sort -u | wc -l)"
expect_eq "--link-lang zh: no link without the language" 0 \
    "$(grep -c 'xlink:href="https://undocs.org/[A-Z]' "$TMP/zh.svg")"

# A title with a quote, a backslash, markup, ampersands, Arabic and Hebrew
# and a right-to-left override, given by a manifest (which cannot carry a
# tab or a newline: those are tested through GraphML below).
mkdir "$TMP/evil"
cat > "$TMP/evil/x.txt" <<'TXT'
The Human Rights Council,

Recalling General Assembly resolution 64/292 of 28 July 2010,

1. Decides to remain seized of the matter.
TXT
printf 'path\tsymbol\tlanguage\tdate\ttitle\nx.txt\tA/HRC/RES/99/1\ten\t2030-01-02\t%s\n' \
    'Quote " back\slash <script>alert(1)</script> & AT&T المياه מים '$'\u202e''RLO' \
    > "$TMP/evil/citegraph.tsv"
for ext in svg dot; do
    "$CG" lineage "$TMP/evil" --from A/HRC/RES/99/1 -o "$TMP/evil.$ext" > /dev/null
    expect_eq "hostile title .$ext exit status" 0 $?
done
xmllint --noout "$TMP/evil.svg" && ok "hostile title: SVG well-formed" || fail "hostile title: SVG not well-formed"
expect_eq "hostile title: no raw <script" 0 "$(grep -ci '<script' "$TMP/evil.svg")"
expect_eq "hostile title: no RLO override in SVG" 0 "$(grep -c $'\u202e' "$TMP/evil.svg")"
python3 - "$TMP/evil.svg" <<'PY' && ok "hostile title: tooltip reads back as text" || fail "hostile title: tooltip lost"
import sys
import xml.etree.ElementTree as ET
X = "{http://www.w3.org/1999/xlink}"
titles = [a.get(X + "title") for a in ET.parse(sys.argv[1]).iter("{http://www.w3.org/2000/svg}a")
          if a.get(X + "href") == "https://undocs.org/A/HRC/RES/99/1"]
want = 'Quote " back\\slash <script>alert(1)</script> & AT&T المياه מים'
# The tooltip: the id, then the title.
sys.exit(0 if titles and all(t.split("\n", 1)[-1].startswith(want) for t in titles) else 1)
PY
dot -Tsvg "$TMP/evil.dot" -o "$TMP/evil-dot.svg" 2> /dev/null &&
    ok "hostile title: DOT parses in Graphviz" || fail "hostile title: DOT does not parse"

# render: a GraphML file drawn without the corpus. The seed graph, drawn by
# render with the lineage's title, is the lineage map (the whole seed graph
# is the lineage of its one document).
"$CG" graph "$SEED" -q -o "$TMP/seed.graphml"
"$CG" render "$TMP/seed.graphml" --focus "$F" --title "Lineage of $F" -o "$TMP/render.dot"
expect_eq "render exit status" 0 $?
"$CG" lineage "$SEED" --from "$F" --all-edges --others draw -o "$TMP/lin-all.dot" > /dev/null
expect_file_eq "render of the GraphML = lineage --all-edges (DOT)" "$TMP/lin-all.dot" "$TMP/render.dot"
"$CG" render - -T svg --link-lang fr -o "$TMP/render.svg" < "$TMP/seed.graphml"
expect_eq "render from stdin exit status" 0 $?
xmllint --noout "$TMP/render.svg" && ok "render: SVG well-formed" || fail "render: SVG not well-formed"
expect_eq "render --link-lang fr links" 12 \
    "$(grep -o 'xlink:href="https://undocs.org/fr/[^"]*"' "$TMP/render.svg" | sort -u | wc -l)"

# A title with a newline, a CR, a tab and "]]>" reaches the map from GraphML.
cat > "$TMP/nl.graphml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="t" for="node" attr.name="title" attr.type="string"/>
  <key id="c" for="node" attr.name="in_corpus" attr.type="boolean"/>
  <key id="d" for="node" attr.name="date" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="A/RES/1/1"><data key="t">line one
line two&#13; "q" \ <![CDATA[<script>x</script> ]]]]><![CDATA[>]]>&amp;	tab</data><data key="c">true</data><data key="d">2001-01-01</data></node>
    <node id="A/RES/0/1"><data key="d">2000-01-01</data></node>
    <edge source="A/RES/1/1" target="A/RES/0/1"/>
  </graph>
</graphml>
XML
"$CG" render "$TMP/nl.graphml" -o "$TMP/nl.svg"
expect_eq "render of a newline title: exit status" 0 $?
xmllint --noout "$TMP/nl.svg" && ok "newline title: SVG well-formed" || fail "newline title: SVG not well-formed"
expect_eq "newline title: no raw <script" 0 "$(grep -ci '<script' "$TMP/nl.svg")"
python3 - "$TMP/nl.svg" <<'PY' && ok "newline title: tooltip on one line, markup as text" || fail "newline title: tooltip wrong"
import sys
import xml.etree.ElementTree as ET
X = "{http://www.w3.org/1999/xlink}"
t = [a.get(X + "title") for a in ET.parse(sys.argv[1]).iter("{http://www.w3.org/2000/svg}a")
     if a.get(X + "href") == "https://undocs.org/A/RES/1/1"]
first = t[0].split("\n")[1] if t and "\n" in t[0] else ""  # line 0 is the id
sys.exit(0 if first.startswith("line one line two") and "<script>x</script> ]]>&" in first else 1)
PY
expect_eq "newline title: one citation edge drawn" 1 \
    "$(grep -c '<title>A/RES/1/1&#45;&gt;A/RES/0/1</title>' "$TMP/nl.svg")"

# Errors: what is wrong is said, nothing is written.
printf '<graphml><graph edgedefault="directed"><node id="a"/><edge source="a" target="b"/></graph></graphml>' > "$TMP/bad.graphml"
printf '<graphml><graph' > "$TMP/cut.graphml"
for f in bad cut; do
    "$CG" render "$TMP/$f.graphml" -o "$TMP/$f.svg" 2> "$TMP/$f.err"
    expect_eq "render $f.graphml: exit status" 2 $?
    [ ! -e "$TMP/$f.svg" ] && ok "render $f.graphml: no output" || fail "render $f.graphml: output written"
done
grep -q 'undeclared node' "$TMP/bad.err" && ok "undeclared node reported" || fail "undeclared node not reported"
grep -q 'not well-formed' "$TMP/cut.err" && ok "malformed XML reported" || fail "malformed XML not reported"
"$CG" render "$TMP/seed.graphml" --focus NO/SUCH -o "$TMP/x.svg" 2> /dev/null
expect_eq "render --focus unknown: exit status" 1 $?
"$CG" render "$TMP/seed.graphml" 2> /dev/null
expect_eq "render without -o: exit status" 1 $?
"$CG" render "$TMP/seed.graphml" -o "$TMP/x.svg" -T gif 2> /dev/null
expect_eq "render -T gif: exit status" 1 $?

# A large graph is laid out with sfdp: one note on stderr telling how to
# draw less, none with -q. DOT output keeps the test quick.
"$CG" graph corpus/unsc-en -q -o "$TMP/unsc.graphml"
"$CG" render "$TMP/unsc.graphml" -o "$TMP/unsc.dot" 2> "$TMP/unsc.err"
expect_eq "render unsc exit status" 0 $?
expect_eq "large graph: one note" 1 "$(grep -c 'laid out with sfdp.*citegraph lineage PATH --from ID --depth N' "$TMP/unsc.err")"
grep -q 'layout=sfdp' "$TMP/unsc.dot" && ok "large graph: DOT asks for sfdp" || fail "large graph: no sfdp"
"$CG" render "$TMP/unsc.graphml" -q -o "$TMP/unsc.dot" 2> "$TMP/unsc-q.err"
expect_eq "large graph -q: no note" 0 "$(grep -c "laid out with sfdp" "$TMP/unsc-q.err")"

finish
