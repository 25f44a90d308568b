"""Load and validate the content folder: one YAML file per therapy, plus a glossary.

A broken file never stops the others from loading: each problem becomes a
:class:`ContentError` that names the file, the field and what was expected.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from plainleaf.models import Glossary, Therapy

if TYPE_CHECKING:
    import yaml

MAX_FILE_BYTES = 1_000_000
DEFAULT_CONTENT_DIR = Path(__file__).resolve().parents[2] / "content"


# Page paths the app uses for itself. A therapy whose slug (or file name) is one of these
# would take over that page, so the loader refuses it. The UI imports this set and must
# keep it in step with the paths it registers (src/plainleaf/ui/app.py). "" is the root.
RESERVED_SLUGS: frozenset[str] = frozenset(
    {
        "",
        "therapies",
        "check-an-article",
        "glossary",
        "glossary-terms",
        "reading-level-report",
        "reading-level",
        "about",
        "help",
        "home",
        "index",
        "static",
        "app",
        "healthz",
        "media",
        "component",
    }
)


def is_reserved_slug(slug_or_stem: str) -> bool:
    """True if a therapy slug or file stem would collide with one of the app's own pages.

    Compared without case, and a stem that starts with "glossary" is refused too, so a
    file called Glossary.yaml or glossary-old.yaml cannot shadow the glossary page.
    """
    key = slug_or_stem.strip().lower()
    return key in RESERVED_SLUGS or key.startswith("glossary")


def content_dir() -> Path:
    """The content folder: $PLAINLEAF_CONTENT, or the one that ships with the project."""
    return Path(os.environ.get("PLAINLEAF_CONTENT", DEFAULT_CONTENT_DIR))


class ContentError(BaseModel):
    file: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.field}: {self.message}"


class Library(BaseModel):
    therapies: list[Therapy]
    glossary: Glossary | None
    errors: list[ContentError]

    def get(self, slug: str) -> Therapy | None:
        return next((t for t in self.therapies if t.slug == slug), None)

    def errors_for(self, file_stem: str) -> list[ContentError]:
        return [e for e in self.errors if Path(e.file).stem == file_stem]

    @property
    def cancers(self) -> list[str]:
        return sorted({c for t in self.therapies for c in t.cancers}, key=str.lower)


def _field_path(loc: tuple[Any, ...]) -> str:
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        elif str(part).startswith(("function-", "enum[", "literal[")):
            continue  # pydantic's internal validator names add nothing for an editor
        else:
            path += f".{part}" if path else str(part)
    return path or "(whole file)"


# What a pattern-checked field expects, in words an editor can act on.
_PATTERN_HELP = {
    "url": "must be a web address starting with https:// (no spaces, quotes or brackets)",
    "doi": "must be a DOI such as 10.1016/j.bbmt.2018.12.758",
    "slug": "must be lower-case letters, digits and hyphens, such as car-t-blood-cancers",
    "id": "must be lower-case letters, digits and hyphens, such as fda-kymriah",
    "sources": "must be a source id: lower-case letters, digits and hyphens",
}


def _describe(error: dict[str, Any]) -> str:
    msg = str(error["msg"]).removeprefix("Value error, ")
    kind = error["type"]
    if kind == "string_pattern_mismatch":
        names = [str(p) for p in error["loc"] if not isinstance(p, int)]
        msg = _PATTERN_HELP.get(names[-1] if names else "", msg)
    if kind == "missing":
        return "is missing; this field is required"
    if kind == "extra_forbidden":
        return "is not a known field (check the spelling)"
    got = error.get("input")
    if isinstance(got, str | int | float) and kind not in ("value_error",):
        shown = repr(got) if len(repr(got)) <= 60 else repr(got)[:57] + "...'"
        return f"{msg} (found {shown})"
    return msg


def validation_errors(file: str, exc: ValidationError) -> list[ContentError]:
    errors = []
    for e in exc.errors():
        field, message = _field_path(e["loc"]), _describe(e)
        # Whole-entry checks name their field first: "evidence.sources cites x, ...".
        if field == "(whole file)" and " cites " in message:
            field, message = message.split(" ", 1)
        errors.append(ContentError(file=file, field=field, message=message))
    return errors


def _loader() -> type:
    """libyaml (C) when PyYAML was built with it: ten times faster than the pure-Python
    parser, which was most of the time of a cold `plainleaf analyze` or `handout` (issue 13).
    Imported here, not at the top: the analyzer imports this module for its types only."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


MAX_DEPTH = 40  # content files nest 4 or 5 levels; deeper is a hostile or broken file


class _Refused(Exception):
    def __init__(self, message: str, mark: yaml.Mark) -> None:
        super().__init__(message)
        self.message = message
        self.mark = mark


def _check_events(text: str) -> None:
    """Refuse anchors, aliases and deep nesting before anything is built.

    Content files never need anchors or aliases, and an alias lets a small file expand into
    a huge one after loading (a "billion laughs" file), past the byte limit checked on disk.
    The depth check runs on the parser's flat event stream, so a file of a million "["
    cannot overflow the C stack of the composer that runs next.
    """
    import yaml

    depth = 0
    for event in yaml.parse(text, Loader=_loader()):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise _Refused(
                "uses a YAML anchor or alias (& or *); write the text out in full instead",
                event.start_mark,
            )
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise _Refused("is nested too deeply to be a content file", event.start_mark)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def read_yaml(path: Path, shown_as: str) -> tuple[dict[str, Any] | None, list[ContentError]]:
    """Read one YAML mapping; every failure comes back as a readable error."""

    def fail(message: str, field: str = "(whole file)") -> tuple[None, list[ContentError]]:
        return None, [ContentError(file=shown_as, field=field, message=message)]

    try:
        raw = path.read_bytes()
    except OSError as exc:
        return fail(f"cannot be read ({exc.strerror or exc})")
    if len(raw) > MAX_FILE_BYTES:
        return fail(f"is {len(raw):,} bytes; a content file may be at most {MAX_FILE_BYTES:,}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return fail("is not UTF-8 text; save it as UTF-8")
    import yaml

    try:
        _check_events(text)
        data = yaml.load(text, Loader=_loader())  # safe: SafeLoader or its libyaml twin
    except _Refused as exc:
        return fail(exc.message, f"line {exc.mark.line + 1}, column {exc.mark.column + 1}")
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "(whole file)"
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        return fail(f"is not valid YAML: {problem}", where)
    except ValueError as exc:
        # YAML reads 2026-13-45 as a date and fails building it: not a YAMLError.
        return fail(f"has a value YAML cannot read ({exc}); write dates as YYYY-MM-DD")
    except RecursionError:
        return fail("is nested too deeply to be a content file")
    if not isinstance(data, dict):
        return fail("must be a YAML mapping of field names to values")
    return data, []


M = TypeVar("M", bound=BaseModel)


def _load_model(model: type[M], path: Path, shown: str) -> tuple[M | None, list[ContentError]]:
    data, errors = read_yaml(path, shown)
    if data is None:
        return None, errors
    try:
        return model.model_validate(data), []
    except ValidationError as exc:
        return None, validation_errors(shown, exc)


def load_therapy(
    path: Path, shown_as: str | None = None
) -> tuple[Therapy | None, list[ContentError]]:
    shown = shown_as or str(path)
    if is_reserved_slug(path.stem):
        return None, [
            ContentError(
                file=shown,
                field="slug",
                message=f"the file name '{_short(path.stem)}' is the path of one of the app's "
                "own pages; rename the file and its slug",
            )
        ]
    therapy, errors = _load_model(Therapy, path, shown)
    if therapy is not None and is_reserved_slug(therapy.slug):
        return None, [
            ContentError(
                file=shown,
                field="slug",
                message=f"'{_short(therapy.slug)}' is the path of one of the app's own pages "
                "(reserved: therapies, check-an-article, glossary...); choose another slug",
            )
        ]
    if therapy is not None and therapy.slug != path.stem:
        return None, [
            ContentError(
                file=shown,
                field="slug",
                message=f"is '{_short(therapy.slug)}' but the file is named "
                f"'{_short(path.name)}'; they must match",
            )
        ]
    return therapy, errors


def load_glossary(
    path: Path, shown_as: str | None = None
) -> tuple[Glossary | None, list[ContentError]]:
    return _load_model(Glossary, path, shown_as or str(path))


def load_library(root: Path | None = None) -> Library:
    root = root or content_dir()
    therapies: list[Therapy] = []
    errors: list[ContentError] = []
    folder = root / "therapies"
    if not folder.is_dir():
        errors.append(ContentError(file=str(folder), field="(folder)", message="is missing"))
    for path in sorted(folder.glob("*.y*ml")) if folder.is_dir() else []:
        therapy, errs = load_therapy(path, _shown(path, root))
        errors.extend(errs)
        if therapy is not None:
            therapies.append(therapy)
    glossary_path = root / "glossary.yaml"
    glossary = None
    if glossary_path.exists():
        glossary, errs = load_glossary(glossary_path, _shown(glossary_path, root))
        errors.extend(errs)
    return Library(therapies=therapies, glossary=glossary, errors=errors)


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _shown(path: Path, root: Path) -> str:
    try:
        return str(Path("content") / path.relative_to(root))
    except ValueError:
        return str(path)
