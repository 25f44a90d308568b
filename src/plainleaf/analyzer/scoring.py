"""Score the analyzer against a labelled folder (one .txt per document + labels.jsonl).

Used by scripts/score_analyzer.py and by the test that keeps the quality bars in CI.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from plainleaf.analysis_models import Analysis
from plainleaf.analyzer.analyze import analyze_text
from plainleaf.analyzer.rules.side_effects import RULES as SIDE_EFFECT_RULES
from plainleaf.spec import LEVEL_ORDER, EvidenceLevel


def side_effect_code(name: str) -> str | None:
    """Map a plain label ("difficulty breathing", "ICANS/neurotoxicity") to its code."""
    for rule in SIDE_EFFECT_RULES:
        if rule.regex.search(name):
            return str(rule.code)
    return None


@dataclass
class DocScore:
    file: str
    source_type: tuple[str, str]
    evidence: tuple[str, str]
    flags_expected: set[str]
    flags_found: set[str]
    effects_expected: set[str]
    effects_found: set[str]
    therapies: tuple[list[str], list[str]]
    numbers: tuple[list[str], list[str]] = ([], [])


@dataclass
class Scores:
    docs: list[DocScore] = field(default_factory=list)

    @property
    def n(self) -> int:
        return len(self.docs)

    @property
    def source_type_accuracy(self) -> float:
        return _ratio(sum(d.source_type[0] == d.source_type[1] for d in self.docs), self.n)

    @property
    def evidence_exact(self) -> float:
        return _ratio(sum(d.evidence[0] == d.evidence[1] for d in self.docs), self.n)

    @property
    def evidence_within_one(self) -> float:
        return _ratio(sum(_distance(*d.evidence) <= 1 for d in self.docs), self.n)

    @property
    def evidence_max_off(self) -> int:
        return max((_distance(*d.evidence) for d in self.docs), default=0)

    @property
    def flag_precision(self) -> float:
        tp = sum(len(d.flags_expected & d.flags_found) for d in self.docs)
        found = sum(len(d.flags_found) for d in self.docs)
        return _ratio(tp, found, empty=1.0)

    @property
    def flag_recall(self) -> float:
        tp = sum(len(d.flags_expected & d.flags_found) for d in self.docs)
        expected = sum(len(d.flags_expected) for d in self.docs)
        return _ratio(tp, expected, empty=1.0)

    @property
    def side_effect_recall(self) -> float:
        tp = sum(len(d.effects_expected & d.effects_found) for d in self.docs)
        return _ratio(tp, sum(len(d.effects_expected) for d in self.docs), empty=1.0)

    @property
    def side_effect_precision(self) -> float:
        tp = sum(len(d.effects_expected & d.effects_found) for d in self.docs)
        return _ratio(tp, sum(len(d.effects_found) for d in self.docs), empty=1.0)

    @property
    def education_zero_flag_rate(self) -> float:
        edu = [d for d in self.docs if d.source_type[0] == "patient_education"]
        return _ratio(sum(not d.flags_found for d in edu), len(edu), empty=1.0)

    @property
    def sales_called_education(self) -> int:
        """Sales pages reported as neutral patient information: the mistake that hurts most."""
        return sum(d.source_type == ("clinic_marketing", "patient_education") for d in self.docs)

    @property
    def explainer_count(self) -> int:
        return sum(d.source_type[0] == "patient_education" for d in self.docs)

    @property
    def flags_on_explainers(self) -> int:
        """Every flag raised on a text labelled as a neutral explainer is a false alarm."""
        return sum(
            len(d.flags_found - d.flags_expected)
            for d in self.docs
            if d.source_type[0] == "patient_education"
        )

    @property
    def therapy_exact(self) -> float:
        return _ratio(sum(set(d.therapies[0]) == set(d.therapies[1]) for d in self.docs), self.n)

    @property
    def key_number_recall(self) -> float:
        """Labelled key numbers found inside some reported key number (informative only)."""
        hit = total = 0
        for d in self.docs:
            for n in d.numbers[0]:
                total += 1
                hit += any(n.lower() in found.lower() or found.lower() in n.lower()
                           for found in d.numbers[1])
        return _ratio(hit, total, empty=1.0)

    def missed_bars(self) -> list[str]:
        """The issue's quality bars this score does not meet (empty when all are met)."""
        bars = [
            ("source type accuracy >= 0.9", self.source_type_accuracy >= 0.9),
            ("evidence exact >= 0.8", self.evidence_exact >= 0.8),
            ("evidence never more than one level off", self.evidence_max_off <= 1),
            ("red flags precision >= 0.85", self.flag_precision >= 0.85),
            ("red flags recall >= 0.85", self.flag_recall >= 0.85),
            ("zero flags on every explainer", self.education_zero_flag_rate == 1.0),
            ("side-effect recall >= 0.9", self.side_effect_recall >= 0.9),
        ]
        return [name for name, met in bars if not met]

    def missed_real_world_bars(self) -> list[str]:
        """Issue 10's bars for real public pages (looser than the bars for written fixtures)."""
        bars = [
            ("source type accuracy >= 0.85", self.source_type_accuracy >= 0.85),
            ("evidence exact >= 0.8", self.evidence_exact >= 0.8),
            ("evidence within one level >= 0.93", self.evidence_within_one >= 0.93),
            ("red flags precision >= 0.75", self.flag_precision >= 0.75),
            ("red flags recall >= 0.7", self.flag_recall >= 0.7),
            ("no sales page called patient education", self.sales_called_education == 0),
            (
                "at most one false flag per ten explainers",
                self.flags_on_explainers * 10 <= max(self.explainer_count, 1),
            ),
            ("side-effect recall >= 0.9", self.side_effect_recall >= 0.9),
        ]
        return [name for name, met in bars if not met]

    def report(self) -> str:
        lines = [
            f"documents:                 {self.n}",
            f"source type accuracy:      {self.source_type_accuracy:.2f}",
            f"evidence exact:            {self.evidence_exact:.2f}",
            f"evidence within one level: {self.evidence_within_one:.2f} "
            f"(worst: {self.evidence_max_off} levels off)",
            f"red flags precision:       {self.flag_precision:.2f}",
            f"red flags recall:          {self.flag_recall:.2f}",
            f"side-effect recall:        {self.side_effect_recall:.2f} "
            f"(precision {self.side_effect_precision:.2f})",
            f"zero flags on explainers:  {self.education_zero_flag_rate:.2f} "
            f"({self.flags_on_explainers} false flags on {self.explainer_count} explainers)",
            f"sales called education:    {self.sales_called_education}",
            f"therapies exact (info):    {self.therapy_exact:.2f}",
            f"key-number recall (info):  {self.key_number_recall:.2f}",
            "",
            "per document (expected -> found):",
        ]
        for d in self.docs:
            marks = []
            if d.source_type[0] != d.source_type[1]:
                marks.append(f"type {d.source_type[0]}->{d.source_type[1]}")
            if d.evidence[0] != d.evidence[1]:
                marks.append(f"evidence {d.evidence[0]}->{d.evidence[1]}")
            missed = d.flags_expected - d.flags_found
            extra = d.flags_found - d.flags_expected
            if missed:
                marks.append(f"missed flags {sorted(missed)}")
            if extra:
                marks.append(f"extra flags {sorted(extra)}")
            se_missed = d.effects_expected - d.effects_found
            if se_missed:
                marks.append(f"missed effects {sorted(se_missed)}")
            if set(d.therapies[0]) != set(d.therapies[1]):
                marks.append(f"(info) therapies {d.therapies[0]}->{d.therapies[1]}")
            lines.append(f"  {d.file}: {'; '.join(marks) if marks else 'ok'}")
        return "\n".join(lines)


def _ratio(a: int, b: int, empty: float = 0.0) -> float:
    return a / b if b else empty


def _distance(a: str, b: str) -> int:
    return abs(LEVEL_ORDER.index(EvidenceLevel(a)) - LEVEL_ORDER.index(EvidenceLevel(b)))


def score_doc(label: dict, analysis: Analysis) -> DocScore:
    expected_effects = {c for c in map(side_effect_code, label.get("side_effects_mentioned", []))
                        if c}
    return DocScore(
        file=label["file"],
        source_type=(label["source_type"], str(analysis.source_type.code)),
        evidence=(label["evidence_level"], str(analysis.evidence.level)),
        flags_expected=set(label.get("red_flags", [])),
        flags_found={str(f.code) for f in analysis.red_flags},
        effects_expected=expected_effects,
        effects_found={str(m.code) for m in analysis.side_effects.mentioned},
        therapies=(label.get("therapies", []), analysis.therapies),
        numbers=(label.get("key_numbers", []), analysis.key_numbers),
    )


def score_folder(folder: Path) -> Scores:
    scores = Scores()
    for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        label = json.loads(line)
        text = (folder / label["file"]).read_text(encoding="utf-8")
        scores.docs.append(score_doc(label, analyze_text(text)))
    return scores
