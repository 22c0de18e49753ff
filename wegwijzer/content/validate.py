"""Turn a YAML node tree into model records, collecting every mistake as a Dutch error.

Generic over the dataclasses in model.py: the field names, types and whether a field
is required all come from there. Nothing is coerced silently: 'no' where text is
expected is an error, not False.
"""
from __future__ import annotations

import dataclasses
import functools
import re
import types
import typing
from datetime import date

import yaml

from wegwijzer.content.errors import Fout, bedoelde_je
from wegwijzer.content.herkomst import Herkomst, zet
from wegwijzer.content.velden import Email, Foto, Icoon, Id, Markdown, Noodnummer, Tekst, Telefoon, Url, Vingerafdruk
from wegwijzer.content.yamlnodes import STANDARD_TAG, regel

JA_NEE = {"y", "yes", "n", "no", "on", "off", "true", "false"}
# What a text of each kind must look like; the JSON Schemas (schema.py) use the same patterns.
PATRONEN = {
    Id: r"[a-z0-9]+(?:-[a-z0-9]+)*",
    Url: r"https://[^\s/]+\.[^\s]+",
    Email: r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}",
    Telefoon: r"\+?[0-9][0-9 ()-]{7,}",
    Noodnummer: r"1[0-9]{2}",
    Icoon: r"(?:material|octicons|simple|fontawesome/(?:brands|regular|solid))/[a-z0-9-]+",
    Foto: r"fotos/[A-Za-z0-9_-]+\.(?:jpg|jpeg|png|webp)",
    Vingerafdruk: r"[0-9a-f]{8}",
}


def patroon(soort) -> str | None:
    """The pattern a text of kind ``soort`` must match in full (ids of every kind share one)."""
    return next((p for k, p in PATRONEN.items() if issubclass(soort, k)), None)


class Tabel(dict):
    """A mapping read from YAML (id -> record) that remembers the line of each key."""


def _soort(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "een blok met velden"
    if isinstance(node, yaml.SequenceNode):
        return "een lijst"
    if node.tag == STANDARD_TAG + "null":
        return "niets"
    return f"'{node.value}'"


def _is_leeg(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == STANDARD_TAG + "null"


class Omzetter:
    """Converts nodes of one file; errors go to ``self.fouten``."""

    def __init__(self, pad: str):
        self.pad = pad
        self.fouten: list[Fout] = []

    def fout(self, node: yaml.Node, bericht: str) -> None:
        self.fouten.append(Fout(self.pad, regel(node), bericht))

    def maak(self, soort, node: yaml.Node, naam: str, sleutel: yaml.Node | None = None):
        """Convert ``node`` to ``soort`` (a type from model.py); None after an error.

        ``sleutel`` is the key whose value ``node`` is: a missing field is reported on its line.
        """
        oorsprong = typing.get_origin(soort)
        if oorsprong in (typing.Union, types.UnionType):  # Optional[X]
            (binnen,) = [a for a in typing.get_args(soort) if a is not type(None)]
            return None if _is_leeg(node) else self.maak(binnen, node, naam, sleutel)
        if dataclasses.is_dataclass(soort):
            return self._record(soort, node, naam, sleutel)
        if oorsprong is list:
            return self._lijst(typing.get_args(soort)[0], node, naam)
        if oorsprong is dict:
            return self._tabel(*typing.get_args(soort), node, naam)
        if not isinstance(node, yaml.ScalarNode):
            self.fout(node, f"'{naam}' moet {_verwacht(soort)} zijn, maar hier staat {_soort(node)}."
                            + _dubbele_punt(node))
            return None
        return self._scalar(soort, node, naam)

    def _record(self, soort, node, naam, sleutel_van_blok):
        if not isinstance(node, yaml.MappingNode):
            self.fout(node, f"'{naam}' moet een blok met velden zijn (zoals 'veld: waarde' op de "
                            f"regels eronder, verder ingesprongen), maar hier staat {_soort(node)}.")
            return None
        velden = {f.name: f for f in dataclasses.fields(soort)}
        hints = _hints(soort)
        waarden, regels, gezien = {}, {}, set()
        goed = True
        for sleutel, waarde in node.value:
            veldnaam = sleutel.value if isinstance(sleutel, yaml.ScalarNode) else str(sleutel.value)
            if veldnaam not in velden:
                hint = bedoelde_je(veldnaam, velden) or f" Toegestaan zijn: {', '.join(velden)}."
                self.fout(sleutel, f"onbekend veld '{veldnaam}'.{hint}")
                continue
            if veldnaam in gezien:
                continue  # duplicate keys are reported by yamlnodes
            gezien.add(veldnaam)
            regels[veldnaam] = regel(sleutel)
            if typing.get_origin(hints[veldnaam]) is list and isinstance(waarde, yaml.SequenceNode):
                regels[veldnaam + "[]"] = [regel(n) for n in waarde.value]
            aantal = len(self.fouten)
            waarden[veldnaam] = self.maak(hints[veldnaam], waarde, veldnaam, sleutel)
            if waarden[veldnaam] == [] and _verplicht(velden[veldnaam]):
                self.fout(waarde, f"'{veldnaam}' is een lege lijst. Zet er minstens één in.")
            goed = goed and len(self.fouten) == aantal
        for veldnaam, f in velden.items():
            if _verplicht(f) and veldnaam not in gezien:
                self.fout(sleutel_van_blok or node, f"het verplichte veld '{veldnaam}' ontbreekt in '{naam}'. "
                                f"Voeg het toe: {f.metadata['uitleg']}")
                goed = False
        if not goed:
            return None
        obj = soort(**{k: v for k, v in waarden.items() if v is not None or _optioneel(hints[k])})
        zet(obj, Herkomst(self.pad, regel(node), regels))
        return obj

    def _lijst(self, soort, node, naam):
        if not isinstance(node, yaml.SequenceNode):
            self.fout(node, f"'{naam}' moet een lijst zijn (elke regel begint met '- '), "
                            f"maar hier staat {_soort(node)}.")
            return None
        uit = [self.maak(soort, kind, naam) for kind in node.value]
        return None if any(x is None for x in uit) else uit

    def _tabel(self, sleutelsoort, soort, node, naam):
        if not isinstance(node, yaml.MappingNode):
            self.fout(node, f"'{naam}' moet een blok zijn met een id per regel (zoals 'wat-is-een-tlv:'), "
                            f"maar hier staat {_soort(node)}.")
            return None
        uit, goed = Tabel(), True
        regels = {}
        zet(uit, Herkomst(self.pad, regel(node), regels))
        for sleutel, waarde in node.value:
            aantal = len(self.fouten)
            id_ = self._scalar(sleutelsoort, sleutel, naam) if isinstance(sleutel, yaml.ScalarNode) else None
            record = self.maak(soort, waarde, str(sleutel.value), sleutel)
            if id_ is not None and record is not None:
                uit[id_] = record
                regels[id_] = regel(sleutel)
            goed = goed and len(self.fouten) == aantal
        return uit if goed else None

    def _scalar(self, soort, node, naam):
        waarde = node.value
        kaal = not node.style  # plain (unquoted): None in PyYAML, '' in libyaml
        if _is_leeg(node):
            self.fout(node, f"'{naam}' is leeg. Vul het in.")
            return None
        if kaal and waarde.lower() in JA_NEE and soort is not bool:
            self.fout(node, f"'{naam}' is '{waarde}'. YAML leest dat als ja/nee in plaats van tekst. "
                            f"Zet het tussen aanhalingstekens: {naam}: \"{waarde}\"")
            return None
        if soort is int:
            if kaal and node.tag == STANDARD_TAG + "int" and re.fullmatch(r"[1-9][0-9]*", waarde):
                return int(waarde)
            self.fout(node, f"'{naam}' moet een heel getal boven 0 zijn (zoals 12, zonder aanhalingstekens), "
                            f"maar is '{waarde}'.")
            return None
        if kaal and node.tag in (STANDARD_TAG + "int", STANDARD_TAG + "float"):
            self.fout(node, f"'{naam}' is '{waarde}'. YAML leest dat als een getal in plaats van tekst. "
                            f"Zet het tussen aanhalingstekens: {naam}: \"{waarde}\"")
            return None
        if soort is bool:
            if kaal and waarde in ("true", "false"):
                return waarde == "true"
            self.fout(node, f"'{naam}' moet true of false zijn, maar is '{waarde}'.")
            return None
        if soort is date:
            try:
                return date.fromisoformat(waarde)
            except ValueError:
                self.fout(node, f"'{naam}' moet een datum zijn als jjjj-mm-dd (zoals 2026-09-01), "
                                f"maar is '{waarde}'.")
                return None
        if typing.get_origin(soort) is typing.Literal:
            opties = typing.get_args(soort)
            if waarde in opties:
                return waarde
            self.fout(node, f"'{naam}' moet {_of(opties)} zijn, maar is '{waarde}'.")
            return None
        if not waarde.strip():
            self.fout(node, f"'{naam}' is leeg. Vul het in.")
            return None
        bericht = _controleer_tekst(soort, waarde.strip(), naam)
        if bericht:
            self.fout(node, bericht)
            return None
        return soort(waarde.strip() if soort is not Markdown else waarde.rstrip() + "\n")


def _dubbele_punt(node: yaml.Node) -> str:
    """A hint for the usual cause of a block where text belongs: a colon and a space inside the text."""
    if isinstance(node, yaml.MappingNode) and len(node.value) == 1 and isinstance(node.value[0][0], yaml.ScalarNode):
        voor = node.value[0][0].value
        return (f" Staat er een dubbele punt in je tekst (na '{voor}')? Zet de hele tekst dan tussen "
                "aanhalingstekens.")
    return ""


def _controleer_tekst(soort, waarde: str, naam: str) -> str | None:
    vorm = patroon(soort)
    if vorm is None or re.fullmatch(vorm, waarde):
        pass
    elif issubclass(soort, Id):
        return (f"'{naam}' mag alleen kleine letters, cijfers en streepjes bevatten "
                f"(zoals 'wat-is-een-tlv'), maar is '{waarde}'.")
    elif soort is Url:
        return f"'{naam}' moet een webadres zijn dat begint met https://, maar is '{waarde}'."
    elif soort is Email:
        return f"'{naam}' is geen geldig e-mailadres: '{waarde}'."
    elif soort is Icoon:
        return (f"'{naam}' moet een icoon van Material zijn, zoals 'material/school' of 'material/emoticon-happy', "
                f"maar is '{waarde}'.")
    elif soort is Foto:
        return (f"'{naam}' moet een foto in de map fotos/ zijn, zoals 'fotos/sanne.jpg' (jpg, png of webp; "
                f"zonder spaties), maar is '{waarde}'.")
    elif soort is Noodnummer:
        return f"'{naam}' moet een kort nummer van 3 cijfers zijn, zoals \"112\", maar is '{waarde}'."
    elif soort is Vingerafdruk:
        return (f"'{naam}' moet 8 tekens zijn (cijfers en a-f), zoals 'python -m wegwijzer vertalingen' "
                f"ze toont, maar is '{waarde}'.")
    else:
        return (f"'{naam}' is geen geldig telefoonnummer: '{waarde}'. "
                f"Schrijf het zoals 030 123 45 67 of +31 30 123 45 67.")
    if soort is Tekst and "\n" in waarde:
        return f"'{naam}' moet op één regel passen. Maak de tekst korter of zet hem op één regel."
    return None


@functools.cache
def _hints(soort) -> dict:
    """The field types of a model record (resolved once: every record of every file needs them)."""
    return typing.get_type_hints(soort)


def _verplicht(f: dataclasses.Field) -> bool:
    return f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING


def _optioneel(soort) -> bool:
    return typing.get_origin(soort) in (typing.Union, types.UnionType)


def _of(opties) -> str:
    namen = [f"'{o}'" for o in opties]
    return " of ".join([", ".join(namen[:-1]), namen[-1]]) if len(namen) > 1 else namen[0]


def _verwacht(soort) -> str:
    if soort is date:
        return "een datum"
    if soort is bool:
        return "true of false"
    if soort is int:
        return "een getal"
    return "tekst"


def zet_om(soort, node: yaml.Node, pad: str, naam: str):
    """Convert a file's root node into ``soort``; returns (record or None, errors)."""
    omzetter = Omzetter(pad)
    return omzetter.maak(soort, node, naam), omzetter.fouten
