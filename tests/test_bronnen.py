"""Every FAQ item's `bron` links to the law on wetten.overheid.nl: the errors of form an editor can make,
the warning for a link to a whole law, and the real content's links."""
from __future__ import annotations

import re

import pytest

from wegwijzer import cli
from wegwijzer.content import bronnen
from wegwijzer.content.loader import laad_sector

from conftest import ROOT, fouten, vervang

PAD = "content/po/faq/tlv.yml"
GOED = "'[Wet op het primair onderwijs, artikel 40a](https://wetten.overheid.nl/jci1.3:c:BWBR0003420&artikel=40a)'"
VOORBEELD = ("[Wet op het primair onderwijs, artikel 40a]"
             "(https://wetten.overheid.nl/jci1.3:c:BWBR0003420&artikel=40a)")


@pytest.mark.parametrize("bron, verwacht", [
    ("Wet op het primair onderwijs",
     f"{PAD}:13: 'bron' van de vraag 'wat-is-een-tlv' heeft geen link naar de wet. Schrijf de wet als link "
     f"naar het artikel op wetten.overheid.nl, zo: {VOORBEELD}"),
    ("'[Wet op het primair onderwijs](https://wetten.overheid.nl/BWBR0003420/2025-08-01)'",
     f"{PAD}:13: 'bron' van de vraag 'wat-is-een-tlv': de link "
     "'https://wetten.overheid.nl/BWBR0003420/2025-08-01' is geen vaste link naar een wet. Gebruik de vorm "
     "https://wetten.overheid.nl/jci1.3:c:BWBR…&artikel=… (op wetten.overheid.nl: bij het artikel het icoon "
     "'Permanente link')."),
    ("'[Wet op het primair onderwijs, artikel 40a](https://wetten.overheid.nl/jci1.3:c:BWBR0003421&artikel=40a)'",
     f"{PAD}:13: 'bron' van de vraag 'wat-is-een-tlv': de link gaat naar wet BWBR0003421, en die kent "
     "Wegwijzer niet. Klopt het nummer? Bekende wetten: "
     + ", ".join(f"{n} ({b})" for b, n in bronnen.WETTEN.items())
     + ". Is het een andere wet? Vraag de beheerder van Wegwijzer om hem toe te voegen."),
    ("'[Wet op het primair onderwijs, artikel 40a](https://wetten.overheid.nl/jci1.3:c:BWBR0002628&artikel=40a)'",
     f"{PAD}:13: 'bron' van de vraag 'wat-is-een-tlv': de linktekst 'Wet op het primair onderwijs, artikel 40a' "
     "noemt niet de wet waar de link naar gaat. Begin de linktekst met 'Leerplichtwet 1969'."),
    ("'[Wet op het primair onderwijs, artikel 40](https://wetten.overheid.nl/jci1.3:c:BWBR0003420&artikel=40a)'",
     f"{PAD}:13: 'bron' van de vraag 'wat-is-een-tlv': de link gaat naar artikel 40a, maar de linktekst "
     "'Wet op het primair onderwijs, artikel 40' noemt artikel 40. Schrijf als linktekst "
     "'Wet op het primair onderwijs, artikel 40a'."),
    ("'[Wet op het primair onderwijs](https://wetten.overheid.nl/jci1.3:c:BWBR0003420&artikel=40a)'",
     f"{PAD}:13: 'bron' van de vraag 'wat-is-een-tlv': de link gaat naar artikel 40a, maar de linktekst "
     "'Wet op het primair onderwijs' noemt geen artikel. Schrijf als linktekst "
     "'Wet op het primair onderwijs, artikel 40a'."),
    ("'[Wet op het primair onderwijs, artikel 40a](https://wetten.overheid.nl/jci1.3:c:BWBR0003420)'",
     f"{PAD}:13: 'bron' van de vraag 'wat-is-een-tlv': de linktekst 'Wet op het primair onderwijs, artikel 40a' "
     "noemt artikel 40a, maar de link gaat naar de hele wet. Zet '&artikel=40a' achter de link."),
])
def test_each_mistake_in_a_source_gets_its_own_message(content, bron, verwacht):
    vervang(content / "po" / "faq" / "tlv.yml", f"bron: {GOED}", f"bron: {bron}")
    assert fouten(content / "po") == [verwacht]


def test_a_permanent_link_with_dates_and_chapter_and_a_second_site_is_accepted(content):
    bron = (">-\n      [Algemene wet bestuursrecht, artikel 6:7](https://wetten.overheid.nl/jci1.3:c:BWBR0005537"
            "&hoofdstuk=6&paragraaf=6.2&artikel=6:7&z=2025-07-01&g=2025-07-01);\n"
            "      [Geschillencommissie Passend Onderwijs](https://www.onderwijsgeschillen.nl/)")
    vervang(content / "po" / "faq" / "tlv.yml", f"bron: {GOED}", f"bron: {bron}")
    vraag = laad_sector(content / "po").vraag("wat-is-een-tlv")
    assert bronnen.wetlinks(vraag.bron) == [
        ("Algemene wet bestuursrecht, artikel 6:7", "https://wetten.overheid.nl/jci1.3:c:BWBR0005537"
         "&hoofdstuk=6&paragraaf=6.2&artikel=6:7&z=2025-07-01&g=2025-07-01")]


def test_a_link_to_a_whole_law_is_a_warning_in_make_check(content, tmp_path, capsys):
    vervang(content / "po" / "faq" / "tlv.yml", f"bron: {GOED}",
            "bron: '[Wet op het primair onderwijs](https://wetten.overheid.nl/jci1.3:c:BWBR0003420)'")
    rapport = tmp_path / "rapport.html"
    code = cli.main(["check", "--content", str(content), "--rapport", str(rapport), "--vandaag", "2026-12-02"])
    regels = capsys.readouterr().out.splitlines()
    assert code == 0
    assert (f"{PAD}:13: let op, vraag 'wat-is-een-tlv': 'Wet op het primair onderwijs' verwijst naar de hele wet, "
            "niet naar het artikel. Zoek het artikel op wetten.overheid.nl en zet '&artikel=…' achter de link, en "
            "het artikel in de linktekst.") in regels
    assert "Bronnen zonder artikel" in rapport.read_text(encoding="utf-8")


@pytest.mark.parametrize("sector", ["po", "vo"])
def test_every_real_source_links_to_a_known_law(sector):
    s = laad_sector(ROOT / "content" / sector)  # raises on any error of form
    for vraag in s.vragen:
        links = bronnen.wetlinks(vraag.bron)
        assert links, vraag.id
        assert all(re.search(r"jci1\.3:c:BWBR\d{7}", url) for _, url in links), vraag.id


def test_primary_sources_name_the_article_and_old_law_names_are_gone():
    # PO rests on the WPO, whose articles were checked; the repealed 'Wet op het voortgezet onderwijs'
    # and the amending act (whose rules now live in the WPO and WVO 2020) are not cited as sources.
    s = laad_sector(ROOT / "content" / "po")
    for vraag in s.vragen:
        for tekst, url in bronnen.wetlinks(vraag.bron):
            if "BWBR0003420" in url and vraag.id != "hoe-werkt-het-schooladvies" \
                    and vraag.id != "wat-doet-de-geschillencommissie-passend-onderwijs":
                assert "&artikel=" in url, (vraag.id, tekst)
    for sector in ("po", "vo"):
        for pad in (ROOT / "content" / sector / "faq").glob("*.yml"):
            tekst = pad.read_text(encoding="utf-8")
            assert "Wet op het voortgezet onderwijs;" not in tekst and "Wet versterking positie" not in tekst, pad
