"""Round eleven (docs/analyzer.md): whole-pipeline checks for changes made from the labels
spec while reading holdout17's misses, after its blind score was written down. Each text is
written for the test; each check fails on the code before the round (130994a), except the
advertorial, which guards the limit of the first change. The run-in headings, journal lines
and "we have been offering" are checked by their rules' own examples. CASES_18 come from
holdout18's misses (read after its blind score on 393a917) and from the changes that grouped
CV chose after it; each fails on 393a917."""

from __future__ import annotations

import pytest

from plainleaf.spec import EvidenceLevel, RedFlag, SideEffectCode, SourceType
from tests.pipeline_case import Case, check

CASES = (
    Case("A company founder's 'our CAR-T cell therapy', quoted in a news story with its "
         "price, is his voice, not the writer's: the story stays news, and 'offers new hope "
         "for patients in India' offers no treatment abroad.",
         (
        "Pune: The national drug regulator has granted market authorisation to a locally made "
        "CAR-T cell therapy for lymphoma and leukaemia, clearing the way for its launch.\n"
        "\u201cWe have received the market authorisation for our CAR-T cell therapy. We now wait "
        "for a manufacturing licence,\u201d said Dr Anand Kulkarni, founder of the company that "
        "developed it.\n"
        "Dr Kulkarni said the therapy offers new hope for patients in India. Abroad, the "
        "treatment costs around \u20b93-4 crore per patient; the local product will cost "
        "\u20b930-40 lakh, he said.\n"
         ),
         SourceType.news, clean_of=(RedFlag.offered_outside_trials,)),
    Case("An advertorial quotes the clinic's doctor ('our clinic') and gives the clinic's own "
         "booking line: the quoted doctor speaks for the seller, so it is a sales page.",
         (
        "Sponsored: a new hope in Bavaria\n"
        "Maria had tried everything. \"At our clinic we offer dendritic cell vaccines made from "
        "each patient's own blood,\" says Dr. Lorenz, who leads the Alpine Cell Clinic. "
        "Treatment costs \u20ac14,900. Book your free consultation today: +49 8821 555 3040.\n"
         ),
         SourceType.clinic_marketing),
    Case("A story about clinics 'claiming there are no side effects' reports their claim; "
         "the writer makes no promise.",
         (
        "Health officials warn against untested immune treatments\n"
        "The treatment has become common in recent years, with many local health centres "
        "offering it to patients and claiming there are no side effects. Officials said on "
        "Tuesday that patients should ask whether a treatment is registered.\n"
         ),
         SourceType.news, clean_of=(RedFlag.overclaiming,)),
    Case("'Doctors at the owner's clinic have said they have seen excellent results' gives the "
         "praise to the clinic the story is about, and a reporter who could not reach it for "
         "comment is writing news.",
         (
        "Island nation shuts stem cell clinic\n"
        "The health ministry has ordered the country's largest stem cell clinic to stop "
        "treating patients, saying there is no proof that it works. About 400 patients, most "
        "from abroad, paid $5,000 to $30,000 each. Doctors at Harlan's clinic have said they "
        "have seen excellent results from the procedure, but officials said there is no "
        "proof. Neither Harlan nor the clinic's director could be reached for comment.\n"
         ),
         SourceType.news, clean_of=(RedFlag.hype, RedFlag.unnamed_source)),
    Case("'Painless' addresses pain: the text names it, to deny it.",
         (
        "Stem cells for knee arthritis at our clinic\n"
        "Our method uses a painless technique to take fat tissue from the belly. We inject the "
        "cells into the knee the same day. Call us to book your visit.\n"
         ),
         denied_effect=SideEffectCode.pain),
    Case("The immune system's job ('fight the malignant process and destroy the tumour') is "
         "how a treatment works, not a promise, even on a clinic's page.",
         (
        "Immunotherapy at our clinic\n"
        "Immunotherapy boosts the body's defences so that the immune system can fight the "
        "malignant process and destroy the tumour. Our clinic offers checkpoint inhibitors. "
        "Book a consultation with our team.\n"
         ),
         clean_of=(RedFlag.overclaiming,)),
    Case("A doctor's own page calling the therapy he offers 'one of the most advanced "
         "answers' praises it (the spec's near-synonyms of state-of-the-art).",
         (
        "CAR-T cell therapy in Hyderabad\n"
        "When blood cancer comes back, one of the most advanced answers is CAR-T cell therapy. "
        "Dr. Rao offers CAR-T cell therapy at our centre. Book an appointment today.\n"
         ),
         flags=(RedFlag.hype,)),
)


# From holdout18's misses (after its blind score) and from CV; each fails on 393a917.
CASES_18 = (
    Case("Myelodysplastic syndromes that a trial treats are the patients' disease, not a new "
         "cancer the treatment caused; a release that then names no risk plays them down.",
         (
        "ANTWERP, Belgium, Feb. 9, 2026 (GLOBE NEWSWIRE) -- Orvell Oncology today announces "
        "that data from its phase 1 study of OV-07, a CAR T-cell therapy, in patients with "
        "relapsed acute myeloid leukaemia and myelodysplastic syndromes have been published. "
        "OV-07 showed favourable safety data together with signs of clinical activity.\n"
         ),
         SourceType.press_release, flags=(RedFlag.risks_minimized,)),
    Case("'A safe treatment', declared with no figure, plays the risks down, even beside a "
         "serious harm said not to have happened.",
         (
        "AMSTERDAM, Jan. 5, 2026 (GLOBE NEWSWIRE) -- Norvik Cells today announced the "
        "results of its phase 1 trial of NKX-1, an NK cell product, in ten patients with acute "
        "myeloid leukaemia. NKX-1 is a safe treatment: no graft-versus-host disease was "
        "observed in the study. Five of the ten patients were alive after one year.\n"
         ),
         SourceType.press_release, flags=(RedFlag.risks_minimized,)),
    Case("An agency's price calculator asks the reader to buy, and 'experience has shown' "
         "names no study.",
         (
        "Stem cell transplantation for multiple sclerosis in Germany\n"
        "Experience has shown that transplantation in the early stages can stop the disease "
        "for several years. The operation is performed in German hospitals within two days.\n"
        "Treatment on-line cost calculation\n"
         ),
         flags=(RedFlag.call_to_action, RedFlag.vague_evidence)),
    Case("An investigation that says 'none of these procedures are clinically proven to be "
         "safe', reports 'promises of medical miracles' and lets unnamed experts doubt raises "
         "none of those flags.",
         (
        "Clinics charging high prices are pulling desperate people to the state with promises "
        "of medical miracles, a newspaper investigation has found. None of these procedures "
        "are clinically proven to be safe and effective. Some procedures performed at these "
        "clinics are questionable, experts say, such as injecting cells into both eyes at once, "
        "risking blindness. The clinics did not respond to requests for comment.\n"
         ),
         SourceType.news, clean_of=(RedFlag.hype, RedFlag.vague_evidence,
                                    RedFlag.risks_minimized, RedFlag.unnamed_source)),
    Case("A paper's background ('the Taiwan FDA has approved several checkpoint inhibitors') "
         "is not its main claim: a retrospective study is C.",
         (
        "Effectiveness and safety of immune checkpoint inhibitors: a retrospective study\n"
        "Background Since 2012 the national FDA has approved several immune checkpoint "
        "inhibitors for cancer. None of them is covered by national insurance. Objectives The "
        "study set out to explore clinical experience with these drugs. Methods This is a "
        "retrospective study of three checkpoint inhibitors. We collected data from medical "
        "records of 120 patients at one university hospital.\n"
         ),
         SourceType.study_report, level=EvidenceLevel.C),
    Case("A story that sells in one way (hype) and names no risk of what it praises is "
         "promotional news: it plays the risks down.",
         (
        "Local hospital brings breakthrough cell therapy to the city\n"
        "Patients with lymphoma can now receive a breakthrough CAR T-cell therapy at the city "
        "hospital, the hospital said on Monday. Until now, patients had to travel to the "
        "capital for the treatment. The first patient was treated last week and has gone "
        "home, doctors said.\n"
         ),
         SourceType.news, flags=(RedFlag.risks_minimized,)),
    Case("A clinic selling whole-body hyperthermia as an immune treatment offers an "
         "unapproved treatment outside a trial.",
         (
        "Hyperthermia at the Solara Clinic\n"
        "We offer whole-body hyperthermia, which raises your body temperature to wake up the "
        "immune system against the tumour. A course of five sessions costs $9,000. Call us "
        "today to book your first session.\n"
         ),
         SourceType.clinic_marketing, flags=(RedFlag.offered_outside_trials,)),
    Case("A stem cell transplant sold abroad for multiple sclerosis is no standard transplant "
         "for a blood cancer: it is offered outside a trial.",
         (
        "Stem cell transplantation for multiple sclerosis in Mexico\n"
        "Our clinic offers autologous stem cell transplantation for multiple sclerosis. The "
        "stay lasts 28 days and includes the hotel. Send us your medical records for a quote.\n"
         ),
         SourceType.clinic_marketing, flags=(RedFlag.offered_outside_trials,)),
    Case("A clinic's 'potential cures' promise a sure result.",
         (
        "Stem cell treatment at the Harbour Clinic\n"
        "Our stem cells offer not only a chance of improvement but also potential cures. Book "
        "your consultation today.\n"
         ),
         SourceType.clinic_marketing, flags=(RedFlag.overclaiming,)),
    Case("'One of the most innovative approaches' praises the treatment (hype), and 'has been "
         "shown to augment' claims a benefit no named study backs (vague evidence).",
         (
        "Hyperthermia with immunotherapy at our clinic\n"
        "Hyperthermia is one of the most innovative approaches modern medicine can offer. "
        "Hyperthermia has been shown to augment conventional cancer treatment. Our clinic "
        "offers it to patients from abroad. Contact us today.\n"
         ),
         SourceType.clinic_marketing, flags=(RedFlag.hype, RedFlag.vague_evidence)),
    Case("A charity page that names 'stem cell tourism' and calls the clinics' case studies "
         "'not solid scientific evidence' warns: the centres abroad it names cast no sales "
         "vote.",
         (
        "Stem cells and cerebral palsy\n"
        "A phenomenon called stem cell tourism has developed, in which centres in Germany, "
        "China and India advertise stem cell treatments and claim improvements in children "
        "with cerebral palsy, using case studies as examples. This is not solid scientific "
        "evidence. Stem cell treatment for cerebral palsy is still being studied in clinical "
        "trials, and it can cause serious side effects such as infections.\n"
         ),
         SourceType.patient_education, clean=True),
    Case("'Nature's best-kept secret' praises the treatment itself (hype).",
         (
        "Stem cell therapy at our hospital\n"
        "Stem cells are perhaps nature's best-kept secret. Our surgeons use your own stem cells "
        "to help repair damaged knee cartilage. Book a consultation today.\n"
         ),
         flags=(RedFlag.hype,)),
)


@pytest.mark.parametrize("case", CASES + CASES_18, ids=lambda c: c.why[:50])
def test_round_eleven(case: Case) -> None:
    check(case)
