"""Study-design signals, strongest first (labels spec, "Evidence level").

The ladder follows the Oxford CEBM 2011 levels of evidence and GRADE: randomized trials
and regulatory approvals (A), prospective single-arm trials (B), retrospective or
observational studies, phase 1 trials and case series (C), case reports, lab and animal
work (D). Rules carry their level in ``code``.
"""

from __future__ import annotations

from plainleaf.analyzer.common import SMALL_COUNT
from plainleaf.analyzer.rules import DENIAL, Rule
from plainleaf.spec import EvidenceLevel as L

CEBM = "Oxford CEBM Levels of Evidence 2011; GRADE; labels spec"
# A design named as a future need or a plan is not evidence that exists.
NOT_YET = (
    r"\b(?:needed|are needed|is needed|required|warranted|planned|plans? to|will (?:be|start|"
    r"test|enrol+)|future|should be|to validate|to confirm|ongoing|under way|underway|"
    r"recruiting|awaits?|awaiting|are testing|is testing|hope to|yet to|have not been|unlikely|"
    r"do(?:es)? not exist|lacking|(?:is|are|now) enrolling|supports? (?:a|further|larger)|"
    r"before (?:a|any|the)|years away|next step|expected to (?:start|begin|open|enrol+)|"
    r"launch of|may provide|will evaluate|intends? to|(?:has|have) (?:begun|started) "
    r"enrol+ing|(?:begins?|starts?) enrol+ing)\b"
)
# "Randomized trials are needed": the future-tense words sit close to the design word.
WINDOW = 65
# A negation word as a word ("not", "no"), or the prefix of "unapproved": not the "no" of
# "now approved".
_NEG_APPROVAL = (r"\b(?:(?:not|never|no|nor)\b[- ]?(?:[\w'’-]+ ){0,8}|un-?|non-)"
                 r"(?:approv|authori[sz])")
# A country's approval names its regulator as plainly as "approved for use on the NHS"
# does (labels spec, evidence A; the labellers of every real-page set read it so):
# "currently approved in the UK", "India approved its first homegrown CAR-T".
_COUNTRY = (
    r"(?:the UK|the United Kingdom|Britain|England|Scotland|Europe|the European Union|the EU|"
    r"Australia|Canada|Japan|China|India|the US|the U\.S\.|the United States|Russia|"
    r"Switzerland|Israel|South Korea|Korea|Brazil|Germany|France|Spain|Italy|Taiwan|"
    r"Singapore|New Zealand)"
)

# The drug regulators whose approval of a treatment is evidence A (labels spec: "a named
# regulator"), one list for every approval pattern. National agencies are named as real
# pages name them: Spain's AEMPS, Korea's MFDS, Brazil's Anvisa, India's CDSCO and its
# Drugs Controller General.
# Their short names are also read case-sensitively, in a table's rows.
REGULATOR_ACRONYMS = "FDA|EMA|MHRA|TGA|PMDA|NMPA|CDSCO|AEMPS|MFDS|ANVISA|DCGI"
REGULATOR = (
    r"(?:" + REGULATOR_ACRONYMS + r"|Food and Drug Administration|European Medicines Agency|"
    r"European Commission|Health Canada|Swissmedic|National Medical Products Administration|"
    r"Central Drugs Standard Control Organi[sz]ation|Spanish Agency (?:of|for) Medicines and "
    r"Health Products|Ministry of Food and Drug Safety|National Health Surveillance Agency|"
    r"Drugs Controller General(?: of India)?|Health Sciences Authority|Medsafe)\b"
)

RULES: tuple[Rule, ...] = (
    Rule("ev-rct", L.A, (
        r"(?<!non-)(?<!non)(?<!not )\brandomi[sz]ed\b(?:,? (?:double-blind(?:ed)?|open-label|"
        r"controlled|placebo-controlled|multi-?cent(?:er|re)|phase (?:3|III|2|II)))*"
        r"(?:,? (?:controlled|clinical|phase \w+))* (?:trials?|study|studies)\b",
        # "Treatment was not randomly assigned" describes a study that is not randomized.
        r"(?<!\bnot )(?<!\bnever )\brandomly (?:assigned|allocated|divided|split)\b",
        # A trial's endpoint timed "from randomization" (a registry's results page).
        r"\b(?:time )?from randomi[sz]ation\b",
        r"\b(?:was|were) randomi[sz]ed\b",
        r"\bplacebo-controlled\b", r"\bRCTs?\b",
        # A placebo group is a control group: "versus 7.8 months in those receiving a
        # placebo", "the placebo arm".
        r"\b(?:versus|vs\.?|compared (?:with|to)|or) (?:a )?placebo\b",
        r"\b(?:given|received|receiving|took|taking) (?:a |the )?placebo\b",
        r"\bplacebo (?:group|arm)s?\b"),
         "a randomized controlled trial", CEBM,
         ("a randomized phase 3 trial", "Patients were randomly assigned to two groups.",
          "Sixty patients were randomly divided into two groups.",
          "Time from randomization until death or progression.",
          "Those treated lived 13.2 months versus 7.8 months in those receiving a placebo.",
          "Survival was 75% in the drug arm and 69% in the placebo arm.",
          "In a randomised controlled trial,",
          "This randomized trial showed longer survival in the combined group, but longer "
          "follow-up is needed."),
         ("a non-randomized trial", "Randomized trials are needed.",
          "A placebo-free design was used.", "Placebo effects are common in pain studies.",
          "No randomized controlled trial was identified.",
          "Because treatment was not randomly assigned, confounding remains.",
          "Randomized studies are unlikely to be done."),
         unless=(NOT_YET, r"\bno randomi[sz]ed\b"), unless_window=WINDOW,
         summary="The proof is strong: a fair test with a control group."),
    Rule("ev-phase3", L.A, (r"\bphase (?:3|III)\b(?!/)", r"\bphase (?:2/3|II/III)\b"),
         "a phase 3 trial", CEBM, ("the phase 3 KEYNOTE trial", "a phase III study"),
         ("A phase 3 trial is planned.", "phase 1/2"), unless=(NOT_YET,), unless_window=WINDOW,
         summary="The proof is strong: a large late-stage trial."),
    # A meta-analysis is as strong as what it pools: of randomized trials it is A; of
    # retrospective cohorts it stays at their level (evidence.py drops this hit then, and
    # the retrospective rule finds them).
    Rule("ev-meta", L.A, (r"\bmeta-?analys[ie]s\b", r"\bsystematic reviews?\b"),
         "a meta-analysis or systematic review", CEBM,
         ("A meta-analysis of 12 trials", "a systematic review"),
         ("A meta-analysis is needed.",), unless=(NOT_YET,), unless_window=WINDOW,
         summary="The proof is strong: a review of many trials.", role="pooled"),
    Rule("ev-approval", L.A, (
        r"\b" + REGULATOR +
        # "the FDA (the federal agency that oversees drugs in the United States) approved"
        r"(?: \([^()\n]{0,120}\))?[^.\n]{0,60}"
        r"\b(?:approv\w+|authori[sz]\w+|granted "
        r"(?:full |accelerated )?approval)\b",
        # "approved by the U.S. Food and Drug Administration"
        r"\b(?:approved|authori[sz]ed|approval) (?:\w+ ){0,3}(?:by|from) (?:the )?"
        r"(?:[\w.'’]+ ){0,4}?\(?"
        + REGULATOR,
        r"\bFDA[- ]approved\b",
        # England's health technology body approves treatments "for use in the NHS".
        r"(?-i:\bNICE\b)[^.\n]{0,40}\b(?:approved|recommended)\b[^.\n]{0,40}\b(?:NHS)\b",
        r"(?<!not )\b(?:approved|recommended) by NICE\b[^.\n]{0,40}\bNHS\b",
        r"\bapproved for (?:use )?(?:on|in) the NHS\b", r"\ban approved NHS treatment\b",
        r"\bthe NHS (?:has )?approved\b",
        # The country first: "In Canada, CAR-T is currently approved to treat lymphoma".
        r"\bIn " + _COUNTRY + r", [^.\n]{0,60}?\b(?:is|are|has been|have been) (?:currently |"
        r"now |already )?(?:approved|authori[sz]ed)\b",
        r"\b(?:approved|authori[sz]ed) (?:for (?:use|sale|[\w-]+(?: [\w-]+){0,3}) )?in "
        + _COUNTRY + r"\b",
        # The country as the one approving, not a centre "in Taiwan approved to" practise.
        r"(?<!\bin )(?<!\bof )(?-i:\b" + _COUNTRY.replace("the ", "[Tt]he ") + r")(?:['’]s)? "
        r"(?:has |have |had )?(?:officially |recently |now |just )?approved\b",
        r"\b(?:FDA|EMA|Food and Drug Administration|agency)\b[^.\n]{0,160}\b(?:therapies|"
        r"products|drugs|medicines) (?:it|the agency) (?:has )?approved\b",
        # Approvals listed in a table: a heading or column head that says "approved" (no
        # "not", no question) and, within a few lines, a named regulator in the rows.
        r"^[ \t]*+(?![^\n]{0,120}\b(?:not|un-?approved|no|never|yet|pending|seek\w*|whether)\b)"
        r"(?=[^\n?]{0,120}\bapprov\w*)[^\n.?]{3,120}+\n(?:[^\n]{0,200}+\n){0,8}?[^\n]{0,40}?"
        r"\b(?-i:" + REGULATOR_ACRONYMS + r")\b"),
         "an approval by a drug agency", CEBM,
         ("The FDA approved Kymriah in 2017.", "approved by the European Medicines Agency",
          "an FDA-approved CAR-T product",
          "The Central Drugs Standard Control Organisation (CDSCO) has approved NexCAR19",
          "China's NMPA approved the CAR-T product in 2021.",
          "the therapy's approval by the Central Drugs Standard Control Organisation",
          "approved by India's drug regulator CDSCO in 2023",
          "The FDA now requires a boxed warning on all six CAR-T therapies it has approved.",
          "NICE has approved the treatment for use in the NHS for adults with lymphoma.",
          "It was approved for use on the NHS last year.",
          "Nivolumab is recommended by NICE for use within the NHS.",
          "It has been approved by the U.S. Federal Drug Agency (FDA).",
          "You may have CAR-T as an approved NHS treatment or within a clinical trial.",
          "The CAR-T cell therapies currently approved in the UK are listed below.",
          "India approved its first homegrown CAR-T therapy in 2023.",
          "It was first approved in Australia in 2018 and is publicly funded.",
          "Regulators That Approve CAR T-Cell Therapy\n\nCountry Regulator\nUnited States "
          "FDA\nIndia CDSCO",
          "Approved CAR-T products\nProduct Regulator\nKymriah FDA (2017)",
          "Several products are approved for myeloma in the European Union.",
          "China's NMPA fast-tracked approval for three new CAR-T therapies.",
          "The FDA (the federal agency that oversees drugs in the United States) approved "
          "an anti-CD19 CAR-T cell product.",
          "Most are only in trials, but a small number are now approved for use on the NHS.",
          "Both are approved by the Spanish Agency for Medicines and Health Products (AEMPS).",
          "It won approval from the Ministry of Food and Drug Safety (MFDS) in 2007.",
          "The National Health Surveillance Agency (Anvisa) has already approved its use.",
          "The Drugs Controller General (India) has granted limited approval.",
          "The NHS approved the treatment for eligible patients.",
          "In Canada, CAR-T is currently approved to treat relapsed lymphoma.",
          "the first T-cell therapy approved by the U.S. Food and Drug Administration"),
         ("This treatment is not approved by the FDA.", "The FDA has not approved it.",
          "The company plans to seek FDA approval.", "Is this FDA approved?",
          "While the company keeps pursuing FDA approval, we offer it abroad.",
          "No NK cell or CAR-NK cell therapy has been approved by the FDA.",
          "The FDA has approved only cord blood products for blood disorders.",
          "CAR-T is approved by the FDA only for certain blood cancers.",
          "Ask whether a treatment is FDA-approved.",
          "The designation gives access to a fast-tracked version of the FDA approval process.",
          "The FDA put the therapy on an accelerated path to expedite approval.",
          "NICE is looking at whether the NHS should offer it.",
          "It became the first centre in Taiwan approved by the ministry to offer cell "
          "therapy.",
          "The clinic offers treatments not approved in the United States.",
          "Cancer treatments that are not authorized in Japan are sold there.",
          "Products not yet approved\nName Regulator\nAB-101 FDA",
          "Is it approved?\nThe FDA is reviewing it.",
          "To be sold, these products need FDA approval.",
          "Health Canada must authorize them before they can be offered.",
          "patients who have no other FDA-approved options",
          "The FDA granted the therapy fast track designation.",
          "A Food and Drug Administration advisory committee votes in favor of approving it.",
          "These cell products are unapproved in the United States.",
          "None of these clinics' products has been approved by the FDA.",
          "Treatment may still be reached through TGA approved pathways in a hospital.",
          "One vector was modeled after FDA-approved Kymriah.",
          "The FDA has authorized the company's Investigational New Drug Application.",
          "Clinics offer it ahead of regulatory approval from agencies like the US FDA.",
          "In Canada, CAR-T is not yet approved for solid tumours.",
          "He had not yet received the US Food and Drug Administration's approval.",
          "The FDA has finally decided to approve the research on stem cells for autism.",
          "The Jordan Food and Drug Administration has approved a pioneering clinical trial.",
          "Foreigners can receive it, as long as the clinic is approved by the Ministry of "
          "Health, Labour and Welfare.",
          "Only facilities approved by the Food and Drug Administration may offer it.",
          "Every study approved in Canada is focused on osteoarthritis.",
          "Cytokine treatment is not recommended by NICE for the NHS."),
         # "Is this FDA approved?" on a clinic's FAQ is a question, not a statement.
         # "Approved only for certain blood cancers. None is approved for pancreatic
         # cancer": the approval marks the limit of the evidence, it is not the evidence.
         # "Must authorize them", "need FDA approval": a rule for products, not an
         # approval of one; "no other FDA-approved options" approves nothing either.
         unless=(NOT_YET, _NEG_APPROVAL,
                 r"\b(?:must|needs?|requires?|required) (?:\w+ ){0,3}?(?:approv|authori[sz]|"
                 r"licens)\w*|\bno other (?:\w+[- ])?approved\b",
                 r"\bseek\w*|\bpursu\w*|\bapply\w* for|\bsubmi\w+|\?|"
                 r"\bonly for\b|\bapproved only\b|\bonly (?:been )?approved\b|"
                 r"\bnone (?:is|are|has been|have been) approved\b|\bwhether\b|"
                 r"\bask if\b",
                 # A designation that speeds the road to approval is not an approval.
                 r"\bapproval (?:process|pathway|path)\b|\b(?:path|pathway|road|route) to "
                 r"(?:\w+ ){0,2}approval\b|\bexpedit\w* (?:\w+ ){0,2}approval\b|"
                 # An advisory committee's vote recommends; the agency has not approved.
                 r"\badvisory (?:committee|panel|board)\b|\bvot(?:e|es|ed|ing)\b",
                 # ...but "fast-tracked approval for" three therapies granted them.
                 r"\bfast[- ]track\w*+(?! approval)",
                 # "None of these clinics' products has been approved" (a denial that
                 # opens further back than this window is evidence.py's _DENIED).
                 DENIAL + r"[^.\n]{0,60}?\b(?:approv|authori[sz])",
                 # Clearance to start a trial ("authorized the company's Investigational
                 # New Drug Application", "authorized to proceed into Phase I") and an
                 # offer "ahead of regulatory approval" approve no treatment.
                 r"\bInvestigational New Drug\b|\b(?-i:IND)\b|\bclinical trial application\b|"
                 r"\bauthori[sz](?:ed|ation) to (?:proceed|begin|start|enter|initiate|open)\b|"
                 r"\b(?:ahead of|prior to|pending|awaiting) (?:\w+ ){0,2}approval\b",
                 # A product made to copy an approved one ("modeled after FDA-approved
                 # Kymriah") is not itself approved.
                 r"\b(?:model+ed (?:after|on)|replicating|copying|copies of|based on) "
                 r"(?:the )?(?:\w+[- ])?approved\b",
                 # An approved route, site or trial is a permission, not a treatment's
                 # approval.
                 r"\bapproved (?:pathways?|routes?|channels?|sites?|facilit(?:y|ies)|"
                 r"cent(?:er|re)s?|laborator(?:y|ies)|(?:clinical )?trials?)\b|"
                 # ...as is a go-ahead for research ("decided to approve the research").
                 r"\bapprov\w* (?:the |a |an |this |its |further )?(?:[\w-]+ )?(?:research|"
                 r"stud(?:y|ies)|(?:clinical |human )?trials?|testing)\b|"
                 # ...and so is a licence for a clinic, a facility or a study ("the clinic
                 # is approved by the Ministry", "every study approved in Canada").
                 r"\b(?:clinics?|facilit(?:y|ies)|hospitals?|cent(?:er|re)s?|institutions?|"
                 r"laborator(?:y|ies)|stud(?:y|ies)|trials?) (?:is |are |that are |which are |"
                 r"(?:has|have) been )?(?:approved|licensed|authori[sz]ed)\b"),
         unless_window=WINDOW,
         summary="The proof is strong: a drug agency gave it the go-ahead.", role="approval"),
    Rule("ev-single-arm", L.B, (
        # "The recommended phase 2 dose" is chosen in a phase 1 trial: not a phase 2 trial.
        r"\bsingle[- ]arm\b", r"\bphase (?:2|II)\b(?!/|\s*(?:and|or)\s*3|\s+dose|\s*\(?RP2D)",
        r"\bprospective(?:ly)?\b", r"\bnon-?randomi[sz]ed\b"),
         "a trial with no comparison group (single-arm, phase 2 or prospective)", CEBM,
         ("a single-arm phase 2 trial", "a prospective study"),
         ("Prospective studies are needed to validate this.", "phase 1/2 trial",
          "The centre has begun enrolling patients in a Phase II clinical trial.",
          "The company intends to run a Phase 2 clinical trial at 20 centres.",
          "DL3 was selected as the recommended phase 2 dose.",
          "A phase 2 expansion cohort is enrolling.",
          "Prospective randomized data are unlikely to become available."),
         unless=(NOT_YET,), unless_window=WINDOW,
         summary="The proof is fair: a trial with no group to compare with."),
    Rule("ev-retro", L.C, (
        r"\bretrospective(?:ly)?\b", r"\bpropensity\b", r"\bobservational\b",
        r"\bcohort stud(?:y|ies)\b", r"\breal-world\b", r"\bchart review\b",
        # A registry of outcomes read as a study ("registry-based study", "outcomes were
        # taken from the national CAR-T registry"), not a trial registry, a donor or cancer
        # registry (counts of cases and donors) or a register of licensed doctors.
        r"(?<!trial )(?<!trials )(?<!donor )(?<!cancer )\bregistry[- ](?:based|data|stud(?:y|"
        r"ies)|analys[ie]s|cohort)\b",
        r"\b(?:data|outcomes|results|analysis|survival) (?:[\w-]+ ){0,4}?(?:from|in|of) (?:the )?"
        r"(?:[\w-]+ ){0,4}?(?<!trial )(?<!trials )(?<!donor )(?<!cancer )registry\b",
        r"\bcase[- ]control\b", r"\bmatched (?:pairs|patients|analysis)\b"),
         "a look back at past records (retrospective or observational study)", CEBM,
         ("a retrospective analysis", "propensity score matching", "real-world data",
          "Outcomes were taken from the national CAR-T registry.",
          "a registry based proof of concept study", "Prospective registry data were gathered."),
         ("We will set up a registry in the future.",
          "a patient registry that charges participants and has never reported results",
          "It is listed in the Chinese Clinical Trial Registry.",
          "One in ten men will get cancer, according to the National Cancer Registry.",
          "a transplant from a family donor or registry",
          "Check the doctor in Colombia's national registry of health professionals.",
          "A search of the Anthony Nolan and NHS Stem Cell Registry is started.",
          "We build a diverse registry of committed donors.",
          "Claims carry more weight when tied to a document, registry, record or source."),
         unless=(NOT_YET, r"\bnever (?:reported|published)|\bno results\b|\bhas not "
                 r"(?:reported|published)"), unless_window=WINDOW,
         summary="The proof is weak: a look back at past records."),
    Rule("ev-early-phase", L.C, (
        r"\bphase (?:1|I)(?:/(?:2|II)|b|a)?\b", r"\bphase (?:0|1b|Ib)\b",
        r"\bearly[- ]phase\b", r"\bfirst[- ]in[- ]human\b", r"\bdose[- ]escalation\b",
        r"\bearly[- ]stage (?:clinical )?(?:trial|study)\b",
        r"\bpilot (?:clinical )?(?:study|trial|test)\b",
        # "tested the therapy at different dose levels": a dose-finding (phase 1) design.
        r"\b(?:at|across) (?:different|several|three|increasing|escalating) dose levels\b",
        r"\bfeasibility (?:clinical )?(?:study|trial)\b"),
         "a small early trial (phase 1 or 1/2)", CEBM,
         ("a phase 1 trial", "an early-phase clinical trial", "phase I/II study",
          "Professor Mair, who is leading the early-stage trial, said",
          "early data from a pilot clinical trial", "a pilot test was carried out",
          "They tested the therapy at different dose levels."),
         ("phase 3 trial", "a drug for early-stage breast cancer"), unless=(NOT_YET,),
         unless_window=WINDOW,
         summary="The proof is weak: a small early trial.", role="early"),
    Rule("ev-case-series", L.C, (r"\bcase series\b",),
         "a case series", CEBM, ("a case series of 9 patients",), ("case report",),
         summary="The proof is weak: a small set of cases."),
    Rule("ev-case-report", L.D, (r"\bcase reports?\b", r"\bwe (?:report|describe|present) "
                                 r"(?:a|the|one) (?:case|patient)\b", r"\bsingle case\b"),
         "a single case report", CEBM,
         ("We report a case of a 54-year-old man.", "This case report describes"),
         ("a case series",),
         summary="The proof is very weak: the story of one patient."),
    Rule("ev-lab-animal", L.D, (
        r"\bin (?:mice|rats|mouse|animal|murine)\b", r"\bmouse models?\b", r"\bmurine\b",
        r"\bxenografts?\b", r"\bin vitro\b", r"\bcell lines?\b", r"\banimal (?:models?|"
        r"studies|study)\b", r"\bpre-?clinical\b",
        r"\b(?:tested|studied|shown|worked|work|works|killed|kill|tests?|experiments?) "
        r"(?:\w+ )?in (?:the |a )?lab(?:oratory)?\b",
        r"\bin a (?:dish|petri dish|test tube)\b", r"\blab(?:oratory)? (?:study|studies|"
        r"experiments?)\b"),
         "lab or animal studies", CEBM, ("tested in mice", "in vitro experiments",
                                        "a mouse model of liver cancer"),
         ("in patients with melanoma", "The cells are grown in the lab and given back."),
         summary="The proof is very weak: tests in the lab or in animals."),
    # Fallback only: a study named by size or journal but not by design (see evidence.py).
    Rule("ev-named-study", L.C, (
        r"\b(?:study|trial|analysis|research),? (?:of|in|involving|with|(?:that|which) "
        r"(?:followed|included|enrolled|tracked|involved)) (?:more than |nearly |about |over )?"
        r"\d[\d,]* "
        r"(?:\w+ )?(?:patients|people|adults|children|participants|women|men)\b",
        r"\b(?:treated|enrolled|included|involved|recruited) (?:just |only |a total of )?"
        r"\d[\d,]* (?:\w+ )?(?:patients|people|adults|children|participants|women|men)\b",
        r"\b(?:published|reported|appeared) (?:\w+ )?in (?:the )?(?:(?:[\w-]+ )?journal )?"
        r"(?-i:[A-Z])[\w&]+",
        r"\bNCT\d{8}\b",
        r"\b(?:of|among) the (?:first )?\d[\d,]* (?:\w+ )?(?:patients|participants|people) "
        r"(?:who (?:received|were (?:treated|given))|treated|given)\b[^.\n]{0,40}\b(?:trial|"
        r"study)\b",
        # Patients counted with their results: "data ... in 30 heavily pre-treated
        # patients", "seven patients with leukemia were given CAR-T", "the experience of
        # treatment of 107 cancer patients".
        r"\b(?:data|results|outcomes|responses?|experience) (?:[\w-]+ ){0,6}?(?:in|from|of|"
        r"among) (?:more than |over |about )?\d[\d,]* (?:[\w-]+ ){0,4}?(?:patients|"
        r"participants)\b",
        r"\b(?:" + SMALL_COUNT + r"|\d[\d,]*) (?:[\w-]+ ){0,4}?patients (?:[\w-]+ ){0,4}?"
        r"(?:were|was|have been|had been) (?:successfully )?(?:given|treated)\b",
        # Patients counted as treated, in words or digits: "tried the method on five
        # patients", "to treat 10 autistic children", "CAR T-cell therapy in 3 patients".
        r"\b(?:treat|treating|treatment of|(?:therapy|treatment) (?:with|in)|(?:tried|tested|"
        r"applied) (?:[\w-]+ ){0,3}?on) (?:just |only |a total of )?(?:\d[\d,]*|"
        + SMALL_COUNT + r") "
        r"(?:[\w-]+ ){0,2}?(?:patients|people|"
        r"adults|children|participants|women|men)\b",
        # "34 people whose tumours had resisted other treatment received the vaccine"
        r"\b(?:" + SMALL_COUNT + r"|\d[\d,]*) (?:[\w-]+ )?(?:people|patients|participants)\b"
        r"[^.\n]{0,80}?\breceived "
        r"(?:the|this|a|an|their) (?:[\w-]+ )?(?:vaccines?|therapy|treatment|cells|infusions?)\b",
        # A journal named as one: "the top journal "New England Journal of Medicine"".
        r"\bjournal [\"“]?(?-i:[A-Z])[\w&]+(?: (?:of |and |for )?(?-i:[A-Z])[\w&]+)*+[\"”]?"),
         "a study named by its size or journal, with no design given", CEBM,
         ("A study of 300 patients found", "published in the journal Blood",
          "The study, which involved 50 cancer patients, was peer-reviewed.",
          "published in the industry-leading journal Regenerative Medicine",
          "The research, at a hospital in Europe, treated 8 women.",
          "registered as NCT01234567",
          "Of the 11 participants who received the cells in the trial, nine improved.",
          "New clinical data in 30 heavily pre-treated melanoma patients: 55% responded.",
          "In Spain, seven patients with end-stage leukemia were given CAR-T therapy.",
          "Over 26 years, the department has reported outcomes from 2,140 patients.",
          "34 people whose tumours resisted other treatment received the vaccine.",
          "It was published in the top journal \"New England Journal of Medicine\".",
          "Last year the team tried the method on five patients with leukaemia.",
          "They used the cells to treat 10 autistic children.",
          "It completed CAR T-cell therapy in 3 patients.",
          "The therapy was first tested on ten B-cell leukaemia patients.",
          "Doctors applied immunotherapy on 60 patients with various cancers.",
          "More than 1,200 cancer patients have been treated.",
          "Three patients received the treatment."),
         ("Studies have shown it works.", "150 clinical trials are in development",
          "A new blood cancer has been reported in people who had CAR-T.",
          "Results are expected in 2027.", "Most patients were given a sedative.",
          "It is used to treat patients with leukaemia.", "Treatment of older adults"),
         unless=(NOT_YET,), unless_window=WINDOW,
         summary="The proof is limited: it names a study but not how it was done.",
         role="fallback"),
    # Fallback only: a trial judged on a primary endpoint was planned before it ran
    # (prospective); with no design word and no comparison group it reads as B.
    Rule("ev-primary-endpoint", L.B, (
        r"\bprimary (?:efficacy )?end ?points?\b(?! (?:will|would|is to be)\b)",),
         "a trial judged on a primary endpoint set in advance, with no design given", CEBM,
         ("The primary endpoint, the overall response rate, was 52% among 93 patients.",),
         ("Studies have shown it works.",
          "A primary endpoint will be chosen for the next trial."),
         unless=(NOT_YET,), unless_window=WINDOW,
         summary="The proof is fair: a planned trial, design not stated.", role="fallback"),
    Rule("ev-opinion", L.D, (r"\bexpert opinion\b", r"\bconsensus statement\b"),
         "expert opinion", CEBM, ("based on expert opinion",), ("a randomized trial",),
         summary="The proof is very weak: it is what experts think."),
)
