"""One sector's site as data: everything loader.py read and checked, cross-referenced."""
from __future__ import annotations

from dataclasses import dataclass, field

from wegwijzer.content import model
from wegwijzer.content.doorklik import Boom
from wegwijzer.content.talen import BRONTAAL
from wegwijzer.content.vertaalmodel import Vertaling


@dataclass
class Sector:
    """Everything one sector's site is made of, checked and cross-referenced."""

    site: model.Site
    onderwerpen: list[model.Onderwerp]
    partners: model.PartnersBestand
    scholen: model.Scholen | None = None  # None only while loading: scholen.yml is required
    vragen: list[model.Vraag] = field(default_factory=list)
    onderwerp_van: dict[str, str] = field(default_factory=dict)  # vraag id -> onderwerp id
    doorklik: dict[str, Boom] = field(default_factory=dict)  # "ouders" / "leerlingen" -> tree
    vertalingen: dict[str, Vertaling] = field(default_factory=dict)  # language -> translation
    zoekwoorden: model.Zoekwoorden = field(default_factory=model.Zoekwoorden)  # search synonyms per language
    taal: str = BRONTAAL  # the language of the texts (vertaal.in_taal makes the other languages)
    bron: Sector | None = None  # the Dutch sector a translated one was made from

    def vraag(self, vraag_id: str) -> model.Vraag:
        return next(v for v in self.vragen if v.id == vraag_id)

    def partner(self, partner_id: str) -> model.Partner:
        return next(p for p in self.partners.partners if p.id == partner_id)

    def vragen_over(self, onderwerp_id: str) -> list[model.Vraag]:
        return [v for v in self.vragen if self.onderwerp_van[v.id] == onderwerp_id]
