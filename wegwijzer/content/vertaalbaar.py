"""What is translatable, read from the translation model (content/vertaalmodel.py): for each kind of
translated item its fields, where each field's Dutch text lives, and which fields are tables of
translated records by id. The fingerprint, the translator's template and the translated sector
(translations/apply.py) all take their fields from here."""
from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass
from functools import cache

from wegwijzer.content.vertaalmodel import VertaaldItem, Vertaling


@dataclass(frozen=True)
class Vertaalveld:
    """One translatable field: its name in the translation, where its Dutch text lives, and, for a
    table of translated records by id (the steps of a doorklik), the class of those records."""

    naam: str
    bron: str
    tabel: type | None


@cache
def vertaalvelden(klasse: type) -> tuple[Vertaalveld, ...]:
    """The translatable fields of a translated record, in the model's order."""
    typen = typing.get_type_hints(klasse)
    eigen = {f.name for f in dataclasses.fields(VertaaldItem)}
    return tuple(Vertaalveld(f.name, f.metadata.get("bron", f.name),
                             typing.get_args(typen[f.name])[1] if typing.get_origin(typen[f.name]) is dict else None)
                 for f in dataclasses.fields(klasse) if f.name not in eigen)


@cache
def vertaalklasse(soort: str) -> type:
    """The class of a translated item of ``soort`` (site, vragen, ...), from the fields of Vertaling."""
    soort_type = typing.get_type_hints(Vertaling)[soort]
    args = [a for a in typing.get_args(soort_type) if a is not type(None)]
    return args[-1]


def haal(waarde, pad: str):
    """The value at a field's ``bron`` path (dotted); through a list, that of every element."""
    if isinstance(waarde, list):
        return [haal(w, pad) for w in waarde]
    naam, _, rest = pad.partition(".")
    return haal(getattr(waarde, naam), rest) if rest else getattr(waarde, naam)
