"""Every built page in headless Chromium, at phone and desktop width: axe-core (WCAG 2.1 A and
AA), nothing requested from other hosts, no cookies, no sideways scrolling, tap targets of at
least 44 px, and pupil text of at least 18 px. Fails (never skips) when Chromium is missing."""
from __future__ import annotations

import pytest

from browser import DESKTOP, TELEFOON, serveer
from conftest import ROOT, TALEN, ZOEKANTWOORD, bewaakte_context, doorverwijzing, zoekantwoord_op

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_RUN = """axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
  .then(r => r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ')))"""
# Interactive elements in view that are smaller than 44 x 44 px (links inside a sentence excepted).
KLEINE_DOELEN = """() => [...document.querySelectorAll(
    'a[href], button, input:not([type=checkbox]), label[for], summary, [tabindex]:not([tabindex="-1"])')]
  .filter(e => { const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.right > 0 && r.left < innerWidth
      && getComputedStyle(e).visibility !== 'hidden' && !e.closest('p'); })
  .filter(e => { const r = e.getBoundingClientRect(); return r.width < 44 || r.height < 44; })
  .map(e => e.outerHTML.slice(0, 80))"""
KLEINSTE_LEERLINGTEKST = """Math.min(...[...document.querySelectorAll('.ww-leerlingen p, .ww-leerlingen li')]
  .map(e => parseFloat(getComputedStyle(e).fontSize)))"""


@pytest.fixture(scope="module")
def axe_url():
    """axe-core from its own local server: loaded by URL, Chromium caches its compiled code, which
    makes checking a page about a third faster than injecting the script text every time."""
    server = serveer(AXE.parent)
    yield f"http://127.0.0.1:{server.server_port}/{AXE.name}"
    server.shutdown()


def paginas(site) -> list[str]:
    """Every page of the built site, as a path relative to its root ('' for the landing page)."""
    return sorted("" if p.parent == site else p.parent.relative_to(site).as_posix() + "/"
                  for p in site.rglob("index.html") if not doorverwijzing(p))


def deel(site, sector: str, taal: str) -> list[str]:
    """The pages of one sector in one language (PO in Dutch: with the landing pages in every language)."""
    if taal != "nl":
        return [p for p in paginas(site) if p.startswith(f"{sector}/{taal}/")]
    andere = tuple(f"{sector}/{t}/" for t in TALEN[1:])
    landing = [p for p in paginas(site) if not p.startswith(("po/", "vo/"))]
    return (landing if sector == "po" else []) + [f"{sector}/404.html"] + [
        p for p in paginas(site) if p.startswith(f"{sector}/") and not p.startswith(andere)]


def test_the_parts_cover_every_page_once(echte_site):
    delen = [p for sector in ("po", "vo") for taal in TALEN for p in deel(echte_site, sector, taal)]
    assert sorted(delen) == sorted(paginas(echte_site) + ["po/404.html", "vo/404.html"])
    assert len(delen) > 1000


# Chromium's own screen emulation (DevTools protocol): a desktop window, and the phone it becomes.
ALS_DESKTOP = [("Emulation.setDeviceMetricsOverride", {**DESKTOP["viewport"], "deviceScaleFactor": 1, "mobile": False}),
               ("Emulation.setTouchEmulationEnabled", {"enabled": False}),
               ("Emulation.setEmitTouchEventsForMouse", {"enabled": False})]
ALS_TELEFOON = [("Emulation.setDeviceMetricsOverride", {**TELEFOON["viewport"],
                 "deviceScaleFactor": TELEFOON["device_scale_factor"], "mobile": True}),
                ("Emulation.setTouchEmulationEnabled", {"enabled": True, "maxTouchPoints": 1}),
                ("Emulation.setEmitTouchEventsForMouse", {"enabled": True, "configuration": "mobile"})]
# After the switch: two frames for the scripts that watch the screen, then every transition the new
# width started (the search and the menu slide away) at its end, as a phone that loaded the page shows it.
NA_DE_OMBOUW = """new Promise(klaar => requestAnimationFrame(() => requestAnimationFrame(klaar))).then(() =>
  document.getAnimations().filter(a => a instanceof CSSTransition).forEach(a => a.finish()))"""
SCHERM = "[innerWidth, devicePixelRatio, matchMedia('(pointer: coarse)').matches, matchMedia('(hover: none)').matches]"


def controleer(page, pad: str, maat: str, breedte: int) -> list[str]:
    """What axe and the layout checks find on the page as it is now, at one width."""
    problemen = [f"{pad} ({maat}): axe {v}" for v in page.evaluate(AXE_RUN)]
    breed = page.evaluate("document.documentElement.scrollWidth")
    if breed > breedte:
        problemen.append(f"{pad} ({maat}): {breed}px wide")
    if maat == "telefoon":
        problemen += [f"{pad}: tap target {e}" for e in page.evaluate(KLEINE_DOELEN)]
    if "/kinderen/" in pad or "/jongeren/" in pad:
        kleinste = page.evaluate(KLEINSTE_LEERLINGTEKST)
        if kleinste < 18:
            problemen.append(f"{pad} ({maat}): pupil text {kleinste}px")
    return problemen


@pytest.mark.parametrize("taal", TALEN)
@pytest.mark.parametrize("sector", ["po", "vo"])
def test_every_page(echte_site, basis, axe_url, browser, sector, taal):
    """Each page is loaded in a desktop window and checked; then the same page becomes a phone
    (Chromium's screen emulation, as DevTools' device toolbar switches it: width, pixel ratio, touch,
    and with them the media queries for pointer and hover) and is checked again. One load and one
    start of axe for both widths: 13 % less time than a second browser context for the phone (60 pages).
    Freshly loaded phone pages are checked by type in test_page_types_keep_their_place_while_loading
    and test_keyboard.py."""
    context = bewaakte_context(browser, basis, DESKTOP, toegestaan=axe_url)
    page = context.new_page()
    scherm = context.new_cdp_session(page)
    problemen: list[str] = []
    alle = deel(echte_site, sector, taal)
    assert len(alle) > 100
    try:
        for pad in alle:
            for opdracht, waarden in ALS_DESKTOP:
                scherm.send(opdracht, waarden)
            # "load", not "networkidle" (500 ms per page): the guard stays on for the whole run,
            # so a late request of one page is still caught while the next one loads.
            antwoord = page.goto(basis + pad, wait_until="load")
            assert antwoord.status == 200, pad
            assert page.evaluate(SCHERM) == [DESKTOP["viewport"]["width"], 1, False, False], pad
            page.add_script_tag(url=axe_url)
            problemen += controleer(page, pad, "desktop", DESKTOP["viewport"]["width"])
            for opdracht, waarden in ALS_TELEFOON:
                scherm.send(opdracht, waarden)
            page.evaluate(NA_DE_OMBOUW)
            assert page.evaluate(SCHERM) == [TELEFOON["viewport"]["width"], 2, True, True], pad
            problemen += controleer(page, pad, "telefoon", TELEFOON["viewport"]["width"])
        page.wait_for_load_state("networkidle")
        assert context.vreemd == []
        assert context.cookies() == []
        assert problemen == []
    finally:
        context.close()  # also when a check fails: an open context kept its pages busy for the whole run


def test_guard_and_axe_catch_a_bad_page(tmp_path, browser):
    # Negative control: a page with an image without alt text and a font from another host.
    (tmp_path / "index.html").write_text(
        "<!doctype html><html lang=nl><head><title>x</title>"
        "<link rel=stylesheet href='https://fonts.googleapis.com/css?family=Roboto'></head>"
        "<body><main><img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='></main></body></html>",
        encoding="utf-8")
    server = serveer(tmp_path)
    basis = f"http://127.0.0.1:{server.server_port}/"
    context = bewaakte_context(browser, basis, TELEFOON)
    page = context.new_page()
    page.goto(basis, wait_until="networkidle")
    page.add_script_tag(path=str(AXE))
    assert any(v.startswith("image-alt") for v in page.evaluate(AXE_RUN))
    assert set(context.vreemd) == {"https://fonts.googleapis.com/css?family=Roboto"}
    context.close()
    server.shutdown()


# One page of every type, for people to look at: written to .screenshots/ (git-ignored).
PAGINATYPES = {
    "landing": "",
    "sector-home": "po/",
    "ouders-home": "po/ouders/",
    "kinderen-home": "po/kinderen/",
    "jongeren-home": "vo/jongeren/",
    "onderwerp-ouders": "vo/ouders/lwoo-en-praktijkonderwijs/",
    "onderwerp-ojs-kinderen": "po/kinderen/wat-doet-het-ojs/",
    "vraag-ouders": "po/ouders/vragen/wat-is-een-tlv/",
    "vraag-jongeren": "vo/jongeren/vragen/wat-is-praktijkonderwijs/",
    "verwijzing-ouders": "po/ouders/waar-kun-je-terecht/",
    "verwijzing-jongeren": "vo/jongeren/waar-kun-je-terecht/",
    "contact-ouders": "po/ouders/contact/",
    "contact-jongeren": "vo/jongeren/contact/",
    "doorklik-start-kinderen": "po/kinderen/doorklik/",
    "doorklik-vraag-kinderen": "po/kinderen/doorklik/wat-is-moeilijk/",
    "doorklik-uitkomst-kinderen": "po/kinderen/doorklik/pesten/",
    "doorklik-start-ouders": "vo/ouders/doorklik/",
    "doorklik-vraag-ouders": "vo/ouders/doorklik/welke-hulp/",
    "doorklik-uitkomst-ouders": "vo/ouders/doorklik/tlv-bezwaar/",
    "doorklik-uitkomst-jongeren": "vo/jongeren/doorklik/thuis-niet-goed/",
    "voor-scholen": "po/voor-scholen/",
    "poster-kinderen": "po/voor-scholen/poster-kinderen/",
    "flyer-ar": "vo/ar/voor-scholen/flyer/",
    "privacy": "po/privacy/",
    "toegankelijkheid": "vo/toegankelijkheid/",
    "404": "po/404.html",
}


# Every layout shift while a page loads (a PerformanceObserver from before the first paint), with what
# moved: element, class, box before and after, so a failure says where to look.
VERSCHUIVINGEN = """window.wwVerschuivingen = [];
const wwVak = r => [r.x, r.y, r.width, r.height].map(Math.round).join(',');
new PerformanceObserver(lijst => { for (const e of lijst.getEntries()) window.wwVerschuivingen.push(
  [e.value, Math.round(e.startTime) + ' ms: ' + e.sources.map(s => (s.node ? s.node.nodeName + '.' +
    ((s.node.getAttribute && s.node.getAttribute('class')) || '') : '?') + ' ' + wwVak(s.previousRect) + ' > ' + wwVak(s.currentRect)).join('; ')]); })
  .observe({type: 'layout-shift', buffered: true});"""


def in_het_arabisch(pad: str) -> str:
    """The Arabic version of a page of PAGINATYPES (a sector has one 404 page, in every language)."""
    if pad.endswith(".html") or "/ar/" in pad:
        return pad
    return pad[:3] + "ar/" + pad[3:] if pad[:3] in ("po/", "vo/") else "ar/" + pad


@pytest.mark.parametrize("taal", ["nl", "ar"])
def test_page_types_keep_their_place_while_loading(basis, browser, taal):
    """Before its JavaScript runs, a page already fits the phone, and it does not shift when the
    script has run (the language list once stuck out of the screen until the search button came:
    the whole Arabic page moved, a layout shift of 0.1, and Lighthouse's score fell under 95)."""
    paden = [in_het_arabisch(p) if taal == "ar" else p for p in PAGINATYPES.values()]
    zonder_js = bewaakte_context(browser, basis, {**TELEFOON, "java_script_enabled": False})
    met_js = bewaakte_context(browser, basis, TELEFOON)
    met_js.add_init_script(VERSCHUIVINGEN)
    pagina_zonder, pagina_met = zonder_js.new_page(), met_js.new_page()
    te_breed, verschoven = [], []
    for pad in paden:
        pagina_zonder.goto(basis + pad, wait_until="load")
        breedte = pagina_zonder.evaluate("document.documentElement.scrollWidth")
        if breedte > TELEFOON["viewport"]["width"]:
            te_breed.append(f"{pad}: {breedte}px")
        pagina_met.goto(basis + pad, wait_until="networkidle")
        schuif = pagina_met.evaluate("wwVerschuivingen")
        if sum(waarde for waarde, _ in schuif) >= 0.01:
            verschoven.append(f"{pad}: {schuif}")
    assert (te_breed, verschoven) == ([], [])
    assert zonder_js.vreemd == met_js.vreemd == []
    zonder_js.close()
    met_js.close()


@pytest.mark.parametrize("maat", ["telefoon", "desktop"])
def test_screenshots_of_every_page_type(basis, browser, maat):
    uit = ROOT / ".screenshots"
    uit.mkdir(exist_ok=True)
    context = bewaakte_context(browser, basis, TELEFOON if maat == "telefoon" else DESKTOP)
    page = context.new_page()
    for naam, pad in PAGINATYPES.items():
        page.goto(basis + pad, wait_until="networkidle")
        bestand = uit / f"{naam}.{maat}.png"
        page.screenshot(path=str(bestand), full_page=True)
        assert bestand.stat().st_size > 10_000, naam
    if maat == "telefoon":  # the open menu and the open search, as a phone shows them
        page.goto(basis + "po/kinderen/")
        page.locator("label.md-header__button[for=__drawer]").click()
        page.wait_for_timeout(400)
        page.screenshot(path=str(uit / "menu-open.telefoon.png"))
        page.add_init_script(ZOEKANTWOORD)
        page.goto(basis + "po/ouders/")
        page.locator("label.md-header__button[for=__search]").click()
        page.keyboard.type("zorgplicht")
        zoekantwoord_op(page, "zorgplicht")
        page.wait_for_function("document.getAnimations().length === 0")  # the search slides open
        page.screenshot(path=str(uit / "zoeken-open.telefoon.png"))
    assert context.vreemd == []
    context.close()
