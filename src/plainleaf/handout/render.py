"""Shared machinery for printable pages: templates, safe Markdown, paper sizes, offline PDF.

Templates are Jinja2 (declared in pyproject, pinned to the version Streamlit already
installs) with autoescape on: escaping is the default for every value, so a field
added to a template later is safe without anyone remembering to call html.escape, and
the only way to print markup is :func:`safe_markdown` (escape, then Markdown, then an
nh3 allow-list). WeasyPrint gets a URL fetcher that refuses anything but local files, so a
link or image in content can never make a handout reach the network.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

import markdown as md
import nh3
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

# WeasyPrint's side lives in .pdf, which a handout's HTML does not need (issue 13).
from .pdf import TEMPLATES, first_that_fits, html_to_pdf, layout

if TYPE_CHECKING:
    from plainleaf.models import Source

__all__ = ["TEMPLATES", "first_that_fits", "html_to_pdf", "layout"]

Paper = Literal["a4", "letter"]
PAPERS: tuple[Paper, ...] = ("a4", "letter")

# The text block is the same on both papers (194 x 263.4 mm), so a handout breaks
# into the same pages on A4 and on letter, and an A4 PDF printed at 100% on letter
# paper (or the other way round) loses only blank margin, never text.
PAGE_CSS: dict[Paper, str] = {
    "a4": "size: A4; margin: 16.8mm 8mm 16.8mm 8mm;",
    "letter": "size: letter; margin: 8mm 10.95mm 8mm 10.95mm;",
}

ALLOWED_TAGS = {"p", "br", "em", "strong", "ul", "ol", "li", "a", "code"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}

NOT_ADVICE = (
    "This is not medical advice. Use it to talk with your care team; they know your case."
)


def safe_markdown(text: str) -> Markup:
    """Markdown to HTML that can hold no markup the author did not write as Markdown.

    Escaping first turns any raw HTML in the text into literal characters (so
    "<script>" prints as those eight characters); nh3 then keeps only the allow-list,
    which also drops javascript: and data: links that Markdown link syntax can make.
    """
    rendered = md.markdown(html.escape(text, quote=False), output_format="html")
    cleaned = nh3.clean(
        rendered,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
    )
    return Markup(cleaned)


def long_date(value: dt.date) -> str:
    return f"{value.day} {value:%B %Y}"


def short_link(source: Source) -> str:
    """A link short enough to print: the DOI when there is one, else the site's name.

    Full agency URLs run to 150 characters; on paper nobody types them, and they
    would push a handout past two pages. The app shows the full links.
    """
    if source.doi:
        return f"doi:{source.doi}"
    return urlsplit(source.link).hostname or source.link


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["md"] = safe_markdown
    env.filters["long_date"] = long_date
    env.filters["short_link"] = short_link
    return env


ENV = _environment()


def render_template(name: str, paper: Paper, **context: object) -> str:
    if paper not in PAGE_CSS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}, not {paper!r}")
    css = (TEMPLATES / "handout.css").read_text(encoding="utf-8")
    return ENV.get_template(name).render(
        css=Markup(css), page_css=Markup(PAGE_CSS[paper]), not_advice=NOT_ADVICE, **context
    )


def __getattr__(name: str) -> Any:
    if name == "OfflineFetcher":  # made on first use: it subclasses WeasyPrint's fetcher
        from .pdf import offline_fetcher_class

        return offline_fetcher_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
