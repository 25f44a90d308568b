"""Pictures drawn from content data, as SVG: the same markup on the page and in the PDF.

Three kinds, each with a text alternative built from the same data:

- :func:`icon_array`: 100 small figures, N dark (and a range lighter) for "N in 100" risks;
- :func:`benefit_arrays`: the same figures for a benefit, one array per group (treated,
  and the comparison group when the trial had one), to be shown side by side;
- :func:`median_bars`: two bars for a result a trial gave only as medians (months);
- :func:`steps_diagram`: the numbered steps of how a treatment is made and given;
- :func:`timeline_diagram`: what happens when, in the first weeks after treatment.

Every piece of content text is escaped; the SVG holds no scripts, links or external
references, so it can be shown as an ``<img>`` data URI in the app and inlined in the PDF.
Colours are chosen to survive a black-and-white photocopy: the dark figures are nearly
black, the lighter "range" figures have a dark outline, the others are a pale fill.
"""

from __future__ import annotations

import base64
import html
import re
from dataclasses import dataclass

from plainleaf.models import Benefit, MedianTime, Risk, TimelineStep

FONT = "Liberation Sans, Arial, Helvetica, sans-serif"
INK = "#10243f"  # dark figures, step circles and lines
RANGE_FILL = "#a9c1ea"  # figures in the "up to" range
EMPTY_FILL = "#e3e6ea"  # the rest of the 100
TEXT = "#111111"


@dataclass(frozen=True)
class Picture:
    """An SVG and its text alternative (what a screen reader says instead of the picture)."""

    svg: str
    alt: str
    kind: str  # "icon-array", "bars", "steps" or "timeline"

    @property
    def data_uri(self) -> str:
        return "data:image/svg+xml;base64," + base64.b64encode(self.svg.encode()).decode()

    def img_html(self, css_class: str = "") -> str:
        """An <img> with the SVG as a data URI and the text alternative as its alt."""
        cls = f' class="{html.escape(css_class)}"' if css_class else ""
        return f'<img{cls} src="{self.data_uri}" alt="{html.escape(self.alt)}">'

    def inline_html(self, css_class: str = "") -> str:
        """The SVG itself, for the PDF (WeasyPrint draws inline SVG without fetching)."""
        cls = f' class="{html.escape(css_class)}"' if css_class else ""
        return f'<span{cls} role="img" aria-label="{html.escape(self.alt)}">{self.svg}</span>'


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _svg(width: float, height: float, title: str, body: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:g} {height:g}" '
        f'width="{width:g}" height="{height:g}" role="img">'
        f"<title>{_esc(title)}</title>{body}</svg>"
    )


def wrap(text: str, max_chars: int) -> list[str]:
    """Greedy word wrap (SVG text does not wrap itself). Never splits a word."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > max_chars:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines or [""]


# Advance widths of Liberation Sans Bold (metric twin of Arial Bold and Helvetica Bold,
# the fonts FONT names), in 1/1000 em, for the printable ASCII characters " " to "~".
# SVG text does not wrap itself, so a label is wrapped by its drawn width, not by a count
# of characters: "Two chemo drugs" (15 characters) is wider than "(lymphodepletion)" less
# one letter, and ran past the edge of the picture on the handout (review round 2).
_BOLD_WIDTHS = (
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722,
    722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722,
    667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611,
    611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556,
    500, 389, 280, 389, 584,
)
_WIDE = 1000  # any other character ("…", "—") is taken as one full em: never too narrow


def bold_width(text: str, size: float) -> float:
    """The drawn width of ``text`` in bold at font size ``size``, in the same units."""
    em = sum(
        _BOLD_WIDTHS[ord(c) - 32] if 32 <= ord(c) < 127 else _WIDE for c in text
    )
    return em * size / 1000


def wrap_width(text: str, max_width: float, size: float) -> list[str]:
    """Greedy word wrap by drawn width (bold, at ``size``). Never splits a word: a single
    word wider than ``max_width`` gets a line of its own."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if current and bold_width(trial, size) > max_width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return lines or [""]


# ------------------------------------------------------------------ icon array

_PERSON = (
    '<g transform="translate({x:g},{y:g})" fill="{fill}" stroke="{stroke}" '
    'stroke-width="{sw}"><circle cx="6" cy="3" r="2.6"/>'
    '<path d="M1.6 13.2 V9 Q1.6 6.2 4.6 6.2 H7.4 Q10.4 6.2 10.4 9 V13.2 Z"/></g>'
)


def icon_array_alt(risk: Risk) -> str:
    high = risk.up_to if risk.up_to is not None and risk.up_to != risk.in_100 else None
    if high is None:
        shade = f"{risk.in_100} are dark"
    else:
        shade = f"{risk.in_100} are dark and {high - risk.in_100} more are light"
    return f"Picture of 100 people: {shade}. {risk.text}."


def _people(dark: int, high: int, alt: str) -> Picture:
    """100 figures in 10 rows of 10, filled row by row: `dark` dark, up to `high` light."""
    cell_w, cell_h = 13, 14
    parts = []
    for i in range(100):
        row, col = divmod(i, 10)
        if i < dark:
            fill, stroke, sw = INK, INK, 0.6
        elif i < high:
            fill, stroke, sw = RANGE_FILL, INK, 1.1
        else:
            fill, stroke, sw = EMPTY_FILL, EMPTY_FILL, 0.6
        parts.append(
            _PERSON.format(x=col * cell_w + 0.5, y=row * cell_h + 0.5, fill=fill, stroke=stroke,
                           sw=sw)
        )
    return Picture(_svg(10 * cell_w + 1, 10 * cell_h, alt, "".join(parts)), alt, "icon-array")


def icon_array(risk: Risk) -> Picture:
    """100 figures in 10 rows of 10, filled row by row: in_100 dark, up to up_to light."""
    high = risk.up_to if risk.up_to is not None else risk.in_100
    return _people(risk.in_100, high, icon_array_alt(risk))


def benefit_arrays(benefit: Benefit) -> list[Picture]:
    """One array per group; each one's text alternative is that group's figure in words,
    and the last one's also carries the caveat (a listener hears both groups first)."""
    alts = [benefit.group_text(who, n) for who, n in benefit.groups]
    if benefit.caveat:
        alts[-1] += f" {benefit.caveat}"
    return [_people(n, n, alt) for (_who, n), alt in zip(benefit.groups, alts, strict=True)]


_KEY = '<span class="pl-key {kind}" aria-hidden="true"></span>'


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def risk_legend_html(risk: Risk) -> str:
    """The key under a risk's icon array, in words (dark, light, pale)."""
    if risk.up_to is not None and risk.up_to != risk.in_100:
        return (
            f'<span class="pl-legend-row">{_KEY.format(kind="dark")} Dark: at least '
            f"{risk.in_100} in 100</span> "
            f'<span class="pl-legend-row">{_KEY.format(kind="light")} Light: up to '
            f"{risk.up_to} in 100</span> "
            f'<span class="pl-legend-row">{_KEY.format(kind="empty")} Pale: the others</span>'
        )
    return (
        f'<span class="pl-legend-row">{_KEY.format(kind="dark")} Dark: {risk.in_100} in 100'
        f"</span> "
        f'<span class="pl-legend-row">{_KEY.format(kind="empty")} Pale: the others</span>'
    )


def risk_figure_html(risk: Risk, inline: bool = False, words: bool = True) -> str:
    """A risk's icon array with its legend, and its words unless they are printed beside
    it anyway (``words=False``). ``inline`` SVG for the PDF, an ``<img>`` in the app."""
    picture = icon_array(risk)
    art = picture.inline_html() if inline else picture.img_html()
    said = f"<b>{_esc(risk.text)}.</b><br>" if words else ""
    return (
        f'<figure class="pl-picture pl-icon-array">{art}'
        f"<figcaption>{said}{risk_legend_html(risk)}</figcaption></figure>"
    )


def benefit_figure_html(benefit: Benefit, inline: bool = False, paper: bool = False) -> str:
    """A benefit as icon arrays side by side, each under the name of its group, then the
    figure in words and a legend in words. The same HTML on the page and on paper
    (``inline`` SVG for the PDF, an ``<img>`` with alt text in the app).

    ``paper``: each array is headed by its number only, and the key names the groups in
    order ("Left: ... Right: ..."), so long group names do not make the figure taller; a
    single array needs no heading (the words beside it say who and how many).
    """
    groups = benefit.groups
    cells = []
    for (who, n), picture in zip(groups, benefit_arrays(benefit), strict=True):
        art = picture.inline_html() if inline else picture.img_html()
        name = "" if paper else f"<b>{_esc(_capital(who))}:</b> "
        head = "" if paper and len(groups) == 1 else (
            f'<p class="pl-benefit-who">{name}{n} in 100</p>'
        )
        cells.append(f'<div class="pl-benefit-group">{head}{art}</div>')
    legend = (
        f'<span class="pl-legend-row">{_KEY.format(kind="dark")} Dark: '
        f"{_esc(benefit.outcome)}</span> "
        f'<span class="pl-legend-row">{_KEY.format(kind="empty")} Pale: the others</span>'
    )
    if paper and len(cells) > 1:
        sides = ("Left", "Right")
        legend += "".join(
            f'<br><span class="pl-benefit-side"><b>{side}:</b> {_esc(who)}</span>'
            for side, (who, _n) in zip(sides, benefit.groups, strict=False)
        )
    single = " single" if len(cells) == 1 else ""
    caveat = _caveat_html(benefit.caveat)
    return (
        f'<figure class="pl-picture pl-benefit{single}">'
        f'<div class="pl-icons">{"".join(cells)}</div>'
        f"<figcaption><b>{_esc(benefit.text)}</b>{caveat}<br>{legend}</figcaption></figure>"
    )


def _caveat_html(caveat: str | None) -> str:
    """A result's caveat, on its own line in the caption (benefits and medians alike)."""
    return f'<br><span class="pl-caveat">{_esc(caveat)}</span>' if caveat else ""


# ------------------------------------------------------------------ medians

MEDIAN_WIDTH = 240.0
_BAR_MAX = 150.0  # the longer bar; the shorter one is drawn to the same scale
_BAR_H = 16.0
_LABEL_SIZE = 13.0  # prints at 12 pt at the handout's 80 mm (240 units)
COMPARED_FILL = "#7f93b3"  # mid blue-grey: tells the bars apart in grey print too


def median_alt(result: MedianTime) -> str:
    return f"Bar picture. {result.text}"


def median_bars(result: MedianTime) -> Picture:
    """Two bars to one scale, each under its group's name, with its months at the end."""
    longest = max(result.months, result.compared_months)
    parts: list[str] = []
    y = 0.0
    for (who, months), fill in zip(result.groups, (INK, COMPARED_FILL), strict=True):
        for line in wrap_width(_capital(who), MEDIAN_WIDTH, _LABEL_SIZE):
            y += _LABEL_SIZE + 2
            parts.append(
                f'<text x="0" y="{y:g}" font-family="{FONT}" font-size="{_LABEL_SIZE:g}" '
                f'font-weight="bold" fill="{TEXT}">{_esc(line)}</text>'
            )
        y += 4
        width = max(4.0, _BAR_MAX * months / longest)
        parts.append(
            f'<rect x="0" y="{y:g}" width="{width:.1f}" height="{_BAR_H:g}" fill="{fill}" '
            f'stroke="{INK}" stroke-width="0.8"/>'
        )
        parts.append(
            f'<text x="{width + 6:.1f}" y="{y + _BAR_H - 4:g}" font-family="{FONT}" '
            f'font-size="{_LABEL_SIZE + 1:g}" font-weight="bold" fill="{TEXT}">'
            f"{months:g} months</text>"
        )
        y += _BAR_H + 8
    alt = median_alt(result)
    return Picture(_svg(MEDIAN_WIDTH, y, alt, "".join(parts)), alt, "bars")


def median_figure_html(result: MedianTime, inline: bool = False) -> str:
    """The bars with the result in words under them (and its caveat, if any)."""
    picture = median_bars(result)
    art = picture.inline_html() if inline else picture.img_html()
    caveat = _caveat_html(result.caveat)
    return (
        f'<figure class="pl-picture pl-median">{art}'
        f"<figcaption><b>{_esc(result.text)}</b>{caveat}<br>Each bar: how long the middle "
        "person in that group went. Longer is better.</figcaption></figure>"
    )


# ------------------------------------------------------------------ steps


def step_label(step: str) -> str:
    """The short name of a step: the words before its first colon ("The drip (infusion)")."""
    head, sep, _rest = step.partition(":")
    if sep and len(head.split()) <= 8:
        return head.strip()
    words = step.split()
    short = " ".join(words[:6])
    return short.rstrip(".,;") + ("…" if len(words) > 6 else "")


def steps_alt(steps: list[str]) -> str:
    labels = [step_label(s) for s in steps]
    return f"Diagram of {len(labels)} steps, in order: " + "; ".join(
        f"{i}. {label}" for i, label in enumerate(labels, 1)
    ) + "."


# The room for a step's label in the steps diagram, in its units (see steps_diagram).
STEP_TEXT_WIDTH = 135.0


def steps_diagram(steps: list[str]) -> Picture:
    """Numbered circles with each step's short name, two to a row, read left to right.

    Two columns keep it short enough to sit beside the timeline on paper and narrow
    enough (340 units, drawn 1:1) to read on a 390 px phone without zooming.
    """
    width, col_w, r, size, line_h = 340, 170, 14, 15.5, 18.5
    # A label starts 3 units right of its circle (x + 2..30) and is at most 135 units
    # wide: 4 units clear of the next column's circle, 2 inside the picture's edge.
    text_dx, text_w = 2 * r + 5, STEP_TEXT_WIDTH
    cells = [(i, wrap_width(step_label(s), text_w, size)) for i, s in enumerate(steps, 1)]
    parts = []
    y = 4.0
    for row_start in range(0, len(cells), 2):
        row = cells[row_start : row_start + 2]
        h = max(2 * r + 6, max(len(lines) for _, lines in row) * line_h + 8)
        for k, (i, lines) in enumerate(row):
            x = k * col_w
            cy = y + r + 2
            parts.append(
                f'<circle cx="{x + r + 2}" cy="{cy:g}" r="{r}" fill="{INK}"/>'
                f'<text x="{x + r + 2}" y="{cy + 5.5:g}" font-size="16" font-weight="bold" '
                f'text-anchor="middle" fill="#ffffff" font-family="{FONT}">{i}</text>'
            )
            for j, line in enumerate(lines):
                parts.append(
                    f'<text x="{x + text_dx}" y="{y + 15 + j * line_h:g}" font-size="{size}" '
                    f'font-weight="bold" fill="{TEXT}" font-family="{FONT}">{_esc(line)}</text>'
                )
        y += h + 10
        if row_start + 2 < len(cells):
            parts.append(
                f'<line x1="0" y1="{y - 6:g}" x2="{width}" y2="{y - 6:g}" stroke="{EMPTY_FILL}" '
                'stroke-width="1.5"/>'
            )
    alt = steps_alt(steps)
    return Picture(_svg(width, y - 4, alt, "".join(parts)), alt, "steps")


# ------------------------------------------------------------------ timeline


def timeline_alt(steps: list[TimelineStep]) -> str:
    return "Timeline of the first weeks after treatment: " + "; ".join(
        f"{s.when}: {s.what.rstrip('.')}" for s in steps
    ) + "."


def timeline_diagram(steps: list[TimelineStep]) -> Picture:
    """A line down the left with a dot per step; "when" in bold starts each step's text."""
    width, line_x, text_x, size, line_h, gap, max_chars = 340, 12, 30, 15.5, 18.5, 9, 38
    y = 8.0
    parts = []
    dots = []
    for step in steps:
        # The bold "when" and the first words of "what" share the first line.
        lines = wrap(f"{step.when}: {step.what}", max_chars)
        head = f"{step.when}:"
        for k, line in enumerate(lines):
            ty = y + 13 + k * line_h
            if k == 0 and line.startswith(head):
                rest = line[len(head):]
                parts.append(
                    f'<text x="{text_x}" y="{ty:g}" font-size="{size}" fill="{TEXT}" '
                    f'font-family="{FONT}"><tspan font-weight="bold">{_esc(head)}</tspan>'
                    f"{_esc(rest)}</text>"
                )
            else:
                parts.append(
                    f'<text x="{text_x}" y="{ty:g}" font-size="{size}" fill="{TEXT}" '
                    f'font-family="{FONT}">{_esc(line)}</text>'
                )
        dots.append(y + 8)
        y += len(lines) * line_h + gap
    height = y - gap + 6
    if dots:
        parts.insert(
            0,
            f'<line x1="{line_x}" y1="{dots[0]:g}" x2="{line_x}" y2="{dots[-1]:g}" '
            f'stroke="{INK}" stroke-width="2.5"/>',
        )
    for cy in dots:
        parts.append(
            f'<circle cx="{line_x}" cy="{cy:g}" r="7" fill="#ffffff" stroke="{INK}" '
            f'stroke-width="3"/>'
        )
    alt = timeline_alt(steps)
    return Picture(_svg(width, height, alt, "".join(parts)), alt, "timeline")


def svg_text(svg: str) -> str:
    """The words inside an SVG (for tests and checks): its <text> and <title> contents."""
    found = re.findall(r"<(?:text|title)[^>]*>([^<]*)</(?:text|title)>", svg)
    return " ".join(html.unescape(t) for t in found)
