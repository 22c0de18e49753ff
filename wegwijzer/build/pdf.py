"""PDFs of the posters and the flyer, made after MkDocs from their built HTML with WeasyPrint.

WeasyPrint lays out HTML and CSS itself (with Debian's Pango), so no browser is downloaded. It
reads the page's print stylesheet, the same one a browser prints with. It may only read files of
the built site and the QR code's ``data:`` URI: nothing is fetched from another host.
"""
from __future__ import annotations

import logging
from pathlib import Path

from wegwijzer.pages.scholen import MAP


class PdfFout(Exception):
    """A PDF could not be made; the message says which and why."""


def drukwerk_paginas(site: Path) -> list[Path]:
    """The built poster and flyer pages of one sector's site, in every language."""
    return sorted(site.glob(f"{MAP}/*/index.html")) + sorted(site.glob(f"*/{MAP}/*/index.html"))


def maak(site: Path) -> list[Path]:
    """Write ``voor-scholen/<naam>.pdf`` next to every poster and flyer page of ``site``."""
    from weasyprint import HTML  # imported here: only the build needs it, not the checks
    from weasyprint.urls import FatalURLFetchingError, URLFetcher
    # Only files of the site and data: URIs; a file that cannot be read stops the build, rather
    # than giving a PDF without its stylesheet.
    lokaal = URLFetcher(allowed_protocols={"file", "data"}, fail_on_errors=True)
    logging.getLogger("weasyprint").setLevel(logging.ERROR)  # it warns about CSS it skips (screen rules)
    uit = []
    for pagina in drukwerk_paginas(site):
        doel = pagina.parent.with_suffix(".pdf")
        try:
            HTML(filename=str(pagina), url_fetcher=lokaal).write_pdf(str(doel))
        except (Exception, FatalURLFetchingError) as e:  # WeasyPrint's own errors vary
            oorzaak = f"{e}: {e.__cause__}" if e.__cause__ else str(e)
            raise PdfFout(f"{doel.relative_to(site.parent)}: {oorzaak}") from None
        uit.append(doel)
    return uit
