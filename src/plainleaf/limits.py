"""Reading-level limits for patient-facing text: the one place they are set."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class ReadingLimits(BaseModel):
    model_config = ConfigDict(frozen=True)

    # US grade 8 is the ceiling; health-literacy guidance (AMA, NIH, AAFP) aims for 6-8.
    max_flesch_kincaid_grade: float = 8.0
    # SMOG runs about 1-2 grades above Flesch-Kincaid on health text, hence 9.
    max_smog_index: float = 9.0


LIMITS = ReadingLimits()
