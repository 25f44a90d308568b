"""Which therapies a text is about."""

from __future__ import annotations

import re
from collections import Counter

from plainleaf.analyzer.common import Hit, find_hits
from plainleaf.analyzer.rules.therapies import RULES
from plainleaf.spec import TherapyCode

# Plain names used in summary sentences (each is matched by its own therapy rule).
PLAIN_NAMES: dict[str, str] = {
    TherapyCode.car_t: "CAR-T cells",
    TherapyCode.til: "TIL cells",
    TherapyCode.nk: "NK cells",
    TherapyCode.car_nk: "CAR-NK cells",
    TherapyCode.tcr_t: "TCR-T cells",
    TherapyCode.tace: "TACE",
    TherapyCode.checkpoint_inhibitor: "checkpoint drugs",
    TherapyCode.targeted_therapy: "targeted drugs",
    TherapyCode.stem_cell: "stem cell transplants",
    TherapyCode.dendritic_cell: "dendritic cell vaccines",
    TherapyCode.chemotherapy: "chemo",
}


CELL_THERAPIES = {TherapyCode.car_t, TherapyCode.til, TherapyCode.nk, TherapyCode.car_nk,
                  TherapyCode.tcr_t}
_SPELLED_OUT = re.compile(r"chimeric|infiltrating|natural killer|receptor", re.IGNORECASE)


def therapy_hits(text: str) -> list[Hit]:
    return find_hits(RULES, text)


def therapies_from_hits(hits: list[Hit], text: str = "") -> list[str]:
    """Codes the text discusses, in order of first mention.

    A therapy named once in passing ("unlike chemotherapy, ...") is not what the text is
    about; one named twice or more is. If only one therapy is named at all, it counts.
    """
    counts = Counter(h.code for h in hits)
    order = list(dict.fromkeys(h.code for h in hits))
    if len(order) == 1:
        return order
    # A cell therapy introduced once by its full name ("Chimeric Antigen Receptor (CAR)
    # T-cell therapy") is a topic, not an aside like "(CAR-NK)".
    spelled = {
        h.code for h in hits
        if h.code in CELL_THERAPIES and re.search(_SPELLED_OUT, text[h.start : h.end])
    }
    return [c for c in order if counts[c] >= 2 or c in spelled]


def first_mention(hits: list[Hit], code: str) -> Hit | None:
    return next((h for h in hits if h.code == code), None)
