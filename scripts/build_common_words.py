"""Build src/plainleaf/data/common_words.tsv from wordfreq (run after changing wordfreq's pin).

The readability check asks wordfreq whether a long word is everyday English. Importing
wordfreq and loading its English list costs about 0.6 s per process, most of a cold
`plainleaf analyze` (issue 13). The check only needs the words at or above the "uncommon"
line, with their frequencies so that hyphenated words combine as wordfreq combines them.
tests/test_readability.py checks that the table and wordfreq agree.

Run: .venv/bin/python scripts/build_common_words.py
"""

from __future__ import annotations

import re
from importlib.metadata import version
from pathlib import Path

from wordfreq import get_frequency_list, zipf_frequency

from plainleaf.readability import COMMON_WORDS_FILE, UNCOMMON_ZIPF

PLAIN = re.compile(r"[a-z]+(?:'[a-z]+)*")  # letters, with inner apostrophes


def main() -> None:
    # wordfreq stores English as buckets of words, one bucket per centibel (most frequent
    # first); a word's frequency is 10 ** (-bucket / 100). The table keeps that shape.
    rows, count = [], 0
    for bucket, words in enumerate(get_frequency_list("en")):
        if words and zipf_frequency(words[0], "en") < UNCOMMON_ZIPF:
            break
        plain = [w for w in words if PLAIN.fullmatch(w)]
        if plain:
            rows.append(f"{bucket}\t{' '.join(plain)}")
            count += len(plain)
    header = (
        f"# wordfreq {version('wordfreq')} English words (letters a-z and inner apostrophes) "
        f"with Zipf >= {UNCOMMON_ZIPF}, by frequency bucket (frequency = 10 ** (-bucket / 100)). "
        "Built by scripts/build_common_words.py."
    )
    out = Path(COMMON_WORDS_FILE)
    out.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    print(f"wrote {count} words in {len(rows)} buckets to {out}")


if __name__ == "__main__":
    main()
