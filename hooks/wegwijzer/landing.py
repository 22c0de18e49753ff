"""The landing page that sends visitors to the PO or the VO site."""
from __future__ import annotations

from pathlib import Path

import jinja2

from .loader import Sector
from .teksten import teksten


def render(sectoren: dict[str, Sector], templates: Path, taal: str = "nl") -> str:
    """HTML of the landing page, from overrides/ww-landing.html."""
    omgeving = jinja2.Environment(loader=jinja2.FileSystemLoader(str(templates)), autoescape=True)
    sites = [{"sector": s.site.sector, "map": map_} for map_, s in sectoren.items()]
    swvs = [swv for s in sectoren.values() for swv in s.site.samenwerkingsverbanden]
    return omgeving.get_template("ww-landing.html").render(t=teksten(taal)["landing"], sites=sites, swvs=swvs)
