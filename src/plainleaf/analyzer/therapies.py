"""Which therapies a text is about."""

from __future__ import annotations

import re
from collections import Counter

from plainleaf.analyzer.engine import Doc, Hit, find_hits
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
    TherapyCode.immune_cell: "immune cell drips (CIK, LAK)",
}


CELL_THERAPIES = {TherapyCode.car_t, TherapyCode.til, TherapyCode.nk, TherapyCode.car_nk,
                  TherapyCode.tcr_t}
_SPELLED_OUT = re.compile(r"chimeric|infiltrating|natural killer|receptor", re.IGNORECASE)
_AS_TREATMENT = re.compile(r"[- ]?(?:T[- ])?(?:cells?[- ])?(?:therap|treatment|infusion|product)",
                           re.IGNORECASE)


def therapy_hits(text: str | Doc, end: int | None = None) -> list[Hit]:
    return find_hits(RULES, text if isinstance(text, Doc) else Doc(text), end)


def therapies_from_hits(hits: list[Hit], text: str = "") -> list[str]:
    """Codes the text discusses, in order of first mention.

    A therapy named once in passing ("unlike chemotherapy, ...") is not what the text is
    about; one named twice or more is. If only one therapy is named at all, it counts.
    """
    counts = Counter(h.code for h in hits)
    order = list(dict.fromkeys(h.code for h in hits))
    if len(order) == 1:
        return order
    # A cell therapy named once as a treatment ("TCR-T cell therapy", "Chimeric Antigen
    # Receptor (CAR) T-cell therapy") is a topic, not an aside like "(CAR-NK)".
    named = {
        h.code for h in hits
        if h.code in CELL_THERAPIES and (
            _SPELLED_OUT.search(text[h.start : h.end]) or _AS_TREATMENT.match(text, h.end)
        )
    }
    if TherapyCode.car_nk in counts:
        named.discard(TherapyCode.nk)  # "engineered natural killer cells" = the CAR-NK
    found = [c for c in order if counts[c] >= 2 or c in named]
    if len(found) > 1 and counts[TherapyCode.chemotherapy] < 3:
        # Chemo named in passing ("after chemotherapy") is the backdrop, not the topic.
        found = [c for c in found if c != TherapyCode.chemotherapy]
    if not found:
        # Nothing named twice: the most-named non-chemo therapy is still the topic.
        ranked = sorted((c for c in order if c != TherapyCode.chemotherapy),
                        key=lambda c: -counts[c])
        found = ranked[:1]
    # Chemotherapy is usually the backdrop ("after chemotherapy"); list it last.
    return sorted(found, key=lambda c: c == TherapyCode.chemotherapy)
