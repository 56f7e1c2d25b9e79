#!/usr/bin/env python3
"""readme_groups_table.py FINAL_ROWS START_ROWS FIRST_ROWS NEW_STORIES SHAS: the README's table of blind sets by session.

NEW_STORIES: this session's new stories, comma-separated. SHAS: the
first-run engines of the groups of six, newest first, comma-separated
(this session's, last session's, ...), a group's several engines joined
by "+"; other blind sets are "earlier".
Rows are printed in the README's format: engine now (start in brackets),
plain Bleve, answer lines, false refusals, off-topic rejected."""
import os, re, sys, collections
from evalrows import load, tot, pct

final, start, first = sys.argv[1], sys.argv[2], sys.argv[3]
new = sys.argv[4].split(",")
shas = sys.argv[5].split(",")
NUMBERS = {6: "six", 5: "five", 4: "four", 3: "three", 2: "two"}
AGES = ["this session", "last session", "two sessions ago", "three sessions ago", "four sessions ago", "five sessions ago",
        "six sessions ago", "seven sessions ago", "eight sessions ago", "nine sessions ago"]

F, S, FR = load(final), load(start), load(first)

def first_run_sha(story):
    path = os.path.join(os.path.dirname(__file__), "../../index/testdata/stories", story, "SOURCE.md")
    if not os.path.exists(path):
        return ""  # the shared stories keep no SOURCE.md
    for l in open(path):
        m = re.search(r"\*\*First run\*\* \(engine (\w+)", l)
        if m:
            return m.group(1)
    return ""

def row(label, stories, cfg="article", s="blind", bold=False, first=False):
    f, st, p = tot(F, stories, cfg, s), tot(S, stories, cfg, s), tot(F, stories, "plain", s)
    n = f['n']
    same = pct(f['hit1'], n) == pct(st['hit1'], n) and pct(f['hit3'], n) == pct(st['hit3'], n)
    at_first = f"; {tot(FR, stories, cfg, s)['hit1']} at their first runs" if first else ""
    eng = f"{pct(f['hit1'], n)} / {pct(f['hit3'], n)} ({'same' if same else pct(st['hit1'], n) + ' / ' + pct(st['hit3'], n)}; {f['hit1']} vs {st['hit1']}{at_first})"
    lines = f"{pct(f['right'], f['short'])} / {pct(f['wrong'], f['short'])} ({f['right']} / {f['wrong']}" + (
        ", same" if (f['right'], f['wrong']) == (st['right'], st['wrong']) else f" vs {st['right']} / {st['wrong']}") + f" of {f['short']})"
    cells = [label, eng, f"{pct(p['hit1'], n)} / {pct(p['hit3'], n)}", lines, f"{f['refused']} ({st['refused']})",
             f"{f['offok']}/{f['off']} ({st['offok']}/{st['off']}) / {p['offok']}/{p['off']}"]
    if bold:
        cells = [f"**{c}**" for c in cells]
    print("| " + " | ".join(cells) + " |")

blind = sorted({k[0] for k in F if k[2] == "blind" and k[0] != "shipped"})
groups = collections.defaultdict(list)
for st in blind:
    sha = first_run_sha(st)
    group = next((g for g in shas if sha and sha in g.split("+")), "earlier")
    groups[group].append(st)
n6 = tot(F, new, "article", "blind")
row(f"the {NUMBERS[len(new)]} stories new this session, blind halves, never looked at ({n6['n']} + {n6['off']} off-topic)", new, bold=True, first=True)
row("the same with their small fact sheets", new, "facts")
allb = tot(F, blind, "article", "blind")
row(f"all {len(blind)} blind sets, article alone ({allb['n']} + {allb['off']} off-topic)", blind, bold=True)
for i, sha in enumerate(shas[1:], 1):
    g = groups[sha]
    c = tot(F, g, "article", "blind")
    row(f"the {NUMBERS.get(len(g), len(g))} blind sets of {AGES[i]} ({c['n']} + {c['off']} off-topic)", g)
e = groups["earlier"]
c = tot(F, e, "article", "blind")
row(f"the {len(e)} blind sets of earlier sessions ({c['n']} + {c['off']} off-topic)", e)
row(f"all {len(blind)} blind sets with their small fact sheets (and the shipped story's)", blind + ["shipped"], "facts")
c = tot(F, ["shipped"], "facts", "blind")
row(f"blind, shipped story ({c['n']} + {c['off']} off-topic; with its fact sheet)", ["shipped"], "facts")
dev = sorted({k[0] for k in F if k[2] == "dev"})
c = tot(F, dev, "article", "dev")
row(f"dev, {len(dev)} sets ({c['n']} + {c['off']} off-topic; tuned on)", dev, s="dev")
c = tot(F, new, "article", "dev")
row(f"the {NUMBERS[len(new)]} new stories' dev halves ({c['n']} + {c['off']} off-topic; read only row by row for what a rule changed)", new, s="dev")
