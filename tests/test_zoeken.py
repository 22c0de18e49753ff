"""Search that finds the right page: realistic queries of parents, children and youth, in Dutch,
English, Arabic and Ukrainian, typed, pasted or committed by an input method, each with the page
the reader wants among the first three results (Chromium, the real sites). Also: no word is shown as
missing under a page that contains it, every result says whom it is for, and the reader's own
audience comes first."""
from __future__ import annotations

import pytest

from wegwijzer.build.search import instellingen
from wegwijzer.content.loader import laad_sector
from wegwijzer.pages.teksten import teksten

from browser import TELEFOON
from conftest import ZOEKANTWOORD, fouten, schrijf

# (the page the search is made from, the query, how it is entered, the page the reader wants)
# How: "typen" presses a key for every letter; "plakken" puts the whole text in at once, as a paste,
# dictation or the end of an input method's composition does (an input event, no key).
VRAGEN = [
    ("po/ouders/", "zorgplicht", "typen", "po/ouders/vragen/wat-is-zorgplicht/"),
    ("po/ouders/", "zorgplig", "typen", "po/ouders/vragen/wat-is-zorgplicht/"),  # a typo
    ("po/ouders/", "toelaatbaarheidsverklring", "plakken", "po/ouders/vragen/wat-is-een-tlv/"),  # a typo
    ("po/ouders/", "bezwaar tlv", "plakken", "po/ouders/vragen/bezwaar-maken-tegen-een-tlv-besluit/"),
    ("po/ouders/", "thuiszitter", "typen", "po/ouders/vragen/wanneer-is-mijn-kind-een-thuiszitter/"),
    ("po/ouders/", "eindtoets", "typen", "po/ouders/vragen/hoe-werkt-het-schooladvies/"),  # a synonym
    ("po/ouders/", "geschillencommissie", "plakken",
     "po/ouders/vragen/wat-doet-de-geschillencommissie-passend-onderwijs/"),
    ("po/ouders/", "ontwikkelingsperspectief", "plakken", "po/ouders/vragen/wat-is-een-opp/"),
    ("po/ouders/", "klacht indienen", "typen", "po/ouders/vragen/klacht-indienen-over-school/"),
    ("po/kinderen/", "juf", "typen", "po/kinderen/waar-kun-je-terecht/"),  # a synonym of leerkracht
    ("po/kinderen/", "gepest", "typen", "po/kinderen/doorklik/pesten/"),
    ("po/kinderen/", "speciale school", "plakken", "po/kinderen/vragen/wat-zijn-sbo-en-so/"),
    ("po/kinderen/", "hoorrecht", "typen", "po/kinderen/vragen/wat-is-hoorrecht/"),
    ("vo/jongeren/", "mentor", "typen", "vo/jongeren/vragen/bij-wie-begin-ik-op-school/"),
    ("vo/jongeren/", "praktijkschool", "typen", "vo/jongeren/vragen/niet-eens-met-besluit-over-lwoo-of-praktijkonderwijs/"),
    ("vo/jongeren/", "thuiszitten", "plakken", "vo/jongeren/thuiszitten/"),
    ("vo/ouders/", "zorgco", "typen", "vo/ouders/vragen/bij-wie-begin-ik-op-school/"),  # a synonym
    ("vo/ouders/", "lwoo", "typen", "vo/ouders/vragen/wat-is-lwoo/"),
    ("po/en/ouders/", "objection", "typen", "po/en/ouders/vragen/bezwaar-maken-tegen-een-tlv-besluit/"),
    ("po/en/ouders/", "admission statement", "plakken", "po/en/ouders/vragen/wat-is-een-tlv/"),
    ("po/en/ouders/", "ehcp", "typen", "po/en/ouders/vragen/wat-is-een-opp/"),  # a synonym
    ("po/ar/ouders/", "اعتراض", "plakken", "po/ar/ouders/vragen/bezwaar-maken-tegen-een-tlv-besluit/"),
    ("po/ar/ouders/", "TLV", "typen", "po/ar/ouders/vragen/wat-is-een-tlv/"),
    ("po/uk/ouders/", "заперечення", "plakken", "po/uk/ouders/vragen/bezwaar-maken-tegen-een-tlv-besluit/"),
]


@pytest.fixture(scope="module")
def zoeker(basis, browser):
    context = browser.new_context(**TELEFOON)
    context.add_init_script(ZOEKANTWOORD)

    def zoek(van: str, vraag: str, hoe: str):
        page = context.new_page()
        page.goto(basis + van)
        page.locator('label.md-header__button[for="__search"]').click()
        veld = page.locator(".md-search__input")
        veld.focus()
        if hoe == "typen":
            page.keyboard.type(vraag)
        else:
            page.keyboard.insert_text(vraag)  # one input event and no key, as a paste or an input method
        # The newest answer is for the whole query (its words, widened by the worker, are all in it).
        woorden = [w.lower() for w in vraag.split()]
        page.wait_for_function("ws => ws.every(w => (window.wwZoekwoorden || []).includes(w))", arg=woorden)
        page.wait_for_selector(".md-search-result__item")
        return page, basis

    yield zoek
    context.close()


def test_there_are_enough_realistic_queries():
    assert len(VRAGEN) >= 20
    for deel in ("po/ouders/", "po/kinderen/", "vo/jongeren/", "po/en/", "po/ar/", "po/uk/"):
        assert any(van.startswith(deel) for van, *_ in VRAGEN), deel
    assert {hoe for *_, hoe, _ in VRAGEN} == {"typen", "plakken"}


@pytest.mark.parametrize("van, vraag, hoe, gewild", VRAGEN, ids=[f"{v[0]}{v[1]}" for v in VRAGEN])
def test_the_wanted_page_is_in_the_top_three(zoeker, van, vraag, hoe, gewild):
    page, basis = zoeker(van, vraag, hoe)
    # The first three pages (a result's further links are sections of the same page).
    eerste = page.eval_on_selector_all(".md-search-result__item > a:first-child", "as => as.slice(0, 3).map(a => a.href)")
    eerste = [a.split("#")[0].split("?")[0].removeprefix(basis) for a in eerste]
    assert gewild in eerste, (vraag, eerste)
    page.close()


@pytest.mark.parametrize("van, vraag", [("po/ouders/", "bezwaar"), ("po/en/ouders/", "objection"),
                                        ("po/kinderen/", "bezwaar"), ("po/kinderen/", "juf")])
def test_no_word_is_shown_missing_under_a_page_that_has_it(zoeker, van, vraag):
    page, _ = zoeker(van, vraag, "typen")
    # Material writes a missing word struck through (<del>) under a result.
    assert page.locator(".md-search-result__item").count() > 3
    assert page.locator(".md-search-result del").count() == 0
    page.close()


def test_a_word_that_is_really_not_there_is_still_shown_missing(zoeker):
    page, _ = zoeker("po/ouders/", "bezwaar tlv", "typen")
    missend = {m.strip() for m in page.locator(".md-search-result del").all_inner_texts()} - {""}
    assert missend and missend <= {"bezwaar", "tlv"}
    page.close()


@pytest.mark.parametrize("van, vraag, eigen, ander", [("po/kinderen/", "hoorrecht", "Voor kinderen", "Voor ouders"),
                                                      ("po/ouders/", "hoorrecht", "Voor ouders", "Voor kinderen"),
                                                      ("vo/jongeren/", "hoorrecht", "Voor jongeren", "Voor ouders")])
def test_results_are_labelled_and_the_readers_own_audience_comes_first(zoeker, van, vraag, eigen, ander):
    page, _ = zoeker(van, vraag, "typen")
    labels = page.locator(".md-search-result__item > a:first-child .ww-zoeklabel").all_inner_texts()
    assert labels[0] == eigen and ander in labels
    # Every page of the own audience before any page of the other one.
    assert max(i for i, x in enumerate(labels) if x == eigen) < min(i for i, x in enumerate(labels) if x == ander)
    page.close()


def test_a_search_word_with_capitals_is_an_error_on_its_line(content):
    schrijf(content / "po" / "zoekwoorden.yml", "nl:\n  juf: leerkracht\n  Meester: leerkracht\n")
    assert fouten(content / "po") == [
        "content/po/zoekwoorden.yml:3: het zoekwoord 'Meester' (nl) moet in kleine letters: 'meester'."]


def test_search_words_reach_the_worker_per_language(content):
    schrijf(content / "po" / "zoekwoorden.yml", "nl:\n  juf: leerkracht\nen:\n  ehcp: opp\n")
    sector = laad_sector(content / "po")
    assert instellingen(sector, "nl", teksten("nl")) == {
        "ww_doelgroepen": {"ouders": "Voor ouders", "kinderen": "Voor kinderen"}, "ww_synoniemen": {"juf": "leerkracht"}}
    assert instellingen(sector, "en", teksten("en"))["ww_synoniemen"] == {"ehcp": "opp"}
