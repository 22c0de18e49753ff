"""Translations: how many items are translated, draft, outdated or missing per language, and a
template a translator fills in (the status of one item: content/fingerprint.py).
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

import yaml

from wegwijzer.content.fingerprint import ENKEL, STATUSSEN, bron, eenheden, status, vingerafdruk
from wegwijzer.content.loader import laad_of_meld
from wegwijzer.content.sector import Sector
from wegwijzer.content.talen import BRONTAAL, talen_van


@dataclass
class Telling:
    taal: str
    aantallen: dict[str, int]
    verouderd: list[tuple[str, str, str]]  # (soort, id, current fingerprint)
    ontbreekt: list[tuple[str, str, str]]


def tel(sector, taal: str) -> Telling:
    """How many items of a sector are translated, draft, outdated or missing in ``taal``."""
    vertaling = sector.vertalingen.get(taal)
    telling = Telling(taal, dict.fromkeys(STATUSSEN, 0), [], [])
    for soort, id_ in eenheden(sector):
        s = status(sector, vertaling, soort, id_)
        telling.aantallen[s] += 1
        if s in ("verouderd", "ontbreekt"):
            getattr(telling, s).append((soort, id_, vingerafdruk(sector, soort, id_)))
    return telling


# --- a template for translators ---------------------------------------------------

def _gewoon(waarde):
    """Model values as plain dicts, lists and str, without empty fields."""
    if dataclasses.is_dataclass(waarde):
        waarde = {f.name: getattr(waarde, f.name) for f in dataclasses.fields(waarde)}
    if isinstance(waarde, dict):
        return {str(k): _gewoon(v) for k, v in waarde.items() if v not in (None, [], {})}
    if isinstance(waarde, list):
        return [_gewoon(w) for w in waarde]
    return str(waarde)


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(str, lambda d, s: d.represent_scalar(
    "tag:yaml.org,2002:str", s if "\n" in s.strip() else s.strip(), style="|" if "\n" in s.strip() else None))


def sjabloon(sector, taal: str) -> str:
    """YAML for vertalingen/<taal>.yml with every missing or outdated item, in Dutch, to translate."""
    vertaling = sector.vertalingen.get(taal)
    inhoud: dict = {"taal": taal}
    for soort, id_ in eenheden(sector):
        if status(sector, vertaling, soort, id_) not in ("ontbreekt", "verouderd"):
            continue
        item = {"vingerafdruk": vingerafdruk(sector, soort, id_), "concept": True} | _gewoon(bron(sector, soort, id_))
        if soort in ENKEL:
            inhoud[soort] = item
        else:
            inhoud.setdefault(soort, {})[str(id_)] = item
    kop = (f"# Vertaal de Nederlandse teksten hieronder naar '{taal}' en zet ze in vertalingen/{taal}.yml.\n"
           "# Laat de ids en de vingerafdrukken staan. 'concept: true' blijft tot een moedertaalspreker\n"
           "# de vertaling heeft nagekeken.\n")
    return kop + yaml.dump(inhoud, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)


# --- the report of `python -m wegwijzer vertalingen` --------------------------------

def rapport(naam: str, sector: Sector, talen: list[str], taal: str | None = None) -> list[str]:
    """Lines of the translation report: counts per language, outdated items (and missing with ``taal``)."""
    regels = []
    for t in [taal] if taal else [t for t in talen if t != BRONTAAL]:
        telling = tel(sector, t)
        regels.append(f"{naam} · {t}: " + ", ".join(f"{n} {s}" for s, n in telling.aantallen.items()))
        lijsten = [("verouderd", telling.verouderd)] + ([("ontbreekt", telling.ontbreekt)] if taal else [])
        for wat, lijst in lijsten:
            regels += [f"  {wat}: {soort} {id_} (vingerafdruk: {afdruk})" for soort, id_, afdruk in lijst]
    return regels


def vertalingen(root: Path, content: Path, taal: str | None, als_sjabloon: bool = False) -> int:
    """Per sector and language: translated, draft, outdated, missing; with --taal the worklist."""
    sectoren = laad_of_meld(content)
    if sectoren is None:
        return 1
    for naam, sector in sectoren.items():
        if als_sjabloon:
            print(f"# content/{naam}/vertalingen/{taal}.yml\n" + sjabloon(sector, taal))
        else:
            print("\n".join(rapport(naam, sector, talen_van(root, naam), taal)))
    return 0
