import pytest
from pydantic import ValidationError

from plainleaf.models import ApprovalStatus, Source, SourceKind, Therapy
from plainleaf.spec import EVIDENCE_LABELS, EvidenceLevel


def test_source_needs_a_link() -> None:
    with pytest.raises(ValidationError, match="url"):
        Source(id="x", title="T", publisher="P", year=2020, kind=SourceKind.trial)


def test_doi_link_is_escaped() -> None:
    s = Source(
        id="x",
        title="T",
        publisher="P",
        year=2025,
        kind=SourceKind.trial,
        doi="10.1016/S0140-6736(25)00860-8",
    )
    assert s.link == "https://doi.org/10.1016/S0140-6736%2825%2900860-8"


def test_evidence_label_comes_from_the_spec(fixture_library) -> None:
    therapy = fixture_library.therapies[0]
    assert therapy.evidence.level == EvidenceLevel.A
    assert therapy.evidence.label == EVIDENCE_LABELS[EvidenceLevel.A] == "Strong evidence"


def test_citations_must_resolve(fixture_library) -> None:
    data = fixture_library.therapies[0].model_dump()
    data["caveats"][0]["sources"] = ["missing-source"]
    with pytest.raises(ValidationError, match="missing-source"):
        Therapy.model_validate(data)


def test_approved_needs_products(fixture_library) -> None:
    data = fixture_library.therapies[0].model_dump()
    data["regulatory"]["products"] = []
    assert data["regulatory"]["status"] == ApprovalStatus.approved
    with pytest.raises(ValidationError, match="products"):
        Therapy.model_validate(data)


def test_approved_means_approved_in_the_us_or_europe(fixture_library) -> None:
    """A product approved in Korea alone makes a page 'approved outside the US and EU'."""
    data = fixture_library.therapies[0].model_dump()
    assert data["regulatory"]["status"] == ApprovalStatus.approved
    for product in data["regulatory"]["products"]:
        product["agency"] = "Korea's Ministry of Food and Drug Safety"
    with pytest.raises(ValidationError, match="approved_outside_us_eu"):
        Therapy.model_validate(data)
    data["regulatory"]["status"] = ApprovalStatus.approved_outside_us_eu
    Therapy.model_validate(data)


def test_patient_sections_cover_every_patient_field(fixture_library) -> None:
    therapy = fixture_library.therapies[0]
    fields = [f for f, _ in therapy.patient_sections()]
    assert fields[:6] == [
        "bottom_line",
        "summary",
        "what_it_is",
        "how_it_is_given",
        "regulatory.summary",
        "evidence",
    ]
    assert "get_help" in fields
    assert sum(f.startswith("side_effects[") for f in fields) == len(therapy.side_effects)
    assert sum(f.startswith("caveats[") for f in fields) == len(therapy.caveats)
    text = therapy.patient_text()
    for q in therapy.questions:
        assert q in text
    assert therapy.side_effects[0].emergency_if[0] in text


# --- benefit figures (issue 12, review fix 3) ------------------------------------------


def _benefit(**changes):
    from plainleaf.models import Benefit

    data = {
        "in_100": 22,
        "who": "people who got satri-cel",
        "outcome": "had their tumor shrink",
        "compared_in_100": 4,
        "compared_who": "people who got usual drugs",
        "sources": ["qi-2025"],
    }
    data.update(changes)
    return Benefit(**{k: v for k, v in data.items() if v is not None})


def test_benefit_reads_as_natural_frequencies() -> None:
    b = _benefit()
    assert b.text == (
        "About 22 in 100 people who got satri-cel had their tumor shrink, "
        "against about 4 in 100 people who got usual drugs."
    )
    assert b.groups == [("people who got satri-cel", 22), ("people who got usual drugs", 4)]
    single = _benefit(compared_in_100=None, compared_who=None)
    assert single.text == "About 22 in 100 people who got satri-cel had their tumor shrink."


@pytest.mark.parametrize(
    "changes",
    [
        {"sources": []},
        {"in_100": 101},
        {"compared_in_100": -1},
        {"compared_who": None},  # a number for the comparison group without saying who
        {"compared_in_100": None},  # a comparison group without its number
        {"outcome": "  "},
        {"extra": "typo"},
    ],
)
def test_benefit_refuses_incomplete_figures(changes) -> None:
    with pytest.raises(ValidationError):
        _benefit(**changes)


def test_benefit_sources_must_resolve(fixture_library) -> None:
    data = fixture_library.therapies[0].model_dump()
    data["evidence"]["benefits"] = [
        {"in_100": 30, "who": "people", "outcome": "lived", "sources": ["nope"]}
    ]
    with pytest.raises(ValidationError, match=r"evidence.benefits\[0\].sources cites nope"):
        Therapy.model_validate(data)
