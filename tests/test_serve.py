"""`make serve`: the live preview shows a saved change, reports a mistake with file:line while it keeps
serving the last good site, and recovers when the mistake is fixed.

How fast a change shows is measured by scripts/benchmark.py, not here."""
from __future__ import annotations

import os
import queue
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request

import pytest
from bs4 import BeautifulSoup

from conftest import FIXTURE, ROOT

TOPIC = "po/ouders/vragen/wat-is-een-tlv/"


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Preview:
    """`mkdocs serve` as `make serve` runs it (Dutch only), on fixture content in tmp_path."""

    def __init__(self, tmp_path):
        self.content = tmp_path / "content"
        shutil.copytree(FIXTURE, self.content)
        self.poort = _vrije_poort()
        env = dict(os.environ, WEGWIJZER_CONTENT=str(self.content), WEGWIJZER_STAGING=str(tmp_path / "staging"),
                   WEGWIJZER_ALLE_TALEN="false", NO_MKDOCS_2_WARNING="1")
        self.proces = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-f", str(ROOT / "mkdocs.po.yml"),
             "-a", f"127.0.0.1:{self.poort}"],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.regels: queue.Queue[str] = queue.Queue()
        self.alles: list[str] = []
        threading.Thread(target=self._lees, daemon=True).start()
        self.wacht_op_regel("Serving on", 60)

    def _lees(self):
        for regel in self.proces.stdout:
            self.regels.put(regel.rstrip("\n"))

    def wacht_op_regel(self, stukje: str, tijd: float = 30) -> str:
        """The first line (seen before or still to come) with ``stukje``."""
        einde = time.monotonic() + tijd
        while time.monotonic() < einde:
            eerder = [r for r in self.alles if stukje in r]
            if eerder:
                return eerder[0]
            try:
                regel = self.regels.get(timeout=0.1)
            except queue.Empty:
                assert self.proces.poll() is None, "the preview stopped:\n" + "\n".join(self.alles)
                continue
            self.alles.append(regel)
            if stukje in regel:
                return regel
        raise AssertionError(f"no line with {stukje!r} in:\n" + "\n".join(self.alles))

    def pagina(self, pad: str) -> str:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.poort}/{pad}", timeout=10) as antwoord:
            assert antwoord.status == 200
            return antwoord.read().decode("utf-8")

    def wacht_op_tekst(self, pad: str, tekst: str, tijd: float = 30) -> None:
        einde = time.monotonic() + tijd
        while tekst not in self.pagina(pad):
            assert time.monotonic() < einde, f"{tekst!r} did not appear on /{pad}"
            time.sleep(0.05)

    def stop(self):
        self.proces.terminate()
        self.proces.wait(timeout=20)


@pytest.fixture
def preview(tmp_path):
    p = Preview(tmp_path)
    yield p
    p.stop()


def test_a_saved_change_shows_and_a_mistake_keeps_the_last_good_site(preview):
    faq = preview.content / "po" / "faq" / "tlv.yml"
    assert "Een TLV is een besluit." in preview.pagina(TOPIC)

    faq.write_text(faq.read_text().replace("Een TLV is een besluit.", "Een TLV is een besluit van het SWV."))
    preview.wacht_op_tekst(TOPIC, "Een TLV is een besluit van het SWV.")

    goed = faq.read_text()
    faq.write_text(goed.replace("    bron: '[Wet op het primair onderwijs, artikel 40a](https://wetten.overheid.nl/jci1.3:c:BWBR0003420&artikel=40a)'\n", "    bron: '[Wet op het primair onderwijs, artikel 40a](https://wetten.overheid.nl/jci1.3:c:BWBR0003420&artikel=40a)'\n    kleur: rood\n", 1))
    fout = preview.wacht_op_regel("onbekend veld")
    assert fout.endswith("content/po/faq/tlv.yml:14: onbekend veld 'kleur'. Toegestaan zijn: id, ouders, leerlingen, "
                         "zie_ook, partners, bron, gecontroleerd, gevoelig, vorige_ids.")
    preview.wacht_op_regel("1 fout in de inhoud. Er is niets gebouwd; de vorige site is niet veranderd.")
    uitleg = preview.wacht_op_regel("De preview laat")
    assert uitleg.endswith("De preview laat de laatste goede versie zien. Verbeter de fout en sla het bestand "
                           "opnieuw op; de preview ververst dan vanzelf.")
    # The server keeps running and serving the last good site; every page shows the mistake.
    preview.wacht_op_regel("Reloading browsers")
    pagina = preview.pagina(TOPIC)
    assert "Een TLV is een besluit van het SWV." in pagina
    melding = BeautifulSoup(pagina, "html.parser").select_one(".ww-previewfout[role=alert]")
    assert " ".join(melding.get_text(" ", strip=True).split()) == (
        "Fout in de inhoud. De preview laat de laatste goede versie zien. Verbeter de fout en sla het bestand "
        "opnieuw op; de preview ververst dan vanzelf. content/po/faq/tlv.yml:14: onbekend veld 'kleur'. "
        "Toegestaan zijn: id, ouders, leerlingen, zie_ook, partners, bron, gecontroleerd, gevoelig, vorige_ids.")
    assert "Traceback" not in "\n".join(preview.alles)

    faq.write_text(goed.replace("besluit van het SWV.", "besluit van het samenwerkingsverband."))
    preview.wacht_op_tekst(TOPIC, "Een TLV is een besluit van het samenwerkingsverband.")
    assert "ww-previewfout" not in preview.pagina(TOPIC)
    assert preview.proces.poll() is None
