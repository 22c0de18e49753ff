"""A sector as it reads in one language: the model with translated texts put in.

Where a translation is missing, the Dutch text stays and is marked ``NL``, so rendering can
give it ``lang="nl" dir="ltr"``. An outdated translation is still used: the page says it may be
out of date. Pure functions: no files, no mkdocs.
"""
from __future__ import annotations

import dataclasses
from dataclasses import replace

from wegwijzer.content import model
from wegwijzer.content.doorklik import Boom
from wegwijzer.content.fingerprint import SCHOLEN_VELDEN, status, vertaald_item
from wegwijzer.content.sector import Sector
from wegwijzer.content.talen import BRONTAAL, NL, is_nl


def _nl(waarde):
    """Mark every text inside ``waarde`` as Dutch."""
    if waarde is None or isinstance(waarde, NL):
        return waarde
    if isinstance(waarde, str):
        return NL(waarde)
    if isinstance(waarde, list):
        return [_nl(w) for w in waarde]
    if dataclasses.is_dataclass(waarde):
        return replace(waarde, **{f.name: _nl(getattr(waarde, f.name)) for f in dataclasses.fields(waarde)
                                  if isinstance(getattr(waarde, f.name), (str, list)) or
                                  dataclasses.is_dataclass(getattr(waarde, f.name))})
    return waarde


def _kies(nl, vertaald):
    """The translation when there is one, else the Dutch text marked NL."""
    return _nl(nl) if vertaald is None or nl is None else vertaald


def _velden(bron, item, namen):
    return {n: _kies(getattr(bron, n), getattr(item, n, None) if item else None) for n in namen}


def _site(sector: Sector, item) -> tuple[model.Site, model.PartnersBestand]:
    s, c = sector.site, sector.site.contact
    bereikbaar = item.bereikbaar if item and item.bereikbaar else None
    contact = replace(c, reactietijd=_kies(c.reactietijd, item and item.reactietijd),
                      daarna=_kies(c.daarna, item and item.daarna),
                      bereikbaar=_kies(c.bereikbaar, bereikbaar))
    taken = replace(s.ojs_taken, wel=_kies(s.ojs_taken.wel, item and item.ojs_wel),
                    niet=_kies(s.ojs_taken.niet, item and item.ojs_niet))
    site = replace(s, welkom=_kies(s.welkom, item and item.welkom), contact=contact, ojs_taken=taken)
    partners = replace(sector.partners, volgorde_uitleg=_kies(sector.partners.volgorde_uitleg,
                                                              item and item.volgorde_uitleg))
    return site, partners


def _doorklik(boom: Boom, item) -> Boom:
    d = boom.doorklik
    stappen = []
    for stap in d.vragen:
        v = item.vragen.get(stap.id) if item else None
        if v and len(v.keuzes) != len(stap.keuzes):
            v = None  # an outdated translation of a step whose choices changed in Dutch: Dutch until translated
        keuzes = [replace(k, tekst=v.keuzes[i] if v else NL(k.tekst)) for i, k in enumerate(stap.keuzes)]
        stappen.append(replace(stap, **_velden(stap, v, ("vraag", "uitleg")), keuzes=keuzes))
    uitkomsten = [replace(u, **_velden(u, item.uitkomsten.get(u.id) if item else None,
                                       ("titel", "antwoord", "onderwerp"))) for u in d.uitkomsten]
    return Boom.van(replace(d, **_velden(d, item, ("titel", "intro")), vragen=stappen, uitkomsten=uitkomsten))


def in_taal(sector: Sector, taal: str) -> Sector:
    """``sector`` with the texts of ``taal``; Dutch (marked NL) where a translation is missing."""
    if taal == BRONTAAL:
        return sector
    vertaling = sector.vertalingen.get(taal)

    def item(soort, id_):
        return None if status(sector, vertaling, soort, id_) == "ontbreekt" else vertaald_item(vertaling, soort, id_)

    site, partners = _site(sector, item("site", "site"))
    partners = replace(partners, partners=[
        replace(p, **_velden(p, item("partners", p.id), ("naam", "waarvoor", "naam_leerlingen",
                                                           "waarvoor_leerlingen")))
        for p in sector.partners.partners])
    onderwerpen = [replace(o, **_velden(o, item("onderwerpen", o.id), ("titel", "titel_leerlingen", "intro",
                                                                         "intro_leerlingen", "groep")))
                   for o in sector.onderwerpen]
    vragen = [replace(v, **_velden(v, item("vragen", v.id), ("ouders", "leerlingen"))) for v in sector.vragen]
    doorklik = {d: _doorklik(boom, item("doorklik", d)) for d, boom in sector.doorklik.items()}
    scholen = replace(sector.scholen, **_velden(sector.scholen, item("scholen", "scholen"), SCHOLEN_VELDEN))
    return Sector(site, onderwerpen, partners, scholen, vragen, sector.onderwerp_van, doorklik, sector.vertalingen,
                  sector.zoekwoorden, taal=taal, bron=sector)


def vertaalstatus(sector: Sector, soort: str, id_: str) -> str | None:
    """'ontbreekt', 'verouderd' or 'concept' for a page made from (soort, id); None when nothing to say."""
    if sector.taal == BRONTAAL:
        return None
    s = status(sector.bron, sector.vertalingen.get(sector.taal), soort, id_)
    return None if s == "vertaald" else s


def paginastatus(sector: Sector, soort: str, id_: str, hoofdtekst) -> str | None:
    """The notice a page made from (soort, id) needs; ``hoofdtekst`` is its main text."""
    return "ontbreekt" if is_nl(hoofdtekst) else vertaalstatus(sector, soort, id_)
