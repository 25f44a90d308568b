"""Score the article analyzer on a labelled folder.

Usage: python scripts/score_analyzer.py FOLDER
FOLDER holds one .txt per document and labels.jsonl (file, source_type, therapies,
evidence_level, red_flags, side_effects_mentioned, key_numbers).
"""

from __future__ import annotations

import sys
from pathlib import Path

from plainleaf.analyzer.scoring import score_folder


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not (Path(argv[0]) / "labels.jsonl").is_file():
        print("usage: score_analyzer.py FOLDER  (FOLDER must contain labels.jsonl)",
              file=sys.stderr)
        return 2
    print(score_folder(Path(argv[0])).report())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
