import math
from pathlib import Path

import pytest

from plainleaf.limits import LIMITS
from plainleaf.models import Glossary, GlossaryTerm
from plainleaf.readability import measure, syllables


def test_formulas_on_known_counts() -> None:
    # 2 sentences, 10 words, all one syllable except "water" (2): 11 syllables, 0 polysyllables.
    r = measure("The cat sat on the mat. It drank some cold water.")
    assert (r.sentences, r.words, r.syllables, r.polysyllables) == (2, 11, 12, 0)
    assert r.flesch_kincaid_grade == pytest.approx(0.39 * 11 / 2 + 11.8 * 12 / 11 - 15.59, abs=0.01)
    assert r.flesch_reading_ease == pytest.approx(
        206.835 - 1.015 * 11 / 2 - 84.6 * 12 / 11, abs=0.01
    )
    assert r.smog_index == pytest.approx(3.1291, abs=0.01)


def test_smog_counts_polysyllables() -> None:
    r = measure(
        "Immunotherapy is a treatment. Chemotherapy is another treatment. Both are medicines."
    )
    # immunotherapy(6) treatment(2) chemotherapy(5) another(3) treatment(2) medicines(3)
    assert r.polysyllables == 4
    assert r.smog_index == pytest.approx(1.043 * math.sqrt(4 * 30 / 3) + 3.1291, abs=0.01)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("pembrolizumab", 5),
        ("chimeric", 3),
        ("cytokine", 3),
        ("CAR-T", 2),
        ("tisagenlecleucel", 6),
        ("axicabtagene", 5),
        ("lymphoma", 3),
        ("fever", 2),
        ("immunotherapy", 6),
    ],
)
def test_drug_and_therapy_names_are_not_undercounted(word: str, expected: int) -> None:
    assert syllables(word) == expected


def test_abbreviations_do_not_make_text_look_easier() -> None:
    with_abbrev = measure("Side effects (e.g. fever and chills) are common after the infusion.")
    assert with_abbrev.sentences == 1
    expanded = measure("Side effects (for example fever and chills) are common after the infusion.")
    assert with_abbrev.sentences == expanded.sentences


def test_hard_sentence_is_pointed_out() -> None:
    text = (
        "This is easy. Lymphodepleting chemotherapy precedes autologous chimeric antigen "
        "receptor T-cell administration to facilitate engraftment and expansion."
    )
    r = measure(text)
    hardest = r.hardest(1)
    assert hardest and hardest[0].text.startswith("Lymphodepleting")
    assert hardest[0].flesch_kincaid_grade > LIMITS.max_flesch_kincaid_grade
    assert not r.passes()
    assert any("Flesch-Kincaid" in p for p in r.problems())


def test_hard_words_get_plain_alternatives_from_the_glossary() -> None:
    glossary = Glossary(
        terms=[
            GlossaryTerm(
                term="hepatocellular carcinoma",
                aliases=["hepatocellular"],
                plain="liver cancer",
                definition="A cancer that starts in the liver.",
            )
        ]
    )
    r = measure("Hepatocellular tumors can grow. Lymphodepletion comes first.", glossary=glossary)
    found = {h.word: h for h in r.hard_words}
    assert found["hepatocellular"].plain == "liver cancer"
    assert "lymphodepletion" in found  # uncommon, even without a glossary entry
    assert "can" not in found


def test_everyday_long_words_are_not_flagged() -> None:
    r = measure("Your family is important. Tomorrow you can talk to everybody.")
    assert r.hard_words == []


def test_empty_text_measures_as_zero() -> None:
    r = measure("")
    assert (r.words, r.sentences, r.flesch_kincaid_grade) == (0, 0, 0.0)
    assert r.passes()


# --- the everyday-words table stands in for wordfreq (issue 13: 0.6 s per process) ---


def _sample_words() -> list[str]:
    """Every word in the content and fixture texts, as the hard-word check sees them."""
    from plainleaf.sentences import words

    root = Path(__file__).resolve().parents[1]
    found: set[str] = set()
    files = [*(root / "content").rglob("*.yaml"), *(root / "tests" / "fixtures").rglob("*.txt")]
    for path in files:
        found.update(words(path.read_text(encoding="utf-8", errors="replace")))
    return sorted(found)


def test_everyday_words_table_agrees_with_wordfreq() -> None:
    from wordfreq import zipf_frequency

    from plainleaf import readability

    sample = _sample_words()
    hyphenated = [w for w in sample if "-" in w and w.replace("-", "").isalpha()]
    assert len(sample) > 5000 and len(hyphenated) > 100  # the sample covers both paths
    readability._is_uncommon.cache_clear()
    no_digits = [w for w in sample if not any(c.isdigit() for c in w)]
    wrong = [
        w for w in no_digits
        if readability._is_uncommon(w) != (zipf_frequency(w.lower(), "en") < readability.UNCOMMON_ZIPF)
    ]
    assert wrong == []


@pytest.mark.parametrize("word", ["IL-2", "CD19", "ZUMA-7", "anti-CD19", "covid-19"])
def test_words_with_digits_count_as_uncommon(word: str) -> None:
    # wordfreq would call "il-2" everyday ("il" and "2" each are); a patient would not.
    from plainleaf import readability

    assert readability._is_uncommon(word)


def test_everyday_words_table_was_built_for_this_threshold_and_wordfreq() -> None:
    from importlib.metadata import version

    from plainleaf import readability

    header = readability.COMMON_WORDS_FILE.read_text(encoding="utf-8").splitlines()[0]
    assert f"wordfreq {version('wordfreq')} " in header
    assert f"Zipf >= {readability.UNCOMMON_ZIPF}," in header


def test_measuring_text_does_not_load_wordfreq_for_plain_words() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from plainleaf.readability import measure\n"
        "r = measure(\"Your care team will explain the treatment and its possible "
        "complications. A well-known cutting-edge immunotherapy's IL-2 company’s.\")\n"
        "assert r.hard_words\n"
        "print('wordfreq' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
