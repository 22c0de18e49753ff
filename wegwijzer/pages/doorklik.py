"""The doorklik as static pages: the first question at the doorklik's own address, one page per
further question and one per outcome.

URLs come from ids (<audience>/doorklik/<id>/), so they stay stable; the first question lives at
<audience>/doorklik/ (its id's address redirects there, checks/adressen.py). Choices and "previous
question" are plain links: the pages work without JavaScript, with the back button, by keyboard
and in the in-app browser a QR code opens.
"""
from __future__ import annotations

from dataclasses import dataclass

from wegwijzer.content.doorklik import Boom
from wegwijzer.content.sector import Sector
from wegwijzer.content.talen import BRONTAAL
from wegwijzer.pages.parts import (Doelgroep, Pagina, a, attrs, blok, gevoelig, kop, link, meta, partner_blok, versie,
                                   vraag_pad)
from wegwijzer.pages.urls import adres, relatief
from wegwijzer.translations.apply import paginastatus


def pad(dg: Doelgroep, stap_id: str = "index") -> str:
    return dg.pad("doorklik", f"{stap_id}.md")


def _stap_pad(boom: Boom, dg: Doelgroep, stap_id: str) -> str:
    """The page of a question or outcome: the first question is the doorklik's start page."""
    return pad(dg) if stap_id == boom.doorklik.start else pad(dg, stap_id)


@dataclass(frozen=True)
class _Routes:
    """What every page of a tree needs to know about the routes, computed once per tree."""

    nummers: dict[str, int]
    hoogstens: dict[str, int]
    vorige: dict[str, list[str]]

    @classmethod
    def van(cls, boom: Boom) -> "_Routes":
        return cls(boom.nummers(), boom.hoogstens(), boom.vorige())


def _adres(md: str) -> str:
    return adres(md, [BRONTAAL])


def _terug(boom: Boom, routes: _Routes, dg: Doelgroep, stap_id: str, hier: str, t: dict) -> list[str]:
    """'Previous question' (the question before on the shortest route; wegwijzer.js takes the one the
    reader came from when that is another question before this one), then 'start again'."""
    vorige = routes.vorige[stap_id]
    eigen = _adres(hier)
    alle = " ".join(relatief(eigen, _adres(_stap_pad(boom, dg, v))) for v in vorige)
    regels = [f"[{t['doorklik']['vorige']}]({link(hier, _stap_pad(boom, dg, vorige[0]))})"
              f'{{ .ww-vorige data-ww-vorige="{alle}" }}']
    if vorige != [boom.doorklik.start]:
        regels.append(f"[{t['doorklik']['opnieuw']}]({link(hier, pad(dg))}){{ .ww-opnieuw }}")
    return regels + ["{ .ww-terug }", ""]


def _vraag(sector: Sector, boom: Boom, routes: _Routes, stap, dg: Doelgroep, t: dict) -> Pagina:
    d = boom.doorklik
    hier = _stap_pad(boom, dg, stap.id)
    nummer, hoogstens = routes.nummers[stap.id], routes.hoogstens[stap.id]
    eerste = stap.id == d.start
    stap_tekst = t["doorklik"]["stap"].format(n=nummer, max=hoogstens)
    if eerste:  # the doorklik's start page: its title and what it does, then the first question
        regels = [kop(1, d.titel), ""] + blok(d.intro) + [stap_tekst, "{ .ww-waar }", "", kop(2, stap.vraag), ""]
    else:
        regels = [f"{d.titel} · {stap_tekst}", attrs(d.titel, "ww-waar"), "", kop(1, stap.vraag), ""]
    if stap.uitleg:
        regels += blok(stap.uitleg)
    regels += [a(k.tekst, link(hier, _stap_pad(boom, dg, k.naar)), "ww-keuze") for k in stap.keuzes]
    regels += ["{ .ww-keuzes }", ""]
    if not eerste:
        regels += _terug(boom, routes, dg, stap.id, hier, t)
    # The question with its explanation (or what the doorklik does): a description of its own.
    omschrijving = f"{stap.vraag} {stap.uitleg or d.intro}"
    titel = d.titel if eerste else stap.vraag
    soort = "doorklik-start" if eerste else "doorklik-vraag"
    status = paginastatus(sector, "doorklik", dg.sleutel, d.intro if eerste else stap.vraag)
    return Pagina(hier, meta(titel, dg, soort, omschrijving, hide=["toc"], ww_vertaling=status), "\n".join(regels))


def _uitkomst(sector: Sector, boom: Boom, routes: _Routes, uitkomst, dg: Doelgroep, t: dict) -> Pagina:
    hier = pad(dg, uitkomst.id)
    regels = [f"{boom.doorklik.titel}", attrs(boom.doorklik.titel, "ww-waar"), "", kop(1, uitkomst.titel), ""]
    regels += blok(uitkomst.antwoord)
    if uitkomst.vragen:
        regels += [f"## {t['doorklik']['lees_meer'][dg.sleutel]}", ""]
        regels += [f"- {a(versie(sector.vraag(i), dg).vraag, link(hier, vraag_pad(dg, i)))}"
                   for i in uitkomst.vragen] + [""]
    regels += partner_blok(sector, uitkomst.partners, dg, hier, t)
    regels += _terug(boom, routes, dg, uitkomst.id, hier, t)
    # The contact block of this page carries the topic into the e-mail subject and WhatsApp text.
    kop_meta = meta(uitkomst.titel, dg, "doorklik-uitkomst", uitkomst.antwoord, hide=["toc"], **gevoelig(uitkomst),
                    ww_contact_onderwerp=uitkomst.onderwerp,
                    ww_vertaling=paginastatus(sector, "doorklik", dg.sleutel, uitkomst.antwoord))
    return Pagina(hier, kop_meta, "\n".join(regels))


def paginas(sector: Sector, dg: Doelgroep, t: dict) -> list[Pagina]:
    """Every page of this audience's doorklik (none when the sector has no tree for it)."""
    boom = sector.doorklik.get(dg.sleutel)
    if not boom:
        return []
    routes = _Routes.van(boom)
    uit = [_vraag(sector, boom, routes, s, dg, t) for s in boom.doorklik.vragen]
    uit += [_uitkomst(sector, boom, routes, u, dg, t) for u in boom.doorklik.uitkomsten]
    return uit


def knop(sector: Sector, dg: Doelgroep, van: str, t: dict) -> list[str]:
    """Markdown for the big 'start the doorklik' button on an audience's home page."""
    if dg.sleutel not in sector.doorklik:
        return []
    doel = link(van, pad(dg))
    return [f"[{t['doorklik']['knop'][dg.sleutel]}]({doel}){{ .md-button .md-button--primary .ww-doorklik-knop }}",
            ""]
