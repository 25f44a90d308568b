"""Turn an uploaded or pasted document into plain text, or refuse it with a plain reason.

Supported: .txt, .md, .html/.htm (main text only) and .pdf (its text layer). Anything
else, or anything that is not English text, raises :class:`InputError` whose message
can be shown to a patient as it is.
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
import time
import warnings
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import PurePath

from plainleaf.errors import MAX_FILE_BYTES as _MAX_FILE_BYTES
from plainleaf.errors import InputError, read_capped
from plainleaf.sentences import words as counted_words

__all__ = ["InputError", "read_capped"]  # re-exported: one class, however it is imported

# Limits. 150,000 words is far beyond any article or abstract (a long paper is ~10,000),
# and keeps one analysis under a few seconds on a small machine.
MAX_WORDS = 150_000
MAX_TEXT_CHARS = 2_000_000
MAX_FILE_BYTES = _MAX_FILE_BYTES  # an upload (PDFs are bulky); its text must still fit above
MIN_WORDS_FOR_LANGUAGE_CHECK = 20
# A PDF's page tree can point many pages at one huge content stream (a 19 KB file that
# costs minutes): cap the pages, the characters and the time before and while extracting.
MAX_PDF_PAGES = 500
MAX_PDF_SECONDS = 20.0

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
PDF_SUFFIXES = {".pdf"}
SUPPORTED = ".txt, .md, .html, .htm or .pdf"


# --- HTML -----------------------------------------------------------------------------

# Page furniture, not article text.
_SKIP_TAGS = {
    "script", "style", "nav", "header", "footer", "aside", "form", "noscript",
    "template", "svg", "iframe", "button", "select", "textarea", "head",
}
_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
    "table", "section", "article", "main", "blockquote", "pre", "dd", "dt", "figcaption",
    "hr", "title",
}
_VOID_TAGS = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed",
              "source", "track", "wbr"}


class _MainText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            if tag not in _VOID_TAGS:
                self.skip_depth += 1
            return
        if tag in _BLOCK_TAGS and not self.skip_depth:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if tag in _BLOCK_TAGS and not self.skip_depth:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            self.parts.append(data)


def _plain_html_text(markup: str) -> str:
    """Every visible text node except page furniture: the fallback when trafilatura
    finds no main article (a short snippet, a page that is one list)."""
    parser = _MainText()
    try:
        parser.feed(markup)
        parser.close()
    except Exception as exc:  # html.parser is lenient; this is a last resort
        raise InputError("This web page could not be read. Try pasting its text instead.") from exc
    return _tidy("".join(parser.parts))


def _tidy(text: str) -> str:
    text = re.sub(r"[ \t\r\f\v\xa0]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def main_text(markup: str) -> str:
    """The article of a web page, without navigation, menus, footers or comments.

    trafilatura finds the main content; a page it cannot make sense of falls back to all
    visible text outside scripts, styles, navigation, headers and footers.
    """
    # Imported here: lxml and trafilatura cost 0.2 s and only HTML needs them.
    import trafilatura

    try:
        found = trafilatura.extract(
            markup,
            output_format="txt",
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            favor_recall=True,
            deduplicate=False,
            with_metadata=False,
        )
    except (ValueError, TypeError, RecursionError, MemoryError, AssertionError):
        found = None  # lxml refuses some broken markup; the fallback still reads it
    except Exception:  # trafilatura wraps lxml, which raises many kinds of error
        found = None
    title = _title(markup)
    if found and found.strip():
        text = _tidy(found)
        # trafilatura drops the <title>/<h1>; the headline says what the page is.
        if title and title not in text[: len(title) + 2000]:
            text = f"{title}\n\n{text}"
        return text
    return _plain_html_text(markup)


_TITLE = re.compile(r"<h1\b[^>]{0,500}>(.{1,300}?)</h1>", re.IGNORECASE | re.DOTALL)


def _title(markup: str) -> str:
    match = _TITLE.search(markup, 0, 300_000)
    if not match:
        return ""
    return _plain_html_text(match.group(1)).replace("\n", " ")


def html_to_text(markup: str) -> str:
    return main_text(markup)


def page_language(markup: str) -> str | None:
    """The language the page declares on <html lang=...>, lower case, if any."""
    match = re.search(r"<html\b[^>]{0,1000}?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", markup[:5000],
                      re.IGNORECASE)
    return match.group(1).lower() if match else None


# --- PDF ------------------------------------------------------------------------------


@contextlib.contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs ("EOF marker not found") and warns on odd files; the reader gets our
    plain message instead, so keep pypdf's own lines off the screen."""
    logger = logging.getLogger("pypdf")
    level, propagate = logger.level, logger.propagate
    logger.setLevel(logging.CRITICAL + 1)
    logger.propagate = False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)
        logger.propagate = propagate


def pdf_to_text(data: bytes, max_pages: int = MAX_PDF_PAGES,
                max_seconds: float = MAX_PDF_SECONDS) -> str:
    try:
        from pypdf import PdfReader
    except ImportError as exc:  # pragma: no cover - pypdf is a pinned dependency
        raise InputError("PDF files cannot be read on this computer.") from exc
    too_long = InputError(f"This PDF is too long to check (the limit is {MAX_WORDS:,} words or "
                          f"{max_pages:,} pages). Copy the part you want to check and paste it.")
    deadline = time.monotonic() + max_seconds
    pages: list[str] = []
    with _quiet_pypdf():
        try:
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not _opens_without_password(reader):
                raise InputError("This PDF is locked with a password. Open it and paste its text.")
            if len(reader.pages) > max_pages:
                raise too_long
            chars = 0
            for page in reader.pages:
                if time.monotonic() > deadline:
                    raise InputError("This PDF took too long to read; try a shorter part.")
                text = page.extract_text() or ""
                chars += len(text)
                if chars > MAX_TEXT_CHARS:
                    raise too_long  # stop now: the rest would only be thrown away
                pages.append(text)
        except InputError:
            raise
        except Exception as exc:  # pypdf raises many kinds of error on bad files
            raise InputError("This PDF file is damaged or is not really a PDF.") from exc
    text = "\n\n".join(p.strip() for p in pages)
    if not text.strip():
        raise InputError(
            "This PDF has no text layer (it is probably a scan or a picture). "
            "Copy the text from the page and paste it instead."
        )
    return text


def _opens_without_password(reader: object) -> bool:
    """Many copy-protected PDFs are encrypted with an empty password: any viewer opens
    them, so we do too."""
    try:
        return bool(reader.decrypt(""))  # type: ignore[attr-defined]
    except Exception:  # an algorithm pypdf cannot decrypt here counts as locked
        return False


# --- text checks ----------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
_FUNCTION_WORDS = frozenset(
    (
        "the", "of", "and", "to", "a", "in", "is", "are", "was", "were", "for", "on", "with",
        "that", "this", "it", "as", "by", "be", "from", "or", "an", "at", "not", "have", "has",
        "had", "can", "may", "will", "but", "their", "they", "which", "who", "its", "these",
        "those", "than", "also", "been", "more", "most", "some", "such", "into", "after", "before",
        "when", "if", "we", "you", "your", "our", "there", "about", "other", "all", "one", "do",
        "does", "did", "so", "no", "what", "how", "would", "should", "could", "them", "his", "her",
        "he", "she", "up", "out",
    )
)


def _dictionary_share(words: list[str], sample: int = 5000) -> float:
    """Share of words of three letters or more that the English pronouncing dictionary
    knows: about 0.8 for a dense English abstract, under 0.5 for German, Spanish, French."""
    from plainleaf.textstat_offline import pronunciations

    known = pronunciations()
    long_words = [w.lower() for w in words[:sample] if len(w) >= 3 and w.isalpha()]
    if not long_words:
        return 0.0
    return sum(1 for w in long_words if w in known) / len(long_words)


def check_text(text: str) -> str:
    """Refuse text we cannot analyze; return it with line endings normalised."""
    if "\x00" in text:
        raise InputError("This looks like a binary file, not text. Use a .txt, .md, .html "
                         "or .pdf file, or paste the text.")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("There is no text to check. Paste an article or upload a file.")
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(f"This text is too long to check (the limit is {MAX_WORDS:,} words "
                         f"or {MAX_TEXT_CHARS:,} characters). Paste the part you want to check.")
    words = _WORD.findall(text)
    if not words:
        raise InputError("This has no words to check. Paste an article or upload a file.")
    # Counted exactly as the report counts them (plainleaf.sentences.words), so the number
    # in this message and the number on a report can never disagree.
    n_words = len(counted_words(text))
    if n_words > MAX_WORDS:
        raise InputError(f"This text has {n_words:,} words; the limit is {MAX_WORDS:,}. "
                         "Paste the part you want to check.")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\t\f\v")
    if controls > max(10, len(text) // 200):
        raise InputError("This looks like a binary file, not text.")
    latin = sum(1 for w in words if w.isascii())
    if latin < 0.6 * len(words):
        raise InputError("This checker reads English only. This text seems to be in "
                         "another language.")
    if len(words) >= MIN_WORDS_FOR_LANGUAGE_CHECK:
        share = sum(1 for w in words if w.lower() in _FUNCTION_WORDS) / len(words)
        # Telegraphic abstracts ("ORR 82%; CR 54%; grade ≥3 CRS 13%") have almost no
        # function words, like German or Spanish do: ask the English dictionary then.
        if share < 0.12 and _dictionary_share(words) < 0.6:
            raise InputError("This checker reads English only. This text does not look like "
                             "English sentences.")
    return text


_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
)


def decode_bytes(data: bytes) -> str:
    # A byte-order mark says how the text is encoded; UTF-16 and UTF-32 are full of NUL
    # bytes, so the mark must be read before the "is this binary?" check.
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError("This file is not readable text (its encoding is damaged). "
                                 "Save it as UTF-8 text or paste it.") from exc
    if b"\x00" in data[:8192]:
        raise InputError("This looks like a binary file, not text. Use a .txt, .md, .html "
                         "or .pdf file, or paste the text.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InputError("This file is not readable text (unknown character encoding). "
                         "Save it as UTF-8 text or paste it.") from exc
    return text


def extract(name: str, data: bytes) -> str:
    """Text of an uploaded file, checked. ``name`` is only used for its suffix."""
    suffix = PurePath(name or "").suffix.lower()
    if len(data) > MAX_FILE_BYTES:
        raise InputError(f"This file is too big ({len(data) / 1e6:.0f} MB; the limit is "
                         f"{MAX_FILE_BYTES // 1_000_000} MB).")
    if not data.strip():
        raise InputError("This file is empty. Paste an article or upload another file.")
    if suffix in PDF_SUFFIXES or data[:5] == b"%PDF-":
        return check_text(pdf_to_text(data))
    if suffix and suffix not in TEXT_SUFFIXES | HTML_SUFFIXES:
        raise InputError(f"Files of type {suffix} cannot be checked. Use a {SUPPORTED} file.")
    text = decode_bytes(data)
    if suffix in HTML_SUFFIXES or (not suffix and _looks_like_html(text)):
        text = html_to_text(text)
    return check_text(text)


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or "<body" in head


def extract_pasted(text: str) -> str:
    """Pasted text: pasted HTML source is reduced to its main text too."""
    if _looks_like_html(text):
        text = html_to_text(text)
    return check_text(text)
