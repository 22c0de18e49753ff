"""The kinds of value a content field can hold (each a str subclass, so a value keeps its kind after
validation) and the helpers that give every field its Dutch explanation for editors."""
from __future__ import annotations

from dataclasses import field


# Scalar kinds. Each is a str subclass so a value keeps its kind after validation.
class Tekst(str):
    """Eén regel gewone tekst."""


class Markdown(str):
    """Tekst in Markdown; mag over meerdere regels lopen (gebruik dan '|')."""


class Id(str):
    """Een vaste naam met kleine letters, cijfers en streepjes, zoals 'wat-is-een-tlv'."""


class VraagId(Id):
    """De id van een vraag in faq/."""


class PartnerId(Id):
    """De id van een partner in partners.yml."""


class OnderwerpId(Id):
    """De id van een onderwerp in onderwerpen.yml."""


class StapId(Id):
    """De id van een vraag of uitkomst in hetzelfde doorklik-bestand."""


class Vingerafdruk(str):
    """8 tekens die de Nederlandse brontekst herkennen; zo zie je of een vertaling verouderd is."""


class Url(str):
    """Een webadres dat begint met https://."""


class Email(str):
    """Een e-mailadres."""


class Telefoon(str):
    """Een telefoonnummer, zoals 030 123 45 67."""


class Icoon(str):
    """Een icoon uit de set van Material, zoals 'material/school' (zie https://pictogrammers.com/library/mdi/)."""


class Foto(str):
    """Een foto in de map fotos/ van deze site, zoals 'fotos/sanne.jpg' (jpg, png of webp)."""


class Noodnummer(str):
    """Een kort nummer voor noodgevallen, zoals "112" (tussen aanhalingstekens)."""


def _metadata(uitleg: str, bron: str | None) -> dict:
    """A field's Dutch explanation for editors, and where a translated field's Dutch text lives (vertaalbaar.py)."""
    return {"uitleg": uitleg} | ({"bron": bron} if bron else {})


def veld(uitleg: str, bron: str | None = None, **kwargs):
    """A model field with its Dutch explanation for editors."""
    return field(metadata=_metadata(uitleg, bron), **kwargs)


def tabel(uitleg: str):
    """An optional table of records by id (empty when left out)."""
    return field(default_factory=dict, metadata={"uitleg": uitleg})


def lijst(uitleg: str, bron: str | None = None):
    """An optional list field (empty when left out)."""
    return field(default_factory=list, metadata=_metadata(uitleg, bron))
