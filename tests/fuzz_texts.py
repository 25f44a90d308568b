"""Text strategy and invariants shared by the fuzz test and scripts/fuzz_analyzer.py."""

from __future__ import annotations

from pathlib import Path

from hypothesis import strategies as st

from plainleaf.analysis_models import Analysis

_FIXTURES = Path(__file__).parent / "fixtures"
WORDS = sorted({w for p in sorted(_FIXTURES.glob("articles/*.txt"))
                for w in p.read_text(encoding="utf-8").split()})
SPECIAL = [
    "\n", "\n\n", "  ", "\t", ".", "...", "Dr.", "e.g.", "$1", "€", "%", "(", ")", '"', "“",
    "”", "’", ":", "-", "•", "1,1", "9.7%", "\u00ad", "\u200b", "\xa0", "\u202e", "\ufeff",
    "ｍｉｒａｃｌｅ", "mir\u0430cle", "I²", "ﬁ", "İ", "ß", "😀", "\u0301", "\u2028", "\x85",
]
token = st.one_of(st.sampled_from(WORDS), st.sampled_from(SPECIAL),
                  st.text(max_size=4))


def texts(max_tokens: int = 200) -> st.SearchStrategy[str]:
    joiner = st.sampled_from([" ", "", "\n", ". "])
    return st.builds(lambda parts, j: j.join(parts),
                     st.lists(token, min_size=1, max_size=max_tokens), joiner)


def check_analysis(text: str, a: Analysis) -> None:
    """The invariants: every span is inside the text and every quote is its slice."""
    n = len(text)
    for f in a.red_flags:
        assert 0 <= f.start <= f.end <= n and f.quote == text[f.start : f.end]
    for e in [*a.source_type.evidence, *a.evidence.evidence]:
        assert 0 <= e.start <= e.end <= n and e.quote == text[e.start : e.end]
    for m in a.side_effects.mentioned:
        assert m.quotes == [text[s:e] for s, e in m.spans]
        assert all(0 <= s <= e <= n for s, e in m.spans)
    for s in a.summary.sentences:
        assert 0 <= s.source_start <= s.source_end <= n
