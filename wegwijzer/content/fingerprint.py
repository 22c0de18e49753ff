"""The fingerprint of a Dutch text and the status of its translation.

A translation stores the fingerprint of the Dutch text it was made from. When an editor
changes the Dutch text, its fingerprint changes and the translation shows as outdated.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json

from wegwijzer.content.vertaalbaar import haal, vertaalklasse, vertaalvelden
from wegwijzer.content.vertaalmodel import Vertaling

STATUSSEN = ("vertaald", "concept", "verouderd", "ontbreekt")
SOORTEN = ("site", "onderwerpen", "vragen", "partners", "doorklik", "scholen")
# Items that occur once per sector: their translation is a single record, not a table by id.
ENKEL = ("site", "scholen")


def _plat(waarde):
    """The texts inside a model value, as plain JSON (the input of a fingerprint)."""
    if waarde is None or isinstance(waarde, (str, bool)):
        return None if waarde is None else str(waarde)
    if isinstance(waarde, list):
        return [_plat(w) for w in waarde]
    return [_plat(getattr(waarde, f.name)) for f in dataclasses.fields(waarde)]


def _record(bron, klasse: type) -> dict:
    """The Dutch texts of ``bron`` in the shape of its translated record ``klasse``."""
    return {v.naam: {w.id: _record(w, v.tabel) for w in haal(bron, v.bron)} if v.tabel else haal(bron, v.bron)
            for v in vertaalvelden(klasse)}


def bronrecord(sector, soort: str, id_: str):
    """The Dutch record a translation of (soort, id) translates (for "site": the sector itself)."""
    if soort == "site":
        return sector
    if soort == "vragen":
        return sector.vraag(id_)
    if soort == "onderwerpen":
        return next(o for o in sector.onderwerpen if o.id == id_)
    if soort == "partners":
        return sector.partner(id_)
    return sector.scholen if soort == "scholen" else sector.doorklik[id_].doorklik


def bron(sector, soort: str, id_: str) -> dict:
    """The Dutch texts of (soort, id) in the shape of its translation, field by field."""
    return _record(bronrecord(sector, soort, id_), vertaalklasse(soort))


def _plat_record(record: dict, klasse: type) -> list:
    return [[[id_, *_plat_record(r, v.tabel)] for id_, r in record[v.naam].items()] if v.tabel
            else _plat(record[v.naam]) for v in vertaalvelden(klasse)]


def bronteksten(sector, soort: str, id_: str) -> list:
    """The Dutch texts a translation of (soort, id) is made from."""
    return _plat(_plat_record(bron(sector, soort, id_), vertaalklasse(soort)))


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
