"""Adversarial inputs shared by the hostile-input tests (unit and end-to-end)."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

import yaml

from tests.conftest import FIXTURE_CONTENT

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
JS_LINK = "[x](javascript:alert(1))"
HOSTILE_STRINGS = [
    SCRIPT,
    IMG,
    JS_LINK,
    '<a href="javascript:alert(1)">click</a>',
    "<svg onload=alert(1)></svg>",
    '<iframe src="javascript:alert(1)"></iframe>',
    "<style>body{display:none}</style>",
    "[x](JaVaScRiPt:alert(1)) and <javascript:alert(1)>",
    "![img](x onerror=alert(1))",
    "$\\href{javascript:alert(1)}{x}$",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    '"><script>alert(1)</script>',
    "**bold** _it_ `code` # not a heading | a | table |",
]

# Texts that are hard for any text pipeline: every one must be handled without a crash.
ADVERSARIAL_TEXTS = [
    "",
    " ",
    "\n\n\t \r\n",
    "\x00\x01\x02\ufffd",
    "a" * 20_000,  # one very long word
    ("word " * 5_000).strip(),  # one very long sentence with no full stop
    "Dr. e.g. vs. U.S. " * 200,
    "....!!!???…" * 300,
    "CAR-T ‐ CAR‐T — – - 9.7% 1,000 0.001 ½ ² 10⁻⁶",
    "Русский текст. 中文句子。 العربية. हिन्दी। Ελληνικά; 日本語テキスト。 😀🧬💉",
    "\u202eevil\u202c \u200b\u200c\u200d\ufeff zero width",
    "<p onclick=alert(1)>Hi</p><script>alert(1)</script>",
    *HOSTILE_STRINGS,
    "\n".join(f"- item {i}." for i in range(500)),
    "A" + "\u0301" * 5_000,  # one letter with thousands of combining accents
]


def fixture_therapy_data() -> dict[str, Any]:
    return yaml.safe_load((FIXTURE_CONTENT / "therapies" / "car-t-demo.yaml").read_text())


def hostile_therapy_data(payload: str) -> dict[str, Any]:
    """The fixture therapy with the payload in every kind of patient-facing field."""
    data = fixture_therapy_data()
    data["name"] = f"Test therapy {payload}"
    data["other_names"] = [payload]
    data["cancers"] = [f"Lymphoma {payload}", "Leukemia"]
    data["summary"] = f"This is a test. {payload} It is short."
    data["what_it_is"] = payload
    data["how_it_is_given"] = [payload, "A second step."]
    data["regulatory"]["summary"] = payload
    data["regulatory"]["products"][0]["use"] = payload
    data["evidence"]["reasons"] = [payload]
    data["side_effects"][2]["name"] = f"Fever {payload}"
    data["side_effects"][2]["what_it_is"] = payload
    data["caveats"][0]["title"] = payload
    data["caveats"][0]["text"] = payload
    data["questions"] = [payload, "Who do I call?"]
    data["sources"][0]["title"] = payload
    data["sources"][0]["publisher"] = payload
    return data


def hostile_glossary_data(payload: str) -> dict[str, Any]:
    return {
        "terms": [
            {"term": f"word {payload}", "aliases": [payload], "plain": payload,
             "definition": payload},
            {"term": "cytokine release syndrome", "aliases": ["CRS"],
             "definition": "The immune system gets too active."},
        ]
    }  # fmt: skip


class LiveMarkup(HTMLParser):
    """Collects what would run or navigate in a browser: scripts, on* handlers, js: links."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "iframe", "object", "embed"):
            self.problems.append(f"<{tag}> element")
        for name, value in attrs:
            if name.lower().startswith("on"):
                self.problems.append(f"<{tag} {name}=...> event handler")
            if name.lower() in ("href", "src", "action", "formaction") and value:
                scheme = "".join(value.split()).lower()
                if scheme.startswith(("javascript:", "vbscript:", "data:text/html")):
                    self.problems.append(f"<{tag} {name}={value!r}>")


def live_markup(page_html: str, allowed_scripts: int = 0) -> list[str]:
    parser = LiveMarkup()
    parser.feed(page_html)
    parser.close()
    return parser.problems
