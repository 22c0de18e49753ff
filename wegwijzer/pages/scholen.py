"""The page for schools and the printed matter: posters and a flyer.

``voor-scholen/`` is an ordinary page: the schoolgids text (short and long, each in a block with
a copy button that wegwijzer.js adds), the links, a QR code and links to the posters and flyer.
The posters and the flyer are pages of their own (overrides/ww-drukwerk.html) that print on one
A4 sheet; build/pdf.py turns them into PDF after MkDocs. Pure functions: no files, no mkdocs.
"""
from __future__ import annotations

from dataclasses import dataclass

from wegwijzer.content import model
from wegwijzer.content.sector import Sector
from wegwijzer.content.talen import is_nl, voorvoegsel
from wegwijzer.pages.parts import LEERLINGEN, OUDERS, Pagina, a, blok, doelgroepen, kop, link, meta, punten, titel
from wegwijzer.pages.qr import svg_data_uri
from wegwijzer.translations.apply import paginastatus

MAP = "voor-scholen"
INDEX = f"{MAP}/index.md"


@dataclass(frozen=True)
class Drukstuk:
    sleutel: str  # the field in scholen.yml
    doelgroep: str  # whose channels and home page: OUDERS or LEERLINGEN
    naam: str  # the page's folder and the PDF's file name

    def pad(self) -> str:
        return f"{MAP}/{self.naam}.md"


def drukwerk(sector: Sector) -> list[Drukstuk]:
    """The posters and the flyer of a sector, in the order of the page for schools."""
    return [Drukstuk("poster_leerlingen", LEERLINGEN, f"poster-{sector.site.leerlingen_heten}"),
            Drukstuk("poster_ouders", OUDERS, "poster-ouders"),
            Drukstuk("flyer", OUDERS, "flyer")]


def _thuis(sector: Sector, taal: str) -> str:
    """The absolute address of the sector's home page in ``taal`` (the source language is the default)."""
    return sector.site.site_url + voorvoegsel(taal)


def _map(sector: Sector, doelgroep: str) -> str:
    """The URL folder of ``doelgroep``'s part of the site (ouders, kinderen or jongeren)."""
    return next(dg.map for dg in doelgroepen(sector) if dg.sleutel == doelgroep)


def kort_adres(adres: str) -> str:
    """An address as people type it from paper: without https:// and the last slash."""
    return adres.removeprefix("https://").rstrip("/")


def _contactregels(sector: Sector, adres: str, t: dict) -> list[str]:
    """The lines under a schoolgids text: the website, then every channel a parent can use."""
    c, s = sector.site.contact, t["scholen"]
    ltr = _ltr if t["richting"] == "rtl" else str
    regels = [s["regel_website"].format(adres=ltr(adres))]
    regels += [s["regel_telefoon"].format(nummer=ltr(c.telefoon))] if c.telefoon else []
    regels += [s["regel_email"].format(adres=ltr(c.email))] if c.email else []
    regels += [s["regel_whatsapp"].format(nummer=ltr(c.whatsapp))] if c.whatsapp else []
    return regels


def _ltr(waarde: str) -> str:
    """An address or a number in a right-to-left line, isolated to read left to right ("030 123 45 67",
    not "67 45 123 030"). Unicode's isolates, not markup: they go along when the text is pasted."""
    return f"\u2066{waarde}\u2069"


def _kopieerblok(anker: str, tekst, regels: list[str], t: dict) -> list[str]:
    """A block of text to paste into a schoolgids; wegwijzer.js adds the copy button from its data."""
    s = t["scholen"]
    open_ = (f'//// html | div#{anker}.ww-kopieer[data-kopieer="{s["kopieer"]}" data-gekopieerd="{s["gekopieerd"]}" '
             f'data-niet-gekopieerd="{s["niet_gekopieerd"]}"]')
    # The outer block has four slashes, so blok() can mark an untranslated text Dutch in a block of
    # its own; the contact lines below it are in the page's language. Each ends in a hard line break
    # (two spaces), so the lines stay lines when pasted.
    return [open_, "", *blok(tekst), "  \n".join(regels), "////", ""]


def _scholen_pagina(sector: Sector, t: dict, taal: str) -> Pagina:
    s, sc = t["scholen"], sector.scholen
    thuis = _thuis(sector, taal)
    regels = [kop(1, s["titel"]), ""] + blok(sc.intro)
    regels += [f"## {s['schoolgids']}", ""]
    for deel in ("kort", "lang"):
        regels += [f"### {s[deel]}", ""]
        regels += _kopieerblok(f"schoolgids-{deel}", getattr(sc.schoolgids, deel), _contactregels(sector, thuis, t), t)
    # Lists of links in a block whose links are tap targets (wegwijzer.css: .ww-links).
    regels += [f"## {s['link_kop']}", "", "/// html | div.ww-links", ""]
    for dg, label in ((OUDERS, "link_ouders"), (LEERLINGEN, "link_leerlingen")):
        adres = thuis + _map(sector, dg) + "/"
        regels.append(f"- {s[label]}: <{adres}>")
    korte = [o for o in sector.onderwerpen if o.korte_link]
    if korte:
        regels += ["", s["korte_links"], ""]
        regels += [f"- {a(titel(o, doelgroepen(sector)[0]), sector.site.site_url + o.korte_link + '/')}: "
                   f"`{kort_adres(sector.site.site_url + o.korte_link)}/`" for o in korte]
    regels += ["", "///"]
    qr = svg_data_uri(thuis)
    regels += ["", f"## {s['qr_kop']}", "",
               f"![{s['qr_alt'].format(adres=thuis)}]({qr}){{ .ww-qr width=200 height=200 }}", "",
               s["qr_uitleg"].format(adres=f"<{thuis}>"), "",
               f"[{s['qr_download']}]({qr}){{ download=\"qr-{sector.site.sector}.svg\" }}", "",
               f"## {s['drukwerk_kop']}", "", s["drukwerk_uitleg"], ""]
    regels += [f"- {a(s['drukwerk'][d.sleutel], link(INDEX, d.pad()))}" for d in drukwerk(sector)]
    kop_meta = meta(s["titel"], None, "scholen", s["beschrijving"], hide=["navigation", "toc"],
                    ww_vertaling=paginastatus(sector, "scholen", "scholen", sc.intro))
    return Pagina(INDEX, kop_meta, "\n".join(regels))


def _drukwerk_pagina(sector: Sector, d: Drukstuk, t: dict, taal: str) -> Pagina:
    tekst: model.Drukwerk = getattr(sector.scholen, d.sleutel)
    adres = _thuis(sector, taal) + _map(sector, d.doelgroep) + "/"
    regels = blok(tekst.tekst) + punten(tekst.punten)
    # The template (ww-drukwerk.html) lays the page out; everything it shows comes from here.
    kop_meta = meta(tekst.kop, None, "drukwerk", tekst.tekst, template="ww-drukwerk.html",
                    search={"exclude": True}, ww_drukwerk=d.sleutel, ww_kanalen=d.doelgroep,
                    ww_kop_nl=is_nl(tekst.kop) or None, ww_qr=svg_data_uri(adres), ww_adres=kort_adres(adres),
                    ww_pdf=f"../{d.naam}.pdf", ww_terug="../",
                    ww_vertaling=paginastatus(sector, "scholen", "scholen", tekst.tekst))
    return Pagina(d.pad(), kop_meta, "\n".join(regels))


def paginas(sector: Sector, t: dict, taal: str) -> list[Pagina]:
    """The page for schools, the posters and the flyer, in ``taal``."""
    return [_scholen_pagina(sector, t, taal)] + [_drukwerk_pagina(sector, d, t, taal) for d in drukwerk(sector)]

