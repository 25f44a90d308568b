"""A whole-pipeline check written as data: a text, what the analyzer must call it, and the
flags it must or must not raise (the round-by-round check tables read this)."""

from __future__ import annotations

from dataclasses import dataclass

from plainleaf.analyzer import analyze_text
from plainleaf.spec import EvidenceLevel, RedFlag, SideEffectCode, SourceType


@dataclass(frozen=True)
class Case:
    why: str
    text: str
    source_type: SourceType | None = None
    level: EvidenceLevel | None = None
    flags: tuple[RedFlag, ...] = ()  # raised
    clean_of: tuple[RedFlag, ...] = ()  # not raised
    clean: bool = False  # no flag at all
    therapy: str | None = None  # the first therapy the text is about
    # A side effect the text addresses only to deny it ("painless").
    denied_effect: SideEffectCode | None = None


def check(case: Case) -> None:
    a = analyze_text(case.text)
    raised = {f.code for f in a.red_flags}
    if case.source_type is not None:
        assert a.source_type.code == case.source_type
    if case.level is not None:
        assert a.evidence.level == case.level
    assert set(case.flags) <= raised
    assert not raised & set(case.clean_of)
    assert not (case.clean and raised)
    if case.therapy is not None:
        assert a.therapies[:1] == [case.therapy]
    if case.denied_effect is not None:
        named = {m.code: m for m in a.side_effects.mentioned}
        assert case.denied_effect in named and named[case.denied_effect].negated
