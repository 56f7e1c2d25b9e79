#!/usr/bin/env python3
"""blind_groups.py STORYTABLE FINAL_ROWS START_ROWS [FIRST_ROWS]: summary figures per group of blind sets."""
import re, sys, collections
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
def load(path):
    rows = collections.defaultdict(list)
    for r in open(path):
        m = re.match(r'(\S+)/(\S+) (\S+) \S+ (.*)$', r)
        st, cfg, s, rest = m.groups()
        kv = dict(re.findall(r'(\w+)=(\d+)\b', re.sub(r'line=".*?(?<!\\)"', '', rest)))
        rows[(st, cfg, s)].append({k: int(v) for k, v in kv.items()})
    return rows
def tot(rows, stories, cfg, s="blind"):
    c = collections.Counter()
    for st in stories:
        for kv in rows.get((st, cfg, s), []):
            if kv['off']:
                c['off'] += 1; c['offok'] += kv['offok']
            else:
                c['n'] += 1
                for k in ('hit1', 'hit3', 'short', 'right', 'wrong', 'refused'):
                    c[k] += kv[k]
    return c
F, S = load(final), load(start)
Fi = load(first) if first else None
groups = collections.defaultdict(list)
for st, g in group.items():
    groups[g].append(st)
def pct(a, b): return f"{round(100*a/b)}%" if b else "–"
for g, sts in sorted(groups.items(), key=lambda kv: -len(kv[1])):
    for cfg in ("article", "facts"):
        f, s, p = tot(F, sts, cfg), tot(S, sts, cfg), tot(F, sts, "plain")
        line = f"{g:8} {cfg:7} stories={len(sts)} n={f['n']}+{f['off']} hit1 {pct(f['hit1'],f['n'])}/{pct(f['hit3'],f['n'])} ({pct(s['hit1'],s['n'])}/{pct(s['hit3'],s['n'])}; {f['hit1']} vs {s['hit1']}) plain {pct(p['hit1'],p['n'])}/{pct(p['hit3'],p['n'])} line {pct(f['right'],f['short'])}/{pct(f['wrong'],f['short'])} ({f['right']}/{f['wrong']} vs {s['right']}/{s['wrong']} of {f['short']}) refused {f['refused']} ({s['refused']}) off {f['offok']}/{f['off']} ({s['offok']}/{s['off']}) plainoff {p['offok']}/{p['off']}"
        if Fi:
            fi = tot(Fi, sts, cfg)
            line += f" | first {fi['hit1']} {fi['right']}/{fi['wrong']} ref {fi['refused']} off {fi['offok']}"
        print(line)
