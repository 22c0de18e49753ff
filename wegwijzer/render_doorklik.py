"""The doorklik as static pages: a start page, one page per question and one per outcome.

URLs come from ids (<audience>/doorklik/<id>/), so they stay stable. Choices are plain
links: the pages work without JavaScript, with the back button and by keyboard.
"""
from __future__ import annotations

from .doorklik import Boom
from .loader import Sector
from .pagina import Doelgroep, Pagina, a, attrs, blok, kop, link, meta, partner_blok, versie, vraag_pad
from .vertaal import paginastatus


def pad(dg: Doelgroep, stap_id: str = "index") -> str:
    return dg.pad("doorklik", f"{stap_id}.md")


def _start(sector: Sector, boom: Boom, dg: Doelgroep, t: dict) -> Pagina:
    d = boom.doorklik
    hier = pad(dg)
    regels = [kop(1, d.titel), ""] + blok(d.intro)
    regels += [f"[{t['doorklik']['begin']}]({link(hier, pad(dg, d.start))}){{ .md-button .md-button--primary }}"]
    status = paginastatus(sector, "doorklik", dg.sleutel, d.intro)
    return Pagina(hier, meta(d.titel, dg, "doorklik-start", d.intro, ww_vertaling=status), "\n".join(regels))


def _vraag(sector: Sector, boom: Boom, stap, nummer: int, dg: Doelgroep, t: dict) -> Pagina:
    hier = pad(dg, stap.id)
    regels = [f"{boom.doorklik.titel} · {t['doorklik']['stap'].format(n=nummer)}", attrs(boom.doorklik.titel, "ww-waar"),
              "", kop(1, stap.vraag), ""]
    if stap.uitleg:
        regels += blok(stap.uitleg)
    regels += [a(k.tekst, link(hier, pad(dg, k.naar)), "ww-keuze") for k in stap.keuzes]
    regels += ["{ .ww-keuzes }", "", f"[{t['doorklik']['opnieuw']}]({link(hier, pad(dg))}){{ .ww-opnieuw }}"]
    # The question with its explanation (or what the doorklik does): a description of its own.
    omschrijving = f"{stap.vraag} {stap.uitleg or boom.doorklik.intro}"
    status = paginastatus(sector, "doorklik", dg.sleutel, stap.vraag)
    return Pagina(hier, meta(stap.vraag, dg, "doorklik-vraag", omschrijving, hide=["toc"], ww_vertaling=status),
                  "\n".join(regels))


def _uitkomst(sector: Sector, boom: Boom, uitkomst, dg: Doelgroep, t: dict) -> Pagina:
    hier = pad(dg, uitkomst.id)
    regels = [f"{boom.doorklik.titel}", attrs(boom.doorklik.titel, "ww-waar"), "", kop(1, uitkomst.titel), ""]
    regels += blok(uitkomst.antwoord)
    if uitkomst.vragen:
        regels += [f"## {t['doorklik']['lees_meer'][dg.sleutel]}", ""]
        regels += [f"- {a(versie(sector.vraag(i), dg).vraag, link(hier, vraag_pad(dg, i)))}"
                   for i in uitkomst.vragen] + [""]
    regels += partner_blok(sector, uitkomst.partners, dg, hier, t)
    regels += [f"[{t['doorklik']['opnieuw']}]({link(hier, pad(dg))}){{ .ww-opnieuw }}"]
    # The contact block of this page carries the topic into the e-mail subject and WhatsApp text.
    kop_meta = meta(uitkomst.titel, dg, "doorklik-uitkomst", uitkomst.antwoord, hide=["toc"],
                    ww_contact_onderwerp=uitkomst.onderwerp,
                    ww_vertaling=paginastatus(sector, "doorklik", dg.sleutel, uitkomst.antwoord))
    return Pagina(hier, kop_meta, "\n".join(regels))


def paginas(sector: Sector, dg: Doelgroep, t: dict) -> list[Pagina]:
    """Every page of this audience's doorklik (none when the sector has no tree for it)."""
    boom = sector.doorklik.get(dg.sleutel)
    if not boom:
        return []
    nummers = boom.nummers()
    uit = [_start(sector, boom, dg, t)]
    uit += [_vraag(sector, boom, s, nummers[s.id], dg, t) for s in boom.doorklik.vragen]
    uit += [_uitkomst(sector, boom, u, dg, t) for u in boom.doorklik.uitkomsten]
    return uit


def knop(sector: Sector, dg: Doelgroep, van: str, t: dict) -> list[str]:
    """Markdown for the big 'start the doorklik' button on an audience's home page."""
    if dg.sleutel not in sector.doorklik:
        return []
    doel = link(van, pad(dg))
    return [f"[{t['doorklik']['knop'][dg.sleutel]}]({doel}){{ .md-button .md-button--primary .ww-doorklik-knop }}",
            ""]



