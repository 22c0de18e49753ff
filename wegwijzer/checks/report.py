"""The report of ``make check`` as one HTML page (overrides/ww-rapport.html) that editors open from disk."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from wegwijzer.checks.readability import Verslag
from wegwijzer.content.controles import Controles
from wegwijzer.pages.templates import render as vul_in

SOORTEN = {"nakijken": "Nakijken", "zin": "Lange zinnen", "woord": "Lange woorden",
           "b1": "Geen taalniveau B1", "score": "Moeilijke teksten", "schema": "Schema",
           "bron": "Bronnen zonder artikel"}


def render(verslagen: list[Verslag], controles: Controles, templates: Path, vandaag: date) -> str:
    grenzen = {v.sector: {d: getattr(getattr(controles, v.sector), d).min_flesch_douma
                          for d in ("ouders", "leerlingen")} for v in verslagen if v.sector}
    return vul_in(
        templates, "ww-rapport.html", verslagen=verslagen, soorten=SOORTEN, grenzen=grenzen,
        min_woorden=controles.min_woorden_voor_score,
        datum=vandaag.isoformat())
