"""evalrows: reading a STORYBOT_EVAL_ROWS file, shared by the scripts here."""
import collections, re


def load(path):
    """The rows of a file by (story, configuration, set), each a dict of its
    counters (hit1, hit3, short, right, wrong, refused, off, offok)."""
    rows = collections.defaultdict(list)
    for r in open(path):
        m = re.match(r'(\S+)/(\S+) (\S+) \S+ (.*)$', r.strip())
        if not m:
            continue
        st, cfg, s, rest = m.groups()
        kv = re.findall(r'(\w+)=(\d+)\b', re.sub(r'line=".*?(?<!\\)"', '', rest))
        rows[(st, cfg, s)].append({k: int(v) for k, v in kv})
    return rows


def tot(rows, stories, cfg, s="blind"):
    """The counters of some stories' sets added up: n questions answered and
    off off-topic ones, apart."""
    c = collections.Counter()
    for st in stories:
        for kv in rows.get((st, cfg, s), []):
            if kv['off']:
                c['off'] += 1
                c['offok'] += kv['offok']
            else:
                c['n'] += 1
                for k in ('hit1', 'hit3', 'short', 'right', 'wrong', 'refused'):
                    c[k] += kv[k]
    return c


def pct(a, b):
    """A share in whole percent, or "–" of nothing."""
    return f"{round(100 * a / b)}%" if b else "–"
