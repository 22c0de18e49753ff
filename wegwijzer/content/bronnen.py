"""Sources: every FAQ item's ``bron`` links to the law it rests on, on the official law site.

A source is Markdown with at least one link to wetten.overheid.nl in the form of a permanent link,
``https://wetten.overheid.nl/jci1.3:c:BWBR0003420&artikel=40a`` (BWB id of the law, then the article).
The link text starts with the law's name and names the same article, so a parent reads what the link
opens: ``[Wet op het primair onderwijs, artikel 40a](…)``. Links to other sites may follow.

Errors (``make check`` and every build) are mistakes of form: no law link, a link that is not a
permanent link, a law Wegwijzer does not know, or a text that names another law or article than the
link. A link to a whole law, without an article, is a warning: it is honest when the article has not
been looked up yet, and ``make check`` keeps it in view until it has.
"""
from __future__ import annotations

import re

from wegwijzer.content.errors import Fout, Waarschuwing
from wegwijzer.content.herkomst import herkomst, pad_van, regels_van

# BWB id -> the law's official short name, as the link text must start.
WETTEN = {
    "BWBR0003420": "Wet op het primair onderwijs",
    "BWBR0044212": "Wet voortgezet onderwijs 2020",
    "BWBR0003549": "Wet op de expertisecentra",
    "BWBR0002628": "Leerplichtwet 1969",
    "BWBR0020576": "Wet medezeggenschap op scholen",
    "BWBR0005537": "Algemene wet bestuursrecht",
    "BWBR0014915": "Wet gelijke behandeling op grond van handicap of chronische ziekte",
    "BWBR0035362": "Wet maatschappelijke ondersteuning 2015",
    "BWBR0034925": "Jeugdwet",
    "BWBR0040940": "Uitvoeringswet Algemene verordening gegevensbescherming",
}
VOORBEELD = "[Wet op het primair onderwijs, artikel 40a](https://wetten.overheid.nl/jci1.3:c:BWBR0003420&artikel=40a)"
_LINK = re.compile(r"\[([^\]]+)\]\(\s*(\S+?)\s*\)")
_WETTEN_SITE = re.compile(r"https?://(www\.)?wetten\.overheid\.nl/", re.IGNORECASE)
# A permanent link: the BWB id, then parameters such as hoofdstuk=II, artikel=40a, z= and g= (dates).
_PERMANENT = re.compile(r"https://wetten\.overheid\.nl/jci1\.3:c:(BWBR\d{7})((?:&[a-z]+=[0-9A-Za-z:.\-]+)*)")
_ARTIKEL_IN_TEKST = re.compile(r",\s*artikel\s+([0-9]+[0-9a-z:.]*)\s*$", re.IGNORECASE)


def wetlinks(bron: str) -> list[tuple[str, str]]:
    """The (text, url) of each link to wetten.overheid.nl in a source."""
    return [(tekst.strip(), url) for tekst, url in _LINK.findall(str(bron)) if _WETTEN_SITE.match(url)]


def _artikel(parameters: str) -> str | None:
    for deel in parameters.split("&"):
        naam, _, waarde = deel.partition("=")
        if naam == "artikel":
            return waarde
    return None


def _link_fout(tekst: str, url: str) -> str | None:
    """What is wrong with one law link, or None."""
    vorm = _PERMANENT.fullmatch(url)
    if not vorm:
        return (f"de link '{url}' is geen vaste link naar een wet. Gebruik de vorm "
                "https://wetten.overheid.nl/jci1.3:c:BWBR…&artikel=… (op wetten.overheid.nl: bij het artikel "
                "het icoon 'Permanente link').")
    bwb, artikel = vorm.group(1), _artikel(vorm.group(2))
    if bwb not in WETTEN:
        return (f"de link gaat naar wet {bwb}, en die kent Wegwijzer niet. Klopt het nummer? Bekende wetten: "
                + ", ".join(f"{naam} ({b})" for b, naam in WETTEN.items())
                + ". Is het een andere wet? Vraag de beheerder van Wegwijzer om hem toe te voegen.")
    naam = WETTEN[bwb]
    if not tekst.lower().startswith(naam.lower()):
        return (f"de linktekst '{tekst}' noemt niet de wet waar de link naar gaat. Begin de linktekst met "
                f"'{naam}'.")
    genoemd = _ARTIKEL_IN_TEKST.search(tekst[len(naam):])
    genoemd = genoemd.group(1) if genoemd else None
    if artikel and genoemd != artikel:
        return (f"de link gaat naar artikel {artikel}, maar de linktekst '{tekst}' noemt "
                + (f"artikel {genoemd}" if genoemd else "geen artikel")
                + f". Schrijf als linktekst '{naam}, artikel {artikel}'.")
    if genoemd and not artikel:
        return (f"de linktekst '{tekst}' noemt artikel {genoemd}, maar de link gaat naar de hele wet. "
                f"Zet '&artikel={genoemd}' achter de link.")
    return None


def controleer(sector) -> list[Fout]:
    """An error for every FAQ item whose source has no law link, or a law link of the wrong form."""
    fouten = []
    for vraag in sector.vragen:
        waar = (pad_van(vraag), regels_van(vraag).get("bron", herkomst(vraag).regel))
        links = wetlinks(vraag.bron)
        if not links:
            fouten.append(Fout(*waar, f"'bron' van de vraag '{vraag.id}' heeft geen link naar de wet. Schrijf de "
                                      f"wet als link naar het artikel op wetten.overheid.nl, zo: {VOORBEELD}"))
        for tekst, url in links:
            fout = _link_fout(tekst, url)
            if fout:
                fouten.append(Fout(*waar, f"'bron' van de vraag '{vraag.id}': {fout}"))
    return fouten


def hele_wetten(sector) -> list[Waarschuwing]:
    """A warning for each law link that opens a whole law instead of the article."""
    uit = []
    for vraag in sector.vragen:
        for tekst, url in wetlinks(vraag.bron):
            vorm = _PERMANENT.fullmatch(url)
            if vorm and vorm.group(1) in WETTEN and not _artikel(vorm.group(2)):
                uit.append(Waarschuwing(pad_van(vraag), regels_van(vraag).get("bron", 1), "bron",
                                        f"vraag '{vraag.id}'",
                                        f"'{tekst}' verwijst naar de hele wet, niet naar het artikel. Zoek het "
                                        "artikel op wetten.overheid.nl en zet '&artikel=…' achter de link, en "
                                        "het artikel in de linktekst."))
    return uit
