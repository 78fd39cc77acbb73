#!/usr/bin/env python3
"""Exact-match rate of an encoder evaluation set, split into statements that repeat a line of another set
(lower-cased words equal) and statements new to the set.

usage: python3 tools/blind-split.py SET EVAL_OUTPUT [--exclude PREFIX ...]
  SET          name of a set in medcoder-encoder/src/test/resources/encoder (e.g. holdout10)
  EVAL_OUTPUT  the output of `./medcoder eval encoder --dos 2026-03-01 --file .../SET.tsv`
  --exclude    sets whose name starts with PREFIX are not counted as earlier (e.g. sets written after SET)
"""
import argparse, glob, os, re

SETS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'medcoder-encoder', 'src', 'test', 'resources', 'encoder')


def words(statement):
    return re.sub(r'[^a-z0-9]+', ' ', statement.lower()).strip()


def statements(path):
    with open(path, encoding='utf-8') as f:
        return [line.split('\t', 1)[0] for line in f if '\t' in line]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('set'); ap.add_argument('eval_output'); ap.add_argument('--exclude', nargs='*', default=[])
    a = ap.parse_args()
    earlier = set()
    for path in glob.glob(os.path.join(SETS, '*.tsv')):
        name = os.path.basename(path)[:-4]
        if name != a.set and not any(name.startswith(p) for p in a.exclude):
            earlier.update(words(s) for s in statements(path))
    with open(a.eval_output, encoding='utf-8') as f:
        misses = {int(n) for n in re.findall(r'^MISS line (\d+):', f.read(), re.M)}
    lines = list(enumerate(statements(os.path.join(SETS, a.set + '.tsv')), 1))
    repeated = [i for i, s in lines if words(s) in earlier]
    new = [i for i, s in lines if words(s) not in earlier]

    def rate(group):
        hits = sum(1 for i in group if i not in misses)
        return f'{hits}/{len(group)} = {100 * hits / max(1, len(group)):.1f}%'

    print(f'all {rate(repeated + new)}; repeating another set {rate(repeated)}; new to {a.set} {rate(new)}')


if __name__ == '__main__':
    main()
