"""Round ten (docs/analyzer.md): whole-pipeline checks for changes made from the labels
spec while reading holdout14's and holdout15's misses, after their blind scores were written
down. Each text is written for the test; each check fails on the code before the round
(91c3ba7)."""

from __future__ import annotations

import pytest

from plainleaf.spec import EvidenceLevel, RedFlag, SourceType
from tests.pipeline_case import Case, check

CASES = (
    Case("A company's release that its trial has dosed its first patient promotes the "
         "treatment and names no risk of it: the spec's risks_minimized for promotional "
         "text (every set's labellers raised it). The trial has no results yet, but a "
         "small early-phase trial is the spec's C as described (round twelve: the labels of "
         "holdout12 and holdout19; round ten said N).",
         (
        "Harbor Biotherapeutics Announces First Patient Dosed in Phase 1 Trial of HB-201\n"
        "BOSTON, March 3, 2026 /PRNewswire/ -- Harbor Biotherapeutics, Inc. today announced "
        "that the first patient has been dosed in its Phase 1 trial of HB-201, an off-the-shelf "
        "NK cell therapy for patients with relapsed acute myeloid leukemia. \"Dosing our first "
        "patient is an important milestone for Harbor,\" said the company's chief executive.\n"
        "About Harbor Biotherapeutics\nHarbor Biotherapeutics is a clinical-stage company "
        "developing cell therapies for cancer. Media contact: press@harbor.example\n"
         ),
         SourceType.press_release, EvidenceLevel.C, flags=(RedFlag.risks_minimized,)),
    Case("A hospital explainer about a transplant with a donor's stem cells describes "
         "standard care, not a stem cell treatment sold outside a trial.",
         (
        "Getting ready for your transplant\n"
        "Before a transplant with donor stem cells, you will have treatment to prepare your body "
        "for the new cells. This is called conditioning. You will come into hospital about a "
        "week before the transplant. Which treatment you have depends on the type of leukaemia "
        "you have and on your general health. One or two days after conditioning, a nurse will "
        "give you the donated stem cells through your central line. The stem cells travel in "
        "the blood to the bone marrow, where they start to make new blood cells.\n"
         ),
         SourceType.patient_education, clean=True),
    Case("One patient's treatment told by a reporter ('doctors treated him with CAR-T') "
         "is a single case report: D, not 'no evidence'.",
         (
        "Doctors in the city have used a patient's own immune cells to treat severe lupus\n"
        "The patient, a 38-year-old man, had lived with severe lupus for years. Doctors treated "
        "him with CAR-T cell therapy after other treatments had failed. He has gone home and "
        "will be watched closely for months, the hospital said.\n"
         ),
         SourceType.news, EvidenceLevel.D),
    Case("A story that sets a word apart in quote marks holds it at a distance: quoting "
         "to criticise is not using (labels spec).",
         (
        "Warning on stem cell trips abroad\n"
        "Experts have warned patients to keep away from foreign clinics that sell unproven stem "
        "cell treatments. In spite of widely told success stories of \"miracle\" cures, there is "
        "no reliable evidence that any of these costly treatments work, the scientists said.\n"
         ),
         SourceType.news, clean_of=(RedFlag.hype,)),
    Case("'It will not cure cancer' is the opposite of a promise of a cure.",
         (
        "Transarterial chemoembolisation (TACE) at Harbor Hospital\n"
        "To book an appointment, call us on +91 93571 40626.\n"
        "Our interventional radiologists offer TACE for liver cancer that cannot be removed "
        "with surgery. TACE is a palliative "
        "treatment, which means it will not cure cancer. It is used to control the growth of "
        "the tumour or to try to shrink it. Side effects include fever, pain and nausea for a "
        "few days, and rarely liver damage.\n"
         ),
         SourceType.clinic_marketing, clean_of=(RedFlag.overclaiming,)),
    Case("A statement about one patient's transplant ('on a 62-year-old patient') is a "
         "single case.",
         (
        "Harbor Specialist Centre performs first stem cell transplant for myeloma\n"
        "Doctors at Harbor Specialist Centre have successfully carried out a stem cell "
        "transplant on a 62-year-old patient with multiple myeloma, the centre said in a "
        "statement on Monday. The patient is now in the isolation room and responding to "
        "therapy, its medical director said.\n"
         ),
         level=EvidenceLevel.D),
    Case("The FDA's clearance of an Investigational New Drug application lets a trial "
         "start; it approves no treatment (read after holdout16's held-back score).",
         (
             "Harbor Bio Announces FDA Clearance of IND for Its NK Cell Therapy\n"
             "BOSTON, March 3, 2026 /PRNewswire/ -- Harbor Bio today announced that the U.S. "
             "Food and Drug Administration (FDA) has authorized the company's Investigational "
             "New Drug Application for a first-in-human Phase I study of its NK cell therapy. "
             "\"The FDA's authorization to initiate this clinical trial is a milestone for "
             "us,\" said the chief executive.\n"
         ),
         SourceType.press_release, EvidenceLevel.C),
    Case("A CAR-T product named only by its generic name ('-cabtagene autoleucel') or an "
         "approved brand is CAR-T; the standard transplant it replaces is not the topic.",
         (
             "Harbor Biotherapeutics (HKEx: 2126) announced that China's National Medical "
             "Products Administration has accepted its application for relmacabtagene "
             "autoleucel as second-line treatment for large B-cell lymphoma in patients who "
             "cannot have an autologous stem cell transplantation. Carteyva was studied in a "
             "single-arm, multi-center pivotal study.\n"
         ),
         SourceType.press_release, EvidenceLevel.B, therapy="CAR-T"),
    Case("A paper that studies what clinics sell quotes their trips abroad and their many "
         "diseases as its subject; with a paper's own structure it sells nothing.",
         (
             "Peer-Reviewed Journal Details\n"
             "Stem cell tourism - a web-based analysis of clinical services available to "
             "international travellers\n"
             "Keywords: Stem cell tourism; Medical tourism; Patient welfare\n"
             "Background: Stem cell therapies are promoted online for a range of conditions. "
             "Stem cell tourists may not know what to look for when they consult these "
             "clinics. This study aimed to characterise the therapies offered by online stem "
             "cell clinics. Methods: A web search with five search terms was carried out. "
             "Results: 68 sites covering 21 countries were assessed. The most common "
             "indications were multiple sclerosis, anti-ageing, Parkinson's disease, stroke "
             "and spinal cord injury. Clinics in Mexico, China and India offered treatment "
             "packages to international patients.\n"
         ),
         SourceType.study_report, clean=True),
)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.why[:50])
def test_round_ten(case: Case) -> None:
    check(case)
