"""Shared fixtures: a small valid content tree to copy and break, and helpers."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from wegwijzer.content.errors import ContentFouten
from wegwijzer.content.loader import laad_sector

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = Path(__file__).parent / "fixtures" / "content"


@pytest.fixture
def content(tmp_path) -> Path:
    """A copy of the fixture content (content/po/...) in tmp_path; returns tmp_path/content."""
    doel = tmp_path / "content"
    shutil.copytree(FIXTURE, doel)
    return doel


def fouten(map_: Path) -> list[str]:
    """The editor-facing error lines for a sector folder (fails if it loads cleanly)."""
    with pytest.raises(ContentFouten) as info:
        laad_sector(map_)
    return [str(f) for f in info.value.fouten]


def schrijf(pad: Path, tekst: str) -> None:
    pad.parent.mkdir(parents=True, exist_ok=True)
    pad.write_text(tekst, encoding="utf-8")


def vervang(pad: Path, oud: str, nieuw: str) -> None:
    """Replace the first ``oud`` in a content file by ``nieuw`` (fails when it is not there)."""
    tekst = pad.read_text(encoding="utf-8")
    assert oud in tekst, (pad, oud)
    schrijf(pad, tekst.replace(oud, nieuw, 1))


TALEN = ["nl", "en", "ar", "tr", "pl", "uk"]  # every language of the real sites, Dutch first


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium, one per test module (with ``basis``: the real sites on 127.0.0.1)."""
    from playwright.sync_api import sync_playwright

    from browser import CHROMIUM, CHROMIUM_ARGS
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def basis(echte_site):
    from browser import serveer
    server = serveer(echte_site)
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()


def doorverwijzing(pagina) -> bool:
    """A page at an old address that sends the visitor on (wegwijzer/pages/redirect.py): it is
    gone before axe could look at it; test_adressen.py follows every one of them."""
    return 'http-equiv="refresh"' in pagina.read_text(encoding="utf-8")


def bewaakte_context(browser, basis: str, opties: dict, toegestaan: str = "-"):
    """A browser context that records every request to another host (the test's own ``toegestaan``
    URL, axe-core, excepted).

    Chromium's --host-resolver-rules (browser.py) make such a request fail before anything leaves
    the machine, so recording it from the request event is enough. Intercepting every request
    instead (context.route) cost about a quarter more CPU per page, measured over 40 pages."""
    context = browser.new_context(**opties)
    context.vreemd = []

    def bekijk(request):
        url = request.url
        if not url.startswith((basis, toegestaan, "data:", "blob:")):
            context.vreemd.append(url)

    context.on("request", bekijk)
    return context


# An init script for a browser page: keeps the search words of the newest answer of the search
# worker (Material's worker protocol: message type 3 is a result; every hit carries the words of
# the query it answers). Material asks once per keystroke ("z", "zo", ... "zorgplicht") and
# empties and refills the result list for every answer.
ZOEKANTWOORD = """
(() => {
  const Echt = window.Worker;
  window.Worker = function (...args) {
    const werker = new Echt(...args);
    werker.addEventListener("message", (e) => {
      const hit = e.data && e.data.type === 3 && e.data.data.items.flat()[0];
      if (hit) window.wwZoekwoorden = Object.keys(hit.terms);
    });
    return werker;
  };
})();
"""


def zoekantwoord_op(pagina, woord: str) -> None:
    """Wait until the result list shows the answer to ``woord`` (a page with ZOEKANTWOORD)."""
    pagina.wait_for_function("woord => String(window.wwZoekwoorden) === woord", arg=woord)


@pytest.fixture(scope="session")
def echte_site(tmp_path_factory) -> Path:
    """The real content/ built once per test run (strict), for every xdist worker together: the first
    worker builds it under a lock, the others wait and read the same folder (no test writes to it).
    Returns the site folder."""
    import fcntl
    import os

    from wegwijzer import cli
    gedeeld = tmp_path_factory.getbasetemp()
    if "PYTEST_XDIST_WORKER" in os.environ:
        gedeeld = gedeeld.parent  # popen-gw0, popen-gw1, ... lie in the folder of this run
    with open(gedeeld / "echt.lock", "w") as slot:
        fcntl.flock(slot, fcntl.LOCK_EX)
        tmp = gedeeld / "echt"
        if not (tmp / "klaar").exists():
            code = cli.main(["build", "--content", str(ROOT / "content"), "--site", str(tmp / "site"),
                             "--staging", str(tmp / "staging"), "--keep-address-list"])
            assert code == 0, "the real content does not build"
            (tmp / "klaar").touch()
    return tmp / "site"


# The longest tests first (linkchecker and vnu over the whole site take minutes each; every page in
# Chromium a minute per part): the two workers then end together instead of one waiting on a long
# test that happened to start last.
LANG = ("test_html_and_links.py::test_linkchecker_finds", "test_html_and_links.py::test_vnu_finds",
        "test_browser.py::test_every_page[")


def pytest_collection_modifyitems(items):
    def plek(item) -> int:
        return next((i for i, naam in enumerate(LANG) if naam in item.nodeid), len(LANG))
    items.sort(key=plek)  # stable: otherwise as collected
