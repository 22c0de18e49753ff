"""Build fixture sites with MkDocs into tmp_path: strict, no warnings, atomic."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from wegwijzer import cli

from conftest import ROOT, schrijf


def bouw(tmp_path, content, capsys) -> tuple[int, str]:
    code = cli.main(["build", "--content", str(content), "--site", str(tmp_path / "site"),
                     "--staging", str(tmp_path / "staging")])
    uit = capsys.readouterr()
    return code, uit.out + uit.err


def html(site, pad: str) -> str:
    # Without the soft hyphens that headings get (wegwijzer/build/postprocess.py).
    return (site / pad / "index.html").read_text(encoding="utf-8").replace("\u00ad", "")


def test_fixture_site_builds_without_warnings(tmp_path, content, capsys):
    code, uitvoer = bouw(tmp_path, content, capsys)
    assert code == 0, uitvoer
    assert "WARNING" not in uitvoer
    site = tmp_path / "site"
    assert (site / "index.html").is_file()  # landing page
    for pad in ["po", "po/ouders", "po/kinderen", "po/ouders/tlv", "po/kinderen/tlv",
                "po/ouders/vragen/wat-is-een-tlv", "po/ouders/vragen/wie-beslist",
                "po/kinderen/vragen/wat-is-een-tlv", "po/ouders/waar-kun-je-terecht",
                "po/kinderen/waar-kun-je-terecht", "po/ouders/contact", "po/kinderen/contact",
                "po/ouders/ojs", "po/kinderen/ojs"]:
        assert (site / pad / "index.html").is_file(), pad
    # An item without a pupil text has no pupil page.
    assert not (site / "po/kinderen/vragen/wie-beslist").exists()
    # No source maps, and no script or stylesheet that points to one.
    assert list(site.rglob("*.map")) == []
    bestanden = [p for p in (site / "po" / "assets").rglob("*") if p.suffix in (".js", ".css")]
    assert len(bestanden) > 5
    assert [p for p in bestanden if "sourceMappingURL" in p.read_text(encoding="utf-8")] == []


def test_parent_and_pupil_versions_link_to_each_other(tmp_path, content, capsys):
    assert bouw(tmp_path, content, capsys)[0] == 0
    site = tmp_path / "site"
    ouders = html(site, "po/ouders/vragen/wat-is-een-tlv")
    kind = html(site, "po/kinderen/vragen/wat-is-een-tlv")
    assert 'href="../../../kinderen/vragen/wat-is-een-tlv/"' in ouders
    assert 'href="../../../ouders/vragen/wat-is-een-tlv/"' in kind
    # No pupil version: no link to one.
    assert "ww-andere-versie" not in html(site, "po/ouders/vragen/wie-beslist")


def test_contact_block_and_page_show_channels_hours_and_response_time(tmp_path, content, capsys):
    assert bouw(tmp_path, content, capsys)[0] == 0
    site = tmp_path / "site"
    contact = html(site, "po/ouders/contact")
    for stuk in ['href="tel:+31301234567"', 'href="mailto:test@example.nl"',
                 'href="https://wa.me/31612345678"', "Maandag: 9.00 tot 12.00 uur",
                 "Binnen 2 werkdagen.", "We bellen u terug."]:
        assert stuk in contact, stuk
    kind = html(site, "po/kinderen/vragen/wat-is-een-tlv")
    assert "Testvraagbaak" in kind and "Binnen 2 dagen." in kind
    # Pupils see WhatsApp first, parents the phone.
    assert kind.index("wa.me") < kind.index("tel:")
    ouders = html(site, "po/ouders/vragen/wat-is-een-tlv")
    assert ouders.index("tel:") < ouders.index("wa.me")


def test_item_url_comes_from_id_not_title(tmp_path, content, capsys):
    pad = content / "po" / "faq" / "tlv.yml"
    schrijf(pad, pad.read_text().replace("vraag: Wat is een TLV?", "vraag: Wat betekent TLV eigenlijk?", 1))
    assert bouw(tmp_path, content, capsys)[0] == 0
    pagina = html(tmp_path / "site", "po/ouders/vragen/wat-is-een-tlv")
    assert "Wat betekent TLV eigenlijk?" in pagina


def test_referral_page_lists_partners_in_order_with_anchors(tmp_path, content, capsys):
    assert bouw(tmp_path, content, capsys)[0] == 0
    pagina = html(tmp_path / "site", "po/ouders/waar-kun-je-terecht")
    assert pagina.index('href="#school"') < pagina.index('href="#swv"')
    assert 'id="school"' in pagina and 'id="swv"' in pagina
    kind = html(tmp_path / "site", "po/kinderen/waar-kun-je-terecht")
    assert "Je juf" in kind and 'id="swv"' not in kind  # the SWV has no pupil text


def test_failed_content_check_leaves_site_untouched(tmp_path, content, capsys):
    assert bouw(tmp_path, content, capsys)[0] == 0
    voor = {p: p.read_bytes() for p in (tmp_path / "site").rglob("*") if p.is_file()}
    schrijf(content / "po" / "faq" / "tlv.yml", "onderwerp: tlv\nvragen:\n\t- id: x\n")
    code, uitvoer = bouw(tmp_path, content, capsys)
    assert code == 1
    assert "content/po/faq/tlv.yml:3: deze regel springt in met een tab." in uitvoer
    assert "Traceback" not in uitvoer
    na = {p: p.read_bytes() for p in (tmp_path / "site").rglob("*") if p.is_file()}
    assert na == voor


def test_mkdocs_warning_fails_build_and_leaves_site_untouched(tmp_path, content, capsys):
    assert bouw(tmp_path, content, capsys)[0] == 0
    voor = {p: p.read_bytes() for p in (tmp_path / "site").rglob("*") if p.is_file()}
    pad = content / "po" / "faq" / "tlv.yml"
    schrijf(pad, pad.read_text().replace("Een TLV is een besluit.", "Zie [dit](nergens.md)."))
    code, uitvoer = bouw(tmp_path, content, capsys)
    assert code == 1
    assert "nergens.md" in uitvoer
    assert "De build is mislukt (zie hierboven). De vorige site is niet veranderd." in uitvoer
    assert {p: p.read_bytes() for p in (tmp_path / "site").rglob("*") if p.is_file()} == voor
    assert not (tmp_path / ".site.nieuw").exists()


def test_mkdocs_itself_reports_content_errors_in_dutch_without_traceback(tmp_path, content):
    # Editors who run `mkdocs build` or `make serve` directly get the same messages.
    schrijf(content / "po" / "faq" / "tlv.yml", "onderwerp: tlv\nvragen: []\n")
    env = dict(os.environ, WEGWIJZER_CONTENT=str(content), WEGWIJZER_STAGING=str(tmp_path / "staging"),
               NO_MKDOCS_2_WARNING="1")
    uit = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(ROOT / "mkdocs.po.yml"),
                          "-d", str(tmp_path / "site")], env=env, capture_output=True, text=True, cwd=ROOT)
    assert uit.returncode == 1
    assert "content/po/faq/tlv.yml:2: 'vragen' is een lege lijst. Zet er minstens één in." in uit.stderr
    assert "Traceback" not in uit.stderr


def test_staging_rewrites_only_changed_files_and_removes_stale_ones(tmp_path):
    from wegwijzer.build.staging import schrijf as schrijf_staging
    staging = tmp_path / "staging"
    assert schrijf_staging(staging, {"a.md": b"a", "b/c.md": b"c"}) == 2
    assert schrijf_staging(staging, {"a.md": b"a", "b/c.md": b"c"}) == 0
    assert schrijf_staging(staging, {"a.md": b"A"}) == 1
    assert sorted(p.relative_to(staging).as_posix() for p in staging.rglob("*")) == ["a.md"]


@pytest.mark.parametrize("sector", ["po", "vo"])
def test_real_content_has_15_items_per_audience(echte_site, sector):
    leerlingen = "kinderen" if sector == "po" else "jongeren"
    for doelgroep in ("ouders", leerlingen):
        assert len(list((echte_site / sector / doelgroep / "vragen").iterdir())) >= 15, doelgroep
