"""Every built page in headless Chromium at phone width: nothing from other hosts, no cookies,
no sideways scrolling, and pupil text of at least 18 px. Fails (never skips) without Chromium."""
from __future__ import annotations

import pytest
from playwright.sync_api import sync_playwright

from browser import CHROMIUM, CHROMIUM_ARGS, TELEFOON, serveer


@pytest.fixture(scope="module")
def basis(echte_site):
    server = serveer(echte_site)
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


def paginas(site) -> list[str]:
    return sorted(p.parent.relative_to(site).as_posix() + "/" if p.parent != site else ""
                  for p in site.rglob("index.html"))


def test_every_page_at_phone_width(echte_site, basis, browser):
    context = browser.new_context(**TELEFOON)
    vreemd: list[str] = []

    def bewaker(route):
        url = route.request.url
        if url.startswith(basis) or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            vreemd.append(url)
            route.abort()

    context.route("**/*", bewaker)
    page = context.new_page()
    problemen = []
    alle = paginas(echte_site)
    assert len(alle) > 100
    for pad in alle:
        antwoord = page.goto(basis + pad, wait_until="networkidle")
        assert antwoord.status == 200, pad
        breedte = page.evaluate("document.documentElement.scrollWidth")
        if breedte > 390:
            problemen.append(f"{pad}: {breedte}px wide")
        if "/kinderen/" in pad or "/jongeren/" in pad:
            kleinste = page.evaluate(
                "Math.min(...[...document.querySelectorAll('.ww-leerlingen p, .ww-leerlingen li')]"
                ".map(e => parseFloat(getComputedStyle(e).fontSize)))")
            if kleinste < 18:
                problemen.append(f"{pad}: pupil text {kleinste}px")
    assert vreemd == []
    assert context.cookies() == []
    assert problemen == []
    context.close()
