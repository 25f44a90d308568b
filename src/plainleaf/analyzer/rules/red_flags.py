"""Red flags of commercial or unproven claims (labels spec, section "Red flags").

Sources for the phrase lists: FDA consumer update "Important patient and consumer
information about regenerative medicine therapies" (2019, updated 2023); FTC "Health
Products Compliance Guidance" (2022); ISSCR "Patient handbook on stem cell therapies"
(2008, rev. 2021) and its clinic warning signs; HealthNewsReview.org review criteria
(e.g. "Does the story use unjustifiable, sensational language?", "Does it quantify harms?",
"Does it grade the quality of the evidence?"); Schwitzer G., "A guide to reading health
care news stories", JAMA Intern Med 2014;174(7):1183-6.
"""

from __future__ import annotations

from plainleaf.analyzer.common import SMALL_COUNT
from plainleaf.analyzer.rules import (
    DENIAL,
    NOT_BY_STANDARD_CARE,
    NOT_EDUCATION,
    PROMOTIONAL,
    Rule,
    ctx,
)
from plainleaf.spec import RedFlag, SourceType

CLINIC = ctx(SourceType.clinic_marketing)
CLINIC_PR = ctx(SourceType.clinic_marketing, SourceType.press_release)
FTC = "FTC Health Products Compliance Guidance (2022)"
FDA = "FDA consumer update on unapproved regenerative medicine products (2019)"
ISSCR = "ISSCR patient handbook on stem cell therapies (warning signs of clinics)"
HNR = "HealthNewsReview.org review criteria; Schwitzer, JAMA Intern Med 2014"
SPEC = "plainleaf labels specification"

# Conditions far from cancer that unproven cell products are sold for (FDA 2019; ISSCR).
_OTHER_DISEASES = (
    r"autism|diabetes|multiple sclerosis|parkinson['’]?s|alzheimer['’]?s|(?:osteo)?arthritis|"
    r"anti-?aging|lupus|ALS|COPD|erectile|strokes?|spinal cord injur(?:y|ies)|"
    r"heart (?:failure|disease)|kidney disease|cerebral palsy|crohn['’]?s|"
    r"(?:pulmonary|lung) fibrosis|dementia|psoriasis|neuropathy|infertility|hair loss|"
    r"eye diseases?|mental (?:disorders?|illness(?:es)?)|diseases? of the nervous system|"
    r"epilepsy|macular degeneration|asthma|(?-i:AIDS)|viral infections"
)
_NAMED_STUDY = (
    r"\bjournal\b|\bNEJM\b|\bLancet\b|\bJAMA\b|\bet al\b|\bdoi\b|\bNCT\d{8}\b|published in|"
    r"\(\d{4}\)|\bphase (?:[1-3]|I{1,3})\b|\brandomi[sz]ed\b"
)

RULES: tuple[Rule, ...] = (
    # --- call to action -------------------------------------------------------------
    Rule(
        id="cta-phone",
        code=RedFlag.call_to_action,
        patterns=(
            r"(?<![\w.])(?:\+\d{1,3}[\s.-]?)?\(\d{3}\)[\s.-]?[0-9A-Z]{3}[\s.-]?[0-9A-Z]{4}\b",
            r"(?<![\w.])(?:\+\d{1,3}[\s.-]?)?\d{3}[\s.-]\d{3}[\s.-]\d{4}\b",
            r"(?<![\w.])\+\d{1,3}[\s.-]?\d{2,4}[\s.-]?\d{3,4}[\s.-]?\d{3,4}\b",
            # Mobile numbers written in two groups of five ("+91 98765 43210").
            r"(?<![\w.])\+\d{1,3}[\s.-]?\d{5}[\s.-]\d{5}\b",
            # ...and in groups of two to four, with or without a space after the plus
            # ("+ 1 646 77 21 508", "+90 456 456 78 90").
            r"(?<![\w.])\+ ?\d{1,3}(?:[ .-]\d{2,4}){3,4}\b",
            # A country and area code in brackets: "T. (+6221) 4637120".
            r"\(\+\d{2,6}\)[ .-]?\d{5,8}\b",
            r"\bwhats ?app\b",
            # Numbers dialled at home (a leading 0: 03-5555-1212, 022 5555 1212) and a
            # "Tel" line.
            r"(?<![\w.,-])0\d{1,4}[-\s]\d{3,4}[-\s]\d{4}\b",
            r"\b(?:Tel|Telephone|Phone|Hotline|Helpline|Mobile|Appointments?|Support Number|"
            r"Call Us)\.?[ \t]*+[:-]?[ \t]*+\+?\(?\d[\d ()-]{6,}\d",
            r"\bCall[ \t]*+[:-][ \t]*+\+?\(?\d[\d ()-]{6,}\d",
            # A short area code in brackets: "(65) 6842 0517", "(04) 577 6999".
            r"(?<![\w.])\(\d{2,4}\)[ .-]?\d{3,4}[ .-]\d{4}\b",
        ),
        message="It gives a phone number to call, which is how sellers get you to buy.",
        source=FTC,
        should_flag=("Call +1 (844) 4NK-CELL now.", "Phone 555-123-4567 for details.",
                     "Message us on WhatsApp.", "contact the reception at 03-5555-1212.",
                     "Tel: 022 4567 8910", "+91 98765 43210 Phone Number",
                     "Patient line: + 44 20 55 501 234 (UK)",
                     "APPOINTMENT - (65) 6842 0517", "24/7 Support Number +91-9284-67-5031",
                     "Call : +90 456 456 78 90", "T. (+6221) 4637120, 4637345"),
        should_pass=("The rate was 9.7% vs 38.8% (P < 0.001).", "We analyzed 721 patients.",
                     "NCT01234567 is the trial number.", "Between 2016-2020, 0.5-1.5 mg",
                     "Telomeres shorten with age.", "Appointments: 12 in 2024",
                     "(2019) 123 patients", "Call: the 2024 survey", "+5 points in 3 of 4 tests"),
        # A hospital switchboard or a press office number is not a sales pitch.
        contexts=CLINIC,
        role="contact",  # the seller's own line (classify.signal_hits)
        # Hospital and charity pages carry phone lines and booking buttons too: a
        # weaker sales sign than the kind's weight.
        sales_weight=1.0,
    ),
    Rule(
        id="cta-email",
        code=RedFlag.call_to_action,
        patterns=(
            # A seller's inbox for patients: "info@", "enquiries@", "appointments@".
            r"\b(?:info|contact|enquir\w*|inquir\w*|appointments?|admissions?|patients?|"
            r"international|hello|office|care)@[\w-]+(?:\.[\w-]+)+\b",
            r"\b(?:all )?enquiries (?:are )?welcome\b",
        ),
        message="It gives an address to write to for treatment, which is how sellers get "
        "you to buy.",
        source=FTC,
        should_flag=("Email : info@harbourclinic.example",
                     "All enquiries are welcome: clinic@example.org"),
        should_pass=("Dr Lee (lee@uni.example.edu) led the study.",
                     "Write to the editor at letters@paper.example."),
        # A public body's or a hospital's inbox is not a sales pitch.
        contexts=CLINIC,
        role="contact",
        sales_weight=1.0,
    ),
    Rule(
        id="cta-book",
        code=RedFlag.call_to_action,
        patterns=(
            # "conference call today" in a press release is not a sales pitch.
            r"(?<!conference )\bcall (?:us|today|now|our (?:team|clinic|office)|\w+ today)\b",
            r"\b(?:free|no[- ]cost|complimentary) (?:consultation|assessment|evaluation|"
            r"case review)\b",
            r"\bbook (?:a|an|your) (?:free )?(?:consultation|appointment|call|visit|session|"
            r"treatment|place|spot)\b",
            r"^[ \t]*+book (?:an )?appointment\b",
            r"\b(?:schedule|request|arrange) (?:a|an|your) (?:free )?(?:consultation|"
            r"call|quote)\b",
            r"\b(?:schedule|request|arrange) (?:a|an|your) free appointment\b",
            r"\bcontact us (?:for|to|today|now|by (?:e-?mail|phone|telephone))\b",
            r"\bget in touch (?:with us|today)\b", r"\bcontact with us\b",
            r"\bdo you need our help\b", r"\bsecond[- ]opinion consultation\b",
            r"\bapply now\b",
            r"\b(?:fill(?:ing)? (?:in|out)|submit(?:ting)?|complet(?:e|ing)) (?:the|our|this) "
            r"(?:online |contact |short |consultation |enquiry |inquiry )?(?:form|application)\b",
            r"\blimited (?:spots|places|availability|time offer)\b",
            r"\bsend us your (?:medical )?(?:reports|records|scans|results|files)\b",
            # A seller's price calculator: "Treatment on-line cost calculation".
            r"\b(?:on-?line |free )?(?:cost|price) (?:calculation|calculator)\b",
            r"\bsend your (?:medical )?(?:reports|records|scans|results|files) to (?:our|us)\b",
            r"\bonline consultation\b",
            # "Click here" alone is a web page's link ("click here for the handbook").
            r"\bclick here to (?:book|contact|schedule|request|apply|register|buy|order|pay|"
            r"get (?:a|your) (?:free )?(?:quote|consultation|appointment))\b",
            r"\bconsult (?:with )?(?:our|an?|one of our) (?:\w+ )?(?:experts?|doctors?|"
            r"specialists?)\b",
            r"\b(?:consultation|assessment|evaluation|review)\b[^.\n]{0,60}\bfree of charge\b",
            r"\bget (?:a|your) (?:free )?(?:quote|evaluation|second opinion)\b",
            r"\b(?:cost estimate|price quote|personali[sz]ed quote|treatment quote)\b",
        ),
        message="It pushes you to book, call or sign up.",
        source=FTC,
        should_flag=("Treatment on-line cost calculation", "Call us today to start.",
                     "Book your free consultation now.",
                     "Schedule your free appointment today.",
                     "Start your online consultation.",
                     "Click here to book your consultation.",
                     "Contact us for a quote.",
                     "Contact us by email or phone and we will walk you through it.",
                     "Do you need our help? Contact with us.",
                     "Request a Second Opinion consultation.",
                     "Schedule a consultation with our team.",
                     "Complete our online form and we will call you.",
                     "Start by filling in the Consultation Form at this link.",
                     "Consult with a clinic specialist.",
                     "The doctor's preliminary assessment of records is free of charge.",
                     "Book Appointment for Liver Tumour Treatment",
                     "Please send your medical records to our International Department."),
        should_pass=("Call your care team if you have a fever.",
                     "Call us if your fever is above 38.5 C or if pain is not controlled.",
                     "When to call us straight away",
                     "The company will host a conference call today at 8:30 a.m.",
                     "Request an appointment online.",
                     "Ask your doctor if a trial could suit you.",
                     "Your doctor will send your records to the transplant centre.",
                     "The book chapter reviews CAR-T.",
                     "If you are a healthcare professional, please click here.",
                     "Book an appointment with your current doctor to go through your options."),
        # "Call us if your fever is above 38.5 C" is care advice, not a sales pitch.
        # "Book an appointment with your current doctor" is an explainer's advice.
        unless=(r"\b(?:when|if) to call us\b|\bcall us (?:straight away|right away|at once|"
                r"immediately|any time|day or night)|\bcall us\b[^.\n]{0,40}\b(?:if|when)\b",
                r"\bwith your (?:current |own |usual |regular )?(?:doctor|GP|oncologist|"
                r"specialist|care team|health ?care team|cancer team)\b"),
        unless_window=80,
        contexts=ctx(SourceType.clinic_marketing, SourceType.news),
        role="contact",  # the seller's own line (classify.signal_hits)
        strong_sales=True,  # a sign of selling that an explainer never carries
    ),
    Rule(
        id="cta-enrol",
        code=RedFlag.call_to_action,
        patterns=(
            r"\b(?:free|complimentary) consult(?:ing|ancy)\b",
            r"\bleave your (?:phone number|number|contact details|details)\b",
            r"\b(?:our|a) (?:representative|coordinator|manager|consultant) will (?:contact|"
            r"call|get back to) you\b",
            r"\bsend us (?:the following|these|all) (?:medical )?(?:documents|reports|records)\b",
            r"\b(?:monies|payment|deposit|fees?) (?:due )?(?:must|should|is to) be paid\b",
            r"\bprices? (?:for|of) (?:the )?[\w -]{0,30}\b(?:treatment|therapy|transplant|"
            r"procedure)s?\b",
            r"^[ \t]*+contact us[ \t]*+$",
            # The buttons and headings of a sales page: "Inquiry Form", "Package Details",
            # "Our Prices", "Treatment Financing", "Send Us Questions".
            r"\b(?:inquiry|enquiry) form\b",
            r"^[ \t]*+(?:our prices?|package details|treatment financing|send us (?:your )?"
            r"questions|get (?:a )?(?:free )?consultation)\b[^\n]{0,40}$",
            r"\b(?:interest-free|monthly) (?:instal?lment|payment)s?(?: plans?)?\b",
            # A seller's invitation and its price pitch: "please contact our Client Services
            # team", "please call one of our office numbers", "Affordable Prices", "Best
            # prices guaranteed!", "Low cost treatment" (not "please contact the hospital if
            # your temperature rises", care advice, nor a press office or a regulator).
            r"(?<!enquiries, )\bplease (?:contact|call|enquire|inquire)\b(?! (?:the )?FDA\b|"
            r" your (?:doctor|GP|nurse|care team|specialist)\b)(?![^.\n]{0,60}\b(?:if|when)\b)",
            r"\b(?:affordable|competitive|best|lowest|reasonable) prices?\b",
            r"\blow[- ]cost treatments?\b",
        ),
        message="It asks you to get in touch, send your records or pay, to get the treatment.",
        source=FTC,
        should_flag=("Book free consulting session with our expert.",
                     "Please leave your phone number and our representative will get back to "
                     "you.", "Please send us the following documents:",
                     "All monies due must be paid a week before the appointment.",
                     "What are the prices for bone marrow transplant in Turkey?",
                     "Contact Us", "Fill out the inquiry form.", "Package Details",
                     "Get consultation Free Call", "an interest-free installment plan",
                     "If your question is not listed, please contact our Client Services team.",
                     "please call one of our office numbers listed on this site",
                     "Affordable Prices: treatment costs less than in the West.",
                     "Best prices guaranteed!", "Low cost treatment, better outcome."),
        should_pass=("Contact us if you have questions about this leaflet.",
                     "Your details are kept on a confidential form.",
                     "Details of the package insert are listed below.",
                     "Prices of cancer medicines keep rising.",
                     "Your nurse will contact you after the scan.",
                     "The fee was paid by the study sponsor.",
                     "Please contact the hospital if your temperature is 38 C or more.",
                     "For all media enquiries, please contact the press office.",
                     "Please contact FDA at the address below.",
                     "Please contact your doctor about these side effects."),
        # Hospital pages carry contact lines too: a sign shown only on a sales page.
        contexts=CLINIC,
        sales_weight=1.0,
    ),
    Rule(
        id="cta-appointment",
        code=RedFlag.call_to_action,
        patterns=(
            r"\b(?:request|make|schedule|arrange) (?:an|your) (?:online )?appointment\b",
            r"\bappointment request\b",
        ),
        message="It asks you to make an appointment to get the treatment.",
        source=FTC,
        should_flag=("Request an appointment online.", "Schedule your appointment today.",
                     "Make an Online Appointment",
                     "Fill in the appointment request form."),
        should_pass=("Your nurse will explain what happens at each visit.",
                     "Bring a list of your medicines."),
        # Hospital programme pages carry the same button: a weak sales sign (classify.py),
        # shown as a flag only on a sales page.
        contexts=CLINIC,
        role="contact",  # the seller's own line (classify.signal_hits)
        # Hospital and charity pages carry phone lines and booking buttons too: a
        # weaker sales sign than the kind's weight.
        sales_weight=1.0,
    ),
    Rule(
        id="cta-price",
        code=RedFlag.call_to_action,
        patterns=(
            # Atomic groups: "$2.1 billion" must not match as "$2".
            r"(?:US\s?)?\$\s?(?>\d[\d,]*(?:\.\d+)?)(?!\s?(?:million|billion|bn|mn|m|trillion)\b)"
            r"(?:\s?(?:USD|k))?",
            r"[€£]\s?(?>\d[\d,.]*)(?!\s?(?:million|billion|bn|mn|m|trillion)\b)",
            # From the first digit only, read whole: "1,1,1,..." is not re-read per digit.
            r"(?<![\w,.])\d[\d,.]*+\s?(?:USD|EUR|euros|(?:US |U\.S\. |American |Canadian |"
            r"Australian |Singapore )?dollars|RMB|CNY|INR)\b",
            # Philippine pesos written with a "P" and thousands ("P500,000"), not a P value.
            r"(?<![\w.])(?:PHP|Php|₱|P)\s?(?>\d{1,3}(?:,\d{3})+)(?!\d|,\d)",
            # Decimals read whole: "RM11.4 million" is a sum, not "RM11".
            r"\b(?:USD|EUR|JPY|HKD|THB|INR|AED|CHF|SGD|MYR|RM|RMB|CNY|KRW|TRY|Rs\.?)\s?"
            r"(?>\d[\d,]*(?:\.\d+)?)"
            r"(?!\s?(?:lakh|crore|million|billion|bn|mn|m|trillion)\b)",
            r"[¥₹₩฿]\s?(?>\d[\d,]*(?:\.\d+)?)(?!\s?(?:million|billion|bn|mn|m|trillion)\b)",
            r"(?<![\w,.])\d[\d,.]*+\s?(?:yen|baht|rupees|yuan|ringgit|lira)\b",
            r"\b(?:treatment|therapy|care|all[- ]inclusive) packages?\b",
            r"\b(?:price|cost)s? (?:start(?:s|ing)? )?(?:from|at)\b",
            r"\bpayment plans?\b|\bfinancing (?:is )?available\b",
        ),
        message="It gives a price or a package, which means it is selling a treatment.",
        source=FTC,
        should_flag=("The full course costs $25,000.", "Our treatment package includes a hotel.",
                     "Prices start from 9,000 euros.", "Starts from India USD 150000",
                     "The course costs approximately 1,200,000 RMB.",
                     "Treatment costs $35,000 and is not covered by insurance.",
                     "One infusion: JPY 324,000 including tax.", "A session costs 90,000 baht.",
                     "The therapy is offered for approximately RM200,000.",
                     "It costs around P500,000 to P800,000.", "P1,200,000, paid upfront",
                     "The cost of treatment can go up to 35000 US dollars."),
        # (market figures in other currencies, such as "Rs 40 lakh", are not prices)
        should_pass=("The drug was approved in 2017.", "Costs of care vary by country.",
                     "Analysts expect sales of $2.1 billion.", "a £40m grant",
                     "a state budget of Rs 5 crore",
                     "The list price of Amtagvi is about $515,000, not counting hospital "
                     "costs.", "Her fundraiser tops $50,000.", "P<0.001 and P = 0.087",
                     "P500 is the name of the protein.",
                     "The foundation has spent over RM11.4 million on patients' care."),
        # A price reported by a charity or a reporter ("the list price is $515,000", a
        # fundraiser, a newspaper subscription) describes the market; it does not sell.
        # (Insurance words do not cancel: "$35,000, not covered by insurance" still sells.)
        unless=(r"\blist price\b|\bwholesale\b|\bnot counting\b|\bfundrais\w+|"
                r"\bcrowdfund\w*|\bGoFundMe\b|\bsubscri\w+",),
        contexts=ctx(SourceType.clinic_marketing, SourceType.press_release),
        strong_sales=True,  # a sign of selling that an explainer never carries
    ),
    # --- offered outside trials -------------------------------------------------------
    Rule(
        id="outside-trials-abroad",
        code=RedFlag.offered_outside_trials,
        patterns=(
            # "offers new hope for patients in India" offers no treatment.
            r"\b(?:(?:offers?|offering)(?! (?:new |fresh |renewed |real )?hope\b)|provides?|"
            r"available|performed|administered|treat(?:s|ed)? "
            r"patients|takes? place|clinics?|cent(?:er|re)s?|offices?|facility|hospital)\b"
            r"[^.\n]{0,80}\bin (?:Tijuana|Mexico|Canc[uú]n|Panama|Costa Rica|the Bahamas|Bahamas|"
            r"Cayman|Grand Cayman|Colombia|the Dominican Republic|Pakistan|Islamabad|Ukraine|"
            r"Germany|Switzerland|Austria|Kyiv|Russia|Thailand|Bangkok|Malaysia|China|Beijing|Shanghai|Guangzhou|India|"
            r"Turkey|Istanbul|Serbia|Belgrade|Georgia|Tbilisi|Kazakhstan|Dubai|Cyprus|Antigua)\b",
            r"\b(?:hospital|clinic|cent(?:er|re)) (?:in )?(?-i:Guangzhou|Beijing|Shanghai|Tijuana|"
            r"Canc[uú]n|Panama|Bangkok|Istanbul|Kyiv|Islamabad|Nassau|Shenzhen)\b",
            # "Clínica Renacer - Cancún": a clinic named with a cell-therapy tourism town.
            r"\b(?:clinic|cl[ií]nica|hospital|cent(?:er|re)|centro)\b[^.\n]{0,40}"
            r"\b(?-i:Tijuana|Canc[uú]n|Nassau|Grand Cayman|Playa del Carmen|Puerto Vallarta)\b",
            r"\bmedical tourism\b", r"\btravel (?:abroad|overseas) for\b",
            r"\bpatients (?:from|coming from) (?:all over|around) the world\b",
            r"\b(?:international|foreign|overseas) (?:patients|team|office|desk|department|"
            r"patient (?:coordinator|department|office|services|cent(?:er|re)))\b",
            r"\binternational medical (?:cent(?:er|re)|department|services)\b",
            r"\bpatients from (?:more than |over )?\d+ countries\b",
            r"\bpatients from (?:all|many|other) countries\b",
            r"\bpatients from (?:overseas|abroad)\b",
            # A clinic named after a cell-therapy tourism hub ("Tijuana partner facility").
            r"\b(?-i:Tijuana|Canc[uú]n|Bangkok|Nassau|Istanbul|Kyiv)\b[^.\n]{0,30}"
            r"\b(?:clinic|cent(?:er|re)|hospital|institute|facility)\b",
            r"\btreatment (?:abroad|overseas)\b",
        ),
        message="It sells the treatment in another country, outside a registered clinical trial.",
        source=f"{FDA}; {ISSCR}",
        should_flag=("R3 offers NK cell therapy in Tijuana Mexico.",
                     "Treatment takes place in our clinic in Cancun.",
                     "At our clinic in Cancún, we offer dendritic cell vaccines.",
                     "Many patients choose medical tourism for CAR-T.",
                     "Our International Office handles visas.",
                     "GoldenCell Hospital - International Medical Center",
                     "Patients from all countries are welcome.",
                     "Patients from abroad pay the full fee.",
                     "Our Tijuana partner facility offers advanced protocols.",
                     "Bangkok Advanced Cell Center",
                     "Clínica Renacer - Cancún, Quintana Roo"),
        should_pass=("The trial enrolled patients in Germany and France.",
                     "NK cells were tested in mice.",
                     "The trial ran at National Taiwan University Hospital, Taipei.",
                     "The therapy offers new hope for patients in India."),
        contexts=CLINIC,
        strong_sales=True,  # a sign of selling that an explainer never carries
        cancels=("approved_kind_abroad",),
    ),
    Rule(
        id="outside-trials-no-trial",
        code=RedFlag.offered_outside_trials,
        patterns=(
            r"\b(?:no need|without (?:having )?(?:the need )?to|(?:don['’]t|do not) (?:have|need)"
            r" to)(?: to)? "
            r"(?:wait (?:for|to join)|join|enrol+|enter|qualify for) (?:a |any )?"
            r"(?:clinical )?trials?\b",
            r"\bwithout (?:joining|enrolling in|being in) a (?:clinical )?trial\b",
            r"\bwithout waiting for (?:a |any )?(?:clinical )?trials?(?: enrol+ment)?\b",
            r"\bnot (?:yet )?available in the (?:United States|U\.?S\.?A?|UK|EU|European Union)\b",
            r"\b(?:available|offered|provided) (?:now |today )?(?:outside|before) "
            r"(?:of )?(?:a |any )?(?:clinical )?trials?\b",
            r"\bnot (?:yet )?(?:FDA[- ])?approved\b[^.\n]{0,80}\b(?:we|our (?:clinic|"
            r"patients|doctors))\b",
            r"\b(?:we|our clinic) (?:can )?(?:offer|provide)s? (?:it|this|these|them) "
            r"(?:to (?:any|all) patients|without)\b",
        ),
        message="It offers an unproven treatment for a fee outside a clinical trial.",
        source=f"{FDA}; {ISSCR}",
        should_flag=("No need to wait for a clinical trial: start next week.",
                     "You can get CAR-T cells without joining a trial.",
                     "Available to all patients without waiting for trial enrolment.",
                     "Our partner offers protocols not yet available in the United States."),
        should_pass=("Ask if you can join a clinical trial.",
                     "The therapy is only available in clinical trials."),
        contexts=CLINIC,
        strong_sales=True,  # a sign of selling that an explainer never carries
    ),
    Rule(
        id="outside-trials-self-pay",
        code=RedFlag.offered_outside_trials,
        patterns=(
            r"\bself[- ]pay\b", r"\bpayable in advance\b", r"\bpaid in advance\b",
            r"\b(?:health )?insurance (?:does not|doesn['’]t|will not|won['’]t) (?:cover|pay)\b",
            r"\binsurance (?:in|of) (?:\w+ ){1,2}(?:does not|doesn['’]t) cover\b",
            r"\bnot covered by (?:\w+ )?(?:health )?insurance\b",
        ),
        message="It sells the treatment for cash, outside insurance and outside a clinical "
        "trial: a sign of an unapproved treatment.",
        source=f"{FDA}; {ISSCR}",
        should_flag=("Treatments are self-pay.", "Costs: from 9,000 euros, payable in advance.",
                     "Statutory health insurance does not cover the treatment.",
                     "The therapy is not covered by health insurance.",
                     "National Health Insurance in Norland does not cover it."),
        should_pass=("Ask your insurer what is covered.",
                     "Trial treatment is paid for by the sponsor."),
        contexts=CLINIC,
    ),
    # --- vague evidence -------------------------------------------------------------
    Rule(
        id="vague-studies-show",
        code=RedFlag.vague_evidence,
        patterns=(
            r"\b(?:(?:many|several|numerous|multiple|recent|clinical|scientific|other) )?"
            r"(?:(?:international|published|independent|medical|peer-reviewed) )?"
            r"(?:studies|research|researches|trials|evidence|science|publications|papers|"
            r"observations|experiences) "
            r"(?:to date )?(?:have |has |are |is )?(?:clearly |consistently |repeatedly |also |"
            r"now |already )?"
            r"(?:show|shown|shows|showed|showing|prove[ns]?|proved|proving|demonstrate[sd]?|"
            r"demonstrating|confirm(?:s|ed|ing)?|suggests?|suggest(?:ed|ing)|indicat(?:es?|ed)|"
            r"revealed|found|finds|documented)\b",
            # "Based on the scientific data available": data invoked, none named.
            r"\bbased on (?:the )?(?:available |current |latest )?(?:scientific|clinical) "
            r"(?:data|evidence)\b",
            # "several small clinical trials that have shown the effects"
            r"\b(?:trials|studies) (?:have been published )?(?:that|which) (?:have |has )?"
            r"(?:shown|proven|demonstrated|suggested)\b",
            r"\bof (?:proven|demonstrated) (?:efficacy|efficiency|effectiveness|benefit)\b",
            r"\bit has (?:long )?been (?:known|established|documented) that\b",

            r"\b(?:scientifically|clinically|medically) (?:proven|shown|tested)\b",
            r"\b(?:it is|it['’]s) (?:well[- ])?(?:known|established|documented|proven) that\b",
            r"\b(?:numerous|countless|many|extensive) studies\b",
            r"\b(?:has|have) proven (?:itself|themselves)\b",
            r"\baccording to (?:some |many |several |recent )?(?:scientific |clinical )?"
            r"(?:studies|research|statistics)\b",
            r"\bstatistics (?:show|shows|showed|indicate|indicates|prove)\b",
            r"\ba (?:published )?(?:paper|report) (?:suggest|show|prov)\w*",
            r"\bbased on (?:clinical )?(?:trials|studies) (?:carried out|conducted|done) in\b",
            r"\b(?:well|widely) proven\b", r"\b(?:years|decades) of research\b",
            # Benefit "shown" with no study: "Hyperthermia has been shown to augment", "CAR has
            # also been shown to be effective", "already showing promise in clinical trials".
            r"\b(?:has|have|is|are) (?:also |even |already )?(?:been )?shown to (?:be (?:\w+ )?"
            r"(?:effective|safe|beneficial|successful)|augment|improve|work|help|reduce|increase|"
            r"prolong|extend|enhance|boost)\b",
            r"\b(?:is|are) (?:already )?showing promise\b|\b(?:has|have) (?:already )?shown "
            r"(?:great |real |much )?promise\b",
            r"\b(?:growing|increasing) (?:body of )?evidence\b",
            # Experience as proof: "Experience has shown that transplantation can stop it".
            r"\b(?:clinical |practical |our |long )?experience (?:has|have) (?:shown|proven|"
            r"demonstrated)\b",
            # Results claimed from everywhere and nowhere: "has already produced very
            # encouraging results around the world".
            r"\b(?:produced|shown|achieved|had|delivered) (?:very |extremely |highly )?"
            r"(?:encouraging|good|excellent|impressive|remarkable|promising|great) results "
            r"(?:around the world|worldwide|all over the world|in many countries)\b",
            # The same appeal with a place or a group between: "Research in other countries
            # has shown", "studies from the NIH have shown".
            r"\b(?:studies|research|trials) (?:in|from|at|by|across) (?:[\w-]+ ){1,3}?"
            r"(?:have |has )(?:clearly |also |already )?(?:shown|proven|demonstrated|confirmed|"
            r"found)\b",
            # Evidence said to exist, none named: "There is evidence that", "clinical evidence
            # now exists showing", "Research supports the idea", "Research has made it clear".
            r"\bthere is (?:now |good |some |strong |clear |scientific |clinical )*evidence "
            r"(?:that|showing|to suggest)\b",
            r"\b(?:clinical |scientific )?evidence (?:now )?exists (?:showing|that)\b",
            r"\b(?:research|studies|science) (?:has |have )?(?:made it clear|supports?)\b",
            # Studies counted, none named: "Many similar studies have been carried out",
            # "a number of medical studies that show".
            r"\b(?:many|numerous|several|a number of|multiple) (?:[\w-]+ ){0,2}?(?:studies|trials) "
            r"(?:have been (?:done|carried out|conducted|performed)|(?:that|which) shows?)\b",
            r"\baccording to (?:the )?(?:available|current|existing) data\b",
        ),
        message="It says studies show this, but names no study you can check.",
        source=f"{HNR}; {SPEC}",
        should_flag=("Studies have shown that NK cells improve survival.",
                     "Several small clinical trials that have shown the effects of injections.",
                     "Cuban vaccines of proven efficiency in treating tumors",
                     "It has long been known that cancer cells are more sensitive to heat.",
                     "Clinical studies have suggested that it is effective.",
                     "Clinical studies have shown longer survival.",
                     "Research suggests it works.", "Our method is clinically proven.",
                     "Numerous international publications confirm the effect.",
                     "The combination has proven itself over 15 years.",
                     "with studies showing improved survival",
                     "As researches show, the cells destroy cancer.",
                     "According to some scientific studies, it improves survival.",
                     "Statistics show a success rate of 54.4%.",
                     "Many researches now prove that it works.",
                     "There is a published paper suggesting a benefit.",
                     "Based on clinical trials carried out in China, the success rate is high.",
                     "Studies are now showing that nutrition could play a role.",
                     "Its effect is well proven through years of research and study.",
                     "TIL therapy has already produced very encouraging results around the "
                     "world.", "Experience has shown that it can stop the disease.",
                     "Studies have been published that have suggested a favourable response.",
                     "Hyperthermia has been shown to augment conventional treatment.",
                     "CAR has also been shown to be effective in treating myeloma.",
                     "NK cell therapies are already showing promise in clinical trials.",
                     "There is growing evidence that it can provide benefit.",
                     "Clinical observations have shown remarkable improvements.",
                     "Studies and clinical experiences have demonstrated a benefit.",
                     "Several published studies have documented the positive effect.",
                     "Based on the scientific data available, the cells help.",
                     "Research in other countries has shown that it is highly effective.",
                     "There is evidence that stem cell treatment is safe.",
                     "Clinical evidence now exists showing that tissue can be regenerated.",
                     "Research supports the idea that it works.",
                     "Research has made it clear that fever helps.",
                     "Many similar studies have been carried out around the globe.",
                     "There are a number of medical studies that show lower toxicity.",
                     "According to available data, 25,000 patients have benefited."),
        should_pass=("A phase 3 trial published in NEJM showed longer survival.",
                     "The researchers found that 40% of patients responded.",
                     "Smith et al (2021) showed a response in 40 patients.",
                     "The study found nothing new.", "What have studies shown so far?",
                     "According to the ZUMA-7 trial in NEJM, survival was longer.",
                     "Statistics on cancer in Canada are updated each year.",
                     "None of these procedures are clinically proven to work.",
                     "There is no evidence that it works.",
                     "Studies in mice have shown tumour shrinkage in NEJM.",
                     "Two studies that show no benefit were published in NEJM."),
        # A question ("What have studies shown so far?") is a heading that then names them.
        unless=(_NAMED_STUDY, r"\?", DENIAL),
        contexts=PROMOTIONAL,
    ),
    Rule(
        id="vague-success-claimed",
        code=RedFlag.vague_evidence,
        patterns=(
            # Success asserted for the treatment with no study named ("has shown great
            # outcomes", "shown in other clinical trials", "showing promise in trials").
            r"\bha(?:s|ve) (?:already )?(?:shown|demonstrated|achieved|seen|delivered|produced) "
            r"(?:very )?(?:great|good|excellent|remarkable|impressive|promising|significant|"
            r"unprecedented|striking|strong|outstanding|encouraging|(?<=very )positive) "
            r"(?:clinical )?"
            r"(?:outcomes|results|success|efficacy|effects?)\b",
            # Evidence asserted, none named: "we have ample evidence", "backed by peer
            # reviewed evidence", "trials around the world", "doctors confirmed that".
            r"\b(?:ample|plenty of|strong|solid|overwhelming|growing) evidence (?:to suggest|"
            r"that|shows?|suggests?)\b",
            r"\bbacked by (?:\w+ ){0,3}?(?:peer[- ]reviewed )?(?:evidence|research|studies|"
            r"science)\b",
            r"\btrials (?:around|across|all over) the world\b",
            r"\b(?:scientists|doctors|researchers|experts)\b[^.\n]{0,40}\bconfirmed that\b",
            r"\bha(?:s|ve) (?:been )?(?:proven|proved) (?:to be )?(?:an? )?(?:highly |very )?"
            r"(?:successful|effective)\b",
            r"\bha(?:s|ve) (?:shown|demonstrated) (?:its |their )?(?:effectiveness|efficacy)\b",
            r"\bsuccessful (?:clinical )?trials\b",
            r"(?<!not )(?<!not been )(?<!never been )(?<!yet been )"
            r"\b(?:shown|proven|demonstrated) in (?:other |previous |several |many |numerous )?"
            r"(?:clinical )?(?:trials|studies)\b",
            r"\bshowing promise in (?:clinical )?(?:trials|studies)\b",
            r"\b(?:several|many|numerous) reports\b[^.\n]{0,60}\bsuccess",
            # "has shown to be less toxic", "success has been demonstrated", "with
            # demonstrated effectiveness", "is believed to be effective", survival "well
            # above national averages": a result asserted, its study unnamed.
            r"\bha(?:s|ve) (?:been )?(?:shown|proven|demonstrated) to (?:be|work|improve|reduce|"
            r"extend|prolong|help|increase|shrink)\b",
            r"\bsuccess (?:has|have) been (?:demonstrated|shown|seen|reported)\b",
            r"\bwith (?:demonstrated|proven) (?:effectiveness|efficacy|benefits?|results)\b",
            r"\b(?:is|are) believed to be (?:highly |very )?effective\b",
            r"\b(?:survival|success|response|cure) rates? (?:\w+ ){0,2}?(?:well )?(?:above|higher "
            r"than|better than) (?:the )?(?:US |national |world |global )*averages?\b",
        ),
        message="It says the treatment has been shown to work, but names no study you can "
        "check.",
        source=f"{HNR}; {SPEC}",
        should_flag=("It has shown great outcomes in treating blood cancers.",
                     "CAR T-cell therapy has proven successful in fighting blood cancers.",
                     "The drug had been shown in other clinical trials to improve survival.",
                     "NK cell therapies are already showing promise in clinical trials.",
                     "There are several reports from various countries on successful use.",
                     "It has been proven to be a highly effective method.",
                     "TILs have shown effectiveness in solid tumors.",
                     "Built on successful trials, it is now offered here.",
                     "It has shown excellent clinical results and a high success rate.",
                     "We have ample evidence to suggest there are no issues.",
                     "backed by third party peer reviewed evidence drawn from PubMed",
                     "Trials around the world have given it an 83 percent remission rate.",
                     "Scientists and practising doctors confirmed that stem cells work.",
                     "NK cell therapy has shown to be less toxic.",
                     "Some success has been demonstrated in patients whose cancer has spread.",
                     "It brings this new treatment with demonstrated effectiveness.",
                     "Stem cell therapy is believed to be effective in leukemia.",
                     "The advanced therapy has seen remarkable results in Japan.",
                     "Stem cell therapy has shown very positive results in autism.",
                     "Earlier trials of the vaccine have shown striking results.",
                     "The approach has already delivered strong results in melanoma.",
                     "Our physicians have achieved survival rates well above US national "
                     "averages."),
        should_pass=("The ZUMA-7 trial, published in NEJM, has shown great outcomes.",
                     "It has not been shown to be safe.",
                     "None of those advertised therapies has been shown to be safe.",
                     "Survival was longer than in the control group.",
                     "It has not been proven in trials.",
                     "The trial showed that 40% of patients responded.",
                     "There is no strong evidence that it works.",
                     "CAR-T has shown positive results in blood cancers."),
        unless=(_NAMED_STUDY, r"\b(?:no|not|little|lack of|without) (?:\w+ )?evidence\b",
                r"\b(?:none|neither|nothing|no)\b (?:[\w-]+ ){0,5}?(?:has|have) (?:yet )?(?:been )?"
                r"(?:shown|proven|demonstrated)\b"),
        contexts=PROMOTIONAL,
        # The success of a treatment the text says a regulator approved is backed by that
        # approval (the labellers' settled convention), not a vague appeal to studies.
        cancels=("approval_stated",),
    ),
    # --- hype -----------------------------------------------------------------------
    Rule(
        id="hype-words",
        code=RedFlag.hype,
        patterns=(
            # "Breakthrough therapy designation" is an FDA programme's name, not hype.
            r"\bbreak-?throughs?\b(?! (?:therapy|device) designation)",
            # A patient's hope ("I'm praying for a miracle") praises no treatment.
            r"(?<!praying for a )(?<!pray for a )(?<!hoping for a )(?<!hope for a )"
            r"(?<!waiting for a )(?<!need a )\bmiracle\w*",
            r"\bbest[- ]in[- ]class\b", r"\btransformative\b",
            r"\btransform(?:s|ing)? (?:the )?(?:fight|(?:cancer )?treatment|(?:cancer )?care|lives|"
            r"field|landscape)\b",
            r"\bcutting[- ]edge\b",
            r"\brevolution(?:ary|i[sz]e[sd]?|i[sz]ing)?\b", r"\bgame[- ]?chang(?:er|ers|ing)\b",
            r"\bground-?breaking\b", r"\b(?:the |one of the )?most promising\b",
            r"\bunprecedented\b", r"\bstate[- ]of[- ]the[- ]art\b", r"\blife[- ]changing\b",
            r"\bholy grail\b", r"\bwonder (?:drug|cure|treatment)s?\b", r"\bmagic bullet\b",
            r"\bastonishing\b", r"\bamazing\b",
            r"\bastounding (?:\d+|results?|responses?|success|outcomes?|remissions?)\b",
            r"\btransform(?:s|ing)? (?:patient |clinical )?outcomes\b",
            r"\b(?:the|an?) ultimate (?:treatment|therapy|cure|solution)\b",
            r"\bremarkable (?:results?|success|recover\w*|improvements?)\b",
            r"\bworld[- ]class\b", r"\bparadigm (?:shift|change)\b", r"\bpractice[- ]changing\b",
            r"\bone of a kind\b", r"\bmodern marvels?\b", r"\bvery promising\b",
            r"\bthe best method (?:of|for|in|against)\b",
            # Near-synonyms that praise the treatment itself (labels spec, hype).
            r"\blandmark (?:[\w-]+ ){0,2}(?:stud(?:y|ies)|trials?|results?|approval|achievement|"
            r"milestone|moment)\b",
            r"\btransformational\b",
            r"\bpioneering (?:\w+ )?(?:stud(?:y|ies)|trials?|therap(?:y|ies)|treatments?|"
            r"technolog(?:y|ies)|methods?|steps?|approach(?:es)?)\b",
            # "A new era for TACE?" asks (a paper's title); it does not praise.
            r"\ba new (?:era|age) (?:in|of|for)\b(?![^.\n?]{0,80}\?)",
            r"\bunique (?:\w+ ){0,3}?(?:therap(?:y|ies)|treatments?|technolog(?:y|ies)|methods?|"
            r"vaccines?|techniques?|approach(?:es)?|procedures?|protocols?)\b",
            r"\b(?:the|one of the) most innovative\b",
            r"\b(?:very|extremely|highly|hugely) encouraging\b",
            r"\b(?:the|one of the) most (?:advanced|successful|effective|powerful) (?:\w+ ){0,3}"
            r"(?:therap(?:y|ies)|treatments?|vaccines?|options?|methods?|answers?)\b"
            # "Your doctor will recommend the most effective treatment for you" chooses.
            r"(?! for (?:you|your|each|every|them|him|her)\b)",
            r"\b(?:the|one of the) most exciting (?:\w+ ){0,2}(?:frontiers?|fields?|areas?|"
            r"developments?|advances?|therap(?:y|ies)|treatments?)\b",
            r"\b(?:excellent|outstanding|exceptional|extraordinary|incredible|unparalleled|"
            r"unmatched|spectacular|impressive|striking|phenomenal|superb|stunning) (?:\w+ )?"
            r"(?:results?|treatments?|options?|therap(?:y|ies)|outcomes|success|response|"
            r"efficacy|effectiveness)\b",
            r"\bleading[- ]edge\b", r"\bmiraculous\w*", r"\bsupercharg\w+",
            r"\bfirst[- ]of[- ]its[- ]kind\b", r"\bthe first of its kind\b",
            r"\bhighly advanced\b", r"\bbest[- ]kept secret\b",
            r"\b(?:is|as|represents?|be|becoming) the future of (?:cancer )?(?:treatment|medicine|"
            r"care|oncology|therapy)\b",
            # A superlative the seller claims for itself, not a study's arm comparison.
            r"\b(?:achieves?|boasts?|offers?|delivers?|with) (?:one of )?the (?:best|highest) "
            r"(?:\w+ ){0,2}(?:survival|remission|success|response|cure) rates?\b",
            r"\b(?:major|huge|giant|quantum) (?:advance(?:ment)?|leap|step forward)\b",
            # "set a new direction for future cancer treatment", "shifted the paradigm",
            # "a highly promising target" (near "paradigm change" and "very promising").
            r"\bset(?:s|ting)? a new direction for\b", r"\bshift(?:s|ed|ing)? the paradigm\b",
            r"\b(?:highly|extremely|hugely|tremendously|remarkably|genuinely|incredibly|truly|"
            r"exceptionally) promising\b",
            # More near-synonyms from real pages: a change for all time, the world's best,
            # a dream medicine, the future itself.
            r"\bstep[- ]change\b", r"\bchanged? (?:medicine|cancer (?:care|treatment)) forever\b",
            r"\bwill change the way (?:we|doctors) treat\b", r"\bunrivall?ed\b",
            r"\bbest in the world\b", r"\bbest option worldwide\b",
            r"\b(?:reached|meets?|at) (?:the )?world(?:['’]s)? (?:level|standards?)\b",
            r"\binternational(?:ly)? advanced level\b",
            r"\b(?:medicine|treatment|therapy) of the future\b",
            r"\bmost (?:modern|sophisticated) (?:[\w-]+ ){0,2}?(?:treatments?|methods?|"
            r"therap(?:y|ies)|technolog(?:y|ies)|clinics?|cent(?:er|re)s?)\b",
            r"\bdream (?:[\w-]+ )?(?:treatment|medicine|drug|cure|therapy)\b",
            r"\bgreatest (?:achievement|advance|breakthrough)\b",
            r"\bpioneering (?:fields?|projects?|in its)\b",
        ),
        message="It uses hype words that make the treatment sound better than any study shows.",
        source=HNR,
        should_flag=("A breakthrough in liver cancer.",
                     "It is one of the modern marvels of medicine.",
                     "An astounding 93 percent of patients responded.",
                     "It has the potential to transform outcomes for patients.",
                     "The Ultimate Treatment for relapsed lymphoma",
                     "This cutting-edge advancement helps.",
                     "It is one of the most promising options.",
                     "It could revolutionize care.", "A groundbreaking form of therapy.",
                     "It has the potential to be best-in-class.", "a transformative therapy",
                     "It could transform the treatment of AML.",
                     "a practice-changing result", "The results are very promising.",
                     "It is the best method of cell therapy for tumours.",
                     "a paradigm change in care", "the landmark phase 3 study",
                     "It has shown transformational potential.", "These pioneering studies",
                     "a new era in vaccinology", "a unique cancer therapy",
                     "the most advanced cancer vaccine therapy",
                     "One of the most advanced answers is CAR-T cell therapy.",
                     "Stem cells are perhaps nature's best-kept secret.",
                     "one of the most innovative fields in modern cancer care",
                     "This unique and effective technique", "a pioneering step",
                     "Immunotherapy Is Transforming Cancer Treatment",
                     "CAR-T cells transform the fight against serious diseases",
                     "extremely encouraging results",
                     "We stay at the leading edge of science.", "a miraculous recovery",
                     "these supercharged cells", "a first-of-its-kind immunotherapy",
                     "a highly advanced kind of cellular immunotherapy",
                     "what many doctors believe is the future of cancer treatment",
                     "Our centre boasts the highest complete remission rates.",
                     "It can bring remarkable improvements in learning.",
                     "We are stepping into a new age of regenerative medicine.",
                     "a major advancement in the treatment of blood cancers",
                     "The vaccine has shown striking results.",
                     "It delivers outstanding efficacy.", "In a landmark achievement,",
                     "one of the most exciting frontiers in medicine",
                     "CPIs have brought a step change in cancer management.",
                     "Stem cells have already changed medicine forever.",
                     "It is the best option worldwide.", "results that are remarkably promising",
                     "The clinic has reached the world level.", "a number unrivaled in China",
                     "MEDICINE OF THE FUTURE", "access to the most modern treatment methods",
                     "It was hailed as a dream anti-cancer medicine.",
                     "regarded as the greatest achievement in blood cancer treatment",
                     "a pioneering field in medicine",
                     "It will change the way we treat cancer."),
        should_pass=("It is not a miracle cure.", "\"I'm praying for a miracle,\" she says.",
                     "An astounding level of support came from donors.",
                     "It is a promising option for some people.",
                     "Results were better in the TACE group.",
                     "This is an early result.",
                     "The FDA granted it breakthrough therapy designation.",
                     "The best treatment for you depends on the stage.",
                     "Each patient's tumour is unique.",
                     "TACE plus systemic therapy: a new era for liver cancer?",
                     "a pioneering, clinical-stage immunotherapy company",
                     "The most advanced stage of the disease.",
                     "The highest response rate was in the younger group.",
                     "Patients with highly aggressive disease were included.",
                     "The future of care depends on trials.",
                     "Your doctor will recommend the most effective course of treatment for "
                     "you.",
                     "a remarkable woman",
                     "We use the most modern computer stem separators.",
                     "The world's best athletes were tested."),
        negatable=True,
        contexts=NOT_EDUCATION,
    ),
    # --- overclaiming ---------------------------------------------------------------
    Rule(
        id="overclaim-cure",
        code=RedFlag.overclaiming,
        patterns=(
            # "Hoping for a cure" is the patients' hope, not the writer's promise.
            r"(?<!hoping for a )(?<!hope for a )(?<!hopes for a )(?<!looking for a )"
            # A promise of a cure, not the word: "she was cured" in a patient's story and
            # "there is no cure" are not the writer promising one.
            # ...nor is a name ("the London Project to Cure Blindness"): a lower-case "cure".
            # ..."will not cure" is the opposite of a promise.
            r"(?<!search for a )\b(?:(?:can|will|could|may|to|help) (?:(?!not\b|never\b|n['’]t\b)"
            r"\w+ )?(?-i:cure)|cures? "
            r"(?:for|cancers?|tumou?rs?|your|the|all|many|most|leukemia|lymphoma|diseases?)|"
            r"curing (?:cancer|the|your|patients)|(?<!for )(?<!not )(?<!never )(?:a|the) cure|"
            r"(?:complete|full|total|clinical) cure)\b"
            r"(?! rates? (?:is|are|were|was) (?:low|unknown))",
            r"\b(?:guarantee[sd]?|guaranteed)\b",
            r"\b100 ?% (?:success|effective|safe|cure|response|natural)\w*",
            # "offers potential cures", "seeking actual cures".
            r"\b(?:potential|possible|actual|real) cures?\b",
            # "Destroy cancer cells" says what the cells do (how it works), not that the
            # cancer will be gone.
            # ... nor does "find and destroy cancer", "fight and destroy cancer": the job of
            # the cells, not a result promised to the reader.
            r"(?<!find and )(?<!fight and )(?<!seek and )(?<!hunt and )(?<!recognize and )"
            r"(?<!recognise and )(?<!attack and )(?<!target and )(?<!identify and )"
            r"(?<!locate and )"
            r"\b(?:eliminates?|eradicates?|destroys?|wipes? out|gets? rid of) (?:the |your |all |"
            r"every )?(?:cancer|tumou?rs?|disease)\b(?![- ]cells?\b)",
            r"\b(?:proven|certain|sure) to (?:work|help|cure|heal|shrink)\b",
            r"\b(?:works|effective) (?:for|against|in) (?:all|any|every) (?:types? of )?"
            r"(?:cancers?|tumou?rs?|diseases?|patients?)\b",
            r"\bpermanent(?:ly)? (?:remission|cure|results?)\b",
            r"\b(?:cancer|tumou?rs?|disease) (?:disappears?|vanish(?:es)?|goes away) "
            r"(?:completely|entirely|for good|forever)\b",
            r"\blife-?long (?:protection|immunity|remission|cure)\b",
            r"\bhelped (?:thousands|hundreds|many|countless) of (?:patients|people)\b",
        ),
        message="It promises a cure or a sure result, which no cancer treatment can promise.",
        # "It can cure some patients" reports a limited outcome; it promises no one a cure.
        # Hope for a cure ("more hopeful about a cure", "hoping to cure") is not a promise,
        # nor is a guarantee that a text denies ("nor that any outcome is guaranteed").
        unless=(r"\b(?:how many|whether|if|too early|not yet known|unknown|no one knows)\b",
                r"\bcure (?:some|a few|a small number of|a minority of|certain) "
                r"(?:patients|people|children|adults)\b",
                r"\bhop(?:eful|ing|es?|ed)\b (?:\w+ ){0,2}?(?:a |to )?cur",
                # "claims of a cure-all are unproven" reports a claim to question it.
                r"\bclaims? (?:of|to be) a cure",
                r"\b(?:no|not|nor|any|cannot|never) (?:\w+ ){0,3}?(?:is |are |be )?guarantee",
                # The immune system's job, with words between: "fight the malignant process
                # and destroy the tumour".
                r"\b(?:fight|attack|target|recogni[sz]e|find|seek|hunt|identify|locate)\w* "
                r"(?:[\w-]+ ){1,4}and (?:destroy|eliminate|eradicate|kill)"),
        source=f"{FTC}; {ISSCR}",
        should_flag=("This therapy can cure your cancer.", "Results are guaranteed.",
                     "NK cells eliminate the cancer.",
                     "In many patients the cancer disappears completely.",
                     "It gives lifelong protection.",
                     "It offers not only a chance of improvement but also potential cures."),
        should_pass=("CAR-T is not a cure for most people.",
                     "TACE will not cure the cancer, but it can slow it down.",
                     "The T cells find and destroy cancer cells.",
                     "It reprograms immune cells to find and destroy cancer.",
                     "Families paid their savings, hoping for a cure.",
                     "It is risky, but it can cure a few people whose lymphoma came back.",
                     "Doctors cannot promise that it will help.",
                     "The cells kill some cancer cells in a dish.",
                     "In some patients the cancer went away for a while.",
                     "The cells are changed so that they target and destroy the cancer.",
                     "These results make me more hopeful about a cure than ever.",
                     "Patients travel abroad hoping to cure diseases medicine cannot treat.",
                     "Experts say claims of a cure-all are medically unproven.",
                     "said the director of the London Project to Cure Blindness.",
                     "It does not prove that a hospital can take the case, or that any outcome "
                     "is guaranteed.",
                     "so that the immune system can fight the malignant process and destroy "
                     "the tumour."),
        negatable=True,
        contexts=PROMOTIONAL,
        strong_sales=True,  # a sign of selling that an explainer never carries
    ),
    Rule(
        id="overclaim-certain-benefit",
        code=RedFlag.overclaiming,
        patterns=(
            r"\b(?:patients|you) (?:can|will) (?:anticipate|expect|enjoy)\b[^.\n]{0,40}"
            r"\b(?:outcomes|results|benefits|improvements?|survival|recovery)\b",
            r"\b(?:optimi[sz]es|maximi[sz]es) (?:patient )?outcomes\b",
            r"\breduces recurrence,? and (?:extends|prolongs) survival\b",
            r"\b(?:extends|prolongs|helps? (?:to )?(?:extend|prolong)) (?:your |the )?(?:life|"
            r"survival)\b",
            r"\b(?:will|always) (?:improve|extend|prolong|boost)\b",
            # "Boosts the immune system" says how a seller thinks it works; the labellers
            # did not read it as a promise (1 page in 5 on the real pages), so it is out.
            r"\b(?:improves?|boosts?|strengthens?|enhances?) (?:your |the )?quality of life\b",
            # ...but promised to the reader ("strengthen your immunity") it is one.
            r"\b(?:improves?|boosts?|strengthens?|enhances?) your (?:immunity|immune (?:system|"
            r"function))\b",
            r"\b(?:restores?|rebuilds?|rejuvenates?) (?:your |the )?health\b",
            r"\bsuccess rates? (?:of )?(?:up to |over |more than |about )?\d+ ?"
            r"(?:(?:to|-|–) ?\d+ ?)?(?:%|percent)",
            # "We can achieve 80 percent success": a success figure with no study behind it.
            r"\b\d+ ?(?:%|percent) (?:success|cure)\b",
            # ...the disease, not "overcome the cancer's defences" (how the cells work).
            r"\b(?:beat|defeat|conquer|overcome) (?:your |the )?cancer\b(?![’'][s ]|[- ]cells?)",
            # A treatment said to prevent the cancer coming back: no study in a sales text
            # shows it ("help prevent cancer recurrence and metastasis").
            r"\b(?:prevents?|preventing|stops?|stopping|help (?:to )?prevent) (?:cancer |the )?"
            r"(?:recurrences?|relapses?|metastas[ie]s)\b(?! (?:is|was) (?:not|unknown))",
            r"\bworks best to prevent\b",
            # "prevent tumor recurrence", "prevents, delays and reduces relapse", and
            # "reduces the risk of recurrence" with no figure from a trial.
            r"\b(?:prevents?|preventing|help (?:to )?prevent)(?:,? (?:and )?(?:delays?|reduces?))*"
            r" (?:tumou?r |disease |the disease |cancer |the )?(?:recurrences?|relapses?|"
            r"metastas[ie]s)\b(?! (?:is|was) (?:not|unknown))",
            r"\breduces the risk of (?:the )?(?:disease |cancer |tumou?r )?(?:recurrence|relapse)"
            r"\b(?![^.\n]{0,30}\d)",
            # The cells harm nothing but the cancer: a promise no study in a sales text shows.
            r"\btargets? only (?:the )?(?:cancer|tumou?r|malignant)\b",
            r"\bwithout (?:harming|damaging|affecting) (?:the )?(?:healthy|normal) (?:cells|"
            r"tissues?|ones)\b",
            r"\b(?:can be (?:applied|used|given) (?:to|for|in)|suitable for|works for|helps) "
            r"(?:all|every|any) (?:cancer )?patients?\b",
            r"\b(?:for|in) (?:cancer )?(?:patients|people) (?:at|in|with) (?:all|every|any) "
            r"stages?\b",
            # Damaged tissue promised back: "regenerates the damaged joints", "regenerate and
            # heal arthritic joints".
            r"\b(?:regenerat\w*|rebuild\w*|repair\w*|heal(?:s|ed|ing)?|restor\w*) (?:and "
            r"(?:heal|repair|restore|regenerate)\w* )?(?:the |your )?(?:damaged |arthritic |"
            r"injured |worn |diseased )?(?:joints?|tissues?|cartilage|organs?|nerves?|tendons?|"
            r"ligaments?)\b",
            r"\b(?:success|cure|remission) rates? [^.\n]{0,30}?(?:reaches|exceeds|of up to|up to|"
            r"over|above) \d+ ?(?:%|percent)",
            # "restores the lost functions", "sparing normal tissues", "long lasting
            # immunity", "is already saving lives".
            r"\brestores? (?:the |their |your )?lost (?:functions?|abilities|skills)\b",
            r"\bsparing (?:the )?(?:normal|healthy) (?:cells|tissues?)\b",
            r"\blong[- ]lasting (?:immunity|protection|remission|cure)\b",
            r"\b(?:is|are) (?:already )?saving lives\b",
            # The same promise in other words: "can prevent cancer from coming back",
            # "preventing the tumor from recurring", "Kills Cancer Cells and Reduces Tumor".
            r"\b(?:prevents?|preventing|stops?|stopping|keeps?) (?:the |your )?(?:cancer|"
            r"tumou?rs?|disease) from (?:coming back|returning|recurring|spreading|growing back)\b",
            r"\bkills? (?:the )?cancer cells and (?:reduces?|shrinks?)\b",
            # ...or will save them: "CAR-T Cell Cancer Therapy to Save Lives".
            r"\b(?:will|to|can) (?:help )?save (?:the )?(?:lives|many lives|more lives|"
            r"thousands of lives)\b|\bsave the lives of\b",
            # "Melanoma can be cured", "an evident curative effect", "lower the chance of
            # cancer coming back", "avoid the disease's recurrence": a cure or a result
            # stated as the reader's to expect.
            # ...not "many patients with ALL can be cured with chemotherapy" (standard care).
            r"\bcan be (?:completely |fully |totally )?cured\b" + NOT_BY_STANDARD_CARE,
            r"\b(?:evident|obvious|remarkable|definite|excellent|good) (?:curative|therapeutic) "
            r"effects?\b",
            r"\b(?:lowers?|reduces?|lessens?) the chances? of (?:the )?(?:cancer|tumou?r|disease) "
            r"(?:coming back|returning)\b(?![^.\n]{0,30}\d)",
            r"\bavoid (?:the )?(?:disease['’]s |cancer['’]s |tumou?r['’]s )?(?:recurrence|"
            r"relapse)\b",
            # The seller's own verdict on its treatment: "It is safe and effective",
            # "rendering the procedure safe and effective" (not a regulator's test "to make
            # sure they are safe and effective").
            r"(?<!make sure )(?<!ensure )(?<!whether )(?<!if )\b(?:it|this|they|(?:the|this|our) "
            r"(?:procedure|treatment|therapy|method)) (?:is|are) (?:both )?(?:completely |very |"
            r"totally )?safe and (?:highly |very )?effective\b",
            r"\b(?:making|rendering|makes|renders) (?:the|this|it|our) (?:\w+ )?safe and "
            r"effective\b",
        ),
        message="It promises a certain benefit that no study in the text shows.",
        source=f"{FTC}; {HNR}",
        should_flag=("Patients can anticipate several positive outcomes.",
                     "This strategy optimizes patient outcomes.",
                     "It restores your health.",
                     "Our doctors report a success rate of 90 percent.",
                     "Our complete remission rate for B-ALL reaches 93%.",
                     "The cells also help prevent cancer recurrence and metastasis.",
                     "Prevent recurrence and metastasis.",
                     "given continuously to prevent tumor recurrence",
                     "It prevents, delays and reduces relapse and metastasis.",
                     "The vaccine reduces the risk of the disease recurrence.",
                     "NK cells target only the tumour.",
                     "It kills cancer cells without harming the healthy ones.",
                     "Immunotherapy can be applied to all patients.",
                     "We can achieve 80 percent success in cancer cases.",
                     "Let our team help you beat cancer.",
                     "It helps prolong the survival period for most cancer patients.",
                     "It has a success rate up to 20 to 60 percent.",
                     "It can be used for patients at all stages of cancer.",
                     "Stem cells finally regenerate the damaged joints and tendons.",
                     "Stem cells from fat are used to regenerate and heal arthritic joints.",
                     "This therapy restores the lost functions.",
                     "It destroys cancer cells while sparing normal tissues.",
                     "It stimulates memory cells providing long lasting immunity.",
                     "The therapy has proven to be safe and is already saving lives.",
                     "New Cancer Therapy to Save Lives",
                     "Vaccines of this kind can prevent cancer from coming back.",
                     "Immunotherapy stops the cancer from growing, preventing the tumor from "
                     "recurring.", "Hyperthermia Kills Cancer Cells and Reduces Tumor",
                     "We will be able to save the lives of thousands of people.",
                     "Melanoma can be cured – TIL treatment.",
                     "The study showed an evident curative effect.",
                     "The vaccine will lower the chance of cancer coming back.",
                     "It helps people who have recovered avoid the disease's recurrence.",
                     "It is safe and effective, and takes a few hours.",
                     "Your own tissue is used, rendering the procedure safe and effective."),
        should_pass=("Survival was longer in the TACE group (HR 0.7).",
                     "80 percent of patients had a fever.",
                     "The cells help the immune system overcome the cancer’s defences.",
                     "Some patients may live longer.",
                     "It does not prevent recurrence.",
                     "Doctors check for recurrence every three months.",
                     "The drug reduced the risk of recurrence by 35% (HR 0.65).",
                     "Chemotherapy can harm healthy cells.",
                     "Not all patients can have this treatment.",
                     "Scientists hope stem cells may one day repair damaged tissue.",
                     "Trials test whether it can regenerate damaged nerves.",
                     "The immune system can also attack healthy organs.",
                     "It is not yet known whether it can be cured.",
                     "Many children with leukaemia can be cured with chemotherapy.",
                     "Radiation lowered the chance of cancer coming back by 30%.",
                     "The regulator must make sure they are safe and effective.",
                     "None of these procedures are proven to be safe and effective.",
                     "Trials will show whether it could save lives.",
                     "The trial tests whether it may stop the cancer from coming back."),
        # A hope or a question is no promise: "may one day repair damaged tissue".
        unless=(r"\b(?:hope[sd]?|hoping|one day|whether|might|could|may)\b",),
        unless_window=60,
        negatable=True,
        contexts=CLINIC_PR,
        strong_sales=True,  # a sign of selling that an explainer never carries
    ),
    Rule(
        id="overclaim-many-diseases",
        code=RedFlag.overclaiming,
        patterns=(
            # Two unrelated conditions close together, in a sentence or a bulleted list (not
            # one condition named twice, as a page's title and heading do).
            rf"\b(?P<disease>{_OTHER_DISEASES})\b"
            rf"(?=[^.]{{0,80}}\b(?!(?P=disease)\b)(?:{_OTHER_DISEASES}|cancer)\b)",
            # ...or heading list items of their own, each line led by a different condition.
            rf"^[ \t]*+(?:[-•*][ \t]*+)?(?P<first>{_OTHER_DISEASES})\b[^\n]*+\n"
            rf"(?:[^\n]*+\n){{0,3}}?[ \t]*+(?:[-•*][ \t]*+)?(?!(?P=first)\b)"
            rf"(?:{_OTHER_DISEASES})\b",
            # Not a hope ("the potential to treat a wide range of disorders") nor a warning's
            # question ("Are they offering the same treatment for many conditions?").
            r"(?<!potential to )\b(?:treats?|helps? with|used (?:for|to treat)|fights? off|"
            r"fight against|(?:treatment|therapy) for) (?:many|all|a (?:wide )?(?:range|variety) "
            r"of|dozens of) (?:different )?(?:diseases|conditions|illnesses|disorders)\b"
            r"(?![^.\n]{0,60}\?)",
            r"\b(?:a (?:wide )?(?:range|variety) of|many|numerous) (?:different )?(?:diseases|"
            r"conditions|illnesses|disorders) (?:can be|are|have been) (?:treated|helped|cured)\b"
            # A bone marrow transplant does treat many blood diseases (an approved standard).
            r"(?! (?:with|by) (?:an? )?(?:bone marrow|(?:haematopoietic|hematopoietic|blood) "
            r"stem cell) transplant)",
            r"\b(?:treats?|treating|helps?|used (?:for|against|in)|suitable for|effective (?:for|"
            r"against)) (?:almost |nearly )?(?:all|any|every) (?:types?|kinds?|forms?) of "
            r"(?:cancers?|tumou?rs?|solid tumou?rs?)\b",
            r"\b(?:across|for|against) (?:virtually |almost |nearly )?(?:every|all|any) "
            r"(?:tumou?r|cancer) types?\b",
        ),
        message="It claims one treatment helps many unrelated diseases, a sign of an "
        "unproven product.",
        source=f"{FDA}; {ISSCR}",
        should_flag=("We treat autism, diabetes and cancer with stem cells.",
                     "Conditions we treat:\n- Stroke rehabilitation\n- Spinal cord injuries",
                     "It helps with heart failure, kidney disease and cirrhosis.",
                     "Spinal Cord Injuries: stem cells may help. They regrow nerves.\n"
                     "Stroke Rehabilitation: stem cells may repair tissue.",
                     "We treat malignant tumors, diseases of the nervous system and eye "
                     "diseases.",
                     "It is used against AIDS, cancer and other serious conditions.",
                     "NK cells help with many diseases.",
                     "Strong NK cells can fight off many diseases, including cancer.",
                     "The vaccine can be used for all types of cancer, including lung cancer.",
                     "A revolution in treatment across virtually every tumour type.",
                     "It is used to treat a wide variety of conditions.",
                     "an excellent treatment for a variety of diseases and conditions",
                     "A wide range of diseases can be treated with stem cells."),
        should_pass=("CAR-T is approved for some blood cancers.",
                     "It is not yet known which types of cancer it helps.",
                     "People with diabetes were not included.",
                     "Rest aids recovery after cancer treatment.",
                     "Stem Cell Therapy for Spinal Cord Injury\nSpinal cord injury can be "
                     "treated.",
                     "TACE treats liver cancer in people with cirrhosis.",
                     "Stem cells are used to treat a variety of blood cancers.",
                     "Many illnesses are treated with bone marrow transplants.",
                     "Stem cells have the potential to treat a wide range of disorders.",
                     "Are they offering the same treatment for many conditions?"),
        contexts=CLINIC_PR,
        strong_sales=True,  # a sign of selling that an explainer never carries
    ),
    Rule(
        id="overclaim-no-side-effects",
        code=RedFlag.overclaiming,
        patterns=(
            r"(?<!almost )(?<!virtually )(?<!nearly )(?<!practically )(?<!hardly )"
            r"\b(?:no |zero |without (?:any )?|free (?:of|from) (?:any )?)(?:side|adverse) "
            r"effects\b",
            r"\b(?:completely|totally|100 ?%|perfectly) (?:safe|harmless|risk[- ]free)\b",
            r"\brisk[- ]free\b",
            # The same promise in other words: "will not cause side effects", "without
            # toxicity", "non-toxic", "zero risk of rejection".
            r"\b(?:will|does|do|would|can) not (?:cause|have|produce|bring|give|involve) (?:you )?"
            r"(?:any )?(?:side|adverse)[- ]effects\b",
            r"\bwithout (?:any )?toxicit(?:y|ies)\b",
            r"\bdevoid of (?:any )?(?:toxicity|side[- ]effects|risks?)\b",
            r"\bnon-?toxic\b",
            r"\bzero risks?\b",
        ),
        message="It says there are no side effects. Every cancer treatment has some.",
        source=f"{FDA}; {SPEC}",
        should_flag=("The vaccine is devoid of any toxicity.", "The infusion has no side effects.",
                     "It is completely safe.",
                     "A risk-free treatment.",
                     "NK cells will not cause side effects because they spare healthy cells.",
                     "It trains the immune system in a natural way, without toxicity.",
                     "A gentle, non-toxic treatment.", "Zero risk of rejection.",
                     "The therapy does not involve any side-effects."),
        should_pass=("There were no serious side effects in this small group.",
                     "There are almost no side effects.",
                     "Side effects include fever.", "NK cell therapy is not risk-free.",
                     "No treatment is free of side effects.",
                     "It will not cause serious side effects in most people.",
                     "Chemotherapy is not non-toxic, and neither is this."),
        # "It is not risk-free" and "no treatment is free of side effects" warn; they do
        # not promise.
        unless=(r"\b(?:not|never|isn['’]t|is no|far from) (?:completely |entirely |totally )?"
                r"(?:risk[- ]free|safe|harmless|non-?toxic)\b|\bno (?:treatment|therapy|"
                r"medicine|drug|procedure) is\b",),
        unless_window=40,
        # Labels spec: a blanket "no side effects" is coded as overclaiming; a promotional
        # text that names no risk also plays the risks down (redflags.py quotes what it sells).
        role="risk_claim",
        contexts=PROMOTIONAL,
        strong_sales=True,  # a sign of selling that an explainer never carries
    ),
    # --- risks minimized ------------------------------------------------------------
    Rule(
        id="risk-mild-only",
        code=RedFlag.risks_minimized,
        patterns=(
            r"\b(?:manageable|minimal|minor|mild|tolerable|few|fewer|negligible|rare|temporary)"
            r" (?:side|adverse) effects\b",
            r"\b(?:side|adverse) effects (?:are|were|is|was) (?:usually |generally |only |mostly "
            r"|largely |typically |often )?"
            r"(?:mild|minor|minimal|rare|few|manageable|temporary)\b",
            r"\bwell[- ]tolerated\b",
            r"\bno (?:serious|major|significant|severe|harsh|toxic|dangerous|unpleasant|"
            r"long[- ]term|lasting|permanent)(?: negative)? (?:side|adverse) effects\b",
            # Safety asserted with no figure: "it is deemed safe", "its harmless nature", "the
            # patient does not feel any discomfort".
            r"\b(?:deemed|considered|proven|known) (?:to be )?safe\b", r"\bharmless\b",
            r"\b(?:does not|doesn['’]t|do not|don['’]t|will not|won['’]t) feel any "
            r"(?:discomfort|pain)\b",
            r"\b(?:almost|virtually|nearly|practically) no (?:\w+ )?(?:side|adverse)[- ]effects\b",
            r"\bhardly any (?:\w+ )?(?:side|adverse)[- ]effects\b",
            r"\b(?:less|little|minimal|no) (?:strain|burden|stress) on the (?:body|patient)\b",
            r"\bgentle on the body\b",
            r"\bwithout (?:harming|damaging|affecting) (?:the )?(?:healthy|normal|other|"
            r"structure)\b",
            r"\b(?:very|extremely|remarkably|incredibly|exceptionally) safe\b",
            r"\bsafe and (?:effective|gentle|natural)\b",
            r"\b(?:occasionally|rarely) (?:resulted in|results? in|causes?|caused)\b[^.\n]{0,40}"
            r"\b(?:side|adverse) effects\b",
            r"\b(?:minimal|low|little) risk\b", r"\bnon-?toxic\b",
            r"\b(?:does not|doesn['’]t|will not|won['’]t|do not|don['’]t) (?:damage|harm|hurt|"
            r"attack) (?:the )?healthy (?:cells|tissues?)\b",
            r"\b(?:target|attack|kill|infect)s? only (?:the )?cancer cells\b",
            r"\b(?:leaving|leaves) (?:the )?(?:normal|healthy) (?:cells|tissues?) (?:unaffected|"
            r"untouched|unharmed|intact)\b",
            r"\b(?:limits?|minimi[sz]es?) (?:the )?damage to (?:the )?(?:healthy|normal) "
            r"(?:[\w-]+ )?(?:cells|tissues?)\b",
            r"\bwithout (?:any )?(?:unexpected |serious |major )?complications\b",
            # "no risk of rejection", "little to no risk", "tolerated the intervention well",
            # "without the systemic side effects", "spared from side effects".
            r"\bno risk of (?:rejection|infection|complications|side[- ]effects|allergic "
            r"reactions?)\b", r"\blittle (?:or|to) no risk\b",
            r"\btolerated (?:the (?:\w+ )?|it |this )?(?:intervention |procedure |treatment |"
            r"therapy )?(?:very )?well\b",
            r"\bwithout the (?:systemic |usual |typical |harsh )?side[- ]effects\b",
            r"\bspared (?:from )?(?:the )?side[- ]effects\b",
            r"\bhealthy cells are not (?:harmed|damaged|affected)\b",
            r"\bno (?:damage|harm) to (?:the )?(?:healthy|normal) (?:cells|tissues?|organs)\b",
            r"\b(?:quick|fast|rapid) recovery\b", r"\bsmall trauma\b", r"\bpainless\b",
            r"\bbarely (?:affected|noticed|any (?:side effects|symptoms))\b",
            r"\ba walk in the park\b",
            r"\b(?:manageable|favou?rable|excellent|clean|benign) safety (?:profile|data|"
            r"results|record)\b",
            # Safety declared with no figure: "oNKord is a safe treatment".
            r"(?<!\bnot )\b(?:is|as) an? (?:very |completely |totally |perfectly |proven )?safe "
            r"(?:and \w+ )?(?:treatment|therapy|procedure|product|option|method|alternative)\b",
            r"\b(?:adverse events|side effects|reactions|toxicit(?:y|ies)) (?:were|are|was|is) "
            r"(?:generally |usually |mostly |largely |typically )?(?:low[- ]grade|controllable|"
            r"easily (?:managed|controlled))\b",
        ),
        message="It plays down the risks. This treatment can have serious side effects.",
        source=f"{HNR}; {SPEC}",
        should_flag=("The therapy was well-tolerated, with manageable side effects.",
                     "No serious side effects were seen.", "NK cells are very safe.",
                     "No long-term negative side effects were reported.",
                     "The virus is deemed safe.", "The harmless nature of the virus is known.",
                     "The patient does not feel any discomfort.",
                     "The virus infects only cancer cells, leaving normal cells unaffected.",
                     "This approach limits damage to healthy liver tissue.",
                     "Three patients received the treatment without unexpected complications.",
                     "There is no risk of rejection.", "The injections carry little to no risk.",
                     "The patient tolerated the intervention well.",
                     "It treats the tumour without the systemic side effects of chemotherapy.",
                     "Healthy tissues are spared from side effects.",
                     "It destroys cancer cells, with no harsh side effects.",
                     "Doses have occasionally resulted in these side effects:",
                     "Small trauma and quick recovery.",
                     "Because your own cells are used, there are almost no side effects.",
                     "The treatment has virtually no side-effects.",
                     "It places less strain on the body than chemotherapy.",
                     "The cells kill tumours without harming healthy tissue.",
                     "Side effects were mostly mild, the team said.",
                     "She was otherwise barely affected.", "It was a walk in the park.",
                     "KST-201 demonstrated a manageable safety profile.",
                     "Adverse events were generally low grade.",
                     "CYAD-01 showed favourable safety data.", "oNKord is a safe treatment."),
        should_pass=("Serious side effects include CRS.",
                     "Grade 3 side effects occurred in 20% of patients.",
                     "Almost all patients had side effects.",
                     "Without treatment, the cancer grows.",
                     "Clinics sold cells without testing whether they were safe and effective.",
                     "The product has not been shown to be safe and effective.",
                     "These injections are not harmless.",
                     "It is not yet known to be safe in children.",
                     "None of these procedures are proven to be safe and effective.",
                     "It is not a safe treatment for children."),
        # Asking whether a treatment is safe is not saying that it is.
        # ... nor is denying it for a whole group ("None of these procedures are clinically
        # proven to be safe").
        unless=(r"\b(?:whether|if)\b[^.\n]{0,60}\bsafe and effective\b|\bnot (?:yet )?(?:been )?"
                r"(?:proven|shown|tested|found|established|known) (?:to be )?(?:as )?safe\b|"
                r"\bnot (?:\w+ )?harmless\b", DENIAL),
        unless_window=80,
        contexts=ctx(SourceType.clinic_marketing, SourceType.news, SourceType.press_release),
        cancels=("severe_harms_counted",),
    ),
    # A seller calling CAR-T's known dangers mild: CRS can kill (labels spec, side effects).
    Rule(
        id="risk-mild-crs",
        code=RedFlag.risks_minimized,
        patterns=(
            r"\bmild (?:CRS|cytokine release syndrome|cytokine storm)\b",
            r"\b(?:CRS|cytokine release syndrome|these reactions|the reactions|such reactions)"
            r" (?:is|are) (?:usually |generally |often |mostly |always )?(?:mild|controllable|"
            r"manageable|easily (?:managed|controlled))\b",
            r"\b(?:this|which|fever) (?:shows|means|is a sign) (?:that )?the "
            r"(?:CAR-T |NK |immune )?cells are working\b",
        ),
        message="It calls serious reactions such as CRS mild or easy to control. They can be "
                "life-threatening.",
        source=f"{HNR}; {SPEC}",
        should_flag=("Some patients may have fever and mild cytokine release syndrome.",
                     "CRS is usually mild and easily managed.",
                     "This shows the CAR-T cells are working.",
                     "These reactions are controllable."),
        should_pass=("CRS can be severe and needs care in hospital.",
                     "Most CRS was grade 1 or 2; one patient had grade 3."),
        contexts=CLINIC,
    ),
    # --- testimonials ---------------------------------------------------------------
    # The word itself ("Read our patient stories") sells on a seller's own page; in a news
    # story it reports what a clinic shows ("its website features video testimonials").
    Rule(
        id="testimonial-word",
        code=RedFlag.testimonials,
        patterns=(r"\btestimonials?\b", r"\btestimonies\b",
                  r"\b(?:patient|success) stor(?:y|ies)\b", r"\bpatient case stud(?:y|ies)\b"),
        message="It uses patients' stories as proof. One person's story cannot show that a "
        "treatment works.",
        source=f"{FTC} (consumer testimonials); {ISSCR}",
        should_flag=("Read our patient stories.", "Watch the video testimonials.",
                     "Success stories from our clinic", "Patient Case Studies",
                     "the testimonies of people who had the procedure"),
        should_pass=("Patients in the trial were followed for two years.",
                     "The story of how the drug was found"),
        contexts=CLINIC_PR,
        strong_sales=True,
    ),
    Rule(
        id="testimonial-story",
        code=RedFlag.testimonials,
        patterns=(
            r"\b(?:my|our) (?:son|daughter|husband|wife|mother|father|mom|mum|dad|child|"
            r"brother|sister)\b[^.\n]{0,80}\b(?:cancer|tumou?r|treatment|therapy|remission|"
            r"cells?)\b",
            r"\bI (?:was|had been) (?:diagnosed|told)\b",
            r"\b(?:I|he|she) (?:am|is|was) (?:now )?(?:cancer[- ]free|in remission|"
            r"tumou?r[- ]free)\b",
            r"\bmy (?:tumou?rs?|cancer|scan)s? (?:shrank|disappeared|(?:was|were|is|are) gone|"
            r"(?:was|were|came back) clear)\b",
            r"\bI (?:feel|felt) (?:great|better|amazing|like a new)\b",
            r"\bliving proof\b", r"\b(?:I owe my life|(?:it|they|this) saved my life)\b",
            r"\bmy scans (?:are|were) (?:clear|clean)\b",
            r"\b(?-i:(?:Mr|Mrs|Ms|Miss)\.? [A-Z][a-z]+) (?:from|of|was|had|came)\b",
            r"\b(?:his|her) (?:tumou?rs?|cancer|scans?) (?:shrank|disappeared|(?:was|were) gone|"
            r"(?:was|were|came back) clear)\b",
            r"\bthanks to (?:this|the|their|Dr\.?|[A-Z]\w+['’]s) (?:treatment|therapy|clinic|"
            r"team|cells)\b",
            # One patient's story told as the proof: "gave me my life back", "a woman who
            # fought lymphoma for years is cancer free after the trial".
            r"\bgave (?:me|him|her) (?:my|his|her) life back\b",
            r"\b(?:I|he|she)(?:['’]m| am| is| was) (?:now |still )?(?:completely |totally )?"
            r"(?:asymptomatic|symptom[- ]free|disease[- ]free)\b",
            # A named patient ("Maria is still healthy"), not "Walking is healthy".
            r"\b(?-i:[A-Z][a-z]+) is (?:(?:still|now) healthy|(?:still |now )?(?:disease|"
            r"cancer)[- ]free)(?:,? with no (?:disease |cancer )?(?:recurrence|relapse))?\b",
            r"\bI can (?:now (?:walk|run|work|play|go up|climb)|(?:walk|run|work|play) again)\b",
            r"\b(?:woman|man|girl|boy|mother|father|grandmother|grandfather|veteran)\b"
            r"[^.\n]{0,100}?\b(?:is|was) (?:now )?cancer[- ]free\b",
            r"^[ \t]*+(?:\w+ ){0,2}(?:woman|man|girl|boy|mother|father) cancer[- ]free after\b",
            # The story's happy ending told as the result: "cancer-free and restored to
            # health", "thankful to be alive", "Lena's disease was cured", "for saving
            # her life"; and a seller's summary of them, "our patients report".
            r"\bcancer[- ]free and (?:restored to health|healthy|thriving|back to)\b",
            r"\b(?:thankful|grateful|happy|lucky) to be alive\b",
            r"\b(?-i:[A-Z][a-z]+)['’]s (?:disease|cancer|tumou?r|leukemia|leukaemia|lymphoma) "
            r"(?:was|had been) (?:cured|gone|eliminated)\b",
            r"\bfor saving (?:my|his|her|our|their) (?:life|lives|son|daughter|child)\b",
            # "told how CAR-T therapy saved their son", "I wouldn't be here without it".
            r"\b(?:therapy|treatment|cells|it|they|this) (?:had |has )?saved (?:my|his|her|their|"
            r"our) (?:life|lives|son|daughter|child|husband|wife|mother|father)\b",
            r"\bI wouldn['’]t be (?:here|alive)\b",
            r"\bour patients (?:report|describe|tell us)\b",
            r"\b(?:according to )?patient feedback\b",
            # "Lena beat skin cancer thanks to ...", "without this therapy, she would be dead".
            r"\b(?-i:[A-Z][a-z]+) beat (?:\w+ )?cancer\b",
            r"\bwithout (?:this|the|that) (?:therapy|treatment)\b[^.\n]{0,40}\bwould (?:be dead|"
            r"not be alive|have died)\b",
            # A quote signed like a review: "... were normal." - Anna, Sweden
            r"[.!][\"”][ \t]*+[-–—][ \t]*+(?-i:[A-Z][a-z]++)(?:,|[ \t]+(?-i:[A-Z])\.)",
            # One patient's recovery told as the outcome: "today he can walk again", "has
            # regained use of his muscles", "went back to medical practice", "recovered so
            # well", "his condition has improved".
            r"\b(?:can|could|was able to|is able to) (?:now )?walk again\b",
            r"\b(?:has|have|had) regained (?:some |much |most |the |full )?(?:of )?(?:(?:his|her|"
            r"their) )?(?:ability|use|movement|mobility|speech|sight|vision|control|strength)\b",
            r"\b(?:his|her) (?:condition|health) (?:has |had )?(?:greatly |much |significantly )?"
            r"improved\b",
            r"\b(?:he|she) (?:\w+ ){0,2}(?:went|got|has gone|returned) back to (?:work|school|"
            r"medical practice|(?:his|her) (?:job|work|practice|studies|normal life))\b",
            r"\b(?:he|she) (?:then )?recovered so well\b",
        ),
        message="It uses a patient's story as proof. One person's story cannot show that a "
        "treatment works.",
        source=f"{FTC} (consumer testimonials); {ISSCR}",
        should_flag=("\"The cells gave me my life back,\" she says.",
                     "A woman who fought lymphoma for ten years is cancer free after the trial.",
                     "Local Woman Cancer Free After New Therapy",
                     "I was diagnosed with stage 4 cancer in 2020.",
                     "My tumors shrank after three infusions.",
                     "She is now cancer-free.", "I'm completely asymptomatic now.",
                     "Maria is still healthy, with no disease recurrence.",
                     "Thanks to the treatment, I can now walk and go up the stairs.",
                     "Mr. Tan from Indonesia was diagnosed in 2022.",
                     "I'm living proof that this works.", "I owe my life to the team.",
                     "Three rounds later my scans are clear.",
                     "\"After three cycles my markers were normal.\" - Anna, Sweden",
                     "Sam is here, in this room, cancer-free and restored to health.",
                     "Today she feels healthy and is thankful to be alive.",
                     "Lena's disease was cured, and she thanked the doctors for saving her "
                     "life.", "After stem cell treatment, our patients report improvements.",
                     "According to patient feedback, most patients see results in days.",
                     "Lena beat skin cancer thanks to a new form of immunotherapy.",
                     "Without this therapy, Lena would be dead now.",
                     "The parents told how CAR-T therapy saved their son.",
                     "I wouldn't be here if I hadn't had that treatment.",
                     "Biograft restored his foot and today he can walk again.",
                     "Since the injury, Piet has regained use of his abdominal muscles.",
                     "He was told that his condition has improved.",
                     "Over the following months she recovered and went back to medical "
                     "practice.", "She then recovered so well that she is back home."),
        should_pass=("Patients who are cancer-free after five years are often called cured.",
                     "Patients in the trial were followed for two years.",
                     "The doctor told the family about the risks.",
                     "\"It is early,\" said Dr. Lee - a cautious note.",
                     "Cancer is still the second cause of death.",
                     "Patients who are disease-free at two years are followed yearly.",
                     "Walking is healthy for most people.",
                     "I can work with your oncologist at home.",
                     "Many patients report tiredness after treatment.",
                     "The cancer's spread was cured by surgery in only a few cases.",
                     "Doctors had to amputate her legs to save her life.",
                     "Three months later he went back to the clinic for another injection.",
                     "Patients regained function in 4 of 10 cases in the trial.",
                     "A third victim had to learn to walk again."),
        contexts=ctx(SourceType.clinic_marketing, SourceType.news, SourceType.press_release),
        strong_sales=True,  # a sign of selling that an explainer never carries
    ),
    # --- unnamed source -------------------------------------------------------------
    Rule(
        id="unnamed-centre",
        code=RedFlag.unnamed_source,
        patterns=(
            r"\b(?:a|one) (?:leading|top|major|prestigious|renowned|well-known|famous|large|"
            r"respected|world-renowned)(?: \w+)? (?:cancer )?(?:research )?(?:cent(?:er|re)|"
            r"hospital|institute|university|clinic|lab|laboratory)\b",
            r"(?<!\bour )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bmy )(?<!\byour )"
            r"\b(?:experts|doctors|scientists|researchers|oncologists|specialists) "
            r"(?:say|agree|believe|claim|report)\b",
            r"\baccording to (?:experts|doctors|scientists|researchers|some studies|reports|"
            r"a website|(?:some |various |industry |company |medical )?(?:sources|insiders|"
            r"analysts|observers|experts|disclosures))\b",
            r"\b(?:industry|market|medical) (?:observers|experts|insiders|analysts|sources) "
            r"(?:note|say|agree|believe|report|estimate|suggest)\b",
            # Results credited to a country's doctors: "German oncologists achieve remission".
            r"\b(?:German|Israeli|Chinese|Japanese|Korean|American|Russian|Swiss|Indian|Turkish|"
            r"Mexican|Cuban|Thai|European|Ukrainian|Austrian|Spanish|Italian) (?:oncologists|"
            r"doctors|scientists|researchers|specialists|physicians) (?:achieve|have achieved|"
            r"report|have reported|found|have found|obtain|have obtained)\b",
            r"(?<!\bour )\b(?:doctors|physicians|clinics|specialists)\b[^.\n]{0,60}\bhave "
            r"(?:had|seen|reported|achieved) (?:very )?(?:impressive|excellent|good|great|"
            r"remarkable|outstanding) results\b",
            r"\b(?:a|one) (?:recent |new |large |major )?(?:study|trial) (?:found|showed|shows|"
            r"suggests|reported)\b",
            r"\ban unnamed\b",
        ),
        message="It gives results without naming who got them, so you cannot check them.",
        source=HNR,
        should_flag=("The trial was run at a leading cancer research center.",
                     "Experts say this could change care.",
                     "A recent study found that NK cells work.",
                     "Over 5,000 patients came last year, according to industry sources.",
                     "Industry observers note that the market is growing.",
                     "German oncologists achieve remission in more than 90% of patients "
                     "with stage 1-3 cancer.",
                     "Doctors giving this treatment have had very impressive results."),
        should_pass=("The trial ran at MD Anderson Cancer Center.",
                     "A study in the journal Nature found a response.",
                     "Dr. Lee, who led the trial, said the results were early.",
                     "Our doctors report good results.",
                     "His doctors say his lymphoma is in remission.",
                     "The study was published in the New England Journal of Medicine.",
                     "Our doctors have had excellent results."),
        unless=(_NAMED_STUDY + r"|\b(?:at|from) (?:the )?[A-Z][a-z]+ (?:[A-Z][a-z]+ )*"
                r"(?:University|Hospital|Institute|Cent(?:er|re))",),
        contexts=PROMOTIONAL,
        cancels=("study_named_elsewhere", "sober_story_names_its_people"),
    ),
    # --- small uncontrolled ---------------------------------------------------------
    Rule(
        id="small-study-as-proof",
        code=RedFlag.small_uncontrolled,
        patterns=(
            # "four in ten patients" is a ratio, not a study size: "in" only counts alone;
            # nor is "a team of three people".
            r"(?<!team )(?<!family )(?<!panel )(?<!staff )"
            r"\b(?:out of|of|among|all|only|(?<!\d )(?<!one )(?<!two )(?<!three )(?<!four )"
            r"(?<!five )(?<!six )(?<!seven )(?<!eight )(?<!nine )in) "
            r"(?:the )?(?:first |initial )?(?:[1-9]|[1-3]\d|" + SMALL_COUNT + r")\b (?:\w+ )?"
            r"(?:patients|people|participants|subjects|volunteers|children|adults|women|men)\b",
            r"\b(?:a|the) (?:small|tiny|handful of|few) (?:group|number) of (?:patients|people)\b",
            # "a trial with a group of five acute myeloid leukemia patients"
            r"\b(?:a|the) (?:small )?group of (?:just |only )?(?:[1-9]|[1-3]\d|" + SMALL_COUNT
            + r")\b (?:[\w-]+ ){0,4}?"
            r"(?:patients|people|participants|children|adults|women|men)\b",
            r"\b(?:a|one) (?:single )?(?:case|patient)(?: report)? (?:shows|proves|showed|proved)",
            r"\bpilot study\b",
            r"\b(?:treated|enrolled|included|involved|recruited|tested (?:it |them )?(?:on|in)) "
            r"(?:just |only |a total of )?(?:[1-9]|[12]\d|" + SMALL_COUNT + r") (?:\w+ )?"
            r"(?:patients|people|participants|subjects|volunteers|children|adults|women|men)\b",
            # A treatment series counted by patients: "fifteen patients have received it",
            # "it has been given to about 150 patients" (no comparison group).
            r"\b(?:[1-9]\d?|" + SMALL_COUNT + r") (?:\w+ )?(?:patients|people)"
            r"(?:, [^,.\n]{1,30},)? (?:have|had) "
            r"(?:now |so far |already )?(?:received|been (?:treated|given))\b",
            r"\b(?:has|have) (?:now |so far |already )?been (?:given|administered) to "
            r"(?:about |around |over |more than |nearly )?\d[\d,]* (?:patients|people)\b",
            # A provider's own series: "in our 300 CAR-T cases", "given in a total of 172
            # cases", "tens of patients have been successfully treated".
            r"\b(?:in|of|among) our (?:first )?(?:\d[\d,]*|hundreds of|thousands of) "
            r"(?:[\w-]+ )?(?:cases|patients)\b",
            r"\b(?:given|performed|done|used|applied) in (?:a total of |over |more than )?"
            r"\d[\d,]* cases\b",
            r"\b(?:tens|dozens|hundreds) of patients have (?:now |already )?been "
            r"(?:successfully )?treated\b",
            # A count of the provider's patients given with its success rate: "has treated
            # more than 150 patients ... and achieved improvements in 78% of cases".
            r"\b(?:has|have) (?:successfully )?treated (?:more than |over |about |around |"
            r"nearly )?\d[\d,]* (?:[\w-]+ ){0,3}?(?:patients|people|cases)\b"
            r"(?=[^.\n]{0,120}\d ?%)",
            r"\b(?:first |initial )?(?:two|three|four|five|[2-9]) case reports\b",
            # A provider's own patients with an outcome share and no comparison: "had treated
            # more than 265 patients; the treatment is effective to over 92% of patients",
            # "In a pilot survey, more than 80% of the patients treated reported
            # improvements" (the spec's case series, presented as proof).
            r"\b(?:treated|our|we|pilot)\b[^.\n]{0,120}?\b(?:effective (?:to|in|for) (?:over |"
            r"more than |about |around )?\d+ ?(?:%|percent)|(?:over |more than |about |around |"
            r"approximately |nearly )?\d+ ?(?:%|percent) (?:of )?(?:the |our |all )?"
            r"(?:[\w-]+ ){0,2}(?:patients|cases)\b[^.\n]{0,60}?\b(?:improv\w*|respond\w*|healed|"
            r"benefit\w*))",
        ),
        message="It presents a small study with no comparison group as if it proved the "
        "treatment works.",
        source=HNR,
        should_flag=("Out of the 15 patients, 10 responded.", "8 of 11 patients responded.",
                     "The trial enrolled a small group of patients.",
                     "The research treated 8 women, and experts are excited.",
                     "Among the first six patients who could be assessed, half responded.",
                     "Twelve patients, including my father, have received the cells.",
                     "Seventeen patients have received the vaccine so far.",
                     "So far the vaccine has been given to about 200 patients.",
                     "In our 300 CAR-T cases, the remission rate is about 90%.",
                     "DC has been given in a total of 172 cases.",
                     "Tens of patients have been successfully treated by this method.",
                     "encouraging data in the first two case reports",
                     "The team started a trial with a group of five acute myeloid leukemia "
                     "patients.",
                     "The center has treated more than 150 patients with MS and achieved "
                     "improvements in 78% of cases.",
                     "We had treated 265 patients; the treatment is effective to over 92% of "
                     "patients.",
                     "In a pilot survey, more than 80% of the stroke patients treated reported "
                     "improvements."),
        should_pass=("[Icon of a team of three people]", "The trial randomized 800 patients.",
                     "Out of 412 patients, 200 responded.",
                     "Roughly four in ten patients are in remission.",
                     "The study treated 300 patients.",
                     "Grade 1 cytokine release syndrome occurred in 4 patients (7.7%).",
                     "In the randomized trial, 300 patients have received the drug.",
                     "Twelve patients have received the vaccine in the control group.",
                     "In our randomized trial of 300 patients, half got the vaccine.",
                     "A case report describes one patient.",
                     "The group of 5 experts met in May.",
                     "We have treated more than 150 patients with MS since 2010.",
                     "The trial randomized a group of 20 patients to each arm.",
                     "Around 85% of patients experienced a noticeable improvement.",
                     "Our nurses say 90% of patients need no pain medicine."),
        # "CRS occurred in 4 patients" counts harms, not the size of the study.
        unless=(r"\brandomi[sz]ed\b|\bcontrol (?:group|arm)\b|\bplacebo\b|\b(?:occurred|"
                r"was seen|were seen|was observed|were observed|was reported|were reported|"
                r"developed) in (?:\d+|" + SMALL_COUNT + r") "
                r"(?:\w+ )?(?:patients|people|participants)\b",),
        contexts=PROMOTIONAL,
    ),
)

# What a provider offers that no regulator has approved, read only to decide two flags that
# follow from the source type (redflags.py): a provider's own unapproved treatment offered
# outside a trial (offered_outside_trials), and what a sales page that names no risk
# promotes (risks_minimized). Not candidates themselves, and not the model's features.
# The unproven-therapy signal (rules/source_types.py) and the therapy names NK, dendritic
# cell and immune cell count too; these add the ways real sales pages describe the same
# service without naming the cell type: the patient's own cells grown and given back.
UNPROVEN_OFFERS: tuple[Rule, ...] = (
    Rule(
        id="offer-cells-given-back",
        code=RedFlag.offered_outside_trials,
        patterns=(
            r"\b(?:immune cells|immunocytes|lymphocytes|killer cells|NK cells|T[- ]cells|"
            r"the cells|these cells)\b[^.\n]{0,100}?\b(?:(?:put|given|injected|infused|"
            r"returned|transferred) back (?:in)?to (?:the|his|her|your|their) (?:patient['’]s "
            r")?(?:body|bloodstream|blood|veins?)|re-?infused)\b",
            r"\btransfus\w* (?:\w+ ){0,3}?(?:immunocytes|immune cells|lymphocytes|killer "
            r"cells)\b",
            r"\b(?:immune cells|immunocytes|lymphocytes)\b[^.\n]{0,40}?\b(?:isolated|collected|"
            r"taken|extracted|separated) from (?:the )?(?:patient['’]s |patients['’] |your |"
            r"cancer patients['’]? )?(?:own )?(?:peripheral )?blood\b",
            r"\bputting the cells back into\b",
        ),
        message="It offers the patient's own immune cells, grown and given back, which is not "
        "an approved treatment, outside a registered clinical trial.",
        source=f"{FDA}; {ISSCR}",
        should_flag=("The cultured lymphocytes are then injected back into his body.",
                     "by transfusing immunocytes with antitumor activity into patients",
                     "Immune cells are isolated from the peripheral blood of cancer patients.",
                     "the right timing for putting the cells back into the patient's body"),
        should_pass=("Lymphocytes are a kind of white blood cell.",
                     "NK cells patrol the blood.",
                     "A blood transfusion may be needed after surgery."),
    ),
    Rule(
        id="offer-unproven-named",
        code=RedFlag.offered_outside_trials,
        patterns=(
            r"\bimmune[- ](?:boosting|enhancing|strengthening) (?:cell )?(?:therap(?:y|ies)|"
            r"treatments?|infusions?)\b",
            r"\bbiomedical cell products?\b",
            r"\b(?:herbal|homeopathic|ayurvedic) (?:immuno-?therap(?:y|ies)|cancer "
            r"treatments?|treatments? for cancer)\b",
        ),
        message="It offers a treatment that is not an approved cancer treatment, outside a "
        "registered clinical trial.",
        source=f"{FDA}; {ISSCR}",
        should_flag=("an autologous immune-boosting therapy at our hospital",
                     "A biomedical cell product made from dendritic cells",
                     "Herbal immunotherapy is a better alternative."),
        should_pass=("Exercise can help the immune system.",
                     "Herbal supplements may interact with chemotherapy."),
    ),
    # Heat and viruses sold as immune treatments: whole-body or "fever" hyperthermia, and
    # oncolytic viruses other than the approved talimogene (T-VEC) and teserpaturev.
    Rule(
        id="offer-heat-or-virus",
        code=RedFlag.offered_outside_trials,
        patterns=(
            r"\b(?:whole[- ]body|systemic|fever[- ]range) hyperthermia\b",
            r"\bhyperthermia\b[^.\n]{0,60}\bimmun\w+|\bimmun\w+[^.\n]{0,60}\bhyperthermia\b",
            r"\boncolytic (?:virus|viro)\w*",
        ),
        message="It offers a treatment that is not an approved cancer treatment, outside a "
        "registered clinical trial.",
        source=f"{FDA}; {ISSCR}",
        should_flag=("We offer whole-body hyperthermia for cancer.",
                     "Hyperthermia stimulates the immune system against the tumour.",
                     "oncolytic virotherapy for melanoma patients"),
        should_pass=("The hyperthermia unit supports radiotherapy.",
                     "Talimogene laherparepvec (T-VEC), an approved oncolytic virus, is injected "
                     "into melanoma."),
        unless=(r"\b(?:talimogene|T-?VEC|Imlygic|teserpaturev|Delytact)\b",),
    ),
)
