#!/usr/bin/env python3
"""Benchmark corpus generator: many distinct documents made from the real texts.

The real texts (corpus/unsc-en/*.txt, corpus/seed/*.txt, about 2 MB) are
copied again and again. Copy k of a document gets a distinct identity: its
own number is shifted by 10000*k, consistently in the file name and in the
heading lines that name the document, so no two files claim the same
symbol (S/RES/38(1948) -> S/RES/10038(1948), S/RES/20038(1948), ...; the
Chinese seed A/HRC/RES/23/12 -> A/HRC/RES/23/10012, ...). Copy 0 is the
original, byte for byte. Citations in the body are left as they are: every
copy cites the original documents, the way later resolutions cite earlier
ones, so the graph has a few very cited targets, as the real one has.

Shapes:
  many  the documents as they are, one per file, in copyNNNN/ folders
        (100 MB = about 48 copies = about 43,000 files);
  big   --files files (default 20) of about MB/files each, each the
        concatenation of whole shifted texts (100 MB -> 20 files of 5 MB;
        1 GB -> 20 files of 50 MB).

  gen_corpus.py --shape many --mb 100 OUT_DIR
  gen_corpus.py --shape big --mb 1000 --files 20 OUT_DIR
  gen_corpus.py --touch 1 OUT_DIR     # change 1% of the files (toggles a line)

OUT_DIR gets a .manifest file (files, bytes, shape, mb); an OUT_DIR whose
manifest already matches the request is left as it is (rerun with --force to
regenerate).
"""
import argparse
import os
import re
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCES = [os.path.join(ROOT, "corpus", "unsc-en"), os.path.join(ROOT, "corpus", "seed")]
SHIFT = 10000

# The line that opens a Security Council resolution's body: the identity is
# looked for only above it (as citegraph's extract/identity.c does).
SC_BODY_RX = re.compile(rb"(?m)^[ \t]*The Security Council")
HEAD_MAX = 6000


class Source:
    """One real text and how to give copy k of it a distinct identity."""

    def __init__(self, path):
        self.path = path
        self.name = os.path.basename(path)
        with open(path, "rb") as f:
            self.data = f.read()
        self.kind = None
        m = re.fullmatch(r"S_RES_(\d+)_(\d{4})_(.*)", self.name)
        if m:
            self.kind = "sc"
            self.num, self.year, self.rest = int(m.group(1)), m.group(2), m.group(3)
            # Headings in the head: "Resolution 607 (1988)", "RESOLUTION 837
            # (1993)", "Resolution 290" (no year), "38 (1948). Resolution of
            # ...", "1 (1946) Resolution of". The number the heading states is
            # shifted, even where it is not the file's (S_RES_0542 is headed
            # "Resolution 538 (1983)"), so that copies never share a symbol.
            self.head_rxs = [
                re.compile(rb"(?m)^([ \t]*(?:RESOLUTION|Resolution)[ \t]+)(\d+)\b"),
                re.compile(rb"(?m)^([ \t]*)(\d+)(?=[ \t]*\(\d{4}\))"),
            ]
            # The masthead and running headers of the 2002 texts.
            self.all_rx = re.compile(rb"(S/RES/)0*(" + str(self.num).encode() + rb")(?=[ \t]*\()")
            return
        m = re.fullmatch(r"A_HRC_RES_(\d+)_(\d+)(.*)", self.name)
        if m:
            self.kind = "hrc"
            self.session, self.num, self.rest = m.group(1), int(m.group(2)), m.group(3)
            s, n = self.session.encode(), str(self.num).encode()
            # Numbered title "23/12." and the symbol A/HRC/RES/23/12.
            self.head_rxs = [re.compile(rb"(?m)^([ \t]*" + s + rb"/)(" + n + rb")(?=[ \t]*\.)")]
            self.all_rx = re.compile(rb"(A/HRC/RES/" + s + rb"/)(" + n + rb")(?!\d)")

    def copy(self, k):
        """(file name, bytes) of copy k; copy 0 is the original."""
        if k == 0 or self.kind is None:
            prefix = "" if k == 0 else "copy%04d_" % k
            return prefix + self.name, self.data
        shift = SHIFT * k
        new = self.num + shift
        if self.kind == "sc":
            name = "S_RES_%04d_%s_%s" % (new, self.year, self.rest)
        else:
            name = "A_HRC_RES_%s_%d%s" % (self.session, new, self.rest)
        repl = lambda m: m.group(1) + str(int(m.group(2)) + shift).encode()
        data = self.data
        m = SC_BODY_RX.search(data, 0, HEAD_MAX)
        cut = m.start() if m else min(len(data), HEAD_MAX)
        head, body = data[:cut], data[cut:]
        for rx in self.head_rxs:      # the first heading form found, once
            head, n = rx.subn(repl, head, count=1)
            if n:
                break
        data = self.all_rx.sub(repl, head + body)
        return name, data


def load_sources():
    out = []
    for d in SOURCES:
        for name in sorted(os.listdir(d)):
            if name.endswith(".txt"):
                out.append(Source(os.path.join(d, name)))
    if not out:
        sys.exit("gen_corpus: no .txt files under corpus/unsc-en or corpus/seed")
    return out


def read_manifest(out_dir):
    try:
        with open(os.path.join(out_dir, ".manifest")) as f:
            return dict(line.rstrip("\n").split(" ", 1) for line in f if " " in line)
    except OSError:
        return {}


def write_manifest(out_dir, info):
    with open(os.path.join(out_dir, ".manifest"), "w") as f:
        for k, v in info.items():
            f.write("%s %s\n" % (k, v))


def gen_many(srcs, target, out_dir):
    total = sum(len(s.data) for s in srcs)
    copies = max(1, round(target / total))
    files = nbytes = 0
    for k in range(copies):
        d = os.path.join(out_dir, "copy%04d" % k)
        os.makedirs(d, exist_ok=True)
        for s in srcs:
            name, data = s.copy(k)
            with open(os.path.join(d, name), "wb") as f:
                f.write(data)
            files += 1
            nbytes += len(data)
    return files, nbytes


def gen_big(srcs, target, nfiles, out_dir):
    per_file = target / nfiles
    total = sum(len(s.data) for s in srcs)
    copies_per_file = int(per_file // total) + 1
    files = nbytes = 0
    for j in range(nfiles):
        parts, size, first = [], 0, None
        k = 1 + j * copies_per_file      # copies of file j: distinct from every other file's
        while size < per_file:
            for s in srcs:
                name, data = s.copy(k)
                if first is None:
                    first = name
                parts.append(data)
                parts.append(b"\n\n\n")
                size += len(data) + 3
                if size >= per_file:
                    break
            k += 1
        with open(os.path.join(out_dir, first), "wb") as f:
            f.write(b"".join(parts))
        files += 1
        nbytes += size
    return files, nbytes


TOUCH_LINE = b"\nReaffirming its resolution 242 (1967) of 22 November 1967,\n"


def touch(out_dir, pct):
    """Changes pct% of the .txt files (every (100/pct)th in sorted order):
    appends a citing line, or removes it when a previous touch added it."""
    paths = []
    for dirpath, dirnames, filenames in os.walk(out_dir):
        dirnames.sort()
        paths.extend(os.path.join(dirpath, n) for n in sorted(filenames) if n.endswith(".txt"))
    step = max(1, round(100 / pct))
    changed = 0
    for p in paths[::step]:
        with open(p, "rb") as f:
            data = f.read()
        data = data[: -len(TOUCH_LINE)] if data.endswith(TOUCH_LINE) else data + TOUCH_LINE
        with open(p, "wb") as f:
            f.write(data)
        changed += 1
    print("touched %d of %d files" % (changed, len(paths)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--shape", choices=("many", "big"), default="many")
    ap.add_argument("--mb", type=float, default=100, help="target size in MB (10^6 bytes; default 100)")
    ap.add_argument("--files", type=int, default=20, help="number of files of the big shape (default 20)")
    ap.add_argument("--touch", type=float, metavar="PCT", help="change PCT%% of the files of OUT_DIR and exit")
    ap.add_argument("--force", action="store_true", help="regenerate even if OUT_DIR matches")
    a = ap.parse_args()

    if a.touch is not None:
        touch(a.out_dir, a.touch)
        return
    want = {"shape": a.shape, "mb": "%g" % a.mb}
    if a.shape == "big":
        want["nfiles"] = str(a.files)
    have = read_manifest(a.out_dir)
    if not a.force and all(have.get(k) == v for k, v in want.items()):
        print("%s: up to date (%s files, %s bytes)" % (a.out_dir, have.get("files"), have.get("bytes")))
        return
    if os.path.isdir(a.out_dir):
        shutil.rmtree(a.out_dir)
    os.makedirs(a.out_dir)
    srcs = load_sources()
    target = a.mb * 1e6
    if a.shape == "many":
        files, nbytes = gen_many(srcs, target, a.out_dir)
    else:
        files, nbytes = gen_big(srcs, target, a.files, a.out_dir)
    write_manifest(a.out_dir, dict(want, files=files, bytes=nbytes))
    print("%s: %d files, %d bytes" % (a.out_dir, files, nbytes))


if __name__ == "__main__":
    main()
