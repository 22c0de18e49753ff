"""Translations: fingerprints of the Dutch source, the status of every translated item, the report
and a template a translator fills in.

A translation stores the fingerprint of the Dutch text it was made from. When an editor
changes the Dutch text, its fingerprint changes and the translation shows as outdated.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass

import yaml

from . import model

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


def vertaald_item(vertaling: model.Vertaling | None, soort: str, id_: str):
    if vertaling is None:
        return None
    return getattr(vertaling, soort) if soort in ENKEL else getattr(vertaling, soort).get(id_)


def status(sector, vertaling: model.Vertaling | None, soort: str, id_: str) -> str:
    item = vertaald_item(vertaling, soort, id_)
    if item is None:
        return "ontbreekt"
    if item.vingerafdruk != vingerafdruk(sector, soort, id_):
        return "verouderd"
    return "concept" if item.concept else "vertaald"


@dataclass
class Telling:
    taal: str
    aantallen: dict[str, int]
    verouderd: list[tuple[str, str, str]]  # (soort, id, current fingerprint)
    ontbreekt: list[tuple[str, str, str]]


def tel(sector, taal: str) -> Telling:
    """How many items of a sector are translated, draft, outdated or missing in ``taal``."""
    vertaling = sector.vertalingen.get(taal)
    telling = Telling(taal, dict.fromkeys(STATUSSEN, 0), [], [])
    for soort, id_ in eenheden(sector):
        s = status(sector, vertaling, soort, id_)
        telling.aantallen[s] += 1
        if s in ("verouderd", "ontbreekt"):
            getattr(telling, s).append((soort, id_, vingerafdruk(sector, soort, id_)))
    return telling


# --- a template for translators ---------------------------------------------------

def _bron(sector, soort: str, id_: str) -> dict:
    """The Dutch texts of one item in the shape of its translation record."""
    if soort == "site":
        s, c = sector.site, sector.site.contact
        return {"welkom": s.welkom, "reactietijd": c.reactietijd, "daarna": c.daarna,
                "bereikbaar": c.bereikbaar, "ojs_wel": s.ojs_taken.wel, "ojs_niet": s.ojs_taken.niet,
                "volgorde_uitleg": sector.partners.volgorde_uitleg}
    if soort == "vragen":
        v = sector.vraag(id_)
        return {"ouders": v.ouders, "leerlingen": v.leerlingen}
    if soort == "onderwerpen":
        o = next(o for o in sector.onderwerpen if o.id == id_)
        return {k: getattr(o, k) for k in ("titel", "titel_leerlingen", "intro", "intro_leerlingen", "groep")}
    if soort == "partners":
        p = sector.partner(id_)
        return {k: getattr(p, k) for k in ("naam", "waarvoor", "naam_leerlingen", "waarvoor_leerlingen")}
    if soort == "scholen":
        return {k: getattr(sector.scholen, k) for k in SCHOLEN_VELDEN}
    d = sector.doorklik[id_].doorklik
    return {"titel": d.titel, "intro": d.intro,
            "vragen": {s.id: {"vraag": s.vraag, "uitleg": s.uitleg, "keuzes": [k.tekst for k in s.keuzes]}
                       for s in d.vragen},
            "uitkomsten": {u.id: {"titel": u.titel, "antwoord": u.antwoord, "onderwerp": u.onderwerp}
                           for u in d.uitkomsten}}


def _gewoon(waarde):
    """Model values as plain dicts, lists and str, without empty fields."""
    if dataclasses.is_dataclass(waarde):
        waarde = {f.name: getattr(waarde, f.name) for f in dataclasses.fields(waarde)}
    if isinstance(waarde, dict):
        return {str(k): _gewoon(v) for k, v in waarde.items() if v not in (None, [], {})}
    if isinstance(waarde, list):
        return [_gewoon(w) for w in waarde]
    return str(waarde)


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(str, lambda d, s: d.represent_scalar(
    "tag:yaml.org,2002:str", s if "\n" in s.strip() else s.strip(), style="|" if "\n" in s.strip() else None))


def sjabloon(sector, taal: str) -> str:
    """YAML for vertalingen/<taal>.yml with every missing or outdated item, in Dutch, to translate."""
    vertaling = sector.vertalingen.get(taal)
    inhoud: dict = {"taal": taal}
    for soort, id_ in eenheden(sector):
        if status(sector, vertaling, soort, id_) not in ("ontbreekt", "verouderd"):
            continue
        item = {"vingerafdruk": vingerafdruk(sector, soort, id_), "concept": True} | _gewoon(_bron(sector, soort, id_))
        if soort in ENKEL:
            inhoud[soort] = item
        else:
            inhoud.setdefault(soort, {})[str(id_)] = item
    kop = (f"# Vertaal de Nederlandse teksten hieronder naar '{taal}' en zet ze in vertalingen/{taal}.yml.\n"
           "# Laat de ids en de vingerafdrukken staan. 'concept: true' blijft tot een moedertaalspreker\n"
           "# de vertaling heeft nagekeken.\n")
    return kop + yaml.dump(inhoud, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
