import pytest

from plainleaf.sentences import split_sentences, words

# (text, expected sentences). The first rows are the cases textstat's own counter gets wrong.
CASES = [
    ("Dr. Smith said the new drug works well for many people.", 1),
    (
        "Side effects (e.g. fever and chills) are common after treatment. Most of them go away soon.",
        2,
    ),
    ("The response rate was 9.7% in the small trial. That is lower than hoped.", 2),
    ("Survival improved in the treated group (P < 0.001). The study was small and short.", 2),
    (
        "CAR-T cells, i.e. modified T cells, attack the cancer. They can cause cytokine release syndrome.",
        2,
    ),
    ("The U.S. FDA approved the therapy in 2017. It costs about $373,000 per dose.", 2),
    (
        "Median overall survival was 12.3 months vs. 8.1 months. The hazard ratio was 0.65 (95% CI 0.51-0.83).",
        2,
    ),
    ("It works! Really? Yes. Ask your doctor.", 4),
    ("Fever\nHeadache\nFatigue", 3),
    ("This clinic offers stem cell therapy... Results are guaranteed!!! Call now.", 3),
    ("CD19 is a protein. CAR-T cells find CD19 on cancer cells.", 2),
    ("It is sold in the U.S. The FDA has not approved it.", 2),
    ("Adverse Effects\n\n  • Low-grade fever\n  • Headache\n", 3),
    ("The cells were grown\nin a lab for two weeks.", 1),
    ("", 0),
    ("   \n\n  ", 0),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sentence_count(text: str, expected: int) -> None:
    assert len(split_sentences(text)) == expected


@pytest.mark.parametrize(("text", "_"), CASES)
def test_offsets_point_into_the_text(text: str, _: int) -> None:
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()


def test_bullets_are_not_part_of_the_sentence() -> None:
    assert [s.text for s in split_sentences("Side effects:\n- Fever\n- Chills")] == [
        "Side effects:",
        "Fever",
        "Chills",
    ]


def test_numbers_and_drug_names_are_one_word_each() -> None:
    assert words("9.7% vs 38.8% (P < 0.001) with CAR-T and CD19") == [
        "9.7%",
        "vs",
        "38.8%",
        "P",
        "0.001",
        "with",
        "CAR-T",
        "and",
        "CD19",
    ]
