#!/usr/bin/env python3
# rowdiff.py A B [filter]: rows that changed (dev only unless filter given)
import sys
a = {}; b = {}
flt = sys.argv[3] if len(sys.argv) > 3 else None
def key(r): p = r.split(' '); return p[0] + ' ' + p[1] + ' ' + p[2]
for path, d in ((sys.argv[1], a), (sys.argv[2], b)):
    for r in open(path).read().splitlines():
        if flt is None and ' blind ' in r: continue
        if flt and flt not in r: continue
        d[key(r)] = r
for k in sorted(set(a) | set(b)):
    if a.get(k) != b.get(k):
        print('-', a.get(k)); print('+', b.get(k)); print()
