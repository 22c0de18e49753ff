"""Mistakes against the content model: exact Dutch wording, file:line, all at once."""
from __future__ import annotations

import shutil

import pytest

from wegwijzer.content.loader import laad_sector

from conftest import fouten, schrijf

ITEM = """onderwerp: tlv
vragen:
  - id: wat-is-een-tlv
    ouders:
      vraag: Wat is een TLV?
      antwoord: Een besluit.
    bron: '[Wet op het primair onderwijs, artikel 40a](https://wetten.overheid.nl/jci1.3:c:BWBR0003420&artikel=40a)'
    gecontroleerd: 2026-11-01
"""
PAD = "content/po/faq/tlv.yml"


def zonder_doorklik(content):
    """ITEM has only one of the fixture's items; the fixture doorklik links the other, so drop it."""
    shutil.rmtree(content / "po" / "doorklik")


def faq(content, tekst: str) -> list[str]:
    zonder_doorklik(content)
    schrijf(content / "po" / "faq" / "tlv.yml", tekst)
    return fouten(content / "po")


def test_fixture_loads_cleanly(content):
    sector = laad_sector(content / "po")
    assert [v.id for v in sector.vragen] == ["wat-is-een-tlv", "wie-beslist"]
    assert sector.onderwerp_van == {"wat-is-een-tlv": "tlv", "wie-beslist": "tlv"}


@pytest.mark.parametrize("van, naar, verwacht", [
    ("      antwoord: Een besluit.", "      antwoort: Een besluit.",
     [f"{PAD}:6: onbekend veld 'antwoort'. Bedoelde je 'antwoord'?",
      f"{PAD}:4: het verplichte veld 'antwoord' ontbreekt in 'ouders'. Voeg het toe: Het antwoord, in Markdown."]),
    ("    bron: '[Wet op het primair onderwijs, artikel 40a](https://wetten.overheid.nl/jci1.3:c:BWBR0003420&artikel=40a)'", "    bron: '[Wet op het primair onderwijs, artikel 40a](https://wetten.overheid.nl/jci1.3:c:BWBR0003420&artikel=40a)'\n    kleur: rood",
     [f"{PAD}:8: onbekend veld 'kleur'. Toegestaan zijn: id, ouders, leerlingen, zie_ook, partners, bron, "
      "gecontroleerd, gevoelig, vorige_ids."]),
    ("    bron: '[Wet op het primair onderwijs, artikel 40a](https://wetten.overheid.nl/jci1.3:c:BWBR0003420&artikel=40a)'\n", "",
     [f"{PAD}:3: het verplichte veld 'bron' ontbreekt in 'vragen'. Voeg het toe: "
      "De wet waar het antwoord op steunt, als link naar het artikel op wetten.overheid.nl."]),
    ("      antwoord: Een besluit.", "      antwoord: no",
     [f"{PAD}:6: 'antwoord' is 'no'. YAML leest dat als ja/nee in plaats van tekst. "
      "Zet het tussen aanhalingstekens: antwoord: \"no\""]),
    ("      vraag: Wat is een TLV?", "      vraag: Yes",
     [f"{PAD}:5: 'vraag' is 'Yes'. YAML leest dat als ja/nee in plaats van tekst. "
      "Zet het tussen aanhalingstekens: vraag: \"Yes\""]),
    ("      antwoord: Een besluit.", "      antwoord:",
     [f"{PAD}:6: 'antwoord' is leeg. Vul het in."]),
    ("      antwoord: Een besluit.", "      antwoord: \"  \"",
     [f"{PAD}:6: 'antwoord' is leeg. Vul het in."]),
    ("      antwoord: Een besluit.", "      antwoord:\n        - een\n        - lijst",
     [f"{PAD}:7: 'antwoord' moet tekst zijn, maar hier staat een lijst."]),
    ("    ouders:\n      vraag: Wat is een TLV?\n      antwoord: Een besluit.\n", "    ouders: Wat is een TLV?\n",
     [f"{PAD}:4: 'ouders' moet een blok met velden zijn (zoals 'veld: waarde' op de regels eronder, "
      "verder ingesprongen), maar hier staat 'Wat is een TLV?'."]),
    ("    bron: '[Wet op het primair onderwijs, artikel 40a](https://wetten.overheid.nl/jci1.3:c:BWBR0003420&artikel=40a)'", "    bron: '[Wet op het primair onderwijs, artikel 40a](https://wetten.overheid.nl/jci1.3:c:BWBR0003420&artikel=40a)'\n    zie_ook: wie-beslist",
     [f"{PAD}:8: 'zie_ook' moet een lijst zijn (elke regel begint met '- '), maar hier staat 'wie-beslist'."]),
    ("  - id: wat-is-een-tlv", "  - id: Wat is een TLV",
     [f"{PAD}:3: 'id' mag alleen kleine letters, cijfers en streepjes bevatten (zoals 'wat-is-een-tlv'), "
      "maar is 'Wat is een TLV'."]),
    ("    gecontroleerd: 2026-11-01", "    gecontroleerd: 1 november 2026",
     [f"{PAD}:8: 'gecontroleerd' moet een datum zijn als jjjj-mm-dd (zoals 2026-09-01), maar is '1 november 2026'."]),
    ("    gecontroleerd: 2026-11-01", "    gecontroleerd: 2026-13-01",
     [f"{PAD}:8: 'gecontroleerd' moet een datum zijn als jjjj-mm-dd (zoals 2026-09-01), maar is '2026-13-01'."]),
    ("      vraag: Wat is een TLV?", "      vraag: |\n        Wat is\n        een TLV?",
     [f"{PAD}:5: 'vraag' moet op één regel passen. Maak de tekst korter of zet hem op één regel."]),
    ("vragen:\n", "vragen: []\nx:\n",
     [f"{PAD}:2: 'vragen' is een lege lijst. Zet er minstens één in.",
      f"{PAD}:3: onbekend veld 'x'. Toegestaan zijn: onderwerp, vragen."]),
])
def test_model_mistake_gives_exact_dutch_message(content, van, naar, verwacht):
    assert van in ITEM
    assert faq(content, ITEM.replace(van, naar, 1)) == sorted(verwacht)


@pytest.mark.parametrize("waarde", ["0612", "12.5"])
def test_a_number_where_text_belongs_is_flagged_as_the_schema_does(content, waarde):
    # YAML reads 0612 as a number (and would drop the 0); VS Code flags it against the schema too.
    assert faq(content, ITEM.replace("antwoord: Een besluit.", f"antwoord: {waarde}")) == [
        f"{PAD}:6: 'antwoord' is '{waarde}'. YAML leest dat als een getal in plaats van tekst. "
        f"Zet het tussen aanhalingstekens: antwoord: \"{waarde}\""]
    schrijf(content / "po" / "faq" / "tlv.yml", ITEM.replace("antwoord: Een besluit.", f"antwoord: \"{waarde}\""))
    assert laad_sector(content / "po").vraag("wat-is-een-tlv").ouders.antwoord == f"{waarde}\n"


def test_duplicate_id_names_both_places(content):
    zonder_doorklik(content)
    schrijf(content / "po" / "faq" / "ojs.yml", ITEM.replace("onderwerp: tlv", "onderwerp: ojs"))
    assert fouten(content / "po") == [
        "content/po/faq/tlv.yml:3: de id 'wat-is-een-tlv' komt twee keer voor (ook in "
        "content/po/faq/ojs.yml:3). Geef elke vraag een eigen id.",
    ]


@pytest.mark.parametrize("van, naar, verwacht", [
    ("zie_ook: [wie-beslist]", "zie_ook: [wie-besllist]",
     "content/po/faq/tlv.yml:11: 'zie_ook' noemt de vraag 'wie-besllist', maar die staat niet in faq/. "
     "Bedoelde je 'wie-beslist'?"),
    ("zie_ook: [wie-beslist]", "zie_ook: [wat-is-een-tlv]",
     "content/po/faq/tlv.yml:11: 'zie_ook' noemt de vraag zelf. Haal 'wat-is-een-tlv' weg."),
    ("partners: [school, swv]", "partners: [school, gemeente]",
     "content/po/faq/tlv.yml:12: 'partners' noemt de partner 'gemeente', maar die staat niet in "
     "content/po/partners.yml."),
    ("onderwerp: tlv", "onderwerp: tvl",
     "content/po/faq/tlv.yml:1: 'onderwerp' noemt het onderwerp 'tvl', maar die staat niet in "
     "content/po/onderwerpen.yml. Bedoelde je 'tlv'?"),
])
def test_reference_to_unknown_id(content, van, naar, verwacht):
    pad = content / "po" / "faq" / "tlv.yml"
    tekst = pad.read_text()
    assert van in tekst
    schrijf(pad, tekst.replace(van, naar))
    assert fouten(content / "po") == [verwacht]


def test_contact_without_any_channel(content):
    pad = content / "po" / "site.yml"
    tekst = pad.read_text()
    for regel in ("  telefoon: 030 123 45 67\n", "  email: test@example.nl\n", "  whatsapp: 06 12 34 56 78\n"):
        tekst = tekst.replace(regel, "")
    schrijf(pad, tekst)
    assert fouten(content / "po") == [
        "content/po/site.yml:12: 'contact' heeft geen enkel kanaal. Vul minstens één in: "
        "telefoon, email, formulier of whatsapp."]


@pytest.mark.parametrize("van, naar, verwacht", [
    ("sector: po", "sector: p0", "content/po/site.yml:1: 'sector' moet 'po' of 'vo' zijn, maar is 'p0'."),
    ("email: test@example.nl", "email: test-at-example.nl",
     "content/po/site.yml:14: 'email' is geen geldig e-mailadres: 'test-at-example.nl'."),
    ("telefoon: 030 123 45 67", "telefoon: bel ons",
     "content/po/site.yml:13: 'telefoon' is geen geldig telefoonnummer: 'bel ons'. "
     "Schrijf het zoals 030 123 45 67 of +31 30 123 45 67."),
    ("site_url: https://test.example.nl/po/", "site_url: test.example.nl/po/",
     "content/po/site.yml:5: 'site_url' moet een webadres zijn dat begint met https://, maar is 'test.example.nl/po/'."),
    ("site_url: https://test.example.nl/po/", "site_url: https://test.example.nl/",
     "content/po/site.yml:5: 'site_url' moet eindigen op /po/ (zoals https://www.example.nl/po/), "
     "maar is 'https://test.example.nl/'."),
    ("leerlingen_heten: kinderen", "leerlingen_heten: pupillen",
     "content/po/site.yml:4: 'leerlingen_heten' moet 'kinderen' of 'jongeren' zijn, maar is 'pupillen'."),
])
def test_site_settings_mistakes(content, van, naar, verwacht):
    pad = content / "po" / "site.yml"
    tekst = pad.read_text()
    assert van in tekst
    schrijf(pad, tekst.replace(van, naar))
    assert fouten(content / "po") == [verwacht]


def test_all_errors_of_all_files_at_once(content):
    # One mistake in each of three files, plus a missing file and a stray one: all five reported.
    (content / "po" / "partners.yml").unlink()
    zonder_doorklik(content)
    schrijf(content / "po" / "faq" / "tlv.yml", ITEM.replace("bron: '[Wet op het primair onderwijs, artikel 40a](https://wetten.overheid.nl/jci1.3:c:BWBR0003420&artikel=40a)'", "bron: no"))
    schrijf(content / "po" / "faq" / "ojs.yml", "onderwerp: ojs\nvragen:\n\t- id: x\n")
    site = (content / "po" / "site.yml").read_text().replace("naam: Teststeunpunt PO", "name: Teststeunpunt PO")
    schrijf(content / "po" / "site.yml", site)
    schrijf(content / "po" / "notities.txt", "los bestand")
    assert fouten(content / "po") == [
        "content/po/faq/ojs.yml:3: deze regel springt in met een tab. YAML werkt alleen met spaties: "
        "vervang de tab door spaties.",
        "content/po/faq/tlv.yml:7: 'bron' is 'no'. YAML leest dat als ja/nee in plaats van tekst. "
        "Zet het tussen aanhalingstekens: bron: \"no\"",
        "content/po/notities.txt:1: dit bestand hoort hier niet. Toegestaan zijn site.yml, onderwerpen.yml, "
        "partners.yml, scholen.yml, zoekwoorden.yml, .yml-bestanden in faq/ en vertalingen/, en doorklik/ouders.yml "
        "en doorklik/leerlingen.yml.",
        "content/po/partners.yml:1: dit bestand ontbreekt. Maak het aan; content/README.md laat zien hoe.",
        "content/po/site.yml:1: het verplichte veld 'naam' ontbreekt in 'site'. Voeg het toe: "
        "De naam van het OJS voor ouders.",
        "content/po/site.yml:2: onbekend veld 'name'. Bedoelde je 'naam'?",
    ]


def test_a_list_item_with_a_colon_gets_a_hint_to_quote_it(content):
    pad = content / "po" / "site.yml"
    pad.write_text(pad.read_text(encoding="utf-8").replace("    ouders: [uitleg geven]",
                                                           "    ouders:\n      - 'Let op: uitleg geven'\n"
                                                           "      - Let op: uitleg geven"), encoding="utf-8")
    regel = pad.read_text(encoding="utf-8").splitlines().index("      - Let op: uitleg geven") + 1
    assert fouten(content / "po") == [
        f"content/po/site.yml:{regel}: 'ouders' moet tekst zijn, maar hier staat een blok met velden. Staat er een "
        "dubbele punt in je tekst (na 'Let op')? Zet de hele tekst dan tussen aanhalingstekens."]


def test_a_file_that_is_not_utf8(content):
    (content / "po" / "faq" / "tlv.yml").write_bytes("onderwerp: tlv\nvragen: café\n".encode("latin-1"))
    assert fouten(content / "po") == [f"{PAD}:1: dit bestand is geen UTF-8-tekst. Sla het op als UTF-8."]


def test_a_pupil_outcome_may_only_name_questions_with_a_pupil_text(content):
    schrijf(content / "po" / "doorklik" / "leerlingen.yml", """titel: Waar kan ik terecht?
intro: Klik op een antwoord.
start: vraag
vragen:
  - id: vraag
    vraag: Wat wil je weten?
    keuzes:
      - tekst: Over een TLV
        naar: tlv
      - tekst: Wie beslist
        naar: beslist
uitkomsten:
  - id: tlv
    titel: Een TLV
    antwoord: Lees dit.
    vragen: [wat-is-een-tlv]
    onderwerp: TLV
  - id: beslist
    titel: Wie beslist
    antwoord: Lees dit.
    vragen: [wie-beslist]
    onderwerp: Beslissen
""")
    assert fouten(content / "po") == [
        "content/po/doorklik/leerlingen.yml:21: 'vragen' noemt 'wie-beslist', maar die vraag heeft geen tekst voor "
        "leerlingen. Kies een andere vraag of voeg 'leerlingen:' toe aan de vraag."]
