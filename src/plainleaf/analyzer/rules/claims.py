"""Benefit claims stated as fact ("cures", "prevents recurrence", "prolongs survival").

A claim only matters next to what the library says about the therapy it is made for:
``analyzer/claims.py`` pairs each hit with the therapy's page and keeps it only when
that page says the therapy is not approved or only in trials, or grades its evidence
C, D or N. Hedged words ("may help", "is being studied") are not claims of fact, so
each rule cancels on a hedge near the match (``unless`` within ``unless_window``).

Sources for the phrase lists: FTC "Health Products Compliance Guidance" (2022) on
express and implied efficacy claims; FDA warning letters to clinics selling
unapproved cell products ("cures", "prevents recurrence", "boosts the immune system");
Turner & Knoepfler, "Selling stem cells in the USA", Cell Stem Cell 2016 (marketing
claims of direct-to-consumer clinics).
"""

from __future__ import annotations

from plainleaf.analyzer.rules import NOT_BY_STANDARD_CARE, PROMOTIONAL, Rule, ctx
from plainleaf.spec import SourceType

CLAIM = "benefit_claim"
FTC = "FTC Health Products Compliance Guidance (2022): efficacy claims need evidence"
FDA = "FDA warning letters to clinics selling unapproved cell products"
TURNER = "Turner & Knoepfler, Cell Stem Cell 2016;19(2):154-7 (clinic marketing claims)"

# Claims are read in the writer's own voice on pages that promote, report or explain a
# treatment. A study report's results are graded by the evidence section instead.
ALL_BUT_STUDIES = ctx(
    SourceType.clinic_marketing, SourceType.news, SourceType.press_release,
    SourceType.patient_education,
)
# Words about what immune cells do in the body ("NK cells attack cancer cells") are
# biology in a news story or an explainer; on a seller's page they are the pitch.
SELLERS = ctx(SourceType.clinic_marketing)

# A hedge near the claim makes it a statement of hope or of research, not of fact.
HEDGES: tuple[str, ...] = (
    r"\b(?:may|might|could|possibly|perhaps|potential(?:ly)?|hopes?|hoped|hoping|aims? to|"
    r"designed to|intended to|expected to|whether|unproven|in theory|in the lab|in mice|"
    r"in animals|early (?:results|studies|trials)|one day)\b",
    r"\b(?:is|are|being) (?:being )?(?:studied|tested|investigated|explored|researched)\b",
    r"\b(?:studies|trials|researchers|scientists) (?:are )?(?:testing|studying|exploring|"
    r"looking at|trying to find out)\b",
    r"\bnot (?:yet )?(?:been )?(?:proven|shown|known)\b",
    # A benefit limited to some: "reduces relapses for some people with MS".
    r"\b(?:for|in) some (?:people|patients|children|adults)\b",
    r"\b(?:no|without) (?:any |good |clear |strong |scientific )?(?:proof|evidence)\b",
    r"\bwe do not know\b",
    # A warning's doubt: "it is tempting to believe that cures are just around the corner".
    r"\b(?:tempting|easy|want(?:s|ed)?) to believe\b|\btoo good to be true\b",
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="claim-cure",
        code=CLAIM,
        patterns=(
            # ...not a standard treatment's cures ("can be cured with chemotherapy").
            r"\bcur(?:es|ed|ing)\b(?! rates?\b)" + NOT_BY_STANDARD_CARE,
            r"\b(?:a|the|permanent|lasting|complete) cure (?:for|of)\b",
            r"\b(?:is|are) (?:a )?cure\b",
            # "cure" as a verb after a plural subject or "will" ("no cure" is a noun).
            r"\b(?:cells|therapies|treatments|infusions|vaccines|they|we) (?:will )?cure\b",
            r"\bwill cure\b",
        ),
        message="It says the treatment cures cancer.",
        source=FTC,
        should_flag=(
            "NK cell therapy cures leukemia.",
            "Our immune cells are a lasting cure for cancer.",
            "Many of our patients have been cured.",
            "Our CAR-T cells cure pancreatic cancer.",
            "We will cure your cancer.",
        ),
        should_pass=(
            "There is no cure yet.",
            "NK-cell therapy does not cure cancer.",
            "Researchers hope NK cells may one day cure some leukemias.",
            "The cure rate was not reported.",
            "Many children with leukaemia can be cured with chemotherapy.",
            "Trials are testing whether the cells cure anyone.",
            "With testimonials all around, it is tempting to believe that cures are near.",
            "It must tell apart approved treatments and clinics selling cures without proof.",
        ),
        negatable=True,
        contexts=ALL_BUT_STUDIES,
        unless=HEDGES,
        unless_window=80,
    ),
    Rule(
        id="claim-prevents-return",
        code=CLAIM,
        patterns=(
            r"\b(?:helps? (?:to )?)?(?:prevents?|stops?) (?:the )?(?:cancer |tumou?r )?"
            r"(?:recurrence|relapse|metastas[ie]s|the (?:cancer|disease|tumou?r) from "
            r"(?:coming back|returning|spreading))",
            r"\b(?:reduces?|lowers?|cuts?|decreases?) (?:the )?(?:risk of )?(?:cancer )?"
            r"(?:recurrence|relapse|metastas[ie]s)",
            r"\b(?:protects?|guards?) (?:you |patients )?against (?:cancer )?"
            r"(?:recurrence|relapse|metastas[ie]s|the cancer coming back)",
            r"\blifelong protection\b",
        ),
        message="It says the treatment stops cancer from coming back or spreading.",
        source=FDA,
        should_flag=(
            "NK cells help prevent cancer recurrence and metastasis.",
            "The combined treatment reduces recurrence and extends survival.",
            "Dendritic cell vaccines protect against relapse.",
        ),
        should_pass=(
            "Researchers are testing whether NK cells prevent relapse.",
            "It may lower the risk of relapse, but this is not proven.",
            "The cancer came back in 3 of 10 people.",
            "HSCT has been shown to reduce relapses for some people with MS.",
        ),
        negatable=True,
        contexts=ALL_BUT_STUDIES,
        unless=HEDGES,
        unless_window=80,
    ),
    Rule(
        id="claim-survival",
        code=CLAIM,
        patterns=(
            # Present tense: a general promise, not a trial result ("improved survival").
            r"\b(?:prolongs?|extends?|improves?|increases?|lengthens?|doubles?|boosts?) "
            r"(?:the )?(?:patients['’] |your )?(?:overall |long-term )?(?:survival|life "
            r"expectancy|lifespan)\b",
            r"\bhelps? (?:patients |people |you )?(?:to )?live longer\b",
            r"\b(?:adds|gives you) (?:years|months) (?:to|of) (?:your )?life\b",
        ),
        message="It says the treatment helps people live longer.",
        source=FTC,
        should_flag=(
            "This therapy prolongs survival in liver cancer.",
            "NK cell infusions help patients live longer.",
            "The treatment extends survival and improves quality of life.",
        ),
        should_pass=(
            "In the trial, the drug improved survival (HR 0.7).",
            "It is being studied to see if it extends survival.",
            "We do not know if it helps people live longer.",
        ),
        negatable=True,
        contexts=ALL_BUT_STUDIES,
        unless=HEDGES,
        unless_window=80,
    ),
    Rule(
        id="claim-eliminates",
        code=CLAIM,
        patterns=(
            r"\b(?:eliminat|eradicat|destroy|kill|wip(?:e|es|ing) out|clear)(?:es|e|s|ing)? "
            r"(?:all |any |the )?(?:remaining |residual )?(?:cancer|tumou?r|malignant|"
            r"leuka?emi[ac]|abnormal|diseased)(?: stem)?(?: cells?)?\b",
            r"\b(?:attacks?|fights?|hunts? down|seeks? out) (?:and (?:kills?|destroys?) )?"
            r"(?:the |your )?(?:cancer|tumou?rs?|malignant cells)(?: cells?)?\b",
        ),
        message="It says the treatment kills or clears the cancer.",
        source=TURNER,
        should_flag=(
            "Activated NK cells eliminate malignant cells.",
            "Our treatment attacks cancer at its root.",
            "The infusion destroys tumor cells and clears residual disease.",
        ),
        should_pass=(
            "In the lab, NK cells may kill some cancer cells.",
            "It did not destroy the tumour.",
            "Researchers are testing whether the cells attack cancer.",
        ),
        negatable=True,
        contexts=SELLERS,
        unless=HEDGES,
        unless_window=80,
    ),
    Rule(
        id="claim-immune",
        code=CLAIM,
        patterns=(
            r"\b(?:strengthens?|boosts?|restores?|reactivates?|rebuilds?|reinforces?|"
            r"recharges?|supercharges?|revitali[sz]es?|empowers?) (?:the |your |a patient['’]s "
            r"|patients['’] )?(?:own )?(?:body['’]s )?(?:immune (?:system|response|defen[cs]es?)"
            r"|immunity|natural defen[cs]es)",
        ),
        message="It says the treatment strengthens the immune system against cancer.",
        source=FDA,
        should_flag=(
            "NK cell therapy strengthens the immune system against cancer.",
            "Our infusions restore your immune system.",
            "It boosts the body's natural defences.",
        ),
        should_pass=(
            "The aim is to boost the immune response, but this is being tested.",
            "Checkpoint drugs release a brake on immune cells.",
            "It does not boost your immune system in a way anyone has measured.",
        ),
        negatable=True,
        contexts=ctx(SourceType.clinic_marketing, SourceType.press_release),
        unless=HEDGES,
        unless_window=80,
    ),
    Rule(
        id="claim-effective",
        code=CLAIM,
        patterns=(
            r"\b(?:is|are|has been|have been|has proven|proved|proven to be|is proven) "
            r"(?:to be )?(?:an? )?(?:highly |very |extremely |truly |proven |safe and )?"
            r"(?:effective|successful|excellent)(?: (?:adjuvant |alternative )?(?:treatment|"
            r"therapy|option|way|against))?",
            r"\b(?:works|is working) (?:against|for) (?:all )?(?:cancers?|tumou?rs|leuka?emia)\b",
            r"\b(?:shrinks|melts away) (?:the )?tumou?rs?\b",
            r"\b(?:puts|brings) (?:patients |people |the cancer )?into (?:lasting |complete )?"
            r"remission\b",
        ),
        message="It says the treatment works.",
        source=FTC,
        should_flag=(
            "Natural killer cell therapy has been an excellent adjuvant treatment.",
            "Our protocol is highly effective against leukemia.",
            "It shrinks tumors and puts patients into remission.",
        ),
        should_pass=(
            "NK-cell therapy has not been proven effective.",
            "It may be effective for some people; trials are testing this.",
            "Side effects were mild and the infusion was well tolerated.",
        ),
        negatable=True,
        contexts=PROMOTIONAL,
        unless=HEDGES,
        unless_window=80,
    ),
)
