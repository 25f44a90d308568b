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
import logging
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

import markdown as md
import nh3
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup
from weasyprint import HTML
from weasyprint.urls import URLFetcher

from plainleaf.models import Source

TEMPLATES = Path(__file__).resolve().parent / "templates"

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


class OfflineFetcher(URLFetcher):
    """Fetches local files only; every other URL is refused and recorded."""

    def __init__(self) -> None:
        super().__init__(allowed_protocols={"file"}, fail_on_errors=False)
        self.refused: list[str] = []

    def fetch(self, url: str, headers: dict[str, str] | None = None):  # type: ignore[override]
        if not url.lower().startswith("file:"):
            self.refused.append(url)
            raise ValueError(f"handouts never fetch non-file URLs: {url[:80]}")
        return super().fetch(url, headers)


def layout(page_html: str, fetcher: OfflineFetcher | None = None):  # -> weasyprint Document
    """Lay print-ready HTML out in pages, without touching the network. Its ``pages``
    can be counted before the (slower) PDF is written."""
    fetcher = fetcher or OfflineFetcher()
    # A refused fetch is expected (content is untrusted); keep it out of the logs' way.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    return HTML(string=page_html, base_url=TEMPLATES.as_uri() + "/", url_fetcher=fetcher).render()


def html_to_pdf(page_html: str, fetcher: OfflineFetcher | None = None) -> bytes:
    """Render print-ready HTML to PDF bytes without touching the network."""
    return layout(page_html, fetcher).write_pdf()
