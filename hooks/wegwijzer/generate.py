"""Write one sector's pages into a staging folder that MkDocs uses as docs_dir.

Only files whose bytes changed are written and stale files are removed, so
``mkdocs serve`` sees exactly what an edit changed.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .loader import Sector, laad_sector
from .render import Site, bouw_site, contact_gegevens
from .teksten import teksten


@dataclass
class Resultaat:
    sector: Sector
    site: Site
    context: dict  # what the templates read from config.extra.ww


def bestanden(site: Site, docs: Path | None) -> dict[str, bytes]:
    """Staging contents: hand-written docs/ files first, generated pages on top."""
    uit: dict[str, bytes] = {}
    if docs and docs.is_dir():
        for pad in sorted(docs.rglob("*")):
            if pad.is_file():
                uit[pad.relative_to(docs).as_posix()] = pad.read_bytes()
    for pagina in site.paginas:
        uit[pagina.pad] = pagina.markdown().encode("utf-8")
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


def context(sector: Sector, taal: str = "nl") -> dict:
    return {"contact": contact_gegevens(sector), "t": teksten(taal),
            "leerlingen_map": sector.site.leerlingen_heten}


def genereer(content: Path, staging: Path, docs: Path | None = None, basis: Path | None = None) -> Resultaat:
    """Load and check ``content`` (content/<sector>), render it, write ``staging``."""
    sector = laad_sector(content, basis)
    site = bouw_site(sector)
    schrijf(staging, bestanden(site, docs))
    return Resultaat(sector, site, context(sector))
