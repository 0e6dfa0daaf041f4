#!/usr/bin/env python3
"""Write the tuning (A) and held-out (B) halves used in docs/quality.md.

A document (or NegEx report) goes to half A when sha256("caselens-half:" + id) is even, to B
otherwise: deterministic, independent of file order, and fixed before any rule was written.

    tools/evaluation/make_splits.py DATA_DIR OUT_DIR
"""
import csv
import hashlib
import sys
from pathlib import Path


def half(identifier: str) -> str:
    return "A" if int(hashlib.sha256(("caselens-half:" + identifier).encode()).hexdigest(), 16) % 2 == 0 else "B"


def write(out: Path, name: str, ids: list[str]) -> None:
    for h in "AB":
        (out / f"{name}_{h}.txt").write_text("".join(i + "\n" for i in ids if half(i) == h))


def main() -> int:
    data, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    write(out, "maccrobat", [l.strip() for l in (data / "maccrobat2020-dev/documents.txt").read_text().splitlines() if l.strip()])
    write(out, "multinel", [l.strip() for l in (data / "multinel-scielo-dev/documents.txt").read_text().splitlines() if l.strip()])
    with (data / "negex-en-dev/negation-annotations.tsv").open(newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))[1:]
    write(out, "negex", sorted({r[0] for r in rows if r}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
