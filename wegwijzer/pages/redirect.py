"""The page at an old address that sends visitors on (overrides/ww-doorverwijzing.html)."""
from __future__ import annotations

from pathlib import Path

from wegwijzer.pages.templates import render as vul_in
from wegwijzer.pages.teksten import teksten
from wegwijzer.pages.urls import relatief


def render(templates: Path, van: str, naar: str, site_url: str, talen: list[str]) -> str:
    """HTML for the old address ``van`` that sends visitors to ``naar`` (both relative to the site root),
    in the language of the old address."""
    taal = van.split("/")[0] if van.split("/")[0] in talen[1:] else talen[0]
    t = teksten(taal)
    return vul_in(templates, "ww-doorverwijzing.html", taal=taal, dir=t["richting"], t=t["doorverwijzing"],
                  doel=relatief(van, naar), absoluut=site_url + naar)
