"""`check` and `build`: every sector checked first, then built with MkDocs into a temporary folder
next to ``site/``, swapped in only when everything succeeded, so a failed build leaves the previous
site exactly as it was.

What belongs to one sector's site (its pages, redirects and PDFs) is made by MkDocs and the hooks
(build/poststeps.py), so `mkdocs build -f mkdocs.<sector>.yml` gives the same sector site. Here only
what spans the sectors: the landing page in every language, robots.txt and the swap.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path, PurePosixPath

from wegwijzer.build.staging import adressen
from wegwijzer.checks import readability
from wegwijzer.checks.adressen import LIJST, Bewaking, bewaak_map, tekst_lijst
from wegwijzer.checks.report import render as render_rapport
from wegwijzer.content import schema
from wegwijzer.content.errors import ContentFouten, toon
from wegwijzer.content.loader import laad_controles, laad_of_meld
from wegwijzer.content.sector import Sector
from wegwijzer.content.talen import talen_van
from wegwijzer.pages.landing import pad as landing_pad
from wegwijzer.pages.landing import render as render_landing
from wegwijzer.pages.landing import robots as render_robots
from wegwijzer.translations.status import rapport


def bewaak_of_meld(root: Path, content: Path, sectoren: dict[str, Sector]) -> dict[str, Bewaking] | None:
    """The published-address guard of every sector (checks/adressen.py), or None after printing why it fails."""
    uit, fouten = {}, []
    for naam, sector in sectoren.items():
        talen = talen_van(root, naam)
        uit[naam] = bewaak_map(sector, content / naam, adressen(sector, talen, root / "docs"), talen, content.parent)
        fouten += uit[naam].fouten
    if fouten:
        print(ContentFouten(fouten).rapport(), file=sys.stderr)
        return None
    return uit


def check(root: Path, content: Path, rapport_pad: Path, vandaag: date) -> int:
    """Errors (exit 1) first; then warnings on readability, review dates and schema lines, and the report."""
    sectoren = laad_of_meld(content)
    if sectoren is None or bewaak_of_meld(root, content, sectoren) is None:
        return 1
    try:
        controles = laad_controles(content)
    except ContentFouten as e:
        print(e.rapport(), file=sys.stderr)
        return 1
    delen = [f"{naam} ({len(s.vragen)} vragen)" for naam, s in sectoren.items()]
    print("De inhoud is in orde: " + ", ".join(delen) + ".")
    verslagen = [readability.controleer(naam, s, controles, content.parent, vandaag) for naam, s in sectoren.items()]
    # A file without its schema line belongs to the sector whose folder holds it; the files of all
    # sites (controles.yml, sector "") get a section of their own, first.
    per_sector: dict[str, list] = {}
    for w in schema.zonder_schema(content, content.parent):
        map_ = PurePosixPath(w.pad).relative_to(content.name).parts[0]
        per_sector.setdefault(map_ if map_ in sectoren else "", []).append(w)
    for v in verslagen:
        v.waarschuwingen[:0] = per_sector.get(v.sector, [])
    if "" in per_sector:
        verslagen.insert(0, readability.Verslag("", per_sector[""], []))
    waarschuwingen = [w for v in verslagen for w in v.waarschuwingen]
    for w in waarschuwingen:
        print(w)
    rapport_pad.parent.mkdir(parents=True, exist_ok=True)
    rapport_pad.write_text(render_rapport(verslagen, controles, root / "overrides", vandaag), encoding="utf-8")
    aantal = "1 waarschuwing" if len(waarschuwingen) == 1 else f"{len(waarschuwingen)} waarschuwingen"
    print(f"{aantal}: geen fouten, de site wordt gewoon gebouwd. Het rapport staat in {toon(rapport_pad, root)}.")
    return 0


def _mkdocs(root: Path, sector: str, doel: Path, content: Path, staging: Path) -> subprocess.Popen:
    env = dict(os.environ, WEGWIJZER_CONTENT=str(content), WEGWIJZER_STAGING=str(staging),
               NO_MKDOCS_2_WARNING="1")
    # Not --quiet: it hides warnings from --strict's count, and a warning must fail the build.
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict",
           "-f", str(root / f"mkdocs.{sector}.yml"), "-d", str(doel)]
    return subprocess.Popen(cmd, cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)


def build(root: Path, content: Path, site: Path, staging: Path, lijst_bijwerken: bool = True) -> int:
    sectoren = laad_of_meld(content)
    bewaking = None if sectoren is None else bewaak_of_meld(root, content, sectoren)
    if bewaking is None:
        return 1
    nieuw = site.with_name(f".{site.name}.nieuw")
    oud = site.with_name(f".{site.name}.oud")
    shutil.rmtree(nieuw, ignore_errors=True)
    nieuw.mkdir(parents=True)
    processen = {s: _mkdocs(root, s, nieuw / s, content, staging) for s in sectoren}
    mislukt = False
    for sector, proces in processen.items():
        uitvoer, _ = proces.communicate()
        uitvoer = "\n".join(r for r in uitvoer.splitlines() if not r.startswith("INFO"))
        if uitvoer.strip():
            print(f"[{sector}]\n{uitvoer.rstrip()}", file=sys.stderr)
        mislukt |= proces.returncode != 0
    if mislukt:
        shutil.rmtree(nieuw, ignore_errors=True)
        print("De build is mislukt (zie hierboven). De vorige site is niet veranderd.", file=sys.stderr)
        return 1
    talen = list(dict.fromkeys(t for naam in sectoren for t in talen_van(root, naam)))
    for taal in talen:
        doel = nieuw / landing_pad(taal, talen)
        doel.parent.mkdir(exist_ok=True)
        doel.write_text(render_landing(sectoren, root / "overrides", taal, talen), encoding="utf-8")
    (nieuw / "robots.txt").write_text(render_robots(sectoren, root / "overrides"), encoding="utf-8")
    shutil.rmtree(oud, ignore_errors=True)
    if site.exists():
        site.rename(oud)
    nieuw.rename(site)
    shutil.rmtree(oud, ignore_errors=True)
    print(f"Gebouwd: {', '.join(f'{site}/{s}/' for s in sectoren)} en {site}/index.html (in {len(talen)} talen).")
    for naam, b in bewaking.items():
        lijst = content / naam / LIJST
        nieuwe = tekst_lijst(naam, b.lijst)
        if lijst_bijwerken and (not lijst.is_file() or lijst.read_text(encoding="utf-8") != nieuwe):
            lijst.write_text(nieuwe, encoding="utf-8")
            print(f"Nieuwe adressen staan nu in {toon(lijst, content.parent)}. Commit dat bestand mee.")
    print("Vertalingen (python -m wegwijzer vertalingen --taal XX toont wat er nog te doen is):")
    for naam, sector in sectoren.items():
        print("\n".join(r for r in rapport(naam, sector, talen_van(root, naam)) if not r.startswith("  ")))
    return 0
