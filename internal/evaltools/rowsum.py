#!/usr/bin/env python3
# rowsum.py ROWS [filter]: hit@1, hit@3, answer lines and refusals per configuration and set
# of a STORYBOT_EVAL_ROWS file (go test -run TestQuality ./index with
# STORYBOT_EVAL_ROWS=FILE, and STORYBOT_EVAL_BLIND=1 for the blind sets).

import sys, re, collections
rows = open(sys.argv[1]).read().splitlines()
flt = sys.argv[2] if len(sys.argv) > 2 else None
tot = collections.defaultdict(lambda: collections.Counter())
for r in rows:
    if flt and flt not in r: continue
    m = re.match(r'(\S+)/(\S+) (\S+) (\S+) (.*)$', r)
    story, config, set_, id_, rest = m.groups()
    kv = dict(re.findall(r'(\w+)=(\d+)\b', re.sub(r'line=".*?(?<!\\)"', '', rest)))
    c = tot[(config, set_)]
    off = int(kv['off'])
    c['off'] += off; c['offok'] += int(kv['offok'])
    if not off:
        c['n'] += 1
        for k in ('hit1', 'hit3', 'short', 'right', 'wrong', 'refused'):
            c[k] += int(kv[k])
for (config, set_), c in sorted(tot.items()):
    n = c['n'] or 1
    print(f"{config:8} {set_:6} n={c['n']} hit1={c['hit1']} ({100*c['hit1']/n:.0f}%) hit3={c['hit3']} ({100*c['hit3']/n:.0f}%) right={c['right']} wrong={c['wrong']} refused={c['refused']} off={c['offok']}/{c['off']}")
