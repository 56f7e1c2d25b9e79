#!/usr/bin/env python3
"""readme_story_table.py README FINAL_REPORT NEWSTORIES FIRST_SHA > new per-story table

Rebuilds the README's per-story quality table from a STORYBOT_EVAL_REPORT
file: every row's figures from the report, set labels aged by one session
("new this session" -> "last session", "N sessions ago" -> "N+1 ..."),
and rows for this session's new stories appended, labelled as new.
Prints the table (header and rows) to stdout."""
import re, sys

NUM = ["last session", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
       "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
       "nineteen", "twenty"] + ["twenty-" + w for w in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")] + [
       "thirty"] + ["thirty-" + w for w in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")] + ["forty"] + [
       "forty-" + w for w in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")] + [
       tens + suffix for tens in ("fifty", "sixty", "seventy", "eighty", "ninety")
       for suffix in [""] + ["-" + w for w in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")]]

def age(label):
    label = label.strip()
    if label == "dev (new this session)":
        return "dev (last session)"
    m = re.match(r"\*\*fresh blind, new this session, first run on (\w+)\*\*$", label)
    if m:
        return "fresh blind (first run last session), first run on " + m.group(1)
    def bump(mo):
        w = mo.group(1)
        if w == "last session":
            return "two sessions ago"
        i = NUM.index(w)
        return NUM[i + 1] + " sessions ago"
    return re.sub(r"(last session|\b(?:%s)\b sessions ago)" % "|".join(NUM[1:]),
                  lambda mo: bump(re.match(r"(last session|[\w-]+)", mo.group(0))), label)

LINE = re.compile(r"^(\S+)\s+(article|facts|plain)\s+(blind|dev|shared)\s+n=(\d+) hit@1 (\S+) hit@3 (\S+) \| line right (\S+) wrong (\S+) empty \S+ \| refused (\d+) \| off-topic (\d+/\d+)")

def report(path):
    r = {}
    for l in open(path):
        m = LINE.match(l)
        if m:
            st, cfg, s, n, h1, h3, lr, lw, ref, off = m.groups()
            r[(st, cfg, s)] = dict(n=n, h1=h1, h3=h3, lr=lr, lw=lw, ref=ref, off=off)
    return r

def setOf(label):
    if label.startswith("shared"):
        return "shared"
    if label.startswith("dev"):
        return "dev"
    return "blind"

def row(r, story, label):
    s = setOf(label)
    a, f, p = r.get((story, "article", s)), r.get((story, "facts", s)), r[(story, "plain", s)]
    line = a or f
    art = "–" if a is None else f"{a['h1']} / {a['h3']}"
    return f"| {story} | {label} | {p['n']} | {art} | {f['h1']} / {f['h3']} | {p['h1']} / {p['h3']} | {line['lr']} / {line['lw']} | {line['ref']} | {line['off']} / {p['off']} |"

readme, final, news, sha = sys.argv[1], sys.argv[2], sys.argv[3].split(","), sys.argv[4]
r = report(final)
lines = open(readme).read().split("\n")
start = next(i for i, l in enumerate(lines) if l.startswith("| story | set | questions |"))
out = [lines[start], lines[start + 1]]
i = start + 2
while i < len(lines) and lines[i].startswith("|"):
    cells = [c.strip() for c in lines[i].strip("|").split("|")]
    out.append(row(r, cells[0], age(cells[1])))
    i += 1
for st in news:
    out.append(row(r, st, "dev (new this session)"))
    out.append(row(r, st, f"**fresh blind, new this session, first run on {sha}**"))
print("\n".join(out))
