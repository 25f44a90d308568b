"""Train the source-type model (src/plainleaf/analyzer/trained_type.py) and write its weights.

Usage:
    python scripts/train_source_type.py            # cross-validate, print, write the weights
    python scripts/train_source_type.py --cv-only  # cross-validate and print, write nothing
    python scripts/train_source_type.py --check    # exit 1 if the shipped weights are stale
    python scripts/train_source_type.py --cv-only --pipeline  # and flags/evidence under CV

Needs the ``train`` extra (``pip install -e '.[train]'``): scikit-learn is used here only;
the analyzer reads the JSON weights in plain Python.

Data: every labelled real page in tests/fixtures/realworld/ (FOLDERS: dev, holdout to
holdout9, and seeds/, twins of the project's five seed documents).
Cross-validation is grouped by site (a site's pages never sit on both sides of a split),
five folds, repeated over five shuffles; the rules, the rule-feature model alone, round
five's combination of the two and the shipped call (trained_type.decide, which lets the word
model decide) are scored on the same splits.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from plainleaf.analyzer.analyze import type_inputs
from plainleaf.analyzer.classify import RuleCall, rule_call
from plainleaf.analyzer.trained_type import (
    MODEL_FILE,
    TYPES,
    Features,
    Model,
    decide,
    feature_names,
    features,
)
from plainleaf.analyzer.word_model import WordModel
from plainleaf.spec import SOURCE_TYPE_NAMES, SourceType

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "realworld"
FOLDERS = ("dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6",
           "holdout7", "holdout8", "holdout9", "holdout10",
           "holdout11", "holdout12", "holdout13", "holdout14", "holdout15",
           "holdout16", "holdout17", "holdout18", "holdout19", "holdout20", "holdout21",
           "holdout22", "holdout23", "holdout24", "holdout25", "holdout26", "holdout27",
           "holdout28", "holdout29", "holdout30",
           "seeds")
# L2 strength: scikit-learn's default, not tuned on these pages (docs: the sweep).
C = 1.0
# The word model: single words seen on at least 3 pages, L2 strength C = 30 (the CV in
# docs/analyzer.md, "Round six", compared 1-100, pairs of words, 2-5 pages, balanced weights).
WORDS = {"min_df": 3, "C": 30.0}
# The rules decide when their strongest vote reaches this (two strong signals).
UNSURE_BELOW = 2.0
SALES = "clinic_marketing"
FOLDS = 5
SHUFFLES = 5
DIGITS = 6  # weights are rounded to this many decimals in the JSON
WORD_DIGITS = 4  # ...and the word model's (thousands of words: a smaller file, same calls)


@dataclass
class Page:
    folder: str
    file: str
    site: str
    label: str
    text: str
    call: RuleCall
    feats: Features


def load_corpus() -> list[Page]:
    pages = []
    for folder in FOLDERS:
        for line in (CORPUS / folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            lab = json.loads(line)
            ti = type_inputs((CORPUS / folder / lab["file"]).read_text(encoding="utf-8"))
            call = rule_call(ti.signals, ti.raw_flags, ti.serious, ti.approvals)
            feats = features(call, ti.signals, ti.raw_flags, ti.markers, ti.serious,
                             ti.approvals)
            site = urlparse(lab.get("url", "")).netloc.lower().removeprefix("www.")
            pages.append(Page(folder, lab["file"], site or lab["file"], lab["source_type"],
                              ti.text, call, feats))
    return pages


def data_hash(pages: list[Page]) -> str:
    """What the weights were fitted on: every page's features (rounded) and label."""
    rows = [[p.folder, p.file, p.label, [round(v, 9) for v in p.feats.values]] for p in pages]
    return hashlib.sha256(json.dumps(rows).encode()).hexdigest()


def fit(pages: list[Page]) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, max_iter=10_000).fit(
        [p.feats.values for p in pages], [p.label for p in pages])


def to_model(clf: Any, pages: int, digits: int | None = None) -> Model:
    def r(v: float) -> float:
        return round(float(v), digits) if digits is not None else float(v)

    return Model(tuple(str(c) for c in clf.classes_), tuple(feature_names()),
                 tuple(r(b) for b in clf.intercept_),
                 tuple(tuple(r(w) for w in row) for row in clf.coef_), UNSURE_BELOW, pages)


def fit_words(pages: list[Page], digits: int | None = None) -> WordModel:
    """The word model (analyzer/word_model.py): TF-IDF over single words, then a
    multinomial logistic regression; settings in WORDS, chosen by the CV in the docs."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(min_df=WORDS["min_df"], sublinear_tf=True)
    x = vec.fit_transform([p.text for p in pages])
    clf = LogisticRegression(C=WORDS["C"], max_iter=10_000).fit(x, [p.label for p in pages])

    def r(v: float) -> float:
        return round(float(v), digits) if digits is not None else float(v)

    words = vec.get_feature_names_out()
    return WordModel(tuple(str(c) for c in clf.classes_), tuple(str(w) for w in words),
                     tuple(r(v) for v in vec.idf_), tuple(r(b) for b in clf.intercept_),
                     tuple(tuple(r(w) for w in row) for row in clf.coef_))


def fit_model(pages: list[Page], digits: int | None = None) -> Model:
    """Both models: the rule-feature model and the word model that makes the calls."""
    model = to_model(fit(pages), len(pages), digits)
    return replace(model, words=fit_words(pages, WORD_DIGITS if digits is not None else None))


def build(pages: list[Page]) -> dict[str, Any]:
    """The JSON the analyzer ships."""
    import sklearn

    model = fit_model(pages, DIGITS)
    return {
        "about": "Source-type model for plainleaf's article analyzer: multinomial logistic "
                 "regression over rule hits, genre markers and the rules' facts. Built by "
                 "scripts/train_source_type.py; see docs/analyzer.md, 'Trained source type'.",
        "classes": list(model.classes),
        "features": list(model.features),
        "intercept": list(model.intercept),
        "coef": [list(row) for row in model.coef],
        "policy": {"unsure_below": UNSURE_BELOW},
        "words": {"classes": list(model.words.classes), "words": list(model.words.words),
                  "idf": list(model.words.idf), "intercept": list(model.words.intercept),
                  "coef": [list(row) for row in model.words.coef], **WORDS},
        "training": {"pages": len(pages), "folders": list(FOLDERS), "C": C,
                     "scikit_learn": sklearn.__version__, "data_sha256": data_hash(pages),
                     "labels": dict(sorted(Counter(p.label for p in pages).items()))},
    }


def to_json(data: dict[str, Any]) -> str:
    """The weights file: readable for the rule-feature model, the word model's thousands of
    numbers on one line (the file stays small)."""
    head = json.dumps({k: v for k, v in data.items() if k != "words"}, indent=1)
    return (head[:-2] + ',\n "words": ' + json.dumps(data["words"], separators=(",", ":"))
            + "\n}\n")


# --- cross-validation ---------------------------------------------------------------

EDU = "patient_education"
# The rules alone; the rule-feature model alone; rules and that model as round five shipped
# them; the shipped call (the word model, where no convention of the spec settled it).
METHODS = ("rules", "features", "round5", "shipped")


def calls(model: Model, pages: list[Page]) -> dict[str, list[str]]:
    """Each method's call for each page."""
    out: dict[str, list[str]] = {m: [] for m in METHODS}
    round5 = replace(model, words=None)
    for p in pages:
        probs = model.probabilities(p.feats.values)
        out["rules"].append(str(p.call.code))
        out["features"].append(max(probs, key=lambda c: probs[c]))
        out["round5"].append(str(decide(round5, p.call, p.feats, p.text).code))
        out["shipped"].append(str(decide(model, p.call, p.feats, p.text).code))
    return out


def cross_validate(pages: list[Page]) -> dict[str, list[list[str]]]:
    """Predictions of each method for each shuffle (pages in corpus order)."""
    from sklearn.model_selection import GroupKFold

    out: dict[str, list[list[str]]] = {m: [] for m in METHODS}
    folds: list[list[int]] = []
    groups = [p.site for p in pages]
    for seed in range(SHUFFLES):
        run = {m: [""] * len(pages) for m in METHODS}
        fold_of = [0] * len(pages)
        split = GroupKFold(n_splits=FOLDS, shuffle=True, random_state=seed)
        for k, (train, test) in enumerate(split.split(pages, groups=groups)):
            model = fit_model([pages[i] for i in train])
            got = calls(model, [pages[i] for i in test])
            for j, i in enumerate(test):
                fold_of[i] = k
                for m in METHODS:
                    run[m][i] = got[m][j]
        for m in METHODS:
            out[m].append(run[m])
        folds.append(fold_of)
    out["_folds"] = [[str(k) for k in f] for f in folds]
    return out


def _acc(pred: list[str], gold: list[str]) -> float:
    return sum(a == b for a, b in zip(pred, gold, strict=True)) / max(len(gold), 1)


def report(pages: list[Page], cv: dict[str, list[list[str]]]) -> str:
    gold = [p.label for p in pages]
    lines = [f"{len(pages)} pages, {len({p.site for p in pages})} sites; grouped {FOLDS}-fold "
             f"CV by site, {SHUFFLES} shuffles (mean, and range over shuffles)"]
    for method in METHODS:
        runs = cv[method]
        pooled = [_acc(r, gold) for r in runs]
        s2e = [sum(g == SALES and x == EDU for g, x in zip(gold, r, strict=True)) for r in runs]
        e2s = [sum(g == EDU and x == SALES for g, x in zip(gold, r, strict=True)) for r in runs]
        per_folder = []
        for folder in FOLDERS:
            idx = [i for i, p in enumerate(pages) if p.folder == folder]
            accs = [_acc([r[i] for i in idx], [gold[i] for i in idx]) for r in runs]
            worst = [sum(gold[i] == SALES and r[i] == EDU for i in idx) for r in runs]
            alarm = [sum(gold[i] == EDU and r[i] == SALES for i in idx) for r in runs]
            per_folder.append(f"{folder} {sum(accs) / len(accs):.3f} "
                              f"(s->e {sum(worst) / len(worst):.1f}, "
                              f"e->s {sum(alarm) / len(alarm):.1f})")
        fold_of = cv["_folds"][0]
        per_fold = [_acc([runs[0][i] for i in range(len(pages)) if fold_of[i] == str(k)],
                         [gold[i] for i in range(len(pages)) if fold_of[i] == str(k)])
                    for k in range(FOLDS)]
        lines.append(
            f"{method:9s} pooled {sum(pooled) / len(pooled):.3f} ({min(pooled):.3f}-"
            f"{max(pooled):.3f}) | {' | '.join(per_folder)} | sales->education "
            f"{sum(s2e) / len(s2e):.1f} | education->sales {sum(e2s) / len(e2s):.1f} | "
            f"folds (shuffle 0) {' '.join(f'{a:.2f}' for a in per_fold)}")
    for method in METHODS:
        lines.append(f"confusion, {method} (shuffle 0; rows = label, columns = call: "
                     f"{', '.join(TYPES)})")
        for t in TYPES:
            row = Counter(x for g, x in zip(gold, cv[method][0], strict=True) if g == t)
            lines.append(f"  {t:18s} " + " ".join(f"{row[u]:3d}" for u in TYPES))
    return "\n".join(lines)


def pipeline_report(pages: list[Page], cv: dict[str, list[list[str]]]) -> str:
    """Issue 10's measures when each page's cross-validated call (shuffle 0) runs through
    the rest of the analyzer (red flags and evidence depend on the source type)."""
    import plainleaf.analyzer.analyze as analyze_module
    from plainleaf.analyzer.scoring import Scores, score_folder

    real = analyze_module.classify_with_model
    lines = []
    for method in METHODS:
        forced = {p.text: code for p, code in zip(pages, cv[method][0], strict=True)}

        def fixed(text: str, *args: Any, _forced: dict[str, str] = forced) -> Any:
            result = real(text, *args)
            code = SourceType(_forced[text])
            return result.model_copy(update={"code": code, "label": SOURCE_TYPE_NAMES[code]})

        analyze_module.classify_with_model = fixed  # type: ignore[assignment]
        try:
            total = Scores()
            for folder in FOLDERS:
                s = score_folder(CORPUS / folder)
                total.docs += s.docs
                lines.append(_measures(f"{method:9s} {folder:9s}", s))
            lines.append(_measures(f"{method:9s} {'all':9s}", total))
        finally:
            analyze_module.classify_with_model = real
    return "\n".join(lines)


def _measures(name: str, s: Any) -> str:
    return (f"{name} type {s.source_type_accuracy:.2f} | evidence {s.evidence_exact:.2f} / "
            f"{s.evidence_within_one:.2f} | flags P {s.flag_precision:.2f} R "
            f"{s.flag_recall:.2f} | false flags on explainers {s.flags_on_explainers} on "
            f"{s.explainer_count} | sales called education {s.sales_called_education}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cv-only", action="store_true")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--pipeline", action="store_true",
                    help="also score flags and evidence with each page's cross-validated call")
    args = ap.parse_args(argv)
    pages = load_corpus()
    if args.check:
        shipped = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
        fresh = build(pages)
        same = {k: shipped.get(k) == fresh[k] for k in ("classes", "features", "policy")}
        # Weights to 1e-4: another BLAS may move the last printed digit, never a call.
        same["weights"] = all(abs(a - b) <= 1e-4 for a, b in zip(
            [*fresh["intercept"], *(w for r in fresh["coef"] for w in r)],
            [*shipped["intercept"], *(w for r in shipped["coef"] for w in r)], strict=True))
        sw, fw = shipped.get("words", {}), fresh["words"]
        same["words"] = "words" in shipped and all(
            sw.get(k) == fw[k] for k in ("classes", "words", *WORDS)) and all(
            abs(a - b) <= 1e-4 for a, b in zip(
                [*fw["idf"], *fw["intercept"], *(w for r in fw["coef"] for w in r)],
                [*sw.get("idf", []), *sw.get("intercept", []),
                 *(w for r in sw.get("coef", []) for w in r)], strict=True))
        same["data"] = shipped["training"]["data_sha256"] == fresh["training"]["data_sha256"]
        bad = [k for k, ok in same.items() if not ok]
        print("shipped weights match a fresh build" if not bad else f"stale: {bad}")
        return 1 if bad else 0
    cv = cross_validate(pages)
    print(report(pages, cv))
    if args.pipeline:
        print(pipeline_report(pages, cv))
    if not args.cv_only:
        MODEL_FILE.write_text(to_json(build(pages)), encoding="utf-8")
        print(f"wrote {MODEL_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
