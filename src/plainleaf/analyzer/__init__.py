"""Offline article analyzer: "Check an article"."""

from plainleaf.analyzer.analyze import analyze_file, analyze_pasted, analyze_text
from plainleaf.analyzer.extract import InputError

__all__ = ["InputError", "analyze_file", "analyze_pasted", "analyze_text"]
