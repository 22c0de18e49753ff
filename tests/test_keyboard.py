"""Keyboard alone: Tab, Enter and Escape reach and work the menu, search and the doors, and
the focused element is always on screen with a visible ring."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from browser import DESKTOP, TELEFOON
from conftest import ZOEKANTWOORD, bewaakte_context, zoekantwoord_op

MATEN = {"telefoon": TELEFOON, "desktop": DESKTOP}
# The focused element: its name, whether it is on screen and not covered by anything (the point
# in its middle hits it), and whether it has a focus ring of at least 2 px.
FOCUS = """() => { const e = document.activeElement, r = e.getBoundingClientRect(), s = getComputedStyle(e);
  const x = r.left + r.width / 2, y = r.top + r.height / 2;
  const raak = x >= 0 && y >= 0 && x < innerWidth && y < innerHeight ? document.elementFromPoint(x, y) : null;
  return {tag: e.tagName, tekst: (e.getAttribute('aria-label') || e.textContent || '').trim().slice(0, 40),
          zichtbaar: r.width > 0 && r.height > 0 && !!raak && (raak === e || e.contains(raak) || raak.contains(e)),
          ring: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2}; }"""


@pytest.fixture(params=list(MATEN))
def pagina(request, browser, basis):
    context = bewaakte_context(browser, basis, MATEN[request.param])
    page = context.new_page()
    page.maat = request.param
    page.basis = basis
    yield page
    assert context.vreemd == []
    context.close()


def focus_na(page, toets: str = "Tab") -> dict:
    """Press a key; give transitions (drawer, search overlay) up to 2 s to bring focus into view."""
    page.keyboard.press(toets)
    try:
        page.wait_for_function(f"({FOCUS})().zichtbaar", timeout=2000)
    except Exception:  # noqa: BLE001  (a timeout: report the element as it is)
        pass
    return page.evaluate(FOCUS)


def tab_tot(page, tekst: str, maximaal: int = 80) -> dict:
    for _ in range(maximaal):
        focus = focus_na(page)
        if focus["tekst"].startswith(tekst):
            return focus
    raise AssertionError(f"Tab never reached {tekst!r}")


@pytest.mark.parametrize("pad", ["po/ouders/vragen/wat-is-een-tlv/", "vo/jongeren/", "po/", ""])
def test_every_tab_stop_is_on_screen_with_a_visible_ring(pagina, pad):
    pagina.goto(pagina.basis + pad)
    gezien = []
    for _ in range(40):
        focus = focus_na(pagina)
        if focus["tag"] == "BODY":
            break
        gezien.append(focus)
    assert len(gezien) >= 2  # the landing page has two doors and nothing else
    verborgen = [f for f in gezien if not (f["zichtbaar"] and f["ring"])]
    assert verborgen == []


def test_skip_link_is_first_and_jumps_to_the_content(pagina):
    pagina.goto(pagina.basis + "po/ouders/vragen/wat-is-een-tlv/")
    pagina.keyboard.press("Tab")
    assert pagina.evaluate(FOCUS)["tekst"] == "Ga naar inhoud"
    pagina.keyboard.press("Enter")
    assert pagina.url.endswith("#wat-is-een-toelaatbaarheidsverklaring-tlv")


def test_door_to_pupils_by_keyboard(pagina):
    pagina.goto(pagina.basis + "vo/")
    tab_tot(pagina, "Voor jongeren Loop je vast")
    pagina.keyboard.press("Enter")
    expect(pagina).to_have_url(pagina.basis + "vo/jongeren/")


def test_menu_opens_and_closes_by_keyboard_on_a_phone(browser, basis):
    context = bewaakte_context(browser, basis, TELEFOON)
    page = context.new_page()
    page.goto(basis + "po/kinderen/")
    tab_tot(page, "Menu")
    page.keyboard.press("Enter")
    assert page.evaluate("document.getElementById('__drawer').checked")
    for _ in range(12):  # every stop in the open menu is in sight, nothing behind it is reached
        focus = focus_na(page)
        assert focus["zichtbaar"] and focus["ring"], focus
    tab_tot(page, "Een speciale school")
    assert focus_na(page, "Escape")["tekst"] == "Menu"
    assert not page.evaluate("document.getElementById('__drawer').checked")
    assert focus_na(page)["zichtbaar"]
    context.close()


def test_language_switcher_by_keyboard_leads_to_the_same_page(pagina):
    pagina.goto(pagina.basis + "vo/ouders/contact/")
    tab_tot(pagina, "Selecteer taal")
    engels = tab_tot(pagina, "English", maximaal=3)  # the list opens under the button
    assert engels["zichtbaar"] and engels["ring"], engels
    with pagina.expect_navigation():
        pagina.keyboard.press("Enter")
    assert pagina.url == pagina.basis + "vo/en/ouders/contact/"


def zoeken_openen(pagina) -> None:
    """Open search by keyboard: the search button on a phone, Tab to the search field on a desktop."""
    if pagina.maat == "telefoon":
        tab_tot(pagina, "Zoeken")
        pagina.keyboard.press("Enter")
    else:
        for _ in range(10):
            pagina.keyboard.press("Tab")
            if "md-search__input" in pagina.evaluate("document.activeElement.className"):
                break
    expect(pagina.locator(".md-search__input")).to_be_focused()


def test_search_by_keyboard_finds_and_opens_a_page(pagina):
    pagina.add_init_script(ZOEKANTWOORD)
    pagina.goto(pagina.basis + "po/ouders/")
    zoeken_openen(pagina)
    pagina.keyboard.type("zorgplicht")
    # Moving into the list before the answer to the last keystroke is in lets that answer wipe out
    # the focus, so wait for it.
    zoekantwoord_op(pagina, "zorgplicht")
    expect(pagina.locator(".md-search-result__meta")).to_have_text(re.compile(r"^\d+ "))
    expect(pagina.locator(".md-search-result__item a").first).to_be_visible()
    pagina.keyboard.press("ArrowDown")
    expect(pagina.locator(".md-search-result__item a").first).to_be_focused()
    with pagina.expect_navigation():
        pagina.keyboard.press("Enter")
    expect(pagina.locator("article.md-content__inner")).to_contain_text("zorgplicht")
    assert "/po/" in pagina.url and pagina.url != pagina.basis + "po/ouders/"
    # What the privacy statement promises: nothing kept in the browser, no cookies.
    assert pagina.evaluate("localStorage.length + sessionStorage.length") == 0
    assert pagina.context.cookies() == []


def test_escape_closes_search(pagina):
    pagina.goto(pagina.basis + "vo/ouders/")
    zoeken_openen(pagina)
    assert pagina.evaluate("document.getElementById('__search').checked")
    pagina.keyboard.press("Escape")
    assert not pagina.evaluate("document.getElementById('__search').checked")


# Which choice to take on every question: a route of two questions in both trees.
@pytest.mark.parametrize("start, welke", [("po/kinderen/", "last"), ("vo/ouders/", "first")])
def test_doorklik_at_phone_width_click_back_and_start_again(browser, basis, start, welke):
    context = bewaakte_context(browser, basis, TELEFOON)
    page = context.new_page()
    page.goto(basis + start)
    with page.expect_navigation():
        page.locator("a.ww-doorklik-knop").click()
    # The first question is on the doorklik's start page: no empty step, no way back or start again yet.
    assert page.locator("a.ww-vorige, a.ww-opnieuw").count() == 0
    bezocht = [page.url]
    while page.locator("a.ww-keuze").count():
        keuze = getattr(page.locator("a.ww-keuze"), welke)
        box = keuze.bounding_box()
        assert box["height"] >= 44 and box["width"] >= 200  # a big tap target
        with page.expect_navigation():
            keuze.click()
        bezocht.append(page.url)
    assert len(bezocht) >= 2
    expect(page.locator("a.ww-kanaal--email")).to_have_attribute("href", re.compile(r"\?subject=.+"))
    assert len(bezocht) >= 3
    page.go_back()
    expect(page).to_have_url(bezocht[-2])
    expect(page.locator("a.ww-keuze").first).to_be_visible()
    # "Vorige vraag" is a plain link to the question the reader came from.
    page.locator("a.ww-vorige").click()
    expect(page).to_have_url(bezocht[-3])
    # From the outcome, "Opnieuw beginnen" leads to the first question.
    page.goto(bezocht[-1])
    page.locator("a.ww-opnieuw").click()
    expect(page).to_have_url(re.compile(r"/doorklik/$"))
    assert context.vreemd == []
    context.close()


def test_doorklik_by_keyboard_alone(pagina):
    pagina.goto(pagina.basis + "vo/jongeren/doorklik/")  # the first question is the doorklik's start page
    stappen = 0
    while pagina.locator("a.ww-keuze").count():
        eerste = pagina.locator("a.ww-keuze").first.inner_text().strip()
        focus = tab_tot(pagina, eerste)
        assert focus["zichtbaar"] and focus["ring"]
        with pagina.expect_navigation():
            pagina.keyboard.press("Enter")
        stappen += 1
    assert 1 <= stappen <= 5
    focus = tab_tot(pagina, "Opnieuw beginnen")
    assert focus["zichtbaar"] and focus["ring"]
    pagina.keyboard.press("Enter")
    expect(pagina).to_have_url(pagina.basis + "vo/jongeren/doorklik/")
