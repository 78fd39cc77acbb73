#!/usr/bin/env python3
"""Round trip of the classification through the encoder: every billable FY2026 code's own words, read back.

Statements are made at run time from the official files (nothing derived from them is stored):
  titles      the FY2026 long title of every billable code (order file)            -> that code
  inclusions  every inclusion term the FY2023 Tabular lists under a code still billable in FY2026 -> that code
  index       every FY2023 Alphabetic Index path (main term, subterms; nonessential modifiers and NEC
              dropped) whose code is billable in FY2026, written as one phrase  -> that code
Each is encoded with `./medcoder encode --file` and scored: the expected code first, and anywhere in the result.

  python3 tools/roundtrip.py titles --letters A-G [--sample 2000] [--out /tmp/rt]
writes OUT/KIND-statements.txt, OUT/KIND-misses.tsv (code, statement, what the encoder gave) and prints the
rates per first letter. Run from the repository root (it calls ./medcoder). A measurement and a list of
reading failures to study, not a gold standard: a title names every axis, which physicians' wording rarely does.
"""
import argparse, collections, gzip, os, random, re, subprocess, sys, zipfile
import xml.etree.ElementTree as ET


def dotted(code):
    return code if len(code) <= 3 else code[:3] + '.' + code[3:]


def billable_titles(data):
    z = zipfile.ZipFile(os.path.join(data, 'icd10cm', '2026-code-descriptions-tabular-order.zip'))
    out = {}
    for line in z.read('icd10cm_order_2026.txt').decode('latin-1').splitlines():
        if line[14:15] == '1':
            out[dotted(line[6:13].strip())] = line[77:].strip()
    return out


def inclusions(data, billable):
    root = ET.parse(gzip.open(os.path.join(data, 'icd10cm', 'fy2023-xml', 'icd10cm_tabular_2023.xml.gz'))).getroot()
    for diag in root.iter('diag'):
        code = diag.findtext('name')
        if code not in billable:
            continue
        for inc in diag.findall('inclusionTerm'):
            for note in inc.findall('note'):
                yield code, note.text.strip()


def text_of(title):
    """The title's words without nonessential modifiers (in <nemod> and in parentheses) and without 'NEC'."""
    words = (title.text or '') + ''.join(child.tail or '' for child in title)
    words = re.sub(r'\([^)]*\)|\[[^]]*\]', ' ', words)
    words = re.sub(r'\bNEC\b', ' ', words)
    return ' '.join(words.replace(',', ' ').split())


def index_paths(data, billable):
    root = ET.parse(gzip.open(os.path.join(data, 'icd10cm', 'fy2023-xml', 'icd10cm_index_2023.xml.gz'))).getroot()

    def walk(node, words):
        title = node.find('title')
        here = words + [text_of(title)] if title is not None else words
        code = node.findtext('code')
        if code and code in billable and node.find('see') is None:
            yield code, ' '.join(w for w in here if w)
        for child in node.findall('term'):
            yield from walk(child, here)

    for main in root.iter('mainTerm'):
        yield from walk(main, [])


def letters_filter(spec):
    lo, _, hi = spec.partition('-')
    hi = hi or lo
    return lambda code: lo <= code[0] <= hi


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('kind', choices=['titles', 'inclusions', 'index'])
    ap.add_argument('--letters', default='A-Z', help='first letters of the codes, e.g. A-G or S')
    ap.add_argument('--sample', type=int, default=0, help='encode a random sample of this many (seed 1)')
    ap.add_argument('--data', default=os.environ.get('MEDCODER_DATA', '../shared/data'))
    ap.add_argument('--out', default='/tmp/roundtrip')
    args = ap.parse_args()
    billable = billable_titles(args.data)
    keep = letters_filter(args.letters)
    if args.kind == 'titles':
        pairs = [(c, t) for c, t in billable.items()]
    elif args.kind == 'inclusions':
        pairs = list(inclusions(args.data, billable))
    else:
        pairs = list(index_paths(args.data, billable))
    seen, unique = set(), []
    for code, statement in pairs:
        key = statement.lower()
        if keep(code) and statement and '\t' not in statement and key not in seen:
            seen.add(key)
            unique.append((code, statement))
    if args.sample and args.sample < len(unique):
        unique = random.Random(1).sample(unique, args.sample)
    os.makedirs(args.out, exist_ok=True)
    stmts = os.path.join(args.out, args.kind + '-statements.txt')
    with open(stmts, 'w', encoding='utf-8') as f:
        f.writelines(s + '\n' for _, s in unique)
    result = subprocess.run(['./medcoder', 'encode', '--dos', '2026-03-01', '--file', stmts],
                            capture_output=True, text=True, check=True)
    got = [line.split('\t')[1].split() if '\t' in line else [] for line in result.stdout.splitlines()]
    if len(got) != len(unique):
        sys.exit(f'encoder gave {len(got)} lines for {len(unique)} statements')
    first, anywhere, total = collections.Counter(), collections.Counter(), collections.Counter()
    with open(os.path.join(args.out, args.kind + '-misses.tsv'), 'w', encoding='utf-8') as misses:
        for (code, statement), codes in zip(unique, got):
            total[code[0]] += 1
            first[code[0]] += bool(codes) and codes[0] == code
            anywhere[code[0]] += code in codes
            if not codes or codes[0] != code:
                misses.write(f'{code}\t{statement}\t{" ".join(codes) or "-"}\n')
    for letter in sorted(total):
        print(f'{letter}  {total[letter]:6d}  first {first[letter] / total[letter]:6.1%}  anywhere {anywhere[letter] / total[letter]:6.1%}')
    n = sum(total.values())
    print(f'{args.kind} {args.letters}: {n} statements, expected code first {sum(first.values())} = '
          f'{sum(first.values()) / n:.1%}, anywhere {sum(anywhere.values())} = {sum(anywhere.values()) / n:.1%}')


if __name__ == '__main__':
    main()
