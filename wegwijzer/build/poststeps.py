"""What one sector's site gets after MkDocs has built every language (hooks/pages.py, on_post_build), so
`make site`, `mkdocs build -f mkdocs.<sector>.yml` and `make serve` give the same sector site: a page
at every old address that sends visitors on, and the posters and flyer as PDF.
"""
from __future__ import annotations

from pathlib import Path

from wegwijzer.build.pdf import PdfFout
from wegwijzer.build.pdf import maak as maak_pdfs
from wegwijzer.pages.redirect import render as render_doorverwijzing

PDF_FOUT = "De PDF's van de posters en de flyer konden niet worden gemaakt: {}"


class NabouwFout(Exception):
    """A step after MkDocs failed; the message says in Dutch what went wrong."""


def maak_af(site: Path, doorverwijzingen: dict[str, str], site_url: str, templates: Path, talen: list[str],
            pdfs: bool = True) -> None:
    """Write the redirect pages into ``site`` (one sector's built site) and, with ``pdfs``, the PDFs."""
    for van, naar in doorverwijzingen.items():
        doel = site / van / "index.html"
        doel.parent.mkdir(parents=True, exist_ok=True)
        doel.write_text(render_doorverwijzing(templates, van, naar, site_url, talen), encoding="utf-8")
    if pdfs:
        try:
            maak_pdfs(site)
        except PdfFout as e:
            raise NabouwFout(PDF_FOUT.format(e)) from None
