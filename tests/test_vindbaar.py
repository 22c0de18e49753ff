"""Findability in the built HTML: titles and descriptions, canonical and absolute hreflang links,
Open Graph tags with the build-time image, FAQPage data that matches the page, robots.txt and the
sitemaps. (Lighthouse itself is issue 9's next step.)"""
from __future__ import annotations

import io
import json
import re
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from PIL import Image

from wegwijzer.pages import landing

from conftest import ROOT, doorverwijzing

SITE_URL = {"po": "https://www.example.nl/po/", "vo": "https://www.example.nl/vo/"}
TALEN = ["nl", "en", "ar", "tr", "pl", "uk"]


def _paginas(site, sector):
    for pad in sorted((site / sector).rglob("index.html")):
        if not doorverwijzing(pad):
            yield pad, pad.parent.relative_to(site / sector).as_posix()


def _bestand(site, sector, url: str):
    """The built file behind an absolute URL of the sector's site."""
    assert url.startswith(SITE_URL[sector]), url
    rest = url[len(SITE_URL[sector]):]
    return site / sector / rest / "index.html" if rest.endswith("/") or not rest else site / sector / rest


@pytest.mark.parametrize("sector", ["po", "vo"])
def test_every_page_has_title_description_canonical_hreflang_and_open_graph(echte_site, sector):
    gezien = 0
    for pad, rel in _paginas(echte_site, sector):
        if rel == ".":
            rel = ""
        else:
            rel += "/"
        html = BeautifulSoup(pad.read_text(encoding="utf-8"), "html.parser")
        gezien += 1
        titel = html.title.get_text(strip=True)
        assert titel and len(html.find_all("title")) == 1, pad
        beschrijving = html.select_one('meta[name="description"]')["content"]
        assert len(beschrijving) >= 20, pad
        eigen = SITE_URL[sector] + rel
        assert html.select_one('link[rel="canonical"]')["href"] == eigen, pad
        alternates = {a["hreflang"]: a["href"] for a in html.select('link[rel="alternate"][hreflang]')}
        assert set(alternates) == set(TALEN) | {"x-default"}, pad
        assert alternates["x-default"] == alternates["nl"]
        assert eigen in alternates.values(), pad
        for url in alternates.values():
            assert _bestand(echte_site, sector, url).is_file(), (pad, url)
        og = {m["property"]: m["content"] for m in html.select('meta[property^="og:"]')}
        # The page's own title, whole (a quote in it once ended the attribute early).
        assert og["og:title"] and (titel == og["og:title"] or titel.startswith((og["og:title"] + " - ",
                                                                              og["og:title"] + " · "))), pad
        assert og["og:description"] == beschrijving
        assert og["og:url"] == eigen
        assert og["og:image"] == SITE_URL[sector] + "assets/images/delen.png"
        taal = html.html["lang"]
        assert og["og:locale"].split("_")[0] == taal, pad
    assert gezien > 500


@pytest.mark.parametrize("sector", ["po", "vo"])
def test_the_shared_image_is_made_at_build_time_from_the_sites_name(echte_site, sector):
    data = (echte_site / sector / "assets" / "images" / "delen.png").read_bytes()
    beeld = Image.open(io.BytesIO(data))
    assert (beeld.format, beeld.size) == ("PNG", (1200, 630))
    assert len(data) < 300_000  # WhatsApp shows no preview for bigger images
    assert beeld.getpixel((5, 5)) == (0x1F, 0x5F, 0x8B)
    # Text in white: the name is drawn on it.
    assert any(beeld.getpixel((x, y)) == (255, 255, 255) for x in range(80, 600, 2) for y in range(150, 450, 4))


def zichtbaar(tekst: str) -> str:
    """Text as a reader sees it: without the soft hyphens in long words of headings and the invisible
    isolates around Dutch terms on right-to-left pages (wegwijzer/build/postprocess.py)."""
    return re.sub("[\u00ad\u2068\u2069]", "", tekst)


def test_faq_pages_carry_faqpage_data_that_matches_what_they_show(echte_site):
    gezien = 0
    for pad in sorted(echte_site.glob("*/**/vragen/*/index.html")):
        if doorverwijzing(pad):
            continue
        html = BeautifulSoup(pad.read_text(encoding="utf-8"), "html.parser")
        blokken = html.select('script[type="application/ld+json"]')
        assert len(blokken) == 1, pad
        data = json.loads(blokken[0].string)
        assert data["@context"] == "https://schema.org" and data["@type"] == "FAQPage"
        (vraag,) = data["mainEntity"]
        assert vraag["@type"] == "Question" and vraag["acceptedAnswer"]["@type"] == "Answer"
        assert vraag["name"] == zichtbaar(html.select_one("article h1").get_text(strip=True)), pad
        antwoord = " ".join(BeautifulSoup(vraag["acceptedAnswer"]["text"], "html.parser").get_text(" ").split())
        pagina = " ".join(zichtbaar(html.select_one("article").get_text(" ")).split())
        assert antwoord and antwoord in pagina, pad
        gezien += 1
    assert gezien > 200
    # Other pages carry none.
    assert "application/ld+json" not in (echte_site / "po" / "index.html").read_text(encoding="utf-8")


def test_robots_txt_allows_everything_and_names_both_sitemaps(echte_site):
    assert (echte_site / "robots.txt").read_text(encoding="utf-8") == (
        "User-agent: *\nAllow: /\n\nSitemap: https://www.example.nl/po/sitemap.xml\n"
        "Sitemap: https://www.example.nl/vo/sitemap.xml\n")


@pytest.mark.parametrize("sector", ["po", "vo"])
def test_sitemap_lists_every_page_once_with_absolute_addresses(echte_site, sector):
    xml = (echte_site / sector / "sitemap.xml").read_text(encoding="utf-8")
    locs = re.findall(r"<loc>([^<]+)</loc>", xml)
    assert len(locs) == len(set(locs))
    for url in locs:
        assert urlsplit(url).scheme == "https"
        assert _bestand(echte_site, sector, url).is_file(), url
    paginas = {SITE_URL[sector] + ("" if rel == "." else rel + "/") for _, rel in _paginas(echte_site, sector)}
    assert paginas <= set(locs), sorted(paginas - set(locs))[:5]


def test_materials_hreflang_sitemap_lookup_is_off(echte_site):
    bundel = next((echte_site / "po" / "assets" / "javascripts").glob("bundle.*.min.js")).read_text(encoding="utf-8")
    assert 'M("link[rel=alternate]")' not in bundel
    assert 'M("link[rel=alternate][data-ww-nooit]")' in bundel


def test_robots_names_the_sitemap_of_each_site_it_is_given_from_its_address():
    # Rendered for other sites than the real ones: the addresses come from the sites, not the template.
    sites = {"vo": SimpleNamespace(site=SimpleNamespace(site_url="https://ojs.example.org/vo-site/"))}
    assert landing.robots(sites, ROOT / "overrides") == (
        "User-agent: *\nAllow: /\n\nSitemap: https://ojs.example.org/vo-site/sitemap.xml\n")
