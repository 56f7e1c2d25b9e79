#!/usr/bin/env python3
"""readme_style_table.py FINAL_REPORT START_REPORT: the README's by-style table rows."""
import re, sys
def sect(path, title):
    out, on = {}, False
    for l in open(path):
        if l.startswith(title):
            on = True; continue
        if on and not l.startswith("  "):
            break
        if on:
            m = re.match(r"\s+(\S+)\s+n=(\d+) hit@1 (\S+) hit@3 (\S+) \| line right (\S+) wrong (\S+) empty \S+ \| refused (\d+) \| off-topic (\d+)/(\d+)", l)
            if m:
                out[m.group(1)] = m.groups()[1:]
    return out
fa, sa = sect(sys.argv[1], "by style (article alone"), sect(sys.argv[2], "by style (article alone")
ff = sect(sys.argv[1], "by style, with the small fact sheets")
fp = sect(sys.argv[1], "by style, the plain Bleve")
for st in sorted(fa):
    n, h1, h3, lr, lw, ref, ok, off = fa[st]
    s = sa[st]
    f, p = ff[st], fp[st]
    if st == "offtopic":
        print(f"| off-topic | {off} | rejected {ok}/{off} ({s[6]}/{s[7]}) | | | {f[6]}/{f[7]} | {p[6]}/{p[7]} |")
        continue
    print(f"| {st} | {n} | {h1} / {h3} ({s[1]} / {s[2]}) | {lr} / {lw} ({s[3]} / {s[4]}) | {ref} ({s[5]}) | {f[1]}, {f[3]} / {f[4]} | {p[1]} / {p[2]} |")
