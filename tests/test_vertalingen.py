"""Translations: keyed by the Dutch ids, fingerprints that expose outdated texts, the report."""
from __future__ import annotations

from wegwijzer import cli
from wegwijzer.content.fingerprint import vingerafdruk
from wegwijzer.content.loader import laad_sector
from wegwijzer.translations.status import tel

from conftest import fouten, schrijf

PAD = "content/po/vertalingen/en.yml"


def vertaal(content, tekst: str) -> None:
    schrijf(content / "po" / "vertalingen" / "en.yml", tekst)


def afdruk(content, vraag_id: str = "wat-is-een-tlv", soort: str = "vragen") -> str:
    return vingerafdruk(laad_sector(content / "po"), soort, vraag_id)


def test_status_translated_draft_outdated_missing(content):
    goed = afdruk(content)
    vertaal(content, f"""taal: en
vragen:
  wat-is-een-tlv:
    vingerafdruk: {goed}
    concept: false
    ouders:
      vraag: What is a TLV?
      antwoord: A decision.
  wie-beslist:
    vingerafdruk: {goed}
    ouders:
      vraag: Who decides?
      antwoord: The SWV.
onderwerpen:
  tlv:
    vingerafdruk: {afdruk(content, "tlv", "onderwerpen")}
    titel: The TLV
""")
    telling = tel(laad_sector(content / "po"), "en")
    # wie-beslist carries the fingerprint of another text: outdated. The topic is a draft by default.
    # Missing: the site texts, the other topics, the partners, the doorklik and scholen.yml.
    assert telling.aantallen == {"vertaald": 1, "concept": 1, "verouderd": 1, "ontbreekt": 6}
    assert [(s, i) for s, i, _ in telling.verouderd] == [("vragen", "wie-beslist")]


def test_changing_the_dutch_text_makes_a_translation_outdated(content):
    voor = afdruk(content)
    pad = content / "po" / "faq" / "tlv.yml"
    schrijf(pad, pad.read_text().replace("Een TLV is een besluit.", "Een TLV is een besluit van het SWV."))
    assert afdruk(content) != voor
    assert len(voor) == 8


def test_report_lists_counts_and_the_worklist(content, capsys):
    vertaal(content, "taal: en\nvragen:\n  wat-is-een-tlv:\n    vingerafdruk: \"00000000\"\n"
                     "    ouders:\n      vraag: What is a TLV?\n      antwoord: A decision.\n")
    assert cli.main(["vertalingen", "--content", str(content), "--taal", "en"]) == 0
    uit = capsys.readouterr().out.splitlines()
    assert uit[0] == "po · en: 0 vertaald, 0 concept, 1 verouderd, 8 ontbreekt"
    assert uit[1] == f"  verouderd: vragen wat-is-een-tlv (vingerafdruk: {afdruk(content)})"
    assert f"  ontbreekt: vragen wie-beslist (vingerafdruk: {afdruk(content, 'wie-beslist')})" in uit


def test_translation_mistakes_give_exact_dutch_messages(content):
    vertaal(content, """taal: tr
vragen:
  wat-is-een-tvl:
    vingerafdruk: "1234"
    concept: ja
    ouders:
      vraag: What is a TLV?
      antwoord: A decision.
""")
    assert fouten(content / "po") == [
        f"{PAD}:4: 'vingerafdruk' moet 8 tekens zijn (cijfers en a-f), zoals 'python -m wegwijzer vertalingen' "
        "ze toont, maar is '1234'.",
        f"{PAD}:5: 'concept' moet true of false zijn, maar is 'ja'.",
    ]
    vertaal(content, "taal: tr\nvragen:\n  wat-is-een-tvl:\n    vingerafdruk: 0000000a\n")
    assert fouten(content / "po") == [
        f"{PAD}:1: 'taal' is 'tr', maar het bestand heet en.yml. Maak ze gelijk.",
        f"{PAD}:3: 'vragen' noemt de vraag 'wat-is-een-tvl', maar die staat niet in faq/. "
        "Bedoelde je 'wat-is-een-tlv'?",
    ]


def test_a_table_written_as_a_list_and_a_wrong_number_of_times_give_exact_messages(content):
    vertaal(content, """taal: en
vragen: [wat-is-een-tlv]
site:
  vingerafdruk: "00000000"
  bereikbaar:
    - dagen: Monday
      tijden: 9 am to 12 noon
    - dagen: Tuesday
      tijden: 9 am to 12 noon
""")
    assert fouten(content / "po") == [
        f"{PAD}:2: 'vragen' moet een blok zijn met een id per regel (zoals 'wat-is-een-tlv:'), maar hier staat "
        "een lijst."]
    vertaal(content, (content / "po" / "vertalingen" / "en.yml").read_text().replace("vragen: [wat-is-een-tlv]\n", ""))
    assert fouten(content / "po") == [
        f"{PAD}:4: 'bereikbaar' heeft 2 tijden, maar site.yml heeft er 1. Vertaal ze allemaal, in dezelfde volgorde."]
