"""The landing page that sends visitors to the PO or the VO site, one per language, and the
robots.txt beside it (at the root of the host)."""
from __future__ import annotations

from pathlib import Path

from wegwijzer.content.sector import Sector
from wegwijzer.content.talen import voorvoegsel
from wegwijzer.pages.parts import tel_href
from wegwijzer.pages.templates import render as vul_in
from wegwijzer.pages.teksten import teksten


def pad(taal: str, talen: list[str]) -> str:
    """Where the landing page of ``taal`` goes, relative to site/: index.html, en/index.html, ..."""
    return "index.html" if taal == talen[0] else f"{taal}/index.html"


def render(sectoren: dict[str, Sector], templates: Path, taal: str, talen: list[str]) -> str:
    """HTML of the landing page in ``taal``, from overrides/ww-landing.html.

    ``talen`` are the languages of the landing pages, the default first."""
    terug = "" if taal == talen[0] else "../"
    map_ = voorvoegsel(taal, talen)
    sites = [{"sector": s.site.sector, "href": f"{terug}{naam}/{map_}", "contact": f"{terug}{naam}/{map_}ouders/contact/",
              "telefoon": s.site.contact.telefoon and {"tekst": s.site.contact.telefoon,
                                                       "href": tel_href(s.site.contact.telefoon)}}
             for naam, s in sectoren.items()]
    swvs = [swv for s in sectoren.values() for swv in s.site.samenwerkingsverbanden]
    andere = [{"taal": x, "naam": teksten(x)["taalnaam"], "dir": teksten(x)["richting"],
               "href": terug + voorvoegsel(x, talen)} for x in talen]
    woorden = teksten(taal)
    return vul_in(
        templates, "ww-landing.html", t=woorden["landing"], bel=woorden["kanalen"]["telefoon"],
        contact=woorden["contact_titel"]["ouders"],
        taal=taal, dir=woorden["richting"], sites=sites, swvs=swvs, talen=andere)


def robots(sectoren: dict[str, Sector], templates: Path) -> str:
    """robots.txt from overrides/ww-robots.txt: crawl everything; the sitemap of every sector."""
    return vul_in(templates, "ww-robots.txt", sites=[s.site.site_url for s in sectoren.values()])
