"""The image a messaging app shows with a shared link (Open Graph), drawn at build time from the
site's name with Pillow and its built-in font: nothing is fetched from anywhere."""
from __future__ import annotations

import io
import textwrap
from functools import cache
from urllib.parse import urlsplit

from PIL import Image, ImageDraw, ImageFont

PAD = "assets/images/delen.png"  # in every sector site; overrides/main.html names it in og:image
BREEDTE, HOOGTE = 1200, 630  # what WhatsApp, Facebook and LinkedIn show without cropping
ACHTERGROND, TEKST = "#1f5f8b", "#ffffff"  # --md-primary-fg-color in wegwijzer.css; contrast 6.9:1


@cache
def png(naam: str, site_url: str) -> bytes:
    """A 1200 x 630 PNG with ``naam`` large and the site's address small (the same bytes every time)."""
    beeld = Image.new("RGB", (BREEDTE, HOOGTE), ACHTERGROND)
    teken = ImageDraw.Draw(beeld)
    groot, klein = ImageFont.load_default(size=76), ImageFont.load_default(size=40)
    regels = textwrap.wrap(naam, width=24)[:4]
    hoogte = 96 * len(regels)
    y = (HOOGTE - hoogte - 80) // 2
    for regel in regels:
        teken.text((80, y), regel, font=groot, fill=TEKST)
        y += 96
    adres = urlsplit(site_url)
    teken.text((80, y + 40), f"{adres.netloc}{adres.path}".rstrip("/"), font=klein, fill=TEKST)
    uit = io.BytesIO()
    beeld.save(uit, format="PNG", optimize=True)
    return uit.getvalue()
