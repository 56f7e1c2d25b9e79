#!/usr/bin/env python3
"""rowstatus.py A B [CONFIG]: the dev and shared rows whose hit@1, hit@3,
right, wrong or refused changed between two runs, a line each, with the
answer line before and after: what a change won and lost, in short.
CONFIG is article (default) or facts; blind rows are left out."""
import re, sys

cfg = sys.argv[3] if len(sys.argv) > 3 else "article"


def load(path):
    out = {}
    for r in open(path):
        m = re.match(r"(\S+)/(\S+) (dev|shared) (\S+) (.*)$", r.strip())
        if not m or m.group(2) != cfg:
            continue
        kv = dict(re.findall(r"(\w+)=(\d+)\b", re.sub(r'line=".*?(?<!\\)"', "", m.group(5))))
        said = re.search(r'line="(.*?)(?<!\\)"', m.group(5))
        out[m.group(4)] = (kv, said.group(1) if said else "")
    return out


a, b = load(sys.argv[1]), load(sys.argv[2])
for k in sorted(set(a) & set(b)):
    (ka, la), (kb, lb) = a[k], b[k]
    moved = [f"{f} {ka[f]}->{kb[f]}" for f in ("hit1", "hit3", "right", "wrong", "refused") if ka[f] != kb[f]]
    if moved:
        print(k, ", ".join(moved), f"| {la!r} -> {lb!r}")
