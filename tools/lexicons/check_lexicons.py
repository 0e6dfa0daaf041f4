#!/usr/bin/env python3
"""Validate the built CaseLens lexicons in resources/lexicons/ (standard library only).

    python3 tools/lexicons/check_lexicons.py [--seed-dir DIR]

Checks: column counts and allowed values of every file; no (lang, term, category) with two concepts;
no term equal to a top-200 common word of its language (curated/stopwords_*.txt); every unit of
analytes.tsv present in units.tsv; and that every finding of the demo case (septic shock, 47-year-old man)
is found on both sides (pt and en) by a simple case- and accent-insensitive whole-word scan of the seed
texts. The seed texts default to ../shared/data/seed-case relative to the repository root; that part
is skipped with a notice when they are absent. Exit status 1 when anything fails.
"""
from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
LEX = REPO / "resources" / "lexicons"
CURATED = LEX / "curated"
LANGS = ("en", "es", "pt")
TERM_CATS = {"medication", "diagnosis", "symptom", "procedure", "anatomy", "organism", "sex"}
CTX_CATS = {"NEGATED_EXISTENCE", "POSSIBLE_EXISTENCE", "HISTORICAL", "HYPOTHETICAL", "FAMILY", "PSEUDO", "TERMINATE"}
SECTIONS = {"history", "examination", "tests", "imaging", "treatment", "evolution", "diagnosis"}

# Demo-case findings: (what, kind, concept, needed in pt, needed in en).  kind: term | analyte.
# A finding passes when some lexicon entry of that concept occurs in the text of that language.
# "a|b+c": concept a, or else all of b and c (coordinated phrases such as "abdominal and lumbar pain" /
# "dor abdominal e lombar", whose head noun the engine has to distribute; the check reports that fallback).
SEED_EXPECTED = [
    ("diclofenac", "term", "drugbank:DB00586"),
    ("dexamethasone", "term", "drugbank:DB01234"),
    ("ceftriaxone", "term", "drugbank:DB01212"),
    ("vasoactive drugs", "term", "cl:vasoactive_drugs"),
    ("antibiotherapy", "term", "cl:antibiotic"),
    ("septic shock", "term", "icd10:R57.2"),
    ("spondylodiscitis", "term", "icd10:M46.4"),
    ("abscess(es)", "term", "cl:abscess"),
    ("pleural effusion", "term", "icd10:J90"),
    ("sinus tachycardia", "term", "cl:sinus_tachycardia"),
    ("oedema", "term", "icd10:R60.9"),
    ("abdominal pain", "term", "cl:abdominal_pain|cl:abdomen+cl:pain"),
    ("lumbar pain", "term", "cl:low_back_pain|cl:lumbar_region+cl:pain"),
    ("nausea", "term", "cl:nausea"),
    ("vomiting", "term", "cl:vomiting"),
    ("dyspnoea", "term", "cl:dyspnoea"),
    ("pallor", "term", "cl:pallor"),
    ("murmurs", "term", "cl:heart_murmur"),
    ("poor general condition", "term", "cl:poor_general_condition"),
    ("ECG/EKG", "term", "cl:ecg"),
    ("chest X-ray", "term", "cl:chest_xray"),
    ("CT (TAC)", "term", "cl:ct_scan"),
    ("blood cultures", "term", "cl:blood_culture"),
    ("drain(age)", "term", "cl:drainage"),
    ("surgery", "term", "cl:surgery"),
    ("E. coli", "term", "cl:escherichia_coli"),
    ("lumbar region", "term", "cl:lumbar_region"),
    ("gluteal region", "term", "cl:gluteal_region"),
    ("pelvis", "term", "cl:pelvis"),
    ("abdomen", "term", "cl:abdomen"),
    ("skin", "term", "cl:skin"),
    ("lymph nodes", "term", "cl:lymph_nodes"),
    ("man", "term", "cl:male"),
    ("leukocytes", "analyte", "cl:leukocytes"),
    ("neutrophils", "analyte", "cl:neutrophils"),
    ("Hg (haemoglobin)", "analyte", "cl:haemoglobin"),
    ("creatinine", "analyte", "cl:creatinine"),
    ("LDH", "analyte", "cl:ldh"),
    ("procalcitonin", "analyte", "cl:procalcitonin"),
    ("CRP", "analyte", "cl:crp"),
    ("BP", "analyte", "cl:blood_pressure"),
    ("Fc (heart rate)", "analyte", "cl:heart_rate"),
    ("Ta (temperature)", "analyte", "cl:temperature"),
]
# Misspellings in the demo case that must NOT be recognised as drugs.
SEED_FORBIDDEN = ["cloxaciclina", "cloxacycline"]
# ...while the correct drug must be in the lexicon for both languages.
SEED_REQUIRED_TERMS = [("pt", "cloxacilina", "drugbank:DB01147"), ("en", "cloxacillin", "drugbank:DB01147"),
                       ("es", "cloxacilina", "drugbank:DB01147")]


def norm(s: str) -> str:
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()
    return " ".join(s.split())


def read(path: Path, ncols: int) -> tuple[list[list[str]], list[str]]:
    rows, errs = [], []
    header_seen = False
    for i, line in enumerate(path.open(encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if line.startswith("#"):
            if header_seen and rows:
                errs.append(f"{path.name}:{i}: comment after data")
            header_seen = True
            continue
        f = line.split("\t")
        if len(f) != ncols:
            errs.append(f"{path.name}:{i}: {len(f)} columns, expected {ncols}")
            continue
        if any(x != x.strip() or "  " in x for x in f):
            errs.append(f"{path.name}:{i}: stray spaces")
        rows.append(f)
    return rows, errs


def stopwords() -> dict[str, set[str]]:
    out = {}
    for lang in LANGS:
        out[lang] = {norm(w) for w in (CURATED / f"stopwords_{lang}.txt").read_text(encoding="utf-8").split("\n")
                     if w.strip() and not w.startswith("#")}
    return out


def occurs(term: str, text_norm: str, case_sensitive: bool = False, raw: str = "") -> bool:
    if case_sensitive:
        return re.search(r"(?<!\w)" + re.escape(term) + r"(?!\w)", raw) is not None
    return re.search(r"(?<!\w)" + re.escape(norm(term)) + r"(?!\w)", text_norm) is not None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed-dir", type=Path, default=REPO.parent / "shared" / "data" / "seed-case")
    args = ap.parse_args()
    errors: list[str] = []

    terms, e = read(LEX / "terms.tsv", 5); errors += e
    analytes, e = read(LEX / "analytes.tsv", 9); errors += e
    names, e = read(LEX / "analyte_names.tsv", 4); errors += e
    units, e = read(LEX / "units.tsv", 4); errors += e
    ctx, e = read(LEX / "context_triggers.tsv", 4); errors += e
    secs, e = read(LEX / "sections.tsv", 3); errors += e
    abbr, e = read(LEX / "sentence_abbreviations.tsv", 2); errors += e

    sw = stopwords()
    seen: dict[tuple[str, str, str], str] = {}
    for lang, term, cat, concept, code in terms:
        if lang not in LANGS + ("*",):
            errors.append(f"terms: bad lang {lang!r} ({term})")
        if cat not in TERM_CATS:
            errors.append(f"terms: bad category {cat!r} ({term})")
        if not re.fullmatch(r"(cl|icd10|drugbank):[A-Za-z0-9_.]+", concept):
            errors.append(f"terms: bad concept {concept!r} ({term})")
        if cat == "medication" and concept.startswith("drugbank:") and code != concept.split(":")[1]:
            errors.append(f"terms: drug code {code!r} != concept {concept}")
        if len(term.split()) > 6 or not term:
            errors.append(f"terms: bad term length {term!r}")
        key = (lang, norm(term), cat)
        if key in seen and seen[key] != concept:
            errors.append(f"terms: ({lang}, {term}, {cat}) has two concepts: {seen[key]} and {concept}")
        seen[key] = concept
        for l in (LANGS if lang == "*" else (lang,)):
            if norm(term) in sw[l]:
                errors.append(f"terms: {lang}:{term!r} is a common {l} word")
    unit_ucum = {u[1] for u in units}
    for u in units:
        try:
            float(u[3])
        except ValueError:
            errors.append(f"units: bad factor {u}")
    concepts = set()
    for r in analytes:
        concepts.add(r[0])
        if r[1] not in ("vital_sign", "lab_result") or r[7] not in ("any", "male", "female"):
            errors.append(f"analytes: bad row {r}")
        if r[2] not in unit_ucum:
            errors.append(f"analytes: unit {r[2]} not in units.tsv")
        for v in r[3:7]:
            if v:
                try:
                    float(v)
                except ValueError:
                    errors.append(f"analytes: bad number {v} in {r}")
    for lang, name, concept, cs in names:
        if lang not in LANGS + ("*",) or concept not in concepts or cs not in ("0", "1"):
            errors.append(f"analyte_names: bad row {lang} {name} {concept} {cs}")
    for lang, phrase, cat, d in ctx:
        if lang not in LANGS or cat not in CTX_CATS or d not in ("forward", "backward", "bidirectional", "none"):
            errors.append(f"context: bad row {lang} {phrase} {cat} {d}")
        if (cat in ("PSEUDO", "TERMINATE")) != (d == "none"):
            errors.append(f"context: direction of {cat} {phrase!r} must be 'none' exactly for PSEUDO/TERMINATE")
    for lang, h, s in secs:
        if lang not in LANGS or s not in SECTIONS:
            errors.append(f"sections: bad row {lang} {h} {s}")

    # demo case
    misses: list[str] = []
    seed = {lang: args.seed_dir / f"septic-shock-47m.{lang}.txt" for lang in ("pt", "en")}
    if all(p.is_file() for p in seed.values()):
        by_concept = defaultdict(list)
        for lang, term, cat, concept, code in terms:
            by_concept[concept].append((lang, term))
        names_by_concept = defaultdict(list)
        for lang, name, concept, cs in names:
            names_by_concept[concept].append((lang, name, cs == "1"))
        for lang, path in seed.items():
            raw = path.read_text(encoding="utf-8")
            tn = norm(raw)
            def found(concept: str, kind: str) -> bool:
                if kind == "term":
                    return any(l in (lang, "*") and occurs(t, tn) for l, t in by_concept.get(concept, []))
                return any(l in (lang, "*") and occurs(n, tn, cs, raw) for l, n, cs in names_by_concept.get(concept, []))

            for what, kind, spec in SEED_EXPECTED:
                alternatives = spec.split("|")
                if found(alternatives[0], kind):
                    continue
                fallback = [a for a in alternatives[1:] if all(found(c, kind) for c in a.split("+"))]
                if fallback:
                    print(f"note  seed {lang}: {what} found only as the coordinated parts {fallback[0]}")
                    continue
                misses.append(f"seed {lang}: {what} ({alternatives[0]}) not found")
            for bad in SEED_FORBIDDEN:
                for l, term, cat, concept, code in terms:
                    if norm(term) == norm(bad):
                        misses.append(f"lexicon contains the misspelling {bad!r} as {cat}/{concept}")
        have = {(l, norm(t), c) for l, t, cat, c, code in terms}
        for lang, term, concept in SEED_REQUIRED_TERMS:
            if (lang, norm(term), concept) not in have:
                misses.append(f"lexicon lacks {lang}:{term} ({concept})")
    else:
        print(f"notice: seed texts not found under {args.seed_dir}; demo-case coverage not checked")

    for e in errors:
        print("ERROR", e)
    for m in misses:
        print("MISS ", m)
    n_seed = len(SEED_EXPECTED) * 2
    print(f"checked: terms={len(terms)} analytes={len(analytes)} analyte_names={len(names)} units={len(units)} "
          f"context={len(ctx)} sections={len(secs)} abbreviations={len(abbr)}; "
          f"demo-case findings: {n_seed - sum(m.startswith('seed') for m in misses)} of {n_seed} found")
    print(f"{0 if errors or misses else 1} passed, {1 if errors or misses else 0} failed")
    return 1 if errors or misses else 0


if __name__ == "__main__":
    sys.exit(main())
