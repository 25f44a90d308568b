"""Two "at a glance" pictures, as inline SVG with real text alternatives.

- :func:`help_figure_html`: the "Get help now" picture. Two traffic-light rows: a red
  row with an ambulance for "Call 911 or go to the emergency room" and an amber row with
  a phone for "Call your care team", and, when the page states one, a thermometer that
  shows its fever line (:func:`fever_line`).
- :func:`evidence_scale_html`: the evidence scale N-D-C-B-A with one grade marked, for
  the article report and the therapy pages (:func:`evidence_scale_text` is the same in
  words, for Markdown).

Both read in black and white: every row and mark carries words and a shape, so colour
is never the only signal (the red row is dark with white words, the amber rows light
with black words, the marked grade is filled black with an arrow). The fever line is
never made up: it is read from the page's own "get help" text, or there is no
thermometer. Every content string is escaped; the SVG has no scripts, links or ids, so
the same markup works many times on one page, in the app and in the PDF.
"""

from __future__ import annotations

import base64
import html
import re
from dataclasses import dataclass

from plainleaf.pictures import bold_width, wrap
from plainleaf.spec import EVIDENCE_LABELS, EvidenceLevel

FONT = "Liberation Sans, Arial, Helvetica, sans-serif"
RED = "#b3141b"
AMBER = "#ffb400"
PALE_AMBER = "#ffe9a8"
INK = "#111111"

ER_WORDS = ("Call 911 or go to", "the emergency room")
TEAM_WORDS = ("Call your care team", "right away, day or night")
HELP_ALT = (
    "Get help now. Red row: call 911 or go to the emergency room. "
    "Amber row: call your care team right away, day or night."
)

# "38 °C (100.4 °F) or higher", as the content writes it; a few spacing variants.
_FEVER = re.compile(
    r"(?P<c>\d{2}(?:\.\d)?)\s?°\s?C\s*\((?P<f>\d{2,3}(?:\.\d)?)\s?°\s?F\)\s*"
    r"or (?:higher|above|more)(?P<rest>[^,.;:]*)"
)


def _esc(text: str) -> str:
    return html.escape(str(text), quote=True)


@dataclass(frozen=True)
class FeverLine:
    """The temperature at which a page says to call, in its own words."""

    celsius: str
    fahrenheit: str
    qualifier: str  # words that limit it, such as "that lasts more than 2 days"; or ""

    @property
    def words(self) -> str:
        tail = f" {self.qualifier}" if self.qualifier else ""
        return f"{self.celsius} °C ({self.fahrenheit} °F) or higher{tail}"


def fever_line(signs: list[str]) -> FeverLine | None:
    """The first "N °C (N °F) or higher" in these signs, or None: no line is ever invented.

    Words right after "or higher" belong to the line when they limit it ("that lasts more
    than 2 days"); a new clause after a comma ("..., or chills") does not.
    """
    for sign in signs:
        m = _FEVER.search(sign)
        if m:
            rest = " ".join(m.group("rest").split())
            return FeverLine(m.group("c"), m.group("f"), rest)
    return None


def _text(x: float, y: float, words: str, size: float, fill: str, bold: bool = False) -> str:
    weight = ' font-weight="700"' if bold else ""
    return (
        f'<text x="{x:g}" y="{y:g}" font-size="{size:g}" fill="{fill}"{weight}>'
        f"{_esc(words)}</text>"
    )


def _ambulance(x: float, y: float) -> str:
    """A white ambulance with a red cross, about 52 x 36, on the red row."""
    return (
        f'<g transform="translate({x:g},{y:g})" fill="#fff">'
        '<rect x="0" y="6" width="33" height="22" rx="2"/>'
        '<path d="M33 12 h10 l8 8 v8 h-18 z"/>'
        f'<rect x="37" y="14" width="6" height="5" fill="{RED}"/>'
        f'<rect x="14.5" y="10" width="4" height="14" fill="{RED}"/>'
        f'<rect x="9.5" y="15" width="14" height="4" fill="{RED}"/>'
        f'<circle cx="10" cy="29" r="5" stroke="{RED}" stroke-width="2"/>'
        f'<circle cx="41" cy="29" r="5" stroke="{RED}" stroke-width="2"/>'
        "</g>"
    )


def _phone(x: float, y: float) -> str:
    """A black phone handset, about 40 x 40, on the amber row."""
    return (
        f'<g transform="translate({x:g},{y:g})" fill="{INK}">'
        '<path d="M9 2 l8 0 l3 10 l-6 4 c2 6 6 10 12 12 l4 -6 l10 3 l0 8 '
        'c0 4 -3 6 -7 6 c-15 -2 -28 -15 -30 -30 c0 -4 2 -7 6 -7 z"/>'
        "</g>"
    )


def _thermometer(x: float, y: float) -> str:
    """A thermometer about 22 x 58, red to a marked line, black outline and tick."""
    return (
        f'<g transform="translate({x:g},{y:g})">'
        f'<rect x="6" y="0" width="10" height="46" rx="5" fill="#fff" stroke="{INK}" '
        'stroke-width="2"/>'
        f'<circle cx="11" cy="48" r="9" fill="{RED}" stroke="{INK}" stroke-width="2"/>'
        f'<rect x="8.5" y="14" width="5" height="34" fill="{RED}"/>'
        f'<line x1="0" y1="14" x2="26" y2="14" stroke="{INK}" stroke-width="3"/>'
        "</g>"
    )


def help_alt(fever: FeverLine | None) -> str:
    if fever is None:
        return HELP_ALT
    return f"{HELP_ALT} Thermometer: call your care team at {fever.words}."


def _cell(x: float, y: float, w: float, h: float, fill: str, dashed: bool) -> str:
    dash = ' stroke-dasharray="9 4"' if dashed else ""
    return (
        f'<rect x="{x + 1.5:g}" y="{y + 1.5:g}" width="{w - 3:g}" height="{h - 3:g}" rx="8" '
        f'fill="{fill}" stroke="{INK}" stroke-width="3"{dash}/>'
    )


def _fever_lines(fever: FeverLine) -> list[str]:
    return wrap(f"or higher {fever.qualifier}".strip() + ": call your team", 28)


STRIP_WIDTH = 816


def help_svg(fever: FeverLine | None, strip: bool = False) -> str:
    """The picture: rows stacked (a screen, 280 wide) or side by side (paper, ``strip``).

    Red row: dark fill, white words, an ambulance. Amber row: light fill, dashed border,
    black words, a phone. Thermometer row (only with a fever line): pale, dashed.
    """
    rest = _fever_lines(fever) if fever else []
    fever_h = max(64, 46 + 19 * len(rest))
    if strip:
        row_h = max(60, fever_h)
        cells = [(0, 0, 292, row_h), (298, 0, 262, row_h), (566, 0, 250, row_h)]
        width, height = (STRIP_WIDTH if fever else 560), row_h
    else:
        cells = [(0, 0, 280, 64), (0, 68, 280, 64), (0, 136, 280, fever_h)]
        width, height = 280, (136 + fever_h if fever else 132)
    (x1, y1, w1, h1), (x2, y2, w2, h2), (x3, y3, w3, h3) = cells
    m1, m2, m3 = y1 + h1 / 2, y2 + h2 / 2, y3 + h3 / 2
    parts = [
        _cell(x1, y1, w1, h1, RED, dashed=False),
        _ambulance(x1 + 9, m1 - 20),
        _text(x1 + 68, m1 - 5, ER_WORDS[0], 18, "#fff", bold=True),
        _text(x1 + 68, m1 + 17, ER_WORDS[1], 18, "#fff", bold=True),
        _cell(x2, y2, w2, h2, AMBER, dashed=True),
        _phone(x2 + 14, m2 - 19),
        _text(x2 + 68, m2 - 5, TEAM_WORDS[0], 18, INK, bold=True),
        _text(x2 + 68, m2 + 16, TEAM_WORDS[1], 15, INK),
    ]
    if fever is not None:
        # The words as one block in the middle of the row: 17-unit line, then 19 each.
        first = m3 - (19 * len(rest) - 1) / 2 + 6
        parts += [
            _cell(x3, y3, w3, h3, PALE_AMBER, dashed=True),
            _thermometer(x3 + 16, m3 - 30),
            _text(x3 + 54, first, f"{fever.celsius} °C ({fever.fahrenheit} °F)", 17, INK,
                  bold=True),
            *(_text(x3 + 54, first + 20 + 19 * i, line, 15, INK) for i, line in enumerate(rest)),
        ]
    alt = help_alt(fever)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height:g}" '
        f'role="img" aria-label="{_esc(alt)}" font-family="{FONT}" '
        f'class="pl-help-svg"><title>{_esc(alt)}</title>{"".join(parts)}</svg>'
    )


# On paper the strip is drawn at 0.21 mm a unit: its 15-18 unit words print at 9-11 pt.
MM_PER_UNIT = 0.21


def img_html(svg: str, alt: str, css: str) -> str:
    """An <img> with the SVG as a data URI and real alt text: Streamlit's st.html drops
    inline <svg>, so the app shows pictures this way (as plainleaf.pictures does)."""
    uri = "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()
    return f'<img class="{css}" src="{uri}" alt="{_esc(alt)}">'


def help_figure_html(fever: FeverLine | None, strip: bool = False) -> str:
    """The picture in its figure: an <img> for the app, the SVG itself on paper."""
    if strip:
        width = (STRIP_WIDTH if fever else 560) * MM_PER_UNIT
        return (
            f'<figure class="pl-help-picture pl-strip" style="width:{width:.0f}mm">'
            f"{help_svg(fever, strip=True)}</figure>"
        )
    img = img_html(help_svg(fever), help_alt(fever), "pl-help-img")
    return f'<figure class="pl-help-picture">{img}</figure>'


# ------------------------------------------------------------------ evidence scale

SCALE = [EvidenceLevel.N, EvidenceLevel.D, EvidenceLevel.C, EvidenceLevel.B, EvidenceLevel.A]


def evidence_scale_alt(level: EvidenceLevel, who: str) -> str:
    return (
        "Evidence scale from N (weakest) to A (strongest): N, D, C, B, A. "
        f"{who}: grade {level.value}, {EVIDENCE_LABELS[level].lower()}."
    )


def evidence_scale_text(level: EvidenceLevel, who: str = "This text") -> str:
    """The scale in words and letters, for Markdown: the marked grade in brackets."""
    row = " - ".join(f"[{s.value}]" if s == level else s.value for s in SCALE)
    return (
        f"Evidence scale, weakest to strongest: {row}. {who}: evidence grade "
        f"{level.value} ({EVIDENCE_LABELS[level].lower()})."
    )


def evidence_scale_svg(
    level: EvidenceLevel, who: str = "This text", print_size: bool = False
) -> str:
    """Five boxes N D C B A; the grade is filled black under an arrow with ``who``.

    ``print_size``: the layout for a handout, drawn 48 mm wide beside the bottom line. Its
    words are 19 units (12 pt there) and "weakest" and "strongest" share the arrow's row,
    so the picture is small enough to float beside the text.
    """
    box, gap, left = (36, 5, 4) if print_size else (44, 8, 4)
    label, words = (19, 19) if print_size else (14, 14)
    letter = 22 if print_size else 24
    top = 35 if print_size else 30  # the boxes start below the name and its arrow
    width = left * 2 + 5 * box + 4 * gap
    parts = []
    for i, s in enumerate(SCALE):
        x = left + i * (box + gap)
        marked = s == level
        fill, ink, stroke = (INK, "#fff", 4) if marked else ("#fff", INK, 2)
        parts.append(
            f'<rect x="{x}" y="{top}" width="{box}" height="{box}" rx="5" fill="{fill}" '
            f'stroke="{INK}" stroke-width="{stroke}"/>'
            f'<text x="{x + box / 2:g}" y="{top + box / 2 + letter * 0.37:g}" '
            f'font-size="{letter}" '
            f'font-weight="700" text-anchor="middle" fill="{ink}">{_esc(s.value)}</text>'
        )
        if marked:
            cx = x + box / 2
            # Centred over the marked box, but never past the picture's edge: "This
            # treatment" over B ran out of the bottom-line box (review round 3).
            half = bold_width(who, label) / 2
            tx = min(max(cx, left + half), width - left - half)
            anchor = "middle"
            parts.append(
                f'<path d="M{cx - 8:g} {top - 13} h16 l-8 10 z" fill="{INK}"/>'
                f'<text x="{tx:g}" y="{top - 17}" font-size="{label}" font-weight="700" '
                f'text-anchor="{anchor}" fill="{INK}">{_esc(who)}</text>'
            )
    if print_size:
        # One row under the boxes: "weakest <----> strongest".
        y = top + box + 21
        parts.append(
            f'<text x="{left}" y="{y}" font-size="{words}" fill="{INK}">weakest</text>'
            f'<text x="{width - left}" y="{y}" font-size="{words}" text-anchor="end" '
            f'fill="{INK}">strongest</text>'
            f'<path d="M{left + 80} {y - 6} H{width - left - 98}" stroke="{INK}" '
            'stroke-width="2"/>'
            f'<path d="M{left + 72} {y - 6} l9 -5 v10 z M{width - left - 90} {y - 6} l-9 -5 v10 z" '
            f'fill="{INK}"/>'
        )
        height = y + 5
    else:
        parts.append(
            f'<path d="M{left + 14} 88 H{width - left - 14}" stroke="{INK}" stroke-width="2"/>'
            f'<path d="M{left + 4} 88 l10 -5 v10 z M{width - left - 4} 88 l-10 -5 v10 z" '
            f'fill="{INK}"/>'
            f'<text x="{left}" y="106" font-size="{words}" fill="{INK}">weakest</text>'
            f'<text x="{width - left}" y="106" font-size="{words}" text-anchor="end" '
            f'fill="{INK}">strongest</text>'
        )
        height = 112
    alt = evidence_scale_alt(level, who)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{_esc(alt)}" font-family="{FONT}" class="pl-scale-svg">'
        f'<title>{_esc(alt)}</title>{"".join(parts)}</svg>'
    )


def evidence_scale_html(
    level: EvidenceLevel, who: str = "This text", paper: bool = False, print_size: bool = False
) -> str:
    """The scale: an <img> with alt text for the app, the SVG itself on paper
    (``print_size`` for the handout's layout, see :func:`evidence_scale_svg`)."""
    if paper:
        svg = evidence_scale_svg(level, who, print_size)
        return f'<figure class="pl-scale">{svg}</figure>'
    img = img_html(evidence_scale_svg(level, who), evidence_scale_alt(level, who),
                   "pl-scale-img")
    return f'<figure class="pl-scale">{img}</figure>'


# ------------------------------------------------------------------ paper: coloured bars
# A handout has no room for the picture beside the lists, so on paper the two list labels
# themselves become the traffic-light rows: a red bar with the ambulance, an amber bar
# with the phone and the thermometer. The words stay real text; each icon is named.


def _icon(body: str, width: float, height: float, name: str, css: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:g} {height:g}" '
        f'role="img" aria-label="{_esc(name)}" class="{css}"><title>{_esc(name)}</title>'
        f"{body}</svg>"
    )


def ambulance_icon() -> str:
    return _icon(_ambulance(2, 2), 56, 40, "Ambulance", "pl-icon pl-icon-er")


def phone_icon() -> str:
    return _icon(_phone(2, 2), 44, 44, "Phone", "pl-icon pl-icon-call")


def thermometer_html(fever: FeverLine | None) -> str:
    """The thermometer and its line in words, or nothing when the page states none."""
    if fever is None:
        return ""
    icon = _icon(_thermometer(4, 2), 34, 62, f"Thermometer at {fever.celsius} °C",
                 "pl-icon pl-icon-thermo")
    tail = f" {fever.qualifier}" if fever.qualifier else ""
    return (
        f'<span class="pl-thermo{"" if tail else " pl-thermo-short"}">{icon}'
        f"<span><b>{_esc(fever.celsius)} °C "
        f"({_esc(fever.fahrenheit)} °F)</b> or higher{_esc(tail)}: call your team</span></span>"
    )
