"""Read YAML safely into a node tree that remembers line numbers.

Only PyYAML's composer runs: no object is ever constructed from a tag, so no
YAML can execute code. On top of what YAML itself rejects, this module reports
tabs in indentation, duplicate keys and explicit tags, each as a Dutch error.
"""
from __future__ import annotations

import yaml

from wegwijzer.content.errors import Fout

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

STANDARD_TAG = "tag:yaml.org,2002:"
TOEGESTANE_TAGS = {STANDARD_TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")}

# Substrings of PyYAML / libyaml problems, and what they mean for an editor.
_PROBLEMEN = [
    ("mapping values are not allowed",
     "hier staat een dubbele punt die YAML niet verwacht. Staat er een dubbele punt in je tekst? "
     "Zet de hele tekst dan tussen aanhalingstekens, of gebruik '|' en zet de tekst op de regels eronder"),
    ("could not find expected ':'",
     "hier mist een dubbele punt. Schrijf elke regel als 'veld: waarde'"),
    ("did not find expected key",
     "de inspringing klopt hier niet. Zet velden van hetzelfde blok precies onder elkaar, met spaties"),
    ("did not find expected '-' indicator",
     "de inspringing van deze lijst klopt niet. Zet elk '-' van dezelfde lijst precies onder elkaar"),
    ("found unexpected end of stream",
     "een aanhalingsteken wordt niet gesloten. Zet aan het eind van de tekst hetzelfde aanhalingsteken"),
    ("found unknown escape character",
     "in een tekst tussen dubbele aanhalingstekens staat een '\\'. Gebruik enkele aanhalingstekens of haal de '\\' weg"),
    ("while scanning a quoted scalar",
     "een aanhalingsteken wordt niet goed gesloten. Controleer de aanhalingstekens in deze tekst"),
    ("found undefined alias",
     "hier staat een '*' die YAML als verwijzing leest. Zet de tekst tussen aanhalingstekens"),
    ("found character that cannot start any token",
     "deze regel begint met een teken dat YAML niet kent (zoals '@' of '`'). Zet de tekst tussen aanhalingstekens"),
    ("but found another document",
     "dit bestand bevat een tweede document ('---'). Haal de regel met '---' weg"),
    ("expected <block end>, but found '-'",
     "deze lijst staat niet goed ingesprongen. Zet elk '-' van dezelfde lijst precies onder elkaar"),
    ("expected <block end>",
     "de inspringing klopt hier niet. Zet velden van hetzelfde blok precies onder elkaar, met spaties"),
]
_ALGEMEEN = ("de YAML-opbouw klopt hier niet. Controleer de inspringing (alleen spaties), "
             "de dubbele punten en de aanhalingstekens")


def regel(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _vertaal(fout: yaml.MarkedYAMLError) -> str:
    tekst = f"{fout.context or ''} {fout.problem or ''}"
    for stukje, uitleg in _PROBLEMEN:
        if stukje in tekst:
            return uitleg + "."
    return _ALGEMEEN + "."


def _tabs(pad: str, tekst: str) -> list[Fout]:
    fouten = []
    for nummer, lijn in enumerate(tekst.splitlines(), start=1):
        inspringing = lijn[: len(lijn) - len(lijn.lstrip(" \t"))]
        if "\t" in inspringing:
            fouten.append(Fout(pad, nummer,
                               "deze regel springt in met een tab. YAML werkt alleen met spaties: "
                               "vervang de tab door spaties."))
    return fouten


def _controleer(pad: str, node: yaml.Node, fouten: list[Fout], tags: list[Fout]) -> None:
    """Find duplicate keys (into ``fouten``) and explicit tags (into ``tags``) anywhere below ``node``."""
    if node.tag not in TOEGESTANE_TAGS:
        getoond = node.tag.replace(STANDARD_TAG, "!!", 1)
        tags.append(Fout(pad, regel(node),
                           f"'{getoond}' is hier niet toegestaan. Haal het weg; schrijf gewone tekst."))
    if isinstance(node, yaml.MappingNode):
        gezien: dict[str, int] = {}
        for sleutel, waarde in node.value:
            if isinstance(sleutel, yaml.ScalarNode):
                if sleutel.value in gezien:
                    fouten.append(Fout(pad, regel(sleutel),
                                       f"het veld '{sleutel.value}' staat twee keer in hetzelfde blok "
                                       f"(ook op regel {gezien[sleutel.value]}). Houd er één over."))
                else:
                    gezien[sleutel.value] = regel(sleutel)
            _controleer(pad, waarde, fouten, tags)
    elif isinstance(node, yaml.SequenceNode):
        for kind in node.value:
            _controleer(pad, kind, fouten, tags)


def lees(pad: str, tekst: str) -> tuple[yaml.Node | None, list[Fout]]:
    """Compose ``tekst`` (the contents of file ``pad``); return the root node and the errors."""
    fouten = _tabs(pad, tekst)
    if fouten:
        return None, fouten
    try:
        node = yaml.compose(tekst, Loader=Loader)
    except yaml.MarkedYAMLError as fout:
        mark = fout.problem_mark or fout.context_mark
        return None, [Fout(pad, mark.line + 1 if mark else 1, _vertaal(fout))]
    except yaml.YAMLError:
        return None, [Fout(pad, 1, _ALGEMEEN + ".")]
    if node is None:
        return None, [Fout(pad, 1, "dit bestand is leeg. Vul het in of haal het weg.")]
    tags: list[Fout] = []
    _controleer(pad, node, fouten, tags)
    # A file with an explicit tag is not validated further: its shape means nothing.
    return (None if tags else node), fouten + tags
