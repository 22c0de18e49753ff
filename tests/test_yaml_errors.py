"""Mistakes in the YAML itself: each gives one Dutch line with file:line."""
from __future__ import annotations

import pytest

from wegwijzer.content.yamlnodes import lees

from conftest import fouten, schrijf

GOED_BEGIN = "onderwerp: tlv\nvragen:\n"


@pytest.mark.parametrize("tekst, verwacht", [
    ("onderwerp: tlv\nvragen:\n\t- id: x\n",
     "x.yml:3: deze regel springt in met een tab. YAML werkt alleen met spaties: vervang de tab door spaties."),
    ("onderwerp: tlv\nvragen: [\n",
     "x.yml:3: de YAML-opbouw klopt hier niet. Controleer de inspringing (alleen spaties), "
     "de dubbele punten en de aanhalingstekens."),
    ("onderwerp: tlv\nbron: Let op: dit\n",
     "x.yml:2: hier staat een dubbele punt die YAML niet verwacht. Staat er een dubbele punt in je tekst? "
     "Zet de hele tekst dan tussen aanhalingstekens, of gebruik '|' en zet de tekst op de regels eronder."),
    ("onderwerp: \"tlv\nvragen: []\n",
     "x.yml:3: een aanhalingsteken wordt niet gesloten. Zet aan het eind van de tekst hetzelfde aanhalingsteken."),
    ("onderwerp: tlv\n  vragen: []\n",
     "x.yml:2: hier staat een dubbele punt die YAML niet verwacht. Staat er een dubbele punt in je tekst? "
     "Zet de hele tekst dan tussen aanhalingstekens, of gebruik '|' en zet de tekst op de regels eronder."),
    ("onderwerp: tlv\nonderwerp: rechten\n",
     "x.yml:2: het veld 'onderwerp' staat twee keer in hetzelfde blok (ook op regel 1). Houd er één over."),
    ("onderwerp: !!python/object:os.system tlv\n",
     "x.yml:1: '!!python/object:os.system' is hier niet toegestaan. "
     "Haal het weg; schrijf gewone tekst."),
    ("", "x.yml:1: dit bestand is leeg. Vul het in of haal het weg."),
    ("a: 1\n---\nb: 2\n",
     "x.yml:2: dit bestand bevat een tweede document ('---'). Haal de regel met '---' weg."),
])
def test_yaml_mistake_gives_exact_dutch_message(tekst, verwacht):
    node, gevonden = lees("x.yml", tekst)
    assert [str(f) for f in gevonden] == [verwacht]


def test_every_tab_line_is_reported():
    _, gevonden = lees("x.yml", "a:\n\tb: 1\n\tc: 2\n")
    assert [f.regel for f in gevonden] == [2, 3]


def test_duplicate_keys_nested_deep_are_found():
    tekst = "vragen:\n  - id: a\n    ouders:\n      vraag: x\n      vraag: y\n"
    _, gevonden = lees("x.yml", tekst)
    assert [str(f) for f in gevonden] == [
        "x.yml:5: het veld 'vraag' staat twee keer in hetzelfde blok (ook op regel 4). Houd er één over."]


def test_python_tags_are_never_constructed(content):
    # An object-constructing tag must be an error, not code that runs.
    schrijf(content / "po" / "faq" / "tlv.yml",
            "onderwerp: !!python/object/apply:os.system ['echo gehackt']\nvragen: []\n")
    assert fouten(content / "po") == [
        "content/po/faq/tlv.yml:1: '!!python/object/apply:os.system' is hier niet "
        "toegestaan. Haal het weg; schrijf gewone tekst.",
    ]
