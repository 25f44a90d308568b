"""Patient-facing blocks built once from the content data, for the app and the handout alike.

The "bottom line" box, the "Get help now" block, the clinical-trial steps and the
evidence-grade legend are HTML fragments made here and nowhere else: the app shows them
with ``st.html`` and the handout templates print the very same fragments, so the page and
the paper cannot drift apart ("or call 911" on one and not the other).

Every piece of content is escaped; the only markup is ours. No Streamlit, no WeasyPrint.
"""

from __future__ import annotations

import html
import re

from plainleaf import help_picture
from plainleaf.models import SEVERITY_LABELS, Glossary, GlossaryTerm, Severity, SideEffect, Therapy
from plainleaf.spec import EVIDENCE_LABELS, LEVEL_ORDER, EvidenceLevel, SideEffectCode

EMERGENCY_LABEL = "Call 911 or go to the emergency room right away, day or night, if you have:"
LOCAL_NUMBER = "Outside the US, call your local emergency number."
CALL_TEAM_LABEL = "Call your care team right away, day or night, if you have:"
WRITE_IN_NUMBER = "Care team's 24-hour number:"
HELP_HEADING = "Get help now"
BOTTOM_LINE_HEADING = "The bottom line"
TRIALS_HEADING = "Looking for a clinical trial?"
CLINICALTRIALS_URL = "https://clinicaltrials.gov/"

# What a grade means for a reader, with the honesty words of spec.EVIDENCE_VERBS.
GRADE_MEANING: dict[EvidenceLevel, str] = {
    EvidenceLevel.A: "Good trials in people, or a drug agency's approval, show what it does. "
    "Check what it was shown to do: help people live longer, or slow the cancer.",
    EvidenceLevel.B: "Trials in people suggest it probably helps, but the proof is not firm yet.",
    EvidenceLevel.C: "Small or early studies only. It may help, but we do not know yet.",
    EvidenceLevel.D: "Only a few case reports, or lab and animal studies. We do not know "
    "if it helps people.",
    EvidenceLevel.N: "No study you can check. We do not know if it helps.",
}

# Drug agencies by name, for "Approved in:" (an agency with its country in the name,
# such as "NMPA (China)", needs no entry).
AGENCY_PLACES = {"FDA": "the US", "EMA": "Europe", "MHRA": "the UK", "PMDA": "Japan"}

# Words to type in ClinicalTrials.gov's "other terms" box, by therapy code.
TRIAL_SEARCH_TERMS = {
    "CAR-T": "CAR-T",
    "CAR-NK": "CAR-NK",
    "NK": "NK cells",
    "TIL": "tumor-infiltrating lymphocytes",
    "TCR-T": "TCR T cells",
    "TACE": "chemoembolization",
    "dendritic cell": "dendritic cell vaccine",
    "stem cell": "stem cell",
}

# What a search word means, where it is not the name the page uses (a handout has no
# glossary, and "chemoembolization" is not a word a reader knows).
TRIAL_SEARCH_MEANING = {"chemoembolization": "the medical word for TACE"}

# Rare harms: never opened by default ahead of common ones when no figure says otherwise.
RARE_CODES = {SideEffectCode.secondary_cancer, SideEffectCode.gvhd, SideEffectCode.allergic}
COMMON_IN_100 = 10  # "common" means at least this many in 100


def esc(text: str) -> str:
    return html.escape(str(text), quote=True)


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    # A closing bracket or quote after the stop ends it too: "(... it is proven.)", not ".)."
    return text if re.search(r"[.!?:][)\"']*$", text) else text + "."


def _first_sentences(text: str, n: int = 1) -> str:
    from plainleaf.sentences import split_sentences

    parts = [s.text for s in split_sentences(text)]
    return " ".join(parts[:n]) if parts else text


# ------------------------------------------------------------------ side effects


def severity_label(effect: SideEffect) -> str:
    """The words next to a side effect's name. A fever is never called "usually mild":
    after chemotherapy or cell therapy it can be the first sign of a serious infection."""
    if effect.code == SideEffectCode.fever and effect.severity == Severity.usually_mild:
        return "Can be serious: call your team"
    return SEVERITY_LABELS[effect.severity]


def opens_by_default(effect: SideEffect) -> bool:
    """Fever always; otherwise common effects (by their figure), never rare harms."""
    if effect.code == SideEffectCode.fever:
        return True
    if effect.risk is not None:
        return max(effect.risk.in_100, effect.risk.up_to or 0) >= COMMON_IN_100
    if effect.code in RARE_CODES:
        return False
    return effect.severity == Severity.can_be_life_threatening


def ordered_effects(therapy: Therapy) -> list[SideEffect]:
    """Effects that open by default first (in content order), then the others."""
    effects = list(therapy.side_effects)
    return [e for e in effects if opens_by_default(e)] + [
        e for e in effects if not opens_by_default(e)
    ]


# ------------------------------------------------------------------ bottom line


def outcome_words(therapy: Therapy) -> str:
    """The grade in words about outcomes: the content's own, else its evidence summary."""
    ev = therapy.evidence
    return ev.outcome or _first_sentences(ev.summary, 2)


def bottom_line_sentences(therapy: Therapy) -> list[tuple[str, str]]:
    """(label, sentence) x 3. Falls back on the summary when the content has no bottom line."""
    b = therapy.bottom_line
    if b is not None:
        return [
            ("What it is:", b.what_it_is),
            ("Is it proven?", b.is_it_proven),
            ("What to do:", b.what_to_do),
        ]
    level = therapy.evidence.level
    return [
        ("What it is:", _first_sentences(therapy.summary)),
        ("Is it proven?", f"{therapy.regulatory.label}. {EVIDENCE_LABELS[level]}."),
        ("What to do:", "Ask your care team if it is right for you before you decide."),
    ]


def approved_where(therapy: Therapy) -> str:
    """Where the listed products are approved, from their agencies ("FDA" -> "the US",
    "NMPA (China)" -> "China"), in content order; "" when none is listed."""
    places: list[str] = []
    for p in therapy.regulatory.products:
        agency = p.agency.strip()
        m = re.search(r"\(([^)]+)\)\s*$", agency) or re.search(r",\s*([^,]+)$", agency)
        place = m.group(1).strip() if m else AGENCY_PLACES.get(agency.split()[0], agency)
        if place not in places:
            places.append(place)
    if not places:
        return ""
    n = len(therapy.regulatory.products)
    uses = f"{n} product" + ("s" if n != 1 else "")
    # Not "only": the content lists the approvals it checked, which may not be all of them.
    return f"{', '.join(places)} ({uses})"


def grade_html(therapy: Therapy) -> str:
    ev = therapy.evidence
    checked = f" (checked {ev.as_of.day} {ev.as_of:%B %Y})" if ev.as_of else ""
    return (
        f'<p class="pl-grade"><span class="pl-chip">Evidence grade {esc(ev.level.value)}: '
        f"{esc(ev.label)}</span> <b>What this means:</b> {esc(_sentence(outcome_words(therapy)))}"
        f'<span class="pl-checked">{esc(checked)}</span></p>'
    )


def bottom_line_html(
    therapy: Therapy, heading: str = "h2", with_grade: bool = True, paper: bool = False
) -> str:
    """The three sentences, and (unless shown apart) the grade in words about outcomes.

    On a phone the app shows the grade just below the help block, so that the emergency
    signs still fit on the first screen; the handout prints it inside the box, with the
    evidence scale beside the sentences (``paper``: the picture that carries the bottom
    line, as the app's grade box does).
    """
    rows = "".join(
        f"<p><b>{esc(label)}</b> {esc(text)}</p>" for label, text in bottom_line_sentences(therapy)
    )
    grade = grade_html(therapy) if with_grade else ""
    scale = (
        help_picture.evidence_scale_html(
            therapy.evidence.level, "This treatment", paper=True, print_size=True
        )
        if paper
        else ""
    )
    return (
        f'<section class="pl-bottom" aria-label="{BOTTOM_LINE_HEADING}">'
        f"<{heading}>{BOTTOM_LINE_HEADING}</{heading}>{scale}{rows}{grade}</section>"
    )


def grade_box_html(therapy: Therapy) -> str:
    """The grade on its own, for the app (see bottom_line_html)."""
    scale = help_picture.evidence_scale_html(therapy.evidence.level, "This treatment")
    return f'<div class="pl-gradebox">{grade_html(therapy)}{scale}</div>'


# ------------------------------------------------------------------ get help now


def _unique(items: list[str]) -> list[str]:
    seen, out = set(), []
    for item in items:
        key = " ".join(item.lower().split()).rstrip(".")
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def help_lists(therapy: Therapy) -> tuple[list[str], list[str], str, str | None]:
    """(emergency signs, call-the-team signs, tell any doctor, wallet card).

    From ``get_help`` when the content has it; otherwise gathered from the side effects'
    own warning signs, so a page without the block still says when to get help.
    """
    h = therapy.get_help
    if h is not None:
        return list(h.emergency), list(h.call_care_team), h.tell_any_doctor, h.wallet_card
    # A stop-gap until the content has its own block: the first six (every one of them is
    # also under its side effect further down the page).
    emergency = _unique([s for e in ordered_effects(therapy) for s in e.emergency_if])[:6]
    call = _unique([s for e in ordered_effects(therapy) for s in e.call_care_team_if])[:6]
    if not emergency:
        emergency = ["You think it is an emergency."]
    tell = f"Tell any doctor, nurse or emergency room that you had {therapy.name}, and when."
    return emergency, call, tell, None


def help_fever(therapy: Therapy) -> help_picture.FeverLine | None:
    """The fever line the page's own help signs state (call list first), or None."""
    emergency, call, _, _ = help_lists(therapy)
    return help_picture.fever_line([*call, *emergency])


def help_html(
    therapy: Therapy, write_in: bool = False, heading: str = "h2", paper: bool = False
) -> str:
    emergency, call, tell, wallet = help_lists(therapy)
    er_icon = call_icon = thermo = ""
    if paper:
        er_icon, call_icon = help_picture.ambulance_icon(), help_picture.phone_icon()
        thermo = help_picture.thermometer_html(help_fever(therapy))
    parts = [
        f'<section class="pl-help" aria-label="{HELP_HEADING}">',
        f"<{heading}>{HELP_HEADING}</{heading}>",
        '<div class="pl-help-body"><div class="pl-help-lists">',
        # On paper the labels are the traffic-light rows (see plainleaf.help_picture).
        f'<p class="pl-er-label">{er_icon}<b>{esc(EMERGENCY_LABEL)}</b></p>',
        '<ul class="pl-er">' + "".join(f"<li>{esc(s)}</li>" for s in emergency) + "</ul>",
    ]
    if call:
        parts += [
            f'<p class="pl-call-label">{call_icon}<b>{esc(CALL_TEAM_LABEL)}</b></p>',
            '<ul class="pl-call">' + "".join(f"<li>{esc(s)}</li>" for s in call) + "</ul>",
        ]
    # On a screen the lists come first (on a phone the first emergency sign stays on the
    # first screen), then the picture: beside them when wide, below them on a phone.
    parts.append("</div>")
    if not paper:
        parts.append(help_picture.help_figure_html(help_fever(therapy)))
    parts.append("</div>")
    if write_in:
        parts.append(
            '<div class="pl-writein">'
            f'<p><span class="pl-writein-label">{esc(WRITE_IN_NUMBER)}</span>'
            f'<span class="pl-line"></span>{thermo}</p></div>'
        )
    parts.append(f'<p class="pl-tell">{esc(tell)} {esc(LOCAL_NUMBER)}</p>')
    if wallet:
        parts.append(f'<p class="pl-wallet">{esc(wallet)}</p>')
    parts.append("</section>")
    return "".join(parts)


# ------------------------------------------------------------------ clinical trials


def trial_search_term(therapy: Therapy) -> str:
    for code in therapy.therapy_codes:
        if code.value in TRIAL_SEARCH_TERMS:
            return TRIAL_SEARCH_TERMS[code.value]
    return therapy.other_names[0] if therapy.other_names else therapy.name


def _search_words(therapy: Therapy) -> str:
    """The search term in quotes, with what it means when the page calls it otherwise."""
    term = trial_search_term(therapy)
    meaning = TRIAL_SEARCH_MEANING.get(term)
    return f'"{term}" ({meaning})' if meaning else f'"{term}"'


def trial_steps(therapy: Therapy) -> list[str]:
    cancer = therapy.cancers[0].lower() if therapy.cancers else "your cancer"
    return [
        "Go to ClinicalTrials.gov. It is a free list of trials around the world, "
        "run by the US National Library of Medicine.",
        f'Type your cancer (for example "{cancer}") as the condition, and '
        f"{_search_words(therapy)} as another term. Choose trials that are recruiting.",
        "Write down the trial number. It starts with NCT. Ask your care team if the trial "
        "fits you before you pay for or travel to anything.",
    ]


def trials_line(therapy: Therapy) -> str:
    """The three steps in one short paragraph, for paper."""
    return (
        f"Search ClinicalTrials.gov for your cancer and {_search_words(therapy)}. "
        "Pick trials that are recruiting. Ask your care team about the trial number (NCT...)."
    )


def trials_html(therapy: Therapy, heading: str = "h2") -> str:
    steps = trial_steps(therapy)
    first = esc(steps[0]).replace(
        "ClinicalTrials.gov", f'<a href="{CLINICALTRIALS_URL}">ClinicalTrials.gov</a>', 1
    )
    items = [first, *(esc(s) for s in steps[1:])]
    return (
        f'<section class="pl-trials" aria-label="{TRIALS_HEADING}">'
        f"<{heading}>{TRIALS_HEADING}</{heading}>"
        "<p>Three steps to find a trial that tests new treatments safely:</p>"
        '<ol class="pl-steps">' + "".join(f"<li>{s}</li>" for s in items) + "</ol></section>"
    )


def page_words_text(therapy: Therapy) -> str:
    """Every line a reader meets on a therapy page, for its "Words used on this page" list.

    Wider than ``Therapy.patient_text()`` (what the reading level measures): it also holds
    names and product lines ("autologous ... cells"), the grade's own note ("randomized
    trials") and the fixed blocks, since a word there needs explaining just the same."""
    reg = therapy.regulatory
    products = [" ".join(filter(None, (p.name, p.generic_name, p.use))) for p in reg.products]
    parts = [
        *(s for _, s in bottom_line_sentences(therapy)),
        therapy.patient_text(),
        *therapy.other_names,
        *therapy.cancers,
        *products,
        outcome_words(therapy),
        therapy.evidence.explained,
        *trial_steps(therapy),
    ]
    return "\n\n".join(parts)


def page_terms(therapy: Therapy, glossary: Glossary) -> list[GlossaryTerm]:
    """The glossary entries for the words a reader meets on the page, A to Z."""
    from plainleaf.readability import glossary_index, lookup
    from plainleaf.sentences import words

    index = glossary_index(glossary)
    text = page_words_text(therapy)
    found: dict[str, GlossaryTerm] = {}
    for w in words(text):
        term = lookup(index, w)
        if term:
            found[term.term] = term
    lowered = text.lower()
    for name, term in index.items():  # multi-word terms such as "cytokine release syndrome"
        if " " in name and name in lowered:
            found[term.term] = term
    return sorted(found.values(), key=lambda t: t.term.lower())


# ------------------------------------------------------------------ grade legend


def grade_legend_html(heading: str = "h2") -> str:
    rows = "".join(
        f'<li><span class="pl-chip">{esc(level.value)}: {esc(EVIDENCE_LABELS[level])}</span> '
        f"{esc(GRADE_MEANING[level])}</li>"
        for level in LEVEL_ORDER
    )
    return (
        '<section class="pl-legend" aria-label="What the evidence grades mean">'
        f"<{heading}>What the evidence grades mean</{heading}>"
        "<p>A grade says how sure we can be, not how much a treatment helps. Each page "
        "says what the treatment was shown to do.</p>"
        f'<ul class="pl-legend-list">{rows}</ul></section>'
    )


# ------------------------------------------------------------------ styles for the app

# Constant CSS for the app (the handout styles the same classes in black and white).
APP_CSS = """<style>
.pl-bottom, .pl-help, .pl-careful, .pl-trials, .pl-legend, .pl-invite {
  border-radius: 6px; padding: 0.75rem 1rem; margin: 0 0 0.5rem; color: #111;
  line-height: 1.5;
}
.pl-bottom h2, .pl-help h2, .pl-careful h2, .pl-trials h2, .pl-legend h2 {
  font-size: 1.35rem; margin: 0 0 0.4rem; padding: 0; line-height: 1.3;
}
.pl-bottom p, .pl-help p, .pl-careful p, .pl-trials p, .pl-legend p { margin: 0 0 0.4rem; }
.pl-bottom ul, .pl-help ul, .pl-careful ul, .pl-trials ol, .pl-legend ul {
  margin: 0 0 0.5rem; padding-left: 1.3rem;
}
.pl-bottom li, .pl-help li, .pl-trials li, .pl-legend li { margin: 0 0 0.2rem; }
.pl-bottom { border: 2px solid #1d4f91; border-left-width: 8px; background: #eef4fb; }
.pl-help { border: 3px solid #a4161a; background: #fff5f5; }
.pl-help h2 { color: #8c1116; }
.pl-help .pl-er-label b { color: #7a0f13; }
.pl-careful { border: 3px solid #7a5600; background: #fffaf0; }
.pl-trials { border: 1px solid #5b6470; }
.pl-legend { border: 1px solid #5b6470; }
.pl-legend-list { list-style: none; padding-left: 0 !important; }
.pl-legend-list li { margin-bottom: 0.45rem; }
.pl-chip {
  display: inline-block; border: 2px solid #10243f; border-radius: 4px; padding: 0 0.4rem;
  font-weight: 700; background: #fff; margin-right: 0.2rem;
}
.pl-grade { margin-top: 0.5rem !important; }
.pl-gradebox { border: 2px solid #10243f; border-radius: 6px; padding: 0.6rem 1rem;
  margin: 0 0 0.5rem; color: #111; line-height: 1.5; }
.pl-gradebox p { margin: 0 !important; }
.pl-picture { margin: 0.25rem 0 0.75rem; }
.pl-picture img { max-width: 100%; height: auto; display: block; }
.pl-picture figcaption, .pl-caption { font-size: 0.95rem; color: #222; margin-top: 0.25rem; }
.pl-icons { display: flex; flex-wrap: wrap; gap: 0.75rem 1rem; align-items: flex-start; }
.pl-icon-array img { width: 170px; }
.pl-invite { border: 2px solid #1d4f91; background: #eef4fb; font-size: 1.1rem; }
.pl-key { display: inline-block; width: 0.9rem; height: 0.9rem; border: 1.5px solid #10243f;
  vertical-align: -0.1rem; margin-right: 0.2rem; }
.pl-key.dark { background: #10243f; } .pl-key.light { background: #a9c1ea; }
.pl-key.empty { background: #e3e6ea; border-color: #e3e6ea; }
.pl-footer { font-size: 0.95rem; color: #222; }
.pl-help-body { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; align-items: flex-start; }
.pl-help-lists { flex: 1 1 18rem; min-width: 0; }
.pl-help-picture { flex: 0 1 300px; max-width: 320px; margin: 0.25rem 0 0.5rem; }
.pl-help-picture img, .pl-scale img { width: 100%; height: auto; display: block; }
.pl-scale { max-width: 300px; margin: 0.5rem 0 0.25rem; }
.pl-writein { border: 2px solid #111; border-radius: 4px; padding: 0.4rem 0.75rem;
  margin: 0.25rem 0 0.5rem; background: #fff; }
.pl-writein p { display: flex; flex-wrap: wrap; align-items: flex-end; margin: 0 !important;
  font-weight: 700; }
.pl-writein-label { white-space: nowrap; margin-right: 0.5rem; }
.pl-line { flex: 1 1 8rem; border-bottom: 2px solid #111; height: 1.75rem; }
</style>"""
