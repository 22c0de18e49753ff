"""The page for schools, the posters and the flyer: QR codes that decode to the right address,
sheets that are A4 in the browser and in the PDF, a copy button that copies the schoolgids text,
and print styles that drop the navigation and show where links go."""
from __future__ import annotations

import io
import re

import pytest
import zxingcpp
from PIL import Image
from playwright.sync_api import expect
from pypdf import PdfReader

from wegwijzer.build.poststeps import NabouwFout, maak_af
from wegwijzer.build.pdf import PdfFout, drukwerk_paginas, maak

from browser import DESKTOP, TELEFOON
from conftest import ROOT, TALEN, bewaakte_context

SITE_URL = {"po": "https://www.example.nl/po/", "vo": "https://www.example.nl/vo/"}
LEERLINGEN = {"po": "kinderen", "vo": "jongeren"}
A4 = {"width": 794, "height": 1123}  # 210 x 297 mm at 96 px per inch
MM = 96 / 25.4


def voorvoegsel(taal: str) -> str:
    return "" if taal == "nl" else f"{taal}/"


def drukwerk(sector: str) -> dict[str, str]:
    """Each poster and the flyer of a sector -> the audience home page its QR code leads to."""
    return {f"poster-{LEERLINGEN[sector]}": f"{LEERLINGEN[sector]}/", "poster-ouders": "ouders/", "flyer": "ouders/"}


def decodeer(png: bytes) -> list[str]:
    return [c.text for c in zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))]


@pytest.mark.parametrize("sector", ["po", "vo"])
def test_every_qr_code_decodes_to_its_own_page(echte_site, basis, browser, sector):
    context = bewaakte_context(browser, basis, DESKTOP)
    page = context.new_page()
    gezien = 0
    for taal in TALEN:
        thuis = SITE_URL[sector] + voorvoegsel(taal)
        pagina = f"{sector}/{voorvoegsel(taal)}voor-scholen/"
        verwacht = {pagina: thuis} | {f"{pagina}{naam}/": thuis + doel for naam, doel in drukwerk(sector).items()}
        for pad, adres in verwacht.items():
            page.goto(basis + pad)
            qr = page.locator("img.ww-qr, .ww-vel:not(.ww-vel--kopie) .ww-vel__qr img")
            assert decodeer(qr.screenshot()) == [adres], pad
            # The address is a page of the built site (in the same language).
            assert (echte_site / sector / adres.removeprefix(SITE_URL[sector]) / "index.html").is_file()
            gezien += 1
    assert gezien == 6 * 4
    assert context.vreemd == []
    context.close()


def test_the_decoder_rejects_a_picture_without_a_code():
    # Negative control: a blank image decodes to nothing, so the test above can fail.
    leeg = io.BytesIO()
    Image.new("RGB", (200, 200), "white").save(leeg, format="PNG")
    assert decodeer(leeg.getvalue()) == []


def test_posters_and_flyer_render_at_a4_in_the_browser(echte_site, basis, browser):
    uit = ROOT / ".screenshots"
    uit.mkdir(exist_ok=True)
    context = bewaakte_context(browser, basis, {"viewport": A4})
    page = context.new_page()
    page.emulate_media(media="print")
    paden = [p.parent.relative_to(echte_site).as_posix() + "/" for s in ("po", "vo")
             for p in drukwerk_paginas(echte_site / s)]
    assert len(paden) == 2 * 6 * 3
    for pad in paden:
        page.goto(basis + pad)
        vellen = page.evaluate("""[...document.querySelectorAll('.ww-vel')].map(v => {
            const r = v.getBoundingClientRect(), s = getComputedStyle(v);
            return {breedte: r.width, hoogte: r.height, zichtbaar: s.display !== 'none',
                    past: v.scrollHeight <= v.clientHeight + 1 && v.scrollWidth <= v.clientWidth + 1}; })""")
        verborgen = page.evaluate("getComputedStyle(document.querySelector('.ww-balk')).display")
        assert verborgen == "none", pad  # the bar with back, PDF and print is not on paper
        flyer = pad.endswith("/flyer/")
        assert len(vellen) == (2 if flyer else 1), pad
        for vel in vellen:
            assert vel["zichtbaar"] and vel["past"], (pad, vel)
            assert abs(vel["breedte"] - 210 * MM) < 1, (pad, vel)
            assert abs(vel["hoogte"] - (148 if flyer else 296) * MM) < 1, (pad, vel)
        # Chromium's own print of the page is exactly one A4 page.
        pdf = PdfReader(io.BytesIO(page.pdf(prefer_css_page_size=True, print_background=True)))
        assert len(pdf.pages) == 1, pad
        assert [round(float(x)) for x in pdf.pages[0].mediabox[2:]] == [595, 842], pad
        if pad.startswith(("po/voor-scholen/", "vo/voor-scholen/", "vo/ar/voor-scholen/")):
            bestand = uit / (pad.strip("/").replace("/", "_") + ".a4.png")
            page.screenshot(path=str(bestand), full_page=True)
            assert Image.open(bestand).size == (A4["width"], A4["height"])
    assert context.vreemd == []
    context.close()


@pytest.mark.parametrize("sector", ["po", "vo"])
def test_every_pdf_is_one_a4_page_with_its_address(echte_site, sector):
    pdfs = sorted((echte_site / sector).rglob("voor-scholen/*.pdf"))
    assert len(pdfs) == 6 * 3
    for pdf in pdfs:
        lezer = PdfReader(pdf)
        assert len(lezer.pages) == 1, pdf
        assert [round(float(x)) for x in lezer.pages[0].mediabox[2:]] == [595, 842], pdf
        taal = pdf.parent.parent.name if pdf.parent.parent.name in TALEN else "nl"
        doel = drukwerk(sector)[pdf.stem]
        adres = (SITE_URL[sector] + voorvoegsel(taal) + doel).removeprefix("https://").rstrip("/")
        tekst = re.sub(r"\s+", "", lezer.pages[0].extract_text())
        assert adres in tekst, (pdf, tekst[:300])


def test_a_pdf_that_cannot_be_made_stops_with_the_page_named(tmp_path):
    # A poster page whose stylesheet is missing: no PDF without its layout.
    pagina = tmp_path / "po" / "voor-scholen" / "poster-ouders" / "index.html"
    pagina.parent.mkdir(parents=True)
    pagina.write_text("<!doctype html><html lang=nl><title>x</title><link rel=stylesheet href=weg.css>"
                      "<p>Poster</p>", encoding="utf-8")
    with pytest.raises(PdfFout) as fout:
        maak(tmp_path / "po")
    assert str(fout.value).startswith("po/voor-scholen/poster-ouders.pdf: ")
    assert "weg.css" in str(fout.value)
    # What the build says when it stops (the hook makes it MkDocs' error; site/ stays as it was).
    with pytest.raises(NabouwFout) as fout:
        maak_af(tmp_path / "po", {}, "https://example.org/po/", ROOT / "overrides", ["nl"])
    assert str(fout.value).startswith("De PDF's van de posters en de flyer konden niet worden gemaakt: "
                                      "po/voor-scholen/poster-ouders.pdf: ")


def test_schools_page_has_both_texts_with_contact_lines_in_every_language(echte_site):
    for taal in TALEN:
        html = (echte_site / "po" / voorvoegsel(taal) / "voor-scholen" / "index.html").read_text(encoding="utf-8")
        for deel in ("kort", "lang"):
            blok = re.search(rf'<div class="ww-kopieer"[^>]* id="schoolgids-{deel}"[^>]*>(.*?)</div>', html, re.S)
            assert blok, (taal, deel)
            assert f"{SITE_URL['po']}{voorvoegsel(taal)}" in blok.group(1)
            assert "088 123 45 67" in blok.group(1) and "ojs-po@example.nl" in blok.group(1)
        assert 'href="poster-kinderen/"' in html and 'href="flyer/"' in html
    engels = (echte_site / "po" / "en" / "voor-scholen" / "index.html").read_text(encoding="utf-8")
    assert "Text for the school guide" in engels or "school guide" in engels


def test_every_page_links_to_the_schools_page_in_its_footer(echte_site):
    for pad in ["po/index.html", "po/ouders/vragen/wat-is-een-tlv/index.html", "vo/ar/jongeren/index.html"]:
        html = (echte_site / pad).read_text(encoding="utf-8")
        assert re.search(r'<nav class="ww-voetlinks"[^>]*>.*?href="[./]*(?:ar/)?voor-scholen/"', html, re.S), pad


def test_copy_button_copies_the_schoolgids_text(basis, browser):
    context = bewaakte_context(browser, basis, TELEFOON)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=basis.rstrip("/"))
    page = context.new_page()
    page.goto(basis + "po/voor-scholen/")
    knop = page.locator("#schoolgids-kort + button.ww-kopieer__knop")
    expect(knop).to_have_text("Kopieer de tekst")
    knop.click()
    expect(page.locator("#schoolgids-kort ~ p.ww-kopieer__status").first).to_have_text(
        "De tekst staat nu op het klembord. Plak hem in de schoolgids.")
    geplakt = page.evaluate("navigator.clipboard.readText()")
    assert geplakt.startswith("Heeft een kind extra ondersteuning nodig")
    assert geplakt.rstrip().splitlines()[-3:] == [
        "Meer informatie: https://www.example.nl/po/", "Telefoon: 088 123 45 67", "E-mail: ojs-po@example.nl"]
    assert context.vreemd == []
    context.close()


# One page of each kind; the print stylesheet is the same on every page.
AFDRUKKEN = ["po/", "po/ouders/", "po/kinderen/", "po/ouders/vragen/wat-is-een-tlv/", "vo/jongeren/contact/",
             "po/ouders/waar-kun-je-terecht/", "vo/ouders/doorklik/welke-hulp/", "po/voor-scholen/",
             "vo/ar/ouders/vragen/bezwaar-tegen-een-tlv-besluit/", "po/privacy/"]


@pytest.mark.parametrize("pad", AFDRUKKEN)
def test_pages_print_without_navigation_and_with_link_addresses(basis, browser, pad):
    context = bewaakte_context(browser, basis, DESKTOP)
    page = context.new_page()
    page.goto(basis + pad)
    page.emulate_media(media="print")
    zichtbaar = page.evaluate("""['.md-header', '.md-tabs', '.md-sidebar--primary', '.md-sidebar--secondary',
        '.md-footer', '.md-search', '.md-skip'].filter(s => [...document.querySelectorAll(s)]
        .some(e => e.getClientRects().length > 0))""")
    assert zichtbaar == [], pad
    links = page.evaluate("""[...document.querySelectorAll('.md-content a[href]')]
        .filter(a => /^https?:$/.test(a.protocol) && !a.getAttribute('href').startsWith('#')
                     && a.textContent.trim() !== a.href && a.getClientRects().length > 0)
        .map(a => ({href: a.href, adres: a.dataset.wwAdres, na: getComputedStyle(a, '::after').content}))""")
    assert links, pad
    for link in links:  # the address after the link on paper: data-ww-adres, written out by the stylesheet
        assert link["adres"] == link["href"] and "attr(data-ww-adres)" in link["na"] or link["href"] in link["na"], \
            (pad, link)
    assert context.vreemd == []
    context.close()
