"""A readable Markdown report of an analysis (CLI output)."""

from __future__ import annotations

from plainleaf.analysis_models import Analysis
from plainleaf.limits import LIMITS
from plainleaf.spec import EVIDENCE_EXPLAINED, SOURCE_TYPE_EXPLAINED

NOT_ADVICE = ("This check is not medical advice. It looks at how a text is written, not at "
              "whether a treatment is right for you. Talk to your care team.")


def _md(text: str) -> str:
    """Quote untrusted text so Markdown does not treat it as markup."""
    out = " ".join(text.split())
    for ch in "\\`*_[]<>#|":
        out = out.replace(ch, "\\" + ch)
    return out


def reading_verdict(fk: float, smog: float) -> str:
    ok = fk <= LIMITS.max_flesch_kincaid_grade and smog <= LIMITS.max_smog_index
    return (f"grade {fk:.1f} (Flesch-Kincaid), SMOG {smog:.1f}: "
            f"{'PASS' if ok else 'FAIL'} (limit grade {LIMITS.max_flesch_kincaid_grade:.0f}, "
            f"SMOG {LIMITS.max_smog_index:.0f})")


def markdown_report(a: Analysis, source_name: str) -> str:
    lines = [f"# Article check: {_md(source_name)}", "", f"_{NOT_ADVICE}_", ""]
    lines += ["## In plain words", ""]
    lines += [f"- {_md(s.text)}" for s in a.summary.sentences]
    r = a.summary.readability
    verdict = reading_verdict(r.flesch_kincaid_grade, r.smog_index)
    lines += ["", f"Reading level of this summary: {verdict}", ""]
    lines += ["## What kind of text this is", "", f"**{a.source_type.label}.** "
              f"{SOURCE_TYPE_EXPLAINED[a.source_type.code]}", ""]
    lines += [f"- {_md(x)}" for x in a.source_type.reasons]
    lines += ["", f"## Evidence: {a.evidence.level} ({a.evidence.label})", "",
              EVIDENCE_EXPLAINED[a.evidence.level], ""]
    lines += [f"- {_md(x)}" for x in a.evidence.reasons]
    lines += ["", "## Red flags", ""]
    if a.red_flags:
        for f in a.red_flags:
            lines.append(f"- **{f.name}**: \"{_md(f.quote)}\" (characters {f.start}-{f.end}). "
                         f"{_md(f.why)}")
    else:
        lines.append("- None found.")
    lines += ["", "## Side effects", ""]
    if a.side_effects.mentioned:
        for m in a.side_effects.mentioned:
            said = "says it did not happen" if m.negated else "mentioned"
            quotes = ", ".join(f"\"{_md(q)}\"" for q in m.quotes[:3])
            lines.append(f"- {_md(m.name)}: {said} ({quotes})")
    else:
        lines.append("- The text names no side effects.")
    for g in a.side_effects.not_mentioned:
        lines.append(f"- Not mentioned: {_md(g.why)}")
    lines += ["", "## Therapies", "", _md(", ".join(a.therapies)) or "None found."]
    if a.key_numbers:
        lines += ["", "## Key numbers", ""] + [f"- {_md(n)}" for n in a.key_numbers]
    lines += ["", "## Questions to ask", ""] + [f"- {_md(q)}" for q in a.questions]
    if a.library_slugs:
        lines += ["", "## Read more in plainleaf", ""]
        lines += [f"- ./{_md(slug)}" for slug in a.library_slugs]
    if a.warnings:
        lines += ["", "## Notes", ""] + [f"- {_md(w)}" for w in a.warnings]
    rr = a.source_readability
    lines += ["", f"The original text reads at grade {rr.flesch_kincaid_grade:.1f} "
              f"(SMOG {rr.smog_index:.1f}); {a.words} words."]
    return "\n".join(lines)
