"""Model -> Markdown pages and navigation. Pure functions: no files, no mkdocs.

Every page is Markdown with front matter; layout lives in overrides/ templates.
Links between pages are relative Markdown links, so MkDocs checks each one.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import markdown

from wegwijzer.content import iconen, model
from wegwijzer.content.sector import Sector
from wegwijzer.content.talen import BRONTAAL, is_nl
from wegwijzer.pages import doorklik, scholen
from wegwijzer.pages.parts import (LEERLINGEN, OUDERS, Doelgroep, Pagina, a, attrs, blok, datum, doelgroepen, gevoelig,
                                   intro, kop, link, meta, naam, partner_blok, partner_naam, partners_voor, punten,
                                   tel_href, titel, versie, vraag_pad, whatsapp_href)
from wegwijzer.pages.teksten import teksten
from wegwijzer.translations.apply import paginastatus

STANDAARDICOON = "material/chat-question-outline"  # a topic tile without an icon of its own
FOTOMAP = "assets/fotos/"  # where the people's photos (content/<sector>/fotos/) are in the site


@dataclass
class Site:
    """All pages of one sector plus its navigation, ready to write."""

    paginas: list[Pagina] = field(default_factory=list)
    nav: list = field(default_factory=list)


# --- pages --------------------------------------------------------------------

def _onderwerpen_voor(sector: Sector, dg: Doelgroep) -> list[model.Onderwerp]:
    """Topics that have something for this audience (pupils: at least one pupil text)."""
    if dg.sleutel == OUDERS:
        return list(sector.onderwerpen)
    return [o for o in sector.onderwerpen
            if any(v.leerlingen for v in sector.vragen_over(o.id)) or o.id == sector.site.ojs_taken.onderwerp]


def _sector_home(sector: Sector, t: dict) -> Pagina:
    ouders, leerlingen = doelgroepen(sector)
    deuren = []
    for dg in (ouders, leerlingen):
        deuren.append(f"[**{t['doelgroep'][dg.map]}** {t['deur'][dg.map]}]"
                      f"({link('index.md', dg.pad('index.md'))}){{ .ww-deur .ww-deur--{dg.sleutel} }}")
    # The OJS's name is Dutch in every language: marked so, but aligned with the page (no dir).
    naam = sector.site.naam + ("" if sector.taal == BRONTAAL else " { lang=nl }")
    tekst = f"# {naam}\n\n{t['home_vraag']}\n\n" + "\n".join(deuren) + "\n{ .ww-deuren }\n"
    return Pagina("index.md", meta(sector.site.naam, None, "home", sector.site.welkom.ouders,
                                    hide=["navigation", "toc"]), tekst)


def _doelgroep_home(sector: Sector, dg: Doelgroep, t: dict) -> Pagina:
    pad = dg.pad("index.md")
    welkom = getattr(sector.site.welkom, dg.sleutel)
    kop_ = t["onderwerpen"] if dg.sleutel == OUDERS else t["onderwerpen_leerlingen"]
    regels = [f"# {t['doelgroep'][dg.map]}", ""] + blok(welkom)
    regels += doorklik.knop(sector, dg, pad, t)
    regels += [f"## {kop_}", ""]
    for o in _onderwerpen_voor(sector, dg):
        icoon = iconen.emoji(o.icoon or STANDAARDICOON)
        regels.append(f"[{icoon} {titel(o, dg)}]({link(pad, dg.pad(o.id, 'index.md'))})" + attrs(titel(o, dg), "ww-tegel"))
    regels += ["{ .ww-tegels }", "",
               f"[{t['verwijzing_titel'][dg.sleutel]}]({link(pad, dg.pad('waar-kun-je-terecht.md'))})"
               "{ .md-button }",
               f"[{t['naar_contact'][dg.sleutel]}]({link(pad, dg.pad('contact.md'))})"
               "{ .md-button .md-button--primary }",
               "{ .ww-knoppen }"]
    # The pupils' home has a template of its own: ww-kinderen.html (PO) or ww-jongeren.html (VO).
    kop = meta(t["doelgroep"][dg.map], dg, "doelgroep-home", welkom, hide=["toc"],
               template=None if dg.sleutel == OUDERS else f"ww-{dg.map}.html",
               ww_snelweg=dg.sleutel == LEERLINGEN or None,
               ww_vertaling=paginastatus(sector, "site", "site", welkom))
    return Pagina(pad, kop, "\n".join(regels))


def _onderwerp_pagina(sector: Sector, o: model.Onderwerp, dg: Doelgroep, t: dict) -> Pagina:
    pad = dg.pad(o.id, "index.md")
    regels = [kop(1, titel(o, dg)), ""] + blok(intro(o, dg))
    taken = sector.site.ojs_taken
    if o.id == taken.onderwerp:
        for kop_, lijst in ((t["ojs_wel"], taken.wel), (t["ojs_niet"], taken.niet)):
            regels += [f"## {kop_[dg.sleutel]}", ""] + punten(getattr(lijst, dg.sleutel))
    vragen = [v for v in sector.vragen_over(o.id) if versie(v, dg)]
    if vragen:
        regels += [f"## {t['vragen_over']}", ""]
        regels += [f"- {a(versie(v, dg).vraag, link(pad, vraag_pad(dg, v.id)))}" for v in vragen]
    kop_meta = meta(titel(o, dg), dg, "onderwerp", intro(o, dg), hide=["toc"], **gevoelig(o),
                    ww_vertaling=paginastatus(sector, "onderwerpen", o.id, intro(o, dg)))
    return Pagina(pad, kop_meta, "\n".join(regels))


def _vraag_pagina(sector: Sector, vraag: model.Vraag, dg: Doelgroep, ander: Doelgroep, t: dict) -> Pagina:
    pad = vraag_pad(dg, vraag.id)
    eigen = versie(vraag, dg)
    regels = [kop(1, eigen.vraag), ""] + blok(eigen.antwoord)
    tegen = versie(vraag, ander)
    if tegen:
        verwijzing = a(tegen.vraag, link(pad, vraag_pad(ander, vraag.id)))
        regels += [t["andere_versie"][ander.map].format(link=verwijzing) + "\n{ .ww-andere-versie }", ""]
    gerelateerd = [sector.vraag(i) for i in vraag.zie_ook if versie(sector.vraag(i), dg)]
    if gerelateerd:
        regels += [f"## {t['lees_ook'][dg.sleutel]}", ""]
        regels += [f"- {a(versie(v, dg).vraag, link(pad, vraag_pad(dg, v.id)))}" for v in gerelateerd]
        regels.append("")
    regels += partner_blok(sector, vraag.partners, dg, pad, t)
    if dg.sleutel == OUDERS:
        regels += [t["bron"].format(bron=vraag.bron.strip(), datum=datum(vraag.gecontroleerd, t))
                   + "\n{ .ww-bron }"]
    onderwerp = sector.onderwerp_van[vraag.id]
    # schema.org FAQPage (overrides/main.html): the question and the answer this page shows.
    faq = {"vraag": str(eigen.vraag), "antwoord": markdown.markdown(str(eigen.antwoord))}
    kop_meta = meta(eigen.vraag, dg, "vraag", eigen.antwoord, ww_onderwerp=onderwerp, ww_faq=faq, **gevoelig(vraag),
                    ww_vertaling=paginastatus(sector, "vragen", vraag.id, eigen.antwoord))
    return Pagina(pad, kop_meta, "\n".join(regels))


def _verwijzing_pagina(sector: Sector, dg: Doelgroep, t: dict) -> Pagina:
    pad = dg.pad("waar-kun-je-terecht.md")
    p = sector.partners
    partners = partners_voor(sector, [x.id for x in p.partners], dg)
    zichtbaar = {x.id for x in partners}
    kop_ = t["verwijzing_titel"][dg.sleutel]
    uitleg = getattr(p.volgorde_uitleg, dg.sleutel)
    regels = [f"# {kop_}", ""] + blok(uitleg) + [f"## {t['volgorde_titel']}", ""]
    stappen = [sector.partner(i) for i in p.volgorde if i in zichtbaar]
    regels += [f"{n}. {a(partner_naam(x, dg), '#' + x.id)}" for n, x in enumerate(stappen, start=1)]
    regels += ["", f"## {t['wie_doet_wat']}", ""]
    for x in partners:
        waarvoor = x.waarvoor if dg.sleutel == OUDERS else x.waarvoor_leerlingen
        regels += [kop(3, partner_naam(x, dg), x.id), ""] + blok(waarvoor)
        if x.telefoon:
            regels += [f"{t['telefoon']} [{x.telefoon}]({tel_href(x.telefoon)})", ""]
        if x.website:
            regels += [f"[{t['website'].format(naam=partner_naam(x, dg))}]({x.website})", ""]
    kop_meta = meta(kop_, dg, "verwijzing", uitleg, ww_vertaling=paginastatus(sector, "site", "site", uitleg))
    return Pagina(pad, kop_meta, "\n".join(regels))


def _contact_pagina(sector: Sector, dg: Doelgroep, t: dict) -> Pagina:
    pad = dg.pad("contact.md")
    ojs = naam(sector, dg)
    inleiding = t["contact_intro"][dg.sleutel].format(naam=ojs)
    daarna = getattr(sector.site.contact.daarna, dg.sleutel)
    regels = [f"## {t['daarna_titel'][dg.sleutel]}", ""] + blok(daarna)
    kop_meta = meta(t["contact_titel"][dg.sleutel], dg, "contact", inleiding, template="ww-contact.html",
                    ww_intro=inleiding, ww_vertaling=paginastatus(sector, "site", "site", daarna))
    return Pagina(pad, kop_meta, "\n".join(regels))


# --- the whole site -------------------------------------------------------------

def _lang(tekst) -> str | None:
    """'nl' for a Dutch text on another language's page: the template marks it with lang and dir."""
    return BRONTAAL if is_nl(tekst) else None


def _kanalen(telefoon, whatsapp, email, formulier) -> dict:
    kanalen = {}
    if telefoon:
        kanalen["telefoon"] = {"soort": "telefoon", "tekst": telefoon, "href": tel_href(telefoon)}
    if whatsapp:
        kanalen["whatsapp"] = {"soort": "whatsapp", "tekst": whatsapp, "href": whatsapp_href(whatsapp)}
    if email:
        kanalen["email"] = {"soort": "email", "tekst": email, "href": f"mailto:{email}"}
    if formulier:
        kanalen["formulier"] = {"soort": "formulier", "tekst": None, "href": formulier}
    return kanalen


def contact_gegevens(sector: Sector, voorvoegsel: str = "") -> dict:
    """Contact data for the templates: channels per audience in the order that suits them (pupils: their
    own channels where the OJS has them), the people of the OJS, and the emergency numbers."""
    c = sector.site.contact
    eigen = c.leerlingen or model.KanalenLeerlingen()
    kanalen = {OUDERS: _kanalen(c.telefoon, c.whatsapp, c.email, c.formulier),
               LEERLINGEN: _kanalen(eigen.telefoon or c.telefoon, eigen.whatsapp or c.whatsapp,
                                    eigen.email or c.email, c.formulier)}
    volgorde = {OUDERS: ["telefoon", "email", "formulier", "whatsapp"],
                LEERLINGEN: ["whatsapp", "email", "formulier", "telefoon"]}
    return {
        "naam": {OUDERS: sector.site.naam, LEERLINGEN: sector.site.naam_leerlingen},
        "kanalen": {dg: [kanalen[dg][k] for k in v if k in kanalen[dg]] for dg, v in volgorde.items()},
        "bereikbaar": [{"dagen": b.dagen, "tijden": b.tijden, "lang": _lang(b.dagen)} for b in c.bereikbaar],
        "reactietijd": {dg: {"tekst": getattr(c.reactietijd, dg).strip(), "lang": _lang(getattr(c.reactietijd, dg))}
                        for dg in (OUDERS, LEERLINGEN)},
        "mensen": [{"naam": m.naam, "letter": m.naam[:1].upper(), "foto": m.foto and FOTOMAP + m.foto.split("/", 1)[1]}
                   for m in sector.site.mensen],
        "noodhulp": noodhulp(sector.site.noodhulp),
        "contactpagina": {OUDERS: f"{voorvoegsel}ouders/contact/",
                          LEERLINGEN: f"{voorvoegsel}{sector.site.leerlingen_heten}/contact/"},
    }


def noodhulp(n: model.Noodhulp) -> dict:
    """The emergency numbers for partials/ww-noodhulp.html, each with its tap-to-call link."""
    nummers = {"alarm": n.alarm, "veilig_thuis": n.veilig_thuis, "kindertelefoon": n.kindertelefoon,
               "zelfmoordpreventie": n.zelfmoordpreventie}
    return {"nummers": [{"soort": k, "tekst": v, "href": tel_href(v)} for k, v in nummers.items() if v],
            "chat": n.kindertelefoon_chat, "snel_weg": n.snel_weg}


def _nav_doelgroep(sector: Sector, dg: Doelgroep, t: dict) -> dict:
    items: list = [dg.pad("index.md")]
    if dg.sleutel in sector.doorklik:
        items.append(doorklik.pad(dg))
    groepen: dict[str, list] = {}
    for o in _onderwerpen_voor(sector, dg):
        sectie = {titel(o, dg): [dg.pad(o.id, "index.md")] +
                  [vraag_pad(dg, v.id) for v in sector.vragen_over(o.id) if versie(v, dg)]}
        if o.groep and dg.sleutel == OUDERS:
            if o.groep not in groepen:
                groepen[o.groep] = []
                items.append({o.groep: groepen[o.groep]})
            groepen[o.groep].append(sectie)
        else:
            items.append(sectie)
    items += [dg.pad("waar-kun-je-terecht.md"), dg.pad("contact.md")]
    return {t["doelgroep"][dg.map]: items}


def bouw_site(sector: Sector, taal: str = BRONTAAL) -> Site:
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
            if versie(vraag, dg):
                site.paginas.append(_vraag_pagina(sector, vraag, dg, ander, t))
        site.paginas.append(_verwijzing_pagina(sector, dg, t))
        site.paginas.append(_contact_pagina(sector, dg, t))
        site.paginas += doorklik.paginas(sector, dg, t)
    site.paginas += scholen.paginas(sector, t, taal)
    site.nav = [{t["start"]: "index.md"}, _nav_doelgroep(sector, ouders, t), _nav_doelgroep(sector, leerlingen, t)]
    return site
