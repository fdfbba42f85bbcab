#!/usr/bin/env bash
# security18.sh - issue 18, security: a corpus's own manifest cannot inject
# markup, symlinks do not leave the corpus, GraphML cannot expand entities.
. "$(dirname "$0")/lib.bash"

# check_err WHAT PATTERN: stderr ($TMP/err) holds PATTERN (fixed string).
check_err() {
    if grep -qF -- "$2" "$TMP/err"; then ok "$1"; else
        fail "$1: no '$2' in:"; cat "$TMP/err"; fi
}

# 1. Script injection through the manifest's language into --annotate.
mkdir "$TMP/inj"
printf 'Recalling resolution 1325 (2000),\n' > "$TMP/inj/doc.txt"
printf 'doc.txt\tA/RES/70/1\t"><script>alert(1)</script>\n' > "$TMP/inj/citegraph.tsv"
"$CG" extract --no-cache --annotate "$TMP/inj.html" "$TMP/inj" > /dev/null 2> "$TMP/err"
expect_eq "manifest with markup in the language: exit" 2 $?
check_err "manifest: the bad row is named" "citegraph.tsv: line 1 (doc.txt): bad language"
expect_eq "manifest with markup: no <script> written" 0 \
    "$(cat "$TMP/inj.html" 2>/dev/null | grep -ci '<script')"
# Other bad values, each named.
for row in $'doc.txt\tA/RES/70/1\ten\t2099-99-99' $'doc.txt\tA/RES/70/1\ten\t2001-02-29' \
           $'doc.txt\tA/RES/<b>/1\ten' $'doc.txt\tA/RES/70/1\ten\t2015-09-25\tT\e[31mred'; do
    printf '%s\n' "$row" > "$TMP/inj/citegraph.tsv"
    "$CG" docs --no-cache "$TMP/inj" > /dev/null 2> "$TMP/err"
    rc=$?
    shown=$(printf %q "$row")
    expect_eq "manifest row $shown: exit" 2 $rc
    check_err "manifest row $shown: named" "citegraph.tsv: line 1 (doc.txt): bad "
done
printf 'doc.txt\tA/RES/70/1\tzh-Hans\t2016-02-29\tA title with <markup> & "quotes"\n' \
    > "$TMP/inj/citegraph.tsv"
"$CG" docs --no-cache "$TMP/inj" > /dev/null 2> "$TMP/err"
expect_eq "manifest with good values (leap day, zh-Hans, markup in title): exit" 0 $?
"$CG" extract --no-cache --lang '"><x' "$TMP/inj" > /dev/null 2> "$TMP/err"
expect_eq "--lang with markup: usage error" 1 $?
# Even a language that passed (via the API) is escaped in the page: the
# attribute is written through the HTML escaper (and fuzz_extract checks the
# <pre> attributes of the page for any language it is given).
grep -q 'html_str(out, in.lang)' report/annotate.c && ok "annotate escapes lang" ||
    fail "annotate writes lang unescaped"

# 3. Entities in GraphML: billion laughs, an external entity, any entity.
python3 - "$TMP" <<'PY'
import sys
t = sys.argv[1]
head = '<?xml version="1.0"?>\n<!DOCTYPE graphml [\n%s\n]>\n'
body = ('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
        '<key id="d0" for="node" attr.name="title" attr.type="string"/>'
        '<graph edgedefault="directed"><node id="A/RES/1(I)"><data key="d0">%s</data>'
        '</node></graph></graphml>\n')
ents = ['<!ENTITY lol0 "lollollollollollollollollollol">']
ents += ['<!ENTITY lol%d "%s">' % (i, ('&lol%d;' % (i - 1)) * 10) for i in range(1, 10)]
open(t + '/laughs.graphml', 'w').write(head % '\n'.join(ents) + body % '&lol9;')
open(t + '/xxe.graphml', 'w').write(head % '<!ENTITY x SYSTEM "file:///etc/passwd">' + body % '&x;')
open(t + '/one.graphml', 'w').write(head % '<!ENTITY a "b">' + body % '&a;')
PY
# The memory bound (ulimit -v) is set only for a build without a sanitizer,
# whose shadow memory reservation a ulimit makes fail.
if ldd "$CG" 2> /dev/null | grep -q 'libasan\|libtsan'; then SAN=1; else SAN=0; fi
bounded() { if [ $SAN = 0 ]; then ulimit -v 1500000; fi; timeout 60 "$@"; }
for f in laughs xxe one; do
    ( bounded "$CG" render "$TMP/$f.graphml" -o "$TMP/$f.svg" ) > /dev/null 2> "$TMP/err"
    expect_eq "GraphML with entities ($f): refused, not expanded" 2 $?
    check_err "GraphML with entities ($f): named" "$TMP/$f.graphml: GraphML: "
    [ -e "$TMP/$f.svg" ] && fail "$f: a map was written" || ok "$f: no map written"
done
# The same files as seeds for the GraphML reader are kept in tests/fuzz/regressions.
if [ $SAN = 0 ]; then   # 1 GiB read under ASan's quarantine is too much here
    ( bounded "$CG" render - -o "$TMP/zero.svg" < /dev/zero ) 2> "$TMP/err"
    expect_eq "render of an endless stream: bounded, refused" 2 $?
    check_err "render of an endless stream: said" "GraphML: input larger than 1 GiB"
fi

# 2. Symbolic links leaving the corpus are not followed (said once, with a
# count); --follow-links follows them; links to a FIFO or a device are named.
mkdir -p "$TMP/outside" "$TMP/corp/sub"
printf 'PRIVATE Recalling resolution 1325 (2000),\n' > "$TMP/outside/secret.txt"
printf 'Recalling resolution 1820 (2008),\n' > "$TMP/corp/a.txt"
ln -s "$TMP/outside/secret.txt" "$TMP/corp/secret.txt"
ln -s ../.. "$TMP/corp/sub/up"
ln -s ../a.txt "$TMP/corp/sub/inside.txt"     # stays inside: followed
mkfifo "$TMP/outside/fifo.txt"
ln -s "$TMP/outside/fifo.txt" "$TMP/corp/fifo.txt"
ln -s /dev/zero "$TMP/corp/zero.txt"
timeout 60 "$CG" extract --no-cache -f tsv "$TMP/corp" > "$TMP/out" 2> "$TMP/err"
expect_eq "links leaving the corpus: exit (some paths not walked)" 2 $?
expect_eq "links leaving the corpus: private file not read" 0 "$(grep -c 'secret.txt' "$TMP/out")"
expect_eq "links leaving the corpus: ../.. not walked" 0 "$(grep -c 'sub/up' "$TMP/out")"
expect_eq "links leaving the corpus: said once" 1 "$(grep -c 'symbolic link leaving' "$TMP/err")"
check_err "links leaving the corpus: counted" "4 such link(s) not followed (--follow-links follows them)"
expect_eq "link inside the corpus: followed" 1 "$(cut -f3 "$TMP/out" | grep -c 'sub/inside.txt')"
rm "$TMP/corp/fifo.txt" "$TMP/corp/zero.txt"
mkfifo "$TMP/corp/pipe.txt"
ln -s pipe.txt "$TMP/corp/tofifo.txt"
timeout 60 "$CG" extract --no-cache -f tsv "$TMP/corp" > "$TMP/out" 2> "$TMP/err"
expect_eq "FIFO in the corpus: no hang, exit" 2 $?
check_err "FIFO in the corpus: named" "$TMP/corp/pipe.txt: a FIFO, not read; skipped"
check_err "link to a FIFO: named" "$TMP/corp/tofifo.txt: a FIFO, not read; skipped"
rm "$TMP/corp/pipe.txt" "$TMP/corp/tofifo.txt" "$TMP/corp/sub/up"
timeout 60 "$CG" extract --no-cache --follow-links -f tsv "$TMP/corp" > "$TMP/out" 2> "$TMP/err"
expect_eq "--follow-links: exit" 0 $?
expect_eq "--follow-links: the linked file is read" 1 "$(grep -c 'secret.txt' "$TMP/out")"

finish
