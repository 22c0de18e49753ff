"""Every built page through vnu (HTML and CSS) and linkchecker (links and anchors), plus
negative controls that prove each checker fails on a broken page."""
from __future__ import annotations

import subprocess
from pathlib import Path

from browser import serveer
from conftest import ROOT

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
LINKCHECKER = Path(__import__("sys").executable).with_name("linkchecker")
LINKCHECKERRC = Path(__file__).parent / "tools" / "linkcheckerrc"


def vnu(map_: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--skip-non-html", "--also-check-css",
                           str(map_)], capture_output=True, text=True)


def linkchecker(map_: Path) -> subprocess.CompletedProcess:
    server = serveer(map_)
    try:
        return subprocess.run([str(LINKCHECKER), "--no-status", "-f", str(LINKCHECKERRC),
                               f"http://127.0.0.1:{server.server_port}/"], capture_output=True, text=True)
    finally:
        server.shutdown()


def test_vnu_finds_no_html_or_css_errors(echte_site):
    uit = vnu(echte_site)
    assert uit.stderr == "" and uit.returncode == 0, uit.stderr[:3000]


def test_linkchecker_finds_no_broken_links_or_anchors(echte_site):
    uit = linkchecker(echte_site)
    assert uit.returncode == 0, uit.stdout[-3000:]
    assert "0 warnings found. 0 errors found." in uit.stdout, uit.stdout[-3000:]


def test_vnu_fails_on_invalid_html(tmp_path):
    (tmp_path / "index.html").write_text(
        "<!doctype html><html lang=nl><title>x</title><p>een <img src=a.png></p></p>", encoding="utf-8")
    uit = vnu(tmp_path)
    assert uit.returncode != 0
    assert "An “img” element must have an “alt” attribute" in uit.stderr


def test_linkchecker_reports_missing_page_and_missing_anchor(tmp_path):
    (tmp_path / "index.html").write_text(
        "<!doctype html><html lang=nl><title>x</title><a href='b.html#nergens'>b</a> <a href='weg.html'>w</a>",
        encoding="utf-8")
    (tmp_path / "b.html").write_text("<!doctype html><html lang=nl><title>b</title><h1 id=kop>b</h1>",
                                     encoding="utf-8")
    uit = linkchecker(tmp_path)
    assert uit.returncode == 1
    # A missing page is an error; a missing anchor is a warning, which the site test also forbids.
    assert "1 warning found. 1 error found." in uit.stdout, uit.stdout[-2000:]
    assert "nergens" in uit.stdout
