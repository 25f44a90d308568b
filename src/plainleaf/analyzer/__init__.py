"""Offline article analyzer: "Check an article"."""

from plainleaf.analyzer.analyze import analyze_file, analyze_pasted, analyze_text
from plainleaf.analyzer.extract import InputError

# Every rule is compiled by now: keep what was new for the next start (compiled.py).
from plainleaf.analyzer import compiled  # isort: skip

compiled.save()

__all__ = ["InputError", "analyze_file", "analyze_pasted", "analyze_text"]
