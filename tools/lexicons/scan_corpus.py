#!/usr/bin/env python3
"""Development aid: scan case-report texts with terms.tsv (case/accent-insensitive whole words) and print
the most frequent matched terms per category (to spot terms that fire wrongly) and the most frequent
words that no term covers (to spot missing vocabulary).

    python3 tools/lexicons/scan_corpus.py LANG FILE_OR_DIR [...]   e.g.
    python3 tools/lexicons/scan_corpus.py es ../shared/data/codiesp-dev/train/text_files
    python3 tools/lexicons/scan_corpus.py pt ../shared/data/multinel-scielo-dev/abstracts --glob '*.pt.txt'

Use only the development texts allowed for tuning (CodiEsp train, MultiNEL abstracts); keep the held-out
evaluation sets (MACCROBAT, E3C, CodiEsp dev, NegEx annotated sentences) out of it.
"""
import argparse
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def norm(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("lang")
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--glob", default="*.txt")
    ap.add_argument("--top", type=int, default=40)
    a = ap.parse_args()
    terms = {}
    for line in (REPO / "resources/lexicons/terms.tsv").open(encoding="utf-8"):
        if line.startswith("#"):
            continue
        lang, term, cat, concept, code = line.rstrip("\n").split("\t")
        if lang in (a.lang, "*"):
            terms.setdefault(norm(term), (cat, concept))
    maxw = max(len(t.split()) for t in terms)
    hits, unknown = Counter(), Counter()
    files = []
    for p in a.paths:
        files += sorted(p.rglob(a.glob)) if p.is_dir() else [p]
    for f in files:
        toks = re.findall(r"\w+(?:[-.]\w+)*", norm(f.read_text(encoding="utf-8", errors="replace")))
        i = 0
        while i < len(toks):
            for n in range(maxw, 0, -1):
                cand = " ".join(toks[i:i + n])
                if cand in terms:
                    hits[(terms[cand][0], cand)] += 1
                    i += n
                    break
            else:
                if len(toks[i]) > 5 and not toks[i].isdigit():
                    unknown[toks[i]] += 1
                i += 1
    print(f"{len(files)} files")
    for cat in sorted({c for c, _ in hits}):
        top = [(t, n) for (c, t), n in hits.most_common() if c == cat][: a.top]
        print(f"== {cat}: " + ", ".join(f"{t} {n}" for t, n in top))
    print("== frequent uncovered words: " + ", ".join(f"{t} {n}" for t, n in unknown.most_common(a.top * 3)))


if __name__ == "__main__":
    sys.exit(main())
