"""How well main-text extraction keeps the article and drops the page furniture.

The pages in tests/fixtures/html/ wrap each article fixture (tests/fixtures/articles) in one
of three real-world layouts: a news site, a clinic site and a blog, each with navigation,
a sidebar, a cookie banner, related links, comments and a footer. For each page we count
which article lines survive (kept) and which furniture lines leak into the text (leaked),
for trafilatura (what plainleaf uses) and for the old hand-written tag filter.

Run: .venv/bin/python benchmarks/measure_extraction.py [--write-pages]
"""

from __future__ import annotations

import argparse
import html
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "fixtures" / "articles"
PAGES = ROOT / "tests" / "fixtures" / "html"

FURNITURE = {
    "nav": ["Home", "Cancer news", "Treatments A to Z", "Find a clinic",
            "Subscribe to our newsletter", "Sign in to your account"],
    "cookie": ["We use cookies to improve your experience on our site.",
               "Accept all cookies or manage your preferences."],
    "sidebar": ["Most read this week", "Ten foods that fight winter colds",
                "Celebrity reveals her secret morning routine", "Travel insurance deals for 2026"],
    "related": ["You may also like", "How to choose a care home near you",
                "Five myths about vitamins, busted by experts"],
    "comments": ["Comments (3)", "Mary K. wrote: This gave me so much hope for my dad.",
                 "Tom R. wrote: Has anyone tried this clinic? Please message me."],
    "footer": ["Copyright 2026 Example Media Group. All rights reserved.",
               "Privacy policy | Cookie settings | Terms of use | Contact us | Sitemap"],
}


def _ul(items: list[str]) -> str:
    return "<ul>" + "".join(f'<li><a href="/x">{html.escape(i)}</a></li>' for i in items) + "</ul>"


def page(text: str, title: str, layout: int) -> str:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    body = "".join(f"<p>{html.escape(ln)}</p>" for ln in lines)
    f = FURNITURE
    nav = f"<nav class='menu'>{_ul(f['nav'])}</nav>"
    cookie = ("<div class='cookie-banner' role='dialog'>" +
              "".join(f"<p>{c}</p>" for c in f["cookie"]) + "<button>Accept</button></div>")
    sidebar = f"<aside><h3>{f['sidebar'][0]}</h3>{_ul(f['sidebar'][1:])}</aside>"
    related = (f"<section class='related'><h2>{f['related'][0]}</h2>"
               f"{_ul(f['related'][1:])}</section>")
    comments = (f"<section id='comments' class='comments'><h2>{f['comments'][0]}</h2>" +
                "".join(f"<div class='comment'><p>{html.escape(c)}</p></div>"
                        for c in f["comments"][1:]) + "</section>")
    footer = "<footer>" + "".join(f"<p>{html.escape(x)}</p>" for x in f["footer"]) + "</footer>"
    head = (f"<head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            "<script>window.dataLayer=[];function track(){}</script>"
            "<style>.menu{display:flex}</style></head>")
    h1 = f"<h1>{html.escape(title)}</h1>"
    if layout == 0:  # news site: <article> inside <main>
        inner = f"{nav}{cookie}<main><article>{h1}{body}</article>{related}{comments}</main>" \
                f"{sidebar}{footer}"
    elif layout == 1:  # clinic site: divs only, no semantic tags for the content
        inner = f"<div id='top'>{nav}</div>{cookie}<div class='page'><div class='content'>{h1}" \
                f"{body}</div><div class='side'>{sidebar}</div></div>{related}{footer}"
    else:  # blog: content in a div.post, comments below
        inner = f"{nav}<div class='post'>{h1}<div class='entry-content'>{body}</div></div>" \
                f"{comments}{sidebar}{related}{footer}{cookie}"
    return f"<!doctype html><html lang='en'>{head}<body>{inner}</body></html>"


def write_pages() -> None:
    PAGES.mkdir(parents=True, exist_ok=True)
    for i, path in enumerate(sorted(ARTICLES.glob("*.txt"))):
        text = path.read_text(encoding="utf-8")
        title = text.strip().splitlines()[0][:80]
        (PAGES / f"{path.stem}.html").write_text(page(text, title, i % 3), encoding="utf-8")


def _norm(s: str) -> str:
    return " ".join(html.unescape(s).split())


def score(extracted: str, article: str) -> tuple[float, float]:
    """(share of article lines kept, share of furniture lines leaked)."""
    got = _norm(extracted)
    lines = [_norm(ln) for ln in article.splitlines() if len(ln.split()) >= 3]
    kept = sum(1 for ln in lines if ln in got) / max(1, len(lines))
    furniture = [_norm(x) for group in FURNITURE.values() for x in group]
    leaked = sum(1 for x in furniture if x in got) / len(furniture)
    return kept, leaked


def measure() -> dict[str, tuple[float, float, float, float]]:
    from plainleaf.analyzer.extract import _plain_html_text, main_text

    results: dict[str, list[tuple[float, float]]] = {"trafilatura": [], "tag filter": []}
    for path in sorted(PAGES.glob("*.html")):
        markup = path.read_text(encoding="utf-8")
        article = (ARTICLES / f"{path.stem}.txt").read_text(encoding="utf-8")
        results["trafilatura"].append(score(main_text(markup), article))
        results["tag filter"].append(score(_plain_html_text(markup), article))
    out = {}
    for name, scores in results.items():
        kept = [k for k, _ in scores]
        leaked = [x for _, x in scores]
        out[name] = (statistics.mean(kept), min(kept), statistics.mean(leaked), max(leaked))
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write-pages", action="store_true", help="rebuild the fixture pages")
    args = parser.parse_args()
    if args.write_pages:
        write_pages()
    n = len(list(PAGES.glob("*.html")))
    print(f"{n} pages in {PAGES.relative_to(ROOT)}")
    print(f"{'extractor':<12} {'article kept (mean, worst)':<28} "
          "furniture leaked (mean, worst)")
    for name, (mk, wk, ml, wl) in measure().items():
        print(f"{name:<12} {mk:6.1%}, {wk:6.1%}{'':<14} {ml:6.1%}, {wl:6.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
