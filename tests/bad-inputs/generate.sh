#!/usr/bin/env bash
# tests/bad-inputs/generate.sh DIR [BIG_MB] - writes adversarial inputs into
# DIR (nothing big is committed: tests make them at run time).
#
#   digits-slashes.txt   1 MB of digits and slashes ("1/2/3//45/...")
#   citation-line.txt    BIG_MB (default 100) MB on ONE line:
#                        "resolution 1325 (2000), " repeated
#   brackets.txt         10^5 nested brackets "((((...))))" with a symbol inside
#   separators.txt       runs of every UN symbol separator (/ . - ( )) around
#                        symbol-like stems ("S/RES/////....----((((")
#   zh-markers.txt       only 第 and 号决议, repeated (a Chinese citation
#                        frame with nothing inside)
#   tab<TAB>name.txt,    two files that say nothing of themselves, whose
#   tab name.txt         names differ only by a tab and a space (their
#                        "file:" ids must stay distinct in every output)
set -euo pipefail
D=${1:?usage: generate.sh DIR [BIG_MB]}
MB=${2:-100}
mkdir -p "$D"
python3 - "$D" "$MB" <<'PY'
import os, sys
d, mb = sys.argv[1], int(sys.argv[2])
def w(name, data):
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)
# 1 MB of digits and slashes, varied so that no two runs of it look alike.
pat = b"1/2/3//45/678/9/10/1325/2000//"
w("digits-slashes.txt", (pat * (2**20 // len(pat) + 1))[:2**20])
# One line of citation-looking text, written in chunks (no 100 MB string).
unit = b"resolution 1325 (2000), "
with open(os.path.join(d, "citation-line.txt"), "wb") as f:
    chunk = unit * (2**20 // len(unit))
    total = mb * 2**20
    while total > 0:
        f.write(chunk[:total])
        total -= len(chunk)
w("brackets.txt", b"Recalling " + b"(" * 100000 + b"S/RES/1325 (2000)" + b")" * 100000 + b"\n")
seps = b""
for s in (b"/", b".", b"-", b"(", b")"):
    seps += b"S/RES" + s * 20000 + b"1325" + s * 20000 + b"A/HRC/RES/" + s * 20000 + b"\n"
seps += b"E/CN.4/" + b"./-()" * 20000 + b"\n"
w("separators.txt", seps)
w("zh-markers.txt", ("第" * 50000 + "号决议" * 50000 + "第号决议" * 50000 + "\n").encode())
w("tab\tname.txt", b"Recalling resolution 1325 (2000),\n")
w("tab name.txt", b"Recalling resolution 1820 (2008),\n")
PY
