#!/usr/bin/env python3
"""devrows.py ROWS KIND [STYLE] [CONFIG]: the dev rows of one kind, with
their question, answer line and the set's answers, for reading what a
style gets wrong.

KIND is wrong, refused, empty (a question with a short answer that got
no line and no refusal), miss (the right passage not first) or right;
STYLE a set's style ("multi", "casual") or "-" for all; CONFIG article
(default) or facts. Blind rows are never printed: the blind sets are for
reporting, not for development."""
import glob, json, os, re, sys

rows, kind = sys.argv[1], sys.argv[2]
style = sys.argv[3] if len(sys.argv) > 3 and sys.argv[3] != "-" else None
cfg = sys.argv[4] if len(sys.argv) > 4 else "article"
here = os.path.dirname(os.path.abspath(__file__))
sets = glob.glob(os.path.join(here, "../../index/testdata/stories/*/dev.jsonl"))
sets += glob.glob(os.path.join(here, "../../../shared/stories/*/dev.jsonl"))
questions = {}
for path in sets:
    for line in open(path):
        if line.strip():
            q = json.loads(line)
            questions[q["id"]] = q
for r in open(rows):
    m = re.match(r"(\S+)/(\S+) dev (\S+) (.*)$", r.strip())
    if not m or m.group(2) != cfg:
        continue
    qid, rest = m.group(3), m.group(4)
    kv = dict(re.findall(r"(\w+)=(\d+)\b", re.sub(r'line=".*?(?<!\\)"', "", rest)))
    said = re.search(r'line="(.*?)(?<!\\)"', rest)
    said = said.group(1) if said else ""
    q = questions.get(qid, {})
    if style and q.get("style") != style:
        continue
    wanted = {
        "wrong": kv.get("wrong") == "1",
        "refused": kv.get("refused") == "1",
        "empty": kv.get("short") == "1" and said == "" and kv.get("refused") == "0" and kv.get("off") == "0",
        "miss": kv.get("hit1") == "0" and kv.get("off") == "0",
        "right": kv.get("right") == "1",
    }[kind]
    if wanted:
        print(f"{qid} [{q.get('style')}] {q.get('q')}\n    line: {said}\n    want: {q.get('answer')}")
