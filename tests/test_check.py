"""`make check`: readability warnings per audience, review dates, schema lines and the report.

Warnings are not errors: the exit code stays 0. Every message an editor can see is pinned here."""
from __future__ import annotations

import re
import shutil

import pytest
from bs4 import BeautifulSoup

from wegwijzer import cli
from wegwijzer.checks.readability import flesch_douma, lettergrepen, woorden, zinnen

from conftest import ROOT, schrijf

FAQ = """onderwerp: tlv
vragen:
  - id: wat-is-een-tlv
    ouders:
      vraag: Wat is een TLV?
      antwoord: |
        Een TLV is een besluit van het samenwerkingsverband.
        Indien de school een TLV aanvraagt, mag u de aanvraag lezen.
    leerlingen:
      vraag: Wat is een TLV?
      antwoord: |
        Een TLV is een brief. Je kunt altijd met je juf of meester of met iemand anders op school praten.
        Praat met de vertrouwenspersoon. Of bel De Kindertelefoon.
    zie_ook: [wie-beslist]
    partners: [school, swv]
    bron: '[Wet op het primair onderwijs, artikel 40a](https://wetten.overheid.nl/jci1.3:c:BWBR0003420&artikel=40a)'
    gecontroleerd: 2025-12-01
  - id: wie-beslist
    ouders:
      vraag: Wie beslist?
      antwoord: >-
        De toelaatbaarheidsverklaringsprocedure ten aanzien van ondersteuningsarrangementen wordt
        geadministreerd door het samenwerkingsverband conform de geldende ondersteuningsplanregelgeving
        en de daarbij behorende onderwijskundige beleidsuitgangspunten.
    partners: [swv]
    bron: '[Wet op het primair onderwijs, artikel 40a](https://wetten.overheid.nl/jci1.3:c:BWBR0003420&artikel=40a)'
    gecontroleerd: 2027-01-05
"""
PAD = "content/po/faq/tlv.yml"
ZIN = ('"De toelaatbaarheidsverklaringsprocedure ten aanzien van ondersteuningsarrangementen wordt geadministreerd '
       'door het samenwerkingsverband conform de geldende ondersteuningsplanregelgeving en de daarbij behorende '
       'onderwijskundige beleidsuitgangspunten."')


def check(content, tmp_path, capsys, *extra) -> tuple[int, list[str], str]:
    rapport = tmp_path / "rapport" / "inhoud.html"
    code = cli.main(["check", "--content", str(content), "--rapport", str(rapport), "--vandaag", "2026-12-02",
                     *extra])
    uit = capsys.readouterr()
    return code, uit.out.splitlines(), rapport.read_text(encoding="utf-8") if rapport.is_file() else uit.err


def test_syllables_sentences_and_words():
    assert [lettergrepen(w) for w in ["school", "ouder", "ideeën", "bijzonder", "avontuur", "TLV",
                                      "toelaatbaarheidsverklaring", "geïnteresseerd"]] == [1, 2, 3, 3, 3, 1, 7, 5]
    assert zinnen("Eerste zin. Tweede zin!\n\n- een punt\n- nog een [punt](https://x.nl/) met **nadruk**\n"
                  "\nVerder op 1 augustus 2025. Wat nu?") == [
        "Eerste zin.", "Tweede zin!", "een punt", "nog een punt met nadruk", "Verder op 1 augustus 2025.",
        "Wat nu?"]
    assert woorden("Het OJS (0800 1234) helpt: zo'n TLV-aanvraag, 4 weken.") == [
        "Het", "OJS", "helpt", "zo'n", "TLV-aanvraag", "weken"]
    # A quotation ends a sentence too; addresses are not words.
    assert zinnen('Zeg: "Ik word snel boos in de les." Het hoeft niet perfect.') == [
        'Zeg: "Ik word snel boos in de les."', "Het hoeft niet perfect."]
    assert woorden("Kijk op www.onderwijsgeschillen.nl of https://x.nl/a, of mail info@ojs.nl.") == [
        "Kijk", "op", "of", "of", "mail"]


def test_flesch_douma_is_the_dutch_formula():
    # 6 words, 1 sentence, 6 syllables: 206.835 - 0.93 * 6 - 77 * 1
    assert flesch_douma(["De kat zit op de mat."]) == (pytest.approx(124.255), 6)
    # 4 words in 2 sentences, 10 syllables: 206.835 - 0.93 * 2 - 77 * 10 / 4
    assert flesch_douma(["Samenwerking helpt.", "Ouders beslissen."]) == (pytest.approx(12.475), 4)


def test_check_warns_per_audience_quotes_the_sentence_and_names_the_item(content, tmp_path, capsys):
    schrijf(content / "po" / "faq" / "tlv.yml", FAQ)
    code, uit, rapport = check(content, tmp_path, capsys)
    assert code == 0
    assert uit[0] == "De inhoud is in orde: po (2 vragen)."
    assert uit[1:] == [
        f"{PAD}:8: let op, vraag 'wat-is-een-tlv' (ouders: antwoord): 'indien' is geen taalniveau B1. "
        "Schrijf 'als'. \"Indien de school een TLV aanvraagt, mag u de aanvraag lezen.\"",
        f"{PAD}:12: let op, vraag 'wat-is-een-tlv' (leerlingen: antwoord): deze zin heeft 15 woorden; voor "
        "leerlingen is de grens 12. Maak er twee zinnen van. \"Je kunt altijd met je juf of meester of met "
        "iemand anders op school praten.\"",
        f"{PAD}:13: let op, vraag 'wat-is-een-tlv' (leerlingen: antwoord): 'vertrouwenspersoon' heeft 5 "
        "lettergrepen; voor leerlingen is de grens 4. Gebruik een korter woord, leg het uit of zet het bij "
        "'vaktermen' in content/controles.yml. \"Praat met de vertrouwenspersoon.\"",
        f"{PAD}:22: let op, vraag 'wie-beslist' (ouders: antwoord): 'ten aanzien van' is geen taalniveau B1. "
        f"Schrijf 'over'. {ZIN}",
        f"{PAD}:22: let op, vraag 'wie-beslist' (ouders: antwoord): leesbaarheid -84 (Flesch-Douma); voor "
        f"ouders is de grens 60. Maak zinnen korter en woorden eenvoudiger. De moeilijkste zin: {ZIN}",
        *[f"{PAD}:22: let op, vraag 'wie-beslist' (ouders: antwoord): '{w}' heeft {n} lettergrepen; voor ouders "
          "is de grens 5. Gebruik een korter woord, leg het uit of zet het bij 'vaktermen' in "
          f"content/controles.yml. {ZIN}"
          for w, n in [("beleidsuitgangspunten", 6), ("ondersteuningsarrangementen", 9),
                       ("ondersteuningsplanregelgeving", 9), ("onderwijskundige", 6),
                       ("toelaatbaarheidsverklaringsprocedure", 11)]],
        f"{PAD}:22: let op, vraag 'wie-beslist' (ouders: antwoord): deze zin heeft 21 woorden; voor ouders is "
        f"de grens 20. Maak er twee zinnen van. {ZIN}",
        f"{PAD}:17: let op, vraag 'wat-is-een-tlv': voor het laatst nagekeken op 2025-12-01, langer dan 365 "
        "dagen geleden. Klopt het antwoord nog met de wet? Kijk het na en zet de datum van vandaag bij "
        "'gecontroleerd'.",
        f"{PAD}:27: let op, vraag 'wie-beslist': 'gecontroleerd' is 2027-01-05, een datum in de toekomst. "
        "Zet er de datum in waarop je het antwoord nakeek.",
        "13 waarschuwingen: geen fouten, de site wordt gewoon gebouwd. Het rapport staat in "
        f"{(tmp_path / 'rapport/inhoud.html').as_posix()}.",
    ]
    # Names (De Kindertelefoon) and 'vaktermen' (samenwerkingsverband) are not long words.
    assert not [r for r in uit if "Kindertelefoon' heeft" in r or "'samenwerkingsverband' heeft" in r]

    # The report lists every warning with its place, item, message and sentence, and the scores.
    pagina = BeautifulSoup(rapport, "html.parser")
    rijen = [" ".join(tr.get_text(" ", strip=True).split()) for tr in pagina.select("tbody tr")]
    for regel in uit[1:-1]:
        plek, rest = regel.split(": let op, ", 1)
        item, bericht = re.fullmatch(r"(.+?[)']): (.*)", rest).groups()
        assert any(r.startswith(f"{plek} {item}") and bericht.replace('"', "") in r for r in rijen), regel
    assert "content/po/faq/tlv.yml:21 vraag 'wie-beslist' (ouders: antwoord) ouders 21 21.0 -84" in rijen
    assert [h.get_text() for h in pagina.select("h3")] == [
        "Nakijken (2)", "Lange zinnen (2)", "Lange woorden (6)", "Geen taalniveau B1 (2)", "Moeilijke teksten (1)",
        "Leesbaarheid per tekst (Flesch-Douma)"]


def test_the_limits_are_settings(content, tmp_path, capsys):
    schrijf(content / "po" / "faq" / "tlv.yml", FAQ)
    pad = content / "controles.yml"
    pad.write_text(pad.read_text().replace("max_woorden_per_zin: 12", "max_woorden_per_zin: 17")
                   .replace("nakijken_na_dagen: 365", "nakijken_na_dagen: 400"))
    _, uit, _ = check(content, tmp_path, capsys)
    assert not [r for r in uit if "deze zin heeft 17 woorden" in r or "nagekeken op 2025-12-01" in r]
    assert [r for r in uit if "deze zin heeft 21 woorden" in r]


def test_mistakes_in_the_settings_are_errors(content, tmp_path, capsys):
    pad = content / "controles.yml"
    pad.write_text(pad.read_text().replace("max_woorden_per_zin: 12", "max_woorden_per_zin: twaalf")
                   .replace("min_flesch_douma: 75", "min_flesch_douma: \"75\""))
    code, _, fout = check(content, tmp_path, capsys)
    assert code == 1
    assert fout.splitlines() == [
        "content/controles.yml:7: 'max_woorden_per_zin' moet een heel getal boven 0 zijn (zoals 12, zonder "
        "aanhalingstekens), maar is 'twaalf'.",
        "content/controles.yml:9: 'min_flesch_douma' moet een heel getal boven 0 zijn (zoals 12, zonder "
        "aanhalingstekens), maar is '75'.",
        "2 fouten in de inhoud. Er is niets gebouwd; de vorige site is niet veranderd."]
    pad.unlink()
    code, _, fout = check(content, tmp_path, capsys)
    assert (code, fout.splitlines()[0]) == (
        1, "content/controles.yml:1: dit bestand ontbreekt. Maak het aan; content/README.md laat zien hoe.")


def test_a_file_that_does_not_point_to_its_schema_is_reported(content, tmp_path, capsys):
    shutil.copytree(ROOT / "content" / "schemas", content / "schemas")
    _, uit, rapport = check(content, tmp_path, capsys)
    assert uit[1] == ("content/controles.yml:1: let op, dit bestand: de eerste regel wijst VS Code niet naar het "
                      "schema. Zet bovenaan: # yaml-language-server: $schema=schemas/controles.schema.json")
    assert ("content/po/faq/tlv.yml:1: let op, dit bestand: de eerste regel wijst VS Code niet naar het schema. "
            "Zet bovenaan: # yaml-language-server: $schema=../../schemas/faq.schema.json") in uit
    # In the report each file is under its own site; the settings of all sites come first, on their own.
    pagina = BeautifulSoup(rapport, "html.parser")
    assert [h.get_text() for h in pagina.select("h2")] == ["Alle sites", "PO"]
    secties = {s.h2.get_text(): [" ".join(td.get_text(" ", strip=True).split()) for td in s.select("tbody td:first-child")]
               for s in pagina.select("section")}
    assert secties["Alle sites"] == ["content/controles.yml:1 dit bestand"]
    assert "content/po/faq/tlv.yml:1 dit bestand" in secties["PO"]
    assert cli.main(["schemas", "--content", str(content)]) == 0
    capsys.readouterr()
    _, uit, _ = check(content, tmp_path, capsys)
    assert not [r for r in uit if "schema" in r]


def test_the_real_content_has_no_errors_and_a_report(tmp_path, capsys):
    code, uit, rapport = check(ROOT / "content", tmp_path, capsys)
    assert code == 0
    assert "Rapport van de inhoud" in rapport
    assert not [r for r in uit if "nagekeken" in r or "schema" in r or "geen taalniveau B1" in r]
