#!/usr/bin/env python3
"""blind_groups.py STORYTABLE FINAL_ROWS START_ROWS [FIRST_ROWS]: summary figures per group of blind sets."""
import re, sys, collections
from evalrows import load, tot, pct
table, final, start = sys.argv[1], sys.argv[2], sys.argv[3]
first = sys.argv[4] if len(sys.argv) > 4 else None
group = {}
for l in open(table):
    c = [x.strip() for x in l.strip().strip("|").split("|")]
    if len(c) < 3 or c[0] in ("story", "---"):
        continue
    lab = c[1]
    if "blind" not in lab or lab == "blind" and c[0] == "shipped":
        continue
    m = re.search(r"first run on (\w+)", lab)
    g = m.group(1) if m else "earlier"
    group[c[0]] = g
F, S = load(final), load(start)
Fi = load(first) if first else None
groups = collections.defaultdict(list)
for st, g in group.items():
    groups[g].append(st)
for g, sts in sorted(groups.items(), key=lambda kv: -len(kv[1])):
    for cfg in ("article", "facts"):
        f, s, p = tot(F, sts, cfg), tot(S, sts, cfg), tot(F, sts, "plain")
        line = f"{g:8} {cfg:7} stories={len(sts)} n={f['n']}+{f['off']} hit1 {pct(f['hit1'],f['n'])}/{pct(f['hit3'],f['n'])} ({pct(s['hit1'],s['n'])}/{pct(s['hit3'],s['n'])}; {f['hit1']} vs {s['hit1']}) plain {pct(p['hit1'],p['n'])}/{pct(p['hit3'],p['n'])} line {pct(f['right'],f['short'])}/{pct(f['wrong'],f['short'])} ({f['right']}/{f['wrong']} vs {s['right']}/{s['wrong']} of {f['short']}) refused {f['refused']} ({s['refused']}) off {f['offok']}/{f['off']} ({s['offok']}/{s['off']}) plainoff {p['offok']}/{p['off']}"
        if Fi:
            fi = tot(Fi, sts, cfg)
            line += f" | first {fi['hit1']} {fi['right']}/{fi['wrong']} ref {fi['refused']} off {fi['offok']}"
        print(line)
