"""Words that mark each side effect in a text (labels spec, section "Side effects").

Terms follow the CTCAE v5.0 names and the ASTCT consensus grading of CRS and ICANS
(Lee et al., Biol Blood Marrow Transplant 2019), plus the plain words patients use.
"""

from __future__ import annotations

from plainleaf.analyzer.rules import Rule
from plainleaf.spec import SideEffectCode as S

ASTCT = "ASTCT consensus grading for CRS and ICANS (Lee et al. 2019)"
CTCAE = "NCI Common Terminology Criteria for Adverse Events v5.0"

RULES: tuple[Rule, ...] = (
    Rule("se-crs", S.crs, (r"\bcytokine[- ]release[- ]syndrome\b", r"\bCRS\b",
                           r"\bcytokine storms?\b"),
         "Cytokine release syndrome", ASTCT,
         ("Symptoms of cytokine release syndrome (CRS) include fever.", "No CRS was seen."),
         ("Cytokines are proteins.", "The CRISPR tool edits genes.")),
    Rule("se-icans", S.icans, (
        r"\bICANS\b", r"\bneurotoxicit(?:y|ies)\b", r"\bneurologic(?:al)? (?:toxicit(?:y|ies)|"
        r"side effects|effects|(?:adverse )?events|adverse reactions|problems|symptoms|"
        r"complications)\b",
        r"\b(?:effects|side effects|problems) (?:on|in|with) (?:the |your )?(?:nervous system|"
        r"brain|nerves)\b", r"\bimmune effector cell[- ]associated\b",
        r"\bconfusion\b", r"\bseizures?\b", r"\b(?:trouble|difficulty|problems?) speaking\b",
        r"\baphasia\b", r"\bencephalopathy\b", r"\btremors?\b",
        r"\b(?:nerve|nervous system|brain) (?:and brain )?(?:problems|effects|side effects|"
        r"toxicit(?:y|ies))\b",
        r"\b(?:became|become|becomes|got|was|were|is|are|feel|felt|seemed) (?:very |a bit |"
        r"more )?confused\b"),
         "Nerve and brain effects", ASTCT,
         ("ICANS can cause confusion.", "without neurotoxicity", "She had a seizure.",
          "A few days later he became confused.",
          "serious side effects, including nerve problems", "Nervous system problems",
          "It can include neurological effects.", "effects on the nervous system"),
         ("The nervous system sends signals.", "Nerves carry signals.",
          "Do not get confused by the names.")),
    Rule("se-fever", S.fever, (r"\bfevers?\b", r"\bfebrile\b", r"\bhigh temperature\b",
                               r"\bpyrexia\b",
                               r"\b(?:rise|increase) in (?:body )?temperature\b",
                               r"\b(?:raised|elevated) (?:body )?temperature\b",
                               r"\b(?:a )?low[- ]grade temperature\b",
                               r"\b(?:a )?temperature (?:of|above|over|higher than) "
                               r"(?:\d|one hundred)",
                               # "the temperature rose to a peak of 39.9℃": a body
                               # temperature of 38 C or more is a fever (CTCAE).
                               r"\btemperature (?:rose|rises|went up|increased|climbed|peaked)"
                               r"(?: (?:to|at))?(?: a (?:peak|maximum|high) of)? "
                               r"(?:3[89]|4[0-2])(?:\.\d)? ?(?:°|℃|degrees)",
                               # A list item of its own ("• Temperature") in a list of
                               # symptoms: the patient's word for a fever.
                               r"^[ \t]*+(?:[•*·‣-][ \t]*+)?(?:a )?(?:high )?temperature[ \t]*+$"),
         "Fever", CTCAE, ("Low-grade fever", "febrile neutropenia", "  • Temperature",
                          "a slight rise in temperature", "a raised temperature",
                          "A low-grade temperature for a week",
                          "Call if you have a temperature over 101 F.",
                          "the temperature rose to a peak of 39.9℃"),
         ("Feverfew is a plant.", "Raising the body temperature to 40 degrees (hyperthermia)",
          "The water temperature rose to 37 degrees.",
          "Store the cells at a temperature of minus 196 degrees.",
          "Temperature: keep below 25 degrees")),
    Rule("se-fatigue", S.fatigue, (r"\bfatigue\b", r"\btiredness\b", r"\b(?:very |feel(?:ing)? )"
                                   r"tired\b", r"\bexhaustion\b", r"\blethargy\b"),
         "Tiredness", CTCAE, ("Fatigue", "You may feel tired for weeks."),
         ("The cells expand.",)),
    Rule("se-headache", S.headache, (r"\bheadaches?\b",), "Headache", CTCAE,
         ("Headache",), ("Head and neck cancer",)),
    Rule("se-dizziness", S.dizziness, (r"\bdizz(?:y|iness)\b", r"\blight-?headed(?:ness)?\b",
                                       r"\bvertigo\b"),
         "Dizziness", CTCAE, ("Dizziness", "feeling dizzy"), ("The dose was fixed.",)),
    Rule("se-nausea", S.nausea, (r"\bnausea\b", r"\bnauseous\b", r"\bvomit(?:ing|ed)?\b",
                                 # UK patient wording for nausea and vomiting
                                 r"\b(?:feel|feeling|felt|being|be) sick\b"),
         "Nausea or vomiting", CTCAE, ("nausea and vomiting", "feeling sick or being sick"),
         ("Navigation", "People who are sick with cancer")),
    # "Painless" and "pain-free" address pain (negated: engine.is_negated).
    Rule("se-pain", S.pain, (r"\b(?:abdominal |belly |stomach |joint |muscle |bone )?pain"
                             r"(?:ful|less|-free)?\b",
                             r"\baches?\b(?! of)",
                             r"\b(?:muscle|joint|bone|body) (?:soreness|aching)\b"),
         "Pain", CTCAE, ("abdominal pain", "muscle aches", "mild muscle soreness",
                         "The injection is not painful.", "a painless technique"),
         ("Spain is in Europe.", "painting")),
    Rule("se-low-bp", S.low_blood_pressure, (
        r"\blow blood pressure\b", r"\bhypotension\b",
        r"\b(?:drop|fall|decrease) in (?:your |his |her |their )?blood pressure\b",
        r"\bblood pressure (?:dropped|fell|drops|falls|went down|goes down)\b"),
         "Low blood pressure", CTCAE, ("low blood pressure", "hypotension",
                                       "a drop in blood pressure", "his blood pressure dropped"),
         ("high blood pressure", "a rise in blood pressure")),
    Rule("se-breathing", S.breathing, (
        r"\b(?:difficulty|trouble|problems?) breathing\b", r"\bshort(?:ness)? of breath\b",
        r"\bbreathless(?:ness)?\b", r"\bhypoxia\b",
        r"\brespiratory (?:distress|failure|problems)\b",
        r"\bbreathing (?:problems|difficult(?:y|ies))\b"),
         "Trouble breathing", CTCAE, ("difficulty breathing", "shortness of breath",
                                      "She felt breathless after the infusion."),
         ("Breathing exercises help.",)),
    Rule("se-low-counts", S.low_blood_counts, (
        r"\bcytopenias?\b", r"\bneutropenia\b", r"\ban(?:a)?emia\b", r"\bthrombocytopenia\b",
        r"\blymphopenia\b", r"\bleukopenia\b", r"\bpancytopenia\b", r"\bmyelosuppression\b",
        r"\bbone marrow suppression\b", r"\bhematologic(?:al)? toxicit(?:y|ies)\b",
        r"\blow (?:blood|platelet|white (?:blood )?cell|red (?:blood )?cell|neutrophil) "
        r"(?:cell )?counts?\b", r"\blow platelets\b",
        r"\b(?:decreased|reduced|lowered) (?:platelet|neutrophil|white (?:blood )?cell|"
        r"lymphocyte|blood) (?:cell )?counts?\b",
        r"\bblood counts? (?:may |can |will |might |could )?(?:stay|stays|stayed|are|were|was|be|"
        r"remain|remains|remained|drop|drops|dropped|fall|falls|fell|go|goes|went|become|became) "
        r"(?:very )?low\b",
        r"\blowers? (?:your |the )?blood counts\b"),
         "Low blood counts", CTCAE, ("neutropenia", "low blood counts", "anemia",
                                     "decreased platelet count", "His blood counts stayed low",
                                     "Chemotherapy lowers your blood counts.",
                                     "Your blood counts may stay low for weeks."),
         ("blood count tests", "Platelets help clotting.")),
    Rule("se-infection", S.infection, (r"\binfections?\b", r"\bsepsis\b", r"\bseptic shock\b",
                                       r"\bpneumonia\b"),
         "Infections", CTCAE, ("risk of infection", "sepsis", "She died of septic shock."),
         ("infusion", "a septic tank")),
    Rule("se-gvhd", S.gvhd, (r"\bgraft[- ]versus[- ]host\b", r"\bgraft[- ]vs\.?[- ]host\b",
                             # acute or chronic: "aGVHD", "cGVHD"
                             r"\b[ac]?G[Vv]HD\b"),
         "Graft-versus-host disease", CTCAE, ("GVHD", "graft-versus-host disease",
                                              "a unit for treating cGVHD"),
         ("The graft took.",)),
    Rule("se-liver", S.liver, (
        r"\b(?:liver|hepatic) (?:damage|injury|failure|toxicity|dysfunction|decompensation|"
        r"problems?)\b", r"\bhepatotoxicity\b", r"\bhepatitis\b(?! [BC]\b)",
        r"\b(?:transaminase|ALT|AST|aminotransferase) (?:elevations?|increases?)\b",
        r"\b(?:elevated|raised|increased) (?:alanine |aspartate )?aminotransferase\b",
        r"\b(?:elevated|raised|high|increased) (?:liver enzymes|ALT|AST|transaminases|"
        r"bilirubin)\b", r"\bworse liver function\b", r"\bliver function (?:got |became )?worse\b"),
         "Liver damage", CTCAE, ("liver damage", "elevated ALT", "hepatotoxicity",
                                 "grade 4 transaminase elevation",
                                 "raised aspartate aminotransferase"),
         ("liver cancer", "the liver", "72% had hepatitis B")),
    Rule("se-pes", S.post_embolization, (r"\bpost[- ]?emboli[sz]ation syndrome\b", r"\bPES\b"),
         "Post-embolization syndrome", "Blackburn & West, Semin Intervent Radiol 2016",
         ("post-embolization syndrome",), ("embolization",)),
    Rule("se-second-cancer", S.secondary_cancer, (
        r"\bsecond(?:ary)? (?:primary )?(?:cancers?|malignanc(?:y|ies))\b",
        r"\bT[- ]cell (?:lymphomas?|malignanc(?:y|ies))\b",
        r"\bnew (?:blood )?cancers? (?:caused|linked|that (?:started|developed|starts|begins|"
        r"develops)|after)\b",
        # A new myelodysplastic syndrome counts; the disease a trial treats ("patients with
        # acute myeloid leukaemia and myelodysplastic syndromes") does not.
        r"\b(?:cancers?|malignanc(?:y|ies)|developed?|developing|secondary|therapy[- ]related|"
        r"treatment[- ]related|mainly|new|later|such as) (?:\w+ ){0,3}?myelodysplastic\b",
        r"\bmyelodysplastic (?:syndromes? )?(?:\(MDS\) )?(?:after|following|caused|linked)\b"),
         "A new cancer caused by the treatment",
         "FDA safety communication on T-cell malignancies after CAR-T (2024)",
         ("secondary malignancies", "T-cell lymphoma", "rarely, a new cancer that starts in "
          "T cells", "second cancers, mainly skin cancers and myelodysplastic syndromes",
          "patients who developed myelodysplastic syndrome"),
         ("the first cancer", "A new cancer jab is being tested.",
          "patients with relapsed acute myeloid leukaemia and myelodysplastic syndromes")),
    Rule("se-allergic", S.allergic, (r"\ballergic reactions?\b", r"\ballerg(?:y|ies)\b",
                                     r"\binfusion[- ]related reactions?\b", r"\banaphyla\w+",
                                     r"\bhypersensitivity\b", r"\binfusion reactions?\b"),
         "Allergic or infusion reactions", CTCAE, ("allergic reaction", "infusion reactions"),
         ("The infusion took 30 minutes.",)),
)
