"""Crisis safety as data: which pages get the emergency numbers and the quick exit.

A topic, an FAQ item or a doorklik outcome marked ``gevoelig: true`` gets the crisis block
(112, Veilig Thuis, De Kindertelefoon from site.yml's ``noodhulp``) and the "Snel weg" button.
An item whose Dutch text speaks of home, safety, abuse or feeling bad but says nothing about
``gevoelig`` is an error: an editor must decide, so a child never lands on such a page without
the numbers by accident. ``gevoelig: false`` records that the words are there but the page is
not about that.
"""
from __future__ import annotations

import re

from wegwijzer.content.errors import Fout
from wegwijzer.content.herkomst import herkomst

# Word beginnings that signal a sensitive text (Dutch, lower case). Kept short: each one is a
# decision an editor has to make, so a word that mostly means something harmless is left out.
SIGNALEN = ("thuis niet goed", "thuis niet veilig", "onveilig", "niet veilig", "mishandel", "geweld",
            "misbruik", "seksueel", "niet fijn", "verdrietig", "somber", "zelfmoord", "zelfdoding",
            "jezelf pijn", "gepest", "pesten")
_SIGNAAL = re.compile(r"\b(" + "|".join(re.escape(s) for s in SIGNALEN) + r")", re.IGNORECASE)


def signaal(*teksten) -> str | None:
    """The first signal word in the texts (None when there is none)."""
    for tekst in teksten:
        if tekst:
            gevonden = _SIGNAAL.search(" ".join(str(tekst).split()))
            if gevonden:
                return gevonden.group(1).lower()
    return None


def _versies(vraag) -> list:
    return [t for v in (vraag.ouders, vraag.leerlingen) if v for t in (v.vraag, v.antwoord)]


def controleer(sector) -> list[Fout]:
    """An error for every topic, FAQ item and outcome that needs a decision about ``gevoelig``."""
    items = [("het onderwerp", o, [o.titel, o.titel_leerlingen, o.intro, o.intro_leerlingen])
             for o in sector.onderwerpen]
    items += [("de vraag", v, _versies(v)) for v in sector.vragen]
    items += [("de uitkomst", u, [u.titel, u.antwoord, u.onderwerp])
              for boom in sector.doorklik.values() for u in boom.doorklik.uitkomsten]
    fouten = []
    for wat, item, teksten in items:
        woord = signaal(*teksten)
        if item.gevoelig is None and woord:
            fouten.append(Fout(herkomst(item).pad, herkomst(item).regel,
                               f"{wat} '{item.id}' gaat misschien over thuis, veiligheid of je niet fijn voelen "
                               f"(er staat '{woord}'). Zet er 'gevoelig: true' bij: dan staan de hulpnummers "
                               "en de knop 'Snel weg' op de pagina. Gaat het er niet over? Zet dan "
                               "'gevoelig: false'."))
    return fouten
