"""Names of therapies, including product and drug names (labels spec, "Therapy codes").

Product names from the FDA lists of approved cellular and gene therapy products and
the NCI Drug Dictionary.
"""

from __future__ import annotations

from plainleaf.analyzer.rules import Rule
from plainleaf.spec import TherapyCode as T

SRC = "FDA approved cellular and gene therapy products; NCI Drug Dictionary"

CAR_T_PRODUCTS = (
    "kymriah", "tisagenlecleucel", "yescarta", "axicabtagene", "tecartus", "brexucabtagene",
    "breyanzi", "lisocabtagene", "abecma", "idecabtagene", "carvykti", "ciltacabtagene",
    "aucatzyl", "obecabtagene", "axi-cel", "tisa-cel", "liso-cel", "ide-cel", "cilta-cel",
    "brexu-cel", "satri-cel",
    # Approved in China (NMPA): relmacabtagene, equecabtagene, zevorcabtagene.
    "carteyva", "relma-cel", "fucaso", "eque-cel", "zevor-cel",
)
CHECKPOINT_DRUGS = (
    "pembrolizumab", "nivolumab", "atezolizumab", "durvalumab", "ipilimumab", "tremelimumab",
    "camrelizumab", "sintilimab", "tislelizumab", "toripalimab", "cemiplimab", "avelumab",
    "dostarlimab", "keytruda", "opdivo", "tecentriq", "imfinzi", "yervoy", "imjudo",
)
TARGETED_DRUGS = (
    "lenvatinib", "sorafenib", "regorafenib", "cabozantinib", "bevacizumab", "ramucirumab",
    "donafenib", "apatinib", "lenvima", "nexavar", "avastin", "stivarga", "cabometyx",
    "imatinib", "trastuzumab", "rituximab",
)
TIL_PRODUCTS = ("lifileucel", "amtagvi")
TCR_PRODUCTS = ("afamitresgene", "afami-cel", "tecelra", "tebentafusp")
DENDRITIC_PRODUCTS = ("sipuleucel", "provenge", "dcvax", "denvax")
# A dendritic-cell vaccine named without "cell" ("Dendritic cancer vaccine"); the
# source-type signal for unproven cell therapies reads the same words.
DENDRITIC_VACCINE = r"\bdendritic (?:cancer |tumou?r )?vaccin\w*"


def _names(names: tuple[str, ...]) -> str:
    return r"\b(?:" + "|".join(n.replace("-", "[- ]?") for n in names) + r")\w*"


RULES: tuple[Rule, ...] = (
    Rule("th-car-nk", T.car_nk, (
        r"\b(?-i:CAR)[- ]?NK\b", r"\b(?-i:CAR)[- ](?:engineered|modified) NK\b",
        r"\bchimeric antigen receptor[- ](?:\(CAR\)[- ])?(?:natural killer|NK)\b"),
         "CAR-NK cell therapy", SRC, ("CAR-NK cells", "CAR NK therapy"), ("CAR-T cells",)),
    Rule("th-car-t", T.car_t, (
        r"\b(?-i:CAR)[- ]?T(?:[- ]cells?)?\b", r"\b(?-i:CAR) T[- ]?cells?\b",
        r"\bchimeric antigen receptors?[- ](?:\(CARs?\)[- ]?)?T\b",
        r"\bchimeric antigen receptors?\b(?![- ](?:\(CAR\)[- ])?(?:natural killer|NK))",
        _names(CAR_T_PRODUCTS),
        # The word part that CAR-T products' generic names share (axicabtagene,
        # lisocabtagene, "relmacabtagene autoleucel"): a product named only that way.
        r"\b[a-z]+cabtagene\b"),
         "CAR-T cell therapy", SRC,
         ("CAR T-cell therapy", "Chimeric Antigen Receptor (CAR) T-cell therapy", "Kymriah",
          "relmacabtagene autoleucel"),
         ("CAR-NK cells", "a car trip", "a cart of food")),
    Rule("th-til", T.til, (r"\btumou?r[- ]infiltrating lymphocytes?\b", r"\bTILs?\b",
                           _names(TIL_PRODUCTS)),
         "TIL therapy", SRC, ("tumor-infiltrating lymphocytes", "TIL therapy", "lifileucel"),
         ("until", "T cells")),
    Rule("th-tcr-t", T.tcr_t, (r"\bTCR[- ]?T\b", r"\bT[- ]cell receptor[- ](?:engineered|"
                               r"modified|T)\b", _names(TCR_PRODUCTS)),
         "TCR-T cell therapy", SRC, ("TCR-T cells", "afami-cel"), ("T cells",)),
    Rule("th-nk", T.nk, (r"\bnatural killer\b(?! T)",
                         r"(?<!CAR-)(?<!CAR )(?<!CAR)\bNK\b(?![- ]?T\b)"),
         "NK cell therapy", SRC, ("Natural Killer (NK) Cell Therapy", "NK cells"),
         ("CAR-NK cells", "NKT cells")),
    # CIK, LAK and "activated lymphocytes": the "immune cell" drips clinics sell (our page
    # immune-cell-infusions). Not "activated T cells" alone: CAR-T explainers use it too.
    Rule("th-immune-cell", T.immune_cell, (
        r"\bcytokine[- ]induced killer\b", r"\b(?-i:D?C?-?CIK)\b",
        r"\blymphokine[- ]activated killer\b", r"\b(?-i:LAK)\b",
        r"\bactivated (?:auto(?:logous)? )?lymphocytes?(?: (?:therapy|infusions?|transfer))?\b"),
         "immune cell infusions (CIK, LAK, activated lymphocytes)", SRC,
         ("cytokine-induced killer (CIK) cells", "DC-CIK therapy", "LAK cells",
          "activated lymphocyte therapy"),
         ("the cells were activated in the lab", "a lake", "CAR-T cells")),
    Rule("th-tace", T.tace, (r"\bc?TACE\b", r"\bDEB-?TACE\b", r"\bchemo-?emboli[sz]ation\b",
                             r"\btrans-?arterial chemo\w*"),
         "TACE", SRC, ("transarterial chemoembolization", "TACE"), ("embolism",)),
    Rule("th-checkpoint", T.checkpoint_inhibitor, (
        r"\b(?:immune )?checkpoint (?:inhibitors?|blockade|blockers?|drugs?)\b", r"\bICIs?\b",
        r"\bPD-?\(?L?\)?1\b", r"\bCTLA-?4\b", r"\banti-PD", _names(CHECKPOINT_DRUGS)),
         "Checkpoint inhibitor", SRC, ("PD-1 inhibitors", "durvalumab", "PD-(L)1 inhibitors"),
         ("The checkpoint at the border.",)),
    Rule("th-targeted", T.targeted_therapy, (
        r"\b(?:molecular(?:ly)? )?targeted (?:therapy|therapies|drugs?|agents?|treatments?|"
        r"medicines?)\b", r"\btyrosine kinase inhibitors?\b", r"\bTKIs?\b",
        _names(TARGETED_DRUGS)),
         "Targeted therapy", SRC, ("molecular targeted therapies", "lenvatinib", "bevacizumab"),
         ("targeted approach",)),
    Rule("th-stem-cell", T.stem_cell, (
        r"\bstem[- ]cell (?:therapy|therapies|treatments?|transplant\w*|infusions?|"
        r"injections?)\b", r"\bbone marrow transplant\w*\b", r"\bHSCT\b",
        # Stem cells sold by clinics are named by their source ("umbilical-cord-derived").
        # iPSC-derived CAR-NK products are not stem cell treatments, so "pluripotent" is out.
        r"\b(?:umbilical[- ]cord|cord[- ]blood|mesenchymal|adipose|placental)(?:[- ]derived)? "
        r"stem cells?\b", r"\bMSCs?\b",
        r"\bhaematopoietic stem|\bhematopoietic stem\b",
        # Cells a clinic gives ("the stem cells are thawed"); not the biology of a tumour.
        r"(?<!pluripotent )(?<!cancer )(?<!tumor )(?<!tumour )\bstem cells\b"),
         "Stem cell treatment", SRC, ("stem cell therapy", "bone marrow transplant",
                                     "umbilical-cord-derived stem cells", "mesenchymal stem cells",
                                     "the stem cells are thawed before the visit"),
         ("R3 Stem Cell offers", "derived from induced pluripotent stem cells",
          "cancer stem cells resist chemotherapy")),
    Rule("th-dendritic", T.dendritic_cell, (
        r"\bdendritic[- ]cells?(?: \w+){0,3} (?:vaccin\w*|therapy|therapies|immunotherapy)\b",
        DENDRITIC_VACCINE,
        r"\bDC[- ](?:vaccines?|CIK)\b", _names(DENDRITIC_PRODUCTS)),
         "Dendritic cell vaccine", SRC, ("dendritic cell vaccine", "sipuleucel-T",
                                         "3 dendritic cell vaccinations",
                                         "dendritic cell and NK cell therapy",
                                         "Dendritic cancer vaccine", "DCVax-L"),
         ("Dendritic cells show antigens.",)),
    Rule("th-chemo", T.chemotherapy, (r"\bchemotherap(?:y|ies)\b", r"\bchemo\b(?![- ]?emb)"),
         "Chemotherapy", SRC, ("chemotherapy", "a short course of chemo"),
         ("chemoembolization",)),
)
