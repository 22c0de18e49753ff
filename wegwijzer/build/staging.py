"""Write one sector's pages into a staging folder that MkDocs uses as docs_dir.

Only files whose bytes changed are written and stale files are removed, so
``mkdocs serve`` sees exactly what an edit changed.
"""
from __future__ import annotations

import posixpath
from dataclasses import dataclass
from pathlib import Path

from wegwijzer.build.search import instellingen
from wegwijzer.checks.adressen import Bewaking, bewaak_map
from wegwijzer.content.errors import ContentFouten
from wegwijzer.content.loader import FOTOS, laad_sector
from wegwijzer.content.sector import Sector
from wegwijzer.content.talen import BRONTAAL, taalpad, voorvoegsel
from wegwijzer.pages.shareimage import PAD as DEELBEELD
from wegwijzer.pages.shareimage import png
from wegwijzer.pages.site import FOTOMAP, Site, bouw_site, contact_gegevens
from wegwijzer.pages.teksten import teksten
from wegwijzer.pages.urls import adres
from wegwijzer.translations.apply import in_taal


@dataclass
class Resultaat:
    sector: Sector
    sites: dict[str, Site]  # language -> pages and navigation
    context: dict[str, dict]  # language -> what the templates read from config.extra.ww
    bewaking: Bewaking  # the published-address guard: its redirects are written after MkDocs


def bestanden(sites: dict[str, Site], docs: Path | None) -> dict[str, bytes]:
    """Staging contents: hand-written docs/ files first, generated pages on top."""
    uit: dict[str, bytes] = {}
    if docs and docs.is_dir():
        for pad in sorted(docs.rglob("*")):
            if pad.is_file():
                uit[pad.relative_to(docs).as_posix()] = pad.read_bytes()
    for taal, site in sites.items():
        for pagina in site.paginas:
            uit[taalpad(pagina.pad, taal)] = pagina.markdown().encode("utf-8")
    return uit


def fotos(content: Path) -> dict[str, bytes]:
    """The photos of the OJS's people (content/<sector>/fotos/), for the site's assets."""
    map_ = Path(content) / FOTOS
    return {FOTOMAP + p.name: p.read_bytes() for p in sorted(map_.glob("*")) if p.is_file()} if map_.is_dir() else {}


def adressen(sector: Sector, talen: list[str], docs: Path | None) -> set[str]:
    """Every page address the sector's site will have, in every language (``adressen_van``), rendered
    here: for `make check`, which runs no MkDocs."""
    sites = {taal: bouw_site(in_taal(sector, taal), taal) for taal in talen}
    return adressen_van(sites, bestanden(sites, docs), talen)


def adressen_van(sites: dict[str, Site], inhoud: dict[str, bytes], talen: list[str]) -> set[str]:
    """Every page address of the rendered ``sites`` (relative to the site root), from the staging
    contents ``inhoud`` (``bestanden``), and the PDF beside every poster and flyer (a school may link to it).

    A hand-written page in docs/ without a translation exists in every language too: in Dutch,
    as mkdocs-static-i18n's fallback."""
    uit = {posixpath.normpath(posixpath.join(adres(taalpad(p.pad, taal), talen), p.meta["ww_pdf"]))
           for taal, site in sites.items() for p in site.paginas if "ww_pdf" in p.meta}
    for pad in inhoud:
        if pad.endswith(".md"):
            hier = adres(pad, talen)
            uit.add(hier)
            if hier == adres(pad, [BRONTAAL]):  # no language suffix: a fallback page in every language
                uit |= {f"{taal}/{hier}" for taal in talen[1:]}
    return uit


def schrijf(staging: Path, inhoud: dict[str, bytes]) -> int:
    """Make ``staging`` hold exactly ``inhoud``; return how many files were (re)written."""
    staging.mkdir(parents=True, exist_ok=True)
    geschreven = 0
    for rel, data in inhoud.items():
        doel = staging / rel
        if doel.is_file() and doel.read_bytes() == data:
            continue
        doel.parent.mkdir(parents=True, exist_ok=True)
        doel.write_bytes(data)
        geschreven += 1
    for pad in sorted(staging.rglob("*"), reverse=True):
        rel = pad.relative_to(staging).as_posix()
        if pad.is_file() and rel not in inhoud:
            pad.unlink()
        elif pad.is_dir() and not any(pad.iterdir()):
            pad.rmdir()
    return geschreven


def context(sector: Sector, taal: str, talen: list[str]) -> dict:
    """What the templates read from config.extra.ww on a page in ``taal``."""
    return {"contact": contact_gegevens(sector, voorvoegsel(taal, talen)), "t": teksten(taal), "taal": taal,
            "zoeken": instellingen(sector, taal, teksten(taal)),
            "voorvoegsel": voorvoegsel(taal, talen), "leerlingen_map": sector.site.leerlingen_heten,
            # The one 404 page speaks every language of the site.
            "talen": [{"taal": x, "dir": teksten(x)["richting"], "t": teksten(x), "voorvoegsel": voorvoegsel(x, talen)}
                      for x in talen]}


def genereer(content: Path, staging: Path, docs: Path | None = None, basis: Path | None = None,
             talen: list[str] | None = None, alle_talen: list[str] | None = None) -> Resultaat:
    """Load and check ``content`` (content/<sector>), render it in ``talen``, guard its published
    addresses (the pages just rendered against adressen.txt), write ``staging``.

    ``alle_talen``: every language of the site (default: ``talen``). The preview renders Dutch only
    (`make serve`); then the pages of the other languages are not there to check against the list, and
    only the redirects of the rendered languages are made."""
    talen = talen or [BRONTAAL]
    if talen[0] != BRONTAAL:  # every address and every fallback assumes it
        raise ValueError(f"the first language of the site must be {BRONTAAL!r}, the source, not {talen[0]!r}")
    sector = laad_sector(content, basis)
    vertaald = {taal: in_taal(sector, taal) for taal in talen}
    sites = {taal: bouw_site(vertaald[taal], taal) for taal in talen}
    inhoud = bestanden(sites, docs)
    bewaking = bewaak_map(sector, Path(content), adressen_van(sites, inhoud, talen), talen,
                          Path(basis) if basis else Path(content).resolve().parent.parent,
                          met_lijst=set(talen) >= set(alle_talen or talen))
    if bewaking.fouten:
        raise ContentFouten(bewaking.fouten)
    deelbeeld = {DEELBEELD: png(sector.site.naam, sector.site.site_url)}
    schrijf(staging, inhoud | deelbeeld | fotos(content))
    return Resultaat(sector, sites, {taal: context(vertaald[taal], taal, talen) for taal in talen}, bewaking)
