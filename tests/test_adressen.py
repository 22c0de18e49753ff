"""Published addresses never break: the committed list, the Dutch error when an address
disappears, redirects from former ids and short links (wegwijzer/checks/adressen.py)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wegwijzer.build.staging import adressen, genereer
from wegwijzer.content.errors import ContentFouten
from wegwijzer.checks.adressen import LIJST, bewaak, lees_lijst, tekst_lijst
from wegwijzer.content.loader import laad_alles
from wegwijzer.content.talen import talen_van
from wegwijzer.pages.urls import adres

from browser import serveer
from conftest import ROOT, bewaakte_context, doorverwijzing
from test_build import bouw

TALEN = ["nl", "en", "ar", "tr", "pl", "uk"]
FAQ = "po/faq/tlv.yml"


def gebouwd(site: Path, sector: str = "po") -> set[str]:
    """Every page of a built sector (redirect pages excepted) and every PDF, as the list writes them."""
    return ({f"/{sector}/" + ("" if p.parent == site else p.parent.relative_to(site).as_posix() + "/")
             for p in site.rglob("index.html") if not doorverwijzing(p)}
            | {f"/{sector}/" + p.relative_to(site).as_posix() for p in site.rglob("*.pdf")})


def regels(content: Path) -> list[str]:
    return (content / "po" / LIJST).read_text(encoding="utf-8").splitlines()


def vervang(content: Path, pad: str, oud: str, nieuw: str) -> None:
    bestand = content / pad
    tekst = bestand.read_text(encoding="utf-8")
    assert oud in tekst
    bestand.write_text(tekst.replace(oud, nieuw), encoding="utf-8")


@pytest.mark.parametrize("md, verwacht", [
    ("index.md", ""), ("index.ar.md", "ar/"), ("ouders/index.en.md", "en/ouders/"),
    ("ouders/vragen/x.md", "ouders/vragen/x/"), ("ouders/vragen/x.uk.md", "uk/ouders/vragen/x/"),
    ("privacy.md", "privacy/"), ("ouders/vragen/x.nl.md", "ouders/vragen/x.nl/"),
])
def test_address_of_a_page_is_the_one_mkdocs_static_i18n_builds(md, verwacht):
    assert adres(md, TALEN) == verwacht


def test_first_build_writes_the_list_of_every_published_address(tmp_path, content, capsys):
    code, uitvoer = bouw(tmp_path, content, capsys)
    assert code == 0, uitvoer
    assert "Nieuwe adressen staan nu in content/po/adressen.txt. Commit dat bestand mee." in uitvoer
    lijst = [r for r in regels(content) if not r.startswith("#")]
    assert lijst == sorted(lijst)
    # Every built page of every language and audience, the doorklik included, and nothing else but
    # the address of the doorklik's first question by its id, which leads to the doorklik's start.
    start = {f"/po/{t}ouders/doorklik/waar-gaat-het-over/" for t in ("", "en/", "ar/", "tr/", "pl/", "uk/")}
    assert set(lijst) == gebouwd(tmp_path / "site" / "po") | start
    for pad in ["/po/", "/po/ouders/vragen/wie-beslist/", "/po/ar/kinderen/vragen/wat-is-een-tlv/",
                "/po/uk/ouders/doorklik/", "/po/en/privacy/", "/po/voor-scholen/", "/po/tr/voor-scholen/flyer.pdf"]:
        assert pad in lijst, pad
    # A second build has nothing to add.
    code, uitvoer = bouw(tmp_path, content, capsys)
    assert code == 0 and "Nieuwe adressen" not in uitvoer


def test_removed_item_fails_the_build_with_a_dutch_message_and_leaves_the_site(tmp_path, content, capsys):
    assert bouw(tmp_path, content, capsys)[0] == 0
    voor = {p: p.read_bytes() for p in (tmp_path / "site").rglob("*") if p.is_file()}
    # Take 'wie-beslist' out (and the two references to it).
    tekst = (content / FAQ).read_text(encoding="utf-8")
    (content / FAQ).write_text(tekst[:tekst.index("  - id: wie-beslist")].replace("zie_ook: [wie-beslist]", ""),
                               encoding="utf-8")
    vervang(content, "po/doorklik/ouders.yml", "vragen: [wie-beslist]", "vragen: [wat-is-een-tlv]")
    code, uitvoer = bouw(tmp_path, content, capsys)
    assert code == 1
    lijst = regels(content)
    nummer = lijst.index("/po/ouders/vragen/wie-beslist/") + 1
    assert (f"content/po/adressen.txt:{nummer}: het adres /po/ouders/vragen/wie-beslist/ bestaat niet meer, maar "
            "scholen en ouders kunnen ernaar linken. Heb je de id 'wie-beslist' veranderd? Zet hem dan onder "
            "'vorige_ids' van het item (zoals vorige_ids: [wie-beslist]); dan stuurt de site bezoekers door. Heb "
            "je het item weggehaald? Zet de id dan onder 'vorige_ids' van het item dat ervoor in de plaats komt, "
            "of zet het item terug.") in uitvoer.splitlines()
    # The address in every language, each with its own line, all at once.
    assert uitvoer.count("bestaat niet meer") == len(TALEN)
    assert "6 fouten in de inhoud. Er is niets gebouwd; de vorige site is niet veranderd." in uitvoer
    assert "Traceback" not in uitvoer
    assert {p: p.read_bytes() for p in (tmp_path / "site").rglob("*") if p.is_file()} == voor
    assert regels(content) == lijst  # the list is not touched either


def test_former_id_sends_every_old_address_to_the_new_page(tmp_path, content, capsys, browser):
    assert bouw(tmp_path, content, capsys)[0] == 0
    vervang(content, FAQ, "  - id: wat-is-een-tlv\n",
            "  - id: wat-is-een-toelaatbaarheidsverklaring\n    vorige_ids: [wat-is-een-tlv]\n")
    vervang(content, "po/doorklik/ouders.yml", "vragen: [wat-is-een-tlv]",
            "vragen: [wat-is-een-toelaatbaarheidsverklaring]")
    code, uitvoer = bouw(tmp_path, content, capsys)
    assert code == 0, uitvoer
    site = tmp_path / "site"
    oud = site / "po/ar/kinderen/vragen/wat-is-een-tlv/index.html"
    pagina = oud.read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in pagina
    assert '<meta http-equiv="refresh" content="0; url=../wat-is-een-toelaatbaarheidsverklaring/">' in pagina
    assert ('<link rel="canonical" href="https://test.example.nl/po/ar/kinderen/vragen/'
            'wat-is-een-toelaatbaarheidsverklaring/">') in pagina
    # The old addresses stay in the list, the new ones are added.
    assert {"/po/ouders/vragen/wat-is-een-tlv/", "/po/ouders/vragen/wat-is-een-toelaatbaarheidsverklaring/"} <= set(
        regels(content))
    server = serveer(site)
    basis = f"http://127.0.0.1:{server.server_port}/"
    context = bewaakte_context(browser, basis, {})
    page = context.new_page()
    try:
        for taal in ["", "en/", "ar/"]:
            for map_ in ["ouders", "kinderen"]:
                page.goto(f"{basis}po/{taal}{map_}/vragen/wat-is-een-tlv/")
                page.wait_for_url(f"{basis}po/{taal}{map_}/vragen/wat-is-een-toelaatbaarheidsverklaring/")
                assert page.locator("h1").inner_text().replace("\u00ad", "") != ""
        assert context.vreemd == []
    finally:
        context.close()
        server.shutdown()


def test_short_link_leads_to_the_topic_for_parents(tmp_path, content, capsys, browser):
    vervang(content, "po/onderwerpen.yml", "  - id: tlv\n", "  - id: tlv\n    korte_link: toelating\n")
    code, uitvoer = bouw(tmp_path, content, capsys)
    assert code == 0, uitvoer
    assert "/po/toelating/" in regels(content)
    server = serveer(tmp_path / "site")
    basis = f"http://127.0.0.1:{server.server_port}/"
    context = bewaakte_context(browser, basis, {})
    page = context.new_page()
    try:
        page.goto(basis + "po/toelating/")
        page.wait_for_url(basis + "po/ouders/tlv/")
        assert page.evaluate("document.documentElement.lang") == "nl"
    finally:
        context.close()
        server.shutdown()


@pytest.mark.parametrize("regel, verwacht", [
    ("    korte_link: ouders\n", "content/po/onderwerpen.yml:3: 'ouders' is al het adres van een andere pagina "
                                  "of map (/po/ouders/). Kies een andere naam."),
    ("    korte_link: assets\n", "content/po/onderwerpen.yml:3: 'assets' is al het adres van een andere pagina "
                                  "of map (/po/assets/). Kies een andere naam."),
    ("    vorige_ids: [ojs]\n", "content/po/onderwerpen.yml:3: 'ojs' is al het adres van een andere pagina "
                                 "of map (/po/ouders/ojs/). Kies een andere naam."),
])
def test_short_link_or_former_id_that_is_taken_is_refused(tmp_path, content, capsys, regel, verwacht):
    vervang(content, "po/onderwerpen.yml", "  - id: tlv\n", "  - id: tlv\n" + regel)
    code, uitvoer = bouw(tmp_path, content, capsys)
    assert code == 1
    assert verwacht in uitvoer.splitlines(), uitvoer


def test_one_old_address_cannot_lead_to_two_pages(tmp_path, content, capsys):
    vervang(content, FAQ, "  - id: wat-is-een-tlv\n", "  - id: wat-is-een-tlv\n    vorige_ids: [oud]\n")
    vervang(content, FAQ, "  - id: wie-beslist\n", "  - id: wie-beslist\n    vorige_ids: [oud]\n")
    code, uitvoer = bouw(tmp_path, content, capsys)
    assert code == 1
    assert ("content/po/faq/tlv.yml:17: 'oud' staat ook bij een ander item (content/po/faq/tlv.yml:4). "
            "Een oud adres kan maar naar één pagina doorsturen.") in uitvoer.splitlines(), uitvoer


@pytest.mark.parametrize("sector", ["po", "vo"])
def test_committed_address_list_is_up_to_date(sector):
    # Fails when a change added pages but content/<sector>/adressen.txt was not rebuilt and committed:
    # run `make site` and commit the file.
    sectoren = laad_alles(ROOT / "content")
    talen = talen_van(ROOT, sector)
    pad = ROOT / "content" / sector / LIJST
    b = bewaak(sectoren[sector], adressen(sectoren[sector], talen, ROOT / "docs"), talen, lees_lijst(pad),
               f"content/{sector}/{LIJST}")
    assert b.fouten == []
    assert pad.read_text(encoding="utf-8") == tekst_lijst(sector, b.lijst)


def test_real_sites_list_every_built_page_and_their_short_links(echte_site):
    for sector in ["po", "vo"]:
        lijst = set(lees_lijst(ROOT / "content" / sector / LIJST)[2:])
        assert gebouwd(echte_site / sector, sector) <= lijst
        assert f"/{sector}/tlv/" in lijst
        assert (echte_site / sector / "tlv" / "index.html").is_file()


def test_mkdocs_alone_builds_the_same_sector_site_as_make_site(tmp_path, content, capsys):
    """The redirects and the PDFs belong to a sector's site, so the hooks make them: `mkdocs build -f
    mkdocs.po.yml` (as `make serve` runs it) gives byte for byte the site that `make site` puts in site/po/."""
    vervang(content, FAQ, "  - id: wat-is-een-tlv\n", "  - id: wat-is-een-tlv\n    vorige_ids: [oud]\n")
    code, uitvoer = bouw(tmp_path, content, capsys)
    assert code == 0, uitvoer
    env = dict(os.environ, WEGWIJZER_CONTENT=str(content), WEGWIJZER_STAGING=str(tmp_path / "staging-mkdocs"),
               NO_MKDOCS_2_WARNING="1")
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(ROOT / "mkdocs.po.yml"),
                    "-d", str(tmp_path / "mkdocs")], cwd=ROOT, env=env, check=True)

    def bestanden(map_: Path) -> dict[str, bytes]:
        return {p.relative_to(map_).as_posix(): p.read_bytes() for p in sorted(map_.rglob("*")) if p.is_file()}

    make_site, mkdocs_alleen = bestanden(tmp_path / "site" / "po"), bestanden(tmp_path / "mkdocs")
    assert {"ouders/vragen/oud/index.html", "en/ouders/vragen/oud/index.html",
            "voor-scholen/flyer.pdf", "en/voor-scholen/flyer.pdf"} <= set(mkdocs_alleen)
    assert sorted(mkdocs_alleen) == sorted(make_site)
    assert [p for p in make_site if make_site[p] != mkdocs_alleen[p]] == []


def test_the_dutch_only_preview_checks_no_address_of_the_languages_it_does_not_render(tmp_path):
    """`make serve` renders Dutch only: the committed list's /po/en/... addresses are not missing then,
    and the Dutch redirects are still made. Rendering Dutch alone as if it were the whole site fails."""
    alle = talen_van(ROOT, "po")
    resultaat = genereer(ROOT / "content" / "po", tmp_path / "preview", docs=ROOT / "docs", talen=["nl"], alle_talen=alle)
    assert resultaat.bewaking.doorverwijzingen["tlv/"] == "ouders/tlv-en-speciaal-onderwijs/"
    assert not any(van.startswith("en/") for van in resultaat.bewaking.doorverwijzingen)
    with pytest.raises(ContentFouten) as fouten:
        genereer(ROOT / "content" / "po", tmp_path / "alleen-nl", docs=ROOT / "docs", talen=["nl"])
    assert str(fouten.value.fouten[0]).startswith("content/po/adressen.txt:")
    assert "/po/en/" in str(fouten.value)
