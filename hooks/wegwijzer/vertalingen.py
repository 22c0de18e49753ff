"""Translations: fingerprints of the Dutch source and the status of every translated item.

A translation stores the fingerprint of the Dutch text it was made from. When an editor
changes the Dutch text, its fingerprint changes and the translation shows as outdated.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from . import model

# The Dutch fields a translation of each kind is made from.
BRONVELDEN = {
    "vragen": ("ouders", "leerlingen"),
    "onderwerpen": ("titel", "titel_leerlingen", "intro", "intro_leerlingen"),
    "partners": ("naam", "waarvoor", "naam_leerlingen", "waarvoor_leerlingen"),
}
STATUSSEN = ("vertaald", "concept", "verouderd", "ontbreekt")


def _platte_tekst(waarde):
    if isinstance(waarde, model.Versie):
        return [str(waarde.vraag), str(waarde.antwoord)]
    return None if waarde is None else str(waarde)


def vingerafdruk(bron, soort: str) -> str:
    """8 hex characters that change whenever one of the Dutch source texts changes."""
    teksten = [_platte_tekst(getattr(bron, v)) for v in BRONVELDEN[soort]]
    return hashlib.sha256(json.dumps(teksten, ensure_ascii=False).encode("utf-8")).hexdigest()[:8]


def status(bron, vertaling, soort: str) -> str:
    if vertaling is None:
        return "ontbreekt"
    if vertaling.vingerafdruk != vingerafdruk(bron, soort):
        return "verouderd"
    return "concept" if vertaling.concept else "vertaald"


@dataclass
class Telling:
    taal: str
    aantallen: dict[str, int]
    verouderd: list[tuple[str, str, str]]  # (soort, id, current fingerprint)
    ontbreekt: list[tuple[str, str, str]]


def tel(sector, taal: str) -> Telling:
    """How many items of a sector are translated, draft, outdated or missing in ``taal``."""
    vertaling = sector.vertalingen.get(taal) or model.Vertaling(taal=taal)
    bronnen = {"vragen": sector.vragen, "onderwerpen": sector.onderwerpen, "partners": sector.partners.partners}
    telling = Telling(taal, dict.fromkeys(STATUSSEN, 0), [], [])
    for soort, items in bronnen.items():
        for bron in items:
            s = status(bron, getattr(vertaling, soort).get(bron.id), soort)
            telling.aantallen[s] += 1
            if s in ("verouderd", "ontbreekt"):
                getattr(telling, s).append((soort, bron.id, vingerafdruk(bron, soort)))
    return telling
