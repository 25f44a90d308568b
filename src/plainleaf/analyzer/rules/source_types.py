"""Signals of who wrote a text and why (labels spec, "Source type").

Each rule's ``code`` is the source type it votes for and ``weight`` how strongly.
Signals follow the genre conventions: IMRaD headings and statistics for study reports
(ICMJE recommendations), wire-service boilerplate for press releases, reporting verbs
for news (HealthNewsReview criteria), and FTC guidance on advertising for clinic pages.
"""

from __future__ import annotations

from plainleaf.analyzer.rules import Rule
from plainleaf.analyzer.rules.therapies import DENDRITIC_VACCINE
from plainleaf.spec import SourceType as ST

GENRE = "Genre conventions (ICMJE IMRaD; AP style; FTC advertising guidance)"

# Exchanges whose listings name the stock code, not letters ("144510:KOSDAQ", "TWSE 6814").
_ASIAN_EXCHANGES = "KOSDAQ|KOSPI|KRX|TWSE|TPEx|HKEX|SSE|SZSE|TSE|TYO|SGX"

RULES: tuple[Rule, ...] = (
    # --- study report ---------------------------------------------------------------
    Rule("st-study-headings", ST.study_report, (
        r"^[ \t]*+(?:Background|Methods?|Methodology|Results|Conclusions?|Objectives?|Aims?|"
        r"Purpose|Design|Setting|Findings|Interpretation|Limitations|Abstract|Key Results|"
        r"Patients and methods|Materials? and methods|Introduction|Case presentation|"
        r"Case report|Case description|Discussion)[ \t]*+(?:[:.][ \t]*+)?$",
        r"^[ \t]*+(?:Background|Methods|Results|Conclusions?|Objectives?|Purpose|Findings)"
        r"[ \t]*+:",
        # Copied from a database page, an abstract's headings run into their text
        # ("MethodsThis retrospective study ...", "ResultsAs of March").
        r"(?-i:(?:Background|Objectives?|Methods|Results|Conclusions?|Purpose|Aims?)"
        r"(?=(?:This|We|In|Of|A|An|As|The|To|Patients|Between|From|Among|Our|Overall|"
        r"After|Median|Data|These|Treatment)\b))",
        # Run-in headings that open their paragraph ("Material and methods. Review of
        # studies"), and a structured abstract run into one paragraph ("... cells.
        # Objective: To analyze").
        r"^[ \t]*+(?:Introduction|Background|Objectives?|(?:The )?aims? of the (?:study|work|"
        r"review)|Materials? and methods|Patients and methods|Methods|Conclusions?)"
        r"\.[ \t]++(?-i:[A-Z])",
        r"(?<=[.!?\"”] )(?-i:Objectives?|Methods|Results|Conclusions?|Background|Aims?|Purpose)"
        r":[ \t]++(?-i:[A-Z])"),
         "It has the headings of a research paper (Background, Methods, Results).", GENRE,
         ("Methods\nWe enrolled 40 patients.", "Results: The response rate was 40%.",
          "uHCC.MethodsThis retrospective study included 456 patients",
          "ObjectivesTo examine how safe TACE is.",
          "Material and methods. Review of studies published in the literature.",
          "The aim of the study. To summarize the existing clinical studies.",
          "They modulate immune cells. Objective: To analyze what the cells do."),
         ("The results were encouraging.", "Results That Matter to Patients",
          "Our Methods Are Proven", "Results. That is what we deliver.",
          "Great care. Results: you will see them.", "See the results: Patients love it."),
         weight=1.5),
    Rule("st-study-stats", ST.study_report, (
        r"\b[Pp]\s?[<=>≤]\s?0?\.\d+", r"\b95\s?% ?(?:CI|confidence interval)\b",
        r"\bhazard ratio\b", r"\b(?:HR|OR|RR)\s?[=:,]?\s?\d\.\d", r"\bmedian (?:follow-up|"
        r"overall survival|progression-free survival|PFS|OS)\b", r"\bstatistically significant\b",
        r"\b(?:ORR|DCR|PFS|mPFS|mOS)\b"),
         "It reports statistics (P values, confidence intervals, hazard ratios).", GENRE,
         ("(9.7% vs 38.8%, P < 0.001)", "HR 0.62; 95% CI 0.5-0.8"),
         ("The results were good.",), weight=1.0, role="stats"),
    Rule("st-study-we", ST.study_report, (
        r"\bwe (?:analy[sz]ed|enrolled|conducted|performed|included|evaluated|investigated|"
        r"assessed|compared|report|recruited|retrospectively|prospectively|aimed|examined|"
        r"describe|present|searched|engineered|tested|treated|generated|observed|developed)\b",
        r"\b(?:patients|participants) were (?:enrolled|included|randomi[sz]ed|recruited|"
        r"assigned|eligible)\b",
        r"\bthis (?:(?:retrospective|prospective|observational|randomi[sz]ed|"
        r"multi-?cent(?:er|re)|single-cent(?:er|re)|open-label|cohort|pilot|phase [\w/]+),? )*"
        r"(?:study|trial|analysis|review) (?:aimed|aims|was designed|evaluated|investigated|"
        r"included|enrolled|recruited|compared|assessed|examined)\b",
        r"\b(?:the )?primary (?:end ?point|outcome)\b", r"\b(?:in|ex)clusion criteria\b",
        # "Our objective is to show", "the aim of this review was to"; a registry entry's
        # "will be studied in this trial".
        r"\b(?:our|the) (?:objective|aim|purpose)(?: of this (?:study|review|paper|work|trial))? "
        r"(?:is|was) to\b",
        r"\bwill be (?:studied|evaluated|assessed|tested|compared) in this (?:trial|study)\b",
        r"\bthis (?:phase [\w/]+ )?(?:clinical )?(?:study|trial) was (?:set up|designed|conducted|"
        r"carried out)\b|\bthis (?:study|work|trial) (?:set out|sought) to\b",
        # An abstract in the passive voice: "were retrospectively reviewed", "a total of
        # 212 patients", group sizes "(n = 98)".
        r"\b(?:were|was) (?:retrospectively|prospectively|consecutively) (?:reviewed|"
        r"analy[sz]ed|enrolled|included|collected|evaluated|identified|recruited)\b",
        r"\bA total of \d[\d,]* (?:consecutive |eligible )?(?:patients|participants|subjects|"
        r"cases) (?:with\b|were (?:enrolled|included|analy[sz]ed|randomi[sz]ed|identified|"
        r"eligible|recruited|evaluated|reviewed)\b)", r"\(n ?= ?\d+\)"),
         "It describes its own study in the words of the researchers ('we analyzed').", GENRE,
         ("We analyzed 721 patients.", "The primary endpoint was overall survival.",
          "This retrospective study included 456 patients.",
          "This multicenter, open-label phase 2 trial enrolled 40 adults.",
          "212 patients who underwent TACE were retrospectively reviewed.",
          "A total of 212 patients were included.",
          "A total of 56 patients with HCC", "TACE plus lenvatinib (n = 98)",
          "This phase II trial was set up to test safety.",
          "This study set out to establish clinical-scale production.",
          "Our objective is to show the trends of the field.",
          "The safety of the cells will be studied in this trial."),
         ("She said it helped.", "A total of 3,000 patients were treated at our clinic.",
          "Records were reviewed by the nurse."),
         weight=1.5),
    # A journal's front matter and a title that names the design ("...: a case report").
    Rule("st-study-front-matter", ST.study_report, (
        r"\bAccepted for publication\b",
        r"^[ \t]*+\*?(?:Keywords?|Key ?words|Corresponding author|Trial registration|"
        r"Abbreviations|Received(?: [Dd]ate)?|Accepted(?: [Dd]ate)?)[ \t]*+[:.]",
        r"^[ \t]*+(?:Journal|Authors?|Affiliations?)[ \t]*+:",
        r"^[ \t]*+(?:Article|Paper|Review) published in (?-i:[A-Z])",
        r"^[ \t]*+Authors?[ \t]*+(?-i:[A-Z][a-z]++ [A-Z]{1,2}\b)",
        r"\bpeer[- ]review(?:ed)? by\b|\b(?:single|double)[- ](?:anonymous|blind) peer review\b",
        r"^[^\n]{10,300}?:[ \t]*+(?:an? )?(?:case report|(?:retrospective|prospective|"
        r"observational|cohort) (?:study|analysis)|(?:[\w-]+, ){0,3}(?:open[- ]label, )?"
        r"(?:randomi[sz]ed,? )?(?:single[- ]arm,? )?phase [\w/]+ (?:study|trial)|systematic "
        r"review|meta-analysis|umbrella review)\b[^\n]{0,40}$",
        r"^[ \t]*+(?:A )?(?:Phase (?:I{1,3}|[1-3])(?:/I{1,3}|/[1-3])?|Randomi[sz]ed|"
        r"Retrospective|Prospective) [^\n]{0,80}?\b(?:Study|Trial|Analysis) of\b",
        # A database's citation line: "Biomolecules. 2025 Aug 14;15(8):1166. doi: ...".
        r"^[ \t]*+(?-i:[A-Z][\w .&-]{1,60}?)\.? (?:19|20)\d\d"
        r"(?: (?-i:[A-Z][a-z]{2})(?: \d{1,2})?)?; ?\d+(?:\(\d+\))?:[ \w-]{1,12}\."),
         "It has the front matter of a journal paper (authors, review dates, a title naming "
         "the design).", GENRE,
         ("Accepted for publication 3 May 2019",
          "Authors Lee K, Park J, Kim S",
          "Expanded NK cells for liver cancer: a case report",
          "Drug X in advanced sarcoma: an international, open-label, phase 2 trial",
          "Phase I Study of Donor NK Cells in Lymphoma",
          "Keywords: hepatocellular carcinoma; TACE", "Trial registration: NCT01234567",
          "Biomolecules. 2025 Aug 14;15(8):1166. doi: 10.3390/biom15081166.",
          "J Clin Oncol. 2019;37(15):e14012.", "J Clin Exp Invest 2019;10(3):em00727.",
          "Journal: Ciencia y Frontera, 2024", "Authors:\n  1. Ana Ruiz",
          "Article published in Urologia Polska 2007/60/2.",
          "*Corresponding author: Ann Lee, College of Medicine",
          "Received Date: 9 August, 2020; Accepted Date: 13 August, 2020"),
         ("What is a case report?", "Authors of the guide: the nursing team",
          "The article published in Nature was covered widely.",
          "Read more: a trial to watch", "Call us. 2025 prices: $12,000."),
         weight=1.5),
    # --- press release --------------------------------------------------------------
    Rule("st-pr-wire", ST.press_release, (
        r"\b(?:PR ?Newswire|Business ?Wire|GLOBE ?NEWSWIRE|Accesswire|EIN Presswire|"
        r"Newswise|EurekAlert!?|Marketwired?)\b",
        r"\b(?:to|yester|mon|tues|wednes|thurs|fri|satur|sun)day announced\b",
        r"\bannounced today\b",
        r"\b(?:is|are) (?:pleased|proud|excited|delighted|thrilled) to (?:announce|report|share)\b",
        r"\btop-?line (?:results|data)\b", r"\bsafe harbor\b",
        r"\bundertakes? no obligation to (?:update|revise)\b", r"^[ \t]*+#{3}[ \t]*+$",
        r"^[ \t]*+(?-i:SOURCE):?[ \t]++(?-i:[A-Z])",
        r"\b(?:NASDAQ|NYSE|Nasdaq|LSE|TSX|ASX|KOSDAQ|HKEX|HKEx|SEHK|SSE|SZSE)\s?:\s?"
        r"(?:[A-Z]{2,5}|\d{3,6})\b",
        # Asian listings name the code first or beside the exchange: "144510:KOSDAQ",
        # "TWSE 6814".
        rf"\b\d{{4,6}}\s?:\s?(?-i:{_ASIAN_EXCHANGES})\b",
        rf"\b(?-i:{_ASIAN_EXCHANGES})\s?:?\s?\d{{4,6}}\b",
        r"\bforward[- ]looking statements?\b",
        # "About Acme Therapeutics" closes a release; "About TACE" heads an explainer.
        r"^[ \t]*+About (?:the )?(?:[A-Z][\w&.,-]*+ ){0,5}(?-i:Therapeutics|Bio\w*|Pharma\w*|"
        r"Inc\.?|Ltd\.?|LLC|University|Institute|Health|Hospitals?|School of \w+|College|"
        r"Cent(?:er|re)|Oncology|Sciences?|Corporation|Group|Foundation|Genetics|Immuno\w*|Labs?|"
        r"Medical \w+|Trust)(?: (?:of|for) [A-Z][\w&.-]*+(?: [A-Z][\w&.-]*+)*+)?"
        r"[ \t]*+$",
        r"^[ \t]*+About (?-i:[A-Z][a-z]++[A-Z]\w*+)[ \t]*+$",
        # Any name, when the next line says it is an organisation ("About Arcadia X" /
        # "Arcadia X is a clinical-stage company"): the boilerplate that closes a release.
        r"^[ \t]*+About (?:the )?(?P<org>(?-i:[A-Z][\w&.-]*+(?: [A-Z][\w&.-]*+){0,4}))[ \t]*+\n"
        r"\s{0,4}(?:the )?(?P=org),? (?:is an? [^.\n]{0,60}?\b(?:company|organi[sz]ation|"
        r"university|institute|charity|foundation|firm|developer|manufacturer|provider)\b|"
        r"develops|was founded)",
        # A headline where a named organisation announces its own news.
        r"^[ \t]*+(?-i:[A-Z][\w&.-]*+ ){1,4}(?-i:Announces|Reports|Receives|Unveils) "
        r"(?-i:[A-Z0-9])",
        r"\b(?:media|investor) (?:contacts?|relations)\b",
        # ...not a reporter's source: "according to a press release from the company".
        r"(?<!according to a )(?<!according to the )(?<!according to its )(?<!\bin a )"
        r"(?<!\bin the )(?<!\bin its )(?<!\bcompany )\bpress release\b",
        r"\b(?:the company|our company) (?:announced|plans|expects)\b",
        r"\b(?:chief executive officer|CEO|chief medical officer|CMO) (?:of|at) [A-Z]",
        r"\bmedia (?:enquiries|inquiries)\b", r"\bnotes? to editors?\b", r"\bpress[ .]office\b",
        r"\bfor further information,? please contact\b", r"\bfor immediate release\b",
        r"\b(?:university|college|institute|hospital) (?:communications|news office)\b"),
         "It reads like a press release (company announcement wording).", GENRE,
         ("CAMBRIDGE, Mass., May 2, 2024 /PRNewswire/ --", "Acme Bio (NASDAQ: ACME) today "
          "announced results.", "This release contains forward-looking statements.",
          "Media enquiries: press.office@example.ac.uk", "Notes to editors",
          "For further information, please contact:", "FOR IMMEDIATE RELEASE",
          "Contact: Tom Riley, University Communications", "About Nkora Therapeutics",
          "About the University of Westmoor", "About CellNova",
          "About Orbis Cellworks\nOrbis Cellworks is a clinical-stage company.",
          "The full press release is below.",
          "About Meridian\nMeridian develops cell therapies.",
          "Norvale Bio Announces FDA Approval of Its CAR-T Product",
          "Acme Bio announced today that", "Acme is pleased to announce positive results",
          "positive topline results from its Phase 2 trial", "###", "SOURCE Acme Bio",
          "Harbor Therapeutics (HKEx: 2126), a biotechnology company",
          "Newswise — New Brunswick, N.J., August 19, 2024",
          "GC Cell (144510:KOSDAQ) and Lukas (TWSE 6814)",
          "SOURCE: Baja Clinic", "SAN DIEGO, CA--(Marketwire - Jun 27, 2011)"),
         ("He read the news.", "About TACE", "About melanoma", "About Orbis Cellworks",
          "The rate was 17%, according to a press release from the company.",
          "The team reports results in the journal.",
          "About CAR-T\nCAR-T is a treatment made from your own cells."),
         weight=2.0),
    # --- news -----------------------------------------------------------------------
    Rule("st-news-reporting", ST.news, (
        r"\b(?:said|says|told|explained|noted|added)\b[^.\n]{0,60}\b(?:Dr\.?|professor|"
        r"researcher|author|who led|oncologist)\b",
        r"\b(?:Dr\.?|Professor|Prof\.) [A-Z][a-z]+[^.\n]{0,120}\b(?:said|says|told|explained)\b",
        r"\b(?:published|appeared|reported) (?:this week |today |recently )?in (?:the )?"
        r"(?:journal )?[A-Z]",
        r"\baccording to (?:the|a) (?:study|researchers|authors|trial|report)\b",
        r"\baccording to (?:doctors|researchers|scientists|experts|the team)\b",
        r"\b(?:has|have) not (?:yet )?published\b",
        r"\bthe (?:team|researchers|hospital|scientists) (?:plans?|hopes?|said|says|is now)\b",
        r"\b(?:a|the) (?:new|recent|latest) (?:study|trial|research|clinical trial|early-phase)"
        r"\b", r"\bresearchers (?:at|from|found|say|said|reported|tested|led)\b",
        r"\bthe (?:study|trial)['’]s (?:authors|lead|results)\b",
        r"\b(?:independent|outside) experts?\b", r"\bwho was not involved\b",
        # A reporter attributes a company's claims to it ("its developer said on Friday").
        r"\b(?:the|its) (?:company|drugmaker|developer|firm|manufacturer) said\b",
        r"\bsaid (?:on|in a statement on) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
        r"Sunday)\b",
        # A quoted expert with degrees after the name ("says Ann Lee, MD, of ...").
        r"\b(?:says|said|adds|added|explains|explained)\b,? (?-i:[A-Z][\w.'’-]*+ ){1,3}+"
        r"(?-i:[A-Z][\w'’-]*+), (?-i:MD|PhD|DO|MBBS|FRCP)\b",
        r"\bsaid in a (?:news release|statement|press release|press briefing)\b",
        # A reporter names a release as the source: "according to a press release from the
        # company", "in a company press release".
        r"\b(?:according to|cited in|in) (?:a|the|its|their) (?:[\w-]+ ){0,2}(?:press|news) "
        r"release\b",
        # "told Reuters", "told The Times"; an AP-style dateline "NEW YORK —".
        r"\btold (?:the )?(?-i:[A-Z][\w&]++)(?: (?-i:[A-Z][\w&]++)){0,2}(?= (?:on|in|that|last|"
        r"this)\b|[.,])",
        r"^[ \t]*+(?-i:[A-Z]{3,}(?: [A-Z]{2,})?)(?:, (?-i:[A-Z][a-z]{1,9})\.?)?[ \t]*+[—–]",
        # News happens on a day of the week; an explainer is not dated that way. A
        # headline where an agency acts ("FDA approves ...") reports its news.
        r"(?<!closed )(?<!open )\b(?:on|last|this|late|early) (?-i:Monday|Tuesday|Wednesday|"
        r"Thursday|Friday|Saturday|Sunday)\b",
        r"^[ \t]*+(?:The )?(?:US |U\.S\. )?(?-i:FDA|EMA|NICE|MHRA|NMPA|CDSCO|Health Canada) "
        r"(?:approves|clears|grants|rejects|warns|investigates|expands|adds|backs|recommends)\b",
        r"\bas (?:has been )?(?:widely )?reported (?:by|in|earlier)\b"),
         "It reports on research done by others ('researchers found', 'said Dr ...').", GENRE,
         ("The study was published in the journal Blood.",
          "The rate was 17%, according to a press release from the company.",
          "So said the chair of the board, in a company press release.",
          "'This is early,' said Dr. Lee, who led the trial.",
          "In a recent early-phase clinical trial",
          "no patient had severe neurotoxicity, the company said.",
          "its developer ImmunoACT said on Friday.",
          "\"It is early,\" says Maria Costa, MD, PhD, of the cancer centre.",
          "the agency's director said in a news release.",
          "the clinic's owner told Reuters on Friday.", "NEW YORK — A new cell therapy",
          "The ministry on Wednesday issued an order.",
          "FDA approves first engineered T-cell therapy for a solid tumor"),
         ("CAR-T cells are made from your blood.", "Your doctor told you about CAR-T.",
          "The clinic is closed on Sunday.", "The FDA approved it in 2017.",
          "Tell your doctor. CRS — cytokine release syndrome"),
         weight=1.0),
    Rule("st-news-byline", ST.news, (
        r"\((?-i:Reuters|AP|AFP|Bloomberg|CNN|BBC|[KW][A-Z]{2,3}(?:-TV)?)\)\s?[-–—]",
        # Any outlet's dateline: "(Courier) Dec. 5 --" or "By Ann Lee, IANS,".
        r"^[ \t]*+\((?-i:[A-Z][A-Za-z]{1,20})\) (?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
        r"Nov|Dec)[a-z]*+\.? \d{1,2} ?[-–—]",
        r"^[ \t]*+By (?-i:[A-Z][\w.]*+ ){1,3}+(?-i:[A-Z][\w'’-]*+), "
        r"(?!(?-i:MD|DO|RN|PhD|MBBS|FRCP|MPH)\b)(?-i:[A-Z]{2,5})[,\s]",
        r"^[ \t]*+(?:DATE|SOURCE):[^\n]*+\n[^\n]{0,10}(?:SOURCE|DATE):",
        r"\b(?:investigations?|news|health|science|metro) (?:team|desk)\b",
        r"\b(?:a|an|the) [A-Z]\w+ (?:investigation|analysis|review) (?:found|showed)\b",
        # A credit line is capitalized: "sent in writing by email" is no credit line.
        r"(?-i:\b(?:Reporting|Editing|Additional reporting|Writing) by [A-Z])",
        r"\b(?:staff writer|(?:health|science|medical|senior|staff) (?:reporter|correspondent|"
        r"editor|writer))\b"),
         "It has a reporter's byline or a news agency's credit line.", GENRE,
         ("CHICAGO, June 2 (Reuters) - A cell therapy", "By Dana Whitfield, Staff Writer",
          "MILLBROOK (WKRB) - A year ago", "By Ann Lee | Courier Investigations Team",
          "A Courier investigation found that the clinic",
          "(Reporting by Ann Lee; Editing by Bill Berkrot)",
          "(Courier) Dec. 5 -- Clinics in the region", "By Ravi K. Menon, PTI,",
          "DATE: 2 hours ago\n/ SOURCE: Courier"),
         ("By Dr. Juan Perez, MD", "Reviewed by our editorial board", "By Ann Lee, MD, PhD",
          "(CRS) May 5 is not a date line",
          "The request must be sent in writing by Email or phone."),
         weight=2.0, credit_line=True),
    # A byline with a plain name is weaker: explainers and blogs are signed too (a clinic
    # blog signs "By Dr. ...", which this leaves out).
    Rule("st-news-byline-name", ST.news, (
        r"^[ \t]*+By (?-i:[A-Z][a-z]++(?: [A-Z]\.)? [A-Z][\w'’-]++(?:,? and [A-Z][a-z]++ "
        r"[A-Z][\w'’-]++)?)[ \t]*+(?:[,|][^\n]{0,120})?$",),
         "It is signed by a named writer, as news stories are.", GENRE,
         ("By Maya Lindqvist and Rohan Desai", "By Priya Raman"),
         ("By Dr. Juan Perez, MD", "By infusing cells, doctors hope to help."),
         weight=1.0),
    # A reporter's voice: the provider and the patient are "they", quoted and reported on
    # (classify.py lets this beat a story's price and promise words when no provider
    # speaks for itself).
    Rule("st-news-voice", ST.news, (
        r"\b(?:reportedly|allegedly)\b",
        r"\b(?:I|we) (?:have|had) been (?:reporting|writing) (?:on|about)\b",
        r"\b(?:medical|health|science) (?:journalist|reporter|writer)s?\b",
        r"\bthe (?:clinic|hospital|doctor|company|centre|center|provider|seller)(?:['’]s)? "
        r"(?:had |has )?(?:said|says|promised|assured|claimed|claims|charged|charges|told|"
        r"advertised|denied|declined)\b",
        r"[\"”],? (?:she|he|they) (?:says|said|recalls|recalled|adds|added)\b",
        r"\b(?:scandal|quackery|uproar|outcry|crackdown)\b",
        # A reporter's contact with the people in the story.
        r"\b(?:could(?:n['’]t| not)(?: immediately)? be reached|be reached [\w ]{0,30}for "
        r"comment|(?:declined|did not respond|"
        r"did not reply|didn['’]t respond) (?:to )?(?:a )?(?:requests? )?(?:for |to )?"
        r"comment)\b|\bsaid in an? (?:telephone |phone |exclusive )?interview\b"),
         "It reports on a clinic or a patient in the third person, as a reporter does.",
         GENRE,
         ("The clinic charged her family $30,000, the report said.",
          "The patient reportedly paid 200,000 yuan.", "the doctor promised his parents",
          "\"It gave me my life back,\" she says.", "a nationwide scandal over the clinic",
          "I have been reporting on oncology for a decade.",
          "Neither he nor the clinic's director could be reached straight away for comment.",
          "The company declined to comment.", "the minister said in a telephone interview."),
         ("Our clinic offers NK cell therapy.", "Reach us by phone for a free quote.",
          "\"I feel great\" - Robert, 58",
          "Tell your doctor about any side effects."),
         weight=1.0, role="reporter"),
    Rule("st-news-blog", ST.news, (
        r"^[ \t]*+Posted (?:by|on) [A-Z0-9]", r"\b\d{1,2} min(?:ute)? read\b",
        # A date line followed by a writer's name line, or an "Updated:" stamp.
        r"^[ \t]*+(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*+\.? \d{1,2},? "
        r"\d{4}[ \t]*+\n[ \t]*+(?-i:[A-Z][a-z]++ [A-Z][a-z'’-]++)[ \t]*+$",
        r"\b\d{4}\s++Updated: (?-i:[A-Z][a-z]++) \d{1,2}, \d{4}\b"),
         "It is a blog post (a third party writing about treatments).", GENRE,
         ("Posted by Jenna | 5 min read", "Posted on 3 March 2026",
          "Mar 12, 2025\nJohn Doyle", "May 2, 2019 Updated: May 3, 2019"),
         ("The results were posted online.", "Read the minutes of the meeting."),
         weight=1.0),
    # --- clinic marketing -----------------------------------------------------------
    Rule("st-clinic-offer", ST.clinic_marketing, (
        r"\b(?:we|our (?:clinic|center|centre|team|doctors|specialists|hospital)) "
        r"(?:(?:have been|['’]ve been|are|now) )?(?:offer|provide|specialize|specialise|deliver|"
        r"use|treat|have treated|can help)\w*\b",
        r"\b(?:our|at our) (?:partner |partnered |affiliated )?(?:clinic|center|centre|patients|"
        r"treatment|protocol|facility|programs?|offices?)\b",
        # A name starts at a token start and is read whole (possessive): "a.a.a.a..." must
        # not be re-read from every letter.
        # Names are capitalized ("R3 Stem Cell offers"); "a cancer center that offers CAR T"
        # is any centre, not the writer.
        r"(?<![\w.])(?!(?-i:It|This|That|The|These|Which|Each|One|An?)\b)"
        r"(?-i:[A-Z][\w.]*+(?: [A-Z][\w.]*+){0,3}) offers? [A-Z]?\w+(?: \w+){0,4} "
        r"(?:therapy|treatment|infusions?)\b",
        # A named provider as the subject: "Riverside Hospital provides TACE treatment".
        r"(?<![\w.])(?!(?-i:It|This|That|The|These|Which|Each|One|An?|Research|Evidence)\b)"
        r"(?-i:[A-Z][\w.]*+(?: [A-Z][\w.]*+){0,3}) (?:provides?|performs?|specializes in|"
        r"specialises in) [A-Z]?\w+(?: \w+){0,4} (?:therapy|treatment|infusions?)\b",
        # The trip the seller arranges: the spec's "location to travel to".
        r"\bairport (?:pick-?ups?|transfers?)\b|\bmedical visas?\b|\bvisa (?:assistance|"
        r"support|invitation)\b|\binterpreters? (?:included|provided|available)\b|"
        r"\b(?:hotel|accommodation) (?:stay )?(?:included|arranged)\b",
        r"\bwhy choose\b", r"\b(?:our|the) (?:treatment|therapy) (?:protocol|plan|scheme) "
        r"(?:starts|includes|consists)\b", r"\bapplication (?:process|takes place)\b",
        r"\bbenefits of our\b", r"\binformed consent letter\b",
        # The provider's own product: "our activated NK cell therapy", "our culture technology".
        r"\b(?:this is |with |at |through )?our (?:(?!(?:immune|bodies|body|own|knowledge|"
        r"understanding|current|best|research|group|team|lab|laboratory|studies|study)\b)"
        r"[\w-]++(?: [\w-]++){0,2}? )?(?:cell )?(?:therap(?:y|ies)|"
        r"immunotherapy|vaccines?|vaccination|technology|technique|laboratory|cell processing)\b",
        r"\bpatented (?:technology|method|process|culture)\b",
        r"\b(?:treatment|technical|management|consultation|examination) fees?\b",
        r"\bpatients from (?:overseas|abroad)\b",
        # A page ranking its own doctor for search engines: "the best medical oncologist in
        # Delhi", "the best cancer hospital near you".
        r"\bbest (?:\w+ ){0,2}(?:oncologists?|doctors?|surgeons?|hospitals?|clinics?|"
        r"specialists?) (?:in|near) (?!the\b)(?:you\b|[A-Za-z]+)",
        # A practitioner writing of the procedures he gives ("a weekend of procedures with
        # my patients") and the clinic he works with ("we've been affiliated with").
        r"\b(?:procedures?|treatments?|injections?|infusions?) (?:with|on|for) my (?:own )?"
        r"patients\b|\bperform(?:ing|ed)? (?:\w+ )?on my (?:own )?patients\b",
        r"\bwe(?:['’]ve| have)? been (?:affiliated|partnered) with\b|"
        r"\bwe(?:['’]re| are) (?:affiliated|partnered) with\b"),
         "It promotes a treatment that the writer offers ('we offer', 'our clinic').", GENRE,
         ("R3 Stem Cell offers Natural Killer Cell Therapy in Tijuana.",
          "This is our activated NK cell therapy.", "With our culture technology, the cells grow.",
          "Patented technology for killer cell therapy", "Treatment fee: see the table.",
          "Patients from overseas pay the full amount.",
          "At our clinic, we offer NK cell infusions.",
          "Riverside Hospital provides TACE treatment for liver cancer.",
          "Airport transfer and interpreter included.", "We help with medical visas.",
          "Our partner clinic in Cancun offers dendritic cell vaccines.",
          "Our vaccine costs $18,000.",
          "a full weekend of procedures with my patients",
          "For years now we've been affiliated with Harbor Cayman.",
          "We have been offering adipose-derived stem cell treatments.",
          "used by the best medical oncologist in Delhi"),
         ("Doctors gave the cells in the trial.", "My patients ask me about it every week.",
          "NK cells help our immune system.",
          "Our understanding of CAR-T therapy has grown.",
          "Our research looks at cell immunotherapy treatments for blood cancers.",
          "The study provides new evidence on the treatment.",
          "This page provides information about CAR-T treatment.",
          "It provides relief after the treatment.",
          "Patients undergoing TACE followed by NK cells can anticipate good outcomes.",
          "Patients are referred to a cancer center that offers CAR T cell therapy.",
          "It ranks among the best hospitals in the country."),
         weight=1.5, role="provider"),
    # A promotional article that drives readers to a treatment without saying who sells
    # it: it votes like a sales page, but it is no evidence that its writer offers the
    # treatment (redflags.py: a provider's own unproven therapy needs the provider).
    Rule("st-promo-article", ST.clinic_marketing, (
        r"\b(?:patients|you) (?:undergoing|receiving) [^.\n]{0,60} can (?:anticipate|expect)\b",
        r"\b(?:expected|clinical) (?:clinical )?outcomes?[ \t]*+$", r"\bbenefits of this\b"),
         "It promises readers the outcomes of a treatment, as an advertisement does.", GENRE,
         ("Patients undergoing TACE followed by NK cells can anticipate good outcomes.",
          "Expected Clinical Outcomes", "The benefits of this therapy are many."),
         ("Patients in the trial could expect visits every week.",
          "Clinical outcomes were measured at 12 months."),
         weight=1.5, role="promo"),
    # --- patient education ----------------------------------------------------------
    # After-care sheets speak to a patient who has had the treatment already; their phone
    # lines are for problems at home, not for selling (classify.py weighs them first).
    Rule("st-aftercare", ST.patient_education, (
        r"\byou (?:have (?:just )?had|just had|are recovering from) (?:an? |your )?"
        r"[\w -]{0,40}(?:procedure|treatment|surgery|infusion|embolization)\b",
        r"\b(?:after|since) your (?:procedure|treatment|infusion|discharge|hospital stay)\b",
        r"\bwhen you (?:go|get|return) home\b", r"\bdischarge instructions\b",
        r"\b(?:paging operator|on[- ]call (?:doctor|resident|nurse)|after[- ]hours (?:line|"
        r"number))\b"),
         "It tells a patient what to do after the treatment (an after-care sheet).", GENRE,
         ("You have just had a chemoembolization procedure.",
          "Rest for two days after your procedure.", "When you go home, drink plenty.",
          "Call the paging operator at night."),
         ("Call us to book your procedure.", "Patients had the procedure in 2019."),
         weight=1.0),
    Rule("st-edu-voice", ST.patient_education, (
        r"\b(?:talk|speak) (?:to|with) your (?:doctor|care team|health ?care team|oncologist|"
        r"nurse)\b", r"\bask your (?:doctor|care team|health ?care team|oncologist|nurse)\b",
        r"\byour (?:doctor|care team|health ?care team|treatment team) (?:will|can|may)\b",
        r"^[ \t]*+(?:What (?:is|are)|How (?:does|do|is)|Who can|What happens|Questions to ask)\b",
        r"\bhow [\w -]{2,40} works\b", r"\bis (?:still )?under (?:investigation|study)\b",
        r"\bonly (?:available )?(?:in|through) (?:a )?clinical trials?\b",
        r"\b(?:National Cancer Institute|American Cancer Society|Cancer Research UK|NHS|"
        r"Macmillan|Leukemia (?:&|and) Lymphoma Society|Cancer\.Net|MedlinePlus|"
        r"Cancer Council|Canadian Cancer Society|ASCO|(?-i:NICE))\b",
        r"\bwhen to (?:call|contact) (?:your|the|a) (?:doctor|nurse|care team|office|hospital)\b",
        r"^[ \t]*+(?:normal )?side effects after\b",
        r"\bthis (?:page|fact sheet|leaflet|guide|booklet) (?:explains|describes|is for)\b",
        r"\b(?:managing|coping with) (?:treatment )?(?:risks|side effects)\b",
        r"^[ \t]*+(?:the )?(?:patient journey|side effects|risks and side effects)\b",
        r"^[ \t]*+(?:Medically |Clinically )?reviewed by (?:the |our )?[^\n]{0,60}\b(?:editorial|"
        r"content|medical|clinical|nursing|information) (?:team|board|staff|panel)\b",
        r"\b(?:page )?last (?:medically )?reviewed:? ", r"\bnext review (?:due|date)\b"),
         "It explains the treatment to patients in a neutral way ('ask your doctor', "
         "'what is').", GENRE,
         ("Talk to your doctor about clinical trials.", "What is CAR-T cell therapy?",
          "How Cellular Immunotherapy Works for Cancer", "When to call your doctor",
          "NICE has approved it for use in the NHS.", "Normal side effects after TACE",
          "Medically reviewed by the Cancer Council editorial team.",
          "Last reviewed: May 2025", "Next review due: 2027"),
         ("Our clinic offers NK cells.",),
         weight=1.0),
    # A research group or institute describing its own research, and asking for
    # support rather than payment: it studies the treatment, it does not sell it.
    Rule("st-research-voice", ST.patient_education, (
        r"\bwe are (?:now )?(?:developing|studying|investigating|researching|working on "
        r"(?:new|ways|methods))\b(?! (?:a |an |your )?(?:personal\w* |individual\w* )?"
        r"(?:treatment|care) plans?)",
        r"\b(?:our|the institute['’]s) (?:researchers|scientists|research (?:team|group|"
        r"programme|program))\b(?! (?:developed|created|invented|patented)\b)",
        r"\b(?:support|fund) (?:our|this|their) research\b", r"\bmak(?:e|ing) a donation\b"),
         "It describes research in progress, as a research group does, not a service.",
         GENRE,
         ("We are developing methods to expand T cells.",
          "Our researchers are engineering T cells.", "You can support our research."),
         ("We are developing a treatment plan for you.",
          "Our researchers developed this patented culture method.",
          "Researchers are testing it."),
         weight=1.0, role="research"),
    # --- what the text is about, and how it frames it (no votes; see classify.py) ----
    # Cell therapies sold outside trials: none of these is an approved cancer treatment
    # (FDA and EMA lists of approved cell therapies; ISSCR warning signs of clinics).
    Rule("st-unproven-cell-therapy", ST.clinic_marketing, (
        r"\b(?:NK|NKT|natural killer|dendritic|CIK|cytokine[- ]induced (?:killer|NK)|"
        r"activated (?:lymphocyte|killer)|killer|γδ ?T|gamma[- ]delta T|αβ ?T|LAK)"
        r"[- ]?cells?(?: \w+)?? (?:therap(?:y|ies)|vaccines?|vaccination|immunotherapy|"
        r"infusions?|treatment)\b",
        # "T-cell immunotherapy" names the engineered T cells of approved CAR-T and TCR-T.
        r"\btumou?r vaccinations?\b", r"(?<!\bT-)(?<!\bT )\bcell (?:relay )?immunotherapy\b",
        # The same services named without "cells": "Dendritic cancer vaccine", "LAK therapy".
        DENDRITIC_VACCINE,
        r"\b(?:LAK|CIK|DC-CIK) (?:therap(?:y|ies)|infusions?|treatment)\b",
        # Lymphocytes grown and given back, and stem cells sold for cancer (not a
        # transplant): "immune cell therapy using the patient's own lymphocytes".
        # Not tumour-infiltrating lymphocyte (TIL) therapy, which is approved.
        r"(?<!infiltrating )\b(?:activated |autologous |expanded )?lymphocyte (?:therapy|"
        r"infusions?|transfer)\b",
        r"\bimmune[- ]cell therap(?:y|ies)\b[^.\n]{0,40}?\b(?:own|autologous|activated) "
        r"lymphocytes\b",
        r"\b(?:mesenchymal|MSC|adipose|umbilical cord|placental|exosome)(?:[- ]derived)?"
        r"(?: autologous| allogeneic)?[- ](?:stem[- ])?cells? "
        r"(?:therap(?:y|ies)|infusions?|treatments?|injections?)\b",
        # Vaccines made from a patient's cells or tumour (not the approved HPV or
        # hepatitis B vaccines that prevent cancer).
        r"\b(?:cell|tumou?r[- ]cell|tumou?r[- ]lysate|autologous(?: tumou?r)?|personali[sz]ed "
        r"(?:tumou?r|cell)) vaccines?\b",
        r"\bimmuno-?cell therapy\b",
        # "Immune cell therapy" alone also names approved CAR-T; with an unproven cell
        # type beside it ("immune cell therapy with NK cells") it names the unproven one.
        r"\bimmune[- ]cell therap(?:y|ies)\b[^.\n]{0,30}?\b(?:NK|NKT|natural killer|dendritic|"
        r"CIK|cytokine[- ]induced killer)\b"),
         "It is about a cell therapy that is not an approved cancer treatment.", GENRE,
         ("Activated NK cell therapy", "Dendritic cell vaccine therapy", "Tumor vaccination",
          "Novel therapies against tumors using cell vaccines", "Tumor vaccinations can help",
          "immune cell therapy using the patient's own lymphocytes",
          "Activated lymphocyte therapy", "mesenchymal stem cell therapy for recovery",
          "Immuno-cell therapy for overseas patients", "CIK relay cell immunotherapy",
          "Immune cell therapy - NK cells", "immune cell therapy with dendritic cells",
          "Dendritic cancer vaccine", "LAK therapy",
          "adipose-derived autologous stem cell treatments"),
         ("CAR-T cell therapy is approved for lymphoma.", "NK cells patrol the body.",
          "T-cell transfer is a kind of immune cell therapy.",
          "Immune cell therapy such as CAR-T is approved.",
          "The HPV vaccine prevents cervical cancer.",
          "A stem cell transplant replaces the bone marrow.",
          "Lymphocytes are white blood cells.",
          "An autologous T-cell immunotherapy, afami-cel is given once.",
          "Tumor-Infiltrating Lymphocyte Therapy is approved for melanoma."),
         weight=0.0, role="unproven_topic"),
    # A text that frames a treatment as research or warns about it is not selling it.
    Rule("st-research-framing", ST.patient_education, (
        r"\bNCT\d{8}\b",
        r"\bnot (?:yet )?(?:been )?(?:(?-i:NICE|FDA|EMA|MHRA|TGA)[- ])?approved\b",
        # "Evidence is still not clear on which is the best type of stem cell to use."
        r"\bevidence (?:is|remains) (?:still )?(?:not (?:yet )?clear|unclear|limited|lacking|"
        r"weak|inconclusive)\b",
        r"\bunproven\b", r"\bunder (?:investigation|study)\b",
        r"\bonly (?:available )?(?:in|through) (?:a )?clinical trials?\b",
        r"\bphase (?:[1-3]|I{1,3})\w*(?:/(?:[1-3]|I{1,3}))? (?:[\w-]+ ){0,3}?(?:clinical )?"
        r"(?:trial|study)\b",
        r"\b(?:more|further|larger) (?:research|studies|trials) (?:is |are )?(?:needed|required)\b",
        r"\bbeing (?:studied|tested|investigated)\b(?! (?:and|&) (?:used|offered|provided))",
        # "Other uses are still experimental", "not yet rigorously proven".
        r"\b(?:still|remains?|are|is) (?:largely |highly )?experimental\b",
        r"\bnot (?:yet )?(?:been )?(?:rigorously |clinically |scientifically |fully )?proven\b"),
         "It frames the treatment as research.", GENRE,
         ("NK cell therapy is not approved.", "It is only available in clinical trials.",
          "we carried out a phase I doctor-initiated clinical trial",
          "more research is needed to unlock their potential",
          "These vaccines are still being studied.",
          "a type of immunotherapy being studied in clinical trials",
          "Other uses are still experimental.", "something as new and not yet rigorously proven",
          "Not NICE approved.", "Evidence is still not clear on which stem cell to use."),
         ("Our NK cells attack cancer.", "Clinical trials in Japan have shown its safety.",
          "a therapy being studied and offered at our clinic",
          "Our clinically proven, experimental-grade laboratory.",
          "The evidence is clear: it works."),
         weight=0.0, role="framing"),
    # Research words alone ("clinical trials", "researchers") also appear on sales pages
    # ("clinical trials have shown ..."): they frame a text as research only when it makes
    # no claim about risk of its own (classify.py).
    Rule("st-research-words", ST.patient_education, (
        r"\bclinical trials?\b", r"\bresearchers?\b", r"\bscientists?\b"),
         "It talks about research on the treatment.", GENRE,
         ("Researchers are testing it.", "NK cells are showing promise in clinical trials."),
         ("Our NK cells attack cancer.",),
         weight=0.0, role="framing_weak"),
    Rule("st-warning", ST.patient_education, (
        r"\bunproven\b", r"\bmisleading\b", r"\bbe (?:wary|careful|cautious)\b",
        r"\bwarning signs?\b", r"\bred flags?\b",
        # A regulator's notice: the penalties for advertising, the readers it protects.
        r"\b(?:civil|criminal) penalt(?:y|ies)\b|\bcriminal offen[cs]es?\b",
        r"\bvulnerable to (?:claims|misleading|false)\b",
        # The critics' name for the trade, and a verdict on a seller's proof.
        r"\bstem[- ]cell tourism\b",
        r"\bnot (?:solid|good|strong|reliable|sound) (?:scientific )?evidence\b",
        r"\bno (?:scientific )?(?:proof|evidence) that (?:it|they|the (?:treatments?|"
        r"therap(?:y|ies)|procedures?|injections?)) (?:works?|helps?)\b",
        # A verdict on the sellers' proof and promises: "anecdotal accounts", "clinics
        # advertise stem cell cures for many different diseases".
        r"\banecdotal (?:accounts|reports|evidence|stories|claims)\b",
        r"\b(?:clinics|companies|providers|sellers|businesses) (?:that |which |who )?"
        r"(?:advertis|market|sell|promot|promis|tout)\w* (?:[\w-]+ ){0,4}?cures?\b"),
         "It warns readers about treatments like this one.", GENRE,
         ("Be wary of clinics that sell it.", "Unproven treatments can harm you.",
          "Warning signs of a clinic",
          "Criminal offences and civil penalties can apply to those who advertise them.",
          "Patients are especially vulnerable to claims about emerging treatments.",
          "saying there is no proof that it works",
          "A phenomenon called stem cell tourism has developed.",
          "Case studies are not solid scientific evidence.",
          "Most of the success stories are anecdotal accounts.",
          "Many clinics advertise stem cell cures for many different diseases."),
         ("Our proven NK therapy.", "There is proof that the treatment works.",
          "Our clinic offers a cure for joint pain.",
          "Anecdotally, patients felt better."),
         weight=1.0, role="warning"),
)
