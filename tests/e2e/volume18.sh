#!/usr/bin/env bash
# volume18.sh - issue 18 item 7: a file that holds several documents (a
# printed volume, texts run together) is read as one document per part,
# each with its own symbol, date and citations, nothing dropped as a trailer.
. "$(dirname "$0")/lib.bash"

check_err() {
    if grep -qF -- "$2" "$TMP/err"; then ok "$1"; else
        fail "$1: no '$2' in:"; cat "$TMP/err"; fi
}

# The 902 Security Council resolutions of corpus/unsc-en in one file (cat,
# sorted: 497 files have no final newline, so their last line runs into the
# next file's heading): the same citations as the files read one by one
# (offsets made relative to each file), and the same edges but the reviewed
# ones.
mkdir "$TMP/u"
cat $(ls corpus/unsc-en/*.txt | LC_ALL=C sort) > "$TMP/u/volume.txt"
"$CG" extract --no-cache -q -f tsv corpus/unsc-en > "$TMP/files.tsv"
"$CG" extract --no-cache -f tsv -j 1 "$TMP/u/volume.txt" > "$TMP/volume.tsv" 2> "$TMP/err"
expect_eq "volume: exit" 0 $?
"$CG" extract --no-cache -q -f tsv -j 2 "$TMP/u/volume.txt" > "$TMP/volume2.tsv"
expect_file_eq "volume: the same for --jobs 1 and 2" "$TMP/volume.tsv" "$TMP/volume2.tsv"
"$CG" extract -q -f tsv --cache "$TMP/cache" "$TMP/u/volume.txt" > /dev/null
"$CG" extract -q -f tsv --cache "$TMP/cache" "$TMP/u/volume.txt" > "$TMP/volume3.tsv"
expect_file_eq "volume: the same through the cache" "$TMP/volume.tsv" "$TMP/volume3.tsv"
VOLUME="$TMP/u/volume.txt" python3 - corpus/unsc-en "$TMP/files.tsv" "$TMP/volume.tsv" tests/differential/volume-unsc-reviewed.tsv > "$TMP/cmp" <<'PY'
import bisect, collections, os, sys
d, files_tsv, volume_tsv, reviewed = sys.argv[1:]
names = sorted(f for f in os.listdir(d) if f.endswith('.txt'))
starts, pos = [], 0
for f in names:
    starts.append(pos)
    pos += os.path.getsize(os.path.join(d, f))
def rows(p):
    with open(p) as fh:
        hdr = fh.readline().rstrip('\n').split('\t')
        return [dict(zip(hdr, l.rstrip('\n').split('\t'))) for l in fh]
files, volume = rows(files_tsv), rows(volume_tsv)
def where(r):
    s = int(r['start']); k = bisect.bisect_right(starts, s) - 1
    return names[k], s - starts[k], int(r['line'])
F = collections.Counter((os.path.basename(r['file']), int(r['start']), r['target']) for r in files)
V = collections.Counter(where(r)[:2] + (r['target'],) for r in volume)
print('records', sum(F.values()), sum(V.values()), sum((F - V).values()), sum((V - F).values()))
print('documents', len({r['doc'] for r in files}), len({r['doc'] for r in volume}))
fe = {(r['doc'], r['target']) for r in files}
ve = {(r['doc'], r['target']) for r in volume}
got = {('volume-only',) + e for e in ve - fe} | {('files-only',) + e for e in fe - ve}
want = set()
for l in open(reviewed):
    if l.strip() and not l.startswith('#'):
        want.add(tuple(l.rstrip('\n').split('\t')[:3]))
for e in sorted(got - want): print('unreviewed', *e)
for e in sorted(want - got): print('gone', *e)
# Lines and columns stay the file's: the volume's line and column of each
# record are those its offset has in the volume.
data = open(os.environ['VOLUME'], 'rb').read()
bad = 0
for r in volume:
    s = int(r['start'])
    ls = data.rfind(b'\n', 0, s) + 1
    if int(r['line']) != data.count(b'\n', 0, s) + 1 or \
       int(r['col']) != len(data[ls:s].decode('utf-8', 'replace')) + 1:
        bad += 1
print('lines off', bad)
PY
cat "$TMP/cmp" | grep -v '^unreviewed\|^gone'
# records FILES VOLUME LOST GAINED: the volume holds every citation the files
# one by one hold (5,153 once the BWC was added to the instruments;
# the count follows the catalogue, the equality and the zeros do not).
rec=$(grep '^records' "$TMP/cmp")
expect_eq "volume: every citation of the files, none more" "yes" \
    "$(echo "$rec" | awk '$2 == $3 && $2 > 5000 && $4 == 0 && $5 == 0 {print "yes"}')"
# (One fewer citing document: 86 (1950) runs into 85's last footnote
# marker, see the reviewed file.)
expect_eq "volume: documents citing, files and volume" "documents 806 805" "$(grep '^documents' "$TMP/cmp")"
expect_eq "volume: edge differences all reviewed" "" "$(grep '^unreviewed' "$TMP/cmp" | head -20)"
expect_eq "volume: no reviewed difference gone" "" "$(grep '^gone' "$TMP/cmp")"
expect_eq "volume: lines and columns are the file's" "lines off 0" "$(grep '^lines off' "$TMP/cmp")"
# What is still said as another document's text: the four "Decisions"
# sections that follow a resolution in its own file too.
"$CG" extract --no-cache -v -f tsv corpus/unsc-en 2>&1 > /dev/null | grep -c 'reads as another document' > "$TMP/n.files"
"$CG" extract --no-cache -v -f tsv "$TMP/u/volume.txt" 2>&1 > /dev/null | grep -c 'reads as another document' > "$TMP/n.volume"
expect_eq "volume: only the Decisions sections said as skipped" "4 4" "$(cat "$TMP/n.files" "$TMP/n.volume" | xargs)"

# Read alone, no file of corpus/ is split (a change would show in the
# change detector too): every document keeps its id.
"$CG" docs --no-cache -q -f csv corpus > "$TMP/docs.csv"
expect_eq "corpus/ read file by file: no part ids" 0 "$(grep -c '#[0-9]' "$TMP/docs.csv")"

# A footnote that names a resolution on a line of its own, then a page
# break and the text going on, is no heading (dev-multi's A/RES/76/166 was
# split there).
printf '%s\n' 'United Nations A/RES/76/166' '' 'The General Assembly,' '' \
    'Recalling the 2030 Agenda,4' '' '4' 'Resolution 70/1.' '' '21-19230 (E) 140122' '' \
    'A/RES/76/166 The right to food' '' \
    'Recalling the provisions of the International Covenant on Economic, Social and Cultural Rights,' \
    > "$TMP/fn.txt"
"$CG" extract --no-cache -q -f tsv "$TMP/fn.txt" > "$TMP/fn.tsv"
expect_eq "a footnote 'Resolution 70/1.' opens no document" "A/RES/76/166" \
    "$(tail -n +2 "$TMP/fn.tsv" | cut -f1 | sort -u | xargs)"

# Parts without a symbol are file:PATH#N, each with its own date.
printf '%s\n' \
    'Resolution adopted by the General Assembly on 1 December 2020' '' \
    'The General Assembly,' '' 'Recalling its resolution 60/251 of 15 March 2006,' '' \
    '1. Decides to remain seized of the matter.' '' '52nd plenary meeting' '1 December 2020' '' \
    'Resolution adopted by the General Assembly on 9 December 2021' '' \
    'The General Assembly,' '' 'Recalling its resolution 70/1 of 25 September 2015,' '' \
    '1. Decides to remain seized of the matter.' '' '60th plenary meeting' '9 December 2021' \
    > "$TMP/ga.txt"
"$CG" extract --no-cache -f tsv "$TMP/ga.txt" > "$TMP/ga.tsv" 2> "$TMP/err"
expect_eq "two GA documents: ids and targets" \
    "file:$TMP/ga.txt#1 A/RES/60/251 file:$TMP/ga.txt#2 A/RES/70/1" \
    "$(tail -n +2 "$TMP/ga.tsv" | cut -f1,10 | xargs)"
"$CG" docs --no-cache -q -f csv "$TMP/ga.txt" > "$TMP/ga.csv"
expect_eq "two GA documents: each its own date" "2020-12-01 2021-12-09" \
    "$(grep -o '20[0-9][0-9]-12-0[19]' "$TMP/ga.csv" | sort -u | xargs)"

# Security Council: each part its own symbol; a "Decisions" section is still
# said, not read; a heading over nothing but footnotes opens nothing (its
# citations are the trailer's: 54 (1948), 103 (1953), S/3139).
printf '%s\n' \
    'Resolution 101 (1953)' 'of 24 November 1953' '' 'The Security Council,' '' \
    'Recalling its resolution 93 (1951),' '' '1. Decides to remain seized.' '' \
    'Adopted at the 642nd meeting.' '' \
    'Resolution 102 (1953)' 'of 3 December 1953' '' 'The Security Council,' '' \
    'Recalling its resolutions 101 (1953) and 73 (1949),' '' \
    'Adopted at the 645th meeting.' '' 'Decisions' '' \
    'At its 646th meeting the Council took note of resolution 54 (1948).' '' \
    'Resolution 103 (1953)' 'of 3 December 1953' '' '8 Ibid., document S/3139.' '' \
    > "$TMP/sc.txt"
"$CG" extract --no-cache -f tsv "$TMP/sc.txt" > "$TMP/sc.tsv" 2> "$TMP/err"
expect_eq "two SC documents: ids, targets, lines" \
    "S/RES/101(1953) S/RES/93(1951) 6 S/RES/102(1953) S/RES/101(1953) 17 S/RES/102(1953) S/RES/73(1949) 17" \
    "$(tail -n +2 "$TMP/sc.tsv" | cut -f1,10,6 | awk -F'\t' '{print $1, $3, $2}' | xargs)"
check_err "two SC documents: the Decisions section said" \
    "reads as another document; 3 citation(s) there were skipped"

finish
