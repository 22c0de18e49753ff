"""QR codes as SVG, made at build time with segno (no image is fetched from anywhere)."""
from __future__ import annotations

from functools import cache

import segno


@cache  # the same address is on the page for schools and on posters, in every language pass
def svg_data_uri(adres: str) -> str:
    """A QR code for ``adres`` as an SVG ``data:`` URI, black on white with the standard quiet zone.

    Error correction M (15 %): still readable when a poster is creased or partly covered."""
    code = segno.make(adres, error="m", boost_error=False)
    return code.svg_data_uri(scale=1, border=4, dark="#000", light="#fff")
