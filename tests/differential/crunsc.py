#!/usr/bin/env python3
"""Differential test against the CR-UNSC method on corpus/unsc-en.

The CR-UNSC dataset extracts Security Council -> Security Council edges with
one regex, [0-9]{1,4}\\s*\\([0-9]{4}\\), the citing resolution taken from the
file name. This script runs that method, reads citegraph's extraction (TSV on
standard input or in argv[2]), and lists every edge one side has and the other
lacks. Each difference must be explained in tests/differential/crunsc-reviewed.tsv
(side, citing, cited, reason); an unexplained difference, or a reviewed one
that no longer occurs, fails the test.

usage: crunsc.py CORPUS_DIR EXTRACT.tsv REVIEWED.tsv
"""
import csv
import os
import re
import sys

CR_RE = re.compile(r'([0-9]{1,4})\s*\(([0-9]{4})\)')
FILE_RE = re.compile(r'S_RES_(\d+)_(\d{4})')


def sc(n, y):
    return 'S/RES/%d(%s)' % (int(n), y)


def cr_edges(corpus):
    edges = {}
    for name in sorted(os.listdir(corpus)):
        m = FILE_RE.match(name)
        if not m or not name.endswith('.txt'):
            continue
        src = sc(m.group(1), m.group(2))
        with open(os.path.join(corpus, name), encoding='utf-8') as f:
            text = f.read()
        for mm in CR_RE.finditer(text):
            tgt = sc(mm.group(1), mm.group(2))
            if tgt != src:
                edges.setdefault((src, tgt), name)
    return edges


def cg_edges(tsv):
    edges = {}
    with open(tsv, encoding='utf-8') as f:
        for r in csv.DictReader(f, delimiter='\t'):
            t = r['target']
            if not t.startswith('S/RES/') or t == r['doc']:
                continue
            # The citing resolution as CR-UNSC names it: from the file name.
            m = FILE_RE.search(os.path.basename(r['file']))
            src = sc(m.group(1), m.group(2)) if m else r['doc']
            if t != src:
                edges.setdefault((src, t), r['text'].replace('\n', ' '))
    return edges


def main():
    corpus, tsv, reviewed_path = sys.argv[1:4]
    cr = cr_edges(corpus)
    cg = cg_edges(tsv)
    reviewed = {}
    with open(reviewed_path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            side, src, tgt, reason = line.rstrip('\n').split('\t')
            reviewed[(side, src, tgt)] = reason
    found = {('cr-only', s, t) for (s, t) in cr if (s, t) not in cg}
    found |= {('cg-only', s, t) for (s, t) in cg if (s, t) not in cr}
    both = len(set(cr) & set(cg))
    unexplained = sorted(found - set(reviewed))
    stale = sorted(set(reviewed) - found)
    true_cr = len(cr) - sum(1 for k in found if k[0] == 'cr-only'
                            and reviewed.get(k, '').startswith('not an edge'))
    print('CR-UNSC edges %d, citegraph %d, both %d, CR-only %d, citegraph-only %d'
          % (len(cr), len(cg), both,
             sum(1 for k in found if k[0] == 'cr-only'),
             sum(1 for k in found if k[0] == 'cg-only')))
    missed = [k for k in found if k[0] == 'cr-only'
              and not reviewed.get(k, '').startswith('not an edge')]
    print('true CR-UNSC edges (its false hits removed) %d; citegraph finds %d (%.2f%%)'
          % (true_cr, true_cr - len(missed), 100.0 * (true_cr - len(missed)) / max(true_cr, 1)))
    for k in unexplained:
        ctx = cg.get((k[1], k[2]), cr.get((k[1], k[2]), ''))
        print('UNEXPLAINED %s\t%s\t%s\t%s' % (k[0], k[1], k[2], ctx))
    for k in stale:
        print('STALE (reviewed, no longer a difference) %s\t%s\t%s' % k)
    ok = not unexplained and not stale
    print('1 passed, 0 failed' if ok else '0 passed, 1 failed')
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
