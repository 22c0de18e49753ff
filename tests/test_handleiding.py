"""The editor guide (content/README.md) shows the messages editors really get.

Every ```text block in the guide belongs to a section below, which makes that section's mistake in a
copy of the fixture content and runs `make check`: each line of the block must be a line of its output.
So the guide cannot drift from the messages."""
from __future__ import annotations

import re

import pytest

from wegwijzer import cli
from wegwijzer.content.fingerprint import vingerafdruk
from wegwijzer.content.loader import laad_sector
from wegwijzer.content.yamlnodes import lees

from conftest import ROOT

GIDS = ROOT / "content" / "README.md"


def vervang(pad, oud: str, nieuw: str) -> None:
    tekst = pad.read_text(encoding="utf-8")
    assert oud in tekst, (pad, oud)
    pad.write_text(tekst.replace(oud, nieuw, 1), encoding="utf-8")


def _tekst(c):
    vervang(c / "po/faq/tlv.yml", "      vraag: Wie beslist?", "      vraag: Let op: wie beslist?")


def _vraag(c):
    (c / "po/faq/tlv.yml").write_text((c / "po/faq/tlv.yml").read_text() + """  - id: Mag ik het OPP inzien
    ouders:
      vraag: Mag ik het OPP van mijn kind inzien?
      antwoord: Ja.
    gecontroleerd: 2026-11-23
""")


def _bron(c):
    vervang(c / "po/faq/tlv.yml", "bron: '[Wet op het primair onderwijs, artikel 40a](",
            "bron: '[Wet op het primair onderwijs, artikel 40](")


def _leerlingen(c):
    vervang(c / "po/faq/tlv.yml", "    partners: [swv]\n", "    leerlingen:\n      vraag: Wie kiest mijn school?\n"
                                                       "    partners: [swv]\n")


def _vertaling(c):
    # The doorklik translation is current (its fingerprint matches): then a missing choice is an error.
    afdruk = vingerafdruk(laad_sector(c / "po"), "doorklik", "ouders")
    (c / "po/vertalingen").mkdir()
    (c / "po/vertalingen/en.yml").write_text(f"""taal: en
vragen:
  wat-is-een-tvl:
    vingerafdruk: a51e4c88
    ouders:
      vraag: What is a TLV?
      antwoord: A decision.
doorklik:
  ouders:
    vingerafdruk: {afdruk}
    titel: Where can I go?
    intro: Answer a few questions.
    vragen:
      waar-gaat-het-over:
        vraag: What is your question about?
        keuzes: [A special school]
""")


def _doorklik(c):
    vervang(c / "po/doorklik/ouders.yml", "        naar: tlv-wachten", "        naar: tlv-wachtn")


def _partner(c):
    vervang(c / "po/partners.yml", "volgorde:", """  - id: onderwijsconsulenten
    naam: Onderwijsconsulenten
    waarvoor: Onafhankelijk advies als u er met de school niet uitkomt.
    website: https://www.onderwijsconsulenten.nl/
volgorde:""")
    vervang(c / "po/faq/tlv.yml", "    partners: [swv]", "    partners: [swv, onderwijsconsulent]")


def _veilig(c):
    vervang(c / "po/doorklik/ouders.yml", "antwoord: Neem contact op.", "antwoord: Gaat het thuis niet goed? Neem contact op.")


def _scholen(c):
    vervang(c / "po/scholen.yml", "  punten: [school is moeilijk]",
            "  punten:\n    - Je weet niet wat je moet vragen: dat mag!")


def _leesbaarheid(c):
    vervang(c / "po/faq/tlv.yml", "      antwoord: Een brief.",
            "      antwoord: Een TLV is een brief die je nodig hebt als je naar een andere school wilt gaan.")
    vervang(c / "po/faq/tlv.yml", "    gecontroleerd: 2026-11-01\n  - id: wie-beslist",
            "    gecontroleerd: 2025-10-01\n  - id: wie-beslist")


def _yaml(c):
    vervang(c / "po/site.yml", "  telefoon: 030 123 45 67", "  telefoon: 0301234567")


SECTIES = {
    "1. Een tekst veranderen": _tekst,
    "2. Een vraag toevoegen": _vraag,
    "3. Een tekst voor leerlingen toevoegen": _leerlingen,
    "4. Een vertaling toevoegen of bijwerken": _vertaling,
    "5. Een stap aan de doorklik toevoegen": _doorklik,
    "6. Een partner toevoegen": _partner,
    "7. Veilig voor leerlingen: hulpnummers, Snel weg, mensen, iconen en zoekwoorden": _veilig,
    "Voor scholen: schoolgids, QR-code, posters en flyer": _scholen,
    "Bronnen: de link naar de wet": _bron,
    "Leesbaarheid en nakijken: make check": _leesbaarheid,
    "Valkuilen in YAML": _yaml,
}


def blokken() -> dict[str, list[str]]:
    """Per section heading of the guide, the lines of its ```text blocks."""
    uit: dict[str, list[str]] = {}
    for sectie in re.split(r"^## ", GIDS.read_text(encoding="utf-8"), flags=re.M)[1:]:
        kop, rest = sectie.split("\n", 1)
        regels = [r.strip() for blok in re.findall(r"```text\n(.*?)```", rest, re.S) for r in blok.splitlines()
                  if r.strip()]
        if regels:
            uit[kop.strip()] = regels
    return uit


def test_every_message_in_the_guide_belongs_to_a_checked_mistake():
    assert set(blokken()) == set(SECTIES)


@pytest.mark.parametrize("kop", SECTIES)
def test_the_guide_shows_the_real_message(kop, content, tmp_path, capsys):
    SECTIES[kop](content)
    cli.main(["check", "--content", str(content), "--rapport", str(tmp_path / "r.html"), "--vandaag", "2026-12-02"])
    uit = capsys.readouterr()
    echt = (uit.out + uit.err).splitlines()
    for regel in blokken()[kop]:
        assert regel in echt, f"{kop}: the guide says\n{regel}\nbut make check says\n" + "\n".join(echt)


def test_every_yaml_example_in_the_guide_is_valid_yaml():
    voorbeelden = re.findall(r"```yaml\n(.*?)```", GIDS.read_text(encoding="utf-8"), re.S)
    assert len(voorbeelden) >= 8
    for voorbeeld in voorbeelden:
        node, fouten = lees("content/README.md", voorbeeld)
        assert node is not None and fouten == [], voorbeeld
