"""A sector as it reads in one language: the model with translated texts put in.

Where a translation is missing, the Dutch text stays and is marked ``NL``, so rendering can
give it ``lang="nl" dir="ltr"``. An outdated translation is still used: the page says it may be
out of date. Pure functions: no files, no mkdocs.
"""
from __future__ import annotations

import dataclasses
from dataclasses import replace

from wegwijzer.content.doorklik import Boom
from wegwijzer.content.fingerprint import status, vertaald_item
from wegwijzer.content.sector import Sector
from wegwijzer.content.talen import BRONTAAL, NL, is_nl
from wegwijzer.content.vertaalbaar import haal, vertaalklasse, vertaalvelden


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
    return _nl(nl) if vertaald is None or vertaald == [] or nl is None else vertaald


def _zet(waarde, pad: str, nieuw):
    """A copy of ``waarde`` with ``nieuw`` at the dotted path; through a list, element by element
    (the inverse of vertaalbaar.haal)."""
    if isinstance(waarde, list):
        return [_zet(w, pad, n) for w, n in zip(waarde, nieuw)]
    naam, _, rest = pad.partition(".")
    return replace(waarde, **{naam: _zet(getattr(waarde, naam), rest, nieuw) if rest else nieuw})


def _past(bron, item, klasse) -> bool:
    """False for a translation whose list no longer matches the Dutch one element for element (the
    choices of a doorklik step changed in Dutch): it is outdated, and Dutch shows until it is translated."""
    for v in vertaalvelden(klasse):
        lijst = getattr(bron, v.bron.split(".")[0])
        if "." in v.bron and isinstance(lijst, list) and len(getattr(item, v.naam)) != len(lijst):
            return False
    return True


def _vertaald(bron, item, klasse):
    """The Dutch record ``bron`` with the translated fields of ``item`` (of class ``klasse``) put in,
    field by field as the translation model lists them; Dutch (marked NL) where one is missing."""
    if item is not None and not _past(bron, item, klasse):
        item = None
    for v in vertaalvelden(klasse):
        if v.tabel:
            tabel = getattr(item, v.naam) if item else {}
            nieuw = [_vertaald(r, tabel.get(r.id), v.tabel) for r in haal(bron, v.bron)]
        else:
            nieuw = _kies(haal(bron, v.bron), getattr(item, v.naam) if item else None)
        bron = _zet(bron, v.bron, nieuw)
    return bron


def in_taal(sector: Sector, taal: str) -> Sector:
    """``sector`` with the texts of ``taal``; Dutch (marked NL) where a translation is missing."""
    if taal == BRONTAAL:
        return sector
    vertaling = sector.vertalingen.get(taal)

    def vertaal(soort: str, bron, id_: str):
        item = None if status(sector, vertaling, soort, id_) == "ontbreekt" else vertaald_item(vertaling, soort, id_)
        return _vertaald(bron, item, vertaalklasse(soort))

    vertaald = vertaal("site", sector, "site")
    partners = replace(vertaald.partners, partners=[vertaal("partners", p, p.id) for p in sector.partners.partners])
    return replace(vertaald, partners=partners, onderwerpen=[vertaal("onderwerpen", o, o.id) for o in sector.onderwerpen],
                   vragen=[vertaal("vragen", v, v.id) for v in sector.vragen],
                   doorklik={d: Boom.van(vertaal("doorklik", boom.doorklik, d)) for d, boom in sector.doorklik.items()},
                   scholen=vertaal("scholen", sector.scholen, "scholen"), taal=taal, bron=sector)


def vertaalstatus(sector: Sector, soort: str, id_: str) -> str | None:
    """'ontbreekt', 'verouderd' or 'concept' for a page made from (soort, id); None when nothing to say."""
    if sector.taal == BRONTAAL:
        return None
    s = status(sector.bron, sector.vertalingen.get(sector.taal), soort, id_)
    return None if s == "vertaald" else s


def paginastatus(sector: Sector, soort: str, id_: str, hoofdtekst) -> str | None:
    """The notice a page made from (soort, id) needs; ``hoofdtekst`` is its main text."""
    return "ontbreekt" if is_nl(hoofdtekst) else vertaalstatus(sector, soort, id_)
