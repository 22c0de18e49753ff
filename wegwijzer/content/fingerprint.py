"""The fingerprint of a Dutch text and the status of its translation.

A translation stores the fingerprint of the Dutch text it was made from. When an editor
changes the Dutch text, its fingerprint changes and the translation shows as outdated.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json

from wegwijzer.content.vertaalmodel import Vertaling

STATUSSEN = ("vertaald", "concept", "verouderd", "ontbreekt")
SOORTEN = ("site", "onderwerpen", "vragen", "partners", "doorklik", "scholen")
# Items that occur once per sector: their translation is a single record, not a table by id.
ENKEL = ("site", "scholen")
SCHOLEN_VELDEN = ("intro", "schoolgids", "poster_leerlingen", "poster_ouders", "flyer")


def _plat(waarde):
    """The texts inside a model value, as plain JSON (the input of a fingerprint)."""
    if waarde is None or isinstance(waarde, (str, bool)):
        return None if waarde is None else str(waarde)
    if isinstance(waarde, list):
        return [_plat(w) for w in waarde]
    return [_plat(getattr(waarde, f.name)) for f in dataclasses.fields(waarde)]


def bronteksten(sector, soort: str, id_: str) -> list:
    """The Dutch texts a translation of (soort, id) is made from."""
    if soort == "site":
        s, c = sector.site, sector.site.contact
        return _plat([s.welkom, c.reactietijd, c.daarna, c.bereikbaar, s.ojs_taken.wel, s.ojs_taken.niet,
                      sector.partners.volgorde_uitleg])
    if soort == "vragen":
        v = sector.vraag(id_)
        return _plat([v.ouders, v.leerlingen])
    if soort == "onderwerpen":
        o = next(o for o in sector.onderwerpen if o.id == id_)
        return _plat([o.titel, o.titel_leerlingen, o.intro, o.intro_leerlingen, o.groep])
    if soort == "partners":
        p = sector.partner(id_)
        return _plat([p.naam, p.waarvoor, p.naam_leerlingen, p.waarvoor_leerlingen])
    if soort == "scholen":
        return _plat([getattr(sector.scholen, n) for n in SCHOLEN_VELDEN])
    d = sector.doorklik[id_].doorklik
    return _plat([d.titel, d.intro, [[s.id, s.vraag, s.uitleg, [k.tekst for k in s.keuzes]] for s in d.vragen],
                  [[u.id, u.titel, u.antwoord, u.onderwerp] for u in d.uitkomsten]])


def vingerafdruk(sector, soort: str, id_: str) -> str:
    """8 hex characters that change whenever one of the Dutch source texts changes."""
    tekst = json.dumps(bronteksten(sector, soort, id_), ensure_ascii=False)
    return hashlib.sha256(tekst.encode("utf-8")).hexdigest()[:8]


def eenheden(sector) -> list[tuple[str, str]]:
    """Every translatable item of a sector as (soort, id), in the order of the translation file."""
    uit = [("site", "site")]
    uit += [("onderwerpen", o.id) for o in sector.onderwerpen]
    uit += [("vragen", v.id) for v in sector.vragen]
    uit += [("partners", p.id) for p in sector.partners.partners]
    uit += [("doorklik", d) for d in sorted(sector.doorklik)]
    uit.append(("scholen", "scholen"))
    return uit


def vertaald_item(vertaling: Vertaling | None, soort: str, id_: str):
    if vertaling is None:
        return None
    return getattr(vertaling, soort) if soort in ENKEL else getattr(vertaling, soort).get(id_)


def status(sector, vertaling: Vertaling | None, soort: str, id_: str) -> str:
    item = vertaald_item(vertaling, soort, id_)
    if item is None:
        return "ontbreekt"
    if item.vingerafdruk != vingerafdruk(sector, soort, id_):
        return "verouderd"
    return "concept" if item.concept else "vertaald"
