"""Genre markers read only by the trained source-type model (analyzer/trained_type.py).

They cast no vote of their own: each is a count the model weighs, and each hit is quoted
when it explains a call. They are broad habits of a genre (who addresses whom, how a
story attributes, how a release closes, how an abstract reports), never a site's or a
company's name, so they should read the same on pages nobody has labelled.
"""

from __future__ import annotations

from plainleaf.analyzer.rules import Rule
from plainleaf.spec import SourceType as ST

GENRE = "Genre conventions (ICMJE IMRaD; AP style; FTC advertising guidance)"

# How many hits of a marker the model counts: past this a count says nothing more (a long
# page would otherwise win on length). Words every page uses often get a higher cap.
CAPS = {"gm-you": 10, "gm-hedge": 10, "gm-attribution": 6, "gm-percent": 6,
        "gm-first-person": 6, "gm-cost-words": 6, "gm-praise": 6}

# ``code`` is the source type the marker is typical of (for people reading the rules;
# the model learns its own weight for every type).
RULES: tuple[Rule, ...] = (
    Rule("gm-contact-us", ST.clinic_marketing, (
        r"\b(?:contact|call|email|e-mail|message|write to|reach|ask) us\b",
        r"\bget in touch\b", r"\b(?:request|get) (?:a|your) (?:free )?(?:quote|consultation|"
        r"call ?back|cost estimate|treatment plan)\b",
        r"\bfree (?:consultation|evaluation|assessment|case review)\b",
        r"\b(?:fill (?:in|out)|submit) (?:the|our|this) (?:form|enquiry|inquiry)\b",
        r"\b(?:send|share) (?:us )?your (?:medical )?(?:records|reports|scans)\b",
        r"\be-?mail[ \t]*+:"),
         "It asks the reader to get in touch with the writer.", GENRE,
         ("Contact us today.", "Get in touch with our team.", "Request a free quote",
          "Free consultation for international patients", "Fill out the form below.",
          "Send your medical records", "Email: info@example-clinic.com"),
         ("The study team contacted the patients.", "Ask your doctor.",
          "The form of the disease varies."), weight=0.0, role="marker"),
    Rule("gm-travel", ST.clinic_marketing, (
        r"\bmedical tourism\b", r"\binternational patients?\b", r"\b(?:travel|come|fly) "
        r"(?:to|from) (?-i:[A-Z])", r"\b(?:treatment|therapy|care) abroad\b",
        r"\bpatients? (?:from|travel(?:l)?ing from) (?:around the world|(?:over |more than )?\d+ "
        r"countries|overseas|abroad)\b",
        r"\b(?:length of )?stay (?:in|at) (?:the )?(?:hospital|clinic|city|country)\b",
        r"\bdays? (?:in|of stay)\b"),
         "It speaks to patients who would travel for the treatment.", GENRE,
         ("Medical tourism in Mexico", "Our international patients department",
          "Travel to Japan for NK cells", "CAR-T treatment abroad",
          "Patients from over 40 countries", "Patients from around the world"),
         ("The cells travel to the tumour.", "She stayed in bed for two days at home."),
         weight=0.0, role="marker"),
    Rule("gm-attribution", ST.news, (
        r"\b(?:said|says|told)\b", r"\baccording to\b", r"\b(?:explained|noted|added|"
        r"commented|recalled)\b(?=[^.\n]{0,40}[,.]|,)"),
         "It attributes what it reports to people ('said', 'according to').", GENRE,
         ("'It is early,' she said.", "according to the report", "the doctor told him",
          "the results, she explained, were early."),
         ("Ask your doctor.", "The cells attack the tumour."), weight=0.0, role="marker"),
    Rule("gm-full-date", ST.news, (
        r"\b(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*+\.? \d{1,2},? "
        r"(?:19|20)\d\d\b",
        r"\b\d{1,2} (?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*+\.? "
        r"(?:19|20)\d\d\b"),
         "It is dated to the day, as stories and announcements are.", GENRE,
         ("June 2, 2024", "Dec. 5, 2023", "2 June 2024"),
         ("in 2024", "June 2024"), weight=0.0, role="marker"),
    Rule("gm-company", ST.press_release, (
        r"\b(?:Inc|Corp|Ltd|plc|GmbH|AG|S\.A|N\.V)\b\.?",
        r"\b(?:clinical-stage|commercial-stage|biotechnology|biopharmaceutical|pharmaceutical) "
        r"company\b", r"\b(?:the|our) company['’]s\b", r"\b(?:the|our) (?-i:Company)\b",
        r"\b(?:shareholders|investors|stockholders)\b", r"\b(?:pipeline|product candidates?)\b"),
         "It speaks of a company, its products and its investors.", GENRE,
         ("Acme Bio, Inc.", "a clinical-stage biotechnology company", "the Company's lead",
          "our product candidates", "investors and shareholders"),
         ("The clinic opened in 2010.", "The company of friends."), weight=0.0, role="marker"),
    Rule("gm-announce", ST.press_release, (
        r"\b(?:announce[ds]?|announcing|announcement)\b",
        r"\b(?:will|to) (?:present|be presented)\b", r"\b(?:presented|presentation) at\b",
        r"\b(?:annual|scientific) meeting\b", r"\b(?:oral|poster) presentation\b"),
         "It announces news or a presentation at a meeting.", GENRE,
         ("Acme announced results", "data to be presented at the annual meeting",
          "an oral presentation at ASH"),
         ("The results were good.",), weight=0.0, role="marker"),
    Rule("gm-design", ST.study_report, (
        r"\brandomi[sz](?:ed|ation)\b", r"\bretrospective(?:ly)?\b", r"\bprospective(?:ly)?\b",
        r"\bcohort\b", r"\bsingle[- ]arm\b", r"\bopen[- ]label\b",
        r"\bphase (?:[1-3]|I{1,3})(?:[ab])?\b", r"\bmeta-analy[sz]is\b",
        r"\bcase (?:report|series)\b",
        r"\bmulti-?cent(?:er|re)\b", r"\bendpoints?\b", r"\bmedian\b"),
         "It names a study design (randomized, retrospective, phase 2, cohort).", GENRE,
         ("a randomized trial", "retrospectively reviewed", "a phase 2 study",
          "an open-label, single-arm trial", "the median follow-up"),
         ("a random choice", "We designed the clinic."), weight=0.0, role="marker"),
    Rule("gm-percent", ST.study_report, (
        r"(?<![\d.,])\d[\d,]*+(?:\.\d++)?[ \t]?%", r"\b\d+(?:\.\d+)? (?:per ?cent|percent)\b"),
         "It reports results in percentages.", GENRE,
         ("38.8%", "40 percent", "1,200%"), ("many patients", "0.5 mg"), weight=0.0,
         role="marker"),
    Rule("gm-citation", ST.study_report, (
        r"\bet al\b", r"\bdoi\b", r"\bPMID\b", r"\[\d{1,3}(?:[,–-]\d{1,3})*\]",
        r"^[ \t]*+(?:References|Bibliography|Sources)[ \t]*+:?[ \t]*+$"),
         "It cites papers (et al, doi, numbered references).", GENRE,
         ("Smith et al. reported", "doi:10.1000/xyz", "as shown before [3]", "References"),
         ("and others reported",), weight=0.0, role="marker"),
    Rule("gm-you", ST.patient_education, (
        r"\byou(?:r|rs|rself|['’](?:re|ll|ve|d))?\b",),
         "It speaks to the reader as 'you'.", GENRE,
         ("Your doctor will check you.", "You'll stay in hospital."),
         ("The patients stayed in hospital.",), weight=0.0, role="marker"),
    Rule("gm-question-heading", ST.patient_education, (
        r"^[ \t]*+(?:[-•*] |\d+\. |Q:? )?(?-i:[A-Z])[^\n?]{3,100}\?[ \t]*+$",),
         "It is written as questions and answers.", GENRE,
         ("How long does treatment take?", "Q: Is it safe?"),
         ("It works, doesn't it? Yes.",), weight=0.0, role="marker"),
    Rule("gm-risk-list", ST.patient_education, (
        r"\b(?:common|serious|possible|rare|severe|other) (?:side effects|risks|"
        r"complications)\b", r"\bside effects (?:may |can |might )?include\b",
        r"\brisks (?:of|include|and (?:side effects|benefits))\b",
        r"\b(?:can|may) (?:cause|lead to) (?:serious|severe|life-threatening)\b"),
         "It lists the risks and side effects of the treatment.", GENRE,
         ("Common side effects", "Side effects may include fever", "risks and benefits",
          "can cause serious problems"),
         ("It has few side effects.",), weight=0.0, role="marker"),
    Rule("gm-first-person", ST.news, (
        r"(?<!Phase )(?<!Stage )(?<!Grade )(?<!Type )(?<!Part )(?<!Class )(?<!Level )"
        r"\b(?-i:I)(?:['’](?:m|ve|d|ll))?\b(?![/-])", r"\bmy (?:doctor|cancer|tumou?r|"
        r"husband|wife|son|daughter|mother|father|family|diagnosis|treatment|life)\b"),
         "It tells a personal story in the first person ('I', 'my cancer').", GENRE,
         ("I was diagnosed in 2019.", "My cancer came back.", "I'm grateful."),
         ("Phase I trial", "Stage I disease"), weight=0.0, role="marker"),
    Rule("gm-page-chrome", ST.news, (
        r"\b(?:subscribe|newsletter|advertisement|sponsored|related (?:stories|articles|news)|"
        r"share this (?:article|story)|comments?)\b",
        r"\b(?:reporter|journalist|editor|correspondent)\b"),
         "It carries a news site's furniture (newsletter, related stories, reporter).", GENRE,
         ("Subscribe to our newsletter", "Related stories", "Advertisement",
          "health reporter"),
         ("The report was published.",), weight=0.0, role="marker"),
    Rule("gm-definition", ST.patient_education, (
        r"\b(?:is|are) (?:a|an|one) (?:type|kind|form|group) of\b",
        r"\b(?:is|are) (?:also )?called\b", r"\b(?:also )?known as\b", r"\bworks? by\b",
        r"\b(?:is|are) (?:mainly |mostly |only )?used (?:to treat|for)\b", r"\bthis means\b"),
         "It defines terms for a lay reader ('is a type of', 'is called').", GENRE,
         ("CAR-T is a type of immunotherapy.", "This is called chemoembolization.",
          "also known as TACE", "It works by blocking the artery.",
          "It is used to treat lymphoma."),
         ("We treat lymphoma.",), weight=0.0, role="marker"),
    Rule("gm-hedge", ST.patient_education, (
        r"\b(?:may|might)\b", r"\bsome (?:people|patients|children|adults)\b",
        r"\bnot (?:everyone|every patient|all patients)\b", r"\bdepends on\b",
        r"\b(?:usually|often|rarely)\b"),
         "It hedges ('may', 'some patients', 'depends on'), as a careful explainer does.", GENRE,
         ("It may cause fever.", "Some patients need a second dose.", "It depends on the stage."),
         ("It will cure you.",), weight=0.0, role="marker"),
    Rule("gm-cost-words", ST.clinic_marketing, (
        r"\b(?:costs?|price[sd]?|pricing|packages?|affordable|discount\w*|quotes?|"
        r"payment|payable|fees?)\b",),
         "It talks about what the treatment costs.", GENRE,
         ("The cost of CAR-T in India", "an affordable package", "payment in advance"),
         ("It paid off.",), weight=0.0, role="marker"),
    Rule("gm-praise", ST.clinic_marketing, (
        r"\b(?:best|leading|top|renowned|world-class|state-of-the-art|advanced|latest|"
        r"cutting-edge|highly (?:experienced|qualified|skilled)|experienced (?:team|doctors|"
        r"specialists)|expert (?:team|doctors|care)|success rates?)\b",),
         "It praises a provider or a treatment ('leading', 'advanced', 'success rate').", GENRE,
         ("the best hospitals", "a leading centre", "our highly experienced team",
          "a success rate of 80%"),
         ("The team measured the rate.",), weight=0.0, role="marker"),
)
