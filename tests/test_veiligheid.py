"""Crisis safety: the emergency numbers and the quick exit as data (wegwijzer/content/safety.py).

Editor-facing errors with their exact wording; the crisis block and "Snel weg" in the built HTML;
and in Chromium every sensitive page of both real sites: the tap-to-call links and a quick exit
that works by tap and by Esc and leaves no way back to the page."""
from __future__ import annotations

import re

import pytest

from wegwijzer.content.loader import laad_sector

from browser import TELEFOON
from conftest import ROOT, fouten, vervang
from test_build import bouw, html

PAD = "content/po/doorklik/ouders.yml"
SITE = "content/po/site.yml"


def test_a_text_about_home_without_gevoelig_is_an_error_on_its_line(content):
    vervang(content / "po/doorklik/ouders.yml", "antwoord: Neem contact op.",
            "antwoord: Gaat het thuis niet goed? Neem contact op.")
    assert fouten(content / "po") == [
        f"{PAD}:33: de uitkomst 'iets-anders' gaat misschien over thuis, veiligheid of je niet fijn voelen "
        "(er staat 'thuis niet goed'). Zet er 'gevoelig: true' bij: dan staan de hulpnummers en de knop "
        "'Snel weg' op de pagina. Gaat het er niet over? Zet dan 'gevoelig: false'."]


@pytest.mark.parametrize("waarde", ["true", "false"])
def test_gevoelig_true_or_false_settles_it(content, waarde):
    vervang(content / "po/doorklik/ouders.yml", "antwoord: Neem contact op.",
            f"antwoord: Voelt uw kind zich niet fijn? Neem contact op.\n    gevoelig: {waarde}")
    uitkomst = laad_sector(content / "po").doorklik["ouders"].uitkomsten["iets-anders"]
    assert uitkomst.gevoelig is (waarde == "true")


def test_faq_items_and_topics_are_checked_too(content):
    vervang(content / "po/faq/tlv.yml", "      vraag: Wat is een TLV?", "      vraag: Mijn kind wordt gepest. Wat is een TLV?")
    (regel,) = fouten(content / "po")
    assert regel.startswith("content/po/faq/tlv.yml:3: de vraag 'wat-is-een-tlv' gaat misschien over thuis")
    assert "(er staat 'gepest')" in regel


@pytest.mark.parametrize("oud, nieuw, verwacht", [
    ('  alarm: "112"\n', "", [f"{SITE}:25: het verplichte veld 'alarm' ontbreekt in 'noodhulp'. Voeg het toe: "
                              "Het alarmnummer bij direct gevaar: \"112\", tussen aanhalingstekens."]),
    ('alarm: "112"', "alarm: 112", [f"{SITE}:26: 'alarm' is '112'. YAML leest dat als een getal in plaats van "
                                    "tekst. Zet het tussen aanhalingstekens: alarm: \"112\""]),
    ('alarm: "112"', 'alarm: "1-1-2"', [f"{SITE}:26: 'alarm' moet een kort nummer van 3 cijfers zijn, zoals "
                                        "\"112\", maar is '1-1-2'."]),
    ("veilig_thuis: 0800 2000", "veilig_thuis: Veilig Thuis", [
        f"{SITE}:27: 'veilig_thuis' is geen geldig telefoonnummer: 'Veilig Thuis'. Schrijf het zoals "
        "030 123 45 67 of +31 30 123 45 67."]),
    ("snel_weg: https://www.google.nl/", "snel_weg: www.google.nl", [
        f"{SITE}:29: 'snel_weg' moet een webadres zijn dat begint met https://, maar is 'www.google.nl'."]),
])
def test_mistakes_in_noodhulp(content, oud, nieuw, verwacht):
    vervang(content / "po/site.yml", oud, nieuw)
    assert fouten(content / "po") == verwacht


def test_sensitive_outcome_gets_the_numbers_after_its_heading_and_the_quick_exit(tmp_path, content, capsys):
    vervang(content / "po/doorklik/ouders.yml", "antwoord: Neem contact op.",
            "antwoord: Gaat het thuis niet goed? Neem contact op.\n    gevoelig: true")
    code, uitvoer = bouw(tmp_path, content, capsys)
    assert code == 0, uitvoer
    site = tmp_path / "site" / "po"
    pagina = html(site, "ouders/doorklik/iets-anders")
    kop = pagina.index("Vraag het ons</h1>")
    blok = pagina.index('<aside class="ww-noodhulp"')
    assert kop < blok < pagina.index("Neem contact op.</p>")
    for nummer, href in (("112", "tel:112"), ("0800 2000", "tel:08002000"), ("0800 0432", "tel:08000432")):
        assert re.search(rf'<a class="ww-noodhulp__nummer" href="{href}">.*?{nummer}</span>', pagina, re.S), nummer
    assert ('<a class="ww-snelweg" href="https://www.google.nl/" rel="noreferrer"\n   referrerpolicy="no-referrer" '
            'data-ww-snelweg>Snel weg</a>') in pagina
    assert "Tik op Snel weg of druk op Esc: deze pagina verdwijnt meteen." in pagina
    # The quick exit is on the pupils' home too; a page that is not sensitive has neither.
    assert "data-ww-snelweg" in html(site, "kinderen")
    gewoon = html(site, "ouders/doorklik/tlv-wachten")
    assert "data-ww-snelweg" not in gewoon and "ww-noodhulp" not in gewoon
    # In Arabic the block speaks Arabic and the numbers stay left to right.
    arabisch = html(site, "ar/ouders/doorklik/iets-anders")
    assert "هل تحتاجون إلى مساعدة فورية؟" in arabisch and '<span class="ww-noodhulp__tel" dir="ltr">112</span>' in arabisch


# --- in Chromium: every sensitive page of both real sites ------------------------------------

NEUTRAAL = "<!doctype html><title>Google</title><p>Zoeken"


def gevoelige_paginas() -> list[str]:
    """Every sensitive page of both real sites in Dutch, as a path below the site root."""
    uit = []
    for sector in ("po", "vo"):
        s = laad_sector(ROOT / "content" / sector)
        for doelgroep, boom in s.doorklik.items():
            map_ = "ouders" if doelgroep == "ouders" else s.site.leerlingen_heten
            uit += [f"{sector}/{map_}/doorklik/{u.id}/" for u in boom.doorklik.uitkomsten if u.gevoelig]
        for v in s.vragen:
            if v.gevoelig:
                uit += [f"{sector}/ouders/vragen/{v.id}/"] + ([f"{sector}/{s.site.leerlingen_heten}/vragen/{v.id}/"]
                                                             if v.leerlingen else [])
        uit += [f"{sector}/{m}/{o.id}/" for o in s.onderwerpen if o.gevoelig for m in ("ouders",)]
    return uit


def test_the_real_sites_have_sensitive_pages_for_parents_and_pupils():
    paginas = gevoelige_paginas()
    for deel in ("po/ouders/", "po/kinderen/", "vo/ouders/", "vo/jongeren/"):
        assert any(p.startswith(deel) for p in paginas), deel
    assert "po/kinderen/doorklik/thuis-niet-goed/" in paginas and "vo/jongeren/doorklik/niet-fijn/" in paginas


@pytest.fixture(scope="module")
def omgeving(basis, browser):
    context = browser.new_context(**TELEFOON)
    # The ordinary site the quick exit leads to, answered here: nothing leaves the machine.
    context.route("https://www.google.nl/**", lambda route: route.fulfill(body=NEUTRAAL, content_type="text/html"))
    yield basis, context
    context.close()


@pytest.mark.parametrize("pad", gevoelige_paginas())
def test_sensitive_page_in_chromium_has_the_numbers_and_a_quick_exit(omgeving, pad):
    basis, context = omgeving
    page = context.new_page()
    # Come from the pupils' or parents' home, so there is a page to go back to.
    thuis = basis + "/".join(pad.split("/")[:2]) + "/"
    page.goto(thuis)
    page.goto(basis + pad)
    for href in ("tel:112", "tel:08002000", "tel:08000432"):
        link = page.locator(f'.ww-noodhulp a[href="{href}"]')
        assert link.is_visible(), (pad, href)
        box = link.bounding_box()
        assert box["height"] >= 44 and box["x"] >= 0 and box["x"] + box["width"] <= 390, (pad, href)
    knop = page.get_by_role("link", name="Snel weg")
    assert knop.is_visible()
    # The numbers are on the first screen, right under the heading.
    assert page.locator(".ww-noodhulp").bounding_box()["y"] < 844
    knop.click()
    page.wait_for_url("https://www.google.nl/")
    # location.replace: the sensitive page is no longer in the history; back leads to the home page.
    page.go_back()
    assert page.url == thuis
    page.close()


@pytest.mark.parametrize("pad", ["po/kinderen/", "vo/jongeren/doorklik/thuis-niet-goed/"])
def test_escape_is_a_quick_exit_too_but_not_while_search_is_open(omgeving, pad):
    basis, context = omgeving
    page = context.new_page()
    page.goto(basis + pad)
    # Esc in the open search closes the search and stays on the page.
    page.locator('label.md-header__button[for="__search"]').click()
    page.locator(".md-search__input").fill("tlv")
    page.keyboard.press("Escape")
    assert not page.evaluate("document.getElementById('__search').checked")
    assert page.url == basis + pad
    page.locator("body").click(position={"x": 5, "y": 400})
    page.keyboard.press("Escape")
    page.wait_for_url("https://www.google.nl/")
    page.close()


def test_quick_exit_is_reachable_by_keyboard_early(omgeving):
    basis, context = omgeving
    page = context.new_page()
    page.goto(basis + "po/kinderen/doorklik/niet-fijn/")
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('[data-ww-snelweg]')"):
            break
    else:
        pytest.fail("Snel weg is not among the first 12 Tab stops")
    page.keyboard.press("Enter")
    page.wait_for_url("https://www.google.nl/")
    page.close()
