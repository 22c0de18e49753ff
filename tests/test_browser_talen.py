"""Languages in the browser: search looks in the page's own language only, the language switcher
leads to the same page, and Arabic pages read right to left (screenshots in .screenshots/)."""
from __future__ import annotations

import pytest

from browser import TELEFOON
from conftest import ROOT, bewaakte_context

VRAAG = "ouders/vragen/wat-is-een-tlv/"


def zoek(page, basis, pad: str, woord: str) -> list[str]:
    """Search ``woord`` on page ``pad``; the result links as paths relative to the site."""
    page.goto(basis + pad, wait_until="networkidle")
    page.locator("label.md-header__button[for=__search]").click()
    # Material searches on every keyup. Typing letter by letter gave a result count for a part of
    # the word ("besl") that the wait below could catch; so all but the last letter are filled in
    # at once and only the last key is pressed: one query, for the whole word.
    page.locator(".md-search__input").fill(woord[:-1])
    # Until the query's answer is in, the count line shows what it showed before the last key (the
    # invitation to type; on the first query the worker loads the index first).
    voor = page.inner_text(".md-search-result__meta")
    page.keyboard.press(woord[-1])
    # Material writes the count first and the result list after it: under load the list can lag, so
    # wait for the list too when the count says there are results.
    page.wait_for_function("""voor => {
        const meta = document.querySelector('.md-search-result__meta').textContent.trim();
        if (meta === '' || meta === voor || meta.includes('…')) return false;
        const aantal = parseInt(meta, 10);
        return !(aantal > 0) || document.querySelectorAll('.md-search-result__link').length > 0;
    }""", arg=voor.strip())
    links = page.eval_on_selector_all(".md-search-result__link", "els => els.map(e => e.href)")
    return [x.removeprefix(basis) for x in links]


@pytest.fixture
def telefoon(browser, basis):
    context = bewaakte_context(browser, basis, TELEFOON)
    page = context.new_page()
    page.verzoeken = []
    page.on("request", lambda r: page.verzoeken.append(r.url.removeprefix(basis)))
    yield page
    assert context.vreemd == []
    context.close()


@pytest.mark.parametrize("sector", ["po", "vo"])
def test_search_finds_pages_in_the_pages_own_language_only(telefoon, basis, sector):
    # "TLV" is in the Dutch text and in every translation: each site must find only its own pages.
    for taal in ["", "en/", "ar/", "uk/"]:
        gevonden = zoek(telefoon, basis, f"{sector}/{taal}ouders/", "TLV")
        assert gevonden, taal
        andere = [f"{sector}/{t}/" for t in ("en", "ar", "tr", "pl", "uk") if f"{t}/" != taal]
        for link in gevonden:
            assert link.startswith(f"{sector}/{taal}") and not link.startswith(tuple(andere)), (taal, link)


def test_a_dutch_query_on_the_english_site_finds_nothing_dutch(telefoon, basis):
    gevonden = zoek(telefoon, basis, "po/en/ouders/", "leerplichtambtenaar")
    assert all(link.startswith("po/en/") for link in gevonden), gevonden
    nederlands = zoek(telefoon, basis, "po/ouders/", "leerplichtambtenaar")
    assert nederlands and all(not link.startswith("po/en/") for link in nederlands)


def _zoekbestanden(verzoeken: list[str]) -> list[str]:
    return [u for u in verzoeken
            if u.split("?")[0].endswith((".json", ".js")) and ("search/" in u or "workers/" in u or "lunr" in u)]


def test_each_page_loads_only_its_own_index_when_searching_and_dutch_loads_the_dutch_stemmer(telefoon, basis):
    # A visit without a search loads the configuration of the search only: no pages, no lunr.
    telefoon.goto(basis + "po/en/ouders/", wait_until="networkidle")
    assert _zoekbestanden(telefoon.verzoeken) == [
        "po/assets/javascripts/workers/ww-zoeken.js?material=search.a7633da7.min.js&index=../../../en/search/ww-index.json"
        "&doelgroep=ouders",
        "po/en/search/search_index.json"]
    telefoon.verzoeken.clear()
    zoek(telefoon, basis, "po/en/ouders/", "school")
    indexen = [u for u in telefoon.verzoeken if u.split("?")[0].endswith(("search_index.json", "ww-index.json"))]
    assert sorted(indexen) == ["po/en/search/search_index.json", "po/en/search/ww-index.json"]
    telefoon.verzoeken.clear()
    besluiten = zoek(telefoon, basis, "po/ouders/", "besluiten")
    indexen = [u for u in telefoon.verzoeken if u.split("?")[0].endswith(("search_index.json", "ww-index.json"))]
    assert sorted(indexen) == ["po/search/search_index.json", "po/search/ww-index.json"]
    assert any(u.endswith("lunr/min/lunr.nl.min.js") for u in telefoon.verzoeken)
    # The Dutch stemmer: "besluiten" finds what "besluit" finds (without stemming the query,
    # workers/ww-zoeken.js, it found nothing at all).
    telling = telefoon.inner_text(".md-search-result__meta")
    assert besluiten and zoek(telefoon, basis, "po/ouders/", "besluit")
    assert telefoon.inner_text(".md-search-result__meta") == telling


# Whether the site name in the header is cut off, whether its first letter lies inside its box, its lang.
NAAM_IN_KOP = """() => {
  const el = document.querySelector('.md-header__topic:first-child .md-ellipsis');
  const tekst = [...el.childNodes].find(n => n.nodeType === 3 && n.textContent.trim());
  const begin = tekst.textContent.search(/\\S/);
  const letter = document.createRange();
  letter.setStart(tekst, begin);
  letter.setEnd(tekst, begin + 1);
  const r = letter.getBoundingClientRect(), vak = el.getBoundingClientRect();
  return {afgekapt: el.scrollWidth > el.clientWidth, begin_zichtbaar: r.left >= vak.left - 1 && r.right <= vak.right + 1,
          lang: el.lang};
}"""


def test_switcher_on_a_phone_leads_to_the_same_page_in_arabic_right_to_left(telefoon, basis):
    telefoon.goto(basis + "po/" + VRAAG, wait_until="networkidle")
    # Closed, the list is hidden (no stray tap lands on it); open, every language is a 44 px target.
    assert telefoon.locator(".md-select__link").evaluate_all(
        "els => els.filter(e => getComputedStyle(e).visibility !== 'hidden').length") == 0
    telefoon.locator(".md-header__option .md-select > button").click()
    # Rounded to 1/100 px: the list's transform puts the boxes at 43.99998 px and the like.
    hoogtes = [round(telefoon.locator(".md-select__link").nth(i).bounding_box()["height"], 2) for i in range(6)]
    assert min(hoogtes) >= 44, hoogtes
    (ROOT / ".screenshots").mkdir(exist_ok=True)
    telefoon.screenshot(path=str(ROOT / ".screenshots" / "talen-open.telefoon.png"))
    telefoon.locator(".md-select__link[hreflang=ar]").click()
    telefoon.wait_for_url(basis + "po/ar/" + VRAAG)
    assert telefoon.evaluate("document.documentElement.lang") == "ar"
    assert telefoon.evaluate("getComputedStyle(document.querySelector('.md-content')).direction") == "rtl"
    # The heading starts at the right: its right edge is at the content's right edge.
    kop = telefoon.locator("h1").bounding_box()
    assert kop["x"] + kop["width"] > TELEFOON["viewport"]["width"] - 40
    # The site's Dutch name in the header is too long for a phone: it is cut at its end, so its
    # first letter shows (without dir="auto" the right-to-left line hid the start), marked Dutch.
    assert telefoon.evaluate(NAAM_IN_KOP) == {"afgekapt": True, "begin_zichtbaar": True, "lang": "nl"}
    uit = ROOT / ".screenshots"
    uit.mkdir(exist_ok=True)
    telefoon.screenshot(path=str(uit / "ar-vraag-ouders.telefoon.png"), full_page=True)
    telefoon.goto(basis + "po/ar/kinderen/doorklik/wat-is-moeilijk/", wait_until="networkidle")
    telefoon.screenshot(path=str(uit / "ar-doorklik-vraag-kinderen.telefoon.png"), full_page=True)
    # And back to Dutch, on the same page.
    telefoon.locator(".md-header__option .md-select > button").click()
    telefoon.locator(".md-select__link[hreflang=nl]").click()
    telefoon.wait_for_url(basis + "po/kinderen/doorklik/wat-is-moeilijk/")
    assert telefoon.evaluate("document.documentElement.lang") == "nl"
