"""Model -> Markdown pages and navigation. Pure functions: no files, no mkdocs.

Every page is Markdown with front matter; layout lives in overrides/ templates.
Links between pages are relative Markdown links, so MkDocs checks each one.
"""
from __future__ import annotations

import html
import posixpath
import re
from dataclasses import dataclass, field

import yaml

from . import model
from .loader import Sector
from .teksten import teksten

OUDERS = "ouders"
LEERLINGEN = "leerlingen"


@dataclass
class Pagina:
    pad: str  # Markdown path inside docs_dir, e.g. "ouders/vragen/wat-is-een-tlv.md"
    meta: dict
    tekst: str

    def markdown(self) -> str:
        kop = yaml.safe_dump(self.meta, allow_unicode=True, sort_keys=False, width=1000)
        return f"---\n{kop}---\n\n{self.tekst.strip()}\n"


@dataclass(frozen=True)
class Doelgroep:
    sleutel: str  # "ouders" or "leerlingen": which texts to use
    map: str  # the URL folder: "ouders", "kinderen" or "jongeren"

    def pad(self, *delen: str) -> str:
        return posixpath.join(self.map, *delen)


@dataclass
class Site:
    """All pages of one sector plus its navigation, ready to write."""

    paginas: list[Pagina] = field(default_factory=list)
    nav: list = field(default_factory=list)


def link(van: str, naar: str, anker: str = "") -> str:
    """Relative Markdown link target from page ``van`` to page ``naar``."""
    doel = posixpath.relpath(naar, posixpath.dirname(van) or ".")
    return doel + (f"#{anker}" if anker else "")


def doelgroepen(sector: Sector) -> tuple[Doelgroep, Doelgroep]:
    return Doelgroep(OUDERS, OUDERS), Doelgroep(LEERLINGEN, sector.site.leerlingen_heten)


def _versie(vraag: model.Vraag, dg: Doelgroep) -> model.Versie | None:
    return vraag.ouders if dg.sleutel == OUDERS else vraag.leerlingen


def _titel(onderwerp: model.Onderwerp, dg: Doelgroep) -> str:
    return onderwerp.titel if dg.sleutel == OUDERS else (onderwerp.titel_leerlingen or onderwerp.titel)


def _intro(onderwerp: model.Onderwerp, dg: Doelgroep) -> str:
    return onderwerp.intro if dg.sleutel == OUDERS else (onderwerp.intro_leerlingen or onderwerp.intro)


def _partner_naam(p: model.Partner, dg: Doelgroep) -> str:
    return p.naam if dg.sleutel == OUDERS else (p.naam_leerlingen or p.naam)


def _partners_voor(sector: Sector, ids, dg: Doelgroep) -> list[model.Partner]:
    partners = [sector.partner(i) for i in ids]
    return partners if dg.sleutel == OUDERS else [p for p in partners if p.waarvoor_leerlingen]


def _naam(sector: Sector, dg: Doelgroep) -> str:
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


def _meta(titel: str, dg: Doelgroep | None, soort: str, omschrijving: str, **extra) -> dict:
    meta = {"title": str(titel), "description": beschrijving(omschrijving)}
    if dg:
        meta["ww_doelgroep"] = dg.sleutel
    meta["ww_soort"] = soort
    meta.update({k: str(v) if isinstance(v, str) else v for k, v in extra.items()})
    return meta


# --- pages --------------------------------------------------------------------

def _onderwerpen_voor(sector: Sector, dg: Doelgroep) -> list[model.Onderwerp]:
    """Topics that have something for this audience (pupils: at least one pupil text)."""
    if dg.sleutel == OUDERS:
        return list(sector.onderwerpen)
    return [o for o in sector.onderwerpen
            if any(v.leerlingen for v in sector.vragen_over(o.id)) or o.id == sector.site.ojs_taken.onderwerp]


def _vraag_pad(dg: Doelgroep, vraag_id: str) -> str:
    return dg.pad("vragen", f"{vraag_id}.md")


def _sector_home(sector: Sector, t: dict) -> Pagina:
    ouders, leerlingen = doelgroepen(sector)
    deuren = []
    for dg in (ouders, leerlingen):
        deuren.append(f"[**{t['doelgroep'][dg.map]}** {t['deur'][dg.map]}]"
                      f"({link('index.md', dg.pad('index.md'))}){{ .ww-deur .ww-deur--{dg.sleutel} }}")
    tekst = f"# {sector.site.naam}\n\n{t['home_vraag']}\n\n" + "\n".join(deuren) + "\n{ .ww-deuren }\n"
    return Pagina("index.md", _meta(sector.site.naam, None, "home", sector.site.welkom.ouders,
                                    hide=["navigation", "toc"]), tekst)


def _doelgroep_home(sector: Sector, dg: Doelgroep, t: dict) -> Pagina:
    pad = dg.pad("index.md")
    welkom = getattr(sector.site.welkom, dg.sleutel)
    regels = [f"# {t['doelgroep'][dg.map]}", "", welkom.strip(), "",
              f"## {t['onderwerpen'] if dg.sleutel == OUDERS else t['onderwerpen_leerlingen']}", ""]
    for o in _onderwerpen_voor(sector, dg):
        regels.append(f"[{_titel(o, dg)}]({link(pad, dg.pad(o.id, 'index.md'))}){{ .ww-tegel }}")
    regels += ["{ .ww-tegels }", "",
               f"[{t['verwijzing_titel'][dg.sleutel]}]({link(pad, dg.pad('waar-kun-je-terecht.md'))})"
               "{ .md-button }",
               f"[{t['naar_contact'][dg.sleutel]}]({link(pad, dg.pad('contact.md'))}){{ .md-button .md-button--primary }}",
               "{ .ww-knoppen }"]
    return Pagina(pad, _meta(t["doelgroep"][dg.map], dg, "doelgroep-home", welkom, hide=["toc"]),
                  "\n".join(regels))


def _onderwerp_pagina(sector: Sector, o: model.Onderwerp, dg: Doelgroep, t: dict) -> Pagina:
    pad = dg.pad(o.id, "index.md")
    regels = [f"# {_titel(o, dg)}", "", _intro(o, dg).strip(), ""]
    taken = sector.site.ojs_taken
    if o.id == taken.onderwerp:
        for kop, lijst in ((t["ojs_wel"], taken.wel), (t["ojs_niet"], taken.niet)):
            regels += [f"## {kop[dg.sleutel]}", ""]
            regels += [f"- {punt}" for punt in getattr(lijst, dg.sleutel)] + [""]
    vragen = [v for v in sector.vragen_over(o.id) if _versie(v, dg)]
    if vragen:
        regels += [f"## {t['vragen_over']}", ""]
        regels += [f"- [{_versie(v, dg).vraag}]({link(pad, _vraag_pad(dg, v.id))})" for v in vragen]
    return Pagina(pad, _meta(_titel(o, dg), dg, "onderwerp", _intro(o, dg), hide=["toc"]), "\n".join(regels))


def _vraag_pagina(sector: Sector, vraag: model.Vraag, dg: Doelgroep, ander: Doelgroep, t: dict) -> Pagina:
    pad = _vraag_pad(dg, vraag.id)
    versie = _versie(vraag, dg)
    regels = [f"# {versie.vraag}", "", versie.antwoord.strip(), ""]
    tegen = _versie(vraag, ander)
    if tegen:
        regels += [t["andere_versie"][dg.sleutel].format(
            wie=ander.map, vraag=tegen.vraag,
            pad=link(pad, _vraag_pad(ander, vraag.id))) + "\n{ .ww-andere-versie }", ""]
    gerelateerd = [sector.vraag(i) for i in vraag.zie_ook if _versie(sector.vraag(i), dg)]
    if gerelateerd:
        regels += [f"## {t['lees_ook'][dg.sleutel]}", ""]
        regels += [f"- [{_versie(v, dg).vraag}]({link(pad, _vraag_pad(dg, v.id))})" for v in gerelateerd]
        regels.append("")
    partners = _partners_voor(sector, vraag.partners, dg)
    if partners:
        verwijzing = dg.pad("waar-kun-je-terecht.md")
        regels += [f"## {t['partners_kop'][dg.sleutel]}", ""]
        regels += [f"- [{_partner_naam(p, dg)}]({link(pad, verwijzing, p.id)})" for p in partners]
        regels.append("")
    if dg.sleutel == OUDERS:
        regels += [t["bron"].format(bron=vraag.bron.strip(), datum=datum(vraag.gecontroleerd, t))
                   + "\n{ .ww-bron }"]
    onderwerp = sector.onderwerp_van[vraag.id]
    return Pagina(pad, _meta(versie.vraag, dg, "vraag", versie.antwoord, ww_onderwerp=onderwerp),
                  "\n".join(regels))


def _verwijzing_pagina(sector: Sector, dg: Doelgroep, t: dict) -> Pagina:
    pad = dg.pad("waar-kun-je-terecht.md")
    p = sector.partners
    partners = _partners_voor(sector, [x.id for x in p.partners], dg)
    zichtbaar = {x.id for x in partners}
    titel = t["verwijzing_titel"][dg.sleutel]
    uitleg = getattr(p.volgorde_uitleg, dg.sleutel)
    regels = [f"# {titel}", "", uitleg.strip(), "", f"## {t['volgorde_titel']}", ""]
    stappen = [sector.partner(i) for i in p.volgorde if i in zichtbaar]
    regels += [f"{n}. [{_partner_naam(x, dg)}](#{x.id})" for n, x in enumerate(stappen, start=1)]
    regels += ["", f"## {t['wie_doet_wat']}", ""]
    for x in partners:
        waarvoor = x.waarvoor if dg.sleutel == OUDERS else x.waarvoor_leerlingen
        regels += [f"### {_partner_naam(x, dg)} {{ #{x.id} }}", "", waarvoor.strip(), ""]
        if x.telefoon:
            regels += [f"{t['telefoon']} [{x.telefoon}]({tel_href(x.telefoon)})", ""]
        if x.website:
            regels += [f"[{t['website'].format(naam=_partner_naam(x, dg))}]({x.website})", ""]
    return Pagina(pad, _meta(titel, dg, "verwijzing", uitleg), "\n".join(regels))


def _contact_pagina(sector: Sector, dg: Doelgroep, t: dict) -> Pagina:
    pad = dg.pad("contact.md")
    naam = _naam(sector, dg)
    intro = t["contact_intro"][dg.sleutel].format(naam=naam)
    daarna = getattr(sector.site.contact.daarna, dg.sleutel)
    regels = [f"## {t['daarna_titel'][dg.sleutel]}", "", daarna.strip()]
    meta = _meta(t["contact_titel"][dg.sleutel], dg, "contact", intro, template="ww-contact.html",
                 ww_intro=intro)
    return Pagina(pad, meta, "\n".join(regels))


# --- the whole site -------------------------------------------------------------

def tel_href(nummer: str) -> str:
    cijfers = re.sub(r"[^0-9+]", "", nummer)
    if cijfers.startswith("0") and not cijfers.startswith("0800") and not cijfers.startswith("0900"):
        cijfers = "+31" + cijfers[1:]
    return "tel:" + cijfers


def whatsapp_href(nummer: str) -> str:
    cijfers = re.sub(r"[^0-9]", "", nummer)
    return "https://wa.me/" + ("31" + cijfers[1:] if cijfers.startswith("0") else cijfers)


def contact_gegevens(sector: Sector) -> dict:
    """Contact data for the templates: channels per audience in the order that suits them."""
    c = sector.site.contact
    kanalen = {}
    if c.telefoon:
        kanalen["telefoon"] = {"soort": "telefoon", "tekst": c.telefoon, "href": tel_href(c.telefoon)}
    if c.whatsapp:
        kanalen["whatsapp"] = {"soort": "whatsapp", "tekst": c.whatsapp, "href": whatsapp_href(c.whatsapp)}
    if c.email:
        kanalen["email"] = {"soort": "email", "tekst": c.email, "href": f"mailto:{c.email}"}
    if c.formulier:
        kanalen["formulier"] = {"soort": "formulier", "tekst": None, "href": c.formulier}
    volgorde = {OUDERS: ["telefoon", "email", "formulier", "whatsapp"],
                LEERLINGEN: ["whatsapp", "email", "formulier", "telefoon"]}
    return {
        "naam": {OUDERS: sector.site.naam, LEERLINGEN: sector.site.naam_leerlingen},
        "kanalen": {dg: [kanalen[k] for k in v if k in kanalen] for dg, v in volgorde.items()},
        "bereikbaar": [{"dagen": b.dagen, "tijden": b.tijden} for b in c.bereikbaar],
        "reactietijd": {OUDERS: c.reactietijd.ouders.strip(), LEERLINGEN: c.reactietijd.leerlingen.strip()},
        "contactpagina": {OUDERS: "ouders/contact/", LEERLINGEN: f"{sector.site.leerlingen_heten}/contact/"},
    }


def _nav_doelgroep(sector: Sector, dg: Doelgroep, t: dict) -> dict:
    items: list = [dg.pad("index.md")]
    groepen: dict[str, list] = {}
    for o in _onderwerpen_voor(sector, dg):
        sectie = {_titel(o, dg): [dg.pad(o.id, "index.md")] +
                  [_vraag_pad(dg, v.id) for v in sector.vragen_over(o.id) if _versie(v, dg)]}
        if o.groep and dg.sleutel == OUDERS:
            if o.groep not in groepen:
                groepen[o.groep] = []
                items.append({o.groep: groepen[o.groep]})
            groepen[o.groep].append(sectie)
        else:
            items.append(sectie)
    items += [dg.pad("waar-kun-je-terecht.md"), dg.pad("contact.md")]
    return {t["doelgroep"][dg.map]: items}


def bouw_site(sector: Sector, taal: str = "nl") -> Site:
    """Every page and the navigation of one sector's site."""
    t = teksten(taal)
    site = Site()
    site.paginas.append(_sector_home(sector, t))
    ouders, leerlingen = doelgroepen(sector)
    for dg, ander in ((ouders, leerlingen), (leerlingen, ouders)):
        site.paginas.append(_doelgroep_home(sector, dg, t))
        for o in _onderwerpen_voor(sector, dg):
            site.paginas.append(_onderwerp_pagina(sector, o, dg, t))
        for vraag in sector.vragen:
            if _versie(vraag, dg):
                site.paginas.append(_vraag_pagina(sector, vraag, dg, ander, t))
        site.paginas.append(_verwijzing_pagina(sector, dg, t))
        site.paginas.append(_contact_pagina(sector, dg, t))
    site.nav = [{t["start"]: "index.md"}, _nav_doelgroep(sector, ouders, t), _nav_doelgroep(sector, leerlingen, t)]
    return site
