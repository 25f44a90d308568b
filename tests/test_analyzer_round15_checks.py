"""Round fifteen (docs/analyzer.md): whole-pipeline checks for changes made from the labels
spec and from holdout30's misses (read after its blind score on 1abd0f9), each text written
for the test and naming no real clinic or person. Each fails on the code before the round
(1abd0f9). The new words of each rule are checked by that rule's own examples."""

from __future__ import annotations

import pytest

from plainleaf.spec import EvidenceLevel, RedFlag
from tests.pipeline_case import Case, check

CASES = (
    Case("'Click here' on its own is a web page's link, not a sales pitch: a seller's page "
         "that says 'for our treatment handbook, click here' raises no call to action for it.",
         (
        "Immune cell therapy for cancer\n"
        "Immune cell therapy uses your own immune cells to fight cancer. The cells are "
        "taken from your blood, grown in our laboratory for two weeks and given back "
        "through a drip. For our treatment handbook, click here.\n"
         ),
         clean_of=(RedFlag.call_to_action,)),
    Case("A sum read whole ('RM11.4 million' spent on care) is a sum of money, not a price for "
         "the treatment.",
         (
        "Cancer charity funds new cell therapy unit\n"
        "The foundation has spent over RM11.4 million on patients' care since it began. "
        "This year it will pay for a cell therapy unit at the state hospital, where "
        "doctors will test CAR-T cells in a clinical trial for children with leukaemia.\n"
         ),
         clean_of=(RedFlag.call_to_action,)),
    Case("A doctor choosing 'the most effective course of treatment for you' is choosing, not "
         "praising the treatment: no hype.",
         (
        "Dendritic cell vaccine\n"
        "Our dendritic cell vaccine is made from your own cells. Your doctor will "
        "recommend the most effective course of treatment for you. Each vaccine is made "
        "in our laboratory. Treatment takes three visits.\n"
         ),
         clean_of=(RedFlag.hype,)),
    Case("A seller's own outcome share ('in a pilot survey, more than 80% ... reported "
         "improvements') with no comparison is a case series presented as proof: a small-study "
         "flag and level C.",
         (
        "Stem cell therapy for stroke\n"
        "Stem cells can help the brain repair itself after a stroke. In a pilot survey, "
        "more than 80% of the stroke patients treated reported improvements in movement "
        "and speech. The cells are taken from your own bone marrow.\n"
         ),
         level=EvidenceLevel.C, flags=(RedFlag.small_uncontrolled,)),
    Case("A regulator named with its acronym in brackets after an approval ('approved by "
         "the U.S. Federal Drug Agency (FDA)') is still an approval: level A.",
         (
        "What is axicabtagene ciloleucel?\n"
        "Axicabtagene ciloleucel is a CAR-T cell therapy. It has been approved by the U.S. "
        "Federal Drug Agency (FDA) for some adults with large B-cell lymphoma that has come "
        "back. Side effects include fever, confusion and low blood counts.\n"
         ),
         level=EvidenceLevel.A),
    Case("Patients counted as treated in words ('first tested on ten ... patients') are a case "
         "series (C).",
         (
        "Hospital team tries new immune treatment\n"
        "The therapy was first tested on ten B-cell leukaemia patients at the city "
        "hospital, doctors said. Seven of them were free of cancer three months later. "
        "Two had a high fever and needed care in intensive care.\n"
         ),
         level=EvidenceLevel.C),
    Case("A registry of donors is not a registry study: a charity's appeal to join 'a "
         "diverse registry of committed donors' shows no evidence (N).",
         (
        "Could you save the life of someone with blood cancer?\n"
        "Every year thousands of people with blood cancer need a stem cell donor. Our "
        "charity is building a diverse registry of committed donors, so that more patients "
        "find a match. Joining takes ten minutes and a cheek swab.\n"
         ),
         level=EvidenceLevel.N),
    Case("'Research in Japan has shown' with no study named is vague evidence on a sales "
         "page.",
         (
        "Immune cell therapy at the Lotus Immunity Centre\n"
        "Research in Japan has shown that activated immune cells slow the growth of cancer. "
        "Our treatment uses your own immune cells, grown in our laboratory. Call us today "
        "to book your treatment.\n"
         ),
         flags=(RedFlag.vague_evidence,)),
    Case("Praise of the treatment in near-synonyms ('a step change', 'the medicine of the "
         "future') is hype.",
         (
        "Stem cell treatment at the Lotus Regenerative Clinic\n"
        "Our stem cell treatment is a step change in caring for cancer patients: it is the "
        "medicine of the future, available today. Book your place now.\n"
         ),
         flags=(RedFlag.hype,)),
    Case("'Please contact our patient team' on a seller's page is a call to action.",
         (
        "Dendritic cell vaccine therapy\n"
        "Dendritic cell vaccines use your own cells to train your immune system against "
        "cancer. Each vaccine is made for you in our laboratory. To arrange your treatment, "
        "please contact our International Patient team.\n"
         ),
         flags=(RedFlag.call_to_action,)),
    Case("A seller's price pitch ('Affordable Prices', 'Low cost treatment') is a call to "
         "action.",
         (
        "NK cell therapy\n"
        "NK cells are immune cells that can find and kill cancer cells. We take the cells "
        "from your blood, grow them in our laboratory and give them back through a drip. "
        "Affordable Prices. Low cost treatment for international patients.\n"
         ),
         flags=(RedFlag.call_to_action,)),
    Case("A promise that the treatment will 'prevent the cancer from coming back' is "
         "overclaiming on a sales page.",
         (
        "NK cell therapy at the Lotus Immunity Centre\n"
        "Our NK cell therapy can prevent cancer from coming back after surgery. The cells "
        "are taken from your blood and grown for two weeks. Contact us to book a "
        "consultation.\n"
         ),
         flags=(RedFlag.overclaiming,)),
)


@pytest.mark.parametrize("case", CASES, ids=[c.why[:60] for c in CASES])
def test_round_fifteen_case(case: Case) -> None:
    check(case)
