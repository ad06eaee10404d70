"""Arabic casualty-figure rules (placeholder until the extractor lands)."""

from __future__ import annotations

from datetime import date
from typing import Optional

from tollwatch.records import CasualtyFigure


def extract_arabic(text: str, published: Optional[date] = None) -> list[CasualtyFigure]:
    return []
