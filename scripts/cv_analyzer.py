"""The analyzer's fixed cross-validation harness over every labelled real page.

Usage:
    python scripts/cv_analyzer.py                 # CV figures, per folder and pooled
    python scripts/cv_analyzer.py --shuffles 1 --misses   # and each page's misses

Every labelled real page (tests/fixtures/realworld/: the folders in train_source_type.FOLDERS) is
development data. Rules tuned on a page make its own score meaningless, so the trained
source type is judged by grouped cross-validation: sites are split into five folds (a
site's pages never sit on both sides), the model is fitted on four and each page of the
fifth is analyzed end to end with that fold's model, so flags and evidence see the type a
new page would get. Figures are the mean over shuffles. Hand-written rules have no
training step: their figures are what they score, which is only honest for rules written
from the labels spec, not from a page (docs/analyzer.md).

Printed: source type, evidence exact / within one, red-flag precision and recall (all
kinds and per kind), side-effect recall, false flags on explainers, sales pages called
patient education. Needs the ``train`` extra (scikit-learn).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import plainleaf.analyzer.analyze as analyze_module
import plainleaf.analyzer.trained_type as trained_type
from plainleaf.analysis_models import Analysis
from plainleaf.analyzer.scoring import DocScore, Scores, score_doc
from plainleaf.spec import RedFlag

HERE = Path(__file__).resolve().parent


def _train_script() -> Any:
    spec = importlib.util.spec_from_file_location("train_source_type",
                                                  HERE / "train_source_type.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


TRAIN = _train_script()
KINDS = [str(k) for k in RedFlag]


def labels() -> dict[tuple[str, str], dict[str, Any]]:
    out = {}
    for folder in TRAIN.FOLDERS:
        for line in (TRAIN.CORPUS / folder / "labels.jsonl").read_text(
                encoding="utf-8").splitlines():
            if line.strip():
                lab = json.loads(line)
                out[(folder, lab["file"])] = lab
    return out


def analyze_with(text: str, model: Any) -> Analysis:
    """The whole analysis of ``text`` with ``model`` in place of the shipped weights (None:
    the rules alone)."""
    real = trained_type.load_model
    trained_type.load_model = lambda *a: model  # type: ignore[assignment]
    try:
        return analyze_module.analyze_text(text)
    finally:
        trained_type.load_model = real


def cross_validate(pages: list[Any], shuffles: int) -> tuple[list[list[DocScore]],
                                                               list[list[DocScore]]]:
    """Each shuffle's page scores: the shipped analyzer with the fold's model (fitted
    without the page's site), and the rules alone."""
    from sklearn.model_selection import GroupKFold

    labs = labels()
    groups = [p.site for p in pages]
    rules = [score_doc(labs[(p.folder, p.file)], analyze_with(p.text, None)) for p in pages]
    runs: list[list[DocScore]] = []
    for seed in range(shuffles):
        run: list[DocScore | None] = [None] * len(pages)
        split = GroupKFold(n_splits=TRAIN.FOLDS, shuffle=True, random_state=seed)
        for train, test in split.split(pages, groups=groups):
            model = TRAIN.fit_model([pages[i] for i in train])
            for i in test:
                p = pages[i]
                run[i] = score_doc(labs[(p.folder, p.file)], analyze_with(p.text, model))
        runs.append([d for d in run if d is not None])
    return runs, [rules]


def _mean(xs: list[float]) -> float:
    return sum(xs) / len(xs) if xs else 0.0


def measures(docs: list[DocScore]) -> dict[str, float]:
    s = Scores(docs)
    return {"type": s.source_type_accuracy, "ev": s.evidence_exact,
            "ev1": s.evidence_within_one, "P": s.flag_precision, "R": s.flag_recall,
            "se": s.side_effect_recall, "ffe": s.flags_on_explainers,
            "edu": s.explainer_count, "s2e": s.sales_called_education,
            "sales": sum(d.source_type[0] == "clinic_marketing" for d in docs)}


def per_kind(docs: list[DocScore]) -> dict[str, tuple[int, int, int]]:
    """True positives, false positives and misses of each flag kind."""
    out = {}
    for k in KINDS:
        tp = sum(k in d.flags_expected and k in d.flags_found for d in docs)
        fp = sum(k not in d.flags_expected and k in d.flags_found for d in docs)
        fn = sum(k in d.flags_expected and k not in d.flags_found for d in docs)
        out[k] = (tp, fp, fn)
    return out


def report(pages: list[Any], method: str, runs: list[list[DocScore]]) -> str:
    groups = {f: [i for i, p in enumerate(pages) if p.folder == f] for f in TRAIN.FOLDERS}
    groups["all"] = list(range(len(pages)))
    lines = [f"== {method}: mean over {len(runs)} shuffle(s)",
             f"{'folder':9s} {'n':>4s} {'type':>5s} {'ev':>5s} {'ev+-1':>5s} {'flagP':>5s} "
             f"{'flagR':>5s} {'se-R':>5s}  false flags on explainers  sales->education"]
    for name, idx in groups.items():
        ms = [measures([r[i] for i in idx]) for r in runs]
        m = {k: _mean([x[k] for x in ms]) for k in ms[0]}
        lines.append(f"{name:9s} {len(idx):4d} {m['type']:5.3f} {m['ev']:5.3f} {m['ev1']:5.3f} "
                     f"{m['P']:5.3f} {m['R']:5.3f} {m['se']:5.3f}  {m['ffe']:4.1f} on "
                     f"{m['edu']:.0f}{'':15s} {m['s2e']:4.1f} of {m['sales']:.0f}")
    lines.append(f"per kind, all pages: {'kind':22s} {'exp':>4s} {'tp':>5s} {'fp':>5s} "
                 f"{'P':>5s} {'R':>5s}   (on explainers: fp)")
    for k in KINDS:
        tps, fps, fns, efp = [], [], [], []
        for r in runs:
            tp, fp, fn = per_kind(r)[k]
            tps.append(tp)
            fps.append(fp)
            fns.append(fn)
            efp.append(per_kind([d for d in r if d.source_type[0] == "patient_education"])[k][1])
        tp, fp, fn = _mean(tps), _mean(fps), _mean(fns)
        p = tp / (tp + fp) if tp + fp else 1.0
        rc = tp / (tp + fn) if tp + fn else 1.0
        lines.append(f"{'':21s}{k:22s} {tp + fn:4.0f} {tp:5.1f} {fp:5.1f} {p:5.2f} {rc:5.2f}"
                     f"   {_mean(efp):.1f}")
    return "\n".join(lines)


def misses(pages: list[Any], run: list[DocScore]) -> str:
    lines = ["per page (first shuffle; label -> call):"]
    for p, d in zip(pages, run, strict=True):
        marks = []
        if d.source_type[0] != d.source_type[1]:
            marks.append(f"type {d.source_type[0]}->{d.source_type[1]}")
        if d.evidence[0] != d.evidence[1]:
            marks.append(f"evidence {d.evidence[0]}->{d.evidence[1]}")
        if d.flags_expected - d.flags_found:
            marks.append(f"missed {sorted(d.flags_expected - d.flags_found)}")
        if d.flags_found - d.flags_expected:
            marks.append(f"extra {sorted(d.flags_found - d.flags_expected)}")
        if marks:
            lines.append(f"  {p.folder}/{p.file} [{d.source_type[0]}]: {'; '.join(marks)}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shuffles", type=int, default=TRAIN.SHUFFLES)
    ap.add_argument("--misses", action="store_true", help="print each page's misses")
    ap.add_argument("--rules", action="store_true", help="also score the rules alone")
    args = ap.parse_args(argv)
    pages = TRAIN.load_corpus()
    print(f"{len(pages)} pages, {len({p.site for p in pages})} sites; grouped "
          f"{TRAIN.FOLDS}-fold CV by site")
    print("labels:", dict(sorted(Counter(p.label for p in pages).items())))
    shipped, rules = cross_validate(pages, args.shuffles)
    print(report(pages, "shipped (rules + the fold's model)", shipped))
    if args.misses:
        print(misses(pages, shipped[0]))
    if args.rules:
        print(report(pages, "rules alone (no model)", rules))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
