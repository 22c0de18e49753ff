"""Shared pieces of rendering: a page, an audience, links, texts per audience, meta data.

Pure functions: no files, no mkdocs.
"""
from __future__ import annotations

import html
import posixpath
import re
from dataclasses import dataclass

import yaml

from wegwijzer.content import model
from wegwijzer.content.sector import Sector
from wegwijzer.content.talen import NL, is_nl

OUDERS = "ouders"
LEERLINGEN = "leerlingen"


_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml: the front matter of every page, fast


@dataclass
class Pagina:
    pad: str  # Markdown path inside docs_dir, e.g. "ouders/vragen/wat-is-een-tlv.md"
    meta: dict
    tekst: str

    def markdown(self) -> str:
        kop = yaml.dump(self.meta, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000)
        return f"---\n{kop}---\n\n{self.tekst.strip()}\n"


@dataclass(frozen=True)
class Doelgroep:
    sleutel: str  # "ouders" or "leerlingen": which texts to use
    map: str  # the URL folder: "ouders", "kinderen" or "jongeren"

    def pad(self, *delen: str) -> str:
        return posixpath.join(self.map, *delen)


def doelgroepen(sector: Sector) -> tuple[Doelgroep, Doelgroep]:
    """Parents and pupils, each with the folder of their part of the site."""
    return Doelgroep(OUDERS, OUDERS), Doelgroep(LEERLINGEN, sector.site.leerlingen_heten)


# --- Markdown pieces that mark Dutch text on a page in another language ----------------

NL_ATTR = "lang=nl dir=ltr"


def attrs(tekst, *klassen: str) -> str:
    """An attr_list ({ .class lang=nl dir=ltr }) for a heading, paragraph or link; '' when empty."""
    delen = [f".{k}" for k in klassen] + ([NL_ATTR] if is_nl(tekst) else [])
    return f"{{ {' '.join(delen)} }}" if delen else ""


def a(tekst, doel: str, *klassen: str) -> str:
    """A Markdown link."""
    return f"[{tekst}]({doel})" + attrs(tekst, *klassen)


def kop(niveau: int, tekst, anker: str = "") -> str:
    """A Markdown heading, with an anchor id when given."""
    extra = ([f"#{anker}"] if anker else []) + ([NL_ATTR] if is_nl(tekst) else [])
    return "#" * niveau + f" {tekst}" + (f" {{ {' '.join(extra)} }}" if extra else "")


def blok(*teksten) -> list[str]:
    """Markdown blocks as lines; Dutch text on another language's page in a block with lang and dir."""
    regels: list[str] = []
    for tekst in teksten:
        inhoud = str(tekst).strip()
        regels += [f"/// html | div[{NL_ATTR}]", "", inhoud, "///", ""] if is_nl(tekst) else [inhoud, ""]
    return regels


def punten(lijst) -> list[str]:
    """A bulleted list as one Markdown block (marked Dutch when its items are)."""
    tekst = "\n".join(f"- {p}" for p in lijst)
    return blok(NL(tekst) if any(is_nl(p) for p in lijst) else tekst)


def link(van: str, naar: str, anker: str = "") -> str:
    """Relative Markdown link target from page ``van`` to page ``naar``."""
    doel = posixpath.relpath(naar, posixpath.dirname(van) or ".")
    return doel + (f"#{anker}" if anker else "")


def versie(vraag: model.Vraag, dg: Doelgroep) -> model.Versie | None:
    return vraag.ouders if dg.sleutel == OUDERS else vraag.leerlingen


def titel(onderwerp: model.Onderwerp, dg: Doelgroep) -> str:
    return onderwerp.titel if dg.sleutel == OUDERS else (onderwerp.titel_leerlingen or onderwerp.titel)


def intro(onderwerp: model.Onderwerp, dg: Doelgroep) -> str:
    return onderwerp.intro if dg.sleutel == OUDERS else (onderwerp.intro_leerlingen or onderwerp.intro)


def partner_naam(p: model.Partner, dg: Doelgroep) -> str:
    return p.naam if dg.sleutel == OUDERS else (p.naam_leerlingen or p.naam)


def partners_voor(sector: Sector, ids, dg: Doelgroep) -> list[model.Partner]:
    partners = [sector.partner(i) for i in ids]
    return partners if dg.sleutel == OUDERS else [p for p in partners if p.waarvoor_leerlingen]


def naam(sector: Sector, dg: Doelgroep) -> str:
    return sector.site.naam if dg.sleutel == OUDERS else sector.site.naam_leerlingen


_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def beschrijving(markdown: str, maximum: int = 160) -> str:
    """A summary for the meta description: the first sentences, cut at a word.

    HTML-escaped, because Material puts ``page.meta.description`` into an attribute as is.
    """
    tekst = _MD_LINK.sub(r"\1", markdown)
    tekst = re.sub(r"^\s*(?:[-*]|\d+\.)\s+", "", tekst, flags=re.MULTILINE)
    tekst = re.sub(r"[*_`#>]", "", tekst)
    tekst = " ".join(tekst.split())
    if len(tekst) > maximum:
        tekst = tekst[: maximum - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return html.escape(tekst, quote=True)


def datum(d, t: dict) -> str:
    return f"{d.day} {t['maanden'][d.month - 1]} {d.year}"


def meta(titel: str, dg: Doelgroep | None, soort: str, omschrijving: str, **extra) -> dict:
    meta = {"title": str(titel), "description": beschrijving(omschrijving)}
    if dg:
        meta["ww_doelgroep"] = dg.sleutel
    meta["ww_soort"] = soort
    meta.update({k: str(v) if isinstance(v, str) else v for k, v in extra.items() if v is not None})
    return meta


def gevoelig(item) -> dict:
    """Front matter of a sensitive page: the crisis block and the quick exit (content/safety.py)."""
    return {"ww_gevoelig": True, "ww_snelweg": True} if getattr(item, "gevoelig", None) else {}


def tel_href(nummer: str) -> str:
    cijfers = re.sub(r"[^0-9+]", "", nummer)
    if cijfers.startswith("0") and not cijfers.startswith("0800") and not cijfers.startswith("0900"):
        cijfers = "+31" + cijfers[1:]
    return "tel:" + cijfers


def whatsapp_href(nummer: str) -> str:
    cijfers = re.sub(r"[^0-9]", "", nummer)
    return "https://wa.me/" + ("31" + cijfers[1:] if cijfers.startswith("0") else cijfers)




def vraag_pad(dg: Doelgroep, vraag_id: str) -> str:
    """The Markdown path of an FAQ item's page for this audience."""
    return dg.pad("vragen", f"{vraag_id}.md")


def partner_blok(sector: Sector, ids, dg: Doelgroep, van: str, t: dict) -> list[str]:
    """Markdown lines: 'where you can go' with links to the partners on the referral page."""
    partners = partners_voor(sector, ids, dg)
    if not partners:
        return []
    verwijzing = dg.pad("waar-kun-je-terecht.md")
    return ([f"## {t['partners_kop'][dg.sleutel]}", ""]
            + [f"- {a(partner_naam(p, dg), link(van, verwijzing, p.id))}" for p in partners] + [""])
