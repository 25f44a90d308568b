"""Pathological inputs for the analyzer (issue 14): each generator makes a text of about
n characters that once made some pass quadratic or very slow."""

from __future__ import annotations

from collections.abc import Callable

LEAD = "The patients in the study were given the new treatment and they did well with it. "


def _fill(unit: str, n: int) -> str:
    return LEAD + unit * max(1, n // len(unit)) + " " + LEAD


GENERATORS: dict[str, Callable[[int], str]] = {
    "blank_lines": lambda n: _fill("\n", n),
    "blank_lines_with_spaces": lambda n: _fill("\n \t", n),
    "spaces": lambda n: _fill(" ", n),
    "digits": lambda n: _fill("1", n),
    "digits_with_commas": lambda n: _fill("1,", n),
    "dollar_ones": lambda n: _fill("$1", n),
    "dots": lambda n: _fill(".", n),
    "letter_dots": lambda n: _fill("A.b.", n),
    "one_long_line": lambda n: _fill("cure miracle offer NK cells Dr Smith said ", n),
    "nested_brackets": lambda n: LEAD + "(" * (n // 2) + "miracle" + ")" * (n // 2),
    "hype_words": lambda n: _fill("miracle breakthrough cure! ", n),
    "warning_lead_ins": lambda n: _fill("Beware of clinics that:\n- promise a miracle\n", n),
    "headings": lambda n: _fill("Results\n\nMethods:  \n", n),
    "quotes_in_news": lambda n: "(Reuters) - " + _fill('"Call us today," said the clinic. ', n),
}
