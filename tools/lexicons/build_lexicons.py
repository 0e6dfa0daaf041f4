#!/usr/bin/env python3
"""Build the CaseLens lexicon files in resources/lexicons/ from the shared sources and the
hand-written lists in resources/lexicons/curated/.

Python 3.11, standard library only.  Deterministic: the same inputs give byte-identical outputs.

    python3 tools/lexicons/build_lexicons.py [--shared /work/shared/data/lexicons] [--out DIR]

--shared defaults to ../shared/data/lexicons relative to the repository root.
See resources/lexicons/PROVENANCE.md for what is read and how it is filtered.
"""
from __future__ import annotations

import argparse
import csv
import itertools
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
LEX = REPO / "resources" / "lexicons"
CURATED = LEX / "curated"

LANGS = ("en", "es", "pt")
TERM_CATEGORIES = ("medication", "diagnosis", "symptom", "procedure", "anatomy", "organism", "sex")
CONTEXT_CATEGORIES = ("NEGATED_EXISTENCE", "POSSIBLE_EXISTENCE", "HISTORICAL", "HYPOTHETICAL",
                      "FAMILY", "PSEUDO", "TERMINATE")
SECTIONS = ("history", "examination", "tests", "imaging", "treatment", "evolution", "diagnosis")
MAX_WORDS = 6
# Categories whose curated rows may carry a WHO ICD-10 code (checked against the CID-10 tables):
# diagnoses, and symptoms that are ICD-10 signs (chapter R and the like: oedema R60.9, jaundice R17).
CODED_CATEGORIES = ("diagnosis", "symptom")

csv.field_size_limit(10 ** 8)


class BuildError(Exception):
    pass


ERRORS: list[str] = []


def soft_error(msg: str) -> None:
    """Collect an input error and go on, so that one run reports all of them."""
    ERRORS.append(msg)


# ----------------------------------------------------------------------------- helpers

def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def norm(s: str) -> str:
    """Matching key: case- and accent-insensitive, single spaces."""
    s = strip_accents(s).casefold()
    s = s.replace("\u2010", "-").replace("\u2011", "-").replace("\u2013", "-")
    return " ".join(s.split())


def norm_canonical(s: str) -> str:
    """Like norm(), but with canonical decomposition only: compatibility forms (², ₂, µ) stay distinct."""
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c)).casefold()
    return " ".join(s.split())


def clean(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ").strip()
    return " ".join(s.split())


def read_rows(path: Path, ncols: int | None = None) -> list[list[str]]:
    """Read a curated TSV: '#' lines are comments/header, fields are tab-separated."""
    rows = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            fields = [clean(f) for f in line.split("\t")]
            if ncols is not None:
                if len(fields) < ncols:
                    fields += [""] * (ncols - len(fields))
                if len(fields) > ncols:
                    raise BuildError(f"{path.name}:{lineno}: {len(fields)} fields, expected {ncols}")
            rows.append(fields + [f"{path.name}:{lineno}"])
    return rows


OPT_RE = re.compile(r"\(([^()\s]{1,4})\)")


def expand(term: str) -> list[str]:
    """'abcesso(s) glúteo(s)' -> all combinations with and without the bracketed endings."""
    parts = OPT_RE.split(term)
    if len(parts) == 1:
        return [term]
    fixed, opts = parts[0::2], parts[1::2]
    out = []
    for choice in itertools.product(*[("", o) for o in opts]):
        s = fixed[0]
        for c, f in zip(choice, fixed[1:]):
            s += c + f
        out.append(clean(s))
    return out


def split_syn(cell: str) -> list[str]:
    out = []
    for t in cell.split("|"):
        t = clean(t)
        if t:
            out.extend(expand(t))
    return out


def write_tsv(path: Path, header: list[str], rows: list[tuple], comments: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for c in comments:
            fh.write(f"# {c}\n" if c else "#\n")
        fh.write("#" + "\t".join(header) + "\n")
        for r in rows:
            for f in r:
                if "\t" in str(f) or "\n" in str(f):
                    raise BuildError(f"tab/newline inside field: {r!r}")
            fh.write("\t".join(str(f) for f in r) + "\n")


def load_stopwords() -> dict[str, set[str]]:
    sw: dict[str, set[str]] = {}
    for lang in LANGS:
        p = CURATED / f"stopwords_{lang}.txt"
        words = set()
        for line in p.open(encoding="utf-8"):
            line = line.strip()
            if line and not line.startswith("#"):
                words.add(norm(line))
        sw[lang] = words
    return sw


# ----------------------------------------------------------------------------- ICD-10

def load_icd10(shared: Path) -> dict[str, str]:
    """WHO ICD-10 codes as published by DATASUS (CID-10 2008) -> Portuguese title."""
    codes: dict[str, str] = {}
    base = shared / "icd10-pt-datasus" / "utf8"
    for fn, col in (("CID-10-CATEGORIAS.CSV", 2), ("CID-10-SUBCATEGORIAS.CSV", 4)):
        with (base / fn).open(encoding="utf-8") as fh:
            for r in csv.reader(fh, delimiter=";"):
                if not r or r[0] in ("CAT", "SUBCAT"):
                    continue
                c = r[0].strip()
                code = c if len(c) == 3 else c[:3] + "." + c[3:]
                codes[code] = r[col].strip()
    for r in read_rows(CURATED / "icd10_extra_codes.tsv", 3):
        codes[r[0]] = r[1] + " [" + r[2] + "]"
    return codes


# ----------------------------------------------------------------------------- concept lists

def load_concept_file(path: Path, category: str, icd: dict[str, str], report: list[str]) -> list[tuple]:
    """concept, code, en, es, pt, any  ->  (lang, term, category, concept, code) rows."""
    out = []
    seen_concepts: dict[str, str] = {}
    for concept, code, en, es, pt, anyl, where in read_rows(path, 6):
        if code and category in CODED_CATEGORIES:
            if code not in icd:
                soft_error(f"{where}: ICD-10 code {code} not in CID-10 tables nor icd10_extra_codes.tsv"); continue
        if not concept:
            if not code:
                soft_error(f"{where}: neither concept nor code"); continue
            concept = "icd10:" + code
        if not re.fullmatch(r"(cl|icd10|drugbank):[A-Za-z0-9_.]+", concept):
            soft_error(f"{where}: bad concept id {concept!r}"); continue
        if concept in seen_concepts:
            soft_error(f"{where}: concept {concept} already defined at {seen_concepts[concept]}"); continue
        seen_concepts[concept] = where
        if category in CODED_CATEGORIES and code:
            report.append(f"{code}\t{concept}\t{(en.split('|') or [''])[0]}\t{icd[code]}")
        for lang, cell in (("en", en), ("es", es), ("pt", pt), ("*", anyl)):
            for term in split_syn(cell):
                out.append((lang, term, category, concept, code if category in CODED_CATEGORIES else "", where))
    return out


# ----------------------------------------------------------------------------- drugs

EN_ES_PT_SUFFIXES = [
    # (english ending, spanish, portuguese); '|' separates alternative forms (pt-BR|pt-PT).
    # Longest ending first; applied after the spelling rules in _spell().
    ("cillin", "cilina", "cilina"),
    ("mycin", "micina", "micina"),
    ("micin", "micina", "micina"),
    ("cycline", "ciclina", "ciclina"),
    ("oxacin", "oxacino", "oxacino"),
    ("sartan", "sartán", "sartana|sartan"),
    ("xaban", "xabán", "xabana|xabano"),
    ("gatran", "gatrán", "gatrana|gatrano"),
    ("setron", "setrón", "setrona|setrom"),
    ("triptan", "triptán", "triptana|triptano"),
    ("tecan", "tecán", "tecano"),
    ("platin", "platino", "platina"),
    ("dipine", "dipino", "dipina"),
    ("caine", "caína", "caína"),
    ("eine", "eína", "eína"),
    ("oine", "oína", "oína"),
    ("oin", "oína", "oína"),
    ("profen", "profeno", "profeno"),
    ("fenac", "fenaco", "fenaco"),
    ("olac", "olaco", "olaco"),
    ("ib", "ib", "ibe|ib"),
    ("mab", "mab", "mabe|mab"),
    ("cept", "cept", "cepte|cept"),
    ("azole", "azol", "azol"),
    ("ole", "ol", "ol"),
    ("ium", "io", "io"),
    ("one", "ona", "ona"),
    ("ine", "ina", "ina"),
    ("ime", "ima", "ima"),
    ("ane", "ano", "ano"),
    ("ene", "eno", "eno"),
    ("ose", "osa", "ose"),
    ("ide", "ida", "ida"),
    ("ate", "ato", "ato"),
    ("ase", "asa", "ase"),
    ("in", "ina", "ina"),
    ("en", "eno", "eno"),
    ("ol", "ol", "ol"),
    ("am", "am", "am"),
    ("pril", "pril", "pril"),
    ("il", "ilo", "ila|il"),
    ("vir", "vir", "vir"),
    ("ast", "ast", "aste"),
]
EN_ES_PT_SUFFIXES.sort(key=lambda t: -len(t[0]))


def _spell(word: str, lang: str) -> str:
    w = word.lower()
    w = w.replace("ph", "f").replace("th", "t").replace("ae", "e").replace("oe", "e")
    w = re.sub(r"^rh", "r", w)
    w = re.sub(r"ch(?=[lr])", "c", w)
    w = re.sub(r"^ch", "c", w)
    w = w.replace("y", "i")
    if lang == "pt":
        w = w.replace("k", "c")
        w = re.sub(r"([bcdfglmnptvz])\1", r"\1", w)  # Portuguese keeps rr and ss
    else:
        w = re.sub(r"([bcdfglmnprtvz])\1", r"\1", w)
        w = w.replace("ss", "s")
    w = re.sub(r"^s([ctpmnl])", r"es\1", w)
    return w


def inn_forms(lang: str, name: str) -> list[str]:
    """Spanish or Portuguese form(s) of a one-word English INN by suffix rules (see PROVENANCE.md)."""
    idx = 0 if lang == "es" else 1
    w = name.lower()
    for suf, es, pt in EN_ES_PT_SUFFIXES:
        if w.endswith(suf):
            stem = _spell(w[: -len(suf)], lang)
            return [stem + e for e in (es, pt)[idx].split("|")]
    return [_spell(w, lang)]


def inn_to(lang: str, name: str) -> str:
    return inn_forms(lang, name)[0]


def load_drugbank(shared: Path) -> list[dict]:
    p = shared / "drugbank-open-vocabulary" / "drugbank_vocabulary.clean.tsv"
    with p.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


BAD_CHARS = re.compile(r"[0-9()\[\]{},;:/+=\"'.&%*#@!?<>\\]")
CHEM_PREFIX = re.compile(r"^(?:[a-z]{1,2}|dl|nn|cis|trans|tert|sec|alpha|beta)-", re.I)
LATIN_SECOND = re.compile(r"^[a-z]+(?:us|um|is|ae|ii|ensis|oides|ata|ica|ana|ina|osa|ella|ella)$")
GREEK = {"alfa", "alpha", "beta", "gamma", "delta", "zeta", "epsilon", "omega", "pegol", "lispro",
         "aspart", "glargine", "detemir", "degludec", "glulisine"}
SALT_WORDS = {"sodium", "potassium", "calcium", "magnesium", "hydrochloride", "hydrobromide",
              "sulfate", "sulphate", "phosphate", "acetate", "citrate", "chloride", "bromide",
              "maleate", "mesylate", "tartrate", "fumarate", "succinate", "besylate", "nitrate",
              "carbonate", "bicarbonate", "lactate", "gluconate", "hydrate", "monohydrate",
              "dihydrate", "anhydrous", "salt", "disodium", "dipotassium", "iodide", "oxide",
              "hydroxide", "edetate", "tosylate", "valerate", "propionate", "dipropionate",
              "butyrate", "palmitate", "stearate", "benzoate", "salicylate", "pamoate", "ion", "cation",
              "anion", "hemihydrate", "trihydrate", "pentahydrate", "sesquihydrate", "free", "base",
              "acid"}
ALLERGEN_WORDS = {"pollen", "pollens", "hair", "dander", "epithelium", "epithelia", "feather", "feathers",
                  "venom", "venoms", "mite", "mites", "mold", "mould", "extract", "allergenic", "dust",
                  "smut", "root", "leaf", "leaves", "seed", "seeds", "oil", "fruit", "bark", "flower",
                  "flowers", "juice", "meat", "milk", "egg", "eggs", "fish", "nut", "nuts", "grass",
                  "weed", "tree", "whole", "skin", "hulls", "insect", "cockroach", "mosquito", "flea",
                  "bean", "beans", "rhizome", "herb", "stem", "wood", "resin", "gum", "powder", "honey",
                  "wax", "mushroom", "cheese", "flour", "shell", "peel", "plant", "berry", "berries",
                  "sprout", "tea", "wine", "vinegar", "protein", "proteins", "serum", "toxoid", "vaccine",
                  "strain", "cells", "cell", "antigen", "antigens", "human", "bovine", "porcine", "equine",
                  "recombinant", "fragment", "peptide", "receptor", "kinase", "inhibitor", "agonist",
                  "antagonist", "complex", "solution", "mixture", "compound", "ligand", "derivative"}


def drug_name_ok(name: str, common: str, allow: set[str]) -> str | None:
    """Return None if the DrugBank name is acceptable as a text-matching term, else the reason."""
    k = norm(name)
    if k in allow:
        return None
    letters = re.sub(r"[^a-z]", "", k)
    if len(letters) < 4:
        return "short"
    if BAD_CHARS.search(name):
        return "code/chemical"
    words = k.split()
    if len(words) > 4:
        return "long"
    if name.isupper() or re.search(r"[a-z][A-Z]", name):
        return "code/abbreviation"
    if CHEM_PREFIX.match(name) or name.count("-") >= 2:
        return "chemical"
    if any(w in SALT_WORDS for w in words) and all(w in SALT_WORDS for w in words):
        return "salt-only"
    if any(w in ALLERGEN_WORDS for w in words):
        return "allergen/biological"
    if len(words) == 2 and name[0].isupper() and words[1] not in GREEK and LATIN_SECOND.match(words[1]) \
            and not words[0].endswith(("in", "ine", "ol", "one", "ide", "ate", "mab")):
        return "latin binomial"
    if k.endswith("um") and norm(common) != k and len(words) == 1:
        return "latin INN form"
    if not name.isascii():
        return "non-latin"
    return None


def build_drugs(shared: Path, report: list[str]) -> tuple[list[tuple], Counter]:
    rows = load_drugbank(shared)
    by_name: dict[str, dict] = {}
    for r in rows:
        by_name.setdefault(norm(r["Common name"]), r)
    exclude = {norm(r[0]): r[1] for r in read_rows(CURATED / "drugbank_exclude.tsv", 2)}
    allow = {norm(r[0]) for r in read_rows(CURATED / "drugbank_allow.tsv", 2)}
    stats: Counter = Counter()
    out: list[tuple] = []

    curated = read_rows(CURATED / "drugs.tsv", 5)
    curated_ids: dict[str, tuple] = {}
    for name, es, pt, extra, note, where in curated:
        r = by_name.get(norm(name))
        if r is None:
            raise BuildError(f"{where}: {name!r} is not a DrugBank common name")
        dbid = r["DrugBank ID"]
        if dbid in curated_ids:
            raise BuildError(f"{where}: {name} duplicates {curated_ids[dbid]}")
        curated_ids[dbid] = (name, es, pt, extra, where)

    for r in rows:
        dbid, common = r["DrugBank ID"], clean(r["Common name"])
        concept = "drugbank:" + dbid
        syns = [clean(s) for s in r["Synonyms"].split("|") if clean(s)]
        names = [common] + syns
        cur = curated_ids.get(dbid)
        es_rule: list[str] = []
        pt_rule: list[str] = []
        if len(common.split()) == 1:
            es_rule, pt_rule = inn_forms("es", common), inn_forms("pt", common)
        es_keys, pt_keys = {norm(f) for f in es_rule}, {norm(f) for f in pt_rule}
        for n in names:
            k = norm(n)
            if k in exclude:
                stats["drop:excluded(curated list)"] += 1
                continue
            why = drug_name_ok(n, common, allow)
            # foreign-language INN variants (Spanish, French, Italian, German, Latin) of the common name
            is_variant = (n != common and len(n.split()) == 1 and len(common.split()) == 1
                          and norm(n) != norm(common) and norm(n)[:4] == norm(common)[:4]
                          and abs(len(n) - len(common)) <= 3)
            if is_variant or (why == "latin INN form") or (why == "non-latin"):
                if norm(n) in es_keys:
                    out.append(("es", n, "medication", concept, dbid, "drugbank-es"))
                    stats["es:drugbank synonym confirmed by rule"] += 1
                if norm(n) in pt_keys:
                    out.append(("pt", n, "medication", concept, dbid, "drugbank-pt"))
                    stats["pt:drugbank synonym confirmed by rule"] += 1
                if norm(n) not in es_keys and norm(n) not in pt_keys:
                    stats["drop:foreign INN variant"] += 1
                continue
            if why:
                stats["drop:" + why] += 1
                continue
            out.append(("en", n, "medication", concept, dbid, "drugbank"))
            stats["en:drugbank name/synonym"] += 1
        if cur:
            name, es, pt, extra, where = cur
            for lang, cell, rule in (("es", es, es_rule), ("pt", pt, pt_rule)):
                if cell == "-":
                    continue
                forms = split_syn(cell) if cell else []
                if not forms:
                    if not rule:
                        raise BuildError(f"{where}: multi-word name needs explicit {lang} form")
                    forms = list(rule)
                for f in forms:
                    out.append((lang, f, "medication", concept, dbid, where))
                    stats[f"{lang}:curated/rule"] += 1
                report.append(f"{dbid}\t{common}\t{lang}\t{'|'.join(forms)}\t{'explicit' if cell else 'rule'}")
            for f in split_syn(extra):
                lang, _, term = f.partition(":") if re.match(r"^(en|es|pt|\*):", f) else ("*", "", f)
                out.append((lang, term, "medication", concept, dbid, where))
                stats[f"{lang}:curated extra"] += 1
    return out, stats


# ----------------------------------------------------------------------------- English plurals

PLURAL_CATEGORIES = ("diagnosis", "symptom", "procedure", "anatomy")
PLURAL_IRREGULAR = {"foot": "feet", "tooth": "teeth", "child": "children", "thrombus": "thrombi", "embolus": "emboli",
                    "bronchus": "bronchi", "nucleus": "nuclei", "calculus": "calculi", "focus": "foci",
                    "fungus": "fungi", "bacillus": "bacilli", "diverticulum": "diverticula", "septum": "septa",
                    "atrium": "atria", "testis": "testes", "vertebra": "vertebrae", "appendix": "appendices"}
# Last words that take no plural: adjectives (by ending) and function words of phrases such as
# "loss of appetite", whose plural would change the head noun, not the last word.
PLURAL_SKIP_ENDINGS = ("al", "ic", "ous", "ive", "ary", "ar", "ed", "ing", "ful", "less", "ile", "ent", "ant",
                       "itis", "us", "um", "x", "o", "f", "fe", "a", "s")
PHRASE_WORDS = {"of", "in", "to", "with", "on", "for", "at", "from", "by", "and", "or", "without", "the", "a", "an"}


def en_plural(term: str) -> str | None:
    """Regular English plural of a curated noun phrase (last word), or None when there is none to make."""
    words = term.split(" ")
    if any(w.lower() in PHRASE_WORDS for w in words[:-1]):
        return None
    last = words[-1]
    head, _, w = last.rpartition("-")
    if not w.isalpha() or not w.isascii() or len(w) < 4 or not w[1:].islower():
        return None
    lw = w.lower()
    if lw in PLURAL_IRREGULAR:
        pl = PLURAL_IRREGULAR[lw]
    elif lw.endswith("ss"):
        pl = lw + "es"
    elif lw.endswith("sis"):
        pl = lw[:-3] + "ses"
    elif lw.endswith(("ch", "sh")):
        pl = lw + "es"
    elif lw.endswith("y") and lw[-2] not in "aeiou":
        pl = lw[:-1] + "ies"
    elif lw.endswith(("oma", "ula", "algia", "hernia", "arrhythmia")):
        pl = lw + "s"  # carcinomas, fistulas, arthralgias, hernias, arrhythmias (not "anaemias", "dyspnoeas")
    elif lw.endswith(PLURAL_SKIP_ENDINGS):
        return None
    else:
        pl = lw + "s"
    if w[0].isupper():
        pl = pl[0].upper() + pl[1:]
    return " ".join(words[:-1] + [(head + "-" if head else "") + pl])


# ----------------------------------------------------------------------------- terms.tsv

def build_terms(shared: Path, icd: dict[str, str], sw: dict[str, set[str]], analyte_keys: set[tuple[str, str]],
                reports: dict[str, list[str]]) -> tuple[list[tuple], Counter]:
    rows: list[tuple] = []
    diag_report: list[str] = []
    for cat in ("diagnosis", "symptom", "procedure", "anatomy", "organism", "sex"):
        rows += load_concept_file(CURATED / f"{cat}.tsv", cat, icd, diag_report)
    rows += load_concept_file(CURATED / "medication_classes.tsv", "medication", icd, diag_report)
    reports["icd10_check.tsv"] = diag_report

    # curated terms: hard errors on conflicts
    curated_key: dict[tuple[str, str], tuple] = {}
    final: dict[tuple[str, str, str], tuple] = {}
    for lang, term, cat, concept, code, where in rows:
        if len(term.split()) > MAX_WORDS:
            soft_error(f"{where}: more than {MAX_WORDS} words: {term}")
        k = norm(term)
        for l2 in (LANGS if lang == "*" else (lang,)):
            if k in sw[l2]:
                soft_error(f"{where}: {term!r} is a common {l2} word (stopwords_{l2}.txt)")
        key = (lang, k)
        if key in curated_key:
            prev = curated_key[key]
            if prev[3] != concept or prev[2] != cat:
                soft_error(f"{where}: ({lang}, {term}) already {prev[2]}/{prev[3]} at {prev[5]}, now {cat}/{concept}")
            continue  # same concept, accent/case variant already present
        curated_key[key] = (lang, term, cat, concept, code, where)
        final[(lang, k, cat)] = (lang, term, cat, concept, code)

    drug_rows, drug_stats = build_drugs(shared, reports.setdefault("drug_forms.tsv", []))
    dropped = Counter()
    drug_concept_of: dict[tuple[str, str], str] = {}
    for lang, term, cat, concept, code, where in drug_rows:
        k = norm(term)
        if len(term.split()) > MAX_WORDS:
            continue
        langs = LANGS if lang == "*" else (lang,)
        if any(k in sw[l] for l in langs):
            dropped["common word"] += 1
            continue
        if any(((l, k) in curated_key) or (("*", k) in curated_key) for l in langs) or (lang == "*" and any((l, k) in curated_key for l in LANGS)):
            owner = curated_key.get((lang, k)) or curated_key.get(("*", k))
            if owner and owner[3] == concept:
                continue
            dropped["collides with curated term"] += 1
            continue
        if any((l, k) in analyte_keys for l in langs) or ("*", k) in analyte_keys:
            dropped["is an analyte name"] += 1
            continue
        dk = (lang, k)
        if dk in drug_concept_of and drug_concept_of[dk] != concept:
            # the same synonym on two DrugBank records: keep the record whose common name it is,
            # else the first (lowest id); reported
            dropped["ambiguous synonym (second record)"] += 1
            continue
        drug_concept_of[dk] = concept
        final.setdefault((lang, k, "medication"), (lang, term, "medication", concept, code))

    # English plurals of curated nouns ("lesion" -> "lesions", "pleural effusion" -> "pleural effusions"):
    # the engine matches whole words only. A generated plural never displaces a curated or DrugBank term,
    # an analyte name or a common word.
    taken = {(l, k) for (l, k, c) in final}
    stats_plural: Counter = Counter()
    for lang, term, cat, concept, code, where in rows:
        if lang != "en" or cat not in PLURAL_CATEGORIES:
            continue
        plural = en_plural(term)
        if not plural:
            continue
        k = norm(plural)
        if ("en", k) in taken or ("*", k) in taken or ("en", k) in analyte_keys or k in sw["en"]:
            stats_plural["not added (taken)"] += 1
            continue
        taken.add(("en", k))
        final[("en", k, cat)] = ("en", plural, cat, concept, code)
        stats_plural["added"] += 1

    # one more pass: a DrugBank synonym that is another drug's common name belongs to that drug only
    out = sorted(final.values(), key=lambda r: (TERM_CATEGORIES.index(r[2]), r[3], r[0], norm(r[1]), r[1]))
    stats = Counter()
    for lang, term, cat, concept, code in out:
        stats[(cat, lang)] += 1
    for k, v in drug_stats.items():
        stats[("drugbank", k)] = v
    for k, v in dropped.items():
        stats[("drugbank-dropped", k)] = v
    for k, v in stats_plural.items():
        stats[("en-plural", k)] = v
    return out, stats


# ----------------------------------------------------------------------------- analytes / units

def build_units() -> tuple[list[tuple], dict[str, str]]:
    rows = []
    canon = {}
    seen = set()
    for variant, ucum, dim, factor, where in read_rows(CURATED / "units.tsv", 4):
        float(factor)
        if variant in seen:
            raise BuildError(f"{where}: duplicate unit variant {variant}")
        seen.add(variant)
        rows.append((variant, ucum, dim, factor))
        if float(factor) == 1.0:
            canon.setdefault(dim, ucum)
    rows.sort(key=lambda r: (r[2], r[1], r[0]))
    return rows, canon


def build_analytes(unit_ucums: set[str]) -> tuple[list[tuple], set[str]]:
    rows = []
    concepts = set()
    for r in read_rows(CURATED / "analytes.tsv", 9):
        concept, category, unit, low, high, pmin, pmax, sex, source, where = r
        if category not in ("vital_sign", "lab_result"):
            raise BuildError(f"{where}: bad category {category}")
        if sex not in ("any", "male", "female"):
            raise BuildError(f"{where}: bad sex {sex}")
        if unit not in unit_ucums:
            raise BuildError(f"{where}: unit {unit} is not a ucum value in units.tsv")
        for v in (low, high, pmin, pmax):
            if v:
                float(v)
        if not pmin or not pmax:
            raise BuildError(f"{where}: plausible range required")
        if low and float(low) < float(pmin) or high and float(high) > float(pmax):
            raise BuildError(f"{where}: reference range outside plausible range")
        if not source:
            raise BuildError(f"{where}: source required")
        rows.append((concept, category, unit, low, high, pmin, pmax, sex, source))
        concepts.add(concept)
    rows.sort(key=lambda r: (r[1] != "vital_sign", r[0], r[2], ("any", "male", "female").index(r[7])))
    keys = [(r[0], r[2], r[7]) for r in rows]
    if len(keys) != len(set(keys)):
        raise BuildError("analytes.tsv: duplicate (concept, unit, sex)")
    return rows, concepts


def build_analyte_names(concepts: set[str]) -> list[tuple]:
    rows = {}
    for lang, name, concept, cs, where in read_rows(CURATED / "analyte_names.tsv", 4):
        if lang not in LANGS + ("*",):
            raise BuildError(f"{where}: bad lang {lang}")
        if concept not in concepts:
            raise BuildError(f"{where}: {concept} not in analytes.tsv")
        if cs not in ("0", "1"):
            raise BuildError(f"{where}: case_sensitive must be 0/1")
        # Dedupe on canonical (NFD) folding only: "SpO2" and "SpO₂" are both kept, because the engine
        # folds the subscript to a letter-class "2" and so tokenizes the two spellings differently.
        key = (lang, name if cs == "1" else norm_canonical(name))
        if key in rows and rows[key][2] != concept:
            raise BuildError(f"{where}: {lang}/{name} already names {rows[key][2]}")
        rows[key] = (lang, name, concept, cs)
    return sorted(rows.values(), key=lambda r: (r[2], r[0], norm(r[1]), r[1]))


# ----------------------------------------------------------------------------- ConText triggers

def expand_medspacy(rule: dict) -> list[str]:
    pat = rule.get("pattern")
    if not pat:
        return [rule["literal"]]
    choices = []
    for tok in pat:
        lower = tok.get("LOWER")
        opts = lower["IN"] if isinstance(lower, dict) else [lower]
        if tok.get("OP") == "?":
            opts = [""] + list(opts)
        choices.append(opts)
    out = []
    for combo in itertools.product(*choices):
        s = ""
        for t in combo:
            if not t:
                continue
            if t in ("n't", "'s", "'"):
                s += t
            else:
                s += (" " if s else "") + t
        out.append(s)
    return out


def read_negex_list(path: Path) -> list[str]:
    out = []
    for line in path.open(encoding="utf-8"):
        line = clean(line)
        if line and not line.startswith(":"):
            out.append(line)
    return out


def build_context(shared: Path) -> tuple[list[tuple], Counter]:
    excl = {(r[0], norm(r[1])) for r in read_rows(CURATED / "context_exclude.tsv", 3)}
    recat = {(r[0], norm(r[1])): (r[2], r[3]) for r in read_rows(CURATED / "context_recategorise.tsv", 5)}
    rows: dict[tuple[str, str, str], tuple] = {}
    src = Counter()

    def add(lang, phrase, cat, direction, origin):
        phrase = clean(phrase).lower() if lang != "*" else clean(phrase)
        key = (lang, norm(phrase))
        if key in excl:
            src[f"{lang}:excluded"] += 1
            return
        if key in recat:
            cat, direction = recat[key]
        if cat in ("PSEUDO", "TERMINATE"):
            direction = "none"
        if cat not in CONTEXT_CATEGORIES or direction not in ("forward", "backward", "bidirectional", "none"):
            raise BuildError(f"bad trigger {lang} {phrase} {cat} {direction}")
        k = (lang, norm(phrase), cat)
        if any(kk[0] == lang and kk[1] == norm(phrase) for kk in rows) and k not in rows:
            # the same phrase with another category: first source wins (curated files are read first)
            src[f"{lang}:category conflict skipped"] += 1
            return
        if k not in rows:
            rows[k] = (lang, phrase, cat, direction)
            src[f"{lang}:{origin}"] += 1

    # 1. hand-written lists win
    for lang in LANGS:
        for phrase, cat, direction, where in read_rows(CURATED / f"context_{lang}.tsv", 3):
            add(lang, phrase, cat, direction, "curated")
    # 2. medspaCy (en)
    rules = json.loads((shared / "context-triggers/medspacy/en/context_rules.json").read_text(encoding="utf-8"))
    for rule in rules["context_rules"]:
        d = rule["direction"].lower()
        cat = rule["category"]
        if d == "terminate":
            cat, d = "TERMINATE", "none"
        for phrase in expand_medspacy(rule):
            add("en", phrase, cat, d, "medspacy")
    # 3. NegEx-MES (en, es)
    base = shared / "negex-mes-es/smn/config_files"
    for lang, dirname in (("en", "eng"), ("es", "spa")):
        d = base / dirname / "without_lemma"
        for fn, cat, direction in (("neg-phrases.txt", "NEGATED_EXISTENCE", "forward"),
                                   ("post-neg-phrases.txt", "NEGATED_EXISTENCE", "backward"),
                                   ("pseudo-neg-phrases.txt", "PSEUDO", "none"),
                                   ("conjunctions.txt", "TERMINATE", "none")):
            for phrase in read_negex_list(d / fn):
                add(lang, phrase, cat, direction, "negex-mes")
    # 4. Portuguese and Spanish fuse "de" with the article ("resolução da arritmia", "a la
    #    exclusión del diagnóstico"): a trigger ending in "de" also ends in each fused form.
    fused = {"pt": ("da", "do", "das", "dos"), "es": ("del",)}
    for (lang, _, cat), (_, phrase, _, direction) in list(rows.items()):
        if lang in fused and phrase.endswith(" de"):
            for form in fused[lang]:
                add(lang, phrase[:-2] + form, cat, direction, "fused article")
    out = sorted(rows.values(), key=lambda r: (r[0], CONTEXT_CATEGORIES.index(r[2]), norm(r[1]), r[1]))
    return out, src


# ----------------------------------------------------------------------------- sections

MEDSPACY_SECTION_MAP = {
    "allergy": "history", "allergies": "history", "chief_complaint": "history",
    "family_history": "history", "history_of_present_illness": "history",
    "past_medical_history": "history", "social_history": "history", "problem_list": "history",
    "diagnoses": "diagnosis", "observation_and_plan": "diagnosis",
    "hospital_course": "evolution", "imaging": "imaging", "labs_and_studies": "tests",
    "medications": "treatment", "physical_exam": "examination", "neurological": "examination",
    "treatment": "treatment",
}


def build_sections(shared: Path) -> tuple[list[tuple], Counter]:
    excl = {(r[0], norm(r[1])) for r in read_rows(CURATED / "sections_exclude.tsv", 2)}
    rows: dict[tuple[str, str], tuple] = {}
    src = Counter()

    def add(lang, heading, section, origin):
        heading = clean(heading).rstrip(":").strip()
        if heading.isupper() and len(heading) > 4:
            heading = heading[0] + heading[1:].lower()
        key = (lang, norm(heading))
        if key in excl or key in rows:
            return
        if section not in SECTIONS:
            raise BuildError(f"bad section {section} for {heading}")
        rows[key] = (lang, heading, section)
        src[f"{lang}:{origin}"] += 1

    for lang, heading, section, where in read_rows(CURATED / "sections.tsv", 3):
        add(lang, heading, section, "curated")
    for lang in ("en", "es"):
        data = json.loads((shared / f"context-triggers/medspacy/{lang}/section_patterns.json").read_text(encoding="utf-8"))
        for r in data["section_rules"]:
            sec = MEDSPACY_SECTION_MAP.get(r["category"])
            if sec:
                add(lang, r["literal"], sec, "medspacy")
    out = sorted(rows.values(), key=lambda r: (r[0], SECTIONS.index(r[2]), norm(r[1])))
    return out, src


# ----------------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data" / "lexicons",
                    help="folder with the source lexicons (default: ../shared/data/lexicons from the repo root)")
    ap.add_argument("--out", type=Path, default=LEX, help="output folder (default: resources/lexicons)")
    ap.add_argument("--reports", type=Path, default=None,
                    help="optional folder for review reports (ICD-10 titles, generated drug names)")
    args = ap.parse_args(argv)
    shared: Path = args.shared
    needed = ["drugbank-open-vocabulary/drugbank_vocabulary.clean.tsv", "icd10-pt-datasus/utf8/CID-10-SUBCATEGORIAS.CSV",
              "context-triggers/medspacy/en/context_rules.json", "negex-mes-es/smn/config_files/spa/without_lemma/neg-phrases.txt"]
    missing = [n for n in needed if not (shared / n).is_file()]
    if missing:
        print(f"error: source lexicons not found under {shared} (missing {missing[0]}).\n"
              f"Pass --shared PATH pointing at shared/data/lexicons; the committed files in "
              f"resources/lexicons/ are already built and do not need rebuilding to run CaseLens.",
              file=sys.stderr)
        return 2
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    try:
        sw = load_stopwords()
        icd = load_icd10(shared)
        units, canon = build_units()
        analytes, concepts = build_analytes({u[1] for u in units})
        names = build_analyte_names(concepts)
        analyte_keys = {(n[0], norm(n[1])) for n in names}
        reports: dict[str, list[str]] = {}
        terms, tstats = build_terms(shared, icd, sw, analyte_keys, reports)
        if ERRORS:
            raise BuildError(f"{len(ERRORS)} input error(s):\n  " + "\n  ".join(ERRORS))
        context, cstats = build_context(shared)
        sections, sstats = build_sections(shared)
        abbrevs = sorted({(l, a) for l, a, where in read_rows(CURATED / "sentence_abbreviations.tsv", 2)},
                         key=lambda r: (r[0], r[1].casefold(), r[1]))
    except BuildError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1

    gen = "generated by tools/lexicons/build_lexicons.py - do not edit; edit resources/lexicons/curated/ and rebuild"
    write_tsv(out / "terms.tsv", ["lang", "term", "category", "concept", "code"], terms,
              ["CaseLens terms lexicon. " + gen,
               "lang: pt|es|en|* ; matching is case- and accent-insensitive, whole words only. See PROVENANCE.md."])
    write_tsv(out / "analytes.tsv", ["concept", "category", "unit", "low", "high", "plausible_min", "plausible_max", "sex", "source"],
              analytes, ["CaseLens analytes: adult reference ranges and physically plausible ranges (canonical units, UCUM spelling). " + gen])
    write_tsv(out / "analyte_names.tsv", ["lang", "name", "concept", "case_sensitive"], names,
              ["CaseLens analyte names and abbreviations. case_sensitive=1: match the exact case only. " + gen])
    dims = sorted(canon.items())
    write_tsv(out / "units.tsv", ["variant", "ucum", "dimension", "factor"], units,
              ["CaseLens unit variants as written in case reports -> UCUM spelling (UCUM: see LICENSES.md). " + gen,
               "value_in_canonical = value_in_variant * factor; canonical unit per dimension:"]
              + [f"  {d}: {u}" for d, u in dims]
              + ["Mass and substance concentrations are never converted into each other (needs molar mass)."])
    write_tsv(out / "context_triggers.tsv", ["lang", "phrase", "category", "direction"], context,
              ["CaseLens ConText triggers (negation, uncertainty, history, hypothetical, family, pseudo, terminate). " + gen])
    write_tsv(out / "sections.tsv", ["lang", "heading", "section"], sections,
              ["CaseLens section headings, matched case-insensitively at line/sentence start, optionally followed by ':' or '.'. " + gen])
    write_tsv(out / "sentence_abbreviations.tsv", ["lang", "abbreviation"], abbrevs,
              ["Tokens ending in '.' that do not end a sentence (matched case-insensitively). " + gen])

    if args.reports:
        args.reports.mkdir(parents=True, exist_ok=True)
        for fn, lines in reports.items():
            (args.reports / fn).write_text("\n".join(sorted(lines)) + "\n", encoding="utf-8")

    print("terms.tsv:", len(terms))
    by_cat = defaultdict(dict)
    for (a, b), v in sorted(tstats.items()):
        by_cat[a][b] = v
    for cat in TERM_CATEGORIES:
        d = by_cat.get(cat, {})
        print(f"  {cat:11s} " + "  ".join(f"{l}={d.get(l, 0)}" for l in LANGS + ("*",)))
    concepts_per_cat = defaultdict(set)
    for lang, term, cat, concept, code in terms:
        concepts_per_cat[cat].add(concept)
    print("  concepts: " + ", ".join(f"{c}={len(concepts_per_cat[c])}" for c in TERM_CATEGORIES))
    for k in ("drugbank", "drugbank-dropped", "en-plural"):
        for b, v in sorted(by_cat.get(k, {}).items()):
            print(f"  {k}: {b}: {v}")
    print("analytes.tsv:", len(analytes), "rows,", len(concepts), "concepts")
    c = Counter(n[0] for n in names)
    print("analyte_names.tsv:", len(names), dict(sorted(c.items())))
    print("units.tsv:", len(units), "variants,", len(canon), "dimensions")
    c = Counter((r[0], r[2]) for r in context)
    print("context_triggers.tsv:", len(context))
    for lang in LANGS:
        print(f"  {lang}: " + ", ".join(f"{cat}={c.get((lang, cat), 0)}" for cat in CONTEXT_CATEGORIES))
    print("  sources: " + ", ".join(f"{k}={v}" for k, v in sorted(cstats.items())))
    c = Counter(r[0] for r in sections)
    print("sections.tsv:", len(sections), dict(sorted(c.items())), "sources:", dict(sorted(sstats.items())))
    c = Counter(r[0] for r in abbrevs)
    print("sentence_abbreviations.tsv:", len(abbrevs), dict(sorted(c.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
