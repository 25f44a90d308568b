"""Detector rules as data. Each rule: id, code, patterns, plain message, source, examples.

The rule files in this package hold only data; the engine that runs them is
:mod:`plainleaf.analyzer.engine`. The tests run every rule against its own
``should_flag`` and ``should_pass`` examples and fail when a rule has none, so a rule
cannot be added without showing what it catches.
"""

from __future__ import annotations

from plainleaf.analyzer.engine import Rule, is_negated
from plainleaf.spec import SourceType

__all__ = ["DENIAL", "NOT_BY_STANDARD_CARE", "NOT_EDUCATION", "PROMOTIONAL", "Rule", "ctx",
           "is_negated"]


def ctx(*types: SourceType) -> frozenset[str]:
    """The source types a rule applies to."""
    return frozenset(types)


PROMOTIONAL = ctx(SourceType.clinic_marketing, SourceType.news, SourceType.press_release)
NOT_EDUCATION = ctx(
    SourceType.clinic_marketing, SourceType.news, SourceType.press_release,
    SourceType.study_report,
)

# A cure by standard care ("many children can be cured with chemotherapy") is no promise
# made for the treatment a text promotes: read after a cure word (red flags and claims).
NOT_BY_STANDARD_CARE = (r"(?! (?:with|by) (?:standard |conventional )?(?:chemo\w*|surgery|"
                        r"radio\w*|radiation|a transplant|transplant\w*))")

# Words that open a denial ("None of these clinics' products has been approved", "Not one
# of those treatments ... has been"): what follows approves nothing.
DENIAL = r"\b(?:not one|none|neither) of\b"
