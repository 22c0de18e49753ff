"""The site's own words per language, from teksten/<taal>.yml."""
from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

MAP = Path(__file__).parent / "teksten"


@cache
def teksten(taal: str = "nl") -> dict:
    with open(MAP / f"{taal}.yml", encoding="utf-8") as f:
        return yaml.safe_load(f)
